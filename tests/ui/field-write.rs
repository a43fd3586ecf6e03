use backprop::prelude::*;

#[derive(Params, Clone, Debug)]
struct Dense {
    w: DMatrix<f64>,
    b: DVector<f64>,
}

#[differentiable]
fn scaled_weights(p: &Dense, x: &DMatrix<f64>) -> f64 {
    let mut q = p.clone();
    q.w = &p.w * 2.0;
    add_bias(&(&q.w * x), &q.b).sum()
}

fn main() {}
