use backprop::prelude::*;

#[differentiable]
fn rounded(x: f64) -> f64 {
    x.round() * x
}

fn main() {}
