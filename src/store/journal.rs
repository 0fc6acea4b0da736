//! The intent record of a change being made (`.git/crm-journal`), so a
//! change is all or nothing across a crash at any instant.
//!
//! A change is made in this order (docs/architecture.md):
//!
//! 1. every object it needs is written to git's object store: the new
//!    commit with its trees and blobs, and a blob of each file's content
//!    before (a hand edit git never stored included); objects nothing
//!    points at yet change nothing;
//! 2. the intent is written here and flushed: HEAD before and after, and
//!    each file's blob before and after;
//! 3. the files are written, each atomically (temporary file, rename);
//! 4. the index entries of those files are updated (`index.lock`, rename);
//! 5. HEAD's branch is moved from the old commit to the new one: the
//!    moment the change happens;
//! 6. the undo record is updated;
//! 7. the intent is removed.
//!
//! The next crm command that finds an intent (and holds the store's lock,
//! so its writer is gone) looks at HEAD: still at the old commit, the
//! files and index entries are put back as they were (rolled back); at the
//! new commit, they are made to match it and the undo record is updated
//! (completed). Either way temporary files are removed and it says so in
//! one line. A command that fails between 3 and 5 rolls back itself.

use super::git::{BlobId, CommitId};
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// What happens to the undo record when the change lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UndoEffect {
    None,
    /// Remember the new commit (`crm undo` may revert it).
    Remember,
    /// Forget this commit (it was undone).
    Forget(CommitId),
}

/// One file of a change: its content before and after (`None`: absent).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct FileIntent {
    pub(crate) path: String,
    pub(crate) before: Option<String>,
    pub(crate) after: Option<String>,
}

/// The intent of one change, as written to the journal.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Intent {
    /// What the change is (its commit message's first line).
    pub(crate) what: String,
    pub(crate) head_before: Option<String>,
    pub(crate) head_after: String,
    pub(crate) files: Vec<FileIntent>,
    /// `remember` or `forget:<commit>`, or absent.
    #[serde(default)]
    pub(crate) undo: Option<String>,
    /// The process that wrote it.
    pub(crate) pid: u32,
}

impl Intent {
    pub(crate) fn head_before(&self) -> Option<CommitId> {
        self.head_before.as_deref().and_then(CommitId::parse)
    }
    pub(crate) fn head_after(&self) -> Option<CommitId> {
        CommitId::parse(&self.head_after)
    }
    pub(crate) fn undo(&self) -> UndoEffect {
        match self.undo.as_deref() {
            Some("remember") => UndoEffect::Remember,
            Some(s) => s
                .strip_prefix("forget:")
                .and_then(CommitId::parse)
                .map_or(UndoEffect::None, UndoEffect::Forget),
            None => UndoEffect::None,
        }
    }
    pub(crate) fn set_undo(&mut self, u: UndoEffect) {
        self.undo = match u {
            UndoEffect::None => None,
            UndoEffect::Remember => Some("remember".into()),
            UndoEffect::Forget(c) => Some(format!("forget:{c}")),
        };
    }
}

/// A blob id as the journal stores it.
pub(crate) fn blob(id: Option<BlobId>) -> Option<String> {
    id.map(|b| b.to_string())
}

/// The journal of the store whose git directory is `git_dir`.
pub(crate) fn path(git_dir: &Path) -> PathBuf {
    git_dir.join("crm-journal")
}

/// Write the intent and flush it to disk.
pub(crate) fn write(git_dir: &Path, intent: &Intent) -> Result<()> {
    let p = path(git_dir);
    let bytes = serde_json::to_vec_pretty(intent)
        .map_err(|e| Error::other(format!("writing {}: {e}", p.display()), None))?;
    super::fs::write_atomic(&p, &bytes)
}

/// The intent left by a change that did not finish, if any. A journal
/// that cannot be read (torn by a crash while it was being written, which
/// the atomic write rules out, or damaged by hand) is `Err`.
pub(crate) fn read(git_dir: &Path) -> Result<Option<Intent>> {
    let p = path(git_dir);
    match std::fs::read(&p) {
        Ok(b) => serde_json::from_slice(&b).map(Some).map_err(|e| {
            Error::other(
                format!("{} cannot be read: {e}", p.display()),
                Some("remove it; `git status` shows what an interrupted change left".into()),
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(p, e)),
    }
}

/// Remove the intent: the change is done (or undone).
pub(crate) fn clear(git_dir: &Path) {
    let _ = std::fs::remove_file(path(git_dir));
}
