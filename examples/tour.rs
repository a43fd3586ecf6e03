//! A short tour.
fn main() {}
