//! `crm email QUERY`: e-mail addresses for a mail client's address book
//! (mutt's `query_command`, aerc's `address-book-cmd`), in the lines
//! khard prints: address, name, and a third field (here the customer's
//! id).
//!
//! Answers from the cache's lookup cards when they are known to be
//! complete (`Store::names_current`), else from a read of the store.

use crate::error::Result;
use crate::model::Customer;
use crate::model::id::fold;
use crate::store::{Broken, Store};

/// One address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub email: String,
    /// The contact's name, or the customer's for its own address.
    pub name: String,
    /// The customer's id.
    pub customer: String,
    /// The customer's name.
    pub customer_name: String,
}

/// The addresses whose address, name or customer's name holds `query`
/// (ignoring case and accents; an empty query holds all), sorted by name.
pub fn search(store: &Store, query: &str) -> Result<(Vec<Entry>, Vec<Broken>)> {
    let q = fold(query.trim());
    let hit = |c: &Customer| -> Vec<Entry> {
        let firm = fold(&c.name).contains(&q);
        let mut out = Vec::new();
        let mut add = |email: &Option<String>, name: &str| {
            if let Some(e) = email.as_deref().map(str::trim).filter(|e| !e.is_empty())
                && (firm || fold(name).contains(&q) || e.to_lowercase().contains(&q))
            {
                out.push(Entry {
                    email: e.to_string(),
                    name: name.to_string(),
                    customer: c.id.clone(),
                    customer_name: c.name.clone(),
                });
            }
        };
        add(&c.email, &c.name);
        for p in &c.contacts {
            add(&p.email, &p.name);
        }
        out
    };
    let (mut entries, broken) = match store
        .names_current()
        .then(|| store.lookup_cards(&|c| !hit(c).is_empty()))
        .flatten()
    {
        Some(cards) => (cards.iter().flat_map(hit).collect::<Vec<_>>(), Vec::new()),
        None => {
            let (lists, broken) = store.scan_heads(|c| Some(hit(c)).filter(|v| !v.is_empty()))?;
            (lists.into_iter().flatten().collect(), broken)
        }
    };
    entries.sort_by(|a, b| {
        fold(&a.name)
            .cmp(&fold(&b.name))
            .then_with(|| a.email.cmp(&b.email))
            .then_with(|| a.customer.cmp(&b.customer))
    });
    entries.dedup();
    Ok((entries, broken))
}
