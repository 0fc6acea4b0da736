//! `crm report products`: per product or service of the catalogue (and per
//! customer or owner), who is interested — open deals that hold it, their
//! amount and weighted amount —, the offers out, and what was won.
//!
//! A deal counts for a product through its lines (`[[deals.lines]]`); the
//! amounts are the lines' (`quantity × price`), not the deals', so a deal
//! of two products adds to each its own share. Deals without lines are in
//! no product's row. `-p` selects won deals by `closed`; open deals and
//! offers are counted as they stand.

use super::{Input, amount, cents, is_open};
use crate::model::Customer;
use crate::model::config::Config;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// How `crm report products` groups besides the product.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProductsBy {
    Product,
    Customer,
    Owner,
}

/// One row of `crm report products`.
#[derive(Debug, Clone, Serialize)]
pub struct ProductRow {
    /// The deal's owner, else the customer's (only with `--by owner`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The customer (only with `--by customer`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    pub product: String,
    /// The catalogue's name for it (null when it is not in the catalogue).
    pub name: Option<String>,
    pub currency: String,
    /// Open deals holding the product.
    pub open: u64,
    /// Their lines' amount and weighted amount (by the deal's probability).
    #[serde(serialize_with = "amount")]
    pub open_amount: Decimal,
    #[serde(serialize_with = "amount")]
    pub weighted: Decimal,
    /// Open deals in stage `offer` holding it, and their lines' amount.
    pub offers: u64,
    #[serde(serialize_with = "amount")]
    pub offer_amount: Decimal,
    /// Won deals (closed in the period) holding it, the quantity sold and
    /// the lines' amount.
    pub won: u64,
    #[serde(serialize_with = "amount")]
    pub won_quantity: Decimal,
    #[serde(serialize_with = "amount")]
    pub won_amount: Decimal,
}

#[derive(Debug, Default, Clone)]
struct Sums {
    open: u64,
    open_amount: Decimal,
    weighted: Decimal,
    offers: u64,
    offer_amount: Decimal,
    won: u64,
    won_quantity: Decimal,
    won_amount: Decimal,
}

/// The sums per (group, product, currency), gathered customer by customer
/// ([`ProductTally::add`], [`ProductTally::merge`], then
/// [`ProductTally::rows`]), in any order.
pub struct ProductTally {
    by: ProductsBy,
    groups: HashMap<(String, String, String), Sums>,
}

impl ProductTally {
    pub fn new(by: ProductsBy) -> ProductTally {
        ProductTally {
            by,
            groups: HashMap::new(),
        }
    }

    /// Count the deals of `c` that pass the query.
    pub fn add(&mut self, inp: &Input, c: &Customer) {
        for d in &c.deals {
            if d.lines.is_empty() || !inp.query.matches_deal(c, d) {
                continue;
            }
            let open = is_open(d);
            let won = d.stage == "won" && d.closed.is_some_and(|x| inp.period.contains(x));
            if !open && !won {
                continue;
            }
            let group = match self.by {
                ProductsBy::Product => String::new(),
                ProductsBy::Customer => c.id.clone(),
                ProductsBy::Owner => d
                    .owner
                    .clone()
                    .or_else(|| c.owner.clone())
                    .unwrap_or_default(),
            };
            let currency = inp.currency_of(d).to_string();
            let p = Decimal::from(d.probability.unwrap_or(0)) / Decimal::from(100);
            for l in &d.lines {
                let s = self
                    .groups
                    .entry((group.clone(), l.product.clone(), currency.clone()))
                    .or_default();
                let a = l.amount();
                if open {
                    s.open += 1;
                    s.open_amount += a;
                    s.weighted += a * p;
                    if d.stage == "offer" {
                        s.offers += 1;
                        s.offer_amount += a;
                    }
                } else {
                    s.won += 1;
                    s.won_quantity += l.quantity;
                    s.won_amount += a;
                }
            }
        }
    }

    /// Add another tally's sums to this one.
    pub fn merge(&mut self, other: ProductTally) {
        for (k, o) in other.groups {
            let s = self.groups.entry(k).or_default();
            s.open += o.open;
            s.open_amount += o.open_amount;
            s.weighted += o.weighted;
            s.offers += o.offers;
            s.offer_amount += o.offer_amount;
            s.won += o.won;
            s.won_quantity += o.won_quantity;
            s.won_amount += o.won_amount;
        }
    }

    /// The rows in the catalogue's order (products not in it after, by
    /// id), then by group. Grouped by product only, every product of the
    /// catalogue has a row, if only of zeros.
    pub fn rows(mut self, cfg: &Config) -> Vec<ProductRow> {
        if self.by == ProductsBy::Product {
            for p in &cfg.products {
                let currency = p.currency.clone().unwrap_or_else(|| cfg.currency.clone());
                let has = self.groups.keys().any(|(_, id, _)| *id == p.id);
                if !has {
                    self.groups
                        .insert((String::new(), p.id.clone(), currency), Sums::default());
                }
            }
        }
        let rank = |id: &str| {
            cfg.products
                .iter()
                .position(|p| p.id == id)
                .unwrap_or(usize::MAX)
        };
        let sorted: BTreeMap<(usize, String, String, String), Sums> = self
            .groups
            .into_iter()
            .map(|((g, p, c), s)| ((rank(&p), p, g, c), s))
            .collect();
        sorted
            .into_iter()
            .map(|((_, product, group, currency), s)| ProductRow {
                user: (self.by == ProductsBy::Owner).then(|| group.clone()),
                customer: (self.by == ProductsBy::Customer).then_some(group),
                name: cfg.product(&product).map(|p| p.name.clone()),
                product,
                currency,
                open: s.open,
                open_amount: s.open_amount.normalize(),
                weighted: cents(s.weighted),
                offers: s.offers,
                offer_amount: s.offer_amount.normalize(),
                won: s.won,
                won_quantity: s.won_quantity.normalize(),
                won_amount: s.won_amount.normalize(),
            })
            .collect()
    }
}
