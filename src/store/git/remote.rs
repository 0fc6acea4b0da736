//! The network, through the `git` program.
//!
//! Fetch, push, clone and `ls-remote` run `git` as a subprocess, so every
//! remote the user's own git reaches works (paths, `file://`, ssh with
//! `~/.ssh/config` and agent, https with credential helpers): libgit2
//! ignores `~/.ssh/config` and its credential callbacks can loop. Nothing
//! printed ever shows the credentials of a URL ([`redact`]).
//!
//! On a terminal (`show`), fetch, push and clone let git report its
//! progress and pass its progress lines (`Receiving objects:  45% …`) to
//! stderr on one line, cleared at the end; the rest of what git says is
//! kept for the error message, as when nothing is shown.

use crate::error::{Error, Fix, Result};
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Hide credentials in URLs before anything is printed.
pub fn redact(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("://") {
        let (head, tail) = rest.split_at(i + 3);
        out.push_str(head);
        let end = tail
            .find(|c: char| c == '/' || c.is_whitespace())
            .unwrap_or(tail.len());
        let authority = &tail[..end];
        match authority.rfind('@') {
            Some(at) => {
                out.push_str("***@");
                out.push_str(&authority[at + 1..]);
            }
            None => out.push_str(authority),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

fn git_command(dir: &Path) -> Command {
    let mut c = Command::new("git");
    // CRM_SYNC tells the store's git hook that crm runs this git (a plain
    // `git fetch` of a rewritten history is stopped there; crm follows it).
    c.arg("-C")
        .arg(dir)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("CRM_SYNC", "1");
    c
}

fn cannot_run(e: std::io::Error) -> Error {
    Error::other(
        format!("cannot run git: {e}"),
        Some("install git; crm needs it for fetch and push".into()),
    )
}

/// Run a transfer (`fetch`, `push`, `clone`) whose arguments are `args`
/// with `--quiet`, or on a terminal (`show`) `--progress`, after the
/// subcommand: git's progress lines go to stderr as they come, on one line
/// cleared at the end; all of stderr is kept in the output.
fn transfer(mut c: Command, args: &[&str], show: bool) -> std::io::Result<Output> {
    let Some((sub, rest)) = args.split_first() else {
        return c.output();
    };
    c.arg(sub)
        .arg(if show { "--progress" } else { "--quiet" })
        .args(rest);
    if !show {
        return c.output();
    }
    let mut child = c
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut out = child.stdout.take();
    let reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(o) = out.as_mut() {
            let _ = o.read_to_end(&mut v);
        }
        v
    });
    let mut kept = Vec::new();
    let mut shown = false;
    if let Some(mut err) = child.stderr.take() {
        let mut line = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            let n = match err.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                // Stop reading: the pipe closes and git ends.
                Err(_) => break,
            };
            for &b in &buf[..n] {
                kept.push(b);
                if b != b'\r' && b != b'\n' {
                    line.push(b);
                    continue;
                }
                let text = String::from_utf8_lossy(&line);
                if is_progress(&text) {
                    let text: String = text.chars().filter(|c| !c.is_control()).take(72).collect();
                    let _ = write!(std::io::stderr(), "\r{text:<72}");
                    shown = true;
                }
                line.clear();
            }
        }
    }
    if shown {
        let _ = write!(std::io::stderr(), "\r{}\r", " ".repeat(72));
    }
    let status = child.wait()?;
    let stdout = reader.join().unwrap_or_default();
    // What git said besides its progress, for an error message.
    let stderr = String::from_utf8_lossy(&kept)
        .split(['\r', '\n'])
        .filter(|l| !is_progress(l))
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
        .into_bytes();
    Ok(Output {
        status,
        stdout,
        stderr,
    })
}

/// A progress line of a git transfer (`Receiving objects:  45% (…)`,
/// `Resolving deltas: …`).
fn is_progress(line: &str) -> bool {
    line.contains("objects:") || line.contains("deltas:")
}

/// Run the git program in `dir`; stdout on success, a clear error naming
/// what failed otherwise.
pub fn git(dir: &Path, args: &[&str], what: &str) -> Result<String> {
    let out = git_command(dir).args(args).output().map_err(cannot_run)?;
    if out.status.success() {
        return Ok(String::from_utf8_lossy(&out.stdout).into_owned());
    }
    let stderr = redact(String::from_utf8_lossy(&out.stderr).trim());
    Err(Error::Git {
        context: what.to_string(),
        message: stderr,
        hint: Some(
            "check the remote with `git remote -v` and that `git fetch` works in the store".into(),
        ),
    })
}

/// `git fetch REMOTE`, with the maps of erasures (`crm forget`) too. It
/// tells the store's git hook that crm fetches (a plain `git fetch` of a
/// rewritten history is stopped there: see `crm::team::forget`). `show`:
/// git's progress on stderr (a terminal).
pub fn fetch(dir: &Path, remote: &str, show: bool) -> Result<()> {
    let out = transfer(
        git_command(dir),
        &[
            "fetch",
            remote,
            &format!("+refs/heads/*:refs/remotes/{remote}/*"),
            &format!("+{0}*:{0}*", super::rewrite::EPOCHS),
        ],
        show,
    )
    .map_err(cannot_run)?;
    if out.status.success() {
        return Ok(());
    }
    Err(Error::Git {
        context: format!("fetching from {remote}"),
        message: redact(String::from_utf8_lossy(&out.stderr).trim()),
        hint: Some(
            "check the remote with `git remote -v` and that `git fetch` works in the store".into(),
        ),
    })
}

/// How a push ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Pushed {
    Done,
    /// The remote moved meanwhile (a colleague pushed): fetch, merge, retry.
    Rejected,
}

/// `git push REMOTE HEAD:refs/heads/BRANCH`; `show` as for [`fetch`].
pub fn push(dir: &Path, remote: &str, branch: &str, show: bool) -> Result<Pushed> {
    let push = transfer(
        git_command(dir),
        &[
            "push",
            "--porcelain",
            remote,
            &format!("HEAD:refs/heads/{branch}"),
        ],
        show,
    )
    .map_err(cannot_run)?;
    if push.status.success() {
        return Ok(Pushed::Done);
    }
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&push.stdout),
        String::from_utf8_lossy(&push.stderr)
    );
    // Rejected because the remote moved (over the network it says
    // non-fast-forward; a local push racing another says it cannot lock
    // the ref).
    let rejected = [
        "[rejected]",
        "non-fast-forward",
        "fetch first",
        "cannot lock ref",
        "failed to update ref",
    ]
    .iter()
    .any(|p| text.contains(p));
    if rejected {
        return Ok(Pushed::Rejected);
    }
    Err(push_failed(remote, &text))
}

/// The error of a push that failed for good.
pub fn push_failed(remote: &str, text: &str) -> Error {
    Error::Git {
        context: format!("pushing to {remote}"),
        message: redact(text.trim()),
        hint: Some(Box::new(Fix::SyncAgain)),
    }
}

/// `git clone URL DIR`, run in DIR's parent; `show` as for [`fetch`].
pub fn clone(url: &str, dir: &Path, show: bool) -> Result<()> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => Path::new(".").to_path_buf(),
    };
    std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
    let dir_s = dir.to_string_lossy().into_owned();
    let out = transfer(git_command(&parent), &["clone", url, &dir_s], show).map_err(cannot_run)?;
    if out.status.success() {
        return Ok(());
    }
    Err(Error::Git {
        context: format!("cloning {}", redact(url)),
        message: redact(String::from_utf8_lossy(&out.stderr).trim()),
        hint: Some("check the URL, and that `git clone` of it works from this machine".into()),
    })
}

/// The branches of `origin` a clone in `dir` knows, without `HEAD`.
pub fn remote_branches(dir: &Path) -> Result<Vec<String>> {
    let listed = git(
        dir,
        &[
            "for-each-ref",
            "--format=%(refname:strip=3)",
            "refs/remotes/origin/",
        ],
        "listing the remote's branches",
    )?;
    Ok(listed
        .lines()
        .map(str::trim)
        .filter(|b| !b.is_empty() && *b != "HEAD")
        .map(str::to_string)
        .collect())
}

/// `git checkout -B BRANCH --track origin/BRANCH` in `dir`.
pub fn check_out_tracking(dir: &Path, branch: &str) -> Result<()> {
    git(
        dir,
        &[
            "checkout",
            "-q",
            "-B",
            branch,
            "--track",
            &format!("origin/{branch}"),
        ],
        &format!("checking out {branch}"),
    )
    .map(|_| ())
}

/// Whether the repository at `url` has any branch (`git ls-remote`), run
/// from `cwd`.
pub fn has_branches(cwd: &Path, url: &str) -> Result<bool> {
    let refs = git(
        cwd,
        &["ls-remote", "--heads", url],
        &format!("reaching {}", redact(url)),
    )?;
    Ok(!refs.trim().is_empty())
}

/// Add `url` as `origin` of the store at `dir` and push HEAD to it.
pub fn publish(dir: &Path, url: &str) -> Result<()> {
    git(dir, &["remote", "add", "origin", url], "adding the remote")?;
    git(
        dir,
        &["push", "--quiet", "-u", "origin", "HEAD"],
        &format!("pushing to {}", redact(url)),
    )
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn credentials_are_never_printed() {
        assert_eq!(
            redact("fatal: https://mari:s3cret@git.example/crm.git denied"),
            "fatal: https://***@git.example/crm.git denied"
        );
        assert_eq!(redact("ssh://git@host:22/x"), "ssh://***@host:22/x");
        assert_eq!(redact("no url here"), "no url here");
    }
}
