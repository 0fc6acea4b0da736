//! Issue 5: export and import through the binary, cross-checked by
//! independent parsers (Python's csv and json modules).

use crate::common::Env;
use std::process::Command;

fn python(script: &str, input: &str) -> Option<String> {
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    use std::io::Write;
    child.stdin.take()?.write_all(input.as_bytes()).ok()?;
    let o = child.wait_with_output().ok()?;
    assert!(o.status.success(), "python failed");
    Some(String::from_utf8_lossy(&o.stdout).into_owned())
}

fn files(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir.join("customers"))
        .expect("customers")
        .map(|e| {
            let e = e.expect("entry");
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read_to_string(e.path()).expect("read"),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn export_json_then_import_into_an_empty_store_gives_byte_identical_files() {
    let env = Env::new();
    env.ok(&["init", "--demo", env.store.to_str().expect("utf-8")]);
    env.ok(&["log", "aripaev-as", "note", "two\nlines", "--minutes", "5"]);
    env.ok(&["set", "aripaev-as", "notes=Line one\nLine \"two\""]);
    let json = env.ok(&["export", "json"]);
    // Python reads it as one array of objects with the documented keys.
    if let Some(out) = python(
        "import json,sys; d=json.load(sys.stdin); print(len(d), d[0]['id'], sorted(d[0].keys())[:3])",
        &json,
    ) {
        assert!(out.starts_with("32 "), "{out}");
    }
    let path = env.tmp.path().join("export.json");
    std::fs::write(&path, &json).expect("write");
    let other = env.tmp.path().join("other");
    env.ok(&["init", other.to_str().expect("utf-8")]);
    std::fs::copy(env.store.join("crm.toml"), other.join("crm.toml")).expect("cfg");
    env.git_in(&other, &["commit", "-qam", "same settings"]);
    let o = env
        .crm()
        .env("CRM_DIR", &other)
        .args(["import", "json", path.to_str().expect("utf-8"), "--dry-run"])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&o.stdout).contains("would create 32"));
    assert_eq!(
        std::fs::read_dir(other.join("customers"))
            .expect("dir")
            .count(),
        0,
        "dry run writes nothing"
    );
    let o = env
        .crm()
        .env("CRM_DIR", &other)
        .args(["import", "json", path.to_str().expect("utf-8")])
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        files(&env.store),
        files(&other),
        "byte-identical after the round trip"
    );
    assert_eq!(
        env.git_in(&other, &["rev-list", "--count", "HEAD"]).trim(),
        "3",
        "one commit for the import"
    );
    // Re-importing the same export changes nothing.
    let o = env
        .crm()
        .env("CRM_DIR", &other)
        .args(["import", "json", path.to_str().expect("utf-8")])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&o.stdout).contains("unchanged 32"));
}

#[test]
fn import_json_refuses_invalid_data_and_writes_nothing() {
    let env = Env::with_store();
    let bad = r#"[{"id": "good", "name": "Good"}, {"id": "bad", "name": "Bad", "stage": "nope"}]"#;
    let p = env.tmp.path().join("bad.json");
    std::fs::write(&p, bad).expect("write");
    let err = env.fails(1, &["import", "json", p.to_str().expect("utf-8")]);
    assert!(
        err.contains("customers/bad.toml") && err.contains("stage"),
        "{err}"
    );
    assert!(
        !env.store.join("customers/good.toml").exists(),
        "nothing is written when any item is invalid"
    );
    std::fs::write(&p, r#"[{"id": "../evil", "name": "X"}]"#).expect("write");
    let err = env.fails(1, &["import", "json", p.to_str().expect("utf-8")]);
    assert!(err.contains("not a valid customer id"), "{err}");
    std::fs::write(&p, "{not json").expect("write");
    let err = env.fails(1, &["import", "json", p.to_str().expect("utf-8")]);
    assert!(err.contains("bad.json:1:"), "{err}");
}

#[test]
fn export_csv_is_read_back_by_python_csv_with_the_same_values() {
    let env = Env::with_store();
    env.ok(&[
        "add",
        "Äripäev AS",
        "--tag",
        "media,vip",
        "--email",
        "info@aripaev.example",
        "--note",
        "Line one, with comma\nLine \"two\"",
    ]);
    env.ok(&["add", "Acme", "--tag", "old"]);
    env.ok(&[
        "contact",
        "add",
        "aripaev-as",
        "Pekka Virtanen",
        "--email",
        "pekka@aripaev.example",
    ]);
    let csv = env.ok(&["export", "csv", "tag:vip"]);
    let Some(out) = python(
        "import csv,sys,json; rows=list(csv.DictReader(sys.stdin)); print(json.dumps(rows))",
        &csv,
    ) else {
        eprintln!("skipped: python3 not found");
        return;
    };
    let rows: Vec<serde_json::Value> = serde_json::from_str(&out).expect("json");
    assert_eq!(rows.len(), 1, "the query selects");
    let r = &rows[0];
    assert_eq!(r["id"], "aripaev-as");
    assert_eq!(r["name"], "Äripäev AS");
    assert_eq!(r["tags"], "media,vip");
    assert_eq!(r["notes"], "Line one, with comma\nLine \"two\"");
    assert_eq!(r["contact"], "Pekka Virtanen");
    assert_eq!(r["contact_email"], "pekka@aripaev.example");
}
