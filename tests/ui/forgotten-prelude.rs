// A learner forgot `use backprop::prelude::*;`. Each function gets its own errors, where the
// names are used, and one more: the generated module's import of the same names, which
// stands for every use of them in the generated code (no error repeated per use).
#[backprop::differentiable]
pub fn loss(w: &DMatrix<f64>, b: &DVector<f64>, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    let z = add_bias(&(w * x), b);
    let h = sigmoid(&z);
    mse(&h, y)
}

fn main() {}
