//! CSV export: one row per customer with its plain fields, custom fields
//! as `fields.NAME` columns, and the first contact.

use crate::model::{Customer, json::toml_to_json};
use serde_json::{Map, Value};

/// Columns of `crm export csv`, custom fields appended by the caller.
pub const COLUMNS: &[&str] = &[
    "id",
    "name",
    "stage",
    "owner",
    "tags",
    "created",
    "email",
    "phone",
    "website",
    "address",
    "reg_code",
    "notes",
    "contact",
    "contact_email",
    "contact_phone",
    "open_deals",
    "activities",
];

/// The CSV row of a customer (tags joined with commas by the renderer).
pub fn row(c: &Customer, field_names: &[String]) -> Map<String, Value> {
    let mut m = Map::new();
    let s = |v: &Option<String>| v.clone().map_or(Value::Null, Value::from);
    m.insert("id".into(), Value::from(c.id.clone()));
    m.insert("name".into(), Value::from(c.name.clone()));
    m.insert("stage".into(), s(&c.stage));
    m.insert("owner".into(), s(&c.owner));
    m.insert("tags".into(), Value::from(c.tags.clone()));
    m.insert(
        "created".into(),
        c.created
            .map_or(Value::Null, |d| Value::from(d.to_string())),
    );
    m.insert("email".into(), s(&c.email));
    m.insert("phone".into(), s(&c.phone));
    m.insert("website".into(), s(&c.website));
    m.insert("address".into(), s(&c.address));
    m.insert("reg_code".into(), s(&c.reg_code));
    m.insert(
        "notes".into(),
        s(&c.notes.as_ref().map(|n| n.trim_end().to_string())),
    );
    let first = c.contacts.first();
    m.insert(
        "contact".into(),
        first.map_or(Value::Null, |p| Value::from(p.name.clone())),
    );
    m.insert(
        "contact_email".into(),
        first
            .and_then(|p| p.email.clone())
            .map_or(Value::Null, Value::from),
    );
    m.insert(
        "contact_phone".into(),
        first
            .and_then(|p| p.phone.clone())
            .map_or(Value::Null, Value::from),
    );
    let open = c
        .deals
        .iter()
        .filter(|d| d.stage != "won" && d.stage != "lost")
        .count();
    m.insert("open_deals".into(), Value::from(open));
    m.insert("activities".into(), Value::from(c.activities.len()));
    for f in field_names {
        m.insert(
            format!("fields.{f}"),
            c.fields.get(f).map_or(Value::Null, toml_to_json),
        );
    }
    m
}
