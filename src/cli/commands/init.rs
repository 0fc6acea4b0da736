//! `crm init`: a new store.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::Prints;
use crm::store::git::remote::redact;
use crm::store::{self, Store};
use crm::team::clone;
use std::io::Write;
use std::path::PathBuf;

/// What `crm init` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Create a new store: git repository, crm.toml, merge driver, first commit.
///
/// Without DIR the default store (~/.local/share/crm, or $XDG_DATA_HOME/crm)
/// is created, so one-liners then work from any directory.
///
/// Example: crm init --demo   (a sample firm to try every command on)
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Where to create the store (default: the default store).
    pub dir: Option<PathBuf>,
    /// Fill the store with a realistic sample firm: about 30 customers,
    /// contacts, deals in every stage, two years of activities.
    #[arg(long)]
    pub demo: bool,
    /// A shared git remote (an empty bare repository) to push the new
    /// store to; colleagues then join with `crm clone URL`.
    #[arg(long, value_name = "URL")]
    pub remote: Option<String>,
}

/// Run `crm init`.
pub fn run(a: InitArgs, ctx: &Ctx) -> crm::Result<()> {
    let explicit = a.dir.or_else(|| ctx.store_flag.clone());
    let dir = match (&explicit, &ctx.settings.store_dir) {
        (Some(d), _) | (None, Some(d)) => d.clone(),
        (None, None) => store::default_dir(&ctx.settings)?,
    };
    if let Some(url) = &a.remote {
        // Check before creating anything: reachable, and not a store already.
        clone::check_empty_remote(url, &ctx.settings)?;
    }
    let store = Store::init(&dir, &ctx.settings)?;
    let shown = dir.display();
    // The default store is found from anywhere; others need -C.
    let crm = match &explicit {
        Some(d) => format!("crm -C {}", d.display()),
        None => "crm".to_string(),
    };
    // What init prints is a greeting, not data: `-q` silences it.
    let mut out: Box<dyn Write> = if ctx.quiet {
        Box::new(std::io::sink())
    } else {
        Box::new(std::io::stdout().lock())
    };
    let demo = if a.demo {
        let user = crm::ops::whoami(&store)?;
        Some((user.clone(), crm::ops::demo::fill(&store, &user)?))
    } else {
        None
    };
    if let Some(url) = &a.remote {
        clone::publish(&store, url)?;
        writeln!(
            out,
            "Pushed to {}; colleagues join with `crm clone {}`.",
            redact(url),
            redact(url)
        )
        .map_err(out_err)?;
    }
    if let Some((user, stats)) = demo {
        writeln!(
            out,
            "Created a demo store in {shown}: {} customers, {} contacts, {} deals, {} contracts, {} activities, {} products and services.",
            stats.customers, stats.contacts, stats.deals, stats.contracts, stats.activities, stats.products
        )
        .map_err(out_err)?;
        let yours = if crm::ops::demo::TEAM.iter().any(|(h, _, _)| *h == user) {
            ""
        } else {
            " (a few customers, tasks and a complaint are yours: `crm` shows your agenda)"
        };
        writeln!(
            out,
            "You are '{user}'; the sample team is mari, jaan and liisa{yours}."
        )
        .map_err(out_err)?;
        writeln!(out, "Try: {crm} show aripaev-as").map_err(out_err)?;
        writeln!(
            out,
            "     {crm} log aripaev call \"Agreed 5% discount\" --minutes 20"
        )
        .map_err(out_err)?;
    } else {
        writeln!(out, "Created an empty crm store in {shown}.").map_err(out_err)?;
        writeln!(out, "Next: {crm} add \"First Customer OÜ\"").map_err(out_err)?;
    }
    Ok(())
}
