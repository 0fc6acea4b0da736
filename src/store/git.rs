//! The only place that touches git2.
//!
//! Commits are built from HEAD's tree with a tree builder that replaces
//! only the changed entries of `customers/` (so a commit costs the same at
//! 100 customers as at 100,000), and the index entries of the changed paths
//! are refreshed so `git status` stays clean.

use crate::clock;
use crate::error::{Error, Result};
use git2::{FileMode, Oid, Repository, Signature, Time, TreeBuilder};
use std::collections::BTreeMap;
use std::path::Path;

/// One file change relative to the repository root.
#[derive(Debug, Clone)]
pub struct FileChange {
    /// Path with `/` separators, e.g. `customers/acme.toml`.
    pub path: String,
    /// New content, or `None` to remove.
    pub content: Option<Vec<u8>>,
}

/// The commit signature: git's `user.name`/`user.email` (or the
/// `GIT_AUTHOR_*` variables), at `clock::now()`.
pub fn signature(repo: &Repository) -> Result<Signature<'static>> {
    let (name, email) = identity(repo)?;
    let now = clock::now();
    let time = Time::new(now.timestamp(), now.offset().local_minus_utc() / 60);
    Signature::new(&name, &email, &time).map_err(|e| Error::git("making a signature", e))
}

/// The user's git identity (name, e-mail).
pub fn identity(repo: &Repository) -> Result<(String, String)> {
    let cfg = repo
        .config()
        .map_err(|e| Error::git("reading git config", e))?;
    let env = |k: &str| std::env::var(k).ok().filter(|s| !s.is_empty());
    let name = env("GIT_AUTHOR_NAME").or_else(|| cfg.get_string("user.name").ok());
    let email = env("GIT_AUTHOR_EMAIL").or_else(|| cfg.get_string("user.email").ok());
    match (name, email) {
        (Some(n), Some(e)) if !n.trim().is_empty() && !e.trim().is_empty() => Ok((n, e)),
        _ => Err(Error::Store {
            message: "no git identity: every change is a commit and needs an author".into(),
            hint: Some(
                "git config --global user.name \"Your Name\" && git config --global user.email you@example.com"
                    .into(),
            ),
        }),
    }
}

/// Commit `changes` on top of HEAD (or as the first commit) and refresh
/// the index entries of the changed paths. Returns the new commit id.
pub fn commit(repo: &Repository, changes: &[FileChange], message: &str) -> Result<Oid> {
    let sig = signature(repo)?;
    let head = match repo.head() {
        Ok(h) => Some(
            h.peel_to_commit()
                .map_err(|e| Error::git("reading HEAD", e))?,
        ),
        Err(e)
            if e.code() == git2::ErrorCode::UnbornBranch
                || e.code() == git2::ErrorCode::NotFound =>
        {
            None
        }
        Err(e) => return Err(Error::git("reading HEAD", e)),
    };
    let base_tree = match &head {
        Some(c) => Some(c.tree().map_err(|e| Error::git("reading HEAD's tree", e))?),
        None => None,
    };
    // Group changes by directory: "" (root) or "customers".
    let mut by_dir: BTreeMap<&str, Vec<Entry>> = BTreeMap::new();
    for ch in changes {
        let (dir, name) = match ch.path.rsplit_once('/') {
            Some((d, n)) => (d, n),
            None => ("", ch.path.as_str()),
        };
        if dir.contains('/') {
            return Err(Error::other(
                format!("internal: nested path {} is not supported", ch.path),
                None,
            ));
        }
        by_dir
            .entry(dir)
            .or_default()
            .push((name, ch.content.as_deref()));
    }
    let mut root: TreeBuilder = repo
        .treebuilder(base_tree.as_ref())
        .map_err(|e| Error::git("building a tree", e))?;
    for (dir, entries) in &by_dir {
        if dir.is_empty() {
            apply(repo, &mut root, entries)?;
            continue;
        }
        let sub = match root.get(dir).map_err(|e| Error::git("reading a tree", e))? {
            Some(entry) => Some(
                repo.find_tree(entry.id())
                    .map_err(|e| Error::git(format!("reading {dir}/"), e))?,
            ),
            None => None,
        };
        let mut tb = repo
            .treebuilder(sub.as_ref())
            .map_err(|e| Error::git("building a tree", e))?;
        apply(repo, &mut tb, entries)?;
        if tb.is_empty() {
            if root.get(dir).ok().flatten().is_some() {
                root.remove(dir)
                    .map_err(|e| Error::git("removing a tree", e))?;
            }
        } else {
            let oid = tb.write().map_err(|e| Error::git("writing a tree", e))?;
            root.insert(dir, oid, FileMode::Tree.into())
                .map_err(|e| Error::git("writing a tree", e))?;
        }
    }
    let tree_oid = root.write().map_err(|e| Error::git("writing a tree", e))?;
    let tree = repo
        .find_tree(tree_oid)
        .map_err(|e| Error::git("reading the new tree", e))?;
    let parents: Vec<&git2::Commit> = head.iter().collect();
    let oid = repo
        .commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
        .map_err(|e| Error::git("committing", e))?;
    refresh_index(repo, changes)?;
    Ok(oid)
}

/// A tree entry to write: file name and new content (`None` removes it).
type Entry<'a> = (&'a str, Option<&'a [u8]>);

fn apply(repo: &Repository, tb: &mut TreeBuilder, entries: &[Entry]) -> Result<()> {
    for (name, content) in entries {
        match content {
            Some(bytes) => {
                let blob = repo
                    .blob(bytes)
                    .map_err(|e| Error::git("writing a blob", e))?;
                tb.insert(name, blob, FileMode::Blob.into())
                    .map_err(|e| Error::git(format!("adding {name}"), e))?;
            }
            None => {
                if tb.get(name).ok().flatten().is_some() {
                    tb.remove(name)
                        .map_err(|e| Error::git(format!("removing {name}"), e))?;
                }
            }
        }
    }
    Ok(())
}

/// Make the index agree with the working tree for `changes`, so that
/// `git status` is clean after a commit.
fn refresh_index(repo: &Repository, changes: &[FileChange]) -> Result<()> {
    let mut index = repo
        .index()
        .map_err(|e| Error::git("opening the index", e))?;
    for ch in changes {
        let p = Path::new(&ch.path);
        if ch.content.is_some() {
            index
                .add_path(p)
                .map_err(|e| Error::git(format!("staging {}", ch.path), e))?;
        } else if index.get_path(p, 0).is_some() {
            index
                .remove_path(p)
                .map_err(|e| Error::git(format!("unstaging {}", ch.path), e))?;
        }
    }
    index
        .write()
        .map_err(|e| Error::git("writing the index", e))
}

/// Whether the work tree has uncommitted changes under `customers/` or in
/// `crm.toml` (paths relative to the root).
pub fn dirty_paths(repo: &Repository) -> Result<Vec<String>> {
    let mut opts = git2::StatusOptions::new();
    opts.include_untracked(true).recurse_untracked_dirs(true);
    let statuses = repo
        .statuses(Some(&mut opts))
        .map_err(|e| Error::git("reading status", e))?;
    Ok(statuses
        .iter()
        .filter(|s| !s.status().is_ignored())
        .filter_map(|s| s.path().ok().map(str::to_string))
        .collect())
}
