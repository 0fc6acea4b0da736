//! `crm rm`: remove a customer (history keeps it).

use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;
use crm::ops::{self};

/// What `crm rm` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Remove a customer (git history keeps it: `git log -- customers/ID.toml`).
///
/// Example: crm rm old-customer-ou
#[derive(Debug, clap::Args)]
pub struct RmArgs {
    /// The customer.
    pub customer: String,
}

/// Run `crm rm`.
pub fn run(a: RmArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let o = ops::customer::rm(&op, &a.customer)?;
    ctx.info(&format!("removed {}", o.id.as_deref().unwrap_or_default()));
    Ok(())
}
