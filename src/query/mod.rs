//! Reading the user's words: customer/activity references, dates, periods,
//! the query language and fuzzy search.

pub mod lang;
pub mod period;
pub mod resolve;
pub mod search;
pub mod when;

pub use lang::{Query, QueryEnv};
pub use period::{Interval, Period};
