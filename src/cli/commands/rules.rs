//! `crm rules`: the warning rules in force.

use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crate::cli::read::{ReadCtx, print};
use crm::Result;
use serde_json::{Map, Value};

/// What `crm rules` prints: records, in every `-f` format.
pub const PRINTS: Prints = Prints::Records;

/// List the warning rules: the built-in ones (overdue, stale, budget-80,
/// over-budget, contract-ending) as crm.toml changes them, then the
/// firm's own.
///
/// A rule is a query in the query language, what it is about (each
/// matching customer, activity or deal is one warning; for
/// contract-ending, each contract of the matching customers whose notice
/// date or end is near), a message, and
/// whose agenda shows it. Write them in crm.toml as [[rules]]; `crm
/// check --rules` lists what they find across the store.
///
/// Example: crm rules -f json
#[derive(Debug, Default, clap::Args)]
pub struct RulesArgs {}

/// Run `crm rules`.
pub fn run(_: RulesArgs, ctx: &Ctx) -> Result<()> {
    let rc = ReadCtx::open(ctx)?;
    let rules = rc.rules()?;
    let mut rec = crate::cli::output::Records::new(&[
        "name", "enabled", "on", "for", "query", "message", "origin",
    ]);
    rec.id_key = "name".into();
    for r in &rules.all {
        let mut m = Map::new();
        m.insert("name".into(), Value::from(r.name.clone()));
        m.insert("enabled".into(), Value::from(r.enabled));
        m.insert("on".into(), Value::from(r.on.name()));
        m.insert("for".into(), Value::from(r.for_.name()));
        m.insert("query".into(), Value::from(r.query_text.clone()));
        m.insert("message".into(), Value::from(r.message.clone()));
        m.insert(
            "origin".into(),
            serde_json::to_value(r.origin).unwrap_or(Value::Null),
        );
        rec.rows.push(m);
    }
    print(ctx, &rec)
}
