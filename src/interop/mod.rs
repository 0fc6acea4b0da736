//! Data in and out (SPEC §8): CSV, vCard and iCalendar in, CSV, vCard,
//! iCalendar out, and JSON both ways (the backup); e-mail in (`crm mail
//! import`) and the address book of mail clients (`crm email`).

pub mod address_book;
pub mod columns;
pub mod csv;
pub mod csv_import;
pub mod ics;
pub mod ics_import;
pub mod json;
pub mod mail;
pub mod vcard;
