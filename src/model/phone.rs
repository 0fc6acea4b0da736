//! Phone numbers of every country (SPEC §3, §8), through libphonenumber's
//! numbering-plan data (the `phonenumber` crate).
//!
//! A number is **stored** in E.164 (`+37255551234`), with an extension as
//! RFC 3966 writes it (`+12025550147;ext=12`); numbers crm wrote before in
//! groups (`+372 5555 1234`) are read the same way. It is **shown** in
//! tables in the national format of its country when that is the store's
//! (or the customer's) country, else in the international format
//! ([`display`]).
//!
//! The cost: the crate compiles its metadata's patterns on first use, about
//! 0.1 s per process (docs/performance.md). So it is called only where a
//! number must be parsed — a number typed by the user, an import,
//! `crm check`, a phone reference — and stored numbers are compared by
//! their digits ([`stored_e164`]) without it.

use phonenumber::{Mode, country::Id};

/// A number crm cannot store in E.164, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bad {
    /// No digits at all (`pager`, `phone work`): not a phone number; left
    /// out by imports.
    NoDigits(String),
    /// Digits that do not make a valid number of any country (too short,
    /// `3,72561E+11`, a number from abroad without its country code): kept
    /// as written by imports and flagged by `crm check`.
    Invalid(String),
}

impl Bad {
    /// The message.
    pub fn message(&self) -> &str {
        match self {
            Bad::NoDigits(m) | Bad::Invalid(m) => m,
        }
    }
}

impl std::fmt::Display for Bad {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

/// The ISO 3166 code (`EE`) as the crate knows it, if it does.
fn region(country: &str) -> Option<Id> {
    country
        .trim()
        .to_ascii_uppercase()
        .parse::<Id>()
        .ok()
        .or_else(|| {
            // `UK` is what people write; ISO says GB.
            country.trim().eq_ignore_ascii_case("UK").then_some(Id::GB)
        })
}

/// Whether `country` is an ISO 3166 code with a numbering plan (for
/// validating `crm.toml` and `country` fields).
pub fn known_country(country: &str) -> bool {
    country.len() == 2 && region(country).is_some()
}

/// Parse a number as typed, taking `country` (ISO code) for a number
/// without a country code, and give its stored form: E.164, plus
/// `;ext=N` when it has an extension.
pub fn normalize(input: &str, country: &str) -> Result<String, Bad> {
    let s = input.trim();
    let digits = s.chars().filter(char::is_ascii_digit).count();
    if digits == 0 {
        return Err(Bad::NoDigits(format!(
            "'{input}' is not a phone number: it has no digits"
        )));
    }
    if s.contains(['e', 'E']) && s.contains(['+']) && s.contains([',', '.']) && !s.starts_with('+')
    {
        return Err(Bad::Invalid(format!(
            "'{input}' is a number a spreadsheet wrote in scientific notation: its digits are lost"
        )));
    }
    // `358401112233`: a country code that lost its `+` (Excel) reads as a
    // national number; try it as international when that is valid.
    let parsed = phonenumber::parse(region(country), s)
        .ok()
        .filter(phonenumber::is_valid)
        .or_else(|| {
            (!s.starts_with(['+', '0']) && digits >= 10)
                .then(|| phonenumber::parse(None, format!("+{s}")).ok())
                .flatten()
                .filter(phonenumber::is_valid)
        });
    // `(202) 555-0147`: written the North American way, it is a +1
    // number whichever country the row is in.
    let parsed = parsed.or_else(|| {
        let t = s.trim_start_matches("+1").trim_start();
        let nanp = t.len() >= 14
            && t.starts_with('(')
            && t.as_bytes().get(4) == Some(&b')')
            && t[1..4].bytes().all(|b| b.is_ascii_digit());
        nanp.then(|| phonenumber::parse(Some(Id::US), s).ok())
            .flatten()
            .filter(phonenumber::is_valid)
    });
    match parsed {
        Some(n) => {
            let mut out = n.format().mode(Mode::E164).to_string();
            if let Some(ext) = n.extension() {
                out.push_str(";ext=");
                out.push_str(ext);
            }
            Ok(out)
        }
        None => {
            let why = match phonenumber::parse(region(country), s) {
                Ok(n) if digits < 5 => format!(
                    "'{input}' is too short for a phone number ({})",
                    n.format().mode(Mode::E164)
                ),
                Ok(n) => format!(
                    "'{input}' is not a valid number (read as {} with country {country}); a number from abroad needs its country code",
                    n.format().mode(Mode::E164)
                ),
                Err(_) if region(country).is_none() && !s.starts_with('+') => format!(
                    "'{input}' has no country code and '{country}' is not a country crm knows"
                ),
                Err(e) => format!("'{input}' is not a phone number ({e})"),
            };
            Err(Bad::Invalid(why))
        }
    }
}

/// The E.164 digits of a stored number written with its country code
/// (`+37255551234`, `+372 5555 1234`, `+1 202-555-0147;ext=12` →
/// `+12025550147`), without libphonenumber; `None` for anything else.
pub fn stored_e164(stored: &str) -> Option<String> {
    let s = stored.trim();
    let rest = s.strip_prefix('+')?;
    // A trunk zero in parentheses (`+358 (0)40 …`) needs the real parser.
    if rest.contains("(0)") {
        return None;
    }
    let mut out = String::from("+");
    for c in rest.chars() {
        match c {
            '0'..='9' => out.push(c),
            ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}' => {}
            _ => break, // `;ext=`, ` ext.`, ` x`
        }
    }
    (out.len() >= 8 && out.len() <= 16).then_some(out)
}

/// The E.164 form used to compare numbers: cheap for a stored
/// international number, through libphonenumber for anything else that
/// has enough digits to be a number. `None` when it is not one.
pub fn e164(input: &str, country: &str) -> Option<String> {
    if let Some(e) = stored_e164(input) {
        return Some(e);
    }
    if input.chars().filter(char::is_ascii_digit).count() < 5
        || input.chars().any(char::is_alphabetic) && !input.contains("ext") && !input.contains('x')
    {
        return None;
    }
    let n = normalize(input, country).ok()?;
    Some(n.split(';').next().unwrap_or(&n).to_string())
}

/// Whether a stored number is in crm's stored form (E.164, maybe with an
/// extension), so that a check need not parse it.
pub fn is_stored_form(s: &str) -> bool {
    let (num, ext) = match s.split_once(";ext=") {
        Some((n, e)) => (n, Some(e)),
        None => (s, None),
    };
    num.strip_prefix('+')
        .is_some_and(|d| (7..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
        && ext.is_none_or(|e| !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit()))
}

/// How a stored number is shown in a table: the national format when the
/// number belongs to `home` (the store's or the customer's country), the
/// international one otherwise; a number that does not parse as it is.
pub fn display(stored: &str, home: &str) -> String {
    let readable = stored.trim().replace(";ext=", " ext. ");
    let Ok(n) = phonenumber::parse(region(home), &readable) else {
        return stored.to_string();
    };
    if !stored.trim().starts_with('+') && !phonenumber::is_valid(&n) {
        return stored.to_string();
    }
    let national = n.country().id().is_some_and(|id| Some(id) == region(home));
    let mode = if national {
        Mode::National
    } else {
        Mode::International
    };
    n.format().mode(mode).to_string()
}

/// Country names as address books, spreadsheets and CRMs write them
/// (English, Estonian, Finnish, Swedish, German and the local names), folded
/// to lower case ASCII, → ISO 3166 code.
const COUNTRY_NAMES: &[(&str, &str)] = &[
    ("estonia", "EE"),
    ("eesti", "EE"),
    ("viro", "EE"),
    ("estland", "EE"),
    ("finland", "FI"),
    ("suomi", "FI"),
    ("soome", "FI"),
    ("finnland", "FI"),
    ("sweden", "SE"),
    ("sverige", "SE"),
    ("rootsi", "SE"),
    ("ruotsi", "SE"),
    ("schweden", "SE"),
    ("norway", "NO"),
    ("norge", "NO"),
    ("norra", "NO"),
    ("norja", "NO"),
    ("norwegen", "NO"),
    ("denmark", "DK"),
    ("danmark", "DK"),
    ("taani", "DK"),
    ("tanska", "DK"),
    ("danemark", "DK"),
    ("iceland", "IS"),
    ("latvia", "LV"),
    ("lati", "LV"),
    ("latvija", "LV"),
    ("latvia", "LV"),
    ("lettland", "LV"),
    ("lithuania", "LT"),
    ("leedu", "LT"),
    ("liettua", "LT"),
    ("lietuva", "LT"),
    ("litauen", "LT"),
    ("poland", "PL"),
    ("poola", "PL"),
    ("puola", "PL"),
    ("polen", "PL"),
    ("polska", "PL"),
    ("germany", "DE"),
    ("deutschland", "DE"),
    ("saksamaa", "DE"),
    ("saksa", "DE"),
    ("tyskland", "DE"),
    ("austria", "AT"),
    ("osterreich", "AT"),
    ("itavalta", "AT"),
    ("switzerland", "CH"),
    ("schweiz", "CH"),
    ("sveitsi", "CH"),
    ("sveits", "CH"),
    ("netherlands", "NL"),
    ("the netherlands", "NL"),
    ("holland", "NL"),
    ("holland", "NL"),
    ("madalmaad", "NL"),
    ("alankomaat", "NL"),
    ("belgium", "BE"),
    ("france", "FR"),
    ("prantsusmaa", "FR"),
    ("ranska", "FR"),
    ("frankreich", "FR"),
    ("spain", "ES"),
    ("espana", "ES"),
    ("hispaania", "ES"),
    ("espanja", "ES"),
    ("portugal", "PT"),
    ("italy", "IT"),
    ("italia", "IT"),
    ("itaalia", "IT"),
    ("ireland", "IE"),
    ("iirimaa", "IE"),
    ("irlanti", "IE"),
    ("united kingdom", "GB"),
    ("great britain", "GB"),
    ("england", "GB"),
    ("scotland", "GB"),
    ("wales", "GB"),
    ("uk", "GB"),
    ("suurbritannia", "GB"),
    ("ühendkuningriik", "GB"),
    ("iso-britannia", "GB"),
    ("yhdistynyt kuningaskunta", "GB"),
    ("united states", "US"),
    ("united states of america", "US"),
    ("usa", "US"),
    ("us", "US"),
    ("u.s.a.", "US"),
    ("u.s.", "US"),
    ("ameerika uhendriigid", "US"),
    ("yhdysvallat", "US"),
    ("canada", "CA"),
    ("kanada", "CA"),
    ("russia", "RU"),
    ("venemaa", "RU"),
    ("venaja", "RU"),
    ("ukraine", "UA"),
    ("ukraina", "UA"),
    ("czech republic", "CZ"),
    ("czechia", "CZ"),
    ("slovakia", "SK"),
    ("hungary", "HU"),
    ("australia", "AU"),
    ("new zealand", "NZ"),
    ("japan", "JP"),
    ("china", "CN"),
    ("india", "IN"),
];

/// The ISO code of a country as written in a `Country` column or at the end
/// of an address (`Suomi`, `United Kingdom`, `UK`, `ee`), if crm knows it.
pub fn country_code(name: &str) -> Option<&'static str> {
    let n = crate::model::id::fold(name.trim().trim_end_matches('.'))
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if n.is_empty() {
        return None;
    }
    if let Some((_, c)) = COUNTRY_NAMES.iter().find(|(k, _)| *k == n) {
        return Some(c);
    }
    if n.len() == 2 && n.chars().all(|c| c.is_ascii_alphabetic()) {
        let up = n.to_ascii_uppercase();
        return ISO.iter().find(|c| **c == up).copied();
    }
    None
}

/// The country an address names in its last part (`…, 00100 Helsinki,
/// Finland` → FI; a last line works as well as a last comma part).
pub fn country_of_address(address: &str) -> Option<&'static str> {
    let last = address
        .rsplit([',', '\n'])
        .map(str::trim)
        .find(|s| !s.is_empty())?;
    country_code(last)
}

/// The two-letter codes accepted as they are (those with a numbering plan
/// people in Europe and North America meet most).
const ISO: &[&str] = &[
    "EE", "FI", "SE", "NO", "DK", "IS", "LV", "LT", "PL", "DE", "AT", "CH", "NL", "BE", "LU", "FR",
    "ES", "PT", "IT", "IE", "GB", "US", "CA", "CZ", "SK", "HU", "UA", "RU", "AU", "NZ", "JP", "CN",
    "IN", "BR", "MX", "AR", "ZA", "IL", "TR", "GR", "RO", "BG", "HR", "SI", "RS", "BY", "GE", "AM",
    "AZ", "KZ", "SG", "HK", "KR", "TW", "TH", "VN", "ID", "MY", "PH", "AE", "SA", "EG", "MA", "NG",
    "KE",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_number_in_every_shape() {
        for s in [
            "5555 1234",
            "55551234",
            "+372-5555-1234",
            "(+372) 5555 1234",
            "00372 5555 1234",
            "+372 5555 1234",
        ] {
            assert_eq!(normalize(s, "EE").as_deref(), Ok("+37255551234"), "{s}");
        }
    }

    #[test]
    fn every_country_with_extensions_and_trunk_prefixes() {
        assert_eq!(
            normalize("040 123 4567", "FI").as_deref(),
            Ok("+358401234567")
        );
        assert_eq!(
            normalize("(202) 555-0147 ext. 12", "US").as_deref(),
            Ok("+12025550147;ext=12")
        );
        assert_eq!(
            normalize("+44 20 7946 0958", "EE").as_deref(),
            Ok("+442079460958")
        );
        assert_eq!(
            normalize("358401112233", "FI").as_deref(),
            Ok("+358401112233")
        );
        assert!(matches!(normalize("pager", "EE"), Err(Bad::NoDigits(_))));
        assert!(matches!(normalize("100", "EE"), Err(Bad::Invalid(_))));
        assert!(matches!(
            normalize("040 123 4567", "EE"),
            Err(Bad::Invalid(_))
        ));
        assert!(matches!(
            normalize("3,72561E+11", "EE"),
            Err(Bad::Invalid(_))
        ));
    }

    #[test]
    fn stored_numbers_compare_without_the_parser() {
        assert_eq!(
            stored_e164("+372 5555 1234").as_deref(),
            Some("+37255551234")
        );
        assert_eq!(
            stored_e164("+12025550147;ext=12").as_deref(),
            Some("+12025550147")
        );
        assert_eq!(stored_e164("5555 1234"), None);
        assert!(is_stored_form("+12025550147;ext=12"));
        assert!(!is_stored_form("+372 5555 1234"));
    }

    #[test]
    fn countries_by_name() {
        assert_eq!(country_code("Suomi"), Some("FI"));
        assert_eq!(country_code("United Kingdom"), Some("GB"));
        assert_eq!(country_code("UK"), Some("GB"));
        assert_eq!(country_code("ee"), Some("EE"));
        assert_eq!(
            country_of_address("Mannerheimintie 12 B, 00100 Helsinki, Finland"),
            Some("FI")
        );
        assert_eq!(country_of_address("Pärnu mnt 105, Tallinn"), None);
    }

    #[test]
    fn display_is_national_at_home() {
        assert_eq!(display("+37255551234", "EE"), "5555 1234");
        assert_eq!(display("+358401234567", "EE"), "+358 40 1234567");
        assert_eq!(
            display("+12025550147;ext=12", "US"),
            "(202) 555-0147 ext. 12"
        );
    }
}
