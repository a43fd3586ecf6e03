use backprop::prelude::*;

#[differentiable]
fn nothing_back(x: f64) {
    let square = x * x;
    assert!(square >= 0.0);
}

fn main() {}
