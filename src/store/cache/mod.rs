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

mod shard;

use super::{Broken, CUSTOMERS};
use crate::model::{Customer, id};
use shard::{
    Cached, Layout, Lists, ShardWriter, decode_activities, decode_broken, decode_customer,
    decode_head, decode_names, open_lists, open_names, open_shard, read_layout, write_shard,
};
use std::cell::OnceCell;
use std::path::{Path, PathBuf};

/// Number of shard files. A power of two; at 100,000 customers a shard
/// holds about 1,600 customers (~4 MB), cheap to rewrite after one change.
pub const SHARDS: usize = 64;
/// Entries changed this close to the shard's build time are re-checked.
pub const RACY_NS: i64 = 3_000_000_000;
/// Bump when the shard layout or the codec changes (a new model field
/// changes the encoding by itself: the version string also carries the
/// crate version, and a shard that does not decode is rebuilt).
const FORMAT: u32 = 5;
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
    progress: Option<fn(&str, usize, usize)>,
) -> crate::Result<Visited<S>> {
    let dir = root.join(CUSTOMERS);
    // Taken before the listing: a file added, removed or replaced after it
    // moves the directory's mtime past this (see `names_current`).
    let listed = dir_mtime(&dir);
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
    let ids_len = ids.len();
    let mut shards: Vec<Vec<Found>> = (0..SHARDS).map(|_| Vec::new()).collect();
    for (index, id) in ids.into_iter().enumerate() {
        shards[shard_of(&id)].push(Found { index, id });
    }
    let _ = std::fs::create_dir_all(cache_dir);
    shard::remove_stale_temp_files(cache_dir);
    let threads = std::thread::available_parallelism()
        .map_or(1, |x| x.get())
        .min(8);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let all_written = std::sync::atomic::AtomicBool::new(true);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = ids_len;
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
            let written = refresh_shard(
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
            if !written {
                all_written.store(false, std::sync::atomic::Ordering::Relaxed);
            }
            let n = done.fetch_add(shards[k].len(), std::sync::atomic::Ordering::Relaxed)
                + shards[k].len();
            if let Some(p) = progress {
                p("reading customers", n, total);
            }
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
    // Every shard now holds the names of the files listed: say so, unless
    // the directory changed within a tick of a coarse clock of the
    // listing (a change in the same tick would leave the mtime as it was).
    if let Some(m) = listed
        && all_written.into_inner()
        && m < now_ns() - RACY_NS
    {
        let path = cache_dir.join(NAMES_CURRENT);
        let text = m.to_string();
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            let _ = shard::write_shard(&path, text.as_bytes());
        }
    }
    Ok((states, broken))
}

/// The file that says which state of `customers/` the names were last
/// read from in full: the directory's mtime then, in nanoseconds.
const NAMES_CURRENT: &str = "names-current";

/// The mtime of a directory in nanoseconds.
fn dir_mtime(dir: &Path) -> Option<i64> {
    let m = std::fs::metadata(dir).ok()?;
    let t = m.modified().ok()?;
    let d = t.duration_since(std::time::UNIX_EPOCH).ok()?;
    i64::try_from(d.as_nanos()).ok()
}

/// Whether the names of the shards (see [`names`]) were read after the
/// last time a file was added to, removed from or renamed into
/// `customers/`: crm's own writes, git's checkouts and most editors do
/// one of those, and each moves the directory's mtime. A file changed in
/// place (`>>`, some editors) does not, and is not seen here.
pub(super) fn names_current(customers: &Path, cache_dir: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(cache_dir.join(NAMES_CURRENT)) else {
        return false;
    };
    let Ok(then) = text.trim().parse::<i64>() else {
        return false;
    };
    dir_mtime(customers) == Some(then)
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

/// What to do with one file of a shard.
#[derive(Clone, Copy)]
enum Plan {
    /// The cached entry (its index) is current.
    Hit(usize),
    /// Parse the file; its stamp as the scan saw it.
    Parse(Option<Stamp>),
}

/// What a reference to a customer is looked up by, for every customer the
/// cache holds (id, name, e-mail, phone, contacts, deal ids: see
/// `shard::lookup_card`), read from the names of every shard without
/// looking at the files; `None` when a shard is missing or does not check
/// (the caller reads the store instead, which rebuilds them). Not trusted
/// over the files: a hand edit is seen only by the next full read.
pub(super) fn names(
    cache_dir: &Path,
    keep: &(dyn Fn(&Customer) -> bool + Sync),
) -> Option<Vec<Customer>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |x| x.get())
        .min(8);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || -> Option<Vec<Customer>> {
        let mut got = Vec::new();
        let mut buf = Vec::new();
        loop {
            let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            if k >= SHARDS {
                return Some(got);
            }
            let path = cache_dir.join(format!("{k:02x}"));
            let mut file = std::fs::File::open(&path).ok()?;
            let len = file.metadata().ok()?.len();
            let mut head = vec![0u8; shard::header_len()];
            std::io::Read::read_exact(&mut file, &mut head).ok()?;
            let layout = read_layout(&head, len)?;
            read_at(&file, layout.names(), &mut buf).ok()?;
            let names = open_names(&layout, &buf)?;
            got.extend(decode_names(&names, keep)?);
        }
    };
    let parts: Vec<Option<Vec<Customer>>> = std::thread::scope(|s| {
        let handles: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        let mut parts = vec![work()];
        for h in handles {
            parts.push(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        parts
    });
    let mut cards = Vec::new();
    for p in parts {
        cards.extend(p?);
    }
    cards.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    Some(cards)
}

/// A shard file as far as it was read: its layout and heads; its lists
/// are read when first wanted.
struct ShardFile {
    file: Option<std::fs::File>,
    layout: Option<Layout>,
}

impl ShardFile {
    /// Open the shard at `path` and read its heads into `buf`.
    fn open(path: &Path, buf: &mut Vec<u8>) -> ShardFile {
        buf.clear();
        let none = ShardFile {
            file: None,
            layout: None,
        };
        let Ok(mut file) = std::fs::File::open(path) else {
            return none;
        };
        let len = file.metadata().map_or(0, |m| m.len());
        let mut head = vec![0u8; shard::header_len()];
        let Some(layout) = std::io::Read::read_exact(&mut file, &mut head)
            .ok()
            .and_then(|()| read_layout(&head, len))
        else {
            return none;
        };
        if read_at(&file, layout.heads(), buf).is_err() {
            buf.clear();
            return none;
        }
        ShardFile {
            file: Some(file),
            layout: Some(layout),
        }
    }

    /// The bytes of a section (empty when they cannot be read).
    fn section(&self, which: fn(&Layout) -> (u64, usize)) -> Vec<u8> {
        let mut v = Vec::new();
        if let (Some(f), Some(l)) = (&self.file, &self.layout)
            && read_at(f, which(l), &mut v).is_err()
        {
            v.clear();
        }
        v
    }
}

/// Read `len` bytes at `at` of `file` into `buf`.
fn read_at(
    file: &std::fs::File,
    (at, len): (u64, usize),
    buf: &mut Vec<u8>,
) -> std::io::Result<()> {
    use std::io::{Read, Seek, SeekFrom};
    let mut f = file;
    f.seek(SeekFrom::Start(at))?;
    buf.clear();
    buf.reserve(len);
    f.take(len as u64).read_to_end(buf)?;
    if buf.len() != len {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    Ok(())
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
) -> bool {
    let path = cache_dir.join(format!("{k:02x}"));
    let file = ShardFile::open(&path, buf);
    let shard = file.layout.as_ref().and_then(|l| open_shard(l, buf));
    // The lists, read and checked the first time an entry needs them; the
    // names, when the shard is rewritten.
    let list_bytes: OnceCell<Vec<u8>> = OnceCell::new();
    let lists: OnceCell<Option<Lists>> = OnceCell::new();
    let lists = || -> Option<&Lists> {
        lists
            .get_or_init(|| {
                let bytes = list_bytes.get_or_init(|| file.section(Layout::lists));
                file.layout.as_ref().and_then(|l| open_lists(l, bytes))
            })
            .as_ref()
    };
    let name_bytes: OnceCell<Vec<u8>> = OnceCell::new();
    let names: OnceCell<Option<Lists>> = OnceCell::new();
    let names = || -> Option<&Lists> {
        names
            .get_or_init(|| {
                let bytes = name_bytes.get_or_init(|| file.section(Layout::names));
                file.layout.as_ref().and_then(|l| open_names(l, bytes))
            })
            .as_ref()
    };
    let cached: &[Cached] = shard.as_ref().map_or(&[], |s| &s.entries);
    // The build time is taken before any stat, so a file changed after it
    // counts as racy.
    let built = now_ns();
    // Pass 1: stat every file and match it with its entry (both lists are
    // sorted by id).
    let mut plans = Vec::with_capacity(found.len());
    let mut j = 0;
    // A shard that is not there is written even when its bucket is empty,
    // so the names of every shard together say who exists.
    let mut dirty = shard.is_none() || cached.len() != found.len();
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
    // A shard to rewrite copies its current entries, lists and all.
    if dirty && shard.is_some() && (lists().is_none() || names().is_none()) {
        dirty_all(&mut plans);
    }
    // Pass 2: decode or parse; when anything changed, write the new shard
    // (current entries copied as they are, changed ones encoded).
    let mut out: Option<ShardWriter> = dirty.then(|| ShardWriter::new(found.len(), buf.len()));
    for (n, (f, plan)) in found.iter().zip(&plans).enumerate() {
        if let (Plan::Hit(j), Some(s)) = (*plan, shard.as_ref()) {
            let e = &s.entries[j];
            // Ok(false): turned down by `pre` on its head alone.
            let value = if e.broken {
                decode_broken(s, e).map(Err)
            } else if let Some(pre) = pre {
                decode_head(s, e, scratch).and_then(|at| match pre(scratch) {
                    Want::Whole => lists()
                        .and_then(|l| decode_activities(l, e, at, scratch))
                        .map(|()| Ok(true)),
                    Want::Head => Some(Ok(true)),
                    Want::No => Some(Ok(false)),
                })
            } else {
                lists()
                    .and_then(|l| decode_customer(s, l, e, scratch))
                    .map(|()| Ok(true))
            };
            if let Some(value) = value {
                if let (Some(w), Some(l), Some(nm)) = (out.as_mut(), lists(), names()) {
                    w.copy_entry(s, l, nm, e);
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
                let mut w = ShardWriter::new(found.len(), buf.len());
                if let (Some(l), Some(nm)) = (lists(), names()) {
                    for p in &plans[..n] {
                        if let Plan::Hit(i) = p {
                            w.copy_entry(s, l, nm, &s.entries[*i]);
                        }
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
    match out {
        Some(w) => write_shard(&path, &w.finish()).is_ok(),
        None => true,
    }
}

/// Parse every file of a shard whose lists cannot be read (so its entries
/// cannot be copied).
fn dirty_all(plans: &mut [Plan]) {
    for p in plans {
        if let Plan::Hit(_) = p {
            *p = Plan::Parse(None);
        }
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
        let mut w = ShardWriter::new(2, 0);
        w.entry(&c.id, stamp(1), false, &Ok(c.clone()));
        w.entry("bad", stamp(5), true, &Err(bad));
        let bytes = w.finish();
        // A whole shard file read as refresh_shard reads it.
        type Sections<'a> = (Layout, &'a [u8], &'a [u8], &'a [u8]);
        fn sections(bytes: &[u8]) -> Option<Sections<'_>> {
            let layout = read_layout(bytes.get(..shard::header_len())?, bytes.len() as u64)?;
            let at = |(o, n): (u64, usize)| bytes.get(o as usize..o as usize + n);
            let (heads, lists, names) = (
                at(layout.heads())?,
                at(layout.lists())?,
                at(layout.names())?,
            );
            Some((layout, heads, lists, names))
        }
        let opens = |bytes: &[u8]| {
            sections(bytes).is_some_and(|(l, h, li, nm)| {
                open_shard(&l, h).is_some()
                    && open_lists(&l, li).is_some()
                    && open_names(&l, nm).is_some()
            })
        };
        let (layout, heads, list_bytes, name_bytes) = sections(&bytes).expect("sections");
        let shard = open_shard(&layout, heads).expect("opens");
        let lists = open_lists(&layout, list_bytes).expect("lists");
        let names = open_names(&layout, name_bytes).expect("names");
        // The names hold what a lookup needs and nothing more.
        let cards = decode_names(&names, &|_| true).expect("cards");
        assert_eq!(cards.len(), 1, "the broken file has no card");
        assert_eq!(
            (cards[0].id.as_str(), cards[0].name.as_str()),
            (c.id.as_str(), c.name.as_str())
        );
        assert_eq!(cards[0].email, c.email);
        assert!(cards[0].activities.is_empty() && cards[0].tags.is_empty());
        assert_eq!(shard.entries.len(), 2);
        // Decoded into a buffer that held another customer with more of
        // everything: nothing of it may survive.
        let mut got = Customer::parse("other", text).expect("parses");
        got.activities.push(got.activities[0].clone());
        got.tags.push("extra".into());
        got.email = None;
        decode_customer(&shard, &lists, &shard.entries[0], &mut got).expect("a customer");
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
        decode_activities(&lists, &shard.entries[0], at, &mut head).expect("activities");
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
        let mut copy = ShardWriter::new(2, bytes.len());
        for e in &shard.entries {
            copy.copy_entry(&shard, &lists, &names, e);
        }
        assert_eq!(copy.finish(), bytes);
        // Any flipped byte or truncation is refused, never misread.
        for i in [0, 9, bytes.len() / 2, bytes.len() - 1] {
            let mut bad = bytes.clone();
            bad[i] ^= 0x10;
            assert!(!opens(&bad), "flip at {i}");
        }
        assert!(!opens(&bytes[..bytes.len() - 1]));
        // Entries out of order are refused too.
        let mut w = ShardWriter::new(2, 0);
        w.entry("b", stamp(1), false, &Ok(c.clone()));
        w.entry("a", stamp(1), false, &Ok(c.clone()));
        assert!(!opens(&w.finish()));
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
            None,
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
        let mut w = ShardWriter::new(1, 0);
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
        assert_eq!(w.body_mut()[35], 1);
        w.body_mut()[35] = 0;
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
