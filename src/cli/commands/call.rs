//! `crm call`: log a phone call against whoever owns the number (for a
//! phone system, a softphone or a person).

use super::print_outcome;
use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crm::ops::call::{self, NewCall};
use crm::query::when;
use crm::settings::Clock;
use crm::{Error, Result};
use chrono::{DateTime, FixedOffset};

/// What `crm call` prints: the activity's id (`-f` is refused).
pub const PRINTS: Prints = Prints::Nothing;

/// Log a phone call against whoever has the number; prints its id.
///
/// NUMBER in any format (55551234, +372 5555 1234, tel:…, sip:…@pbx).
/// The call is an activity of kind `call`, `by` you (or --by), `with`
/// the contact whose number it is, text "incoming call from …" or
/// "outgoing call to …" plus --text. A phone system that reports the same
/// call twice logs it once: with --id (its call id) or --start the call
/// gets a `ref`, and a call whose ref the customer already has changes
/// nothing (exit 0, the id of the call already logged). A number nobody
/// has goes to the customer named by `[calls] inbox` in crm.toml; without
/// one it is refused with exit 3. TIME: what --at of crm log takes, or
/// Unix seconds (1795500000) as phone systems write them.
/// See docs/integrations.md for Asterisk, webhook and softphone recipes.
///
/// Example: crm call +37255551234 --in --start "2026-11-24 09:30" --end "2026-11-24 09:42" --by mari
#[derive(Debug, clap::Args)]
pub struct CallArgs {
    /// The other party's phone number.
    #[arg(value_name = "NUMBER")]
    pub number: String,
    /// A call that came in (the default).
    #[arg(long = "in", conflicts_with = "outgoing")]
    pub incoming: bool,
    /// A call we made.
    #[arg(long = "out")]
    pub outgoing: bool,
    /// How long it took, in minutes.
    #[arg(long, short = 'm', value_name = "N", conflicts_with = "end")]
    pub minutes: Option<u32>,
    /// When it started (default: now).
    #[arg(long, value_name = "TIME")]
    pub start: Option<String>,
    /// When it ended: the minutes are worked out (a started minute counts).
    #[arg(long, value_name = "TIME", requires = "start")]
    pub end: Option<String>,
    /// Who of the team took or made it: a handle, or a team member's
    /// e-mail (default: you).
    #[arg(long, value_name = "HANDLE")]
    pub by: Option<String>,
    /// What was said; added below the call's first line.
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// The phone system's id of the call: the same id is logged once.
    #[arg(long = "id", value_name = "CALLID")]
    pub call_id: Option<String>,
}

/// `--start`/`--end`: a time as `crm log --at` takes it, or Unix seconds.
fn time(arg: &str, s: &str, clock: &Clock) -> Result<DateTime<FixedOffset>> {
    let t = s.trim();
    let secs = t.split_once('.').map_or(t, |(whole, _)| whole);
    if secs.len() >= 9 && secs.bytes().all(|b| b.is_ascii_digit()) {
        let offset = *clock.now().offset();
        return secs
            .parse::<i64>()
            .ok()
            .and_then(|n| DateTime::from_timestamp(n, 0))
            .map(|d| d.with_timezone(&offset))
            .ok_or_else(|| Error::usage(format!("{arg}: '{s}' is not a time")));
    }
    when::parse_when(arg, t, clock)
}

/// Run `crm call`.
pub fn run(a: CallArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let clock = &store.settings().clock;
    let start = a
        .start
        .as_deref()
        .map(|s| time("--start", s, clock))
        .transpose()?;
    let end = a
        .end
        .as_deref()
        .map(|s| time("--end", s, clock))
        .transpose()?;
    let by = match a.by.as_deref().map(str::trim) {
        Some(b) if b.contains('@') => Some(
            store
                .config
                .handle_for_email(b)
                .map(str::to_string)
                .ok_or_else(|| {
                    Error::usage_hint(
                        format!("--by {b}: no [team] member of crm.toml has this e-mail"),
                        "give a handle, or add the colleague under [team] in crm.toml",
                    )
                })?,
        ),
        Some(b) if b.is_empty() || b.chars().any(|c| c.is_whitespace() || c.is_control()) => {
            return Err(Error::usage(format!("--by: handle '{b}' must be one word")));
        }
        Some(b) => Some(b.to_string()),
        None => None,
    };
    let n = NewCall {
        number: a.number,
        outgoing: a.outgoing,
        start,
        end,
        minutes: a.minutes,
        by,
        text: a.text,
        call_id: a.call_id,
    };
    let o = call::call(&op, &n)?;
    print_outcome(ctx, &o, true)
}
