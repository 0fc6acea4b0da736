//! One module per command (`crm contact` and `crm deal` hold their
//! subcommands): its clap `Args` and a `run` that parses, calls the
//! library, and renders.

pub mod activities;
pub mod add;
pub mod agenda;
pub mod check;
pub mod clone;
pub mod completions;
pub mod contact;
pub mod deal;
pub mod done;
pub mod edit;
pub mod export;
pub mod history;
pub mod import;
pub mod init;
pub mod log;
pub mod ls;
pub mod man;
pub mod merge;
pub mod merge_file;
pub mod rename;
pub mod report;
pub mod resolve;
pub mod review;
pub mod rm;
pub mod search;
pub mod set;
pub mod show;
pub mod sync;
pub mod task;
pub mod undo;

use crate::cli::ctx::{Ctx, out_err};
use crm::ops::Outcome;
use std::io::Write;

/// Print an outcome: warnings on stderr, the id on stdout, and a note
/// when nothing changed.
pub fn print_outcome(ctx: &Ctx, o: &Outcome, print_id: bool) -> crm::Result<()> {
    for w in &o.warnings {
        ctx.warn(&crate::cli::say::warning(w));
    }
    if print_id && let Some(id) = &o.id {
        writeln!(std::io::stdout(), "{id}").map_err(out_err)?;
    }
    if !o.committed {
        ctx.info("nothing changed: it was already so");
    }
    Ok(())
}
