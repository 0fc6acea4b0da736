//! Commits of a few changed files on top of HEAD.
//!
//! Commits are built from HEAD's tree with a tree builder that replaces
//! only the changed entries of `customers/` (so a commit costs the same at
//! 100 customers as at 100,000), and the index entries of the changed paths
//! are refreshed so `git status` stays clean.

use super::{FileChange, err, index, tree};
use crate::error::{Error, Result};
use git2::{FileMode, Oid, Repository, Signature, TreeBuilder};
use std::collections::BTreeMap;
use std::path::Path;

/// Commit `changes` on top of HEAD (or as the first commit), move the
/// branch and refresh the index entries of the changed paths (the first
/// commit of `crm init`; every later change goes through the store's
/// journaled transaction). Returns the new commit id.
pub(super) fn commit(
    repo: &Repository,
    changes: &[FileChange],
    message: &str,
    sig: &Signature,
    knobs: &super::Knobs,
) -> Result<Oid> {
    let head = head_commit(repo)?;
    let (oid, written) = build(repo, head.as_ref(), changes, message, sig)?;
    // The branch HEAD names (unborn before the first commit).
    let name = repo
        .find_reference("HEAD")
        .ok()
        .and_then(|h| h.symbolic_target().ok().flatten().map(str::to_string))
        .unwrap_or_else(|| "HEAD".to_string());
    repo.reference(&name, oid, true, message)
        .map_err(|e| err("moving HEAD", e))?;
    let staged: Vec<index::Staged> = changes
        .iter()
        .map(|c| index::Staged {
            path: &c.path,
            content: c.content.as_deref(),
            worktree: true,
        })
        .collect();
    refresh_index(repo, &staged, knobs)?;
    maintain(repo, written, knobs.gc_bytes);
    Ok(oid)
}

/// HEAD's commit, `None` on an unborn branch.
pub(super) fn head_commit(repo: &Repository) -> Result<Option<git2::Commit<'_>>> {
    match repo.head() {
        Ok(h) => Ok(Some(
            h.peel_to_commit().map_err(|e| err("reading HEAD", e))?,
        )),
        Err(e)
            if e.code() == git2::ErrorCode::UnbornBranch
                || e.code() == git2::ErrorCode::NotFound =>
        {
            Ok(None)
        }
        Err(e) => Err(err("reading HEAD", e)),
    }
}

/// Write the tree of `head` with `changes` applied and a commit of it with
/// `head` as parent; no ref moves. Returns the commit and the bytes of new
/// tree objects it wrote (for [`maintain`]).
pub(super) fn build(
    repo: &Repository,
    head: Option<&git2::Commit>,
    changes: &[FileChange],
    message: &str,
    sig: &Signature,
) -> Result<(Oid, usize)> {
    let base_tree = match head {
        Some(c) => Some(c.tree().map_err(|e| err("reading HEAD's tree", e))?),
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
    let mut new_trees = Vec::new();
    let mut root: TreeBuilder = repo
        .treebuilder(base_tree.as_ref())
        .map_err(|e| err("building a tree", e))?;
    for (dir, entries) in &by_dir {
        if dir.is_empty() {
            apply(repo, &mut root, entries)?;
            continue;
        }
        // Only the id: looking the tree up would parse all its entries.
        let sub_id = root
            .get(dir)
            .map_err(|e| err("reading a tree", e))?
            .filter(|e| e.kind() == Some(git2::ObjectType::Tree))
            .map(|e| e.id());
        if let Some(base) = sub_id
            && let Some(oid) = splice_tree(repo, base, entries)?
        {
            new_trees.push(oid);
            root.insert(dir, oid, FileMode::Tree.into())
                .map_err(|e| err("writing a tree", e))?;
            continue;
        }
        let sub = match sub_id {
            Some(id) => Some(
                repo.find_tree(id)
                    .map_err(|e| err(format!("reading {dir}/"), e))?,
            ),
            None => None,
        };
        let mut tb = repo
            .treebuilder(sub.as_ref())
            .map_err(|e| err("building a tree", e))?;
        apply(repo, &mut tb, entries)?;
        if tb.is_empty() {
            if root.get(dir).ok().flatten().is_some() {
                root.remove(dir).map_err(|e| err("removing a tree", e))?;
            }
        } else {
            let oid = tb.write().map_err(|e| err("writing a tree", e))?;
            new_trees.push(oid);
            root.insert(dir, oid, FileMode::Tree.into())
                .map_err(|e| err("writing a tree", e))?;
        }
    }
    let tree_oid = root.write().map_err(|e| err("writing a tree", e))?;
    let tree = repo
        .find_tree(tree_oid)
        .map_err(|e| err("reading the new tree", e))?;
    let parents: Vec<&git2::Commit> = head.into_iter().collect();
    let oid = repo
        .commit(None, sig, sig, message, &tree, &parents)
        .map_err(|e| err("committing", e))?;
    let written: usize = new_trees
        .iter()
        .filter_map(|t| repo.odb().ok()?.read_header(*t).ok())
        .map(|(size, _)| size)
        .sum();
    Ok((oid, written))
}

/// A tree entry to write: file name and new content (`None` removes it).
type Entry<'a> = (&'a str, Option<&'a [u8]>);

fn apply(repo: &Repository, tb: &mut TreeBuilder, entries: &[Entry]) -> Result<()> {
    for (name, content) in entries {
        match content {
            Some(bytes) => {
                let blob = repo.blob(bytes).map_err(|e| err("writing a blob", e))?;
                tb.insert(name, blob, FileMode::Blob.into())
                    .map_err(|e| err(format!("adding {name}"), e))?;
            }
            None => {
                if tb.get(name).ok().flatten().is_some() {
                    tb.remove(name)
                        .map_err(|e| err(format!("removing {name}"), e))?;
                }
            }
        }
    }
    Ok(())
}

/// The fast path for a flat directory of files (see [`tree::splice`]):
/// the blobs of the changed entries written, then the tree.
fn splice_tree(repo: &Repository, base: Oid, entries: &[Entry]) -> Result<Option<Oid>> {
    let mut changes: Vec<(&str, Option<Oid>)> = Vec::with_capacity(entries.len());
    for (name, content) in entries {
        let blob = match content {
            Some(bytes) => Some(repo.blob(bytes).map_err(|e| err("writing a blob", e))?),
            None => None,
        };
        changes.push((name, blob));
    }
    tree::splice(repo, base, changes)
}

/// Make the index agree with the working tree for `changes`, so that
/// `git status` is clean after a commit.
pub(super) fn refresh_index(
    repo: &Repository,
    staged: &[index::Staged],
    knobs: &super::Knobs,
) -> Result<()> {
    let wait = knobs.lock_timeout.min(std::time::Duration::from_secs(10));
    if let Some(workdir) = repo.workdir() {
        let plain_config = repo.config().is_ok_and(|cfg| {
            !cfg.get_bool("core.autocrlf").unwrap_or(false)
                && cfg
                    .get_string("core.autocrlf")
                    .map_or(true, |v| v == "false")
                && !cfg.get_bool("core.fsmonitor").unwrap_or(false)
                && cfg
                    .get_string("core.fsmonitor")
                    .map_or(true, |v| v == "false")
        });
        let plain =
            plain_config && attributes_plain(repo, workdir, knobs.attributes_file.as_deref());
        let filtered = |_: &str| !plain;
        if index::update(&repo.path().join("index"), workdir, staged, &filtered, wait)? {
            return Ok(());
        }
    }
    // libgit2 takes index.lock itself: clear one a dead process left.
    super::lockfile::clear_stale(&repo.path().join("index.lock"));
    let mut index = repo.index().map_err(|e| err("opening the index", e))?;
    for ch in staged {
        let p = Path::new(ch.path);
        // A path git left unmerged: its conflict stages go with the new entry.
        if index.get_path(p, 1).is_some()
            || index.get_path(p, 2).is_some()
            || index.get_path(p, 3).is_some()
        {
            index
                .conflict_remove(p)
                .map_err(|e| err(format!("resolving {}", ch.path), e))?;
        }
        match ch.content {
            Some(_) if ch.worktree => index
                .add_path(p)
                .map_err(|e| err(format!("staging {}", ch.path), e))?,
            Some(bytes) => {
                // The file holds something else: no stat data, so git
                // compares the content.
                let entry = git2::IndexEntry {
                    ctime: git2::IndexTime::new(0, 0),
                    mtime: git2::IndexTime::new(0, 0),
                    dev: 0,
                    ino: 0,
                    mode: 0o100644,
                    uid: 0,
                    gid: 0,
                    file_size: 0,
                    id: Oid::ZERO_SHA1,
                    flags: 0,
                    flags_extended: 0,
                    path: ch.path.as_bytes().to_vec(),
                };
                index
                    .add_frombuffer(&entry, bytes)
                    .map_err(|e| err(format!("staging {}", ch.path), e))?
            }
            None if index.get_path(p, 0).is_some() => index
                .remove_path(p)
                .map_err(|e| err(format!("unstaging {}", ch.path), e))?,
            None => {}
        }
    }
    index.write().map_err(|e| err("writing the index", e))
}

/// Keep `.git` bounded as commits pile up: add the size of the trees this
/// commit wrote to a running total in `.git/crm-gc-debt`; past `limit`
/// (`Settings::gc_bytes`, 64 MiB: every commit writes a new `customers/`
/// tree, 37 bytes per customer, 3.7 MB at 100,000, and git's own
/// `gc --auto` counts objects, not bytes, so it would let gigabytes of
/// trees pile up), start `git repack -d` (packs the loose objects:
/// successive trees differ by one entry, so they delta to almost nothing)
/// then `git gc --auto` (consolidates packs when there are too many), in
/// the background so the command that triggered it does not wait. Both
/// are safe while other git or crm processes write; a failure only means
/// the next threshold tries again. The caller holds the store lock.
pub(super) fn maintain(repo: &Repository, written: usize, limit: u64) {
    let Some(workdir) = repo.workdir() else {
        return;
    };
    let path = repo.path().join("crm-gc-debt");
    let debt: u64 = std::fs::read_to_string(&path)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0u64)
        .saturating_add(written as u64);
    if debt < limit {
        let _ = std::fs::write(&path, format!("{debt}\n"));
        return;
    }
    let _ = std::fs::write(&path, "0\n");
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        use std::process::{Command, Stdio};
        let _ = Command::new("sh")
            .arg("-c")
            .arg("git repack -d -q && exec git gc --auto --quiet")
            .current_dir(workdir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // Its own process group: a Ctrl-C meant for crm does not stop it.
            .process_group(0)
            .spawn();
    }
    #[cfg(not(unix))]
    let _ = workdir;
}

/// Whether no attribute file could ask git to convert file contents on
/// staging (`filter`, `text`, `eol`, `crlf`, `ident`,
/// `working-tree-encoding`). A plain substring test, so it errs on the
/// side of "not plain", where libgit2 stages the files itself. Reading the
/// attributes through libgit2 would load the whole index, the very cost the
/// fast path avoids.
fn attributes_plain(repo: &Repository, workdir: &Path, global: Option<&Path>) -> bool {
    let mut files = vec![
        workdir.join(".gitattributes"),
        workdir.join("customers/.gitattributes"),
        repo.path().join("info/attributes"),
        std::path::PathBuf::from("/etc/gitattributes"),
    ];
    match repo
        .config()
        .ok()
        .and_then(|c| c.get_path("core.attributesFile").ok())
    {
        Some(p) => files.push(p),
        None => files.extend(global.map(Path::to_path_buf)),
    }
    files.iter().all(|f| match std::fs::read_to_string(f) {
        Ok(text) => ![
            "filter", "text", "eol", "crlf", "ident", "encoding", "binary",
        ]
        .iter()
        .any(|w| text.contains(w)),
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    })
}
