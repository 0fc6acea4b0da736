//! `crm import csv`: spreadsheets and other programs' exports, brought in
//! whole.
//!
//! Reading: UTF-8 with or without BOM, UTF-16 with a BOM, else Windows-1257
//! or Windows-1252 (`encoding_rs`, told apart by the letters each would
//! make); `,` `;` or tab; quoted fields with line breaks; a preamble before
//! the header (LinkedIn) and a footer after the rows (Salesforce) are
//! recognised and said. Columns are mapped by their header
//! ([`super::columns`]) unless `--map` names them.
//!
//! The rules (docs/import-export.md): a row is never rejected for one bad
//! value — a phone crm cannot normalise is kept as written (and `crm check`
//! flags it), an e-mail or date that is not one is left out and reported
//! with its row, column and value; unrecognised columns are kept in the
//! notes as `Header: value`. A row with an organisation and a person is a
//! customer with a contact; several people of one organisation are one
//! customer. A row that matches a customer — the same name ignoring case,
//! accents and legal forms, the same e-mail or phone — fills in what is
//! missing and never overwrites. The whole import is one transaction.

use super::columns::{self, Col};
use crate::error::{Error, Result};
use crate::model::birthday::Birthday;
use crate::model::{Customer, id, is_email, phone};
use crate::quality::check::name_key;
use crate::store::{Store, Transaction, edit};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use toml_edit::{DocumentMut, Item, Value};

/// Fields `--map` accepts.
pub const TARGETS: &[&str] = &[
    "name",
    "contact",
    "first_name",
    "last_name",
    "email",
    "phone",
    "contact_email",
    "contact_phone",
    "website",
    "address",
    "city",
    "country",
    "reg_code",
    "notes",
    "tags",
    "owner",
    "stage",
    "role",
    "birthday",
    "created",
    "ignore",
];

fn mapped(t: &str) -> Option<Col> {
    Some(match t {
        "name" => Col::Org,
        "contact" => Col::Person,
        "first_name" => Col::FirstName,
        "last_name" => Col::LastName,
        "email" => Col::Email,
        "phone" => Col::Phone,
        "contact_email" => Col::Email,
        "contact_phone" => Col::Phone,
        "website" => Col::Website,
        "address" => Col::Address,
        "city" => Col::City(String::new()),
        "country" => Col::Country(String::new()),
        "reg_code" => Col::RegCode,
        "notes" => Col::Notes,
        "tags" => Col::Tags,
        "owner" => Col::Owner,
        "stage" => Col::Stage,
        "role" => Col::Role,
        "birthday" => Col::Birthday,
        "created" => Col::Created,
        "ignore" => Col::Ignore,
        f if f.starts_with("fields.") => Col::Field(f["fields.".len()..].to_string()),
        _ => return None,
    })
}

/// The name `--map` and the summary give a column's field.
fn target_name(c: &Col) -> String {
    match c {
        Col::Org => "name".into(),
        Col::Person => "contact".into(),
        Col::FirstName => "first_name".into(),
        Col::MiddleName => "middle_name".into(),
        Col::LastName => "last_name".into(),
        Col::Email => "email".into(),
        Col::Phone => "phone".into(),
        Col::OrgEmail => "email (the firm's)".into(),
        Col::OrgPhone => "phone (the firm's)".into(),
        Col::Website => "website".into(),
        Col::Address => "address".into(),
        Col::Street(_) | Col::City(_) | Col::Region(_) | Col::PostCode(_) => "address".into(),
        Col::Country(_) => "country".into(),
        Col::RegCode => "reg_code".into(),
        Col::Notes => "notes".into(),
        Col::Tags => "tags".into(),
        Col::Owner => "owner".into(),
        Col::Stage => "stage".into(),
        Col::Role => "role".into(),
        Col::Birthday | Col::BirthYear | Col::BirthMonth | Col::BirthDay => "birthday".into(),
        Col::Created => "created".into(),
        Col::Field(f) => format!("fields.{f}"),
        Col::Consumed => "(with another column)".into(),
        Col::Ignore => "ignore".into(),
    }
}

/// Decode bytes: a BOM's encoding, else UTF-8, else Windows-1257 when the
/// bytes make Baltic letters (š ž, which Windows-1252 would show as ð þ),
/// else Windows-1252. Returns the text and the encoding's name.
pub fn decode_named(bytes: &[u8]) -> (String, &'static str) {
    use encoding_rs::{UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, WINDOWS_1257};
    if let Some((enc, n)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[n..]);
        return (text.into_owned(), enc.name());
    }
    // UTF-16 without a BOM: every other byte NUL in the first line.
    if bytes.len() >= 4 {
        let head = &bytes[..bytes.len().min(200)];
        let odd = head.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
        let even = head.iter().step_by(2).filter(|b| **b == 0).count();
        let half = head.len() / 2;
        if odd * 10 >= half * 9 {
            return (
                UTF_16LE.decode_without_bom_handling(bytes).0.into_owned(),
                UTF_16LE.name(),
            );
        }
        if even * 10 >= half * 9 {
            return (
                UTF_16BE.decode_without_bom_handling(bytes).0.into_owned(),
                UTF_16BE.name(),
            );
        }
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_string(), UTF_8.name());
    }
    // Š š Ž ž: D0 F0 DE FE in 1257 (Ð ð Þ þ in 1252, letters Estonian,
    // Finnish, German or English text never has), 8A 9A 8E 9E in 1252.
    let baltic = bytes
        .iter()
        .filter(|b| matches!(b, 0xD0 | 0xF0 | 0xDE | 0xFE))
        .count();
    let western = bytes
        .iter()
        .filter(|b| matches!(b, 0x8A | 0x9A | 0x8E | 0x9E))
        .count();
    let enc = if baltic > western {
        WINDOWS_1257
    } else {
        WINDOWS_1252
    };
    (
        enc.decode_without_bom_handling(bytes).0.into_owned(),
        enc.name(),
    )
}

/// Decode bytes (see [`decode_named`]).
pub fn decode(bytes: &[u8]) -> String {
    decode_named(bytes).0
}

/// The delimiter among `,` `;` and tab that `line` uses most.
pub fn detect_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let mut best = (b',', 0);
    for d in [b',', b';', b'\t'] {
        let mut n = 0;
        let mut quoted = false;
        for c in first.bytes() {
            if c == b'"' {
                quoted = !quoted;
            } else if c == d && !quoted {
                n += 1;
            }
        }
        if n > best.1 {
            best = (d, n);
        }
    }
    best.0
}

/// What happened to one row.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RowReport {
    /// The row as a spreadsheet numbers it (the header is row 1).
    pub row: usize,
    /// created, updated, unchanged or skipped.
    pub action: &'static str,
    pub customer: String,
    /// What was left out, kept as written, or kept instead (`""`: nothing).
    pub reason: String,
}

/// A value that was not imported as it stands.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Issue {
    pub row: usize,
    pub column: String,
    pub value: String,
    pub reason: String,
    /// `true`: kept as written (in its field or the notes) and flagged;
    /// `false`: left out.
    pub kept: bool,
}

impl Issue {
    fn line(&self) -> String {
        let what = if self.kept {
            "kept as written"
        } else {
            "left out"
        };
        if self.column.is_empty() {
            format!("{what}: {}", self.reason)
        } else {
            format!("{} '{}' {what}: {}", self.column, self.value, self.reason)
        }
    }
}

/// The result of planning an import.
#[derive(Debug, Default)]
pub struct Plan {
    pub rows: Vec<RowReport>,
    pub tx: Transaction,
    /// Header → field, for the summary.
    pub mapping: Vec<(String, String)>,
    /// Headers crm has no field for; their values are in the notes.
    pub unrecognised: Vec<String>,
    /// Values left out or kept as written, with row, column and value.
    pub issues: Vec<Issue>,
    /// Lines before the header or after the rows that are not data.
    pub skipped_lines: Vec<String>,
    /// The text encoding the file was read in.
    pub encoding: &'static str,
}

impl Plan {
    /// Whether something in the file was not imported (exit 1).
    pub fn left_out(&self) -> usize {
        self.issues.iter().filter(|i| !i.kept).count()
    }
}

/// Options of `crm import csv`.
#[derive(Debug, Default, Clone)]
pub struct Options {
    pub map: Vec<(String, String)>,
    pub delimiter: Option<u8>,
    /// All or nothing: any value left out or kept as written refuses the
    /// whole file.
    pub strict: bool,
    /// Foreign stage → a stage of crm.toml (`--map-stage`).
    pub map_stage: Vec<(String, String)>,
}

/// A value of one column.
#[derive(Debug, Clone, Default)]
pub struct Cand {
    pub column: String,
    pub value: String,
}

impl Cand {
    fn new(column: &str, value: &str) -> Cand {
        Cand {
            column: column.to_string(),
            value: value.trim().to_string(),
        }
    }
}

/// One row (or vCard) as the planner takes it.
#[derive(Debug, Clone, Default)]
pub struct Record {
    pub row: usize,
    pub org: Option<String>,
    pub person: Option<String>,
    pub emails: Vec<Cand>,
    pub phones: Vec<Cand>,
    pub org_emails: Vec<Cand>,
    pub org_phones: Vec<Cand>,
    pub websites: Vec<Cand>,
    pub role: Option<Cand>,
    pub address: Option<String>,
    /// ISO code from a country column (or the card's address).
    pub country: Option<String>,
    pub reg_code: Option<String>,
    pub notes: Vec<String>,
    pub tags: Vec<String>,
    pub owner: Option<Cand>,
    pub stage: Option<Cand>,
    pub created: Option<NaiveDate>,
    pub birthday: Option<Birthday>,
    pub fields: Vec<(String, Cand)>,
    /// `Header: value` lines of columns crm has no field for.
    pub extra: Vec<String>,
    pub issues: Vec<Issue>,
    /// Whether any cell had a value.
    pub has_data: bool,
}

/// What a file given to `import csv` is when it is plainly something else
/// (a vCard, a calendar, JSON, a spreadsheet, a PDF, binary), and how to
/// bring it in; `None` for anything that may be CSV.
fn not_csv(bytes: &[u8], text: &str) -> Option<(&'static str, &'static str)> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Some((
            "a zip file (an .xlsx or .ods spreadsheet?)",
            "open it in the spreadsheet program, save it as CSV (UTF-8), and import that file",
        ));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Some((
            "an old Excel file (.xls)",
            "open it in the spreadsheet program, save it as CSV (UTF-8), and import that file",
        ));
    }
    if bytes.starts_with(b"%PDF") {
        return Some((
            "a PDF document",
            "export the data from the program that made it as CSV",
        ));
    }
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let upper = head.get(..16).unwrap_or(head).to_ascii_uppercase();
    if upper.starts_with("BEGIN:VCARD") {
        return Some(("a vCard file", "import it with `crm import vcard FILE`"));
    }
    if upper.starts_with("BEGIN:VCALENDAR") {
        return Some(("an iCalendar file", "import it with `crm import ics FILE`"));
    }
    if (head.starts_with('{') || head.starts_with('['))
        && serde_json::from_str::<serde_json::Value>(head).is_ok()
    {
        return Some(("JSON", "import a crm backup with `crm import json FILE`"));
    }
    if text.chars().take(8192).any(|c| c == '\0') {
        return Some((
            "a binary file",
            "export the data as CSV from the program that made it",
        ));
    }
    None
}

/// Plan the import of `bytes` into `store`.
pub fn plan(
    store: &Store,
    bytes: &[u8],
    source: &str,
    opts: &Options,
    user: &str,
    today: NaiveDate,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Plan> {
    let (text, encoding) = decode_named(bytes);
    if let Some((what, fix)) = not_csv(bytes, &text) {
        return Err(Error::usage_hint(
            format!("{source}: this is not CSV but {what}"),
            fix.replace("FILE", source),
        ));
    }
    let delim = opts.delimiter.unwrap_or_else(|| {
        // The delimiter of the header: the first line with two or more
        // cells (LinkedIn's preamble has none).
        let first = text
            .lines()
            .find(|l| detect_delimiter(l) != b',' || l.contains(','))
            .unwrap_or("");
        detect_delimiter(first)
    });
    let mut rdr = ::csv::ReaderBuilder::new()
        .delimiter(delim)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut all: Vec<(usize, Vec<String>)> = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map(|p| p.line() as usize);
            Error::parse(source, line, None, format!("not readable as CSV: {e}"))
        })?;
        let line = rec.position().map_or(all.len() + 1, |p| p.line() as usize);
        all.push((line, rec.iter().map(str::to_string).collect()));
    }
    if all.is_empty() {
        return Err(Error::parse(source, None, None, "the file is empty"));
    }
    // The header: the first of the first ten lines with two headers crm
    // knows (LinkedIn writes notes before it); else the first line.
    let known = |cells: &[String]| cells.iter().filter(|h| columns::auto(h).is_some()).count();
    let header_at = all
        .iter()
        .take(10)
        .position(|(_, cells)| {
            known(cells) >= 2
                || opts
                    .map
                    .iter()
                    .any(|(h, _)| cells.iter().any(|c| c.trim().eq_ignore_ascii_case(h)))
        })
        .unwrap_or(0);
    let mut skipped_lines: Vec<String> = Vec::new();
    if header_at > 0 {
        skipped_lines.push(format!(
            "{header_at} line(s) before the header (notes of the program that wrote it)"
        ));
    }
    let headers: Vec<String> = all[header_at]
        .1
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    // Rows are numbered as a spreadsheet shows them: the header is row
    // `header_at + 1`, a quoted line break does not start a row.
    let mut data: Vec<(usize, Vec<String>)> = all
        .into_iter()
        .enumerate()
        .skip(header_at + 1)
        .map(|(i, (_, cells))| (i + 1, cells))
        .collect();
    // A footer (Salesforce: an empty line, then the report's name,
    // copyright and "Generated By" lines): after the last row with two or
    // more values, lines of one value each that follow an empty line.
    let filled = |cells: &[String]| cells.iter().filter(|c| !c.trim().is_empty()).count();
    if let Some(last_real) = data.iter().rposition(|(_, c)| filled(c) >= 2) {
        let tail = &data[last_real + 1..];
        if tail.first().is_some_and(|(_, c)| filled(c) == 0)
            && tail.iter().all(|(_, c)| filled(c) <= 1)
            && tail.iter().any(|(_, c)| filled(c) == 1)
        {
            let n = tail.iter().filter(|(_, c)| filled(c) == 1).count();
            skipped_lines.push(format!(
                "{n} footer line(s) after the last row ({})",
                tail.iter()
                    .filter_map(|(_, c)| c.iter().find(|v| !v.trim().is_empty()))
                    .take(2)
                    .map(|s| short(s))
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
            data.truncate(last_real + 1);
        }
    }
    let cols = map_columns(store, &headers, opts)?;
    if !cols.iter().any(|c| {
        matches!(
            c,
            Some(Col::Org | Col::Person | Col::FirstName | Col::LastName | Col::Email)
        )
    }) {
        return Err(Error::usage_hint(
            format!(
                "{source}: no column names a customer or a person (columns: {})",
                headers.join(", ")
            ),
            "name one with --map \"Your Column=name\"",
        ));
    }
    let orders = date_orders(&cols, &data);
    let mut unrecognised: Vec<String> = Vec::new();
    let mut records = Vec::with_capacity(data.len());
    for (row, cells) in &data {
        let r = record(&headers, &cols, &orders, *row, cells, &mut unrecognised);
        records.push(r);
    }
    let mapping = headers
        .iter()
        .zip(&cols)
        .filter_map(|(h, c)| {
            c.as_ref()
                .filter(|c| !matches!(c, Col::Consumed))
                .map(|c| (h.clone(), target_name(c)))
        })
        .collect();
    let mut plan = plan_records(store, records, opts, user, today, progress)?;
    plan.tx.message = format!("import csv {source}: {}", plan.tx.message);
    plan.mapping = mapping;
    plan.unrecognised = unrecognised;
    plan.skipped_lines = skipped_lines;
    plan.encoding = encoding;
    Ok(plan)
}

/// Each column's field: `--map` first, then the header vocabulary, then
/// the rules for headers whose meaning depends on the others.
fn map_columns(store: &Store, headers: &[String], opts: &Options) -> Result<Vec<Option<Col>>> {
    let mut cols: Vec<Option<Col>> = headers
        .iter()
        .map(|h| {
            columns::auto(h).or_else(|| {
                h.strip_prefix("fields.")
                    .filter(|f| store.config.fields.contains_key(*f))
                    .map(|f| Col::Field(f.to_string()))
            })
        })
        .collect();
    let mapped_by_hand = |h: &str| opts.map.iter().any(|(x, _)| x.eq_ignore_ascii_case(h));
    let n = |h: &str| columns::norm(h);
    let has = |w: &str| headers.iter().any(|h| n(h) == w);
    let firm_column = cols.contains(&Some(Col::Org));
    // `Name` / `Nimi`: the firm, unless the file has a firm column (then
    // the person, as in Google's legacy export beside `Organization 1 -
    // Name`); `Name` beside first and last names is the person too.
    for (i, h) in headers.iter().enumerate() {
        if mapped_by_hand(h) {
            continue;
        }
        if matches!(n(h).as_str(), "name" | "nimi" | "nimetus") {
            cols[i] = Some(
                if firm_column || (n(h) == "name" && (has("givenname") || has("firstname"))) {
                    Col::Person
                } else {
                    Col::Org
                },
            );
        }
        // Thunderbird's `Birth Day` beside `Birth Month` folds like
        // `Birthday`.
        if n(h) == "birthday" && has("birthmonth") {
            cols[i] = Some(Col::BirthDay);
        }
        // `Title` beside `Job Title` is a name prefix (Mr., Dr.): kept in
        // the notes with the other columns crm has no field for.
        if n(h) == "title" && has("jobtitle") {
            cols[i] = None;
        }
        // LinkedIn's `URL` is the person's profile, not a firm's website.
        if n(h) == "url" && has("connectedon") {
            cols[i] = None;
        }
    }
    // With the contact's own e-mail and phone columns (`Contact Email`, as
    // `crm export csv` writes them), the plain ones are the firm's.
    let contact_col = |w: &[&str]| headers.iter().any(|h| w.contains(&n(h).as_str()));
    let contact_email = contact_col(&["contactemail", "contactemailaddress", "kontaktisikuepost"]);
    let contact_phone = contact_col(&["contactphone", "contactphonenumber", "kontaktisikutelefon"]);
    for (i, h) in headers.iter().enumerate() {
        let own = [
            "contactemail",
            "contactemailaddress",
            "kontaktisikuepost",
            "contactphone",
            "contactphonenumber",
            "kontaktisikutelefon",
        ]
        .contains(&n(h).as_str());
        if own || mapped_by_hand(h) {
            continue;
        }
        match cols[i] {
            Some(Col::Email) if contact_email => cols[i] = Some(Col::OrgEmail),
            Some(Col::Phone) if contact_phone => cols[i] = Some(Col::OrgPhone),
            _ => {}
        }
    }
    for (h, t) in &opts.map {
        let Some(c) = mapped(t) else {
            return Err(Error::usage_hint(
                format!("--map: '{t}' is not a field crm imports"),
                format!("fields: {}, fields.NAME", TARGETS.join(", ")),
            ));
        };
        let Some(i) = headers.iter().position(|x| x.eq_ignore_ascii_case(h)) else {
            return Err(Error::usage_hint(
                format!("--map: the file has no column '{h}'"),
                format!("columns: {}", headers.join(", ")),
            ));
        };
        cols[i] = Some(c);
    }
    Ok(cols)
}

/// Day or month first, per date column: a value above 12 in the first or
/// second place settles it for the whole column; day first otherwise.
fn date_orders(cols: &[Option<Col>], data: &[(usize, Vec<String>)]) -> Vec<bool> {
    cols.iter()
        .enumerate()
        .map(|(i, c)| {
            if !matches!(c, Some(Col::Birthday | Col::Created)) {
                return true;
            }
            let mut day_first = None;
            for (_, cells) in data {
                let v = cells.get(i).map(|s| s.trim()).unwrap_or("");
                let parts: Vec<&str> = v.split('/').collect();
                if parts.len() == 3 {
                    let a = parts[0].parse::<u32>().unwrap_or(0);
                    let b = parts[1].parse::<u32>().unwrap_or(0);
                    if a > 12 {
                        day_first = Some(true);
                    } else if b > 12 {
                        day_first = Some(false);
                    }
                }
                if day_first.is_some() {
                    break;
                }
            }
            day_first.unwrap_or(true)
        })
        .collect()
}

/// A date as programs write it: `1980-06-21`, `2024-02-01 10:15`,
/// `21.06.1980`, `21/06/1980` or `6/21/1980` (by `day_first`),
/// `14 Mar 2023`, `Mar 14, 2023`, `19800621`, and `--06-21` / `--0621`
/// without the year. `Ok(None)`: empty or a placeholder.
pub fn parse_date(s: &str, day_first: bool) -> std::result::Result<Option<Birthday>, String> {
    let s = s.trim();
    if s.is_empty() || s == "0/0/00" {
        return Ok(None);
    }
    if s.starts_with("--") {
        return Birthday::no_year(s)
            .map(Some)
            .ok_or_else(|| format!("'{s}' is not a day of the year"));
    }
    let ymd = |y: i32, m: u32, d: u32| {
        NaiveDate::from_ymd_opt(y, m, d)
            .map(|d| Some(Birthday::Date(d)))
            .ok_or_else(|| impossible(y, m, d))
    };
    // ISO, with a time after it or not.
    let date_part = s.split(['T', ' ']).next().unwrap_or(s);
    let nums: Vec<&str> = date_part.split(['-', '/']).collect();
    if nums.len() == 3
        && nums[0].len() == 4
        && let (Ok(y), Ok(m), Ok(d)) = (nums[0].parse(), nums[1].parse(), nums[2].parse())
    {
        return ymd(y, m, d);
    }
    if date_part.len() == 8 && date_part.bytes().all(|b| b.is_ascii_digit()) {
        let (y, m, d) = (&date_part[..4], &date_part[4..6], &date_part[6..]);
        if let (Ok(y), Ok(m), Ok(d)) = (y.parse(), m.parse(), d.parse()) {
            return ymd(y, m, d);
        }
    }
    // 21.06.1980, 21/06/1980, 6/21/1980
    for sep in ['.', '/'] {
        let p: Vec<&str> = date_part.trim_end_matches('.').split(sep).collect();
        if p.len() == 3
            && let (Ok(a), Ok(b), Ok(y)) = (
                p[0].parse::<u32>(),
                p[1].parse::<u32>(),
                p[2].parse::<i32>(),
            )
        {
            let y = if p[2].len() == 2 {
                1900 + y + if y < 30 { 100 } else { 0 }
            } else {
                y
            };
            let (d, m) = if sep == '.' || day_first {
                (a, b)
            } else {
                (b, a)
            };
            return ymd(y, m, d);
        }
        if sep == '.'
            && p.len() == 2
            && let (Ok(d), Ok(m)) = (p[0].parse::<u32>(), p[1].parse::<u32>())
        {
            return Birthday::month_day(m, d)
                .map(Some)
                .ok_or_else(|| format!("'{s}' is not a day of the year"));
        }
    }
    for f in [
        "%d %b %Y",
        "%d %B %Y",
        "%b %d, %Y",
        "%B %d, %Y",
        "%d-%b-%Y",
        "%d %b %Y %H:%M",
    ] {
        if let Ok(d) = NaiveDate::parse_from_str(s, f) {
            return Ok(Some(Birthday::Date(d)));
        }
    }
    Err(format!(
        "'{s}' is not a date crm reads (1980-06-21, 21.06.1980, 14 Mar 2023, --06-21)"
    ))
}

fn impossible(y: i32, m: u32, d: u32) -> String {
    if !(1..=12).contains(&m) {
        return format!("month {m}: {y}-{m:02}-{d:02} is not a date");
    }
    let first = NaiveDate::from_ymd_opt(y, m, 1);
    let days = first
        .and_then(|f| f.checked_add_months(chrono::Months::new(1)))
        .zip(first)
        .map_or(31, |(n, f)| (n - f).num_days());
    format!(
        "{} has {days} days: {y}-{m:02}-{d:02} is not a date",
        first.map_or(String::new(), |f| f.format("%B %Y").to_string())
    )
}

/// Split a cell that holds several values: Google's ` ::: `, Apple's
/// `label: a; label: b`, and `;` or `, ` between values. A label before a
/// value (`mobile: +46 …`) is taken off.
fn split_values(v: &str, comma: bool) -> Vec<String> {
    let mut parts: Vec<String> = v
        .split(" ::: ")
        .flat_map(|p| p.split(';'))
        .flat_map(|p| {
            if comma {
                p.split(',').map(str::to_string).collect::<Vec<_>>()
            } else {
                p.split(", ").map(str::to_string).collect::<Vec<_>>()
            }
        })
        .map(|p| strip_label(p.trim()).to_string())
        .filter(|p| !p.is_empty())
        .collect();
    parts.dedup();
    parts
}

/// `work: x` → `x` (Apple's Exporter for Contacts); a URL's `https:` and
/// a time's `10:15` are not labels.
fn strip_label(v: &str) -> &str {
    if let Some((label, rest)) = v.split_once(": ")
        && !label.is_empty()
        && label.len() <= 24
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
    {
        return rest.trim();
    }
    v
}

/// One row as a [`Record`].
fn record(
    headers: &[String],
    cols: &[Option<Col>],
    orders: &[bool],
    row: usize,
    cells: &[String],
    unrecognised: &mut Vec<String>,
) -> Record {
    let mut r = Record {
        row,
        ..Default::default()
    };
    let (mut first, mut middle, mut last) = (None, None, None);
    let mut persons: Vec<String> = Vec::new();
    // Address parts by group, in column order.
    let mut groups: Vec<(String, Vec<(char, String)>)> = Vec::new();
    let mut whole_address: Option<String> = None;
    let mut countries: Vec<String> = Vec::new();
    let mut birth = (
        None::<(String, String)>,
        None::<(String, String)>,
        None::<(String, String)>,
    );
    for (i, raw) in cells.iter().enumerate() {
        let h = headers.get(i).map(String::as_str).unwrap_or("");
        let v = raw.trim();
        let col = cols.get(i).cloned().flatten();
        if v.is_empty()
            || col.as_ref().is_some_and(|c| columns::is_placeholder(c, v))
            || v == "0/0/00"
        {
            continue;
        }
        r.has_data = true;
        let Some(col) = col else {
            if h.is_empty() {
                r.extra.push(format!("Column {}: {v}", i + 1));
                if !unrecognised.contains(&format!("column {}", i + 1)) {
                    unrecognised.push(format!("column {}", i + 1));
                }
            } else {
                r.extra.push(format!("{h}: {v}"));
                if !unrecognised.iter().any(|u| u == h) {
                    unrecognised.push(h.to_string());
                }
            }
            continue;
        };
        let cand = Cand::new(h, v);
        match col {
            Col::Org => {
                if r.org.is_none() {
                    r.org = Some(one_line(v));
                } else {
                    r.extra.push(format!("{h}: {v}"));
                }
            }
            Col::Person => persons.push(one_line(v)),
            Col::FirstName => first = first.or(Some(v.to_string())),
            Col::MiddleName => middle = middle.or(Some(v.to_string())),
            Col::LastName => last = last.or(Some(v.to_string())),
            Col::Email => r
                .emails
                .extend(split_values(v, true).into_iter().map(|x| Cand::new(h, &x))),
            Col::OrgEmail => r
                .org_emails
                .extend(split_values(v, true).into_iter().map(|x| Cand::new(h, &x))),
            Col::Phone => r
                .phones
                .extend(split_values(v, false).into_iter().map(|x| Cand::new(h, &x))),
            Col::OrgPhone => r
                .org_phones
                .extend(split_values(v, false).into_iter().map(|x| Cand::new(h, &x))),
            Col::Website => r.websites.push(Cand::new(h, &with_scheme(strip_label(v)))),
            Col::Address => {
                if whole_address.is_none() {
                    whole_address = Some(strip_label(v).to_string());
                } else {
                    r.extra.push(format!("{h}: {v}"));
                }
            }
            Col::Street(g) | Col::City(g) | Col::Region(g) | Col::PostCode(g) | Col::Country(g) => {
                let kind = match cols.get(i).cloned().flatten() {
                    Some(Col::Street(_)) => 's',
                    Some(Col::City(_)) => 'c',
                    Some(Col::Region(_)) => 'r',
                    Some(Col::PostCode(_)) => 'p',
                    _ => 'n',
                };
                if kind == 'n' {
                    countries.push(v.to_string());
                }
                match groups.iter_mut().find(|(x, _)| *x == g) {
                    Some((_, parts)) => parts.push((kind, v.to_string())),
                    None => groups.push((g, vec![(kind, v.to_string())])),
                }
            }
            Col::RegCode => {
                if let Some(why) = reg_code_problem(h, v) {
                    r.issues.push(Issue {
                        row,
                        column: h.to_string(),
                        value: v.to_string(),
                        reason: why,
                        kept: true,
                    });
                }
                r.reg_code = r.reg_code.take().or(Some(v.to_string()));
            }
            Col::Notes => r.notes.push(v.to_string()),
            Col::Tags => {
                for t in v.split(" ::: ").flat_map(|p| p.split([',', ';'])) {
                    let t = t.trim();
                    let plain = t.trim_start_matches('*').trim();
                    if plain.is_empty()
                        || plain.eq_ignore_ascii_case("myContacts")
                        || plain.eq_ignore_ascii_case("My Contacts")
                    {
                        continue;
                    }
                    r.tags.push(plain.to_string());
                }
            }
            Col::Owner => r.owner = r.owner.take().or(Some(cand)),
            Col::Stage => r.stage = r.stage.take().or(Some(cand)),
            Col::Role => {
                if r.role.is_none() {
                    r.role = Some(cand);
                } else {
                    r.extra.push(format!("{h}: {v}"));
                }
            }
            Col::Birthday | Col::Created => {
                let day_first = orders.get(i).copied().unwrap_or(true);
                match parse_date(v, day_first) {
                    Ok(Some(b)) if col == Col::Birthday => r.birthday = r.birthday.or(Some(b)),
                    Ok(Some(Birthday::Date(d))) => r.created = r.created.or(Some(d)),
                    Ok(_) => r.extra.push(format!("{h}: {v}")),
                    Err(why) => r.issues.push(Issue {
                        row,
                        column: h.to_string(),
                        value: v.to_string(),
                        reason: why,
                        kept: false,
                    }),
                }
            }
            Col::BirthYear => birth.0 = Some((h.to_string(), v.to_string())),
            Col::BirthMonth => birth.1 = Some((h.to_string(), v.to_string())),
            Col::BirthDay => birth.2 = Some((h.to_string(), v.to_string())),
            Col::Field(f) => r.fields.push((f, cand)),
            Col::Consumed | Col::Ignore => {}
        }
    }
    // Birth Year / Month / Day (Thunderbird), the year optional.
    if let (y, Some((mh, m)), Some((_, d))) = &birth {
        let (mm, dd) = (m.parse::<u32>().unwrap_or(0), d.parse::<u32>().unwrap_or(0));
        let b = match y.as_ref().and_then(|(_, y)| y.parse::<i32>().ok()) {
            Some(y) => NaiveDate::from_ymd_opt(y, mm, dd).map(Birthday::Date),
            None => Birthday::month_day(mm, dd),
        };
        match b {
            Some(b) => r.birthday = r.birthday.or(Some(b)),
            None => r.issues.push(Issue {
                row,
                column: mh.clone(),
                value: m.clone(),
                reason: match y {
                    Some((_, y)) => impossible(y.parse().unwrap_or(0), mm, dd),
                    None => format!("--{mm:02}-{dd:02} is not a day of the year"),
                },
                kept: false,
            }),
        }
    }
    // The person: a whole-name column, else first, middle and last names.
    let parts = [first, middle, last]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    r.person = persons
        .first()
        .cloned()
        .or_else(|| (!parts.is_empty()).then(|| parts.clone()));
    // A whole name beside first and last names that say otherwise: those
    // are kept too.
    if !parts.is_empty()
        && r.person
            .as_ref()
            .is_some_and(|p| !p.eq_ignore_ascii_case(&parts))
    {
        r.extra.push(format!("Name parts: {parts}"));
    }
    for p in persons.iter().skip(1) {
        if Some(p) != r.person.as_ref() {
            r.extra.push(format!("Name: {p}"));
        }
    }
    // The first address group with a street or city; the others to notes.
    let mut address = whole_address;
    for (g, parts) in &groups {
        let get = |k: char| {
            parts
                .iter()
                .filter(|(x, _)| *x == k)
                .map(|(_, v)| v.as_str())
                .collect::<Vec<_>>()
        };
        let streets = get('s').join(", ");
        let city = get('c').join(" ");
        let post = get('p').join(" ");
        let region = get('r').join(" ");
        let country = get('n').join(" ");
        let code = columns_country(&country);
        let town = match code {
            Some("US" | "CA") => [
                city.clone(),
                [region.clone(), post.clone()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" "),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
            Some("GB") => [city.clone(), post.clone()]
                .iter()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" "),
            _ => [
                [post.clone(), city.clone()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" "),
                region.clone(),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        };
        let text = [streets, town, country]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        if text.is_empty() {
            continue;
        }
        if address.is_none() {
            address = Some(text);
        } else if address.as_deref() != Some(text.as_str()) {
            let label = if g.ends_with('#') || g.is_empty() {
                "Address".to_string()
            } else {
                format!("{} address", capitalise(g))
            };
            r.extra.push(format!("{label}: {text}"));
        }
    }
    // A country column beside a whole address completes it.
    if groups
        .iter()
        .all(|(_, parts)| parts.iter().all(|(k, _)| *k == 'n'))
        && let (Some(a), Some(c)) = (address.as_mut(), countries.first())
        && !a.to_lowercase().ends_with(&c.to_lowercase())
    {
        a.push_str(", ");
        a.push_str(c);
    }
    r.country = countries
        .iter()
        .find_map(|c| phone::country_code(c))
        .or_else(|| address.as_deref().and_then(phone::country_of_address))
        .map(str::to_string);
    r.address = address;
    r
}

/// What is wrong with a registry code, for the registers whose codes have
/// a fixed form: Estonia's (8 digits) and Finland's Y-tunnus (7 digits, a
/// hyphen and a check digit). Kept as written either way.
fn reg_code_problem(header: &str, v: &str) -> Option<String> {
    let n = columns::norm(header);
    if n.ends_with("registrikood") || n == "regkood" {
        if v.len() == 8 && v.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        return Some("an Estonian registry code has 8 digits".into());
    }
    if n == "ytunnus" {
        let (num, check) = v.split_once('-')?;
        if num.len() != 7 || !num.bytes().all(|b| b.is_ascii_digit()) {
            return Some("a Y-tunnus is 7 digits, a hyphen and a check digit".into());
        }
        let Some(c) = check.parse::<u32>().ok().filter(|_| check.len() == 1) else {
            return Some("the Y-tunnus check character must be a digit".into());
        };
        let sum: u32 = num
            .bytes()
            .zip([7, 9, 10, 5, 8, 4, 2])
            .map(|(d, w)| u32::from(d - b'0') * w)
            .sum();
        let want = match sum % 11 {
            0 => 0,
            1 => return Some("no Y-tunnus has these digits (remainder 1)".into()),
            r => 11 - r,
        };
        if want != c {
            return Some(format!("the Y-tunnus check digit should be {want}"));
        }
    }
    None
}

/// A website as a link: `www.x.example` / `x.example` get `https://`.
fn with_scheme(v: &str) -> String {
    let v = v.trim();
    let looks_like_host = !v.contains(' ')
        && !v.contains("://")
        && v.contains('.')
        && !v.contains('@')
        && v.split('/').next().is_some_and(|h| {
            h.chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        });
    if looks_like_host {
        format!("https://{v}")
    } else {
        v.to_string()
    }
}

fn columns_country(name: &str) -> Option<&'static str> {
    phone::country_code(name)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A value shortened for a report line.
fn short(s: &str) -> String {
    let one = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() > 40 {
        format!("{}…", one.chars().take(39).collect::<String>())
    } else {
        one
    }
}

/// An existing customer's lookup keys.
struct Keys {
    id: String,
    name_key: String,
    emails: Vec<String>,
    phones: Vec<String>,
    contact_names: Vec<String>,
}

fn keys_of(c: &Customer) -> Keys {
    Keys {
        id: c.id.clone(),
        name_key: name_key(&c.name),
        emails: c
            .email
            .iter()
            .chain(c.contacts.iter().filter_map(|p| p.email.as_ref()))
            .map(|e| e.to_lowercase())
            .collect(),
        phones: c
            .phone
            .iter()
            .chain(c.contacts.iter().filter_map(|p| p.phone.as_ref()))
            .filter_map(|p| phone::stored_e164(p))
            .collect(),
        contact_names: c.contacts.iter().map(|p| name_key(&p.name)).collect(),
    }
}

struct Target {
    id: String,
    doc: Option<DocumentMut>,
    original: Option<String>,
    touched: bool,
}

/// The values of a row after validation: what goes into the fields, what
/// into the notes, and what is reported.
#[derive(Default)]
struct Checked {
    email: Option<String>,
    phone: Option<String>,
    org_email: Option<String>,
    org_phone: Option<String>,
    notes: Vec<String>,
}

/// Validate candidates: the first e-mail that is one wins, the others go
/// to the notes; one that is not is left out and reported.
fn pick_email(
    cands: &[Cand],
    row: usize,
    issues: &mut Vec<Issue>,
    notes: &mut Vec<String>,
) -> Option<String> {
    let mut chosen: Option<String> = None;
    for c in cands {
        if is_email(&c.value) {
            if chosen.is_none() {
                chosen = Some(c.value.clone());
            } else if chosen
                .as_deref()
                .is_some_and(|x| !x.eq_ignore_ascii_case(&c.value))
            {
                notes.push(format!("{}: {}", c.column, c.value));
            }
        } else {
            let why = match c.value.split_once('@') {
                Some((_, d)) if !d.contains('.') => "the domain has no dot".to_string(),
                _ => "not an e-mail address".to_string(),
            };
            issues.push(Issue {
                row,
                column: c.column.clone(),
                value: c.value.clone(),
                reason: why,
                kept: false,
            });
        }
    }
    chosen
}

/// Phones: the first that normalises wins; other good ones go to the
/// notes as written; one with digits that does not normalise is kept as
/// written (in the field when nothing better is there, else in the notes)
/// and flagged; one without digits is left out.
fn pick_phone(
    cands: &[Cand],
    country: &str,
    row: usize,
    issues: &mut Vec<Issue>,
    notes: &mut Vec<String>,
) -> Option<String> {
    let mut chosen: Option<String> = None;
    let mut invalid: Vec<(Cand, String)> = Vec::new();
    for c in cands {
        match phone::normalize(&c.value, country) {
            Ok(n) => {
                if chosen.is_none() {
                    chosen = Some(n);
                } else if chosen.as_deref() != Some(n.as_str()) {
                    notes.push(format!("{}: {}", c.column, c.value));
                }
            }
            Err(phone::Bad::NoDigits(m)) => issues.push(Issue {
                row,
                column: c.column.clone(),
                value: c.value.clone(),
                reason: m,
                kept: false,
            }),
            Err(phone::Bad::Invalid(m)) => invalid.push((c.clone(), m)),
        }
    }
    for (k, (c, m)) in invalid.into_iter().enumerate() {
        let into_field = chosen.is_none() && k == 0;
        if !into_field {
            notes.push(format!("{}: {}", c.column, c.value));
        }
        issues.push(Issue {
            row,
            column: c.column.clone(),
            value: c.value.clone(),
            reason: format!("{m}{}", if into_field { "" } else { " (in the notes)" }),
            kept: true,
        });
        if into_field {
            chosen = Some(c.value);
        }
    }
    chosen
}

/// The stage a foreign one maps to: `--map-stage`, then a stage of
/// crm.toml with that name, then the documented table; `None` when
/// unknown.
fn map_stage(s: &str, stages: &[String], by_hand: &[(String, String)]) -> Option<String> {
    if let Some((_, t)) = by_hand
        .iter()
        .find(|(f, _)| f.trim().eq_ignore_ascii_case(s.trim()))
    {
        return stages.iter().find(|x| x.eq_ignore_ascii_case(t)).cloned();
    }
    if let Some(x) = stages.iter().find(|x| x.eq_ignore_ascii_case(s.trim())) {
        return Some(x.clone());
    }
    let n = columns::norm(s);
    let to = columns::STAGES
        .iter()
        .find(|(f, _)| *f == n)
        .map(|(_, t)| *t)?;
    stages.iter().find(|x| x.as_str() == to).cloned()
}

/// Fill in a field that is missing; a different value already there is
/// kept and reported.
fn fill_field(
    root: &mut toml_edit::Table,
    k: &str,
    v: Option<&str>,
    what: &str,
    kept: &mut Vec<String>,
) {
    let Some(v) = v else { return };
    let new = edit::string(v);
    match root.get(k).and_then(Item::as_str) {
        None => {
            root.insert(k, Item::Value(new));
        }
        Some(old)
            if Some(old) != new.as_str()
                && !(k == "phone"
                    && phone::stored_e164(old).is_some()
                    && phone::stored_e164(old) == phone::stored_e164(v)) =>
        {
            kept.push(format!(
                "kept {what} '{}' (the row had '{}')",
                short(old),
                short(v)
            ))
        }
        _ => {}
    }
}

/// Append lines to a notes value that it does not hold yet.
fn add_notes(root: &mut toml_edit::Table, lines: &[String]) -> bool {
    let old = root
        .get("notes")
        .and_then(Item::as_str)
        .unwrap_or("")
        .to_string();
    let mut text = old.trim_end_matches('\n').to_string();
    let mut changed = false;
    for l in lines {
        let l = l.trim();
        if l.is_empty() || text.contains(l) {
            continue;
        }
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(l);
        changed = true;
    }
    if changed {
        edit::set(root, "notes", edit::string(&text));
    }
    changed
}

/// Match, validate and write records (CSV rows or vCards) as one
/// transaction. `progress(done, total)` is called as rows are planned.
pub fn plan_records(
    store: &Store,
    records: Vec<Record>,
    opts: &Options,
    user: &str,
    today: NaiveDate,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Plan> {
    let cfg = &store.config;
    let (keys, _broken) = store.scan_heads(|c| Some(keys_of(c)))?;
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut by_email: HashMap<String, usize> = HashMap::new();
    let mut by_phone: HashMap<String, usize> = HashMap::new();
    let mut by_contact: HashMap<String, usize> = HashMap::new();
    let mut ids: HashSet<String> = HashSet::new();
    let mut targets: Vec<Target> = Vec::with_capacity(keys.len());
    for (i, k) in keys.into_iter().enumerate() {
        by_key.entry(k.name_key.clone()).or_insert(i);
        for e in k.emails {
            by_email.entry(e).or_insert(i);
        }
        for p in k.phones {
            by_phone.entry(p).or_insert(i);
        }
        for n in k.contact_names {
            by_contact.entry(n).or_insert(i);
        }
        ids.insert(k.id.clone());
        targets.push(Target {
            id: k.id,
            doc: None,
            original: None,
            touched: false,
        });
    }
    let mut rows = Vec::new();
    let mut issues: Vec<Issue> = Vec::new();
    let total = records.len();
    for (n, rec) in records.into_iter().enumerate() {
        progress(n, total);
        let row = rec.row;
        let mut row_issues = rec.issues.clone();
        let mut ch = Checked::default();
        let country = rec
            .country
            .clone()
            .unwrap_or_else(|| cfg.phone_country.clone());
        // A firm's own card (`Full Name` = the firm) is not a person.
        let mut person = rec
            .person
            .clone()
            .filter(|p| rec.org.as_ref().is_none_or(|o| !o.eq_ignore_ascii_case(p)));
        let email = pick_email(&rec.emails, row, &mut row_issues, &mut ch.notes);
        let phone_v = pick_phone(&rec.phones, &country, row, &mut row_issues, &mut ch.notes);
        ch.org_email = pick_email(&rec.org_emails, row, &mut row_issues, &mut ch.notes);
        ch.org_phone = pick_phone(
            &rec.org_phones,
            &country,
            row,
            &mut row_issues,
            &mut ch.notes,
        );
        let company_row = rec.org.is_some() && person.is_some();
        if company_row {
            ch.email = ch.org_email.take();
            ch.phone = ch.org_phone.take();
        } else {
            ch.email = email.clone().or(ch.org_email.take());
            ch.phone = phone_v.clone().or(ch.org_phone.take());
        }
        // No name at all: the e-mail address is the only name there is.
        let name = rec.org.clone().or_else(|| person.clone()).or_else(|| {
            email.clone().inspect(|_| {
                person = None;
            })
        });
        let Some(name) = name else {
            if !rec.has_data {
                rows.push(RowReport {
                    row,
                    action: "skipped",
                    customer: String::new(),
                    reason: "empty row".into(),
                });
            }
            if rec.has_data {
                let what: Vec<String> = rec
                    .extra
                    .iter()
                    .chain(rec.notes.iter())
                    .take(3)
                    .cloned()
                    .collect();
                row_issues.push(Issue {
                    row,
                    column: String::new(),
                    value: String::new(),
                    reason: format!(
                        "row {row} names no company, person or e-mail{}",
                        if what.is_empty() {
                            String::new()
                        } else {
                            format!(" ({})", what.join("; "))
                        }
                    ),
                    kept: false,
                });
                rows.push(RowReport {
                    row,
                    action: "skipped",
                    customer: String::new(),
                    reason: "no company or person name".into(),
                });
            }
            issues.extend(row_issues);
            continue;
        };
        // Match: name, then e-mail, then phone (a person's too).
        let key = name_key(&name);
        // A row of a firm and a person matches by the firm's name and the
        // firm's own e-mail or phone: the person's may be shared with
        // another firm (or follow the person there).
        let person_keys = if company_row { None } else { Some(()) };
        let lower = [&ch.email, &email.clone().filter(|_| person_keys.is_some())]
            .into_iter()
            .flatten()
            .map(|e| e.to_lowercase())
            .collect::<Vec<_>>();
        let e164s = [
            &ch.phone,
            &phone_v.clone().filter(|_| person_keys.is_some()),
        ]
        .into_iter()
        .flatten()
        .filter_map(|p| phone::stored_e164(p))
        .collect::<Vec<_>>();
        let found = by_key
            .get(&key)
            .copied()
            .filter(|_| !key.is_empty())
            .or_else(|| lower.iter().find_map(|e| by_email.get(e).copied()))
            .or_else(|| e164s.iter().find_map(|p| by_phone.get(p).copied()))
            .or_else(|| {
                // A person-only row naming a contact of a customer.
                (rec.org.is_none())
                    .then(|| {
                        person
                            .as_ref()
                            .and_then(|p| by_contact.get(&name_key(p)).copied())
                    })
                    .flatten()
            });
        let mut kept: Vec<String> = Vec::new();
        let stage =
            rec.stage.as_ref().map(
                |s| match map_stage(&s.value, &cfg.stages, &opts.map_stage) {
                    Some(x) => (x, None),
                    None => (
                        cfg.stages[0].clone(),
                        Some(format!(
                            "stage '{}' is not one of {} (--map-stage \"{}=…\"): {} taken",
                            s.value,
                            cfg.stages.join(", "),
                            s.value,
                            cfg.stages[0]
                        )),
                    ),
                },
            );
        if let Some((_, Some(w))) = &stage {
            kept.push(w.clone());
        }
        let owner = rec.owner.as_ref().map(|o| owner_handle(cfg, &o.value));
        let (idx, created) = match found {
            Some(i) => (i, false),
            None => {
                let base = id::slugify(&name);
                let taken = |s: &str| ids.contains(s) || store.customer_path(s).exists();
                let cid = id::unique_slug(&base, taken);
                let mut doc = DocumentMut::new();
                let t = doc.as_table_mut();
                t.insert("name", Item::Value(edit::string(&name)));
                let st = stage
                    .as_ref()
                    .map(|(s, _)| s.clone())
                    .unwrap_or_else(|| cfg.stages[0].clone());
                t.insert("stage", Item::Value(Value::from(st)));
                t.insert(
                    "owner",
                    Item::Value(Value::from(
                        owner.clone().unwrap_or_else(|| user.to_string()),
                    )),
                );
                t.insert("tags", Item::Value(Value::Array(Default::default())));
                t.insert(
                    "created",
                    Item::Value(edit::date(rec.created.unwrap_or(today))),
                );
                targets.push(Target {
                    id: cid,
                    doc: Some(doc),
                    original: None,
                    touched: true,
                });
                let i = targets.len() - 1;
                ids.insert(targets[i].id.clone());
                by_key.insert(key.clone(), i);
                (i, true)
            }
        };
        let t = &mut targets[idx];
        let doc = match &mut t.doc {
            Some(doc) => doc,
            None => {
                let text = store.read_text(&t.id)?;
                let doc = edit::parse(&Store::rel_path(&t.id), &text)?;
                t.original = Some(text);
                t.doc.insert(doc)
            }
        };
        {
            let root = doc.as_table_mut();
            if !created {
                if let Some(d) = rec.created
                    && let Some(old) = root
                        .get("created")
                        .and_then(Item::as_value)
                        .map(|v| v.to_string())
                    && old.trim() != d.to_string()
                {
                    kept.push(format!("kept created {} (the row had {d})", old.trim()));
                }
                if let Some((s, _)) = &stage {
                    fill_field(root, "stage", Some(s), "stage", &mut kept);
                }
                if let Some(o) = &owner {
                    fill_field(root, "owner", Some(o), "owner", &mut kept);
                }
            }
            fill_field(root, "email", ch.email.as_deref(), "email", &mut kept);
            fill_field(root, "phone", ch.phone.as_deref(), "phone", &mut kept);
            if let Some(w) = rec.websites.first() {
                fill_field(root, "website", Some(&w.value), "website", &mut kept);
            }
            for w in rec.websites.iter().skip(1) {
                ch.notes.push(format!("{}: {}", w.column, w.value));
            }
            fill_field(
                root,
                "address",
                rec.address.as_deref(),
                "address",
                &mut kept,
            );
            if let Some(c) = &rec.country
                && c != &cfg.phone_country
                && root.get("country").is_none()
            {
                root.insert("country", Item::Value(Value::from(c.as_str())));
            }
            fill_field(
                root,
                "reg_code",
                rec.reg_code.as_deref(),
                "reg_code",
                &mut kept,
            );
            for tag in &rec.tags {
                let tag = tag.split_whitespace().collect::<Vec<_>>().join("-");
                let _ = edit::array_add(root, "tags", &tag, |a, b| a.eq_ignore_ascii_case(b));
            }
            for (f, v) in &rec.fields {
                match crate::ops::customer::field_value(cfg, f, &v.value) {
                    Ok(value) => {
                        let fields = root
                            .entry("fields")
                            .or_insert(Item::Table(Default::default()));
                        if let Some(ft) = fields.as_table_mut()
                            && ft.get(f).is_none()
                        {
                            ft.insert(f, Item::Value(value));
                        }
                    }
                    Err(e) => {
                        ch.notes.push(format!("{}: {}", v.column, v.value));
                        row_issues.push(Issue {
                            row,
                            column: v.column.clone(),
                            value: v.value.clone(),
                            reason: format!("{e} (kept in the notes)"),
                            kept: true,
                        });
                    }
                }
            }
            // Notes: the row's notes, then values with no field of their
            // own (`Header: value`); a person's, marked with the name.
            let mut lines: Vec<String> = rec.notes.clone();
            let mut extra = ch.notes.clone();
            extra.extend(rec.extra.iter().cloned());
            if company_row {
                if person.is_some() && rec.role.is_none() {
                    // nothing
                }
                let p = person.clone().unwrap_or_default();
                lines.extend(extra.into_iter().map(|l| format!("{l} ({p})")));
            } else {
                if let Some(r) = &rec.role {
                    extra.insert(0, format!("{}: {}", r.column, r.value));
                }
                lines.extend(extra);
            }
            if stage.as_ref().is_some_and(|(_, w)| w.is_some())
                && let Some(s) = &rec.stage
            {
                lines.push(format!("{}: {}", s.column, s.value));
            }
            add_notes(root, &lines);
        }
        // The person: a contact of the firm (or, for a person-only row with
        // a birthday, a contact of the same name, so the agenda shows it).
        let contact = person
            .clone()
            .filter(|p| company_row || (rec.birthday.is_some() && p.eq_ignore_ascii_case(&name)));
        let mut contact_name = String::new();
        if let Some(p) = contact {
            contact_name = p.clone();
            match edit::find_table(doc, "contacts", "name", |x| x.eq_ignore_ascii_case(&p)) {
                None => {
                    let mut pairs = vec![("name", edit::string(&p))];
                    if company_row {
                        if let Some(r) = &rec.role {
                            pairs.push(("role", edit::string(&r.value)));
                        }
                        if let Some(e) = &email {
                            pairs.push(("email", edit::string(e)));
                        }
                        if let Some(ph) = &phone_v {
                            pairs.push(("phone", edit::string(ph)));
                        }
                    }
                    if let Some(b) = rec.birthday {
                        pairs.push(("birthday", b.toml_value()));
                    }
                    edit::push_table(doc, "contacts", edit::table(pairs))?;
                }
                Some(i) => {
                    let arr = edit::tables_mut(doc, "contacts")?;
                    if let Some(ct) = arr.get_mut(i) {
                        let mut fill = |k: &str, v: Option<Value>| {
                            let Some(v) = v else { return };
                            match ct.get(k) {
                                None => {
                                    ct.insert(k, Item::Value(v));
                                }
                                Some(old)
                                    if old.as_value().map(|o| o.to_string().trim().to_string())
                                        != Some(v.to_string().trim().to_string()) =>
                                {
                                    let same_phone = k == "phone"
                                        && old.as_str().and_then(phone::stored_e164).is_some()
                                        && old.as_str().and_then(phone::stored_e164)
                                            == v.as_str().and_then(phone::stored_e164);
                                    if !same_phone {
                                        kept.push(format!(
                                            "kept {p}'s {k} {} (the row had {})",
                                            old.as_value()
                                                .map(|o| o.to_string())
                                                .unwrap_or_default()
                                                .trim(),
                                            v.to_string().trim()
                                        ));
                                    }
                                }
                                _ => {}
                            }
                        };
                        if company_row {
                            fill("role", rec.role.as_ref().map(|r| edit::string(&r.value)));
                            fill("email", email.as_deref().map(edit::string));
                            fill("phone", phone_v.as_deref().map(edit::string));
                        }
                        fill("birthday", rec.birthday.map(|b| b.toml_value()));
                    }
                }
            }
        } else if let Some(b) = rec.birthday
            && person.is_none()
        {
            let l = format!("Birthday: {b}");
            add_notes(doc.as_table_mut(), &[l]);
        }
        for e in lower {
            by_email.entry(e).or_insert(idx);
        }
        for p in e164s {
            by_phone.entry(p).or_insert(idx);
        }
        if !contact_name.is_empty() {
            by_contact.entry(name_key(&contact_name)).or_insert(idx);
        }
        let changed = t.original.as_deref() != Some(doc.to_string().as_str());
        t.touched |= changed;
        let reason: Vec<String> = row_issues.iter().map(Issue::line).chain(kept).collect();
        rows.push(RowReport {
            row,
            action: if created {
                "created"
            } else if changed {
                "updated"
            } else {
                "unchanged"
            },
            customer: t.id.clone(),
            reason: reason.join("; "),
        });
        issues.extend(row_issues);
    }
    progress(total, total);
    if opts.strict && !issues.is_empty() {
        return Err(Error::Invalid {
            path: None,
            field: format!("row {}", issues[0].row),
            reason: format!(
                "{} (and {} more); --strict imports all or nothing",
                issues[0].line(),
                issues.len() - 1
            ),
            hint: Some(Box::new(crate::error::Fix::Say(
                "fix those values, or import without --strict to keep the rest and have them listed"
                    .into(),
            ))),
        });
    }
    let mut tx = Transaction::new("");
    for t in &targets {
        let Some(doc) = t.doc.as_ref().filter(|_| t.touched) else {
            continue;
        };
        let text = doc.to_string();
        if t.original.as_deref() != Some(text.as_str()) {
            let c = Customer::parse(&t.id, &text).map_err(|e| e.in_file(Store::rel_path(&t.id)))?;
            crate::store::check_valid(&c, cfg, &Store::rel_path(&t.id))?;
            tx = tx.write(&t.id, text);
        }
    }
    let count = |action: &str| rows.iter().filter(|r| r.action == action).count();
    tx.message = format!(
        "{} created, {} updated, {} skipped",
        count("created"),
        count("updated"),
        count("skipped")
    );
    Ok(Plan {
        rows,
        tx,
        issues,
        ..Default::default()
    })
}

/// A CRM user's name (`Kristjan Org`) as a handle: the `[team]` member of
/// that name or e-mail, else the slug of the name (`kristjan-org`).
fn owner_handle(cfg: &crate::model::config::Config, v: &str) -> String {
    let v = v.trim();
    if let Some((h, _)) = cfg.team.iter().find(|(h, m)| {
        h.eq_ignore_ascii_case(v)
            || m.name.eq_ignore_ascii_case(v)
            || m.email.eq_ignore_ascii_case(v)
    }) {
        return h.clone();
    }
    let local = v.split('@').next().unwrap_or(v);
    id::slugify(local)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_and_delimiters() {
        assert_eq!(decode(b"\xEF\xBB\xBFName"), "Name");
        assert_eq!(decode(b"Stra\xDFe"), "Straße");
        // Windows-1257: Š is 0xD0.
        assert_eq!(decode(b"\xD0okolaad \xDEanna"), "Šokolaad Žanna");
        assert_eq!(detect_delimiter("a;b;\"c,d\"\n"), b';');
        assert_eq!(detect_delimiter("a\tb\tc\n"), b'\t');
        assert_eq!(detect_delimiter("a,b\n"), b',');
    }

    #[test]
    fn dates_as_programs_write_them() {
        let p = |s: &str, df: bool| parse_date(s, df).map(|b| b.map(|b| b.to_string()));
        assert_eq!(p("--06-21", true), Ok(Some("--06-21".into())));
        assert_eq!(p("21.06.1980", true), Ok(Some("1980-06-21".into())));
        assert_eq!(p("14 Mar 2023", true), Ok(Some("2023-03-14".into())));
        assert_eq!(p("2024-02-01 10:15", true), Ok(Some("2024-02-01".into())));
        assert_eq!(p("4/5/1990", false), Ok(Some("1990-04-05".into())));
        assert_eq!(p("4/5/1990", true), Ok(Some("1990-05-04".into())));
        assert_eq!(p("0/0/00", false), Ok(None));
        assert!(p("1990-02-30", true).is_err());
    }

    #[test]
    fn several_values_in_a_cell() {
        assert_eq!(
            split_values("+372 5234 5678 ::: +372 5234 5679", false),
            ["+372 5234 5678", "+372 5234 5679"]
        );
        assert_eq!(
            split_values("mobile: +46 70 123 45 67; work: 08-123 456 78", false),
            ["+46 70 123 45 67", "08-123 456 78"]
        );
        assert_eq!(
            split_values("a@x.example, b@x.example", true),
            ["a@x.example", "b@x.example"]
        );
        assert_eq!(split_values("3,72561E+11", false), ["3,72561E+11"]);
    }
}
