//! `crm add`: a new customer; prints its id.

use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;
use crm::ops::{self, customer::NewCustomer};

/// What `crm add` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Add a customer; prints its id.
///
/// The id is a slug of the name (Äripäev AS → aripaev-as). Phone numbers
/// are stored in international format; an e-mail or phone that another
/// customer already has is reported as a likely duplicate.
///
/// Example: crm add "Äripäev AS" --tag media --email info@aripaev.example --phone "5555 1234"
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The customer's name.
    pub name: String,
    /// Lifecycle stage (default: the first in crm.toml, usually lead).
    #[arg(long)]
    pub stage: Option<String>,
    /// Owner's handle (default: you).
    #[arg(long)]
    pub owner: Option<String>,
    /// A tag; repeat or separate with commas.
    #[arg(long = "tag", short = 't', value_name = "TAG")]
    pub tags: Vec<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub website: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    /// Business registry code.
    #[arg(long)]
    pub reg_code: Option<String>,
    /// Free text notes.
    #[arg(long = "note", value_name = "TEXT")]
    pub note: Option<String>,
    /// A custom field declared in crm.toml, as NAME=VALUE; repeatable.
    #[arg(long = "field", value_name = "NAME=VALUE")]
    pub fields: Vec<String>,
    /// Use this id instead of the slug of the name.
    #[arg(long)]
    pub id: Option<String>,
}

/// Run `crm add`.
pub fn run(a: AddArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let mut fields = Vec::new();
    for f in &a.fields {
        let Some((k, v)) = f.split_once('=') else {
            return Err(crm::Error::usage(format!(
                "--field '{f}': write NAME=VALUE"
            )));
        };
        fields.push((k.trim().to_string(), v.to_string()));
    }
    let n = NewCustomer {
        name: a.name,
        stage: a.stage,
        owner: a.owner,
        tags: a.tags,
        email: a.email,
        phone: a.phone,
        website: a.website,
        address: a.address,
        reg_code: a.reg_code,
        notes: a.note,
        fields,
        id: a.id,
    };
    let o = ops::customer::add(&op, &n)?;
    print_outcome(ctx, &o, true)
}
