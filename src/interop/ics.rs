//! iCalendar output: `crm export ics` (a calendar to subscribe to) and
//! `crm calendar -f ics` (the days of a view).
//!
//! `crm export ics`: open tasks and follow-ups as VTODO (DUE a date or a
//! moment; a repeating task with its RRULE; undated tasks without DUE),
//! open complaints as VTODO with `CATEGORIES:COMPLAINT`, meetings as
//! VEVENT, each contract's next end (or renewal) and last day to give
//! notice as all-day VEVENTs, and contacts' birthdays as yearly all-day
//! VEVENTs. UIDs are stable (the activity id; the contract id; customer id
//! and contact name for birthdays), so a calendar that imports the file
//! again updates its entries instead of duplicating them.

use super::vcard::{escape, fold};
use crate::model::birthday::Birthday;
use crate::model::recur::Every;
use crate::model::{Activity, Customer, Due, id::slugify};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Utc};

fn utc(t: DateTime<FixedOffset>) -> String {
    t.with_timezone(&Utc).format("%Y%m%dT%H%M%SZ").to_string()
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// What a component is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A VTODO (a task or a complaint).
    Todo,
    /// A VEVENT at a time, lasting some minutes (a meeting).
    Timed,
    /// An all-day VEVENT (a birthday, a deal's date).
    AllDay,
}

/// One VTODO or VEVENT.
#[derive(Debug, Clone)]
pub struct Component<'a> {
    pub uid: String,
    pub shape: Shape,
    /// The day: an all-day event's, a to-do's due day.
    pub date: Option<NaiveDate>,
    /// A timed event's start, a to-do's due moment.
    pub at: Option<DateTime<FixedOffset>>,
    /// A timed event's length (default 60).
    pub minutes: Option<u32>,
    pub summary: String,
    pub description: Option<&'a str>,
    /// RRULE value (`FREQ=WEEKLY`).
    pub rrule: Option<String>,
    /// A to-do's start (DTSTART), which a repeating to-do needs.
    pub start: Option<NaiveDate>,
    /// `high`, `medium`, `low` → PRIORITY 1, 5, 9.
    pub priority: Option<&'a str>,
    pub category: Option<&'static str>,
    pub customer: &'a str,
    pub by: Option<&'a str>,
}

impl<'a> Component<'a> {
    /// A bare component of `shape` about customer `customer`.
    pub fn new(uid: String, shape: Shape, summary: String, customer: &'a str) -> Self {
        Component {
            uid,
            shape,
            date: None,
            at: None,
            minutes: None,
            summary,
            description: None,
            rrule: None,
            start: None,
            priority: None,
            category: None,
            customer,
            by: None,
        }
    }

    /// Append the component's lines to `out`; `stamp` is DTSTAMP.
    pub fn write(&self, out: &mut String, stamp: &str) {
        let todo = self.shape == Shape::Todo;
        out.push_str(if todo {
            "BEGIN:VTODO\r\n"
        } else {
            "BEGIN:VEVENT\r\n"
        });
        out.push_str(&fold(&format!("UID:{}", self.uid)));
        out.push_str(&format!("DTSTAMP:{stamp}\r\n"));
        match self.shape {
            Shape::Todo => {
                if let Some(s) = self.start {
                    out.push_str(&format!("DTSTART;VALUE=DATE:{}\r\n", ymd(s)));
                }
                match (self.at, self.date) {
                    (Some(t), _) => out.push_str(&format!("DUE:{}\r\n", utc(t))),
                    (None, Some(d)) => out.push_str(&format!("DUE;VALUE=DATE:{}\r\n", ymd(d))),
                    _ => {}
                }
            }
            Shape::Timed => {
                if let Some(t) = self.at {
                    let minutes = i64::from(self.minutes.filter(|m| *m > 0).unwrap_or(60));
                    out.push_str(&format!("DTSTART:{}\r\n", utc(t)));
                    out.push_str(&format!(
                        "DTEND:{}\r\n",
                        utc(t + Duration::minutes(minutes))
                    ));
                }
            }
            Shape::AllDay => {
                if let Some(d) = self.date {
                    out.push_str(&format!("DTSTART;VALUE=DATE:{}\r\n", ymd(d)));
                    out.push_str(&format!(
                        "DTEND;VALUE=DATE:{}\r\n",
                        ymd(d + Duration::days(1))
                    ));
                }
            }
        }
        if let Some(r) = &self.rrule {
            out.push_str(&format!("RRULE:{r}\r\n"));
        }
        out.push_str(&fold(&format!("SUMMARY:{}", escape(&self.summary))));
        if let Some(d) = self.description.map(str::trim).filter(|d| !d.is_empty()) {
            out.push_str(&fold(&format!("DESCRIPTION:{}", escape(d))));
        }
        if let Some(p) = self.priority {
            let n = match p {
                "high" => 1,
                "medium" => 5,
                _ => 9,
            };
            out.push_str(&format!("PRIORITY:{n}\r\n"));
        }
        if let Some(c) = self.category {
            out.push_str(&format!("CATEGORIES:{c}\r\n"));
        }
        if let Some(by) = self.by {
            out.push_str(&fold(&format!("X-CRM-BY:{}", escape(by))));
        }
        out.push_str(&fold(&format!("X-CRM-CUSTOMER:{}", self.customer)));
        if todo {
            out.push_str("STATUS:NEEDS-ACTION\r\nEND:VTODO\r\n");
        } else {
            if self.shape == Shape::AllDay {
                out.push_str("TRANSP:TRANSPARENT\r\n");
            }
            out.push_str("END:VEVENT\r\n");
        }
    }
}

/// The to-do of an open task, follow-up or complaint `a` of customer `c`.
pub fn todo<'a>(c: &'a Customer, a: &'a Activity, complaint: bool) -> Component<'a> {
    let first = a
        .text
        .as_deref()
        .and_then(|t| t.trim().lines().next())
        .unwrap_or("");
    let summary = if complaint {
        format!("Complaint from {}: {first}", c.name)
    } else {
        format!("{}: {first}", c.name)
    };
    let mut t = Component::new(format!("{}@crm", a.id), Shape::Todo, summary, &c.id);
    t.description = a.text.as_deref();
    t.by = a.by.as_deref();
    t.priority = a.priority.as_deref();
    t.category = complaint.then_some("COMPLAINT");
    match a.due {
        Some(Due::At(at)) => t.at = Some(at),
        Some(Due::Date(d)) => t.date = Some(d),
        None => {}
    }
    // A repeating to-do counts from DTSTART, which must come before DUE:
    // the day it was set, or the day before it is due.
    if let (Some(every), Some(due)) = (a.every.as_deref().and_then(Every::parse), a.due) {
        t.rrule = Some(every.rrule());
        let day = due.date();
        let set = a.at.date_naive();
        t.start = Some(if set < day {
            set
        } else {
            day - Duration::days(1)
        });
    }
    t
}

/// The event of a meeting `a` of customer `c`.
pub fn meeting<'a>(c: &'a Customer, a: &'a Activity) -> Component<'a> {
    let first = a
        .text
        .as_deref()
        .and_then(|t| t.trim().lines().next())
        .unwrap_or("");
    let with = a
        .with
        .as_deref()
        .map(|w| format!(" with {w}"))
        .unwrap_or_default();
    let mut e = Component::new(
        format!("{}@crm", a.id),
        Shape::Timed,
        format!("{}{with}: {first}", c.name),
        &c.id,
    );
    e.at = Some(a.at);
    e.minutes = a.minutes;
    e.description = a.text.as_deref();
    e
}

/// A contract's next end (or renewal) from `today`, and the last day to
/// give notice before it, as all-day events.
pub fn contract_events(c: &Customer, today: NaiveDate) -> Vec<Component<'_>> {
    let mut out = Vec::new();
    for k in &c.contracts {
        let Some(end) = k.end_on_or_after(today).or(k.end) else {
            continue;
        };
        let what = k.end_word();
        let by = k.owner.as_deref().or(c.owner.as_deref());
        let mut event = |uid: String, day: NaiveDate, summary: String| {
            let mut e = Component::new(uid, Shape::AllDay, summary, &c.id);
            e.date = Some(day);
            e.by = by;
            out.push(e);
        };
        event(
            format!("contract-end-{}@crm", k.id),
            end,
            format!("Contract {what}: {} ({})", k.title, c.name),
        );
        if let Some(n) = k.notice_before(end) {
            event(
                format!("contract-notice-{}@crm", k.id),
                n,
                format!("Notice deadline: {} ({}) {what} {end}", k.title, c.name),
            );
        }
    }
    out
}

/// The calendar of `customers` for `crm export ics` (CRLF, folded):
/// `complaint_kinds` are crm.toml's.
pub fn calendar(
    customers: &[&Customer],
    now: DateTime<FixedOffset>,
    complaint_kinds: &[String],
) -> String {
    let mut parts = Vec::new();
    for c in customers {
        for a in &c.activities {
            if a.is_open_task() {
                parts.push(todo(c, a, complaint_kinds.contains(&a.kind)));
            } else if a.kind == "meeting" {
                parts.push(meeting(c, a));
            }
        }
        parts.extend(contract_events(c, now.date_naive()));
        for p in &c.contacts {
            let Some(b) = p.birthday else { continue };
            // Without the year, the series starts in 2000 (a leap year,
            // so 29 February has a first day too).
            let first = match b {
                Birthday::Date(d) => Some(d),
                Birthday::NoYear { month, day } => NaiveDate::from_ymd_opt(2000, month, day),
            };
            let Some(first) = first else { continue };
            let mut e = Component::new(
                format!("birthday-{}-{}@crm", c.id, slugify(&p.name)),
                Shape::AllDay,
                format!("Birthday: {} ({})", p.name, c.name),
                &c.id,
            );
            e.date = Some(first);
            e.rrule = Some("FREQ=YEARLY".into());
            parts.push(e);
        }
    }
    wrap(&parts, now, "crm")
}

/// Components as one VCALENDAR named `name`.
pub fn wrap(parts: &[Component], now: DateTime<FixedOffset>, name: &str) -> String {
    let stamp = utc(now);
    let mut out = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//crm//crm//EN\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:{}\r\n",
        escape(name)
    );
    for p in parts {
        p.write(&mut out, &stamp);
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}
