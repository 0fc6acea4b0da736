//! `crm contact add|set|rm`: the contact persons of a customer.

use super::{AssignOp, Assignment, Op, Outcome};
use crate::error::{Error, Fix, Result};
use crate::model::id;
use crate::query::when;
use crate::store::{Transaction, edit};
use toml_edit::{DocumentMut, Item, Value};

/// What `crm contact add` takes.
#[derive(Debug, Default, Clone)]
pub struct NewContact {
    pub name: String,
    pub role: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub birthday: Option<String>,
    pub notes: Option<String>,
}

/// `crm contact add`.
pub fn add(op: &Op, reference: &str, n: &NewContact) -> Result<Outcome> {
    let name = n.name.trim();
    if name.is_empty() {
        return Err(Error::usage("NAME: a contact needs a name"));
    }
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let email = n
        .email
        .as_deref()
        .map(|e| op.check_email("--email", e))
        .transpose()?;
    let phone = n
        .phone
        .as_deref()
        .map(|p| op.normalize_phone("--phone", p, &op.country_of(&doc)))
        .transpose()?;
    let birthday = n
        .birthday
        .as_deref()
        .map(|b| birthday("--birthday", b, op.now.date_naive()))
        .transpose()?;
    let mut warnings = Vec::new();
    // The fields given, in canonical order.
    let given: Vec<(&str, Value)> = [
        ("role", n.role.as_deref().map(edit::string)),
        ("email", email.as_deref().map(edit::string)),
        ("phone", phone.as_deref().map(edit::string)),
        ("birthday", birthday.map(|b| b.toml_value())),
        ("notes", n.notes.as_deref().map(edit::string)),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.map(|v| (k, v)))
    .collect();
    if let Some(i) = edit::find_table(&doc, "contacts", "name", |x| x.eq_ignore_ascii_case(name)) {
        // Already there: fill in what is missing, refuse to overwrite.
        let arr = edit::tables_mut(&mut doc, "contacts")?;
        let t = arr.get_mut(i).expect("index from find_table");
        for (k, v) in given {
            match t.get(k).and_then(Item::as_value) {
                Some(old) if old.to_string().trim() == v.to_string().trim() => {}
                Some(old) => {
                    return Err(Error::invalid(
                        format!("contacts.{k}"),
                        format!("{name} already has {k} {}", old.to_string().trim()),
                    )
                    .with_hint(Fix::ContactSet {
                        id: cid.clone(),
                        name: name.to_string(),
                        key: k.to_string(),
                    }));
                }
                None => {
                    t.insert(k, Item::Value(v));
                }
            }
        }
    } else {
        let mut pairs = vec![("name", edit::string(name))];
        pairs.extend(given);
        edit::push_table(&mut doc, "contacts", edit::table(pairs))?;
    }
    if email.is_some() || phone.is_some() {
        warnings.extend(op.owners_of(&cid, email.as_deref(), phone.as_deref())?);
    }
    let committed = op.commit(
        Transaction::new(format!("contact add {cid}: {name}")).write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(cid),
        committed,
        warnings: if committed { warnings } else { Vec::new() },
    })
}

fn contact_index(doc: &DocumentMut, cid: &str, name: &str) -> Result<usize> {
    edit::find_table(doc, "contacts", "name", |x| {
        x.eq_ignore_ascii_case(name.trim())
    })
    .or_else(|| {
        let f = id::fold(name.trim());
        edit::find_table(doc, "contacts", "name", |x| id::fold(x) == f)
    })
    .ok_or_else(|| {
        let names: Vec<String> = doc
            .get("contacts")
            .and_then(Item::as_array_of_tables)
            .map(|a| {
                a.iter()
                    .filter_map(|t| t.get("name").and_then(Item::as_str).map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        Error::NotFound {
            what: "contact",
            query: format!("{name} (at {cid})"),
            candidates: names,
        }
    })
}

/// `crm contact set CUSTOMER NAME KEY=VALUE…`.
pub fn set(op: &Op, reference: &str, name: &str, assignments: &[Assignment]) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let i = contact_index(&doc, &cid, name)?;
    let country = op.country_of(&doc);
    let mut warnings = Vec::new();
    for a in assignments {
        if a.op != AssignOp::Set {
            return Err(Error::usage(format!(
                "{}: contacts take KEY=VALUE only",
                a.key
            )));
        }
        let v = a.value.trim();
        let value = match a.key.as_str() {
            _ if v.is_empty() && a.key != "name" => None,
            "name" if v.is_empty() => {
                return Err(Error::invalid("contacts.name", "a contact needs a name"));
            }
            "name" | "role" | "notes" => Some(edit::string(v)),
            "email" => {
                let e = op.check_email("email", v)?;
                warnings.extend(op.owners_of(&cid, Some(&e), None)?);
                Some(edit::string(&e))
            }
            "phone" => {
                let p = op.normalize_phone("phone", v, &country)?;
                warnings.extend(op.owners_of(&cid, None, Some(&p))?);
                Some(edit::string(&p))
            }
            "birthday" => Some(birthday("birthday", v, op.now.date_naive())?.toml_value()),
            other => {
                return Err(Error::usage_hint(
                    format!("'{other}' is not a contact field"),
                    "contact fields: name, role, email, phone, birthday, notes",
                ));
            }
        };
        let arr = edit::tables_mut(&mut doc, "contacts")?;
        let t = arr.get_mut(i).expect("index from contact_index");
        match value {
            Some(v) => edit::set(t, &a.key, v),
            None => {
                edit::remove(t, &a.key);
            }
        }
    }
    let summary: Vec<String> = assignments.iter().map(Assignment::show).collect();
    let committed = op.commit(
        Transaction::new(format!(
            "contact set {cid}: {} {}",
            name.trim(),
            summary.join(", ")
        ))
        .write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(cid),
        committed,
        warnings,
    })
}

/// `crm contact rm CUSTOMER NAME`.
pub fn rm(op: &Op, reference: &str, name: &str) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let i = contact_index(&doc, &cid, name)?;
    let arr = edit::tables_mut(&mut doc, "contacts")?;
    arr.remove(i);
    if arr.is_empty() {
        doc.remove("contacts");
    }
    let committed = op.commit(
        Transaction::new(format!("contact rm {cid}: {}", name.trim())).write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(cid),
        committed,
        warnings: Vec::new(),
    })
}

/// A birthday as typed: `--06-21` (no year) or any date `crm` reads.
fn birthday(
    field: &str,
    v: &str,
    today: chrono::NaiveDate,
) -> Result<crate::model::birthday::Birthday> {
    use crate::model::birthday::Birthday;
    if v.trim().starts_with("--") {
        return v.parse::<Birthday>().map_err(|m| Error::invalid(field, m));
    }
    when::parse_date(field, v, today).map(Birthday::Date)
}
