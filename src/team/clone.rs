//! Joining and starting a team: `crm clone` and `crm init --remote`.

use crate::error::{Error, Fix, Result};
use crate::ops;
use crate::settings::Settings;
use crate::store::git::remote;
use crate::store::{self, Store};
use std::path::Path;

/// What `clone` made.
pub struct Cloned {
    pub store: Store,
    /// How many customers came with it.
    pub customers: usize,
    /// The acting handle, and the git identity behind it.
    pub user: String,
    pub name: String,
    pub email: String,
}

/// Clone the store at `url` into `dir`, register the merge driver and
/// check the git identity.
pub fn clone(url: &str, dir: &Path, settings: &Settings) -> Result<Cloned> {
    if dir.join(store::CONFIG).exists() {
        return Err(Error::Store {
            message: format!("{} already holds a crm store", dir.display()),
            hint: Some(Box::new(Fix::CloneElsewhere)),
        });
    }
    remote::clone(url, dir, settings.progress.is_some())?;
    if !dir.join(store::CONFIG).is_file() {
        check_out_the_store_branch(dir)?;
    }
    if !dir.join(store::CONFIG).is_file() {
        return Err(Error::Store {
            message: format!(
                "{} is a git repository but not a crm store (no crm.toml)",
                remote::redact(url)
            ),
            hint: Some(format!("remove {} and check the URL", dir.display()).into()),
        });
    }
    let st = Store::open(dir, settings)?;
    st.repo().register_merge_driver(settings.exe.as_deref())?;
    let (name, email) = st.repo().identity()?;
    let user = ops::whoami(&st)?;
    let customers = st.ids()?.len();
    // Read every customer once now, so the cache is built as part of the
    // clone and the first command after it is as fast as any other (with
    // a progress bar on a terminal, through `Settings::progress`). A file
    // that does not parse is left for `crm check` to name.
    let _ = st.scan_heads(|_| None::<()>);
    Ok(Cloned {
        store: st,
        customers,
        user,
        name,
        email,
    })
}

/// A bare repository made with a plain `git init --bare` names `master`
/// as its HEAD while crm pushed `main`: git clones it with nothing checked
/// out. Check out `main`, or the remote's only branch, as git would have.
fn check_out_the_store_branch(dir: &Path) -> Result<()> {
    let branches = remote::remote_branches(dir)?;
    let pick = if branches.iter().any(|b| b == "main") {
        Some("main")
    } else if let [only] = branches.as_slice() {
        Some(only.as_str())
    } else {
        None
    };
    if let Some(b) = pick {
        remote::check_out_tracking(dir, b)?;
    }
    Ok(())
}

/// Before `crm init --remote URL` creates anything: the remote is
/// reachable and holds no commits yet.
pub fn check_empty_remote(url: &str, settings: &Settings) -> Result<()> {
    if remote::has_branches(&settings.cwd, url)? {
        return Err(Error::Store {
            message: format!("{} already holds commits", remote::redact(url)),
            hint: Some(Box::new(Fix::Join {
                url: remote::redact(url),
            })),
        });
    }
    Ok(())
}

/// Make `url` the store's `origin` and push to it.
pub fn publish(store: &Store, url: &str) -> Result<()> {
    remote::publish(store.root(), url)
}
