//! Phone numbers: normalise what people type to international format and
//! compare by E.164 digits (SPEC §3).
//!
//! `5555 1234`, `+372-5555-1234`, `(+372) 5555 1234` and `00372 55551234`
//! are the same number; with `phone_country = "EE"` all become
//! `+372 5555 1234`. The national trunk prefix (`0` in Finland, Germany,
//! the UK …) is dropped when the country code is added. Formatting groups
//! the subscriber number as `… 123 4567` (last four, then threes), which is
//! how most European and North American numbers are written.

/// Calling codes whose national numbers never start with 0 (no trunk
/// prefix, and no area codes with one): `0987 6543` with phone_country EE
/// is a number from abroad typed without its code, not `+372 0987 6543`.
const NO_LEADING_ZERO: &[&str] = &["372", "371", "47", "45", "354", "48", "34", "351", "420"];

/// (ISO 3166 alpha-2, calling code, national trunk prefix)
const COUNTRIES: &[(&str, &str, &str)] = &[
    ("EE", "372", ""),
    ("FI", "358", "0"),
    ("SE", "46", "0"),
    ("NO", "47", ""),
    ("DK", "45", ""),
    ("IS", "354", ""),
    ("LV", "371", ""),
    ("LT", "370", "8"),
    ("PL", "48", ""),
    ("DE", "49", "0"),
    ("AT", "43", "0"),
    ("CH", "41", "0"),
    ("NL", "31", "0"),
    ("BE", "32", "0"),
    ("LU", "352", ""),
    ("FR", "33", "0"),
    ("ES", "34", ""),
    ("PT", "351", ""),
    ("IT", "39", ""),
    ("IE", "353", "0"),
    ("GB", "44", "0"),
    ("UK", "44", "0"),
    ("US", "1", "1"),
    ("CA", "1", "1"),
    ("CZ", "420", ""),
    ("SK", "421", "0"),
    ("HU", "36", "06"),
    ("UA", "380", "0"),
    ("RU", "7", "8"),
    ("AU", "61", "0"),
    ("NZ", "64", "0"),
    ("JP", "81", "0"),
    ("CN", "86", "0"),
    ("IN", "91", "0"),
];

/// Calling codes of two digits (ITU); `1` and `7` are the one-digit ones;
/// every other code has three digits.
const TWO_DIGIT: &[&str] = &[
    "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47",
    "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65",
    "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
];

/// Whether `country` is a country code we know (for validating `crm.toml`).
pub fn known_country(country: &str) -> bool {
    COUNTRIES
        .iter()
        .any(|(c, _, _)| c.eq_ignore_ascii_case(country))
}

/// A parsed number: calling code and national significant number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    pub country_code: String,
    pub national: String,
}

impl Phone {
    /// `+37255551234`
    pub fn e164(&self) -> String {
        format!("+{}{}", self.country_code, self.national)
    }

    /// `+372 5555 1234`
    pub fn international(&self) -> String {
        format!("+{} {}", self.country_code, group(&self.national))
    }
}

fn group(n: &str) -> String {
    if n.len() <= 5 {
        return n.to_string();
    }
    let (rest, last) = n.split_at(n.len() - 4);
    let mut groups: Vec<&str> = Vec::new();
    let mut end = rest.len();
    while end > 0 {
        let start = end.saturating_sub(3);
        groups.push(&rest[start..end]);
        end = start;
    }
    groups.reverse();
    // A lone leading digit joins the next group: `5555 1234`, not `5 555 1234`.
    if groups.len() > 1 && groups[0].len() == 1 {
        let merged = &rest[..1 + groups[1].len()];
        groups.splice(0..2, [merged]);
    }
    groups.push(last);
    groups.join(" ")
}

/// Parse a phone number as typed, assuming `country` (ISO code) when it has
/// no country code. Returns a message saying what is wrong otherwise.
pub fn parse(input: &str, country: &str) -> Result<Phone, String> {
    let s = input.trim();
    if s.is_empty() {
        return Err("empty phone number".into());
    }
    let mut digits = String::new();
    let mut plus = false;
    for (i, c) in s.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if digits.is_empty() && !plus => plus = true,
            ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}' => {}
            _ => {
                return Err(format!(
                    "'{input}' is not a phone number: unexpected '{c}' at character {}",
                    i + 1
                ));
            }
        }
    }
    let international = if plus {
        Some(digits.as_str())
    } else {
        digits.strip_prefix("00")
    };
    let phone = match international {
        Some(rest) => {
            let cc_len = if rest.starts_with('1') || rest.starts_with('7') {
                1
            } else if rest.len() >= 2 && TWO_DIGIT.contains(&&rest[..2]) {
                2
            } else {
                3
            };
            if rest.len() <= cc_len {
                return Err(format!("'{input}' is too short for a phone number"));
            }
            let (cc, national) = rest.split_at(cc_len);
            // `+358 (0)40 …`: a trunk zero written after the country code.
            let national = match COUNTRIES.iter().find(|(_, code, _)| *code == cc) {
                Some((_, _, trunk)) if !trunk.is_empty() && national.starts_with(trunk) => {
                    if s.contains("(0)") {
                        &national[trunk.len()..]
                    } else {
                        national
                    }
                }
                _ => national,
            };
            Phone {
                country_code: cc.to_string(),
                national: national.to_string(),
            }
        }
        None => {
            let Some((_, cc, trunk)) = COUNTRIES
                .iter()
                .find(|(c, _, _)| c.eq_ignore_ascii_case(country))
            else {
                return Err(format!(
                    "'{input}' has no country code and phone_country '{country}' is unknown"
                ));
            };
            let national = if !trunk.is_empty() {
                digits.strip_prefix(trunk).unwrap_or(&digits)
            } else {
                &digits
            };
            Phone {
                country_code: cc.to_string(),
                national: national.to_string(),
            }
        }
    };
    if phone.national.starts_with('0') && NO_LEADING_ZERO.contains(&phone.country_code.as_str()) {
        let country = COUNTRIES
            .iter()
            .find(|(_, cc, _)| *cc == phone.country_code)
            .map_or("", |(c, _, _)| *c);
        return Err(format!(
            "'{input}' is not a number of +{} ({country}): none starts with 0 there; a number abroad needs its country code (+358 40 …)",
            phone.country_code
        ));
    }
    let total = phone.country_code.len() + phone.national.len();
    if phone.national.len() < 4 || !(7..=15).contains(&total) {
        return Err(format!(
            "'{input}' is not a phone number: {} digits is too {} (E.164 allows 7 to 15)",
            total,
            if total < 7 || phone.national.len() < 4 {
                "few"
            } else {
                "many"
            }
        ));
    }
    Ok(phone)
}

/// Normalise to `+372 5555 1234`. A number already written as `+CC`
/// and groups of digits separated by single spaces is kept as written:
/// its grouping is the writer's (and the country's) convention.
pub fn normalize(input: &str, country: &str) -> Result<String, String> {
    let p = parse(input, country)?;
    let s = input.trim();
    if is_international(s)
        && s.strip_prefix('+')
            .is_some_and(|r| r.split(' ').next() == Some(p.country_code.as_str()))
    {
        return Ok(s.to_string());
    }
    Ok(p.international())
}

/// Whether `s` is `+` then groups of digits separated by single spaces.
pub fn is_international(s: &str) -> bool {
    s.strip_prefix('+').is_some_and(|r| {
        r.split(' ').count() >= 2
            && r.split(' ')
                .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// The E.164 form used to compare numbers, or `None` when unparseable.
pub fn e164(input: &str, country: &str) -> Option<String> {
    parse(input, country).ok().map(|p| p.e164())
}

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
            assert_eq!(normalize(s, "EE").as_deref(), Ok("+372 5555 1234"), "{s}");
        }
    }

    #[test]
    fn a_leading_zero_where_no_number_has_one_is_refused() {
        let err = normalize("0987 6543", "EE").expect_err("EE has no leading 0");
        assert!(err.contains("none starts with 0"), "{err}");
        assert!(normalize("+372 040 123 4567", "FI").is_err());
        // Italy keeps the 0 of its area codes.
        assert_eq!(
            normalize("06 1234 5678", "IT").as_deref(),
            Ok("+39 061 234 5678")
        );
    }

    #[test]
    fn trunk_prefix_is_dropped() {
        assert_eq!(
            normalize("040 123 4567", "FI").as_deref(),
            Ok("+358 40 123 4567")
        );
        assert_eq!(
            normalize("+358 (0)40 1234567", "EE").as_deref(),
            Ok("+358 40 123 4567")
        );
        assert_eq!(
            normalize("(202) 555-0143", "US").as_deref(),
            Ok("+1 202 555 0143")
        );
        assert_eq!(normalize("612 3456", "EE").as_deref(), Ok("+372 612 3456"));
        // Already international: the writer's grouping stays.
        assert_eq!(
            normalize("+44 7700 900411", "EE").as_deref(),
            Ok("+44 7700 900411")
        );
        assert_eq!(
            normalize("+44-7700-900411", "EE").as_deref(),
            Ok("+44 770 090 0411")
        );
    }

    #[test]
    fn rubbish_is_refused() {
        assert!(normalize("call me", "EE").is_err());
        assert!(normalize("12", "EE").is_err());
        assert!(normalize("+372 1234567890123456", "EE").is_err());
        assert!(normalize("5555 1234", "XX").is_err());
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any input either fails with a message or gives a number that
        /// parses back to itself (normalising is idempotent).
        #[test]
        fn normalising_is_total_and_idempotent(s in "[0-9 +()./-]{0,24}|\\PC{0,24}") {
            if let Ok(n) = normalize(&s, "EE") {
                let again = normalize(&n, "FI");
                prop_assert_eq!(again.as_deref(), Ok(n.as_str()));
                prop_assert_eq!(e164(&n, "EE"), e164(&s, "EE"));
            }
        }
    }
}
