//! docs/json.md stays true: every command line it documents runs on the
//! demo store with `-f json`, and the keys of every row are exactly the
//! keys its table lists, in that order (and the `-f csv` header is its
//! `CSV columns:` line). The lists are read from docs/json.md itself, so a
//! key added, renamed or moved in the code without the doc fails here.
//!
//! The doc's convention: a heading holding the exact command line(s) in
//! backticks (`### \`crm ls -f json\``), optionally followed by a key in
//! backticks that names nested objects (`\`contacts[]\``); then a table
//! whose first column is a key in backticks; a key whose type cell says
//! "omitted" may be missing from a row. A `CSV columns:` line lists the
//! header of `-f csv`.

use crate::common::Env;
use serde_json::{Map, Value};

const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/json.md");

/// Optional keys the demo store never has, so no row can show them.
const NOT_IN_DEMO: &[&str] = &["conflicts", "country"];

/// One documented shape.
#[derive(Debug)]
struct Section {
    heading: String,
    commands: Vec<String>,
    /// `contacts[]`: the objects inside each row's `contacts`.
    nested: Option<String>,
    /// Key and whether it may be omitted.
    keys: Vec<(String, bool)>,
    csv: Option<Vec<String>>,
}

/// The backticked spans of a line.
fn spans(line: &str) -> Vec<String> {
    line.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn sections(doc: &str) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    let mut cur: Option<Section> = None;
    for line in doc.lines() {
        if line.starts_with('#') {
            if let Some(s) = cur.take() {
                out.push(s);
            }
            let sp = spans(line);
            let commands: Vec<String> = sp
                .iter()
                .filter(|s| s.starts_with("crm "))
                .cloned()
                .collect();
            if !commands.is_empty() {
                cur = Some(Section {
                    heading: line.to_string(),
                    commands,
                    nested: sp.iter().find(|s| !s.starts_with("crm ")).cloned(),
                    keys: Vec::new(),
                    csv: None,
                });
            }
            continue;
        }
        let Some(s) = cur.as_mut() else { continue };
        if line.starts_with("| `") {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let key = spans(cells[1])
                .into_iter()
                .next()
                .expect("a key in backticks");
            let optional = cells.get(2).is_some_and(|c| c.contains("omitted"));
            s.keys.push((key, optional));
        } else if let Some(rest) = line.strip_prefix("CSV columns:") {
            s.csv = Some(spans(rest));
        }
    }
    out.extend(cur);
    out
}

/// Files some documented commands read, in the directory crm runs in.
fn fixtures(env: &Env) {
    let dir = env.tmp.path();
    std::fs::write(
        dir.join("leads.csv"),
        "Name,Email,Phone\nNew Firm OÜ,info@newfirm.example,5123 4567\nÄripäev AS,info@aripaev.example,\n",
    )
    .expect("leads.csv");
    std::fs::write(
        dir.join("contacts.vcf"),
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Example\r\nORG:Vcard Firm\r\nEMAIL:anna@vcard.example\r\nEND:VCARD\r\n",
    )
    .expect("contacts.vcf");
    std::fs::write(
        dir.join("meetings.ics"),
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:docs-1@example\r\nDTSTART:20261125T100000Z\r\nDTEND:20261125T110000Z\r\nSUMMARY:Review\r\nEND:VEVENT\r\nBEGIN:VTODO\r\nUID:docs-2@example\r\nDUE;VALUE=DATE:20261201\r\nSUMMARY:Send the offer\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",
    )
    .expect("meetings.ics");
}

/// Run a documented command line; for `crm check`, with a hand-written
/// file that has something to report.
fn run(env: &Env, line: &str) -> String {
    let args: Vec<&str> = line.split_whitespace().skip(1).collect();
    let check = args.first() == Some(&"check");
    let extra = env.store.join("customers").join("zz-docs.toml");
    if check {
        std::fs::write(&extra, "name = \"Zz Docs\"\nphone = \"5555 1234\"\n").expect("write");
    }
    let out = env.ok(&args);
    if check {
        std::fs::remove_file(&extra).expect("remove");
    }
    out
}

/// The JSON rows of a command's output (an object is one row).
fn rows(line: &str, stdout: &str, nested: Option<&str>) -> Vec<Map<String, Value>> {
    let v: Value = serde_json::from_str(stdout)
        .unwrap_or_else(|e| panic!("`{line}` does not print JSON ({e}):\n{stdout}"));
    let top: Vec<Value> = match v {
        Value::Array(a) => a,
        o @ Value::Object(_) => vec![o],
        other => panic!("`{line}` prints {other}, not objects"),
    };
    let objects: Vec<Value> = match nested {
        None => top,
        Some(path) => {
            let key = path
                .strip_suffix("[]")
                .expect("nested keys are written `key[]`");
            top.iter()
                .filter_map(|r| r.get(key).and_then(Value::as_array))
                .flatten()
                .cloned()
                .collect()
        }
    };
    objects
        .into_iter()
        .map(|o| match o {
            Value::Object(m) => m,
            other => panic!("`{line}`: a row is {other}, not an object"),
        })
        .collect()
}

#[test]
fn json_md_lists_every_key_of_every_command_in_order() {
    let doc = std::fs::read_to_string(DOC).expect("docs/json.md");
    let sections = sections(&doc);
    assert!(
        sections.len() >= 20,
        "docs/json.md: too few command sections"
    );
    let env = Env::new();
    env.ok(&["init", "--demo", env.store.to_str().expect("utf-8")]);
    fixtures(&env);
    for s in &sections {
        let where_ = format!("docs/json.md {}", s.heading);
        assert!(!s.keys.is_empty(), "{where_}: no key table");
        let mut seen = std::collections::HashSet::new();
        for line in &s.commands {
            let out = run(&env, line);
            let rows = rows(line, &out, s.nested.as_deref());
            assert!(
                !rows.is_empty(),
                "{where_}: `{line}` printed no rows to check"
            );
            for r in &rows {
                let got: Vec<&str> = r.keys().map(String::as_str).collect();
                let want: Vec<&str> = s
                    .keys
                    .iter()
                    .filter(|(k, optional)| !optional || r.contains_key(k))
                    .map(|(k, _)| k.as_str())
                    .collect();
                assert_eq!(
                    got, want,
                    "{where_}: `{line}` prints these keys (left), the doc lists these (right)"
                );
                seen.extend(got.iter().map(|k| k.to_string()));
            }
            if let Some(cols) = &s.csv {
                let csv_line = line.replace("-f json", "-f csv");
                assert_ne!(
                    &csv_line, line,
                    "{where_}: a CSV line needs `-f json` in the command"
                );
                let out = run(&env, &csv_line);
                let header: Vec<&str> = out.lines().next().unwrap_or("").split(',').collect();
                assert_eq!(
                    header, *cols,
                    "{where_}: `{csv_line}` header vs the doc's CSV columns"
                );
            }
        }
        for (k, _) in &s.keys {
            assert!(
                seen.contains(k) || NOT_IN_DEMO.contains(&k.as_str()),
                "{where_}: `{k}` is documented but no row of {:?} has it",
                s.commands
            );
        }
    }
}

#[test]
fn the_doc_parser_reads_headings_tables_and_csv_lines() {
    let doc = "## Commands\n\n### `crm a -f json`, `crm b -f json`\n\n| key | type | meaning |\n| --- | --- | --- |\n| `x` | string | X |\n| `y` | string, omitted when not set | Y |\n\nCSV columns: `x`, `y`\n\n#### `crm a -f json` `y[]`\n\n| key | type | meaning |\n| --- | --- | --- |\n| `z` | integer | Z |\n\n### Not a command\n\n| `w` | string | not read |\n";
    let s = sections(doc);
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].commands, ["crm a -f json", "crm b -f json"]);
    assert_eq!(
        s[0].keys,
        [("x".to_string(), false), ("y".to_string(), true)]
    );
    assert_eq!(
        s[0].csv.as_deref(),
        Some(&["x".to_string(), "y".to_string()][..])
    );
    assert_eq!(s[1].nested.as_deref(), Some("y[]"));
    assert_eq!(s[1].keys, [("z".to_string(), false)]);
}

/// Every command in a ```sh block of docs/queries.md runs on the demo
/// store, exits 0 and prints rows (not only a header).
#[test]
fn queries_md_examples_all_run_on_the_demo_store() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/queries.md"))
        .expect("docs/queries.md");
    let mut examples = Vec::new();
    let mut in_block = false;
    for line in doc.lines() {
        match line.trim_end() {
            "```sh" => in_block = true,
            "```" => in_block = false,
            l if in_block && l.starts_with("crm ") => examples.push(l.to_string()),
            _ => {}
        }
    }
    assert!(examples.len() >= 50, "only {} examples", examples.len());
    let env = Env::new();
    env.ok(&["init", "--demo", env.store.to_str().expect("utf-8")]);
    for ex in &examples {
        let o = env.command("sh").args(["-c", ex]).output().expect("run sh");
        let out = String::from_utf8_lossy(&o.stdout);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            o.status.success(),
            "docs/queries.md: `{ex}` failed\nstdout:\n{out}\nstderr:\n{err}"
        );
        let min = if ex.contains("-f ids") { 1 } else { 2 };
        assert!(
            out.lines().count() >= min,
            "docs/queries.md: `{ex}` printed no rows:\n{out}\nstderr:\n{err}"
        );
    }
}
