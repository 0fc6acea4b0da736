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

use super::{Author, CommitId, Repo, err, signature};
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
    /// conflicted file. Returns the merged tree.
    pub fn merge_trees(
        &self,
        ours: CommitId,
        theirs: CommitId,
        settle: &mut Settle,
    ) -> Result<TreeId> {
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
