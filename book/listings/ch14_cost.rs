//! Chapter 14: what a gradient costs with finite differences and with backpropagation.
//!
//! In: the layer sizes of a fully connected network. Out: its parameter count, and how many
//! forward passes central differences would need for one gradient.

use std::fmt::Write as _;

// ANCHOR: cost
/// Number of weights and biases of a fully connected network with these layer sizes.
pub fn parameters(layers: &[usize]) -> usize {
    layers.windows(2).map(|pair| pair[1] * pair[0] + pair[1]).sum()
}

/// Forward passes for one gradient by central differences: two per parameter.
pub fn finite_difference_passes(layers: &[usize]) -> usize {
    2 * parameters(layers)
}
// ANCHOR_END: cost

/// The table of the chapter.
pub fn table() -> String {
    let mut out = String::from(
        "network                    parameters  forward passes by central differences\n",
    );
    for layers in
        [vec![2, 2, 1], vec![64, 32, 10], vec![784, 128, 10], vec![784, 30, 30, 30, 30, 10]]
    {
        let name = layers.iter().map(usize::to_string).collect::<Vec<_>>().join("-");
        let _ = writeln!(
            out,
            "{name:<26} {:>10}  {:>10}",
            parameters(&layers),
            finite_difference_passes(&layers)
        );
    }
    out
}

// ANCHOR: exercise_time
/// Exercise 2: hours per gradient by central differences when one forward pass takes
/// `forward_seconds`.
pub fn finite_difference_hours(layers: &[usize], forward_seconds: f64) -> f64 {
    finite_difference_passes(layers) as f64 * forward_seconds / 3600.0
}
// ANCHOR_END: exercise_time
