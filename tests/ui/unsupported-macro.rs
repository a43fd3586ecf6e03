use backprop::prelude::*;

#[differentiable]
fn noisy(x: f64) -> f64 {
    println!("x = {x}");
    x * x
}

fn main() {}
