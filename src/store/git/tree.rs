//! Raw tree objects of a flat directory (`customers/`, 100,000 entries at
//! the top of the stated capacity): read, spliced and written in one pass
//! over the bytes, where libgit2's tree builder and in-memory index load
//! every entry into a map and sort it again.

use super::err;
use crate::error::{Error, Result};
use git2::{Oid, Repository};

/// One entry of a raw tree: its mode, its name and its object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct RawEntry<'a> {
    pub(super) mode: &'a [u8],
    pub(super) name: &'a [u8],
    pub(super) oid: Oid,
}

impl RawEntry<'_> {
    /// A plain file (not a directory, link or submodule).
    pub(super) fn is_file(&self) -> bool {
        self.mode == b"100644" || self.mode == b"100755"
    }
}

/// The entries of a raw tree object, in the tree's (byte) order; `None`
/// when it does not parse.
pub(super) fn entries(data: &[u8]) -> Option<Vec<RawEntry<'_>>> {
    let mut out = Vec::with_capacity(data.len() / 40);
    let mut p = 0;
    while p < data.len() {
        let sp = data[p..].iter().position(|&b| b == b' ')?;
        let mode = &data[p..p + sp];
        let name_start = p + sp + 1;
        let nul = data[name_start..].iter().position(|&b| b == 0)?;
        let name = &data[name_start..name_start + nul];
        let end = name_start + nul + 1 + 20;
        let oid = Oid::from_bytes(data.get(name_start + nul + 1..end)?).ok()?;
        out.push(RawEntry { mode, name, oid });
        p = end;
    }
    Some(out)
}

/// The bytes of tree `id`.
pub(super) fn read(repo: &Repository, id: Oid) -> Result<Option<Vec<u8>>> {
    let odb = repo
        .odb()
        .map_err(|e| err("opening the object database", e))?;
    let obj = odb.read(id).map_err(|e| err("reading a tree", e))?;
    Ok((obj.kind() == git2::ObjectType::Tree).then(|| obj.data().to_vec()))
}

/// Copy the raw tree `base`, a flat directory of plain files, with the
/// `changes` (name → new blob, or `None` to drop it) applied, and write
/// it. `None` (leave it to libgit2) when the tree holds anything but plain
/// files, or would become empty.
pub(super) fn splice(
    repo: &Repository,
    base: Oid,
    mut changes: Vec<(&str, Option<Oid>)>,
) -> Result<Option<Oid>> {
    changes.sort_by(|a, b| a.0.cmp(b.0));
    changes.dedup_by(|later, earlier| {
        // The last change to a name wins, as with the tree builder.
        if later.0 == earlier.0 {
            earlier.1 = later.1;
            true
        } else {
            false
        }
    });
    let Some(data) = read(repo, base)? else {
        return Ok(None);
    };
    let Some(old) = entries(&data) else {
        return Ok(None);
    };
    if old.iter().any(|e| !e.is_file()) {
        // A subdirectory sorts as "name/": leave such trees to libgit2.
        return Ok(None);
    }
    let mut out = Vec::with_capacity(data.len() + 64 * changes.len());
    let emit = |out: &mut Vec<u8>, mode: &[u8], name: &[u8], oid: Oid| {
        out.extend_from_slice(mode);
        out.push(b' ');
        out.extend_from_slice(name);
        out.push(0);
        out.extend_from_slice(oid.as_bytes());
    };
    let mut next = changes.iter().peekable();
    for e in &old {
        while let Some((n, oid)) = next.next_if(|(n, _)| n.as_bytes() < e.name) {
            if let Some(oid) = oid {
                emit(&mut out, b"100644", n.as_bytes(), *oid);
            }
        }
        match next.next_if(|(n, _)| n.as_bytes() == e.name) {
            Some((n, Some(oid))) => emit(&mut out, e.mode, n.as_bytes(), *oid),
            Some((_, None)) => {}
            None => emit(&mut out, e.mode, e.name, e.oid),
        }
    }
    for (n, oid) in next {
        if let Some(oid) = oid {
            emit(&mut out, b"100644", n.as_bytes(), *oid);
        }
    }
    if out.is_empty() {
        return Ok(None);
    }
    write_loose(repo, "tree", &out).map(Some)
}

/// Write a loose object the way git does (zlib stream of `TYPE LEN\0DATA`
/// at `objects/xx/yyyy…`, via a temporary file and a rename), stored
/// without compression: libgit2 always deflates at the default level,
/// which for the 4 MB `customers/` tree of 100,000 customers costs more
/// than the rest of a commit together.
pub(super) fn write_loose(repo: &Repository, kind: &str, data: &[u8]) -> Result<Oid> {
    use sha1::Digest;
    use std::io::Write;
    let header = format!("{kind} {}\0", data.len());
    let mut h = sha1::Sha1::new();
    h.update(header.as_bytes());
    h.update(data);
    let digest = h.finalize();
    let oid = Oid::from_bytes(&digest).map_err(|e| err("hashing an object", e))?;
    let hex = oid.to_string();
    let objects = repo.path().join("objects");
    let dir = objects.join(&hex[..2]);
    let path = dir.join(&hex[2..]);
    if path.exists() {
        return Ok(oid);
    }
    let tmp = tempfile::Builder::new()
        .prefix("tmp_obj_crm_")
        .tempfile_in(&objects)
        .map_err(|e| Error::io(&objects, e))?;
    // Stored, not compressed: a valid zlib stream at the cost of a copy.
    // Deflating the 3.7 MB tree of 100,000 customers even at the fastest
    // level was a quarter of a commit; `git repack` (see `maintain`)
    // compresses it soon after anyway.
    let mut z = flate2::write::ZlibEncoder::new(tmp, flate2::Compression::none());
    z.write_all(header.as_bytes())
        .and_then(|()| z.write_all(data))
        .map_err(|e| Error::io(&path, e))?;
    let tmp = z.finish().map_err(|e| Error::io(&path, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp
            .as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o444));
    }
    // `git repack -d` (see `maintain`) removes loose-object directories
    // that it emptied, possibly between our mkdir and our rename: make the
    // directory again and retry, as git does.
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let mut tmp = tmp;
    for attempt in 0.. {
        match tmp.persist(&path) {
            Ok(_) => break,
            Err(e) if e.error.kind() == std::io::ErrorKind::NotFound && attempt < 5 => {
                tmp = e.file;
                std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            }
            Err(e) => return Err(Error::io(&path, e.error)),
        }
    }
    Ok(oid)
}
