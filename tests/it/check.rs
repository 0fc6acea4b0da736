//! Issue 5: `crm check` through the binary.

use crate::common::Env;

fn findings(env: &Env) -> Vec<serde_json::Value> {
    let o = env.run(&["check", "-f", "json"]);
    serde_json::from_slice(&o.stdout).expect("check -f json")
}

#[test]
fn check_reports_errors_with_file_line_and_fix_and_exits_1() {
    let env = Env::with_store();
    env.ok(&["add", "Good"]);
    env.ok(&["add", "Acme"]);
    env.ok(&["add", "Broken"]);
    env.write_file("broken", "name = \"Broken\"\nstage = \n");
    let acme = env
        .file("acme")
        .replace("stage = \"lead\"", "stage = \"bogus\"");
    env.write_file("acme", &acme);
    env.git(&["commit", "-qam", "hand edits"]);
    let o = env.run(&["check"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("customers/broken.toml:2: error:"), "{out}");
    assert!(
        out.contains("customers/acme.toml:2: error: 'bogus' is not one of"),
        "{out}"
    );
    assert!(out.contains("fix: "), "{out}");
    assert!(String::from_utf8_lossy(&o.stderr).contains("2 error(s)"));
    let rows = findings(&env);
    let acme_row = rows
        .iter()
        .find(|r| r["file"] == "customers/acme.toml")
        .expect("acme finding");
    assert_eq!(acme_row["severity"], "error");
    assert_eq!(acme_row["line"], 2);
    assert_eq!(acme_row["field"], "stage");
}

#[test]
fn check_finds_conflicts_duplicate_ids_uncommitted_files_and_likely_duplicates() {
    let env = Env::with_store();
    env.ok(&["add", "Äripäev AS", "--email", "info@aripaev.example"]);
    env.ok(&["add", "ÄRIPÄEV OÜ"]);
    env.ok(&[
        "add",
        "Tartu Tarkvara OÜ",
        "--email",
        "sales@tarkvara.example",
    ]);
    env.ok(&["add", "TT Software", "--email", "kadri@tarkvara.example"]);
    env.ok(&["add", "Gmail One", "--email", "one@gmail.com"]);
    env.ok(&["add", "Gmail Two", "--email", "two@gmail.com"]);
    env.ok(&["add", "Phone A", "--phone", "5555 1234"]);
    env.ok(&["add", "Phone B"]);
    env.ok(&[
        "contact",
        "add",
        "phone-b",
        "Someone",
        "--phone",
        "+372 5555 1234",
    ]);
    let a = env.ok(&["log", "phone-a", "call", "x"]);
    let text = env.file("phone-b")
        + &format!(
            "\n[[activities]]\nid = \"{}\"\nat = 2026-11-01T10:00:00+02:00\nkind = \"call\"\n\n[[conflicts]]\nfield = \"stage\"\nours = \"lead\"\ntheirs = \"customer\"\n",
            a.trim()
        );
    env.write_file("phone-b", &text);
    let rows = findings(&env);
    let has = |kind: &str, needle: &str| {
        rows.iter()
            .any(|r| r["kind"] == kind && r["message"].as_str().is_some_and(|m| m.contains(needle)))
    };
    assert!(has("duplicate-customer", "similar names"), "{rows:#?}");
    assert!(
        has("duplicate-customer", "e-mail domain tarkvara.example"),
        "{rows:#?}"
    );
    assert!(
        !has("duplicate-customer", "gmail.com"),
        "public mail domains are not evidence"
    );
    assert!(
        has("duplicate-customer", "phone number +37255551234"),
        "{rows:#?}"
    );
    assert!(has("duplicate-id", a.trim()), "{rows:#?}");
    assert!(
        has("conflict", "unresolved merge conflict on stage"),
        "{rows:#?}"
    );
    assert!(
        rows.iter()
            .any(|r| r["kind"] == "uncommitted" && r["file"] == "customers/phone-b.toml"),
        "{rows:#?}"
    );
    let conflict = rows
        .iter()
        .find(|r| r["kind"] == "conflict")
        .expect("conflict");
    assert!(
        conflict["fix"]
            .as_str()
            .expect("fix")
            .contains("crm resolve phone-b stage")
    );
    assert_eq!(env.run(&["check"]).status.code(), Some(1));
}

#[test]
fn check_fix_normalises_phones_trims_and_sorts_in_one_commit() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let hand = "name = \"Acme\"   # keep me\nstage = \"lead\"\nphone = \"5555-1234\"\naddress = \"  Pikk 1, Tallinn \"\n\n[[contacts]]\nname = \"Pekka\"\nphone = \"(+358) 40-1234567\"\n\n[[activities]]\nid = \"a2\"\nat = 2026-11-02T10:00:00+02:00\nkind = \"call\"\n\n[[activities]]\nid = \"a1\"\nat = 2026-11-01T10:00:00+02:00\nkind = \"call\"\n";
    env.write_file("acme", hand);
    env.git(&["commit", "-qam", "hand"]);
    let kinds: Vec<String> = findings(&env)
        .iter()
        .map(|r| r["kind"].as_str().unwrap_or("").to_string())
        .collect();
    for k in ["phone-format", "whitespace", "order"] {
        assert!(kinds.iter().any(|x| x == k), "{k} not found in {kinds:?}");
    }
    let before = env.commits();
    let o = env.run(&["check", "--fix"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(env.commits(), before + 1);
    assert!(
        env.last_message()
            .starts_with("check --fix: 1 file(s): acme")
    );
    let f = env.file("acme");
    assert!(f.starts_with("name = \"Acme\"   # keep me\n"), "{f}");
    assert!(
        f.contains("phone = \"+37255551234\"") && f.contains("address = \"Pikk 1, Tallinn\""),
        "{f}"
    );
    // Stored in E.164 (issue 13).
    assert!(f.contains("phone = \"+358401234567\""), "{f}");
    assert!(
        f.find("\"a1\"").expect("a1") < f.find("\"a2\"").expect("a2"),
        "{f}"
    );
    assert!(findings(&env).is_empty(), "{:?}", findings(&env));
    env.assert_clean();
    // Nothing left to fix: no commit.
    env.ok(&["check", "--fix"]);
    assert_eq!(env.commits(), before + 1);
}

#[test]
fn merge_folds_a_duplicate_into_a_customer_in_one_commit_keeping_clashes_as_conflicts() {
    let env = Env::with_store();
    env.ok(&[
        "add",
        "Äripäev AS",
        "--tag",
        "media",
        "--phone",
        "5555 1234",
        "--note",
        "Prefers e-mail",
    ]);
    env.ok(&[
        "add",
        "ÄRIPÄEV OÜ",
        "--tag",
        "vip",
        "--phone",
        "5555 9999",
        "--email",
        "info@aripaev.example",
        "--note",
        "Call before noon",
    ]);
    env.ok(&["contact", "add", "aripaev-as", "Pekka", "--role", "CEO"]);
    env.ok(&[
        "contact",
        "add",
        "aripaev-ou",
        "Pekka",
        "--role",
        "CFO",
        "--email",
        "pekka@aripaev.example",
    ]);
    env.ok(&["contact", "add", "aripaev-ou", "Kadri"]);
    let a1 = env.ok(&[
        "log",
        "aripaev-as",
        "call",
        "one",
        "--at",
        "2026-11-02 10:00",
    ]);
    let a2 = env.ok(&[
        "log",
        "aripaev-ou",
        "call",
        "two",
        "--at",
        "2026-11-01 10:00",
    ]);
    let d = env.ok(&["deal", "add", "aripaev-ou", "Package", "--amount", "100"]);
    let before = env.commits();
    let o = env.run(&["merge", "aripaev-ou", "aripaev-as"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(env.commits(), before + 1, "one commit");
    assert!(
        env.last_message()
            .starts_with("merge aripaev-ou into aripaev-as: 1 activities, 1 deals, 1 contacts"),
        "{}",
        env.last_message()
    );
    assert!(!env.store.join("customers/aripaev-ou.toml").exists());
    let f = env.file("aripaev-as");
    let v: toml::Table = toml::from_str(&f).expect("valid");
    assert_eq!(
        v["phone"].as_str(),
        Some("+37255551234"),
        "the target's value stays"
    );
    assert_eq!(
        v["email"].as_str(),
        Some("info@aripaev.example"),
        "missing fields are taken over"
    );
    let mut tags: Vec<&str> = v["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .filter_map(|t| t.as_str())
        .collect();
    tags.sort();
    assert_eq!(tags, ["media", "vip"]);
    assert!(
        v["notes"]
            .as_str()
            .expect("notes")
            .contains("Prefers e-mail")
            && v["notes"]
                .as_str()
                .expect("notes")
                .contains("Call before noon")
    );
    for id in [a1.trim(), a2.trim(), d.trim()] {
        assert!(f.contains(id), "{id} lost:\n{f}");
    }
    assert!(
        f.find(a2.trim()).expect("a2") < f.find(a1.trim()).expect("a1"),
        "activities in time order"
    );
    let contacts = v["contacts"].as_array().expect("contacts");
    assert_eq!(contacts.len(), 2);
    assert_eq!(contacts[0]["email"].as_str(), Some("pekka@aripaev.example"));
    let fields: Vec<&str> = v["conflicts"]
        .as_array()
        .expect("conflicts")
        .iter()
        .filter_map(|c| c["field"].as_str())
        .collect();
    assert_eq!(fields, ["phone", "contacts.pekka.role"]);
    // check now reports the conflicts; resolve settles one.
    assert_eq!(env.run(&["check"]).status.code(), Some(1));
    env.ok(&["resolve", "aripaev-as", "contacts.pekka.role", "--theirs"]);
    assert!(env.file("aripaev-as").contains("role = \"CFO\""));
    // A phone number typed into resolve is normalised as `crm set` does.
    let before = env.commits();
    env.fails(1, &["resolve", "aripaev-as", "phone", "call me"]);
    assert_eq!(env.commits(), before);
    env.ok(&["resolve", "aripaev-as", "phone", "5111 3333"]);
    assert!(env.file("aripaev-as").contains("phone = \"+37251113333\""));
    env.assert_clean();
    env.fails(2, &["merge", "aripaev-as", "aripaev-as"]);
    env.fails(3, &["merge", "nobody", "aripaev-as"]);
}
