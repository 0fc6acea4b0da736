//! Data quality: `crm check` ([`check`]), folding a duplicate customer
//! into another ([`fold`], `crm merge`) and settling the conflicts a merge
//! recorded ([`resolve`]).

pub mod check;
pub mod fold;
pub mod resolve;
