//! The finite-difference gradient checker.

pub mod trace;
