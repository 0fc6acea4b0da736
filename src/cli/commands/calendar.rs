//! `crm calendar`: the days of a week, a month or a period with what falls
//! on them.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::{self, Format, Prints};
use crate::cli::read::{PeriodArgs, ReadCtx, print, records};
use crm::interop::ics::{self, Component, Shape};
use crm::model::id::slugify;
use crm::query::{Interval, Period};
use crm::report::calendar::{self, Entry, Options, What};
use crm::{Error, Result};
use chrono::{Datelike, NaiveDate};
use serde_json::{Map, Value};
use std::io::Write;

/// What `crm calendar` prints: records in every `-f` format, and
/// iCalendar with `-f ics`.
pub const PRINTS: Prints = Prints::Only(&[
    Format::Table,
    Format::Csv,
    Format::Tsv,
    Format::Json,
    Format::Jsonl,
    Format::Ids,
    Format::Ics,
]);

/// Your calendar: day by day, meetings, tasks and complaints due, deals
/// expected to close, contracts ending, and contacts' birthdays.
///
/// This week by default; --month for this month; -p for any period (with
/// --week or --month: the week or month holding the period's first day).
/// Yours unless --all (meetings, tasks and complaints whose `by` is you;
/// deals and birthdays of customers you own). -f ics writes the days as
/// iCalendar, to open in a calendar program.
///
/// Example: crm calendar --month -p 'next month' --all
#[derive(Debug, clap::Args)]
pub struct CalendarArgs {
    /// A week, Monday to Sunday (the default).
    #[arg(long, conflicts_with = "month")]
    pub week: bool,
    /// A calendar month.
    #[arg(long)]
    pub month: bool,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Everybody's calendar, not only yours.
    #[arg(long)]
    pub all: bool,
}

/// The days of the view.
fn days(a: &CalendarArgs, today: NaiveDate) -> Result<Period> {
    let p = match a.period.during.as_deref() {
        Some(s) => Period::parse("-p", s, today)?,
        None => Period::inclusive(today, today),
    };
    if p.start == NaiveDate::MIN || p.end_exclusive == NaiveDate::MAX {
        return Err(Error::usage_hint(
            "-p: a calendar needs a period with a first and a last day",
            "e.g. -p 2026-12, -p 'next month', -p 2026-12-01..2026-12-14",
        ));
    }
    let unit = if a.month {
        Some(Interval::Monthly)
    } else if a.week || a.period.during.is_none() {
        Some(Interval::Weekly)
    } else {
        None
    };
    let p = match unit {
        Some(u) => u.containing(p.start).unwrap_or(p),
        None => p,
    };
    if (p.end_exclusive - p.start).num_days() > 3 * 366 {
        return Err(Error::usage_hint(
            "-p: a calendar covers at most three years",
            "pick a shorter period, e.g. -p 2026",
        ));
    }
    Ok(p)
}

/// Run `crm calendar`.
pub fn run(a: CalendarArgs, ctx: &Ctx) -> Result<()> {
    let rc = ReadCtx::open(ctx)?;
    let p = days(&a, rc.today)?;
    let user = if a.all {
        None
    } else {
        Some(ctx.op(&rc.store)?.user)
    };
    let o = Options {
        user: user.as_deref(),
        start: p.start,
        end_exclusive: p.end_exclusive,
        complaint_kinds: &rc.store.config.complaint_kinds,
    };
    let mut entries: Vec<Entry> = rc
        .scan(ctx, |c| {
            let e = calendar::entries_of(c, &o);
            (!e.is_empty()).then_some(e)
        })?
        .into_iter()
        .flatten()
        .collect();
    calendar::sort(&mut entries);
    match ctx.format_or(Format::Table) {
        Format::Table => human(ctx, &entries, &p, user.as_deref(), rc.today),
        Format::Ics => {
            let name = match &user {
                Some(u) => format!("crm: {u}, {p}"),
                None => format!("crm: {p}"),
            };
            let parts: Vec<Component> = entries.iter().map(component).collect();
            let cal = ics::wrap(&parts, rc.store.settings().clock.now(), &name);
            std::io::stdout()
                .lock()
                .write_all(cal.as_bytes())
                .map_err(out_err)
        }
        _ => print(
            ctx,
            &records(
                &entries,
                &["date", "time", "what", "customer", "id", "by", "text"],
                "customer",
            )?,
        ),
    }
}

/// An entry as a VTODO or VEVENT.
fn component(e: &Entry) -> Component<'_> {
    let (uid, shape, summary) = match e.what {
        What::Meeting => (
            format!("{}@crm", e.id.as_deref().unwrap_or("")),
            Shape::Timed,
            format!("{}: {}", e.name, e.text),
        ),
        What::Task => (
            format!("{}@crm", e.id.as_deref().unwrap_or("")),
            Shape::Todo,
            format!("{}: {}", e.name, e.text),
        ),
        What::Complaint => (
            format!("{}@crm", e.id.as_deref().unwrap_or("")),
            Shape::Todo,
            format!("Complaint from {}: {}", e.name, e.text),
        ),
        What::Deal => (
            format!("deal-{}@crm", e.id.as_deref().unwrap_or("")),
            Shape::AllDay,
            format!("{}: {}", e.name, e.text),
        ),
        // The entry's own UID (a contract's end and its notice deadline
        // are two events).
        What::Contract => (
            e.uid
                .clone()
                .unwrap_or_else(|| format!("contract-{}@crm", e.id.as_deref().unwrap_or(""))),
            Shape::AllDay,
            format!("{}: {}", e.name, e.text),
        ),
        What::Birthday => (
            format!(
                "birthday-{}-{}-{}@crm",
                e.customer,
                slugify(contact_of(&e.text)),
                e.date.year()
            ),
            Shape::AllDay,
            format!("Birthday: {} ({})", e.text, e.name),
        ),
    };
    let mut c = Component::new(uid, shape, summary, &e.customer);
    c.date = Some(e.date);
    c.at = e.at;
    c.minutes = e.minutes;
    c.description = e.description.as_deref();
    c.priority = e.priority.as_deref();
    c.by = e.by.as_deref();
    c.category = (e.what == What::Complaint).then_some("COMPLAINT");
    c
}

/// The human view: a heading, then a table of the days (every day of a
/// view up to a month long; the days with entries of a longer one),
/// fitted to the terminal.
fn human(
    ctx: &Ctx,
    entries: &[Entry],
    p: &Period,
    user: Option<&str>,
    today: NaiveDate,
) -> Result<()> {
    let last = p.last().unwrap_or(p.start);
    let whose = user.map_or("Everybody's".to_string(), |u| format!("{u}'s"));
    let span = if Interval::Weekly.containing(p.start) == Some(*p) {
        format!("week {}", p.start.iso_week().week())
    } else if Interval::Monthly.containing(p.start) == Some(*p) {
        p.start.format("%B %Y").to_string()
    } else {
        format!("{} days", (p.end_exclusive - p.start).num_days())
    };
    {
        let mut out = std::io::stdout().lock();
        let head = format!(
            "{whose} calendar, {span}: {} – {}",
            p.start.format("%a %Y-%m-%d"),
            last.format("%a %Y-%m-%d")
        );
        writeln!(out, "{}", ctx.bold(&head)).map_err(out_err)?;
    }
    let every_day = (p.end_exclusive - p.start).num_days() <= 31;
    let mut cols = vec!["day", "time", "what", "customer", "text"];
    if user.is_none() {
        cols.push("by");
    }
    let mut rec = output::Records::new(&cols);
    let mut row = |day: Option<NaiveDate>, e: Option<&Entry>| {
        let mut m = Map::new();
        let label = day.map(|d| {
            let s = d.format("%a %Y-%m-%d").to_string();
            if d == today { format!("{s} today") } else { s }
        });
        m.insert("day".into(), label.map_or(Value::Null, Value::from));
        if let Some(e) = e {
            m.insert("time".into(), e.time.clone().map_or(Value::Null, Value::from));
            m.insert("what".into(), Value::from(e.what.label()));
            m.insert("customer".into(), Value::from(e.customer.clone()));
            m.insert("text".into(), Value::from(e.text.clone()));
            m.insert("by".into(), e.by.clone().map_or(Value::Null, Value::from));
        } else {
            m.insert("what".into(), Value::from("-"));
        }
        rec.rows.push(m);
    };
    let mut i = 0;
    let mut d = p.start;
    while d < p.end_exclusive {
        let first = i;
        while i < entries.len() && entries[i].date == d {
            row((i == first).then_some(d), Some(&entries[i]));
            i += 1;
        }
        if i == first && every_day {
            row(Some(d), None);
        }
        let Some(next) = d.succ_opt() else { break };
        d = next;
    }
    if entries.is_empty() && !every_day {
        let mut out = std::io::stdout().lock();
        writeln!(out, "\nNothing in these days.").map_err(out_err)?;
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    output::render(&mut out, &rec, Format::Table, ctx.tty).map_err(out_err)
}

/// The contact's name in a birthday's text ("NAME turns N", or "NAME's
/// birthday" when the year is not known).
fn contact_of(text: &str) -> &str {
    text.split(" turns ")
        .next()
        .and_then(|t| t.strip_suffix("'s birthday").or(Some(t)))
        .unwrap_or(text)
}
