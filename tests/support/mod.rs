//! Shared by the rule tests: a seeded random source with random scalars, vectors and matrices,
//! and the check of one adjoint of a rule.
//!
//! The bits and normals come from the library's own seeded source (`backprop::data::Rng`), so
//! the points are the same on every machine and a failure reproduces from the printed seed.
#![allow(dead_code, reason = "each test binary uses a different part")]

use backprop::nalgebra::{DMatrix, DVector};
use backprop::{Float, Params, check};

/// Checks the adjoint `back(at, out, seed)` of `f` at `at`, the other arguments fixed.
pub fn check_arg<P: Params, O: Params>(
    rule: &str,
    at: &P,
    f: impl Fn(&P) -> O,
    back: impl Fn(&P, &O, &O) -> P,
) {
    let out = f(at);
    let report = check::params(&f, at, |seed: &O| back(at, &out, seed));
    assert!(report.passed(), "{rule} at {at:?}:\n{report}");
}

/// A seeded pseudo-random source: the library's, with the draws the tests need.
pub struct Rng(backprop::data::Rng);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(backprop::data::Rng::new(seed))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// Uniform in `[0, 1)`.
    pub fn uniform(&mut self) -> f64 {
        self.0.uniform()
    }

    /// Uniform in `[low, high)`.
    pub fn between(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.uniform()
    }

    /// Uniform integer in `low..=high`.
    pub fn int(&mut self, low: usize, high: usize) -> usize {
        let span = (high - low + 1) as u64;
        low + usize::try_from(self.next_u64() % span).expect("span fits in usize")
    }

    /// Standard normal.
    pub fn normal(&mut self) -> f64 {
        self.0.normal()
    }

    /// A standard normal scalar.
    pub fn scalar<T: Float>(&mut self) -> T {
        T::of(self.normal())
    }

    /// A scalar of magnitude in `[0.5, 2)` and random sign: a safe divisor.
    pub fn away_from_zero<T: Float>(&mut self) -> T {
        let magnitude = self.between(0.5, 2.0);
        T::of(if self.uniform() < 0.5 { -magnitude } else { magnitude })
    }

    /// A matrix of standard normals.
    pub fn matrix<T: Float>(&mut self, rows: usize, cols: usize) -> DMatrix<T> {
        DMatrix::from_fn(rows, cols, |_, _| self.scalar())
    }

    /// A vector of standard normals.
    pub fn vector<T: Float>(&mut self, len: usize) -> DVector<T> {
        DVector::from_fn(len, |_, _| self.scalar())
    }

    /// A matrix with entries in `[low, high)`.
    pub fn matrix_between<T: Float>(
        &mut self,
        rows: usize,
        cols: usize,
        low: f64,
        high: f64,
    ) -> DMatrix<T> {
        DMatrix::from_fn(rows, cols, |_, _| T::of(self.between(low, high)))
    }

    /// A matrix of divisors: magnitudes in `[0.5, 2)`, random signs.
    pub fn matrix_away_from_zero<T: Float>(&mut self, rows: usize, cols: usize) -> DMatrix<T> {
        DMatrix::from_fn(rows, cols, |_, _| self.away_from_zero())
    }

    /// A vector of divisors: magnitudes in `[0.5, 2)`, random signs.
    pub fn vector_away_from_zero<T: Float>(&mut self, len: usize) -> DVector<T> {
        DVector::from_fn(len, |_, _| self.away_from_zero())
    }
}
