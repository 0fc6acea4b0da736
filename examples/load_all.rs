//! Read every customer of a store the way the query commands do, and print
//! how long it took: the benchmark (bench/run.py) measures the cache with
//! it even where no query command exists yet.
//!
//! Usage: cargo run --release --example load_all -- STORE
//! (`CRM_NO_CACHE=1` parses every file instead of using .git/crm-cache/).

use std::io::Write;
use std::process::ExitCode;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: load_all STORE");
        return ExitCode::from(2);
    };
    let start = std::time::Instant::now();
    let loaded =
        match crm::store::Store::open(std::path::Path::new(&dir)).and_then(|s| s.load_all()) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        };
    let activities: usize = loaded.customers.iter().map(|c| c.activities.len()).sum();
    let _ = writeln!(
        std::io::stdout(),
        "{} customers, {} activities, {} broken, loaded in {} ms",
        loaded.customers.len(),
        activities,
        loaded.broken.len(),
        start.elapsed().as_millis()
    );
    ExitCode::SUCCESS
}
