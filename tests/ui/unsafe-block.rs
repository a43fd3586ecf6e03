use backprop::prelude::*;

#[differentiable]
fn with_unsafe(x: f64) -> f64 {
    let y = unsafe { x * 2.0 };
    y
}

fn main() {}
