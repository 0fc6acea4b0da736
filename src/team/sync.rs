//! `crm sync`: commit validated hand edits, fetch, fast-forward or merge,
//! push, and say what came in and went out (SPEC §6).
//!
//! Fetch and push run through the `git` program, so every remote the
//! user's own git reaches works (paths, `file://`, ssh with
//! `~/.ssh/config` and agent, https with credential helpers); merging,
//! committing and history go through `store::git`. libgit2 never runs
//! merge drivers, so conflicted customer files are settled here with
//! [`crate::team::merge`] from their ancestor, ours and theirs; a conflict
//! in any other file stops the sync before HEAD, the index or the work
//! tree change.

use crate::error::{Error, Fix, Result};
use crate::model::Customer;
use crate::model::config::Config;
use crate::store::git::remote::{self, Pushed};
use crate::store::git::{CommitId, Order, Repo};
use crate::store::{self, Store, Transaction, UndoEffect};
use crate::team::field_times::FileHistory;
use crate::team::merge;

/// The ref that remembers HEAD as it was before the last sync brought
/// anything in; `crm review` starts there by default.
pub const LAST_SYNC_REF: &str = "refs/crm/last-sync";

/// What a sync did.
#[derive(Debug, Default)]
pub struct SyncReport {
    /// Hand-edited files committed before syncing.
    pub hand_edits: Vec<String>,
    /// Colleagues' commits that came in: (author, summary).
    pub incoming: Vec<(String, String)>,
    /// Our commits that went out: (author, summary).
    pub outgoing: Vec<(String, String)>,
    /// Customer files merged semantically.
    pub merged: Vec<String>,
    /// Conflicts recorded in files (need a look: exit 4).
    pub conflicts: Vec<String>,
    /// Other things worth knowing (kept removals …).
    pub notes: Vec<String>,
    /// How many times the push was rejected and retried.
    pub retries: usize,
}

/// Commit uncommitted changes to customer files and crm.toml, validated
/// like any change. Returns the files committed.
pub fn commit_hand_edits(store: &Store) -> Result<Vec<String>> {
    let dirty = store.repo().dirty_paths(&["customers", store::CONFIG])?;
    let mut tx = Transaction::new("");
    let mut files = Vec::new();
    for path in dirty {
        if path == store::CONFIG {
            let text = store::read_text(&store.root().join(&path), path.as_ref())?;
            Config::parse(&text).map_err(|m| Error::parse(&path, None, None, m))?;
            tx = tx.config(text);
            files.push(path);
        } else if let Some(id) = path
            .strip_prefix("customers/")
            .and_then(|p| p.strip_suffix(".toml"))
        {
            if !crate::model::id::is_valid_slug(id) {
                continue;
            }
            if store.root().join(&path).exists() {
                let text = store::read_text(&store.root().join(&path), path.as_ref())?;
                Customer::parse(id, &text).map_err(|e| e.in_file(&path))?;
                tx = tx.write(id, text);
            } else {
                tx = tx.remove(id);
            }
            files.push(path);
        }
    }
    if files.is_empty() {
        return Ok(files);
    }
    tx.message = format!("edit by hand: {}", files.join(", "));
    // Said only when a commit of them was made (a file changed and changed
    // back is no hand edit).
    Ok(match store.commit(tx)? {
        Some(_) => files,
        None => Vec::new(),
    })
}

/// Finish what a plain `git pull` left: a rebase that stopped is aborted
/// (git puts the branch back as it was; the sync then merges instead), and
/// a merge that stopped — the merge driver could not run, so customer
/// files hold only this clone's side and the index their conflict stages —
/// is completed with the semantic merge of both sides and committed as a
/// real merge, leaving no `MERGE_HEAD`. What was done (notes, and the
/// conflicts the merge recorded), for the report.
pub fn finish_git_merge(store: &Store) -> Result<(Vec<String>, Vec<String>)> {
    let repo = store.repo();
    let mut notes = Vec::new();
    if repo.rebase_in_progress() {
        remote::git(
            store.root(),
            &["rebase", "--abort"],
            "aborting the rebase git had stopped",
        )?;
        notes.push("aborted the rebase `git pull` had stopped on; merged instead".to_string());
    }
    let (Some(head), Some(theirs)) = (repo.head(), repo.merge_head()) else {
        return Ok((notes, Vec::new()));
    };
    let now = store.settings().clock.now();
    let unmerged = repo.unmerged()?;
    let refuse = |path: &str| {
        Error::other_fix(
            format!(
                "{path} was changed on both sides; crm merges customer files and crm.toml only"
            ),
            Fix::MergeByHand {
                root: store.root().display().to_string(),
                path: path.to_string(),
            },
        )
    };
    let mut settled = Vec::new();
    let tree = repo.merge_trees(head, theirs, &mut |c| {
        merge::settle(
            c,
            &FileHistory::new(repo, &c.path, head, theirs, now),
            "on the other side",
            &refuse,
            &mut settled,
        )
    })?;
    let msg = std::fs::read_to_string(repo.git_dir().join("MERGE_MSG"))
        .ok()
        .and_then(|m| m.lines().next().map(str::to_string))
        .filter(|m| !m.trim().is_empty())
        .unwrap_or_else(|| format!("merge {}", theirs.short()));
    let id = repo.commit_tree(tree, &[head, theirs], &msg, &store.author()?)?;
    // The work tree holds git's half-done merge: a file may be HEAD's, what
    // git merged (the index's stage 0), our side of a conflict (what git
    // leaves when the driver cannot run), or already the result. Anything
    // else is the user's own work on the merge, not to be overwritten.
    let mut writes = Vec::new();
    for ch in repo.tree_changes(head, id)? {
        let now_there = std::fs::read(store.root().join(&ch.path)).ok();
        let ours_side = unmerged
            .iter()
            .find(|u| u.path == ch.path)
            .and_then(|u| u.ours.clone());
        let known = now_there == ch.old
            || now_there == ch.new
            || (now_there.is_some() && now_there == ours_side)
            || (now_there.is_some() && now_there == repo.staged(&ch.path));
        if !known {
            return Err(Error::other_fix(
                format!(
                    "{} was changed by hand during the merge git stopped; crm would overwrite it",
                    ch.path
                ),
                Fix::CommitOrRestore { path: ch.path },
            ));
        }
        writes.push(store::FileWrite {
            path: ch.path,
            before: now_there,
            after: ch.new,
        });
    }
    // Unmerged paths whose merge equals HEAD still need their stages
    // cleared: stage them as the merge has them.
    for u in &unmerged {
        if !writes.iter().any(|w| w.path == u.path) {
            let after = repo.file_at(id, &u.path)?;
            writes.push(store::FileWrite {
                path: u.path.clone(),
                before: std::fs::read(store.root().join(&u.path)).ok(),
                after,
            });
        }
    }
    store.apply(&msg, id, writes, UndoEffect::None)?;
    repo.end_merge();
    notes.push(format!(
        "completed the merge `git pull` had stopped on ({} customer file{} merged)",
        settled.len(),
        if settled.len() == 1 { "" } else { "s" }
    ));
    let conflicts = settled
        .iter()
        .flat_map(|s| s.conflicts.iter().map(move |c| format!("{}: {c}", s.id)))
        .collect();
    Ok((notes, conflicts))
}

/// Commits reachable from `from` but not from `hide`, merges left out:
/// (author, summary), oldest first.
fn commits_between(
    repo: &Repo,
    from: CommitId,
    hide: Option<CommitId>,
) -> Result<Vec<(String, String)>> {
    Ok(repo
        .walk(from, hide, Order::OldestFirst)?
        .into_iter()
        .filter(|c| c.parents <= 1)
        .map(|c| (c.author, c.summary))
        .collect())
}

/// Sync with `remote` (usually `origin`).
pub fn sync(store: &Store, remote: &str) -> Result<SyncReport> {
    let _lock = store.lock()?;
    let repo = store.repo();
    let root = store.root();
    if !repo.has_remote(remote) {
        return Err(Error::Store {
            message: format!("this store has no remote '{remote}' to sync with"),
            hint: Some(Box::new(Fix::AddRemote)),
        });
    }
    repo.register_merge_driver(store.settings().exe.as_deref())?;
    let (notes, conflicts) = finish_git_merge(store)?;
    let mut report = SyncReport {
        hand_edits: commit_hand_edits(store)?,
        notes,
        conflicts,
        ..SyncReport::default()
    };
    let branch = repo.branch()?;
    let start = repo.head();
    let tracking = format!("refs/remotes/{remote}/{branch}");
    // git's own progress for the transfer, where crm shows progress.
    let show = store.settings().progress.is_some();
    for attempt in 0..5 {
        remote::fetch(root, remote, show)?;
        let head = repo
            .head()
            .ok_or_else(|| Error::other("the store has no commits yet", None))?;
        let theirs = repo.ref_target(&tracking);
        if let Some(r) = theirs {
            // A history rewritten by `crm forget` is followed (or an old
            // one refused) before anything is merged.
            if let Some(note) = crate::team::forget::follow(store, remote, r)? {
                report.notes.push(note);
            }
            let head = repo.head().unwrap_or(head);
            merge_remote(store, &branch, head, r, remote, &mut report)?;
        }
        let head = repo.head().unwrap_or(head);
        if Some(head) == theirs {
            break;
        }
        let outgoing = commits_between(repo, head, theirs)?;
        match remote::push(root, remote, &branch, show)? {
            Pushed::Done => {
                report.outgoing.extend(outgoing);
                break;
            }
            Pushed::Rejected if attempt < 4 => {
                // A colleague pushed meanwhile: fetch, merge, try again.
                report.retries += 1;
            }
            Pushed::Rejected => {
                return Err(remote::push_failed(
                    remote,
                    "the remote kept moving: rejected 5 times",
                ));
            }
        }
    }
    if let Some(start) = start {
        let _ = repo.set_ref(LAST_SYNC_REF, start, "crm sync");
    }
    Ok(report)
}

/// Bring `theirs` into the current branch: nothing, fast-forward, or a
/// semantic merge commit.
fn merge_remote(
    store: &Store,
    branch: &str,
    head: CommitId,
    theirs: CommitId,
    remote: &str,
    report: &mut SyncReport,
) -> Result<()> {
    let repo = store.repo();
    if repo.contains(head, theirs) {
        return Ok(());
    }
    let incoming = commits_between(repo, theirs, Some(head))?;
    if repo.contains(theirs, head) {
        // Fast-forward: only the files that differ are written.
        let writes = store.follow(theirs)?;
        store.apply(
            &format!("sync: fast-forward to {remote}/{branch}"),
            theirs,
            writes,
            UndoEffect::None,
        )?;
        report.incoming.extend(incoming);
        return Ok(());
    }
    let now = store.settings().clock.now();
    let root = store.root().display().to_string();
    let refuse = |path: &str| {
        Error::other_fix(
            format!(
                "{path} was changed differently here and on {remote}; crm merges customer files and crm.toml only, so nothing was changed in this clone"
            ),
            Fix::MergeByHand {
                root: root.clone(),
                path: path.to_string(),
            },
        )
    };
    let there = format!("on {remote}");
    let mut settled = Vec::new();
    let tree = repo.merge_trees(head, theirs, &mut |c| {
        merge::settle(
            c,
            &FileHistory::new(repo, &c.path, head, theirs, now),
            &there,
            &refuse,
            &mut settled,
        )
    })?;
    for s in settled {
        report
            .conflicts
            .extend(s.conflicts.iter().map(|c| format!("{}: {c}", s.id)));
        report
            .notes
            .extend(s.notes.iter().map(|n| format!("{}: {n}", s.id)));
        report.merged.push(s.id);
    }
    let mut msg = format!("sync: merge {remote}/{branch}");
    if !report.merged.is_empty() {
        msg.push_str(&format!(" ({} customers merged", report.merged.len()));
        if !report.conflicts.is_empty() {
            msg.push_str(&format!(", {} conflicts recorded", report.conflicts.len()));
        }
        msg.push(')');
    }
    let oid = repo.commit_tree(tree, &[head, theirs], &msg, &store.author()?)?;
    let writes = store.follow(oid)?;
    store.apply(&msg, oid, writes, UndoEffect::None)?;
    report.incoming.extend(incoming);
    Ok(())
}
