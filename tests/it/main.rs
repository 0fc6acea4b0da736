//! One integration test binary: every test drives the real `crm` binary
//! against a temporary store with an isolated HOME and git identity.

mod attention;
mod cache;
mod check;
mod common;
mod core;
mod crash;
mod docs;
mod first_hour;
mod forget;
mod import_whole;
mod integrations;
mod interop;
mod mail;
mod money;
mod read;
mod report_check;
mod sync;
mod team;
