//! `crm show`: a customer's card.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::Prints;
use crate::cli::output::{self, Format};
use crm::Result;
use crm::model::{self, Customer};
use std::io::Write;

/// What `crm show` prints: the card, or the file as JSON.
pub const PRINTS: Prints = Prints::Only(&[Format::Table, Format::Json, Format::Jsonl]);

/// Show a customer's card: fields, time budget, contacts, open deals,
/// open tasks, open complaints, the last 10 activities and any merge
/// conflicts. `-f json` prints the file as
/// a JSON object.
///
/// CUSTOMER is an id, a name, an e-mail or phone of the customer or a
/// contact, a unique id prefix, or a clear fuzzy match.
///
/// Example: crm show aripaev
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The customer.
    pub customer: String,
    /// How many recent activities to show.
    #[arg(long, short = 'n', default_value_t = 10)]
    pub activities: usize,
}

/// Run `crm show`.
pub fn run(a: ShowArgs, ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let op = ctx.op(&store)?;
    let id = op.customer_id(&a.customer)?;
    if let Some(all) = op.loaded() {
        ctx.warn_broken(&all.broken);
    }
    let text = store.read_text(&id)?;
    let mut c = store.load(&id)?;
    let mut out = std::io::stdout().lock();
    match ctx.format_or(Format::Table) {
        Format::Json | Format::Jsonl => {
            let obj = model::json::customer(&id, &text)
                .map_err(|m| crm::Error::parse(crm::store::Store::rel_path(&id), None, None, m))?;
            let s = if ctx.format == Some(Format::Jsonl) {
                serde_json::to_string(&obj)
            } else {
                serde_json::to_string_pretty(&obj)
            }
            .map_err(|e| crm::Error::other(e.to_string(), None))?;
            writeln!(out, "{s}").map_err(out_err)
        }
        _ => {
            // Text from the data reaches the terminal escaped.
            output::clean_all(&mut c);
            let home = c.phone_country(&store.config.phone_country).to_string();
            card(
                &mut out,
                &c,
                a.activities,
                ctx,
                op.now.date_naive(),
                &store.config,
                &home,
            )
            .map_err(out_err)
        }
    }
}

fn card(
    out: &mut dyn Write,
    c: &Customer,
    n: usize,
    ctx: &Ctx,
    today: chrono::NaiveDate,
    cfg: &crm::model::config::Config,
    home: &str,
) -> std::io::Result<()> {
    // Numbers in the national format of the customer's country, others
    // international (stored in E.164: docs/format.md).
    let shown = |p: &Option<String>| p.as_deref().map(|p| crm::model::phone::display(p, home));
    writeln!(out, "{}  ({})", ctx.bold(&c.name), c.id)?;
    // Labels as wide as the widest, custom fields included.
    let w = c.fields.keys().map(|k| k.chars().count()).max().unwrap_or(0).max(8);
    let mut row = |k: &str, v: Option<String>| -> std::io::Result<()> {
        if let Some(v) = v.filter(|v| !v.is_empty()) {
            writeln!(out, "  {k:<w$} {v}")?;
        }
        Ok(())
    };
    row("stage", c.stage.clone())?;
    row("owner", c.owner.clone())?;
    row("tags", Some(c.tags.join(", ")))?;
    row("email", c.email.clone())?;
    row("phone", shown(&c.phone))?;
    row("country", c.country.clone())?;
    row("website", c.website.clone())?;
    row("address", c.address.clone())?;
    row("reg_code", c.reg_code.clone())?;
    row("created", c.created.map(|d| d.to_string()))?;
    row(
        "budget",
        model::budget::used(c, &cfg.budgets, today).map(|u| {
            format!(
                "{} min/{}{}; {} min used this {} ({}%)",
                u.budget.minutes,
                u.budget.per.name(),
                if u.budget.own { "" } else { " (crm.toml)" },
                u.minutes,
                u.budget.per.name(),
                crm::report::rules::percent(u.percent)
            )
        }),
    )?;
    for (k, v) in &c.fields {
        row(k, Some(output::cell(Some(&model::json::toml_to_json(v)))))?;
    }
    if let Some(notes) = c.notes.as_deref().filter(|s| !s.trim().is_empty()) {
        writeln!(out, "  notes")?;
        for l in notes.trim_end().lines() {
            writeln!(out, "    {l}")?;
        }
    }
    if !c.conflicts.is_empty() {
        writeln!(
            out,
            "\n{}",
            ctx.red(&format!("Conflicts to resolve ({})", c.conflicts.len()))
        )?;
        for k in &c.conflicts {
            let v = |x: &Option<toml::Value>| {
                x.as_ref().map_or("(none)".to_string(), |v| v.to_string())
            };
            writeln!(
                out,
                "  {}: ours {} / theirs {} (was {})",
                k.field,
                v(&k.ours),
                v(&k.theirs),
                v(&k.base)
            )?;
        }
        writeln!(out, "  resolve with: crm set {} FIELD=VALUE", c.id)?;
    }
    if !c.contacts.is_empty() {
        writeln!(out, "\n{}", ctx.bold("Contacts"))?;
        // One column each for name, role, e-mail, phone and birthday.
        let rows: Vec<Vec<String>> = c
            .contacts
            .iter()
            .map(|p| {
                vec![
                    p.name.clone(),
                    p.role.clone().unwrap_or_default(),
                    p.email.clone().unwrap_or_default(),
                    shown(&p.phone).unwrap_or_default(),
                    match p.birthday {
                        Some(b) if b.year().is_some() => format!("born {b}"),
                        Some(b) => format!("birthday {b}"),
                        None => String::new(),
                    },
                ]
            })
            .collect();
        for line in aligned(&rows) {
            writeln!(out, "  {line}")?;
        }
    }
    let open: Vec<_> = c
        .deals
        .iter()
        .filter(|d| d.stage != "won" && d.stage != "lost")
        .collect();
    if !open.is_empty() {
        writeln!(out, "\n{}", ctx.bold("Open deals"))?;
        for d in open {
            let mut s = format!(
                "  {}  {}  {} {}  {}",
                d.id,
                d.title,
                d.amount,
                d.currency.as_deref().unwrap_or(""),
                d.stage
            );
            if let Some(p) = d.probability {
                s.push_str(&format!(" {p}%"));
            }
            if let Some(e) = d.expected {
                s.push_str(&format!("  expected {e}"));
            }
            writeln!(out, "{s}")?;
            if !d.lines.is_empty() {
                let lines: Vec<String> = d
                    .lines
                    .iter()
                    .map(|l| format!("{} × {}", l.quantity, l.product))
                    .collect();
                writeln!(out, "    {}", lines.join(", "))?;
            }
        }
    }
    contracts(out, c, ctx, today)?;
    let due = |t: &model::Activity| match t.due {
        Some(d) if d.date() < today => ctx.red(&format!("due {d} (overdue)")),
        Some(d) => format!("due {d}"),
        None => "no date".to_string(),
    };
    let first = |t: &model::Activity| {
        t.text
            .as_deref()
            .unwrap_or("")
            .lines()
            .next()
            .unwrap_or("")
            .to_string()
    };
    let tasks: Vec<_> = c
        .open_tasks()
        .filter(|a| !cfg.is_complaint(&a.kind))
        .collect();
    if !tasks.is_empty() {
        writeln!(out, "\n{}", ctx.bold("Open tasks"))?;
        for t in tasks {
            let mut extra = String::new();
            if let Some(p) = &t.priority {
                extra.push_str(&format!("  [{p}]"));
            }
            if let Some(e) = &t.every {
                extra.push_str(&format!("  every {e}"));
            }
            writeln!(
                out,
                "  {}  {}  {}  {}{extra}",
                t.id,
                due(t),
                t.by.as_deref().unwrap_or(""),
                first(t)
            )?;
        }
    }
    let complaints: Vec<_> = c
        .open_tasks()
        .filter(|a| cfg.is_complaint(&a.kind))
        .collect();
    if !complaints.is_empty() {
        writeln!(out, "\n{}", ctx.bold("Open complaints"))?;
        for t in complaints {
            writeln!(
                out,
                "  {}  opened {}  {}  {}  {}",
                t.id,
                t.at.format("%Y-%m-%d"),
                due(t),
                t.by.as_deref().unwrap_or(""),
                first(t)
            )?;
        }
    }
    let recent: Vec<_> = c.activities.iter().rev().take(n).collect();
    if !recent.is_empty() {
        writeln!(
            out,
            "\n{}",
            ctx.bold(&format!("Last activities ({} in all)", c.activities.len()))
        )?;
        // In columns: when, kind, by, with, minutes, the first line.
        let rows: Vec<Vec<String>> = recent
            .iter()
            .map(|a| {
                vec![
                    a.at.format("%Y-%m-%d %H:%M").to_string(),
                    a.kind.clone(),
                    a.by.clone().unwrap_or_default(),
                    a.with.as_deref().map(|w| format!("with {w}")).unwrap_or_default(),
                    a.minutes.map(|m| format!("{m} min")).unwrap_or_default(),
                    a.text
                        .as_deref()
                        .and_then(|t| t.lines().next())
                        .unwrap_or("")
                        .to_string(),
                ]
            })
            .collect();
        for line in aligned(&rows) {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}

/// The contracts section of the card: each with its value, term, and what
/// happens next (ends or renews, and the last day to give notice).
fn contracts(
    out: &mut dyn Write,
    c: &Customer,
    ctx: &Ctx,
    today: chrono::NaiveDate,
) -> std::io::Result<()> {
    if c.contracts.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", ctx.bold("Contracts"))?;
    for k in &c.contracts {
        let per = k.every.as_deref().map(|e| format!("/{e}")).unwrap_or_default();
        let mut s = format!(
            "  {}  {}  {} {}{per}  from {}",
            k.id,
            k.title,
            k.value,
            k.currency.as_deref().unwrap_or(""),
            k.start
        );
        match k.end_on_or_after(today) {
            Some(e) if k.renews() => s.push_str(&format!("  renews {e}")),
            Some(e) => s.push_str(&format!("  ends {e}")),
            None => match k.end {
                Some(e) => s.push_str(&format!("  ended {e}")),
                None => s.push_str("  until further notice"),
            },
        }
        if let Some(n) = k.end_on_or_after(today).and_then(|e| k.notice_before(e)) {
            let text = format!("notice by {n}");
            s.push_str("  ");
            s.push_str(&if n < today { ctx.dim(&text) } else { text });
        }
        writeln!(out, "{s}")?;
    }
    Ok(())
}

/// Rows of cells as lines with each column as wide as its widest cell
/// (two spaces between), columns empty in every row left out.
fn aligned(rows: &[Vec<String>]) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let n = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..n)
        .map(|i| {
            rows.iter()
                .map(|r| r.get(i).map_or(0, |c| c.width()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    rows.iter()
        .map(|r| {
            let mut line = String::new();
            for (i, w) in widths.iter().enumerate().filter(|(_, w)| **w > 0) {
                let cell = r.get(i).map_or("", String::as_str);
                if !line.is_empty() {
                    line.push_str("  ");
                }
                line.push_str(&output::clean(cell));
                line.extend(std::iter::repeat_n(' ', w - cell.width()));
            }
            line.trim_end().to_string()
        })
        .collect()
}
