//! `crm export csv|json|vcard|ics`: customers for other programs.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::{Prints, self, Format, Records};
use crate::cli::read::{QueryArgs, ReadCtx};
use crm::interop;
use crm::store::Store;
use crm::{Error, Result};
use std::io::Write;

/// Export customers for other programs.
#[derive(Debug, clap::Subcommand)]
pub enum ExportCommand {
    /// The backup: crm.toml's settings and every matching customer file
    /// as one JSON object (`crm import json` restores it).
    ///
    /// Example: crm export json > backup.json
    Json(ExportArgs),
    /// One CSV row per matching customer: its fields, custom fields as
    /// fields.NAME, the first contact, counts.
    ///
    /// Example: crm export csv tag:vip > vip.csv
    Csv(ExportArgs),
    /// Contacts of matching customers as vCard 3.0 (one card per contact,
    /// or per firm without contacts), for address books and phones.
    ///
    /// Example: crm export vcard stage:customer > contacts.vcf
    Vcard(ExportArgs),
    /// Open tasks (VTODO, repeating ones with their RRULE), open
    /// complaints (VTODO), meetings (VEVENT) and contacts' birthdays
    /// (yearly VEVENT) as iCalendar, with stable UIDs: a calendar that
    /// re-imports the file updates its entries.
    ///
    /// Example: crm export ics owner:me > ~/crm.ics
    Ics(ExportArgs),
}

/// What `crm export` prints: CSV records (JSON, vCard and iCalendar are
/// file formats; see [`ExportCommand::prints`]).
pub const PRINTS: Prints = Prints::Records;

impl ExportCommand {
    /// The format's name, as typed.
    pub fn kind(&self) -> &'static str {
        match self {
            ExportCommand::Json(_) => "json",
            ExportCommand::Csv(_) => "csv",
            ExportCommand::Vcard(_) => "vcard",
            ExportCommand::Ics(_) => "ics",
        }
    }

    /// What the export prints: vCard and iCalendar whatever `-f` says,
    /// JSON as JSON, CSV in any record format.
    pub fn prints(&self) -> Prints {
        match self {
            ExportCommand::Json(_) => Prints::File {
                name: "JSON",
                allowed: &[Format::Json],
            },
            ExportCommand::Csv(_) => Prints::Records,
            ExportCommand::Vcard(_) => Prints::File {
                name: "vCard",
                allowed: &[],
            },
            ExportCommand::Ics(_) => Prints::File {
                name: "iCalendar",
                allowed: &[Format::Ics],
            },
        }
    }
}

/// What to export.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub query: QueryArgs,
}

/// Run `crm export …`.
pub fn run(c: ExportCommand, ctx: &Ctx) -> Result<()> {
    let (args, kind) = match c {
        ExportCommand::Json(a) => (a, "json"),
        ExportCommand::Csv(a) => (a, "csv"),
        ExportCommand::Vcard(a) => (a, "vcard"),
        ExportCommand::Ics(a) => (a, "ics"),
    };
    let rc = ReadCtx::open(ctx)?;
    let q = rc.query(&args.query)?;
    let customers = rc.matching(ctx, &q)?;
    let mut out = std::io::stdout().lock();
    let selected: Vec<&crm::model::Customer> = customers.iter().collect();
    if kind == "vcard" {
        for c in &selected {
            out.write_all(interop::vcard::export(c).as_bytes())
                .map_err(out_err)?;
        }
        return Ok(());
    }
    if kind == "ics" {
        let cal = interop::ics::calendar(
            &selected,
            rc.store.settings().clock.now(),
            &rc.store.config.complaint_kinds,
        );
        return out.write_all(cal.as_bytes()).map_err(out_err);
    }
    if kind == "json" {
        let mut items = Vec::new();
        for c in &customers {
            let text = rc.store.read_text(&c.id)?;
            let obj = crm::model::json::customer(&c.id, &text)
                .map_err(|m| Error::parse(Store::rel_path(&c.id), None, None, m))?;
            items.push(serde_json::Value::Object(obj));
        }
        // What a fresh store needs besides the customers: the settings,
        // and crm.toml as it is (restored byte for byte into a fresh store).
        let toml_text = std::fs::read_to_string(rc.store.root().join(crm::store::CONFIG))
            .map_err(|e| Error::io(crm::store::CONFIG, e))?;
        let mut doc = serde_json::Map::new();
        doc.insert(
            "settings".into(),
            serde_json::Value::Object(interop::json::settings(&rc.store.config)),
        );
        doc.insert("crm_toml".into(), serde_json::Value::from(toml_text));
        doc.insert("customers".into(), serde_json::Value::Array(items));
        serde_json::to_writer_pretty(&mut out, &doc).map_err(|e| match e.io_error_kind() {
            // A closed pipe (`crm export json | head`) ends quietly in main.
            Some(kind) => out_err(kind.into()),
            None => Error::other(e.to_string(), None),
        })?;
        writeln!(out).map_err(out_err)
    } else {
        let fields: Vec<String> = rc.store.config.fields.keys().cloned().collect();
        let mut cols: Vec<String> = interop::csv::COLUMNS
            .iter()
            .map(|s| s.to_string())
            .collect();
        cols.extend(fields.iter().map(|f| format!("fields.{f}")));
        let mut rec = Records::new(&[]);
        rec.columns = cols;
        for c in &customers {
            rec.rows.push(interop::csv::row(c, &fields));
        }
        output::render(&mut out, &rec, ctx.format_or(Format::Csv), ctx.tty).map_err(out_err)
    }
}
