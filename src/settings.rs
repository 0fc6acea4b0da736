//! What a command runs with: the clock, who acts, where the stores are,
//! and the knobs tests and the benchmark turn.
//!
//! The CLI builds one [`Settings`] from the flags and the environment
//! (`CRM_NOW`, `CRM_USER`, `CRM_DIR`, `GIT_AUTHOR_*`, `CRM_LOCK_TIMEOUT`,
//! `CRM_GC_BYTES`, `CRM_NO_CACHE`, `HOME`, `XDG_*`) and hands it down; the
//! library never reads the environment itself, so a test or another front
//! end can run it with any clock and identity.

use crate::error::Notice;
use chrono::{DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, TimeZone};
use std::path::PathBuf;
use std::time::Duration;

/// Everything the library would otherwise read from the environment.
#[derive(Debug, Clone)]
pub struct Settings {
    /// "Now" for new activities, commits, periods and the agenda.
    pub clock: Clock,
    /// The acting handle (`--as`, else `CRM_USER`); `None`: from git's
    /// `user.email` and the `[team]` table.
    pub user: Option<String>,
    /// Overrides of git's `user.name` / `user.email` for commits, as git
    /// itself takes them from `GIT_AUTHOR_NAME` / `GIT_AUTHOR_EMAIL`.
    pub author_name: Option<String>,
    pub author_email: Option<String>,
    /// The store named on the command line or by `CRM_DIR`.
    pub store_dir: Option<PathBuf>,
    /// The directory the command runs in (store discovery starts there).
    pub cwd: PathBuf,
    /// `$HOME`, `$XDG_DATA_HOME`, `$XDG_CONFIG_HOME` (empty counts as unset).
    pub home: Option<PathBuf>,
    pub xdg_data_home: Option<PathBuf>,
    pub xdg_config_home: Option<PathBuf>,
    /// How long to wait for another crm process's lock.
    pub lock_timeout: Duration,
    /// Bytes of new tree objects after which git packs (see `store::git`).
    pub gc_bytes: u64,
    /// Whether reads go through the cache in `.git/crm-cache/`.
    pub cache: bool,
    /// The directories of `$PATH` (whether the merge driver git runs can
    /// find `crm`).
    pub path: Vec<PathBuf>,
    /// This program's own path, which `init`, `clone` and `sync` write
    /// into `.git/config` as the merge driver, so a plain `git pull` runs
    /// it even when `crm` is not on PATH.
    pub exe: Option<PathBuf>,
    /// The command line, which the store's lock records so a process that
    /// waits for it can say who holds it.
    pub command: String,
    /// Where the library tells what it did on its own (a crashed change
    /// recovered, a stale lock cleared); `None`: nowhere.
    pub notify: Option<fn(&Notice)>,
    /// Told how long work is going: what, how much is done of how much
    /// (the first read of a store, rebuilding its cache). Called from
    /// several threads; `None`: nobody is told.
    pub progress: Option<fn(&str, usize, usize)>,
}

impl Default for Settings {
    /// The real clock, no overrides, the current directory.
    fn default() -> Self {
        Settings {
            clock: Clock::System,
            user: None,
            author_name: None,
            author_email: None,
            store_dir: None,
            cwd: PathBuf::from("."),
            home: None,
            xdg_data_home: None,
            xdg_config_home: None,
            lock_timeout: Duration::from_secs(60),
            gc_bytes: 64 << 20,
            cache: true,
            path: Vec::new(),
            exe: None,
            command: String::new(),
            notify: None,
            progress: None,
        }
    }
}

impl Settings {
    /// The default store: `$XDG_DATA_HOME/crm`, else `~/.local/share/crm`.
    pub fn default_store(&self) -> Option<PathBuf> {
        match (&self.xdg_data_home, &self.home) {
            (Some(x), _) => Some(x.join("crm")),
            (None, Some(h)) => Some(h.join(".local/share/crm")),
            (None, None) => None,
        }
    }

    /// Git's global attributes file when `core.attributesFile` is unset.
    pub fn git_attributes_file(&self) -> Option<PathBuf> {
        match (&self.xdg_config_home, &self.home) {
            (Some(x), _) => Some(x.join("git/attributes")),
            (None, Some(h)) => Some(h.join(".config/git/attributes")),
            (None, None) => None,
        }
    }
}

/// The one clock of `crm`: the system's, or a pinned time (`CRM_NOW`) so
/// tests and reports are repeatable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Pinned(DateTime<FixedOffset>),
}

impl Clock {
    /// Read a pinned time as `CRM_NOW` gives it: RFC 3339, or
    /// `YYYY-MM-DD HH:MM[:SS]` in local time, or a bare date meaning its
    /// noon. `None` when it is none of these.
    pub fn parse(s: &str) -> Option<Clock> {
        let s = s.trim();
        if let Ok(t) = DateTime::parse_from_rfc3339(s) {
            return Some(Clock::Pinned(t));
        }
        let local = |n: NaiveDateTime| {
            Local
                .from_local_datetime(&n)
                .earliest()
                .map(|d| Clock::Pinned(d.fixed_offset()))
        };
        for fmt in ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"] {
            if let Ok(n) = NaiveDateTime::parse_from_str(s, fmt) {
                return local(n);
            }
        }
        let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
        local(d.and_hms_opt(12, 0, 0)?)
    }

    /// The current time with the local offset.
    pub fn now(&self) -> DateTime<FixedOffset> {
        match self {
            Clock::System => Local::now().fixed_offset(),
            Clock::Pinned(t) => *t,
        }
    }

    /// Today's date in local time.
    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// The local offset that applies at a given naive local time (a pinned
    /// clock uses its own offset, so tests do not depend on TZ rules).
    pub fn offset_at(&self, t: &NaiveDateTime) -> FixedOffset {
        if let Clock::Pinned(n) = self {
            return *n.offset();
        }
        match Local.from_local_datetime(t) {
            chrono::LocalResult::Single(d) => *d.fixed_offset().offset(),
            chrono::LocalResult::Ambiguous(d, _) => *d.fixed_offset().offset(),
            chrono::LocalResult::None => *Local::now().fixed_offset().offset(),
        }
    }
}
