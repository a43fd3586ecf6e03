//! The derivative rules.

#[doc(hidden)]
pub mod rules {}
