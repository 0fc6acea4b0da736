//! What changed, told in CRM terms: the field-level summary behind
//! `crm history` and `crm review` ("stage: prospect → customer",
//! "+ call by mari: Agreed 5% discount").
//!
//! Changes are read from git: each non-merge commit is compared with its
//! first parent, file by file, so every line has an author and a time.
//! Merge commits add nothing of their own: what they bring in is told by
//! the colleagues' commits they contain.

use crate::error::{Error, Result};
use crate::query::when;
use crate::store::Store;
use crate::store::git::{CommitId, CommitInfo, Order, PathChange, Repo};
use chrono::{DateTime, FixedOffset};

/// One commit's effect on one customer.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Change {
    pub customer: String,
    /// The customer's name (after the change, or before a removal).
    pub name: String,
    pub commit: String,
    pub author: String,
    pub at: String,
    /// The commit message's first line.
    pub summary: String,
    /// Field-level lines.
    pub changes: Vec<String>,
}

fn time_of(c: &CommitInfo) -> String {
    c.time.format("%Y-%m-%d %H:%M").to_string()
}

fn text(bytes: Option<Vec<u8>>) -> Option<String> {
    bytes.map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn table(text: Option<&str>) -> toml::Table {
    text.and_then(|t| toml::from_str(t).ok())
        .unwrap_or_default()
}

fn show(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => {
            let first = s.lines().next().unwrap_or("");
            if s.lines().count() > 1 {
                format!("{first} …")
            } else {
                first.to_string()
            }
        }
        toml::Value::Array(a) => a.iter().map(show).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn entries(t: &toml::Table, key: &str, idkey: &str) -> Vec<(String, toml::Table)> {
    t.get(key)
        .and_then(toml::Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(toml::Value::as_table)
                .map(|e| {
                    (
                        e.get(idkey)
                            .and_then(toml::Value::as_str)
                            .unwrap_or("")
                            .to_string(),
                        e.clone(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn activity_line(e: &toml::Table) -> String {
    let s = |k: &str| e.get(k).and_then(toml::Value::as_str).unwrap_or("");
    let mut line = format!("{} by {}", s("kind"), s("by"));
    if !s("with").is_empty() {
        line.push_str(&format!(" with {}", s("with")));
    }
    if let Some(t) = e.get("text") {
        line.push_str(&format!(": {}", show(t)));
    }
    if let Some(d) = e.get("due") {
        line.push_str(&format!(" (due {d})"));
    }
    line
}

fn deal_line(e: &toml::Table) -> String {
    let s = |k: &str| e.get(k).map(show).unwrap_or_default();
    format!(
        "deal {}: {} {} ({})",
        s("title"),
        s("amount"),
        s("currency"),
        s("stage")
    )
}

/// Field-level lines for a customer file going from `old` to `new`
/// (`None`: the file does not exist on that side).
pub fn describe(old: Option<&str>, new: Option<&str>) -> Vec<String> {
    let (o, n) = (table(old), table(new));
    let mut out = Vec::new();
    match (old, new) {
        (None, Some(_)) => {
            // A new file is told in one line, however much it holds.
            out.push(format!(
                "created: {} ({})",
                n.get("name").map(show).unwrap_or_default(),
                n.get("stage").map(show).unwrap_or_default()
            ));
            return out;
        }
        (Some(_), None) => {
            out.push(format!(
                "removed: {}",
                o.get("name").map(show).unwrap_or_default()
            ));
            return out;
        }
        _ => {}
    }
    let skip = [
        "contacts",
        "deals",
        "activities",
        "conflicts",
        "tags",
        "fields",
    ];
    let mut keys: Vec<&String> = n.keys().collect();
    keys.extend(o.keys().filter(|k| !n.contains_key(*k)));
    for k in keys {
        if skip.contains(&k.as_str()) || old.is_none() {
            continue;
        }
        match (o.get(k), n.get(k)) {
            (Some(a), Some(b)) if a != b => out.push(format!("{k}: {} → {}", show(a), show(b))),
            (None, Some(b)) => out.push(format!("{k}: {}", show(b))),
            (Some(a), None) => out.push(format!("{k} removed (was {})", show(a))),
            _ => {}
        }
    }
    let tags = |t: &toml::Table| -> Vec<String> {
        t.get("tags")
            .and_then(toml::Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let (ot, nt) = (tags(&o), tags(&n));
    for t in nt.iter().filter(|t| !ot.contains(t)) {
        out.push(format!("+ tag {t}"));
    }
    for t in ot.iter().filter(|t| !nt.contains(t)) {
        out.push(format!("- tag {t}"));
    }
    let empty = toml::Table::new();
    let of = o
        .get("fields")
        .and_then(toml::Value::as_table)
        .unwrap_or(&empty);
    let nf = n
        .get("fields")
        .and_then(toml::Value::as_table)
        .unwrap_or(&empty);
    for (k, v) in nf {
        match of.get(k) {
            Some(a) if a != v => out.push(format!("fields.{k}: {} → {}", show(a), show(v))),
            None => out.push(format!("fields.{k}: {}", show(v))),
            _ => {}
        }
    }
    for k in of.keys().filter(|k| !nf.contains_key(*k)) {
        out.push(format!("fields.{k} removed"));
    }
    for (key, idkey, what) in [
        ("contacts", "name", "contact"),
        ("deals", "id", "deal"),
        ("activities", "id", "activity"),
    ] {
        let (oe, ne) = (entries(&o, key, idkey), entries(&n, key, idkey));
        for (id, e) in &ne {
            match oe.iter().find(|(i, _)| i == id) {
                None => out.push(match key {
                    "activities" => format!("+ {}", activity_line(e)),
                    "deals" => format!("+ {}", deal_line(e)),
                    _ => format!("+ contact {id}"),
                }),
                Some((_, before)) if before != e => {
                    let label = match key {
                        "activities" => {
                            format!("{} {id}", e.get("kind").map(show).unwrap_or_default())
                        }
                        "deals" => format!("deal {}", e.get("title").map(show).unwrap_or_default()),
                        _ => format!("contact {id}"),
                    };
                    let mut parts = Vec::new();
                    for (k, v) in e {
                        match before.get(k) {
                            Some(a) if a != v => {
                                parts.push(format!("{k}: {} → {}", show(a), show(v)))
                            }
                            None => parts.push(format!("{k}: {}", show(v))),
                            _ => {}
                        }
                    }
                    for k in before.keys().filter(|k| !e.contains_key(*k)) {
                        parts.push(format!("{k} removed"));
                    }
                    out.push(format!("{label}: {}", parts.join(", ")));
                }
                _ => {}
            }
        }
        for (id, e) in &oe {
            if !ne.iter().any(|(i, _)| i == id) {
                out.push(match key {
                    "activities" => format!("- {}", activity_line(e)),
                    "deals" => format!("- {}", deal_line(e)),
                    _ => format!("- {what} {id}"),
                });
            }
        }
    }
    let conflicts = |t: &toml::Table| {
        entries(t, "conflicts", "field")
            .into_iter()
            .map(|(f, _)| f)
            .collect::<Vec<_>>()
    };
    let (oc, nc) = (conflicts(&o), conflicts(&n));
    for f in nc.iter().filter(|f| !oc.contains(f)) {
        out.push(format!("! conflict recorded on {f}"));
    }
    for f in oc.iter().filter(|f| !nc.contains(f)) {
        out.push(format!("conflict on {f} resolved"));
    }
    out
}

/// Where a walk over history stops.
#[derive(Debug, Clone)]
pub enum Since {
    /// Everything.
    Beginning,
    /// Commits not reachable from this commit.
    Commit(CommitId),
    /// Commits made at or after this time.
    Time(DateTime<FixedOffset>),
}

/// Where this clone was before its last `crm sync` brought anything in.
pub fn last_sync(store: &Store) -> Option<Since> {
    store
        .repo()
        .ref_target(crate::team::sync::LAST_SYNC_REF)
        .map(Since::Commit)
}

/// A point in history as a user names it: a git revision (`HEAD~5`, a
/// commit id, a tag) or a date (`2026-11-01`, `monday`: its midnight).
/// `arg` names the flag in the error.
pub fn since(store: &Store, arg: &str, s: &str) -> Result<Since> {
    if let Some(id) = store.repo().resolve_rev(s) {
        return Ok(Since::Commit(id));
    }
    let now = store.settings().clock.now();
    let d = when::parse_date(arg, s, now.date_naive()).map_err(|_| {
        Error::usage_hint(
            format!("{arg}: '{s}' is neither a git revision nor a date"),
            "e.g. --since HEAD~5, --since 2026-11-01, --since monday",
        )
    })?;
    let midnight = d.and_hms_opt(0, 0, 0).expect("midnight exists");
    Ok(Since::Time(
        midnight
            .and_local_timezone(*now.offset())
            .single()
            .unwrap_or(now),
    ))
}

/// Every change to customer files in commits after `since`, newest first;
/// with `only` just that customer's.
pub fn changes(repo: &Repo, since: &Since, only: Option<&str>) -> Result<Vec<Change>> {
    let Some(head) = repo.head() else {
        return Ok(Vec::new());
    };
    let hide = match since {
        Since::Commit(id) => Some(*id),
        _ => None,
    };
    let mut out = Vec::new();
    // With `only`: the customer's id as of the commit being read; a
    // `crm rename --id` (one file removed, this one created, in one commit)
    // hands the walk on to the id it had before.
    let mut tracked = only.map(str::to_string);
    for c in repo.walk(head, hide, Order::NewestFirst)? {
        if let Since::Time(t) = since
            && c.time.timestamp() < t.timestamp()
        {
            continue;
        }
        if c.parents > 1 {
            continue;
        }
        let changed = match &tracked {
            Some(_) => Vec::new(),
            None => repo.changed_files(c.id, "customers")?,
        };
        let paths: Vec<String> = match &tracked {
            Some(id) => vec![format!("customers/{id}.toml")],
            None => changed
                .iter()
                .map(|(p, _)| p.clone())
                .filter(|p| p.ends_with(".toml"))
                .collect(),
        };
        for path in paths {
            let new = text(repo.file_at(c.id, &path)?);
            let mut old = text(repo.file_before(c.id, &path)?);
            if new == old {
                continue;
            }
            let mut renamed_from = None;
            if tracked.is_some() && old.is_none() && new.is_some() {
                renamed_from = renamed_in(repo, c.id)?;
                if let Some(prev) = &renamed_from {
                    old = text(repo.file_before(c.id, &format!("customers/{prev}.toml"))?);
                }
            }
            let mut lines = describe(old.as_deref(), new.as_deref());
            if let Some(prev) = &renamed_from {
                let id = path
                    .trim_start_matches("customers/")
                    .trim_end_matches(".toml");
                lines.insert(0, format!("id: {prev} → {id}"));
            }
            if lines.is_empty() {
                continue;
            }
            let name = table(new.as_deref().or(old.as_deref()))
                .get("name")
                .and_then(toml::Value::as_str)
                .unwrap_or("")
                .to_string();
            out.push(Change {
                customer: path
                    .trim_start_matches("customers/")
                    .trim_end_matches(".toml")
                    .to_string(),
                name,
                commit: c.id.short(),
                author: c.author.clone(),
                at: time_of(&c),
                summary: c.summary.clone(),
                changes: lines,
            });
            if let Some(prev) = renamed_from {
                tracked = Some(prev);
            }
        }
    }
    Ok(out)
}

/// The customer a commit that creates a file renamed: the one customer
/// file it removed, if it removed exactly one.
fn renamed_in(repo: &Repo, id: CommitId) -> Result<Option<String>> {
    let removed: Vec<String> = repo
        .changed_files(id, "customers")?
        .into_iter()
        .filter(|(_, k)| *k == PathChange::Removed)
        .filter_map(|(p, _)| {
            p.strip_prefix("customers/")?
                .strip_suffix(".toml")
                .map(str::to_string)
        })
        .collect();
    Ok(match removed.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn changes_are_told_field_by_field() {
        let a = "name = \"Acme\"\nstage = \"prospect\"\ntags = [\"a\"]\n";
        let b = "name = \"Acme\"\nstage = \"customer\"\ntags = [\"a\", \"vip\"]\n\n[[activities]]\nid = \"a1\"\nat = 2026-11-22T10:00:00+02:00\nkind = \"call\"\nby = \"mari\"\ntext = \"Agreed 5% discount\"\n";
        let lines = describe(Some(a), Some(b));
        assert_eq!(
            lines,
            vec![
                "stage: prospect → customer",
                "+ tag vip",
                "+ call by mari: Agreed 5% discount"
            ]
        );
        assert_eq!(describe(None, Some(a)), vec!["created: Acme (prospect)"]);
        assert_eq!(describe(Some(a), None), vec!["removed: Acme"]);
    }
}
