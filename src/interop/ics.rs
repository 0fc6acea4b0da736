//! `crm export ics`: open tasks as VTODO with DUE, meetings as VEVENT,
//! contacts' birthdays as yearly all-day VEVENTs, and each contract's next
//! end (or renewal) and last day to give notice as all-day VEVENTs — a
//! calendar to subscribe to. UIDs are stable (the activity id; customer id
//! and contact name for birthdays; the contract id), so a calendar that
//! imports the file again updates its entries instead of duplicating them.

use super::vcard::{escape, fold};
use crate::model::birthday::Birthday;
use crate::model::{Customer, id::slugify};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Utc};

fn utc(t: DateTime<FixedOffset>) -> String {
    t.with_timezone(&Utc).format("%Y%m%dT%H%M%SZ").to_string()
}

/// The calendar of `customers` as iCalendar text (CRLF, folded).
pub fn calendar(customers: &[&Customer], now: DateTime<FixedOffset>) -> String {
    let stamp = utc(now);
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//crm//crm export ics//EN\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:crm\r\n",
    );
    for c in customers {
        for a in &c.activities {
            let text = a.text.as_deref().unwrap_or("").trim();
            let first = text.lines().next().unwrap_or("");
            if a.is_open_task()
                && let Some(due) = a.due
            {
                out.push_str("BEGIN:VTODO\r\n");
                out.push_str(&fold(&format!("UID:{}@crm", a.id)));
                out.push_str(&format!("DTSTAMP:{stamp}\r\n"));
                out.push_str(&format!("DUE;VALUE=DATE:{}\r\n", due.format("%Y%m%d")));
                out.push_str(&fold(&format!(
                    "SUMMARY:{}",
                    escape(&format!("{}: {first}", c.name))
                )));
                out.push_str(&fold(&format!("DESCRIPTION:{}", escape(text))));
                if let Some(by) = &a.by {
                    out.push_str(&fold(&format!("X-CRM-BY:{}", escape(by))));
                }
                out.push_str(&fold(&format!("X-CRM-CUSTOMER:{}", c.id)));
                out.push_str("STATUS:NEEDS-ACTION\r\nEND:VTODO\r\n");
            } else if a.kind == "meeting" {
                let minutes = i64::from(a.minutes.filter(|m| *m > 0).unwrap_or(60));
                out.push_str("BEGIN:VEVENT\r\n");
                out.push_str(&fold(&format!("UID:{}@crm", a.id)));
                out.push_str(&format!("DTSTAMP:{stamp}\r\n"));
                out.push_str(&format!("DTSTART:{}\r\n", utc(a.at)));
                out.push_str(&format!(
                    "DTEND:{}\r\n",
                    utc(a.at + Duration::minutes(minutes))
                ));
                let with = a
                    .with
                    .as_deref()
                    .map(|w| format!(" with {w}"))
                    .unwrap_or_default();
                out.push_str(&fold(&format!(
                    "SUMMARY:{}",
                    escape(&format!("{}{with}: {first}", c.name))
                )));
                if !text.is_empty() {
                    out.push_str(&fold(&format!("DESCRIPTION:{}", escape(text))));
                }
                out.push_str(&fold(&format!("X-CRM-CUSTOMER:{}", c.id)));
                out.push_str("END:VEVENT\r\n");
            }
        }
        for p in &c.contacts {
            let Some(b) = p.birthday else { continue };
            out.push_str("BEGIN:VEVENT\r\n");
            out.push_str(&fold(&format!(
                "UID:birthday-{}-{}@crm",
                c.id,
                slugify(&p.name)
            )));
            out.push_str(&format!("DTSTAMP:{stamp}\r\n"));
            // Without the year, the series starts in 2000 (a leap year,
            // so 29 February has a first day too).
            let first = match b {
                Birthday::Date(d) => Some(d),
                Birthday::NoYear { month, day } => NaiveDate::from_ymd_opt(2000, month, day),
            };
            let Some(first) = first else { continue };
            out.push_str(&format!(
                "DTSTART;VALUE=DATE:{}\r\n",
                first.format("%Y%m%d")
            ));
            out.push_str(&format!(
                "DTEND;VALUE=DATE:{}\r\n",
                (first + Duration::days(1)).format("%Y%m%d")
            ));
            out.push_str("RRULE:FREQ=YEARLY\r\n");
            out.push_str(&fold(&format!(
                "SUMMARY:{}",
                escape(&format!("Birthday: {} ({})", p.name, c.name))
            )));
            out.push_str("TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n");
        }
    }
    for c in customers {
        contracts(&mut out, c, now.date_naive(), &stamp);
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// A contract's next end (or renewal) from `today`, and the last day to
/// give notice before it, as all-day events.
fn contracts(out: &mut String, c: &Customer, today: chrono::NaiveDate, stamp: &str) {
    for k in &c.contracts {
        let Some(end) = k.end_on_or_after(today).or(k.end) else {
            continue;
        };
        let what = if k.renews() { "renews" } else { "ends" };
        let mut event = |uid: &str, day: chrono::NaiveDate, summary: String| {
            out.push_str("BEGIN:VEVENT\r\n");
            out.push_str(&fold(&format!("UID:{uid}@crm")));
            out.push_str(&format!("DTSTAMP:{stamp}\r\n"));
            out.push_str(&format!("DTSTART;VALUE=DATE:{}\r\n", day.format("%Y%m%d")));
            out.push_str(&format!(
                "DTEND;VALUE=DATE:{}\r\n",
                (day + Duration::days(1)).format("%Y%m%d")
            ));
            out.push_str(&fold(&format!("SUMMARY:{}", escape(&summary))));
            out.push_str(&fold(&format!("X-CRM-CUSTOMER:{}", c.id)));
            out.push_str("TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n");
        };
        event(
            &format!("contract-end-{}", k.id),
            end,
            format!("Contract {what}: {} ({})", k.title, c.name),
        );
        if k.notice_span().is_some() {
            event(
                &format!("contract-notice-{}", k.id),
                k.notice_by(end),
                format!("Notice deadline: {} ({}) {what} {end}", k.title, c.name),
            );
        }
    }
}
