use backprop::prelude::*;

#[derive(Params, Clone, Debug)]
enum Choice {
    Small(f64),
    Large(DMatrix<f64>),
}

fn main() {}
