//! `crm clone`: join a team's store.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::Prints;
use crm::Result;
use crm::store;
use crm::team::clone;
use std::io::Write;
use std::path::PathBuf;

/// What `crm clone` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Join a team: clone a store, register the merge driver, check identity.
///
/// URL is anything your git reaches: a path, file://, ssh (with
/// ~/.ssh/config), https (with credential helpers).
///
/// Example: crm clone ssh://nas.local/srv/git/crm.git ~/crm
#[derive(Debug, clap::Args)]
pub struct CloneArgs {
    /// The remote repository.
    pub url: String,
    /// Where to put the store (default: the default store).
    pub dir: Option<PathBuf>,
}

/// Run `crm clone`.
pub fn run(a: CloneArgs, ctx: &Ctx) -> Result<()> {
    let dir = match a.dir.or_else(|| ctx.store_flag.clone()) {
        Some(d) => d,
        None => store::default_dir(&ctx.settings)?,
    };
    let c = clone::clone(&a.url, &dir, &ctx.settings)?;
    let (n, who, name, email) = (c.customers, c.user, c.name, c.email);
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "Cloned {n} customer{} into {}.",
        if n == 1 { "" } else { "s" },
        dir.display()
    )
    .map_err(out_err)?;
    writeln!(
        out,
        "You are '{who}' ({name} <{email}>); `crm sync` shares your changes."
    )
    .map_err(out_err)?;
    Ok(())
}
