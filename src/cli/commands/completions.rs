//! `crm completions SHELL`: shell completion scripts.

use crate::cli::ctx::out_err;
use crate::cli::output::Prints;
use clap::CommandFactory;

/// What `crm completions` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Print shell completions.
///
/// Example: crm completions bash > ~/.local/share/bash-completion/completions/crm
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Run `crm completions`.
pub fn run(a: CompletionsArgs) -> crm::Result<()> {
    let mut cmd = crate::cli::Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "crm", &mut buf);
    use std::io::Write;
    std::io::stdout().write_all(&buf).map_err(out_err)
}
