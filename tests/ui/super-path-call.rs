use backprop::prelude::*;

#[differentiable]
fn helper(x: f64) -> f64 {
    x * x
}

mod inner {
    use backprop::prelude::*;

    #[differentiable]
    pub fn calls_super(x: f64) -> f64 {
        super::helper(x) * 2.0
    }
}

fn main() {}
