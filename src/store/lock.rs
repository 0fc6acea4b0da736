//! The store's process lock: one writing crm process at a time per clone.

use super::Store;
use crate::error::{Error, Result};
use std::fs::File;
use std::time::{Duration, Instant};

/// Holds the store's process lock until dropped.
pub struct Lock {
    _file: File,
}

impl Store {
    /// Take the store's process lock (`.git/crm.lock`). The kernel drops it
    /// when the holder dies, so a killed process never leaves it behind.
    pub fn lock(&self) -> Result<Lock> {
        let path = self.repo.git_dir().join("crm.lock");
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        let start = Instant::now();
        let limit = self.settings.lock_timeout;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Lock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) => {
                    if start.elapsed() > limit {
                        return Err(Error::Store {
                            message: format!(
                                "another crm process has held {} for {}s",
                                path.display(),
                                limit.as_secs()
                            ),
                            hint: Some("wait for it to finish, or stop it".into()),
                        });
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&path, e)),
            }
        }
    }
}
