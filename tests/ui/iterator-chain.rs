use backprop::prelude::*;

#[differentiable]
fn sum_of_squares(x: &DVector<f64>) -> f64 {
    x.iter().map(|v| v * v).sum::<f64>()
}

fn main() {}
