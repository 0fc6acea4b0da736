//! `crm.toml`: the store's settings (SPEC §2), with the defaults `crm init`
//! writes.

use serde::Deserialize;
use std::collections::BTreeMap;

/// Store settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub stages: Vec<String>,
    pub deal_stages: Vec<String>,
    pub activity_kinds: Vec<String>,
    pub currency: String,
    pub team: BTreeMap<String, TeamMember>,
    pub fields: BTreeMap<String, FieldDef>,
    pub stale_after_days: u32,
    pub phone_country: String,
    /// `[mail]`: what `crm mail import` keeps of a message and matches by.
    pub mail: MailConfig,
    /// `[calls]`: where `crm call` logs a call from an unknown number.
    pub calls: CallConfig,
    /// The language whose alphabet orders names (`""`: the language of
    /// `phone_country`), see [`super::collate`].
    pub locale: String,
    /// Activity kinds that are complaints: opened by `crm log`, open until
    /// done, reported by `crm report complaints`.
    pub complaint_kinds: Vec<String>,
    /// Default time budgets by tag or stage, first match wins.
    pub budgets: Vec<BudgetDef>,
    /// Warning rules (`[[rules]]`): the firm's own, and changes to the
    /// built-in ones (see `report::rules`).
    pub rules: Vec<RuleDef>,
    /// The catalogue of products and services (`[[products]]`).
    pub products: Vec<Product>,
}

/// `[mail]` of `crm.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MailConfig {
    /// What of a message goes into the activity's text besides its
    /// subject, direction and attachment names.
    pub keep: MailKeep,
    /// With `keep = "body"`: how many lines of the body (quoted lines and
    /// the signature left out).
    pub body_lines: u32,
    /// Also match a message to a customer by the domain of its e-mail
    /// addresses (never a public mail provider's or the team's own).
    pub match_domains: bool,
}

impl Default for MailConfig {
    fn default() -> Self {
        MailConfig {
            keep: MailKeep::Subject,
            body_lines: 5,
            match_domains: false,
        }
    }
}

/// How much of a message an e-mail activity keeps.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum MailKeep {
    /// The subject only (and direction, attachment names, Message-ID).
    Subject,
    /// Also the From, To and Cc lines.
    Headers,
    /// Also the first `body_lines` lines of the body.
    Body,
}

/// `[calls]` of `crm.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CallConfig {
    /// The id of the customer that calls from numbers nobody has are
    /// logged against; unset, such a call is refused (exit 3).
    pub inbox: Option<String>,
}

/// A default time budget (`[[budgets]]`): customers with `tag` (or in
/// `stage`) are worth `minutes` per `per`.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct BudgetDef {
    #[serde(default)]
    pub tag: Option<String>,
    #[serde(default)]
    pub stage: Option<String>,
    pub minutes: u32,
    #[serde(default = "super::budget::default_per")]
    pub per: String,
}

/// A warning rule as crm.toml writes it (`[[rules]]`). A rule named like
/// a built-in one changes it (any key given replaces the built-in's;
/// `enabled = false` switches it off); other rules need a `query`.
#[derive(Debug, Clone, Deserialize, Default, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub name: String,
    /// A query in the query language (docs/queries.md).
    #[serde(default)]
    pub query: Option<String>,
    /// What a warning is about: `customer`, `activity` or `deal`.
    #[serde(default)]
    pub on: Option<String>,
    /// The warning's text, with `{placeholders}`.
    #[serde(default)]
    pub message: Option<String>,
    /// Whose agenda shows it: `owner` (default), `everyone`, or a handle.
    #[serde(default, rename = "for")]
    pub for_: Option<String>,
    #[serde(default)]
    pub enabled: Option<bool>,
}

/// A product or service of the catalogue, named by its `id` in deal lines
/// (`crm deal add … --item training:3`) and contracts.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// Short and stable: lowercase letters, digits and `-`.
    pub id: String,
    pub name: String,
    /// What one of it is: `day`, `hour`, `licence` …
    #[serde(default)]
    pub unit: Option<String>,
    /// The list price of one unit.
    #[serde(deserialize_with = "super::decimal")]
    pub price: rust_decimal::Decimal,
    /// Default: the store's `currency`.
    #[serde(default)]
    pub currency: Option<String>,
    /// Recurring: the price is per `month`, `quarter` or `year`.
    #[serde(default)]
    pub every: Option<String>,
}

/// A colleague: maps a git identity to a short handle.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct TeamMember {
    pub name: String,
    pub email: String,
}

/// A custom field declaration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    #[serde(rename = "type")]
    pub kind: FieldType,
    #[serde(default)]
    pub values: Vec<String>,
}

/// Types a custom field may have.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum FieldType {
    String,
    Int,
    Float,
    Date,
    Bool,
    Enum,
}

impl FieldType {
    /// The name as written in `crm.toml`.
    pub fn name(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Int => "int",
            FieldType::Float => "float",
            FieldType::Date => "date",
            FieldType::Bool => "bool",
            FieldType::Enum => "enum",
        }
    }
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

impl Default for Config {
    fn default() -> Self {
        Config {
            stages: strings(&["lead", "prospect", "customer", "inactive", "lost"]),
            deal_stages: strings(&["open", "offer", "won", "lost"]),
            activity_kinds: strings(&[
                "call",
                "meeting",
                "email",
                "note",
                "task",
                "complaint",
                "agreement",
                "offer",
            ]),
            currency: "EUR".into(),
            team: BTreeMap::new(),
            fields: BTreeMap::new(),
            stale_after_days: 60,
            phone_country: "EE".into(),
            mail: MailConfig::default(),
            calls: CallConfig::default(),
            complaint_kinds: strings(&["complaint"]),
            budgets: Vec::new(),
            rules: Vec::new(),
            products: Vec::new(),
            locale: String::new(),
        }
    }
}

/// The text `crm init` writes: every default spelled out, with comments.
pub const DEFAULT_TEXT: &str = r#"# crm store settings. See docs/format.md for every key.

# Customer lifecycle stages, in order.
stages = ["lead", "prospect", "customer", "inactive", "lost"]

# Stages of a deal; moving a deal to "won" or "lost" sets its `closed` date.
deal_stages = ["open", "offer", "won", "lost"]

# Kinds of activity `crm log` accepts.
activity_kinds = ["call", "meeting", "email", "note", "task", "complaint", "agreement", "offer"]

# Currency of amounts that name none.
currency = "EUR"

# Days without contact after which a customer counts as stale.
stale_after_days = 60

# Country assumed for phone numbers written without a country code.
phone_country = "EE"

# Language whose alphabet orders names (a language tag: et, fi, sv, de, en).
# Unset: the language of phone_country.
# locale = "et"

# Colleagues: short handle -> git identity. `by` and `owner` use the handle.
# [team.mari]
# name = "Mari Tamm"
# email = "mari@example.com"

# Custom customer fields: type is string, int, float, date, bool or enum.
# [fields.industry]
# type = "enum"
# values = ["media", "retail", "software"]

# Activity kinds that are complaints: open until `crm done` or
# `crm complaint close`, counted by `crm report complaints`.
complaint_kinds = ["complaint"]

# Time budgets: minutes of work a customer is worth per month or quarter,
# by tag or stage (first match wins; a customer's own `budget` wins over
# these). The agenda warns at 80% and at 100%.
# [[budgets]]
# tag = "vip"
# minutes = 600
# per = "month"

# Warning rules for the agenda and `crm check --rules` (`crm rules` lists
# them with the built-in ones: overdue, stale, budget-80, over-budget,
# contract-ending).
# [[rules]]
# name = "vip-neglected"
# query = "tag:vip days_since_contact>14"
# message = "{name}: no contact for {days_since_contact} days"
# for = "owner"
#
# [[rules]]
# name = "stale"
# enabled = false

# Products and services, named by id in deal lines (crm deal add … --item training:3).
# [[products]]
# id = "training"
# name = "Training day"
# unit = "day"
# price = 1200
# every = "year"     # recurring: the price is per month, quarter or year
"#;

impl Config {
    /// Parse `crm.toml`, checking what the rest of crm relies on.
    pub fn parse(text: &str) -> Result<Config, String> {
        let c: Config = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            let msg = e
                .message()
                .lines()
                .next()
                .unwrap_or("invalid TOML")
                .to_string();
            match line {
                Some(l) => format!("line {l}: {msg}"),
                None => msg,
            }
        })?;
        for (what, list) in [
            ("stages", &c.stages),
            ("deal_stages", &c.deal_stages),
            ("activity_kinds", &c.activity_kinds),
        ] {
            if list.is_empty() {
                return Err(format!("{what} is empty; list at least one value"));
            }
        }
        for s in ["won", "lost"] {
            if !c.deal_stages.iter().any(|d| d == s) {
                return Err(format!(
                    "deal_stages must contain \"{s}\" (reports and `closed` dates rely on it)"
                ));
            }
        }
        if !super::phone::known_country(&c.phone_country) {
            return Err(format!(
                "phone_country '{}' is not a country code crm knows (e.g. EE, FI, SE, DE, GB, US)",
                c.phone_country
            ));
        }
        if c.mail.body_lines > 200 {
            return Err(format!(
                "mail.body_lines = {}: keep at most 200 lines of a message",
                c.mail.body_lines
            ));
        }
        if let Some(inbox) = &c.calls.inbox
            && let Some(why) = super::id::slug_problem(inbox)
        {
            return Err(format!(
                "calls.inbox = \"{inbox}\" is not a customer id: {why}"
            ));
        }
        if let Err(e) = super::collate::Collation::new(&c.locale) {
            return Err(format!("locale: {e}"));
        }
        for (name, def) in &c.fields {
            if def.kind == FieldType::Enum && def.values.is_empty() {
                return Err(format!("fields.{name}: type enum needs `values = [...]`"));
            }
        }
        for k in &c.complaint_kinds {
            if !c.activity_kinds.contains(k) {
                return Err(format!(
                    "complaint_kinds: '{k}' is not one of activity_kinds ({})",
                    c.activity_kinds.join(", ")
                ));
            }
        }
        for (i, b) in c.budgets.iter().enumerate() {
            let at = format!("budgets[{i}]");
            match (&b.tag, &b.stage) {
                (Some(_), None) => {}
                (None, Some(s)) if c.stages.contains(s) => {}
                (None, Some(s)) => {
                    return Err(format!(
                        "{at}.stage: '{s}' is not one of stages ({})",
                        c.stages.join(", ")
                    ));
                }
                _ => return Err(format!("{at}: give either `tag` or `stage`")),
            }
            if super::budget::Per::parse(&b.per).is_none() {
                return Err(format!("{at}.per: '{}' is not month or quarter", b.per));
            }
            if b.minutes == 0 {
                return Err(format!("{at}.minutes: a budget is at least one minute"));
            }
        }
        let mut names = std::collections::HashSet::new();
        for r in &c.rules {
            let name = r.name.trim();
            if name.is_empty() || name.contains(char::is_whitespace) {
                return Err(format!(
                    "rules: '{}' is not a rule name (one word, like vip-neglected)",
                    r.name
                ));
            }
            if !names.insert(name) {
                return Err(format!("rules: two rules are named '{name}'"));
            }
        }
        check_products(&c.products)?;
        Ok(c)
    }

    /// Whether activities of `kind` are complaints.
    pub fn is_complaint(&self, kind: &str) -> bool {
        self.complaint_kinds.iter().any(|k| k == kind)
    }

    /// The product with this id.
    pub fn product(&self, id: &str) -> Option<&Product> {
        self.products.iter().find(|p| p.id == id)
    }

    /// The order names sort in: `locale`, else the language of
    /// `phone_country` (both checked by [`Config::parse`]).
    pub fn collation(&self) -> super::collate::Collation {
        let tag = if self.locale.trim().is_empty() {
            super::collate::language_of(&self.phone_country)
        } else {
            self.locale.as_str()
        };
        super::collate::Collation::new(tag).unwrap_or_else(|_| super::collate::Collation::plain())
    }

    /// The handle of the team member with this e-mail, if any.
    pub fn handle_for_email(&self, email: &str) -> Option<&str> {
        self.team
            .iter()
            .find(|(_, m)| m.email.eq_ignore_ascii_case(email))
            .map(|(h, _)| h.as_str())
    }
}

/// The periods a recurring price or contract value may be per.
pub const EVERY: &[&str] = &["month", "quarter", "year"];

/// Whether `s` is a product id: lowercase ASCII letters, digits and `-`,
/// starting with a letter or digit, at most 64 characters.
pub fn is_product_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && !s.starts_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_products(products: &[Product]) -> Result<(), String> {
    let mut seen = std::collections::HashSet::new();
    for (i, p) in products.iter().enumerate() {
        let at = format!("products[{i}]");
        if !is_product_id(&p.id) {
            return Err(format!(
                "{at}.id: '{}' is not a product id (lowercase letters, digits and -, like support-year)",
                p.id
            ));
        }
        if !seen.insert(p.id.as_str()) {
            return Err(format!("{at}.id: product '{}' is listed twice", p.id));
        }
        if p.name.trim().is_empty() {
            return Err(format!("{at}.name: product '{}' has an empty name", p.id));
        }
        if p.price.is_sign_negative() {
            return Err(format!("{at}.price: {} is negative", p.price));
        }
        if let Some(c) = &p.currency
            && !(c.len() == 3 && c.chars().all(|x| x.is_ascii_uppercase()))
        {
            return Err(format!(
                "{at}.currency: '{c}' is not a currency code like EUR"
            ));
        }
        if let Some(e) = &p.every
            && !EVERY.contains(&e.as_str())
        {
            return Err(format!(
                "{at}.every: '{e}' is not one of: {}",
                EVERY.join(", ")
            ));
        }
    }
    Ok(())
}
