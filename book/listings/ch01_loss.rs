//! Chapter 1: the loss is a number that says how wrong a prediction is.
//!
//! In: a network's raw scores (logits) for "cat" and "dog" on a photo of a cat. Out: the
//! probability the scores give to "cat" and the cross-entropy loss they cost, as a table.

use std::fmt::Write as _;

use backprop::prelude::*;

// ANCHOR: loss
/// The loss of one prediction: logits `[cat, dog]` for a photo whose label is "cat" (class 0).
pub fn loss_for_a_cat(cat: f64, dog: f64) -> f64 {
    let logits = DMatrix::from_column_slice(2, 1, &[cat, dog]);
    cross_entropy(&logits, &[0])
}
// ANCHOR_END: loss

/// The table of chapter 1: from confidently right to confidently wrong.
pub fn table() -> String {
    let mut out = String::from("logit cat  logit dog  p(cat)   loss\n");
    for (cat, dog) in [(4.0, -2.0), (2.0, 0.0), (0.0, 0.0), (-1.0, 1.0), (-4.0, 3.0)] {
        let logits = DMatrix::from_column_slice(2, 1, &[cat, dog]);
        let p_cat = softmax(&logits)[0];
        let loss = loss_for_a_cat(cat, dog);
        let _ = writeln!(out, "{cat:>9.1}  {dog:>9.1}  {p_cat:.4}  {loss:.4}");
    }
    out
}

// ANCHOR: exercise_guess
/// Exercise 1: a network that knows nothing gives every class the same score. Its loss on
/// `classes` classes, whatever the label, is ln(classes).
pub fn loss_of_a_blind_guess(classes: usize) -> f64 {
    let logits = DMatrix::zeros(classes, 1);
    cross_entropy(&logits, &[0])
}
// ANCHOR_END: exercise_guess

// ANCHOR: exercise_mse
/// Exercise 2: the squared error of a probability against the label 1 can never exceed 1,
/// while the cross-entropy of a confident mistake grows without bound.
pub fn squared_error_and_cross_entropy(p_cat: f64) -> (f64, f64) {
    let prediction = DMatrix::from_element(1, 1, p_cat);
    let label = DMatrix::from_element(1, 1, 1.0);
    (mse(&prediction, &label), -p_cat.ln())
}
// ANCHOR_END: exercise_mse
