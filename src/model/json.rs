//! Customers as JSON (docs/json.md): `id` first, then every key of the file
//! in file order, unknown keys included. Dates are `YYYY-MM-DD` strings,
//! datetimes RFC 3339 strings, amounts plain numbers.

use serde_json::{Map, Number, Value};

/// Convert a TOML value to JSON.
pub fn toml_to_json(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::Number((*i).into()),
        toml::Value::Float(f) => Number::from_f64(*f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Value::Object(table_to_json(t)),
    }
}

/// Convert a TOML table to a JSON object, keeping key order.
pub fn table_to_json(t: &toml::Table) -> Map<String, Value> {
    t.iter()
        .map(|(k, v)| (k.clone(), toml_to_json(v)))
        .collect()
}

/// The JSON object of a customer file's text: `{"id": …, …file keys}`.
pub fn customer(id: &str, text: &str) -> Result<Map<String, Value>, String> {
    let t: toml::Table = toml::from_str(text).map_err(|e| e.message().to_string())?;
    let mut m = Map::new();
    m.insert("id".into(), Value::String(id.to_string()));
    m.extend(table_to_json(&t));
    Ok(m)
}
