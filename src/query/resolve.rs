//! Customer, activity and deal references (SPEC §4).
//!
//! A customer reference is tried, in order, as: exact id, exact name
//! (case-insensitive), e-mail or phone of the customer or a contact, unique
//! id prefix, and a fuzzy match when one candidate is clearly best.
//! Anything else fails with the candidates listed. Never a prompt.

use crate::error::{Error, Result};
use crate::model::{Customer, id::fold, phone};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

fn label(c: &Customer) -> String {
    format!("{}  ({})", c.id, c.name)
}

/// Find one customer by reference among `all`.
pub fn customer<'a>(
    all: &'a [Customer],
    reference: &str,
    phone_country: &str,
) -> Result<&'a Customer> {
    let r = reference.trim();
    if let Some(c) = exact(all, r, phone_country)? {
        return Ok(c);
    }
    // Fuzzy: over transliterated names and ids.
    let fr = fold(r);
    let matcher = SkimMatcherV2::default().ignore_case();
    let mut scored: Vec<(i64, &Customer)> = all
        .iter()
        .filter_map(|c| {
            let a = matcher.fuzzy_match(&fold(&c.name), &fr);
            let b = matcher.fuzzy_match(&c.id, &fr);
            a.max(b).map(|s| (s, c))
        })
        .collect();
    scored.sort_by(|x, y| y.0.cmp(&x.0).then_with(|| x.1.id.cmp(&y.1.id)));
    match scored.as_slice() {
        [] => Err(Error::NotFound {
            what: "customer",
            query: r.to_string(),
            candidates: Vec::new(),
        }),
        [(_, c)] => Ok(c),
        [(best, c), (second, _), ..] if *best >= 2 * *second && *best > 0 => Ok(c),
        _ => Err(Error::Ambiguous {
            what: "customer",
            query: r.to_string(),
            candidates: scored.iter().map(|(_, c)| label(c)).collect(),
        }),
    }
}

/// Whether [`exact`] could pick `c` for `reference`: true of every
/// customer any of its steps would look at, so `exact` over the customers
/// this keeps gives what it gives over all of them. For a first pass over
/// many customers that keeps few.
pub fn could_name(reference: &str, phone_country: &str) -> impl Fn(&Customer) -> bool + Sync {
    let r = reference.trim().to_string();
    let folded = fold(&r);
    let email = r.contains('@');
    let digits = r.chars().filter(char::is_ascii_digit).count();
    let phone = (digits >= 6)
        .then(|| phone::e164(&r, phone_country))
        .flatten();
    let country = phone_country.to_string();
    move |c: &Customer| {
        let same_phone = |p: &Option<String>| {
            phone.as_ref().is_some_and(|want| {
                p.as_deref()
                    .and_then(|p| phone::e164(p, &country))
                    .is_some_and(|e| e == *want)
            })
        };
        let same_email =
            |e: &Option<String>| email && e.as_deref().is_some_and(|e| e.eq_ignore_ascii_case(&r));
        c.id.starts_with(r.as_str())
            || c.name.eq_ignore_ascii_case(&r)
            || fold(&c.name) == folded
            || same_email(&c.email)
            || c.contacts.iter().any(|p| same_email(&p.email))
            || same_phone(&c.phone)
            || c.contacts.iter().any(|p| same_phone(&p.phone))
    }
}

/// The steps of [`customer`] before the fuzzy one: id, name (as written,
/// then without accents), e-mail, phone, unique id prefix. `Ok(None)`
/// when none of them names anyone.
pub fn exact<'a>(
    all: &'a [Customer],
    reference: &str,
    phone_country: &str,
) -> Result<Option<&'a Customer>> {
    let r = reference.trim();
    if r.is_empty() {
        return Err(Error::usage("an empty customer reference names nobody"));
    }
    if let Some(c) = all.iter().find(|c| c.id == r) {
        return Ok(Some(c));
    }
    let by_name: Vec<&Customer> = all
        .iter()
        .filter(|c| c.name.eq_ignore_ascii_case(r))
        .collect();
    if let Some(c) = one(&by_name, r)? {
        return Ok(Some(c));
    }
    // Same name ignoring accents and case: `aripaev as` finds `Äripäev AS`.
    let fr = fold(r);
    let by_folded: Vec<&Customer> = all.iter().filter(|c| fold(&c.name) == fr).collect();
    if let Some(c) = one(&by_folded, r)? {
        return Ok(Some(c));
    }
    if r.contains('@') {
        let hits: Vec<&Customer> = all
            .iter()
            .filter(|c| {
                c.email
                    .as_deref()
                    .is_some_and(|e| e.eq_ignore_ascii_case(r))
                    || c.contacts.iter().any(|p| {
                        p.email
                            .as_deref()
                            .is_some_and(|e| e.eq_ignore_ascii_case(r))
                    })
            })
            .collect();
        if let Some(c) = one(&hits, r)? {
            return Ok(Some(c));
        }
    }
    let digits = r.chars().filter(char::is_ascii_digit).count();
    if digits >= 6
        && let Some(want) = phone::e164(r, phone_country)
    {
        let same = |p: &Option<String>| {
            p.as_deref()
                .and_then(|p| phone::e164(p, phone_country))
                .is_some_and(|e| e == want)
        };
        let hits: Vec<&Customer> = all
            .iter()
            .filter(|c| same(&c.phone) || c.contacts.iter().any(|p| same(&p.phone)))
            .collect();
        if let Some(c) = one(&hits, r)? {
            return Ok(Some(c));
        }
    }
    let by_prefix: Vec<&Customer> = all.iter().filter(|c| c.id.starts_with(r)).collect();
    one(&by_prefix, r)
}

fn one<'a>(hits: &[&'a Customer], r: &str) -> Result<Option<&'a Customer>> {
    match hits {
        [] => Ok(None),
        [c] => Ok(Some(c)),
        many => Err(Error::Ambiguous {
            what: "customer",
            query: r.to_string(),
            candidates: many.iter().map(|c| label(c)).collect(),
        }),
    }
}

/// Where an activity or deal lives: customer id and index in its array.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryRef {
    pub customer: String,
    pub index: usize,
    pub id: String,
}

/// Find an activity (`deals == false`) or deal by unique id prefix.
pub fn entry(all: &[Customer], prefix: &str, deals: bool) -> Result<EntryRef> {
    let what = if deals { "deal" } else { "activity" };
    let p = prefix.trim();
    if p.is_empty() {
        return Err(Error::usage(format!("an empty {what} id names nothing")));
    }
    let mut hits = Vec::new();
    for c in all {
        let ids: Box<dyn Iterator<Item = &String>> = if deals {
            Box::new(c.deals.iter().map(|d| &d.id))
        } else {
            Box::new(c.activities.iter().map(|a| &a.id))
        };
        for (index, id) in ids.enumerate() {
            if id == p {
                return Ok(EntryRef {
                    customer: c.id.clone(),
                    index,
                    id: id.clone(),
                });
            }
            if id.starts_with(p) {
                hits.push(EntryRef {
                    customer: c.id.clone(),
                    index,
                    id: id.clone(),
                });
            }
        }
    }
    match hits.len() {
        0 => Err(Error::NotFound {
            what,
            query: p.to_string(),
            candidates: Vec::new(),
        }),
        1 => Ok(hits.remove(0)),
        _ => Err(Error::Ambiguous {
            what,
            query: p.to_string(),
            candidates: hits
                .iter()
                .map(|h| format!("{}  ({})", h.id, h.customer))
                .collect(),
        }),
    }
}
