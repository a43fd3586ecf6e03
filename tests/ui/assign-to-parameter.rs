use backprop::prelude::*;

#[differentiable]
fn doubled(x: f64) -> f64 {
    x = x * 2.0;
    x
}

fn main() {}
