use backprop::prelude::*;

#[differentiable]
fn partial_sum(v: &DVector<f64>) -> f64 {
    let mut total = 0.0;
    for i in 0..v.len() {
        if i > 2 {
            break;
        }
        total += v[i];
    }
    total
}

fn main() {}
