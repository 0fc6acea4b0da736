//! `crm history`: a customer's commits, told field by field.

use crate::cli::output::clean;
use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::Prints;
use crate::cli::output::{self, Format, Records};
use crm::Result;
use crm::team::history::{self, Change, Since};
use serde_json::{Map, Value};
use std::io::Write;

/// What `crm history` prints: records, in every `-f` format.
pub const PRINTS: Prints = Prints::Records;

/// A customer's commits, newest first, with a field-level summary of each.
///
/// Example: crm history aripaev
#[derive(Debug, clap::Args)]
pub struct HistoryArgs {
    /// The customer (a removed customer can be named by its id).
    pub customer: String,
}

/// Run `crm history`.
pub fn run(a: HistoryArgs, ctx: &Ctx) -> Result<()> {
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

pub(super) fn render(ctx: &Ctx, changes: &[Change], grouped: bool) -> Result<()> {
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
            writeln!(
                out,
                "{}  ({})",
                ctx.bold(&clean(&c.name)),
                clean(&c.customer)
            )
            .map_err(out_err)?;
            last = Some(&c.customer);
        }
        let indent = if grouped { "  " } else { "" };
        writeln!(
            out,
            "{indent}{}  {}  {}",
            c.at,
            clean(&c.author),
            ctx.dim(&c.commit)
        )
        .map_err(out_err)?;
        for line in &c.changes {
            writeln!(out, "{indent}  {}", clean(line)).map_err(out_err)?;
        }
    }
    Ok(())
}
