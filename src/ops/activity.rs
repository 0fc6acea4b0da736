//! `crm log`, `crm task` and `crm done`: activities of a customer.

use super::{Op, Outcome, Warning, truncate};
use crate::error::{Error, Result};
use crate::model::{Customer, id};
use crate::query::resolve;
use crate::store::{Transaction, edit};
use chrono::{DateTime, FixedOffset, NaiveDate};
use toml_edit::{Item, Value};

/// What `crm log` and `crm task` take.
#[derive(Debug, Default, Clone)]
pub struct NewActivity {
    pub kind: String,
    pub text: Option<String>,
    pub at: Option<DateTime<FixedOffset>>,
    pub minutes: Option<u32>,
    pub with: Option<String>,
    pub due: Option<NaiveDate>,
    /// `by`; default: the acting user.
    pub by: Option<String>,
}

/// `crm log` / `crm task`: insert an activity in time order; prints its id.
pub fn log(op: &Op, reference: &str, n: &NewActivity) -> Result<Outcome> {
    if !op.cfg().activity_kinds.contains(&n.kind) {
        return Err(
            Error::invalid("KIND", format!("'{}' is not an activity kind", n.kind)).with_hint(
                format!(
                    "kinds (crm.toml activity_kinds): {}",
                    op.cfg().activity_kinds.join(", ")
                ),
            ),
        );
    }
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let aid = id::new_id('a');
    let at = n.at.unwrap_or(op.now);
    let by = n.by.clone().unwrap_or_else(|| op.user.clone());
    let mut pairs = vec![
        ("id", Value::from(aid.as_str())),
        ("at", edit::datetime(at)),
        ("kind", Value::from(n.kind.as_str())),
        ("by", Value::from(by.as_str())),
    ];
    if let Some(w) = n.with.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
        pairs.push(("with", edit::string(w)));
    }
    let text = n
        .text
        .as_deref()
        .map(|t| t.trim_end_matches('\n'))
        .filter(|t| !t.trim().is_empty());
    if let Some(t) = text {
        pairs.push(("text", edit::string(t)));
    }
    if let Some(m) = n.minutes {
        pairs.push(("minutes", Value::from(i64::from(m))));
    }
    if let Some(d) = n.due {
        pairs.push(("due", edit::date(d)));
        pairs.push(("done", Value::from(false)));
    }
    edit::insert_activity(&mut doc, edit::table(pairs))?;
    let first_line = text.and_then(|t| t.lines().next()).unwrap_or("");
    let summary = if first_line.is_empty() {
        n.kind.clone()
    } else {
        format!("{} — {}", n.kind, truncate(first_line, 60))
    };
    let verb = if n.kind == "task" { "task" } else { "log" };
    let committed = op.commit(
        Transaction::new(format!("{verb} {cid}: {summary}")).write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(aid),
        committed,
        warnings: Vec::new(),
    })
}

/// `crm done ID`: close a task or follow-up.
pub fn done(op: &Op, prefix: &str) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let p = prefix.trim();
    if p.is_empty() {
        return Err(Error::usage("an empty activity id names nothing"));
    }
    // Only the activities whose id starts with the prefix are kept.
    let (owners, broken) = op.store.scan(|c| {
        c.activities.retain(|a| a.id.starts_with(p));
        (!c.activities.is_empty()).then(|| Customer {
            id: c.id.clone(),
            activities: std::mem::take(&mut c.activities),
            ..Customer::default()
        })
    })?;
    let r = resolve::entry(&owners, prefix, false)?;
    let (_, mut doc) = op.doc(&r.customer)?;
    let arr = edit::tables_mut(&mut doc, "activities")?;
    let i = arr
        .iter()
        .position(|t| t.get("id").and_then(Item::as_str) == Some(r.id.as_str()))
        .ok_or_else(|| Error::NotFound {
            what: "activity",
            query: prefix.to_string(),
            candidates: Vec::new(),
        })?;
    let t = arr.get_mut(i).expect("position just found");
    let text = t
        .get("text")
        .and_then(Item::as_str)
        .unwrap_or_default()
        .to_string();
    edit::set(t, "done", Value::from(true));
    let committed = op.commit(
        Transaction::new(format!("done {}: {}", r.customer, truncate(&text, 60)))
            .write(&r.customer, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(r.id),
        committed,
        warnings: broken.iter().map(|b| Warning::Skipped(b.clone())).collect(),
    })
}
