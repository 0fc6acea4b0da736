//! Deals one by one (`crm deals`, `crm deal show`), and what the deal
//! reports learn from the deals that were closed: the share of those that
//! passed through a stage and were won (conversion), the days deals spend
//! in each stage, and the days from opening to closing. Also the reasons
//! deals were won or lost (`crm report reasons`), and how one period
//! compares with the one before and the same one a year earlier
//! (`crm report turnover --compare`).
//!
//! The stage dates come from `[deals.stages]` (stage = the day the deal
//! entered it): deals without them count in the pipeline's sums but not
//! in these figures.

use super::{Input, amount, cents, in_period, is_open, weighted};
use crate::model::{Customer, Deal};
use crate::query::period::Period;
use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

/// One deal as `crm deals` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct DealRow {
    pub customer: String,
    /// The customer's name.
    pub name: String,
    pub id: String,
    pub title: String,
    pub stage: String,
    #[serde(serialize_with = "amount")]
    pub amount: Decimal,
    /// The deal's currency, else the store's.
    pub currency: String,
    pub probability: Option<u8>,
    /// `amount × probability / 100` in cents (0 without probability).
    #[serde(serialize_with = "amount")]
    pub weighted: Decimal,
    pub expected: Option<NaiveDate>,
    pub closed: Option<NaiveDate>,
    /// The deal's owner, else the customer's.
    pub owner: Option<String>,
    /// The day it entered its stage (`[deals.stages]`).
    pub since: Option<NaiveDate>,
    /// Days in its stage up to today (for a won or lost deal: since it was
    /// closed).
    pub age: Option<i64>,
    pub reason: Option<String>,
    /// Product ids of its lines, in file order.
    pub products: Vec<String>,
}

impl DealRow {
    /// The row of deal `d` of customer `c`.
    pub fn of(inp: &Input, c: &Customer, d: &Deal) -> DealRow {
        let since = d.stage_since();
        let until = inp.today;
        DealRow {
            customer: c.id.clone(),
            name: c.name.clone(),
            id: d.id.clone(),
            title: d.title.clone(),
            stage: d.stage.clone(),
            amount: d.amount.normalize(),
            currency: inp.currency_of(d).to_string(),
            probability: d.probability,
            weighted: cents(weighted(d)),
            expected: d.expected,
            closed: d.closed,
            owner: d.owner.clone().or_else(|| c.owner.clone()),
            since,
            age: since.map(|s| (until - s).num_days().max(0)),
            reason: d.reason.clone(),
            products: d.lines.iter().map(|l| l.product.clone()).collect(),
        }
    }
}

/// The date `-p` looks at for a deal: `closed` once won or lost,
/// `expected` while open.
pub fn deal_date(d: &Deal) -> Option<NaiveDate> {
    if is_open(d) { d.expected } else { d.closed }
}

/// The rows of the deals of `c` that pass the query and the period.
pub fn rows_of(inp: &Input, c: &Customer) -> Vec<DealRow> {
    c.deals
        .iter()
        .filter(|d| in_period(&inp.period, deal_date(d)) && inp.query.matches_deal(c, d))
        .map(|d| DealRow::of(inp, c, d))
        .collect()
}

/// The default order of `crm deals`: by stage (crm.toml's order), then
/// by date (expected or closed; none last), customer and id.
pub fn sort_rows(inp: &Input, rows: &mut [DealRow]) {
    rows.sort_by(|a, b| {
        inp.stage_rank(&a.stage)
            .cmp(&inp.stage_rank(&b.stage))
            .then_with(|| {
                let date = |r: &DealRow| r.closed.or(r.expected).unwrap_or(NaiveDate::MAX);
                date(a).cmp(&date(b))
            })
            .then_with(|| a.customer.cmp(&b.customer))
            .then_with(|| a.id.cmp(&b.id))
    });
}

// ---- what closed deals tell ----

/// What the closed deals of one group say about a stage: how many of those
/// that passed through it were won and lost, and the days they spent in it.
#[derive(Debug, Default, Clone, Copy)]
pub struct StageStats {
    pub won: u64,
    pub lost: u64,
    /// Days spent in the stage, summed, and how many deals left it.
    pub days: i64,
    pub left: u64,
}

impl StageStats {
    /// `won / (won + lost)` in percent, one decimal; `None` without any.
    pub fn conversion(&self) -> Option<Decimal> {
        percent(self.won, self.won + self.lost)
    }

    /// Average days in the stage, one decimal.
    pub fn avg_days(&self) -> Option<Decimal> {
        (self.left > 0).then(|| tenth(Decimal::from(self.days) / Decimal::from(self.left)))
    }
}

/// Rounded to one decimal, halves away from zero (as amounts are to
/// cents).
fn tenth(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

/// `part / whole` in percent with one decimal.
pub fn percent(part: u64, whole: u64) -> Option<Decimal> {
    (whole > 0).then(|| tenth(Decimal::from(part) * Decimal::from(100) / Decimal::from(whole)))
}

/// Add what closed deal `d` says to `add(stage, …)`: each stage it passed
/// through before closing (not `won`/`lost` themselves) with whether it
/// was won and the days it stayed (to the next stage's date).
pub fn closed_journey(d: &Deal, mut add: impl FnMut(&str, bool, Option<i64>)) {
    if is_open(d) {
        return;
    }
    let won = d.stage == "won";
    let s = &d.stages;
    for (i, st) in s.iter().enumerate() {
        if st.stage == "won" || st.stage == "lost" {
            continue;
        }
        let next = s.get(i + 1).map(|n| n.on).or(d.closed);
        add(&st.stage, won, next.map(|n| (n - st.on).num_days().max(0)));
    }
}

/// Win rate and days to close of a group of closed deals.
#[derive(Debug, Default, Clone, Copy)]
pub struct CloseStats {
    pub won: u64,
    pub lost: u64,
    /// Days from opening (the first stage date) to `closed`, summed over
    /// won deals that have both, and how many.
    pub days: i64,
    pub timed: u64,
}

impl CloseStats {
    /// Count closed deal `d`.
    pub fn add(&mut self, d: &Deal) {
        match d.stage.as_str() {
            "won" => {
                self.won += 1;
                if let (Some(o), Some(c)) = (d.opened(), d.closed) {
                    self.days += (c - o).num_days().max(0);
                    self.timed += 1;
                }
            }
            "lost" => self.lost += 1,
            _ => {}
        }
    }

    /// `won / (won + lost)` in percent.
    pub fn conversion(&self) -> Option<Decimal> {
        percent(self.won, self.won + self.lost)
    }

    /// Average days from opening to winning, one decimal.
    pub fn days_to_close(&self) -> Option<Decimal> {
        (self.timed > 0).then(|| tenth(Decimal::from(self.days) / Decimal::from(self.timed)))
    }
}

// ---- reasons ----

/// One row of `crm report reasons`.
#[derive(Debug, Clone, Serialize)]
pub struct ReasonRow {
    /// `won` or `lost`.
    pub stage: String,
    /// The reason as written (empty when none was given).
    pub reason: String,
    pub currency: String,
    pub count: u64,
    #[serde(serialize_with = "amount")]
    pub amount: Decimal,
    /// Share of the won (or lost) deals of the currency, percent.
    pub share: Option<Decimal>,
}

/// Won and lost deals by reason. `-p` selects by `closed`.
pub fn reasons(inp: &Input, deals: &[super::DealOf]) -> Vec<ReasonRow> {
    let mut groups: BTreeMap<(usize, String, String, String), (u64, Decimal)> = BTreeMap::new();
    let mut totals: BTreeMap<(String, String), u64> = BTreeMap::new();
    for super::DealOf { deal: d, .. } in deals {
        if is_open(d) || !in_period(&inp.period, d.closed) {
            continue;
        }
        let reason = d.reason.clone().unwrap_or_default();
        let currency = inp.currency_of(d).to_string();
        let e = groups
            .entry((
                inp.stage_rank(&d.stage),
                d.stage.clone(),
                reason.trim().to_string(),
                currency.clone(),
            ))
            .or_default();
        e.0 += 1;
        e.1 += d.amount;
        *totals.entry((d.stage.clone(), currency)).or_default() += 1;
    }
    let mut rows: Vec<ReasonRow> = groups
        .into_iter()
        .map(|((_, stage, reason, currency), (count, amount))| {
            let total = totals
                .get(&(stage.clone(), currency.clone()))
                .copied()
                .unwrap_or(0);
            ReasonRow {
                share: percent(count, total),
                stage,
                reason,
                currency,
                count,
                amount: amount.normalize(),
            }
        })
        .collect();
    // Within a stage, the most frequent reason first.
    rows.sort_by(|a, b| {
        inp.stage_rank(&a.stage)
            .cmp(&inp.stage_rank(&b.stage))
            .then_with(|| a.currency.cmp(&b.currency))
            .then_with(|| b.count.cmp(&a.count))
            .then_with(|| a.reason.cmp(&b.reason))
    });
    rows
}

// ---- comparing periods ----

/// The period of the same length just before `p`: the previous month,
/// quarter or year (any run of whole months moves by its months), else
/// the same number of days before.
pub fn previous(p: &Period) -> Option<Period> {
    let months = whole_months(p);
    match months {
        Some(m) => Some(Period {
            start: p.start.checked_sub_months(Months::new(m))?,
            end_exclusive: p.start,
        }),
        None => {
            let days = p.end_exclusive - p.start;
            Some(Period {
                start: p.start.checked_sub_signed(days)?,
                end_exclusive: p.start,
            })
        }
    }
}

/// The same period a year earlier.
pub fn year_before(p: &Period) -> Option<Period> {
    Some(Period {
        start: p.start.checked_sub_months(Months::new(12))?,
        end_exclusive: p.end_exclusive.checked_sub_months(Months::new(12))?,
    })
}

/// One row of `crm report turnover --compare`.
#[derive(Debug, Clone, Serialize)]
pub struct CompareRow {
    /// `period` (the one asked for), `previous` or `year_before`.
    pub which: String,
    /// The dates, `2026-11-01..2026-11-30`.
    pub period: String,
    pub currency: String,
    /// Won deals closed in the period, and their amount.
    pub count: u64,
    #[serde(serialize_with = "amount")]
    pub amount: Decimal,
    /// Open deals expected to close in it.
    pub open_count: u64,
    #[serde(serialize_with = "amount")]
    pub open_amount: Decimal,
    /// Contract revenue billed in it (with `--contracts`).
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::opt_amount"
    )]
    pub contracts: Option<Decimal>,
    /// How far the asked period's won amount (plus contract revenue with
    /// `--contracts`) is above (+) or below (−) this row's, in percent;
    /// null on the period's own row and where this row has nothing.
    #[serde(serialize_with = "super::opt_amount")]
    pub change: Option<Decimal>,
}

/// The period, the one before it and the same one a year earlier.
pub fn compared(p: &Period) -> Vec<(&'static str, Period)> {
    let mut out = vec![("period", *p)];
    out.extend(previous(p).map(|x| ("previous", x)));
    out.extend(year_before(p).map(|x| ("year_before", x)));
    out
}

/// Turnover of each of `periods` ([`compared`]) per currency; `revenue`,
/// when given, the contract revenue of each period per currency.
pub fn compare(
    inp: &Input,
    deals: &[super::DealOf],
    periods: &[(&'static str, Period)],
    revenue: Option<&[BTreeMap<String, Decimal>]>,
) -> Vec<CompareRow> {
    let mut currencies: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    let mut sums: Vec<BTreeMap<String, (u64, Decimal, u64, Decimal)>> = Vec::new();
    for (_, p) in periods {
        let mut m: BTreeMap<String, (u64, Decimal, u64, Decimal)> = BTreeMap::new();
        for super::DealOf { deal: d, .. } in deals {
            let cur = inp.currency_of(d).to_string();
            if d.stage == "won" && d.closed.is_some_and(|x| p.contains(x)) {
                let e = m.entry(cur.clone()).or_default();
                e.0 += 1;
                e.1 += d.amount;
            } else if is_open(d) && d.expected.is_some_and(|x| p.contains(x)) {
                let e = m.entry(cur.clone()).or_default();
                e.2 += 1;
                e.3 += d.amount;
            }
        }
        currencies.extend(m.keys().cloned());
        sums.push(m);
    }
    if let Some(r) = revenue {
        for m in r {
            currencies.extend(m.keys().cloned());
        }
    }
    let mut rows = Vec::new();
    for cur in &currencies {
        let total = |i: usize| -> Decimal {
            let won = sums[i].get(cur).map_or(Decimal::ZERO, |s| s.1);
            let k = revenue
                .and_then(|r| r.get(i))
                .and_then(|m| m.get(cur))
                .copied()
                .unwrap_or_default();
            won + k
        };
        let this = total(0);
        for (i, (which, p)) in periods.iter().enumerate() {
            let s = sums[i].get(cur).copied().unwrap_or_default();
            let that = total(i);
            let change = (i > 0 && !that.is_zero())
                .then(|| tenth((this - that) * Decimal::from(100) / that));
            rows.push(CompareRow {
                which: which.to_string(),
                period: p.to_string(),
                currency: cur.clone(),
                count: s.0,
                amount: s.1.normalize(),
                open_count: s.2,
                open_amount: s.3.normalize(),
                contracts: revenue.map(|r| {
                    r.get(i)
                        .and_then(|m| m.get(cur))
                        .copied()
                        .unwrap_or_default()
                        .normalize()
                }),
                change,
            });
        }
    }
    rows
}

/// How many months `p` spans when it runs from a 1st to a 1st.
fn whole_months(p: &Period) -> Option<u32> {
    let (s, e) = (p.start, p.end_exclusive);
    if s.day() != 1 || e.day() != 1 || e <= s {
        return None;
    }
    u32::try_from((e.year() - s.year()) * 12 + e.month() as i32 - s.month() as i32).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn previous_periods_keep_their_shape() {
        let nov = Period::inclusive(d("2026-11-01"), d("2026-11-30"));
        assert_eq!(
            previous(&nov),
            Some(Period::inclusive(d("2026-10-01"), d("2026-10-31")))
        );
        assert_eq!(
            year_before(&nov),
            Some(Period::inclusive(d("2025-11-01"), d("2025-11-30")))
        );
        let q = Period::inclusive(d("2026-01-01"), d("2026-03-31"));
        assert_eq!(
            previous(&q),
            Some(Period::inclusive(d("2025-10-01"), d("2025-12-31")))
        );
        let days = Period::inclusive(d("2026-11-10"), d("2026-11-19"));
        assert_eq!(
            previous(&days),
            Some(Period::inclusive(d("2026-10-31"), d("2026-11-09")))
        );
    }
}
