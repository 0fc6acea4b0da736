//! vCard 2.1, 3.0 and 4.0 as phones and address books write them, and
//! vCard 3.0 out.
//!
//! Reading handles folded lines (space or tab), quoted-printable with soft
//! line breaks and its `CHARSET` (UTF-8 or Windows-1252), bare 2.1 type
//! parameters (`TEL;CELL`), groups (`item1.EMAIL`), escapes (`\,` `\;`
//! `\n`), RFC 6868 caret escapes, and CR, LF, CRLF or CR CR LF line ends.

use crate::interop::csv_import::decode;

/// One property of a card.
#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    pub name: String,
    /// Parameter names and values, upper-cased names; bare 2.1 types as
    /// `TYPE`.
    pub params: Vec<(String, String)>,
    pub value: String,
}

impl Property {
    /// Whether a TYPE parameter includes `t` (case-insensitive).
    pub fn has_type(&self, t: &str) -> bool {
        self.params.iter().any(|(k, v)| {
            (k == "TYPE" || k == "PREF")
                && v.split(',')
                    .any(|x| x.trim_matches('"').eq_ignore_ascii_case(t))
        }) || (t.eq_ignore_ascii_case("PREF") && self.params.iter().any(|(k, _)| k == "PREF"))
    }
}

/// One card.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Card {
    pub props: Vec<Property>,
}

impl Card {
    /// The first property named `name`.
    pub fn get(&self, name: &str) -> Option<&Property> {
        self.props.iter().find(|p| p.name == name)
    }

    /// All properties named `name`, preferred ones first.
    pub fn all(&self, name: &str) -> Vec<&Property> {
        let mut v: Vec<&Property> = self.props.iter().filter(|p| p.name == name).collect();
        v.sort_by_key(|p| !p.has_type("PREF"));
        v
    }

    /// The display name: FN, else N's given and family names.
    pub fn full_name(&self) -> Option<String> {
        if let Some(f) = self
            .get("FN")
            .map(|p| unescape(p.value.trim()).trim().to_string())
            .filter(|s| !s.is_empty())
        {
            return Some(f);
        }
        let n = self.get("N")?;
        let parts: Vec<String> = split_components(&n.value);
        let given = parts.get(1).map(String::as_str).unwrap_or("");
        let family = parts.first().map(String::as_str).unwrap_or("");
        let s = format!("{given} {family}").trim().to_string();
        (!s.is_empty()).then_some(s)
    }

    /// The organisation: ORG's first component.
    pub fn org(&self) -> Option<String> {
        let o = self.get("ORG")?;
        split_components(&o.value)
            .into_iter()
            .next()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }
}

/// Split a structured value at unescaped `;`, unescaping each part.
pub fn split_components(v: &str) -> Vec<String> {
    decode_escapes(v, true)
}

/// Unescape a text value (`\,` `\;` `\n` `\\`); a `;` stays as it is
/// (only structured values, N and ORG, split at it).
pub fn unescape(v: &str) -> String {
    decode_escapes(v, false).concat()
}

/// Decode backslash escapes, splitting at each unescaped `;` when `split`.
fn decode_escapes(v: &str, split: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => cur.push('\n'),
                Some(x) => cur.push(x),
                None => {}
            },
            ';' if split => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// Windows line ends (quoted-printable `=0D=0A`) as plain line breaks.
fn lf(s: String) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    }
}

fn qp_decode(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            match hex {
                Some(x) => {
                    out.push(x);
                    i += 3;
                    continue;
                }
                None => out.push(b'='),
            }
        } else {
            out.push(b[i]);
        }
        i += 1;
    }
    out
}

/// Parse every card in `bytes`.
pub fn parse(bytes: &[u8]) -> Vec<Card> {
    let text = decode(bytes).replace("\r\n", "\n").replace('\r', "\n");
    // Unfold: a line starting with space or tab continues the previous one;
    // in quoted-printable values a line ending in '=' continues too.
    let mut lines: Vec<String> = Vec::new();
    let mut qp_continues = false;
    for raw in text.split('\n') {
        if let Some(rest) = raw.strip_prefix([' ', '\t'])
            && let Some(last) = lines.last_mut()
        {
            last.push_str(rest);
            continue;
        }
        if qp_continues && let Some(last) = lines.last_mut() {
            last.pop();
            last.push_str(raw);
            qp_continues = last.ends_with('=') && last.to_uppercase().contains("QUOTED-PRINTABLE");
            continue;
        }
        if raw.is_empty() {
            continue;
        }
        lines.push(raw.to_string());
        qp_continues = raw.ends_with('=') && raw.to_uppercase().contains("QUOTED-PRINTABLE");
    }
    let mut cards = Vec::new();
    let mut cur: Option<Card> = None;
    for line in lines {
        let Some((head, value)) = split_head(&line) else {
            continue;
        };
        let mut parts = head.split(';');
        let name = parts.next().unwrap_or("");
        let name = name.rsplit('.').next().unwrap_or(name).to_uppercase();
        let mut params = Vec::new();
        for p in parts {
            match p.split_once('=') {
                Some((k, v)) => {
                    params.push((k.trim().to_uppercase(), caret_unescape(v.trim_matches('"'))))
                }
                None => params.push(("TYPE".to_string(), p.trim().to_string())),
            }
        }
        match (name.as_str(), value.trim().to_uppercase().as_str()) {
            ("BEGIN", "VCARD") => {
                // A card left open (its END:VCARD lost) ends where the next
                // begins: it is kept, not dropped.
                if let Some(c) = cur.replace(Card::default()) {
                    cards.push(c);
                }
                continue;
            }
            ("END", "VCARD") => {
                if let Some(c) = cur.take() {
                    cards.push(c);
                }
                continue;
            }
            _ => {}
        }
        let encoding = params
            .iter()
            .find(|(k, _)| k == "ENCODING")
            .map(|(_, v)| v.to_uppercase());
        let value = match encoding.as_deref() {
            Some("QUOTED-PRINTABLE") => {
                let bytes = qp_decode(value);
                let charset = params
                    .iter()
                    .find(|(k, _)| k == "CHARSET")
                    .map(|(_, v)| v.to_uppercase());
                lf(
                    match (charset.as_deref(), String::from_utf8(bytes.clone())) {
                        (Some(c), _) if c.contains("1252") || c.contains("8859") => decode(&bytes),
                        (_, Ok(s)) => s,
                        (_, Err(_)) => decode(&bytes),
                    },
                )
            }
            Some("B" | "BASE64") => continue, // photos and keys: not kept
            _ => value.to_string(),
        };
        if params
            .iter()
            .any(|(k, v)| k == "TYPE" && v.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
        {
            // Malformed 2.1 params (`;QUOTED-PRINTABLE` without ENCODING=).
            let bytes = qp_decode(&value);
            if let Some(c) = cur.as_mut() {
                c.props.push(Property {
                    name,
                    params,
                    value: lf(decode(&bytes)),
                });
            }
            continue;
        }
        if let Some(c) = cur.as_mut() {
            c.props.push(Property {
                name,
                params,
                value,
            });
        }
    }
    // The last card left open at the end of the file.
    cards.extend(cur.filter(|c| !c.props.is_empty()));
    cards
}

/// Split `NAME;PARAMS:value` at the first colon outside quotes.
fn split_head(line: &str) -> Option<(&str, &str)> {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return Some((&line[..i], &line[i + 1..])),
            _ => {}
        }
    }
    None
}

/// RFC 6868: `^n` newline, `^'` double quote, `^^` caret.
fn caret_unescape(s: &str) -> String {
    s.replace("^n", "\n").replace("^'", "\"").replace("^^", "^")
}

/// A birthday as vCards write it: 1975-03-14, 19750314, 1975-03-14T…,
/// and without the year --0314 / --03-14.
pub fn birthday(v: &str) -> Option<crate::model::birthday::Birthday> {
    use crate::model::birthday::Birthday;
    let v = v.trim();
    if let Some(b) = Birthday::no_year(v) {
        return Some(b);
    }
    let date = v.split('T').next().unwrap_or(v);
    ["%Y-%m-%d", "%Y%m%d"]
        .iter()
        .find_map(|f| chrono::NaiveDate::parse_from_str(date, f).ok())
        .map(Birthday::Date)
}

/// Escape text for a vCard or iCalendar value.
pub fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;")
        .replace('\n', "\\n")
}

/// Fold a content line at 75 octets (never inside a UTF-8 character) and
/// end it with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

/// The import records of cards (as `csv_import::plan_records` takes
/// them): the organisation as the customer (the person when there is
/// none), the person as its contact. Values that do not validate (a phone
/// `pager`, a malformed birthday) are reported by the planner as a CSV
/// row's are: address books are full of them. A card's phone numbers are
/// read in the country of its address.
pub fn records(cards: &[Card]) -> Vec<super::csv_import::Record> {
    use super::csv_import::{Cand, Issue, Record};
    let mut out = Vec::new();
    for (i, c) in cards.iter().enumerate() {
        let row = i + 1;
        let mut r = Record {
            row,
            has_data: true,
            org: c.org(),
            person: c.full_name(),
            ..Default::default()
        };
        for e in c.all("EMAIL") {
            r.emails.push(Cand {
                column: "EMAIL".into(),
                value: unescape(e.value.trim()),
            });
        }
        for t in c.all("TEL") {
            r.phones.push(Cand {
                column: "TEL".into(),
                value: t.value.trim().trim_start_matches("tel:").to_string(),
            });
        }
        if let Some(b) = c.get("BDAY") {
            match birthday(&b.value) {
                Some(d) => r.birthday = Some(d),
                None => r.issues.push(Issue {
                    row,
                    column: "BDAY".into(),
                    value: b.value.clone(),
                    reason: "not a date".into(),
                    kept: false,
                }),
            }
        }
        if let Some(t) = c.get("TITLE").or(c.get("ROLE")) {
            r.role = Some(Cand {
                column: "TITLE".into(),
                value: unescape(&t.value),
            });
        }
        if let Some(n) = c.get("NOTE") {
            r.notes.push(unescape(&n.value));
        }
        for u in c.all("URL") {
            r.websites.push(Cand {
                column: "URL".into(),
                value: unescape(&u.value),
            });
        }
        if let Some(cat) = c.get("CATEGORIES") {
            r.tags = split_components(&cat.value.replace("\\,", ";").replace(',', ";"))
                .iter()
                .flat_map(|s| {
                    s.split(';')
                        .map(|x| x.trim().to_string())
                        .collect::<Vec<_>>()
                })
                .filter(|s| !s.is_empty())
                .collect();
        }
        if let Some(a) = c.all("ADR").first() {
            let parts = split_components(&a.value);
            let get = |k: usize| {
                parts
                    .get(k)
                    .map(|s| s.trim().to_string())
                    .unwrap_or_default()
            };
            let town = [get(5), get(3)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            let text = [get(2), town, get(6)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
                .replace('\n', ", ");
            if !text.is_empty() {
                r.country = crate::model::phone::country_code(&get(6)).map(str::to_string);
                r.address = Some(text);
            }
        }
        out.push(r);
    }
    out
}

/// A vCard 3.0 for each contact of `c` (and one for the firm itself when
/// it has no contacts), CRLF line ends, folded at 75 octets.
pub fn export(c: &crate::model::Customer) -> String {
    let mut out = String::new();
    let card = |out: &mut String,
                uid: &str,
                fn_: &str,
                n: &str,
                email: Option<&str>,
                phone: Option<&str>,
                title: Option<&str>,
                bday: Option<crate::model::birthday::Birthday>| {
        out.push_str("BEGIN:VCARD\r\nVERSION:3.0\r\n");
        out.push_str(&fold(&format!("UID:{uid}")));
        out.push_str(&fold(&format!("FN:{}", escape(fn_))));
        out.push_str(&fold(&format!("N:{n}")));
        out.push_str(&fold(&format!("ORG:{}", escape(&c.name))));
        if let Some(t) = title {
            out.push_str(&fold(&format!("TITLE:{}", escape(t))));
        }
        if let Some(e) = email {
            out.push_str(&fold(&format!("EMAIL;TYPE=INTERNET,WORK:{e}")));
        }
        if let Some(p) = phone {
            out.push_str(&fold(&format!("TEL;TYPE=WORK,VOICE:{p}")));
        }
        if let Some(b) = bday {
            out.push_str(&format!("BDAY:{}\r\n", b.vcard()));
        }
        if !c.tags.is_empty() {
            out.push_str(&fold(&format!(
                "CATEGORIES:{}",
                c.tags
                    .iter()
                    .map(|t| escape(t))
                    .collect::<Vec<_>>()
                    .join(",")
            )));
        }
        out.push_str("END:VCARD\r\n");
    };
    if c.contacts.is_empty() {
        card(
            &mut out,
            &format!("crm-{}", c.id),
            &c.name,
            ";;;;",
            c.email.as_deref(),
            c.phone.as_deref(),
            None,
            None,
        );
    }
    for p in &c.contacts {
        let mut parts: Vec<&str> = p.name.split_whitespace().collect();
        let family = if parts.len() > 1 {
            parts.pop().unwrap_or("")
        } else {
            ""
        };
        let n = format!("{};{};;;", escape(family), escape(&parts.join(" ")));
        let uid = format!("crm-{}-{}", c.id, crate::model::id::slugify(&p.name));
        // A person who is the customer (a customer named after a person)
        // has the customer's e-mail and phone.
        let own = p.name.eq_ignore_ascii_case(&c.name);
        card(
            &mut out,
            &uid,
            &p.name,
            &n,
            p.email.as_deref().or(c.email.as_deref().filter(|_| own)),
            p.phone.as_deref().or(c.phone.as_deref().filter(|_| own)),
            p.role.as_deref(),
            p.birthday,
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_quoted_printable_and_escapes() {
        let v = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=\r\n=20X;Y;;;\r\nFN:Jo\r\n hn Doe\r\nORG:Company\\, The;Dept\r\nTEL;CELL;PREF:123\r\nitem1.EMAIL;type=INTERNET:a@b.example\r\nNOTE:one\\ntwo\r\nEND:VCARD\r\n";
        let cards = parse(v);
        assert_eq!(cards.len(), 1);
        let c = &cards[0];
        assert_eq!(c.full_name().as_deref(), Some("John Doe"));
        assert_eq!(c.org().as_deref(), Some("Company, The"));
        assert_eq!(split_components(&c.get("N").expect("N").value)[0], "Ñ X");
        assert!(c.get("TEL").expect("TEL").has_type("CELL"));
        assert_eq!(c.get("EMAIL").expect("EMAIL").value, "a@b.example");
        assert_eq!(unescape(&c.get("NOTE").expect("NOTE").value), "one\ntwo");
    }

    #[test]
    fn a_card_without_end_is_kept() {
        let v = b"BEGIN:VCARD\nFN:Anna\nORG:One\nBEGIN:VCARD\nFN:Bert\nEND:VCARD\nBEGIN:VCARD\nFN:Cara\n";
        let names: Vec<String> = parse(v).iter().filter_map(Card::full_name).collect();
        assert_eq!(names, ["Anna", "Bert", "Cara"]);
    }

    #[test]
    fn text_escapes_are_decoded_once() {
        let v = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\\, B\\; C\r\nORG:Org\\, Ltd;Sales\r\nNOTE:x\\;y\\,z\\\\w\\nnext\r\nEND:VCARD\r\n";
        let c = &parse(v)[0];
        assert_eq!(c.full_name().as_deref(), Some("A, B; C"));
        assert_eq!(c.org().as_deref(), Some("Org, Ltd"));
        assert_eq!(
            unescape(&c.get("NOTE").expect("note").value),
            "x;y,z\\w\nnext"
        );
    }

    #[test]
    fn folding_keeps_characters_whole() {
        let long = "NOTE:".to_string() + &"ä".repeat(60);
        let folded = fold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), long);
    }
}
