//! The one error type of the library.
//!
//! Every variant names what the user can act on: the file, field or argument
//! at fault, and where possible a hint that says how to fix it. The CLI maps
//! [`Error::exit_code`] to the exit codes of SPEC §9.

use std::path::PathBuf;

/// Result with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in `crm`.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad flag, argument, date, period or query (exit 2).
    #[error("{message}")]
    Usage {
        message: String,
        hint: Option<String>,
    },
    /// A customer, activity or deal reference matched nothing (exit 3).
    #[error("no {what} matches '{query}'")]
    NotFound {
        what: &'static str,
        query: String,
        candidates: Vec<String>,
    },
    /// A reference matched more than one record (exit 3).
    #[error("'{query}' is ambiguous: it matches {} {}", candidates.len(), plural(what))]
    Ambiguous {
        what: &'static str,
        query: String,
        candidates: Vec<String>,
    },
    /// A value that would be written is not valid (exit 1).
    #[error("{}{field}: {reason}", path.as_ref().map(|p| format!("{}: ", p.display())).unwrap_or_default())]
    Invalid {
        path: Option<PathBuf>,
        field: String,
        reason: String,
        hint: Option<String>,
    },
    /// A file could not be parsed (exit 1). Shown as `path:line:column: …`
    /// so editors and terminals can jump to it.
    #[error("{}{}: {message}", path.display(), position(*line, *column))]
    Parse {
        path: PathBuf,
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
    /// Reading or writing a file failed (exit 1).
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A git operation failed (exit 1).
    #[error("git: {context}: {message}")]
    Git {
        context: String,
        message: String,
        hint: Option<String>,
    },
    /// No git identity to author commits (or to tell who acts) (exit 1).
    #[error("no git identity: {}", if *to_read { "crm takes your handle from it, and every change is a commit that needs an author" } else { "every change is a commit and needs an author" })]
    NoIdentity {
        /// The command only reads: `--as` or `CRM_USER` would do.
        to_read: bool,
    },
    /// No store was found or it is not usable (exit 1).
    #[error("{message}")]
    Store {
        message: String,
        hint: Option<String>,
    },
    /// Sync finished but recorded conflicts (exit 4).
    #[error("{0}")]
    Conflicts(String),
    /// Any other runtime failure (exit 1).
    #[error("{message}")]
    Other {
        message: String,
        hint: Option<String>,
    },
}

fn position(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!(":{l}:{c}"),
        (Some(l), None) => format!(":{l}"),
        _ => String::new(),
    }
}

impl Error {
    /// A parse error in `path`.
    pub fn parse(
        path: impl Into<PathBuf>,
        line: Option<usize>,
        column: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        Error::Parse {
            path: path.into(),
            line,
            column,
            message: message.into(),
        }
    }

    /// A usage error (exit 2) without a hint.
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage {
            message: message.into(),
            hint: None,
        }
    }

    /// A usage error (exit 2) with a hint.
    pub fn usage_hint(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Usage {
            message: message.into(),
            hint: Some(hint.into()),
        }
    }

    /// An invalid value for `field`, not yet tied to a file.
    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::Invalid {
            path: None,
            field: field.into(),
            reason: reason.into(),
            hint: None,
        }
    }

    /// A runtime failure with a hint.
    pub fn other(message: impl Into<String>, hint: Option<String>) -> Self {
        Error::Other {
            message: message.into(),
            hint,
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// Attach a file path to an `Invalid` error that has none.
    pub fn in_file(self, file: impl Into<PathBuf>) -> Self {
        match self {
            Error::Invalid {
                path: None,
                field,
                reason,
                hint,
            } => Error::Invalid {
                path: Some(file.into()),
                field,
                reason,
                hint,
            },
            other => other,
        }
    }

    /// Attach a hint to errors that carry one.
    pub fn with_hint(mut self, new: impl Into<String>) -> Self {
        match &mut self {
            Error::Usage { hint, .. }
            | Error::Invalid { hint, .. }
            | Error::Git { hint, .. }
            | Error::Store { hint, .. }
            | Error::Other { hint, .. } => *hint = Some(new.into()),
            _ => {}
        }
        self
    }

    /// The process exit code for this error (SPEC §9).
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage { .. } => 2,
            Error::NotFound { .. } | Error::Ambiguous { .. } => 3,
            Error::Conflicts(_) => 4,
            _ => 1,
        }
    }

    /// Lines that help the user fix the error, printed as `hint: …`.
    pub fn hints(&self) -> Vec<String> {
        match self {
            Error::Usage { hint, .. }
            | Error::Invalid { hint, .. }
            | Error::Git { hint, .. }
            | Error::Store { hint, .. }
            | Error::Other { hint, .. } => hint.iter().cloned().collect(),
            Error::NotFound { candidates, .. } if !candidates.is_empty() => {
                let mut v = vec!["did you mean one of these?".to_string()];
                v.extend(candidates.iter().map(|c| format!("  {c}")));
                v
            }
            Error::Ambiguous { candidates, .. } => {
                // The best first; a screenful, not hundreds.
                const SHOWN: usize = 10;
                let mut v = vec!["name one of these exactly (an id always works):".to_string()];
                let cut = if candidates.len() > SHOWN + 2 {
                    SHOWN
                } else {
                    candidates.len()
                };
                v.extend(candidates[..cut].iter().map(|c| format!("  {c}")));
                if cut < candidates.len() {
                    v.push(format!(
                        "  … and {} more: a longer reference narrows them down",
                        candidates.len() - cut
                    ));
                }
                v
            }
            Error::NoIdentity { to_read } => {
                let mut h = "git config --global user.name \"Your Name\" && git config --global user.email you@example.com".to_string();
                if *to_read {
                    h.push_str(" (only to read: CRM_USER=HANDLE or --as HANDLE)");
                }
                vec![h]
            }
            Error::Parse {
                line: Some(_),
                path,
                ..
            } if path.extension().is_some_and(|e| e == "toml") => {
                vec!["fix the file with your editor (or `crm edit`), then run `crm check`".into()]
            }
            Error::Parse { line: Some(_), .. } => {
                vec!["fix the file at that line and column, then run the command again".into()]
            }
            _ => Vec::new(),
        }
    }
}

/// "customer" → "customers", "activity" → "activities".
fn plural(what: &str) -> String {
    match what.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{what}s"),
    }
}
