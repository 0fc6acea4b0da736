//! Issue 19: `crm forget` erases a person from the files, from every
//! commit, from every clone and from the remote — checked the way an
//! auditor would: `git log --all -p`, every object git holds (reachable or
//! not) and every byte under `.git/`.

use crate::common::Env;
use crate::sync::Team;
use std::path::Path;

/// The person to forget, and every way their data is written.
const NAME: &str = "Peeter Pärn";
const EMAIL: &str = "peeter.parn@example.ee";
const PHONE: &str = "+372 5123 4567";
const NEEDLES: &[&str] = &[
    "Peeter Pärn",
    "peeter.parn@example.ee",
    "5123 4567",
    "+37251234567",
    "peeter-parn",
];

/// Every needle found (case-blind) in `bytes`.
fn found_in(bytes: &[u8]) -> Vec<&'static str> {
    let hay = String::from_utf8_lossy(bytes).to_lowercase();
    NEEDLES
        .iter()
        .filter(|n| hay.contains(&n.to_lowercase()))
        .copied()
        .collect()
}

/// Everything git holds in `git_dir`'s repository, as an auditor reads
/// it: the full patch history of every ref, every object in the database
/// (reachable or not, packed or loose), and every file under `.git/`.
fn audit(env: &Env, repo: &Path) -> Vec<String> {
    let mut hits = Vec::new();
    let log = env.git_output(repo, &["log", "--all", "-p", "--format=%H %an %s%n%b"]);
    for n in found_in(&log.stdout) {
        hits.push(format!("git log --all -p: {n}"));
    }
    let objects = env.git_output(
        repo,
        &["cat-file", "--batch-all-objects", "--batch", "--unordered"],
    );
    assert!(objects.status.success());
    for n in found_in(&objects.stdout) {
        hits.push(format!("an object: {n}"));
    }
    let listed = env.git_output(repo, &["rev-list", "--all", "--objects"]);
    for n in found_in(&listed.stdout) {
        hits.push(format!("rev-list --objects: {n}"));
    }
    let git_dir = if repo.join(".git").is_dir() {
        repo.join(".git")
    } else {
        repo.to_path_buf()
    };
    let mut stack = vec![git_dir];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read .git").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                for n in found_in(&bytes) {
                    hits.push(format!("{}: {n}", p.display()));
                }
            }
        }
    }
    hits
}

fn fails(t: &Team, i: usize, args: &[&str]) -> (i32, String) {
    let o = t.run(i, args);
    assert!(!o.status.success(), "crm {args:?} should fail");
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// Mari's clone holds the person, Jaan's and Liisa's clones have synced
/// and each have work not pushed yet.
fn team_with_person() -> Team {
    let t = Team::new(3);
    t.ok(
        0,
        &[
            "add",
            NAME,
            "--email",
            EMAIL,
            "--phone",
            PHONE,
            "--note",
            "Prefers calls",
        ],
    );
    t.ok(
        0,
        &[
            "log",
            "peeter-parn",
            "call",
            "Talked boats with Peeter Pärn",
        ],
    );
    t.ok(
        0,
        &[
            "add",
            "Acme OÜ",
            "--note",
            "Introduced by Peeter Pärn (peeter.parn@example.ee)",
        ],
    );
    t.ok(
        0,
        &[
            "contact",
            "add",
            "acme-ou",
            "Mari Maasikas",
            "--email",
            "mari@acme.example",
        ],
    );
    t.ok(0, &["log", "acme-ou", "meeting", "Quarterly review"]);
    t.ok(0, &["sync"]);
    t.ok(1, &["sync"]);
    t.ok(2, &["sync"]);
    // Jaan: a call with the person (goes), a note about them on another
    // customer (stays, redacted), a new customer (stays).
    t.ok(1, &["log", "peeter-parn", "call", "Peeter called back"]);
    t.ok(
        1,
        &["log", "acme-ou", "note", "Met Peeter Pärn at the fair"],
    );
    t.ok(1, &["add", "Kala AS", "--email", "info@kala.example"]);
    // Liisa: a change that has nothing to do with the person.
    t.ok(2, &["set", "acme-ou", "tags+=boats"]);
    t
}

#[test]
fn forget_erases_a_customer_from_every_clone_and_the_remote() {
    let t = team_with_person();
    let before = t
        .env
        .git_in(&t.clones[0], &["log", "--format=%an|%ad|%s", "--date=raw"]);
    let out = t.ok(0, &["forget", "peeter-parn"]);
    assert!(out.contains("add [forgotten]: [forgotten]"), "{out}");
    // Authors, dates and the shape of the history are kept; messages that
    // named the person are redacted.
    let after = t
        .env
        .git_in(&t.clones[0], &["log", "--format=%an|%ad|%s", "--date=raw"]);
    let after_lines: Vec<&str> = after.lines().collect();
    assert!(after_lines[0].ends_with("(a customer)"), "{after}");
    let kept: Vec<&str> = after_lines[1..].to_vec();
    let was: Vec<String> = before
        .lines()
        .map(|l| {
            l.replace("peeter-parn", "[forgotten]")
                .replace(NAME, "[forgotten]")
        })
        .collect();
    assert_eq!(kept, was.iter().map(String::as_str).collect::<Vec<_>>());
    for i in [1, 2, 0, 1, 2] {
        let out = t.ok(i, &["sync"]);
        let _ = out;
    }
    // All clones converge on one history and the same files.
    let head = t.env.git_in(&t.clones[0], &["rev-parse", "HEAD"]);
    for i in 0..3 {
        assert_eq!(
            t.env.git_in(&t.clones[i], &["rev-parse", "HEAD"]),
            head,
            "clone{i}"
        );
        assert_eq!(t.content(i), t.content(0), "clone{i}");
        t.clean(i);
        let hits = audit(&t.env, &t.clones[i]);
        assert!(hits.is_empty(), "clone{i} still holds: {hits:#?}");
    }
    let hits = audit(&t.env, &t.bare);
    assert!(hits.is_empty(), "the remote still holds: {hits:#?}");
    // Everything else survived: Jaan's new customer and note (redacted),
    // Liisa's tag, the other contact and activity.
    assert!(t.file(0, "peeter-parn").is_empty());
    assert!(t.file(0, "kala-as").contains("info@kala.example"));
    let acme = t.file(0, "acme-ou");
    assert!(acme.contains("Met [forgotten] at the fair"), "{acme}");
    assert!(
        acme.contains("Introduced by [forgotten] ([forgotten])"),
        "{acme}"
    );
    assert!(acme.contains("boats"), "{acme}");
    assert!(
        acme.contains("Mari Maasikas") && acme.contains("Quarterly review"),
        "{acme}"
    );
    // The erasure is recorded without the person.
    let record = std::fs::read_to_string(t.clones[2].join("forgotten.toml")).expect("record");
    assert!(record.contains("what = \"customer\""), "{record}");
    assert!(record.contains("by = \"mari\""), "{record}");
    assert!(found_in(record.as_bytes()).is_empty());
    // Reads work on the new history (the cache was rebuilt).
    let ls = t.ok(1, &["ls", "-f", "ids"]);
    assert_eq!(ls.lines().collect::<Vec<_>>(), ["acme-ou", "kala-as"]);
}

#[test]
fn forget_dry_run_lists_what_would_change_and_changes_nothing() {
    let t = team_with_person();
    let head = t.env.git_in(&t.clones[0], &["rev-parse", "HEAD"]);
    let out = t.ok(0, &["forget", "Peeter Pärn", "--dry-run"]);
    assert!(
        out.contains("would change: customers/peeter-parn.toml"),
        "{out}"
    );
    assert!(out.contains("customers/acme-ou.toml"), "{out}");
    assert_eq!(t.env.git_in(&t.clones[0], &["rev-parse", "HEAD"]), head);
    assert!(t.file(0, "peeter-parn").contains(EMAIL));
    t.clean(0);
}

#[test]
fn forget_a_contact_keeps_the_customer_and_everyone_else() {
    let env = Env::with_store();
    env.ok(&["add", "Acme OÜ", "--email", "info@acme.example"]);
    env.ok(&[
        "contact", "add", "acme-ou", NAME, "--email", EMAIL, "--phone", PHONE,
    ]);
    env.ok(&[
        "contact",
        "add",
        "acme-ou",
        "Mari Maasikas",
        "--email",
        "mari@acme.example",
    ]);
    env.ok(&["log", "acme-ou", "call", "Agreed on boats", "--with", NAME]);
    env.ok(&["set", "acme-ou", "tags+=vip"]);
    env.ok(&["forget", "acme-ou", "--contact", "peeter pärn"]);
    let acme = env.file("acme-ou");
    assert!(
        acme.contains("Mari Maasikas") && acme.contains("vip"),
        "{acme}"
    );
    assert!(
        acme.contains("Agreed on boats") && acme.contains("with = \"[forgotten]\""),
        "{acme}"
    );
    let hits = audit(&env, &env.store);
    assert!(hits.is_empty(), "still held: {hits:#?}");
    env.assert_clean();
    // The store reads and checks fine.
    env.ok(&["check"]);
    // A contact nobody had is an error that names it.
    let err = env.fails(3, &["forget", "acme-ou", "--contact", "Nobody Here"]);
    assert!(err.contains("Nobody Here"), "{err}");
}

#[test]
fn forget_reaches_a_customer_removed_before() {
    let env = Env::with_store();
    env.ok(&["add", NAME, "--email", EMAIL]);
    env.ok(&["add", "Acme OÜ"]);
    env.ok(&["rm", "peeter-parn"]);
    env.ok(&["forget", "peeter-parn"]);
    let hits = audit(&env, &env.store);
    assert!(hits.is_empty(), "still held: {hits:#?}");
    assert!(env.file("acme-ou").contains("Acme"));
    // `crm undo` still works on the rewritten history.
    env.ok(&["add", "Bolt AS"]);
    env.ok(&["undo"]);
    assert!(!env.store.join("customers/bolt-as.toml").exists());
}

#[test]
fn a_plain_git_pull_of_a_rewritten_history_is_stopped_and_names_crm_sync() {
    let t = team_with_person();
    // A clone made by plain git (no hook crm installs).
    let plain = t.env.tmp.path().join("plain");
    t.env.git_in(
        t.env.tmp.path(),
        &[
            "clone",
            "-q",
            t.bare.to_str().expect("utf-8"),
            plain.to_str().expect("utf-8"),
        ],
    );
    t.ok(0, &["forget", "peeter-parn"]);
    let pull = t
        .env
        .git_output(&t.clones[1], &["pull", "--no-rebase", "--quiet"]);
    assert!(!pull.status.success());
    let err = String::from_utf8_lossy(&pull.stderr);
    assert!(
        err.contains("crm sync") && err.contains("crm forget"),
        "{err}"
    );
    // The plain clone is refused by git itself: the new history shares no
    // commit with the old one.
    let pull = t
        .env
        .git_output(&plain, &["pull", "--no-rebase", "--quiet"]);
    assert!(!pull.status.success());
    let err = String::from_utf8_lossy(&pull.stderr);
    assert!(err.contains("unrelated histories"), "{err}");
    // crm sync then follows, and Jaan's unpushed work is kept.
    let out = t.ok(1, &["sync"]);
    assert!(out.contains("rewrote its history"), "{out}");
    assert!(t.file(1, "kala-as").contains("kala"));
    let hits = audit(&t.env, &t.clones[1]);
    assert!(hits.is_empty(), "still held: {hits:#?}");
}

#[test]
fn old_history_pushed_by_mistake_is_refused_by_sync() {
    let t = team_with_person();
    t.ok(0, &["forget", "peeter-parn"]);
    // Jaan forces his old history over the new one.
    let push = t.env.git_output(
        &t.clones[1],
        &["push", "--force", "--quiet", "origin", "main"],
    );
    assert!(
        push.status.success(),
        "{}",
        String::from_utf8_lossy(&push.stderr)
    );
    let head = t.env.git_in(&t.clones[0], &["rev-parse", "HEAD"]);
    let (code, err) = fails(&t, 0, &["sync"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("from before erasure") && err.contains("nothing was changed"),
        "{err}"
    );
    assert_eq!(t.env.git_in(&t.clones[0], &["rev-parse", "HEAD"]), head);
    assert!(t.file(0, "peeter-parn").is_empty());
    // Jaan's own sync refuses to push old history again.
    let (_, err) = fails(&t, 1, &["sync"]);
    assert!(err.contains("erasure"), "{err}");
    // The way out the message gives: Mari puts the new history back, and
    // Jaan's sync follows it.
    t.env.git_in(
        &t.clones[0],
        &["push", "--force", "--quiet", "origin", "main"],
    );
    t.ok(1, &["sync"]);
    assert!(t.file(1, "peeter-parn").is_empty());
    assert!(t.file(1, "kala-as").contains("kala"));
}

#[test]
fn a_redaction_that_would_break_a_file_is_refused_and_changes_nothing() {
    let env = Env::with_store();
    env.ok(&["add", NAME, "--email", EMAIL]);
    env.ok(&["add", "Acme OÜ"]);
    // The person's id as a bare key: replacing it would not be TOML.
    let text = env.file("acme-ou");
    env.write_file("acme-ou", &format!("{text}\n[fields]\npeeter-parn = 1\n"));
    env.git(&["commit", "-qam", "a key that is an id"]);
    let head = env.git(&["rev-parse", "HEAD"]);
    let err = env.fails(1, &["forget", "peeter-parn"]);
    assert!(err.contains("customers/acme-ou.toml"), "{err}");
    assert_eq!(env.git(&["rev-parse", "HEAD"]), head);
    assert!(env.file("peeter-parn").contains(EMAIL));
}
