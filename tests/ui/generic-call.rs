use backprop::prelude::*;

fn twice<T: Copy + std::ops::Add<Output = T>>(x: T) -> T {
    x + x
}

#[differentiable]
fn calls_generic(x: f64) -> f64 {
    twice::<f64>(x)
}

fn main() {}
