use backprop::prelude::*;

#[differentiable]
fn shifted(m: &DMatrix<f64>, s: f64) -> f64 {
    (m + s).norm_squared()
}

fn main() {}
