//! `crm import ics`: a calendar's events as meetings, its to-dos as tasks.
//!
//! Read with `calcard` (RFC 5545, time zones resolved through the file's
//! VTIMEZONEs, IANA and Windows zone names). Each VEVENT becomes a
//! `meeting` (a recurring one with an end, `COUNT` or `UNTIL`, one meeting
//! per occurrence; one without an end its first occurrence, said in the
//! report), each VTODO a `task` (`done` when COMPLETED). An entry goes to
//! the customers whose e-mail, or whose contact's, is an attendee's or the
//! organiser's (the contact names go into `with`), or to `--customer`. The
//! activity keeps the entry's UID (`uid`, and its start for an occurrence),
//! so importing the same file again changes nothing. Cancelled events are
//! reported, not imported; an entry that matches no customer is left out
//! and listed.

use super::csv_import::Issue;
use crate::error::{Error, Result};
use crate::model::{Customer, id};
use crate::store::{Store, Transaction, edit};
use calcard::common::timezone::Tz;
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType as C, ICalendarProperty as P,
    ICalendarStatus, ICalendarValue,
};
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use std::collections::HashMap;
use toml_edit::{DocumentMut, Item, Value};

/// What happened to one calendar entry (or occurrence).
#[derive(Debug, Clone, serde::Serialize)]
pub struct EntryReport {
    /// The entry's number in the file, from 1.
    pub entry: usize,
    /// meeting or task.
    pub kind: &'static str,
    /// created, updated, unchanged or skipped.
    pub action: &'static str,
    /// The customer id (`""` when none).
    pub customer: String,
    pub reason: String,
}

/// The result of planning a calendar import.
#[derive(Debug, Default)]
pub struct Plan {
    pub rows: Vec<EntryReport>,
    pub tx: Transaction,
    /// Entries left out (no customer), with the reason.
    pub issues: Vec<Issue>,
    pub entries: usize,
}

/// An occurrence of an event: its start and length in minutes.
type Occurrence = (DateTime<FixedOffset>, Option<i64>);

/// One activity to add.
struct Act {
    entry: usize,
    kind: &'static str,
    uid: String,
    at: DateTime<FixedOffset>,
    minutes: Option<u32>,
    text: String,
    due: Option<NaiveDate>,
    done: Option<bool>,
    emails: Vec<String>,
    organizer: Option<String>,
    note: Option<String>,
}

fn text(c: &ICalendarComponent, p: &P) -> Option<String> {
    c.property(p)
        .and_then(|e| e.values.first())
        .and_then(|v| v.as_text())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn when(
    c: &ICalendarComponent,
    p: &P,
    tz: &calcard::icalendar::timezone::TzResolver<&str>,
    default: Tz,
) -> Option<(DateTime<FixedOffset>, bool)> {
    let e = c.property(p)?;
    let dt = e.values.first()?.as_partial_date_time()?;
    let has_time = dt.has_time();
    let zone = e
        .tz_id()
        .map_or(default, |id| tz.resolve_or_default(Some(id)));
    let t = dt.to_date_time_with_tz(zone)?;
    Some((t.fixed_offset(), has_time))
}

fn addresses(c: &ICalendarComponent) -> (Vec<String>, Option<String>) {
    let mut out: Vec<String> = c
        .properties(&P::Attendee)
        .filter_map(|a| a.calendar_address())
        .map(|a| {
            a.trim_start_matches("mailto:")
                .trim_start_matches("MAILTO:")
                .to_lowercase()
        })
        .collect();
    let org = c
        .property(&P::Organizer)
        .and_then(|a| a.calendar_address())
        .map(|a| {
            a.trim_start_matches("mailto:")
                .trim_start_matches("MAILTO:")
                .to_lowercase()
        });
    out.extend(org.clone());
    out.dedup();
    (out, org)
}

/// Read the activities of a calendar text. `default_offset` is used for
/// floating times and all-day entries when the calendar names no zone.
fn activities(
    cal: &ICalendar,
    default_offset: FixedOffset,
    first_entry: &mut usize,
    issues: &mut Vec<(usize, String, String)>,
) -> Vec<Act> {
    let resolver = cal.build_tz_resolver();
    // The calendar's own zone (Google's X-WR-TIMEZONE) for all-day and
    // floating times.
    let wr = cal.components.first().and_then(|c| {
        c.entries.iter().find_map(|e| match &e.name {
            P::Other(n) if n.eq_ignore_ascii_case("X-WR-TIMEZONE") => e
                .values
                .first()
                .and_then(|v| v.as_text())
                .map(str::to_string),
            _ => None,
        })
    });
    let default = wr
        .as_deref()
        .map(|z| resolver.resolve_or_default(Some(z)))
        .filter(|z| !z.is_floating())
        .unwrap_or(Tz::Fixed(default_offset));
    // Events: expanded by calcard, with a rule that never ends cut to its
    // first occurrence (and said).
    let mut trimmed = cal.clone();
    let mut endless: HashMap<u32, String> = HashMap::new();
    for (i, comp) in trimmed.components.iter_mut().enumerate() {
        if comp.component_type != C::VEvent {
            if comp.component_type.has_time_ranges() {
                // To-dos and journals are read below, not expanded.
                comp.entries
                    .retain(|e| !matches!(e.name, P::Dtstart | P::Due | P::Rrule));
            }
            continue;
        }
        let rule = comp
            .entries
            .iter()
            .find_map(|e| match (&e.name, e.values.first()) {
                (P::Rrule, Some(ICalendarValue::RecurrenceRule(r))) => Some(r.clone()),
                _ => None,
            });
        if let Some(r) = rule
            && r.count.is_none()
            && r.until.is_none()
        {
            endless.insert(
                i as u32,
                format!(
                    "repeats {:?} without an end: only the first occurrence is imported",
                    r.freq
                )
                .to_lowercase(),
            );
            comp.entries
                .retain(|e| !matches!(e.name, P::Rrule | P::Rdate));
        }
    }
    let expanded = trimmed.expand_dates(default, 10_000);
    let mut by_comp: HashMap<u32, Vec<Occurrence>> = HashMap::new();
    for ev in &expanded.events {
        let start = ev.start.fixed_offset();
        let minutes = match &ev.end {
            calcard::icalendar::dates::TimeOrDelta::Time(t) => {
                Some((t.fixed_offset() - start).num_minutes())
            }
            calcard::icalendar::dates::TimeOrDelta::Delta(d) => Some(d.num_minutes()),
        };
        by_comp
            .entry(ev.comp_id)
            .or_default()
            .push((start, minutes));
    }
    let mut out = Vec::new();
    for (i, comp) in cal.components.iter().enumerate() {
        let kind = match comp.component_type {
            C::VEvent => "meeting",
            C::VTodo => "task",
            _ => continue,
        };
        *first_entry += 1;
        let entry = *first_entry;
        // Without a UID, one made of what the entry says, so a re-import
        // still finds it.
        let uid = comp.uid().map(str::to_string).unwrap_or_else(|| {
            let key = format!(
                "{:?}{:?}",
                text(comp, &P::Summary),
                comp.property(&P::Dtstart)
            );
            let h = key.bytes().fold(0xcbf29ce484222325u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
            });
            format!("crm-no-uid-{h:016x}")
        });
        let summary = text(comp, &P::Summary).unwrap_or_default();
        let mut body = summary.clone();
        if let Some(d) = text(comp, &P::Description) {
            body.push_str(&format!("\n{d}"));
        }
        if let Some(l) = text(comp, &P::Location) {
            body.push_str(&format!("\nLocation: {l}"));
        }
        let body = body.trim().to_string();
        let (emails, organizer) = addresses(comp);
        if comp.status() == Some(&ICalendarStatus::Cancelled) {
            issues.push((
                entry,
                uid.clone(),
                format!("'{summary}' is cancelled: not imported"),
            ));
            continue;
        }
        if kind == "meeting" {
            let all_day = comp
                .property(&P::Dtstart)
                .and_then(|e| e.values.first())
                .and_then(|v| v.as_partial_date_time())
                .is_some_and(|d| !d.has_time());
            let Some(occ) = by_comp.get(&(i as u32)) else {
                issues.push((
                    entry,
                    uid.clone(),
                    format!("'{summary}' has no start date: not imported"),
                ));
                continue;
            };
            let many = occ.len() > 1;
            for (at, minutes) in occ {
                let (minutes, days) = if all_day {
                    (None, minutes.map(|m| (m / (24 * 60)).max(1)))
                } else {
                    (
                        minutes
                            .and_then(|m| u32::try_from(m).ok())
                            .filter(|m| *m <= 7 * 24 * 60),
                        None,
                    )
                };
                let mut t = body.clone();
                if let Some(d) = days {
                    t.push_str(&format!(
                        "\n(all day{})",
                        if d > 1 {
                            format!(", {d} days")
                        } else {
                            String::new()
                        }
                    ));
                }
                out.push(Act {
                    entry,
                    kind,
                    uid: if many {
                        format!("{uid};{}", at.to_rfc3339())
                    } else {
                        uid.clone()
                    },
                    at: *at,
                    minutes,
                    text: t,
                    due: None,
                    done: None,
                    emails: emails.clone(),
                    organizer: organizer.clone(),
                    note: endless.get(&(i as u32)).cloned(),
                });
            }
        } else {
            let done = comp.status() == Some(&ICalendarStatus::Completed)
                || comp.property(&P::Completed).is_some();
            let due = when(comp, &P::Due, &resolver, default).map(|(t, _)| t.date_naive());
            let completed = when(comp, &P::Completed, &resolver, default).map(|(t, _)| t);
            let start = when(comp, &P::Dtstart, &resolver, default).map(|(t, _)| t);
            let created = when(comp, &P::Created, &resolver, default)
                .or_else(|| when(comp, &P::Dtstamp, &resolver, default))
                .map(|(t, _)| t);
            let at = if done {
                completed.or(start).or(created)
            } else {
                start.or(created)
            };
            let repeats = comp.property(&P::Rrule).is_some();
            let Some(at) = at.or(due.and_then(|d| {
                default
                    .from_local_datetime(&d.and_hms_opt(12, 0, 0)?)
                    .single()
                    .map(|t| t.fixed_offset())
            })) else {
                issues.push((
                    entry,
                    uid.clone(),
                    format!("'{summary}' has no date at all: not imported"),
                ));
                continue;
            };
            out.push(Act {
                entry,
                kind,
                uid: uid.clone(),
                at,
                minutes: None,
                text: body,
                due: due.or(Some(at.date_naive())),
                done: Some(done),
                emails,
                organizer,
                note: repeats
                    .then(|| "a repeating to-do: imported once, as the task it is now".to_string()),
            });
        }
    }
    out
}

/// Plan the import of a calendar file. `customer`: the customer id every
/// entry goes to (`--customer`), else matched by e-mail.
pub fn plan(
    store: &Store,
    bytes: &[u8],
    source: &str,
    customer: Option<&str>,
    user: &str,
    now: DateTime<FixedOffset>,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Plan> {
    let cfg = &store.config;
    let text = super::csv_import::decode(bytes)
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let mut parser = calcard::Parser::new(&text);
    let mut cals = Vec::new();
    let mut bad_lines = 0;
    loop {
        match parser.entry() {
            calcard::Entry::ICalendar(c) => cals.push(c),
            calcard::Entry::Eof => break,
            calcard::Entry::VCard(_) => {
                return Err(Error::parse(
                    source,
                    None,
                    None,
                    "this is a vCard file: import it with `crm import vcard`",
                ));
            }
            _ => bad_lines += 1,
        }
    }
    if cals.is_empty() {
        return Err(Error::parse(
            source,
            None,
            None,
            "no BEGIN:VCALENDAR … END:VCALENDAR found; is this an iCalendar file?",
        ));
    }
    for kind in ["meeting", "task"] {
        if !cfg.activity_kinds.iter().any(|k| k == kind) {
            return Err(Error::invalid(
                "activity_kinds",
                format!("crm.toml has no activity kind '{kind}', which calendar entries become"),
            ));
        }
    }
    let mut counter = 0;
    let mut skipped: Vec<(usize, String, String)> = Vec::new();
    let mut acts = Vec::new();
    for cal in &cals {
        acts.extend(activities(cal, *now.offset(), &mut counter, &mut skipped));
    }
    // E-mail → (customer id, contact name).
    let (heads, _) = store.scan_heads(|c: &mut Customer| {
        let mut v: Vec<(String, String, Option<String>)> = Vec::new();
        if let Some(e) = &c.email {
            v.push((e.to_lowercase(), c.id.clone(), None));
        }
        for p in &c.contacts {
            if let Some(e) = &p.email {
                v.push((e.to_lowercase(), c.id.clone(), Some(p.name.clone())));
            }
        }
        Some(v)
    })?;
    let mut by_email: HashMap<String, (String, Option<String>)> = HashMap::new();
    for v in heads {
        for (e, id, name) in v {
            by_email.entry(e).or_insert((id, name));
        }
    }
    let mut plan = Plan {
        entries: counter,
        ..Default::default()
    };
    for (entry, uid, why) in &skipped {
        plan.rows.push(EntryReport {
            entry: *entry,
            kind: "meeting",
            action: "skipped",
            customer: String::new(),
            reason: format!("{why} (UID {uid})"),
        });
    }
    let mut docs: HashMap<String, (String, DocumentMut)> = HashMap::new();
    let total = acts.len();
    for (n, a) in acts.into_iter().enumerate() {
        progress(n, total);
        // Whose: --customer, else every customer an address belongs to.
        let mut targets: Vec<(String, Vec<String>)> = Vec::new();
        if let Some(c) = customer {
            let names = a
                .emails
                .iter()
                .filter_map(|e| by_email.get(e))
                .filter(|(id, _)| id == c)
                .filter_map(|(_, n)| n.clone())
                .collect();
            targets.push((c.to_string(), names));
        } else {
            for e in &a.emails {
                if let Some((id, name)) = by_email.get(e) {
                    match targets.iter_mut().find(|(t, _)| t == id) {
                        Some((_, names)) => names.extend(name.clone()),
                        None => targets.push((id.clone(), name.iter().cloned().collect())),
                    }
                }
            }
        }
        if targets.is_empty() {
            let why = if a.emails.is_empty() {
                "names no attendee or organiser".to_string()
            } else {
                format!(
                    "no customer or contact has the e-mail {}",
                    a.emails.join(", ")
                )
            };
            plan.issues.push(Issue {
                row: a.entry,
                column: "UID".into(),
                value: a.uid.clone(),
                reason: format!(
                    "'{}' {why}; name one with --customer",
                    a.text.lines().next().unwrap_or("")
                ),
                kept: false,
            });
            plan.rows.push(EntryReport {
                entry: a.entry,
                kind: a.kind,
                action: "skipped",
                customer: String::new(),
                reason: format!("{why}; name the customer with --customer"),
            });
            continue;
        }
        let by = a
            .organizer
            .as_deref()
            .and_then(|o| cfg.handle_for_email(o))
            .unwrap_or(user)
            .to_string();
        for (cid, names) in targets {
            if !docs.contains_key(&cid) {
                let text = store.read_text(&cid)?;
                let doc = edit::parse(&Store::rel_path(&cid), &text)?;
                docs.insert(cid.clone(), (text, doc));
            }
            let (_, doc) = docs.get_mut(&cid).expect("inserted above");
            let existing = doc
                .get("activities")
                .and_then(Item::as_array_of_tables)
                .and_then(|arr| {
                    arr.iter()
                        .position(|t| t.get("uid").and_then(Item::as_str) == Some(a.uid.as_str()))
                });
            let action = match existing {
                Some(i) => {
                    // Only a to-do done since brings a change.
                    let arr = edit::tables_mut(doc, "activities")?;
                    let t = arr.get_mut(i).expect("position above");
                    if a.done == Some(true) && t.get("done").and_then(Item::as_bool) == Some(false)
                    {
                        edit::set(t, "done", Value::from(true));
                        "updated"
                    } else {
                        "unchanged"
                    }
                }
                None => {
                    let mut pairs = vec![
                        ("id", Value::from(id::new_id('a'))),
                        ("at", edit::datetime(a.at)),
                        ("kind", Value::from(a.kind)),
                        ("by", Value::from(by.as_str())),
                    ];
                    let mut names = names.clone();
                    names.dedup();
                    if !names.is_empty() {
                        pairs.push(("with", edit::string(&names.join(", "))));
                    }
                    if !a.text.is_empty() {
                        pairs.push(("text", edit::string(&a.text)));
                    }
                    if let Some(m) = a.minutes {
                        pairs.push(("minutes", Value::from(i64::from(m))));
                    }
                    if let Some(d) = a.due {
                        pairs.push(("due", edit::date(d)));
                        pairs.push(("done", Value::from(a.done.unwrap_or(false))));
                    }
                    pairs.push(("uid", edit::string(&a.uid)));
                    edit::insert_activity(doc, edit::table(pairs))?;
                    "created"
                }
            };
            plan.rows.push(EntryReport {
                entry: a.entry,
                kind: a.kind,
                action,
                customer: cid.clone(),
                reason: a.note.clone().unwrap_or_default(),
            });
        }
    }
    progress(total, total);
    if bad_lines > 0 {
        plan.issues.push(Issue {
            row: 0,
            column: String::new(),
            value: String::new(),
            reason: format!("{bad_lines} line(s) of the file are not iCalendar and were not read"),
            kept: false,
        });
    }
    let mut tx = Transaction::new("");
    let mut ids: Vec<&String> = docs.keys().collect();
    ids.sort();
    for cid in ids {
        let (old, doc) = &docs[cid];
        let text = doc.to_string();
        if *old != text {
            let c = Customer::parse(cid, &text).map_err(|e| e.in_file(Store::rel_path(cid)))?;
            crate::store::check_valid(&c, cfg, &Store::rel_path(cid))?;
            tx = tx.write(cid, text);
        }
    }
    let count = |a: &str| plan.rows.iter().filter(|r| r.action == a).count();
    tx.message = format!(
        "import ics {source}: {} created, {} updated, {} skipped",
        count("created"),
        count("updated"),
        count("skipped")
    );
    plan.tx = tx;
    Ok(plan)
}
