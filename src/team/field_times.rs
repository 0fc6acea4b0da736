//! Who last changed which field of a customer file, and when, on each side
//! of a merge: read from git, for the merge's clash rule (the newer change
//! of *that field* wins; see `team::merge`).
//!
//! Each side's commits since the merge base that changed the file are read
//! once, newest first, and each is compared with its parent field by field.
//! Only a merge that meets a clash asks, so a sync without clashes reads no
//! history at all.

use super::merge::{History, NoHistory, Side, Stamp, changed_fields};
use crate::settings::Settings;
use crate::store::git::{CommitId, Repo};
use chrono::{DateTime, FixedOffset};
use std::cell::OnceCell;
use std::collections::HashMap;
use std::path::Path;

/// The history of one file between a merge base and two tips.
pub struct FileHistory<'r> {
    repo: &'r Repo,
    path: String,
    tips: [CommitId; 2],
    base: Option<CommitId>,
    now: DateTime<FixedOffset>,
    sides: [OnceCell<HashMap<String, Stamp>>; 2],
}

impl<'r> FileHistory<'r> {
    /// The history of `path` on `ours` and `theirs` since their merge base.
    pub fn new(
        repo: &'r Repo,
        path: &str,
        ours: CommitId,
        theirs: CommitId,
        now: DateTime<FixedOffset>,
    ) -> FileHistory<'r> {
        FileHistory {
            repo,
            path: path.to_string(),
            tips: [ours, theirs],
            base: repo.merge_base(ours, theirs),
            now,
            sides: [OnceCell::new(), OnceCell::new()],
        }
    }

    /// Field → its last change on one side. A history that cannot be read
    /// is empty (the clash rule then falls back as documented).
    fn side(&self, i: usize) -> &HashMap<String, Stamp> {
        self.sides[i].get_or_init(|| {
            let mut last: HashMap<String, Stamp> = HashMap::new();
            let Ok(commits) = self.repo.file_history(&self.path, self.tips[i], self.base) else {
                return last;
            };
            let table = |b: &Option<Vec<u8>>| -> toml::Table {
                b.as_deref()
                    .and_then(|b| std::str::from_utf8(b).ok())
                    .and_then(|s| toml::from_str(s).ok())
                    .unwrap_or_default()
            };
            for (info, before, after) in commits {
                let stamp = Stamp {
                    time: info.time,
                    commit: info.id.to_string(),
                    author: info.author.clone(),
                };
                for f in changed_fields(&table(&before), &table(&after)) {
                    let newer = last
                        .get(&f)
                        .is_none_or(|s| (&stamp.time, &stamp.commit) > (&s.time, &s.commit));
                    if newer {
                        last.insert(f, stamp.clone());
                    }
                }
            }
            last
        })
    }
}

impl History for FileHistory<'_> {
    fn last_change(&self, side: Side, field: &str) -> Option<Stamp> {
        let i = match side {
            Side::Ours => 0,
            Side::Theirs => 1,
        };
        let map = self.side(i);
        // A field inside a table or text that changed as a whole (a
        // `notes` rewritten, a `fields` table added) counts from its parent.
        let mut p = field;
        loop {
            if let Some(s) = map.get(p) {
                return Some(s.clone());
            }
            p = p.rsplit_once('.')?.0;
        }
    }

    fn now(&self) -> DateTime<FixedOffset> {
        self.now
    }
}

/// Run `f` with the history of `path` for the merge git has in progress in
/// the repository that holds `dir` (HEAD, and `MERGE_HEAD`, or the commit
/// a rebase or cherry-pick applies): how `crm merge-file`, run by git,
/// decides clashes as `crm sync` does. Without one, no history.
pub fn for_merge_in_progress<T>(
    dir: &Path,
    path: &str,
    settings: &Settings,
    f: impl FnOnce(&dyn History) -> T,
) -> T {
    let now = settings.clock.now();
    let repo = Repo::discover(dir, settings);
    let tips = repo.as_ref().and_then(|r| Some((r.head()?, r.incoming()?)));
    match (&repo, tips) {
        (Some(r), Some((ours, theirs))) => f(&FileHistory::new(r, path, ours, theirs, now)),
        _ => f(&NoHistory(now)),
    }
}
