//! Whose is this phone number or e-mail address? The lookup behind
//! `crm who` (caller id on every incoming call), `crm call` and the
//! address book of `crm email`.
//!
//! It answers from the cache's lookup cards (`Store::lookup_cards`) without
//! reading the store, and trusts a card only once the customer's file as
//! it is now bears it out. When no card has the number, the answer is
//! "nobody" at once if the cards are known to be complete
//! (`Store::names_current`); otherwise, and whenever a card is not borne
//! out, the store is read (which brings the cards up to date).

use crate::error::{Error, Result};
use crate::model::{Activity, Contact, Customer, is_email, phone};
use crate::store::{Broken, Store};

/// What is looked up: a phone number (compared in E.164) or an e-mail
/// address (compared ignoring case).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Phone {
        /// `+37255551234`
        e164: String,
        /// The last digits of the national number, reversed: a cheap
        /// first test before a number is parsed.
        tail: Vec<u8>,
    },
    Email(String),
}

impl Key {
    /// A phone number in any format (`5555 1234`, `+372-5555-1234`,
    /// `tel:+37255551234`, `sip:+37255551234@pbx`) or an e-mail address
    /// (`Name <a@b.example>`, `mailto:a@b.example`); anything else is a
    /// usage error naming `arg`.
    pub fn parse(arg: &str, input: &str, country: &str) -> Result<Key> {
        let s = input.trim();
        let s = s
            .strip_prefix("tel:")
            .or_else(|| s.strip_prefix("sip:"))
            .or_else(|| s.strip_prefix("mailto:"))
            .unwrap_or(s);
        let bare = match (s.rfind('<'), s.rfind('>')) {
            (Some(a), Some(b)) if a < b => &s[a + 1..b],
            _ => s,
        }
        .trim();
        // `sip:+37255551234@pbx.example`: the user part is the number.
        if let Some((user, _)) = bare.split_once('@')
            && input.trim_start().starts_with("sip:")
        {
            return Key::phone(arg, user, country);
        }
        if bare.contains('@') {
            if is_email(bare) {
                return Ok(Key::Email(bare.to_lowercase()));
            }
            return Err(Error::usage_hint(
                format!("{arg}: '{input}' is not an e-mail address"),
                "write it like name@firm.example",
            ));
        }
        Key::phone(arg, bare, country)
    }

    fn phone(arg: &str, s: &str, country: &str) -> Result<Key> {
        // A number with its country code (`+372…`, `00372…`, what most
        // phone systems send) is read from its digits; only a national
        // number needs libphonenumber (80-100 ms to start, see
        // docs/performance.md).
        let t = s.trim();
        let intl = match t.strip_prefix("00") {
            Some(rest) => format!("+{rest}"),
            None => t.to_string(),
        };
        let e164 = match phone::stored_e164(&intl) {
            Some(e) => Ok(e),
            None => {
                phone::normalize(t, country).map(|n| n.split(';').next().unwrap_or(&n).to_string())
            }
        };
        match e164 {
            Ok(e164) => {
                let tail = e164.bytes().rev().take(6).collect();
                Ok(Key::Phone { e164, tail })
            }
            Err(m) => Err(Error::usage_hint(
                format!("{arg}: {m}"),
                if arg.contains("EMAIL") {
                    "give a phone number (any format: 5555 1234, +372 5555 1234, tel:+37255551234) or an e-mail address"
                } else {
                    "give a phone number in any format: 5555 1234, +372 5555 1234, tel:+37255551234"
                },
            )),
        }
    }

    /// Whether this phone number or address is `value` (a stored one).
    pub fn is(&self, value: &str, country: &str) -> bool {
        match self {
            Key::Email(e) => value.trim().eq_ignore_ascii_case(e),
            Key::Phone { e164, tail } => {
                // The stored number's last digits first: a number's E.164
                // form ends with the digits it was written with.
                // (An extension, `;ext=12` or ` x12`, is not compared.)
                let number = value
                    .split(|c: char| c == ';' || c.is_alphabetic())
                    .next()
                    .unwrap_or_default();
                let mut digits = number.bytes().rev().filter(u8::is_ascii_digit);
                tail.iter().all(|t| digits.next() == Some(*t))
                    && phone::e164(value, country).as_ref() == Some(e164)
            }
        }
    }

    /// Whether the customer or one of its contacts has it (`country`:
    /// the store's, for numbers stored without a country code when the
    /// customer has no `country` of its own).
    pub fn matches(&self, c: &Customer, country: &str) -> bool {
        let country = c.phone_country(country);
        self.own(c, country) || self.contact_in(c, country).is_some()
    }

    fn own(&self, c: &Customer, country: &str) -> bool {
        let v = match self {
            Key::Email(_) => &c.email,
            Key::Phone { .. } => &c.phone,
        };
        v.as_deref().is_some_and(|v| self.is(v, country))
    }

    /// The contact whose number or address it is.
    pub fn contact_in<'a>(&self, c: &'a Customer, country: &str) -> Option<&'a Contact> {
        let country = c.phone_country(country);
        c.contacts.iter().find(|p| {
            let v = match self {
                Key::Email(_) => &p.email,
                Key::Phone { .. } => &p.phone,
            };
            v.as_deref().is_some_and(|v| self.is(v, country))
        })
    }
}

/// A customer the number or address belongs to, read whole from its file
/// as it is now, with the contact it belongs to (`None`: the customer's
/// own).
#[derive(Debug, Clone)]
pub struct Owner {
    pub customer: Customer,
    pub contact: Option<Contact>,
}

impl Owner {
    /// The latest contact on or before `now` (an activity that is not a
    /// task or a note).
    pub fn last_contact(&self, now: chrono::DateTime<chrono::FixedOffset>) -> Option<&Activity> {
        self.customer
            .activities
            .iter()
            .filter(|a| a.kind != "task" && a.kind != "note" && a.at <= now)
            .max_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)))
    }
}

/// Every customer the number or address belongs to, in id order, and the
/// customer files that could not be read on the way.
pub fn owners(store: &Store, key: &Key) -> Result<(Vec<Owner>, Vec<Broken>)> {
    let country = store.config.phone_country.as_str();
    let test = |c: &Customer| key.matches(c, country);
    if let Some(cards) = store.lookup_cards(&test) {
        if cards.is_empty() && store.names_current() {
            return Ok((Vec::new(), Vec::new()));
        }
        if !cards.is_empty() {
            let fresh: Option<Vec<Owner>> = cards
                .iter()
                .map(|card| {
                    let c = store.load(&card.id).ok()?;
                    test(&c).then(|| owner(c, key, country))
                })
                .collect();
            if let Some(found) = fresh {
                return Ok((found, Vec::new()));
            }
        }
    }
    let (ids, broken) = store.scan_heads(|c| test(c).then(|| c.id.clone()))?;
    let mut found = Vec::with_capacity(ids.len());
    for id in ids {
        // A file that went away or broke since the read is nobody's.
        if let Ok(c) = store.load(&id)
            && test(&c)
        {
            found.push(owner(c, key, country));
        }
    }
    Ok((found, broken))
}

fn owner(customer: Customer, key: &Key, country: &str) -> Owner {
    let contact = key.contact_in(&customer, country).cloned();
    Owner { customer, contact }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_in_the_forms_phone_systems_and_mailers_send() {
        let p = |s: &str| Key::parse("NUMBER", s, "EE");
        let want = p("+372 5555 1234").expect("a number");
        for s in [
            "55551234",
            "+372-5555-1234",
            "(+372) 5555 1234",
            "0037255551234",
            "tel:+37255551234",
            "sip:+37255551234@pbx.example",
        ] {
            assert_eq!(p(s).ok().as_ref(), Some(&want), "{s}");
        }
        assert_eq!(
            p("Pekka <Pekka@Aripaev.Example>").ok(),
            Some(Key::Email("pekka@aripaev.example".into()))
        );
        assert_eq!(
            p("mailto:pekka@aripaev.example").ok(),
            Some(Key::Email("pekka@aripaev.example".into()))
        );
        assert!(p("anonymous").is_err());
        assert!(p("a@b").is_err());
    }

    #[test]
    fn a_stored_number_in_any_format_is_the_same_number() {
        let k = Key::parse("NUMBER", "+358 40 123 4567", "EE").expect("a number");
        assert!(k.is("+358 40 123 4567", "EE"));
        assert!(k.is("+358-40-123 4567", "EE"));
        assert!(k.is("00358401234567", "EE"));
        assert!(!k.is("+358 40 123 4568", "EE"));
        assert!(!k.is("+359 40 123 4567", "EE"));
        assert!(!k.is("", "EE"));
    }
}
