use backprop::prelude::*;

#[differentiable]
fn remainder(x: f64) -> f64 {
    x % 2.0
}

fn main() {}
