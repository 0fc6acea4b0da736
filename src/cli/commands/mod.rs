//! One module per command (`crm contact` and `crm deal` hold their
//! subcommands): its clap `Args` and a `run` that parses, calls the
//! library, and renders.

/// Declare the command modules, and [`ALL`]: each with what it prints.
macro_rules! commands {
    ($($m:ident),* $(,)?) => {
        $(pub mod $m;)*
        /// Every command and what it prints (for a family of subcommands,
        /// what its record-printing ones print), from the modules' `PRINTS`.
        pub const ALL: &[(&str, crate::cli::output::Prints)] = &[$((stringify!($m), $m::PRINTS)),*];
    };
}

commands!(
    activities,
    add,
    agenda,
    call,
    check,
    clone,
    completions,
    contact,
    deal,
    done,
    edit,
    email,
    export,
    forget,
    history,
    hook,
    import,
    init,
    log,
    ls,
    mail,
    man,
    merge,
    merge_file,
    rename,
    report,
    resolve,
    review,
    rm,
    search,
    set,
    show,
    sync,
    task,
    undo,
    who,
    calendar,
    complaint,
    rules,
    deals,
    products,
    contract,
);

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
