//! The only place that touches git: git2 for everything local, the `git`
//! program for the network ([`remote`]).
//!
//! The rest of crm sees git through [`Repo`] and a few plain values
//! ([`CommitId`], [`CommitInfo`], [`Conflict`], [`TreeId`]): commits of a
//! few files ([`Repo::commit`]), history ([`Repo::walk`],
//! [`Repo::file_at`]), three-way merges whose conflicts a caller settles
//! ([`Repo::merge_trees`], [`Repo::revert_tree`]) and refs. No git2 type
//! leaves this module.

mod commit;
mod index;
pub(crate) mod lockfile;
mod merge;
pub mod remote;
pub mod rewrite;
mod tree;

pub use merge::{Conflict, Settle, TreeId};

use crate::error::{Error, Fix, Result};
use crate::settings::Settings;
use chrono::{DateTime, FixedOffset, TimeZone};
use git2::{Oid, Repository, Signature, Time};
use std::path::{Path, PathBuf};

/// One file change relative to the repository root.
#[derive(Debug, Clone)]
pub struct FileChange {
    /// Path with `/` separators, e.g. `customers/acme.toml`.
    pub path: String,
    /// New content, or `None` to remove.
    pub content: Option<Vec<u8>>,
}

/// A commit's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CommitId(Oid);

impl CommitId {
    /// Read a full hexadecimal id (as `crm-undo` stores them).
    pub fn parse(s: &str) -> Option<CommitId> {
        let s = s.trim();
        (s.len() == 40)
            .then(|| Oid::from_str(s).ok().map(CommitId))
            .flatten()
    }

    /// The first 10 hex digits, as crm prints commits.
    pub fn short(&self) -> String {
        self.0.to_string()[..10].to_string()
    }
}

impl std::fmt::Display for CommitId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A blob's id (a file's content as git stores it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BlobId(Oid);

impl BlobId {
    /// Read a full hexadecimal id.
    pub fn parse(s: &str) -> Option<BlobId> {
        Oid::from_str(s.trim()).ok().map(BlobId)
    }
}

impl std::fmt::Display for BlobId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The content of one path before and after, between two commits.
#[derive(Debug, Clone)]
pub struct TreeChange {
    pub path: String,
    pub old: Option<Vec<u8>>,
    pub new: Option<Vec<u8>>,
}

/// A path to stage in the index, with its content (`None`: remove) and
/// whether the work tree holds exactly that content.
#[derive(Debug, Clone)]
pub struct Stage<'a> {
    pub path: &'a str,
    pub content: Option<&'a [u8]>,
    pub worktree: bool,
}

/// What a history walk tells about one commit.
#[derive(Debug, Clone)]
pub struct CommitInfo {
    pub id: CommitId,
    /// The author's name.
    pub author: String,
    /// The author's time, with the offset it was made in.
    pub time: DateTime<FixedOffset>,
    /// The message's first line.
    pub summary: String,
    /// How many parents (2 for a merge).
    pub parents: usize,
}

/// Who makes a commit, and when.
#[derive(Debug, Clone)]
pub struct Author {
    pub name: String,
    pub email: String,
    pub time: DateTime<FixedOffset>,
}

/// How a file differs between a commit and its first parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathChange {
    Added,
    Removed,
    Modified,
}

/// The order of a history walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Newest first (children before parents).
    NewestFirst,
    /// Oldest first (parents before children).
    OldestFirst,
}

/// The settings a repository needs for commits.
#[derive(Debug, Clone)]
pub(crate) struct Knobs {
    pub(crate) gc_bytes: u64,
    pub(crate) lock_timeout: std::time::Duration,
    pub(crate) attributes_file: Option<PathBuf>,
    author_name: Option<String>,
    author_email: Option<String>,
}

/// An open repository.
pub struct Repo {
    repo: Repository,
    knobs: Knobs,
}

/// A git2 error as crm's, with what we were doing.
pub(crate) fn err(context: impl Into<String>, e: git2::Error) -> Error {
    let message = e.message().to_string();
    let hint = if message.contains("index.lock") || message.contains("locked") {
        Some(
            "another git process may be running; if none is, remove the .lock file named above"
                .to_string(),
        )
    } else {
        None
    };
    Error::Git {
        context: context.into(),
        message,
        hint: hint.map(Into::into),
    }
}

fn time_of(t: Time) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(t.offset_minutes() * 60)
        .and_then(|o| o.timestamp_opt(t.seconds(), 0).single())
        .or_else(|| DateTime::from_timestamp(t.seconds(), 0).map(|d| d.fixed_offset()))
        .unwrap_or_default()
}

/// libgit2 hashes every object it reads again to check it (with the
/// collision-detecting SHA-1), which for the 3.7 MB `customers/` tree of
/// 100,000 customers is a fifth of a commit's time; git itself does not
/// (`git fsck` does). Once per process.
fn trust_objects() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| git2::opts::strict_hash_verification(false));
}

fn knobs(settings: &Settings) -> Knobs {
    trust_objects();
    Knobs {
        gc_bytes: settings.gc_bytes,
        lock_timeout: settings.lock_timeout,
        attributes_file: settings.git_attributes_file(),
        author_name: settings.author_name.clone(),
        author_email: settings.author_email.clone(),
    }
}

impl Repo {
    /// Open the repository whose work tree is `root`.
    pub fn open(root: &Path, settings: &Settings) -> Result<Repo> {
        let repo = Repository::open(root).map_err(|e| Error::Store {
            message: format!(
                "{} is not a git repository: {}",
                root.display(),
                e.message()
            ),
            hint: Some(Box::new(Fix::NotARepo)),
        })?;
        Ok(Repo {
            repo,
            knobs: knobs(settings),
        })
    }

    /// The repository at `root`, made with branch `main` when there is
    /// none (a directory that is already a work tree is used as it is).
    pub fn init(root: &Path, settings: &Settings) -> Result<Repo> {
        let repo = match Repository::open(root) {
            Ok(r) if r.workdir().is_some_and(|w| same_dir(w, root)) => r,
            _ => {
                let mut opts = git2::RepositoryInitOptions::new();
                opts.initial_head("main");
                Repository::init_opts(root, &opts)
                    .map_err(|e| err(format!("creating a repository in {}", root.display()), e))?
            }
        };
        Ok(Repo {
            repo,
            knobs: knobs(settings),
        })
    }

    /// The repository that holds `dir` (for the merge driver, which git
    /// runs inside a work tree), if any.
    pub fn discover(dir: &Path, settings: &Settings) -> Option<Repo> {
        let repo = Repository::discover(dir).ok()?;
        Some(Repo {
            repo,
            knobs: knobs(settings),
        })
    }

    /// The `.git` directory.
    pub fn git_dir(&self) -> &Path {
        self.repo.path()
    }

    /// The user's git identity (name, e-mail): `GIT_AUTHOR_*` as the
    /// settings pass them, else git's `user.name` / `user.email`.
    pub fn identity(&self) -> Result<(String, String)> {
        let cfg = self
            .repo
            .config()
            .map_err(|e| err("reading git config", e))?;
        let name = self
            .knobs
            .author_name
            .clone()
            .or_else(|| cfg.get_string("user.name").ok());
        let email = self
            .knobs
            .author_email
            .clone()
            .or_else(|| cfg.get_string("user.email").ok());
        match (name, email) {
            (Some(n), Some(e)) if !n.trim().is_empty() && !e.trim().is_empty() => Ok((n, e)),
            _ => Err(Error::NoIdentity { to_read: false }),
        }
    }

    /// The e-mail of the user's git identity, if one is set (whose handle
    /// a read command uses; a commit needs [`Repo::identity`]).
    pub fn email(&self) -> Option<String> {
        self.knobs
            .author_email
            .clone()
            .or_else(|| self.repo.config().ok()?.get_string("user.email").ok())
            .filter(|e| !e.trim().is_empty())
    }

    /// The author of a commit made now.
    pub fn author(&self, time: DateTime<FixedOffset>) -> Result<Author> {
        let (name, email) = self.identity()?;
        Ok(Author { name, email, time })
    }

    /// Commit `changes` on top of HEAD (or as the first commit), move the
    /// branch, and refresh the index entries of the changed paths.
    pub fn commit(
        &self,
        changes: &[FileChange],
        message: &str,
        author: &Author,
    ) -> Result<CommitId> {
        let sig = signature(author)?;
        commit::commit(&self.repo, changes, message, &sig, &self.knobs).map(CommitId)
    }

    /// A commit of HEAD's tree with `changes` applied, HEAD as its parent;
    /// no ref moves. Returns it and the bytes of new trees it wrote (for
    /// [`Repo::maintain`]).
    pub fn build_commit(
        &self,
        changes: &[FileChange],
        message: &str,
        author: &Author,
    ) -> Result<(CommitId, usize)> {
        let sig = signature(author)?;
        let head = commit::head_commit(&self.repo)?;
        commit::build(&self.repo, head.as_ref(), changes, message, &sig)
            .map(|(oid, n)| (CommitId(oid), n))
    }

    /// Make the index entries of these paths hold these contents.
    pub fn stage(&self, entries: &[Stage]) -> Result<()> {
        let staged: Vec<index::Staged> = entries
            .iter()
            .map(|e| index::Staged {
                path: e.path,
                content: e.content,
                worktree: e.worktree,
            })
            .collect();
        commit::refresh_index(&self.repo, &staged, &self.knobs)
    }

    /// Move the branch HEAD is on from `expected` to `to`; refused when
    /// HEAD is no longer at `expected` (someone else moved it).
    pub fn move_head_from(
        &self,
        expected: Option<CommitId>,
        to: CommitId,
        log: &str,
    ) -> Result<()> {
        let name = self
            .repo
            .find_reference("HEAD")
            .ok()
            .and_then(|h| h.symbolic_target().ok().flatten().map(str::to_string))
            .unwrap_or_else(|| "HEAD".to_string());
        for lock in [
            self.git_dir().join(format!("{name}.lock")),
            self.git_dir().join("HEAD.lock"),
        ] {
            lockfile::clear_stale(&lock);
        }
        let r = match expected {
            Some(old) => self.repo.reference_matching(&name, to.0, true, old.0, log),
            None => self.repo.reference(&name, to.0, false, log),
        };
        r.map(|_| ()).map_err(|e| err(format!("moving {name}"), e))
    }

    /// Every path whose content differs between the trees of two commits.
    pub fn tree_changes(&self, from: CommitId, to: CommitId) -> Result<Vec<TreeChange>> {
        let tree = |id: CommitId| {
            self.repo
                .find_commit(id.0)
                .and_then(|c| c.tree())
                .map_err(|e| err("reading a tree", e))
        };
        let (a, b) = (tree(from)?, tree(to)?);
        let diff = self
            .repo
            .diff_tree_to_tree(Some(&a), Some(&b), None)
            .map_err(|e| err("comparing trees", e))?;
        let blob = |oid: Oid| -> Result<Option<Vec<u8>>> {
            if oid.is_zero() {
                return Ok(None);
            }
            self.repo
                .find_blob(oid)
                .map(|b| Some(b.content().to_vec()))
                .map_err(|e| err("reading a file", e))
        };
        let mut out = Vec::new();
        for d in diff.deltas() {
            let Some(p) = d.new_file().path().or(d.old_file().path()) else {
                continue;
            };
            out.push(TreeChange {
                path: p.to_string_lossy().replace('\\', "/"),
                old: blob(d.old_file().id())?,
                new: blob(d.new_file().id())?,
            });
        }
        Ok(out)
    }

    /// Store bytes as a blob (so a rollback can put them back).
    pub fn write_blob(&self, bytes: &[u8]) -> Result<BlobId> {
        self.repo
            .blob(bytes)
            .map(BlobId)
            .map_err(|e| err("writing a blob", e))
    }

    /// The bytes of a blob.
    pub fn read_blob(&self, id: BlobId) -> Result<Vec<u8>> {
        self.repo
            .find_blob(id.0)
            .map(|b| b.content().to_vec())
            .map_err(|e| err("reading a blob", e))
    }

    /// Count `written` bytes of new trees towards packing (see
    /// `commit::maintain`).
    pub fn maintain(&self, written: usize) {
        commit::maintain(&self.repo, written, self.knobs.gc_bytes);
    }

    /// Remove lock files git or crm left behind when they were killed;
    /// the paths removed.
    pub fn clear_stale_locks(&self) -> Vec<PathBuf> {
        lockfile::known(self.git_dir())
            .into_iter()
            .filter(|p| lockfile::clear_stale(p))
            .collect()
    }

    /// HEAD's commit, if there is one.
    pub fn head(&self) -> Option<CommitId> {
        self.repo.head().ok()?.target().map(CommitId)
    }

    /// The branch HEAD is on.
    pub fn branch(&self) -> Result<String> {
        let head = self.repo.head().map_err(|e| err("reading HEAD", e))?;
        head.shorthand()
            .ok()
            .filter(|_| head.is_branch())
            .map(str::to_string)
            .ok_or_else(|| {
                Error::other(
                    "HEAD is not on a branch",
                    Some("check out your branch, e.g. `git switch main`".into()),
                )
            })
    }

    /// Whether a remote of this name is configured.
    pub fn has_remote(&self, name: &str) -> bool {
        self.repo.find_remote(name).is_ok()
    }

    /// The commit a ref points at (`refs/remotes/origin/main`, `HEAD`).
    pub fn ref_target(&self, name: &str) -> Option<CommitId> {
        self.repo.refname_to_id(name).ok().map(CommitId)
    }

    /// Point ref `name` at `id` (created or moved).
    pub fn set_ref(&self, name: &str, id: CommitId, log: &str) -> Result<()> {
        self.repo
            .reference(name, id.0, true, log)
            .map(|_| ())
            .map_err(|e| err(format!("moving {name}"), e))
    }

    /// Move the branch HEAD is on (or a detached HEAD) to `id`.
    pub fn move_head(&self, id: CommitId, log: &str) -> Result<()> {
        let name = self
            .repo
            .find_reference("HEAD")
            .ok()
            .and_then(|h| h.symbolic_target().ok().flatten().map(str::to_string))
            .unwrap_or_else(|| "HEAD".to_string());
        self.set_ref(&name, id, log)
    }

    /// The commit a revision names (`HEAD~5`, a hash, a tag), if any.
    pub fn resolve_rev(&self, spec: &str) -> Option<CommitId> {
        let c = self
            .repo
            .revparse_single(spec)
            .ok()?
            .peel_to_commit()
            .ok()?;
        Some(CommitId(c.id()))
    }

    /// Whether `a` is `b` or comes after it in history.
    pub fn contains(&self, a: CommitId, b: CommitId) -> bool {
        a == b || self.repo.graph_descendant_of(a.0, b.0).unwrap_or(false)
    }

    /// The best common ancestor of two commits, if they have one.
    pub fn merge_base(&self, a: CommitId, b: CommitId) -> Option<CommitId> {
        self.repo.merge_base(a.0, b.0).ok().map(CommitId)
    }

    /// The commits that changed `path`, reachable from `tip` but not from
    /// `base`, newest first, merges left out (what a merge brings in is
    /// told by the commits it contains): each with the file before and
    /// after it.
    #[allow(clippy::type_complexity)]
    pub fn file_history(
        &self,
        path: &str,
        tip: CommitId,
        base: Option<CommitId>,
    ) -> Result<Vec<(CommitInfo, Option<Vec<u8>>, Option<Vec<u8>>)>> {
        let e = |e| err("walking history", e);
        let mut walk = self.repo.revwalk().map_err(e)?;
        walk.push(tip.0).map_err(e)?;
        if let Some(b) = base {
            walk.hide(b.0).map_err(e)?;
        }
        walk.set_sorting(git2::Sort::TOPOLOGICAL | git2::Sort::TIME)
            .map_err(e)?;
        let entry = |c: &git2::Commit| -> Option<Oid> {
            c.tree()
                .ok()?
                .get_path(Path::new(path))
                .ok()
                .map(|t| t.id())
        };
        let mut out = Vec::new();
        for oid in walk {
            let c = self
                .repo
                .find_commit(oid.map_err(e)?)
                .map_err(|e| err("reading a commit", e))?;
            if c.parent_count() > 1 {
                continue;
            }
            let after = entry(&c);
            let before = c.parent(0).ok().and_then(|p| entry(&p));
            if after == before {
                continue;
            }
            let read = |o: Option<Oid>| -> Result<Option<Vec<u8>>> {
                o.map(|o| {
                    self.repo
                        .find_blob(o)
                        .map(|b| b.content().to_vec())
                        .map_err(|e| err(format!("reading {path}"), e))
                })
                .transpose()
            };
            out.push((self.info(CommitId(c.id()))?, read(before)?, read(after)?));
        }
        Ok(out)
    }

    /// Whether a remote-tracking branch holds `id` (it was pushed).
    pub fn is_pushed(&self, id: CommitId) -> bool {
        let Ok(refs) = self.repo.references_glob("refs/remotes/*") else {
            return false;
        };
        refs.filter_map(|r| r.ok()?.target())
            .any(|t| self.contains(CommitId(t), id))
    }

    /// What a walk tells about one commit.
    pub fn info(&self, id: CommitId) -> Result<CommitInfo> {
        let c = self
            .repo
            .find_commit(id.0)
            .map_err(|e| err("reading a commit", e))?;
        Ok(CommitInfo {
            id,
            author: c.author().name().unwrap_or("?").to_string(),
            time: time_of(c.author().when()),
            summary: c.summary().ok().flatten().unwrap_or("").to_string(),
            parents: c.parent_count(),
        })
    }

    /// The commits reachable from `from` but not from `hide`, in `order`
    /// (topological; among unrelated commits, by time).
    pub fn walk(
        &self,
        from: CommitId,
        hide: Option<CommitId>,
        order: Order,
    ) -> Result<Vec<CommitInfo>> {
        let e = |e| err("walking history", e);
        let mut walk = self.repo.revwalk().map_err(e)?;
        walk.push(from.0).map_err(e)?;
        if let Some(h) = hide {
            walk.hide(h.0).map_err(e)?;
        }
        let sort = match order {
            Order::NewestFirst => git2::Sort::TOPOLOGICAL | git2::Sort::TIME,
            Order::OldestFirst => git2::Sort::TOPOLOGICAL | git2::Sort::REVERSE,
        };
        walk.set_sorting(sort).map_err(e)?;
        walk.map(|oid| self.info(CommitId(oid.map_err(e)?)))
            .collect()
    }

    /// The content of `path` in commit `id` (`None`: no such file).
    pub fn file_at(&self, id: CommitId, path: &str) -> Result<Option<Vec<u8>>> {
        let c = self
            .repo
            .find_commit(id.0)
            .map_err(|e| err("reading a commit", e))?;
        let tree = c.tree().map_err(|e| err("reading a tree", e))?;
        self.blob_in(&tree, path)
    }

    /// The content of `path` in the first parent of `id` (`None`: no
    /// parent, or no such file there).
    pub fn file_before(&self, id: CommitId, path: &str) -> Result<Option<Vec<u8>>> {
        let c = self
            .repo
            .find_commit(id.0)
            .map_err(|e| err("reading a commit", e))?;
        match c.parent(0) {
            Ok(p) => {
                let tree = p.tree().map_err(|e| err("reading a tree", e))?;
                self.blob_in(&tree, path)
            }
            Err(_) => Ok(None),
        }
    }

    fn blob_in(&self, tree: &git2::Tree, path: &str) -> Result<Option<Vec<u8>>> {
        let Ok(entry) = tree.get_path(Path::new(path)) else {
            return Ok(None);
        };
        let blob = self
            .repo
            .find_blob(entry.id())
            .map_err(|e| err(format!("reading {path}"), e))?;
        Ok(Some(blob.content().to_vec()))
    }

    /// The files under `dir/` that commit `id` changed against its first
    /// parent (against nothing for a root commit).
    pub fn changed_files(&self, id: CommitId, dir: &str) -> Result<Vec<(String, PathChange)>> {
        let c = self
            .repo
            .find_commit(id.0)
            .map_err(|e| err("reading a commit", e))?;
        let tree = c.tree().map_err(|e| err("reading a tree", e))?;
        let parent = c.parent(0).ok().and_then(|p| p.tree().ok());
        let mut opts = git2::DiffOptions::new();
        opts.pathspec(format!("{dir}/"));
        let diff = self
            .repo
            .diff_tree_to_tree(parent.as_ref(), Some(&tree), Some(&mut opts))
            .map_err(|e| err("comparing trees", e))?;
        Ok(diff
            .deltas()
            .filter_map(|d| {
                let kind = match d.status() {
                    git2::Delta::Added => PathChange::Added,
                    git2::Delta::Deleted => PathChange::Removed,
                    _ => PathChange::Modified,
                };
                let p = d.new_file().path().or(d.old_file().path())?;
                Some((p.to_string_lossy().into_owned(), kind))
            })
            .collect())
    }

    /// Paths under `paths` with uncommitted changes (untracked files
    /// included), relative to the root. Through `git status`, which trusts
    /// the index's stat data as git does and refreshes it: at 100,000
    /// files about half of what libgit2's status costs.
    pub fn dirty_paths(&self, paths: &[&str]) -> Result<Vec<String>> {
        let dir = self.repo.workdir().unwrap_or(self.git_dir());
        let mut args = vec![
            "status",
            "--porcelain=v1",
            "-z",
            "--no-renames",
            "--untracked-files=all",
            "--",
        ];
        args.extend_from_slice(paths);
        let out = remote::git(dir, &args, "reading git status")?;
        Ok(out
            .split('\0')
            .filter(|e| e.len() > 3)
            .map(|e| e[3..].to_string())
            .collect())
    }

    /// Whether git has ever stored exactly these bytes as a file.
    pub fn stores(&self, bytes: &[u8]) -> bool {
        let Ok(odb) = self.repo.odb() else {
            return false;
        };
        git2::Oid::hash_object(git2::ObjectType::Blob, bytes).is_ok_and(|oid| odb.exists(oid))
    }

    /// Whether HEAD holds exactly `bytes` at `path`.
    pub fn head_holds(&self, path: &str, bytes: &[u8]) -> bool {
        self.head()
            .and_then(|h| self.file_at(h, path).ok().flatten())
            .is_some_and(|b| b == bytes)
    }

    /// The merge driver command for `.git/config`: this program by its
    /// full path (so `git pull` works where `crm` is not on PATH, as after
    /// `cargo run`), falling back to `crm` on PATH when that file is gone
    /// (a `cargo clean` after `cargo install`). git runs it with `sh`.
    pub fn driver_command(exe: Option<&Path>) -> String {
        match exe.and_then(|p| p.to_str()) {
            Some(p) => {
                // Single-quoted for sh; `%` doubled for git's placeholders.
                let quoted = p.replace('\'', "'\\''").replace('%', "%%");
                format!("c='{quoted}'; [ -x \"$c\" ] || c=crm; exec \"$c\" merge-file %O %A %B %P")
            }
            None => "crm merge-file %O %A %B %P".to_string(),
        }
    }

    /// The merge driver `.git/config` names, if any.
    pub fn merge_driver(&self) -> Option<String> {
        self.repo.config().ok()?.get_string("merge.crm.driver").ok()
    }

    /// Register the `crm` merge driver in `.git/config` (config is not
    /// versioned, so `init`, `clone` and `sync` write it), running `exe`.
    pub fn register_merge_driver(&self, exe: Option<&Path>) -> Result<()> {
        let want = Self::driver_command(exe);
        if self.merge_driver().as_deref() == Some(want.as_str()) {
            return self.install_hook(exe);
        }
        let cfg = self
            .repo
            .config()
            .map_err(|e| err("opening git config", e))?;
        let mut local = cfg
            .open_level(git2::ConfigLevel::Local)
            .map_err(|e| err("opening .git/config", e))?;
        local
            .set_str("merge.crm.name", "crm semantic merge of customer files")
            .map_err(|e| err("writing .git/config", e))?;
        local
            .set_str("merge.crm.driver", &want)
            .map_err(|e| err("writing .git/config", e))?;
        self.install_hook(exe)
    }

    /// The `reference-transaction` hook that stops a plain `git fetch` or
    /// `git pull` from bringing in a history `crm forget` rewrote (`crm
    /// sync` follows it instead): written to `.git/hooks/` unless another
    /// hook of that name is there, or `core.hooksPath` points elsewhere.
    pub fn install_hook(&self, exe: Option<&Path>) -> Result<()> {
        const MARK: &str = "# crm: reference-transaction hook";
        if self
            .repo
            .config()
            .ok()
            .and_then(|c| c.get_path("core.hooksPath").ok())
            .is_some()
        {
            return Ok(());
        }
        let dir = self.git_dir().join("hooks");
        let path = dir.join("reference-transaction");
        if let Ok(old) = std::fs::read_to_string(&path)
            && !old.contains(MARK)
        {
            return Ok(());
        }
        let crm = match exe.and_then(|p| p.to_str()) {
            Some(p) => format!("'{}'", p.replace('\'', "'\\''")),
            None => "crm".to_string(),
        };
        let script = format!(
            "#!/bin/sh\n{MARK} (written by crm; see docs/privacy.md).\n\
             # Stops a plain `git fetch`/`git pull` of a history that `crm forget`\n\
             # rewrote; `crm sync` follows such a history instead.\n\
             [ \"$1\" = prepared ] || exit 0\n\
             [ -n \"$CRM_SYNC\" ] && exit 0\n\
             input=$(cat)\n\
             case \"$input\" in *' refs/remotes/'*) ;; *) exit 0 ;; esac\n\
             c={crm}; [ -x \"$c\" ] || c=crm\n\
             command -v \"$c\" >/dev/null 2>&1 || exit 0\n\
             printf '%s\\n' \"$input\" | \"$c\" hook reference-transaction\n"
        );
        if std::fs::read_to_string(&path).ok().as_deref() == Some(script.as_str()) {
            return Ok(());
        }
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        crate::store::write_atomic(&path, script.as_bytes())?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
                .map_err(|e| Error::io(&path, e))?;
        }
        Ok(())
    }

    /// The commit a `git merge` (or `git pull`) that stopped brings in.
    pub fn merge_head(&self) -> Option<CommitId> {
        self.resolve_rev("MERGE_HEAD")
    }

    /// Whether a `git rebase` (or `git pull --rebase`) stopped midway.
    pub fn rebase_in_progress(&self) -> bool {
        ["rebase-merge", "rebase-apply"]
            .iter()
            .any(|d| self.git_dir().join(d).exists())
    }

    /// Paths the index holds unmerged (git's conflict stages), with the
    /// content of our side (stage 2) and git's base and their side.
    pub fn unmerged(&self) -> Result<Vec<Conflict>> {
        let index = self.repo.index().map_err(|e| err("opening the index", e))?;
        let conflicts = index.conflicts().map_err(|e| err("reading the index", e))?;
        let mut out = Vec::new();
        for c in conflicts {
            let c = c.map_err(|e| err("reading the index", e))?;
            let Some(any) = c.our.as_ref().or(c.their.as_ref()).or(c.ancestor.as_ref()) else {
                continue;
            };
            let path = String::from_utf8_lossy(&any.path).into_owned();
            let blob = |e: &Option<git2::IndexEntry>| -> Option<Vec<u8>> {
                let e = e.as_ref()?;
                Some(self.repo.find_blob(e.id).ok()?.content().to_vec())
            };
            out.push(Conflict {
                base: blob(&c.ancestor),
                ours: blob(&c.our),
                theirs: blob(&c.their),
                path,
            });
        }
        Ok(out)
    }

    /// The content the index holds for `path` at stage 0 (merged), if any.
    pub fn staged(&self, path: &str) -> Option<Vec<u8>> {
        let index = self.repo.index().ok()?;
        let e = index.get_path(Path::new(path), 0)?;
        Some(self.repo.find_blob(e.id).ok()?.content().to_vec())
    }

    /// Forget a merge git had stopped (`MERGE_HEAD` and its files), once
    /// its result is committed.
    pub fn end_merge(&self) {
        for f in ["MERGE_HEAD", "MERGE_MSG", "MERGE_MODE", "AUTO_MERGE"] {
            let _ = std::fs::remove_file(self.git_dir().join(f));
        }
    }

    /// The commit a merge in progress brings in (`MERGE_HEAD`, or the
    /// commit a rebase or cherry-pick applies), for the merge driver.
    pub fn incoming(&self) -> Option<CommitId> {
        ["MERGE_HEAD", "REBASE_HEAD", "CHERRY_PICK_HEAD"]
            .iter()
            .find_map(|r| self.resolve_rev(r))
    }
}

fn signature(a: &Author) -> Result<Signature<'static>> {
    let time = Time::new(a.time.timestamp(), a.time.offset().local_minus_utc() / 60);
    Signature::new(&a.name, &a.email, &time).map_err(|e| err("making a signature", e))
}

fn same_dir(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
