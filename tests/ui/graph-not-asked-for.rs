use backprop::prelude::*;

#[differentiable]
fn f(x: f64, y: f64) -> f64 {
    x * y + x.sin()
}

fn main() {
    let graph = f::graph(2.0, -3.0);
    println!("{}", graph.to_dot());
}
