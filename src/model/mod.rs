//! The customer file schema (SPEC §3) as typed, read-only values.
//!
//! A customer file is read twice over its life: as a [`Customer`] for
//! queries and validation, and as a `toml_edit` document for changes (see
//! `store::edit`), so that comments, key order and unknown keys survive.
//! Unknown keys are ignored here, never dropped there.

pub mod birthday;
pub mod budget;
pub mod codec;
pub mod collate;
pub mod config;
pub mod contract;
mod deal;
pub mod id;
pub mod json;
pub mod phone;
pub mod recur;
mod validate;

pub use validate::{PRIORITIES, Problem, is_email, validate};

use chrono::{DateTime, FixedOffset, NaiveDate};
use codec::record;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};
use std::str::FromStr;

record! {
    /// One customer: the content of `customers/<id>.toml`.
    #[derive(Debug, Clone, Default, Deserialize, PartialEq)]
    pub struct Customer {
        /// The file stem; not stored in the file.
        #[serde(skip)]
        pub id: String,
        pub name: String,
        #[serde(default)]
        pub stage: Option<String>,
        #[serde(default)]
        pub owner: Option<String>,
        #[serde(default)]
        pub tags: Vec<String>,
        #[serde(default, deserialize_with = "opt_date")]
        pub created: Option<NaiveDate>,
        #[serde(default)]
        pub email: Option<String>,
        #[serde(default)]
        pub phone: Option<String>,
        #[serde(default)]
        pub website: Option<String>,
        #[serde(default)]
        pub address: Option<String>,
        /// ISO 3166 code of the customer's country: its phone numbers
        /// without a country code are read as this country's.
        #[serde(default)]
        pub country: Option<String>,
        #[serde(default)]
        pub reg_code: Option<String>,
        #[serde(default)]
        pub notes: Option<String>,
        /// Custom fields declared in `crm.toml` (`[fields]`).
        #[serde(default)]
        pub fields: toml::Table,
        #[serde(default)]
        pub contacts: Vec<Contact>,
        #[serde(default)]
        pub deals: Vec<Deal>,
        #[serde(default)]
        pub activities: Vec<Activity>,
        /// Scalar clashes recorded by a merge, waiting for a person.
        #[serde(default)]
        pub conflicts: Vec<Conflict>,
        /// Minutes of work the customer is worth per month or quarter
        /// (`budget = { minutes = 600, per = "month" }`); without it the
        /// defaults of crm.toml (`[[budgets]]`) apply.
        #[serde(default)]
        pub budget: Option<Budget>,
        /// Agreements with the customer (`[[contracts]]`).
        #[serde(default)]
        pub contracts: Vec<Contract>,
        /// What the activities add up to; worked out when the file is
        /// parsed, not stored in it.
        #[serde(skip)]
        pub summary: Summary,
    }
}

record! {
    /// A time budget: `minutes` per `per` (`month` or `quarter`).
    #[derive(Debug, Clone, Default, Deserialize, PartialEq)]
    pub struct Budget {
        pub minutes: u32,
        #[serde(default = "budget::default_per")]
        pub per: String,
    }
}

record! {
    /// What a customer's activities add up to, worked out when the file is
    /// parsed, so a read that leaves the activities undecoded (the cache
    /// keeps them apart) still knows the last contact and the totals.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct Summary {
        /// The distinct days of contact (activities that are not tasks or
        /// notes), newest first.
        pub contact_days: Vec<NaiveDate>,
        /// How many activities, and their minutes in all.
        pub activities: u32,
        pub minutes: u64,
        /// How many of them are open tasks.
        pub open_tasks: u32,
    }
}

impl Summary {
    /// The summary of these activities.
    pub fn of(activities: &[Activity]) -> Summary {
        let mut days: Vec<NaiveDate> = activities
            .iter()
            .filter(|a| a.kind != "task" && a.kind != "note")
            .map(|a| a.at.date_naive())
            .collect();
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.dedup();
        Summary {
            contact_days: days,
            activities: u32::try_from(activities.len()).unwrap_or(u32::MAX),
            minutes: activities
                .iter()
                .filter_map(|a| a.minutes)
                .map(u64::from)
                .sum(),
            open_tasks: u32::try_from(activities.iter().filter(|a| a.is_open_task()).count())
                .unwrap_or(u32::MAX),
        }
    }

    /// The last day of contact on or before `today` (a meeting planned
    /// for later is not a contact yet).
    pub fn last_contact(&self, today: NaiveDate) -> Option<NaiveDate> {
        self.contact_days.iter().copied().find(|d| *d <= today)
    }
}

record! {
    /// A contact person of a customer.
    #[derive(Debug, Clone, Default, Deserialize, PartialEq)]
    pub struct Contact {
        pub name: String,
        #[serde(default)]
        pub role: Option<String>,
        #[serde(default)]
        pub email: Option<String>,
        #[serde(default)]
        pub phone: Option<String>,
        /// A date, or `"--MM-DD"` when the year is not known.
        #[serde(default)]
        pub birthday: Option<birthday::Birthday>,
        #[serde(default)]
        pub notes: Option<String>,
    }
}

record! {
    /// An offer, contract or sale.
    #[derive(Debug, Clone, Default, Deserialize, PartialEq)]
    pub struct Deal {
        pub id: String,
        pub title: String,
        #[serde(deserialize_with = "decimal")]
        pub amount: Decimal,
        #[serde(default)]
        pub currency: Option<String>,
        pub stage: String,
        #[serde(default, deserialize_with = "opt_percent")]
        pub probability: Option<u8>,
        #[serde(default, deserialize_with = "opt_date")]
        pub expected: Option<NaiveDate>,
        #[serde(default, deserialize_with = "opt_date")]
        pub closed: Option<NaiveDate>,
        #[serde(default)]
        pub owner: Option<String>,
        /// Why it was won or lost (`crm deal set ID stage=lost reason=price`).
        #[serde(default)]
        pub reason: Option<String>,
        /// The day the deal entered each stage (`[deals.stages]`, a table
        /// of stage = date), oldest first.
        #[serde(default, deserialize_with = "stage_dates")]
        pub stages: Vec<StageDate>,
        /// What is sold: products of the catalogue (`[[deals.lines]]`).
        #[serde(default)]
        pub lines: Vec<DealLine>,
    }
}

record! {
    /// When a deal entered a stage: one key of `[deals.stages]`.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct StageDate {
        pub stage: String,
        pub on: NaiveDate,
    }
}

record! {
    /// One line of a deal: a product of the catalogue, how many, at what
    /// unit price (in the deal's currency).
    #[derive(Debug, Clone, Default, Deserialize, PartialEq)]
    pub struct DealLine {
        pub product: String,
        #[serde(default = "one", deserialize_with = "decimal")]
        pub quantity: Decimal,
        #[serde(deserialize_with = "decimal")]
        pub price: Decimal,
    }
}

impl DealLine {
    /// `quantity × price`.
    pub fn amount(&self) -> Decimal {
        (self.quantity * self.price).normalize()
    }
}

record! {
    /// An agreement with a customer (`[[contracts]]`): from `start` to
    /// `end` (open-ended without), worth `value` per `every` period
    /// (`month`, `quarter`, `year`) or, without `every`, once; `notice`
    /// before the end (`3m`, `30d`, `2w`) is the last day to cancel or
    /// renegotiate; with `auto_renew` it runs on for another term of the
    /// same length at each end.
    #[derive(Debug, Clone, Default, Deserialize, PartialEq)]
    pub struct Contract {
        pub id: String,
        pub title: String,
        #[serde(deserialize_with = "date")]
        pub start: NaiveDate,
        #[serde(default, deserialize_with = "opt_date")]
        pub end: Option<NaiveDate>,
        #[serde(deserialize_with = "decimal")]
        pub value: Decimal,
        #[serde(default)]
        pub currency: Option<String>,
        #[serde(default)]
        pub every: Option<String>,
        #[serde(default)]
        pub notice: Option<String>,
        #[serde(default)]
        pub auto_renew: Option<bool>,
        #[serde(default)]
        pub product: Option<String>,
        #[serde(default)]
        pub owner: Option<String>,
        #[serde(default)]
        pub deal: Option<String>,
    }
}

record! {
    lazy;
    /// Something that happened (or is to happen) with a customer.
    #[derive(Debug, Clone, Default, Deserialize, PartialEq)]
    pub struct Activity {
        pub id: String,
        #[serde(deserialize_with = "datetime")]
        pub at: DateTime<FixedOffset>,
        pub kind: String,
        #[serde(default)]
        pub by: Option<String>,
        #[serde(default)]
        pub with: Option<String>,
        #[serde(default)]
        pub text: Option<String>,
        #[serde(default)]
        pub minutes: Option<u32>,
        /// A day (`2026-12-01`) or a moment (`2026-12-24T10:00:00+02:00`).
        #[serde(default)]
        pub due: Option<Due>,
        #[serde(default)]
        pub done: Option<bool>,
        /// The activity's id in the system it came from (an e-mail's
        /// Message-ID, a phone system's call id), so that bringing the
        /// same thing in twice finds it already there.
        #[serde(default, rename = "ref")]
        pub reference: Option<String>,
        /// A recurring task: `daily`, `weekly`, `monthly`, `quarterly`,
        /// `yearly`, or N and a unit (`2w`, `3m`, `1y`).
        #[serde(default)]
        pub every: Option<String>,
        /// `high`, `medium` or `low`.
        #[serde(default)]
        pub priority: Option<String>,
        /// When it was marked done (tasks and complaints).
        #[serde(default, deserialize_with = "opt_datetime")]
        pub done_at: Option<DateTime<FixedOffset>>,
        /// How it was settled (`crm done --note`, `crm complaint close --note`).
        #[serde(default)]
        pub resolution: Option<String>,
        /// The UID of the calendar entry it was imported from
        /// (`crm import ics`), so a re-import changes nothing.
        #[serde(default)]
        pub uid: Option<String>,
    }
}

impl Activity {
    /// A task, follow-up or complaint with a life: something that is open
    /// until it is done. An activity of kind `task`, or one with `due` or
    /// `done` (a `crm log … --due` follow-up, a complaint `crm log` opened).
    pub fn is_task(&self) -> bool {
        self.kind == "task" || self.due.is_some() || self.done.is_some()
    }

    /// A task, follow-up or complaint that is not done yet.
    pub fn is_open_task(&self) -> bool {
        self.is_task() && self.done != Some(true)
    }

    /// The day it is due, if it has a due date.
    pub fn due_date(&self) -> Option<NaiveDate> {
        self.due.map(|d| d.date())
    }
}

/// When a task is due: a day, or a moment of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Some time that day (`due = 2026-12-01`).
    Date(NaiveDate),
    /// At that moment (`due = 2026-12-24T10:00:00+02:00`).
    At(DateTime<FixedOffset>),
}

impl Due {
    /// The day (of a moment: in its own offset).
    pub fn date(&self) -> NaiveDate {
        match self {
            Due::Date(d) => *d,
            Due::At(t) => t.date_naive(),
        }
    }

    /// The time of day, when a moment was given.
    pub fn time(&self) -> Option<chrono::NaiveTime> {
        match self {
            Due::Date(_) => None,
            Due::At(t) => Some(t.time()),
        }
    }

    /// Order of due dates: by day, a moment before a whole day (which
    /// lasts until its end).
    pub fn sort_key(&self) -> (NaiveDate, chrono::NaiveTime) {
        (
            self.date(),
            self.time().unwrap_or(chrono::NaiveTime::MIN)
                + match self {
                    Due::Date(_) => chrono::Duration::seconds(86_399),
                    Due::At(_) => chrono::Duration::zero(),
                },
        )
    }
}

impl std::fmt::Display for Due {
    /// `2026-12-01`, or RFC 3339 `2026-12-24T10:00:00+02:00`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Due::Date(d) => write!(f, "{d}"),
            Due::At(t) => write!(f, "{}", t.to_rfc3339()),
        }
    }
}

impl<'de> Deserialize<'de> for Due {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Due, D::Error> {
        let v = toml::value::Datetime::deserialize(d)?;
        match (&v.date, &v.time, &v.offset) {
            (Some(_), None, _) => to_date(&v).map(Due::Date),
            (Some(_), Some(_), Some(_)) => to_datetime(&v).map(Due::At),
            _ => Err(format!(
                "expected a date like 2026-12-01 or a date and time with an offset like 2026-12-24T10:00:00+02:00, found {v}"
            )),
        }
        .map_err(serde::de::Error::custom)
    }
}

impl codec::Codec for Due {
    fn encode(&self, w: &mut codec::Writer) {
        match self {
            Due::Date(d) => {
                w.body.push(0);
                d.encode(w);
            }
            Due::At(t) => {
                w.body.push(1);
                t.encode(w);
            }
        }
    }
    fn decode(&mut self, r: &mut codec::Reader<'_>) -> Option<()> {
        *self = Self::read(r)?;
        Some(())
    }
    fn read(r: &mut codec::Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => NaiveDate::read(r).map(Due::Date),
            1 => DateTime::<FixedOffset>::read(r).map(Due::At),
            _ => None,
        }
    }
}

impl codec::Texts for Due {
    fn texts(&mut self, _: &mut dyn FnMut(&mut String)) {}
}

record! {
    /// A scalar clash left by a merge (SPEC §6).
    #[derive(Debug, Clone, Default, Deserialize, PartialEq)]
    pub struct Conflict {
        pub field: String,
        #[serde(default)]
        pub ours: Option<toml::Value>,
        #[serde(default)]
        pub theirs: Option<toml::Value>,
        #[serde(default)]
        pub base: Option<toml::Value>,
        #[serde(default)]
        pub when: Option<toml::value::Datetime>,
    }
}

impl Customer {
    /// The country for this customer's phone numbers: its `country`, else
    /// the country its address ends with, else the store's `phone_country`.
    pub fn phone_country<'a>(&'a self, store_default: &'a str) -> &'a str {
        self.country
            .as_deref()
            .filter(|c| phone::known_country(c))
            .or_else(|| self.address.as_deref().and_then(phone::country_of_address))
            .unwrap_or(store_default)
    }

    /// Parse a customer file's text. Errors carry line and column.
    pub fn parse(id: &str, text: &str) -> Result<Customer, ParseError> {
        let mut c: Customer = toml::from_str(text).map_err(|e| ParseError::from_toml(text, &e))?;
        c.id = id.to_string();
        c.summary = Summary::of(&c.activities);
        Ok(c)
    }

    /// The activities that are open tasks.
    pub fn open_tasks(&self) -> impl Iterator<Item = &Activity> {
        self.activities.iter().filter(|a| a.is_open_task())
    }

    /// Time of the most recent activity that is not a future task.
    pub fn last_contact(&self) -> Option<DateTime<FixedOffset>> {
        self.activities
            .iter()
            .filter(|a| a.kind != "task" && a.kind != "note")
            .map(|a| a.at)
            .max()
    }
}

/// A file that does not parse: message plus position.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl ParseError {
    fn from_toml(text: &str, e: &toml::de::Error) -> Self {
        let (line, column) = match e.span() {
            Some(span) => {
                let before = &text[..span.start.min(text.len())];
                let line = before.matches('\n').count() + 1;
                let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                (Some(line), Some(col))
            }
            None => (None, None),
        };
        // toml's message repeats the source line with carets; keep the first line.
        let mut message = e
            .message()
            .lines()
            .next()
            .unwrap_or("invalid TOML")
            .to_string();
        if message.starts_with("invalid date")
            && let Some(span) = e.span()
            && let Some(m) = impossible_date(text, span.start)
        {
            message = m;
        }
        ParseError {
            line,
            column,
            message,
        }
    }
}

/// Say which field holds an impossible date and what it is, where the
/// TOML parser says only "invalid date, expected day between 01 and 28":
/// `created = 2026-02-30 is not a date (February 2026 has 28 days)`.
fn impossible_date(text: &str, at: usize) -> Option<String> {
    let start = text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?;
    let (key, value) = line.split_once('=')?;
    let value = value.trim().split([' ', '#']).next()?.trim();
    let date = value.get(..10)?;
    let mut parts = date.splitn(3, '-');
    let (y, m) = (
        parts.next()?.parse::<i32>().ok()?,
        parts.next()?.parse::<u32>().ok()?,
    );
    let month = NaiveDate::from_ymd_opt(y, m, 1)?;
    let days = month
        .checked_add_months(chrono::Months::new(1))?
        .signed_duration_since(month)
        .num_days();
    Some(format!(
        "{} = {value} is not a date ({} has {days} days); write a real date like {}",
        key.trim(),
        month.format("%B %Y"),
        month.format("%Y-%m-%d")
    ))
}

impl ParseError {
    /// The error for the file at `path`.
    pub fn in_file(&self, path: impl Into<std::path::PathBuf>) -> crate::Error {
        crate::Error::parse(path, self.line, self.column, self.message.clone())
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "line {l}, column {c}: {}", self.message),
            (Some(l), None) => write!(f, "line {l}: {}", self.message),
            _ => write!(f, "{}", self.message),
        }
    }
}

// ---- deserialisation helpers: native TOML dates, exact money ----

fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    let v = toml::value::Datetime::deserialize(d)?;
    to_date(&v).map(Some).map_err(serde::de::Error::custom)
}

fn opt_datetime<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
    datetime(d).map(Some)
}

fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let v = toml::value::Datetime::deserialize(d)?;
    to_date(&v).map_err(serde::de::Error::custom)
}

fn one() -> Decimal {
    Decimal::ONE
}

/// `[deals.stages]`: a table of stage = date, as a list oldest first (file
/// order among equal dates).
fn stage_dates<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<StageDate>, D::Error> {
    let t = toml::Table::deserialize(d)?;
    let mut out = Vec::with_capacity(t.len());
    for (stage, v) in t {
        let on = v
            .as_datetime()
            .ok_or_else(|| format!("stages.{stage}: expected a date like 2026-12-01, found {v}"))
            .and_then(|x| to_date(x).map_err(|m| format!("stages.{stage}: {m}")))
            .map_err(serde::de::Error::custom)?;
        out.push(StageDate { stage, on });
    }
    out.sort_by_key(|s| s.on);
    Ok(out)
}

fn datetime<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
    let v = toml::value::Datetime::deserialize(d)?;
    to_datetime(&v).map_err(serde::de::Error::custom)
}

/// A TOML date (a datetime's date part is not accepted: dates are dates).
pub fn to_date(v: &toml::value::Datetime) -> Result<NaiveDate, String> {
    match (&v.date, &v.time) {
        (Some(d), None) => NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
            .ok_or_else(|| format!("{v} is not a calendar date")),
        _ => Err(format!("expected a date like 2026-12-01, found {v}")),
    }
}

/// A TOML offset datetime.
pub fn to_datetime(v: &toml::value::Datetime) -> Result<DateTime<FixedOffset>, String> {
    if v.offset.is_none() || v.time.is_none() || v.date.is_none() {
        return Err(format!(
            "expected a date and time with an offset like 2026-11-22T10:15:00+02:00, found {v}"
        ));
    }
    DateTime::parse_from_rfc3339(&v.to_string()).map_err(|e| format!("{v}: {e}"))
}

fn decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Num {
        I(i64),
        F(f64),
        S(String),
    }
    match Num::deserialize(d)? {
        Num::I(i) => Ok(Decimal::from(i)),
        Num::F(f) => decimal_from_f64(f).ok_or_else(|| {
            serde::de::Error::custom(format!("{f} is not an amount (expected e.g. 1200.50)"))
        }),
        Num::S(s) => parse_amount(&s).map_err(serde::de::Error::custom),
    }
}

/// The decimal a TOML float was written as (shortest round-trip form, so
/// `0.1` stays `0.1`).
pub fn decimal_from_f64(f: f64) -> Option<Decimal> {
    if !f.is_finite() {
        return None;
    }
    Decimal::from_str(&format!("{f}")).ok()
}

/// Parse an amount as typed by a person: `1200`, `1200.50`, `1 200,50`, `1_200`.
pub fn parse_amount(s: &str) -> Result<Decimal, String> {
    let cleaned: String = s
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '\u{a0}')
        .collect();
    let bad =
        || format!("'{s}' is not an amount (expected a number like 1200, 1200.50 or 1 200,50)");
    // Digits, a sign and separators: no `1e9`, no `inf`.
    if !cleaned
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '+' | '-'))
    {
        return Err(bad());
    }
    let cleaned = plain_number(&cleaned).ok_or_else(|| {
        if cleaned.matches(',').count() == 1 && !cleaned.contains('.') {
            format!(
                "'{s}' is ambiguous: a thousands comma or a decimal comma? Write {} or {}",
                cleaned.replace(',', ""),
                cleaned.replace(',', ".")
            )
        } else {
            bad()
        }
    })?;
    let d = Decimal::from_str(&cleaned).map_err(|_| bad())?;
    if d.is_sign_negative() {
        return Err(format!("'{s}' is negative; amounts are zero or more"));
    }
    if d.scale() > 4 || d > max_amount() {
        return Err(format!(
            "'{s}' is out of range (at most 4 decimals and under 10^12)"
        ));
    }
    Ok(d.normalize())
}

/// The largest amount crm takes (10^12), typed or added up.
pub fn max_amount() -> Decimal {
    Decimal::from(1_000_000_000_000i64)
}

/// `s` (no spaces) with its separators read: the last of `,` and `.` is the
/// decimal mark when both appear, the other groups thousands (`12.000,50`,
/// `12,000.50`); one kind alone groups thousands when it appears more than
/// once (`1.200.000`), else it is the decimal mark (`1200,50`, `1200.5`).
/// Groups are three digits. `None` for what cannot be read for sure: bad
/// groups, and one comma before exactly three digits (`1,200`: 1200 to
/// some, 1.2 to others).
fn plain_number(s: &str) -> Option<String> {
    // Groups of three after a first group of one to three digits.
    let grouped = |int: &str, sep: char| -> bool {
        let int = int.strip_prefix(['-', '+']).unwrap_or(int);
        let mut parts = int.split(sep);
        let first = parts.next().unwrap_or("");
        (1..=3).contains(&first.len())
            && first.chars().all(|c| c.is_ascii_digit())
            && parts.all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
    };
    match (s.rfind(','), s.rfind('.')) {
        (Some(c), Some(d)) => {
            let (dec, group) = if c > d { (',', '.') } else { ('.', ',') };
            let (int, frac) = s.rsplit_once(dec)?;
            (!frac.contains(group) && grouped(int, group))
                .then(|| format!("{}.{frac}", int.replace(group, "")))
        }
        (Some(_), None) | (None, Some(_)) => {
            let sep = if s.contains(',') { ',' } else { '.' };
            if s.matches(sep).count() > 1 {
                return grouped(s, sep).then(|| s.replace(sep, ""));
            }
            let (int, frac) = s.split_once(sep)?;
            let digits = int.trim_start_matches(['-', '+']);
            let unsure = sep == ','
                && frac.len() == 3
                && (1..=3).contains(&digits.len())
                && !digits.starts_with('0');
            (!unsure).then(|| format!("{int}.{frac}"))
        }
        (None, None) => Some(s.to_string()),
    }
}

fn opt_percent<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    let v = i64::deserialize(d)?;
    if (0..=100).contains(&v) {
        Ok(Some(v as u8))
    } else {
        Err(serde::de::Error::custom(format!(
            "probability {v} is not a percentage between 0 and 100"
        )))
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn amounts_read_their_separators_or_are_refused() {
        for (typed, want) in [
            ("1200", "1200"),
            ("1200.50", "1200.5"),
            ("1200,50", "1200.5"),
            ("12 000,50", "12000.5"),
            ("12.000,50", "12000.5"),
            ("12,000.50", "12000.5"),
            ("1.200.000", "1200000"),
            ("1,200,000", "1200000"),
            ("0,125", "0.125"),
            ("12,5", "12.5"),
            ("1_200", "1200"),
        ] {
            assert_eq!(
                parse_amount(typed).map(|d| d.to_string()),
                Ok(want.into()),
                "{typed}"
            );
        }
        for typed in [
            "1e9",
            "inf",
            "0x10",
            "12,5.3",
            "1.2.3",
            "12.00,5,0",
            "1,2,3",
            "abc",
            "1,,2",
            "1.200,5.0",
        ] {
            assert!(parse_amount(typed).is_err(), "{typed} was read");
        }
        let e = parse_amount("1,200").expect_err("ambiguous");
        assert!(
            e.contains("ambiguous") && e.contains("1200 or 1.200"),
            "{e}"
        );
    }

    proptest! {
        /// No text makes parsing panic; errors carry a position in the text.
        #[test]
        fn parsing_any_text_never_panics(text in "\\PC{0,200}") {
            if let Err(e) = Customer::parse("x", &text) {
                prop_assert!(e.line.is_none_or(|l| l <= text.lines().count() + 1));
            }
        }
    }
}
