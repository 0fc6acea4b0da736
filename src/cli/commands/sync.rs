//! `crm sync`: commit hand edits, fetch, merge, push.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::Prints;
use crm::team::sync;
use crm::{Error, Result};
use std::io::Write;

/// What `crm sync` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Commit hand edits, fetch, merge, push; say what came in and went out.
///
/// Customer files changed on both sides are merged field by field (see
/// docs/sync.md); when both changed the same field, the newer change wins
/// and the other value is kept as a conflict: crm exits 4 and
/// `crm resolve` settles it. A push rejected because a colleague pushed
/// meanwhile is fetched, merged and retried.
///
/// Example: crm sync
#[derive(Debug, clap::Args)]
pub struct SyncArgs {
    /// The git remote to sync with.
    #[arg(long, default_value = "origin")]
    pub remote: String,
}

/// Run `crm sync`.
pub fn run(a: SyncArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let r = sync::sync(&store, &a.remote)?;
    let mut out = std::io::stdout().lock();
    let mut w = |s: String| writeln!(out, "{}", crate::cli::output::clean(&s)).map_err(out_err);
    for f in &r.hand_edits {
        w(format!("committed hand edit: {f}"))?;
    }
    for (who, what) in &r.incoming {
        w(format!("in:  {who}: {what}"))?;
    }
    for (who, what) in &r.outgoing {
        w(format!("out: {who}: {what}"))?;
    }
    if !r.merged.is_empty() {
        w(format!("merged: {}", r.merged.join(", ")))?;
    }
    for n in &r.notes {
        w(format!("note: {n}"))?;
    }
    if r.incoming.is_empty() && r.outgoing.is_empty() && r.hand_edits.is_empty() {
        ctx.info("up to date");
    }
    if !r.conflicts.is_empty() {
        for c in &r.conflicts {
            w(format!("conflict: {c}"))?;
        }
        return Err(Error::Conflicts(format!(
            "{} conflict(s) recorded: each line says which value was kept (the newer change of that field) and the other is saved in [[conflicts]]; see `crm show`, settle with `crm resolve CUSTOMER FIELD VALUE` (or --ours/--theirs)",
            r.conflicts.len()
        )));
    }
    Ok(())
}
