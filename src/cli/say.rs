//! The library's typed errors, fixes and warnings in words: the only
//! place where crm's messages name its commands.

use crm::error::{Error, Fix, Notice};
use crm::ops::Warning;
use std::io::Write;

/// A fix as a sentence a user can act on.
pub fn fix(f: &Fix) -> String {
    match f {
        Fix::Say(s) => s.clone(),
        Fix::Init { dir: Some(d) } => format!("create one with `crm init {}`", d.display()),
        Fix::Init { dir: None } => {
            "create one with `crm init` (or `crm init --demo` to try crm out), or name a store with -C DIR".into()
        }
        Fix::NotARepo => "a crm store is a git work tree; `crm init` makes one".into(),
        Fix::Edit { id: Some(id) } => format!("fix it in your editor (crm edit {id})"),
        Fix::Edit { id: None } => {
            "fix the file with your editor (or `crm edit`), then run `crm check`".into()
        }
        Fix::EditOrSet { id } => format!("crm edit {id}, or crm set {id} … with an accepted value"),
        Fix::NewId => "give one of them a new id (crm edit); ids must be unique in the store".into(),
        Fix::Settable { keys } => format!("settable: {keys}; edit other keys with `crm edit`"),
        Fix::EditAgain => {
            "your text is kept in the recovery file; run `crm edit` again and merge it in".into()
        }
        Fix::ContactSet { id, name, key } => {
            format!("change it with `crm contact set {id} \"{name}\" {key}=…`")
        }
        Fix::Resolve { id, field } => {
            format!("crm resolve {id} {field} VALUE (or --ours / --theirs)")
        }
        Fix::CheckFix => "crm check --fix".into(),
        Fix::Merge { duplicate, into } => format!("if it is, crm merge {duplicate} {into}"),
        Fix::CommitHandEdits => "crm sync commits validated hand edits (or git commit)".into(),
        Fix::CloneElsewhere => "clone into another directory: crm clone URL DIR".into(),
        Fix::Join { url } => format!("join that store with `crm clone {url}`"),
        Fix::UndoForce => {
            "`crm undo --force` reverts it with a new commit that the next sync shares".into()
        }
        Fix::AddRemote => {
            "add one: git -C STORE remote add origin URL (or start from `crm clone URL`)".into()
        }
        Fix::SyncAgain => {
            "run `crm sync` again; if it keeps failing, try `git push` in the store".into()
        }
        Fix::MergeByHand { root, path } => format!(
            "merge it by hand: `git -C {root} pull --no-rebase` and fix {path}, then `crm sync`"
        ),
        Fix::FinishMerge => "`crm sync` completes it with both sides' content (a stopped rebase is aborted and merged instead), then syncs".into(),
        Fix::RegisterDriver => "`crm check --fix` or `crm sync` registers this crm as the merge driver".into(),
        Fix::CommitOrRestore { path } => format!(
            "commit them first (`crm sync` commits hand edits of customer files, `git commit` any file), or put the file back with `git checkout -- {path}`"
        ),
        Fix::Products => {
            "`crm products` lists the catalogue; `crm products add ID NAME --price N` adds to it".into()
        }
        Fix::FixJsonItem => {
            "fix that item of the array; `crm export json` writes every key crm reads".into()
        }
        Fix::Rule { name } => format!(
            "a warning of rule '{name}' (`crm rules` lists it; change or switch it off in crm.toml [[rules]])"
        ),
        Fix::ForgetAgain => "run `crm forget` again: it syncs first, so what the colleague pushed is rewritten too".into(),
        Fix::RedactByHand { path } => format!(
            "edit {path} so the person's values stand in strings (not in keys), commit, and run `crm forget` again"
        ),
        Fix::SyncAgainOrClone => "run `crm sync` again; if it persists, make a fresh `crm clone` and copy unpushed work over by hand".into(),
        Fix::CloneAfresh => "make a fresh `crm clone`; copy unpushed work over by hand".into(),
        Fix::OldHistoryOnRemote { remote, branch } => format!(
            "a colleague whose clone has the old history must run `crm sync` (it rewrites their clone); to put this clone's history back on {remote}: `git push --force-with-lease {remote} {branch}`"
        ),
        Fix::NewHistoryBack { remote, branch } => format!(
            "ask whoever ran `crm forget` to put the new history back (`git push --force-with-lease {remote} {branch}` in their clone), then run `crm sync`"
        ),
    }
}

/// A warning about the data as a sentence.
pub fn warning(w: &Warning) -> String {
    match w {
        Warning::LikelyDuplicate { value, id, name } => format!(
            "{value} already belongs to {id} ({name}): a likely duplicate; `crm merge` folds one customer into another"
        ),
        Warning::IdTaken { wanted, got } => format!(
            "id '{wanted}' is taken, so this customer is '{got}'; if it is the same firm, `crm rm {got}`"
        ),
        Warning::Skipped(b) => format!("skipped {b}; fix it, then `crm check`"),
        Warning::FutureActivity { kind, at, now } => {
            let mins = (*at - *now).num_minutes();
            let ahead = if mins >= 48 * 60 {
                format!("{} days", mins / (24 * 60))
            } else if mins >= 120 {
                format!("{} hours", mins / 60)
            } else {
                format!("{mins} minutes")
            };
            format!(
                "the {kind} is logged at {}, {ahead} from now: only meetings and tasks lie in the future; if it is planned, make it a task (`crm task CUSTOMER TEXT --due …`), else fix the time with `crm edit`",
                at.format("%Y-%m-%d %H:%M")
            )
        }
    }
}

/// Lines that help the user fix an error, printed as `hint: …`.
pub fn hints(e: &Error) -> Vec<String> {
    match e {
        Error::Usage { hint, .. }
        | Error::Invalid { hint, .. }
        | Error::Git { hint, .. }
        | Error::Store { hint, .. }
        | Error::Other { hint, .. } => hint.iter().map(|f| fix(f)).collect(),
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
        } if path.extension().is_some_and(|e| e == "toml") => vec![fix(&Fix::Edit { id: None })],
        Error::Parse { line: Some(_), .. } => {
            vec!["fix the file at that line and column, then run the command again".into()]
        }
        _ => Vec::new(),
    }
}

/// What the library did on its own, one line on stderr (even with `-q`:
/// it is about the user's data).
pub fn notice(n: &Notice) {
    let line = match n {
        Notice::Completed { what, files } => format!(
            "recovered: the interrupted '{what}' was completed ({files} file{})",
            if *files == 1 { "" } else { "s" }
        ),
        Notice::RolledBack { what, files } => format!(
            "recovered: the interrupted '{what}' was rolled back ({files} file{} as before)",
            if *files == 1 { "" } else { "s" }
        ),
        Notice::Superseded { what } => format!(
            "recovered: the interrupted '{what}' was left as git has it (HEAD was moved since); `git status` shows what it left"
        ),
        Notice::StaleLock { path } => format!(
            "recovered: removed {}, left by a process that is gone",
            path.display()
        ),
        Notice::TempFiles { count } => format!(
            "recovered: removed {count} temporary file{} of an interrupted write",
            if *count == 1 { "" } else { "s" }
        ),
    };
    let _ = writeln!(std::io::stderr(), "{}", crate::cli::output::clean(&line));
}

/// After how long work shows its progress, in milliseconds
/// (`CRM_PROGRESS_AFTER_MS`, for tests; default a second).
pub static PROGRESS_AFTER_MS: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(1000);

/// When the progress of long work started, and when it was last drawn.
static PROGRESS: std::sync::Mutex<Option<(std::time::Instant, Option<std::time::Instant>)>> =
    std::sync::Mutex::new(None);

/// A progress bar on stderr (given only when stderr is a terminal and not
/// `-q`): drawn once the work has taken a second, at most ten times a
/// second, with the count and the rate; cleared when the work is done.
pub fn progress(what: &str, done: usize, total: usize) {
    use std::time::{Duration, Instant};
    let Ok(mut state) = PROGRESS.lock() else {
        return;
    };
    let now = Instant::now();
    let (start, last) = state.get_or_insert((now, None));
    let finished = done >= total;
    if finished {
        if last.is_some() {
            let _ = write!(std::io::stderr(), "\r{}\r", " ".repeat(72));
        }
        *state = None;
        return;
    }
    let after = PROGRESS_AFTER_MS.load(std::sync::atomic::Ordering::Relaxed);
    if now.duration_since(*start) < Duration::from_millis(after)
        || last.is_some_and(|l| now.duration_since(l) < Duration::from_millis(100))
    {
        return;
    }
    *last = Some(now);
    let width = 24;
    let filled = (done * width).checked_div(total).unwrap_or(0).min(width);
    let secs = now.duration_since(*start).as_secs_f64().max(0.001);
    let rate = done as f64 / secs;
    let _ = write!(
        std::io::stderr(),
        "\r{what} [{}{}] {done}/{total} ({rate:.0}/s)  ",
        "█".repeat(filled),
        "·".repeat(width - filled)
    );
}
