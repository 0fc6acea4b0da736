//! The store: a git work tree holding `crm.toml` and `customers/*.toml`.
//!
//! Owns discovery (SPEC §1), the process lock, atomic writes and the
//! [`Transaction`] that turns one user action into exactly one commit.
//! Every write is validated before anything touches the disk; when the
//! commit fails the old file contents are put back.

pub mod cache;
pub mod edit;
pub mod git;

use crate::error::{Error, Result};
use crate::model::config::{self, Config};
use crate::model::{self, Customer, id};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Directory of customer files, relative to the root.
pub const CUSTOMERS: &str = "customers";
/// The settings file, relative to the root.
pub const CONFIG: &str = "crm.toml";
/// What `.gitattributes` must say for the merge driver.
pub const GITATTRIBUTES: &str = "customers/*.toml merge=crm\n";

/// An open store.
pub struct Store {
    root: PathBuf,
    /// Parsed `crm.toml`.
    pub config: Config,
    repo: git2::Repository,
}

/// A customer file that could not be read, with why.
#[derive(Debug, Clone)]
pub struct Broken {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path.display(), l, self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

/// Every readable customer, plus the files that are not.
#[derive(Debug, Default)]
pub struct Loaded {
    pub customers: Vec<Customer>,
    pub broken: Vec<Broken>,
}

/// Where the store is, by SPEC §1: `-C`, then `CRM_DIR`, then the nearest
/// ancestor holding `crm.toml` at a git work-tree root, then the default.
pub fn discover(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = explicit {
        return Ok(p.to_path_buf());
    }
    if let Ok(d) = std::env::var("CRM_DIR")
        && !d.is_empty()
    {
        return Ok(PathBuf::from(d));
    }
    if let Ok(cwd) = std::env::current_dir() {
        for dir in cwd.ancestors() {
            if dir.join(CONFIG).is_file() && dir.join(".git").exists() {
                return Ok(dir.to_path_buf());
            }
        }
    }
    default_dir()
}

/// `$XDG_DATA_HOME/crm`, else `~/.local/share/crm`.
pub fn default_dir() -> Result<PathBuf> {
    if let Ok(x) = std::env::var("XDG_DATA_HOME")
        && !x.is_empty()
    {
        return Ok(PathBuf::from(x).join("crm"));
    }
    match std::env::var_os("HOME") {
        Some(h) if !h.is_empty() => Ok(PathBuf::from(h).join(".local/share/crm")),
        _ => Err(Error::Store {
            message: "cannot find the default store: neither XDG_DATA_HOME nor HOME is set".into(),
            hint: Some("name the store with -C DIR or CRM_DIR".into()),
        }),
    }
}

/// Write `bytes` to `path` atomically: temp file in the same directory,
/// fsync, rename, fsync of the directory.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_renamed(path, bytes, true)
}

/// Temp file, optional fsync, rename. Without `sync` the caller flushes
/// once for a whole batch ([`flush_all`]).
fn write_renamed(path: &Path, bytes: &[u8], sync: bool) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    // git keeps no empty directories: a clone of a store without customers,
    // or an undo of its only customer, has no customers/ yet.
    if !dir.as_os_str().is_empty() && !dir.exists() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".crm-tmp-")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(tmp.path(), e))?;
    if sync {
        tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    }
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    if sync && let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Transactions with more files than this (imports, `check --fix`, the
/// demo) write every file first and flush the disk once, instead of two
/// fsyncs per file (16 s → under 2 s for a 5,000-row import).
const BATCH: usize = 32;

/// Flush written files to disk: `sync(1)`, else an fsync of each file.
fn flush_all(paths: &[PathBuf]) {
    let synced = std::process::Command::new("sync")
        .status()
        .is_ok_and(|s| s.success());
    if !synced {
        for p in paths {
            if let Ok(f) = File::open(p) {
                let _ = f.sync_all();
            }
        }
    }
}

/// Holds the store's process lock until dropped.
pub struct Lock {
    _file: File,
}

impl Store {
    /// Open the store at `root`.
    pub fn open(root: &Path) -> Result<Store> {
        let cfg_path = root.join(CONFIG);
        if !cfg_path.is_file() {
            return Err(Error::Store {
                message: format!("no crm store at {} (there is no {CONFIG})", root.display()),
                hint: Some(if root.exists() {
                    format!("create one with `crm init {}`", root.display())
                } else {
                    "create one with `crm init` (or `crm init --demo` to try crm out), or name a store with -C DIR".into()
                }),
            });
        }
        let text = std::fs::read_to_string(&cfg_path).map_err(|e| Error::io(&cfg_path, e))?;
        let config = Config::parse(&text).map_err(|m| Error::parse(CONFIG, None, None, m))?;
        let repo = git2::Repository::open(root).map_err(|e| Error::Store {
            message: format!(
                "{} is not a git repository: {}",
                root.display(),
                e.message()
            ),
            hint: Some("a crm store is a git work tree; `crm init` makes one".into()),
        })?;
        Ok(Store {
            root: root.to_path_buf(),
            config,
            repo,
        })
    }

    /// Create a new store at `root`: git repository, `crm.toml`,
    /// `.gitattributes`, the merge driver in `.git/config`, first commit.
    pub fn init(root: &Path) -> Result<Store> {
        if root.join(CONFIG).exists() {
            return Err(Error::Store {
                message: format!("{} already holds a crm store", root.display()),
                hint: Some("use it as it is, or choose another directory".into()),
            });
        }
        std::fs::create_dir_all(root.join(CUSTOMERS)).map_err(|e| Error::io(root, e))?;
        let repo = match git2::Repository::open(root) {
            Ok(r) if r.workdir().is_some_and(|w| same_dir(w, root)) => r,
            _ => {
                let mut opts = git2::RepositoryInitOptions::new();
                opts.initial_head("main");
                git2::Repository::init_opts(root, &opts).map_err(|e| {
                    Error::git(format!("creating a repository in {}", root.display()), e)
                })?
            }
        };
        git::identity(&repo)?;
        register_merge_driver(&repo)?;
        let ga_path = root.join(".gitattributes");
        let mut ga = std::fs::read_to_string(&ga_path).unwrap_or_default();
        if !ga.contains("merge=crm") {
            if !ga.is_empty() && !ga.ends_with('\n') {
                ga.push('\n');
            }
            ga.push_str(GITATTRIBUTES);
        }
        write_atomic(&root.join(CONFIG), config::DEFAULT_TEXT.as_bytes())?;
        write_atomic(&ga_path, ga.as_bytes())?;
        let changes = vec![
            git::FileChange {
                path: CONFIG.into(),
                content: Some(config::DEFAULT_TEXT.as_bytes().to_vec()),
            },
            git::FileChange {
                path: ".gitattributes".into(),
                content: Some(ga.into_bytes()),
            },
        ];
        git::commit(&repo, &changes, "init crm store")?;
        drop(repo);
        Store::open(root)
    }

    /// The work-tree root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The git repository.
    pub fn repo(&self) -> &git2::Repository {
        &self.repo
    }

    /// `customers/<id>.toml`, absolute.
    pub fn customer_path(&self, id: &str) -> PathBuf {
        self.root.join(CUSTOMERS).join(format!("{id}.toml"))
    }

    /// Path relative to the root, for messages and git.
    pub fn rel_path(id: &str) -> String {
        format!("{CUSTOMERS}/{id}.toml")
    }

    /// Whether a customer with this id exists.
    pub fn exists(&self, id: &str) -> bool {
        id::is_valid_slug(id) && self.customer_path(id).is_file()
    }

    /// Ids of all customer files, sorted.
    pub fn ids(&self) -> Result<Vec<String>> {
        let dir = self.root.join(CUSTOMERS);
        let rd = match std::fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::io(dir, e)),
        };
        let mut ids: Vec<String> = rd
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                let stem = name.strip_suffix(".toml")?;
                id::is_valid_slug(stem).then(|| stem.to_string())
            })
            .collect();
        ids.sort();
        Ok(ids)
    }

    /// The text of a customer file.
    pub fn read_text(&self, id: &str) -> Result<String> {
        let p = self.customer_path(id);
        std::fs::read_to_string(&p).map_err(|e| Error::io(p, e))
    }

    /// Parse one customer, with the file and line on error.
    pub fn load(&self, id: &str) -> Result<Customer> {
        let text = self.read_text(id)?;
        Customer::parse(id, &text).map_err(|e| e.in_file(Self::rel_path(id)))
    }

    /// Every customer that parses, sorted by id; the others are listed as
    /// broken so the caller can warn and go on.
    ///
    /// Reads go through the snapshot in `.git/crm-cache/` (see
    /// [`cache`]): only files whose size, mtime, ctime or inode changed are
    /// parsed again, so a warm read costs a directory scan plus decoding.
    /// `CRM_NO_CACHE=1` parses every file.
    pub fn load_all(&self) -> Result<Loaded> {
        let (customers, broken) = self.scan(|c| Some(std::mem::take(c)))?;
        Ok(Loaded { customers, broken })
    }

    /// Hand every customer that parses to `keep`, in parallel and as soon as
    /// it is read, and collect what it returns, in id order; plus the files
    /// that are broken. The narrow way to read a large store: a query that
    /// keeps the matching customers (`|c| matches(c).then(|| c.clone())`)
    /// or a report that keeps a few figures per customer holds only that,
    /// not all 2,000,000 activities of 100,000 customers at once. The
    /// customer is decoded into a buffer that is reused for the next one;
    /// `std::mem::take(c)` keeps it whole without a copy. Goes through the
    /// cache as [`Store::load_all`] does.
    pub fn scan<T: Send>(
        &self,
        keep: impl Fn(&mut Customer) -> Option<T> + Sync,
    ) -> Result<(Vec<T>, Vec<Broken>)> {
        self.scan_inner(None, &keep)
    }

    /// [`Store::scan`] with a first test, `pre`, that must not look at the
    /// customer's activities (through the cache it sees them empty; parsed
    /// from a file, whole): customers it turns down are not handed to
    /// `keep`, and their activities are not even decoded. `ls tag:vip`
    /// decodes the activities of the vip customers only.
    /// (`Query::reads_activities` says whether a query's test qualifies.)
    pub fn scan_where<T: Send>(
        &self,
        pre: impl Fn(&Customer) -> bool + Sync,
        keep: impl Fn(&mut Customer) -> Option<T> + Sync,
    ) -> Result<(Vec<T>, Vec<Broken>)> {
        let pre = |c: &Customer| {
            if pre(c) {
                cache::Want::Whole
            } else {
                cache::Want::No
            }
        };
        self.scan_inner(Some(&pre), &keep)
    }

    /// [`Store::scan`] of every customer without its activities (`keep`
    /// sees them empty; through the cache they are not even decoded): for
    /// lookups by name, e-mail, phone or deal id, which a store of 100,000
    /// customers answers in a fraction of the time and memory of a whole
    /// read.
    pub fn scan_heads<T: Send>(
        &self,
        keep: impl Fn(&mut Customer) -> Option<T> + Sync,
    ) -> Result<(Vec<T>, Vec<Broken>)> {
        self.scan_inner(Some(&|_: &Customer| cache::Want::Head), &keep)
    }

    /// [`Store::load_all`] without the activities (see [`Store::scan_heads`]).
    pub fn load_heads(&self) -> Result<Loaded> {
        let (customers, broken) = self.scan_heads(|c| Some(std::mem::take(c)))?;
        Ok(Loaded { customers, broken })
    }

    fn scan_inner<T: Send>(
        &self,
        pre: Option<cache::Pre>,
        keep: &(dyn Fn(&mut Customer) -> Option<T> + Sync),
    ) -> Result<(Vec<T>, Vec<Broken>)> {
        let (parts, broken) = self.visit(pre, &Vec::new, &|out: &mut Vec<(usize, T)>, i, c| {
            if let Some(t) = keep(c) {
                out.push((i, t));
            }
        })?;
        let mut all: Vec<(usize, T)> = Vec::with_capacity(parts.iter().map(Vec::len).sum());
        for p in parts {
            all.extend(p);
        }
        all.sort_unstable_by_key(|(i, _)| *i);
        Ok((all.into_iter().map(|(_, t)| t).collect(), broken))
    }

    /// Fold every customer that parses into per-thread accumulators, for
    /// aggregations whose result does not depend on the order customers
    /// come in (sums, counts): `init` starts one accumulator per worker,
    /// `add` folds a customer into it; the caller merges what comes back.
    /// Broken files come back in id order.
    pub fn fold<A: Send>(
        &self,
        init: impl Fn() -> A + Sync,
        add: impl Fn(&mut A, &Customer) + Sync,
    ) -> Result<(Vec<A>, Vec<Broken>)> {
        self.visit(None, &init, &|a: &mut A, _, c| add(a, c))
    }

    /// The engine of [`Store::scan`] and [`Store::fold`]: every worker
    /// thread gets a state from `init` and each customer it reads, with its
    /// place in the id order.
    fn visit<S: Send>(
        &self,
        pre: Option<cache::Pre>,
        init: &(dyn Fn() -> S + Sync),
        each: &(dyn Fn(&mut S, usize, &mut Customer) + Sync),
    ) -> Result<(Vec<S>, Vec<Broken>)> {
        let root = self.root.as_path();
        let parse = |id: &str| parse_file(root, id);
        let (states, broken) = if cache::disabled() {
            self.visit_uncached(&parse, pre, init, each)?
        } else {
            cache::visit(
                &self.root,
                &cache::dir(self.repo.path()),
                &parse,
                pre,
                init,
                each,
            )?
        };
        Ok((states, broken.into_iter().map(|(_, b)| b).collect()))
    }

    /// [`Store::visit`] parsing every file.
    fn visit_uncached<S: Send>(
        &self,
        parse: &(dyn Fn(&str) -> std::result::Result<Customer, Broken> + Sync),
        pre: Option<cache::Pre>,
        init: &(dyn Fn() -> S + Sync),
        each: &(dyn Fn(&mut S, usize, &mut Customer) + Sync),
    ) -> Result<cache::Visited<S>> {
        let ids = self.ids()?;
        // Parsing dominates; two threads use both cores of a small machine.
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8);
        let chunk = ids.len().div_ceil(threads).max(64);
        let parts: Vec<cache::Visited<S>> = std::thread::scope(|s| {
            let handles: Vec<_> = ids
                .chunks(chunk)
                .enumerate()
                .map(|(n, part)| {
                    s.spawn(move || {
                        let mut state = init();
                        let mut broken = Vec::new();
                        for (k, id) in part.iter().enumerate() {
                            let i = n * chunk + k;
                            match parse(id) {
                                Ok(mut c) => {
                                    if cache::want(pre, &mut c) {
                                        each(&mut state, i, &mut c)
                                    }
                                }
                                Err(b) => broken.push((i, b)),
                            }
                        }
                        (vec![state], broken)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        let mut states = Vec::new();
        let mut broken = Vec::new();
        for (s, b) in parts {
            states.extend(s);
            broken.extend(b);
        }
        Ok((states, broken))
    }

    /// [`Store::load_all`] without the cache: parse every file. The answer
    /// the cache must always agree with (tests compare the two).
    pub fn load_all_uncached(&self) -> Result<Loaded> {
        let root = self.root.as_path();
        let mut loaded = Loaded::default();
        for id in self.ids()? {
            match parse_file(root, &id) {
                Ok(c) => loaded.customers.push(c),
                Err(b) => loaded.broken.push(b),
            }
        }
        Ok(loaded)
    }

    /// Take the store's process lock (`.git/crm.lock`). The kernel drops it
    /// when the holder dies, so a killed process never leaves it behind.
    pub fn lock(&self) -> Result<Lock> {
        let path = self.repo.path().join("crm.lock");
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        let start = Instant::now();
        let limit = Duration::from_secs(
            std::env::var("CRM_LOCK_TIMEOUT")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(60),
        );
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Lock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) => {
                    if start.elapsed() > limit {
                        return Err(Error::Store {
                            message: format!(
                                "another crm process has held {} for {}s",
                                path.display(),
                                limit.as_secs()
                            ),
                            hint: Some("wait for it to finish, or stop it".into()),
                        });
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&path, e)),
            }
        }
    }

    /// Validate, write and commit a transaction as one commit. Returns
    /// `None` when nothing changed (a quiet success without a commit).
    /// The caller holds [`Store::lock`].
    pub fn commit(&self, tx: Transaction) -> Result<Option<git2::Oid>> {
        let mut changes = Vec::new();
        let mut undo: Vec<(PathBuf, Option<String>)> = Vec::new();
        // A transaction that rewrites crm.toml validates against the new settings.
        let mut new_config = None;
        for ch in &tx.changes {
            if let Change::Config { text } = ch {
                let cfg = Config::parse(text).map_err(|m| Error::parse(CONFIG, None, None, m))?;
                let path = self.root.join(CONFIG);
                undo.push((path.clone(), std::fs::read_to_string(&path).ok()));
                changes.push(git::FileChange {
                    path: CONFIG.into(),
                    content: Some(text.clone().into_bytes()),
                });
                new_config = Some(cfg);
            }
        }
        let config = new_config.as_ref().unwrap_or(&self.config);
        for ch in &tx.changes {
            match ch {
                Change::Config { .. } => {}
                Change::Write { id, text } => {
                    let rel = Self::rel_path(id);
                    if !id::is_valid_slug(id) {
                        return Err(Error::invalid(
                            "id",
                            format!("'{id}' is not a valid customer id"),
                        ));
                    }
                    let c = Customer::parse(id, text).map_err(|e| e.in_file(&rel))?;
                    check_valid(&c, config, &rel)?;
                    let path = self.customer_path(id);
                    let old = std::fs::read_to_string(&path).ok();
                    if old.as_deref() == Some(text.as_str()) && self.committed_equals(&rel, text) {
                        continue;
                    }
                    undo.push((path, old));
                    changes.push(git::FileChange {
                        path: rel,
                        content: Some(text.clone().into_bytes()),
                    });
                }
                Change::Remove { id } => {
                    let path = self.customer_path(id);
                    let old = std::fs::read_to_string(&path).ok();
                    undo.push((path, old));
                    changes.push(git::FileChange {
                        path: Self::rel_path(id),
                        content: None,
                    });
                }
            }
        }
        if changes.is_empty() {
            return Ok(None);
        }
        // A file edited by hand and not committed yet gets its own commit
        // first, so this change's commit holds only this change and
        // `crm undo` of it keeps what the user typed.
        let hand = self.hand_edits(&changes, &undo)?;
        if !hand.is_empty() {
            let files: Vec<&str> = hand.iter().map(|c| c.path.as_str()).collect();
            git::commit(
                &self.repo,
                &hand,
                &format!("edit by hand: {}", files.join(", ")),
            )?;
        }
        let batch = changes.len() > BATCH;
        let result = (|| {
            let mut written = Vec::new();
            for ch in &changes {
                let p = self.root.join(&ch.path);
                match &ch.content {
                    Some(bytes) => {
                        write_renamed(&p, bytes, !batch)?;
                        written.push(p);
                    }
                    None => match std::fs::remove_file(&p) {
                        Ok(()) => {}
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                        Err(e) => return Err(Error::io(p, e)),
                    },
                }
            }
            if batch {
                flush_all(&written);
            }
            git::commit(&self.repo, &changes, &tx.message)
        })();
        match result {
            Ok(oid) => {
                crate::team::undo::remember(&self.repo, oid);
                Ok(Some(oid))
            }
            Err(e) => {
                // Put the files back as they were: nothing half-done stays.
                for (path, old) in undo {
                    let _ = match old {
                        Some(t) => write_atomic(&path, t.as_bytes()),
                        None => std::fs::remove_file(&path).map_err(|e| Error::io(&path, e)),
                    };
                }
                Err(e)
            }
        }
    }

    /// The uncommitted hand edits among the files `changes` touch, as
    /// they stand (`before`: each file's working content, in the same
    /// order): content git has never stored. Asking the object database
    /// whether it holds a blob costs a hash and a lookup, where reading
    /// HEAD's `customers/` tree (3.7 MB at 100,000 customers) cost every
    /// commit 60 ms. Not seen as hand edits: content git stored already (an
    /// edit `git add`ed but not committed, an old version put back) and a
    /// file deleted by hand. A file whose working content is what the
    /// change writes is not one either (that change is the hand edit, as
    /// `crm sync` commits it); one that does not parse is left to the
    /// change, which replaces it.
    fn hand_edits(
        &self,
        changes: &[git::FileChange],
        before: &[(PathBuf, Option<String>)],
    ) -> Result<Vec<git::FileChange>> {
        let odb = self
            .repo
            .odb()
            .map_err(|e| Error::git("opening the object database", e))?;
        let mut hand = Vec::new();
        for (ch, (_, old)) in changes.iter().zip(before) {
            let Some(w) = old.as_deref() else {
                continue;
            };
            if Some(w.as_bytes()) == ch.content.as_deref() {
                continue;
            }
            let stored = git2::Oid::hash_object(git2::ObjectType::Blob, w.as_bytes())
                .is_ok_and(|oid| odb.exists(oid));
            if stored {
                continue;
            }
            let parses = if ch.path == CONFIG {
                Config::parse(w).is_ok()
            } else {
                ch.path
                    .strip_prefix("customers/")
                    .and_then(|f| f.strip_suffix(".toml"))
                    .is_some_and(|id| Customer::parse(id, w).is_ok())
            };
            if parses {
                hand.push(git::FileChange {
                    path: ch.path.clone(),
                    content: Some(w.as_bytes().to_vec()),
                });
            }
        }
        Ok(hand)
    }

    /// Whether HEAD holds exactly `text` at `rel`.
    fn committed_equals(&self, rel: &str, text: &str) -> bool {
        (|| -> Option<bool> {
            let tree = self.repo.head().ok()?.peel_to_tree().ok()?;
            let entry = tree.get_path(Path::new(rel)).ok()?;
            let blob = self.repo.find_blob(entry.id()).ok()?;
            Some(blob.content() == text.as_bytes())
        })()
        .unwrap_or(false)
    }
}

/// Read and parse one customer file for [`Store::load_all`].
fn parse_file(root: &Path, id: &str) -> std::result::Result<Customer, Broken> {
    let path = PathBuf::from(Store::rel_path(id));
    let text = std::fs::read_to_string(root.join(&path)).map_err(|e| Broken {
        path: path.clone(),
        line: None,
        message: e.to_string(),
    })?;
    Customer::parse(id, &text).map_err(|e| Broken {
        path,
        line: e.line,
        message: match e.column {
            Some(c) => format!("column {c}: {}", e.message),
            None => e.message.clone(),
        },
    })
}

/// Refuse a customer that does not validate, naming file and field.
pub fn check_valid(c: &Customer, cfg: &Config, rel: &str) -> Result<()> {
    let problems = model::validate(c, cfg);
    if let Some(first) = problems.first() {
        let hint = if problems.len() > 1 {
            Some(format!(
                "also: {}",
                problems[1..]
                    .iter()
                    .map(|p| format!("{}: {}", p.field, p.message))
                    .collect::<Vec<_>>()
                    .join("; ")
            ))
        } else {
            None
        };
        return Err(Error::Invalid {
            path: Some(PathBuf::from(rel)),
            field: first.field.clone(),
            reason: first.message.clone(),
            hint,
        });
    }
    Ok(())
}

/// Register the `crm` merge driver in the repository's config (config is
/// not versioned, so `init` and `clone` must write it).
pub fn register_merge_driver(repo: &git2::Repository) -> Result<()> {
    let mut cfg = repo
        .config()
        .map_err(|e| Error::git("opening git config", e))?;
    let mut local = cfg
        .open_level(git2::ConfigLevel::Local)
        .map_err(|e| Error::git("opening .git/config", e))?;
    let _ = &mut cfg;
    local
        .set_str("merge.crm.name", "crm semantic merge of customer files")
        .map_err(|e| Error::git("writing .git/config", e))?;
    local
        .set_str("merge.crm.driver", "crm merge-file %O %A %B %P")
        .map_err(|e| Error::git("writing .git/config", e))?;
    Ok(())
}

fn same_dir(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// One user action: the files it changes and the commit message.
#[derive(Debug, Default)]
pub struct Transaction {
    pub changes: Vec<Change>,
    pub message: String,
}

/// A change to one customer file.
#[derive(Debug, Clone)]
pub enum Change {
    Write {
        id: String,
        text: String,
    },
    Remove {
        id: String,
    },
    /// Replace `crm.toml` (validated; customer writes in the same
    /// transaction are validated against it).
    Config {
        text: String,
    },
}

impl Transaction {
    /// A transaction with a commit message.
    pub fn new(message: impl Into<String>) -> Self {
        Transaction {
            changes: Vec::new(),
            message: message.into(),
        }
    }

    /// Write a customer file.
    pub fn write(mut self, id: &str, text: String) -> Self {
        self.changes.push(Change::Write {
            id: id.to_string(),
            text,
        });
        self
    }

    /// Replace `crm.toml`.
    pub fn config(mut self, text: String) -> Self {
        self.changes.push(Change::Config { text });
        self
    }

    /// Remove a customer file.
    pub fn remove(mut self, id: &str) -> Self {
        self.changes.push(Change::Remove { id: id.to_string() });
        self
    }
}
