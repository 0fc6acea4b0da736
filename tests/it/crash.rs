//! Issue 11: crash safety (SPEC §11). Every change crm makes must be
//! all-or-nothing across a `kill -9` at any instant, and the next crm
//! command must finish or roll back an interrupted one and say so.
//!
//! `crash_every_writing_command_under_kill_9` runs each writing command
//! under SIGKILL at random moments and checks the store after every kill;
//! the small tests after it pin one case of the issue each. They run with
//! the rest (`cargo test`, 1,000 kills in about 4 minutes of a debug build
//! on two cores); alone, with the summary:
//!
//! ```sh
//! cargo test --release --test it crash -- --nocapture
//! CRASH_SEED=42 CRASH_KILLS=300 CRASH_REPORT=/tmp/crash.json \
//!     cargo test --release --test it crash_every -- --nocapture
//! ```
//!
//! - `CRASH_SEED` replays a run's choices (commands, delays, hand edits;
//!   the machine's timing still varies); it is printed first and on failure.
//! - `CRASH_KILLS`: kills that must land on a running command (default
//!   1,000, split evenly over the 13 commands; kills that come after the
//!   command finished are counted as tries, not kills).
//! - `CRASH_JOBS`: worker threads (default 2), each with its own stores.
//! - `CRASH_ONLY`: only these commands, e.g. `CRASH_ONLY=import,sync`
//!   (`CRASH_KILLS` is then split over them).
//! - `CRASH_REPORT`: a file to write the summary to, as JSON.
//!
//! Each command is killed in its own store (a demo store; for `sync` a bare
//! remote and a colleague's clone with a change waiting), reused across its
//! kills. The delay of a kill is drawn uniformly from 0 to 1.2 times the
//! command's run time, measured at the start. The kill is a SIGKILL of crm
//! alone; programs it started (`git fetch`/`push`, `sync`) run on, as they
//! would, and the checks wait until they are gone (`orphans-hung` if they
//! never go). A quarter of the kills run
//! with an uncommitted hand edit in a file the command does not touch.
//! After each kill the test checks, and names in a failure: `torn-after-kill`,
//! `failed-but-changed` (an exit ≠ 0 without a kill that changed HEAD or a
//! file), then runs `crm ls` and `crm log` (the next commands, which must
//! succeed: `next-command-failed`, and announce a recovery with a
//! `recovered:` line when the store needed one: `recovery-not-announced`),
//! then `torn-after-recovery`, `dirty-after-recovery` (`git status` not
//! empty but for the hand edit), `temp-files-left` (temp, lock and merge
//! files; `.git/crm.lock` is an flock and exempt), `fsck`, `undo-record`,
//! `hand-edit-lost`, `duplicated` (an activity in two files), `lost` (what
//! a completed command reported is gone), `not-atomic` (half a rename,
//! merge or import), `import-as-hand-edit` and `wrong-result` (a completed
//! command's effect is not whole); `setup-failed` when the commands that
//! prepare a kill fail. A store that broke an invariant is copied aside
//! (the first of each command and invariant), put back to HEAD, and used on.

use crate::common::Env;
use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------
// A seeded PRNG (xorshift64*): no dependency, and a seed replays a run.

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut r = Rng((seed ^ 0x9e37_79b9_7f4a_7c15).max(1));
        r.next();
        r
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

// ---------------------------------------------------------------------------
// The commands under test.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Add,
    Set,
    Log,
    Task,
    Done,
    Deal,
    Contact,
    Rm,
    Rename,
    Import,
    Merge,
    Undo,
    Sync,
}

const KINDS: [Kind; 13] = [
    Kind::Add,
    Kind::Set,
    Kind::Log,
    Kind::Task,
    Kind::Done,
    Kind::Deal,
    Kind::Contact,
    Kind::Rm,
    Kind::Rename,
    Kind::Import,
    Kind::Merge,
    Kind::Undo,
    Kind::Sync,
];

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Add => "add",
            Kind::Set => "set",
            Kind::Log => "log",
            Kind::Task => "task",
            Kind::Done => "done",
            Kind::Deal => "deal",
            Kind::Contact => "contact",
            Kind::Rm => "rm",
            Kind::Rename => "rename",
            Kind::Import => "import",
            Kind::Merge => "merge",
            Kind::Undo => "undo",
            Kind::Sync => "sync",
        }
    }
}

/// Demo customers with fixed roles: the one commands change, the one the
/// probe `crm log` after every kill writes to, the one hand-edited while a
/// command runs (no command touches it), and the one the colleague logs to.
const TARGET: &str = "tartu-tarkvara-ou";
const PROBE: &str = "aripaev-as";
const BYSTANDER: &str = "viru-keemia-grupp-as";
const COLLEAGUE_TARGET: &str = "acme-analytics-ltd";
const MERGE_TARGET: &str = "merge-target";
/// Rows of each CSV import: enough that a kill lands in the middle.
const IMPORT_ROWS: usize = 300;
/// Of the kills, this share runs with a hand edit in another file.
const HAND_EDIT_SHARE: f64 = 0.25;
/// A command that a crash left hanging is stopped after this.
const TIMEOUT: Duration = Duration::from_secs(60);
/// Kills in one store before a fresh one is made: a store's history grows
/// by three or four commits a kill, and `git fsck` after every kill reads
/// all of it.
const LIFETIME: usize = 50;

/// Something a completed command reported: it must be there ever after.
#[derive(Clone, Debug)]
enum Item {
    Activity(String),
    Customer(String),
    /// A customer `crm rm` or `crm merge` reported removed.
    Gone(String),
    Tag(String, String),
    Contact(String, String),
    Deal(String),
    /// A task `crm done` reported closed.
    Done(String),
}

// ---------------------------------------------------------------------------
// Looking at a store.

/// What the customer files in the work tree hold.
#[derive(Default)]
struct Snap {
    /// Files that do not parse (or were cut off mid-line), with why.
    torn: Vec<String>,
    ids: BTreeSet<String>,
    names: BTreeMap<String, String>,
    /// Activity id → (customer, done) of every copy.
    activities: BTreeMap<String, Vec<(String, bool)>>,
    deals: BTreeSet<String>,
    contacts: BTreeSet<(String, String)>,
    tags: BTreeSet<(String, String)>,
}

impl Snap {
    fn read(store: &Path) -> Snap {
        let mut s = Snap::default();
        let Ok(rd) = std::fs::read_dir(store.join("customers")) else {
            return s;
        };
        for e in rd.filter_map(|e| e.ok()) {
            let name = e.file_name().to_string_lossy().into_owned();
            let Some(id) = name.strip_suffix(".toml") else {
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            let id = id.to_string();
            let text = match std::fs::read(e.path()) {
                Ok(b) => b,
                Err(err) => {
                    s.torn.push(format!("customers/{name}: {err}"));
                    continue;
                }
            };
            s.ids.insert(id.clone());
            let text = match String::from_utf8(text) {
                Ok(t) => t,
                Err(_) => {
                    s.torn.push(format!("customers/{name}: not UTF-8"));
                    continue;
                }
            };
            if !text.ends_with('\n') {
                s.torn.push(format!(
                    "customers/{name}: cut off ({} bytes, no final newline)",
                    text.len()
                ));
            }
            let table = match text.parse::<toml::Table>() {
                Ok(t) => t,
                Err(err) => {
                    let first = err.to_string().lines().next().unwrap_or("").to_string();
                    s.torn.push(format!(
                        "customers/{name}: does not parse ({} bytes): {first}",
                        text.len()
                    ));
                    continue;
                }
            };
            if let Some(n) = table.get("name").and_then(|v| v.as_str()) {
                s.names.insert(id.clone(), n.to_string());
            }
            for t in array(&table, "tags") {
                if let Some(t) = t.as_str() {
                    s.tags.insert((id.clone(), t.to_string()));
                }
            }
            for a in array(&table, "activities") {
                if let Some(aid) = a.get("id").and_then(|v| v.as_str()) {
                    let done = a.get("done").and_then(|v| v.as_bool()).unwrap_or(false);
                    s.activities
                        .entry(aid.to_string())
                        .or_default()
                        .push((id.clone(), done));
                }
            }
            for d in array(&table, "deals") {
                if let Some(did) = d.get("id").and_then(|v| v.as_str()) {
                    s.deals.insert(did.to_string());
                }
            }
            for c in array(&table, "contacts") {
                if let Some(n) = c.get("name").and_then(|v| v.as_str()) {
                    s.contacts.insert((id.clone(), n.to_string()));
                }
            }
        }
        s
    }

    /// The customers holding an activity.
    fn holders(&self, activity: &str) -> Vec<String> {
        self.activities
            .get(activity)
            .map(|v| v.iter().map(|(c, _)| c.clone()).collect())
            .unwrap_or_default()
    }

    /// Whether a reported item is there; `None` when it is, else why not.
    fn missing(&self, item: &Item) -> Option<String> {
        let ok = match item {
            Item::Activity(a) => self.activities.contains_key(a),
            Item::Customer(c) => self.ids.contains(c),
            Item::Gone(c) => !self.ids.contains(c),
            Item::Tag(c, t) => self.tags.contains(&(c.clone(), t.clone())),
            Item::Contact(c, n) => self.contacts.contains(&(c.clone(), n.clone())),
            Item::Deal(d) => self.deals.contains(d),
            Item::Done(a) => self
                .activities
                .get(a)
                .is_some_and(|v| v.iter().any(|(_, done)| *done)),
        };
        (!ok).then(|| match item {
            Item::Activity(a) => format!("activity {a} is gone"),
            Item::Customer(c) => format!("customer {c} is gone"),
            Item::Gone(c) => format!("customer {c}, reported removed, is back"),
            Item::Tag(c, t) => format!("tag {t} of {c} is gone"),
            Item::Contact(c, n) => format!("contact '{n}' of {c} is gone"),
            Item::Deal(d) => format!("deal {d} is gone"),
            Item::Done(a) => format!("task {a}, reported done, is open again (or gone)"),
        })
    }
}

fn array<'a>(t: &'a toml::Table, key: &str) -> &'a [toml::Value] {
    t.get(key)
        .and_then(|v| v.as_array())
        .map(|a| a.as_slice())
        .unwrap_or(&[])
}

/// Every customer file's bytes (to tell "changed nothing").
fn file_bytes(store: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut m = BTreeMap::new();
    if let Ok(rd) = std::fs::read_dir(store.join("customers")) {
        for e in rd.filter_map(|e| e.ok()) {
            if let Ok(b) = std::fs::read(e.path()) {
                m.insert(e.file_name().to_string_lossy().into_owned(), b);
            }
        }
    }
    m
}

/// Temporary files, lock files and unfinished-operation markers anywhere
/// in the store (`.git/crm.lock` is an flock the kernel releases: not one).
fn leftovers(store: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![store.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.filter_map(|e| e.ok()) {
            let path = e.path();
            let rel = path
                .strip_prefix(store)
                .unwrap_or(&path)
                .to_string_lossy()
                .into_owned();
            let name = e.file_name().to_string_lossy().into_owned();
            let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
            if is_dir {
                stack.push(path);
                continue;
            }
            let temp = name.starts_with(".crm-tmp-")
                || name.starts_with(".tmp-")
                || name.starts_with("tmp_obj_")
                || name.starts_with("tmp_pack_")
                || name.starts_with("tmp_idx_")
                || (name.starts_with("crm-") && name.contains("tmp"))
                || (name.ends_with(".lock") && rel != ".git/crm.lock")
                || [
                    ".git/MERGE_HEAD",
                    ".git/REVERT_HEAD",
                    ".git/CHERRY_PICK_HEAD",
                ]
                .contains(&rel.as_str());
            if temp {
                found.push(rel);
            }
        }
    }
    found.sort();
    found
}

/// Whether a `recovered:` line says the change was rolled forward (finished)
/// or back; anything else is "other".
fn direction(line: &str) -> &'static str {
    let l = line.to_lowercase();
    if l.contains("back") || l.contains("undid") || l.contains("discard") {
        "back"
    } else if l.contains("forward")
        || l.contains("finish")
        || l.contains("complet")
        || l.contains("redid")
    {
        "forward"
    } else {
        "other"
    }
}

// ---------------------------------------------------------------------------
// Where the time goes (printed with the summary, to keep CI within budget).

static PROFILE: std::sync::Mutex<BTreeMap<&'static str, (Duration, usize)>> =
    std::sync::Mutex::new(BTreeMap::new());

/// Add the time since `*since` to `phase`, and restart the clock.
fn lap(phase: &'static str, since: &mut Instant) {
    let now = Instant::now();
    if let Ok(mut p) = PROFILE.lock() {
        let e = p.entry(phase).or_default();
        e.0 += now - *since;
        e.1 += 1;
    }
    *since = now;
}

// ---------------------------------------------------------------------------
// Running crm.

/// A finished (or stopped) crm process.
struct Ran {
    /// `None` when it was still running after [`TIMEOUT`] and was stopped.
    status: Option<ExitStatus>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

impl Ran {
    fn ok(&self) -> bool {
        self.status.is_some_and(|s| s.success())
    }

    fn killed(&self) -> bool {
        self.status.and_then(|s| s.signal()) == Some(9)
    }

    fn describe(&self) -> String {
        let status = match self.status {
            None => "hung (stopped after the timeout)".to_string(),
            Some(s) => match (s.code(), s.signal()) {
                (Some(c), _) => format!("exit {c}"),
                (_, Some(sig)) => format!("signal {sig}"),
                _ => format!("{s:?}"),
            },
        };
        format!(
            "{status}; stderr: {}",
            self.stderr.trim().replace('\n', " | ")
        )
    }

    fn recovered(&self) -> Vec<String> {
        self.stderr
            .lines()
            .filter(|l| l.starts_with("recovered:"))
            .map(str::to_string)
            .collect()
    }
}

/// SIGKILL `child` and its process group (the `git` or `sync` it
/// started): for a command that hangs.
fn kill_group(child: &mut Child) {
    let _ = child.kill();
    let _ = Command::new("kill")
        .args(["-s", "KILL", "--", &format!("-{}", child.id())])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// Whether any live process is left in process group `pgid`
/// (`/proc/*/stat`; zombies waiting for init to reap them do not count).
fn group_alive(pgid: u32) -> bool {
    let Ok(rd) = std::fs::read_dir("/proc") else {
        return false;
    };
    rd.filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .bytes()
                .all(|b| b.is_ascii_digit())
        })
        .any(|e| {
            std::fs::read_to_string(e.path().join("stat")).is_ok_and(|st| {
                // pid (comm) state ppid pgrp …; comm may hold spaces.
                st.rsplit_once(')').is_some_and(|(_, rest)| {
                    let mut f = rest.split_whitespace();
                    let state = f.next();
                    state != Some("Z") && f.nth(1).and_then(|g| g.parse::<u32>().ok()) == Some(pgid)
                })
            })
        })
}

// ---------------------------------------------------------------------------
// A lab: one store (for sync: a bare remote and two clones) that one kind of
// command is killed in, again and again.

struct Lab {
    kind: Kind,
    env: Env,
    /// Where the command runs (clone A for sync).
    store: PathBuf,
    /// The colleague's clone (sync only).
    other: PathBuf,
    bare: PathBuf,
    /// Scratch files: output captures, CSV files.
    io: PathBuf,
    /// What completed commands reported.
    items: Vec<Item>,
    /// `crm rename`: the id the renamed customer has now, and the activity
    /// that travels with it.
    rename_cur: String,
    marker: String,
    /// `crm import`: the commit each import is reset back to.
    base: String,
    /// Typical run time of the command, measured at the start.
    duration: Duration,
    /// Kills in this store so far.
    kills: usize,
}

/// One iteration's plan: the command, and what it works on.
struct Plan {
    args: Vec<String>,
    /// The customer/activity the command is about (kind-specific).
    subject: String,
    /// A second one (the merge's marker activity, the colleague's activity).
    extra: String,
}

/// What one iteration saw.
#[derive(Default)]
struct Seen {
    command: String,
    landed: bool,
    completed: bool,
    failed_exit: Option<i32>,
    elapsed: Duration,
    needed_recovery: bool,
    recovered: Vec<String>,
    lost: usize,
    failures: Vec<(&'static str, String)>,
}

impl Lab {
    fn build(kind: Kind) -> Result<Lab, String> {
        let env = Env::new();
        let io = env.tmp.path().join("io");
        std::fs::create_dir_all(&io).map_err(|e| format!("io dir: {e}"))?;
        let bare = env.tmp.path().join("remote.git");
        let other = env.tmp.path().join("colleague");
        let mut lab = Lab {
            kind,
            store: env.store.clone(),
            env,
            other,
            bare,
            io,
            items: Vec::new(),
            rename_cur: String::new(),
            marker: String::new(),
            base: String::new(),
            duration: Duration::from_millis(20),
            kills: 0,
        };
        let store = lab.store.to_string_lossy().into_owned();
        if kind == Kind::Sync {
            let bare = lab.bare.to_string_lossy().into_owned();
            lab.git_ok(
                lab.env.tmp.path(),
                &["init", "-q", "--bare", "-b", "main", &bare],
            )?;
            lab.crm_ok(&lab.store, &["init", &store, "--demo", "--remote", &bare])?;
            let other = lab.other.to_string_lossy().into_owned();
            lab.crm_ok(&lab.store, &["clone", &bare, &other])?;
            lab.git_ok(&lab.other, &["config", "user.name", "Jaan Kask"])?;
            lab.git_ok(&lab.other, &["config", "user.email", "jaan@firm.example"])?;
        } else {
            lab.crm_ok(&lab.store, &["init", &store, "--demo"])?;
        }
        match kind {
            Kind::Merge => {
                lab.crm_ok(&lab.store, &["add", "Merge Target"])?;
            }
            Kind::Rename => {
                lab.rename_cur = lab.crm_ok(&lab.store, &["add", "Rename Me"])?;
                lab.marker = lab.crm_ok(
                    &lab.store,
                    &["log", &lab.rename_cur, "note", "travels with the rename"],
                )?;
                lab.items.push(Item::Activity(lab.marker.clone()));
            }
            Kind::Import => {
                lab.base = lab.head(&lab.store);
            }
            _ => {}
        }
        Ok(lab)
    }

    /// Spawn `crm args…` in `dir` (its own process group; output to files).
    fn spawn(&self, dir: &Path, args: &[String]) -> Result<Child, String> {
        let out = std::fs::File::create(self.io.join("stdout")).map_err(|e| e.to_string())?;
        let err = std::fs::File::create(self.io.join("stderr")).map_err(|e| e.to_string())?;
        let mut c = self.env.crm_std();
        c.env("CRM_DIR", dir)
            .env("CRM_LOCK_TIMEOUT", "20")
            .args(args)
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .process_group(0);
        c.spawn().map_err(|e| format!("spawning crm: {e}"))
    }

    fn collect(&self, status: Option<ExitStatus>, elapsed: Duration) -> Ran {
        let read = |f: &str| {
            String::from_utf8_lossy(&std::fs::read(self.io.join(f)).unwrap_or_default())
                .into_owned()
        };
        Ran {
            status,
            stdout: read("stdout"),
            stderr: read("stderr"),
            elapsed,
        }
    }

    /// Wait for `child`, stopping it after [`TIMEOUT`].
    fn finish(&self, mut child: Child, start: Instant) -> Ran {
        let mut nap = Duration::from_micros(50);
        loop {
            match child.try_wait() {
                Ok(Some(s)) => {
                    let elapsed = start.elapsed();
                    return self.collect(Some(s), elapsed);
                }
                Ok(None) if start.elapsed() < TIMEOUT => {
                    std::thread::sleep(nap);
                    nap = (nap * 2).min(Duration::from_millis(1));
                }
                _ => {
                    kill_group(&mut child);
                    let _ = child.wait();
                    return self.collect(None, start.elapsed());
                }
            }
        }
    }

    /// Run `crm args…` in `dir` to the end.
    fn crm(&self, dir: &Path, args: &[&str]) -> Ran {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let start = Instant::now();
        match self.spawn(dir, &args) {
            Ok(child) => self.finish(child, start),
            Err(e) => Ran {
                status: None,
                stdout: String::new(),
                stderr: e,
                elapsed: Duration::ZERO,
            },
        }
    }

    /// Run `crm args…` in `dir`; its trimmed stdout, or why it failed.
    fn crm_ok(&self, dir: &Path, args: &[&str]) -> Result<String, String> {
        let r = self.crm(dir, args);
        if r.ok() {
            Ok(r.stdout.trim().to_string())
        } else {
            Err(format!("crm {}: {}", args.join(" "), r.describe()))
        }
    }

    fn git_ok(&self, dir: &Path, args: &[&str]) -> Result<String, String> {
        let o = self.env.git_output(dir, args);
        if o.status.success() {
            Ok(String::from_utf8_lossy(&o.stdout).trim().to_string())
        } else {
            Err(format!(
                "git {}: {}",
                args.join(" "),
                String::from_utf8_lossy(&o.stderr).trim()
            ))
        }
    }

    /// The commit HEAD (or, in a bare repository, `main`) names, read
    /// from the files (a `git rev-parse` per look costs a process).
    fn head(&self, dir: &Path) -> String {
        let git = if dir.join(".git").is_dir() {
            dir.join(".git")
        } else {
            dir.to_path_buf()
        };
        let head = std::fs::read_to_string(git.join("HEAD")).unwrap_or_default();
        let Some(name) = head.trim().strip_prefix("ref: ") else {
            return head.trim().to_string();
        };
        if let Ok(oid) = std::fs::read_to_string(git.join(name)) {
            return oid.trim().to_string();
        }
        let packed = std::fs::read_to_string(git.join("packed-refs")).unwrap_or_default();
        packed
            .lines()
            .find_map(|l| l.strip_suffix(name)?.strip_suffix(' ').map(str::to_string))
            .unwrap_or_else(|| format!("(no {name})"))
    }

    /// Put the store back to its HEAD after a broken invariant (the broken
    /// state is copied away first), so the next kills start from a sound
    /// store; `Err` when that does not work (then the lab is rebuilt).
    fn repair(&mut self) -> Result<(), String> {
        let store = self.store.clone();
        for f in leftovers(&store) {
            let _ = std::fs::remove_file(store.join(f));
        }
        self.git_ok(&store, &["reset", "-q", "--hard", "HEAD"])?;
        self.git_ok(&store, &["clean", "-fdq", "--", "customers"])?;
        if self.kind == Kind::Import {
            let base = self.base.clone();
            self.git_ok(&store, &["reset", "-q", "--hard", &base])?;
            self.items.clear();
        }
        let s = Snap::read(&store);
        if !s.torn.is_empty() {
            return Err(format!("still torn: {}", few(&s.torn, 3)));
        }
        let dirty = self.status(false);
        if !dirty.is_empty() {
            return Err(format!("still dirty: {}", few(&dirty, 3)));
        }
        self.git_ok(&store, &["fsck", "--no-progress", "--no-dangling"])?;
        // A torn line of the undo record stays torn: drop it.
        let record = store.join(".git/crm-undo");
        if let Ok(text) = std::fs::read_to_string(&record) {
            let good: String = text
                .lines()
                .filter(|l| l.len() == 40 && l.bytes().all(|b| b.is_ascii_hexdigit()))
                .map(|l| format!("{l}\n"))
                .collect();
            if good != text {
                std::fs::write(&record, good).map_err(|e| e.to_string())?;
            }
        }
        // What is lost was reported once; do not report it again.
        self.items.retain(|i| s.missing(i).is_none());
        if self.kind == Kind::Rename {
            match s.holders(&self.marker).as_slice() {
                [one] => self.rename_cur = one.clone(),
                other => return Err(format!("the renamed customer is at {other:?}")),
            }
        }
        Ok(())
    }

    /// `git status` lines, without the hand-edited file when allowed.
    fn status(&self, allow_bystander: bool) -> Vec<String> {
        let by = format!("customers/{BYSTANDER}.toml");
        match self.git_ok(
            &self.store,
            &["status", "--porcelain", "--untracked-files=all"],
        ) {
            Ok(s) => s
                .lines()
                .filter(|l| !(allow_bystander && l.ends_with(&by)))
                .map(str::to_string)
                .collect(),
            Err(e) => vec![format!("(git status failed: {e})")],
        }
    }

    /// Set up what the command needs and say what to run.
    fn plan(&mut self, n: usize) -> Result<Plan, String> {
        let store = self.store.clone();
        let s = |x: &str| x.to_string();
        let plan = |args: Vec<String>| Plan {
            args,
            subject: String::new(),
            extra: String::new(),
        };
        Ok(match self.kind {
            Kind::Add => plan(vec![
                s("add"),
                format!("Crash Add k{n}"),
                s("--tag"),
                s("crash"),
            ]),
            Kind::Set => plan(vec![s("set"), s(TARGET), format!("tags+=k{n}")]),
            Kind::Log => plan(vec![
                s("log"),
                s(TARGET),
                s("call"),
                format!("crash call {n}"),
                s("--minutes"),
                s("5"),
            ]),
            Kind::Task => plan(vec![
                s("task"),
                s(TARGET),
                format!("crash task {n}"),
                s("--due"),
                s("2026-12-01"),
            ]),
            Kind::Done => {
                let t = self.crm_ok(
                    &store,
                    &[
                        "task",
                        TARGET,
                        &format!("to close {n}"),
                        "--due",
                        "2026-12-01",
                    ],
                )?;
                self.items.push(Item::Activity(t.clone()));
                Plan {
                    args: vec![s("done"), t.clone()],
                    subject: t,
                    extra: String::new(),
                }
            }
            Kind::Deal => plan(vec![
                s("deal"),
                s("add"),
                s(TARGET),
                format!("Crash deal {n}"),
                s("--amount"),
                s("100"),
            ]),
            Kind::Contact => plan(vec![
                s("contact"),
                s("add"),
                s(TARGET),
                format!("Person K{n}"),
                s("--email"),
                format!("person.k{n}@crash.example"),
            ]),
            Kind::Rm => {
                let d = self.crm_ok(&store, &["add", &format!("Doomed k{n}")])?;
                Plan {
                    args: vec![s("rm"), d.clone()],
                    subject: d,
                    extra: String::new(),
                }
            }
            Kind::Rename => {
                let new = format!("renamed-k{n}");
                Plan {
                    args: vec![
                        s("rename"),
                        self.rename_cur.clone(),
                        format!("Renamed k{n}"),
                        s("--id"),
                        new.clone(),
                    ],
                    subject: new,
                    extra: self.rename_cur.clone(),
                }
            }
            Kind::Import => {
                let mut csv = String::from("Company,E-mail,City\n");
                for r in 0..IMPORT_ROWS {
                    csv.push_str(&format!(
                        "Import k{n} row {r},k{n}.r{r}@import.example,Tartu\n"
                    ));
                }
                let p = self.io.join(format!("import-{n}.csv"));
                std::fs::write(&p, csv).map_err(|e| format!("writing the CSV: {e}"))?;
                plan(vec![
                    s("import"),
                    s("csv"),
                    p.to_string_lossy().into_owned(),
                ])
            }
            Kind::Merge => {
                let d = self.crm_ok(&store, &["add", &format!("Dup k{n}")])?;
                let m = self.crm_ok(&store, &["log", &d, "note", &format!("dup marker {n}")])?;
                self.items.push(Item::Activity(m.clone()));
                Plan {
                    args: vec![s("merge"), d.clone(), s(MERGE_TARGET)],
                    subject: d,
                    extra: m,
                }
            }
            Kind::Undo => {
                let u = self.crm_ok(&store, &["log", TARGET, "note", &format!("undo me {n}")])?;
                Plan {
                    args: vec![s("undo")],
                    subject: u,
                    extra: String::new(),
                }
            }
            Kind::Sync => {
                let other = self.other.clone();
                let b = self.crm_ok(
                    &other,
                    &["log", COLLEAGUE_TARGET, "call", &format!("from B {n}")],
                )?;
                self.crm_ok(&other, &["sync"])?;
                let a = self.crm_ok(&store, &["log", TARGET, "call", &format!("from A {n}")])?;
                self.items.push(Item::Activity(a.clone()));
                Plan {
                    args: vec![s("sync")],
                    subject: b,
                    extra: a,
                }
            }
        })
    }

    /// One run of the command: killed after `delay` (or run to the end when
    /// `None`), then every invariant checked.
    fn iterate(&mut self, n: usize, delay: Option<Duration>, hand: bool) -> Seen {
        let mut seen = Seen::default();
        let mut clock = Instant::now();
        let plan = self.plan(n);
        lap("set-up commands", &mut clock);
        let plan = match plan {
            Ok(p) => p,
            Err(e) => {
                seen.command = format!("(setup of {})", self.kind.name());
                seen.failures.push(("setup-failed", e));
                return seen;
            }
        };
        seen.command = format!("crm {}", shell_words(&plan.args));
        let store = self.store.clone();
        let by_path = store.join("customers").join(format!("{BYSTANDER}.toml"));
        // A hand edit in another file, not committed, while the command runs.
        let hand_text = if hand {
            match std::fs::read_to_string(&by_path) {
                Ok(t) => {
                    let t = format!("{t}# hand edit {n}, not committed yet\n");
                    if let Err(e) = std::fs::write(&by_path, &t) {
                        seen.failures
                            .push(("setup-failed", format!("hand edit: {e}")));
                        return seen;
                    }
                    Some(t)
                }
                Err(e) => {
                    seen.failures
                        .push(("setup-failed", format!("hand edit: {e}")));
                    return seen;
                }
            }
        } else {
            None
        };
        let head_before = self.head(&store);
        let files_before = file_bytes(&store);

        lap("set-up commands", &mut clock);
        // Run, and kill.
        let start = Instant::now();
        let mut child = match self.spawn(&store, &plan.args) {
            Ok(c) => c,
            Err(e) => {
                seen.failures.push(("setup-failed", e));
                return seen;
            }
        };
        let ran = match delay {
            Some(d) => {
                std::thread::sleep(d);
                // `kill -9` of crm only. What it started (`git fetch`,
                // `git push`, `sync`) runs on, as after a real kill -9;
                // the checks wait until it is gone.
                let _ = child.kill();
                let status = child.wait().ok();
                let elapsed = start.elapsed();
                let pgid = child.id();
                lap("the command and its kill", &mut clock);
                while group_alive(pgid) {
                    if start.elapsed() > TIMEOUT {
                        kill_group(&mut child);
                        seen.failures.push((
                            "orphans-hung",
                            "programs crm started were still running after 60 s".into(),
                        ));
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(1));
                }
                lap("waiting for what crm started", &mut clock);
                self.collect(status, elapsed)
            }
            None => self.finish(child, start),
        };
        seen.elapsed = ran.elapsed;
        seen.landed = ran.killed();
        seen.completed = !ran.killed()
            && ran
                .status
                .is_some_and(|s| s.success() || s.code() == Some(4));
        if !seen.landed && !seen.completed {
            seen.failed_exit = Some(ran.status.and_then(|s| s.code()).unwrap_or(-1));
        }

        lap("the command and its kill", &mut clock);
        // Right after the kill, before any other crm command.
        let after_kill = Snap::read(&store);
        let dirty = self.status(hand_text.is_some());
        let left = leftovers(&store);
        for t in &after_kill.torn {
            seen.failures.push(("torn-after-kill", t.clone()));
        }
        seen.needed_recovery = !dirty.is_empty() || !left.is_empty() || !after_kill.torn.is_empty();
        let remote_head = (self.kind == Kind::Sync).then(|| self.head(&self.bare));
        let local_head = self.head(&store);
        if seen.failed_exit.is_some() {
            let mut changed = Vec::new();
            if local_head != head_before {
                changed.push(format!("HEAD moved {head_before} → {local_head}"));
            }
            let files_now = file_bytes(&store);
            for (f, b) in &files_now {
                if files_before.get(f) != Some(b) {
                    changed.push(format!("customers/{f} changed"));
                }
            }
            for f in files_before.keys() {
                if !files_now.contains_key(f) {
                    changed.push(format!("customers/{f} removed"));
                }
            }
            if !changed.is_empty() {
                seen.failures.push((
                    "failed-but-changed",
                    format!("{}; yet {}", ran.describe(), changed.join(", ")),
                ));
            }
        }

        lap("checks after the kill", &mut clock);
        // The next crm commands: a read, then a write (the probe).
        let ls = self.crm(&store, &["ls", "-f", "ids"]);
        lap("next command: crm ls", &mut clock);
        if !ls.ok() {
            seen.failures.push((
                "next-command-failed",
                format!("crm ls -f ids: {}", ls.describe()),
            ));
        }
        let probe = self.crm(&store, &["log", PROBE, "note", &format!("probe {n}")]);
        lap("next command: crm log", &mut clock);
        seen.recovered = ls.recovered();
        seen.recovered.extend(probe.recovered());
        let probe_id = probe.stdout.trim().to_string();
        if probe.ok() {
            self.items.push(Item::Activity(probe_id.clone()));
        } else {
            seen.failures.push((
                "next-command-failed",
                format!("crm log {PROBE} note probe: {}", probe.describe()),
            ));
        }
        // Leftover temp files may go quietly; a change half made may not.
        let half_done: Vec<&String> = dirty.iter().filter(|l| !l.contains("/.crm-tmp-")).collect();
        if (!half_done.is_empty() || !after_kill.torn.is_empty()) && seen.recovered.is_empty() {
            seen.failures.push((
                "recovery-not-announced",
                format!(
                    "the store needed recovery ({}) and the next commands printed no \
                     `recovered:` line",
                    few(
                        &half_done
                            .into_iter()
                            .chain(after_kill.torn.iter())
                            .cloned()
                            .collect::<Vec<_>>(),
                        4
                    )
                ),
            ));
        }

        // After the next commands.
        let s = Snap::read(&store);
        for t in &s.torn {
            seen.failures.push(("torn-after-recovery", t.clone()));
        }
        let dirty = self.status(hand_text.is_some());
        if !dirty.is_empty() {
            seen.failures.push((
                "dirty-after-recovery",
                format!("git status: {}", few(&dirty, 5)),
            ));
        }
        let left = leftovers(&store);
        if !left.is_empty() {
            seen.failures.push(("temp-files-left", few(&left, 5)));
        }
        lap("checks after recovery", &mut clock);
        let fsck = self.git_ok(&store, &["fsck", "--no-progress", "--no-dangling"]);
        lap("git fsck", &mut clock);
        if let Err(e) = fsck {
            seen.failures.push(("fsck", e));
        }
        if probe.ok()
            && let Some(problem) = self.undo_record_problem()
        {
            seen.failures.push(("undo-record", problem));
        }
        if let Some(t) = &hand_text {
            let now = std::fs::read_to_string(&by_path).unwrap_or_default();
            if &now != t {
                seen.failures.push((
                    "hand-edit-lost",
                    format!("customers/{BYSTANDER}.toml no longer holds the hand edit"),
                ));
            }
        }
        for (a, copies) in &s.activities {
            if copies.len() > 1 {
                let where_: Vec<&str> = copies.iter().map(|(c, _)| c.as_str()).collect();
                seen.failures.push((
                    "duplicated",
                    format!("activity {a} is in {}", where_.join(", ")),
                ));
            }
        }

        // What this command reported, and whether its effect is whole.
        let out = ran.stdout.trim().to_string();
        let mut now_items = Vec::new();
        let mut verdicts: Vec<(&'static str, String)> = Vec::new();
        let mut judge = |inv: &'static str, ok: bool, why: String| {
            if !ok {
                verdicts.push((inv, why));
            }
        };
        match self.kind {
            Kind::Add if seen.completed => now_items.push(Item::Customer(out.clone())),
            Kind::Set if seen.completed => {
                now_items.push(Item::Tag(TARGET.into(), format!("k{n}")));
            }
            Kind::Log | Kind::Task if seen.completed => now_items.push(Item::Activity(out.clone())),
            Kind::Done if seen.completed => now_items.push(Item::Done(plan.subject.clone())),
            Kind::Deal if seen.completed => now_items.push(Item::Deal(out.clone())),
            Kind::Contact if seen.completed => {
                now_items.push(Item::Contact(TARGET.into(), format!("Person K{n}")));
            }
            Kind::Rm if seen.completed => now_items.push(Item::Gone(plan.subject.clone())),
            Kind::Rename => {
                let holders = s.holders(&self.marker);
                let new = &plan.subject;
                let new_name = format!("Renamed k{n}");
                let moved = holders == [new.clone()] && s.names.get(new) == Some(&new_name);
                if seen.completed {
                    judge(
                        "wrong-result",
                        moved,
                        format!(
                            "rename reported done, but the customer is at {holders:?} named {:?}",
                            holders.first().and_then(|h| s.names.get(h))
                        ),
                    );
                } else {
                    let stayed = holders == [plan.extra.clone()]
                        && s.names.get(&plan.extra) != Some(&new_name);
                    judge(
                        "not-atomic",
                        moved || stayed,
                        format!(
                            "half a rename: the customer is at {holders:?} named {:?}",
                            holders.iter().map(|h| s.names.get(h)).collect::<Vec<_>>()
                        ),
                    );
                }
                if holders.len() == 1 {
                    self.rename_cur = holders[0].clone();
                }
            }
            Kind::Import => {
                let prefix = format!("import-k{n}-row-");
                let count = s.ids.iter().filter(|i| i.starts_with(&prefix)).count();
                let committed = self
                    .git_ok(&store, &["ls-tree", "--name-only", "HEAD", "customers/"])
                    .unwrap_or_default()
                    .lines()
                    .filter(|l| l.starts_with(&format!("customers/{prefix}")))
                    .count();
                if seen.completed {
                    judge(
                        "wrong-result",
                        count == IMPORT_ROWS && committed == IMPORT_ROWS,
                        format!(
                            "import reported {IMPORT_ROWS} created; {count} files, {committed} in HEAD"
                        ),
                    );
                } else {
                    judge(
                        "not-atomic",
                        (count == 0 && committed == 0)
                            || (count == IMPORT_ROWS && committed == IMPORT_ROWS),
                        format!(
                            "half an import: {count} of {IMPORT_ROWS} files in the work tree, {committed} in HEAD"
                        ),
                    );
                }
                let hand_commit = self
                    .git_ok(
                        &store,
                        &["log", "--format=%s", &format!("{}..HEAD", self.base)],
                    )
                    .unwrap_or_default()
                    .lines()
                    .any(|l| l.starts_with("edit by hand") && l.contains("import-k"));
                judge(
                    "import-as-hand-edit",
                    !hand_commit,
                    "a half-done import was committed as a hand edit".into(),
                );
            }
            Kind::Merge => {
                let d = &plan.subject;
                let holders = s.holders(&plan.extra);
                let folded = !s.ids.contains(d) && holders == [MERGE_TARGET.to_string()];
                if seen.completed {
                    judge(
                        "wrong-result",
                        folded,
                        format!(
                            "merge reported done, but {d} exists: {}, marker in {holders:?}",
                            s.ids.contains(d)
                        ),
                    );
                    now_items.push(Item::Gone(d.clone()));
                } else {
                    let apart = s.ids.contains(d) && holders == [d.clone()];
                    judge(
                        "not-atomic",
                        folded || apart,
                        format!(
                            "half a merge: {d} exists: {}, its activity is in {holders:?}",
                            s.ids.contains(d)
                        ),
                    );
                }
            }
            Kind::Undo => {
                let holders = s.holders(&plan.subject);
                if seen.completed {
                    judge(
                        "wrong-result",
                        holders.is_empty(),
                        format!(
                            "undo reported done, but activity {} is still in {holders:?}",
                            plan.subject
                        ),
                    );
                }
            }
            Kind::Sync if seen.completed => {
                now_items.push(Item::Activity(plan.subject.clone()));
                judge(
                    "wrong-result",
                    remote_head.as_deref() == Some(local_head.as_str()),
                    format!(
                        "sync reported done, but the remote is at {} and the clone at {local_head}",
                        remote_head.clone().unwrap_or_default()
                    ),
                );
            }
            _ => {}
        }
        seen.failures.extend(verdicts);
        self.items.extend(now_items);
        for item in &self.items {
            if let Some(why) = s.missing(item) {
                seen.lost += 1;
                seen.failures.push(("lost", why));
            }
        }

        lap("checks after recovery", &mut clock);
        // Settle for the next round: commit the hand edit, reset imports.
        if hand_text.is_some() && seen.failures.is_empty() {
            let rel = format!("customers/{BYSTANDER}.toml");
            if !self.status(false).is_empty() {
                let _ = self.git_ok(
                    &store,
                    &[
                        "-c",
                        "gc.auto=0",
                        "commit",
                        "-q",
                        "-m",
                        "test: a hand edit",
                        "--",
                        &rel,
                    ],
                );
            }
        }
        if self.kind == Kind::Import && seen.failures.is_empty() {
            let base = self.base.clone();
            if let Err(e) = self.git_ok(&store, &["reset", "-q", "--hard", &base]) {
                seen.failures.push(("setup-failed", e));
            }
            self.items.clear();
            let _ = std::fs::remove_file(self.io.join(format!("import-{n}.csv")));
        }
        lap("settling", &mut clock);
        seen
    }

    /// The undo record (`.git/crm-undo`, a commit id at the start of each
    /// line): every line a commit that exists, the last one the probe's
    /// commit (HEAD). No record file: nothing to check.
    fn undo_record_problem(&self) -> Option<String> {
        let text = std::fs::read_to_string(self.store.join(".git/crm-undo")).ok()?;
        let lines: Vec<&str> = text
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        if let Some(bad) = lines
            .iter()
            .find(|l| l.len() != 40 || !l.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            return Some(format!(".git/crm-undo has a torn line: {bad:?}"));
        }
        let head = self.head(&self.store);
        if lines.last() != Some(&head.as_str()) {
            return Some(format!(
                "the last change ({head}) is not the last line of .git/crm-undo ({:?})",
                lines.last()
            ));
        }
        let objects = self.store.join(".git/objects");
        if lines
            .iter()
            .all(|l| objects.join(&l[..2]).join(&l[2..]).is_file())
        {
            return None;
        }
        let mut c = self.env.command("git");
        c.current_dir(&self.store)
            .args(["cat-file", "--batch-check"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = c.spawn().ok()?;
        {
            use std::io::Write;
            let mut stdin = child.stdin.take()?;
            let _ = stdin.write_all((lines.join("\n") + "\n").as_bytes());
        }
        let o = child.wait_with_output().ok()?;
        let out = String::from_utf8_lossy(&o.stdout);
        out.lines()
            .find(|l| l.ends_with(" missing"))
            .map(|l| format!(".git/crm-undo names a commit git does not have: {l}"))
    }
}

fn shell_words(args: &[String]) -> String {
    args.iter()
        .map(|a| {
            if a.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_./+=@:".contains(c))
            {
                a.clone()
            } else {
                format!("'{}'", a.replace('\'', r"'\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------
// Figures.

#[derive(Default)]
struct Stats {
    attempts: usize,
    killed: usize,
    completed: usize,
    failed_exit: usize,
    needed_recovery: usize,
    forward: usize,
    back: usize,
    other: usize,
    lost: usize,
    hand_edits: usize,
    /// Kills (or runs) with at least one broken invariant.
    broken: usize,
    invariants: BTreeMap<&'static str, usize>,
    duration_ms: f64,
    recovered_example: Option<String>,
}

struct Failure {
    kind: Kind,
    n: usize,
    command: String,
    delay_ms: Option<f64>,
    hand_edit: bool,
    invariant: &'static str,
    detail: String,
    kept: Option<PathBuf>,
}

impl Failure {
    fn line(&self, seed: u64) -> String {
        format!(
            "seed {seed}, kill #{}, `{}` killed after {}{}: {} — {}{}",
            self.n,
            self.command,
            self.delay_ms
                .map_or("(not killed)".to_string(), |d| format!("{d:.2} ms")),
            if self.hand_edit {
                ", with a hand edit in another file"
            } else {
                ""
            },
            self.invariant,
            self.detail,
            self.kept.as_ref().map_or(String::new(), |p| format!(
                " (store kept at {})",
                p.display()
            )),
        )
    }
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|s| s.trim().parse().ok())
}

/// At most `n` entries of a list, and how many there are in all.
fn few(items: &[String], n: usize) -> String {
    let mut s = items
        .iter()
        .take(n)
        .cloned()
        .collect::<Vec<_>>()
        .join(" | ");
    if items.len() > n {
        s.push_str(&format!(" | … ({} in all)", items.len()));
    }
    s
}

/// What one worker thread found.
#[derive(Default)]
struct Found {
    stats: BTreeMap<Kind, Stats>,
    failures: Vec<Failure>,
}

impl Found {
    /// Record what an iteration saw; whether an invariant broke. The lab of
    /// the first break of each command and invariant is copied to
    /// `keep_root` to be looked at.
    #[allow(clippy::too_many_arguments)]
    fn account(
        &mut self,
        keep_root: &Path,
        kept: &mut BTreeSet<(Kind, &'static str)>,
        lab: &Lab,
        seen: Seen,
        n: usize,
        delay: Option<Duration>,
        hand: bool,
    ) -> bool {
        let kind = lab.kind;
        let stats = self.stats.entry(kind).or_default();
        stats.attempts += usize::from(delay.is_some());
        stats.killed += usize::from(seen.landed);
        stats.completed += usize::from(seen.completed);
        stats.failed_exit += usize::from(seen.failed_exit.is_some());
        stats.needed_recovery += usize::from(seen.needed_recovery);
        stats.hand_edits += usize::from(hand);
        stats.lost += seen.lost;
        for r in &seen.recovered {
            match direction(r) {
                "forward" => stats.forward += 1,
                "back" => stats.back += 1,
                _ => stats.other += 1,
            }
            stats.recovered_example.get_or_insert_with(|| r.clone());
        }
        if seen.failures.is_empty() {
            return false;
        }
        stats.broken += 1;
        let invariants: BTreeSet<&'static str> = seen.failures.iter().map(|f| f.0).collect();
        for inv in &invariants {
            *stats.invariants.entry(*inv).or_default() += 1;
        }
        let fresh: Vec<&'static str> = invariants
            .iter()
            .filter(|i| !kept.contains(&(kind, **i)))
            .copied()
            .collect();
        let path = if fresh.is_empty() {
            None
        } else {
            let to = keep_root.join(format!("{}-{n}", kind.name()));
            let copied = Command::new("cp")
                .arg("-a")
                .arg(lab.env.tmp.path())
                .arg(&to)
                .status()
                .is_ok_and(|s| s.success());
            kept.extend(fresh.iter().map(|i| (kind, *i)));
            copied.then_some(to)
        };
        for (invariant, detail) in seen.failures {
            self.failures.push(Failure {
                kind,
                n,
                command: seen.command.clone(),
                delay_ms: delay.map(|d| d.as_secs_f64() * 1000.0),
                hand_edit: hand,
                invariant,
                detail,
                kept: path.clone(),
            });
        }
        true
    }
}

/// One worker: a lab per command of `kinds`, killed in random order until
/// each command has its quota of kills that landed while it ran (or four
/// times as many tries). Kill numbers are `j + 1`, `j + 1 + jobs`, ….
fn worker(
    seed: u64,
    j: usize,
    jobs: usize,
    kinds: &[Kind],
    quota: usize,
    keep_root: &Path,
) -> Found {
    let mut rng = Rng::new(seed.wrapping_add(j as u64));
    let mut found = Found::default();
    let mut kept = BTreeSet::new();
    let mut left: BTreeMap<Kind, usize> = kinds.iter().map(|k| (*k, quota)).collect();
    let mut labs: BTreeMap<Kind, Lab> = BTreeMap::new();
    let mut i = 0usize;
    let mut next = || {
        i += 1;
        (i - 1) * jobs + j + 1
    };
    let build = |kind: Kind| {
        let mut clock = Instant::now();
        let lab = Lab::build(kind)
            .unwrap_or_else(|e| panic!("seed {seed}: building the {} lab: {e}", kind.name()));
        lap("building stores", &mut clock);
        lab
    };
    // After a broken invariant: the same store put back to HEAD, else a new one.
    let mend = |mut lab: Lab| {
        let mut clock = Instant::now();
        let repaired = lab.repair();
        lap("repairing a broken store", &mut clock);
        match repaired {
            Ok(()) => lab,
            Err(_) => {
                let mut fresh = build(lab.kind);
                fresh.duration = lab.duration;
                fresh
            }
        }
    };
    // Each command's typical run time: the median of three whole runs.
    for &kind in kinds {
        let mut lab = build(kind);
        let mut times = Vec::new();
        for _ in 0..3 {
            let n = next();
            let seen = lab.iterate(n, None, false);
            times.push(seen.elapsed);
            if found.account(keep_root, &mut kept, &lab, seen, n, None, false) {
                lab = mend(lab);
            }
        }
        times.sort();
        lab.duration = times[1];
        found.stats.entry(kind).or_default().duration_ms = times[1].as_secs_f64() * 1000.0;
        labs.insert(kind, lab);
    }
    loop {
        let open: Vec<Kind> = kinds
            .iter()
            .copied()
            .filter(|k| left[k] > 0 && found.stats[k].attempts < 4 * quota + 20)
            .collect();
        if open.is_empty() {
            return found;
        }
        let kind = open[rng.below(open.len())];
        let mut lab = labs.remove(&kind).expect("lab");
        let delay = lab.duration.mul_f64(1.2 * rng.unit());
        let hand = rng.chance(HAND_EDIT_SHARE);
        let n = next();
        let seen = lab.iterate(n, Some(delay), hand);
        // Keep the window honest as the machine's load changes: with a
        // steady run time, a delay drawn from [0, 1.2 × run time] finds the
        // command finished one time in six; nudge the estimate towards that.
        let factor = if seen.landed {
            *left.get_mut(&kind).expect("quota") -= 1;
            1.006
        } else {
            0.97
        };
        lab.duration = lab.duration.mul_f64(factor).max(Duration::from_micros(500));
        if found.account(keep_root, &mut kept, &lab, seen, n, Some(delay), hand) {
            lab = mend(lab);
        }
        lab.kills += 1;
        if lab.kills >= LIFETIME {
            let duration = lab.duration;
            lab = build(kind);
            lab.duration = duration;
        }
        labs.insert(kind, lab);
    }
}

#[test]
fn crash_every_writing_command_under_kill_9() {
    let seed = env_number("CRASH_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
    });
    let total = env_number("CRASH_KILLS").unwrap_or(1000) as usize;
    // Two workers by default: CI has two cores, and much of a kill's time
    // is spent waiting for fsync.
    let only = std::env::var("CRASH_ONLY").unwrap_or_default();
    let kinds: Vec<Kind> = KINDS
        .iter()
        .copied()
        .filter(|k| only.trim().is_empty() || only.split(',').any(|o| o.trim() == k.name()))
        .collect();
    assert!(
        !kinds.is_empty(),
        "CRASH_ONLY={only}: no such command (they are {})",
        KINDS.map(Kind::name).join(",")
    );
    let jobs = (env_number("CRASH_JOBS").unwrap_or(2) as usize).clamp(1, kinds.len());
    let quota = total.div_ceil(kinds.len());
    eprintln!(
        "crash test: seed {seed}, {total} kills ({quota} per command), {jobs} workers; \
         replay with CRASH_SEED={seed} CRASH_KILLS={total} CRASH_JOBS={jobs} CRASH_ONLY={only}"
    );
    let started = Instant::now();
    // Copies of stores that broke an invariant; kept when the test fails.
    let keep_root = tempfile::Builder::new()
        .prefix(&format!("crm-crash-{seed}-"))
        .tempdir()
        .expect("temp dir");
    let groups: Vec<Vec<Kind>> = (0..jobs)
        .map(|j| {
            kinds
                .iter()
                .enumerate()
                .filter(|(i, _)| i % jobs == j)
                .map(|(_, k)| *k)
                .collect()
        })
        .collect();
    let parts: Vec<Found> = std::thread::scope(|s| {
        let handles: Vec<_> = groups
            .iter()
            .enumerate()
            .map(|(j, kinds)| {
                let root = keep_root.path();
                s.spawn(move || worker(seed, j, jobs, kinds, quota, root))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    let elapsed = started.elapsed();
    let mut stats: BTreeMap<Kind, Stats> = BTreeMap::new();
    let mut failures: Vec<Failure> = Vec::new();
    for p in parts {
        stats.extend(p.stats);
        failures.extend(p.failures);
    }
    failures.sort_by_key(|f| (f.kind, f.n));

    // The summary.
    let mut table = format!(
        "\ncrash test: seed {seed}, {} kills landed in {} tries, {:.1} s with {jobs} workers\n",
        stats.values().map(|s| s.killed).sum::<usize>(),
        stats.values().map(|s| s.attempts).sum::<usize>(),
        elapsed.as_secs_f64()
    );
    table.push_str(&format!(
        "{:<8} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>7} {:>5} {:>5} {:>5} {:>5} {:>6}  broken invariants\n",
        "command",
        "run ms",
        "tries",
        "killed",
        "done",
        "failed",
        "hand",
        "needed",
        "fwd",
        "back",
        "other",
        "lost",
        "broken"
    ));
    let mut sum = Stats::default();
    for (k, s) in &stats {
        table.push_str(&format!(
            "{:<8} {:>7.1} {:>6} {:>6} {:>6} {:>6} {:>6} {:>7} {:>5} {:>5} {:>5} {:>5} {:>6}  {}\n",
            k.name(),
            s.duration_ms,
            s.attempts,
            s.killed,
            s.completed,
            s.failed_exit,
            s.hand_edits,
            s.needed_recovery,
            s.forward,
            s.back,
            s.other,
            s.lost,
            s.broken,
            s.invariants
                .iter()
                .map(|(i, c)| format!("{i} {c}"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        sum.attempts += s.attempts;
        sum.killed += s.killed;
        sum.completed += s.completed;
        sum.failed_exit += s.failed_exit;
        sum.hand_edits += s.hand_edits;
        sum.needed_recovery += s.needed_recovery;
        sum.forward += s.forward;
        sum.back += s.back;
        sum.other += s.other;
        sum.lost += s.lost;
        sum.broken += s.broken;
        for (i, c) in &s.invariants {
            *sum.invariants.entry(i).or_default() += c;
        }
    }
    table.push_str(&format!(
        "{:<8} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>7} {:>5} {:>5} {:>5} {:>5} {:>6}  {}\n",
        "total",
        "",
        sum.attempts,
        sum.killed,
        sum.completed,
        sum.failed_exit,
        sum.hand_edits,
        sum.needed_recovery,
        sum.forward,
        sum.back,
        sum.other,
        sum.lost,
        sum.broken,
        sum.invariants
            .iter()
            .map(|(i, c)| format!("{i} {c}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    table.push_str(
        "(tries: kills sent; killed: landed while the command ran; done: completed (also the \
         3 timing runs); failed: exited non-zero on its own; hand: tries with a hand edit in \
         another file; needed: left the store needing recovery; fwd/back/other: `recovered:` \
         lines; lost: reported items missing; broken: runs with a broken invariant)\n",
    );
    let mut first: BTreeMap<(&'static str, Kind), &Failure> = BTreeMap::new();
    for f in &failures {
        first.entry((f.invariant, f.kind)).or_insert(f);
    }
    if let Ok(p) = PROFILE.lock() {
        let all: Duration = p.values().map(|v| v.0).sum();
        table.push_str("time (both workers): ");
        table.push_str(
            &p.iter()
                .map(|(k, (d, c))| {
                    format!(
                        "{k} {:.1} s ({:.0}%, {:.1} ms each)",
                        d.as_secs_f64(),
                        100.0 * d.as_secs_f64() / all.as_secs_f64().max(1e-9),
                        d.as_secs_f64() * 1000.0 / (*c).max(1) as f64
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
        );
        table.push('\n');
    }
    if !first.is_empty() {
        table.push_str("first failure of each invariant and command:\n");
    }
    for f in first.values() {
        table.push_str(&format!("  {}\n", f.line(seed)));
    }
    eprintln!("{table}");
    if let Ok(path) = std::env::var("CRASH_REPORT")
        && !path.is_empty()
    {
        let kinds: Vec<serde_json::Value> = stats
            .iter()
            .map(|(k, s)| {
                serde_json::json!({
                    "command": k.name(),
                    "run_ms": s.duration_ms,
                    "tries": s.attempts,
                    "killed": s.killed,
                    "completed": s.completed,
                    "failed": s.failed_exit,
                    "hand_edits": s.hand_edits,
                    "needed_recovery": s.needed_recovery,
                    "recovered_forward": s.forward,
                    "recovered_back": s.back,
                    "recovered_other": s.other,
                    "recovered_example": s.recovered_example,
                    "lost": s.lost,
                    "broken": s.broken,
                    "invariants": s.invariants,
                })
            })
            .collect();
        let fails: Vec<serde_json::Value> = failures
            .iter()
            .map(|f| {
                serde_json::json!({
                    "command": f.kind.name(),
                    "kill": f.n,
                    "run": f.command,
                    "delay_ms": f.delay_ms,
                    "hand_edit": f.hand_edit,
                    "invariant": f.invariant,
                    "detail": f.detail,
                    "kept": f.kept,
                })
            })
            .collect();
        let report = serde_json::json!({
            "seed": seed,
            "kills": total,
            "jobs": jobs,
            "elapsed_s": elapsed.as_secs_f64(),
            "landed": sum.killed,
            "tries": sum.attempts,
            "invariants": sum.invariants,
            "commands": kinds,
            "failures": fails,
        });
        std::fs::write(
            &path,
            serde_json::to_string_pretty(&report).expect("json") + "\n",
        )
        .unwrap_or_else(|e| panic!("writing CRASH_REPORT {path}: {e}"));
    }
    if failures.is_empty() {
        return;
    }
    let kept = keep_root.keep();
    panic!(
        "{} broken invariants (the first of each invariant and command above; their stores \
         are copied to {}); replay with CRASH_SEED={seed} CRASH_KILLS={total} CRASH_JOBS={jobs} \
         CRASH_ONLY={only}",
        failures.len(),
        kept.display()
    );
}

// ---------------------------------------------------------------------------
// One regression test per case of the issue, asserting what SPEC §11 asks
// for (they fail on the code of the day the issue was written).

fn add(env: &Env, name: &str) -> String {
    env.ok(&["add", name]).trim().to_string()
}

fn rev(env: &Env) -> String {
    env.git(&["rev-parse", "HEAD"]).trim().to_string()
}

/// (a) `crm undo` touches only the files of the change it undoes.
#[test]
fn a_undo_keeps_an_uncommitted_hand_edit_in_another_file() {
    let env = Env::with_store();
    let alpha = add(&env, "Alpha OÜ");
    let beeta = add(&env, "Beeta AS");
    let call = env.ok(&["log", &alpha, "call", "to be undone"]);
    let edited = format!(
        "{}address = \"Typed by hand, not committed yet\"\n",
        env.file(&beeta)
    );
    env.write_file(&beeta, &edited);
    env.ok(&["undo"]);
    assert!(
        !env.file(&alpha).contains(call.trim()),
        "undo took the call back"
    );
    assert_eq!(
        env.file(&beeta),
        edited,
        "crm undo rewrote customers/{beeta}.toml, which the undone change never touched: the hand edit is lost"
    );
}

/// (b) A lock file left by a dead git process: crm either sees it is stale
/// and goes on, or fails without committing — never "failed" after a commit.
#[test]
fn b_a_stale_index_lock_never_gives_failure_after_a_commit() {
    let env = Env::with_store();
    let alpha = add(&env, "Alpha OÜ");
    let head = rev(&env);
    // What a git or crm killed while writing the index leaves behind.
    let lock = env.store.join(".git/index.lock");
    std::fs::write(&lock, b"DIRC").expect("index.lock");
    let o = env.run(&["log", &alpha, "call", "after a crash"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    if o.status.success() {
        let id = String::from_utf8_lossy(&o.stdout).trim().to_string();
        assert!(env.file(&alpha).contains(&id), "the call is in the file");
        assert!(
            !lock.exists(),
            "crm went on, so it must have removed the stale .git/index.lock"
        );
        assert_ne!(rev(&env), head, "the call was committed");
        env.assert_clean();
    } else {
        assert_eq!(
            rev(&env),
            head,
            "crm log reported failure ({stderr}) but committed the call"
        );
        assert!(
            !env.file(&alpha).contains("after a crash"),
            "crm log reported failure ({stderr}) but wrote the call into the file"
        );
    }
}

/// (c) A `crm undo` killed at any moment: after the next crm command every
/// customer file parses. A large file makes the window of the write wide.
#[test]
fn c_a_killed_undo_never_leaves_a_torn_file() {
    let env = Env::with_store();
    let big = add(&env, "Big Customer AS");
    let mut text = env.file(&big);
    text.push_str("notes = \"\"\"\n");
    for i in 0..40_000 {
        text.push_str(&format!("Line {i} of a long history of this customer.\n"));
    }
    text.push_str("\"\"\"\n");
    env.write_file(&big, &text);
    env.ok(&["log", &big, "note", "the long notes are committed"]);
    env.ok(&["log", &big, "note", "to undo"]);
    let start = Instant::now();
    env.ok(&["undo"]);
    let run = start.elapsed();
    let tries = 40;
    for i in 0..tries {
        let o = env.run(&["log", &big, "call", &format!("try {i}")]);
        assert!(
            o.status.success(),
            "crm log after the killed undo #{}: {}",
            i.max(1) - 1,
            String::from_utf8_lossy(&o.stderr)
        );
        let delay = run.mul_f64(1.2 * f64::from(i) / f64::from(tries));
        let mut child = env
            .crm_std()
            .arg("undo")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn crm undo");
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let next = env.run(&["ls", "-f", "ids"]);
        let s = Snap::read(&env.store);
        assert!(
            s.torn.is_empty(),
            "crm undo killed after {delay:?}, then `crm ls` ({}): {}",
            String::from_utf8_lossy(&next.stderr).trim(),
            s.torn.join("; ")
        );
    }
}

/// The untracked files and temp files in customers/.
fn untracked(env: &Env) -> Vec<String> {
    let o = env.git_output(
        &env.store,
        &["status", "--porcelain", "--untracked-files=all"],
    );
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// (d) An import killed half-way: the next crm command rolls it back or
/// finishes it, says so, and leaves no stray files; it is never committed
/// as a hand edit.
#[test]
fn d_a_killed_import_is_rolled_back_or_finished_by_the_next_command() {
    // A store with a remote: `crm sync` commits hand edits, and must not
    // take a half-done import for one.
    let env = Env::new();
    let bare = env.tmp.path().join("remote.git");
    let bare = bare.to_str().expect("utf-8");
    env.git_in(
        env.tmp.path(),
        &["init", "-q", "--bare", "-b", "main", bare],
    );
    env.ok(&["init", env.store.to_str().expect("utf-8"), "--remote", bare]);
    add(&env, "Alpha OÜ");
    let customers = env.store.join("customers");
    let entries = || std::fs::read_dir(&customers).map_or(0, |d| d.count());
    let mut rows = 2000;
    for attempt in 0..4 {
        let mut csv = String::from("Company,E-mail\n");
        for r in 0..rows {
            csv.push_str(&format!(
                "Import {attempt} row {r},a{attempt}.r{r}@import.example\n"
            ));
        }
        let p = env.tmp.path().join(format!("import-{attempt}.csv"));
        std::fs::write(&p, csv).expect("csv");
        let before = entries();
        let mut child = env
            .crm_std()
            .args(["import", "csv", p.to_str().expect("utf-8")])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn crm import");
        // Kill it once it has written some of the files.
        let landed = loop {
            if let Ok(Some(_)) = child.try_wait() {
                break false;
            }
            if entries() > before + 10 {
                let _ = child.kill();
                let _ = child.wait();
                break true;
            }
            std::thread::sleep(Duration::from_micros(200));
        };
        if !landed {
            rows *= 2;
            continue;
        }
        let o = env.run(&["ls", "-f", "ids"]);
        let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
        assert!(o.status.success(), "crm ls after the kill: {stderr}");
        assert!(
            stderr.lines().any(|l| l.starts_with("recovered:")),
            "the next command must say it recovered the import; stderr: {stderr:?}"
        );
        let left = untracked(&env);
        assert!(
            left.is_empty(),
            "after the next command the work tree must equal HEAD: {} entries, e.g. {:?}",
            left.len(),
            left.iter().take(3).collect::<Vec<_>>()
        );
        let tmp: Vec<String> = leftovers(&env.store);
        assert!(tmp.is_empty(), "temporary files left: {tmp:?}");
        let committed = env
            .git(&["ls-tree", "--name-only", "HEAD", "customers/"])
            .lines()
            .filter(|l| l.contains(&format!("import-{attempt}-row-")))
            .count();
        assert!(
            committed == 0 || committed == rows,
            "half an import committed: {committed} of {rows} rows"
        );
        env.ok(&["log", "alpha-ou", "call", "after the import"]);
        env.ok(&["sync"]);
        let log = env.git(&["log", "--format=%s"]);
        assert!(
            !log.lines().any(|l| l.starts_with("edit by hand")),
            "a half-done import was committed as a hand edit:\n{log}"
        );
        env.assert_clean();
        return;
    }
    eprintln!("note: every import finished before it could be killed; nothing was tested");
}

/// (e) Text from the data never reaches the output as control sequences,
/// but machine formats keep it exactly.
#[test]
fn e_control_sequences_in_the_data_are_not_printed_raw() {
    let env = Env::with_store();
    let alpha = add(&env, "Alpha OÜ");
    let evil = "red \u{1b}[31mALERT\u{1b}[0m text";
    env.ok(&["log", &alpha, "note", evil]);
    let card = env.crm().args(["show", &alpha]).output().expect("crm show");
    assert!(card.status.success());
    assert!(
        !card.stdout.contains(&0x1b),
        "crm show printed the ESC byte of the note: {:?}",
        String::from_utf8_lossy(&card.stdout)
    );
    assert!(
        String::from_utf8_lossy(&card.stdout).contains("ALERT"),
        "the note is still shown, made harmless"
    );
    let json = env.ok(&["show", &alpha, "-f", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let texts: Vec<&str> = v["activities"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x["text"].as_str()).collect())
        .unwrap_or_default();
    assert!(
        texts.contains(&evil),
        "-f json keeps the exact text: {texts:?}"
    );
}

/// (f) A customer file that is a symlink is refused, and stays a symlink.
#[test]
fn f_a_customer_file_that_is_a_symlink_is_refused() {
    let env = Env::with_store();
    let alpha = add(&env, "Alpha OÜ");
    let file = env.store.join("customers").join(format!("{alpha}.toml"));
    let elsewhere = env.tmp.path().join("elsewhere.toml");
    std::fs::rename(&file, &elsewhere).expect("move");
    std::os::unix::fs::symlink(&elsewhere, &file).expect("symlink");
    let before = std::fs::read_to_string(&elsewhere).expect("read");
    let o = env.run(&["set", &alpha, "stage=customer"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        !o.status.success(),
        "crm set on a symlinked customer file must fail; stderr: {stderr}"
    );
    assert!(
        stderr.contains(&format!("{alpha}.toml")),
        "the error names the file: {stderr}"
    );
    assert!(
        std::fs::symlink_metadata(&file)
            .expect("stat")
            .file_type()
            .is_symlink(),
        "customers/{alpha}.toml is no longer a symlink"
    );
    assert_eq!(
        std::fs::read_to_string(&elsewhere).expect("read"),
        before,
        "the file the symlink points to is unchanged"
    );
}

/// (g) Files crm writes honour the umask, as git's do.
#[test]
fn g_written_files_honour_the_umask() {
    let env = Env::with_store();
    let crm = assert_cmd::cargo::cargo_bin("crm");
    let run = |args: &[&str]| {
        let o = env
            .command("sh")
            .arg("-c")
            .arg("umask 022 && exec \"$0\" \"$@\"")
            .arg(&crm)
            .args(args)
            .output()
            .expect("run crm under umask 022");
        assert!(
            o.status.success(),
            "crm {args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stdout).trim().to_string()
    };
    let id = run(&["add", "Alpha OÜ"]);
    let mode = |id: &str| {
        std::fs::metadata(env.store.join("customers").join(format!("{id}.toml")))
            .expect("stat")
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(
        mode(&id),
        0o644,
        "a new file under umask 022: {:o}",
        mode(&id)
    );
    run(&["log", &id, "call", "rewrites the file"]);
    assert_eq!(
        mode(&id),
        0o644,
        "a rewritten file under umask 022: {:o}",
        mode(&id)
    );
}

/// Issue 11, messages: a file that is not UTF-8 names its line and byte;
/// an impossible date names the field and the value, not the TOML
/// library's "expected day between 01 and 28".
#[test]
fn h_unreadable_files_are_named_with_line_byte_and_field() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    env.ok(&["add", "Beta"]);
    std::fs::write(
        env.store.join("customers/acme.toml"),
        b"name = \"Acme\"\nnotes = \"caf\xe9\"\n",
    )
    .expect("write");
    let err = env.fails(1, &["show", "acme"]);
    assert!(
        err.contains("customers/acme.toml:2: not UTF-8 text: byte 26 (0xe9)"),
        "{err}"
    );
    let beta = env
        .file("beta")
        .replace("created = 2026-11-24", "created = 2026-02-30");
    env.write_file("beta", &beta);
    let err = env.fails(1, &["show", "beta"]);
    assert!(
        err.contains("created = 2026-02-30 is not a date (February 2026 has 28 days)"),
        "{err}"
    );
    assert!(!err.contains("expected day between"), "{err}");
    // Both are errors in check, each named at its line.
    let o = env.run(&["check"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("customers/acme.toml:2: error: not UTF-8 text"),
        "{out}"
    );
    assert!(out.contains("customers/beta.toml:5: error:"), "{out}");
}

/// Issue 11, messages: `crm log X note -` with nothing on standard input
/// is refused, not logged empty.
#[test]
fn i_log_dash_with_empty_stdin_is_refused() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    let before = env.commits();
    let o = env
        .crm()
        .args(["log", "acme", "note", "-"])
        .write_stdin("")
        .output()
        .expect("run crm");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("standard input, which was empty"));
    assert_eq!(env.commits(), before, "nothing was committed");
}
