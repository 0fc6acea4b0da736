//! `crm check`: validate every file and report likely duplicates.

use crate::cli::ctx::{Ctx, out_err};
use crate::cli::output::Prints;
use crate::cli::output::{self, Format, Records};
use crate::cli::output::clean;
use crate::cli::say;
use crm::quality::check::{self, Severity};
use crm::error::Fix;
use crm::{Error, Result};
use serde_json::{Map, Value};

/// What `crm check` prints: records, in every `-f` format.
pub const PRINTS: Prints = Prints::Records;

/// Check every customer file; report errors, likely duplicates, and what
/// is not committed. Exits 1 when errors are found.
///
/// Each finding names the file, the line, and a fix. --fix applies the
/// safe fixes (phone numbers to international format, stray whitespace,
/// activities in time order) as one commit; merging duplicates is always
/// your explicit `crm merge`.
///
/// --rules checks the warning rules instead (a rule with a bad query is
/// an error naming it) and lists every warning they give, everybody's.
///
/// Example: crm check -f json | jq '.[] | select(.severity == "error")'
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Apply the safe fixes in one commit, then report what is left.
    #[arg(long, conflicts_with = "rules")]
    pub fix: bool,
    /// Check the warning rules of crm.toml and list their warnings.
    #[arg(long)]
    pub rules: bool,
}

/// The warnings of every rule, as findings.
fn rule_findings(ctx: &Ctx) -> Result<(crm::store::Store, Vec<check::Finding>)> {
    let rc = crate::cli::read::ReadCtx::open(ctx)?;
    let rules = rc.rules()?;
    let today = rc.today;
    let mut hits: Vec<crm::report::rules::Hit> = rc
        .scan(ctx, |c| {
            let h = rules.hits(c, None, today, crm::report::rules::CHECK_DAYS);
            (!h.is_empty()).then_some(h)
        })?
        .into_iter()
        .flatten()
        .collect();
    // Rule by rule, in the order `crm rules` lists them.
    let order = |name: &str| rules.all.iter().position(|r| r.name == name);
    hits.sort_by(|a, b| {
        order(&a.rule)
            .cmp(&order(&b.rule))
            .then_with(|| a.customer.cmp(&b.customer))
            .then_with(|| a.id.cmp(&b.id))
    });
    let findings = hits
        .into_iter()
        .map(|h| check::Finding {
            severity: Severity::Warning,
            kind: "rule",
            file: crm::store::Store::rel_path(&h.customer),
            line: None,
            field: Some(h.rule.clone()),
            message: match &h.id {
                Some(id) => format!("{}: {} ({id}): {}", h.rule, h.customer, h.text),
                None => format!("{}: {}: {}", h.rule, h.customer, h.text),
            },
            fix: Fix::Rule { name: h.rule },
            fixable: false,
        })
        .collect();
    Ok((rc.store, findings))
}

/// Run `crm check`.
pub fn run(a: CheckArgs, ctx: &Ctx) -> Result<()> {
    let (store, findings) = if a.rules {
        rule_findings(ctx)?
    } else {
        let store = ctx.store()?;
        if a.fix {
            let n = check::fix(&store)?;
            ctx.info(&format!("fixed {n} file(s)"));
        }
        let findings = check::check(&store)?;
        (store, findings)
    };
    let mut rec = Records::new(&["severity", "file", "line", "message", "fix"]);
    rec.id_key = "file".into();
    for f in &findings {
        let mut m = Map::new();
        m.insert(
            "severity".into(),
            serde_json::to_value(f.severity).unwrap_or(Value::Null),
        );
        m.insert("kind".into(), Value::from(f.kind));
        m.insert("file".into(), Value::from(f.file.clone()));
        m.insert("line".into(), f.line.map_or(Value::Null, Value::from));
        m.insert(
            "field".into(),
            f.field.clone().map_or(Value::Null, Value::from),
        );
        m.insert("message".into(), Value::from(f.message.clone()));
        m.insert("fix".into(), Value::from(say::fix(&f.fix)));
        m.insert("fixable".into(), Value::from(f.fixable));
        rec.rows.push(m);
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    let format = ctx.format_or(Format::Table);
    let mut out = std::io::stdout().lock();
    if format == Format::Table {
        use std::io::Write;
        for f in &findings {
            let pos = match f.line {
                Some(l) => format!("{}:{l}", f.file),
                None => f.file.clone(),
            };
            let sev = match f.severity {
                Severity::Error => ctx.red("error"),
                Severity::Warning => "warning".to_string(),
            };
            writeln!(out, "{}: {sev}: {}", clean(&pos), clean(&f.message)).map_err(out_err)?;
            writeln!(out, "  fix: {}", clean(&say::fix(&f.fix))).map_err(out_err)?;
        }
    } else {
        output::render(&mut out, &rec, format, ctx.tty).map_err(out_err)?;
    }
    ctx.info(&format!(
        "{errors} error(s), {warnings} warning(s) in {} customer files",
        store.ids()?.len()
    ));
    if errors > 0 {
        return Err(Error::other(
            format!("crm check found {errors} error(s)"),
            Some(
                "fix the files named above; `crm check --fix` repairs what is safe to repair"
                    .into(),
            ),
        ));
    }
    Ok(())
}
