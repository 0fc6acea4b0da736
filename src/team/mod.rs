//! Working as a team through git: the semantic three-way merge of a
//! customer file ([`merge`]), `crm sync` ([`sync`]), joining a team
//! ([`clone`]), `crm undo` ([`undo`]) and what changed, told in CRM terms
//! ([`history`]: `crm history` and `crm review`).

pub mod clone;
pub mod field_times;
pub mod forget;
pub mod history;
pub mod merge;
pub mod sync;
pub mod undo;
