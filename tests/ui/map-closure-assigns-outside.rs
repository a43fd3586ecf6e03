use backprop::prelude::*;

#[differentiable]
fn total_inside(m: &DMatrix<f64>) -> f64 {
    let mut total = 0.0;
    let squares = m.map(|v| {
        total += v;
        v * v
    });
    squares.sum() + total
}

fn main() {}
