use backprop::prelude::*;

#[differentiable(wrt(w, bias))]
fn loss(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>) -> f64 {
    add_bias(&(w * x), b).sum()
}

fn main() {}
