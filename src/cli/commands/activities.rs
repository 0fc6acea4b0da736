//! `crm activities`: activities across customers, newest first.

use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crate::cli::output::{Format, Records};
use crate::cli::read::{PeriodArgs, QueryArgs, ReadCtx, print};
use crm::Result;
use crm::model::Activity;
use crm::query::Period;
use serde_json::{Map, json};

/// What `crm activities` prints: records, in every `-f` format.
pub const PRINTS: Prints = Prints::Records;

/// List activities across customers, newest first.
///
/// The query selects activities (kind:call by:me minutes>=30 due<today
/// is:open) and their customers (tag:vip stage:customer customer:acme);
/// bare words search the activity's text and the customer's name.
///
/// Example: crm activities by:me -p 'this week' -f csv
#[derive(Debug, clap::Args)]
pub struct ActivitiesArgs {
    #[command(flatten)]
    pub query: QueryArgs,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// From this date on (a date or a period: its first day).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Up to this date, included (a date or a period: its last day).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// At most this many (the newest).
    #[arg(short = 'n', long, value_name = "N")]
    pub limit: Option<usize>,
}

/// Run `crm activities`.
pub fn run(a: ActivitiesArgs, ctx: &Ctx) -> Result<()> {
    let rc = ReadCtx::open(ctx)?;
    let query = rc.query(&a.query)?;
    let period = Period::with_bounds(
        a.period.during.as_deref(),
        a.since.as_deref(),
        a.until.as_deref(),
        rc.today,
    )?;
    // Only the activities that pass are kept, with their customer's id.
    let kept: Vec<(String, Vec<Activity>)> = rc.scan(ctx, |c| {
        let acts = crm::report::activities_of(c, &query, &period);
        (!acts.is_empty()).then(|| (c.id.clone(), acts.into_iter().cloned().collect()))
    })?;
    let mut list: Vec<(&str, &Activity)> = kept
        .iter()
        .flat_map(|(id, acts)| acts.iter().map(move |a| (id.as_str(), a)))
        .collect();
    crm::report::sort_activities(&mut list);
    let table = ctx.format_or(Format::Table) == Format::Table;
    let mut records = Records::new(if table {
        &["at", "customer", "kind", "by", "minutes", "text", "id"]
    } else {
        &[
            "customer", "id", "at", "kind", "by", "with", "text", "minutes", "due", "done",
        ]
    });
    let take = a.limit.unwrap_or(usize::MAX);
    for (c, act) in list.into_iter().take(take) {
        let mut m = Map::new();
        m.insert("customer".into(), json!(c));
        m.insert("id".into(), json!(act.id));
        m.insert(
            "at".into(),
            json!(if table {
                act.at.format("%Y-%m-%d %H:%M").to_string()
            } else {
                act.at.to_rfc3339()
            }),
        );
        m.insert("kind".into(), json!(act.kind));
        m.insert("by".into(), json!(act.by));
        // The table shows none of these: tens of thousands of rows are
        // lighter without them.
        if !table {
            m.insert("with".into(), json!(act.with));
        }
        let text = if table {
            act.text
                .as_deref()
                .map(|t| t.lines().next().unwrap_or("").to_string())
        } else {
            act.text.clone()
        };
        m.insert("text".into(), json!(text));
        m.insert("minutes".into(), json!(act.minutes));
        if !table {
            m.insert("due".into(), json!(act.due.map(|d| d.to_string())));
            m.insert("done".into(), json!(act.done));
        }
        records.rows.push(m);
    }
    print(ctx, &records)
}
