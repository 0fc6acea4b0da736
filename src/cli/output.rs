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
        Format::Table => {
            let mut t = Table::new();
            if tty {
                t.load_style(presets::UTF8_HORIZONTAL_ONLY);
                t.set_content_arrangement(ContentArrangement::Dynamic);
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
                        .map(|c| cell(r.get(c)).replace('\n', " "))
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
