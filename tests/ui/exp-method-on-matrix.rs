use backprop::prelude::*;

#[differentiable]
fn matrix_exponential(m: &DMatrix<f64>) -> f64 {
    m.exp().sum()
}

fn main() {}
