use backprop::prelude::*;

#[differentiable]
fn scale_in_place(m: &mut DMatrix<f64>) -> f64 {
    m.sum()
}

fn main() {}
