//! `crm check`: the data-quality report of SPEC §7.
//!
//! Every finding names a file, a line where one applies, what is wrong and
//! how to fix it. Errors (exit 1): files that do not parse, invalid values,
//! ids used twice, unresolved `[[conflicts]]`. Warnings: likely duplicate
//! customers, phone numbers not in international format, stray
//! whitespace, activities out of order, uncommitted files. `--fix` applies
//! the safe fixes (phones, whitespace, order) in one commit.

use crate::error::{Fix, Result};
use crate::model::{self, Customer, id::fold, phone};
use crate::store::{Store, Transaction, edit};
use std::collections::{BTreeMap, HashMap};
use toml_edit::{DocumentMut, Item, Value};

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One thing `crm check` found.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// A short stable name: syntax, invalid, duplicate-id, conflict,
    /// duplicate-customer, phone-format, phone-invalid, whitespace, order,
    /// uncommitted.
    pub kind: &'static str,
    pub file: String,
    pub line: Option<usize>,
    pub field: Option<String>,
    pub message: String,
    /// What to do about it (the CLI says it in words).
    #[serde(skip)]
    pub fix: Fix,
    /// Whether `crm check --fix` repairs it.
    pub fixable: bool,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The line of a field path such as `activities[3].kind` or `fields.x`.
pub fn field_line(text: &str, path: &str) -> Option<usize> {
    let doc = toml_edit::Document::parse(text).ok()?;
    let mut item: &Item = doc.as_item();
    let mut last_span = None;
    for seg in path.split('.') {
        let (key, index) = match seg.split_once('[') {
            Some((k, rest)) => (k, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (seg, None),
        };
        item = item.get(key)?;
        if let Some(s) = item
            .span()
            .or_else(|| item.as_table().and_then(toml_edit::Table::span))
        {
            last_span = Some(s);
        }
        if let Some(i) = index {
            return match item {
                Item::ArrayOfTables(a) => {
                    let t = a.get(i)?;
                    if let Some(s) = t.span() {
                        last_span = Some(s);
                    }
                    descend_rest(text, path, seg, t, last_span)
                }
                Item::Value(Value::Array(a)) => {
                    let v = a.get(i)?;
                    v.span().or(last_span).map(|s| line_of(text, s.start))
                }
                _ => last_span.map(|s| line_of(text, s.start)),
            };
        }
    }
    last_span.map(|s| line_of(text, s.start))
}

/// Continue a path inside one table of an array of tables.
fn descend_rest(
    text: &str,
    path: &str,
    seg: &str,
    t: &toml_edit::Table,
    span: Option<std::ops::Range<usize>>,
) -> Option<usize> {
    let rest = path
        .split_once(seg)
        .map(|(_, r)| r.trim_start_matches('.'))
        .unwrap_or("");
    if rest.is_empty() {
        return span.map(|s| line_of(text, s.start));
    }
    let key = rest.split('.').next().unwrap_or(rest);
    let key = key.split('[').next().unwrap_or(key);
    match t.get(key).and_then(Item::span) {
        Some(s) => Some(line_of(text, s.start)),
        None => span.map(|s| line_of(text, s.start)),
    }
}

/// Legal suffixes ignored when comparing names.
const LEGAL: &[&str] = &[
    "as", "ou", "oy", "oyj", "ab", "abp", "ltd", "limited", "gmbh", "ag", "llc", "inc", "plc",
    "sa", "sia", "uab", "mtu", "fie", "tmi", "ky", "co", "corp", "kg", "bv", "nv", "aps", "asa",
];

/// A name reduced for duplicate detection: folded, legal forms removed.
pub fn name_key(name: &str) -> String {
    fold(name)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !LEGAL.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Mail providers whose domain says nothing about the firm.
const PUBLIC_MAIL: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "hotmail.com",
    "outlook.com",
    "live.com",
    "msn.com",
    "yahoo.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "mail.ru",
    "yandex.ru",
    "proton.me",
    "protonmail.com",
    "hot.ee",
    "mail.ee",
    "online.ee",
    "suomi24.fi",
    "luukku.com",
    "live.fi",
    "zoho.com",
];

fn similarity(a: &str, b: &str) -> f64 {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    1.0 - prev[b.len()] as f64 / a.len().max(b.len()) as f64
}

/// The products that deal lines and contracts of `c` name but the
/// catalogue does not have: (field path, product id).
fn unknown_products(c: &Customer, cfg: &crate::model::config::Config) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (i, d) in c.deals.iter().enumerate() {
        for (j, l) in d.lines.iter().enumerate() {
            if cfg.product(&l.product).is_none() {
                out.push((format!("deals[{i}].lines[{j}].product"), l.product.clone()));
            }
        }
    }
    for (i, k) in c.contracts.iter().enumerate() {
        if let Some(p) = &k.product
            && cfg.product(p).is_none()
        {
            out.push((format!("contracts[{i}].product"), p.clone()));
        }
    }
    out
}

/// Check every file of the store.
pub fn check(store: &Store) -> Result<Vec<Finding>> {
    let mut out = Vec::new();
    let cfg = &store.config;
    let mut customers: Vec<Customer> = Vec::new();
    let mut ids_seen: HashMap<String, String> = HashMap::new();
    let ids = store.ids()?;
    let total = ids.len();
    // A bar on a terminal when the store is large (`Settings::progress`).
    let progress = store.settings().progress;
    for (n, id) in ids.into_iter().enumerate() {
        if let Some(p) = progress.filter(|_| n % 128 == 0) {
            p("checking customers", n, total);
        }
        let file = Store::rel_path(&id);
        let text = match store.read_text(&id) {
            Ok(t) => t,
            Err(e) => {
                let (line, message) = match e {
                    crate::Error::Parse { line, message, .. } => (line, message),
                    crate::Error::Io { source, .. } => (None, source.to_string()),
                    other => (None, other.to_string()),
                };
                out.push(finding(
                    Severity::Error,
                    "syntax",
                    &file,
                    line,
                    None,
                    message,
                    Fix::Edit {
                        id: Some(id.clone()),
                    },
                    false,
                ));
                continue;
            }
        };
        let c = match Customer::parse(&id, &text) {
            Ok(c) => c,
            Err(e) => {
                out.push(finding(
                    Severity::Error,
                    "syntax",
                    &file,
                    e.line,
                    None,
                    match e.column {
                        Some(col) => format!("column {col}: {}", e.message),
                        None => e.message.clone(),
                    },
                    Fix::Edit {
                        id: Some(id.clone()),
                    },
                    false,
                ));
                continue;
            }
        };
        for p in model::validate(&c, cfg) {
            let kind = if p.message.contains("used twice") {
                "duplicate-id"
            } else {
                "invalid"
            };
            out.push(finding(
                Severity::Error,
                kind,
                &file,
                field_line(&text, &p.field),
                Some(p.field.clone()),
                p.message.clone(),
                Fix::EditOrSet { id: id.clone() },
                false,
            ));
        }
        for (field, product) in unknown_products(&c, cfg) {
            out.push(finding(
                Severity::Error,
                "unknown-product",
                &file,
                field_line(&text, &field),
                Some(field.clone()),
                format!("'{product}' is not a product of the catalogue (crm.toml [[products]])"),
                Fix::Products,
                false,
            ));
        }
        for (i, k) in c.conflicts.iter().enumerate() {
            let v = |x: &Option<toml::Value>| x.as_ref().map_or("(none)".into(), |v| v.to_string());
            out.push(finding(
                Severity::Error,
                "conflict",
                &file,
                field_line(&text, &format!("conflicts[{i}]")),
                Some(k.field.clone()),
                format!(
                    "unresolved merge conflict on {}: ours {} / theirs {}",
                    k.field,
                    v(&k.ours),
                    v(&k.theirs)
                ),
                Fix::Resolve {
                    id: id.clone(),
                    field: k.field.clone(),
                },
                false,
            ));
        }
        for (what, ids) in [
            (
                "activity",
                c.activities.iter().map(|a| &a.id).collect::<Vec<_>>(),
            ),
            ("deal", c.deals.iter().map(|d| &d.id).collect()),
            ("contract", c.contracts.iter().map(|k| &k.id).collect()),
        ] {
            for aid in ids {
                if let Some(other) = ids_seen.insert(aid.clone(), id.clone())
                    && other != id
                {
                    out.push(finding(
                        Severity::Error,
                        "duplicate-id",
                        &file,
                        None,
                        None,
                        format!("{what} id {aid} is also used in customers/{other}.toml"),
                        Fix::NewId,
                        false,
                    ));
                }
            }
        }
        let mut phones: Vec<(String, &str)> = c
            .phone
            .iter()
            .map(|p| ("phone".to_string(), p.as_str()))
            .collect();
        for (i, p) in c.contacts.iter().enumerate() {
            if let Some(ph) = &p.phone {
                phones.push((format!("contacts[{i}].phone"), ph.as_str()));
            }
        }
        let country = c.phone_country(&cfg.phone_country);
        for (field, p) in phones {
            // A number written with its country code compares by its digits
            // as it is; only the others need the numbering plans.
            if phone::stored_e164(p).is_some() {
                continue;
            }
            let n = match phone::normalize(p, country) {
                Ok(n) => n,
                Err(bad) => {
                    out.push(finding(
                        Severity::Warning,
                        "phone-invalid",
                        &file,
                        field_line(&text, &field),
                        Some(field.clone()),
                        format!("phone '{p}' is kept as written: {}", bad.message()),
                        Fix::Say(
                            "write it with its country code, or set the customer's country".into(),
                        ),
                        false,
                    ));
                    continue;
                }
            };
            if n != p {
                out.push(finding(
                    Severity::Warning,
                    "phone-format",
                    &file,
                    field_line(&text, &field),
                    Some(field.clone()),
                    format!("phone '{p}' is not in international format ({n})"),
                    Fix::CheckFix,
                    true,
                ));
            }
        }
        if let Ok(doc) = text.parse::<DocumentMut>() {
            if !edit::activities_sorted(&doc) {
                out.push(finding(
                    Severity::Warning,
                    "order",
                    &file,
                    field_line(&text, "activities"),
                    None,
                    "activities are not in time order".into(),
                    Fix::CheckFix,
                    true,
                ));
            }
            for field in untrimmed(&doc) {
                out.push(finding(
                    Severity::Warning,
                    "whitespace",
                    &file,
                    field_line(&text, &field),
                    Some(field.clone()),
                    format!("{field} has spaces at its start or end"),
                    Fix::CheckFix,
                    true,
                ));
            }
        }
        customers.push(c);
    }
    if let Some(p) = progress {
        p("checking customers", total, total);
    }
    out.extend(duplicates(&customers, &cfg.phone_country));
    out.extend(git_state(store)?);
    let unmerged: Vec<String> = store
        .repo()
        .unmerged()?
        .into_iter()
        .map(|c| c.path)
        .collect();
    for path in store
        .repo()
        .dirty_paths(&["customers", crate::store::CONFIG])?
    {
        if unmerged.contains(&path) {
            continue;
        }
        if path.starts_with("customers/") || path == crate::store::CONFIG {
            out.push(finding(
                Severity::Warning,
                "uncommitted",
                &path,
                None,
                None,
                "changed but not committed".into(),
                Fix::CommitHandEdits,
                false,
            ));
        }
    }
    out.sort_by(|a, b| {
        a.severity
            .cmp(&b.severity)
            .then_with(|| a.file.cmp(&b.file))
            .then_with(|| a.line.cmp(&b.line))
    });
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn finding(
    severity: Severity,
    kind: &'static str,
    file: &str,
    line: Option<usize>,
    field: Option<String>,
    message: String,
    fix: Fix,
    fixable: bool,
) -> Finding {
    Finding {
        severity,
        kind,
        file: file.to_string(),
        line,
        field,
        message,
        fix,
        fixable,
    }
}

/// What a plain `git pull` or a moved crm binary left: files git could
/// not merge (errors: they hold only this clone's side), a merge or rebase
/// stopped midway, a merge driver that cannot run.
fn git_state(store: &Store) -> Result<Vec<Finding>> {
    let repo = store.repo();
    let mut out = Vec::new();
    for c in repo.unmerged()? {
        out.push(finding(
            Severity::Error,
            "unmerged",
            &c.path,
            None,
            None,
            "git could not merge this file (its merge driver did not run): it holds only this clone's side, and the index both".into(),
            Fix::FinishMerge,
            false,
        ));
    }
    if repo.rebase_in_progress() {
        out.push(finding(
            Severity::Error,
            "merge-in-progress",
            ".git",
            None,
            None,
            "a git rebase stopped midway".into(),
            Fix::FinishMerge,
            false,
        ));
    } else if repo.merge_head().is_some() {
        out.push(finding(
            Severity::Error,
            "merge-in-progress",
            ".git",
            None,
            None,
            "a git merge stopped midway (MERGE_HEAD is there)".into(),
            Fix::FinishMerge,
            false,
        ));
    }
    if let Some(problem) = driver_problem(repo.merge_driver().as_deref(), store) {
        out.push(finding(
            Severity::Error,
            "merge-driver",
            ".git/config",
            None,
            None,
            problem,
            Fix::RegisterDriver,
            true,
        ));
    }
    Ok(out)
}

/// Why the merge driver in `.git/config` cannot run, if it cannot: git
/// would then leave customer files one-sided.
fn driver_problem(driver: Option<&str>, store: &Store) -> Option<String> {
    let Some(d) = driver else {
        return Some("no merge driver is registered for customer files (merge.crm.driver)".into());
    };
    let on_path = |name: &str| {
        store.settings().path.iter().any(|dir| {
            let p = dir.join(name);
            p.is_file()
        })
    };
    // `c='/path/to/crm'; [ -x "$c" ] || c=crm; exec …` or `crm merge-file …`.
    let exe = d
        .strip_prefix("c='")
        .and_then(|r| r.split_once("';"))
        .map(|(p, _)| p.replace("'\\''", "'").replace("%%", "%"));
    let runs = match &exe {
        Some(p) => std::path::Path::new(p).is_file() || on_path("crm"),
        None => d.starts_with("crm ") && on_path("crm"),
    };
    (!runs).then(|| {
        format!(
            "the merge driver cannot run: {} (git pull would leave customer files one-sided)",
            match exe {
                Some(p) => format!("{p} is gone and no crm is on PATH"),
                None => format!("'{d}' needs crm on PATH"),
            }
        )
    })
}

/// Paths of string values (top level, contacts, activities, deals) with
/// leading or trailing blanks. Multi-line text may end with a newline.
fn untrimmed(doc: &DocumentMut) -> Vec<String> {
    let bad = |s: &str| {
        let s = s.strip_suffix('\n').unwrap_or(s);
        s != s.trim()
    };
    let mut out = Vec::new();
    for (k, v) in doc.iter() {
        if let Some(s) = v.as_str()
            && bad(s)
        {
            out.push(k.to_string());
        }
    }
    for key in ["contacts", "deals", "activities"] {
        if let Some(arr) = doc.get(key).and_then(Item::as_array_of_tables) {
            for (i, t) in arr.iter().enumerate() {
                for (k, v) in t.iter() {
                    if let Some(s) = v.as_str()
                        && bad(s)
                    {
                        out.push(format!("{key}[{i}].{k}"));
                    }
                }
            }
        }
    }
    out
}

/// Likely duplicate customers: similar names (legal forms ignored), a
/// shared non-public e-mail domain, the same phone number.
fn duplicates(customers: &[Customer], country: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut pairs: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    let mut add = |a: &Customer, b: &Customer, why: String| {
        let key = if a.id < b.id {
            (a.id.clone(), b.id.clone())
        } else {
            (b.id.clone(), a.id.clone())
        };
        let v = pairs.entry(key).or_default();
        if !v.contains(&why) {
            v.push(why);
        }
    };
    // Names: compare within blocks sharing the first three letters, so the
    // work stays near-linear at 100,000 customers.
    let keys: Vec<String> = customers.iter().map(|c| name_key(&c.name)).collect();
    let mut blocks: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        let b: String = k.chars().filter(|c| *c != ' ').take(3).collect();
        if !b.is_empty() {
            blocks.entry(b).or_default().push(i);
        }
    }
    for members in blocks.values() {
        if members.len() > 200 {
            continue;
        }
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let s = similarity(&keys[i], &keys[j]);
                if s >= 0.85 {
                    add(
                        &customers[i],
                        &customers[j],
                        format!(
                            "similar names ('{}' and '{}')",
                            customers[i].name, customers[j].name
                        ),
                    );
                }
            }
        }
    }
    let mut by_domain: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_phone: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in customers.iter().enumerate() {
        let emails = c
            .email
            .iter()
            .chain(c.contacts.iter().filter_map(|p| p.email.as_ref()));
        let mut domains: Vec<String> = emails
            .filter_map(|e| e.rsplit_once('@').map(|(_, d)| d.to_lowercase()))
            .collect();
        domains.sort();
        domains.dedup();
        for d in domains {
            if !PUBLIC_MAIL.contains(&d.as_str()) {
                by_domain.entry(d).or_default().push(i);
            }
        }
        let phones = c
            .phone
            .iter()
            .chain(c.contacts.iter().filter_map(|p| p.phone.as_ref()));
        let mut nums: Vec<String> = phones.filter_map(|p| phone::e164(p, country)).collect();
        nums.sort();
        nums.dedup();
        for n in nums {
            by_phone.entry(n).or_default().push(i);
        }
    }
    for (what, groups) in [("e-mail domain", &by_domain), ("phone number", &by_phone)] {
        for (k, members) in groups {
            if members.len() < 2 || members.len() > 20 {
                continue;
            }
            for (x, &i) in members.iter().enumerate() {
                for &j in &members[x + 1..] {
                    add(&customers[i], &customers[j], format!("the same {what} {k}"));
                }
            }
        }
    }
    for ((a, b), why) in pairs {
        out.push(finding(
            Severity::Warning,
            "duplicate-customer",
            &format!("customers/{b}.toml"),
            None,
            None,
            format!("{b} may be a duplicate of {a}: {}", why.join("; ")),
            Fix::Merge {
                duplicate: b.clone(),
                into: a.clone(),
            },
            false,
        ));
    }
    out
}

/// Apply the safe fixes (phones to international format, trimmed
/// whitespace, activities in time order) in one commit. Returns the
/// number of files changed.
pub fn fix(store: &Store) -> Result<usize> {
    let _lock = store.lock()?;
    store
        .repo()
        .register_merge_driver(store.settings().exe.as_deref())?;
    let country = store.config.phone_country.clone();
    let mut tx = Transaction::new("");
    let mut changed = Vec::new();
    for id in store.ids()? {
        let Ok(text) = store.read_text(&id) else {
            continue;
        };
        if Customer::parse(&id, &text).is_err() {
            continue;
        }
        let Ok(mut doc) = text.parse::<DocumentMut>() else {
            continue;
        };
        let own = doc
            .get("country")
            .and_then(Item::as_str)
            .filter(|c| phone::known_country(c))
            .map(str::to_string)
            .or_else(|| {
                doc.get("address")
                    .and_then(Item::as_str)
                    .and_then(phone::country_of_address)
                    .map(str::to_string)
            })
            .unwrap_or_else(|| country.clone());
        let normalize = |t: &mut toml_edit::Table| {
            if let Some(p) = t.get("phone").and_then(Item::as_str)
                && phone::stored_e164(p).is_none()
                && let Ok(n) = phone::normalize(p, &own)
                && n != p
            {
                edit::set(t, "phone", Value::from(n));
            }
        };
        normalize(doc.as_table_mut());
        if let Some(arr) = doc
            .get_mut("contacts")
            .and_then(Item::as_array_of_tables_mut)
        {
            for t in arr.iter_mut() {
                normalize(t);
            }
        }
        for field in untrimmed(&doc) {
            let (table, key): (&mut toml_edit::Table, String) = match field.split_once('.') {
                Some((arr, key)) => {
                    let (name, idx) = arr.split_once('[').unwrap_or((arr, "0]"));
                    let idx: usize = idx.trim_end_matches(']').parse().unwrap_or(0);
                    match doc
                        .get_mut(name)
                        .and_then(Item::as_array_of_tables_mut)
                        .and_then(|a| a.get_mut(idx))
                    {
                        Some(t) => (t, key.to_string()),
                        None => continue,
                    }
                }
                None => (doc.as_table_mut(), field.clone()),
            };
            if let Some(s) = table.get(&key).and_then(Item::as_str) {
                let multi = s.contains('\n');
                let trimmed = if multi {
                    format!("{}\n", s.trim())
                } else {
                    s.trim().to_string()
                };
                edit::set(table, &key, edit::string(&trimmed));
            }
        }
        if !edit::activities_sorted(&doc) {
            edit::sort_activities(&mut doc);
        }
        let new = doc.to_string();
        if new != text {
            changed.push(id.clone());
            tx = tx.write(&id, new);
        }
    }
    if changed.is_empty() {
        return Ok(0);
    }
    tx.message = format!(
        "check --fix: {} file(s): {}",
        changed.len(),
        changed.join(", ")
    );
    store.commit(tx)?;
    Ok(changed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_legal_forms_and_accents() {
        assert_eq!(name_key("Äripäev AS"), "aripaev");
        assert_eq!(name_key("ÄRIPÄEV"), "aripaev");
        assert_eq!(name_key("Mäkinen & Co Oy"), "makinen");
        assert!(similarity("tartu tarkvara", "tartu tarkvra") > 0.9);
        assert!(similarity("acme", "northwind") < 0.5);
    }

    #[test]
    fn field_paths_find_their_lines() {
        let text = "name = \"A\"\nstage = \"x\"\n\n[[activities]]\nid = \"a1\"\nkind = \"call\"\n\n[[activities]]\nid = \"a2\"\nkind = \"visit\"\n";
        assert_eq!(field_line(text, "stage"), Some(2));
        assert_eq!(field_line(text, "activities[1].kind"), Some(10));
        assert_eq!(field_line(text, "activities[0]"), Some(4));
    }
}
