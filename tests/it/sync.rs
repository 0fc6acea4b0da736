//! Issue 4: teamwork through a shared git remote — real bare repositories,
//! real clones, the real binary (and git running it as the merge driver).

use crate::common::Env;
use std::path::PathBuf;
use std::process::Output;

/// A team: a bare remote and clones, each with its own git identity.
pub(crate) struct Team {
    pub(crate) env: Env,
    pub(crate) bare: PathBuf,
    pub(crate) clones: Vec<PathBuf>,
}

const PEOPLE: [(&str, &str); 3] = [
    ("Mari Tamm", "mari"),
    ("Jaan Kask", "jaan"),
    ("Liisa Virtanen", "liisa"),
];

impl Team {
    /// A bare remote initialised by `crm init --remote`, and `n` clones.
    pub(crate) fn new(n: usize) -> Team {
        let env = Env::new();
        let bare = env.tmp.path().join("remote.git");
        env.git_in(
            env.tmp.path(),
            &[
                "init",
                "-q",
                "--bare",
                "-b",
                "main",
                bare.to_str().expect("utf-8"),
            ],
        );
        let first = env.tmp.path().join("clone0");
        env.ok(&[
            "init",
            first.to_str().expect("utf-8"),
            "--remote",
            bare.to_str().expect("utf-8"),
        ]);
        let mut clones = vec![first];
        for i in 1..n {
            let dir = env.tmp.path().join(format!("clone{i}"));
            env.ok(&[
                "clone",
                bare.to_str().expect("utf-8"),
                dir.to_str().expect("utf-8"),
            ]);
            clones.push(dir);
        }
        for (i, dir) in clones.iter().enumerate() {
            let (name, handle) = PEOPLE[i % 3];
            env.git_in(dir, &["config", "user.name", name]);
            env.git_in(
                dir,
                &["config", "user.email", &format!("{handle}@firm.example")],
            );
        }
        Team { env, bare, clones }
    }

    /// Run crm in clone `i` at time `now`.
    pub(crate) fn run_at(&self, i: usize, now: &str, args: &[&str]) -> Output {
        self.env
            .crm()
            .env("CRM_DIR", &self.clones[i])
            .env("CRM_NOW", now)
            .args(args)
            .write_stdin("")
            .output()
            .expect("run crm")
    }

    pub(crate) fn run(&self, i: usize, args: &[&str]) -> Output {
        self.run_at(i, crate::common::NOW, args)
    }

    pub(crate) fn ok(&self, i: usize, args: &[&str]) -> String {
        let o = self.run(i, args);
        assert!(
            o.status.success(),
            "clone{i}: crm {args:?}: {}\n{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stdout).into_owned()
    }

    pub(crate) fn file(&self, i: usize, id: &str) -> String {
        std::fs::read_to_string(self.clones[i].join("customers").join(format!("{id}.toml")))
            .unwrap_or_default()
    }

    pub(crate) fn clean(&self, i: usize) {
        assert_eq!(
            self.env.git_in(&self.clones[i], &["status", "--porcelain"]),
            "",
            "clone{i} not clean"
        );
        self.env.git_in(&self.clones[i], &["fsck", "--no-progress"]);
    }

    /// Every clone's customers/ as (file, text), sorted.
    pub(crate) fn content(&self, i: usize) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = std::fs::read_dir(self.clones[i].join("customers"))
            .map(|rd| {
                rd.filter_map(|e| e.ok())
                    .map(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        (name, std::fs::read_to_string(e.path()).unwrap_or_default())
                    })
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }
}

fn code(o: &Output) -> Option<i32> {
    o.status.code()
}

#[test]
fn sync_init_remote_and_clone_share_a_store() {
    let t = Team::new(2);
    t.ok(0, &["add", "Acme"]);
    let out = t.ok(0, &["sync"]);
    assert!(out.contains("out: Mari Tamm: add acme: Acme"), "{out}");
    let out = t.ok(1, &["sync"]);
    assert!(out.contains("in:  Mari Tamm: add acme: Acme"), "{out}");
    assert_eq!(t.file(0, "acme"), t.file(1, "acme"));
    assert!(
        t.env
            .git_in(&t.clones[1], &["config", "merge.crm.driver"])
            .trim()
            .ends_with("merge-file %O %A %B %P")
    );
    let o = t.run(1, &["sync"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("up to date"));
    t.clean(0);
    t.clean(1);
    // init --remote refuses a remote that already holds a store.
    let other = t.env.tmp.path().join("other");
    let err = t.env.fails(
        1,
        &[
            "init",
            other.to_str().expect("utf-8"),
            "--remote",
            t.bare.to_str().expect("utf-8"),
        ],
    );
    assert!(err.contains("crm clone"), "{err}");
}

#[test]
fn two_colleagues_logging_the_same_customer_never_conflict_and_lose_nothing() {
    let t = Team::new(2);
    t.ok(0, &["add", "Acme"]);
    t.ok(0, &["sync"]);
    t.ok(1, &["sync"]);
    let a = t.ok(
        0,
        &["log", "acme", "call", "Mari's call", "--minutes", "10"],
    );
    let b = t.ok(
        1,
        &[
            "log",
            "acme",
            "meeting",
            "Jaan's meeting",
            "--at",
            "2026-11-24 09:00",
        ],
    );
    t.ok(0, &["sync"]);
    let out = t.ok(1, &["sync"]);
    assert!(out.contains("merged: acme"), "{out}");
    t.ok(0, &["sync"]);
    let f = t.file(0, "acme");
    assert!(f.contains(a.trim()) && f.contains(b.trim()), "{f}");
    assert!(
        f.find("Jaan's meeting").expect("b") < f.find("Mari's call").expect("a"),
        "time order:\n{f}"
    );
    assert_eq!(t.content(0), t.content(1));
    assert!(!f.contains("[[conflicts]]"));
    // The merge is a real two-parent commit.
    let parents = t
        .env
        .git_in(&t.clones[1], &["log", "-1", "--format=%P", "--merges"]);
    assert_eq!(parents.split_whitespace().count(), 2);
    t.clean(0);
    t.clean(1);
}

#[test]
fn every_merge_rule_across_three_clones() {
    let t = Team::new(3);
    t.ok(
        0,
        &["add", "Acme", "--tag", "a,b", "--note", "one\ntwo\nthree"],
    );
    t.ok(0, &["contact", "add", "acme", "Pekka", "--role", "CEO"]);
    let deal = t.ok(
        0,
        &[
            "deal", "add", "acme", "Package", "--amount", "1000", "--stage", "offer",
        ],
    );
    let deal = deal.trim();
    t.ok(0, &["add", "Doomed"]);
    t.ok(0, &["sync"]);
    t.ok(1, &["sync"]);
    t.ok(2, &["sync"]);
    // Clone 0 (older): stage, a tag, first line of notes, deal amount, a contact.
    for args in [
        vec!["set", "acme", "stage=customer", "tags+=c", "tags-=a"],
        vec!["set", "acme", "notes=ONE\ntwo\nthree"],
        vec!["deal", "set", deal, "amount=1200"],
        vec!["contact", "add", "acme", "Kadri"],
        vec!["rm", "doomed"],
    ] {
        let o = t.run_at(0, "2026-11-24T10:00:00+02:00", &args);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    // Clone 1 (newer): stage differently, another tag, last line, deal stage, contact role, log on the removed one.
    for args in [
        vec!["set", "acme", "stage=lost", "tags+=d"],
        vec!["set", "acme", "notes=one\ntwo\nTHREE"],
        vec!["deal", "set", deal, "probability=80"],
        vec!["contact", "set", "acme", "Pekka", "role=CFO"],
        vec!["log", "doomed", "call", "still talking to them"],
    ] {
        let o = t.run_at(1, "2026-11-24T11:00:00+02:00", &args);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    // Clone 2: only a call.
    t.ok(2, &["log", "acme", "call", "from clone 2"]);
    assert_eq!(
        code(&t.run_at(0, "2026-11-24T10:00:00+02:00", &["sync"])),
        Some(0)
    );
    let o = t.run_at(1, "2026-11-24T11:00:00+02:00", &["sync"]);
    assert_eq!(
        code(&o),
        Some(4),
        "a scalar clash exits 4: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("conflict: acme: stage"), "{out}");
    assert!(
        out.contains("doomed: removed"),
        "remove vs change is reported: {out}"
    );
    assert_eq!(code(&t.run(2, &["sync"])), Some(0));
    assert_eq!(code(&t.run(0, &["sync"])), Some(0));
    assert_eq!(code(&t.run(1, &["sync"])), Some(0));
    let f = t.file(2, "acme");
    let v: toml::Table = toml::from_str(&f).expect("valid");
    assert_eq!(
        v["stage"].as_str(),
        Some("lost"),
        "the newer change wins:\n{f}"
    );
    let mut tags: Vec<&str> = v["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .filter_map(|x| x.as_str())
        .collect();
    tags.sort();
    assert_eq!(tags, ["b", "c", "d"]);
    assert_eq!(v["notes"].as_str(), Some("ONE\ntwo\nTHREE\n"));
    let d = &v["deals"].as_array().expect("deals")[0];
    assert_eq!(
        (d["amount"].as_integer(), d["probability"].as_integer()),
        (Some(1200), Some(80))
    );
    let contacts = v["contacts"].as_array().expect("contacts");
    assert_eq!(contacts.len(), 2);
    assert_eq!(contacts[0]["role"].as_str(), Some("CFO"));
    assert!(f.contains("from clone 2"));
    let c = &v["conflicts"].as_array().expect("conflicts")[0];
    assert_eq!(
        (
            c["field"].as_str(),
            c["ours"].as_str(),
            c["theirs"].as_str(),
            c["base"].as_str()
        ),
        (Some("stage"), Some("lost"), Some("customer"), Some("lead"))
    );
    assert!(
        t.file(2, "doomed").contains("still talking to them"),
        "nothing a colleague logged is lost"
    );
    assert_eq!(t.content(0), t.content(1));
    assert_eq!(t.content(1), t.content(2));
    // Settle it; the conflict is gone everywhere after syncs.
    let card = t.ok(2, &["show", "acme"]);
    assert!(card.contains("Conflicts to resolve (1)"), "{card}");
    t.ok(2, &["resolve", "acme", "stage", "--theirs"]);
    assert!(
        t.file(2, "acme").contains("stage = \"customer\"")
            && !t.file(2, "acme").contains("[[conflicts]]")
    );
    t.ok(2, &["sync"]);
    t.ok(0, &["sync"]);
    assert!(!t.file(0, "acme").contains("[[conflicts]]"));
    for i in 0..3 {
        t.clean(i);
    }
}

#[test]
fn a_push_rejected_because_a_colleague_pushed_meanwhile_is_merged_and_retried() {
    let t = Team::new(2);
    t.ok(0, &["add", "Acme"]);
    t.ok(0, &["sync"]);
    t.ok(1, &["sync"]);
    t.ok(1, &["log", "acme", "call", "jaan's call"]);
    // Clone 0 pushes between clone 1's fetch and push: clone 1's pre-push
    // hook makes that happen once.
    let crm = assert_cmd::cargo::cargo_bin("crm");
    let marker = t.env.tmp.path().join("pushed-once");
    let hook = t.clones[1].join(".git/hooks/pre-push");
    std::fs::write(
        &hook,
        format!(
            "#!/bin/sh\nif [ ! -f '{m}' ]; then touch '{m}'; CRM_DIR='{c0}' '{crm}' log acme call \"mari's call\" </dev/null >/dev/null && CRM_DIR='{c0}' '{crm}' sync >/dev/null; fi\nexit 0\n",
            m = marker.display(),
            c0 = t.clones[0].display(),
            crm = crm.display()
        ),
    )
    .expect("hook");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let out = t.ok(1, &["sync"]);
    assert!(marker.exists(), "the colleague's push happened");
    assert!(
        out.contains("in:  Mari Tamm: log acme: call — mari's call"),
        "{out}"
    );
    t.ok(0, &["sync"]);
    let f = t.file(0, "acme");
    assert!(
        f.contains("jaan's call") && f.contains("mari's call"),
        "{f}"
    );
    assert_eq!(t.content(0), t.content(1));
}

#[test]
fn plain_git_pull_merges_customer_files_through_the_driver() {
    let t = Team::new(2);
    t.ok(0, &["add", "Acme", "--tag", "x"]);
    t.ok(0, &["sync"]);
    t.ok(1, &["sync"]);
    t.ok(0, &["log", "acme", "call", "ours"]);
    t.ok(0, &["set", "acme", "tags+=y"]);
    t.ok(0, &["sync"]);
    t.ok(1, &["log", "acme", "call", "theirs"]);
    t.ok(1, &["set", "acme", "tags+=z"]);
    t.env.git_in(
        &t.clones[1],
        &["pull", "--no-rebase", "--no-edit", "-q", "origin", "main"],
    );
    let f = t.file(1, "acme");
    assert!(
        f.contains("text = \"ours\"") && f.contains("text = \"theirs\""),
        "{f}"
    );
    assert!(
        f.contains("tags = [\"x\", \"z\", \"y\"]") || f.contains("tags = [\"x\", \"y\", \"z\"]"),
        "{f}"
    );
    assert!(!f.contains("<<<<<<<"));
    t.clean(1);
}

#[test]
fn a_conflict_in_crm_toml_stops_the_sync_and_leaves_the_clone_as_it_was() {
    let t = Team::new(2);
    t.ok(0, &["add", "Acme"]);
    t.ok(0, &["sync"]);
    t.ok(1, &["sync"]);
    for (i, days) in [(0, "30"), (1, "90")] {
        let p = t.clones[i].join("crm.toml");
        let text = std::fs::read_to_string(&p).expect("cfg").replace(
            "stale_after_days = 60",
            &format!("stale_after_days = {days}"),
        );
        std::fs::write(&p, text).expect("write");
    }
    t.ok(0, &["sync"]);
    t.ok(1, &["log", "acme", "call", "kept locally"]);
    let head = t.env.git_in(&t.clones[1], &["rev-parse", "HEAD"]);
    let o = t.run(1, &["sync"]);
    assert_eq!(code(&o), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("crm.toml") && err.contains("nothing was changed"),
        "{err}"
    );
    // The hand edit was committed first; nothing else moved.
    let after = t.env.git_in(&t.clones[1], &["rev-parse", "HEAD"]);
    let log = t.env.git_in(&t.clones[1], &["log", "--format=%s", "-3"]);
    assert!(log.starts_with("edit by hand: crm.toml"), "{log}");
    assert_ne!(head, after);
    assert!(
        std::fs::read_to_string(t.clones[1].join("crm.toml"))
            .expect("cfg")
            .contains("stale_after_days = 90")
    );
    t.clean(1);
}

#[test]
fn invalid_hand_edits_stop_the_sync_naming_file_and_line() {
    let t = Team::new(1);
    t.ok(0, &["add", "Acme"]);
    std::fs::write(
        t.clones[0].join("customers/acme.toml"),
        "name = \"Acme\"\nstage = \n",
    )
    .expect("write");
    let o = t.run(0, &["sync"]);
    assert_eq!(code(&o), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("customers/acme.toml:2"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn sync_without_a_remote_says_how_to_add_one() {
    let env = Env::with_store();
    let err = env.fails(1, &["sync"]);
    assert!(err.contains("no remote") && err.contains("git -C"), "{err}");
}

/// A small deterministic generator (the property test below runs the real
/// binary, so it uses few, seeded cases rather than shrinking).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn property_random_changes_and_syncs_in_any_order_converge_without_losing_activities() {
    for seed in [7u64, 42] {
        let t = Team::new(3);
        t.ok(0, &["add", "Acme"]);
        t.ok(0, &["add", "Beta"]);
        t.ok(0, &["sync"]);
        t.ok(1, &["sync"]);
        t.ok(2, &["sync"]);
        let mut rng = Lcg(seed);
        let mut logged: Vec<String> = Vec::new();
        let mut newest: std::collections::BTreeMap<(String, &str), String> =
            std::collections::BTreeMap::new();
        for step in 0..24 {
            let i = rng.next(3) as usize;
            let now = format!(
                "2026-11-24T{:02}:{:02}:00+02:00",
                8 + step / 6,
                (step % 6) * 10
            );
            let who = ["acme", "beta"][rng.next(2) as usize];
            let args: Vec<String> = match rng.next(8) {
                0 | 1 => {
                    let text = format!("call {step} from clone{i}");
                    logged.push(text.clone());
                    vec!["log".into(), who.into(), "call".into(), text]
                }
                2 => vec![
                    "set".into(),
                    who.into(),
                    format!(
                        "stage={}",
                        ["lead", "prospect", "customer"][rng.next(3) as usize]
                    ),
                ],
                3 => vec![
                    "set".into(),
                    who.into(),
                    format!(
                        "tags{}={}",
                        ["+", "-"][rng.next(2) as usize],
                        ["vip", "old", "x"][rng.next(3) as usize]
                    ),
                ],
                4 => vec![
                    "contact".into(),
                    "add".into(),
                    who.into(),
                    format!("Person {}", rng.next(3)),
                ],
                5 => vec![
                    "deal".into(),
                    "add".into(),
                    who.into(),
                    format!("Deal {step}"),
                    "--amount".into(),
                    format!("{}", 100 * (1 + rng.next(9))),
                ],
                6 => vec!["rename".into(), who.into(), format!("{who} renamed {step}")],
                _ => vec!["sync".into()],
            };
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let o = t.run_at(i, &now, &args);
            assert!(
                matches!(code(&o), Some(0) | Some(4)),
                "seed {seed} step {step} clone{i} {args:?}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            // The changes that made a commit, with their time (steps are
            // in time order): the newest change of a field must win.
            let changed = !String::from_utf8_lossy(&o.stderr).contains("nothing changed");
            match args.as_slice() {
                ["set", id, a] if changed && a.starts_with("stage=") => {
                    newest.insert((id.to_string(), "stage"), a[6..].to_string());
                }
                ["rename", id, name] if changed => {
                    newest.insert((id.to_string(), "name"), name.to_string());
                }
                _ => {}
            }
        }
        // Final rounds: everyone syncs twice.
        for _ in 0..2 {
            for i in 0..3 {
                let o = t.run_at(i, "2026-11-24T18:00:00+02:00", &["sync"]);
                assert!(
                    matches!(code(&o), Some(0) | Some(4)),
                    "seed {seed}: {}",
                    String::from_utf8_lossy(&o.stderr)
                );
            }
        }
        assert_eq!(t.content(0), t.content(1), "seed {seed}");
        assert_eq!(t.content(1), t.content(2), "seed {seed}");
        let all: String = t.content(0).into_iter().map(|(_, s)| s).collect();
        for text in &logged {
            assert!(all.contains(text.as_str()), "seed {seed}: lost '{text}'");
        }
        // Issue 12: for every field changed (concurrently or not), every
        // clone ends with the value of its newest change.
        for ((id, key), want) in &newest {
            let text = std::fs::read_to_string(t.clones[0].join(format!("customers/{id}.toml")))
                .expect("customer");
            let f: toml::Table = toml::from_str(&text).expect("toml");
            assert_eq!(
                f.get(*key).and_then(toml::Value::as_str),
                Some(want.as_str()),
                "seed {seed}: {id}.{key} is not its newest value"
            );
        }
        for i in 0..3 {
            t.clean(i);
        }
    }
}

#[test]
fn history_tells_each_change_in_crm_terms_newest_first() {
    let env = Env::with_store();
    env.ok(&["add", "Acme", "--stage", "prospect"]);
    env.ok(&["set", "acme", "stage=customer", "tags+=vip"]);
    env.ok(&[
        "log",
        "acme",
        "call",
        "Agreed 5% discount",
        "--with",
        "Pekka",
    ]);
    let out = env.ok(&["history", "acme"]);
    let (call, stage, created) = (
        out.find("+ call by mari with Pekka: Agreed 5% discount")
            .expect(&out),
        out.find("stage: prospect → customer").expect(&out),
        out.find("created: Acme (prospect)").expect(&out),
    );
    assert!(call < stage && stage < created, "{out}");
    assert!(
        out.contains("+ tag vip") && out.contains("Mari Tamm"),
        "{out}"
    );
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(&env.ok(&["history", "acme", "-f", "json"])).expect("json");
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0]["customer"], "acme");
    // A new id (`rename --id`) keeps the history from before it.
    env.ok(&["rename", "acme", "Acme Group", "--id", "acme-group"]);
    let out = env.ok(&["history", "acme-group"]);
    let (renamed, call, created) = (
        out.find("id: acme → acme-group").expect(&out),
        out.find("Agreed 5% discount").expect(&out),
        out.find("created: Acme (prospect)").expect(&out),
    );
    assert!(renamed < call && call < created, "{out}");
    assert!(out.contains("name: Acme → Acme Group"), "{out}");
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(&env.ok(&["history", "acme-group", "-f", "json"])).expect("json");
    assert_eq!(rows[0]["customer"], "acme-group");
    assert_eq!(
        rows[rows.len() - 1]["customer"],
        "acme",
        "the id as of that commit"
    );
    env.ok(&["rename", "acme-group", "Acme", "--id", "acme"]);
    // A removed customer's history is still there.
    env.ok(&["rm", "acme"]);
    assert!(env.ok(&["history", "acme"]).contains("removed: Acme"));
}

#[test]
fn review_after_a_sync_tells_what_colleagues_did_grouped_by_customer() {
    let t = Team::new(2);
    t.ok(0, &["add", "Acme"]);
    t.ok(0, &["add", "Beta"]);
    t.ok(0, &["sync"]);
    t.ok(1, &["sync"]);
    t.ok(0, &["log", "beta", "call", "Called Beta"]);
    t.ok(0, &["set", "acme", "stage=customer"]);
    t.ok(0, &["sync"]);
    t.ok(1, &["sync"]);
    let out = t.ok(1, &["review"]);
    let (acme, beta) = (
        out.find("Acme  (acme)").expect(&out),
        out.find("Beta  (beta)").expect(&out),
    );
    assert!(acme < beta, "{out}");
    assert!(
        out.contains("stage: lead → customer") && out.contains("+ call by mari: Called Beta"),
        "{out}"
    );
    assert!(
        !out.contains("created: Acme"),
        "only what came in at the last sync: {out}"
    );
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(&t.ok(1, &["review", "-f", "json"])).expect("json");
    assert!(
        rows.iter()
            .any(|r| r["author"] == "Mari Tamm" && r["change"] == "stage: lead → customer"),
        "{rows:?}"
    );
    let all = t.ok(1, &["review", "--since", "2026-01-01"]);
    assert!(all.contains("created: Acme"), "{all}");
    let one = t.ok(1, &["review", "--since", "HEAD~1"]);
    assert!(
        one.contains("stage: lead → customer") && !one.contains("Called Beta"),
        "{one}"
    );
    let o = t.run(1, &["review", "--since", "the dawn of time"]);
    assert_eq!(code(&o), Some(2));
}

#[test]
fn undo_reverts_the_last_crm_change_and_refuses_a_pushed_one_without_force() {
    let t = Team::new(1);
    t.ok(0, &["add", "Acme"]);
    t.ok(0, &["log", "acme", "call", "keep me"]);
    t.ok(0, &["sync"]);
    t.ok(0, &["set", "acme", "stage=customer"]);
    t.ok(0, &["undo"]);
    let f = t.file(0, "acme");
    assert!(
        f.contains("stage = \"lead\"") && f.contains("keep me"),
        "{f}"
    );
    let log = t.env.git_in(&t.clones[0], &["log", "-1", "--format=%s"]);
    assert_eq!(log.trim(), "undo: set acme: stage=customer");
    t.clean(0);
    // The next one back was pushed already.
    let o = t.run(0, &["undo"]);
    assert_eq!(code(&o), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("already pushed") && err.contains("--force"),
        "{err}"
    );
    t.ok(0, &["undo", "--force"]);
    assert!(!t.file(0, "acme").contains("keep me"));
    t.clean(0);
}

#[test]
fn undo_keeps_later_changes_to_the_same_customer() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    env.ok(&["log", "acme", "call", "first"]);
    // A hand commit after crm's change: undo reverts crm's log only.
    let p = env.store.join("customers/acme.toml");
    let text = std::fs::read_to_string(&p)
        .expect("read")
        .replace("stage = \"lead\"", "stage = \"customer\"");
    std::fs::write(&p, text).expect("write");
    env.git(&["commit", "-qam", "by hand"]);
    env.ok(&["undo"]);
    let f = env.file("acme");
    assert!(
        !f.contains("first") && f.contains("stage = \"customer\""),
        "{f}"
    );
    env.assert_clean();
}

/// A remote made with a plain `git init --bare` (HEAD naming `master`,
/// which crm never pushes) clones all the same, and a clone of a store
/// without customers yet (no customers/ directory in git) takes its
/// first customer.
#[test]
fn a_plain_bare_remote_and_an_empty_store_clone_and_take_customers() {
    let env = Env::new();
    let bare = env.tmp.path().join("plain.git");
    let bare_s = bare.to_str().expect("utf-8");
    env.git_in(
        env.tmp.path(),
        &[
            "-c",
            "init.defaultBranch=master",
            "init",
            "-q",
            "--bare",
            bare_s,
        ],
    );
    let a = env.tmp.path().join("a");
    let b = env.tmp.path().join("b");
    env.ok(&["init", a.to_str().expect("utf-8"), "--remote", bare_s]);
    let out = env.ok(&["clone", bare_s, b.to_str().expect("utf-8")]);
    assert!(out.contains("Cloned 0 customers"), "{out}");
    assert!(!b.join("customers").exists());
    let in_b = |args: &[&str]| env.ok_in(&b, args);
    in_b(&["add", "Acme Ltd"]);
    in_b(&["log", "acme", "call", "First call"]);
    in_b(&["sync"]);
    env.ok_in(&a, &["sync"]);
    assert!(
        std::fs::read_to_string(a.join("customers/acme-ltd.toml"))
            .expect("acme in a")
            .contains("First call")
    );
    let c = env.tmp.path().join("c");
    let out = env.ok(&["clone", bare_s, c.to_str().expect("utf-8")]);
    assert!(out.contains("Cloned 1 customer into"), "{out}");
    assert_eq!(
        env.git_in(&c, &["rev-parse", "--abbrev-ref", "HEAD"])
            .trim(),
        "main"
    );
}

/// An uncommitted hand edit of a file a command changes is committed on
/// its own first: the command's commit holds only the command's change,
/// and undoing it keeps the hand edit (comment and unknown key included).
#[test]
fn a_pending_hand_edit_gets_its_own_commit_and_survives_undo() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let p = env.store.join("customers/acme.toml");
    let mut text = std::fs::read_to_string(&p).expect("read");
    text.push_str("# met at the fair\nmy_key = \"hand edit\"\n");
    std::fs::write(&p, &text).expect("write");
    let before = env.commits();
    env.ok(&["log", "acme", "call", "Asked for a quote"]);
    assert_eq!(env.commits(), before + 2);
    let log = env.git(&["log", "--format=%s", "-2"]);
    assert_eq!(
        log.lines().collect::<Vec<_>>(),
        [
            "log acme: call — Asked for a quote",
            "edit by hand: customers/acme.toml"
        ]
    );
    let crm_diff = env.git(&["show", "--format=", "HEAD"]);
    assert!(
        !crm_diff.contains("+my_key") && !crm_diff.contains("+# met"),
        "{crm_diff}"
    );
    assert_eq!(env.git(&["show", "HEAD~1:customers/acme.toml"]), text);
    env.ok(&["undo"]);
    let f = env.file("acme");
    assert!(
        f.contains("# met at the fair") && f.contains("my_key = \"hand edit\""),
        "{f}"
    );
    assert!(!f.contains("Asked for a quote"), "{f}");
    env.assert_clean();
    // A hand edit a command does not touch stays uncommitted.
    env.ok(&["add", "Beta"]);
    std::fs::write(&p, format!("{f}# second thought\n")).expect("write");
    env.ok(&["log", "beta", "call", "Hello"]);
    assert!(
        env.git(&["status", "--porcelain"])
            .contains("customers/acme.toml")
    );
}

/// sshd on a loopback port with a throwaway host key and user key; the
/// clones reach it through an alias in ~/.ssh/config, as a user would.
#[test]
fn sync_over_ssh_with_an_ssh_config_alias() {
    let sshd = PathBuf::from("/usr/sbin/sshd");
    if !sshd.exists() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("sshd is not installed; .ci/run installs openssh-server");
        }
        eprintln!("skipped: sshd is not installed (apt-get install openssh-server)");
        return;
    }
    let env = Env::new();
    let dir = env.tmp.path().join("ssh");
    std::fs::create_dir_all(&dir).expect("dir");
    for key in ["host", "user"] {
        let st = std::process::Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", "", "-f"])
            .arg(dir.join(key))
            .status()
            .expect("ssh-keygen");
        assert!(st.success());
    }
    std::fs::copy(dir.join("user.pub"), dir.join("authorized_keys")).expect("authorized_keys");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("port")
        .local_addr()
        .expect("addr")
        .port();
    let config = dir.join("sshd_config");
    std::fs::write(
        &config,
        format!(
            "Port {port}\nListenAddress 127.0.0.1\nHostKey {d}/host\nAuthorizedKeysFile {d}/authorized_keys\nPidFile {d}/sshd.pid\nStrictModes no\nUsePAM no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n",
            d = dir.display()
        ),
    )
    .expect("sshd_config");
    let _ = std::fs::create_dir_all("/run/sshd");
    let mut server = std::process::Command::new(&sshd)
        .args(["-D", "-e", "-f"])
        .arg(&config)
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start sshd");
    struct Kill(std::process::Child);
    impl Drop for Kill {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let server_guard = {
        let start = std::time::Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if start.elapsed() > std::time::Duration::from_secs(10) {
                let _ = server.kill();
                panic!("sshd did not start on port {port}");
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        Kill(server)
    };
    let user = std::process::Command::new("id")
        .arg("-un")
        .output()
        .expect("id")
        .stdout;
    let user = String::from_utf8_lossy(&user).trim().to_string();
    let host_pub = std::fs::read_to_string(dir.join("host.pub")).expect("host.pub");
    let ssh_dir = env.home.join(".ssh");
    std::fs::create_dir_all(&ssh_dir).expect(".ssh");
    std::fs::write(
        ssh_dir.join("known_hosts"),
        format!("[127.0.0.1]:{port} {host_pub}"),
    )
    .expect("known_hosts");
    std::fs::write(
        ssh_dir.join("config"),
        format!(
            "Host crm-office\n  HostName 127.0.0.1\n  Port {port}\n  User {user}\n  IdentityFile {d}/user\n  IdentitiesOnly yes\n  UserKnownHostsFile {k}\n  StrictHostKeyChecking yes\n  BatchMode yes\n",
            d = dir.display(),
            k = ssh_dir.join("known_hosts").display()
        ),
    )
    .expect("ssh config");
    let bare = env.tmp.path().join("remote.git");
    env.git_in(
        env.tmp.path(),
        &[
            "init",
            "-q",
            "--bare",
            "-b",
            "main",
            bare.to_str().expect("utf-8"),
        ],
    );
    let url = format!("crm-office:{}", bare.display());
    let a = env.tmp.path().join("a");
    let b = env.tmp.path().join("b");
    // ssh reads ~/.ssh/config from the passwd entry, not $HOME: name it.
    let ssh_cmd = format!("ssh -F {}", ssh_dir.join("config").display());
    let run = |dir: &PathBuf, args: &[&str]| {
        let o = env
            .crm()
            .env("CRM_DIR", dir)
            .env("GIT_SSH_COMMAND", &ssh_cmd)
            .args(args)
            .write_stdin("")
            .output()
            .expect("crm");
        assert!(
            o.status.success(),
            "crm {args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    run(&a, &["init", a.to_str().expect("utf-8"), "--remote", &url]);
    run(&b, &["clone", &url, b.to_str().expect("utf-8")]);
    run(&a, &["add", "Acme"]);
    run(&a, &["sync"]);
    run(&b, &["sync"]);
    run(&a, &["log", "acme", "call", "over ssh from a"]);
    run(&b, &["log", "acme", "call", "over ssh from b"]);
    run(&a, &["sync"]);
    let out = run(&b, &["sync"]);
    assert!(out.contains("merged: acme"), "{out}");
    run(&a, &["sync"]);
    let fa = std::fs::read_to_string(a.join("customers/acme.toml")).expect("a");
    let fb = std::fs::read_to_string(b.join("customers/acme.toml")).expect("b");
    assert_eq!(fa, fb);
    assert!(fa.contains("over ssh from a") && fa.contains("over ssh from b"));
    drop(server_guard);
}
