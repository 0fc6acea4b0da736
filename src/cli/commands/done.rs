//! `crm done`: close a task, follow-up or complaint.

use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;
use crm::ops::{self};

/// What `crm done` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Mark a task, follow-up or complaint done. ID is any unique prefix of
/// its id.
///
/// Other activities (a call, a meeting) are refused: they are not open.
/// A repeating task gets its next copy, due one interval later, in the
/// same commit. --note records how it was settled (`resolution`).
///
/// Example: crm done a3f9 --note "Sent the credit note"
#[derive(Debug, clap::Args)]
pub struct DoneArgs {
    /// The activity id or a unique prefix of it.
    pub id: String,
    /// How it was settled (kept as `resolution`).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// Run `crm done`.
pub fn run(a: DoneArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let d = ops::activity::done(&op, &a.id, a.note.as_deref())?;
    if let Some(all) = op.loaded() {
        ctx.warn_broken(&all.broken);
    }
    if let Some((id, due)) = &d.next {
        ctx.info(&format!("next: {id}, due {due}"));
    }
    print_outcome(ctx, &d.outcome, false)
}
