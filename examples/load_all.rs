//! Read every customer of a store the way the query commands do, and print
//! how long it took: the benchmark (bench/run.py) measures the cache with
//! it even where no query command exists yet.
//!
//! Usage: load_all STORE [all|ls|report]
//! - `all` (default): `Store::load_all`, every customer with every activity.
//! - `ls`: `Store::scan` keeping the customers tagged vip at stage customer
//!   (what `crm ls tag:vip stage:customer` needs).
//! - `report`: `Store::scan` keeping (user, month, minutes) per activity and
//!   summing them (what `crm report activity --by user --period monthly`
//!   needs).
//!
//! `CRM_NO_CACHE=1` parses every file instead of using .git/crm-cache/.
//! Build: cargo build --release --example load_all

use chrono::Datelike;
use crm::store::Store;
use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: load_all STORE [all|ls|report]");
        return ExitCode::from(2);
    };
    let mode = args.get(1).map_or("all", String::as_str);
    let start = std::time::Instant::now();
    let settings = crm::settings::Settings {
        cache: std::env::var_os("CRM_NO_CACHE").is_none_or(|v| v.is_empty() || v == "0"),
        ..Default::default()
    };
    let store = match Store::open(std::path::Path::new(dir), &settings) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let summary = match mode {
        "all" => store.load_all().map(|l| {
            let activities: usize = l.customers.iter().map(|c| c.activities.len()).sum();
            format!(
                "{} customers, {activities} activities, {} broken",
                l.customers.len(),
                l.broken.len()
            )
        }),
        "ls" => store
            .scan(|c| {
                (c.stage.as_deref() == Some("customer") && c.tags.iter().any(|t| t == "vip"))
                    .then(|| std::mem::take(c))
            })
            .map(|(found, broken)| {
                format!("{} customers match, {} broken", found.len(), broken.len())
            }),
        "report" => store
            .scan(|c| {
                // Aggregate per customer as soon as it is read: at most a
                // few (user, month) rows stay in memory per customer.
                let mut rows: Vec<(String, i32, u64, u64)> = Vec::new();
                for a in &c.activities {
                    let by = a.by.as_deref().unwrap_or("");
                    let month = a.at.year() * 12 + a.at.month0() as i32;
                    match rows.iter_mut().find(|r| r.1 == month && r.0 == by) {
                        Some(r) => {
                            r.2 += 1;
                            r.3 += u64::from(a.minutes.unwrap_or(0));
                        }
                        None => {
                            rows.push((by.to_string(), month, 1, u64::from(a.minutes.unwrap_or(0))))
                        }
                    }
                }
                Some(rows)
            })
            .map(|(rows, broken)| {
                let mut sums: BTreeMap<(String, i32), (u64, u64)> = BTreeMap::new();
                for (user, month, count, minutes) in rows.into_iter().flatten() {
                    let e = sums.entry((user, month)).or_default();
                    e.0 += count;
                    e.1 += minutes;
                }
                format!(
                    "{} (user, month) groups, {} broken",
                    sums.len(),
                    broken.len()
                )
            }),
        other => {
            eprintln!("unknown mode {other}: use all, ls or report");
            return ExitCode::from(2);
        }
    };
    match summary {
        Ok(s) => {
            let _ = writeln!(
                std::io::stdout(),
                "{s}, in {} ms",
                start.elapsed().as_millis()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
