//! Issue 5: export and import through the binary, cross-checked by
//! independent parsers (Python's csv and json modules).

use crate::common::Env;
use std::process::Command;

/// Whether this is a CI run (`CI=true`, which `.ci/run` sets): there a
/// missing cross-checker fails the test instead of skipping it.
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

fn python(script: &str, input: &str) -> Option<String> {
    let child = Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn();
    assert!(
        child.is_ok() || !in_ci(),
        "python3 missing in CI; .ci/run installs it"
    );
    let mut child = child.ok()?;
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
        "import json,sys; d=json.load(sys.stdin)['customers']; print(len(d), d[0]['id'], sorted(d[0].keys())[:3])",
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
    // Named by the JSON file and item, not by a customer file that does
    // not exist.
    assert!(
        err.contains("bad.json: item 1 ('bad'): stage") && !err.contains("customers/"),
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
    assert!(
        err.contains("bad.json:1:") && !err.contains("crm edit"),
        "{err}"
    );
    let o = env
        .crm()
        .env("CRM_DIR", &env.store)
        .args(["import", "json", "-"])
        .write_stdin(
            r#"[{"id": "x", "name": "X", "deals": [{"id": "d1", "title": "T", "amount": 5}]}]"#,
        )
        .output()
        .expect("run crm");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("<stdin>: item 0 ('x')") && err.contains("stage"),
        "{err}"
    );
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

fn corpus(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/csv")
        .join(name)
}

#[test]
fn import_csv_in_estonian_with_bom_semicolons_and_line_breaks_updates_instead_of_duplicating() {
    let env = Env::with_store();
    env.ok(&["add", "Äripäev AS", "--email", "info@aripaev.example"]);
    env.ok(&["add", "Tartu Tarkvara OÜ", "--phone", "5111 2222"]);
    let csv = "\u{feff}Ettevõte;E-post;Telefon;Kontaktisik;Ametikoht;Aadress;Märkused;Sildid\n\
ÄRIPÄEV;;;Pekka Virtanen;CEO;\"Pärnu mnt 105,\nTallinn\";;media\n\
Uus Klient OÜ;uus@klient.example;5333 4444;Kadri Saar;;;\"Rida üks\nRida kaks\";uus, vip\n\
Some Other Name;;+372 5111 2222;;;;;\n\
;;;;;;;\n";
    let p = env.tmp.path().join("kliendid.csv");
    std::fs::write(&p, csv).expect("write");
    let before = env.commits();
    let out = env.ok(&["import", "csv", p.to_str().expect("utf-8"), "-f", "json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&out).expect("json report");
    let action = |row: u64| {
        rows.iter().find(|r| r["row"] == row).map(|r| {
            (
                r["action"].as_str().unwrap_or("").to_string(),
                r["customer"].as_str().unwrap_or("").to_string(),
            )
        })
    };
    assert_eq!(
        action(2),
        Some(("updated".into(), "aripaev-as".into())),
        "same name ignoring case and legal form"
    );
    // Rows are counted as a spreadsheet shows them (a quoted line break
    // does not start a new row).
    assert_eq!(
        action(3),
        Some(("created".into(), "uus-klient-ou".into())),
        "{rows:?}"
    );
    assert_eq!(
        action(4),
        Some(("unchanged".into(), "tartu-tarkvara-ou".into())),
        "same phone, nothing new: {rows:?}"
    );
    assert_eq!(
        rows.iter()
            .find(|r| r["row"] == 5)
            .map(|r| r["reason"].clone()),
        Some(serde_json::json!("empty row"))
    );
    assert_eq!(env.commits(), before + 1, "one commit");
    let a = env.file("aripaev-as");
    assert!(
        a.contains("name = \"Pekka Virtanen\"") && a.contains("role = \"CEO\""),
        "{a}"
    );
    assert!(
        a.contains("address = \"Pärnu mnt 105,\\nTallinn\"")
            || a.contains("Pärnu mnt 105,\nTallinn"),
        "{a}"
    );
    let u = env.file("uus-klient-ou");
    assert!(
        u.contains("tags = [\"uus\", \"vip\"]") && u.contains("phone = \"+37253334444\""),
        "{u}"
    );
    assert!(u.contains("Rida üks\nRida kaks"), "{u}");
    assert_eq!(
        std::fs::read_dir(env.store.join("customers"))
            .expect("dir")
            .count(),
        3,
        "no duplicates"
    );
    assert_eq!(
        env.last_message(),
        "import csv kliendid.csv: 1 created, 1 updated, 1 skipped",
        "the commit counts rows as the printed summary does"
    );
    env.assert_clean();

    // The same file again brings nothing new: every row is unchanged
    // (multi-line notes included), nothing is "kept", and no commit is made.
    let again = env.ok(&["import", "csv", p.to_str().expect("utf-8"), "-f", "json"]);
    let again: Vec<serde_json::Value> = serde_json::from_str(&again).expect("json report");
    for r in &again {
        if r["action"] != "skipped" {
            assert_eq!(r["action"], "unchanged", "{r}");
            assert_eq!(r["reason"], "", "{r}");
        }
    }
    assert_eq!(
        env.commits(),
        before + 1,
        "a re-import of the same file commits nothing"
    );
}

/// Issue 13 withdrew the rule "one invalid row and nothing is written"
/// (it lost a firm's data to one odd cell): the row is imported without
/// the bad value, which is listed with row, column and value, and the exit
/// status is 1. `--strict` keeps all-or-nothing for scripts that want it;
/// `--skip-invalid` is still accepted and changes nothing.
#[test]
fn import_csv_with_a_bad_value_keeps_the_row_and_lists_the_value() {
    let env = Env::with_store();
    let p = env.tmp.path().join("leads.csv");
    std::fs::write(
        &p,
        "Company,Email,Phone\nGood Ltd,good@ltd.example,\nBad Ltd,not-an-email,\n",
    )
    .expect("write");
    let err = env.fails(
        1,
        &["import", "csv", p.to_str().expect("utf-8"), "--strict"],
    );
    assert!(
        err.contains("leads.csv") && err.contains("row 3") && err.contains("not-an-email"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_dir(env.store.join("customers"))
            .expect("dir")
            .count(),
        0,
        "--strict: nothing written"
    );
    let o = env.run(&["import", "csv", p.to_str().expect("utf-8"), "--dry-run"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("dry run, nothing written: 2 created"), "{err}");
    assert!(
        err.contains("row 3: Email 'not-an-email' left out"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_dir(env.store.join("customers"))
            .expect("dir")
            .count(),
        0
    );
    let before = env.commits();
    let o = env.run(&[
        "import",
        "csv",
        p.to_str().expect("utf-8"),
        "--skip-invalid",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(env.commits(), before + 1, "one commit");
    assert!(env.store.join("customers/good-ltd.toml").exists());
    let bad = env.file("bad-ltd");
    assert!(!bad.contains("not-an-email"), "{bad}");
    // --map names columns the automatic mapping does not know.
    std::fs::write(&p, "Firmanimi|Kontakt\nMapped Oy|Anna Laine\n").expect("write");
    env.ok(&[
        "import",
        "csv",
        p.to_str().expect("utf-8"),
        "--delimiter",
        "|",
        "--map",
        "Firmanimi=name,Kontakt=contact",
    ]);
    assert!(env.file("mapped-oy").contains("name = \"Anna Laine\""));
    let err = env.fails(
        2,
        &[
            "import",
            "csv",
            p.to_str().expect("utf-8"),
            "--map",
            "Nope=name",
        ],
    );
    assert!(err.contains("no column 'Nope'"), "{err}");
}

/// crm's own `export csv` read back into an empty store with the same
/// settings keeps what the columns carry: the customer's e-mail and phone,
/// the first contact with its own e-mail and phone, tags, stage, custom
/// fields. And the headers people write: "Contact", "Title" beside "Job
/// Title", home address columns together.
#[test]
fn import_csv_reads_crm_export_csv_back_and_common_contact_headers() {
    let env = Env::new();
    env.ok(&["init", "--demo", env.store.to_str().expect("utf-8")]);
    let csv = env.ok(&["export", "csv"]);
    let path = env.tmp.path().join("export.csv");
    std::fs::write(&path, &csv).expect("write");
    let other = env.tmp.path().join("other");
    env.ok(&["init", other.to_str().expect("utf-8")]);
    std::fs::copy(env.store.join("crm.toml"), other.join("crm.toml")).expect("cfg");
    env.git_in(&other, &["commit", "-qam", "same settings"]);
    let in_other = |args: &[&str]| env.ok_in(&other, args);
    in_other(&["import", "csv", path.to_str().expect("utf-8")]);
    let show = |json: String| -> serde_json::Value { serde_json::from_str(&json).expect("json") };
    let was = show(env.ok(&["show", "aripaev-as", "-f", "json"]));
    let now = show(in_other(&["show", "aripaev-as", "-f", "json"]));
    for key in [
        "name", "stage", "owner", "tags", "email", "website", "fields",
    ] {
        assert_eq!(now[key], was[key], "{key}");
    }
    // Phones come back in E.164 (issue 13): the same digits.
    let digits = |v: &serde_json::Value| {
        v.as_str()
            .unwrap_or("")
            .chars()
            .filter(|c| c.is_ascii_digit())
            .collect::<String>()
    };
    assert_eq!(digits(&now["phone"]), digits(&was["phone"]), "phone");
    let (c0, c1) = (&was["contacts"][0], &now["contacts"][0]);
    for key in ["name", "email"] {
        assert_eq!(c1[key], c0[key], "contact {key}");
    }
    assert_eq!(digits(&c1["phone"]), digits(&c0["phone"]), "contact phone");
    assert_ne!(
        now["email"], c1["email"],
        "the firm's e-mail stays the firm's"
    );

    let p = env.tmp.path().join("people.csv");
    std::fs::write(
        &p,
        "Company,Contact,Email,Title,Job Title,Home Street,Home City,Home Country,Work Country\n\
         Acme Ltd,Pekka Virtanen,pekka@acme.example,Dr.,CTO,Main St 1,Turku,Finland,Sweden\n",
    )
    .expect("write");
    let o = env.run(&["import", "csv", p.to_str().expect("utf-8")]);
    let summary = String::from_utf8_lossy(&o.stderr);
    assert!(
        o.status.success() && summary.contains("Contact=contact"),
        "{summary}"
    );
    assert!(
        summary.contains("Job Title=role") && !summary.contains(", Title="),
        "{summary}"
    );
    let f = env.file("acme-ltd");
    assert!(f.contains("name = \"Pekka Virtanen\""), "{f}");
    assert!(f.contains("role = \"CTO\""), "{f}");
    assert!(f.contains("address = \"Main St 1, Turku, Finland\""), "{f}");
    // A name over two lines (Alt+Enter in a cell) is one name on one line.
    std::fs::write(
        &p,
        "Company;Email\n\"Line\nBreak OÜ\";a@b.example\nGood OÜ;g@g.example\n",
    )
    .expect("write");
    env.ok(&["import", "csv", p.to_str().expect("utf-8")]);
    assert!(
        env.file("line-break-ou")
            .contains("name = \"Line Break OÜ\"")
    );
    assert!(env.store.join("customers/good-ou.toml").exists());
}

#[test]
fn import_csv_accepts_the_real_exports_of_other_programs() {
    let env = Env::with_store();
    if !corpus("salesforce_dataloader_accounts_excerpt.csv").exists() {
        eprintln!("skipped: shared/corpus is not beside the repository");
        return;
    }
    let run = |name: &str, extra: &[&str]| {
        let p = corpus(name);
        let mut args = vec!["import", "csv", p.to_str().expect("utf-8")];
        args.extend_from_slice(extra);
        env.run(&args)
    };
    let o = run("salesforce_dataloader_accounts_excerpt.csv", &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("5 created"));
    let g = env.file("gravity-investments");
    assert!(
        g.contains("address = \"00045742 150 Palmer Drive, FORT COLLINS, CO 80525, US\""),
        "{g}"
    );
    let o = run("thunderbird_import_semicolon.csv", &[]);
    assert!(o.status.success());
    assert!(
        env.file("john-doe")
            .contains("email = \"john@doe.invalid\"")
    );
    // Files whose rows hold junk (test data: 'pager' as a phone) import
    // whole since issue 13: the junk is listed (exit 1), the rest is in.
    for f in [
        "google_contacts_legacy.csv",
        "roundcube_all_fields_bom_ddmmyyyy.csv",
        "thunderbird_export_quoting.csv",
        "thunderbird_export_trailing_comma.csv",
        "outlook_email_columns.csv",
    ] {
        let o = run(f, &[]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(matches!(o.status.code(), Some(0 | 1)), "{f}: {err}");
        assert_eq!(
            o.status.code() == Some(1),
            err.contains("left out:"),
            "{f}: exit 1 exactly when something is left out: {err}"
        );
        assert!(
            String::from_utf8_lossy(&o.stdout).contains("created")
                || String::from_utf8_lossy(&o.stdout).contains("updated"),
            "{f}"
        );
    }
    env.assert_clean();
}

fn vcard_corpus(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/vcard")
        .join(name)
}

/// Run a Python check that needs `module`; None (skip) when it is missing,
/// except in CI, which installs it.
pub(crate) fn python_with(module: &str, script: &str, input: &str) -> Option<String> {
    let have = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .status()
        .is_ok_and(|s| s.success());
    if !have {
        assert!(
            !in_ci(),
            "python module {module} missing in CI; .ci/run installs it"
        );
        eprintln!("skipped: python module {module} is not installed");
        return None;
    }
    python(script, input)
}

#[test]
fn import_vcard_reads_every_corpus_file_with_their_awkward_parts() {
    let env = Env::with_store();
    let dir = vcard_corpus("");
    if !dir.exists() {
        eprintln!("skipped: shared/corpus is not beside the repository");
        return;
    }
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    for p in &names {
        let o = env.run(&["import", "vcard", p.to_str().expect("utf-8")]);
        // Exit 1: a value was left out (and listed); the rest is in.
        assert!(
            matches!(o.status.code(), Some(0 | 1)),
            "{}: {}",
            p.display(),
            String::from_utf8_lossy(&o.stderr)
        );
    }
    env.assert_clean();
    // Windows-1252 bytes and quoted-printable decode to the right letters.
    let all: String = std::fs::read_dir(env.store.join("customers"))
        .expect("dir")
        .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("read"))
        .collect();
    assert!(
        all.contains("Ñ Ñ Ñ"),
        "quoted-printable UTF-8 (Android 2.1)"
    );
    assert!(all.contains("Wurstdarm KG"), "Outlook's Windows-1252 card");
    assert!(
        all.contains("Möhrke") || all.contains("Öhrdingen"),
        "vCard 4.0 umlauts"
    );
    assert!(all.contains("Dummy GmbH"), "Nextcloud 4.0");
    // Text escapes decoded once: `FN:Dummy\, Dummy` is "Dummy, Dummy";
    // Outlook's quoted-printable `=0D=0A` is a plain line break.
    assert!(
        all.contains("name = \"Dummy, Dummy\""),
        "escaped comma in FN"
    );
    assert!(
        !all.contains("\\,") && !all.contains("\\r"),
        "no escape left over"
    );
    assert!(
        all.contains("This is the note field!!\nSecond line"),
        "QP line breaks"
    );
    let ibm = env.file("ibm");
    assert!(
        ibm.contains("name = \"Mr. Doe John I Johny\""),
        "FN, with ORG as the customer: {ibm}"
    );
    assert!(
        ibm.contains("birthday = 1980-05-21") && ibm.contains("email = \"john.doe@ibm.com\""),
        "{ibm}"
    );
    // Re-importing the same cards adds nothing.
    let before = env.commits();
    let p = vcard_corpus("apple_addressbook_6_1_v3.vcf");
    env.ok(&["import", "vcard", p.to_str().expect("utf-8")]);
    assert_eq!(env.commits(), before, "no duplicate contacts, no commit");
    // A file that is not the format at all: exit 2 (issue 13).
    let err = env.fails(
        2,
        &[
            "import",
            "vcard",
            env.store.join("crm.toml").to_str().expect("utf-8"),
        ],
    );
    assert!(err.contains("no BEGIN:VCARD"), "{err}");
}

#[test]
fn export_vcard_is_read_back_by_vobject() {
    let env = Env::with_store();
    env.ok(&["add", "Äripäev AS", "--tag", "media"]);
    env.ok(&[
        "contact",
        "add",
        "aripaev-as",
        "Pekka Virtanen",
        "--role",
        "CEO, Sales; Nordics",
        "--email",
        "pekka@aripaev.example",
        "--phone",
        "+358 40 1234567",
        "--birthday",
        "1975-03-14",
    ]);
    env.ok(&["add", "Solo OÜ", "--email", "solo@solo.example"]);
    let vcf = env.ok(&["export", "vcard"]);
    assert!(
        vcf.contains("\r\n") && vcf.lines().all(|l| l.len() <= 76),
        "CRLF, folded"
    );
    let Some(out) = python_with(
        "vobject",
        "import sys, vobject, json\nout=[]\nfor c in vobject.readComponents(sys.stdin.read()):\n    out.append({'fn': c.fn.value, 'org': c.org.value[0], 'email': c.email.value if hasattr(c,'email') else None, 'title': c.title.value if hasattr(c,'title') else None, 'bday': c.bday.value if hasattr(c,'bday') else None})\nprint(json.dumps(out))",
        &vcf,
    ) else {
        return;
    };
    let cards: Vec<serde_json::Value> = serde_json::from_str(&out).expect("json");
    assert_eq!(cards.len(), 2, "{cards:?}");
    let p = cards
        .iter()
        .find(|c| c["fn"] == "Pekka Virtanen")
        .expect("Pekka");
    assert_eq!(p["org"], "Äripäev AS");
    assert_eq!(p["title"], "CEO, Sales; Nordics");
    assert_eq!(p["email"], "pekka@aripaev.example");
    assert_eq!(p["bday"], "1975-03-14");
    // And our own import reads our export.
    let path = env.tmp.path().join("out.vcf");
    std::fs::write(&path, &vcf).expect("write");
    let other = Env::with_store();
    other.ok(&["import", "vcard", path.to_str().expect("utf-8")]);
    assert!(other.file("aripaev-as").contains("birthday = 1975-03-14"));
}

#[test]
fn export_ics_has_tasks_meetings_and_birthdays_with_stable_uids() {
    let env = Env::new();
    env.ok(&["init", "--demo", env.store.to_str().expect("utf-8")]);
    let ics = env.ok(&["export", "ics"]);
    assert_eq!(
        ics,
        env.ok(&["export", "ics"]),
        "the same file twice: stable UIDs"
    );
    let Some(out) = python_with(
        "icalendar",
        "import sys, json, icalendar\ncal=icalendar.Calendar.from_ical(sys.stdin.read())\nout={'todo':0,'event':0,'yearly':0,'uids':[]}\nfor c in cal.walk():\n    if c.name=='VTODO': out['todo']+=1; assert c.get('due') is not None or 'Ask for' in str(c.get('summary')) or c.get('categories')\n    if c.name=='VEVENT':\n        out['event']+=1\n        if c.get('rrule'): out['yearly']+=1\n    if c.name in ('VTODO','VEVENT'): out['uids'].append(str(c.get('uid')))\nprint(json.dumps(out))",
        &ics,
    ) else {
        return;
    };
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let open_tasks = ics.matches("BEGIN:VTODO").count();
    assert!(open_tasks > 0 && v["todo"] == open_tasks, "{v}");
    assert!(
        v["yearly"].as_u64().unwrap_or(0) > 0,
        "birthdays are yearly events: {v}"
    );
    assert!(
        v["event"].as_u64().unwrap_or(0) > v["yearly"].as_u64().unwrap_or(0),
        "meetings too: {v}"
    );
    let uids: Vec<&str> = v["uids"]
        .as_array()
        .expect("uids")
        .iter()
        .filter_map(|u| u.as_str())
        .collect();
    let mut unique = uids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), uids.len(), "UIDs are unique");
    // A closed task leaves the calendar; the others keep their UIDs. (A
    // task that repeats would leave its next copy: take one that does not.)
    let task = ics
        .split("BEGIN:VTODO\r\nUID:")
        .skip(1)
        .find(|t| !t.split("END:VTODO").next().unwrap_or("").contains("RRULE"))
        .expect("a task")
        .split('@')
        .next()
        .expect("uid")
        .to_string();
    env.ok(&["done", &task]);
    let after = env.ok(&["export", "ics"]);
    assert!(!after.contains(&format!("UID:{task}@crm")));
    assert_eq!(after.matches("BEGIN:VTODO").count(), open_tasks - 1);
}
