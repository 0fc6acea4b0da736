//! The evaluator: tests a parsed query against a customer, an activity
//! or a deal.

use super::*;
use crate::model::budget;

impl Query {
    pub(super) fn eval(&self, r: Rec) -> bool {
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
            Key::Due => r.a.is_some_and(|a| date_match(t, a.due_date())),
            Key::Done => r.a.is_some_and(|a| match t.value {
                // `done:false` asks for open tasks, so only tasks (and
                // follow-ups and complaints) match either value.
                Val::Bool(b) => a.is_task() && a.done.unwrap_or(false) == b,
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
            Key::Product => {
                r.d.is_some_and(|d| d.lines.iter().any(|l| text_match(t, &l.product)))
            }
            Key::Reason => r.d.is_some_and(|d| text(d.reason.as_deref())),
            Key::Currency => r.d.is_some_and(|d| {
                text(Some(
                    d.currency.as_deref().unwrap_or(self.currency.as_str()),
                ))
            }),
            Key::DaysSinceContact => {
                num_match(t, days_since_contact(c, self.today).map(Decimal::from))
            }
            Key::Budget => num_match(
                t,
                budget::effective(c, &self.budgets).map(|b| Decimal::from(b.minutes)),
            ),
            Key::BudgetUsed => num_match(
                t,
                budget::used(c, &self.budgets, self.today).map(|u| u.percent),
            ),
            Key::Priority => r.a.is_some_and(|a| text(a.priority.as_deref())),
            Key::Every => r.a.is_some_and(|a| text(a.every.as_deref())),
            Key::Resolution => r.a.is_some_and(|a| text(a.resolution.as_deref())),
            Key::DoneAt => {
                r.a.is_some_and(|a| date_match(t, a.done_at.map(|x| x.date_naive())))
            }
            Key::DealAge => r.d.is_some_and(|d| {
                num_match(
                    t,
                    d.opened()
                        .map(|x| Decimal::from((self.today - x).num_days())),
                )
            }),
        }
    }

    fn is(&self, flag: IsFlag, r: Rec) -> bool {
        let overdue_task =
            |a: &Activity| a.is_open_task() && a.due_date().is_some_and(|d| d < self.today);
        let open_deal = |d: &Deal| d.stage != "won" && d.stage != "lost";
        if let Some(a) = r.a {
            return match flag {
                IsFlag::Open => a.is_open_task(),
                IsFlag::Overdue => overdue_task(a),
                IsFlag::Done => a.is_task() && a.done == Some(true),
                IsFlag::Stale => self.is_stale(r.c),
                IsFlag::Won | IsFlag::Lost => false,
                IsFlag::Complaint => self.complaint_kinds.contains(&a.kind),
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
                IsFlag::Complaint => false,
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
            IsFlag::Complaint => c
                .activities
                .iter()
                .any(|a| self.complaint_kinds.contains(&a.kind)),
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
    // From the summary, which a read without activities has too.
    c.summary.last_contact(today)
}

/// Days since the last contact with `c` up to `today` (never contacted:
/// since `created`; neither known: None).
pub fn days_since_contact(c: &Customer, today: NaiveDate) -> Option<i64> {
    last_contact(c, today)
        .or(c.created)
        .map(|d| (today - d).num_days())
}

/// Whether any of the customer's searchable texts satisfies `has`.
pub(super) fn customer_text(c: &Customer, has: &dyn Fn(&str) -> bool) -> bool {
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
pub(super) fn contains_folded(haystack: &str, needle: &str) -> bool {
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

pub(super) fn val_text(t: &Term) -> &str {
    match &t.value {
        Val::Text(s) => s,
        _ => "",
    }
}

/// Text keys: `key:value` is equality for words that name a thing (stage,
/// tag, owner, kind …) and containment for free text (name, notes …);
/// `key=value` is always whole-value equality.
pub(super) fn text_match(t: &Term, s: &str) -> bool {
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
                | Key::Priority
                | Key::Every
                | Key::Product
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

pub(super) fn date_match(t: &Term, d: Option<NaiveDate>) -> bool {
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

pub(super) fn num_match(t: &Term, n: Option<Decimal>) -> bool {
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

pub(super) fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}
