//! `crm search`: fuzzy search across everything a person might remember.

use crate::cli::ctx::Ctx;
use crate::cli::output::Format;
use crate::cli::output::Prints;
use crate::cli::read::{ReadCtx, print, records};
use crm::{Error, Result};

/// What `crm search` prints: records, in every `-f` format.
pub const PRINTS: Prints = Prints::Records;

/// Fuzzy search over names, contacts, e-mails, phones, notes and activity
/// texts; best matches first, each hit saying where it matched.
///
/// Example: crm search pekka virtanen
#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// What to look for (several words are one phrase).
    #[arg(required = true, value_name = "TEXT")]
    pub text: Vec<String>,
    /// At most this many hits (with -f ids: this many customers).
    #[arg(short = 'n', long, value_name = "N", default_value_t = 20)]
    pub limit: usize,
}

/// Run `crm search`.
pub fn run(a: SearchArgs, ctx: &Ctx) -> Result<()> {
    let text = a.text.join(" ");
    if text.trim().is_empty() {
        return Err(Error::usage("search: TEXT is empty"));
    }
    let rc = ReadCtx::open(ctx)?;
    // `-f ids` prints each customer once, so -n counts customers there:
    // rank every hit, keep each customer's best, then cut.
    let ids = ctx.format_or(Format::Table) == Format::Ids;
    let mut hits = match crm::query::search::Searcher::new(&text) {
        // Each customer's hits as it is read, in id order; then the best.
        Some(s) => crm::query::search::best(
            rc.scan(ctx, |c| {
                let h = s.hits_of(c);
                (!h.is_empty()).then_some(h)
            })?
            .into_iter()
            .flatten()
            .collect(),
            if ids { usize::MAX } else { a.limit },
        ),
        None => {
            // Nothing to look for; the store is still read for its warnings.
            rc.scan(ctx, |_| None::<()>)?;
            Vec::new()
        }
    };
    if ids {
        // One line per customer for `xargs`.
        let mut seen = std::collections::HashSet::new();
        hits.retain(|h| seen.insert(h.customer.clone()));
        hits.truncate(a.limit);
    }
    let r = records(
        &hits,
        &["customer", "name", "where", "text", "entry"],
        "customer",
    )?;
    print(ctx, &r)
}
