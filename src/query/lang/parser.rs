//! The parser: tokens to a tree of terms, every key and value checked.

use super::eval::digits;
use super::lexer::{Token, split_term, tokenize};
use super::*;

fn bad(t: &Token, why: &str) -> Error {
    Error::usage_hint(
        format!("query term '{}': {why}", t.text),
        "see docs/queries.md; keys: ".to_string() + KEYS,
    )
}

/// Parse the words of a query into its tree (`None`: no terms).
pub(super) fn parse(words: &[String], env: &QueryEnv) -> Result<Option<Node>> {
    parse_with(words, env, false)
}

/// [`parse`]; with `deals`, `stage:` names a deal stage when the value is
/// one (see [`Query::parse_deals`]).
pub(super) fn parse_with(words: &[String], env: &QueryEnv, deals: bool) -> Result<Option<Node>> {
    let mut p = Parser {
        tokens: tokenize(words),
        pos: 0,
        env,
        deals,
    };
    let root = p.conjunction()?;
    if let Some(t) = p.tokens.get(p.pos) {
        return Err(bad(t, "unexpected here (unbalanced parenthesis?)"));
    }
    Ok(root)
}

struct Parser<'a, 'e> {
    tokens: Vec<Token>,
    pos: usize,
    env: &'a QueryEnv<'e>,
    /// A query about deals: `stage:` prefers the deal's stage.
    deals: bool,
}

impl Parser<'_, '_> {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.pos).map(|t| t.text.as_str())
    }

    /// Terms up to `)` or the end, AND-ed.
    fn conjunction(&mut self) -> Result<Option<Node>> {
        let mut all = Vec::new();
        while let Some(t) = self.peek() {
            if t == ")" {
                break;
            }
            if t.eq_ignore_ascii_case("or") {
                let tok = self.tokens[self.pos].clone();
                return Err(bad(&tok, "`or` needs a term on both sides"));
            }
            all.push(self.disjunction()?);
        }
        Ok(match all.len() {
            0 => None,
            1 => all.pop(),
            _ => Some(Node::And(all)),
        })
    }

    fn disjunction(&mut self) -> Result<Node> {
        let mut any = vec![self.unary()?];
        while self.peek().is_some_and(|t| t.eq_ignore_ascii_case("or")) {
            let or_tok = self.tokens[self.pos].clone();
            self.pos += 1;
            match self.peek() {
                None | Some(")") => return Err(bad(&or_tok, "`or` needs a term on both sides")),
                _ => any.push(self.unary()?),
            }
        }
        Ok(if any.len() == 1 {
            any.remove(0)
        } else {
            Node::Or(any)
        })
    }

    fn unary(&mut self) -> Result<Node> {
        let tok = self.tokens[self.pos].clone();
        self.pos += 1;
        let negated_group = tok.text == "-(" || tok.text.eq_ignore_ascii_case("not:(");
        if tok.text == "(" || negated_group {
            let inner = self.conjunction()?;
            if self.peek() != Some(")") {
                return Err(bad(&tok, "this parenthesis is not closed"));
            }
            self.pos += 1;
            let inner = inner.ok_or_else(|| bad(&tok, "empty parentheses"))?;
            return Ok(if negated_group {
                Node::Not(Box::new(inner))
            } else {
                inner
            });
        }
        if let Some(rest) = tok.text.strip_prefix("not:") {
            return self.negated(&tok, rest);
        }
        if let Some(rest) = tok.text.strip_prefix('-')
            && !rest.is_empty()
        {
            return self.negated(&tok, rest);
        }
        self.term(&tok).map(Node::Term)
    }

    fn negated(&mut self, tok: &Token, rest: &str) -> Result<Node> {
        if rest.is_empty() {
            return Err(bad(tok, "nothing to negate"));
        }
        let inner = Token {
            text: rest.to_string(),
        };
        if let Some(r) = rest.strip_prefix("not:") {
            return Ok(Node::Not(Box::new(self.negated(&inner, r)?)));
        }
        Ok(Node::Not(Box::new(Node::Term(self.term(&inner)?))))
    }

    fn term(&self, tok: &Token) -> Result<Term> {
        let env = self.env;
        let Some((k, op, raw)) = split_term(&tok.text) else {
            return Ok(Term {
                key: Key::Text,
                op: Op::Match,
                value: Val::Text(fold(&tok.text)),
            });
        };
        let lk = k.to_lowercase();
        let key = Key::parse(&lk, env.config).ok_or_else(|| {
            if let Some(f) = lk.strip_prefix("fields.") {
                let declared: Vec<&str> = env.config.fields.keys().map(String::as_str).collect();
                bad(
                    tok,
                    &format!(
                        "no custom field '{f}' is declared in crm.toml (declared: {})",
                        if declared.is_empty() {
                            "none".to_string()
                        } else {
                            declared.join(", ")
                        }
                    ),
                )
            } else {
                bad(tok, &format!("unknown key '{k}'"))
            }
        })?;
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(bad(tok, "the value is missing"));
        }
        let key = match key {
            Key::Stage
                if self.deals
                    && env
                        .config
                        .deal_stages
                        .iter()
                        .any(|s| s.eq_ignore_ascii_case(raw)) =>
            {
                Key::DealStage
            }
            k => k,
        };
        let kind = key.kind();
        if matches!(op, Op::Gt | Op::Ge | Op::Lt | Op::Le)
            && !matches!(kind, ValKind::Date | ValKind::Num)
        {
            return Err(bad(
                tok,
                &format!("'{k}' is not a date or a number; compare it with '{k}:VALUE'"),
            ));
        }
        let value = match kind {
            ValKind::Text => {
                let v = match (&key, raw) {
                    (Key::Owner | Key::By, "me") => match env.user {
                        Some(u) => u.to_string(),
                        None => {
                            return Err(Error::usage_hint(
                                format!("query term '{}': who 'me' is is not known", tok.text),
                                "set CRM_USER, pass --as HANDLE, or set git's user.email",
                            ));
                        }
                    },
                    _ => raw.to_string(),
                };
                let check = |what: &str, list: &[String]| -> Result<()> {
                    if list.iter().any(|s| s.eq_ignore_ascii_case(&v)) {
                        Ok(())
                    } else {
                        Err(bad(
                            tok,
                            &format!("'{v}' is not a {what} (known: {})", list.join(", ")),
                        ))
                    }
                };
                match &key {
                    Key::Stage => check("stage", &env.config.stages)?,
                    Key::Kind => check("kind", &env.config.activity_kinds)?,
                    Key::DealStage => check("deal stage", &env.config.deal_stages)?,
                    Key::Priority => {
                        check("priority", &crate::model::PRIORITIES.map(String::from))?
                    }
                    Key::Product => {
                        let ids: Vec<String> =
                            env.config.products.iter().map(|p| p.id.clone()).collect();
                        check("product of the catalogue", &ids)?
                    }
                    Key::Field(name, FieldType::Enum) => {
                        let values = env
                            .config
                            .fields
                            .get(name)
                            .map(|d| d.values.clone())
                            .unwrap_or_default();
                        check(&format!("value of fields.{name}"), &values)?
                    }
                    _ => {}
                }
                Val::Text(fold(&v))
            }
            ValKind::Date => {
                let p = Period::parse(k, raw, env.today).or_else(|_| {
                    when::parse_date(k, raw, env.today).map(|d| Period::inclusive(d, d))
                });
                Val::Date(p.map_err(|_| {
                    bad(
                        tok,
                        &format!(
                            "'{raw}' is not a date or period (e.g. 2026-11-24, 2026-11, 2026-q3, today, 'last month')"
                        ),
                    )
                })?)
            }
            ValKind::Num => {
                let n = Decimal::from_str(raw)
                    .ok()
                    .or_else(|| crate::model::parse_amount(raw).ok())
                    .ok_or_else(|| bad(tok, &format!("'{raw}' is not a number")))?;
                Val::Num(n)
            }
            ValKind::Bool => Val::Bool(match raw.to_lowercase().as_str() {
                "true" | "yes" | "1" => true,
                "false" | "no" | "0" => false,
                _ => return Err(bad(tok, &format!("'{raw}' is not true or false"))),
            }),
            ValKind::Digits => {
                let d = digits(raw);
                if d.len() < 3 {
                    return Err(bad(tok, "give at least 3 digits of the number"));
                }
                // A national number written with its leading 0 or without the
                // country code still matches the stored +CC form.
                Val::Digits(d.trim_start_matches('0').to_string())
            }
            ValKind::Is => Val::Is(match raw.to_lowercase().as_str() {
                "open" => IsFlag::Open,
                "overdue" => IsFlag::Overdue,
                "done" => IsFlag::Done,
                "won" => IsFlag::Won,
                "lost" => IsFlag::Lost,
                "stale" => IsFlag::Stale,
                "complaint" => IsFlag::Complaint,
                _ => {
                    return Err(bad(
                        tok,
                        &format!(
                            "is:{raw}: expected open, overdue, done, won, lost, stale or complaint"
                        ),
                    ));
                }
            }),
        };
        Ok(Term { key, op, value })
    }
}
