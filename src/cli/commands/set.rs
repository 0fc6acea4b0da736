//! `crm set`: scripted field changes.

use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;
use crm::ops::{self, Assignment};

/// What `crm set` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Change fields of a customer in one commit.
///
/// KEY=VALUE sets, KEY= removes; tags+=vip and tags-=old add and remove
/// tags (comma-separated lists work); fields.NAME=VALUE sets a custom field
/// declared in crm.toml. Setting a field also resolves a merge conflict
/// recorded on it.
///
/// Example: crm set aripaev stage=customer tags+=vip phone="5555 1234"
#[derive(Debug, clap::Args)]
pub struct SetArgs {
    /// The customer.
    pub customer: String,
    /// KEY=VALUE, KEY+=VALUE or KEY-=VALUE.
    #[arg(required = true, value_name = "KEY=VALUE")]
    pub assignments: Vec<String>,
}

/// Run `crm set`.
pub fn run(a: SetArgs, ctx: &Ctx) -> Result<()> {
    let assignments = a
        .assignments
        .iter()
        .map(|s| Assignment::parse(s))
        .collect::<Result<Vec<_>>>()?;
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let o = ops::customer::set(&op, &a.customer, &assignments)?;
    print_outcome(ctx, &o, false)
}
