use backprop::prelude::*;

#[differentiable]
fn filled(b: f64, x: &DVector<f64>) -> f64 {
    DVector::from_element(x.len(), b).dot(x)
}

fn main() {}
