//! `crm clone`: join a team's store.

use crate::cli::ctx::{Ctx, out_err};
use crm::store::{self, Store};
use crm::team::sync;
use crm::{Error, Result};
use std::io::Write;
use std::path::PathBuf;

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
