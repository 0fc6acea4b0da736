//! Issue 15: what needs attention, before it is too late — complaints
//! with a life, time budgets, warning rules, undated and repeating tasks,
//! a calendar. Through the real binary; report figures are checked
//! against sums computed here from the customer files.

use crate::common::{Env, Pair};
use chrono::{DateTime, FixedOffset, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;
use std::path::PathBuf;

fn json(env: &Env, args: &[&str]) -> Value {
    let mut full = args.to_vec();
    full.extend_from_slice(&["-f", "json"]);
    serde_json::from_str(&env.ok(&full)).expect("json")
}

fn rows(v: &Value) -> &Vec<Value> {
    v.as_array().expect("an array of rows")
}

/// The `[[activities]]` entry with this id, as TOML.
fn activity(env: &Env, customer: &str, id: &str) -> toml::Table {
    let t: toml::Table = toml::from_str(&env.file(customer)).expect("toml");
    t["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .filter_map(|a| a.as_table())
        .find(|a| a["id"].as_str() == Some(id))
        .cloned()
        .unwrap_or_else(|| panic!("no activity {id} in {customer}"))
}

fn add_acme(env: &Env) {
    env.ok(&["add", "Acme", "--stage", "customer"]);
}

// ---- complaints ----

#[test]
fn attention_a_complaint_is_opened_shown_and_closed_with_its_resolution() {
    let env = Env::with_store();
    add_acme(&env);
    let id = env
        .ok(&["log", "acme", "complaint", "Delivery late", "--due", "+3d"])
        .trim()
        .to_string();
    let a = activity(&env, "acme", &id);
    assert_eq!(a["kind"].as_str(), Some("complaint"));
    assert_eq!(a["by"].as_str(), Some("mari"), "the owner: who logged it");
    assert_eq!(a["done"].as_bool(), Some(false), "open");
    assert_eq!(a["due"].to_string(), "2026-11-27");
    // Open complaints: in the agenda and on the card.
    let agenda = env.ok(&["agenda"]);
    assert!(agenda.contains("Open complaints (1)"), "{agenda}");
    assert!(agenda.contains("Delivery late"), "{agenda}");
    let card = env.ok(&["show", "acme"]);
    assert!(
        card.contains("Open complaints") && card.contains("due 2026-11-27"),
        "{card}"
    );
    assert!(
        !card.contains("Open tasks"),
        "a complaint is not a task: {card}"
    );
    let commits = env.commits();
    let task = env.ok(&["task", "acme", "Call back"]);
    let err = env.fails(1, &["complaint", "close", task.trim()]);
    assert!(
        err.contains("is not a complaint") && err.contains("crm done"),
        "{err}"
    );
    assert_eq!(env.commits(), commits + 1, "only the task's commit");
    env.ok(&["complaint", "close", &id[..6], "--note", "Credit note sent"]);
    assert_eq!(env.commits(), commits + 2);
    assert!(
        env.last_message().starts_with("done acme: Delivery late"),
        "{}",
        env.last_message()
    );
    let a = activity(&env, "acme", &id);
    assert_eq!(a["done"].as_bool(), Some(true));
    assert_eq!(a["resolution"].as_str(), Some("Credit note sent"));
    assert_eq!(a["done_at"].to_string(), "2026-11-24T10:00:00+02:00");
    assert!(!env.ok(&["agenda"]).contains("Open complaints"));
    let closed = json(&env, &["complaint", "ls", "--closed"]);
    assert_eq!(rows(&closed).len(), 1);
    assert_eq!(rows(&closed)[0]["resolution"], "Credit note sent");
    // Closing it again: a quiet success, no commit.
    env.ok(&["done", &id]);
    assert_eq!(env.commits(), commits + 2);
    env.assert_clean();
}

#[test]
fn attention_open_complaints_are_in_the_agenda_overdue_first_then_by_date_then_undated() {
    let env = Env::with_store();
    add_acme(&env);
    env.ok(&["add", "Beta"]);
    let later = env.ok(&["complaint", "add", "acme", "Wrong colour", "--due", "+5d"]);
    let undated = env.ok(&["log", "beta", "complaint", "Rude driver"]);
    let late = env.ok(&["log", "beta", "complaint", "Late", "--due", "yesterday"]);
    let a = json(&env, &["agenda"]);
    let ids: Vec<&str> = rows(&a)
        .iter()
        .filter(|r| r["section"] == "complaint")
        .map(|r| r["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, [late.trim(), later.trim(), undated.trim()]);
    let human = env.ok(&["agenda"]);
    assert!(human.contains("Mon 11-23 late"), "{human}");
    assert!(human.contains("no date"), "{human}");
    // The overdue rule is about tasks: a late complaint is not repeated there.
    assert!(!rows(&a).iter().any(|r| r["section"] == "overdue"));
}

#[test]
fn attention_done_refuses_an_activity_that_is_not_a_task_or_complaint() {
    let env = Env::with_store();
    add_acme(&env);
    let meeting = env.ok(&[
        "log",
        "acme",
        "meeting",
        "Kick-off",
        "--at",
        "yesterday 10:00",
    ]);
    let before = env.file("acme");
    let commits = env.commits();
    let err = env.fails(1, &["done", meeting.trim()]);
    assert!(
        err.contains("(a meeting) is not a task, follow-up or complaint"),
        "{err}"
    );
    assert_eq!(env.file("acme"), before, "nothing written");
    assert_eq!(env.commits(), commits);
    // A follow-up (any kind with --due) is a task.
    let call = env.ok(&["log", "acme", "call", "Call back", "--due", "friday"]);
    env.ok(&["done", call.trim(), "--note", "Reached them"]);
    let a = activity(&env, "acme", call.trim());
    assert_eq!(a["done"].as_bool(), Some(true));
    assert_eq!(a["resolution"].as_str(), Some("Reached them"));
}

// ---- tasks ----

#[test]
fn attention_tasks_without_a_date_with_a_time_and_in_words() {
    let env = Env::with_store();
    add_acme(&env);
    let undated = env.ok(&["task", "acme", "Send price list"]);
    let a = activity(&env, "acme", undated.trim());
    assert!(!a.contains_key("due"), "{a:?}");
    assert_eq!(a["done"].as_bool(), Some(false));
    let agenda = env.ok(&["agenda"]);
    assert!(
        agenda.contains("Tasks with no date (1)") && agenda.contains("Send price list"),
        "{agenda}"
    );
    for (due, want) in [
        ("next monday", "2026-11-30"),
        ("in 2 weeks", "2026-12-08"),
        ("2026-12-24T10:00", "2026-12-24T10:00:00+02:00"),
        ("friday 14:00", "2026-11-27T14:00:00+02:00"),
        ("+1y", "2027-11-24"),
        ("1.12.2026", "2026-12-01"),
    ] {
        let id = env.ok(&["task", "acme", due, "--due", due]);
        let a = activity(&env, "acme", id.trim());
        assert_eq!(a["due"].to_string(), want, "--due {due}");
    }
    let err = env.fails(2, &["task", "acme", "x", "--due", "someday"]);
    assert!(err.contains("--due: 'someday' is not a date"), "{err}");
    // The time of a task due at a time shows in the agenda.
    let agenda = json(&env, &["agenda", "--days", "3"]);
    assert!(
        rows(&agenda).iter().any(|r| r["text"] == "friday 14:00"
            && r["time"] == "14:00"
            && r["date"] == "2026-11-27"),
        "{agenda}"
    );
    // crm task ls: by due date, undated last.
    let ls = json(&env, &["task", "ls"]);
    let texts: Vec<&str> = rows(&ls)
        .iter()
        .map(|r| r["text"].as_str().expect("text"))
        .collect();
    assert_eq!(
        texts,
        [
            "friday 14:00",
            "next monday",
            "1.12.2026",
            "in 2 weeks",
            "2026-12-24T10:00",
            "+1y",
            "Send price list"
        ]
    );
    assert_eq!(rows(&ls)[6]["due"], Value::Null);
}

#[test]
fn attention_a_repeating_task_done_makes_the_next_one_in_the_same_commit() {
    let env = Env::with_store();
    add_acme(&env);
    let id = env
        .ok(&[
            "task",
            "acme",
            "Weekly report",
            "--due",
            "today",
            "--every",
            "weekly",
            "--priority",
            "h",
        ])
        .trim()
        .to_string();
    let a = activity(&env, "acme", &id);
    assert_eq!(a["every"].as_str(), Some("weekly"));
    assert_eq!(a["priority"].as_str(), Some("high"));
    let commits = env.commits();
    let o = env.run(&["done", &id]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("next: a") && err.contains("due 2026-12-01"),
        "{err}"
    );
    assert_eq!(env.commits(), commits + 1, "one commit for both");
    assert!(
        env.last_message().contains("(next due 2026-12-01)"),
        "{}",
        env.last_message()
    );
    let open = json(&env, &["task", "ls"]);
    assert_eq!(rows(&open).len(), 1);
    let next = &rows(&open)[0];
    assert_ne!(next["id"], id.as_str());
    assert_eq!(next["due"], "2026-12-01");
    assert_eq!(next["every"], "weekly");
    assert_eq!(next["priority"], "high");
    assert_eq!(next["done"], false);
    // A monthly task done three months late is next due after today.
    let m = env.ok(&[
        "task",
        "acme",
        "Monthly",
        "--due",
        "2026-08-31",
        "--every",
        "1m",
    ]);
    env.ok(&["done", m.trim()]);
    let ls = json(&env, &["task", "ls", "every:1m"]);
    assert_eq!(rows(&ls)[0]["due"], "2026-11-30");
    for (flag, value) in [("--every", "often"), ("--priority", "urgent")] {
        let err = env.fails(2, &["task", "acme", "x", flag, value]);
        assert!(err.contains(value), "{err}");
    }
    env.assert_clean();
}

// ---- the future ----

#[test]
fn attention_a_call_logged_at_a_time_to_come_warns_a_meeting_does_not() {
    let env = Env::with_store();
    add_acme(&env);
    let o = env.run(&["log", "acme", "call", "Call", "--at", "14:00"]);
    assert!(o.status.success(), "still logged");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("warning: the call is logged at 2026-11-24 14:00, 4 hours from now"),
        "{err}"
    );
    let o = env.run(&["log", "acme", "meeting", "Lunch", "--at", "14:00"]);
    assert!(o.status.success());
    assert!(!String::from_utf8_lossy(&o.stderr).contains("warning"));
    let o = env.run(&["log", "acme", "call", "Earlier", "--at", "09:00"]);
    assert!(!String::from_utf8_lossy(&o.stderr).contains("warning"));
}

// ---- rules ----

fn append_config(env: &Env, text: &str) {
    let p = env.store.join("crm.toml");
    let mut cfg = std::fs::read_to_string(&p).expect("crm.toml");
    cfg.push_str(text);
    std::fs::write(&p, cfg).expect("write crm.toml");
}

#[test]
fn attention_the_firm_writes_its_own_rules_and_tunes_the_built_in_ones() {
    let env = Env::with_store();
    env.ok(&["add", "Vip Firm", "--tag", "vip"]);
    env.ok(&["add", "Small Firm"]);
    env.ok(&[
        "log",
        "vip-firm",
        "call",
        "Old call",
        "--at",
        "2026-11-01 10:00",
    ]);
    env.ok(&[
        "log",
        "small-firm",
        "call",
        "Old call",
        "--at",
        "2026-09-01 10:00",
    ]);
    env.ok(&[
        "deal",
        "add",
        "small-firm",
        "Big offer",
        "--amount",
        "5000",
        "--stage",
        "offer",
    ]);
    // Deals date their stages, the first when they were added; age one
    // by hand.
    let f = env.file("small-firm");
    let (head, deal) = f.split_once("[[deals]]").expect("a deal");
    let f = format!(
        "{head}[[deals]]{}",
        deal.replace("offer = 2026-11-24", "offer = 2026-10-01")
    );
    env.write_file("small-firm", &f);
    append_config(
        &env,
        r#"
[[rules]]
name = "vip-neglected"
query = "tag:vip days_since_contact>14"
message = "{name}: no contact for {days_since_contact} days"

[[rules]]
name = "offer-waiting"
query = "deal_stage:offer deal_age>21"
message = "'{deal}' waits since {deal_age} days"
for = "everyone"

[[rules]]
name = "stale"
query = "is:stale -tag:vip"
"#,
    );
    let rules = json(&env, &["rules"]);
    let names: Vec<&str> = rows(&rules)
        .iter()
        .map(|r| r["name"].as_str().expect("name"))
        .collect();
    assert_eq!(
        names,
        [
            "overdue",
            "stale",
            "budget-80",
            "over-budget",
            "contract-ending",
            "vip-neglected",
            "offer-waiting"
        ]
    );
    assert_eq!(rows(&rules)[1]["origin"], "changed");
    assert_eq!(rows(&rules)[1]["query"], "is:stale -tag:vip");
    assert_eq!(rows(&rules)[6]["on"], "deal", "inferred from the query");
    let agenda = json(&env, &["agenda"]);
    let warn: Vec<(String, String)> = rows(&agenda)
        .iter()
        .filter(|r| r["rule"].is_string())
        .map(|r| {
            (
                r["rule"].as_str().expect("rule").to_string(),
                r["text"].as_str().expect("text").to_string(),
            )
        })
        .collect();
    assert!(
        warn.contains(&(
            "vip-neglected".into(),
            "Vip Firm: no contact for 23 days".into()
        )),
        "{warn:?}"
    );
    assert!(
        warn.contains(&(
            "offer-waiting".into(),
            "'Big offer' waits since 54 days".into()
        )),
        "{warn:?}"
    );
    assert!(
        warn.contains(&("stale".into(), "no contact for 84 days".into())),
        "{warn:?}"
    );
    // `for = "everyone"`: in every agenda; owner rules only in the owner's.
    let jaan = json(&env, &["--as", "jaan", "agenda"]);
    let jaan_rules: Vec<&str> = rows(&jaan)
        .iter()
        .filter_map(|r| r["rule"].as_str())
        .collect();
    assert_eq!(jaan_rules, ["offer-waiting"]);
    // check --rules lists every warning, everybody's.
    let check = json(&env, &["check", "--rules"]);
    assert_eq!(rows(&check).len(), 3, "{check}");
    assert!(
        rows(&check)
            .iter()
            .all(|r| r["kind"] == "rule" && r["severity"] == "warning")
    );
    // Switched off: gone.
    append_config(
        &env,
        "\n[[rules]]\nname = \"vip-neglected-2\"\nquery = \"tag:vip\"\nenabled = false\n",
    );
    assert!(!env.ok(&["agenda", "--all"]).contains("vip-neglected-2"));
}

#[test]
fn attention_a_rule_with_a_bad_query_is_an_error_that_names_the_rule() {
    let env = Env::with_store();
    add_acme(&env);
    append_config(
        &env,
        "\n[[rules]]\nname = \"vip-late\"\nquery = \"tag:vip days_since_contct>14\"\n",
    );
    for args in [
        &["check", "--rules"][..],
        &["agenda"],
        &["log", "acme", "call", "x"],
        &["rules"],
    ] {
        let err = env.fails(1, args);
        assert!(
            err.contains("crm.toml: rules 'vip-late' query")
                && err.contains("unknown key 'days_since_contct'"),
            "{args:?}: {err}"
        );
    }
    let p = env.store.join("crm.toml");
    let cfg = std::fs::read_to_string(&p).expect("cfg").replace(
        "days_since_contct>14",
        "days_since_contact>14\"\nmessage = \"{nmae} is late",
    );
    std::fs::write(&p, cfg).expect("write");
    let err = env.fails(1, &["agenda"]);
    assert!(
        err.contains("rules 'vip-late' message") && err.contains("{nmae} is not a placeholder"),
        "{err}"
    );
    let p2 = std::fs::read_to_string(&p)
        .expect("cfg")
        .replace("message = \"{nmae} is late", "querry = \"x");
    std::fs::write(&p, p2).expect("write");
    let err = env.fails(1, &["agenda"]);
    assert!(err.contains("unknown field `querry`"), "{err}");
}

#[test]
fn attention_built_in_warnings_can_be_switched_off() {
    let env = Env::with_store();
    add_acme(&env);
    env.ok(&["task", "acme", "Late task", "--due", "yesterday"]);
    let a = env.ok(&["agenda"]);
    assert!(
        a.contains("Overdue tasks (1)") && a.contains("Late task"),
        "{a}"
    );
    append_config(&env, "\n[[rules]]\nname = \"overdue\"\nenabled = false\n");
    assert!(!env.ok(&["agenda"]).contains("Late task"));
    let rules = json(&env, &["rules"]);
    assert_eq!(rows(&rules)[0]["enabled"], false);
}

// ---- budgets ----

#[test]
fn attention_budgets_warn_at_80_and_100_per_cent_of_this_period() {
    let env = Env::with_store();
    add_acme(&env);
    env.ok(&["add", "Beta", "--tag", "vip"]);
    env.ok(&["add", "Gamma", "--stage", "customer"]);
    env.ok(&["set", "acme", "budget=2h/month"]);
    assert!(
        env.file("acme")
            .contains("budget = { minutes = 120, per = \"month\" }")
    );
    append_config(
        &env,
        "\n[[budgets]]\ntag = \"vip\"\nminutes = 100\nper = \"month\"\n\n[[budgets]]\nstage = \"customer\"\nminutes = 900\nper = \"quarter\"\n",
    );
    // acme: 100 of 120 (83%); beta: 130 of 100 (130%); gamma 50 of 900.
    env.ok(&[
        "log",
        "acme",
        "call",
        "a",
        "--minutes",
        "60",
        "--at",
        "2026-11-02 10:00",
    ]);
    env.ok(&[
        "log",
        "acme",
        "call",
        "b",
        "--minutes",
        "40",
        "--at",
        "yesterday 10:00",
    ]);
    env.ok(&[
        "log",
        "acme",
        "call",
        "last month",
        "--minutes",
        "500",
        "--at",
        "2026-10-30 10:00",
    ]);
    env.ok(&[
        "log",
        "beta",
        "meeting",
        "m",
        "--minutes",
        "130",
        "--at",
        "2026-11-20 10:00",
    ]);
    env.ok(&[
        "log",
        "gamma",
        "call",
        "g",
        "--minutes",
        "50",
        "--at",
        "2026-10-05 10:00",
    ]);
    let a = json(&env, &["agenda"]);
    let mut warn: Vec<(String, String, String)> = rows(&a)
        .iter()
        .filter(|r| r["section"] == "warning")
        .map(|r| {
            (
                r["customer"].as_str().expect("c").into(),
                r["rule"].as_str().expect("r").into(),
                r["text"].as_str().expect("t").into(),
            )
        })
        .collect();
    warn.sort();
    assert_eq!(
        warn,
        [
            (
                "acme".to_string(),
                "budget-80".to_string(),
                "83% of the time budget used this month (100 of 120 min)".to_string()
            ),
            (
                "beta".to_string(),
                "over-budget".to_string(),
                "over the time budget: 130 of 100 min this month (130%)".to_string()
            ),
        ]
    );
    let card = env.ok(&["show", "gamma"]);
    assert!(
        card.contains("budget   900 min/quarter (crm.toml); 50 min used this quarter (5%)"),
        "{card}"
    );
    // Query keys.
    assert_eq!(
        env.ok(&["ls", "budget_used>=80", "-f", "ids"]),
        "acme\nbeta\n"
    );
    assert_eq!(env.ok(&["ls", "budget>=900", "-f", "ids"]), "gamma\n");
    let err = env.fails(1, &["set", "acme", "budget=lots"]);
    assert!(err.contains("'lots' is not a budget"), "{err}");
    env.ok(&["set", "acme", "budget="]);
    assert!(!env.file("acme").contains("budget"));
}

// ---- report figures against the files ----

/// What the test reads from a customer file, with the toml crate.
struct Firm {
    id: String,
    tags: Vec<String>,
    stage: String,
    budget: Option<(u64, String)>,
    /// (date of `at`, minutes, kind, by, done, at, done_at, due)
    acts: Vec<Act>,
    /// Won deals: (closed, amount).
    won: Vec<(NaiveDate, Decimal)>,
}

struct Act {
    at: DateTime<FixedOffset>,
    minutes: u64,
    kind: String,
    by: String,
    done: Option<bool>,
    done_at: Option<DateTime<FixedOffset>>,
    due: Option<NaiveDate>,
}

fn read_firms(env: &Env) -> Vec<Firm> {
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(env.store.join("customers"))
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    for p in paths {
        let t: toml::Table =
            toml::from_str(&std::fs::read_to_string(&p).expect("read")).expect("toml");
        let s = |v: Option<&toml::Value>| v.and_then(|v| v.as_str()).unwrap_or("").to_string();
        let dt = |v: Option<&toml::Value>| {
            v.map(|v| DateTime::parse_from_rfc3339(&v.to_string()).expect("datetime"))
        };
        let acts = t
            .get("activities")
            .and_then(|a| a.as_array())
            .map(|a| {
                a.iter()
                    .map(|a| Act {
                        at: dt(a.get("at")).expect("at"),
                        minutes: a.get("minutes").and_then(|m| m.as_integer()).unwrap_or(0) as u64,
                        kind: s(a.get("kind")),
                        by: s(a.get("by")),
                        done: a.get("done").and_then(|d| d.as_bool()),
                        done_at: dt(a.get("done_at")),
                        due: a.get("due").map(|d| {
                            NaiveDate::parse_from_str(&d.to_string()[..10], "%Y-%m-%d")
                                .expect("due")
                        }),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let won = t
            .get("deals")
            .and_then(|a| a.as_array())
            .map(|a| {
                a.iter()
                    .filter(|d| d.get("stage").and_then(|s| s.as_str()) == Some("won"))
                    .map(|d| {
                        (
                            NaiveDate::parse_from_str(&d["closed"].to_string(), "%Y-%m-%d")
                                .expect("closed"),
                            Decimal::from_str_exact(&d["amount"].to_string()).expect("amount"),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.push(Firm {
            id: p.file_stem().expect("stem").to_string_lossy().into_owned(),
            tags: t
                .get("tags")
                .and_then(|a| a.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default(),
            stage: s(t.get("stage")),
            budget: t.get("budget").map(|b| {
                (
                    b["minutes"].as_integer().expect("minutes") as u64,
                    b.get("per")
                        .and_then(|p| p.as_str())
                        .unwrap_or("month")
                        .to_string(),
                )
            }),
            acts,
            won,
        });
    }
    out
}

/// A store with budgets, minutes over two years in two offsets, won
/// deals, and complaints open, late and closed after various times.
fn budget_store() -> Env {
    let env = Env::with_store();
    append_config(
        &env,
        "\n[[budgets]]\ntag = \"vip\"\nminutes = 300\nper = \"month\"\n\n[[budgets]]\nstage = \"customer\"\nminutes = 900\nper = \"quarter\"\n",
    );
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let users = ["mari", "jaan", "liisa"];
    for i in 0..14 {
        let id = format!("firm-{i:02}");
        let mut t = format!("name = \"Firm {i}\"\n");
        t += &format!(
            "stage = \"{}\"\n",
            ["customer", "lead", "customer", "prospect"][i % 4]
        );
        t += &format!(
            "tags = [\"{}\"]\n",
            if i % 3 == 0 { "vip" } else { "small" }
        );
        match i % 5 {
            0 => t += "budget = { minutes = 240, per = \"month\" }\n",
            1 => t += "budget = { minutes = 600, per = \"quarter\" }\n",
            _ => {}
        }
        for d in 0..(i % 3) {
            t += &format!(
                "\n[[deals]]\nid = \"d{i:02}w{d}\"\ntitle = \"Deal\"\namount = {}.{:02}\nstage = \"won\"\nclosed = 2026-{:02}-{:02}\n",
                500 + next(9000),
                next(100),
                9 + next(3),
                1 + next(28)
            );
        }
        let mut acts = Vec::new();
        for k in 0..(8 + next(10)) {
            let month = 1 + next(11);
            let day = 1 + next(28);
            let off = if (4..=10).contains(&month) {
                "+03:00"
            } else {
                "+02:00"
            };
            let month = if k % 3 == 0 { 11 } else { month };
            let at = format!(
                "2026-{month:02}-{day:02}T{:02}:{:02}:00{off}",
                8 + next(10),
                next(60)
            );
            let kind = ["call", "meeting", "email", "complaint", "note"][next(5) as usize];
            let mut a = format!(
                "\n[[activities]]\nid = \"a{i:02}x{k:02}\"\nat = {at}\nkind = \"{kind}\"\nby = \"{}\"\n",
                users[next(3) as usize]
            );
            if next(4) > 0 {
                a += &format!("minutes = {}\n", 5 + next(90));
            }
            if kind == "complaint" {
                match next(3) {
                    0 => {
                        a += &format!(
                            "due = 2026-{:02}-{:02}\ndone = false\n",
                            10 + next(3),
                            1 + next(28)
                        )
                    }
                    1 => {
                        a += &format!(
                            "done = true\ndone_at = 2026-12-{:02}T{:02}:00:00+02:00\n",
                            1 + next(20),
                            8 + next(10)
                        )
                    }
                    _ => a += "done = true\n",
                }
            }
            acts.push((at, a));
        }
        acts.sort();
        for (_, a) in acts {
            t += &a;
        }
        env.write_file(&id, &t);
    }
    env.git(&["add", "-A"]);
    env.git(&["commit", "-q", "-m", "test data"]);
    env
}

/// Budget minutes per `per` over whole months from `start` for `months`.
fn budget_over(minutes: u64, per: &str, months: u64) -> u64 {
    if per == "quarter" {
        minutes * months / 3
    } else {
        minutes * months
    }
}

fn firm_budget(f: &Firm) -> Option<(u64, String)> {
    f.budget.clone().or_else(|| {
        if f.tags.iter().any(|t| t == "vip") {
            Some((300, "month".into()))
        } else if f.stage == "customer" {
            Some((900, "quarter".into()))
        } else {
            None
        }
    })
}

fn num(v: &Value) -> Decimal {
    Decimal::from_str_exact(&v.to_string()).expect("number")
}

#[test]
fn attention_report_budget_figures_match_sums_from_the_files() {
    let env = budget_store();
    let firms = read_firms(&env);
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    // (args, period label or None for each one's own, start, end, months)
    let cases: Vec<(Vec<&str>, Option<&str>)> = vec![
        (vec![], None),
        (vec!["-p", "2026"], Some("2026-01-01..2026-12-31")),
        (vec!["-p", "2026-q3"], Some("2026-07-01..2026-09-30")),
        (
            vec!["-p", "2026-11-01..2026-11-15"],
            Some("2026-11-01..2026-11-15"),
        ),
    ];
    let mut checked = 0;
    for (args, label) in cases {
        let mut full = vec!["report", "budget"];
        full.extend(args.iter());
        let got = json(&env, &full);
        let mut want = Vec::new();
        for f in &firms {
            let Some((minutes, per)) = firm_budget(f) else {
                continue;
            };
            let (start, end, lab, budget) = match label {
                None if per == "month" => (
                    d("2026-11-01"),
                    d("2026-12-01"),
                    "2026-11".to_string(),
                    minutes,
                ),
                None => (
                    d("2026-10-01"),
                    d("2027-01-01"),
                    "2026-Q4".to_string(),
                    minutes,
                ),
                Some("2026-01-01..2026-12-31") => (
                    d("2026-01-01"),
                    d("2027-01-01"),
                    label.expect("l").into(),
                    budget_over(minutes, &per, 12),
                ),
                Some("2026-07-01..2026-09-30") => (
                    d("2026-07-01"),
                    d("2026-10-01"),
                    label.expect("l").into(),
                    budget_over(minutes, &per, 3),
                ),
                // Half of November (30 days): 15/30 of a month.
                Some(l) => (
                    d("2026-11-01"),
                    d("2026-11-16"),
                    l.into(),
                    budget_over(minutes, &per, 1) / 2,
                ),
            };
            let spent: u64 = f
                .acts
                .iter()
                .filter(|a| (start..end).contains(&a.at.date_naive()))
                .map(|a| a.minutes)
                .sum();
            let amount: Decimal = f
                .won
                .iter()
                .filter(|(c, _)| (start..end).contains(c))
                .map(|(_, a)| *a)
                .sum();
            let used = (Decimal::from(spent) * Decimal::from(100) / Decimal::from(budget)).trunc();
            let per_hour = (spent > 0).then(|| {
                (amount * Decimal::from(60) / Decimal::from(spent))
                    .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
                    .normalize()
            });
            want.push((
                f.id.clone(),
                lab,
                budget,
                spent,
                budget as i64 - spent as i64,
                used,
                amount.normalize(),
                per_hour,
            ));
        }
        want.sort_by(|a, b| b.5.cmp(&a.5).then(a.0.cmp(&b.0)));
        let got: Vec<_> = rows(&got)
            .iter()
            .map(|r| {
                (
                    r["customer"].as_str().expect("c").to_string(),
                    r["period"].as_str().expect("p").to_string(),
                    r["budget"].as_u64().expect("b"),
                    r["minutes"].as_u64().expect("m"),
                    r["rest"].as_i64().expect("r"),
                    num(&r["used"]),
                    num(&r["amount"]),
                    (!r["per_hour"].is_null()).then(|| num(&r["per_hour"])),
                )
            })
            .collect();
        assert_eq!(got, want, "crm report budget {args:?}");
        checked += got.len();
        // report value -p carries the same budget and rest.
        if label.is_some() {
            let mut v = vec!["report", "value"];
            v.extend(args.iter());
            for r in rows(&json(&env, &v)) {
                let w = want.iter().find(|w| w.0 == r["customer"]);
                match w {
                    Some(w) => {
                        assert_eq!(r["budget"].as_u64(), Some(w.2), "{r}");
                        assert_eq!(
                            r["rest"].as_i64(),
                            Some(w.2 as i64 - r["minutes"].as_i64().expect("m")),
                            "{r}"
                        );
                    }
                    None => assert!(r.get("budget").is_none(), "{r}"),
                }
            }
        }
    }
    assert!(checked > 20, "only {checked} rows checked");
    let err = env.fails(2, &["report", "budget", "-p", "2026-06.."]);
    assert!(err.contains("a first and a last day"), "{err}");
}

#[test]
fn attention_report_complaints_figures_match_counts_from_the_files() {
    let env = budget_store();
    let firms = read_firms(&env);
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).expect("today");
    for (args, from) in [
        (vec![], NaiveDate::MIN),
        (
            vec!["-p", "2026-06.."],
            NaiveDate::from_ymd_opt(2026, 6, 1).expect("d"),
        ),
    ] {
        for by in [None, Some("customer"), Some("owner")] {
            let mut full = vec!["report", "complaints"];
            if let Some(b) = by {
                full.extend(["--by", b]);
            }
            full.extend(args.iter());
            // group → (count, open, overdue, closed, seconds)
            let mut want: std::collections::BTreeMap<String, (u64, u64, u64, u64, Vec<i64>)> =
                Default::default();
            for f in &firms {
                for a in f
                    .acts
                    .iter()
                    .filter(|a| a.kind == "complaint" && a.at.date_naive() >= from)
                {
                    let key = match by {
                        None => String::new(),
                        Some("customer") => f.id.clone(),
                        _ => a.by.clone(),
                    };
                    let e = want.entry(key).or_default();
                    e.0 += 1;
                    let open = a.done == Some(false) || (a.done.is_none() && a.due.is_some());
                    if open {
                        e.1 += 1;
                        if a.due.is_some_and(|d| d < today) {
                            e.2 += 1;
                        }
                    } else {
                        e.3 += 1;
                        if let Some(t) = a.done_at {
                            e.4.push((t - a.at).num_seconds());
                        }
                    }
                }
            }
            let got = json(&env, &full);
            assert_eq!(rows(&got).len(), want.len().max(1), "{full:?}");
            for (r, (key, (count, open, overdue, closed, mut secs))) in rows(&got).iter().zip(want)
            {
                if let Some(b) = by {
                    assert_eq!(r[b].as_str(), Some(key.as_str()), "{full:?}");
                }
                assert_eq!(
                    (
                        r["count"].as_u64(),
                        r["open"].as_u64(),
                        r["overdue"].as_u64(),
                        r["closed"].as_u64()
                    ),
                    (Some(count), Some(open), Some(overdue), Some(closed)),
                    "{full:?} {key}"
                );
                secs.sort();
                let median = match secs.len() {
                    0 => None,
                    n if n % 2 == 1 => Some(Decimal::from(secs[n / 2])),
                    n => Some(Decimal::from(secs[n / 2 - 1] + secs[n / 2]) / Decimal::from(2)),
                }
                .map(|s| {
                    (s / Decimal::from(86_400))
                        .round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
                        .normalize()
                });
                let got_median = (!r["median_days"].is_null()).then(|| num(&r["median_days"]));
                assert_eq!(got_median, median, "{full:?} {key}");
            }
        }
    }
}

// ---- calendar ----

#[test]
fn attention_calendar_shows_the_week_day_by_day_and_as_icalendar() {
    let env = Env::with_store();
    add_acme(&env);
    env.ok(&[
        "contact",
        "add",
        "acme",
        "Pekka Virtanen",
        "--birthday",
        "1975-11-26",
    ]);
    env.ok(&[
        "log",
        "acme",
        "meeting",
        "Review",
        "--at",
        "2026-11-25 14:00",
        "--minutes",
        "90",
        "--with",
        "Pekka Virtanen",
    ]);
    env.ok(&["task", "acme", "Send offer", "--due", "friday"]);
    env.ok(&["task", "acme", "Timed", "--due", "2026-11-28T09:30"]);
    env.ok(&[
        "log",
        "acme",
        "complaint",
        "Broken box",
        "--due",
        "2026-11-29",
    ]);
    env.ok(&["task", "acme", "Next week", "--due", "2026-12-01"]);
    env.ok(&[
        "deal",
        "add",
        "acme",
        "Renewal",
        "--amount",
        "1200",
        "--expected",
        "2026-11-26",
    ]);
    env.ok(&[
        "--as", "jaan", "task", "acme", "Not mine", "--due", "friday",
    ]);
    let cal = json(&env, &["calendar"]);
    let got: Vec<(String, String, String)> = rows(&cal)
        .iter()
        .map(|r| {
            (
                r["date"].as_str().expect("date").into(),
                r["what"].as_str().expect("what").into(),
                r["text"].as_str().expect("text").into(),
            )
        })
        .collect();
    let want = [
        ("2026-11-25", "meeting", "Review (with Pekka Virtanen)"),
        (
            "2026-11-26",
            "deal",
            "expected to close: Renewal (1200 EUR)",
        ),
        ("2026-11-26", "birthday", "Pekka Virtanen turns 51"),
        ("2026-11-27", "task", "Send offer"),
        ("2026-11-28", "task", "Timed"),
        ("2026-11-29", "complaint", "Broken box"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
    assert_eq!(rows(&cal)[4]["time"], "09:30");
    // The human view lists every day of the week, today marked.
    let human = env.ok(&["calendar"]);
    assert!(
        human.contains("mari's calendar, week 48: Mon 2026-11-23 – Sun 2026-11-29"),
        "{human}"
    );
    assert!(human.contains("Tue 2026-11-24 today"), "{human}");
    assert!(human.contains("Mon 2026-11-23"), "{human}");
    // --all, --month, -p.
    assert!(env.ok(&["calendar", "--all"]).contains("Not mine"));
    let month = json(&env, &["calendar", "--month"]);
    assert_eq!(
        rows(&month).len(),
        6,
        "December's task is not in November: {month}"
    );
    let dec = json(&env, &["calendar", "-p", "2026-12-01..2026-12-07"]);
    assert_eq!(rows(&dec).len(), 1);
    let week = json(&env, &["calendar", "--week", "-p", "2026-12-03"]);
    assert_eq!(rows(&week)[0]["text"], "Next week");
    env.fails(2, &["calendar", "-p", "2026.."]);
    // -f ics is for the calendar (and export ics), not for records.
    let err = env.fails(2, &["ls", "-f", "ics"]);
    assert!(err.contains("-f ics"), "{err}");
    let ics = env.ok(&["calendar", "-f", "ics"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(ics.matches("BEGIN:VTODO").count(), 3);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
    assert!(ics.contains("DUE:20261128T073000Z"), "{ics}");
    assert!(ics.contains("CATEGORIES:COMPLAINT"), "{ics}");
    if let Some(out) = crate::interop::python_with(
        "icalendar",
        "import sys, icalendar\ncal=icalendar.Calendar.from_ical(sys.stdin.read())\nprint(sorted(str(c.name) + ' ' + str(c.get('summary')) for c in cal.walk() if c.name in ('VTODO','VEVENT')))",
        &ics,
    ) {
        assert!(
            out.contains("VEVENT Acme: Review (with Pekka Virtanen)"),
            "{out}"
        );
        assert!(
            out.contains("VTODO Complaint from Acme: Broken box"),
            "{out}"
        );
    }
}

#[test]
fn attention_export_ics_has_repeating_tasks_with_rrule_and_complaints_as_todos() {
    let env = Env::with_store();
    add_acme(&env);
    env.ok(&[
        "task",
        "acme",
        "Quarterly",
        "--due",
        "2026-12-01",
        "--every",
        "3m",
        "--priority",
        "high",
    ]);
    env.ok(&["task", "acme", "Undated"]);
    env.ok(&["log", "acme", "complaint", "Late"]);
    let ics = env.ok(&["export", "ics"]);
    assert!(ics.contains("RRULE:FREQ=MONTHLY;INTERVAL=3\r\n"), "{ics}");
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20261124\r\nDUE;VALUE=DATE:20261201\r\n"),
        "{ics}"
    );
    assert!(ics.contains("PRIORITY:1\r\n"), "{ics}");
    assert!(
        ics.contains("SUMMARY:Complaint from Acme: Late\r\n"),
        "{ics}"
    );
    assert_eq!(ics.matches("BEGIN:VTODO").count(), 3);
    assert_eq!(env.ok(&["export", "ics", "-f", "ics"]), ics);
    if let Some(out) = crate::interop::python_with(
        "icalendar",
        "import sys, icalendar\ncal=icalendar.Calendar.from_ical(sys.stdin.read())\nfor c in cal.walk('VTODO'):\n    r=c.get('rrule')\n    print(str(c.get('summary')), dict(r) if r else None, c.get('due') is not None, str(c.get('categories').cats[0]) if c.get('categories') else None)",
        &ics,
    ) {
        assert!(
            out.contains("Acme: Quarterly {'FREQ': ['MONTHLY'], 'INTERVAL': [3]} True None"),
            "{out}"
        );
        assert!(out.contains("Acme: Undated None False None"), "{out}");
        assert!(
            out.contains("Complaint from Acme: Late None False COMPLAINT"),
            "{out}"
        );
    }
}

// ---- the demo ----

#[test]
fn attention_a_fresh_demo_store_shows_its_user_a_non_empty_agenda() {
    let env = Env::new();
    env.ok(&[
        "--as",
        "pat",
        "init",
        "--demo",
        env.store.to_str().expect("utf-8"),
    ]);
    let out = env.ok(&["--as", "pat"]);
    assert!(out.starts_with("pat's agenda for Tue 2026-11-24"), "{out}");
    assert!(!out.contains("Nothing due"), "{out}");
    for section in [
        "Tasks due",
        "Meetings",
        "Open complaints",
        "Tasks with no date",
    ] {
        assert!(out.contains(section), "{section}: {out}");
    }
    // The sample team's agendas have complaints, warnings and undated tasks too.
    let all = json(&env, &["agenda", "--all"]);
    for section in [
        "overdue",
        "complaint",
        "due",
        "meeting",
        "warning",
        "birthday",
        "stale",
        "undated",
    ] {
        assert!(
            rows(&all).iter().any(|r| r["section"] == section),
            "no {section} in the demo"
        );
    }
    for rule in ["vip-neglected", "offer-waiting", "budget-80", "over-budget"] {
        assert!(
            rows(&all).iter().any(|r| r["rule"] == rule),
            "no {rule} warning in the demo"
        );
    }
}

// ---- merge ----

impl Pair {
    fn ok(&self, i: usize, now: &str, args: &[&str]) -> String {
        let o = self.run(i, now, args);
        assert!(
            o.status.success(),
            "clone {i}: crm {args:?} exited {:?}\n{}\n{}",
            o.status.code(),
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stdout).into_owned()
    }
}

#[test]
fn attention_a_complaint_closed_in_one_clone_and_edited_in_another_keeps_both() {
    let p = Pair::new();
    let t = |m: u32| format!("2026-11-24T10:{m:02}:00+02:00");
    p.ok(0, &t(0), &["add", "Acme"]);
    let id = p.ok(
        0,
        &t(1),
        &["log", "acme", "complaint", "Late delivery", "--due", "+3d"],
    );
    let id = id.trim();
    p.ok(0, &t(2), &["sync"]);
    p.ok(1, &t(3), &["sync"]);
    p.ok(
        0,
        &t(4),
        &["complaint", "close", id, "--note", "Credit note sent"],
    );
    // Jaan adds who complained, by hand.
    let f = p.text(1, "acme").replace(
        "kind = \"complaint\"",
        "kind = \"complaint\"\nwith = \"Pekka\"",
    );
    std::fs::write(p.clones[1].join("customers/acme.toml"), f).expect("write");
    p.ok(1, &t(5), &["sync"]);
    p.ok(0, &t(6), &["sync"]);
    p.ok(1, &t(7), &["sync"]);
    for i in 0..2 {
        let f = p.text(i, "acme");
        let a: toml::Table = toml::from_str(&f).expect("toml");
        let c = a["activities"].as_array().expect("acts")[0]
            .as_table()
            .expect("t")
            .clone();
        assert_eq!(c["done"].as_bool(), Some(true), "clone {i}: {f}");
        assert_eq!(
            c["resolution"].as_str(),
            Some("Credit note sent"),
            "clone {i}"
        );
        assert_eq!(c["with"].as_str(), Some("Pekka"), "clone {i}");
        assert!(!f.contains("[[conflicts]]"), "clone {i}: {f}");
    }
    assert_eq!(p.text(0, "acme"), p.text(1, "acme"));
}

#[test]
fn attention_a_repeating_task_closed_in_two_clones_makes_one_next_copy() {
    let p = Pair::new();
    let t = |m: u32| format!("2026-11-24T10:{m:02}:00+02:00");
    p.ok(0, &t(0), &["add", "Acme"]);
    let id = p.ok(
        0,
        &t(1),
        &[
            "task",
            "acme",
            "Weekly call",
            "--due",
            "today",
            "--every",
            "weekly",
        ],
    );
    let id = id.trim();
    p.ok(0, &t(2), &["sync"]);
    p.ok(1, &t(3), &["sync"]);
    p.ok(0, &t(4), &["done", id]);
    p.ok(1, &t(5), &["done", id, "--note", "Jaan called"]);
    // Meanwhile Mari edits the task's text in her clone: kept too.
    p.ok(0, &t(6), &["sync"]);
    p.ok(1, &t(7), &["sync"]);
    p.ok(0, &t(8), &["sync"]);
    for i in 0..2 {
        let f = p.text(i, "acme");
        assert_eq!(
            f.matches("text = \"Weekly call\"").count(),
            2,
            "clone {i}: one next copy\n{f}"
        );
        assert_eq!(f.matches("done = false").count(), 1, "clone {i}\n{f}");
        assert!(f.contains("resolution = \"Jaan called\""), "clone {i}\n{f}");
        assert!(f.contains("due = 2026-12-01"), "clone {i}\n{f}");
    }
    assert_eq!(p.text(0, "acme"), p.text(1, "acme"));
}

// ---- contracts ending ----

fn add_contract(env: &Env, title: &str, end: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "contract",
        "add",
        "acme",
        title,
        "--start",
        "2026-01-01",
        "--end",
        end,
        "--value",
        "100",
    ];
    args.extend_from_slice(extra);
    env.ok(&args).trim().to_string()
}

/// The built-in rule `contract-ending` is about `[[contracts]]` (issue
/// 14's): a contract whose notice date, else whose end, falls in the
/// agenda's window warns its owner; the calendar shows both days; the rule
/// is tuned and switched off like any other.
#[test]
fn attention_a_contract_ending_or_to_give_notice_warns_and_is_in_the_calendar() {
    let env = Env::with_store();
    add_acme(&env);
    // Today is 2026-11-24: the agenda's window runs to 2026-12-01.
    let soon = add_contract(&env, "Support 2026", "2026-11-28", &[]);
    let licence = add_contract(
        &env,
        "Licence",
        "2026-12-31",
        &["--notice", "1m", "--auto-renew", "--every", "month"],
    );
    let later = add_contract(&env, "Hosting", "2027-03-01", &[]);
    let ended = add_contract(&env, "Old support", "2026-11-20", &[]);
    let warnings = |env: &Env, args: &[&str]| -> Vec<(String, String, String)> {
        rows(&json(env, args))
            .iter()
            .filter(|r| r["rule"] == "contract-ending")
            .map(|r| {
                assert_eq!(r["section"], "contract", "{r}");
                (
                    r["id"].as_str().expect("id").to_string(),
                    r["date"].as_str().expect("date").to_string(),
                    r["text"].as_str().expect("text").to_string(),
                )
            })
            .collect()
    };
    let mut got = warnings(&env, &["agenda"]);
    got.sort();
    let mut want = vec![
        (
            soon.clone(),
            "2026-11-28".to_string(),
            "Support 2026: ends 2026-11-28".to_string(),
        ),
        (
            licence.clone(),
            "2026-11-30".to_string(),
            "Licence: notice by 2026-11-30 (renews 2026-12-31)".to_string(),
        ),
    ];
    want.sort();
    assert_eq!(got, want);
    // A longer window reaches Hosting; the ended one never warns.
    let far: Vec<String> = warnings(&env, &["agenda", "--days", "120"])
        .into_iter()
        .map(|w| w.0)
        .collect();
    assert!(far.contains(&later) && !far.contains(&ended), "{far:?}");
    // The contract's owner's warning (mari added them), not jaan's.
    assert!(warnings(&env, &["--as", "jaan", "agenda"]).is_empty());
    // `crm check --rules` looks 30 days ahead.
    let check = env.ok(&["check", "--rules"]);
    assert!(
        check.contains("Support 2026: ends 2026-11-28") && !check.contains("Hosting"),
        "{check}"
    );
    // The calendar: a contract's end and its last day to give notice.
    let cal = |p: &str| -> Vec<(String, String)> {
        rows(&json(&env, &["calendar", "--month", "-p", p]))
            .iter()
            .filter(|r| r["what"] == "contract")
            .map(|r| {
                (
                    r["date"].as_str().expect("date").to_string(),
                    r["id"].as_str().expect("id").to_string(),
                )
            })
            .collect()
    };
    assert_eq!(
        cal("2026-11"),
        [
            ("2026-11-20".to_string(), ended.clone()),
            ("2026-11-28".to_string(), soon.clone()),
            ("2026-11-30".to_string(), licence.clone()),
        ]
    );
    assert_eq!(
        cal("2026-12"),
        [("2026-12-31".to_string(), licence.clone())]
    );
    let ics = env.ok(&["calendar", "--month", "-p", "2026-12", "-f", "ics"]);
    assert!(
        ics.contains(&format!("UID:contract-end-{licence}@crm")),
        "{ics}"
    );
    // Tuned: a query chooses the customers, a message of its own.
    append_config(
        &env,
        "\n[[rules]]\nname = \"contract-ending\"\nquery = \"tag:vip\"\nmessage = \"{contract} by {notice_by}\"\n",
    );
    assert!(warnings(&env, &["agenda"]).is_empty(), "acme is not vip");
    env.ok(&["set", "acme", "tags+=vip"]);
    let texts: Vec<String> = warnings(&env, &["agenda"])
        .into_iter()
        .map(|w| w.2)
        .collect();
    assert!(
        texts.contains(&"Licence by 2026-11-30".to_string()),
        "{texts:?}"
    );
    let rules = env.ok(&["rules"]);
    assert!(rules.contains("contract-ending"), "{rules}");
    // Switched off.
    let p = env.store.join("crm.toml");
    let cfg = std::fs::read_to_string(&p).expect("crm.toml");
    std::fs::write(&p, cfg.replace("query = \"tag:vip\"", "enabled = false")).expect("write");
    assert!(warnings(&env, &["agenda"]).is_empty(), "switched off");
}

/// A birthday without a year (issue 13's `"--MM-DD"`) is on its day in the
/// calendar, says whose it is rather than an age, and keeps a UID made of
/// the contact's name.
#[test]
fn attention_calendar_shows_a_birthday_without_a_year() {
    let env = Env::with_store();
    add_acme(&env);
    env.ok(&[
        "contact",
        "add",
        "acme",
        "Pekka Virtanen",
        "--birthday=--11-26",
    ]);
    let cal = json(&env, &["calendar"]);
    let b: Vec<(&str, &str)> = rows(&cal)
        .iter()
        .filter(|r| r["what"] == "birthday")
        .map(|r| {
            (
                r["date"].as_str().expect("date"),
                r["text"].as_str().expect("text"),
            )
        })
        .collect();
    assert_eq!(b, [("2026-11-26", "Pekka Virtanen's birthday")]);
    let ics = env.ok(&["calendar", "-f", "ics"]);
    assert!(
        ics.contains("UID:birthday-acme-pekka-virtanen-2026@crm"),
        "{ics}"
    );
    let export = env.ok(&["export", "ics"]);
    assert!(
        export.contains("UID:birthday-acme-pekka-virtanen@crm"),
        "{export}"
    );
    assert!(export.contains("DTSTART;VALUE=DATE:20001126"), "{export}");
}

/// `--chart` (issue 16) draws the new reports too: complaints by their
/// count, budgets by the share used.
#[test]
fn attention_report_complaints_and_budget_draw_as_charts() {
    let env = Env::new();
    env.ok(&["init", "--demo", env.store.to_str().expect("utf-8")]);
    let c = env.ok(&["report", "complaints", "--by", "owner", "--chart"]);
    assert!(c.starts_with("crm report complaints (count)"), "{c}");
    assert!(c.contains("jaan"), "{c}");
    let b = env.ok(&["report", "budget", "--chart"]);
    assert!(b.starts_with("crm report budget (used)"), "{b}");
    env.fails(2, &["report", "budget", "--chart", "-f", "json"]);
}
