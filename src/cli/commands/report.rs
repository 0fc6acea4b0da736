//! `crm report …`: pipeline, forecast, activity, turnover, value, stale,
//! complaints, budget, products, contracts, reasons.

pub mod money;

use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crate::cli::read::{PeriodArgs, QueryArgs, ReadCtx, print, records};
use crm::Result;
use crm::model::Customer;
use crm::query::Interval;
use crm::report::{self, ActivityBy, ActivityTally, DealOf, Input};

/// What `crm report` prints: records, in every `-f` format.
pub const PRINTS: Prints = Prints::Records;

/// Reports over deals, activities and customers (docs/json.md lists every
/// column). Each takes a query and -p PERIOD.
#[derive(Debug, clap::Subcommand)]
pub enum ReportCommand {
    /// Open deals by stage: count, amount and probability-weighted amount.
    ///
    /// -p selects deals by expected close date; the query selects deals
    /// (amount>1000 probability>=50) and their customers (tag:vip).
    ///
    /// Example: crm report pipeline --by owner -f csv
    Pipeline {
        /// Also group by owner (the deal's, else the customer's).
        #[arg(long, value_enum, value_name = "owner")]
        by: Option<PipelineBy>,
        #[command(flatten)]
        common: Common,
    },
    /// Open deals by expected close period: count, total and weighted, and
    /// the conversion so far (won / (won + lost) of closed deals), the
    /// amount likely at that rate and the average days to close.
    ///
    /// Example: crm report forecast --period quarterly -p 2027 --by owner
    Forecast {
        /// Row period.
        #[arg(long, value_enum, default_value = "monthly")]
        period: ForecastPeriod,
        /// Also group by owner (the deal's, else the customer's).
        #[arg(long, value_enum, value_name = "owner")]
        by: Option<PipelineBy>,
        #[command(flatten)]
        common: Common,
    },
    /// Count and minutes of activities per user, customer or kind, and per
    /// period: who spends time on whom.
    ///
    /// Example: crm report activity --by customer --period monthly -p 2026 kind:meeting
    Activity {
        /// Group by.
        #[arg(long, value_enum, default_value = "user")]
        by: ActivityGroup,
        /// Also split by period.
        #[arg(long, value_enum)]
        period: Option<ActivityPeriod>,
        #[command(flatten)]
        common: Common,
    },
    /// Won amounts per period (by closed date) and open deals per period
    /// (by expected date); with --contracts also the revenue contracts
    /// bill; with --compare the period (-p, default this month) beside the
    /// one before and the same one a year earlier.
    ///
    /// Example: crm report turnover --period quarterly -p 2026 --contracts
    Turnover {
        /// Row period.
        #[arg(long, value_enum, default_value = "monthly")]
        period: TurnoverPeriod,
        /// Add the revenue of contracts (each billing day of each
        /// contract, in a `contracts` column).
        #[arg(long)]
        contracts: bool,
        /// One row per currency for the period, the one before and the
        /// same one a year earlier, with the change in percent.
        #[arg(long)]
        compare: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Per customer: won turnover, minutes spent, turnover per hour, last
    /// contact — where the firm's time pays. With -p also the time budget
    /// for the period and the rest of it.
    ///
    /// Example: crm report value -p 'this year' owner:me
    Value {
        #[command(flatten)]
        common: Common,
    },
    /// Per product or service of the catalogue (and customer or owner):
    /// open deals holding it, their amount and weighted amount, offers
    /// out, and what was won in the period (-p selects won deals by closed
    /// date). Amounts are the deal lines'.
    ///
    /// Example: crm report products -p 'this year' --by owner
    Products {
        /// Also group by customer or owner.
        #[arg(long, value_enum)]
        by: Option<ProductsGroup>,
        #[command(flatten)]
        common: Common,
    },
    /// Contracts that end or renew in the period (-p; without it, every
    /// contract by its next end), with the last day to give notice; with
    /// --mrr the monthly recurring revenue per customer and in total, on
    /// the period's last day (default today).
    ///
    /// Example: crm report contracts -p 'next quarter' -f csv
    Contracts {
        /// Monthly recurring revenue per customer, and the total.
        #[arg(long)]
        mrr: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Won and lost deals by the reason given (`crm deal set ID
    /// stage=lost reason=price`): count, amount, share. -p selects by
    /// closed date.
    ///
    /// Example: crm report reasons -p 2026 stage:lost
    Reasons {
        #[command(flatten)]
        common: Common,
    },
    /// Customers not contacted for N days (default: stale_after_days).
    ///
    /// Lost and inactive customers are left out unless the query names a
    /// stage; -p keeps customers whose last contact falls in the period.
    ///
    /// Example: crm report stale --days 90 owner:me -f ids
    Stale {
        /// Days without contact.
        #[arg(long, value_name = "N")]
        days: Option<u32>,
        #[command(flatten)]
        common: Common,
    },
    /// Complaints: how many came in, how many are open (and overdue), how
    /// many were closed, and the median days it took to close them.
    ///
    /// -p selects complaints by the day they were opened; the query
    /// selects complaints (by:jaan) and their customers (tag:vip).
    ///
    /// Example: crm report complaints --by customer -p 2026
    Complaints {
        /// Group by the customer, the complaint's kind, or who handles it.
        #[arg(long, value_enum)]
        by: Option<ComplaintsBy>,
        #[command(flatten)]
        common: Common,
    },
    /// Time budgets: per customer with a budget, the budget for the
    /// period, minutes spent, the rest, per cent used, won turnover and
    /// turnover per hour. Most used first.
    ///
    /// Without -p each customer's current budget period (this month or
    /// this quarter); with -p the budget pro-rated over it.
    ///
    /// Example: crm report budget -p 'last month' owner:me
    Budget {
        #[command(flatten)]
        common: Common,
    },
    /// One self-contained HTML page (inline SVG charts and tables, no
    /// network, no JavaScript): the pipeline by stage, the weighted forecast
    /// by month, activity minutes per colleague per week, turnover by month
    /// against the same months last year, stale customers and overdue
    /// tasks. Its figures are those of the JSON reports.
    ///
    /// -p sets the months of the turnover (default: this year), the weeks
    /// of the activity (default: the last 8 weeks) and the months of the
    /// forecast (default: the next 12 months); the query selects customers.
    ///
    /// Example: crm report dashboard -o dashboard.html && xdg-open dashboard.html
    Dashboard {
        /// The HTML file to write ("-": stdout).
        #[arg(short = 'o', long = "output", value_name = "FILE.html")]
        output: std::path::PathBuf,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ComplaintsBy {
    Customer,
    Kind,
    Owner,
}

/// The query and period every report takes.
#[derive(Debug, Clone, clap::Args)]
pub struct Common {
    /// Draw the report as bars in the terminal instead of a table (its main
    /// figure: the amount, minutes or count), fitted to its width.
    #[arg(long)]
    pub chart: bool,
    #[command(flatten)]
    pub period: PeriodArgs,
    #[command(flatten)]
    pub query: QueryArgs,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PipelineBy {
    Owner,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ProductsGroup {
    Customer,
    Owner,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ForecastPeriod {
    Monthly,
    Quarterly,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ActivityGroup {
    User,
    Customer,
    Kind,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ActivityPeriod {
    Daily,
    Weekly,
    Monthly,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum TurnoverPeriod {
    Monthly,
    Quarterly,
    Yearly,
}

/// Run `crm report …`.
pub fn run(cmd: ReportCommand, ctx: &Ctx) -> Result<()> {
    if let ReportCommand::Dashboard { output, common } = cmd {
        return crate::cli::dashboard::run(&output, common, ctx);
    }
    let chart = common_of(&cmd).chart;
    if chart && ctx.format.is_some_and(|f| f != crate::cli::output::Format::Table) {
        return Err(crm::Error::usage(
            "--chart draws a picture: leave out -f, or drop --chart for the data",
        ));
    }
    let title = cmd_name(&cmd);
    let r = build(cmd, ctx)?;
    if chart {
        // A forecast is about the weighted amount, a budget report about
        // the share of the budget used, products about the open interest,
        // contracts about what recurs per month.
        let prefer: &[&str] = match title {
            "forecast" => &["weighted"],
            "budget" => &["used"],
            "products" => &["open_amount"],
            "contracts" => &["mrr"],
            _ => &[],
        };
        return match crate::cli::chart::measure(&r, prefer) {
            Some(col) => crate::cli::chart::draw(ctx, &r, &col, &format!("crm report {title}")),
            None => Err(crm::Error::usage(format!(
                "report {title} has no figure to draw; leave out --chart"
            ))),
        };
    }
    print(ctx, &r)
}

/// The query, period and flags of a report.
fn common_of(cmd: &ReportCommand) -> &Common {
    match cmd {
        ReportCommand::Pipeline { common, .. }
        | ReportCommand::Forecast { common, .. }
        | ReportCommand::Activity { common, .. }
        | ReportCommand::Turnover { common, .. }
        | ReportCommand::Value { common }
        | ReportCommand::Stale { common, .. }
        | ReportCommand::Complaints { common, .. }
        | ReportCommand::Budget { common }
        | ReportCommand::Products { common, .. }
        | ReportCommand::Contracts { common, .. }
        | ReportCommand::Reasons { common }
        | ReportCommand::Dashboard { common, .. } => common,
    }
}

/// The records of a report, as `-f json` prints them.
pub fn build(cmd: ReportCommand, ctx: &Ctx) -> Result<crate::cli::output::Records> {
    let common = common_of(&cmd);
    let rc = ReadCtx::open(ctx)?;
    // Reports about deals read `stage:offer` as the deal's stage.
    let query = match &cmd {
        ReportCommand::Pipeline { .. }
        | ReportCommand::Forecast { .. }
        | ReportCommand::Turnover { .. }
        | ReportCommand::Products { .. }
        | ReportCommand::Reasons { .. } => {
            crm::query::Query::parse_deals(&common.query.query, &rc.env())?
        }
        _ => rc.query(&common.query)?,
    };
    let period = match &cmd {
        ReportCommand::Turnover { compare: true, .. } if common.period.during.is_none() => {
            crm::query::Period::parse("-p", "this month", rc.today)?
        }
        _ => rc.period(&common.period)?,
    };
    let cfg = &rc.store.config;
    let inp = Input {
        query: &query,
        period,
        currency: &cfg.currency,
        deal_stages: &cfg.deal_stages,
        today: rc.today,
    };
    // Each report keeps only what it needs of each customer as the store
    // is read: the deals that pass, a row, or running sums.
    let deals = || -> Result<Vec<DealOf>> {
        let keep = |c: &mut Customer| {
            let d = report::deals_of(&inp, c);
            (!d.is_empty()).then_some(d)
        };
        // Unless the query looks at activities, they are never decoded,
        // and customers without a deal that passes are turned down.
        let (kept, broken) = if query.reads_activities() {
            rc.store.scan(keep)?
        } else {
            rc.store
                .scan_heads_where(|c| c.deals.iter().any(|d| query.matches_deal(c, d)), keep)?
        };
        ctx.warn_broken(&broken);
        Ok(kept.into_iter().flatten().collect())
    };
    let r = match cmd {
        ReportCommand::Pipeline { by, .. } => {
            let rows = report::pipeline(&inp, &deals()?, by.is_some());
            let mut cols = vec!["stage", "currency", "count", "amount", "weighted"];
            if by.is_some() {
                cols.insert(0, "user");
            }
            cols.extend(["won", "lost", "conversion", "days"]);
            records(&rows, &cols, "stage")?
        }
        ReportCommand::Forecast { period, by, .. } => {
            let i = match period {
                ForecastPeriod::Monthly => Interval::Monthly,
                ForecastPeriod::Quarterly => Interval::Quarterly,
            };
            let rows = report::forecast(&inp, &deals()?, i, by.is_some());
            let mut cols = vec![
                "period",
                "currency",
                "count",
                "amount",
                "weighted",
                "conversion",
                "likely",
                "days_to_close",
            ];
            if by.is_some() {
                cols.insert(0, "user");
            }
            records(&rows, &cols, "period")?
        }
        ReportCommand::Activity { by, period, .. } => {
            let (by, key) = match by {
                ActivityGroup::User => (ActivityBy::User, "user"),
                ActivityGroup::Customer => (ActivityBy::Customer, "customer"),
                ActivityGroup::Kind => (ActivityBy::Kind, "kind"),
            };
            let i = period.map(|p| match p {
                ActivityPeriod::Daily => Interval::Daily,
                ActivityPeriod::Weekly => Interval::Weekly,
                ActivityPeriod::Monthly => Interval::Monthly,
            });
            let mut tally = ActivityTally::new(by, i);
            for t in rc.fold(ctx, || ActivityTally::new(by, i), |t, c| t.add(&inp, c))? {
                tally.merge(t);
            }
            let rows = tally.rows();
            let mut cols = vec![key];
            if i.is_some() {
                cols.push("period");
            }
            cols.extend(["count", "minutes"]);
            records(&rows, &cols, key)?
        }
        ReportCommand::Turnover {
            period,
            contracts,
            compare,
            ..
        } => {
            let i = match period {
                TurnoverPeriod::Monthly => Interval::Monthly,
                TurnoverPeriod::Quarterly => Interval::Quarterly,
                TurnoverPeriod::Yearly => Interval::Yearly,
            };
            if compare {
                let rows = money::compare(ctx, &rc, &inp, &deals()?, contracts)?;
                let mut cols = vec![
                    "which",
                    "period",
                    "currency",
                    "count",
                    "amount",
                    "open_count",
                    "open_amount",
                ];
                if contracts {
                    cols.push("contracts");
                }
                cols.push("change");
                let mut r = records(&rows, &cols, "period")?;
                r.money.push("contracts".into());
                r
            } else {
                let mut rows = report::turnover(&inp, &deals()?, i);
                if contracts {
                    let revenue = money::contract_revenue(ctx, &rc, &inp, i, &inp.period)?;
                    report::contracts::into_turnover(&mut rows, revenue);
                }
                let mut cols = vec![
                    "period",
                    "currency",
                    "count",
                    "amount",
                    "open_count",
                    "open_amount",
                    "weighted",
                ];
                if contracts {
                    cols.push("contracts");
                }
                let mut r = records(&rows, &cols, "period")?;
                r.money.push("contracts".into());
                r
            }
        }
        ReportCommand::Products { by, .. } => {
            money::products(ctx, &rc, &inp, by.map(|b| match b {
                ProductsGroup::Customer => report::products::ProductsBy::Customer,
                ProductsGroup::Owner => report::products::ProductsBy::Owner,
            }))?
        }
        ReportCommand::Contracts { mrr, .. } => money::contracts(ctx, &rc, &inp, mrr)?,
        ReportCommand::Reasons { .. } => {
            let rows = report::deals::reasons(&inp, &deals()?);
            records(
                &rows,
                &["stage", "reason", "currency", "count", "amount", "share"],
                "reason",
            )?
        }
        ReportCommand::Value { .. } => {
            let keep = |c: &mut Customer| {
                let mut r = report::value_of(&inp, c);
                report::budget::annotate_value(&mut r, c, &cfg.budgets, &inp.period);
                (!r.is_empty()).then_some(r)
            };
            // Minutes over all time are in the summary: no activity to read.
            let mut rows: Vec<_> = if report::value_needs_activities(&inp) {
                rc.scan(ctx, keep)?
            } else {
                rc.scan_heads(ctx, keep)?
            }
                .into_iter()
                .flatten()
                .collect();
            report::sort_value(&mut rows);
            records(
                &rows,
                &[
                    "customer",
                    "currency",
                    "amount",
                    "minutes",
                    "per_hour",
                    "last_contact",
                    "budget",
                    "rest",
                ],
                "customer",
            )?
        }
        ReportCommand::Complaints { by, .. } => {
            use crm::report::complaints::{By, Tally};
            let (by, key) = match by {
                None => (None, None),
                Some(ComplaintsBy::Customer) => (Some(By::Customer), Some("customer")),
                Some(ComplaintsBy::Kind) => (Some(By::Kind), Some("kind")),
                Some(ComplaintsBy::Owner) => (Some(By::Owner), Some("owner")),
            };
            let kinds = &cfg.complaint_kinds;
            let mut tally = Tally::new(by);
            for t in rc.fold(ctx, || Tally::new(by), |t, c| t.add(&inp, c, kinds))? {
                tally.merge(t);
            }
            let rows = tally.rows();
            let mut cols: Vec<&str> = key.into_iter().collect();
            cols.extend(["count", "open", "overdue", "closed", "median_days"]);
            records(&rows, &cols, key.unwrap_or("count"))?
        }
        ReportCommand::Budget { .. } => {
            if !report::budget::bounded(&inp.period) {
                return Err(crm::Error::usage_hint(
                    "-p: a budget report needs a period with a first and a last day",
                    "e.g. -p 2026-11, -p 'last quarter', -p 2026-01-01..2026-06-30",
                ));
            }
            let mut rows: Vec<_> = rc
                .scan(ctx, |c| {
                    let r = report::budget::budget_of(&inp, c, &cfg.budgets);
                    (!r.is_empty()).then_some(r)
                })?
                .into_iter()
                .flatten()
                .collect();
            report::budget::sort(&mut rows);
            records(
                &rows,
                &[
                    "customer", "period", "budget", "minutes", "rest", "used", "currency",
                    "amount", "per_hour",
                ],
                "customer",
            )?
        }
        ReportCommand::Stale { days, .. } => {
            let days = days.unwrap_or(cfg.stale_after_days);
            let mut rows = rc.scan_heads(ctx, |c| report::stale_of(&inp, c, days))?;
            report::sort_stale(&mut rows);
            records(
                &rows,
                &["customer", "owner", "stage", "last_contact", "days"],
                "customer",
            )?
        }
        ReportCommand::Dashboard { .. } => {
            return Err(crm::Error::usage("the dashboard is a page, not records"));
        }
    };
    Ok(r)
}

/// The report's name as typed.
fn cmd_name(cmd: &ReportCommand) -> &'static str {
    match cmd {
        ReportCommand::Pipeline { .. } => "pipeline",
        ReportCommand::Forecast { .. } => "forecast",
        ReportCommand::Activity { .. } => "activity",
        ReportCommand::Turnover { .. } => "turnover",
        ReportCommand::Value { .. } => "value",
        ReportCommand::Stale { .. } => "stale",
        ReportCommand::Complaints { .. } => "complaints",
        ReportCommand::Budget { .. } => "budget",
        ReportCommand::Products { .. } => "products",
        ReportCommand::Contracts { .. } => "contracts",
        ReportCommand::Reasons { .. } => "reasons",
        ReportCommand::Dashboard { .. } => "dashboard",
    }
}
