//! `crm log`, `crm task`, `crm done` and `crm complaint close`: activities
//! of a customer, and the life of tasks and complaints.
//!
//! A task (kind `task`, or any activity with a `due` date: a follow-up)
//! and a complaint (a kind of `complaint_kinds`) are written with
//! `done = false` and are open until `crm done` sets `done = true` and
//! `done_at`, with the `resolution` when one is given. A repeating task
//! (`every`) that is done gets its next copy in the same commit.

use super::{Op, Outcome, Warning, truncate};
use crate::error::{Error, Result};
use crate::model::recur::{self, Every};
use crate::model::{Activity, Customer, Due, PRIORITIES, id};
use crate::query::resolve;
use crate::store::{Transaction, edit};
use chrono::{DateTime, Duration, FixedOffset};
use toml_edit::{Item, Table, Value};

/// What `crm log` and `crm task` take.
#[derive(Debug, Default, Clone)]
pub struct NewActivity {
    pub kind: String,
    pub text: Option<String>,
    pub at: Option<DateTime<FixedOffset>>,
    pub minutes: Option<u32>,
    pub with: Option<String>,
    pub due: Option<Due>,
    /// `by`; default: the acting user.
    pub by: Option<String>,
    /// Repeat interval of a task (`every`).
    pub every: Option<String>,
    /// `high`, `medium`, `low` (or `h`, `m`, `l`).
    pub priority: Option<String>,
}

/// A priority as typed (`h`, `High`, `medium` …) as it is stored.
pub fn priority(p: &str) -> Result<String> {
    let l = p.trim().to_lowercase();
    PRIORITIES
        .iter()
        .find(|x| **x == l || x.starts_with(&l) && l.len() == 1)
        .map(|x| x.to_string())
        .ok_or_else(|| {
            Error::usage(format!(
                "--priority: '{p}' is not a priority (high, medium or low; h, m, l)"
            ))
        })
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
    let every = match n.every.as_deref() {
        Some(e) => Some(
            Every::parse(e)
                .map(|_| e.trim().to_lowercase())
                .ok_or_else(|| {
                    Error::usage(format!(
                        "--every: '{e}' is not a repeat interval ({})",
                        recur::FORMS
                    ))
                })?,
        ),
        None => None,
    };
    let priority = n.priority.as_deref().map(priority).transpose()?;
    // A repeating task counts from its due date: today when none is given.
    let due = n
        .due
        .or_else(|| every.is_some().then(|| Due::Date(op.now.date_naive())));
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
    if let Some(d) = due {
        pairs.push(("due", due_value(d)));
    }
    // Tasks, follow-ups and complaints are open until done.
    let complaint = op.cfg().is_complaint(&n.kind);
    if due.is_some() || n.kind == "task" || complaint {
        pairs.push(("done", Value::from(false)));
    }
    if let Some(e) = &every {
        pairs.push(("every", Value::from(e.as_str())));
    }
    if let Some(p) = &priority {
        pairs.push(("priority", Value::from(p.as_str())));
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
    // Only what is planned lies ahead: meetings and tasks. A call logged
    // "at 14:00" at 09:00 is more likely a slip than a plan.
    let mut warnings = Vec::new();
    if n.kind != "meeting" && n.kind != "task" && at > op.now + Duration::minutes(1) {
        warnings.push(Warning::FutureActivity {
            kind: n.kind.clone(),
            at,
            now: op.now,
        });
    }
    Ok(Outcome {
        id: Some(aid),
        committed,
        warnings,
    })
}

/// A due date as a TOML value: a date, or an offset datetime.
fn due_value(d: Due) -> Value {
    match d {
        Due::Date(d) => edit::date(d),
        Due::At(t) => edit::datetime(t),
    }
}

/// What `crm done` did besides closing the activity.
#[derive(Debug, Default)]
pub struct Done {
    pub outcome: Outcome,
    /// The next copy of a repeating task: its id and due date.
    pub next: Option<(String, Due)>,
}

/// `crm done ID [--note TEXT]`: close a task, follow-up or complaint.
pub fn done(op: &Op, prefix: &str, note: Option<&str>) -> Result<Done> {
    close(op, prefix, note, false)
}

/// `crm complaint close ID [--note TEXT]`: close a complaint (only).
pub fn close_complaint(op: &Op, prefix: &str, note: Option<&str>) -> Result<Done> {
    close(op, prefix, note, true)
}

fn close(op: &Op, prefix: &str, note: Option<&str>, complaints_only: bool) -> Result<Done> {
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
    let act: Activity = owners
        .iter()
        .find(|c| c.id == r.customer)
        .and_then(|c| c.activities.get(r.index))
        .cloned()
        .unwrap_or_default();
    let complaint = op.cfg().is_complaint(&act.kind);
    let what = format!("activity {} of {} (a {})", r.id, r.customer, act.kind);
    if complaints_only && !complaint {
        return Err(
            Error::invalid("ID", format!("{what} is not a complaint")).with_hint(format!(
                "close a task or follow-up with `crm done {}`",
                r.id
            )),
        );
    }
    if !(act.is_task() || complaint) {
        return Err(Error::invalid(
            "ID",
            format!("{what} is not a task, follow-up or complaint: only those are open until done"),
        )
        .with_hint("a follow-up is an activity with --due (crm log … --due DATE, crm task …)"));
    }
    let skipped = broken.iter().map(|b| Warning::Skipped(b.clone())).collect();
    if act.done == Some(true) {
        // Done twice: a quiet success.
        return Ok(Done {
            outcome: Outcome {
                id: Some(r.id),
                committed: false,
                warnings: skipped,
            },
            next: None,
        });
    }
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
    edit::set(t, "done_at", edit::datetime(op.now));
    if let Some(n) = note.map(str::trim).filter(|n| !n.is_empty()) {
        edit::set(t, "resolution", edit::string(n));
    }
    let next = next_copy(op, &act, t);
    let mut message = format!("done {}: {}", r.customer, truncate(&text, 60));
    if let Some((copy, _, next_due)) = next.clone() {
        message.push_str(&format!(" (next due {})", next_due.date()));
        edit::insert_activity(&mut doc, copy)?;
    }
    let committed = op.commit(Transaction::new(message).write(&r.customer, doc.to_string()))?;
    Ok(Done {
        outcome: Outcome {
            id: Some(r.id),
            committed,
            warnings: skipped,
        },
        next: next.map(|(_, id, due)| (id, due)),
    })
}

/// The next copy of a repeating task `a` (whose table is `t`): the same
/// task due one interval later (the first repeat after today), open, with
/// an id derived from `a`'s so that clones that both close `a` make the
/// same copy. Its `at` moves by as much as its due date.
fn next_copy(op: &Op, a: &Activity, t: &Table) -> Option<(Table, String, Due)> {
    let every = Every::parse(a.every.as_deref()?)?;
    let due = a.due?;
    let next_day = every.next_due(due.date(), op.now.date_naive())?;
    let shift = next_day - due.date();
    let clock = &op.store.settings().clock;
    let next_due = match due {
        Due::Date(_) => Due::Date(next_day),
        Due::At(at) => {
            let local = next_day.and_time(at.time());
            let offset = clock.offset_at(&local);
            Due::At(local.and_local_timezone(offset).single()?)
        }
    };
    let nid = id::derived_id('a', &format!("{}+{}", a.id, next_day));
    // The copy is set as much later as it is due, at the same local time.
    let set = a.at.naive_local() + shift;
    let at = set
        .and_local_timezone(clock.offset_at(&set))
        .single()
        .unwrap_or(a.at + shift);
    let mut copy = Table::new();
    for (k, v) in t.iter() {
        let v = match k {
            "id" => Item::Value(Value::from(nid.as_str())),
            "at" => Item::Value(edit::datetime(at)),
            "due" => Item::Value(due_value(next_due)),
            "done" => Item::Value(Value::from(false)),
            // What happened to this copy stays with it.
            "done_at" | "resolution" | "minutes" => continue,
            _ => v.clone(),
        };
        copy.insert(k, v);
    }
    // Fresh formatting, as crm writes new entries.
    for (_, v) in copy.iter_mut() {
        if let Some(v) = v.as_value_mut() {
            v.decor_mut().clear();
        }
    }
    Some((copy, nid, next_due))
}
