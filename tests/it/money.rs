//! Issue 14: the money side — deals you can see, products and services,
//! contracts that renew. Everything through the binary; every report
//! figure checked against sums computed here straight from the files
//! (parsed with the `toml` crate, not with crm's library), as
//! report_check.rs does for the older reports.

use crate::common::{Env, NOW, Pair, date, dec, tdate};
use chrono::{Datelike, Duration, Months, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::Output;

const TODAY: &str = "2026-11-24";

fn today() -> NaiveDate {
    date(TODAY)
}

/// A catalogue for the tests: a day of training, an hour of consulting, a
/// yearly and a monthly service, and a price that is a float trap.
const CATALOGUE: &str = r#"
[[products]]
id = "training"
name = "Training day"
unit = "day"
price = 1200

[[products]]
id = "consulting"
name = "Consulting hour"
unit = "hour"
price = 95.5

[[products]]
id = "support-year"
name = "Support, a year"
price = 2400
every = "year"

[[products]]
id = "hosting"
name = "Hosting"
unit = "month"
price = 49.9
every = "month"

[[products]]
id = "cheap"
name = "A tenth"
price = 0.1
"#;

/// A store whose crm.toml has the catalogue, committed.
fn with_catalogue() -> Env {
    let env = Env::with_store();
    let path = env.store.join("crm.toml");
    let mut cfg = std::fs::read_to_string(&path).expect("crm.toml");
    cfg.push_str(CATALOGUE);
    std::fs::write(&path, cfg).expect("write crm.toml");
    env.git(&["commit", "-qam", "catalogue"]);
    env
}

/// The JSON rows a command prints.
fn json_rows(env: &Env, args: &[&str]) -> Vec<serde_json::Map<String, Value>> {
    let mut full: Vec<&str> = args.to_vec();
    full.extend_from_slice(&["-f", "json"]);
    let out = env.ok(&full);
    let v: Value = serde_json::from_str(&out).expect("json");
    v.as_array()
        .expect("array")
        .iter()
        .map(|o| o.as_object().expect("object").clone())
        .collect()
}

// ---- deals, lines and the catalogue ----

#[test]
fn money_deal_lines_take_catalogue_prices_and_amounts_stay_exact() {
    let env = with_catalogue();
    env.ok(&["add", "Acme"]);
    let d = env.ok(&[
        "deal",
        "add",
        "acme",
        "Annual package",
        "--item",
        "training:3",
        "--item",
        "hosting:12",
        "--item",
        "cheap:3",
        "--stage",
        "offer",
        "--probability",
        "60",
    ]);
    let d = d.trim().to_string();
    let f = env.file("acme");
    // 3 × 1200 + 12 × 49.9 + 3 × 0.1 = 4199.1 — exactly, no float noise.
    assert!(f.contains("amount = 4199.1\n"), "{f}");
    assert!(
        f.contains("[[deals.lines]]\nproduct = \"training\"\nquantity = 3\nprice = 1200\n"),
        "{f}"
    );
    assert!(
        f.contains("product = \"cheap\"\nquantity = 3\nprice = 0.1\n"),
        "{f}"
    );
    assert!(f.contains("[deals.stages]\noffer = 2026-11-24\n"), "{f}");
    assert!(!f.contains(".0\n"), "no float noise in the file:\n{f}");
    let rows = json_rows(&env, &["deals"]);
    assert_eq!(rows[0]["amount"].to_string(), "4199.1");
    assert_eq!(rows[0]["weighted"].to_string(), "2519.46");
    assert_eq!(
        rows[0]["products"],
        serde_json::json!(["training", "hosting", "cheap"])
    );
    // Tables show money with its currency's decimals (main's rule since
    // issue 16): 4199.10, never float noise.
    let table = env.ok(&["deals"]);
    assert!(
        table.contains("4199.10") && table.contains("2519.46") && !table.contains("4199.0999"),
        "{table}"
    );

    // Lines change; the amount follows them unless given.
    env.ok(&["deal", "set", &d[..6], "item+=training:2", "item-=cheap"]);
    let f = env.file("acme");
    assert!(f.contains("amount = 6598.8\n"), "{f}");
    assert!(f.contains("quantity = 5\n") && !f.contains("cheap"), "{f}");
    assert_eq!(
        env.last_message(),
        format!("deal set acme {d}: item+=training:2, item-=cheap")
    );
    env.ok(&[
        "deal",
        "set",
        &d[..6],
        "item=consulting:2.5@90",
        "amount=7000",
    ]);
    let f = env.file("acme");
    assert!(f.contains("amount = 7000\n"), "{f}");
    assert!(
        f.contains("product = \"consulting\"\nquantity = 2.5\nprice = 90\n"),
        "{f}"
    );

    // The show and JSON of one deal.
    let card = env.ok(&["deal", "show", &d[..6]]);
    assert!(
        card.contains("Annual package") && card.contains("consulting"),
        "{card}"
    );
    assert!(card.contains("2.5 × 90 = 225"), "{card}");
    let one: Value =
        serde_json::from_str(&env.ok(&["deal", "show", &d[..6], "-f", "json"])).expect("json");
    assert_eq!(one["lines"][0]["amount"].to_string(), "6000");
    assert_eq!(one["stages"]["offer"], "2026-11-24");

    // Refusals: an unknown product names the catalogue and the command to
    // list it; no amount and no item is a usage error; nothing is written.
    let before = env.commits();
    let err = env.fails(1, &["deal", "add", "acme", "X", "--item", "trainng:1"]);
    assert!(
        err.contains("trainng") && err.contains("training, consulting"),
        "{err}"
    );
    assert!(err.contains("crm products"), "{err}");
    env.fails(2, &["deal", "add", "acme", "X"]);
    env.fails(2, &["deal", "add", "acme", "X", "--item", "training:0"]);
    let err = env.fails(
        1,
        &[
            "deal",
            "add",
            "acme",
            "X",
            "--item",
            "training",
            "--currency",
            "USD",
        ],
    );
    assert!(err.contains("priced in EUR"), "{err}");
    assert_eq!(env.commits(), before);

    // rm: one commit, the deal gone, the history keeps it.
    env.ok(&["deal", "rm", &d[..6]]);
    assert!(!env.file("acme").contains(&d));
    assert!(
        env.last_message()
            .starts_with(&format!("deal rm acme {d}: Annual package"))
    );
    env.fails(3, &["deal", "show", &d]);
    env.assert_clean();
}

#[test]
fn money_products_are_listed_added_changed_and_removed_in_crm_toml() {
    let env = Env::with_store();
    env.ok(&[
        "products",
        "add",
        "training",
        "Training day",
        "--price",
        "1 200,50",
        "--unit",
        "day",
    ]);
    env.ok(&[
        "products", "add", "support", "Support", "--price", "2400", "--every", "year",
    ]);
    assert_eq!(env.last_message(), "products add support: Support (2400)");
    let cfg = std::fs::read_to_string(env.store.join("crm.toml")).expect("crm.toml");
    assert!(
        cfg.contains("# Currency of amounts that name none."),
        "comments survive"
    );
    assert!(cfg.contains("[[products]]\nid = \"training\"\nname = \"Training day\"\nunit = \"day\"\nprice = 1200.5\n"), "{cfg}");
    let csv = env.ok(&["products", "-f", "csv"]);
    assert_eq!(
        csv,
        "id,name,unit,price,currency,every\ntraining,Training day,day,1200.5,EUR,\nsupport,Support,,2400,EUR,year\n"
    );
    env.ok(&["products", "set", "training", "price=1300", "unit="]);
    let rows = json_rows(&env, &["products"]);
    assert_eq!(rows[0]["price"].to_string(), "1300");
    assert_eq!(rows[0]["unit"], Value::Null);
    env.fails(1, &["products", "add", "training", "Again", "--price", "1"]);
    env.fails(2, &["products", "add", "Bad Id", "X", "--price", "1"]);
    env.fails(
        1,
        &[
            "products", "add", "x", "X", "--price", "1", "--every", "week",
        ],
    );
    env.fails(2, &["products", "-f", "csv", "rm", "support"]);
    env.ok(&["products", "rm", "support"]);
    assert_eq!(json_rows(&env, &["products"]).len(), 1);
    env.fails(3, &["products", "rm", "support"]);
    // A product removed while a deal names it: crm check says so.
    env.ok(&["add", "Acme"]);
    env.ok(&["deal", "add", "acme", "Days", "--item", "training:2"]);
    env.ok(&["products", "rm", "training"]);
    let o = env.run(&["check"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("unknown-product") || out.contains("not a product of the catalogue"),
        "{out}"
    );
    env.assert_clean();
}

#[test]
fn money_stage_changes_are_dated_in_the_file_and_reasons_grouped() {
    let env = with_catalogue();
    env.ok(&["add", "Acme"]);
    let at = |day: &str, args: &[&str]| -> String {
        let o = env
            .crm()
            .env("CRM_NOW", format!("{day}T10:00:00+02:00"))
            .args(args)
            .output()
            .expect("run");
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stdout).trim().to_string()
    };
    let d = at(
        "2026-10-01",
        &["deal", "add", "acme", "Package", "--amount", "5000"],
    );
    // A comment written by hand survives every change.
    let f = env
        .file("acme")
        .replace("[deals.stages]\n", "[deals.stages] # when it got there\n");
    env.write_file("acme", &f);
    env.git(&["commit", "-qam", "a comment"]);
    at("2026-10-20", &["deal", "set", &d, "stage=offer"]);
    at(
        "2026-10-25",
        &["deal", "set", &d, "stage=offer", "probability=50"],
    );
    at(
        "2026-11-04",
        &["deal", "set", &d, "stage=lost", "reason=price"],
    );
    let f = env.file("acme");
    assert!(
        f.contains("[deals.stages] # when it got there\nopen = 2026-10-01\noffer = 2026-10-20\nlost = 2026-11-04\n"),
        "{f}"
    );
    assert!(f.contains("closed = 2026-11-04\nreason = \"price\""), "{f}");
    let rows = json_rows(&env, &["deals"]);
    assert_eq!(rows[0]["since"], "2026-11-04");
    assert_eq!(rows[0]["age"], 20);
    assert_eq!(rows[0]["reason"], "price");
    // Reopened: closed goes, and so does the date it was lost (a close
    // taken back is no close); the stage date is the new one.
    at("2026-11-10", &["deal", "set", &d, "stage=offer"]);
    let f = env.file("acme");
    assert!(
        f.contains("open = 2026-10-01\noffer = 2026-11-10\n") && !f.contains("closed ="),
        "{f}"
    );
    assert!(!f.contains("lost = "), "{f}");
    let d2 = at(
        "2026-09-01",
        &[
            "deal", "add", "acme", "Other", "--amount", "100", "--stage", "won",
        ],
    );
    at("2026-09-02", &["deal", "set", &d2, "reason=relationship"]);
    let d3 = at(
        "2026-09-01",
        &[
            "deal", "add", "acme", "Third", "--amount", "300", "--stage", "lost",
        ],
    );
    at("2026-09-02", &["deal", "set", &d3, "reason=price"]);
    at("2026-11-20", &["deal", "set", &d, "stage=lost"]);
    let csv = env.ok(&["report", "reasons", "-f", "csv"]);
    assert_eq!(
        csv,
        "stage,reason,currency,count,amount,share\nwon,relationship,EUR,1,100,100\nlost,price,EUR,2,5300,100\n"
    );
    let csv = env.ok(&["report", "reasons", "-p", "2026-11", "-f", "csv"]);
    assert_eq!(
        csv,
        "stage,reason,currency,count,amount,share\nlost,price,EUR,1,5000,100\n"
    );
    env.assert_clean();
}

#[test]
fn money_deals_take_the_query_language_sorting_every_format_and_a_board() {
    let env = with_catalogue();
    env.ok(&["add", "Acme", "--owner", "mari", "--tag", "vip"]);
    env.ok(&["add", "Birch", "--owner", "jaan"]);
    let add = |args: &[&str]| env.ok(args).trim().to_string();
    let big = add(&[
        "deal",
        "add",
        "acme",
        "Big offer",
        "--amount",
        "9000",
        "--stage",
        "offer",
        "--probability",
        "50",
        "--expected",
        "+20d",
    ]);
    let small = add(&[
        "deal",
        "add",
        "acme",
        "Small offer",
        "--amount",
        "3000",
        "--stage",
        "offer",
        "--expected",
        "+60d",
    ]);
    let training = add(&[
        "--as",
        "jaan",
        "deal",
        "add",
        "birch",
        "Training",
        "--item",
        "training:5",
        "--expected",
        "2026-12-10",
    ]);
    let won = add(&[
        "deal", "add", "birch", "Done", "--amount", "7000", "--stage", "won",
    ]);
    let ids = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["deals"];
        a.extend_from_slice(args);
        a.extend_from_slice(&["-f", "ids"]);
        env.ok(&a).lines().map(str::to_string).collect()
    };
    // `stage:offer` is the deal's stage here.
    assert_eq!(ids(&["stage:offer"]), [big.clone(), small.clone()]);
    assert_eq!(ids(&["stage:offer", "amount>5000"]), [big.as_str()]);
    assert_eq!(
        ids(&["expected<=+30d", "is:open"]),
        [training.clone(), big.clone()]
    );
    assert_eq!(ids(&["product:training"]), [training.as_str()]);
    assert_eq!(ids(&["owner:me", "is:open"]), [big.clone(), small.clone()]);
    // The deal's owner (who added it) first, else the customer's.
    assert_eq!(ids(&["owner:jaan"]), [training.as_str()]);
    assert_eq!(ids(&["-stage:offer"]), [training.clone(), won.clone()]);
    assert_eq!(ids(&["tag:vip", "or", "stage:won"]).len(), 3);
    // A customer stage still means the customer's.
    env.ok(&["set", "birch", "stage=customer"]);
    assert_eq!(ids(&["stage:customer"]), [training.clone(), won.clone()]);
    // -p: expected dates of open deals, closed dates of closed ones.
    assert_eq!(ids(&["-p", "2026-12"]), [training.clone(), big.clone()]);
    assert_eq!(ids(&["-p", "2026-11"]), [won.as_str()]);
    assert_eq!(
        ids(&["--sort", "-amount"]),
        [big.clone(), won.clone(), training.clone(), small.clone()]
    );
    assert_eq!(
        ids(&["--sort", "customer"])[0..2],
        [big.clone(), small.clone()]
    );
    env.fails(2, &["deals", "--sort", "colour"]);
    env.fails(2, &["deals", "product:nothing"]);
    env.fails(2, &["deals", "stage:maybe"]);
    // Every format, the same columns.
    let csv = env.ok(&["deals", "stage:offer", "-f", "csv"]);
    assert!(csv.starts_with("customer,id,title,stage,amount,currency,probability,weighted,expected,closed,owner,age\n"), "{csv}");
    assert!(
        csv.contains(&format!(
            "acme,{big},Big offer,offer,9000,EUR,50,4500,2026-12-14,,mari,0\n"
        )),
        "{csv}"
    );
    let tsv = env.ok(&["deals", "stage:offer", "-f", "tsv"]);
    assert_eq!(tsv.lines().count(), 3);
    let jsonl = env.ok(&["deals", "-f", "jsonl"]);
    assert_eq!(jsonl.lines().count(), 4);
    assert!(jsonl.contains("\"amount\":6000"), "{jsonl}");
    let table = env.ok(&["deals"]);
    assert!(table.starts_with(" CUSTOMER"), "{table}");
    // The board: open stages as columns, count and sum on top.
    let board = env.ok(&["deals", "--board"]);
    let head: Vec<&str> = board.lines().take(2).collect();
    assert!(
        head[0].contains("OPEN (1)") && head[0].contains("OFFER (2)"),
        "{board}"
    );
    assert!(
        head[1].contains("6000.00 EUR") && head[1].contains("12000.00 EUR"),
        "{board}"
    );
    assert!(
        !board.contains("Done"),
        "closed deals are not on the board:\n{board}"
    );
    env.fails(2, &["deals", "--board", "-f", "json"]);
    // The reports about deals read `stage:offer` the same way.
    let p = json_rows(&env, &["report", "pipeline", "stage:offer"]);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0]["amount"], 12000);
}

// ---- contracts ----

#[test]
fn money_contracts_in_the_card_the_agenda_check_and_the_calendar() {
    let env = with_catalogue();
    env.ok(&["add", "Acme", "--owner", "mari"]);
    env.ok(&["add", "Birch", "--owner", "jaan"]);
    // Renews 2026-12-31; notice 1 month before: 2026-11-30, in the window.
    let k = env.ok(&[
        "contract",
        "add",
        "acme",
        "Support 2026",
        "--start",
        "2026-01-01",
        "--end",
        "2026-12-31",
        "--value",
        "400",
        "--every",
        "month",
        "--notice",
        "1m",
        "--auto-renew",
    ]);
    let k = k.trim().to_string();
    assert!(k.starts_with('c'), "{k}");
    // Ends in 5 days, jaan's.
    env.ok(&[
        "--as",
        "jaan",
        "contract",
        "add",
        "birch",
        "Hosting",
        "--product",
        "hosting",
        "--start",
        "2025-12-01",
        "--end",
        "2026-11-29",
    ]);
    let f = env.file("acme");
    assert!(
        f.contains(&format!("[[contracts]]\nid = \"{k}\"\ntitle = \"Support 2026\"\nstart = 2026-01-01\nend = 2026-12-31\nvalue = 400\ncurrency = \"EUR\"\nevery = \"month\"\nnotice = \"1m\"\nauto_renew = true\nowner = \"mari\"\n")),
        "{f}"
    );
    let birch = env.file("birch");
    assert!(
        birch.contains("value = 49.9\n") && birch.contains("every = \"month\""),
        "the product's price and period:\n{birch}"
    );
    let card = env.ok(&["show", "acme"]);
    assert!(
        card.contains("Contracts")
            && card.contains("Support 2026")
            && card.contains("renews 2026-12-31")
            && card.contains("notice by 2026-11-30"),
        "{card}"
    );
    let mine = env.ok(&["agenda"]);
    assert!(
        mine.contains("Support 2026: notice by 2026-11-30 (renews 2026-12-31)"),
        "{mine}"
    );
    assert!(
        !mine.contains("Hosting"),
        "jaan's contract is not in mari's agenda:\n{mine}"
    );
    let all = env.ok(&["agenda", "--all", "-f", "jsonl"]);
    assert!(
        all.contains("\"section\":\"contract\"") && all.contains("Hosting: ends 2026-11-29"),
        "{all}"
    );
    assert!(
        !env.ok(&["agenda", "--days", "3"]).contains("Support 2026"),
        "outside the window"
    );
    // The calendar: the next end and the notice deadline.
    let ics = env.ok(&["export", "ics"]);
    assert!(
        ics.contains(&format!("UID:contract-end-{k}@crm\r\nDTSTAMP:")),
        "{ics}"
    );
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20261231\r\n")
            && ics.contains("DTSTART;VALUE=DATE:20261130\r\n"),
        "{ics}"
    );
    assert!(
        ics.contains("SUMMARY:Contract renews: Support 2026 (Acme)"),
        "{ics}"
    );
    // Changes and refusals.
    env.ok(&["contract", "set", &k[..5], "value=450", "notice=3m"]);
    assert!(env.file("acme").contains("value = 450\n"));
    let before = env.commits();
    let e = env.fails(1, &["contract", "set", &k[..5], "end=2025-06-30"]);
    assert!(
        e.contains("ends (2025-06-30) before it starts (2026-01-01)"),
        "{e}"
    );
    env.fails(1, &["contract", "set", &k[..5], "every=week"]);
    env.fails(1, &["contract", "set", &k[..5], "notice=soon"]);
    // A contract that renews by itself keeps its end (as `add` asks).
    let e = env.fails(2, &["contract", "set", &k[..5], "end="]);
    assert!(e.contains("auto_renew needs an end"), "{e}");
    env.fails(
        1,
        &[
            "contract",
            "add",
            "acme",
            "X",
            "--value",
            "1",
            "--start",
            "2026-02-01",
            "--end",
            "2026-01-01",
        ],
    );
    env.fails(2, &["contract", "add", "acme", "X"]);
    env.fails(1, &["contract", "add", "acme", "X", "--product", "nothing"]);
    assert_eq!(env.commits(), before);
    // By hand: crm check names a contract that ends before it starts and a
    // product the catalogue does not have.
    let f = env
        .file("acme")
        .replace("end = 2026-12-31", "end = 2025-12-31")
        + "\n[[contracts]]\nid = \"cx1\"\ntitle = \"Odd\"\nstart = 2026-01-01\nvalue = 1\nproduct = \"nothing\"\n";
    env.write_file("acme", &f);
    let o = env.run(&["check", "-f", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("ends (2025-12-31) before it starts"), "{out}");
    assert!(
        out.contains("\"kind\": \"unknown-product\"") && out.contains("contracts[1].product"),
        "{out}"
    );
    env.git(&["checkout", "--", "customers/acme.toml"]);
    env.ok(&["contract", "rm", &k[..5]]);
    assert!(!env.file("acme").contains("[[contracts]]"));
    env.assert_clean();
}

// ---- every report figure from the files ----

struct Rng(u64);
impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

const PRICES: &[(&str, &str)] = &[
    ("training", "1200"),
    ("consulting", "95.5"),
    ("support-year", "2400"),
    ("hosting", "49.9"),
    ("cheap", "0.1"),
];

/// Customers with deals (lines, dated stages, reasons, two currencies)
/// and contracts (monthly to yearly, renewing or not, some open-ended).
fn build_store(env: &Env) {
    let mut r = Rng(0x2545_f491_4f6c_dd1d);
    let users = ["mari", "jaan", "liisa"];
    let reasons = ["price", "timing", " price ", "quality"];
    for i in 0..30 {
        let id = format!("firm-{i:02}");
        let mut t = format!("name = \"Firm {i}\"\nstage = \"customer\"\n");
        if r.next(5) > 0 {
            t += &format!("owner = \"{}\"\n", users[r.next(3) as usize]);
        }
        for d in 0..r.next(5) {
            let stage = ["open", "offer", "won", "lost", "won"][r.next(5) as usize];
            let currency = if r.next(5) == 0 { "USD" } else { "EUR" };
            t += &format!("\n[[deals]]\nid = \"d{i:02}x{d}\"\ntitle = \"Deal {d}\"\n");
            t += &format!(
                "amount = {}.{}\ncurrency = \"{currency}\"\nstage = \"{stage}\"\n",
                r.next(20000),
                r.next(10)
            );
            if r.next(4) > 0 {
                t += &format!("probability = {}\n", r.next(101));
            }
            t += &format!(
                "expected = 202{}-{:02}-{:02}\n",
                5 + r.next(3),
                1 + r.next(12),
                1 + r.next(28)
            );
            let closed = NaiveDate::from_ymd_opt(
                2025 + r.next(2) as i32,
                1 + r.next(12) as u32,
                1 + r.next(28) as u32,
            )
            .expect("date");
            let closed = closed.min(today());
            let open = stage == "open" || stage == "offer";
            if !open {
                t += &format!("closed = {closed}\n");
                if r.next(3) > 0 {
                    t += &format!("reason = \"{}\"\n", reasons[r.next(4) as usize]);
                }
            }
            if r.next(3) == 0 {
                t += &format!("owner = \"{}\"\n", users[r.next(3) as usize]);
            }
            // Dated stages for most: open, perhaps offer, then the end.
            if r.next(5) > 0 {
                let last = if open {
                    today() - Duration::days(r.next(60) as i64)
                } else {
                    closed
                };
                let mut path = vec!["open"];
                if stage == "offer" || (!open && r.next(3) > 0) {
                    path.push("offer");
                }
                if !open {
                    path.push(stage);
                }
                let mut days = vec![last];
                for _ in 1..path.len() {
                    let prev = *days.last().expect("a day");
                    days.push(prev - Duration::days(r.next(40) as i64));
                }
                days.reverse();
                t += "\n[deals.stages]\n";
                for (s, d) in path.iter().zip(days) {
                    t += &format!("{s} = {d}\n");
                }
            }
            if r.next(3) > 0 {
                let mut used = BTreeSet::new();
                for _ in 0..1 + r.next(3) {
                    let (p, price) = PRICES[r.next(PRICES.len() as u64) as usize];
                    if !used.insert(p) {
                        continue;
                    }
                    let q = if r.next(3) == 0 {
                        format!("{}.5", r.next(4))
                    } else {
                        (1 + r.next(6)).to_string()
                    };
                    let price = if r.next(4) == 0 {
                        format!("{}.25", r.next(300))
                    } else {
                        price.to_string()
                    };
                    t += &format!(
                        "\n[[deals.lines]]\nproduct = \"{p}\"\nquantity = {q}\nprice = {price}\n"
                    );
                }
            }
        }
        for k in 0..r.next(3) {
            let start = NaiveDate::from_ymd_opt(2025 + r.next(2) as i32, 1 + r.next(12) as u32, 1)
                .expect("date");
            let months = [1u32, 3, 6, 12][r.next(4) as usize];
            t += &format!(
                "\n[[contracts]]\nid = \"c{i:02}x{k}\"\ntitle = \"Contract {k}\"\nstart = {start}\n"
            );
            let has_end = r.next(6) > 0;
            if has_end {
                let end = start
                    .checked_add_months(Months::new(months))
                    .expect("date")
                    .pred_opt()
                    .expect("date");
                t += &format!("end = {end}\n");
            }
            t += &format!("value = {}.{}\n", 10 + r.next(3000), r.next(100));
            if r.next(5) == 0 {
                t += "currency = \"USD\"\n";
            }
            if let Some(e) =
                [Some("month"), Some("quarter"), Some("year"), None][r.next(4) as usize]
            {
                t += &format!("every = \"{e}\"\n");
            }
            if let Some(n) = [Some("1m"), Some("30d"), None][r.next(3) as usize] {
                t += &format!("notice = \"{n}\"\n");
            }
            if has_end && r.next(2) == 0 {
                t += "auto_renew = true\n";
            }
            if r.next(3) == 0 {
                t += &format!("owner = \"{}\"\n", users[r.next(3) as usize]);
            }
        }
        env.write_file(&id, &t);
    }
    env.git(&["add", "-A"]);
    env.git(&["commit", "-q", "-m", "generated customers"]);
    let o = env.run(&["check"]);
    assert!(
        o.status.success(),
        "the generated store is valid: {}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

// The independent model: straight from the files.

struct Line {
    product: String,
    quantity: Decimal,
    price: Decimal,
}

struct Deal {
    customer: String,
    id: String,
    owner: String,
    stage: String,
    currency: String,
    amount: Decimal,
    probability: Decimal,
    expected: Option<NaiveDate>,
    closed: Option<NaiveDate>,
    reason: Option<String>,
    /// (stage, date) sorted by date, file order among equal dates.
    stages: Vec<(String, NaiveDate)>,
    lines: Vec<Line>,
}

struct Contract {
    customer: String,
    name: String,
    id: String,
    title: String,
    start: NaiveDate,
    end: Option<NaiveDate>,
    value: Decimal,
    currency: String,
    every: Option<String>,
    notice: Option<String>,
    renews: bool,
    owner: Option<String>,
}

struct Model {
    deals: Vec<Deal>,
    contracts: Vec<Contract>,
}

fn load(env: &Env) -> Model {
    let mut m = Model {
        deals: vec![],
        contracts: vec![],
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(env.store.join("customers"))
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    for p in paths {
        let id = p.file_stem().expect("stem").to_string_lossy().to_string();
        let t: toml::Table =
            toml::from_str(&std::fs::read_to_string(&p).expect("read")).expect("toml");
        let s = |t: &toml::Table, k: &str| t.get(k).and_then(|v| v.as_str()).map(str::to_string);
        let owner = s(&t, "owner");
        let name = s(&t, "name").expect("name");
        for d in t
            .get("deals")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            let d = d.as_table().expect("deal");
            let mut stages: Vec<(String, NaiveDate)> = d
                .get("stages")
                .and_then(|v| v.as_table())
                .map(|st| {
                    st.iter()
                        .map(|(k, v)| (k.clone(), tdate(Some(v)).expect("date")))
                        .collect()
                })
                .unwrap_or_default();
            stages.sort_by_key(|x| x.1);
            m.deals.push(Deal {
                customer: id.clone(),
                id: s(d, "id").expect("id"),
                owner: s(d, "owner").or(owner.clone()).unwrap_or_default(),
                stage: s(d, "stage").expect("stage"),
                currency: s(d, "currency").unwrap_or("EUR".into()),
                amount: dec(d.get("amount").expect("amount")),
                probability: d
                    .get("probability")
                    .and_then(|v| v.as_integer())
                    .map_or(Decimal::ZERO, Decimal::from),
                expected: tdate(d.get("expected")),
                closed: tdate(d.get("closed")),
                reason: s(d, "reason"),
                stages,
                lines: d
                    .get("lines")
                    .and_then(|v| v.as_array())
                    .into_iter()
                    .flatten()
                    .map(|l| Line {
                        product: l
                            .get("product")
                            .and_then(|v| v.as_str())
                            .expect("product")
                            .to_string(),
                        quantity: l.get("quantity").map_or(Decimal::ONE, dec),
                        price: dec(l.get("price").expect("price")),
                    })
                    .collect(),
            });
        }
        for k in t
            .get("contracts")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            let k = k.as_table().expect("contract");
            m.contracts.push(Contract {
                customer: id.clone(),
                name: name.clone(),
                id: s(k, "id").expect("id"),
                title: s(k, "title").expect("title"),
                start: tdate(k.get("start")).expect("start"),
                end: tdate(k.get("end")),
                value: dec(k.get("value").expect("value")),
                currency: s(k, "currency").unwrap_or("EUR".into()),
                every: s(k, "every"),
                notice: s(k, "notice"),
                renews: k.get("auto_renew").and_then(|v| v.as_bool()) == Some(true)
                    && k.contains_key("end"),
                owner: s(k, "owner").or(owner.clone()),
            });
        }
    }
    m
}

type Row = Vec<(String, String)>;

fn n(d: Decimal) -> String {
    d.normalize().to_string()
}

fn cents(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

fn tenth(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
}

fn opt(d: Option<Decimal>) -> String {
    d.map_or("null".into(), n)
}

fn odate(d: Option<NaiveDate>) -> String {
    d.map_or("null".into(), |d| d.to_string())
}

fn row(pairs: &[(&str, String)]) -> Row {
    let mut r: Row = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    r.sort();
    r
}

fn actual(env: &Env, args: &[&str]) -> Vec<Row> {
    let mut rows: Vec<Row> = json_rows(env, args)
        .into_iter()
        .map(|o| {
            let mut r: Row = o
                .into_iter()
                .map(|(k, v)| {
                    let s = match v {
                        Value::String(s) => s,
                        Value::Null => "null".to_string(),
                        other => other.to_string(),
                    };
                    (k, s)
                })
                .collect();
            r.sort();
            r
        })
        .collect();
    rows.sort();
    rows
}

fn check(env: &Env, args: &[&str], mut expected: Vec<Row>) {
    expected.sort();
    assert!(
        !expected.is_empty(),
        "{args:?}: the test data gives no rows"
    );
    assert_eq!(actual(env, args), expected, "crm {args:?}");
}

fn open(d: &Deal) -> bool {
    d.stage != "won" && d.stage != "lost"
}

fn month(d: NaiveDate) -> String {
    format!("{}-{:02}", d.year(), d.month())
}

fn within(d: Option<NaiveDate>, from: &str, to: &str) -> bool {
    d.is_some_and(|d| d >= date(from) && d <= date(to))
}

fn products(m: &Model, by: &str, from: &str, to: &str) -> Vec<Row> {
    #[derive(Default)]
    struct S {
        open: u64,
        open_amount: Decimal,
        weighted: Decimal,
        offers: u64,
        offer_amount: Decimal,
        won: u64,
        won_quantity: Decimal,
        won_amount: Decimal,
    }
    let mut g: BTreeMap<(String, String, String), S> = BTreeMap::new();
    for d in &m.deals {
        let won = d.stage == "won" && within(d.closed, from, to);
        if !open(d) && !won {
            continue;
        }
        let group = match by {
            "owner" => d.owner.clone(),
            "customer" => d.customer.clone(),
            _ => String::new(),
        };
        for l in &d.lines {
            let s = g
                .entry((group.clone(), l.product.clone(), d.currency.clone()))
                .or_default();
            let a = l.quantity * l.price;
            if open(d) {
                s.open += 1;
                s.open_amount += a;
                s.weighted += a * d.probability / Decimal::from(100);
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
    if by == "product" {
        for (p, _) in PRICES {
            if !g.keys().any(|k| k.1 == *p) {
                g.insert((String::new(), p.to_string(), "EUR".into()), S::default());
            }
        }
    }
    let names: BTreeMap<&str, &str> = [
        ("training", "Training day"),
        ("consulting", "Consulting hour"),
        ("support-year", "Support, a year"),
        ("hosting", "Hosting"),
        ("cheap", "A tenth"),
    ]
    .into_iter()
    .collect();
    g.into_iter()
        .map(|((group, product, currency), s)| {
            let mut p = vec![
                ("name", names[product.as_str()].to_string()),
                ("product", product),
                ("currency", currency),
                ("open", s.open.to_string()),
                ("open_amount", n(s.open_amount)),
                ("weighted", n(cents(s.weighted))),
                ("offers", s.offers.to_string()),
                ("offer_amount", n(s.offer_amount)),
                ("won", s.won.to_string()),
                ("won_quantity", n(s.won_quantity)),
                ("won_amount", n(s.won_amount)),
            ];
            match by {
                "owner" => p.push(("user", group)),
                "customer" => p.push(("customer", group)),
                _ => {}
            }
            row(&p)
        })
        .collect()
}

/// (won, lost, days in stage summed, deals that left it) per key.
type Journey = BTreeMap<(String, String, String), (u64, u64, i64, u64)>;

fn pipeline(
    m: &Model,
    by_owner: bool,
    closed_in: &dyn Fn(&Deal) -> bool,
    open_in: &dyn Fn(&Deal) -> bool,
) -> Vec<Row> {
    let mut money: BTreeMap<(String, String, String), (u64, Decimal, Decimal)> = BTreeMap::new();
    let user = |d: &Deal| {
        if by_owner {
            d.owner.clone()
        } else {
            String::new()
        }
    };
    for d in m.deals.iter().filter(|d| open(d) && open_in(d)) {
        let e = money
            .entry((user(d), d.stage.clone(), d.currency.clone()))
            .or_default();
        e.0 += 1;
        e.1 += d.amount;
        e.2 += d.amount * d.probability / Decimal::from(100);
    }
    let mut j: Journey = BTreeMap::new();
    for d in m.deals.iter().filter(|d| !open(d) && closed_in(d)) {
        for (i, (s, on)) in d.stages.iter().enumerate() {
            if s == "won" || s == "lost" {
                continue;
            }
            let key = (user(d), s.clone(), d.currency.clone());
            money.entry(key.clone()).or_default();
            let e = j.entry(key).or_default();
            if d.stage == "won" {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
            if let Some(next) = d.stages.get(i + 1).map(|x| x.1).or(d.closed) {
                e.2 += (next - *on).num_days().max(0);
                e.3 += 1;
            }
        }
    }
    money
        .into_iter()
        .map(|(key, (count, amount, weighted))| {
            let (won, lost, days, left) = j.get(&key).copied().unwrap_or_default();
            let mut p = vec![
                ("stage", key.1.clone()),
                ("currency", key.2.clone()),
                ("count", count.to_string()),
                ("amount", n(amount)),
                ("weighted", n(cents(weighted))),
                ("won", won.to_string()),
                ("lost", lost.to_string()),
                (
                    "conversion",
                    opt((won + lost > 0)
                        .then(|| tenth(Decimal::from(won * 100) / Decimal::from(won + lost)))),
                ),
                (
                    "days",
                    opt((left > 0).then(|| tenth(Decimal::from(days) / Decimal::from(left)))),
                ),
            ];
            if by_owner {
                p.push(("user", key.0));
            }
            row(&p)
        })
        .collect()
}

fn forecast(m: &Model, by_owner: bool) -> Vec<Row> {
    let user = |d: &Deal| {
        if by_owner {
            d.owner.clone()
        } else {
            String::new()
        }
    };
    let mut rec: BTreeMap<(String, String), (u64, u64, i64, u64)> = BTreeMap::new();
    for d in m.deals.iter().filter(|d| !open(d)) {
        let e = rec.entry((user(d), d.currency.clone())).or_default();
        if d.stage == "won" {
            e.0 += 1;
            if let (Some(first), Some(c)) = (d.stages.first(), d.closed) {
                e.2 += (c - first.1).num_days().max(0);
                e.3 += 1;
            }
        } else {
            e.1 += 1;
        }
    }
    let mut g: BTreeMap<(String, String, String), (u64, Decimal, Decimal)> = BTreeMap::new();
    for d in m.deals.iter().filter(|d| open(d)) {
        let period = d.expected.map_or("none".into(), month);
        let e = g.entry((user(d), period, d.currency.clone())).or_default();
        e.0 += 1;
        e.1 += d.amount;
        e.2 += d.amount * d.probability / Decimal::from(100);
    }
    g.into_iter()
        .map(|((u, period, currency), (count, amount, weighted))| {
            let (won, lost, days, timed) = rec
                .get(&(u.clone(), currency.clone()))
                .copied()
                .unwrap_or_default();
            let all = won + lost;
            let mut p = vec![
                ("period", period),
                ("currency", currency),
                ("count", count.to_string()),
                ("amount", n(amount)),
                ("weighted", n(cents(weighted))),
                (
                    "conversion",
                    opt((all > 0).then(|| tenth(Decimal::from(won * 100) / Decimal::from(all)))),
                ),
                (
                    "likely",
                    opt((all > 0).then(|| cents(amount * Decimal::from(won) / Decimal::from(all)))),
                ),
                (
                    "days_to_close",
                    opt((timed > 0).then(|| tenth(Decimal::from(days) / Decimal::from(timed)))),
                ),
            ];
            if by_owner {
                p.push(("user", u));
            }
            row(&p)
        })
        .collect()
}

fn reasons(m: &Model, from: &str, to: &str) -> Vec<Row> {
    let mut g: BTreeMap<(String, String, String), (u64, Decimal)> = BTreeMap::new();
    let mut totals: BTreeMap<(String, String), u64> = BTreeMap::new();
    for d in m
        .deals
        .iter()
        .filter(|d| !open(d) && within(d.closed, from, to))
    {
        let reason = d.reason.clone().unwrap_or_default().trim().to_string();
        let e = g
            .entry((d.stage.clone(), reason, d.currency.clone()))
            .or_default();
        e.0 += 1;
        e.1 += d.amount;
        *totals
            .entry((d.stage.clone(), d.currency.clone()))
            .or_default() += 1;
    }
    g.into_iter()
        .map(|((stage, reason, currency), (count, amount))| {
            let total = totals[&(stage.clone(), currency.clone())];
            row(&[
                (
                    "share",
                    n(tenth(Decimal::from(count * 100) / Decimal::from(total))),
                ),
                ("stage", stage),
                ("reason", reason),
                ("currency", currency),
                ("count", count.to_string()),
                ("amount", n(amount)),
            ])
        })
        .collect()
}

fn months_of(every: &Option<String>) -> Option<u32> {
    match every.as_deref() {
        Some("month") => Some(1),
        Some("quarter") => Some(3),
        Some("year") => Some(12),
        _ => None,
    }
}

impl Contract {
    /// The term in months (every generated term is whole months from a 1st).
    fn term(&self) -> Option<u32> {
        let after = self.end?.succ_opt()?;
        Some(
            ((after.year() - self.start.year()) * 12 + after.month() as i32
                - self.start.month() as i32) as u32,
        )
    }
    /// The ends of its terms, in order: the end, and renewing, the later ones.
    fn ends(&self) -> Vec<NaiveDate> {
        let Some(end) = self.end else { return vec![] };
        if !self.renews {
            return vec![end];
        }
        let term = self.term().expect("term");
        (1..400)
            .map(|k| {
                self.start
                    .checked_add_months(Months::new(term * k))
                    .expect("date")
                    .pred_opt()
                    .expect("date")
            })
            .collect()
    }
    fn notice_by(&self, end: NaiveDate) -> NaiveDate {
        match self.notice.as_deref() {
            Some("1m") => end.checked_sub_months(Months::new(1)).expect("date"),
            Some("30d") => end - Duration::days(30),
            _ => end,
        }
    }
    fn mrr(&self) -> Option<Decimal> {
        months_of(&self.every).map(|m| cents(self.value / Decimal::from(m)))
    }
    /// Its bills in [from, to]: every `every` from start while it runs.
    fn bills(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        let Some(m) = months_of(&self.every) else {
            return if self.start >= from && self.start <= to {
                vec![self.start]
            } else {
                vec![]
            };
        };
        let last = if self.renews { None } else { self.end };
        (0..600)
            .map(|k| {
                self.start
                    .checked_add_months(Months::new(m * k))
                    .expect("date")
            })
            .take_while(|d| *d <= to && last.is_none_or(|e| *d <= e))
            .filter(|d| *d >= from)
            .collect()
    }
}

fn contract_row(k: &Contract, next: Option<NaiveDate>) -> Row {
    let event = match next {
        None if k.end.is_none() => "open",
        None => "ended",
        Some(_) if k.renews => "renews",
        Some(e) if e < today() => "ended",
        Some(_) => "ends",
    };
    let next = next.or(k.end);
    row(&[
        ("customer", k.customer.clone()),
        ("name", k.name.clone()),
        ("id", k.id.clone()),
        ("title", k.title.clone()),
        ("start", k.start.to_string()),
        ("end", odate(k.end)),
        ("next_end", odate(next)),
        ("event", event.into()),
        ("notice_by", odate(next.map(|e| k.notice_by(e)))),
        ("value", n(k.value)),
        ("currency", k.currency.clone()),
        ("every", k.every.clone().unwrap_or("null".into())),
        ("mrr", opt(k.mrr())),
        ("auto_renew", k.renews.to_string()),
        ("owner", k.owner.clone().unwrap_or("null".into())),
        ("product", "null".into()),
    ])
}

fn contracts(m: &Model, period: Option<(&str, &str)>) -> Vec<Row> {
    m.contracts
        .iter()
        .filter_map(|k| match period {
            None => Some(contract_row(
                k,
                k.ends().into_iter().find(|e| *e >= today()),
            )),
            Some((from, to)) => {
                let e = k.ends().into_iter().find(|e| *e >= date(from))?;
                (e <= date(to)).then(|| contract_row(k, Some(e)))
            }
        })
        .collect()
}

fn mrr(m: &Model, on: NaiveDate) -> Vec<Row> {
    let mut g: BTreeMap<(String, String, String), (u64, Decimal)> = BTreeMap::new();
    for k in &m.contracts {
        let running = k.start <= on && (k.end.is_none_or(|e| on <= e) || k.renews);
        if let (true, Some(x)) = (running, k.mrr()) {
            let e = g
                .entry((k.customer.clone(), k.name.clone(), k.currency.clone()))
                .or_default();
            e.0 += 1;
            e.1 += x;
        }
    }
    let mut totals: BTreeMap<String, (u64, Decimal)> = BTreeMap::new();
    let mut rows: Vec<Row> = Vec::new();
    for ((c, name, cur), (count, x)) in g {
        let t = totals.entry(cur.clone()).or_default();
        t.0 += count;
        t.1 += x;
        rows.push(row(&[
            ("customer", c),
            ("name", name),
            ("currency", cur),
            ("contracts", count.to_string()),
            ("mrr", n(x)),
            ("arr", n(x * Decimal::from(12))),
        ]));
    }
    for (cur, (count, x)) in totals {
        rows.push(row(&[
            ("customer", "null".into()),
            ("name", "total".into()),
            ("currency", cur),
            ("contracts", count.to_string()),
            ("mrr", n(x)),
            ("arr", n(x * Decimal::from(12))),
        ]));
    }
    rows
}

/// Won deals (by closed), open deals (by expected) and contract bills per
/// month of 2026.
fn turnover_with_contracts(m: &Model) -> Vec<Row> {
    let (from, to) = (date("2026-01-01"), date("2026-12-31"));
    type Sums = (u64, Decimal, u64, Decimal, Decimal, Decimal);
    let mut g: BTreeMap<(String, String), Sums> = BTreeMap::new();
    for d in &m.deals {
        if d.stage == "won" && within(d.closed, "2026-01-01", "2026-12-31") {
            let e = g
                .entry((month(d.closed.expect("closed")), d.currency.clone()))
                .or_default();
            e.0 += 1;
            e.1 += d.amount;
        } else if open(d) && within(d.expected, "2026-01-01", "2026-12-31") {
            let e = g
                .entry((month(d.expected.expect("expected")), d.currency.clone()))
                .or_default();
            e.2 += 1;
            e.3 += d.amount;
            e.4 += d.amount * d.probability / Decimal::from(100);
        }
    }
    for k in &m.contracts {
        for b in k.bills(from, to) {
            g.entry((month(b), k.currency.clone())).or_default().5 += k.value;
        }
    }
    g.into_iter()
        .map(|((period, currency), (c, a, oc, oa, w, k))| {
            row(&[
                ("period", period),
                ("currency", currency),
                ("count", c.to_string()),
                ("amount", n(a)),
                ("open_count", oc.to_string()),
                ("open_amount", n(oa)),
                ("weighted", n(cents(w))),
                ("contracts", n(k)),
            ])
        })
        .collect()
}

fn compare(m: &Model, with_contracts: bool) -> Vec<Row> {
    let periods = [
        ("period", "2026-07-01", "2026-09-30"),
        ("previous", "2026-04-01", "2026-06-30"),
        ("year_before", "2025-07-01", "2025-09-30"),
    ];
    let mut currencies = BTreeSet::new();
    let mut sums = Vec::new();
    for (_, from, to) in periods {
        let mut s: BTreeMap<String, (u64, Decimal, u64, Decimal, Decimal)> = BTreeMap::new();
        for d in &m.deals {
            if d.stage == "won" && within(d.closed, from, to) {
                let e = s.entry(d.currency.clone()).or_default();
                e.0 += 1;
                e.1 += d.amount;
            } else if open(d) && within(d.expected, from, to) {
                let e = s.entry(d.currency.clone()).or_default();
                e.2 += 1;
                e.3 += d.amount;
            }
        }
        if with_contracts {
            for k in &m.contracts {
                for _ in k.bills(date(from), date(to)) {
                    s.entry(k.currency.clone()).or_default().4 += k.value;
                }
            }
        }
        currencies.extend(s.keys().cloned());
        sums.push(s);
    }
    let mut rows = Vec::new();
    for cur in currencies {
        let total = |i: usize| {
            sums[i].get(&cur).map_or(
                Decimal::ZERO,
                |s: &(u64, Decimal, u64, Decimal, Decimal)| s.1 + s.4,
            )
        };
        for (i, (which, from, to)) in periods.iter().enumerate() {
            let s = sums[i].get(&cur).copied().unwrap_or_default();
            let that = total(i);
            let change = (i > 0 && !that.is_zero())
                .then(|| tenth((total(0) - that) * Decimal::from(100) / that));
            let mut p = vec![
                ("which", which.to_string()),
                ("period", format!("{from}..{to}")),
                ("currency", cur.clone()),
                ("count", s.0.to_string()),
                ("amount", n(s.1)),
                ("open_count", s.2.to_string()),
                ("open_amount", n(s.3)),
                ("change", opt(change)),
            ];
            if with_contracts {
                p.push(("contracts", n(s.4)));
            }
            rows.push(row(&p));
        }
    }
    rows
}

#[test]
fn money_report_figures_match_sums_computed_from_the_files() {
    let env = with_catalogue();
    build_store(&env);
    let m = load(&env);
    assert!(
        m.deals.iter().filter(|d| !d.lines.is_empty()).count() > 20,
        "lines to sum"
    );
    assert!(
        m.contracts.iter().filter(|k| k.renews).count() > 3,
        "renewals to follow"
    );

    check(
        &env,
        &["report", "products"],
        products(&m, "product", "0001-01-01", "9999-12-31"),
    );
    check(
        &env,
        &["report", "products", "-p", "2026"],
        products(&m, "product", "2026-01-01", "2026-12-31"),
    );
    check(
        &env,
        &["report", "products", "--by", "owner", "-p", "2025"],
        products(&m, "owner", "2025-01-01", "2025-12-31"),
    );
    check(
        &env,
        &["report", "products", "--by", "customer"],
        products(&m, "customer", "0001-01-01", "9999-12-31"),
    );

    check(
        &env,
        &["report", "pipeline"],
        pipeline(&m, false, &|_| true, &|_| true),
    );
    check(
        &env,
        &["report", "pipeline", "--by", "owner"],
        pipeline(&m, true, &|_| true, &|_| true),
    );
    let y26 = |d: Option<NaiveDate>| within(d, "2026-01-01", "2026-12-31");
    check(
        &env,
        &["report", "pipeline", "-p", "2026"],
        pipeline(&m, false, &|d| y26(d.closed), &|d| y26(d.expected)),
    );
    check(&env, &["report", "forecast"], forecast(&m, false));
    check(
        &env,
        &["report", "forecast", "--by", "owner"],
        forecast(&m, true),
    );
    check(
        &env,
        &["report", "reasons"],
        reasons(&m, "0001-01-01", "9999-12-31"),
    );
    check(
        &env,
        &["report", "reasons", "-p", "2026"],
        reasons(&m, "2026-01-01", "2026-12-31"),
    );

    check(&env, &["contract", "ls"], contracts(&m, None));
    check(&env, &["report", "contracts"], contracts(&m, None));
    check(
        &env,
        &["report", "contracts", "-p", "2027-q1"],
        contracts(&m, Some(("2027-01-01", "2027-03-31"))),
    );
    check(
        &env,
        &["report", "contracts", "-p", "2026"],
        contracts(&m, Some(("2026-01-01", "2026-12-31"))),
    );
    check(&env, &["report", "contracts", "--mrr"], mrr(&m, today()));
    check(
        &env,
        &["report", "contracts", "--mrr", "-p", "2026-06"],
        mrr(&m, date("2026-06-30")),
    );

    check(
        &env,
        &["report", "turnover", "--contracts", "-p", "2026"],
        turnover_with_contracts(&m),
    );
    check(
        &env,
        &["report", "turnover", "--compare", "-p", "2026-q3"],
        compare(&m, false),
    );
    check(
        &env,
        &[
            "report",
            "turnover",
            "--compare",
            "--contracts",
            "-p",
            "2026-q3",
        ],
        compare(&m, true),
    );

    // The deals list: one row per deal, each figure from its file.
    let rows = json_rows(&env, &["deals"]);
    assert_eq!(rows.len(), m.deals.len());
    for r in &rows {
        let d = m
            .deals
            .iter()
            .find(|d| r["id"] == d.id.as_str())
            .expect("the deal in the files");
        assert_eq!(r["customer"], d.customer.as_str());
        assert_eq!(r["amount"].to_string(), n(d.amount));
        assert_eq!(
            r["weighted"].to_string(),
            n(cents(d.amount * d.probability / Decimal::from(100)))
        );
        let since = d.stages.iter().find(|s| s.0 == d.stage).map(|s| s.1);
        assert_eq!(r["since"].as_str().map(date), since);
        assert_eq!(r["age"].as_i64(), since.map(|s| (today() - s).num_days()));
    }
}

// ---- merging in two clones ----

/// A bare remote and two clones of it (mari and jaan), at minutes of
/// 2026-11-24 10:00.
struct Two(Pair);

impl std::ops::Deref for Two {
    type Target = Pair;
    fn deref(&self) -> &Pair {
        &self.0
    }
}

impl Two {
    fn new() -> Two {
        Two(Pair::new())
    }

    fn run(&self, i: usize, minute: u32, args: &[&str]) -> Output {
        self.0
            .run(i, &format!("2026-11-24T10:{minute:02}:00+02:00"), args)
    }

    fn ok(&self, i: usize, minute: u32, args: &[&str]) -> String {
        let o = self.run(i, minute, args);
        assert!(
            o.status.success(),
            "clone {i}: crm {args:?}: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stdout).trim().to_string()
    }

    fn file(&self, i: usize, rel: &str) -> String {
        std::fs::read_to_string(self.clones[i].join(rel)).expect("read")
    }

    fn head(&self, i: usize) -> String {
        self.env.git_in(&self.clones[i], &["rev-parse", "HEAD"])
    }
}

#[test]
fn money_the_catalogue_merges_by_product_id_in_two_clones() {
    let t = Two::new();
    t.ok(
        0,
        1,
        &[
            "products",
            "add",
            "training",
            "Training day",
            "--price",
            "1200",
        ],
    );
    t.ok(0, 2, &["sync"]);
    t.ok(1, 3, &["sync"]);
    // Both add a product at the end of crm.toml: a conflict for a line
    // merge, two products for crm.
    t.ok(
        0,
        4,
        &[
            "products", "add", "hosting", "Hosting", "--price", "49.9", "--every", "month",
        ],
    );
    t.ok(
        1,
        5,
        &[
            "products",
            "add",
            "consulting",
            "Consulting hour",
            "--price",
            "95",
        ],
    );
    // And both change the same product, different fields.
    t.ok(0, 6, &["products", "set", "training", "price=1300"]);
    t.ok(1, 7, &["products", "set", "training", "unit=day"]);
    t.ok(0, 8, &["sync"]);
    t.ok(1, 9, &["sync"]);
    t.ok(0, 10, &["sync"]);
    for i in 0..2 {
        let rows: Vec<Value> =
            serde_json::from_str(&t.ok(i, 11, &["products", "-f", "json"])).expect("json");
        let ids: BTreeSet<&str> = rows.iter().filter_map(|r| r["id"].as_str()).collect();
        assert_eq!(
            ids,
            ["consulting", "hosting", "training"].into_iter().collect(),
            "clone {i}"
        );
        let training = rows
            .iter()
            .find(|r| r["id"] == "training")
            .expect("training");
        assert_eq!(
            (
                training["price"].to_string().as_str(),
                training["unit"].as_str()
            ),
            ("1300", Some("day")),
            "clone {i}"
        );
    }
    assert_eq!(
        t.file(0, "crm.toml"),
        t.file(1, "crm.toml"),
        "both clones converge"
    );
    assert!(
        t.file(0, "crm.toml")
            .contains("# Currency of amounts that name none."),
        "comments survive"
    );
    // The same field changed differently on both sides: the sync stops,
    // names it, and leaves the clone as it was.
    t.ok(0, 12, &["products", "set", "hosting", "price=50"]);
    t.ok(1, 13, &["products", "set", "hosting", "price=55"]);
    t.ok(0, 14, &["sync"]);
    let before = t.head(1);
    let o = t.run(1, 15, &["sync"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("crm.toml") && err.contains("products.hosting.price"),
        "{err}"
    );
    assert_eq!(t.head(1), before, "nothing changed");
    assert!(t.file(1, "crm.toml").contains("price = 55"));
}

#[test]
fn money_contracts_and_deal_lines_merge_by_id_in_two_clones() {
    let t = Two::new();
    t.ok(
        0,
        1,
        &[
            "products",
            "add",
            "training",
            "Training day",
            "--price",
            "1200",
        ],
    );
    t.ok(
        0,
        2,
        &[
            "products",
            "add",
            "consulting",
            "Consulting hour",
            "--price",
            "95",
        ],
    );
    t.ok(0, 3, &["add", "Acme"]);
    let d = t.ok(
        0,
        4,
        &[
            "deal",
            "add",
            "acme",
            "Package",
            "--item",
            "training:2",
            "--item",
            "consulting:10",
        ],
    );
    let k = t.ok(
        0,
        5,
        &[
            "contract",
            "add",
            "acme",
            "Support",
            "--start",
            "2026-01-01",
            "--end",
            "2026-12-31",
            "--value",
            "400",
            "--every",
            "month",
        ],
    );
    t.ok(0, 6, &["sync"]);
    t.ok(1, 7, &["sync"]);
    // Each clone adds a contract, changes the other contract's fields and
    // a different line of the same deal, and the deal's stage / title.
    let ka = t.ok(
        0,
        8,
        &[
            "contract",
            "add",
            "acme",
            "Hosting A",
            "--value",
            "49",
            "--every",
            "month",
        ],
    );
    let kb = t.ok(
        1,
        9,
        &[
            "contract",
            "add",
            "acme",
            "Hosting B",
            "--value",
            "59",
            "--every",
            "month",
        ],
    );
    t.ok(0, 10, &["contract", "set", &k, "notice=3m"]);
    t.ok(1, 11, &["contract", "set", &k, "auto_renew=true"]);
    t.ok(
        0,
        12,
        &["deal", "set", &d, "item=training:3", "amount=4550"],
    );
    t.ok(
        1,
        13,
        &["deal", "set", &d, "item=consulting:20", "amount=4550"],
    );
    t.ok(0, 14, &["deal", "set", &d, "stage=offer"]);
    t.ok(1, 15, &["deal", "set", &d, "title=Package 2027"]);
    t.ok(0, 16, &["sync"]);
    t.ok(1, 17, &["sync"]);
    t.ok(0, 18, &["sync"]);
    let (a, b) = (
        t.file(0, "customers/acme.toml"),
        t.file(1, "customers/acme.toml"),
    );
    assert_eq!(a, b, "both clones converge");
    let v: toml::Table = toml::from_str(&a).expect("valid");
    let ids: BTreeSet<&str> = v["contracts"]
        .as_array()
        .expect("contracts")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert_eq!(
        ids,
        [k.as_str(), ka.as_str(), kb.as_str()].into_iter().collect(),
        "no contract lost:\n{a}"
    );
    let support = v["contracts"]
        .as_array()
        .expect("contracts")
        .iter()
        .find(|c| c["id"].as_str() == Some(k.as_str()))
        .expect("support");
    assert_eq!(
        (support["notice"].as_str(), support["auto_renew"].as_bool()),
        (Some("3m"), Some(true)),
        "{a}"
    );
    let deal = &v["deals"].as_array().expect("deals")[0];
    assert_eq!(
        (deal["stage"].as_str(), deal["title"].as_str()),
        (Some("offer"), Some("Package 2027")),
        "{a}"
    );
    let lines: BTreeMap<&str, i64> = deal["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| {
            (
                l["product"].as_str().expect("product"),
                l["quantity"].as_integer().expect("quantity"),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [("consulting", 20), ("training", 3)].into_iter().collect(),
        "{a}"
    );
    assert_eq!(
        deal["stages"]["offer"].as_datetime().map(|d| d.to_string()),
        Some("2026-11-24".into())
    );
    assert!(!a.contains("[[conflicts]]"), "nothing clashed:\n{a}");
    // A line both changed differently: the newer wins, the other is kept
    // in [[conflicts]] and crm resolve settles it.
    t.ok(
        0,
        20,
        &["deal", "set", &d, "item=training:4@1100", "amount=1"],
    );
    t.ok(1, 21, &["deal", "set", &d, "item=training:5", "amount=1"]);
    t.ok(0, 22, &["sync"]);
    let o = t.run(1, 23, &["sync"]);
    assert_eq!(
        o.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let b = t.file(1, "customers/acme.toml");
    assert!(
        b.contains(&format!("field = \"deals.{d}.lines.training.quantity\"")),
        "{b}"
    );
    assert!(
        b.contains("price = 1100"),
        "the other side's price change is kept:\n{b}"
    );
    t.ok(
        1,
        24,
        &[
            "resolve",
            "acme",
            &format!("deals.{d}.lines.training.quantity"),
            "4",
        ],
    );
    let b = t.file(1, "customers/acme.toml");
    assert!(
        !b.contains("[[conflicts]]") && b.contains("quantity = 4"),
        "{b}"
    );
    let _ = NOW;
}

#[test]
fn money_folding_a_duplicate_keeps_its_contracts_and_deal_lines() {
    let env = with_catalogue();
    env.ok(&["add", "Acme"]);
    env.ok(&["add", "Acme Ltd"]);
    env.ok(&[
        "contract", "add", "acme", "Support", "--value", "400", "--every", "month",
    ]);
    let k = env.ok(&[
        "contract",
        "add",
        "acme-ltd",
        "Hosting",
        "--product",
        "hosting",
    ]);
    let d = env.ok(&[
        "deal",
        "add",
        "acme-ltd",
        "Days",
        "--item",
        "training:2",
        "--stage",
        "offer",
    ]);
    env.ok(&["merge", "acme-ltd", "acme"]);
    let f = env.file("acme");
    assert!(
        f.contains(&format!("id = \"{}\"", k.trim())) && f.contains("title = \"Support\""),
        "{f}"
    );
    assert!(f.contains(&format!("id = \"{}\"", d.trim())), "{f}");
    assert!(
        f.contains("[deals.stages]\noffer = 2026-11-24\n\n[[deals.lines]]\nproduct = \"training\""),
        "{f}"
    );
    let v: toml::Table = toml::from_str(&f).expect("valid");
    assert_eq!(v["contracts"].as_array().map(Vec::len), Some(2));
    env.ok(&["check"]);
    env.assert_clean();
}

#[test]
fn money_stage_dates_written_inline_by_hand_stay_one_tidy_line() {
    let env = with_catalogue();
    env.ok(&["add", "Acme"]);
    let f = env.file("acme")
        + "\n[[deals]]\nid = \"dhand00000001\"\ntitle = \"By hand\" # typed in\namount = 100\nstage = \"open\"\nstages = { open = 2026-10-01 }\n";
    env.write_file("acme", &f);
    env.git(&["commit", "-qam", "by hand"]);
    env.ok(&["deal", "set", "dhand", "stage=offer"]);
    let f = env.file("acme");
    assert!(
        f.contains("title = \"By hand\" # typed in\n")
            && f.contains("stages = { open = 2026-10-01, offer = 2026-11-24 }\n"),
        "{f}"
    );
    let rows = json_rows(&env, &["deals"]);
    assert_eq!(rows[0]["since"], "2026-11-24");
    assert_eq!(rows[0]["age"], 0);
    env.ok(&["check"]);
    env.assert_clean();
}

/// `deal set`, `deal show` and `contract set` by a whole id ask the
/// cache's lookup cards which customer holds it and read that one file;
/// a card that lags behind a hand edit (the deal moved to another
/// customer by hand) sends them to the full read, which finds it.
#[test]
fn money_entries_named_by_whole_id_are_found_after_a_hand_move() {
    let env = with_catalogue();
    env.ok(&["add", "Acme"]);
    env.ok(&["add", "Bolt"]);
    let d = env.ok(&["deal", "add", "acme", "Days", "--item", "training:2"]);
    let d = d.trim();
    let k = env.ok(&[
        "contract", "add", "acme", "Support", "--value", "100", "--every", "month",
    ]);
    let k = k.trim();
    env.ok(&["deals"]); // a full read: the cache and its cards are current
    env.ok(&["deal", "set", d, "probability=40"]);
    assert!(env.file("acme").contains("probability = 40"));
    // Move both entries to bolt by hand.
    let acme = env.file("acme");
    let cut = acme.find("[[deals]]").expect("a deal");
    let (head, entries) = acme.split_at(cut);
    env.write_file("acme", head);
    env.write_file("bolt", &(env.file("bolt") + "\n" + entries));
    env.git(&["commit", "-qam", "moved by hand"]);
    env.ok(&["deal", "set", d, "probability=50"]);
    env.ok(&["contract", "set", k, "value=120"]);
    let bolt = env.file("bolt");
    assert!(
        bolt.contains("probability = 50") && bolt.contains("value = 120"),
        "{bolt}"
    );
    assert!(!env.file("acme").contains("[[deals]]"));
    let shown = env.ok(&["deal", "show", d, "-f", "json"]);
    let v: Value = serde_json::from_str(&shown).expect("json");
    assert_eq!(v["customer"], "bolt");
    // A prefix still reads everyone, and a shared one is ambiguous.
    env.ok(&["deal", "set", &d[..6], "probability=60"]);
    assert!(env.file("bolt").contains("probability = 60"));
    env.ok(&["check"]);
    env.assert_clean();
}

/// A backup restored into a store with settings of its own brings the
/// products it lacks (a product both have keeps this store's price), so
/// its deal lines and contracts name products the catalogue has.
#[test]
fn money_a_backup_restored_into_another_store_brings_the_products_it_lacks() {
    let env = with_catalogue();
    env.ok(&["add", "Acme"]);
    env.ok(&[
        "deal",
        "add",
        "acme",
        "Days",
        "--item",
        "training:2",
        "--item",
        "consulting:3",
    ]);
    env.ok(&["contract", "add", "acme", "Hosting", "--product", "hosting"]);
    let backup = env.tmp.path().join("backup.json");
    std::fs::write(&backup, env.ok(&["export", "json"])).expect("write backup");
    let other = Env::with_store();
    other.ok(&[
        "products",
        "add",
        "training",
        "Our training",
        "--price",
        "1000",
    ]);
    let out = other.ok(&["import", "json", backup.to_str().expect("utf-8")]);
    assert!(
        out.contains("products += consulting, support-year, hosting, cheap"),
        "{out}"
    );
    let products = json_rows(&other, &["products"]);
    let ids: Vec<&str> = products.iter().filter_map(|p| p["id"].as_str()).collect();
    assert_eq!(
        ids,
        ["training", "consulting", "support-year", "hosting", "cheap"]
    );
    assert_eq!(products[0]["name"], "Our training");
    assert_eq!(products[0]["price"], 1000);
    assert_eq!(products[1]["price"].to_string(), "95.5");
    // The deal keeps the prices it was made at.
    let deals = json_rows(&other, &["deals"]);
    assert_eq!(deals[0]["amount"].to_string(), "2686.5");
    other.ok(&["check"]);
    other.assert_clean();
    // Again: nothing left to add.
    let again = other.ok(&["import", "json", backup.to_str().expect("utf-8")]);
    assert!(!again.contains("products +="), "{again}");
}

/// Amounts as people type them: the last of `.` and `,` is the decimal
/// mark, the other groups thousands; what could be read two ways is
/// refused with both readings, and nothing is written.
#[test]
fn money_amounts_read_both_decimal_marks_and_refuse_what_is_ambiguous() {
    let env = Env::with_store();
    env.ok(&["add", "Acme"]);
    env.ok(&[
        "products",
        "add",
        "training",
        "Training day",
        "--price",
        "1200",
    ]);
    for (typed, stored) in [
        ("12.000,50", "amount = 12000.5\n"),
        ("12,000.50", "amount = 12000.5\n"),
        ("1 200,5", "amount = 1200.5\n"),
        ("1.200.000", "amount = 1200000\n"),
    ] {
        let id = env.ok(&["deal", "add", "acme", typed, "--amount", typed]);
        let f = env.file("acme");
        let deal = f
            .split("[[deals]]")
            .find(|d| d.contains(id.trim()))
            .expect("deal");
        assert!(deal.contains(stored), "{typed}: {deal}");
    }
    let before = env.file("acme");
    let err = env.fails(1, &["deal", "add", "acme", "x", "--amount", "1,200"]);
    assert!(
        err.contains("ambiguous") && err.contains("1200 or 1.200"),
        "{err}"
    );
    let err = env.fails(1, &["contract", "add", "acme", "x", "--value", "12,5.3"]);
    assert!(err.contains("'12,5.3' is not an amount"), "{err}");
    // No exponents, and lines add up to no more than a typed amount may be.
    env.fails(2, &["deal", "add", "acme", "x", "--item", "training:1e9"]);
    let err = env.fails(
        1,
        &["deal", "add", "acme", "x", "--item", "training:1000000000"],
    );
    assert!(err.contains("over the largest amount"), "{err}");
    assert_eq!(env.file("acme"), before, "nothing written");
}
