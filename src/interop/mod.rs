//! Data in and out: JSON, CSV, vCard (SPEC §8).

pub mod csv;
pub mod csv_import;
pub mod ics;
pub mod json;
pub mod vcard;
