//! `crm history`, `crm review`, `crm undo`: what changed, in CRM terms.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::{self, Format, Records};
use crm::query::when;
use crm::team::history::{self, Change, Since};
use crm::{Error, Result};
use serde_json::{Map, Value};
use std::io::Write;

/// A customer's commits, newest first, with a field-level summary of each.
///
/// Example: crm history aripaev
#[derive(Debug, clap::Args)]
pub struct HistoryArgs {
    /// The customer (a removed customer can be named by its id).
    pub customer: String,
}

/// Run `crm history`.
pub fn history(a: HistoryArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let id = match op.customer_id(&a.customer) {
        Ok(id) => id,
        Err(e) if crm::model::id::is_valid_slug(&a.customer) => {
            // Removed customers live on in history.
            let c = history::changes(store.repo(), &Since::Beginning, Some(&a.customer))?;
            if c.is_empty() {
                return Err(e);
            }
            a.customer.clone()
        }
        Err(e) => return Err(e),
    };
    let changes = history::changes(store.repo(), &Since::Beginning, Some(&id))?;
    render(ctx, &changes, false)
}

/// Everything that changed in the store since a point, by customer.
///
/// The default point is where this clone was before its last `crm sync`,
/// so after a sync it tells what colleagues did. --since takes a git
/// revision (HEAD~5, a commit id, a tag) or a date (2026-11-01, monday,
/// yesterday).
///
/// Example: crm review --since monday -f json
#[derive(Debug, clap::Args)]
pub struct ReviewArgs {
    /// A revision or a date.
    #[arg(long, value_name = "REF|DATE")]
    pub since: Option<String>,
}

/// Run `crm review`.
pub fn review(a: ReviewArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let repo = store.repo();
    let since = match &a.since {
        None => match repo.refname_to_id(crm::team::sync::LAST_SYNC_REF) {
            Ok(oid) => Since::Commit(oid),
            Err(_) => {
                ctx.info("never synced: showing the whole history");
                Since::Beginning
            }
        },
        Some(s) => match repo.revparse_single(s).and_then(|o| o.peel_to_commit()) {
            Ok(c) => Since::Commit(c.id()),
            Err(_) => {
                let now = crm::clock::now();
                let d = when::parse_date("--since", s, now.date_naive()).map_err(|_| {
                    Error::usage_hint(
                        format!("--since: '{s}' is neither a git revision nor a date"),
                        "e.g. --since HEAD~5, --since 2026-11-01, --since monday",
                    )
                })?;
                let midnight = d.and_hms_opt(0, 0, 0).expect("midnight exists");
                Since::Time(
                    midnight
                        .and_local_timezone(*now.offset())
                        .single()
                        .unwrap_or(now),
                )
            }
        },
    };
    let mut changes = history::changes(repo, &since, None)?;
    // By customer, then oldest first: a story per customer.
    changes.reverse();
    changes.sort_by(|a, b| a.customer.cmp(&b.customer));
    render(ctx, &changes, true)
}

fn render(ctx: &Ctx, changes: &[Change], grouped: bool) -> Result<()> {
    let mut out = std::io::stdout().lock();
    let format = ctx.format_or(Format::Table);
    if format != Format::Table {
        let mut rec = Records::new(&["customer", "name", "at", "author", "commit", "change"]);
        rec.id_key = "customer".into();
        for c in changes {
            for line in &c.changes {
                let mut m = Map::new();
                m.insert("customer".into(), Value::from(c.customer.clone()));
                m.insert("name".into(), Value::from(c.name.clone()));
                m.insert("at".into(), Value::from(c.at.clone()));
                m.insert("author".into(), Value::from(c.author.clone()));
                m.insert("commit".into(), Value::from(c.commit.clone()));
                m.insert("summary".into(), Value::from(c.summary.clone()));
                m.insert("change".into(), Value::from(line.clone()));
                rec.rows.push(m);
            }
        }
        return output::render(&mut out, &rec, format, ctx.tty).map_err(out_err);
    }
    if changes.is_empty() {
        ctx.info("no changes");
        return Ok(());
    }
    let mut last = None;
    for c in changes {
        if grouped && last != Some(&c.customer) {
            writeln!(out, "{}  ({})", ctx.bold(&c.name), c.customer).map_err(out_err)?;
            last = Some(&c.customer);
        }
        let indent = if grouped { "  " } else { "" };
        writeln!(
            out,
            "{indent}{}  {}  {}",
            c.at,
            c.author,
            ctx.dim(&c.commit)
        )
        .map_err(out_err)?;
        for line in &c.changes {
            writeln!(out, "{indent}  {line}").map_err(out_err)?;
        }
    }
    Ok(())
}

/// Revert the last change crm made in this clone, as a new commit.
///
/// Repeat to go further back. A change already pushed is refused unless
/// --force (then the revert is shared by the next sync like any change).
///
/// Example: crm undo
#[derive(Debug, clap::Args)]
pub struct UndoArgs {
    /// Undo even a change that was already pushed.
    #[arg(long)]
    pub force: bool,
}

/// Run `crm undo`.
pub fn undo(a: UndoArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let u = crm::team::undo::undo(&store, a.force)?;
    ctx.info(&format!(
        "undid {} ({}) with {}",
        u.message, u.reverted, u.commit
    ));
    Ok(())
}
