use backprop::prelude::*;

#[derive(Params, Clone, Debug)]
struct Layer {
    w: DMatrix<f64>,
    name: String,
}

fn main() {}
