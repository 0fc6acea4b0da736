//! `crm man`: man pages generated from the command definitions.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::Prints;
use clap::CommandFactory;

/// What `crm man` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Write man pages generated from the command definitions.
///
/// With DIR: crm.1 and one page per command (crm-log.1, crm-deal-add.1 …)
/// into DIR/man1/ (into DIR itself when it is a man1 directory), so DIR
/// can go on MANPATH; with --install, into the man1 directory `man` finds
/// for this user (beside the binary's bin/, as ~/.cargo/share/man for a
/// crm installed by cargo, else ~/.local/share/man); without either,
/// crm.1 to stdout. `man crm-log` and `man crm log` then open the page of
/// `crm log`. The pages in docs/man/ are made this way and kept current by
/// a test.
///
/// Example: crm man --install && man crm log
#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Where to write the pages (a man directory: they go into its man1/).
    #[arg(conflicts_with = "install")]
    pub dir: Option<std::path::PathBuf>,
    /// Write them where `man` looks for this user's pages.
    #[arg(long)]
    pub install: bool,
}

/// Run `crm man`.
pub fn run(a: ManArgs, ctx: &Ctx) -> crm::Result<()> {
    let cmd = crate::cli::Cli::command();
    let dir = match (a.dir, a.install) {
        (Some(d), _) => d,
        (None, true) => install_dir(ctx)?,
        (None, false) => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(cmd)
                .render(&mut buf)
                .map_err(out_err)?;
            use std::io::Write;
            return std::io::stdout().write_all(&buf).map_err(out_err);
        }
    };
    let dir = if dir.file_name().is_some_and(|n| n == "man1") {
        dir
    } else {
        dir.join("man1")
    };
    std::fs::create_dir_all(&dir).map_err(|e| crm::Error::io(&dir, e))?;
    let n = write_pages(&dir, cmd, "crm", "crm")?;
    ctx.info(&format!("wrote {n} man pages into {}", dir.display()));
    Ok(())
}

/// The man directory for this user's pages: `<prefix>/share/man` when crm
/// runs from `<prefix>/bin` (man derives it from PATH), else
/// `$XDG_DATA_HOME/man` (~/.local/share/man).
fn install_dir(ctx: &Ctx) -> crm::Result<std::path::PathBuf> {
    let s = &ctx.settings;
    if let Some(bin) = s.exe.as_deref().and_then(|e| e.parent())
        && bin.file_name().is_some_and(|n| n == "bin")
        && let Some(prefix) = bin.parent()
    {
        return Ok(prefix.join("share/man"));
    }
    let data = s
        .xdg_data_home
        .clone()
        .or_else(|| s.home.as_ref().map(|h| h.join(".local/share")))
        .ok_or_else(|| crm::Error::usage("HOME is not set: give the directory, `crm man DIR`"))?;
    Ok(data.join("man"))
}

/// Write the page of `cmd` as `name.1` (`crm-deal-add`; its synopsis
/// says `crm deal add`) and of each of its commands; how many pages.
fn write_pages(
    dir: &std::path::Path,
    cmd: clap::Command,
    name: &str,
    typed: &str,
) -> crm::Result<usize> {
    let cmd = cmd.name(name.to_string()).bin_name(typed.to_string());
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .render(&mut buf)
        .map_err(out_err)?;
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, buf).map_err(|e| crm::Error::io(&path, e))?;
    let mut n = 1;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let sub_name = sub.get_name();
        n += write_pages(
            dir,
            sub.clone(),
            &format!("{name}-{sub_name}"),
            &format!("{typed} {sub_name}"),
        )?;
    }
    Ok(n)
}
