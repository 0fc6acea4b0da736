//! Validation of a customer against the store's settings (SPEC §3, §7).
//!
//! Types are checked while parsing; this checks values: stages, kinds,
//! e-mail and phone shapes, custom field types, unique ids.

use super::{Customer, phone};
use crate::model::config::{Config, FieldType};
use std::collections::HashSet;

/// One thing wrong with a customer.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Path of the field, e.g. `activities[3].kind` or `stage`.
    pub field: String,
    pub message: String,
}

/// The priorities a task may have, highest first.
pub const PRIORITIES: [&str; 3] = ["high", "medium", "low"];

fn one_of(value: &str, allowed: &[String]) -> String {
    format!(
        "'{value}' is not one of: {} (crm.toml lists the accepted values)",
        allowed.join(", ")
    )
}

/// Whether `s` looks like an e-mail address.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c == ',' || c == '<' || c == '>')
}

/// Every problem with `c` under `cfg`; empty when valid.
pub fn validate(c: &Customer, cfg: &Config) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut bad = |field: String, message: String| out.push(Problem { field, message });
    if c.name.trim().is_empty() {
        bad("name".into(), "the name is empty".into());
    }
    if c.name.contains('\n') {
        bad("name".into(), "the name spans several lines".into());
    }
    if let Some(s) = &c.stage
        && !cfg.stages.contains(s)
    {
        bad("stage".into(), one_of(s, &cfg.stages));
    }
    for (i, t) in c.tags.iter().enumerate() {
        if t.trim().is_empty() || t.contains(char::is_whitespace) || t.contains(',') {
            bad(
                format!("tags[{i}]"),
                format!("tag '{t}' must be one word without spaces or commas"),
            );
        }
    }
    if let Some(e) = &c.email
        && !is_email(e)
    {
        bad("email".into(), format!("'{e}' is not an e-mail address"));
    }
    // A phone number crm could not normalise is kept as written (an import
    // never drops it); `crm check` warns about it. Here only its shape.
    if let Some(p) = &c.phone
        && (p.trim().is_empty() || p.contains('\n'))
    {
        bad("phone".into(), format!("'{p}' is not a phone number"));
    }
    if let Some(k) = &c.country
        && !phone::known_country(k)
    {
        bad(
            "country".into(),
            format!(
                "'{k}' is not a two-letter country code crm knows (e.g. EE, FI, SE, DE, GB, US)"
            ),
        );
    }
    for (k, v) in &c.fields {
        let field = format!("fields.{k}");
        let Some(def) = cfg.fields.get(k) else {
            bad(
                field,
                format!(
                    "custom field '{k}' is not declared; add [fields.{k}] with a type to crm.toml"
                ),
            );
            continue;
        };
        let ok = match def.kind {
            FieldType::String => v.is_str(),
            FieldType::Int => v.is_integer(),
            FieldType::Float => v.is_float() || v.is_integer(),
            FieldType::Bool => v.is_bool(),
            FieldType::Date => v
                .as_datetime()
                .is_some_and(|d| d.date.is_some() && d.time.is_none()),
            FieldType::Enum => v
                .as_str()
                .is_some_and(|s| def.values.iter().any(|x| x == s)),
        };
        if !ok {
            let expected = if def.kind == FieldType::Enum {
                format!("one of: {}", def.values.join(", "))
            } else {
                format!("a {}", def.kind.name())
            };
            bad(field, format!("{v} is not {expected}"));
        }
    }
    let mut names = HashSet::new();
    for (i, ct) in c.contacts.iter().enumerate() {
        let f = |k: &str| format!("contacts[{i}].{k}");
        if ct.name.trim().is_empty() {
            bad(f("name"), "the contact's name is empty".into());
        } else if !names.insert(ct.name.to_lowercase()) {
            bad(f("name"), format!("two contacts are named '{}'", ct.name));
        }
        if let Some(e) = &ct.email
            && !is_email(e)
        {
            bad(f("email"), format!("'{e}' is not an e-mail address"));
        }
        if let Some(p) = &ct.phone
            && (p.trim().is_empty() || p.contains('\n'))
        {
            bad(f("phone"), format!("'{p}' is not a phone number"));
        }
    }
    let mut ids = HashSet::new();
    for (i, d) in c.deals.iter().enumerate() {
        let f = |k: &str| format!("deals[{i}].{k}");
        if !ids.insert(d.id.clone()) {
            bad(f("id"), format!("deal id '{}' is used twice", d.id));
        }
        if !cfg.deal_stages.contains(&d.stage) {
            bad(f("stage"), one_of(&d.stage, &cfg.deal_stages));
        }
        if d.amount.is_sign_negative() {
            bad(f("amount"), format!("{} is negative", d.amount));
        }
        if let Some(cur) = &d.currency
            && !(cur.len() == 3 && cur.chars().all(|c| c.is_ascii_uppercase()))
        {
            bad(
                f("currency"),
                format!("'{cur}' is not a currency code like EUR"),
            );
        }
        if d.title.trim().is_empty() {
            bad(f("title"), "the deal's title is empty".into());
        }
        let mut products = HashSet::new();
        for (j, l) in d.lines.iter().enumerate() {
            let g = |k: &str| format!("deals[{i}].lines[{j}].{k}");
            if l.product.trim().is_empty() {
                bad(g("product"), "the line names no product".into());
            } else if !products.insert(l.product.as_str()) {
                bad(
                    g("product"),
                    format!("product '{}' has two lines; add up the quantity", l.product),
                );
            }
            if l.quantity <= rust_decimal::Decimal::ZERO {
                bad(
                    g("quantity"),
                    format!("{} is not more than zero", l.quantity),
                );
            }
            if l.price.is_sign_negative() {
                bad(g("price"), format!("{} is negative", l.price));
            }
        }
    }
    for (i, k) in c.contracts.iter().enumerate() {
        let f = |x: &str| format!("contracts[{i}].{x}");
        if !ids.insert(k.id.clone()) {
            bad(f("id"), format!("contract id '{}' is used twice", k.id));
        }
        if k.title.trim().is_empty() {
            bad(f("title"), "the contract's title is empty".into());
        }
        if let Some(end) = k.end
            && end < k.start
        {
            bad(
                f("end"),
                format!("the contract ends ({end}) before it starts ({})", k.start),
            );
        }
        if k.value.is_sign_negative() {
            bad(f("value"), format!("{} is negative", k.value));
        }
        if let Some(cur) = &k.currency
            && !(cur.len() == 3 && cur.chars().all(|c| c.is_ascii_uppercase()))
        {
            bad(
                f("currency"),
                format!("'{cur}' is not a currency code like EUR"),
            );
        }
        if let Some(e) = &k.every
            && !crate::model::config::EVERY.contains(&e.as_str())
        {
            bad(
                f("every"),
                format!(
                    "'{e}' is not one of: {}",
                    crate::model::config::EVERY.join(", ")
                ),
            );
        }
        if let Some(n) = &k.notice
            && crate::model::contract::Span::parse(n).is_none()
        {
            bad(
                f("notice"),
                format!("'{n}' is not a notice period like 3m, 30d, 2w or 1y"),
            );
        }
    }
    for (i, a) in c.activities.iter().enumerate() {
        let f = |k: &str| format!("activities[{i}].{k}");
        if !ids.insert(a.id.clone()) {
            bad(f("id"), format!("activity id '{}' is used twice", a.id));
        }
        if !cfg.activity_kinds.contains(&a.kind) {
            bad(f("kind"), one_of(&a.kind, &cfg.activity_kinds));
        }
        if a.minutes.is_some_and(|m| m > 24 * 60 * 7) {
            bad(f("minutes"), "more than a week of minutes".into());
        }
        if let Some(p) = &a.priority
            && !PRIORITIES.contains(&p.as_str())
        {
            bad(
                f("priority"),
                format!("'{p}' is not a priority (high, medium or low)"),
            );
        }
        if let Some(e) = &a.every {
            if super::recur::Every::parse(e).is_none() {
                bad(
                    f("every"),
                    format!("'{e}' is not a repeat interval ({})", super::recur::FORMS),
                );
            } else if a.due.is_none() {
                bad(
                    f("every"),
                    "a repeating task needs a `due` date to count from".into(),
                );
            }
        }
    }
    if let Some(b) = &c.budget {
        if super::budget::Per::parse(&b.per).is_none() {
            bad(
                "budget.per".into(),
                format!("'{}' is not month or quarter", b.per),
            );
        }
        if b.minutes == 0 {
            bad(
                "budget.minutes".into(),
                "a budget is at least one minute (remove `budget` for none)".into(),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_shapes() {
        assert!(is_email("info@aripaev.example"));
        assert!(!is_email("info@aripaev"));
        assert!(!is_email("info aripaev.example"));
        assert!(!is_email("a@b@c.ee"));
        assert!(!is_email("@c.ee"));
    }
}
