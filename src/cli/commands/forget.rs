//! `crm forget`: erase a person from the files, the history and, through
//! `crm sync`, every clone (docs/privacy.md).

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::{Prints, clean};
use crm::team::{forget, sync};
use crm::{Error, Result};
use std::io::Write;

/// What `crm forget` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Erase a customer, or one contact of a customer, for good (GDPR art. 17).
///
/// Removes the customer's file (or the contact's entry) and rewrites every
/// commit of the history so that no branch, tag, undo record or reflog
/// still holds their name, e-mail, phone or notes; values of theirs
/// written elsewhere become `[forgotten]`, and commit messages that name
/// them are redacted. Authors, dates and the rest of every commit are
/// kept. A record of the erasure (when, by whom, what kind; nothing about
/// the person) goes into forgotten.toml. With a remote, crm syncs first,
/// publishes the new history and prunes the old; each colleague's next
/// `crm sync` rewrites their clone the same way, keeping their unpushed
/// work. Works for a customer already removed with `crm rm` (give its id).
///
/// Example: crm forget jaan-tamm --dry-run
#[derive(Debug, clap::Args)]
pub struct ForgetArgs {
    /// The customer (id, name, e-mail, phone; an id for one removed before).
    pub customer: String,
    /// Forget only this contact of the customer (by name).
    #[arg(long, value_name = "NAME")]
    pub contact: Option<String>,
    /// List the commits and files that would change; change nothing.
    #[arg(long, short = 'n')]
    pub dry_run: bool,
    /// The git remote to publish the new history to (when it exists).
    #[arg(long, default_value = "origin")]
    pub remote: String,
}

/// Run `crm forget`.
pub fn run(a: ForgetArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let remote = store.repo().has_remote(&a.remote).then_some(a.remote.as_str());
    // Everything the remote has is rewritten too: sync first.
    if let Some(r) = remote
        && !a.dry_run
    {
        let report = sync::sync(&store, r)?;
        if !report.conflicts.is_empty() {
            return Err(Error::Conflicts(format!(
                "the sync before forgetting recorded {} conflict(s); settle them with `crm resolve`, then run `crm forget` again",
                report.conflicts.len()
            )));
        }
    }
    let op = ctx.op(&store)?;
    let id = match op.customer_id(&a.customer) {
        Ok(id) => id,
        // Removed from the files, still in the history.
        Err(e @ Error::NotFound { .. }) => {
            let r = a.customer.trim();
            if crm::model::id::is_valid_slug(r)
                && !store
                    .repo()
                    .versions_of(&crm::store::Store::rel_path(r))?
                    .is_empty()
            {
                r.to_string()
            } else {
                return Err(e);
            }
        }
        Err(e) => return Err(e),
    };
    let target = match a.contact {
        Some(name) => forget::Target::Contact { id, name },
        None => forget::Target::Customer { id },
    };
    let _lock = store.lock()?;
    let by = op.user.clone();
    let done = forget::forget(&store, target, &by, a.dry_run, remote)?;
    let mut out = std::io::stdout().lock();
    let mut w = |s: String| writeln!(out, "{}", clean(&s)).map_err(out_err);
    let verb = if done.dry_run { "would change" } else { "changed" };
    for t in &done.touched {
        let what = if t.paths.is_empty() {
            "message".to_string()
        } else if t.message {
            format!("{} and message", t.paths.join(", "))
        } else {
            t.paths.join(", ")
        };
        w(format!("{} {} {}  {verb}: {what}", t.old.short(), t.when, t.summary))?;
    }
    if done.dry_run {
        ctx.info(&format!(
            "dry run: {} commit(s) hold the data; all {} commit(s) would get new ids; nothing was changed",
            done.touched.len(),
            done.walked
        ));
        return Ok(());
    }
    ctx.info(&format!(
        "forgotten: erasure {} recorded in {}; {} commit(s) held the data, {} rewritten",
        done.erasure.id,
        forget::RECORD,
        done.touched.len(),
        done.renamed
    ));
    if let Some(r) = &done.pushed {
        ctx.info(&format!(
            "published to {r}: each colleague's next `crm sync` rewrites their clone"
        ));
    }
    for n in &done.notes {
        ctx.info(&format!("note: {n}"));
    }
    Ok(())
}
