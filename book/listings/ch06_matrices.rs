//! Chapter 6: the rules for matrices and batches, derived and checked.
//!
//! In: a linear classifier on a batch whose columns are samples. Out: its gradient by hand
//! (dW = dZ·Xᵀ, db = row sums of dZ, dZ = (softmax(Z) − Y)/N), the gradient the macro wrote,
//! the generated code and the checker's verdict.

use backprop::prelude::*;

// ANCHOR: classifier
/// Softmax cross-entropy of a linear classifier: logits Z = W·X + b, one column per sample.
#[differentiable(wrt(w, b))]
pub fn classifier(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>, labels: &[usize]) -> f64 {
    let z = add_bias(&(w * x), b);
    cross_entropy(&z, labels)
}
// ANCHOR_END: classifier

// ANCHOR: by_hand
/// The same gradient by hand: dZ = (softmax(Z) − `one_hot(labels)`) / N, dW = dZ·Xᵀ, and db the
/// sum of dZ over the batch (the bias was added to every column, so every column sends its
/// adjoint back to it).
pub fn classifier_by_hand(
    w: &DMatrix<f64>,
    b: &DVector<f64>,
    x: &DMatrix<f64>,
    labels: &[usize],
) -> (DMatrix<f64>, DVector<f64>) {
    let z = add_bias(&(w * x), b);
    let mut d_z = softmax(&z);
    for (column, &label) in labels.iter().enumerate() {
        d_z[(label, column)] -= 1.0;
    }
    d_z /= labels.len() as f64;
    (&d_z * x.transpose(), d_z.column_sum())
}
// ANCHOR_END: by_hand

/// Three classes, four features, six samples.
pub fn point() -> (DMatrix<f64>, DVector<f64>, DMatrix<f64>, Vec<usize>) {
    let w = DMatrix::from_fn(3, 4, |i, j| ((4 * i + j) as f64 * 0.7).sin() * 0.5);
    let b = DVector::from_vec(vec![0.1, -0.2, 0.05]);
    let x = DMatrix::from_fn(4, 6, |i, j| ((i + 3 * j) as f64 * 0.45).cos());
    (w, b, x, vec![0, 1, 2, 2, 1, 0])
}

/// Largest |generated − by hand| over both gradients.
pub fn largest_difference() -> f64 {
    let (w, b, x, labels) = point();
    let (_, grad) = classifier::grad(&w, &b, &x, &labels);
    let (d_w, d_b) = classifier_by_hand(&w, &b, &x, &labels);
    (grad.w - d_w).amax().max((grad.b - d_b).amax())
}

// ANCHOR: exercise_batch
/// Exercise 1: the gradient of the batch is the mean of the gradients of its samples, because
/// the loss is the mean of the samples' losses. Returns the largest difference between the two.
pub fn batch_is_mean_of_samples() -> f64 {
    let (w, b, x, labels) = point();
    let (_, whole) = classifier::grad(&w, &b, &x, &labels);
    let mut sum = DMatrix::zeros(3, 4);
    for (j, label) in labels.iter().enumerate() {
        let column = x.columns(j, 1).into_owned();
        let (_, one) = classifier::grad(&w, &b, &column, &[*label]);
        sum += one.w;
    }
    (whole.w - sum / labels.len() as f64).amax()
}
// ANCHOR_END: exercise_batch

// ANCHOR: exercise_input
/// Exercise 2: the adjoint of the input, dX = Wᵀ·dZ: what a layer below would receive.
#[differentiable(wrt(x))]
pub fn classifier_wrt_input(
    w: &DMatrix<f64>,
    b: &DVector<f64>,
    x: &DMatrix<f64>,
    labels: &[usize],
) -> f64 {
    let z = add_bias(&(w * x), b);
    cross_entropy(&z, labels)
}

/// dX by hand from the hand-derived dZ.
pub fn input_gradient_by_hand(
    w: &DMatrix<f64>,
    b: &DVector<f64>,
    x: &DMatrix<f64>,
    labels: &[usize],
) -> DMatrix<f64> {
    let z = add_bias(&(w * x), b);
    let mut d_z = softmax(&z);
    for (column, &label) in labels.iter().enumerate() {
        d_z[(label, column)] -= 1.0;
    }
    d_z /= labels.len() as f64;
    w.transpose() * d_z
}
// ANCHOR_END: exercise_input
