//! `crm undo`: revert the last change crm made in this clone.

use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;

/// What `crm undo` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

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
pub fn run(a: UndoArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let u = crm::team::undo::undo(&store, a.force)?;
    ctx.info(&format!(
        "undid {} ({}) with {}",
        u.message, u.reverted, u.commit
    ));
    Ok(())
}
