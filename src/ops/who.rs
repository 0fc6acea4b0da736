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
        /// A national number whose E.164 form was worked out without
        /// libphonenumber (see [`national_guess`]): the number as given,
        /// to be parsed for real when the guess finds nobody.
        guess: Option<String>,
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
        // phone systems send) is read from its digits, and so is a
        // national number of a country whose plan is plain (see
        // `national_guess`); only the rest needs libphonenumber (80-100 ms
        // to start, see docs/performance.md).
        let t = s.trim();
        let intl = match t.strip_prefix("00") {
            Some(rest) => format!("+{rest}"),
            None => t.to_string(),
        };
        if let Some(e164) = phone::stored_e164(&intl) {
            return Ok(Key::of_e164(e164, None));
        }
        if let Some(e164) = national_guess(t, country) {
            return Ok(Key::of_e164(e164, Some(t.to_string())));
        }
        Key::parsed(arg, t, country)
    }

    fn of_e164(e164: String, guess: Option<String>) -> Key {
        let tail = e164.bytes().rev().take(6).collect();
        Key::Phone { e164, tail, guess }
    }

    /// The number read with libphonenumber.
    fn parsed(arg: &str, t: &str, country: &str) -> Result<Key> {
        match phone::normalize(t, country) {
            Ok(n) => Ok(Key::of_e164(
                n.split(';').next().unwrap_or(&n).to_string(),
                None,
            )),
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

    /// The key itself, or, for a national number that was guessed, the
    /// number as libphonenumber reads it (an error when it is not one).
    pub fn exact(&self, arg: &str, country: &str) -> Result<Key> {
        match self {
            Key::Phone {
                guess: Some(raw), ..
            } => Key::parsed(arg, raw, country),
            k => Ok(k.clone()),
        }
    }

    /// The E.164 form (phone numbers only).
    pub fn e164(&self) -> Option<&str> {
        match self {
            Key::Phone { e164, .. } => Some(e164),
            Key::Email(_) => None,
        }
    }

    /// Whether this phone number or address is `value` (a stored one).
    pub fn is(&self, value: &str, country: &str) -> bool {
        match self {
            Key::Email(e) => value.trim().eq_ignore_ascii_case(e),
            Key::Phone { e164, tail, .. } => {
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
pub fn owners(store: &Store, key: &Key) -> Result<Found> {
    let (owners, broken) = owners_of(store, key)?;
    if !owners.is_empty() {
        return Ok(Found {
            owners,
            broken,
            key: key.clone(),
        });
    }
    // A guessed national number that found nobody: read it for real.
    let exact = key.exact("NUMBER", &store.config.phone_country)?;
    let (owners, broken) = if exact.e164() == key.e164() {
        (owners, broken)
    } else {
        owners_of(store, &exact)?
    };
    Ok(Found {
        owners,
        broken,
        key: exact,
    })
}

/// What [`owners`] found.
#[derive(Debug)]
pub struct Found {
    /// Every customer that has it, in id order.
    pub owners: Vec<Owner>,
    /// Customer files that could not be read on the way.
    pub broken: Vec<Broken>,
    /// The key as it was finally read (a guessed national number that
    /// found nobody is the number as libphonenumber reads it).
    pub key: Key,
}

fn owners_of(store: &Store, key: &Key) -> Result<(Vec<Owner>, Vec<Broken>)> {
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

/// The E.164 form of a national number (`5555 1234` in EE, `040 123 4567`
/// in FI) without libphonenumber, for the countries whose plan makes it
/// plain: the country code, then the digits (without the trunk `0` where
/// the country has one). `None` for anything else, which is then parsed.
/// A guess is only ever trusted when a stored number is exactly it
/// ([`owners`] parses the number for real when it finds nobody).
fn national_guess(s: &str, country: &str) -> Option<String> {
    // (country, calling code, whether national numbers start with a trunk 0)
    const PLAIN: &[(&str, &str, bool)] = &[
        ("EE", "372", false),
        ("LV", "371", false),
        ("DK", "45", false),
        ("NO", "47", false),
        ("PL", "48", false),
        ("ES", "34", false),
        ("FI", "358", true),
        ("SE", "46", true),
        ("DE", "49", true),
        ("GB", "44", true),
        ("NL", "31", true),
        ("FR", "33", true),
        ("AT", "43", true),
        ("CH", "41", true),
        ("BE", "32", true),
        ("IE", "353", true),
    ];
    let (_, code, trunk) = PLAIN
        .iter()
        .find(|(c, _, _)| c.eq_ignore_ascii_case(country.trim()))?;
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '/'))
    {
        return None;
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let national = match (trunk, digits.strip_prefix('0')) {
        (true, Some(rest)) if !rest.starts_with('0') => rest,
        (false, None) => digits.as_str(),
        _ => return None,
    };
    (6..=12)
        .contains(&national.len())
        .then(|| format!("+{code}{national}"))
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
        let want = want.e164().map(str::to_string);
        for s in [
            "55551234",
            "+372-5555-1234",
            "(+372) 5555 1234",
            "0037255551234",
            "tel:+37255551234",
            "sip:+37255551234@pbx.example",
        ] {
            assert_eq!(
                p(s).ok().and_then(|k| k.e164().map(str::to_string)),
                want,
                "{s}"
            );
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
    fn national_numbers_of_plain_plans_are_read_without_libphonenumber() {
        assert_eq!(
            national_guess("5555 1234", "EE").as_deref(),
            Some("+37255551234")
        );
        assert_eq!(
            national_guess("040 123 4567", "FI").as_deref(),
            Some("+358401234567")
        );
        assert_eq!(
            national_guess("020 7946 0018", "gb").as_deref(),
            Some("+442079460018")
        );
        // A trunk 0 where the plan has none, none where it has one, an
        // unknown plan, letters: parsed for real.
        assert_eq!(national_guess("05555 1234", "EE"), None);
        assert_eq!(national_guess("40 123 4567", "FI"), None);
        assert_eq!(national_guess("06 1234 5678", "IT"), None);
        assert_eq!(national_guess("5555 1234 ext 5", "EE"), None);
        assert_eq!(national_guess("123", "EE"), None);
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
