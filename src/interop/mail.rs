//! `crm mail import`: e-mail as activities.
//!
//! Reads mbox files, Maildir folders and single messages (`.eml`) with
//! `mail-parser` (MIME, RFC 2047 encoded words, charsets), matches every
//! sender and recipient to customers by their own and their contacts'
//! e-mail addresses (and, when asked, by the domain of a firm's address),
//! and logs one `email` activity per message per customer: the subject,
//! whether it was sent or received, who of the team sent or received it
//! (`[team]` e-mails in crm.toml), the names of the attachments (never
//! their content), and the Message-ID as the activity's `ref`, so that a
//! message already logged for a customer is never logged again. What else
//! of a message is kept is the store's choice (`[mail] keep`): the subject
//! only, by default. The whole import is one transaction, one commit.

use crate::error::{Error, Result};
use crate::model::config::MailKeep;
use crate::model::{Customer, id};
use crate::ops::truncate;
use crate::store::{Broken, Store, Transaction, edit};
use chrono::{DateTime, FixedOffset, NaiveDate};
use mail_parser::{MessageParser, MimeHeaders};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use toml_edit::{Item, Value};

/// One message, as much of it as an activity can keep.
#[derive(Debug, Clone, Default)]
pub struct Mail {
    /// The Message-ID without its angle brackets, or a stand-in made from
    /// the date, sender and subject when the message has none.
    pub message_id: String,
    pub date: Option<DateTime<FixedOffset>>,
    pub from: Vec<Address>,
    /// To, Cc and Bcc, in that order.
    pub to: Vec<Address>,
    pub cc: Vec<Address>,
    pub bcc: Vec<Address>,
    pub subject: Option<String>,
    /// File names of the attachments.
    pub attachments: Vec<String>,
    /// The first lines of the plain-text body (only read when kept).
    pub body: Vec<String>,
}

/// A mailbox: a display name and an address (lower case).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Address {
    pub name: Option<String>,
    pub email: String,
}

impl std::fmt::Display for Address {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.name {
            Some(n) => write!(f, "{n} <{}>", self.email),
            None => write!(f, "{}", self.email),
        }
    }
}

/// What was read from the paths.
#[derive(Debug, Default)]
pub struct Read {
    pub mails: Vec<Mail>,
    /// Messages that did not parse as e-mail.
    pub unreadable: usize,
}

/// Read every message of an mbox file, a Maildir folder (its `cur/` and
/// `new/`) or a single message file. `body_lines`: how many lines of the
/// body to keep (0: none).
pub fn read(path: &Path, body_lines: usize, into: &mut Read) -> Result<()> {
    let parser = MessageParser::default();
    let mut add =
        |raw: &[u8], internal: Option<u64>| match mail_of(&parser, raw, internal, body_lines) {
            Some(m) => into.mails.push(m),
            None => into.unreadable += 1,
        };
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_dir() {
        if !(path.join("cur").is_dir() && path.join("new").is_dir()) {
            return Err(Error::usage_hint(
                format!(
                    "{}: a folder that is not a Maildir (it has no cur/ and new/)",
                    path.display()
                ),
                "give a Maildir folder (each Maildir++ subfolder such as .Sent on its own), an mbox file or .eml files",
            ));
        }
        let messages = mail_parser::mailbox::maildir::MessageIterator::new(path)
            .map_err(|e| Error::io(path, e))?;
        for m in messages {
            let m = m.map_err(|e| Error::io(path, e))?;
            add(m.contents(), Some(m.internal_date()));
        }
        return Ok(());
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if bytes.starts_with(b"From ") {
        let messages =
            mail_parser::mailbox::mbox::MessageIterator::new(std::io::Cursor::new(&bytes));
        for m in messages {
            let m = m.map_err(|e| Error::io(path, e))?;
            add(m.contents(), Some(m.internal_date()).filter(|d| *d > 0));
        }
    } else {
        // One message: a file that is none (no sender or recipient) is
        // refused, as a folder that is not a Maildir is.
        match mail_of(&parser, &bytes, None, body_lines) {
            Some(m) => into.mails.push(m),
            None => {
                return Err(Error::usage_hint(
                    format!(
                        "{}: not an e-mail (no sender or recipient) and not an mbox file (it does not start with 'From ')",
                        path.display()
                    ),
                    "give an mbox file, a Maildir folder or .eml files",
                ));
            }
        }
    }
    Ok(())
}

fn mail_of(
    parser: &MessageParser,
    raw: &[u8],
    internal: Option<u64>,
    body_lines: usize,
) -> Option<Mail> {
    let m = parser.parse(raw)?;
    let list = |a: Option<&mail_parser::Address>| -> Vec<Address> {
        a.map(|a| {
            a.iter()
                .filter_map(|x| {
                    let email = x.address()?.trim().to_lowercase();
                    crate::model::is_email(&email).then(|| Address {
                        name: x
                            .name()
                            .map(one_line)
                            .filter(|n| !n.is_empty() && n.to_lowercase() != email),
                        email,
                    })
                })
                .collect()
        })
        .unwrap_or_default()
    };
    let from = list(m.from());
    let to = list(m.to());
    let cc = list(m.cc());
    let bcc = list(m.bcc());
    if from.is_empty() && to.is_empty() && cc.is_empty() {
        return None;
    }
    let date = m
        .date()
        .filter(|d| d.is_valid())
        .and_then(|d| DateTime::parse_from_rfc3339(&d.to_rfc3339()).ok())
        .or_else(|| {
            let secs = i64::try_from(internal?).ok()?;
            DateTime::from_timestamp(secs, 0).map(|t| t.fixed_offset())
        });
    let subject = m.subject().map(one_line).filter(|s| !s.is_empty());
    let message_id = match m.message_id().map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => one_line(id.trim_start_matches('<').trim_end_matches('>')),
        None => stand_in_id(date, &from, subject.as_deref()),
    };
    let attachments = m
        .attachments()
        .filter_map(|a| a.attachment_name().map(one_line))
        .filter(|n| !n.is_empty())
        .collect();
    let body = if body_lines == 0 {
        Vec::new()
    } else {
        m.body_text(0)
            .map(|t| first_lines(&t, body_lines))
            .unwrap_or_default()
    };
    Some(Mail {
        message_id,
        date,
        from,
        to,
        cc,
        bcc,
        subject,
        attachments,
        body,
    })
}

/// A Message-ID for a message that has none, the same every time the
/// same message is read.
fn stand_in_id(
    date: Option<DateTime<FixedOffset>>,
    from: &[Address],
    subject: Option<&str>,
) -> String {
    use sha1::Digest;
    let mut h = sha1::Sha1::new();
    h.update(date.map(|d| d.to_rfc3339()).unwrap_or_default());
    h.update([0]);
    for a in from {
        h.update(&a.email);
        h.update([0]);
    }
    h.update(subject.unwrap_or_default());
    let d = h.finalize();
    let hex: String = d.iter().take(10).map(|b| format!("{b:02x}")).collect();
    format!("{hex}@no-message-id.crm")
}

/// Text from a header on one line, control characters out.
fn one_line(s: &str) -> String {
    s.split(|c: char| c.is_control())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first `n` lines of what the sender wrote: blank lines, quoted
/// lines (`>`) and the quote's "… wrote:" line left out, nothing from
/// the signature (`-- `) on.
fn first_lines(body: &str, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    for line in body.lines() {
        if line == "-- " || line == "--" {
            break;
        }
        let t = line.trim();
        if t.is_empty() || t.starts_with('>') || (t.ends_with("wrote:") && t.len() < 200) {
            continue;
        }
        out.push(one_line(t));
        if out.len() == n {
            break;
        }
    }
    out
}

/// How to import.
#[derive(Debug, Clone)]
pub struct Options {
    /// Only messages dated on or after this day.
    pub since: Option<NaiveDate>,
    pub keep: MailKeep,
    /// Match by the domain of a firm's e-mail address too.
    pub match_domains: bool,
    /// The acting user's handle (`by` when no team member is on a
    /// message) and e-mail address (a team address even without `[team]`).
    pub user: String,
    pub user_email: Option<String>,
    /// Names the import in the commit message (the paths' file names).
    pub source: String,
}

/// What an import does (or, dry, would do).
#[derive(Debug, Default)]
pub struct Plan {
    /// Messages read (after `--since`).
    pub messages: usize,
    /// Messages that got at least one new activity.
    pub logged: usize,
    /// New activities, and the customers they went to.
    pub activities: usize,
    pub customers: usize,
    /// Messages every matched customer had already.
    pub already: usize,
    /// Messages that matched no customer.
    pub unmatched: usize,
    /// Messages before `--since`.
    pub before_since: usize,
    /// Messages with no date at all (not logged).
    pub undated: usize,
    /// The same message met twice in this import (counted once).
    pub duplicates: usize,
    /// Customer files that could not be read (skipped).
    pub broken: Vec<Broken>,
    pub tx: Transaction,
}

/// Who is who: e-mail addresses of customers and contacts, domains of
/// firms, the team's addresses.
struct Index {
    by_email: HashMap<String, Vec<(String, Option<String>)>>,
    by_domain: HashMap<String, String>,
    team: HashMap<String, String>,
}

/// Domains of public mail providers: an address there says nothing of
/// the firm it belongs to.
const PUBLIC: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "yahoo.com",
    "ymail.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "gmx.com",
    "gmx.net",
    "gmx.de",
    "web.de",
    "t-online.de",
    "mail.ru",
    "yandex.ru",
    "yandex.com",
    "proton.me",
    "protonmail.com",
    "pm.me",
    "zoho.com",
    "fastmail.com",
    "hey.com",
    "mail.com",
    "mail.ee",
    "hot.ee",
    "online.ee",
    "neti.ee",
    "suomi24.fi",
    "luukku.com",
    "inbox.lv",
    "one.lt",
    "wp.pl",
    "o2.pl",
    "interia.pl",
    "seznam.cz",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "libero.it",
    "btinternet.com",
    "comcast.net",
    "qq.com",
    "163.com",
];

fn is_public(domain: &str) -> bool {
    PUBLIC.contains(&domain)
        || ["hotmail.", "outlook.", "yahoo.", "live.", "gmx."]
            .iter()
            .any(|p| domain.starts_with(p))
}

fn domain_of(email: &str) -> &str {
    email.rsplit_once('@').map_or("", |(_, d)| d)
}

impl Index {
    fn new(store: &Store, opts: &Options) -> Result<(Index, Vec<Broken>)> {
        let (cards, broken) = store.scan_heads(|c| {
            let has = c.email.is_some() || c.contacts.iter().any(|p| p.email.is_some());
            has.then(|| Customer {
                id: std::mem::take(&mut c.id),
                email: c.email.take(),
                contacts: std::mem::take(&mut c.contacts),
                ..Customer::default()
            })
        })?;
        let mut team: HashMap<String, String> = store
            .config
            .team
            .iter()
            .filter(|(_, m)| !m.email.trim().is_empty())
            .map(|(h, m)| (m.email.trim().to_lowercase(), h.clone()))
            .collect();
        if let Some(e) = &opts.user_email {
            team.entry(e.trim().to_lowercase())
                .or_insert_with(|| opts.user.clone());
        }
        let team_domains: HashSet<&str> = team.keys().map(|e| domain_of(e)).collect();
        let mut by_email: HashMap<String, Vec<(String, Option<String>)>> = HashMap::new();
        let mut domains: HashMap<String, HashSet<String>> = HashMap::new();
        for c in &cards {
            let mut add = |e: &str, contact: Option<&str>| {
                let e = e.trim().to_lowercase();
                if team.contains_key(&e) {
                    return;
                }
                let d = domain_of(&e).to_string();
                if opts.match_domains
                    && !d.is_empty()
                    && !is_public(&d)
                    && !team_domains.contains(d.as_str())
                {
                    domains.entry(d).or_default().insert(c.id.clone());
                }
                let v = by_email.entry(e).or_default();
                if !v.iter().any(|(id, _)| *id == c.id) {
                    v.push((c.id.clone(), contact.map(str::to_string)));
                }
            };
            for p in &c.contacts {
                if let Some(e) = &p.email {
                    add(e, Some(&p.name));
                }
            }
            if let Some(e) = &c.email {
                add(e, None);
            }
        }
        // A domain two customers share names neither.
        let by_domain = domains
            .into_iter()
            .filter(|(_, ids)| ids.len() == 1)
            .filter_map(|(d, ids)| Some((d, ids.into_iter().next()?)))
            .collect();
        Ok((
            Index {
                by_email,
                by_domain,
                team,
            },
            broken,
        ))
    }

    /// The customers an address belongs to, with the contact it is of.
    fn customers_of(&self, email: &str) -> Vec<(String, Option<String>)> {
        if let Some(v) = self.by_email.get(email) {
            return v.clone();
        }
        self.by_domain
            .get(domain_of(email))
            .map(|id| vec![(id.clone(), None)])
            .unwrap_or_default()
    }
}

/// One activity to add to a customer.
struct Entry {
    reference: String,
    at: DateTime<FixedOffset>,
    by: String,
    with: Option<String>,
    text: String,
}

/// Match the messages to customers and build the transaction (one commit)
/// that logs them; nothing is written here.
pub fn plan(store: &Store, mails: Vec<Mail>, opts: &Options) -> Result<Plan> {
    if !store.config.activity_kinds.iter().any(|k| k == "email") {
        return Err(Error::invalid(
            "activity_kinds",
            "crm mail import logs activities of kind 'email', which this store does not have"
                .to_string(),
        )
        .with_hint("add \"email\" to activity_kinds in crm.toml"));
    }
    let (index, broken) = Index::new(store, opts)?;
    let mut plan = Plan {
        broken,
        ..Plan::default()
    };
    let mut seen: HashSet<String> = HashSet::new();
    // Per customer, its new entries (a BTreeMap: files in id order).
    let mut per_customer: BTreeMap<String, Vec<Entry>> = BTreeMap::new();
    for m in mails {
        let Some(at) = m.date else {
            plan.undated += 1;
            continue;
        };
        if opts.since.is_some_and(|s| at.date_naive() < s) {
            plan.before_since += 1;
            continue;
        }
        if !seen.insert(m.message_id.clone()) {
            plan.duplicates += 1;
            continue;
        }
        plan.messages += 1;
        let sender_team = m.from.iter().find_map(|a| index.team.get(&a.email));
        let recipients = || m.to.iter().chain(&m.cc).chain(&m.bcc);
        let (sent, by) = match sender_team {
            Some(h) => (true, h.clone()),
            None => (
                false,
                recipients()
                    .find_map(|a| index.team.get(&a.email))
                    .cloned()
                    .unwrap_or_else(|| opts.user.clone()),
            ),
        };
        // Every party that is not the team: the customers they belong to.
        let mut hits: Vec<(String, Option<String>)> = Vec::new();
        for a in m.from.iter().chain(recipients()) {
            if index.team.contains_key(&a.email) {
                continue;
            }
            for (cid, contact) in index.customers_of(&a.email) {
                match hits.iter_mut().find(|(id, _)| *id == cid) {
                    Some((_, w)) if w.is_none() => *w = contact,
                    Some(_) => {}
                    None => hits.push((cid, contact)),
                }
            }
        }
        if hits.is_empty() {
            plan.unmatched += 1;
            continue;
        }
        let text = text_of(&m, sent, opts.keep);
        for (cid, with) in hits {
            per_customer.entry(cid).or_default().push(Entry {
                reference: m.message_id.clone(),
                at,
                by: by.clone(),
                with,
                text: text.clone(),
            });
        }
    }
    // The refs each of those customers has, through the cache (current
    // with the files): a customer that has every message already is not
    // parsed at all, so importing the same mail again costs little.
    let (known, _) = store.scan_where(
        |c| per_customer.contains_key(&c.id),
        |c| {
            let refs: HashSet<String> = c
                .activities
                .iter()
                .filter_map(|a| a.reference.clone())
                .collect();
            Some((std::mem::take(&mut c.id), refs))
        },
    )?;
    let known: HashMap<String, HashSet<String>> = known.into_iter().collect();
    // Write each customer once, leaving out what it has already.
    let mut logged: HashSet<(String, String)> = HashSet::new();
    let mut tx = Transaction::new(String::new());
    for (cid, entries) in per_customer {
        if known
            .get(&cid)
            .is_some_and(|have| entries.iter().all(|e| have.contains(&e.reference)))
        {
            continue;
        }
        let rel = Store::rel_path(&cid);
        let text = store.read_text(&cid)?;
        let mut doc = edit::parse(&rel, &text)?;
        let have: HashSet<String> = doc
            .get("activities")
            .and_then(Item::as_array_of_tables)
            .map(|arr| {
                arr.iter()
                    .filter_map(|t| t.get("ref").and_then(Item::as_str).map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let mut added = 0;
        for e in entries {
            if have.contains(&e.reference) {
                continue;
            }
            let aid = id::new_id('a');
            let mut pairs = vec![
                ("id", Value::from(aid.as_str())),
                ("at", edit::datetime(e.at)),
                ("kind", Value::from("email")),
                ("by", Value::from(e.by.as_str())),
            ];
            if let Some(w) = &e.with {
                pairs.push(("with", edit::string(w)));
            }
            pairs.push(("text", edit::string(&e.text)));
            pairs.push(("ref", edit::string(&e.reference)));
            edit::insert_activity(&mut doc, edit::table(pairs))?;
            logged.insert((cid.clone(), e.reference));
            added += 1;
        }
        if added > 0 {
            plan.activities += added;
            plan.customers += 1;
            tx = tx.write(&cid, doc.to_string());
        }
    }
    plan.logged = logged
        .iter()
        .map(|(_, r)| r.as_str())
        .collect::<HashSet<_>>()
        .len();
    plan.already = plan.messages - plan.unmatched - plan.logged;
    tx.message = format!(
        "mail import {}: {} e-mail{} for {} customer{}",
        truncate(&opts.source, 60),
        plan.logged,
        if plan.logged == 1 { "" } else { "s" },
        plan.customers,
        if plan.customers == 1 { "" } else { "s" }
    );
    plan.tx = tx;
    Ok(plan)
}

/// The activity's text: direction and subject, attachment names, and
/// what `[mail] keep` asks for.
fn text_of(m: &Mail, sent: bool, keep: MailKeep) -> String {
    let subject = m.subject.as_deref().unwrap_or("(no subject)");
    let mut lines = vec![format!(
        "{}: {subject}",
        if sent { "sent" } else { "received" }
    )];
    if !m.attachments.is_empty() {
        lines.push(format!("attachments: {}", m.attachments.join(", ")));
    }
    if keep != MailKeep::Subject {
        let join = |v: &[Address]| {
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        lines.push(format!("From: {}", join(&m.from)));
        if !m.to.is_empty() {
            lines.push(format!("To: {}", join(&m.to)));
        }
        if !m.cc.is_empty() {
            lines.push(format!("Cc: {}", join(&m.cc)));
        }
    }
    if keep == MailKeep::Body && !m.body.is_empty() {
        lines.push(String::new());
        lines.extend(m.body.iter().cloned());
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_lines_leave_out_quotes_and_the_signature() {
        let body = "Hello Mari,\n\nthe offer is fine.\n\nOn Mon, Pekka wrote:\n> old text\n> more\n-- \nPekka\n";
        assert_eq!(
            first_lines(body, 5),
            vec!["Hello Mari,", "the offer is fine."]
        );
        assert_eq!(first_lines(body, 1), vec!["Hello Mari,"]);
    }

    #[test]
    fn header_text_is_one_line() {
        assert_eq!(
            one_line("Re:\r\n  the\toffer\x1b[31m"),
            "Re: the offer [31m"
        );
    }

    #[test]
    fn public_domains_say_nothing_of_a_firm() {
        assert!(is_public("gmail.com"));
        assert!(is_public("hotmail.fi"));
        assert!(!is_public("aripaev.example"));
    }
}
