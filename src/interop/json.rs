//! `crm export json` / `crm import json`: the whole store as one JSON array
//! of customer objects (`model::json::customer`: `id`, then every key of
//! the file in file order), and back.
//!
//! Import writes each file as crm writes files — keys in the order of the
//! object, tables and arrays of tables after the plain values, multi-line
//! text as `"""` strings — so a file crm wrote, exported and imported into
//! an empty store comes back byte for byte. Dates travel as strings; on the
//! way back, the date fields crm knows (`created`, `birthday`, `expected`,
//! `closed`, `due`, `at`, `when`, `start`, `end`, the values of a deal's
//! `stages`, and custom fields of type `date`) become TOML dates again;
//! unknown keys keep strings as strings.

use crate::error::{Error, Fix, Result};
use crate::model::config::{Config, FieldType};
use crate::model::id;
use crate::store::{Store, Transaction, check_valid, edit};
use serde_json::{Map, Value};
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table};

const DATE_KEYS: &[&str] = &[
    "created", "birthday", "expected", "closed", "due", "at", "when",
];

/// One customer to import: its id and file text.
#[derive(Debug, Clone)]
pub struct Imported {
    pub id: String,
    pub text: String,
}

/// Parse an export (an array of customer objects) into files.
pub fn import(json: &str, cfg: &Config, source: &str) -> Result<Vec<Imported>> {
    let v: Value = serde_json::from_str(json)
        .map_err(|e| Error::parse(source, Some(e.line()), Some(e.column()), e.to_string()))?;
    let Value::Array(items) = v else {
        return Err(Error::parse(
            source,
            None,
            None,
            "expected a JSON array of customers (as `crm export json` writes)",
        ));
    };
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, item) in items.iter().enumerate() {
        let Value::Object(obj) = item else {
            return Err(Error::parse(
                source,
                None,
                None,
                format!("item {i} is not an object"),
            ));
        };
        let cid = obj.get("id").and_then(Value::as_str).unwrap_or_default();
        if !id::is_valid_slug(cid) {
            return Err(Error::parse(
                source,
                None,
                None,
                format!("item {i}: '{cid}' is not a valid customer id"),
            ));
        }
        if !seen.insert(cid.to_string()) {
            return Err(Error::parse(
                source,
                None,
                None,
                format!("item {i}: id '{cid}' appears twice"),
            ));
        }
        let mut doc = DocumentMut::new();
        fill(doc.as_table_mut(), obj, cfg, "", source, i)?;
        let text = doc.to_string();
        // Named by the item, not by the customer file it would become.
        let item = format!("item {i} ('{cid}')");
        let c = crate::model::Customer::parse(cid, &text).map_err(|e| Error::Invalid {
            path: Some(source.into()),
            field: item.clone(),
            reason: e.message.clone(),
            hint: Some(Box::new(Fix::FixJsonItem)),
        })?;
        crate::store::check_valid(&c, cfg, &format!("{source}: {item}"))?;
        out.push(Imported {
            id: cid.to_string(),
            text,
        });
    }
    Ok(out)
}

/// What `crm import json` would do: the transaction and its counts.
pub struct Plan {
    pub tx: Transaction,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// Plan the import of an export's text into `store`, every item
/// validated as the commit would (errors name `source` and the item), so
/// a dry run reports what a real run would. `name` goes into the commit
/// message.
pub fn plan(store: &Store, json: &str, source: &str, name: &str) -> Result<Plan> {
    let items = import(json, &store.config, source)?;
    let (mut created, mut updated, mut unchanged) = (0, 0, 0);
    let mut tx = Transaction::new("");
    for it in &items {
        let c = crate::model::Customer::parse(&it.id, &it.text)
            .map_err(|e| e.in_file(format!("{source}: {}", it.id)))?;
        check_valid(&c, &store.config, &Store::rel_path(&it.id))?;
        match store.read_text(&it.id) {
            Ok(old) if old == it.text => unchanged += 1,
            Ok(_) => updated += 1,
            Err(_) => created += 1,
        }
        tx = tx.write(&it.id, it.text.clone());
    }
    tx.message = format!("import json {name}: {created} created, {updated} updated");
    Ok(Plan {
        tx,
        created,
        updated,
        unchanged,
    })
}

fn fill(
    t: &mut Table,
    obj: &Map<String, Value>,
    cfg: &Config,
    path: &str,
    source: &str,
    i: usize,
) -> Result<()> {
    // Plain values first, then tables, then arrays of tables — the order
    // TOML needs and crm writes.
    let is_aot =
        |v: &Value| matches!(v, Value::Array(a) if !a.is_empty() && a.iter().all(Value::is_object));
    for (k, v) in obj {
        if path.is_empty() && k == "id" {
            continue;
        }
        if v.is_object() || is_aot(v) || v.is_null() {
            continue;
        }
        // `[deals.stages]` holds a date per stage; a contract has two.
        let as_date = DATE_KEYS.contains(&k.as_str())
            || path == "stages"
            || (path == "contracts" && (k == "start" || k == "end"))
            || (path == "fields" && cfg.fields.get(k).is_some_and(|f| f.kind == FieldType::Date));
        t.insert(
            k,
            Item::Value(value(v, as_date).map_err(|m| {
                let key = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                Error::parse(source, None, None, format!("item {i}: {key}: {m}"))
            })?),
        );
    }
    for (k, v) in obj {
        if let Value::Object(sub) = v {
            let mut st = Table::new();
            fill(&mut st, sub, cfg, k, source, i)?;
            t.insert(k, Item::Table(st));
        }
    }
    for (k, v) in obj {
        if let Value::Array(a) = v
            && is_aot(v)
        {
            let mut arr = ArrayOfTables::new();
            for e in a {
                let mut st = Table::new();
                if let Value::Object(sub) = e {
                    fill(&mut st, sub, cfg, k, source, i)?;
                }
                arr.push(st);
            }
            t.insert(k, Item::ArrayOfTables(arr));
        }
    }
    Ok(())
}

fn value(v: &Value, as_date: bool) -> std::result::Result<toml_edit::Value, String> {
    Ok(match v {
        Value::Bool(b) => toml_edit::Value::from(*b),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) if !n.to_string().contains('.') => toml_edit::Value::from(i),
            (_, Some(f)) => toml_edit::Value::from(f),
            _ => return Err(format!("{n} is out of range")),
        },
        Value::String(s) if as_date => match s.parse::<toml_edit::Datetime>() {
            Ok(d) => toml_edit::Value::from(d),
            Err(_) => return Err(format!("'{s}' is not a date")),
        },
        Value::String(s) => edit::string(s),
        Value::Array(a) => {
            let mut arr = toml_edit::Array::new();
            for x in a {
                arr.push(value(x, false)?);
            }
            toml_edit::Value::Array(arr)
        }
        Value::Null | Value::Object(_) => return Err("cannot be written as a TOML value".into()),
    })
}
