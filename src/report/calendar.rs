//! `crm calendar`: the days of a week, a month or any period, each with
//! what falls on it — meetings, open tasks and complaints due, deals
//! expected to close, contracts' ends (or renewals) and last days to give
//! notice, and contacts' birthdays.
//!
//! "Mine" as in the agenda: meetings, tasks and complaints whose `by` is
//! me; deals and birthdays of the customers I own (a deal's own `owner`
//! first). Done tasks and closed complaints are not shown: the calendar
//! is what is still to do. Entries are gathered customer by customer
//! ([`entries_of`]) and then [`sort`]ed.
//!
//! Extension point: another kind of dated entry is one more [`What`] and
//! a few lines in [`entries_of`].

use crate::model::birthday::Birthday;
use crate::model::{Customer, Due};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use serde::Serialize;

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum What {
    Meeting,
    Task,
    Complaint,
    Deal,
    Contract,
    Birthday,
}

impl What {
    /// As shown in the human view.
    pub fn label(self) -> &'static str {
        match self {
            What::Meeting => "meeting",
            What::Task => "task",
            What::Complaint => "complaint",
            What::Deal => "deal",
            What::Contract => "contract",
            What::Birthday => "birthday",
        }
    }
}

/// One entry of the calendar.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub date: NaiveDate,
    /// `HH:MM` for meetings and tasks due at a time.
    pub time: Option<String>,
    pub what: What,
    pub customer: String,
    pub name: String,
    /// The activity's or deal's id.
    pub id: Option<String>,
    /// Whose: the activity's `by`, the deal's owner, the customer's owner.
    pub by: Option<String>,
    /// The first line of the text, the deal's title, "NAME turns N".
    pub text: String,
    /// For iCalendar: a meeting's start, a task's due moment.
    #[serde(skip)]
    pub at: Option<DateTime<FixedOffset>>,
    /// For iCalendar: a meeting's length.
    #[serde(skip)]
    pub minutes: Option<u32>,
    /// For iCalendar: the whole text.
    #[serde(skip)]
    pub description: Option<String>,
    /// For iCalendar: a task's repeat interval and priority.
    #[serde(skip)]
    pub every: Option<String>,
    #[serde(skip)]
    pub priority: Option<String>,
    /// For iCalendar: the UID, where the id alone does not make one (a
    /// contract's end and its notice deadline are two events, with the
    /// UIDs `crm export ics` gives them).
    #[serde(skip)]
    pub uid: Option<String>,
}

/// Which days, and whose entries.
pub struct Options<'a> {
    /// `None`: everybody's (`--all`).
    pub user: Option<&'a str>,
    pub start: NaiveDate,
    pub end_exclusive: NaiveDate,
    /// crm.toml's `complaint_kinds`.
    pub complaint_kinds: &'a [String],
}

/// The entries of customer `c` in the period, unsorted.
pub fn entries_of(c: &Customer, o: &Options) -> Vec<Entry> {
    let within = |d: NaiveDate| o.start <= d && d < o.end_exclusive;
    let mine = |who: Option<&str>| o.user.is_none() || who == o.user;
    let mut out = Vec::new();
    let entry = |date, what, id: Option<&str>, by: Option<&str>, text: String| Entry {
        date,
        time: None,
        what,
        customer: c.id.clone(),
        name: c.name.clone(),
        id: id.map(str::to_string),
        by: by.map(str::to_string),
        text,
        at: None,
        minutes: None,
        description: None,
        every: None,
        priority: None,
        uid: None,
    };
    for a in &c.activities {
        if !mine(a.by.as_deref()) {
            continue;
        }
        let first = || {
            a.text
                .as_deref()
                .and_then(|t| t.lines().next())
                .unwrap_or("")
                .to_string()
        };
        if a.is_open_task() {
            let Some(due) = a.due.filter(|d| within(d.date())) else {
                continue;
            };
            let what = if o.complaint_kinds.contains(&a.kind) {
                What::Complaint
            } else {
                What::Task
            };
            let mut e = entry(due.date(), what, Some(&a.id), a.by.as_deref(), first());
            if let Due::At(t) = due {
                e.time = Some(t.format("%H:%M").to_string());
                e.at = Some(t);
            }
            e.description = a.text.clone();
            e.every = a.every.clone();
            e.priority = a.priority.clone();
            out.push(e);
        } else if a.kind == "meeting" && within(a.at.date_naive()) {
            let mut text = first();
            if let Some(w) = &a.with {
                text = if text.is_empty() {
                    format!("with {w}")
                } else {
                    format!("{text} (with {w})")
                };
            }
            let mut e = entry(
                a.at.date_naive(),
                What::Meeting,
                Some(&a.id),
                a.by.as_deref(),
                text,
            );
            e.time = Some(a.at.format("%H:%M").to_string());
            e.at = Some(a.at);
            e.minutes = a.minutes;
            e.description = a.text.clone();
            out.push(e);
        }
    }
    for k in &c.contracts {
        let owner = k.owner.as_deref().or(c.owner.as_deref());
        // The term that ends on or after the first day shown.
        let Some(end) = k.end_on_or_after(o.start).filter(|_| mine(owner)) else {
            continue;
        };
        let what = k.end_word();
        if within(end) {
            let text = format!("contract {what}: {}", k.title);
            let mut e = entry(end, What::Contract, Some(&k.id), owner, text);
            e.uid = Some(format!("contract-end-{}@crm", k.id));
            out.push(e);
        }
        if let Some(n) = k.notice_before(end).filter(|n| within(*n)) {
            let text = format!("notice deadline: {} ({what} {end})", k.title);
            let mut e = entry(n, What::Contract, Some(&k.id), owner, text);
            e.uid = Some(format!("contract-notice-{}@crm", k.id));
            out.push(e);
        }
    }
    for d in &c.deals {
        let owner = d.owner.as_deref().or(c.owner.as_deref());
        if !mine(owner) {
            continue;
        }
        if d.stage == "won" || d.stage == "lost" {
            continue;
        }
        if let Some(x) = d.expected.filter(|x| within(*x)) {
            let currency = d.currency.as_deref().unwrap_or("");
            let text = format!(
                "expected to close: {} ({} {currency})",
                d.title,
                d.amount.normalize()
            );
            out.push(entry(
                x,
                What::Deal,
                Some(&d.id),
                owner,
                text.trim_end().to_string(),
            ));
        }
    }
    if mine(c.owner.as_deref()) {
        for p in &c.contacts {
            let Some(born) = p.birthday else { continue };
            for y in o.start.year()..=o.end_exclusive.year() {
                let Some(day) = birthday_in(born, y) else {
                    continue;
                };
                if within(day) {
                    // A birthday without a year says whose it is, not how
                    // old (as the agenda does).
                    let text = match born.year() {
                        Some(b) => format!("{} turns {}", p.name, y - b),
                        None => format!("{}'s birthday", p.name),
                    };
                    out.push(entry(day, What::Birthday, None, c.owner.as_deref(), text));
                }
            }
        }
    }
    out
}

/// The birthday of someone born on `born` in year `y` (29 February: 28
/// February in other years, as the agenda keeps it).
fn birthday_in(born: Birthday, y: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, born.month(), born.day())
        .or_else(|| NaiveDate::from_ymd_opt(y, born.month(), born.day() - 1))
}

/// By date, then time (untimed entries first), what, customer, id.
pub fn sort(entries: &mut [Entry]) {
    entries.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then_with(|| a.time.cmp(&b.time))
            .then_with(|| a.what.cmp(&b.what))
            .then_with(|| a.customer.cmp(&b.customer))
            .then_with(|| a.id.cmp(&b.id))
            .then_with(|| a.text.cmp(&b.text))
    });
}
