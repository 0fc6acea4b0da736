//! `crm log`: record an activity.

use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::ops::{self, activity::NewActivity};
use crm::query::when;
use crm::{Error, Result};
use std::io::{IsTerminal, Read};

/// What `crm log` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Record an activity (call, meeting, email, note, …); prints its id.
///
/// TEXT "-" reads the text from stdin, and so does a missing TEXT when
/// stdin is a pipe (in a `while read` loop give crm </dev/null).
/// WHEN: RFC 3339, "2026-11-22 14:00", today, "yesterday 15:30", 14:00.
/// Only meetings and tasks may lie in the future: another kind logged at
/// a time to come is written, with a warning.
/// A complaint (crm.toml complaint_kinds) is opened: open until `crm
/// done ID` or `crm complaint close ID`, handled by --for (default you).
///
/// Example: crm log aripaev call "Agreed 5% discount" --minutes 25 --with "Pekka Virtanen"
#[derive(Debug, clap::Args)]
pub struct LogArgs {
    /// The customer.
    pub customer: String,
    /// The kind of activity (crm.toml activity_kinds).
    pub kind: String,
    /// What happened; "-" reads stdin.
    pub text: Option<String>,
    /// When it happened (default: now).
    #[arg(long, value_name = "WHEN")]
    pub at: Option<String>,
    /// How long it took.
    #[arg(long, short = 'm', value_name = "N")]
    pub minutes: Option<u32>,
    /// The contact person involved.
    #[arg(long, value_name = "PERSON")]
    pub with: Option<String>,
    /// A follow-up date: makes the activity an open task until `crm done`
    /// (a date, "next monday", "in 2 weeks", +3d, or 2026-12-24T10:00).
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// Whose it is (`by`; default: you): who handles a complaint or task.
    #[arg(long = "for", value_name = "HANDLE")]
    pub for_: Option<String>,
}

pub(super) fn read_text(text: Option<String>) -> Result<Option<String>> {
    let stdin = std::io::stdin();
    let from_stdin = match text.as_deref() {
        Some("-") => true,
        None => !stdin.is_terminal(),
        _ => false,
    };
    if !from_stdin {
        return Ok(text);
    }
    let mut s = String::new();
    stdin
        .lock()
        .read_to_string(&mut s)
        .map_err(|e| Error::io("<stdin>", e))?;
    if s.trim().is_empty() && text.as_deref() == Some("-") {
        return Err(Error::usage_hint(
            "TEXT '-' reads the text from standard input, which was empty",
            "pipe the text in (echo \"Called back\" | crm log CUSTOMER note -), or give it as an argument",
        ));
    }
    Ok(Some(s).filter(|s| !s.trim().is_empty()))
}

/// Run `crm log`.
pub fn run(a: LogArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let at =
        a.at.as_deref()
            .map(|s| when::parse_when("--at", s, &store.settings().clock))
            .transpose()?;
    let due = a
        .due
        .as_deref()
        .map(|s| when::parse_due("--due", s, &store.settings().clock))
        .transpose()?;
    let text = read_text(a.text)?;
    let n = NewActivity {
        kind: a.kind,
        text,
        at,
        minutes: a.minutes,
        with: a.with,
        due,
        by: a.for_,
        every: None,
        priority: None,
    };
    let o = ops::activity::log(&op, &a.customer, &n)?;
    print_outcome(ctx, &o, true)
}
