//! The test harness: a temp directory with its own HOME, a pinned git
//! identity, a pinned clock (`CRM_NOW`) and time zone, and helpers to run
//! `crm` and `git` in it.

#![allow(dead_code)]

use assert_cmd::Command;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::str::FromStr;
use tempfile::TempDir;

/// The pinned "now" of every test: Tuesday 2026-11-24, 10:00 in Tallinn.
pub const NOW: &str = "2026-11-24T10:00:00+02:00";

/// A test environment.
pub struct Env {
    pub tmp: TempDir,
    pub home: PathBuf,
    /// The store `crm` uses (via CRM_DIR); not created by `new`.
    pub store: PathBuf,
}

impl Env {
    /// A home with a git identity (Mari Tamm) and no store yet.
    pub fn new() -> Env {
        let tmp = TempDir::new().expect("temp dir");
        let home = tmp.path().join("home");
        std::fs::create_dir_all(&home).expect("home");
        std::fs::write(
            home.join(".gitconfig"),
            "[user]\n\tname = Mari Tamm\n\temail = mari@firm.example\n[init]\n\tdefaultBranch = main\n",
        )
        .expect("gitconfig");
        let store = tmp.path().join("store");
        Env { tmp, home, store }
    }

    /// A home plus an initialised empty store.
    pub fn with_store() -> Env {
        let env = Env::new();
        env.ok(&["init", env.store.to_str().expect("utf-8 path")]);
        env
    }

    /// A `crm` command with the pinned environment, run in the temp dir.
    pub fn crm(&self) -> Command {
        Command::from_std(self.crm_std())
    }

    /// The same as a `std::process::Command`, e.g. to spawn in parallel.
    pub fn crm_std(&self) -> std::process::Command {
        self.command(assert_cmd::cargo::cargo_bin("crm"))
    }

    /// Any program with the pinned environment (and CRM_DIR), e.g. `script`
    /// to give crm a terminal.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
        let mut c = std::process::Command::new(program);
        self.pin(&mut c);
        c.env("CRM_DIR", &self.store);
        c
    }

    fn pin(&self, c: &mut std::process::Command) {
        // The built crm first on PATH: git runs it as the merge driver.
        let bin_dir = assert_cmd::cargo::cargo_bin("crm")
            .parent()
            .map(|p| p.to_path_buf())
            .unwrap_or_default();
        let mut path = std::ffi::OsString::from(bin_dir);
        path.push(":");
        path.push(std::env::var_os("PATH").unwrap_or_default());
        c.env_clear()
            .env("PATH", path)
            .env("HOME", &self.home)
            .env("XDG_DATA_HOME", self.home.join(".local/share"))
            .env("XDG_CONFIG_HOME", self.home.join(".config"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("CRM_NOW", NOW)
            .env("TZ", "Europe/Tallinn")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .env("LANG", "C.UTF-8")
            .current_dir(self.tmp.path());
    }

    /// Run `crm args…` and return its output, whatever the exit code.
    pub fn run(&self, args: &[&str]) -> Output {
        self.crm().args(args).output().expect("run crm")
    }

    /// Run `crm args…`, assert exit 0, return stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        self.ok_out(args, self.run(args))
    }

    /// [`Env::ok`] in the store at `dir` (another clone, another store).
    pub fn ok_in(&self, dir: &Path, args: &[&str]) -> String {
        let o = self
            .crm()
            .env("CRM_DIR", dir)
            .args(args)
            .write_stdin("")
            .output()
            .expect("run crm");
        self.ok_out(args, o)
    }

    fn ok_out(&self, args: &[&str], o: Output) -> String {
        assert!(
            o.status.success(),
            "crm {args:?} failed with {:?}\nstdout:\n{}\nstderr:\n{}",
            o.status.code(),
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).expect("utf-8 stdout")
    }

    /// Run `crm args…`, assert the exit code, return stderr.
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(
            o.status.code(),
            Some(code),
            "crm {args:?}: expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stderr).expect("utf-8 stderr")
    }

    /// Run `git args…` in the store with the same environment; stdout.
    pub fn git(&self, args: &[&str]) -> String {
        self.git_in(&self.store, args)
    }

    /// Run `git args…` in `dir`; assert success; stdout.
    pub fn git_in(&self, dir: &Path, args: &[&str]) -> String {
        let mut c = std::process::Command::new("git");
        self.pin(&mut c);
        let o = c.current_dir(dir).args(args).output().expect("run git");
        assert!(
            o.status.success(),
            "git {args:?} failed\n{}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).expect("utf-8")
    }

    /// Number of commits on HEAD.
    pub fn commits(&self) -> usize {
        self.git(&["rev-list", "--count", "HEAD"])
            .trim()
            .parse()
            .expect("count")
    }

    /// The last commit's subject.
    pub fn last_message(&self) -> String {
        self.git(&["log", "-1", "--format=%s"]).trim().to_string()
    }

    /// Assert `git status` is clean and `git fsck` passes.
    pub fn assert_clean(&self) {
        assert_eq!(
            self.git(&["status", "--porcelain"]),
            "",
            "git status is not clean"
        );
        self.git(&["fsck", "--no-progress"]);
    }

    /// Run `git args…` in `dir` with the pinned environment, whatever the
    /// exit code; reads take no optional locks (`GIT_OPTIONAL_LOCKS=0`), so
    /// looking at a store never refreshes its index behind crm's back.
    pub fn git_output(&self, dir: &Path, args: &[&str]) -> Output {
        let mut c = std::process::Command::new("git");
        self.pin(&mut c);
        c.current_dir(dir)
            .env("GIT_OPTIONAL_LOCKS", "0")
            .args(args)
            .output()
            .expect("run git")
    }

    /// A customer file's text.
    pub fn file(&self, id: &str) -> String {
        std::fs::read_to_string(self.store.join("customers").join(format!("{id}.toml")))
            .unwrap_or_else(|e| panic!("customers/{id}.toml: {e}"))
    }

    /// Overwrite a customer file by hand (as a user's editor would).
    pub fn write_file(&self, id: &str, text: &str) {
        std::fs::write(
            self.store.join("customers").join(format!("{id}.toml")),
            text,
        )
        .expect("write");
    }
}

/// A bare remote and two clones (Mari Tamm's and Jaan Kask's), for tests
/// of what two colleagues do at once.
pub struct Pair {
    pub env: Env,
    pub clones: [PathBuf; 2],
}

impl Pair {
    pub fn new() -> Pair {
        let env = Env::new();
        let bare = env.tmp.path().join("remote.git");
        let b = bare.to_str().expect("utf-8");
        env.git_in(env.tmp.path(), &["init", "-q", "--bare", "-b", "main", b]);
        let a = env.tmp.path().join("a");
        let c = env.tmp.path().join("b");
        env.ok(&["init", a.to_str().expect("utf-8"), "--remote", b]);
        env.ok(&["clone", b, c.to_str().expect("utf-8")]);
        for (dir, name, mail) in [
            (&a, "Mari Tamm", "mari@firm.example"),
            (&c, "Jaan Kask", "jaan@firm.example"),
        ] {
            env.git_in(dir, &["config", "user.name", name]);
            env.git_in(dir, &["config", "user.email", mail]);
        }
        Pair {
            env,
            clones: [a, c],
        }
    }

    /// crm in clone `i` at the time `now`.
    pub fn run(&self, i: usize, now: &str, args: &[&str]) -> Output {
        self.env
            .crm()
            .env("CRM_DIR", &self.clones[i])
            .env("CRM_NOW", now)
            .args(args)
            .write_stdin("")
            .output()
            .expect("run crm")
    }

    /// The text of customer `id`'s file in clone `i`.
    pub fn text(&self, i: usize, id: &str) -> String {
        std::fs::read_to_string(self.clones[i].join(format!("customers/{id}.toml"))).expect("file")
    }
}

/// A date written as `2026-11-24`.
pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

/// A TOML number as the exact decimal it was written as (for sums
/// computed from the files, independently of crm).
pub fn dec(v: &toml::Value) -> Decimal {
    match v {
        toml::Value::Integer(i) => Decimal::from(*i),
        // A TOML float is the decimal it was written as.
        toml::Value::Float(f) => Decimal::from_str(&f.to_string()).expect("amount"),
        other => panic!("amount {other:?}"),
    }
}

/// The day of a TOML date or date-time.
pub fn tdate(v: Option<&toml::Value>) -> Option<NaiveDate> {
    v.map(|v| date(&v.as_datetime().expect("date").to_string()[..10]))
}
