//! Time budgets: how many minutes of work a customer is worth per month
//! or per quarter — more for a customer who pays, less for one who does
//! not.
//!
//! A customer's own `budget = { minutes = 600, per = "month" }` wins;
//! without one, the first `[[budgets]]` entry of crm.toml that applies to
//! it (by tag or by stage, in file order) is its budget. A budget period
//! is a calendar month or quarter; the minutes *spent* in it are the
//! `minutes` of the customer's activities whose `at` falls in it. Over a
//! period of another length (a report's `-p`) the budget is pro-rated by
//! the days of each month the period covers.

use super::Customer;
use super::config::BudgetDef;
use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

/// The default `per` of a budget.
pub fn default_per() -> String {
    "month".into()
}

/// The length of a budget period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    Month,
    Quarter,
}

impl Per {
    /// `month` or `quarter` (also `monthly`, `quarterly`, `m`, `q`).
    pub fn parse(s: &str) -> Option<Per> {
        match s.trim().to_lowercase().as_str() {
            "month" | "monthly" | "m" | "mo" => Some(Per::Month),
            "quarter" | "quarterly" | "q" => Some(Per::Quarter),
            _ => None,
        }
    }

    /// As written in the files: `month` or `quarter`.
    pub fn name(self) -> &'static str {
        match self {
            Per::Month => "month",
            Per::Quarter => "quarter",
        }
    }

    fn months(self) -> u32 {
        match self {
            Per::Month => 1,
            Per::Quarter => 3,
        }
    }

    /// The budget period holding `day`: its first day and the first day
    /// after it.
    pub fn period_of(self, day: NaiveDate) -> (NaiveDate, NaiveDate) {
        let m0 = match self {
            Per::Month => day.month0(),
            Per::Quarter => day.month0() / 3 * 3,
        };
        let start = NaiveDate::from_ymd_opt(day.year(), m0 + 1, 1).unwrap_or(day);
        let end = start
            .checked_add_months(Months::new(self.months()))
            .unwrap_or(NaiveDate::MAX);
        (start, end)
    }

    /// The period's name: `2026-11`, `2026-Q4`.
    pub fn label(self, day: NaiveDate) -> String {
        match self {
            Per::Month => day.format("%Y-%m").to_string(),
            Per::Quarter => format!("{}-Q{}", day.year(), day.month0() / 3 + 1),
        }
    }
}

/// A customer's budget in force: minutes per period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Effective {
    pub minutes: u32,
    pub per: Per,
    /// Where it comes from: the customer's file, or a crm.toml default.
    pub own: bool,
}

/// The budget of `c`: its own, else the first `[[budgets]]` entry of
/// crm.toml whose tag it has or whose stage it is in. A budget whose
/// `per` is not a period crm knows counts as monthly (`crm check` and
/// validation refuse such a value).
pub fn effective(c: &Customer, defaults: &[BudgetDef]) -> Option<Effective> {
    if let Some(b) = &c.budget {
        return Some(Effective {
            minutes: b.minutes,
            per: Per::parse(&b.per).unwrap_or(Per::Month),
            own: true,
        });
    }
    defaults
        .iter()
        .find(|d| {
            d.tag
                .as_deref()
                .is_some_and(|t| c.tags.iter().any(|x| x.eq_ignore_ascii_case(t)))
                || d.stage
                    .as_deref()
                    .is_some_and(|s| c.stage.as_deref() == Some(s))
        })
        .map(|d| Effective {
            minutes: d.minutes,
            per: Per::parse(&d.per).unwrap_or(Per::Month),
            own: false,
        })
}

/// Parse a budget as typed: `600` (minutes a month), `600/month`,
/// `600/quarter`, `10h/month`, `90min/month`.
pub fn parse(s: &str) -> Result<(u32, Per), String> {
    let bad = || {
        format!(
            "'{s}' is not a budget (write minutes per month or quarter: 600/month, 10h/quarter)"
        )
    };
    let (amount, per) = match s.split_once('/') {
        Some((a, p)) => (a.trim(), Per::parse(p).ok_or_else(bad)?),
        None => (s.trim(), Per::Month),
    };
    let a = amount.to_lowercase();
    let a = a.trim_end_matches("minutes").trim_end_matches("min").trim();
    let minutes = if let Some(h) = a.strip_suffix('h') {
        let h = Decimal::from_str_exact(h.trim()).map_err(|_| bad())?;
        (h * Decimal::from(60)).round()
    } else {
        Decimal::from_str_exact(a).map_err(|_| bad())?
    };
    let minutes = u32::try_from(minutes).map_err(|_| bad())?;
    if minutes == 0 {
        return Err(format!(
            "'{s}': a budget is at least one minute (remove it with budget=)"
        ));
    }
    Ok((minutes, per))
}

/// Minutes of `c`'s activities whose `at` is on a day in `[start, end)`.
pub fn minutes_between(c: &Customer, start: NaiveDate, end: NaiveDate) -> u64 {
    c.activities
        .iter()
        .filter(|a| {
            let d = a.at.date_naive();
            start <= d && d < end
        })
        .map(|a| u64::from(a.minutes.unwrap_or(0)))
        .sum()
}

/// The budget for the days `[start, end)`: `minutes` per `per`, times the
/// share of each month the days cover (a month's share is its days
/// covered over its length), rounded to whole minutes.
pub fn for_days(minutes: u32, per: Per, start: NaiveDate, end: NaiveDate) -> u64 {
    let mut months = Decimal::ZERO;
    let mut m = NaiveDate::from_ymd_opt(start.year(), start.month(), 1).unwrap_or(start);
    while m < end {
        let next = m
            .checked_add_months(Months::new(1))
            .unwrap_or(NaiveDate::MAX);
        let from = m.max(start);
        let to = next.min(end);
        if from < to {
            let len = (next - m).num_days();
            months += Decimal::from((to - from).num_days()) / Decimal::from(len);
        }
        m = next;
    }
    let b = Decimal::from(minutes) * months / Decimal::from(per.months());
    u64::try_from(b.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)).unwrap_or(0)
}

/// How much of its budget `c` used in the budget period holding `today`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Use {
    pub budget: Effective,
    /// Minutes spent in the period.
    pub minutes: u64,
    /// `minutes / budget × 100`, exact.
    pub percent: Decimal,
    /// The period's first day.
    pub start: NaiveDate,
}

/// The use of `c`'s budget this period (None: it has no budget);
/// `defaults` are crm.toml's `[[budgets]]`.
pub fn used(c: &Customer, defaults: &[BudgetDef], today: NaiveDate) -> Option<Use> {
    let b = effective(c, defaults)?;
    let (start, end) = b.per.period_of(today);
    let minutes = minutes_between(c, start, end);
    let percent = if b.minutes == 0 {
        Decimal::ZERO
    } else {
        Decimal::from(minutes) * Decimal::from(100) / Decimal::from(b.minutes)
    };
    Some(Use {
        budget: b,
        minutes,
        percent,
        start,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn budgets_as_typed() {
        assert_eq!(parse("600"), Ok((600, Per::Month)));
        assert_eq!(parse("600/month"), Ok((600, Per::Month)));
        assert_eq!(parse("10h/quarter"), Ok((600, Per::Quarter)));
        assert_eq!(parse("1.5h/month"), Ok((90, Per::Month)));
        assert_eq!(parse("90 min / quarter"), Ok((90, Per::Quarter)));
        assert!(parse("lots").is_err());
        assert!(parse("10/week").is_err());
        assert!(parse("0").is_err());
    }

    #[test]
    fn periods_and_pro_rating() {
        assert_eq!(
            Per::Quarter.period_of(d("2026-11-24")),
            (d("2026-10-01"), d("2027-01-01"))
        );
        assert_eq!(Per::Quarter.label(d("2026-11-24")), "2026-Q4");
        // A year of a monthly 600 is 7200; of a quarterly 1800 as well.
        assert_eq!(
            for_days(600, Per::Month, d("2026-01-01"), d("2027-01-01")),
            7200
        );
        assert_eq!(
            for_days(1800, Per::Quarter, d("2026-01-01"), d("2027-01-01")),
            7200
        );
        // November of a quarterly 1800 is a third of it.
        assert_eq!(
            for_days(1800, Per::Quarter, d("2026-11-01"), d("2026-12-01")),
            600
        );
        // A week of a 600 a month in November (30 days): 7/30 × 600.
        assert_eq!(
            for_days(600, Per::Month, d("2026-11-23"), d("2026-11-30")),
            140
        );
    }
}
