//! Issue 13: a firm's data brought in whole — other programs' exports
//! (tests/data/import, with what each must give in expected/), the real
//! corpus (../shared/corpus), calendars, and the JSON backup.

use crate::common::Env;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/import")
        .join(name)
}

fn corpus_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(kind)
}

fn p(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// Every customer file of a store, parsed.
fn customers(env: &Env) -> Vec<(String, toml::Table)> {
    let mut v: Vec<(String, toml::Table)> = std::fs::read_dir(env.store.join("customers"))
        .expect("customers")
        .map(|e| {
            let e = e.expect("entry");
            let text = std::fs::read_to_string(e.path()).expect("read");
            (
                e.file_name()
                    .to_string_lossy()
                    .trim_end_matches(".toml")
                    .to_string(),
                text.parse::<toml::Table>().expect("toml"),
            )
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn s<'a>(t: &'a toml::Table, k: &str) -> Option<&'a str> {
    t.get(k).and_then(toml::Value::as_str)
}

/// A stored phone's E.164 and extension.
fn split_phone(v: &str) -> (String, Option<String>) {
    match v.split_once(";ext=") {
        Some((n, e)) => (n.to_string(), Some(e.to_string())),
        None => (v.to_string(), None),
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The stderr lines `warning: row N: Column 'value' left out|kept as
/// written: …` as (row, column, value, kept).
fn issues(stderr: &str) -> Vec<(usize, String, String, bool)> {
    let mut out = Vec::new();
    for l in stderr.lines() {
        let Some(rest) = l.strip_prefix("warning: row ") else {
            continue;
        };
        let Some((row, rest)) = rest.split_once(": ") else {
            continue;
        };
        let Some((col, rest)) = rest.split_once(" '") else {
            continue;
        };
        let kept = rest.contains("' kept as written: ");
        let value = rest
            .split("' kept as written: ")
            .next()
            .and_then(|v| v.split("' left out: ").next())
            .unwrap_or("")
            .to_string();
        out.push((row.parse().unwrap_or(0), col.to_string(), value, kept));
    }
    out
}

/// Lines before the first data row (the header, LinkedIn's preamble): a
/// fixture's `row` counts data rows, crm's report counts as a spreadsheet
/// does (docs/json.md).
fn header_lines(name: &str) -> usize {
    if name.starts_with("linkedin") { 4 } else { 1 }
}

/// Compare a store after importing `name` with expected/`name`.json;
/// returns the differences.
fn compare(name: &str, env: &Env, stderr: &str) -> Vec<String> {
    let exp: Value = serde_json::from_str(
        &std::fs::read_to_string(fixture(&format!("expected/{name}.json"))).expect("expected"),
    )
    .expect("json");
    let got = customers(env);
    let mut bad = Vec::new();
    let list = exp.as_array().expect("a list of customers");
    if list.len() != got.len() {
        bad.push(format!(
            "{} customers, expected {}: {:?}",
            got.len(),
            list.len(),
            got.iter()
                .map(|(_, t)| s(t, "name").unwrap_or(""))
                .collect::<Vec<_>>()
        ));
    }
    let found_issues = issues(stderr);
    for e in list {
        let name = e["name"].as_str().expect("name");
        let Some((_, c)) = got.iter().find(|(_, t)| s(t, "name") == Some(name)) else {
            bad.push(format!("no customer '{name}'"));
            continue;
        };
        let contacts: Vec<&toml::Table> = c
            .get("contacts")
            .and_then(toml::Value::as_array)
            .map(|a| a.iter().filter_map(toml::Value::as_table).collect())
            .unwrap_or_default();
        let want: Vec<&Value> = e["contacts"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        // A person-only customer with a birthday keeps it on a contact of
        // its own name (crm's decision; the fixture puts it on the customer).
        let own = |b: &str| {
            contacts.iter().any(|t| {
                s(t, "name") == Some(name)
                    && t.get("birthday")
                        .map(|v| v.to_string().trim_matches('"').to_string())
                        .as_deref()
                        == Some(b)
            })
        };
        if let Some(b) = e.get("birthday").and_then(Value::as_str)
            && !own(b)
        {
            bad.push(format!(
                "{name}: birthday {b} not on a contact of its own name"
            ));
        }
        let real: Vec<&&toml::Table> = contacts
            .iter()
            .filter(|t| !(want.is_empty() && s(t, "name") == Some(name)))
            .collect();
        if real.len() != want.len() {
            bad.push(format!(
                "{name}: contacts {:?}, expected {:?}",
                real.iter()
                    .map(|t| s(t, "name").unwrap_or(""))
                    .collect::<Vec<_>>(),
                want.iter()
                    .map(|w| w["name"].as_str().unwrap_or(""))
                    .collect::<Vec<_>>()
            ));
        }
        for w in &want {
            let wn = w["name"].as_str().unwrap_or("");
            let Some(ct) = contacts.iter().find(|t| s(t, "name") == Some(wn)) else {
                bad.push(format!("{name}: no contact '{wn}'"));
                continue;
            };
            for k in ["email", "role"] {
                if s(ct, k) != w[k].as_str() {
                    bad.push(format!(
                        "{name}/{wn}: {k} {:?}, expected {:?}",
                        s(ct, k),
                        w[k].as_str()
                    ));
                }
            }
            let (ph, ext) = s(ct, "phone")
                .map(split_phone)
                .map_or((None, None), |(a, b)| (Some(a), b));
            if ph.as_deref() != w["phone"].as_str() {
                bad.push(format!(
                    "{name}/{wn}: phone {ph:?}, expected {:?}",
                    w["phone"].as_str()
                ));
            }
            if ext.as_deref() != w.get("ext").and_then(Value::as_str) {
                bad.push(format!("{name}/{wn}: ext {ext:?}"));
            }
            let b = ct
                .get("birthday")
                .map(|v| v.to_string().trim_matches('"').to_string());
            if b.as_deref() != w["birthday"].as_str() {
                bad.push(format!(
                    "{name}/{wn}: birthday {b:?}, expected {:?}",
                    w["birthday"].as_str()
                ));
            }
        }
        if s(c, "email") != e["email"].as_str() {
            bad.push(format!(
                "{name}: email {:?}, expected {:?}",
                s(c, "email"),
                e["email"].as_str()
            ));
        }
        let (ph, ext) = s(c, "phone")
            .map(split_phone)
            .map_or((None, None), |(a, b)| (Some(a), b));
        if ph.as_deref() != e["phone"].as_str() {
            bad.push(format!(
                "{name}: phone {ph:?}, expected {:?}",
                e["phone"].as_str()
            ));
        }
        if ext.as_deref() != e.get("ext").and_then(Value::as_str) {
            bad.push(format!("{name}: ext {ext:?}"));
        }
        for k in ["website", "reg_code"] {
            if let Some(w) = e.get(k).and_then(Value::as_str)
                && s(c, k) != Some(w)
            {
                bad.push(format!("{name}: {k} {:?}, expected {w:?}", s(c, k)));
            }
        }
        if let Some(a) = e["address"].as_str()
            && s(c, "address").map(collapse) != Some(collapse(a))
        {
            bad.push(format!(
                "{name}: address {:?}, expected {a:?}",
                s(c, "address")
            ));
        }
        if let Some(k) = e["country"].as_str()
            && k != "EE"
            && s(c, "country") != Some(k)
        {
            bad.push(format!(
                "{name}: country {:?}, expected {k}",
                s(c, "country")
            ));
        }
        let notes = s(c, "notes").unwrap_or("");
        for n in e["notes_contains"].as_array().into_iter().flatten() {
            let n = n.as_str().unwrap_or("");
            if !notes.contains(n) {
                bad.push(format!("{name}: notes lack {n:?}"));
            }
        }
        let tags: Vec<String> = c
            .get("tags")
            .and_then(toml::Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|t| t.as_str().map(str::to_lowercase))
                    .collect()
            })
            .unwrap_or_default();
        for t in e["tags"].as_array().into_iter().flatten() {
            let t = t.as_str().unwrap_or("").to_lowercase().replace(' ', "-");
            if !tags.contains(&t) {
                bad.push(format!("{name}: tags {tags:?} lack {t}"));
            }
        }
        for u in e["unrecognised_columns"].as_array().into_iter().flatten() {
            let u = u.as_str().unwrap_or("");
            let listed = stderr
                .lines()
                .any(|l| l.starts_with("columns crm has no field for") && l.contains(u));
            if !listed {
                bad.push(format!("{name}: unrecognised column {u:?} not listed"));
            }
        }
        if let Some(d) = e.get("created").and_then(Value::as_str) {
            let got = c.get("created").map(|v| v.to_string());
            if got.as_deref() != Some(d) {
                bad.push(format!("{name}: created {got:?}, expected {d}"));
            }
        }
        for b in e["bad_values"].as_array().into_iter().flatten() {
            let row = b["row"].as_u64().unwrap_or(0) as usize + header_lines(e_file(name));
            let col = b["column"].as_str().unwrap_or("");
            let val = b["value"].as_str().unwrap_or("");
            let kept = b["kept"].as_bool().unwrap_or(false);
            let hit = found_issues
                .iter()
                .find(|(r, c2, v, _)| *r == row && c2 == col && v == val);
            match hit {
                None => bad.push(format!("{name}: no warning for row {row} {col} '{val}'")),
                Some((_, _, _, k)) if *k != kept => bad.push(format!(
                    "{name}: row {row} {col} '{val}': kept {k}, expected {kept}"
                )),
                _ => {}
            }
            if kept {
                let everywhere = std::fs::read_dir(env.store.join("customers"))
                    .expect("dir")
                    .any(|f| {
                        std::fs::read_to_string(f.expect("entry").path())
                            .expect("read")
                            .contains(val)
                    });
                if !everywhere {
                    bad.push(format!("{name}: '{val}' is not kept anywhere"));
                }
            }
        }
    }
    bad
}

/// The fixture name of a comparison (for its header lines); set by the
/// caller through a thread-local to keep `compare`'s signature small.
fn e_file(_customer: &str) -> &'static str {
    CURRENT.with(|c| *c.borrow())
}

thread_local! {
    static CURRENT: std::cell::RefCell<&'static str> = const { std::cell::RefCell::new("") };
}

const CSV_FIXTURES: &[&str] = &[
    "google_contacts_current.csv",
    "google_contacts_legacy.csv",
    "outlook_contacts.csv",
    "outlook_email_only.csv",
    "apple_contacts.csv",
    "thunderbird_addressbook.csv",
    "linkedin_connections.csv",
    "hubspot_contacts.csv",
    "hubspot_companies.csv",
    "pipedrive_people.csv",
    "pipedrive_organizations.csv",
    "salesforce_contacts_report.csv",
    "zoho_contacts.csv",
    "zoho_accounts.csv",
    "excel_et_win1257.csv",
    "excel_fi_win1252.csv",
    "excel_fi_utf8_bom.csv",
    "excel_en.csv",
    "excel_et_extra_columns.csv",
];

#[test]
fn import_whole_every_fixture_gives_what_its_program_holds() {
    let mut report = Vec::new();
    let mut failures = 0;
    for name in CSV_FIXTURES {
        let env = Env::with_store();
        CURRENT.with(|c| *c.borrow_mut() = name);
        let o = env.run(&["import", "csv", p(&fixture(name))]);
        let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
        let code = o.status.code().unwrap_or(-1);
        let mut bad = compare(name, &env, &stderr);
        let said = format!("{stderr}\n{}", String::from_utf8_lossy(&o.stdout));
        bad.extend(dropped(&fixture(name), &env, &said));
        if !(code == 0 || code == 1) {
            bad.push(format!("exit {code}: {stderr}"));
        }
        let left_out = issues(&stderr).iter().filter(|i| !i.3).count();
        if (left_out > 0) != (code == 1) {
            bad.push(format!("exit {code} with {left_out} value(s) left out"));
        }
        env.assert_clean();
        report.push(format!(
            "{name}: exit {code}, {}",
            if bad.is_empty() {
                "matches".to_string()
            } else {
                format!("{} difference(s)", bad.len())
            }
        ));
        for b in &bad {
            report.push(format!("    {b}"));
        }
        failures += bad.len();
    }
    eprintln!("{}", report.join("\n"));
    assert_eq!(failures, 0, "{}", report.join("\n"));
}

/// Every string value of every customer file, one a line (TOML escapes
/// decoded), to look values up in.
fn store_text(env: &Env) -> String {
    fn walk(v: &toml::Value, out: &mut String) {
        match v {
            toml::Value::String(s) => {
                out.push_str(s);
                out.push('\n');
            }
            toml::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            toml::Value::Table(t) => t.values().for_each(|x| walk(x, out)),
            other => {
                out.push_str(&other.to_string());
                out.push('\n');
            }
        }
    }
    let mut out = String::new();
    for (_, t) in customers(env) {
        walk(&toml::Value::Table(t), &mut out);
    }
    out
}

/// Whether a cell's value is somewhere in the store or in what crm said:
/// as written, as its words, as a phone's E.164 digits or a date's ISO form.
fn accounted_for(v: &str, text: &str, said: &str) -> bool {
    let v = v.trim();
    let hay = format!("{text}\n{said}");
    if hay.contains(v) || collapse(&hay).contains(&collapse(v)) {
        return true;
    }
    let digits: String = v.chars().filter(char::is_ascii_digit).collect();
    if digits.len() >= 5
        && hay
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '\n')
            .collect::<String>()
            .contains(&digits[digits.len() - 5..])
    {
        return true;
    }
    if let Ok(Some(d)) = crm::interop::csv_import::parse_date(v, true)
        && hay.contains(&d.to_string())
    {
        return true;
    }
    if let Ok(Some(d)) = crm::interop::csv_import::parse_date(v, false)
        && hay.contains(&d.to_string())
    {
        return true;
    }
    // A CRM user's name as a handle (`Kristjan Org` → `kristjan-org`), a
    // foreign stage as the stage the documented table maps it to.
    if hay.contains(&v.to_lowercase().replace(' ', "-")) {
        return true;
    }
    let folded = crm::interop::columns::norm(v);
    if let Some((_, to)) = crm::interop::columns::STAGES
        .iter()
        .find(|(f, _)| *f == folded)
        && hay.contains(to)
    {
        return true;
    }
    // Tags, labels and multi-value cells: every part is there (a value's
    // label, `work: …`, says which it is).
    let parts: Vec<&str> = v
        .split([',', ';', '\n'])
        .flat_map(|p| p.split(" ::: "))
        .map(|p| match p.trim().split_once(": ") {
            Some((label, rest)) if label.chars().all(|c| c.is_alphabetic() || c == ' ') => rest,
            _ => p,
        })
        .map(|p| p.trim().trim_start_matches('*').trim())
        .filter(|p| !p.is_empty())
        .collect();
    !parts.is_empty()
        && parts.iter().all(|p| {
            hay.to_lowercase().contains(&p.to_lowercase())
                || hay.contains(&p.replace(' ', "-"))
                || ["mycontacts", "my contacts"].contains(&p.to_lowercase().as_str())
        })
}

/// Headers whose values describe another column, and the defaults some
/// programs write for "nothing": not data of their own.
fn not_data(header: &str, v: &str) -> bool {
    matches!(
        crm::interop::columns::auto(header),
        Some(crm::interop::columns::Col::Consumed)
    ) || ["0/0/00", "Unspecified", "Normal", "False", "false"].contains(&v.trim())
}

/// The cells of a CSV file that are neither in the store nor in what crm
/// said (the header found as crm finds it: after a preamble; a footer of
/// one-value lines after the rows is said in a summary line).
fn dropped(path: &Path, env: &Env, stderr: &str) -> Vec<String> {
    let file = path
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let text = store_text(env);
    let bytes = std::fs::read(path).expect("read");
    let decoded = crm::interop::csv_import::decode(&bytes);
    let first = decoded
        .lines()
        .find(|l| l.contains([',', ';', '\t']))
        .unwrap_or("");
    let delim = crm::interop::csv_import::detect_delimiter(first);
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delim)
        .flexible(true)
        .has_headers(false)
        .from_reader(decoded.as_bytes());
    let all: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.expect("row").iter().map(str::to_string).collect())
        .collect();
    let known = |cells: &[String]| {
        cells
            .iter()
            .filter(|h| crm::interop::columns::auto(h).is_some())
            .count()
    };
    let at = all.iter().take(10).position(|c| known(c) >= 2).unwrap_or(0);
    let headers = &all[at];
    let filled = |c: &[String]| c.iter().filter(|v| !v.trim().is_empty()).count();
    let last = all
        .iter()
        .rposition(|c| filled(c) >= 2)
        .unwrap_or(all.len() - 1);
    let mut out = Vec::new();
    for rec in &all[at + 1..=last] {
        for (i, v) in rec.iter().enumerate() {
            let h = headers.get(i).map(String::as_str).unwrap_or("");
            if v.trim().is_empty() || not_data(h, v) {
                continue;
            }
            if !accounted_for(v, &text, stderr) {
                out.push(format!(
                    "{file}: {h} '{v}' is neither in the store nor said"
                ));
            }
        }
    }
    out
}

#[test]
fn import_whole_every_corpus_file_imports_with_nothing_silently_dropped() {
    if !corpus_dir("csv").exists() {
        eprintln!("skipped: shared/corpus is not beside the repository");
        return;
    }
    let mut table = vec!["file | customers | contacts | warnings | exit".to_string()];
    let mut problems = Vec::new();
    for kind in ["csv", "vcard", "ics"] {
        let mut names: Vec<PathBuf> = std::fs::read_dir(corpus_dir(kind))
            .expect("corpus")
            .map(|e| e.expect("entry").path())
            .collect();
        names.sort();
        for path in names {
            let env = Env::with_store();
            let file = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            let cmd = if kind == "ics" { "ics" } else { kind };
            let o = env.run(&["import", cmd, p(&path)]);
            let code = o.status.code().unwrap_or(-1);
            let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
            if !(code == 0 || code == 1) {
                problems.push(format!("{file}: exit {code}: {stderr}"));
            }
            let warnings = stderr.lines().filter(|l| l.starts_with("warning:")).count();
            let left_out = stderr
                .lines()
                .filter(|l| l.starts_with("warning:") && l.contains(" left out"))
                .count();
            if (code == 1) != (left_out > 0) {
                problems.push(format!("{file}: exit {code} but {left_out} left out"));
            }
            let all = customers(&env);
            let contacts: usize = all
                .iter()
                .map(|(_, t)| {
                    t.get("contacts")
                        .and_then(toml::Value::as_array)
                        .map_or(0, Vec::len)
                })
                .sum();
            if kind == "csv" {
                let said = format!("{stderr}\n{}", String::from_utf8_lossy(&o.stdout));
                problems.extend(dropped(&path, &env, &said));
            }
            if kind == "ics" {
                // With --customer every entry of the file becomes an activity
                // (or is said not to), and a second import changes nothing.
                env.ok(&["add", "Corpus Firm"]);
                let o = env.run(&[
                    "import",
                    "ics",
                    p(&path),
                    "--customer",
                    "corpus-firm",
                    "-f",
                    "json",
                ]);
                let rows: Vec<Value> =
                    serde_json::from_str(&String::from_utf8_lossy(&o.stdout)).expect("report");
                if rows.iter().any(|r| r["action"] == "skipped") || o.status.code() != Some(0) {
                    problems.push(format!("{file}: with --customer: {rows:?}"));
                }
                let before = env.commits();
                env.ok(&["import", "ics", p(&path), "--customer", "corpus-firm"]);
                if env.commits() != before {
                    problems.push(format!("{file}: a second import committed something"));
                }
                let acts = env.file("corpus-firm").matches("[[activities]]").count();
                table.push(format!(
                    "{file} (--customer corpus-firm) | 1 | 0 | 0 ({acts} activities) | 0"
                ));
            }
            env.assert_clean();
            table.push(format!(
                "{file} | {} | {contacts} | {warnings} | {code}",
                all.len()
            ));
        }
    }
    eprintln!("{}", table.join("\n"));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The calendar fixtures against their expectations: meetings and tasks on
/// the customers whose people are attendees, occurrences of a repeating
/// event, cancelled and unmatched entries reported, and a second import
/// that changes nothing. Python's icalendar counts the entries too.
#[test]
fn import_whole_calendars_become_meetings_and_tasks_once() {
    let env = Env::with_store();
    env.run(&["import", "csv", p(&fixture("hubspot_contacts.csv"))]);
    for name in ["google_calendar_meetings.ics", "thunderbird_tasks.ics"] {
        let exp: Value = serde_json::from_str(
            &std::fs::read_to_string(fixture(&format!("expected/{name}.json"))).expect("expected"),
        )
        .expect("json");
        let o = env.run(&["import", "ics", p(&fixture(name)), "-f", "json"]);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(
            o.status.code(),
            Some(1),
            "an entry matched nobody: {stderr}"
        );
        let rows: Vec<Value> =
            serde_json::from_str(&String::from_utf8_lossy(&o.stdout)).expect("report");
        for n in exp["not_imported"].as_array().expect("list") {
            let uid = n["uid"].as_str().expect("uid");
            assert!(
                stderr.contains(uid)
                    || rows.iter().any(|r| r["action"] == "skipped"
                        && r["reason"].as_str().unwrap_or("").contains(uid)),
                "{name}: {uid} is not reported: {stderr} {rows:?}"
            );
        }
        let all = customers(&env);
        for c in exp["customers"].as_array().expect("customers") {
            let cname = c["name"].as_str().expect("name");
            let (_, t) = all
                .iter()
                .find(|(_, t)| s(t, "name") == Some(cname))
                .expect(cname);
            let acts: Vec<&toml::Table> = t
                .get("activities")
                .and_then(toml::Value::as_array)
                .map(|a| a.iter().filter_map(toml::Value::as_table).collect())
                .unwrap_or_default();
            for want in c["activities"].as_array().expect("activities") {
                let uid = want["uid"].as_str().expect("uid");
                let at = want
                    .get("at")
                    .and_then(Value::as_str)
                    .map(|a| chrono::DateTime::parse_from_rfc3339(a).expect("at"));
                let got = acts.iter().find(|a| {
                    s(a, "uid").is_some_and(|u| u.starts_with(uid))
                        && at.is_none_or(|w| {
                            a.get("at").map(|v| {
                                chrono::DateTime::parse_from_rfc3339(&v.to_string()).expect("at")
                            }) == Some(w)
                        })
                });
                let got =
                    got.unwrap_or_else(|| panic!("{cname}: no activity {uid} at {at:?}: {acts:?}"));
                assert_eq!(s(got, "kind"), want["kind"].as_str(), "{uid}");
                assert!(
                    s(got, "text")
                        .unwrap_or("")
                        .starts_with(want["text"].as_str().unwrap_or("")),
                    "{uid}"
                );
                for w in want["with"].as_array().into_iter().flatten() {
                    assert!(
                        s(got, "with")
                            .unwrap_or("")
                            .contains(w.as_str().unwrap_or("")),
                        "{uid} with"
                    );
                }
                for part in want
                    .get("text_contains")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    assert!(
                        s(got, "text")
                            .unwrap_or("")
                            .contains(part.as_str().unwrap_or("")),
                        "{uid}: {part}"
                    );
                }
                if let Some(m) = want.get("minutes").and_then(Value::as_i64) {
                    assert_eq!(
                        got.get("minutes").and_then(toml::Value::as_integer),
                        Some(m),
                        "{uid}"
                    );
                }
                if let Some(d) = want.get("due").and_then(Value::as_str) {
                    assert_eq!(
                        got.get("due").map(|v| v.to_string()).as_deref(),
                        Some(d),
                        "{uid}"
                    );
                }
                if let Some(d) = want.get("done").and_then(Value::as_bool) {
                    assert_eq!(
                        got.get("done").and_then(toml::Value::as_bool),
                        Some(d),
                        "{uid}"
                    );
                }
            }
        }
        let before = env.commits();
        let o = env.run(&["import", "ics", p(&fixture(name)), "-f", "json"]);
        let again: Vec<Value> =
            serde_json::from_str(&String::from_utf8_lossy(&o.stdout)).expect("report");
        assert!(
            again
                .iter()
                .all(|r| r["action"] == "unchanged" || r["action"] == "skipped"),
            "{again:?}"
        );
        assert_eq!(env.commits(), before, "{name}: a re-import changes nothing");
        // Python's icalendar: as many VEVENT/VTODO entries as crm numbered.
        if let Some(out) = python_with(
            "icalendar",
            "import sys, icalendar\ncal=icalendar.Calendar.from_ical(sys.stdin.read())\nprint(sum(1 for c in cal.walk() if c.name in ('VEVENT','VTODO')))",
            &std::fs::read_to_string(fixture(name)).expect("read"),
        ) {
            let n: usize = out.trim().parse().expect("count");
            let max = rows
                .iter()
                .filter_map(|r| r["entry"].as_u64())
                .max()
                .unwrap_or(0) as usize;
            assert_eq!(max, n, "{name}: entries");
        }
    }
    env.assert_clean();
}

fn python_with(module: &str, script: &str, input: &str) -> Option<String> {
    use std::io::Write;
    let have = std::process::Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .status()
        .is_ok_and(|s| s.success());
    if !have {
        assert!(
            std::env::var("CI").is_err_and(|_| true)
                || std::env::var("CI").is_ok_and(|v| v != "true"),
            "python module {module} missing in CI; .ci/run installs it"
        );
        eprintln!("skipped: python module {module} is not installed");
        return None;
    }
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(input.as_bytes()).ok()?;
    let o = child.wait_with_output().ok()?;
    assert!(o.status.success(), "python failed");
    Some(String::from_utf8_lossy(&o.stdout).into_owned())
}

/// `crm export json` is the backup: into an empty store, `crm import json`
/// gives the same customer files byte for byte and the same crm.toml (custom
/// field declarations, stages, kinds); into a store with settings of its
/// own it adds what is missing and says so.
#[test]
fn import_whole_json_backup_restores_files_and_settings() {
    let env = Env::with_store();
    let cfg = std::fs::read_to_string(env.store.join("crm.toml"))
        .expect("cfg")
        .replace(
            "\"inactive\", \"lost\"]",
            "\"inactive\", \"lost\", \"partner\"]",
        )
        + "\n[fields.industry]\ntype = \"enum\"\nvalues = [\"media\", \"retail\"]\n\n[fields.since]\ntype = \"date\"\n";
    std::fs::write(env.store.join("crm.toml"), cfg).expect("write");
    env.git(&["commit", "-qam", "settings"]);
    env.ok(&[
        "add",
        "Äripäev AS",
        "--phone",
        "5555 1234",
        "--field",
        "industry=media",
        "--field",
        "since=2020-01-02",
        "--stage",
        "partner",
    ]);
    env.ok(&[
        "contact",
        "add",
        "aripaev-as",
        "Pekka Virtanen",
        "--birthday",
        "--06-21",
        "--phone",
        "+358 40 123 4567",
    ]);
    let ics = env.tmp.path().join("m.ics");
    std::fs::write(&ics, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u-1@example\r\nDTSTART:20261125T100000Z\r\nDTEND:20261125T103000Z\r\nSUMMARY:Talk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").expect("ics");
    env.ok(&["import", "ics", p(&ics), "--customer", "aripaev-as"]);
    let json = env.ok(&["export", "json"]);
    let v: Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["settings"]["fields"]["industry"]["type"], "enum");
    assert_eq!(v["customers"][0]["contacts"][0]["birthday"], "--06-21");
    let path = env.tmp.path().join("backup.json");
    std::fs::write(&path, &json).expect("write");
    // A fresh store: everything back as it was.
    let fresh = env.tmp.path().join("fresh");
    env.ok(&["init", p(&fresh)]);
    let out = env.ok_in(&fresh, &["import", "json", p(&path)]);
    assert!(
        out.contains("created 1") && out.contains("crm.toml: restored"),
        "{out}"
    );
    assert_eq!(
        std::fs::read_to_string(fresh.join("crm.toml")).expect("cfg"),
        std::fs::read_to_string(env.store.join("crm.toml")).expect("cfg"),
        "the same crm.toml"
    );
    assert_eq!(
        std::fs::read_to_string(fresh.join("customers/aripaev-as.toml")).expect("file"),
        env.file("aripaev-as"),
        "the same customer file"
    );
    assert_eq!(
        env.git_in(&fresh, &["rev-list", "--count", "HEAD"]).trim(),
        "2",
        "one commit"
    );
    // Undo takes the restore back, crm.toml included.
    env.ok_in(&fresh, &["undo"]);
    assert!(!fresh.join("customers/aripaev-as.toml").exists());
    // A store with settings of its own keeps them and gains the rest.
    let other = env.tmp.path().join("other");
    env.ok(&["init", p(&other)]);
    let own = std::fs::read_to_string(other.join("crm.toml"))
        .expect("cfg")
        .replace("currency = \"EUR\"", "currency = \"SEK\"");
    std::fs::write(other.join("crm.toml"), own).expect("write");
    env.git_in(&other, &["commit", "-qam", "own settings"]);
    let out = env.ok_in(&other, &["import", "json", p(&path)]);
    assert!(
        out.contains("stages += partner")
            && out.contains("fields.industry declared")
            && out.contains("kept currency = SEK"),
        "{out}"
    );
    let toml_text = std::fs::read_to_string(other.join("crm.toml")).expect("cfg");
    assert!(
        toml_text.contains("currency = \"SEK\"") && toml_text.contains("[fields.since]"),
        "{toml_text}"
    );
    // An old export (a bare array) still reads.
    let arr = serde_json::to_string(&v["customers"]).expect("array");
    let old = env.tmp.path().join("old.json");
    std::fs::write(&old, arr).expect("write");
    assert!(
        env.ok_in(&other, &["import", "json", p(&old)])
            .contains("unchanged 1")
    );
}

/// A birthday without a year: kept as `"--06-21"`, shown, in the agenda,
/// in vCard (`--0621`, read back by Python's vobject and by crm) and in the
/// calendar export (a yearly event from 2000, read by Python's icalendar);
/// an impossible day is refused, and `crm check` flags one written by hand.
#[test]
fn import_whole_birthdays_without_a_year_are_kept_without_a_year() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    env.ok(&[
        "contact",
        "add",
        "acme",
        "Liisa Lepik",
        "--birthday",
        "--11-30",
    ]);
    let f = env.file("acme");
    assert!(f.contains("birthday = \"--11-30\""), "{f}");
    assert!(env.ok(&["show", "acme"]).contains("birthday --11-30"));
    let agenda = env.ok(&["agenda", "--all", "--days", "10"]);
    assert!(agenda.contains("Liisa Lepik's birthday"), "{agenda}");
    let json: Value =
        serde_json::from_str(&env.ok(&["agenda", "--all", "--days", "10", "-f", "json"]))
            .expect("json");
    assert!(
        json.as_array()
            .expect("rows")
            .iter()
            .any(|r| r["date"] == "2026-11-30"),
        "{json}"
    );
    let err = env.fails(
        1,
        &["contact", "set", "acme", "liisa lepik", "birthday=--02-30"],
    );
    assert!(err.contains("--02-30"), "{err}");
    env.ok(&["contact", "set", "acme", "liisa lepik", "birthday=--02-29"]);
    let vcf = env.ok(&["export", "vcard"]);
    assert!(vcf.contains("BDAY:--0229"), "{vcf}");
    let other = Env::with_store();
    let path = other.tmp.path().join("x.vcf");
    std::fs::write(&path, &vcf).expect("write");
    other.ok(&["import", "vcard", p(&path)]);
    assert!(other.file("acme").contains("birthday = \"--02-29\""));
    if let Some(out) = python_with(
        "vobject",
        "import sys, vobject\nfor c in vobject.readComponents(sys.stdin.read()):\n    print(c.bday.value)",
        &vcf,
    ) {
        assert_eq!(out.trim(), "--0229");
    }
    let ics = env.ok(&["export", "ics"]);
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20000229") && ics.contains("RRULE:FREQ=YEARLY"),
        "{ics}"
    );
    if let Some(out) = python_with(
        "icalendar",
        "import sys, icalendar\ncal=icalendar.Calendar.from_ical(sys.stdin.read())\nfor c in cal.walk('VEVENT'):\n    print(c.get('dtstart').dt, c.get('rrule')['FREQ'][0])",
        &ics,
    ) {
        assert_eq!(out.trim(), "2000-02-29 YEARLY");
    }
    // By hand: an impossible day is an error of `crm check`.
    let text = env.file("acme").replace("--02-29", "--02-30");
    env.write_file("acme", &text);
    let o = env.run(&["check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("--02-30"));
}

/// Phones of every country: the row's country decides a national number,
/// extensions are kept, E.164 in the file, the national form in `crm
/// show`; a number crm cannot normalise is kept as written and flagged by
/// `crm check`, and setting the customer's country lets `check --fix`
/// normalise it.
#[test]
fn import_whole_phones_of_every_country() {
    let env = Env::with_store();
    let p1 = env.tmp.path().join("people.csv");
    std::fs::write(
        &p1,
        "Company,Contact person,Phone,Country\nVirtanen Oy,Pekka Virtanen,040 123 4567,Finland\nLakeshore Inc.,Dana Whitfield,(202) 555-0147 ext. 12,USA\nKalle Rantanen,,044 987 6543,\n",
    )
    .expect("write");
    let o = env.run(&["import", "csv", p(&p1)]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "kept as written is not left out: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v = env.file("virtanen-oy");
    assert!(
        v.contains("phone = \"+358401234567\"") && v.contains("country = \"FI\""),
        "{v}"
    );
    assert!(
        env.file("lakeshore-inc")
            .contains("phone = \"+12025550147;ext=12\"")
    );
    assert!(
        env.file("kalle-rantanen")
            .contains("phone = \"044 987 6543\"")
    );
    let show = env.ok(&["show", "virtanen-oy"]);
    assert!(
        show.contains("040 1234567"),
        "national format at home: {show}"
    );
    let show = env.ok(&["show", "lakeshore"]);
    assert!(
        show.contains("(202) 555-0147 ext. 12"),
        "the customer's country is US: {show}"
    );
    let check = env.run(&["check"]);
    let out = String::from_utf8_lossy(&check.stdout);
    assert!(
        out.contains("kept as written") && out.contains("044 987 6543"),
        "{out}"
    );
    assert_eq!(check.status.code(), Some(0), "a warning, not an error");
    env.ok(&["set", "kalle-rantanen", "country=Suomi"]);
    env.ok(&["check", "--fix"]);
    assert!(
        env.file("kalle-rantanen")
            .contains("phone = \"+358449876543\"")
    );
    // A typed number is read in the customer's country.
    env.ok(&[
        "contact",
        "add",
        "virtanen-oy",
        "Aino Korhonen",
        "--phone",
        "050 765 4321",
    ]);
    assert!(
        env.file("virtanen-oy")
            .contains("phone = \"+358507654321\"")
    );
    // And found by any of its shapes.
    assert!(
        env.ok(&["show", "+358 50 765 4321"])
            .contains("Virtanen Oy")
    );
}

/// `--strict` is all or nothing; `--dry-run` prints the same report as the
/// real run and writes nothing; the whole import is one commit that `crm
/// undo` takes back; foreign stages map through the table and
/// `--map-stage`, an unknown one becomes the first stage with a warning.
#[test]
fn import_whole_strict_dry_run_undo_and_stages() {
    let env = Env::with_store();
    let f = env.tmp.path().join("hub.csv");
    std::fs::write(
        &f,
        "Company name,Lifecycle Stage,Email\nA Oy,Opportunity,a@a.example\nB Oy,Evangelist,b@b.example\nC Oy,Partner,not-mail\nD Oy,Other,d@d.example\n",
    )
    .expect("write");
    let before = env.commits();
    let err = env.fails(1, &["import", "csv", p(&f), "--strict"]);
    assert!(
        err.contains("--strict") && err.contains("not-mail"),
        "{err}"
    );
    assert_eq!(env.commits(), before);
    let dry = env.run(&[
        "import",
        "csv",
        p(&f),
        "--dry-run",
        "--map-stage",
        "Partner=customer",
        "-f",
        "json",
    ]);
    assert_eq!(env.commits(), before);
    assert!(
        std::fs::read_dir(env.store.join("customers"))
            .expect("dir")
            .next()
            .is_none()
    );
    let real = env.run(&[
        "import",
        "csv",
        p(&f),
        "--map-stage",
        "Partner=customer",
        "-f",
        "json",
    ]);
    assert_eq!(dry.stdout, real.stdout, "the same report");
    assert_eq!(dry.status.code(), Some(1));
    assert_eq!(real.status.code(), Some(1));
    let err = String::from_utf8_lossy(&real.stderr);
    assert!(err.contains("row 4: Email 'not-mail' left out"), "{err}");
    assert_eq!(env.commits(), before + 1, "one commit");
    let stage = |id: &str| {
        let t: toml::Table = env.file(id).parse().expect("toml");
        t["stage"].as_str().unwrap_or("").to_string()
    };
    assert_eq!(stage("a-oy"), "prospect");
    assert_eq!(stage("b-oy"), "customer");
    assert_eq!(stage("c-oy"), "customer", "--map-stage");
    assert_eq!(stage("d-oy"), "lead", "unknown: the first stage");
    let out = String::from_utf8_lossy(&real.stdout);
    assert!(out.contains("stage 'Other' is not one of"), "{out}");
    assert!(
        env.file("d-oy").contains("Lifecycle Stage: Other"),
        "kept in the notes"
    );
    env.ok(&["undo"]);
    assert_eq!(env.commits(), before + 2);
    assert!(
        std::fs::read_dir(env.store.join("customers"))
            .expect("dir")
            .next()
            .is_none()
    );
    // Not CSV at all: exit 2.
    let bin = env.tmp.path().join("x.csv");
    std::fs::write(&bin, "just one line without columns\n").expect("write");
    env.fails(2, &["import", "csv", p(&bin)]);
}
