//! One shard file of the cache, in two sections, each in two regions
//! (structure bytes and text, `model::codec`) with its own checksum:
//!
//! - the *heads*: every entry's header (id, the file's stamp, flags, the
//!   sizes of its payload and of its lists) and payload (the customer
//!   without its activities, which the codec diverts, or the error of a
//!   file that does not parse);
//! - the *lists*: every entry's activities, in entry order;
//! - the *names*: what a reference to a customer is looked up by (id,
//!   name, e-mail, phone, its contacts' names, e-mails and phones, its deal
//!   ids), in entry order.
//!
//! A read that needs only heads (`ls`, the reports on deals) reads and
//! checks the first section alone; the second is read the first time an
//! entry's activities are wanted; a name lookup reads only the third.

use super::{FORMAT, MAGIC, Stamp};
use crate::model::Customer;
use crate::model::codec::{self, Codec, Reader, Writer};
use crate::store::{Broken, Store};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// One entry of a shard as read from its bytes: the header is decoded, the
/// payload (the customer) only when it is used.
pub(super) struct Cached<'a> {
    pub(super) id: &'a str,
    pub(super) stamp: Stamp,
    pub(super) racy: bool,
    pub(super) broken: bool,
    /// The whole entry in the heads' two regions (copied verbatim when the
    /// shard is rewritten).
    pub(super) body: Range<usize>,
    pub(super) text: Range<usize>,
    /// Where the payload starts in each region.
    pub(super) payload: (usize, usize),
    /// The entry's lists in the lists' two regions.
    pub(super) lists: (Range<usize>, Range<usize>),
    /// The entry's names in the names' two regions.
    pub(super) names: (Range<usize>, Range<usize>),
}

/// A shard's heads, checked, with every entry's header read.
pub(super) struct Shard<'a> {
    pub(super) body: &'a [u8],
    pub(super) text: &'a str,
    pub(super) entries: Vec<Cached<'a>>,
}

/// A shard's lists (or names), checked.
pub(super) struct Lists<'a> {
    pub(super) body: &'a [u8],
    pub(super) text: &'a str,
}

/// Where a shard file's sections are: the size of the fixed header, and
/// each section's two region sizes and checksum.
#[derive(Debug, Clone, Copy)]
pub(super) struct Layout {
    head_at: u64,
    heads: (u64, u64, u64),
    lists: (u64, u64, u64),
    names: (u64, u64, u64),
}

impl Layout {
    /// Where the heads start and how long they are.
    pub(super) fn heads(&self) -> (u64, usize) {
        (self.head_at, (self.heads.0 + self.heads.1) as usize)
    }
    /// Where the lists start and how long they are.
    pub(super) fn lists(&self) -> (u64, usize) {
        (
            self.head_at + self.heads.0 + self.heads.1,
            (self.lists.0 + self.lists.1) as usize,
        )
    }
    /// Where the names start and how long they are.
    pub(super) fn names(&self) -> (u64, usize) {
        let (at, len) = self.lists();
        (at + len as u64, (self.names.0 + self.names.1) as usize)
    }
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

/// The checksum of a section: both regions.
fn section_sum(body: &[u8], text: &[u8]) -> u64 {
    checksum(body) ^ checksum(text).rotate_left(1)
}

/// The format, the crate's version and the model's records: a shard
/// written for any other is not read (and is rebuilt).
fn header_version() -> String {
    use crate::model::{
        Activity, Budget, Conflict, Contact, Contract, Deal, DealLine, StageDate, Summary,
    };
    // Every record of the model, nested ones included: a new one goes here.
    let schema = [
        Customer::SCHEMA,
        Contact::SCHEMA,
        Deal::SCHEMA,
        Activity::SCHEMA,
        Conflict::SCHEMA,
        Summary::SCHEMA,
        Budget::SCHEMA,
        StageDate::SCHEMA,
        DealLine::SCHEMA,
        Contract::SCHEMA,
        // Written by hand (model::Due): say its layout here when it changes.
        "Due{Date:NaiveDate|At:DateTime<FixedOffset>}",
    ]
    .concat();
    // FNV-1a, stable across builds.
    let hash = schema.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{FORMAT}:{}:{hash:016x}", env!("CARGO_PKG_VERSION"))
}

/// How many bytes the fixed header takes: enough to read for
/// [`read_layout`].
pub(super) fn header_len() -> usize {
    8 + 8 + header_version().len() + 9 * 8
}

/// Read a shard file's fixed header (its first [`header_len`] bytes):
/// `None` when it is not a shard of this format and version.
pub(super) fn read_layout(bytes: &[u8], file_len: u64) -> Option<Layout> {
    let mut r = Reader::new(bytes, 0, "", 0);
    let version = header_version();
    if r.take(8)? != MAGIC
        || usize::try_from(r.u64()?).ok()? != version.len()
        || r.take(version.len())? != version.as_bytes()
    {
        return None;
    }
    let heads = (r.u64()?, r.u64()?, r.u64()?);
    let lists = (r.u64()?, r.u64()?, r.u64()?);
    let names = (r.u64()?, r.u64()?, r.u64()?);
    let l = Layout {
        head_at: r.p as u64,
        heads,
        lists,
        names,
    };
    let end = l
        .head_at
        .checked_add(heads.0)?
        .checked_add(heads.1)?
        .checked_add(lists.0)?
        .checked_add(lists.1)?
        .checked_add(names.0)?
        .checked_add(names.1)?;
    (end == file_len).then_some(l)
}

/// Check a shard's heads (the bytes [`Layout::heads`] names) and read the
/// header of every entry (ids must be strictly ascending, as written).
pub(super) fn open_shard<'a>(layout: &Layout, heads: &'a [u8]) -> Option<Shard<'a>> {
    let (body, text) = heads.split_at_checked(usize::try_from(layout.heads.0).ok()?)?;
    if section_sum(body, text) != layout.heads.2 {
        return None;
    }
    let mut r = Reader::new(body, 0, std::str::from_utf8(text).ok()?, 0);
    let n = r.count()?;
    let mut entries: Vec<Cached> = Vec::with_capacity(n);
    let (mut lb, mut lt) = (0usize, 0usize);
    let (mut nb, mut nt) = (0usize, 0usize);
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
        let lists_len = usize::try_from(r.u64()?).ok()?;
        let lists_text = usize::try_from(r.u64()?).ok()?;
        let names_len = usize::try_from(r.u64()?).ok()?;
        let names_text = usize::try_from(r.u64()?).ok()?;
        let payload = (r.p, r.tp);
        r.take(payload_len)?;
        r.tp = r.tp.checked_add(payload_text)?;
        if r.tp > r.t.len() {
            return None;
        }
        let lists = (
            lb..lb.checked_add(lists_len)?,
            lt..lt.checked_add(lists_text)?,
        );
        (lb, lt) = (lists.0.end, lists.1.end);
        let names = (
            nb..nb.checked_add(names_len)?,
            nt..nt.checked_add(names_text)?,
        );
        (nb, nt) = (names.0.end, names.1.end);
        entries.push(Cached {
            id,
            stamp,
            racy,
            broken,
            body: p0..r.p,
            text: tp0..r.tp,
            payload,
            lists,
            names,
        });
    }
    let complete = r.p == body.len()
        && r.tp == r.t.len()
        && lb as u64 == layout.lists.0
        && lt as u64 == layout.lists.1
        && nb as u64 == layout.names.0
        && nt as u64 == layout.names.1;
    complete.then_some(Shard {
        body,
        text: r.t,
        entries,
    })
}

/// Check a shard's lists (the bytes [`Layout::lists`] names).
pub(super) fn open_lists<'b>(layout: &Layout, lists: &'b [u8]) -> Option<Lists<'b>> {
    open_section(layout.lists, lists)
}

/// Check a shard's names (the bytes [`Layout::names`] names).
pub(super) fn open_names<'b>(layout: &Layout, names: &'b [u8]) -> Option<Lists<'b>> {
    open_section(layout.names, names)
}

fn open_section(sizes: (u64, u64, u64), bytes: &[u8]) -> Option<Lists<'_>> {
    let (body, text) = bytes.split_at_checked(usize::try_from(sizes.0).ok()?)?;
    if section_sum(body, text) != sizes.2 {
        return None;
    }
    Some(Lists {
        body,
        text: std::str::from_utf8(text).ok()?,
    })
}

/// The customers a shard's names hold that `keep` keeps: the fields a
/// reference is looked up by (see [`lookup_card`]); `None` when they do
/// not decode.
pub(super) fn decode_names(
    names: &Lists,
    keep: &(dyn Fn(&Customer) -> bool + Sync),
) -> Option<Vec<Customer>> {
    let mut r = Reader::new(names.body, 0, names.text, 0);
    let mut out = Vec::new();
    while r.p < names.body.len() {
        let card = Customer::read(&mut r)?;
        if keep(&card) {
            out.push(card);
        }
    }
    (r.tp == names.text.len()).then_some(out)
}

/// What a reference to customer `c` is looked up by: its id, name,
/// e-mail and phone, its contacts' names, e-mails and phones, and its
/// deals' and contracts' ids; nothing else.
fn lookup_card(c: &Customer) -> Customer {
    Customer {
        id: c.id.clone(),
        name: c.name.clone(),
        email: c.email.clone(),
        phone: c.phone.clone(),
        contacts: c
            .contacts
            .iter()
            .map(|p| crate::model::Contact {
                name: p.name.clone(),
                email: p.email.clone(),
                phone: p.phone.clone(),
                ..Default::default()
            })
            .collect(),
        deals: c
            .deals
            .iter()
            .map(|d| crate::model::Deal {
                id: d.id.clone(),
                ..Default::default()
            })
            .collect(),
        contracts: c
            .contracts
            .iter()
            .map(|k| crate::model::Contract {
                id: k.id.clone(),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    }
}

/// A reader of one entry's payload, with its lists where it finds them.
fn payload<'a>(s: &Shard<'a>, e: &Cached, lists: Option<&Lists<'a>>) -> Reader<'a> {
    let mut r = Reader::new(s.body, e.payload.0, s.text, e.payload.1);
    r.lazy = Some(match lists {
        Some(l) => (
            l.body.get(e.lists.0.clone()).unwrap_or_default(),
            l.text.get(e.lists.1.clone()).unwrap_or_default(),
        ),
        // Heads only: the lists are not read (any offset is out of range).
        None => (&[], ""),
    });
    r
}

/// Whether a reader stopped exactly at the end of the entry's payload.
fn at_end(r: &Reader, e: &Cached) -> bool {
    r.p == e.body.end && r.tp == e.text.end
}

/// Decode the file error an entry records.
pub(super) fn decode_broken(s: &Shard, e: &Cached) -> Option<Broken> {
    let mut r = payload(s, e, None);
    let line = Option::<u32>::read(&mut r)?;
    let message = String::read(&mut r)?;
    at_end(&r, e).then(|| Broken {
        path: PathBuf::from(Store::rel_path(e.id)),
        line: line.map(|l| l as usize),
        message,
    })
}

/// Decode an entry's customer into `c`, reusing its strings and vectors.
pub(super) fn decode_customer<'a>(
    s: &Shard<'a>,
    lists: &Lists<'a>,
    e: &Cached,
    c: &mut Customer,
) -> Option<()> {
    let mut r = payload(s, e, Some(lists));
    c.decode(&mut r)?;
    at_end(&r, e).then_some(())
}

/// Decode an entry's customer into `c` without its activities (left
/// empty); where they are in its lists, for [`decode_activities`].
pub(super) fn decode_head(s: &Shard, e: &Cached, c: &mut Customer) -> Option<(usize, usize)> {
    let mut r = payload(s, e, None);
    r.heads_only = true;
    c.decode(&mut r)?;
    if !at_end(&r, e) {
        return None;
    }
    Some(r.lazy_at.unwrap_or_default())
}

/// Decode the activities of an entry whose head [`decode_head`] read.
pub(super) fn decode_activities(
    lists: &Lists,
    e: &Cached,
    at: (usize, usize),
    c: &mut Customer,
) -> Option<()> {
    let body = lists.body.get(e.lists.0.clone())?;
    let text = lists.text.get(e.lists.1.clone())?;
    codec::decode_lazy(&mut Reader::new(body, at.0, text, at.1), &mut c.activities)
}

/// The writer of a shard file.
pub(super) struct ShardWriter {
    heads: Writer,
    lists: Writer,
    names: Writer,
}

impl ShardWriter {
    /// A writer for a shard of `n` entries, sized after the old shard.
    pub(super) fn new(n: usize, old_len: usize) -> ShardWriter {
        let mut heads = Writer::with_capacity(old_len / 8 + n * 64, old_len / 8);
        heads.uint(n as u64);
        ShardWriter {
            heads,
            lists: Writer::with_capacity(old_len / 4, old_len / 2),
            names: Writer::with_capacity(n * 32, n * 64),
        }
    }

    /// A current entry, copied as it is (its lists and names too).
    pub(super) fn copy_entry(&mut self, s: &Shard, lists: &Lists, names: &Lists, e: &Cached) {
        self.names
            .body
            .extend_from_slice(&names.body[e.names.0.clone()]);
        self.names
            .text
            .extend_from_slice(&names.text.as_bytes()[e.names.1.clone()]);
        self.heads.body.extend_from_slice(&s.body[e.body.clone()]);
        self.heads
            .text
            .extend_from_slice(&s.text.as_bytes()[e.text.clone()]);
        self.lists
            .body
            .extend_from_slice(&lists.body[e.lists.0.clone()]);
        self.lists
            .text
            .extend_from_slice(&lists.text.as_bytes()[e.lists.1.clone()]);
    }

    /// A new entry: the header, the sizes of its payload and its lists
    /// (filled in after they are written), and the payload; its lists go
    /// to the lists' section.
    pub(super) fn entry(
        &mut self,
        id: &str,
        stamp: Stamp,
        racy: bool,
        value: &Result<Customer, Broken>,
    ) {
        let w = &mut self.heads;
        w.str(id);
        w.u64(stamp.size);
        w.i64(stamp.mtime);
        w.i64(stamp.ctime);
        w.u64(stamp.ino);
        w.bool(racy);
        w.bool(value.is_err());
        let sizes = w.sizes_placeholder();
        let lists_at = w.body.len();
        w.u64(0);
        w.u64(0);
        w.u64(0);
        w.u64(0);
        let (lb, lt) = (self.lists.body.len(), self.lists.text.len());
        let (nb, nt) = (self.names.body.len(), self.names.text.len());
        let (p0, t0) = (w.body.len(), w.text.len());
        match value {
            Ok(c) => {
                w.divert(std::mem::take(&mut self.lists));
                c.encode(w);
                self.lists = w.undivert().unwrap_or_default();
                lookup_card(c).encode(&mut self.names);
            }
            Err(b) => {
                b.line
                    .map(|l| u32::try_from(l).unwrap_or(u32::MAX))
                    .encode(w);
                w.str(&b.message);
            }
        }
        let (pb, pt) = ((w.body.len() - p0) as u64, (w.text.len() - t0) as u64);
        w.body[sizes.0..sizes.0 + 8].copy_from_slice(&pb.to_le_bytes());
        w.body[sizes.0 + 8..sizes.0 + 16].copy_from_slice(&pt.to_le_bytes());
        let (ab, at) = (
            (self.lists.body.len() - lb) as u64,
            (self.lists.text.len() - lt) as u64,
        );
        w.body[lists_at..lists_at + 8].copy_from_slice(&ab.to_le_bytes());
        w.body[lists_at + 8..lists_at + 16].copy_from_slice(&at.to_le_bytes());
        let (nb, nt) = (
            (self.names.body.len() - nb) as u64,
            (self.names.text.len() - nt) as u64,
        );
        w.body[lists_at + 16..lists_at + 24].copy_from_slice(&nb.to_le_bytes());
        w.body[lists_at + 24..lists_at + 32].copy_from_slice(&nt.to_le_bytes());
    }

    /// The shard file: the fixed header, then both sections.
    pub(super) fn finish(self) -> Vec<u8> {
        let (hb, ht) = (self.heads.body, self.heads.text);
        let (lb, lt) = (self.lists.body, self.lists.text);
        let (nb, nt) = (self.names.body, self.names.text);
        let mut out = Vec::with_capacity(
            hb.len() + ht.len() + lb.len() + lt.len() + nb.len() + nt.len() + 128,
        );
        out.extend_from_slice(MAGIC);
        let version = header_version();
        out.extend_from_slice(&(version.len() as u64).to_le_bytes());
        out.extend_from_slice(version.as_bytes());
        for (b, t) in [(&hb, &ht), (&lb, &lt), (&nb, &nt)] {
            out.extend_from_slice(&(b.len() as u64).to_le_bytes());
            out.extend_from_slice(&(t.len() as u64).to_le_bytes());
            out.extend_from_slice(&section_sum(b, t).to_le_bytes());
        }
        for part in [&hb, &ht, &lb, &lt, &nb, &nt] {
            out.extend_from_slice(part);
        }
        out
    }

    #[cfg(test)]
    pub(super) fn body_mut(&mut self) -> &mut Vec<u8> {
        &mut self.heads.body
    }
}
