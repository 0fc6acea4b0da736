//! A contact's birthday, with or without the year.
//!
//! Address books often know the day but not the year (Google writes
//! `--06-21`, vCard 4 `--0621`). In a customer file a birthday is a TOML
//! date when the year is known (`birthday = 1975-03-14`) and otherwise the
//! string `"--MM-DD"` (`birthday = "--06-21"`), the form of ISO 8601 and
//! vCard; nothing is invented for the missing year.

use super::codec::{Codec, Reader, Texts, Writer};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer};

/// A birthday: a whole date, or a month and day without the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Birthday {
    Date(NaiveDate),
    /// Month 1–12 and a day that month can have (29 February included).
    NoYear {
        month: u32,
        day: u32,
    },
}

impl Default for Birthday {
    fn default() -> Self {
        Birthday::NoYear { month: 1, day: 1 }
    }
}

impl Birthday {
    /// `--MM-DD` (also `--MMDD`), if it is a day of the year.
    pub fn no_year(s: &str) -> Option<Birthday> {
        let rest = s.trim().strip_prefix("--")?;
        let (m, d) = match rest.split_once('-') {
            Some((m, d)) => (m, d),
            None if rest.len() == 4 => rest.split_at(2),
            None => return None,
        };
        if m.len() != 2 || d.len() != 2 {
            return None;
        }
        Birthday::month_day(m.parse().ok()?, d.parse().ok()?)
    }

    /// A month and day without a year, if that day exists (in a leap year).
    pub fn month_day(month: u32, day: u32) -> Option<Birthday> {
        NaiveDate::from_ymd_opt(2000, month, day).map(|_| Birthday::NoYear { month, day })
    }

    /// The month.
    pub fn month(&self) -> u32 {
        match self {
            Birthday::Date(d) => d.month(),
            Birthday::NoYear { month, .. } => *month,
        }
    }

    /// The day of the month.
    pub fn day(&self) -> u32 {
        match self {
            Birthday::Date(d) => d.day(),
            Birthday::NoYear { day, .. } => *day,
        }
    }

    /// The year, when known.
    pub fn year(&self) -> Option<i32> {
        match self {
            Birthday::Date(d) => Some(d.year()),
            Birthday::NoYear { .. } => None,
        }
    }

    /// The value as a customer file holds it: a TOML date, or the string
    /// `"--MM-DD"`.
    pub fn toml_value(&self) -> toml_edit::Value {
        match self {
            Birthday::Date(d) => crate::store::edit::date(*d),
            Birthday::NoYear { .. } => toml_edit::Value::from(self.to_string()),
        }
    }

    /// The first birthday on or after `today` (29 February: 28 February in
    /// other years).
    pub fn next_on_or_after(&self, today: NaiveDate) -> Option<NaiveDate> {
        let (m, d) = (self.month(), self.day());
        let on = |y: i32| {
            NaiveDate::from_ymd_opt(y, m, d).or_else(|| NaiveDate::from_ymd_opt(y, m, d - 1))
        };
        let this = on(today.year())?;
        if this >= today {
            Some(this)
        } else {
            on(today.year() + 1)
        }
    }

    /// As a vCard writes it: `1975-03-14`, or `--0314` without the year
    /// (RFC 6350's form; crm reads `--03-14` as well).
    pub fn vcard(&self) -> String {
        match self {
            Birthday::Date(d) => d.format("%Y-%m-%d").to_string(),
            Birthday::NoYear { month, day } => format!("--{month:02}{day:02}"),
        }
    }
}

impl std::fmt::Display for Birthday {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Birthday::Date(d) => write!(f, "{d}"),
            Birthday::NoYear { month, day } => write!(f, "--{month:02}-{day:02}"),
        }
    }
}

impl std::str::FromStr for Birthday {
    type Err = String;
    /// `1975-03-14` or `--03-14`.
    fn from_str(s: &str) -> Result<Self, String> {
        if let Some(b) = Birthday::no_year(s) {
            return Ok(b);
        }
        if s.trim().starts_with("--") {
            return Err(format!(
                "'{s}' is not a day of the year (write a birthday without a year as --MM-DD, e.g. --06-21)"
            ));
        }
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .map(Birthday::Date)
            .map_err(|_| {
                format!("'{s}' is not a date (expected 1975-03-14, or --03-14 without the year)")
            })
    }
}

impl<'de> Deserialize<'de> for Birthday {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Date(toml::value::Datetime),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Date(v) => super::to_date(&v)
                .map(Birthday::Date)
                .map_err(serde::de::Error::custom),
            Raw::Text(s) => Birthday::no_year(&s).ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "birthday '{s}' is neither a date (1975-03-14) nor a day of the year (\"--03-14\")"
                ))
            }),
        }
    }
}

impl Codec for Birthday {
    fn encode(&self, w: &mut Writer) {
        match self {
            Birthday::Date(d) => {
                w.bool(true);
                d.encode(w);
            }
            Birthday::NoYear { month, day } => {
                w.bool(false);
                month.encode(w);
                day.encode(w);
            }
        }
    }
    fn decode(&mut self, r: &mut Reader<'_>) -> Option<()> {
        *self = Self::read(r)?;
        Some(())
    }
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        if r.bool()? {
            NaiveDate::read(r).map(Birthday::Date)
        } else {
            let month = u32::read(r)?;
            let day = u32::read(r)?;
            Some(Birthday::NoYear { month, day })
        }
    }
}

impl Texts for Birthday {
    fn texts(&mut self, _: &mut dyn FnMut(&mut String)) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_year() {
        assert_eq!(
            Birthday::no_year("--06-21")
                .map(|b| b.to_string())
                .as_deref(),
            Some("--06-21")
        );
        assert_eq!(
            Birthday::no_year("--0621")
                .map(|b| b.to_string())
                .as_deref(),
            Some("--06-21")
        );
        assert!(Birthday::no_year("--02-29").is_some());
        assert!(Birthday::no_year("--02-30").is_none());
        assert!(Birthday::no_year("--13-01").is_none());
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        let b = Birthday::no_year("--02-29").expect("leap day");
        assert_eq!(b.next_on_or_after(d("2026-11-24")), Some(d("2027-02-28")));
        assert_eq!(b.next_on_or_after(d("2027-12-01")), Some(d("2028-02-29")));
    }
}
