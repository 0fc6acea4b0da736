//! `crm review`: what changed in the store since a point.

use super::history::render;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;
use crm::team::history::{self, Since};

/// What `crm review` prints: records, in every `-f` format.
pub const PRINTS: Prints = Prints::Records;

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
pub fn run(a: ReviewArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let since = match &a.since {
        None => history::last_sync(&store).unwrap_or_else(|| {
            ctx.info("never synced: showing the whole history");
            Since::Beginning
        }),
        Some(s) => history::since(&store, "--since", s)?,
    };
    let mut changes = history::changes(store.repo(), &since, None)?;
    // By customer, then oldest first: a story per customer.
    changes.reverse();
    changes.sort_by(|a, b| a.customer.cmp(&b.customer));
    render(ctx, &changes, true)
}
