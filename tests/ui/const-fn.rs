use backprop::prelude::*;

#[differentiable]
const fn constant(x: f64) -> f64 {
    x * x
}

fn main() {}
