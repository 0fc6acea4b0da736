//! The store's process lock: one writing crm process at a time per clone.
//!
//! `.git/crm.lock` is locked with `flock`, which the kernel releases when
//! its holder dies, so a killed crm never leaves it held. The holder writes
//! its process id and command line into the file, so one that waits too
//! long can say who it waited for. Taking the lock is also when a change a
//! crashed crm left half-made is finished or rolled back (`Store::recover`).

use super::Store;
use crate::error::{Error, Result};
use std::fs::File;
use std::io::{Seek, Write};
use std::time::{Duration, Instant};

/// Holds the store's process lock until dropped.
pub struct Lock {
    _file: File,
}

impl Drop for Lock {
    /// Clear the holder's command line before letting go (still holding
    /// the lock, so a next holder's is never wiped): the file would
    /// otherwise keep the last command's arguments — a customer's name —
    /// long after (and `crm forget` leaves nothing of the person behind).
    fn drop(&mut self) {
        let _ = self._file.set_len(0);
    }
}

impl Store {
    /// Take the store's process lock (`.git/crm.lock`), waiting up to the
    /// settings' lock timeout for another crm process to finish; then
    /// recover what a crashed one left.
    pub fn lock(&self) -> Result<Lock> {
        let lock = self.take_lock(self.settings.lock_timeout)?.ok_or_else(|| {
            let path = self.repo.git_dir().join("crm.lock");
            let holder = std::fs::read_to_string(&path)
                .ok()
                .map(|s| s.trim().replace('\n', " "))
                .filter(|s| !s.is_empty())
                .map_or_else(
                    || "another crm process".to_string(),
                    |s| format!("another crm process (pid {s})"),
                );
            Error::Store {
                message: format!(
                    "{holder} has held {} for {}s",
                    path.display(),
                    self.settings.lock_timeout.as_secs()
                ),
                hint: Some("wait for it to finish, or stop it; nothing was changed".into()),
            }
        })?;
        // No other crm is at work now: whatever a killed one left is stale.
        self.notify_all(self.recover()?);
        Ok(lock)
    }

    /// The lock, waiting at most `wait`; `None` when another process still
    /// holds it then.
    pub(super) fn take_lock(&self, wait: Duration) -> Result<Option<Lock>> {
        let path = self.repo.git_dir().join("crm.lock");
        let mut file = File::options()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => {
                    // Who holds it, for one that waits (best effort).
                    let who = format!("{}\n{}\n", std::process::id(), self.settings.command);
                    let _ = file
                        .set_len(0)
                        .and_then(|()| file.rewind())
                        .and_then(|()| file.write_all(who.as_bytes()));
                    return Ok(Some(Lock { _file: file }));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    if start.elapsed() >= wait {
                        return Ok(None);
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&path, e)),
            }
        }
    }
}
