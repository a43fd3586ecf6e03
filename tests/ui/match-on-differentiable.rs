use backprop::prelude::*;

#[differentiable]
fn sign(x: f64) -> f64 {
    match x {
        v if v > 0.0 => v,
        _ => -x,
    }
}

fn main() {}
