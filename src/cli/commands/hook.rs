//! `crm hook`: what the git hooks crm installs run (hidden).

use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;
use std::io::Read;

/// What `crm hook` prints: no records.
pub const PRINTS: Prints = Prints::Nothing;

/// Run by the git hooks crm installs in a store (not for people).
#[derive(Debug, clap::Args)]
pub struct HookArgs {
    /// The hook: `reference-transaction`.
    pub hook: String,
}

/// Run `crm hook`: exit 1 (git then refuses the update) with the reason on
/// stderr, or 0.
pub fn run(a: HookArgs, ctx: &Ctx) -> Result<()> {
    if a.hook != "reference-transaction" {
        return Err(crm::Error::usage(format!(
            "hook: unknown hook '{}' (crm installs only reference-transaction)",
            a.hook
        )));
    }
    let mut updates = String::new();
    let _ = std::io::stdin().read_to_string(&mut updates);
    // git runs hooks in the work tree (not where CRM_DIR points).
    let Some(repo) = crm::store::git::Repo::discover(&ctx.settings.cwd, &ctx.settings) else {
        return Ok(());
    };
    match crm::team::forget::refuse_fetch(&repo, &updates)? {
        Some(why) => Err(crm::Error::other(why, None)),
        None => Ok(()),
    }
}
