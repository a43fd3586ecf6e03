use backprop::prelude::*;

#[differentiable]
fn truncated(x: f64) -> f64 {
    let steps = x as i64;
    steps as f64 * x
}

fn main() {}
