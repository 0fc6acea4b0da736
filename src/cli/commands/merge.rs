//! `crm merge`: fold a duplicate customer into another.

use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;
use crm::quality::fold;

/// What `crm merge` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Fold a duplicate customer into another, in one commit.
///
/// Activities, deals, contacts and tags are combined; fields INTO lacks
/// are taken over; differing values stay INTO's and are kept as
/// [[conflicts]] to settle with `crm resolve`; DUPLICATE's file is removed
/// (history keeps it). `crm check` suggests candidates; merging is yours.
///
/// Example: crm merge aripaev-as-2 aripaev-as
#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// The customer to fold in (its file goes).
    pub duplicate: String,
    /// The customer that stays.
    pub into: String,
}

/// Run `crm merge`.
pub fn run(a: MergeArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let f = fold::fold(&op, &a.duplicate, &a.into)?;
    ctx.info(&format!(
        "merged into {}: {} activities, {} deals, {} contacts moved",
        f.into, f.activities, f.deals, f.contacts
    ));
    for c in &f.conflicts {
        ctx.warn(&format!(
            "{} kept its own {c}; the other value is in [[conflicts]] (crm resolve {} {c} …)",
            f.into, f.into
        ));
    }
    Ok(())
}
