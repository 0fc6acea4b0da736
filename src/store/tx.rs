//! A [`Transaction`]: one user action, validated, written and committed
//! as exactly one git commit.

use super::fs::{BATCH, flush_all, write_atomic, write_renamed};
use super::git::{self, CommitId};
use super::{CONFIG, Store};
use crate::error::{Error, Result};
use crate::model::config::Config;
use crate::model::{self, Customer, id};
use std::path::PathBuf;

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
            hint: hint.map(Into::into),
        });
    }
    Ok(())
}

impl Store {
    /// Validate, write and commit a transaction as one commit. Returns
    /// `None` when nothing changed (a quiet success without a commit).
    /// The caller holds [`Store::lock`].
    pub fn commit(&self, tx: Transaction) -> Result<Option<CommitId>> {
        let (changes, undo) = self.prepare(&tx)?;
        if changes.is_empty() {
            return Ok(None);
        }
        // A file edited by hand and not committed yet gets its own commit
        // first, so this change's commit holds only this change and
        // `crm undo` of it keeps what the user typed.
        let hand = self.hand_edits(&changes, &undo)?;
        if !hand.is_empty() {
            let files: Vec<&str> = hand.iter().map(|c| c.path.as_str()).collect();
            self.repo.commit(
                &hand,
                &format!("edit by hand: {}", files.join(", ")),
                &self.author()?,
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
            self.repo.commit(&changes, &tx.message, &self.author()?)
        })();
        match result {
            Ok(oid) => {
                self.undo_record().remember(oid);
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

    /// Validate `tx` as [`Store::commit`] would, writing nothing; the
    /// number of files it would change (for dry runs).
    pub fn validate(&self, tx: &Transaction) -> Result<usize> {
        Ok(self.prepare(tx)?.0.len())
    }

    /// Validate every change of `tx` and turn it into file changes, with
    /// each file's content before (to put back if the commit fails).
    /// Files that would not change are left out.
    #[allow(clippy::type_complexity)]
    fn prepare(
        &self,
        tx: &Transaction,
    ) -> Result<(Vec<git::FileChange>, Vec<(PathBuf, Option<String>)>)> {
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
                    if old.as_deref() == Some(text.as_str())
                        && self.repo.head_holds(&rel, text.as_bytes())
                    {
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
        Ok((changes, undo))
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
        let mut hand = Vec::new();
        for (ch, (_, old)) in changes.iter().zip(before) {
            let Some(w) = old.as_deref() else {
                continue;
            };
            if Some(w.as_bytes()) == ch.content.as_deref() {
                continue;
            }
            if self.repo.stores(w.as_bytes()) {
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
}
