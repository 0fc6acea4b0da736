//! `crm man`: man pages generated from the command definitions.

use crate::cli::ctx::out_err;
use crate::cli::output::Prints;
use clap::CommandFactory;

/// What `crm man` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Write man pages generated from the command definitions.
///
/// With DIR: crm.1 and one page per command (crm-log.1, crm-deal-add.1 …)
/// into DIR; without: crm.1 to stdout. The pages in docs/man/ are made
/// this way and kept current by a test.
///
/// Example: crm man ~/.local/share/man/man1 && man crm-log
#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Where to write the pages.
    pub dir: Option<std::path::PathBuf>,
}

/// Run `crm man`.
pub fn run(a: ManArgs) -> crm::Result<()> {
    let cmd = crate::cli::Cli::command();
    match a.dir {
        None => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(cmd)
                .render(&mut buf)
                .map_err(out_err)?;
            use std::io::Write;
            std::io::stdout().write_all(&buf).map_err(out_err)
        }
        Some(dir) => {
            std::fs::create_dir_all(&dir).map_err(|e| crm::Error::io(&dir, e))?;
            write_pages(&dir, cmd, "crm")
        }
    }
}

fn write_pages(dir: &std::path::Path, cmd: clap::Command, name: &str) -> crm::Result<()> {
    let cmd = cmd.name(name.to_string());
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .render(&mut buf)
        .map_err(out_err)?;
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, buf).map_err(|e| crm::Error::io(&path, e))?;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_pages(dir, sub.clone(), &format!("{name}-{}", sub.get_name()))?;
    }
    Ok(())
}
