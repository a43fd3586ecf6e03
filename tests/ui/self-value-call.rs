use backprop::prelude::*;

#[differentiable]
fn calls_self(b: f64) -> f64 {
    self(b)
}

fn main() {}
