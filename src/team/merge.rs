//! The semantic three-way merge of one customer file (SPEC §6).
//!
//! The result starts from *ours* (so our formatting and comments survive)
//! and applies what *theirs* changed since *base*:
//!
//! - `[[activities]]` and `[[deals]]` are merged as sets by `id`,
//!   `[[contacts]]` by name, `[[conflicts]]` by what they record: an entry
//!   changed on one side takes that change; changed on both, it is merged
//!   field by field with the same rules as the top level.
//! - Scalars: changed on one side → that value. Changed on both to
//!   different values → the newer change wins and the other value is kept
//!   in a `[[conflicts]]` entry (field, ours, theirs, base, when). "Newer"
//!   is the time of the commit that last changed *that field* on each side
//!   since the merge base ([`History`]); on equal times the commit with
//!   the greater id wins, and with no history the greater value, so every
//!   clone decides alike.
//! - Arrays of strings (`tags`): set merge — additions and removals of both
//!   sides.
//! - Multi-line text (`notes`, any text with a line break): line-based
//!   three-way merge; on a clash both versions are kept with markers and a
//!   conflict is recorded.
//! - Removed on one side, changed on the other: kept, and reported.
//!
//! Invariant: nothing either side holds that the other did not delete on
//! purpose is lost. In particular every activity in ours or theirs that is
//! not deleted by one side while unchanged by the other is in the result.

use crate::error::{Error, Result};
use crate::store::git::Conflict;
use chrono::{DateTime, FixedOffset};
use std::collections::HashSet;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

/// One side of a merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// The change that last set a field on one side: when, which commit, who.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub time: DateTime<FixedOffset>,
    /// The commit's id (hex), the tie-breaker every clone shares.
    pub commit: String,
    pub author: String,
}

/// Who last changed which field, and when, on each side since the merge
/// base: decides which value wins a clash.
pub trait History {
    /// The last change of `field` (a path like `stage`, `fields.industry`,
    /// `deals.ID.amount`) on `side`, if known.
    fn last_change(&self, side: Side, field: &str) -> Option<Stamp>;
    /// Written into new `[[conflicts]]` entries as `when`.
    fn now(&self) -> DateTime<FixedOffset>;
}

/// No history (an undo, a file outside a repository): a clash goes to the
/// greater value, the same on every clone.
pub struct NoHistory(pub DateTime<FixedOffset>);

impl History for NoHistory {
    fn last_change(&self, _: Side, _: &str) -> Option<Stamp> {
        None
    }
    fn now(&self) -> DateTime<FixedOffset> {
        self.0
    }
}

/// The merged file and what a person should hear about.
#[derive(Debug, Clone, Default)]
pub struct Merged {
    pub text: String,
    /// Conflicts recorded in the file by this merge.
    pub conflicts: Vec<String>,
    /// Other things worth reporting (kept removals, line clashes).
    pub notes: Vec<String>,
}

/// Arrays of tables and the key that identifies an entry.
const ENTRIES: &[(&str, &str)] = &[
    ("activities", "id"),
    ("deals", "id"),
    ("contacts", "name"),
    ("contracts", "id"),
];

/// Arrays of tables inside an entry, merged the same way: the lines of a
/// deal by product.
const NESTED: &[(&str, &str)] = &[("lines", "product")];

/// Merge one customer file. `base` is `None` when both sides added the
/// file independently. Errors name which side does not parse.
pub fn merge_customer(
    base: Option<&str>,
    ours: &str,
    theirs: &str,
    history: &dyn History,
) -> Result<Merged, String> {
    let Sides {
        base: b_t,
        ours: o_t,
        theirs: t_t,
        mut out,
        theirs_doc,
    } = Sides::parse(base, ours, theirs)?;
    if o_t == t_t {
        return Ok(Merged {
            text: ours.to_string(),
            ..Merged::default()
        });
    }
    let mut m = Merger {
        history,
        conflicts: Vec::new(),
        notes: Vec::new(),
        new_conflicts: Vec::new(),
    };
    let skip: HashSet<&str> = ENTRIES
        .iter()
        .map(|(k, _)| *k)
        .chain(["conflicts"])
        .collect();
    for key in union_keys(&b_t, &o_t, &t_t) {
        if skip.contains(key.as_str()) {
            continue;
        }
        m.item(
            out.as_table_mut(),
            theirs_doc.as_table(),
            &key,
            b_t.get(&key),
            o_t.get(&key),
            t_t.get(&key),
            &key,
        );
    }
    let mut touched_tables = false;
    for (key, idkey) in ENTRIES {
        touched_tables |= m.entries(
            out.as_table_mut(),
            theirs_doc.as_table(),
            key,
            idkey,
            (&b_t, &o_t, &t_t),
            "",
        );
    }
    touched_tables |= m.conflict_entries(&mut out, &theirs_doc, &b_t, &o_t, &t_t);
    if touched_tables {
        // Tables from two documents carry two numberings; render in order.
        clear_positions(out.as_table_mut());
    }
    Ok(Merged {
        text: out.to_string(),
        conflicts: m.conflicts,
        notes: m.notes,
    })
}

/// The three sides of a merge as values, and ours (to edit into the
/// result) and theirs as documents.
struct Sides {
    base: toml::Table,
    ours: toml::Table,
    theirs: toml::Table,
    out: DocumentMut,
    theirs_doc: DocumentMut,
}

impl Sides {
    /// Each side parsed; an error names the side that is not TOML.
    fn parse(base: Option<&str>, ours: &str, theirs: &str) -> Result<Sides, String> {
        let parse = |which: &str, text: &str| -> Result<(toml::Table, DocumentMut), String> {
            let t: toml::Table =
                toml::from_str(text).map_err(|e| format!("{which}: {}", e.message().trim()))?;
            let d: DocumentMut = text
                .parse()
                .map_err(|e: toml_edit::TomlError| format!("{which}: {}", e.message().trim()))?;
            Ok((t, d))
        };
        let (base, _) = match base {
            Some(b) => parse("base", b)?,
            None => (toml::Table::new(), DocumentMut::new()),
        };
        let (ours, out) = parse("ours", ours)?;
        let (theirs, theirs_doc) = parse("theirs", theirs)?;
        Ok(Sides {
            base,
            ours,
            theirs,
            out,
            theirs_doc,
        })
    }
}

/// Merge `crm.toml`: the catalogue (`[[products]]`) as a set by product
/// `id` — a product added, changed or removed on one side takes that
/// change, one changed on both sides is merged field by field — and every
/// other key as in a customer file (a setting changed on one side takes
/// that change, lists of strings such as `stages` as sets, tables such as
/// `[team.mari]` key by key). A setting or a product's field that both
/// sides changed differently has no `[[conflicts]]` to go to in crm.toml:
/// the error names it, and the caller leaves the clone as it was.
pub fn merge_config(base: Option<&str>, ours: &str, theirs: &str) -> Result<Merged, String> {
    let Sides {
        base: b_t,
        ours: o_t,
        theirs: t_t,
        mut out,
        theirs_doc,
    } = Sides::parse(base, ours, theirs)?;
    if o_t == t_t {
        return Ok(Merged {
            text: ours.to_string(),
            ..Merged::default()
        });
    }
    let none = NoHistory(DateTime::UNIX_EPOCH.fixed_offset());
    let mut m = Merger {
        history: &none,
        conflicts: Vec::new(),
        notes: Vec::new(),
        new_conflicts: Vec::new(),
    };
    for key in union_keys(&b_t, &o_t, &t_t) {
        if key == "products" {
            continue;
        }
        m.item(
            out.as_table_mut(),
            theirs_doc.as_table(),
            &key,
            b_t.get(&key),
            o_t.get(&key),
            t_t.get(&key),
            &key,
        );
    }
    let rebuilt = m.entries(
        out.as_table_mut(),
        theirs_doc.as_table(),
        "products",
        "id",
        (&b_t, &o_t, &t_t),
        "",
    );
    if rebuilt {
        clear_positions(out.as_table_mut());
    }
    if !m.conflicts.is_empty() {
        let fields: Vec<&str> = m
            .conflicts
            .iter()
            .map(|c| c.split(':').next().unwrap_or(c))
            .collect();
        return Err(format!(
            "both sides changed {} differently",
            fields.join(", ")
        ));
    }
    Ok(Merged {
        text: out.to_string(),
        conflicts: Vec::new(),
        notes: m.notes,
    })
}

/// The paths of the fields that differ between two versions of a customer
/// file, named as the merge names them in a clash: `stage`,
/// `fields.industry`, `deals.ID.amount`, `contacts.NAME.phone` (the
/// name in lower case), `activities.ID.text`.
pub fn changed_fields(old: &toml::Table, new: &toml::Table) -> Vec<String> {
    let mut out = Vec::new();
    let empty = toml::Table::new();
    for key in union_keys(old, new, &empty) {
        let (o, n) = (old.get(&key), new.get(&key));
        if o == n || key == "conflicts" {
            continue;
        }
        if let Some((_, idkey)) = ENTRIES.iter().chain(NESTED).find(|(k, _)| *k == key) {
            let list = |v: Option<&toml::Value>| -> Vec<(String, toml::Table)> {
                v.and_then(toml::Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(toml::Value::as_table)
                            .map(|e| (entry_id(e, idkey), e.clone()))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let (ol, nl) = (list(o), list(n));
            for (id, ne) in &nl {
                let oe = ol.iter().find(|(i, _)| i == id).map(|(_, e)| e);
                let oe = oe.unwrap_or(&empty);
                out.extend(
                    changed_fields(oe, ne)
                        .into_iter()
                        .map(|f| format!("{key}.{id}.{f}")),
                );
            }
            continue;
        }
        match (o, n) {
            (Some(toml::Value::Table(ot)), Some(toml::Value::Table(nt))) => out.extend(
                changed_fields(ot, nt)
                    .into_iter()
                    .map(|f| format!("{key}.{f}")),
            ),
            _ => out.push(key),
        }
    }
    out
}

/// A conflicted customer file settled by [`settle`].
#[derive(Debug)]
pub struct Settled {
    pub id: String,
    /// Conflicts the merge recorded in the file.
    pub conflicts: Vec<String>,
    pub notes: Vec<String>,
}

/// Settle one conflict of a tree merge (a sync's merge, an undo's
/// revert): a customer file with [`merge_customer`] — a file removed on
/// one side and changed on the other is kept — and any other file refused
/// with `other_file`. `there` names the other side in notes ("on origin").
/// What was settled is added to `settled`; `None` leaves the conflict.
pub fn settle(
    c: &Conflict,
    history: &dyn History,
    there: &str,
    other_file: &dyn Fn(&str) -> Error,
    settled: &mut Vec<Settled>,
) -> Result<Option<Vec<u8>>> {
    let path = &c.path;
    if path == crate::store::CONFIG {
        return settle_config(c, there, other_file, settled);
    }
    let Some(id) = path
        .strip_prefix("customers/")
        .and_then(|p| p.strip_suffix(".toml"))
        .filter(|p| !p.contains('/'))
        .map(str::to_string)
    else {
        return Err(other_file(path));
    };
    let text = |b: &Option<Vec<u8>>| b.as_ref().map(|b| String::from_utf8_lossy(b).into_owned());
    let (base, o, t) = (text(&c.base), text(&c.ours), text(&c.theirs));
    let mut s = Settled {
        id,
        conflicts: Vec::new(),
        notes: Vec::new(),
    };
    let merged = match (o, t) {
        (Some(o), Some(t)) => {
            let m = merge_customer(base.as_deref(), &o, &t, history).map_err(|m| {
                Error::other(
                    format!("{path}: cannot merge: {m}"),
                    Some("fix the file on the side named, then try again".into()),
                )
            })?;
            s.conflicts = m.conflicts;
            s.notes = m.notes;
            m.text
        }
        (Some(o), None) => {
            s.notes
                .push(format!("removed {there} but changed here; kept"));
            o
        }
        (None, Some(t)) => {
            s.notes
                .push(format!("removed here but changed {there}; kept"));
            t
        }
        (None, None) => return Ok(None),
    };
    settled.push(s);
    Ok(Some(merged.into_bytes()))
}

/// [`settle`] `crm.toml` with [`merge_config`]; the result must be valid
/// settings. A clash is refused with `other_file`'s error, saying which
/// settings clashed.
fn settle_config(
    c: &Conflict,
    there: &str,
    other_file: &dyn Fn(&str) -> Error,
    settled: &mut Vec<Settled>,
) -> Result<Option<Vec<u8>>> {
    let text = |b: &Option<Vec<u8>>| b.as_ref().map(|b| String::from_utf8_lossy(b).into_owned());
    let (base, o, t) = (text(&c.base), text(&c.ours), text(&c.theirs));
    let refuse = |why: String| {
        let mut e = other_file(&c.path);
        if let Error::Other { message, .. } = &mut e {
            *message = format!(
                "{}: {why} (here and {there}); crm cannot settle that by itself, so nothing was changed",
                c.path
            );
        }
        e
    };
    let (Some(o), Some(t)) = (o, t) else {
        return Err(refuse(
            "removed on one side and changed on the other".into(),
        ));
    };
    let m = merge_config(base.as_deref(), &o, &t).map_err(refuse)?;
    crate::model::config::Config::parse(&m.text)
        .map_err(|e| refuse(format!("the merged settings are not valid ({e})")))?;
    settled.push(Settled {
        id: c.path.clone(),
        conflicts: Vec::new(),
        notes: m.notes,
    });
    Ok(Some(m.text.into_bytes()))
}

struct Merger<'h> {
    history: &'h dyn History,
    conflicts: Vec<String>,
    notes: Vec<String>,
    new_conflicts: Vec<Table>,
}

fn union_keys(b: &toml::Table, o: &toml::Table, t: &toml::Table) -> Vec<String> {
    let mut keys: Vec<String> = o.keys().cloned().collect();
    for k in t.keys().chain(b.keys()) {
        if !keys.contains(k) {
            keys.push(k.clone());
        }
    }
    keys
}

/// A TOML value's text, for messages and conflict entries.
fn show(v: Option<&toml::Value>) -> String {
    v.map_or_else(|| "(none)".to_string(), |v| v.to_string())
}

/// A `toml_edit` value from a `toml` value (via its TOML text).
fn edit_value(v: &toml::Value) -> Option<Value> {
    v.to_string().parse::<Value>().ok()
}

fn is_string_array(v: Option<&toml::Value>) -> bool {
    match v {
        None => true,
        Some(toml::Value::Array(a)) => a.iter().all(toml::Value::is_str),
        _ => false,
    }
}

fn strings(v: Option<&toml::Value>) -> Vec<String> {
    match v {
        Some(toml::Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn multiline(v: Option<&toml::Value>) -> bool {
    v.and_then(toml::Value::as_str)
        .is_some_and(|s| s.contains('\n'))
}

impl Merger<'_> {
    /// Whether theirs wins a clash on `path` between `o` and `t`: the side
    /// whose last change to that field is newer; on equal times the greater
    /// commit id; a side whose change is unknown loses to one whose is
    /// known; with neither known, the greater value. Every clone decides
    /// the same.
    fn theirs_wins(
        &self,
        path: &str,
        o: Option<&toml::Value>,
        t: Option<&toml::Value>,
    ) -> (bool, Option<Stamp>, Option<Stamp>) {
        let (os, ts) = (
            self.history.last_change(Side::Ours, path),
            self.history.last_change(Side::Theirs, path),
        );
        let wins = match (&os, &ts) {
            (Some(o), Some(t)) => (&t.time, &t.commit) > (&o.time, &o.commit),
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (None, None) => show(t) > show(o),
        };
        (wins, os, ts)
    }

    /// Merge `key` of `out` (ours) with theirs, knowing the base.
    #[allow(clippy::too_many_arguments)]
    fn item(
        &mut self,
        out: &mut Table,
        theirs: &Table,
        key: &str,
        b: Option<&toml::Value>,
        o: Option<&toml::Value>,
        t: Option<&toml::Value>,
        path: &str,
    ) {
        if o == t || t == b {
            return;
        }
        if o == b {
            take_theirs(out, theirs, key);
            return;
        }
        // Both changed, differently.
        if let (Some(toml::Value::Table(ot)), Some(toml::Value::Table(tt))) = (o, t) {
            let empty = toml::Table::new();
            let bt = b.and_then(toml::Value::as_table).unwrap_or(&empty);
            let (Some(out_sub), Some(their_sub)) = (
                out.get_mut(key).and_then(Item::as_table_like_mut),
                theirs.get(key).and_then(Item::as_table_like),
            ) else {
                self.clash(out, theirs, key, b, o, t, path);
                return;
            };
            // Table-likes: recurse key by key through plain tables.
            let mut out_t = table_from_like(out_sub);
            let their_t = table_from_like_ref(their_sub);
            for k in union_keys(bt, ot, tt) {
                self.item(
                    &mut out_t,
                    &their_t,
                    &k,
                    bt.get(&k),
                    ot.get(&k),
                    tt.get(&k),
                    &format!("{path}.{k}"),
                );
            }
            write_back_like(out, key, out_t);
            return;
        }
        if b.is_some() && (o.is_none() || t.is_none()) {
            // Removed on one side, changed on the other: keep the change.
            if o.is_none() {
                take_theirs(out, theirs, key);
            }
            self.notes.push(format!(
                "{path}: removed on one side and changed on the other; kept {}",
                show(o.or(t))
            ));
            return;
        }
        if is_string_array(b)
            && is_string_array(o)
            && is_string_array(t)
            && (o.is_some() || t.is_some())
        {
            let (bs, os, ts) = (strings(b), strings(o), strings(t));
            let removed = |x: &String| bs.contains(x) && (!os.contains(x) || !ts.contains(x));
            let mut result: Vec<String> = Vec::new();
            for x in os.iter().chain(ts.iter()) {
                if !removed(x) && !result.contains(x) {
                    result.push(x.clone());
                }
            }
            let mut arr = toml_edit::Array::new();
            for x in &result {
                arr.push(x.as_str());
            }
            set_value(out, key, Value::Array(arr));
            return;
        }
        if (multiline(o) || multiline(t) || multiline(b))
            && o.is_some_and(toml::Value::is_str)
            && t.is_some_and(toml::Value::is_str)
        {
            let bs = b.and_then(toml::Value::as_str).unwrap_or("");
            let os = o.and_then(toml::Value::as_str).unwrap_or("");
            let ts = t.and_then(toml::Value::as_str).unwrap_or("");
            let (text, clean) = match diffy::merge(bs, os, ts) {
                Ok(s) => (s, true),
                Err(s) => (s, false),
            };
            set_value(out, key, crate::store::edit::string(&text));
            if !clean {
                self.notes.push(format!(
                    "{path}: both sides changed the same lines; both versions are kept, marked"
                ));
                self.record(
                    path,
                    b,
                    o,
                    t,
                    format!("ours {} / theirs {}, both kept, marked", show(o), show(t)),
                );
            }
            return;
        }
        // A task or complaint closed in both clones was done when it was
        // first closed: the earlier `done_at` stays, with no conflict (the
        // same on every clone, whichever side merges).
        if key == "done_at"
            && path.starts_with("activities.")
            && let (Some(toml::Value::Datetime(od)), Some(toml::Value::Datetime(td))) = (o, t)
        {
            let instant = |d: &toml::value::Datetime| {
                chrono::DateTime::parse_from_rfc3339(&d.to_string()).ok()
            };
            if let (Some(oi), Some(ti)) = (instant(od), instant(td)) {
                if (ti, td.to_string()) < (oi, od.to_string()) {
                    take_theirs(out, theirs, key);
                }
                return;
            }
        }
        self.clash(out, theirs, key, b, o, t, path);
    }

    /// Both sides set a scalar differently: the newer wins, the other is
    /// kept in a conflict entry.
    #[allow(clippy::too_many_arguments)]
    fn clash(
        &mut self,
        out: &mut Table,
        theirs: &Table,
        key: &str,
        b: Option<&toml::Value>,
        o: Option<&toml::Value>,
        t: Option<&toml::Value>,
        path: &str,
    ) {
        let (wins, os, ts) = self.theirs_wins(path, o, t);
        if wins {
            take_theirs(out, theirs, key);
        }
        let by = |s: &Option<Stamp>| match s {
            Some(s) => format!("{}, {}", s.author, s.time.format("%Y-%m-%d %H:%M")),
            None => "time unknown".to_string(),
        };
        let (kept, lost) = if wins {
            ((t, &ts), (o, &os))
        } else {
            ((o, &os), (t, &ts))
        };
        self.record(
            path,
            b,
            o,
            t,
            format!(
                "kept {} ({}) over {} ({})",
                show(kept.0),
                by(kept.1),
                show(lost.0),
                by(lost.1)
            ),
        );
    }

    fn record(
        &mut self,
        path: &str,
        b: Option<&toml::Value>,
        o: Option<&toml::Value>,
        t: Option<&toml::Value>,
        told: String,
    ) {
        let mut c = Table::new();
        c.insert("field", Item::Value(Value::from(path)));
        for (k, v) in [("ours", o), ("theirs", t), ("base", b)] {
            if let Some(v) = v.and_then(edit_value) {
                c.insert(k, Item::Value(v));
            }
        }
        c.insert(
            "when",
            Item::Value(crate::store::edit::datetime(self.history.now())),
        );
        self.conflicts.push(format!("{path}: {told}"));
        self.new_conflicts.push(c);
    }

    /// Merge an array of tables keyed by `idkey` in `out` (ours) with
    /// theirs, knowing the three versions of the table that holds it;
    /// `prefix` is that table's path (`deals.ID.` for a deal's lines).
    /// Returns whether the array in `out` was rebuilt.
    fn entries(
        &mut self,
        out: &mut Table,
        theirs: &Table,
        key: &str,
        idkey: &str,
        (b_t, o_t, t_t): (&toml::Table, &toml::Table, &toml::Table),
        prefix: &str,
    ) -> bool {
        let list = |t: &toml::Table| -> Vec<(String, toml::Table)> {
            t.get(key)
                .and_then(toml::Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(toml::Value::as_table)
                        .map(|e| (entry_id(e, idkey), e.clone()))
                        .collect()
                })
                .unwrap_or_default()
        };
        let (bl, ol, tl) = (list(b_t), list(o_t), list(t_t));
        if ol == tl || tl == bl {
            return false;
        }
        let find = |l: &[(String, toml::Table)], id: &str| {
            l.iter().find(|(i, _)| i == id).map(|(_, e)| e.clone())
        };
        let their_tables: Vec<Table> = theirs
            .get(key)
            .and_then(Item::as_array_of_tables)
            .map(|a| a.iter().cloned().collect())
            .unwrap_or_default();
        let our_tables: Vec<Table> = out
            .get(key)
            .and_then(Item::as_array_of_tables)
            .map(|a| a.iter().cloned().collect())
            .unwrap_or_default();
        let table_of = |tables: &[Table], id: &str| {
            tables
                .iter()
                .find(|t| {
                    let v: Option<toml::Table> = toml::from_str(&t.to_string()).ok();
                    v.is_some_and(|v| entry_id(&v, idkey) == id)
                })
                .cloned()
        };
        let mut result: Vec<Table> = Vec::new();
        for (id, oe) in &ol {
            let Some(mut ours_table) = table_of(&our_tables, id) else {
                continue;
            };
            let be = find(&bl, id);
            let te = find(&tl, id);
            match (be, te) {
                (_, Some(te)) if te == *oe => result.push(ours_table),
                (Some(be), Some(te)) if *oe == be => {
                    result.push(table_of(&their_tables, id).unwrap_or(ours_table));
                    let _ = te;
                }
                (Some(be), Some(te)) if te == be => result.push(ours_table),
                (be, Some(te)) => {
                    // Changed on both sides (or added twice): field by field.
                    let their_table = table_of(&their_tables, id).unwrap_or_default();
                    let empty = toml::Table::new();
                    let be = be.unwrap_or(empty);
                    for k in union_keys(&be, oe, &te) {
                        if let Some((_, nid)) = NESTED.iter().find(|(n, _)| *n == k)
                            && [be.get(&k), oe.get(&k), te.get(&k)]
                                .into_iter()
                                .flatten()
                                .all(toml::Value::is_array)
                        {
                            self.entries(
                                &mut ours_table,
                                &their_table,
                                &k,
                                nid,
                                (&be, oe, &te),
                                &format!("{prefix}{key}.{id}."),
                            );
                            continue;
                        }
                        self.item(
                            &mut ours_table,
                            &their_table,
                            &k,
                            be.get(&k),
                            oe.get(&k),
                            te.get(&k),
                            &format!("{prefix}{key}.{id}.{k}"),
                        );
                    }
                    result.push(ours_table);
                }
                (Some(be), None) if be == *oe => {} // they removed it; we did not touch it
                (Some(_), None) => {
                    self.notes.push(format!(
                        "{prefix}{key} {id}: removed on their side but changed on ours; kept"
                    ));
                    result.push(ours_table);
                }
                (None, None) => result.push(ours_table),
            }
        }
        for (id, te) in &tl {
            if ol.iter().any(|(i, _)| i == id) {
                continue;
            }
            match find(&bl, id) {
                None => {
                    if let Some(t) = table_of(&their_tables, id) {
                        result.push(t);
                    }
                }
                Some(be) if be == *te => {} // we removed it; they did not touch it
                Some(_) => {
                    self.notes.push(format!(
                        "{prefix}{key} {id}: removed on our side but changed on theirs; kept"
                    ));
                    if let Some(t) = table_of(&their_tables, id) {
                        result.push(t);
                    }
                }
            }
        }
        if key == "activities" {
            result.sort_by_key(activity_order);
        }
        set_entries(out, key, result);
        true
    }

    /// `[[conflicts]]`: a union of what each side recorded (a resolved one
    /// stays resolved), plus this merge's new ones.
    fn conflict_entries(
        &mut self,
        out: &mut DocumentMut,
        theirs: &DocumentMut,
        b_t: &toml::Table,
        o_t: &toml::Table,
        t_t: &toml::Table,
    ) -> bool {
        let sig = |t: &Table| -> String {
            let v: toml::Table = toml::from_str(&t.to_string()).unwrap_or_default();
            conflict_sig(&v)
        };
        let sigs = |t: &toml::Table| -> Vec<String> {
            t.get("conflicts")
                .and_then(toml::Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(toml::Value::as_table)
                        .map(conflict_sig)
                        .collect()
                })
                .unwrap_or_default()
        };
        let (bs, os, ts) = (sigs(b_t), sigs(o_t), sigs(t_t));
        if os == ts && self.new_conflicts.is_empty() {
            return false;
        }
        let tables = |d: &DocumentMut| -> Vec<Table> {
            d.get("conflicts")
                .and_then(Item::as_array_of_tables)
                .map(|a| a.iter().cloned().collect())
                .unwrap_or_default()
        };
        let mut result: Vec<Table> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for t in tables(out) {
            let s = sig(&t);
            // Resolved on their side (it was in base, they dropped it)?
            if bs.contains(&s) && !ts.contains(&s) {
                continue;
            }
            seen.push(s);
            result.push(t);
        }
        for t in tables(theirs) {
            let s = sig(&t);
            if seen.contains(&s) || (bs.contains(&s) && !os.contains(&s)) {
                continue;
            }
            seen.push(s);
            result.push(t);
        }
        for t in std::mem::take(&mut self.new_conflicts) {
            let s = sig(&t);
            if !seen.contains(&s) {
                seen.push(s);
                result.push(t);
            }
        }
        set_entries(out, "conflicts", result);
        true
    }
}

fn conflict_sig(t: &toml::Table) -> String {
    format!(
        "{}|{}|{}",
        t.get("field").map(ToString::to_string).unwrap_or_default(),
        t.get("ours").map(ToString::to_string).unwrap_or_default(),
        t.get("theirs").map(ToString::to_string).unwrap_or_default()
    )
}

fn entry_id(t: &toml::Table, idkey: &str) -> String {
    let id = t
        .get(idkey)
        .and_then(toml::Value::as_str)
        .unwrap_or_default();
    if idkey == "name" {
        id.to_lowercase()
    } else {
        id.to_string()
    }
}

fn activity_order(t: &Table) -> (String, String) {
    let v: toml::Table = toml::from_str(&t.to_string()).unwrap_or_default();
    let at = v
        .get("at")
        .and_then(toml::Value::as_datetime)
        .and_then(|d| DateTime::parse_from_rfc3339(&d.to_string()).ok())
        .map(|d| d.with_timezone(&chrono::Utc).to_rfc3339())
        .unwrap_or_default();
    (at, entry_id(&v, "id"))
}

fn set_entries(out: &mut Table, key: &str, tables: Vec<Table>) {
    if tables.is_empty() {
        out.remove(key);
        return;
    }
    let mut arr = ArrayOfTables::new();
    for t in tables {
        arr.push(t);
    }
    out.insert(key, Item::ArrayOfTables(arr));
}

/// Replace `key` in `out` with theirs' item (or remove it when they did).
fn take_theirs(out: &mut Table, theirs: &Table, key: &str) {
    match theirs.get(key) {
        Some(Item::Value(v)) => set_value(out, key, v.clone()),
        Some(item) => {
            out.insert(key, item.clone());
        }
        None => {
            out.remove(key);
        }
    }
}

fn set_value(out: &mut Table, key: &str, v: Value) {
    let mut v = v;
    if let Some(old) = out.get(key).and_then(Item::as_value) {
        *v.decor_mut() = old.decor().clone();
    } else {
        v.decor_mut().clear();
    }
    out.insert(key, Item::Value(v));
}

/// A plain table copy of a table-like (a `[table]` or an inline table).
fn table_from_like(t: &mut dyn toml_edit::TableLike) -> Table {
    table_from_like_ref(&*t)
}

fn table_from_like_ref(t: &dyn toml_edit::TableLike) -> Table {
    let mut out = Table::new();
    for (k, v) in t.iter() {
        out.insert(k, v.clone());
    }
    out
}

/// Put a merged sub-table back where it was (keeping inline-ness).
fn write_back_like(out: &mut Table, key: &str, merged: Table) {
    match out.get_mut(key) {
        Some(Item::Table(t)) => {
            let keys: Vec<String> = t.iter().map(|(k, _)| k.to_string()).collect();
            for k in keys {
                if merged.get(&k).is_none() {
                    t.remove(&k);
                }
            }
            for (k, v) in merged.iter() {
                t.insert(k, v.clone());
            }
        }
        Some(Item::Value(Value::InlineTable(it))) => {
            let mut new = toml_edit::InlineTable::new();
            for (k, v) in merged.iter() {
                if let Some(v) = v.as_value() {
                    new.insert(k, v.clone());
                }
            }
            *it = new;
        }
        _ => {
            out.insert(key, Item::Table(merged));
        }
    }
}

fn clear_positions(t: &mut Table) {
    for (_, item) in t.iter_mut() {
        match item {
            Item::Table(sub) => {
                sub.set_position(None);
                clear_positions(sub);
            }
            Item::ArrayOfTables(arr) => {
                for sub in arr.iter_mut() {
                    sub.set_position(None);
                    clear_positions(sub);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field changed at one time on each side.
    struct Fixed {
        ours: DateTime<FixedOffset>,
        theirs: DateTime<FixedOffset>,
        now: DateTime<FixedOffset>,
    }

    impl History for Fixed {
        fn last_change(&self, side: Side, _: &str) -> Option<Stamp> {
            let time = match side {
                Side::Ours => self.ours,
                Side::Theirs => self.theirs,
            };
            Some(Stamp {
                time,
                commit: "0".repeat(40),
                author: format!("{side:?}"),
            })
        }
        fn now(&self) -> DateTime<FixedOffset> {
            self.now
        }
    }

    fn times(ours_newer: bool) -> Fixed {
        let t = |s: &str| DateTime::parse_from_rfc3339(s).expect("time");
        let (a, b) = (
            t("2026-11-24T10:00:00+02:00"),
            t("2026-11-24T11:00:00+02:00"),
        );
        Fixed {
            ours: if ours_newer { b } else { a },
            theirs: if ours_newer { a } else { b },
            now: t("2026-11-24T12:00:00+02:00"),
        }
    }

    const BASE: &str = "name = \"Acme\" # legal name\nstage = \"lead\"\ntags = [\"a\", \"b\"]\nnotes = \"\"\"\none\ntwo\nthree\n\"\"\"\n\n[[activities]]\nid = \"a1\"\nat = 2026-11-01T10:00:00+02:00\nkind = \"call\"\ntext = \"first\"\n";

    fn merge(b: &str, o: &str, t: &str, ours_newer: bool) -> Merged {
        merge_customer(Some(b), o, t, &times(ours_newer)).expect("merge")
    }

    fn value(text: &str, key: &str) -> toml::Value {
        let t: toml::Table = toml::from_str(text).expect("toml");
        t.get(key)
            .cloned()
            .unwrap_or(toml::Value::String("(none)".into()))
    }

    #[test]
    fn activities_from_both_sides_are_kept_in_time_order() {
        let o = format!(
            "{BASE}\n[[activities]]\nid = \"a3\"\nat = 2026-11-03T10:00:00+02:00\nkind = \"call\"\ntext = \"ours\"\n"
        );
        let t = format!(
            "{BASE}\n[[activities]]\nid = \"a2\"\nat = 2026-11-02T10:00:00+02:00\nkind = \"call\"\ntext = \"theirs\"\n"
        );
        let m = merge(BASE, &o, &t, true);
        let (a1, a2, a3) = (
            m.text.find("\"a1\"").expect("a1"),
            m.text.find("\"a2\"").expect("a2"),
            m.text.find("\"a3\"").expect("a3"),
        );
        assert!(a1 < a2 && a2 < a3, "{}", m.text);
        assert!(m.conflicts.is_empty());
        assert!(
            m.text.starts_with("name = \"Acme\" # legal name\n"),
            "ours' formatting kept:\n{}",
            m.text
        );
    }

    #[test]
    fn one_sided_changes_are_taken_and_clashes_recorded() {
        let o = BASE.replace("stage = \"lead\"", "stage = \"customer\"");
        let t = BASE.replace("name = \"Acme\"", "name = \"Acme Group\"");
        let m = merge(BASE, &o, &t, true);
        assert_eq!(value(&m.text, "stage").as_str(), Some("customer"));
        assert_eq!(value(&m.text, "name").as_str(), Some("Acme Group"));
        assert!(m.conflicts.is_empty());

        let t2 = BASE.replace("stage = \"lead\"", "stage = \"lost\"");
        let m = merge(BASE, &o, &t2, false);
        assert_eq!(
            value(&m.text, "stage").as_str(),
            Some("lost"),
            "theirs is newer"
        );
        assert_eq!(m.conflicts.len(), 1);
        assert!(m.text.contains("[[conflicts]]\nfield = \"stage\"\nours = \"customer\"\ntheirs = \"lost\"\nbase = \"lead\""), "{}", m.text);
        let m = merge(BASE, &o, &t2, true);
        assert_eq!(
            value(&m.text, "stage").as_str(),
            Some("customer"),
            "ours is newer"
        );
    }

    #[test]
    fn tags_merge_as_sets_and_notes_by_line() {
        let o = BASE
            .replace("[\"a\", \"b\"]", "[\"a\", \"c\"]")
            .replace("one\n", "ONE\n");
        let t = BASE
            .replace("[\"a\", \"b\"]", "[\"b\", \"d\"]")
            .replace("three\n", "THREE\n");
        let m = merge(BASE, &o, &t, true);
        let tags: Vec<String> = strings(Some(&value(&m.text, "tags")));
        assert_eq!(
            tags,
            vec!["c", "d"],
            "a removed by them, b by us; c and d added"
        );
        assert_eq!(value(&m.text, "notes").as_str(), Some("ONE\ntwo\nTHREE\n"));
        assert!(m.conflicts.is_empty());
        let o = BASE.replace("two\n", "two (ours)\n");
        let t = BASE.replace("two\n", "two (theirs)\n");
        let m = merge(BASE, &o, &t, true);
        let notes = value(&m.text, "notes");
        let notes = notes.as_str().expect("notes");
        assert!(
            notes.contains("two (ours)")
                && notes.contains("two (theirs)")
                && notes.contains("<<<<<<<"),
            "{notes}"
        );
        assert_eq!(m.conflicts.len(), 1);
    }

    #[test]
    fn an_entry_changed_on_both_sides_merges_field_by_field() {
        let o = BASE.replace("text = \"first\"", "text = \"first\"\nminutes = 10");
        let t = BASE.replace("kind = \"call\"", "kind = \"meeting\"");
        let m = merge(BASE, &o, &t, true);
        assert!(
            m.text.contains("kind = \"meeting\"") && m.text.contains("minutes = 10"),
            "{}",
            m.text
        );
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn remove_versus_change_keeps_the_change() {
        let no_acts = BASE
            .split("\n[[activities]]")
            .next()
            .expect("head")
            .to_string()
            + "\n";
        let t = BASE.replace("text = \"first\"", "text = \"first, edited\"");
        let m = merge(BASE, &no_acts, &t, true);
        assert!(m.text.contains("first, edited"), "{}", m.text);
        assert_eq!(m.notes.len(), 1);
        // Removed on one side, untouched on the other: removed.
        let m = merge(BASE, &no_acts, BASE, true);
        assert!(!m.text.contains("[[activities]]"), "{}", m.text);
        // A scalar removed on one side and changed on the other is kept.
        let o = BASE.replace("stage = \"lead\"\n", "");
        let t = BASE.replace("stage = \"lead\"", "stage = \"customer\"");
        let m = merge(BASE, &o, &t, true);
        assert_eq!(value(&m.text, "stage").as_str(), Some("customer"));
    }

    #[test]
    fn clashes_resolve_the_same_whichever_side_merges() {
        let o = BASE.replace("stage = \"lead\"", "stage = \"customer\"");
        let t = BASE.replace("stage = \"lead\"", "stage = \"lost\"");
        let same = NoHistory(times(true).now);
        let a = merge_customer(Some(BASE), &o, &t, &same).expect("merge");
        let b = merge_customer(Some(BASE), &t, &o, &same).expect("merge");
        assert_eq!(value(&a.text, "stage"), value(&b.text, "stage"));
    }

    #[test]
    fn the_field_changed_last_wins_whatever_else_each_side_did() {
        // Ours changed stage last; theirs changed email last.
        struct PerField;
        impl History for PerField {
            fn last_change(&self, side: Side, field: &str) -> Option<Stamp> {
                let t = |s: &str| DateTime::parse_from_rfc3339(s).expect("time");
                let time = match (side, field) {
                    (Side::Ours, "stage") | (Side::Theirs, "email") => {
                        t("2026-11-24T11:00:00+02:00")
                    }
                    _ => t("2026-11-24T10:00:00+02:00"),
                };
                Some(Stamp {
                    time,
                    commit: format!("{side:?}"),
                    author: format!("{side:?}"),
                })
            }
            fn now(&self) -> DateTime<FixedOffset> {
                DateTime::parse_from_rfc3339("2026-11-24T12:00:00+02:00").expect("time")
            }
        }
        let o = BASE.replace(
            "stage = \"lead\"",
            "stage = \"customer\"\nemail = \"o@x.ee\"",
        );
        let t = BASE.replace("stage = \"lead\"", "stage = \"lost\"\nemail = \"t@x.ee\"");
        let m = merge_customer(Some(BASE), &o, &t, &PerField).expect("merge");
        assert_eq!(value(&m.text, "stage").as_str(), Some("customer"));
        assert_eq!(value(&m.text, "email").as_str(), Some("t@x.ee"));
        assert!(
            m.conflicts
                .iter()
                .any(|c| c.starts_with("stage: kept \"customer\" (Ours")),
            "{:?}",
            m.conflicts
        );
    }

    #[test]
    fn changed_fields_are_named_as_the_merge_names_them() {
        let a: toml::Table = toml::from_str(BASE).expect("toml");
        let changed = BASE
            .replace("stage = \"lead\"", "stage = \"customer\"")
            .replace("text = \"first\"", "text = \"second\"");
        let b: toml::Table = toml::from_str(&changed).expect("toml");
        assert_eq!(changed_fields(&a, &b), vec!["stage", "activities.a1.text"]);
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    /// A customer file with these (id, text) activities, in time order as
    /// crm keeps them.
    fn file(acts: &[(u8, u8)]) -> String {
        let mut s = String::from("name = \"Acme\"\nstage = \"lead\"\n");
        let mut acts = acts.to_vec();
        acts.sort_by_key(|(id, _)| (1 + (*id % 28), format!("a{id}")));
        for (id, text) in &acts {
            s.push_str(&format!(
                "\n[[activities]]\nid = \"a{id}\"\nat = 2026-11-{:02}T10:00:00+02:00\nkind = \"call\"\ntext = \"t{text}\"\n",
                1 + (*id % 28)
            ));
        }
        s
    }

    proptest! {
        /// Every activity either side added survives; merging is the same
        /// whichever side is ours.
        #[test]
        fn no_added_activity_is_lost(
            base in proptest::collection::btree_map(0u8..20, 0u8..3, 0..5),
            ours_new in proptest::collection::btree_map(20u8..40, 0u8..3, 0..5),
            theirs_new in proptest::collection::btree_map(40u8..60, 0u8..3, 0..5),
        ) {
            let b: Vec<(u8, u8)> = base.into_iter().collect();
            let mut o = b.clone();
            o.extend(ours_new.iter().map(|(k, v)| (*k, *v)));
            let mut t = b.clone();
            t.extend(theirs_new.iter().map(|(k, v)| (*k, *v)));
            let now = DateTime::parse_from_rfc3339("2026-11-24T12:00:00+02:00").expect("time");
            let times = NoHistory(now);
            let m = merge_customer(Some(&file(&b)), &file(&o), &file(&t), &times).expect("merge");
            let mirror = merge_customer(Some(&file(&b)), &file(&t), &file(&o), &times).expect("merge");
            let every: Vec<u8> = b.iter().map(|(k, _)| *k).chain(ours_new.keys().copied()).chain(theirs_new.keys().copied()).collect();
            for id in every {
                let needle = format!("id = \"a{id}\"");
                prop_assert!(m.text.contains(&needle), "lost a{} in\n{}", id, m.text);
            }
            let a: toml::Table = toml::from_str(&m.text).expect("valid");
            let c: toml::Table = toml::from_str(&mirror.text).expect("valid");
            prop_assert_eq!(a, c);
        }
    }
}
