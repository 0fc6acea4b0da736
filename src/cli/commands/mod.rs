//! One module per command (or small family of commands): its clap `Args`
//! and a `run` that parses, calls the library, and renders.

pub mod activities;
pub mod activity;
pub mod agenda;
pub mod check;
pub mod completions;
pub mod contact;
pub mod customer;
pub mod deal;
pub mod edit;
pub mod filter;
pub mod history;
pub mod init;
pub mod interop;
pub mod ls;
pub mod report;
pub mod search;
pub mod sync;

use crate::cli::ctx::{Ctx, out_err};
use crm::ops::Outcome;
use std::io::Write;

/// Print an outcome: warnings on stderr, the id on stdout, and a note
/// when nothing changed.
pub fn print_outcome(ctx: &Ctx, o: &Outcome, print_id: bool) -> crm::Result<()> {
    for w in &o.warnings {
        ctx.warn(w);
    }
    if print_id && let Some(id) = &o.id {
        writeln!(std::io::stdout(), "{id}").map_err(out_err)?;
    }
    if !o.committed {
        ctx.info("nothing changed: it was already so");
    }
    Ok(())
}
