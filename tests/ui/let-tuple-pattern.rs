use backprop::prelude::*;

fn pair(x: f64) -> (f64, f64) {
    (x, 2.0)
}

#[differentiable]
fn unpacks_a_call(x: f64) -> f64 {
    let (a, b) = pair(x);
    a * b
}

fn main() {}
