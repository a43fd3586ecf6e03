use backprop::prelude::*;

#[differentiable]
fn nothing_back(x: f64) {
    let square = x * x;
}

fn main() {}
