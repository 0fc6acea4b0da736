//! What [`record!`] derives from the model's struct definitions, so a new
//! field in `Customer`, `Contact`, `Deal`, `Activity` or `Conflict` needs
//! nothing else: a compact binary form for the read cache
//! (`store::cache`), [`Codec`], and a walk over every text the record
//! holds, [`Texts`] (how a front end makes data safe to show).
//!
//! The encoding: structure bytes (little-endian integers, LEB128 lengths,
//! a tag byte for options) in one region, the text of every string in
//! another, so a reader validates UTF-8 once per shard, not once per
//! string. Decoding goes into an existing value and reuses its strings and
//! vectors: a scan decodes 100,000 customers into one buffer.
//!
//! A list of a *lazy* record (activities) is written with its length in
//! bytes, so a reader that wants only the rest of a customer
//! ([`Reader::heads_only`]) skips it without decoding it, and can come
//! back to it later ([`Reader::lazy_at`]). A writer can also put lazy lists
//! in a second place ([`Writer::divert`]): the record then holds only where
//! its list is, so a cache can keep every record's head together and read
//! the lists only when a command needs them.

use chrono::{DateTime, FixedOffset, NaiveDate};
use rust_decimal::Decimal;

/// A value with a binary form.
pub trait Codec: Sized {
    /// Whether lists of this record may be skipped by a heads-only read.
    const LAZY: bool = false;
    /// The record's fields and types as written (empty for primitives): a
    /// cache keyed by it is rebuilt whenever a record changes.
    const SCHEMA: &'static str = "";
    /// Append the value.
    fn encode(&self, w: &mut Writer);
    /// Decode into `self`, reusing its allocations.
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()>;
    /// Decode a new value.
    fn read(r: &mut Reader<'_>) -> Option<Self>;
}

/// Every string a value holds, to look at or change in place.
pub trait Texts {
    fn texts(&mut self, f: &mut dyn FnMut(&mut String));
}

/// Define a model record and derive its [`Codec`] and [`Texts`] from its
/// fields, in declaration order. `lazy;` before the struct marks a record whose lists
/// a heads-only read skips.
macro_rules! record {
    (lazy; $($rest:tt)*) => { record!(@emit true; $($rest)*); };
    (@emit $lazy:literal;
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$fmeta])* pub $field : $ty ),*
        }

        impl $crate::model::codec::Codec for $name {
            const LAZY: bool = $lazy;
            const SCHEMA: &'static str = concat!(
                stringify!($name), "{", $(stringify!($field), ":", stringify!($ty), ";",)* "}"
            );
            fn encode(&self, w: &mut $crate::model::codec::Writer) {
                $( $crate::model::codec::Codec::encode(&self.$field, w); )*
            }
            fn decode(&mut self, r: &mut $crate::model::codec::Reader<'_>) -> Option<()> {
                $( $crate::model::codec::Codec::decode(&mut self.$field, r)?; )*
                Some(())
            }
            fn read(r: &mut $crate::model::codec::Reader<'_>) -> Option<Self> {
                let mut v = Self::default();
                $crate::model::codec::Codec::decode(&mut v, r)?;
                Some(v)
            }
        }

        impl $crate::model::codec::Texts for $name {
            fn texts(&mut self, f: &mut dyn FnMut(&mut String)) {
                $( $crate::model::codec::Texts::texts(&mut self.$field, f); )*
            }
        }
    };
    ($($rest:tt)*) => { record!(@emit false; $($rest)*); };
}
pub(crate) use record;

/// The writer: structure bytes in `body`, the text of every string in
/// `text`.
#[derive(Debug, Default)]
pub struct Writer {
    pub body: Vec<u8>,
    pub text: Vec<u8>,
    /// Where lazy lists go instead, and the offsets they are told from.
    lazy: Option<(Box<Writer>, (usize, usize))>,
}

impl Writer {
    /// A writer with room for about this many bytes of each region.
    pub fn with_capacity(body: usize, text: usize) -> Writer {
        Writer {
            body: Vec::with_capacity(body),
            text: Vec::with_capacity(text),
            lazy: None,
        }
    }

    /// Put lazy lists into `into` from now on; the records written here
    /// hold their offsets in it, counted from where `into` stands now.
    pub fn divert(&mut self, into: Writer) {
        let base = (into.body.len(), into.text.len());
        self.lazy = Some((Box::new(into), base));
    }

    /// Stop diverting; the writer the lazy lists went to.
    pub fn undivert(&mut self) -> Option<Writer> {
        self.lazy.take().map(|(w, _)| *w)
    }

    /// A LEB128 unsigned integer.
    pub fn uint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.body.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.body.push(v as u8);
    }
    pub fn u64(&mut self, v: u64) {
        self.body.extend_from_slice(&v.to_le_bytes());
    }
    pub fn i64(&mut self, v: i64) {
        self.body.extend_from_slice(&v.to_le_bytes());
    }
    pub fn bool(&mut self, v: bool) {
        self.body.push(u8::from(v));
    }
    /// A string: its length in the structure, its bytes in the text.
    pub fn str(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.text.extend_from_slice(s.as_bytes());
    }
    /// Two u64 placeholders, to be filled with the sizes of what follows
    /// by [`Writer::fill_sizes`].
    pub fn sizes_placeholder(&mut self) -> (usize, usize, usize) {
        let at = self.body.len();
        self.u64(0);
        self.u64(0);
        (at, self.body.len(), self.text.len())
    }
    /// Fill placeholders with the bytes written since, in each region.
    pub fn fill_sizes(&mut self, (at, b0, t0): (usize, usize, usize)) {
        let (b, t) = ((self.body.len() - b0) as u64, (self.text.len() - t0) as u64);
        self.body[at..at + 8].copy_from_slice(&b.to_le_bytes());
        self.body[at + 8..at + 16].copy_from_slice(&t.to_le_bytes());
    }
}

/// The reader: structure bytes `b` at `p`, validated text `t` at `tp`.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    pub b: &'a [u8],
    pub p: usize,
    pub t: &'a str,
    pub tp: usize,
    /// Skip lists of lazy records (left empty), noting where the first
    /// one starts in [`Reader::lazy_at`].
    pub heads_only: bool,
    /// Where the first skipped lazy list starts, in each region.
    pub lazy_at: Option<(usize, usize)>,
    /// Where diverted lazy lists are (see [`Writer::divert`]).
    pub lazy: Option<(&'a [u8], &'a str)>,
}

impl<'a> Reader<'a> {
    /// A reader of `b` and `t` from `p` and `tp`.
    pub fn new(b: &'a [u8], p: usize, t: &'a str, tp: usize) -> Reader<'a> {
        Reader {
            b,
            p,
            t,
            tp,
            heads_only: false,
            lazy_at: None,
            lazy: None,
        }
    }

    pub fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.p..self.p.checked_add(n)?)?;
        self.p += n;
        Some(s)
    }
    pub fn byte(&mut self) -> Option<u8> {
        let b = *self.b.get(self.p)?;
        self.p += 1;
        Some(b)
    }
    pub fn uint(&mut self) -> Option<u64> {
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
    pub fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.uint()?).ok()?;
        (n <= self.b.len() - self.p).then_some(n)
    }
    pub fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    pub fn i64(&mut self) -> Option<i64> {
        Some(i64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    pub fn bool(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
    pub fn str(&mut self) -> Option<&'a str> {
        let n = usize::try_from(self.uint()?).ok()?;
        // `get` refuses a slice that does not fall on character boundaries.
        let s = self.t.get(self.tp..self.tp.checked_add(n)?)?;
        self.tp += n;
        Some(s)
    }
    /// Skip `body` structure bytes and `text` text bytes.
    fn skip(&mut self, body: usize, text: usize) -> Option<()> {
        self.take(body)?;
        self.tp = self.tp.checked_add(text)?;
        (self.tp <= self.t.len()).then_some(())
    }
}

// ---- the primitives ----

impl Texts for String {
    fn texts(&mut self, f: &mut dyn FnMut(&mut String)) {
        f(self);
    }
}

impl<T: Texts> Texts for Option<T> {
    fn texts(&mut self, f: &mut dyn FnMut(&mut String)) {
        if let Some(x) = self {
            x.texts(f);
        }
    }
}

impl<T: Texts> Texts for Vec<T> {
    fn texts(&mut self, f: &mut dyn FnMut(&mut String)) {
        for x in self {
            x.texts(f);
        }
    }
}

impl Texts for toml::Value {
    fn texts(&mut self, f: &mut dyn FnMut(&mut String)) {
        match self {
            toml::Value::String(s) => f(s),
            toml::Value::Array(a) => a.texts(f),
            toml::Value::Table(t) => t.texts(f),
            _ => {}
        }
    }
}

impl Texts for toml::Table {
    fn texts(&mut self, f: &mut dyn FnMut(&mut String)) {
        for (_, v) in self.iter_mut() {
            v.texts(f);
        }
    }
}

/// Values without text.
macro_rules! no_texts {
    ($($t:ty),*) => { $(impl Texts for $t { fn texts(&mut self, _: &mut dyn FnMut(&mut String)) {} })* };
}
no_texts!(
    bool,
    u8,
    u32,
    u64,
    NaiveDate,
    DateTime<FixedOffset>,
    Decimal,
    toml::value::Datetime
);

impl Codec for String {
    fn encode(&self, w: &mut Writer) {
        w.str(self);
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        let s = r.str()?;
        self.clear();
        self.push_str(s);
        Some(())
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        r.str().map(str::to_string)
    }
}

impl Codec for bool {
    fn encode(&self, w: &mut Writer) {
        w.bool(*self);
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        *self = r.bool()?;
        Some(())
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        r.bool()
    }
}

impl Codec for u8 {
    fn encode(&self, w: &mut Writer) {
        w.body.push(*self);
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        *self = r.byte()?;
        Some(())
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        r.byte()
    }
}

impl Codec for u32 {
    fn encode(&self, w: &mut Writer) {
        w.uint(u64::from(*self));
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        *self = Self::read(r)?;
        Some(())
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        u32::try_from(r.uint()?).ok()
    }
}

impl Codec for u64 {
    fn encode(&self, w: &mut Writer) {
        w.uint(*self);
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        *self = r.uint()?;
        Some(())
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        r.uint()
    }
}

impl Codec for NaiveDate {
    fn encode(&self, w: &mut Writer) {
        w.i64(i64::from(chrono::Datelike::num_days_from_ce(self)));
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        *self = Self::read(r)?;
        Some(())
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        NaiveDate::from_num_days_from_ce_opt(i32::try_from(r.i64()?).ok()?)
    }
}

impl Codec for DateTime<FixedOffset> {
    fn encode(&self, w: &mut Writer) {
        w.i64(self.timestamp());
        w.uint(u64::from(self.timestamp_subsec_nanos()));
        w.i64(i64::from(self.offset().local_minus_utc()));
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        *self = Self::read(r)?;
        Some(())
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        let secs = r.i64()?;
        let nanos = u32::try_from(r.uint()?).ok()?;
        let offset = FixedOffset::east_opt(i32::try_from(r.i64()?).ok()?)?;
        Some(DateTime::from_timestamp(secs, nanos)?.with_timezone(&offset))
    }
}

impl Codec for Decimal {
    fn encode(&self, w: &mut Writer) {
        w.body.extend_from_slice(&self.serialize());
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        *self = Self::read(r)?;
        Some(())
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        Some(Decimal::deserialize(r.take(16)?.try_into().ok()?))
    }
}

impl Codec for toml::value::Datetime {
    fn encode(&self, w: &mut Writer) {
        w.str(&self.to_string());
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        *self = Self::read(r)?;
        Some(())
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        r.str()?.parse().ok()
    }
}

/// Nesting deeper than this in a TOML value is taken as corruption.
const MAX_DEPTH: usize = 64;

fn write_value(w: &mut Writer, v: &toml::Value) {
    match v {
        toml::Value::String(s) => {
            w.body.push(0);
            w.str(s);
        }
        toml::Value::Integer(i) => {
            w.body.push(1);
            w.i64(*i);
        }
        toml::Value::Float(f) => {
            w.body.push(2);
            w.u64(f.to_bits());
        }
        toml::Value::Boolean(b) => {
            w.body.push(3);
            w.bool(*b);
        }
        toml::Value::Datetime(d) => {
            w.body.push(4);
            d.encode(w);
        }
        toml::Value::Array(a) => {
            w.body.push(5);
            w.uint(a.len() as u64);
            for x in a {
                write_value(w, x);
            }
        }
        toml::Value::Table(t) => {
            w.body.push(6);
            write_table(w, t);
        }
    }
}

fn write_table(w: &mut Writer, t: &toml::Table) {
    w.uint(t.len() as u64);
    for (k, v) in t {
        w.str(k);
        write_value(w, v);
    }
}

fn read_value(r: &mut Reader<'_>, depth: usize) -> Option<toml::Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    Some(match r.byte()? {
        0 => toml::Value::String(String::read(r)?),
        1 => toml::Value::Integer(r.i64()?),
        2 => toml::Value::Float(f64::from_bits(r.u64()?)),
        3 => toml::Value::Boolean(r.bool()?),
        4 => toml::Value::Datetime(toml::value::Datetime::read(r)?),
        5 => {
            let n = r.count()?;
            toml::Value::Array(
                (0..n)
                    .map(|_| read_value(r, depth + 1))
                    .collect::<Option<_>>()?,
            )
        }
        6 => toml::Value::Table(read_table(r, depth + 1)?),
        _ => return None,
    })
}

fn read_table(r: &mut Reader<'_>, depth: usize) -> Option<toml::Table> {
    let n = r.count()?;
    let mut t = toml::Table::new();
    for _ in 0..n {
        let k = String::read(r)?;
        let v = read_value(r, depth)?;
        t.insert(k, v);
    }
    Some(t)
}

impl Codec for toml::Value {
    fn encode(&self, w: &mut Writer) {
        write_value(w, self);
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        *self = Self::read(r)?;
        Some(())
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        read_value(r, 0)
    }
}

impl Codec for toml::Table {
    fn encode(&self, w: &mut Writer) {
        write_table(w, self);
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        *self = Self::read(r)?;
        Some(())
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        read_table(r, 0)
    }
}

impl<T: Codec> Codec for Option<T> {
    fn encode(&self, w: &mut Writer) {
        match self {
            None => w.body.push(0),
            Some(x) => {
                w.body.push(1);
                x.encode(w);
            }
        }
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        match (r.byte()?, self.as_mut()) {
            (0, _) => *self = None,
            (1, Some(x)) => x.decode(r)?,
            (1, None) => *self = Some(T::read(r)?),
            _ => return None,
        }
        Some(())
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => T::read(r).map(Some),
            _ => None,
        }
    }
}

impl<T: Codec> Codec for Vec<T> {
    fn encode(&self, w: &mut Writer) {
        if T::LAZY
            && let Some((lazy, base)) = w.lazy.as_mut()
        {
            // The list goes to the lazy writer; here, where it is.
            let at = (lazy.body.len() - base.0, lazy.text.len() - base.1);
            write_lazy(self, lazy);
            w.uint(at.0 as u64);
            w.uint(at.1 as u64);
            return;
        }
        if T::LAZY {
            write_lazy(self, w);
            return;
        }
        w.uint(self.len() as u64);
        for x in self {
            x.encode(w);
        }
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        if !T::LAZY {
            return decode_items(r, self);
        }
        if let Some((body, text)) = r.lazy {
            let at = (
                usize::try_from(r.uint()?).ok()?,
                usize::try_from(r.uint()?).ok()?,
            );
            if r.heads_only {
                r.lazy_at.get_or_insert(at);
                self.clear();
                return Some(());
            }
            return decode_lazy(&mut Reader::new(body, at.0, text, at.1), self);
        }
        if r.heads_only {
            let at = (r.p, r.tp);
            let body = usize::try_from(r.u64()?).ok()?;
            let text = usize::try_from(r.u64()?).ok()?;
            r.lazy_at.get_or_insert(at);
            self.clear();
            return r.skip(body, text);
        }
        decode_lazy(r, self)
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        let mut v = Vec::new();
        v.decode(r)?;
        Some(v)
    }
}

/// A lazy list: its sizes, then its items.
fn write_lazy<T: Codec>(v: &[T], w: &mut Writer) {
    let sizes = w.sizes_placeholder();
    w.uint(v.len() as u64);
    for x in v {
        x.encode(w);
    }
    w.fill_sizes(sizes);
}

/// Decode a list of a lazy record into `into`, from its sizes on: how a
/// list that a heads-only read skipped is read later, from where
/// [`Reader::lazy_at`] says it starts. Fails unless it takes exactly the
/// bytes its sizes say.
pub fn decode_lazy<T: Codec>(r: &mut Reader<'_>, into: &mut Vec<T>) -> Option<()> {
    let body = usize::try_from(r.u64()?).ok()?;
    let text = usize::try_from(r.u64()?).ok()?;
    let end = (r.p.checked_add(body)?, r.tp.checked_add(text)?);
    decode_items(r, into)?;
    ((r.p, r.tp) == end).then_some(())
}

/// Decode the items of a list into `into`, reusing the items it holds.
fn decode_items<T: Codec>(r: &mut Reader<'_>, into: &mut Vec<T>) -> Option<()> {
    let n = r.count()?;
    into.truncate(n);
    // Exactly: a customer kept whole (`load_all`) holds no slack.
    into.reserve_exact(n - into.len());
    for i in 0..n {
        match into.get_mut(i) {
            Some(x) => x.decode(r)?,
            None => into.push(T::read(r)?),
        }
    }
    Some(())
}
