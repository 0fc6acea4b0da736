//! `crm report dashboard -o FILE.html`: one self-contained HTML page for a
//! manager who would rather look than read columns — inline SVG charts
//! and tables, no network, no JavaScript. Every figure comes from the same
//! code as the JSON reports (`report::build`), and the rows are also in
//! the page as JSON (`<script type="application/json" id="crm-data">`, a
//! data block browsers do not run), so a test or a script can check the
//! page against `crm report … -f json`.

use crate::cli::commands::report::{
    ActivityGroup, ActivityPeriod, Common, ForecastPeriod, ReportCommand, TurnoverPeriod, build,
};
use crate::cli::ctx::Ctx;
use crate::cli::output::{Records, cell, kinds, shown_cell};
use crate::cli::read::{PeriodArgs, ReadCtx};
use chrono::Months;
use crm::query::Period;
use crm::{Error, Result};
use serde_json::{Map, Value, json};
use std::fmt::Write as _;

/// Colours of the series (colour-blind safe, Okabe–Ito).
const COLOURS: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
];

/// Run `crm report dashboard`.
pub fn run(output: &std::path::Path, common: Common, ctx: &Ctx) -> Result<()> {
    let rc = ReadCtx::open(ctx)?;
    let today = rc.today;
    let during = common.period.during.clone();
    let query = common.query.clone();
    let with = |during: Option<&str>| Common {
        chart: false,
        period: PeriodArgs {
            during: during.map(str::to_string),
        },
        query: query.clone(),
    };
    let turnover_p = during.clone().unwrap_or_else(|| "this-year".into());
    let weeks_p = during.clone().unwrap_or_else(|| "last-8-weeks".into());
    let forecast_p = during.clone().unwrap_or_else(|| "next-12-months".into());
    // The same months a year earlier, as a period -p takes.
    let this = Period::parse("-p", &turnover_p, today)?;
    let year_ago = |d: chrono::NaiveDate| d.checked_sub_months(Months::new(12)).unwrap_or(d);
    let last_p =
        if this.start == chrono::NaiveDate::MIN || this.end_exclusive == chrono::NaiveDate::MAX {
            None
        } else {
            let last = this.end_exclusive.pred_opt().unwrap_or(this.end_exclusive);
            Some(format!("{}..{}", year_ago(this.start), year_ago(last)))
        };

    let pipeline = build(
        ReportCommand::Pipeline {
            by: None,
            common: with(None),
        },
        ctx,
    )?;
    let forecast = build(
        ReportCommand::Forecast {
            period: ForecastPeriod::Monthly,
            by: None,
            common: with(Some(&forecast_p)),
        },
        ctx,
    )?;
    let activity = build(
        ReportCommand::Activity {
            by: ActivityGroup::User,
            period: Some(ActivityPeriod::Weekly),
            common: with(Some(&weeks_p)),
        },
        ctx,
    )?;
    let turnover = build(
        ReportCommand::Turnover {
            period: TurnoverPeriod::Monthly,
            contracts: false,
            compare: false,
            common: with(Some(&turnover_p)),
        },
        ctx,
    )?;
    let turnover_before = match &last_p {
        Some(p) => build(
            ReportCommand::Turnover {
                period: TurnoverPeriod::Monthly,
                contracts: false,
                compare: false,
                common: with(Some(p)),
            },
            ctx,
        )?,
        None => Records::default(),
    };
    let stale = build(
        ReportCommand::Stale {
            days: None,
            common: with(None),
        },
        ctx,
    )?;
    let overdue = overdue(&rc, ctx, &common)?;

    let mut data = Map::new();
    for (k, r) in [
        ("pipeline", &pipeline),
        ("forecast", &forecast),
        ("activity", &activity),
        ("turnover", &turnover),
        ("turnover_last_year", &turnover_before),
        ("stale", &stale),
        ("overdue", &overdue),
    ] {
        data.insert(
            k.into(),
            Value::Array(r.rows.iter().cloned().map(Value::Object).collect()),
        );
    }
    let periods = json!({
        "forecast": forecast_p,
        "activity": weeks_p,
        "turnover": turnover_p,
        "turnover_last_year": last_p,
    });
    data.insert("periods".into(), periods);
    data.insert("today".into(), json!(today.to_string()));

    let mut html = String::with_capacity(64 * 1024);
    head(&mut html, &format!("crm dashboard, {today}"));
    let _ = write!(
        html,
        "<header><h1>Dashboard</h1><p>{} · made {today} by crm report dashboard · turnover {} · activity {} · forecast {}</p></header><main>",
        esc(&rc.store.root().display().to_string()),
        esc(&turnover_p),
        esc(&weeks_p),
        esc(&forecast_p),
    );

    // Pipeline: amount and weighted per open stage.
    section(
        &mut html,
        "Pipeline by stage",
        "Open deals: amount and probability-weighted amount.",
    );
    let labels: Vec<String> = pipeline
        .rows
        .iter()
        .map(|r| format!("{} {}", cell(r.get("stage")), cell(r.get("currency"))))
        .collect();
    html.push_str(&bars_grouped(
        &labels,
        &[
            ("amount", COLOURS[0], figures(&pipeline, "amount")),
            ("weighted", COLOURS[1], figures(&pipeline, "weighted")),
        ],
    ));
    table(&mut html, &pipeline);
    html.push_str("</section>");

    // Forecast by month.
    section(
        &mut html,
        "Weighted forecast by month",
        "Open deals by expected close month.",
    );
    let labels: Vec<String> = forecast
        .rows
        .iter()
        .map(|r| format!("{} {}", cell(r.get("period")), cell(r.get("currency"))))
        .collect();
    html.push_str(&bars_grouped(
        &labels,
        &[("weighted", COLOURS[2], figures(&forecast, "weighted"))],
    ));
    table(&mut html, &forecast);
    html.push_str("</section>");

    // Activity minutes per colleague per week.
    section(
        &mut html,
        "Time per colleague per week",
        "Minutes of activities logged, by who logged them.",
    );
    let mut weeks: Vec<String> = activity
        .rows
        .iter()
        .map(|r| cell(r.get("period")))
        .collect();
    weeks.sort();
    weeks.dedup();
    let mut users: Vec<String> = activity.rows.iter().map(|r| cell(r.get("user"))).collect();
    users.sort();
    users.dedup();
    let series: Vec<(String, &str, Vec<f64>)> = users
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let v = weeks
                .iter()
                .map(|w| {
                    activity
                        .rows
                        .iter()
                        .filter(|r| cell(r.get("user")) == *u && cell(r.get("period")) == *w)
                        .filter_map(|r| r.get("minutes").and_then(Value::as_f64))
                        .sum()
                })
                .collect();
            (u.clone(), COLOURS[i % COLOURS.len()], v)
        })
        .collect();
    let series_ref: Vec<(&str, &str, Vec<f64>)> = series
        .iter()
        .map(|(n, c, v)| (n.as_str(), *c, v.clone()))
        .collect();
    html.push_str(&bars_grouped(&weeks, &series_ref));
    table(&mut html, &activity);
    html.push_str("</section>");

    // Turnover by month against the same months a year before.
    section(
        &mut html,
        "Turnover by month, against last year",
        "Won amounts by closed month; the lighter bar is the same month a year earlier.",
    );
    let mut months: Vec<String> = Vec::new();
    let mut now_v = Vec::new();
    let mut then_v = Vec::new();
    let mut m = this.start;
    while m < this.end_exclusive && months.len() < 36 && this.start != chrono::NaiveDate::MIN {
        let key = m.format("%Y-%m").to_string();
        let before = year_ago(m).format("%Y-%m").to_string();
        let sum = |r: &Records, k: &str| -> f64 {
            r.rows
                .iter()
                .filter(|x| cell(x.get("period")) == k)
                .filter_map(|x| x.get("amount").and_then(Value::as_f64))
                .sum()
        };
        now_v.push(sum(&turnover, &key));
        then_v.push(sum(&turnover_before, &before));
        months.push(key);
        m = m
            .checked_add_months(Months::new(1))
            .unwrap_or(chrono::NaiveDate::MAX);
    }
    html.push_str(&bars_grouped(
        &months,
        &[
            ("this period", COLOURS[0], now_v),
            ("a year earlier", "#9fc7e6", then_v),
        ],
    ));
    table(&mut html, &turnover);
    html.push_str("</section>");

    section(
        &mut html,
        "Stale customers",
        "Not contacted for longer than stale_after_days.",
    );
    table(&mut html, &stale);
    html.push_str("</section>");
    section(
        &mut html,
        "Overdue tasks",
        "Open tasks whose due date has passed.",
    );
    table(&mut html, &overdue);
    html.push_str("</section>");

    let json = serde_json::to_string(&Value::Object(data))
        .map_err(|e| Error::other(format!("writing the dashboard's data: {e}"), None))?;
    // `</` cannot end the block early.
    let _ = writeln!(
        html,
        "</main><script type=\"application/json\" id=\"crm-data\">{}</script></body></html>",
        json.replace("</", "<\\/")
    );
    if output.as_os_str() == "-" {
        use std::io::Write;
        return std::io::stdout()
            .write_all(html.as_bytes())
            .map_err(crate::cli::ctx::out_err);
    }
    std::fs::write(output, html).map_err(|e| Error::io(output, e))?;
    ctx.info(&format!("wrote {}", output.display()));
    Ok(())
}

/// An overdue task: customer, id, due, by, text.
type Overdue = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Open tasks past their due date, of the customers the query selects.
fn overdue(rc: &ReadCtx, ctx: &Ctx, common: &Common) -> Result<Records> {
    let mut terms = common.query.clone();
    terms.query.push("is:overdue".into());
    let query = rc.query(&terms)?;
    let mut kept: Vec<Overdue> = rc
        .scan(ctx, |c| {
            let v: Vec<_> = crm::report::activities_of(c, &query, &Period::ALL)
                .into_iter()
                .map(|a| {
                    (
                        c.id.clone(),
                        a.id.clone(),
                        a.due.map(|d| d.to_string()),
                        a.by.clone(),
                        a.text.clone(),
                    )
                })
                .collect();
            (!v.is_empty()).then_some(v)
        })?
        .into_iter()
        .flatten()
        .collect();
    kept.sort_by(|a, b| a.2.cmp(&b.2).then_with(|| a.0.cmp(&b.0)));
    let mut r = Records::new(&["due", "customer", "by", "text", "id"]);
    for (customer, id, due, by, text) in kept {
        let mut m = Map::new();
        m.insert("customer".into(), json!(customer));
        m.insert("id".into(), json!(id));
        m.insert("due".into(), json!(due));
        m.insert("by".into(), json!(by));
        m.insert("text".into(), json!(text));
        r.rows.push(m);
    }
    Ok(r)
}

fn figures(r: &Records, column: &str) -> Vec<f64> {
    r.rows
        .iter()
        .map(|x| x.get(column).and_then(Value::as_f64).unwrap_or(0.0))
        .collect()
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn head(html: &mut String, title: &str) {
    let _ = write!(
        html,
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{}</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #1d2329; background: #f4f6f8; }}
header {{ background: #1d3557; color: #fff; padding: 12px 24px; }}
header h1 {{ margin: 0; font-size: 22px; }} header p {{ margin: 4px 0 0; opacity: .8; }}
main {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; padding: 16px; }}
section {{ background: #fff; border-radius: 6px; padding: 12px 16px; box-shadow: 0 1px 3px rgba(0,0,0,.12); overflow-x: auto; }}
h2 {{ font-size: 16px; margin: 0 0 2px; }} section > p {{ margin: 0 0 8px; color: #5b6570; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 8px; font-size: 13px; }}
th, td {{ padding: 3px 6px; border-bottom: 1px solid #e3e7eb; text-align: left; white-space: nowrap; }}
td.n {{ text-align: right; font-variant-numeric: tabular-nums; }}
svg text {{ font: 11px system-ui, sans-serif; fill: #3a434c; }}
.empty {{ color: #5b6570; font-style: italic; }}
</style></head><body>
"#,
        esc(title)
    );
}

fn section(html: &mut String, title: &str, about: &str) {
    let _ = write!(
        html,
        "<section><h2>{}</h2><p>{}</p>",
        esc(title),
        esc(about)
    );
}

/// The rows as an HTML table, numbers right-aligned with the decimals of
/// their currency, as the terminal shows them.
fn table(html: &mut String, r: &Records) {
    if r.rows.is_empty() {
        html.push_str("<p class=\"empty\">Nothing here.</p>");
        return;
    }
    let kinds = kinds(r);
    html.push_str("<table><thead><tr>");
    for c in &r.columns {
        let _ = write!(html, "<th>{}</th>", esc(c));
    }
    html.push_str("</tr></thead><tbody>");
    for row in &r.rows {
        html.push_str("<tr>");
        for (c, k) in r.columns.iter().zip(&kinds) {
            let class = if *k == crate::cli::output::Kind::Text {
                ""
            } else {
                " class=\"n\""
            };
            let _ = write!(html, "<td{class}>{}</td>", esc(&shown_cell(row, c, *k)));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>");
}

/// Vertical bars: one group per label, one bar per series, a legend when
/// there is more than one series, and a scale on the left.
fn bars_grouped(labels: &[String], series: &[(&str, &str, Vec<f64>)]) -> String {
    if labels.is_empty() || series.is_empty() {
        return "<p class=\"empty\">No figures to draw.</p>".into();
    }
    let max = series
        .iter()
        .flat_map(|s| s.2.iter())
        .fold(0.0_f64, |m, v| m.max(v.abs()));
    let (w, h, left, bottom, top) = (640.0, 240.0, 64.0, 44.0, 24.0);
    let plot_h = h - bottom - top;
    let group_w = (w - left - 8.0) / labels.len() as f64;
    let bar_w = (group_w * 0.8 / series.len() as f64).max(1.0);
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\" aria-label=\"chart\">"
    );
    // Scale: 0, half, max.
    for f in [0.0, 0.5, 1.0] {
        let y = top + plot_h * (1.0 - f);
        let _ = write!(
            s,
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#d6dbe0\"/><text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            w - 4.0,
            left - 6.0,
            y + 4.0,
            short(max * f)
        );
    }
    for (i, label) in labels.iter().enumerate() {
        let gx = left + group_w * i as f64 + group_w * 0.1;
        for (j, (name, colour, values)) in series.iter().enumerate() {
            let v = values.get(i).copied().unwrap_or(0.0).abs();
            let bh = if max > 0.0 { plot_h * v / max } else { 0.0 };
            let x = gx + bar_w * j as f64;
            let y = top + plot_h - bh;
            let _ = write!(
                s,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{bh:.1}\" fill=\"{colour}\"><title>{}: {} {}</title></rect>",
                (bar_w - 1.0).max(1.0),
                esc(label),
                esc(name),
                short(v)
            );
        }
        // Label every group when they fit, else every few.
        let every = labels.len().div_ceil(8).max(1);
        if i % every == 0 {
            let _ = write!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                gx + group_w * 0.4,
                h - bottom + 14.0,
                esc(label)
            );
        }
    }
    if series.len() > 1 {
        for (j, (name, colour, _)) in series.iter().enumerate() {
            let x = left + 110.0 * j as f64;
            let _ = write!(
                s,
                "<rect x=\"{x}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{colour}\"/><text x=\"{}\" y=\"{}\">{}</text>",
                h - 16.0,
                x + 14.0,
                h - 7.0,
                esc(name)
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// A figure for an axis: 12 500 → "12.5k".
fn short(v: f64) -> String {
    if v >= 1_000_000.0 {
        format!("{:.1}M", v / 1_000_000.0)
    } else if v >= 10_000.0 {
        format!("{:.0}k", v / 1000.0)
    } else if v >= 1000.0 {
        format!("{:.1}k", v / 1000.0)
    } else {
        format!("{v:.0}")
    }
}
