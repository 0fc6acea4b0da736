//! `crm contact add|set|rm`.

use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;
use crm::ops::{self, Assignment, contact::NewContact};

/// What `crm contact` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Contact persons of a customer.
#[derive(Debug, clap::Subcommand)]
pub enum ContactCommand {
    /// Add a contact person (re-adding the same one is a quiet success).
    ///
    /// Example: crm contact add aripaev "Pekka Virtanen" --role CEO --phone "+358 40 123 4567" --birthday 1975-03-14
    Add {
        /// The customer.
        customer: String,
        /// The contact's full name.
        name: String,
        #[arg(long)]
        role: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        /// Date of birth (YYYY-MM-DD, or --MM-DD without the year); shown
        /// in the agenda.
        #[arg(long, allow_hyphen_values = true)]
        birthday: Option<String>,
        #[arg(long = "note", value_name = "TEXT")]
        notes: Option<String>,
    },
    /// Change a contact's fields: name, role, email, phone, birthday, notes.
    ///
    /// Example: crm contact set aripaev "Pekka Virtanen" role=CFO phone=
    Set {
        /// The customer.
        customer: String,
        /// The contact's name.
        name: String,
        /// KEY=VALUE; an empty value removes the field.
        #[arg(required = true, value_name = "KEY=VALUE")]
        assignments: Vec<String>,
    },
    /// Remove a contact person.
    ///
    /// Example: crm contact rm aripaev "Pekka Virtanen"
    Rm {
        /// The customer.
        customer: String,
        /// The contact's name.
        name: String,
    },
}

/// Run `crm contact …`.
pub fn run(c: ContactCommand, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let o = match c {
        ContactCommand::Add {
            customer,
            name,
            role,
            email,
            phone,
            birthday,
            notes,
        } => ops::contact::add(
            &op,
            &customer,
            &NewContact {
                name,
                role,
                email,
                phone,
                birthday,
                notes,
            },
        )?,
        ContactCommand::Set {
            customer,
            name,
            assignments,
        } => {
            let a = assignments
                .iter()
                .map(|s| Assignment::parse(s))
                .collect::<Result<Vec<_>>>()?;
            ops::contact::set(&op, &customer, &name, &a)?
        }
        ContactCommand::Rm { customer, name } => ops::contact::rm(&op, &customer, &name)?,
    };
    print_outcome(ctx, &o, false)
}
