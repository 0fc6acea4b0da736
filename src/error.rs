//! The one error type of the library, and [`Fix`]: what a person can do
//! about an error or a finding.
//!
//! Every variant names what the user can act on: the file, field or
//! argument at fault, and where possible a [`Fix`]. A fix is data, not a
//! sentence: advice about a value (`Fix::Say`: the accepted values, a
//! format) or a step that the front end words in its own terms (the CLI
//! names its commands: `Fix::Resolve` becomes "crm resolve ID FIELD …").
//! The CLI maps [`Error::exit_code`] to the exit codes of SPEC §9.

use std::path::PathBuf;

/// Result with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What a person can do about an error or a finding, for the front end
/// to say in its own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    /// Advice about a value or a situation, said as it is.
    Say(String),
    /// Create a store (at `dir`, or the default store; `exists`: the
    /// directory is there already).
    Init { dir: Option<PathBuf> },
    /// A store is a git work tree that `init` makes.
    NotARepo,
    /// Edit the customer's file (any file when `None`), then check.
    Edit { id: Option<String> },
    /// Edit the customer's file or set the field to an accepted value.
    EditOrSet { id: String },
    /// Give one of two entries with the same id a new one, by editing.
    NewId,
    /// The keys `set` takes; other keys are edited by hand.
    Settable { keys: &'static str },
    /// The file changed while it was edited: edit again, merging in the
    /// text kept in the recovery file.
    EditAgain,
    /// Change a contact's field with `contact set`.
    ContactSet {
        id: String,
        name: String,
        key: String,
    },
    /// Settle a recorded conflict.
    Resolve { id: String, field: String },
    /// `check --fix` repairs it.
    CheckFix,
    /// If these are one firm, fold one into the other.
    Merge { duplicate: String, into: String },
    /// A hand edit not committed yet: sync commits it.
    CommitHandEdits,
    /// Clone into another directory.
    CloneElsewhere,
    /// Join the store at this URL by cloning it.
    Join { url: String },
    /// Undo a change that was pushed, with a new commit.
    UndoForce,
    /// Add a remote to sync with.
    AddRemote,
    /// Sync again; if it keeps failing, push with git.
    SyncAgain,
    /// A file crm does not merge changed on both sides: merge it with
    /// git in the store at `root`, then sync.
    MergeByHand { root: String, path: String },
    /// Fix one item of an imported JSON array.
    FixJsonItem,
    /// Finish what a plain `git pull` stopped on (`crm sync` does).
    FinishMerge,
    /// Register the merge driver (again) in `.git/config`.
    RegisterDriver,
    /// A file has changes not committed: commit them or put it back.
    CommitOrRestore { path: String },
    /// A warning of the rule `name` (listed by `rules`, changed in crm.toml).
    Rule { name: String },
    /// The catalogue of products: list it, or add to it.
    Products,
    /// The remote moved while `crm forget` rewrote the history: again.
    ForgetAgain,
    /// A redaction would break a file: make the values plain strings.
    RedactByHand { path: String },
    /// The erasure map did not arrive: sync again, else a fresh clone.
    SyncAgainOrClone,
    /// Nothing of this clone is in the rewritten history: a fresh clone.
    CloneAfresh,
    /// The remote holds history from before an erasure this clone has.
    OldHistoryOnRemote { remote: String, branch: String },
    /// This clone's history is from before an erasure the remote lost.
    NewHistoryBack { remote: String, branch: String },
}

impl From<String> for Fix {
    fn from(s: String) -> Fix {
        Fix::Say(s)
    }
}

impl From<&str> for Fix {
    fn from(s: &str) -> Fix {
        Fix::Say(s.to_string())
    }
}

// Errors carry their fix boxed: the `Err` of every `Result` stays small.
impl From<String> for Box<Fix> {
    fn from(s: String) -> Box<Fix> {
        Box::new(Fix::Say(s))
    }
}

impl From<&str> for Box<Fix> {
    fn from(s: &str) -> Box<Fix> {
        Box::new(Fix::Say(s.to_string()))
    }
}

/// Something the library did on its own that a person should hear of, in
/// one line (the CLI prints it on stderr).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A change a crashed crm left half-made was completed (`files` files).
    Completed { what: String, files: usize },
    /// A change a crashed crm left half-made was rolled back.
    RolledBack { what: String, files: usize },
    /// A change a crashed crm left half-made was overtaken by git used by
    /// hand: the work tree was left as git has it.
    Superseded { what: String },
    /// A lock file whose owner was gone was removed.
    StaleLock { path: PathBuf },
    /// Temporary files a crashed write left behind were removed.
    TempFiles { count: usize },
}

/// Everything that can go wrong in `crm`.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad flag, argument, date, period or query (exit 2).
    #[error("{message}")]
    Usage {
        message: String,
        hint: Option<Box<Fix>>,
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
        hint: Option<Box<Fix>>,
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
        hint: Option<Box<Fix>>,
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
        hint: Option<Box<Fix>>,
    },
    /// Sync finished but recorded conflicts (exit 4).
    #[error("{0}")]
    Conflicts(String),
    /// Any other runtime failure (exit 1).
    #[error("{message}")]
    Other {
        message: String,
        hint: Option<Box<Fix>>,
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
    pub fn usage_hint(message: impl Into<String>, hint: impl Into<Fix>) -> Self {
        Error::Usage {
            message: message.into(),
            hint: Some(Box::new(hint.into())),
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
            hint: hint.map(|h| Box::new(Fix::Say(h))),
        }
    }

    /// A runtime failure with a fix.
    pub fn other_fix(message: impl Into<String>, fix: Fix) -> Self {
        Error::Other {
            message: message.into(),
            hint: Some(Box::new(fix)),
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
    pub fn with_hint(mut self, new: impl Into<Fix>) -> Self {
        match &mut self {
            Error::Usage { hint, .. }
            | Error::Invalid { hint, .. }
            | Error::Git { hint, .. }
            | Error::Store { hint, .. }
            | Error::Other { hint, .. } => *hint = Some(Box::new(new.into())),
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
}

/// "customer" → "customers", "activity" → "activities".
fn plural(what: &str) -> String {
    match what.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{what}s"),
    }
}
