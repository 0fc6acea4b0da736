//! `crm task`: a follow-up for me or a colleague; `crm task ls`: open
//! tasks.

use super::log::read_text;
use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::{Format, Prints};
use crate::cli::read::{QueryArgs, ReadCtx, print, records};
use crm::ops::{self, activity::NewActivity};
use crm::query::when;
use crm::report::tasks::{self, TaskRow};
use crm::{Error, Result};

/// What `crm task` prints: `crm task ls` prints records in every `-f`
/// format; adding a task prints its id (see [`TaskArgs::prints`]).
pub const PRINTS: Prints = Prints::Records;

/// Add a task (an activity of kind task); prints its id. `crm task ls`
/// lists open tasks.
///
/// Without --due the task has no date (the agenda lists it under "no
/// date"). DATE: 2026-12-01, tomorrow, friday, "next monday", "in 2
/// weeks", +3d, or a time: 2026-12-24T10:00, "friday 14:00".
/// --every repeats it: `crm done` closes this one and adds the next, due
/// one interval later.
///
/// Example: crm task aripaev "Send the signed contract" --due friday --for jaan
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct TaskArgs {
    #[command(subcommand)]
    pub command: Option<TaskCommand>,
    /// The customer.
    #[arg(required = true)]
    pub customer: Option<String>,
    /// What is to be done; "-" reads stdin.
    #[arg(required = true)]
    pub text: Option<String>,
    /// When it is due (default: no date).
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// Whose task it is (default: you).
    #[arg(long = "for", value_name = "HANDLE")]
    pub for_: Option<String>,
    /// The contact person involved.
    #[arg(long, value_name = "PERSON")]
    pub with: Option<String>,
    /// Repeat: daily, weekly, monthly, quarterly, yearly, or 2w, 1m, 3m, 1y.
    #[arg(long, value_name = "INTERVAL")]
    pub every: Option<String>,
    /// high, medium or low (h, m, l).
    #[arg(long, short = 'P', value_name = "PRIORITY")]
    pub priority: Option<String>,
}

/// `crm task ls`.
#[derive(Debug, clap::Subcommand)]
pub enum TaskCommand {
    /// Open tasks and follow-ups (yours unless --all): due date, priority,
    /// repeat, customer, text. Overdue first, tasks without a date last.
    ///
    /// The query selects tasks (priority:high due<+7d every:weekly) and
    /// their customers (tag:vip); --done lists done ones instead.
    ///
    /// Example: crm task ls priority:high --all -f csv
    Ls {
        /// Everybody's tasks, not only yours.
        #[arg(long)]
        all: bool,
        /// Done tasks instead of open ones.
        #[arg(long)]
        done: bool,
        #[command(flatten)]
        query: QueryArgs,
    },
}

impl TaskArgs {
    /// What this `crm task` prints: records for `ls`, an id otherwise.
    pub fn prints(&self) -> Prints {
        match self.command {
            Some(TaskCommand::Ls { .. }) => Prints::Records,
            None => Prints::Nothing,
        }
    }
}

/// Run `crm task`.
pub fn run(a: TaskArgs, ctx: &Ctx) -> Result<()> {
    if let Some(TaskCommand::Ls { all, done, query }) = a.command {
        return ls(ctx, all, done, &query);
    }
    let (Some(customer), Some(text)) = (a.customer, a.text) else {
        return Err(Error::usage("crm task CUSTOMER TEXT: both are needed"));
    };
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let due = a
        .due
        .as_deref()
        .map(|s| when::parse_due("--due", s, &store.settings().clock))
        .transpose()?;
    let text = read_text(Some(text))?;
    let n = NewActivity {
        kind: "task".into(),
        text,
        at: None,
        minutes: None,
        with: a.with,
        due,
        by: a.for_,
        every: a.every,
        priority: a.priority,
    };
    let o = ops::activity::log(&op, &customer, &n)?;
    print_outcome(ctx, &o, true)
}

fn ls(ctx: &Ctx, all: bool, done: bool, q: &QueryArgs) -> Result<()> {
    let rc = ReadCtx::open(ctx)?;
    let query = rc.query(q)?;
    let user = if all {
        None
    } else {
        Some(ctx.op(&rc.store)?.user)
    };
    let kinds = &rc.store.config.complaint_kinds;
    let o = tasks::Options {
        user: user.as_deref(),
        done,
        complaints: false,
        complaint_kinds: kinds,
        today: rc.today,
    };
    let mut rows: Vec<TaskRow> = rc
        .scan(ctx, |c| {
            let r = tasks::rows_of(c, &query, &o);
            (!r.is_empty()).then_some(r)
        })?
        .into_iter()
        .flatten()
        .collect();
    tasks::sort(&mut rows);
    let table = ctx.format_or(Format::Table) == Format::Table;
    let cols: &[&str] = if table {
        &["id", "due", "priority", "every", "customer", "by", "text"]
    } else {
        tasks::CSV_COLUMNS
    };
    let mut r = records(&rows, cols, "id")?;
    if table {
        tasks::shorten_due(&mut r.rows);
    }
    print(ctx, &r)
}
