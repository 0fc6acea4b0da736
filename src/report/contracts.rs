//! Contracts (`[[contracts]]`): the list of `crm contract ls`, what ends or
//! renews in a period and the monthly recurring revenue (`crm report
//! contracts`), their notice dates and ends (the rule `contract-ending`), and the revenue
//! they bring per period (`crm report turnover --contracts`).
//!
//! The calendar of one contract (terms, renewals, notice, billing days) is
//! `model::contract`; this module applies it to a store and a period.
//! Amounts follow the reports' rules: exact decimals, never added across
//! currencies (a contract without `currency` is in the store's).

use super::{Input, TurnoverRow, amount, opt_amount};
use crate::model::{Contract, Customer};
use crate::query::period::{Interval, Period};
use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

/// One contract as `crm contract ls` and `crm report contracts` list it.
#[derive(Debug, Clone, Serialize)]
pub struct ContractRow {
    pub customer: String,
    /// The customer's name.
    pub name: String,
    pub id: String,
    pub title: String,
    pub start: NaiveDate,
    /// The end as written (null: open-ended).
    pub end: Option<NaiveDate>,
    /// The end of the term in question: the first on or after today (in a
    /// report with `-p`: the first in the period); a renewing contract's
    /// later terms end a term length apart. Null when open-ended.
    pub next_end: Option<NaiveDate>,
    /// What happens at `next_end`: `renews`, `ends`, or `ended` (the end
    /// has passed); `open` without an end.
    pub event: String,
    /// The last day to give notice before `next_end`.
    pub notice_by: Option<NaiveDate>,
    #[serde(serialize_with = "amount")]
    pub value: Decimal,
    pub currency: String,
    /// `month`, `quarter`, `year`, or null for a one-off value.
    pub every: Option<String>,
    /// Monthly recurring revenue (null for a one-off value).
    #[serde(serialize_with = "opt_amount")]
    pub mrr: Option<Decimal>,
    pub auto_renew: bool,
    /// The contract's owner, else the customer's.
    pub owner: Option<String>,
    pub product: Option<String>,
}

impl ContractRow {
    /// The row of contract `k` of `c`, about the term that ends at
    /// `next_end`.
    pub fn of(inp: &Input, c: &Customer, k: &Contract, next_end: Option<NaiveDate>) -> Self {
        let event = match next_end {
            None if k.end.is_none() => "open",
            None => "ended",
            Some(_) if k.renews() => "renews",
            Some(e) if e < inp.today => "ended",
            Some(_) => "ends",
        };
        ContractRow {
            customer: c.id.clone(),
            name: c.name.clone(),
            id: k.id.clone(),
            title: k.title.clone(),
            start: k.start,
            end: k.end,
            next_end: next_end.or(k.end),
            event: event.to_string(),
            notice_by: next_end.or(k.end).map(|e| k.notice_by(e)),
            value: k.value.normalize(),
            currency: k
                .currency
                .clone()
                .unwrap_or_else(|| inp.currency.to_string()),
            every: k.every.clone(),
            mrr: k.mrr(),
            auto_renew: k.renews(),
            owner: k.owner.clone().or_else(|| c.owner.clone()),
            product: k.product.clone(),
        }
    }
}

/// The contracts of `c` (when it passes the query) as `crm contract ls`
/// lists them: each about its next end from today.
pub fn list_of(inp: &Input, c: &Customer) -> Vec<ContractRow> {
    if !inp.query.matches_customer(c) {
        return Vec::new();
    }
    c.contracts
        .iter()
        .map(|k| ContractRow::of(inp, c, k, k.end_on_or_after(inp.today)))
        .collect()
}

/// The contracts of `c` (passing the query) that end or renew in the
/// period — every contract, about its next end, without one.
pub fn ending_of(inp: &Input, c: &Customer) -> Vec<ContractRow> {
    if inp.period.is_all() {
        return list_of(inp, c);
    }
    if !inp.query.matches_customer(c) {
        return Vec::new();
    }
    c.contracts
        .iter()
        .filter_map(|k| {
            let e = k
                .end_on_or_after(inp.period.start)
                .filter(|e| inp.period.contains(*e))?;
            Some(ContractRow::of(inp, c, k, Some(e)))
        })
        .collect()
}

/// The order of contract rows: by the end in question (open-ended last),
/// then customer and id.
pub fn sort(rows: &mut [ContractRow]) {
    rows.sort_by(|a, b| {
        a.next_end
            .unwrap_or(NaiveDate::MAX)
            .cmp(&b.next_end.unwrap_or(NaiveDate::MAX))
            .then_with(|| a.customer.cmp(&b.customer))
            .then_with(|| a.id.cmp(&b.id))
    });
}

// ---- monthly recurring revenue ----

/// One row of `crm report contracts --mrr`: a customer's monthly
/// recurring revenue in one currency, or (customer null) the total.
#[derive(Debug, Clone, Serialize)]
pub struct MrrRow {
    /// Null on the total row.
    pub customer: Option<String>,
    /// The customer's name; `total` on the total row.
    pub name: String,
    pub currency: String,
    /// Recurring contracts running on the day.
    pub contracts: u64,
    #[serde(serialize_with = "amount")]
    pub mrr: Decimal,
    /// `mrr × 12`.
    #[serde(serialize_with = "amount")]
    pub arr: Decimal,
}

/// The day MRR is taken on: the period's last day, else today.
pub fn mrr_day(inp: &Input) -> NaiveDate {
    if inp.period.end_exclusive == NaiveDate::MAX {
        inp.today
    } else {
        inp.period.last().unwrap_or(inp.today)
    }
}

/// The MRR rows of `c` (passing the query): its recurring contracts that
/// run on [`mrr_day`], per currency.
pub fn mrr_of(inp: &Input, c: &Customer) -> Vec<MrrRow> {
    if !inp.query.matches_customer(c) {
        return Vec::new();
    }
    let day = mrr_day(inp);
    let mut per: BTreeMap<String, (u64, Decimal)> = BTreeMap::new();
    for k in &c.contracts {
        let Some(m) = k.mrr().filter(|_| k.active_on(day)) else {
            continue;
        };
        let e = per
            .entry(
                k.currency
                    .clone()
                    .unwrap_or_else(|| inp.currency.to_string()),
            )
            .or_default();
        e.0 += 1;
        e.1 += m;
    }
    per.into_iter()
        .map(|(currency, (n, mrr))| MrrRow {
            customer: Some(c.id.clone()),
            name: c.name.clone(),
            currency,
            contracts: n,
            mrr: mrr.normalize(),
            arr: (mrr * Decimal::from(12)).normalize(),
        })
        .collect()
}

/// Sort MRR rows (largest first, then by customer) and add a total row per
/// currency at the end.
pub fn with_totals(mut rows: Vec<MrrRow>) -> Vec<MrrRow> {
    rows.sort_by(|a, b| {
        a.currency
            .cmp(&b.currency)
            .then_with(|| b.mrr.cmp(&a.mrr))
            .then_with(|| a.customer.cmp(&b.customer))
    });
    let mut totals: BTreeMap<String, (u64, Decimal)> = BTreeMap::new();
    for r in &rows {
        let e = totals.entry(r.currency.clone()).or_default();
        e.0 += r.contracts;
        e.1 += r.mrr;
    }
    rows.extend(totals.into_iter().map(|(currency, (n, mrr))| MrrRow {
        customer: None,
        name: "total".into(),
        currency,
        contracts: n,
        mrr: mrr.normalize(),
        arr: (mrr * Decimal::from(12)).normalize(),
    }));
    rows
}

// ---- the agenda ----

/// A contract whose notice date or end falls in the window: what the
/// built-in rule `contract-ending` warns about (`report::rules`).
pub struct Due<'a> {
    pub contract: &'a Contract,
    /// The day to warn about: the notice date when it is in the window,
    /// else the end (or renewal).
    pub date: NaiveDate,
    /// The end (or renewal) of the current term.
    pub end: NaiveDate,
    pub notice_by: Option<NaiveDate>,
    /// "Support: notice by 2026-11-30 (renews 2026-12-31)",
    /// "Hosting: ends 2026-11-29".
    pub text: String,
}

/// The contracts of `c` whose last day to give notice falls in today and
/// the `days` after it, else whose end (or renewal) does.
pub fn due(c: &Customer, today: NaiveDate, days: u32) -> Vec<Due<'_>> {
    let last = today
        .checked_add_signed(Duration::days(days.into()))
        .unwrap_or(NaiveDate::MAX);
    let mut out = Vec::new();
    for k in &c.contracts {
        let Some(end) = k.end_on_or_after(today) else {
            continue;
        };
        let what = k.end_word();
        let notice_by = k.notice_before(end);
        let (date, text) = match notice_by {
            Some(n) if n <= last && n >= today => {
                (n, format!("{}: notice by {n} ({what} {end})", k.title))
            }
            _ if end <= last => (end, format!("{}: {what} {end}", k.title)),
            _ => continue,
        };
        out.push(Due {
            contract: k,
            date,
            end,
            notice_by,
            text,
        });
    }
    out
}

// ---- revenue per period ----

/// Contract revenue of `c` (passing the query) per (period label,
/// currency): each billing day of each contract in the period (see
/// `Contract::billing_days`). Without a period end, a renewing contract
/// counts to the end of its current term and an open-ended one to today.
pub fn revenue_of(
    inp: &Input,
    c: &Customer,
    interval: Interval,
    period: &Period,
) -> BTreeMap<(String, String), Decimal> {
    let mut out = BTreeMap::new();
    billed(inp, c, period, |day, currency, v| {
        *out.entry((interval.label(day), currency.to_string()))
            .or_insert(Decimal::ZERO) += v;
    });
    out
}

/// Contract revenue of `c` (passing the query) in the whole period, per
/// currency (as [`revenue_of`]).
pub fn revenue_in(inp: &Input, c: &Customer, period: &Period) -> BTreeMap<String, Decimal> {
    let mut out = BTreeMap::new();
    billed(inp, c, period, |_, currency, v| {
        *out.entry(currency.to_string()).or_insert(Decimal::ZERO) += v;
    });
    out
}

/// Each billing of each contract of `c` in the period: day, currency,
/// value.
fn billed(inp: &Input, c: &Customer, period: &Period, mut f: impl FnMut(NaiveDate, &str, Decimal)) {
    if !inp.query.matches_customer(c) {
        return;
    }
    for k in &c.contracts {
        let upto = if period.end_exclusive == NaiveDate::MAX {
            let last = match k.end {
                Some(_) if k.renews() => k.end_on_or_after(inp.today),
                Some(e) => Some(e),
                None => Some(inp.today),
            };
            last.and_then(|d| d.succ_opt()).unwrap_or(inp.today)
        } else {
            period.end_exclusive
        };
        let currency = k.currency.as_deref().unwrap_or(inp.currency);
        for day in k.billing_days(period.start, upto) {
            f(day, currency, k.value);
        }
    }
}

/// Put contract revenue into turnover rows: each row gets `contracts`
/// (zero when none), and periods with only contract revenue get a row.
pub fn into_turnover(rows: &mut Vec<TurnoverRow>, revenue: BTreeMap<(String, String), Decimal>) {
    for r in rows.iter_mut() {
        r.contracts = Some(Decimal::ZERO);
    }
    for ((period, currency), v) in revenue {
        match rows
            .iter_mut()
            .find(|r| r.period == period && r.currency == currency)
        {
            Some(r) => r.contracts = Some(v.normalize()),
            None => rows.push(TurnoverRow {
                period,
                currency,
                count: 0,
                amount: Decimal::ZERO,
                open_count: 0,
                open_amount: Decimal::ZERO,
                weighted: Decimal::ZERO,
                contracts: Some(v.normalize()),
            }),
        }
    }
    rows.sort_by(|a, b| {
        a.period
            .cmp(&b.period)
            .then_with(|| a.currency.cmp(&b.currency))
    });
}
