//! The agenda (`crm agenda`, and `crm` alone): what needs me today and in
//! the next days — overdue tasks, open complaints, tasks due in the window,
//! meetings in the window, warnings, contacts' birthdays in the window,
//! stale customers, and tasks without a date.
//!
//! "Mine" (SPEC §4): tasks, complaints and meetings whose `by` is me;
//! birthdays of the customers I own; warnings as their rule says (by
//! default: the record's owner, see `report::rules`). `--all` drops that
//! filter. The window is today and the `days` days after it.
//!
//! Overdue tasks, stale customers and the budget warnings are warning
//! rules (`report::rules`), so a firm can tune them or switch them off in
//! crm.toml; their lines carry the rule's name.

use super::rules::{Hit, Rules};
use crate::model::Customer;
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

/// The agenda's sections, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    Overdue,
    Complaint,
    Due,
    Meeting,
    Warning,
    Birthday,
    Stale,
    Undated,
    /// A contract's notice date or end (`report::contracts`).
    Contract,
}

impl Section {
    /// The section's heading in the human view.
    pub fn title(self) -> &'static str {
        match self {
            Section::Overdue => "Overdue tasks",
            Section::Complaint => "Open complaints",
            Section::Due => "Tasks due",
            Section::Meeting => "Meetings",
            Section::Warning => "Warnings",
            Section::Birthday => "Birthdays",
            Section::Stale => "Stale customers",
            Section::Undated => "Tasks with no date",
            Section::Contract => "Contracts",
        }
    }
}

/// One line of the agenda.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub section: Section,
    /// Due date, meeting date, birthday (this occurrence), last contact
    /// (stale; null when never contacted), a warning's date; null for
    /// tasks without a date.
    pub date: Option<NaiveDate>,
    /// Meeting time, or the time a task is due, `HH:MM`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Customer id.
    pub customer: String,
    pub name: String,
    /// Activity id (tasks, complaints, meetings) or deal id (warnings
    /// about deals).
    pub id: Option<String>,
    /// Who: the task's or meeting's `by`, else the customer's owner.
    pub by: Option<String>,
    /// The task or meeting text, the contact's name and age, or the
    /// warning's message.
    pub text: String,
    /// The warning rule behind the line (overdue, stale and warnings).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

/// What the agenda is for.
pub struct Options<'a> {
    /// `None`: everybody's (`--all`).
    pub user: Option<&'a str>,
    pub today: NaiveDate,
    /// Days after today in the window.
    pub days: u32,
    /// The warning rules (crm.toml and the built-in ones).
    pub rules: &'a Rules,
    /// crm.toml's `complaint_kinds`.
    pub complaint_kinds: &'a [String],
}

/// Build the agenda, sorted by section, then date, then customer.
pub fn agenda(customers: &[Customer], o: &Options) -> Vec<Item> {
    let mut items: Vec<Item> = customers.iter().flat_map(|c| items_of(c, o)).collect();
    sort(&mut items);
    items
}

/// The section of a warning rule's lines.
fn section_of(rule: &str) -> Section {
    match rule {
        "overdue" => Section::Overdue,
        "stale" => Section::Stale,
        "contract-ending" => Section::Contract,
        _ => Section::Warning,
    }
}

/// The agenda's lines about one customer, unsorted. `crm agenda` gathers
/// them customer by customer as the store is read (in id order), then
/// [`sort`]s them: the same as [`agenda`].
pub fn items_of(c: &Customer, o: &Options) -> Vec<Item> {
    let end = o
        .today
        .checked_add_signed(Duration::days(o.days.into()))
        .unwrap_or(NaiveDate::MAX);
    let in_window = |d: NaiveDate| o.today <= d && d <= end;
    let mine = |who: Option<&str>| o.user.is_none() || who == o.user;
    let mut items = Vec::new();
    for a in &c.activities {
        if !mine(a.by.as_deref()) {
            continue;
        }
        // Most activities are neither due nor a meeting in the window:
        // nothing is copied for them.
        let item = |section, date, time| Item {
            section,
            date,
            time,
            customer: c.id.clone(),
            name: c.name.clone(),
            id: Some(a.id.clone()),
            by: a.by.clone(),
            text: a
                .text
                .as_deref()
                .and_then(|t| t.lines().next())
                .unwrap_or("")
                .to_string(),
            rule: None,
        };
        let time = a
            .due
            .and_then(|d| d.time())
            .map(|t| t.format("%H:%M").to_string());
        if a.is_open_task() {
            let complaint = o.complaint_kinds.contains(&a.kind);
            match a.due_date() {
                _ if complaint => items.push(item(Section::Complaint, a.due_date(), time)),
                // Overdue tasks are the `overdue` rule's.
                Some(due) if in_window(due) => items.push(item(Section::Due, Some(due), time)),
                Some(_) => {}
                None => items.push(item(Section::Undated, None, None)),
            }
        } else if a.kind == "meeting" && in_window(a.at.date_naive()) {
            items.push(item(
                Section::Meeting,
                Some(a.at.date_naive()),
                Some(a.at.format("%H:%M").to_string()),
            ));
        }
    }
    for h in o.rules.hits(c, o.user, o.today, o.days) {
        let Hit {
            rule,
            customer,
            name,
            id,
            by,
            date,
            text,
        } = h;
        items.push(Item {
            section: section_of(&rule),
            date,
            time: None,
            customer,
            name,
            id,
            by,
            text,
            rule: Some(rule),
        });
    }
    if !mine(c.owner.as_deref()) {
        return items;
    }
    for p in &c.contacts {
        let Some(born) = p.birthday else { continue };
        let Some(next) = born.next_on_or_after(o.today) else {
            continue;
        };
        if in_window(next) {
            // A birthday without a year says whose it is, not how old.
            let text = match born.year() {
                Some(y) => format!("{} turns {}", p.name, next.year() - y),
                None => format!("{}'s birthday", p.name),
            };
            items.push(Item {
                section: Section::Birthday,
                date: Some(next),
                time: None,
                customer: c.id.clone(),
                name: c.name.clone(),
                id: None,
                by: c.owner.clone(),
                text,
                rule: None,
            });
        }
    }
    items
}

/// The agenda's order: by section, then date (open complaints without a
/// date after the dated ones), then time, customer, id.
pub fn sort(items: &mut [Item]) {
    items.sort_by(|a, b| {
        let date = |i: &Item| {
            let undated_last = i.section == Section::Complaint && i.date.is_none();
            (undated_last, i.date)
        };
        a.section
            .cmp(&b.section)
            .then_with(|| date(a).cmp(&date(b)))
            .then_with(|| a.time.cmp(&b.time))
            .then_with(|| a.customer.cmp(&b.customer))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// The first birthday on or after `today` (29 February: 28 February in
/// other years).
pub fn next_birthday(born: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
    crate::model::birthday::Birthday::Date(born).next_on_or_after(today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn birthdays_wrap_the_year_and_leap_days() {
        assert_eq!(
            next_birthday(d("1975-03-14"), d("2026-11-24")),
            Some(d("2027-03-14"))
        );
        assert_eq!(
            next_birthday(d("1975-11-24"), d("2026-11-24")),
            Some(d("2026-11-24"))
        );
        assert_eq!(
            next_birthday(d("1980-02-29"), d("2026-11-24")),
            Some(d("2027-02-28"))
        );
        assert_eq!(
            next_birthday(d("1980-02-29"), d("2027-12-01")),
            Some(d("2028-02-29"))
        );
    }
}
