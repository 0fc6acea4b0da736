//! `crm complaint add|close|ls`: complaints, from written down to settled.

use super::log::read_text;
use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::{Format, Prints};
use crate::cli::read::{QueryArgs, ReadCtx, print, records};
use crm::ops::{self, activity::NewActivity};
use crm::query::when;
use crm::report::tasks::{self, TaskRow};
use crm::Result;

/// What `crm complaint` prints: `ls` prints records in every `-f` format
/// (see [`ComplaintCommand::prints`]).
pub const PRINTS: Prints = Prints::Records;

/// Complaints: open one, close it with what was done, list them.
///
/// A complaint is an activity of a kind in crm.toml's complaint_kinds
/// (`crm log ACME complaint "…" --due +3d` opens one as well). It is open
/// until closed; the agenda shows open ones, overdue first, and
/// `crm report complaints` counts them.
#[derive(Debug, clap::Subcommand)]
pub enum ComplaintCommand {
    /// Open a complaint; prints its id. The same as `crm log CUSTOMER
    /// complaint TEXT`.
    ///
    /// Example: crm complaint add acme "Delivery two days late" --due +3d --for jaan
    Add {
        /// The customer.
        customer: String,
        /// What the customer complains about; "-" reads stdin.
        text: String,
        /// When the answer is due: a date, "next monday", +3d, 2026-12-24T10:00.
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
        /// Who handles it (default: you).
        #[arg(long = "for", value_name = "HANDLE")]
        for_: Option<String>,
        /// The contact person who complained.
        #[arg(long, value_name = "PERSON")]
        with: Option<String>,
        /// The kind, when crm.toml lists several complaint kinds.
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
    },
    /// Close a complaint, recording what was done (`resolution`). The
    /// same as `crm done ID --note TEXT`, for complaints only.
    ///
    /// Example: crm complaint close a7k2 --note "Credit note sent, 5% off next order"
    Close {
        /// The complaint's id or a unique prefix.
        id: String,
        /// How it was settled.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Open complaints (yours unless --all), overdue first; --closed for
    /// the settled ones with their resolution.
    ///
    /// Example: crm complaint ls --all customer:acme -f json
    Ls {
        /// Everybody's, not only yours.
        #[arg(long)]
        all: bool,
        /// Closed complaints instead of open ones.
        #[arg(long)]
        closed: bool,
        #[command(flatten)]
        query: QueryArgs,
    },
}

impl ComplaintCommand {
    /// What the subcommand prints: records for `ls`, an id or nothing
    /// otherwise.
    pub fn prints(&self) -> Prints {
        match self {
            ComplaintCommand::Ls { .. } => Prints::Records,
            _ => Prints::Nothing,
        }
    }
}

/// Run `crm complaint …`.
pub fn run(c: ComplaintCommand, ctx: &Ctx) -> Result<()> {
    match c {
        ComplaintCommand::Add {
            customer,
            text,
            due,
            for_,
            with,
            kind,
        } => {
            let store = ctx.store()?;
            let op = ctx.op(&store)?;
            let due = due
                .as_deref()
                .map(|s| when::parse_due("--due", s, &store.settings().clock))
                .transpose()?;
            let kind = match kind {
                Some(k) if store.config.is_complaint(&k) => k,
                Some(k) => {
                    return Err(crm::Error::usage_hint(
                        format!("--kind: '{k}' is not a complaint kind"),
                        format!(
                            "complaint kinds (crm.toml complaint_kinds): {}",
                            store.config.complaint_kinds.join(", ")
                        ),
                    ));
                }
                None => store
                    .config
                    .complaint_kinds
                    .first()
                    .cloned()
                    .ok_or_else(|| {
                        crm::Error::usage_hint(
                            "crm.toml lists no complaint_kinds",
                            "add one, e.g. complaint_kinds = [\"complaint\"]",
                        )
                    })?,
            };
            let n = NewActivity {
                kind,
                text: read_text(Some(text))?,
                with,
                due,
                by: for_,
                ..NewActivity::default()
            };
            let o = ops::activity::log(&op, &customer, &n)?;
            print_outcome(ctx, &o, true)
        }
        ComplaintCommand::Close { id, note } => {
            let store = ctx.store()?;
            let op = ctx.op(&store)?;
            let d = ops::activity::close_complaint(&op, &id, note.as_deref())?;
            print_outcome(ctx, &d.outcome, false)
        }
        ComplaintCommand::Ls { all, closed, query } => {
            let rc = ReadCtx::open(ctx)?;
            let q = rc.query(&query)?;
            let user = if all {
                None
            } else {
                Some(ctx.op(&rc.store)?.user)
            };
            let o = tasks::Options {
                user: user.as_deref(),
                done: closed,
                complaints: true,
                complaint_kinds: &rc.store.config.complaint_kinds,
                today: rc.today,
            };
            let mut rows: Vec<TaskRow> = rc
                .scan(ctx, |c| {
                    let r = tasks::rows_of(c, &q, &o);
                    (!r.is_empty()).then_some(r)
                })?
                .into_iter()
                .flatten()
                .collect();
            tasks::sort(&mut rows);
            let cols: &[&str] = match (ctx.format_or(Format::Table), closed) {
                (Format::Table, false) => &["id", "due", "customer", "by", "text"],
                (Format::Table, true) => &["id", "done_at", "customer", "by", "text", "resolution"],
                _ => tasks::CSV_COLUMNS,
            };
            let mut r = records(&rows, cols, "id")?;
            if ctx.format_or(Format::Table) == Format::Table {
                tasks::shorten_due(&mut r.rows);
            }
            print(ctx, &r)
        }
    }
}
