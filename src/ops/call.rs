//! `crm call`: a phone call logged against whoever owns the number, as a
//! phone system reports it.
//!
//! A phone system may report the same call twice (a retried webhook, a
//! hang-up event after a ring event): a call with a call id, or else a
//! start time, gets a `ref` (the call id, or `+E164@start` in UTC), and a call
//! whose `ref` the customer already has is a quiet success that writes
//! nothing. A number nobody has goes to the customer `[calls] inbox` of
//! crm.toml names, or is refused (exit 3) when there is none.

use super::who::{self, Key};
use super::{Op, Outcome, Warning, truncate};
use crate::error::{Error, Result};
use crate::model::id;
use crate::store::{Transaction, edit};
use chrono::{DateTime, FixedOffset};
use toml_edit::{Item, Value};

/// What `crm call` takes.
#[derive(Debug, Default, Clone)]
pub struct NewCall {
    /// The other party's number, in any format.
    pub number: String,
    /// Made by us (`--out`), else received.
    pub outgoing: bool,
    /// When it started (default: now).
    pub start: Option<DateTime<FixedOffset>>,
    /// When it ended: with `start`, gives the minutes.
    pub end: Option<DateTime<FixedOffset>>,
    pub minutes: Option<u32>,
    /// Who of the team took or made it (default: the acting user).
    pub by: Option<String>,
    pub text: Option<String>,
    /// The phone system's id of the call.
    pub call_id: Option<String>,
}

/// The minutes between `start` and `end`, a started minute counting as
/// one; an `end` before `start` is a usage error.
pub fn minutes_between(start: DateTime<FixedOffset>, end: DateTime<FixedOffset>) -> Result<u32> {
    let secs = (end - start).num_seconds();
    if secs < 0 {
        return Err(Error::usage(format!(
            "--end {} is before --start {}",
            end.to_rfc3339(),
            start.to_rfc3339()
        )));
    }
    u32::try_from((secs + 59) / 60).map_err(|_| Error::usage("--start and --end: too long a call"))
}

/// Log the call; the outcome's id is the activity's (the one already
/// there when the call was logged before).
pub fn call(op: &Op, n: &NewCall) -> Result<Outcome> {
    let cfg = op.cfg();
    if !cfg.activity_kinds.iter().any(|k| k == "call") {
        return Err(Error::invalid(
            "KIND",
            "'call' is not an activity kind of this store".to_string(),
        )
        .with_hint("add \"call\" to activity_kinds in crm.toml"));
    }
    let country = cfg.phone_country.clone();
    let key = Key::parse("NUMBER", &n.number, &country)?;
    if key.e164().is_none() {
        return Err(Error::usage(format!(
            "NUMBER: '{}' is an e-mail address; crm call takes a phone number",
            n.number
        )));
    }
    let minutes = match (n.minutes, n.start, n.end) {
        (Some(m), _, _) => Some(m),
        (None, Some(s), Some(e)) => Some(minutes_between(s, e)?),
        _ => None,
    };
    let at = n.start.unwrap_or(op.now);
    let _lock = op.store.lock()?;
    let who::Found {
        owners,
        broken,
        key,
    } = who::owners(op.store, &key)?;
    // E.164 as the number is stored (no libphonenumber start-up here).
    let shown = key.e164().unwrap_or_default().to_string();
    let reference = match (&n.call_id, n.start) {
        (Some(c), _) if !c.trim().is_empty() => Some(c.trim().to_string()),
        // In UTC: the same moment written with another offset (Unix
        // seconds, local time) is the same call.
        (_, Some(s)) => Some(format!(
            "{shown}@{}",
            s.naive_utc().format("%Y-%m-%dT%H:%M:%SZ")
        )),
        _ => None,
    };
    let warnings: Vec<Warning> = broken.into_iter().map(Warning::Skipped).collect();
    let (cid, with) = match owners.as_slice() {
        [o] => (
            o.customer.id.clone(),
            o.contact.as_ref().map(|p| p.name.clone()),
        ),
        [] => match &cfg.calls.inbox {
            Some(inbox) if op.store.exists(inbox) => (inbox.clone(), None),
            Some(inbox) => {
                return Err(Error::Invalid {
                    path: Some(crate::store::CONFIG.into()),
                    field: "calls.inbox".into(),
                    reason: format!("no customer has the id '{inbox}'"),
                    hint: Some(
                        format!(
                            "add a customer with the id '{inbox}' for unknown callers, or change calls.inbox"
                        )
                        .into(),
                    ),
                });
            }
            None => {
                return Err(Error::NotFound {
                    what: "customer",
                    query: shown,
                    candidates: Vec::new(),
                });
            }
        },
        many => {
            return Err(Error::Ambiguous {
                what: "customer",
                query: shown,
                candidates: many
                    .iter()
                    .map(|o| format!("{}  ({})", o.customer.id, o.customer.name))
                    .collect(),
            });
        }
    };
    let (_, mut doc) = op.doc(&cid)?;
    if let Some(r) = &reference
        && let Some(existing) = with_ref(&doc, r)
    {
        return Ok(Outcome {
            id: Some(existing),
            committed: false,
            warnings,
        });
    }
    let aid = id::new_id('a');
    let by = n.by.clone().unwrap_or_else(|| op.user.clone());
    let head = if n.outgoing {
        format!("outgoing call to {shown}")
    } else {
        format!("incoming call from {shown}")
    };
    let extra = n
        .text
        .as_deref()
        .map(|t| t.trim_end_matches('\n'))
        .filter(|t| !t.trim().is_empty());
    let text = match extra {
        Some(t) => format!("{head}\n{t}"),
        None => head.clone(),
    };
    let mut pairs = vec![
        ("id", Value::from(aid.as_str())),
        ("at", edit::datetime(at)),
        ("kind", Value::from("call")),
        ("by", Value::from(by.as_str())),
    ];
    if let Some(w) = &with {
        pairs.push(("with", edit::string(w)));
    }
    pairs.push(("text", edit::string(&text)));
    if let Some(m) = minutes {
        pairs.push(("minutes", Value::from(i64::from(m))));
    }
    if let Some(r) = &reference {
        pairs.push(("ref", edit::string(r)));
    }
    edit::insert_activity(&mut doc, edit::table(pairs))?;
    let committed = op.commit(
        Transaction::new(format!("call {cid}: {}", truncate(&head, 60)))
            .write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(aid),
        committed,
        warnings,
    })
}

/// The id of the activity of the file with this `ref`, if any.
pub(crate) fn with_ref(doc: &toml_edit::DocumentMut, reference: &str) -> Option<String> {
    doc.get("activities")
        .and_then(Item::as_array_of_tables)?
        .iter()
        .find(|t| t.get("ref").and_then(Item::as_str) == Some(reference))
        .and_then(|t| t.get("id").and_then(Item::as_str))
        .map(str::to_string)
}
