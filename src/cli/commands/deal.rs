//! `crm deal add|set`.

use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::Result;
use crm::ops::{self, Assignment, deal::NewDeal};
use crm::query::when;

/// What `crm deal` prints: no records (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Offers, contracts and sales.
#[derive(Debug, clap::Subcommand)]
pub enum DealCommand {
    /// Add a deal to a customer; prints its id.
    ///
    /// Example: crm deal add aripaev "Annual advertising package" --amount 12000 --stage offer --probability 60 --expected 2026-12-15
    Add {
        /// The customer.
        customer: String,
        /// What is being sold.
        title: String,
        /// The amount, e.g. 12000 or 1200.50.
        #[arg(long, allow_hyphen_values = true)]
        amount: String,
        /// Currency code (default: crm.toml currency).
        #[arg(long)]
        currency: Option<String>,
        /// Deal stage (default: the first of crm.toml deal_stages).
        #[arg(long)]
        stage: Option<String>,
        /// Chance of winning in percent; weights the pipeline.
        #[arg(long)]
        probability: Option<u8>,
        /// Expected close date.
        #[arg(long, value_name = "DATE")]
        expected: Option<String>,
        /// The last day of the contract (the built-in rule contract-ending
        /// warns 30 days before it).
        #[arg(long, value_name = "DATE")]
        ends: Option<String>,
    },
    /// Change a deal: title, amount, currency, stage, probability, expected,
    /// closed, ends, owner. Moving it to won or lost sets closed to today unless
    /// given. ID is any unique prefix of the deal's id.
    ///
    /// Example: crm deal set d7k2 stage=won
    Set {
        /// The deal id or a unique prefix of it.
        id: String,
        /// KEY=VALUE.
        #[arg(required = true, value_name = "KEY=VALUE")]
        assignments: Vec<String>,
    },
}

/// Run `crm deal …`.
pub fn run(c: DealCommand, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    match c {
        DealCommand::Add {
            customer,
            title,
            amount,
            currency,
            stage,
            probability,
            expected,
            ends,
        } => {
            let expected = expected
                .as_deref()
                .map(|s| when::parse_date("--expected", s, op.now.date_naive()))
                .transpose()?;
            let ends = ends
                .as_deref()
                .map(|s| when::parse_date("--ends", s, op.now.date_naive()))
                .transpose()?;
            let n = NewDeal {
                title,
                amount,
                currency,
                stage,
                probability,
                expected,
                ends,
            };
            let o = ops::deal::add(&op, &customer, &n)?;
            print_outcome(ctx, &o, true)
        }
        DealCommand::Set { id, assignments } => {
            let a = assignments
                .iter()
                .map(|s| Assignment::parse(s))
                .collect::<Result<Vec<_>>>()?;
            let o = ops::deal::set(&op, &id, &a)?;
            print_outcome(ctx, &o, false)
        }
    }
}
