//! What every command needs from the command line: the store, who acts,
//! the output format, colour, and stderr messages.

use super::output::{Format, Prints};
use crm::ops::Op;
use crm::settings::{Clock, Settings};
use crm::store::{self, Broken, Store};
use crm::{Error, Result};
use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The global flags, resolved.
pub struct Ctx {
    /// What the library runs with (clock, identity, store, knobs).
    pub settings: Settings,
    /// `-C DIR` as given (`settings.store_dir` also holds `CRM_DIR`).
    pub store_flag: Option<PathBuf>,
    pub format: Option<Format>,
    pub color: bool,
    pub quiet: bool,
    /// Whether stdout is a terminal.
    pub tty: bool,
    /// The width to fit pictures to: `COLUMNS`, else the terminal's, else 80.
    pub columns: usize,
}

impl Ctx {
    /// Resolve the global flags and the environment, once.
    pub fn new(
        store_dir: Option<PathBuf>,
        as_user: Option<String>,
        format: Option<Format>,
        color: ColorChoice,
        quiet: bool,
    ) -> Result<Self> {
        let tty = std::io::stdout().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && var("NO_COLOR").is_none(),
        };
        let mut settings = settings(store_dir.clone(), as_user)?;
        if !quiet && std::io::stderr().is_terminal() {
            settings.progress = Some(super::say::progress);
            if let Some(ms) = var("CRM_PROGRESS_AFTER_MS").and_then(|v| v.trim().parse().ok()) {
                super::say::PROGRESS_AFTER_MS.store(ms, std::sync::atomic::Ordering::Relaxed);
            }
        }
        Ok(Ctx {
            settings,
            store_flag: store_dir,
            format,
            color,
            quiet,
            tty,
            columns: var("COLUMNS")
                .and_then(|c| c.trim().parse().ok())
                .filter(|c: &usize| *c >= 20)
                .or_else(|| {
                    tty.then(|| comfy_table::Table::new().width())
                        .flatten()
                        .map(usize::from)
                })
                .unwrap_or(80),
        })
    }

    /// Open the store found by SPEC §1. Its crm.toml is checked whole,
    /// warning rules included: a rule with a bad query is an error that
    /// names it, for every command, as any other mistake in crm.toml.
    pub fn store(&self) -> Result<Store> {
        let dir = store::discover(&self.settings)?;
        let store = Store::open(&dir, &self.settings)?;
        crm::report::rules::check(&store.config, self.settings.clock.today())?;
        Ok(store)
    }

    /// An operation context acting as the resolved user.
    pub fn op<'a>(&self, store: &'a Store) -> Result<Op<'a>> {
        let user = crm::ops::whoami(store)?;
        Ok(Op::new(store, user))
    }

    /// The format asked for, or `default`.
    pub fn format_or(&self, default: Format) -> Format {
        self.format.unwrap_or(default)
    }

    /// Refuse `-f` values a command cannot print, rather than ignore them.
    pub fn only_formats(&self, cmd: &str, prints: Prints) -> Result<()> {
        let Some(f) = self.format else {
            return Ok(());
        };
        let name = |f: &Format| format!("{f:?}").to_lowercase();
        let f = name(&f);
        let (message, hint) = match prints {
            Prints::Records if f != "ics" => return Ok(()),
            Prints::Records => (
                format!("-f ics: crm {cmd} prints records, not iCalendar"),
                "iCalendar comes from `crm calendar -f ics` and `crm export ics`; records: -f table|csv|tsv|json|jsonl|ids".to_string(),
            ),
            Prints::Only(allowed) if allowed.iter().any(|a| name(a) == f) => return Ok(()),
            Prints::Only(allowed) => {
                let listed = allowed.iter().map(name).collect::<Vec<_>>().join(", ");
                (
                    format!("-f {f}: crm {cmd} prints only {listed}"),
                    format!("drop -f, or pick one of {listed}"),
                )
            }
            Prints::File { allowed, .. } if allowed.iter().any(|a| name(a) == f) => return Ok(()),
            Prints::File {
                name: file_format, ..
            } => (
                format!("-f {f}: crm {cmd} always writes {file_format}"),
                format!("drop -f; customers as {f} records: crm export csv -f {f}"),
            ),
            Prints::Nothing => {
                let printing: Vec<String> = crate::cli::commands::ALL
                    .iter()
                    .filter(|(_, p)| match p {
                        Prints::Records => f != "ics",
                        Prints::Only(allowed) => {
                            f != "ics" || allowed.iter().any(|a| name(a) == f)
                        }
                        _ => false,
                    })
                    .map(|(m, _)| m.replace('_', "-"))
                    .collect();
                (
                    format!("-f {f}: crm {cmd} prints no records"),
                    format!("drop -f; it is for {}", printing.join(", ")),
                )
            }
        };
        Err(Error::usage_hint(message, hint))
    }

    /// `warning: …` on stderr (even with -q: warnings are about data).
    pub fn warn(&self, msg: &str) {
        let _ = writeln!(std::io::stderr(), "warning: {}", super::output::clean(msg));
    }

    /// Warn about files that could not be read.
    pub fn warn_broken(&self, broken: &[Broken]) {
        for b in broken {
            self.warn(&format!("skipped {b}; fix it, then `crm check`"));
        }
    }

    /// An informational line on stderr, unless `-q`.
    pub fn info(&self, msg: &str) {
        if !self.quiet {
            let _ = writeln!(std::io::stderr(), "{}", super::output::clean(msg));
        }
    }

    /// Bold text when colour is on.
    pub fn bold(&self, s: &str) -> String {
        if self.color {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// Red text when colour is on.
    pub fn red(&self, s: &str) -> String {
        if self.color {
            format!("\x1b[31m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// Dim text when colour is on.
    pub fn dim(&self, s: &str) -> String {
        if self.color {
            format!("\x1b[2m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// An environment variable that is set and not empty.
fn var(name: &str) -> Option<String> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(|v| v.to_string_lossy().into_owned())
}

fn path_var(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(|v: OsString| PathBuf::from(v))
}

/// The settings of this run, from the flags (`-C`, `--as`) and the
/// environment: the only place crm reads it.
pub(crate) fn settings(store_dir: Option<PathBuf>, as_user: Option<String>) -> Result<Settings> {
    let defaults = Settings::default();
    let clock = match var("CRM_NOW").filter(|s| !s.trim().is_empty()) {
        None => Clock::System,
        Some(s) => Clock::parse(&s).ok_or_else(|| {
            Error::usage_hint(
                format!("CRM_NOW='{s}' is not a time"),
                "write it as 2026-11-24T10:00:00+02:00, '2026-11-24 10:00' or 2026-11-24; unset it for the real clock",
            )
        })?,
    };
    Ok(Settings {
        clock,
        user: as_user
            .filter(|u| !u.trim().is_empty())
            .or_else(|| var("CRM_USER").filter(|u| !u.trim().is_empty())),
        author_name: var("GIT_AUTHOR_NAME"),
        author_email: var("GIT_AUTHOR_EMAIL"),
        store_dir: store_dir.or_else(|| path_var("CRM_DIR")),
        cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
        home: path_var("HOME"),
        xdg_data_home: path_var("XDG_DATA_HOME"),
        xdg_config_home: path_var("XDG_CONFIG_HOME"),
        lock_timeout: var("CRM_LOCK_TIMEOUT")
            .and_then(|s| s.trim().parse().ok())
            .map_or(defaults.lock_timeout, Duration::from_secs),
        gc_bytes: var("CRM_GC_BYTES")
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(defaults.gc_bytes),
        cache: var("CRM_NO_CACHE").is_none_or(|v| v == "0"),
        path: std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).collect())
            .unwrap_or_default(),
        exe: std::env::current_exe().ok(),
        command: std::env::args()
            .map(|a| if a.contains(' ') { format!("'{a}'") } else { a })
            .collect::<Vec<_>>()
            .join(" "),
        notify: Some(super::say::notice),
        progress: None,
    })
}

/// Map a write error on stdout into a crm error (a closed pipe is handled
/// by `main`, which exits 0 quietly).
pub fn out_err(e: std::io::Error) -> Error {
    Error::io("<stdout>", e)
}
