use backprop::prelude::*;

fn cube(x: f64) -> f64 {
    x * x * x
}

#[differentiable]
fn uses_cube(x: f64) -> f64 {
    cube(x) + x
}

fn main() {}
