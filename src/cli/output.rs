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
    /// Columns of money whose name does not say so (a turnover's
    /// `contracts`: revenue, where elsewhere it counts contracts).
    pub money: Vec<String>,
}

impl Records {
    /// Records with these columns and `id` as the id key.
    pub fn new(columns: &[&str]) -> Self {
        Records {
            columns: columns.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
            id_key: "id".into(),
            money: Vec::new(),
        }
    }
}

/// How a column's cells are shown in a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Text,
    /// Every value a number: right-aligned.
    Number,
    /// Numbers that are money: right-aligned, with the decimals of the
    /// row's currency (2 for EUR, 0 for JPY).
    Money,
}

/// The kind of each column of `records`.
pub(crate) fn kinds(records: &Records) -> Vec<Kind> {
    records
        .columns
        .iter()
        .map(|c| {
            let mut any = false;
            let numeric = records.rows.iter().all(|r| match r.get(c) {
                None | Some(Value::Null) => true,
                Some(Value::Number(_)) => {
                    any = true;
                    true
                }
                Some(_) => false,
            });
            if !(numeric && any) {
                Kind::Text
            } else if is_money(c) || records.money.contains(c) {
                Kind::Money
            } else {
                Kind::Number
            }
        })
        .collect()
}

/// Whether a column of numbers holds amounts of money, by its name.
fn is_money(column: &str) -> bool {
    let c = column.to_ascii_lowercase();
    [
        "amount", "weighted", "value", "price", "revenue", "turnover", "mrr", "arr", "forecast",
        "total", "sum", "likely", "per_hour",
    ]
    .iter()
    .any(|m| c == *m || c.ends_with(&format!("_{m}")) || c.starts_with(&format!("{m}_")))
}

/// The number of decimals of a currency's minor unit (ISO 4217).
fn decimals(currency: Option<&Value>) -> u32 {
    currency_decimals(currency.and_then(Value::as_str).unwrap_or(""))
}

/// An amount as tables show it: with its currency's decimals and the
/// currency (`147405.50 EUR`).
pub(crate) fn money_text(amount: rust_decimal::Decimal, currency: &str) -> String {
    let d = currency_decimals(currency);
    format!("{:.*} {currency}", d as usize, amount.round_dp(d))
}

/// [`decimals`] of a currency code.
fn currency_decimals(currency: &str) -> u32 {
    match Some(currency.to_ascii_uppercase()).as_deref() {
        Some("JPY" | "KRW" | "ISK" | "CLP" | "VND" | "UGX" | "PYG" | "XOF" | "XAF" | "HUF") => 0,
        Some("BHD" | "KWD" | "OMR" | "JOD" | "TND" | "IQD" | "LYD") => 3,
        _ => 2,
    }
}

/// A cell as a table shows it: money with its currency's decimals.
pub(crate) fn shown_cell(r: &Map<String, Value>, c: &str, kind: Kind) -> String {
    match (kind, r.get(c)) {
        (Kind::Money, Some(Value::Number(n))) => {
            let d = decimals(r.get("currency"));
            match n.to_string().parse::<rust_decimal::Decimal>() {
                Ok(x) => format!("{:.*}", d as usize, x.round_dp(d)),
                Err(_) => n.to_string(),
            }
        }
        (_, v) => table_cell(v),
    }
}

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const CYAN: &str = "\x1b[36m";
const DIM: &str = "\x1b[2m";

/// The colour a cell is shown in, if any: stages of customers and deals
/// by where they stand, negative numbers and overdue states in red.
fn tint(column: &str, v: Option<&Value>, color: bool) -> Option<&'static str> {
    if !color {
        return None;
    }
    match v? {
        Value::Number(n) if n.as_f64().is_some_and(|x| x < 0.0) => Some(RED),
        Value::String(s) if column.ends_with("stage") || column == "state" => match s.as_str() {
            "won" | "customer" | "closed" | "done" => Some(GREEN),
            "lost" | "overdue" => Some(RED),
            "offer" | "prospect" | "open" => Some(YELLOW),
            "lead" => Some(CYAN),
            "inactive" => Some(DIM),
            _ => None,
        },
        Value::Bool(true) if column == "overdue" => Some(RED),
        _ => None,
    }
}

fn comfy_color(code: &str) -> comfy_table::Color {
    match code {
        RED => comfy_table::Color::Red,
        GREEN => comfy_table::Color::Green,
        YELLOW => comfy_table::Color::Yellow,
        CYAN => comfy_table::Color::Cyan,
        _ => comfy_table::Color::DarkGrey,
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
    render_styled(out, records, format, tty, false)
}

/// [`render`], with `color`: tables colour stages and negative numbers
/// and make the header bold (`--color always`, or `auto` on a terminal).
pub fn render_styled(
    out: &mut dyn Write,
    records: &Records,
    format: Format,
    tty: bool,
    color: bool,
) -> io::Result<()> {
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
        Format::Table if !tty => plain_table(out, records, color),
        Format::Table => {
            let kinds = kinds(records);
            let mut t = Table::new();
            t.load_style(presets::UTF8_HORIZONTAL_ONLY);
            t.set_content_arrangement(ContentArrangement::Dynamic);
            // A terminal that reports no size (0 columns: a pty nobody
            // sized, as `script` makes) gets the classic 80, not a table
            // one letter wide.
            if t.width() == Some(0) {
                t.set_width(80);
            }
            if color {
                t.enforce_styling();
            }
            t.set_header(records.columns.iter().map(|c| {
                let h = comfy_table::Cell::new(c.to_uppercase());
                if color {
                    h.add_attribute(comfy_table::Attribute::Bold)
                } else {
                    h
                }
            }));
            for r in &records.rows {
                t.add_row(records.columns.iter().zip(&kinds).map(|(c, k)| {
                    let text = shown_cell(r, c, *k);
                    let cell = comfy_table::Cell::new(&text);
                    match tint(c, r.get(c), color) {
                        Some(code) => cell.fg(comfy_color(code)),
                        None => cell,
                    }
                }));
            }
            for (i, k) in kinds.iter().enumerate() {
                if *k != Kind::Text
                    && let Some(col) = t.column_mut(i)
                {
                    col.set_cell_alignment(comfy_table::CellAlignment::Right);
                }
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
fn plain_table(out: &mut dyn Write, records: &Records, color: bool) -> io::Result<()> {
    use unicode_width::UnicodeWidthStr;
    let header: Vec<String> = records.columns.iter().map(|c| c.to_uppercase()).collect();
    let kinds = kinds(records);
    let text = |r: &Map<String, Value>, c: &str| table_cell(r.get(c));
    // A string cell as it is shown, without a copy when it has no newline.
    let shown = |r: &'_ Map<String, Value>, i: usize| -> String {
        let c = &records.columns[i];
        shown_cell(r, c, kinds[i])
    };
    let mut widths: Vec<usize> = header.iter().map(|h| h.width().max(1)).collect();
    for r in &records.rows {
        for (i, w) in widths.iter_mut().enumerate() {
            *w = (*w).max(shown(r, i).width());
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
    // Cells with the colour code each is shown in (`None`: plain).
    let mut write_line = |cells: &mut dyn Iterator<Item = (String, Option<&'static str>)>| {
        line.clear();
        for (i, (w, (c, code))) in widths.iter().zip(cells).enumerate() {
            let pad = w - c.width();
            let right = kinds[i] != Kind::Text;
            line.push(' ');
            if right {
                line.extend(std::iter::repeat_n(' ', pad));
            }
            match code {
                Some(code) => {
                    line.push_str(code);
                    line.push_str(&c);
                    line.push_str(RESET);
                }
                None => line.push_str(&c),
            }
            line.extend(std::iter::repeat_n(' ', if right { 1 } else { pad + 1 }));
        }
        writeln!(out, "{}", line.trim_end())
    };
    let bold = color.then_some(BOLD);
    write_line(&mut header.iter().map(|h| (h.clone(), bold)))?;
    for r in &records.rows {
        write_line(&mut (0..records.columns.len()).map(|i| {
            let c = &records.columns[i];
            (shown(r, i), tint(c, r.get(c), color))
        }))?;
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
