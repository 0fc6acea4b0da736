//! Reading the user's words: customer/activity references and dates.

pub mod resolve;
pub mod when;
