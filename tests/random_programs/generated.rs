//! 300 random `#[differentiable]` functions, each followed by a test that runs its
//! generated `check` at random points. Written by `generator.rs` with seed 2026: do not
//! edit, regenerate with
//! `REGENERATE_RANDOM_PROGRAMS=1 cargo test --test random_programs generated_file_is_current`.
#![allow(
    clippy::needless_pass_by_value,
    clippy::trivially_copy_pass_by_ref,
    reason = "the programs take each parameter by value or by reference at random"
)]
#![allow(
    clippy::redundant_closure,
    clippy::redundant_closure_for_method_calls,
    reason = "`m.map(f64::tanh)` is not differentiated: `map` takes a closure"
)]
#![allow(
    clippy::explicit_iter_loop,
    clippy::unused_enumerate_index,
    clippy::assign_op_pattern,
    reason = "loops and element writes in the forms a learner writes first"
)]

use backprop::prelude::*;

use super::passes_at_random_points;

#[derive(Params, Clone, Debug)]
struct Affine {
    w: DMatrix<f64>,
    b: DVector<f64>,
}

#[derive(Params, Clone, Debug)]
struct TwoLayer {
    first: Affine,
    second: Affine,
    gain: f64,
}

#[derive(Params, Clone, Debug)]
struct Stack {
    layers: Vec<Affine>,
}

#[derive(Params, Clone, Debug)]
struct Affine32 {
    w: DMatrix<f32>,
    b: DVector<f32>,
}

#[derive(Params, Clone, Debug)]
struct TwoLayer32 {
    first: Affine32,
    second: Affine32,
    gain: f32,
}

#[derive(Params, Clone, Debug)]
struct Stack32 {
    layers: Vec<Affine32>,
}

#[differentiable]
fn f000(x0: &DMatrix<f64>, x1: &DVector<f64>, x2: &DMatrix<f64>) -> f64 {
    let mut acc1 = x0 - add_bias(&DMatrix::zeros(3, 4), x1);
    for (_, &e2) in x2.iter().enumerate() {
        acc1 *= (0.5 * (((0.05 * x1.norm_squared()).sin() * e2).powi(2) + 1.0).ln()).tanh();
    }
    let mut acc4: DVector<f64> = DVector::zeros(3);
    for (_, &e5) in x2.iter().enumerate() {
        let m7 = sigmoid(&(0.5 * (e5 * DMatrix::identity(2, 2))));
        acc1 += tanh(&(0.5 * (tanh(&(0.5 * x0)) + x0)));
        acc4 *= (0.2 * (x0[(1, 0)] - e5 + m7.norm_squared())).tanh();
    }
    (0.05 * ((0.05 * ((0.5 * (0.5 * x1[2]).tanh()).tan() + acc1.mean())).tanh() + acc4.sum()))
        .tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f000() {
    passes_at_random_points(0, "f000", |rng| {
        f000::check(&rng.matrix(3, 4), &rng.vector(3), &rng.matrix(4, 3))
    });
}

#[differentiable]
fn f001(x0: DMatrix<f32>, q: &TwoLayer32, case: usize) -> DVector<f32> {
    let mut acc1: DMatrix<f32> = DMatrix::zeros(4, 2);
    acc1 += tanh(
        &(0.05
            * (x0.component_div(&x0.map(|e| e * e + 0.5))
                * (1.0 + q.first.b.sum().powi(2)).powf(0.5 * (0.5 * q.gain).tanh()))),
    );
    let v4 = match case {
        0 => x0.column(1).into_owned(),
        1 | 2 => {
            for &e2 in &q.first.w {
                acc1 /= 2.0 + (0.5 * (0.5 * e2).tanh()).tan().tanh();
            }
            (0.01
                * ((x0.column(0).sum() * DMatrix::identity(4, 4)
                    - q.gain * DMatrix::identity(4, 4))
                    * (q.gain
                        * DMatrix::identity(4, 4)
                        * (DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3])
                            * q.second.b.mean()))))
            .map(|e| e.tanh())
        }
        _ => {
            let acc1 = tanh(&acc1);
            (x0.column(1).into_owned() + x0.column(0).into_owned()) * (0.2 * acc1.sum()).exp()
        }
    };
    let m5 = x0.clone();
    (0.05 * (&q.second.b * (0.02 * acc1.sum()).exp() * (0.02 * v4.sum()).exp())).map(|e| e.tanh())
        * (0.01 * m5.norm_squared()).exp()
        + DVector::from_element(2, 1.0)
            * (x0.sum()
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f001() {
    passes_at_random_points(1, "f001", |rng| {
        f001::check(
            rng.matrix(4, 2),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f002(x0: &DMatrix<f64>, x1: &f64, x2: DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(4, 3);
    acc1 *= (0.02 * x2.norm_squared()).tanh().cos();
    acc1 *= (0.5 * x0.columns(2, 1).mean()).sin();
    let m2 = &acc1 + x0;
    acc1.mean() + *x1 + m2.mean() + (x0.sum() + *x1 + x2.sum())
}

#[test]
fn check_f002() {
    passes_at_random_points(2, "f002", |rng| {
        f002::check(&rng.matrix(4, 3), &rng.scalar(), rng.matrix(2, 4))
    });
}

#[differentiable]
fn f003(x0: &DMatrix<f64>, x1: &DMatrix<f64>, p: &TwoLayer) -> f64 {
    let m1 = x1.transpose();
    let mut acc2: DMatrix<f64> = DMatrix::zeros(3, 2);
    for _ in 0..x0.nrows() {
        acc2 -= tanh(&(0.2 * ln(&exp(&(0.5 * &p.first.w)).map(|e| e * e + 0.5))));
    }
    let v4 = if p.gain > 1.25 {
        p.second.b.clone()
    } else {
        let c3: DMatrix<f64> = DMatrix::from_element(4, 3, 2.0);
        (c3.row(0).norm() + p.gain) * p.second.b.map(|e| (0.5 * e).tanh())
    };
    (0.01
        * ((0.05
            * (p.gain / (2.0 + (0.05 * acc2.norm_squared()).tanh().cos()) + m1.norm_squared()))
        .sin()
            + v4.norm_squared()))
    .tanh()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f003() {
    passes_at_random_points(3, "f003", |rng| {
        f003::check(
            &rng.matrix(2, 4),
            &rng.matrix(2, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f004(x0: DVector<f64>, x1: &DMatrix<f64>, s: &Stack) -> DMatrix<f64> {
    let mut h1 = 0.2 * (&s.layers[1].w - &s.layers[0].w);
    for layer2 in &s.layers {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b));
    }
    let c3: DMatrix<f64> = DMatrix::from_element(2, 2, 0.4);
    let c4: f64 = 0.4;
    tanh(
        &(0.05
            * (tanh(
                &(0.05
                    * (add_bias(&DMatrix::zeros(2, 4), &s.layers[1].b).transpose()
                        * (0.1 * x0.sum()).exp()
                        * (0.2 * x1.mean()).exp())),
            ) * (0.2 * h1.norm_squared()).exp()
                * c3.sum().exp()
                * c4.exp())),
    ) + DMatrix::from_element(4, 2, 1.0)
        * (x0.sum()
            + x1.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f004() {
    passes_at_random_points(4, "f004", |rng| {
        f004::check(
            rng.vector(4),
            &rng.matrix(2, 2),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                ],
            },
        )
    });
}

#[differentiable]
fn f005(x0: f32, x1: &DMatrix<f32>, s: &Stack32) -> f32 {
    let x1 = x1.map(|e| e.sin()) + ln(&exp(&(0.2 * x1)));
    assert_eq!(x1.shape(), (3, 4));
    (2.0 + s.layers[1].b.mean().sin()).ln()
        + x0
        + (x0
            + x1.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f005() {
    passes_at_random_points(5, "f005", |rng| {
        f005::check(
            rng.scalar(),
            &rng.matrix(3, 4),
            &Stack32 {
                layers: vec![
                    Affine32 { w: rng.matrix(3, 3), b: rng.vector(3) },
                    Affine32 { w: rng.matrix(3, 3), b: rng.vector(3) },
                ],
            },
        )
    });
}

#[differentiable]
fn f006(x0: &DMatrix<f64>, p: &TwoLayer) -> DVector<f64> {
    let m1 = tanh(
        &(0.05
            * (add_bias(&DMatrix::zeros(3, 5), &p.first.b) * (p.gain * DMatrix::identity(5, 2)))),
    );
    let mut w2: DMatrix<f64> =
        p.gain * DMatrix::identity(5, 3) * add_bias(&DMatrix::zeros(3, 4), &p.first.b);
    for i in 0..w2.nrows() {
        w2[(i, 0)] = 0.5 * (p.gain + (0.05 * p.first.b.norm_squared()).tanh());
    }
    (0.05
        * (p.second.w.column(0).into_owned()
            * (0.05 * x0.sum()).exp()
            * (0.1 * m1.norm_squared()).exp()))
    .map(|e| e.tanh())
        * (0.01 * w2.norm_squared()).exp()
        + DVector::from_element(4, 1.0)
            * (x0.sum()
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f006() {
    passes_at_random_points(6, "f006", |rng| {
        f006::check(
            &rng.matrix(4, 3),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f007(x0: &DVector<f64>, x1: f64, x2: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc1 = x0.clone();
    acc1 += x0;
    acc1 = &acc1 * 0.5 + x0;
    if n > 2 {
        assert_eq!(x0.len(), 4);
        acc1 = acc1.map(|e| e.sin()) + x0;
    }
    acc1 = &acc1 * 0.5
        + x0.component_div(&x0.map(|e| e * e + 0.5))
            * (0.05
                * f002(
                    &add_bias(&DMatrix::zeros(4, 3), x0),
                    &x2.mean(),
                    x1 * DMatrix::identity(2, 4),
                ))
            .tanh();
    (0.5 * x1).sin() + acc1.mean() + (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f007() {
    passes_at_random_points(7, "f007", |rng| {
        f007::check(&rng.vector(4), rng.scalar(), &rng.matrix(4, 4), 2)
    });
}

#[differentiable]
fn f008(x0: DMatrix<f32>, x1: f32) -> DVector<f32> {
    let mut w1: DVector<f32> = DVector::zeros(5);
    for i in 0..w1.len() {
        w1[i] = 0.1 * x0.dot(&x0);
    }
    assert_eq!(x0.shape(), (2, 2));
    (0.05
        * ((DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x1).map(|u| (0.5 * x1).exp() + u)
            * (0.2 * w1.mean()).exp()))
    .map(|e| e.tanh())
        + DVector::from_element(3, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f008() {
    passes_at_random_points(8, "f008", |rng| f008::check(rng.matrix(2, 2), rng.scalar()));
}

#[differentiable]
fn f009(x0: f64, x1: &DVector<f64>) -> f64 {
    let mut w1: DMatrix<f64> = add_bias(&DMatrix::zeros(3, 3), x1) / (2.0 + (0.5 * x0).cos());
    for i in 0..w1.nrows() {
        w1[(i, 1)] = 0.5 * x0;
    }
    let mut acc2: DMatrix<f64> = DMatrix::from_element(3, 3, 0.4);
    if acc2.sum() > 1.5 {
        let m3 = softmax(&(0.05 * (x0 * DMatrix::identity(4, 3) * &w1)));
        acc2 = tanh(&acc2)
            + tanh(
                &(0.05
                    * (add_bias(&w1.transpose().transpose(), x1)
                        * (0.05 * m3.norm_squared()).exp())),
            );
    }
    acc2 -= x0 * DMatrix::identity(3, 4) * (x0 * DMatrix::identity(4, 3));
    (0.02 * ((0.01 * ((0.5 * x0).tanh() + w1.norm_squared())).tanh() + acc2.sum())).tanh()
        + (x0 + x1.sum())
}

#[test]
fn check_f009() {
    passes_at_random_points(9, "f009", |rng| f009::check(rng.scalar(), &rng.vector(3)));
}

#[differentiable]
fn f010(x0: f32, x1: &DMatrix<f32>, x2: &DVector<f32>, s: &Stack32) -> f32 {
    let mut h1 = 0.2 * (x0 * DMatrix::identity(5, 4) - s.layers[2].w.columns(1, 4).into_owned());
    for (i, layer2) in s.layers.iter().enumerate() {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b)) * (1.0 / (i as f32 + 1.0));
    }
    let mut acc3: f32 = 0.5;
    for _ in 0..2_usize {
        acc3 += (0.5 * x0).sin();
    }
    let mut w4: DVector<f32> = x2.clone();
    for i in 0..w4.len() {
        w4[i] = 0.5 * (0.5 * acc3).exp();
    }
    (0.02
        * ((0.01 * (s.layers[2].b[0].min(x0) + x1.norm_squared())).sin()
            + h1.sum()
            + w4.norm_squared()))
    .tanh()
        + (x0
            + x1.sum()
            + x2.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f010() {
    passes_at_random_points(10, "f010", |rng| {
        f010::check(
            rng.scalar(),
            &rng.matrix(4, 4),
            &rng.vector(4),
            &Stack32 {
                layers: vec![
                    Affine32 { w: rng.matrix(5, 5), b: rng.vector(5) },
                    Affine32 { w: rng.matrix(5, 5), b: rng.vector(5) },
                    Affine32 { w: rng.matrix(5, 5), b: rng.vector(5) },
                ],
            },
        )
    });
}

#[differentiable]
fn f011(x0: DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let s1 = (0.5 * (0.5 * (x1[(0, 0)] * (0.01 * x1.norm_squared()).sin())).tanh()).tan();
    let m2 = x1.transpose();
    let m3 = s1 * DMatrix::identity(2, 2);
    (0.01 * ((0.05 * (s1 + s1.sin() + x0.norm_squared())).sin() + m2.norm_squared())).sin()
        + m3.mean()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f011() {
    passes_at_random_points(11, "f011", |rng| f011::check(rng.matrix(2, 2), &rng.matrix(4, 4)));
}

#[differentiable]
fn f012(x0: &DMatrix<f32>, case: usize) -> f32 {
    assert_eq!(x0.shape(), (3, 1));
    let m4 = {
        let m1 = softmax(x0);
        let m3 = match case {
            0 => m1.norm_squared() * DMatrix::identity(2, 1) * (x0.sum() * DMatrix::identity(1, 2)),
            1 | 2 => {
                let m2 = &m1 * m1.rows(0, 1).into_owned();
                sigmoid(&(0.5 * (x0[(1, 0)] * DMatrix::identity(2, 2)))) * (0.5 * m2.sum()).exp()
            }
            _ => x0[(2, 0)] * DMatrix::identity(2, 2),
        };
        (x0 + &m1) * (0.05 * m3.mean()).exp()
    };
    (0.05 * (x0.mean().min(x0[(0, 0)]) + m4.sum())).tanh() + x0.sum()
}

#[test]
fn check_f012() {
    passes_at_random_points(12, "f012", |rng| f012::check(&rng.matrix(3, 1), rng.int(0, 3)));
}

#[differentiable]
fn f013(x0: &DVector<f64>, x1: f64, x2: f64) -> f64 {
    let c1: DMatrix<f64> = DMatrix::zeros(4, 2);
    assert_eq!(x0.len(), 5);
    (0.05 * (x2 * x1 * c1.sum().exp())).tanh() + (x0.sum() + x1 + x2)
}

#[test]
fn check_f013() {
    passes_at_random_points(13, "f013", |rng| {
        f013::check(&rng.vector(5), rng.scalar(), rng.scalar())
    });
}

#[differentiable(wrt(x0, x1))]
fn f014(x0: DMatrix<f32>, x1: &DMatrix<f32>, s: &Stack32) -> DVector<f32> {
    let mut h1 = 0.2
        * add_bias(&DMatrix::zeros(1, 2), &s.layers[1].b)
            .component_div(&add_bias(&DMatrix::zeros(1, 2), &s.layers[1].b).map(|e| e * e + 0.5));
    for layer2 in s.layers.iter() {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b));
    }
    let m3: DMatrix<f32> = relu(&h1);
    (0.05 * (&s.layers[2].b * (0.01 * x0.norm_squared()).exp() * (0.2 * x1.mean()).exp()))
        .map(|e| e.tanh())
        * (0.5 * m3.sum()).exp()
        + DVector::from_element(1, 1.0)
            * (x0.sum()
                + x1.sum()
                + s.layers[0].w.sum()
                + s.layers[0].b.sum()
                + s.layers[1].w.sum()
                + s.layers[1].b.sum()
                + s.layers[2].w.sum()
                + s.layers[2].b.sum())
}

#[test]
fn check_f014() {
    passes_at_random_points(14, "f014", |rng| {
        f014::check(
            rng.matrix(4, 4),
            &rng.matrix(4, 2),
            &Stack32 {
                layers: vec![
                    Affine32 { w: rng.matrix(1, 1), b: rng.vector(1) },
                    Affine32 { w: rng.matrix(1, 1), b: rng.vector(1) },
                    Affine32 { w: rng.matrix(1, 1), b: rng.vector(1) },
                ],
            },
        )
    });
}

#[differentiable]
fn f015(x0: f64, s: &Stack, n: usize, case: usize) -> DMatrix<f64> {
    let mut h1 = s.layers[0].b.map(|e| (0.5 * e).tanh());
    for (i, layer2) in s.layers.iter().enumerate() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh()) * (1.0 / (i as f64 + 1.0));
    }
    let mut acc3 = s.layers[0].b.component_mul(&s.layers[1].w.column(0).into_owned());
    for _ in 0..n {
        let s6 = match case {
            0 => {
                let s5 = {
                    let s4 = (x0.powi(2) + 0.5).sqrt();
                    (1.0 + s.layers[0].b.sum().powi(2)).powf(0.5 * (0.5 * x0).tanh()) + s4
                };
                s5 - x0
            }
            1 | 2 => x0 * (0.5 * x0).tanh() * x0,
            _ => s.layers[1].w.rows(0, 1).norm(),
        };
        acc3 /= 2.0 + (0.1 * (s.layers[1].b.sum() + s6)).cos();
    }
    let c7: DMatrix<f64> = DMatrix::from_element(3, 4, 0.75);
    let v8 = &s.layers[1].b - &h1;
    tanh(&(0.05 * (&s.layers[1].w * (0.2 * x0).exp() * (0.01 * acc3.norm_squared()).exp())))
        * (0.2 * c7.sum()).exp()
        * (0.1 * v8.sum()).exp()
        + DMatrix::from_element(3, 3, 1.0)
            * (x0
                + s.layers[0].w.sum()
                + s.layers[0].b.sum()
                + s.layers[1].w.sum()
                + s.layers[1].b.sum())
}

#[test]
fn check_f015() {
    passes_at_random_points(15, "f015", |rng| {
        f015::check(
            rng.scalar(),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                ],
            },
            2,
            rng.int(0, 3),
        )
    });
}

#[differentiable(wrt(x0))]
fn f016(x0: DVector<f64>, x1: &DMatrix<f64>, x2: DMatrix<f64>) -> f64 {
    let mut w2: DVector<f64> = x2.column(2).into_owned().map(|e| {
        let t1 = e;
        (2.0 + t1.sin()).ln()
    });
    for i in 0..w2.len() {
        w2[i] += w2.sum();
    }
    let m3 = x1.transpose().map(|e| (e.powi(2) + 1.0).ln());
    let c4: DVector<f64> = DVector::zeros(1);
    (0.02
        * (m3.column(1).sum() - (0.05 * x1.rows(1, 1).norm_squared()).tanh()
            + x0.norm_squared()
            + w2.norm_squared()))
    .tanh()
        * c4.mean().exp()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f016() {
    passes_at_random_points(16, "f016", |rng| {
        f016::check(rng.vector(1), &rng.matrix(3, 3), rng.matrix(3, 3))
    });
}

#[differentiable]
fn f017(x0: &DVector<f32>, x1: &DMatrix<f32>, p: &TwoLayer32) -> f32 {
    let x0 = (0.5 * x0).map(|e| e.tanh());
    assert_eq!(p.first.w.shape(), (2, 4));
    assert_eq!(x0.len(), 3);
    f012(&(p.gain * DMatrix::identity(3, 1)), 3)
        + x1.sum()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f017() {
    passes_at_random_points(17, "f017", |rng| {
        f017::check(
            &rng.vector(3),
            &rng.matrix(3, 4),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f018(x0: &f64, x1: &DMatrix<f64>, p: &TwoLayer) -> f64 {
    let m1 = x1 * p.gain;
    let mut acc2: DVector<f64> = DVector::zeros(3);
    for (&e3, &e4) in x1.iter().zip(x1.iter().skip(1)) {
        acc2 = (0.2 * &acc2).map(|e| e.tanh())
            + (0.05 * (&p.first.b * (0.2 * e3).exp() * (0.2 * e4).exp())).map(|e| e.tanh());
    }
    (0.05 * (*x0 + m1.mean() + acc2.sum())).tanh()
        + (*x0
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f018() {
    passes_at_random_points(18, "f018", |rng| {
        f018::check(
            &rng.scalar(),
            &rng.matrix(2, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f019(x0: DMatrix<f32>, p: TwoLayer32) -> DVector<f32> {
    let m1 = p.gain * DMatrix::identity(2, 3) * (p.gain * DMatrix::identity(3, 4));
    let mut acc2: DVector<f32> = DVector::zeros(2);
    acc2 += &p.second.b;
    for _ in 0..p.first.w.nrows() {
        let mut acc3: DMatrix<f32> = DMatrix::from_element(3, 3, 0.75);
        for _ in 0..x0.ncols() {
            let v5 = {
                let s4: f32 = p.first.w.rows(0, 1).sum();
                acc2.map(|e| (0.5 * (0.2 * e).tanh()).tan()) * (0.1 * s4).exp()
            };
            acc3 = tanh(&(0.2 * &acc3))
                + tanh(&(0.02 * ((&x0 * &x0).transpose() * (0.5 * v5.mean()).exp())));
        }
        acc2 += (0.1 * ((&p.second.b + &p.first.b) * (0.02 * acc3.sum()).exp())).map(|e| e.tanh());
    }
    (0.05 * (p.gain * &p.second.b * (0.01 * m1.norm_squared()).exp())).map(|e| e.tanh())
        + &acc2
        + DVector::from_element(2, 1.0)
            * (x0.sum()
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f019() {
    passes_at_random_points(19, "f019", |rng| {
        f019::check(
            rng.matrix(3, 3),
            TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f020(x0: f32) -> f32 {
    let m1 = x0 * DMatrix::identity(2, 2) + x0 * DMatrix::identity(2, 2) * 0.5;
    let s2 = x0 - m1.sum();
    m1.column(1).into_owned().sum() + s2 + x0
}

#[test]
fn check_f020() {
    passes_at_random_points(20, "f020", |rng| f020::check(rng.scalar()));
}

#[differentiable]
fn f021(x0: &DVector<f64>, x1: &DMatrix<f64>) -> f64 {
    let m1 = x1.component_mul(x1) - x1.component_div(&exp(&(0.2 * x1)));
    assert_eq!(m1.shape(), (2, 2));
    let m1 = tanh(&(0.1 * &m1)) + x1.transpose();
    (0.05 * m1.column(0).norm_squared()).sin() + x0.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f021() {
    passes_at_random_points(21, "f021", |rng| f021::check(&rng.vector(2), &rng.matrix(2, 2)));
}

#[differentiable]
fn f022(x0: &DVector<f32>, p: &TwoLayer32, n: usize) -> f32 {
    let mut acc1 = p.second.w.transpose();
    for i in 0..n {
        let mut acc2: DMatrix<f32> = DMatrix::zeros(2, 4);
        for _ in 0..x0.len() {
            acc2 += sigmoid(&(0.2 * add_bias(&p.first.w, &p.first.b)));
        }
        let s3 = if i == 1 {
            p.second.b.norm_squared()
        } else {
            (1.0 + p.gain.powi(2)).powf(0.5 * (0.5 * p.gain).tanh())
        };
        acc1 -= softmax(
            &(0.5
                * (tanh(&(0.05 * (&p.second.w * p.gain * (0.01 * acc2.norm_squared()).exp())))
                    * (0.05 * s3).exp())),
        );
    }
    let s4 = p.gain * (0.5 * p.gain).tanh();
    -acc1.rows(0, 2).sum()
        + s4
        + (x0.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f022() {
    passes_at_random_points(22, "f022", |rng| {
        f022::check(
            &rng.vector(4),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            4,
        )
    });
}

#[differentiable]
fn f023(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let v1 = softmax(&(x1.sum() * DMatrix::identity(1, 4)))
        * (DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * x0.rows(0, 2).norm()
            + DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x0[(0, 0)]);
    let mut acc2: f64 = 0.5;
    for i in 0..x0.nrows() {
        for _ in 0..3_usize {
            acc2 *= (0.05
                * f000(
                    &(x0.mean() * DMatrix::identity(3, 4)),
                    &(DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x1.row(0).norm_squared()),
                    &(x1.row(0).mean() * DMatrix::identity(4, 3)),
                ))
            .tanh()
            .tanh();
            acc2 += (0.5 * (DVector::from_column_slice(&[0.75]) * x1.row(0).mean()).sum()).tanh();
        }
        let mut w3: DMatrix<f64> = exp(&(0.5 * x0));
        for j in 0..w3.nrows() {
            w3[(j, 0)] = 0.2 * (acc2 - acc2.sin());
        }
        acc2 += (0.1
            * f013(
                &(0.02
                    * (DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5, 0.3])
                        * w3.mean()
                        * w3[(i, 0)]))
                    .map(|e| e.tanh()),
                (0.5 * x0[(i, 0)]).sin(),
                f011(
                    x0.sum() * DMatrix::identity(2, 2),
                    &(w3.row(i).norm() * DMatrix::identity(4, 4)),
                ),
            ))
        .sin();
    }
    let mut w4: DMatrix<f64> = DMatrix::zeros(4, 2);
    for i in 0..w4.nrows() {
        w4[(i, 1)] = (0.01
            * mse(&add_bias(&DMatrix::zeros(1, 4), &v1), &(acc2 * DMatrix::identity(1, 4))))
        .tanh();
    }
    cross_entropy(&(acc2 * DMatrix::identity(4, 4)), &[3, 0, 3, 0])
        + w4.sum()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f023() {
    passes_at_random_points(23, "f023", |rng| f023::check(&rng.matrix(2, 1), &rng.matrix(1, 1)));
}

#[differentiable]
fn f024(x0: &DMatrix<f32>, x1: &DMatrix<f32>, x2: f32, case: usize) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::from_element(3, 2, 0.3);
    match case {
        0 => {
            acc1 *= (0.5 * x0.mean()).cos();
        }
        1 | 2 => {
            acc1 += x0.component_div(&x0.map(|e| 2.0 + e.sin()));
        }
        _ => {
            acc1 *= (0.2 * x0.sum()).sin();
        }
    }
    let m2 = log_softmax(&x1.columns(2, 1).into_owned());
    let s3 = if x2 * (0.02 * x1.rows(0, 2).norm_squared()).tanh() > x2 {
        x2 - x2.sin()
    } else {
        (0.5 * x2).abs()
    };
    (0.05 * (x0.rows(1, 1).norm().min(s3) + acc1.mean() + m2.sum())).tanh()
        + (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f024() {
    passes_at_random_points(24, "f024", |rng| {
        f024::check(&rng.matrix(3, 2), &rng.matrix(2, 3), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f025(x0: &DMatrix<f64>, x1: &DMatrix<f64>, n: usize, flag: bool) -> f64 {
    let m2 = if x0.sum() + x1[(1, 0)] < 0.75 {
        softmax(&x0.rows(0, 1).into_owned())
    } else {
        let m1 = sigmoid(&(0.5 * x1));
        softmax(&log_softmax(&(m1.mean() * DMatrix::identity(1, 3))))
    };
    let mut acc3: DVector<f64> = DVector::zeros(1);
    if n > 3 {
        acc3 += x0[(1, 2)] * m2.column(2).into_owned();
    } else if flag {
        acc3 = &acc3 * 0.5 + (m2.column(0).into_owned() - m2.column(1).into_owned());
    } else {
        acc3 += (&m2 - tanh(&m2)) * -x1.column(0).into_owned();
    }
    (0.05
        * (f021(
            &(DVector::from_column_slice(&[-0.25, 1.0]) * x1[(1, 0)]),
            &sigmoid(&(0.02 * (x0.norm_squared() * DMatrix::identity(2, 2)))),
        ) + acc3.sum()))
    .tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f025() {
    passes_at_random_points(25, "f025", |rng| {
        f025::check(&rng.matrix(3, 3), &rng.matrix(3, 3), 2, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f026(x0: DMatrix<f64>, x1: &DMatrix<f64>, x2: DMatrix<f64>) -> f64 {
    let mut acc1 = softmax(&x2);
    for _ in 0..2_usize {
        for _ in 0..x2.ncols() {
            acc1 = acc1.map(|e| e.sin()) + tanh(&(0.5 * ln(&x2.map(|e| 2.0 + e.sin()))));
        }
        let m2 = tanh(&(0.02 * (x1 * (acc1.rows(2, 2).into_owned() + x1.transpose()))));
        acc1 /= 2.0 + (0.5 * m2.sum()).sin();
    }
    let mut acc3 = x0.clone();
    acc3 -= softmax(&sigmoid(&(0.01 * (x2.norm_squared() * DMatrix::identity(2, 4))))).transpose();
    (0.01 * (x0.norm() + acc1.mean() + acc3.norm_squared())).tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f026() {
    passes_at_random_points(26, "f026", |rng| {
        f026::check(rng.matrix(4, 2), &rng.matrix(4, 2), rng.matrix(4, 4))
    });
}

#[differentiable]
fn f027(x0: &f64, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let s1 = (2.0 + (0.02 * x1.dot(x1)).sin().sin()).ln();
    let mut acc2 = (DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * *x0)
        .component_mul(&(DVector::from_column_slice(&[0.75, -0.5, 0.3]) * s1));
    if (0.5 * (0.1 * x1.columns(1, 4).norm()).tanh()).tan() > 1.25 {
        let mut acc3: f64 = 0.0;
        for _ in 0..3_usize {
            acc2 -=
                (0.5 * (DVector::from_column_slice(&[0.5, -0.25, 1.0]) * *x0)).map(|e| e.tanh());
            acc3 -= s1;
        }
        acc2 += (0.02
            * ((*x0
                * DMatrix::identity(3, 3)
                * (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * s1))
                .component_div(
                    &(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * s1).map(|e| e * e + 0.5),
                )
                * (0.2 * acc3).exp()))
        .map(|e| e.tanh());
    }
    acc2 += (DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * *x0)
        .component_mul(&(DVector::from_column_slice(&[0.75, -0.5, 0.3]) * s1));
    tanh(&(0.05 * (s1 * DMatrix::identity(5, 3) * add_bias(&DMatrix::zeros(3, 5), &acc2))))
        + DMatrix::from_element(5, 5, 1.0) * (*x0 + x1.sum())
}

#[test]
fn check_f027() {
    passes_at_random_points(27, "f027", |rng| f027::check(&rng.scalar(), &rng.matrix(5, 5)));
}

#[differentiable]
fn f028(x0: &DVector<f64>, q: &TwoLayer) -> f64 {
    let mut acc1 = sigmoid(
        &(0.02
            * (&q.second.w + q.gain * DMatrix::identity(4, 3))
                .component_mul(&q.second.w.component_mul(&q.second.w))),
    );
    for _ in 0..2_usize {
        let v3 = if q.gain > x0[1] {
            let m2 = ln(&(q.gain * DMatrix::identity(3, 3)).map(|e| 2.0 + e.sin()));
            (x0 + (0.5 * x0).map(|e| e.tanh())) * (0.02 * m2.norm_squared()).exp()
        } else {
            (DVector::from_column_slice(&[0.25, 1.25]) * q.gain)
                .map(|e| (0.5 * (e / (2.0 + (0.5 * e).sin()))).exp())
        };
        acc1 = acc1.map(|e| e.sin())
            + softmax(
                &(0.05
                    * (add_bias(&DMatrix::zeros(4, 2), &q.second.b)
                        * q.first.w.transpose()
                        * (0.05 * v3.sum()).exp())),
            );
    }
    let acc1 = tanh(&(0.5 * &acc1)) + &q.second.w * (q.gain * DMatrix::identity(3, 3));
    (0.01 * (q.gain * q.gain.sin() + acc1.norm_squared())).tanh()
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f028() {
    passes_at_random_points(28, "f028", |rng| {
        f028::check(
            &rng.vector(2),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f029(x0: f64, x1: &DMatrix<f64>) -> DVector<f64> {
    let v1 = DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x0
        / (1.0 + (x0 * DMatrix::identity(2, 2)).norm_squared());
    let s2: f64 =
        (0.05 * mse(&add_bias(&DMatrix::zeros(4, 2), &v1), &(x0 * DMatrix::identity(4, 2)))).tanh();
    (0.05 * (&v1 * (0.2 * x1.mean()).exp() * s2.exp())).map(|e| e.tanh())
        + DVector::from_element(4, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f029() {
    passes_at_random_points(29, "f029", |rng| f029::check(rng.scalar(), &rng.matrix(2, 2)));
}

#[differentiable]
fn f030(x0: f32, x1: &DVector<f32>, case: usize) -> f32 {
    let mut acc1 = (0.01 * (x0 * DMatrix::identity(4, 3)).norm_squared()).sin();
    for _ in 0..3_usize {
        acc1 += (0.2 * f012(&(x0 * DMatrix::identity(3, 1)), case)).sin();
    }
    let mut w2: DVector<f32> =
        (DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x1[2]).map(|e| (0.5 * e).sin());
    for i in 0..w2.len() {
        w2[i] = 0.2 * f012(&add_bias(&DMatrix::zeros(3, 1), &w2), 0);
    }
    f012(&add_bias(&DMatrix::zeros(3, 1), &w2), case) + acc1 + (x0 + x1.sum())
}

#[test]
fn check_f030() {
    passes_at_random_points(30, "f030", |rng| {
        f030::check(rng.scalar(), &rng.vector(4), rng.int(0, 3))
    });
}

#[differentiable]
fn f031(x0: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(1, 1, 0.25);
    for _ in 0..x0.ncols() {
        acc1 = acc1.map(|e| e.sin()) + sigmoid(&(0.1 * (x0.sum() * DMatrix::identity(1, 1))));
    }
    let m2 = &acc1 * &acc1;
    let mut acc3 =
        m2.mean().max(acc1.norm_squared()) / (1.0 + x0.map(|e| e.max(e.sin())).norm_squared());
    for i in 0..m2.ncols() {
        for _ in 0..n {
            let m4 = m2.clone();
            acc1 = tanh(&(0.1 * &acc1))
                + tanh(
                    &(0.05
                        * (softmax(
                            &(0.01
                                * (x0.rows(2, 1).into_owned()
                                    * (m2.row(i).sum() * DMatrix::identity(4, 1)))),
                        ) * -&m2
                            + &m4)),
                );
        }
        acc1 *= (0.05
            * (cross_entropy(&tanh(&(0.05 * (acc3 * DMatrix::identity(2, 4)))), &[1, 0, 1, 0])
                + f023(&sigmoid(&(0.05 * (acc3 * DMatrix::identity(2, 1)))), &m2)))
        .tanh()
        .cos();
        acc3 = acc3 * 0.5 + (0.2 * ((acc1[(i, 0)].powi(2) + 1.0).ln().powi(2) + 0.5).sqrt()).sin();
    }
    (0.05 * acc3).sin() / (2.0 + (0.2 * acc1.columns(0, 1).mean()).cos()) + x0.sum()
}

#[test]
fn check_f031() {
    passes_at_random_points(31, "f031", |rng| f031::check(&rng.matrix(4, 4), 2));
}

#[differentiable]
fn f032(x0: DVector<f64>, x1: &DMatrix<f64>, x2: &f64) -> DMatrix<f64> {
    let v1 = x0.clone();
    let mut acc2: DMatrix<f64> = DMatrix::zeros(3, 3);
    acc2 *= (0.02 * mse(&(*x2 * DMatrix::identity(3, 3)), &(x0.sum() * DMatrix::identity(3, 3))))
        .sin()
        .tanh();
    let mut acc3: f64 = 0.0;
    for _ in 0..2_usize {
        let mut w4: DVector<f64> = DVector::zeros(3);
        for j in 0..w4.len() {
            w4[j] = 0.2 * (acc3 - *x2);
        }
        acc2 = acc2.map(|e| e.sin())
            + softmax(
                &(0.02
                    * ((add_bias(&DMatrix::zeros(3, 3), &v1) + acc3 * DMatrix::identity(3, 3))
                        * (x1.rows(0, 3).into_owned() - add_bias(&DMatrix::zeros(3, 3), &x0)))),
            );
        acc3 -= (0.5
            * ((0.05
                * f016(
                    DVector::from_column_slice(&[-0.5]) * *x2,
                    &DMatrix::from_element(3, 3, 0.3),
                    DMatrix::from_element(3, 3, 0.4),
                ))
            .tanh()
                + w4.mean()))
        .tanh();
    }
    sigmoid(&(acc3 * DMatrix::identity(4, 4))) * (0.5 * acc2.mean()).exp()
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum() + *x2)
}

#[test]
fn check_f032() {
    passes_at_random_points(32, "f032", |rng| {
        f032::check(rng.vector(3), &rng.matrix(4, 3), &rng.scalar())
    });
}

#[differentiable(wrt(x0))]
fn f033(x0: f32, s: &Stack32) -> f32 {
    let mut h1 = s.layers[1].b.map(|e| (0.05 * f020(e)).tanh());
    for layer2 in &s.layers {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    let mut acc3: DMatrix<f32> = DMatrix::from_element(4, 4, 0.4);
    for _ in 0..s.layers[0].b.len() {
        let mut h4 = 0.2 * acc3.transpose();
        for (i, layer5) in s.layers.iter().enumerate() {
            h4 = tanh(&add_bias(&(&layer5.w * &h4), &layer5.b)) * (1.0 / (i as f32 + 1.0));
        }
        acc3 /= 2.0
            + (0.1 * (x0 + (0.01 * s.layers[0].w.norm_squared()).tanh() + h4.norm_squared())).sin();
    }
    for _ in 0..h1.len() {
        acc3 = &acc3 * 0.5 + sigmoid(&(0.1 * ((&s.layers[0].w - &s.layers[1].w) * -x0)));
        acc3 /= 2.0
            + ((0.05 * mse(&s.layers[0].w, &s.layers[1].w)).tanh() * (2.0 + x0.sin()).ln()).tanh();
    }
    (0.5 * x0).powi(3)
        + acc3.mean()
        + (x0
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f033() {
    passes_at_random_points(33, "f033", |rng| {
        f033::check(
            rng.scalar(),
            &Stack32 {
                layers: vec![
                    Affine32 { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine32 { w: rng.matrix(4, 4), b: rng.vector(4) },
                ],
            },
        )
    });
}

#[differentiable]
fn f034(x0: &DMatrix<f64>, x1: &DVector<f64>, s: &Stack, case: usize) -> f64 {
    let mut h1 = 0.5 * &s.layers[0].b;
    for layer2 in s.layers.iter() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    let m4 = match case {
        0 => tanh(&(0.05 * (s.layers[0].w.columns(0, 2).sum() * DMatrix::identity(3, 2) * x0))),
        1 | 2 => {
            let c3: f64 = 1.25;
            add_bias(&DMatrix::zeros(3, 2), &s.layers[1].b) * (0.5 * c3).exp()
        }
        _ => {
            let x1 = (0.5 * x1).map(|e| e.tanh()) + x1;
            ln(&tanh(&(0.2 * (x0.rows(0, 2).sum() * DMatrix::identity(3, 2))))
                .map(|e| 2.0 + e.sin()))
                * (0.1 * x1.sum()).exp()
        }
    };
    let m5 = if (0.05 * s.layers[0].b.norm_squared()).tanh() + s.layers[0].b[2] > 0.4 {
        s.layers[1].w.rows(0, 2).into_owned().transpose()
    } else {
        ln(&exp(&(0.1 * &m4)))
    };
    (0.01
        * ((0.05 * (mse(x0, &tanh(&(0.5 * x0))) + x1.sum())).tanh()
            + h1.mean()
            + m4.norm_squared()))
    .tanh()
        + m5.sum()
        + (x0.sum()
            + x1.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f034() {
    passes_at_random_points(34, "f034", |rng| {
        f034::check(
            &rng.matrix(2, 2),
            &rng.vector(2),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                ],
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f035(x0: DVector<f64>, x1: &DMatrix<f64>, p: &TwoLayer) -> f64 {
    let v1 = x0.component_div(&p.second.b.map(|e| e * e + 0.5)).map(|e| (0.2 * e).tanh());
    let mut acc2 = p.second.w.clone();
    if p.gain < p.gain * 0.5 {
        let mut acc3: f64 = 0.5;
        acc3 -= (0.05
            * mse(&(p.gain * DMatrix::identity(4, 3)), &(p.second.b[2] * DMatrix::identity(4, 3))))
        .tanh();
        acc3 *= (0.1 * f031(x1, 2)).cos();
        acc2 += tanh(&(0.02 * (&p.first.w * p.first.w.transpose() * (0.5 * acc3).exp())));
    } else {
        acc2 = &acc2 * 0.5 + p.second.w.component_mul(&p.second.w);
    }
    (0.01
        * ((0.01 * p.first.w.norm_squared()).tanh()
            + x1.sum()
            + v1.norm_squared()
            + acc2.norm_squared()))
    .tanh()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f035() {
    passes_at_random_points(35, "f035", |rng| {
        f035::check(
            rng.vector(3),
            &rng.matrix(4, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f036(x0: &DVector<f32>, q: &Affine32, n: usize) -> DVector<f32> {
    let mut acc1: DVector<f32> = DVector::zeros(3);
    for _ in 0..n {
        let v2 = q.w.mean() * x0;
        acc1 -= (0.2 * (&q.b * (0.1 * v2.mean()).exp())).map(|e| e.tanh());
    }
    for i in 0..q.b.len() {
        for j in 0..q.w.ncols() {
            acc1 *= ((0.5 * x0[j]).sin().powi(2) + 0.5).sqrt().cos();
            acc1 /= 1.0 + (0.02 * q.w.columns(1, 3).norm_squared()).sin().powi(2);
        }
        acc1 *= (0.1
            * (0.5 * q.w.rows(1, 1).mean()).exp().max(f030(
                (0.05 * x0.norm_squared()).sin(),
                &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x0[i]),
                0,
            )))
        .sin();
    }
    &q.b / (2.0 + (0.5 * q.w.mean()).tanh())
        + &acc1
        + DVector::from_element(3, 1.0) * (x0.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f036() {
    passes_at_random_points(36, "f036", |rng| {
        f036::check(&rng.vector(4), &Affine32 { w: rng.matrix(3, 4), b: rng.vector(3) }, 3)
    });
}

#[differentiable]
fn f037(x0: &DMatrix<f32>, q: &TwoLayer32, case: usize) -> f32 {
    let s1 = match case {
        0 => cross_entropy(&(q.gain * DMatrix::identity(3, 5)), &[1, 0, 1, 2, 0]),
        1 | 2 => (0.2 * (q.gain - q.first.w.rows(0, 2).mean())).sin(),
        _ => (0.5 * q.gain).sin(),
    };
    let mut w2: DVector<f32> = DVector::zeros(3);
    for i in 0..w2.len() {
        w2[i] += 0.5 * (0.02 * x0.norm_squared()).tanh().min(q.gain);
    }
    let mut acc3: f32 = 0.5;
    for _ in 0..x0.ncols() {
        let s4 = q.first.b.sum();
        acc3 += (0.2 * (q.second.w.rows(0, 1).sum() + s4)).tanh();
    }
    s1 + w2.mean()
        + acc3
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f037() {
    passes_at_random_points(37, "f037", |rng| {
        f037::check(
            &rng.matrix(3, 3),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f038(x0: &DMatrix<f32>, x1: f32, case: usize) -> f32 {
    let m2 = {
        let s1 = f024(&(x1 * DMatrix::identity(3, 2)), &(x1 * DMatrix::identity(2, 3)), x1, case);
        sigmoid(&(0.05 * (x0.columns(0, 2).into_owned() * x0 * (0.05 * s1).exp())))
    };
    let m5 = {
        let s3 = x1;
        let c4: DMatrix<f32> = DMatrix::from_element(5, 4, 0.75);
        &m2 * (0.2 * s3).exp() * (0.05 * c4.norm_squared()).exp()
    };
    m5.mean() + (x0.sum() + x1)
}

#[test]
fn check_f038() {
    passes_at_random_points(38, "f038", |rng| {
        f038::check(&rng.matrix(2, 4), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable(wrt(x0, x1))]
fn f039(x0: DMatrix<f64>, x1: f64, p: &TwoLayer) -> f64 {
    assert_eq!(p.second.w.shape(), (4, 3));
    assert_eq!(x0.shape(), (2, 3));
    p.gain
        + x1
        + (x0.sum()
            + x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f039() {
    passes_at_random_points(39, "f039", |rng| {
        f039::check(
            rng.matrix(2, 3),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f040(x0: DVector<f32>, q: &TwoLayer32) -> f32 {
    let s4 = {
        let s1 = (0.05
            * (q.gain * DMatrix::identity(3, 3)).dot(&add_bias(&DMatrix::zeros(3, 3), &x0)))
        .sin();
        let m3 = if q.gain < q.second.b.sum() {
            sigmoid(&(0.5 * q.first.w.rows(1, 3).into_owned()))
        } else {
            let mut w2: DVector<f32> = &q.second.w * &q.first.b;
            for i in 0..w2.len() {
                w2[i] = s1;
            }
            ln(&sigmoid(&(0.5 * q.first.w.rows(0, 3).into_owned())).map(|e| 2.0 + e.sin()))
                * (0.02 * w2.sum()).exp()
        };
        f012(&q.second.w.columns(2, 1).into_owned(), 2) + s1 + m3.mean()
    };
    let mut w5: DVector<f32> = q.first.w.column(1).into_owned();
    for i in 0..w5.len() {
        w5[i] = 0.5 * (q.gain.powi(2) + 1.0).ln();
    }
    assert_eq!(q.first.b.len(), 4);
    (0.02 * ((0.05 * mse(&q.second.w.transpose(), &q.first.w)).tanh() + s4 + w5.norm_squared()))
        .tanh()
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f040() {
    passes_at_random_points(40, "f040", |rng| {
        f040::check(
            rng.vector(3),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(4, 3), b: rng.vector(4) },
                second: Affine32 { w: rng.matrix(3, 4), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f041(x0: f64, x1: &DMatrix<f64>, p: TwoLayer) -> f64 {
    let c1 = p.second.b.len() as f64;
    assert_eq!(x1.shape(), (3, 2));
    (0.05
        * (f013(
            &(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4, -0.3]) * x0),
            (0.05 * p.second.b.norm_squared()).tanh(),
            x0,
        ) * (0.2 * c1).exp()))
    .tanh()
        + (x0
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f041() {
    passes_at_random_points(41, "f041", |rng| {
        f041::check(
            rng.scalar(),
            &rng.matrix(3, 2),
            TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f042(x0: &f64, x1: DMatrix<f64>) -> f64 {
    let mut acc1 = (*x0 * DMatrix::identity(2, 1))
        .component_mul(&(*x0 * DMatrix::identity(2, 1)))
        .map(|e| (0.2 * e.min(e.sin())).exp());
    for i in 0..x1.nrows() {
        let mut acc2: f64 = 0.5;
        for _ in 0..3_usize {
            acc2 = (0.2 * acc2).tanh() + (0.2 * (*x0 * i as f64)).sin();
        }
        let s4 = if *x0 > acc2 {
            (0.05
                * f026(
                    acc2 * DMatrix::identity(4, 2),
                    &tanh(&(0.01 * (acc1.norm_squared() * DMatrix::identity(4, 2)))),
                    acc2 * DMatrix::identity(4, 4),
                ))
            .tanh()
        } else {
            let s3 = (0.2 * (*x0 * (i as f64 + 0.5))).cos();
            *x0 + s3
        };
        acc1 = tanh(&(0.2 * &acc1))
            + tanh(&(0.05 * (x1.columns(2, 1).into_owned() * x1.mean() * (0.2 * s4).exp())));
    }
    for (&e5, &e6) in x1.iter().zip(x1.iter().skip(1)) {
        assert_eq!(x1.shape(), (2, 3));
        acc1 = tanh(&(0.1 * &acc1))
            + sigmoid(
                &(0.2
                    * (softmax(&(0.5 * exp(&(0.5 * x1.columns(2, 1).into_owned()))))
                        * (0.2 * e5).exp()
                        * (0.2 * e6).exp())),
            );
    }
    (0.05
        * ((0.05
            * f016(
                (0.02 * (DVector::from_column_slice(&[-0.25]) * x1.norm_squared()))
                    .map(|e| e.tanh()),
                &DMatrix::from_element(3, 3, 0.25),
                DMatrix::from_element(3, 3, 0.4),
            ))
        .tanh()
            + acc1.sum()))
    .tanh()
        + (*x0 + x1.sum())
}

#[test]
fn check_f042() {
    passes_at_random_points(42, "f042", |rng| f042::check(&rng.scalar(), rng.matrix(2, 3)));
}

#[differentiable(wrt(x0))]
fn f043(x0: &DMatrix<f32>, x1: f32) -> f32 {
    let m1 = x0 - x0 * 0.5;
    let s2 = if x0.sum().max(x0.mean()) < 1.5 {
        (0.5 * x1).tanh()
    } else {
        x1 / (1.0 + (0.5 * x1).powi(2))
    };
    let mut acc3: f32 = 0.0;
    for _ in 0..x0.nrows() {
        let m5 = {
            let v4 = (0.05 * m1.column(2).into_owned().component_mul(&m1.column(1).into_owned()))
                .map(|e| e.tanh());
            softmax(x0) * (0.2 * v4.norm_squared()).exp()
        };
        acc3 = acc3 * 0.5 + (0.05 * (f030(s2, &x0.column(2).into_owned(), 3) + m5.mean())).tanh();
    }
    m1.mean() + acc3 + (x0.sum() + x1)
}

#[test]
fn check_f043() {
    passes_at_random_points(43, "f043", |rng| f043::check(&rng.matrix(4, 3), rng.scalar()));
}

#[differentiable]
fn f044(x0: DMatrix<f64>, x1: f64) -> f64 {
    let mut acc1: f64 = 0.0;
    if (0.05 * x0.norm_squared()).tanh() > acc1 {
        assert_eq!(x0.shape(), (2, 2));
        acc1 /= 1.0
            + (0.05 * f002(&(x1 * DMatrix::identity(4, 3)), &x1, x1 * DMatrix::identity(2, 4)))
                .tanh()
                .powi(2);
    } else {
        let mut acc2 = (acc1 / (1.0 + acc1.powi(2))).max(x0.column(0).mean());
        for _ in 0..x0.nrows() {
            let s3 = tanh(&(0.2 * (x0.columns(0, 2).sum() * DMatrix::identity(2, 2)))).sum();
            acc2 += (0.2
                * (s3.exp()
                    + (0.05
                        * f007(
                            &(DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * acc1),
                            x0.rows(0, 1).norm(),
                            &(x1 * DMatrix::identity(4, 4)),
                            2,
                        ))
                    .tanh()))
            .tanh();
        }
        acc1 = acc1 * 0.5
            + (1.0 + (x1 / (2.0 + (0.2 * acc2).cos())).powi(2))
                .powf(0.5 * (0.2 * x0.row(0).sum()).tanh());
    }
    let m4 = add_bias(
        &(x1 * DMatrix::identity(2, 3)).component_mul(&(acc1 * DMatrix::identity(2, 3))),
        &x0.column(0).into_owned(),
    );
    x1 + m4.mean() + (x0.sum() + x1)
}

#[test]
fn check_f044() {
    passes_at_random_points(44, "f044", |rng| f044::check(rng.matrix(2, 2), rng.scalar()));
}

#[differentiable]
fn f045(x0: &DVector<f64>, x1: DMatrix<f64>) -> DVector<f64> {
    let s1 = (0.01 * mse(&x1, &(add_bias(&DMatrix::zeros(4, 4), x0) * &x1))).tanh();
    let mut w2: DVector<f64> = DVector::zeros(4);
    for i in 0..w2.len() {
        w2[i] = s1 + (0.01 * x1.norm_squared()).tanh();
    }
    (0.05 * (add_bias(&DMatrix::zeros(4, 4), &w2) * &w2)).map(|e| e.tanh())
        + DVector::from_element(4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f045() {
    passes_at_random_points(45, "f045", |rng| f045::check(&rng.vector(4), rng.matrix(4, 5)));
}

#[differentiable]
fn f046(x0: f64, x1: DMatrix<f64>, x2: DMatrix<f64>, p: &TwoLayer, n: usize) -> DVector<f64> {
    let mut acc1 = (0.05 * mse(&x1, &x2)).tanh();
    for _ in 0..n {
        acc1 *= (0.02 * p.first.w.norm_squared()).tanh().cos();
        acc1 *= (0.5 * x2.columns(1, 3).mean()).cos();
    }
    let x1 = x1.map(|e| e.sin());
    (0.05 * (&p.first.b * (0.2 * x0).exp() * (0.2 * acc1).exp())).map(|e| e.tanh())
        * x1.mean().exp()
        + DVector::from_element(3, 1.0)
            * (x0
                + x1.sum()
                + x2.sum()
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f046() {
    passes_at_random_points(46, "f046", |rng| {
        f046::check(
            rng.scalar(),
            rng.matrix(4, 4),
            rng.matrix(4, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
            3,
        )
    });
}

#[differentiable]
fn f047(x0: &DVector<f64>, n: usize, flag: bool) -> f64 {
    let c1 = x0.len() as f64;
    let v6 = if n > 2 {
        let mut acc2: DMatrix<f64> = DMatrix::from_element(2, 2, 1.25);
        for _ in 0..n {
            let v3 = (0.01 * (acc2.component_div(&acc2.map(|e| e * e + 0.5)) * (x0 * c1)))
                .map(|e| e.tanh());
            acc2 = &acc2 * 0.5
                + tanh(
                    &(0.1
                        * ((c1 * DMatrix::identity(2, 1) * (c1 * DMatrix::identity(1, 2))
                            + sigmoid(&(0.5 * add_bias(&DMatrix::zeros(2, 2), x0))))
                            * v3.mean().exp())),
                );
        }
        x0.component_div(&x0.map(|e| e * e + 0.5))
            / (1.0 + acc2.component_div(&exp(&(0.2 * &acc2))).norm_squared())
    } else if flag {
        let s5 = {
            let v4 = x0.component_mul(x0);
            c1 - c1.sin() + v4.sum()
        };
        (0.02 * (x0 * s5)).map(|e| e.tanh())
    } else {
        add_bias(&add_bias(&DMatrix::zeros(2, 1), x0), x0)
            * (DVector::from_column_slice(&[0.75]) * c1)
    };
    (0.01 * mse(&(c1 * DMatrix::identity(2, 2)), &add_bias(&DMatrix::zeros(2, 2), &v6))).tanh()
        + x0.sum()
}

#[test]
fn check_f047() {
    passes_at_random_points(47, "f047", |rng| f047::check(&rng.vector(2), 3, rng.uniform() < 0.5));
}

#[differentiable]
fn f048(x0: f32, x1: &DMatrix<f32>, n: usize) -> f32 {
    let m1 = if n > 3 { x0 * DMatrix::identity(2, 2) * x1 } else { x1 / (2.0 + (0.5 * x0).cos()) };
    assert_eq!(m1.shape(), (2, 2));
    x0 + (x0 + x1.sum())
}

#[test]
fn check_f048() {
    passes_at_random_points(48, "f048", |rng| f048::check(rng.scalar(), &rng.matrix(2, 2), 4));
}

#[differentiable]
fn f049(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: f64, q: &TwoLayer) -> f64 {
    let s1 = q.gain * x2;
    let mut w2: DVector<f64> = q.second.b.map(|e| (e.powi(2) + 1.0).ln());
    for i in 0..w2.len() {
        w2[i] = 0.2 * x2.min(s1);
    }
    (0.01 * ((0.5 * x2).exp() + x0.norm_squared())).sin()
        + x1.mean()
        + w2.sum()
        + (x0.sum()
            + x1.sum()
            + x2
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f049() {
    passes_at_random_points(49, "f049", |rng| {
        f049::check(
            &rng.matrix(4, 4),
            &rng.matrix(2, 4),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f050(x0: DMatrix<f64>, x1: &DMatrix<f64>, q: &TwoLayer, flag: bool) -> f64 {
    let mut acc1 = x1 * q.gain;
    if !flag {
        acc1 *= (0.5 * (q.gain.powi(2) + 0.5).sqrt()).tanh();
    }
    let c2: f64 = 0.3;
    assert_eq!(q.second.b.len(), 3);
    (0.01 * (f042(&q.gain, c2 * DMatrix::identity(2, 3)) + x0.sum() + acc1.norm_squared())).tanh()
        + (x0.sum()
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f050() {
    passes_at_random_points(50, "f050", |rng| {
        f050::check(
            rng.matrix(1, 1),
            &rng.matrix(4, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f051(
    x0: &DVector<f32>,
    x1: &DVector<f32>,
    q: &TwoLayer32,
    case: usize,
    labels: &[usize],
) -> DVector<f32> {
    let mut acc1 = -x0;
    for _ in 0..3_usize {
        acc1 -= (0.5 * x0).map(|e| e.tanh());
    }
    let x0 = (0.5 * x0).map(|e| e.tanh());
    let mut acc2: f32 = 0.5;
    if acc2 < q.gain {
        if acc2 > q.gain {
            acc2 += f012(&(q.gain * DMatrix::identity(3, 1)), case);
        } else {
            let m3 = acc2 * (acc2 * DMatrix::identity(4, 4));
            acc2 /= 2.0 + m3.columns(0, 3).norm().sin();
        }
        acc1 *= (0.5 * x1[3]).tanh();
        acc2 = acc2.sin() + cross_entropy(&add_bias(&DMatrix::zeros(4, 4), x1), labels);
    } else {
        if q.gain < 0.4 {
            let x0 = x0.map(|e| e.sin());
            acc1 -= -&x0;
        } else {
            assert_eq!(q.second.b.len(), 2);
            acc1 += DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0, 0.25]) * acc2;
        }
        acc1 = &acc1 * 0.5 + &x0;
        acc2 /= 2.0 + (0.5 * q.gain).tanh().sin();
    }
    (0.02 * (x0.component_mul(&acc1) * (0.02 * x1.norm_squared()).exp() * (0.1 * acc2).exp()))
        .map(|e| e.tanh())
        + DVector::from_element(5, 1.0)
            * (x0.sum()
                + x1.sum()
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f051() {
    passes_at_random_points(51, "f051", |rng| {
        f051::check(
            &rng.vector(5),
            &rng.vector(4),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
            &[0, 1, 0, 0],
        )
    });
}

#[differentiable(wrt(x0))]
fn f052(x0: DMatrix<f64>, x1: &DMatrix<f64>, s: &Stack) -> DMatrix<f64> {
    let mut h1 = 0.5 * &s.layers[1].b;
    for (i, layer2) in s.layers.iter().enumerate() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh()) * (1.0 / (i as f64 + 1.0));
    }
    let mut w3: DMatrix<f64> = DMatrix::zeros(3, 3);
    for i in 0..w3.nrows() {
        w3[(i, 2)] += (0.5 * w3.columns(0, 1).mean().tanh()).tan();
    }
    assert_eq!(h1.len(), 3);
    sigmoid(&add_bias(&DMatrix::zeros(3, 3), &h1))
        + &x0
        + x1
        + &w3
        + DMatrix::from_element(3, 3, 1.0)
            * (x0.sum()
                + x1.sum()
                + s.layers[0].w.sum()
                + s.layers[0].b.sum()
                + s.layers[1].w.sum()
                + s.layers[1].b.sum())
}

#[test]
fn check_f052() {
    passes_at_random_points(52, "f052", |rng| {
        f052::check(
            rng.matrix(3, 3),
            &rng.matrix(3, 3),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                ],
            },
        )
    });
}

#[differentiable]
fn f053(x0: DVector<f64>, x1: f64, flag: bool) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 4, 0.25);
    if flag {
        let x0 = (0.5 * &x0).map(|e| e.tanh())
            + x0.map(|u| x1.min(u) / (2.0 + (2.0 + x1.sin()).ln().cos()));
        acc1 +=
            tanh(&(0.05 * (x1 * DMatrix::identity(2, 4) * add_bias(&DMatrix::zeros(4, 4), &x0))));
    } else if f042(&x1, acc1.columns(1, 3).into_owned()) < 0.3 {
        let m2 = acc1.map(|u| (u + x1) * x1.max(u));
        acc1 -= softmax(&(0.05 * (&m2 * x1)));
    } else {
        acc1 /= 2.0 + (0.1 * (x0[1] - x0.mean() * x1)).sin();
    }
    let v3 = x1 * (DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x0.sum());
    (0.01 * (x0.dot(&x0) + acc1.mean() + v3.norm_squared())).tanh() + (x0.sum() + x1)
}

#[test]
fn check_f053() {
    passes_at_random_points(53, "f053", |rng| {
        f053::check(rng.vector(4), rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f054(x0: &DVector<f64>, x1: f64, x2: &DMatrix<f64>) -> f64 {
    let c1: DMatrix<f64> = DMatrix::from_element(2, 3, 1.25);
    let mut w2: DVector<f64> = DVector::zeros(3);
    for i in 0..w2.len() {
        w2[i] = 0.5 * (x1 / (2.0 + (0.5 * x1).sin()));
    }
    let mut acc3: f64 = 0.0;
    acc3 = acc3 * 0.5
        + x1 / (1.0 + (&w2 + DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x1).norm_squared());
    (0.05 * ((x1 * x2.mean() + x0.sum()) * (0.2 * c1.sum()).exp())).sin()
        + acc3
        + (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f054() {
    passes_at_random_points(54, "f054", |rng| {
        f054::check(&rng.vector(2), rng.scalar(), &rng.matrix(1, 2))
    });
}

#[differentiable]
fn f055(x0: f32, x1: &DVector<f32>, s: &Stack32) -> f32 {
    let mut h1 = add_bias(&DMatrix::zeros(1, 5), &s.layers[0].b)
        .map(|e| (0.05 * f020(e)).tanh() / (2.0 + (0.2 * (0.5 * e).exp()).tanh()));
    for (i, layer2) in s.layers.iter().enumerate() {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b)) * (1.0 / (i as f32 + 1.0));
    }
    let v3 = DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4, -0.3]) * x0;
    let m4 = -&h1;
    let m5 = sigmoid(&(0.5 * (x0 * DMatrix::identity(1, 5))));
    (0.5 * x0).tanh()
        + x1.mean()
        + v3.mean()
        + m4.mean()
        + m5.sum()
        + (x0
            + x1.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f055() {
    passes_at_random_points(55, "f055", |rng| {
        f055::check(
            rng.scalar(),
            &rng.vector(5),
            &Stack32 {
                layers: vec![
                    Affine32 { w: rng.matrix(1, 1), b: rng.vector(1) },
                    Affine32 { w: rng.matrix(1, 1), b: rng.vector(1) },
                    Affine32 { w: rng.matrix(1, 1), b: rng.vector(1) },
                ],
            },
        )
    });
}

#[differentiable]
fn f056(x0: DMatrix<f64>) -> f64 {
    assert_eq!(x0.shape(), (2, 3));
    let m1 = x0.component_mul(&(x0[(0, 0)] * DMatrix::identity(2, 3)));
    (0.02 * x0.norm_squared()).tanh() - (0.01 * m1.norm_squared()).tanh() + x0.sum()
}

#[test]
fn check_f056() {
    passes_at_random_points(56, "f056", |rng| f056::check(rng.matrix(2, 3)));
}

#[differentiable]
fn f057(x0: &DVector<f64>, x1: &DVector<f64>) -> DVector<f64> {
    let mut acc1: DVector<f64> = DVector::zeros(2);
    for &e2 in x0.iter() {
        acc1 = &acc1 * 0.5 + (0.2 * (x0 * (0.2 * e2).exp())).map(|e| e.tanh());
    }
    assert_eq!(x0.len(), 2);
    let x0 = x0.map(|e| e.sin());
    (0.05 * (x1 * (0.5 * acc1.mean()).exp() * (0.5 * x0.norm_squared()).exp())).map(|e| e.tanh())
        + DVector::from_element(3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f057() {
    passes_at_random_points(57, "f057", |rng| f057::check(&rng.vector(2), &rng.vector(3)));
}

#[differentiable]
fn f058(x0: &DMatrix<f32>, x1: &DMatrix<f32>, case: usize) -> f32 {
    let m1 = tanh(&(0.01 * (x1.norm_squared() * DMatrix::identity(5, 5)))) * x0;
    let m2 = if (0.01 * x1.norm_squared()).tanh() < m1.rows(3, 1).mean() {
        tanh(
            &(0.05
                * add_bias(
                    &(x0.columns(0, 3).norm() * DMatrix::identity(5, 3) - x0),
                    &x1.column(2).into_owned().component_mul(&x1.column(2).into_owned()),
                )),
        )
    } else {
        x0.clone()
    };
    let mut acc3 = x1.clone();
    if (0.01 * acc3.norm_squared()).tanh() < 0.75 {
        let m6 = {
            let m4: DMatrix<f32> =
                m2.row(0).mean() * softmax(&(0.01 * (m1.norm_squared() * DMatrix::identity(5, 3))));
            let mut acc5: f32 = 0.5;
            acc5 -= (0.01
                * (f038(&(m4.mean() * DMatrix::identity(2, 4)), x1.row(1).mean(), 2)
                    * f024(
                        &(x1[(4, 0)] * DMatrix::identity(3, 2)),
                        &softmax(&(0.01 * (m1.norm_squared() * DMatrix::identity(2, 3)))),
                        acc3.mean(),
                        2,
                    )))
            .tanh();
            acc5 /= 1.0
                + (0.1
                    * f038(
                        &(m2[(3, 2)] * DMatrix::identity(2, 4)),
                        (0.05 * f043(&acc3.rows(0, 4).into_owned(), 0.5)).tanh(),
                        case,
                    ))
                .powi(2);
            acc3.map(|u| (0.05 * f020(u)).tanh() + acc5)
        };
        acc3 = acc3.map(|e| e.sin())
            + (x1.mean() * DMatrix::identity(5, 3) * (0.05 * m2.row(4).norm_squared()).tanh()
                + tanh(&(0.05 * (m2.mean() * DMatrix::identity(5, 5) * x0)))
                + &m6);
    }
    (0.05 * ((0.01 * (m1[(1, 1)] - x1.mean() + m2.norm_squared())).tanh() + acc3.sum())).tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f058() {
    passes_at_random_points(58, "f058", |rng| {
        f058::check(&rng.matrix(5, 3), &rng.matrix(5, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f059(x0: f64) -> f64 {
    let m1 = x0 * DMatrix::identity(3, 3) * (x0 * DMatrix::identity(3, 3));
    let mut w2: DVector<f64> = DVector::zeros(3);
    for i in 0..w2.len() {
        w2[i] = 0.5 * (1.0 + x0.powi(2)).powf(0.5 * (0.1 * m1.mean()).tanh());
    }
    let v3 = (0.02 * (&m1 * &w2)).map(|e| e.tanh());
    (0.05
        * f007(
            &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x0),
            (0.02 * m1.sum()).tanh(),
            &(x0 * DMatrix::identity(4, 4)),
            2,
        ))
    .tanh()
        + v3.sum()
        + x0
}

#[test]
fn check_f059() {
    passes_at_random_points(59, "f059", |rng| f059::check(rng.scalar()));
}

#[differentiable]
fn f060(x0: &DVector<f64>, x1: f64, n: usize, flag: bool) -> f64 {
    let mut acc1 = f025(
        &(x1 * DMatrix::identity(3, 3) + x0[3] * DMatrix::identity(3, 3)),
        &((0.05 * x0.norm_squared()).sin() * (x1 * DMatrix::identity(3, 3))),
        2,
        flag,
    );
    for _ in 0..n {
        acc1 /= 2.0 + (0.5 * (0.2 * x0.sum()).powi(2).tanh()).tan().tanh();
    }
    assert_eq!(x0.len(), 4);
    x1 * (0.05 * acc1).tanh() + (x0.sum() + x1)
}

#[test]
fn check_f060() {
    passes_at_random_points(60, "f060", |rng| {
        f060::check(&rng.vector(4), rng.scalar(), 3, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f061(x0: &DMatrix<f64>) -> f64 {
    let m2 = {
        let m1 = log_softmax(x0);
        &m1 - x0
    };
    assert_eq!(x0.shape(), (2, 5));
    let mut acc3: DMatrix<f64> = DMatrix::zeros(2, 5);
    for i in 0..m2.ncols() {
        let mut acc4 = (0.05 * m2.sum()).tanh();
        for _ in 0..m2.ncols() {
            let s6 = {
                let s5 = m2.mean();
                (0.05 * acc4).tanh() / (2.0 + (0.05 * acc4).tanh().cos()) + s5
            };
            acc4 += (0.1 * (s6 + x0.mean())).sin();
        }
        let m7 = relu(&softmax(&(0.05 * (acc4 * DMatrix::identity(5, 3))))).transpose();
        acc3 *= (0.05
            * f000(
                &(tanh(&(0.01 * (m2.norm_squared() * DMatrix::identity(3, 4))))
                    + tanh(&(0.05 * (acc4 * DMatrix::identity(3, 4))))),
                &m7.column(i).into_owned().map(|e| e / (2.0 + e.cos())),
                &(m2.columns(1, 3).mean() * DMatrix::identity(3, 4)).transpose(),
            ))
        .tanh()
        .sin();
    }
    (0.01 * (m2.column(4).norm() + acc3.norm_squared())).tanh() + x0.sum()
}

#[test]
fn check_f061() {
    passes_at_random_points(61, "f061", |rng| f061::check(&rng.matrix(2, 5)));
}

#[differentiable(wrt(x0))]
fn f062(x0: f64, x1: &DVector<f64>, case: usize) -> f64 {
    let s1 = x0;
    let mut acc2 = (x0 * DMatrix::identity(3, 3)).map(|u| (0.5 * (0.5 * s1).tanh()).tan() + u);
    for (_, &e3) in x1.iter().enumerate() {
        acc2 /= 2.0 + (0.2 * (s1 + x0 + e3)).sin();
    }
    let s5 = match case {
        0 => (1.0 + x0.powi(2)).powf(0.5 * (0.5 * x0).tanh()),
        1 | 2 => cross_entropy(&tanh(&(0.5 * add_bias(&DMatrix::zeros(4, 3), x1))), &[0, 3, 3]),
        _ => x0 / (1.0 + acc2.transpose().norm_squared()),
    };
    ((0.05 * acc2.sum()).tanh().powi(2) + 0.5).sqrt() + s5 + (x0 + x1.sum())
}

#[test]
fn check_f062() {
    passes_at_random_points(62, "f062", |rng| {
        f062::check(rng.scalar(), &rng.vector(4), rng.int(0, 3))
    });
}

#[differentiable]
fn f063(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let m1 = -add_bias(x0, &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0.sum()));
    let m4 = {
        let m2 = &m1 + x0;
        let m3 = (0.01 * x0.norm_squared()).tanh() * &m1;
        (0.02 * m2.rows(1, 3).sum()).tanh() * x0 + &m3
    };
    x1.rows(1, 4).into_owned().transpose() * (0.01 * m4.norm_squared()).exp()
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f063() {
    passes_at_random_points(63, "f063", |rng| f063::check(&rng.matrix(4, 5), &rng.matrix(5, 4)));
}

#[differentiable]
fn f064(x0: &DVector<f32>, p: &Affine32) -> f32 {
    let v1 = &p.b + p.w.column(0).into_owned();
    let v2 = p.b.map(|e| (0.5 * e.max(e * 0.5)).abs());
    let s3: f32 = v2[1];
    (0.05 * (s3.powi(2) + x0.norm_squared())).sin() + v1.sum() + (x0.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f064() {
    passes_at_random_points(64, "f064", |rng| {
        f064::check(&rng.vector(3), &Affine32 { w: rng.matrix(3, 4), b: rng.vector(3) })
    });
}

#[differentiable]
fn f065(x0: &DMatrix<f64>, x1: &DVector<f64>) -> f64 {
    let c1: DMatrix<f64> = DMatrix::from_element(3, 3, 1.5);
    let mut acc2: DMatrix<f64> = DMatrix::zeros(2, 2);
    for i in 0..3_usize {
        acc2 /= 2.0 + (0.5 * (x1[i] / (2.0 + c1[(i, 1)].tanh()))).tanh();
    }
    (0.05 * ((2.0 + x0.mean().sin()).ln() + acc2.norm_squared())).sin() + (x0.sum() + x1.sum())
}

#[test]
fn check_f065() {
    passes_at_random_points(65, "f065", |rng| f065::check(&rng.matrix(2, 2), &rng.vector(3)));
}

#[differentiable]
fn f066(x0: f64, x1: &DVector<f64>, p: &TwoLayer) -> f64 {
    let mut acc1 = relu(&p.first.w);
    for (&e2, &e3) in p.second.b.iter().zip(p.second.b.iter().skip(1)) {
        let mut acc4 = e3 + e2;
        for _ in 0..p.first.w.nrows() {
            acc1 /= 2.0 + (0.1 * (p.second.w.mean() - p.second.w.sum())).sin();
            acc4 -= (0.5 * e2).tanh();
        }
        acc1 = acc1.map(|e| e.sin())
            + tanh(&(0.5 * (sigmoid(&(0.5 * &p.first.w)) * (0.05 * acc4).exp())));
    }
    let s5 = (0.02
        * f003(&(p.gain * DMatrix::identity(2, 4)), &(p.gain * DMatrix::identity(2, 2)), p))
    .tanh()
        + (0.05 * f028(x1, p)).tanh();
    (0.05 * (x0 / (1.0 + p.second.b.norm_squared()) + acc1.sum())).tanh()
        + s5
        + (x0
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f066() {
    passes_at_random_points(66, "f066", |rng| {
        f066::check(
            rng.scalar(),
            &rng.vector(2),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f067(x0: &DVector<f64>, x1: f64) -> f64 {
    let mut acc1: f64 = 0.5;
    for _ in 0..x0.len() {
        acc1 += (2.0 + (x1 * (x1 * 0.5)).sin()).ln();
    }
    let s2 = (0.02 * mse(&(x1 * DMatrix::identity(3, 3)), &(acc1 * DMatrix::identity(3, 3))))
        .tanh()
        / (2.0 + (0.1 * (x0.sum() * x1)).sin());
    if s2 > x1 {
        let s4 = f065(
            &(s2 * DMatrix::identity(2, 3) * (s2 * DMatrix::identity(3, 2))),
            &(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x0[0]).map(|u| {
                let t3 = (0.5 * acc1).powi(2);
                t3 - u
            }),
        );
        acc1 -= x0[0] * x1
            + (0.01 * mse(&(x1 * DMatrix::identity(3, 4)), &(s4 * DMatrix::identity(3, 4)))).tanh();
    } else {
        for _ in 0..2_usize {
            acc1 -= (0.1 * f062(x0[3], &DVector::from_element(4, 0.4), 0)).tanh();
            acc1 += (0.2 * (x0.sum() / (2.0 + s2.sin()))).tanh();
        }
        acc1 -= mse(&(x1 * DMatrix::identity(3, 4)), &(s2 * DMatrix::identity(3, 4)));
    }
    (0.05 * acc1).tanh().abs() + (x0.sum() + x1)
}

#[test]
fn check_f067() {
    passes_at_random_points(67, "f067", |rng| f067::check(&rng.vector(4), rng.scalar()));
}

#[differentiable]
fn f068(x0: &DVector<f32>) -> DVector<f32> {
    let mut acc1: f32 = 1.0;
    if x0[0] < acc1 {
        let v2: DVector<f32> = x0.clone();
        acc1 += (0.05 * f020(x0[1] - v2[1])).sin();
    } else {
        let mut acc3: f32 = 1.0;
        acc3 *= (acc1 + acc1.tanh()).cos();
        acc1 += acc3 * x0.mean();
    }
    assert_eq!(x0.len(), 5);
    let acc1 = acc1.sin() + (acc1 + (0.5 * acc1).tanh());
    DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * acc1
        - DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * acc1
        + DVector::from_element(4, 1.0) * x0.sum()
}

#[test]
fn check_f068() {
    passes_at_random_points(68, "f068", |rng| f068::check(&rng.vector(5)));
}

#[differentiable(wrt(x0))]
fn f069(x0: DVector<f64>, s: &Stack, n: usize) -> f64 {
    let mut h1 = 0.2 * (s.layers[2].w[(1, 3)] * (s.layers[0].b.mean() * DMatrix::identity(4, 4)));
    for layer2 in s.layers.iter() {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b));
    }
    let mut acc3 = s.layers[2].w.clone();
    for _ in 0..s.layers[1].b.len() {
        acc3 =
            acc3.map(|e| e.sin()) + sigmoid(&(&h1 * (0.05 * s.layers[1].b.norm_squared()).tanh()));
    }
    for _ in 0..n {
        acc3 = acc3.map(|e| e.sin())
            + tanh(
                &(0.05
                    * f063(
                        &ln(&exp(&(0.05 * (s.layers[1].w.sum() * DMatrix::identity(4, 5))))),
                        &exp(&(0.5 * (x0[0] * DMatrix::identity(5, 4)))),
                    )),
            );
    }
    let mut h4 = 0.5 * (x0[2] * DMatrix::identity(4, 3) / (2.0 + (0.5 * x0.mean()).tanh()));
    for layer5 in s.layers.iter() {
        h4 = tanh(&add_bias(&(&layer5.w * &h4), &layer5.b));
    }
    (0.02 * (s.layers[0].b.norm() + acc3.sum())).sin()
        + h4.norm_squared()
        + (x0.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f069() {
    passes_at_random_points(69, "f069", |rng| {
        f069::check(
            rng.vector(3),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                ],
            },
            2,
        )
    });
}

#[differentiable]
fn f070(x0: DMatrix<f64>, x1: f64, case: usize) -> DMatrix<f64> {
    let m2 = x0
        .map(|u| {
            let t1 = u * x1;
            (0.5 * x1).cos() + t1
        })
        .map(|e| (0.2 * e).tanh());
    let mut acc3 = x1 * DMatrix::identity(4, 5);
    match case {
        0 => {
            let m5 = {
                let s4 = acc3.row(1).mean() - x1;
                &x0 * (0.1 * s4).exp()
            };
            acc3 *= (0.05 * (x1 * m2.columns(0, 2).mean() + m5.sum())).sin().sin();
        }
        1 | 2 => {
            let mut acc6 = exp(&(0.5 * (x1 * DMatrix::identity(5, 4)))).transpose();
            for i in 0..x0.ncols() {
                acc6 -= sigmoid(
                    &(0.2
                        * log_softmax(
                            &(0.5
                                * add_bias(
                                    &(x1 * DMatrix::identity(4, 5)),
                                    &m2.column(i).into_owned(),
                                )),
                        )),
                );
            }
            acc3 = acc3.map(|e| e.sin())
                + add_bias(
                    &sigmoid(&(0.5 * &x0)),
                    &(0.02
                        * (&acc6
                            * (DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75, 0.4]) * x1)))
                        .map(|e| e.tanh()),
                );
        }
        _ => {
            let m8 = match case {
                0 => {
                    let mut w7: DVector<f64> = DVector::zeros(4);
                    for i in 0..w7.len() {
                        w7[i] += (0.5 * x1).sin();
                    }
                    sigmoid(
                        &(0.05
                            * ((x1 * DMatrix::identity(5, 4)
                                - m2.rows(0, 4).sum() * DMatrix::identity(5, 4))
                            .transpose()
                                * (0.05 * w7.norm_squared()).exp())),
                    )
                }
                1 | 2 => acc3.clone(),
                _ => x1 * DMatrix::identity(4, 5) + &m2 + softmax(&m2),
            };
            acc3 = &acc3 * 0.5 + (log_softmax(&m2) + &m8);
        }
    }
    (x1 * DMatrix::identity(5, 4)).transpose()
        + &acc3
        + DMatrix::from_element(4, 5, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f070() {
    passes_at_random_points(70, "f070", |rng| {
        f070::check(rng.matrix(4, 5), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f071(x0: DVector<f64>) -> f64 {
    assert_eq!(x0.len(), 1);
    assert_eq!(x0.len(), 1);
    let mut acc2 = (add_bias(&DMatrix::zeros(1, 3), &x0)
        * (DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * x0[0]))
        .map(|e| {
            let t1 = f059(e);
            t1.max(e)
        });
    if (acc2.sum().powi(2) + 0.5).sqrt() < 0.25 {
        acc2 = &acc2 * 0.5 + (DVector::from_column_slice(&[0.25]) * x0.sum() + &x0);
        acc2 /= 2.0 + (0.5 * x0[0]).tanh();
    } else {
        acc2 = &acc2 * 0.5 + &x0;
    }
    acc2[0] + x0.sum()
}

#[test]
fn check_f071() {
    passes_at_random_points(71, "f071", |rng| f071::check(rng.vector(1)));
}

#[differentiable]
fn f072(x0: &DMatrix<f64>, x1: DMatrix<f64>, x2: &DVector<f64>, p: &TwoLayer) -> DMatrix<f64> {
    assert_eq!(p.first.b.len(), 3);
    let m1 = exp(&(0.5 * &x1));
    let m1 = tanh(&(0.2 * &m1));
    sigmoid(
        &(0.02
            * ((x1.columns(1, 2).into_owned() * add_bias(&DMatrix::zeros(2, 1), x2) + x0)
                * m1.mean().exp())),
    ) + DMatrix::from_element(2, 1, 1.0)
        * (x0.sum()
            + x1.sum()
            + x2.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f072() {
    passes_at_random_points(72, "f072", |rng| {
        f072::check(
            &rng.matrix(2, 1),
            rng.matrix(2, 3),
            &rng.vector(2),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f073(x0: &DMatrix<f64>, x1: f64) -> DVector<f64> {
    let s3 = if x0[(0, 1)] < 1.5 {
        let c1: f64 = 0.5;
        c1 / (2.0 + c1.tanh())
    } else {
        let mut acc2: f64 = 1.0;
        for _ in 0..2_usize {
            acc2 = acc2.sin() + (0.05 * x0.norm_squared()).sin();
        }
        cross_entropy(x0, &[0, 0]) + acc2
    };
    let mut acc4 = f067(&(DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x1), x0.mean());
    acc4 -= (0.5 * x1).exp();
    acc4 -= x1.max(x0.mean());
    let m5 = x0.clone();
    (0.05
        * ((m5.column(1).into_owned()
            - (0.05 * (DVector::from_column_slice(&[-1.0, 0.25]) * x0.norm_squared()))
                .map(|e| e.tanh()))
            * (0.1 * s3).exp()
            * (0.05 * acc4).exp()))
    .map(|e| e.tanh())
        + DVector::from_element(2, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f073() {
    passes_at_random_points(73, "f073", |rng| f073::check(&rng.matrix(2, 2), rng.scalar()));
}

#[differentiable]
fn f074(x0: &DMatrix<f32>, x1: &DVector<f32>, n: usize, case: usize) -> f32 {
    let s1 = x1.mean() / (1.0 + (0.2 * x1.sum()).powi(2));
    let s3 = {
        let s2 = s1 - (0.5 * s1).tanh();
        cross_entropy(&(s2 * DMatrix::identity(3, 4)), &[0, 1, 1, 2])
    };
    let mut acc4: f32 = 1.0;
    match case {
        0 => {
            let v6 = if f012(&(s1 * DMatrix::identity(3, 1)), case) > s3 {
                x1.map(|e| {
                    let t5 = e;
                    t5.sin()
                })
            } else if n > 2 {
                acc4 = acc4 * 0.5 + (0.05 * (s1 * s3)).tanh();
                x1.map(|u| (1.0 + s1.max(u).powi(2)).powf(0.5 * (0.5 * s1).tanh()))
            } else {
                assert_eq!(x1.len(), 2);
                acc4 * x1
            };
            acc4 = acc4 * 0.5 + (x1[0] + v6.sum());
        }
        1 | 2 => {
            let s3 = (0.2 * s3).tanh();
            acc4 /= 2.0 + s3.tanh().tanh();
        }
        _ => {
            acc4 += s3.min(s1);
        }
    }
    (0.05 * (x1.norm_squared().max(s1) + x0.mean())).sin() + acc4 + (x0.sum() + x1.sum())
}

#[test]
fn check_f074() {
    passes_at_random_points(74, "f074", |rng| {
        f074::check(&rng.matrix(2, 4), &rng.vector(2), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f075(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(5, 4, 1.5);
    for _ in 0..x1.ncols() {
        acc1 = tanh(&(0.2 * &acc1))
            + sigmoid(
                &(0.2
                    * x0.map(|e| {
                        let t2 = f062(e, &DVector::from_element(4, 0.75), 1);
                        (0.1 * t2).exp()
                    })),
            );
    }
    if ((0.01 * x0.norm_squared()).tanh().powi(2) + 0.5).sqrt() > 1.5 {
        acc1 = acc1.map(|e| e.sin())
            + tanh(
                &(0.05
                    * (x0.columns(0, 3).into_owned()
                        * (x0.rows(1, 3).into_owned() + x0[(2, 0)] * DMatrix::identity(3, 4)))),
            );
    } else {
        acc1 *= (0.5 * (0.2 * x1.column(4).norm()).exp()).sin();
    }
    (0.01 * ((0.01 * x0.norm_squared()).tanh() + acc1.norm_squared())).tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f075() {
    passes_at_random_points(75, "f075", |rng| f075::check(&rng.matrix(5, 4), &rng.matrix(3, 5)));
}

#[differentiable]
fn f076(x0: DMatrix<f64>, x1: DMatrix<f64>, x2: &DVector<f64>) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(3);
    acc1 *= (0.2 * x0.rows(0, 2).sum()).tanh();
    acc1 += -x0.column(1).into_owned().component_mul(x2);
    let v2: DVector<f64> = (0.02 * (x0.transpose() * &acc1))
        .map(|e| e.tanh())
        .component_div(&(0.05 * (acc1[1] * x2)).map(|e| e.tanh()).map(|e| e * e + 0.5));
    (2.0 + v2.mean().sin()).ln() + x1.mean() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f076() {
    passes_at_random_points(76, "f076", |rng| {
        f076::check(rng.matrix(3, 3), rng.matrix(2, 2), &rng.vector(3))
    });
}

#[differentiable]
fn f077(x0: &DMatrix<f64>, x1: &DVector<f64>, q: &TwoLayer) -> f64 {
    assert_eq!(q.first.b.len(), 3);
    assert_eq!(q.second.w.shape(), (4, 3));
    let v1 = &q.second.w * &q.first.b;
    (0.01
        * ((0.01 * ((q.gain.powi(2) + 0.5).sqrt() + x0.norm_squared())).tanh()
            + x1.mean()
            + v1.norm_squared()))
    .tanh()
        + (x0.sum()
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f077() {
    passes_at_random_points(77, "f077", |rng| {
        f077::check(
            &rng.matrix(4, 3),
            &rng.vector(4),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f078(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: f64, flag: bool) -> f64 {
    let mut w1: DMatrix<f64> = DMatrix::zeros(4, 4);
    for i in 0..w1.nrows() {
        w1[(i, 1)] = 0.5 * (x2 / (2.0 + (0.5 * x2).tanh()));
    }
    let m3 = {
        let s2 = f025(
            &tanh(&(0.1 * (x0.sum() * DMatrix::identity(3, 3)))),
            &(x1 * x0.columns(0, 3).into_owned()),
            2,
            flag,
        );
        x0 * (0.05 * s2).exp()
    };
    let v5 = {
        let m4 = &w1 + x0;
        x1.column(2).into_owned() / (1.0 + w1.norm_squared()) * (0.01 * m4.norm_squared()).exp()
    };
    (0.01
        * ((0.01
            * (f021(
                &(DVector::from_column_slice(&[-0.5, 0.3]) * x2),
                &(x2 * DMatrix::identity(2, 2)),
            ) + m3.norm_squared()))
        .sin()
            + v5.norm_squared()))
    .tanh()
        + (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f078() {
    passes_at_random_points(78, "f078", |rng| {
        f078::check(&rng.matrix(4, 4), &rng.matrix(3, 4), rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f079(x0: f32, case: usize) -> f32 {
    let mut acc1: f32 = 0.0;
    match case {
        0 => {
            let mut acc2: f32 = 0.0;
            for _ in 0..2_usize {
                let s3 = x0.max(acc1);
                acc2 *= (0.5
                    * ((0.02
                        * mse(
                            &tanh(&(0.5 * (x0 * DMatrix::identity(3, 2)))),
                            &add_bias(
                                &(x0 * DMatrix::identity(3, 2)),
                                &(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x0),
                            ),
                        ))
                    .tanh()
                        + s3))
                    .cos();
            }
            acc1 = acc1 * 0.5 + ((0.5 * x0).powi(2).powi(2) + acc2);
        }
        1 | 2 => {
            acc1 -= (x0.powi(2) + 1.0).ln() + x0;
        }
        _ => {
            acc1 += (0.5 * x0.max(x0 * 0.5)).cos();
        }
    }
    let mut acc4: f32 = 0.5;
    match case {
        0 => {
            acc4 = acc4.sin()
                + (0.01 * (acc1.min(x0) * f038(&(acc1 * DMatrix::identity(2, 4)), acc1, case)))
                    .sin();
        }
        1 | 2 => {
            acc4 = acc4.sin() + (0.2 * acc1).abs();
        }
        _ => {
            let s5 = f012(&(acc4 * DMatrix::identity(3, 1)), 0);
            acc4 = acc4 * 0.5 + s5 / (1.0 + (0.5 * x0).powi(2));
        }
    }
    (0.05 * (acc4 * x0 + acc1)).tanh() + x0
}

#[test]
fn check_f079() {
    passes_at_random_points(79, "f079", |rng| f079::check(rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f080(x0: f64, x1: DMatrix<f64>) -> f64 {
    let mut acc1: f64 = 0.0;
    for i in 0..2_usize {
        let mut acc2: f64 = 1.0;
        for j in 0..x1.nrows() {
            let m4 = {
                let s3 = (0.2 * acc1).cos();
                add_bias(&(s3 * DMatrix::identity(4, 3)), &x1.column(i).into_owned())
            };
            acc1 = acc1.sin()
                + (0.05
                    * f007(
                        &m4.column(i).into_owned(),
                        x1.columns(0, 3).sum() + acc2,
                        &sigmoid(&(0.5 * (m4.column(i).mean() * DMatrix::identity(4, 4)))),
                        2,
                    ))
                .tanh();
            acc2 -= (0.2 * (x0.min(x1.row(j).sum()) + m4.mean())).tanh();
        }
        let mut acc5: DMatrix<f64> = DMatrix::zeros(4, 3);
        acc5 -= tanh(&(0.2 * (&x1 * x0)));
        acc1 /= 1.0 + (0.1 * (acc2 + x0 + acc5.sum())).powi(2);
    }
    let s6 = (0.5 * x0).powi(2);
    let mut acc7 = log_softmax(&(0.5 * ln(&x1.map(|e| e * e + 0.5))));
    for (&e8, &e9) in x1.iter().zip(x1.iter().skip(1)) {
        acc7 = tanh(&(0.1 * &acc7))
            + softmax(
                &(0.2
                    * (tanh(
                        &(0.05
                            * log_softmax(&x1)
                                .component_div(&log_softmax(&x1).map(|e| e * e + 0.5))),
                    ) * (0.2 * e8).exp()
                        * (0.2 * e9).exp())),
            );
    }
    (0.01 * (acc1.exp() + s6 + acc7.norm_squared())).sin() + (x0 + x1.sum())
}

#[test]
fn check_f080() {
    passes_at_random_points(80, "f080", |rng| f080::check(rng.scalar(), rng.matrix(4, 3)));
}

#[differentiable]
fn f081(x0: DMatrix<f64>) -> f64 {
    let mut acc1 = sigmoid(&(0.5 * (x0.column(1).mean() * DMatrix::identity(3, 1)).transpose()));
    for _ in 0..x0.ncols() {
        acc1 = &acc1 * 0.5
            + softmax(
                &(0.1
                    * ((x0.columns(0, 3).mean() * DMatrix::identity(3, 1)).transpose()
                        * (x0.columns(1, 1).sum() * DMatrix::identity(3, 3))
                            .map(|e| e / (2.0 + (0.5 * e.max((0.5 * e).tanh())).cos())))),
            );
    }
    assert_eq!(x0.shape(), (1, 3));
    (0.05 * x0.rows(0, 1).norm_squared()).tanh().exp() + acc1.mean() + x0.sum()
}

#[test]
fn check_f081() {
    passes_at_random_points(81, "f081", |rng| f081::check(rng.matrix(1, 3)));
}

#[differentiable]
fn f082(x0: DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let m1 = (x1[(1, 1)] * DMatrix::identity(3, 2)).transpose();
    let mut acc2: DMatrix<f64> = DMatrix::from_element(2, 3, 0.25);
    for _ in 0..m1.ncols() {
        let m4 = {
            let m3 = relu(&(&x0 + x1));
            &acc2 * (0.1 * m3.mean()).exp()
        };
        acc2 = acc2.map(|e| e.sin()) + softmax(&(0.2 * -&m4));
    }
    m1.sum() + (0.02 * acc2.norm_squared()).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f082() {
    passes_at_random_points(82, "f082", |rng| f082::check(rng.matrix(3, 5), &rng.matrix(3, 5)));
}

#[differentiable]
fn f083(x0: DMatrix<f64>, x1: &f64, flag: bool) -> DMatrix<f64> {
    assert_eq!(x0.shape(), (4, 4));
    let s1 = f053(
        DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * *x1 * *x1,
        (1.0 + x1.powi(2)).powf(0.5 * (0.5 * *x1).tanh()),
        flag,
    );
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 4, 0.3);
    acc2 /= 1.0 + (0.1 * (*x1 * (0.2 * s1).powi(2))).powi(2);
    acc2 = tanh(&acc2) + (&x0 * *x1 - x0.transpose());
    sigmoid(&(0.1 * &acc2)) + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + *x1)
}

#[test]
fn check_f083() {
    passes_at_random_points(83, "f083", |rng| {
        f083::check(rng.matrix(4, 4), &rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f084(x0: f32, x1: &DMatrix<f32>) -> f32 {
    let s3 = if x0 < x1.rows(3, 1).norm_squared() {
        let s1 = x0.min(x1.mean());
        s1 / (1.0 + (0.5 * s1).powi(2))
    } else {
        let mut w2: DVector<f32> = x1 * (DVector::from_column_slice(&[0.75, -0.5]) * x0);
        for i in 0..w2.len() {
            w2[i] = (2.0 + x0.sin()).ln();
        }
        (0.01
            * (f024(&(x0 * DMatrix::identity(3, 2)), &(x0 * DMatrix::identity(2, 3)), x0, 0)
                + w2.norm_squared()))
        .tanh()
    };
    let mut acc4: DMatrix<f32> = DMatrix::from_element(4, 2, 0.5);
    if s3 > 2.0 {
        acc4 += x0 * DMatrix::identity(4, 2);
    }
    x0 + s3 + acc4.mean() + (x0 + x1.sum())
}

#[test]
fn check_f084() {
    passes_at_random_points(84, "f084", |rng| f084::check(rng.scalar(), &rng.matrix(4, 2)));
}

#[differentiable(wrt(x0))]
fn f085(x0: &f64, p: &TwoLayer) -> f64 {
    let x0 = *x0 * 0.5 + p.gain.max(p.second.b[1]);
    let mut acc1 = (0.05
        * (p.gain * (DVector::from_column_slice(&[0.5, -0.25]) * p.gain))
            .component_mul(&p.first.b))
    .map(|e| e.tanh());
    for &e2 in p.second.b.iter() {
        let v4 = (0.02 * (x0 * (p.gain * &p.first.b))).map(|e| e.tanh());
        acc1 -= (0.2 * (&p.second.b * (0.2 * e2).exp() + &v4)).map(|e| e.tanh());
    }
    let v5: DVector<f64> = acc1.clone();
    p.gain / (2.0 + (0.2 * x0).cos())
        + v5.mean()
        + (x0 + p.first.w.sum() + p.first.b.sum() + p.second.w.sum() + p.second.b.sum() + p.gain)
}

#[test]
fn check_f085() {
    passes_at_random_points(85, "f085", |rng| {
        f085::check(
            &rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f086(x0: DMatrix<f64>, x1: &DMatrix<f64>, flag: bool) -> f64 {
    let mut acc1 = softmax(x1);
    if flag {
        let mut w2: DVector<f64> = DVector::zeros(1);
        for i in 0..w2.len() {
            w2[i] = w2[i] * acc1.columns(0, 1).norm_squared();
        }
        acc1 = tanh(&acc1)
            + (add_bias(&DMatrix::zeros(1, 5), &w2) * (x1.row(0).sum() * DMatrix::identity(5, 1)))
                .component_div(&add_bias(x1, &w2).map(|e| 2.0 + e.sin()));
    } else {
        acc1 *= (0.2 * (0.2 * x1.norm_squared()).exp()).tanh().tanh();
    }
    let mut acc3: DMatrix<f64> = DMatrix::from_element(3, 3, 1.5);
    for _ in 0..x1.ncols() {
        let acc1 = tanh(&acc1);
        acc3 *= ((0.02 * mse(&x0.map(|e| e / (2.0 + (0.5 * e).sin())), &exp(&(0.5 * &x0)))).tanh()
            + acc1.mean())
        .sin();
    }
    let s4 = f053(
        DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * acc1.sum(),
        acc3.row(2).mean(),
        flag,
    );
    s4 + x1.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f086() {
    passes_at_random_points(86, "f086", |rng| {
        f086::check(rng.matrix(3, 3), &rng.matrix(1, 1), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f087(x0: &DVector<f64>, x1: f64, x2: f64, p: &TwoLayer) -> DMatrix<f64> {
    let m1 = x2 * DMatrix::identity(2, 4);
    let s3 = {
        let m2 = p.first.w.clone();
        x1 / (1.0 + (0.2 * m1.sum()).powi(2)) + m2.sum()
    };
    tanh(
        &(0.02
            * (&m1
                * add_bias(&DMatrix::zeros(4, 4), &p.second.b)
                * (0.05 * x0.norm_squared()).exp())),
    ) * (0.05 * s3).exp()
        + DMatrix::from_element(2, 4, 1.0)
            * (x0.sum()
                + x1
                + x2
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f087() {
    passes_at_random_points(87, "f087", |rng| {
        f087::check(
            &rng.vector(2),
            rng.scalar(),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f088(x0: &DMatrix<f64>, x1: f64, n: usize, flag: bool) -> DVector<f64> {
    let mut acc1: f64 = 0.0;
    for _ in 0..n {
        let s2 = -x1 - x1 / (2.0 + (0.5 * x1).cos());
        acc1 /= 2.0 + (0.2 * s2).sin();
    }
    let s3 = (0.05 * cross_entropy(&f083(x1 * DMatrix::identity(4, 4), &x1, flag), &[1, 2, 0, 2]))
        .tanh();
    x0.column(1).into_owned().map(|u| s3.powi(2) + u) * (0.5 * acc1).exp()
        + DVector::from_element(3, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f088() {
    passes_at_random_points(88, "f088", |rng| {
        f088::check(&rng.matrix(3, 3), rng.scalar(), 2, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f089(x0: f64, x1: &DMatrix<f64>) -> f64 {
    let m2 = {
        let m1 = ln(&(x1 / (1.0 + (0.5 * x1[(1, 0)]).powi(2))).map(|e| 2.0 + e.sin()));
        tanh(&(0.5 * &m1))
    };
    let mut acc3 = m2.column(3).into_owned();
    acc3 -= m2.column(2).into_owned() + DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x0;
    let mut acc4: DMatrix<f64> = DMatrix::from_element(4, 4, 1.25);
    for &e5 in m2.iter() {
        acc4 += softmax(&(0.5 * (x1.map(|e| (0.5 * e).sin()) * e5.exp())));
    }
    (0.02 * (f056(x0 * DMatrix::identity(2, 3)) + acc3.mean() + acc4.sum())).sin() + (x0 + x1.sum())
}

#[test]
fn check_f089() {
    passes_at_random_points(89, "f089", |rng| f089::check(rng.scalar(), &rng.matrix(4, 4)));
}

#[differentiable]
fn f090(x0: &DMatrix<f64>, x1: &DMatrix<f64>, p: &TwoLayer, n: usize) -> DMatrix<f64> {
    let m1 = p.second.w.transpose() * -x1;
    let mut acc2: DMatrix<f64> = DMatrix::zeros(3, 2);
    for _ in 0..x1.nrows() {
        let mut acc3: DMatrix<f64> = DMatrix::zeros(3, 2);
        for _ in 0..n {
            acc3 += sigmoid(&(0.2 * ln(&(&acc2 * x0).map(|e| e * e + 0.5))));
        }
        acc2 = &acc2 * 0.5 + sigmoid(&(0.1 * ((x0 * x1).transpose() + &acc3)));
    }
    let m4 = -(x0 * p.gain);
    tanh(&(0.05 * (x1 * &acc2 * (0.01 * m1.norm_squared()).exp())))
        + &m4
        + DMatrix::from_element(2, 2, 1.0)
            * (x0.sum()
                + x1.sum()
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f090() {
    passes_at_random_points(90, "f090", |rng| {
        f090::check(
            &rng.matrix(2, 2),
            &rng.matrix(2, 3),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 3), b: rng.vector(2) },
                second: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            3,
        )
    });
}

#[differentiable]
fn f091(x0: f32, x1: &DMatrix<f32>) -> f32 {
    let mut acc1 = tanh(
        &(0.02
            * (x0 * x1.mean() * (x0 * DMatrix::identity(4, 3)).component_div(&exp(&(0.2 * x1))))),
    );
    for &e2 in x1.iter() {
        acc1 = acc1.map(|e| e.sin())
            + tanh(
                &(0.02
                    * ((x1 + x0 * DMatrix::identity(4, 3))
                        .component_div(&x1.map(|e| 2.0 + e.sin()))
                        * (0.2 * e2).exp())),
            );
    }
    let v4 = acc1.column(0).into_owned() / (2.0 + (0.01 * acc1.norm_squared()).tanh().sin());
    x0 - x0.sin() + v4.mean() + (x0 + x1.sum())
}

#[test]
fn check_f091() {
    passes_at_random_points(91, "f091", |rng| f091::check(rng.scalar(), &rng.matrix(4, 3)));
}

#[differentiable]
fn f092(x0: f64) -> f64 {
    let x0 = (0.5 * x0).tanh();
    let mut acc1 = x0;
    for _ in 0..3_usize {
        for _ in 0..2_usize {
            acc1 *= (x0.min(x0.sin()) * x0.abs()).cos();
        }
        acc1 /= 1.0 + (x0 - x0.sin()).powi(2);
    }
    for i in 0..2_usize {
        acc1 = acc1.sin() + (0.5 * (x0.powi(3) + (i as f64 + 0.5))).sin();
    }
    (x0.powi(2) + 0.5).sqrt() + acc1 + x0
}

#[test]
fn check_f092() {
    passes_at_random_points(92, "f092", |rng| f092::check(rng.scalar()));
}

#[differentiable]
fn f093(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let c1 = x0.nrows() as f64;
    let s2 = (0.01
        * log_softmax(&x0.columns(0, 3).into_owned()).dot(
            &(x0.sum() * DMatrix::identity(4, 3))
                .map(|u| (0.5 * (0.5 * c1).cos().tanh()).tan() + u),
        ))
    .tanh();
    let mut acc3: f64 = 0.5;
    for (_, &e4) in x0.iter().enumerate() {
        let m6 = add_bias(&relu(x1), &(x1.column(3).into_owned() * e4));
        acc3 *= (0.02 * ((0.05 * x0.dot(x0)).tanh() + m6.sum())).tanh().sin();
    }
    (0.01 * x0.columns(0, 3).norm_squared()).sin() + s2 + acc3 + (x0.sum() + x1.sum())
}

#[test]
fn check_f093() {
    passes_at_random_points(93, "f093", |rng| f093::check(&rng.matrix(4, 4), &rng.matrix(3, 4)));
}

#[differentiable]
fn f094(x0: &DMatrix<f32>, x1: &DMatrix<f32>, case: usize, labels: &[usize]) -> f32 {
    let m4 = match case {
        0 => {
            let mut acc1: DMatrix<f32> = DMatrix::zeros(3, 3);
            for (_, &e2) in x1.iter().enumerate() {
                acc1 /= 2.0
                    + (0.2
                        * cross_entropy(
                            &ln(&exp(&(0.2 * (e2 * DMatrix::identity(4, 3))))),
                            labels,
                        ))
                    .tanh();
            }
            add_bias(&softmax(&(0.02 * acc1.component_mul(&acc1))), &x1.column(1).into_owned())
        }
        1 | 2 => softmax(
            &(0.05
                * (add_bias(
                    x0,
                    &(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x0.columns(1, 2).norm()),
                ) * ln(&x1.map(|e| 2.0 + e.sin())))),
        ),
        _ => add_bias(x1, &(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * x0.sum())),
    };
    let mut acc5: DVector<f32> = DVector::zeros(4);
    acc5 *= ((0.01 * m4.row(1).norm_squared()).tanh() * (2.0 + x0.sum().sin()).ln()).cos();
    x1[(1, 0)] + acc5.norm_squared() + (x0.sum() + x1.sum())
}

#[test]
fn check_f094() {
    passes_at_random_points(94, "f094", |rng| {
        f094::check(&rng.matrix(3, 3), &rng.matrix(3, 3), rng.int(0, 3), &[3, 1, 0])
    });
}

#[differentiable]
fn f095(x0: &DMatrix<f64>) -> DMatrix<f64> {
    let mut acc1: f64 = 1.0;
    if x0.row(1).norm() < acc1 {
        acc1 *= (0.1 * -x0.columns(0, 1).norm_squared()).sin().sin();
    } else {
        let mut acc2: DMatrix<f64> = DMatrix::from_element(2, 2, 1.5);
        for i in 0..x0.nrows() {
            let m4 = {
                let m3 = log_softmax(x0);
                softmax(&(0.05 * (&m3 * acc1)))
            };
            acc1 -= (0.02
                * mse(&(acc2.column(i).norm() * DMatrix::identity(2, 2)), &x0.transpose()))
            .tanh();
            acc2 *= (0.2 * (acc1.min(x0.rows(0, 2).sum()) + m4.mean())).cos();
        }
        acc1 *= ((0.02 * acc2.norm_squared()).tanh().cos()
            / (2.0 + (0.02 * mse(&(acc2.sum() * DMatrix::identity(2, 2)), x0)).tanh().cos()))
        .sin();
    }
    let mut acc5: DMatrix<f64> = DMatrix::zeros(2, 2);
    for &e6 in x0.iter() {
        acc5 = acc5.map(|e| e.sin())
            + tanh(&(0.2 * (relu(x0) / (1.0 + (0.5 * x0[(0, 1)]).powi(2)) * (0.2 * e6).exp())));
    }
    tanh(&(0.05 * (x0 * x0 * (0.2 * acc1).exp())))
        + &acc5
        + DMatrix::from_element(2, 2, 1.0) * x0.sum()
}

#[test]
fn check_f095() {
    passes_at_random_points(95, "f095", |rng| f095::check(&rng.matrix(2, 2)));
}

#[differentiable]
fn f096(x0: DMatrix<f64>, x1: &DMatrix<f64>, p: &TwoLayer) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 4, 2.0);
    acc1 /= 2.0 + (2.0 + p.gain.sin()).ln().sin();
    let mut acc2: DMatrix<f64> = DMatrix::zeros(4, 4);
    for _ in 0..acc1.nrows() {
        let x1 = tanh(&(0.5 * x1)) + x1;
        acc1 += tanh(&(0.5 * -&acc2));
        acc2 = &acc2 * 0.5
            + sigmoid(
                &(0.5
                    * ((&acc1 + p.gain * DMatrix::identity(4, 4))
                        .map(|e| -(0.02 * (e * (e * 0.5))).tanh())
                        * (0.01 * x1.norm_squared()).exp())),
            );
    }
    (0.05
        * ((0.02 * f041(p.gain, &p.first.w, p.clone())).tanh()
            + x0.mean()
            + acc1.mean()
            + acc2.sum()))
    .sin()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f096() {
    passes_at_random_points(96, "f096", |rng| {
        f096::check(
            rng.matrix(4, 2),
            &rng.matrix(2, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f097(x0: &DMatrix<f64>, x1: &DVector<f64>, p: TwoLayer) -> f64 {
    let mut w1: DVector<f64> = DVector::zeros(5);
    for i in 0..w1.len() {
        w1[i] = 0.5 * p.gain.max(p.gain.sin());
    }
    let mut acc2: DVector<f64> = DVector::zeros(4);
    acc2 -= (DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * p.gain - &p.second.b)
        .map(|e| e * 0.5);
    acc2 *= (0.5 * p.gain).tanh();
    (0.05 * ((x1.sum().powi(2) + 1.0).ln() + x0.sum() + w1.mean() + acc2.mean())).tanh()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f097() {
    passes_at_random_points(97, "f097", |rng| {
        f097::check(
            &rng.matrix(3, 5),
            &rng.vector(3),
            TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f098(x0: DMatrix<f64>, x1: f64, x2: DMatrix<f64>) -> f64 {
    let m2 = {
        let m1 = exp(&(0.5 * &x0));
        &x2 * (0.05 * m1.sum()).exp()
    };
    let s3 = (0.5 * (0.5 * x1).tanh()).tan();
    (0.05 * (s3 / (1.0 + x0.norm_squared()) + m2.sum())).tanh() + (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f098() {
    passes_at_random_points(98, "f098", |rng| {
        f098::check(rng.matrix(3, 3), rng.scalar(), rng.matrix(2, 3))
    });
}

#[differentiable(wrt(x0))]
fn f099(x0: &DMatrix<f64>, x1: &DVector<f64>) -> DMatrix<f64> {
    assert_eq!(x0.shape(), (4, 4));
    let m2 = {
        let v1 = x0 * x1;
        x0.map(|e| (1.0 + (e - e.sin()).powi(2)).powf(0.5 * (0.5 * e).tanh()))
            * (0.05 * v1.mean()).exp()
    };
    x0.map(|e| (2.0 + (e * e.sin()).sin()).ln())
        + &m2
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f099() {
    passes_at_random_points(99, "f099", |rng| f099::check(&rng.matrix(4, 4), &rng.vector(4)));
}

#[differentiable]
fn f100(x0: &DMatrix<f64>, x1: f64) -> f64 {
    let s2 = {
        let m1 = sigmoid(&(0.5 * x0));
        (0.5 * x1).abs() + m1.norm_squared()
    };
    let c3: f64 = 1.25;
    assert_eq!(x0.shape(), (2, 2));
    (0.05 * (((x1.powi(2) + 0.5).sqrt() + s2) * (0.5 * c3).exp())).tanh() + (x0.sum() + x1)
}

#[test]
fn check_f100() {
    passes_at_random_points(100, "f100", |rng| f100::check(&rng.matrix(2, 2), rng.scalar()));
}

#[differentiable]
fn f101(x0: f64) -> f64 {
    let mut acc1 = ln(&exp(&(0.2 * (x0 * DMatrix::identity(5, 2))))).transpose();
    if x0 > acc1.columns(2, 3).sum() {
        acc1 -= tanh(&(0.5 * (x0 * DMatrix::identity(2, 5)))).component_mul(
            &(x0 * DMatrix::identity(2, 5) - tanh(&(0.5 * (x0 * DMatrix::identity(2, 5))))),
        );
    } else {
        acc1 = &acc1 * 0.5 + relu(&(x0 * DMatrix::identity(2, 5)));
    }
    let m2 = tanh(&(0.05 * (x0 * DMatrix::identity(2, 2) * &acc1)))
        .map(|u| f062(u, &DVector::from_element(4, 0.25), 0) + x0);
    (0.05 * ((x0.powi(2) + 0.5).sqrt() + m2.mean())).tanh() + x0
}

#[test]
fn check_f101() {
    passes_at_random_points(101, "f101", |rng| f101::check(rng.scalar()));
}

#[differentiable]
fn f102(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(3, 4);
    if x0.rows(0, 3).norm() * acc1.row(0).norm() > 1.5 {
        acc1 -= exp(&(0.2
            * x0.component_div(
                &(x0.column(2).mean() * DMatrix::identity(3, 4)).map(|e| e * e + 0.5),
            )));
    }
    let mut acc2 = acc1.clone();
    for i in 0..acc1.ncols() {
        let x1 = x1 * 0.5 + x1;
        acc2 /= 2.0 + (0.1 * (x1.columns(0, 1).mean() * i as f64)).tanh().sin();
    }
    let m3 = if (0.5 * x1[(0, 2)]).abs() < x0.sum() {
        sigmoid(&(0.05 * (acc1.sum() * DMatrix::identity(4, 4)))).transpose()
    } else {
        tanh(&(0.05 * (acc1.sum() * DMatrix::identity(4, 4))))
            .component_mul(&sigmoid(&(0.05 * (acc2.sum() * DMatrix::identity(4, 4)))))
    };
    acc2.column(1).mean() - x0[(2, 0)] + m3.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f102() {
    passes_at_random_points(102, "f102", |rng| f102::check(&rng.matrix(3, 4), &rng.matrix(3, 3)));
}

#[differentiable]
fn f103(x0: &DMatrix<f64>, x1: f64, x2: f64, s: &Stack) -> f64 {
    let mut h1 = 0.2
        * add_bias(&DMatrix::zeros(4, 3), &s.layers[2].b)
            .component_div(&x0.columns(1, 3).into_owned().map(|e| 2.0 + e.sin()));
    for (i, layer2) in s.layers.iter().enumerate() {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b)) * (1.0 / (i as f64 + 1.0));
    }
    let mut acc3: f64 = 0.5;
    for &e4 in &s.layers[1].w {
        acc3 = acc3 * 0.5
            + (0.1
                * (s.layers[1]
                    .w
                    .map(|u| {
                        let t6 = (0.5 * x2).exp();
                        x2.max(u) + t6
                    })
                    .mean()
                    + e4))
                .tanh();
    }
    let m7: DMatrix<f64> = acc3 * DMatrix::identity(5, 4);
    (0.05 * (x2 * x1 + h1.mean() + m7.mean())).tanh()
        + (x0.sum()
            + x1
            + x2
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f103() {
    passes_at_random_points(103, "f103", |rng| {
        f103::check(
            &rng.matrix(4, 4),
            rng.scalar(),
            rng.scalar(),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                ],
            },
        )
    });
}

#[differentiable]
fn f104(x0: DMatrix<f64>, p: &Affine, case: usize) -> f64 {
    let v1 = p.b.map(|e| e.min(e + e.sin()));
    let v3 = match case {
        0 => v1.clone(),
        1 | 2 => p.b.component_div(&v1.map(|e| e * e + 0.5)),
        _ => {
            let c2: DMatrix<f64> = DMatrix::zeros(4, 2);
            c2.mean()
                * DMatrix::identity(2, 4)
                * (DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * c2.rows(0, 4).norm())
        }
    };
    let mut acc4 = softmax(
        &(0.05 * (add_bias(&DMatrix::zeros(2, 4), &v1) * (v1[0] * DMatrix::identity(4, 2)))),
    );
    for i in 0..v3.len() {
        for _ in 0..x0.nrows() {
            let mut acc5: DVector<f64> = DVector::zeros(2);
            acc5 *= (0.2 * f100(&p.w, v1[i])).cos();
            acc5 -= (0.05 * (p.b[0] * &v3)).map(|e| e.tanh());
            acc4 /= 2.0
                + (0.2
                    * (cross_entropy(&(x0.mean() * DMatrix::identity(4, 4)), &[2, 0, 1, 3])
                        + acc5.mean()))
                .cos();
        }
        acc4 += softmax(&(0.2 * p.w.component_div(&p.w.map(|e| e * e + 0.5))));
    }
    v1.sum().min(v1[1]) + acc4.sum() + (x0.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f104() {
    passes_at_random_points(104, "f104", |rng| {
        f104::check(
            rng.matrix(2, 2),
            &Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f105(x0: f64, x1: &DMatrix<f64>, p: &Affine) -> DMatrix<f64> {
    let v1 = x0 * DMatrix::identity(4, 4) * &p.b;
    let mut w2: DVector<f64> = DVector::zeros(2);
    for i in 0..w2.len() {
        w2[i] = 0.5 * (0.02 * p.w.norm_squared()).sin().exp();
    }
    sigmoid(
        &(0.05
            * (tanh(&(0.05 * (x0 * DMatrix::identity(4, 5) * (x0 * DMatrix::identity(5, 2)))))
                * (0.2 * x1.mean()).exp()
                * (0.02 * v1.sum()).exp()
                * (0.2 * w2.mean()).exp())),
    ) + DMatrix::from_element(4, 2, 1.0) * (x0 + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f105() {
    passes_at_random_points(105, "f105", |rng| {
        f105::check(
            rng.scalar(),
            &rng.matrix(2, 4),
            &Affine { w: rng.matrix(4, 2), b: rng.vector(4) },
        )
    });
}

#[differentiable]
fn f106(x0: f64, x1: &DMatrix<f64>, case: usize) -> f64 {
    let m2 = (x1 * tanh(&(0.01 * (x1.norm_squared() * DMatrix::identity(4, 4))))).component_div(
        &x1.map(|e| {
            let t1 = e;
            t1 + e
        })
        .map(|e| e * e + 0.5),
    );
    let mut acc3: f64 = 0.5;
    match case {
        0 => {
            acc3 = acc3 * 0.5 + (0.5 * x0).exp();
        }
        1 | 2 => {
            let x0 = x0.sin();
            acc3 += (0.1 * f071(DVector::from_column_slice(&[-1.0]) * x0)).powi(3);
        }
        _ => {
            acc3 -= (0.02 * (x0 * m2[(2, 3)])).tanh();
        }
    }
    let m5 = {
        let s4 = (0.05 * (m2[(0, 1)] - acc3)).sin() + (acc3.powi(2) + 0.5).sqrt();
        ln(&exp(&(0.1 * (s4 * DMatrix::identity(4, 3)))))
    };
    (0.02 * (x0 + m5.norm_squared())).tanh() + (x0 + x1.sum())
}

#[test]
fn check_f106() {
    passes_at_random_points(106, "f106", |rng| {
        f106::check(rng.scalar(), &rng.matrix(3, 4), rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f107(x0: f64, x1: &DMatrix<f64>, case: usize) -> f64 {
    let m5 = {
        let m1 = exp(&(0.5 * x1));
        let mut acc2: DMatrix<f64> = DMatrix::from_element(5, 1, 0.5);
        for &e3 in x1.iter() {
            acc2 = tanh(&(0.2 * &acc2)) + tanh(&(0.2 * m1.transpose().transpose()));
            acc2 /= 2.0 + (0.2 * (e3 + x0)).cos();
        }
        tanh(
            &(0.05
                * (x0
                    * DMatrix::identity(1, 2)
                    * (x0 * DMatrix::identity(2, 2))
                    * (0.1 * acc2.mean()).exp())),
        )
    };
    let mut acc6: f64 = 0.5;
    for &e7 in x1.iter() {
        let s9: f64 = (2.0 + acc6.sin()).ln().powi(3);
        acc6 /= 2.0 + (0.2 * (s9 + e7)).cos();
    }
    let s10 = match case {
        0 => {
            acc6 -= (0.01
                * (x0 * DMatrix::identity(2, 2))
                    .component_div(&exp(&(0.2 * (x0 * DMatrix::identity(2, 2)))))
                    .norm_squared())
            .sin();
            (2.0 + x1.row(0).sum().sin()).ln()
        }
        1 | 2 => (0.05
            * f102(
                &softmax(&(x0 * DMatrix::identity(3, 4))),
                &(x0 * (acc6 * DMatrix::identity(3, 3))),
            ))
        .tanh(),
        _ => (0.02 * x1.norm_squared()).tanh() + (2.0 + x0.sin()).ln(),
    };
    s10 * acc6 + m5.norm_squared() + (x0 + x1.sum())
}

#[test]
fn check_f107() {
    passes_at_random_points(107, "f107", |rng| {
        f107::check(rng.scalar(), &rng.matrix(5, 1), rng.int(0, 3))
    });
}

#[differentiable]
fn f108(x0: &DVector<f64>, x1: &DMatrix<f64>) -> f64 {
    let mut acc2 =
        (DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x1.norm_squared()).map(|e| {
            let t1 = f101(e);
            (0.05 * (e * t1)).tanh()
        });
    if x0[2] > 0.4 {
        acc2 = acc2.map(|e| e.tanh())
            + (x0 + DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x0.mean());
    }
    let c3 = x1.ncols() as f64;
    (0.05 * (c3 + x0.sum() + acc2.sum())).sin() + (x0.sum() + x1.sum())
}

#[test]
fn check_f108() {
    passes_at_random_points(108, "f108", |rng| f108::check(&rng.vector(4), &rng.matrix(1, 1)));
}

#[differentiable]
fn f109(x0: DMatrix<f32>, x1: &DVector<f32>) -> f32 {
    let mut acc1 = x0.map(|e| f079(e, 1)) * sigmoid(&(0.5 * &x0));
    acc1 = &acc1 * 0.5 + relu(&(&x0 / (1.0 + x1.norm_squared())));
    acc1 -= add_bias(&x0.transpose().component_mul(&x0), &x0.column(0).into_owned());
    (0.05 * acc1.row(0).norm()).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f109() {
    passes_at_random_points(109, "f109", |rng| f109::check(rng.matrix(2, 2), &rng.vector(1)));
}

#[differentiable]
fn f110(x0: &f64, x1: f64, n: usize) -> DVector<f64> {
    let mut acc1 =
        (0.5 * *x0).sin() - cross_entropy(&(x1 * DMatrix::identity(3, 4)), &[2, 2, 1, 2]);
    if acc1 < 0.25 {
        acc1 = (0.2 * acc1).tanh() + (*x0 + x1);
    } else if n > 2 {
        acc1 -= *x0 - x1;
    } else {
        let x0 = *x0 * 0.5 + (2.0 + x1.sin()).ln();
        acc1 = (0.2 * acc1).tanh() + (x0.powi(2) + 0.5).sqrt();
    }
    let c2: f64 = 0.75;
    c2 * DMatrix::identity(3, 4)
        * (DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * *x0)
        * (0.05 * acc1).exp()
        + DVector::from_element(3, 1.0) * (*x0 + x1)
}

#[test]
fn check_f110() {
    passes_at_random_points(110, "f110", |rng| f110::check(&rng.scalar(), rng.scalar(), 4));
}

#[differentiable]
fn f111(x0: &f64, x1: &DMatrix<f64>, case: usize) -> f64 {
    let mut acc1 = (0.5 * *x0).powi(2);
    acc1 /= 1.0 + (0.1 * f062((0.5 * *x0).cos(), &DVector::from_element(4, 1.25), case)).powi(2);
    let m4 = match case {
        0 => {
            let m3 = {
                let s2 = (0.05
                    * f102(&(acc1 * DMatrix::identity(3, 4)), &(*x0 * DMatrix::identity(3, 3))))
                .tanh();
                add_bias(x1, &(DVector::from_column_slice(&[0.75, -0.5]) * acc1)) * s2.exp()
            };
            softmax(&(0.05 * (&m3 + x1.sum() * DMatrix::identity(2, 3)))).map(|e| e.sin())
        }
        1 | 2 => {
            assert_eq!(x1.shape(), (2, 3));
            log_softmax(&(0.2 * x1.map(|u| acc1 * u)))
        }
        _ => x1.columns(1, 2).into_owned() * x1 - x1.map(|u| (0.5 * acc1).sin() + u.min(acc1)),
    };
    (0.01 * m4.norm_squared()).tanh() + (*x0 + x1.sum())
}

#[test]
fn check_f111() {
    passes_at_random_points(111, "f111", |rng| {
        f111::check(&rng.scalar(), &rng.matrix(2, 3), rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f112(x0: f64, x1: f64, x2: &DMatrix<f64>, s: &Stack, case: usize) -> f64 {
    let mut h1 =
        0.2 * (s.layers[2].w.column(2).into_owned() + s.layers[1].w.column(0).into_owned());
    for layer2 in s.layers.iter() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    let mut h3 = h1.clone();
    for layer4 in s.layers.iter() {
        h3 = (&layer4.w * &h3 + &layer4.b).map(|e| e.tanh());
    }
    let mut acc5 = h1[2].min(s.layers[2].b[2]);
    match case {
        0 => {
            acc5 = acc5 * 0.5 + (0.5 * (1.0 + x0.powi(2)).powf(0.5 * (0.5 * x1).tanh())).sin();
        }
        1 | 2 => {
            for i in 0..3_usize {
                let s6 = (0.05
                    * f102(
                        &relu(&tanh(&(0.02 * (x2.norm_squared() * DMatrix::identity(3, 4))))),
                        &ln(&(x0 * DMatrix::identity(3, 3)).map(|e| e * e + 0.5)),
                    ))
                .tanh();
                acc5 = acc5.sin()
                    + (0.05
                        * f044(
                            log_softmax(&(s6 * DMatrix::identity(2, 2))),
                            f056(h3[i] * DMatrix::identity(2, 3)),
                        ))
                    .tanh();
            }
            acc5 -= f013(
                &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0, 0.25]) * x1
                    + DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25, -0.75]) * x0),
                (0.02
                    * mse(
                        &(h1.norm_squared() * DMatrix::identity(3, 4)),
                        &(x0 * DMatrix::identity(3, 4)),
                    ))
                .tanh(),
                (x1 * DMatrix::identity(2, 4)).mean(),
            );
        }
        _ => {
            let x0 = x0.sin() + acc5.max(x0);
            acc5 /= 2.0 + (0.2 * (x1 - x0)).tanh();
        }
    }
    let x1 = (0.5 * x1).tanh() + (2.0 + acc5.sin()).ln();
    (0.02 * ((0.01 * s.layers[0].w.columns(0, 3).norm_squared()).tanh() + x2.norm_squared())).tanh()
        + h3.sum()
        + x1
        + (x0
            + x1
            + x2.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f112() {
    passes_at_random_points(112, "f112", |rng| {
        f112::check(
            rng.scalar(),
            rng.scalar(),
            &rng.matrix(4, 2),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                ],
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f113(x0: &DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(2);
    for i in 0..x0.nrows() {
        for j in 0..2_usize {
            let mut w2: DVector<f64> = -x1.column(j).into_owned();
            for k in 0..w2.len() {
                w2[k] += (0.01
                    * mse(&add_bias(&DMatrix::zeros(2, 2), &acc1), &x1.rows(0, 2).into_owned()))
                .tanh();
            }
            acc1 = (0.2 * &acc1).map(|e| e.tanh())
                + (0.1
                    * ((DVector::from_column_slice(&[-0.5, 0.3]) * x0.row(j).mean()).map(|e| {
                        let t3 = e;
                        e + t3
                    }) / (1.0
                        + (x1.mean()
                            * DMatrix::identity(3, 2)
                            * tanh(&(0.02 * (x1.norm_squared() * DMatrix::identity(2, 3)))))
                        .norm_squared())
                        * (0.1 * w2.sum()).exp()))
                .map(|e| e.tanh());
        }
        acc1 += (0.2
            * (DVector::from_column_slice(&[-1.0, 0.25]) * x1[(i, 1)]).component_div(
                &(DVector::from_column_slice(&[0.75, -0.5]) * x1.mean()).map(|e| 2.0 + e.sin()),
            ))
        .map(|e| e.tanh());
    }
    let mut acc4: f64 = 0.5;
    match case {
        0 => {
            assert_eq!(acc1.len(), 2);
            acc1 *= (0.2 * x0.column(1).sum()).tanh();
            acc4 -= x1.rows(1, 1).norm();
        }
        1 | 2 => {
            acc1 -= (x1.mean() - acc4)
                * (DVector::from_column_slice(&[-0.5, 0.3]) * acc4)
                    .component_mul(&(DVector::from_column_slice(&[0.75, -0.5]) * acc4));
            acc4 -= cross_entropy(&tanh(&(0.5 * x1)), &[1, 0]);
        }
        _ => {
            acc1 = &acc1 * 0.5
                + sigmoid(&(0.05 * (x1.sum() * x0.rows(1, 2).into_owned())))
                    * x1.column(1).into_owned();
            acc4 = acc4 * 0.5 + (0.02 * acc1.norm_squared()).sin();
        }
    }
    (0.2 * acc4).abs() + acc1.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f113() {
    passes_at_random_points(113, "f113", |rng| {
        f113::check(&rng.matrix(3, 3), &rng.matrix(3, 2), rng.int(0, 3))
    });
}

#[differentiable]
fn f114(x0: f32, x1: f32, x2: f32) -> DVector<f32> {
    let x0 = x0.sin();
    let mut acc1: f32 = 1.0;
    acc1 /= 2.0 + (0.5 * (x0 - x2)).sin();
    acc1 = acc1.tanh()
        + (x1.min(x2)
            - (0.05
                * f094(
                    &(x2 * DMatrix::identity(3, 3)),
                    &(x0 * DMatrix::identity(3, 3)),
                    3,
                    &[3, 1, 0],
                ))
            .tanh());
    (DVector::from_column_slice(&[0.5, -0.25]) * x1
        + DVector::from_column_slice(&[-0.25, 1.0]) * x0)
        * (0.2 * acc1).exp()
        + DVector::from_element(2, 1.0) * (x0 + x1 + x2)
}

#[test]
fn check_f114() {
    passes_at_random_points(114, "f114", |rng| {
        f114::check(rng.scalar(), rng.scalar(), rng.scalar())
    });
}

#[differentiable]
fn f115(x0: &DMatrix<f64>, x1: DVector<f64>, x2: &DMatrix<f64>, q: &Affine) -> f64 {
    let x2 = x2.map(|e| e.sin())
        + q.w.component_mul(&sigmoid(&(0.05 * (q.w.norm_squared() * DMatrix::identity(2, 2)))));
    let mut acc1 = x1.norm_squared();
    if (acc1.powi(2) + 1.0).ln() > 0.25 {
        acc1 = acc1.sin() + q.w.rows(0, 2).mean();
    }
    (0.02
        * ((0.05 * (x1[0] / (2.0 + (0.1 * acc1).sin()) + x0.norm_squared())).tanh()
            + x2.norm_squared()))
    .tanh()
        + (x0.sum() + x1.sum() + x2.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f115() {
    passes_at_random_points(115, "f115", |rng| {
        f115::check(
            &rng.matrix(2, 2),
            rng.vector(2),
            &rng.matrix(2, 2),
            &Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
        )
    });
}

#[differentiable]
fn f116(x0: f64, x1: &DMatrix<f64>, case: usize) -> f64 {
    let s1 = x1.dot(x1);
    let mut acc2 =
        softmax(&(0.02 * (x0 * DMatrix::identity(4, 3) * (s1 * DMatrix::identity(3, 3)))));
    for _ in 0..x1.ncols() {
        let s5 = match case {
            0 => {
                let s3 = (0.05 * (x0 - s1)).tanh();
                s3.exp()
            }
            1 | 2 => ((0.05 * (s1 + acc2.columns(0, 1).mean())).tanh().powi(2) + 1.0).ln(),
            _ => {
                let mut w4: DMatrix<f64> = DMatrix::zeros(3, 3);
                for j in 0..w4.nrows() {
                    w4[(j, 1)] = 0.1 * f011(x1.clone(), &(x0 * DMatrix::identity(4, 4)));
                }
                (0.05 * w4.component_div(&w4.map(|e| e * e + 0.5)).norm()).sin()
            }
        };
        acc2 = &acc2 * 0.5
            + softmax(
                &(0.5
                    * (tanh(&(0.05 * (x1.norm_squared() * DMatrix::identity(3, 4)))).transpose()
                        * (0.2 * s5).exp())),
            );
    }
    assert_eq!(x1.shape(), (2, 2));
    (0.05 * (s1 / (2.0 + (0.5 * x0).tanh()) + acc2.sum())).sin() + (x0 + x1.sum())
}

#[test]
fn check_f116() {
    passes_at_random_points(116, "f116", |rng| {
        f116::check(rng.scalar(), &rng.matrix(2, 2), rng.int(0, 3))
    });
}

#[differentiable]
fn f117(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: &DMatrix<f64>) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(4);
    for &e2 in x0.iter() {
        acc1 *= (0.1
            * f013(&(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0, 0.25]) * e2), e2, e2))
        .cos();
    }
    for i in 0..3_usize {
        let mut acc4: DMatrix<f64> = DMatrix::from_element(3, 3, 1.5);
        for _ in 0..x0.nrows() {
            acc1 = &acc1 * 0.5
                + (0.5
                    * ((0.02 * x2.norm_squared()).tanh() * x1.column(i).into_owned()
                        / (1.0 + exp(&(0.5 * x1)).norm_squared())))
                .map(|e| e.tanh());
            acc4 = acc4.map(|e| e.sin()) + sigmoid(&(0.2 * x2.map(|e| e + e * 0.5)));
        }
        acc1 = &acc1 * 0.5
            + (0.5
                * ((0.05
                    * f045(
                        &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75])
                            * x1.row(i).norm()),
                        acc4.row(i).mean() * DMatrix::identity(4, 5),
                    ))
                .map(|e| e.tanh())
                    + x1.column(i).into_owned()))
            .map(|e| e.tanh());
    }
    x1.rows(2, 2).mean() + acc1.mean() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f117() {
    passes_at_random_points(117, "f117", |rng| {
        f117::check(&rng.matrix(3, 4), &rng.matrix(4, 4), &rng.matrix(3, 3))
    });
}

#[differentiable]
fn f118(x0: DMatrix<f64>, x1: f64, s: &Stack) -> f64 {
    let v2 = {
        let m1 = s.layers[2].w.columns(1, 3).into_owned()
            * tanh(
                &(0.05
                    * (s.layers[1].w.sum() * DMatrix::identity(3, 4))
                        .component_mul(&(x1 * DMatrix::identity(3, 4)))),
            );
        s.layers[2].b.map(|e| (0.5 * e).tanh()) * (0.1 * m1.mean()).exp()
    };
    let v3 = if s.layers[0].w.norm() > 1.25 {
        &v2 * x1
    } else {
        f029(x1, &(x1 * DMatrix::identity(2, 2)))
    };
    let s5 = {
        let v4 = (0.05 * (&v3 - &v2 + &s.layers[0].w * &v2)).map(|e| e.tanh());
        (0.01 * s.layers[0].w.norm_squared()).sin() * x1 + v4.mean()
    };
    (0.02
        * (f054(
            &(DVector::from_column_slice(&[-0.5, 0.3]) * x1),
            s.layers[1].w.mean(),
            &(x1 * DMatrix::identity(1, 2)),
        ) + x0.norm_squared()))
    .tanh()
        + s5
        + (x0.sum()
            + x1
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f118() {
    passes_at_random_points(118, "f118", |rng| {
        f118::check(
            rng.matrix(3, 3),
            rng.scalar(),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                ],
            },
        )
    });
}

#[differentiable]
fn f119(x0: &DMatrix<f32>) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::from_element(2, 5, 1.5);
    acc1 += exp(&(0.5 * x0));
    acc1 = &acc1 * 0.5 + (0.02 * x0.norm_squared()).sin() * x0;
    assert_eq!(acc1.shape(), (2, 5));
    let c2: f32 = 0.3;
    (0.2 * acc1.columns(0, 4).mean()).tanh() * c2.exp() + x0.sum()
}

#[test]
fn check_f119() {
    passes_at_random_points(119, "f119", |rng| f119::check(&rng.matrix(2, 5)));
}

#[differentiable(wrt(x0))]
fn f120(x0: &DMatrix<f64>, x1: DMatrix<f64>, x2: DMatrix<f64>, n: usize) -> f64 {
    let m1 = softmax(
        &(0.02
            * (x2.mean()
                * DMatrix::identity(1, 4)
                * (x1.rows(0, 1).sum() * DMatrix::identity(4, 5)))),
    );
    let mut acc2: DMatrix<f64> = DMatrix::from_element(1, 5, 0.5);
    if n > 3 {
        acc2 +=
            sigmoid(&(0.02 * (x0 * &m1 * (x1.row(0).sum() * DMatrix::identity(5, 5)).transpose())));
    } else if n > 2 {
        let s3 = if acc2.sum().sin() > 0.4 {
            (0.5 * (0.2 * x1.sum()).tanh()).tan()
        } else {
            (0.5 * x1[(0, 2)]).sin().min(x1.rows(0, 1).sum())
        };
        acc2 /= 2.0 + (0.2 * s3).cos().sin();
    } else {
        acc2 += sigmoid(&sigmoid(
            &(0.05 * (m1.rows(0, 1).norm_squared() * DMatrix::identity(1, 4) * x2.transpose())),
        ));
    }
    let m4 = x0 / (1.0 + (0.5 * x0.row(0).norm()).powi(2));
    acc2.mean() + m1.norm_squared() + m4.mean() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f120() {
    passes_at_random_points(120, "f120", |rng| {
        f120::check(&rng.matrix(1, 1), rng.matrix(1, 5), rng.matrix(5, 4), 3)
    });
}

#[differentiable]
fn f121(x0: &DMatrix<f64>, x1: &DVector<f64>, n: usize) -> f64 {
    let m1 = log_softmax(x0);
    let m2 = sigmoid(&(0.5 * x0));
    let v3 = if n > 3 {
        x1.clone()
    } else if n > 2 {
        f029(x0[(3, 3)], &(x0[(3, 3)] * DMatrix::identity(2, 2)))
    } else {
        (0.02
            * (m2.columns(1, 2).sum()
                * DMatrix::identity(4, 3)
                * (DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * m2.norm_squared())))
        .map(|e| e.tanh())
    };
    x0[(0, 1)].min((0.01 * m1.norm_squared()).tanh())
        + x1.mean()
        + m2.mean()
        + v3.mean()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f121() {
    passes_at_random_points(121, "f121", |rng| f121::check(&rng.matrix(4, 4), &rng.vector(4), 4));
}

#[differentiable]
fn f122(x0: f64, x1: &DVector<f64>, x2: f64) -> f64 {
    let mut acc1 = (x2.powi(2) + 0.5).sqrt();
    if acc1 > 2.0 {
        acc1 *= (0.2 * (x0 - x1[0])).tanh();
    } else if x1[1] < x2 {
        let mut acc2: DMatrix<f64> = DMatrix::from_element(3, 3, 0.75);
        for &e3 in x1.iter() {
            let x2 = x2 * 0.5 + x1[1];
            acc2 = tanh(&(0.5 * &acc2))
                + tanh(
                    &(0.05
                        * (relu(&(acc1 * DMatrix::identity(3, 3) - x2 * DMatrix::identity(3, 3)))
                            * (0.2 * e3).exp())),
                );
        }
        acc1 = (0.5 * acc1).tanh() + acc2.row(1).norm();
    } else {
        acc1 = (0.5 * acc1).tanh() + x1.mean();
    }
    let mut w5: DVector<f64> = DVector::zeros(3);
    for i in 0..w5.len() {
        w5[i] +=
            0.2 * mse(&add_bias(&DMatrix::zeros(3, 3), &w5), &add_bias(&DMatrix::zeros(3, 3), x1));
    }
    let m6 = x2 * DMatrix::identity(2, 3)
        + w5.sum() * DMatrix::identity(2, 3)
        + add_bias(&DMatrix::zeros(3, 2), x1).transpose();
    (0.05 * (acc1 + x0 + m6.mean())).tanh() + (x0 + x1.sum() + x2)
}

#[test]
fn check_f122() {
    passes_at_random_points(122, "f122", |rng| {
        f122::check(rng.scalar(), &rng.vector(3), rng.scalar())
    });
}

#[differentiable]
fn f123(x0: DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    assert_eq!(x0.shape(), (2, 2));
    let mut w1: DVector<f64> = DVector::zeros(2);
    for i in 0..w1.len() {
        w1[i] = 0.5 * (1.0 + x0.mean().powi(2)).powf(0.5 * (0.5 * x0.column(0).mean()).tanh());
    }
    x0[(1, 0)] + x1.sum() + w1.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f123() {
    passes_at_random_points(123, "f123", |rng| f123::check(rng.matrix(2, 2), &rng.matrix(2, 3)));
}

#[differentiable(wrt(x0, x1))]
fn f124(x0: f64, x1: f64, q: &Affine, case: usize) -> f64 {
    let mut acc1: f64 = 0.5;
    match case {
        0 => {
            let mut acc2 = x0 * DMatrix::identity(2, 1);
            for &e3 in q.b.iter() {
                let v5 = acc2.transpose() * (DVector::from_column_slice(&[1.0, 0.75]) * acc1);
                acc1 /= 2.0 + (0.5 * (x0 / (1.0 + q.b.norm_squared()))).tanh();
                acc2 = tanh(&(0.2 * &acc2))
                    + tanh(
                        &(0.2
                            * (softmax(&(x0 * DMatrix::identity(2, 1)))
                                * (0.2 * e3).exp()
                                * (0.05 * v5.sum()).exp())),
                    );
            }
            acc1 += q.w.sum() + acc2.mean();
        }
        1 | 2 => {
            acc1 /=
                1.0 + (0.1 * f080(x0.min(x1), (x1 * DMatrix::identity(3, 4)).transpose())).powi(2);
        }
        _ => {
            let mut w6: DMatrix<f64> = (x0 * DMatrix::identity(2, 2)).transpose();
            for i in 0..w6.nrows() {
                w6[(i, 1)] = 0.5 * x0;
            }
            acc1 = acc1.sin() + (x1.max(x0) + w6.mean());
        }
    }
    let acc1 = acc1.sin() + q.b[0];
    (1.0 + x0.powi(2)).powf(0.5 * (0.5 * q.b[0]).tanh())
        + x1
        + acc1
        + (x0 + x1 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f124() {
    passes_at_random_points(124, "f124", |rng| {
        f124::check(
            rng.scalar(),
            rng.scalar(),
            &Affine { w: rng.matrix(1, 1), b: rng.vector(1) },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f125(x0: f32, x1: &DMatrix<f32>) -> DVector<f32> {
    let mut w1: DMatrix<f32> = log_softmax(&(x0 * DMatrix::identity(4, 4)));
    for i in 0..w1.nrows() {
        w1[(i, 3)] = (0.5 * (0.5 * x0).tanh()).tan();
    }
    let mut w2: DVector<f32> = DVector::zeros(4);
    for i in 0..w2.len() {
        w2[i] = (0.05 * x1.norm_squared()).tanh();
    }
    let v3 = w2.map(|e| e * 0.5);
    w1.column(0).into_owned().map(|e| e.min((0.2 * e).tanh()))
        + &v3
        + DVector::from_element(4, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f125() {
    passes_at_random_points(125, "f125", |rng| f125::check(rng.scalar(), &rng.matrix(2, 2)));
}

#[differentiable]
fn f126(x0: DMatrix<f64>, x1: f64) -> f64 {
    let mut w1: DVector<f64> = DVector::zeros(5);
    for i in 0..w1.len() {
        w1[i] += w1.norm_squared();
    }
    let s2 = (x1 * DMatrix::identity(2, 2)).norm();
    s2 - x1 + x0.sum() + w1.sum() + (x0.sum() + x1)
}

#[test]
fn check_f126() {
    passes_at_random_points(126, "f126", |rng| f126::check(rng.matrix(2, 2), rng.scalar()));
}

#[differentiable]
fn f127(x0: DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 3, 2.0);
    if acc1.mean().cos() > x0.sum() {
        acc1 /= 2.0
            + (0.05
                * f121(
                    &sigmoid(&(0.05 * (x0.row(2).norm_squared() * DMatrix::identity(4, 4)))),
                    &x0.column(2).into_owned(),
                    4,
                ))
            .tanh()
            .tanh();
        acc1 = acc1.map(|e| e.sin()) + exp(&(0.2 * exp(&(0.5 * &x0))));
    } else {
        let m2 = x0.clone();
        acc1 = acc1.map(|e| e.sin())
            + &m2 * tanh(&(0.05 * (m2.row(3).norm_squared() * DMatrix::identity(3, 3))));
    }
    assert_eq!(acc1.shape(), (4, 3));
    (0.01 * x0.norm_squared()).tanh() + x0.sum()
}

#[test]
fn check_f127() {
    passes_at_random_points(127, "f127", |rng| f127::check(rng.matrix(4, 3)));
}

#[differentiable]
fn f128(x0: f64, x1: DMatrix<f64>, p: &Affine) -> f64 {
    let m1 =
        exp(&(0.5 * &x1)).map(|e| (0.02 * (f062(e, &DVector::from_element(4, 1.5), 1) * e)).tanh());
    let m2 = add_bias(&m1, &m1.column(1).into_owned()).transpose();
    x0 - p.w[(2, 2)] + m2.mean() + (x0 + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f128() {
    passes_at_random_points(128, "f128", |rng| {
        f128::check(
            rng.scalar(),
            rng.matrix(2, 2),
            &Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
        )
    });
}

#[differentiable]
fn f129(x0: &DVector<f64>, n: usize) -> f64 {
    let s1 = (0.5 * x0.mean()).tanh();
    let mut acc2: f64 = 0.0;
    for _ in 0..n {
        for j in 0..3_usize {
            let mut w3: DMatrix<f64> = DMatrix::zeros(2, 2);
            for k in 0..w3.nrows() {
                w3[(k, 0)] = w3.column(k).norm();
            }
            acc2 *= (0.2 * (s1.tanh() + (j as f64 + 0.5) + w3.sum())).tanh();
        }
        acc2 *= ((0.05 * x0.norm_squared()).sin() - -s1).cos();
    }
    acc2 * s1 + x0.sum()
}

#[test]
fn check_f129() {
    passes_at_random_points(129, "f129", |rng| f129::check(&rng.vector(3), 2));
}

#[differentiable(wrt(x0))]
fn f130(x0: DVector<f64>, x1: &DMatrix<f64>, n: usize) -> f64 {
    let x1 = tanh(&(0.5 * x1)) + add_bias(x1, &x1.column(1).into_owned());
    let mut acc1 = tanh(&(0.01 * (x1.row(1).norm_squared() * DMatrix::identity(2, 4)))) - &x1;
    if n > 2 {
        acc1 *= (0.05 * x0.norm_squared()).tanh().tanh();
    } else if n > 3 {
        let m4 = {
            let m2 = sigmoid(
                &(0.05
                    * (x0.mean()
                        * DMatrix::identity(2, 2)
                        * x1.columns(1, 2).into_owned().transpose())),
            );
            let m3 = tanh(&(0.2 * &x1));
            tanh(&(0.02 * ((&acc1 + &x1) * (0.2 * m2.norm_squared()).exp()))) + &m3
        };
        acc1 -= m4.component_div(&exp(&(0.5 * &m4)));
    } else {
        acc1 += &x1;
    }
    (0.01 * ((0.01 * x1.norm_squared()).tanh() - x1[(1, 1)] + x0.mean() + acc1.norm_squared()))
        .tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f130() {
    passes_at_random_points(130, "f130", |rng| f130::check(rng.vector(4), &rng.matrix(2, 4), 2));
}

#[differentiable]
fn f131(x0: f64, x1: &DVector<f64>, n: usize, flag: bool) -> DVector<f64> {
    let v3 = {
        let s1 = x0;
        let mut acc2: f64 = 0.0;
        acc2 = acc2.sin() + x1.sum();
        acc2 -= -(0.05 * mse(&(x1[0] * DMatrix::identity(4, 3)), &(s1 * DMatrix::identity(4, 3))))
            .tanh();
        (0.02 * (add_bias(&DMatrix::zeros(4, 4), x1) * x1 * (0.1 * acc2).exp())).map(|e| e.tanh())
    };
    let mut acc4: DVector<f64> = DVector::zeros(4);
    for i in 0..v3.len() {
        let mut acc5: DVector<f64> = DVector::zeros(4);
        for _ in 0..n {
            acc5 += (0.5 * (&v3 * x1[i])).map(|e| e.tanh());
        }
        let v6 = if (x0.powi(2) + 0.5).sqrt() > x0 {
            v3.clone()
        } else {
            (0.05 * f045(&acc5, x0 * DMatrix::identity(4, 5))).map(|e| e.tanh())
                - (0.05 * (add_bias(&DMatrix::zeros(4, 4), &acc4) * x1)).map(|e| e.tanh())
        };
        acc4 /= 1.0 + (0.1 * ((0.01 * acc5.norm_squared()).tanh() + v6.norm_squared())).powi(2);
    }
    let v7 = if x0 > 0.25 {
        acc4[3] * (DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0)
            / (2.0 + (0.2 * f056(x0 * DMatrix::identity(2, 3))).cos())
    } else {
        (add_bias(&DMatrix::zeros(4, 3), &acc4) - add_bias(&DMatrix::zeros(4, 3), &v3))
            * (0.05 * f088(&(x0 * DMatrix::identity(3, 3)), x0, 2, flag)).map(|e| e.tanh())
    };
    x1 + &v7 + DVector::from_element(4, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f131() {
    passes_at_random_points(131, "f131", |rng| {
        f131::check(rng.scalar(), &rng.vector(4), 4, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f132(x0: DVector<f32>, q: &TwoLayer32) -> f32 {
    let mut w1: DVector<f32> = DVector::from_column_slice(&[0.75, -0.5, 0.3]) * q.gain;
    for i in 0..w1.len() {
        w1[i] += (0.5 * q.gain).cos();
    }
    let mut acc2: DVector<f32> = DVector::zeros(1);
    for i in 0..x0.len() {
        for _ in 0..w1.len() {
            acc2 = (0.2 * &acc2).map(|e| e.tanh())
                + (0.2 * (DVector::from_column_slice(&[0.75]) * q.first.b[i] + &x0))
                    .map(|e| e.tanh());
        }
        let mut acc3: f32 = 0.5;
        for j in 0..2_usize {
            acc3 -= (0.5 * q.gain.max(q.first.w[(j, i)])).tanh();
        }
        acc2 = acc2.map(|e| e.sin())
            + (0.05
                * ((0.05 * q.second.w.norm_squared()).sin()
                    * &x0
                    * (q.first.b[i].powi(2) + 0.5).sqrt()
                    * (0.2 * acc3).exp()))
            .map(|e| e.tanh());
    }
    w1.sum().min(q.gain)
        + acc2.norm_squared()
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f132() {
    passes_at_random_points(132, "f132", |rng| {
        f132::check(
            rng.vector(1),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f133(x0: f64, x1: DMatrix<f64>, n: usize) -> DMatrix<f64> {
    let c1 = x1.ncols() as f64;
    let s2 = c1 + x0;
    let mut acc3: f64 = 1.0;
    for _ in 0..x1.nrows() {
        for _ in 0..n {
            acc3 = acc3 * 0.5
                + (0.2 * cross_entropy(&(x0 * DMatrix::identity(3, 3)), &[2, 2, 0])).sin();
        }
        acc3 -= c1;
    }
    tanh(&(0.05 * (acc3 * DMatrix::identity(3, 3) * &x1))) * (0.2 * s2).exp()
        + DMatrix::from_element(3, 2, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f133() {
    passes_at_random_points(133, "f133", |rng| f133::check(rng.scalar(), rng.matrix(3, 2), 4));
}

#[differentiable]
fn f134(x0: &DMatrix<f64>, x1: DMatrix<f64>, q: TwoLayer) -> f64 {
    let m1 = if (0.05 * q.first.w.norm_squared()).tanh() < q.gain {
        let x0 = tanh(&(0.5 * x0));
        q.gain * DMatrix::identity(3, 5) * x0.columns(0, 2).into_owned()
    } else {
        x1.clone()
    };
    let v2 = q.first.b.clone();
    (0.02 * (q.gain + q.first.b[1] + x0.mean() + x1.norm_squared())).sin()
        + m1.mean()
        + v2.sum()
        + (x0.sum()
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f134() {
    passes_at_random_points(134, "f134", |rng| {
        f134::check(
            &rng.matrix(5, 5),
            rng.matrix(3, 2),
            TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f135(x0: f64, x1: DMatrix<f64>, q: &Affine, n: usize, case: usize) -> DMatrix<f64> {
    let s2 = {
        let s1 = f116(
            cross_entropy(&x1.rows(1, 2).into_owned(), &[1, 1, 1, 1]),
            &f095(&(x0 * DMatrix::identity(2, 2))),
            case,
        );
        x0 / (1.0 + q.w.norm_squared()) + s1
    };
    let mut acc3: f64 = 0.0;
    for &e4 in &q.b {
        let s7 = {
            let m6 = softmax(&q.w);
            acc3 - e4 + m6.norm_squared()
        };
        acc3 = acc3 * 0.5
            + (0.05
                * f076(
                    s7 * DMatrix::identity(3, 3),
                    s2 * DMatrix::identity(2, 2),
                    &(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * s2),
                ))
            .tanh();
    }
    let mut acc8: DMatrix<f64> = DMatrix::zeros(4, 2);
    for i in 0..n {
        for _ in 0..q.b.len() {
            acc8 *= (0.1 * s2.min(x0)).cos();
        }
        assert_eq!(q.b.len(), 4);
        acc3 /= 2.0 + (0.1 * (s2 - i as f64)).tanh();
        acc8 = acc8.map(|e| e.sin()) + tanh(&(0.5 * -&q.w));
    }
    tanh(
        &(0.05
            * f032(
                DVector::from_column_slice(&[0.25, 1.25, -0.75]) * s2,
                &add_bias(&DMatrix::zeros(4, 3), &q.b),
                &acc3,
            )),
    ) * (0.1 * acc8.sum()).exp()
        + DMatrix::from_element(4, 4, 1.0) * (x0 + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f135() {
    passes_at_random_points(135, "f135", |rng| {
        f135::check(
            rng.scalar(),
            rng.matrix(4, 4),
            &Affine { w: rng.matrix(4, 2), b: rng.vector(4) },
            2,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f136(x0: &DVector<f64>) -> f64 {
    assert_eq!(x0.len(), 4);
    let mut acc1: DVector<f64> = DVector::zeros(4);
    acc1 *= (0.1
        * (f080(x0.sum(), add_bias(&DMatrix::zeros(4, 3), x0))
            * (0.05 * x0.norm_squared()).tanh()))
    .cos();
    acc1 = acc1.map(|e| e.tanh())
        + x0.map(|e| {
            let t2 = (0.05 * f107(e, &DMatrix::from_element(5, 1, 0.4), 0)).sin();
            f059(t2)
        });
    let v3 = if acc1[3] > acc1.mean() {
        acc1.clone()
    } else {
        (0.05 * (acc1.mean() * (DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0[2])))
            .map(|e| e.tanh())
    };
    acc1.sum().max(v3[0]) + x0.sum()
}

#[test]
fn check_f136() {
    passes_at_random_points(136, "f136", |rng| f136::check(&rng.vector(4)));
}

#[differentiable]
fn f137(x0: &DVector<f64>, x1: DMatrix<f64>, n: usize, flag: bool) -> DMatrix<f64> {
    let v1 = if flag {
        x1[(1, 0)] * x0 / (2.0 + (0.5 * (0.2 * x1.row(0).norm_squared()).tanh()).tan().sin())
    } else {
        x0.clone()
    };
    let v2: DVector<f64> = &v1 + x0;
    let mut acc3: DMatrix<f64> = DMatrix::zeros(1, 2);
    if n > 3 {
        let c4: DMatrix<f64> = DMatrix::zeros(2, 1);
        acc3 *=
            (0.05 * f044(c4.columns(0, 1).sum() * DMatrix::identity(2, 2), c4.sum())).tanh().sin();
    }
    tanh(&(0.02 * (add_bias(&x1, &v2) * acc3.sum().exp())))
        + DMatrix::from_element(4, 1, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f137() {
    passes_at_random_points(137, "f137", |rng| {
        f137::check(&rng.vector(4), rng.matrix(4, 1), 2, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f138(x0: f64, x1: &f64) -> DMatrix<f64> {
    let x1 = *x1 * 0.5 + (0.5 * *x1).sin();
    let mut w1: DMatrix<f64> = x0 * DMatrix::identity(2, 2);
    for i in 0..w1.nrows() {
        w1[(i, 0)] += 0.2 * (x0 - w1[(0, i)]);
    }
    let mut acc2 = x0;
    for (_, &e3) in w1.iter().enumerate() {
        acc2 /= 2.0
            + (0.05 * (e3 * DMatrix::identity(3, 2)).dot(&(x0 * DMatrix::identity(3, 2))))
                .tanh()
                .sin();
    }
    sigmoid(&(0.05 * (&w1 * w1.transpose()))) * (0.2 * x1).exp() * (0.1 * acc2).exp()
        + DMatrix::from_element(2, 2, 1.0) * (x0 + x1)
}

#[test]
fn check_f138() {
    passes_at_random_points(138, "f138", |rng| f138::check(rng.scalar(), &rng.scalar()));
}

#[differentiable]
fn f139(x0: &DMatrix<f64>, x1: &DVector<f64>) -> DMatrix<f64> {
    let x0 = x0.map(|e| e.sin());
    let x1 = (0.5 * x1).map(|e| e.tanh())
        + (0.05 * (x1.norm_squared() * DMatrix::identity(2, 2) * x0.column(1).into_owned()))
            .map(|e| e.tanh());
    x0.transpose().map(|e| f059(e)) * (0.2 * x1.sum()).exp()
        + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f139() {
    passes_at_random_points(139, "f139", |rng| f139::check(&rng.matrix(2, 2), &rng.vector(2)));
}

#[differentiable]
fn f140(x0: &DVector<f64>, x1: DMatrix<f64>) -> DMatrix<f64> {
    let mut w1: DVector<f64> = DVector::from_column_slice(&[-0.25, 1.0]) * x0.mean()
        + (0.02 * (DVector::from_column_slice(&[0.75, -0.5]) * x1.columns(1, 2).norm_squared()))
            .map(|e| e.tanh());
    for i in 0..w1.len() {
        w1[i] = 0.5 * (0.01 * x1.norm_squared()).sin().min(w1[i]);
    }
    let mut acc2 =
        add_bias(&x1, x0).component_div(&exp(&(0.1 * (&x1 - add_bias(&DMatrix::zeros(4, 4), x0)))));
    acc2 = &acc2 * 0.5 + (&x1 + &x1 * 0.5);
    ln(&exp(&(0.2 * (x1.mean() * DMatrix::identity(4, 2)))))
        * (0.01 * w1.norm_squared()).exp()
        * (0.01 * acc2.sum()).exp()
        + DMatrix::from_element(4, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f140() {
    passes_at_random_points(140, "f140", |rng| f140::check(&rng.vector(4), rng.matrix(4, 4)));
}

#[differentiable]
fn f141(x0: &DMatrix<f64>, x1: DMatrix<f64>, x2: &DMatrix<f64>) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 2, 2.0);
    acc1 -= x0;
    assert_eq!(acc1.shape(), (2, 2));
    let mut acc2: DMatrix<f64> = DMatrix::zeros(1, 1);
    acc2 = tanh(&acc2) + x2.map(|e| e * 0.5);
    &x1 / (1.0 + (x2.sum() * DMatrix::identity(2, 2)).norm_squared())
        + &acc2
        + DMatrix::from_element(1, 1, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f141() {
    passes_at_random_points(141, "f141", |rng| {
        f141::check(&rng.matrix(2, 2), rng.matrix(1, 1), &rng.matrix(1, 1))
    });
}

#[differentiable]
fn f142(x0: &DVector<f64>, flag: bool) -> f64 {
    let m1 = add_bias(&DMatrix::zeros(1, 4), x0).transpose()
        + f137(
            &(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0[0]),
            x0[0] * DMatrix::identity(4, 1),
            2,
            flag,
        );
    let s2: f64 = x0.dot(x0)
        / (2.0
            + (0.05
                * f082(
                    x0.mean() * DMatrix::identity(3, 5),
                    &(x0.mean() * DMatrix::identity(3, 5)),
                ))
            .tanh()
            .cos());
    s2 + (0.05 * m1.sum()).tanh() + x0.sum()
}

#[test]
fn check_f142() {
    passes_at_random_points(142, "f142", |rng| f142::check(&rng.vector(1), rng.uniform() < 0.5));
}

#[differentiable]
fn f143(x0: DVector<f64>, p: Affine) -> f64 {
    let c1: DVector<f64> = DVector::zeros(2);
    let m2 = relu(&p.w);
    let c3 = p.w.ncols() as f64;
    (0.05 * ((c3.tanh() + x0.sum()) * c1.norm_squared().exp() + m2.sum())).tanh()
        + (x0.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f143() {
    passes_at_random_points(143, "f143", |rng| {
        f143::check(rng.vector(4), Affine { w: rng.matrix(4, 2), b: rng.vector(4) })
    });
}

#[differentiable]
fn f144(x0: DMatrix<f64>, p: &TwoLayer, flag: bool) -> f64 {
    let m2 = if flag {
        log_softmax(&relu(&(p.gain * DMatrix::identity(4, 4))))
    } else {
        let v1: DVector<f64> = (0.05
            * f045(
                &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * p.first.b.sum()),
                p.gain * DMatrix::identity(4, 5),
            ))
        .map(|e| e.tanh());
        tanh(
            &(0.05
                * (log_softmax(&(p.gain * DMatrix::identity(4, 4)))
                    * (0.2 * v1.norm_squared()).exp())),
        )
    };
    let s3 = (0.01 * mse(&m2, &m2.transpose())).tanh();
    let m4: DMatrix<f64> = x0.clone();
    s3 / (1.0 + s3.powi(2))
        + m4.sum()
        + (x0.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f144() {
    passes_at_random_points(144, "f144", |rng| {
        f144::check(
            rng.matrix(5, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f145(x0: &f64, x1: f64, x2: f64, s: &Stack) -> f64 {
    let x1 = x1 * 0.5 + (*x0 * DMatrix::identity(3, 3)).sum();
    let mut acc1 = (0.05 * (s.layers[1].w.column(1).into_owned() * x1)).map(|e| e.tanh());
    for _ in 0..2_usize {
        acc1 = (0.5 * &acc1).map(|e| e.tanh())
            + (0.05
                * (s.layers[1].w.map(|u| (0.2 * x1).powi(3) + u)
                    * (0.02
                        * (&s.layers[1].w
                            * (DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x1)))
                        .map(|e| e.tanh())))
            .map(|e| e.tanh());
    }
    (0.02
        * ((1.0 + s.layers[1].b.sum().powi(2)).powf(0.5 * (0.1 * x1).tanh())
            + x2
            + acc1.norm_squared()))
    .tanh()
        + (*x0
            + x1
            + x2
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f145() {
    passes_at_random_points(145, "f145", |rng| {
        f145::check(
            &rng.scalar(),
            rng.scalar(),
            rng.scalar(),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                ],
            },
        )
    });
}

#[differentiable]
fn f146(x0: DMatrix<f64>, x1: &f64, n: usize, flag: bool) -> DMatrix<f64> {
    assert_eq!(x0.shape(), (3, 2));
    let mut acc1: f64 = 1.0;
    for i in 0..x0.nrows() {
        if n > 3 {
            let mut w2: DMatrix<f64> =
                softmax(&(0.02 * (x0.norm_squared() * DMatrix::identity(3, 3))))
                    .component_mul(&(acc1 * DMatrix::identity(3, 3)));
            for j in 0..w2.nrows() {
                w2[(j, 2)] = 0.2 * f129(&w2.column(i).into_owned(), 2);
            }
            acc1 -= (0.05 * (f142(&(DVector::from_column_slice(&[1.0]) * *x1), flag) + w2.sum()))
                .tanh();
        } else {
            acc1 -= (0.1 * ((x1.powi(2) + 0.5).sqrt() - *x1 * i as f64)).sin();
        }
        acc1 *= ((0.02 * f093(&(*x1 * DMatrix::identity(4, 4)), &(*x1 * DMatrix::identity(3, 4))))
            .tanh()
            .powi(2)
            + 1.0)
            .ln()
            .sin();
    }
    (&x0 - &x0 * 0.5) * (0.2 * acc1).exp() + DMatrix::from_element(3, 2, 1.0) * (x0.sum() + *x1)
}

#[test]
fn check_f146() {
    passes_at_random_points(146, "f146", |rng| {
        f146::check(rng.matrix(3, 2), &rng.scalar(), 2, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f147(x0: f64, x1: f64, n: usize, case: usize) -> f64 {
    let mut w1: DVector<f64> = DVector::zeros(2);
    for i in 0..w1.len() {
        w1[i] = w1.sum();
    }
    let mut acc2: f64 = 0.5;
    for _ in 0..w1.len() {
        let mut acc3 = (x0 - acc2).max(x1 / (2.0 + (0.5 * x1).cos()));
        if n > 3 {
            let s5 = {
                let s4 = (0.2 * acc3).cos();
                w1.dot(&w1) + s4
            };
            acc3 -= (0.2 * (f129(&(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x1), 2) + s5))
                .tanh();
        } else {
            acc3 += (0.5 * acc2).tanh();
        }
        acc2 += (0.2 * (w1.norm() + acc3)).tanh();
    }
    let v6 = match case {
        0 => x1 * DMatrix::identity(2, 2) * &w1,
        1 | 2 => add_bias(&DMatrix::zeros(2, 2), &w1) * &w1,
        _ => w1.clone(),
    };
    (0.05 * (f023(&(x0 * DMatrix::identity(2, 1)), &(x0 * DMatrix::identity(1, 1))) + acc2)).tanh()
        + v6.mean()
        + (x0 + x1)
}

#[test]
fn check_f147() {
    passes_at_random_points(147, "f147", |rng| {
        f147::check(rng.scalar(), rng.scalar(), 2, rng.int(0, 3))
    });
}

#[differentiable]
fn f148(x0: DMatrix<f32>) -> f32 {
    let x0 = tanh(&(0.5 * &x0));
    let m1 = log_softmax(&x0);
    let mut acc2: DMatrix<f32> = DMatrix::from_element(4, 4, 2.0);
    acc2 /= 2.0
        + (0.2
            * f109(
                x0.rows(2, 1).norm() * DMatrix::identity(2, 2),
                &(DVector::from_column_slice(&[0.5]) * x0.column(3).sum()),
            ))
        .cos();
    acc2 = tanh(&acc2) + sigmoid(&(0.5 * m1.transpose()));
    (0.02 * (m1.sum() * m1[(1, 3)])).tanh() + acc2.sum() + x0.sum()
}

#[test]
fn check_f148() {
    passes_at_random_points(148, "f148", |rng| f148::check(rng.matrix(4, 4)));
}

#[differentiable]
fn f149(x0: &DVector<f32>, x1: &DMatrix<f32>, x2: &DVector<f32>) -> f32 {
    let v2 = {
        let m1 = add_bias(&DMatrix::zeros(2, 3), x2)
            .component_mul(&(x0.mean() * DMatrix::identity(2, 3)));
        x0 * (0.02 * m1.sum()).exp()
    };
    let v3 = (0.05 * (x1 * &v2)).map(|e| e.tanh());
    f012(&(x0[1] * DMatrix::identity(3, 1)), 1) + v3.sum() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f149() {
    passes_at_random_points(149, "f149", |rng| {
        f149::check(&rng.vector(2), &rng.matrix(2, 2), &rng.vector(2))
    });
}

#[differentiable]
fn f150(x0: &DMatrix<f64>) -> DMatrix<f64> {
    let m2 = {
        let m1 = (x0 / (2.0 + (0.5 * x0[(1, 1)]).cos()))
            .component_div(&add_bias(x0, &x0.column(1).into_owned()).map(|e| e * e + 0.5));
        x0 + &m1
    };
    let m3 = f138(
        (0.05 * m2.sum()).tanh() - x0.column(0).norm_squared(),
        &(x0.column(1).sum() - (0.05 * x0.norm_squared()).tanh()),
    );
    tanh(&(0.05 * (x0.transpose() - &m2 + &m3))) + DMatrix::from_element(2, 2, 1.0) * x0.sum()
}

#[test]
fn check_f150() {
    passes_at_random_points(150, "f150", |rng| f150::check(&rng.matrix(2, 2)));
}

#[differentiable]
fn f151(x0: &DMatrix<f64>) -> f64 {
    let mut w1: DVector<f64> = x0.column(0).into_owned() / (2.0 + (0.5 * x0.mean()).tanh());
    for i in 0..w1.len() {
        w1[i] = 0.5 * x0[(2, i)];
    }
    let mut acc2 = cross_entropy(&(x0.mean() * DMatrix::identity(4, 3)), &[3, 3, 2]);
    for i in 0..x0.ncols() {
        let v3 = x0.column(i).into_owned().map(|e| (0.5 * e).tanh());
        acc2 -= (0.2 * ((0.02 * x0.norm_squared()).sin() + w1[2] + v3.norm_squared())).tanh();
    }
    w1.mean() + acc2 + x0.sum()
}

#[test]
fn check_f151() {
    passes_at_random_points(151, "f151", |rng| f151::check(&rng.matrix(3, 3)));
}

#[differentiable]
fn f152(x0: f64, n: usize) -> f64 {
    let s1 = (0.05
        * f026(
            softmax(&(x0 * DMatrix::identity(4, 2))),
            &add_bias(
                &(x0 * DMatrix::identity(4, 2)),
                &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * x0),
            ),
            softmax(
                &(0.05 * f099(&(x0 * DMatrix::identity(4, 4)), &DVector::from_element(4, 2.0))),
            ),
        ))
    .sin();
    let mut acc2 = x0;
    for _ in 0..2_usize {
        let mut acc3: DMatrix<f64> = DMatrix::zeros(1, 1);
        for _ in 0..2_usize {
            let m4 = softmax(&(0.5 * &acc3));
            acc3 /= 2.0 + (s1.cos() + m4.norm_squared()).tanh();
        }
        acc2 = acc2 * 0.5 + (0.5 * acc3.mean()).tanh();
    }
    for i in 0..2_usize {
        for _ in 0..n {
            acc2 /= 2.0 + s1.cos().tanh();
        }
        let mut acc5 = (acc2.powi(2) + 1.0).ln();
        for _ in 0..3_usize {
            acc5 /= 2.0 + (0.5 * (1.0 + (-x0).powi(2)).powf(0.5 * (0.5 * x0).tanh())).sin();
        }
        acc2 /= 2.0 + (0.05 * ((s1 + acc5) * (i as f64 + 0.5))).tanh().tanh();
    }
    s1.min(x0) + acc2 + x0
}

#[test]
fn check_f152() {
    passes_at_random_points(152, "f152", |rng| f152::check(rng.scalar(), 2));
}

#[differentiable]
fn f153(x0: f64, x1: &DMatrix<f64>, q: &TwoLayer) -> DMatrix<f64> {
    let v2 = {
        let s1 = (0.5 * q.gain).exp();
        q.second.b.map(|u| (u.powi(2) + 1.0).ln() * (0.5 * (0.5 * x0).tanh()).tan())
            * (0.2 * s1).exp()
    };
    let mut acc3: DMatrix<f64> = DMatrix::zeros(4, 3);
    for (&e4, &e5) in q.first.w.iter().zip(q.first.w.iter().skip(1)) {
        let mut acc6: DVector<f64> = DVector::zeros(3);
        for (_, &e7) in q.first.w.iter().enumerate() {
            acc6 /= 2.0 + (0.2 * (e5 + e7)).sin();
        }
        acc3 *= (0.05
            * ((&q.first.w + q.second.w.rows(0, 2).into_owned()).mean() + e4 + acc6.mean()))
        .tanh()
        .tanh();
    }
    let c9: DMatrix<f64> = DMatrix::from_element(3, 3, 1.25);
    sigmoid(&(0.05 * (exp(&c9) * (0.05 * x1.sum()).exp() * (0.1 * v2.sum()).exp())))
        * (0.05 * acc3.sum()).exp()
        + DMatrix::from_element(3, 3, 1.0)
            * (x0
                + x1.sum()
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f153() {
    passes_at_random_points(153, "f153", |rng| {
        f153::check(
            rng.scalar(),
            &rng.matrix(3, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f154(x0: f32, n: usize, case: usize) -> DMatrix<f32> {
    let mut acc1: f32 = 0.5;
    acc1 = acc1.tanh() + (x0.powi(2) + 0.5).sqrt();
    acc1 /= 2.0 + (0.5 * (x0 - (0.5 * x0).tanh())).tanh();
    let mut acc2: DVector<f32> = DVector::zeros(3);
    for _ in 0..3_usize {
        let mut acc3: f32 = 0.5;
        for _ in 0..n {
            acc3 = (0.2 * acc3).tanh() + (0.2 * acc1).tanh();
        }
        acc2 *= (0.2
            * ((0.05
                * f074(
                    &(x0 * DMatrix::identity(2, 4)),
                    &(DVector::from_column_slice(&[0.75, -0.5]) * acc1),
                    4,
                    case,
                ))
            .tanh()
                + acc3))
            .sin();
    }
    add_bias(&DMatrix::zeros(3, 3), &acc2)
        .component_div(&(x0 * DMatrix::identity(3, 3)).map(|e| e * e + 0.5))
        + DMatrix::from_element(3, 3, 1.0) * x0
}

#[test]
fn check_f154() {
    passes_at_random_points(154, "f154", |rng| f154::check(rng.scalar(), 2, rng.int(0, 3)));
}

#[differentiable]
fn f155(x0: DVector<f64>, x1: DVector<f64>) -> DMatrix<f64> {
    let mut w1: DVector<f64> = DVector::zeros(4);
    for i in 0..w1.len() {
        w1[i] += 0.2 * cross_entropy(&(x1[i] * DMatrix::identity(3, 4)), &[0, 2, 2, 0]);
    }
    let mut acc2: DVector<f64> = DVector::zeros(4);
    acc2 *= (0.2
        * ((1.0 + x0.mean().powi(2)).powf(0.5 * (0.05 * x0.norm_squared()).tanh().tanh())
            - (1.0 + x0[3].powi(2)).powf(0.5 * (0.2 * w1.sum()).tanh())))
    .sin();
    acc2 += (x1[0] * DMatrix::identity(4, 4)).map(|e| (0.5 * e).tanh()) * &x1;
    let m6 = {
        let v3 = (DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x1[1])
            .map(|e| e - (0.5 * e).tanh())
            - tanh(&(0.05 * (w1.norm_squared() * DMatrix::identity(4, 3))))
                * (DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x1[3]);
        for &e4 in x0.iter() {
            acc2 = (0.2 * &acc2).map(|e| e.tanh())
                + (0.2 * (DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * e4 * e4))
                    .map(|e| e.tanh());
        }
        tanh(&(0.2 * (v3[3] * DMatrix::identity(4, 4))))
    };
    ln(&exp(&m6)) * (0.1 * acc2.mean()).exp()
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f155() {
    passes_at_random_points(155, "f155", |rng| f155::check(rng.vector(4), rng.vector(4)));
}

#[differentiable]
fn f156(x0: &DMatrix<f32>, s: &Stack32) -> f32 {
    let mut h1 = 0.5 * s.layers[2].w.transpose();
    for (i, layer2) in s.layers.iter().enumerate() {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b)) * (1.0 / (i as f32 + 1.0));
    }
    let mut acc3 = sigmoid(&(0.5 * &s.layers[0].w));
    if (0.01 * s.layers[2].w.columns(0, 3).norm_squared()).sin() > 1.5 {
        let c4: f32 = 0.5;
        acc3 *= (c4 / (1.0 + c4.powi(2))).cos();
    }
    let c5: DMatrix<f32> = DMatrix::from_element(4, 4, 1.25);
    (0.02
        * (((0.01
            * (s.layers[2].b.sum()
                + (0.01 * s.layers[0].w.norm_squared()).tanh()
                + x0.norm_squared()))
        .tanh()
            + h1.norm_squared()
            + acc3.mean())
            * (0.02 * c5.norm_squared()).exp()))
    .tanh()
        + (x0.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f156() {
    passes_at_random_points(156, "f156", |rng| {
        f156::check(
            &rng.matrix(4, 4),
            &Stack32 {
                layers: vec![
                    Affine32 { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine32 { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine32 { w: rng.matrix(4, 4), b: rng.vector(4) },
                ],
            },
        )
    });
}

#[differentiable]
fn f157(x0: &DVector<f64>, x1: &DMatrix<f64>, q: &Affine) -> f64 {
    assert_eq!(x0.len(), 4);
    let x1 = x1 * 0.5 + x1 * x1;
    q.w.mean() / (2.0 + (0.01 * x1.rows(0, 2).norm_squared()).tanh().tanh())
        + (x0.sum() + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f157() {
    passes_at_random_points(157, "f157", |rng| {
        f157::check(
            &rng.vector(4),
            &rng.matrix(3, 3),
            &Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
        )
    });
}

#[differentiable]
fn f158(x0: &DMatrix<f32>, x1: &DMatrix<f32>, p: &TwoLayer32) -> f32 {
    let m1 = p.first.w.clone();
    let s2 = p.gain - p.second.w.mean();
    (0.01 * ((0.01 * (s2 * p.gain + x0.norm_squared())).sin() + x1.norm_squared())).sin()
        + m1.mean()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f158() {
    passes_at_random_points(158, "f158", |rng| {
        f158::check(
            &rng.matrix(4, 3),
            &rng.matrix(4, 3),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f159(x0: f64, x1: &DMatrix<f64>, flag: bool) -> f64 {
    let s3 = if flag {
        let mut acc1: DMatrix<f64> = DMatrix::from_element(1, 4, 0.5);
        if x0 * (x0 * 0.5) > 0.4 {
            let c2: DMatrix<f64> = DMatrix::zeros(1, 4);
            acc1 = &acc1 * 0.5 + (&c2 - &c2 * 0.5);
        }
        acc1.mean().abs()
    } else if (0.5 * x0).exp() > x1.sum() {
        (0.5 * (x0 + (0.02 * x1.norm_squared()).tanh())).powi(3)
    } else {
        x0 + x1.sum()
    };
    let mut acc4 = (s3.powi(2) + 0.5).sqrt().max((2.0 + s3.sin()).ln());
    if (0.05 * (x1.columns(0, 2).sum() * x0)).tanh() > 1.25 {
        acc4 *= (0.05
            * f078(
                &softmax(&(0.02 * (x1.norm_squared() * DMatrix::identity(4, 4)))),
                &(s3 * DMatrix::identity(3, 4)),
                s3,
                true,
            ))
        .tanh()
        .tanh();
        acc4 *= (0.05 * (s3 * x0)).tanh().tanh();
    }
    (0.1 * acc4).tanh() + (x0 + x1.sum())
}

#[test]
fn check_f159() {
    passes_at_random_points(159, "f159", |rng| {
        f159::check(rng.scalar(), &rng.matrix(4, 2), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f160(x0: f64, x1: f64, x2: &DMatrix<f64>, flag: bool, case: usize) -> DMatrix<f64> {
    assert_eq!(x2.shape(), (3, 3));
    let mut acc1 =
        (x1 * DMatrix::identity(4, 4)).component_div(&exp(&(0.2 * (x0 * DMatrix::identity(4, 4)))));
    for i in 0..x2.nrows() {
        for j in 0..3_usize {
            acc1 += tanh(&(0.5 * relu(&(x0 * DMatrix::identity(4, 4)))));
            acc1 *= (0.01
                * mse(
                    &(x0 * DMatrix::identity(3, 4) * x0),
                    &exp(&(0.5 * (x2[(i, j)] * DMatrix::identity(3, 4)))),
                ))
            .tanh()
            .tanh();
        }
        acc1 = &acc1 * 0.5
            + tanh(
                &(0.2
                    * add_bias(
                        &(x0 * DMatrix::identity(4, 4)),
                        &(DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * x0),
                    )),
            );
    }
    let s4 = match case {
        0 => {
            let m2 = acc1.clone();
            (0.02 * ((0.1 * (x1 - acc1.mean())).powi(2) + m2.sum())).sin()
        }
        1 | 2 => {
            let s3 = if flag {
                cross_entropy(&(x0 * DMatrix::identity(3, 4)), &[1, 0, 1, 0])
            } else {
                acc1 += tanh(&(0.5 * (x1 * DMatrix::identity(4, 4)).transpose()));
                tanh(&(0.05 * add_bias(&acc1, &acc1.column(1).into_owned()))).mean()
            };
            x2[(2, 1)] + s3
        }
        _ => (0.5 * (x0.powi(2) + 0.5).sqrt()).tanh(),
    };
    s4 * DMatrix::identity(4, 1) / (1.0 + acc1.norm_squared())
        + DMatrix::from_element(4, 1, 1.0) * (x0 + x1 + x2.sum())
}

#[test]
fn check_f160() {
    passes_at_random_points(160, "f160", |rng| {
        f160::check(
            rng.scalar(),
            rng.scalar(),
            &rng.matrix(3, 3),
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f161(x0: f64, x1: &f64, x2: DMatrix<f64>, flag: bool) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(3);
    if flag {
        acc1 /= 2.0 + (0.2 * (x0 + *x1)).tanh();
    } else {
        for _ in 0..x2.ncols() {
            acc1 += (0.01
                * ((x0 * DMatrix::identity(3, 4) - *x1 * DMatrix::identity(3, 4))
                    * (DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0).component_div(
                        &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * x0)
                            .map(|e| e * e + 0.5),
                    )))
            .map(|e| e.tanh());
        }
        acc1 = acc1.map(|e| e.sin())
            + &x2 * (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x0)
                / (1.0 + (0.2 * (*x1 - x0)).powi(2));
    }
    let c2: DMatrix<f64> = DMatrix::from_element(3, 3, 0.25);
    let m3 = tanh(
        &(0.02
            * (add_bias(&DMatrix::zeros(3, 4), &acc1)
                * (*x1 * DMatrix::identity(3, 4)).transpose())),
    );
    (0.05 * (f136(&(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0)) + x2.mean()))
        .tanh()
        * c2.sum().exp()
        + m3.sum()
        + (x0 + *x1 + x2.sum())
}

#[test]
fn check_f161() {
    passes_at_random_points(161, "f161", |rng| {
        f161::check(rng.scalar(), &rng.scalar(), rng.matrix(3, 3), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f162(x0: &DVector<f64>) -> f64 {
    assert_eq!(x0.len(), 3);
    assert_eq!(x0.len(), 3);
    x0[2] - x0[1] + x0.sum()
}

#[test]
fn check_f162() {
    passes_at_random_points(162, "f162", |rng| f162::check(&rng.vector(3)));
}

#[differentiable]
fn f163(x0: f64, x1: &DMatrix<f64>, x2: &DVector<f64>, n: usize, flag: bool) -> f64 {
    let v1 = f073(x1, x0);
    let mut w2: DVector<f64> = DVector::zeros(2);
    for i in 0..w2.len() {
        w2[i] = 0.5 * x0;
    }
    let mut acc3 = f053(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x0, x0, flag);
    for _ in 0..x1.nrows() {
        for _ in 0..n {
            let x1 = tanh(&(0.5 * x1));
            acc3 -= (0.5 * (x0 + x1.mean())).sin();
        }
        let mut acc4 = -add_bias(&DMatrix::zeros(2, 4), &v1);
        for _ in 0..w2.len() {
            acc3 += (0.5 * x0.min((0.05 * acc4.rows(0, 1).sum()).tanh())).tanh();
            acc4 /= 1.0
                + (0.05
                    * (x0.min(x2[0])
                        * f053(
                            (0.05 * (DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * acc3))
                                .map(|e| e.tanh()),
                            x0,
                            false,
                        )))
                .sin()
                .powi(2);
        }
        acc3 = (0.05 * acc3).tanh() + (0.1 * ((0.5 * x0).tanh() + acc4.mean())).sin();
    }
    x2[1] + acc3 + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f163() {
    passes_at_random_points(163, "f163", |rng| {
        f163::check(rng.scalar(), &rng.matrix(2, 2), &rng.vector(2), 3, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f164(x0: &DMatrix<f64>, x1: f64) -> DMatrix<f64> {
    let s1: f64 = x1;
    let x0 = x0.map(|e| e.sin());
    s1 * DMatrix::identity(3, 4) + &x0 + DMatrix::from_element(3, 4, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f164() {
    passes_at_random_points(164, "f164", |rng| f164::check(&rng.matrix(3, 4), rng.scalar()));
}

#[differentiable]
fn f165(x0: &DMatrix<f64>, s: &Stack) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(3);
    for &e2 in x0.iter() {
        acc1 = acc1.map(|e| e.tanh())
            + (0.05 * s.layers[0].w.column(1).into_owned().component_mul(&(&s.layers[1].b * e2)))
                .map(|e| e.tanh());
    }
    acc1 /= 1.0 + (0.2 * x0.column(0).norm_squared()).powi(2);
    let m5 = if (0.05 * s.layers[1].b.norm_squared()).tanh() > 2.0 {
        add_bias(&(&s.layers[1].w - &s.layers[0].w), &(&acc1 * acc1[1]))
    } else if x0.sum() > x0.columns(0, 2).norm_squared() {
        let m4 = relu(&add_bias(&s.layers[1].w, &s.layers[1].b));
        log_softmax(&s.layers[0].w).transpose() + &m4
    } else {
        ln(&s.layers[0].w.map(|e| e * e + 0.5))
    };
    (0.01 * ((1.0 + s.layers[1].w[(1, 1)].powi(2)).powf(0.5 * acc1[0].tanh()) + m5.norm_squared()))
        .tanh()
        + (x0.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f165() {
    passes_at_random_points(165, "f165", |rng| {
        f165::check(
            &rng.matrix(1, 2),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                ],
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f166(x0: &DMatrix<f64>, x1: f64) -> DMatrix<f64> {
    let mut acc1 = (0.05 * f151(&(x1 * DMatrix::identity(3, 3)).transpose())).sin();
    for (_, &e2) in x0.iter().enumerate() {
        let c4 = x0.ncols() as f64;
        acc1 = (0.1 * acc1).tanh()
            + (0.1
                * (((0.01 * (x0 + x0.map(|e| e.sin())).norm_squared()).tanh() + e2)
                    * (0.2 * c4).exp()))
            .tanh();
    }
    let mut acc5: f64 = 1.0;
    acc5 = acc5 * 0.5 + (x1.powi(2) + 0.5).sqrt();
    let s6 = f056(acc1 * DMatrix::identity(2, 3));
    tanh(&(0.05 * (x0.transpose() * (0.2 * acc5).exp() * (0.1 * s6).exp())))
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f166() {
    passes_at_random_points(166, "f166", |rng| f166::check(&rng.matrix(4, 4), rng.scalar()));
}

#[differentiable]
fn f167(x0: f32) -> DMatrix<f32> {
    let s1 = x0;
    let c2: f32 = 0.4;
    ln(&(s1 * DMatrix::identity(4, 4)).map(|e| 2.0 + e.sin())) * c2.exp()
        + DMatrix::from_element(4, 4, 1.0) * x0
}

#[test]
fn check_f167() {
    passes_at_random_points(167, "f167", |rng| f167::check(rng.scalar()));
}

#[differentiable]
fn f168(x0: &DMatrix<f64>) -> f64 {
    let m1 = add_bias(x0, &(DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x0.mean()));
    let mut acc2: DMatrix<f64> = DMatrix::from_element(3, 3, 0.25);
    for (&e3, &e4) in m1.iter().zip(m1.iter().skip(1)) {
        assert_eq!(m1.shape(), (3, 3));
        acc2 -= sigmoid(
            &(0.1
                * ((sigmoid(&(0.2 * &m1)) - sigmoid(&(0.05 * (&m1 * x0))))
                    * (0.1 * e3).exp()
                    * (0.1 * e4).exp())),
        );
    }
    let mut acc5 = softmax(
        &(0.02 * (m1[(2, 1)] * DMatrix::identity(3, 4) * (m1[(2, 0)] * DMatrix::identity(4, 3)))),
    );
    acc5 = tanh(&acc5) + (x0 + m1.transpose()).transpose();
    (0.01 * ((0.2 * acc5[(1, 1)]).tanh() + acc2.norm_squared())).tanh() + x0.sum()
}

#[test]
fn check_f168() {
    passes_at_random_points(168, "f168", |rng| f168::check(&rng.matrix(3, 3)));
}

#[differentiable]
fn f169(x0: f64, s: &Stack) -> f64 {
    let x0 = (0.5 * x0).tanh();
    let v2 = (&s.layers[2].b * x0).component_div(
        &s.layers[1]
            .b
            .map(|e| {
                let t1 = e.min(e * 0.5);
                (0.5 * e).exp() + t1
            })
            .map(|e| e * e + 0.5),
    );
    (0.05 * (f152(s.layers[1].w.rows(0, 3).norm(), 2) + v2.sum())).tanh()
        + (x0
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f169() {
    passes_at_random_points(169, "f169", |rng| {
        f169::check(
            rng.scalar(),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                ],
            },
        )
    });
}

#[differentiable]
fn f170(x0: &DMatrix<f64>, s: &Stack) -> DMatrix<f64> {
    let m1 = &s.layers[1].w / (2.0 + (0.1 * s.layers[0].w.sum()).sin());
    assert_eq!(s.layers[0].w.shape(), (4, 4));
    assert_eq!(m1.shape(), (4, 4));
    relu(x0)
        + DMatrix::from_element(3, 3, 1.0)
            * (x0.sum()
                + s.layers[0].w.sum()
                + s.layers[0].b.sum()
                + s.layers[1].w.sum()
                + s.layers[1].b.sum())
}

#[test]
fn check_f170() {
    passes_at_random_points(170, "f170", |rng| {
        f170::check(
            &rng.matrix(3, 3),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                ],
            },
        )
    });
}

#[differentiable]
fn f171(x0: DMatrix<f64>, x1: &DMatrix<f64>, x2: &DVector<f64>, n: usize) -> f64 {
    let mut w1: DVector<f64> = tanh(&(0.05 * (x1.row(1).norm_squared() * DMatrix::identity(4, 2))))
        * (DVector::from_column_slice(&[1.0, 0.75]) * x1.mean());
    for i in 0..w1.len() {
        w1[i] = 0.1 * (w1[i] * x0.mean());
    }
    let mut acc2 = (0.2 * x0.sum()).tanh();
    for _ in 0..n {
        let m3 = log_softmax(x1);
        acc2 = acc2 * 0.5
            + (0.1
                * ((x1.row(1).mean() - (0.01 * m3.row(2).norm_squared()).sin())
                    * x0.column(0).mean()))
            .sin();
    }
    (0.01 * ((0.05 * ((0.5 * acc2).powi(3) + x2.sum())).sin() + w1.norm_squared())).sin()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f171() {
    passes_at_random_points(171, "f171", |rng| {
        f171::check(rng.matrix(3, 3), &rng.matrix(3, 4), &rng.vector(4), 4)
    });
}

#[differentiable]
fn f172(x0: f64, x1: &DMatrix<f64>) -> f64 {
    let m1: DMatrix<f64> = -x1;
    let m2 = add_bias(&(x1 - &m1), &(x1.column(1).into_owned() - m1.column(1).into_owned()));
    x0 + m2.mean() + (x0 + x1.sum())
}

#[test]
fn check_f172() {
    passes_at_random_points(172, "f172", |rng| f172::check(rng.scalar(), &rng.matrix(1, 3)));
}

#[differentiable]
fn f173(x0: &DMatrix<f32>, x1: f32, n: usize, flag: bool, case: usize) -> f32 {
    let mut acc1 = x0.column(2).into_owned();
    for i in 0..n {
        acc1 += (0.5 * x0.column(i).into_owned()).map(|e| e.tanh());
    }
    let s3 = if flag {
        let v2: DVector<f32> =
            add_bias(&DMatrix::zeros(3, 1), &acc1) * (DVector::from_column_slice(&[-1.0]) * x1);
        (0.01
            * (f012(&(x1 * DMatrix::identity(3, 1)), case) - (0.5 * x1).sin() + v2.norm_squared()))
        .sin()
    } else {
        x1
    };
    (0.01 * (x1 * s3 + acc1.norm_squared())).tanh() + (x0.sum() + x1)
}

#[test]
fn check_f173() {
    passes_at_random_points(173, "f173", |rng| {
        f173::check(&rng.matrix(3, 3), rng.scalar(), 3, rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f174(x0: &f64, x1: &DVector<f64>) -> DVector<f64> {
    let mut w1: DMatrix<f64> = softmax(&(*x0 * DMatrix::identity(3, 2)));
    for i in 0..w1.nrows() {
        w1[(i, 0)] += (0.5 * *x0).sin();
    }
    let m2 = softmax(&(0.2 * (&w1 * w1.columns(0, 1).sum())));
    f073(&m2.rows(0, 2).into_owned(), *x0) + x1 + DVector::from_element(2, 1.0) * (*x0 + x1.sum())
}

#[test]
fn check_f174() {
    passes_at_random_points(174, "f174", |rng| f174::check(&rng.scalar(), &rng.vector(2)));
}

#[differentiable]
fn f175(x0: DMatrix<f32>) -> f32 {
    let c1: DMatrix<f32> = DMatrix::from_element(2, 1, 0.4);
    let mut acc2 = x0.row(0).sum();
    for _ in 0..x0.ncols() {
        acc2 = acc2 * 0.5 + (0.05 * (x0.norm_squared() * DMatrix::identity(2, 1)).norm()).sin();
    }
    let m3 = (acc2 * DMatrix::identity(1, 2)).transpose();
    (0.02 * (x0.norm_squared() * c1.norm_squared().exp())).tanh() + m3.mean() + x0.sum()
}

#[test]
fn check_f175() {
    passes_at_random_points(175, "f175", |rng| f175::check(rng.matrix(2, 1)));
}

#[differentiable]
fn f176(x0: DMatrix<f64>, x1: DVector<f64>, flag: bool) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(5, 2, 2.0);
    if flag {
        let mut w2: DVector<f64> = DVector::zeros(5);
        for i in 0..w2.len() {
            w2[i] += (0.02 * x1.norm_squared()).sin();
        }
        acc1 = acc1.map(|e| e.sin())
            + add_bias(&x0, &w2)
                .component_div(&exp(&(0.1 * (w2.sum() * DMatrix::identity(5, 2) - &x0))));
    } else {
        acc1 = &acc1 * 0.5 + add_bias(&DMatrix::zeros(5, 3), &x1) * x0.rows(1, 3).into_owned();
    }
    let m3 = x0.clone();
    relu(&m3) + &acc1 + DMatrix::from_element(5, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f176() {
    passes_at_random_points(176, "f176", |rng| {
        f176::check(rng.matrix(5, 2), rng.vector(5), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f177(x0: DMatrix<f64>, x1: &DVector<f64>, case: usize) -> DMatrix<f64> {
    let x1 = (0.5 * x1).map(|e| e.tanh());
    let m3 = match case {
        0 => {
            let x0 = tanh(&(0.5 * &x0));
            exp(&ln(&exp(&x0)))
        }
        1 | 2 => {
            let mut acc1 = x1[1];
            for _ in 0..x1.len() {
                acc1 *= (0.1
                    * (0.02 * (DVector::from_column_slice(&[1.0, 0.75]) * x0.norm_squared()))
                        .map(|e| e.tanh())
                        .dot(&(DVector::from_column_slice(&[0.3, -1.0]) * x0.rows(1, 2).norm())))
                .sin();
                acc1 *= (2.0 + x0.sum().sin()).ln().sin();
            }
            tanh(
                &(0.05
                    * (add_bias(&x0.component_div(&x0.transpose().map(|e| e * e + 0.5)), &x1)
                        * (0.2 * acc1).exp())),
            )
        }
        _ => {
            let mut w2: DVector<f64> = &x1 + x0.column(0).into_owned();
            for i in 0..w2.len() {
                w2[i] += 0.5 * w2[i];
            }
            sigmoid(&(0.01 * (&x0 * &x0 * cross_entropy(&x0.columns(1, 2).into_owned(), &[2, 1]))))
                * (0.01 * w2.norm_squared()).exp()
        }
    };
    let m4 = softmax(&(0.02 * (&m3 * x0.rows(0, 3).norm())));
    ln(&x0.map(|e| e * e + 0.5)) * (0.2 * x1.norm_squared()).exp()
        + &m4
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f177() {
    passes_at_random_points(177, "f177", |rng| {
        f177::check(rng.matrix(3, 3), &rng.vector(3), rng.int(0, 3))
    });
}

#[differentiable]
fn f178(x0: &DVector<f64>, x1: f64, s: &Stack) -> DVector<f64> {
    let mut h1 = 0.5 * s.layers[0].w.column(2).into_owned();
    for layer2 in &s.layers {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    let mut acc3: DVector<f64> = DVector::zeros(3);
    acc3 *= (0.5 * x1).sin();
    acc3 /= 2.0
        + (0.05
            * (add_bias(&DMatrix::zeros(3, 4), &h1) * x0)
                .dot(&(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x1)))
        .tanh()
        .tanh();
    let mut acc4: DVector<f64> = DVector::zeros(3);
    for _ in 0..acc3.len() {
        let mut w5: DVector<f64> = (0.05 * f088(&s.layers[0].w, x1, 2, true)).map(|e| e.tanh());
        for j in 0..w5.len() {
            w5[j] = 0.5 * (x1 * x1.sin());
        }
        acc4 /= 2.0 + (0.2 * ((2.0 + x1.sin()).ln().exp() + w5.sum())).sin();
    }
    s.layers[0].w.column(0).into_owned()
        + &acc4
        + DVector::from_element(3, 1.0)
            * (x0.sum()
                + x1
                + s.layers[0].w.sum()
                + s.layers[0].b.sum()
                + s.layers[1].w.sum()
                + s.layers[1].b.sum()
                + s.layers[2].w.sum()
                + s.layers[2].b.sum())
}

#[test]
fn check_f178() {
    passes_at_random_points(178, "f178", |rng| {
        f178::check(
            &rng.vector(4),
            rng.scalar(),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                    Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                ],
            },
        )
    });
}

#[differentiable]
fn f179(x0: f64, x1: DMatrix<f64>, case: usize) -> DMatrix<f64> {
    let s1 = (0.05 * f107(x0, &DMatrix::from_element(5, 1, 1.5), case)).tanh() + (0.5 * x0).tanh();
    let mut acc2: DMatrix<f64> = DMatrix::from_element(2, 2, 0.3);
    acc2 += &x1;
    s1 * DMatrix::identity(4, 2) * (0.2 * acc2.mean()).exp()
        + DMatrix::from_element(4, 2, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f179() {
    passes_at_random_points(179, "f179", |rng| {
        f179::check(rng.scalar(), rng.matrix(2, 2), rng.int(0, 3))
    });
}

#[differentiable]
fn f180(x0: &DVector<f64>, x1: &DMatrix<f64>, x2: f64, p: &TwoLayer) -> f64 {
    let mut acc1 = p.second.b.map(|e| e * 0.5);
    acc1 = acc1.map(|e| e.tanh()) + -x0;
    acc1 /= 1.0 + (0.5 * p.second.w[(3, 1)]).powi(2);
    let v2 = (0.05 * (add_bias(&DMatrix::zeros(4, 4), &acc1) * &acc1)).map(|e| e.tanh());
    (0.01 * (p.gain / (1.0 + p.first.w.norm_squared()) + x1.norm_squared())).tanh()
        + x2
        + v2.sum()
        + (x0.sum()
            + x1.sum()
            + x2
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f180() {
    passes_at_random_points(180, "f180", |rng| {
        f180::check(
            &rng.vector(4),
            &rng.matrix(5, 5),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(4, 2), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f181(x0: DVector<f64>, x1: f64, case: usize) -> DVector<f64> {
    let mut acc1: DVector<f64> = DVector::zeros(3);
    match case {
        0 => {
            acc1 += x0.map(|u| (2.0 + u.sin()).ln() + x1);
        }
        1 | 2 => {
            acc1 *= (0.5 * (x1.powi(2) + 0.5).sqrt()).sin();
        }
        _ => {
            acc1 += DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x1 * x1
                / (1.0 + x0.norm_squared());
        }
    }
    let x1 = (0.5 * x1).tanh();
    let mut w2: DMatrix<f64> = tanh(&(0.05 * f177(x0[0] * DMatrix::identity(3, 3), &x0, case)));
    for i in 0..w2.nrows() {
        w2[(i, 1)] = x1;
    }
    &w2 * &x0 + &acc1 + DVector::from_element(3, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f181() {
    passes_at_random_points(181, "f181", |rng| {
        f181::check(rng.vector(3), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f182(x0: f32, s: &Stack32) -> f32 {
    let mut h1 =
        0.2 * (s.layers[0].w.column(1).into_owned() - s.layers[1].w.column(1).into_owned());
    for (i, layer2) in s.layers.iter().enumerate() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh()) * (1.0 / (i as f32 + 1.0));
    }
    let mut w3: DVector<f32> = DVector::zeros(2);
    for i in 0..w3.len() {
        w3[i] = h1[1];
    }
    let m4 = if s.layers[0].w.norm() < x0 {
        relu(&s.layers[0].w.transpose()).component_mul(&s.layers[1].w)
    } else {
        &s.layers[0].w * &s.layers[1].w
    };
    let v6 = {
        let m5 = log_softmax(&(0.2 * &m4));
        (0.05
            * (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x0 * x0 * (0.1 * m5.mean()).exp()))
        .map(|e| e.tanh())
    };
    x0 + w3.mean()
        + v6.mean()
        + (x0
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f182() {
    passes_at_random_points(182, "f182", |rng| {
        f182::check(
            rng.scalar(),
            &Stack32 {
                layers: vec![
                    Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                    Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                ],
            },
        )
    });
}

#[differentiable]
fn f183(x0: f32, case: usize) -> DMatrix<f32> {
    let mut acc1: f32 = 0.0;
    for _ in 0..3_usize {
        let s4 = if acc1 < x0 {
            let s2 = x0 / (2.0 + (0.5 * x0).sin());
            (acc1 * s2).min(f012(&(x0 * DMatrix::identity(3, 1)), case))
        } else if acc1 > 1.25 {
            let s3 = (0.5 * acc1).powi(2);
            (0.2 * s3.powi(2)).sin()
        } else {
            let x0 = x0.sin();
            (x0 * acc1).max(cross_entropy(&(x0 * DMatrix::identity(3, 3)), &[0, 2, 0]))
        };
        acc1 = (0.5 * acc1).tanh() + (0.1 * (x0 + s4)).tanh();
    }
    let s6 = match case {
        0 => acc1 + x0,
        1 | 2 => {
            let mut w5: DVector<f32> = DVector::from_column_slice(&[0.75, -0.5, 0.3]) * acc1
                - DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x0;
            for i in 0..w5.len() {
                w5[i] = 0.1 * (acc1 + w5.sum());
            }
            w5[2] + x0
        }
        _ => acc1.min(x0),
    };
    acc1 = acc1 * 0.5 + (0.05 * (x0 * s6)).sin();
    (acc1 * DMatrix::identity(3, 3)).transpose() + DMatrix::from_element(3, 3, 1.0) * x0
}

#[test]
fn check_f183() {
    passes_at_random_points(183, "f183", |rng| f183::check(rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f184(x0: &DMatrix<f32>, x1: &DMatrix<f32>, x2: f32) -> DVector<f32> {
    let mut w1: DVector<f32> = DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x0[(0, 0)] * x2;
    for i in 0..w1.len() {
        w1[i] = 0.5 * (x2 + x2.sin());
    }
    let s2 = x2.max(x2.sin());
    (0.01 * w1.component_mul(&w1)).map(|e| e.tanh()) * (0.2 * x1.mean()).exp() * (0.2 * s2).exp()
        + DVector::from_element(3, 1.0) * (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f184() {
    passes_at_random_points(184, "f184", |rng| {
        f184::check(&rng.matrix(3, 5), &rng.matrix(3, 5), rng.scalar())
    });
}

#[differentiable]
fn f185(x0: f64, x1: DVector<f64>, flag: bool) -> f64 {
    let m1 = relu(&(x0 * DMatrix::identity(2, 2)).transpose());
    let mut acc2 = &m1 - tanh(&(0.5 * &m1));
    if !flag {
        let x0 = x0 * 0.5;
        acc2 /= 2.0 + (0.1 * f081(x0 * DMatrix::identity(1, 3))).cos();
    }
    (0.5 * x0).exp() + x1.mean() + acc2.sum() + (x0 + x1.sum())
}

#[test]
fn check_f185() {
    passes_at_random_points(185, "f185", |rng| {
        f185::check(rng.scalar(), rng.vector(2), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f186(x0: &DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> f64 {
    let m2 = if x0.column(1).sum() > x0.mean() {
        let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 4, 0.3);
        acc1 -= tanh(
            &(0.01
                * (log_softmax(&x1.columns(1, 3).into_owned())
                    * (x0 * (x1[(0, 2)] * DMatrix::identity(3, 4))))),
        );
        acc1 = &acc1 * 0.5 + x1.component_div(&x1.map(|e| 2.0 + e.sin()));
        tanh(&(0.2 * &acc1))
    } else {
        sigmoid(&(0.5 * x1.transpose()))
    };
    let mut acc3 = x1 * &m2;
    match case {
        0 => {
            let c4: DMatrix<f64> = DMatrix::zeros(3, 3);
            acc3 /= 2.0 + (0.2 * (x0.mean() * c4.sum().exp())).tanh();
        }
        1 | 2 => {
            acc3 = acc3.map(|e| e.sin()) + add_bias(&m2, &x1.column(0).into_owned()) * relu(&m2);
        }
        _ => {
            acc3 += m2.map(|e| f101(e));
        }
    }
    (0.01 * (x1.rows(1, 3).norm() + acc3.norm_squared())).sin() + (x0.sum() + x1.sum())
}

#[test]
fn check_f186() {
    passes_at_random_points(186, "f186", |rng| {
        f186::check(&rng.matrix(3, 3), &rng.matrix(4, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f187(x0: f64, x1: &DMatrix<f64>, s: &Stack, labels: &[usize]) -> f64 {
    let mut h1 = 0.2 * add_bias(&s.layers[1].w, &s.layers[1].b);
    for layer2 in &s.layers {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b));
    }
    let x1 = x1 * 0.5 + add_bias(&s.layers[0].w, &s.layers[0].b);
    let m3 = s.layers[1].w.transpose();
    (0.05 * (cross_entropy(&h1, labels) + x0 + x1.sum())).tanh()
        + m3.sum()
        + (x0
            + x1.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f187() {
    passes_at_random_points(187, "f187", |rng| {
        f187::check(
            rng.scalar(),
            &rng.matrix(2, 2),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                ],
            },
            &[1, 1],
        )
    });
}

#[differentiable]
fn f188(x0: f64, x1: f64, s: &Stack, case: usize) -> f64 {
    let mut h1 = 0.2 * s.layers[1].b.component_div(&s.layers[1].b.map(|e| e * e + 0.5));
    for (i, layer2) in s.layers.iter().enumerate() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh()) * (1.0 / (i as f64 + 1.0));
    }
    let v3 = match case {
        0 => (0.05
            * s.layers[1].b.component_mul(&s.layers[0].b).component_div(
                &s.layers[1]
                    .w
                    .column(0)
                    .into_owned()
                    .map(|u| (u * x1).min((0.5 * x1).powi(3)))
                    .map(|e| e * e + 0.5),
            ))
        .map(|e| e.tanh()),
        1 | 2 => {
            s.layers[1].w.mean()
                * DMatrix::identity(2, 3)
                * (DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * x0)
        }
        _ => (tanh(&(0.05 * (s.layers[0].w.norm_squared() * DMatrix::identity(2, 1))))
            * (DVector::from_column_slice(&[-0.5]) * x0))
            .map(|e| e * 0.5),
    };
    let x1 = (0.5 * x1).tanh();
    assert_eq!(s.layers[0].w.shape(), (2, 2));
    (0.01
        * (x0
            + (0.05 * s.layers[0].w.columns(0, 2).norm_squared()).tanh()
            + h1.sum()
            + v3.norm_squared()))
    .sin()
        + x1
        + (x0
            + x1
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f188() {
    passes_at_random_points(188, "f188", |rng| {
        f188::check(
            rng.scalar(),
            rng.scalar(),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                ],
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f189(x0: &DVector<f64>, x1: f64, case: usize) -> f64 {
    let mut acc1 = exp(&(0.5 * relu(&(x1 * DMatrix::identity(4, 2)))));
    for &e2 in x0.iter() {
        let mut acc4: f64 = 1.0;
        acc4 *= (0.1
            * f089(
                f023(&(x1 * DMatrix::identity(2, 1)), &(e2 * DMatrix::identity(1, 1))),
                &ln(&add_bias(&DMatrix::zeros(4, 4), x0).map(|e| 2.0 + e.sin())),
            ))
        .sin();
        acc4 -= (0.5 * (e2 / (1.0 + (0.5 * x0[1]).powi(2)))).tanh();
        acc1 = &acc1 * 0.5
            + tanh(
                &(0.05
                    * (f179(
                        (DVector::from_column_slice(&[0.75, -0.5]) * e2).norm_squared(),
                        relu(&(e2 * DMatrix::identity(2, 2))),
                        case,
                    ) * (0.5 * acc4).exp())),
            );
    }
    acc1 = &acc1 * 0.5
        + f179(
            (DVector::from_column_slice(&[0.25, 1.25]) * x0[2]).mean(),
            x1 * DMatrix::identity(2, 2) - x0.mean() * DMatrix::identity(2, 2),
            2,
        );
    (2.0 + x1.sin()).ln() + acc1.mean() + (x0.sum() + x1)
}

#[test]
fn check_f189() {
    passes_at_random_points(189, "f189", |rng| {
        f189::check(&rng.vector(4), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f190(x0: DMatrix<f64>, x1: f64, p: TwoLayer) -> DMatrix<f64> {
    let c1 = p.second.b.len() as f64;
    let c2: DVector<f64> = DVector::zeros(2);
    let c3: f64 = 1.25;
    sigmoid(
        &(0.05
            * (sigmoid(&(0.02 * (p.first.w.map(|e| e - f152(e, 2)) * (0.1 * x0.sum()).exp())))
                * (0.2 * x1).exp()
                * (0.2 * c1).exp()
                * c2.norm_squared().exp())),
    ) * (0.5 * c3).exp()
        + DMatrix::from_element(3, 2, 1.0)
            * (x0.sum()
                + x1
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f190() {
    passes_at_random_points(190, "f190", |rng| {
        f190::check(
            rng.matrix(2, 2),
            rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f191(x0: &DVector<f64>, x1: &f64, flag: bool) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(2, 4);
    acc1 *= (0.05 * f044(*x1 * DMatrix::identity(2, 2), x0[1]))
        .tanh()
        .min((0.05 * f161(*x1, x1, *x1 * DMatrix::identity(3, 3), flag)).tanh())
        .tanh();
    for _ in 0..2_usize {
        acc1 -= sigmoid(&(0.5 * (*x1 * DMatrix::identity(2, 4)).transpose().transpose()));
    }
    acc1 = &acc1 * 0.5 + (*x1 * DMatrix::identity(2, 4) - *x1 * DMatrix::identity(2, 4) * 0.5);
    (0.02 * (*x1 * DMatrix::identity(2, 4)).dot(&acc1)).sin() + (x0.sum() + *x1)
}

#[test]
fn check_f191() {
    passes_at_random_points(191, "f191", |rng| {
        f191::check(&rng.vector(4), &rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable(wrt(x0))]
fn f192(x0: f32, x1: DMatrix<f32>, p: &TwoLayer32, n: usize) -> f32 {
    let mut acc1: f32 = 1.0;
    for _ in 0..p.second.w.ncols() {
        let mut acc2: f32 = 0.0;
        for _ in 0..n {
            acc1 = (0.1 * acc1).tanh()
                + (0.5 * (1.0 + p.first.w.rows(0, 2).mean().powi(2)).powf(0.5 * (0.5 * x0).tanh()))
                    .sin();
            acc2 = acc2.sin()
                + (0.2 * (x0 + p.gain + (0.05 * p.second.w.columns(0, 1).norm_squared()).sin()))
                    .tanh();
        }
        let m4 = {
            let v3 = &p.first.b + &p.second.b;
            &p.first.w * (0.1 * v3.mean()).exp()
        };
        acc1 -= (0.05 * (p.gain / (2.0 + (0.2 * acc2).sin()) + m4.sum())).sin();
    }
    assert_eq!(p.second.w.shape(), (3, 3));
    (0.01 * ((0.05 * p.first.w.columns(0, 1).norm_squared()).tanh() + x1.norm_squared())).tanh()
        + acc1
        + (x0
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f192() {
    passes_at_random_points(192, "f192", |rng| {
        f192::check(
            rng.scalar(),
            rng.matrix(4, 4),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine32 { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            3,
        )
    });
}

#[differentiable]
fn f193(x0: &DMatrix<f32>, p: &TwoLayer32, case: usize) -> f32 {
    let m1 = x0.columns(0, 3).into_owned().transpose();
    let mut acc2 = (0.01 * (ln(&m1.map(|e| e * e + 0.5)) * (x0 * x0.column(3).into_owned())))
        .map(|e| e.tanh());
    match case {
        0 => {
            acc2 -= &p.first.b;
        }
        1 | 2 => {
            for &e3 in &p.first.w {
                acc2 *= (0.5 * ((0.01 * p.first.w.norm_squared()).sin() + e3)).cos();
            }
            acc2 /= 2.0 + (0.5 * (p.gain / (1.0 + p.second.b.norm_squared()))).sin();
        }
        _ => {
            acc2 = acc2.map(|e| e.tanh())
                + (0.05 * (add_bias(&m1.columns(1, 3).into_owned(), &p.first.b) * &p.first.b))
                    .map(|e| e.tanh());
        }
    }
    let m6 = {
        let m5 = m1.clone();
        (&p.second.w - p.gain * DMatrix::identity(2, 3)) * (0.2 * m5.mean()).exp()
    };
    (0.02 * ((0.01 * ((0.5 * p.second.b.mean()).cos() + acc2.norm_squared())).tanh() + m6.sum()))
        .sin()
        + (x0.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f193() {
    passes_at_random_points(193, "f193", |rng| {
        f193::check(
            &rng.matrix(4, 4),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine32 { w: rng.matrix(2, 3), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f194(x0: &DMatrix<f64>, n: usize) -> f64 {
    let c1: DMatrix<f64> = DMatrix::zeros(2, 4);
    let mut acc2: DMatrix<f64> = DMatrix::zeros(4, 3);
    for _ in 0..n {
        let c1 = tanh(&c1);
        acc2 = acc2.map(|e| e.sin())
            + softmax(&(0.2 * (ln(&x0.map(|e| e * e + 0.5)) * (0.1 * c1.norm_squared()).exp())));
    }
    f080(acc2.columns(0, 3).mean(), x0.clone()) + x0.sum()
}

#[test]
fn check_f194() {
    passes_at_random_points(194, "f194", |rng| f194::check(&rng.matrix(4, 3), 3));
}

#[differentiable]
fn f195(x0: &DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> DMatrix<f64> {
    let mut acc1 = log_softmax(&(x1[(3, 2)] * DMatrix::identity(1, 5)));
    for (_, &e2) in x0.iter().enumerate() {
        let m6 = {
            let m5 = x1.map(|u| {
                let t4 = e2;
                u + t4
            });
            ln(&(e2 * DMatrix::identity(4, 5)).map(|e| 2.0 + e.sin()))
                * (0.01 * m5.norm_squared()).exp()
        };
        acc1 -= softmax(&(0.5 * m6.rows(3, 1).into_owned()));
    }
    let mut acc7: DMatrix<f64> = DMatrix::from_element(1, 5, 0.75);
    acc7 *=
        (0.1 * f111(&x1[(0, 4)], &(x1.columns(1, 2).norm() * DMatrix::identity(2, 3)), case)).cos();
    let c8: DVector<f64> = DVector::zeros(4);
    (acc7[(0, 0)] * DMatrix::identity(5, 4))
        .component_div(&exp(&softmax(&(0.01 * (x1.norm_squared() * DMatrix::identity(5, 4))))))
        * (0.01 * acc1.norm_squared()).exp()
        * c8.sum().exp()
        + DMatrix::from_element(5, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f195() {
    passes_at_random_points(195, "f195", |rng| {
        f195::check(&rng.matrix(1, 4), &rng.matrix(5, 5), rng.int(0, 3))
    });
}

#[differentiable]
fn f196(x0: &DMatrix<f32>, x1: DMatrix<f32>) -> DMatrix<f32> {
    let m1 = if (0.05
        * f149(
            &(DVector::from_column_slice(&[-0.25, 1.0]) * x0.sum()),
            &(x1[(0, 0)] * DMatrix::identity(2, 2)),
            &(DVector::from_column_slice(&[-1.0, 0.25]) * x0.columns(2, 2).sum()),
        ))
    .tanh()
        < (0.02 * x1.norm_squared()).sin()
    {
        x0.columns(2, 2).norm() * DMatrix::identity(3, 4)
    } else {
        x1.row(2).mean() * DMatrix::identity(3, 4)
            - (x1.mean() * DMatrix::identity(3, 4)
                + tanh(&(0.02 * (x1.norm_squared() * DMatrix::identity(3, 4)))))
    };
    let mut acc2 = (0.05 * m1.sum()).tanh();
    for i in 0..m1.ncols() {
        for j in 0..3_usize {
            acc2 = acc2 * 0.5 + (0.05 * (m1.row(j).sum() - x1.rows(0, 3).norm())).tanh();
        }
        acc2 = acc2.sin() + (0.05 * f091(x1.sum(), &(m1[(0, i)] * DMatrix::identity(4, 3)))).sin();
    }
    let c3: DVector<f32> = DVector::zeros(3);
    add_bias(&add_bias(&DMatrix::zeros(3, 3), &c3), &c3) * (0.2 * acc2).exp()
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f196() {
    passes_at_random_points(196, "f196", |rng| f196::check(&rng.matrix(4, 4), rng.matrix(3, 3)));
}

#[differentiable]
fn f197(x0: f32, q: &TwoLayer32, s: &Stack32) -> f32 {
    let mut acc1 = &s.layers[2].w * &s.layers[0].b;
    acc1 -= &s.layers[0].b;
    acc1 = &acc1 * 0.5 + (&s.layers[1].b - &s.layers[2].b);
    acc1 = (0.1 * &acc1).map(|e| e.tanh()) + -(&s.layers[0].b - &s.layers[1].b);
    q.gain / (1.0 + s.layers[1].w.norm_squared())
        + x0
        + acc1.mean()
        + (x0
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f197() {
    passes_at_random_points(197, "f197", |rng| {
        f197::check(
            rng.scalar(),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine32 { w: rng.matrix(2, 3), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            &Stack32 {
                layers: vec![
                    Affine32 { w: rng.matrix(1, 1), b: rng.vector(1) },
                    Affine32 { w: rng.matrix(1, 1), b: rng.vector(1) },
                    Affine32 { w: rng.matrix(1, 1), b: rng.vector(1) },
                ],
            },
        )
    });
}

#[differentiable]
fn f198(x0: &DMatrix<f64>, case: usize) -> f64 {
    let c1: DMatrix<f64> = DMatrix::zeros(2, 3);
    let s3 = match case {
        0 => {
            let mut acc2: DMatrix<f64> = DMatrix::zeros(3, 2);
            acc2 = tanh(&acc2) + relu(x0);
            acc2 *= (0.2
                * ((0.02 * x0.columns(0, 2).norm_squared()).sin()
                    / (1.0 + (0.2 * x0.sum()).powi(2))
                    - cross_entropy(x0, &[0, 0])))
            .tanh();
            (1.0 + acc2.rows(2, 1).norm().powi(2))
                .powf(0.5 * (0.02 * x0.norm_squared()).tanh().tanh())
        }
        1 | 2 => {
            let c1 = &c1 * 0.5;
            (2.0 + c1.norm_squared().sin()).ln()
        }
        _ => f013(
            &(DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75, -0.5]) * c1.mean()),
            (0.02 * x0.norm_squared()).tanh(),
            c1.sum(),
        ),
    };
    let mut acc4 = (s3 * DMatrix::identity(3, 2)).map(|e| e * 0.5);
    acc4 += x0 * x0.rows(0, 2).into_owned() + x0.map(|e| e - e * 0.5);
    acc4 += sigmoid(
        &(0.05
            * f146(
                ln(&(s3 * DMatrix::identity(3, 2)).map(|e| e * e + 0.5)),
                &(0.01 * (s3 * DMatrix::identity(3, 3)).dot(&(s3 * DMatrix::identity(3, 3))))
                    .tanh(),
                2,
                true,
            )),
    );
    (0.05 * ((s3.powi(2) + 1.0).ln() * c1.mean().exp() + acc4.mean())).tanh() + x0.sum()
}

#[test]
fn check_f198() {
    passes_at_random_points(198, "f198", |rng| f198::check(&rng.matrix(3, 2), rng.int(0, 3)));
}

#[differentiable]
fn f199(x0: DMatrix<f64>, n: usize) -> f64 {
    let mut acc1 = f054(
        &(DVector::from_column_slice(&[0.25, 1.25]) * x0.mean()),
        x0[(1, 0)] + x0.mean(),
        &(x0.mean() * DMatrix::identity(1, 2)).map(|e| (0.5 * e).abs()),
    );
    for _ in 0..n {
        let mut acc2 = f061(&sigmoid(
            &(0.01 * (acc1 * DMatrix::identity(2, 3) * (acc1 * DMatrix::identity(3, 5)))),
        ));
        acc2 -= (0.1 * acc1).cos();
        acc1 += (0.05 * (acc2 * DMatrix::identity(3, 3)).sum()).tanh()
            + (0.01 * x0.norm_squared()).tanh();
    }
    acc1 /= 2.0
        + (0.1
            * ((0.02 * (x0.sum() * x0.column(3).norm())).tanh()
                - f031(&(x0[(0, 0)] * DMatrix::identity(4, 4)), 2)))
        .tanh();
    if n > 3 {
        acc1 /= 2.0 + (0.1 * (-(x0.sum() * DMatrix::identity(3, 4))).mean()).cos();
    }
    (0.05 * (acc1 + acc1 * 0.5)).tanh() + x0.sum()
}

#[test]
fn check_f199() {
    passes_at_random_points(199, "f199", |rng| f199::check(rng.matrix(3, 4), 3));
}

#[differentiable]
fn f200(x0: &DMatrix<f32>, x1: &DMatrix<f32>, q: &TwoLayer32) -> f32 {
    let m1 = if q.gain < q.gain * 0.5 {
        &q.second.w * relu(&(q.gain * DMatrix::identity(2, 3)))
    } else {
        ln(&exp(&(0.2 * x0.transpose()))).transpose()
    };
    let mut acc2: DMatrix<f32> = DMatrix::zeros(2, 3);
    acc2 -= &m1;
    let mut acc3: DMatrix<f32> = DMatrix::from_element(2, 3, 1.5);
    if q.gain > 0.75 {
        acc3 /= 2.0 + (0.5 * softmax(&(0.2 * &m1)).norm()).sin();
    } else if q.gain < 0.25 {
        assert_eq!(q.first.b.len(), 2);
        acc3 += log_softmax(&(0.2 * &acc2));
    } else {
        let m5 = q.second.w.map(|e| {
            let t4 = e - e.sin();
            t4 / (2.0 + (0.5 * e).sin())
        });
        acc3 /=
            2.0 + (0.2 * ((0.01 * m1.rows(1, 1).norm_squared()).tanh().sin() + m5.mean())).cos();
    }
    (0.05 * ((0.02 * (acc3.rows(1, 1).mean() + x0.norm_squared())).tanh() + x1.sum() + acc2.mean()))
        .tanh()
        + (x0.sum()
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f200() {
    passes_at_random_points(200, "f200", |rng| {
        f200::check(
            &rng.matrix(2, 3),
            &rng.matrix(2, 3),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f201(x0: &DMatrix<f32>) -> f32 {
    let m1 = relu(&(x0.sum() * DMatrix::identity(2, 3)));
    let m2 = &m1 * tanh(&(0.01 * (m1.norm_squared() * DMatrix::identity(3, 3))));
    x0.sum() - (0.05 * m2.sum()).sin() + x0.sum()
}

#[test]
fn check_f201() {
    passes_at_random_points(201, "f201", |rng| f201::check(&rng.matrix(3, 2)));
}

#[differentiable]
fn f202(x0: &DMatrix<f64>, x1: &DMatrix<f64>, labels: &[usize]) -> f64 {
    assert_eq!(x1.shape(), (2, 3));
    let mut w1: DVector<f64> = (DVector::from_column_slice(&[0.75, -0.5]) * x1[(1, 1)])
        .component_div(&x1.column(0).into_owned().map(|e| e * e + 0.5));
    for i in 0..w1.len() {
        w1[i] = (0.2 * x0.rows(0, 1).sum()).abs();
    }
    let mut acc2: DMatrix<f64> = DMatrix::from_element(2, 3, 0.75);
    for _ in 0..2_usize {
        for _ in 0..2_usize {
            let mut w3: DVector<f64> = (DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x1.sum())
                .map(|e| (0.2 * e).exp() / (2.0 + (0.1 * (e + e * 0.5)).cos()));
            for k in 0..w3.len() {
                w3[k] = (0.01 * w1.norm_squared()).sin();
            }
            acc2 -= tanh(&(0.2 * (x1 * (0.01 * w3.norm_squared()).exp())));
        }
        let mut acc4: DMatrix<f64> = DMatrix::from_element(2, 3, 1.25);
        for (_, &e5) in x1.iter().enumerate() {
            acc4 = &acc4 * 0.5
                + tanh(
                    &(0.02
                        * (acc2.columns(0, 2).into_owned() / (2.0 + (0.5 * e5).tanh())
                            * ln(&add_bias(&DMatrix::zeros(2, 3), &w1).map(|e| e * e + 0.5)))),
                );
        }
        acc2 = acc2.map(|e| e.sin())
            + tanh(
                &(0.1
                    * (softmax(&(0.05 * add_bias(&DMatrix::zeros(2, 3), &w1).component_mul(x0)))
                        + &acc4)),
            );
    }
    (0.05 * cross_entropy(&add_bias(&DMatrix::zeros(2, 2), &w1), labels)).tanh()
        + acc2.mean()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f202() {
    passes_at_random_points(202, "f202", |rng| {
        f202::check(&rng.matrix(2, 3), &rng.matrix(2, 3), &[0, 0])
    });
}

#[differentiable]
fn f203(x0: f64, x1: &DMatrix<f64>, x2: &DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(3, 3);
    for i in 0..x2.nrows() {
        let mut acc2: f64 = 0.0;
        acc2 += (0.2 * f129(&(x2.column(0).into_owned() - x1.column(1).into_owned()), 2)).tanh();
        acc2 += sigmoid(&(0.5 * acc1.rows(0, 2).into_owned())).mean();
        acc1 = acc1.map(|e| e.sin())
            + tanh(&(0.2 * (x2[(i, 0)] * DMatrix::identity(3, 3) * (0.5 * acc2).exp())));
    }
    for _ in 0..acc1.ncols() {
        let m3 = x1.rows(1, 2).into_owned() - x0 * DMatrix::identity(2, 2);
        acc1 = acc1.map(|e| e.sin())
            + tanh(
                &(0.2
                    * (softmax(&(0.02 * (m3.column(1).norm_squared() * DMatrix::identity(3, 3))))
                        - x2.sum() * DMatrix::identity(3, 3))
                    .map(|e| e.max(e * 0.5))),
            );
    }
    assert_eq!(x1.shape(), (3, 2));
    (0.05 * (x2.sum() + acc1.sum())).tanh() + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f203() {
    passes_at_random_points(203, "f203", |rng| {
        f203::check(rng.scalar(), &rng.matrix(3, 2), &rng.matrix(3, 2))
    });
}

#[differentiable]
fn f204(x0: DMatrix<f32>, x1: &DMatrix<f32>, case: usize) -> f32 {
    let m4 = match case {
        0 => {
            assert_eq!(x0.shape(), (4, 4));
            tanh(&(0.01 * (log_softmax(x1) * (x0.mean() * DMatrix::identity(4, 3) * x1))))
        }
        1 | 2 => {
            let m2 = {
                let s1 = x1[(0, 1)];
                relu(&x0) * (0.2 * s1).exp()
            };
            relu(x1) * (0.01 * m2.norm_squared()).exp()
        }
        _ => {
            let mut acc3 = &x0 * x0.columns(0, 3).into_owned();
            for _ in 0..x0.nrows() {
                acc3 -= sigmoid(
                    &(0.5
                        * (x0.columns(1, 3).into_owned().component_mul(&softmax(
                            &(0.01 * (x0.norm_squared() * DMatrix::identity(4, 3))),
                        )) / (1.0
                            + (x1
                                - sigmoid(
                                    &(0.01 * (x1.norm_squared() * DMatrix::identity(3, 4))),
                                ))
                            .norm_squared()))),
                );
            }
            sigmoid(&(0.05 * (x0.column(2).norm() * DMatrix::identity(3, 3) * x1)))
                * (0.01 * acc3.sum()).exp()
        }
    };
    let mut acc5: DMatrix<f32> = DMatrix::zeros(3, 4);
    for _ in 0..x0.ncols() {
        acc5 = tanh(&(0.5 * &acc5)) + sigmoid(&ln(&exp(&(0.2 * x1))));
    }
    (0.1 * m4.row(2).sum()).sin() + acc5.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f204() {
    passes_at_random_points(204, "f204", |rng| {
        f204::check(rng.matrix(4, 4), &rng.matrix(3, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f205(x0: &DMatrix<f32>, x1: DMatrix<f32>, case: usize) -> DVector<f32> {
    let m2 = {
        let m1 = x0.columns(0, 3).into_owned()
            * softmax(&(0.01 * (x1.norm_squared() * DMatrix::identity(3, 3))));
        tanh(&(0.02 * (&m1 * m1.transpose())))
    };
    let v6 = if x0.sum() > m2.row(2).norm() {
        tanh(&(0.01 * (x0.columns(0, 3).sum() * (m2.norm_squared() * DMatrix::identity(3, 3)))))
            * (0.01
                * (m2.rows(1, 3).norm_squared()
                    * DMatrix::identity(3, 2)
                    * (DVector::from_column_slice(&[1.0, 0.75]) * x0.sum())))
            .map(|e| e.tanh())
    } else {
        let mut acc3: DVector<f32> = DVector::zeros(3);
        match case {
            0 => {
                acc3 = acc3.map(|e| e.tanh())
                    + DVector::from_column_slice(&[0.25, 1.25, -0.75])
                        * x1.row(1).mean()
                        * (0.01 * x0.norm_squared()).tanh();
            }
            1 | 2 => {
                let mut acc4 = acc3.norm_squared() * &acc3;
                acc4 -= add_bias(&DMatrix::zeros(3, 2), &acc3)
                    * (DVector::from_column_slice(&[-0.5, 0.3]) * x1[(2, 2)]);
                acc4 += x1.sum() * DMatrix::identity(3, 3) * &acc3;
                acc3 = acc3.map(|e| e.tanh()) + &acc4;
            }
            _ => {
                let m5 = x0.clone();
                acc3 = &acc3 * 0.5
                    + (DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * m5[(0, 1)])
                        .map(|e| e * (e.powi(2) + 0.5).sqrt());
            }
        }
        (0.01 * acc3.component_mul(&acc3)).map(|e| e.tanh())
    };
    x1[(1, 2)]
        * DMatrix::identity(3, 2)
        * (DVector::from_column_slice(&[-0.25, 1.0]) * m2.columns(0, 4).sum())
        + &v6
        + DVector::from_element(3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f205() {
    passes_at_random_points(205, "f205", |rng| {
        f205::check(&rng.matrix(4, 4), rng.matrix(4, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f206(x0: &f64, case: usize) -> DMatrix<f64> {
    let s2 = match case {
        0 => (*x0 * DMatrix::identity(3, 4)).transpose().mean(),
        1 | 2 => (1.0 + x0.powi(2)).powf(0.5 * (0.5 * *x0).tanh()),
        _ => {
            let mut w1: DVector<f64> = DVector::zeros(2);
            for i in 0..w1.len() {
                w1[i] = 0.5 * (*x0 - (0.5 * *x0).tanh());
            }
            w1[1]
        }
    };
    let s4 = match case {
        0 => {
            let s3 = (0.5 * (s2.powi(2) + 0.5).sqrt()).powi(3);
            x0.min(s2) + s3
        }
        1 | 2 => sigmoid(&(0.05 * (s2 * DMatrix::identity(4, 3) * (s2 * DMatrix::identity(3, 4)))))
            .mean(),
        _ => s2 * *x0 / (2.0 + (0.5 * x0.min(s2)).cos()),
    };
    let s5 = (0.02 * (*x0 * s4)).sin();
    (*x0 * DMatrix::identity(3, 2)).map(|e| (0.5 * e).tanh()) * s5.exp()
        + DMatrix::from_element(3, 2, 1.0) * *x0
}

#[test]
fn check_f206() {
    passes_at_random_points(206, "f206", |rng| f206::check(&rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f207(x0: &DMatrix<f64>, x1: f64) -> DMatrix<f64> {
    let c1 = x0.ncols() as f64;
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 5, 0.4);
    for _ in 0..2_usize {
        acc2 += sigmoid(&(0.2 * (x0 - x1 * DMatrix::identity(4, 5))));
    }
    acc2.component_div(&exp(&(0.2 * x0))) * (0.2 * c1).exp()
        + DMatrix::from_element(4, 5, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f207() {
    passes_at_random_points(207, "f207", |rng| f207::check(&rng.matrix(4, 5), rng.scalar()));
}

#[differentiable]
fn f208(x0: &DVector<f64>, x1: &DMatrix<f64>, flag: bool) -> f64 {
    assert_eq!(x0.len(), 4);
    let x1 = x1 * 0.5 + x1.mean() * DMatrix::identity(4, 1);
    let m2 = if flag {
        add_bias(&x1, x0)
    } else if x0[3] < 0.3 {
        &x1 + x1.map(|e| e.sin())
    } else {
        let m1 = (add_bias(&DMatrix::zeros(4, 5), x0)
            * sigmoid(&(0.02 * (x1.norm_squared() * DMatrix::identity(5, 1)))))
        .map(|e| e * 0.5);
        add_bias(&tanh(&(0.05 * (x0.mean() * DMatrix::identity(4, 4) * &m1))), &(x0[2] * x0))
    };
    (0.01
        * mse(
            &(m2.column(0).norm() * DMatrix::identity(1, 5)),
            &tanh(&(0.05 * (x0.norm_squared() * DMatrix::identity(1, 5)))),
        ))
    .sin()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f208() {
    passes_at_random_points(208, "f208", |rng| {
        f208::check(&rng.vector(4), &rng.matrix(4, 1), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f209(x0: f32, case: usize) -> f32 {
    let s2 = match case {
        0 => x0 / (2.0 + (0.5 * x0).sin()),
        1 | 2 => (0.5 * (0.5 * x0).tanh()).tan() + f048(x0, &(x0 * DMatrix::identity(2, 2)), 4),
        _ => {
            let s1 = (DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0).sum();
            x0 + s1
        }
    };
    let s3 = (0.05 * (s2 * x0)).tanh();
    let s7 = match case {
        0 => {
            let s6 = if (s2.powi(2) + 0.5).sqrt() < s3 {
                let s3 = s3.sin() + s2.max(x0);
                (0.01
                    * mse(
                        &add_bias(
                            &(x0 * DMatrix::identity(4, 2)),
                            &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * s3),
                        ),
                        &tanh(
                            &(0.05 * (s3 * DMatrix::identity(4, 2) + s2 * DMatrix::identity(4, 2))),
                        ),
                    ))
                .tanh()
            } else {
                let m5 = {
                    let s4 = (0.01
                        * mse(&(s3 * DMatrix::identity(4, 2)), &(s2 * DMatrix::identity(4, 2))))
                    .tanh();
                    x0 * DMatrix::identity(4, 4) * s4.exp()
                };
                (0.05 * (s2 + m5.mean())).sin()
            };
            (x0.powi(2) + 0.5).sqrt() + (s3.powi(2) + 1.0).ln() + s6
        }
        1 | 2 => -s3 * s3,
        _ => x0,
    };
    f079(s7, case) + s3 + x0
}

#[test]
fn check_f209() {
    passes_at_random_points(209, "f209", |rng| f209::check(rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f210(x0: &DVector<f64>) -> DMatrix<f64> {
    let mut acc1: DVector<f64> = DVector::zeros(2);
    acc1 -= x0[0] * x0 / (2.0 + (0.2 * x0.sum()).cos());
    acc1 = (0.2 * &acc1).map(|e| e.tanh())
        + (0.05 * (x0.mean().max(x0.sum()) * (x0.mean() * x0))).map(|e| e.tanh());
    let m2 = acc1[0] * DMatrix::identity(3, 2);
    tanh(&(0.05 * f139(&add_bias(&DMatrix::zeros(2, 2), x0), &acc1))) * (0.5 * m2.mean()).exp()
        + DMatrix::from_element(2, 2, 1.0) * x0.sum()
}

#[test]
fn check_f210() {
    passes_at_random_points(210, "f210", |rng| f210::check(&rng.vector(2)));
}

#[differentiable]
fn f211(x0: DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> DMatrix<f64> {
    let mut acc1 = x0.column(0).into_owned();
    acc1 = acc1.map(|e| e.sin())
        + (0.05
            * (-(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0.columns(1, 2).sum()))
                .component_div(
                    &(0.02
                        * (x1.rows(0, 3).norm()
                            * DMatrix::identity(4, 4)
                            * x0.column(1).into_owned()))
                    .map(|e| e.tanh())
                    .map(|e| 2.0 + e.sin()),
                ))
        .map(|e| e.tanh());
    let mut acc2: DMatrix<f64> = DMatrix::from_element(5, 4, 0.25);
    acc2 -= sigmoid(
        &(0.05
            * f195(
                &(x1.sum() * DMatrix::identity(1, 4)),
                &softmax(&(0.01 * (x0.norm_squared() * DMatrix::identity(5, 5)))),
                case,
            )),
    );
    match case {
        0 => {
            for i in 0..acc2.nrows() {
                acc2 = tanh(&(0.2 * &acc2))
                    + tanh(
                        &(0.5
                            * (acc1[1] * DMatrix::identity(5, 4)).map(|e| e + e.tanh() + e.cos())),
                    );
                acc2 *= (0.2
                    * (x0.row(1).norm().max(acc1.sum())
                        / (2.0 + (0.2 * (x1.row(i).mean() - x1.column(2).norm())).tanh())))
                .cos();
            }
            acc2 /= 1.0
                + ((0.05 * (x0.mean() * x0.sum())).tanh()
                    / (1.0 + (x1 + x0.row(0).norm() * DMatrix::identity(5, 4)).norm_squared()))
                .powi(2);
        }
        1 | 2 => {
            acc2 -= ln(&x1.map(|e| 2.0 + e.sin()));
        }
        _ => {
            acc2 /= 2.0
                + (0.01
                    * mse(
                        &(acc1.sum() * DMatrix::identity(5, 5)),
                        &(x0.sum() * DMatrix::identity(5, 5)),
                    ))
                .tanh()
                .tanh();
        }
    }
    sigmoid(&(0.05 * (&x0 * (0.05 * acc1.norm_squared()).exp() * (0.02 * acc2.sum()).exp())))
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f211() {
    passes_at_random_points(211, "f211", |rng| {
        f211::check(rng.matrix(4, 4), &rng.matrix(5, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f212(x0: &DVector<f64>, q: &TwoLayer, n: usize, case: usize) -> f64 {
    let mut acc1 = add_bias(&DMatrix::zeros(2, 2), x0) * x0;
    for (&e2, &e3) in q.first.w.iter().zip(q.first.w.iter().skip(1)) {
        let mut acc4: DMatrix<f64> = DMatrix::from_element(2, 2, 1.5);
        match case {
            0 => {
                let e3 = (0.5 * e3).tanh();
                acc4 = &acc4 * 0.5
                    + softmax(
                        &(0.1
                            * (q.first
                                .w
                                .rows(0, 2)
                                .into_owned()
                                .map(|u| (0.5 * (u.powi(2) + 0.5).sqrt()).tanh() + e2)
                                * e3.exp())),
                    );
            }
            1 | 2 => {
                acc4 -= tanh(
                    &(0.5
                        * ((e2 * DMatrix::identity(2, 2)).transpose() / (2.0 + (0.5 * e3).tanh()))),
                );
            }
            _ => {
                let v6 = {
                    let s5 = (0.5 * (0.2 * (e2 * e3)).tanh()).tan();
                    (0.05 * f174(&q.gain, &DVector::from_element(2, 0.75))).map(|e| e.tanh())
                        * s5.exp()
                };
                acc4 = &acc4 * 0.5
                    + tanh(
                        &(0.2
                            * (relu(&(q.gain * DMatrix::identity(2, 2)))
                                * (0.2 * v6.mean()).exp())),
                    );
            }
        }
        acc1 -= (0.05 * (x0 * q.gain * (0.02 * acc4.norm_squared()).exp())).map(|e| e.tanh());
    }
    let mut acc7: DMatrix<f64> = DMatrix::zeros(3, 2);
    for _ in 0..n {
        assert_eq!(acc7.shape(), (3, 2));
        acc7 = acc7.map(|e| e.sin())
            + sigmoid(
                &(0.2
                    * relu(&(q.gain * DMatrix::identity(3, 2))).component_div(
                        &q.first
                            .w
                            .component_div(&q.first.w.map(|e| e * e + 0.5))
                            .map(|e| 2.0 + e.sin()),
                    )),
            );
    }
    (0.02 * ((0.05 * (q.gain + acc1.mean())).sin() + acc7.norm_squared())).sin()
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f212() {
    passes_at_random_points(212, "f212", |rng| {
        f212::check(
            &rng.vector(2),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
            4,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f213(x0: f32, x1: &DMatrix<f32>) -> f32 {
    let mut acc2 = (DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5, 0.3]) * x0)
        .component_div(
            &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0, 0.25]) * x0)
                .map(|e| 2.0 + e.sin()),
        )
        .map(|e| {
            let t1 = e / (2.0 + (0.2 * e).cos());
            (0.2 * t1).sin()
        });
    acc2 = acc2.map(|e| e.sin())
        + (0.05
            * (x0
                * DMatrix::identity(5, 2)
                * (x1.column(1).into_owned() - x1.column(0).into_owned())))
        .map(|e| e.tanh());
    let m4 = {
        let m3 = -x1;
        exp(&(0.5 * x1)) + &m3
    };
    (0.01 * (x0 + acc2.sum() + m4.norm_squared())).tanh() + (x0 + x1.sum())
}

#[test]
fn check_f213() {
    passes_at_random_points(213, "f213", |rng| f213::check(rng.scalar(), &rng.matrix(2, 2)));
}

#[differentiable]
fn f214(x0: DMatrix<f32>, x1: f32, q: TwoLayer32) -> f32 {
    let mut w1: DVector<f32> = DVector::zeros(2);
    for i in 0..w1.len() {
        w1[i] = 0.5 * ((0.05 * q.second.w.norm_squared()).tanh() + x1);
    }
    assert_eq!(x0.shape(), (5, 3));
    let w1 = (0.5 * &w1).map(|e| e.tanh());
    x1 - q.gain
        + w1.mean()
        + (x0.sum()
            + x1
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f214() {
    passes_at_random_points(214, "f214", |rng| {
        f214::check(
            rng.matrix(5, 3),
            rng.scalar(),
            TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f215(x0: &DMatrix<f32>, x1: DVector<f32>) -> DMatrix<f32> {
    let m3 = {
        let m2 = x0.map(|e| {
            let t1 = e;
            t1 * 0.5
        });
        add_bias(&m2, &x1)
    };
    let mut w5: DVector<f32> = (DVector::from_column_slice(&[1.0]) * x1[0]).map(|e| {
        let t4 = e + (0.5 * e).tanh();
        (0.5 * t4).tanh()
    });
    for i in 0..w5.len() {
        w5[i] = 0.5 * (x0[(i, i)] / (2.0 + (0.5 * x1.mean()).cos()));
    }
    (ln(&exp(&(0.2 * x0))) + &m3) * (0.1 * w5.norm_squared()).exp()
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f215() {
    passes_at_random_points(215, "f215", |rng| f215::check(&rng.matrix(3, 3), rng.vector(3)));
}

#[differentiable]
fn f216(x0: DMatrix<f32>) -> f32 {
    let m1 = &x0 - x0[(2, 0)] * DMatrix::identity(5, 4);
    let mut w2: DMatrix<f32> =
        relu(&sigmoid(&(0.01 * (m1.column(2).norm_squared() * DMatrix::identity(4, 4)))));
    for i in 0..w2.nrows() {
        w2[(i, 1)] += 0.5 * w2.sum();
    }
    let mut acc3 =
        ln(&sigmoid(&(0.01 * (x0.norm_squared() * DMatrix::identity(5, 4)))).map(|e| e * e + 0.5));
    for _ in 0..w2.nrows() {
        let x0 = x0.map(|e| e.sin()) + softmax(&(0.02 * (&m1 * w2.sum())));
        acc3 -= sigmoid(
            &(0.5
                * (tanh(
                    &(0.05
                        * (m1.map(|e| {
                            let t4 = e / (2.0 + (0.2 * e).sin());
                            t4 * 0.5
                        }) * w2.transpose())),
                ) + &x0)),
        );
    }
    (0.05 * ((0.05 * m1.sum()).tanh() + acc3.sum())).tanh() + x0.sum()
}

#[test]
fn check_f216() {
    passes_at_random_points(216, "f216", |rng| f216::check(rng.matrix(5, 4)));
}

#[differentiable]
fn f217(x0: &DVector<f32>, p: &Affine32, n: usize) -> f32 {
    let mut acc1 = x0 * p.b[1] * (0.05 * f064(&p.b, p)).tanh();
    for i in 0..n {
        acc1 *= (0.1 * (x0[i] * DMatrix::identity(5, 4)).transpose().norm()).tanh();
    }
    if (0.05 * p.w.dot(&p.w)).tanh() > p.w.mean() {
        acc1 = acc1.map(|e| e.sin())
            + softmax(&(0.01 * (p.w.norm_squared() * DMatrix::identity(5, 1))))
                * (DVector::from_column_slice(&[0.75]) * p.b.mean());
    }
    (0.01 * (x0.sum().max(p.b[2]) + acc1.norm_squared())).tanh()
        + (x0.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f217() {
    passes_at_random_points(217, "f217", |rng| {
        f217::check(&rng.vector(5), &Affine32 { w: rng.matrix(3, 4), b: rng.vector(3) }, 3)
    });
}

#[differentiable]
fn f218(x0: f64, case: usize) -> DMatrix<f64> {
    let mut acc1 = (0.5 * x0).tanh()
        * (DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x0).map(|u| x0 + u);
    for _ in 0..2_usize {
        acc1 /= 2.0
            + (0.05 * (DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0).norm_squared())
                .tanh()
                .cos();
    }
    assert_eq!(acc1.len(), 4);
    let s3 = {
        let s2 = f111(
            &(0.05 * f044(x0 * DMatrix::identity(2, 2), x0)).sin(),
            &-(acc1[1] * DMatrix::identity(2, 3)),
            case,
        );
        (0.05 * (cross_entropy(&add_bias(&DMatrix::zeros(4, 4), &acc1), &[0, 3, 2, 1]) + s2)).sin()
    };
    sigmoid(
        &(0.05
            * ((add_bias(&DMatrix::zeros(4, 4), &acc1) + x0 * DMatrix::identity(4, 4)) * s3.exp())),
    ) + DMatrix::from_element(4, 4, 1.0) * x0
}

#[test]
fn check_f218() {
    passes_at_random_points(218, "f218", |rng| f218::check(rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f219(x0: DMatrix<f32>) -> f32 {
    let mut acc1 = x0.sum() * x0.transpose();
    for _ in 0..x0.nrows() {
        acc1 -= (0.05 * (x0.sum() * x0.norm_squared())).sin() * softmax(&x0);
    }
    let x0 = tanh(&(0.5 * &x0));
    acc1 = tanh(&(0.1 * &acc1)) + softmax(&x0);
    acc1.mean().tanh() + x0.sum()
}

#[test]
fn check_f219() {
    passes_at_random_points(219, "f219", |rng| f219::check(rng.matrix(1, 1)));
}

#[differentiable]
fn f220(x0: DVector<f64>, n: usize) -> DVector<f64> {
    let mut acc1: DVector<f64> = DVector::zeros(3);
    acc1 = acc1.map(|e| e.tanh())
        + (0.05 * (x0.mean() * &x0).component_div(&(&x0 * x0.sum()).map(|e| 2.0 + e.sin())))
            .map(|e| e.tanh());
    for _ in 0..x0.len() {
        let c2 = x0.len() as f64;
        acc1 += (0.05 * (x0.mean() * &x0 * (c2 * (0.5 * c2).tanh()))).map(|e| e.tanh());
    }
    let v6 = if n > 3 {
        let s4 = {
            let m3: DMatrix<f64> = ln(&tanh(
                &(0.02
                    * (acc1.mean()
                        * DMatrix::identity(4, 4)
                        * (acc1.sum() * DMatrix::identity(4, 5)))),
            )
            .map(|e| 2.0 + e.sin()));
            (0.2 * acc1.mean()).tanh() + m3.mean()
        };
        &x0 * (0.2 * s4).exp()
    } else {
        let mut w5: DVector<f64> = (0.02
            * (x0[2]
                * DMatrix::identity(5, 5)
                * (DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3, -1.0]) * acc1.sum())))
        .map(|e| e.tanh());
        for i in 0..w5.len() {
            w5[i] += 0.5 * (x0[0] / (2.0 + (0.2 * acc1[1]).cos()));
        }
        (0.05 * (add_bias(&DMatrix::zeros(3, 3), &acc1) * &x0)).map(|e| e.tanh())
            * (0.02 * w5.norm_squared()).exp()
    };
    f110(&x0.sum(), v6[0], 4) + DVector::from_element(3, 1.0) * x0.sum()
}

#[test]
fn check_f220() {
    passes_at_random_points(220, "f220", |rng| f220::check(rng.vector(3), 4));
}

#[differentiable]
fn f221(x0: &DVector<f64>, x1: f64, x2: &DMatrix<f64>, n: usize, case: usize) -> f64 {
    let m1: DMatrix<f64> = tanh(&(0.05 * f177(x2.transpose(), &x2.column(1).into_owned(), case)))
        - add_bias(x2, &(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x1));
    let mut acc2 = (0.01
        * (x1
            * DMatrix::identity(4, 3)
            * x2.columns(0, 2).into_owned()
            * (DVector::from_column_slice(&[1.0, 0.75]) * x2.column(1).norm())))
    .map(|e| e.tanh());
    for _ in 0..n {
        acc2 *= (0.1
            * cross_entropy(&(x1 * DMatrix::identity(3, 4)), &[1, 0, 0, 1]).min(f203(
                x1,
                &(x1 * DMatrix::identity(3, 2)),
                &(x2.sum() * DMatrix::identity(3, 2)),
            )))
        .cos();
    }
    (0.05 * (x1.min(x1 * 0.5) + x0.mean() + m1.sum())).tanh()
        + acc2.sum()
        + (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f221() {
    passes_at_random_points(221, "f221", |rng| {
        f221::check(&rng.vector(4), rng.scalar(), &rng.matrix(3, 3), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f222(x0: &DMatrix<f64>, x1: f64) -> f64 {
    let mut acc1: f64 = 0.5;
    for i in 0..3_usize {
        acc1 *= (0.1 * (-x0.sum() / (2.0 + (0.2 * (x1 - x0[(i, i)])).cos()))).sin();
    }
    let m2: DMatrix<f64> =
        ln(&add_bias(&(acc1 * DMatrix::identity(4, 5)), &x0.column(3).into_owned())
            .map(|e| e * e + 0.5));
    acc1 + x1 + m2.mean() + (x0.sum() + x1)
}

#[test]
fn check_f222() {
    passes_at_random_points(222, "f222", |rng| f222::check(&rng.matrix(4, 5), rng.scalar()));
}

#[differentiable]
fn f223(x0: DMatrix<f32>, x1: f32, x2: &f32, case: usize) -> f32 {
    let m1 = ln(&exp(&(0.2 * (x1 * DMatrix::identity(2, 2)))));
    let mut acc2: DVector<f32> = DVector::zeros(3);
    match case {
        0 => {
            acc2 = acc2.map(|e| e.tanh())
                + (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * *x2
                    - DVector::from_column_slice(&[0.5, -0.25, 1.0]) * *x2
                        / (2.0 + (0.5 * *x2).tanh()));
        }
        1 | 2 => {
            acc2 = &acc2 * 0.5 + DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x1;
        }
        _ => {
            let c3: DMatrix<f32> = DMatrix::from_element(3, 3, 1.25);
            acc2 /= 1.0 + (0.1 * ((*x2 + x1) * (0.05 * c3.norm_squared()).exp())).powi(2);
        }
    }
    *x2 / (1.0 + (0.2 * m1.columns(0, 1).norm_squared()).powi(2))
        + x0.mean()
        + acc2.mean()
        + (x0.sum() + x1 + *x2)
}

#[test]
fn check_f223() {
    passes_at_random_points(223, "f223", |rng| {
        f223::check(rng.matrix(2, 2), rng.scalar(), &rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f224(x0: &DMatrix<f64>, x1: &DVector<f64>, case: usize) -> f64 {
    let v2 = {
        let m1 = tanh(
            &(0.05
                * f177(
                    x1[1] * DMatrix::identity(3, 3),
                    &(0.05 * (DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x0.norm_squared()))
                        .map(|e| e.tanh()),
                    case,
                )),
        );
        x1.map(|e| f101((e.powi(2) + 1.0).ln())) * m1.mean().exp()
    };
    let v3 = match case {
        0 => x0
            .column(1)
            .into_owned()
            .component_div(&x1.map(|e| 2.0 + e.sin()))
            .map(|e| (0.2 * e).cos().min((0.02 * (e * (e * 0.5))).sin())),
        1 | 2 => {
            assert_eq!(x0.shape(), (2, 2));
            (0.5 * x1).map(|e| e.tanh())
        }
        _ => x0.column(1).into_owned().component_mul(&x0.column(1).into_owned()),
    };
    (0.01 * (x1[0] + v2.norm_squared())).sin() + v3.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f224() {
    passes_at_random_points(224, "f224", |rng| {
        f224::check(&rng.matrix(2, 2), &rng.vector(2), rng.int(0, 3))
    });
}

#[differentiable]
fn f225(x0: &DVector<f64>, x1: &DMatrix<f64>, n: usize) -> f64 {
    assert_eq!(x1.shape(), (2, 2));
    let mut acc1: f64 = 1.0;
    for i in 0..n {
        for _ in 0..n {
            acc1 /= 1.0 + (0.5 * (0.5 * x0[i]).powi(3)).powi(2);
        }
        let x1 = x1 * 0.5 + ln(&(acc1 * DMatrix::identity(2, 2)).map(|e| 2.0 + e.sin()));
        acc1 += (0.02 * (x0.sum() + x1.norm_squared())).tanh();
    }
    f111(&x0[2], &(acc1 * DMatrix::identity(2, 3)), 1) + (x0.sum() + x1.sum())
}

#[test]
fn check_f225() {
    passes_at_random_points(225, "f225", |rng| f225::check(&rng.vector(3), &rng.matrix(2, 2), 3));
}

#[differentiable]
fn f226(x0: &f32) -> DMatrix<f32> {
    let mut acc1: f32 = 0.5;
    for _ in 0..2_usize {
        acc1 /= 2.0 + (0.2 * (DVector::from_column_slice(&[0.25, 1.25]) * *x0).norm()).cos();
    }
    let s2 =
        (0.05 * mse(&(acc1 * DMatrix::identity(2, 1)), &(*x0 * DMatrix::identity(2, 1)))).tanh();
    softmax(&(*x0 * DMatrix::identity(1, 1))) * s2.exp() + DMatrix::from_element(1, 1, 1.0) * *x0
}

#[test]
fn check_f226() {
    passes_at_random_points(226, "f226", |rng| f226::check(&rng.scalar()));
}

#[differentiable]
fn f227(x0: &DMatrix<f32>, x1: f32, x2: f32, n: usize) -> f32 {
    let mut acc1 = -x0.column(1).into_owned().component_mul(&x0.column(1).into_owned());
    for _ in 0..n {
        acc1 -= (0.5 * (DVector::from_column_slice(&[-0.5, 0.3]) * x2)).map(|e| e.tanh());
    }
    let x0 = x0 * 0.5 + x0.component_mul(x0);
    (0.01 * (x1.max(x2) + acc1.mean() + x0.norm_squared())).sin() + (x0.sum() + x1 + x2)
}

#[test]
fn check_f227() {
    passes_at_random_points(227, "f227", |rng| {
        f227::check(&rng.matrix(2, 2), rng.scalar(), rng.scalar(), 3)
    });
}

#[differentiable]
fn f228(x0: DVector<f32>, n: usize, case: usize) -> f32 {
    assert_eq!(x0.len(), 3);
    let mut acc1 =
        f008(tanh(&(0.05 * (x0.norm_squared() * DMatrix::identity(2, 2)))), x0[0].max(x0.mean()));
    for i in 0..n {
        for _ in 0..acc1.len() {
            acc1 += (0.1 * (x0[2] * &x0 + &x0)).map(|e| e.tanh());
        }
        let v3 = if (0.05 * acc1[2]).tanh() < (0.01 * acc1.norm_squared()).sin() {
            let x0 = (0.5 * &x0).map(|e| e.tanh()) + (0.05 * &acc1).map(|e| e.tanh());
            (0.05 * &acc1).map(|e| e.tanh()) / (2.0 + (0.1 * x0.norm_squared()).cos())
        } else {
            let mut acc2: DVector<f32> = DVector::zeros(3);
            acc2 = acc2.map(|e| e.tanh())
                + (0.2 * ((0.05 * &acc1).map(|e| e.tanh()) - &x0 + &x0)).map(|e| e.tanh());
            acc2 += (0.02
                * (tanh(&(0.05 * add_bias(&DMatrix::zeros(3, 3), &acc1)))
                    * (x0.sum() * DMatrix::identity(3, 3))
                    * (DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x0[i]
                        / (2.0 + (0.2 * x0.sum()).tanh()))))
            .map(|e| e.tanh());
            (&x0 + (0.05 * &acc1).map(|e| e.tanh()))
                / (2.0
                    + (0.05
                        * f094(
                            &sigmoid(&(0.05 * (acc2.norm_squared() * DMatrix::identity(3, 3)))),
                            &(acc2.mean() * DMatrix::identity(3, 3)),
                            case,
                            &[3, 1, 0],
                        ))
                    .sin()
                    .sin())
        };
        acc1 = &acc1 * 0.5
            + (0.2 * ((&x0 + &v3) / (2.0 + (0.5 * (0.2 * x0.sum()).tanh()).tan().sin())))
                .map(|e| e.tanh());
    }
    (0.05 * acc1.norm()).tanh() + x0.sum()
}

#[test]
fn check_f228() {
    passes_at_random_points(228, "f228", |rng| f228::check(rng.vector(3), 3, rng.int(0, 3)));
}

#[differentiable]
fn f229(x0: &f64, x1: f64, flag: bool) -> f64 {
    let s2 = {
        let m1 = x1 * DMatrix::identity(2, 3);
        f060(&(DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * *x0), m1[(1, 2)], 3, flag)
    };
    let mut acc3 = x1;
    if x1 < acc3 {
        let s4: f64 = (0.05 * (s2 * *x0)).sin();
        acc3 -= s2 - *x0 + s4;
    } else {
        acc3 *= ((x1.powi(2) + 1.0).ln().powi(2) + 1.0).ln().sin();
    }
    let x1 = x1 * 0.5 + *x0;
    (0.05 * (x1 + s2 + acc3)).sin() + (*x0 + x1)
}

#[test]
fn check_f229() {
    passes_at_random_points(229, "f229", |rng| {
        f229::check(&rng.scalar(), rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f230(x0: &DVector<f64>, x1: f64) -> f64 {
    let v1 = x0.clone();
    let mut acc2: DVector<f64> = DVector::zeros(5);
    for _ in 0..x0.len() {
        let v3 =
            &acc2 + x0 - (DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25, 1.25]) * x1 - x0);
        acc2 = (0.2 * &acc2).map(|e| e.tanh()) + (0.05 * (&v1 * x1 + &v3)).map(|e| e.tanh());
    }
    for i in 0..3_usize {
        let mut acc4 = add_bias(&DMatrix::zeros(5, 4), &v1)
            * (DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x1);
        for _ in 0..v1.len() {
            let x1 = x1 * 0.5;
            acc4 *= (0.1
                * f042(&x1, x1 * DMatrix::identity(2, 5) * add_bias(&DMatrix::zeros(5, 3), x0)))
            .cos();
        }
        let x1 = x1 * 0.5 + (x1 + v1[i]);
        acc2 = acc2.map(|e| e.sin())
            + (0.02
                * (x0 - DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75, 0.4]) * x1 + &acc4))
                .map(|e| e.tanh());
    }
    x1 / (1.0 + x0.norm_squared()) + acc2.mean() + (x0.sum() + x1)
}

#[test]
fn check_f230() {
    passes_at_random_points(230, "f230", |rng| f230::check(&rng.vector(5), rng.scalar()));
}

#[differentiable]
fn f231(x0: &DMatrix<f32>, x1: DMatrix<f32>, x2: DVector<f32>, q: &TwoLayer32) -> DMatrix<f32> {
    let mut acc1 = softmax(&x1);
    for &e2 in x1.iter() {
        acc1 -= f167(q.gain).map(|u| (0.05 * (e2 * u)).tanh() - (0.05 * f020(e2)).tanh());
    }
    let v4 = &q.second.b / (2.0 + (0.5 * q.gain).tanh());
    tanh(&(0.02 * (relu(&acc1) * (0.2 * x0.mean()).exp())))
        * (0.2 * x2.mean()).exp()
        * (0.05 * v4.norm_squared()).exp()
        + DMatrix::from_element(4, 4, 1.0)
            * (x0.sum()
                + x1.sum()
                + x2.sum()
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f231() {
    passes_at_random_points(231, "f231", |rng| {
        f231::check(
            &rng.matrix(3, 4),
            rng.matrix(4, 4),
            rng.vector(3),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f232(x0: &DMatrix<f32>, x1: f32, x2: DMatrix<f32>, case: usize) -> f32 {
    assert_eq!(x2.shape(), (2, 3));
    let m1 = x0.columns(0, 2).into_owned() * &x2;
    let m4 = match case {
        0 => m1.transpose(),
        1 | 2 => {
            let mut acc2 = (0.05 * (x1 * x0.sum())).tanh();
            for _ in 0..x0.ncols() {
                acc2 = acc2 * 0.5 + (0.1 * -(x1 + x0.sum())).tanh();
            }
            softmax(&(0.05 * (m1.transpose().transpose() * (0.2 * acc2).exp())))
        }
        _ => {
            let s3 = (0.5 * x1).sin();
            s3 * x0
        }
    };
    (0.05 * ((0.01 * ((0.5 * x1).exp() + m1.norm_squared())).tanh() + m4.sum())).tanh()
        + (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f232() {
    passes_at_random_points(232, "f232", |rng| {
        f232::check(&rng.matrix(3, 3), rng.scalar(), rng.matrix(2, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f233(x0: &DMatrix<f64>, x1: &f64, x2: DVector<f64>, flag: bool, case: usize) -> f64 {
    let s3 = {
        let s1 = (0.2 * (x2.norm_squared() / (2.0 + (0.5 * *x1).cos()))).cos();
        let mut w2: DMatrix<f64> = s1 * DMatrix::identity(3, 1) * *x1;
        for i in 0..w2.nrows() {
            w2[(i, 0)] = (0.5 * x0[(0, 0)]).sin();
        }
        (0.05
            * f221(
                &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * *x1),
                *x1,
                &(*x1 * DMatrix::identity(3, 3)),
                4,
                case,
            ))
        .sin()
            + w2.mean()
    };
    let mut acc4: DMatrix<f64> = DMatrix::zeros(1, 1);
    match case {
        0 => {
            acc4 *= (0.2 * s3).cos();
        }
        1 | 2 => {
            if flag {
                acc4 /= 2.0 + (0.5 * (x2[0] / (2.0 + (0.2 * s3).cos()))).tanh();
            } else {
                assert_eq!(acc4.shape(), (1, 1));
                acc4 /= 2.0 + (0.2 * x2.norm().max(*x1 - s3)).sin();
            }
            acc4 -= add_bias(x0, &x2);
        }
        _ => {
            let s5 = acc4.row(0).norm_squared().max(*x1);
            acc4 -= relu(x0) * (0.2 * s5).exp();
        }
    }
    s3 / (2.0 + (0.2 * s3).cos()) + acc4.sum() + (x0.sum() + *x1 + x2.sum())
}

#[test]
fn check_f233() {
    passes_at_random_points(233, "f233", |rng| {
        f233::check(
            &rng.matrix(1, 1),
            &rng.scalar(),
            rng.vector(1),
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f234(x0: &DVector<f32>, x1: &DMatrix<f32>, p: &Affine32) -> f32 {
    let m1 = p.w.sum() * DMatrix::identity(3, 2);
    let x1 = x1.map(|e| e.sin()) + &p.w;
    assert_eq!(p.w.shape(), (2, 3));
    (0.02 * ((0.01 * m1.norm_squared()).tanh() + x0.mean() + x1.norm_squared())).sin()
        + (x0.sum() + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f234() {
    passes_at_random_points(234, "f234", |rng| {
        f234::check(
            &rng.vector(2),
            &rng.matrix(2, 3),
            &Affine32 { w: rng.matrix(2, 3), b: rng.vector(2) },
        )
    });
}

#[differentiable]
fn f235(x0: &f64) -> DMatrix<f64> {
    let s1 = cross_entropy(&(*x0 * DMatrix::identity(2, 2)), &[1, 1]);
    let s3 = {
        let s2 = (0.2 * (*x0 + s1)).exp();
        (0.5 * *x0).sin() + s2
    };
    add_bias(&(s1 * DMatrix::identity(2, 2)), &(DVector::from_column_slice(&[0.3, -1.0]) * s3))
        + DMatrix::from_element(2, 2, 1.0) * *x0
}

#[test]
fn check_f235() {
    passes_at_random_points(235, "f235", |rng| f235::check(&rng.scalar()));
}

#[differentiable]
fn f236(x0: &DMatrix<f32>, x1: &DVector<f32>, q: &TwoLayer32, case: usize) -> DMatrix<f32> {
    let s1 = (0.02 * q.first.w.norm_squared()).tanh().powi(3);
    let s3 = {
        let s2 = (0.05 * mse(&q.first.w, &(&q.first.w * 0.5))).tanh();
        s2 * q.gain
    };
    let v4 = match case {
        0 => f114(s1, s1, s3),
        1 | 2 => x1 + &q.second.b,
        _ => q.gain.max(s3) * &q.second.b,
    };
    softmax(
        &(0.05
            * (tanh(
                &(0.05
                    * (q.first.w.columns(0, 2).into_owned().transpose()
                        * (0.1 * x0.sum()).exp()
                        * (0.05 * x1.norm_squared()).exp())),
            ) * s1.exp()
                * (0.2 * s3).exp()
                * (0.02 * v4.sum()).exp())),
    ) + DMatrix::from_element(2, 3, 1.0)
        * (x0.sum()
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f236() {
    passes_at_random_points(236, "f236", |rng| {
        f236::check(
            &rng.matrix(2, 2),
            &rng.vector(2),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine32 { w: rng.matrix(2, 3), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable(wrt(x0, x1))]
fn f237(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: &DMatrix<f64>) -> DMatrix<f64> {
    let mut w1: DVector<f64> = DVector::from_column_slice(&[-1.0]) * x1.columns(0, 1).norm()
        / (2.0 + (0.2 * x0.sum()).sin());
    for i in 0..w1.len() {
        w1[i] += (0.02 * x2.norm_squared()).tanh().sin();
    }
    let mut acc2: DMatrix<f64> = DMatrix::from_element(3, 3, 1.5);
    if x0.rows(0, 3).sum() * (0.02 * x2.norm_squared()).tanh() < acc2.column(2).norm() {
        acc2 = &acc2 * 0.5 + tanh(&(0.5 * x2));
    } else if x0.mean() < 2.0 {
        assert_eq!(w1.len(), 1);
        acc2 = acc2.map(|e| e.sin()) + x2.component_div(&x2.map(|e| e * e + 0.5));
    } else {
        acc2 *= (0.2 * (w1[0] / (1.0 + x2.norm_squared()))).sin();
    }
    x2 * (0.1 * w1.sum()).exp()
        + &acc2
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f237() {
    passes_at_random_points(237, "f237", |rng| {
        f237::check(&rng.matrix(3, 1), &rng.matrix(3, 1), &rng.matrix(3, 3))
    });
}

#[differentiable]
fn f238(x0: &DMatrix<f32>) -> f32 {
    let mut acc1 = -x0;
    acc1 = &acc1 * 0.5 + exp(&(0.5 * x0));
    acc1 = acc1.map(|e| e.sin()) + exp(&tanh(&(0.5 * x0)));
    assert_eq!(x0.shape(), (3, 4));
    acc1.sum() + x0.sum()
}

#[test]
fn check_f238() {
    passes_at_random_points(238, "f238", |rng| f238::check(&rng.matrix(3, 4)));
}

#[differentiable]
fn f239(x0: f64, x1: &DMatrix<f64>, case: usize) -> f64 {
    let mut acc1: f64 = 0.0;
    match case {
        0 => {
            acc1 += (x0.powi(2) + 0.5).sqrt();
        }
        1 | 2 => {
            acc1 = acc1.tanh()
                + (1.0 + (0.2 * x1.columns(0, 1).sum()).sin().powi(2))
                    .powf(0.5 * (0.5 * x0).tanh());
        }
        _ => {
            let s2 = (0.5 * (acc1 + x0)).powi(3);
            acc1 += (x0.powi(2) + 1.0).ln() + s2;
        }
    }
    let s3 = (0.2 * acc1).sin().tanh();
    let s3 = s3.sin();
    (0.01 * ((0.2 * acc1).cos() + x1.norm_squared())).tanh() + s3 + (x0 + x1.sum())
}

#[test]
fn check_f239() {
    passes_at_random_points(239, "f239", |rng| {
        f239::check(rng.scalar(), &rng.matrix(4, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f240(x0: &DVector<f64>, x1: f64, s: &Stack) -> f64 {
    let mut h1 = 0.2
        * s.layers[1].b.component_div(
            &(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4, -0.3]) * s.layers[2].w.sum())
                .map(|e| e * e + 0.5),
        );
    for layer2 in &s.layers {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    assert_eq!(s.layers[0].w.shape(), (5, 5));
    let mut acc3: DVector<f64> = DVector::zeros(5);
    for &e4 in x0.iter() {
        acc3 = (0.5 * &acc3).map(|e| e.tanh())
            + (0.2 * (&s.layers[1].b * (0.2 * e4).exp())).map(|e| e.tanh());
    }
    f129(&(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x1), 2)
        + h1.norm_squared()
        + acc3.mean()
        + (x0.sum()
            + x1
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f240() {
    passes_at_random_points(240, "f240", |rng| {
        f240::check(
            &rng.vector(4),
            rng.scalar(),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(5, 5), b: rng.vector(5) },
                    Affine { w: rng.matrix(5, 5), b: rng.vector(5) },
                    Affine { w: rng.matrix(5, 5), b: rng.vector(5) },
                ],
            },
        )
    });
}

#[differentiable]
fn f241(x0: &DMatrix<f64>) -> DMatrix<f64> {
    let s1 = x0.sum();
    let m2 = add_bias(
        &ln(&(s1 * DMatrix::identity(4, 3)).map(|e| 2.0 + e.sin())),
        &(0.05 * (x0 * (DVector::from_column_slice(&[0.75, -0.5]) * s1))).map(|e| e.tanh()),
    );
    let mut w3: DVector<f64> = DVector::zeros(2);
    for i in 0..w3.len() {
        w3[i] += 0.2 * (w3.mean() - s1);
    }
    tanh(&(0.05 * (x0.rows(2, 2).into_owned() * (s1 * DMatrix::identity(2, 4)))))
        * (0.01 * m2.norm_squared()).exp()
        * (0.2 * w3.sum()).exp()
        + DMatrix::from_element(2, 4, 1.0) * x0.sum()
}

#[test]
fn check_f241() {
    passes_at_random_points(241, "f241", |rng| f241::check(&rng.matrix(4, 2)));
}

#[differentiable]
fn f242(x0: DVector<f64>, x1: &DMatrix<f64>, case: usize) -> f64 {
    let m2 = {
        let v1 = (tanh(&(0.02 * (x1.norm_squared() * DMatrix::identity(4, 4)))) * &x0)
            .component_div(&(&x0 - &x0 * 0.5).map(|e| 2.0 + e.sin()));
        add_bias(&DMatrix::zeros(4, 2), &x0).transpose() * (0.05 * v1.mean()).exp()
    };
    let mut acc3 = add_bias(&DMatrix::zeros(4, 2), &x0).transpose();
    if (0.02 * x1.norm_squared()).tanh() > 1.25 {
        let m4 = match case {
            0 => {
                ln(&exp(&softmax(&(0.01 * (m2.norm_squared() * DMatrix::identity(4, 2))))))
                    * exp(&(0.5 * x1))
            }
            1 | 2 => add_bias(&DMatrix::zeros(4, 4), &x0) + x0.mean() * DMatrix::identity(4, 4),
            _ => -ln(&exp(&(0.2 * add_bias(&DMatrix::zeros(4, 4), &x0)))),
        };
        acc3 = tanh(&(0.5 * &acc3)) + exp(&(0.1 * (x1 - &m2))) * (0.05 * m4.mean()).exp();
    } else {
        let mut acc5: DVector<f64> = DVector::zeros(4);
        for i in 0..3_usize {
            let m2 = m2.map(|e| e.sin()) + m2.map(|e| (0.2 * e).tanh());
            acc5 /= 2.0 + (0.5 * ((0.02 * x1.norm_squared()).sin() - m2[(1, i)]).min(x0[i])).cos();
        }
        acc3 += tanh(
            &(0.02 * (f241(&add_bias(&DMatrix::zeros(4, 2), &x0)) * (0.1 * acc5.sum()).exp())),
        );
    }
    acc3 *= (0.5 * (0.5 * x0[1]).tanh()).tan().sin();
    (0.01 * ((0.05 * (x0.sum() + m2.columns(1, 2).norm())).sin() + acc3.norm_squared())).tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f242() {
    passes_at_random_points(242, "f242", |rng| {
        f242::check(rng.vector(4), &rng.matrix(2, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f243(x0: &DVector<f32>) -> DVector<f32> {
    let mut acc1 = x0[3] / (2.0 + (0.5 * x0[0]).cos()) * -x0;
    for &e2 in x0.iter() {
        acc1 = acc1.map(|e| e.sin()) + (0.2 * (x0 * (0.2 * e2).exp())).map(|e| e.tanh());
    }
    let c4 = x0.len() as f32;
    let v5 = DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * x0.sum();
    (0.02 * (add_bias(&DMatrix::zeros(4, 4), &v5) * &v5)).map(|e| e.tanh())
        * (0.05 * acc1.mean()).exp()
        * (0.2 * c4).exp()
        + DVector::from_element(4, 1.0) * x0.sum()
}

#[test]
fn check_f243() {
    passes_at_random_points(243, "f243", |rng| f243::check(&rng.vector(5)));
}

#[differentiable]
fn f244(x0: DVector<f32>, x1: f32, case: usize) -> f32 {
    let s1 = x1 / (1.0 + x0.norm_squared());
    let x1 = (0.5 * x1).tanh() + x0.mean();
    let s3 = {
        let m2 = (x1 * DMatrix::identity(4, 2)).component_mul(&(x0[1] * DMatrix::identity(4, 2)));
        (0.02 * (f012(&(s1 * DMatrix::identity(3, 1)), case) + m2.sum())).tanh()
    };
    s3.cos() + (x0.sum() + x1)
}

#[test]
fn check_f244() {
    passes_at_random_points(244, "f244", |rng| {
        f244::check(rng.vector(4), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f245(x0: &DMatrix<f64>, x1: &DVector<f64>) -> DVector<f64> {
    let v1 = x0.column(0).into_owned();
    let mut acc2 = (0.05 * f045(x1, v1[2] * DMatrix::identity(4, 5))).map(|e| e.tanh());
    acc2 /= 2.0 + (0.1 * x1.dot(&x0.column(1).into_owned())).tanh();
    acc2 /= 1.0 + (0.1 * mse(x0, &x0.map(|e| e.sin()))).cos().powi(2);
    let v3: DVector<f64> = f029(x0.sum(), &(acc2[0] * DMatrix::identity(2, 2)))
        / (2.0
            + (0.5 * (x1[2] / (1.0 + add_bias(&DMatrix::zeros(4, 4), &v1).norm_squared()))).cos());
    x0.columns(1, 3).into_owned() * (DVector::from_column_slice(&[0.5, -0.25, 1.0]) * acc2[1])
        + &v3
        + DVector::from_element(4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f245() {
    passes_at_random_points(245, "f245", |rng| f245::check(&rng.matrix(4, 4), &rng.vector(4)));
}

#[differentiable]
fn f246(x0: DMatrix<f64>, x1: &DVector<f64>) -> DMatrix<f64> {
    let x1 = (0.5 * x1).map(|e| e.tanh());
    let x0 = tanh(&(0.5 * &x0)) + &x0 / (2.0 + (0.5 * x0.mean()).sin());
    let c1: f64 = 0.4;
    c1 * DMatrix::identity(3, 3) * &x0 * x1.mean().exp()
        + DMatrix::from_element(3, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f246() {
    passes_at_random_points(246, "f246", |rng| f246::check(rng.matrix(3, 2), &rng.vector(2)));
}

#[differentiable(wrt(x0))]
fn f247(x0: &DMatrix<f64>, x1: &f64, case: usize) -> DMatrix<f64> {
    let mut acc1 =
        (0.05 * f082(*x1 * DMatrix::identity(3, 5), &(*x1 * DMatrix::identity(3, 5)))).sin();
    match case {
        0 => {
            let mut acc2 = (0.5 * x0.mean()).powi(3);
            for _ in 0..2_usize {
                acc2 *= (0.2
                    * f053(
                        DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * *x1
                            - DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * acc1,
                        *x1 + acc1,
                        true,
                    ))
                .cos();
            }
            acc1 = acc1.tanh() + (0.2 * acc2).cos();
        }
        1 | 2 => {
            acc1 *= (0.5 * (0.5 * *x1).powi(2)).cos();
        }
        _ => {
            acc1 += (x1.powi(2) + 0.5).sqrt();
        }
    }
    let s3 = x0[(0, 2)] + x0.mean();
    tanh(
        &(0.02
            * (x0
                * tanh(&(0.02 * (x0.rows(1, 1).norm_squared() * DMatrix::identity(5, 5))))
                * (0.2 * acc1).exp()
                * (0.1 * s3).exp())),
    ) + DMatrix::from_element(2, 5, 1.0) * (x0.sum() + *x1)
}

#[test]
fn check_f247() {
    passes_at_random_points(247, "f247", |rng| {
        f247::check(&rng.matrix(2, 5), &rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f248(x0: &DVector<f64>, x1: &DMatrix<f64>, q: &TwoLayer) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(1);
    for (_, &e2) in x1.iter().enumerate() {
        let m4 = add_bias(&DMatrix::zeros(1, 1), &acc1) - add_bias(&DMatrix::zeros(1, 1), x0)
            + q.first.w.rows(3, 1).into_owned();
        acc1 += (0.5
            * (0.01 * (&m4 * m4.column(0).into_owned())).map(|e| e.tanh()).map(|u| u * e2))
        .map(|e| e.tanh());
    }
    let m5 = x1 + q.gain * DMatrix::identity(3, 3);
    (0.01 * (q.gain.min(q.first.w.mean()) + acc1.mean() + m5.norm_squared())).sin()
        + (x0.sum()
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f248() {
    passes_at_random_points(248, "f248", |rng| {
        f248::check(
            &rng.vector(1),
            &rng.matrix(3, 3),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 1), b: rng.vector(4) },
                second: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f249(x0: DVector<f64>, x1: f64, n: usize, flag: bool, case: usize) -> f64 {
    let v2 = {
        let s1 = x1 + x1 * 0.5;
        &x0 * (0.2 * s1).exp()
    };
    let mut acc3: DMatrix<f64> = DMatrix::from_element(2, 2, 0.75);
    for &e4 in &x0 {
        let s8 = if n > 3 {
            x0.sum()
        } else if flag {
            let s7 = {
                let v6 = x0.clone();
                (0.01 * v2.norm_squared()).tanh() + v6.norm_squared()
            };
            s7.sin()
        } else {
            -x0[1]
        };
        acc3 = acc3.map(|e| e.sin())
            + tanh(
                &(0.5
                    * (sigmoid(
                        &(0.02
                            * (x1 * DMatrix::identity(2, 2) * (s8 * DMatrix::identity(2, 2)))
                                .component_mul(&ln(
                                    &(x1 * DMatrix::identity(2, 2)).map(|e| e * e + 0.5)
                                ))),
                    ) * (0.2 * e4).exp())),
            );
    }
    let m10 = match case {
        0 => ln(&tanh(&(0.5 * &acc3)).map(|e| e * e + 0.5)),
        1 | 2 => sigmoid(&(0.5 * &acc3)),
        _ => {
            let m9 = softmax(&(0.01 * (x1 * &acc3 * add_bias(&acc3, &v2))));
            log_softmax(&acc3) - (&m9 - x1 * DMatrix::identity(2, 2))
        }
    };
    (0.01 * (f199(x1 * DMatrix::identity(3, 4), 3) + v2.mean() + m10.norm_squared())).tanh()
        + (x0.sum() + x1)
}

#[test]
fn check_f249() {
    passes_at_random_points(249, "f249", |rng| {
        f249::check(rng.vector(2), rng.scalar(), 2, rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f250(x0: &DMatrix<f64>, x1: DVector<f64>, q: &TwoLayer, n: usize, flag: bool) -> f64 {
    let mut acc1: f64 = 1.0;
    for _ in 0..x0.ncols() {
        acc1 -= (0.02
            * f003(
                &softmax(&(q.gain * DMatrix::identity(2, 4))),
                &(q.gain * DMatrix::identity(2, 2))
                    .component_mul(&q.first.w.rows(1, 2).into_owned()),
                q,
            ))
        .sin();
    }
    let mut acc2: f64 = 0.5;
    if n > 2 {
        acc2 = acc2 * 0.5 + q.gain / (2.0 + (0.5 * q.gain).cos());
    } else if flag {
        let v3 = (0.01
            * (add_bias(&q.first.w, &q.first.b)
                * (q.gain * DMatrix::identity(2, 4) * &q.second.b)))
            .map(|e| e.tanh());
        acc2 += q.first.b[2] + v3.norm_squared();
    } else {
        acc2 += q.first.b.sum();
    }
    (0.05 * (acc1.max(q.gain) + x1.norm_squared())).sin()
        + acc2
        + (x0.sum()
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f250() {
    passes_at_random_points(250, "f250", |rng| {
        f250::check(
            &rng.matrix(2, 3),
            rng.vector(2),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
            3,
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f251(x0: DVector<f64>) -> f64 {
    let mut w1: DMatrix<f64> = DMatrix::zeros(3, 4);
    for i in 0..w1.nrows() {
        w1[(i, 0)] = 0.5 * x0[i];
    }
    assert_eq!(w1.shape(), (3, 4));
    (0.01 * w1.norm_squared()).tanh().max((0.05 * x0.norm_squared()).tanh()) + x0.sum()
}

#[test]
fn check_f251() {
    passes_at_random_points(251, "f251", |rng| f251::check(rng.vector(3)));
}

#[differentiable]
fn f252(x0: &DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(5, 5, 1.5);
    acc1 -= x0;
    let mut w2: DMatrix<f64> =
        (x0.columns(1, 3).mean() * DMatrix::identity(4, 5)).map(|e| (0.5 * e).powi(3));
    for i in 0..w2.nrows() {
        w2[(i, 1)] = 0.2 * ((0.01 * x0.norm_squared()).tanh() - w2.column(i).mean());
    }
    (0.05 * (acc1.mean() - w2.sum())).sin() + x0.sum()
}

#[test]
fn check_f252() {
    passes_at_random_points(252, "f252", |rng| f252::check(&rng.matrix(5, 5)));
}

#[differentiable]
fn f253(x0: f32, x1: DMatrix<f32>) -> f32 {
    let c1: DMatrix<f32> = DMatrix::from_element(2, 3, 0.25);
    let v3 = {
        let s2 = (0.5 * x0).cos();
        DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * s2
            - DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x0
    };
    (0.02 * (x0 / (2.0 + c1.columns(1, 1).norm_squared().tanh()) + x1.sum() + v3.norm_squared()))
        .tanh()
        + (x0 + x1.sum())
}

#[test]
fn check_f253() {
    passes_at_random_points(253, "f253", |rng| f253::check(rng.scalar(), rng.matrix(2, 2)));
}

#[differentiable]
fn f254(x0: &DMatrix<f64>, x1: DVector<f64>, x2: &DMatrix<f64>, case: usize) -> DMatrix<f64> {
    let m1 = match case {
        0 => sigmoid(
            &(0.02
                * (x1[1]
                    * DMatrix::identity(2, 3)
                    * (x1.norm_squared() * DMatrix::identity(3, 2)))),
        ),
        1 | 2 => sigmoid(&(0.02 * (x0 * f235(&x0.mean())))),
        _ => {
            mse(
                &(x1[0] * DMatrix::identity(3, 3)),
                &tanh(&(0.05 * (x0.norm_squared() * DMatrix::identity(3, 3)))),
            ) * tanh(&(0.5 * x0))
        }
    };
    let mut acc2 = (0.01 * m1.rows(0, 2).norm_squared()).tanh()
        * (0.05 * x0.columns(0, 2).norm_squared()).sin();
    for (_, &e3) in m1.iter().enumerate() {
        let m8 = if e3.max(acc2) > 2.0 {
            let s6 = {
                let v5 = x1.clone();
                (0.5 * (0.2 * acc2).tanh()).tan() + v5.sum()
            };
            tanh(&(0.02 * (f235(&x0.sum()) * (0.2 * s6).exp())))
        } else {
            let m7 = f210(&x1);
            tanh(&(0.02 * (add_bias(&DMatrix::zeros(2, 3), &x1) * (e3 * DMatrix::identity(3, 2)))))
                + &m7
        };
        acc2 *= (0.1 * ((0.02 * (e3 * x1[0])).sin().cos() + m8.sum())).cos();
    }
    let m10 = {
        let v9 = &x1 * acc2;
        tanh(&(0.1 * &m1)) * (0.01 * v9.norm_squared()).exp()
    };
    tanh(
        &(0.05
            * (x2.component_div(&add_bias(&DMatrix::zeros(2, 3), &x1).map(|e| 2.0 + e.sin()))
                * (0.2 * m10.mean()).exp())),
    ) + DMatrix::from_element(2, 3, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f254() {
    passes_at_random_points(254, "f254", |rng| {
        f254::check(&rng.matrix(2, 2), rng.vector(2), &rng.matrix(2, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f255(x0: &DMatrix<f64>, case: usize) -> f64 {
    let s2 = {
        let m1 = x0.component_mul(
            &(x0 - softmax(&(0.01 * (x0.norm_squared() * DMatrix::identity(4, 3))))),
        );
        assert_eq!(x0.shape(), (4, 3));
        x0.column(2).mean() / (2.0 + (0.02 * m1.sum()).sin().cos())
    };
    let mut acc3: f64 = 1.0;
    for i in 0..x0.ncols() {
        let s5 = match case {
            0 => {
                let m4 = acc3 * DMatrix::identity(3, 4) * s2;
                (1.0 + (0.01 * m4.norm_squared()).tanh().min(acc3).powi(2))
                    .powf(0.5 * (0.5 * acc3).tanh())
            }
            1 | 2 => {
                assert_eq!(x0.shape(), (4, 3));
                (0.05 * x0.row(i).norm_squared()).tanh()
            }
            _ => {
                acc3 = acc3 * 0.5
                    + (0.2
                        * f108(
                            &(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * s2),
                            &(s2 * DMatrix::identity(1, 1)),
                        ))
                    .tanh();
                acc3.sin()
            }
        };
        acc3 = (0.5 * acc3).tanh()
            + (0.05
                * f230(
                    &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75, 0.4]) * s5),
                    (0.5 * s2).powi(2),
                ))
            .tanh();
    }
    let s6 = if s2 > 0.25 {
        f239((0.5 * acc3).abs(), &ln(&x0.map(|e| e * e + 0.5)), 2)
    } else {
        x0[(2, 1)].max(s2)
            / (2.0
                + (0.1 * f122(s2, &(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * acc3), acc3))
                    .sin())
    };
    (0.05 * f186(&(x0.mean() * DMatrix::identity(3, 3)), &(s6 * DMatrix::identity(4, 4)), case))
        .tanh()
        + x0.sum()
}

#[test]
fn check_f255() {
    passes_at_random_points(255, "f255", |rng| f255::check(&rng.matrix(4, 3), rng.int(0, 3)));
}

#[differentiable]
fn f256(x0: &DMatrix<f64>, x1: &f64) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(1, 3, 0.5);
    for _ in 0..x0.nrows() {
        acc1 = acc1.map(|e| e.sin()) + softmax(&(*x1 * DMatrix::identity(1, 3)));
    }
    for &e2 in x0.iter() {
        for _ in 0..x0.ncols() {
            acc1 += tanh(&(0.2 * (e2 * DMatrix::identity(1, 3) + *x1 * DMatrix::identity(1, 3))));
        }
        acc1 *=
            (0.5 * ((1.0 + e2.powi(2)).powf(0.5 * (0.5 * *x1).tanh()).powi(2) + 1.0).ln()).sin();
    }
    let mut w4: DMatrix<f64> = DMatrix::zeros(2, 3);
    for i in 0..w4.nrows() {
        w4[(i, 1)] = *x1 * w4.mean();
    }
    (0.01
        * (f023(&(*x1 * DMatrix::identity(2, 1)), &(*x1 * DMatrix::identity(1, 1)))
            + acc1.norm_squared()))
    .sin()
        + w4.sum()
        + (x0.sum() + *x1)
}

#[test]
fn check_f256() {
    passes_at_random_points(256, "f256", |rng| f256::check(&rng.matrix(2, 3), &rng.scalar()));
}

#[differentiable]
fn f257(x0: f64, x1: f64, s: &Stack, case: usize) -> f64 {
    let mut h1 = 0.5 * s.layers[1].b.map(|e| f101(e));
    for layer2 in s.layers.iter() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    let m3 = log_softmax(&(s.layers[1].w.mean() * DMatrix::identity(5, 5)));
    let mut acc4: DVector<f64> = DVector::zeros(2);
    match case {
        0 => {
            acc4 = &acc4 * 0.5 + &s.layers[0].w * s.layers[0].w.column(1).into_owned();
        }
        1 | 2 => {
            acc4 = acc4.map(|e| e.tanh())
                + s.layers[0].b.map(|e| {
                    let t5 = (0.5 * e).exp();
                    f092(t5)
                });
        }
        _ => {
            let v6 = (0.05
                * ((&s.layers[0].w + &s.layers[1].w)
                    * (&h1 - s.layers[0].w.column(1).into_owned())))
            .map(|e| e.tanh());
            acc4 = &acc4 * 0.5 + v6.map(|e| f229(&(e - e.sin()), e, true));
        }
    }
    (0.05 * ((0.5 * x0).sin() + x1 + h1.norm_squared() + m3.mean() + acc4.mean())).tanh()
        + (x0
            + x1
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f257() {
    passes_at_random_points(257, "f257", |rng| {
        f257::check(
            rng.scalar(),
            rng.scalar(),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                ],
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f258(x0: &DMatrix<f32>, n: usize) -> f32 {
    let mut acc1: f32 = 0.0;
    for &e2 in x0.iter() {
        for _ in 0..n {
            acc1 -= (0.5 * (e2.powi(2) + 1.0).ln()).tanh();
        }
        acc1 *= (0.1 * f119(&(e2 * (e2 * DMatrix::identity(2, 5))))).cos();
    }
    let mut acc4: f32 = 1.0;
    for _ in 0..n {
        acc4 += (0.2
            * cross_entropy(x0, &[2, 0, 0]).max(x0.column(0).sum() / (1.0 + (0.2 * acc1).powi(2))))
        .tanh();
    }
    let s8 = {
        let m5 = x0 - x0 * 0.5;
        let mut w7: DVector<f32> = (DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * acc1)
            .map(|u| {
                let t6 = u;
                acc1 + t6
            });
        for i in 0..w7.len() {
            w7[i] = 0.2 * acc1.max(acc4);
        }
        (0.01 * ((0.05 * (acc4 * acc1)).tanh() + m5.mean() + w7.norm_squared())).tanh()
    };
    (0.5 * acc4).sin() + s8 + x0.sum()
}

#[test]
fn check_f258() {
    passes_at_random_points(258, "f258", |rng| f258::check(&rng.matrix(3, 3), 3));
}

#[differentiable]
fn f259(x0: f64, x1: DMatrix<f64>, n: usize, case: usize) -> DVector<f64> {
    let mut acc1 = DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x1[(2, 2)]
        - DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0;
    for _ in 0..x1.nrows() {
        let x1 = tanh(&(0.5 * &x1));
        acc1 /= 2.0 + x1.mean().tanh();
    }
    let s5 = if n > 2 {
        let mut acc2 = x0 / (2.0 + (0.5 * x0).sin());
        match case {
            0 => {
                let mut w3: DVector<f64> =
                    (0.02 * (x1[(1, 2)] * DMatrix::identity(2, 4) * &acc1)).map(|e| e.tanh());
                for i in 0..w3.len() {
                    w3[i] = 0.5 * x0;
                }
                acc2 /= 2.0
                    + (0.2 * ((1.0 + x0.powi(2)).powf(0.5 * (0.5 * x0).tanh()) + w3.mean())).sin();
            }
            1 | 2 => {
                acc1 -= DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x0;
                acc2 += (x1.sum() - x0).max(x0 / (2.0 + (0.5 * x0).sin()));
            }
            _ => {
                let mut acc4: DVector<f64> = DVector::zeros(4);
                acc4 = &acc4 * 0.5 + &acc1;
                acc4 *= ((0.5 * x0).tanh().powi(2) + 1.0).ln().tanh();
                acc2 *= (0.2 * ((0.05 * (x0 * acc1[2])).tanh().tanh() + acc4.mean())).cos();
            }
        }
        (0.5 * (x0.powi(2) + 0.5).sqrt()).powi(2) + acc2
    } else if x0 > x0.sin() {
        (0.5 * x0).powi(2)
    } else {
        x0 * x1.mean()
    };
    (0.02 * (f110(&s5, x0, 4) * (0.02 * acc1.sum()).exp())).map(|e| e.tanh())
        + DVector::from_element(3, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f259() {
    passes_at_random_points(259, "f259", |rng| {
        f259::check(rng.scalar(), rng.matrix(3, 3), 3, rng.int(0, 3))
    });
}

#[differentiable]
fn f260(x0: f64, x1: &DMatrix<f64>, case: usize) -> f64 {
    let m1 = add_bias(x1, &x1.column(2).into_owned());
    let mut acc2 = f254(&(x0 * DMatrix::identity(2, 2)), m1.column(1).into_owned(), &m1, case);
    acc2 = &acc2 * 0.5 + tanh(&(0.2 * &m1));
    (0.05 * ((0.02 * (x0 * DMatrix::identity(2, 3)).norm_squared()).tanh() + acc2.sum())).sin()
        + (x0 + x1.sum())
}

#[test]
fn check_f260() {
    passes_at_random_points(260, "f260", |rng| {
        f260::check(rng.scalar(), &rng.matrix(2, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f261(x0: DMatrix<f32>, p: &TwoLayer32) -> f32 {
    assert_eq!(p.second.b.len(), 2);
    let mut w1: DMatrix<f32> = DMatrix::zeros(1, 5);
    for i in 0..w1.nrows() {
        w1[(i, 1)] = 0.5 * p.gain;
    }
    (0.02 * ((0.5 * (0.5 * p.gain).tanh()).tan() + x0.mean() + w1.norm_squared())).tanh()
        + (x0.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f261() {
    passes_at_random_points(261, "f261", |rng| {
        f261::check(
            rng.matrix(3, 5),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f262(x0: f32, x1: DMatrix<f32>, case: usize) -> DVector<f32> {
    let mut acc1: f32 = 0.5;
    acc1 *= (2.0 + (x1.row(2).mean() + x1.sum()).sin()).ln().sin();
    acc1 = acc1.tanh() + f038(&-(x0 * DMatrix::identity(2, 4)), -x0, case);
    acc1 -= x0 * x1[(0, 0)];
    -(DVector::from_column_slice(&[-1.0, 0.25]) * x1.mean()) * (0.02 * acc1).exp()
        + DVector::from_element(2, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f262() {
    passes_at_random_points(262, "f262", |rng| {
        f262::check(rng.scalar(), rng.matrix(4, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f263(x0: &DMatrix<f64>, case: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(3, 3);
    match case {
        0 => {
            acc1 = &acc1 * 0.5 + x0 * x0;
        }
        1 | 2 => {
            acc1 -= tanh(&(0.5 * x0));
        }
        _ => {
            let mut w2: DVector<f64> = DVector::from_column_slice(&[-0.5, 0.3]) * x0.row(0).sum()
                + DVector::from_column_slice(&[-1.0, 0.25]) * acc1.norm_squared();
            for i in 0..w2.len() {
                w2[i] = acc1.sum() / (1.0 + (0.5 * x0[(2, 1)]).powi(2));
            }
            acc1 -= ln(&(x0 - tanh(&(0.5 * x0))).map(|e| e * e + 0.5))
                * (0.01 * w2.norm_squared()).exp();
        }
    }
    let m3 = softmax(&(x0 / (1.0 + (0.02 * x0.norm_squared()).tanh().powi(2))));
    let mut w4: DMatrix<f64> = (acc1.mean() * DMatrix::identity(3, 2)).transpose();
    for i in 0..w4.nrows() {
        w4[(i, 0)] += 0.5 * (0.5 * x0.mean()).powi(3);
    }
    (0.02 * ((0.05 * x0.column(0).norm_squared()).tanh().abs() + m3.norm_squared() + w4.sum()))
        .sin()
        + x0.sum()
}

#[test]
fn check_f263() {
    passes_at_random_points(263, "f263", |rng| f263::check(&rng.matrix(3, 3), rng.int(0, 3)));
}

#[differentiable(wrt(x0))]
fn f264(x0: f64, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let mut acc1: f64 = 0.0;
    for i in 0..3_usize {
        acc1 *= (0.05
            * f000(
                &exp(&(0.5 * (x0 * DMatrix::identity(3, 4)))),
                &((0.05
                    * (DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x1.row(i).norm_squared()))
                .map(|e| e.tanh())
                    * (0.05 * x1.row(i).norm_squared()).sin()),
                &(x0 * DMatrix::identity(4, 2) * (x0 * DMatrix::identity(2, 3))),
            ))
        .tanh()
        .cos();
    }
    let mut w2: DMatrix<f64> = DMatrix::zeros(2, 2);
    for i in 0..w2.nrows() {
        w2[(i, 0)] += 0.2 * (x0 + acc1);
    }
    x1.transpose() * (0.2 * w2.sum()).exp() + DMatrix::from_element(4, 4, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f264() {
    passes_at_random_points(264, "f264", |rng| f264::check(rng.scalar(), &rng.matrix(4, 4)));
}

#[differentiable]
fn f265(x0: f64, s: &Stack) -> f64 {
    let mut acc1 = DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0 - &s.layers[2].b;
    if x0 - (0.5 * x0).tanh() > x0 {
        let mut acc2: DVector<f64> = DVector::zeros(4);
        for (&e3, &e4) in s.layers[0].w.iter().zip(s.layers[0].w.iter().skip(1)) {
            let c5: DMatrix<f64> = DMatrix::from_element(5, 4, 1.5);
            acc2 *= (0.5 * ((0.5 * e4.max(e3)).tanh() * (0.1 * c5.sum()).exp())).tanh();
        }
        acc1 = acc1.map(|e| e.sin())
            + (&s.layers[2].b / (2.0 + (0.01 * s.layers[0].w.norm_squared()).tanh().tanh())
                + &acc2);
    }
    let m6 = exp(&(0.5 * &s.layers[1].w));
    (0.02 * ((0.5 * (0.5 * x0).tanh()).tan() + acc1.sum())).sin()
        + m6.mean()
        + (x0
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f265() {
    passes_at_random_points(265, "f265", |rng| {
        f265::check(
            rng.scalar(),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                ],
            },
        )
    });
}

#[differentiable]
fn f266(x0: DMatrix<f64>, x1: DVector<f64>, case: usize, labels: &[usize]) -> DVector<f64> {
    let m1: DMatrix<f64> = x0.transpose();
    let s3 = {
        let v2 = &x1 * x0.row(2).sum();
        (0.02 * (cross_entropy(&(m1.mean() * DMatrix::identity(4, 4)), labels) + v2.norm_squared()))
            .tanh()
    };
    let mut acc4: DMatrix<f64> = DMatrix::from_element(1, 4, 2.0);
    if s3 - s3.sin() > s3 {
        acc4 = acc4.map(|e| e.sin())
            + tanh(&(0.5 * &m1))
                .component_div(&(m1.columns(3, 1).into_owned() * &m1).map(|e| e * e + 0.5));
    } else {
        let s5 = match case {
            0 => (0.05
                * f186(
                    &add_bias(
                        &(s3 * DMatrix::identity(3, 3)),
                        &(DVector::from_column_slice(&[0.5, -0.25, 1.0]) * s3),
                    ),
                    &log_softmax(&(x1.mean() * DMatrix::identity(4, 4))),
                    0,
                ))
            .tanh(),
            1 | 2 => s3 - s3.tanh(),
            _ => cross_entropy(&log_softmax(&(s3 * DMatrix::identity(4, 4))), labels),
        };
        acc4 += ln(&exp(&(0.5 * ln(&exp(&(0.2 * &m1)))))) * (0.1 * s5).exp();
    }
    &x1 / (1.0 + (0.5 * x1.sum()).powi(2)) * (0.05 * acc4.sum()).exp()
        + DVector::from_element(1, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f266() {
    passes_at_random_points(266, "f266", |rng| {
        f266::check(rng.matrix(4, 1), rng.vector(1), rng.int(0, 3), &[0, 0, 2, 2])
    });
}

#[differentiable]
fn f267(x0: &DMatrix<f64>, x1: &DVector<f64>) -> f64 {
    let s1 = f092(x0.sum());
    let mut acc2: DVector<f64> = DVector::zeros(2);
    for (_, &e3) in x0.iter().enumerate() {
        let mut acc5: DMatrix<f64> = DMatrix::zeros(2, 2);
        for j in 0..x0.nrows() {
            assert_eq!(acc2.len(), 2);
            acc2 = &acc2 * 0.5 + (0.1 * (x1 - acc5.column(j).into_owned())).map(|e| e.tanh());
            acc5 = tanh(&(0.2 * &acc5))
                + tanh(
                    &(0.5 * softmax(x0).component_div(&sigmoid(&(0.5 * x0)).map(|e| e * e + 0.5))),
                );
        }
        acc2 -= (0.05 * ((x1 - acc5.column(0).into_owned()) * (0.2 * e3).exp())).map(|e| e.tanh());
    }
    let mut acc6: DVector<f64> = DVector::zeros(2);
    for (_, &e7) in x0.iter().enumerate() {
        let c9 = x1.len() as f64;
        acc6 *= (0.1 * (((0.05 * x0.norm_squared()).tanh().cos() + e7) * (0.5 * c9).exp())).sin();
    }
    (0.02 * ((1.0 + s1.powi(2)).powf(0.5 * (0.2 * acc2.sum()).tanh()) + acc6.norm_squared())).tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f267() {
    passes_at_random_points(267, "f267", |rng| f267::check(&rng.matrix(2, 2), &rng.vector(2)));
}

#[differentiable]
fn f268(x0: &DMatrix<f64>, x1: &DVector<f64>) -> f64 {
    let m1 = sigmoid(&(0.5 * (x0[(2, 0)] * DMatrix::identity(3, 1))))
        * x0.rows(0, 1).into_owned().map(|e| (0.5 * e).tanh());
    let mut acc2 = m1.mean().powi(2)
        * tanh(
            &(0.05
                * (add_bias(&DMatrix::zeros(3, 1), x1)
                    * (x0.rows(0, 3).norm() * DMatrix::identity(1, 3)))),
        );
    acc2 = acc2.map(|e| e.sin()) + -&m1;
    (0.05 * ((DVector::from_column_slice(&[0.5]) * x1[2]).mean() + acc2.norm_squared())).tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f268() {
    passes_at_random_points(268, "f268", |rng| f268::check(&rng.matrix(3, 3), &rng.vector(3)));
}

#[differentiable]
fn f269(x0: &DVector<f64>, x1: &DMatrix<f64>, flag: bool) -> DVector<f64> {
    let v6 = if flag {
        let mut acc1: f64 = 0.0;
        for i in 0..x0.len() {
            acc1 /= 2.0 + (0.5 * (x0[i].powi(2) + 0.5).sqrt()).cos();
        }
        acc1.max(x0[1]) * (DVector::from_column_slice(&[0.5, -0.25]) * acc1)
    } else if (0.02 * x1.norm_squared()).sin() < 0.25 {
        (0.05 * f174(&x0.dot(x0), &DVector::from_element(2, 0.25))).map(|e| e.tanh())
    } else {
        let mut acc2: DVector<f64> = DVector::zeros(2);
        for (_, &e3) in x0.iter().enumerate() {
            let m5 = x1.transpose().map(|u| u + e3).map(|e| e * 0.5);
            acc2 = acc2.map(|e| e.sin())
                + (0.02
                    * ((0.5 * e3).abs()
                        * (x1.rows(1, 2).into_owned() * x0)
                        * (0.2 * m5.mean()).exp()))
                .map(|e| e.tanh());
        }
        x1.rows(0, 2).into_owned() * x0 + &acc2
    };
    let mut acc7: f64 = 0.5;
    for _ in 0..x1.ncols() {
        let mut acc8: DMatrix<f64> = DMatrix::zeros(3, 2);
        acc8 += tanh(&(0.1 * (acc7 * DMatrix::identity(2, 2) * x1.transpose()).transpose()));
        acc7 -= (0.05 * f172(x0.norm_squared(), &(acc8.norm_squared() * DMatrix::identity(1, 3))))
            .tanh();
    }
    let m11: DMatrix<f64> = x1
        .map(|e| {
            let t9 = e;
            t9 * 0.5
        })
        .map(|e| {
            let t10 = e * e.tanh();
            (0.5 * e.tanh()).tan() + t10
        });
    (0.02 * (&v6 * (0.2 * acc7).exp())).map(|e| e.tanh()) * (0.1 * m11.sum()).exp()
        + DVector::from_element(2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f269() {
    passes_at_random_points(269, "f269", |rng| {
        f269::check(&rng.vector(2), &rng.matrix(3, 2), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f270(x0: f32, flag: bool) -> f32 {
    let s3 = if flag {
        let s1 = (0.5 * x0).cos();
        (s1 * DMatrix::identity(2, 4) * (x0 * DMatrix::identity(4, 4))).norm()
    } else if x0 > 1.25 {
        ((x0 * (0.5 * x0).tanh()).powi(2) + 1.0).ln()
    } else {
        let s2: f32 = (0.5 * (0.5 * x0).tanh()).tan();
        mse(&(s2 * DMatrix::identity(5, 5)), &(x0 * DMatrix::identity(5, 5)))
    };
    let mut acc4: f32 = 0.5;
    if x0 > 1.25 {
        acc4 *= (0.1 * (s3 / (2.0 + (0.1 * s3).cos()))).cos();
    }
    (0.05 * (x0 + s3 + acc4)).sin() + x0
}

#[test]
fn check_f270() {
    passes_at_random_points(270, "f270", |rng| f270::check(rng.scalar(), rng.uniform() < 0.5));
}

#[differentiable(wrt(x0, x1))]
fn f271(x0: f64, x1: f64, x2: &DMatrix<f64>) -> f64 {
    let s1 = x2.mean();
    let s2 = if x0 < 0.5 { ((0.5 * x1).sin().powi(2) + 1.0).ln() } else { (0.5 * x0).powi(3) };
    let x1 = x1.sin();
    (DVector::from_column_slice(&[0.75, -0.5, 0.3]) * s1).mean() + s2 + x1 + (x0 + x1 + x2.sum())
}

#[test]
fn check_f271() {
    passes_at_random_points(271, "f271", |rng| {
        f271::check(rng.scalar(), rng.scalar(), &rng.matrix(2, 2))
    });
}

#[differentiable]
fn f272(x0: &f64, x1: f64) -> DMatrix<f64> {
    let x0 = *x0 * 0.5;
    let m1 = softmax(&(0.2 * (x1 * DMatrix::identity(3, 4) * x1)));
    tanh(
        &(0.02 * (m1.map(|u| f062(u, &DVector::from_element(4, 1.25), 3) + x1) * (0.5 * x0).exp())),
    ) + DMatrix::from_element(3, 4, 1.0) * (x0 + x1)
}

#[test]
fn check_f272() {
    passes_at_random_points(272, "f272", |rng| f272::check(&rng.scalar(), rng.scalar()));
}

#[differentiable]
fn f273(x0: &DMatrix<f32>) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::from_element(4, 3, 1.5);
    acc1 = tanh(&acc1) + relu(x0);
    let m2 = if x0.columns(0, 2).sum() < (0.01 * acc1.norm_squared()).tanh() {
        add_bias(&(x0.columns(2, 1).sum() * DMatrix::identity(4, 4)), &x0.column(1).into_owned())
            - add_bias(
                &tanh(&(0.01 * (acc1.norm_squared() * DMatrix::identity(4, 4)))),
                &acc1.column(1).into_owned(),
            )
    } else {
        f167((0.02 * acc1.row(0).norm_squared()).tanh() * acc1.rows(2, 2).mean())
    };
    acc1 = &acc1 * 0.5 + relu(x0);
    (1.0 + (0.02 * m2.sum()).tanh().powi(2))
        .powf(0.5 * (0.01 * acc1.columns(0, 3).norm_squared()).sin().tanh())
        + x0.sum()
}

#[test]
fn check_f273() {
    passes_at_random_points(273, "f273", |rng| f273::check(&rng.matrix(4, 3)));
}

#[differentiable]
fn f274(x0: f64, x1: DMatrix<f64>) -> f64 {
    let s1 = f009(f092(x0), &(x1.column(0).into_owned() + x1.column(2).into_owned()));
    let x1 = x1.map(|e| e.sin())
        + tanh(&(0.05 * (s1 * DMatrix::identity(3, 2) * (x0 * DMatrix::identity(2, 3)))));
    (0.05 * ((0.2 * s1).sin() + x1.norm_squared())).tanh() + (x0 + x1.sum())
}

#[test]
fn check_f274() {
    passes_at_random_points(274, "f274", |rng| f274::check(rng.scalar(), rng.matrix(3, 3)));
}

#[differentiable]
fn f275(x0: &DVector<f64>, x1: DMatrix<f64>, s: &Stack) -> DMatrix<f64> {
    let mut h1 = 0.1 * (s.layers[0].w.columns(0, 2).norm() * &s.layers[0].b);
    for (i, layer2) in s.layers.iter().enumerate() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh()) * (1.0 / (i as f64 + 1.0));
    }
    let m3 = add_bias(&DMatrix::zeros(2, 3), &s.layers[1].b) * &x1;
    let v4 = &s.layers[2].b * s.layers[2].b.mean();
    tanh(
        &(0.02
            * ((&m3 + s.layers[1].w.columns(0, 1).sum() * DMatrix::identity(2, 3))
                * (0.2 * x0.mean()).exp())),
    ) * (0.5 * h1.sum()).exp()
        * (0.1 * v4.mean()).exp()
        + DMatrix::from_element(2, 3, 1.0)
            * (x0.sum()
                + x1.sum()
                + s.layers[0].w.sum()
                + s.layers[0].b.sum()
                + s.layers[1].w.sum()
                + s.layers[1].b.sum()
                + s.layers[2].w.sum()
                + s.layers[2].b.sum())
}

#[test]
fn check_f275() {
    passes_at_random_points(275, "f275", |rng| {
        f275::check(
            &rng.vector(3),
            rng.matrix(3, 3),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                ],
            },
        )
    });
}

#[differentiable]
fn f276(x0: &f32, n: usize, case: usize) -> f32 {
    let mut acc1: f32 = 1.0;
    for _ in 0..2_usize {
        let mut acc2 = (x0.powi(2) + 0.5).sqrt() / (1.0 + (0.2 * (0.5 * acc1).exp()).powi(2));
        for _ in 0..n {
            acc1 = acc1 * 0.5 + (0.5 * *x0).tanh();
            acc2 -= (0.5 * *x0).tanh();
        }
        let s4 = if *x0 - acc2 < *x0 {
            (x0.powi(2) + 0.5).sqrt()
        } else {
            let c3: f32 = 0.4;
            c3.min(*x0)
        };
        acc1 += (0.05 * ((0.2 * (*x0 + acc2)).powi(3) + s4)).tanh();
    }
    let mut w5: DMatrix<f32> = (*x0 * DMatrix::identity(2, 4)).map(|e| e * 0.5);
    for i in 0..w5.nrows() {
        w5[(i, 2)] = 0.5 * *x0;
    }
    acc1 = acc1.sin()
        + f173(
            &log_softmax(&(*x0 * DMatrix::identity(3, 3))),
            *x0 * (0.5 * *x0).tanh(),
            3,
            true,
            case,
        );
    (0.05 * (acc1 + w5.sum())).tanh() + *x0
}

#[test]
fn check_f276() {
    passes_at_random_points(276, "f276", |rng| f276::check(&rng.scalar(), 3, rng.int(0, 3)));
}

#[differentiable]
fn f277(x0: &f32, x1: f32, x2: DMatrix<f32>, n: usize, flag: bool, case: usize) -> DMatrix<f32> {
    let s1 = if flag { ((x2.sum() + x1).powi(2) + 1.0).ln() } else { *x0 + x1 };
    let mut acc2: DVector<f32> = DVector::zeros(5);
    if flag {
        acc2 *=
            (0.2 * (s1 / (2.0 + (0.5 * x1).tanh())).max((0.01 * x2.norm_squared()).sin())).tanh();
    } else {
        for _ in 0..n {
            acc2 *= (0.2
                * f228(
                    (DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x1).map(|e| e - e.sin()),
                    3,
                    case,
                ))
            .tanh();
        }
        acc2 =
            acc2.map(|e| e.sin()) + DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5, 0.3]) * s1;
    }
    tanh(
        &(0.05
            * (log_softmax(&(0.2 * add_bias(&DMatrix::zeros(5, 4), &acc2)))
                * (0.2 * *x0).exp()
                * (0.05 * x2.sum()).exp())),
    ) + DMatrix::from_element(5, 4, 1.0) * (*x0 + x1 + x2.sum())
}

#[test]
fn check_f277() {
    passes_at_random_points(277, "f277", |rng| {
        f277::check(
            &rng.scalar(),
            rng.scalar(),
            rng.matrix(4, 4),
            2,
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable(wrt(x0))]
fn f278(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let x1 = tanh(&(0.5 * x1));
    let mut acc1: DMatrix<f64> = DMatrix::zeros(2, 2);
    for (&e2, &e3) in x0.iter().zip(x0.iter().skip(1)) {
        acc1 += tanh(&(0.5 * (tanh(&(0.05 * (f095(x0) * (0.2 * e2).exp()))) * (0.2 * e3).exp())));
    }
    (2.0 + acc1.mean().sin()).ln() + x1.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f278() {
    passes_at_random_points(278, "f278", |rng| f278::check(&rng.matrix(2, 2), &rng.matrix(2, 2)));
}

#[differentiable]
fn f279(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> DVector<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 4, 1.25);
    for _ in 0..x1.ncols() {
        acc1 -= tanh(&(0.2 * exp(&(0.5 * x0))));
    }
    let x1 = tanh(&(0.5 * x1));
    (0.05 * ((x0.column(2).into_owned() + acc1.column(1).into_owned()) * x1.mean().exp()))
        .map(|e| e.tanh())
        + DVector::from_element(4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f279() {
    passes_at_random_points(279, "f279", |rng| f279::check(&rng.matrix(4, 4), &rng.matrix(2, 4)));
}

#[differentiable(wrt(x0, x1))]
fn f280(x0: &DMatrix<f64>, x1: f64, q: &TwoLayer) -> DVector<f64> {
    let v1 = DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * q.gain;
    let mut acc2: DVector<f64> = DVector::zeros(4);
    for _ in 0..x0.ncols() {
        let mut w3: DVector<f64> = DVector::zeros(4);
        for j in 0..w3.len() {
            w3[j] = (0.5 * q.gain).sin();
        }
        acc2 -= (0.2 * (&w3 - &q.second.b)).map(|e| e.tanh());
    }
    let mut acc4: DVector<f64> = DVector::zeros(4);
    for _ in 0..q.second.w.nrows() {
        let m5 = exp(&(0.1 * (x0 * (q.gain * DMatrix::identity(4, 4)))));
        acc4 -= (0.2 * (&v1 * (0.05 * m5.sum()).exp())).map(|e| e.tanh());
    }
    (0.05 * (add_bias(&DMatrix::zeros(4, 4), &acc4) * &acc4)).map(|e| e.tanh()) * (0.2 * x1).exp()
        + &acc2
        + DVector::from_element(4, 1.0)
            * (x0.sum()
                + x1
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f280() {
    passes_at_random_points(280, "f280", |rng| {
        f280::check(
            &rng.matrix(2, 4),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f281(x0: &DVector<f64>, x1: &DVector<f64>, x2: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(3);
    acc1 *= (0.1 * f199(x2.mean() * DMatrix::identity(3, 4), 3)).cos();
    let s3 = if n > 2 {
        let s2 = acc1[1];
        x0[0] + s2
    } else {
        x0[0]
    };
    (0.05 * ((0.1 * x2.columns(1, 3).sum()).sin() + x1.norm_squared())).tanh()
        + acc1.norm_squared()
        + s3
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f281() {
    passes_at_random_points(281, "f281", |rng| {
        f281::check(&rng.vector(3), &rng.vector(4), &rng.matrix(4, 4), 2)
    });
}

#[differentiable]
fn f282(x0: f64) -> f64 {
    let s2 = {
        let s1 = x0 / (2.0 + (0.5 * x0).cos());
        (0.05 * (s1 * DMatrix::identity(3, 3)).dot(&(s1 * DMatrix::identity(3, 3)))).tanh()
    };
    let mut acc3: DMatrix<f64> = DMatrix::zeros(3, 3);
    for _ in 0..3_usize {
        acc3 =
            tanh(&(0.5 * &acc3)) + sigmoid(&(0.2 * exp(&(0.5 * (x0 * DMatrix::identity(3, 3))))));
    }
    x0 + s2 + acc3.sum() + x0
}

#[test]
fn check_f282() {
    passes_at_random_points(282, "f282", |rng| f282::check(rng.scalar()));
}

#[differentiable]
fn f283(x0: &DMatrix<f32>, x1: &DMatrix<f32>) -> DMatrix<f32> {
    let mut acc1: f32 = 0.5;
    for &e2 in x1.iter() {
        acc1 -= (0.2 * (e2 - x1.columns(0, 2).norm())).tanh();
    }
    let mut acc4 = add_bias(x1, &x1.column(0).into_owned());
    acc4 *= (0.2 * (acc1 / (2.0 + (0.2 * acc1).sin()))).cos();
    tanh(&(0.05 * (x0 * x1 * (0.01 * acc4.norm_squared()).exp())))
        + DMatrix::from_element(3, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f283() {
    passes_at_random_points(283, "f283", |rng| f283::check(&rng.matrix(3, 2), &rng.matrix(2, 2)));
}

#[differentiable]
fn f284(x0: &f64, x1: f64) -> DMatrix<f64> {
    let s1 = ((0.5 * (0.5 * x1).tanh()).tan().powi(2) + 1.0).ln();
    let mut acc2 = *x0 * DMatrix::identity(2, 4) - x1 * DMatrix::identity(2, 4);
    if -s1 > 0.3 {
        let s4 = {
            let s3 = (0.05 * (acc2.sum() + x1 + (0.01 * acc2.norm_squared()).tanh())).sin();
            x1 + s3
        };
        acc2 += s1 * DMatrix::identity(2, 4) * *x0 * (0.2 * s4).exp();
    } else {
        for _ in 0..acc2.ncols() {
            assert_eq!(acc2.shape(), (2, 4));
            acc2 -= sigmoid(&(0.5 * ln(&(*x0 * DMatrix::identity(2, 4)).map(|e| 2.0 + e.sin()))));
        }
        acc2 = &acc2 * 0.5 + s1 * DMatrix::identity(2, 4) * (s1 * DMatrix::identity(4, 4));
    }
    s1 * DMatrix::identity(2, 3) * (*x0 * DMatrix::identity(3, 4))
        + &acc2
        + DMatrix::from_element(2, 4, 1.0) * (*x0 + x1)
}

#[test]
fn check_f284() {
    passes_at_random_points(284, "f284", |rng| f284::check(&rng.scalar(), rng.scalar()));
}

#[differentiable(wrt(x0))]
fn f285(x0: &DMatrix<f64>, x1: f64) -> f64 {
    let x1 = (0.5 * x1).tanh();
    assert_eq!(x0.shape(), (4, 2));
    let s1 = (0.05 * (x0.sum() * x0[(1, 1)])).tanh();
    x1 + x0[(0, 0)] + s1 + (x0.sum() + x1)
}

#[test]
fn check_f285() {
    passes_at_random_points(285, "f285", |rng| f285::check(&rng.matrix(4, 2), rng.scalar()));
}

#[differentiable]
fn f286(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let m1: DMatrix<f64> = (x1.column(1).norm() * DMatrix::identity(2, 3)).transpose();
    let mut acc2: DVector<f64> = DVector::zeros(2);
    for (&e3, &e4) in m1.iter().zip(m1.iter().skip(1)) {
        acc2 /= 2.0 + (0.1 * (x1.mean() + e3 + e4)).cos();
    }
    let mut acc5: DVector<f64> = DVector::zeros(2);
    if acc2.sum() > 2.0 {
        acc5 -= &acc2;
    }
    (0.2 * x1.sum()).exp() + x0.mean() + acc5.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f286() {
    passes_at_random_points(286, "f286", |rng| f286::check(&rng.matrix(3, 2), &rng.matrix(3, 2)));
}

#[differentiable]
fn f287(x0: DVector<f64>, x1: &DMatrix<f64>, x2: DMatrix<f64>) -> DMatrix<f64> {
    let mut w1: DMatrix<f64> = DMatrix::zeros(3, 2);
    for i in 0..w1.nrows() {
        w1[(i, 0)] = w1.norm_squared().sin();
    }
    let v2 = w1.column(1).into_owned();
    let mut acc3: DMatrix<f64> = DMatrix::zeros(3, 3);
    for _ in 0..3_usize {
        acc3 = &acc3 * 0.5 + sigmoid(&(0.2 * (x1.column(0).sum() * DMatrix::identity(3, 3))));
    }
    tanh(&(0.05 * (acc3.component_div(&acc3.map(|e| e * e + 0.5)) * (0.1 * x0.sum()).exp())))
        * (0.1 * x2.sum()).exp()
        * (0.2 * v2.sum()).exp()
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f287() {
    passes_at_random_points(287, "f287", |rng| {
        f287::check(rng.vector(3), &rng.matrix(2, 2), rng.matrix(2, 2))
    });
}

#[differentiable]
fn f288(x0: f64, x1: &DVector<f64>, flag: bool) -> DMatrix<f64> {
    let mut w1: DVector<f64> = x0 * x1;
    for i in 0..w1.len() {
        w1[i] = 0.5 * x0.max((0.05 * x1.norm_squared()).tanh());
    }
    let mut acc2 = (0.05 * (&w1 * x1[0])).map(|e| e.tanh());
    if x0 > 1.5 {
        if flag {
            let x1 = x1.map(|e| e.sin());
            acc2 = &acc2 * 0.5 + (DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x0 + &x1);
        } else if x0.max(x0 * 0.5) < x0 {
            let x0 = x0.sin() + x0.min(acc2.sum());
            acc2 = &acc2 * 0.5 + (0.05 * ((x1 - &w1) * (0.2 * x0).exp())).map(|e| e.tanh());
        } else {
            acc2 += f057(
                &(DVector::from_column_slice(&[0.3, -1.0]) * x0)
                    .map(|e| e.max((0.5 * e).tanh()) * e),
                &(0.05 * (&w1 * x0)).map(|e| e.tanh()),
            );
        }
        acc2 /= 1.0 + (0.5 * x0.max((0.5 * x0).tanh())).powi(2);
    }
    ln(&add_bias(&DMatrix::zeros(3, 3), &w1).map(|e| e * e + 0.5)) * (0.05 * acc2.sum()).exp()
        + DMatrix::from_element(3, 3, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f288() {
    passes_at_random_points(288, "f288", |rng| {
        f288::check(rng.scalar(), &rng.vector(3), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f289(x0: &DMatrix<f64>, x1: f64, p: &Affine) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(4, 4);
    acc1 = &acc1 * 0.5 + (p.b[0] * DMatrix::identity(4, 4)).transpose();
    acc1 -= softmax(
        &(0.2 * (p.w.norm_squared() * DMatrix::identity(4, 4) - x1 * DMatrix::identity(4, 4))),
    );
    let mut acc2: DVector<f64> = DVector::zeros(4);
    for i in 0..acc1.ncols() {
        acc1 *= (0.5 * x1).cos();
        acc2 += (0.05 * f045(&acc1.column(i).into_owned(), x1 * DMatrix::identity(4, 5)))
            .map(|e| e.tanh());
    }
    (0.05 * ((0.01 * (x1 - p.b.sum() + x0.norm_squared())).sin() + acc1.sum())).tanh()
        + acc2.sum()
        + (x0.sum() + x1 + p.w.sum() + p.b.sum())
}

#[test]
fn check_f289() {
    passes_at_random_points(289, "f289", |rng| {
        f289::check(
            &rng.matrix(5, 5),
            rng.scalar(),
            &Affine { w: rng.matrix(1, 1), b: rng.vector(1) },
        )
    });
}

#[differentiable]
fn f290(x0: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc2 = f023(
        &(x0[(0, 2)] * DMatrix::identity(2, 1)).map(|e| {
            let t1 = (e.powi(2) + 0.5).sqrt();
            (0.5 * e).sin() + t1
        }),
        &softmax(&(0.5 * (x0.column(0).norm() * DMatrix::identity(1, 1)))),
    );
    for _ in 0..n {
        let mut acc3: DVector<f64> = DVector::zeros(2);
        for _ in 0..2_usize {
            let m4 = tanh(&(0.05 * (add_bias(&DMatrix::zeros(2, 2), &acc3) * x0)));
            acc3 /= 1.0 + ((0.05 * acc2).tanh() + m4.mean()).powi(2);
        }
        let mut w5: DVector<f64> = &acc3 / (1.0 + acc3.norm_squared());
        for j in 0..w5.len() {
            w5[j] += (0.05 * acc2).sin() * (0.05 * acc2).tanh();
        }
        acc2 *= (0.2 * w5[0]).sin();
    }
    let m8 = {
        let m6 = tanh(&(0.02 * (x0.norm_squared() * DMatrix::identity(3, 2))))
            .map(|u| {
                (0.05 * acc2).sin() - f062((0.05 * acc2).tanh(), &DVector::from_element(4, 2.0), 3)
                    + u
            })
            .transpose();
        let mut acc7 = (2.0
            + mse(
                &softmax(&(0.05 * (acc2 * DMatrix::identity(3, 2)))),
                &tanh(&(0.05 * (acc2 * DMatrix::identity(3, 2)))),
            )
            .sin())
        .ln();
        acc7 = acc7 * 0.5 + ((0.05 * acc2).sin() - (0.05 * acc2).tanh());
        acc7 -= (0.05 * acc2).tanh();
        sigmoid(
            &(0.02
                * ((sigmoid(&(0.05 * (acc2 * DMatrix::identity(3, 2)))).transpose() + &m6)
                    * (0.2 * acc7).exp())),
        )
    };
    (0.05 * acc2).sin() + (0.05 * acc2).tanh() + m8.sum() + x0.sum()
}

#[test]
fn check_f290() {
    passes_at_random_points(290, "f290", |rng| f290::check(&rng.matrix(2, 3), 4));
}

#[differentiable]
fn f291(x0: f32, p: &TwoLayer32, case: usize) -> DVector<f32> {
    assert_eq!(p.second.b.len(), 2);
    let v2 = match case {
        0 => &p.first.w * (DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x0),
        1 | 2 => p.second.b.component_mul(&p.first.b),
        _ => p.second.b.map(|u| {
            let t1 = u.min(x0);
            u / (1.0 + (0.5 * x0).powi(2)) + t1
        }),
    };
    (0.05
        * ((0.05 * f262(p.second.b.norm_squared(), DMatrix::from_element(4, 4, 0.5), 2))
            .map(|e| e.tanh())
            * (0.2 * x0).exp()
            + &v2))
        .map(|e| e.tanh())
        + DVector::from_element(2, 1.0)
            * (x0
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f291() {
    passes_at_random_points(291, "f291", |rng| {
        f291::check(
            rng.scalar(),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f292(
    x0: &DVector<f32>,
    x1: DMatrix<f32>,
    x2: &DMatrix<f32>,
    q: &TwoLayer32,
    case: usize,
) -> f32 {
    let c1: f32 = 1.25;
    let mut acc2: DMatrix<f32> = DMatrix::zeros(3, 2);
    match case {
        0 => {
            if c1 / (2.0 + c1.sin()) > q.gain {
                assert_eq!(q.first.b.len(), 2);
                acc2 +=
                    add_bias(&DMatrix::zeros(3, 4), &q.second.b) * x1.columns(0, 2).into_owned();
            }
            acc2 -= exp(&(0.2 * add_bias(&q.second.w, &q.second.b)));
        }
        1 | 2 => {
            acc2 -= add_bias(&DMatrix::zeros(3, 2), &q.second.b)
                .map(|u| -(u / (1.0 + (0.5 * u).powi(2))) + c1);
        }
        _ => {
            acc2 /= 1.0 + (0.5 * q.second.w.mean()).powi(2);
        }
    }
    (0.01
        * ((0.05 * (q.gain.min(c1) + x0.norm_squared())).tanh()
            + x1.mean()
            + x2.mean()
            + acc2.norm_squared()))
    .sin()
        + (x0.sum()
            + x1.sum()
            + x2.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f292() {
    passes_at_random_points(292, "f292", |rng| {
        f292::check(
            &rng.vector(4),
            rng.matrix(4, 3),
            &rng.matrix(3, 2),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f293(x0: &DMatrix<f64>, x1: &DVector<f64>, x2: &DMatrix<f64>, n: usize) -> f64 {
    let v4 = if n > 3 {
        (0.05
            * f181(
                x1 + (0.5 * x1).map(|e| e.tanh()),
                x1.sum() + (0.01 * x0.norm_squared()).tanh(),
                3,
            ))
        .map(|e| e.tanh())
    } else {
        let mut acc1: DMatrix<f64> = DMatrix::zeros(4, 3);
        for &e2 in x2.iter() {
            acc1 += tanh(&(0.2 * (x0 * (0.2 * e2).exp())));
        }
        (0.02
            * (x1
                .map(|e| e.min(e.sin()) + (1.0 + e.powi(2)).powf(0.5 * (0.5 * e).tanh()))
                .component_div(&(x0.rows(1, 3).into_owned() * x1).map(|e| 2.0 + e.sin()))
                * (0.02 * acc1.sum()).exp()))
        .map(|e| e.tanh())
    };
    let v5 = v4.map(|e| e.sin() / (2.0 + (e - e * 0.5).tanh()));
    x2[(2, 1)] + v5.norm_squared() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f293() {
    passes_at_random_points(293, "f293", |rng| {
        f293::check(&rng.matrix(4, 3), &rng.vector(3), &rng.matrix(3, 4), 3)
    });
}

#[differentiable]
fn f294(x0: &DMatrix<f32>, q: &TwoLayer32, flag: bool, case: usize) -> f32 {
    assert_eq!(q.second.b.len(), 2);
    let mut acc1: DVector<f32> = DVector::zeros(2);
    if !flag {
        acc1 -=
            &q.second.w * &q.first.b / (1.0 + (-q.second.w.column(1).into_owned()).norm_squared());
    }
    for &e2 in q.second.b.iter() {
        acc1 =
            &acc1 * 0.5 + (0.2 * (q.first.b.map(|e| e * 0.5) * (0.2 * e2).exp())).map(|e| e.tanh());
    }
    (0.05 * ((0.02 * f037(&x0.rows(1, 3).into_owned(), q, case)).tanh() + acc1.sum())).tanh()
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f294() {
    passes_at_random_points(294, "f294", |rng| {
        f294::check(
            &rng.matrix(5, 3),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f295(x0: &DMatrix<f64>, x1: &f64) -> f64 {
    let x1 = (0.5 * *x1).tanh() + *x1 / (1.0 + x0.norm_squared());
    assert_eq!(x0.shape(), (3, 3));
    x1 + (x0.sum() + x1)
}

#[test]
fn check_f295() {
    passes_at_random_points(295, "f295", |rng| f295::check(&rng.matrix(3, 3), &rng.scalar()));
}

#[differentiable]
fn f296(x0: &DMatrix<f64>, x1: DMatrix<f64>) -> f64 {
    let s1 = (0.01 * mse(&x0.component_mul(&x1), &x1)).tanh();
    let m2 = (s1 * DMatrix::identity(2, 3))
        .component_mul(&(x1.row(0).sum() * DMatrix::identity(2, 3)))
        * sigmoid(&(0.01 * (x1.norm_squared() * DMatrix::identity(3, 3)))).map(|e| e * 0.5);
    let mut acc3: DMatrix<f64> = DMatrix::zeros(4, 4);
    for i in 0..3_usize {
        acc3 /= 2.0 + (s1 - s1.max((0.05 * x1.column(i).norm_squared()).tanh())).tanh();
        acc3 /= 2.0 + (0.5 * ((s1 - s1 * 0.5).powi(2) + 0.5).sqrt()).cos();
    }
    s1.min((0.05 * x0.column(2).norm_squared()).tanh())
        + m2.mean()
        + acc3.mean()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f296() {
    passes_at_random_points(296, "f296", |rng| f296::check(&rng.matrix(4, 4), rng.matrix(4, 4)));
}

#[differentiable]
fn f297(x0: f32, x1: DMatrix<f32>, q: &TwoLayer32) -> f32 {
    let v1 = q.first.b.clone();
    let v2 = if x0 < q.gain {
        (&q.first.b - &q.second.b) / (2.0 + (0.5 * (q.gain.powi(2) + 1.0).ln()).tanh())
    } else {
        v1.clone()
    };
    (0.5 * q.gain).sin()
        + x1.mean()
        + v1.mean()
        + v2.mean()
        + (x0
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f297() {
    passes_at_random_points(297, "f297", |rng| {
        f297::check(
            rng.scalar(),
            rng.matrix(4, 3),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f298(x0: DMatrix<f64>, n: usize, case: usize) -> f64 {
    let m2 = {
        let m1 = exp(&(0.1 * (x0.sum() * DMatrix::identity(2, 2))));
        sigmoid(&(0.5 * &x0)) * (0.02 * m1.norm_squared()).exp()
    };
    let mut acc3 = sigmoid(
        &(0.05
            * (softmax(
                &(0.05
                    * (m2.sum() * DMatrix::identity(4, 2))
                        .component_mul(&(m2.mean() * DMatrix::identity(4, 2)))),
            ) * f254(
                &(x0.rows(0, 4).sum() * DMatrix::identity(2, 2)),
                DVector::from_column_slice(&[0.3, -1.0]) * m2.mean(),
                &x0.rows(1, 2).into_owned(),
                case,
            ))),
    );
    if n > 2 {
        acc3 *= (0.2 * ((0.5 * x0[(3, 0)]).exp() * (m2[(2, 1)].powi(2) + 1.0).ln())).cos();
    }
    acc3.column(2).mean() + x0.sum()
}

#[test]
fn check_f298() {
    passes_at_random_points(298, "f298", |rng| f298::check(rng.matrix(4, 3), 2, rng.int(0, 3)));
}

#[differentiable]
fn f299(x0: f64) -> f64 {
    let mut w1: DVector<f64> = (DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0)
        .map(|u| u * x0 - (0.5 * u).powi(2));
    for i in 0..w1.len() {
        w1[i] = (0.05 * w1.sum()).sin();
    }
    let m2 = x0 * DMatrix::identity(3, 4);
    let mut acc3: DMatrix<f64> = DMatrix::zeros(4, 4);
    for i in 0..m2.ncols() {
        let mut acc4 = exp(&(0.5 * &acc3));
        for _ in 0..3_usize {
            acc3 *= (0.2 * (0.5 * m2.mean()).exp()).sin();
            acc4 *= (0.5 * (x0 / (2.0 + (0.5 * x0).sin()))).cos();
        }
        if i < 2 {
            acc3 /= 2.0 + (0.5 * x0).sin();
        } else {
            acc3 += tanh(&(0.1 * &acc4));
        }
        acc3 += tanh(
            &(0.05
                * (log_softmax(&tanh(&(0.05 * f264(x0, &DMatrix::from_element(4, 4, 1.5)))))
                    + &acc4)),
        );
    }
    (0.01 * (x0 + w1.norm_squared())).tanh() + acc3.mean() + x0
}

#[test]
fn check_f299() {
    passes_at_random_points(299, "f299", |rng| f299::check(rng.scalar()));
}
