//! The first hour (issue 16): completion, man pages and their installation,
//! the README's first commands, periods as printed, files that are not CSV.
//! Completion through the real shells: bash runs the script `crm
//! completions bash` prints and calls its completion function as readline
//! would; fish asks
//! `complete -C`; zsh loads the script with compinit and the protocol its
//! function speaks is driven as zsh drives it. The answers are checked
//! against the demo store's files.

use crate::common::Env;
use std::collections::BTreeSet;
use std::path::Path;

fn demo() -> Env {
    let env = Env::new();
    env.ok(&["init", env.store.to_str().expect("utf-8"), "--demo"]);
    // A first read builds the cache, whose names completion reads (with
    // none, it offers the ids from the file names alone).
    env.ok(&["ls"]);
    env
}

/// Whether `program` runs here; in CI it must (`.ci/run` installs it).
fn have(program: &str) -> bool {
    let ok = std::process::Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok && std::env::var_os("CI").is_some() {
        panic!("{program} is missing: .ci/run installs it");
    }
    ok
}

/// What bash completes for the words of `line` (the last one being
/// completed, "" for a fresh word), by the script crm prints.
fn bash(env: &Env, line: &[&str]) -> Vec<String> {
    let words: Vec<String> = line.iter().map(|w| format!("'{w}'")).collect();
    let script = format!(
        r#"source <(crm completions bash)
COMP_WORDS=({words})
COMP_CWORD={cword}
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
COMP_TYPE=9
_clap_complete_crm crm "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        words = words.join(" "),
        cword = line.len() - 1,
    );
    let out = env
        .command("bash")
        .args(["-c", &script])
        .output()
        .expect("bash");
    assert!(
        out.status.success(),
        "bash: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim_end().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Every customer id of the store, the ids of open tasks (follow-ups and
/// complaints included: what `crm done` closes) and the contact names, from
/// the files.
fn from_files(store: &Path) -> (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>) {
    let mut ids = BTreeSet::new();
    let mut tasks = BTreeSet::new();
    let mut contacts = BTreeSet::new();
    for e in std::fs::read_dir(store.join("customers")).expect("customers") {
        let path = e.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("read");
        let v: toml::Value = toml::from_str(&text).expect("toml");
        let stem = path.file_stem().expect("stem").to_string_lossy();
        ids.insert(stem.into_owned());
        for a in v
            .get("activities")
            .and_then(|a| a.as_array())
            .into_iter()
            .flatten()
        {
            // Open until done (docs/format.md): a task, or any activity
            // with `due` or `done` — a follow-up, a complaint (issue 15).
            let task = a["kind"].as_str() == Some("task")
                || a.get("due").is_some()
                || a.get("done").is_some();
            if task && a.get("done").and_then(|d| d.as_bool()) != Some(true) {
                tasks.insert(a["id"].as_str().expect("id").to_string());
            }
        }
        for c in v
            .get("contacts")
            .and_then(|a| a.as_array())
            .into_iter()
            .flatten()
        {
            contacts.insert(c["name"].as_str().expect("name").to_string());
        }
    }
    (ids, tasks, contacts)
}

#[test]
fn bash_completes_customers_tasks_kinds_stages_periods_and_keys_from_the_store() {
    if !have("bash") {
        return;
    }
    let env = demo();
    let (ids, tasks, contacts) = from_files(&env.store);

    // Customer ids, by the start of the id or of a word of the name.
    let got = bash(&env, &["crm", "show", "ari"]);
    let want: Vec<String> = ids
        .iter()
        .filter(|i| i.starts_with("ari"))
        .cloned()
        .collect();
    assert!(!want.is_empty());
    assert_eq!(got, want);
    let mut every = bash(&env, &["crm", "log", ""]);
    every.retain(|w| !w.starts_with('-'));
    assert_eq!(every.len(), ids.len().min(200), "{every:?}");
    assert!(every.iter().all(|i| ids.contains(i)));
    let by_name = bash(&env, &["crm", "history", "baltic"]);
    assert!(
        by_name.contains(&"baltic-freight-ltd".to_string()),
        "{by_name:?}"
    );

    // Activity kinds and stages from crm.toml.
    assert_eq!(bash(&env, &["crm", "log", "aripaev-as", "ca"]), ["call"]);
    let stages = bash(&env, &["crm", "ls", "stage:"]);
    assert!(stages.contains(&"stage:customer".to_string()), "{stages:?}");
    assert_eq!(
        bash(&env, &["crm", "set", "aripaev-as", "stage=pro"]),
        ["stage=prospect"]
    );

    // The open tasks and complaints `crm done` can close: exactly those in
    // the files.
    let open: BTreeSet<String> = bash(&env, &["crm", "done", ""])
        .into_iter()
        .filter(|w| !w.starts_with('-'))
        .collect();
    assert!(!tasks.is_empty());
    assert_eq!(open, tasks);

    // Contact names for --with, periods for -p.
    let first = contacts.iter().next().expect("a contact");
    let prefix: String = first.chars().take(3).collect();
    let with = bash(
        &env,
        &["crm", "log", "aripaev-as", "call", "x", "--with", &prefix],
    );
    assert!(with.contains(first), "{with:?} lacks {first}");
    let periods = bash(&env, &["crm", "activities", "-p", "this-"]);
    assert!(periods.contains(&"this-month".to_string()), "{periods:?}");
    let week = bash(&env, &["crm", "activities", "-p", "2026-W"]);
    assert_eq!(week, ["2026-W48"]);
    // What completion offers, -p accepts.
    for p in periods.iter().chain(&week) {
        env.ok(&["activities", "-p", p, "-f", "ids"]);
    }

    // Outside any store, completion offers nothing and fails nothing.
    let mut c = env.command("bash");
    c.env("CRM_DIR", env.tmp.path().join("nowhere"));
    let out = c
        .args([
            "-c",
            "source <(crm completions bash); COMP_WORDS=(crm show a); COMP_CWORD=2; \
             _clap_complete_crm crm a show; echo \"n=${#COMPREPLY[@]}\"",
        ])
        .output()
        .expect("bash");
    assert!(String::from_utf8_lossy(&out.stdout).contains("n=0"));
}

#[test]
fn fish_and_zsh_complete_customer_ids_with_their_names() {
    let env = demo();
    if have("fish") {
        let out = env
            .command("fish")
            .args([
                "--no-config",
                "-c",
                "crm completions fish | source; complete -C 'crm show ari'",
            ])
            .output()
            .expect("fish");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.lines()
                .any(|l| l.split('\t').next() == Some("aripaev-as")),
            "fish: {text} {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    if have("zsh") {
        // The script registers its function for crm …
        let out = env
            .command("zsh")
            .args([
                "-f",
                "-c",
                "autoload -U compinit && compinit -u && source <(crm completions zsh) && print -r -- $_comps[crm]",
            ])
            .output()
            .expect("zsh");
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(text.trim(), "_clap_dynamic_completer_crm", "{text}");
        // … which calls crm back as zsh would for `crm show ari<TAB>`.
        let out = env
            .crm()
            .env("COMPLETE", "zsh")
            .env("_CLAP_IFS", "\n")
            .env("_CLAP_COMPLETE_INDEX", "2")
            .args(["--", "crm", "show", "ari"])
            .output()
            .expect("crm");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.lines().any(|l| l.starts_with("aripaev-as:")),
            "zsh protocol: {text}"
        );
    }
}

#[test]
fn completions_and_man_pages_install_where_shells_and_man_look() {
    let env = Env::new();
    let out = env
        .crm()
        .args(["completions", "--install"])
        .output()
        .expect("crm");
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    for (shell, path) in [
        ("bash", ".local/share/bash-completion/completions/crm"),
        ("fish", ".config/fish/completions/crm.fish"),
        ("zsh", ".zsh/crm-completion.zsh"),
    ] {
        let file = env.home.join(path);
        let text = std::fs::read_to_string(&file).unwrap_or_else(|_| panic!("{path}"));
        assert_eq!(text, env.ok(&["completions", shell]), "{shell}");
        assert!(said.contains(&file.display().to_string()), "{said}");
    }
    assert!(said.contains("~/.zshrc"), "{said}");
    env.fails(2, &["completions", "--install", "powershell"]);

    // crm runs from target/…, not from a bin/ directory: the pages go to
    // the XDG data directory's man/man1.
    env.ok(&["man", "--install"]);
    let man1 = env.home.join(".local/share/man/man1");
    let page = std::fs::read_to_string(man1.join("crm-log.1")).expect("crm-log.1");
    assert!(page.contains(".TH crm-log 1"), "{page}");
    assert!(
        page.contains("\\fBcrm log\\fR"),
        "the synopsis names `crm log`: {page}"
    );
    if std::process::Command::new("man")
        .arg("-w")
        .arg("man")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        let found = env
            .command("man")
            .args(["-w", "crm-log"])
            .env("MANPATH", env.home.join(".local/share/man"))
            .output()
            .expect("man");
        assert!(
            String::from_utf8_lossy(&found.stdout).contains("crm-log.1"),
            "man -w crm-log: {}",
            String::from_utf8_lossy(&found.stderr)
        );
    }
}

#[test]
fn iso_weeks_and_hyphenated_words_are_periods() {
    let env = demo();
    let by_week = env.ok(&["activities", "-p", "2026-W48", "-f", "ids"]);
    let by_days = env.ok(&["activities", "-p", "2026-11-23..2026-11-29", "-f", "ids"]);
    assert_eq!(by_week, by_days);
    assert_eq!(
        env.ok(&["activities", "-p", "this-month", "-f", "ids"]),
        env.ok(&["activities", "-p", "this month", "-f", "ids"])
    );
    let err = env.fails(2, &["activities", "-p", "2026-W60"]);
    assert!(err.contains("2026-W48"), "the hint shows the form: {err}");
}

#[test]
fn the_commands_the_readme_and_the_demo_suggest_work_as_typed() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    // The README opens with the install-and-demo line, then the tests.
    let first = readme
        .lines()
        .find(|l| l.starts_with("cargo "))
        .expect("a cargo line");
    assert_eq!(first, "cargo install --path . && crm init --demo");
    let env = Env::new();
    // The default store (no CRM_DIR), as on a new user's machine.
    let out = env
        .command("crm")
        .env_remove("CRM_DIR")
        .args(["init", "--demo"])
        .output()
        .expect("crm init --demo");
    assert!(out.status.success());
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    let tries: Vec<String> = said
        .lines()
        .filter_map(|l| l.trim().strip_prefix("Try:").or(Some(l.trim())))
        .map(str::trim)
        .filter(|l| l.starts_with("crm "))
        .map(str::to_string)
        .collect();
    assert!(tries.len() >= 2, "{said}");
    for line in tries {
        let status = env
            .command("bash")
            .env_remove("CRM_DIR")
            .args(["-c", &line])
            .status()
            .expect("bash");
        assert!(status.success(), "`{line}` failed");
    }
}

#[test]
fn import_csv_of_a_file_that_is_not_csv_names_what_it_is_and_writes_nothing() {
    let env = Env::with_store();
    env.ok(&["add", "Acme OÜ", "--email", "info@acme.example"]);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cases: Vec<(std::path::PathBuf, &str)> = vec![
        (
            root.join("tests/data/import/google_calendar_meetings.ics"),
            "iCalendar",
        ),
        (
            root.join("tests/data/import/thunderbird_tasks.ics"),
            "iCalendar",
        ),
    ];
    let vcf = env.tmp.path().join("contacts.vcf");
    std::fs::write(&vcf, env.ok(&["export", "vcard"])).expect("write");
    cases.push((vcf, "vCard"));
    // The real exports of other programs, where the corpus is at hand.
    let corpus = root.join("../shared/corpus");
    for (dir, what) in [("vcard", "vCard"), ("ics", "iCalendar")] {
        for e in std::fs::read_dir(corpus.join(dir)).into_iter().flatten() {
            cases.push((e.expect("entry").path(), what));
        }
    }
    let json = env.tmp.path().join("backup.json");
    std::fs::write(&json, env.ok(&["export", "json"])).expect("write");
    cases.push((json, "JSON"));
    let xlsx = env.tmp.path().join("sheet.xlsx");
    std::fs::write(&xlsx, b"PK\x03\x04\x14\x00\x06\x00rest of a zip").expect("write");
    cases.push((xlsx, "spreadsheet"));
    let before = env.commits();
    for (path, what) in cases {
        let err = env.fails(2, &["import", "csv", path.to_str().expect("utf-8")]);
        assert!(
            err.contains("is not CSV") && err.contains(what),
            "{}: {err}",
            path.display()
        );
    }
    assert_eq!(env.commits(), before, "nothing was imported");
}

#[test]
fn names_sort_in_the_alphabet_of_the_store_language() {
    let env = demo();
    let ids = |env: &Env| -> Vec<String> {
        env.ok(&["ls", "-f", "ids"])
            .lines()
            .map(str::to_string)
            .collect()
    };
    // An Estonian store (phone_country EE, no locale): Ä after Z, Š after S.
    let et = ids(&env);
    assert_eq!(et.last().map(String::as_str), Some("aripaev-as"), "{et:?}");
    let pos = |v: &[String], id: &str| v.iter().position(|x| x == id).expect(id);
    assert!(pos(&et, "harbour-lights-hotels-ltd") < pos(&et, "hameen-hunajatila-oy"));
    // Descending is the same order reversed.
    let desc: Vec<String> = env
        .ok(&["ls", "--sort", "-name", "-f", "ids"])
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(desc.first().map(String::as_str), Some("aripaev-as"));

    // German keeps Ä with A.
    let conf = env.store.join("crm.toml");
    let text = std::fs::read_to_string(&conf).expect("crm.toml");
    std::fs::write(&conf, format!("locale = \"de\"\n{text}")).expect("write");
    let de = ids(&env);
    assert!(
        pos(&de, "aripaev-as") < pos(&de, "baltic-freight-ltd"),
        "{de:?}"
    );
    assert!(pos(&de, "hameen-hunajatila-oy") < pos(&de, "harbour-lights-hotels-ltd"));

    // A tag that is none is an error naming the key.
    std::fs::write(&conf, format!("locale = \"no such tag!\"\n{text}")).expect("write");
    let err = env.fails(1, &["ls"]);
    assert!(err.contains("crm.toml") && err.contains("locale"), "{err}");
}

#[test]
fn tables_right_align_numbers_with_the_currency_decimals_and_colour_on_request() {
    let env = demo();
    env.ok(&[
        "deal",
        "add",
        "aripaev-as",
        "Tokyo office",
        "--amount",
        "1500000",
        "--currency",
        "JPY",
    ]);
    let table = env.ok(&["report", "pipeline"]);
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["report", "pipeline", "-f", "json"])).expect("json");
    let lines: Vec<&str> = table.lines().collect();
    let header = lines[0];
    let end = header.find("AMOUNT").expect("AMOUNT") + "AMOUNT".len();
    for row in json.as_array().expect("rows") {
        let currency = row["currency"].as_str().expect("currency");
        let stage = row["stage"].as_str().expect("stage");
        let amount: f64 = row["amount"].as_f64().expect("amount");
        let shown = if currency == "JPY" {
            format!("{amount:.0}")
        } else {
            format!("{amount:.2}")
        };
        let line = lines
            .iter()
            .find(|l| l.split_whitespace().take(2).eq([stage, currency]))
            .unwrap_or_else(|| panic!("no row {stage} {currency} in\n{table}"));
        // Right-aligned under its header, with the currency's decimals.
        assert_eq!(
            line.get(end - shown.len()..end),
            Some(shown.as_str()),
            "{stage} {currency}: {line}\n{table}"
        );
    }
    // Colour only when asked (the output here is a pipe).
    assert!(!table.contains('\x1b'));
    assert!(!env.ok(&["ls", "--color", "never"]).contains('\x1b'));
    let coloured = env.ok(&["ls", "--color", "always"]);
    assert!(coloured.contains("\x1b[1mNAME\x1b[0m"), "{coloured}");
    assert!(
        coloured.contains("\x1b[32mcustomer\x1b[0m"),
        "stages in colour: {coloured}"
    );
    // Colour codes do not break the columns: without them, the same table.
    let stripped = coloured
        .replace("\x1b[0m", "")
        .replace("\x1b[1m", "")
        .replace("\x1b[2m", "")
        .replace("\x1b[31m", "")
        .replace("\x1b[32m", "")
        .replace("\x1b[33m", "")
        .replace("\x1b[36m", "");
    assert_eq!(stripped, env.ok(&["ls"]));
}

#[test]
fn report_charts_draw_the_json_figures_as_bars_within_the_terminal_width() {
    use unicode_width::UnicodeWidthStr;
    let env = demo();
    for (report, figure) in [
        (vec!["report", "pipeline"], "amount"),
        (vec!["report", "forecast"], "weighted"),
        (vec!["report", "activity", "--by", "customer"], "minutes"),
        (vec!["report", "turnover", "-p", "2026"], "amount"),
        (vec!["report", "value"], "amount"),
    ] {
        let mut json_args = report.clone();
        json_args.extend(["-f", "json"]);
        let rows: Vec<serde_json::Value> = serde_json::from_str(&env.ok(&json_args)).expect("json");
        let mut chart_args = report.clone();
        chart_args.push("--chart");
        for columns in ["100", "60"] {
            let out = env
                .crm()
                .args(&chart_args)
                .env("COLUMNS", columns)
                .output()
                .expect("crm");
            assert!(out.status.success(), "{report:?}");
            let text = String::from_utf8_lossy(&out.stdout).into_owned();
            let lines: Vec<&str> = text.lines().collect();
            assert!(lines[0].contains(figure), "{report:?}: {}", lines[0]);
            assert_eq!(
                lines.len() - 1,
                rows.len(),
                "{report:?}: one bar per row\n{text}"
            );
            let width: usize = columns.parse().expect("n");
            for l in &lines[1..] {
                assert!(l.width() <= width, "{report:?} wider than {width}: {l}");
            }
            // The longest bar is the largest figure, and bars grow with it.
            let bar = |l: &str| {
                l.chars().filter(|c| *c == '█').count() * 8
                    + l.chars()
                        .filter_map(|c| "▏▎▍▌▋▊▉".chars().position(|p| p == c))
                        .map(|i| i + 1)
                        .sum::<usize>()
            };
            let figures: Vec<f64> = rows
                .iter()
                .map(|r| r[figure].as_f64().unwrap_or(0.0).abs())
                .collect();
            for i in 0..rows.len() {
                for j in 0..rows.len() {
                    if figures[i] > figures[j] * 1.2 {
                        assert!(
                            bar(lines[i + 1]) > bar(lines[j + 1]),
                            "{report:?}: {} vs {}\n{text}",
                            figures[i],
                            figures[j]
                        );
                    }
                }
            }
        }
    }
    let err = env.fails(2, &["report", "pipeline", "--chart", "-f", "json"]);
    assert!(err.contains("--chart"), "{err}");
}

/// The JSON data block of a dashboard page.
fn dashboard_data(html: &str) -> serde_json::Value {
    let open = "<script type=\"application/json\" id=\"crm-data\">";
    let start = html.find(open).expect("data block") + open.len();
    let end = start + html[start..].find("</script>").expect("end of data");
    serde_json::from_str(&html[start..end].replace("<\\/", "</")).expect("data json")
}

#[test]
fn the_dashboard_shows_the_json_reports_figures_without_network_or_script() {
    let env = demo();
    let page = env.tmp.path().join("dashboard.html");
    env.ok(&["report", "dashboard", "-o", page.to_str().expect("utf-8")]);
    let html = std::fs::read_to_string(&page).expect("page");
    let data = dashboard_data(&html);
    let json = |args: &[&str]| -> serde_json::Value {
        let mut a = args.to_vec();
        a.extend(["-f", "json"]);
        serde_json::from_str(&env.ok(&a)).expect("json")
    };
    assert_eq!(data["pipeline"], json(&["report", "pipeline"]));
    assert_eq!(
        data["forecast"],
        json(&["report", "forecast", "-p", "next-12-months"])
    );
    assert_eq!(
        data["activity"],
        json(&[
            "report",
            "activity",
            "--by",
            "user",
            "--period",
            "weekly",
            "-p",
            "last-8-weeks"
        ])
    );
    assert_eq!(
        data["turnover"],
        json(&["report", "turnover", "-p", "this-year"])
    );
    assert_eq!(
        data["turnover_last_year"],
        json(&["report", "turnover", "-p", "2025-01-01..2025-12-31"])
    );
    assert_eq!(data["stale"], json(&["report", "stale"]));
    let overdue: BTreeSet<String> = json(&["activities", "is:overdue"])
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_string())
        .collect();
    let shown: BTreeSet<String> = data["overdue"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_string())
        .collect();
    assert!(!overdue.is_empty());
    assert_eq!(shown, overdue);
    // Each pipeline amount is in the page's table as the terminal shows it.
    for row in data["pipeline"].as_array().expect("rows") {
        let amount = format!("{:.2}", row["amount"].as_f64().expect("amount"));
        assert!(
            html.contains(&format!("<td class=\"n\">{amount}</td>")),
            "{amount}"
        );
    }
    // Self-contained: no script but the data block, nothing fetched.
    assert_eq!(html.matches("<script").count(), 1);
    for fetch in ["http://", "https://", "<link", "<img", "@import", "url("] {
        assert!(!html.contains(fetch), "the page fetches: {fetch}");
    }
    assert!(html.matches("<svg").count() >= 4, "four charts");

    // A -p and a query reach every section.
    let out = env.ok(&[
        "report",
        "dashboard",
        "-o",
        "-",
        "-p",
        "2026-q4",
        "owner:mari",
    ]);
    let d = dashboard_data(&out);
    assert_eq!(
        d["turnover"],
        json(&["report", "turnover", "-p", "2026-q4", "owner:mari"])
    );
    assert_eq!(
        d["turnover_last_year"],
        json(&[
            "report",
            "turnover",
            "-p",
            "2025-10-01..2025-12-31",
            "owner:mari"
        ])
    );
    assert_eq!(d["pipeline"], json(&["report", "pipeline", "owner:mari"]));

    // Rendered by a real browser: not blank, no console errors.
    if !have("chromium") {
        return;
    }
    let shot = env.tmp.path().join("dashboard.png");
    let out = env
        .command("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1280,1800",
        ])
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium");
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(shot.exists(), "no screenshot: {log}");
    assert!(
        !log.contains("CONSOLE") && !log.contains("Uncaught"),
        "console messages: {log}"
    );
    let stats = std::process::Command::new("python3")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/png_stats.py"))
        .arg(&shot)
        .output()
        .expect("python3");
    let stats = String::from_utf8_lossy(&stats.stdout);
    let v: Vec<f64> = stats
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    assert_eq!(v.len(), 4, "{stats}");
    assert!(v[2] > 0.05, "the page is mostly blank: {stats}");
    assert!(v[3] > 20.0, "hardly any colours: {stats}");
}

#[test]
fn the_first_read_shows_its_progress_on_a_terminal_only() {
    if !have("script") {
        return;
    }
    let env = demo();
    let crm = assert_cmd::cargo::cargo_bin("crm");
    let cold = |extra: &str| -> String {
        let _ = std::fs::remove_dir_all(env.store.join(".git/crm-cache"));
        let out = env
            .command("script")
            .args([
                "-qec",
                &format!("{} ls {extra} -f ids > /dev/null", crm.display()),
                "/dev/null",
            ])
            .env("CRM_PROGRESS_AFTER_MS", "0")
            .stdin(std::process::Stdio::null())
            .output()
            .expect("script");
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let screen = cold("");
    let customers = std::fs::read_dir(env.store.join("customers"))
        .expect("dir")
        .count();
    assert!(screen.contains("reading customers ["), "{screen:?}");
    assert!(screen.contains(&format!("/{customers} (")), "{screen:?}");
    // Cleared at the end: the last thing on the line is blanks.
    assert!(screen.trim_end_matches('\r').ends_with(' '), "{screen:?}");
    // Not with -q, and never into a pipe.
    assert!(!cold("-q").contains("reading customers"));
    let _ = std::fs::remove_dir_all(env.store.join(".git/crm-cache"));
    let piped = env
        .crm()
        .args(["ls", "-f", "ids"])
        .env("CRM_PROGRESS_AFTER_MS", "0")
        .output()
        .expect("crm");
    assert!(!String::from_utf8_lossy(&piped.stderr).contains("reading"));
    // `crm check` reads every file itself: its own bar.
    let out = env
        .command("script")
        .args([
            "-qec",
            &format!("{} check > /dev/null", crm.display()),
            "/dev/null",
        ])
        .env("CRM_PROGRESS_AFTER_MS", "0")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("script");
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(
        screen.contains("checking customers [") && screen.contains(&format!("/{customers} (")),
        "{screen:?}"
    );
    // A clone (and sync) shows git's own transfer progress on a
    // terminal, on one line cleared at the end; never into a pipe.
    // (file://: a plain path is copied by hard links, with no transfer.)
    let url = format!("file://{}", env.store.display());
    let url = url.as_str();
    let to = env.tmp.path().join("clone-on-a-terminal");
    let out = env
        .command("script")
        .args([
            "-qec",
            &format!("{} clone {url} {}", crm.display(), to.display()),
            "/dev/null",
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("script");
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{screen}");
    assert!(screen.contains("\rReceiving objects: 100%"), "{screen:?}");
    assert!(!screen.contains("objects: 100%\n"), "one line: {screen:?}");
    assert!(screen.contains("Cloned "), "{screen:?}");
    let piped = env
        .crm()
        .args(["clone", url])
        .arg(env.tmp.path().join("clone-piped"))
        .output()
        .expect("crm");
    assert!(piped.status.success());
    assert!(!String::from_utf8_lossy(&piped.stderr).contains("objects"));
}

#[test]
fn show_lines_up_contacts_and_fields_in_columns() {
    let env = demo();
    env.ok(&[
        "contact",
        "add",
        "aripaev-as",
        "Ülle Õunapuu-Kask",
        "--role",
        "CFO",
        "--email",
        "ylle@aripaev.example",
    ]);
    // The field keys completion offers are keys crm set takes.
    let keys = bash(&env, &["crm", "set", "aripaev-as", "fields.ind"]);
    assert_eq!(keys, ["fields.industry="]);
    let values = bash(&env, &["crm", "set", "aripaev-as", "fields.industry=me"]);
    assert_eq!(values, ["fields.industry=media"]);
    env.ok(&["set", "aripaev-as", &values[0]]);
    for k in bash(&env, &["crm", "set", "aripaev-as", ""]) {
        if let Some(key) = k.strip_suffix('=').filter(|k| !k.ends_with(['+', '-'])) {
            let out = env.run(&["set", "aripaev-as", &format!("{key}=")]);
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(!err.contains("is not a field"), "{key}: {err}");
        }
    }
    let card = env.ok(&["show", "aripaev-as"]);
    let lines: Vec<&str> = card.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == "Contacts")
        .expect("Contacts");
    let contacts: Vec<&str> = lines[at + 1..]
        .iter()
        .take_while(|l| !l.is_empty())
        .copied()
        .collect();
    assert!(contacts.len() >= 3, "{card}");
    use unicode_width::UnicodeWidthStr;
    // The e-mail column starts at the same place in every line.
    let col = |l: &str| {
        let i = l.find("@").expect("an e-mail");
        let start = l[..i].rfind(' ').map_or(0, |s| s + 1);
        l[..start].width()
    };
    let first = col(contacts[0]);
    for l in &contacts {
        assert_eq!(col(l), first, "{card}");
    }
    // Field values start in one column too.
    let value_col = |l: &str| {
        let t = l.trim_start();
        let label = t.split(' ').next().unwrap_or("");
        l.len() - t.len()
            + label.len()
            + (t[label.len()..].len() - t[label.len()..].trim_start().len())
    };
    let head: Vec<&str> = lines[1..]
        .iter()
        .take_while(|l| l.starts_with("  ") && !l.trim().is_empty() && l.trim() != "notes")
        .copied()
        .collect();
    let v0 = value_col(head[0]);
    for l in &head {
        assert_eq!(value_col(l), v0, "{card}");
    }
}
