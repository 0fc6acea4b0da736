//! The store: a git work tree holding `crm.toml` and `customers/*.toml`.
//!
//! Owns discovery (SPEC §1), the process lock, atomic writes and the
//! [`Transaction`] that turns one user action into exactly one commit.
//! Every write is validated before anything touches the disk; when the
//! commit fails the old file contents are put back.

pub mod cache;
pub mod edit;
mod fs;
pub mod git;
mod journal;
mod lock;
mod tx;
mod undo_record;

pub use fs::{read_text, write_atomic};
pub(crate) use journal::UndoEffect;
pub use lock::Lock;
pub(crate) use tx::FileWrite;
pub use tx::{Change, Transaction, check_valid};
pub use undo_record::UndoRecord;

use crate::error::{Error, Fix, Notice, Result};
use crate::model::config::{self, Config};
use crate::model::{Customer, id};
use crate::settings::Settings;
use std::path::{Path, PathBuf};

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
    repo: git::Repo,
    settings: Settings,
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

/// Where the store is, by SPEC §1: `-C` or `CRM_DIR` (the settings'
/// `store_dir`), then the nearest ancestor of the working directory
/// holding `crm.toml` at a git work-tree root, then the default store.
pub fn discover(settings: &Settings) -> Result<PathBuf> {
    if let Some(p) = &settings.store_dir {
        return Ok(p.clone());
    }
    for dir in settings.cwd.ancestors() {
        if dir.join(CONFIG).is_file() && dir.join(".git").exists() {
            return Ok(dir.to_path_buf());
        }
    }
    default_dir(settings)
}

/// `$XDG_DATA_HOME/crm`, else `~/.local/share/crm`.
pub fn default_dir(settings: &Settings) -> Result<PathBuf> {
    settings.default_store().ok_or_else(|| Error::Store {
        message: "cannot find the default store: neither XDG_DATA_HOME nor HOME is set".into(),
        hint: Some("name the store with -C DIR or CRM_DIR".into()),
    })
}

impl Store {
    /// Open the store at `root`.
    pub fn open(root: &Path, settings: &Settings) -> Result<Store> {
        let cfg_path = root.join(CONFIG);
        if !cfg_path.is_file() {
            return Err(Error::Store {
                message: format!("no crm store at {} (there is no {CONFIG})", root.display()),
                hint: Some(Box::new(Fix::Init {
                    dir: root.exists().then(|| root.to_path_buf()),
                })),
            });
        }
        let text = fs::read_text(&cfg_path, Path::new(CONFIG))?;
        let config = Config::parse(&text).map_err(|m| Error::parse(CONFIG, None, None, m))?;
        let repo = git::Repo::open(root, settings)?;
        let store = Store {
            root: root.to_path_buf(),
            config,
            repo,
            settings: settings.clone(),
        };
        store.recover_if_needed()?;
        Ok(store)
    }

    /// Create a new store at `root`: git repository, `crm.toml`,
    /// `.gitattributes`, the merge driver in `.git/config`, first commit.
    pub fn init(root: &Path, settings: &Settings) -> Result<Store> {
        if root.join(CONFIG).exists() {
            return Err(Error::Store {
                message: format!("{} already holds a crm store", root.display()),
                hint: Some("use it as it is, or choose another directory".into()),
            });
        }
        std::fs::create_dir_all(root.join(CUSTOMERS)).map_err(|e| Error::io(root, e))?;
        let repo = git::Repo::init(root, settings)?;
        repo.identity()?;
        repo.register_merge_driver(settings.exe.as_deref())?;
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
        repo.commit(
            &changes,
            "init crm store",
            &repo.author(settings.clock.now())?,
        )?;
        drop(repo);
        Store::open(root, settings)
    }

    /// The file writes that make the work tree follow HEAD to `to`: every
    /// path whose content differs between HEAD and `to`, refused when one
    /// of them holds something HEAD does not (a change not committed, an
    /// untracked file in the way), which would be lost.
    pub(crate) fn follow(&self, to: git::CommitId) -> Result<Vec<FileWrite>> {
        let Some(head) = self.repo.head() else {
            return Err(Error::other("the store has no commits yet", None));
        };
        let mut writes = Vec::new();
        for ch in self.repo.tree_changes(head, to)? {
            let p = self.root.join(&ch.path);
            fs::refuse_link(&p)?;
            let now = std::fs::read(&p).ok();
            if now != ch.old {
                return Err(Error::other_fix(
                    format!(
                        "{} has changes git does not have; crm would overwrite them",
                        ch.path
                    ),
                    Fix::CommitOrRestore { path: ch.path },
                ));
            }
            writes.push(FileWrite {
                path: ch.path,
                before: ch.old,
                after: ch.new,
            });
        }
        Ok(writes)
    }

    /// Finish or roll back a change a crashed crm left half-made, and clear
    /// the lock files it left, when no other crm process is at work (a
    /// read must not wait for a writer, nor touch what it is writing).
    fn recover_if_needed(&self) -> Result<()> {
        let git_dir = self.repo.git_dir();
        let suspect = journal::path(git_dir).exists()
            || git::lockfile::known(git_dir).iter().any(|p| p.exists())
            || self.has_temp_files();
        if !suspect {
            return Ok(());
        }
        if let Some(_lock) = self.take_lock(std::time::Duration::ZERO)? {
            self.notify_all(self.recover()?);
        }
        Ok(())
    }

    /// Tell the front end what the library did on its own.
    pub(crate) fn notify_all(&self, notices: Vec<Notice>) {
        if let Some(f) = self.settings.notify {
            for n in &notices {
                f(n);
            }
        }
    }

    /// The work-tree root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The git repository.
    pub fn repo(&self) -> &git::Repo {
        &self.repo
    }

    /// What the command runs with: clock, identity, knobs.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The author of a commit made now.
    pub fn author(&self) -> Result<git::Author> {
        self.repo.author(self.settings.clock.now())
    }

    /// The record of the commits crm made in this clone (`crm undo`).
    pub fn undo_record(&self) -> UndoRecord {
        UndoRecord::new(self.repo.git_dir())
    }

    /// Where `crm edit` keeps the text being edited (inside `.git`).
    pub fn scratch_path(&self, id: &str) -> PathBuf {
        self.repo
            .git_dir()
            .join("crm-edit")
            .join(format!("{id}.toml"))
    }

    /// Where `crm edit` saves an edit it could not commit (inside `.git`).
    pub fn recovery_path(&self, id: &str) -> PathBuf {
        let stamp = self.settings.clock.now().format("%Y%m%d-%H%M%S");
        self.repo
            .git_dir()
            .join("crm-recovery")
            .join(format!("{id}-{stamp}.toml"))
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
        fs::read_text(&self.customer_path(id), Path::new(&Self::rel_path(id)))
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

    /// [`Store::scan_where`] for a `keep` that needs no activities either:
    /// the customers `pre` takes are handed on without them (through the
    /// cache, no activity is read at all; `Customer::summary` still tells
    /// the last contact and the totals).
    pub fn scan_heads_where<T: Send>(
        &self,
        pre: impl Fn(&Customer) -> bool + Sync,
        keep: impl Fn(&mut Customer) -> Option<T> + Sync,
    ) -> Result<(Vec<T>, Vec<Broken>)> {
        let pre = |c: &Customer| {
            if pre(c) {
                cache::Want::Head
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

    /// What references to customers are looked up by (id, name, e-mail,
    /// phone, contacts' names, e-mails and phones, deal ids; nothing
    /// else), from the cache's names without reading a customer file —
    /// a name lookup at 100,000 customers in tens of milliseconds. `None`
    /// when the cache is off or incomplete (read the store instead; that
    /// rebuilds it). It may lag behind a hand edit: a match found here is
    /// to be checked against the file ([`Store::load`]) before it is
    /// trusted, and a reference it does not find looked up in the store.
    /// Only the cards `keep` keeps are held (all 100,000 would cost more
    /// to hold than to read).
    pub fn lookup_cards(&self, keep: &(dyn Fn(&Customer) -> bool + Sync)) -> Option<Vec<Customer>> {
        if !self.settings.cache {
            return None;
        }
        cache::names(&cache::dir(self.repo.git_dir()), keep)
    }

    /// Whether [`Store::lookup_cards`] knows every customer: the names
    /// were read in full after the last file was added to, removed from
    /// or replaced in `customers/` (what every crm write, git checkout
    /// and pull, and most editors do). Then a reference the cards do not
    /// know names nobody, without reading the store; only a file changed
    /// in place and not read by crm since is not seen.
    pub fn names_current(&self) -> bool {
        self.settings.cache
            && cache::names_current(&self.root.join(CUSTOMERS), &cache::dir(self.repo.git_dir()))
    }

    /// [`Store::fold`] of every customer without its activities (`add`
    /// sees them empty), as [`Store::scan_heads`].
    pub fn fold_heads<A: Send>(
        &self,
        init: impl Fn() -> A + Sync,
        add: impl Fn(&mut A, &Customer) + Sync,
    ) -> Result<(Vec<A>, Vec<Broken>)> {
        self.visit(
            Some(&|_: &Customer| cache::Want::Head),
            &init,
            &|a: &mut A, _, c| add(a, c),
        )
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
        let (states, broken) = if !self.settings.cache {
            self.visit_uncached(&parse, pre, init, each)?
        } else {
            cache::visit(
                &self.root,
                &cache::dir(self.repo.git_dir()),
                &parse,
                pre,
                init,
                each,
                self.settings.progress,
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
}

/// Read and parse one customer file for [`Store::load_all`].
fn parse_file(root: &Path, id: &str) -> std::result::Result<Customer, Broken> {
    let path = PathBuf::from(Store::rel_path(id));
    let text = fs::read_text(&root.join(&path), &path).map_err(|e| match e {
        Error::Parse { line, message, .. } => Broken {
            path: path.clone(),
            line,
            message,
        },
        Error::Io { source, .. } => Broken {
            path: path.clone(),
            line: None,
            message: source.to_string(),
        },
        other => Broken {
            path: path.clone(),
            line: None,
            message: other.to_string(),
        },
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
