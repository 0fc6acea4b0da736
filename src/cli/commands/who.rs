//! `crm who`: whose phone number or e-mail address is this (caller id).

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::{Prints, clean};
use crate::cli::read;
use crm::ops::who::{self, Key, Owner};
use crm::{Error, Result};
use serde::Serialize;
use std::io::Write;

/// What `crm who` prints: one line per customer, or records in every format.
pub const PRINTS: Prints = Prints::Records;

/// Who is this? The customer and contact of a phone number or e-mail.
///
/// One line per customer that has it: name, contact, stage, owner, open
/// tasks and the last contact. Exit 3 when nobody has it.
///
/// NUMBER|EMAIL: a phone number in any format (55551234, +372 5555 1234,
/// 0037255551234, tel:+37255551234, sip:+37255551234@pbx) or an e-mail
/// address (pekka@firm.example, "Pekka <pekka@firm.example>",
/// mailto:…). Fast enough for every incoming call: it answers from the
/// cache's index of names, checked against the customer's file as it is
/// now. A number with its country code is read fastest. `-f json` gives
/// the fields a phone system or script needs (docs/json.md).
///
/// Example: crm who +37255551234
#[derive(Debug, clap::Args)]
pub struct WhoArgs {
    /// The phone number or e-mail address (a number may be given in
    /// several words: crm who 5555 1234).
    #[arg(value_name = "NUMBER|EMAIL", required = true, num_args = 1..)]
    pub key: Vec<String>,
}

/// One customer that has the number or address (docs/json.md, `crm who`).
#[derive(Debug, Serialize)]
struct Row {
    id: String,
    name: String,
    contact: Option<String>,
    role: Option<String>,
    stage: Option<String>,
    owner: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    open_tasks: usize,
    next_due: Option<String>,
    /// Open complaints (`complaint_kinds`): what a caller may be calling
    /// about.
    open_complaints: usize,
    last_contact: Option<String>,
    last_kind: Option<String>,
    last_text: Option<String>,
}

fn row(
    o: &Owner,
    now: chrono::DateTime<chrono::FixedOffset>,
    cfg: &crm::model::config::Config,
) -> Row {
    let c = &o.customer;
    let last = o.last_contact(now);
    let (complaints, open): (Vec<_>, Vec<_>) =
        c.open_tasks().partition(|a| cfg.is_complaint(&a.kind));
    let (phone, email) = match &o.contact {
        Some(p) => (p.phone.clone(), p.email.clone()),
        None => (c.phone.clone(), c.email.clone()),
    };
    Row {
        id: c.id.clone(),
        name: c.name.clone(),
        contact: o.contact.as_ref().map(|p| p.name.clone()),
        role: o.contact.as_ref().and_then(|p| p.role.clone()),
        stage: c.stage.clone(),
        owner: c.owner.clone(),
        phone,
        email,
        open_tasks: open.len(),
        next_due: open.iter().filter_map(|a| a.due_date()).min().map(|d| d.to_string()),
        open_complaints: complaints.len(),
        last_contact: last.map(|a| a.at.to_rfc3339()),
        last_kind: last.map(|a| a.kind.clone()),
        last_text: last
            .and_then(|a| a.text.as_deref())
            .and_then(|t| t.lines().next())
            .map(str::to_string),
    }
}

/// The one-line answer: `Name (id) · Contact, role · stage · owner …`.
fn line(r: &Row) -> String {
    let mut parts = vec![format!("{} ({})", r.name, r.id)];
    if let Some(c) = &r.contact {
        parts.push(match &r.role {
            Some(role) => format!("{c}, {role}"),
            None => c.clone(),
        });
    }
    if let Some(s) = &r.stage {
        parts.push(s.clone());
    }
    if let Some(o) = &r.owner {
        parts.push(format!("owner {o}"));
    }
    parts.push(match (r.open_tasks, &r.next_due) {
        (0, _) => "no open tasks".to_string(),
        (1, Some(d)) => format!("1 open task (due {d})"),
        (n, Some(d)) => format!("{n} open tasks (next due {d})"),
        (n, None) => format!("{n} open tasks"),
    });
    match r.open_complaints {
        0 => {}
        1 => parts.push("1 open complaint".to_string()),
        n => parts.push(format!("{n} open complaints")),
    }
    parts.push(match (&r.last_contact, &r.last_kind) {
        (Some(at), Some(kind)) => {
            let day = at.get(..10).unwrap_or(at);
            match &r.last_text {
                Some(t) => format!("last contact {day} {kind}: {t}"),
                None => format!("last contact {day} {kind}"),
            }
        }
        _ => "never contacted".to_string(),
    });
    parts.join(" · ")
}

/// Run `crm who`.
pub fn run(a: WhoArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let given = a.key.join(" ");
    let key = Key::parse("NUMBER|EMAIL", &given, &store.config.phone_country)?;
    let who::Found { owners, broken, .. } = who::owners(&store, &key)?;
    ctx.warn_broken(&broken);
    if owners.is_empty() {
        return Err(Error::NotFound {
            what: "customer",
            query: given.trim().to_string(),
            candidates: Vec::new(),
        });
    }
    let now = store.settings().clock.now();
    let rows: Vec<Row> = owners.iter().map(|o| row(o, now, &store.config)).collect();
    if ctx.format.is_none() {
        let mut out = std::io::stdout().lock();
        for r in &rows {
            writeln!(out, "{}", clean(&line(r))).map_err(out_err)?;
        }
        return Ok(());
    }
    let records = read::records(
        &rows,
        &[
            "id",
            "name",
            "contact",
            "stage",
            "owner",
            "open_tasks",
            "last_contact",
            "last_kind",
        ],
        "id",
    )?;
    read::print(ctx, &records)
}
