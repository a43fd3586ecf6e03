use backprop::prelude::*;

#[differentiable]
fn mean_of_one_sample(v: &DVector<f64>) -> f64 {
    v.row_mean().sum()
}

fn main() {}
