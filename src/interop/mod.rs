//! Data in and out: JSON, CSV, vCard (SPEC §8); e-mail and the address
//! book of mail clients.

pub mod address_book;
pub mod csv;
pub mod csv_import;
pub mod ics;
pub mod json;
pub mod mail;
pub mod vcard;
