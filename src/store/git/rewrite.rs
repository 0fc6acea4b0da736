//! Rewrite a repository's history through a content filter (`crm
//! forget`): every commit reachable from any ref is written again with its
//! files passed through the filter and its message redacted, keeping its
//! author, committer, dates and shape (parents, merges, empty commits), so
//! that nothing the filter removes stays reachable.
//!
//! Trees are rewritten from their raw bytes with a memo by tree and by
//! blob, so a history of 1,000 commits over 10,000 customers reads each
//! distinct file once and each distinct tree once; new objects are written
//! loose and uncompressed (`tree::write_loose`), and the prune that follows
//! (`git gc --prune=now`) packs them.

use super::tree::{entries, write_loose};
use super::{CommitId, Repo, err};
use crate::error::{Error, Result};
use git2::{ObjectType, Oid};
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// What a rewrite does to content.
pub trait Filter {
    /// Whether the fate of the file at `path` depends on its path (else
    /// only on its bytes, and it is decided once per distinct content).
    fn by_path(&self, path: &str) -> bool;
    /// The file at `path` as it is to be kept: unchanged, replaced, or
    /// `None` to drop it from every tree.
    fn file<'b>(&self, path: &str, bytes: &'b [u8]) -> Result<Option<Cow<'b, [u8]>>>;
    /// A commit's or tag's message as it is to be kept.
    fn message(&self, text: &str) -> String;
}

/// A ref a rewrite moves, from the object it named to its rewritten one.
#[derive(Debug, Clone)]
pub struct RefMove {
    pub name: String,
    pub old: Oid,
    pub new: Oid,
}

/// A commit whose own change (against its first parent) or message the
/// filter altered.
#[derive(Debug, Clone)]
pub struct Touched {
    pub old: CommitId,
    /// The first line of its message, as rewritten.
    pub summary: String,
    /// The author's time, as `git log` shows it.
    pub when: String,
    /// The files its change touched that the filter altered.
    pub paths: Vec<String>,
    /// Whether the message was redacted.
    pub message: bool,
}

/// What a rewrite did (or would do, in a dry run).
#[derive(Debug, Default)]
pub struct Rewritten {
    /// Every commit walked, to its new id (the same id when nothing about
    /// it or its ancestors changed).
    pub map: Vec<(CommitId, CommitId)>,
    /// The commits the filter altered.
    pub touched: Vec<Touched>,
    /// The refs to move (all but `HEAD`'s branch are moved by
    /// [`Repo::move_refs`]; the caller moves that one with the work tree).
    pub refs: Vec<RefMove>,
}

impl Rewritten {
    /// The new id of `old`, if it was walked.
    pub fn new_id(&self, old: CommitId) -> Option<CommitId> {
        self.map.iter().find(|(o, _)| *o == old).map(|(_, n)| *n)
    }
}

/// A file (path, old blob) whose content the filter altered.
type AlteredFile = (String, Oid);

struct Engine<'r> {
    repo: &'r git2::Repository,
    filter: &'r dyn Filter,
    dry_run: bool,
    blobs: HashMap<Oid, Option<Oid>>,
    path_blobs: HashMap<(String, Oid), Option<Oid>>,
    trees: HashMap<(Oid, String), Option<Oid>>,
    /// Per tree walked, the files under it (path, old blob) the filter
    /// altered: a commit's own altered files are its tree's less its
    /// parent's, with no diff.
    altered_in: HashMap<(Oid, String), Rc<Vec<AlteredFile>>>,
    /// A dry run names the objects it would write by a counter instead of
    /// hashing them: only whether an id changed matters.
    fake: Cell<u64>,
}

impl Engine<'_> {
    fn put(&self, kind: ObjectType, data: &[u8]) -> Result<Oid> {
        if self.dry_run {
            let n = self.fake.get() + 1;
            self.fake.set(n);
            let mut bytes = [0xffu8; 20];
            bytes[12..].copy_from_slice(&n.to_be_bytes());
            let _ = (kind, data);
            return Oid::from_bytes(&bytes).map_err(|e| err("naming an object", e));
        }
        match kind {
            ObjectType::Blob => {
                let odb = self
                    .repo
                    .odb()
                    .map_err(|e| err("opening the object database", e))?;
                odb.write(kind, data)
                    .map_err(|e| err("writing an object", e))
            }
            ObjectType::Tree => write_loose(self.repo, "tree", data),
            ObjectType::Commit => write_loose(self.repo, "commit", data),
            _ => write_loose(self.repo, "tag", data),
        }
    }

    fn read(&self, id: Oid) -> Result<(ObjectType, Vec<u8>)> {
        let odb = self
            .repo
            .odb()
            .map_err(|e| err("opening the object database", e))?;
        let obj = odb
            .read(id)
            .map_err(|e| err(format!("reading object {id}"), e))?;
        Ok((obj.kind(), obj.data().to_vec()))
    }

    /// The new blob of a file (`None`: dropped).
    fn blob(&mut self, path: &str, id: Oid) -> Result<Option<Oid>> {
        let by_path = self.filter.by_path(path);
        if by_path {
            if let Some(v) = self.path_blobs.get(&(path.to_string(), id)) {
                return Ok(*v);
            }
        } else if let Some(v) = self.blobs.get(&id) {
            return Ok(*v);
        }
        let (_, bytes) = self.read(id)?;
        let new = match self.filter.file(path, &bytes)? {
            None => None,
            Some(Cow::Borrowed(_)) => Some(id),
            Some(Cow::Owned(b)) if b == bytes => Some(id),
            Some(Cow::Owned(b)) => Some(self.put(ObjectType::Blob, &b)?),
        };
        if by_path {
            self.path_blobs.insert((path.to_string(), id), new);
        } else {
            self.blobs.insert(id, new);
        }
        Ok(new)
    }

    /// The new tree of directory `prefix` (`""`: the root); `None` when it
    /// became empty (only the root is kept empty).
    fn tree(&mut self, id: Oid, prefix: &str) -> Result<Option<Oid>> {
        let key = (id, prefix.to_string());
        if let Some(v) = self.trees.get(&key) {
            return Ok(*v);
        }
        let (_, data) = self.read(id)?;
        let Some(list) = entries(&data) else {
            return Err(Error::other(
                format!("tree {id} does not parse; run `git fsck`"),
                None,
            ));
        };
        let mut out = Vec::with_capacity(data.len());
        let mut changed = false;
        let mut altered: Vec<(String, Oid)> = Vec::new();
        let mut path = String::with_capacity(prefix.len() + 64);
        if !prefix.is_empty() {
            path.push_str(prefix);
            path.push('/');
        }
        let stem = path.len();
        for e in &list {
            path.truncate(stem);
            path.push_str(&String::from_utf8_lossy(e.name));
            let new = if e.mode == b"40000" {
                let new = self.tree(e.oid, &path)?;
                if let Some(under) = self.altered_in.get(&(e.oid, path.clone())) {
                    altered.extend(under.iter().cloned());
                }
                new
            } else if e.is_file() {
                let new = self.blob(&path, e.oid)?;
                if new != Some(e.oid) {
                    altered.push((path.clone(), e.oid));
                }
                new
            } else {
                // Links and submodules are kept as they are.
                Some(e.oid)
            };
            changed |= new != Some(e.oid);
            if let Some(oid) = new {
                out.extend_from_slice(e.mode);
                out.push(b' ');
                out.extend_from_slice(e.name);
                out.push(0);
                out.extend_from_slice(oid.as_bytes());
            }
        }
        let new = if !changed {
            Some(id)
        } else if out.is_empty() && !prefix.is_empty() {
            None
        } else {
            Some(self.put(ObjectType::Tree, &out)?)
        };
        if !altered.is_empty() {
            self.altered_in.insert(key.clone(), Rc::new(altered));
        }
        self.trees.insert(key, new);
        Ok(new)
    }

    /// The files the filter altered under root tree `tree` that are not
    /// the same under `parent` (a root tree already walked, else walked
    /// now): what a commit's own change brought.
    fn own_altered(&mut self, tree: Oid, parent: Option<Oid>) -> Result<Vec<String>> {
        let mine = self.altered_in.get(&(tree, String::new())).cloned();
        let Some(mine) = mine else {
            return Ok(Vec::new());
        };
        let theirs: HashSet<(String, Oid)> = match parent {
            Some(p) => {
                self.tree(p, "")?;
                self.altered_in
                    .get(&(p, String::new()))
                    .map(|v| v.iter().cloned().collect())
                    .unwrap_or_default()
            }
            None => HashSet::new(),
        };
        Ok(mine
            .iter()
            .filter(|x| !theirs.contains(*x))
            .map(|(p, _)| p.clone())
            .collect())
    }
}

/// The raw commit `header` (as git2 gives it) with a new tree and
/// parents; signatures are dropped (they would no longer verify).
fn commit_bytes(header: &[u8], tree: Oid, parents: &[Oid], message: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(header.len() + message.len() + 64);
    out.extend_from_slice(format!("tree {tree}\n").as_bytes());
    for p in parents {
        out.extend_from_slice(format!("parent {p}\n").as_bytes());
    }
    let mut skipping = false;
    for line in header.split_inclusive(|&b| b == b'\n') {
        if line.starts_with(b" ") {
            if !skipping {
                out.extend_from_slice(line);
            }
            continue;
        }
        skipping = ["tree ", "parent ", "gpgsig", "gpgsig-sha256 ", "mergetag "]
            .iter()
            .any(|k| line.starts_with(k.as_bytes()));
        if !skipping {
            out.extend_from_slice(line);
        }
    }
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    out.push(b'\n');
    out.extend_from_slice(message);
    out
}

/// `message` with `note` as its last line (replacing an earlier line
/// that starts like it, up to the colon).
pub fn with_note(message: &str, note: &str) -> String {
    let key = note.split(':').next().unwrap_or(note);
    let mut lines: Vec<&str> = message
        .lines()
        .filter(|l| !l.starts_with(&format!("{key}:")))
        .collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let mut out = lines.join("\n");
    out.push_str("\n\n");
    out.push_str(note);
    out.push('\n');
    out
}

impl Repo {
    /// Every ref the rewrite follows: branches, tags, remote-tracking
    /// branches, crm's own refs (but not `refs/crm/epochs/`, which hold
    /// only commit ids), the stash; with the object each names.
    fn rewrite_refs(&self) -> Result<Vec<(String, Oid)>> {
        let mut out = Vec::new();
        let refs = self.repo.references().map_err(|e| err("listing refs", e))?;
        for r in refs.flatten() {
            let (Ok(name), Some(target)) = (r.name(), r.target()) else {
                continue;
            };
            if name.starts_with(EPOCHS) {
                continue;
            }
            out.push((name.to_string(), target));
        }
        if self.repo.head_detached().unwrap_or(false)
            && let Some(t) = self.repo.head().ok().and_then(|h| h.target())
        {
            out.push(("HEAD".to_string(), t));
        }
        Ok(out)
    }

    /// Rewrite every commit reachable from any ref through `filter`; root
    /// commits get `root_note` as their last message line (so the new
    /// history shares no commit with the old one, and `git pull` refuses
    /// to mix them). A dry run computes the same ids and writes nothing.
    /// Refs are not moved: see [`Repo::move_refs`].
    pub fn rewrite(
        &self,
        filter: &dyn Filter,
        root_note: &str,
        dry_run: bool,
    ) -> Result<Rewritten> {
        let mut engine = Engine {
            repo: &self.repo,
            filter,
            dry_run,
            blobs: HashMap::new(),
            path_blobs: HashMap::new(),
            trees: HashMap::new(),
            altered_in: HashMap::new(),
            fake: Cell::new(0),
        };
        let refs = self.rewrite_refs()?;
        let mut walk = self.repo.revwalk().map_err(|e| err("walking history", e))?;
        walk.set_sorting(git2::Sort::TOPOLOGICAL | git2::Sort::REVERSE)
            .map_err(|e| err("walking history", e))?;
        for (_, target) in &refs {
            if let Ok(obj) = self.repo.find_object(*target, None)
                && let Ok(c) = obj.peel_to_commit()
            {
                walk.push(c.id()).map_err(|e| err("walking history", e))?;
            }
        }
        let mut map: HashMap<Oid, Oid> = HashMap::new();
        let mut out = Rewritten::default();
        for oid in walk {
            let oid = oid.map_err(|e| err("walking history", e))?;
            let c = self
                .repo
                .find_commit(oid)
                .map_err(|e| err(format!("reading commit {oid}"), e))?;
            let parents: Vec<Oid> = c.parent_ids().map(|p| *map.get(&p).unwrap_or(&p)).collect();
            let tree = engine
                .tree(c.tree_id(), "")?
                .ok_or_else(|| Error::other("the root tree vanished", None))?;
            let raw_message = c.message_raw_bytes();
            let message: Cow<[u8]> = match std::str::from_utf8(raw_message) {
                Ok(text) => {
                    let mut m = filter.message(text);
                    if c.parent_count() == 0 {
                        m = with_note(&m, root_note);
                    }
                    Cow::Owned(m.into_bytes())
                }
                Err(_) => Cow::Borrowed(raw_message),
            };
            let redacted = std::str::from_utf8(raw_message)
                .is_ok_and(|t| filter.message(t).as_bytes() != raw_message);
            let same = tree == c.tree_id()
                && parents.iter().copied().eq(c.parent_ids())
                && *message == *raw_message;
            let new = if same {
                oid
            } else {
                let bytes = commit_bytes(c.raw_header_bytes(), tree, &parents, &message);
                engine.put(ObjectType::Commit, &bytes)?
            };
            map.insert(oid, new);
            out.map.push((CommitId(oid), CommitId(new)));
            if tree != c.tree_id() || redacted {
                let parent_tree = c.parent(0).ok().map(|p| p.tree_id());
                let paths = engine.own_altered(c.tree_id(), parent_tree)?;
                if !paths.is_empty() || redacted {
                    let author = c.author();
                    let when = chrono::DateTime::from_timestamp(author.when().seconds(), 0)
                        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
                        .unwrap_or_default();
                    out.touched.push(Touched {
                        old: CommitId(oid),
                        summary: String::from_utf8_lossy(&message)
                            .lines()
                            .next()
                            .unwrap_or("")
                            .to_string(),
                        when,
                        paths,
                        message: redacted,
                    });
                }
            }
        }
        for (name, target) in refs {
            let new = match self.repo.find_object(target, None) {
                Ok(obj) if obj.kind() == Some(ObjectType::Tag) => {
                    let tag = obj
                        .as_tag()
                        .ok_or_else(|| Error::other("a tag that is not", None))?;
                    let Some(&to) = map.get(&tag.target_id()) else {
                        continue;
                    };
                    let (_, raw) = engine.read(target)?;
                    retag(&engine, &raw, tag.target_id(), to, filter)?
                }
                _ => match map.get(&target) {
                    Some(&to) => to,
                    None => continue,
                },
            };
            if new != target {
                out.refs.push(RefMove {
                    name,
                    old: target,
                    new,
                });
            }
        }
        Ok(out)
    }

    /// Move `refs` as a rewrite said, each only if it still names what it
    /// named then.
    pub fn move_refs(&self, refs: &[RefMove], log: &str) -> Result<()> {
        for r in refs {
            if r.name == "HEAD" {
                self.repo
                    .set_head_detached(r.new)
                    .map_err(|e| err("moving HEAD", e))?;
                continue;
            }
            // A ref moved meanwhile (the push moved the remote-tracking
            // branch to what it pushed) is left as it is.
            let now = self
                .repo
                .find_reference(&r.name)
                .ok()
                .and_then(|x| x.target());
            if now != Some(r.old) {
                continue;
            }
            self.repo
                .reference_matching(&r.name, r.new, true, r.old, log)
                .map_err(|e| err(format!("moving {}", r.name), e))?;
        }
        Ok(())
    }

    /// Delete a ref (a branch or tag the rewrite could not carry over).
    pub fn delete_ref(&self, name: &str) -> Result<()> {
        if let Ok(mut r) = self.repo.find_reference(name) {
            r.delete().map_err(|e| err(format!("deleting {name}"), e))?;
        }
        Ok(())
    }
}

/// An annotated tag object pointing at `to` instead of `from`, with its
/// message redacted.
fn retag(engine: &Engine, raw: &[u8], from: Oid, to: Oid, filter: &dyn Filter) -> Result<Oid> {
    let split = raw
        .windows(2)
        .position(|w| w == b"\n\n")
        .map_or(raw.len(), |p| p + 1);
    let (header, body) = raw.split_at(split);
    let header =
        String::from_utf8_lossy(header).replace(&format!("object {from}"), &format!("object {to}"));
    let body = String::from_utf8_lossy(body);
    let message = body.strip_prefix('\n').unwrap_or(&body);
    // A signature (after the message) would no longer verify.
    let message = message
        .split("-----BEGIN PGP SIGNATURE-----")
        .next()
        .unwrap_or("");
    let bytes = format!("{header}\n{}", filter.message(message));
    engine.put(ObjectType::Tag, bytes.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_bytes_keep_the_header_but_tree_parents_and_signatures() {
        let header = b"tree 1111111111111111111111111111111111111111\nparent 2222222222222222222222222222222222222222\nauthor A <a@x> 1 +0200\ncommitter B <b@x> 2 +0200\ngpgsig -----BEGIN-----\n sig line\n -----END-----\nencoding UTF-8\n";
        let t = Oid::from_str("3333333333333333333333333333333333333333").expect("oid");
        let p = Oid::from_str("4444444444444444444444444444444444444444").expect("oid");
        let out = commit_bytes(header, t, &[p], b"msg\n");
        let text = String::from_utf8(out).expect("utf-8");
        assert_eq!(
            text,
            format!(
                "tree {t}\nparent {p}\nauthor A <a@x> 1 +0200\ncommitter B <b@x> 2 +0200\nencoding UTF-8\n\nmsg\n"
            )
        );
    }

    #[test]
    fn notes_replace_their_earlier_selves() {
        assert_eq!(
            with_note("init\n", "Crm-Epoch: a"),
            "init\n\nCrm-Epoch: a\n"
        );
        assert_eq!(
            with_note("init\n\nCrm-Epoch: a\n", "Crm-Epoch: b"),
            "init\n\nCrm-Epoch: b\n"
        );
    }
}

/// The refs under which a rewrite's map of old to new commit ids is
/// published: `refs/crm/epochs/<erasure id>`, a root commit whose tree holds
/// one file, `map` ("OLD NEW" a line). Commit ids only: no content.
pub const EPOCHS: &str = "refs/crm/epochs/";

impl Repo {
    /// Every distinct content `path` had in the history reachable from any
    /// ref (and the work tree's, which the caller adds).
    pub fn versions_of(&self, path: &str) -> Result<Vec<Vec<u8>>> {
        let mut walk = self.repo.revwalk().map_err(|e| err("walking history", e))?;
        for (_, target) in self.rewrite_refs()? {
            if let Ok(obj) = self.repo.find_object(target, None)
                && let Ok(c) = obj.peel_to_commit()
            {
                walk.push(c.id()).map_err(|e| err("walking history", e))?;
            }
        }
        let mut seen = std::collections::HashSet::new();
        let mut trees = std::collections::HashSet::new();
        let mut out = Vec::new();
        let p = Path::new(path);
        for oid in walk {
            let oid = oid.map_err(|e| err("walking history", e))?;
            let Ok(c) = self.repo.find_commit(oid) else {
                continue;
            };
            if !trees.insert(c.tree_id()) {
                continue;
            }
            let Ok(tree) = c.tree() else { continue };
            if let Ok(entry) = tree.get_path(p)
                && seen.insert(entry.id())
                && let Ok(blob) = self.repo.find_blob(entry.id())
            {
                out.push(blob.content().to_vec());
            }
        }
        Ok(out)
    }

    /// A commit of `parent`'s tree with `changes`, `parent` as its parent;
    /// no ref moves.
    pub fn commit_on(
        &self,
        parent: CommitId,
        changes: &[super::FileChange],
        message: &str,
        author: &super::Author,
    ) -> Result<CommitId> {
        let sig = super::signature(author)?;
        let parent = self
            .repo
            .find_commit(parent.0)
            .map_err(|e| err("reading a commit", e))?;
        super::commit::build(&self.repo, Some(&parent), changes, message, &sig)
            .map(|(oid, _)| CommitId(oid))
    }

    /// Publish a rewrite's map under [`EPOCHS`]`<id>`.
    pub fn write_epoch_map(
        &self,
        id: &str,
        map: &[(CommitId, CommitId)],
        author: &super::Author,
    ) -> Result<()> {
        let text: String = map.iter().map(|(o, n)| format!("{o} {n}\n")).collect();
        let blob = self
            .repo
            .blob(text.as_bytes())
            .map_err(|e| err("writing the erasure map", e))?;
        let mut tb = self
            .repo
            .treebuilder(None)
            .map_err(|e| err("building a tree", e))?;
        tb.insert("map", blob, git2::FileMode::Blob.into())
            .map_err(|e| err("building a tree", e))?;
        let tree_id = tb.write().map_err(|e| err("writing a tree", e))?;
        let tree = self
            .repo
            .find_tree(tree_id)
            .map_err(|e| err("reading a tree", e))?;
        let sig = super::signature(author)?;
        let commit = self
            .repo
            .commit(
                None,
                &sig,
                &sig,
                &format!("crm erasure {id}: map of rewritten commits"),
                &tree,
                &[],
            )
            .map_err(|e| err("writing the erasure map", e))?;
        self.repo
            .reference(&format!("{EPOCHS}{id}"), commit, true, "crm forget")
            .map_err(|e| err("writing the erasure map", e))?;
        Ok(())
    }

    /// The erasures whose maps this clone has.
    pub fn epoch_ids(&self) -> Vec<String> {
        let Ok(refs) = self.repo.references_glob(&format!("{EPOCHS}*")) else {
            return Vec::new();
        };
        refs.flatten()
            .filter_map(|r| {
                r.name()
                    .ok()
                    .and_then(|n| n.strip_prefix(EPOCHS))
                    .map(str::to_string)
            })
            .collect()
    }

    /// The map published for erasure `id`, if this clone has it.
    pub fn epoch_map(&self, id: &str) -> Option<HashMap<CommitId, CommitId>> {
        let r = self.repo.find_reference(&format!("{EPOCHS}{id}")).ok()?;
        let tree = r.peel_to_commit().ok()?.tree().ok()?;
        let blob = self.repo.find_blob(tree.get_name("map")?.id()).ok()?;
        let text = std::str::from_utf8(blob.content()).ok()?;
        Some(
            text.lines()
                .filter_map(|l| {
                    let (o, n) = l.split_once(' ')?;
                    Some((CommitId::parse(o)?, CommitId::parse(n)?))
                })
                .collect(),
        )
    }

    /// Commits reachable from `from` that are not keys of `known`, oldest
    /// first (parents before children).
    pub fn commits_outside(
        &self,
        from: CommitId,
        known: &HashMap<CommitId, CommitId>,
    ) -> Result<Vec<CommitId>> {
        let mut walk = self.repo.revwalk().map_err(|e| err("walking history", e))?;
        walk.set_sorting(git2::Sort::TOPOLOGICAL | git2::Sort::REVERSE)
            .map_err(|e| err("walking history", e))?;
        walk.push(from.0).map_err(|e| err("walking history", e))?;
        for k in known.keys() {
            if self.repo.find_commit(k.0).is_ok() {
                let _ = walk.hide(k.0);
            }
        }
        let mut out = Vec::new();
        for oid in walk {
            let oid = oid.map_err(|e| err("walking history", e))?;
            if !known.contains_key(&CommitId(oid)) {
                out.push(CommitId(oid));
            }
        }
        Ok(out)
    }

    /// Replay `commits` (oldest first) on top of `base`: each one's change
    /// against its first parent, through `filter`, committed with its own
    /// author, committer and (filtered) message. A commit whose change the
    /// filter empties is left out. Returns the new tip and old → new ids.
    pub fn replay(
        &self,
        base: CommitId,
        commits: &[CommitId],
        filter: &dyn Filter,
    ) -> Result<(CommitId, Vec<(CommitId, CommitId)>)> {
        let mut tip = base;
        let mut map = Vec::new();
        for id in commits {
            let c = self
                .repo
                .find_commit(id.0)
                .map_err(|e| err(format!("reading commit {id}"), e))?;
            let tree = c.tree().map_err(|e| err("reading a tree", e))?;
            let parent_tree = c.parent(0).ok().and_then(|p| p.tree().ok());
            let diff = self
                .repo
                .diff_tree_to_tree(parent_tree.as_ref(), Some(&tree), None)
                .map_err(|e| err("comparing trees", e))?;
            let mut changes = Vec::new();
            for d in diff.deltas() {
                let f = d.new_file();
                let path = match f.path().or(d.old_file().path()).and_then(|p| p.to_str()) {
                    Some(p) => p.to_string(),
                    None => continue,
                };
                let content = if f.id().is_zero() {
                    None
                } else {
                    let blob = self
                        .repo
                        .find_blob(f.id())
                        .map_err(|e| err("reading a file", e))?;
                    filter.file(&path, blob.content())?.map(|b| b.into_owned())
                };
                changes.push(super::FileChange { path, content });
            }
            let tip_commit = self
                .repo
                .find_commit(tip.0)
                .map_err(|e| err("reading a commit", e))?;
            let tip_tree = tip_commit.tree().map_err(|e| err("reading a tree", e))?;
            // Only what differs from the tip makes the commit.
            changes.retain(|ch| {
                let now = tip_tree
                    .get_path(Path::new(&ch.path))
                    .ok()
                    .and_then(|e| self.repo.find_blob(e.id()).ok())
                    .map(|b| b.content().to_vec());
                now != ch.content
            });
            if changes.is_empty() {
                map.push((*id, tip));
                continue;
            }
            // The tree, by way of a scratch commit (unreachable, pruned).
            let scratch = git2::Signature::now("crm", "crm@localhost")
                .map_err(|e| err("signing a commit", e))?;
            let (made, _) =
                super::commit::build(&self.repo, Some(&tip_commit), &changes, "replay", &scratch)?;
            // Put back the commit's own author, committer and message.
            let made_c = self
                .repo
                .find_commit(made)
                .map_err(|e| err("reading a commit", e))?;
            let message = match std::str::from_utf8(c.message_raw_bytes()) {
                Ok(t) => filter.message(t).into_bytes(),
                Err(_) => c.message_raw_bytes().to_vec(),
            };
            let bytes = commit_bytes(c.raw_header_bytes(), made_c.tree_id(), &[tip.0], &message);
            let new = write_loose(&self.repo, "commit", &bytes)?;
            map.push((*id, CommitId(new)));
            tip = CommitId(new);
        }
        Ok((tip, map))
    }

    /// Drop every unreachable object and every reflog entry: what a rewrite
    /// left behind is gone from `.git` afterwards (`git reflog expire`,
    /// `git gc --prune=now`).
    pub fn prune(&self) -> Result<()> {
        prune_git_dir(self.git_dir())
    }
}

/// [`Repo::prune`] of the repository whose git directory is `dir` (a bare
/// repository, or a work tree's `.git`): this clone's, or a remote on this
/// machine.
pub fn prune_git_dir(dir: &Path) -> Result<()> {
    for f in ["ORIG_HEAD", "FETCH_HEAD"] {
        let _ = std::fs::remove_file(dir.join(f));
    }
    super::remote::git(
        dir,
        &[
            "reflog",
            "expire",
            "--expire=now",
            "--expire-unreachable=now",
            "--all",
        ],
        "expiring the reflogs",
    )?;
    super::remote::git(
        dir,
        &["gc", "--prune=now", "--quiet"],
        "pruning the old history",
    )?;
    Ok(())
}

use std::path::Path;

impl CommitId {
    /// The git object id.
    pub(crate) fn oid(&self) -> Oid {
        self.0
    }
}

/// A ref and what it names: the object itself and the commit it peels to.
#[derive(Debug, Clone)]
pub struct RefTarget {
    pub name: String,
    pub target: Oid,
    pub commit: CommitId,
}

impl Repo {
    /// Every direct ref that names a commit (or a tag of one).
    pub fn ref_targets(&self) -> Result<Vec<RefTarget>> {
        let mut out = Vec::new();
        for (name, target) in self.rewrite_refs()? {
            if let Ok(obj) = self.repo.find_object(target, None)
                && let Ok(c) = obj.peel_to_commit()
            {
                out.push(RefTarget {
                    name,
                    target,
                    commit: CommitId(c.id()),
                });
            }
        }
        Ok(out)
    }

    /// Whether the history of `theirs` that `ours` lacks has a root commit
    /// of its own (an unrelated history merged in).
    pub fn foreign_root(&self, theirs: CommitId, ours: CommitId) -> Result<bool> {
        let mut walk = self.repo.revwalk().map_err(|e| err("walking history", e))?;
        walk.push(theirs.0).map_err(|e| err("walking history", e))?;
        walk.hide(ours.0).map_err(|e| err("walking history", e))?;
        for oid in walk {
            let oid = oid.map_err(|e| err("walking history", e))?;
            if self
                .repo
                .find_commit(oid)
                .is_ok_and(|c| c.parent_count() == 0)
            {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
