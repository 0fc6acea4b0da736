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
use crate::model::{Activity, Conflict, Contact, Customer, Deal, id};
use chrono::{DateTime, FixedOffset, NaiveDate};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

/// Number of shard files. A power of two; at 100,000 customers a shard
/// holds about 1,600 customers (~4 MB), cheap to rewrite after one change.
pub const SHARDS: usize = 64;
/// Entries changed this close to the shard's build time are re-checked.
pub const RACY_NS: i64 = 3_000_000_000;
/// Bump when the encoding or the model changes.
const FORMAT: u32 = 1;
const MAGIC: &[u8; 8] = b"CRMCACHE";

/// The directory of the snapshot inside the git directory.
pub fn dir(git_dir: &Path) -> PathBuf {
    git_dir.join("crm-cache")
}

/// Whether the cache is switched off (`CRM_NO_CACHE=1`): every read parses
/// every file, as without a cache. Used by the benchmark and the tests.
pub fn disabled() -> bool {
    std::env::var_os("CRM_NO_CACHE").is_some_and(|v| !v.is_empty() && v != "0")
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

/// One customer file in a shard: its stamp and what parsing it gave.
struct Entry {
    id: String,
    stamp: Stamp,
    racy: bool,
    value: Result<Customer, Broken>,
}

/// A file found by the directory scan, with its place in the sorted list.
struct Found {
    index: usize,
    id: String,
}

/// Load every customer through the snapshot in `cache_dir`, parsing only
/// what changed and rewriting the shards that changed. `parse` reads and
/// parses one file (the uncached path).
///
/// Each customer is handed to `keep` as soon as its shard is read, and only
/// what `keep` returns is collected (in id order), so a caller that keeps a
/// little holds a little: see [`super::Store::scan`].
pub(super) fn scan<T: Send>(
    root: &Path,
    cache_dir: &Path,
    parse: &(dyn Fn(&str) -> Result<Customer, Broken> + Sync),
    keep: &(dyn Fn(Customer) -> Option<T> + Sync),
) -> crate::Result<Scanned<T>> {
    let dir = root.join(CUSTOMERS);
    let rd = match std::fs::read_dir(&dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Scanned {
                items: Vec::new(),
                broken: Vec::new(),
            });
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
        let mut out = Vec::new();
        loop {
            let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            if k >= SHARDS {
                break;
            }
            out.extend(refresh_shard(k, &shards[k], &dir, cache_dir, parse, keep));
        }
        out
    };
    // The calling thread works too, so a one-core machine spawns nothing.
    let mut results: Vec<(usize, Result<T, Broken>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        let mut all = work();
        for h in handles {
            all.extend(h.join().unwrap_or_default());
        }
        all
    });
    drop(shards);
    results.sort_unstable_by_key(|(i, _)| *i);
    let mut out = Scanned {
        items: Vec::with_capacity(results.len()),
        broken: Vec::new(),
    };
    for (_, r) in results {
        match r {
            Ok(c) => out.items.push(c),
            Err(b) => out.broken.push(b),
        }
    }
    Ok(out)
}

/// What a scan kept, in id order, and the files that do not parse.
pub(super) struct Scanned<T> {
    pub items: Vec<T>,
    pub broken: Vec<Broken>,
}

/// Bring one shard up to date with the files it covers; return the values
/// with their places in the sorted list.
fn refresh_shard<T>(
    k: usize,
    found: &[Found],
    dir: &Path,
    cache_dir: &Path,
    parse: &(dyn Fn(&str) -> Result<Customer, Broken> + Sync),
    keep: &(dyn Fn(Customer) -> Option<T> + Sync),
) -> Vec<(usize, Result<T, Broken>)> {
    let path = cache_dir.join(format!("{k:02x}"));
    let mut cached: std::collections::HashMap<String, Entry> = match std::fs::read(&path) {
        Ok(bytes) => decode_shard(&bytes).unwrap_or_default(),
        Err(_) => Default::default(),
    }
    .into_iter()
    .map(|e| (e.id.clone(), e))
    .collect();
    let had = cached.len();
    // The build time is taken before any stat, so a file changed after it
    // counts as racy.
    let built = now_ns();
    let mut dirty = had != found.len();
    let mut entries = Vec::with_capacity(found.len());
    for f in found {
        let stamp = std::fs::metadata(dir.join(format!("{}.toml", f.id)))
            .ok()
            .map(|m| Stamp::of(&m));
        let hit = cached
            .remove(&f.id)
            .filter(|e| !e.racy && Some(e.stamp) == stamp);
        let entry = match (hit, stamp) {
            (Some(e), _) => e,
            (None, stamp) => {
                dirty = true;
                let stamp = stamp.unwrap_or(Stamp {
                    size: 0,
                    mtime: 0,
                    ctime: 0,
                    ino: 0,
                });
                Entry {
                    id: f.id.clone(),
                    racy: stamp.mtime >= built - RACY_NS || stamp.mtime == 0,
                    stamp,
                    value: parse(&f.id),
                }
            }
        };
        entries.push(entry);
    }
    if dirty || !cached.is_empty() {
        let _ = write_shard(&path, &encode_shard(&entries));
    }
    found
        .iter()
        .zip(entries)
        .filter_map(|(f, e)| match e.value {
            Ok(c) => keep(c).map(|t| (f.index, Ok(t))),
            Err(b) => Some((f.index, Err(b))),
        })
        .collect()
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
/// stray bytes at memory speed.
fn checksum(bytes: &[u8]) -> u64 {
    const P: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = bytes.len() as u64 ^ 0x243F_6A88_85A3_08D3;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().expect("chunks of 8"));
        h = (h ^ w).wrapping_mul(P).rotate_left(29);
    }
    for &b in chunks.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(P).rotate_left(29);
    }
    h ^ (h >> 31)
}

fn header_version() -> String {
    format!("{FORMAT}:{}", env!("CARGO_PKG_VERSION"))
}

fn encode_shard(entries: &[Entry]) -> Vec<u8> {
    let mut body = W(
        Vec::with_capacity(entries.len() * 512),
        Vec::with_capacity(entries.len() * 2048),
    );
    body.uint(entries.len() as u64);
    for e in entries {
        body.str(&e.id);
        body.u64(e.stamp.size);
        body.i64(e.stamp.mtime);
        body.i64(e.stamp.ctime);
        body.u64(e.stamp.ino);
        body.bool(e.racy);
        match &e.value {
            Ok(c) => {
                body.0.push(0);
                customer(&mut body, c);
            }
            Err(b) => {
                body.0.push(1);
                body.opt(b.line.as_ref(), |w, l| w.uint(*l as u64));
                body.str(&b.message);
            }
        }
    }
    let mut out = Vec::with_capacity(body.0.len() + body.1.len() + 64);
    out.extend_from_slice(MAGIC);
    let version = header_version();
    out.extend_from_slice(&(version.len() as u64).to_le_bytes());
    out.extend_from_slice(version.as_bytes());
    out.extend_from_slice(&(checksum(&body.0) ^ checksum(&body.1).rotate_left(1)).to_le_bytes());
    out.extend_from_slice(&(body.0.len() as u64).to_le_bytes());
    out.extend_from_slice(&(body.1.len() as u64).to_le_bytes());
    out.extend_from_slice(&body.0);
    out.extend_from_slice(&body.1);
    out
}

fn decode_shard(bytes: &[u8]) -> Option<Vec<Entry>> {
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
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.string()?;
        let stamp = Stamp {
            size: r.u64()?,
            mtime: r.i64()?,
            ctime: r.i64()?,
            ino: r.u64()?,
        };
        let racy = r.bool()?;
        let value = match r.byte()? {
            0 => Ok(read_customer(&mut r, &id)?),
            1 => Err(Broken {
                path: PathBuf::from(super::Store::rel_path(&id)),
                line: r.opt(|r| r.uint().map(|l| l as usize))?,
                message: r.string()?,
            }),
            _ => return None,
        };
        out.push(Entry {
            id,
            stamp,
            racy,
            value,
        });
    }
    (r.p == body.len() && r.tp == r.t.len()).then_some(out)
}

// ---- the encoding: little-endian, LEB128 lengths, a tag byte for options ----

/// The writer: structure bytes in `.0`, the text of every string in `.1`
/// (one region, so a reader validates UTF-8 once, not per string).
struct W(Vec<u8>, Vec<u8>);

impl W {
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
    w.uint(c.conflicts.len() as u64);
    for x in &c.conflicts {
        w.str(&x.field);
        w.opt(x.ours.as_ref(), |w, v| w.value(v));
        w.opt(x.theirs.as_ref(), |w, v| w.value(v));
        w.opt(x.base.as_ref(), |w, v| w.value(v));
        w.opt(x.when.as_ref(), |w, d| w.str(&d.to_string()));
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
    fn opt_string(&mut self) -> Option<Option<String>> {
        self.opt(R::string)
    }
    fn date(&mut self) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(i32::try_from(self.i64()?).ok()?)
    }
    fn opt_date(&mut self) -> Option<Option<NaiveDate>> {
        self.opt(R::date)
    }
    fn strs(&mut self) -> Option<Vec<String>> {
        let n = self.len()?;
        (0..n).map(|_| self.string()).collect()
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

fn read_customer(r: &mut R, id: &str) -> Option<Customer> {
    let name = r.string()?;
    let stage = r.opt_string()?;
    let owner = r.opt_string()?;
    let tags = r.strs()?;
    let created = r.opt_date()?;
    let email = r.opt_string()?;
    let phone = r.opt_string()?;
    let website = r.opt_string()?;
    let address = r.opt_string()?;
    let reg_code = r.opt_string()?;
    let notes = r.opt_string()?;
    let fields = r.table(0)?;
    let n = r.len()?;
    let mut contacts = Vec::with_capacity(n);
    for _ in 0..n {
        contacts.push(Contact {
            name: r.string()?,
            role: r.opt_string()?,
            email: r.opt_string()?,
            phone: r.opt_string()?,
            birthday: r.opt_date()?,
            notes: r.opt_string()?,
        });
    }
    let n = r.len()?;
    let mut deals = Vec::with_capacity(n);
    for _ in 0..n {
        deals.push(Deal {
            id: r.string()?,
            title: r.string()?,
            amount: Decimal::deserialize(r.take(16)?.try_into().ok()?),
            currency: r.opt_string()?,
            stage: r.string()?,
            probability: r.opt(R::byte)?,
            expected: r.opt_date()?,
            closed: r.opt_date()?,
            owner: r.opt_string()?,
        });
    }
    let n = r.len()?;
    let mut activities = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.string()?;
        let secs = r.i64()?;
        let nanos = u32::try_from(r.uint()?).ok()?;
        let offset = FixedOffset::east_opt(i32::try_from(r.i64()?).ok()?)?;
        let at: DateTime<FixedOffset> =
            DateTime::from_timestamp(secs, nanos)?.with_timezone(&offset);
        activities.push(Activity {
            id,
            at,
            kind: r.string()?,
            by: r.opt_string()?,
            with: r.opt_string()?,
            text: r.opt_string()?,
            minutes: r.opt(|r| r.uint().and_then(|m| u32::try_from(m).ok()))?,
            due: r.opt_date()?,
            done: r.opt(R::bool)?,
        });
    }
    let n = r.len()?;
    let mut conflicts = Vec::with_capacity(n);
    for _ in 0..n {
        conflicts.push(Conflict {
            field: r.string()?,
            ours: r.opt(|r| r.value(0))?,
            theirs: r.opt(|r| r.value(0))?,
            base: r.opt(|r| r.value(0))?,
            when: r.opt(|r| r.str()?.parse().ok())?,
        });
    }
    Some(Customer {
        id: id.to_string(),
        name,
        stage,
        owner,
        tags,
        created,
        email,
        phone,
        website,
        address,
        reg_code,
        notes,
        fields,
        contacts,
        deals,
        activities,
        conflicts,
    })
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
        let entries = vec![
            Entry {
                id: c.id.clone(),
                stamp: Stamp {
                    size: 1,
                    mtime: 2,
                    ctime: 3,
                    ino: 4,
                },
                racy: false,
                value: Ok(c.clone()),
            },
            Entry {
                id: "bad".into(),
                stamp: Stamp {
                    size: 5,
                    mtime: 6,
                    ctime: 7,
                    ino: 8,
                },
                racy: true,
                value: Err(Broken {
                    path: PathBuf::from("customers/bad.toml"),
                    line: Some(3),
                    message: "oops".into(),
                }),
            },
        ];
        let bytes = encode_shard(&entries);
        let back = decode_shard(&bytes).expect("decodes");
        assert_eq!(back.len(), 2);
        let got = back[0].value.as_ref().expect("a customer");
        assert_eq!(got, &c);
        assert_eq!(
            got.activities[0].at.to_rfc3339(),
            c.activities[0].at.to_rfc3339()
        );
        assert_eq!(back[1].stamp, entries[1].stamp);
        assert!(back[1].racy);
        assert_eq!(
            back[1].value.as_ref().err().map(|b| b.to_string()),
            Some("customers/bad.toml:3: oops".into())
        );
        // Any flipped byte or truncation is refused, never misread.
        for i in [0, 9, bytes.len() / 2, bytes.len() - 1] {
            let mut bad = bytes.clone();
            bad[i] ^= 0x10;
            assert!(decode_shard(&bad).is_none(), "flip at {i}");
        }
        assert!(decode_shard(&bytes[..bytes.len() - 1]).is_none());
    }
}
