//! Periods (`-p`), as hledger writes them, and the report intervals that
//! cut a period into rows (`--period daily|weekly|monthly|quarterly|yearly`).
//!
//! A [`Period`] is a half-open range of calendar dates
//! `[start, end_exclusive)`, so adjacent periods never overlap and "is this
//! date in it" is two comparisons. Open ends use the smallest and largest
//! dates chrono knows. Every command that takes `-p` (and `--since` /
//! `--until`) goes through [`Period::parse`], so they all read the same
//! words the same way. Weeks start on Monday (ISO 8601).

use crate::error::{Error, Result};
use chrono::{Datelike, Duration, Months, NaiveDate};

const FORMS: &str = "2026, 2026-11, 2026-q3, 2026-W48, 2026-11-24, today, yesterday, \
'this week', 'last month', 'next quarter', 'this year', 'last 30 days', \
'next 2 weeks', 2026-01-01..2026-03-31, 2026-01.., ..2026-06";

/// A range of dates: `start` included, `end_exclusive` excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end_exclusive: NaiveDate,
}

impl Period {
    /// Every date there is.
    pub const ALL: Period = Period {
        start: NaiveDate::MIN,
        end_exclusive: NaiveDate::MAX,
    };

    /// The dates from `start` to `last`, both included.
    pub fn inclusive(start: NaiveDate, last: NaiveDate) -> Period {
        Period {
            start,
            end_exclusive: last.succ_opt().unwrap_or(NaiveDate::MAX),
        }
    }

    /// Whether `d` is in the period.
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.start <= d && d < self.end_exclusive
    }

    /// The dates in both periods (possibly empty).
    pub fn intersect(&self, other: &Period) -> Period {
        Period {
            start: self.start.max(other.start),
            end_exclusive: self.end_exclusive.min(other.end_exclusive),
        }
    }

    /// Whether the period has no bounds at all.
    pub fn is_all(&self) -> bool {
        *self == Period::ALL
    }

    /// The last date in the period (None when it is empty).
    pub fn last(&self) -> Option<NaiveDate> {
        self.end_exclusive.pred_opt().filter(|l| *l >= self.start)
    }

    /// Parse a period expression relative to `today`; `arg` names the flag
    /// or query term for the message.
    pub fn parse(arg: &str, s: &str, today: NaiveDate) -> Result<Period> {
        expr(s, today).ok_or_else(|| {
            Error::usage_hint(
                format!("{arg}: '{s}' is not a period"),
                format!("write a period like {FORMS}"),
            )
        })
    }

    /// The period of `-p` narrowed by `--since` (first day, included) and
    /// `--until` (last day, included). Both take a date or a period.
    pub fn with_bounds(
        p: Option<&str>,
        since: Option<&str>,
        until: Option<&str>,
        today: NaiveDate,
    ) -> Result<Period> {
        let mut out = match p {
            Some(p) => Period::parse("-p", p, today)?,
            None => Period::ALL,
        };
        // A bound is a period (its start, or its end) or any date the
        // date parser takes (`monday`, `1.12.2026`, `+3d`); an error names
        // the period forms, which cover the common cases.
        let bound = |flag: &str, v: &str| -> Result<Period> {
            Period::parse(flag, v, today).or_else(|e| {
                super::when::parse_date(flag, v, today)
                    .map(|d| Period::inclusive(d, d))
                    .map_err(|_| e)
            })
        };
        if let Some(s) = since {
            let from = bound("--since", s)?.start;
            out.start = out.start.max(from);
        }
        if let Some(u) = until {
            let to = bound("--until", u)?.end_exclusive;
            out.end_exclusive = out.end_exclusive.min(to);
        }
        Ok(out)
    }
}

impl std::fmt::Display for Period {
    /// `2026-01-01..2026-03-31` (last day included), with open ends blank.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let start = if self.start == NaiveDate::MIN {
            String::new()
        } else {
            self.start.to_string()
        };
        let last = if self.end_exclusive == NaiveDate::MAX {
            String::new()
        } else {
            self.end_exclusive
                .pred_opt()
                .map_or(String::new(), |d| d.to_string())
        };
        write!(f, "{start}..{last}")
    }
}

fn expr(s: &str, today: NaiveDate) -> Option<Period> {
    let l = s.trim().to_lowercase();
    let l = l.split_whitespace().collect::<Vec<_>>().join(" ");
    if l.is_empty() {
        return None;
    }
    if let Some((a, b)) = l.split_once("..") {
        let (a, b) = (a.trim(), b.trim());
        let start = if a.is_empty() {
            NaiveDate::MIN
        } else {
            single(a, today)?.start
        };
        let end_exclusive = if b.is_empty() {
            NaiveDate::MAX
        } else {
            single(b, today)?.end_exclusive
        };
        return (start < end_exclusive || a.is_empty() || b.is_empty()).then_some(Period {
            start,
            end_exclusive,
        });
    }
    single(&l, today)
}

/// One period without `..`.
fn single(l: &str, today: NaiveDate) -> Option<Period> {
    if let Ok(y) = l.parse::<i32>()
        && (1000..=9999).contains(&y)
    {
        return year(y);
    }
    if let Ok(d) = NaiveDate::parse_from_str(l, "%Y-%m-%d") {
        return Some(Period::inclusive(d, d));
    }
    if let Some((y, m)) = l.split_once('-') {
        if let (Ok(y), Ok(m)) = (y.parse::<i32>(), m.parse::<u32>())
            && (1..=12).contains(&m)
            && y >= 1000
        {
            return month(y, m);
        }
        // An ISO week, as `--period weekly` prints it: `2026-W48`.
        if let (Ok(y), Some(w)) = (y.parse::<i32>(), m.strip_prefix('w'))
            && let Ok(w) = w.parse::<u32>()
            && y >= 1000
        {
            let monday = NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)?;
            return Some(Period::inclusive(
                monday,
                monday.checked_add_signed(Duration::days(6))?,
            ));
        }
        if let (Ok(y), Some(q)) = (y.parse::<i32>(), m.strip_prefix('q'))
            && let Ok(q) = q.parse::<u32>()
            && (1..=4).contains(&q)
            && y >= 1000
        {
            return quarter(y, q);
        }
    }
    match l {
        "today" => return Some(Period::inclusive(today, today)),
        "yesterday" => {
            let d = today.pred_opt()?;
            return Some(Period::inclusive(d, d));
        }
        "tomorrow" => {
            let d = today.succ_opt()?;
            return Some(Period::inclusive(d, d));
        }
        _ => {}
    }
    // `this-month`, `last-30-days`: words joined by hyphens (no quoting
    // needed in the shell, and what completion offers).
    let joined = l.replace('-', " ");
    let words: Vec<&str> = if l.starts_with(|c: char| c.is_ascii_alphabetic()) {
        joined.split(' ').collect()
    } else {
        l.split(' ').collect()
    };
    match words.as_slice() {
        [which @ ("this" | "last" | "next"), unit] => {
            let shift = match *which {
                "this" => 0,
                "last" => -1,
                _ => 1,
            };
            let unit = Interval::from_word(unit)?;
            let this = unit.containing(today)?;
            unit.shift(this.start, shift)
                .and_then(|s| unit.containing(s))
        }
        // `last 30 days`: the 30 days ending today; `next 2 weeks`: the 14
        // days starting tomorrow.
        [which @ ("last" | "next"), n, unit] => {
            let n: u32 = n.parse().ok().filter(|n| *n > 0)?;
            let days = |d: NaiveDate, k: i64| d.checked_add_signed(Duration::days(k));
            let (start, end_exclusive) = match (*which, unit.trim_end_matches('s')) {
                ("last", "day") => (days(today, 1 - i64::from(n))?, today.succ_opt()?),
                ("last", "week") => (days(today, 1 - 7 * i64::from(n))?, today.succ_opt()?),
                ("last", "month") => (
                    today.succ_opt()?.checked_sub_months(Months::new(n))?,
                    today.succ_opt()?,
                ),
                ("next", "day") => (today.succ_opt()?, days(today, 1 + i64::from(n))?),
                ("next", "week") => (today.succ_opt()?, days(today, 1 + 7 * i64::from(n))?),
                ("next", "month") => (
                    today.succ_opt()?,
                    today.succ_opt()?.checked_add_months(Months::new(n))?,
                ),
                _ => return None,
            };
            Some(Period {
                start,
                end_exclusive,
            })
        }
        _ => None,
    }
}

fn year(y: i32) -> Option<Period> {
    Some(Period {
        start: NaiveDate::from_ymd_opt(y, 1, 1)?,
        end_exclusive: NaiveDate::from_ymd_opt(y + 1, 1, 1)?,
    })
}

fn month(y: i32, m: u32) -> Option<Period> {
    let start = NaiveDate::from_ymd_opt(y, m, 1)?;
    Some(Period {
        start,
        end_exclusive: start.checked_add_months(Months::new(1))?,
    })
}

fn quarter(y: i32, q: u32) -> Option<Period> {
    let start = NaiveDate::from_ymd_opt(y, 3 * (q - 1) + 1, 1)?;
    Some(Period {
        start,
        end_exclusive: start.checked_add_months(Months::new(3))?,
    })
}

/// How a report cuts time into rows (`--period`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Interval {
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
}

impl Interval {
    fn from_word(w: &str) -> Option<Interval> {
        Some(match w {
            "day" => Interval::Daily,
            "week" => Interval::Weekly,
            "month" => Interval::Monthly,
            "quarter" => Interval::Quarterly,
            "year" => Interval::Yearly,
            _ => return None,
        })
    }

    /// The interval-long period holding `d`.
    pub fn containing(self, d: NaiveDate) -> Option<Period> {
        match self {
            Interval::Daily => Some(Period::inclusive(d, d)),
            Interval::Weekly => {
                let start = d.checked_sub_signed(Duration::days(
                    d.weekday().num_days_from_monday().into(),
                ))?;
                Some(Period {
                    start,
                    end_exclusive: start.checked_add_signed(Duration::days(7))?,
                })
            }
            Interval::Monthly => month(d.year(), d.month()),
            Interval::Quarterly => quarter(d.year(), (d.month() - 1) / 3 + 1),
            Interval::Yearly => year(d.year()),
        }
    }

    /// The start of the interval `n` steps from the one starting at `start`.
    fn shift(self, start: NaiveDate, n: i32) -> Option<NaiveDate> {
        let months = |k: i32| {
            if k >= 0 {
                start.checked_add_months(Months::new(k.unsigned_abs()))
            } else {
                start.checked_sub_months(Months::new(k.unsigned_abs()))
            }
        };
        match self {
            Interval::Daily => start.checked_add_signed(Duration::days(n.into())),
            Interval::Weekly => start.checked_add_signed(Duration::weeks(n.into())),
            Interval::Monthly => months(n),
            Interval::Quarterly => months(3 * n),
            Interval::Yearly => months(12 * n),
        }
    }

    /// The row label of the interval holding `d`: `2026-11-24`,
    /// `2026-W48` (ISO week), `2026-11`, `2026-Q4`, `2026`.
    pub fn label(self, d: NaiveDate) -> String {
        match self {
            Interval::Daily => d.to_string(),
            Interval::Weekly => {
                let w = d.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            Interval::Monthly => format!("{}-{:02}", d.year(), d.month()),
            Interval::Quarterly => format!("{}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
            Interval::Yearly => d.year().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn p(s: &str) -> (String, String) {
        let today = d("2026-11-24"); // a Tuesday
        let p = Period::parse("-p", s, today).expect(s);
        (p.start.to_string(), p.end_exclusive.to_string())
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn calendar_periods() {
        assert_eq!(p("2026"), pair("2026-01-01", "2027-01-01"));
        assert_eq!(p("2026-11"), pair("2026-11-01", "2026-12-01"));
        assert_eq!(p("2026-12"), pair("2026-12-01", "2027-01-01"));
        assert_eq!(p("2026-q3"), pair("2026-07-01", "2026-10-01"));
        assert_eq!(p("2026-Q4"), pair("2026-10-01", "2027-01-01"));
        assert_eq!(p("2026-02-28"), pair("2026-02-28", "2026-03-01"));
    }

    #[test]
    fn relative_periods() {
        assert_eq!(p("today"), pair("2026-11-24", "2026-11-25"));
        assert_eq!(p("this month"), pair("2026-11-01", "2026-12-01"));
        assert_eq!(p("this-month"), pair("2026-11-01", "2026-12-01"));
        assert_eq!(p("last-30-days"), p("last 30 days"));
        // ISO weeks, as `--period weekly` prints them.
        assert_eq!(p("2026-W48"), pair("2026-11-23", "2026-11-30"));
        assert_eq!(p("2026-w01"), pair("2025-12-29", "2026-01-05"));
        assert_eq!(p("2026-W48..2026-W49"), pair("2026-11-23", "2026-12-07"));
        assert!(Period::parse("-p", "2026-W54", d("2026-11-24")).is_err());
        assert_eq!(p("last month"), pair("2026-10-01", "2026-11-01"));
        assert_eq!(p("next month"), pair("2026-12-01", "2027-01-01"));
        assert_eq!(p("This  Week"), pair("2026-11-23", "2026-11-30"));
        assert_eq!(p("last week"), pair("2026-11-16", "2026-11-23"));
        assert_eq!(p("this quarter"), pair("2026-10-01", "2027-01-01"));
        assert_eq!(p("last year"), pair("2025-01-01", "2026-01-01"));
        assert_eq!(p("last 30 days"), pair("2026-10-26", "2026-11-25"));
        assert_eq!(p("last 1 day"), pair("2026-11-24", "2026-11-25"));
        assert_eq!(p("next 7 days"), pair("2026-11-25", "2026-12-02"));
        assert_eq!(p("last 2 months"), pair("2026-09-25", "2026-11-25"));
    }

    #[test]
    fn ranges_include_their_last_part() {
        assert_eq!(
            p("2026-01-01..2026-03-31"),
            pair("2026-01-01", "2026-04-01")
        );
        assert_eq!(p("2026-01..2026-03"), pair("2026-01-01", "2026-04-01"));
        assert_eq!(p("2025..this month"), pair("2025-01-01", "2026-12-01"));
        let open = Period::parse("-p", "2026-06..", d("2026-11-24")).expect("open");
        assert_eq!(open.end_exclusive, NaiveDate::MAX);
        assert!(open.contains(d("2099-01-01")));
        assert!(!open.contains(d("2026-05-31")));
    }

    #[test]
    fn bad_periods_are_usage_errors() {
        let today = d("2026-11-24");
        for bad in [
            "",
            "2026-13",
            "2026-q5",
            "last",
            "this fortnight",
            "soon",
            "2026-03..2026-01",
            "last 0 days",
        ] {
            let e = Period::parse("-p", bad, today).expect_err(bad);
            assert_eq!(e.exit_code(), 2, "{bad}");
            assert!(e.to_string().contains("is not a period"), "{bad}: {e}");
        }
    }

    #[test]
    fn since_and_until_narrow_the_period() {
        let today = d("2026-11-24");
        let p = Period::with_bounds(Some("2026"), Some("2026-03-15"), Some("2026-q2"), today)
            .expect("bounds");
        assert_eq!(p.start, d("2026-03-15"));
        assert_eq!(p.end_exclusive, d("2026-07-01"));
        assert_eq!(p.to_string(), "2026-03-15..2026-06-30");
    }

    #[test]
    fn interval_labels() {
        let x = d("2026-11-24");
        assert_eq!(Interval::Daily.label(x), "2026-11-24");
        assert_eq!(Interval::Weekly.label(x), "2026-W48");
        assert_eq!(Interval::Weekly.label(d("2027-01-01")), "2026-W53");
        assert_eq!(Interval::Monthly.label(x), "2026-11");
        assert_eq!(Interval::Quarterly.label(x), "2026-Q4");
        assert_eq!(Interval::Yearly.label(x), "2026");
    }
}
