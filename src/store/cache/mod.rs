//! A derived snapshot of every parsed customer, so warm reads do not
//! re-parse TOML (docs/performance.md explains the design and its figures).
//!
//! The snapshot lives in `.git/crm-cache/` and is never the source of
//! truth: the files in `customers/` are. It is split into [`SHARDS`] shard
//! files by a hash of the customer id, so a change to one customer rewrites
//! one shard, not the whole snapshot. Each entry is keyed by the file's
//! size, mtime, ctime and inode as a directory scan sees them (the same
//! stat data git trusts for its index); any difference re-parses that one
//! file. As in git's "racily clean" rule, an entry whose file changed
//! within [`RACY_NS`] of the moment the shard was built is not trusted and
//! is re-parsed until it is old enough, so two edits within one tick of a
//! coarse file-system clock are never mistaken for one.
//!
//! A shard that is missing, truncated, corrupt (checksum) or written by
//! another format version is simply rebuilt from the files. Shards are
//! written to a temporary file and renamed into place, so a concurrent
//! reader sees the old or the new shard, never a torn one; a cache that
//! cannot be written (read-only repository) is skipped silently.

use super::{Broken, CUSTOMERS};
use crate::model::{Conflict, Customer, id};
use chrono::{DateTime, FixedOffset, NaiveDate};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

/// Number of shard files. A power of two; at 100,000 customers a shard
/// holds about 1,600 customers (~4 MB), cheap to rewrite after one change.
pub const SHARDS: usize = 64;
/// Entries changed this close to the shard's build time are re-checked.
pub const RACY_NS: i64 = 3_000_000_000;
/// Bump when the encoding or the model changes.
const FORMAT: u32 = 3;
const MAGIC: &[u8; 8] = b"CRMCACHE";

/// The directory of the snapshot inside the git directory.
pub fn dir(git_dir: &Path) -> PathBuf {
    git_dir.join("crm-cache")
}

/// What a directory scan says about one customer file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    size: u64,
    mtime: i64,
    ctime: i64,
    ino: u64,
}

impl Stamp {
    /// The stamp of a file that could not be stat'ed.
    const ZERO: Stamp = Stamp {
        size: 0,
        mtime: 0,
        ctime: 0,
        ino: 0,
    };

    fn of(meta: &std::fs::Metadata) -> Stamp {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Stamp {
                size: meta.len(),
                mtime: meta.mtime() * 1_000_000_000 + meta.mtime_nsec(),
                ctime: meta.ctime() * 1_000_000_000 + meta.ctime_nsec(),
                ino: meta.ino(),
            }
        }
        #[cfg(not(unix))]
        {
            let mtime = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i64);
            Stamp {
                size: meta.len(),
                mtime,
                ctime: mtime,
                ino: 0,
            }
        }
    }
}

/// A file found by the directory scan, with its place in the sorted list.
struct Found {
    index: usize,
    id: String,
}

/// A test of a customer that does not look at its activities: customers it
/// turns down are not handed on, and their activities are not even decoded
/// (see [`super::Store::scan_where`] and [`super::Store::scan_heads`]).
pub(super) type Pre<'a> = &'a (dyn Fn(&Customer) -> Want + Sync);

/// What a [`Pre`] test wants of a customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Want {
    /// Nothing: it is not handed on.
    No,
    /// The customer without its activities (left empty).
    Head,
    /// The whole customer.
    Whole,
}

/// What the workers of a scan give back: each worker's state, and the
/// broken files with their places in the sorted list.
pub(super) type Visited<S> = (Vec<S>, Vec<(usize, Broken)>);

/// Visit every customer through the snapshot in `cache_dir`, parsing only
/// what changed and rewriting the shards that changed. `parse` reads and
/// parses one file (the uncached path).
///
/// Each worker thread starts a state with `init` and hands it every
/// customer it reads to `each`, with the customer's place in the id order;
/// the customer is decoded into a buffer the worker reuses, so a caller
/// that keeps a little holds (and allocates) a little: see
/// [`super::Store::scan`] and [`super::Store::fold`].
pub(super) fn visit<S: Send>(
    root: &Path,
    cache_dir: &Path,
    parse: &(dyn Fn(&str) -> Result<Customer, Broken> + Sync),
    pre: Option<Pre>,
    init: &(dyn Fn() -> S + Sync),
    each: &(dyn Fn(&mut S, usize, &mut Customer) + Sync),
) -> crate::Result<Visited<S>> {
    let dir = root.join(CUSTOMERS);
    let rd = match std::fs::read_dir(&dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok((Vec::new(), Vec::new()));
        }
        Err(e) => return Err(crate::Error::io(dir, e)),
    };
    let mut ids: Vec<String> = rd
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let stem = name.strip_suffix(".toml")?;
            id::is_valid_slug(stem).then(|| stem.to_string())
        })
        .collect();
    ids.sort_unstable();
    let mut shards: Vec<Vec<Found>> = (0..SHARDS).map(|_| Vec::new()).collect();
    for (index, id) in ids.into_iter().enumerate() {
        shards[shard_of(&id)].push(Found { index, id });
    }
    let _ = std::fs::create_dir_all(cache_dir);
    let threads = std::thread::available_parallelism()
        .map_or(1, |x| x.get())
        .min(8);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut state = init();
        let mut broken = Vec::new();
        let mut scratch = Customer::default();
        let mut buf = Vec::new();
        loop {
            let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            if k >= SHARDS {
                break;
            }
            let mut sink = |i: usize, c: &mut Customer| each(&mut state, i, c);
            refresh_shard(
                k,
                &shards[k],
                &dir,
                cache_dir,
                parse,
                pre,
                &mut buf,
                &mut scratch,
                &mut sink,
                &mut broken,
            );
        }
        (state, broken)
    };
    // The calling thread works too, so a one-core machine spawns nothing.
    let (states, mut broken) = std::thread::scope(|s| {
        let handles: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        let (first, mut broken) = work();
        let mut states = vec![first];
        for h in handles {
            // A worker that panicked takes the whole read down with it.
            let (st, b) = h.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
            states.push(st);
            broken.extend(b);
        }
        (states, broken)
    });
    broken.sort_unstable_by_key(|(i, _)| *i);
    Ok((states, broken))
}

/// Stats the files of one directory by name. On Linux through `statx`
/// relative to an open handle of the directory, so the kernel does not walk
/// the whole path for each of 100,000 files (about a third of the cost of
/// a stat here); elsewhere, or when that fails, through `std::fs`. Both
/// give the same stamp.
struct DirStat<'a> {
    path: &'a Path,
    #[cfg(target_os = "linux")]
    dir: Option<std::fs::File>,
    name: String,
}

impl DirStat<'_> {
    fn open(path: &Path) -> DirStat<'_> {
        DirStat {
            path,
            #[cfg(target_os = "linux")]
            dir: std::fs::File::open(path).ok(),
            name: String::new(),
        }
    }

    /// The stamp of `<id>.toml`, None when it cannot be stat'ed.
    fn stamp(&mut self, id: &str) -> Option<Stamp> {
        self.name.clear();
        self.name.push_str(id);
        self.name.push_str(".toml");
        #[cfg(target_os = "linux")]
        if let Some(d) = &self.dir {
            use rustix::fs::{AtFlags, StatxFlags, statx};
            let mask = StatxFlags::SIZE | StatxFlags::MTIME | StatxFlags::CTIME | StatxFlags::INO;
            if let Ok(x) = statx(d, self.name.as_str(), AtFlags::empty(), mask)
                && x.stx_mask & mask.bits() == mask.bits()
            {
                let ns =
                    |t: rustix::fs::StatxTimestamp| t.tv_sec * 1_000_000_000 + i64::from(t.tv_nsec);
                return Some(Stamp {
                    size: x.stx_size,
                    mtime: ns(x.stx_mtime),
                    ctime: ns(x.stx_ctime),
                    ino: x.stx_ino,
                });
            }
        }
        std::fs::metadata(self.path.join(&self.name))
            .ok()
            .map(|m| Stamp::of(&m))
    }
}

/// One entry of a shard as read from its bytes: the header is decoded, the
/// payload (the customer) only when it is used.
struct Cached<'a> {
    id: &'a str,
    stamp: Stamp,
    racy: bool,
    broken: bool,
    /// The whole entry in the structure region and in the text region
    /// (copied verbatim when the shard is rewritten).
    body: std::ops::Range<usize>,
    text: std::ops::Range<usize>,
    /// Where the payload starts in each region.
    payload: (usize, usize),
}

/// A shard file whose header, checksum and entry headers were checked.
struct Shard<'a> {
    body: &'a [u8],
    text: &'a str,
    entries: Vec<Cached<'a>>,
}

/// What to do with one file of a shard.
#[derive(Clone, Copy)]
enum Plan {
    /// The cached entry (its index) is current.
    Hit(usize),
    /// Parse the file; its stamp as the scan saw it.
    Parse(Option<Stamp>),
}

/// Bring one shard up to date with the files it covers, handing every
/// customer to `each` and every broken file to `broken`.
#[allow(clippy::too_many_arguments)]
fn refresh_shard(
    k: usize,
    found: &[Found],
    dir: &Path,
    cache_dir: &Path,
    parse: &(dyn Fn(&str) -> Result<Customer, Broken> + Sync),
    pre: Option<Pre>,
    buf: &mut Vec<u8>,
    scratch: &mut Customer,
    each: &mut dyn FnMut(usize, &mut Customer),
    broken: &mut Vec<(usize, Broken)>,
) {
    let path = cache_dir.join(format!("{k:02x}"));
    buf.clear();
    let read = std::fs::File::open(&path).and_then(|mut f| std::io::Read::read_to_end(&mut f, buf));
    let shard = read.ok().and_then(|_| open_shard(buf));
    let cached: &[Cached] = shard.as_ref().map_or(&[], |s| &s.entries);
    // The build time is taken before any stat, so a file changed after it
    // counts as racy.
    let built = now_ns();
    // Pass 1: stat every file and match it with its entry (both lists are
    // sorted by id).
    let mut plans = Vec::with_capacity(found.len());
    let mut j = 0;
    let mut dirty = cached.len() != found.len();
    let mut stat = DirStat::open(dir);
    for f in found {
        let stamp = stat.stamp(&f.id);
        while j < cached.len() && cached[j].id < f.id.as_str() {
            j += 1;
        }
        let plan = match cached.get(j) {
            Some(e) if e.id == f.id && !e.racy && Some(e.stamp) == stamp => Plan::Hit(j),
            _ => Plan::Parse(stamp),
        };
        dirty |= matches!(plan, Plan::Parse(_));
        plans.push(plan);
    }
    // Pass 2: decode or parse; when anything changed, write the new shard
    // (current entries copied as they are, changed ones encoded).
    let mut out: Option<W> = dirty.then(|| W::for_shard(found.len(), buf.len()));
    for (n, (f, plan)) in found.iter().zip(&plans).enumerate() {
        if let (Plan::Hit(j), Some(s)) = (*plan, shard.as_ref()) {
            let e = &s.entries[j];
            // Ok(false): turned down by `pre` on its head alone.
            let value = if e.broken {
                decode_broken(s, e).map(Err)
            } else if let Some(pre) = pre {
                decode_head(s, e, scratch).and_then(|at| match pre(scratch) {
                    Want::Whole => decode_activities(s, e, at, scratch).map(|()| Ok(true)),
                    Want::Head => Some(Ok(true)),
                    Want::No => Some(Ok(false)),
                })
            } else {
                decode_customer(s, e, scratch).map(|()| Ok(true))
            };
            if let Some(value) = value {
                if let Some(w) = out.as_mut() {
                    w.copy_entry(s, e);
                }
                match value {
                    Ok(true) => each(f.index, scratch),
                    Ok(false) => {}
                    Err(b) => broken.push((f.index, b)),
                }
                continue;
            }
            // Checked but not decodable (never seen): parse the file and
            // rewrite the shard, copying the entries handed out so far.
            if out.is_none() {
                let mut w = W::for_shard(found.len(), buf.len());
                for p in &plans[..n] {
                    if let Plan::Hit(i) = p {
                        w.copy_entry(s, &s.entries[*i]);
                    }
                }
                out = Some(w);
            }
        }
        let stamp = match *plan {
            Plan::Parse(Some(st)) => st,
            _ => stat.stamp(&f.id).unwrap_or(Stamp::ZERO),
        };
        let racy = stamp.mtime >= built - RACY_NS || stamp.mtime == 0;
        let value = parse(&f.id);
        if let Some(w) = out.as_mut() {
            w.entry(&f.id, stamp, racy, &value);
        }
        match value {
            Ok(mut c) => {
                if want(pre, &mut c) {
                    each(f.index, &mut c)
                }
            }
            Err(b) => broken.push((f.index, b)),
        }
    }
    if let Some(w) = out {
        let _ = write_shard(&path, &w.finish());
    }
}

/// Apply `pre` to a customer parsed whole: whether to hand it on, its
/// activities dropped when only its head is wanted (so every path hands on
/// the same).
pub(super) fn want(pre: Option<Pre>, c: &mut Customer) -> bool {
    match pre.map_or(Want::Whole, |pre| pre(c)) {
        Want::Whole => true,
        Want::Head => {
            c.activities = Vec::new();
            true
        }
        Want::No => false,
    }
}

fn shard_of(id: &str) -> usize {
    // FNV-1a: stable across builds and platforms, unlike std's hasher.
    let mut h: u32 = 0x811c_9dc5;
    for b in id.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h as usize % SHARDS
}

fn now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i64)
}

fn write_shard(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    // No fsync: a shard lost in a crash is rebuilt from the files.
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
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

fn header_version() -> String {
    format!("{FORMAT}:{}", env!("CARGO_PKG_VERSION"))
}

/// Check a shard file's header, checksum and text, and read the header of
/// every entry (ids must be strictly ascending, as they are written).
fn open_shard(bytes: &[u8]) -> Option<Shard<'_>> {
    let mut r = R {
        b: bytes,
        p: 0,
        t: "",
        tp: 0,
    };
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
    let mut r = R {
        b: body,
        p: 0,
        t: std::str::from_utf8(text).ok()?,
        tp: 0,
    };
    let n = r.len()?;
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

/// A reader over one entry's payload, and a check that it ends where the
/// entry says.
fn payload<'a, T>(s: &Shard<'a>, e: &Cached, f: impl FnOnce(&mut R<'a>) -> Option<T>) -> Option<T> {
    let mut r = R {
        b: s.body,
        p: e.payload.0,
        t: s.text,
        tp: e.payload.1,
    };
    let v = f(&mut r)?;
    (r.p == e.body.end && r.tp == e.text.end).then_some(v)
}

fn decode_broken(s: &Shard, e: &Cached) -> Option<Broken> {
    payload(s, e, |r| {
        Some(Broken {
            path: PathBuf::from(super::Store::rel_path(e.id)),
            line: r.opt(|r| r.uint().map(|l| l as usize))?,
            message: r.string()?,
        })
    })
}

/// Decode an entry's customer into `c`, reusing its strings and vectors.
fn decode_customer(s: &Shard, e: &Cached, c: &mut Customer) -> Option<()> {
    payload(s, e, |r| {
        read_head(r, e.id, c)?;
        read_activities(r, c)
    })
}

/// Decode an entry's customer into `c` without its activities (left
/// empty); where they start, for [`decode_activities`].
fn decode_head(s: &Shard, e: &Cached, c: &mut Customer) -> Option<(usize, usize)> {
    let mut r = R {
        b: s.body,
        p: e.payload.0,
        t: s.text,
        tp: e.payload.1,
    };
    read_head(&mut r, e.id, c)?;
    c.activities.clear();
    Some((r.p, r.tp))
}

/// Decode the activities of an entry whose head [`decode_head`] read.
fn decode_activities(s: &Shard, e: &Cached, at: (usize, usize), c: &mut Customer) -> Option<()> {
    let mut r = R {
        b: s.body,
        p: at.0,
        t: s.text,
        tp: at.1,
    };
    read_activities(&mut r, c)?;
    (r.p == e.body.end && r.tp == e.text.end).then_some(())
}

// ---- the encoding: little-endian, LEB128 lengths, a tag byte for options ----

/// The writer: structure bytes in `.0`, the text of every string in `.1`
/// (one region, so a reader validates UTF-8 once, not per string).
struct W(Vec<u8>, Vec<u8>);

impl W {
    /// A writer for a shard of `n` entries, sized after the old shard.
    fn for_shard(n: usize, old_len: usize) -> W {
        let mut w = W(
            Vec::with_capacity(old_len / 4 + n * 64),
            Vec::with_capacity(old_len),
        );
        w.uint(n as u64);
        w
    }

    /// A current entry, copied as it is.
    fn copy_entry(&mut self, s: &Shard, e: &Cached) {
        self.0.extend_from_slice(&s.body[e.body.clone()]);
        self.1.extend_from_slice(&s.text.as_bytes()[e.text.clone()]);
    }

    /// A new entry: the header, the payload's lengths (filled in after it
    /// is written) and the payload.
    fn entry(&mut self, id: &str, stamp: Stamp, racy: bool, value: &Result<Customer, Broken>) {
        self.str(id);
        self.u64(stamp.size);
        self.i64(stamp.mtime);
        self.i64(stamp.ctime);
        self.u64(stamp.ino);
        self.bool(racy);
        self.bool(value.is_err());
        let at = self.0.len();
        self.u64(0);
        self.u64(0);
        let (p0, t0) = (self.0.len(), self.1.len());
        match value {
            Ok(c) => customer(self, c),
            Err(b) => {
                self.opt(b.line.as_ref(), |w, l| w.uint(*l as u64));
                self.str(&b.message);
            }
        }
        let (pl, tl) = ((self.0.len() - p0) as u64, (self.1.len() - t0) as u64);
        self.0[at..at + 8].copy_from_slice(&pl.to_le_bytes());
        self.0[at + 8..at + 16].copy_from_slice(&tl.to_le_bytes());
    }

    /// The shard file: header, checksum, both regions.
    fn finish(self) -> Vec<u8> {
        let (body, text) = (self.0, self.1);
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

    fn uint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.0.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn i64(&mut self, v: i64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bool(&mut self, v: bool) {
        self.0.push(u8::from(v));
    }
    fn str(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.1.extend_from_slice(s.as_bytes());
    }
    fn opt<T>(&mut self, v: Option<&T>, f: impl FnOnce(&mut W, &T)) {
        match v {
            None => self.0.push(0),
            Some(x) => {
                self.0.push(1);
                f(self, x);
            }
        }
    }
    fn opt_str(&mut self, v: &Option<String>) {
        self.opt(v.as_ref(), |w, s| w.str(s));
    }
    fn date(&mut self, d: &NaiveDate) {
        self.i64(i64::from(chrono::Datelike::num_days_from_ce(d)));
    }
    fn opt_date(&mut self, d: &Option<NaiveDate>) {
        self.opt(d.as_ref(), |w, d| w.date(d));
    }
    fn strs(&mut self, v: &[String]) {
        self.uint(v.len() as u64);
        for s in v {
            self.str(s);
        }
    }
    fn value(&mut self, v: &toml::Value) {
        match v {
            toml::Value::String(s) => {
                self.0.push(0);
                self.str(s);
            }
            toml::Value::Integer(i) => {
                self.0.push(1);
                self.i64(*i);
            }
            toml::Value::Float(f) => {
                self.0.push(2);
                self.u64(f.to_bits());
            }
            toml::Value::Boolean(b) => {
                self.0.push(3);
                self.bool(*b);
            }
            toml::Value::Datetime(d) => {
                self.0.push(4);
                self.str(&d.to_string());
            }
            toml::Value::Array(a) => {
                self.0.push(5);
                self.uint(a.len() as u64);
                for x in a {
                    self.value(x);
                }
            }
            toml::Value::Table(t) => {
                self.0.push(6);
                self.table(t);
            }
        }
    }
    fn table(&mut self, t: &toml::Table) {
        self.uint(t.len() as u64);
        for (k, v) in t {
            self.str(k);
            self.value(v);
        }
    }
}

fn customer(w: &mut W, c: &Customer) {
    w.str(&c.name);
    w.opt_str(&c.stage);
    w.opt_str(&c.owner);
    w.strs(&c.tags);
    w.opt_date(&c.created);
    w.opt_str(&c.email);
    w.opt_str(&c.phone);
    w.opt_str(&c.website);
    w.opt_str(&c.address);
    w.opt_str(&c.reg_code);
    w.opt_str(&c.notes);
    w.table(&c.fields);
    w.uint(c.contacts.len() as u64);
    for p in &c.contacts {
        w.str(&p.name);
        w.opt_str(&p.role);
        w.opt_str(&p.email);
        w.opt_str(&p.phone);
        w.opt_date(&p.birthday);
        w.opt_str(&p.notes);
    }
    w.uint(c.deals.len() as u64);
    for d in &c.deals {
        w.str(&d.id);
        w.str(&d.title);
        w.0.extend_from_slice(&d.amount.serialize());
        w.opt_str(&d.currency);
        w.str(&d.stage);
        w.opt(d.probability.as_ref(), |w, p| w.0.push(*p));
        w.opt_date(&d.expected);
        w.opt_date(&d.closed);
        w.opt_str(&d.owner);
    }
    w.uint(c.conflicts.len() as u64);
    for x in &c.conflicts {
        w.str(&x.field);
        w.opt(x.ours.as_ref(), |w, v| w.value(v));
        w.opt(x.theirs.as_ref(), |w, v| w.value(v));
        w.opt(x.base.as_ref(), |w, v| w.value(v));
        w.opt(x.when.as_ref(), |w, d| w.str(&d.to_string()));
    }
    // Activities last: a reader that does not need them stops before.
    w.uint(c.activities.len() as u64);
    for a in &c.activities {
        w.str(&a.id);
        w.i64(a.at.timestamp());
        w.uint(u64::from(a.at.timestamp_subsec_nanos()));
        w.i64(i64::from(a.at.offset().local_minus_utc()));
        w.str(&a.kind);
        w.opt_str(&a.by);
        w.opt_str(&a.with);
        w.opt_str(&a.text);
        w.opt(a.minutes.as_ref(), |w, m| w.uint(u64::from(*m)));
        w.opt_date(&a.due);
        w.opt(a.done.as_ref(), |w, d| w.bool(*d));
    }
}

/// The reader: structure bytes `b` at `p`, validated text `t` at `tp`.
struct R<'a> {
    b: &'a [u8],
    p: usize,
    t: &'a str,
    tp: usize,
}

impl<'a> R<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.p..self.p.checked_add(n)?)?;
        self.p += n;
        Some(s)
    }
    fn byte(&mut self) -> Option<u8> {
        let b = *self.b.get(self.p)?;
        self.p += 1;
        Some(b)
    }
    fn uint(&mut self) -> Option<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }
    /// A count of items that follow; bounded by the bytes left so a corrupt
    /// count cannot make us allocate gigabytes.
    fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.uint()?).ok()?;
        (n <= self.b.len() - self.p).then_some(n)
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn i64(&mut self) -> Option<i64> {
        Some(i64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn bool(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
    fn str(&mut self) -> Option<&'a str> {
        let n = usize::try_from(self.uint()?).ok()?;
        // `get` refuses a slice that does not fall on character boundaries.
        let s = self.t.get(self.tp..self.tp.checked_add(n)?)?;
        self.tp += n;
        Some(s)
    }
    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_string)
    }
    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.byte()? {
            0 => Some(None),
            1 => f(self).map(Some),
            _ => None,
        }
    }
    fn date(&mut self) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(i32::try_from(self.i64()?).ok()?)
    }
    fn opt_date(&mut self) -> Option<Option<NaiveDate>> {
        self.opt(R::date)
    }
    fn value(&mut self, depth: usize) -> Option<toml::Value> {
        if depth > 64 {
            return None;
        }
        Some(match self.byte()? {
            0 => toml::Value::String(self.string()?),
            1 => toml::Value::Integer(self.i64()?),
            2 => toml::Value::Float(f64::from_bits(self.u64()?)),
            3 => toml::Value::Boolean(self.bool()?),
            4 => toml::Value::Datetime(self.str()?.parse().ok()?),
            5 => {
                let n = self.len()?;
                toml::Value::Array(
                    (0..n)
                        .map(|_| self.value(depth + 1))
                        .collect::<Option<_>>()?,
                )
            }
            6 => toml::Value::Table(self.table(depth + 1)?),
            _ => return None,
        })
    }
    fn table(&mut self, depth: usize) -> Option<toml::Table> {
        let n = self.len()?;
        let mut t = toml::Table::new();
        for _ in 0..n {
            let k = self.string()?;
            let v = self.value(depth)?;
            t.insert(k, v);
        }
        Some(t)
    }
}

/// Overwrite `s` with `v`, keeping its allocation.
fn set(s: &mut String, v: &str) {
    s.clear();
    s.push_str(v);
}

/// Overwrite an optional string, keeping its allocation when there is one.
fn set_opt(s: &mut Option<String>, v: Option<&str>) {
    match (s.as_mut(), v) {
        (Some(buf), Some(v)) => set(buf, v),
        (None, Some(v)) => *s = Some(v.to_string()),
        (_, None) => *s = None,
    }
}

/// Read `n` items into `v`, decoding into the items it already holds.
fn fill<'a, T: Default>(
    r: &mut R<'a>,
    v: &mut Vec<T>,
    read: impl Fn(&mut R<'a>, &mut T) -> Option<()>,
) -> Option<()> {
    let n = r.len()?;
    v.truncate(n);
    // Exactly: a customer kept whole (`load_all`) holds no slack.
    v.reserve_exact(n - v.len());
    for i in 0..n {
        match v.get_mut(i) {
            Some(x) => read(r, x)?,
            None => {
                let mut x = T::default();
                read(r, &mut x)?;
                v.push(x);
            }
        }
    }
    Some(())
}

/// Decode a customer but its activities into `c` (every other field is
/// overwritten), leaving `r` where the activities start.
fn read_head(r: &mut R, id: &str, c: &mut Customer) -> Option<()> {
    set(&mut c.id, id);
    set(&mut c.name, r.str()?);
    set_opt(&mut c.stage, r.opt(R::str)?);
    set_opt(&mut c.owner, r.opt(R::str)?);
    fill(r, &mut c.tags, |r, t| {
        set(t, r.str()?);
        Some(())
    })?;
    c.created = r.opt_date()?;
    set_opt(&mut c.email, r.opt(R::str)?);
    set_opt(&mut c.phone, r.opt(R::str)?);
    set_opt(&mut c.website, r.opt(R::str)?);
    set_opt(&mut c.address, r.opt(R::str)?);
    set_opt(&mut c.reg_code, r.opt(R::str)?);
    set_opt(&mut c.notes, r.opt(R::str)?);
    c.fields = r.table(0)?;
    fill(r, &mut c.contacts, |r, p| {
        set(&mut p.name, r.str()?);
        set_opt(&mut p.role, r.opt(R::str)?);
        set_opt(&mut p.email, r.opt(R::str)?);
        set_opt(&mut p.phone, r.opt(R::str)?);
        p.birthday = r.opt_date()?;
        set_opt(&mut p.notes, r.opt(R::str)?);
        Some(())
    })?;
    fill(r, &mut c.deals, |r, d| {
        set(&mut d.id, r.str()?);
        set(&mut d.title, r.str()?);
        d.amount = Decimal::deserialize(r.take(16)?.try_into().ok()?);
        set_opt(&mut d.currency, r.opt(R::str)?);
        set(&mut d.stage, r.str()?);
        d.probability = r.opt(R::byte)?;
        d.expected = r.opt_date()?;
        d.closed = r.opt_date()?;
        set_opt(&mut d.owner, r.opt(R::str)?);
        Some(())
    })?;
    let n = r.len()?;
    c.conflicts.clear();
    for _ in 0..n {
        c.conflicts.push(Conflict {
            field: r.string()?,
            ours: r.opt(|r| r.value(0))?,
            theirs: r.opt(|r| r.value(0))?,
            base: r.opt(|r| r.value(0))?,
            when: r.opt(|r| r.str()?.parse().ok())?,
        });
    }
    Some(())
}

/// Decode the activities (the end of a payload) into `c`.
fn read_activities(r: &mut R, c: &mut Customer) -> Option<()> {
    fill(r, &mut c.activities, |r, a| {
        set(&mut a.id, r.str()?);
        let secs = r.i64()?;
        let nanos = u32::try_from(r.uint()?).ok()?;
        let offset = FixedOffset::east_opt(i32::try_from(r.i64()?).ok()?)?;
        a.at = DateTime::from_timestamp(secs, nanos)?.with_timezone(&offset);
        set(&mut a.kind, r.str()?);
        set_opt(&mut a.by, r.opt(R::str)?);
        set_opt(&mut a.with, r.opt(R::str)?);
        set_opt(&mut a.text, r.opt(R::str)?);
        a.minutes = r.opt(|r| r.uint().and_then(|m| u32::try_from(m).ok()))?;
        a.due = r.opt_date()?;
        a.done = r.opt(R::bool)?;
        Some(())
    })?;
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_round_trips_every_field() {
        let text = r#"
name = "Äripäev AS"
stage = "customer"
owner = "mari"
tags = ["media", "tallinn"]
created = 2024-03-01
email = "info@aripaev.example"
notes = """
Two lines.
"""
[fields]
industry = "media"
n = 3
x = 1.5
ok = true
when = 2026-01-01
list = [1, "a"]
[fields.sub]
k = "v"

[[contacts]]
name = "Pekka"
birthday = 1975-03-14

[[deals]]
id = "d1"
title = "Package"
amount = 12000.10
stage = "offer"
probability = 60
expected = 2026-12-15

[[activities]]
id = "a1"
at = 2026-11-22T10:15:00.5+02:00
kind = "call"
by = "mari"
minutes = 25
due = 2026-12-01
done = false

[[conflicts]]
field = "phone"
ours = "+372 1"
theirs = "+372 2"
when = 2026-11-22T10:15:00+02:00
"#;
        let c = Customer::parse("aripaev-as", text).expect("parses");
        let stamp = |n: i64| Stamp {
            size: n as u64,
            mtime: n + 1,
            ctime: n + 2,
            ino: n as u64 + 3,
        };
        let bad = Broken {
            path: PathBuf::from("customers/bad.toml"),
            line: Some(3),
            message: "oops".into(),
        };
        let mut w = W::for_shard(2, 0);
        w.entry(&c.id, stamp(1), false, &Ok(c.clone()));
        w.entry("bad", stamp(5), true, &Err(bad));
        let bytes = w.finish();
        let shard = open_shard(&bytes).expect("opens");
        assert_eq!(shard.entries.len(), 2);
        // Decoded into a buffer that held another customer with more of
        // everything: nothing of it may survive.
        let mut got = Customer::parse("other", text).expect("parses");
        got.activities.push(got.activities[0].clone());
        got.tags.push("extra".into());
        got.email = None;
        decode_customer(&shard, &shard.entries[0], &mut got).expect("a customer");
        assert_eq!(got, c);
        assert_eq!(
            got.activities[0].at.to_rfc3339(),
            c.activities[0].at.to_rfc3339()
        );
        // The head alone leaves the activities empty; they follow on demand.
        let mut head = Customer::parse("other", text).expect("parses");
        let at = decode_head(&shard, &shard.entries[0], &mut head).expect("a head");
        assert!(head.activities.is_empty());
        assert_eq!(head.conflicts, c.conflicts);
        assert_eq!(head.name, c.name);
        decode_activities(&shard, &shard.entries[0], at, &mut head).expect("activities");
        assert_eq!(head, c);
        let e = &shard.entries[1];
        assert_eq!(
            (e.id, e.stamp, e.racy, e.broken),
            ("bad", stamp(5), true, true)
        );
        assert_eq!(
            decode_broken(&shard, e).map(|b| b.to_string()),
            Some("customers/bad.toml:3: oops".into())
        );
        // A shard of copied entries is the same bytes.
        let mut copy = W::for_shard(2, bytes.len());
        for e in &shard.entries {
            copy.copy_entry(&shard, e);
        }
        assert_eq!(copy.finish(), bytes);
        // Any flipped byte or truncation is refused, never misread.
        for i in [0, 9, bytes.len() / 2, bytes.len() - 1] {
            let mut bad = bytes.clone();
            bad[i] ^= 0x10;
            assert!(open_shard(&bad).is_none(), "flip at {i}");
        }
        assert!(open_shard(&bytes[..bytes.len() - 1]).is_none());
        // Entries out of order are refused too.
        let mut w = W::for_shard(2, 0);
        w.entry("b", stamp(1), false, &Ok(c.clone()));
        w.entry("a", stamp(1), false, &Ok(c.clone()));
        assert!(open_shard(&w.finish()).is_none());
    }

    /// `visit` over a store in a temp dir: the names it was handed, in id
    /// order, and how many files it parsed.
    fn names(root: &Path, cache: &Path) -> (Vec<String>, usize) {
        let parsed = std::sync::atomic::AtomicUsize::new(0);
        let parse = |id: &str| {
            parsed.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let text = std::fs::read_to_string(root.join(CUSTOMERS).join(format!("{id}.toml")))
                .expect("file");
            Ok(Customer::parse(id, &text).expect("parses"))
        };
        let (parts, broken) = visit(
            root,
            cache,
            &parse,
            None,
            &Vec::new,
            &|v: &mut Vec<_>, i, c| v.push((i, c.name.clone())),
        )
        .expect("visit");
        assert!(broken.is_empty());
        let mut all: Vec<(usize, String)> = parts.into_iter().flatten().collect();
        all.sort();
        (
            all.into_iter().map(|(_, n)| n).collect(),
            parsed.load(std::sync::atomic::Ordering::Relaxed),
        )
    }

    #[test]
    fn an_entry_that_checks_but_does_not_decode_is_parsed_again() {
        let tmp = tempfile::tempdir().expect("tmp");
        let (root, cache) = (tmp.path(), tmp.path().join("cache"));
        let dir = root.join(CUSTOMERS);
        std::fs::create_dir_all(&dir).expect("dir");
        let old = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_600_000_000);
        for (id, name) in [("a", "Alpha"), ("b", "Beta")] {
            let p = dir.join(format!("{id}.toml"));
            std::fs::write(&p, format!("name = \"{name}\"\n")).expect("write");
            std::fs::File::options()
                .write(true)
                .open(&p)
                .and_then(|f| f.set_modified(old))
                .expect("mtime");
        }
        assert_ne!(shard_of("a"), shard_of("b"), "two shards");
        // Cold: both parsed; warm: none.
        assert_eq!(
            names(root, &cache),
            (vec!["Alpha".into(), "Beta".into()], 2)
        );
        let shard = cache.join(format!("{:02x}", shard_of("a")));
        let before = std::fs::read(&shard).expect("shard");
        assert_eq!(
            names(root, &cache),
            (vec!["Alpha".into(), "Beta".into()], 0)
        );
        assert_eq!(
            std::fs::read(&shard).expect("shard"),
            before,
            "not rewritten"
        );
        // A current entry whose payload is not a customer (a broken-file
        // payload flagged as a customer), with a valid checksum.
        let stamp = DirStat::open(&dir).stamp("a").expect("stat");
        let mut w = W::for_shard(1, 0);
        w.entry(
            "a",
            stamp,
            false,
            &Err(Broken {
                path: PathBuf::from("customers/a.toml"),
                line: None,
                message: "x".into(),
            }),
        );
        // count (1 byte), id length (1 byte), stamp (32), racy, then the flag.
        assert_eq!(w.0[35], 1);
        w.0[35] = 0;
        std::fs::write(&shard, w.finish()).expect("write shard");
        assert_eq!(
            names(root, &cache),
            (vec!["Alpha".into(), "Beta".into()], 1)
        );
        assert_eq!(std::fs::read(&shard).expect("shard"), before, "repaired");
        assert_eq!(
            names(root, &cache),
            (vec!["Alpha".into(), "Beta".into()], 0)
        );
    }
}
