//! Data sets as matrices whose columns are samples, with their class labels.
//!
//! In: the bundled 8×8 digits ([`digits`]), MNIST's IDX files from a directory the user names
//! ([`mnist`]), or a toy set drawn from a seed ([`xor`], [`cats_vs_dogs`]). Out: a [`Dataset`],
//! which splits itself into stratified train and test parts, picks mini-batches and standardizes
//! its features with statistics fitted on the training part.

mod digits;
mod error;
mod idx;
mod rng;
mod toy;

use nalgebra::{DMatrix, DVector};

pub use digits::digits;
pub use error::DataError;
pub use idx::{mnist, read_idx_images, read_idx_labels};
pub use rng::Rng;
pub use toy::{cats_vs_dogs, xor};

/// Samples as the columns of `x`, with one class label per column.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// Features × samples.
    pub x: DMatrix<f64>,
    /// The class of each column, below [`classes`](Dataset::classes).
    pub labels: Vec<usize>,
    /// How many classes there are.
    pub classes: usize,
}

impl Dataset {
    /// Number of samples.
    #[must_use]
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// True when there are no samples.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// Number of features (rows of `x`).
    #[must_use]
    pub fn features(&self) -> usize {
        self.x.nrows()
    }

    /// The samples at `indices`, in that order: a mini-batch.
    #[must_use]
    pub fn select(&self, indices: &[usize]) -> Dataset {
        Dataset {
            x: self.x.select_columns(indices),
            labels: indices.iter().map(|&i| self.labels[i]).collect(),
            classes: self.classes,
        }
    }

    /// The first `n` samples (all of them when there are fewer).
    #[must_use]
    pub fn take(&self, n: usize) -> Dataset {
        let indices: Vec<usize> = (0..n.min(self.len())).collect();
        self.select(&indices)
    }

    /// A seeded split keeping each class's share: about `test_fraction` of every class goes to
    /// the test part. Returns `(train, test)`, each shuffled.
    ///
    /// # Example
    /// ```
    /// use backprop::data::{self, Rng};
    ///
    /// let digits = data::digits().unwrap();
    /// let (train, test) = digits.stratified_split(0.25, &mut Rng::new(1));
    /// assert_eq!(train.len() + test.len(), 1797);
    /// let count = |d: &data::Dataset, c| d.labels.iter().filter(|&&l| l == c).count();
    /// assert!((0..10).all(|c| count(&test, c) * 4 >= count(&digits, c) - 4));
    /// ```
    #[must_use]
    pub fn stratified_split(&self, test_fraction: f64, rng: &mut Rng) -> (Dataset, Dataset) {
        let (mut train, mut test) = (Vec::new(), Vec::new());
        for class in 0..self.classes {
            let mut members: Vec<usize> =
                (0..self.len()).filter(|&i| self.labels[i] == class).collect();
            rng.shuffle(&mut members);
            let share = (members.len() as f64 * test_fraction.clamp(0.0, 1.0)).round();
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "a rounded share of a count, between 0 and that count"
            )]
            let in_test = share as usize;
            test.extend_from_slice(&members[..in_test]);
            train.extend_from_slice(&members[in_test..]);
        }
        rng.shuffle(&mut train);
        rng.shuffle(&mut test);
        (self.select(&train), self.select(&test))
    }
}

/// Per-feature standardization `(x − mean)/std`, fitted on training data and applied to any.
///
/// A feature that never varies (a corner pixel of the digits) has its std taken as 1, so it
/// becomes 0 instead of NaN.
#[derive(Clone, Debug, PartialEq)]
pub struct Standardizer {
    /// Mean of each feature.
    pub mean: DVector<f64>,
    /// Standard deviation of each feature (1 where it is 0).
    pub std: DVector<f64>,
}

impl Standardizer {
    /// Fits the statistics of the columns of `x`.
    #[must_use]
    pub fn fit(x: &DMatrix<f64>) -> Standardizer {
        let (mean, variance) = crate::ops::norm::row_statistics(x);
        let std = variance.map(|v| if v > 1e-12 { v.sqrt() } else { 1.0 });
        Standardizer { mean, std }
    }

    /// `x` standardized with the fitted statistics.
    #[must_use]
    pub fn apply(&self, x: &DMatrix<f64>) -> DMatrix<f64> {
        let mut out = x.clone();
        for mut column in out.column_iter_mut() {
            column.zip_zip_apply(&self.mean, &self.std, |v, m, s| *v = (*v - m) / s);
        }
        out
    }
}
