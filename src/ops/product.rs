//! `crm products add|set|rm`: the catalogue of products and services in
//! `crm.toml` (`[[products]]`), edited in place so the file's comments
//! and order survive, and committed like any change.

use super::{AssignOp, Assignment, Op, Outcome};
use crate::error::{Error, Fix, Result};
use crate::model::config::{EVERY, is_product_id};
use crate::model::{self};
use crate::store::{self, Store, Transaction, edit};
use toml_edit::{DocumentMut, Value};

/// What `crm products add` takes.
#[derive(Debug, Default, Clone)]
pub struct NewProduct {
    pub id: String,
    pub name: String,
    pub price: String,
    pub unit: Option<String>,
    pub currency: Option<String>,
    pub every: Option<String>,
}

fn config_doc(store: &Store) -> Result<DocumentMut> {
    let text = store::read_text(&store.root().join(store::CONFIG), store::CONFIG.as_ref())?;
    edit::parse(store::CONFIG, &text)
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

/// `crm products add ID NAME --price N …`.
pub fn add(op: &Op, n: &NewProduct) -> Result<Outcome> {
    let id = n.id.trim();
    if !is_product_id(id) {
        return Err(Error::usage_hint(
            format!("'{id}' is not a product id"),
            "lowercase letters, digits and -, like training or support-year",
        ));
    }
    let name = n.name.trim();
    if name.is_empty() || name.contains('\n') {
        return Err(Error::usage("NAME: a product needs a name on one line"));
    }
    let price = model::parse_amount(&n.price).map_err(|m| Error::invalid("--price", m))?;
    let currency = n.currency.as_deref().map(str::to_uppercase);
    if let Some(c) = &currency {
        super::deal::check_currency(c)?;
    }
    if let Some(e) = &n.every {
        check_every(e)?;
    }
    let _lock = op.store.lock()?;
    if op.cfg().product(id).is_some() {
        return Err(
            Error::invalid("ID", format!("product '{id}' is in the catalogue already"))
                .with_hint(Fix::Products),
        );
    }
    let mut doc = config_doc(op.store)?;
    let mut pairs = vec![("id", Value::from(id)), ("name", edit::string(name))];
    if let Some(u) = n.unit.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
        pairs.push(("unit", Value::from(u)));
    }
    pairs.push(("price", edit::amount(price)));
    if let Some(c) = &currency {
        pairs.push(("currency", Value::from(c.as_str())));
    }
    if let Some(e) = &n.every {
        pairs.push(("every", Value::from(e.as_str())));
    }
    edit::push_table(&mut doc, "products", edit::table(pairs))?;
    let committed = op.commit(
        Transaction::new(format!("products add {id}: {name} ({price})")).config(doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(id.to_string()),
        committed,
        warnings: Vec::new(),
    })
}

/// The index of product `id` in the `[[products]]` of `doc`.
fn position(doc: &DocumentMut, id: &str) -> Result<usize> {
    edit::find_table(doc, "products", "id", |x| x == id).ok_or_else(|| Error::NotFound {
        what: "product",
        query: id.to_string(),
        candidates: Vec::new(),
    })
}

/// `crm products set ID KEY=VALUE…`: name, unit, price, currency, every.
pub fn set(op: &Op, id: &str, assignments: &[Assignment]) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let mut doc = config_doc(op.store)?;
    let i = position(&doc, id)?;
    let t = edit::tables_mut(&mut doc, "products")?
        .get_mut(i)
        .expect("position just found");
    for a in assignments {
        if a.op != AssignOp::Set {
            return Err(Error::usage(format!(
                "{}: products take KEY=VALUE only",
                a.key
            )));
        }
        let v = a.value.trim();
        match a.key.as_str() {
            "name" if !v.is_empty() => edit::set(t, "name", edit::string(v)),
            "price" => {
                let d = model::parse_amount(v).map_err(|m| Error::invalid("price", m))?;
                edit::set(t, "price", edit::amount(d));
            }
            "unit" | "currency" | "every" if v.is_empty() => {
                edit::remove(t, &a.key);
            }
            "unit" => edit::set(t, "unit", Value::from(v)),
            "currency" => {
                let c = v.to_uppercase();
                super::deal::check_currency(&c)?;
                edit::set(t, "currency", Value::from(c));
            }
            "every" => {
                check_every(v)?;
                edit::set(t, "every", Value::from(v));
            }
            other => {
                return Err(Error::usage_hint(
                    format!("'{other}' cannot be set on a product (or its value is empty)"),
                    "product fields: name, unit, price, currency, every (the id stays)",
                ));
            }
        }
    }
    let summary: Vec<String> = assignments.iter().map(Assignment::show).collect();
    let committed = op.commit(
        Transaction::new(format!("products set {id}: {}", summary.join(", ")))
            .config(doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(id.to_string()),
        committed,
        warnings: Vec::new(),
    })
}

/// `crm products rm ID`: deals and contracts that name it keep their lines
/// (`crm check` then reports the unknown product).
pub fn rm(op: &Op, id: &str) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let mut doc = config_doc(op.store)?;
    let i = position(&doc, id)?;
    let arr = edit::tables_mut(&mut doc, "products")?;
    arr.remove(i);
    if arr.is_empty() {
        doc.remove("products");
    }
    let committed =
        op.commit(Transaction::new(format!("products rm {id}")).config(doc.to_string()))?;
    Ok(Outcome {
        id: Some(id.to_string()),
        committed,
        warnings: Vec::new(),
    })
}
