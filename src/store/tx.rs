//! A [`Transaction`]: one user action, validated, written and committed
//! as exactly one git commit.

use super::fs::{BATCH, TMP_PREFIX, flush_all, refuse_link, write_renamed};
use super::git::{self, BlobId, CommitId, Stage};
use super::journal::{self, FileIntent, Intent, UndoEffect};
use super::{CONFIG, Store};
use crate::error::{Error, Notice, Result};
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

/// One file a change writes: its content before (to put back) and after
/// (`None`: absent).
#[derive(Debug, Clone)]
pub(crate) struct FileWrite {
    pub(crate) path: String,
    pub(crate) before: Option<Vec<u8>>,
    pub(crate) after: Option<Vec<u8>>,
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
    /// All or nothing: see [`journal`](super::journal) for the order of
    /// the steps and how a crash at any of them is recovered. The caller
    /// holds [`Store::lock`].
    pub fn commit(&self, tx: Transaction) -> Result<Option<CommitId>> {
        let (changes, before) = self.prepare(&tx)?;
        if changes.is_empty() {
            return Ok(None);
        }
        // A file edited by hand and not committed yet gets its own commit
        // first, so this change's commit holds only this change and
        // `crm undo` of it keeps what the user typed.
        let hand = self.hand_edits(&changes, &before)?;
        if !hand.is_empty() {
            let files: Vec<&str> = hand.iter().map(|c| c.path.as_str()).collect();
            let message = format!("edit by hand: {}", files.join(", "));
            let (id, written) = self.repo.build_commit(&hand, &message, &self.author()?)?;
            let writes = hand
                .iter()
                .map(|c| FileWrite {
                    path: c.path.clone(),
                    before: c.content.clone(),
                    after: c.content.clone(),
                })
                .collect();
            self.apply(&message, id, writes, UndoEffect::None)?;
            self.repo.maintain(written);
        }
        let (id, written) = self
            .repo
            .build_commit(&changes, &tx.message, &self.author()?)?;
        let writes = changes
            .into_iter()
            .zip(before)
            .map(|(c, b)| FileWrite {
                path: c.path,
                before: b.1,
                after: c.content,
            })
            .collect();
        self.apply(&tx.message, id, writes, UndoEffect::Remember)?;
        self.repo.maintain(written);
        Ok(Some(id))
    }

    /// Move HEAD to commit `to` (built already: a new commit, a merge, an
    /// undo, or a colleague's commit to fast-forward to) and make the
    /// files `writes` names hold its content, as one all-or-nothing step
    /// (the order is in [`journal`](super::journal)). On an error before
    /// HEAD moved, the files and index entries are put back and nothing
    /// has changed.
    pub(crate) fn apply(
        &self,
        what: &str,
        to: CommitId,
        writes: Vec<FileWrite>,
        undo: UndoEffect,
    ) -> Result<()> {
        let git_dir = self.repo.git_dir();
        let head = self.repo.head();
        let mut intent = Intent {
            what: what.lines().next().unwrap_or_default().to_string(),
            head_before: head.map(|h| h.to_string()),
            head_after: to.to_string(),
            files: Vec::with_capacity(writes.len()),
            undo: None,
            pid: std::process::id(),
        };
        intent.set_undo(undo);
        for w in &writes {
            let before = w
                .before
                .as_deref()
                .map(|b| self.repo.write_blob(b))
                .transpose()?;
            let after = w
                .after
                .as_deref()
                .map(|b| self.repo.write_blob(b))
                .transpose()?;
            intent.files.push(FileIntent {
                path: w.path.clone(),
                before: journal::blob(before),
                after: journal::blob(after),
            });
        }
        journal::write(git_dir, &intent)?;
        let done = (|| {
            self.write_files(writes.iter().map(|w| (w.path.as_str(), w.after.as_deref())))?;
            let staged: Vec<Stage> = writes
                .iter()
                .map(|w| Stage {
                    path: &w.path,
                    content: w.after.as_deref(),
                    worktree: true,
                })
                .collect();
            self.repo.stage(&staged)?;
            self.repo.move_head_from(head, to, what)
        })();
        if let Err(e) = done {
            // Put the files and index entries back: nothing half-done stays.
            // Should this fail too, the journal stays for the next command.
            if self.roll_back(&writes).is_ok() {
                journal::clear(git_dir);
            }
            return Err(e);
        }
        self.record_undo(to, undo);
        journal::clear(git_dir);
        Ok(())
    }

    /// Write (or remove) files atomically; a large batch is flushed once.
    fn write_files<'a>(
        &self,
        files: impl Iterator<Item = (&'a str, Option<&'a [u8]>)>,
    ) -> Result<()> {
        let files: Vec<_> = files.collect();
        let batch = files.len() > BATCH;
        let mut written = Vec::new();
        for (path, content) in files {
            let p = self.root.join(path);
            match content {
                Some(bytes) => {
                    if std::fs::read(&p).is_ok_and(|now| now == bytes) {
                        continue;
                    }
                    write_renamed(&p, bytes, !batch)?;
                    written.push(p);
                }
                None => {
                    refuse_link(&p)?;
                    match std::fs::remove_file(&p) {
                        Ok(()) => {}
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                        Err(e) => return Err(Error::io(p, e)),
                    }
                }
            }
        }
        if batch {
            flush_all(&written);
        }
        Ok(())
    }

    /// Put the files of a change back as they were before it, and their
    /// index entries as HEAD (which did not move) has them.
    fn roll_back(&self, writes: &[FileWrite]) -> Result<()> {
        self.write_files(
            writes
                .iter()
                .map(|w| (w.path.as_str(), w.before.as_deref())),
        )?;
        let head = self.repo.head();
        let committed: Vec<Option<Vec<u8>>> = writes
            .iter()
            .map(|w| match head {
                Some(h) => self.repo.file_at(h, &w.path),
                None => Ok(None),
            })
            .collect::<Result<_>>()?;
        let staged: Vec<Stage> = writes
            .iter()
            .zip(&committed)
            .map(|(w, c)| Stage {
                path: &w.path,
                content: c.as_deref(),
                worktree: c.as_deref() == w.before.as_deref(),
            })
            .collect();
        self.repo.stage(&staged)
    }

    fn record_undo(&self, to: CommitId, undo: UndoEffect) {
        let record = self.undo_record();
        match undo {
            UndoEffect::None => {}
            UndoEffect::Remember => {
                if record.newest_first().first() != Some(&to) {
                    record.remember(to);
                }
            }
            UndoEffect::Forget(c) => {
                let _ = record.forget(c);
            }
        }
    }

    /// Finish or roll back a change a crashed crm left half-made (its
    /// intent is in the journal), remove the temporary files it left, and
    /// clear lock files whose owners are gone. The caller holds the lock,
    /// so no other crm process is making a change. What was done, for the
    /// user to hear.
    pub(crate) fn recover(&self) -> Result<Vec<Notice>> {
        let git_dir = self.repo.git_dir();
        let mut notices: Vec<Notice> = self
            .repo
            .clear_stale_locks()
            .into_iter()
            .map(|path| Notice::StaleLock { path })
            .collect();
        let Some(intent) = journal::read(git_dir)? else {
            // Killed before it wrote its intent: only objects and temporary
            // files beside `.git` can be left.
            let tmp = self.remove_temp_files(false);
            if tmp > 0 {
                notices.push(Notice::TempFiles { count: tmp });
            }
            return Ok(notices);
        };
        let head = self.repo.head();
        let blob = |b: &Option<String>| -> Result<Option<Vec<u8>>> {
            match b.as_deref().and_then(BlobId::parse) {
                Some(id) => self.repo.read_blob(id).map(Some),
                None => Ok(None),
            }
        };
        let forward = head.is_some() && head == intent.head_after();
        let back = head == intent.head_before();
        let files = intent.files.len();
        if forward || back {
            let mut writes = Vec::with_capacity(files);
            for f in &intent.files {
                writes.push(FileWrite {
                    path: f.path.clone(),
                    before: blob(&f.before)?,
                    after: blob(&f.after)?,
                });
            }
            if forward {
                self.write_files(writes.iter().map(|w| (w.path.as_str(), w.after.as_deref())))?;
                let staged: Vec<Stage> = writes
                    .iter()
                    .map(|w| Stage {
                        path: &w.path,
                        content: w.after.as_deref(),
                        worktree: true,
                    })
                    .collect();
                self.repo.stage(&staged)?;
                if let Some(to) = intent.head_after() {
                    self.record_undo(to, intent.undo());
                }
                notices.push(Notice::Completed {
                    what: intent.what.clone(),
                    files,
                });
            } else {
                self.roll_back(&writes)?;
                notices.push(Notice::RolledBack {
                    what: intent.what.clone(),
                    files,
                });
            }
        } else {
            // HEAD moved elsewhere since (git was used by hand): the work
            // tree is git's now; leave it.
            notices.push(Notice::Superseded {
                what: intent.what.clone(),
            });
        }
        let tmp = self.remove_temp_files(true);
        if tmp > 0 {
            notices.push(Notice::TempFiles { count: tmp });
        }
        journal::clear(git_dir);
        Ok(notices)
    }

    /// The places crm's temporary files can be: `.crm-tmp-*` beside the
    /// files it writes, `tmp_obj_crm_*` among git's objects. `customers/`
    /// (100,000 entries at the most) only with `customers`: its files are
    /// written only after an intent is recorded.
    fn temp_dirs(&self, customers: bool) -> Vec<(std::path::PathBuf, &'static str)> {
        let mut dirs = vec![
            (self.root.clone(), TMP_PREFIX),
            (self.repo.git_dir().to_path_buf(), TMP_PREFIX),
            (self.repo.git_dir().join("objects"), "tmp_obj_crm_"),
        ];
        if customers {
            dirs.push((self.root.join(super::CUSTOMERS), TMP_PREFIX));
        }
        dirs
    }

    /// Whether a killed crm left temporary files where every change makes
    /// them (a cheap look: three small directories).
    pub(crate) fn has_temp_files(&self) -> bool {
        self.temp_dirs(false).into_iter().any(|(dir, prefix)| {
            std::fs::read_dir(dir).is_ok_and(|rd| {
                rd.flatten()
                    .any(|e| e.file_name().to_string_lossy().starts_with(prefix))
            })
        })
    }

    /// Remove the temporary files of crm's writes. Only with the lock
    /// held: a live writer's are its own.
    fn remove_temp_files(&self, customers: bool) -> usize {
        let mut n = 0;
        for (dir, prefix) in self.temp_dirs(customers) {
            let Ok(rd) = std::fs::read_dir(&dir) else {
                continue;
            };
            for e in rd.flatten() {
                if e.file_name().to_string_lossy().starts_with(prefix)
                    && std::fs::remove_file(e.path()).is_ok()
                {
                    n += 1;
                }
            }
        }
        n
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
    ) -> Result<(Vec<git::FileChange>, Vec<(PathBuf, Option<Vec<u8>>)>)> {
        let mut changes = Vec::new();
        let mut undo: Vec<(PathBuf, Option<Vec<u8>>)> = Vec::new();
        // A transaction that rewrites crm.toml validates against the new settings.
        let mut new_config = None;
        for ch in &tx.changes {
            if let Change::Config { text } = ch {
                let cfg = Config::parse(text).map_err(|m| Error::parse(CONFIG, None, None, m))?;
                let path = self.root.join(CONFIG);
                undo.push((path.clone(), std::fs::read(&path).ok()));
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
                    refuse_link(&path)?;
                    let old = std::fs::read(&path).ok();
                    if old.as_deref() == Some(text.as_bytes())
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
                    refuse_link(&path)?;
                    let old = std::fs::read(&path).ok();
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
        before: &[(PathBuf, Option<Vec<u8>>)],
    ) -> Result<Vec<git::FileChange>> {
        let mut hand = Vec::new();
        for (ch, (_, old)) in changes.iter().zip(before) {
            let Some(w) = old.as_deref().and_then(|b| std::str::from_utf8(b).ok()) else {
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
