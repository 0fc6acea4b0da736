//! `crm merge DUPLICATE INTO`: fold a duplicate customer into another.

use crate::error::{Error, Result};
use crate::ops::Op;
use crate::store::{Transaction, edit};
use toml_edit::{Item, Table, Value};

/// What `crm merge` folded in.
#[derive(Debug, Default)]
pub struct Folded {
    pub into: String,
    pub activities: usize,
    pub deals: usize,
    pub contacts: usize,
    pub conflicts: Vec<String>,
}

/// `crm merge DUPLICATE INTO`: fold one customer into another in one
/// commit — activities, deals and contracts by id, contacts by name, tags as a set,
/// fields the target lacks taken over, differing values kept as
/// `[[conflicts]]` (the target's value stays in force), notes joined —
/// and remove the duplicate's file.
pub fn fold(op: &Op, duplicate: &str, into: &str) -> Result<Folded> {
    let _lock = op.store.lock()?;
    let dup = op.customer_id(duplicate)?;
    let target = op.customer_id(into)?;
    if dup == target {
        return Err(Error::usage(format!(
            "'{duplicate}' and '{into}' are the same customer ({dup})"
        )));
    }
    let (_, dup_doc) = op.doc(&dup)?;
    let (_, mut doc) = op.doc(&target)?;
    let dup_name = dup_doc
        .get("name")
        .and_then(Item::as_str)
        .unwrap_or(&dup)
        .to_string();
    let when = edit::datetime(op.now);
    let mut folded = Folded {
        into: target.clone(),
        ..Folded::default()
    };
    let mut conflicts: Vec<Table> = Vec::new();
    let mut conflict = |field: String, ours: &Item, theirs: &Item, folded: &mut Folded| {
        let mut c = Table::new();
        c.insert("field", Item::Value(Value::from(field.as_str())));
        if let Some(v) = ours.as_value() {
            c.insert("ours", Item::Value(v.clone().decorated("", "")));
        }
        if let Some(v) = theirs.as_value() {
            c.insert("theirs", Item::Value(v.clone().decorated("", "")));
        }
        c.insert("when", Item::Value(when.clone()));
        folded.conflicts.push(field);
        conflicts.push(c);
    };
    // Plain values and tables of the duplicate.
    for (k, item) in dup_doc.iter() {
        if [
            "name",
            "contacts",
            "deals",
            "activities",
            "conflicts",
            "contracts",
        ]
        .contains(&k)
        {
            continue;
        }
        match (k, doc.get(k)) {
            ("tags", _) => {
                if let Some(arr) = item.as_array() {
                    for t in arr.iter().filter_map(Value::as_str) {
                        edit::array_add(doc.as_table_mut(), "tags", t, |a, b| {
                            a.eq_ignore_ascii_case(b)
                        })?;
                    }
                }
            }
            ("notes", Some(mine)) => {
                let (a, b) = (
                    mine.as_str().unwrap_or("").trim_end(),
                    item.as_str().unwrap_or("").trim_end(),
                );
                if a != b && !b.is_empty() {
                    let joined = format!("{a}\n\n(from {dup_name})\n{b}\n");
                    edit::set(doc.as_table_mut(), "notes", edit::string(&joined));
                }
            }
            ("created", Some(mine)) => {
                let older = item.as_datetime().map(ToString::to_string)
                    < mine.as_datetime().map(ToString::to_string);
                if older && let Some(v) = item.as_value() {
                    edit::set(doc.as_table_mut(), "created", v.clone());
                }
            }
            ("fields", Some(Item::Table(_))) => {
                if let Some(theirs) = item.as_table() {
                    for (fk, fv) in theirs.iter() {
                        let mine = doc.get("fields").and_then(|f| f.get(fk)).cloned();
                        match mine {
                            None => {
                                if let Some(f) = doc.get_mut("fields").and_then(Item::as_table_mut)
                                {
                                    f.insert(fk, fv.clone());
                                }
                            }
                            Some(m)
                                if m.as_value().map(|v| v.to_string().trim().to_string())
                                    != fv.as_value().map(|v| v.to_string().trim().to_string()) =>
                            {
                                conflict(format!("fields.{fk}"), &m, fv, &mut folded);
                            }
                            _ => {}
                        }
                    }
                }
            }
            (_, None) => {
                doc.insert(k, item.clone());
            }
            (_, Some(mine)) => {
                let same = mine.as_value().map(|v| v.to_string().trim().to_string())
                    == item.as_value().map(|v| v.to_string().trim().to_string());
                if !same {
                    let mine = mine.clone();
                    conflict(k.to_string(), &mine, item, &mut folded);
                }
            }
        }
    }
    // Contacts by name; deals and activities by id.
    if let Some(arr) = dup_doc.get("contacts").and_then(Item::as_array_of_tables) {
        for t in arr.iter() {
            let name = t
                .get("name")
                .and_then(Item::as_str)
                .unwrap_or("")
                .to_string();
            match edit::find_table(&doc, "contacts", "name", |x| x.eq_ignore_ascii_case(&name)) {
                None => {
                    edit::push_table(&mut doc, "contacts", t.clone())?;
                    folded.contacts += 1;
                }
                Some(i) => {
                    let mine = edit::tables_mut(&mut doc, "contacts")?
                        .get_mut(i)
                        .expect("index from find_table");
                    let mut clashes = Vec::new();
                    for (k, v) in t.iter() {
                        match mine.get(k) {
                            None => {
                                mine.insert(k, v.clone());
                            }
                            Some(m)
                                if m.as_value().map(|x| x.to_string().trim().to_string())
                                    != v.as_value().map(|x| x.to_string().trim().to_string()) =>
                            {
                                clashes.push((k.to_string(), m.clone(), v.clone()));
                            }
                            _ => {}
                        }
                    }
                    for (k, m, v) in clashes {
                        conflict(
                            format!("contacts.{}.{k}", name.to_lowercase()),
                            &m,
                            &v,
                            &mut folded,
                        );
                    }
                }
            }
        }
    }
    for key in ["deals", "activities", "contracts"] {
        if let Some(arr) = dup_doc.get(key).and_then(Item::as_array_of_tables) {
            for t in arr.iter() {
                let eid = t.get("id").and_then(Item::as_str).unwrap_or("").to_string();
                if edit::find_table(&doc, key, "id", |x| x == eid).is_some() {
                    continue;
                }
                if key == "activities" {
                    edit::insert_activity(&mut doc, t.clone())?;
                    folded.activities += 1;
                } else {
                    edit::push_table(&mut doc, key, t.clone())?;
                    if key == "deals" {
                        folded.deals += 1;
                    }
                }
            }
        }
    }
    if let Some(arr) = dup_doc.get("conflicts").and_then(Item::as_array_of_tables) {
        for t in arr.iter() {
            edit::push_table(&mut doc, "conflicts", t.clone())?;
        }
    }
    for c in conflicts {
        edit::push_table(&mut doc, "conflicts", c)?;
    }
    // Tables from another document carry its positions: render in order.
    for key in ["contacts", "deals", "activities", "conflicts", "contracts"] {
        if let Some(arr) = doc.get_mut(key).and_then(Item::as_array_of_tables_mut) {
            for t in arr.iter_mut() {
                t.set_position(None);
                // A deal's [deals.stages] and [[deals.lines]].
                for (_, sub) in t.iter_mut() {
                    match sub {
                        Item::Table(x) => x.set_position(None),
                        Item::ArrayOfTables(a) => a.iter_mut().for_each(|x| x.set_position(None)),
                        _ => {}
                    }
                }
            }
        }
    }
    let msg = format!(
        "merge {dup} into {target}: {} activities, {} deals, {} contacts{}",
        folded.activities,
        folded.deals,
        folded.contacts,
        if folded.conflicts.is_empty() {
            String::new()
        } else {
            format!(", {} conflicts", folded.conflicts.len())
        }
    );
    op.commit(
        Transaction::new(msg)
            .write(&target, doc.to_string())
            .remove(&dup),
    )?;
    Ok(folded)
}
