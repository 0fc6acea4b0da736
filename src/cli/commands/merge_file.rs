//! `crm merge-file`: the git merge driver for customer files.

use crate::cli::output::clean;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::store::{self};
use crm::team::field_times;
use crm::{Error, Result};
use std::io::Write;
use std::path::PathBuf;

/// What `crm merge-file` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// The git merge driver for customer files (registered by init and clone).
///
/// Git calls it as `crm merge-file %O %A %B %P` when both sides changed a
/// customer file; the merged text is written to OURS. Conflicting values
/// are recorded in the file's [[conflicts]], so the merge is clean for git.
///
/// Example: git pull   (runs it for you)
#[derive(Debug, clap::Args)]
pub struct MergeFileArgs {
    /// The common ancestor's version (%O).
    pub base: PathBuf,
    /// Our version (%A); receives the result.
    pub ours: PathBuf,
    /// Their version (%B).
    pub theirs: PathBuf,
    /// The file's path in the repository (%P), for messages.
    pub path: Option<String>,
}

/// Run `crm merge-file`.
pub fn run(a: MergeFileArgs, ctx: &Ctx) -> Result<()> {
    let read = |p: &PathBuf| std::fs::read_to_string(p).map_err(|e| Error::io(p, e));
    let base = read(&a.base).ok().filter(|s| !s.is_empty());
    let ours = read(&a.ours)?;
    let theirs = read(&a.theirs)?;
    let name = a
        .path
        .clone()
        .unwrap_or_else(|| a.ours.display().to_string());
    let path = a.path.clone().unwrap_or_default();
    let m = field_times::for_merge_in_progress(&ctx.settings.cwd, &path, &ctx.settings, |h| {
        crm::team::merge::merge_customer(base.as_deref(), &ours, &theirs, h)
    })
    .map_err(|m| {
        Error::other(
            format!("{name}: cannot merge: {m}"),
            Some("resolve this file by hand".into()),
        )
    })?;
    store::write_atomic(&a.ours, m.text.as_bytes())?;
    let mut err = std::io::stderr().lock();
    for n in &m.notes {
        let _ = writeln!(err, "crm: {name}: {}", clean(n));
    }
    for c in &m.conflicts {
        let _ = writeln!(
            err,
            "crm: {name}: conflict recorded: {} (settle with crm resolve)",
            clean(c)
        );
    }
    Ok(())
}
