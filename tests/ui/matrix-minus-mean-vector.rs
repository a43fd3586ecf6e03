use backprop::prelude::*;

#[differentiable]
fn centred(x: &DMatrix<f64>, mu: &DVector<f64>) -> f64 {
    (x - mu).norm_squared()
}

fn main() {}
