//! The header vocabulary of `crm import csv`: which column of which
//! program's export feeds which field (docs/import-export.md has the table).
//!
//! Headers are compared folded: lower case, accents transliterated, only
//! letters and digits kept, and a run of digits written `#` (`E-mail 2 -
//! Value` → `email#value`). Pipedrive's `Person - …` / `Organization - …`
//! prefixes are taken off first and say whose the column is.

use crate::model::id;

/// What a column feeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Col {
    /// The organisation's name (the customer).
    Org,
    /// A person's whole name.
    Person,
    FirstName,
    MiddleName,
    LastName,
    /// The person's e-mail or phone (the customer's in a row without a
    /// person).
    Email,
    Phone,
    /// The firm's own e-mail or phone, whoever the row names.
    OrgEmail,
    OrgPhone,
    Website,
    /// A whole address in one cell.
    Address,
    /// Parts of an address; the string is the group (`business`, `home`,
    /// `address 1`), so one address is not made of two.
    Street(String),
    City(String),
    Region(String),
    PostCode(String),
    Country(String),
    RegCode,
    Notes,
    Tags,
    Owner,
    Stage,
    Role,
    Birthday,
    BirthYear,
    BirthMonth,
    BirthDay,
    Created,
    /// A custom field of crm.toml.
    Field(String),
    /// Says something about another column (`E-mail 1 - Label`, `E-mail
    /// Type`, `File As`): used or dropped with that column, never data.
    Consumed,
    /// `--map Header=ignore`.
    Ignore,
}

/// Fold a header for comparison.
pub fn norm(h: &str) -> String {
    let mut out = String::new();
    let mut in_digits = false;
    for c in id::fold(h).chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                out.push('#');
            }
            in_digits = true;
        } else {
            in_digits = false;
            if c.is_ascii_alphanumeric() {
                out.push(c);
            }
        }
    }
    out
}

/// Plain header words → field.
const WORDS: &[(&str, &[&str])] = &[
    (
        "org",
        &[
            "company",
            "companyname",
            "organization",
            "organisation",
            "organizationname",
            "organization#name",
            "org",
            "accountname",
            "account",
            "firma",
            "firmanimi",
            "ettevote",
            "ettevotte",
            "ettevottenimi",
            "yritys",
            "yrityksennimi",
            "organisaatio",
            "asiakas",
            "klient",
            "kliendinimi",
            "customer",
            "customername",
            "businessname",
            "organizationname#",
        ],
    ),
    (
        "person",
        &[
            "fullname",
            "displayname",
            "contact",
            "contactname",
            "contactperson",
            "person",
            "personname",
            "kontaktisik",
            "kontaktisikunimi",
            "yhteyshenkilo",
            "yhteyshenkilonnimi",
        ],
    ),
    (
        "first",
        &["firstname", "givenname", "eesnimi", "etunimi", "forename"],
    ),
    ("middle", &["middlename", "additionalname"]),
    (
        "last",
        &[
            "lastname",
            "familyname",
            "surname",
            "perekonnanimi",
            "perenimi",
            "sukunimi",
        ],
    ),
    (
        "email",
        &[
            "email",
            "emailaddress",
            "mail",
            "primaryemail",
            "secondaryemail",
            "email#value",
            "email#address",
            "emailhome",
            "emailwork",
            "emailother",
            "workemail",
            "homeemail",
            "businessemail",
            "epost",
            "epostiaadress",
            "meiliaadress",
            "sahkoposti",
            "sahkopostiosoite",
            "emailaddress#",
            "contactemail",
            "contactemailaddress",
            "kontaktisikuepost",
        ],
    ),
    (
        "phone",
        &[
            "phone",
            "telephone",
            "tel",
            "phonenumber",
            "telefon",
            "telefoninumber",
            "puhelin",
            "puhelinnumero",
            "mobile",
            "mobilenumber",
            "mobiil",
            "mobiiltelefon",
            "matkapuhelin",
            "gsm",
            "businessphone",
            "businessphone#",
            "workphone",
            "primaryphone",
            "phone#value",
            "homephone",
            "homephone#",
            "homemobile",
            "mobilephone",
            "carphone",
            "otherphone",
            "callback",
            "radiophone",
            "isdn",
            "pager",
            "pagernumber",
            "assistantsphone",
            "phonework",
            "phonehome",
            "phonemobile",
            "phoneother",
            "contactphone",
            "contactphonenumber",
            "kontaktisikutelefon",
        ],
    ),
    (
        "orgphone",
        &[
            "companymainphone",
            "companyphone",
            "mainphone",
            "accountphone",
        ],
    ),
    (
        "website",
        &[
            "website",
            "webpage",
            "webpage#",
            "web",
            "url",
            "www",
            "homepage",
            "website#value",
            "koduleht",
            "veebileht",
            "kotisivu",
            "verkkosivu",
            "verkkosivut",
            "companydomainname",
            "domain",
        ],
    ),
    (
        "address",
        &[
            "address",
            "postaladdress",
            "aadress",
            "postiaadress",
            "osoite",
            "katuosoite",
            "fulladdress",
        ],
    ),
    (
        "country",
        &["country", "countryregion", "riik", "maa", "land"],
    ),
    (
        "city",
        &[
            "city",
            "town",
            "linn",
            "kaupunki",
            "postitoimipaikka",
            "ort",
        ],
    ),
    ("street", &["street", "streetaddress", "tanav", "katu"]),
    (
        "postcode",
        &[
            "postalcode",
            "postcode",
            "zip",
            "zipcode",
            "postiindeks",
            "postinumero",
        ],
    ),
    (
        "region",
        &["state", "region", "province", "maakond", "county"],
    ),
    (
        "regcode",
        &[
            "regcode",
            "registrycode",
            "registrationnumber",
            "companynumber",
            "registrikood",
            "regkood",
            "ytunnus",
            "businessid",
            "companyid",
            "orgnr",
            "organisationsnummer",
            "vatnumber",
        ],
    ),
    (
        "notes",
        &[
            "notes",
            "note",
            "description",
            "comments",
            "comment",
            "markused",
            "markus",
            "kommentaar",
            "lisainfo",
            "lisatiedot",
            "huomautukset",
            "muistiinpanot",
            "kuvaus",
        ],
    ),
    (
        "tags",
        &[
            "tags",
            "tag",
            "labels",
            "label",
            "groupmembership",
            "categories",
            "category",
            "sildid",
            "tunnisteet",
            "avainsanat",
            "keywords",
        ],
    ),
    (
        "owner",
        &[
            "owner",
            "accountowner",
            "contactowner",
            "companyowner",
            "recordowner",
            "omanik",
            "vastutaja",
            "omistaja",
            "vastuuhenkilo",
            "myyja",
        ],
    ),
    (
        "stage",
        &[
            "stage",
            "status",
            "lifecyclestage",
            "etapp",
            "staatus",
            "vaihe",
            "tila",
        ],
    ),
    (
        "role",
        &[
            "jobtitle",
            "title",
            "position",
            "role",
            "organizationtitle",
            "organization#title",
            "ametikoht",
            "amet",
            "titteli",
            "tehtava",
            "asema",
            "nimike",
        ],
    ),
    (
        "birthday",
        &[
            "birthday",
            "birthdate",
            "dateofbirth",
            "sunnipaev",
            "syntymapaiva",
            "syntymaaika",
        ],
    ),
    (
        "created",
        &[
            "createdate",
            "createdtime",
            "created",
            "createdat",
            "datecreated",
            "personcreated",
            "organizationcreated",
            "creationdate",
            "lisatud",
            "luotu",
        ],
    ),
    (
        "consumed",
        &[
            "email#label",
            "email#type",
            "emailtype",
            "email#displayname",
            "emaildisplayname",
            "phone#label",
            "phone#type",
            "address#label",
            "address#type",
            "address#formatted",
            "website#label",
            "website#type",
            "organization#type",
            "fileas",
            "photo",
            "gender",
            "priority",
            "sensitivity",
            "private",
        ],
    ),
];

/// Address groups: `Business Street`, `Home City`, `Mailing Zip`,
/// `Address 1 - Street`, `Billing Country` …
const GROUPS: &[&str] = &[
    "business", "home", "work", "other", "mailing", "billing", "shipping", "postal", "address#",
];

fn word_target(n: &str) -> Option<&'static str> {
    WORDS
        .iter()
        .find(|(_, ws)| ws.contains(&n))
        .map(|(t, _)| *t)
}

fn col_of(t: &str, group: &str) -> Option<Col> {
    let g = group.to_string();
    Some(match t {
        "org" => Col::Org,
        "person" => Col::Person,
        "first" => Col::FirstName,
        "middle" => Col::MiddleName,
        "last" => Col::LastName,
        "email" => Col::Email,
        "phone" => Col::Phone,
        "orgphone" => Col::OrgPhone,
        "website" => Col::Website,
        "address" if group.is_empty() => Col::Address,
        "address" => Col::Street(g),
        "street" => Col::Street(g),
        "city" => Col::City(g),
        "postcode" => Col::PostCode(g),
        "region" => Col::Region(g),
        "country" => Col::Country(g),
        "regcode" => Col::RegCode,
        "notes" => Col::Notes,
        "tags" => Col::Tags,
        "owner" => Col::Owner,
        "stage" => Col::Stage,
        "role" => Col::Role,
        "birthday" => Col::Birthday,
        "created" => Col::Created,
        "consumed" => Col::Consumed,
        _ => return None,
    })
}

/// The automatic field of a header, if crm knows it.
pub fn auto(header: &str) -> Option<Col> {
    let n = norm(header);
    if n.is_empty() {
        return None;
    }
    // Pipedrive: `Person - Organization`, `Organization - Name`.
    for (prefix, org) in [
        ("person", false),
        ("organization", true),
        ("organisation", true),
    ] {
        let Some(rest) = n.strip_prefix(prefix) else {
            continue;
        };
        if !header.contains(" - ") || rest.starts_with('#') {
            break;
        }
        return match (org, rest) {
            (false, "name") => Some(Col::Person),
            (false, "organization" | "organisation") => Some(Col::Org),
            (true, "name") => Some(Col::Org),
            (true, "address") => Some(Col::Address),
            (true, r) if r.starts_with("phone") => Some(Col::OrgPhone),
            (true, r) if r.starts_with("email") => Some(Col::OrgEmail),
            (_, "labels") => Some(Col::Tags),
            (_, r) => auto_plain(r),
        };
    }
    auto_plain(&n)
}

fn auto_plain(n: &str) -> Option<Col> {
    if let Some(t) = word_target(n) {
        return col_of(t, "");
    }
    // `Birth Year` / `Birth Month` / `Birth Day` (Thunderbird).
    match n {
        "birthyear" => return Some(Col::BirthYear),
        "birthmonth" => return Some(Col::BirthMonth),
        "birthday" => return Some(Col::Birthday),
        _ => {}
    }
    // Address parts with a group in front: `Business Street 2`,
    // `Home ZipCode`, `Address 1 - City`, `Mailing Country`.
    for g in GROUPS {
        let gn = g.trim_end_matches('#');
        let Some(rest) = n.strip_prefix(gn) else {
            continue;
        };
        let (group, rest) = if g.ends_with('#') {
            match rest.strip_prefix('#') {
                Some(r) => (format!("{gn}#"), r),
                None => continue,
            }
        } else {
            (gn.to_string(), rest)
        };
        let rest = rest.trim_end_matches('#');
        let part = match rest {
            "street" | "address" | "streetaddress" => "street",
            "city" => "city",
            "state" | "region" => "region",
            "postalcode" | "zipcode" | "zip" | "code" | "postcode" => "postcode",
            "country" | "countryregion" => "country",
            "pobox" | "addresspobox" | "extendedaddress" => "street",
            _ => {
                // `Work Phone`, `Home Phone 2`, `Business Fax` …
                return word_target(rest).and_then(|t| col_of(t, ""));
            }
        };
        return col_of(part, &group);
    }
    None
}

/// Values some programs write for "nothing": Outlook's `0/0/00` dates and
/// its `Unspecified`, `Normal`, `False` defaults.
pub fn is_placeholder(col: &Col, v: &str) -> bool {
    let v = v.trim();
    v == "0/0/00"
        || v == "0.0.00"
        || v.eq_ignore_ascii_case("#N/A")
        || (*col == Col::Consumed
            && ["unspecified", "normal", "false"].contains(&v.to_ascii_lowercase().as_str()))
}

/// Foreign lifecycle stages (HubSpot, Pipedrive, Salesforce, Zoho, the
/// words of Estonian and Finnish sheets), folded → crm's default stage.
pub const STAGES: &[(&str, &str)] = &[
    ("subscriber", "lead"),
    ("lead", "lead"),
    ("new", "lead"),
    ("newlead", "lead"),
    ("marketingqualifiedlead", "lead"),
    ("mql", "lead"),
    ("coldlead", "lead"),
    ("warmlead", "lead"),
    ("contacted", "lead"),
    ("attemptedtocontact", "lead"),
    ("liid", "lead"),
    ("uus", "lead"),
    ("vihje", "lead"),
    ("liidi", "lead"),
    ("salesqualifiedlead", "prospect"),
    ("sql", "prospect"),
    ("opportunity", "prospect"),
    ("prospect", "prospect"),
    ("qualified", "prospect"),
    ("hotlead", "prospect"),
    ("negotiation", "prospect"),
    ("inprogress", "prospect"),
    ("potentsiaalne", "prospect"),
    ("potentiaalinen", "prospect"),
    ("customer", "customer"),
    ("client", "customer"),
    ("evangelist", "customer"),
    ("active", "customer"),
    ("won", "customer"),
    ("closedwon", "customer"),
    ("klient", "customer"),
    ("asiakas", "customer"),
    ("inactive", "inactive"),
    ("formercustomer", "inactive"),
    ("churned", "inactive"),
    ("passive", "inactive"),
    ("mitteaktiivne", "inactive"),
    ("passiivinen", "inactive"),
    ("lost", "lost"),
    ("closedlost", "lost"),
    ("unqualified", "lost"),
    ("disqualified", "lost"),
    ("kaotatud", "lost"),
    ("menetetty", "lost"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_of_many_programs() {
        for (h, c) in [
            ("Company", Col::Org),
            ("Ettevõte", Col::Org),
            ("Yritys", Col::Org),
            ("E-mail", Col::Email),
            ("E-post", Col::Email),
            ("Sähköposti", Col::Email),
            ("E-mail 2 - Value", Col::Email),
            ("Phone 1 - Value", Col::Phone),
            ("Telefon", Col::Phone),
            ("Puhelin", Col::Phone),
            ("Organization - Name", Col::Org),
            ("Person - Organization", Col::Org),
            ("Person - Name", Col::Person),
            ("Person - Email - Work", Col::Email),
            ("Y-tunnus", Col::RegCode),
            ("Kontaktisik", Col::Person),
            ("Yhteyshenkilö", Col::Person),
            ("Contact person", Col::Person),
            ("Organization Name", Col::Org),
            ("Organization 1 - Name", Col::Org),
            ("E-mail 1 - Label", Col::Consumed),
            ("Lifecycle Stage", Col::Stage),
            ("Create Date", Col::Created),
        ] {
            assert_eq!(auto(h), Some(c), "{h}");
        }
        assert_eq!(auto("BILLINGCITY"), Some(Col::City("billing".into())));
        assert_eq!(
            auto("Business Street 2"),
            Some(Col::Street("business".into()))
        );
        assert_eq!(
            auto("Address 1 - Postal Code"),
            Some(Col::PostCode("address#".into()))
        );
        assert_eq!(auto("Home ZipCode"), Some(Col::PostCode("home".into())));
        assert_eq!(auto("Work Phone"), Some(Col::Phone));
        assert_eq!(auto("Business Fax"), None);
        assert_eq!(auto("Record ID"), None);
    }
}
