//! `crm sync`, `crm clone`, `crm merge-file`, `crm resolve`: working as a
//! team through a shared git remote.

use super::print_outcome;
use crate::cli::ctx::{Ctx, out_err};
use crm::quality::{
    fold,
    resolve::{self, Resolution},
};
use crm::store::{self, Store};
use crm::team::sync;
use crm::{Error, Result};
use std::io::Write;
use std::path::PathBuf;

/// Commit hand edits, fetch, merge, push; say what came in and went out.
///
/// Customer files changed on both sides are merged field by field (see
/// docs/sync.md); when both changed the same field, the newer change wins
/// and the other value is kept as a conflict: crm exits 4 and
/// `crm resolve` settles it. A push rejected because a colleague pushed
/// meanwhile is fetched, merged and retried.
///
/// Example: crm sync
#[derive(Debug, clap::Args)]
pub struct SyncArgs {
    /// The git remote to sync with.
    #[arg(long, default_value = "origin")]
    pub remote: String,
}

/// Run `crm sync`.
pub fn run(a: SyncArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let r = sync::sync(&store, &a.remote)?;
    let mut out = std::io::stdout().lock();
    let mut w = |s: String| writeln!(out, "{s}").map_err(out_err);
    for f in &r.hand_edits {
        w(format!("committed hand edit: {f}"))?;
    }
    for (who, what) in &r.incoming {
        w(format!("in:  {who}: {what}"))?;
    }
    for (who, what) in &r.outgoing {
        w(format!("out: {who}: {what}"))?;
    }
    if !r.merged.is_empty() {
        w(format!("merged: {}", r.merged.join(", ")))?;
    }
    for n in &r.notes {
        w(format!("note: {n}"))?;
    }
    if r.incoming.is_empty() && r.outgoing.is_empty() && r.hand_edits.is_empty() {
        ctx.info("up to date");
    }
    if !r.conflicts.is_empty() {
        for c in &r.conflicts {
            w(format!("conflict: {c}"))?;
        }
        return Err(Error::Conflicts(format!(
            "{} conflict(s) recorded: the newer value was kept and the other saved in [[conflicts]]; see `crm show`, settle with `crm resolve CUSTOMER FIELD VALUE` (or --ours/--theirs)",
            r.conflicts.len()
        )));
    }
    Ok(())
}

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
pub fn clone(a: CloneArgs, ctx: &Ctx) -> Result<()> {
    let dir = match a.dir.or_else(|| ctx.store_dir.clone()) {
        Some(d) => d,
        None => store::default_dir()?,
    };
    if dir.join(store::CONFIG).exists() {
        return Err(Error::Store {
            message: format!("{} already holds a crm store", dir.display()),
            hint: Some("clone into another directory: crm clone URL DIR".into()),
        });
    }
    let parent = dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));
    std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
    let dir_s = dir.to_string_lossy().into_owned();
    sync::git(
        &parent,
        &["clone", "--quiet", &a.url, &dir_s],
        &format!("cloning {}", sync::redact(&a.url)),
    )?;
    if !dir.join(store::CONFIG).is_file() {
        check_out_the_store_branch(&dir)?;
    }
    if !dir.join(store::CONFIG).is_file() {
        return Err(Error::Store {
            message: format!(
                "{} is a git repository but not a crm store (no crm.toml)",
                sync::redact(&a.url)
            ),
            hint: Some(format!("remove {} and check the URL", dir.display())),
        });
    }
    let st = Store::open(&dir)?;
    store::register_merge_driver(st.repo())?;
    let (name, email) = store::git::identity(st.repo())?;
    let who = crm::ops::whoami(&st, ctx.as_user.as_deref())?;
    let n = st.ids()?.len();
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

/// A bare repository made with a plain `git init --bare` names `master`
/// as its HEAD while crm pushed `main`: git clones it with nothing checked
/// out. Check out `main`, or the remote's only branch, as git would have.
fn check_out_the_store_branch(dir: &std::path::Path) -> Result<()> {
    let listed = sync::git(
        dir,
        &[
            "for-each-ref",
            "--format=%(refname:strip=3)",
            "refs/remotes/origin/",
        ],
        "listing the remote's branches",
    )?;
    let branches: Vec<&str> = listed
        .lines()
        .map(str::trim)
        .filter(|b| !b.is_empty() && *b != "HEAD")
        .collect();
    let pick = if branches.contains(&"main") {
        Some("main")
    } else if let [only] = branches.as_slice() {
        Some(*only)
    } else {
        None
    };
    if let Some(b) = pick {
        sync::git(
            dir,
            &["checkout", "-q", "-B", b, "--track", &format!("origin/{b}")],
            &format!("checking out {b}"),
        )?;
    }
    Ok(())
}

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
pub fn merge_file(a: MergeFileArgs, _ctx: &Ctx) -> Result<()> {
    let read = |p: &PathBuf| std::fs::read_to_string(p).map_err(|e| Error::io(p, e));
    let base = read(&a.base).ok().filter(|s| !s.is_empty());
    let ours = read(&a.ours)?;
    let theirs = read(&a.theirs)?;
    let name = a
        .path
        .clone()
        .unwrap_or_else(|| a.ours.display().to_string());
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let times = sync::driver_times(&cwd);
    let m =
        crm::team::merge::merge_customer(base.as_deref(), &ours, &theirs, times).map_err(|m| {
            Error::other(
                format!("{name}: cannot merge: {m}"),
                Some("resolve this file by hand".into()),
            )
        })?;
    store::write_atomic(&a.ours, m.text.as_bytes())?;
    let mut err = std::io::stderr().lock();
    for n in &m.notes {
        let _ = writeln!(err, "crm: {name}: {n}");
    }
    for c in &m.conflicts {
        let _ = writeln!(
            err,
            "crm: {name}: conflict recorded: {c} (settle with crm resolve)"
        );
    }
    Ok(())
}

/// Settle a conflict recorded by a merge: set FIELD and drop the record.
///
/// FIELD is as `crm show` lists it (`stage`, `fields.industry`,
/// `deals.ID.amount`, `contacts.NAME.phone`). Give the VALUE, or take the
/// recorded side with --ours / --theirs. (`crm set` also clears a conflict
/// on a top-level field.)
///
/// Example: crm resolve acme stage customer
#[derive(Debug, clap::Args)]
pub struct ResolveArgs {
    /// The customer.
    pub customer: String,
    /// The field the conflict is about.
    pub field: String,
    /// The value to keep.
    #[arg(required_unless_present_any = ["ours", "theirs"])]
    pub value: Option<String>,
    /// Keep the value recorded as ours.
    #[arg(long, conflicts_with_all = ["theirs", "value"])]
    pub ours: bool,
    /// Keep the value recorded as theirs.
    #[arg(long, conflicts_with = "value")]
    pub theirs: bool,
}

/// Run `crm resolve`.
pub fn resolve(a: ResolveArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let how = match (a.value, a.ours, a.theirs) {
        (Some(v), _, _) => Resolution::Value(v),
        (None, true, _) => Resolution::Ours,
        _ => Resolution::Theirs,
    };
    let o = resolve::resolve(&op, &a.customer, &a.field, &how)?;
    print_outcome(ctx, &o, false)
}

/// Fold a duplicate customer into another, in one commit.
///
/// Activities, deals, contacts and tags are combined; fields INTO lacks
/// are taken over; differing values stay INTO's and are kept as
/// [[conflicts]] to settle with `crm resolve`; DUPLICATE's file is removed
/// (history keeps it). `crm check` suggests candidates; merging is yours.
///
/// Example: crm merge aripaev-as-2 aripaev-as
#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// The customer to fold in (its file goes).
    pub duplicate: String,
    /// The customer that stays.
    pub into: String,
}

/// Run `crm merge`.
pub fn merge(a: MergeArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let f = fold::fold(&op, &a.duplicate, &a.into)?;
    ctx.info(&format!(
        "merged into {}: {} activities, {} deals, {} contacts moved",
        f.into, f.activities, f.deals, f.contacts
    ));
    for c in &f.conflicts {
        ctx.warn(&format!(
            "{} kept its own {c}; the other value is in [[conflicts]] (crm resolve {} {c} …)",
            f.into, f.into
        ));
    }
    Ok(())
}
