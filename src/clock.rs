//! The one clock of `crm`.
//!
//! Everything that needs "now" asks here, so tests and reports can pin it:
//! `CRM_NOW` (RFC 3339, or `YYYY-MM-DD HH:MM[:SS]` in local time, or a bare
//! date meaning its noon) overrides the system clock.

use chrono::{DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, TimeZone};

/// The current time with the local offset (or `CRM_NOW`).
pub fn now() -> DateTime<FixedOffset> {
    if let Ok(s) = std::env::var("CRM_NOW")
        && let Some(t) = parse_now(&s)
    {
        return t;
    }
    Local::now().fixed_offset()
}

/// `CRM_NOW` when it is set but not a time `crm` reads: checked once at
/// start, so a typo does not silently fall back to the real clock.
pub fn env_problem() -> Option<String> {
    let s = std::env::var("CRM_NOW")
        .ok()
        .filter(|s| !s.trim().is_empty())?;
    (parse_now(&s).is_none()).then_some(s)
}

/// Today's date in local time (or `CRM_NOW`'s date).
pub fn today() -> NaiveDate {
    now().date_naive()
}

/// The local offset that applies at a given naive local time.
pub fn local_offset_at(t: &NaiveDateTime) -> FixedOffset {
    // With CRM_NOW pinned, use its offset so tests do not depend on TZ rules.
    if let Ok(s) = std::env::var("CRM_NOW")
        && let Some(n) = parse_now(&s)
    {
        return *n.offset();
    }
    match Local.from_local_datetime(t) {
        chrono::LocalResult::Single(d) => d.fixed_offset().offset().to_owned(),
        chrono::LocalResult::Ambiguous(d, _) => d.fixed_offset().offset().to_owned(),
        chrono::LocalResult::None => *Local::now().fixed_offset().offset(),
    }
}

fn parse_now(s: &str) -> Option<DateTime<FixedOffset>> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t);
    }
    for fmt in ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(n) = NaiveDateTime::parse_from_str(s, fmt) {
            return Local
                .from_local_datetime(&n)
                .earliest()
                .map(|d| d.fixed_offset());
        }
    }
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
    let n = d.and_hms_opt(12, 0, 0)?;
    Local
        .from_local_datetime(&n)
        .earliest()
        .map(|d| d.fixed_offset())
}
