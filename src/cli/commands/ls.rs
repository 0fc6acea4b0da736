//! `crm ls`: customers matching a query.

use crate::cli::ctx::Ctx;
use crate::cli::output::Prints;
use crate::cli::output::Records;
use crate::cli::read::{QueryArgs, ReadCtx, print, project};
use crm::model::{self, Customer, collate::Collation};
use crm::query::lang;
use crm::report::amount_number;
use crm::{Error, Result};
use serde_json::{Map, Value, json};
use std::cmp::Ordering;

/// What `crm ls` prints: records, in every `-f` format.
pub const PRINTS: Prints = Prints::Records;

/// List customers matching a query.
///
/// Terms are AND-ed: stage:customer tag:vip owner:me -tag:old
/// 'tag:a or tag:b' amount>1000 created>=2026-01 fields.industry:media
/// kind:meeting is:overdue; bare words search names, contacts, e-mails,
/// phones and notes. See docs/queries.md.
///
/// Example: crm ls stage:customer tag:vip --sort -last_contact -f csv
#[derive(Debug, clap::Args)]
pub struct LsArgs {
    #[command(flatten)]
    pub query: QueryArgs,
    /// Sort by this key (name, id, stage, owner, created, last_contact, or
    /// any column); a leading '-' sorts descending.
    #[arg(
        long,
        value_name = "KEY",
        allow_hyphen_values = true,
        default_value = "name"
    )]
    pub sort: String,
    /// Columns to show (and keys in JSON), comma-separated, e.g.
    /// id,name,email,fields.industry.
    #[arg(long, value_name = "a,b,c", value_delimiter = ',')]
    pub fields: Vec<String>,
}

const DEFAULT_COLUMNS: &[&str] = &["id", "name", "stage", "owner", "tags", "last_contact"];

/// Run `crm ls`.
pub fn run(a: LsArgs, ctx: &Ctx) -> Result<()> {
    let rc = ReadCtx::open(ctx)?;
    let query = rc.query(&a.query)?;
    let (desc, sort_key) = match a.sort.strip_prefix('-') {
        Some(k) => (true, k.to_string()),
        None => (false, a.sort.clone()),
    };
    let fields: Vec<String> = a
        .fields
        .iter()
        .map(|f| f.trim().to_string())
        .filter(|f| !f.is_empty())
        .collect();
    for k in fields.iter().chain(std::iter::once(&sort_key)) {
        check_key(k, &rc)?;
    }
    let stages = &rc.store.config.stages;
    let rank = |c: &Customer| {
        c.stage
            .as_ref()
            .and_then(|s| stages.iter().position(|x| x == s))
            .unwrap_or(usize::MAX)
    };
    let by_stage = sort_key == "stage";
    // What each row keeps once its sort key is known: the --fields (with
    // `fields.X` flattened), else for anything but JSON the default columns
    // (the only keys those formats print), else everything.
    let keep: Option<Vec<String>> = if !fields.is_empty() {
        Some(fields.clone())
    } else if matches!(
        ctx.format_or(crate::cli::output::Format::Table),
        crate::cli::output::Format::Json | crate::cli::output::Format::Jsonl
    ) {
        None
    } else {
        Some(DEFAULT_COLUMNS.iter().map(|s| s.to_string()).collect())
    };
    // Each matching customer becomes its row (in parallel, as it is read)
    // with what the sort compares, worked out once instead of at every
    // comparison.
    let coll = rc.store.config.collation();
    let mut hits: Vec<Hit> = rc.scan_heads_matching(ctx, &query, |c| {
        let mut row = customer_row(c, rc.today);
        let key = if by_stage {
            SortKey::Null
        } else {
            SortKey::of(get(&row, &sort_key), &coll)
        };
        if let Some(keep) = &keep {
            // Flatten `fields.X` so it is a column and a JSON key of its own.
            for f in keep {
                if let Some(v) = get(&row, f).cloned()
                    && f.starts_with("fields.")
                {
                    row.insert(f.clone(), v);
                }
            }
            project(std::slice::from_mut(&mut row), keep);
        }
        Some(Hit {
            rank: rank(c),
            key,
            // Sorting by name already compares it.
            name: if sort_key == "name" {
                Vec::new()
            } else {
                coll.key(&c.name)
            },
            id: c.id.clone(),
            row,
        })
    })?;
    hits.sort_by(|i, j| {
        let o = if by_stage {
            let o = i.rank.cmp(&j.rank);
            if desc { o.reverse() } else { o }
        } else {
            compare(&i.key, &j.key, desc)
        };
        o.then_with(|| i.name.cmp(&j.name))
            .then_with(|| i.id.cmp(&j.id))
    });
    let rows: Vec<Map<String, Value>> = hits.into_iter().map(|h| h.row).collect();
    let columns: Vec<String> = if fields.is_empty() {
        DEFAULT_COLUMNS.iter().map(|s| s.to_string()).collect()
    } else {
        fields.clone()
    };
    let mut records = Records::new(&columns.iter().map(String::as_str).collect::<Vec<_>>());
    records.rows = rows;
    print(ctx, &records)
}

/// A value of a row by key, `fields.X` reaching into the custom fields.
fn get<'a>(row: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    match key.strip_prefix("fields.") {
        Some(f) => row.get("fields").and_then(|v| v.get(f)),
        None => row.get(key),
    }
}

/// A customer of `crm ls` with its row and its sort keys.
struct Hit {
    rank: usize,
    key: SortKey,
    /// The folded name and the id break ties.
    name: Vec<u8>,
    id: String,
    row: Map<String, Value>,
}

/// What [`compare`] needs of a row's value: whether it is null or missing,
/// its number if it is one, and its folded text.
enum SortKey {
    Null,
    Value {
        number: Option<Option<f64>>,
        folded: Vec<u8>,
    },
}

impl SortKey {
    fn of(v: Option<&Value>, coll: &Collation) -> SortKey {
        match v.filter(|v| !v.is_null()) {
            None => SortKey::Null,
            Some(v) => SortKey::Value {
                number: match v {
                    Value::Number(n) => Some(n.as_f64()),
                    _ => None,
                },
                folded: coll.key(&crate::cli::output::cell(Some(v))),
            },
        }
    }
}

/// Nulls last (either way); numbers by value; strings folded; arrays by
/// their text.
fn compare(a: &SortKey, b: &SortKey, desc: bool) -> Ordering {
    match (a, b) {
        (SortKey::Null, SortKey::Null) => Ordering::Equal,
        (SortKey::Null, _) => Ordering::Greater,
        (_, SortKey::Null) => Ordering::Less,
        (
            SortKey::Value {
                number: nx,
                folded: fx,
            },
            SortKey::Value {
                number: ny,
                folded: fy,
            },
        ) => {
            let o = match (nx, ny) {
                (Some(x), Some(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
                _ => fx.cmp(fy),
            };
            if desc { o.reverse() } else { o }
        }
    }
}

/// The keys a customer row has (for --fields and --sort).
const KEYS: &[&str] = &[
    "id",
    "name",
    "stage",
    "owner",
    "tags",
    "created",
    "email",
    "phone",
    "website",
    "address",
    "reg_code",
    "notes",
    "fields",
    "contacts",
    "deals",
    "last_contact",
    "open_tasks",
    "open_deals",
    "activities",
];

fn check_key(k: &str, rc: &ReadCtx) -> Result<()> {
    if KEYS.contains(&k) {
        return Ok(());
    }
    if let Some(f) = k.strip_prefix("fields.")
        && rc.store.config.fields.contains_key(f)
    {
        return Ok(());
    }
    Err(Error::usage_hint(
        format!("'{k}' is not a customer field"),
        format!(
            "use one of {}{}",
            KEYS.join(", "),
            rc.store
                .config
                .fields
                .keys()
                .map(|f| format!(", fields.{f}"))
                .collect::<String>()
        ),
    ))
}

/// A customer as one JSON object (docs/json.md): the file's fields, its
/// contacts and deals, and figures derived from its activities.
pub fn customer_row(c: &Customer, today: chrono::NaiveDate) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("id".into(), json!(c.id));
    m.insert("name".into(), json!(c.name));
    m.insert("stage".into(), json!(c.stage));
    m.insert("owner".into(), json!(c.owner));
    m.insert("tags".into(), json!(c.tags));
    m.insert("created".into(), json!(c.created.map(|d| d.to_string())));
    m.insert("email".into(), json!(c.email));
    m.insert("phone".into(), json!(c.phone));
    m.insert("website".into(), json!(c.website));
    m.insert("address".into(), json!(c.address));
    m.insert("reg_code".into(), json!(c.reg_code));
    m.insert("notes".into(), json!(c.notes));
    m.insert(
        "fields".into(),
        Value::Object(model::json::table_to_json(&c.fields)),
    );
    m.insert(
        "contacts".into(),
        Value::Array(
            c.contacts
                .iter()
                .map(|p| {
                    json!({
                        "name": p.name,
                        "role": p.role,
                        "email": p.email,
                        "phone": p.phone,
                        "birthday": p.birthday.map(|d| d.to_string()),
                    })
                })
                .collect(),
        ),
    );
    m.insert(
        "deals".into(),
        Value::Array(
            c.deals
                .iter()
                .map(|d| {
                    json!({
                        "id": d.id,
                        "title": d.title,
                        "amount": Value::Number(amount_number(d.amount)),
                        "currency": d.currency,
                        "stage": d.stage,
                        "probability": d.probability,
                        "expected": d.expected.map(|x| x.to_string()),
                        "closed": d.closed.map(|x| x.to_string()),
                        "owner": d.owner,
                    })
                })
                .collect(),
        ),
    );
    m.insert(
        "last_contact".into(),
        json!(lang::last_contact(c, today).map(|d| d.to_string())),
    );
    m.insert("open_tasks".into(), json!(c.summary.open_tasks));
    m.insert(
        "open_deals".into(),
        json!(c.deals.iter().filter(|d| crm::report::is_open(d)).count()),
    );
    m.insert("activities".into(), json!(c.summary.activities));
    m
}
