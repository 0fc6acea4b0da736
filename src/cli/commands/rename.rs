//! `crm rename`: a new name, and with `--id` a new file.

use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;
use crm::ops::{self};

/// What `crm rename` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Rename a customer; with --id also move its file to a new id.
///
/// Example: crm rename acme "Acme Group AS" --id acme-group
#[derive(Debug, clap::Args)]
pub struct RenameArgs {
    /// The customer.
    pub customer: String,
    /// The new name.
    pub new_name: String,
    /// Also change the id (and so the file name).
    #[arg(long = "id", value_name = "NEW-ID")]
    pub new_id: Option<String>,
}

/// Run `crm rename`.
pub fn run(a: RenameArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let o = ops::customer::rename(&op, &a.customer, &a.new_name, a.new_id.as_deref())?;
    print_outcome(ctx, &o, a.new_id.is_some())
}
