//! `--chart`: a report's rows as horizontal bars in the terminal, fitted
//! to its width and readable without colour (bars of `█` with eighths
//! `▏▎▍▌▋▊▉` at their ends, the value written after each). One bar per
//! row: its label is the row's text columns (stage, period, user …), its
//! length the report's main figure — the first money column (`amount`,
//! `weighted` in a forecast), else `minutes`, else `count`, else the
//! first number — on one scale for all rows.

use crate::cli::ctx::Ctx;
use crate::cli::output::{Kind, Records, cell, kinds, shown_cell};
use serde_json::Value;
use std::io::Write;
use unicode_width::UnicodeWidthStr;

/// The column a chart of `records` draws, if it has one of numbers.
pub fn measure(records: &Records, prefer: &[&str]) -> Option<String> {
    let numeric = |c: &String| {
        records
            .rows
            .iter()
            .all(|r| matches!(r.get(c), None | Some(Value::Null | Value::Number(_))))
    };
    prefer
        .iter()
        .map(|p| p.to_string())
        .chain(["amount", "minutes", "count"].iter().map(|s| s.to_string()))
        .find(|p| records.columns.contains(p) && numeric(p))
        .or_else(|| {
            records
                .columns
                .iter()
                .find(|c| {
                    numeric(c)
                        && records
                            .rows
                            .iter()
                            .any(|r| r.get(*c).is_some_and(Value::is_number))
                })
                .cloned()
        })
}

/// Draw `records` as bars of `column` to stdout, `width` wide.
pub fn draw(ctx: &Ctx, records: &Records, column: &str, title: &str) -> crm::Result<()> {
    let text = render(records, column, title, ctx.columns);
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .map_err(crate::cli::ctx::out_err)
}

/// The chart as text.
pub fn render(records: &Records, column: &str, title: &str, width: usize) -> String {
    let labels: Vec<&String> = records
        .columns
        .iter()
        .filter(|c| {
            c.as_str() != column
                && records
                    .rows
                    .iter()
                    .any(|r| matches!(r.get(*c), Some(Value::String(_))))
        })
        .collect();
    let kind = records
        .columns
        .iter()
        .position(|c| c == column)
        .map_or(Kind::Number, |i| kinds(records)[i]);
    // Each label column padded to its widest cell, so the bars start
    // together.
    let cells: Vec<Vec<String>> = records
        .rows
        .iter()
        .map(|r| {
            labels
                .iter()
                .map(|c| crate::cli::output::clean(&cell(r.get(*c))))
                .collect()
        })
        .collect();
    let widths: Vec<usize> = (0..labels.len())
        .map(|i| cells.iter().map(|c| c[i].width()).max().unwrap_or(0))
        .collect();
    let rows: Vec<(String, f64, String)> = records
        .rows
        .iter()
        .zip(&cells)
        .map(|(r, cs)| {
            let label = cs
                .iter()
                .zip(&widths)
                .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.width())))
                .collect::<Vec<_>>()
                .join("  ");
            let v = r.get(column).and_then(Value::as_f64).unwrap_or(0.0);
            let shown = shown_cell(r, column, kind);
            (label.trim_end().to_string(), v, shown)
        })
        .collect();
    let mut out = format!("{title} ({column})\n");
    if rows.is_empty() {
        out.push_str("(nothing to draw)\n");
        return out;
    }
    let label_w = rows
        .iter()
        .map(|r| r.0.width())
        .max()
        .unwrap_or(0)
        .min(width / 3);
    let value_w = rows.iter().map(|r| r.2.width()).max().unwrap_or(0);
    let max = rows.iter().map(|r| r.1.abs()).fold(0.0_f64, f64::max);
    // label, a space, the bar, a space, the value.
    let bar_w = width.saturating_sub(label_w + value_w + 3).max(10);
    for (label, v, shown) in &rows {
        let label = fit(label, label_w);
        let eighths = if max > 0.0 {
            ((v.abs() / max) * (bar_w as f64) * 8.0).round() as usize
        } else {
            0
        };
        let bar = bar(eighths);
        let pad = bar_w.saturating_sub(bar.width());
        out.push_str(&format!(
            "{label}{} {bar}{} {shown:>value_w$}\n",
            " ".repeat(label_w - label.width()),
            " ".repeat(pad),
        ));
    }
    out
}

/// A bar `eighths` eighths of a cell long.
fn bar(eighths: usize) -> String {
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    let mut s = "█".repeat(eighths / 8);
    s.push_str(PARTS[eighths % 8]);
    s
}

/// `s` cut to `w` columns, with `…` where it was cut.
fn fit(s: &str, w: usize) -> String {
    if s.width() <= w {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if out.width() + c.to_string().width() + 1 > w {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bars_are_proportional_and_fit_the_width() {
        let mut r = Records::new(&["stage", "count", "amount"]);
        for (s, n, a) in [("open", 4, 1000.0), ("offer", 2, 250.0), ("won", 1, 0.0)] {
            let m = json!({"stage": s, "count": n, "amount": a});
            r.rows.push(m.as_object().cloned().unwrap_or_default());
        }
        assert_eq!(measure(&r, &[]).as_deref(), Some("amount"));
        let text = render(&r, "amount", "pipeline", 40);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "pipeline (amount)");
        for l in &lines[1..] {
            assert!(l.width() <= 40, "{l:?}");
        }
        let cells = |l: &str| l.chars().filter(|c| *c == '█').count();
        // A quarter of the amount, a quarter of the bar (to a cell).
        let (a, b) = (cells(lines[1]) as f64, cells(lines[2]) as f64);
        assert!(a > 0.0 && (a / 4.0 - b).abs() <= 1.0, "{text}");
        assert_eq!(cells(lines[3]), 0);
        // Money with its decimals, right-aligned at the end.
        assert!(lines[1].ends_with(" 1000.00"), "{text}");
        assert!(lines[3].ends_with("    0.00"), "{text}");
    }
}
