//! One shard file of the cache: a header (magic, format version,
//! checksum, sizes), then every entry's header (id, the file's stamp,
//! flags, payload sizes) and payload (the customer in the model's binary
//! form, `model::codec`, or the error of a file that does not parse), in
//! two regions: structure bytes and text.

use super::{FORMAT, MAGIC, Stamp};
use crate::model::Customer;
use crate::model::codec::{self, Codec, Reader, Writer};
use crate::store::{Broken, Store};
use std::path::{Path, PathBuf};

/// One entry of a shard as read from its bytes: the header is decoded, the
/// payload (the customer) only when it is used.
pub(super) struct Cached<'a> {
    pub(super) id: &'a str,
    pub(super) stamp: Stamp,
    pub(super) racy: bool,
    pub(super) broken: bool,
    /// The whole entry in the structure region and in the text region
    /// (copied verbatim when the shard is rewritten).
    pub(super) body: std::ops::Range<usize>,
    pub(super) text: std::ops::Range<usize>,
    /// Where the payload starts in each region.
    pub(super) payload: (usize, usize),
}

/// A shard file whose header, checksum and entry headers were checked.
pub(super) struct Shard<'a> {
    pub(super) body: &'a [u8],
    pub(super) text: &'a str,
    pub(super) entries: Vec<Cached<'a>>,
}

pub(super) fn write_shard(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    // Named after the writer, so one a killed process left is known.
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!("{TMP}{}-", std::process::id()))
        .tempfile_in(dir)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    // No fsync: a shard lost in a crash is rebuilt from the files.
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The prefix of a shard being written.
const TMP: &str = ".tmp-";

/// Remove shards half-written by a process that is gone (killed while it
/// wrote one; readers take no lock, so a live one's are left alone).
pub(super) fn remove_stale_temp_files(cache_dir: &Path) {
    let Ok(rd) = std::fs::read_dir(cache_dir) else {
        return;
    };
    for e in rd.flatten() {
        let name = e.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(TMP))
            .and_then(|n| n.split('-').next())
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        let gone = if cfg!(target_os = "linux") {
            !Path::new(&format!("/proc/{pid}")).exists()
        } else {
            e.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 60)
        };
        if gone {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// A fast 64-bit checksum (not cryptographic): catches truncation and
/// stray bytes at memory speed. Four independent lanes over each 32 bytes,
/// so the multiplications overlap instead of waiting on each other.
fn checksum(bytes: &[u8]) -> u64 {
    const P: u64 = 0x9E37_79B9_7F4A_7C15;
    let seed = bytes.len() as u64 ^ 0x243F_6A88_85A3_08D3;
    let mut lanes = [seed, seed ^ 1, seed ^ 2, seed ^ 3];
    let mut blocks = bytes.chunks_exact(32);
    for b in &mut blocks {
        for (lane, w) in lanes.iter_mut().zip(b.chunks_exact(8)) {
            let w = u64::from_le_bytes(w.try_into().expect("chunks of 8"));
            *lane = (*lane ^ w).wrapping_mul(P).rotate_left(29);
        }
    }
    let mut h = lanes
        .iter()
        .fold(0u64, |h, l| (h ^ l).wrapping_mul(P).rotate_left(29));
    for &b in blocks.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(P).rotate_left(29);
    }
    h ^ (h >> 31)
}

/// The format, the crate's version and a fingerprint of the records'
/// layout (`Codec::layout`): a shard written before a field was added to
/// a record does not match, and is rebuilt rather than misread.
fn header_version() -> &'static str {
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    VERSION.get_or_init(|| {
        let mut layout = String::new();
        <crate::model::Customer as crate::model::codec::Codec>::layout(&mut layout);
        format!(
            "{FORMAT}:{}:{:016x}",
            env!("CARGO_PKG_VERSION"),
            checksum(layout.as_bytes())
        )
    })
}

/// Check a shard file's header, checksum and text, and read the header of
/// every entry (ids must be strictly ascending, as they are written).
pub(super) fn open_shard(bytes: &[u8]) -> Option<Shard<'_>> {
    let mut r = Reader::new(bytes, 0, "", 0);
    let version = header_version();
    if r.take(8)? != MAGIC
        || usize::try_from(r.u64()?).ok()? != version.len()
        || r.take(version.len())? != version.as_bytes()
    {
        return None;
    }
    let sum = r.u64()?;
    let len = usize::try_from(r.u64()?).ok()?;
    let text_len = usize::try_from(r.u64()?).ok()?;
    let body = r.take(len)?;
    let text = r.take(text_len)?;
    if r.p != bytes.len() || checksum(body) ^ checksum(text).rotate_left(1) != sum {
        return None;
    }
    let mut r = Reader::new(body, 0, std::str::from_utf8(text).ok()?, 0);
    let n = r.count()?;
    let mut entries: Vec<Cached> = Vec::with_capacity(n);
    for _ in 0..n {
        let (p0, tp0) = (r.p, r.tp);
        let id = r.str()?;
        if entries.last().is_some_and(|e| e.id >= id) {
            return None;
        }
        let stamp = Stamp {
            size: r.u64()?,
            mtime: r.i64()?,
            ctime: r.i64()?,
            ino: r.u64()?,
        };
        let racy = r.bool()?;
        let broken = r.bool()?;
        let payload_len = usize::try_from(r.u64()?).ok()?;
        let payload_text = usize::try_from(r.u64()?).ok()?;
        let payload = (r.p, r.tp);
        r.take(payload_len)?;
        r.tp = r.tp.checked_add(payload_text)?;
        if r.tp > r.t.len() {
            return None;
        }
        entries.push(Cached {
            id,
            stamp,
            racy,
            broken,
            body: p0..r.p,
            text: tp0..r.tp,
            payload,
        });
    }
    (r.p == body.len() && r.tp == r.t.len()).then_some(Shard {
        body,
        text: r.t,
        entries,
    })
}

/// A reader of one entry's payload.
fn payload<'a>(s: &Shard<'a>, e: &Cached) -> Reader<'a> {
    Reader::new(s.body, e.payload.0, s.text, e.payload.1)
}

/// Whether a reader stopped exactly at the end of the entry's payload.
fn at_end(r: &Reader, e: &Cached) -> bool {
    r.p == e.body.end && r.tp == e.text.end
}

/// Decode the file error an entry records.
pub(super) fn decode_broken(s: &Shard, e: &Cached) -> Option<Broken> {
    let mut r = payload(s, e);
    let line = Option::<u32>::read(&mut r)?;
    let message = String::read(&mut r)?;
    at_end(&r, e).then(|| Broken {
        path: PathBuf::from(Store::rel_path(e.id)),
        line: line.map(|l| l as usize),
        message,
    })
}

/// Decode an entry's customer into `c`, reusing its strings and vectors.
pub(super) fn decode_customer(s: &Shard, e: &Cached, c: &mut Customer) -> Option<()> {
    let mut r = payload(s, e);
    c.decode(&mut r)?;
    at_end(&r, e).then_some(())
}

/// Decode an entry's customer into `c` without its activities (left
/// empty); where they start, for [`decode_activities`].
pub(super) fn decode_head(s: &Shard, e: &Cached, c: &mut Customer) -> Option<(usize, usize)> {
    let mut r = payload(s, e);
    r.heads_only = true;
    c.decode(&mut r)?;
    if !at_end(&r, e) {
        return None;
    }
    r.lazy_at
}

/// Decode the activities of an entry whose head [`decode_head`] read.
pub(super) fn decode_activities(
    s: &Shard,
    e: &Cached,
    at: (usize, usize),
    c: &mut Customer,
) -> Option<()> {
    let mut r = Reader::new(s.body, at.0, s.text, at.1);
    codec::decode_lazy(&mut r, &mut c.activities)?;
    (r.p <= e.body.end && r.tp <= e.text.end).then_some(())
}

/// The writer of a shard file.
pub(super) struct ShardWriter(Writer);

impl ShardWriter {
    /// A writer for a shard of `n` entries, sized after the old shard.
    pub(super) fn new(n: usize, old_len: usize) -> ShardWriter {
        let mut w = Writer::with_capacity(old_len / 4 + n * 64, old_len);
        w.uint(n as u64);
        ShardWriter(w)
    }

    /// A current entry, copied as it is.
    pub(super) fn copy_entry(&mut self, s: &Shard, e: &Cached) {
        self.0.body.extend_from_slice(&s.body[e.body.clone()]);
        self.0
            .text
            .extend_from_slice(&s.text.as_bytes()[e.text.clone()]);
    }

    /// A new entry: the header, the payload's sizes (filled in after it
    /// is written) and the payload.
    pub(super) fn entry(
        &mut self,
        id: &str,
        stamp: Stamp,
        racy: bool,
        value: &Result<Customer, Broken>,
    ) {
        let w = &mut self.0;
        w.str(id);
        w.u64(stamp.size);
        w.i64(stamp.mtime);
        w.i64(stamp.ctime);
        w.u64(stamp.ino);
        w.bool(racy);
        w.bool(value.is_err());
        let sizes = w.sizes_placeholder();
        match value {
            Ok(c) => c.encode(w),
            Err(b) => {
                b.line
                    .map(|l| u32::try_from(l).unwrap_or(u32::MAX))
                    .encode(w);
                w.str(&b.message);
            }
        }
        w.fill_sizes(sizes);
    }

    /// The shard file: header, checksum, both regions.
    pub(super) fn finish(self) -> Vec<u8> {
        let Writer { body, text } = self.0;
        let mut out = Vec::with_capacity(body.len() + text.len() + 64);
        out.extend_from_slice(MAGIC);
        let version = header_version();
        out.extend_from_slice(&(version.len() as u64).to_le_bytes());
        out.extend_from_slice(version.as_bytes());
        out.extend_from_slice(&(checksum(&body) ^ checksum(&text).rotate_left(1)).to_le_bytes());
        out.extend_from_slice(&(body.len() as u64).to_le_bytes());
        out.extend_from_slice(&(text.len() as u64).to_le_bytes());
        out.extend_from_slice(&body);
        out.extend_from_slice(&text);
        out
    }

    #[cfg(test)]
    pub(super) fn body_mut(&mut self) -> &mut Vec<u8> {
        &mut self.0.body
    }
}
