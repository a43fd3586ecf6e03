use backprop::prelude::*;

#[differentiable]
fn layer_without_bias_rule(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>) -> f64 {
    let h = sigmoid(&(w * x + b));
    h.sum()
}

fn main() {}
