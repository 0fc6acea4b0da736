//! `crm deals`: every deal across customers, one row each; `--board` shows
//! the open pipeline as columns by stage.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::{self, Format, Prints, Records};
use crate::cli::read::{PeriodArgs, QueryArgs, ReadCtx, print, records};
use crm::model::Customer;
use crm::query::Query;
use crm::report::{Input, deals::DealRow};
use crm::{Error, Result};
use rust_decimal::Decimal;
use serde_json::{Map, Value};
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::io::Write;

/// What `crm deals` prints: records, in every `-f` format (the board is
/// a table only).
pub const PRINTS: Prints = Prints::Records;

/// List deals across customers: customer, id, title, stage, amount,
/// currency, probability, weighted amount, expected and closed dates,
/// owner, and days in the current stage.
///
/// The query selects deals (stage:offer owner:me amount>5000
/// expected<=+30d product:training is:open reason:price) and their
/// customers (tag:vip); here `stage:` is the deal's stage when the value
/// is a deal stage. -p selects by expected date (open deals) or closed date
/// (won and lost). Sorted by stage, then date, unless --sort says.
///
/// Example: crm deals stage:offer 'amount>5000' --sort -amount -f csv
#[derive(Debug, clap::Args)]
pub struct DealsArgs {
    #[command(flatten)]
    pub query: QueryArgs,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Sort by this key (any column, e.g. amount, expected, age, customer);
    /// a leading '-' sorts descending.
    #[arg(long, value_name = "KEY", allow_hyphen_values = true)]
    pub sort: Option<String>,
    /// The open deals as a board: a column per stage with its count and
    /// sum on top, fitted to the terminal.
    #[arg(long)]
    pub board: bool,
}

const COLUMNS: &[&str] = &[
    "customer",
    "id",
    "title",
    "stage",
    "amount",
    "currency",
    "probability",
    "weighted",
    "expected",
    "closed",
    "owner",
    "age",
];

/// Keys `--sort` takes: every key of a row.
const SORT_KEYS: &[&str] = &[
    "customer",
    "name",
    "id",
    "title",
    "stage",
    "amount",
    "currency",
    "probability",
    "weighted",
    "expected",
    "closed",
    "owner",
    "since",
    "age",
    "reason",
];

/// Run `crm deals`.
pub fn run(a: DealsArgs, ctx: &Ctx) -> Result<()> {
    let rc = ReadCtx::open(ctx)?;
    let query = Query::parse_deals(&a.query.query, &rc.env())?;
    let period = rc.period(&a.period)?;
    let sort = match a.sort.as_deref() {
        Some(s) => {
            let (desc, key) = match s.strip_prefix('-') {
                Some(k) => (true, k),
                None => (false, s),
            };
            if !SORT_KEYS.contains(&key) {
                return Err(Error::usage_hint(
                    format!("--sort: '{key}' is not a key of a deal row"),
                    format!("use one of {}", SORT_KEYS.join(", ")),
                ));
            }
            Some((desc, key.to_string()))
        }
        None => None,
    };
    if a.board && !matches!(ctx.format_or(Format::Table), Format::Table) {
        return Err(Error::usage_hint(
            "--board is a table for people",
            "drop -f, or drop --board for the rows in any format",
        ));
    }
    let cfg = &rc.store.config;
    let inp = Input {
        query: &query,
        period,
        currency: &cfg.currency,
        deal_stages: &cfg.deal_stages,
        today: rc.today,
    };
    let keep = |c: &mut Customer| {
        let rows = crm::report::deals::rows_of(&inp, c);
        (!rows.is_empty()).then_some(rows)
    };
    // Unless the query looks at activities, they are never decoded, and
    // customers without a deal that passes are not handed on at all.
    let (kept, broken) = if query.reads_activities() {
        rc.store.scan(keep)?
    } else {
        rc.store
            .scan_heads_where(|c| c.deals.iter().any(|d| query.matches_deal(c, d)), keep)?
    };
    ctx.warn_broken(&broken);
    let mut rows: Vec<DealRow> = kept.into_iter().flatten().collect();
    crm::report::deals::sort_rows(&inp, &mut rows);
    if a.board {
        rows.retain(|r| r.stage != "won" && r.stage != "lost");
        return board(ctx, cfg, &rows);
    }
    let mut recs = records(&rows, COLUMNS, "id")?;
    if let Some((desc, key)) = sort {
        sort_by(&mut recs, &key, desc, &inp);
    }
    print(ctx, &recs)
}

/// Sort records by `key` (stable, so ties keep the default order): numbers
/// by value, text folded, nulls last either way; `stage` by crm.toml's
/// order.
fn sort_by(recs: &mut Records, key: &str, desc: bool, inp: &Input) {
    let cmp = |x: &Map<String, Value>, y: &Map<String, Value>| -> Ordering {
        let (a, b) = (x.get(key), y.get(key));
        let null = |v: Option<&Value>| v.is_none_or(Value::is_null);
        let o = match (null(a), null(b)) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Greater,
            (false, true) => return Ordering::Less,
            _ => match (a, b) {
                (Some(Value::Number(m)), Some(Value::Number(n))) => {
                    let d = |n: &serde_json::Number| {
                        n.to_string().parse::<Decimal>().unwrap_or_default()
                    };
                    d(m).cmp(&d(n))
                }
                (Some(Value::String(s)), Some(Value::String(t))) if key == "stage" => {
                    let rank = |s: &str| {
                        inp.deal_stages
                            .iter()
                            .position(|x| x == s)
                            .unwrap_or(usize::MAX)
                    };
                    rank(s).cmp(&rank(t))
                }
                _ => crm::model::id::fold(&output::cell(a))
                    .cmp(&crm::model::id::fold(&output::cell(b))),
            },
        };
        if desc { o.reverse() } else { o }
    };
    recs.rows.sort_by(cmp);
}

/// The board: a column per open stage (crm.toml's order) headed by its
/// name, count and sum per currency; one cell per deal. On a terminal
/// comfy-table fits it to the width; into a pipe it is plain text.
fn board(ctx: &Ctx, cfg: &crm::model::config::Config, rows: &[DealRow]) -> Result<()> {
    let stages: Vec<&String> = cfg
        .deal_stages
        .iter()
        .filter(|s| *s != "won" && *s != "lost")
        .collect();
    let mut columns: Vec<Vec<&DealRow>> = vec![Vec::new(); stages.len()];
    for r in rows {
        if let Some(i) = stages.iter().position(|s| **s == r.stage) {
            columns[i].push(r);
        }
    }
    let header: Vec<String> = stages
        .iter()
        .zip(&columns)
        .map(|(s, col)| {
            let mut sums: BTreeMap<&str, Decimal> = BTreeMap::new();
            for r in col {
                *sums.entry(r.currency.as_str()).or_default() += r.amount;
            }
            let sum = if sums.is_empty() {
                "0".to_string()
            } else {
                sums.iter()
                    .map(|(c, a)| output::money_text(*a, c))
                    .collect::<Vec<_>>()
                    .join(" + ")
            };
            format!("{} ({})\n{sum}", s.to_uppercase(), col.len())
        })
        .collect();
    let mut t = comfy_table::Table::new();
    if ctx.tty {
        t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
        t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
    } else {
        t.load_style(comfy_table::presets::NOTHING);
        t.force_no_tty();
    }
    t.set_header(header);
    let depth = columns.iter().map(Vec::len).max().unwrap_or(0);
    for i in 0..depth {
        t.add_row(
            columns
                .iter()
                .map(|col| {
                    col.get(i).map_or(String::new(), |r| {
                        let mut s = format!(
                            "{}\n{} · {}",
                            r.title,
                            r.customer,
                            output::money_text(r.amount, &r.currency)
                        );
                        if let Some(e) = r.expected {
                            s.push_str(&format!("\nexp. {e}"));
                        }
                        output::clean(&s)
                    })
                })
                .collect::<Vec<_>>(),
        );
    }
    let mut out = std::io::stdout().lock();
    for line in t.lines() {
        writeln!(out, "{}", line.trim_end()).map_err(out_err)?;
    }
    Ok(())
}
