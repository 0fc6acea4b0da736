//! `crm sync`: commit validated hand edits, fetch, fast-forward or merge,
//! push, and say what came in and went out (SPEC §6).
//!
//! Fetch and push run through the `git` program, so every remote the
//! user's own git reaches works (paths, `file://`, ssh with
//! `~/.ssh/config` and agent, https with credential helpers). Merging,
//! committing and history use git2. libgit2 never runs merge drivers, so
//! conflicted customer files are resolved here with [`crate::team::merge`] from
//! the conflict index (ancestor/ours/theirs blobs); a conflict in any other
//! file stops the sync before HEAD, the index or the work tree change.

use crate::clock;
use crate::error::{Error, Result};
use crate::model::Customer;
use crate::model::config::Config;
use crate::store::{self, Store, Transaction, git as sgit};
use crate::team::merge::{self, Times};
use chrono::{DateTime, FixedOffset, TimeZone};
use git2::{IndexEntry, Oid, Repository, build::CheckoutBuilder};
use std::path::Path;
use std::process::Command;

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

/// Hide credentials in URLs before anything is printed.
pub fn redact(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("://") {
        let (head, tail) = rest.split_at(i + 3);
        out.push_str(head);
        let end = tail
            .find(|c: char| c == '/' || c.is_whitespace())
            .unwrap_or(tail.len());
        let authority = &tail[..end];
        match authority.rfind('@') {
            Some(at) => {
                out.push_str("***@");
                out.push_str(&authority[at + 1..]);
            }
            None => out.push_str(authority),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Run the git program in `dir`; stdout on success, a clear error naming
/// what failed otherwise.
pub fn git(dir: &Path, args: &[&str], what: &str) -> Result<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .map_err(|e| {
            Error::other(
                format!("cannot run git: {e}"),
                Some("install git; crm needs it for fetch and push".into()),
            )
        })?;
    if out.status.success() {
        return Ok(String::from_utf8_lossy(&out.stdout).into_owned());
    }
    let stderr = redact(String::from_utf8_lossy(&out.stderr).trim());
    Err(Error::Git {
        context: what.to_string(),
        message: stderr,
        hint: Some(
            "check the remote with `git remote -v` and that `git fetch` works in the store".into(),
        ),
    })
}

fn commit_time(c: &git2::Commit) -> DateTime<FixedOffset> {
    let t = c.time();
    FixedOffset::east_opt(t.offset_minutes() * 60)
        .and_then(|o| o.timestamp_opt(t.seconds(), 0).single())
        .unwrap_or_else(clock::now)
}

/// Commit uncommitted changes to customer files and crm.toml, validated
/// like any change. Returns the files committed.
pub fn commit_hand_edits(store: &Store) -> Result<Vec<String>> {
    let dirty = sgit::dirty_paths(store.repo())?;
    let mut tx = Transaction::new("");
    let mut files = Vec::new();
    for path in dirty {
        if path == store::CONFIG {
            let text = std::fs::read_to_string(store.root().join(&path))
                .map_err(|e| Error::io(&path, e))?;
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
            match std::fs::read_to_string(store.root().join(&path)) {
                Ok(text) => {
                    Customer::parse(id, &text).map_err(|e| e.in_file(&path))?;
                    tx = tx.write(id, text);
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => tx = tx.remove(id),
                Err(e) => return Err(Error::io(&path, e)),
            }
            files.push(path);
        }
    }
    if files.is_empty() {
        return Ok(files);
    }
    tx.message = format!("edit by hand: {}", files.join(", "));
    store.commit(tx)?;
    Ok(files)
}

/// Commits reachable from `from` but not from `hide`: (author, summary),
/// oldest first.
fn commits_between(
    repo: &Repository,
    from: Oid,
    hide: Option<Oid>,
) -> Result<Vec<(String, String)>> {
    let mut walk = repo
        .revwalk()
        .map_err(|e| Error::git("walking history", e))?;
    walk.push(from)
        .map_err(|e| Error::git("walking history", e))?;
    if let Some(h) = hide {
        walk.hide(h).map_err(|e| Error::git("walking history", e))?;
    }
    walk.set_sorting(git2::Sort::TOPOLOGICAL | git2::Sort::REVERSE)
        .map_err(|e| Error::git("walking history", e))?;
    let mut out = Vec::new();
    for oid in walk {
        let oid = oid.map_err(|e| Error::git("walking history", e))?;
        let c = repo
            .find_commit(oid)
            .map_err(|e| Error::git("reading a commit", e))?;
        if c.parent_count() > 1 {
            continue;
        }
        let who = c.author().name().unwrap_or("?").to_string();
        out.push((who, c.summary().ok().flatten().unwrap_or("").to_string()));
    }
    Ok(out)
}

fn current_branch(repo: &Repository) -> Result<String> {
    let head = repo.head().map_err(|e| Error::git("reading HEAD", e))?;
    head.shorthand()
        .ok()
        .filter(|_| head.is_branch())
        .map(str::to_string)
        .ok_or_else(|| {
            Error::other(
                "HEAD is not on a branch",
                Some("check out your branch, e.g. `git switch main`".into()),
            )
        })
}

/// Sync with `remote` (usually `origin`).
pub fn sync(store: &Store, remote: &str) -> Result<SyncReport> {
    let _lock = store.lock()?;
    let repo = store.repo();
    let root = store.root();
    if repo.find_remote(remote).is_err() {
        return Err(Error::Store {
            message: format!("this store has no remote '{remote}' to sync with"),
            hint: Some(
                "add one: git -C STORE remote add origin URL (or start from `crm clone URL`)"
                    .into(),
            ),
        });
    }
    let mut report = SyncReport {
        hand_edits: commit_hand_edits(store)?,
        ..SyncReport::default()
    };
    let branch = current_branch(repo)?;
    let start = repo.head().ok().and_then(|h| h.target());
    let tracking = format!("refs/remotes/{remote}/{branch}");
    for attempt in 0..5 {
        git(
            root,
            &["fetch", "--quiet", remote],
            &format!("fetching from {remote}"),
        )?;
        let head_oid = repo
            .head()
            .ok()
            .and_then(|h| h.target())
            .ok_or_else(|| Error::other("the store has no commits yet", None))?;
        let remote_oid = repo.refname_to_id(&tracking).ok();
        if let Some(r) = remote_oid {
            merge_remote(store, &branch, head_oid, r, remote, &mut report)?;
        }
        let head_oid = repo
            .head()
            .ok()
            .and_then(|h| h.target())
            .unwrap_or(head_oid);
        if Some(head_oid) == remote_oid {
            break;
        }
        let outgoing = commits_between(repo, head_oid, remote_oid)?;
        let push = Command::new("git")
            .arg("-C")
            .arg(root)
            .args([
                "push",
                "--porcelain",
                "--quiet",
                remote,
                &format!("HEAD:refs/heads/{branch}"),
            ])
            .env("GIT_TERMINAL_PROMPT", "0")
            .output()
            .map_err(|e| Error::other(format!("cannot run git: {e}"), None))?;
        if push.status.success() {
            report.outgoing.extend(outgoing);
            break;
        }
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&push.stdout),
            String::from_utf8_lossy(&push.stderr)
        );
        // Rejected because the remote moved (over the network it says
        // non-fast-forward; a local push racing another says it cannot
        // lock the ref): fetch, merge and try again.
        let rejected = [
            "[rejected]",
            "non-fast-forward",
            "fetch first",
            "cannot lock ref",
            "failed to update ref",
        ]
        .iter()
        .any(|p| text.contains(p));
        if !rejected || attempt == 4 {
            return Err(Error::Git {
                context: format!("pushing to {remote}"),
                message: redact(text.trim()),
                hint: Some(
                    "run `crm sync` again; if it keeps failing, try `git push` in the store".into(),
                ),
            });
        }
        // A colleague pushed meanwhile: fetch, merge, try again.
        report.retries += 1;
    }
    if let Some(start) = start {
        let _ = repo.reference(LAST_SYNC_REF, start, true, "crm sync");
    }
    Ok(report)
}

/// Bring `remote_oid` into the current branch: nothing, fast-forward, or a
/// semantic merge commit.
fn merge_remote(
    store: &Store,
    branch: &str,
    head_oid: Oid,
    remote_oid: Oid,
    remote: &str,
    report: &mut SyncReport,
) -> Result<()> {
    let repo = store.repo();
    if head_oid == remote_oid
        || repo
            .graph_descendant_of(head_oid, remote_oid)
            .unwrap_or(false)
    {
        return Ok(());
    }
    let incoming = commits_between(repo, remote_oid, Some(head_oid))?;
    let head_ref = format!("refs/heads/{branch}");
    if repo
        .graph_descendant_of(remote_oid, head_oid)
        .unwrap_or(false)
    {
        let target = repo
            .find_commit(remote_oid)
            .map_err(|e| Error::git("reading the remote commit", e))?;
        repo.checkout_tree(target.as_object(), Some(CheckoutBuilder::new().safe()))
            .map_err(|e| Error::git("updating the work tree", e))?;
        repo.reference(&head_ref, remote_oid, true, "crm sync: fast-forward")
            .map_err(|e| Error::git("moving the branch", e))?;
        report.incoming.extend(incoming);
        return Ok(());
    }
    let ours = repo
        .find_commit(head_oid)
        .map_err(|e| Error::git("reading HEAD", e))?;
    let theirs = repo
        .find_commit(remote_oid)
        .map_err(|e| Error::git("reading the remote commit", e))?;
    let mut index = repo
        .merge_commits(&ours, &theirs, None)
        .map_err(|e| Error::git("merging", e))?;
    let times = Times {
        ours: commit_time(&ours),
        theirs: commit_time(&theirs),
        now: clock::now(),
    };
    let root = store.root().display().to_string();
    let (tree, settled) = settle_index(repo, &mut index, times, &format!("on {remote}"), |path| {
        Error::other(
            format!(
                "{path} was changed differently here and on {remote}; crm merges customer files only, so nothing was changed in this clone"
            ),
            Some(format!(
                "merge it by hand: `git -C {root} pull --no-rebase` and fix {path}, then `crm sync`"
            )),
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
    let sig = sgit::signature(repo)?;
    let mut msg = format!("sync: merge {remote}/{branch}");
    if !report.merged.is_empty() {
        msg.push_str(&format!(" ({} customers merged", report.merged.len()));
        if !report.conflicts.is_empty() {
            msg.push_str(&format!(", {} conflicts recorded", report.conflicts.len()));
        }
        msg.push(')');
    }
    let oid = repo
        .commit(None, &sig, &sig, &msg, &tree, &[&ours, &theirs])
        .map_err(|e| Error::git("committing the merge", e))?;
    check_out(repo, &tree)?;
    repo.reference(&head_ref, oid, true, "crm sync: merge")
        .map_err(|e| Error::git("moving the branch", e))?;
    report.incoming.extend(incoming);
    Ok(())
}

/// A conflicted customer file settled by [`settle_index`].
#[derive(Debug)]
pub struct Settled {
    pub id: String,
    /// Conflicts the merge recorded in the file.
    pub conflicts: Vec<String>,
    pub notes: Vec<String>,
}

/// Settle every conflict of an in-memory merge (or revert) index: customer
/// files with the semantic merge — a file removed on one side and changed
/// on the other is kept — and any other file refused with `other_file`.
/// Returns the resulting tree; nothing outside the object store changes.
pub fn settle_index<'r>(
    repo: &'r Repository,
    index: &mut git2::Index,
    times: Times,
    there: &str,
    other_file: impl Fn(&str) -> Error,
) -> Result<(git2::Tree<'r>, Vec<Settled>)> {
    let conflicts: Vec<git2::IndexConflict> = index
        .conflicts()
        .map_err(|e| Error::git("reading merge conflicts", e))?
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| Error::git("reading merge conflicts", e))?;
    let mut settled = Vec::new();
    let mut resolved: Vec<(IndexEntry, Vec<u8>)> = Vec::new();
    for c in conflicts {
        let Some(any) = c.our.as_ref().or(c.their.as_ref()).or(c.ancestor.as_ref()) else {
            continue;
        };
        let path = String::from_utf8_lossy(&any.path).into_owned();
        let Some(id) = path
            .strip_prefix("customers/")
            .and_then(|p| p.strip_suffix(".toml"))
            .filter(|p| !p.contains('/'))
            .map(str::to_string)
        else {
            return Err(other_file(&path));
        };
        let blob = |e: &Option<IndexEntry>| -> Result<Option<String>> {
            match e {
                Some(e) => {
                    let b = repo
                        .find_blob(e.id)
                        .map_err(|er| Error::git(format!("reading {path}"), er))?;
                    Ok(Some(String::from_utf8_lossy(b.content()).into_owned()))
                }
                None => Ok(None),
            }
        };
        let (base, o, t) = (blob(&c.ancestor)?, blob(&c.our)?, blob(&c.their)?);
        let mut s = Settled {
            id,
            conflicts: Vec::new(),
            notes: Vec::new(),
        };
        let text = match (o, t) {
            (Some(o), Some(t)) => {
                let m = merge::merge_customer(base.as_deref(), &o, &t, times).map_err(|m| {
                    Error::other(
                        format!("{path}: cannot merge: {m}"),
                        Some("fix the file on the side named, then try again".into()),
                    )
                })?;
                s.conflicts = m.conflicts;
                s.notes = m.notes;
                m.text
            }
            (Some(o), None) => {
                s.notes
                    .push(format!("removed {there} but changed here; kept"));
                o
            }
            (None, Some(t)) => {
                s.notes
                    .push(format!("removed here but changed {there}; kept"));
                t
            }
            (None, None) => continue,
        };
        let Some(mut entry) = c.our.or(c.their) else {
            continue;
        };
        entry.flags &= !0x3000; // stage 0, or the entry re-enters as "ours"
        resolved.push((entry, text.into_bytes()));
        settled.push(s);
    }
    for (mut entry, bytes) in resolved {
        let path = String::from_utf8_lossy(&entry.path).into_owned();
        entry.id = repo
            .blob(&bytes)
            .map_err(|e| Error::git("writing a blob", e))?;
        entry.file_size = bytes.len() as u32;
        index
            .conflict_remove(Path::new(&path))
            .map_err(|e| Error::git(format!("resolving {path}"), e))?;
        index
            .add(&entry)
            .map_err(|e| Error::git(format!("resolving {path}"), e))?;
    }
    if index.has_conflicts() {
        return Err(Error::other(
            "the merge left conflicts crm cannot resolve; nothing was changed",
            None,
        ));
    }
    // The index from merge_commits lives in memory: write_tree_to, not write_tree.
    let tree_oid = index
        .write_tree_to(repo)
        .map_err(|e| Error::git("writing the merged tree", e))?;
    let tree = repo
        .find_tree(tree_oid)
        .map_err(|e| Error::git("reading the merged tree", e))?;
    Ok((tree, settled))
}

/// Make the work tree and the index match `tree` (after a merge or undo
/// commit, when the work tree is clean).
pub fn check_out(repo: &Repository, tree: &git2::Tree) -> Result<()> {
    repo.checkout_tree(tree.as_object(), Some(CheckoutBuilder::new().force()))
        .map_err(|e| Error::git("updating the work tree", e))?;
    let mut idx = repo
        .index()
        .map_err(|e| Error::git("opening the index", e))?;
    idx.read_tree(tree)
        .map_err(|e| Error::git("updating the index", e))?;
    idx.write().map_err(|e| Error::git("writing the index", e))
}

/// The times of HEAD and MERGE_HEAD (or the rebase/cherry-pick head) in the
/// repository at `dir`, for `crm merge-file`; equal when unknown, which
/// makes a clash fall to the greater value on every clone alike.
pub fn driver_times(dir: &Path) -> Times {
    let now = clock::now();
    let found = (|| -> Option<(DateTime<FixedOffset>, DateTime<FixedOffset>)> {
        let repo = Repository::discover(dir).ok()?;
        let ours = repo.head().ok()?.peel_to_commit().ok()?;
        let theirs = ["MERGE_HEAD", "REBASE_HEAD", "CHERRY_PICK_HEAD"]
            .iter()
            .find_map(|r| repo.revparse_single(r).ok()?.peel_to_commit().ok())?;
        Some((commit_time(&ours), commit_time(&theirs)))
    })();
    match found {
        Some((ours, theirs)) => Times { ours, theirs, now },
        None => Times {
            ours: now,
            theirs: now,
            now,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn credentials_are_never_printed() {
        assert_eq!(
            redact("fatal: https://mari:s3cret@git.example/crm.git denied"),
            "fatal: https://***@git.example/crm.git denied"
        );
        assert_eq!(redact("ssh://git@host:22/x"), "ssh://***@host:22/x");
        assert_eq!(redact("no url here"), "no url here");
    }
}
