//! `crm contract add|set|rm|ls`: a customer's agreements.

use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crate::cli::read::{QueryArgs, ReadCtx, print, records};
use crm::Result;
use crm::ops::{self, Assignment, contract::NewContract};
use crm::query::{Period, when};
use crm::report::{Input, contracts};

/// What `crm contract ls` prints: records, in every `-f` format (the other
/// subcommands print no records; see [`ContractCommand::prints`]).
pub const PRINTS: Prints = Prints::Records;

/// Contracts: agreements that run from a start to an end, worth a value per
/// month, quarter or year, with a notice period and automatic renewal.
#[derive(Debug, clap::Subcommand)]
pub enum ContractCommand {
    /// Add a contract to a customer; prints its id.
    ///
    /// --value is per --every period (month, quarter, year), or once
    /// without --every; with --product the product's price and period are
    /// the default. --notice (3m, 30d, 2w) before the end is the last day
    /// to cancel; --auto-renew renews it for another term at each end.
    ///
    /// Example: crm contract add aripaev "Support 2027" --start 2027-01-01 --end 2027-12-31 --value 400 --every month --notice 3m --auto-renew
    Add {
        /// The customer.
        customer: String,
        /// What the agreement is.
        title: String,
        /// First day (default: today).
        #[arg(long, value_name = "DATE")]
        start: Option<String>,
        /// Last day (none: until further notice).
        #[arg(long, value_name = "DATE")]
        end: Option<String>,
        /// The value per period (or once), e.g. 400 or 4800.
        #[arg(long, allow_hyphen_values = true)]
        value: Option<String>,
        /// Currency code (default: the product's, else crm.toml currency).
        #[arg(long)]
        currency: Option<String>,
        /// The value is per month, quarter or year.
        #[arg(long, value_name = "PERIOD")]
        every: Option<String>,
        /// Notice period before the end: 3m, 30d, 2w, 1y.
        #[arg(long, value_name = "SPAN")]
        notice: Option<String>,
        /// Renews by itself for another term at each end.
        #[arg(long)]
        auto_renew: bool,
        /// The product of the catalogue it is for.
        #[arg(long)]
        product: Option<String>,
        /// The deal it came from (an id).
        #[arg(long)]
        deal: Option<String>,
    },
    /// Change a contract: title, start, end, value, currency, every,
    /// notice, auto_renew, product, deal, owner (KEY= removes an optional
    /// one). ID is any unique prefix of the contract's id.
    ///
    /// Example: crm contract set c7k2 end=2027-12-31 auto_renew=true
    Set {
        /// The contract id or a unique prefix of it.
        id: String,
        /// KEY=VALUE.
        #[arg(required = true, value_name = "KEY=VALUE")]
        assignments: Vec<String>,
    },
    /// Remove a contract (the history keeps it).
    ///
    /// Example: crm contract rm c7k2
    Rm {
        /// The contract id or a unique prefix of it.
        id: String,
    },
    /// List the contracts of the customers matching a query, by their next
    /// end: when each ends or renews, the last day to give notice, its
    /// value and monthly recurring revenue.
    ///
    /// Example: crm contract ls owner:me -f csv
    Ls {
        #[command(flatten)]
        query: QueryArgs,
    },
}

impl ContractCommand {
    /// `ls` prints records; the others print none.
    pub fn prints(&self) -> Prints {
        match self {
            ContractCommand::Ls { .. } => PRINTS,
            _ => Prints::Nothing,
        }
    }
}

/// The columns of contract rows in tables and CSV.
pub const COLUMNS: &[&str] = &[
    "customer",
    "id",
    "title",
    "start",
    "next_end",
    "event",
    "notice_by",
    "value",
    "currency",
    "every",
    "mrr",
    "owner",
];

/// Run `crm contract …`.
pub fn run(c: ContractCommand, ctx: &Ctx) -> Result<()> {
    if let ContractCommand::Ls { query } = &c {
        let rc = ReadCtx::open(ctx)?;
        let query = rc.query(query)?;
        let cfg = &rc.store.config;
        let inp = Input {
            query: &query,
            period: Period::ALL,
            currency: &cfg.currency,
            deal_stages: &cfg.deal_stages,
            today: rc.today,
        };
        let mut rows =
            super::report::money::contract_rows(ctx, &rc, &inp, |c| contracts::list_of(&inp, c))?;
        contracts::sort(&mut rows);
        return print(ctx, &records(&rows, COLUMNS, "id")?);
    }
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let today = op.now.date_naive();
    match c {
        ContractCommand::Add {
            customer,
            title,
            start,
            end,
            value,
            currency,
            every,
            notice,
            auto_renew,
            product,
            deal,
        } => {
            let date = |flag: &str, s: Option<String>| {
                s.as_deref()
                    .map(|s| when::parse_date(flag, s, today))
                    .transpose()
            };
            let n = NewContract {
                title,
                start: date("--start", start)?.unwrap_or(today),
                end: date("--end", end)?,
                value,
                currency,
                every,
                notice,
                auto_renew,
                product,
                deal,
            };
            let o = ops::contract::add(&op, &customer, &n)?;
            print_outcome(ctx, &o, true)
        }
        ContractCommand::Set { id, assignments } => {
            let a = assignments
                .iter()
                .map(|s| Assignment::parse(s))
                .collect::<Result<Vec<_>>>()?;
            let o = ops::contract::set(&op, &id, &a)?;
            print_outcome(ctx, &o, false)
        }
        ContractCommand::Rm { id } => {
            let o = ops::contract::rm(&op, &id)?;
            print_outcome(ctx, &o, false)
        }
        ContractCommand::Ls { .. } => Ok(()),
    }
}
