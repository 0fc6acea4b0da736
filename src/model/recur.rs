//! Recurring tasks (`every = "1m"`): the repeat intervals a task may
//! have, when the next one is due, and the iCalendar rule for them.
//!
//! Written forms: `daily`, `weekly`, `monthly`, `quarterly`, `yearly`
//! (also `biweekly`), or a count and a unit: `3d`, `2w`, `1m`, `3m`, `1y`.
//! Months are calendar months: a task due on the 31st that repeats
//! monthly is next due on the last day of a shorter month, and counted
//! from its first due date, not from that shorter day.

use chrono::{Duration, Months, NaiveDate};

/// A repeat interval: `n` units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Every {
    pub n: u32,
    pub unit: Unit,
}

/// The unit of a repeat interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// The forms `every` takes, for messages.
pub const FORMS: &str = "daily, weekly, biweekly, monthly, quarterly, yearly, or a number and d, w, m or y (2w, 3m, 1y)";

impl Every {
    /// Parse `weekly`, `3m`, `2 weeks` …
    pub fn parse(s: &str) -> Option<Every> {
        let l = s.trim().to_lowercase();
        let named = |n, unit| Some(Every { n, unit });
        match l.as_str() {
            "daily" | "day" => return named(1, Unit::Day),
            "weekly" | "week" => return named(1, Unit::Week),
            "biweekly" | "fortnightly" => return named(2, Unit::Week),
            "monthly" | "month" => return named(1, Unit::Month),
            "quarterly" | "quarter" => return named(3, Unit::Month),
            "yearly" | "annually" | "year" => return named(1, Unit::Year),
            _ => {}
        }
        let digits: String = l.chars().take_while(char::is_ascii_digit).collect();
        let n: u32 = digits.parse().ok().filter(|n| (1..=1000).contains(n))?;
        let unit = match l[digits.len()..].trim() {
            "d" | "day" | "days" => Unit::Day,
            "w" | "week" | "weeks" => Unit::Week,
            "m" | "mo" | "month" | "months" => Unit::Month,
            "y" | "year" | "years" => Unit::Year,
            _ => return None,
        };
        Some(Every { n, unit })
    }

    /// `k` intervals after `from`.
    pub fn after(self, from: NaiveDate, k: u32) -> Option<NaiveDate> {
        let n = self.n.checked_mul(k)?;
        match self.unit {
            Unit::Day => from.checked_add_signed(Duration::days(n.into())),
            Unit::Week => from.checked_add_signed(Duration::weeks(n.into())),
            Unit::Month => from.checked_add_months(Months::new(n)),
            Unit::Year => from.checked_add_months(Months::new(n.checked_mul(12)?)),
        }
    }

    /// The next due date of a task due on `due` that is done on `today`:
    /// the first repeat after `due` that is after `today` too, so a task
    /// done late does not leave a trail of overdue copies.
    pub fn next_due(self, due: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
        let mut k = 1;
        loop {
            let d = self.after(due, k)?;
            if d > today {
                return Some(d);
            }
            k += 1;
        }
    }

    /// The iCalendar RRULE value: `FREQ=WEEKLY`, `FREQ=MONTHLY;INTERVAL=3`.
    pub fn rrule(self) -> String {
        let freq = match self.unit {
            Unit::Day => "DAILY",
            Unit::Week => "WEEKLY",
            Unit::Month => "MONTHLY",
            Unit::Year => "YEARLY",
        };
        if self.n == 1 {
            format!("FREQ={freq}")
        } else {
            format!("FREQ={freq};INTERVAL={}", self.n)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn forms() {
        for (s, n, unit) in [
            ("weekly", 1, Unit::Week),
            ("1m", 1, Unit::Month),
            ("3m", 3, Unit::Month),
            ("quarterly", 3, Unit::Month),
            ("1y", 1, Unit::Year),
            ("2 weeks", 2, Unit::Week),
            ("10d", 10, Unit::Day),
        ] {
            assert_eq!(Every::parse(s), Some(Every { n, unit }), "{s}");
        }
        for bad in ["", "0m", "m", "often", "3x", "-1w"] {
            assert_eq!(Every::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn next_due_skips_to_after_today() {
        let m = Every::parse("1m").expect("1m");
        assert_eq!(
            m.next_due(d("2026-11-30"), d("2026-11-24")),
            Some(d("2026-12-30"))
        );
        assert_eq!(
            m.next_due(d("2026-08-31"), d("2026-11-24")),
            Some(d("2026-11-30"))
        );
        assert_eq!(
            m.next_due(d("2026-01-31"), d("2026-01-31")),
            Some(d("2026-02-28"))
        );
        let w = Every::parse("weekly").expect("weekly");
        assert_eq!(
            w.next_due(d("2026-11-24"), d("2026-11-24")),
            Some(d("2026-12-01"))
        );
        assert_eq!(w.rrule(), "FREQ=WEEKLY");
        assert_eq!(m.rrule(), "FREQ=MONTHLY");
        assert_eq!(
            Every::parse("3m").map(Every::rrule).as_deref(),
            Some("FREQ=MONTHLY;INTERVAL=3")
        );
    }
}
