use backprop::prelude::*;

#[differentiable]
fn wrong_order(v: &DVector<f64>, w: &DMatrix<f64>) -> f64 {
    (v * w).sum()
}

fn main() {}
