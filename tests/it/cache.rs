//! The read cache in `.git/crm-cache/` (docs/performance.md): whatever
//! happens to it or to the files, reads give the same answers as parsing
//! every file, and commits leave git clean.

use crate::common::Env;
use crm::store::{Loaded, Store};
use std::path::PathBuf;

/// A store with the demo firm (about 30 customers, a few hundred
/// activities) to have something worth caching.
fn demo() -> Env {
    let env = Env::new();
    env.ok(&["init", "--demo", env.store.to_str().expect("utf-8 path")]);
    env
}

fn open(env: &Env) -> Store {
    Store::open(&env.store, &crm::settings::Settings::default()).expect("store opens")
}

/// Everything a reader can see, as comparable text.
fn answers(l: &Loaded) -> (Vec<String>, Vec<String>) {
    (
        l.customers.iter().map(|c| format!("{c:?}")).collect(),
        l.broken.iter().map(|b| b.to_string()).collect(),
    )
}

/// load_all (through the cache) agrees with parsing every file.
fn assert_same_as_uncached(env: &Env) -> Loaded {
    backdate(env);
    let store = open(env);
    let cached = store.load_all().expect("cached load");
    let fresh = store.load_all_uncached().expect("uncached load");
    assert_eq!(answers(&cached), answers(&fresh));
    cached
}

fn cache_dir(env: &Env) -> PathBuf {
    env.store.join(".git/crm-cache")
}

fn shards(env: &Env) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(cache_dir(env))
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    v.retain(|p| {
        !p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
    });
    v.sort();
    v
}

/// Replace one line of a customer file by hand, as an editor would.
fn hand_edit(env: &Env, id: &str, from: &str, to: &str) {
    let text = env.file(id);
    assert!(text.contains(from), "{id} holds {from}");
    env.write_file(id, &text.replacen(from, to, 1));
}

/// Set the mtime of every customer file to one fixed old moment, so no
/// entry is "racily clean" (changed within seconds of the cache being
/// built, which is always re-parsed) and only the stamps can tell a change:
/// these tests then fail if the cache misses one.
fn backdate(env: &Env) {
    let old = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_600_000_000);
    for e in std::fs::read_dir(env.store.join("customers")).expect("customers/") {
        let p = e.expect("entry").path();
        std::fs::File::options()
            .write(true)
            .open(&p)
            .and_then(|f| f.set_modified(old))
            .expect("set mtime");
    }
}

fn first_id(env: &Env) -> String {
    let l = open(env).load_all_uncached().expect("load");
    l.customers[0].id.clone()
}

#[test]
fn cache_is_built_on_first_read_and_rebuilt_when_missing() {
    let env = demo();
    let _ = std::fs::remove_dir_all(cache_dir(&env));
    let first = assert_same_as_uncached(&env);
    assert!(first.customers.len() >= 20);
    assert!(!shards(&env).is_empty(), "the first read writes the cache");
    // Warm read, then with the cache gone again.
    assert_same_as_uncached(&env);
    std::fs::remove_dir_all(cache_dir(&env)).expect("remove cache");
    assert_same_as_uncached(&env);
    env.assert_clean();
}

#[test]
fn cache_corrupt_truncated_or_garbage_is_rebuilt() {
    let env = demo();
    let before = assert_same_as_uncached(&env);
    let files = shards(&env);
    assert!(files.len() >= 3);
    // One shard truncated, one with a flipped byte in the middle, one
    // replaced with garbage, one empty.
    let bytes = std::fs::read(&files[0]).expect("shard");
    std::fs::write(&files[0], &bytes[..bytes.len() / 2]).expect("truncate");
    let mut flipped = std::fs::read(&files[1]).expect("shard");
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x20;
    std::fs::write(&files[1], flipped).expect("flip");
    std::fs::write(&files[2], b"not a cache at all").expect("garbage");
    if let Some(f) = files.get(3) {
        std::fs::write(f, b"").expect("empty");
    }
    let after = assert_same_as_uncached(&env);
    assert_eq!(answers(&before), answers(&after));
    // The damaged shards were rewritten: the next read is warm and right.
    assert_same_as_uncached(&env);
}

#[test]
fn cache_sees_hand_edits_even_of_the_same_size_at_the_same_mtime() {
    let env = demo();
    let id = first_id(&env);
    assert_same_as_uncached(&env);
    let path = env.store.join(format!("customers/{id}.toml"));
    let mtime = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .expect("mtime");
    // Same length, and the old mtime put back: only ctime and the content
    // tell. (ctime cannot be set back by a user.)
    let text = env.file(&id);
    let stage_line = text
        .lines()
        .find(|l| l.starts_with("stage = "))
        .expect("a stage")
        .to_string();
    let same_len = if stage_line.contains("\"customer\"") {
        "stage = \"inactive\"".to_string()
    } else {
        format!("stage = \"{}\"", "x".repeat(stage_line.len() - 10))
    };
    assert_eq!(same_len.len(), stage_line.len());
    hand_edit(&env, &id, &stage_line, &same_len);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_modified(mtime))
        .expect("set mtime back");
    let l = assert_same_as_uncached(&env);
    let c = l
        .customers
        .iter()
        .find(|c| c.id == id)
        .expect("still there");
    assert_eq!(
        c.stage.as_deref(),
        same_len
            .strip_prefix("stage = \"")
            .and_then(|s| s.strip_suffix('"'))
    );

    // A file that stops parsing is reported as broken, then fixed again.
    hand_edit(&env, &id, "name = ", "name = = ");
    let l = assert_same_as_uncached(&env);
    assert_eq!(l.broken.len(), 1, "{:?}", l.broken);
    assert!(
        l.broken[0]
            .to_string()
            .contains(&format!("customers/{id}.toml:1"))
    );
    hand_edit(&env, &id, "name = = ", "name = ");
    let l = assert_same_as_uncached(&env);
    assert!(l.broken.is_empty());

    // A file added and one removed by hand.
    env.write_file(
        "hand-made-ou",
        "name = \"Hand Made OÜ\"\nstage = \"lead\"\n",
    );
    std::fs::remove_file(&path).expect("remove");
    let l = assert_same_as_uncached(&env);
    assert!(l.customers.iter().any(|c| c.id == "hand-made-ou"));
    assert!(!l.customers.iter().any(|c| c.id == id));
}

#[test]
fn cache_follows_checkout_of_another_commit() {
    let env = demo();
    let id = first_id(&env);
    let old_head = env.git(&["rev-parse", "HEAD"]).trim().to_string();
    env.ok(&["log", &id, "call", "Checked the cache after checkout"]);
    env.ok(&["set", &id, "tags+=cache-test"]);
    env.ok(&["add", "Checkout Test OÜ"]);
    let new = assert_same_as_uncached(&env);
    env.git(&["checkout", "-q", &old_head]);
    let old = assert_same_as_uncached(&env);
    assert_eq!(old.customers.len() + 1, new.customers.len());
    let c = old.customers.iter().find(|c| c.id == id).expect("customer");
    assert!(!c.tags.contains(&"cache-test".to_string()));
    env.git(&["checkout", "-q", "main"]);
    let back = assert_same_as_uncached(&env);
    assert_eq!(answers(&back), answers(&new));
}

#[test]
fn cache_follows_git_pull_of_a_colleagues_changes() {
    let env = demo();
    let id = first_id(&env);
    let colleague = env.tmp.path().join("colleague");
    env.git_in(
        env.tmp.path(),
        &[
            "clone",
            "-q",
            env.store.to_str().expect("utf-8"),
            "colleague",
        ],
    );
    assert_same_as_uncached(&env);
    let mut c = env.crm_std();
    c.env("CRM_DIR", &colleague)
        .args(["log", &id, "meeting", "Logged in the colleague's clone"]);
    assert!(c.output().expect("crm runs").status.success());
    env.git(&["pull", "-q", colleague.to_str().expect("utf-8"), "main"]);
    let l = assert_same_as_uncached(&env);
    let c = l.customers.iter().find(|c| c.id == id).expect("customer");
    assert!(
        c.activities
            .iter()
            .any(|a| a.text.as_deref() == Some("Logged in the colleague's clone"))
    );
    env.assert_clean();
}

#[test]
fn cache_serves_name_lookups_through_the_binary_after_a_hand_edit() {
    let env = demo();
    let id = first_id(&env);
    let name = open(&env).load(&id).expect("load").name;
    // Warm the cache with a lookup by name.
    env.ok(&["log", &name, "call", "First"]);
    hand_edit(
        &env,
        &id,
        &format!("name = \"{name}\""),
        "name = \"Renamed By Hand AS\"",
    );
    env.git(&["commit", "-qam", "rename by hand"]);
    assert_eq!(
        env.ok(&["log", "Renamed By Hand AS", "call", "Second"])
            .lines()
            .count(),
        1
    );
    let stderr = env.fails(3, &["log", &name, "call", "Third"]);
    assert!(stderr.contains("error"), "{stderr}");
    env.assert_clean();
}

#[test]
fn commits_keep_git_status_clean_and_fsck_happy() {
    // The commit fast path writes trees and index records itself.
    let env = demo();
    let id = first_id(&env);
    env.ok(&["log", &id, "call", "One"]);
    env.ok(&["add", "Aaa First OÜ"]);
    env.ok(&["add", "Zzz Last Ltd"]);
    env.ok(&["rm", "Aaa First OÜ"]);
    env.ok(&["set", &id, "tags+=fast-path"]);
    env.assert_clean();
    env.git(&["fsck", "--strict", "--no-progress"]);
    let listed = env.git(&["ls-files", "customers"]);
    assert!(listed.contains("customers/zzz-last-ltd.toml"));
    assert!(!listed.contains("aaa-first-ou"));
    // git's own view of the index agrees with the work tree, stat data included.
    assert_eq!(env.git(&["diff-files", "--name-only"]), "");
    assert_eq!(
        env.git(&["diff-index", "--cached", "--name-only", "HEAD"]),
        ""
    );
}

/// A hand edit made in the same second crm wrote the file, of the same
/// size, looks unchanged to git's stat check; git knows to look at the
/// content only while the index is from that second too. crm's next
/// commit rewrites the index a second later and must not hide the edit
/// from `git status` (nor from `crm sync`, which commits hand edits).
#[test]
fn a_hand_edit_in_the_second_crm_wrote_the_file_stays_visible_to_git() {
    let env = demo();
    let id = first_id(&env);
    let seconds = |p: &std::path::Path| {
        std::fs::metadata(p)
            .and_then(|m| m.modified())
            .expect("mtime")
            .duration_since(std::time::UNIX_EPOCH)
            .expect("after 1970")
            .as_secs()
    };
    let path = env.store.join("customers/aaa-same-second-ou.toml");
    let mut tries = 0;
    loop {
        tries += 1;
        assert!(tries < 20, "could not write twice within one second");
        // Start just after a second turns, so both writes fit in it.
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("after 1970");
        std::thread::sleep(std::time::Duration::from_nanos(
            1_000_000_000 - u64::from(now.subsec_nanos()) + 5_000_000,
        ));
        let _ = env.run(&["rm", "Aaa Same Second OÜ"]);
        env.ok(&["add", "Aaa Same Second OÜ", "--email", "aaa@example.com"]);
        let written = seconds(&path);
        let text = std::fs::read_to_string(&path).expect("file");
        std::fs::write(&path, text.replace("aaa@example.com", "bbb@example.com")).expect("edit");
        if seconds(&path) == written && seconds(&env.store.join(".git/index")) == written {
            break;
        }
        env.git(&["checkout", "--", "customers"]);
    }
    // The next commit, of another customer, in a later second.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    env.ok(&["log", &id, "call", "Later"]);
    assert_eq!(
        env.git(&["status", "--porcelain"]).trim(),
        "M customers/aaa-same-second-ou.toml"
    );
}

#[test]
fn gc_packs_loose_objects_in_the_background_past_the_threshold() {
    let env = demo();
    let id = first_id(&env);
    let loose = || {
        env.git(&["count-objects"])
            .split_whitespace()
            .next()
            .and_then(|n| n.parse::<u64>().ok())
            .expect("a count")
    };
    for i in 0..3 {
        env.ok(&["log", &id, "call", &format!("Call {i}")]);
    }
    assert!(loose() > 0);
    let mut c = env.crm_std();
    c.env("CRM_GC_BYTES", "1")
        .args(["log", &id, "call", "This one triggers git repack"]);
    assert!(c.output().expect("crm runs").status.success());
    let mut waited = 0;
    while loose() > 0 && waited < 200 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        waited += 1;
    }
    assert_eq!(loose(), 0, "git repack packed the loose objects");
    env.git(&["fsck", "--no-progress"]);
    env.assert_clean();
}

/// Every read command, through the cache and with `CRM_NO_CACHE=1`: the
/// same bytes on stdout and stderr, and the same exit code.
fn assert_commands_same_as_uncached(env: &Env) {
    const COMMANDS: &[&[&str]] = &[
        &["ls"],
        &["ls", "tag:vip", "stage:customer"],
        &["ls", "--sort", "-last_contact", "-f", "json"],
        &["ls", "--sort", "stage", "-f", "csv"],
        &["ls", "kind:meeting", "owner:me", "--fields", "id,name,tags"],
        // Queries with and without activity terms (the ones without are
        // tested before activities are decoded).
        &["ls", "last<2026-10", "-f", "ids"],
        &["ls", "is:overdue"],
        &["ls", "is:won", "-tag:vip"],
        &["ls", "by:mari", "minutes>30", "-f", "json"],
        &["ls", "oü", "stage:customer", "-f", "json"],
        &["report", "pipeline", "tag:vip"],
        &["report", "forecast", "is:stale"],
        &["export", "csv", "is:open"],
        &["activities"],
        &["activities", "-p", "2026-11", "-f", "json"],
        &["activities", "by:me", "-n", "5"],
        &["agenda"],
        &["agenda", "--all", "--days", "30"],
        &["agenda", "--all", "-f", "json"],
        &["search", "oü"],
        &["search", "meeting", "-n", "50", "-f", "json"],
        &["report", "activity", "--by", "user", "--period", "monthly"],
        &[
            "report", "activity", "--by", "customer", "--period", "weekly",
        ],
        &["report", "activity", "--by", "kind", "-f", "json"],
        &["report", "pipeline", "--by", "owner"],
        &["report", "forecast", "--period", "quarterly"],
        &["report", "turnover"],
        &["report", "value", "-f", "json"],
        &["report", "stale", "--days", "30"],
        &["export", "csv"],
        &["export", "json", "tag:vip"],
    ];
    backdate(env);
    for args in COMMANDS {
        let cached = env.crm().args(*args).output().expect("run crm");
        let fresh = env
            .crm()
            .env("CRM_NO_CACHE", "1")
            .args(*args)
            .output()
            .expect("run crm");
        assert_eq!(cached.status.code(), fresh.status.code(), "crm {args:?}");
        assert_eq!(
            String::from_utf8_lossy(&cached.stdout),
            String::from_utf8_lossy(&fresh.stdout),
            "stdout of crm {args:?}"
        );
        assert_eq!(
            String::from_utf8_lossy(&cached.stderr),
            String::from_utf8_lossy(&fresh.stderr),
            "stderr of crm {args:?}"
        );
    }
}

#[test]
fn read_commands_answer_the_same_with_and_without_the_cache() {
    let env = demo();
    // Cold (the cache is built while the commands read), then warm.
    let _ = std::fs::remove_dir_all(cache_dir(&env));
    assert_commands_same_as_uncached(&env);
    assert_commands_same_as_uncached(&env);
    // Hand edits: one changed, one broken (a warning on stderr), one file
    // added and one removed; then the cache is damaged.
    let ids: Vec<String> = open(&env)
        .load_all_uncached()
        .expect("load")
        .customers
        .iter()
        .map(|c| c.id.clone())
        .collect();
    hand_edit(&env, &ids[1], "name = ", "name = = ");
    let text = env.file(&ids[2]);
    env.write_file(&ids[2], &format!("{text}\n[[activities]]\nid = \"a-by-hand\"\nat = 2026-11-23T09:00:00+02:00\nkind = \"meeting\"\nby = \"mari\"\ntext = \"Added by hand\"\n"));
    env.write_file(
        "hand-made-ou",
        "name = \"Hand Made OÜ\"\nstage = \"lead\"\ntags = [\"vip\"]\n",
    );
    std::fs::remove_file(env.store.join(format!("customers/{}.toml", ids[3]))).expect("remove");
    assert_commands_same_as_uncached(&env);
    for f in shards(&env).iter().take(5) {
        std::fs::write(f, b"garbage").expect("damage a shard");
    }
    assert_commands_same_as_uncached(&env);
    assert_commands_same_as_uncached(&env);
}

/// A reference is looked up in the cache's names when they name one
/// customer exactly; whatever the reference (id, prefix, name in any case
/// or without accents, e-mail or phone of the customer or a contact, a
/// near miss, nobody, two), `crm show` answers as it does without the
/// cache, before and after files change behind crm's back.
#[test]
fn name_lookups_answer_the_same_with_and_without_the_cache() {
    let env = demo();
    let all = open(&env).load_all_uncached().expect("load").customers;
    let c = all
        .iter()
        .find(|c| c.email.is_some() && c.phone.is_some() && !c.contacts.is_empty())
        .expect("a demo customer with e-mail, phone and contacts");
    let contact = &c.contacts[0];
    let mut refs: Vec<String> = vec![
        c.id.clone(),
        c.id[..c.id.len() - 2].to_string(),
        c.name.clone(),
        c.name.to_uppercase(),
        crm::model::id::slugify(&c.name).replace('-', " "),
        c.email.clone().expect("e-mail"),
        c.email.clone().expect("e-mail").to_uppercase(),
        c.phone.clone().expect("phone"),
        c.phone.clone().expect("phone").replace(' ', ""),
        c.name[..c.name.len() - 1].to_string(),
        "nobody at all zzz".into(),
        "a".into(),
    ];
    refs.extend(contact.email.clone());
    refs.extend(contact.phone.clone());
    let compare = |refs: &[String]| {
        backdate(&env);
        for r in refs {
            let cached = env.crm().args(["show", r]).output().expect("run crm");
            let fresh = env
                .crm()
                .env("CRM_NO_CACHE", "1")
                .args(["show", r])
                .output()
                .expect("run crm");
            assert_eq!(cached.status.code(), fresh.status.code(), "crm show {r:?}");
            assert_eq!(cached.stdout, fresh.stdout, "stdout of crm show {r:?}");
            assert_eq!(cached.stderr, fresh.stderr, "stderr of crm show {r:?}");
        }
    };
    env.ok(&["ls"]);
    compare(&refs);
    // Behind crm's back: the customer's e-mail moves to a new file made by
    // hand, and the customer is renamed; the cache's names still say
    // otherwise until the next full read.
    let email = c.email.clone().expect("e-mail");
    hand_edit(
        &env,
        &c.id,
        &format!("email = \"{email}\""),
        "email = \"moved@example.com\"",
    );
    hand_edit(
        &env,
        &c.id,
        &format!("name = \"{}\"", c.name),
        "name = \"Renamed By Hand OÜ\"",
    );
    env.write_file(
        "zz-made-by-hand",
        &format!("name = \"Made By Hand\"\nemail = \"{email}\"\nstage = \"lead\"\n"),
    );
    env.git(&["add", "-A"]);
    env.git(&["commit", "-qm", "by hand"]);
    refs.extend([
        "Renamed By Hand OÜ".into(),
        "moved@example.com".into(),
        "Made By Hand".into(),
    ]);
    compare(&refs);
    let shown = env.ok(&["show", &email]);
    assert!(shown.contains("Made By Hand"), "{shown}");
}

#[test]
fn crm_clone_builds_the_cache_so_the_first_read_after_it_is_warm() {
    let env = Env::new();
    env.ok(&["init", env.store.to_str().expect("utf-8"), "--demo"]);
    let bare = env.tmp.path().join("remote.git");
    env.git(&[
        "clone",
        "-q",
        "--bare",
        env.store.to_str().expect("utf-8"),
        bare.to_str().expect("utf-8"),
    ]);
    let b = env.tmp.path().join("b");
    env.ok(&[
        "clone",
        bare.to_str().expect("utf-8"),
        b.to_str().expect("utf-8"),
    ]);
    let shards: Vec<_> = std::fs::read_dir(b.join(".git/crm-cache"))
        .expect("the clone has a cache")
        .filter_map(|e| e.ok())
        .collect();
    assert!(shards.len() >= 64, "{} files in the cache", shards.len());
    // And it answers as the files do.
    assert_eq!(
        env.ok_in(&b, &["ls", "-f", "json"]),
        env.ok(&["ls", "-f", "json"])
    );
}
