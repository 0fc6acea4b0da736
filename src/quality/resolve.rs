//! `crm resolve`: settle a conflict a merge recorded in a customer file.

use crate::error::{Error, Result};
use crate::ops::{Op, Outcome, clear_conflicts};
use crate::store::{Transaction, edit};
use toml_edit::{Item, Table, Value};

/// How `crm resolve` settles a recorded conflict.
#[derive(Debug, Clone)]
pub enum Resolution {
    /// This value (typed as TOML when it reads as one, else a string).
    Value(String),
    /// The value recorded as ours / theirs.
    Ours,
    Theirs,
}

/// `crm resolve CUSTOMER FIELD VALUE|--ours|--theirs`: set the field and
/// drop the `[[conflicts]]` entries about it, in one commit.
pub fn resolve(op: &Op, reference: &str, field: &str, how: &Resolution) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let recorded: Vec<Table> = doc
        .get("conflicts")
        .and_then(Item::as_array_of_tables)
        .map(|a| {
            a.iter()
                .filter(|t| t.get("field").and_then(Item::as_str) == Some(field))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let Some(conflict) = recorded.last() else {
        let fields: Vec<String> = doc
            .get("conflicts")
            .and_then(Item::as_array_of_tables)
            .map(|a| {
                a.iter()
                    .filter_map(|t| t.get("field").and_then(Item::as_str).map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        return Err(Error::NotFound {
            what: "conflict",
            query: format!("{field} (at {cid})"),
            candidates: fields,
        });
    };
    let leaf = field.rsplit('.').next().unwrap_or(field);
    let value: Option<Value> = match how {
        // A phone number or e-mail typed here is taken as `crm set` takes it.
        Resolution::Value(v) if leaf == "phone" => Some(edit::string(&op.normalize_phone(
            field,
            v,
            &op.cfg().phone_country.clone(),
        )?)),
        Resolution::Value(v) if leaf == "email" => Some(edit::string(&op.check_email(field, v)?)),
        Resolution::Value(v) => Some(
            v.parse::<Value>()
                .ok()
                .filter(|x| !x.is_str() || v.trim_start().starts_with('"'))
                .unwrap_or_else(|| edit::string(v)),
        ),
        Resolution::Ours => conflict.get("ours").and_then(Item::as_value).cloned(),
        Resolution::Theirs => conflict.get("theirs").and_then(Item::as_value).cloned(),
    };
    let mut parts = field.splitn(3, '.');
    let (first, second, third) = (parts.next().unwrap_or(""), parts.next(), parts.next());
    let table: &mut Table = match (first, second, third) {
        ("activities" | "deals" | "contacts" | "contracts", Some(id), Some(_)) => {
            let key = if first == "contacts" { "name" } else { "id" };
            let arr = edit::tables_mut(&mut doc, first)?;
            arr.iter_mut()
                .find(|t| {
                    t.get(key).and_then(Item::as_str).is_some_and(|x| {
                        if key == "name" {
                            x.to_lowercase() == id
                        } else {
                            x == id
                        }
                    })
                })
                .ok_or_else(|| {
                    Error::invalid(field, format!("no entry '{id}' in {first} any more"))
                })?
        }
        ("fields", Some(_), None) => doc
            .get_mut("fields")
            .and_then(Item::as_table_mut)
            .ok_or_else(|| Error::invalid(field, "the [fields] table is gone"))?,
        _ => doc.as_table_mut(),
    };
    // A deal's line: `deals.ID.lines.PRODUCT.KEY`.
    let table = match third.and_then(|t| t.strip_prefix("lines.")) {
        Some(rest) if first == "deals" => {
            let product = rest.rsplit_once('.').map_or(rest, |(p, _)| p);
            table
                .get_mut("lines")
                .and_then(Item::as_array_of_tables_mut)
                .and_then(|a| {
                    a.iter_mut()
                        .find(|l| l.get("product").and_then(Item::as_str) == Some(product))
                })
                .ok_or_else(|| {
                    Error::invalid(
                        field,
                        format!("the deal has no line of '{product}' any more"),
                    )
                })?
        }
        _ => table,
    };
    let key = field.rsplit('.').next().unwrap_or(field);
    match value {
        Some(v) => edit::set(table, key, v),
        None => {
            edit::remove(table, key);
        }
    }
    clear_conflicts(&mut doc, field);
    let committed = op
        .commit(Transaction::new(format!("resolve {cid}: {field}")).write(&cid, doc.to_string()))?;
    Ok(Outcome {
        id: Some(cid),
        committed,
        warnings: Vec::new(),
    })
}
