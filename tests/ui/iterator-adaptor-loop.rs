use backprop::prelude::*;

#[differentiable]
fn reversed(x: &DVector<f64>) -> f64 {
    let mut total = 0.0;
    for v in x.iter().rev() {
        total = total * 0.5 + v;
    }
    total
}

fn main() {}
