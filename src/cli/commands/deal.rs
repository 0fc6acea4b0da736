//! `crm deal add|set|show|rm`.

use super::print_outcome;
use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::{self, Format, Prints};
use crm::Result;
use crm::model::{Customer, Deal};
use crm::ops::{self, Assignment, deal::NewDeal};
use crm::query::{Period, Query, QueryEnv, when};
use crm::report::{Input, amount_number, deals::DealRow};
use serde_json::{Map, Value, json};
use std::io::Write;

/// What `crm deal show` prints: the card, or the deal as JSON (the other
/// subcommands print no records; see [`DealCommand::prints`]).
pub const PRINTS: Prints = Prints::Only(&[Format::Table, Format::Json, Format::Jsonl]);

/// Offers, contracts and sales.
#[derive(Debug, clap::Subcommand)]
pub enum DealCommand {
    /// Add a deal to a customer; prints its id.
    ///
    /// With --item PRODUCT:QUANTITY (products of the catalogue, `crm
    /// products`) the deal gets lines at the list price (PRODUCT:N@PRICE
    /// for another price) and, unless --amount is given, their sum as its
    /// amount.
    ///
    /// Example: crm deal add aripaev "Annual package" --item training:3 --item support-year:1 --stage offer --probability 60 --expected 2026-12-15
    Add {
        /// The customer.
        customer: String,
        /// What is being sold.
        title: String,
        /// The amount, e.g. 12000 or 1200.50 (default: the sum of the lines).
        #[arg(long, allow_hyphen_values = true)]
        amount: Option<String>,
        /// A line: PRODUCT[:QUANTITY][@PRICE], e.g. training:3 (repeatable).
        #[arg(long = "item", value_name = "PRODUCT:N")]
        items: Vec<String>,
        /// Currency code (default: the products', else crm.toml currency).
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
    },
    /// Change a deal: title, amount, currency, stage, probability, expected,
    /// closed, owner, reason, and its lines (item+=PRODUCT:N adds, item-=PRODUCT
    /// removes, item=PRODUCT:N sets the quantity; the amount follows the
    /// lines unless given). Moving it to won or lost sets closed to today
    /// unless given; every change of stage is dated in the file. ID is any
    /// unique prefix of the deal's id.
    ///
    /// Example: crm deal set d7k2 stage=lost reason="price"
    Set {
        /// The deal id or a unique prefix of it.
        id: String,
        /// KEY=VALUE.
        #[arg(required = true, value_name = "KEY=VALUE")]
        assignments: Vec<String>,
    },
    /// Show a deal: its customer, stage and since when, amount, lines and
    /// the dates of its stages. -f json prints it as one object.
    ///
    /// Example: crm deal show d7k2
    Show {
        /// The deal id or a unique prefix of it.
        id: String,
    },
    /// Remove a deal (the history keeps it).
    ///
    /// Example: crm deal rm d7k2
    Rm {
        /// The deal id or a unique prefix of it.
        id: String,
    },
}

impl DealCommand {
    /// `show` prints a deal; the others print no records.
    pub fn prints(&self) -> Prints {
        match self {
            DealCommand::Show { .. } => PRINTS,
            _ => Prints::Nothing,
        }
    }
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
            items,
            currency,
            stage,
            probability,
            expected,
        } => {
            let expected = expected
                .as_deref()
                .map(|s| when::parse_date("--expected", s, op.now.date_naive()))
                .transpose()?;
            let n = NewDeal {
                title,
                amount,
                currency,
                stage,
                probability,
                expected,
                items,
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
        DealCommand::Rm { id } => {
            let o = ops::deal::rm(&op, &id)?;
            print_outcome(ctx, &o, false)
        }
        DealCommand::Show { id } => {
            let (c, d) = ops::deal::find(&op, &id)?;
            let env = QueryEnv {
                config: &store.config,
                today: op.now.date_naive(),
                user: Some(&op.user),
            };
            let query = Query::all(&env);
            let inp = Input {
                query: &query,
                period: Period::ALL,
                currency: &store.config.currency,
                deal_stages: &store.config.deal_stages,
                today: env.today,
            };
            let obj = deal_object(&inp, &store.config, &c, &d);
            let mut out = std::io::stdout().lock();
            match ctx.format_or(Format::Table) {
                Format::Json | Format::Jsonl => {
                    let s = if ctx.format == Some(Format::Jsonl) {
                        serde_json::to_string(&obj)
                    } else {
                        serde_json::to_string_pretty(&obj)
                    }
                    .map_err(|e| crm::Error::other(e.to_string(), None))?;
                    writeln!(out, "{s}").map_err(out_err)
                }
                _ => card(&mut out, ctx, &obj).map_err(out_err),
            }
        }
    }
}

/// A deal as one JSON object: the row of `crm deals`, then its lines and
/// the dates of its stages (docs/json.md).
fn deal_object(
    inp: &Input,
    cfg: &crm::model::config::Config,
    c: &Customer,
    d: &Deal,
) -> Map<String, Value> {
    let row = DealRow::of(inp, c, d);
    let mut m = match serde_json::to_value(&row) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    };
    m.insert(
        "lines".into(),
        Value::Array(
            d.lines
                .iter()
                .map(|l| {
                    json!({
                        "product": l.product,
                        "name": cfg.product(&l.product).map(|p| p.name.clone()),
                        "quantity": Value::Number(amount_number(l.quantity)),
                        "price": Value::Number(amount_number(l.price)),
                        "amount": Value::Number(amount_number(l.amount())),
                    })
                })
                .collect(),
        ),
    );
    m.insert(
        "stages".into(),
        Value::Object(
            d.stages
                .iter()
                .map(|s| (s.stage.clone(), json!(s.on.to_string())))
                .collect(),
        ),
    );
    m
}

/// The deal's card, from its JSON object (text escaped for the terminal).
fn card(out: &mut dyn Write, ctx: &Ctx, o: &Map<String, Value>) -> std::io::Result<()> {
    let s = |k: &str| output::clean(&output::cell(o.get(k)));
    writeln!(out, "{}  ({})", ctx.bold(&s("title")), s("id"))?;
    let mut row = |k: &str, v: String| -> std::io::Result<()> {
        if !v.trim().is_empty() {
            writeln!(out, "  {k:<9} {v}")?;
        }
        Ok(())
    };
    row("customer", format!("{}  ({})", s("customer"), s("name")))?;
    let since = match (o.get("since").and_then(Value::as_str), s("age")) {
        (Some(d), age) if !age.is_empty() => format!(" since {d} ({age} days)"),
        _ => String::new(),
    };
    row("stage", format!("{}{since}", s("stage")))?;
    let prob = match s("probability") {
        p if p.is_empty() => String::new(),
        p => format!("  ({p}%, weighted {})", s("weighted")),
    };
    row("amount", format!("{} {}{prob}", s("amount"), s("currency")))?;
    row("expected", s("expected"))?;
    row("closed", s("closed"))?;
    row("owner", s("owner"))?;
    row("reason", s("reason"))?;
    if let Some(Value::Array(lines)) = o.get("lines")
        && !lines.is_empty()
    {
        writeln!(out, "\n{}", ctx.bold("Lines"))?;
        for l in lines {
            let f = |k: &str| output::clean(&output::cell(l.get(k)));
            writeln!(
                out,
                "  {:<16} {:<24} {} × {} = {}",
                f("product"),
                f("name"),
                f("quantity"),
                f("price"),
                f("amount")
            )?;
        }
    }
    if let Some(Value::Object(stages)) = o.get("stages")
        && !stages.is_empty()
    {
        writeln!(out, "\n{}", ctx.bold("Stages"))?;
        for (k, v) in stages {
            writeln!(
                out,
                "  {:<10} {}",
                output::clean(k),
                output::clean(&output::cell(Some(v)))
            )?;
        }
    }
    Ok(())
}
