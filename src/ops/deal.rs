//! `crm deal add|set`: offers, contracts and sales of a customer.

use super::{AssignOp, Assignment, Op, Outcome};
use crate::error::{Error, Result};
use crate::model::config::Config;
use crate::model::{self, id};
use crate::query::{resolve, when};
use crate::store::{Transaction, edit};
use chrono::NaiveDate;
use toml_edit::{Item, Value};

/// What `crm deal add` takes.
#[derive(Debug, Default, Clone)]
pub struct NewDeal {
    pub title: String,
    pub amount: String,
    pub currency: Option<String>,
    pub stage: Option<String>,
    pub probability: Option<u8>,
    pub expected: Option<NaiveDate>,
    /// The contract's last day (`ends`).
    pub ends: Option<NaiveDate>,
}

/// `crm deal add`; prints the deal id.
pub fn add(op: &Op, reference: &str, n: &NewDeal) -> Result<Outcome> {
    let title = n.title.trim();
    if title.is_empty() {
        return Err(Error::usage("TITLE: a deal needs a title"));
    }
    let amount = model::parse_amount(&n.amount).map_err(|m| Error::invalid("--amount", m))?;
    let stage = n
        .stage
        .clone()
        .unwrap_or_else(|| op.cfg().deal_stages[0].clone());
    check_deal_stage(op.cfg(), &stage)?;
    let currency = n
        .currency
        .clone()
        .unwrap_or_else(|| op.cfg().currency.clone())
        .to_uppercase();
    check_currency(&currency)?;
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
        pairs.push(("closed", edit::date(op.now.date_naive())));
    }
    pairs.push(("owner", Value::from(op.user.as_str())));
    pairs.push(("created", edit::date(op.now.date_naive())));
    if let Some(e) = n.ends {
        pairs.push(("ends", edit::date(e)));
    }
    edit::push_table(&mut doc, "deals", edit::table(pairs))?;
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

fn check_currency(c: &str) -> Result<()> {
    if c.len() == 3 && c.chars().all(|x| x.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(Error::invalid(
            "currency",
            format!("'{c}' is not a currency code like EUR"),
        ))
    }
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
    let all = op.all()?;
    let r = resolve::entry(&all.customers, prefix, true)?;
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
    for a in assignments {
        if a.op != AssignOp::Set {
            return Err(Error::usage(format!(
                "{}: deals take KEY=VALUE only",
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
                edit::set(t, "stage", Value::from(v));
                if (v == "won" || v == "lost") && !closed_given {
                    edit::set(t, "closed", edit::date(today));
                } else if v != "won" && v != "lost" && !closed_given {
                    edit::remove(t, "closed");
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
            "expected" | "closed" | "ends" if v.is_empty() => {
                edit::remove(t, &a.key);
            }
            "expected" | "closed" | "ends" => {
                let d = when::parse_date(&a.key, v, today)?;
                edit::set(t, &a.key, edit::date(d));
            }
            "owner" if !v.is_empty() => edit::set(t, "owner", Value::from(v)),
            other => {
                return Err(Error::usage_hint(
                    format!("'{other}' cannot be set on a deal (or its value is empty)"),
                    "deal fields: title, amount, currency, stage, probability, expected, closed, ends, owner",
                ));
            }
        }
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
