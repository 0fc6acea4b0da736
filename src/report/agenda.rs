//! The agenda (`crm agenda`, and `crm` alone): what needs me today and in
//! the next days — overdue tasks, tasks due in the window, meetings in the
//! window, contacts' birthdays in the window, and stale customers.
//!
//! "Mine" (SPEC §4): tasks and meetings whose `by` is me; birthdays and
//! stale customers of the customers I own. `--all` drops that filter.
//! The window is today and the `days` days after it.

use crate::model::Customer;
use crate::query::lang;
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

/// The agenda's sections, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    Overdue,
    Due,
    Meeting,
    Birthday,
    Stale,
    /// A contract's notice date or end (`report::contracts`).
    Contract,
}

impl Section {
    /// The section's heading in the human view.
    pub fn title(self) -> &'static str {
        match self {
            Section::Overdue => "Overdue tasks",
            Section::Due => "Tasks due",
            Section::Meeting => "Meetings",
            Section::Birthday => "Birthdays",
            Section::Stale => "Stale customers",
            Section::Contract => "Contracts",
        }
    }
}

/// One line of the agenda.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub section: Section,
    /// Due date, meeting date, birthday (this occurrence), or last contact
    /// (stale; null when never contacted).
    pub date: Option<NaiveDate>,
    /// Meeting time `HH:MM` (meetings only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Customer id.
    pub customer: String,
    pub name: String,
    /// Activity id (tasks and meetings).
    pub id: Option<String>,
    /// Who: the task's or meeting's `by`, else the customer's owner.
    pub by: Option<String>,
    /// The task or meeting text, the contact's name and age, or how long
    /// since the last contact.
    pub text: String,
}

/// What the agenda is for.
pub struct Options<'a> {
    /// `None`: everybody's (`--all`).
    pub user: Option<&'a str>,
    pub today: NaiveDate,
    /// Days after today in the window.
    pub days: u32,
    pub stale_after_days: u32,
}

/// Build the agenda, sorted by section, then date, then customer.
pub fn agenda(customers: &[Customer], o: &Options) -> Vec<Item> {
    let mut items: Vec<Item> = customers.iter().flat_map(|c| items_of(c, o)).collect();
    sort(&mut items);
    items
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
    let stale_before = o
        .today
        .checked_sub_signed(Duration::days(o.stale_after_days.into()))
        .unwrap_or(NaiveDate::MIN);
    let mut items = Vec::new();
    for a in &c.activities {
        if !mine(a.by.as_deref()) {
            continue;
        }
        // Most activities are neither due nor a meeting in the window:
        // nothing is copied for them.
        let item = |section, date, time| Item {
            section,
            date: Some(date),
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
        };
        if a.is_open_task()
            && let Some(due) = a.due
        {
            if due < o.today {
                items.push(item(Section::Overdue, due, None));
            } else if in_window(due) {
                items.push(item(Section::Due, due, None));
            }
        } else if a.kind == "meeting" && in_window(a.at.date_naive()) {
            items.push(item(
                Section::Meeting,
                a.at.date_naive(),
                Some(a.at.format("%H:%M").to_string()),
            ));
        }
    }
    items.extend(super::contracts::agenda_items(c, o));
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
            });
        }
    }
    if lang::is_stale(c, o.today, stale_before, true) {
        let last = lang::last_contact(c, o.today);
        let text = match last.or(c.created) {
            Some(d) if last.is_some() => {
                format!("no contact for {} days", (o.today - d).num_days())
            }
            Some(d) => format!(
                "never contacted; added {} days ago",
                (o.today - d).num_days()
            ),
            None => "never contacted".to_string(),
        };
        items.push(Item {
            section: Section::Stale,
            date: last,
            time: None,
            customer: c.id.clone(),
            name: c.name.clone(),
            id: None,
            by: c.owner.clone(),
            text,
        });
    }
    items
}

/// The agenda's order: by section, then date, then time, customer, id.
pub fn sort(items: &mut [Item]) {
    items.sort_by(|a, b| {
        a.section
            .cmp(&b.section)
            .then_with(|| a.date.cmp(&b.date))
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
