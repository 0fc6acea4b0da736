//! `crm report budget`, and the budget columns of `crm report value`:
//! per customer with a time budget, the budget for the period, the
//! minutes spent, the rest, how much of it is used, and the turnover per
//! hour — where the firm's time pays and where it runs over.
//!
//! The period is `-p` (a bounded period; the budget pro-rated over it,
//! see `model::budget::for_days`), or without `-p` each customer's
//! current budget period (this month, or this quarter). The query selects
//! the customers, and which of their activities and deals count, as in
//! `crm report value`.

use super::{Input, ValueRow, amount, cents, opt_amount};
use crate::model::Customer;
use crate::model::budget::{self, Effective};
use crate::model::config::BudgetDef;
use crate::query::period::Period;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

/// One row of `crm report budget`.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetRow {
    pub customer: String,
    pub name: String,
    /// The period the figures are for: `2026-11`, `2026-Q4`, or `-p`'s
    /// first and last day (`2026-01-01..2026-12-31`).
    pub period: String,
    /// The budget's own period: `month` or `quarter`.
    pub per: String,
    /// The budget for the period, in minutes.
    pub budget: u64,
    /// Minutes spent in the period.
    pub minutes: u64,
    /// `budget − minutes` (negative: over budget).
    pub rest: i64,
    /// Per cent of the budget used, rounded down.
    #[serde(serialize_with = "amount")]
    pub used: Decimal,
    pub currency: String,
    /// Won turnover (deals closed in the period).
    #[serde(serialize_with = "amount")]
    pub amount: Decimal,
    /// `amount / (minutes / 60)`, in cents; null without minutes.
    #[serde(serialize_with = "opt_amount")]
    pub per_hour: Option<Decimal>,
}

/// The days `[start, end)` a budget of `b` is counted over, and their
/// label: `-p` when it is bounded, else `b`'s current period.
fn days(b: Effective, period: &Period, today: NaiveDate) -> Option<(NaiveDate, NaiveDate, String)> {
    if period.is_all() {
        let (s, e) = b.per.period_of(today);
        return Some((s, e, b.per.label(today)));
    }
    if period.start == NaiveDate::MIN || period.end_exclusive == NaiveDate::MAX {
        return None;
    }
    Some((period.start, period.end_exclusive, period.to_string()))
}

/// Whether `-p` can carry a budget: bounded on both sides (or absent).
pub fn bounded(period: &Period) -> bool {
    period.is_all() || (period.start != NaiveDate::MIN && period.end_exclusive != NaiveDate::MAX)
}

/// The rows of customer `c` (one per currency of its won deals, at least
/// one), if it passes the query and has a budget. Unsorted: see [`sort`].
pub fn budget_of(inp: &Input, c: &Customer, defaults: &[BudgetDef]) -> Vec<BudgetRow> {
    let Some(b) = budget::effective(c, defaults) else {
        return Vec::new();
    };
    if !inp.query.matches_customer(c) {
        return Vec::new();
    }
    let Some((start, end, label)) = days(b, &inp.period, inp.today) else {
        return Vec::new();
    };
    let within = |d: NaiveDate| start <= d && d < end;
    let minutes: u64 = c
        .activities
        .iter()
        .filter(|a| within(a.at.date_naive()) && inp.query.matches_activity(c, a))
        .map(|a| u64::from(a.minutes.unwrap_or(0)))
        .sum();
    let mut won: BTreeMap<String, Decimal> = BTreeMap::new();
    for d in &c.deals {
        if d.stage == "won" && d.closed.is_some_and(within) && inp.query.matches_deal(c, d) {
            *won.entry(inp.currency_of(d).to_string()).or_default() += d.amount;
        }
    }
    if won.is_empty() {
        won.insert(inp.currency.to_string(), Decimal::ZERO);
    }
    let total = budget::for_days(b.minutes, b.per, start, end);
    let used = if total == 0 {
        Decimal::ZERO
    } else {
        super::rules::percent(Decimal::from(minutes) * Decimal::from(100) / Decimal::from(total))
    };
    won.into_iter()
        .map(|(currency, amount)| BudgetRow {
            customer: c.id.clone(),
            name: c.name.clone(),
            period: label.clone(),
            per: b.per.name().to_string(),
            budget: total,
            minutes,
            rest: i64::try_from(total).unwrap_or(i64::MAX)
                - i64::try_from(minutes).unwrap_or(i64::MAX),
            used,
            currency,
            amount: amount.normalize(),
            per_hour: (minutes > 0)
                .then(|| cents(amount * Decimal::from(60) / Decimal::from(minutes))),
        })
        .collect()
}

/// Most of the budget used first, then by id.
pub fn sort(rows: &mut [BudgetRow]) {
    rows.sort_by(|a, b| {
        b.used
            .cmp(&a.used)
            .then_with(|| a.customer.cmp(&b.customer))
            .then_with(|| a.currency.cmp(&b.currency))
    });
}

/// Fill the `budget` and `rest` of `crm report value`'s rows of `c`: the
/// budget for `-p` (null without `-p`, with an open-ended one, or without
/// a budget).
pub fn annotate_value(
    rows: &mut [ValueRow],
    c: &Customer,
    defaults: &[BudgetDef],
    period: &Period,
) {
    if period.is_all() || !bounded(period) {
        return;
    }
    let Some(b) = budget::effective(c, defaults) else {
        return;
    };
    let total = budget::for_days(b.minutes, b.per, period.start, period.end_exclusive);
    for r in rows {
        r.budget = Some(total);
        r.rest = Some(
            i64::try_from(total).unwrap_or(i64::MAX) - i64::try_from(r.minutes).unwrap_or(i64::MAX),
        );
    }
}
