//! What the read commands share: the query words, `-p`, loading every
//! customer (warning about broken files), and turning rows into records.

use crate::cli::ctx::Ctx;
use crate::cli::output::{self, Format, Records};
use crm::model::Customer;
use crm::query::{Period, Query, QueryEnv};
use crm::store::Store;
use crm::{Error, Result};
use serde::Serialize;
use serde_json::{Map, Value};

/// The query words of a read command.
#[derive(Debug, Clone, clap::Args)]
pub struct QueryArgs {
    /// Query terms, AND-ed: stage:customer tag:vip -tag:old owner:me
    /// amount>1000 created>=2026-01 'tag:a or tag:b', bare words search
    /// text (docs/queries.md).
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,
}

/// `-p PERIOD`.
#[derive(Debug, Clone, clap::Args)]
pub struct PeriodArgs {
    /// Only this period: 2026, 2026-11, 2026-q3, 'this month', 'last 30
    /// days', 2026-01-01..2026-03-31 (docs/queries.md).
    #[arg(short = 'p', long = "during", value_name = "PERIOD")]
    pub during: Option<String>,
}

/// The store, the acting user if one can be found, and today. Commands
/// parse their query and period first, then load: a typo fails before any
/// file is read.
pub struct ReadCtx {
    pub store: Store,
    pub user: Option<String>,
    pub today: chrono::NaiveDate,
}

impl ReadCtx {
    /// Open the store.
    pub fn open(ctx: &Ctx) -> Result<ReadCtx> {
        let store = ctx.store()?;
        let user = ctx.op(&store).ok().map(|o| o.user);
        Ok(ReadCtx {
            store,
            user,
            today: ctx.settings.clock.today(),
        })
    }

    /// What `keep` returns for each readable customer, in id order;
    /// broken files are warned about and skipped. Customers are handed
    /// over as they are read (in parallel, see `Store::scan`), so only what
    /// `keep` returns is held, never the whole store.
    pub fn scan<T: Send>(
        &self,
        ctx: &Ctx,
        keep: impl Fn(&mut Customer) -> Option<T> + Sync,
    ) -> Result<Vec<T>> {
        let (items, broken) = self.store.scan(keep)?;
        ctx.warn_broken(&broken);
        Ok(items)
    }

    /// [`ReadCtx::scan`] of the customers that pass `query`: when the query
    /// does not look at activities, it is tested before they are decoded
    /// (`Store::scan_where`), so customers it turns down cost less.
    pub fn scan_matching<T: Send>(
        &self,
        ctx: &Ctx,
        query: &Query,
        keep: impl Fn(&mut Customer) -> Option<T> + Sync,
    ) -> Result<Vec<T>> {
        let keep = |c: &mut Customer| {
            if query.matches_customer(c) {
                keep(c)
            } else {
                None
            }
        };
        let (items, broken) = if query.reads_activities() {
            self.store.scan(keep)?
        } else {
            self.store.scan_where(|c| query.matches_customer(c), keep)?
        };
        ctx.warn_broken(&broken);
        Ok(items)
    }

    /// [`ReadCtx::scan_matching`] for a `keep` that needs no activities
    /// (the last contact and totals are in `Customer::summary`): unless
    /// the query looks at activities, none is read.
    pub fn scan_heads_matching<T: Send>(
        &self,
        ctx: &Ctx,
        query: &Query,
        keep: impl Fn(&mut Customer) -> Option<T> + Sync,
    ) -> Result<Vec<T>> {
        if query.reads_activities() {
            return self.scan_matching(ctx, query, keep);
        }
        let keep = |c: &mut Customer| {
            if query.matches_customer(c) {
                keep(c)
            } else {
                None
            }
        };
        let (items, broken) = self
            .store
            .scan_heads_where(|c| query.matches_customer(c), keep)?;
        ctx.warn_broken(&broken);
        Ok(items)
    }

    /// [`ReadCtx::scan`] without activities: `keep` sees them empty (the
    /// last contact and totals are in `Customer::summary`).
    pub fn scan_heads<T: Send>(
        &self,
        ctx: &Ctx,
        keep: impl Fn(&mut Customer) -> Option<T> + Sync,
    ) -> Result<Vec<T>> {
        let (items, broken) = self.store.scan_heads(keep)?;
        ctx.warn_broken(&broken);
        Ok(items)
    }

    /// Every readable customer folded into per-thread accumulators (for
    /// sums and counts, see `Store::fold`); broken files are warned about.
    pub fn fold<A: Send>(
        &self,
        ctx: &Ctx,
        init: impl Fn() -> A + Sync,
        add: impl Fn(&mut A, &Customer) + Sync,
    ) -> Result<Vec<A>> {
        let (parts, broken) = self.store.fold(init, add)?;
        ctx.warn_broken(&broken);
        Ok(parts)
    }

    /// The readable customers that pass `query`, in id order.
    pub fn matching(&self, ctx: &Ctx, query: &Query) -> Result<Vec<Customer>> {
        self.scan_matching(ctx, query, |c| Some(std::mem::take(c)))
    }

    /// The environment queries are parsed in.
    pub fn env(&self) -> QueryEnv<'_> {
        QueryEnv {
            config: &self.store.config,
            today: self.today,
            user: self.user.as_deref(),
        }
    }

    /// Parse the query words.
    pub fn query(&self, q: &QueryArgs) -> Result<Query> {
        Query::parse(&q.query, &self.env())
    }

    /// The warning rules of the store, their queries parsed for this
    /// user and day.
    pub fn rules(&self) -> Result<crm::report::rules::Rules> {
        crm::report::rules::Rules::compile(&self.store.config, &self.env())
    }

    /// Parse `-p` (everything when absent).
    pub fn period(&self, p: &PeriodArgs) -> Result<Period> {
        Period::with_bounds(p.during.as_deref(), None, None, self.today)
    }
}

/// Rows (anything serialising to a JSON object) as records.
pub fn records<T: Serialize>(rows: &[T], columns: &[&str], id_key: &str) -> Result<Records> {
    let mut r = Records::new(columns);
    r.id_key = id_key.to_string();
    for row in rows {
        match serde_json::to_value(row) {
            Ok(Value::Object(m)) => r.rows.push(m),
            Ok(_) => {}
            Err(e) => return Err(Error::other(format!("cannot render a row: {e}"), None)),
        }
    }
    Ok(r)
}

/// Render records to stdout in the chosen format (default table).
pub fn print(ctx: &Ctx, records: &Records) -> Result<()> {
    let format = ctx.format_or(Format::Table);
    let mut out = std::io::stdout().lock();
    output::render_styled(&mut out, records, format, ctx.tty, ctx.color)
        .map_err(crate::cli::ctx::out_err)
}

/// Keep only `keep` keys of each row, in that order.
pub fn project(rows: &mut [Map<String, Value>], keep: &[String]) {
    for r in rows.iter_mut() {
        let mut m = Map::new();
        for k in keep {
            m.insert(k.clone(), r.get(k).cloned().unwrap_or(Value::Null));
        }
        *r = m;
    }
}

/// Commands whose positional words are query terms.
const QUERY_COMMANDS: &[&str] = &["ls", "activities", "report", "export", "deals", "contract"];

/// Rewrite negated query terms (`-tag:old`) to `not:tag:old` before clap
/// sees them, since clap would take them for flags. Only for commands that
/// take a query, and only words shaped like `-KEY:…` / `-KEY>…`, which no
/// flag of crm is.
pub fn negations(args: impl Iterator<Item = std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let args: Vec<std::ffi::OsString> = args.collect();
    // The command is the first word that is neither a flag nor the value
    // of a global flag.
    let mut command = None;
    let mut skip_value = false;
    for a in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if skip_value {
            skip_value = false;
        } else if matches!(a, "-C" | "--store" | "--as" | "-f" | "--format" | "--color") {
            skip_value = true;
        } else if !a.starts_with('-') {
            command = Some(a);
            break;
        }
    }
    let is_query_cmd = command.is_some_and(|a| QUERY_COMMANDS.contains(&a));
    if !is_query_cmd {
        return args;
    }
    let mut after_dashdash = false;
    args.into_iter()
        .map(|a| {
            let Some(s) = a.to_str() else { return a };
            if s == "--" {
                after_dashdash = true;
            }
            match s.strip_prefix('-') {
                Some(rest) if !after_dashdash && looks_like_term(rest) => {
                    format!("not:{rest}").into()
                }
                _ => a,
            }
        })
        .collect()
}

/// `key:…`, `key>…` etc. with a key of at least two letters.
fn looks_like_term(s: &str) -> bool {
    let key_len = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .unwrap_or(s.len());
    key_len >= 2
        && s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s[key_len..].starts_with([':', '>', '<', '='])
}
