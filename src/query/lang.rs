//! The query language of `crm ls`, `crm activities` and the reports
//! (SPEC §5; docs/queries.md is the user's guide).
//!
//! One parser turns the words of the command line into a tree of terms;
//! one evaluator tests that tree against a record, which is a customer, a
//! (customer, activity) pair or a (customer, deal) pair. Each key belongs
//! to one of those three (a `kind:` is about an activity, an `amount>` about
//! a deal, a `tag:` about a customer); when a key is about something the
//! record does not hold, the term asks whether the customer has at least
//! one such thing — so `crm ls kind:meeting` lists customers with a
//! meeting, and `crm activities tag:vip` lists activities of vip customers.
//!
//! Grammar: terms are AND-ed; `or` between two terms binds tighter than the
//! AND (`stage:lead tag:a or tag:b` is lead AND (a OR b), as in Gmail and
//! GitHub search); `-term` and `not:term` negate; `(` … `)` group.
//! Everything is checked while parsing (keys, stages, kinds, dates,
//! numbers), so a bad term fails before any file is read, with exit 2 and
//! the term named.

use super::period::Period;
use super::when;
use crate::error::{Error, Result};
use crate::model::config::{Config, FieldType};
use crate::model::{Activity, Customer, Deal, id::fold};
use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;
use std::str::FromStr;

/// What a query needs to know besides its words.
#[derive(Debug, Clone, Copy)]
pub struct QueryEnv<'a> {
    pub config: &'a Config,
    /// "today" for relative dates, `is:overdue` and `is:stale`.
    pub today: NaiveDate,
    /// The acting user, for `owner:me` and `by:me`.
    pub user: Option<&'a str>,
}

/// A parsed query. The empty query matches everything.
#[derive(Debug, Clone)]
pub struct Query {
    root: Option<Node>,
    today: NaiveDate,
    /// Last contact before this date makes a customer stale.
    stale_before: NaiveDate,
    /// The store's currency: a deal without `currency` is in it.
    currency: String,
}

#[derive(Debug, Clone)]
enum Node {
    And(Vec<Node>),
    Or(Vec<Node>),
    Not(Box<Node>),
    Term(Term),
}

#[derive(Debug, Clone)]
struct Term {
    key: Key,
    op: Op,
    value: Val,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    /// `key:value`
    Match,
    Eq,
    Gt,
    Ge,
    Lt,
    Le,
}

#[derive(Debug, Clone)]
enum Val {
    /// Folded (lowercase ASCII) text.
    Text(String),
    Date(Period),
    Num(Decimal),
    Bool(bool),
    /// Digits of a phone number.
    Digits(String),
    Is(IsFlag),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IsFlag {
    Open,
    Overdue,
    Done,
    Won,
    Lost,
    Stale,
}

/// Which part of a record a key is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Customer,
    Activity,
    Deal,
    /// Bare words and `is:`: about whatever the record is.
    Record,
}

#[derive(Debug, Clone)]
enum Key {
    Text,
    Is,
    // customer
    Id,
    Customer,
    Name,
    Stage,
    Owner,
    Tag,
    Email,
    Phone,
    Website,
    Address,
    RegCode,
    Notes,
    Created,
    Last,
    Contact,
    Field(String, FieldType),
    // activity
    Kind,
    By,
    With,
    At,
    Minutes,
    Due,
    Done,
    // deal
    Deal,
    DealStage,
    Amount,
    Probability,
    Expected,
    Closed,
    Currency,
}

/// Every key with what it takes, for the help of a bad term.
const KEYS: &str = "customer: id, customer, name, stage, owner, tag, email, phone, website, \
address, reg_code, notes, created, last, contact, fields.NAME; activity: kind, by, with, at, \
minutes, due, done; deal: deal, deal_stage, amount, probability, expected, closed, currency; \
any: text, is (open, overdue, done, won, lost, stale)";

impl Key {
    fn parse(k: &str, cfg: &Config) -> Option<Key> {
        Some(match k {
            "text" => Key::Text,
            "is" => Key::Is,
            "id" => Key::Id,
            "customer" => Key::Customer,
            "name" => Key::Name,
            "stage" => Key::Stage,
            "owner" => Key::Owner,
            "tag" | "tags" => Key::Tag,
            "email" => Key::Email,
            "phone" => Key::Phone,
            "website" => Key::Website,
            "address" => Key::Address,
            "reg_code" => Key::RegCode,
            "notes" | "note" => Key::Notes,
            "created" => Key::Created,
            "last" | "last_contact" => Key::Last,
            "contact" => Key::Contact,
            "kind" => Key::Kind,
            "by" => Key::By,
            "with" => Key::With,
            "at" | "date" => Key::At,
            "minutes" => Key::Minutes,
            "due" => Key::Due,
            "done" => Key::Done,
            "deal" | "title" => Key::Deal,
            "deal_stage" | "deal.stage" => Key::DealStage,
            "amount" => Key::Amount,
            "probability" => Key::Probability,
            "expected" => Key::Expected,
            "closed" => Key::Closed,
            "currency" => Key::Currency,
            _ => {
                let name = k.strip_prefix("fields.")?;
                let def = cfg.fields.get(name)?;
                Key::Field(name.to_string(), def.kind)
            }
        })
    }

    fn scope(&self) -> Scope {
        match self {
            Key::Text | Key::Is => Scope::Record,
            Key::Kind | Key::By | Key::With | Key::At | Key::Minutes | Key::Due | Key::Done => {
                Scope::Activity
            }
            Key::Deal
            | Key::DealStage
            | Key::Amount
            | Key::Probability
            | Key::Expected
            | Key::Closed
            | Key::Currency => Scope::Deal,
            _ => Scope::Customer,
        }
    }

    /// What a value of this key is.
    fn kind(&self) -> ValKind {
        match self {
            Key::Created | Key::Last | Key::At | Key::Due | Key::Expected | Key::Closed => {
                ValKind::Date
            }
            Key::Minutes | Key::Amount | Key::Probability => ValKind::Num,
            Key::Done => ValKind::Bool,
            Key::Phone => ValKind::Digits,
            Key::Is => ValKind::Is,
            Key::Field(_, t) => match t {
                FieldType::Int | FieldType::Float => ValKind::Num,
                FieldType::Date => ValKind::Date,
                FieldType::Bool => ValKind::Bool,
                FieldType::String | FieldType::Enum => ValKind::Text,
            },
            _ => ValKind::Text,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ValKind {
    Text,
    Date,
    Num,
    Bool,
    Digits,
    Is,
}

/// A record the query is tested against.
#[derive(Clone, Copy)]
struct Rec<'a> {
    c: &'a Customer,
    a: Option<&'a Activity>,
    d: Option<&'a Deal>,
}

impl Query {
    /// Parse the words of a query (as the shell split them).
    pub fn parse(words: &[String], env: &QueryEnv) -> Result<Query> {
        let tokens = tokenize(words);
        let mut p = Parser {
            tokens,
            pos: 0,
            env,
        };
        let root = p.conjunction()?;
        if let Some(t) = p.tokens.get(p.pos) {
            return Err(bad(t, "unexpected here (unbalanced parenthesis?)"));
        }
        let stale_days = i64::from(env.config.stale_after_days);
        Ok(Query {
            root,
            today: env.today,
            stale_before: env
                .today
                .checked_sub_signed(Duration::days(stale_days))
                .unwrap_or(NaiveDate::MIN),
            currency: env.config.currency.clone(),
        })
    }

    /// The query that matches everything.
    pub fn all(env: &QueryEnv) -> Query {
        Query {
            root: None,
            today: env.today,
            stale_before: NaiveDate::MIN,
            currency: env.config.currency.clone(),
        }
    }

    /// Whether the query has no terms.
    pub fn is_empty(&self) -> bool {
        self.root.is_none()
    }

    /// Whether a term uses `key` (e.g. to drop a default filter when the
    /// user filters on the same thing).
    pub fn mentions(&self, key: &str) -> bool {
        fn walk(n: &Node, f: &dyn Fn(&Key) -> bool) -> bool {
            match n {
                Node::And(v) | Node::Or(v) => v.iter().any(|n| walk(n, f)),
                Node::Not(n) => walk(n, f),
                Node::Term(t) => f(&t.key),
            }
        }
        let f = |k: &Key| match key {
            "stage" => matches!(k, Key::Stage),
            "is" => matches!(k, Key::Is),
            _ => false,
        };
        self.root.as_ref().is_some_and(|n| walk(n, &f))
    }

    /// Whether testing a customer or a deal may look at the customer's
    /// activities (activity keys, `last:`, and `is:` open, overdue, done or
    /// stale). When it does not, [`Query::matches_customer`] and
    /// [`Query::matches_deal`] give the same answer for a customer whose
    /// activities are not read (`Store::scan_where`).
    pub fn reads_activities(&self) -> bool {
        fn walk(n: &Node) -> bool {
            match n {
                Node::And(v) | Node::Or(v) => v.iter().any(walk),
                Node::Not(n) => walk(n),
                Node::Term(t) => {
                    t.key.scope() == Scope::Activity
                        || matches!(t.key, Key::Last)
                        || (matches!(t.key, Key::Is)
                            && !matches!(t.value, Val::Is(IsFlag::Won | IsFlag::Lost)))
                }
            }
        }
        self.root.as_ref().is_some_and(walk)
    }

    /// Test a customer.
    pub fn matches_customer(&self, c: &Customer) -> bool {
        self.eval(Rec {
            c,
            a: None,
            d: None,
        })
    }

    /// Test an activity of customer `c`.
    pub fn matches_activity(&self, c: &Customer, a: &Activity) -> bool {
        self.eval(Rec {
            c,
            a: Some(a),
            d: None,
        })
    }

    /// Test a deal of customer `c`.
    pub fn matches_deal(&self, c: &Customer, d: &Deal) -> bool {
        self.eval(Rec {
            c,
            a: None,
            d: Some(d),
        })
    }

    fn eval(&self, r: Rec) -> bool {
        match &self.root {
            None => true,
            Some(n) => self.node(n, r),
        }
    }

    fn node(&self, n: &Node, r: Rec) -> bool {
        match n {
            Node::And(v) => v.iter().all(|n| self.node(n, r)),
            Node::Or(v) => v.iter().any(|n| self.node(n, r)),
            Node::Not(n) => !self.node(n, r),
            Node::Term(t) => self.term(t, r),
        }
    }

    fn term(&self, t: &Term, r: Rec) -> bool {
        match t.key.scope() {
            Scope::Activity if r.a.is_none() => {
                r.c.activities
                    .iter()
                    .any(|a| self.term(t, Rec { a: Some(a), ..r }))
            }
            Scope::Deal if r.d.is_none() => {
                r.c.deals
                    .iter()
                    .any(|d| self.term(t, Rec { d: Some(d), ..r }))
            }
            _ => self.test(t, r),
        }
    }

    /// Test a term whose scope the record holds.
    fn test(&self, t: &Term, r: Rec) -> bool {
        let c = r.c;
        let text = |s: Option<&str>| s.is_some_and(|s| text_match(t, s));
        match &t.key {
            Key::Text => {
                let Val::Text(needle) = &t.value else {
                    return false;
                };
                let has = |s: &str| contains_folded(s, needle);
                if let Some(a) = r.a {
                    a.text.as_deref().is_some_and(has)
                        || a.with.as_deref().is_some_and(has)
                        || has(&c.name)
                        || c.id.contains(needle.as_str())
                } else if let Some(d) = r.d {
                    has(&d.title) || has(&c.name) || c.id.contains(needle.as_str())
                } else {
                    customer_text(c, &|s| has(s))
                }
            }
            Key::Is => {
                let Val::Is(flag) = t.value else {
                    return false;
                };
                self.is(flag, r)
            }
            Key::Id => {
                let id =
                    r.a.map(|a| a.id.as_str())
                        .or(r.d.map(|d| d.id.as_str()))
                        .unwrap_or(&c.id);
                match &t.value {
                    Val::Text(v) if t.op == Op::Eq => id == v,
                    Val::Text(v) => id.starts_with(v.as_str()),
                    _ => false,
                }
            }
            Key::Customer => match &t.value {
                Val::Text(v) if t.op == Op::Eq => c.id == *v,
                Val::Text(v) => c.id.starts_with(v.as_str()) || contains_folded(&c.name, v),
                _ => false,
            },
            Key::Name => text(Some(&c.name)),
            Key::Stage => text(c.stage.as_deref()),
            Key::Owner => {
                let owner = r.d.and_then(|d| d.owner.as_deref()).or(c.owner.as_deref());
                text(owner)
            }
            Key::Tag => c.tags.iter().any(|x| text_match(t, x)),
            Key::Email => {
                text(c.email.as_deref()) || c.contacts.iter().any(|p| text(p.email.as_deref()))
            }
            Key::Phone => {
                let Val::Digits(v) = &t.value else {
                    return false;
                };
                let has = |p: Option<&str>| p.is_some_and(|p| digits(p).contains(v.as_str()));
                has(c.phone.as_deref()) || c.contacts.iter().any(|p| has(p.phone.as_deref()))
            }
            Key::Website => text(c.website.as_deref()),
            Key::Address => text(c.address.as_deref()),
            Key::RegCode => text(c.reg_code.as_deref()),
            Key::Notes => text(c.notes.as_deref()),
            Key::Created => date_match(t, c.created),
            Key::Last => date_match(t, last_contact(c, self.today)),
            Key::Contact => c.contacts.iter().any(|p| {
                text_match(t, &p.name)
                    || p.role.as_deref().is_some_and(|s| text_match(t, s))
                    || p.email.as_deref().is_some_and(|s| text_match(t, s))
            }),
            Key::Field(name, _) => {
                let v = c.fields.get(name);
                match (&t.value, v) {
                    (_, None) => false,
                    (Val::Text(_), Some(toml::Value::String(s))) => text_match(t, s),
                    (Val::Num(_), Some(toml::Value::Integer(i))) => {
                        num_match(t, Some(Decimal::from(*i)))
                    }
                    (Val::Num(_), Some(toml::Value::Float(f))) => {
                        num_match(t, crate::model::decimal_from_f64(*f))
                    }
                    (Val::Bool(b), Some(toml::Value::Boolean(x))) => b == x,
                    (Val::Date(_), Some(toml::Value::Datetime(d))) => {
                        date_match(t, crate::model::to_date(d).ok())
                    }
                    _ => false,
                }
            }
            Key::Kind => r.a.is_some_and(|a| text_match(t, &a.kind)),
            Key::By => r.a.is_some_and(|a| text(a.by.as_deref())),
            Key::With => r.a.is_some_and(|a| text(a.with.as_deref())),
            Key::At => r.a.is_some_and(|a| date_match(t, Some(a.at.date_naive()))),
            Key::Minutes => {
                r.a.is_some_and(|a| num_match(t, a.minutes.map(Decimal::from)))
            }
            Key::Due => r.a.is_some_and(|a| date_match(t, a.due)),
            Key::Done => r.a.is_some_and(|a| match t.value {
                // An activity without `done` is not a task; `done:false`
                // asks for open tasks, so it must have a due date.
                Val::Bool(b) => a.due.is_some() && a.done.unwrap_or(false) == b,
                _ => false,
            }),
            Key::Deal => {
                r.d.is_some_and(|d| text_match(t, &d.title) || d.id.starts_with(val_text(t)))
            }
            Key::DealStage => r.d.is_some_and(|d| text_match(t, &d.stage)),
            Key::Amount => r.d.is_some_and(|d| num_match(t, Some(d.amount))),
            Key::Probability => {
                r.d.is_some_and(|d| num_match(t, d.probability.map(Decimal::from)))
            }
            Key::Expected => r.d.is_some_and(|d| date_match(t, d.expected)),
            Key::Closed => r.d.is_some_and(|d| date_match(t, d.closed)),
            Key::Currency => r.d.is_some_and(|d| {
                text(Some(
                    d.currency.as_deref().unwrap_or(self.currency.as_str()),
                ))
            }),
        }
    }

    fn is(&self, flag: IsFlag, r: Rec) -> bool {
        let overdue_task = |a: &Activity| a.is_open_task() && a.due.is_some_and(|d| d < self.today);
        let open_deal = |d: &Deal| d.stage != "won" && d.stage != "lost";
        if let Some(a) = r.a {
            return match flag {
                IsFlag::Open => a.is_open_task(),
                IsFlag::Overdue => overdue_task(a),
                IsFlag::Done => a.due.is_some() && a.done == Some(true),
                IsFlag::Stale => self.is_stale(r.c),
                IsFlag::Won | IsFlag::Lost => false,
            };
        }
        if let Some(d) = r.d {
            return match flag {
                IsFlag::Open => open_deal(d),
                IsFlag::Overdue => open_deal(d) && d.expected.is_some_and(|e| e < self.today),
                IsFlag::Won => d.stage == "won",
                IsFlag::Lost => d.stage == "lost",
                IsFlag::Done => !open_deal(d),
                IsFlag::Stale => self.is_stale(r.c),
            };
        }
        let c = r.c;
        match flag {
            IsFlag::Open => c.activities.iter().any(Activity::is_open_task),
            IsFlag::Overdue => c.activities.iter().any(overdue_task),
            IsFlag::Done => c.activities.iter().any(|a| a.done == Some(true)),
            IsFlag::Won => c.deals.iter().any(|d| d.stage == "won"),
            IsFlag::Lost => c.deals.iter().any(|d| d.stage == "lost"),
            IsFlag::Stale => self.is_stale(c),
        }
    }

    /// Not contacted since `stale_after_days` (never contacted counts from
    /// `created`); lost and inactive customers are never stale.
    fn is_stale(&self, c: &Customer) -> bool {
        is_stale(c, self.today, self.stale_before, true)
    }
}

/// Whether customer `c` counts as stale on `today` when contact before
/// `before` is too old: its last contact (or, never contacted, its
/// `created` date) is before `before`. With `skip_inactive`, customers in
/// stage `lost` or `inactive` are left alone.
pub fn is_stale(c: &Customer, today: NaiveDate, before: NaiveDate, skip_inactive: bool) -> bool {
    if skip_inactive && matches!(c.stage.as_deref(), Some("lost" | "inactive")) {
        return false;
    }
    match last_contact(c, today) {
        Some(d) => d < before,
        None => c.created.is_none_or(|d| d < before),
    }
}

/// The date of the last contact with `c` up to `today`: the latest `at` of
/// an activity that is not a task or a note (planned meetings in the
/// future do not count).
pub fn last_contact(c: &Customer, today: NaiveDate) -> Option<NaiveDate> {
    c.activities
        .iter()
        .filter(|a| a.kind != "task" && a.kind != "note")
        .map(|a| a.at.date_naive())
        .filter(|d| *d <= today)
        .max()
}

/// Whether any of the customer's searchable texts satisfies `has`.
fn customer_text(c: &Customer, has: &dyn Fn(&str) -> bool) -> bool {
    has(&c.name)
        || has(&c.id)
        || [
            &c.email,
            &c.phone,
            &c.website,
            &c.address,
            &c.reg_code,
            &c.notes,
        ]
        .into_iter()
        .any(|s| s.as_deref().is_some_and(has))
        || c.tags.iter().any(|t| has(t))
        || c.contacts.iter().any(|p| {
            has(&p.name)
                || [&p.role, &p.email, &p.phone, &p.notes]
                    .into_iter()
                    .any(|s| s.as_deref().is_some_and(has))
        })
        || c.fields.values().any(|v| v.as_str().is_some_and(has))
}

/// `haystack` folded contains the already folded `needle`.
fn contains_folded(haystack: &str, needle: &str) -> bool {
    if haystack.is_ascii() {
        // Fast path: ASCII needs no transliteration, only case folding.
        let (h, n) = (haystack.as_bytes(), needle.as_bytes());
        if n.is_empty() {
            return true;
        }
        h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
    } else {
        fold(haystack).contains(needle)
    }
}

fn val_text(t: &Term) -> &str {
    match &t.value {
        Val::Text(s) => s,
        _ => "",
    }
}

/// Text keys: `key:value` is equality for words that name a thing (stage,
/// tag, owner, kind …) and containment for free text (name, notes …);
/// `key=value` is always whole-value equality.
fn text_match(t: &Term, s: &str) -> bool {
    let Val::Text(v) = &t.value else {
        return false;
    };
    let exact = t.op == Op::Eq
        || matches!(
            t.key,
            Key::Stage
                | Key::Owner
                | Key::Tag
                | Key::Kind
                | Key::By
                | Key::DealStage
                | Key::Currency
                | Key::Field(_, FieldType::Enum)
        );
    if exact {
        if s.is_ascii() {
            s.eq_ignore_ascii_case(v)
        } else {
            fold(s) == *v
        }
    } else {
        contains_folded(s, v)
    }
}

fn date_match(t: &Term, d: Option<NaiveDate>) -> bool {
    let (Val::Date(p), Some(d)) = (&t.value, d) else {
        return false;
    };
    match t.op {
        Op::Match | Op::Eq => p.contains(d),
        Op::Gt => d >= p.end_exclusive,
        Op::Ge => d >= p.start,
        Op::Lt => d < p.start,
        Op::Le => d < p.end_exclusive,
    }
}

fn num_match(t: &Term, n: Option<Decimal>) -> bool {
    let (Val::Num(v), Some(n)) = (&t.value, n) else {
        return false;
    };
    match t.op {
        Op::Match | Op::Eq => n == *v,
        Op::Gt => n > *v,
        Op::Ge => n >= *v,
        Op::Lt => n < *v,
        Op::Le => n <= *v,
    }
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

// ---- tokens and parser ----

#[derive(Debug, Clone)]
struct Token {
    text: String,
}

/// Split each shell word on whitespace outside double quotes; words that
/// follow a `key:value` inside the same shell word and are not terms
/// themselves continue its value (`'at:last month'`). Parentheses need no
/// spaces around them: `'(stage:lead or tag:vip)'` is `(`, two terms and
/// `)`; an opening one right after `-` or `not:` negates the group. A `)`
/// that closes a `(` inside the same word stays part of it (`name:Acme(UK)`).
fn tokenize(words: &[String]) -> Vec<Token> {
    let mut out = Vec::new();
    for w in words {
        let mut parts: Vec<String> = Vec::new();
        let mut cur = String::new();
        let mut quoted = false;
        // `(` minus `)` inside `cur`.
        let mut depth = 0i32;
        for ch in w.chars() {
            match ch {
                '"' => quoted = !quoted,
                c if c.is_whitespace() && !quoted => {
                    if !cur.is_empty() {
                        parts.push(std::mem::take(&mut cur));
                        depth = 0;
                    }
                }
                '(' if !quoted
                    && (cur.is_empty() || cur == "-" || cur.eq_ignore_ascii_case("not:")) =>
                {
                    cur.push('(');
                    parts.push(std::mem::take(&mut cur));
                }
                ')' if !quoted && depth == 0 => {
                    if !cur.is_empty() {
                        parts.push(std::mem::take(&mut cur));
                    }
                    parts.push(")".into());
                }
                c => {
                    if !quoted {
                        depth += match c {
                            '(' => 1,
                            ')' => -1,
                            _ => 0,
                        };
                    }
                    cur.push(c)
                }
            }
        }
        if !cur.is_empty() {
            parts.push(cur);
        }
        let mut first_in_word: Option<usize> = None;
        for part in parts {
            let is_term = split_term(&part).is_some()
                || matches!(part.to_lowercase().as_str(), "or" | "(" | ")" | "not:(")
                || part.starts_with('-');
            match first_in_word {
                Some(i) if !is_term => {
                    let t: &mut Token = &mut out[i];
                    t.text.push(' ');
                    t.text.push_str(&part);
                }
                _ => {
                    first_in_word = split_term(&part).map(|_| out.len());
                    out.push(Token { text: part });
                }
            }
        }
    }
    out
}

/// `key`, operator and value of a `key:value` / `key>=value` word.
fn split_term(s: &str) -> Option<(&str, Op, &str)> {
    let end = s
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '.'))
        .map(|(i, _)| i)?;
    let key = &s[..end];
    if key.is_empty() || !key.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let rest = &s[end..];
    for (sym, op) in [
        (">=", Op::Ge),
        ("<=", Op::Le),
        (":", Op::Match),
        ("=", Op::Eq),
        (">", Op::Gt),
        ("<", Op::Lt),
    ] {
        if let Some(v) = rest.strip_prefix(sym) {
            return Some((key, op, v));
        }
    }
    None
}

fn bad(t: &Token, why: &str) -> Error {
    Error::usage_hint(
        format!("query term '{}': {why}", t.text),
        "see docs/queries.md; keys: ".to_string() + KEYS,
    )
}

struct Parser<'a, 'e> {
    tokens: Vec<Token>,
    pos: usize,
    env: &'a QueryEnv<'e>,
}

impl Parser<'_, '_> {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.pos).map(|t| t.text.as_str())
    }

    /// Terms up to `)` or the end, AND-ed.
    fn conjunction(&mut self) -> Result<Option<Node>> {
        let mut all = Vec::new();
        while let Some(t) = self.peek() {
            if t == ")" {
                break;
            }
            if t.eq_ignore_ascii_case("or") {
                let tok = self.tokens[self.pos].clone();
                return Err(bad(&tok, "`or` needs a term on both sides"));
            }
            all.push(self.disjunction()?);
        }
        Ok(match all.len() {
            0 => None,
            1 => all.pop(),
            _ => Some(Node::And(all)),
        })
    }

    fn disjunction(&mut self) -> Result<Node> {
        let mut any = vec![self.unary()?];
        while self.peek().is_some_and(|t| t.eq_ignore_ascii_case("or")) {
            let or_tok = self.tokens[self.pos].clone();
            self.pos += 1;
            match self.peek() {
                None | Some(")") => return Err(bad(&or_tok, "`or` needs a term on both sides")),
                _ => any.push(self.unary()?),
            }
        }
        Ok(if any.len() == 1 {
            any.remove(0)
        } else {
            Node::Or(any)
        })
    }

    fn unary(&mut self) -> Result<Node> {
        let tok = self.tokens[self.pos].clone();
        self.pos += 1;
        let negated_group = tok.text == "-(" || tok.text.eq_ignore_ascii_case("not:(");
        if tok.text == "(" || negated_group {
            let inner = self.conjunction()?;
            if self.peek() != Some(")") {
                return Err(bad(&tok, "this parenthesis is not closed"));
            }
            self.pos += 1;
            let inner = inner.ok_or_else(|| bad(&tok, "empty parentheses"))?;
            return Ok(if negated_group {
                Node::Not(Box::new(inner))
            } else {
                inner
            });
        }
        if let Some(rest) = tok.text.strip_prefix("not:") {
            return self.negated(&tok, rest);
        }
        if let Some(rest) = tok.text.strip_prefix('-')
            && !rest.is_empty()
        {
            return self.negated(&tok, rest);
        }
        self.term(&tok).map(Node::Term)
    }

    fn negated(&mut self, tok: &Token, rest: &str) -> Result<Node> {
        if rest.is_empty() {
            return Err(bad(tok, "nothing to negate"));
        }
        let inner = Token {
            text: rest.to_string(),
        };
        if let Some(r) = rest.strip_prefix("not:") {
            return Ok(Node::Not(Box::new(self.negated(&inner, r)?)));
        }
        Ok(Node::Not(Box::new(Node::Term(self.term(&inner)?))))
    }

    fn term(&self, tok: &Token) -> Result<Term> {
        let env = self.env;
        let Some((k, op, raw)) = split_term(&tok.text) else {
            return Ok(Term {
                key: Key::Text,
                op: Op::Match,
                value: Val::Text(fold(&tok.text)),
            });
        };
        let lk = k.to_lowercase();
        let key = Key::parse(&lk, env.config).ok_or_else(|| {
            if let Some(f) = lk.strip_prefix("fields.") {
                let declared: Vec<&str> = env.config.fields.keys().map(String::as_str).collect();
                bad(
                    tok,
                    &format!(
                        "no custom field '{f}' is declared in crm.toml (declared: {})",
                        if declared.is_empty() {
                            "none".to_string()
                        } else {
                            declared.join(", ")
                        }
                    ),
                )
            } else {
                bad(tok, &format!("unknown key '{k}'"))
            }
        })?;
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(bad(tok, "the value is missing"));
        }
        let kind = key.kind();
        if matches!(op, Op::Gt | Op::Ge | Op::Lt | Op::Le)
            && !matches!(kind, ValKind::Date | ValKind::Num)
        {
            return Err(bad(
                tok,
                &format!("'{k}' is not a date or a number; compare it with '{k}:VALUE'"),
            ));
        }
        let value = match kind {
            ValKind::Text => {
                let v = match (&key, raw) {
                    (Key::Owner | Key::By, "me") => match env.user {
                        Some(u) => u.to_string(),
                        None => {
                            return Err(Error::usage_hint(
                                format!("query term '{}': who 'me' is is not known", tok.text),
                                "set CRM_USER, pass --as HANDLE, or set git's user.email",
                            ));
                        }
                    },
                    _ => raw.to_string(),
                };
                let check = |what: &str, list: &[String]| -> Result<()> {
                    if list.iter().any(|s| s.eq_ignore_ascii_case(&v)) {
                        Ok(())
                    } else {
                        Err(bad(
                            tok,
                            &format!("'{v}' is not a {what} (known: {})", list.join(", ")),
                        ))
                    }
                };
                match &key {
                    Key::Stage => check("stage", &env.config.stages)?,
                    Key::Kind => check("kind", &env.config.activity_kinds)?,
                    Key::DealStage => check("deal stage", &env.config.deal_stages)?,
                    Key::Field(name, FieldType::Enum) => {
                        let values = env
                            .config
                            .fields
                            .get(name)
                            .map(|d| d.values.clone())
                            .unwrap_or_default();
                        check(&format!("value of fields.{name}"), &values)?
                    }
                    _ => {}
                }
                Val::Text(fold(&v))
            }
            ValKind::Date => {
                let p = Period::parse(k, raw, env.today).or_else(|_| {
                    when::parse_date(k, raw, env.today).map(|d| Period::inclusive(d, d))
                });
                Val::Date(p.map_err(|_| {
                    bad(
                        tok,
                        &format!(
                            "'{raw}' is not a date or period (e.g. 2026-11-24, 2026-11, 2026-q3, today, 'last month')"
                        ),
                    )
                })?)
            }
            ValKind::Num => {
                let n = Decimal::from_str(raw)
                    .ok()
                    .or_else(|| crate::model::parse_amount(raw).ok())
                    .ok_or_else(|| bad(tok, &format!("'{raw}' is not a number")))?;
                Val::Num(n)
            }
            ValKind::Bool => Val::Bool(match raw.to_lowercase().as_str() {
                "true" | "yes" | "1" => true,
                "false" | "no" | "0" => false,
                _ => return Err(bad(tok, &format!("'{raw}' is not true or false"))),
            }),
            ValKind::Digits => {
                let d = digits(raw);
                if d.len() < 3 {
                    return Err(bad(tok, "give at least 3 digits of the number"));
                }
                // A national number written with its leading 0 or without the
                // country code still matches the stored +CC form.
                Val::Digits(d.trim_start_matches('0').to_string())
            }
            ValKind::Is => Val::Is(match raw.to_lowercase().as_str() {
                "open" => IsFlag::Open,
                "overdue" => IsFlag::Overdue,
                "done" => IsFlag::Done,
                "won" => IsFlag::Won,
                "lost" => IsFlag::Lost,
                "stale" => IsFlag::Stale,
                _ => {
                    return Err(bad(
                        tok,
                        &format!("is:{raw}: expected open, overdue, done, won, lost or stale"),
                    ));
                }
            }),
        };
        Ok(Term { key, op, value })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> Config {
        let mut c = Config::default();
        c.fields.insert(
            "industry".into(),
            crate::model::config::FieldDef {
                kind: FieldType::Enum,
                values: vec!["media".into(), "food".into()],
            },
        );
        c.fields.insert(
            "employees".into(),
            crate::model::config::FieldDef {
                kind: FieldType::Int,
                values: vec![],
            },
        );
        c
    }

    fn customer() -> Customer {
        Customer::parse(
            "aripaev-as",
            r#"
name = "Äripäev AS"
stage = "customer"
owner = "mari"
tags = ["media", "vip"]
created = 2024-03-01
email = "info@aripaev.example"
phone = "+372 5555 1234"
notes = "Prefers e-mail."
[fields]
industry = "media"
employees = 183
[[contacts]]
name = "Pekka Virtanen"
phone = "+358 40 123 4567"
[[deals]]
id = "d7k2m9q4xa"
title = "Annual package"
amount = 12000.50
stage = "offer"
probability = 60
expected = 2026-12-15
[[activities]]
id = "a1"
at = 2026-11-22T10:15:00+02:00
kind = "call"
by = "mari"
text = "Agreed 5% discount"
minutes = 25
[[activities]]
id = "a2"
at = 2026-11-01T10:15:00+02:00
kind = "task"
by = "jaan"
text = "Send the offer"
due = 2026-11-20
done = false
"#,
        )
        .expect("test customer")
    }

    fn q(s: &str) -> Result<Query> {
        let config = cfg();
        let env = QueryEnv {
            config: &config,
            today: NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"),
            user: Some("mari"),
        };
        let words: Vec<String> = s.split(' ').map(String::from).collect();
        Query::parse(&words, &env)
    }

    fn hit(s: &str) -> bool {
        q(s).expect(s).matches_customer(&customer())
    }

    #[test]
    fn customer_terms() {
        for yes in [
            "stage:customer",
            "STAGE:Customer",
            "tag:vip",
            "owner:mari",
            "owner:me",
            "aripaev",
            "ÄRIPÄEV",
            "pekka",
            "created>=2024-01-01",
            "created:2024",
            "created<2024-q2",
            "fields.industry:media",
            "fields.employees>100",
            "phone:55551234",
            "phone:040",
            "customer:arip",
            "email:aripaev",
            "-tag:old",
            "not:tag:old",
            "tag:old or tag:vip",
            "stage:lead or stage:customer tag:vip",
            "( tag:old or tag:vip ) stage:customer",
            "amount>12000",
            "amount=12000.5",
            "kind:call",
            "by:jaan",
            "minutes>=25",
            "is:overdue",
            "is:open",
            "last:2026-11",
            // Parentheses need no spaces; `-(` and `not:(` negate a group.
            "(tag:old or tag:vip) stage:customer",
            "(stage:lead or (tag:vip stage:customer))",
            "not:(stage:lead or tag:old)",
            "-(tag:old)",
            // A deal without `currency` is in the store's currency.
            "currency:EUR",
        ] {
            assert!(hit(yes), "{yes} should match");
        }
        for no in [
            "stage:lead",
            "tag:vi",
            "-tag:vip",
            "owner:jaan",
            "created>2024",
            "fields.employees<100",
            "amount>12000.5",
            "kind:meeting",
            "minutes>25",
            "tag:vip stage:lead",
            "stage:lead tag:vip or stage:customer",
            "zzz",
            "is:stale",
            "is:won",
            "(stage:lead or tag:old)",
            "not:(stage:customer tag:vip)",
            "currency:USD",
            // A `)` closing a `(` inside the word is part of the value.
            "name:Äripäev(UK)",
        ] {
            assert!(!hit(no), "{no} should not match");
        }
    }

    #[test]
    fn me_without_a_known_user_is_an_error_not_the_handle_me() {
        let config = cfg();
        let env = QueryEnv {
            config: &config,
            today: NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"),
            user: None,
        };
        let e = Query::parse(&["owner:me".to_string()], &env)
            .expect_err("no user")
            .to_string();
        assert!(e.contains("'owner:me'") && e.contains("'me'"), "{e}");
    }

    #[test]
    fn activity_terms() {
        let c = customer();
        let call = &c.activities[0];
        let task = &c.activities[1];
        let yes = |s: &str, a: &Activity| q(s).expect(s).matches_activity(&c, a);
        assert!(yes("kind:call", call));
        assert!(!yes("kind:call", task));
        assert!(yes("discount", call));
        assert!(yes("aripaev", task), "bare words also match the customer");
        assert!(!yes("discount", task));
        assert!(yes("due<today done:false", task));
        assert!(!yes("done:false", call), "a call is not an open task");
        assert!(yes("is:overdue", task));
        assert!(yes("at:2026-11 by:me", call));
        assert!(yes("at>=2026-11-22", call));
        assert!(!yes("at>2026-11-22", call));
        assert!(yes("tag:vip amount>1000", call));
    }

    #[test]
    fn bad_terms_name_the_term() {
        for (bad, says) in [
            ("stage:custmer", "'custmer' is not a stage"),
            ("kind:lunch", "'lunch' is not a kind"),
            ("colour:red", "unknown key 'colour'"),
            ("fields.size:3", "no custom field 'size'"),
            ("created>soon", "'soon' is not a date"),
            ("amount>lots", "'lots' is not a number"),
            ("name>b", "compare it with 'name:VALUE'"),
            ("tag:", "the value is missing"),
            ("or tag:a", "`or` needs a term"),
            ("tag:a or", "`or` needs a term"),
            ("( tag:a", "not closed"),
            ("tag:a )", "unexpected here"),
            ("is:fun", "is:fun"),
            ("fields.industry:space", "not a value of fields.industry"),
        ] {
            let e = q(bad).expect_err(bad);
            assert_eq!(e.exit_code(), 2);
            let msg = e.to_string();
            assert!(msg.contains("query term '"), "{bad}: {msg}");
            assert!(msg.contains(says), "{bad}: {msg}");
        }
    }

    #[test]
    fn multi_word_values_stay_in_their_shell_word() {
        let config = cfg();
        let env = QueryEnv {
            config: &config,
            today: NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"),
            user: None,
        };
        let query = Query::parse(&["last:this month tag:vip".to_string()], &env).expect("parse");
        assert!(query.matches_customer(&customer()));
        let query = Query::parse(&["name:\"äripäev as\"".to_string()], &env).expect("parse");
        assert!(query.matches_customer(&customer()));
    }
}
