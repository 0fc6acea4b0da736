//! `crm import csv`: spreadsheets and other CRMs' exports.
//!
//! Reads UTF-8 with or without BOM (falling back to Windows-1252, as old
//! Outlook writes), detects `,` `;` or tab, handles quoted fields with
//! line breaks, and maps headers automatically (English, Estonian,
//! Finnish, and the column names of Google, Outlook, Thunderbird,
//! Salesforce, HubSpot and Pipedrive exports) unless `--map` says
//! otherwise. A row that matches an existing customer — the same name
//! ignoring case, accents and legal forms, the same e-mail or the same
//! phone — updates it (filling in what is missing, adding tags and
//! contacts) instead of duplicating it. The import is one transaction:
//! one commit, or nothing.

use crate::error::{Error, Result};
use crate::model::{Customer, id, is_email, phone};
use crate::quality::check::name_key;
use crate::store::{Store, Transaction, edit};
use std::collections::{HashMap, HashSet};
use toml_edit::{DocumentMut, Item, Value};

/// Fields a column can map to.
pub const TARGETS: &[&str] = &[
    "name",
    "contact",
    "contact_email",
    "contact_phone",
    "first_name",
    "last_name",
    "email",
    "phone",
    "website",
    "address",
    "city",
    "country",
    "reg_code",
    "notes",
    "tags",
    "owner",
    "stage",
    "role",
    "birthday",
    "ignore",
];

/// Header words (normalised: lowercase, accents folded, only letters and
/// digits) → target field.
const HEADERS: &[(&str, &[&str])] = &[
    (
        "name",
        &[
            "company",
            "companyname",
            "organization",
            "organisation",
            "organizationname",
            "organization1name",
            "org",
            "accountname",
            "account",
            "firma",
            "ettevote",
            "ettevotte",
            "ettevottenimi",
            "yritys",
            "yrityksennimi",
            "organisaatio",
            "asiakas",
            "klient",
            "customer",
            "customername",
            "businessname",
        ],
    ),
    (
        "contact",
        &[
            "displayname",
            "fullname",
            "contact",
            "contactname",
            "contactperson",
            "person",
            "kontaktisik",
            "yhteyshenkilo",
            "nimi",
            "personname",
        ],
    ),
    (
        "contact_email",
        &["contactemail", "contactemailaddress", "kontaktisikuepost"],
    ),
    (
        "contact_phone",
        &["contactphone", "contactphonenumber", "kontaktisikutelefon"],
    ),
    (
        "first_name",
        &["firstname", "givenname", "eesnimi", "etunimi"],
    ),
    (
        "last_name",
        &[
            "lastname",
            "familyname",
            "surname",
            "perekonnanimi",
            "perenimi",
            "sukunimi",
        ],
    ),
    (
        "email",
        &[
            "email",
            "emailaddress",
            "mail",
            "primaryemail",
            "email1value",
            "emailhome",
            "emailwork",
            "workemail",
            "businessemail",
            "epost",
            "epostiaadress",
            "sahkoposti",
            "sahkopostiosoite",
            "emailaddress1",
        ],
    ),
    (
        "phone",
        &[
            "phone",
            "telephone",
            "tel",
            "phonenumber",
            "telefon",
            "telefoninumber",
            "puhelin",
            "puhelinnumero",
            "mobile",
            "mobilenumber",
            "mobiil",
            "matkapuhelin",
            "gsm",
            "businessphone",
            "workphone",
            "primaryphone",
            "phone1value",
            "homephone",
            "homemobile",
            "mobilephone",
        ],
    ),
    (
        "website",
        &[
            "website",
            "webpage",
            "webpage1",
            "web",
            "url",
            "www",
            "homepage",
            "koduleht",
            "veebileht",
            "kotisivu",
            "verkkosivu",
            "verkkosivut",
        ],
    ),
    (
        "address",
        &[
            "address",
            "street",
            "streetaddress",
            "billingstreet",
            "businessstreet",
            "workaddress",
            "homeaddress",
            "homestreet",
            "aadress",
            "tanav",
            "osoite",
            "katuosoite",
            "postaladdress",
            "address1",
        ],
    ),
    (
        "city",
        &[
            "city",
            "billingcity",
            "workcity",
            "businesscity",
            "homecity",
            "town",
            "linn",
            "kaupunki",
            "postitoimipaikka",
        ],
    ),
    (
        "country",
        &[
            "country",
            "billingcountry",
            "homecountry",
            "workcountry",
            "businesscountry",
            "riik",
            "maa",
            "countryregion",
        ],
    ),
    (
        "reg_code",
        &[
            "regcode",
            "registrycode",
            "registrationnumber",
            "companynumber",
            "registrikood",
            "regkood",
            "ytunnus",
            "businessid",
            "companyid",
            "orgnr",
            "organisationsnummer",
        ],
    ),
    (
        "notes",
        &[
            "notes",
            "note",
            "description",
            "comments",
            "comment",
            "markused",
            "markus",
            "kommentaar",
            "lisatiedot",
            "huomautukset",
            "muistiinpanot",
            "kuvaus",
        ],
    ),
    (
        "tags",
        &[
            "tags",
            "tag",
            "labels",
            "label",
            "groupmembership",
            "categories",
            "category",
            "sildid",
            "tunnisteet",
            "avainsanat",
        ],
    ),
    (
        "owner",
        &[
            "owner",
            "accountowner",
            "contactowner",
            "companyowner",
            "omanik",
            "vastutaja",
            "omistaja",
            "vastuuhenkilo",
        ],
    ),
    (
        "stage",
        &[
            "stage",
            "status",
            "lifecyclestage",
            "leadstatus",
            "etapp",
            "vaihe",
        ],
    ),
    (
        "role",
        &[
            "jobtitle",
            "title",
            "position",
            "role",
            "ametikoht",
            "amet",
            "titteli",
            "tehtava",
            "asema",
        ],
    ),
    (
        "birthday",
        &[
            "birthday",
            "birthdate",
            "dateofbirth",
            "sunnipaev",
            "syntymapaiva",
        ],
    ),
];

fn norm(h: &str) -> String {
    id::fold(h)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// The automatic target of a header, if any.
pub fn auto_target(header: &str) -> Option<&'static str> {
    let n = norm(header);
    HEADERS
        .iter()
        .find(|(_, words)| words.contains(&n.as_str()))
        .map(|(t, _)| *t)
}

/// Decode bytes: UTF-8 (BOM dropped), else Windows-1252.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| cp1252(b)).collect(),
    }
}

fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// The delimiter among `,` `;` and tab that the header line uses most.
pub fn detect_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let mut best = (b',', 0);
    for d in [b',', b';', b'\t'] {
        let mut n = 0;
        let mut quoted = false;
        for c in first.bytes() {
            if c == b'"' {
                quoted = !quoted;
            } else if c == d && !quoted {
                n += 1;
            }
        }
        if n > best.1 {
            best = (d, n);
        }
    }
    best.0
}

/// What happened to one row.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RowReport {
    /// The line number of the row in the file (header = 1).
    pub row: usize,
    /// created, updated, unchanged or skipped.
    pub action: &'static str,
    pub customer: String,
    pub reason: String,
}

/// The result of planning an import.
#[derive(Debug)]
pub struct Plan {
    pub rows: Vec<RowReport>,
    pub tx: Transaction,
    pub mapping: Vec<(String, String)>,
}

/// Options of `crm import csv`.
#[derive(Debug, Default, Clone)]
pub struct Options {
    pub map: Vec<(String, String)>,
    pub delimiter: Option<u8>,
    pub skip_invalid: bool,
}

struct Target {
    id: String,
    /// The file as edited so far; an existing customer's is read when a
    /// row first matches it (a store of 100,000 is not parsed for an
    /// import of 50 rows).
    doc: Option<DocumentMut>,
    /// The file as it was, for an existing customer once read.
    original: Option<String>,
    touched: bool,
}

/// An existing customer's lookup keys, from its head.
struct Keys {
    id: String,
    name_key: String,
    emails: Vec<String>,
    phones: Vec<String>,
}

/// Plan the import of `bytes` into `store`: validate every row, match
/// customers, and build one transaction.
pub fn plan(
    store: &Store,
    bytes: &[u8],
    source: &str,
    opts: &Options,
    user: &str,
    today: chrono::NaiveDate,
) -> Result<Plan> {
    let text = decode(bytes);
    let delim = opts.delimiter.unwrap_or_else(|| detect_delimiter(&text));
    let mut rdr = ::csv::ReaderBuilder::new()
        .delimiter(delim)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| Error::parse(source, Some(1), None, e.to_string()))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    // Column → target: --map first, then the automatic mapping.
    // `fields.NAME` (crm's own export) maps to a custom field crm.toml
    // declares.
    let mut mapping: Vec<Option<String>> = headers
        .iter()
        .map(|h| {
            auto_target(h).map(str::to_string).or_else(|| {
                h.strip_prefix("fields.")
                    .filter(|f| store.config.fields.contains_key(*f))
                    .map(|_| h.clone())
            })
        })
        .collect();
    for (h, t) in &opts.map {
        if !TARGETS.contains(&t.as_str()) && !t.starts_with("fields.") {
            return Err(Error::usage_hint(
                format!("--map: '{t}' is not a field crm imports"),
                format!("fields: {}, fields.NAME", TARGETS.join(", ")),
            ));
        }
        let Some(i) = headers.iter().position(|x| x.eq_ignore_ascii_case(h)) else {
            return Err(Error::usage_hint(
                format!("--map: the file has no column '{h}'"),
                format!("columns: {}", headers.join(", ")),
            ));
        };
        mapping[i] = Some(t.clone());
    }
    // "Name" is a person when the file also names a company.
    let has_company = mapping.iter().any(|m| m.as_deref() == Some("name"));
    for (i, h) in headers.iter().enumerate() {
        if norm(h) == "name" && !opts.map.iter().any(|(x, _)| x.eq_ignore_ascii_case(h)) {
            let other_company = mapping
                .iter()
                .enumerate()
                .any(|(j, m)| j != i && m.as_deref() == Some("name"));
            mapping[i] = Some(
                if other_company
                    || (!has_company
                        && headers.iter().any(|x| auto_target(x) == Some("first_name")))
                {
                    "contact"
                } else {
                    "name"
                }
                .to_string(),
            );
        }
    }
    // "Title" is a name prefix (Mr., Dr.) in files that also have "Job
    // Title" (Outlook, Roundcube); alone (Salesforce) it is the job title.
    if headers.iter().any(|h| norm(h) == "jobtitle") {
        for (i, h) in headers.iter().enumerate() {
            if norm(h) == "title" && !opts.map.iter().any(|(x, _)| x.eq_ignore_ascii_case(h)) {
                mapping[i] = None;
            }
        }
    }
    // Birth Year / Birth Month / Birth Day (Thunderbird) make one birthday.
    let col = |w: &str| headers.iter().position(|h| norm(h) == w);
    let split_birthday = match (col("birthyear"), col("birthmonth"), col("birthday")) {
        (Some(y), Some(m), Some(d)) => {
            for i in [y, m, d] {
                mapping[i] = None;
            }
            Some((y, m, d))
        }
        _ => None,
    };
    // Keep only the first column of each target (e.g. E-mail 1 over E-mail 2).
    let mut seen = std::collections::HashSet::new();
    for m in mapping.iter_mut() {
        if let Some(t) = m.clone()
            && t != "ignore"
            && !seen.insert(t)
        {
            *m = None;
        }
    }
    if !mapping.iter().any(|m| {
        matches!(
            m.as_deref(),
            Some("name" | "contact" | "first_name" | "last_name")
        )
    }) {
        return Err(Error::usage_hint(
            format!(
                "{source}: no column names a customer (columns: {})",
                headers.join(", ")
            ),
            "name one with --map \"Your Column=name\"",
        ));
    }
    let mut input: Vec<(usize, HashMap<String, String>)> = Vec::new();
    for (n, rec) in rdr.records().enumerate() {
        let line = n + 2;
        let rec = rec.map_err(|e| Error::parse(source, Some(line), None, e.to_string()))?;
        let mut row: HashMap<String, String> = HashMap::new();
        for (i, v) in rec.iter().enumerate() {
            if let Some(Some(t)) = mapping.get(i) {
                let v = v.trim();
                if !v.is_empty() && t != "ignore" {
                    row.entry(t.clone()).or_insert_with(|| v.to_string());
                }
            }
        }
        if let Some((y, m, d)) = split_birthday {
            let part = |i: usize| rec.get(i).map(str::trim).unwrap_or("").to_string();
            if !part(y).is_empty() && !part(m).is_empty() && !part(d).is_empty() {
                row.insert(
                    "birthday".into(),
                    format!("{}-{:0>2}-{:0>2}", part(y), part(m), part(d)),
                );
            }
        }
        input.push((line, row));
    }
    let mapping = headers
        .iter()
        .zip(mapping)
        .filter_map(|(h, m)| m.map(|m| (h.clone(), m)))
        .collect();
    let (rows, mut tx) = plan_rows(store, input, source, opts, user, today)?;
    tx.message = tx.message.replacen("import ", "import csv ", 1);
    Ok(Plan { rows, tx, mapping })
}

/// Plan rows of target → value (as CSV columns or vCards give them): match
/// customers, validate, and build one transaction. A `_dropped` entry is
/// reported with the row.
pub fn plan_rows(
    store: &Store,
    input: Vec<(usize, HashMap<String, String>)>,
    source: &str,
    opts: &Options,
    user: &str,
    today: chrono::NaiveDate,
) -> Result<(Vec<RowReport>, Transaction)> {
    let cfg = &store.config;
    // Broken files are not matched (a row for one creates a customer with
    // another id); `crm check` names them.
    let (keys, _broken) = store.scan_heads(|c| Some(keys_of(c, &cfg.phone_country)))?;
    // Lookups by name, e-mail, phone and id, so that matching a row costs
    // the same at the 5,000th row as at the first. The first customer
    // holding a key keeps it.
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut by_email: HashMap<String, usize> = HashMap::new();
    let mut by_phone: HashMap<String, usize> = HashMap::new();
    let mut ids: HashSet<String> = HashSet::new();
    let mut targets: Vec<Target> = Vec::with_capacity(keys.len());
    for (i, k) in keys.into_iter().enumerate() {
        by_key.entry(k.name_key.clone()).or_insert(i);
        for e in k.emails {
            by_email.entry(e).or_insert(i);
        }
        for p in k.phones {
            by_phone.entry(p).or_insert(i);
        }
        ids.insert(k.id.clone());
        targets.push(Target {
            id: k.id,
            doc: None,
            original: None,
            touched: false,
        });
    }
    let mut rows = Vec::new();
    for (line, row) in input {
        let person = row.get("contact").cloned().or_else(|| {
            let f = [row.get("first_name"), row.get("last_name")]
                .into_iter()
                .flatten()
                .cloned()
                .collect::<Vec<_>>()
                .join(" ");
            (!f.is_empty()).then_some(f)
        });
        let name = row.get("name").cloned().or_else(|| person.clone());
        let Some(name) = name else {
            rows.push(RowReport {
                row: line,
                action: "skipped",
                customer: String::new(),
                reason: "no company or person name".into(),
            });
            continue;
        };
        // Validate what the row brings before touching anything.
        let mut problems = Vec::new();
        if name.contains('\n') {
            problems.push(format!(
                "the name '{}' spans several lines",
                name.replace('\n', "⏎")
            ));
        }
        let mut check_email = |key: &str| {
            let e = row.get(key).map(|e| e.to_string());
            if let Some(e) = &e
                && !is_email(e)
            {
                problems.push(format!("'{e}' is not an e-mail address"));
            }
            e
        };
        let email = check_email("email");
        let contact_email = check_email("contact_email");
        let mut check_phone = |key: &str| match row.get(key) {
            Some(p) => match phone::normalize(p, &cfg.phone_country) {
                Ok(n) => Some(n),
                Err(m) => {
                    problems.push(m);
                    None
                }
            },
            None => None,
        };
        let phone_n = check_phone("phone");
        let contact_phone = check_phone("contact_phone");
        // With its own e-mail or phone columns (crm's own export), the
        // contact takes those, and the firm's go to the customer.
        let contact_keys = contact_email.is_some() || contact_phone.is_some();
        let birthday = match row.get("birthday") {
            Some(b) => match parse_birthday(b) {
                Some(d) => Some(d),
                None => {
                    problems.push(format!("birthday '{b}' is not a date"));
                    None
                }
            },
            None => None,
        };
        if let Some(s) = row.get("stage")
            && !cfg.stages.iter().any(|x| x.eq_ignore_ascii_case(s))
        {
            problems.push(format!(
                "stage '{s}' is not one of {}",
                cfg.stages.join(", ")
            ));
        }
        if !problems.is_empty() {
            if opts.skip_invalid {
                rows.push(RowReport {
                    row: line,
                    action: "skipped",
                    customer: name.clone(),
                    reason: problems.join("; "),
                });
                continue;
            }
            return Err(Error::Invalid {
                path: Some(source.into()),
                field: format!("row {line}"),
                reason: problems.join("; "),
                hint: Some("fix the row, or pass --skip-invalid to import the other rows".into()),
            });
        }
        // Match: name, then e-mail, then phone.
        let key = name_key(&name);
        let e164 = phone_n
            .as_deref()
            .and_then(|p| phone::e164(p, &cfg.phone_country));
        let lower_email = email.as_ref().map(|e| e.to_lowercase());
        let found = by_key
            .get(&key)
            .copied()
            .filter(|_| !key.is_empty())
            .or_else(|| lower_email.as_ref().and_then(|e| by_email.get(e).copied()))
            .or_else(|| e164.as_ref().and_then(|p| by_phone.get(p).copied()));
        let (idx, created) = match found {
            Some(i) => (i, false),
            None => {
                let base = id::slugify(&name);
                let taken = |s: &str| ids.contains(s) || store.customer_path(s).exists();
                let cid = id::unique_slug(&base, taken);
                let mut doc = DocumentMut::new();
                let t = doc.as_table_mut();
                t.insert("name", Item::Value(edit::string(&name)));
                let stage = row
                    .get("stage")
                    .and_then(|s| {
                        cfg.stages
                            .iter()
                            .find(|x| x.eq_ignore_ascii_case(s))
                            .cloned()
                    })
                    .unwrap_or_else(|| cfg.stages[0].clone());
                t.insert("stage", Item::Value(Value::from(stage)));
                t.insert(
                    "owner",
                    Item::Value(Value::from(
                        row.get("owner")
                            .cloned()
                            .unwrap_or_else(|| user.to_string()),
                    )),
                );
                t.insert("tags", Item::Value(Value::Array(Default::default())));
                t.insert("created", Item::Value(edit::date(today)));
                targets.push(Target {
                    id: cid,
                    doc: Some(doc),
                    original: None,
                    touched: true,
                });
                let i = targets.len() - 1;
                ids.insert(targets[i].id.clone());
                by_key.insert(key.clone(), i);
                (i, true)
            }
        };
        let t = &mut targets[idx];
        let doc = match &mut t.doc {
            Some(doc) => doc,
            None => {
                let text = store.read_text(&t.id)?;
                let doc = edit::parse(&Store::rel_path(&t.id), &text)?;
                t.original = Some(text);
                t.doc.insert(doc)
            }
        };
        let mut kept = Vec::new();
        let is_company_row = row.contains_key("name") && person.is_some();
        {
            let root = doc.as_table_mut();
            let mut fill = |k: &str, v: Option<String>| {
                if let Some(v) = v {
                    // Compared as it would be stored: a multi-line value
                    // is written with a final line break.
                    let new = edit::string(&v);
                    match root.get(k).and_then(Item::as_str) {
                        None => {
                            root.insert(k, Item::Value(new));
                        }
                        Some(old) if Some(old) != new.as_str() => kept.push(format!(
                            "kept {k} '{}' (the row had '{}')",
                            short(old),
                            short(&v)
                        )),
                        _ => {}
                    }
                }
            };
            if !is_company_row || contact_keys {
                fill("email", email.clone());
                fill("phone", phone_n.clone());
            }
            fill("website", row.get("website").cloned());
            let address = [row.get("address"), row.get("city"), row.get("country")]
                .into_iter()
                .flatten()
                .cloned()
                .collect::<Vec<_>>()
                .join(", ");
            fill("address", (!address.is_empty()).then_some(address));
            fill("reg_code", row.get("reg_code").cloned());
            fill("notes", row.get("notes").cloned());
            if let Some(tags) = row.get("tags") {
                for tag in tags
                    .split([',', ';', ':'])
                    .map(|s| s.trim().trim_start_matches('*').trim())
                    .filter(|s| !s.is_empty())
                {
                    let tag = tag.replace(char::is_whitespace, "-").to_lowercase();
                    let _ = edit::array_add(root, "tags", &tag, |a, b| a.eq_ignore_ascii_case(b));
                }
            }
            for (k, v) in &row {
                if let Some(f) = k.strip_prefix("fields.") {
                    let value = crate::ops::customer::field_value(cfg, f, v)
                        .map_err(|e| e.in_file(source))?;
                    let fields = root
                        .entry("fields")
                        .or_insert(Item::Table(Default::default()));
                    if let Some(ft) = fields.as_table_mut()
                        && ft.get(f).is_none()
                    {
                        ft.insert(f, Item::Value(value));
                    }
                }
            }
        }
        if let Some(p) = person
            .filter(|p| !p.eq_ignore_ascii_case(&name) || is_company_row || birthday.is_some())
        {
            let exists =
                edit::find_table(doc, "contacts", "name", |x| x.eq_ignore_ascii_case(&p)).is_some();
            if !exists {
                let mut pairs = vec![("name", edit::string(&p))];
                if let Some(r) = row.get("role") {
                    pairs.push(("role", edit::string(r)));
                }
                let (e, ph) = if contact_keys {
                    (&contact_email, &contact_phone)
                } else {
                    (&email, &phone_n)
                };
                if let Some(e) = e {
                    pairs.push(("email", edit::string(e)));
                }
                if let Some(ph) = ph {
                    pairs.push(("phone", edit::string(ph)));
                }
                if let Some(b) = birthday {
                    pairs.push(("birthday", edit::date(b)));
                }
                edit::push_table(doc, "contacts", edit::table(pairs))?;
            }
        } else if let Some(b) = birthday {
            kept.push(format!("birthday {b} needs a contact person; not imported"));
        }
        if let Some(e) = lower_email {
            by_email.entry(e).or_insert(idx);
        }
        if let Some(p) = e164 {
            by_phone.entry(p).or_insert(idx);
        }
        let changed = t.original.as_deref() != Some(doc.to_string().as_str());
        t.touched |= changed;
        rows.push(RowReport {
            row: line,
            action: if created {
                "created"
            } else if changed {
                "updated"
            } else {
                "unchanged"
            },
            customer: t.id.clone(),
            reason: row
                .get("_dropped")
                .into_iter()
                .cloned()
                .chain(kept)
                .collect::<Vec<_>>()
                .join("; "),
        });
    }
    let mut tx = Transaction::new("");
    for t in &targets {
        let Some(doc) = t.doc.as_ref().filter(|_| t.touched) else {
            continue;
        };
        let text = doc.to_string();
        if t.original.as_deref() != Some(text.as_str()) {
            let c = Customer::parse(&t.id, &text).map_err(|e| e.in_file(Store::rel_path(&t.id)))?;
            crate::store::check_valid(&c, cfg, &Store::rel_path(&t.id))?;
            tx = tx.write(&t.id, text);
        }
    }
    // The same counts as the summary printed to the user: rows, not files
    // (a row may update a customer an earlier row of the file created).
    let count = |action: &str| rows.iter().filter(|r| r.action == action).count();
    tx.message = format!(
        "import {source}: {} created, {} updated, {} skipped",
        count("created"),
        count("updated"),
        count("skipped")
    );
    Ok((rows, tx))
}

/// A value shortened for a report line.
fn short(s: &str) -> String {
    let one = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() > 40 {
        format!("{}…", one.chars().take(39).collect::<String>())
    } else {
        one
    }
}

fn keys_of(c: &Customer, country: &str) -> Keys {
    let emails = c
        .email
        .iter()
        .chain(c.contacts.iter().filter_map(|p| p.email.as_ref()))
        .map(|e| e.to_lowercase())
        .collect();
    let phones = c
        .phone
        .iter()
        .chain(c.contacts.iter().filter_map(|p| p.phone.as_ref()))
        .filter_map(|p| phone::e164(p, country))
        .collect();
    Keys {
        id: c.id.clone(),
        name_key: name_key(&c.name),
        emails,
        phones,
    }
}

/// Birthdays as spreadsheets write them: 1975-03-14, 14.03.1975,
/// 14/03/1975 (day first, as in Europe), 19750314.
fn parse_birthday(s: &str) -> Option<chrono::NaiveDate> {
    use chrono::NaiveDate;
    ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y%m%d", "%Y/%m/%d"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s.trim(), f).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_map_in_three_languages_and_crm_exports() {
        for (h, t) in [
            ("Company", "name"),
            ("Ettevõte", "name"),
            ("Yritys", "name"),
            ("E-mail", "email"),
            ("E-post", "email"),
            ("Sähköposti", "email"),
            ("Phone", "phone"),
            ("Telefon", "phone"),
            ("Puhelin", "phone"),
            ("BILLINGCITY", "city"),
            ("Organization - Name", "name"),
            ("E-mail 1 - Value", "email"),
            ("Y-tunnus", "reg_code"),
        ] {
            assert_eq!(auto_target(h), Some(t), "{h}");
        }
    }

    #[test]
    fn encodings_and_delimiters() {
        assert_eq!(decode(b"\xEF\xBB\xBFName"), "Name");
        assert_eq!(decode(b"Stra\xDFe"), "Straße");
        assert_eq!(detect_delimiter("a;b;\"c,d\"\n"), b';');
        assert_eq!(detect_delimiter("a\tb\tc\n"), b'\t');
        assert_eq!(detect_delimiter("a,b\n"), b',');
        assert_eq!(
            parse_birthday("20/01/1991")
                .map(|d| d.to_string())
                .as_deref(),
            Some("1991-01-20")
        );
    }
}
