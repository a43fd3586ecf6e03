use backprop::prelude::*;

#[differentiable(graph(svg))]
fn f(x: f64) -> f64 {
    x.sin()
}

fn main() {}
