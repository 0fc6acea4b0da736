//! `crm add`, `crm set`, `crm rename`, `crm rm` and saving `crm edit`.

use super::{AssignOp, Assignment, Op, Outcome, Warning, clear_conflicts};
use crate::error::{Error, Fix, Result};
use crate::model::config::{Config, FieldType};
use crate::model::{Customer, id, phone};
use crate::query::when;
use crate::store::{Store, Transaction, edit};
use chrono::NaiveDate;
use toml_edit::{DocumentMut, Item, Table, Value};

/// What `crm add` takes.
#[derive(Debug, Default, Clone)]
pub struct NewCustomer {
    pub name: String,
    pub stage: Option<String>,
    pub owner: Option<String>,
    pub tags: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub address: Option<String>,
    pub reg_code: Option<String>,
    pub notes: Option<String>,
    /// `K=V` custom fields.
    pub fields: Vec<(String, String)>,
    /// Use this id instead of the name's slug.
    pub id: Option<String>,
}

/// `crm add`: a new customer file, in canonical key order.
pub fn add(op: &Op, n: &NewCustomer) -> Result<Outcome> {
    let name = n.name.trim();
    if name.is_empty() {
        return Err(Error::usage("NAME: a customer needs a name"));
    }
    let _lock = op.store.lock()?;
    let mut warnings = Vec::new();
    let mut doc = DocumentMut::new();
    let t = doc.as_table_mut();
    t.insert("name", Item::Value(edit::string(name)));
    let stage = n
        .stage
        .clone()
        .unwrap_or_else(|| op.cfg().stages[0].clone());
    t.insert("stage", Item::Value(Value::from(stage)));
    t.insert(
        "owner",
        Item::Value(Value::from(
            n.owner.clone().unwrap_or_else(|| op.user.clone()),
        )),
    );
    let mut tags = toml_edit::Array::new();
    for tag in &n.tags {
        for tag in tag.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            if !tags.iter().any(|v| v.as_str() == Some(tag)) {
                tags.push(tag);
            }
        }
    }
    t.insert("tags", Item::Value(Value::Array(tags)));
    t.insert("created", Item::Value(edit::date(op.now.date_naive())));
    let email = n
        .email
        .as_deref()
        .map(|e| op.check_email("--email", e))
        .transpose()?;
    let phone = n
        .phone
        .as_deref()
        .map(|p| {
            let country = n
                .address
                .as_deref()
                .and_then(phone::country_of_address)
                .unwrap_or(&op.cfg().phone_country);
            op.normalize_phone("--phone", p, country)
        })
        .transpose()?;
    for (k, v) in [
        ("email", email.as_deref()),
        ("phone", phone.as_deref()),
        ("website", n.website.as_deref()),
        ("address", n.address.as_deref()),
        ("reg_code", n.reg_code.as_deref()),
        ("notes", n.notes.as_deref()),
    ] {
        if let Some(v) = v.map(str::trim).filter(|v| !v.is_empty()) {
            t.insert(k, Item::Value(edit::string(v)));
        }
    }
    if !n.fields.is_empty() {
        let mut f = Table::new();
        for (k, v) in &n.fields {
            f.insert(k, Item::Value(field_value(op.cfg(), k, v)?));
        }
        t.insert("fields", Item::Table(f));
    }
    let base = match &n.id {
        Some(i) if id::is_valid_slug(i) => i.clone(),
        Some(i) => {
            return Err(Error::usage(format!(
                "--id: '{i}' {}",
                id::slug_problem(i).unwrap_or("is not a valid id")
            )));
        }
        None => id::slugify(name),
    };
    let new_id = match &n.id {
        Some(i) if op.store.exists(i) => {
            return Err(Error::usage(format!(
                "--id: a customer with id '{i}' already exists"
            )));
        }
        _ => id::unique_slug(&base, |s| op.store.customer_path(s).exists()),
    };
    if email.is_some() || phone.is_some() {
        warnings.extend(op.owners_of(&new_id, email.as_deref(), phone.as_deref())?);
    }
    if new_id != base {
        warnings.push(Warning::IdTaken {
            wanted: base.clone(),
            got: new_id.clone(),
        });
    }
    let text = doc.to_string();
    let committed =
        op.commit(Transaction::new(format!("add {new_id}: {name}")).write(&new_id, text))?;
    Ok(Outcome {
        id: Some(new_id),
        committed,
        warnings,
    })
}

/// Convert `v` to the TOML value of custom field `k` as declared.
pub fn field_value(cfg: &Config, k: &str, v: &str) -> Result<Value> {
    let Some(def) = cfg.fields.get(k) else {
        let known: Vec<&str> = cfg.fields.keys().map(String::as_str).collect();
        return Err(Error::invalid(
            format!("fields.{k}"),
            format!(
                "no custom field '{k}' is declared{}",
                if known.is_empty() {
                    String::new()
                } else {
                    format!(" (declared: {})", known.join(", "))
                }
            ),
        )
        .with_hint(format!(
            "declare it in crm.toml: [fields.{k}] type = \"string\""
        )));
    };
    let bad = |what: &str| Error::invalid(format!("fields.{k}"), format!("'{v}' is not {what}"));
    Ok(match def.kind {
        FieldType::String => edit::string(v),
        FieldType::Int => Value::from(v.trim().parse::<i64>().map_err(|_| bad("an integer"))?),
        FieldType::Float => Value::from(v.trim().parse::<f64>().map_err(|_| bad("a number"))?),
        FieldType::Bool => Value::from(match v.trim().to_lowercase().as_str() {
            "true" | "yes" | "1" => true,
            "false" | "no" | "0" => false,
            _ => return Err(bad("true or false")),
        }),
        FieldType::Date => edit::date(
            NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
                .map_err(|_| bad("a date like 2026-12-01"))?,
        ),
        FieldType::Enum => {
            if !def.values.iter().any(|x| x == v.trim()) {
                return Err(bad(&format!("one of: {}", def.values.join(", "))));
            }
            Value::from(v.trim())
        }
    })
}

const CUSTOMER_KEYS: &str = "name, stage, owner, tags, email, phone, website, address, reg_code, notes, created, budget, fields.NAME";

/// `crm set`: apply assignments to one customer in one commit.
pub fn set(op: &Op, reference: &str, assignments: &[Assignment]) -> Result<Outcome> {
    if assignments.is_empty() {
        return Err(Error::usage_hint(
            "nothing to set",
            "e.g. crm set acme stage=customer tags+=vip",
        ));
    }
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let mut warnings = Vec::new();
    for a in assignments {
        warnings.extend(apply_customer(op, &cid, &mut doc, a)?);
        clear_conflicts(&mut doc, &a.key);
    }
    let summary: Vec<String> = assignments.iter().map(Assignment::show).collect();
    let committed = op.commit(
        Transaction::new(format!("set {cid}: {}", summary.join(", "))).write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(cid),
        committed,
        warnings,
    })
}

fn apply_customer(
    op: &Op,
    cid: &str,
    doc: &mut DocumentMut,
    a: &Assignment,
) -> Result<Vec<Warning>> {
    let value = a.value.trim();
    let country = op.country_of(doc);
    let t = doc.as_table_mut();
    let mut warnings = Vec::new();
    let scalar_only = |a: &Assignment| -> Result<()> {
        if a.op != AssignOp::Set {
            return Err(Error::usage(format!(
                "{}: += and -= apply to tags only; use {}=VALUE",
                a.key, a.key
            )));
        }
        Ok(())
    };
    match a.key.as_str() {
        "tags" => {
            let same = |x: &str, y: &str| x.eq_ignore_ascii_case(y);
            let items: Vec<&str> = value
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            match a.op {
                AssignOp::Add => {
                    for tag in items {
                        edit::array_add(t, "tags", tag, same)?;
                    }
                }
                AssignOp::Remove => {
                    for tag in items {
                        edit::array_remove(t, "tags", tag, same);
                    }
                }
                AssignOp::Set => {
                    let mut arr = toml_edit::Array::new();
                    for tag in items {
                        arr.push(tag);
                    }
                    edit::set(t, "tags", Value::Array(arr));
                }
            }
        }
        "name" => {
            scalar_only(a)?;
            if value.is_empty() {
                return Err(Error::invalid("name", "a customer needs a name"));
            }
            edit::set(t, "name", edit::string(value));
        }
        "stage" | "owner" | "website" | "address" | "reg_code" | "notes" | "email" | "phone"
        | "country" => {
            scalar_only(a)?;
            if value.is_empty() {
                if a.key == "stage" {
                    return Err(Error::invalid(
                        "stage",
                        format!("cannot be empty; one of: {}", op.cfg().stages.join(", ")),
                    ));
                }
                edit::remove(t, &a.key);
            } else if a.key == "stage" && !op.cfg().stages.iter().any(|s| s == value) {
                return Err(Error::invalid(
                    "stage",
                    format!("'{value}' is not one of: {}", op.cfg().stages.join(", ")),
                ));
            } else if a.key == "country" {
                let Some(code) = phone::country_code(value).filter(|c| phone::known_country(c))
                else {
                    return Err(Error::invalid(
                        "country",
                        format!(
                            "'{value}' is not a country crm knows; write its two-letter code (EE, FI, SE, DE, GB, US …)"
                        ),
                    ));
                };
                edit::set(t, "country", edit::string(code));
            } else if a.key == "email" {
                let e = op.check_email("email", value)?;
                warnings.extend(op.owners_of(cid, Some(&e), None)?);
                edit::set(t, "email", edit::string(&e));
            } else if a.key == "phone" {
                let p = op.normalize_phone("phone", value, &country)?;
                warnings.extend(op.owners_of(cid, None, Some(&p))?);
                edit::set(t, "phone", edit::string(&p));
            } else {
                let v = if a.key == "notes" {
                    a.value.as_str()
                } else {
                    value
                };
                edit::set(t, &a.key, edit::string(v));
            }
        }
        "created" => {
            scalar_only(a)?;
            if value.is_empty() {
                edit::remove(t, "created");
            } else {
                let d = when::parse_date("created", value, op.now.date_naive())?;
                edit::set(t, "created", edit::date(d));
            }
        }
        "budget" => {
            scalar_only(a)?;
            if value.is_empty() {
                edit::remove(t, "budget");
            } else {
                let (minutes, per) =
                    crate::model::budget::parse(value).map_err(|m| Error::invalid("budget", m))?;
                let mut b = toml_edit::InlineTable::new();
                b.insert("minutes", Value::from(i64::from(minutes)));
                b.insert("per", Value::from(per.name()));
                edit::set(t, "budget", Value::InlineTable(b));
            }
        }
        k if k.starts_with("fields.") => {
            scalar_only(a)?;
            let name = &k["fields.".len()..];
            let fields = t
                .entry("fields")
                .or_insert(Item::Table(Table::new()))
                .as_table_mut()
                .ok_or_else(|| Error::invalid("fields", "is not a table; fix the file by hand"))?;
            if value.is_empty() {
                edit::remove(fields, name);
            } else {
                let v = field_value(op.cfg(), name, value)?;
                edit::set(fields, name, v);
            }
        }
        other => {
            return Err(Error::usage_hint(
                format!("'{other}' is not a field crm can set"),
                Fix::Settable {
                    keys: CUSTOMER_KEYS,
                },
            ));
        }
    }
    Ok(warnings)
}

/// `crm rename`: new name, and with `new_id` a new file.
pub fn rename(op: &Op, reference: &str, new_name: &str, new_id: Option<&str>) -> Result<Outcome> {
    let new_name = new_name.trim();
    if new_name.is_empty() {
        return Err(Error::usage("NEW-NAME: a customer needs a name"));
    }
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let old_name = doc
        .get("name")
        .and_then(Item::as_str)
        .unwrap_or_default()
        .to_string();
    edit::set(doc.as_table_mut(), "name", edit::string(new_name));
    let mut tx;
    let mut target = cid.clone();
    match new_id {
        Some(nid) if nid != cid => {
            if let Some(problem) = id::slug_problem(nid) {
                return Err(Error::usage(format!("--id: '{nid}' {problem}")));
            }
            if op.store.exists(nid) {
                return Err(Error::usage(format!(
                    "--id: a customer with id '{nid}' already exists"
                )));
            }
            tx = Transaction::new(format!("rename {cid} → {nid}: {old_name} → {new_name}"));
            tx = tx.remove(&cid).write(nid, doc.to_string());
            target = nid.to_string();
        }
        _ => {
            tx = Transaction::new(format!("rename {cid}: {old_name} → {new_name}"))
                .write(&cid, doc.to_string());
        }
    }
    let committed = op.commit(tx)?;
    Ok(Outcome {
        id: Some(target),
        committed,
        warnings: Vec::new(),
    })
}

/// `crm rm`: remove the file (history keeps it).
pub fn rm(op: &Op, reference: &str) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let name = op.store.load(&cid).map(|c| c.name).unwrap_or_default();
    let committed = op.commit(Transaction::new(format!("rm {cid}: {name}")).remove(&cid))?;
    Ok(Outcome {
        id: Some(cid),
        committed,
        warnings: Vec::new(),
    })
}

/// `crm edit`, after the editor: validate `text` and commit it. Fails
/// without writing when the file changed on disk since `original` was read.
pub fn save_edit(op: &Op, cid: &str, original: &str, text: &str) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let now = op.store.read_text(cid)?;
    if now != original {
        return Err(Error::other_fix(
            format!(
                "{} changed on disk while you were editing",
                Store::rel_path(cid)
            ),
            Fix::EditAgain,
        ));
    }
    let mut doc = edit::parse(&Store::rel_path(cid), text)?;
    if !edit::activities_sorted(&doc) {
        edit::sort_activities(&mut doc);
    }
    let text = doc.to_string();
    let c = Customer::parse(cid, &text).map_err(|e| e.in_file(Store::rel_path(cid)))?;
    let committed =
        op.commit(Transaction::new(format!("edit {cid}: {}", c.name)).write(cid, text))?;
    Ok(Outcome {
        id: Some(cid.to_string()),
        committed,
        warnings: Vec::new(),
    })
}
