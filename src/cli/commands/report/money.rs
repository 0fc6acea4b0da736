//! The money side of `crm report`: products, contracts (and MRR), contract
//! revenue in turnover, and turnover compared across periods. Each reads
//! the store once, keeping only sums or rows.

use crate::cli::ctx::Ctx;
use crate::cli::output::Records;
use crate::cli::read::{ReadCtx, records};
use crm::Result;
use crm::query::{Interval, Period};
use crm::report::products::{ProductTally, ProductsBy};
use crm::report::{DealOf, Input, contracts, deals};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Contract revenue per (period label, currency) over the store.
pub fn contract_revenue(
    ctx: &Ctx,
    rc: &ReadCtx,
    inp: &Input,
    interval: Interval,
    period: &Period,
) -> Result<BTreeMap<(String, String), Decimal>> {
    let parts = rc.fold(ctx, BTreeMap::new, |acc: &mut BTreeMap<_, Decimal>, c| {
        for (k, v) in contracts::revenue_of(inp, c, interval, period) {
            *acc.entry(k).or_default() += v;
        }
    })?;
    let mut out: BTreeMap<(String, String), Decimal> = BTreeMap::new();
    for p in parts {
        for (k, v) in p {
            *out.entry(k).or_default() += v;
        }
    }
    Ok(out)
}

/// `crm report turnover --compare`.
pub fn compare(
    ctx: &Ctx,
    rc: &ReadCtx,
    inp: &Input,
    deals: &[DealOf],
    with_contracts: bool,
) -> Result<Vec<deals::CompareRow>> {
    let periods = deals::compared(&inp.period);
    let revenue = if with_contracts {
        let n = periods.len();
        let parts = rc.fold(
            ctx,
            || vec![BTreeMap::<String, Decimal>::new(); n],
            |acc, c| {
                for (i, (_, p)) in periods.iter().enumerate() {
                    for (cur, v) in contracts::revenue_in(inp, c, p) {
                        *acc[i].entry(cur).or_default() += v;
                    }
                }
            },
        )?;
        let mut sum = vec![BTreeMap::<String, Decimal>::new(); n];
        for part in parts {
            for (i, m) in part.into_iter().enumerate() {
                for (cur, v) in m {
                    *sum[i].entry(cur).or_default() += v;
                }
            }
        }
        Some(sum)
    } else {
        None
    };
    Ok(deals::compare(inp, deals, &periods, revenue.as_deref()))
}

/// `crm report products [--by customer|owner]`.
pub fn products(
    ctx: &Ctx,
    rc: &ReadCtx,
    inp: &Input,
    by: Option<ProductsBy>,
) -> Result<Records> {
    let by = by.unwrap_or(ProductsBy::Product);
    let mut tally = ProductTally::new(by);
    let init = || ProductTally::new(by);
    let add = |t: &mut ProductTally, c: &crm::model::Customer| t.add(inp, c);
    // Activities are decoded only when the query looks at them.
    let parts = if inp.query.reads_activities() {
        rc.fold(ctx, init, add)?
    } else {
        let (parts, broken) = rc.store.fold_heads(init, add)?;
        ctx.warn_broken(&broken);
        parts
    };
    for t in parts {
        tally.merge(t);
    }
    let rows = tally.rows(&rc.store.config);
    let mut cols = vec![
        "product",
        "currency",
        "open",
        "open_amount",
        "weighted",
        "offers",
        "offer_amount",
        "won",
        "won_quantity",
        "won_amount",
    ];
    match by {
        ProductsBy::Customer => cols.insert(1, "customer"),
        ProductsBy::Owner => cols.insert(1, "user"),
        ProductsBy::Product => cols.insert(1, "name"),
    }
    records(&rows, &cols, "product")
}

/// The rows `keep` makes of the customers that have contracts; their
/// activities are decoded only when the query looks at them.
pub fn contract_rows<T: Send>(
    ctx: &Ctx,
    rc: &ReadCtx,
    inp: &Input,
    keep: impl Fn(&crm::model::Customer) -> Vec<T> + Sync,
) -> Result<Vec<T>> {
    let keep = |c: &mut crm::model::Customer| {
        let r = keep(c);
        (!r.is_empty()).then_some(r)
    };
    let (kept, broken) = if inp.query.reads_activities() {
        rc.store.scan(keep)?
    } else {
        rc.store
            .scan_heads_where(|c| !c.contracts.is_empty(), keep)?
    };
    ctx.warn_broken(&broken);
    Ok(kept.into_iter().flatten().collect())
}

/// `crm report contracts [--mrr]`.
pub fn contracts(ctx: &Ctx, rc: &ReadCtx, inp: &Input, mrr: bool) -> Result<Records> {
    if mrr {
        let rows = contract_rows(ctx, rc, inp, |c| contracts::mrr_of(inp, c))?;
        let rows = contracts::with_totals(rows);
        return records(
            &rows,
            &["customer", "name", "currency", "contracts", "mrr", "arr"],
            "customer",
        );
    }
    let mut rows = contract_rows(ctx, rc, inp, |c| contracts::ending_of(inp, c))?;
    contracts::sort(&mut rows);
    records(&rows, super::super::contract::COLUMNS, "id")
}
