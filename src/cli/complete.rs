//! Dynamic completion. The scripts `crm completions SHELL` prints call crm
//! back on every TAB (`COMPLETE=bash crm -- crm show ari`), and crm answers
//! from the store: customer ids (with their names), contact names, activity
//! kinds, stages, tags, team handles, custom field names, deal ids and
//! period words. The store is the one `CRM_DIR` or the current directory
//! names (SPEC §1); a `-C DIR` typed on the line is not seen. Customer
//! names come from the cache's names section (tens of milliseconds at
//! 100,000 customers), never by reading every file; with no cache, the
//! file names in `customers/` are offered.

use clap::{Arg, Command, CommandFactory};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use crm::model::Customer;
use crm::store::Store;
use std::collections::BTreeSet;
use std::ffi::OsStr;

/// At most this many candidates for a word: a shell lists them all.
const MAX: usize = 200;

/// Answer a completion request and exit, when crm was started by a
/// completion script (`COMPLETE` set); else return.
pub fn answer_if_asked() {
    clap_complete::CompleteEnv::with_factory(command).complete();
}

/// The command line, with a completer on every argument whose values
/// come from the store.
pub fn command() -> Command {
    decorate(super::Cli::command(), "")
}

fn decorate(cmd: Command, path: &str) -> Command {
    let here = if path.is_empty() {
        String::new()
    } else {
        format!("{path} {}", cmd.get_name())
    };
    let here = if path.is_empty() && cmd.get_name() == "crm" {
        "crm".to_string()
    } else {
        here
    };
    let cmd = cmd.mut_args(|a| attach(a, &here));
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    subs.into_iter().fold(cmd, |c, name| {
        let at = here.clone();
        c.mut_subcommand(name, |s| decorate(s, &at))
    })
}

/// The completer for argument `a` of the command at `path` (`crm deal
/// add`), by the argument's name.
fn attach(a: Arg, path: &str) -> Arg {
    let id = a.get_id().as_str().to_string();
    let value_name = a
        .get_value_names()
        .and_then(|v| v.first())
        .map(|s| s.to_string())
        .unwrap_or_default();
    let id = match value_name.as_str() {
        "PERIOD" => "period".to_string(),
        "PERSON" => "person".to_string(),
        "HANDLE" => "owner".to_string(),
        "CUSTOMER" => "customer".to_string(),
        _ => id,
    };
    let deal = path.starts_with("crm deal") || path == "crm deals";
    let f: Option<fn(&OsStr) -> Vec<CompletionCandidate>> = match id.as_str() {
        "customer" | "duplicate" | "into" => Some(customers),
        "kind" | "kinds" => Some(kinds),
        "stage" if deal => Some(deal_stages),
        "stage" => Some(stages),
        "tag" | "tags" => Some(tags),
        "owner" | "for_" | "for" | "by" | "as_user" => Some(handles),
        "period" => Some(periods),
        "with" | "person" => Some(contacts),
        "name" if path.starts_with("crm contact") && path != "crm contact add" => Some(contacts),
        "contact" => Some(contacts),
        "id" if deal => Some(deal_ids),
        "id" if path == "crm done" || path == "crm complaint close" => Some(open_tasks),
        "pairs" | "set" | "assignments" | "changes" if path.starts_with("crm deal") => {
            Some(deal_keys)
        }
        "pairs" | "set" | "assignments" | "changes" => Some(keys),
        "query" => Some(query),
        _ => None,
    };
    match f {
        Some(f) => a.add(ArgValueCompleter::new(f)),
        None => a,
    }
}

/// The store completion reads: `None` when there is none (completion
/// then offers nothing rather than an error).
fn store() -> Option<Store> {
    let settings = super::ctx::settings(None, None).ok()?;
    let dir = crm::store::discover(&settings).ok()?;
    Store::open(&dir, &settings).ok()
}

/// Case-blind "starts with", also at any word of `text` (so `pä` finds
/// "Äripäev Pärnu").
fn fits(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return true;
    }
    let t = text.to_lowercase();
    t.starts_with(word)
        || t.split(|c: char| !c.is_alphanumeric())
            .any(|w| w.starts_with(word))
}

fn word(current: &OsStr) -> String {
    current.to_string_lossy().to_lowercase()
}

fn plain(values: impl IntoIterator<Item = String>, current: &OsStr) -> Vec<CompletionCandidate> {
    let w = word(current);
    values
        .into_iter()
        .filter(|v| fits(v, &w))
        .take(MAX)
        .map(CompletionCandidate::new)
        .collect()
}

/// Customer ids, each with its name as help; matched by id or by any word
/// of the name.
fn customers(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(store) = store() else {
        return Vec::new();
    };
    let w = word(current);
    let keep = |c: &Customer| fits(&c.id, &w) || fits(&c.name, &w);
    match store.lookup_cards(&keep) {
        Some(mut cards) => {
            cards.sort_by(|a, b| a.id.cmp(&b.id));
            cards
                .into_iter()
                .take(MAX)
                .map(|c| CompletionCandidate::new(c.id).help(Some(c.name.into())))
                .collect()
        }
        None => plain(store.ids().unwrap_or_default(), current),
    }
}

/// Contact names of every customer (the line's customer is not known to
/// a completer).
fn contacts(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(store) = store() else {
        return Vec::new();
    };
    let w = word(current);
    let keep = |c: &Customer| c.contacts.iter().any(|p| fits(&p.name, &w));
    let names: BTreeSet<String> = store
        .lookup_cards(&keep)
        .unwrap_or_default()
        .into_iter()
        .flat_map(|c| c.contacts.into_iter().map(|p| p.name))
        .filter(|n| fits(n, &w))
        .collect();
    names
        .into_iter()
        .take(MAX)
        .map(CompletionCandidate::new)
        .collect()
}

fn deal_ids(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(store) = store() else {
        return Vec::new();
    };
    let w = word(current);
    let keep = |c: &Customer| c.deals.iter().any(|d| d.id.starts_with(&w));
    let mut out = Vec::new();
    for c in store.lookup_cards(&keep).unwrap_or_default() {
        for d in c.deals.iter().filter(|d| d.id.starts_with(&w)) {
            out.push(CompletionCandidate::new(d.id.clone()).help(Some(c.name.clone().into())));
        }
    }
    out.truncate(MAX);
    out
}

/// Ids of open tasks, each with its customer and text: only customers
/// whose summary counts an open task are read.
fn open_tasks(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(store) = store() else {
        return Vec::new();
    };
    let w = word(current);
    let found = store.scan_where(
        |c| c.summary.open_tasks > 0,
        |c| {
            let v: Vec<(String, String)> = c
                .open_tasks()
                .filter(|a| a.id.starts_with(&w))
                .map(|a| {
                    let text = a.text.as_deref().unwrap_or("");
                    (a.id.clone(), format!("{}: {text}", c.name))
                })
                .collect();
            (!v.is_empty()).then_some(v)
        },
    );
    let Ok((lists, _)) = found else {
        return Vec::new();
    };
    lists
        .into_iter()
        .flatten()
        .take(MAX)
        .map(|(id, help)| CompletionCandidate::new(id).help(Some(help.into())))
        .collect()
}

fn kinds(current: &OsStr) -> Vec<CompletionCandidate> {
    store().map_or_else(Vec::new, |s| {
        plain(s.config.activity_kinds.clone(), current)
    })
}

fn stages(current: &OsStr) -> Vec<CompletionCandidate> {
    store().map_or_else(Vec::new, |s| plain(s.config.stages.clone(), current))
}

fn deal_stages(current: &OsStr) -> Vec<CompletionCandidate> {
    store().map_or_else(Vec::new, |s| plain(s.config.deal_stages.clone(), current))
}

fn handles(current: &OsStr) -> Vec<CompletionCandidate> {
    let mut v: Vec<String> =
        store().map_or_else(Vec::new, |s| s.config.team.keys().cloned().collect());
    v.push("me".to_string());
    plain(v, current)
}

/// Tags in use: the one completion that reads every customer's head (from
/// the cache).
fn tags(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(store) = store() else {
        return Vec::new();
    };
    let all: BTreeSet<String> = store
        .scan_heads(|c| Some(std::mem::take(&mut c.tags)))
        .map(|(v, _)| v.into_iter().flatten().collect())
        .unwrap_or_default();
    plain(all, current)
}

/// Period words (joined by hyphens, so they need no quotes) and this and
/// the last year, quarter, month and week.
fn periods(current: &OsStr) -> Vec<CompletionCandidate> {
    let mut v: Vec<String> = [
        "today",
        "yesterday",
        "tomorrow",
        "this-week",
        "last-week",
        "next-week",
        "this-month",
        "last-month",
        "next-month",
        "this-quarter",
        "last-quarter",
        "next-quarter",
        "this-year",
        "last-year",
        "last-7-days",
        "last-30-days",
        "next-2-weeks",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    if let Ok(settings) = super::ctx::settings(None, None) {
        use chrono::Datelike;
        let today = settings.clock.today();
        let y = today.year();
        v.push(y.to_string());
        v.push((y - 1).to_string());
        v.push(format!("{y}-q{}", (today.month() - 1) / 3 + 1));
        v.push(today.format("%Y-%m").to_string());
        let w = today.iso_week();
        v.push(format!("{}-W{:02}", w.year(), w.week()));
    }
    plain(v, current)
}

/// `KEY=VALUE` for `crm set`: the keys, then the values a key allows.
fn keys(current: &OsStr) -> Vec<CompletionCandidate> {
    let text = current.to_string_lossy();
    let Some(store) = store() else {
        return Vec::new();
    };
    if let Some((key, _)) = text.split_once('=') {
        let key = key.trim_end_matches(['+', '-']);
        let values: Vec<String> = match key {
            "stage" => store.config.stages.clone(),
            "owner" => store.config.team.keys().cloned().collect(),
            "tags" => return prefixed(&text, tags),
            k => store
                .config
                .fields
                .get(k.strip_prefix("fields.").unwrap_or(k))
                .map(|f| f.values.clone())
                .unwrap_or_default(),
        };
        let (head, _) = text.split_at(text.find('=').map_or(0, |i| i + 1));
        return plain(values.into_iter().map(|v| format!("{head}{v}")), current);
    }
    let mut v: Vec<String> = [
        "name=",
        "stage=",
        "owner=",
        "tags+=",
        "tags-=",
        "email=",
        "phone=",
        "website=",
        "address=",
        "reg_code=",
        "notes=",
        "budget=",
        "created=",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.extend(store.config.fields.keys().map(|k| format!("fields.{k}=")));
    plain(v, current)
}

fn deal_keys(current: &OsStr) -> Vec<CompletionCandidate> {
    let text = current.to_string_lossy();
    if let Some(rest) = text.strip_prefix("stage=") {
        let _ = rest;
        return prefixed(&text, deal_stages);
    }
    plain(
        [
            "title=",
            "amount=",
            "currency=",
            "stage=",
            "probability=",
            "expected=",
            "reason=",
        ]
        .iter()
        .map(|s| s.to_string()),
        current,
    )
}

/// Complete the part of `text` after its first `=` or `:` with `f`, and
/// put the head back in front.
fn prefixed(text: &str, f: fn(&OsStr) -> Vec<CompletionCandidate>) -> Vec<CompletionCandidate> {
    let cut = text.find(['=', ':']).map_or(0, |i| i + 1);
    let (head, tail) = text.split_at(cut);
    f(OsStr::new(tail))
        .into_iter()
        .map(|c| {
            let v = format!("{head}{}", c.get_value().to_string_lossy());
            CompletionCandidate::new(v).help(c.get_help().cloned())
        })
        .collect()
}

/// A query word: `stage:`, `tag:`, `owner:` and the values after them.
fn query(current: &OsStr) -> Vec<CompletionCandidate> {
    let text = current.to_string_lossy();
    match text.split_once(':') {
        Some(("stage", _)) => prefixed(&text, stages),
        Some(("tag", _)) => prefixed(&text, tags),
        Some(("owner", _)) => prefixed(&text, handles),
        Some(("kind", _)) => prefixed(&text, kinds),
        Some(_) => Vec::new(),
        None => plain(
            [
                "stage:",
                "tag:",
                "owner:",
                "kind:",
                "is:overdue",
                "is:stale",
                "is:complaint",
            ]
            .iter()
            .map(|s| s.to_string()),
            current,
        ),
    }
}
