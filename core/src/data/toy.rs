//! Toy sets with two features: XOR, and the "cats vs dogs" clusters the seed started from.
//!
//! In: nothing, or a size and a seed. Out: a [`Dataset`] with two classes.

use nalgebra::DMatrix;

use super::{Dataset, Rng};

/// The four points of XOR: class 1 where exactly one coordinate is 1.
///
/// No straight line separates the classes, so a single neuron cannot learn it; a hidden layer
/// can.
#[must_use]
pub fn xor() -> Dataset {
    let x = DMatrix::from_column_slice(2, 4, &[0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0]);
    Dataset { x, labels: vec![0, 1, 1, 0], classes: 2 }
}

/// `n` animals described by two made-up features, weight and ear pointiness, standardized:
/// cats (class 0) light with pointed ears, dogs (class 1) heavier with rounder ears, drawn from
/// two overlapping normal clusters with a seed. A line separates them nearly, not perfectly.
///
/// # Example
/// ```
/// let pets = backprop::data::cats_vs_dogs(100, 3);
/// assert_eq!((pets.features(), pets.len(), pets.classes), (2, 100, 2));
/// ```
#[must_use]
pub fn cats_vs_dogs(n: usize, seed: u64) -> Dataset {
    let mut rng = Rng::new(seed);
    let mut x = DMatrix::zeros(2, n);
    let mut labels = Vec::with_capacity(n);
    for j in 0..n {
        let dog = rng.uniform() < 0.5;
        let (weight, ears) = if dog { (0.8, -0.6) } else { (-0.8, 0.6) };
        x[(0, j)] = weight + 0.55 * rng.normal();
        x[(1, j)] = ears + 0.55 * rng.normal();
        labels.push(usize::from(dog));
    }
    Dataset { x, labels, classes: 2 }
}
