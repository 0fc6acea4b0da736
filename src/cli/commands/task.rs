//! `crm task`: a follow-up for me or a colleague.

use super::log::read_text;
use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;
use crm::ops::{self, activity::NewActivity};
use crm::query::when;

/// What `crm task` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Add a follow-up task (an activity of kind task); prints its id.
///
/// Example: crm task aripaev "Send the signed contract" --due friday --for jaan
#[derive(Debug, clap::Args)]
pub struct TaskArgs {
    /// The customer.
    pub customer: String,
    /// What is to be done; "-" reads stdin.
    pub text: String,
    /// When it is due: 2026-12-01, tomorrow, friday, +3d …
    #[arg(long, value_name = "DATE")]
    pub due: String,
    /// Whose task it is (default: you).
    #[arg(long = "for", value_name = "HANDLE")]
    pub for_: Option<String>,
    /// The contact person involved.
    #[arg(long, value_name = "PERSON")]
    pub with: Option<String>,
}

/// Run `crm task`.
pub fn run(a: TaskArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let due = when::parse_date("--due", &a.due, op.now.date_naive())?;
    let text = read_text(Some(a.text))?;
    let n = NewActivity {
        kind: "task".into(),
        text,
        at: None,
        minutes: None,
        with: a.with,
        due: Some(due),
        by: a.for_,
    };
    let o = ops::activity::log(&op, &a.customer, &n)?;
    print_outcome(ctx, &o, true)
}
