use backprop::prelude::*;

#[differentiable]
fn first_large(v: &DVector<f64>) -> f64 {
    let mut total = 0.0;
    for i in 0..v.len() {
        if v[i] > 1.0 {
            return v[i];
        }
        total += v[i];
    }
    total
}

fn main() {}
