use backprop::prelude::*;

#[differentiable]
fn clipped(x: f64) -> f64 {
    if x > 10.0 {
        return 10.0;
    }
    x
}

fn main() {}
