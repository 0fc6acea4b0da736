//! Three-way merges of whole trees (a sync's merge, an undo's revert)
//! whose conflicted files the caller settles, and the commits and
//! checkouts that follow.
//!
//! libgit2 never runs merge drivers, so every file both sides changed in
//! ways git cannot combine comes back to the caller as a [`Conflict`]
//! (ancestor, ours, theirs); the caller returns the merged bytes or
//! refuses. The merged index lives in memory: nothing outside the object
//! store changes; the store then moves HEAD to a commit of the tree and
//! writes the files that differ (`Store::apply`).

use super::{Author, CommitId, Repo, err, signature, tree};
use crate::error::{Error, Result};
use git2::IndexEntry;
use std::path::Path;

/// A file git could not merge by itself.
#[derive(Debug, Clone)]
pub struct Conflict {
    /// Path relative to the root, with `/` separators.
    pub path: String,
    /// The common ancestor's content (`None`: added on both sides).
    pub base: Option<Vec<u8>>,
    /// Our side (`None`: removed here).
    pub ours: Option<Vec<u8>>,
    /// Their side (`None`: removed there).
    pub theirs: Option<Vec<u8>>,
}

/// A tree written to the object store, not yet committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TreeId(git2::Oid);

/// Settles one conflict: the merged content, or `None` to leave it (the
/// merge then fails), or an error that stops the merge.
pub type Settle<'a> = dyn FnMut(&Conflict) -> Result<Option<Vec<u8>>> + 'a;

impl Repo {
    /// Merge commit `theirs` into `ours` in memory; `settle` merges each
    /// file both sides changed in `customers/` (and each other file git
    /// cannot merge). Returns the merged tree. Where the two sides differ
    /// only in plain files at the top and in the flat `customers/`, the
    /// trees are merged here in one pass over their raw bytes, at a cost
    /// that follows the change (libgit2 builds an index of every file);
    /// anything else goes to libgit2.
    pub fn merge_trees(
        &self,
        ours: CommitId,
        theirs: CommitId,
        settle: &mut Settle,
    ) -> Result<TreeId> {
        if let Some(t) = self.merge_flat(ours, theirs, settle)? {
            return Ok(t);
        }
        let o = self
            .repo
            .find_commit(ours.0)
            .map_err(|e| err("reading HEAD", e))?;
        let t = self
            .repo
            .find_commit(theirs.0)
            .map_err(|e| err("reading the remote commit", e))?;
        let mut index = self
            .repo
            .merge_commits(&o, &t, None)
            .map_err(|e| err("merging", e))?;
        self.settle(&mut index, settle)
    }

    /// [`Repo::merge_trees`] of the common case: `None` when it is not.
    fn merge_flat(
        &self,
        ours: CommitId,
        theirs: CommitId,
        settle: &mut Settle,
    ) -> Result<Option<TreeId>> {
        let Some(base) = self.merge_base(ours, theirs) else {
            return Ok(None);
        };
        let root = |id: CommitId| -> Result<git2::Oid> {
            self.repo
                .find_commit(id.0)
                .map(|c| c.tree_id())
                .map_err(|e| err("reading a commit", e))
        };
        let (b, o, t) = (root(base)?, root(ours)?, root(theirs)?);
        let read = |id| -> Result<Option<Vec<u8>>> { tree::read(&self.repo, id) };
        let (Some(bd), Some(od), Some(td)) = (read(b)?, read(o)?, read(t)?) else {
            return Ok(None);
        };
        let (Some(be), Some(oe), Some(te)) =
            (tree::entries(&bd), tree::entries(&od), tree::entries(&td))
        else {
            return Ok(None);
        };
        let ours_tree = self
            .repo
            .find_tree(o)
            .map_err(|e| err("reading a tree", e))?;
        let mut builder = self
            .repo
            .treebuilder(Some(&ours_tree))
            .map_err(|e| err("building a tree", e))?;
        let mut names: Vec<&[u8]> = be.iter().chain(&oe).chain(&te).map(|e| e.name).collect();
        names.sort_unstable();
        names.dedup();
        for name in names {
            let (x, y, z) = (find(&be, name), find(&oe, name), find(&te, name));
            let (kb, ko, kt) = (key(x), key(y), key(z));
            let name_s = String::from_utf8_lossy(name).into_owned();
            if ko == kt || kt == kb {
                continue;
            }
            if ko == kb {
                match z {
                    Some(e) => {
                        builder
                            .insert(&name_s, e.oid, mode(e.mode))
                            .map_err(|er| err("building a tree", er))?;
                    }
                    None => builder
                        .remove(&name_s)
                        .map_err(|er| err("building a tree", er))?,
                }
                continue;
            }
            // Both sides changed it: the flat customers/, and crm.toml (whose
            // catalogue merges by product id, not by line), are ours to merge.
            if name == b"crm.toml" && [x, y, z].iter().flatten().all(|e| e.is_file()) {
                let blob = |e: Option<tree::RawEntry>| -> Result<Option<Vec<u8>>> {
                    e.map(|e| {
                        self.repo
                            .find_blob(e.oid)
                            .map(|b| b.content().to_vec())
                            .map_err(|er| err("reading a file", er))
                    })
                    .transpose()
                };
                let conflict = Conflict {
                    path: name_s.clone(),
                    base: blob(x)?,
                    ours: blob(y)?,
                    theirs: blob(z)?,
                };
                let Some(bytes) = settle(&conflict)? else {
                    return Ok(None);
                };
                let oid = self
                    .repo
                    .blob(&bytes)
                    .map_err(|e| err("writing a blob", e))?;
                let m = y.or(z).map_or(0o100644, |e| mode(e.mode));
                builder
                    .insert(&name_s, oid, m)
                    .map_err(|e| err("building a tree", e))?;
                continue;
            }
            let trees = [x, y, z].iter().flatten().all(|e| e.mode == b"40000");
            if name != b"customers" || !trees {
                return Ok(None);
            }
            let Some(merged) = self.merge_flat_dir(&name_s, x, y, z, settle)? else {
                return Ok(None);
            };
            builder
                .insert(&name_s, merged, 0o040000)
                .map_err(|e| err("building a tree", e))?;
        }
        builder
            .write()
            .map(|id| Some(TreeId(id)))
            .map_err(|e| err("writing the merged tree", e))
    }

    /// Merge one flat directory of plain files (`customers/`) from its
    /// three versions: a file changed on one side takes that side; one
    /// changed on both goes to `settle`. `None` when the directory holds
    /// anything but plain files.
    fn merge_flat_dir(
        &self,
        dir: &str,
        base: Option<tree::RawEntry>,
        ours: Option<tree::RawEntry>,
        theirs: Option<tree::RawEntry>,
        settle: &mut Settle,
    ) -> Result<Option<git2::Oid>> {
        let (Some(ours), Some(theirs)) = (ours, theirs) else {
            return Ok(None);
        };
        let data = |e: Option<tree::RawEntry>| -> Result<Option<Vec<u8>>> {
            match e {
                Some(e) => tree::read(&self.repo, e.oid),
                None => Ok(Some(Vec::new())),
            }
        };
        let (Some(bd), Some(od), Some(td)) = (data(base)?, data(Some(ours))?, data(Some(theirs))?)
        else {
            return Ok(None);
        };
        let (Some(be), Some(oe), Some(te)) =
            (tree::entries(&bd), tree::entries(&od), tree::entries(&td))
        else {
            return Ok(None);
        };
        if be.iter().chain(&oe).chain(&te).any(|e| !e.is_file()) {
            return Ok(None);
        }
        let blob = |e: Option<tree::RawEntry>| -> Result<Option<Vec<u8>>> {
            e.map(|e| {
                self.repo
                    .find_blob(e.oid)
                    .map(|b| b.content().to_vec())
                    .map_err(|er| err("reading a file", er))
            })
            .transpose()
        };
        // A three-way walk over the sorted entries.
        let (mut i, mut j, mut k) = (0, 0, 0);
        let mut changes: Vec<(String, Option<git2::Oid>)> = Vec::new();
        loop {
            let next = [be.get(i), oe.get(j), te.get(k)]
                .into_iter()
                .flatten()
                .map(|e| e.name)
                .min();
            let Some(name) = next else {
                break;
            };
            let (x, y, z) = (
                take(&be, &mut i, name),
                take(&oe, &mut j, name),
                take(&te, &mut k, name),
            );
            let id = |e: Option<tree::RawEntry>| e.map(|e| e.oid);
            let (b, o, t) = (id(x), id(y), id(z));
            if o == t || t == b {
                continue;
            }
            let name_s = String::from_utf8_lossy(name).into_owned();
            if o == b {
                changes.push((name_s, t));
                continue;
            }
            let conflict = Conflict {
                path: format!("{dir}/{name_s}"),
                base: blob(x)?,
                ours: blob(y)?,
                theirs: blob(z)?,
            };
            let Some(bytes) = settle(&conflict)? else {
                return Err(Error::other(
                    "the merge left conflicts crm cannot resolve; nothing was changed",
                    None,
                ));
            };
            let oid = self
                .repo
                .blob(&bytes)
                .map_err(|e| err("writing a blob", e))?;
            changes.push((name_s, Some(oid)));
        }
        let changes: Vec<(&str, Option<git2::Oid>)> =
            changes.iter().map(|(n, o)| (n.as_str(), *o)).collect();
        tree::splice(&self.repo, ours.oid, changes)
    }

    /// Revert commit `id` on top of `onto` in memory; `settle` merges each
    /// file that changed since. Returns the resulting tree.
    pub fn revert_tree(&self, id: CommitId, onto: CommitId, settle: &mut Settle) -> Result<TreeId> {
        let c = self
            .repo
            .find_commit(id.0)
            .map_err(|e| err("reading the change", e))?;
        let head = self
            .repo
            .find_commit(onto.0)
            .map_err(|e| err("reading HEAD", e))?;
        let mut index = self
            .repo
            .revert_commit(&c, &head, 0, None)
            .map_err(|e| err("reverting", e))?;
        self.settle(&mut index, settle)
    }

    fn settle(&self, index: &mut git2::Index, settle: &mut Settle) -> Result<TreeId> {
        let conflicts: Vec<git2::IndexConflict> = index
            .conflicts()
            .map_err(|e| err("reading merge conflicts", e))?
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| err("reading merge conflicts", e))?;
        let mut resolved: Vec<(IndexEntry, Vec<u8>)> = Vec::new();
        for c in conflicts {
            let Some(any) = c.our.as_ref().or(c.their.as_ref()).or(c.ancestor.as_ref()) else {
                continue;
            };
            let path = String::from_utf8_lossy(&any.path).into_owned();
            let blob = |e: &Option<IndexEntry>| -> Result<Option<Vec<u8>>> {
                match e {
                    Some(e) => Ok(Some(
                        self.repo
                            .find_blob(e.id)
                            .map_err(|er| err(format!("reading {path}"), er))?
                            .content()
                            .to_vec(),
                    )),
                    None => Ok(None),
                }
            };
            let conflict = Conflict {
                base: blob(&c.ancestor)?,
                ours: blob(&c.our)?,
                theirs: blob(&c.their)?,
                path: path.clone(),
            };
            let Some(bytes) = settle(&conflict)? else {
                continue;
            };
            let Some(mut entry) = c.our.or(c.their) else {
                continue;
            };
            entry.flags &= !0x3000; // stage 0, or the entry re-enters as "ours"
            resolved.push((entry, bytes));
        }
        for (mut entry, bytes) in resolved {
            let path = String::from_utf8_lossy(&entry.path).into_owned();
            entry.id = self
                .repo
                .blob(&bytes)
                .map_err(|e| err("writing a blob", e))?;
            entry.file_size = bytes.len() as u32;
            index
                .conflict_remove(Path::new(&path))
                .map_err(|e| err(format!("resolving {path}"), e))?;
            index
                .add(&entry)
                .map_err(|e| err(format!("resolving {path}"), e))?;
        }
        if index.has_conflicts() {
            return Err(Error::other(
                "the merge left conflicts crm cannot resolve; nothing was changed",
                None,
            ));
        }
        // The index from merge_commits lives in memory: write_tree_to, not write_tree.
        index
            .write_tree_to(&self.repo)
            .map(TreeId)
            .map_err(|e| err("writing the merged tree", e))
    }

    /// A commit of `tree` with these parents; no ref moves.
    pub fn commit_tree(
        &self,
        tree: TreeId,
        parents: &[CommitId],
        message: &str,
        author: &Author,
    ) -> Result<CommitId> {
        let sig = signature(author)?;
        let tree = self
            .repo
            .find_tree(tree.0)
            .map_err(|e| err("reading the merged tree", e))?;
        let parents: Vec<git2::Commit> = parents
            .iter()
            .map(|p| {
                self.repo
                    .find_commit(p.0)
                    .map_err(|e| err("reading a parent commit", e))
            })
            .collect::<Result<_>>()?;
        let refs: Vec<&git2::Commit> = parents.iter().collect();
        self.repo
            .commit(None, &sig, &sig, message, &tree, &refs)
            .map(CommitId)
            .map_err(|e| err("committing", e))
    }
}

/// A tree entry's mode as libgit2 takes it.
fn mode(m: &[u8]) -> i32 {
    std::str::from_utf8(m)
        .ok()
        .and_then(|s| i32::from_str_radix(s, 8).ok())
        .unwrap_or(0o100644)
}

fn find<'a>(l: &[tree::RawEntry<'a>], name: &[u8]) -> Option<tree::RawEntry<'a>> {
    l.iter().find(|e| e.name == name).copied()
}

fn key<'a>(e: Option<tree::RawEntry<'a>>) -> Option<(&'a [u8], git2::Oid)> {
    e.map(|e| (e.mode, e.oid))
}

/// The entry named `name` at `at` in a sorted list, moving past it.
fn take<'a>(l: &[tree::RawEntry<'a>], at: &mut usize, name: &[u8]) -> Option<tree::RawEntry<'a>> {
    let e = l.get(*at).filter(|e| e.name == name).copied();
    if e.is_some() {
        *at += 1;
    }
    e
}
