use backprop::prelude::*;

#[differentiable]
fn generic<T: backprop::Float>(x: T) -> T {
    x * x
}

fn main() {}
