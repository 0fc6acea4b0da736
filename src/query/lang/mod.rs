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

mod eval;
mod lexer;
mod parser;

pub use eval::{days_since_contact, is_stale, last_contact};

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
    /// crm.toml's default budgets, for `budget` and `budget_used`.
    budgets: Vec<crate::model::config::BudgetDef>,
    /// crm.toml's `complaint_kinds`, for `is:complaint`.
    complaint_kinds: Vec<String>,
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
    /// An activity of one of crm.toml's `complaint_kinds`.
    Complaint,
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
    // attention: contact, budgets, tasks, deal age
    DaysSinceContact,
    Budget,
    BudgetUsed,
    Priority,
    Every,
    Resolution,
    DoneAt,
    DealAge,
    Product,
    Reason,
}

/// Every key with what it takes, for the help of a bad term.
const KEYS: &str = "customer: id, customer, name, stage, owner, tag, email, phone, website, \
address, reg_code, notes, created, last, contact, days_since_contact, budget, budget_used, \
fields.NAME; activity: kind, by, with, at, minutes, due, done, priority, every, resolution, \
done_at; deal: deal, deal_stage, amount, probability, expected, closed, currency, deal_age, \
product, reason; any: text, is (open, overdue, done, won, lost, stale, complaint)";

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
            "days_since_contact" => Key::DaysSinceContact,
            "budget" => Key::Budget,
            "budget_used" => Key::BudgetUsed,
            "priority" => Key::Priority,
            "every" => Key::Every,
            "resolution" => Key::Resolution,
            "done_at" => Key::DoneAt,
            "deal_age" => Key::DealAge,
            "product" | "products" => Key::Product,
            "reason" => Key::Reason,
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
            Key::Kind
            | Key::By
            | Key::With
            | Key::At
            | Key::Minutes
            | Key::Due
            | Key::Done
            | Key::Priority
            | Key::Every
            | Key::Resolution
            | Key::DoneAt => Scope::Activity,
            Key::Deal
            | Key::DealAge
            | Key::DealStage
            | Key::Amount
            | Key::Probability
            | Key::Expected
            | Key::Closed
            | Key::Currency
            | Key::Product
            | Key::Reason => Scope::Deal,
            _ => Scope::Customer,
        }
    }

    /// What a value of this key is.
    fn kind(&self) -> ValKind {
        match self {
            Key::Created
            | Key::Last
            | Key::At
            | Key::Due
            | Key::Expected
            | Key::Closed
            | Key::DoneAt => ValKind::Date,
            Key::Minutes
            | Key::Amount
            | Key::Probability
            | Key::DaysSinceContact
            | Key::Budget
            | Key::BudgetUsed
            | Key::DealAge => ValKind::Num,
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
        let root = parser::parse(words, env)?;
        let stale_days = i64::from(env.config.stale_after_days);
        Ok(Query {
            root,
            today: env.today,
            stale_before: env
                .today
                .checked_sub_signed(Duration::days(stale_days))
                .unwrap_or(NaiveDate::MIN),
            currency: env.config.currency.clone(),
            budgets: env.config.budgets.clone(),
            complaint_kinds: env.config.complaint_kinds.clone(),
        })
    }

    /// Parse the words of a query about deals (`crm deals`): there
    /// `stage:VALUE` is the deal's stage when VALUE is one of
    /// `deal_stages` (`stage:offer`), the customer's otherwise.
    pub fn parse_deals(words: &[String], env: &QueryEnv) -> Result<Query> {
        let mut q = Query::parse(&[], env)?;
        q.root = parser::parse_with(words, env, true)?;
        Ok(q)
    }

    /// The query that matches everything.
    pub fn all(env: &QueryEnv) -> Query {
        Query {
            root: None,
            today: env.today,
            stale_before: NaiveDate::MIN,
            currency: env.config.currency.clone(),
            budgets: env.config.budgets.clone(),
            complaint_kinds: env.config.complaint_kinds.clone(),
        }
    }

    /// crm.toml's default budgets the query was parsed with.
    pub fn budgets(&self) -> &[crate::model::config::BudgetDef] {
        &self.budgets
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
                    // `last:` and `is:stale` read the summary, which a
                    // head carries.
                    t.key.scope() == Scope::Activity
                        // `budget_used` adds up this period's minutes.
                        || matches!(t.key, Key::BudgetUsed)
                        || (matches!(t.key, Key::Is)
                            && !matches!(
                                t.value,
                                Val::Is(IsFlag::Won | IsFlag::Lost | IsFlag::Stale)
                            ))
                }
            }
        }
        self.root.as_ref().is_some_and(walk)
    }

    /// What the terms are about: whether any term is about an activity,
    /// and whether any is about a deal (`is:` and bare words are about
    /// whatever the record is, so they count for neither).
    pub fn scopes(&self) -> (bool, bool) {
        fn walk(n: &Node, acc: &mut (bool, bool)) {
            match n {
                Node::And(v) | Node::Or(v) => v.iter().for_each(|n| walk(n, acc)),
                Node::Not(n) => walk(n, acc),
                Node::Term(t) => match t.key.scope() {
                    Scope::Activity => acc.0 = true,
                    Scope::Deal => acc.1 = true,
                    _ => {}
                },
            }
        }
        let mut acc = (false, false);
        if let Some(n) = &self.root {
            walk(n, &mut acc);
        }
        acc
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
