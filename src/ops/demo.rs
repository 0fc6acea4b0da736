//! The demo firm of `crm init --demo`: about 30 customers with Estonian,
//! Finnish and English names, contacts with birthdays, deals in every
//! stage (with dated stages, reasons, and lines of a catalogue of seven
//! products and services), contracts (one ending within the week, one
//! whose notice date is in it), two years of activities by three
//! colleagues (mari, jaan, liisa), open tasks (some overdue, one without a
//! date, repeating ones), open and settled complaints, time budgets and two
//! warning rules of the firm's own — so every command has something to
//! show. Whoever runs it outside the sample team owns a few customers with
//! tasks, a meeting and a complaint, so their first `crm` shows an agenda.
//!
//! The data is generated from a fixed seed relative to the clock's today, so
//! with a pinned `CRM_NOW` the demo is the same every time (tests and the
//! one-liners of docs/scripting.md rely on that). What came with the money
//! side (catalogue, stage dates, lines, contracts) draws from a second
//! generator, so the rest of the demo is as it was. Everything is written in
//! one commit through the ordinary [`Transaction`], so it is validated like
//! any other change.

use crate::error::Result;
use crate::model::config;
use crate::model::id;
use crate::settings::Clock;
use crate::store::{Store, Transaction, edit};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime};
use rust_decimal::Decimal;
use toml_edit::{DocumentMut, Item, Table, Value};

/// What the demo wrote.
#[derive(Debug, Default, Clone, Copy)]
pub struct DemoStats {
    pub customers: usize,
    pub contacts: usize,
    pub deals: usize,
    pub activities: usize,
    pub contracts: usize,
    pub products: usize,
}

/// The sample team: handle, name, e-mail.
pub const TEAM: [(&str, &str, &str); 3] = [
    ("mari", "Mari Tamm", "mari@firm.example"),
    ("jaan", "Jaan Kask", "jaan@firm.example"),
    ("liisa", "Liisa Virtanen", "liisa@firm.example"),
];

/// (name, industry, country, city, tags)
const FIRMS: &[(&str, &str, &str, &str, &[&str])] = &[
    (
        "Äripäev AS",
        "media",
        "EE",
        "Tallinn",
        &["media", "tallinn"],
    ),
    (
        "Põhjala Pruulikoda OÜ",
        "food",
        "EE",
        "Tallinn",
        &["brewery", "tallinn"],
    ),
    (
        "Tartu Tarkvara OÜ",
        "software",
        "EE",
        "Tartu",
        &["software", "tartu"],
    ),
    (
        "Saaremaa Lihatööstus AS",
        "food",
        "EE",
        "Kuressaare",
        &["food", "islands"],
    ),
    (
        "Pärnu Rannahotell OÜ",
        "hospitality",
        "EE",
        "Pärnu",
        &["hotel", "pärnu"],
    ),
    (
        "Nõmme Aiand OÜ",
        "retail",
        "EE",
        "Tallinn",
        &["garden", "tallinn"],
    ),
    (
        "Viru Keemia Grupp AS",
        "industry",
        "EE",
        "Kohtla-Järve",
        &["industry"],
    ),
    (
        "Kuressaare Kalatööstus OÜ",
        "food",
        "EE",
        "Kuressaare",
        &["food", "islands"],
    ),
    (
        "Rakvere Ehitus OÜ",
        "construction",
        "EE",
        "Rakvere",
        &["construction"],
    ),
    (
        "Tallinna Sadama Logistika AS",
        "logistics",
        "EE",
        "Tallinn",
        &["logistics", "tallinn"],
    ),
    (
        "Haapsalu Kudumid OÜ",
        "retail",
        "EE",
        "Haapsalu",
        &["textiles"],
    ),
    (
        "Viljandi Pärimusmuusika SA",
        "culture",
        "EE",
        "Viljandi",
        &["culture", "nonprofit"],
    ),
    (
        "Mäkinen & Co Oy",
        "consulting",
        "FI",
        "Helsinki",
        &["consulting", "helsinki"],
    ),
    (
        "Järvenpää Rakennus Oy",
        "construction",
        "FI",
        "Järvenpää",
        &["construction"],
    ),
    (
        "Oulun Ohjelmistopaja Oy",
        "software",
        "FI",
        "Oulu",
        &["software"],
    ),
    (
        "Tampereen Kirjapaino Oy",
        "media",
        "FI",
        "Tampere",
        &["print", "media"],
    ),
    (
        "Kotkan Satamapalvelut Oy",
        "logistics",
        "FI",
        "Kotka",
        &["logistics"],
    ),
    ("Lahden Muotoilu Oy", "design", "FI", "Lahti", &["design"]),
    (
        "Åbo Båtvarv Ab",
        "industry",
        "FI",
        "Turku",
        &["boats", "industry"],
    ),
    (
        "Rovaniemen Elämysmatkat Oy",
        "hospitality",
        "FI",
        "Rovaniemi",
        &["tourism"],
    ),
    (
        "Acme Analytics Ltd",
        "software",
        "GB",
        "London",
        &["software", "analytics"],
    ),
    (
        "Northwind Traders Ltd",
        "retail",
        "GB",
        "Bristol",
        &["retail", "wholesale"],
    ),
    (
        "Baltic Freight Ltd",
        "logistics",
        "GB",
        "Hull",
        &["logistics"],
    ),
    (
        "Greenleaf Consulting Ltd",
        "consulting",
        "GB",
        "Leeds",
        &["consulting"],
    ),
    (
        "Harbour Lights Hotels Ltd",
        "hospitality",
        "GB",
        "Brighton",
        &["hotel"],
    ),
    (
        "Blue Fjord Software Ltd",
        "software",
        "GB",
        "Edinburgh",
        &["software"],
    ),
    (
        "Oakridge Bakery Ltd",
        "food",
        "GB",
        "York",
        &["food", "bakery"],
    ),
    (
        "Pine & Birch Interiors Ltd",
        "design",
        "GB",
        "Manchester",
        &["design", "interiors"],
    ),
    (
        "Riverside Print Works Ltd",
        "media",
        "GB",
        "Norwich",
        &["print"],
    ),
    (
        "Silverline Medical Ltd",
        "health",
        "GB",
        "Cambridge",
        &["health"],
    ),
    (
        "Kask ja Poeg OÜ",
        "retail",
        "EE",
        "Tartu",
        &["retail", "tartu", "old"],
    ),
    (
        "Hämeen Hunajatila Oy",
        "food",
        "FI",
        "Hämeenlinna",
        &["food", "old"],
    ),
];

const INDUSTRIES: &[&str] = &[
    "construction",
    "consulting",
    "culture",
    "design",
    "food",
    "health",
    "hospitality",
    "industry",
    "logistics",
    "media",
    "retail",
    "software",
];

/// (given names, family names) per country.
const PEOPLE: &[(&str, &[&str], &[&str])] = &[
    (
        "EE",
        &[
            "Kadri", "Toomas", "Mart", "Liis", "Kristjan", "Piret", "Andres", "Triin", "Priit",
            "Maarja",
        ],
        &[
            "Tamm", "Saar", "Sepp", "Mägi", "Kukk", "Rebane", "Ilves", "Pärn", "Kuusk", "Lepik",
        ],
    ),
    (
        "FI",
        &[
            "Pekka", "Anna", "Juha", "Sanna", "Mikko", "Laura", "Timo", "Heidi", "Jussi", "Aino",
        ],
        &[
            "Virtanen",
            "Korhonen",
            "Mäkinen",
            "Nieminen",
            "Hämäläinen",
            "Laine",
            "Heikkinen",
            "Järvinen",
            "Lehtonen",
            "Koskinen",
        ],
    ),
    (
        "GB",
        &[
            "James", "Emma", "Oliver", "Sophie", "Harry", "Chloe", "George", "Lucy", "Jack",
            "Grace",
        ],
        &[
            "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker",
            "Wright",
        ],
    ),
];

const ROLES: &[&str] = &[
    "CEO",
    "CFO",
    "Head of Marketing",
    "Purchasing Manager",
    "Office Manager",
    "CTO",
];

/// (kind, texts, minutes range)
const KINDS: &[(&str, &[&str], (u32, u32))] = &[
    (
        "call",
        &[
            "Discussed the renewal terms",
            "Follow-up on the offer",
            "Asked about delivery times",
            "Agreed 5% discount for annual orders",
            "Introduced our new service package",
            "Checked satisfaction with last delivery",
        ],
        (5, 40),
    ),
    (
        "meeting",
        &[
            "Quarterly review at their office",
            "Product demo for the team",
            "Contract negotiation",
            "Kick-off meeting",
            "Lunch with the management",
        ],
        (30, 120),
    ),
    (
        "email",
        &[
            "Sent the price list",
            "Sent meeting notes",
            "Answered questions about invoicing",
            "Sent the updated contract draft",
        ],
        (5, 20),
    ),
    (
        "note",
        &[
            "Decision expected after their board meeting",
            "Budget frozen until next quarter",
            "Prefers e-mail over calls",
        ],
        (0, 0),
    ),
    (
        "complaint",
        &[
            "Late delivery, promised a credit note",
            "Invoice had a wrong VAT rate",
        ],
        (15, 45),
    ),
    (
        "agreement",
        &[
            "Oral price agreement: 3% off for prepayment",
            "Signed the framework agreement",
        ],
        (10, 30),
    ),
    (
        "offer",
        &[
            "Sent offer for the annual package",
            "Sent offer for extra training days",
        ],
        (20, 60),
    ),
];

const DEALS: &[(&str, u32)] = &[
    ("Annual service package", 12000),
    ("Website redesign", 8500),
    ("Training days", 2400),
    ("Support contract", 6000),
    ("Advertising campaign", 15000),
    ("Consulting retainer", 9600),
    ("Hardware upgrade", 4300),
    ("Pilot project", 3500),
];

/// A small deterministic PRNG (SplitMix64): the demo must be the same on
/// every machine and run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below(u64::from(hi - lo + 1)) as u32
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
    fn id(&mut self, kind: char) -> String {
        const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
        let mut s = String::with_capacity(13);
        s.push(kind);
        for _ in 0..12 {
            s.push(ALPHABET[self.below(32) as usize] as char);
        }
        s
    }
}

/// A product of the catalogue: id, name, unit, price, every.
type Product = (
    &'static str,
    &'static str,
    Option<&'static str>,
    u32,
    Option<&'static str>,
);

/// The catalogue.
const PRODUCTS: &[Product] = &[
    ("training", "Training day", Some("day"), 1200, None),
    ("consulting", "Consulting hour", Some("hour"), 95, None),
    ("setup", "Setup and onboarding", None, 1500, None),
    ("website", "Website package", None, 6500, None),
    (
        "licence",
        "Licence, per user",
        Some("user"),
        180,
        Some("year"),
    ),
    ("support-year", "Support, a year", None, 2400, Some("year")),
    ("hosting", "Hosting", Some("month"), 49, Some("month")),
];

/// Why deals were won and lost.
const WON_BECAUSE: &[&str] = &["relationship", "price", "quality", "references"];
const LOST_BECAUSE: &[&str] = &["price", "timing", "chose a competitor", "no budget"];

fn demo_config() -> String {
    let mut s = config::DEFAULT_TEXT.to_string();
    s.push_str(
        "\n# The demo firm's time budgets and warning rules.\n\
[[budgets]]\ntag = \"vip\"\nminutes = 200\nper = \"month\"\n\n\
[[budgets]]\nstage = \"customer\"\nminutes = 180\nper = \"quarter\"\n\n\
[[rules]]\nname = \"vip-neglected\"\nquery = \"tag:vip days_since_contact>14\"\n\
message = \"vip customer, no contact for {days_since_contact} days\"\n\n\
[[rules]]\nname = \"offer-waiting\"\nquery = \"deal_stage:offer deal_age>21\"\n\
message = \"offer '{deal}' waits for an answer since {deal_age} days\"\n",
    );
    s.push_str("\n# The demo firm's team.\n");
    for (h, n, e) in TEAM {
        s.push_str(&format!("[team.{h}]\nname = \"{n}\"\nemail = \"{e}\"\n\n"));
    }
    let values: Vec<String> = INDUSTRIES.iter().map(|i| format!("\"{i}\"")).collect();
    s.push_str(&format!(
        "[fields.industry]\ntype = \"enum\"\nvalues = [{}]\n\n[fields.employees]\ntype = \"int\"\n",
        values.join(", ")
    ));
    s.push_str("\n# The demo firm's products and services.\n");
    for (id, name, unit, price, every) in PRODUCTS {
        s.push_str(&format!("[[products]]\nid = \"{id}\"\nname = \"{name}\"\n"));
        if let Some(u) = unit {
            s.push_str(&format!("unit = \"{u}\"\n"));
        }
        s.push_str(&format!("price = {price}\n"));
        if let Some(e) = every {
            s.push_str(&format!("every = \"{e}\"\n"));
        }
        s.push('\n');
    }
    s.truncate(s.trim_end().len());
    s.push('\n');
    s
}

/// `[deals.stages]` for a deal now in `stage`: the days it entered each
/// stage on its way, ending on `last` (its close, or some days ago).
fn stage_dates(extra: &mut Rng, stage: &str, last: NaiveDate) -> Table {
    let mut path: Vec<&str> = vec!["open"];
    if stage != "open" && (stage == "offer" || extra.below(4) != 0) {
        path.push("offer");
    }
    if stage == "won" || stage == "lost" {
        path.push(stage);
    }
    // Walk back from the last stage: 5 to 40 days in each.
    let mut days = vec![last];
    for _ in 1..path.len() {
        let prev = *days.last().expect("one at least");
        days.push(prev - Duration::days(5 + extra.below(36) as i64));
    }
    days.reverse();
    let mut t = Table::new();
    for (st, d) in path.iter().zip(days) {
        t.insert(st, Item::Value(edit::date(d)));
    }
    t
}

/// A deal with lines of the catalogue for firm `i`, in `stage`.
fn deal_with_lines(extra: &mut Rng, today: NaiveDate, i: usize, stage: &str, owner: &str) -> Table {
    let second = [
        ("support-year", 1),
        ("licence", 5 + extra.below(16) as u32),
        ("hosting", 12),
        ("consulting", 10 + extra.below(31) as u32),
        ("setup", 1),
        ("website", 1),
    ][i % 6];
    let lines = [("training", 1 + extra.below(5) as u32), second];
    let price = |id: &str| PRODUCTS.iter().find(|p| p.0 == id).map_or(0, |p| p.3);
    let amount: u32 = lines.iter().map(|(p, q)| price(p) * q).sum();
    let title = [
        "Training and support",
        "Onboarding package",
        "Annual bundle",
    ][i % 3];
    let mut pairs = vec![
        ("id", Value::from(extra.id('d'))),
        ("title", Value::from(title)),
        ("amount", edit::amount(Decimal::from(amount))),
        ("currency", Value::from("EUR")),
        ("stage", Value::from(stage)),
    ];
    let last = match stage {
        "open" | "offer" => {
            pairs.push((
                "probability",
                Value::from(if stage == "open" { 30i64 } else { 70 }),
            ));
            pairs.push((
                "expected",
                edit::date(today + Duration::days(5 + extra.below(80) as i64)),
            ));
            today - Duration::days(2 + extra.below(30) as i64)
        }
        _ => {
            pairs.push((
                "probability",
                Value::from(if stage == "won" { 100i64 } else { 0 }),
            ));
            let closed = today - Duration::days(3 + extra.below(330) as i64);
            pairs.push(("expected", edit::date(closed)));
            pairs.push(("closed", edit::date(closed)));
            closed
        }
    };
    pairs.push(("owner", Value::from(owner)));
    match stage {
        "won" => pairs.push(("reason", Value::from(*extra.pick(WON_BECAUSE)))),
        "lost" => pairs.push(("reason", Value::from(*extra.pick(LOST_BECAUSE)))),
        _ => {}
    }
    let mut t = edit::table(pairs);
    t.insert("stages", Item::Table(stage_dates(extra, stage, last)));
    let mut arr = toml_edit::ArrayOfTables::new();
    for (p, q) in lines {
        arr.push(edit::table(vec![
            ("product", Value::from(p)),
            ("quantity", Value::from(i64::from(q))),
            ("price", Value::from(i64::from(price(p)))),
        ]));
    }
    t.insert("lines", Item::ArrayOfTables(arr));
    t
}

/// The contracts of firm `i` (a customer): a support agreement that
/// renews by itself for some, one that ends within the week (its notice
/// date passed), one whose notice date falls in the coming week, one that
/// ended, and a one-off setup.
fn contracts_for(extra: &mut Rng, today: NaiveDate, i: usize, owner: &str) -> Vec<Table> {
    let mut out = Vec::new();
    let year = chrono::Months::new(12);
    let first_of = |d: NaiveDate| d - Duration::days(i64::from(chrono::Datelike::day(&d)) - 1);
    let (start, renew, notice) = match i {
        // Ends in 5 days; too late to give notice; does not renew.
        1 => (
            (today + Duration::days(6)).checked_sub_months(year),
            false,
            "1m",
        ),
        // Its notice date is in 3 days.
        4 => (
            (today + Duration::days(3))
                .checked_add_months(chrono::Months::new(1))
                .and_then(|d| d.succ_opt())
                .and_then(|d| d.checked_sub_months(year)),
            true,
            "1m",
        ),
        // Ended two months ago.
        7 => (
            (today - Duration::days(59)).checked_sub_months(year),
            false,
            "1m",
        ),
        _ => (
            first_of(today - Duration::days(30 + extra.below(300) as i64)).checked_sub_months(
                chrono::Months::new(if extra.below(2) == 0 { 0 } else { 12 }),
            ),
            true,
            "3m",
        ),
    };
    let Some(start) = start else { return out };
    let Some(end) = start.checked_add_months(year).and_then(|d| d.pred_opt()) else {
        return out;
    };
    let monthly = i.is_multiple_of(2);
    let mut pairs = vec![
        ("id", Value::from(extra.id('c'))),
        (
            "title",
            Value::from(if monthly {
                "Hosting and support"
            } else {
                "Support agreement"
            }),
        ),
        ("start", edit::date(start)),
        ("end", edit::date(end)),
        (
            "value",
            Value::from(if monthly {
                250i64
            } else {
                2400 + 300 * (i as i64 % 3)
            }),
        ),
        ("currency", Value::from("EUR")),
        ("every", Value::from(if monthly { "month" } else { "year" })),
        ("notice", Value::from(notice)),
    ];
    if renew {
        pairs.push(("auto_renew", Value::from(true)));
    }
    pairs.push((
        "product",
        Value::from(if monthly { "hosting" } else { "support-year" }),
    ));
    pairs.push(("owner", Value::from(owner)));
    out.push(edit::table(pairs));
    if i == 10 {
        out.push(edit::table(vec![
            ("id", Value::from(extra.id('c'))),
            ("title", Value::from("Setup and onboarding")),
            ("start", edit::date(today - Duration::days(200))),
            ("value", Value::from(1500i64)),
            ("currency", Value::from("EUR")),
            ("product", Value::from("setup")),
            ("owner", Value::from(owner)),
        ]));
    }
    out
}

fn phone_for(rng: &mut Rng, country: &str) -> String {
    match country {
        "EE" => format!("+372 5{:03} {:04}", rng.below(1000), rng.below(10000)),
        "FI" => format!("+358 40 {:03} {:04}", rng.below(1000), rng.below(10000)),
        _ => {
            // One draw, so the rest of the demo does not shift.
            let n = rng.below(500_000_000);
            format!("+44 7{:03} {:06}", 400 + n / 1_000_000, n % 1_000_000)
        }
    }
}

/// What needs attention in the demo: open complaints (one overdue), a
/// task without a date, a weekly task, a high-priority one, and for a
/// user outside the sample team some tasks, a meeting and a complaint of
/// their own. No random draws: the rest of the demo stays the same.
/// Returns how many activities it added.
fn attention(
    doc: &mut DocumentMut,
    i: usize,
    owner: &str,
    user: &str,
    clock: &Clock,
    contacts: &[String],
) -> Result<usize> {
    let today = clock.today();
    let mut n = 0;
    let mut add = |doc: &mut DocumentMut, seed: &str, pairs: Vec<(&str, Value)>| -> Result<()> {
        let mut all = vec![(
            "id",
            Value::from(id::derived_id('a', &format!("demo-{i}-{seed}"))),
        )];
        all.extend(pairs);
        edit::insert_activity(doc, edit::table(all))?;
        n += 1;
        Ok(())
    };
    let day = |d: i64| today + Duration::days(d);
    let with = contacts.first().map_or("", String::as_str);
    match i {
        // Open complaints: one late, one due soon, one without a date.
        1 | 6 | 11 => {
            let (opened, due): (i64, Option<i64>) = match i {
                1 => (-6, Some(-2)),
                6 => (-1, Some(2)),
                _ => (-3, None),
            };
            let mut pairs = vec![
                ("at", edit::datetime(at(clock, day(opened), 11, 30))),
                ("kind", Value::from("complaint")),
                ("by", Value::from(owner)),
                ("with", Value::from(with)),
                (
                    "text",
                    Value::from(
                        [
                            "Delivery two days late",
                            "Invoice sent twice",
                            "Wrong colour on the print run",
                        ][i / 5],
                    ),
                ),
                ("minutes", Value::from(15i64)),
            ];
            if let Some(d) = due {
                pairs.push(("due", edit::date(day(d))));
            }
            pairs.push(("done", Value::from(false)));
            add(doc, "complaint", pairs)?;
        }
        // Tasks as taskwarrior users keep them.
        2 | 7 => {
            add(
                doc,
                "weekly",
                vec![
                    ("at", edit::datetime(at(clock, day(-14), 9, 0))),
                    ("kind", Value::from("task")),
                    ("by", Value::from(owner)),
                    ("text", Value::from("Weekly status call")),
                    ("due", edit::date(day((i as i64) % 5))),
                    ("done", Value::from(false)),
                    ("every", Value::from("weekly")),
                ],
            )?;
            add(
                doc,
                "undated",
                vec![
                    ("at", edit::datetime(at(clock, day(-2), 16, 0))),
                    ("kind", Value::from("task")),
                    ("by", Value::from(owner)),
                    ("text", Value::from("Ask for a reference letter")),
                    ("done", Value::from(false)),
                    ("priority", Value::from("low")),
                ],
            )?;
        }
        3 => add(
            doc,
            "priority",
            vec![
                ("at", edit::datetime(at(clock, day(-1), 14, 0))),
                ("kind", Value::from("task")),
                ("by", Value::from(owner)),
                ("text", Value::from("Send the signed framework agreement")),
                ("due", edit::datetime(at(clock, day(3), 12, 0))),
                ("done", Value::from(false)),
                ("priority", Value::from("high")),
                ("every", Value::from("3m")),
            ],
        )?,
        _ => {}
    }
    if !TEAM.iter().any(|(h, _, _)| *h == user) && i % 10 == 4 {
        let k = (i / 10) as i64;
        add(
            doc,
            "user-task",
            vec![
                ("at", edit::datetime(at(clock, day(-3), 9, 0))),
                ("kind", Value::from("task")),
                ("by", Value::from(user)),
                (
                    "text",
                    Value::from(
                        [
                            "Call to introduce yourself",
                            "Send the price list",
                            "Check the open offer",
                        ][k as usize % 3],
                    ),
                ),
                ("due", edit::date(day(k - 1))),
                ("done", Value::from(false)),
            ],
        )?;
        if k == 0 {
            add(
                doc,
                "user-meeting",
                vec![
                    ("at", edit::datetime(at(clock, day(1), 10, 0))),
                    ("kind", Value::from("meeting")),
                    ("by", Value::from(user)),
                    ("with", Value::from(with)),
                    ("text", Value::from("Getting to know the account")),
                    ("minutes", Value::from(60i64)),
                ],
            )?;
            add(
                doc,
                "user-complaint",
                vec![
                    ("at", edit::datetime(at(clock, day(-1), 15, 0))),
                    ("kind", Value::from("complaint")),
                    ("by", Value::from(user)),
                    ("with", Value::from(with)),
                    ("text", Value::from("Nobody answered the phone on Friday")),
                    ("due", edit::date(day(2))),
                    ("done", Value::from(false)),
                ],
            )?;
            add(
                doc,
                "user-undated",
                vec![
                    ("at", edit::datetime(at(clock, day(0), 8, 0))),
                    ("kind", Value::from("task")),
                    ("by", Value::from(user)),
                    (
                        "text",
                        Value::from("Read the customer's history (crm history)"),
                    ),
                    ("done", Value::from(false)),
                ],
            )?;
        }
    }
    Ok(n)
}

fn at(clock: &Clock, day: NaiveDate, hour: u32, minute: u32) -> DateTime<FixedOffset> {
    let t = day.and_time(NaiveTime::from_hms_opt(hour, minute, 0).expect("valid demo time"));
    t.and_local_timezone(clock.offset_at(&t))
        .single()
        .unwrap_or_else(|| clock.now())
}

/// Fill `store` with the demo firm in one commit. `user` is who ran it:
/// the sample team is fixed so the demo is the same for everyone, and a
/// user outside it also gets a few customers, tasks, a meeting and a
/// complaint of their own, so their first `crm` shows an agenda.
pub fn fill(store: &Store, user: &str) -> Result<DemoStats> {
    let _lock = store.lock()?;
    let clock = store.settings().clock;
    let today = clock.today();
    let mut rng = Rng(0x00C0_FFEE_2026);
    // Everything of the money side draws from here, so `rng` draws as it
    // always did and the rest of the demo stays the same.
    let mut extra = Rng(0x0005_EED0_2027);
    let mut stats = DemoStats {
        products: PRODUCTS.len(),
        ..DemoStats::default()
    };
    let mut tx = Transaction::new("demo: a sample firm to try crm on").config(demo_config());
    let deal_stages = ["open", "offer", "won", "lost"];
    for (i, (name, industry, country, city, tags)) in FIRMS.iter().enumerate() {
        let cid = id::slugify(name);
        // A user outside the sample team owns every tenth customer.
        let newcomer = !TEAM.iter().any(|(h, _, _)| *h == user);
        let owner = if newcomer && i % 10 == 4 {
            user
        } else {
            TEAM[i % 3].0
        };
        let stage = match i {
            _ if tags.contains(&"old") => "lost",
            0..=17 => "customer",
            18..=22 => "prospect",
            23..=26 => "lead",
            _ => "inactive",
        };
        let created = today - Duration::days(730 - (i as i64 * 11));
        let domain = format!("{}.example", cid.split('-').next().unwrap_or(&cid));
        let mut doc = DocumentMut::new();
        let t = doc.as_table_mut();
        t.insert("name", Item::Value(Value::from(*name)));
        t.insert("stage", Item::Value(Value::from(stage)));
        t.insert("owner", Item::Value(Value::from(owner)));
        let mut arr = toml_edit::Array::new();
        for tag in *tags {
            arr.push(*tag);
        }
        if i % 5 == 0 {
            arr.push("vip");
        }
        t.insert("tags", Item::Value(Value::Array(arr)));
        t.insert("created", Item::Value(edit::date(created)));
        t.insert("email", Item::Value(Value::from(format!("info@{domain}"))));
        t.insert(
            "phone",
            Item::Value(Value::from(phone_for(&mut rng, country))),
        );
        t.insert(
            "website",
            Item::Value(Value::from(format!("https://{domain}"))),
        );
        t.insert(
            "address",
            Item::Value(Value::from(format!(
                "{} {}, {city}",
                ["Pikk", "Main Street", "Kauppakatu", "Rüütli"][i % 4],
                1 + rng.below(120)
            ))),
        );
        if i % 2 == 0 {
            t.insert(
                "reg_code",
                Item::Value(Value::from(format!(
                    "{}",
                    10_000_000 + rng.below(9_000_000)
                ))),
            );
        }
        if i % 4 == 0 {
            t.insert(
                "notes",
                Item::Value(edit::string(&format!(
                    "Prefers e-mail before calls.\nDecisions are made by the {}.\n",
                    rng.pick(ROLES)
                ))),
            );
        }
        let mut fields = Table::new();
        fields.insert("industry", Item::Value(Value::from(*industry)));
        fields.insert(
            "employees",
            Item::Value(Value::from(5 + rng.below(400) as i64)),
        );
        t.insert("fields", Item::Table(fields));

        // Contacts, with birthdays spread so some fall in the coming week.
        let (_, given, family) = PEOPLE
            .iter()
            .find(|(c, _, _)| c == country)
            .unwrap_or(&PEOPLE[2]);
        let n_contacts = 1 + rng.below(3) as usize;
        let mut contact_names = Vec::new();
        for k in 0..n_contacts {
            let person = format!("{} {}", rng.pick(given), rng.pick(family));
            if contact_names.contains(&person) {
                continue;
            }
            let birthday = if (i + k) % 7 == 0 {
                // Birthday in the next ten days, some decades ago.
                let d = today + Duration::days(((i + k) % 10) as i64);
                NaiveDate::from_ymd_opt(
                    1960 + (rng.below(35) as i32),
                    chrono::Datelike::month(&d),
                    chrono::Datelike::day(&d).min(28),
                )
            } else {
                NaiveDate::from_ymd_opt(
                    1955 + rng.below(45) as i32,
                    1 + rng.below(12) as u32,
                    1 + rng.below(28) as u32,
                )
            };
            let first = person.split(' ').next().unwrap_or("info");
            let mut pairs = vec![
                ("name", Value::from(person.as_str())),
                ("role", Value::from(*rng.pick(ROLES))),
                (
                    "email",
                    Value::from(format!("{}@{domain}", id::slugify(first))),
                ),
                ("phone", Value::from(phone_for(&mut rng, country))),
            ];
            if let Some(b) = birthday {
                pairs.push(("birthday", edit::date(b)));
            }
            edit::push_table(&mut doc, "contacts", edit::table(pairs))?;
            contact_names.push(person);
            stats.contacts += 1;
        }

        // Deals: every customer-ish firm has one or two, in every stage.
        let n_deals = if stage == "lead" { 0 } else { 1 + (i % 2) };
        for k in 0..n_deals {
            let (title, base) = *rng.pick(DEALS);
            let amount = Decimal::from(base)
                + Decimal::from(rng.below(20) * 100)
                + Decimal::new(rng.below(4) as i64 * 25, 2);
            let dstage = deal_stages[(i + k) % 4];
            let mut pairs = vec![
                ("id", Value::from(rng.id('d'))),
                ("title", Value::from(title)),
                ("amount", edit::amount(amount)),
                ("currency", Value::from("EUR")),
                ("stage", Value::from(dstage)),
            ];
            match dstage {
                "open" | "offer" => {
                    pairs.push((
                        "probability",
                        Value::from(if dstage == "open" { 25i64 } else { 60 }),
                    ));
                    pairs.push((
                        "expected",
                        edit::date(today + Duration::days(10 + rng.below(170) as i64)),
                    ));
                }
                _ => {
                    pairs.push((
                        "probability",
                        Value::from(if dstage == "won" { 100i64 } else { 0 }),
                    ));
                    let closed = today - Duration::days(5 + rng.below(700) as i64);
                    pairs.push(("expected", edit::date(closed)));
                    pairs.push(("closed", edit::date(closed)));
                }
            }
            pairs.push(("owner", Value::from(owner)));
            let last = match dstage {
                "open" | "offer" => today - Duration::days(3 + extra.below(40) as i64),
                _ => {
                    let because = if dstage == "won" {
                        WON_BECAUSE
                    } else {
                        LOST_BECAUSE
                    };
                    pairs.push(("reason", Value::from(*extra.pick(because))));
                    pairs
                        .iter()
                        .find(|(k, _)| *k == "closed")
                        .and_then(|(_, v)| v.as_datetime())
                        .and_then(|d| NaiveDate::parse_from_str(&d.to_string(), "%Y-%m-%d").ok())
                        .unwrap_or(today)
                }
            };
            let mut t = edit::table(pairs);
            t.insert("stages", Item::Table(stage_dates(&mut extra, dstage, last)));
            edit::push_table(&mut doc, "deals", t)?;
            stats.deals += 1;
        }
        // Deals with lines of the catalogue, in every stage.
        if i % 3 == 0 && stage != "lead" {
            let dstage = deal_stages[(i / 3) % 4];
            edit::push_table(
                &mut doc,
                "deals",
                deal_with_lines(&mut extra, today, i, dstage, owner),
            )?;
            stats.deals += 1;
        }

        // Two years of activities; stale ones stop early.
        let stale = stage == "inactive" || stage == "lost" || i % 9 == 8;
        let last_day_ago: i64 = if stale {
            75 + (i as i64 % 5) * 30
        } else {
            1 + (i as i64 % 20)
        };
        let n_acts = 6 + rng.below(14) as usize;
        for k in 0..n_acts {
            let span = (720 - last_day_ago).max(1) as u64;
            let day_ago = if k == 0 {
                last_day_ago
            } else {
                last_day_ago + rng.below(span) as i64
            };
            let day = today - Duration::days(day_ago);
            let (kind, texts, (lo, hi)) = *rng.pick(KINDS);
            let by = if rng.below(3) == 0 {
                TEAM[rng.below(3) as usize].0
            } else {
                owner
            };
            // The id is drawn before the time, as always: the demo stays
            // the same.
            let aid = rng.id('a');
            let when = at(
                &clock,
                day,
                8 + rng.range(0, 9),
                [0, 15, 30, 45][rng.below(4) as usize],
            );
            let mut pairs = vec![
                ("id", Value::from(aid)),
                ("at", edit::datetime(when)),
                ("kind", Value::from(kind)),
                ("by", Value::from(by)),
            ];
            if kind != "note" && !contact_names.is_empty() {
                pairs.push(("with", Value::from(rng.pick(&contact_names).as_str())));
            }
            pairs.push(("text", Value::from(*rng.pick(texts))));
            if hi > 0 {
                pairs.push(("minutes", Value::from(i64::from(rng.range(lo, hi)))));
            }
            if kind == "complaint" {
                // Past complaints were settled a few days later.
                let settled = when + Duration::days(1 + (k as i64 % 5)) + Duration::hours(3);
                pairs.push(("done", Value::from(true)));
                pairs.push(("done_at", edit::datetime(settled.min(clock.now()))));
                pairs.push((
                    "resolution",
                    Value::from(["Credit note sent", "Apologised, fixed the invoice"][k % 2]),
                ));
            }
            edit::insert_activity(&mut doc, edit::table(pairs))?;
            stats.activities += 1;
        }
        // Tasks: open ones (some overdue), done ones; upcoming meetings.
        if !stale || i % 3 == 0 {
            let due_in: i64 = match i % 4 {
                0 => -3 - (i as i64 % 5),
                1 => 0,
                2 => 2 + (i as i64 % 5),
                _ => 12,
            };
            let task_by = TEAM[(i + 1) % 3].0;
            let pairs = vec![
                ("id", Value::from(rng.id('a'))),
                (
                    "at",
                    edit::datetime(at(&clock, today - Duration::days(7), 9, 0)),
                ),
                ("kind", Value::from("task")),
                ("by", Value::from(task_by)),
                (
                    "text",
                    Value::from(*rng.pick(&[
                        "Send the offer",
                        "Call back about the contract",
                        "Prepare the quarterly report",
                        "Send the invoice copy",
                        "Book the demo",
                    ])),
                ),
                ("due", edit::date(today + Duration::days(due_in))),
                ("done", Value::from(false)),
            ];
            edit::insert_activity(&mut doc, edit::table(pairs))?;
            let done_pairs = vec![
                ("id", Value::from(rng.id('a'))),
                (
                    "at",
                    edit::datetime(at(&clock, today - Duration::days(40), 9, 0)),
                ),
                ("kind", Value::from("task")),
                ("by", Value::from(owner)),
                ("text", Value::from("Send the signed contract")),
                ("due", edit::date(today - Duration::days(33))),
                ("done", Value::from(true)),
            ];
            edit::insert_activity(&mut doc, edit::table(done_pairs))?;
            stats.activities += 2;
        }
        if !stale && i % 3 == 1 {
            let pairs = vec![
                ("id", Value::from(rng.id('a'))),
                (
                    "at",
                    edit::datetime(at(
                        &clock,
                        today + Duration::days(1 + (i as i64 % 6)),
                        10 + (i as u32 % 6),
                        0,
                    )),
                ),
                ("kind", Value::from("meeting")),
                ("by", Value::from(owner)),
                (
                    "with",
                    Value::from(contact_names.first().map_or("", String::as_str)),
                ),
                ("text", Value::from("Planning meeting for next year")),
                ("minutes", Value::from(60i64)),
            ];
            edit::insert_activity(&mut doc, edit::table(pairs))?;
            stats.activities += 1;
        }
        stats.activities += attention(&mut doc, i, owner, user, &clock, &contact_names)?;
        if stage == "customer" && (i % 3 == 1 || i == 0) {
            for k in contracts_for(&mut extra, today, i, owner) {
                edit::push_table(&mut doc, "contracts", k)?;
                stats.contracts += 1;
            }
        }
        tx = tx.write(&cid, doc.to_string());
        stats.customers += 1;
    }
    store.commit(tx)?;
    Ok(stats)
}
