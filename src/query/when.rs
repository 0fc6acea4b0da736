//! Dates and times as people type them.
//!
//! Dates: `2026-12-01`, `1.12.2026` (as written in Estonia and Finland),
//! `today`, `tomorrow`, `yesterday`, weekday names (`monday` or
//! `next monday`: the next one after today), `next week` (its Monday),
//! `next month` (its first day), `+3d`, `+2w`, `+1m`, `+1y`, `in 3 days`,
//! `in 2 weeks`.
//! Due dates (`--due`) are a date, or a date and a time of day
//! (`2026-12-24T10:00`, `2026-12-24 10:00`, `friday 14:00`).
//! Times (`--at`): RFC 3339, `2026-11-22 14:00`, `2026-11-22T14:00`,
//! a date alone (meaning 12:00 that day), `today 14:00`, `yesterday 15:30`,
//! `14:00` (today), `now`. Times without an offset take the local one.

use crate::error::{Error, Result};
use crate::model::Due;
use crate::settings::Clock;
use chrono::{
    DateTime, Datelike, Duration, FixedOffset, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday,
};

const DATE_FORMS: &str = "2026-12-01, 1.12.2026, today, tomorrow, monday, 'next monday', \
'next week', +3d, +2w, +1m, +1y or 'in 3 days'";
const TIME_FORMS: &str =
    "2026-11-22T14:00:00+02:00, '2026-11-22 14:00', today, 'yesterday 15:30', 14:00 or now";

/// Parse a date relative to `today`; `arg` names the flag for the message.
pub fn parse_date(arg: &str, s: &str, today: NaiveDate) -> Result<NaiveDate> {
    date_expr(s.trim(), today).ok_or_else(|| {
        Error::usage_hint(
            format!("{arg}: '{s}' is not a date"),
            format!("write a date like {DATE_FORMS}"),
        )
    })
}

fn date_expr(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    let l = s.to_lowercase();
    if let Ok(d) = NaiveDate::parse_from_str(&l, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(d) = NaiveDate::parse_from_str(&l, "%d.%m.%Y") {
        return Some(d);
    }
    let l = l.split_whitespace().collect::<Vec<_>>().join(" ");
    match l.as_str() {
        "today" => return Some(today),
        "tomorrow" => return today.succ_opt(),
        "yesterday" => return today.pred_opt(),
        "next week" => {
            let monday = today - Duration::days(today.weekday().num_days_from_monday().into());
            return monday.checked_add_signed(Duration::weeks(1));
        }
        "next month" => {
            return NaiveDate::from_ymd_opt(today.year(), today.month(), 1)?
                .checked_add_months(Months::new(1));
        }
        "next year" => return NaiveDate::from_ymd_opt(today.year() + 1, 1, 1),
        _ => {}
    }
    let day = l.strip_prefix("next ").unwrap_or(&l);
    if let Ok(wd) = day.parse::<Weekday>() {
        let mut d = today.succ_opt()?;
        while d.weekday() != wd {
            d = d.succ_opt()?;
        }
        return Some(d);
    }
    let rel = l.strip_prefix('+').map(str::to_string).or_else(|| {
        l.strip_prefix("in ").map(|r| {
            r.replace(" days", "d")
                .replace(" day", "d")
                .replace(" weeks", "w")
                .replace(" week", "w")
                .replace(" months", "m")
                .replace(" month", "m")
                .replace(" years", "y")
                .replace(" year", "y")
        })
    })?;
    let unit = rel.chars().last()?;
    let n: u32 = rel[..rel.len() - unit.len_utf8()].trim().parse().ok()?;
    match unit {
        'd' => today.checked_add_signed(Duration::days(n.into())),
        'w' => today.checked_add_signed(Duration::weeks(n.into())),
        'm' => today.checked_add_months(Months::new(n)),
        'y' => today.checked_add_months(Months::new(n.checked_mul(12)?)),
        _ => None,
    }
}

/// Parse a due date (`--due`): any date [`parse_date`] takes, or a date
/// and a time of day (`2026-12-24T10:00`, `2026-12-24 10:00`,
/// `friday 14:00`, RFC 3339), which takes the local offset of that day.
pub fn parse_due(arg: &str, s: &str, clock: &Clock) -> Result<Due> {
    let t = s.trim();
    if let Some(d) = date_expr(t, clock.today()) {
        return Ok(Due::Date(d));
    }
    // A moment only when a time of day is written: `14:00` alone is today.
    let has_time = t.contains(':');
    match when_expr(t, clock) {
        Some(at) if has_time => Ok(Due::At(at)),
        _ => Err(Error::usage_hint(
            format!("{arg}: '{s}' is not a date"),
            format!(
                "write a date like {DATE_FORMS}, or a date and time like 2026-12-24T10:00 or 'friday 14:00'"
            ),
        )),
    }
}

/// Parse a point in time relative to the clock's now (local times take
/// the clock's offset).
pub fn parse_when(arg: &str, s: &str, clock: &Clock) -> Result<DateTime<FixedOffset>> {
    when_expr(s.trim(), clock).ok_or_else(|| {
        Error::usage_hint(
            format!("{arg}: '{s}' is not a time"),
            format!("write a time like {TIME_FORMS}"),
        )
    })
}

fn when_expr(s: &str, clock: &Clock) -> Option<DateTime<FixedOffset>> {
    let now = clock.now();
    let local = |n: NaiveDateTime| n.and_local_timezone(clock.offset_at(&n)).single();
    if s.eq_ignore_ascii_case("now") {
        return Some(now);
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t);
    }
    for fmt in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(n) = NaiveDateTime::parse_from_str(s, fmt) {
            return local(n);
        }
    }
    let (day, time) = match s.rsplit_once(' ') {
        Some((d, t)) if parse_time(t).is_some() => (d, parse_time(t)),
        _ => (s, None),
    };
    if let Some(t) = parse_time(s) {
        return local(now.date_naive().and_time(t));
    }
    let d = date_expr(day, now.date_naive())?;
    let t = time.unwrap_or(NaiveTime::from_hms_opt(12, 0, 0)?);
    local(d.and_time(t))
}

fn parse_time(s: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(s, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn dates() {
        let today = d("2026-11-24"); // a Tuesday
        assert_eq!(
            parse_date("--due", "2026-12-01", today).ok(),
            Some(d("2026-12-01"))
        );
        assert_eq!(
            parse_date("--due", "1.12.2026", today).ok(),
            Some(d("2026-12-01"))
        );
        assert_eq!(
            parse_date("--due", "tomorrow", today).ok(),
            Some(d("2026-11-25"))
        );
        assert_eq!(
            parse_date("--due", "monday", today).ok(),
            Some(d("2026-11-30"))
        );
        assert_eq!(
            parse_date("--due", "tuesday", today).ok(),
            Some(d("2026-12-01"))
        );
        assert_eq!(
            parse_date("--due", "+3d", today).ok(),
            Some(d("2026-11-27"))
        );
        assert_eq!(
            parse_date("--due", "in 2 weeks", today).ok(),
            Some(d("2026-12-08"))
        );
        assert_eq!(
            parse_date("--due", "+1m", today).ok(),
            Some(d("2026-12-24"))
        );
        assert_eq!(
            parse_date("--due", "next monday", today).ok(),
            Some(d("2026-11-30"))
        );
        assert_eq!(
            parse_date("--due", "next week", today).ok(),
            Some(d("2026-11-30"))
        );
        assert_eq!(
            parse_date("--due", "next month", today).ok(),
            Some(d("2026-12-01"))
        );
        assert_eq!(
            parse_date("--due", "in 1 year", today).ok(),
            Some(d("2027-11-24"))
        );
        assert_eq!(
            parse_date("--due", "+1y", today).ok(),
            Some(d("2027-11-24"))
        );
        assert!(parse_date("--due", "2026-02-30", today).is_err());
        assert!(parse_date("--due", "soonish", today).is_err());
    }

    #[test]
    fn times() {
        let now = DateTime::parse_from_rfc3339("2026-11-24T10:00:00+02:00").expect("test time");
        let clock = Clock::Pinned(now);
        let t = |s: &str| parse_when("--at", s, &clock).map(|t| t.to_rfc3339());
        assert_eq!(
            t("2026-11-22T14:00:00+02:00").ok().as_deref(),
            Some("2026-11-22T14:00:00+02:00")
        );
        assert!(t("yesterday 15:30").is_ok_and(|s| s.starts_with("2026-11-23T15:30:00")));
        assert!(t("2026-11-22 14:00").is_ok_and(|s| s.starts_with("2026-11-22T14:00:00")));
        assert!(t("today").is_ok_and(|s| s.starts_with("2026-11-24T12:00:00")));
        assert!(t("9:15").is_ok_and(|s| s.starts_with("2026-11-24T09:15:00")));
        assert!(t("teatime").is_err());
        let due = |s: &str| parse_due("--due", s, &clock).map(|d| d.to_string());
        assert_eq!(due("in 2 weeks").ok().as_deref(), Some("2026-12-08"));
        assert_eq!(
            due("2026-12-24T10:00").ok().as_deref(),
            Some("2026-12-24T10:00:00+02:00")
        );
        assert_eq!(
            due("friday 14:00").ok().as_deref(),
            Some("2026-11-27T14:00:00+02:00")
        );
        assert!(due("soonish").is_err());
    }
}
