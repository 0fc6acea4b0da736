//! `crm done`: close a task or follow-up.

use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;
use crm::ops::{self};

/// What `crm done` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Mark a task or follow-up done. ID is any unique prefix of its id.
///
/// Example: crm done a3f9
#[derive(Debug, clap::Args)]
pub struct DoneArgs {
    /// The activity id or a unique prefix of it.
    pub id: String,
}

/// Run `crm done`.
pub fn run(a: DoneArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let o = ops::activity::done(&op, &a.id)?;
    if let Some(all) = op.loaded() {
        ctx.warn_broken(&all.broken);
    }
    print_outcome(ctx, &o, false)
}
