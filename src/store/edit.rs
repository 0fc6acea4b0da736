//! Format-preserving edits of customer files with `toml_edit`.
//!
//! The file is the user's: these functions change only the value they are
//! asked to change, keep the decor (comments, spacing) of a replaced value,
//! append new entries after the last one of their kind, and keep
//! `[[activities]]` sorted by `at`, then `id`.

use crate::error::{Error, Result};
use chrono::{DateTime, FixedOffset, NaiveDate};
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

/// Parse a customer file for editing.
pub fn parse(rel: &str, text: &str) -> Result<DocumentMut> {
    text.parse::<DocumentMut>().map_err(|e| {
        let before = e.span().map(|s| &text[..s.start.min(text.len())]);
        Error::parse(
            rel,
            before.map(|b| b.matches('\n').count() + 1),
            before.map(|b| b.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1),
            e.message().lines().next().unwrap_or("invalid TOML"),
        )
    })
}

/// A TOML string value; multi-line text becomes a `"""` string so it reads
/// (and diffs, and merges) line by line.
pub fn string(s: &str) -> Value {
    if s.contains('\n') && !s.contains("\"\"\"") && !s.contains('\\') && !s.contains('\r') {
        let body = if s.ends_with('\n') {
            s.to_string()
        } else {
            format!("{s}\n")
        };
        let repr = format!("\"\"\"\n{body}\"\"\"");
        if let Ok(v) = repr.parse::<Value>()
            && v.as_str() == Some(body.as_str())
        {
            return v;
        }
    }
    Value::from(s)
}

/// A TOML date value.
pub fn date(d: NaiveDate) -> Value {
    let s = d.format("%Y-%m-%d").to_string();
    Value::from(
        s.parse::<toml_edit::Datetime>()
            .expect("a formatted NaiveDate is a TOML date"),
    )
}

/// A TOML offset datetime value (seconds precision).
pub fn datetime(t: DateTime<FixedOffset>) -> Value {
    let s = t.format("%Y-%m-%dT%H:%M:%S%:z").to_string();
    Value::from(
        s.parse::<toml_edit::Datetime>()
            .expect("RFC 3339 is a TOML datetime"),
    )
}

/// A TOML number for an amount, written with exactly its digits: a
/// whole amount as an integer (`12000`, never `12000.0`), any other as
/// the float that prints as its decimal digits (`1200.5`; amounts have at
/// most 4 decimals and stay under 10^12, well inside a float's exact
/// digits), so the file reads back as the same decimal.
pub fn amount(d: rust_decimal::Decimal) -> Value {
    use rust_decimal::prelude::ToPrimitive;
    let d = d.normalize();
    if d.scale() == 0
        && let Some(i) = d.to_i64()
    {
        return Value::from(i);
    }
    Value::from(d.to_f64().unwrap_or(0.0))
}

/// Set `key` in `table` to `v`, keeping the old value's comments/spacing.
pub fn set(table: &mut Table, key: &str, v: Value) {
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) => {
            let decor = old.decor().clone();
            *old = v;
            *old.decor_mut() = decor;
        }
        None => {
            table.insert(key, Item::Value(v));
        }
    }
}

/// Remove `key` from `table`; true when it was there.
pub fn remove(table: &mut Table, key: &str) -> bool {
    table.remove(key).is_some()
}

/// Add `s` to the string array `key` unless an equal element (compared by
/// `same`) is there. True when added.
pub fn array_add(
    table: &mut Table,
    key: &str,
    s: &str,
    same: impl Fn(&str, &str) -> bool,
) -> Result<bool> {
    let item = table
        .entry(key)
        .or_insert(Item::Value(Value::Array(Default::default())));
    let Some(arr) = item.as_array_mut() else {
        return Err(Error::invalid(
            key,
            "is not an array of strings; fix the file by hand",
        ));
    };
    if arr.iter().any(|v| v.as_str().is_some_and(|x| same(x, s))) {
        return Ok(false);
    }
    arr.push(s);
    Ok(true)
}

/// Remove every element equal to `s` (by `same`) from the array `key`.
pub fn array_remove(
    table: &mut Table,
    key: &str,
    s: &str,
    same: impl Fn(&str, &str) -> bool,
) -> bool {
    let Some(arr) = table.get_mut(key).and_then(Item::as_array_mut) else {
        return false;
    };
    let before = arr.len();
    arr.retain(|v| !v.as_str().is_some_and(|x| same(x, s)));
    let removed = arr.len() != before;
    if removed {
        arr.fmt();
    }
    removed
}

/// The array of tables `key`, created when missing.
pub fn tables_mut<'a>(doc: &'a mut DocumentMut, key: &str) -> Result<&'a mut ArrayOfTables> {
    let item = doc
        .as_table_mut()
        .entry(key)
        .or_insert(Item::ArrayOfTables(ArrayOfTables::new()));
    item.as_array_of_tables_mut().ok_or_else(|| {
        Error::invalid(
            key,
            format!("is not written as [[{key}]] entries; fix the file by hand"),
        )
    })
}

/// Append a table to the array of tables `key`.
pub fn push_table(doc: &mut DocumentMut, key: &str, t: Table) -> Result<()> {
    tables_mut(doc, key)?.push(t);
    Ok(())
}

/// Sort key of an activity table: its `at` as RFC 3339 instant, then id.
fn activity_key(t: &Table) -> (Option<DateTime<FixedOffset>>, String) {
    let at = t
        .get("at")
        .and_then(Item::as_datetime)
        .and_then(|d| DateTime::parse_from_rfc3339(&d.to_string()).ok());
    let id = t
        .get("id")
        .and_then(Item::as_str)
        .unwrap_or_default()
        .to_string();
    (at, id)
}

/// Insert an activity where it belongs in time order.
pub fn insert_activity(doc: &mut DocumentMut, t: Table) -> Result<()> {
    let key = activity_key(&t);
    let arr = tables_mut(doc, "activities")?;
    let pos = arr
        .iter()
        .position(|other| activity_key(other) > key)
        .unwrap_or(arr.len());
    arr.insert(pos, t);
    Ok(())
}

/// Whether the activities are in time order.
pub fn activities_sorted(doc: &DocumentMut) -> bool {
    let Some(arr) = doc.get("activities").and_then(Item::as_array_of_tables) else {
        return true;
    };
    let keys: Vec<_> = arr.iter().map(activity_key).collect();
    keys.windows(2).all(|w| w[0] <= w[1])
}

/// Re-order the activities by time (used by `crm check --fix` and `crm edit`).
pub fn sort_activities(doc: &mut DocumentMut) {
    let Some(arr) = doc
        .get_mut("activities")
        .and_then(Item::as_array_of_tables_mut)
    else {
        return;
    };
    let mut tables: Vec<Table> = arr.iter().cloned().collect();
    let mut positions: Vec<Option<isize>> = tables.iter().map(Table::position).collect();
    positions.sort();
    tables.sort_by_key(activity_key);
    arr.clear();
    for (mut t, p) in tables.into_iter().zip(positions) {
        t.set_position(p);
        arr.push(t);
    }
}

/// The index of the first table in `key` whose string `field` satisfies `f`.
pub fn find_table(
    doc: &DocumentMut,
    key: &str,
    field: &str,
    f: impl Fn(&str) -> bool,
) -> Option<usize> {
    doc.get(key)?
        .as_array_of_tables()?
        .iter()
        .position(|t| t.get(field).and_then(Item::as_str).is_some_and(&f))
}

/// A new `[[table]]` from key/value pairs, in the order given.
pub fn table(pairs: Vec<(&str, Value)>) -> Table {
    let mut t = Table::new();
    for (k, v) in pairs {
        t.insert(k, Item::Value(v));
    }
    t
}
