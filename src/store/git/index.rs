//! Update a few entries of git's index file in place.
//!
//! After each commit the index must agree with the new tree, or `git
//! status` would show the change as staged backwards. libgit2 does that by
//! loading every entry into a map, sorting them and writing them all back:
//! about 200 ms at 100,000 customers, more than the rest of a commit. The
//! index is a sorted array of fixed-layout records, so here the changed
//! records are replaced, inserted or dropped in one pass over the bytes,
//! the cached trees of their directories invalidated (as git does), and
//! the checksum recomputed.
//!
//! Only the plain case is handled: index version 2 or 3, no split index,
//! no sparse index, no fsmonitor or offset-table extensions, no conflict
//! stages or skip-worktree flags on the changed paths, and no content
//! filters (autocrlf, `filter`/`text`/`eol` attributes) that would make
//! the staged blob differ from the bytes on disk. Anything else returns
//! `Ok(false)` and the caller falls back to libgit2. The file is replaced
//! through `index.lock`, git's own locking protocol.

use crate::error::{Error, Result};
use sha1::Digest;
use std::io::Write;
use std::path::Path;

/// A change to stage: path relative to the work tree, and the content
/// written there (`None`: removed).
pub(crate) struct Staged<'a> {
    pub path: &'a str,
    pub content: Option<&'a [u8]>,
    /// Whether the file in the work tree holds `content`. When it does not
    /// (a rollback that puts back a hand edit git never stored), the entry
    /// gets no stat data, so git compares the file's content and shows it
    /// as changed.
    pub worktree: bool,
}

/// Update the index at `index_path` for `changes` made in `workdir`.
/// `Ok(false)` means "not a case handled here": nothing was written.
pub(crate) fn update(
    index_path: &Path,
    workdir: &Path,
    changes: &[Staged],
    filtered: &dyn Fn(&str) -> bool,
    wait: std::time::Duration,
) -> Result<bool> {
    let Ok(old) = std::fs::read(index_path) else {
        return Ok(false);
    };
    let Some(written) = index_seconds(index_path) else {
        return Ok(false);
    };
    if old.len() < 12 + 20 || &old[..4] != b"DIRC" {
        return Ok(false);
    }
    let version = be32(&old[4..8]);
    if version != 2 && version != 3 {
        return Ok(false);
    }
    let (body, trailer) = old.split_at(old.len() - 20);
    let skip_hash = trailer.iter().all(|&b| b == 0);
    if !skip_hash && sha1::Sha1::digest(body).as_slice() != trailer {
        return Ok(false);
    }
    let count = be32(&old[8..12]) as usize;
    let mut changes: Vec<&Staged> = changes.iter().collect();
    changes.sort_by(|a, b| a.path.cmp(b.path));
    changes.dedup_by(|later, earlier| {
        if later.path == earlier.path {
            std::mem::swap(later, earlier);
            true
        } else {
            false
        }
    });
    if changes
        .iter()
        .any(|c| c.content.is_some() && filtered(c.path))
    {
        return Ok(false);
    }
    let mut new_records = Vec::with_capacity(changes.len());
    for c in &changes {
        new_records.push(match c.content {
            Some(bytes) => match record(workdir, c.path, bytes, c.worktree)? {
                Some(r) => Some(r),
                None => return Ok(false),
            },
            None => None,
        });
    }
    let mut out = Vec::with_capacity(old.len() + 128 * changes.len());
    out.extend_from_slice(&old[..12]);
    let mut new_count = count;
    let mut next = changes.iter().zip(&new_records).peekable();
    let mut p = 12;
    for _ in 0..count {
        let Some((len, path, flags)) = parse_entry(&old, p, version) else {
            return Ok(false);
        };
        let stage = (flags >> 12) & 3;
        while let Some((_, rec)) = next.next_if(|(c, _)| c.path.as_bytes() < path) {
            if let Some(r) = rec {
                out.extend_from_slice(r);
                new_count += 1;
            }
        }
        if let Some(&(c, _)) = next.peek()
            && c.path.as_bytes() == path
        {
            let extended = version >= 3 && flags & 0x4000 != 0;
            if stage != 0 || extended {
                return Ok(false);
            }
            let (_, rec) = next.next().expect("peeked");
            match rec {
                Some(r) => out.extend_from_slice(r),
                None => new_count -= 1,
            }
        } else {
            let at = out.len();
            out.extend_from_slice(&old[p..p + len]);
            smudge_if_racy(&mut out[at..], written);
        }
        p += len;
    }
    for (_, rec) in next {
        if let Some(r) = rec {
            out.extend_from_slice(r);
            new_count += 1;
        }
    }
    // Extensions: the cached trees of changed directories are invalidated;
    // resolve-undo and the untracked cache (checked by git against the
    // directories' stat data) are kept; anything else is not ours to patch.
    let mut q = p;
    while q < body.len() {
        if q + 8 > body.len() {
            return Ok(false);
        }
        let sig = &body[q..q + 4];
        let size = be32(&body[q + 4..q + 8]) as usize;
        let Some(data) = body.get(q + 8..q + 8 + size) else {
            return Ok(false);
        };
        match sig {
            b"TREE" => {
                let mut tree = Vec::with_capacity(size);
                let mut r = 0;
                if !invalidate(data, &mut r, "", &changes, &mut tree) || r != data.len() {
                    return Ok(false);
                }
                out.extend_from_slice(b"TREE");
                out.extend_from_slice(&(tree.len() as u32).to_be_bytes());
                out.extend_from_slice(&tree);
            }
            b"REUC" | b"UNTR" => out.extend_from_slice(&body[q..q + 8 + size]),
            _ => return Ok(false),
        }
        q += 8 + size;
    }
    out[8..12].copy_from_slice(&(new_count as u32).to_be_bytes());
    if skip_hash {
        out.extend_from_slice(&[0; 20]);
    } else {
        let sum = sha1::Sha1::digest(&out);
        out.extend_from_slice(&sum);
    }
    let lock = index_path.with_extension("lock");
    let mut f = super::lockfile::take(&lock, wait)?;
    let written = f.write_all(&out).and_then(|()| f.flush());
    drop(f);
    if let Err(e) = written.and_then(|()| std::fs::rename(&lock, index_path)) {
        let _ = std::fs::remove_file(&lock);
        return Err(Error::io(index_path, e));
    }
    Ok(true)
}

/// When the index file was last written, in whole seconds (git compares
/// only seconds unless built with nanosecond support).
fn index_seconds(index_path: &Path) -> Option<u32> {
    let meta = std::fs::metadata(index_path).ok()?;
    let secs = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Some(secs as u32)
}

/// git's "racily clean" rule, as git applies it when it writes an index:
/// an entry whose file was modified in the same second the old index was
/// written (or later) may have changed again after git looked at it,
/// without its size or second changing. In the old index git knows to
/// check its content; copied into a newer index it would look clean
/// forever, and a hand edit made in that second (same size) would be
/// invisible to `git status` and `crm sync`. So such an entry's size is
/// set to 0, as git does, which makes git compare the content next time.
fn smudge_if_racy(entry: &mut [u8], index_written: u32) {
    let mtime = be32(&entry[8..12]);
    if index_written <= mtime {
        entry[36..40].copy_from_slice(&0u32.to_be_bytes());
    }
}

fn be32(b: &[u8]) -> u32 {
    u32::from_be_bytes([b[0], b[1], b[2], b[3]])
}

/// The entry at `p`: its length in bytes, its path and its flags.
fn parse_entry(data: &[u8], p: usize, version: u32) -> Option<(usize, &[u8], u16)> {
    let flags = u16::from_be_bytes([*data.get(p + 60)?, *data.get(p + 61)?]);
    let fixed = if version >= 3 && flags & 0x4000 != 0 {
        64
    } else {
        62
    };
    let start = p + fixed;
    let name_len = usize::from(flags & 0x0fff);
    let path_len = if name_len < 0x0fff {
        name_len
    } else {
        data.get(start..)?.iter().position(|&b| b == 0)?
    };
    let path = data.get(start..start + path_len)?;
    // Entries are NUL-padded to a multiple of 8 bytes, with at least one NUL.
    let len = (fixed + path_len + 8) & !7;
    data.get(p..p + len)?;
    Some((len, path, flags))
}

/// The index record for a file just written with `bytes`; `None` when the
/// path is too long for this simple writer.
fn record(workdir: &Path, path: &str, bytes: &[u8], worktree: bool) -> Result<Option<Vec<u8>>> {
    if path.len() >= 0x0fff {
        return Ok(None);
    }
    let full = workdir.join(path);
    let meta = std::fs::metadata(&full).map_err(|e| Error::io(&full, e))?;
    let oid = git2::Oid::hash_object(git2::ObjectType::Blob, bytes)
        .map_err(|e| super::err("hashing a file", e))?;
    let mut r = Vec::with_capacity(64 + path.len() + 8);
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let mode = if meta.mode() & 0o111 != 0 {
            0o100755
        } else {
            0o100644
        };
        // git keeps the low 32 bits of each value. An entry whose file
        // does not hold `bytes` keeps only mode and owner: size 0 and no
        // times make git look at the content.
        let stat = |v: u64| if worktree { v as u32 } else { 0 };
        for v in [
            stat(meta.ctime() as u64),
            stat(meta.ctime_nsec() as u64),
            stat(meta.mtime() as u64),
            stat(meta.mtime_nsec() as u64),
            stat(meta.dev()),
            stat(meta.ino()),
            mode,
            meta.uid(),
            meta.gid(),
            stat(meta.size()),
        ] {
            r.extend_from_slice(&v.to_be_bytes());
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (meta, worktree);
        return Ok(None);
    }
    r.extend_from_slice(oid.as_bytes());
    r.extend_from_slice(&(path.len() as u16).to_be_bytes());
    r.extend_from_slice(path.as_bytes());
    let len = (62 + path.len() + 8) & !7;
    r.resize(len, 0);
    Ok(Some(r))
}

/// Copy one cached-tree node (and its subtrees) from `data` at `r` to
/// `out`, marking as invalid (`-1`, no id) every directory that holds a
/// changed path. `false` when the extension does not parse.
fn invalidate(
    data: &[u8],
    r: &mut usize,
    prefix: &str,
    changes: &[&Staged],
    out: &mut Vec<u8>,
) -> bool {
    let Some(nul) = data[*r..].iter().position(|&b| b == 0) else {
        return false;
    };
    let Ok(name) = std::str::from_utf8(&data[*r..*r + nul]) else {
        return false;
    };
    let path = if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}/{name}")
    };
    let line_start = *r + nul + 1;
    let Some(nl) = data[line_start..].iter().position(|&b| b == b'\n') else {
        return false;
    };
    let Ok(line) = std::str::from_utf8(&data[line_start..line_start + nl]) else {
        return false;
    };
    let Some((entries, subtrees)) = line.split_once(' ') else {
        return false;
    };
    let (Ok(entries), Ok(subtrees)) = (entries.parse::<i64>(), subtrees.parse::<usize>()) else {
        return false;
    };
    *r = line_start + nl + 1;
    let has_id = entries >= 0;
    if has_id {
        if *r + 20 > data.len() {
            return false;
        }
        *r += 20;
    }
    let touched = path.is_empty()
        || changes.iter().any(|c| {
            c.path
                .strip_prefix(path.as_str())
                .is_some_and(|rest| rest.starts_with('/'))
        });
    out.extend_from_slice(name.as_bytes());
    out.push(0);
    if touched {
        out.extend_from_slice(format!("-1 {subtrees}\n").as_bytes());
    } else {
        out.extend_from_slice(&data[line_start..*r]);
    }
    for _ in 0..subtrees {
        if !invalidate(data, r, &path, changes, out) {
            return false;
        }
    }
    true
}
