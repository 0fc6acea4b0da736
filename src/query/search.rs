//! `crm search TEXT`: fuzzy search over names, contacts, e-mails, phones,
//! notes, tags and activity texts, best matches first.
//!
//! Every text is folded (`Äripäev` → `aripaev`) before matching, because
//! fuzzy-matcher has no Unicode folding. A hit is a substring match, or a
//! fuzzy (skim) match whose letters sit close together — a subsequence
//! scattered over a long note is noise, not a match. Phone numbers match
//! by digits, so `5555 1234` finds `+372 5555 1234`. Each hit says where it
//! matched (`name`, `contact`, `email`, `phone`, `notes`, `tag`,
//! `activity` …) and on which entry.

use crate::model::{Customer, id::fold};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// One place where the text matched.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Hit {
    /// Higher is better.
    pub score: i64,
    /// The customer's id.
    pub customer: String,
    pub name: String,
    /// Where it matched: name, id, contact, email, phone, website, tag,
    /// notes, activity.
    #[serde(rename = "where")]
    pub field: String,
    /// The activity id for activity hits.
    pub entry: Option<String>,
    /// The matching text (one line, shortened).
    pub text: String,
}

/// Search `customers` for `text`; at most `limit` hits, best first (ties:
/// newer activities first, then by customer id).
pub fn search(customers: &[Customer], text: &str, limit: usize) -> Vec<Hit> {
    let Some(s) = Searcher::new(text) else {
        return Vec::new();
    };
    let hits: Vec<Found> = customers.iter().flat_map(|c| s.hits_of(c)).collect();
    best(hits, limit)
}

/// A hit with what sorts it among equal scores (an activity's time).
pub type Found = (Hit, String);

/// A search text made ready to test customers one at a time:
/// [`Searcher::hits_of`] each customer in id order, then [`best`] — the
/// same as [`search`], without holding every customer.
pub struct Searcher {
    needle: String,
    digits: String,
    phone_query: bool,
    m: SkimMatcherV2,
}

impl Searcher {
    /// None when the text has nothing to look for.
    pub fn new(text: &str) -> Option<Searcher> {
        let needle = fold(text.trim());
        let needle = needle.split_whitespace().collect::<Vec<_>>().join(" ");
        if needle.is_empty() {
            return None;
        }
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let phone_query = digits.len() >= 4
            && text
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()/.".contains(c));
        Some(Searcher {
            needle,
            digits,
            phone_query,
            m: SkimMatcherV2::default().ignore_case(),
        })
    }

    /// Every place where customer `c` matches, unsorted.
    pub fn hits_of(&self, c: &Customer) -> Vec<Found> {
        let (m, needle, digits) = (&self.m, self.needle.as_str(), self.digits.as_str());
        let mut hits: Vec<Found> = Vec::new();
        let mut push =
            |field: &str, entry: Option<&str>, hay: &str, bonus: i64, sort: &dyn Fn() -> String| {
                for line in hay.lines() {
                    if let Some(s) = score(m, line, needle) {
                        hits.push((
                            Hit {
                                score: s + bonus,
                                customer: c.id.clone(),
                                name: c.name.clone(),
                                field: field.to_string(),
                                entry: entry.map(str::to_string),
                                text: snippet(line),
                            },
                            sort(),
                        ));
                        break;
                    }
                }
            };
        let none = || String::new();
        push("name", None, &c.name, 300, &none);
        push("id", None, &c.id, 250, &none);
        for t in &c.tags {
            push("tag", None, t, 150, &none);
        }
        for (what, v) in [("email", &c.email), ("website", &c.website)] {
            if let Some(v) = v {
                push(what, None, v, 200, &none);
            }
        }
        if let Some(n) = &c.notes {
            push("notes", None, n, 100, &none);
        }
        for p in &c.contacts {
            push("contact", None, &p.name, 200, &none);
            if let Some(e) = &p.email {
                push("email", None, e, 200, &none);
            }
            if let Some(n) = &p.notes {
                push("notes", None, n, 100, &none);
            }
        }
        for a in &c.activities {
            // The time is only written out for a hit.
            let sort = || a.at.to_rfc3339();
            if let Some(t) = &a.text {
                push("activity", Some(&a.id), t, 100, &sort);
            }
            if let Some(w) = &a.with {
                push("activity with", None, w, 50, &sort);
            }
        }
        if self.phone_query {
            let phones = c.phone.iter().map(|p| ("phone", p)).chain(
                c.contacts
                    .iter()
                    .filter_map(|p| p.phone.as_ref().map(|x| ("phone", x))),
            );
            for (what, p) in phones {
                let pd: String = p.chars().filter(char::is_ascii_digit).collect();
                if pd.contains(digits.trim_start_matches('0')) {
                    hits.push((
                        Hit {
                            score: 1200 + 200,
                            customer: c.id.clone(),
                            name: c.name.clone(),
                            field: what.to_string(),
                            entry: None,
                            text: p.clone(),
                        },
                        String::new(),
                    ));
                }
            }
        }
        hits
    }
}

/// The best `limit` of the hits (gathered customer by customer in id
/// order), one per entry, best first.
pub fn best(mut hits: Vec<Found>, limit: usize) -> Vec<Hit> {
    // An activity's `with` repeats a contact name; keep one hit per entry.
    hits.sort_by(|(a, sa), (b, sb)| {
        b.score
            .cmp(&a.score)
            .then_with(|| sb.cmp(sa))
            .then_with(|| a.customer.cmp(&b.customer))
            .then_with(|| a.field.cmp(&b.field))
    });
    let mut seen = std::collections::HashSet::new();
    hits.into_iter()
        .map(|(h, _)| h)
        .filter(|h| {
            let key = match &h.entry {
                Some(e) => (h.customer.clone(), e.clone(), String::new()),
                None => (h.customer.clone(), h.field.clone(), h.text.clone()),
            };
            seen.insert(key)
        })
        .take(limit)
        .collect()
}

/// The score of `needle` (folded) in one line, or None when it does not
/// match well enough.
fn score(m: &SkimMatcherV2, line: &str, needle: &str) -> Option<i64> {
    // Both a substring and a fuzzy match need the needle's letters in order
    // (fuzzy-matcher checks that first, too). Text below DEL folds to its
    // lowercase, so such a line can be turned down before it is folded:
    // most lines of a large store are, without an allocation.
    if line.bytes().all(|b| b < 0x7f) && !in_order(needle.as_bytes(), line.as_bytes()) {
        return None;
    }
    let hay = fold(line);
    if let Some(pos) = hay.find(needle) {
        // Substring: best when it starts a word and the field is short.
        let word_start = pos == 0 || !hay.as_bytes()[pos - 1].is_ascii_alphanumeric();
        let whole = hay.len() == needle.len();
        return Some(
            1000 + if whole { 200 } else { 0 } + if word_start { 100 } else { 0 }
                - (hay.len().min(100) as i64),
        );
    }
    let (s, idx) = m.fuzzy_indices(&hay, needle)?;
    let (first, last) = (*idx.first()?, *idx.last()?);
    // Letters must sit close together: a span at most half again as long
    // as the query (plus one letter of slack).
    let span = last - first + 1;
    let n = needle.chars().count();
    (n >= 3 && span <= n + n / 2 + 1).then_some(s)
}

/// Whether the bytes of `needle` occur in `hay` in order, ignoring ASCII
/// case.
fn in_order(needle: &[u8], hay: &[u8]) -> bool {
    let mut rest = needle.iter().peekable();
    for h in hay {
        match rest.peek() {
            Some(n) if h.eq_ignore_ascii_case(n) => {
                rest.next();
            }
            Some(_) => {}
            None => break,
        }
    }
    rest.peek().is_none()
}

fn snippet(line: &str) -> String {
    let t = line.trim();
    if t.chars().count() <= 80 {
        t.to_string()
    } else {
        let mut s: String = t.chars().take(79).collect();
        s.push('…');
        s
    }
}
