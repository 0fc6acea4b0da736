//! The lexer: shell words to query tokens.

use super::*;

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) text: String,
}

/// Split each shell word on whitespace outside double quotes; words that
/// follow a `key:value` inside the same shell word and are not terms
/// themselves continue its value (`'at:last month'`). Parentheses need no
/// spaces around them: `'(stage:lead or tag:vip)'` is `(`, two terms and
/// `)`; an opening one right after `-` or `not:` negates the group. A `)`
/// that closes a `(` inside the same word stays part of it (`name:Acme(UK)`).
pub(super) fn tokenize(words: &[String]) -> Vec<Token> {
    let mut out = Vec::new();
    for w in words {
        let mut parts: Vec<String> = Vec::new();
        let mut cur = String::new();
        let mut quoted = false;
        // `(` minus `)` inside `cur`.
        let mut depth = 0i32;
        for ch in w.chars() {
            match ch {
                '"' => quoted = !quoted,
                c if c.is_whitespace() && !quoted => {
                    if !cur.is_empty() {
                        parts.push(std::mem::take(&mut cur));
                        depth = 0;
                    }
                }
                '(' if !quoted
                    && (cur.is_empty() || cur == "-" || cur.eq_ignore_ascii_case("not:")) =>
                {
                    cur.push('(');
                    parts.push(std::mem::take(&mut cur));
                }
                ')' if !quoted && depth == 0 => {
                    if !cur.is_empty() {
                        parts.push(std::mem::take(&mut cur));
                    }
                    parts.push(")".into());
                }
                c => {
                    if !quoted {
                        depth += match c {
                            '(' => 1,
                            ')' => -1,
                            _ => 0,
                        };
                    }
                    cur.push(c)
                }
            }
        }
        if !cur.is_empty() {
            parts.push(cur);
        }
        let mut first_in_word: Option<usize> = None;
        for part in parts {
            let is_term = split_term(&part).is_some()
                || matches!(part.to_lowercase().as_str(), "or" | "(" | ")" | "not:(")
                || part.starts_with('-');
            match first_in_word {
                Some(i) if !is_term => {
                    let t: &mut Token = &mut out[i];
                    t.text.push(' ');
                    t.text.push_str(&part);
                }
                _ => {
                    first_in_word = split_term(&part).map(|_| out.len());
                    out.push(Token { text: part });
                }
            }
        }
    }
    out
}

/// `key`, operator and value of a `key:value` / `key>=value` word.
pub(super) fn split_term(s: &str) -> Option<(&str, Op, &str)> {
    let end = s
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '.'))
        .map(|(i, _)| i)?;
    let key = &s[..end];
    if key.is_empty() || !key.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let rest = &s[end..];
    for (sym, op) in [
        (">=", Op::Ge),
        ("<=", Op::Le),
        (":", Op::Match),
        ("=", Op::Eq),
        (">", Op::Gt),
        ("<", Op::Lt),
    ] {
        if let Some(v) = rest.strip_prefix(sym) {
            return Some((key, op, v));
        }
    }
    None
}
