use backprop::prelude::*;

#[differentiable]
fn clipped(x: &DVector<f64>) -> f64 {
    let mut y = x.clone();
    if y[0] > 1.0 {
        y[0] = 1.0;
    }
    y.norm_squared()
}

fn main() {}
