//! Reports (SPEC §5): pure aggregations over customers that return
//! serialisable rows. Nothing here prints; `crm report` renders the rows.
//!
//! No report needs every customer at once: each takes what it needs of one
//! customer at a time ([`deals_of`], [`value_of`], [`stale_of`],
//! [`ActivityTally::add`]) while the store is read, and turns what was kept
//! into rows at the end, in the same order as a pass over all customers in
//! id order would.
//!
//! Rules every report follows (docs/json.md states them for users):
//! - amounts are [`Decimal`]s, summed exactly, and serialised as plain
//!   JSON numbers written from their decimal digits ([`amount`]);
//! - amounts are never added across currencies: money rows carry a
//!   `currency` and are grouped by it (a deal without one is in the
//!   store's currency);
//! - a deal is *open* unless its stage is `won` or `lost`; *weighted*
//!   is `amount × probability / 100` (no probability: 0), summed, then
//!   rounded to cents;
//! - the query selects records of the report's own kind: deals for
//!   pipeline/forecast/turnover, activities for activity, customers (and
//!   their activities and deals) for value and stale; `-p` selects by the
//!   date the report is about (`expected`, `closed`, `at`).

pub mod agenda;
pub mod budget;
pub mod calendar;
pub mod complaints;
pub mod contracts;
pub mod deals;
pub mod products;
pub mod rules;
pub mod tasks;

use crate::model::{Activity, Customer, Deal};
use crate::query::lang::{self, Query};
use crate::query::period::{Interval, Period};
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};
use std::collections::{BTreeMap, HashMap};

/// Serialise a decimal as a JSON number with exactly its digits
/// (`0.3`, `12000.5`, `7200`), never float noise: whole numbers go out as
/// integers; others through the shortest float that prints back as the
/// same digits, which holds for up to 15 significant digits (amounts are
/// below 10^12 with at most 4 decimals; weighted figures are in cents).
pub fn amount<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    amount_number(*d).serialize(s)
}

pub(crate) fn opt_amount<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    d.map(amount_number).serialize(s)
}

/// The JSON number of a decimal (see [`amount`]).
pub fn amount_number(d: Decimal) -> serde_json::Number {
    let d = d.normalize();
    if d.scale() == 0
        && let Ok(i) = i64::try_from(d)
    {
        return i.into();
    }
    let f: f64 = d.to_string().parse().unwrap_or(0.0);
    serde_json::Number::from_f64(f).unwrap_or_else(|| 0.into())
}

pub(crate) fn cents(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

/// Whether a deal is still open.
pub fn is_open(d: &Deal) -> bool {
    d.stage != "won" && d.stage != "lost"
}

/// `amount × probability / 100`, unrounded.
pub fn weighted(d: &Deal) -> Decimal {
    d.amount * Decimal::from(d.probability.unwrap_or(0)) / Decimal::from(100)
}

/// What every report gets: the query, the period, and the store's
/// defaults.
pub struct Input<'a> {
    pub query: &'a Query,
    pub period: Period,
    /// The store's currency, for deals that name none.
    pub currency: &'a str,
    /// The order of deal stages (crm.toml), for sorting rows.
    pub deal_stages: &'a [String],
    pub today: NaiveDate,
}

/// A deal that passes the query, with its customer's owner: what the deal
/// reports (pipeline, forecast, turnover) keep of a customer.
#[derive(Debug, Clone)]
pub struct DealOf {
    pub owner: Option<String>,
    pub deal: Deal,
}

/// The deals of customer `c` that pass the query.
pub fn deals_of(inp: &Input, c: &Customer) -> Vec<DealOf> {
    c.deals
        .iter()
        .filter(|d| inp.query.matches_deal(c, d))
        .map(|d| DealOf {
            owner: c.owner.clone(),
            deal: d.clone(),
        })
        .collect()
}

impl Input<'_> {
    pub(crate) fn currency_of<'d>(&'d self, d: &'d Deal) -> &'d str {
        d.currency.as_deref().unwrap_or(self.currency)
    }

    fn stage_rank(&self, s: &str) -> usize {
        self.deal_stages
            .iter()
            .position(|x| x == s)
            .unwrap_or(usize::MAX)
    }
}

/// Running totals of a group of deals.
#[derive(Debug, Default, Clone, Copy)]
struct Money {
    count: u64,
    amount: Decimal,
    weighted: Decimal,
}

impl Money {
    fn add(&mut self, d: &Deal) {
        self.count += 1;
        self.amount += d.amount;
        self.weighted += weighted(d);
    }
}

// ---- pipeline ----

/// One row of `crm report pipeline`.
#[derive(Debug, Clone, Serialize)]
pub struct PipelineRow {
    /// The deal's owner, else the customer's (only with `--by owner`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    pub stage: String,
    pub currency: String,
    pub count: u64,
    #[serde(serialize_with = "amount")]
    pub amount: Decimal,
    #[serde(serialize_with = "amount")]
    pub weighted: Decimal,
    /// Closed deals that passed through the stage: won, lost, and
    /// `won / (won + lost)` in percent (see [`deals::closed_journey`]).
    pub won: u64,
    pub lost: u64,
    #[serde(serialize_with = "opt_amount")]
    pub conversion: Option<Decimal>,
    /// Average days closed deals spent in the stage.
    #[serde(serialize_with = "opt_amount")]
    pub days: Option<Decimal>,
}

/// Open deals by stage (and owner): count, amount, weighted amount. `-p`
/// selects deals by `expected` date. With each stage, what the closed
/// deals (`-p`: by `closed` date) that passed through it say: how many
/// were won and lost, the conversion, the average days in the stage.
pub fn pipeline(inp: &Input, deals: &[DealOf], by_owner: bool) -> Vec<PipelineRow> {
    let mut groups: BTreeMap<(Option<String>, usize, String, String), Money> = BTreeMap::new();
    for DealOf { owner, deal: d } in deals {
        if !is_open(d) || !in_period(&inp.period, d.expected) {
            continue;
        }
        let user = by_owner.then(|| {
            d.owner
                .clone()
                .or_else(|| owner.clone())
                .unwrap_or_default()
        });
        let key = (
            user,
            inp.stage_rank(&d.stage),
            d.stage.clone(),
            inp.currency_of(d).to_string(),
        );
        groups.entry(key).or_default().add(d);
    }
    let mut stats: BTreeMap<(Option<String>, usize, String, String), deals::StageStats> =
        BTreeMap::new();
    for DealOf { owner, deal: d } in deals {
        if is_open(d) || !in_period(&inp.period, d.closed) {
            continue;
        }
        let user = by_owner.then(|| {
            d.owner
                .clone()
                .or_else(|| owner.clone())
                .unwrap_or_default()
        });
        let currency = inp.currency_of(d).to_string();
        deals::closed_journey(d, |stage, won, days| {
            let key = (
                user.clone(),
                inp.stage_rank(stage),
                stage.to_string(),
                currency.clone(),
            );
            groups.entry(key.clone()).or_default();
            let e = stats.entry(key).or_default();
            if won {
                e.won += 1;
            } else {
                e.lost += 1;
            }
            if let Some(n) = days {
                e.days += n;
                e.left += 1;
            }
        });
    }
    groups
        .into_iter()
        .map(|(key, m)| {
            let st = stats.get(&key).copied().unwrap_or_default();
            let (user, _, stage, currency) = key;
            PipelineRow {
                user,
                stage,
                currency,
                count: m.count,
                amount: m.amount.normalize(),
                weighted: cents(m.weighted),
                won: st.won,
                lost: st.lost,
                conversion: st.conversion(),
                days: st.avg_days(),
            }
        })
        .collect()
}

/// A date filter: with no period everything passes, dateless included;
/// with a period only dates inside it.
fn in_period(p: &Period, d: Option<NaiveDate>) -> bool {
    p.is_all() || d.is_some_and(|d| p.contains(d))
}

// ---- forecast ----

/// One row of `crm report forecast`.
#[derive(Debug, Clone, Serialize)]
pub struct ForecastRow {
    /// The deal's owner, else the customer's (only with `--by owner`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The expected-close period (`none` for deals without `expected`).
    pub period: String,
    pub currency: String,
    pub count: u64,
    #[serde(serialize_with = "amount")]
    pub amount: Decimal,
    #[serde(serialize_with = "amount")]
    pub weighted: Decimal,
    /// The group's (owner's, or everybody's) conversion so far: won /
    /// (won + lost) of the closed deals that pass the query, in percent.
    #[serde(serialize_with = "opt_amount")]
    pub conversion: Option<Decimal>,
    /// `amount × won / (won + lost)`, in cents: the forecast by track
    /// record rather than by the stated probabilities.
    #[serde(serialize_with = "opt_amount")]
    pub likely: Option<Decimal>,
    /// Average days from opening to winning of the group's won deals.
    #[serde(serialize_with = "opt_amount")]
    pub days_to_close: Option<Decimal>,
}

/// Open deals by expected-close period (and owner): count, total,
/// weighted, and the group's conversion and days to close so far (from
/// every closed deal that passes the query, whatever `-p` says).
pub fn forecast(
    inp: &Input,
    deals: &[DealOf],
    interval: Interval,
    by_owner: bool,
) -> Vec<ForecastRow> {
    let owner_of = |owner: &Option<String>, d: &Deal| {
        by_owner.then(|| {
            d.owner
                .clone()
                .or_else(|| owner.clone())
                .unwrap_or_default()
        })
    };
    let mut record: BTreeMap<(Option<String>, String), deals::CloseStats> = BTreeMap::new();
    let mut groups: BTreeMap<(Option<String>, String, String), Money> = BTreeMap::new();
    for DealOf { owner, deal: d } in deals {
        let user = owner_of(owner, d);
        if !is_open(d) {
            record
                .entry((user, inp.currency_of(d).to_string()))
                .or_default()
                .add(d);
            continue;
        }
        if !in_period(&inp.period, d.expected) {
            continue;
        }
        // "none" sorts after every dated period.
        let period = d
            .expected
            .map_or_else(|| "none".to_string(), |e| interval.label(e));
        groups
            .entry((user, period, inp.currency_of(d).to_string()))
            .or_default()
            .add(d);
    }
    groups
        .into_iter()
        .map(|((user, period, currency), m)| {
            let r = record
                .get(&(user.clone(), currency.clone()))
                .copied()
                .unwrap_or_default();
            let conversion = r.conversion();
            ForecastRow {
                user,
                period,
                currency,
                count: m.count,
                amount: m.amount.normalize(),
                weighted: cents(m.weighted),
                likely: (r.won + r.lost > 0).then(|| {
                    cents(m.amount * Decimal::from(r.won) / Decimal::from(r.won + r.lost))
                }),
                conversion,
                days_to_close: r.days_to_close(),
            }
        })
        .collect()
}

// ---- turnover ----

/// One row of `crm report turnover`.
#[derive(Debug, Clone, Serialize)]
pub struct TurnoverRow {
    pub period: String,
    pub currency: String,
    /// Won deals closed in the period.
    pub count: u64,
    /// Their amount.
    #[serde(serialize_with = "amount")]
    pub amount: Decimal,
    /// Open deals expected to close in the period.
    pub open_count: u64,
    #[serde(serialize_with = "amount")]
    pub open_amount: Decimal,
    /// Open deals' weighted amount.
    #[serde(serialize_with = "amount")]
    pub weighted: Decimal,
    /// Contract revenue billed in the period (only with `--contracts`;
    /// see [`contracts::revenue_of`]).
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "opt_amount")]
    pub contracts: Option<Decimal>,
}

/// Won amounts per period by `closed` date, and open deals per period by
/// `expected` date. Won deals without `closed` and open deals without
/// `expected` have no period and are left out (`crm check` names them).
pub fn turnover(inp: &Input, deals: &[DealOf], interval: Interval) -> Vec<TurnoverRow> {
    let mut won: BTreeMap<(String, String), Money> = BTreeMap::new();
    let mut open: BTreeMap<(String, String), Money> = BTreeMap::new();
    for DealOf { deal: d, .. } in deals {
        let (map, date) = if d.stage == "won" {
            (&mut won, d.closed)
        } else if is_open(d) {
            (&mut open, d.expected)
        } else {
            continue;
        };
        let Some(date) = date.filter(|x| inp.period.contains(*x)) else {
            continue;
        };
        map.entry((interval.label(date), inp.currency_of(d).to_string()))
            .or_default()
            .add(d);
    }
    let keys: std::collections::BTreeSet<_> = won.keys().chain(open.keys()).cloned().collect();
    keys.into_iter()
        .map(|k| {
            let w = won.get(&k).copied().unwrap_or_default();
            let o = open.get(&k).copied().unwrap_or_default();
            TurnoverRow {
                period: k.0,
                currency: k.1,
                count: w.count,
                amount: w.amount.normalize(),
                open_count: o.count,
                open_amount: o.amount.normalize(),
                weighted: cents(o.weighted),
                contracts: None,
            }
        })
        .collect()
}

// ---- activity ----

/// How `crm report activity` groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityBy {
    User,
    Customer,
    Kind,
}

/// One row of `crm report activity`; exactly one of `user`, `customer`,
/// `kind` is set.
#[derive(Debug, Clone, Serialize)]
pub struct ActivityRow {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// The customer's name (with `--by customer`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// With `--period`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    pub count: u64,
    pub minutes: u64,
}

/// Count and minutes of activities per group (and per day, with a period
/// split), gathered customer by customer: [`ActivityTally::add`] each
/// customer (in any order, on any number of tallies), [`ActivityTally::merge`]
/// the tallies, then [`ActivityTally::rows`]. Only sums are kept, so the
/// order customers come in does not change the result.
pub struct ActivityTally {
    by: ActivityBy,
    interval: Option<Interval>,
    /// Group → (the customer's name with `--by customer`, per day → count
    /// and minutes). Days become periods only at the end: a few thousand
    /// labels instead of one per activity.
    groups: HashMap<String, (String, Days)>,
}

/// Count and minutes per day (`None`: no period split).
type Days = HashMap<Option<NaiveDate>, (u64, u64)>;

impl ActivityTally {
    pub fn new(by: ActivityBy, interval: Option<Interval>) -> ActivityTally {
        ActivityTally {
            by,
            interval,
            groups: HashMap::new(),
        }
    }

    /// Count the activities of customer `c` that pass the query and period.
    pub fn add(&mut self, inp: &Input, c: &Customer) {
        for a in &c.activities {
            let day = a.at.date_naive();
            if !inp.period.contains(day) || !inp.query.matches_activity(c, a) {
                continue;
            }
            let group = match self.by {
                ActivityBy::User => a.by.as_deref().unwrap_or_default(),
                ActivityBy::Customer => c.id.as_str(),
                ActivityBy::Kind => a.kind.as_str(),
            };
            let days = match self.groups.get_mut(group) {
                Some((_, days)) => days,
                None => {
                    let name = if self.by == ActivityBy::Customer {
                        c.name.clone()
                    } else {
                        String::new()
                    };
                    &mut self
                        .groups
                        .entry(group.to_string())
                        .or_insert((name, HashMap::new()))
                        .1
                }
            };
            let e = days.entry(self.interval.map(|_| day)).or_default();
            e.0 += 1;
            e.1 += u64::from(a.minutes.unwrap_or(0));
        }
    }

    /// Add another tally's counts to this one.
    pub fn merge(&mut self, other: ActivityTally) {
        for (group, (name, days)) in other.groups {
            let (_, mine) = self
                .groups
                .entry(group)
                .or_insert_with(|| (name, HashMap::new()));
            for (day, (count, minutes)) in days {
                let e = mine.entry(day).or_default();
                e.0 += count;
                e.1 += minutes;
            }
        }
    }

    /// The rows, sorted by group, then period.
    pub fn rows(self) -> Vec<ActivityRow> {
        let (by, interval) = (self.by, self.interval);
        let mut groups: BTreeMap<(String, Option<String>), (u64, u64, String)> = BTreeMap::new();
        for (group, (name, days)) in self.groups {
            for (day, (count, minutes)) in days {
                let label = interval.zip(day).map(|(i, d)| i.label(d));
                let e = groups
                    .entry((group.clone(), label))
                    .or_insert_with(|| (0, 0, name.clone()));
                e.0 += count;
                e.1 += minutes;
            }
        }
        groups
            .into_iter()
            .map(|((g, period), (count, minutes, name))| ActivityRow {
                user: (by == ActivityBy::User).then(|| g.clone()),
                customer: (by == ActivityBy::Customer).then(|| g.clone()),
                name: (by == ActivityBy::Customer).then_some(name),
                kind: (by == ActivityBy::Kind).then_some(g),
                period,
                count,
                minutes,
            })
            .collect()
    }
}

// ---- value ----

/// One row of `crm report value`.
#[derive(Debug, Clone, Serialize)]
pub struct ValueRow {
    pub customer: String,
    pub name: String,
    pub currency: String,
    /// Won turnover (deals closed in the period).
    #[serde(serialize_with = "amount")]
    pub amount: Decimal,
    /// Minutes spent (activities in the period).
    pub minutes: u64,
    /// `amount / (minutes / 60)`, in cents; null without minutes.
    #[serde(serialize_with = "opt_amount")]
    pub per_hour: Option<Decimal>,
    /// The last contact (any time up to today).
    pub last_contact: Option<NaiveDate>,
    /// The time budget for `-p`, in minutes (see `budget`); omitted
    /// without `-p` or without a budget.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget: Option<u64>,
    /// `budget − minutes`; omitted as `budget`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rest: Option<i64>,
}

/// Whether [`value_of`] must see the activities: a period or a query on
/// activities picks some of their minutes; otherwise all of them count,
/// and the customer's summary has their sum.
pub fn value_needs_activities(inp: &Input) -> bool {
    !inp.period.is_all() || inp.query.reads_activities()
}

/// Sort the rows of `crm report value` ([`value_of`] each customer): by
/// turnover per hour, best first (no minutes: first, as pure gain), then
/// by id.
pub fn sort_value(rows: &mut [ValueRow]) {
    rows.sort_by(|a, b| {
        let key = |r: &ValueRow| r.per_hour.unwrap_or(Decimal::MAX);
        key(b)
            .cmp(&key(a))
            .then_with(|| b.amount.cmp(&a.amount))
            .then_with(|| a.customer.cmp(&b.customer))
    });
}

/// Per customer: won turnover, minutes spent, turnover per hour, last
/// contact. Only customers with turnover or minutes in the period; won
/// deals in another currency than the store's get their own row.
/// Unsorted: see [`sort_value`].
pub fn value_of(inp: &Input, c: &Customer) -> Vec<ValueRow> {
    let mut rows = Vec::new();
    if !inp.query.matches_customer(c) {
        return rows;
    }
    let minutes: u64 = if value_needs_activities(inp) {
        c.activities
            .iter()
            .filter(|a| inp.period.contains(a.at.date_naive()) && inp.query.matches_activity(c, a))
            .map(|a| u64::from(a.minutes.unwrap_or(0)))
            .sum()
    } else {
        c.summary.minutes
    };
    let mut won: BTreeMap<String, Decimal> = BTreeMap::new();
    for d in &c.deals {
        if d.stage == "won"
            && d.closed.is_some_and(|x| inp.period.contains(x))
            && inp.query.matches_deal(c, d)
        {
            *won.entry(inp.currency_of(d).to_string()).or_default() += d.amount;
        }
    }
    if won.is_empty() && minutes > 0 {
        won.insert(inp.currency.to_string(), Decimal::ZERO);
    }
    let last = lang::last_contact(c, inp.today);
    for (currency, amount) in won {
        let per_hour =
            (minutes > 0).then(|| cents(amount * Decimal::from(60) / Decimal::from(minutes)));
        rows.push(ValueRow {
            customer: c.id.clone(),
            name: c.name.clone(),
            currency,
            amount: amount.normalize(),
            minutes,
            per_hour,
            last_contact: last,
            budget: None,
            rest: None,
        });
    }
    rows
}

// ---- stale ----

/// One row of `crm report stale` (and of the agenda's stale section).
#[derive(Debug, Clone, Serialize)]
pub struct StaleRow {
    pub customer: String,
    pub name: String,
    pub owner: Option<String>,
    pub stage: Option<String>,
    /// Null when never contacted.
    pub last_contact: Option<NaiveDate>,
    /// Days since the last contact (since `created` when never contacted).
    pub days: Option<i64>,
}

/// Sort the rows of `crm report stale` ([`stale_of`] each customer):
/// longest-neglected first, then by id.
pub fn sort_stale(rows: &mut [StaleRow]) {
    rows.sort_by(|a, b| {
        b.days
            .unwrap_or(i64::MAX)
            .cmp(&a.days.unwrap_or(i64::MAX))
            .then_with(|| a.customer.cmp(&b.customer))
    });
}

/// Customer `c` if it was not contacted for `days` days (never contacted:
/// counted from `created`); `lost` and `inactive` customers are left out
/// unless the query names a stage. With a period, only if its last contact
/// falls in it.
pub fn stale_of(inp: &Input, c: &Customer, days: u32) -> Option<StaleRow> {
    let before = inp
        .today
        .checked_sub_signed(chrono::Duration::days(days.into()))
        .unwrap_or(NaiveDate::MIN);
    let any_stage = inp.query.mentions("stage");
    if !inp.query.matches_customer(c) || !lang::is_stale(c, inp.today, before, !any_stage) {
        return None;
    }
    let last = lang::last_contact(c, inp.today);
    if !inp.period.is_all() && !last.is_some_and(|d| inp.period.contains(d)) {
        return None;
    }
    let since = last.or(c.created);
    Some(StaleRow {
        customer: c.id.clone(),
        name: c.name.clone(),
        owner: c.owner.clone(),
        stage: c.stage.clone(),
        last_contact: last,
        days: since.map(|d| (inp.today - d).num_days()),
    })
}

/// The activities of customer `c` that pass `query` and fall in `period`,
/// for `crm activities` (which sorts them with [`sort_activities`]).
pub fn activities_of<'a>(c: &'a Customer, query: &Query, period: &Period) -> Vec<&'a Activity> {
    c.activities
        .iter()
        .filter(|a| period.contains(a.at.date_naive()) && query.matches_activity(c, a))
        .collect()
}

/// Activities (with their customer's id) newest first; ties by customer
/// id, then activity id.
pub fn sort_activities(list: &mut [(&str, &Activity)]) {
    list.sort_by(|(c1, a1), (c2, a2)| {
        a2.at
            .cmp(&a1.at)
            .then_with(|| c1.cmp(c2))
            .then_with(|| a1.id.cmp(&a2.id))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn json(d: &str) -> String {
        let d = Decimal::from_str(d).expect("decimal");
        serde_json::Value::Number(amount_number(d)).to_string()
    }

    #[test]
    fn amounts_print_their_decimal_digits() {
        assert_eq!(json("12000"), "12000");
        assert_eq!(json("12000.00"), "12000");
        assert_eq!(json("12000.50"), "12000.5");
        assert_eq!(json("0.3"), "0.3");
        let sum = Decimal::from_str("0.1").expect("d") + Decimal::from_str("0.2").expect("d");
        assert_eq!(
            serde_json::Value::Number(amount_number(sum)).to_string(),
            "0.3"
        );
        assert_eq!(json("999999999999.99"), "999999999999.99");
        assert_eq!(json("3200.0625"), "3200.0625");
    }

    proptest::proptest! {
        #[test]
        fn any_cent_amount_round_trips(units in 0i64..100_000_000_000_000, scale in 0u32..=2) {
            let d = Decimal::new(units, scale);
            let printed = serde_json::Value::Number(amount_number(d)).to_string();
            proptest::prop_assert_eq!(printed, d.normalize().to_string());
        }
    }
}
