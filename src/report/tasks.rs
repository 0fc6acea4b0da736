//! `crm task ls` and `crm complaint ls`: tasks, follow-ups and complaints
//! as rows, open ones by default, overdue first and undated last.

use crate::model::{Activity, Customer};
use crate::query::lang::Query;
use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

/// One task, follow-up or complaint.
#[derive(Debug, Clone, Serialize)]
pub struct TaskRow {
    /// The activity's id.
    pub id: String,
    pub customer: String,
    pub name: String,
    pub kind: String,
    /// Whose it is.
    pub by: Option<String>,
    /// When it was set (a complaint: when it was opened), RFC 3339.
    pub at: String,
    /// `2026-12-01`, or `2026-12-24T10:00:00+02:00`; null without a date.
    pub due: Option<String>,
    /// Open and due before today.
    pub overdue: bool,
    pub priority: Option<String>,
    pub every: Option<String>,
    /// The text (its first line in a table).
    pub text: Option<String>,
    pub done: bool,
    /// When it was done, RFC 3339.
    pub done_at: Option<String>,
    pub resolution: Option<String>,
    #[serde(skip)]
    key: (bool, Option<(NaiveDate, NaiveTime)>, usize),
}

/// The columns of `-f csv|tsv` (the JSON keys, in order).
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "customer",
    "name",
    "kind",
    "by",
    "at",
    "due",
    "overdue",
    "priority",
    "every",
    "text",
    "done",
    "done_at",
    "resolution",
];

/// Which rows.
pub struct Options<'a> {
    /// `None`: everybody's.
    pub user: Option<&'a str>,
    /// Done (closed) ones instead of open ones.
    pub done: bool,
    /// Complaints instead of tasks.
    pub complaints: bool,
    pub complaint_kinds: &'a [String],
    pub today: NaiveDate,
}

/// The rows of customer `c` that pass `query`.
pub fn rows_of(c: &Customer, query: &Query, o: &Options) -> Vec<TaskRow> {
    let mut out = Vec::new();
    for a in &c.activities {
        let complaint = o.complaint_kinds.contains(&a.kind);
        if complaint != o.complaints
            || !(a.is_task() || complaint)
            || (a.done == Some(true)) != o.done
            || (o.user.is_some() && a.by.as_deref() != o.user)
            || !query.matches_activity(c, a)
        {
            continue;
        }
        out.push(row(c, a, o.today));
    }
    out
}

fn row(c: &Customer, a: &Activity, today: NaiveDate) -> TaskRow {
    let done = a.done == Some(true);
    let rank = match a.priority.as_deref() {
        Some("high") => 0,
        Some("medium") => 1,
        Some("low") => 3,
        _ => 2,
    };
    TaskRow {
        id: a.id.clone(),
        customer: c.id.clone(),
        name: c.name.clone(),
        kind: a.kind.clone(),
        by: a.by.clone(),
        at: a.at.to_rfc3339(),
        due: a.due.map(|d| d.to_string()),
        overdue: !done && a.due_date().is_some_and(|d| d < today),
        priority: a.priority.clone(),
        every: a.every.clone(),
        text: a.text.clone(),
        done,
        done_at: a.done_at.map(|t| t.to_rfc3339()),
        resolution: a.resolution.clone(),
        key: (a.due.is_none(), a.due.map(|d| d.sort_key()), rank),
    }
}

/// By due date and time (undated last), then priority (high first),
/// customer, id.
pub fn sort(rows: &mut [TaskRow]) {
    rows.sort_by(|a, b| {
        a.key
            .cmp(&b.key)
            .then_with(|| a.customer.cmp(&b.customer))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// For a table: `due` and `done_at` moments as `2026-12-24 10:00`, and
/// an overdue due date marked `!`.
pub fn shorten_due(rows: &mut [serde_json::Map<String, serde_json::Value>]) {
    for r in rows {
        let overdue = r.get("overdue").and_then(serde_json::Value::as_bool) == Some(true);
        for key in ["due", "done_at"] {
            if let Some(serde_json::Value::String(s)) = r.get_mut(key) {
                if s.len() > 16 && s.as_bytes()[10] == b'T' {
                    *s = format!("{} {}", &s[..10], &s[11..16]);
                }
                if key == "due" && overdue {
                    s.push_str(" !");
                }
            }
        }
    }
}
