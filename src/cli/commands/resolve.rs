//! `crm resolve`: settle a conflict a merge recorded.

use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;
use crm::quality::resolve::{self, Resolution};

/// What `crm resolve` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Settle a conflict recorded by a merge: set FIELD and drop the record.
///
/// FIELD is as `crm show` lists it (`stage`, `fields.industry`,
/// `deals.ID.amount`, `contacts.NAME.phone`). Give the VALUE, or take the
/// recorded side with --ours / --theirs. (`crm set` also clears a conflict
/// on a top-level field.)
///
/// Example: crm resolve acme stage customer
#[derive(Debug, clap::Args)]
pub struct ResolveArgs {
    /// The customer.
    pub customer: String,
    /// The field the conflict is about.
    pub field: String,
    /// The value to keep.
    #[arg(required_unless_present_any = ["ours", "theirs"])]
    pub value: Option<String>,
    /// Keep the value recorded as ours.
    #[arg(long, conflicts_with_all = ["theirs", "value"])]
    pub ours: bool,
    /// Keep the value recorded as theirs.
    #[arg(long, conflicts_with = "value")]
    pub theirs: bool,
}

/// Run `crm resolve`.
pub fn run(a: ResolveArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let how = match (a.value, a.ours, a.theirs) {
        (Some(v), _, _) => Resolution::Value(v),
        (None, true, _) => Resolution::Ours,
        _ => Resolution::Theirs,
    };
    let o = resolve::resolve(&op, &a.customer, &a.field, &how)?;
    print_outcome(ctx, &o, false)
}
