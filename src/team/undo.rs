//! `crm undo`: revert the last change `crm` made in this clone.
//!
//! Every commit a crm command makes is remembered in `.git/crm-undo` (one
//! commit id a line; the file never leaves the clone). Undo takes the
//! newest remembered commit still in HEAD's history, reverts it as a new
//! commit (conflicting customer files are merged with the semantic merge,
//! so later changes to the same customer survive), and forgets it, so a
//! second undo goes one change further back. A change already pushed is
//! refused without `--force`: colleagues may have it.

use crate::error::{Error, Fix, Result};
use crate::store::{Store, UndoEffect};
use crate::team::merge::{self, History, Side, Stamp};
use chrono::{DateTime, FixedOffset};

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
        .ok_or_else(|| Error::other("the store has no commits", None))?;
    let target = store
        .undo_record()
        .newest_first()
        .into_iter()
        .find(|id| repo.contains(head, *id))
        .ok_or_else(|| {
            Error::other(
                "nothing to undo: crm has made no change in this clone that is still in its history",
                Some("`git log` shows the history; `git revert COMMIT` reverts any commit".into()),
            )
        })?;
    let message = repo.info(target)?.summary;
    if !force && repo.is_pushed(target) {
        return Err(Error::other_fix(
            format!("the last change ({message}) was already pushed: colleagues may have it"),
            Fix::UndoForce,
        ));
    }
    // A later change to a field the undone change also set is kept: it is
    // "ours", the only side with a change after the undone one.
    let history = LaterWins(store.settings().clock.now());
    let refuse = |path: &str| {
        Error::other(
            format!("cannot undo '{message}': {path} changed since in a way crm cannot merge"),
            Some("revert it by hand with `git revert`".into()),
        )
    };
    let mut settled = Vec::new();
    let tree = repo.revert_tree(target, head, &mut |c| {
        merge::settle(c, &history, "before the change", &refuse, &mut settled)
    })?;
    let what = format!("undo: {message}");
    let oid = repo.commit_tree(tree, &[head], &what, &store.author()?)?;
    // Only the files of the change undone; a hand edit of one of them is
    // refused by name, any other stays as it is.
    let writes = store.follow(oid)?;
    store.apply(&what, oid, writes, UndoEffect::Forget(target))?;
    Ok(Undone {
        message,
        reverted: target.short(),
        commit: oid.short(),
    })
}

/// The history of a revert: HEAD's side holds the later changes.
struct LaterWins(DateTime<FixedOffset>);

impl History for LaterWins {
    fn last_change(&self, side: Side, _: &str) -> Option<Stamp> {
        (side == Side::Ours).then(|| Stamp {
            time: self.0,
            commit: String::new(),
            author: "a later change".into(),
        })
    }
    fn now(&self) -> DateTime<FixedOffset> {
        self.0
    }
}
