//! What every command needs from the command line: the store, who acts,
//! the output format, colour, and stderr messages.

use super::output::Format;
use crm::ops::Op;
use crm::store::{self, Broken, Store};
use crm::{Error, Result};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The global flags, resolved.
pub struct Ctx {
    pub store_dir: Option<PathBuf>,
    pub as_user: Option<String>,
    pub format: Option<Format>,
    pub color: bool,
    pub quiet: bool,
    /// Whether stdout is a terminal.
    #[allow(dead_code)]
    pub tty: bool,
}

impl Ctx {
    /// Resolve the global flags.
    pub fn new(
        store_dir: Option<PathBuf>,
        as_user: Option<String>,
        format: Option<Format>,
        color: ColorChoice,
        quiet: bool,
    ) -> Self {
        let tty = std::io::stdout().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        };
        Ctx {
            store_dir,
            as_user,
            format,
            color,
            quiet,
            tty,
        }
    }

    /// Open the store found by SPEC §1.
    pub fn store(&self) -> Result<Store> {
        let dir = store::discover(self.store_dir.as_deref())?;
        Store::open(&dir)
    }

    /// An operation context acting as the resolved user.
    pub fn op<'a>(&self, store: &'a Store) -> Result<Op<'a>> {
        let user = crm::ops::whoami(store, self.as_user.as_deref())?;
        Ok(Op::new(store, user))
    }

    /// The format asked for, or `default`.
    pub fn format_or(&self, default: Format) -> Format {
        self.format.unwrap_or(default)
    }

    /// Refuse `-f` values a command cannot print: `allowed` empty is a
    /// command that prints no records; `writes` names the one file format
    /// an export always writes (`vCard`, `iCalendar`, `JSON`).
    pub fn only_formats(&self, cmd: &str, allowed: &[Format], writes: Option<&str>) -> Result<()> {
        let Some(f) = self.format else {
            return Ok(());
        };
        if allowed.contains(&f) {
            return Ok(());
        }
        let name = |f: &Format| format!("{f:?}").to_lowercase();
        let listed = allowed.iter().map(name).collect::<Vec<_>>().join(", ");
        let f = name(&f);
        let (message, hint) = match writes {
            Some(file_format) => (
                format!("-f {f}: crm {cmd} always writes {file_format}"),
                format!("drop -f; customers as {f} records: crm export csv -f {f}"),
            ),
            None if allowed.is_empty() => (
                format!("-f {f}: crm {cmd} prints no records"),
                "drop -f; it is for ls, activities, agenda, search, report, show, check, \
                 history, review, import csv|vcard and export csv|json"
                    .to_string(),
            ),
            None => (
                format!("-f {f}: crm {cmd} prints only {listed}"),
                format!("drop -f, or pick one of {listed}"),
            ),
        };
        Err(Error::usage_hint(message, hint))
    }

    /// `warning: …` on stderr (even with -q: warnings are about data).
    pub fn warn(&self, msg: &str) {
        let _ = writeln!(std::io::stderr(), "warning: {msg}");
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
            let _ = writeln!(std::io::stderr(), "{msg}");
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
    #[allow(dead_code)]
    pub fn dim(&self, s: &str) -> String {
        if self.color {
            format!("\x1b[2m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// Map a write error on stdout into a crm error (a closed pipe is handled
/// by `main`, which exits 0 quietly).
pub fn out_err(e: std::io::Error) -> Error {
    Error::io("<stdout>", e)
}
