use backprop::prelude::*;

#[differentiable]
fn many(x: f64, n: usize) -> f64 {
    let a = x as f32;
    let b = x.round();
    let mut total = 0.0;
    while total < 1.0 {
        total += x;
    }
    total + b + n as f64
}

fn main() {
    // The function and its module are still there: only the mistakes above are reported.
    let _ = many(1.0, 2);
    let _ = many::grad(1.0, 2);
}
