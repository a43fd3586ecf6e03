use backprop::prelude::*;

#[derive(Params, Clone, Debug)]
struct Pair(DMatrix<f64>, DVector<f64>);

fn main() {}
