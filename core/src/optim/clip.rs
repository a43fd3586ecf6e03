//! Gradient clipping: a gradient in, the same gradient made no larger than a limit out.
//!
//! By global norm (Pascanu et al., 2013): if ‖g‖ over every tensor exceeds `max`, scale all of
//! `g` by `max/‖g‖`, keeping its direction. By value: clamp every element into `[−limit, limit]`.

use crate::Params;

/// The Euclidean norm of every element of `grad` together.
#[must_use]
pub fn global_norm<P: Params>(grad: &P) -> f64 {
    let mut squares = 0.0;
    grad.visit_tensors(&mut |values| squares += values.iter().map(|v| v * v).sum::<f64>());
    squares.sqrt()
}

/// Scales `grad` down to global norm `max` when it is larger; returns the norm before.
///
/// # Example
/// ```
/// use backprop::optim::clip_by_global_norm;
/// use backprop::nalgebra::DVector;
///
/// let mut g = DVector::from_vec(vec![3.0, 4.0]);
/// assert_eq!(clip_by_global_norm(&mut g, 1.0), 5.0);
/// assert_eq!(g.as_slice(), &[0.6, 0.8]);
/// ```
pub fn clip_by_global_norm<P: Params>(grad: &mut P, max: f64) -> f64 {
    let norm = global_norm(grad);
    if norm > max && norm.is_finite() {
        let copy = grad.clone();
        grad.add_scaled(&copy, max / norm - 1.0);
    }
    norm
}

/// Clamps every element of `grad` into `[−limit, limit]`.
pub fn clip_by_value<P: Params>(grad: &mut P, limit: f64) {
    let copy = grad.clone();
    grad.update_tensors(&copy, &mut |values, _| {
        for v in values {
            *v = v.clamp(-limit, limit);
        }
    });
}
