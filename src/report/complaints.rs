//! `crm report complaints`: how many complaints came in, how many are
//! still open (and overdue), how many were closed, and the median time it
//! took to close them — in all, or per customer, kind or owner.
//!
//! A complaint is an activity of one of crm.toml's `complaint_kinds`. It
//! is counted in the period its `at` (when it was opened) falls in; it is
//! closed when `done = true`, and its time to close is `done_at − at`, in
//! days (closed complaints without `done_at`, closed by hand, count as
//! closed but have no time). Open and overdue are as of today.

use super::{Input, amount};
use crate::model::Customer;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};
use std::collections::{BTreeMap, HashMap};

/// How `crm report complaints` groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Customer,
    Kind,
    Owner,
}

/// One row of `crm report complaints`; with `--by` exactly one of
/// `customer`, `kind`, `owner` is set.
#[derive(Debug, Clone, Serialize)]
pub struct ComplaintRow {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// The customer's name (with `--by customer`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The complaint's `by`: who handles it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Complaints opened in the period.
    pub count: u64,
    /// Of those, not closed yet.
    pub open: u64,
    /// Of the open ones, due before today.
    pub overdue: u64,
    pub closed: u64,
    /// Median days from opening to closing, one decimal; null when none
    /// was closed with a `done_at`.
    #[serde(serialize_with = "opt_days")]
    pub median_days: Option<Decimal>,
}

fn opt_days<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => amount(d, s),
        None => s.serialize_none(),
    }
}

#[derive(Debug, Default)]
struct Acc {
    name: String,
    count: u64,
    open: u64,
    overdue: u64,
    closed: u64,
    /// Seconds from opening to closing, per closed complaint.
    seconds: Vec<i64>,
}

/// Complaints counted customer by customer ([`Tally::add`]), merged
/// ([`Tally::merge`]), then turned into rows ([`Tally::rows`]).
#[derive(Debug)]
pub struct Tally {
    by: Option<By>,
    groups: HashMap<String, Acc>,
}

impl Tally {
    pub fn new(by: Option<By>) -> Tally {
        Tally {
            by,
            groups: HashMap::new(),
        }
    }

    /// Count the complaints of `c` (of a kind in `kinds`) that pass the
    /// query and whose `at` is in the period.
    pub fn add(&mut self, inp: &Input, c: &Customer, kinds: &[String]) {
        for a in &c.activities {
            if !kinds.contains(&a.kind)
                || !inp.period.contains(a.at.date_naive())
                || !inp.query.matches_activity(c, a)
            {
                continue;
            }
            let key = match self.by {
                None => String::new(),
                Some(By::Customer) => c.id.clone(),
                Some(By::Kind) => a.kind.clone(),
                Some(By::Owner) => a.by.clone().unwrap_or_default(),
            };
            let acc = self.groups.entry(key).or_insert_with(|| Acc {
                name: c.name.clone(),
                ..Acc::default()
            });
            acc.count += 1;
            if a.done == Some(true) {
                acc.closed += 1;
                if let Some(t) = a.done_at {
                    acc.seconds.push((t - a.at).num_seconds().max(0));
                }
            } else {
                acc.open += 1;
                if a.due_date().is_some_and(|d| d < inp.today) {
                    acc.overdue += 1;
                }
            }
        }
    }

    /// Add another tally's counts to this one.
    pub fn merge(&mut self, other: Tally) {
        for (k, o) in other.groups {
            let acc = self.groups.entry(k).or_insert_with(|| Acc {
                name: o.name.clone(),
                ..Acc::default()
            });
            acc.count += o.count;
            acc.open += o.open;
            acc.overdue += o.overdue;
            acc.closed += o.closed;
            acc.seconds.extend(o.seconds);
        }
    }

    /// The rows, by group; without `--by` one row (zeros when there is
    /// no complaint).
    pub fn rows(self) -> Vec<ComplaintRow> {
        let by = self.by;
        let mut groups: BTreeMap<String, Acc> = self.groups.into_iter().collect();
        if by.is_none() && groups.is_empty() {
            groups.insert(String::new(), Acc::default());
        }
        groups
            .into_iter()
            .map(|(k, mut acc)| ComplaintRow {
                customer: (by == Some(By::Customer)).then(|| k.clone()),
                name: (by == Some(By::Customer)).then(|| acc.name.clone()),
                kind: (by == Some(By::Kind)).then(|| k.clone()),
                owner: (by == Some(By::Owner)).then(|| k.clone()),
                count: acc.count,
                open: acc.open,
                overdue: acc.overdue,
                closed: acc.closed,
                median_days: median_days(&mut acc.seconds),
            })
            .collect()
    }
}

/// The median of durations in seconds, in days to one decimal.
fn median_days(seconds: &mut [i64]) -> Option<Decimal> {
    if seconds.is_empty() {
        return None;
    }
    seconds.sort_unstable();
    let n = seconds.len();
    let mid = if n % 2 == 1 {
        Decimal::from(seconds[n / 2])
    } else {
        (Decimal::from(seconds[n / 2 - 1]) + Decimal::from(seconds[n / 2])) / Decimal::from(2)
    };
    Some(
        (mid / Decimal::from(86_400))
            .round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
            .normalize(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median_days(&mut []), None);
        assert_eq!(median_days(&mut [86_400 * 3]), Some(Decimal::from(3)));
        assert_eq!(
            median_days(&mut [86_400 * 4, 86_400, 86_400 * 2, 86_400 * 10]),
            Some(Decimal::from(3))
        );
        assert_eq!(median_days(&mut [3_600 * 30]), Some(Decimal::new(13, 1)));
    }
}
