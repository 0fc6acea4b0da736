//! Issue 3: the read side — ls, activities, agenda, search, periods and
//! machine formats — through the real binary, plus the one-liners of
//! docs/scripting.md run against the demo store.

use crate::common::Env;
use serde_json::Value;

/// A small store made through the binary: three customers, a few
/// activities, a deal, a task.
fn small() -> Env {
    let env = Env::with_store();
    env.ok(&[
        "add",
        "Äripäev AS",
        "--stage",
        "customer",
        "--tag",
        "media",
        "--tag",
        "vip",
        "--email",
        "info@aripaev.example",
        "--phone",
        "+372 5555 1234",
        "--note",
        "Prefers e-mail.",
    ]);
    env.ok(&[
        "add",
        "Acme Analytics Ltd",
        "--stage",
        "lead",
        "--owner",
        "jaan",
        "--tag",
        "old",
    ]);
    env.ok(&[
        "add",
        "Nõmme Aiand OÜ",
        "--stage",
        "prospect",
        "--tag",
        "garden",
    ]);
    env.ok(&[
        "contact",
        "add",
        "aripaev-as",
        "Pekka Virtanen",
        "--email",
        "pekka@aripaev.example",
    ]);
    env.ok(&[
        "log",
        "aripaev-as",
        "call",
        "Agreed 5% discount",
        "--at",
        "2026-11-22 10:15",
        "--minutes",
        "25",
    ]);
    env.ok(&[
        "log",
        "acme",
        "meeting",
        "Planning for 2027",
        "--at",
        "2026-11-26 14:00",
        "--minutes",
        "60",
        "--as",
        "jaan",
    ]);
    env.ok(&[
        "log",
        "nomme",
        "email",
        "Sent the price list",
        "--at",
        "2026-10-02 09:00",
    ]);
    env.ok(&["task", "aripaev", "Send the offer", "--due", "2026-11-20"]);
    env.ok(&[
        "task",
        "nomme",
        "Call back",
        "--due",
        "2026-11-27",
        "--for",
        "jaan",
    ]);
    env.ok(&[
        "deal",
        "add",
        "aripaev",
        "Annual package",
        "--amount",
        "12000.50",
        "--stage",
        "offer",
        "--probability",
        "60",
        "--expected",
        "2026-12-15",
    ]);
    env
}

fn json(s: &str) -> Vec<Value> {
    serde_json::from_str::<Value>(s)
        .expect("json")
        .as_array()
        .expect("array")
        .clone()
}

fn ids(s: &str) -> Vec<&str> {
    s.lines().collect()
}

#[test]
fn ls_lists_and_filters_with_the_query_language() {
    let env = small();
    // By name in the store's alphabet (Estonian: Ä after Z).
    assert_eq!(
        ids(&env.ok(&["ls", "-f", "ids"])),
        ["acme-analytics-ltd", "nomme-aiand-ou", "aripaev-as"]
    );
    let q = |args: &[&str]| {
        let mut a = vec!["ls", "-f", "ids"];
        a.extend_from_slice(args);
        env.ok(&a)
    };
    assert_eq!(q(&["stage:customer"]), "aripaev-as\n");
    assert_eq!(q(&["tag:vip"]), "aripaev-as\n");
    assert_eq!(q(&["-tag:old", "-tag:vip"]), "nomme-aiand-ou\n");
    assert_eq!(q(&["not:tag:old", "stage:prospect"]), "nomme-aiand-ou\n");
    assert_eq!(
        q(&["tag:old", "or", "tag:garden"]),
        "acme-analytics-ltd\nnomme-aiand-ou\n"
    );
    assert_eq!(q(&["owner:jaan"]), "acme-analytics-ltd\n");
    assert_eq!(q(&["owner:me"]), "nomme-aiand-ou\naripaev-as\n");
    assert_eq!(
        q(&["ARIPAEV"]),
        "aripaev-as\n",
        "bare words are folded text search"
    );
    assert_eq!(q(&["pekka"]), "aripaev-as\n", "contacts are searched");
    assert_eq!(q(&["phone:55551234"]), "aripaev-as\n");
    assert_eq!(q(&["amount>12000"]), "aripaev-as\n");
    assert_eq!(q(&["amount>12000.5"]), "");
    assert_eq!(q(&["created>=2026-11-01"]).lines().count(), 3);
    assert_eq!(q(&["created<2026"]), "");
    assert_eq!(q(&["kind:meeting"]), "acme-analytics-ltd\n");
    assert_eq!(q(&["minutes>=30"]), "acme-analytics-ltd\n");
    assert_eq!(q(&["is:overdue"]), "aripaev-as\n");
    assert_eq!(q(&["last:2026-10"]), "nomme-aiand-ou\n");
    // Query words may come as one shell word, values with spaces too.
    assert_eq!(q(&["stage:customer tag:vip"]), "aripaev-as\n");
    assert_eq!(q(&["last:last month"]), "nomme-aiand-ou\n");
}

#[test]
fn ls_bad_terms_fail_with_exit_2_naming_the_term() {
    let env = small();
    for (args, says) in [
        (
            vec!["ls", "stage:custmer"],
            "query term 'stage:custmer': 'custmer' is not a stage",
        ),
        (
            vec!["ls", "colour:red"],
            "query term 'colour:red': unknown key 'colour'",
        ),
        (vec!["ls", "amount>lots"], "'lots' is not a number"),
        (
            vec!["ls", "created>=soon"],
            "'soon' is not a date or period",
        ),
        (vec!["ls", "tag:a", "or"], "`or` needs a term on both sides"),
        (vec!["ls", "fields.size:3"], "no custom field 'size'"),
        (
            vec!["ls", "--sort", "colour"],
            "'colour' is not a customer field",
        ),
        (
            vec!["activities", "-p", "someday"],
            "-p: 'someday' is not a period",
        ),
        (
            vec!["activities", "--since", "2026-13"],
            "--since: '2026-13' is not a period",
        ),
        (
            vec!["report", "activity", "-p", "last fortnight"],
            "is not a period",
        ),
        (
            vec!["report", "pipeline", "kind:lunch"],
            "'lunch' is not a kind",
        ),
    ] {
        let err = env.fails(2, &args);
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(err.starts_with("error: "), "{err}");
    }
}

#[test]
fn ls_sorts_and_picks_fields_in_every_format() {
    let env = small();
    let csv = env.ok(&[
        "ls",
        "--sort",
        "-created",
        "--fields",
        "id,stage,email",
        "-f",
        "csv",
    ]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("id,stage,email"));
    assert!(csv.contains("aripaev-as,customer,info@aripaev.example\n"));
    let tsv = env.ok(&["ls", "--sort", "stage", "--fields", "id,stage", "-f", "tsv"]);
    assert_eq!(
        tsv,
        "id\tstage\nacme-analytics-ltd\tlead\nnomme-aiand-ou\tprospect\naripaev-as\tcustomer\n",
        "stages sort in crm.toml order"
    );
    let rows = json(&env.ok(&["ls", "tag:vip", "-f", "json"]));
    let r = rows[0].as_object().expect("object");
    for k in [
        "id",
        "name",
        "stage",
        "owner",
        "tags",
        "email",
        "phone",
        "notes",
        "contacts",
        "deals",
        "last_contact",
        "open_tasks",
    ] {
        assert!(r.contains_key(k), "ls JSON has {k}: {r:?}");
    }
    assert_eq!(r["name"], "Äripäev AS");
    assert_eq!(r["tags"], serde_json::json!(["media", "vip"]));
    assert_eq!(r["deals"][0]["amount"].to_string(), "12000.5");
    assert_eq!(r["last_contact"], "2026-11-22");
    assert_eq!(r["open_tasks"], 1);
    let jsonl = env.ok(&["ls", "--fields", "id,name", "-f", "jsonl"]);
    assert_eq!(jsonl.lines().count(), 3);
    assert!(jsonl.starts_with("{\"id\":\"acme-analytics-ltd\",\"name\":\"Acme Analytics Ltd\"}\n"));
    // A pipe gets a table without borders or colour: awk-able columns.
    let table = env.ok(&["ls"]);
    assert!(
        !table.contains('│') && !table.contains('─') && !table.contains('\x1b'),
        "{table}"
    );
    let first: Vec<&str> = table
        .lines()
        .nth(1)
        .expect("row")
        .split_whitespace()
        .collect();
    assert_eq!(first[0], "acme-analytics-ltd");
    assert_eq!(first[1..4], ["Acme", "Analytics", "Ltd"]);
    assert_eq!(first[4], "lead");
}

#[test]
fn ls_skips_a_hand_broken_file_with_a_warning_naming_file_and_line() {
    let env = small();
    env.write_file(
        "nomme-aiand-ou",
        "name = \"Nõmme Aiand OÜ\"\nstage = \"prospect\nowner = \"mari\"\n",
    );
    let o = env.run(&["ls", "-f", "ids"]);
    assert!(o.status.success());
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "acme-analytics-ltd\naripaev-as\n"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("warning: skipped customers/nomme-aiand-ou.toml:2:"),
        "{err}"
    );
    // The other read commands go on too, and show still works for the others.
    let o = env.run(&["report", "activity"]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("customers/nomme-aiand-ou.toml:2"));
    assert!(env.ok(&["show", "aripaev"]).contains("Äripäev AS"));
}

#[test]
fn activities_newest_first_with_periods_and_json_keys() {
    let env = small();
    let all = env.ok(&["activities", "-f", "jsonl"]);
    let rows: Vec<Value> = all
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(rows.len(), 5);
    let keys: Vec<&String> = rows[0].as_object().expect("obj").keys().collect();
    assert_eq!(
        keys,
        [
            "customer", "id", "at", "kind", "by", "with", "text", "minutes", "due", "done"
        ]
    );
    assert_eq!(
        rows[0]["kind"], "meeting",
        "newest first: the planned meeting"
    );
    assert_eq!(rows[0]["at"], "2026-11-26T14:00:00+02:00");
    let q = |args: &[&str]| {
        let mut a = vec!["activities", "-f", "csv"];
        a.extend_from_slice(args);
        env.ok(&a)
            .lines()
            .skip(1)
            .map(|l| l.split(',').nth(3).unwrap_or("").to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(q(&["-p", "2026-10"]), ["email"]);
    assert_eq!(
        q(&[
            "-p",
            "2026-11-22..2026-11-30",
            "kind:call",
            "or",
            "kind:meeting"
        ]),
        ["meeting", "call"]
    );
    assert_eq!(
        q(&[
            "--since",
            "2026-11-22",
            "--until",
            "2026-11-25",
            "-kind:task"
        ]),
        ["call"]
    );
    // --since and --until take dates as people write them, not just periods.
    assert_eq!(
        q(&[
            "--since",
            "22.11.2026",
            "--until",
            "25.11.2026",
            "-kind:task"
        ]),
        ["call"]
    );
    assert_eq!(
        q(&["(kind:call", "or", "kind:meeting)", "-p", "2026-11"]),
        ["meeting", "call"]
    );
    assert_eq!(q(&["by:jaan"]), ["meeting", "task"]);
    assert_eq!(q(&["tag:vip", "is:open"]), ["task"]);
    assert_eq!(q(&["discount"]), ["call"]);
    assert_eq!(q(&["minutes>=25", "minutes<60"]), ["call"]);
    assert_eq!(q(&["-p", "last 30 days", "customer:nomme"]), ["task"]);
    // -f ids prints activity ids, ready for `crm done`.
    let id = env.ok(&["activities", "is:overdue", "-f", "ids"]);
    env.ok(&["done", id.trim()]);
    assert_eq!(env.ok(&["activities", "is:overdue", "-f", "ids"]), "");
}

#[test]
fn agenda_shows_mine_and_bare_crm_shows_it_too() {
    let env = small();
    env.ok(&[
        "contact",
        "add",
        "aripaev",
        "Maarja Lepik",
        "--birthday",
        "1963-11-26",
    ]);
    env.ok(&[
        "contact",
        "add",
        "acme",
        "Jack Taylor",
        "--birthday",
        "1980-11-25",
    ]);
    let mine = env.ok(&["agenda"]);
    assert!(
        mine.starts_with("mari's agenda for Tue 2026-11-24"),
        "{mine}"
    );
    assert!(mine.contains("Overdue tasks (1)"), "{mine}");
    assert!(mine.contains("Send the offer"), "{mine}");
    assert!(mine.contains("Maarja Lepik turns 63"), "{mine}");
    assert!(!mine.contains("Jack Taylor"), "acme is jaan's: {mine}");
    assert!(
        !mine.contains("Planning for 2027"),
        "jaan's meeting: {mine}"
    );
    assert!(!mine.contains("Call back"), "jaan's task: {mine}");
    assert_eq!(env.ok(&[]), mine, "bare crm is the agenda");
    let all = env.ok(&["agenda", "--all"]);
    for s in [
        "Planning for 2027",
        "Call back",
        "Jack Taylor turns 46",
        "Meetings (1)",
        "Tasks due (1)",
    ] {
        assert!(all.contains(s), "{s}: {all}");
    }
    let jaan = env.ok(&["agenda", "--as", "jaan", "-f", "json"]);
    let rows = json(&jaan);
    let sections: Vec<&str> = rows
        .iter()
        .map(|r| r["section"].as_str().expect("s"))
        .collect();
    assert_eq!(sections, ["due", "meeting", "birthday"], "{jaan}");
    assert_eq!(rows[1]["time"], "14:00");
    assert_eq!(rows[1]["customer"], "acme-analytics-ltd");
    // A short window drops the meeting in two days.
    let short = env.ok(&["agenda", "--all", "--days", "1", "-f", "csv"]);
    assert!(!short.contains("meeting"), "{short}");
}

#[test]
fn agenda_lists_stale_customers_and_report_stale_agrees() {
    let env = Env::with_store();
    env.write_file(
        "old-firm",
        "name = \"Old Firm\"\nstage = \"customer\"\nowner = \"mari\"\ncreated = 2025-01-01\n\n[[activities]]\nid = \"a1\"\nat = 2026-08-01T10:00:00+03:00\nkind = \"call\"\nby = \"mari\"\n",
    );
    env.write_file(
        "gone-firm",
        "name = \"Gone Firm\"\nstage = \"lost\"\nowner = \"mari\"\ncreated = 2025-01-01\n",
    );
    env.write_file(
        "new-firm",
        "name = \"New Firm\"\nstage = \"lead\"\nowner = \"mari\"\ncreated = 2026-11-01\n",
    );
    env.git(&["add", "-A"]);
    env.git(&["commit", "-q", "-m", "hand-made"]);
    let a = env.ok(&["agenda"]);
    assert!(a.contains("Stale customers (1)"), "{a}");
    assert!(
        a.contains("old-firm") && a.contains("no contact for 115 days"),
        "{a}"
    );
    assert!(!a.contains("gone-firm") && !a.contains("new-firm"), "{a}");
    assert_eq!(env.ok(&["report", "stale", "-f", "ids"]), "old-firm\n");
    assert_eq!(
        env.ok(&["report", "stale", "--days", "200", "-f", "ids"]),
        ""
    );
    assert_eq!(
        env.ok(&["report", "stale", "stage:lost", "-f", "ids"]),
        "gone-firm\n"
    );
    assert_eq!(env.ok(&["ls", "is:stale", "-f", "ids"]), "old-firm\n");
}

#[test]
fn bare_crm_without_a_store_prints_help() {
    let env = Env::new();
    let out = env.ok(&[]);
    assert!(out.contains("Usage: crm"), "{out}");
}

#[test]
fn search_finds_fuzzy_and_says_where() {
    let env = small();
    let rows = json(&env.ok(&["search", "aripev", "-f", "json"]));
    assert_eq!(rows[0]["customer"], "aripaev-as");
    assert_eq!(rows[0]["where"], "name", "name hits rank first: {rows:?}");
    let rows = json(&env.ok(&["search", "5555 1234", "-f", "json"]));
    assert_eq!(rows[0]["where"], "phone");
    let rows = json(&env.ok(&["search", "discount", "-f", "json"]));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["where"], "activity");
    assert!(
        rows[0]["entry"]
            .as_str()
            .is_some_and(|e| e.starts_with('a'))
    );
    let rows = json(&env.ok(&["search", "Virtanen", "-f", "json"]));
    assert_eq!(rows[0]["where"], "contact");
    let rows = json(&env.ok(&["search", "e-mail", "-f", "json"]));
    assert_eq!(rows[0]["where"], "notes");
    assert_eq!(env.ok(&["search", "zzzqqq", "-f", "json"]).trim(), "[]");
    assert_eq!(env.ok(&["search", "aripaev", "-f", "ids"]), "aripaev-as\n");
}

/// With `-f ids`, `-n` counts customers, not hits (regression: the limit
/// was applied before each customer's hits were folded into one line, so
/// `-n 4` could print three ids while a fourth customer matched).
#[test]
fn search_ids_limit_counts_customers() {
    let env = Env::with_store();
    env.ok(&["add", "Kivi OÜ", "--email", "kivi@kivi.example"]);
    env.ok(&["add", "Kivimaa AS"]);
    env.ok(&["add", "Suur Kivi Oy"]);
    env.ok(&["add", "Other Ltd", "--email", "info@kivi.example"]);
    assert_eq!(
        env.ok(&["search", "kivi", "-n", "4", "-f", "ids"]),
        "kivi-ou\nkivimaa-as\nsuur-kivi-oy\nother-ltd\n"
    );
    assert_eq!(
        env.ok(&["search", "kivi", "-n", "2", "-f", "ids"])
            .lines()
            .count(),
        2
    );
}

#[test]
fn help_of_every_read_command_has_an_example() {
    let env = Env::new();
    for cmd in [
        vec!["ls"],
        vec!["activities"],
        vec!["agenda"],
        vec!["search"],
        vec!["report", "pipeline"],
        vec!["report", "forecast"],
        vec!["report", "activity"],
        vec!["report", "turnover"],
        vec!["report", "value"],
        vec!["report", "stale"],
    ] {
        let mut a = cmd.clone();
        a.push("--help");
        let h = env.ok(&a);
        assert!(h.contains("Example: crm "), "{cmd:?}: {h}");
    }
}

// ---- the demo store and docs/scripting.md ----

fn demo() -> Env {
    let env = Env::new();
    env.ok(&["init", "--demo", env.store.to_str().expect("utf-8")]);
    env
}

#[test]
fn demo_reports_are_the_same_every_time() {
    let a = demo();
    let b = demo();
    for args in [
        vec!["report", "pipeline", "-f", "json"],
        vec!["report", "activity", "--by", "customer", "-f", "csv"],
        vec!["agenda", "--all"],
        vec!["ls", "-f", "json"],
    ] {
        assert_eq!(a.ok(&args), b.ok(&args), "{args:?}");
    }
}

/// Every ```sh block of docs/scripting.md runs against the demo store,
/// exits 0 and prints what its `# prints:` line says it prints.
#[test]
fn scripting_doc_one_liners_all_work_on_the_demo_store() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/scripting.md"))
        .expect("docs/scripting.md");
    let mut blocks = Vec::new();
    let mut cur: Option<String> = None;
    for line in doc.lines() {
        match (&mut cur, line.trim_end()) {
            (None, "```sh") => cur = Some(String::new()),
            (Some(_), "```") => blocks.push(cur.take().expect("block")),
            (Some(b), l) => {
                b.push_str(l);
                b.push('\n');
            }
            _ => {}
        }
    }
    assert!(
        blocks.len() >= 12,
        "at least 12 one-liners, found {}",
        blocks.len()
    );
    let env = demo();
    let bin = assert_cmd::cargo::cargo_bin("crm");
    let bindir = bin.parent().expect("bin dir");
    let path = format!(
        "{}:{}",
        bindir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for b in blocks {
        let expect: Vec<&str> = b
            .lines()
            .filter_map(|l| l.trim().strip_prefix("# prints: "))
            .collect();
        assert!(!expect.is_empty(), "one-liner without '# prints:':\n{b}");
        let work = env.tmp.path().join("work");
        std::fs::create_dir_all(&work).expect("work dir");
        // The pinned environment of `crm_std` (HOME, CRM_DIR, CRM_NOW …),
        // with the built crm first on PATH.
        let pinned = env.crm_std();
        let o = std::process::Command::new("sh")
            .args(["-c", &format!("set -e\n{b}")])
            .env_clear()
            .envs(
                pinned
                    .get_envs()
                    .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))),
            )
            .env("PATH", &path)
            .current_dir(&work)
            .output()
            .expect("sh");
        let out = String::from_utf8_lossy(&o.stdout);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            o.status.success(),
            "one-liner failed:\n{b}\nstdout:\n{out}\nstderr:\n{err}"
        );
        for e in expect {
            assert!(
                out.contains(e),
                "one-liner:\n{b}\nshould print '{e}', printed:\n{out}\nstderr:\n{err}"
            );
        }
    }
}

/// `crm … | head -1`: a reader that goes away is not an error. Every
/// record-printing command exits 0 and says nothing on stderr when its
/// stdout is closed (regression: `crm export json | head` printed
/// "error: Broken pipe" and exited 1).
#[test]
fn a_closed_stdout_pipe_ends_quietly_with_exit_0() {
    let env = demo();
    for args in [
        vec!["ls", "-f", "json"],
        vec!["ls"],
        vec!["activities", "-f", "jsonl"],
        vec![
            "report", "activity", "--by", "customer", "--period", "weekly",
        ],
        vec!["export", "json"],
        vec!["export", "csv"],
        vec!["export", "vcard"],
        vec!["export", "ics"],
        vec!["history", "aripaev"],
        vec!["show", "aripaev"],
    ] {
        let mut child = env
            .crm_std()
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn crm");
        // Close the read end before crm writes anything.
        drop(child.stdout.take());
        let o = child.wait_with_output().expect("wait");
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&o.stderr), "", "{args:?}");
    }
}

/// Tables on a pipe: every column as wide as its widest cell (display
/// width: `ä` is one column), one space either side, lines trimmed; a cell
/// wider than comfy-table's limit goes through comfy-table, which splits it
/// at 65,535 columns, as before.
#[test]
fn plain_tables_pad_every_column_to_its_widest_cell() {
    let env = small();
    let out = env.ok(&["ls", "--fields", "name,id,stage"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0].trim_end(), lines[0]);
    let name_w = ["Äripäev AS", "Acme Analytics Ltd", "Nõmme Aiand OÜ"]
        .iter()
        .map(|n| n.chars().count())
        .max()
        .expect("names");
    let id_w = "acme-analytics-ltd".len();
    let header = format!(
        " {:<name_w$}  {:<id_w$}  STAGE",
        "NAME",
        "ID",
        name_w = name_w,
        id_w = id_w
    );
    assert_eq!(lines[0], header);
    assert!(
        lines.contains(
            &format!(
                " {:<name_w$}  {:<id_w$}  customer",
                "Äripäev AS", "aripaev-as"
            )
            .as_str()
        ),
        "{out}"
    );
    assert_eq!(lines.len(), 4, "{out}");

    // '=' appears in no other column (activity ids are random letters, so
    // counting a letter would count the id's too).
    let wide = "=".repeat(70_000);
    env.ok(&["log", "aripaev-as", "note", &wide]);
    let out = env.ok(&["activities", "customer:aripaev-as", "kind:note"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "header and one row in two lines");
    assert!(lines[0].starts_with(" AT "), "{}", &lines[0][..40]);
    let ws: usize = lines[1..]
        .iter()
        .map(|l| l.chars().filter(|c| *c == '=').count())
        .sum();
    assert_eq!(ws, wide.len());
    assert!(lines[2].trim_start().starts_with('='));
}
