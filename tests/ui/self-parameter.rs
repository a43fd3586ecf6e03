use backprop::prelude::*;

struct Model {
    w: DMatrix<f64>,
}

impl Model {
    #[differentiable]
    fn loss(&self, x: &DMatrix<f64>) -> f64 {
        (&self.w * x).sum()
    }
}

fn main() {}
