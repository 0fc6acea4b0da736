//! Warning rules: what needs attention before it is too late, written by
//! the firm in crm.toml (`[[rules]]`) in the query language, evaluated by
//! the agenda (`crm agenda`) and `crm check --rules`, listed by
//! `crm rules`.
//!
//! A rule is a name, a query, what it is about (`on`: each matching
//! customer, activity or deal is one warning), a message with
//! `{placeholders}`, and whose agenda shows it (`for`: the record's
//! owner — the activity's `by`, the deal's owner, the customer's owner —
//! everyone, or one handle). The built-in warnings are rules too
//! ([`BUILT_IN`]): a `[[rules]]` entry with a built-in's name changes the
//! keys it gives, and `enabled = false` switches it off.
//!
//! Extension point: a new built-in warning is one more [`BuiltIn`] in
//! [`BUILT_IN`], with a query in the language (a new query key where the
//! language has none yet). `contract-ending` is about contracts, which the
//! query language does not reach: its query (empty: every customer)
//! chooses the customers, and each contract whose notice date or end falls
//! in the window is one warning.

use crate::error::{Error, Fix, Result};
use crate::model::config::{Config, RuleDef};
use crate::model::{Activity, Customer, Deal, budget};
use crate::query::lang::{self, Query, QueryEnv};
use crate::report::contracts::{self, Due};
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// A built-in rule, as a `[[rules]]` entry would write it.
#[derive(Debug, Clone, Copy)]
pub struct BuiltIn {
    pub name: &'static str,
    pub on: On,
    pub query: &'static str,
    pub message: &'static str,
}

/// The built-in warnings, in the order `crm rules` lists them.
pub const BUILT_IN: &[BuiltIn] = &[
    BuiltIn {
        name: "overdue",
        on: On::Activity,
        query: "is:overdue -is:complaint",
        message: "{text}",
    },
    BuiltIn {
        name: "stale",
        on: On::Customer,
        query: "is:stale",
        message: "{since_contact}",
    },
    BuiltIn {
        name: "budget-80",
        on: On::Customer,
        query: "budget_used>=80 budget_used<100",
        message: "{budget_used}% of the time budget used this {budget_per} ({minutes} of {budget} min)",
    },
    BuiltIn {
        name: "over-budget",
        on: On::Customer,
        query: "budget_used>=100",
        message: "over the time budget: {minutes} of {budget} min this {budget_per} ({budget_used}%)",
    },
    BuiltIn {
        name: "contract-ending",
        on: On::Contract,
        query: "",
        message: "{text}",
    },
];

/// What each warning of a rule is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum On {
    Customer,
    Activity,
    Deal,
    /// A contract whose notice date or end falls in the window.
    Contract,
}

/// How many days after today `crm check --rules` looks for contracts to
/// warn about (the agenda uses its own window).
pub const CHECK_DAYS: u32 = 30;

impl On {
    fn parse(s: &str) -> Option<On> {
        match s.trim().to_lowercase().as_str() {
            "customer" | "customers" => Some(On::Customer),
            "activity" | "activities" | "task" | "tasks" => Some(On::Activity),
            "deal" | "deals" => Some(On::Deal),
            "contract" | "contracts" => Some(On::Contract),
            _ => None,
        }
    }

    /// As written in crm.toml.
    pub fn name(self) -> &'static str {
        match self {
            On::Customer => "customer",
            On::Activity => "activity",
            On::Deal => "deal",
            On::Contract => "contract",
        }
    }
}

/// Whose agenda shows a rule's warnings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum For {
    /// The record's owner: an activity's `by`, a deal's `owner` (else its
    /// customer's), a customer's `owner`.
    Owner,
    /// Everybody's.
    Everyone,
    /// This handle's.
    Handle(String),
}

impl For {
    /// As written in crm.toml.
    pub fn name(&self) -> String {
        match self {
            For::Owner => "owner".into(),
            For::Everyone => "everyone".into(),
            For::Handle(h) => h.clone(),
        }
    }
}

/// Where a rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Built in, as it is.
    Builtin,
    /// Built in, changed by crm.toml.
    Changed,
    /// The firm's own.
    Custom,
}

/// A rule ready to evaluate.
#[derive(Debug, Clone)]
pub struct Rule {
    pub name: String,
    pub on: On,
    /// The query as written.
    pub query_text: String,
    query: Query,
    /// The message template as written.
    pub message: String,
    template: Vec<Seg>,
    pub for_: For,
    pub enabled: bool,
    pub origin: Origin,
}

/// The rules of a store: the built-ins as crm.toml changes them, then the
/// firm's own, in crm.toml's order. Switched-off rules are kept (for
/// `crm rules`) but never fire.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    pub all: Vec<Rule>,
}

/// One warning: a rule that fired on a record.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub rule: String,
    /// The customer's id.
    pub customer: String,
    pub name: String,
    /// The activity's or deal's id (rules on activities and deals).
    pub id: Option<String>,
    /// Whose warning it is (see [`For`]): the record's owner, or the
    /// rule's handle.
    pub by: Option<String>,
    /// An activity's due date (else its date), an open deal's expected
    /// date, a closed deal's closed date, a contract's notice date (else
    /// end), a customer's last contact.
    pub date: Option<NaiveDate>,
    /// The rule's message filled in.
    pub text: String,
}

/// A rule's problem, as an error naming it (crm.toml is the file at fault).
fn bad(name: &str, key: &str, reason: impl Into<String>, hint: Option<Box<Fix>>) -> Error {
    Error::Invalid {
        path: Some("crm.toml".into()),
        field: format!("rules '{name}' {key}"),
        reason: reason.into(),
        hint,
    }
}

impl Rules {
    /// The rules of `cfg`, each query parsed in `env`; a rule whose query,
    /// `on`, `for` or message is not valid is an error that names it.
    pub fn compile(cfg: &Config, env: &QueryEnv) -> Result<Rules> {
        let mut defs: Vec<(RuleDef, Origin)> = BUILT_IN
            .iter()
            .map(|b| {
                (
                    RuleDef {
                        name: b.name.into(),
                        query: Some(b.query.into()),
                        on: Some(b.on.name().into()),
                        message: Some(b.message.into()),
                        for_: None,
                        enabled: None,
                    },
                    Origin::Builtin,
                )
            })
            .collect();
        for r in &cfg.rules {
            let name = r.name.trim();
            match defs.iter_mut().find(|(d, _)| d.name == name) {
                Some((d, origin)) => {
                    let changed_query = r.query.is_some();
                    *d = RuleDef {
                        name: name.into(),
                        query: r.query.clone().or(d.query.take()),
                        // A new query may be about something else: then
                        // `on` is inferred again unless given.
                        // (Contracts are not a scope of the language:
                        // `contract-ending` stays about them.)
                        on: r.on.clone().or(
                            if changed_query && d.on.as_deref() != Some("contract") {
                                None
                            } else {
                                d.on.take()
                            },
                        ),
                        message: r.message.clone().or(d.message.take()),
                        for_: r.for_.clone().or(d.for_.take()),
                        enabled: r.enabled.or(d.enabled),
                    };
                    *origin = Origin::Changed;
                }
                None => defs.push((r.clone(), Origin::Custom)),
            }
        }
        let all = defs
            .into_iter()
            .map(|(d, origin)| compile_one(&d, origin, env))
            .collect::<Result<Vec<_>>>()?;
        Ok(Rules { all })
    }

    /// The rules that fire.
    pub fn enabled(&self) -> impl Iterator<Item = &Rule> {
        self.all.iter().filter(|r| r.enabled)
    }

    /// The warnings about customer `c` that `user`'s agenda shows
    /// (`None`: everybody's), in rule order; contracts warn when their
    /// notice date or end falls in today and the `days` after it.
    pub fn hits(&self, c: &Customer, user: Option<&str>, today: NaiveDate, days: u32) -> Vec<Hit> {
        let mut out = Vec::new();
        for r in self.enabled() {
            r.hits(c, user, today, days, &mut out);
        }
        out
    }
}

/// Check every rule of `cfg` (as [`Rules::compile`] does) without an
/// acting user: `me` in a rule's query stands for whoever reads it.
pub fn check(cfg: &Config, today: NaiveDate) -> Result<()> {
    if cfg.rules.is_empty() {
        return Ok(());
    }
    let env = QueryEnv {
        config: cfg,
        today,
        user: Some("me"),
    };
    Rules::compile(cfg, &env).map(|_| ())
}

fn compile_one(d: &RuleDef, origin: Origin, env: &QueryEnv) -> Result<Rule> {
    let name = d.name.trim();
    let Some(text) = d.query.as_deref() else {
        return Err(bad(
            name,
            "query",
            "a rule needs a query (e.g. query = \"tag:vip days_since_contact>14\")",
            None,
        ));
    };
    // An empty query (as `contract-ending` has) matches every customer.
    let words: Vec<String> = if text.trim().is_empty() {
        Vec::new()
    } else {
        vec![text.to_string()]
    };
    let query = Query::parse(&words, env).map_err(|e| match e {
        Error::Usage { message, hint } => bad(name, "query", message, hint),
        other => other,
    })?;
    let on = match d.on.as_deref() {
        Some(s) => On::parse(s).ok_or_else(|| {
            bad(
                name,
                "on",
                format!("'{s}' is not customer, activity, deal or contract"),
                None,
            )
        })?,
        None => match query.scopes() {
            (true, _) => On::Activity,
            (false, true) => On::Deal,
            _ => On::Customer,
        },
    };
    let for_ = match d.for_.as_deref().map(str::trim) {
        None | Some("owner") => For::Owner,
        Some("everyone" | "all") => For::Everyone,
        Some(h) if !h.is_empty() && !h.contains(char::is_whitespace) => For::Handle(h.into()),
        Some(h) => {
            return Err(bad(
                name,
                "for",
                format!("'{h}' is not owner, everyone or a handle"),
                None,
            ));
        }
    };
    let message = d.message.clone().unwrap_or_else(|| match on {
        On::Customer => name.to_string(),
        _ => format!("{name}: {{text}}"),
    });
    let template = parse_template(&message).map_err(|m| bad(name, "message", m, None))?;
    Ok(Rule {
        name: name.into(),
        on,
        query_text: text.into(),
        query,
        message,
        template,
        for_,
        enabled: d.enabled.unwrap_or(true),
        origin,
    })
}

impl Rule {
    /// Whether this rule's warnings about a record whose owner is `owner`
    /// are shown to `user` (`None`: everybody's agenda).
    fn shown(&self, owner: Option<&str>, user: Option<&str>) -> bool {
        match (&self.for_, user) {
            (_, None) | (For::Everyone, _) => true,
            (For::Owner, Some(u)) => owner == Some(u),
            (For::Handle(h), Some(u)) => h == u,
        }
    }

    fn who(&self, owner: Option<&str>) -> Option<String> {
        match &self.for_ {
            For::Handle(h) => Some(h.clone()),
            _ => owner.map(str::to_string),
        }
    }

    fn hits(
        &self,
        c: &Customer,
        user: Option<&str>,
        today: NaiveDate,
        days: u32,
        out: &mut Vec<Hit>,
    ) {
        let hit = |rec: Rec, owner: Option<&str>, id: Option<&str>, date| Hit {
            rule: self.name.clone(),
            customer: c.id.clone(),
            name: c.name.clone(),
            id: id.map(str::to_string),
            by: self.who(owner),
            date,
            text: self.fill(c, rec, today),
        };
        match self.on {
            On::Customer => {
                let owner = c.owner.as_deref();
                if self.shown(owner, user) && self.query.matches_customer(c) {
                    let date = lang::last_contact(c, today);
                    out.push(hit(Rec::Customer, owner, None, date));
                }
            }
            On::Activity => {
                for a in &c.activities {
                    let owner = a.by.as_deref();
                    if self.shown(owner, user) && self.query.matches_activity(c, a) {
                        let date = a.due_date().or(Some(a.at.date_naive()));
                        out.push(hit(Rec::Activity(a), owner, Some(&a.id), date));
                    }
                }
            }
            On::Deal => {
                for d in &c.deals {
                    let owner = d.owner.as_deref().or(c.owner.as_deref());
                    if self.shown(owner, user) && self.query.matches_deal(c, d) {
                        // The day it closed, else its expected close.
                        let date = d.closed.or(d.expected);
                        out.push(hit(Rec::Deal(d), owner, Some(&d.id), date));
                    }
                }
            }
            On::Contract => {
                if c.contracts.is_empty() || !self.query.matches_customer(c) {
                    return;
                }
                for due in contracts::due(c, today, days) {
                    let owner = due.contract.owner.as_deref().or(c.owner.as_deref());
                    if self.shown(owner, user) {
                        let id = due.contract.id.as_str();
                        out.push(hit(Rec::Contract(&due), owner, Some(id), Some(due.date)));
                    }
                }
            }
        }
    }

    /// The message of a warning about `rec` of `c`.
    fn fill(&self, c: &Customer, rec: Rec, today: NaiveDate) -> String {
        let mut s = String::new();
        for seg in &self.template {
            match seg {
                Seg::Lit(l) => s.push_str(l),
                Seg::Var(v) => s.push_str(&v.value(self, c, rec, today)),
            }
        }
        s
    }
}

/// The record a warning is about.
#[derive(Clone, Copy)]
enum Rec<'a> {
    Customer,
    Activity(&'a Activity),
    Deal(&'a Deal),
    Contract(&'a Due<'a>),
}

/// A piece of a message template.
#[derive(Debug, Clone)]
enum Seg {
    Lit(String),
    Var(Var),
}

/// The placeholders a message may use, with what they stand for.
pub const PLACEHOLDERS: &[(&str, &str)] = &[
    ("rule", "the rule's name"),
    ("name", "the customer's name"),
    ("customer", "the customer's id"),
    ("owner", "the customer's owner"),
    ("stage", "the customer's stage"),
    ("last_contact", "the date of the last contact, or never"),
    (
        "days_since_contact",
        "days since the last contact (since created when never contacted)",
    ),
    (
        "since_contact",
        "'no contact for N days' or 'never contacted; added N days ago'",
    ),
    (
        "text",
        "the activity's text (first line) or the deal's title",
    ),
    ("kind", "the activity's kind"),
    ("by", "the activity's by"),
    ("due", "the activity's due date (and time)"),
    ("at", "the activity's date"),
    ("deal", "the deal's title"),
    ("deal_stage", "the deal's stage"),
    ("deal_age", "days since the deal was created"),
    ("amount", "the deal's amount"),
    ("currency", "the deal's currency"),
    ("expected", "the deal's expected close date"),
    ("contract", "the contract's title"),
    ("ends", "the contract's next end (or renewal)"),
    ("notice_by", "the contract's last day to give notice"),
    ("budget", "the customer's time budget, minutes per period"),
    ("budget_per", "month or quarter"),
    (
        "minutes",
        "minutes spent on the customer this budget period",
    ),
    ("budget_used", "per cent of the budget used this period"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Var {
    Rule,
    Name,
    Customer,
    Owner,
    Stage,
    LastContact,
    DaysSinceContact,
    SinceContact,
    Text,
    Kind,
    By,
    Due,
    At,
    Deal,
    DealStage,
    DealAge,
    Amount,
    Currency,
    Expected,
    Contract,
    Ends,
    NoticeBy,
    Budget,
    BudgetPer,
    Minutes,
    BudgetUsed,
}

impl Var {
    fn parse(s: &str) -> Option<Var> {
        Some(match s {
            "rule" => Var::Rule,
            "name" => Var::Name,
            "customer" => Var::Customer,
            "owner" => Var::Owner,
            "stage" => Var::Stage,
            "last_contact" => Var::LastContact,
            "days_since_contact" => Var::DaysSinceContact,
            "since_contact" => Var::SinceContact,
            "text" => Var::Text,
            "kind" => Var::Kind,
            "by" => Var::By,
            "due" => Var::Due,
            "at" => Var::At,
            "deal" => Var::Deal,
            "deal_stage" => Var::DealStage,
            "deal_age" => Var::DealAge,
            "amount" => Var::Amount,
            "currency" => Var::Currency,
            "expected" => Var::Expected,
            "contract" => Var::Contract,
            "ends" => Var::Ends,
            "notice_by" => Var::NoticeBy,
            "budget" => Var::Budget,
            "budget_per" => Var::BudgetPer,
            "minutes" => Var::Minutes,
            "budget_used" => Var::BudgetUsed,
            _ => return None,
        })
    }

    fn value(self, rule: &Rule, c: &Customer, rec: Rec, today: NaiveDate) -> String {
        let act = match rec {
            Rec::Activity(a) => Some(a),
            _ => None,
        };
        let deal = match rec {
            Rec::Deal(d) => Some(d),
            _ => None,
        };
        let due = match rec {
            Rec::Contract(k) => Some(k),
            _ => None,
        };
        let opt = |s: Option<&str>| s.unwrap_or("").to_string();
        let use_ = || budget::used(c, rule.query.budgets(), today);
        match self {
            Var::Rule => rule.name.clone(),
            Var::Name => c.name.clone(),
            Var::Customer => c.id.clone(),
            Var::Owner => opt(c.owner.as_deref()),
            Var::Stage => opt(c.stage.as_deref()),
            Var::LastContact => {
                lang::last_contact(c, today).map_or_else(|| "never".to_string(), |d| d.to_string())
            }
            Var::DaysSinceContact => lang::days_since_contact(c, today)
                .map_or_else(|| "?".to_string(), |d| d.to_string()),
            Var::SinceContact => since_contact(c, today),
            Var::Text => match rec {
                Rec::Activity(a) => first_line(a.text.as_deref()),
                Rec::Deal(d) => d.title.clone(),
                Rec::Contract(k) => k.text.clone(),
                Rec::Customer => String::new(),
            },
            Var::Kind => act.map_or_else(String::new, |a| a.kind.clone()),
            Var::By => opt(act.and_then(|a| a.by.as_deref())),
            Var::Due => act
                .and_then(|a| a.due)
                .map_or_else(String::new, |d| match d.time() {
                    Some(t) => format!("{} {}", d.date(), t.format("%H:%M")),
                    None => d.date().to_string(),
                }),
            Var::At => act.map_or_else(String::new, |a| a.at.date_naive().to_string()),
            Var::Deal => deal.map_or_else(String::new, |d| d.title.clone()),
            Var::DealStage => deal.map_or_else(String::new, |d| d.stage.clone()),
            Var::DealAge => deal
                .and_then(|d| d.opened())
                .map_or_else(|| "?".to_string(), |x| (today - x).num_days().to_string()),
            Var::Amount => deal.map_or_else(String::new, |d| d.amount.normalize().to_string()),
            Var::Currency => deal.map_or_else(String::new, |d| opt(d.currency.as_deref())),
            Var::Expected => deal
                .and_then(|d| d.expected)
                .map_or_else(String::new, |d| d.to_string()),
            Var::Contract => due.map_or_else(String::new, |k| k.contract.title.clone()),
            Var::Ends => due.map_or_else(String::new, |k| k.end.to_string()),
            Var::NoticeBy => due
                .and_then(|k| k.notice_by)
                .map_or_else(String::new, |d| d.to_string()),
            Var::Budget => use_().map_or_else(String::new, |u| u.budget.minutes.to_string()),
            Var::BudgetPer => use_().map_or_else(String::new, |u| u.budget.per.name().to_string()),
            Var::Minutes => use_().map_or_else(String::new, |u| u.minutes.to_string()),
            Var::BudgetUsed => use_().map_or_else(String::new, |u| percent(u.percent).to_string()),
        }
    }
}

/// "no contact for 165 days", "never contacted; added 30 days ago",
/// "never contacted".
pub fn since_contact(c: &Customer, today: NaiveDate) -> String {
    let last = lang::last_contact(c, today);
    match last.or(c.created) {
        Some(d) if last.is_some() => format!("no contact for {} days", (today - d).num_days()),
        Some(d) => format!("never contacted; added {} days ago", (today - d).num_days()),
        None => "never contacted".to_string(),
    }
}

fn first_line(s: Option<&str>) -> String {
    s.and_then(|t| t.lines().next()).unwrap_or("").to_string()
}

/// Split a message into text and `{placeholders}`; `{{` and `}}` are
/// braces.
fn parse_template(s: &str) -> std::result::Result<Vec<Seg>, String> {
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut chars = s.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                lit.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                lit.push('}');
            }
            '{' => {
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(x) => name.push(x),
                        None => return Err(format!("'{{{name}' is not closed with '}}'")),
                    }
                }
                let v = Var::parse(name.trim()).ok_or_else(|| {
                    format!(
                        "{{{name}}} is not a placeholder (known: {})",
                        PLACEHOLDERS
                            .iter()
                            .map(|(p, _)| *p)
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                })?;
                if !lit.is_empty() {
                    out.push(Seg::Lit(std::mem::take(&mut lit)));
                }
                out.push(Seg::Var(v));
            }
            x => lit.push(x),
        }
    }
    if !lit.is_empty() {
        out.push(Seg::Lit(lit));
    }
    Ok(out)
}

/// A percentage as shown: whole per cent, rounded down (99.6% is not yet
/// 100%, as the rules count it).
pub fn percent(p: Decimal) -> Decimal {
    p.round_dp_with_strategy(0, RoundingStrategy::ToZero)
        .normalize()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates() {
        assert!(parse_template("{name}: no contact for {days_since_contact} days").is_ok());
        assert!(parse_template("{{literal}} braces").is_ok());
        let e = parse_template("{nmae} is late").err().unwrap_or_default();
        assert!(e.contains("{nmae} is not a placeholder"), "{e}");
        assert!(parse_template("{name").is_err());
    }
}
