//! The operations behind the commands that change data, one file per
//! entity: [`customer`], [`contact`], [`activity`], [`deal`], [`contract`],
//! [`product`] (the catalogue in `crm.toml`), and the sample firm of
//! `crm init --demo`, [`demo`].
//!
//! Each takes the store's lock, reads what it needs fresh, edits the file
//! with `store::edit` (so the user's formatting survives), and commits one
//! [`Transaction`]. Adding what is already there changes nothing and makes
//! no commit. Values are validated before anything is written.

use crate::error::{Error, Result};
use crate::model::config::Config;
use crate::model::{self, id, phone};
use crate::query::resolve;
use crate::store::{Broken, Loaded, Store, Transaction, edit};
use chrono::{DateTime, FixedOffset};
use std::cell::OnceCell;
use toml_edit::{DocumentMut, Item};

pub mod activity;
pub mod call;
pub mod contact;
pub mod contract;
pub mod customer;
pub mod deal;
pub mod demo;
pub mod product;
pub mod who;

/// What an operation did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The id it made or touched (customer, activity or deal), for stdout.
    pub id: Option<String>,
    /// Whether a commit was made (false: nothing to change).
    pub committed: bool,
    /// Things the user should know, e.g. a likely duplicate.
    pub warnings: Vec<Warning>,
}

/// Something about the data a person should know, though the operation
/// went through.
#[derive(Debug, Clone)]
pub enum Warning {
    /// `value` (an e-mail or phone) already belongs to another customer.
    LikelyDuplicate {
        value: String,
        id: String,
        name: String,
    },
    /// The id the name makes was taken, so the new customer got `got`.
    IdTaken { wanted: String, got: String },
    /// A customer file that does not parse was skipped.
    Skipped(Broken),
    /// An activity of a kind that happens rather than is planned (not a
    /// meeting or task) was logged at a time still to come.
    FutureActivity {
        kind: String,
        at: DateTime<FixedOffset>,
        now: DateTime<FixedOffset>,
    },
}

/// The handle that goes into `by`/`owner` (SPEC §4): `--as` or
/// `CRM_USER` (the settings' `user`), else the `[team]` entry matching
/// git's `user.email`, else the e-mail's local part.
pub fn whoami(store: &Store) -> Result<String> {
    if let Some(h) = store
        .settings()
        .user
        .as_deref()
        .filter(|h| !h.trim().is_empty())
    {
        return check_handle(h);
    }
    let Some(email) = store.repo().email() else {
        return Err(Error::NoIdentity { to_read: true });
    };
    if let Some(h) = store.config.handle_for_email(&email) {
        return Ok(h.to_string());
    }
    let local = email.split('@').next().unwrap_or(&email);
    Ok(id::slugify(local))
}

fn check_handle(h: &str) -> Result<String> {
    let h = h.trim();
    if h.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::usage(format!("--as: handle '{h}' must be one word")));
    }
    Ok(h.to_string())
}

/// The context of one operation: store, who acts, and a lazily loaded
/// view of every customer without activities (only name lookups and
/// duplicate checks need it).
pub struct Op<'a> {
    pub store: &'a Store,
    pub user: String,
    pub now: DateTime<FixedOffset>,
    all: OnceCell<Loaded>,
}

impl<'a> Op<'a> {
    /// A new operation context acting as `user`.
    pub fn new(store: &'a Store, user: String) -> Self {
        Op {
            store,
            user,
            now: store.settings().clock.now(),
            all: OnceCell::new(),
        }
    }

    pub(crate) fn cfg(&self) -> &Config {
        &self.store.config
    }

    /// Every customer without its activities (loaded once): names,
    /// e-mails, phones, contacts and deals for lookups.
    pub fn all(&self) -> Result<&Loaded> {
        if self.all.get().is_none() {
            let loaded = self.store.load_heads()?;
            let _ = self.all.set(loaded);
        }
        Ok(self.all.get().expect("set just above"))
    }

    /// The customers (without activities) that `holds` says hold what a
    /// command looks for — a deal or contract whose id starts with a
    /// prefix — without keeping every customer in memory as [`Op::all`]
    /// does: at 100,000 customers that is most of the time of a
    /// `crm deal set`. Broken files are skipped, as in [`Op::all`].
    pub fn holders(
        &self,
        holds: impl Fn(&model::Customer) -> bool + Sync,
    ) -> Result<Vec<model::Customer>> {
        if let Some(all) = self.all.get() {
            return Ok(all.customers.iter().filter(|c| holds(c)).cloned().collect());
        }
        let (kept, _broken) = self
            .store
            .scan_heads(|c| holds(c).then(|| std::mem::take(c)))?;
        Ok(kept)
    }

    /// The one customer the cache's lookup cards (which hold deal and
    /// contract ids) say `holds` — an entry whose id is the one asked for,
    /// whole — read from its file as it is now and asked again: a whole id
    /// names its entry whatever other entries start with it
    /// (`resolve::entry`), so the card's lag behind a hand edit cannot
    /// hide an ambiguity. `None` sends the caller to [`Op::holders`] (no
    /// cache, no card or several, a card the file no longer bears out).
    /// `crm deal set ID` with a whole id at 100,000 customers: a read of
    /// the names and one file instead of every customer.
    pub fn card_holder(
        &self,
        holds: &(dyn Fn(&model::Customer) -> bool + Sync),
    ) -> Option<model::Customer> {
        let cards = self.store.lookup_cards(holds)?;
        let [card] = cards.as_slice() else {
            return None;
        };
        let fresh = self.store.load(&card.id).ok()?;
        holds(&fresh).then_some(fresh)
    }

    /// Every customer (without activities), if something already loaded them.
    pub fn loaded(&self) -> Option<&Loaded> {
        self.all.get()
    }

    /// Resolve a customer reference to an id.
    pub fn customer_id(&self, reference: &str) -> Result<String> {
        if self.store.exists(reference) {
            return Ok(reference.to_string());
        }
        if self.all.get().is_none()
            && let Some(id) = self.quick_customer_id(reference)
        {
            return Ok(id);
        }
        let all = self.all()?;
        resolve::customer(&all.customers, reference, &self.cfg().phone_country)
            .map(|c| c.id.clone())
    }

    /// A reference that names one customer exactly (id, name, e-mail,
    /// phone, id prefix) in the cache's lookup cards, checked against that
    /// customer's file as it is now; `None` sends the caller to the full
    /// read (fuzzy matches, not found, ambiguous, a card the file no
    /// longer bears out, no cache), which gives the same answer and the
    /// same errors as before the cards existed. A hand edit since the
    /// last read that gives a *second* customer the same name is not seen
    /// here (docs/performance.md).
    fn quick_customer_id(&self, reference: &str) -> Option<String> {
        let country = &self.cfg().phone_country;
        let cards = self
            .store
            .lookup_cards(&resolve::could_name(reference, country))?;
        let id = resolve::exact(&cards, reference, country).ok()??.id.clone();
        let fresh = self.store.load(&id).ok()?;
        let still = resolve::exact(std::slice::from_ref(&fresh), reference, country).ok()??;
        (still.id == id).then_some(id)
    }

    pub(crate) fn doc(&self, id: &str) -> Result<(String, DocumentMut)> {
        let text = self.store.read_text(id)?;
        let doc = edit::parse(&Store::rel_path(id), &text)?;
        Ok((text, doc))
    }

    /// Other customers that own this e-mail or phone number.
    pub(crate) fn owners_of(
        &self,
        except: &str,
        email: Option<&str>,
        phone: Option<&str>,
    ) -> Result<Vec<Warning>> {
        let country = self.cfg().phone_country.clone();
        let want_phone = phone.and_then(|p| phone::e164(p, &country));
        let want_email = email.map(str::to_lowercase);
        let all = self.all()?;
        let mut out = Vec::new();
        for c in &all.customers {
            if c.id == except {
                continue;
            }
            let emails = c
                .email
                .iter()
                .chain(c.contacts.iter().filter_map(|p| p.email.as_ref()));
            let phones = c
                .phone
                .iter()
                .chain(c.contacts.iter().filter_map(|p| p.phone.as_ref()));
            let mail_hit = want_email
                .as_ref()
                .is_some_and(|w| emails.into_iter().any(|e| e.to_lowercase() == *w));
            let phone_hit = want_phone.as_ref().is_some_and(|w| {
                phones
                    .into_iter()
                    .any(|p| phone::e164(p, &country).as_ref() == Some(w))
            });
            if mail_hit || phone_hit {
                let what = if mail_hit {
                    email.unwrap_or_default()
                } else {
                    phone.unwrap_or_default()
                };
                out.push(Warning::LikelyDuplicate {
                    value: what.to_string(),
                    id: c.id.clone(),
                    name: c.name.clone(),
                });
            }
        }
        Ok(out)
    }

    /// A number typed by the user in its stored form, read as a number of
    /// `country` (the customer's, see [`Op::country_of`]) when it has no
    /// country code; refused when it is not a valid number.
    pub(crate) fn normalize_phone(&self, field: &str, p: &str, country: &str) -> Result<String> {
        phone::normalize(p, country).map_err(|m| {
            Error::invalid(field, m.to_string()).with_hint(format!(
                "write it with a country code (+372 5555 1234) or as a number of {country}"
            ))
        })
    }

    /// The country of a customer file's phone numbers: its `country`, else
    /// the country its address ends with, else `phone_country`.
    pub(crate) fn country_of(&self, doc: &toml_edit::DocumentMut) -> String {
        doc.get("country")
            .and_then(toml_edit::Item::as_str)
            .filter(|c| phone::known_country(c))
            .map(str::to_string)
            .or_else(|| {
                doc.get("address")
                    .and_then(toml_edit::Item::as_str)
                    .and_then(phone::country_of_address)
                    .map(str::to_string)
            })
            .unwrap_or_else(|| self.cfg().phone_country.clone())
    }

    pub(crate) fn check_email(&self, field: &str, e: &str) -> Result<String> {
        let e = e.trim();
        if model::is_email(e) {
            Ok(e.to_string())
        } else {
            Err(Error::invalid(
                field,
                format!("'{e}' is not an e-mail address (like name@firm.ee)"),
            ))
        }
    }

    pub(crate) fn commit(&self, tx: Transaction) -> Result<bool> {
        Ok(self.store.commit(tx)?.is_some())
    }
}

/// One `KEY=VALUE`, `KEY+=VALUE` or `KEY-=VALUE` of `crm set`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub key: String,
    pub op: AssignOp,
    pub value: String,
}

/// `=`, `+=` or `-=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    Set,
    Add,
    Remove,
}

impl Assignment {
    /// Parse `KEY=VALUE` (or `+=`, `-=`).
    pub fn parse(s: &str) -> Result<Assignment> {
        let Some(eq) = s.find('=') else {
            return Err(Error::usage_hint(
                format!("'{s}' is not KEY=VALUE"),
                "e.g. stage=customer, tags+=vip, tags-=old, fields.industry=media, phone= (empty removes)",
            ));
        };
        let (mut key, value) = (&s[..eq], &s[eq + 1..]);
        let op = if let Some(k) = key.strip_suffix('+') {
            key = k;
            AssignOp::Add
        } else if let Some(k) = key.strip_suffix('-') {
            key = k;
            AssignOp::Remove
        } else {
            AssignOp::Set
        };
        let key = key.trim();
        if key.is_empty() {
            return Err(Error::usage(format!("'{s}': the key before '=' is empty")));
        }
        Ok(Assignment {
            key: key.to_string(),
            op,
            value: value.to_string(),
        })
    }

    /// As typed: `KEY=VALUE`, `KEY+=VALUE`, `KEY-=VALUE`.
    pub(crate) fn show(&self) -> String {
        let op = match self.op {
            AssignOp::Set => "=",
            AssignOp::Add => "+=",
            AssignOp::Remove => "-=",
        };
        format!("{}{op}{}", self.key, self.value)
    }
}

/// Drop `[[conflicts]]` entries about `field`: setting it is the decision.
pub(crate) fn clear_conflicts(doc: &mut DocumentMut, field: &str) {
    if let Some(arr) = doc
        .get_mut("conflicts")
        .and_then(Item::as_array_of_tables_mut)
    {
        arr.retain(|t| t.get("field").and_then(Item::as_str) != Some(field));
        if arr.is_empty() {
            doc.remove("conflicts");
        }
    }
}

/// The first `n` characters of `s`, with `…` when cut.
pub(crate) fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}
