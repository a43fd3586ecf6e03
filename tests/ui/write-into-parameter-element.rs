use backprop::prelude::*;

#[differentiable]
fn first_zeroed(x: &DVector<f64>) -> f64 {
    x[0] = 0.0;
    x.norm_squared()
}

fn main() {}
