//! Shared by the rule tests: a seeded random source and random scalars, vectors and matrices.
//!
//! `SplitMix64` for the bits and Box–Muller for normals: no dependency, and the same points on
//! every machine, so a failure reproduces from the printed seed.
#![allow(dead_code, reason = "each test binary uses a different part")]

use backprop::Float;
use backprop::nalgebra::{DMatrix, DVector};

/// A seeded pseudo-random source.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// `SplitMix64` (Steele, Lea and Flood, OOPSLA 2014).
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`, from the top 53 bits.
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1_u64 << 53) as f64
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

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let radius = (-2.0 * (1.0 - self.uniform()).ln()).sqrt();
        radius * (std::f64::consts::TAU * self.uniform()).cos()
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
