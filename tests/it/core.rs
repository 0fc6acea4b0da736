//! Issue 2: the store and the everyday commands, through the real binary.

use crate::common::Env;
use std::path::Path;

fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

// ---- init ----

#[test]
fn init_makes_a_git_store_with_settings_attributes_driver_and_one_commit() {
    let env = Env::with_store();
    let s = &env.store;
    assert!(s.join(".git").is_dir());
    let cfg = std::fs::read_to_string(s.join("crm.toml")).expect("crm.toml");
    assert!(cfg.contains(r#"stages = ["lead", "prospect", "customer", "inactive", "lost"]"#));
    assert!(cfg.contains("stale_after_days = 60"));
    assert!(cfg.contains(r#"phone_country = "EE""#));
    let ga = std::fs::read_to_string(s.join(".gitattributes")).expect(".gitattributes");
    assert!(ga.contains("customers/*.toml merge=crm"));
    // The driver runs this crm by its full path (git pull works where crm
    // is not on PATH), falling back to crm on PATH (issue 12).
    let driver = env.git(&["config", "merge.crm.driver"]);
    let exe = assert_cmd::cargo::cargo_bin("crm");
    assert!(
        driver.contains(&format!("c='{}'", exe.display()))
            && driver.contains("|| c=crm")
            && driver.trim().ends_with("merge-file %O %A %B %P"),
        "{driver}"
    );
    assert_eq!(env.commits(), 1);
    assert_eq!(
        env.git(&["log", "-1", "--format=%an <%ae>"]).trim(),
        "Mari Tamm <mari@firm.example>"
    );
    env.assert_clean();
}

#[test]
fn init_without_dir_makes_the_default_store_found_from_anywhere() {
    let env = Env::new();
    let mut c = env.crm();
    c.env_remove("CRM_DIR").args(["init"]);
    let o = c.output().expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let default = env.home.join(".local/share/crm");
    assert!(default.join("crm.toml").is_file());
    // A one-liner from another directory uses it.
    let mut c = env.crm();
    c.env_remove("CRM_DIR")
        .args(["add", "Acme Ltd"])
        .current_dir(&env.home);
    let o = c.output().expect("run");
    assert!(o.status.success());
    assert!(default.join("customers/acme-ltd.toml").is_file());
}

#[test]
fn init_refuses_an_existing_store_and_no_store_explains_how_to_make_one() {
    let env = Env::with_store();
    let err = env.fails(1, &["init", env.store.to_str().expect("utf-8")]);
    assert!(err.contains("already holds a crm store"), "{err}");
    let mut c = env.crm();
    c.env("CRM_DIR", env.tmp.path().join("nowhere"))
        .args(["add", "X"]);
    let o = c.output().expect("run");
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("no crm store") && err.contains("crm init"),
        "{err}"
    );
}

#[test]
fn store_is_found_from_a_subdirectory_and_by_flag() {
    let env = Env::with_store();
    let mut c = env.crm();
    c.env_remove("CRM_DIR")
        .current_dir(env.store.join("customers"))
        .args(["add", "Sub Dir OÜ"]);
    assert!(c.output().expect("run").status.success());
    let other = env.tmp.path().join("other");
    env.ok(&["init", other.to_str().expect("utf-8")]);
    let id = env.ok(&["-C", other.to_str().expect("utf-8"), "add", "Flagged AS"]);
    assert_eq!(id.trim(), "flagged-as");
    assert!(other.join("customers/flagged-as.toml").is_file());
    assert!(!env.store.join("customers/flagged-as.toml").exists());
    assert!(env.store.join("customers/sub-dir-ou.toml").is_file());
}

#[test]
fn init_demo_fills_a_valid_realistic_store() {
    let env = Env::new();
    let out = env.ok(&["init", "--demo", env.store.to_str().expect("utf-8")]);
    assert!(out.contains("customers"), "{out}");
    let files: Vec<_> = std::fs::read_dir(env.store.join("customers"))
        .expect("dir")
        .collect();
    assert!(
        (28..=40).contains(&files.len()),
        "{} customers",
        files.len()
    );
    assert_eq!(env.commits(), 2);
    env.assert_clean();
    let all: String = files
        .iter()
        .map(|f| std::fs::read_to_string(f.as_ref().expect("entry").path()).expect("read"))
        .collect();
    for stage in ["\"open\"", "\"offer\"", "\"won\"", "\"lost\""] {
        assert!(
            all.contains(&format!("stage = {stage}")),
            "no deal in stage {stage}"
        );
    }
    for who in ["by = \"mari\"", "by = \"jaan\"", "by = \"liisa\""] {
        assert!(all.contains(who), "{who}");
    }
    assert!(all.contains("birthday = "));
    assert!(all.contains("done = false"));
    for name in ["Äripäev AS", "Mäkinen & Co Oy", "Northwind Traders Ltd"] {
        assert!(all.contains(name), "{name}");
    }
    // Two years of activities.
    assert!(all.contains("at = 2024-1") || all.contains("at = 2025-0"));
    // Every command can be tried at once: show works and names an overdue task.
    let card = env.ok(&["show", "aripaev-as"]);
    assert!(
        card.contains("Äripäev AS") && card.contains("Last activities"),
        "{card}"
    );
    // The same demo every time (pinned clock).
    let again = Env::new();
    again.ok(&["init", "--demo", again.store.to_str().expect("utf-8")]);
    assert_eq!(env.file("aripaev-as"), again.file("aripaev-as"));
}

// ---- add, show, set, rename, rm ----

#[test]
fn add_prints_slug_id_and_commits_once_with_a_readable_message() {
    let env = Env::with_store();
    let id = env.ok(&[
        "add",
        "Äripäev AS",
        "--tag",
        "media",
        "--email",
        "info@aripaev.example",
        "--phone",
        "5555 1234",
    ]);
    assert_eq!(id, "aripaev-as\n");
    assert_eq!(env.commits(), 2);
    assert_eq!(env.last_message(), "add aripaev-as: Äripäev AS");
    let f = env.file("aripaev-as");
    assert!(f.starts_with("name = \"Äripäev AS\"\nstage = \"lead\"\nowner = \"mari\"\ntags = [\"media\"]\ncreated = 2026-11-24\n"), "{f}");
    assert!(
        f.contains("phone = \"+37255551234\""),
        "E.164 in the file: {f}"
    );
    env.assert_clean();
}

#[test]
fn slugs_clash_to_numbered_ids_and_never_leave_customers_dir() {
    let env = Env::with_store();
    assert_eq!(env.ok(&["add", "Acme"]).trim(), "acme");
    let o = env.run(&["add", "ACME"]);
    assert!(o.status.success());
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), "acme-2");
    assert!(String::from_utf8_lossy(&o.stderr).contains("acme-2"));
    assert_eq!(env.ok(&["add", "../../etc/passwd"]).trim(), "etc-passwd");
    assert_eq!(env.ok(&["add", "/root/.ssh"]).trim(), "root-ssh");
    assert_eq!(env.ok(&["add", "CON"]).trim(), "con-1");
    let err = env.fails(2, &["add", "Sneaky", "--id", "../sneaky"]);
    assert!(err.contains("--id"), "{err}");
    assert!(!env.tmp.path().join("sneaky.toml").exists());
    let err = env.fails(2, &["rename", "acme", "Acme", "--id", "a/b"]);
    assert!(
        err.contains("--id") && err.contains("only lowercase letters"),
        "{err}"
    );
    let err = env.fails(2, &["add", "Console", "--id", "con"]);
    assert!(err.contains("Windows reserves"), "{err}");
    for entry in std::fs::read_dir(env.store.join("customers")).expect("dir") {
        let name = entry
            .expect("entry")
            .file_name()
            .into_string()
            .expect("utf-8");
        assert!(name.ends_with(".toml") && !name.starts_with('.'), "{name}");
    }
    env.assert_clean();
}

#[test]
fn show_prints_the_card_and_json() {
    let env = Env::with_store();
    env.ok(&[
        "add",
        "Acme Ltd",
        "--email",
        "info@acme.example",
        "--note",
        "Prefers e-mail",
    ]);
    env.ok(&[
        "contact",
        "add",
        "acme-ltd",
        "Pekka Virtanen",
        "--role",
        "CEO",
        "--birthday",
        "1975-03-14",
    ]);
    env.ok(&[
        "log",
        "acme-ltd",
        "call",
        "Agreed 5% discount",
        "--minutes",
        "25",
    ]);
    env.ok(&["task", "acme-ltd", "Send the offer", "--due", "2026-11-20"]);
    let did = env.ok(&[
        "deal",
        "add",
        "acme-ltd",
        "Annual package",
        "--amount",
        "12000",
        "--stage",
        "offer",
    ]);
    let card = env.ok(&["show", "acme"]);
    for want in [
        "Acme Ltd",
        "info@acme.example",
        "Pekka Virtanen",
        "CEO",
        "born 1975-03-14",
        "Annual package",
        did.trim(),
        "overdue",
        "Agreed 5% discount",
        "Prefers e-mail",
    ] {
        assert!(card.contains(want), "missing {want}:\n{card}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["show", "acme", "-f", "json"])).expect("json");
    assert_eq!(json["id"], "acme-ltd");
    assert_eq!(json["name"], "Acme Ltd");
    assert_eq!(json["deals"][0]["amount"], 12000.0);
    env.fails(2, &["show", "acme", "-f", "csv"]);
}

/// `-f` on a command that prints no records, or on a fixed file format,
/// is a usage error before anything is written, never silently ignored.
#[test]
fn a_format_a_command_cannot_print_is_refused_before_anything_is_written() {
    let env = Env::with_store();
    env.ok(&["add", "Acme Ltd"]);
    let before = env.commits();
    let err = env.fails(2, &["add", "Beta AS", "-f", "json"]);
    assert!(err.contains("crm add prints no records"), "{err}");
    env.fails(2, &["log", "acme", "call", "Hello", "-f", "csv"]);
    env.fails(2, &["set", "acme", "stage=customer", "-f", "json"]);
    assert_eq!(env.commits(), before);
    assert!(!env.store.join("customers/beta-as.toml").exists());
    assert!(!env.ok(&["show", "acme"]).contains("Hello"));
    let err = env.fails(2, &["export", "vcard", "-f", "json"]);
    assert!(err.contains("always writes vCard"), "{err}");
    assert!(err.contains("crm export csv -f json"), "{err}");
    env.fails(2, &["export", "ics", "-f", "csv"]);
    env.fails(2, &["export", "json", "-f", "jsonl"]);
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["export", "json", "-f", "json"])).expect("json");
    assert_eq!(json["customers"][0]["id"], "acme-ltd");
    let rows: serde_json::Value =
        serde_json::from_str(&env.ok(&["export", "csv", "-f", "json"])).expect("json");
    assert_eq!(rows[0]["name"], "Acme Ltd");
}

#[test]
fn set_changes_fields_tags_and_custom_fields_in_one_commit() {
    let env = Env::with_store();
    let cfg = env.store.join("crm.toml");
    let mut text = std::fs::read_to_string(&cfg).expect("cfg");
    text.push_str("\n[fields.industry]\ntype = \"enum\"\nvalues = [\"media\", \"retail\"]\n\n[fields.employees]\ntype = \"int\"\n");
    std::fs::write(&cfg, text).expect("write");
    env.git(&["commit", "-qam", "fields"]);
    env.ok(&["add", "Acme", "--tag", "old,media"]);
    let before = env.commits();
    env.ok(&[
        "set",
        "acme",
        "stage=customer",
        "tags+=vip",
        "tags-=old",
        "fields.industry=media",
        "fields.employees=12",
        "website=https://acme.example",
    ]);
    assert_eq!(env.commits(), before + 1);
    let f = env.file("acme");
    assert!(f.contains("stage = \"customer\""), "{f}");
    assert!(f.contains("tags = [\"media\", \"vip\"]"), "{f}");
    assert!(
        f.contains("[fields]\nindustry = \"media\"\nemployees = 12"),
        "{f}"
    );
    assert!(
        env.last_message()
            .starts_with("set acme: stage=customer, tags+=vip")
    );
    // Wrong types are refused, naming the field.
    let err = env.fails(1, &["set", "acme", "fields.employees=many"]);
    assert!(
        err.contains("fields.employees") && err.contains("many"),
        "{err}"
    );
    let err = env.fails(1, &["set", "acme", "fields.industry=space"]);
    assert!(err.contains("media, retail"), "{err}");
    let err = env.fails(1, &["set", "acme", "fields.colour=red"]);
    assert!(err.contains("[fields.colour]"), "{err}");
    // Removing with an empty value.
    env.ok(&["set", "acme", "website="]);
    assert!(!env.file("acme").contains("website"));
    env.ok(&["set", "acme", "created="]);
    assert!(!env.file("acme").contains("created"));
    let err = env.fails(1, &["set", "acme", "stage="]);
    assert!(
        err.contains("stage") && err.contains("cannot be empty"),
        "{err}"
    );
    env.assert_clean();
}

#[test]
fn rename_keeps_id_or_moves_file() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    env.ok(&["log", "acme", "call", "hello"]);
    env.ok(&["rename", "acme", "Acme Group AS"]);
    assert!(env.file("acme").starts_with("name = \"Acme Group AS\""));
    let out = env.ok(&["rename", "acme", "Acme Group AS", "--id", "acme-group"]);
    assert_eq!(out.trim(), "acme-group");
    assert!(!env.store.join("customers/acme.toml").exists());
    assert!(env.file("acme-group").contains("text = \"hello\""));
    assert_eq!(
        env.last_message(),
        "rename acme → acme-group: Acme Group AS → Acme Group AS"
    );
    env.assert_clean();
}

#[test]
fn rm_removes_the_file_and_history_keeps_it() {
    let env = Env::with_store();
    env.ok(&["add", "Gone OÜ"]);
    env.ok(&["rm", "gone-ou"]);
    assert!(!env.store.join("customers/gone-ou.toml").exists());
    assert_eq!(env.last_message(), "rm gone-ou: Gone OÜ");
    let old = env.git(&["show", "HEAD~1:customers/gone-ou.toml"]);
    assert!(old.contains("Gone OÜ"));
    env.fails(3, &["show", "gone-ou"]);
    env.assert_clean();
}

// ---- edit ----

fn editor_script(env: &Env, name: &str, body: &str) -> String {
    let p = env.tmp.path().join(name);
    std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).expect("script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    p.to_str().expect("utf-8").to_string()
}

/// Run `crm edit acme` with `VAR` set to an editor script doing `body`,
/// stdin not a terminal.
fn edit_with(env: &Env, var: &str, body: &str) -> std::process::Output {
    let ed = editor_script(env, "editor.sh", body);
    env.crm()
        .env(var, &ed)
        .args(["edit", "acme"])
        .write_stdin("")
        .output()
        .expect("run")
}

#[test]
fn edit_commits_a_valid_edit_made_in_the_editor() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let o = edit_with(
        &env,
        "EDITOR",
        "sed -i 's/stage = \"lead\"/stage = \"customer\" # won them over/' \"$1\"",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        env.file("acme")
            .contains("stage = \"customer\" # won them over")
    );
    assert_eq!(env.last_message(), "edit acme: Acme");
    env.assert_clean();
}

#[test]
fn edit_that_is_invalid_keeps_the_file_and_saves_the_text_to_a_recovery_file() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let before = env.file("acme");
    let commits = env.commits();
    let o = edit_with(
        &env,
        "VISUAL",
        "printf '# my careful notes\\nstage = \"bogus\"\\n' >> \"$1\"",
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("customers/acme.toml"), "{err}");
    assert_eq!(env.file("acme"), before, "the file must stay as it was");
    assert_eq!(env.commits(), commits);
    let rec_dir = env.store.join(".git/crm-recovery");
    let rec = std::fs::read_dir(&rec_dir)
        .expect("recovery dir")
        .next()
        .expect("a recovery file")
        .expect("entry")
        .path();
    assert!(
        err.contains(rec.to_str().expect("utf-8")),
        "error must name the recovery file: {err}"
    );
    let saved = std::fs::read_to_string(&rec).expect("read");
    assert!(
        saved.contains("# my careful notes"),
        "nothing typed is lost"
    );
    env.assert_clean();
}

#[test]
fn edit_with_bad_toml_names_the_line() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let o = edit_with(&env, "EDITOR", "printf 'this is = = not toml\\n' >> \"$1\"");
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("customers/acme.toml:6:"), "{err}");
}

#[test]
fn edit_on_a_terminal_reopens_the_editor_until_the_text_is_valid() {
    if !which("script") {
        eprintln!("skipped: script(1) is not installed");
        return;
    }
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let marker = env.tmp.path().join("second-time");
    // First save is invalid; the second fixes it.
    let ed = editor_script(
        &env,
        "twice.sh",
        &format!(
            "if [ -f '{m}' ]; then sed -i 's/\"bogus\"/\"customer\"/' \"$1\"; else touch '{m}'; sed -i 's/\"lead\"/\"bogus\"/' \"$1\"; fi",
            m = marker.display()
        ),
    );
    let crm = assert_cmd::cargo::cargo_bin("crm");
    let o = env
        .command("script")
        .args(["-qec", &format!("{} edit acme", crm.display()), "/dev/null"])
        .env("EDITOR", &ed)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut ch| {
            use std::io::Write;
            ch.stdin.take().expect("stdin").write_all(b"\n")?;
            ch.wait_with_output()
        })
        .expect("run script");
    let screen = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{screen}");
    assert!(screen.contains("'bogus' is not one of"), "{screen}");
    assert!(env.file("acme").contains("stage = \"customer\""));
    assert_eq!(env.last_message(), "edit acme: Acme");
    env.assert_clean();
}

// ---- contacts ----

#[test]
fn contact_add_set_rm_and_readding_is_quiet() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    env.ok(&[
        "contact",
        "add",
        "acme",
        "Pekka Virtanen",
        "--role",
        "CEO",
        "--phone",
        "+358 40 1234567",
        "--email",
        "pekka@acme.example",
    ]);
    let c = env.commits();
    let o = env.run(&["contact", "add", "acme", "Pekka Virtanen", "--role", "CEO"]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("nothing changed"));
    assert_eq!(env.commits(), c, "re-adding makes no commit");
    env.ok(&[
        "contact",
        "set",
        "acme",
        "pekka virtanen",
        "role=CFO",
        "birthday=1975-03-14",
    ]);
    let f = env.file("acme");
    assert!(
        f.contains("role = \"CFO\"") && f.contains("birthday = 1975-03-14"),
        "{f}"
    );
    assert!(
        f.contains("phone = \"+358401234567\""),
        "numbers are stored in E.164 (issue 13): {f}"
    );
    let err = env.fails(
        1,
        &[
            "contact",
            "add",
            "acme",
            "Pekka Virtanen",
            "--role",
            "Janitor",
        ],
    );
    assert!(err.contains("contact set"), "{err}");
    let err = env.fails(3, &["contact", "rm", "acme", "Nobody"]);
    assert!(err.contains("Pekka Virtanen"), "{err}");
    env.ok(&["contact", "rm", "acme", "Pekka Virtanen"]);
    assert!(!env.file("acme").contains("Pekka"));
    env.assert_clean();
}

// ---- log, task, done, deals ----

#[test]
fn log_records_activity_with_all_options_and_prints_its_id() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let id = env.ok(&[
        "log",
        "acme",
        "call",
        "Agreed 5% discount",
        "--minutes",
        "25",
        "--with",
        "Pekka",
        "--at",
        "2026-11-22 14:00",
        "--due",
        "2026-12-01",
    ]);
    let id = id.trim();
    assert!(id.starts_with('a') && id.len() == 13, "{id}");
    let f = env.file("acme");
    for want in [
        &format!("id = \"{id}\""),
        "at = 2026-11-22T14:00:00+02:00",
        "kind = \"call\"",
        "by = \"mari\"",
        "with = \"Pekka\"",
        "text = \"Agreed 5% discount\"",
        "minutes = 25",
        "due = 2026-12-01",
        "done = false",
    ] {
        assert!(f.contains(want), "missing {want}\n{f}");
    }
    assert_eq!(env.last_message(), "log acme: call — Agreed 5% discount");
    env.assert_clean();
}

#[test]
fn log_reads_text_from_stdin_and_keeps_activities_in_time_order() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let o = env
        .crm()
        .args(["log", "acme", "email", "-"])
        .write_stdin("Line one\nLine two\n")
        .output()
        .expect("run");
    assert!(o.status.success());
    env.ok(&[
        "log",
        "acme",
        "meeting",
        "earlier",
        "--at",
        "yesterday 15:30",
    ]);
    env.ok(&[
        "log",
        "acme",
        "note",
        "earliest",
        "--at",
        "2026-01-05T09:00:00+02:00",
    ]);
    let f = env.file("acme");
    assert!(
        f.contains("text = \"\"\"\nLine one\nLine two\n\"\"\""),
        "{f}"
    );
    let earliest = f.find("earliest").expect("earliest");
    let earlier = f.find("earlier\"").expect("earlier");
    let now = f.find("Line one").expect("stdin text");
    assert!(
        earliest < earlier && earlier < now,
        "not in time order:\n{f}"
    );
    // A pipe without TEXT reads stdin too.
    let o = env
        .crm()
        .args(["log", "acme", "note"])
        .write_stdin("piped note")
        .output()
        .expect("run");
    assert!(o.status.success());
    assert!(env.file("acme").contains("text = \"piped note\""));
}

#[test]
fn task_and_done_by_unique_prefix() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let t = env.ok(&[
        "task",
        "acme",
        "Send the offer",
        "--due",
        "friday",
        "--for",
        "jaan",
    ]);
    let t = t.trim();
    let f = env.file("acme");
    assert!(
        f.contains("kind = \"task\"")
            && f.contains("by = \"jaan\"")
            && f.contains("due = 2026-11-27"),
        "{f}"
    );
    env.ok(&["done", &t[..6]]);
    assert!(env.file("acme").contains("done = true"));
    assert!(env.last_message().starts_with("done acme: Send the offer"));
    let c = env.commits();
    env.ok(&["done", t]);
    assert_eq!(env.commits(), c, "done twice is a quiet success");
    env.fails(3, &["done", "zzzz"]);
}

#[test]
fn deal_add_and_set_with_closed_date_on_won() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let d = env.ok(&[
        "deal",
        "add",
        "acme",
        "Annual package",
        "--amount",
        "12 000,50",
        "--stage",
        "offer",
        "--probability",
        "60",
        "--expected",
        "2026-12-15",
    ]);
    let d = d.trim();
    assert!(d.starts_with('d'));
    let f = env.file("acme");
    for want in [
        "title = \"Annual package\"",
        "amount = 12000.5",
        "currency = \"EUR\"",
        "stage = \"offer\"",
        "probability = 60",
        "expected = 2026-12-15",
    ] {
        assert!(f.contains(want), "missing {want}\n{f}");
    }
    env.ok(&["deal", "set", &d[..5], "stage=won", "amount=13000"]);
    let f = env.file("acme");
    assert!(
        f.contains("stage = \"won\"")
            && f.contains("closed = 2026-11-24")
            && f.contains("amount = 13000\n"),
        "{f}"
    );
    let err = env.fails(1, &["deal", "set", d, "stage=maybe"]);
    assert!(err.contains("open, offer, won, lost"), "{err}");
    let err = env.fails(1, &["deal", "add", "acme", "Bad", "--amount", "lots"]);
    assert!(err.contains("--amount"), "{err}");
    env.assert_clean();
}

// ---- references ----

#[test]
fn references_resolve_by_id_name_email_phone_prefix_and_fuzzy() {
    let env = Env::with_store();
    env.ok(&["add", "Äripäev AS", "--email", "info@aripaev.example"]);
    env.ok(&["add", "Tartu Tarkvara OÜ", "--phone", "+372 5111 2222"]);
    env.ok(&[
        "contact",
        "add",
        "tartu-tarkvara-ou",
        "Kadri Saar",
        "--email",
        "kadri@tt.example",
        "--phone",
        "5333 4444",
    ]);
    let name_of = |r: &str| -> String {
        let j: serde_json::Value =
            serde_json::from_str(&env.ok(&["show", r, "-f", "json"])).expect("json");
        j["id"].as_str().expect("id").to_string()
    };
    assert_eq!(name_of("aripaev-as"), "aripaev-as");
    assert_eq!(name_of("äripäev as"), "aripaev-as");
    assert_eq!(name_of("INFO@aripaev.example"), "aripaev-as");
    assert_eq!(name_of("kadri@tt.example"), "tartu-tarkvara-ou");
    assert_eq!(name_of("53334444"), "tartu-tarkvara-ou");
    assert_eq!(name_of("+372-5111-2222"), "tartu-tarkvara-ou");
    assert_eq!(name_of("tartu-t"), "tartu-tarkvara-ou");
    assert_eq!(name_of("tarkvara"), "tartu-tarkvara-ou");
    assert_eq!(name_of("aripaev"), "aripaev-as");
}

#[test]
fn ambiguous_or_unknown_references_exit_3_with_candidates_and_never_prompt() {
    let env = Env::with_store();
    env.ok(&["add", "Acme Trading"]);
    env.ok(&["add", "Acme Analytics"]);
    let err = env.fails(3, &["log", "acme", "call", "x"]);
    assert!(
        err.contains("ambiguous") && err.contains("acme-trading") && err.contains("acme-analytics"),
        "{err}"
    );
    let err = env.fails(3, &["show", "zebra"]);
    assert!(err.contains("no customer matches 'zebra'"), "{err}");
    // Many candidates: the count, ten of them, and how many more.
    for i in 1..=14 {
        env.ok(&["add", &format!("Baltic Freight {i:02}")]);
    }
    let err = env.fails(3, &["show", "baltic-freight"]);
    assert!(err.contains("it matches 14 customers"), "{err}");
    assert!(err.contains("baltic-freight-10"), "{err}");
    assert!(!err.contains("baltic-freight-11"), "{err}");
    assert!(err.contains("… and 4 more"), "{err}");
}

// ---- messy input and duplicates ----

#[test]
fn phones_are_normalised_and_repeats_are_quiet_successes() {
    let env = Env::with_store();
    env.ok(&["add", "Acme", "--phone", "(+372) 5555-1234", "--tag", "vip"]);
    assert!(env.file("acme").contains("phone = \"+37255551234\""));
    let c = env.commits();
    for args in [
        vec!["set", "acme", "tags+=vip"],
        vec!["set", "acme", "tags+=VIP"],
        vec!["set", "acme", "phone=55551234"],
        vec!["set", "acme", "phone=+372 5555 1234"],
    ] {
        let o = env.run(&args);
        assert!(o.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("nothing changed"),
            "{args:?}"
        );
    }
    assert_eq!(env.commits(), c, "no commit for what is already there");
    let err = env.fails(1, &["set", "acme", "phone=call me maybe"]);
    assert!(
        err.contains("phone") && err.contains("not a phone number"),
        "{err}"
    );
}

#[test]
fn an_email_or_phone_owned_by_another_customer_is_reported_as_a_likely_duplicate() {
    let env = Env::with_store();
    env.ok(&[
        "add",
        "Acme",
        "--email",
        "info@acme.example",
        "--phone",
        "5555 1234",
    ]);
    let o = env.run(&["add", "ACME Ltd", "--email", "INFO@acme.example"]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("likely duplicate") && err.contains("acme (Acme)"),
        "{err}"
    );
    env.ok(&["add", "Other"]);
    let o = env.run(&[
        "contact",
        "add",
        "other",
        "Someone",
        "--phone",
        "+372 5555 1234",
    ]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("acme (Acme)"));
}

// ---- validation ----

#[test]
fn invalid_values_are_refused_and_nothing_is_written() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let before = env.file("acme");
    let commits = env.commits();
    let cases: Vec<(i32, Vec<&str>, &str)> = vec![
        (
            1,
            vec!["set", "acme", "stage=bogus"],
            "lead, prospect, customer, inactive, lost",
        ),
        (1, vec!["log", "acme", "visit", "x"], "call, meeting"),
        (
            2,
            vec!["log", "acme", "call", "x", "--at", "someday"],
            "--at",
        ),
        (2, vec!["task", "acme", "x", "--due", "2026-02-30"], "--due"),
        (1, vec!["set", "acme", "email=not-an-email"], "e-mail"),
        (
            1,
            vec!["deal", "add", "acme", "X", "--amount", "-5"],
            "negative",
        ),
        (
            1,
            vec![
                "deal",
                "add",
                "acme",
                "X",
                "--amount",
                "5",
                "--probability",
                "101",
            ],
            "0 to 100",
        ),
        (
            1,
            vec!["set", "acme", "fields.size=3"],
            "no custom field 'size'",
        ),
        (2, vec!["set", "acme", "color=red"], "not a field"),
        (2, vec!["set", "acme", "stage"], "KEY=VALUE"),
        (1, vec!["add", "X", "--stage", "nope"], "stage"),
    ];
    for (code, args, want) in cases {
        let err = env.fails(code, &args);
        assert!(err.contains(want), "{args:?}: {err}");
        assert!(err.starts_with("error: "), "{err}");
    }
    assert_eq!(env.file("acme"), before);
    assert_eq!(env.commits(), commits);
    assert!(!env.store.join("customers/x.toml").exists());
    env.assert_clean();
}

// ---- formatting preserved ----

#[test]
fn edits_keep_comments_key_order_formatting_and_unknown_keys() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let hand = "# Our oldest customer.\nname    = \"Acme\"   # legal name\nowner = \"mari\"\nstage = \"lead\"\ntags = [ \"a\" ]\nlegacy_id = 42   # from the old CRM\n\n[extra]\nnote = \"kept\"\n\n[[activities]]\nid = \"a0000000000001\"\nat = 2026-01-01T10:00:00+02:00\nkind = \"call\"\nby = \"mari\"\ntext = \"first\"\n";
    env.write_file("acme", hand);
    env.git(&["commit", "-qam", "hand edit"]);
    env.ok(&["set", "acme", "stage=customer"]);
    env.ok(&["log", "acme", "note", "second", "--at", "2026-02-01 10:00"]);
    let f = env.file("acme");
    assert!(f.starts_with("# Our oldest customer.\nname    = \"Acme\"   # legal name\nowner = \"mari\"\nstage = \"customer\"\ntags = [ \"a\" ]\nlegacy_id = 42   # from the old CRM\n\n[extra]\nnote = \"kept\"\n"), "{f}");
    assert!(f.find("first").expect("first") < f.find("second").expect("second"));
    assert_eq!(count(&f, "[[activities]]"), 2);
    env.assert_clean();
}

// ---- concurrency and locks ----

#[test]
fn twenty_parallel_logs_leave_twenty_activities_and_a_valid_repository() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let children: Vec<_> = (0..20)
        .map(|i| {
            let mut c = env.crm_std();
            c.args(["log", "acme", "call", &format!("parallel call {i}")])
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            c.spawn().expect("spawn")
        })
        .collect();
    for ch in children {
        let o = ch.wait_with_output().expect("wait");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let f = env.file("acme");
    assert_eq!(count(&f, "[[activities]]"), 20);
    for i in 0..20 {
        assert!(
            f.contains(&format!("\"parallel call {i}\"")),
            "call {i} lost"
        );
    }
    assert_eq!(env.commits(), 2 + 20);
    env.assert_clean();
}

#[test]
fn a_lock_left_by_a_killed_process_does_not_block() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let lock = env.store.join(".git/crm.lock");
    // A holder that dies without cleaning up (flock(1) from util-linux).
    if which("flock") {
        let mut holder = std::process::Command::new("flock")
            .arg("-o")
            .arg(&lock)
            .args(["sleep", "30"])
            .spawn()
            .expect("flock");
        std::thread::sleep(std::time::Duration::from_millis(200));
        holder.kill().expect("kill");
        holder.wait().expect("wait");
    }
    assert!(lock.exists(), "the lock file stays behind");
    let o = env
        .crm()
        .env("CRM_LOCK_TIMEOUT", "5")
        .args(["log", "acme", "call", "after the crash"])
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn a_held_lock_times_out_with_a_message() {
    if !which("flock") {
        eprintln!("skipped: flock(1) is not installed");
        return;
    }
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let lock = env.store.join(".git/crm.lock");
    let mut holder = std::process::Command::new("flock")
        .arg("-o")
        .arg(&lock)
        .args(["sleep", "30"])
        .spawn()
        .expect("flock");
    std::thread::sleep(std::time::Duration::from_millis(200));
    let o = env
        .crm()
        .env("CRM_LOCK_TIMEOUT", "1")
        .args(["log", "acme", "call", "blocked"])
        .output()
        .expect("run");
    holder.kill().expect("kill");
    let _ = holder.wait();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("crm.lock"));
}

fn which(cmd: &str) -> bool {
    std::process::Command::new("sh")
        .args(["-c", &format!("command -v {cmd}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

// ---- broken files ----

#[test]
fn a_hand_broken_file_does_not_stop_the_others() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    env.ok(&["add", "Beta"]);
    env.write_file("beta", "name = \"Beta\"\nstage = \n");
    let o = env.run(&["show", "Acme"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Acme"));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("customers/beta.toml:2"),
        "warning must name file and line: {err}"
    );
    // Writes to other customers still work, and the broken one is refused clearly.
    env.ok(&["log", "acme", "call", "still works"]);
    let err = env.fails(1, &["log", "beta", "call", "x"]);
    assert!(err.contains("customers/beta.toml:2:"), "{err}");
}

// ---- identity and global flags ----

#[test]
fn handles_come_from_as_crm_user_team_or_email() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    env.ok(&["--as", "jaan", "log", "acme", "call", "a"]);
    env.crm()
        .env("CRM_USER", "liisa")
        .args(["log", "acme", "call", "b"])
        .assert()
        .success();
    let cfg = env.store.join("crm.toml");
    let mut t = std::fs::read_to_string(&cfg).expect("cfg");
    t.push_str("\n[team.mt]\nname = \"Mari Tamm\"\nemail = \"mari@firm.example\"\n");
    std::fs::write(&cfg, t).expect("write");
    env.git(&["commit", "-qam", "team"]);
    env.ok(&["log", "acme", "call", "c"]);
    let f = env.file("acme");
    assert!(
        f.contains("by = \"jaan\"") && f.contains("by = \"liisa\"") && f.contains("by = \"mt\""),
        "{f}"
    );
    assert_eq!(env.git(&["log", "-1", "--format=%an"]).trim(), "Mari Tamm");
}

/// A CRM_NOW crm cannot read is refused, not silently replaced by the
/// real clock (a report pinned to a date would quietly be wrong).
#[test]
fn an_unreadable_crm_now_is_a_usage_error() {
    let env = Env::with_store();
    let o = env
        .crm()
        .env("CRM_NOW", "next tuesday")
        .args(["ls"])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("CRM_NOW='next tuesday'"));
    let o = env
        .crm()
        .env("CRM_NOW", "")
        .args(["ls"])
        .output()
        .expect("run");
    assert!(o.status.success(), "empty is unset");
}

#[test]
fn no_git_identity_is_a_clear_error() {
    let env = Env::with_store();
    std::fs::write(env.home.join(".gitconfig"), "").expect("write");
    let err = env.fails(1, &["add", "Acme"]);
    assert!(
        err.contains("git identity") && err.contains("git config --global user.name"),
        "{err}"
    );
    // Reading needs only a handle.
    let o = env
        .crm()
        .env("CRM_USER", "mari")
        .args(["agenda"])
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = env.fails(1, &["agenda"]);
    assert!(err.contains("CRM_USER=HANDLE"), "{err}");
}

#[test]
fn quiet_silences_info_and_help_has_examples_everywhere() {
    let env = Env::with_store();
    env.ok(&["add", "Acme", "--tag", "x"]);
    let o = env.run(&["-q", "set", "acme", "tags+=x"]);
    assert!(o.status.success());
    assert!(o.stderr.is_empty());
    let other = env.tmp.path().join("other");
    let o = env.run(&["-q", "init", other.to_str().expect("utf-8")]);
    assert!(o.status.success());
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "",
        "init -q prints nothing"
    );
    assert!(other.join("crm.toml").exists());
    let help = env.ok(&["--help"]);
    assert!(help.contains("Exit codes"));
    for cmd in [
        vec!["init"],
        vec!["add"],
        vec!["show"],
        vec!["edit"],
        vec!["set"],
        vec!["rename"],
        vec!["rm"],
        vec!["contact", "add"],
        vec!["contact", "set"],
        vec!["contact", "rm"],
        vec!["log"],
        vec!["task"],
        vec!["done"],
        vec!["deal", "add"],
        vec!["deal", "set"],
        vec!["completions"],
    ] {
        let mut args = cmd.clone();
        args.push("--help");
        let h = env.ok(&args);
        assert!(
            h.contains("Example"),
            "crm {} --help has no example",
            cmd.join(" ")
        );
    }
    env.fails(2, &["add"]);
    env.fails(2, &["--bogus"]);
    env.fails(2, &["-f", "xml", "show", "acme"]);
}

#[test]
fn color_is_off_on_a_pipe_and_on_when_forced() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let plain = env.ok(&["show", "acme"]);
    assert!(!plain.contains('\x1b'));
    let coloured = env.ok(&["--color", "always", "show", "acme"]);
    assert!(coloured.contains("\x1b[1m"));
}

// ---- completions ----

#[test]
fn completions_are_generated_for_every_shell_and_the_committed_files_are_current() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        ("bash", "crm.bash"),
        ("zsh", "_crm"),
        ("fish", "crm.fish"),
        ("powershell", "_crm.ps1"),
        ("elvish", "crm.elv"),
    ] {
        let out = env.ok(&["completions", shell]);
        assert!(out.contains("crm"), "{shell}");
        let committed = std::fs::read_to_string(root.join(file)).unwrap_or_default();
        assert!(
            committed == out,
            "completions/{file} is out of date: run `cargo run -- completions {shell} > completions/{file}`"
        );
    }
    env.fails(2, &["completions", "tcsh"]);
}

#[test]
fn man_pages_are_generated_and_the_committed_ones_are_current() {
    let env = Env::new();
    let out = env.tmp.path().join("man");
    env.ok(&["man", out.to_str().expect("utf-8")]);
    // `crm man DIR` writes into DIR/man1, where `man` looks.
    let out = out.join("man1");
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/man/man1");
    let list = |d: &Path| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(d)
            .map(|rd| {
                rd.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    };
    assert_eq!(
        list(&out),
        list(&committed),
        "docs/man is out of date: run `cargo run -- man docs/man`"
    );
    for name in list(&out) {
        let fresh = std::fs::read_to_string(out.join(&name)).expect("fresh");
        let old = std::fs::read_to_string(committed.join(&name)).unwrap_or_default();
        assert!(
            fresh == old,
            "docs/man/{name} is out of date: run `rm -r docs/man && cargo run -- man docs/man`"
        );
    }
    assert!(list(&out).contains(&"crm-log.1".to_string()));
    // The page of `crm deal add` shows the command as it is typed.
    let page = std::fs::read_to_string(out.join("crm-deal-add.1")).expect("crm-deal-add.1");
    assert!(page.contains("crm deal add"), "{page}");
    let page = std::fs::read_to_string(out.join("crm-merge-file.1")).expect("crm-merge-file.1");
    assert!(page.contains("crm merge\\-file"), "{page}");
    assert!(env.ok(&["man"]).contains(".TH crm 1"));
}
