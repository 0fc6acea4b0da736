//! `crm export json` / `crm import json`: the backup and restore path.
//!
//! An export is one object: `settings` (what a fresh store needs of
//! `crm.toml`: stages, deal stages, activity kinds, currency, phone
//! country, team, custom field declarations), `crm_toml` (the file's
//! text), and `customers`, an array of customer objects
//! (`model::json::customer`: `id`, then every key of the file in file
//! order). Import reads that object, or a bare array of customers (older
//! exports): into a fresh store (crm.toml as `crm init` wrote it) it
//! writes `crm_toml` as it was, byte for byte; into a store with settings
//! of its own it adds the stages, kinds, team members, field
//! declarations and products (from `crm_toml`'s `[[products]]`, by id) it
//! lacks and keeps its own values otherwise (said in the summary).
//!
//! Import writes each file as crm writes files — keys in the order of the
//! object, tables and arrays of tables after the plain values, multi-line
//! text as `"""` strings — so a file crm wrote, exported and imported into
//! an empty store comes back byte for byte. Dates travel as strings; on the
//! way back, the date fields crm knows (`created`, `birthday`, `expected`,
//! `closed`, `due`, `at`, `done_at`, `when`, `start`, `end`, the values of a
//! deal's `stages`, and custom fields of type `date`) become TOML dates
//! again; unknown keys keep strings as strings.

use crate::error::{Error, Fix, Result};
use crate::model::config::{Config, FieldType};
use crate::model::id;
use crate::store::{Store, Transaction, check_valid, edit};
use serde_json::{Map, Value};
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table};

const DATE_KEYS: &[&str] = &[
    "created", "birthday", "expected", "closed", "due", "at", "when", "done_at",
];

/// One customer to import: its id and file text.
#[derive(Debug, Clone)]
pub struct Imported {
    pub id: String,
    pub text: String,
}

/// The `settings` object of an export: crm.toml's values as JSON.
pub fn settings(cfg: &Config) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("stages".into(), Value::from(cfg.stages.clone()));
    m.insert("deal_stages".into(), Value::from(cfg.deal_stages.clone()));
    m.insert(
        "activity_kinds".into(),
        Value::from(cfg.activity_kinds.clone()),
    );
    m.insert("currency".into(), Value::from(cfg.currency.clone()));
    m.insert("stale_after_days".into(), Value::from(cfg.stale_after_days));
    m.insert(
        "phone_country".into(),
        Value::from(cfg.phone_country.clone()),
    );
    let mut team = Map::new();
    for (h, t) in &cfg.team {
        let mut o = Map::new();
        o.insert("name".into(), Value::from(t.name.clone()));
        o.insert("email".into(), Value::from(t.email.clone()));
        team.insert(h.clone(), Value::Object(o));
    }
    m.insert("team".into(), Value::Object(team));
    let mut fields = Map::new();
    for (f, d) in &cfg.fields {
        let mut o = Map::new();
        o.insert("type".into(), Value::from(d.kind.name()));
        if !d.values.is_empty() {
            o.insert("values".into(), Value::from(d.values.clone()));
        }
        fields.insert(f.clone(), Value::Object(o));
    }
    m.insert("fields".into(), Value::Object(fields));
    m
}

/// An export's parts: its settings, crm.toml's text and the customers.
struct Export {
    settings: Option<Map<String, Value>>,
    crm_toml: Option<String>,
    customers: Vec<Value>,
}

fn read_export(json: &str, source: &str) -> Result<Export> {
    let v: Value = serde_json::from_str(json)
        .map_err(|e| Error::parse(source, Some(e.line()), Some(e.column()), e.to_string()))?;
    match v {
        Value::Array(customers) => Ok(Export {
            settings: None,
            crm_toml: None,
            customers,
        }),
        Value::Object(mut o) => {
            let Some(Value::Array(customers)) = o.remove("customers") else {
                return Err(Error::parse(
                    source,
                    None,
                    None,
                    "expected an object with a \"customers\" array (as `crm export json` writes)",
                ));
            };
            Ok(Export {
                settings: o.remove("settings").and_then(|s| match s {
                    Value::Object(m) => Some(m),
                    _ => None,
                }),
                crm_toml: o
                    .remove("crm_toml")
                    .and_then(|s| s.as_str().map(str::to_string)),
                customers,
            })
        }
        _ => Err(Error::parse(
            source,
            None,
            None,
            "expected a JSON object (or array) of customers, as `crm export json` writes",
        )),
    }
}

/// crm.toml with what an export's settings add: the new text (when it
/// changes) and what was done, in words.
fn merged_config(
    current: &str,
    ex: &Export,
    source: &str,
) -> Result<(Option<String>, Vec<String>)> {
    let mut said = Vec::new();
    // A fresh store takes the backup's crm.toml as it was.
    if let Some(t) = &ex.crm_toml {
        if t == current {
            return Ok((None, said));
        }
        if current == crate::model::config::DEFAULT_TEXT {
            Config::parse(t)
                .map_err(|m| Error::parse(format!("{source}: crm_toml"), None, None, m))?;
            said.push("restored from the backup".into());
            return Ok((Some(t.clone()), said));
        }
    }
    let Some(s) = &ex.settings else {
        return Ok((None, said));
    };
    let mut doc: toml_edit::DocumentMut = current.parse().map_err(|e: toml_edit::TomlError| {
        Error::parse(crate::store::CONFIG, None, None, e.to_string())
    })?;
    let cfg =
        Config::parse(current).map_err(|m| Error::parse(crate::store::CONFIG, None, None, m))?;
    for key in ["stages", "deal_stages", "activity_kinds"] {
        let have: &Vec<String> = match key {
            "stages" => &cfg.stages,
            "deal_stages" => &cfg.deal_stages,
            _ => &cfg.activity_kinds,
        };
        let want: Vec<String> = s
            .get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let missing: Vec<&String> = want.iter().filter(|w| !have.contains(w)).collect();
        if missing.is_empty() {
            continue;
        }
        let mut arr = toml_edit::Array::new();
        for v in have.iter().chain(missing.iter().copied()) {
            arr.push(v.as_str());
        }
        doc[key] = toml_edit::value(arr);
        said.push(format!(
            "{key} += {}",
            missing
                .iter()
                .map(|m| m.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    for key in ["currency", "phone_country", "stale_after_days"] {
        let theirs = s
            .get(key)
            .map(|v| v.to_string().trim_matches('"').to_string());
        let ours = match key {
            "currency" => cfg.currency.clone(),
            "phone_country" => cfg.phone_country.clone(),
            _ => cfg.stale_after_days.to_string(),
        };
        if let Some(t) = theirs
            && t != ours
        {
            said.push(format!("kept {key} = {ours} (the backup has {t})"));
        }
    }
    if let Some(team) = s.get("team").and_then(Value::as_object) {
        for (h, m) in team {
            if cfg.team.contains_key(h) {
                continue;
            }
            let mut t = toml_edit::Table::new();
            for k in ["name", "email"] {
                if let Some(v) = m.get(k).and_then(Value::as_str) {
                    t.insert(k, toml_edit::value(v));
                }
            }
            if let Some(tt) = implicit_table(&mut doc, "team") {
                tt.insert(h, Item::Table(t));
            }
            said.push(format!("team.{h} added"));
        }
    }
    if let Some(fields) = s.get("fields").and_then(Value::as_object) {
        for (f, d) in fields {
            let kind = d.get("type").and_then(Value::as_str).unwrap_or("string");
            let values: Vec<String> = d
                .get("values")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            match cfg.fields.get(f) {
                Some(have) if have.kind.name() == kind => {
                    let missing: Vec<&String> =
                        values.iter().filter(|v| !have.values.contains(v)).collect();
                    if !missing.is_empty() {
                        let mut arr = toml_edit::Array::new();
                        for v in have.values.iter().chain(missing.iter().copied()) {
                            arr.push(v.as_str());
                        }
                        doc["fields"][f.as_str()]["values"] = toml_edit::value(arr);
                        said.push(format!(
                            "fields.{f} values += {}",
                            missing
                                .iter()
                                .map(|m| m.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ));
                    }
                }
                Some(have) => {
                    return Err(Error::invalid(
                        format!("fields.{f}"),
                        format!(
                            "the backup declares it as {kind}, crm.toml as {}; change one of them first",
                            have.kind.name()
                        ),
                    ));
                }
                None => {
                    let mut t = Table::new();
                    t.insert("type", toml_edit::value(kind));
                    if !values.is_empty() {
                        let mut arr = toml_edit::Array::new();
                        for v in &values {
                            arr.push(v.as_str());
                        }
                        t.insert("values", toml_edit::value(arr));
                    }
                    if let Some(ft) = implicit_table(&mut doc, "fields") {
                        ft.insert(f, Item::Table(t));
                    }
                    said.push(format!("fields.{f} declared"));
                }
            }
        }
    }
    // The catalogue: products the backup's crm.toml has and this one lacks
    // (by id; a product both have keeps this store's price and name).
    let theirs: Option<toml_edit::DocumentMut> =
        ex.crm_toml.as_deref().and_then(|t| t.parse().ok());
    if let Some(products) = theirs
        .as_ref()
        .and_then(|d| d.get("products"))
        .and_then(Item::as_array_of_tables)
    {
        let mut added = Vec::new();
        for t in products.iter() {
            let Some(id) = t.get("id").and_then(Item::as_str) else {
                continue;
            };
            if cfg.product(id).is_some() || added.iter().any(|a| a == id) {
                continue;
            }
            let mut t = t.clone();
            t.set_position(None);
            t.decor_mut().clear();
            crate::store::edit::push_table(&mut doc, "products", t)?;
            added.push(id.to_string());
        }
        if !added.is_empty() {
            said.push(format!("products += {}", added.join(", ")));
        }
    }
    let text = doc.to_string();
    if text == current {
        return Ok((None, said));
    }
    Config::parse(&text).map_err(|m| Error::parse(crate::store::CONFIG, None, None, m))?;
    Ok((Some(text), said))
}

/// Parse an export into files.
pub fn import(json: &str, cfg: &Config, source: &str) -> Result<Vec<Imported>> {
    let ex = read_export(json, source)?;
    files(&ex.customers, cfg, source)
}

fn files(items: &[Value], cfg: &Config, source: &str) -> Result<Vec<Imported>> {
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
    /// What the import does to crm.toml, in words (empty: nothing).
    pub settings: Vec<String>,
}

/// Plan the import of an export's text into `store`, every item
/// validated as the commit would (errors name `source` and the item), so
/// a dry run reports what a real run would. `name` goes into the commit
/// message.
pub fn plan(store: &Store, json: &str, source: &str, name: &str) -> Result<Plan> {
    let ex = read_export(json, source)?;
    let current = std::fs::read_to_string(store.root().join(crate::store::CONFIG))
        .map_err(|e| Error::io(crate::store::CONFIG, e))?;
    let (new_toml, settings) = merged_config(&current, &ex, source)?;
    let new_cfg = match &new_toml {
        Some(t) => {
            Config::parse(t).map_err(|m| Error::parse(crate::store::CONFIG, None, None, m))?
        }
        None => store.config.clone(),
    };
    let items = files(&ex.customers, &new_cfg, source)?;
    let (mut created, mut updated, mut unchanged) = (0, 0, 0);
    let mut tx = Transaction::new("");
    if let Some(t) = new_toml {
        tx = tx.config(t);
    }
    for it in &items {
        let c = crate::model::Customer::parse(&it.id, &it.text)
            .map_err(|e| e.in_file(format!("{source}: {}", it.id)))?;
        check_valid(&c, &new_cfg, &Store::rel_path(&it.id))?;
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
        settings,
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
        Value::String(s) if as_date && !s.starts_with("--") => {
            match s.parse::<toml_edit::Datetime>() {
                Ok(d) => toml_edit::Value::from(d),
                Err(_) => return Err(format!("'{s}' is not a date")),
            }
        }
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

/// The table `key` of `doc` (`[team]`, `[fields]`), made implicit (no
/// header of its own, only its sub-tables) when it is not there yet.
fn implicit_table<'d>(doc: &'d mut toml_edit::DocumentMut, key: &str) -> Option<&'d mut Table> {
    doc.entry(key)
        .or_insert(Item::Table({
            let mut t = Table::new();
            t.set_implicit(true);
            t
        }))
        .as_table_mut()
}
