//! `crm import csv|vcard|json`: bring customers in.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::{Prints, self, Format, Records};
use crm::interop;
use crm::{Error, Result};
use std::io::{Read, Write};
use std::path::PathBuf;

/// Import customers.
#[derive(Debug, clap::Subcommand)]
pub enum ImportCommand {
    /// Read a `crm export json` file: new ids are created, existing ids
    /// replaced; all validated, then one commit (or nothing).
    ///
    /// Example: crm import json customers.json --dry-run
    Json {
        /// The file, or - for stdin.
        file: PathBuf,
        /// Say what would happen; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Import contacts from vCards (2.1, 3.0, 4.0: Google, Apple, Outlook,
    /// Thunderbird, Android). Each card's ORG is the customer (created when
    /// missing, matched by name, e-mail or phone); the person becomes its
    /// contact. Values that do not validate are left out and reported.
    ///
    /// Example: crm import vcard contacts.vcf --dry-run
    Vcard {
        /// The .vcf file.
        file: PathBuf,
        /// Say what would happen; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Import a spreadsheet or another CRM's CSV export.
    ///
    /// UTF-8 with or without BOM (else Windows-1252); `,` `;` or tab,
    /// detected; headers mapped automatically (English, Estonian, Finnish,
    /// Google, Outlook, Thunderbird, Salesforce, HubSpot, Pipedrive) unless
    /// --map names them. Rows matching a customer (name ignoring legal
    /// forms, e-mail, phone) update it. One commit, or nothing when a row
    /// is invalid (unless --skip-invalid). Prints a report per row.
    ///
    /// Example: crm import csv leads.csv --map "Firma=name,Kontakt=contact" --dry-run
    Csv {
        /// The file.
        file: PathBuf,
        /// Column mapping: "Header=field,…" (fields: name, contact,
        /// first_name, last_name, email, phone, website, address, city,
        /// country, reg_code, notes, tags, owner, stage, role, birthday,
        /// fields.NAME, ignore).
        #[arg(long, value_name = "MAP")]
        map: Option<String>,
        /// The delimiter (default: detected from the header line).
        #[arg(long, value_name = "C")]
        delimiter: Option<String>,
        /// Say what would happen; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Skip invalid rows (reported) instead of importing nothing.
        #[arg(long)]
        skip_invalid: bool,
    },
}

/// What `crm import` prints: a report per row or card (`import json`
/// prints a summary line; see [`ImportCommand::prints`]).
pub const PRINTS: Prints = Prints::Records;

impl ImportCommand {
    /// The format's name, as typed.
    pub fn kind(&self) -> &'static str {
        match self {
            ImportCommand::Json { .. } => "json",
            ImportCommand::Csv { .. } => "csv",
            ImportCommand::Vcard { .. } => "vcard",
        }
    }

    /// What the import prints: a report per row or card, or (JSON) a
    /// summary line.
    pub fn prints(&self) -> Prints {
        match self {
            ImportCommand::Json { .. } => Prints::Nothing,
            ImportCommand::Csv { .. } | ImportCommand::Vcard { .. } => Prints::Records,
        }
    }
}

/// Run `crm import …`.
pub fn run(c: ImportCommand, ctx: &Ctx) -> Result<()> {
    let (file, dry_run) = match c {
        ImportCommand::Json { file, dry_run } => (file, dry_run),
        ImportCommand::Csv {
            file,
            map,
            delimiter,
            dry_run,
            skip_invalid,
        } => return import_csv(ctx, file, map, delimiter, dry_run, skip_invalid),
        ImportCommand::Vcard { file, dry_run } => return import_vcard(ctx, file, dry_run),
    };
    let text = if file.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::io("<stdin>", e))?;
        s
    } else {
        std::fs::read_to_string(&file).map_err(|e| Error::io(&file, e))?
    };
    let store = ctx.store()?;
    let source = if file.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        file.display().to_string()
    };
    let _lock = store.lock()?;
    let name = file
        .file_name()
        .map_or(source.clone(), |f| f.to_string_lossy().into_owned());
    let plan = interop::json::plan(&store, &text, &source, &name)?;
    let (created, updated, same) = (plan.created, plan.updated, plan.unchanged);
    let mut out = std::io::stdout().lock();
    if dry_run {
        writeln!(out, "would create {created}, update {updated}, leave {same} unchanged (dry run: nothing written)").map_err(out_err)?;
        return Ok(());
    }
    store.commit(plan.tx)?;
    writeln!(
        out,
        "created {created}, updated {updated}, unchanged {same}"
    )
    .map_err(out_err)?;
    Ok(())
}

fn import_csv(
    ctx: &Ctx,
    file: PathBuf,
    map: Option<String>,
    delimiter: Option<String>,
    dry_run: bool,
    skip_invalid: bool,
) -> Result<()> {
    let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
    let mut opts = interop::csv_import::Options {
        skip_invalid,
        ..Default::default()
    };
    if let Some(m) = map {
        for pair in m.split(',').filter(|p| !p.trim().is_empty()) {
            let Some((h, t)) = pair.rsplit_once('=') else {
                return Err(Error::usage(format!("--map: '{pair}' is not Header=field")));
            };
            opts.map.push((h.trim().to_string(), t.trim().to_string()));
        }
    }
    if let Some(d) = delimiter {
        let d = if d == "\\t" || d == "tab" {
            "\t".to_string()
        } else {
            d
        };
        match d.as_bytes() {
            [b] => opts.delimiter = Some(*b),
            _ => {
                return Err(Error::usage(format!(
                    "--delimiter: '{d}' is not one character"
                )));
            }
        }
    }
    let store = ctx.store()?;
    let user = crm::ops::whoami(&store)?;
    let _lock = store.lock()?;
    let source = file.file_name().map_or_else(
        || file.display().to_string(),
        |f| f.to_string_lossy().into_owned(),
    );
    let plan = interop::csv_import::plan(
        &store,
        &bytes,
        &source,
        &opts,
        &user,
        store.settings().clock.today(),
    )?;
    let mut rec = Records::new(&["row", "action", "customer", "reason"]);
    rec.id_key = "customer".into();
    for r in &plan.rows {
        if let Ok(serde_json::Value::Object(m)) = serde_json::to_value(r) {
            rec.rows.push(m);
        }
    }
    let mut out = std::io::stdout().lock();
    output::render(&mut out, &rec, ctx.format_or(Format::Table), ctx.tty).map_err(out_err)?;
    let count = |a: &str| plan.rows.iter().filter(|r| r.action == a).count();
    let summary = format!(
        "{} created, {} updated, {} unchanged, {} skipped; columns: {}",
        count("created"),
        count("updated"),
        count("unchanged"),
        count("skipped"),
        plan.mapping
            .iter()
            .map(|(h, t)| format!("{h}={t}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if dry_run {
        ctx.info(&format!("dry run, nothing written: {summary}"));
        return Ok(());
    }
    store.commit(plan.tx)?;
    ctx.info(&summary);
    Ok(())
}

fn import_vcard(ctx: &Ctx, file: PathBuf, dry_run: bool) -> Result<()> {
    let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
    let cards = interop::vcard::parse(&bytes);
    if cards.is_empty() {
        return Err(Error::parse(
            &file,
            None,
            None,
            "no BEGIN:VCARD … END:VCARD found; is this a vCard file?",
        ));
    }
    let store = ctx.store()?;
    let user = crm::ops::whoami(&store)?;
    let _lock = store.lock()?;
    let source = file.file_name().map_or_else(
        || file.display().to_string(),
        |f| f.to_string_lossy().into_owned(),
    );
    let rows = interop::vcard::rows(&cards, &store.config.phone_country);
    let opts = interop::csv_import::Options {
        skip_invalid: true,
        ..Default::default()
    };
    let (report, mut tx) = interop::csv_import::plan_rows(
        &store,
        rows,
        &source,
        &opts,
        &user,
        store.settings().clock.today(),
    )?;
    tx.message = tx.message.replacen("import ", "import vcard ", 1);
    let mut rec = Records::new(&["card", "action", "customer", "reason"]);
    rec.id_key = "customer".into();
    for r in &report {
        if let Ok(serde_json::Value::Object(m)) = serde_json::to_value(r) {
            // The row's keys with `row` renamed to `card`, in column order.
            let m = m
                .into_iter()
                .map(|(k, v)| (if k == "row" { "card".to_string() } else { k }, v))
                .collect();
            rec.rows.push(m);
        }
    }
    let mut out = std::io::stdout().lock();
    output::render(&mut out, &rec, ctx.format_or(Format::Table), ctx.tty).map_err(out_err)?;
    let count = |a: &str| report.iter().filter(|r| r.action == a).count();
    let summary = format!(
        "{} cards: {} created, {} updated, {} unchanged, {} skipped",
        cards.len(),
        count("created"),
        count("updated"),
        count("unchanged"),
        count("skipped")
    );
    if dry_run {
        ctx.info(&format!("dry run, nothing written: {summary}"));
        return Ok(());
    }
    store.commit(tx)?;
    ctx.info(&summary);
    Ok(())
}
