use backprop::prelude::*;

#[differentiable]
fn count(v: &DVector<f64>) -> usize {
    v.len()
}

fn main() {}
