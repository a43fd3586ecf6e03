use backprop::prelude::*;

#[differentiable]
fn pair(a: f64, b: f64, x: &DVector<f64>) -> f64 {
    DVector::from_column_slice(&[a, b]).dot(x)
}

fn main() {}
