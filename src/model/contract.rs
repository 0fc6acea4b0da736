//! The calendar of a contract (`[[contracts]]`): its terms, when it ends or
//! renews, the last day to give notice, when it bills, and its monthly
//! recurring revenue. Pure date arithmetic; reports and the agenda build on
//! it.
//!
//! A contract runs from `start` to `end` (both included; no `end`: it runs
//! until further notice). With `auto_renew = true` it renews at each end for
//! another term of the same length: the term is a whole number of months
//! when `end` + 1 day falls on the day of the month `start` did (a year from
//! 2026-01-01 to 2026-12-31 renews to 2027-12-31), else a number of days.

use super::Contract;
use chrono::{Datelike, Duration, Months, NaiveDate};
use rust_decimal::Decimal;

/// A length of time as written in `notice = "3m"` (also `90d`, `2w`, `1y`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Days(u32),
    Months(u32),
}

impl Span {
    /// `30d`, `2w`, `3m`, `1y` (a number and a unit letter).
    pub fn parse(s: &str) -> Option<Span> {
        let s = s.trim().to_ascii_lowercase();
        let unit = s.chars().last()?;
        let n: u32 = s[..s.len() - unit.len_utf8()].trim().parse().ok()?;
        Some(match unit {
            'd' => Span::Days(n),
            'w' => Span::Days(n.checked_mul(7)?),
            'm' => Span::Months(n),
            'y' => Span::Months(n.checked_mul(12)?),
            _ => return None,
        })
    }

    /// `d` moved back by the span.
    pub fn before(self, d: NaiveDate) -> Option<NaiveDate> {
        match self {
            Span::Days(n) => d.checked_sub_signed(Duration::days(n.into())),
            Span::Months(n) => d.checked_sub_months(Months::new(n)),
        }
    }

    /// `d` moved on by `k` spans.
    fn times_after(self, d: NaiveDate, k: u32) -> Option<NaiveDate> {
        match self {
            Span::Days(n) => d.checked_add_signed(Duration::days(i64::from(n) * i64::from(k))),
            Span::Months(n) => d.checked_add_months(Months::new(n.checked_mul(k)?)),
        }
    }
}

/// How many months one `every` period is (`month`, `quarter`, `year`).
pub fn months_of(every: &str) -> Option<u32> {
    match every {
        "month" => Some(1),
        "quarter" => Some(3),
        "year" => Some(12),
        _ => None,
    }
}

/// Renewals looked at before giving up (a one-day term renewed for
/// centuries is not a contract anyone means).
const MAX_TERMS: u32 = 10_000;

impl Contract {
    /// Whether it renews by itself at its end.
    pub fn renews(&self) -> bool {
        self.auto_renew == Some(true) && self.end.is_some()
    }

    /// Months per billing period (`every`), when recurring.
    pub fn months(&self) -> Option<u32> {
        self.every.as_deref().and_then(months_of)
    }

    /// Monthly recurring revenue: `value` spread over the months of its
    /// period, in cents; `None` for a one-off contract.
    pub fn mrr(&self) -> Option<Decimal> {
        let m = self.months()?;
        Some(
            (self.value / Decimal::from(m))
                .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
                .normalize(),
        )
    }

    /// The notice period, when given and well-formed.
    pub fn notice_span(&self) -> Option<Span> {
        self.notice.as_deref().and_then(Span::parse)
    }

    /// The length of one term (see the module doc); `None` without `end`
    /// or when `end` is before `start`.
    pub fn term(&self) -> Option<Span> {
        let end = self.end?;
        let after = end.succ_opt()?;
        if after <= self.start {
            return None;
        }
        let months = (after.year() - self.start.year()) * 12 + after.month() as i32
            - self.start.month() as i32;
        if months > 0
            && let Ok(m) = u32::try_from(months)
            && self.start.checked_add_months(Months::new(m)) == Some(after)
        {
            return Some(Span::Months(m));
        }
        u32::try_from((after - self.start).num_days())
            .ok()
            .map(Span::Days)
    }

    /// The end of term `k` (0: `end` itself; k ≥ 1 only when renewing).
    fn end_of_term(&self, k: u32) -> Option<NaiveDate> {
        let end = self.end?;
        if k == 0 {
            return Some(end);
        }
        if !self.renews() {
            return None;
        }
        self.term()?.times_after(end.succ_opt()?, k)?.pred_opt()
    }

    /// The first end of a term on or after `d`: `end` itself, or (renewing)
    /// a later term's end. `None` when open-ended or (not renewing) ended
    /// before `d`.
    pub fn end_on_or_after(&self, d: NaiveDate) -> Option<NaiveDate> {
        (0..MAX_TERMS)
            .map_while(|k| self.end_of_term(k))
            .find(|e| *e >= d)
    }

    /// What its end of a term is: `renews` (auto-renewing) or `ends`.
    pub fn end_word(&self) -> &'static str {
        if self.renews() { "renews" } else { "ends" }
    }

    /// The last day to give notice before the term that ends on `end`,
    /// when the contract has a notice period.
    pub fn notice_before(&self, end: NaiveDate) -> Option<NaiveDate> {
        self.notice_span().map(|_| self.notice_by(end))
    }

    /// The last day to give notice before the end of a term that ends on
    /// `end` (`end` itself without a notice period).
    pub fn notice_by(&self, end: NaiveDate) -> NaiveDate {
        self.notice_span()
            .and_then(|s| s.before(end))
            .unwrap_or(end)
    }

    /// Whether it runs on day `d`.
    pub fn active_on(&self, d: NaiveDate) -> bool {
        self.start <= d && (self.end.is_none_or(|e| d <= e) || self.renews())
    }

    /// The days it bills in `[from, to_exclusive)`: every `every` period
    /// from `start` while it runs (renewing: without end), or once on
    /// `start` when it has no `every`.
    pub fn billing_days(&self, from: NaiveDate, to_exclusive: NaiveDate) -> Vec<NaiveDate> {
        let Some(m) = self.months() else {
            return if from <= self.start && self.start < to_exclusive {
                vec![self.start]
            } else {
                Vec::new()
            };
        };
        let last = if self.renews() { None } else { self.end };
        let mut out = Vec::new();
        // Skip whole periods before `from` without walking them.
        let mut k: u32 = if from > self.start {
            let months = (from.year() - self.start.year()) * 12 + from.month() as i32
                - self.start.month() as i32;
            u32::try_from(months.max(1) - 1).unwrap_or(0) / m
        } else {
            0
        };
        // At most 200 years of monthly bills: callers bound open periods.
        let stop = k.saturating_add(2400);
        while let Some(d) = self
            .start
            .checked_add_months(Months::new(m.saturating_mul(k)))
        {
            if d >= to_exclusive || last.is_some_and(|e| d > e) || k >= stop {
                break;
            }
            if d >= from {
                out.push(d);
            }
            k += 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn contract(start: &str, end: Option<&str>, renew: bool) -> Contract {
        Contract {
            start: d(start),
            end: end.map(d),
            auto_renew: Some(renew),
            value: Decimal::from(1200),
            every: Some("year".into()),
            notice: Some("3m".into()),
            ..Contract::default()
        }
    }

    #[test]
    fn terms_renew_by_whole_months_or_days() {
        let c = contract("2026-01-01", Some("2026-12-31"), true);
        assert_eq!(c.term(), Some(Span::Months(12)));
        assert_eq!(c.end_on_or_after(d("2027-01-01")), Some(d("2027-12-31")));
        assert_eq!(c.end_on_or_after(d("2026-12-31")), Some(d("2026-12-31")));
        assert_eq!(c.notice_by(d("2026-12-31")), d("2026-09-30"));
        let odd = contract("2026-01-10", Some("2026-01-19"), true);
        assert_eq!(odd.term(), Some(Span::Days(10)));
        assert_eq!(odd.end_on_or_after(d("2026-01-20")), Some(d("2026-01-29")));
        let ends = contract("2026-01-01", Some("2026-12-31"), false);
        assert_eq!(ends.end_on_or_after(d("2027-01-01")), None);
        assert!(!ends.active_on(d("2027-01-01")) && ends.active_on(d("2026-06-01")));
    }

    #[test]
    fn billing_follows_every_and_stops_at_the_end() {
        let mut c = contract("2026-01-15", Some("2026-06-30"), false);
        c.every = Some("month".into());
        let days = c.billing_days(d("2026-01-01"), d("2027-01-01"));
        assert_eq!(days.len(), 6);
        assert_eq!(days[5], d("2026-06-15"));
        let later = c.billing_days(d("2026-04-01"), d("2026-05-01"));
        assert_eq!(later, vec![d("2026-04-15")]);
        assert_eq!(c.mrr(), Some(Decimal::from(1200)));
        c.every = None;
        assert_eq!(
            c.billing_days(d("2026-01-01"), d("2027-01-01")),
            vec![d("2026-01-15")]
        );
        assert_eq!(c.mrr(), None);
    }

    #[test]
    fn spans_parse() {
        assert_eq!(Span::parse("3m"), Some(Span::Months(3)));
        assert_eq!(Span::parse("2w"), Some(Span::Days(14)));
        assert_eq!(Span::parse("1y"), Some(Span::Months(12)));
        assert_eq!(Span::parse("90d"), Some(Span::Days(90)));
        assert_eq!(Span::parse("soon"), None);
        assert_eq!(Span::parse("m"), None);
    }
}
