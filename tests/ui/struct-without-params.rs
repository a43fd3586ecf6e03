use backprop::prelude::*;

#[derive(Clone, Debug)]
struct Layer {
    w: DMatrix<f64>,
}

#[differentiable]
fn layer_loss(layer: &Layer, x: &DMatrix<f64>) -> f64 {
    (&layer.w * x).sum()
}

fn main() {}
