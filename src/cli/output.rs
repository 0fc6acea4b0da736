//! Rendering records in every machine and human format (SPEC §5):
//! `table` (comfy-table, fitted to the terminal; borderless when stdout is
//! not a terminal), `csv`/`tsv` with a header row, `json` (one array),
//! `jsonl` (one object a line), `ids` (one id a line).

use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets};
use serde_json::{Map, Value};
use std::io::{self, Write};

/// Output format of record-printing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Tsv,
    Json,
    Jsonl,
    Ids,
    /// iCalendar: `crm calendar` and `crm export ics` only.
    Ics,
}

/// What a command prints, which decides the `-f` values it takes: each
/// command module says it (`PRINTS`, or `prints()` where its subcommands
/// differ), and `-f` is refused rather than ignored where it means nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prints {
    /// Records, in every format.
    Records,
    /// Records, in these formats only.
    Only(&'static [Format]),
    /// Messages only.
    Nothing,
    /// One file format (`vCard`, `iCalendar`, `JSON`) whatever `-f` says;
    /// `allowed` are the `-f` values that agree with it.
    File {
        name: &'static str,
        allowed: &'static [Format],
    },
}

/// Rows of one kind, ready to render.
#[derive(Debug, Default)]
pub struct Records {
    /// Columns shown in table/csv/tsv, in order (keys of `rows`).
    pub columns: Vec<String>,
    /// One JSON object per record; JSON output shows all its keys.
    pub rows: Vec<Map<String, Value>>,
    /// The key printed by `-f ids`.
    pub id_key: String,
}

impl Records {
    /// Records with these columns and `id` as the id key.
    pub fn new(columns: &[&str]) -> Self {
        Records {
            columns: columns.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
            id_key: "id".into(),
        }
    }
}

/// Escape the control characters of every text of a record (see
/// [`clean`]), before it is shown on a terminal.
pub fn clean_all(v: &mut impl crm::model::codec::Texts) {
    v.texts(&mut |s| {
        if s.chars().any(needs_escape) {
            *s = clean(s);
        }
    });
}

/// A cell as a table shows it: on one line, safe for a terminal.
fn table_cell(v: Option<&Value>) -> String {
    clean(&cell(v).replace('\n', " "))
}

/// A cell's text: strings bare, arrays joined with commas, null empty.
pub fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|x| cell(Some(x)))
            .collect::<Vec<_>>()
            .join(","),
        Some(other) => other.to_string(),
    }
}

/// Render `records` to `out` in `format`. `tty` says whether stdout is a
/// terminal (tables get borders and a width only then).
pub fn render(out: &mut dyn Write, records: &Records, format: Format, tty: bool) -> io::Result<()> {
    match format {
        // Commands that write iCalendar do it themselves; `-f ics` is
        // refused for the others before anything is read.
        Format::Ics => Err(io::Error::other(
            "-f ics: these records have no iCalendar form",
        )),
        Format::Json => {
            let arr: Vec<&Map<String, Value>> = records.rows.iter().collect();
            serde_json::to_writer_pretty(&mut *out, &arr)?;
            writeln!(out)
        }
        Format::Jsonl => {
            for r in &records.rows {
                serde_json::to_writer(&mut *out, r)?;
                writeln!(out)?;
            }
            Ok(())
        }
        Format::Ids => {
            for r in &records.rows {
                writeln!(out, "{}", cell(r.get(&records.id_key)))?;
            }
            Ok(())
        }
        Format::Csv | Format::Tsv => {
            let mut w = csv::WriterBuilder::new()
                .delimiter(if format == Format::Csv { b',' } else { b'\t' })
                .quote_style(if format == Format::Csv {
                    csv::QuoteStyle::Necessary
                } else {
                    csv::QuoteStyle::Never
                })
                .from_writer(&mut *out);
            // Keep the io::Error itself, so a closed pipe stays a closed pipe.
            let io_err = |e: csv::Error| {
                if !e.is_io_error() {
                    return io::Error::other(e.to_string());
                }
                match e.into_kind() {
                    csv::ErrorKind::Io(e) => e,
                    k => io::Error::other(format!("{k:?}")),
                }
            };
            w.write_record(&records.columns).map_err(io_err)?;
            for r in &records.rows {
                let row: Vec<String> = records
                    .columns
                    .iter()
                    .map(|c| {
                        let s = cell(r.get(c));
                        if format == Format::Tsv {
                            s.replace(['\t', '\n', '\r'], " ")
                        } else {
                            s
                        }
                    })
                    .collect();
                w.write_record(&row).map_err(io_err)?;
            }
            w.flush()
        }
        Format::Table if !tty => plain_table(out, records),
        Format::Table => {
            let mut t = Table::new();
            if tty {
                t.load_style(presets::UTF8_HORIZONTAL_ONLY);
                t.set_content_arrangement(ContentArrangement::Dynamic);
                // A terminal that reports no size (0 columns: a pty nobody
                // sized, as `script` makes) gets the classic 80, not a
                // table one letter wide.
                if t.width() == Some(0) {
                    t.set_width(80);
                }
            } else {
                t.load_style(presets::NOTHING);
                t.force_no_tty();
            }
            t.set_header(
                records
                    .columns
                    .iter()
                    .map(|c| c.to_uppercase())
                    .collect::<Vec<_>>(),
            );
            for r in &records.rows {
                t.add_row(
                    records
                        .columns
                        .iter()
                        .map(|c| table_cell(r.get(c)))
                        .collect::<Vec<_>>(),
                );
            }
            for line in t.lines() {
                writeln!(out, "{}", line.trim_end())?;
            }
            Ok(())
        }
    }
}

/// The table for a pipe or a file: what comfy-table prints with no style,
/// no terminal and no width (every column as wide as its widest cell, one
/// space of padding either side, lines trimmed at the end), written row by
/// row instead of building the whole table in memory first — 80,000 rows
/// of `crm activities` took seconds and hundreds of MB through comfy-table.
/// A cell wider than comfy-table's limit goes through comfy-table itself.
fn plain_table(out: &mut dyn Write, records: &Records) -> io::Result<()> {
    use unicode_width::UnicodeWidthStr;
    let header: Vec<String> = records.columns.iter().map(|c| c.to_uppercase()).collect();
    let text = |r: &Map<String, Value>, c: &str| table_cell(r.get(c));
    // A string cell as it is shown, without a copy when it has no newline.
    fn shown<'a>(r: &'a Map<String, Value>, c: &str) -> std::borrow::Cow<'a, str> {
        match r.get(c) {
            Some(Value::String(s)) if !s.contains('\n') && !s.chars().any(needs_escape) => {
                std::borrow::Cow::Borrowed(s.as_str())
            }
            v => std::borrow::Cow::Owned(table_cell(v)),
        }
    }
    let mut widths: Vec<usize> = header.iter().map(|h| h.width().max(1)).collect();
    for r in &records.rows {
        for (w, c) in widths.iter_mut().zip(&records.columns) {
            *w = (*w).max(shown(r, c).width());
        }
    }
    if widths.iter().any(|w| *w > usize::from(u16::MAX)) {
        let mut t = Table::new();
        t.load_style(presets::NOTHING);
        t.force_no_tty();
        t.set_header(header);
        for r in &records.rows {
            t.add_row(
                records
                    .columns
                    .iter()
                    .map(|c| text(r, c))
                    .collect::<Vec<_>>(),
            );
        }
        for line in t.lines() {
            writeln!(out, "{}", line.trim_end())?;
        }
        return Ok(());
    }
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    let mut line = String::new();
    let mut write_line = |cells: &mut dyn Iterator<Item = std::borrow::Cow<'_, str>>| {
        line.clear();
        for (w, c) in widths.iter().zip(cells) {
            line.push(' ');
            line.push_str(&c);
            line.extend(std::iter::repeat_n(' ', w - c.width() + 1));
        }
        writeln!(out, "{}", line.trim_end())
    };
    write_line(
        &mut header
            .iter()
            .map(|h| std::borrow::Cow::Borrowed(h.as_str())),
    )?;
    for r in &records.rows {
        write_line(&mut records.columns.iter().map(|c| shown(r, c)))?;
    }
    out.flush()
}

/// Text from the data, safe for a terminal: control characters (escape
/// sequences that could recolour, retitle or write the clipboard) shown
/// as `\x1b`-style escapes; line breaks and tabs kept.
pub fn clean(s: &str) -> String {
    if !s.chars().any(needs_escape) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if needs_escape(c) {
            let n = c as u32;
            if n <= 0xff {
                out.push_str(&format!("\\x{n:02x}"));
            } else {
                out.push_str(&format!("\\u{{{n:x}}}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

pub fn needs_escape(c: char) -> bool {
    // C0 and C1 controls, and the bidirectional overrides that can make
    // text read other than it is.
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200e}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}
