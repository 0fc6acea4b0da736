//! `crm contract add|set|rm`: a customer's agreements (`[[contracts]]`):
//! start, end, value per period, notice period, automatic renewal.
//! Contracts are named by any unique prefix of their id, as deals are.

use super::{AssignOp, Assignment, Op, Outcome};
use crate::error::{Error, Fix, Result};
use crate::model::config::{Config, EVERY};
use crate::model::contract::Span;
use crate::model::{self, Customer, id};
use crate::query::when;
use crate::store::{Transaction, edit};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use toml_edit::{Item, Table, Value};

/// What `crm contract add` takes.
#[derive(Debug, Default, Clone)]
pub struct NewContract {
    pub title: String,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    /// As typed; `None`: the product's price.
    pub value: Option<String>,
    pub currency: Option<String>,
    /// `month`, `quarter`, `year`; `None`: the product's, else one-off.
    pub every: Option<String>,
    pub notice: Option<String>,
    pub auto_renew: bool,
    pub product: Option<String>,
    pub deal: Option<String>,
}

fn check_every(e: &str) -> Result<()> {
    if EVERY.contains(&e) {
        Ok(())
    } else {
        Err(Error::invalid(
            "every",
            format!("'{e}' is not one of: {}", EVERY.join(", ")),
        ))
    }
}

fn check_notice(n: &str) -> Result<()> {
    match Span::parse(n) {
        Some(_) => Ok(()),
        None => Err(Error::invalid(
            "notice",
            format!("'{n}' is not a notice period like 3m, 30d, 2w or 1y"),
        )),
    }
}

fn check_product(cfg: &Config, p: &str) -> Result<()> {
    if cfg.product(p).is_some() {
        Ok(())
    } else {
        Err(Error::invalid(
            "product",
            format!("'{p}' is not a product of the catalogue (crm.toml [[products]])"),
        )
        .with_hint(Fix::Products))
    }
}

/// `crm contract add`; prints the contract id.
pub fn add(op: &Op, reference: &str, n: &NewContract) -> Result<Outcome> {
    let title = n.title.trim();
    if title.is_empty() {
        return Err(Error::usage("TITLE: a contract needs a title"));
    }
    let cfg = op.cfg();
    let product = match &n.product {
        Some(p) => {
            check_product(cfg, p)?;
            cfg.product(p)
        }
        None => None,
    };
    let value = match (&n.value, product) {
        (Some(v), _) => model::parse_amount(v).map_err(|m| Error::invalid("--value", m))?,
        (None, Some(p)) => p.price,
        (None, None) => {
            return Err(Error::usage_hint(
                "a contract needs --value (or --product, whose price it takes)",
                "e.g. --value 400 --every month",
            ));
        }
    };
    let every = n
        .every
        .clone()
        .or_else(|| product.and_then(|p| p.every.clone()));
    if let Some(e) = &every {
        check_every(e)?;
    }
    if let Some(x) = &n.notice {
        check_notice(x)?;
    }
    if let Some(end) = n.end
        && end < n.start
    {
        return Err(Error::invalid(
            "--end",
            format!("{end} is before the start, {}", n.start),
        ));
    }
    if n.auto_renew && n.end.is_none() {
        return Err(Error::usage(
            "--auto-renew needs --end: a contract renews at the end of its term",
        ));
    }
    let currency = n
        .currency
        .clone()
        .or_else(|| product.and_then(|p| p.currency.clone()))
        .unwrap_or_else(|| cfg.currency.clone())
        .to_uppercase();
    super::deal::check_currency(&currency)?;
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let kid = id::new_id('c');
    let mut pairs = vec![
        ("id", Value::from(kid.as_str())),
        ("title", edit::string(title)),
        ("start", edit::date(n.start)),
    ];
    if let Some(e) = n.end {
        pairs.push(("end", edit::date(e)));
    }
    pairs.push(("value", edit::amount(value)));
    pairs.push(("currency", Value::from(currency.as_str())));
    if let Some(e) = &every {
        pairs.push(("every", Value::from(e.as_str())));
    }
    if let Some(x) = &n.notice {
        pairs.push(("notice", Value::from(x.trim())));
    }
    if n.auto_renew {
        pairs.push(("auto_renew", Value::from(true)));
    }
    if let Some(p) = &n.product {
        pairs.push(("product", Value::from(p.as_str())));
    }
    if let Some(d) = &n.deal {
        pairs.push(("deal", Value::from(d.as_str())));
    }
    pairs.push(("owner", Value::from(op.user.as_str())));
    edit::push_table(&mut doc, "contracts", edit::table(pairs))?;
    let per = every
        .as_deref()
        .map(|e| format!("/{e}"))
        .unwrap_or_default();
    let committed = op.commit(
        Transaction::new(format!(
            "contract add {cid}: {title} ({value} {currency}{per} from {})",
            n.start
        ))
        .write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(kid),
        committed,
        warnings: Vec::new(),
    })
}

/// Where a contract lives.
struct Found {
    customer: String,
    id: String,
}

/// The customers with a contract whose id starts with `prefix` (what
/// [`find`] needs to find it or call it ambiguous).
fn holders(op: &Op, prefix: &str) -> Result<Vec<Customer>> {
    let p = prefix.trim();
    if p.is_empty() {
        return Ok(Vec::new()); // find refuses it
    }
    if let Some(c) = op.card_holder(&|c| c.contracts.iter().any(|k| k.id == p)) {
        return Ok(vec![c]);
    }
    op.holders(|c| c.contracts.iter().any(|k| k.id.starts_with(p)))
}

/// The contract whose id `prefix` names, among `all`.
fn find(all: &[Customer], prefix: &str) -> Result<Found> {
    let p = prefix.trim();
    if p.is_empty() {
        return Err(Error::usage("an empty contract id names nothing"));
    }
    let mut hits = Vec::new();
    for c in all {
        for k in &c.contracts {
            if k.id == p {
                return Ok(Found {
                    customer: c.id.clone(),
                    id: k.id.clone(),
                });
            }
            if k.id.starts_with(p) {
                hits.push(Found {
                    customer: c.id.clone(),
                    id: k.id.clone(),
                });
            }
        }
    }
    match hits.len() {
        0 => Err(Error::NotFound {
            what: "contract",
            query: p.to_string(),
            candidates: Vec::new(),
        }),
        1 => Ok(hits.remove(0)),
        _ => Err(Error::Ambiguous {
            what: "contract",
            query: p.to_string(),
            candidates: hits
                .iter()
                .map(|h| format!("{}  ({})", h.id, h.customer))
                .collect(),
        }),
    }
}

/// The contract table `id` of a customer file.
fn table_of<'d>(doc: &'d mut toml_edit::DocumentMut, id: &str) -> Result<&'d mut Table> {
    let arr = edit::tables_mut(doc, "contracts")?;
    let i = arr
        .iter()
        .position(|t| t.get("id").and_then(Item::as_str) == Some(id))
        .ok_or_else(|| Error::NotFound {
            what: "contract",
            query: id.to_string(),
            candidates: Vec::new(),
        })?;
    Ok(arr.get_mut(i).expect("position just found"))
}

const CONTRACT_KEYS: &str = "contract fields: title, start, end, value, currency, every, notice, auto_renew, product, deal, owner";

/// `crm contract set ID KEY=VALUE…`.
pub fn set(op: &Op, prefix: &str, assignments: &[Assignment]) -> Result<Outcome> {
    if assignments.is_empty() {
        return Err(Error::usage_hint(
            "nothing to set",
            "e.g. crm contract set c7k2 end=2027-12-31 auto_renew=true",
        ));
    }
    let _lock = op.store.lock()?;
    let all = holders(op, prefix)?;
    let f = find(&all, prefix)?;
    let (_, mut doc) = op.doc(&f.customer)?;
    let today = op.now.date_naive();
    let cfg = op.cfg().clone();
    let t = table_of(&mut doc, &f.id)?;
    for a in assignments {
        if a.op != AssignOp::Set {
            return Err(Error::usage(format!(
                "{}: contracts take KEY=VALUE only",
                a.key
            )));
        }
        let v = a.value.trim();
        match a.key.as_str() {
            "title" if !v.is_empty() => edit::set(t, "title", edit::string(v)),
            "start" => {
                let d = when::parse_date("start", v, today)?;
                edit::set(t, "start", edit::date(d));
            }
            "end" | "every" | "notice" | "product" | "deal" | "auto_renew" if v.is_empty() => {
                edit::remove(t, &a.key);
            }
            "end" => {
                let d = when::parse_date("end", v, today)?;
                edit::set(t, "end", edit::date(d));
            }
            "value" => {
                let d: Decimal = model::parse_amount(v).map_err(|m| Error::invalid("value", m))?;
                edit::set(t, "value", edit::amount(d));
            }
            "currency" => {
                let c = v.to_uppercase();
                super::deal::check_currency(&c)?;
                edit::set(t, "currency", Value::from(c));
            }
            "every" => {
                check_every(v)?;
                edit::set(t, "every", Value::from(v));
            }
            "notice" => {
                check_notice(v)?;
                edit::set(t, "notice", Value::from(v));
            }
            "auto_renew" | "auto-renew" => {
                let b = match v.to_lowercase().as_str() {
                    "true" | "yes" | "1" => true,
                    "false" | "no" | "0" => false,
                    _ => {
                        return Err(Error::invalid(
                            "auto_renew",
                            format!("'{v}' is not true or false"),
                        ));
                    }
                };
                edit::set(t, "auto_renew", Value::from(b));
            }
            "product" => {
                check_product(&cfg, v)?;
                edit::set(t, "product", Value::from(v));
            }
            "deal" => edit::set(t, "deal", Value::from(v)),
            "owner" if !v.is_empty() => edit::set(t, "owner", Value::from(v)),
            other => {
                return Err(Error::usage_hint(
                    format!("'{other}' cannot be set on a contract (or its value is empty)"),
                    CONTRACT_KEYS,
                ));
            }
        }
    }
    // As `contract add --auto-renew` needs `--end`.
    let renews = t.get("auto_renew").and_then(Item::as_bool) == Some(true);
    if renews && t.get("end").is_none() {
        return Err(Error::usage_hint(
            "auto_renew needs an end: a contract renews at the end of its term",
            "give both: crm contract set ID end=2027-12-31 auto_renew=true",
        ));
    }
    // Setting a field settles a merge conflict recorded on it.
    for a in assignments {
        let key = if a.key == "auto-renew" {
            "auto_renew"
        } else {
            a.key.as_str()
        };
        super::clear_conflicts(&mut doc, &format!("contracts.{}.{key}", f.id));
    }
    let summary: Vec<String> = assignments.iter().map(Assignment::show).collect();
    let committed = op.commit(
        Transaction::new(format!(
            "contract set {} {}: {}",
            f.customer,
            f.id,
            summary.join(", ")
        ))
        .write(&f.customer, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(f.id),
        committed,
        warnings: Vec::new(),
    })
}

/// `crm contract rm ID`.
pub fn rm(op: &Op, prefix: &str) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let all = holders(op, prefix)?;
    let f = find(&all, prefix)?;
    let (_, mut doc) = op.doc(&f.customer)?;
    let arr = edit::tables_mut(&mut doc, "contracts")?;
    let title = arr
        .iter()
        .find(|t| t.get("id").and_then(Item::as_str) == Some(f.id.as_str()))
        .and_then(|t| t.get("title"))
        .and_then(Item::as_str)
        .unwrap_or_default()
        .to_string();
    arr.retain(|t| t.get("id").and_then(Item::as_str) != Some(f.id.as_str()));
    if arr.is_empty() {
        doc.remove("contracts");
    }
    let committed = op.commit(
        Transaction::new(format!(
            "contract rm {} {}: {}",
            f.customer,
            f.id,
            super::truncate(&title, 60)
        ))
        .write(&f.customer, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(f.id),
        committed,
        warnings: Vec::new(),
    })
}
