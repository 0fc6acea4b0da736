//! crm: a command-line CRM for very small firms.
//!
//! Every customer is one TOML file in a git repository. This library holds
//! all the logic — the file schema ([`model`]), the store with its
//! transactions and git commits ([`store`]), reference resolution and dates
//! ([`query`]), and the user-level operations ([`ops`]) — and knows nothing
//! of the terminal; the `crm` binary is a thin clap front end over it.

#![deny(unreachable_pub)]

pub mod error;
pub mod interop;
pub mod model;
pub mod ops;
pub mod quality;
pub mod query;
pub mod report;
pub mod settings;
pub mod store;
pub mod team;

pub use error::{Error, Result};
