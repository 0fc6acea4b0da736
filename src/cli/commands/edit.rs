//! `crm edit`: the customer file in `$VISUAL`/`$EDITOR`, validated before
//! it is committed. Nothing typed is ever lost: an invalid edit reopens the
//! editor on a terminal, and otherwise is saved to a recovery file.

use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::store::Store;
use crm::{Error, Result};
use std::io::{IsTerminal, Write};
use std::path::Path;

/// What `crm edit` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Edit a customer's file in $VISUAL or $EDITOR; validates and commits.
///
/// On an invalid edit the editor opens again (on a terminal); otherwise
/// crm exits 1, leaves the file as it was, and saves your text to a
/// recovery file under .git/crm-recovery/ that it names.
///
/// Example: EDITOR=nano crm edit aripaev
#[derive(Debug, clap::Args)]
pub struct EditArgs {
    /// The customer.
    pub customer: String,
}

/// Run `crm edit`.
pub fn run(a: EditArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let id = op.customer_id(&a.customer)?;
    let original = store.read_text(&id)?;
    let editor = editor()?;
    let scratch = store.scratch_path(&id);
    if let Some(dir) = scratch.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    std::fs::write(&scratch, &original).map_err(|e| Error::io(&scratch, e))?;
    let interactive = std::io::stdin().is_terminal();
    loop {
        run_editor(&editor, &scratch)?;
        let text = std::fs::read_to_string(&scratch).map_err(|e| Error::io(&scratch, e))?;
        if text == original {
            let _ = std::fs::remove_file(&scratch);
            ctx.info("no changes");
            return Ok(());
        }
        match crm::ops::customer::save_edit(&op, &id, &original, &text) {
            Ok(_) => {
                let _ = std::fs::remove_file(&scratch);
                ctx.info(&format!("saved {}", Store::rel_path(&id)));
                return Ok(());
            }
            Err(e) if interactive && !matches!(e, Error::Other { .. }) => {
                crate::cli::print_error(&e);
                let _ = writeln!(
                    std::io::stderr(),
                    "Press Enter to edit again (your text is kept), or Ctrl-C to give up."
                );
                let mut line = String::new();
                if std::io::stdin().read_line(&mut line).unwrap_or(0) == 0 {
                    return Err(save_recovery(&store, &id, &text, e));
                }
            }
            Err(e) => return Err(save_recovery(&store, &id, &text, e)),
        }
    }
}

fn save_recovery(store: &Store, id: &str, text: &str, e: Error) -> Error {
    let path = store.recovery_path(id);
    let saved = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|_| std::fs::write(&path, text));
    let _ = std::fs::remove_file(store.scratch_path(id));
    let where_ = match saved {
        Ok(()) => format!("your edited text is saved in {}", path.display()),
        Err(w) => format!("and saving your text to {} failed too: {w}", path.display()),
    };
    let hints = crate::cli::say::hints(&e);
    let mut msg = format!("{e}");
    for h in hints {
        msg.push_str(&format!("\nhint: {h}"));
    }
    Error::other(
        format!("{msg}\n{} was left as it was", Store::rel_path(id)),
        Some(format!(
            "{where_}; fix it and copy it over the file, or run `crm edit {id}` again"
        )),
    )
}

fn editor() -> Result<String> {
    for var in ["VISUAL", "EDITOR"] {
        if let Ok(e) = std::env::var(var)
            && !e.trim().is_empty()
        {
            return Ok(e);
        }
    }
    Err(Error::usage_hint(
        "no editor: neither VISUAL nor EDITOR is set",
        "e.g. EDITOR=nano crm edit CUSTOMER",
    ))
}

/// Run the editor as git does: through the shell, so `code --wait` works.
fn run_editor(editor: &str, file: &Path) -> Result<()> {
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$@\""))
        .arg(editor)
        .arg(file)
        .status()
        .map_err(|e| Error::other(format!("cannot start editor '{editor}': {e}"), None))?;
    if !status.success() {
        return Err(Error::other(
            format!("editor '{editor}' exited with {status}; nothing was saved"),
            Some(format!("your text, if any, is in {}", file.display())),
        ));
    }
    Ok(())
}
