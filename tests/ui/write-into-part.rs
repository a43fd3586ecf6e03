use backprop::prelude::*;

#[differentiable]
fn set_first_column(x: &DMatrix<f64>, c: &DVector<f64>) -> f64 {
    let mut out = x.clone();
    out.set_column(0, c);
    out.sum()
}

fn main() {}
