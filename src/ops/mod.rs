//! The operations behind the commands that change data.
//!
//! Each takes the store's lock, reads what it needs fresh, edits the file
//! with `store::edit` (so the user's formatting survives), and commits one
//! [`Transaction`]. Adding what is already there changes nothing and makes
//! no commit. Values are validated before anything is written.

use crate::clock;
use crate::model::config::{Config, FieldType};
use crate::error::{Error, Result};
use crate::model::{self, Customer, id, phone};
use crate::query::{resolve, when};
use crate::store::{Loaded, Store, Transaction, edit};
use chrono::{DateTime, FixedOffset, NaiveDate};
use std::cell::OnceCell;
use toml_edit::{DocumentMut, Item, Table, Value};

pub mod demo;

/// What an operation did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The id it made or touched (customer, activity or deal), for stdout.
    pub id: Option<String>,
    /// Whether a commit was made (false: nothing to change).
    pub committed: bool,
    /// Things the user should know, e.g. a likely duplicate.
    pub warnings: Vec<String>,
}

/// The handle that goes into `by`/`owner` (SPEC §4): `--as`, `CRM_USER`,
/// the `[team]` entry matching git's `user.email`, the e-mail's local part.
pub fn whoami(store: &Store, explicit: Option<&str>) -> Result<String> {
    if let Some(h) = explicit.filter(|h| !h.trim().is_empty()) {
        return check_handle(h);
    }
    if let Ok(h) = std::env::var("CRM_USER")
        && !h.trim().is_empty()
    {
        return check_handle(&h);
    }
    let Some(email) = crate::store::git::email(store.repo()) else {
        return Err(Error::Store {
            message: "no git identity: crm takes your handle from it, and every change is a commit that needs an author"
                .into(),
            hint: Some(
                "git config --global user.name \"Your Name\" && git config --global user.email you@example.com (only to read: CRM_USER=HANDLE or --as HANDLE)"
                    .into(),
            ),
        });
    };
    if let Some(h) = store.config.handle_for_email(&email) {
        return Ok(h.to_string());
    }
    let local = email.split('@').next().unwrap_or(&email);
    Ok(id::slugify(local))
}

fn check_handle(h: &str) -> Result<String> {
    let h = h.trim();
    if h.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::usage(format!("--as: handle '{h}' must be one word")));
    }
    Ok(h.to_string())
}

/// The context of one operation: store, who acts, and a lazily loaded
/// view of every customer without activities (only name lookups and
/// duplicate checks need it).
pub struct Op<'a> {
    pub store: &'a Store,
    pub user: String,
    pub now: DateTime<FixedOffset>,
    all: OnceCell<Loaded>,
}

impl<'a> Op<'a> {
    /// A new operation context acting as `user`.
    pub fn new(store: &'a Store, user: String) -> Self {
        Op {
            store,
            user,
            now: clock::now(),
            all: OnceCell::new(),
        }
    }

    fn cfg(&self) -> &Config {
        &self.store.config
    }

    /// Every customer without its activities (loaded once): names,
    /// e-mails, phones, contacts and deals for lookups.
    pub fn all(&self) -> Result<&Loaded> {
        if self.all.get().is_none() {
            let loaded = self.store.load_heads()?;
            let _ = self.all.set(loaded);
        }
        Ok(self.all.get().expect("set just above"))
    }

    /// Every customer (without activities), if something already loaded them.
    pub fn loaded(&self) -> Option<&Loaded> {
        self.all.get()
    }

    /// Resolve a customer reference to an id.
    pub fn customer_id(&self, reference: &str) -> Result<String> {
        if self.store.exists(reference) {
            return Ok(reference.to_string());
        }
        let all = self.all()?;
        resolve::customer(&all.customers, reference, &self.cfg().phone_country)
            .map(|c| c.id.clone())
    }

    fn doc(&self, id: &str) -> Result<(String, DocumentMut)> {
        let text = self.store.read_text(id)?;
        let doc = edit::parse(&Store::rel_path(id), &text)?;
        Ok((text, doc))
    }

    /// Other customers that own this e-mail or phone number.
    fn owners_of(
        &self,
        except: &str,
        email: Option<&str>,
        phone: Option<&str>,
    ) -> Result<Vec<String>> {
        let country = self.cfg().phone_country.clone();
        let want_phone = phone.and_then(|p| phone::e164(p, &country));
        let want_email = email.map(str::to_lowercase);
        let all = self.all()?;
        let mut out = Vec::new();
        for c in &all.customers {
            if c.id == except {
                continue;
            }
            let emails = c
                .email
                .iter()
                .chain(c.contacts.iter().filter_map(|p| p.email.as_ref()));
            let phones = c
                .phone
                .iter()
                .chain(c.contacts.iter().filter_map(|p| p.phone.as_ref()));
            let mail_hit = want_email
                .as_ref()
                .is_some_and(|w| emails.into_iter().any(|e| e.to_lowercase() == *w));
            let phone_hit = want_phone.as_ref().is_some_and(|w| {
                phones
                    .into_iter()
                    .any(|p| phone::e164(p, &country).as_ref() == Some(w))
            });
            if mail_hit || phone_hit {
                let what = if mail_hit {
                    email.unwrap_or_default()
                } else {
                    phone.unwrap_or_default()
                };
                out.push(format!(
                    "{what} already belongs to {} ({}): a likely duplicate; `crm merge` folds one customer into another",
                    c.id, c.name
                ));
            }
        }
        Ok(out)
    }

    fn normalize_phone(&self, field: &str, p: &str) -> Result<String> {
        phone::normalize(p, &self.cfg().phone_country).map_err(|m| {
            Error::invalid(field, m).with_hint(format!(
                "write it with a country code (+372 5555 1234) or as a number of phone_country {}",
                self.cfg().phone_country
            ))
        })
    }

    fn check_email(&self, field: &str, e: &str) -> Result<String> {
        let e = e.trim();
        if model::is_email(e) {
            Ok(e.to_string())
        } else {
            Err(Error::invalid(
                field,
                format!("'{e}' is not an e-mail address (like name@firm.ee)"),
            ))
        }
    }

    fn commit(&self, tx: Transaction) -> Result<bool> {
        Ok(self.store.commit(tx)?.is_some())
    }
}

/// What `crm add` takes.
#[derive(Debug, Default, Clone)]
pub struct NewCustomer {
    pub name: String,
    pub stage: Option<String>,
    pub owner: Option<String>,
    pub tags: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub address: Option<String>,
    pub reg_code: Option<String>,
    pub notes: Option<String>,
    /// `K=V` custom fields.
    pub fields: Vec<(String, String)>,
    /// Use this id instead of the name's slug.
    pub id: Option<String>,
}

/// `crm add`: a new customer file, in canonical key order.
pub fn add(op: &Op, n: &NewCustomer) -> Result<Outcome> {
    let name = n.name.trim();
    if name.is_empty() {
        return Err(Error::usage("NAME: a customer needs a name"));
    }
    let _lock = op.store.lock()?;
    let mut warnings = Vec::new();
    let mut doc = DocumentMut::new();
    let t = doc.as_table_mut();
    t.insert("name", Item::Value(edit::string(name)));
    let stage = n
        .stage
        .clone()
        .unwrap_or_else(|| op.cfg().stages[0].clone());
    t.insert("stage", Item::Value(Value::from(stage)));
    t.insert(
        "owner",
        Item::Value(Value::from(
            n.owner.clone().unwrap_or_else(|| op.user.clone()),
        )),
    );
    let mut tags = toml_edit::Array::new();
    for tag in &n.tags {
        for tag in tag.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            if !tags.iter().any(|v| v.as_str() == Some(tag)) {
                tags.push(tag);
            }
        }
    }
    t.insert("tags", Item::Value(Value::Array(tags)));
    t.insert("created", Item::Value(edit::date(op.now.date_naive())));
    let email = n
        .email
        .as_deref()
        .map(|e| op.check_email("--email", e))
        .transpose()?;
    let phone = n
        .phone
        .as_deref()
        .map(|p| op.normalize_phone("--phone", p))
        .transpose()?;
    for (k, v) in [
        ("email", email.as_deref()),
        ("phone", phone.as_deref()),
        ("website", n.website.as_deref()),
        ("address", n.address.as_deref()),
        ("reg_code", n.reg_code.as_deref()),
        ("notes", n.notes.as_deref()),
    ] {
        if let Some(v) = v.map(str::trim).filter(|v| !v.is_empty()) {
            t.insert(k, Item::Value(edit::string(v)));
        }
    }
    if !n.fields.is_empty() {
        let mut f = Table::new();
        for (k, v) in &n.fields {
            f.insert(k, Item::Value(field_value(op.cfg(), k, v)?));
        }
        t.insert("fields", Item::Table(f));
    }
    let base = match &n.id {
        Some(i) if id::is_valid_slug(i) => i.clone(),
        Some(i) => {
            return Err(Error::usage(format!(
                "--id: '{i}' {}",
                id::slug_problem(i).unwrap_or("is not a valid id")
            )));
        }
        None => id::slugify(name),
    };
    let new_id = match &n.id {
        Some(i) if op.store.exists(i) => {
            return Err(Error::usage(format!(
                "--id: a customer with id '{i}' already exists"
            )));
        }
        _ => id::unique_slug(&base, |s| op.store.customer_path(s).exists()),
    };
    if email.is_some() || phone.is_some() {
        warnings.extend(op.owners_of(&new_id, email.as_deref(), phone.as_deref())?);
    }
    if new_id != base {
        warnings.push(format!(
            "id '{base}' is taken, so this customer is '{new_id}'; if it is the same firm, `crm rm {new_id}`"
        ));
    }
    let text = doc.to_string();
    let committed =
        op.commit(Transaction::new(format!("add {new_id}: {name}")).write(&new_id, text))?;
    Ok(Outcome {
        id: Some(new_id),
        committed,
        warnings,
    })
}

/// Convert `v` to the TOML value of custom field `k` as declared.
pub fn field_value(cfg: &Config, k: &str, v: &str) -> Result<Value> {
    let Some(def) = cfg.fields.get(k) else {
        let known: Vec<&str> = cfg.fields.keys().map(String::as_str).collect();
        return Err(Error::invalid(
            format!("fields.{k}"),
            format!(
                "no custom field '{k}' is declared{}",
                if known.is_empty() {
                    String::new()
                } else {
                    format!(" (declared: {})", known.join(", "))
                }
            ),
        )
        .with_hint(format!(
            "declare it in crm.toml: [fields.{k}] type = \"string\""
        )));
    };
    let bad = |what: &str| Error::invalid(format!("fields.{k}"), format!("'{v}' is not {what}"));
    Ok(match def.kind {
        FieldType::String => edit::string(v),
        FieldType::Int => Value::from(v.trim().parse::<i64>().map_err(|_| bad("an integer"))?),
        FieldType::Float => Value::from(v.trim().parse::<f64>().map_err(|_| bad("a number"))?),
        FieldType::Bool => Value::from(match v.trim().to_lowercase().as_str() {
            "true" | "yes" | "1" => true,
            "false" | "no" | "0" => false,
            _ => return Err(bad("true or false")),
        }),
        FieldType::Date => edit::date(
            NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
                .map_err(|_| bad("a date like 2026-12-01"))?,
        ),
        FieldType::Enum => {
            if !def.values.iter().any(|x| x == v.trim()) {
                return Err(bad(&format!("one of: {}", def.values.join(", "))));
            }
            Value::from(v.trim())
        }
    })
}

/// One `KEY=VALUE`, `KEY+=VALUE` or `KEY-=VALUE` of `crm set`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub key: String,
    pub op: AssignOp,
    pub value: String,
}

/// `=`, `+=` or `-=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    Set,
    Add,
    Remove,
}

impl Assignment {
    /// Parse `KEY=VALUE` (or `+=`, `-=`).
    pub fn parse(s: &str) -> Result<Assignment> {
        let Some(eq) = s.find('=') else {
            return Err(Error::usage_hint(
                format!("'{s}' is not KEY=VALUE"),
                "e.g. stage=customer, tags+=vip, tags-=old, fields.industry=media, phone= (empty removes)",
            ));
        };
        let (mut key, value) = (&s[..eq], &s[eq + 1..]);
        let op = if let Some(k) = key.strip_suffix('+') {
            key = k;
            AssignOp::Add
        } else if let Some(k) = key.strip_suffix('-') {
            key = k;
            AssignOp::Remove
        } else {
            AssignOp::Set
        };
        let key = key.trim();
        if key.is_empty() {
            return Err(Error::usage(format!("'{s}': the key before '=' is empty")));
        }
        Ok(Assignment {
            key: key.to_string(),
            op,
            value: value.to_string(),
        })
    }

    fn show(&self) -> String {
        let op = match self.op {
            AssignOp::Set => "=",
            AssignOp::Add => "+=",
            AssignOp::Remove => "-=",
        };
        format!("{}{op}{}", self.key, self.value)
    }
}

const CUSTOMER_KEYS: &str = "name, stage, owner, tags, email, phone, website, address, reg_code, notes, created, fields.NAME";

/// `crm set`: apply assignments to one customer in one commit.
pub fn set(op: &Op, reference: &str, assignments: &[Assignment]) -> Result<Outcome> {
    if assignments.is_empty() {
        return Err(Error::usage_hint(
            "nothing to set",
            "e.g. crm set acme stage=customer tags+=vip",
        ));
    }
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let mut warnings = Vec::new();
    for a in assignments {
        warnings.extend(apply_customer(op, &cid, &mut doc, a)?);
        clear_conflicts(&mut doc, &a.key);
    }
    let summary: Vec<String> = assignments.iter().map(Assignment::show).collect();
    let committed = op.commit(
        Transaction::new(format!("set {cid}: {}", summary.join(", "))).write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(cid),
        committed,
        warnings,
    })
}

/// Drop `[[conflicts]]` entries about `field`: setting it is the decision.
fn clear_conflicts(doc: &mut DocumentMut, field: &str) {
    if let Some(arr) = doc
        .get_mut("conflicts")
        .and_then(Item::as_array_of_tables_mut)
    {
        arr.retain(|t| t.get("field").and_then(Item::as_str) != Some(field));
        if arr.is_empty() {
            doc.remove("conflicts");
        }
    }
}

fn apply_customer(
    op: &Op,
    cid: &str,
    doc: &mut DocumentMut,
    a: &Assignment,
) -> Result<Vec<String>> {
    let value = a.value.trim();
    let t = doc.as_table_mut();
    let mut warnings = Vec::new();
    let scalar_only = |a: &Assignment| -> Result<()> {
        if a.op != AssignOp::Set {
            return Err(Error::usage(format!(
                "{}: += and -= apply to tags only; use {}=VALUE",
                a.key, a.key
            )));
        }
        Ok(())
    };
    match a.key.as_str() {
        "tags" => {
            let same = |x: &str, y: &str| x.eq_ignore_ascii_case(y);
            let items: Vec<&str> = value
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            match a.op {
                AssignOp::Add => {
                    for tag in items {
                        edit::array_add(t, "tags", tag, same)?;
                    }
                }
                AssignOp::Remove => {
                    for tag in items {
                        edit::array_remove(t, "tags", tag, same);
                    }
                }
                AssignOp::Set => {
                    let mut arr = toml_edit::Array::new();
                    for tag in items {
                        arr.push(tag);
                    }
                    edit::set(t, "tags", Value::Array(arr));
                }
            }
        }
        "name" => {
            scalar_only(a)?;
            if value.is_empty() {
                return Err(Error::invalid("name", "a customer needs a name"));
            }
            edit::set(t, "name", edit::string(value));
        }
        "stage" | "owner" | "website" | "address" | "reg_code" | "notes" | "email" | "phone" => {
            scalar_only(a)?;
            if value.is_empty() {
                if a.key == "stage" {
                    return Err(Error::invalid(
                        "stage",
                        format!("cannot be empty; one of: {}", op.cfg().stages.join(", ")),
                    ));
                }
                edit::remove(t, &a.key);
            } else if a.key == "stage" && !op.cfg().stages.iter().any(|s| s == value) {
                return Err(Error::invalid(
                    "stage",
                    format!("'{value}' is not one of: {}", op.cfg().stages.join(", ")),
                ));
            } else if a.key == "email" {
                let e = op.check_email("email", value)?;
                warnings.extend(op.owners_of(cid, Some(&e), None)?);
                edit::set(t, "email", edit::string(&e));
            } else if a.key == "phone" {
                let p = op.normalize_phone("phone", value)?;
                warnings.extend(op.owners_of(cid, None, Some(&p))?);
                edit::set(t, "phone", edit::string(&p));
            } else {
                let v = if a.key == "notes" {
                    a.value.as_str()
                } else {
                    value
                };
                edit::set(t, &a.key, edit::string(v));
            }
        }
        "created" => {
            scalar_only(a)?;
            if value.is_empty() {
                edit::remove(t, "created");
            } else {
                let d = when::parse_date("created", value, op.now.date_naive())?;
                edit::set(t, "created", edit::date(d));
            }
        }
        k if k.starts_with("fields.") => {
            scalar_only(a)?;
            let name = &k["fields.".len()..];
            let fields = t
                .entry("fields")
                .or_insert(Item::Table(Table::new()))
                .as_table_mut()
                .ok_or_else(|| Error::invalid("fields", "is not a table; fix the file by hand"))?;
            if value.is_empty() {
                edit::remove(fields, name);
            } else {
                let v = field_value(op.cfg(), name, value)?;
                edit::set(fields, name, v);
            }
        }
        other => {
            return Err(Error::usage_hint(
                format!("'{other}' is not a field crm can set"),
                format!("settable: {CUSTOMER_KEYS}; edit other keys with `crm edit`"),
            ));
        }
    }
    Ok(warnings)
}

/// `crm rename`: new name, and with `new_id` a new file.
pub fn rename(op: &Op, reference: &str, new_name: &str, new_id: Option<&str>) -> Result<Outcome> {
    let new_name = new_name.trim();
    if new_name.is_empty() {
        return Err(Error::usage("NEW-NAME: a customer needs a name"));
    }
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let old_name = doc
        .get("name")
        .and_then(Item::as_str)
        .unwrap_or_default()
        .to_string();
    edit::set(doc.as_table_mut(), "name", edit::string(new_name));
    let mut tx;
    let mut target = cid.clone();
    match new_id {
        Some(nid) if nid != cid => {
            if let Some(problem) = id::slug_problem(nid) {
                return Err(Error::usage(format!("--id: '{nid}' {problem}")));
            }
            if op.store.exists(nid) {
                return Err(Error::usage(format!(
                    "--id: a customer with id '{nid}' already exists"
                )));
            }
            tx = Transaction::new(format!("rename {cid} → {nid}: {old_name} → {new_name}"));
            tx = tx.remove(&cid).write(nid, doc.to_string());
            target = nid.to_string();
        }
        _ => {
            tx = Transaction::new(format!("rename {cid}: {old_name} → {new_name}"))
                .write(&cid, doc.to_string());
        }
    }
    let committed = op.commit(tx)?;
    Ok(Outcome {
        id: Some(target),
        committed,
        warnings: Vec::new(),
    })
}

/// `crm rm`: remove the file (history keeps it).
pub fn rm(op: &Op, reference: &str) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let name = op.store.load(&cid).map(|c| c.name).unwrap_or_default();
    let committed = op.commit(Transaction::new(format!("rm {cid}: {name}")).remove(&cid))?;
    Ok(Outcome {
        id: Some(cid),
        committed,
        warnings: Vec::new(),
    })
}

/// `crm edit`, after the editor: validate `text` and commit it. Fails
/// without writing when the file changed on disk since `original` was read.
pub fn save_edit(op: &Op, cid: &str, original: &str, text: &str) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let now = op.store.read_text(cid)?;
    if now != original {
        return Err(Error::other(
            format!(
                "{} changed on disk while you were editing",
                Store::rel_path(cid)
            ),
            Some(
                "your text is kept in the recovery file; run `crm edit` again and merge it in"
                    .into(),
            ),
        ));
    }
    let mut doc = edit::parse(&Store::rel_path(cid), text)?;
    if !edit::activities_sorted(&doc) {
        edit::sort_activities(&mut doc);
    }
    let text = doc.to_string();
    let c = Customer::parse(cid, &text).map_err(|e| e.in_file(Store::rel_path(cid)))?;
    let committed =
        op.commit(Transaction::new(format!("edit {cid}: {}", c.name)).write(cid, text))?;
    Ok(Outcome {
        id: Some(cid.to_string()),
        committed,
        warnings: Vec::new(),
    })
}

/// What `crm contact add` takes.
#[derive(Debug, Default, Clone)]
pub struct NewContact {
    pub name: String,
    pub role: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub birthday: Option<String>,
    pub notes: Option<String>,
}

/// `crm contact add`.
pub fn contact_add(op: &Op, reference: &str, n: &NewContact) -> Result<Outcome> {
    let name = n.name.trim();
    if name.is_empty() {
        return Err(Error::usage("NAME: a contact needs a name"));
    }
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let email = n
        .email
        .as_deref()
        .map(|e| op.check_email("--email", e))
        .transpose()?;
    let phone = n
        .phone
        .as_deref()
        .map(|p| op.normalize_phone("--phone", p))
        .transpose()?;
    let birthday = n
        .birthday
        .as_deref()
        .map(|b| when::parse_date("--birthday", b, op.now.date_naive()))
        .transpose()?;
    let mut warnings = Vec::new();
    // The fields given, in canonical order.
    let given: Vec<(&str, Value)> = [
        ("role", n.role.as_deref().map(edit::string)),
        ("email", email.as_deref().map(edit::string)),
        ("phone", phone.as_deref().map(edit::string)),
        ("birthday", birthday.map(edit::date)),
        ("notes", n.notes.as_deref().map(edit::string)),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.map(|v| (k, v)))
    .collect();
    if let Some(i) = edit::find_table(&doc, "contacts", "name", |x| x.eq_ignore_ascii_case(name)) {
        // Already there: fill in what is missing, refuse to overwrite.
        let arr = edit::tables_mut(&mut doc, "contacts")?;
        let t = arr.get_mut(i).expect("index from find_table");
        for (k, v) in given {
            match t.get(k).and_then(Item::as_value) {
                Some(old) if old.to_string().trim() == v.to_string().trim() => {}
                Some(old) => {
                    return Err(Error::invalid(
                        format!("contacts.{k}"),
                        format!("{name} already has {k} {}", old.to_string().trim()),
                    )
                    .with_hint(format!(
                        "change it with `crm contact set {cid} \"{name}\" {k}=…`"
                    )));
                }
                None => {
                    t.insert(k, Item::Value(v));
                }
            }
        }
    } else {
        let mut pairs = vec![("name", edit::string(name))];
        pairs.extend(given);
        edit::push_table(&mut doc, "contacts", edit::table(pairs))?;
    }
    if email.is_some() || phone.is_some() {
        warnings.extend(op.owners_of(&cid, email.as_deref(), phone.as_deref())?);
    }
    let committed = op.commit(
        Transaction::new(format!("contact add {cid}: {name}")).write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(cid),
        committed,
        warnings: if committed { warnings } else { Vec::new() },
    })
}

fn contact_index(doc: &DocumentMut, cid: &str, name: &str) -> Result<usize> {
    edit::find_table(doc, "contacts", "name", |x| {
        x.eq_ignore_ascii_case(name.trim())
    })
    .or_else(|| {
        let f = id::fold(name.trim());
        edit::find_table(doc, "contacts", "name", |x| id::fold(x) == f)
    })
    .ok_or_else(|| {
        let names: Vec<String> = doc
            .get("contacts")
            .and_then(Item::as_array_of_tables)
            .map(|a| {
                a.iter()
                    .filter_map(|t| t.get("name").and_then(Item::as_str).map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        Error::NotFound {
            what: "contact",
            query: format!("{name} (at {cid})"),
            candidates: names,
        }
    })
}

/// `crm contact set CUSTOMER NAME KEY=VALUE…`.
pub fn contact_set(
    op: &Op,
    reference: &str,
    name: &str,
    assignments: &[Assignment],
) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let i = contact_index(&doc, &cid, name)?;
    let mut warnings = Vec::new();
    for a in assignments {
        if a.op != AssignOp::Set {
            return Err(Error::usage(format!(
                "{}: contacts take KEY=VALUE only",
                a.key
            )));
        }
        let v = a.value.trim();
        let value = match a.key.as_str() {
            _ if v.is_empty() && a.key != "name" => None,
            "name" if v.is_empty() => {
                return Err(Error::invalid("contacts.name", "a contact needs a name"));
            }
            "name" | "role" | "notes" => Some(edit::string(v)),
            "email" => {
                let e = op.check_email("email", v)?;
                warnings.extend(op.owners_of(&cid, Some(&e), None)?);
                Some(edit::string(&e))
            }
            "phone" => {
                let p = op.normalize_phone("phone", v)?;
                warnings.extend(op.owners_of(&cid, None, Some(&p))?);
                Some(edit::string(&p))
            }
            "birthday" => Some(edit::date(when::parse_date(
                "birthday",
                v,
                op.now.date_naive(),
            )?)),
            other => {
                return Err(Error::usage_hint(
                    format!("'{other}' is not a contact field"),
                    "contact fields: name, role, email, phone, birthday, notes",
                ));
            }
        };
        let arr = edit::tables_mut(&mut doc, "contacts")?;
        let t = arr.get_mut(i).expect("index from contact_index");
        match value {
            Some(v) => edit::set(t, &a.key, v),
            None => {
                edit::remove(t, &a.key);
            }
        }
    }
    let summary: Vec<String> = assignments.iter().map(Assignment::show).collect();
    let committed = op.commit(
        Transaction::new(format!(
            "contact set {cid}: {} {}",
            name.trim(),
            summary.join(", ")
        ))
        .write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(cid),
        committed,
        warnings,
    })
}

/// `crm contact rm CUSTOMER NAME`.
pub fn contact_rm(op: &Op, reference: &str, name: &str) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let i = contact_index(&doc, &cid, name)?;
    let arr = edit::tables_mut(&mut doc, "contacts")?;
    arr.remove(i);
    if arr.is_empty() {
        doc.remove("contacts");
    }
    let committed = op.commit(
        Transaction::new(format!("contact rm {cid}: {}", name.trim())).write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(cid),
        committed,
        warnings: Vec::new(),
    })
}

/// What `crm log` and `crm task` take.
#[derive(Debug, Default, Clone)]
pub struct NewActivity {
    pub kind: String,
    pub text: Option<String>,
    pub at: Option<DateTime<FixedOffset>>,
    pub minutes: Option<u32>,
    pub with: Option<String>,
    pub due: Option<NaiveDate>,
    /// `by`; default: the acting user.
    pub by: Option<String>,
}

/// `crm log` / `crm task`: insert an activity in time order; prints its id.
pub fn log(op: &Op, reference: &str, n: &NewActivity) -> Result<Outcome> {
    if !op.cfg().activity_kinds.contains(&n.kind) {
        return Err(
            Error::invalid("KIND", format!("'{}' is not an activity kind", n.kind)).with_hint(
                format!(
                    "kinds (crm.toml activity_kinds): {}",
                    op.cfg().activity_kinds.join(", ")
                ),
            ),
        );
    }
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let aid = id::new_id('a');
    let at = n.at.unwrap_or(op.now);
    let by = n.by.clone().unwrap_or_else(|| op.user.clone());
    let mut pairs = vec![
        ("id", Value::from(aid.as_str())),
        ("at", edit::datetime(at)),
        ("kind", Value::from(n.kind.as_str())),
        ("by", Value::from(by.as_str())),
    ];
    if let Some(w) = n.with.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
        pairs.push(("with", edit::string(w)));
    }
    let text = n
        .text
        .as_deref()
        .map(|t| t.trim_end_matches('\n'))
        .filter(|t| !t.trim().is_empty());
    if let Some(t) = text {
        pairs.push(("text", edit::string(t)));
    }
    if let Some(m) = n.minutes {
        pairs.push(("minutes", Value::from(i64::from(m))));
    }
    if let Some(d) = n.due {
        pairs.push(("due", edit::date(d)));
        pairs.push(("done", Value::from(false)));
    }
    edit::insert_activity(&mut doc, edit::table(pairs))?;
    let first_line = text.and_then(|t| t.lines().next()).unwrap_or("");
    let summary = if first_line.is_empty() {
        n.kind.clone()
    } else {
        format!("{} — {}", n.kind, truncate(first_line, 60))
    };
    let verb = if n.kind == "task" { "task" } else { "log" };
    let committed = op.commit(
        Transaction::new(format!("{verb} {cid}: {summary}")).write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(aid),
        committed,
        warnings: Vec::new(),
    })
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

/// `crm done ID`: close a task or follow-up.
pub fn done(op: &Op, prefix: &str) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let p = prefix.trim();
    if p.is_empty() {
        return Err(Error::usage("an empty activity id names nothing"));
    }
    // Only the activities whose id starts with the prefix are kept.
    let (owners, broken) = op.store.scan(|c| {
        c.activities.retain(|a| a.id.starts_with(p));
        (!c.activities.is_empty()).then(|| Customer {
            id: c.id.clone(),
            activities: std::mem::take(&mut c.activities),
            ..Customer::default()
        })
    })?;
    let r = resolve::entry(&owners, prefix, false)?;
    let (_, mut doc) = op.doc(&r.customer)?;
    let arr = edit::tables_mut(&mut doc, "activities")?;
    let i = arr
        .iter()
        .position(|t| t.get("id").and_then(Item::as_str) == Some(r.id.as_str()))
        .ok_or_else(|| Error::NotFound {
            what: "activity",
            query: prefix.to_string(),
            candidates: Vec::new(),
        })?;
    let t = arr.get_mut(i).expect("position just found");
    let text = t
        .get("text")
        .and_then(Item::as_str)
        .unwrap_or_default()
        .to_string();
    edit::set(t, "done", Value::from(true));
    let committed = op.commit(
        Transaction::new(format!("done {}: {}", r.customer, truncate(&text, 60)))
            .write(&r.customer, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(r.id),
        committed,
        warnings: broken
            .iter()
            .map(|b| format!("skipped {b}; fix it, then `crm check`"))
            .collect(),
    })
}

/// What `crm deal add` takes.
#[derive(Debug, Default, Clone)]
pub struct NewDeal {
    pub title: String,
    pub amount: String,
    pub currency: Option<String>,
    pub stage: Option<String>,
    pub probability: Option<u8>,
    pub expected: Option<NaiveDate>,
}

/// `crm deal add`; prints the deal id.
pub fn deal_add(op: &Op, reference: &str, n: &NewDeal) -> Result<Outcome> {
    let title = n.title.trim();
    if title.is_empty() {
        return Err(Error::usage("TITLE: a deal needs a title"));
    }
    let amount = model::parse_amount(&n.amount).map_err(|m| Error::invalid("--amount", m))?;
    let stage = n
        .stage
        .clone()
        .unwrap_or_else(|| op.cfg().deal_stages[0].clone());
    check_deal_stage(op.cfg(), &stage)?;
    let currency = n
        .currency
        .clone()
        .unwrap_or_else(|| op.cfg().currency.clone())
        .to_uppercase();
    check_currency(&currency)?;
    if n.probability.is_some_and(|p| p > 100) {
        return Err(Error::invalid(
            "--probability",
            "is a percentage from 0 to 100",
        ));
    }
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let did = id::new_id('d');
    let mut pairs = vec![
        ("id", Value::from(did.as_str())),
        ("title", edit::string(title)),
        ("amount", edit::amount(amount)),
        ("currency", Value::from(currency.as_str())),
        ("stage", Value::from(stage.as_str())),
    ];
    if let Some(p) = n.probability {
        pairs.push(("probability", Value::from(i64::from(p))));
    }
    if let Some(e) = n.expected {
        pairs.push(("expected", edit::date(e)));
    }
    if stage == "won" || stage == "lost" {
        pairs.push(("closed", edit::date(op.now.date_naive())));
    }
    pairs.push(("owner", Value::from(op.user.as_str())));
    edit::push_table(&mut doc, "deals", edit::table(pairs))?;
    let committed = op.commit(
        Transaction::new(format!(
            "deal add {cid}: {title} ({amount} {currency}, {stage})"
        ))
        .write(&cid, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(did),
        committed,
        warnings: Vec::new(),
    })
}

fn check_deal_stage(cfg: &Config, stage: &str) -> Result<()> {
    if cfg.deal_stages.iter().any(|s| s == stage) {
        Ok(())
    } else {
        Err(Error::invalid(
            "stage",
            format!(
                "'{stage}' is not a deal stage; one of: {}",
                cfg.deal_stages.join(", ")
            ),
        ))
    }
}

fn check_currency(c: &str) -> Result<()> {
    if c.len() == 3 && c.chars().all(|x| x.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(Error::invalid(
            "currency",
            format!("'{c}' is not a currency code like EUR"),
        ))
    }
}

/// `crm deal set ID KEY=VALUE…`.
pub fn deal_set(op: &Op, prefix: &str, assignments: &[Assignment]) -> Result<Outcome> {
    if assignments.is_empty() {
        return Err(Error::usage_hint(
            "nothing to set",
            "e.g. crm deal set d7k2 stage=won",
        ));
    }
    let _lock = op.store.lock()?;
    let all = op.all()?;
    let r = resolve::entry(&all.customers, prefix, true)?;
    let (_, mut doc) = op.doc(&r.customer)?;
    let today = op.now.date_naive();
    let cfg = op.cfg().clone();
    let arr = edit::tables_mut(&mut doc, "deals")?;
    let i = arr
        .iter()
        .position(|t| t.get("id").and_then(Item::as_str) == Some(r.id.as_str()))
        .ok_or_else(|| Error::NotFound {
            what: "deal",
            query: prefix.to_string(),
            candidates: Vec::new(),
        })?;
    let t = arr.get_mut(i).expect("position just found");
    let closed_given = assignments.iter().any(|a| a.key == "closed");
    for a in assignments {
        if a.op != AssignOp::Set {
            return Err(Error::usage(format!(
                "{}: deals take KEY=VALUE only",
                a.key
            )));
        }
        let v = a.value.trim();
        match a.key.as_str() {
            "title" if !v.is_empty() => edit::set(t, "title", edit::string(v)),
            "amount" => {
                let d = model::parse_amount(v).map_err(|m| Error::invalid("amount", m))?;
                edit::set(t, "amount", edit::amount(d));
            }
            "currency" => {
                let c = v.to_uppercase();
                check_currency(&c)?;
                edit::set(t, "currency", Value::from(c));
            }
            "stage" => {
                check_deal_stage(&cfg, v)?;
                edit::set(t, "stage", Value::from(v));
                if (v == "won" || v == "lost") && !closed_given {
                    edit::set(t, "closed", edit::date(today));
                } else if v != "won" && v != "lost" && !closed_given {
                    edit::remove(t, "closed");
                }
            }
            "probability" if v.is_empty() => {
                edit::remove(t, "probability");
            }
            "probability" => {
                let p: u8 = v
                    .trim_end_matches('%')
                    .parse()
                    .ok()
                    .filter(|p| *p <= 100)
                    .ok_or_else(|| {
                        Error::invalid(
                            "probability",
                            format!("'{v}' is not a percentage from 0 to 100"),
                        )
                    })?;
                edit::set(t, "probability", Value::from(i64::from(p)));
            }
            "expected" | "closed" if v.is_empty() => {
                edit::remove(t, &a.key);
            }
            "expected" | "closed" => {
                let d = when::parse_date(&a.key, v, today)?;
                edit::set(t, &a.key, edit::date(d));
            }
            "owner" if !v.is_empty() => edit::set(t, "owner", Value::from(v)),
            other => {
                return Err(Error::usage_hint(
                    format!("'{other}' cannot be set on a deal (or its value is empty)"),
                    "deal fields: title, amount, currency, stage, probability, expected, closed, owner",
                ));
            }
        }
    }
    let summary: Vec<String> = assignments.iter().map(Assignment::show).collect();
    let committed = op.commit(
        Transaction::new(format!(
            "deal set {} {}: {}",
            r.customer,
            r.id,
            summary.join(", ")
        ))
        .write(&r.customer, doc.to_string()),
    )?;
    Ok(Outcome {
        id: Some(r.id),
        committed,
        warnings: Vec::new(),
    })
}

/// How `crm resolve` settles a recorded conflict.
#[derive(Debug, Clone)]
pub enum Resolution {
    /// This value (typed as TOML when it reads as one, else a string).
    Value(String),
    /// The value recorded as ours / theirs.
    Ours,
    Theirs,
}

/// `crm resolve CUSTOMER FIELD VALUE|--ours|--theirs`: set the field and
/// drop the `[[conflicts]]` entries about it, in one commit.
pub fn resolve(op: &Op, reference: &str, field: &str, how: &Resolution) -> Result<Outcome> {
    let _lock = op.store.lock()?;
    let cid = op.customer_id(reference)?;
    let (_, mut doc) = op.doc(&cid)?;
    let recorded: Vec<Table> = doc
        .get("conflicts")
        .and_then(Item::as_array_of_tables)
        .map(|a| {
            a.iter()
                .filter(|t| t.get("field").and_then(Item::as_str) == Some(field))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let Some(conflict) = recorded.last() else {
        let fields: Vec<String> = doc
            .get("conflicts")
            .and_then(Item::as_array_of_tables)
            .map(|a| {
                a.iter()
                    .filter_map(|t| t.get("field").and_then(Item::as_str).map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        return Err(Error::NotFound {
            what: "conflict",
            query: format!("{field} (at {cid})"),
            candidates: fields,
        });
    };
    let leaf = field.rsplit('.').next().unwrap_or(field);
    let value: Option<Value> = match how {
        // A phone number or e-mail typed here is taken as `crm set` takes it.
        Resolution::Value(v) if leaf == "phone" => {
            Some(edit::string(&op.normalize_phone(field, v)?))
        }
        Resolution::Value(v) if leaf == "email" => Some(edit::string(&op.check_email(field, v)?)),
        Resolution::Value(v) => Some(
            v.parse::<Value>()
                .ok()
                .filter(|x| !x.is_str() || v.trim_start().starts_with('"'))
                .unwrap_or_else(|| edit::string(v)),
        ),
        Resolution::Ours => conflict.get("ours").and_then(Item::as_value).cloned(),
        Resolution::Theirs => conflict.get("theirs").and_then(Item::as_value).cloned(),
    };
    let mut parts = field.splitn(3, '.');
    let (first, second, third) = (parts.next().unwrap_or(""), parts.next(), parts.next());
    let table: &mut Table = match (first, second, third) {
        ("activities" | "deals" | "contacts", Some(id), Some(_)) => {
            let key = if first == "contacts" { "name" } else { "id" };
            let arr = edit::tables_mut(&mut doc, first)?;
            arr.iter_mut()
                .find(|t| {
                    t.get(key).and_then(Item::as_str).is_some_and(|x| {
                        if key == "name" {
                            x.to_lowercase() == id
                        } else {
                            x == id
                        }
                    })
                })
                .ok_or_else(|| {
                    Error::invalid(field, format!("no entry '{id}' in {first} any more"))
                })?
        }
        ("fields", Some(_), None) => doc
            .get_mut("fields")
            .and_then(Item::as_table_mut)
            .ok_or_else(|| Error::invalid(field, "the [fields] table is gone"))?,
        _ => doc.as_table_mut(),
    };
    let key = field.rsplit('.').next().unwrap_or(field);
    match value {
        Some(v) => edit::set(table, key, v),
        None => {
            edit::remove(table, key);
        }
    }
    clear_conflicts(&mut doc, field);
    let committed = op
        .commit(Transaction::new(format!("resolve {cid}: {field}")).write(&cid, doc.to_string()))?;
    Ok(Outcome {
        id: Some(cid),
        committed,
        warnings: Vec::new(),
    })
}

/// What `crm merge` folded in.
#[derive(Debug, Default)]
pub struct Folded {
    pub into: String,
    pub activities: usize,
    pub deals: usize,
    pub contacts: usize,
    pub conflicts: Vec<String>,
}

/// `crm merge DUPLICATE INTO`: fold one customer into another in one
/// commit — activities and deals by id, contacts by name, tags as a set,
/// fields the target lacks taken over, differing values kept as
/// `[[conflicts]]` (the target's value stays in force), notes joined —
/// and remove the duplicate's file.
pub fn merge_customers(op: &Op, duplicate: &str, into: &str) -> Result<Folded> {
    let _lock = op.store.lock()?;
    let dup = op.customer_id(duplicate)?;
    let target = op.customer_id(into)?;
    if dup == target {
        return Err(Error::usage(format!(
            "'{duplicate}' and '{into}' are the same customer ({dup})"
        )));
    }
    let (_, dup_doc) = op.doc(&dup)?;
    let (_, mut doc) = op.doc(&target)?;
    let dup_name = dup_doc
        .get("name")
        .and_then(Item::as_str)
        .unwrap_or(&dup)
        .to_string();
    let when = edit::datetime(op.now);
    let mut folded = Folded {
        into: target.clone(),
        ..Folded::default()
    };
    let mut conflicts: Vec<Table> = Vec::new();
    let mut conflict = |field: String, ours: &Item, theirs: &Item, folded: &mut Folded| {
        let mut c = Table::new();
        c.insert("field", Item::Value(Value::from(field.as_str())));
        if let Some(v) = ours.as_value() {
            c.insert("ours", Item::Value(v.clone().decorated("", "")));
        }
        if let Some(v) = theirs.as_value() {
            c.insert("theirs", Item::Value(v.clone().decorated("", "")));
        }
        c.insert("when", Item::Value(when.clone()));
        folded.conflicts.push(field);
        conflicts.push(c);
    };
    // Plain values and tables of the duplicate.
    for (k, item) in dup_doc.iter() {
        if ["name", "contacts", "deals", "activities", "conflicts"].contains(&k) {
            continue;
        }
        match (k, doc.get(k)) {
            ("tags", _) => {
                if let Some(arr) = item.as_array() {
                    for t in arr.iter().filter_map(Value::as_str) {
                        edit::array_add(doc.as_table_mut(), "tags", t, |a, b| {
                            a.eq_ignore_ascii_case(b)
                        })?;
                    }
                }
            }
            ("notes", Some(mine)) => {
                let (a, b) = (
                    mine.as_str().unwrap_or("").trim_end(),
                    item.as_str().unwrap_or("").trim_end(),
                );
                if a != b && !b.is_empty() {
                    let joined = format!("{a}\n\n(from {dup_name})\n{b}\n");
                    edit::set(doc.as_table_mut(), "notes", edit::string(&joined));
                }
            }
            ("created", Some(mine)) => {
                let older = item.as_datetime().map(ToString::to_string)
                    < mine.as_datetime().map(ToString::to_string);
                if older && let Some(v) = item.as_value() {
                    edit::set(doc.as_table_mut(), "created", v.clone());
                }
            }
            ("fields", Some(Item::Table(_))) => {
                if let Some(theirs) = item.as_table() {
                    for (fk, fv) in theirs.iter() {
                        let mine = doc.get("fields").and_then(|f| f.get(fk)).cloned();
                        match mine {
                            None => {
                                if let Some(f) = doc.get_mut("fields").and_then(Item::as_table_mut)
                                {
                                    f.insert(fk, fv.clone());
                                }
                            }
                            Some(m)
                                if m.as_value().map(|v| v.to_string().trim().to_string())
                                    != fv.as_value().map(|v| v.to_string().trim().to_string()) =>
                            {
                                conflict(format!("fields.{fk}"), &m, fv, &mut folded);
                            }
                            _ => {}
                        }
                    }
                }
            }
            (_, None) => {
                doc.insert(k, item.clone());
            }
            (_, Some(mine)) => {
                let same = mine.as_value().map(|v| v.to_string().trim().to_string())
                    == item.as_value().map(|v| v.to_string().trim().to_string());
                if !same {
                    let mine = mine.clone();
                    conflict(k.to_string(), &mine, item, &mut folded);
                }
            }
        }
    }
    // Contacts by name; deals and activities by id.
    if let Some(arr) = dup_doc.get("contacts").and_then(Item::as_array_of_tables) {
        for t in arr.iter() {
            let name = t
                .get("name")
                .and_then(Item::as_str)
                .unwrap_or("")
                .to_string();
            match edit::find_table(&doc, "contacts", "name", |x| x.eq_ignore_ascii_case(&name)) {
                None => {
                    edit::push_table(&mut doc, "contacts", t.clone())?;
                    folded.contacts += 1;
                }
                Some(i) => {
                    let mine = edit::tables_mut(&mut doc, "contacts")?
                        .get_mut(i)
                        .expect("index from find_table");
                    let mut clashes = Vec::new();
                    for (k, v) in t.iter() {
                        match mine.get(k) {
                            None => {
                                mine.insert(k, v.clone());
                            }
                            Some(m)
                                if m.as_value().map(|x| x.to_string().trim().to_string())
                                    != v.as_value().map(|x| x.to_string().trim().to_string()) =>
                            {
                                clashes.push((k.to_string(), m.clone(), v.clone()));
                            }
                            _ => {}
                        }
                    }
                    for (k, m, v) in clashes {
                        conflict(
                            format!("contacts.{}.{k}", name.to_lowercase()),
                            &m,
                            &v,
                            &mut folded,
                        );
                    }
                }
            }
        }
    }
    for key in ["deals", "activities"] {
        if let Some(arr) = dup_doc.get(key).and_then(Item::as_array_of_tables) {
            for t in arr.iter() {
                let eid = t.get("id").and_then(Item::as_str).unwrap_or("").to_string();
                if edit::find_table(&doc, key, "id", |x| x == eid).is_some() {
                    continue;
                }
                if key == "activities" {
                    edit::insert_activity(&mut doc, t.clone())?;
                    folded.activities += 1;
                } else {
                    edit::push_table(&mut doc, key, t.clone())?;
                    folded.deals += 1;
                }
            }
        }
    }
    if let Some(arr) = dup_doc.get("conflicts").and_then(Item::as_array_of_tables) {
        for t in arr.iter() {
            edit::push_table(&mut doc, "conflicts", t.clone())?;
        }
    }
    for c in conflicts {
        edit::push_table(&mut doc, "conflicts", c)?;
    }
    // Tables from another document carry its positions: render in order.
    for key in ["contacts", "deals", "activities", "conflicts"] {
        if let Some(arr) = doc.get_mut(key).and_then(Item::as_array_of_tables_mut) {
            for t in arr.iter_mut() {
                t.set_position(None);
            }
        }
    }
    let msg = format!(
        "merge {dup} into {target}: {} activities, {} deals, {} contacts{}",
        folded.activities,
        folded.deals,
        folded.contacts,
        if folded.conflicts.is_empty() {
            String::new()
        } else {
            format!(", {} conflicts", folded.conflicts.len())
        }
    );
    op.commit(
        Transaction::new(msg)
            .write(&target, doc.to_string())
            .remove(&dup),
    )?;
    Ok(folded)
}
