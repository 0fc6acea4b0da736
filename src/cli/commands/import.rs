//! `crm import csv|vcard|ics|json`: bring a firm's data in.
//!
//! Every import is one commit (`crm undo` takes it back), `--dry-run`
//! prints the same report without writing, and on a terminal a progress
//! bar on stderr shows rows done once an import has taken a second. Exit
//! status: 0 when everything was imported, 1 when something was left out
//! (listed on stderr), 2 when the file cannot be read as the format.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::{self, Format, Prints, Records};
use crm::interop::{self, csv_import::Issue};
use crm::{Error, Result};
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Import customers, contacts and activities.
#[derive(Debug, clap::Subcommand)]
pub enum ImportCommand {
    /// Read a `crm export json` file (the backup): crm.toml's settings it
    /// carries are restored (into a fresh store: the same crm.toml), new
    /// ids are created, existing ids replaced; all validated, then one
    /// commit (or nothing).
    ///
    /// Example: crm import json backup.json --dry-run
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
        /// All or nothing: refuse the file when any value would be left
        /// out or kept as written.
        #[arg(long)]
        strict: bool,
    },
    /// Import a spreadsheet or another program's CSV export (Google,
    /// Outlook, Apple, Thunderbird, LinkedIn, HubSpot, Pipedrive,
    /// Salesforce, Zoho; Excel in Estonian, Finnish or English).
    ///
    /// UTF-8 with or without BOM, Windows-1252 or -1257; `,` `;` or tab;
    /// headers mapped automatically unless --map names them. A row with a
    /// firm and a person is a customer with a contact. No row is refused
    /// for one bad value: it is kept as written (phones) or left out and
    /// listed; unknown columns go to the notes. Exit 1 when something was
    /// left out; --strict for all or nothing.
    ///
    /// Example: crm import csv leads.csv --map "Firma=name,Kontakt=contact" --dry-run
    Csv {
        /// The file.
        file: PathBuf,
        /// Column mapping: "Header=field,…" (fields: name, contact,
        /// first_name, last_name, email, phone, website, address, city,
        /// country, reg_code, notes, tags, owner, stage, role, birthday,
        /// created, fields.NAME, ignore).
        #[arg(long, value_name = "MAP")]
        map: Option<String>,
        /// Stage mapping: "Their Stage=our stage,…" (before the built-in
        /// table; an unknown stage becomes the first of crm.toml's).
        #[arg(long, value_name = "MAP")]
        map_stage: Option<String>,
        /// The delimiter (default: detected from the header line).
        #[arg(long, value_name = "C")]
        delimiter: Option<String>,
        /// Say what would happen; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// All or nothing: refuse the file when any value would be left
        /// out or kept as written.
        #[arg(long)]
        strict: bool,
        /// Accepted for old scripts; rows are never skipped for a bad
        /// value now.
        #[arg(long, hide = true)]
        skip_invalid: bool,
    },
    /// Import a calendar: events become meetings, to-dos tasks (done when
    /// COMPLETED), matched to customers by attendee or organiser e-mail or
    /// given with --customer. Re-importing the same file changes nothing.
    ///
    /// Example: crm import ics calendar.ics --customer aripaev --dry-run
    Ics {
        /// The .ics file.
        file: PathBuf,
        /// The customer every entry belongs to.
        #[arg(long, value_name = "CUSTOMER")]
        customer: Option<String>,
        /// Say what would happen; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// What `crm import` prints: a report per row, card or calendar entry
/// (`import json` prints a summary line; see [`ImportCommand::prints`]).
pub const PRINTS: Prints = Prints::Records;

impl ImportCommand {
    /// The format's name, as typed.
    pub fn kind(&self) -> &'static str {
        match self {
            ImportCommand::Json { .. } => "json",
            ImportCommand::Csv { .. } => "csv",
            ImportCommand::Vcard { .. } => "vcard",
            ImportCommand::Ics { .. } => "ics",
        }
    }

    /// What the import prints: a report per row, card or entry, or (JSON)
    /// a summary line.
    pub fn prints(&self) -> Prints {
        match self {
            ImportCommand::Json { .. } => Prints::Nothing,
            _ => Prints::Records,
        }
    }
}

/// A progress bar on stderr when it is a terminal, shown once the import
/// has taken a second.
struct Progress {
    start: Instant,
    on: bool,
    shown: bool,
    last: Instant,
}

impl Progress {
    fn new(ctx: &Ctx) -> Progress {
        let now = Instant::now();
        Progress {
            start: now,
            on: std::io::stderr().is_terminal() && !ctx.quiet,
            shown: false,
            last: now,
        }
    }

    fn tick(&mut self, done: usize, total: usize) {
        if !self.on || total == 0 || self.start.elapsed() < Duration::from_secs(1) {
            return;
        }
        if done < total && self.last.elapsed() < Duration::from_millis(100) && self.shown {
            return;
        }
        self.last = Instant::now();
        self.shown = true;
        let width = 30;
        let filled = done * width / total;
        let _ = write!(
            std::io::stderr(),
            "\r[{}{}] {done}/{total} rows",
            "#".repeat(filled),
            "-".repeat(width - filled)
        );
    }

    fn finish(&mut self) {
        if self.shown {
            let _ = write!(std::io::stderr(), "\r{}\r", " ".repeat(50));
            self.shown = false;
        }
    }
}

/// Run `crm import …`.
pub fn run(c: ImportCommand, ctx: &Ctx) -> Result<()> {
    match c {
        ImportCommand::Json { file, dry_run } => import_json(ctx, file, dry_run),
        ImportCommand::Csv {
            file,
            map,
            map_stage,
            delimiter,
            dry_run,
            strict,
            skip_invalid: _,
        } => import_csv(ctx, file, map, map_stage, delimiter, dry_run, strict),
        ImportCommand::Vcard {
            file,
            dry_run,
            strict,
        } => import_vcard(ctx, file, dry_run, strict),
        ImportCommand::Ics {
            file,
            customer,
            dry_run,
        } => import_ics(ctx, file, customer, dry_run),
    }
}

fn import_json(ctx: &Ctx, file: PathBuf, dry_run: bool) -> Result<()> {
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
    let settings = if plan.settings.is_empty() {
        String::new()
    } else {
        format!("; crm.toml: {}", plan.settings.join(", "))
    };
    let mut out = std::io::stdout().lock();
    if dry_run {
        writeln!(out, "would create {created}, update {updated}, leave {same} unchanged{settings} (dry run: nothing written)").map_err(out_err)?;
        return Ok(());
    }
    store.commit(plan.tx)?;
    writeln!(
        out,
        "created {created}, updated {updated}, unchanged {same}{settings}"
    )
    .map_err(out_err)?;
    Ok(())
}

fn pairs(flag: &str, m: &str) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for pair in m.split(',').filter(|p| !p.trim().is_empty()) {
        let Some((h, t)) = pair.rsplit_once('=') else {
            return Err(Error::usage(format!("{flag}: '{pair}' is not Header=field")));
        };
        out.push((h.trim().to_string(), t.trim().to_string()));
    }
    Ok(out)
}

fn source_name(file: &std::path::Path) -> String {
    file.file_name().map_or_else(
        || file.display().to_string(),
        |f| f.to_string_lossy().into_owned(),
    )
}

/// The lines that end every import: what was left out or kept as written,
/// the summary, and the exit status (1 when something was left out).
fn finish(
    ctx: &Ctx,
    store: &crm::store::Store,
    tx: crm::store::Transaction,
    issues: &[Issue],
    summary: String,
    dry_run: bool,
    what: &str,
) -> Result<()> {
    for i in issues {
        let at = if i.row > 0 { format!("{what} {}: ", i.row) } else { String::new() };
        let line = if i.column.is_empty() {
            format!("{at}{}", i.reason)
        } else if i.kept {
            format!("{at}{} '{}' kept as written: {}", i.column, i.value, i.reason)
        } else {
            format!("{at}{} '{}' left out: {}", i.column, i.value, i.reason)
        };
        ctx.warn(&line);
    }
    if dry_run {
        ctx.info(&format!("dry run, nothing written: {summary}"));
    } else {
        store.commit(tx)?;
        ctx.info(&summary);
    }
    let left_out = issues.iter().filter(|i| !i.kept).count();
    if left_out > 0 {
        return Err(Error::other(
            format!(
                "{left_out} value(s) {} left out (listed above){}",
                if dry_run { "would be" } else { "were" },
                if dry_run { "" } else { "; everything else is imported" }
            ),
            None,
        ));
    }
    Ok(())
}

fn import_csv(
    ctx: &Ctx,
    file: PathBuf,
    map: Option<String>,
    map_stage: Option<String>,
    delimiter: Option<String>,
    dry_run: bool,
    strict: bool,
) -> Result<()> {
    let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
    let mut opts = interop::csv_import::Options {
        strict,
        ..Default::default()
    };
    if let Some(m) = map {
        opts.map = pairs("--map", &m)?;
    }
    if let Some(m) = map_stage {
        opts.map_stage = pairs("--map-stage", &m)?;
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
    let source = source_name(&file);
    let mut bar = Progress::new(ctx);
    let plan = interop::csv_import::plan(
        &store,
        &bytes,
        &source,
        &opts,
        &user,
        store.settings().clock.today(),
        &mut |d, t| bar.tick(d, t),
    );
    bar.finish();
    let plan = plan.map_err(|e| match e {
        // Parse errors name the file, which is the user's input: exit 2.
        Error::Parse { .. } => Error::usage(e.to_string()),
        Error::Invalid { path: None, field, reason, hint } => Error::Invalid {
            path: Some(file.clone()),
            field,
            reason,
            hint,
        },
        e => e,
    })?;
    let mut rec = Records::new(&["row", "action", "customer", "reason"]);
    rec.id_key = "customer".into();
    for r in &plan.rows {
        if let Ok(serde_json::Value::Object(m)) = serde_json::to_value(r) {
            rec.rows.push(m);
        }
    }
    let mut out = std::io::stdout().lock();
    output::render(&mut out, &rec, ctx.format_or(Format::Table), ctx.tty).map_err(out_err)?;
    drop(out);
    let count = |a: &str| plan.rows.iter().filter(|r| r.action == a).count();
    for l in &plan.skipped_lines {
        ctx.info(&format!("not data: {l}"));
    }
    if !plan.unrecognised.is_empty() {
        ctx.info(&format!(
            "columns crm has no field for, kept in the notes as \"Header: value\": {}",
            plan.unrecognised.join(", ")
        ));
    }
    let summary = format!(
        "{} created, {} updated, {} unchanged, {} skipped; {}; columns: {}",
        count("created"),
        count("updated"),
        count("unchanged"),
        count("skipped"),
        plan.encoding,
        plan.mapping
            .iter()
            .map(|(h, t)| format!("{h}={t}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    finish(ctx, &store, plan.tx, &plan.issues, summary, dry_run, "row")
}

fn import_vcard(ctx: &Ctx, file: PathBuf, dry_run: bool, strict: bool) -> Result<()> {
    let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
    let cards = interop::vcard::parse(&bytes);
    if cards.is_empty() {
        return Err(Error::usage(format!(
            "{}: no BEGIN:VCARD … END:VCARD found; is this a vCard file?",
            file.display()
        )));
    }
    let store = ctx.store()?;
    let user = crm::ops::whoami(&store)?;
    let _lock = store.lock()?;
    let source = source_name(&file);
    let records = interop::vcard::records(&cards);
    let opts = interop::csv_import::Options {
        strict,
        ..Default::default()
    };
    let mut bar = Progress::new(ctx);
    let plan = interop::csv_import::plan_records(
        &store,
        records,
        &opts,
        &user,
        store.settings().clock.today(),
        &mut |d, t| bar.tick(d, t),
    );
    bar.finish();
    let mut plan = plan.map_err(|e| e.in_file(&file))?;
    plan.tx.message = format!("import vcard {source}: {}", plan.tx.message);
    let mut rec = Records::new(&["card", "action", "customer", "reason"]);
    rec.id_key = "customer".into();
    for r in &plan.rows {
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
    drop(out);
    let count = |a: &str| plan.rows.iter().filter(|r| r.action == a).count();
    let summary = format!(
        "{} cards: {} created, {} updated, {} unchanged, {} skipped",
        cards.len(),
        count("created"),
        count("updated"),
        count("unchanged"),
        count("skipped")
    );
    finish(ctx, &store, plan.tx, &plan.issues, summary, dry_run, "card")
}

fn import_ics(ctx: &Ctx, file: PathBuf, customer: Option<String>, dry_run: bool) -> Result<()> {
    let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
    let store = ctx.store()?;
    let user = crm::ops::whoami(&store)?;
    let _lock = store.lock()?;
    let customer = match customer {
        Some(c) => Some(crm::ops::Op::new(&store, user.clone()).customer_id(&c)?),
        None => None,
    };
    let source = source_name(&file);
    let mut bar = Progress::new(ctx);
    let plan = interop::ics_import::plan(
        &store,
        &bytes,
        &source,
        customer.as_deref(),
        &user,
        store.settings().clock.now(),
        &mut |d, t| bar.tick(d, t),
    );
    bar.finish();
    let plan = plan.map_err(|e| match e {
        Error::Parse { .. } => Error::usage(e.to_string()),
        e => e,
    })?;
    let mut rec = Records::new(&["entry", "kind", "action", "customer", "reason"]);
    rec.id_key = "customer".into();
    let mut rows = plan.rows.clone();
    rows.sort_by_key(|r| r.entry);
    for r in &rows {
        if let Ok(serde_json::Value::Object(m)) = serde_json::to_value(r) {
            rec.rows.push(m);
        }
    }
    let mut out = std::io::stdout().lock();
    output::render(&mut out, &rec, ctx.format_or(Format::Table), ctx.tty).map_err(out_err)?;
    drop(out);
    let count = |a: &str| rows.iter().filter(|r| r.action == a).count();
    let summary = format!(
        "{} calendar entries: {} activities created, {} updated, {} unchanged, {} skipped",
        plan.entries,
        count("created"),
        count("updated"),
        count("unchanged"),
        count("skipped")
    );
    finish(ctx, &store, plan.tx, &plan.issues, summary, dry_run, "entry")
}
