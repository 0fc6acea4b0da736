//! Issue 12: the team merge tells the truth — the newest change per field
//! wins, plain `git pull` (with or without crm on PATH, merge or rebase)
//! never leaves a customer file one-sided, and sync says only what it did.
//! Real clones of a bare remote, the real binary, the real git.

use crate::common::Pair;
use std::process::Output;

impl Pair {
    fn said(&self, i: usize, now: &str, args: &[&str]) -> String {
        let o = self.run(i, now, args);
        assert!(
            matches!(o.status.code(), Some(0) | Some(4)),
            "clone {i}: crm {args:?} exited {:?}\n{}\n{}",
            o.status.code(),
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    }

    fn field(&self, i: usize, id: &str, key: &str) -> String {
        let text = std::fs::read_to_string(self.clones[i].join(format!("customers/{id}.toml")))
            .expect("customer file");
        let t: toml::Table = toml::from_str(&text).expect("valid toml");
        t.get(key)
            .and_then(toml::Value::as_str)
            .unwrap_or_default()
            .to_string()
    }

    /// git in clone `i` with PATH holding the system's programs but not
    /// the crm under test: a machine where crm was never installed.
    fn git_without_crm(&self, i: usize, args: &[&str]) -> Output {
        let mut c = self.env.command("git");
        c.env("PATH", "/usr/local/bin:/usr/bin:/bin")
            .current_dir(&self.clones[i])
            .args(args)
            .output()
            .expect("run git")
    }

    fn clean(&self, i: usize) {
        assert_eq!(
            self.env.git_in(&self.clones[i], &["status", "--porcelain"]),
            "",
            "clone {i}: git status is not clean"
        );
        assert!(
            !self.clones[i].join(".git/MERGE_HEAD").exists(),
            "clone {i}: a merge is left in progress"
        );
        self.env.git_in(&self.clones[i], &["fsck", "--no-progress"]);
    }
}

const T0: &str = "2026-11-24T10:00:00+02:00";

/// The example: the newer change of `website` wins, though the
/// other clone's latest commit (a note on another customer) is newer.
#[test]
fn team_the_newer_change_of_a_field_wins_not_the_newer_branch_tip() {
    let p = Pair::new();
    p.said(0, T0, &["add", "Acme"]);
    p.said(0, T0, &["add", "Beta"]);
    p.said(0, T0, &["sync"]);
    p.said(1, T0, &["sync"]);
    p.said(
        0,
        "2026-11-24T11:00:00+02:00",
        &["set", "acme", "website=old.example"],
    );
    p.said(
        1,
        "2026-11-24T11:00:02+02:00",
        &["set", "acme", "website=new.example"],
    );
    p.said(
        0,
        "2026-11-24T11:05:00+02:00",
        &["log", "beta", "note", "later, elsewhere"],
    );
    p.said(1, "2026-11-24T11:06:00+02:00", &["sync"]);
    let out = p.said(0, "2026-11-24T11:07:00+02:00", &["sync"]);
    assert!(
        out.contains("website: kept \"new.example\" (Jaan Kask, 2026-11-24 11:00) over \"old.example\" (Mari Tamm, 2026-11-24 11:00)"),
        "{out}"
    );
    p.said(1, "2026-11-24T11:08:00+02:00", &["sync"]);
    for i in 0..2 {
        assert_eq!(p.field(i, "acme", "website"), "new.example", "clone {i}");
        p.clean(i);
    }
}

/// Each field of one commit is decided by its own history: a colleague's
/// newer change of one field wins that field only.
#[test]
fn team_each_field_goes_to_its_own_newest_change() {
    let p = Pair::new();
    p.said(0, T0, &["add", "Acme"]);
    p.said(0, T0, &["sync"]);
    p.said(1, T0, &["sync"]);
    p.said(
        1,
        "2026-11-24T10:10:00+02:00",
        &["set", "acme", "email=old@acme.example"],
    );
    p.said(
        0,
        "2026-11-24T10:20:00+02:00",
        &["set", "acme", "stage=customer", "email=mari@acme.example"],
    );
    p.said(
        1,
        "2026-11-24T10:30:00+02:00",
        &["set", "acme", "stage=lost"],
    );
    p.said(0, "2026-11-24T10:40:00+02:00", &["sync"]);
    p.said(1, "2026-11-24T10:41:00+02:00", &["sync"]);
    p.said(0, "2026-11-24T10:42:00+02:00", &["sync"]);
    for i in 0..2 {
        assert_eq!(p.field(i, "acme", "stage"), "lost", "clone {i}");
        assert_eq!(
            p.field(i, "acme", "email"),
            "mari@acme.example",
            "clone {i}"
        );
    }
}

/// Changes made in the same second are decided by one rule every clone
/// applies alike (the greater commit id): one commit's fields win or lose
/// together, and both clones end the same.
#[test]
fn team_a_tie_in_time_is_decided_alike_on_every_clone() {
    let p = Pair::new();
    p.said(0, T0, &["add", "Acme"]);
    p.said(0, T0, &["sync"]);
    p.said(1, T0, &["sync"]);
    let same = "2026-11-24T10:30:00+02:00";
    p.said(
        0,
        same,
        &["set", "acme", "stage=customer", "email=a@acme.example"],
    );
    p.said(
        1,
        same,
        &["set", "acme", "stage=lost", "email=b@acme.example"],
    );
    p.said(0, same, &["sync"]);
    p.said(1, same, &["sync"]);
    p.said(0, same, &["sync"]);
    let (stage, email) = (p.field(0, "acme", "stage"), p.field(0, "acme", "email"));
    assert_eq!(
        (p.field(1, "acme", "stage"), p.field(1, "acme", "email")),
        (stage.clone(), email.clone())
    );
    assert!(
        (stage == "customer" && email == "a@acme.example")
            || (stage == "lost" && email == "b@acme.example"),
        "one commit's fields go together: {stage} {email}"
    );
}

/// Set the conflict up for a plain `git pull`: both clones changed Acme,
/// clone 0 pushed, clone 1 has its own commit on top of the shared base.
fn diverged() -> Pair {
    let p = Pair::new();
    p.said(0, T0, &["add", "Acme"]);
    p.said(0, T0, &["sync"]);
    p.said(1, T0, &["sync"]);
    p.said(
        0,
        "2026-11-24T11:00:00+02:00",
        &["log", "acme", "call", "from mari"],
    );
    p.said(0, "2026-11-24T11:00:00+02:00", &["sync"]);
    p.said(
        1,
        "2026-11-24T11:01:00+02:00",
        &["log", "acme", "call", "from jaan"],
    );
    p
}

/// Where git could not run the merge driver (crm not on PATH and its
/// recorded path gone), git leaves the file one-sided and the index
/// unmerged: `crm check` fails naming it, `crm sync` completes the merge
/// with both sides and leaves no MERGE_HEAD.
#[test]
fn team_git_pull_without_a_runnable_driver_is_an_error_that_sync_completes() {
    let p = diverged();
    p.env.git_in(
        &p.clones[1],
        &[
            "config",
            "merge.crm.driver",
            "c='/nonexistent/crm'; [ -x \"$c\" ] || c=crm; exec \"$c\" merge-file %O %A %B %P",
        ],
    );
    let o = p.git_without_crm(1, &["pull", "--no-rebase", "--no-edit", "origin", "main"]);
    assert!(!o.status.success(), "git pull should stop on the conflict");
    let text = std::fs::read_to_string(p.clones[1].join("customers/acme.toml")).expect("file");
    assert!(
        !text.contains("from mari"),
        "one-sided, as git leaves it: {text}"
    );
    // check: an error, naming the file and the way out.
    let o = p.run(1, T0, &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("customers/acme.toml: error: git could not merge this file"),
        "{out}"
    );
    assert!(out.contains("crm sync"), "{out}");
    // Where no crm is on PATH either, the driver that cannot run is named.
    let o = p
        .env
        .crm()
        .env("CRM_DIR", &p.clones[1])
        .env("PATH", "/usr/bin:/bin")
        .args(["check"])
        .output()
        .expect("run crm");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(".git/config: error: the merge driver cannot run: /nonexistent/crm is gone"),
        "{out}"
    );
    // sync completes it from the conflict stages, with both sides.
    let out = p.said(1, "2026-11-24T11:02:00+02:00", &["sync"]);
    assert!(
        out.contains("completed the merge `git pull` had stopped on"),
        "{out}"
    );
    assert!(
        !out.contains("committed hand edit"),
        "no hand edit was committed: {out}"
    );
    let text = std::fs::read_to_string(p.clones[1].join("customers/acme.toml")).expect("file");
    assert!(
        text.contains("from mari") && text.contains("from jaan"),
        "{text}"
    );
    p.clean(1);
    let parents = p
        .env
        .git_in(&p.clones[1], &["log", "--merges", "--format=%P", "-1"]);
    assert_eq!(parents.split_whitespace().count(), 2, "a real merge commit");
    p.run(1, T0, &["check"]);
    // The driver is registered again by sync, and the other clone gets both.
    assert!(
        p.env
            .git_in(&p.clones[1], &["config", "merge.crm.driver"])
            .contains(&assert_cmd::cargo::cargo_bin("crm").display().to_string())
    );
    p.said(0, "2026-11-24T11:03:00+02:00", &["sync"]);
    let text = std::fs::read_to_string(p.clones[0].join("customers/acme.toml")).expect("file");
    assert!(
        text.contains("from mari") && text.contains("from jaan"),
        "{text}"
    );
}

/// `git pull --rebase` that stops for the same reason: sync aborts the
/// rebase (nothing is lost) and merges instead.
#[test]
fn team_git_pull_rebase_that_stopped_is_aborted_and_merged_by_sync() {
    let p = diverged();
    p.env.git_in(
        &p.clones[1],
        &[
            "config",
            "merge.crm.driver",
            "/nonexistent/crm merge-file %O %A %B %P",
        ],
    );
    let o = p.git_without_crm(1, &["pull", "--rebase", "origin", "main"]);
    assert!(!o.status.success(), "the rebase stops");
    let o = p.run(1, T0, &["check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("a git rebase stopped midway"));
    let out = p.said(1, "2026-11-24T11:02:00+02:00", &["sync"]);
    assert!(out.contains("aborted the rebase"), "{out}");
    let text = std::fs::read_to_string(p.clones[1].join("customers/acme.toml")).expect("file");
    assert!(
        text.contains("from mari") && text.contains("from jaan"),
        "{text}"
    );
    p.clean(1);
}

/// On a machine where crm is not on PATH (it was only ever run through
/// `cargo run`), git pull still runs the driver: init and clone record it
/// by its full path.
#[test]
fn team_git_pull_runs_the_driver_where_crm_is_not_on_path() {
    let p = diverged();
    let o = p.git_without_crm(1, &["pull", "--no-rebase", "--no-edit", "origin", "main"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(p.clones[1].join("customers/acme.toml")).expect("file");
    assert!(
        text.contains("from mari") && text.contains("from jaan"),
        "{text}"
    );
    p.clean(1);
}

/// A file changed and changed back is no hand edit: sync says nothing of it.
#[test]
fn team_sync_reports_hand_edits_only_when_it_committed_them() {
    let p = Pair::new();
    p.said(0, T0, &["add", "Acme"]);
    let path = p.clones[0].join("customers/acme.toml");
    let text = std::fs::read_to_string(&path).expect("file");
    std::fs::write(&path, format!("{text}# a thought\n")).expect("write");
    std::fs::write(&path, &text).expect("write back");
    // git sees the file as touched (its stat changed); nothing is different.
    let out = p.said(0, T0, &["sync"]);
    assert!(!out.contains("committed hand edit"), "{out}");
    std::fs::write(&path, format!("{text}# a real edit\n")).expect("write");
    let out = p.said(0, T0, &["sync"]);
    assert!(
        out.contains("committed hand edit: customers/acme.toml"),
        "{out}"
    );
    assert_eq!(
        p.env
            .git_in(&p.clones[0], &["log", "-1", "--format=%s"])
            .trim(),
        "edit by hand: customers/acme.toml"
    );
}
