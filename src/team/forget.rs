//! `crm forget`: erase a customer, or one contact of a customer, from the
//! files, from every commit of the history and, through `crm sync`, from
//! every clone (docs/privacy.md).
//!
//! The person is known by every value they had in any version of their
//! file: names, e-mail addresses, phone numbers (as written and in E.164),
//! the customer's id. Every commit reachable from any ref is rewritten
//! ([`crate::store::git::rewrite`]): the customer's file is dropped from
//! every tree (or the contact's table removed from every version of the
//! customer's file), those values are replaced by `[forgotten]` wherever
//! else they are written, and commit messages that name them are
//! redacted. Root commits get a `Crm-Epoch:` line, so the new history
//! shares no commit with the old one and a plain `git pull` of one into
//! the other is refused by git. The map from old to new commit ids is
//! published under `refs/crm/epochs/<erasure id>`, the erasure is recorded
//! in `forgotten.toml` (what kind, when, by whom: nothing about the
//! person), the new history is pushed, and the old objects are pruned.
//!
//! A colleague's next `crm sync` sees an erasure its clone does not have
//! ([`follow`]): it works out the same person from its own copy of the old
//! history, replays its unpushed commits onto the new history through the
//! same filter, and prunes the old history.

use crate::error::{Error, Fix, Result};
use crate::model::{Customer, phone};
use crate::store::git::rewrite::{EPOCHS, Filter, Rewritten, Touched};
use crate::store::git::{CommitId, FileChange, remote};
use crate::store::{FileWrite, Store, UndoEffect};
use std::borrow::Cow;
use std::collections::HashMap;

/// The file that records erasures.
pub const RECORD: &str = "forgotten.toml";
/// What replaces a forgotten value.
pub const REDACTED: &str = "[forgotten]";

/// Whom to forget.
#[derive(Debug, Clone)]
pub enum Target {
    /// A whole customer (its file), by id.
    Customer { id: String },
    /// One contact of a customer, by the contact's name.
    Contact { id: String, name: String },
}

impl Target {
    fn path(&self) -> String {
        match self {
            Target::Customer { id } | Target::Contact { id, .. } => {
                crate::store::Store::rel_path(id)
            }
        }
    }

    fn what(&self) -> &'static str {
        match self {
            Target::Customer { .. } => "customer",
            Target::Contact { .. } => "contact",
        }
    }
}

/// One erasure, as `forgotten.toml` records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erasure {
    pub id: String,
    pub at: String,
    pub by: String,
    pub what: String,
    pub commits: usize,
}

/// The erasures recorded in `forgotten.toml` text, oldest first.
pub fn erasures(text: &[u8]) -> Vec<Erasure> {
    let Ok(text) = std::str::from_utf8(text) else {
        return Vec::new();
    };
    let Ok(t) = text.parse::<toml::Table>() else {
        return Vec::new();
    };
    let Some(list) = t.get("erasure").and_then(|v| v.as_array()) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|e| {
            let e = e.as_table()?;
            let s = |k: &str| {
                e.get(k)
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                    .unwrap_or_default()
            };
            Some(Erasure {
                id: e.get("id")?.as_str()?.to_string(),
                at: s("at"),
                by: s("by"),
                what: s("what"),
                commits: e
                    .get("commits")
                    .and_then(|v| v.as_integer())
                    .unwrap_or(0)
                    .max(0) as usize,
            })
        })
        .collect()
}

/// `forgotten.toml` with `e` added.
fn record_text(old: Option<&[u8]>, e: &Erasure) -> String {
    let mut text = old
        .and_then(|b| std::str::from_utf8(b).ok())
        .map(str::to_string)
        .unwrap_or_else(|| {
            "# Erasures made with `crm forget` (docs/privacy.md): what kind of record\n\
             # was erased, when and by whom; nothing about the person.\n"
                .to_string()
        });
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&format!(
        "\n[[erasure]]\nid = \"{}\"\nat = {}\nby = \"{}\"\nwhat = \"{}\"\ncommits = {}\n",
        e.id, e.at, e.by, e.what, e.commits
    ));
    text
}

/// A value that identifies the person, and where it is replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Needle {
    text: String,
    /// Distinctive enough to replace in every file (an e-mail, a phone
    /// number, a name of two words or more, an id with a hyphen); else
    /// only in the person's own file and in commit messages.
    everywhere: bool,
}

/// The filter of one erasure: drops or scrubs the person's file and
/// replaces their values elsewhere.
pub struct Scrub {
    target: Target,
    path: String,
    needles: Vec<Needle>,
}

impl Scrub {
    /// The person of `target`, known by every value they had in `versions`
    /// (every content their customer file ever had).
    fn new(target: Target, versions: &[Vec<u8>], country: &str) -> Result<Scrub> {
        let mut values: Vec<String> = Vec::new();
        let mut found = false;
        let id = match &target {
            Target::Customer { id } | Target::Contact { id, .. } => id.clone(),
        };
        for v in versions {
            let Ok(text) = std::str::from_utf8(v) else {
                continue;
            };
            let c = match Customer::parse(&id, text) {
                Ok(c) => c,
                Err(_) => match loose_customer(&id, text) {
                    Some(c) => c,
                    None => continue,
                },
            };
            match &target {
                Target::Customer { .. } => {
                    found = true;
                    values.push(c.name.clone());
                    values.extend(c.email.clone());
                    values.extend(c.phone.iter().flat_map(|p| phone_variants(p, country)));
                    for p in &c.contacts {
                        values.push(p.name.clone());
                        values.extend(p.email.clone());
                        values.extend(p.phone.iter().flat_map(|x| phone_variants(x, country)));
                    }
                }
                Target::Contact { name, .. } => {
                    for p in c.contacts.iter().filter(|p| same_name(&p.name, name)) {
                        found = true;
                        values.push(p.name.clone());
                        values.extend(p.email.clone());
                        values.extend(p.phone.iter().flat_map(|x| phone_variants(x, country)));
                    }
                }
            }
        }
        if !found {
            return Err(match &target {
                Target::Customer { id } => Error::NotFound {
                    what: "customer",
                    query: id.clone(),
                    candidates: Vec::new(),
                },
                Target::Contact { name, .. } => Error::NotFound {
                    what: "contact",
                    query: name.clone(),
                    candidates: Vec::new(),
                },
            });
        }
        let mut needles: Vec<Needle> = Vec::new();
        let mut add = |text: &str, everywhere: bool| {
            let text = text.trim();
            if text.chars().count() < 3 || text.eq_ignore_ascii_case(REDACTED) {
                return;
            }
            if let Some(n) = needles
                .iter_mut()
                .find(|n| n.text.eq_ignore_ascii_case(text))
            {
                n.everywhere |= everywhere;
            } else {
                needles.push(Needle {
                    text: text.to_string(),
                    everywhere,
                });
            }
        };
        if let Target::Customer { id } = &target {
            add(id, id.contains('-') && id.len() >= 6);
        }
        for v in &values {
            add(v, distinctive(v));
        }
        // Longest first, so a name is replaced before a part of it.
        needles.sort_by(|a, b| b.text.len().cmp(&a.text.len()).then(a.text.cmp(&b.text)));
        let path = target.path();
        Ok(Scrub {
            target,
            path,
            needles,
        })
    }

    fn redact(&self, text: &str, all: bool) -> String {
        let mut out = text.to_string();
        for n in self.needles.iter().filter(|n| all || n.everywhere) {
            out = replace_word(&out, &n.text, REDACTED);
        }
        out
    }
}

/// A customer file that does not parse as a customer (an old broken
/// version), read as plain TOML for the values that identify a person.
fn loose_customer(id: &str, text: &str) -> Option<Customer> {
    let t: toml::Table = text.parse().ok()?;
    let s = |t: &toml::Table, k: &str| t.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let mut c = Customer {
        id: id.to_string(),
        name: s(&t, "name").unwrap_or_default(),
        email: s(&t, "email"),
        phone: s(&t, "phone"),
        ..Customer::default()
    };
    if let Some(list) = t.get("contacts").and_then(|v| v.as_array()) {
        for p in list.iter().filter_map(|p| p.as_table()) {
            c.contacts.push(crate::model::Contact {
                name: s(p, "name").unwrap_or_default(),
                email: s(p, "email"),
                phone: s(p, "phone"),
                ..Default::default()
            });
        }
    }
    Some(c)
}

fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// A value worth replacing in every file, not only the person's own.
fn distinctive(v: &str) -> bool {
    let digits = v.chars().filter(char::is_ascii_digit).count();
    v.contains('@') && v.len() >= 6
        || digits >= 6
        || v.split_whitespace().count() >= 2 && v.chars().count() >= 6
}

/// A phone number as written, in E.164, and as its digits.
fn phone_variants(p: &str, country: &str) -> Vec<String> {
    let mut out = vec![p.trim().to_string()];
    if let Some(e) = phone::e164(p, country) {
        out.push(e);
    }
    let digits: String = p
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    out.push(digits);
    // "+372 5555 1234" is also written "5555 1234".
    if p.trim().starts_with('+')
        && let Some((_, rest)) = p.trim().split_once(' ')
    {
        out.push(rest.to_string());
    }
    out.retain(|v| v.chars().filter(char::is_ascii_digit).count() >= 6);
    out.dedup();
    out
}

/// `text` with every occurrence of `word` (ASCII case ignored) that is not
/// part of a longer word, id or address replaced by `with`.
pub fn replace_word(text: &str, word: &str, with: &str) -> String {
    if word.is_empty() || text.len() < word.len() {
        return text.to_string();
    }
    let lower = text.to_ascii_lowercase();
    let needle = word.to_ascii_lowercase();
    let joins = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | '@');
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    let mut search = 0;
    while let Some(pos) = lower[search..].find(&needle) {
        let start = search + pos;
        let end = start + needle.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let edge_ok = |c: Option<char>, at_word_edge: Option<char>| {
            // Only a word character next to a word character joins them:
            // "+372…" may follow a letter, "…@x.ee" a dot.
            !(c.is_some_and(joins) && at_word_edge.is_some_and(|w| w.is_alphanumeric()))
        };
        if edge_ok(before, word.chars().next()) && edge_ok(after, word.chars().next_back()) {
            out.push_str(&text[from..start]);
            out.push_str(with);
            from = end;
        }
        search = end;
    }
    out.push_str(&text[from..]);
    out
}

/// The customer file `text` without the contacts named `name` (a table
/// of `[[contacts]]` or an inline array); `None` when it is not TOML.
fn without_contact(text: &str, name: &str) -> Option<String> {
    let mut doc: toml_edit::DocumentMut = text.parse().ok()?;
    let named = |v: Option<&toml_edit::Item>| {
        v.and_then(|v| v.as_str())
            .is_some_and(|n| same_name(n, name))
    };
    let mut empty = false;
    if let Some(item) = doc.get_mut("contacts") {
        if let Some(aot) = item.as_array_of_tables_mut() {
            aot.retain(|t| !named(t.get("name")));
            empty = aot.is_empty();
        } else if let Some(arr) = item.as_array_mut() {
            arr.retain(|v| {
                !v.as_inline_table()
                    .and_then(|t| t.get("name"))
                    .and_then(|n| n.as_str())
                    .is_some_and(|n| same_name(n, name))
            });
            empty = arr.is_empty();
        }
    }
    if empty {
        doc.remove("contacts");
    }
    Some(doc.to_string())
}

impl Filter for Scrub {
    fn by_path(&self, path: &str) -> bool {
        path == self.path
    }

    fn file<'b>(&self, path: &str, bytes: &'b [u8]) -> Result<Option<Cow<'b, [u8]>>> {
        if path == RECORD {
            return Ok(Some(Cow::Borrowed(bytes)));
        }
        let own = path == self.path;
        if own && let Target::Customer { .. } = self.target {
            return Ok(None);
        }
        let Ok(text) = std::str::from_utf8(bytes) else {
            // Not text: nothing of ours to find in it.
            return Ok(Some(Cow::Borrowed(bytes)));
        };
        let mut new = text.to_string();
        if own && let Target::Contact { name, .. } = &self.target {
            new = without_contact(&new, name).unwrap_or(new);
        }
        new = self.redact(&new, own);
        if new == text {
            return Ok(Some(Cow::Borrowed(bytes)));
        }
        // A customer file that parsed must still parse.
        if let Some(id) = path
            .strip_prefix("customers/")
            .and_then(|p| p.strip_suffix(".toml"))
            && Customer::parse(id, text).is_ok()
            && let Err(e) = Customer::parse(id, &new)
        {
            return Err(Error::other_fix(
                format!(
                    "{path}: with the person's values replaced by {REDACTED} the file would not parse ({}); nothing was changed",
                    e.message
                ),
                Fix::RedactByHand {
                    path: path.to_string(),
                },
            ));
        }
        Ok(Some(Cow::Owned(new.into_bytes())))
    }

    fn message(&self, text: &str) -> String {
        self.redact(text, true)
    }
}

/// Several erasures' filters, one after the other (a clone that missed
/// more than one).
struct Chain(Vec<Scrub>);

impl Filter for Chain {
    fn by_path(&self, path: &str) -> bool {
        self.0.iter().any(|s| s.by_path(path))
    }

    fn file<'b>(&self, path: &str, bytes: &'b [u8]) -> Result<Option<Cow<'b, [u8]>>> {
        let mut now: Cow<'b, [u8]> = Cow::Borrowed(bytes);
        for s in &self.0 {
            match s.file(path, &now)? {
                None => return Ok(None),
                Some(Cow::Owned(b)) => now = Cow::Owned(b),
                Some(Cow::Borrowed(_)) => {}
            }
        }
        Ok(Some(now))
    }

    fn message(&self, text: &str) -> String {
        self.0.iter().fold(text.to_string(), |t, s| s.message(&t))
    }
}

/// What `crm forget` did, or would do.
#[derive(Debug)]
pub struct Forgotten {
    pub erasure: Erasure,
    pub dry_run: bool,
    /// Commits whose own change or message held the person's data.
    pub touched: Vec<Touched>,
    /// Commits walked, and how many got a new id.
    pub walked: usize,
    pub renamed: usize,
    /// Whether the new history went to the remote.
    pub pushed: Option<String>,
    /// Things to say: the remote pruned, or how to prune it.
    pub notes: Vec<String>,
}

/// A fresh erasure id: the date and a few hex digits.
fn new_id(store: &Store) -> String {
    use sha1::Digest;
    let now = store.settings().clock.now();
    let mut h = sha1::Sha1::new();
    h.update(format!(
        "{}{}{:?}{:?}",
        now.to_rfc3339(),
        std::process::id(),
        std::time::SystemTime::now(),
        store.repo().head()
    ));
    let hex: String = h.finalize()[..3]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("E{}-{hex}", now.format("%Y%m%d"))
}

/// Erase `target` from the files and the whole history; with `remote`,
/// publish the new history there (`--force-with-lease`, so a colleague's
/// push meanwhile is never overwritten: then nothing changes here). The
/// caller holds the lock and has synced first.
pub fn forget(
    store: &Store,
    target: Target,
    by: &str,
    dry_run: bool,
    remote: Option<&str>,
) -> Result<Forgotten> {
    let repo = store.repo();
    if repo.merge_head().is_some() || repo.rebase_in_progress() {
        return Err(Error::other_fix(
            "a git merge or rebase is in progress; crm forget rewrites the history and cannot start now",
            Fix::FinishMerge,
        ));
    }
    let Some(old_head) = repo.head() else {
        return Err(Error::other("the store has no commits yet", None));
    };
    if !dry_run {
        super::sync::commit_hand_edits(store)?;
    }
    let old_head = repo.head().unwrap_or(old_head);
    let path = target.path();
    let mut versions = repo.versions_of(&path)?;
    if let Ok(now) = std::fs::read(store.root().join(&path)) {
        versions.push(now);
    }
    let what = target.what();
    let scrub = Scrub::new(target, &versions, &store.config.phone_country)?;
    let id = new_id(store);
    let rewritten = repo.rewrite(&scrub, &format!("Crm-Epoch: {id}"), dry_run)?;
    let mut erasure = Erasure {
        id: id.clone(),
        at: store
            .settings()
            .clock
            .now()
            .format("%Y-%m-%dT%H:%M:%S%:z")
            .to_string(),
        by: by.to_string(),
        what: what.to_string(),
        commits: rewritten.touched.len(),
    };
    let renamed = rewritten.map.iter().filter(|(o, n)| o != n).count();
    let mut out = Forgotten {
        erasure: erasure.clone(),
        dry_run,
        touched: rewritten.touched.clone(),
        walked: rewritten.map.len(),
        renamed,
        pushed: None,
        notes: Vec::new(),
    };
    if dry_run {
        return Ok(out);
    }
    let Some(new_base) = rewritten.new_id(old_head) else {
        return Err(Error::other("HEAD was not rewritten", None));
    };
    // The record of the erasure, on top of the new history.
    let old_record = repo.file_at(new_base, RECORD)?;
    erasure.at = store
        .settings()
        .clock
        .now()
        .format("%Y-%m-%dT%H:%M:%S%:z")
        .to_string();
    let record = record_text(old_record.as_deref(), &erasure);
    let tip = repo.commit_on(
        new_base,
        &[FileChange {
            path: RECORD.into(),
            content: Some(record.into_bytes()),
        }],
        &format!("forget: erasure {id} (a {what})"),
        &store.author()?,
    )?;
    repo.write_epoch_map(&id, &rewritten.map, &store.author()?)?;
    let branch = repo.branch()?;
    // Publish first: if the remote moved meanwhile, nothing changes here.
    if let Some(remote) = remote {
        publish(store, remote, &branch, tip, &id, &rewritten)?;
        out.pushed = Some(remote.to_string());
    }
    settle_clone(
        store,
        &branch,
        tip,
        &rewritten,
        &format!("forget: erasure {id} (a {what})"),
    )?;
    repo.prune()?;
    if let Some(remote) = remote {
        out.notes.push(prune_remote(store, remote));
    }
    out.erasure = erasure;
    Ok(out)
}

/// Move this clone onto the new history: HEAD's branch and the work tree
/// (all or nothing, through the journal), then every other ref, the undo
/// record; the cache is dropped (rebuilt by the next read).
fn settle_clone(
    store: &Store,
    branch: &str,
    tip: CommitId,
    rewritten: &Rewritten,
    what: &str,
) -> Result<()> {
    let repo = store.repo();
    let writes: Vec<FileWrite> = store.follow(tip)?;
    store.apply(what, tip, writes, UndoEffect::None)?;
    let head_ref = format!("refs/heads/{branch}");
    let others: Vec<_> = rewritten
        .refs
        .iter()
        .filter(|r| r.name != head_ref && r.name != "HEAD")
        .cloned()
        .collect();
    repo.move_refs(&others, what)?;
    let map: HashMap<CommitId, CommitId> = rewritten.map.iter().copied().collect();
    store.undo_record().remap(&map)?;
    let _ = std::fs::remove_dir_all(crate::store::cache::dir(repo.git_dir()));
    Ok(())
}

/// Push the new history: the branch and every other branch of the remote
/// that was rewritten, with a lease on what the remote had; the map; the
/// rewritten tags.
fn publish(
    store: &Store,
    remote: &str,
    branch: &str,
    tip: CommitId,
    id: &str,
    rewritten: &Rewritten,
) -> Result<()> {
    let repo = store.repo();
    let mut args: Vec<String> = vec!["push".into(), "--porcelain".into(), "--quiet".into()];
    let mut specs = Vec::new();
    let tracking_prefix = format!("refs/remotes/{remote}/");
    let own = format!("{tracking_prefix}{branch}");
    let lease = |name: &str| repo.ref_target(name);
    match lease(&own) {
        Some(old) => args.push(format!("--force-with-lease=refs/heads/{branch}:{old}")),
        None => args.push(format!("--force-with-lease=refs/heads/{branch}:")),
    }
    specs.push(format!("{tip}:refs/heads/{branch}"));
    for r in &rewritten.refs {
        if let Some(b) = r.name.strip_prefix(&tracking_prefix)
            && b != branch
            && b != "HEAD"
        {
            args.push(format!("--force-with-lease=refs/heads/{b}:{}", r.old));
            specs.push(format!("{}:refs/heads/{b}", r.new));
        } else if r.name.starts_with("refs/tags/") {
            specs.push(format!("+{}:{}", r.new, r.name));
        }
    }
    specs.push(format!("{EPOCHS}{id}:{EPOCHS}{id}"));
    args.push(remote.to_string());
    args.extend(specs);
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    remote::git(store.root(), &argv, &format!("publishing the new history to {remote}")).map_err(
        |e| match e {
            Error::Git { message, .. } if message.contains("stale info") || message.contains("rejected") => {
                Error::other_fix(
                    format!("{remote} moved while the history was rewritten (a colleague pushed); nothing was changed here"),
                    Fix::ForgetAgain,
                )
            }
            e => e,
        },
    )?;
    Ok(())
}

/// Prune the remote when it is a repository on this machine; else say how.
fn prune_remote(store: &Store, remote: &str) -> String {
    let url = remote::git(
        store.root(),
        &["remote", "get-url", remote],
        "reading the remote's URL",
    )
    .map(|u| u.trim().to_string())
    .unwrap_or_default();
    // A path on this machine: absolute, `file://`, or relative to the
    // store (as git reads it); not `host:path` or any other URL.
    let path = url.strip_prefix("file://").unwrap_or(&url);
    let local = if path.is_empty() || path.contains("://") {
        None
    } else if std::path::Path::new(path).is_absolute() {
        Some(std::path::PathBuf::from(path))
    } else if !path.contains(':') {
        Some(store.root().join(path))
    } else {
        None
    };
    let git_dir = local.and_then(|p| {
        if p.join("objects").is_dir() {
            Some(p)
        } else if p.join(".git/objects").is_dir() {
            Some(p.join(".git"))
        } else {
            None
        }
    });
    if let Some(dir) = git_dir {
        match crate::store::git::rewrite::prune_git_dir(&dir) {
            Ok(_) => format!("{remote} ({url}) pruned: the old history is gone from it"),
            Err(e) => format!(
                "{remote} ({url}) could not be pruned ({e}); on the server run: git reflog expire --expire=now --all && git gc --prune=now"
            ),
        }
    } else {
        format!(
            "{remote} still holds the old objects until it is pruned; on the server run: git -C <repository> reflog expire --expire=now --all && git -C <repository> gc --prune=now (hosting services: ask support to run gc)"
        )
    }
}

/// In `crm sync`, after the fetch: when the remote's history carries
/// erasures this clone has not followed, rewrite this clone the same way
/// (its unpushed commits replayed onto the new history through the same
/// filter, the old history pruned) and say so; when the remote lacks an
/// erasure this clone has, or brings in history from before one, refuse
/// (it would bring forgotten data back). `Ok(None)`: nothing to do.
pub fn follow(store: &Store, remote: &str, theirs: CommitId) -> Result<Option<String>> {
    let repo = store.repo();
    let Some(ours) = repo.head() else {
        return Ok(None);
    };
    let at = |c: CommitId| -> Result<Vec<Erasure>> {
        Ok(repo
            .file_at(c, RECORD)?
            .map(|b| erasures(&b))
            .unwrap_or_default())
    };
    let mine = at(ours)?;
    let there = at(theirs)?;
    let branch = repo.branch()?;
    if let Some(lost) = mine.iter().find(|e| !there.iter().any(|t| t.id == e.id)) {
        return Err(old_history(remote, &branch, lost));
    }
    let new: Vec<&Erasure> = there
        .iter()
        .filter(|t| !mine.iter().any(|m| m.id == t.id))
        .collect();
    if new.is_empty() {
        // Same erasures: the incoming history must not bring in a root of
        // its own (an old history merged into the new one).
        if let Some(last) = mine.last()
            && repo.foreign_root(theirs, ours)?
        {
            return Err(old_history(remote, &branch, last));
        }
        // This clone's own history may be one an erasure rewrote, which
        // the remote no longer carries (old history pushed over it).
        for id in repo.epoch_ids() {
            if mine.iter().any(|m| m.id == id) {
                continue;
            }
            let Some(m) = repo.epoch_map(&id) else {
                continue;
            };
            let old = repo
                .walk(ours, None, crate::store::git::Order::NewestFirst)?
                .iter()
                .any(|c| m.contains_key(&c.id) && m.get(&c.id) != Some(&c.id));
            if old {
                return Err(Error::other_fix(
                    format!(
                        "this clone's history is from before erasure {id} (crm forget), and {remote}/{branch} no longer carries the rewritten history (old history was pushed over it); syncing would spread forgotten data again, so nothing was changed"
                    ),
                    Fix::NewHistoryBack {
                        remote: remote.to_string(),
                        branch: branch.clone(),
                    },
                ));
            }
        }
        return Ok(None);
    }
    // Old ids → ids after every erasure this clone missed.
    let mut map: HashMap<CommitId, CommitId> = HashMap::new();
    for (k, e) in new.iter().enumerate() {
        let m = repo.epoch_map(&e.id).ok_or_else(|| {
            Error::other_fix(
                format!("{remote} rewrote its history (erasure {}), but its map of rewritten commits did not arrive", e.id),
                Fix::SyncAgainOrClone,
            )
        })?;
        if k == 0 {
            map = m;
        } else {
            for v in map.values_mut() {
                if let Some(n) = m.get(v) {
                    *v = *n;
                }
            }
        }
    }
    // The newest commit of ours the remote had: the base to replay onto.
    let Some((base_old, base_new)) = repo
        .walk(ours, None, crate::store::git::Order::NewestFirst)?
        .into_iter()
        .find_map(|c| map.get(&c.id).map(|n| (c.id, *n)))
    else {
        return Err(Error::other_fix(
            format!(
                "{remote} rewrote its history (erasure {}) and none of this clone's commits is in it",
                new[0].id
            ),
            Fix::CloneAfresh,
        ));
    };
    // The same people, from this clone's copy of the old history.
    let mut scrubs = Vec::new();
    for ch in repo.tree_changes(base_old, base_new)? {
        let Some(id) = ch
            .path
            .strip_prefix("customers/")
            .and_then(|p| p.strip_suffix(".toml"))
        else {
            continue;
        };
        let mut targets = Vec::new();
        match (&ch.old, &ch.new) {
            (Some(_), None) => targets.push(Target::Customer { id: id.to_string() }),
            (Some(old), Some(new)) => {
                let names = |b: &[u8]| -> Vec<String> {
                    std::str::from_utf8(b)
                        .ok()
                        .and_then(|t| {
                            Customer::parse(id, t)
                                .ok()
                                .or_else(|| loose_customer(id, t))
                        })
                        .map(|c| c.contacts.into_iter().map(|p| p.name).collect())
                        .unwrap_or_default()
                };
                let after = names(new);
                for n in names(old) {
                    if !after.iter().any(|a| same_name(a, &n)) {
                        targets.push(Target::Contact {
                            id: id.to_string(),
                            name: n,
                        });
                    }
                }
            }
            _ => {}
        }
        for t in targets {
            let mut versions = repo.versions_of(&ch.path)?;
            if let Ok(now) = std::fs::read(store.root().join(&ch.path)) {
                versions.push(now);
            }
            scrubs.push(Scrub::new(t, &versions, &store.config.phone_country)?);
        }
    }
    let filter = Chain(scrubs);
    let unpushed = repo.commits_outside(ours, &map)?;
    let (tip, replayed) = repo.replay(base_new, &unpushed, &filter)?;
    let kept = replayed
        .iter()
        .filter(|(_, n)| !map.values().any(|v| v == n))
        .count();
    map.extend(replayed);
    // Every other ref: carried over, or dropped when it holds old history
    // the remote did not have.
    let mut moves = Vec::new();
    let mut dropped = Vec::new();
    for r in repo.ref_targets()? {
        let (name, c) = (r.name, r.commit);
        if name == format!("refs/heads/{branch}")
            || name.starts_with(&format!("refs/remotes/{remote}/"))
            || name == "HEAD"
        {
            continue;
        }
        match map.get(&c) {
            Some(n) if *n != c => moves.push((name, r.target, *n)),
            Some(_) => {}
            None if repo
                .file_at(c, RECORD)?
                .map(|b| erasures(&b))
                .unwrap_or_default()
                .len()
                >= there.len() => {}
            None => dropped.push(name),
        }
    }
    let rewritten = Rewritten {
        map: map.iter().map(|(k, v)| (*k, *v)).collect(),
        touched: Vec::new(),
        refs: moves
            .into_iter()
            .map(|(name, old, new)| crate::store::git::rewrite::RefMove {
                name,
                old,
                new: new.oid(),
            })
            .collect(),
    };
    let who = new
        .iter()
        .map(|e| {
            format!(
                "{} by {} on {}",
                e.id,
                e.by,
                e.at.get(..10).unwrap_or(&e.at)
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    settle_clone(
        store,
        &branch,
        tip,
        &rewritten,
        &format!("sync: follow erasure {who}"),
    )?;
    for name in &dropped {
        repo.delete_ref(name)?;
    }
    repo.prune()?;
    let mut said = format!(
        "{remote} rewrote its history to erase personal data (crm forget: {who}); this clone follows it: {kept} unpushed commit{} replayed, the old history pruned",
        if kept == 1 { "" } else { "s" }
    );
    if !dropped.is_empty() {
        said.push_str(&format!(
            "; refs that held only old history dropped: {}",
            dropped.join(", ")
        ));
    }
    Ok(Some(said))
}

/// For the `reference-transaction` hook crm installs: why these ref
/// updates (`OLD NEW REF` lines, as git gives them) are to be refused — a
/// remote-tracking branch moving to a history rewritten by an erasure this
/// clone has not followed, or to one from before an erasure it has.
pub fn refuse_fetch(repo: &crate::store::git::Repo, updates: &str) -> Result<Option<String>> {
    let Some(head) = repo.head() else {
        return Ok(None);
    };
    let at = |c: CommitId| -> Vec<Erasure> {
        repo.file_at(c, RECORD)
            .ok()
            .flatten()
            .map(|b| erasures(&b))
            .unwrap_or_default()
    };
    let mine = at(head);
    for line in updates.lines() {
        let mut it = line.split_whitespace();
        let (Some(_), Some(new), Some(name)) = (it.next(), it.next(), it.next()) else {
            continue;
        };
        let Some(short) = name.strip_prefix("refs/remotes/") else {
            continue;
        };
        let Some(new) = CommitId::parse(new) else {
            continue;
        };
        let there = at(new);
        if let Some(e) = there.iter().find(|t| !mine.iter().any(|m| m.id == t.id)) {
            return Ok(Some(format!(
                "{short} was rewritten by `crm forget` (erasure {} by {}, {}) to erase personal data; a plain git fetch or pull would mix the old history with the new one, so it was stopped. Run `crm sync`: it rewrites this clone the same way and keeps your unpushed work.",
                e.id,
                e.by,
                e.at.get(..10).unwrap_or(&e.at)
            )));
        }
        if let Some(e) = mine.iter().find(|m| !there.iter().any(|t| t.id == m.id)) {
            return Ok(Some(format!(
                "{short} holds history from before erasure {} (crm forget by {}, {}); fetching it would bring forgotten data back, so it was stopped. Run `crm sync`, which refuses it and says what to do.",
                e.id,
                e.by,
                e.at.get(..10).unwrap_or(&e.at)
            )));
        }
    }
    Ok(None)
}

fn old_history(remote: &str, branch: &str, e: &Erasure) -> Error {
    Error::other_fix(
        format!(
            "{remote}/{branch} holds history from before erasure {} (crm forget by {}, {}): merging it would bring forgotten data back, so nothing was changed",
            e.id,
            e.by,
            e.at.get(..10).unwrap_or(&e.at)
        ),
        Fix::OldHistoryOnRemote {
            remote: remote.to_string(),
            branch: branch.to_string(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_replaced_whole_and_case_blind() {
        assert_eq!(
            replace_word(
                "Call Jaan Tamm, jaan tamm. Jaan Tammsaare",
                "Jaan Tamm",
                "[x]"
            ),
            "Call [x], [x]. Jaan Tammsaare"
        );
        assert_eq!(
            replace_word("id jaan-tamm and jaan-tamm-2", "jaan-tamm", "[x]"),
            "id [x] and jaan-tamm-2"
        );
        assert_eq!(
            replace_word("mail jaan@x.ee.", "jaan@x.ee", "[x]"),
            "mail [x]."
        );
        assert_eq!(
            replace_word("tel:+372 5555 1234;", "+372 5555 1234", "[x]"),
            "tel:[x];"
        );
        assert_eq!(
            replace_word("Õie Õun ja Õie", "Õie Õun", "[x]"),
            "[x] ja Õie"
        );
    }

    #[test]
    fn a_contact_table_goes_and_the_rest_stays() {
        let text = "name = \"Acme\"\n\n[[contacts]]\nname = \"Jaan Tamm\"\nemail = \"jaan@x.ee\"\n\n[[contacts]]\nname = \"Mari Maasikas\" # boss\n";
        let out = without_contact(text, "jaan tamm").expect("toml");
        assert!(!out.contains("Jaan"));
        assert!(out.contains("Mari Maasikas\" # boss"));
        let only = without_contact("name = \"A\"\n\n[[contacts]]\nname = \"Jaan\"\n", "Jaan")
            .expect("toml");
        assert_eq!(only.trim(), "name = \"A\"");
    }

    #[test]
    fn the_record_round_trips() {
        let e = Erasure {
            id: "E20261203-abcdef".into(),
            at: "2026-12-03T10:00:00+02:00".into(),
            by: "mari".into(),
            what: "customer".into(),
            commits: 7,
        };
        let t = record_text(None, &e);
        let t2 = record_text(
            Some(t.as_bytes()),
            &Erasure {
                id: "E2".into(),
                ..e.clone()
            },
        );
        let got = erasures(t2.as_bytes());
        assert_eq!(got.len(), 2);
        assert_eq!(got[0], e);
        assert_eq!(got[1].id, "E2");
    }
}
