//! `crm deal add|set|rm`: offers, contracts and sales of a customer.
//!
//! A deal may hold lines (`[[deals.lines]]`): products of the catalogue in
//! `crm.toml` with a quantity and the unit price at the time they were
//! added; the deal's `amount` is their sum unless given. Every change of
//! stage is dated in `[deals.stages]` (stage = the day the deal entered
//! it), so reports can tell how long deals stay in a stage and how many of
//! those that passed through it were won.

use super::{AssignOp, Assignment, Op, Outcome};
use crate::error::{Error, Fix, Result};
use crate::model::config::Config;
use crate::model::{self, id};
use crate::query::{resolve, when};
use crate::store::{Transaction, edit};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use toml_edit::{ArrayOfTables, Item, Table, Value};

/// What `crm deal add` takes.
#[derive(Debug, Default, Clone)]
pub struct NewDeal {
    pub title: String,
    /// The amount as typed; `None`: the sum of the lines.
    pub amount: Option<String>,
    pub currency: Option<String>,
    pub stage: Option<String>,
    pub probability: Option<u8>,
    pub expected: Option<NaiveDate>,
    /// `PRODUCT[:QUANTITY][@PRICE]`, as typed after `--item`.
    pub items: Vec<String>,
}

/// One `--item` / `item+=` value: a product of the catalogue, how many,
/// and (when given) the unit price instead of the list price.
#[derive(Debug, Clone, PartialEq)]
pub struct LineArg {
    pub product: String,
    pub quantity: Decimal,
    pub price: Option<Decimal>,
}

/// Parse `training`, `training:3`, `training:2.5@1100`.
pub fn parse_item(arg: &str, s: &str) -> Result<LineArg> {
    let (head, price) = match s.split_once('@') {
        Some((h, p)) => (
            h,
            Some(model::parse_amount(p).map_err(|m| Error::invalid(arg, m))?),
        ),
        None => (s, None),
    };
    let (product, quantity) = match head.split_once(':') {
        Some((p, q)) => (
            p.trim(),
            model::parse_amount(q)
                .ok()
                .filter(|q| *q > Decimal::ZERO)
                .ok_or_else(|| {
                    Error::usage_hint(
                        format!("{arg}: '{q}' is not a quantity above zero"),
                        "write PRODUCT:QUANTITY, e.g. training:3 or support-year:1",
                    )
                })?,
        ),
        None => (head.trim(), Decimal::ONE),
    };
    if product.is_empty() {
        return Err(Error::usage_hint(
            format!("{arg}: '{s}' names no product"),
            "write PRODUCT:QUANTITY, e.g. training:3",
        ));
    }
    Ok(LineArg {
        product: product.to_string(),
        quantity,
        price,
    })
}

/// The catalogue's product, or an error naming the known ones.
fn product<'c>(cfg: &'c Config, arg: &str, id: &str) -> Result<&'c model::config::Product> {
    cfg.product(id).ok_or_else(|| {
        let known: Vec<&str> = cfg.products.iter().map(|p| p.id.as_str()).collect();
        Error::invalid(
            arg,
            format!(
                "'{id}' is not a product of the catalogue (crm.toml [[products]]: {})",
                if known.is_empty() {
                    "none yet".to_string()
                } else {
                    known.join(", ")
                }
            ),
        )
        .with_hint(Fix::Products)
    })
}

/// A `[[deals.lines]]` table.
fn line_table(product: &str, quantity: Decimal, price: Decimal) -> Table {
    edit::table(vec![
        ("product", Value::from(product)),
        ("quantity", edit::amount(quantity)),
        ("price", edit::amount(price)),
    ])
}

/// `crm deal add`; prints the deal id.
pub fn add(op: &Op, reference: &str, n: &NewDeal) -> Result<Outcome> {
    let title = n.title.trim();
    if title.is_empty() {
        return Err(Error::usage("TITLE: a deal needs a title"));
    }
    let cfg = op.cfg();
    let items = n
        .items
        .iter()
        .map(|s| parse_item("--item", s))
        .collect::<Result<Vec<_>>>()?;
    // The currency: given, else the products' (when they agree), else the
    // store's. A line's price is in the deal's currency.
    let mut currency = n.currency.clone().map(|c| c.to_uppercase());
    let mut lines: Vec<(String, Decimal, Decimal)> = Vec::new();
    for it in &items {
        let p = product(cfg, "--item", &it.product)?;
        let pc = p.currency.clone().unwrap_or_else(|| cfg.currency.clone());
        if it.price.is_none() {
            match &currency {
                None => currency = Some(pc),
                Some(c) if *c != pc => {
                    return Err(Error::invalid(
                        "--item",
                        format!(
                            "{} is priced in {pc}, the deal is in {c}; give its price in {c} (--item {}:{}@PRICE)",
                            p.id, p.id, it.quantity
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
        match lines.iter_mut().find(|l| l.0 == p.id) {
            Some(l) => l.1 += it.quantity,
            None => lines.push((p.id.clone(), it.quantity, it.price.unwrap_or(p.price))),
        }
    }
    let currency = currency.unwrap_or_else(|| cfg.currency.clone());
    check_currency(&currency)?;
    let amount = match &n.amount {
        Some(a) => model::parse_amount(a).map_err(|m| Error::invalid("--amount", m))?,
        None if !lines.is_empty() => lines.iter().map(|l| l.1 * l.2).sum::<Decimal>(),
        None => {
            return Err(Error::usage_hint(
                "a deal needs --amount or at least one --item",
                "e.g. --amount 12000, or --item training:3 --item support-year:1",
            ));
        }
    }
    .normalize();
    check_total(amount)?;
    let stage = n
        .stage
        .clone()
        .unwrap_or_else(|| cfg.deal_stages[0].clone());
    check_deal_stage(cfg, &stage)?;
    if n.probability.is_some_and(|p| p > 100) {
        return Err(Error::invalid(
            "--probability",
            "is a percentage from 0 to 100",
        ));
    }
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let did = id::new_id('d');
    let today = op.now.date_naive();
    let mut pairs = vec![
        ("id", Value::from(did.as_str())),
        ("title", edit::string(title)),
        ("amount", edit::amount(amount)),
        ("currency", Value::from(currency.as_str())),
        ("stage", Value::from(stage.as_str())),
    ];
    if let Some(p) = n.probability {
        pairs.push(("probability", Value::from(i64::from(p))));
    }
    if let Some(e) = n.expected {
        pairs.push(("expected", edit::date(e)));
    }
    if stage == "won" || stage == "lost" {
        pairs.push(("closed", edit::date(today)));
    }
    pairs.push(("owner", Value::from(op.user.as_str())));
    let mut t = edit::table(pairs);
    // Sub-tables, then arrays of tables: the order a file needs and
    // `crm import json` writes.
    t.insert(
        "stages",
        Item::Table(edit::table(vec![(stage.as_str(), edit::date(today))])),
    );
    if !lines.is_empty() {
        let mut arr = ArrayOfTables::new();
        for (p, q, price) in &lines {
            arr.push(line_table(p, *q, *price));
        }
        t.insert("lines", Item::ArrayOfTables(arr));
    }
    edit::push_table(&mut doc, "deals", t)?;
    let committed = op.commit(
        Transaction::new(format!(
            "deal add {cid}: {title} ({amount} {currency}, {stage})"
        ))
        .write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(did),
        committed,
        warnings: Vec::new(),
    })
}

fn check_deal_stage(cfg: &Config, stage: &str) -> Result<()> {
    if cfg.deal_stages.iter().any(|s| s == stage) {
        Ok(())
    } else {
        Err(Error::invalid(
            "stage",
            format!(
                "'{stage}' is not a deal stage; one of: {}",
                cfg.deal_stages.join(", ")
            ),
        ))
    }
}

pub(crate) fn check_currency(c: &str) -> Result<()> {
    if c.len() == 3 && c.chars().all(|x| x.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(Error::invalid(
            "currency",
            format!("'{c}' is not a currency code like EUR"),
        ))
    }
}

const DEAL_KEYS: &str = "deal fields: title, amount, currency, stage, probability, expected, closed, owner, reason, item (item+=PRODUCT:N, item-=PRODUCT, item=PRODUCT:N)";

/// Record in `[deals.stages]` that the deal entered `stage` on `day`.
fn date_stage(t: &mut Table, stage: &str, day: NaiveDate) -> Result<()> {
    let item = t
        .entry("stages")
        .or_insert_with(|| Item::Table(Table::new()));
    let Some(st) = item.as_table_like_mut() else {
        return Err(Error::invalid(
            "stages",
            "is not a table of stage = date; fix the file by hand",
        ));
    };
    match st.get_mut(stage).and_then(Item::as_value_mut) {
        Some(old) => {
            let decor = old.decor().clone();
            *old = edit::date(day);
            *old.decor_mut() = decor;
        }
        None => {
            st.insert(stage, Item::Value(edit::date(day)));
            // `stages = { open = … }` written by hand: keep it one tidy line.
            if let Some(inline) = item.as_inline_table_mut() {
                inline.fmt();
            }
        }
    }
    Ok(())
}

/// A deal reopened (moved from won or lost back to an open stage) was
/// not won or lost after all: forget those dates, as `closed` is, so the
/// age in stage, conversion and days per stage do not count a close that
/// was taken back.
fn undate_closes(t: &mut Table) {
    if let Some(st) = t.get_mut("stages").and_then(Item::as_table_like_mut) {
        st.remove("won");
        st.remove("lost");
    }
}

/// Change the lines of deal table `t` by one `item…` assignment.
fn change_lines(cfg: &Config, t: &mut Table, a: &Assignment) -> Result<()> {
    let currency = t
        .get("currency")
        .and_then(Item::as_str)
        .unwrap_or(&cfg.currency)
        .to_string();
    let item = if a.op == AssignOp::Remove {
        LineArg {
            product: a.value.trim().to_string(),
            quantity: Decimal::ZERO,
            price: None,
        }
    } else {
        parse_item("item", &a.value)?
    };
    let lines = t
        .entry("lines")
        .or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new()))
        .as_array_of_tables_mut()
        .ok_or_else(|| {
            Error::invalid(
                "lines",
                "is not written as [[deals.lines]] entries; fix the file by hand",
            )
        })?;
    let at = lines
        .iter()
        .position(|l| l.get("product").and_then(Item::as_str) == Some(item.product.as_str()));
    let quantity_of = |l: &Table| number(l, "quantity").unwrap_or(Decimal::ONE);
    match (a.op, at) {
        (AssignOp::Remove, Some(i)) => {
            lines.remove(i);
        }
        (AssignOp::Remove, None) => {
            return Err(Error::invalid(
                "item",
                format!("the deal has no line of '{}'", item.product),
            ));
        }
        (op, Some(i)) => {
            let l = lines.get_mut(i).expect("position just found");
            let q = if op == AssignOp::Add {
                quantity_of(l) + item.quantity
            } else {
                item.quantity
            };
            edit::set(l, "quantity", edit::amount(q.normalize()));
            if let Some(p) = item.price {
                edit::set(l, "price", edit::amount(p));
            }
        }
        (_, None) => {
            let p = product(cfg, "item", &item.product)?;
            let pc = p.currency.as_deref().unwrap_or(&cfg.currency);
            if item.price.is_none() && pc != currency {
                return Err(Error::invalid(
                    "item",
                    format!(
                        "{} is priced in {pc}, the deal is in {currency}; give its price (item+={}:{}@PRICE)",
                        p.id, p.id, item.quantity
                    ),
                ));
            }
            lines.push(line_table(
                &p.id,
                item.quantity,
                item.price.unwrap_or(p.price),
            ));
        }
    }
    if lines.is_empty() {
        t.remove("lines");
    }
    Ok(())
}

/// A number of a table as the file has it (integer or float), exactly.
fn number(t: &Table, key: &str) -> Option<Decimal> {
    match t.get(key).and_then(Item::as_value) {
        Some(Value::Integer(i)) => Some(Decimal::from(*i.value())),
        Some(Value::Float(f)) => model::decimal_from_f64(*f.value()),
        _ => None,
    }
}

/// A deal's amount (typed, or its lines added up) within what crm takes.
fn check_total(amount: Decimal) -> Result<()> {
    if amount > model::max_amount() {
        return Err(Error::invalid(
            "amount",
            format!("the deal comes to {amount}, over the largest amount crm takes (10^12)"),
        ));
    }
    Ok(())
}

/// The sum of the lines of deal table `t`, as the file has them.
fn lines_total(t: &Table) -> Decimal {
    let Some(lines) = t.get("lines").and_then(Item::as_array_of_tables) else {
        return Decimal::ZERO;
    };
    lines
        .iter()
        .map(|l| {
            number(l, "quantity").unwrap_or(Decimal::ONE) * number(l, "price").unwrap_or_default()
        })
        .sum::<Decimal>()
        .normalize()
}

/// The customers with a deal whose id starts with `prefix` (what
/// `resolve::entry` needs to find it or call it ambiguous).
fn holders(op: &Op, prefix: &str) -> Result<Vec<model::Customer>> {
    let p = prefix.trim();
    if p.is_empty() {
        return Ok(Vec::new()); // resolve::entry refuses it
    }
    if let Some(c) = op.card_holder(&|c| c.deals.iter().any(|d| d.id == p)) {
        return Ok(vec![c]);
    }
    op.holders(|c| c.deals.iter().any(|d| d.id.starts_with(p)))
}

/// `crm deal set ID KEY=VALUE…`.
pub fn set(op: &Op, prefix: &str, assignments: &[Assignment]) -> Result<Outcome> {
    if assignments.is_empty() {
        return Err(Error::usage_hint(
            "nothing to set",
            "e.g. crm deal set d7k2 stage=won",
        ));
    }
    let _lock = op.store.lock()?;
    let all = holders(op, prefix)?;
    let r = resolve::entry(&all, prefix, true)?;
    let (_, mut doc) = op.doc(&r.customer)?;
    let today = op.now.date_naive();
    let cfg = op.cfg().clone();
    let arr = edit::tables_mut(&mut doc, "deals")?;
    let i = arr
        .iter()
        .position(|t| t.get("id").and_then(Item::as_str) == Some(r.id.as_str()))
        .ok_or_else(|| Error::NotFound {
            what: "deal",
            query: prefix.to_string(),
            candidates: Vec::new(),
        })?;
    let t = arr.get_mut(i).expect("position just found");
    let closed_given = assignments.iter().any(|a| a.key == "closed");
    let amount_given = assignments.iter().any(|a| a.key == "amount");
    let mut lines_changed = false;
    for a in assignments {
        if a.key == "item" || a.key == "items" || a.key == "lines" {
            change_lines(&cfg, t, a)?;
            lines_changed = true;
            continue;
        }
        if a.op != AssignOp::Set {
            return Err(Error::usage(format!(
                "{}: deals take KEY=VALUE only (and item+=, item-=)",
                a.key
            )));
        }
        let v = a.value.trim();
        match a.key.as_str() {
            "title" if !v.is_empty() => edit::set(t, "title", edit::string(v)),
            "amount" => {
                let d = model::parse_amount(v).map_err(|m| Error::invalid("amount", m))?;
                edit::set(t, "amount", edit::amount(d));
            }
            "currency" => {
                let c = v.to_uppercase();
                check_currency(&c)?;
                edit::set(t, "currency", Value::from(c));
            }
            "stage" => {
                check_deal_stage(&cfg, v)?;
                let was = t.get("stage").and_then(Item::as_str).map(str::to_string);
                edit::set(t, "stage", Value::from(v));
                if was.as_deref() != Some(v) {
                    date_stage(t, v, today)?;
                }
                if (v == "won" || v == "lost") && !closed_given {
                    edit::set(t, "closed", edit::date(today));
                } else if v != "won" && v != "lost" && !closed_given {
                    edit::remove(t, "closed");
                }
                if v != "won" && v != "lost" && was.as_deref() != Some(v) {
                    undate_closes(t);
                }
            }
            "probability" if v.is_empty() => {
                edit::remove(t, "probability");
            }
            "probability" => {
                let p: u8 = v
                    .trim_end_matches('%')
                    .parse()
                    .ok()
                    .filter(|p| *p <= 100)
                    .ok_or_else(|| {
                        Error::invalid(
                            "probability",
                            format!("'{v}' is not a percentage from 0 to 100"),
                        )
                    })?;
                edit::set(t, "probability", Value::from(i64::from(p)));
            }
            "expected" | "closed" if v.is_empty() => {
                edit::remove(t, &a.key);
            }
            "expected" | "closed" => {
                let d = when::parse_date(&a.key, v, today)?;
                edit::set(t, &a.key, edit::date(d));
            }
            "owner" if !v.is_empty() => edit::set(t, "owner", Value::from(v)),
            "reason" if v.is_empty() => {
                edit::remove(t, "reason");
            }
            "reason" => edit::set(t, "reason", edit::string(v)),
            other => {
                return Err(Error::usage_hint(
                    format!("'{other}' cannot be set on a deal (or its value is empty)"),
                    DEAL_KEYS,
                ));
            }
        }
    }
    // The amount follows the lines unless it was given.
    if lines_changed && !amount_given {
        let total = lines_total(t);
        check_total(total)?;
        edit::set(t, "amount", edit::amount(total));
    }
    // Setting a field settles a merge conflict recorded on it.
    for a in assignments {
        let key = if a.key == "item" || a.key == "items" || a.key == "lines" {
            "amount"
        } else {
            a.key.as_str()
        };
        super::clear_conflicts(&mut doc, &format!("deals.{}.{key}", r.id));
    }
    let summary: Vec<String> = assignments.iter().map(Assignment::show).collect();
    let committed = op.commit(
        Transaction::new(format!(
            "deal set {} {}: {}",
            r.customer,
            r.id,
            summary.join(", ")
        ))
        .write(&r.customer, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(r.id),
        committed,
        warnings: Vec::new(),
    })
}

/// `crm deal rm ID`: remove a deal (the history keeps it).
pub fn rm(op: &Op, prefix: &str) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let all = holders(op, prefix)?;
    let r = resolve::entry(&all, prefix, true)?;
    let (_, mut doc) = op.doc(&r.customer)?;
    let arr = edit::tables_mut(&mut doc, "deals")?;
    let i = arr
        .iter()
        .position(|t| t.get("id").and_then(Item::as_str) == Some(r.id.as_str()))
        .ok_or_else(|| Error::NotFound {
            what: "deal",
            query: prefix.to_string(),
            candidates: Vec::new(),
        })?;
    let title = arr
        .get(i)
        .and_then(|t| t.get("title"))
        .and_then(Item::as_str)
        .unwrap_or_default()
        .to_string();
    arr.remove(i);
    if arr.is_empty() {
        doc.remove("deals");
    }
    let committed = op.commit(
        Transaction::new(format!(
            "deal rm {} {}: {}",
            r.customer,
            r.id,
            super::truncate(&title, 60)
        ))
        .write(&r.customer, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(r.id),
        committed,
        warnings: Vec::new(),
    })
}

/// The deal `prefix` names, with its customer (for `crm deal show`).
pub fn find(op: &Op, prefix: &str) -> Result<(model::Customer, model::Deal)> {
    let all = holders(op, prefix)?;
    let r = resolve::entry(&all, prefix, true)?;
    let c = all
        .iter()
        .find(|c| c.id == r.customer)
        .cloned()
        .expect("the customer the deal was found in");
    let d = c.deals[r.index].clone();
    Ok((c, d))
}
