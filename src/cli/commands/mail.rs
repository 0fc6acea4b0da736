//! `crm mail import`: e-mail as activities (docs/integrations.md).

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::Prints;
use crm::interop::mail;
use crm::query::when;
use crm::Result;
use std::io::Write;
use std::path::PathBuf;

/// What `crm mail` prints: a summary (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// E-mail in the CRM: log mail files as activities.
#[derive(Debug, clap::Subcommand)]
pub enum MailCommand {
    /// Log e-mails as activities: mbox files, Maildir folders, .eml files.
    ///
    /// Every sender and recipient is matched to customers by the e-mail
    /// addresses of the customers and their contacts (and, with `[mail]
    /// match_domains = true`, by a firm's own domain). Each message gets
    /// one activity of kind `email` per customer it matches: "sent: …" or
    /// "received: …" and the subject, the attachments' names, `by` the team
    /// member on it (`[team]` e-mails), `with` the contact, its Message-ID
    /// as `ref` — so importing the same mail again changes nothing. What
    /// else is kept is `[mail] keep` in crm.toml: "subject" (the default),
    /// "headers" or "body" (the first `body_lines` lines). Messages that
    /// match nobody are counted, not logged. One commit; `crm undo` takes
    /// it back. Prints a summary line (none with -q).
    ///
    /// Example: crm mail import ~/Mail/INBOX ~/Mail/Sent --since 2026-01-01
    Import {
        /// mbox files, Maildir folders (with cur/ and new/) or .eml files.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Only messages dated on or after this day.
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Say what would be logged; write nothing.
        #[arg(long, short = 'n')]
        dry_run: bool,
    },
}

/// Run `crm mail …`.
pub fn run(c: MailCommand, ctx: &Ctx) -> Result<()> {
    match c {
        MailCommand::Import {
            paths,
            since,
            dry_run,
        } => import(ctx, &paths, since.as_deref(), dry_run),
    }
}

fn import(ctx: &Ctx, paths: &[PathBuf], since: Option<&str>, dry_run: bool) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let since = since
        .map(|s| when::parse_date("--since", s, op.now.date_naive()))
        .transpose()?;
    let cfg = &store.config.mail;
    let body_lines = if cfg.keep == crm::model::config::MailKeep::Body {
        cfg.body_lines as usize
    } else {
        0
    };
    let mut read = mail::Read::default();
    for p in paths {
        mail::read(p, body_lines, &mut read)?;
    }
    if read.unreadable > 0 {
        ctx.warn(&format!(
            "{} message(s) could not be read as e-mail (no sender or recipient); skipped",
            read.unreadable
        ));
    }
    let source = paths
        .iter()
        .map(|p| {
            p.file_name()
                .map_or_else(|| p.display().to_string(), |f| f.to_string_lossy().into_owned())
        })
        .collect::<Vec<_>>()
        .join(", ");
    let opts = mail::Options {
        since,
        keep: cfg.keep,
        match_domains: cfg.match_domains,
        user: op.user.clone(),
        user_email: store.repo().email(),
        source,
    };
    let _lock = store.lock()?;
    let plan = mail::plan(&store, read.mails, &opts)?;
    ctx.warn_broken(&plan.broken);
    let mut parts = vec![format!(
        "{} message(s): {} e-mail(s) {} as {} activit{} for {} customer(s)",
        plan.messages,
        plan.logged,
        if dry_run { "would be logged" } else { "logged" },
        plan.activities,
        if plan.activities == 1 { "y" } else { "ies" },
        plan.customers
    )];
    if plan.already > 0 {
        parts.push(format!("{} already there", plan.already));
    }
    if plan.unmatched > 0 {
        parts.push(format!("{} matched nobody", plan.unmatched));
    }
    if plan.duplicates > 0 {
        parts.push(format!("{} duplicate(s) in the input", plan.duplicates));
    }
    if plan.before_since > 0 {
        parts.push(format!("{} before --since", plan.before_since));
    }
    if plan.undated > 0 {
        parts.push(format!("{} without a date (not logged)", plan.undated));
    }
    if !dry_run && plan.activities > 0 {
        store.commit(plan.tx)?;
    }
    let mut line = parts.join("; ");
    if dry_run {
        line.push_str(" (dry run: nothing written)");
    }
    if ctx.quiet {
        return Ok(());
    }
    writeln!(std::io::stdout().lock(), "{line}").map_err(out_err)
}
