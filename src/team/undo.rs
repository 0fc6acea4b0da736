//! `crm undo`: revert the last change `crm` made in this clone.
//!
//! Every commit a crm command makes is remembered in `.git/crm-undo` (one
//! commit id a line; the file never leaves the clone). Undo takes the
//! newest remembered commit still in HEAD's history, reverts it as a new
//! commit (conflicting customer files are merged with the semantic merge,
//! so later changes to the same customer survive), and forgets it, so a
//! second undo goes one change further back. A change already pushed is
//! refused without `--force`: colleagues may have it.

use crate::clock;
use crate::error::{Error, Result};
use crate::store::{Store, git as sgit};
use crate::team::merge::Times;
use git2::{Oid, Repository};
use std::io::Write;
use std::path::PathBuf;

fn journal(repo: &Repository) -> PathBuf {
    repo.path().join("crm-undo")
}

/// Remember a commit crm made (best effort: undo is a convenience; the
/// commit itself is already safe in git).
pub fn remember(repo: &Repository, oid: Oid) {
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(journal(repo))
    {
        let _ = writeln!(f, "{oid}");
    }
}

fn forget(repo: &Repository, oid: Oid) -> Result<()> {
    let path = journal(repo);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let kept: String = text
        .lines()
        .filter(|l| l.trim() != oid.to_string())
        .map(|l| format!("{l}\n"))
        .collect();
    crate::store::write_atomic(&path, kept.as_bytes())
}

/// What `undo` did.
#[derive(Debug)]
pub struct Undone {
    /// The reverted commit's message.
    pub message: String,
    pub reverted: String,
    pub commit: String,
}

/// Revert the last change crm made in this clone.
pub fn undo(store: &Store, force: bool) -> Result<Undone> {
    let _lock = store.lock()?;
    let repo = store.repo();
    let head = repo
        .head()
        .ok()
        .and_then(|h| h.peel_to_commit().ok())
        .ok_or_else(|| Error::other("the store has no commits", None))?;
    let text = std::fs::read_to_string(journal(repo)).unwrap_or_default();
    let target = text
        .lines()
        .rev()
        .filter_map(|l| Oid::from_str(l.trim()).ok())
        .find(|oid| *oid == head.id() || repo.graph_descendant_of(head.id(), *oid).unwrap_or(false))
        .ok_or_else(|| {
            Error::other(
                "nothing to undo: crm has made no change in this clone that is still in its history",
                Some("`git log` shows the history; `git revert COMMIT` reverts any commit".into()),
            )
        })?;
    let commit = repo
        .find_commit(target)
        .map_err(|e| Error::git("reading the change", e))?;
    let message = commit.summary().ok().flatten().unwrap_or("").to_string();
    if !force && pushed(repo, target) {
        return Err(Error::Other {
            message: format!(
                "the last change ({message}) was already pushed: colleagues may have it"
            ),
            hint: Some(
                "`crm undo --force` reverts it with a new commit that the next sync shares".into(),
            ),
        });
    }
    let mut index = repo
        .revert_commit(&commit, &head, 0, None)
        .map_err(|e| Error::git("reverting", e))?;
    let now = clock::now();
    let times = Times {
        ours: now,
        theirs: now,
        now,
    };
    let (tree, _) =
        crate::team::sync::settle_index(repo, &mut index, times, "before the change", |path| {
            Error::other(
                format!("cannot undo '{message}': {path} changed since in a way crm cannot merge"),
                Some("revert it by hand with `git revert`".into()),
            )
        })?;
    let sig = sgit::signature(repo)?;
    let oid = repo
        .commit(
            Some("HEAD"),
            &sig,
            &sig,
            &format!("undo: {message}"),
            &tree,
            &[&head],
        )
        .map_err(|e| Error::git("committing the undo", e))?;
    crate::team::sync::check_out(repo, &tree)?;
    forget(repo, target)?;
    Ok(Undone {
        message,
        reverted: target.to_string()[..10].to_string(),
        commit: oid.to_string()[..10].to_string(),
    })
}

/// Whether `oid` is on any remote-tracking branch.
fn pushed(repo: &Repository, oid: Oid) -> bool {
    let Ok(refs) = repo.references_glob("refs/remotes/*") else {
        return false;
    };
    refs.filter_map(|r| r.ok()?.target())
        .any(|t| t == oid || repo.graph_descendant_of(t, oid).unwrap_or(false))
}
