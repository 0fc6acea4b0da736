//! `crm email`: e-mail addresses for mail clients' address books.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::{Prints, clean};
use crm::Result;
use crm::interop::address_book;
use std::io::Write;

/// What `crm email` prints: its own line format (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Addresses for mail clients (mutt, aerc), as khard prints them.
///
/// The customers' and contacts' e-mails whose address, name or firm holds
/// QUERY (ignoring case and accents).
///
/// Prints what mutt's `query_command` and aerc's `address-book-cmd` read,
/// as khard does: a first line of free text, then one line per address,
/// `address<TAB>name<TAB>firm`. --remove-first-line leaves out the first
/// line (for aerc). Exit 0 also when nothing matches (only the first
/// line).
///
/// mutt:  set query_command = "crm email '%s'"
/// aerc:  address-book-cmd = crm email --remove-first-line '%s'
///
/// Example: crm email pekka
#[derive(Debug, clap::Args)]
pub struct EmailArgs {
    /// What to look for (empty: every address).
    #[arg(default_value = "")]
    pub query: String,
    /// Leave out the first line (aerc, and khard's flag of the same name).
    #[arg(long)]
    pub remove_first_line: bool,
    /// Accepted for khard compatibility; the output is always parsable.
    #[arg(long, hide = true)]
    pub parsable: bool,
}

/// A field on one line: no tab, newline or control character.
fn field(s: &str) -> String {
    clean(
        &s.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect::<String>(),
    )
    .trim()
    .to_string()
}

/// Run `crm email`.
pub fn run(a: EmailArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let (entries, broken) = address_book::search(&store, &a.query)?;
    ctx.warn_broken(&broken);
    let mut out = std::io::stdout().lock();
    if !a.remove_first_line {
        writeln!(
            out,
            "crm: {} address{} matching '{}'",
            entries.len(),
            if entries.len() == 1 { "" } else { "es" },
            field(&a.query)
        )
        .map_err(out_err)?;
    }
    for e in &entries {
        writeln!(
            out,
            "{}\t{}\t{}",
            field(&e.email),
            field(&e.name),
            field(&e.customer_name)
        )
        .map_err(out_err)?;
    }
    Ok(())
}
