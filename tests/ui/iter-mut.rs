use backprop::prelude::*;

#[differentiable]
fn squared_in_place(x: &DVector<f64>) -> f64 {
    let mut out = x.clone();
    for v in out.iter_mut() {
        *v = *v * *v;
    }
    out.sum()
}

fn main() {}
