//! Data quality: `crm check` ([`check`]).

pub mod check;
