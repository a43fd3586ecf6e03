use backprop::prelude::*;

#[differentiable]
fn calls_self_type(b: f64) -> f64 {
    Self(b)
}

fn main() {}
