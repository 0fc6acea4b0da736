//! `crm review`: what changed in the store since a point.

use super::history::render;
use crate::cli::ctx::Ctx;
use crm::query::when;
use crm::team::history::{self, Since};
use crm::{Error, Result};

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
