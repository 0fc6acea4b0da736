//! `crm products [add|set|rm]`: the catalogue of products and services in
//! `crm.toml`.

use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crate::cli::read::{print, records};
use crm::Result;
use crm::ops::{self, Assignment, product::NewProduct};
use crm::report::amount;
use rust_decimal::Decimal;
use serde::Serialize;

/// What `crm products` prints: the catalogue, in every `-f` format (its
/// subcommands print no records; see [`ProductsArgs::prints`]).
pub const PRINTS: Prints = Prints::Records;

/// The catalogue of products and services (crm.toml [[products]]): id,
/// name, unit, price, currency, and the period of a recurring price.
/// Deal lines (crm deal add … --item ID:N) and contracts name them by id.
///
/// Example: crm products -f csv
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ProductsArgs {
    #[command(subcommand)]
    pub command: Option<ProductsCommand>,
}

/// Changes to the catalogue, each one commit of `crm.toml`.
#[derive(Debug, clap::Subcommand)]
pub enum ProductsCommand {
    /// Add a product or service to the catalogue.
    ///
    /// Example: crm products add training "Training day" --price 1200 --unit day
    Add {
        /// Short and stable: lowercase letters, digits and -.
        id: String,
        /// What it is called.
        name: String,
        /// The price of one unit, e.g. 1200 or 49.90.
        #[arg(long, allow_hyphen_values = true)]
        price: String,
        /// What one unit is: day, hour, licence …
        #[arg(long)]
        unit: Option<String>,
        /// Currency code (default: crm.toml currency).
        #[arg(long)]
        currency: Option<String>,
        /// A recurring price: per month, quarter or year.
        #[arg(long, value_name = "PERIOD")]
        every: Option<String>,
    },
    /// Change a product: name, unit, price, currency, every (KEY= removes
    /// unit, currency or every). Deals keep the prices they were made at.
    ///
    /// Example: crm products set training price=1300
    Set {
        /// The product id.
        id: String,
        /// KEY=VALUE.
        #[arg(required = true, value_name = "KEY=VALUE")]
        assignments: Vec<String>,
    },
    /// Remove a product from the catalogue (deals keep their lines; `crm
    /// check` names the ones that refer to it).
    ///
    /// Example: crm products rm training
    Rm {
        /// The product id.
        id: String,
    },
}

impl ProductsArgs {
    /// The list prints records; changes print none.
    pub fn prints(&self) -> Prints {
        match self.command {
            None => PRINTS,
            Some(_) => Prints::Nothing,
        }
    }
}

/// One product as `crm products` lists it.
#[derive(Debug, Serialize)]
struct ProductRow<'a> {
    id: &'a str,
    name: &'a str,
    unit: Option<&'a str>,
    #[serde(serialize_with = "amount")]
    price: Decimal,
    currency: &'a str,
    every: Option<&'a str>,
}

/// Run `crm products …`.
pub fn run(a: ProductsArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let Some(cmd) = a.command else {
        let cfg = &store.config;
        let rows: Vec<ProductRow> = cfg
            .products
            .iter()
            .map(|p| ProductRow {
                id: &p.id,
                name: &p.name,
                unit: p.unit.as_deref(),
                price: p.price.normalize(),
                currency: p.currency.as_deref().unwrap_or(&cfg.currency),
                every: p.every.as_deref(),
            })
            .collect();
        let r = records(
            &rows,
            &["id", "name", "unit", "price", "currency", "every"],
            "id",
        )?;
        return print(ctx, &r);
    };
    let op = ctx.op(&store)?;
    match cmd {
        ProductsCommand::Add {
            id,
            name,
            price,
            unit,
            currency,
            every,
        } => {
            let n = NewProduct {
                id,
                name,
                price,
                unit,
                currency,
                every,
            };
            let o = ops::product::add(&op, &n)?;
            print_outcome(ctx, &o, false)
        }
        ProductsCommand::Set { id, assignments } => {
            let a = assignments
                .iter()
                .map(|s| Assignment::parse(s))
                .collect::<Result<Vec<_>>>()?;
            let o = ops::product::set(&op, &id, &a)?;
            print_outcome(ctx, &o, false)
        }
        ProductsCommand::Rm { id } => {
            let o = ops::product::rm(&op, &id)?;
            print_outcome(ctx, &o, false)
        }
    }
}
