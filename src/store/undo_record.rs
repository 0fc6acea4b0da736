//! The record of the commits crm made in this clone, newest last
//! (`.git/crm-undo`, one commit id a line; it never leaves the clone).
//! `crm undo` reverts the newest one still in HEAD's history.

use super::fs::write_atomic;
use super::git::CommitId;
use crate::error::Result;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The undo record of one clone.
pub struct UndoRecord {
    path: PathBuf,
}

impl UndoRecord {
    /// The record in the git directory `git_dir`.
    pub fn new(git_dir: &Path) -> UndoRecord {
        UndoRecord {
            path: git_dir.join("crm-undo"),
        }
    }

    /// Remember a commit crm made (best effort: undo is a convenience; the
    /// commit itself is already safe in git).
    pub fn remember(&self, id: CommitId) {
        // One write of the whole line (a kill cannot split it), after a
        // line break if a killed writer left the last line unfinished.
        let torn = std::fs::read(&self.path).is_ok_and(|b| b.last().is_some_and(|&c| c != b'\n'));
        let line = format!("{}{id}\n", if torn { "\n" } else { "" });
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
        {
            let _ = f.write_all(line.as_bytes());
        }
    }

    /// The remembered commits, newest first.
    pub fn newest_first(&self) -> Vec<CommitId> {
        let text = std::fs::read_to_string(&self.path).unwrap_or_default();
        text.lines().rev().filter_map(CommitId::parse).collect()
    }

    /// Forget a commit (it was undone).
    pub fn forget(&self, id: CommitId) -> Result<()> {
        let text = std::fs::read_to_string(&self.path).unwrap_or_default();
        let kept: String = text
            .lines()
            .filter(|l| CommitId::parse(l) != Some(id))
            .map(|l| format!("{l}\n"))
            .collect();
        write_atomic(&self.path, kept.as_bytes())
    }
}

impl UndoRecord {
    /// Rename the remembered commits after a history rewrite (`crm
    /// forget`): each to its new id; one the rewrite did not carry over is
    /// dropped.
    pub fn remap(&self, map: &std::collections::HashMap<CommitId, CommitId>) -> Result<()> {
        let text = std::fs::read_to_string(&self.path).unwrap_or_default();
        let kept: String = text
            .lines()
            .filter_map(CommitId::parse)
            .filter_map(|id| map.get(&id))
            .map(|id| format!("{id}\n"))
            .collect();
        write_atomic(&self.path, kept.as_bytes())
    }
}
