//! git's lock files (`index.lock`, `HEAD.lock`, `refs/heads/main.lock`):
//! taken the way git takes them (create exclusively, write, rename over the
//! real file), waited for while a live process holds one, and cleared when
//! the process that left one behind is gone.
//!
//! git and libgit2 keep a lock file open from its creation to its rename,
//! so "some process has it open" tells a lock in use from one a killed
//! process left behind. On Linux that is read from `/proc/*/fd`; where a
//! process's descriptors cannot be read (another user's), or on other
//! systems, a lock counts as left behind only once it is a minute old.

use crate::error::{Error, Result};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// How old a lock must be to count as left behind when its holders
/// cannot all be seen.
const BLIND_AGE: Duration = Duration::from_secs(60);

/// Whether a lock file is held by a live process: `Some(pid)` of one that
/// has it open, `Some(0)` when that cannot be ruled out, `None` when its
/// owner is gone.
pub(crate) fn holder(path: &Path) -> Option<u32> {
    let age = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .unwrap_or_default();
    match open_by(path) {
        Some((Some(pid), _)) => Some(pid),
        Some((None, blind)) if blind && age < BLIND_AGE => Some(0),
        Some((None, _)) => None,
        None if age < BLIND_AGE => Some(0),
        None => None,
    }
}

/// The process that has `path` open, if one can be seen, and whether some
/// processes' descriptors could not be read. `None`: no `/proc`.
#[cfg(target_os = "linux")]
fn open_by(path: &Path) -> Option<(Option<u32>, bool)> {
    let want = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let me = std::process::id();
    let mut blind = false;
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        if pid == me {
            continue;
        }
        let Ok(fds) = std::fs::read_dir(entry.path().join("fd")) else {
            blind = true;
            continue;
        };
        for fd in fds.flatten() {
            if std::fs::read_link(fd.path()).is_ok_and(|t| t == want) {
                return Some((Some(pid), blind));
            }
        }
    }
    Some((None, blind))
}

#[cfg(not(target_os = "linux"))]
fn open_by(_path: &Path) -> Option<(Option<u32>, bool)> {
    None
}

/// Remove `path` when it is a lock left behind by a process that is gone.
/// Whether it was removed.
pub(crate) fn clear_stale(path: &Path) -> bool {
    path.exists() && holder(path).is_none() && std::fs::remove_file(path).is_ok()
}

/// The lock files git may leave behind in `git_dir` (the index, HEAD,
/// ORIG_HEAD, packed-refs, the config and any ref under `refs/`), for a
/// sweep after a crash.
pub(crate) fn known(git_dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = [
        "index.lock",
        "HEAD.lock",
        "ORIG_HEAD.lock",
        "packed-refs.lock",
        "config.lock",
    ]
    .iter()
    .map(|n| git_dir.join(n))
    .collect();
    let mut dirs = vec![git_dir.join("refs")];
    while let Some(dir) = dirs.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "lock") {
                v.push(p);
            }
        }
    }
    v
}

/// Take git's lock file `lock` for the file beside it: created
/// exclusively; a lock left behind by a dead process is cleared; one a
/// live process holds is waited for up to `wait`, then refused naming it.
pub(crate) fn take(lock: &Path, wait: Duration) -> Result<File> {
    let start = Instant::now();
    loop {
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(lock)
        {
            Ok(f) => return Ok(f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let who = holder(lock);
                if who.is_none() && std::fs::remove_file(lock).is_ok() {
                    continue;
                }
                if start.elapsed() >= wait {
                    let by = match who {
                        Some(0) | None => "another process".to_string(),
                        Some(pid) => format!("process {pid}{}", command_of(pid)),
                    };
                    return Err(Error::Store {
                        message: format!(
                            "{} is held by {by} (git is working in this store)",
                            lock.display()
                        ),
                        hint: Some(
                            "wait for it to finish and run the command again; nothing was changed"
                                .into(),
                        ),
                    });
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(e) => return Err(Error::io(lock, e)),
        }
    }
}

/// ` (its command line)` of a process, when it can be read.
pub(crate) fn command_of(pid: u32) -> String {
    std::fs::read(format!("/proc/{pid}/cmdline"))
        .ok()
        .map(|b| {
            String::from_utf8_lossy(&b)
                .split('\0')
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|s| !s.is_empty())
        .map_or_else(String::new, |s| format!(": {s}"))
}
