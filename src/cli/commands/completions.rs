//! `crm completions [SHELL] [--install]`: shell completion scripts.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::Prints;
use clap_complete::env::Shells;
use std::path::PathBuf;

/// What `crm completions` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Print or install shell completions.
///
/// The script calls crm back on each TAB, so customer ids and names,
/// contact names, kinds, stages, tags, handles, deal ids, field names and
/// period words complete from the store (`CRM_DIR` or the current
/// directory). With --install, the scripts for bash, zsh and fish (or
/// SHELL's alone) are written where those shells look for them for the
/// current user, and crm says what, if anything, is left to do.
///
/// Example: crm completions --install
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, powershell or elvish.
    #[arg(value_enum, required_unless_present = "install")]
    pub shell: Option<clap_complete::Shell>,
    /// Write the script(s) into the shell's own directory for the user.
    #[arg(long)]
    pub install: bool,
}

/// Run `crm completions`.
pub fn run(a: CompletionsArgs, ctx: &Ctx) -> crm::Result<()> {
    if !a.install {
        let shell = a.shell.unwrap_or(clap_complete::Shell::Bash);
        let buf = script(shell)?;
        use std::io::Write;
        return std::io::stdout().write_all(&buf).map_err(out_err);
    }
    let shells = match a.shell {
        Some(s) => vec![s],
        None => vec![
            clap_complete::Shell::Bash,
            clap_complete::Shell::Zsh,
            clap_complete::Shell::Fish,
        ],
    };
    for shell in shells {
        let (path, then) = place(shell, ctx)?;
        let buf = script(shell)?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| crm::Error::io(dir, e))?;
        }
        std::fs::write(&path, buf).map_err(|e| crm::Error::io(&path, e))?;
        let shown = path.display();
        match then {
            Some(t) => ctx.info(&format!("{shell}: wrote {shown}; {t}")),
            None => ctx.info(&format!(
                "{shell}: wrote {shown}; a new shell completes crm"
            )),
        }
    }
    Ok(())
}

/// The registration script for `shell`: it calls `crm` (found on PATH)
/// with `COMPLETE=<shell>`.
fn script(shell: clap_complete::Shell) -> crm::Result<Vec<u8>> {
    let name = shell.to_string();
    let shells = Shells::builtins();
    let Some(completer) = shells.completer(&name) else {
        return Err(crm::Error::usage(format!(
            "completions for {name} are not available"
        )));
    };
    let mut buf = Vec::new();
    completer
        .write_registration("COMPLETE", "crm", "crm", "crm", &mut buf)
        .map_err(out_err)?;
    Ok(buf)
}

/// Where `shell` finds a user's completion script, and what the user must
/// still do, if anything.
fn place(shell: clap_complete::Shell, ctx: &Ctx) -> crm::Result<(PathBuf, Option<String>)> {
    let s = &ctx.settings;
    let home = s.home.clone().ok_or_else(|| {
        crm::Error::usage("HOME is not set: print the script with `crm completions SHELL` and put it where your shell reads it")
    })?;
    let data = s
        .xdg_data_home
        .clone()
        .unwrap_or_else(|| home.join(".local/share"));
    let config = s
        .xdg_config_home
        .clone()
        .unwrap_or_else(|| home.join(".config"));
    Ok(match shell {
        clap_complete::Shell::Bash => (
            data.join("bash-completion/completions/crm"),
            Some("bash-completion loads it in a new shell (package bash-completion)".into()),
        ),
        clap_complete::Shell::Fish => (config.join("fish/completions/crm.fish"), None),
        clap_complete::Shell::Zsh => {
            let path = home.join(".zsh/crm-completion.zsh");
            let line = format!("source {}", path.display());
            (
                path,
                Some(format!(
                    "add `{line}` to ~/.zshrc after `compinit`"
                )),
            )
        }
        other => {
            return Err(crm::Error::usage(format!(
                "--install knows bash, zsh and fish; for {other}, print the script with `crm completions {other}` and load it from your profile"
            )));
        }
    })
}
