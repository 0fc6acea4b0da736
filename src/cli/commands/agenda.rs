//! `crm agenda` (and `crm` alone): what needs me today and in the next days.

use crate::cli::output::clean;
use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::Format;
use crate::cli::output::Prints;
use crate::cli::read::{ReadCtx, print, records};
use crm::report::agenda::{self, Item, Options, Section};
use crm::{Error, Result};
use std::io::Write;

/// What `crm agenda` prints: records, in every `-f` format.
pub const PRINTS: Prints = Prints::Records;

/// Your agenda: overdue tasks, open complaints, tasks due and meetings in
/// the next days, warnings, contracts to give notice on or ending,
/// contacts' birthdays, customers not contacted for too long, and tasks
/// with no date.
///
/// Yours unless --all: tasks, complaints and meetings whose `by` is you;
/// birthdays of the customers you own; warnings as their rule says (`crm
/// rules`; overdue tasks, stale customers, time budgets and contracts
/// ending are rules a firm can change in crm.toml). `crm` with no arguments shows it.
///
/// Example: crm agenda --days 14 --all
#[derive(Debug, Default, clap::Args)]
pub struct AgendaArgs {
    /// How many days after today the window covers.
    #[arg(long, value_name = "N", default_value_t = 7)]
    pub days: u32,
    /// Everybody's agenda, not only yours.
    #[arg(long)]
    pub all: bool,
}

/// `crm` with no command: the agenda, or the help when there is no store
/// yet (a newcomer's first `crm` should say how to start).
pub fn bare(ctx: &Ctx) -> Result<()> {
    match ctx.store() {
        Err(Error::Store { .. }) => {
            use clap::CommandFactory;
            let mut out = std::io::stdout().lock();
            crate::cli::Cli::command()
                .write_help(&mut out)
                .map_err(out_err)?;
            Ok(())
        }
        _ => run(
            AgendaArgs {
                days: 7,
                all: false,
            },
            ctx,
        ),
    }
}

/// Run `crm agenda`.
pub fn run(a: AgendaArgs, ctx: &Ctx) -> Result<()> {
    let rc = ReadCtx::open(ctx)?;
    let user = if a.all {
        None
    } else {
        Some(ctx.op(&rc.store)?.user)
    };
    let rules = rc.rules()?;
    let options = Options {
        user: user.as_deref(),
        today: rc.today,
        days: a.days,
        rules: &rules,
        complaint_kinds: &rc.store.config.complaint_kinds,
    };
    // Each customer's lines as it is read, in id order; then the sort.
    let mut items: Vec<Item> = rc
        .scan(ctx, |c| {
            let items = agenda::items_of(c, &options);
            (!items.is_empty()).then_some(items)
        })?
        .into_iter()
        .flatten()
        .collect();
    agenda::sort(&mut items);
    match ctx.format_or(Format::Table) {
        Format::Table => human(ctx, &items, &a, user.as_deref(), rc.today),
        _ => {
            let r = records(
                &items,
                &["section", "date", "time", "customer", "id", "by", "text", "rule"],
                "customer",
            )?;
            print(ctx, &r)
        }
    }
}

fn human(
    ctx: &Ctx,
    items: &[Item],
    a: &AgendaArgs,
    user: Option<&str>,
    today: chrono::NaiveDate,
) -> Result<()> {
    let mut out = std::io::stdout().lock();
    let whose = user.map_or("Everybody's".to_string(), |u| format!("{u}'s"));
    let head = format!(
        "{whose} agenda for {} (today and the next {} days)",
        today.format("%a %Y-%m-%d"),
        a.days
    );
    writeln!(out, "{}", ctx.bold(&head)).map_err(out_err)?;
    if items.is_empty() {
        writeln!(
            out,
            "\nNothing due. Log what you did with `crm log CUSTOMER KIND TEXT`."
        )
        .map_err(out_err)?;
        return Ok(());
    }
    let mut current: Option<Section> = None;
    for it in items {
        if current != Some(it.section) {
            current = Some(it.section);
            let n = items.iter().filter(|x| x.section == it.section).count();
            let title = format!("{} ({n})", it.section.title());
            let late = it.section == Section::Complaint
                && items
                    .iter()
                    .any(|x| x.section == Section::Complaint && x.date.is_some_and(|d| d < today));
            let title = if it.section == Section::Overdue || late {
                ctx.red(&title)
            } else {
                ctx.bold(&title)
            };
            writeln!(out, "\n{title}").map_err(out_err)?;
        }
        let date = match (it.section, it.date) {
            (Section::Stale, Some(d)) => format!("last {d}"),
            (Section::Stale, None) => "never".to_string(),
            // A warning's date is in its row (-f json); here its rule.
            (Section::Warning, _) => it.rule.clone().unwrap_or_default(),
            (Section::Complaint, Some(d)) if d < today => format!("{} late", d.format("%a %m-%d")),
            (Section::Complaint | Section::Undated, None) => "no date".to_string(),
            (_, Some(d)) if d == today => "today".to_string(),
            (_, Some(d)) => d.format("%a %m-%d").to_string(),
            (_, None) => String::new(),
        };
        let when = match &it.time {
            Some(t) => format!("{date} {t}"),
            None => date,
        };
        let mut line = format!(
            "  {:<16} {:<28} {}",
            clean(&when),
            clean(&it.customer),
            clean(&it.text)
        );
        if user.is_none()
            && let Some(b) = &it.by
        {
            line.push_str(&format!("  [{}]", clean(b)));
        }
        if let Some(id) = &it.id {
            line.push_str(&format!("  {}", ctx.dim(&clean(id))));
        }
        writeln!(out, "{}", line.trim_end()).map_err(out_err)?;
    }
    Ok(())
}
