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
#![allow(
    clippy::self_assignment,
    reason = "an element write may write an element's own value back (`w[i] = w[i]`), which the backward pass reverses like any other"
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
        acc1 *= (0.1 * (cross_entropy(&relu(x0), &[2, 1, 1, 1]) + e2)).sin();
    }
    let m4 = ln(&exp(&(0.2 * ln(&add_bias(&DMatrix::zeros(3, 4), x1).map(|e| 2.0 + e.sin())))));
    (0.05 * (m4.row(1).norm() / (2.0 + (0.2 * m4.sum()).sin()) + acc1.mean())).tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f000() {
    passes_at_random_points(0, "f000", |rng| {
        f000::check(&rng.matrix(3, 4), &rng.vector(3), &rng.matrix(4, 3))
    });
}

#[differentiable]
fn f001(x0: &DVector<f64>, q: &TwoLayer) -> f64 {
    let mut acc1 = x0.clone();
    for &e2 in x0.iter() {
        let s4 = x0.mean();
        acc1 /= 2.0 + (0.1 * (e2 * q.gain + s4)).tanh();
    }
    let s5 = q.gain.max(acc1.sum());
    acc1 -= sigmoid(&(0.05 * exp(&q.first.w.column(2).into_owned())));
    (0.05 * (q.gain + acc1.mean() + s5)).tanh()
        + (x0.sum()
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
            &rng.vector(3),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f002(x0: &DMatrix<f64>, q: &TwoLayer) -> DVector<f64> {
    let mut w1: DVector<f64> = (q.gain * DMatrix::identity(4, 4)).column_sum();
    for i in 0..w1.len() {
        w1[i] += 0.2 * (q.gain + (i as f64 + 0.5));
    }
    let x0 = tanh(&(0.5 * x0));
    softmax(&(DVector::from_column_slice(&[0.5, -0.25, 1.0]) * q.gain))
        * (0.05 * w1.sum()).exp()
        * (0.2 * x0.norm_squared()).exp()
        + DVector::from_element(3, 1.0)
            * (x0.sum()
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f002() {
    passes_at_random_points(2, "f002", |rng| {
        f002::check(
            &rng.matrix(4, 1),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f003(x0: &DMatrix<f32>, x1: &f32) -> DMatrix<f32> {
    let c1: DMatrix<f32> = DMatrix::zeros(4, 3);
    let c1 = &c1 * 0.5 + &c1 * (*x1 * DMatrix::identity(3, 3));
    softmax(&c1) * (0.2 * x0.mean()).exp() + DMatrix::from_element(4, 3, 1.0) * (x0.sum() + *x1)
}

#[test]
fn check_f003() {
    passes_at_random_points(3, "f003", |rng| f003::check(&rng.matrix(3, 4), &rng.scalar()));
}

#[differentiable]
fn f004(x0: &DMatrix<f32>, x1: DMatrix<f32>) -> f32 {
    assert_eq!(x0.shape(), (3, 3));
    assert_eq!(x0.shape(), (3, 3));
    let mut w1: DMatrix<f32> = DMatrix::zeros(3, 3);
    for i in 0..w1.nrows() {
        w1[(i, 0)] += w1.sum() * i as f32;
    }
    x1.rows(1, 2).into_owned().mean() + w1.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f004() {
    passes_at_random_points(4, "f004", |rng| f004::check(&rng.matrix(3, 3), rng.matrix(3, 2)));
}

#[differentiable]
fn f005(x0: &DMatrix<f64>, x1: &DMatrix<f64>, p: &TwoLayer) -> f64 {
    let m1 = sigmoid(&(0.5 * x0)) - (x0 - x0.map(|e| e.sin()));
    let mut acc2 = ln(&(p.gain * DMatrix::identity(4, 4)).map(|e| 2.0 + e.sin()))
        * (p.gain * DMatrix::identity(4, 4)).transpose();
    for &e3 in m1.iter() {
        acc2 /= 2.0 + (0.2 * (e3 - p.gain)).sin();
    }
    (0.02 * acc2.rows(0, 1).norm()).tanh()
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
fn check_f005() {
    passes_at_random_points(5, "f005", |rng| {
        f005::check(
            &rng.matrix(2, 4),
            &rng.matrix(2, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f006(x0: &DMatrix<f64>, x1: &DVector<f64>) -> f64 {
    let mut acc1 = x1[0] + x1.mean();
    acc1 = acc1.sin()
        + (0.05
            * f000(&(x1[1] * DMatrix::identity(3, 4)), x1, &(x0.mean() * DMatrix::identity(4, 3))))
        .tanh()
        .min(
            (0.05
                * f000(
                    &(x0.row(0).norm() * DMatrix::identity(3, 4)),
                    &(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * x0.sum()),
                    &(x1.sum() * DMatrix::identity(4, 3)),
                ))
            .tanh(),
        );
    acc1 = acc1.sin()
        + (0.05
            * f000(
                &-tanh(&(0.05 * (x1.norm_squared() * DMatrix::identity(3, 4)))),
                &x0.column_mean(),
                &(x1[1] * DMatrix::identity(4, 3)).component_div(&exp(&sigmoid(
                    &(0.02 * (x0.norm_squared() * DMatrix::identity(4, 3))),
                ))),
            ))
        .tanh();
    for i in 0..x0.nrows() {
        for _ in 0..x1.len() {
            let v2 = softmax(&(0.02 * (x1[i] * x1.add_scalar(acc1))));
            acc1 /= 2.0 + (0.1 * (x0.row_variance().sum() + v2.norm_squared())).tanh();
        }
        acc1 += (0.2 * ((0.05 * x1.norm_squared()).tanh() - (i as f64 + 0.5))).tanh();
    }
    (2.0 + acc1.sin()).ln() + (x0.sum() + x1.sum())
}

#[test]
fn check_f006() {
    passes_at_random_points(6, "f006", |rng| f006::check(&rng.matrix(3, 3), &rng.vector(3)));
}

#[differentiable]
fn f007(x0: &DVector<f64>, x1: &DVector<f64>, x2: DMatrix<f64>) -> DVector<f64> {
    let m1 = ln(&exp(&(0.2 * &x2)));
    let v2 = sigmoid(
        &(0.05
            * (x0 - DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0, 0.25]) * x1.sum())
                .component_div(
                    &(x1[4]
                        * DMatrix::identity(5, 3)
                        * (DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * m1.row(3).mean()))
                    .map(|e| e * e + 0.5),
                )),
    );
    (0.05 * exp(x0)).map(|e| e.tanh())
        + &v2
        + DVector::from_element(5, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f007() {
    passes_at_random_points(7, "f007", |rng| {
        f007::check(&rng.vector(5), &rng.vector(5), rng.matrix(4, 4))
    });
}

#[differentiable(wrt(x0))]
fn f008(x0: &DMatrix<f64>, x1: f64, n: usize) -> f64 {
    let c1: DMatrix<f64> = DMatrix::from_element(1, 5, 2.0);
    let mut acc2 = c1.map(|e| e * 0.5);
    for _ in 0..n {
        acc2 -= &c1;
    }
    let mut acc3: f64 = 0.0;
    for _ in 0..n {
        acc2 = acc2.map(|e| e.sin()) + tanh(&(0.05 * (x0 * (x1 * DMatrix::identity(5, 5)))));
        acc3 = acc3 * 0.5 + (0.5 * (x1 + (0.5 * x1).tanh())).tanh();
    }
    (0.05
        * f000(
            &(x0.column(1).norm_squared() * DMatrix::identity(3, 4)),
            &(DVector::from_column_slice(&[0.75, -0.5, 0.3]) * acc2.mean()),
            &(x1 * DMatrix::identity(4, 3)),
        ))
    .tanh()
        + acc3
        + (x0.sum() + x1)
}

#[test]
fn check_f008() {
    passes_at_random_points(8, "f008", |rng| f008::check(&rng.matrix(1, 5), rng.scalar(), 4));
}

#[differentiable]
fn f009(x0: &f32) -> f32 {
    let mut acc1 = (0.5 * -(*x0)).abs();
    acc1 += (0.5 * *x0).sin() / (2.0 + (0.5 * (*x0 / (2.0 + (0.5 * *x0).sin()))).sin());
    let s3 = {
        let m2 = (*x0 * DMatrix::identity(5, 3))
            .component_div(&exp(&(0.2 * (acc1 * DMatrix::identity(5, 3)))));
        (0.02
            * (f004(&(acc1 * DMatrix::identity(3, 3)), acc1 * DMatrix::identity(3, 2)) + m2.sum()))
        .tanh()
    };
    (DVector::from_column_slice(&[1.0, 0.75, -0.5]) * acc1).sum() + s3 + *x0
}

#[test]
fn check_f009() {
    passes_at_random_points(9, "f009", |rng| f009::check(&rng.scalar()));
}

#[differentiable]
fn f010(x0: &DMatrix<f32>, x1: &DVector<f32>, x2: &DMatrix<f32>) -> f32 {
    let s1 = x1[0] - (0.01 * x2.norm_squared()).sin();
    let mut acc2: f32 = 0.5;
    if acc2 < 0.25 {
        acc2 *= (0.5 * s1).tanh();
    }
    acc2.exp() + x0.sum() + s1 + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f010() {
    passes_at_random_points(10, "f010", |rng| {
        f010::check(&rng.matrix(4, 4), &rng.vector(2), &rng.matrix(5, 5))
    });
}

#[differentiable]
fn f011(x0: &DVector<f64>, x1: DMatrix<f64>) -> f64 {
    let m2 = {
        let m1 = ln(&relu(&(x1.sum() * DMatrix::identity(1, 1))).map(|e| 2.0 + e.sin()));
        x1.map(|e| (2.0 + e.sin()).ln().min(e)) * (0.2 * m1.mean()).exp()
    };
    assert_eq!(m2.shape(), (2, 1));
    (0.05
        * f000(
            &(x1.mean() * DMatrix::identity(3, 4)),
            &(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x1.column(0).mean()),
            &(x0.norm_squared() * DMatrix::identity(4, 3)),
        ))
    .tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f011() {
    passes_at_random_points(11, "f011", |rng| f011::check(&rng.vector(1), rng.matrix(2, 1)));
}

#[differentiable]
fn f012(x0: &DMatrix<f64>, x1: &DVector<f64>, n: usize) -> f64 {
    let m1 = (x1[2] * DMatrix::identity(2, 2)).transpose();
    let mut acc2 = x0.columns(0, 4).into_owned().column_sum();
    for _ in 0..n {
        for _ in 0..acc2.len() {
            acc2 *= (0.1 * x0.columns(1, 3).norm().max(x1.sum())).sin().sin();
        }
        acc2 = acc2.map(|e| e.sin()) + (0.5 * (sigmoid(x1) - x1)).map(|e| e.tanh());
    }
    let m4 = {
        let m3 = tanh(&(0.05 * (x0.row(1).sum() * DMatrix::identity(5, 4) * m1[(1, 0)])));
        m3.rows(1, 2).into_owned() * (x1[3] * DMatrix::identity(4, 2))
    };
    (0.01 * (x0.columns(0, 4).into_owned().row_variance().mean() + acc2.norm_squared())).tanh()
        + m4.sum()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f012() {
    passes_at_random_points(12, "f012", |rng| f012::check(&rng.matrix(5, 5), &rng.vector(5), 4));
}

#[differentiable]
fn f013(x0: f32, q: Affine32) -> f32 {
    let v1 = ln(&q.b.map(|e| e * e + 0.5));
    let m4 = if x0 > 0.4 {
        let mut w2: DMatrix<f32> = q.w.transpose()
            / (1.0 + (DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0).norm_squared());
        for i in 0..w2.nrows() {
            w2[(i, 3)] = 0.5 * (x0 - x0.sin());
        }
        x0 * DMatrix::identity(2, 4) + w2.rows(0, 2).into_owned()
    } else if x0 < 1.25 {
        sigmoid(&tanh(&(0.5 * (x0 * DMatrix::identity(2, 4)))))
    } else {
        let v3: DVector<f32> = q.w.column_variance();
        sigmoid(&(0.1 * (q.w.rows(1, 2).into_owned() * q.w.transpose()))) * (0.1 * v3.mean()).exp()
    };
    let mut w5: DVector<f32> = DVector::zeros(4);
    for i in 0..w5.len() {
        w5[i] = 0.5 * x0.max(w5[i]);
    }
    (0.05 * (f009(&x0) + v1.mean() + m4.sum())).sin() + w5.mean() + (x0 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f013() {
    passes_at_random_points(13, "f013", |rng| {
        f013::check(rng.scalar(), Affine32 { w: rng.matrix(4, 4), b: rng.vector(4) })
    });
}

#[differentiable]
fn f014(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let m1 = tanh(&(0.5 * x1)).map(|e| e * 0.5);
    assert_eq!(x1.shape(), (3, 3));
    let v2 = exp(&(DVector::from_column_slice(&[0.3, -1.0, 0.25]) * m1.rows(0, 3).mean()));
    (0.02 * mse(&v2, &(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x1.column(2).norm())))
        .tanh()
        + x0.mean()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f014() {
    passes_at_random_points(14, "f014", |rng| f014::check(&rng.matrix(3, 3), &rng.matrix(3, 3)));
}

#[differentiable]
fn f015(x0: &f64, x1: &DMatrix<f64>, x2: &DVector<f64>, flag: bool) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(1, 4, 2.0);
    if flag {
        let s2 = f008(&relu(&(*x0 * DMatrix::identity(1, 5))), 0.3, 4);
        acc1 += tanh(&(0.02 * (-x1 * (s2 + *x0))));
    } else {
        acc1 -= *x0 * x1;
    }
    let s4 = if (0.05 * x2.norm_squared()).tanh() < *x0 {
        let x1 = x1.map(|e| e.sin());
        x2.variance() + x1.mean()
    } else {
        let m3 = (*x0 * DMatrix::identity(1, 4) * *x0).transpose();
        (0.01
            * mse(
                &add_bias(&DMatrix::zeros(3, 3), x2),
                &(m3.rows(1, 3).sum() * DMatrix::identity(3, 3)),
            ))
        .sin()
            + f011(&x1.column(3).into_owned(), *x0 * DMatrix::identity(2, 1))
    };
    (0.05 * (*x0 + x2.mean() + acc1.mean() + s4)).tanh() + (*x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f015() {
    passes_at_random_points(15, "f015", |rng| {
        f015::check(&rng.scalar(), &rng.matrix(1, 4), &rng.vector(3), rng.uniform() < 0.5)
    });
}

#[differentiable(wrt(x0))]
fn f016(x0: &f64, x1: &f64) -> f64 {
    let x1 = x1.sin();
    let c1: DMatrix<f64> = DMatrix::from_element(4, 4, 0.25);
    let mut acc2 = x1 * DMatrix::identity(2, 2);
    for i in 0..2_usize {
        let mut acc3: DMatrix<f64> = DMatrix::zeros(4, 4);
        for j in 0..2_usize {
            acc2 /= 2.0 + (c1.column(1).sum().exp() + (c1[(i, j)].powi(2) + 1.0).ln()).tanh();
            acc3 = tanh(&(0.5 * &acc3))
                + tanh(
                    &(0.5
                        * c1.map(|u| {
                            (u.powi(2) + 1.0).ln() / (2.0 + (u.powi(2) + 1.0).ln().tanh()) + *x0
                        })),
                );
        }
        let mut w4: DVector<f64> = -(DVector::from_column_slice(&[-1.0, 0.25]) * *x0);
        for j in 0..w4.len() {
            w4[j] = 0.5 * (x1 + *x0);
        }
        acc2 *= (0.05 * ((1.0 + x1.powi(2)).powf(0.5 * x1.tanh()) + acc3.sum() + w4.sum()))
            .tanh()
            .cos();
    }
    (1.0 + x1.powi(2)).powf(0.5 * c1.mean().tanh()) + acc2.sum() + (*x0 + x1)
}

#[test]
fn check_f016() {
    passes_at_random_points(16, "f016", |rng| f016::check(&rng.scalar(), &rng.scalar()));
}

#[differentiable]
fn f017(x0: &DMatrix<f64>, x1: DMatrix<f64>, q: Affine) -> f64 {
    let mut w1: DMatrix<f64> = DMatrix::zeros(4, 4);
    for i in 0..w1.nrows() {
        w1[(i, 2)] += 0.2 * q.w.row_mean().sum();
    }
    let c2: DMatrix<f64> = DMatrix::zeros(4, 4);
    (0.01
        * ((0.05
            * f012(
                &softmax(&(0.01 * (x1.norm_squared() * DMatrix::identity(5, 5)))),
                &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0, 0.25]) * w1[(0, 1)]),
                4,
            ))
        .tanh()
            + x0.norm_squared()))
    .tanh()
        * c2.mean().exp()
        + (x0.sum() + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f017() {
    passes_at_random_points(17, "f017", |rng| {
        f017::check(
            &rng.matrix(4, 4),
            rng.matrix(4, 4),
            Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
        )
    });
}

#[differentiable]
fn f018(x0: f64, x1: &DMatrix<f64>) -> f64 {
    let m1 = x0 * DMatrix::identity(1, 1);
    let mut w2: DMatrix<f64> = softmax(&(x0 * DMatrix::identity(2, 1)));
    for i in 0..w2.nrows() {
        w2[(i, 0)] += (2.0 + x0.sin()).ln();
    }
    let v3 = exp(&(0.2 * (x0 * DMatrix::identity(2, 3)).column_variance()));
    (0.05 * (f011(&m1.column(0).into_owned(), w2.clone()) + x1.sum() + v3.mean())).tanh()
        + (x0 + x1.sum())
}

#[test]
fn check_f018() {
    passes_at_random_points(18, "f018", |rng| f018::check(rng.scalar(), &rng.matrix(3, 3)));
}

#[differentiable]
fn f019(x0: &DVector<f64>, x1: &DMatrix<f64>, x2: &DVector<f64>, case: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(3, 4, 0.4);
    acc1 = acc1.map(|e| e.sin()) + sigmoid(&(0.5 * x1));
    let mut acc2: DVector<f64> = DVector::zeros(4);
    match case {
        0 => {
            acc1 -= (x2.mean() * DMatrix::identity(4, 3)).transpose();
            acc2 /= 2.0
                + (0.2
                    * ((0.5 * (0.1 * x1.sum()).tanh()).tan()
                        - ((0.05 * x2.norm_squared()).sin() - acc1[(1, 1)])))
                    .cos();
        }
        1 | 2 => {
            acc1 /= 2.0 + (acc2.norm_squared() / (2.0 + (0.2 * x2.sum()).tanh())).tanh();
            acc2 = acc2.map(|e| e.tanh()) + relu(x0);
        }
        _ => {
            let mut acc3: DMatrix<f64> = DMatrix::from_element(3, 4, 1.25);
            acc3 += log_softmax(x1);
            acc3 -= x1;
            acc1 += (acc2.norm_squared() * DMatrix::identity(5, 3)).transpose()
                * (x1[(1, 2)] * (x2[2] * DMatrix::identity(5, 4)));
            acc2 += x0 * (0.05 * acc3.mean()).exp();
        }
    }
    let mut acc4: DMatrix<f64> = DMatrix::from_element(3, 3, 0.5);
    acc4 -= ln(&exp(&(0.2 * add_bias(&DMatrix::zeros(3, 3), x2))));
    (0.05 * (x2[1].max((0.02 * acc4.norm_squared()).tanh()) + x0.mean() + acc1.mean() + acc2.sum()))
        .sin()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f019() {
    passes_at_random_points(19, "f019", |rng| {
        f019::check(&rng.vector(4), &rng.matrix(3, 4), &rng.vector(3), rng.int(0, 3))
    });
}

#[differentiable]
fn f020(x0: &DVector<f64>, n: usize) -> f64 {
    let mut acc1: f64 = 0.5;
    for _ in 0..x0.len() {
        let mut acc2: f64 = 0.5;
        for _ in 0..x0.len() {
            let m3 = add_bias(&DMatrix::zeros(3, 3), x0);
            acc2 = acc2 * 0.5 + (0.1 * f006(&(&m3 * acc1), &x0.add_scalar(acc1))).tanh();
        }
        acc1 *= (0.2 * acc2).tanh().cos();
    }
    for _ in 0..n {
        for _ in 0..n {
            let s5 = {
                let s4 = cross_entropy(&add_bias(&DMatrix::zeros(3, 3), x0), &[1, 2, 1]);
                ((0.05 * acc1).sin().powi(2) + 1.0).ln() + s4
            };
            acc1 = (0.05 * acc1).tanh() + (0.1 * x0.add_scalar(s5).norm()).tanh();
        }
        acc1 /= 2.0 + (0.1 * f008(&(x0[0] * DMatrix::identity(1, 5)), 0.25, 4)).cos();
    }
    let v9 = if acc1.min(x0.mean()) < 0.25 {
        let v7 = {
            let s6 = acc1;
            log_softmax(&(0.2 * (DVector::from_column_slice(&[0.5, -0.25, 1.0]) * acc1)))
                * (0.1 * s6).exp()
        };
        (0.02 * (&v7 * x0.sum())).map(|e| e.tanh())
    } else if x0[1] > acc1 {
        let m8 = add_bias(&DMatrix::zeros(3, 5), x0);
        x0 * (0.01 * m8.norm_squared()).exp()
    } else {
        DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * acc1
    };
    (0.01 * (acc1 * (0.2 * acc1).tanh() + v9.norm_squared())).sin() + x0.sum()
}

#[test]
fn check_f020() {
    passes_at_random_points(20, "f020", |rng| f020::check(&rng.vector(3), 4));
}

#[differentiable]
fn f021(x0: &DMatrix<f64>, x1: &DMatrix<f64>, q: &Affine) -> f64 {
    let v1 = x0.column(1).into_owned();
    let m2 = ln(&(-x0).map(|e| 2.0 + e.sin()));
    (0.05 * v1.norm_squared()).sin()
        + x1.mean()
        + m2.mean()
        + (x0.sum() + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f021() {
    passes_at_random_points(21, "f021", |rng| {
        f021::check(
            &rng.matrix(3, 3),
            &rng.matrix(4, 4),
            &Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
        )
    });
}

#[differentiable]
fn f022(x0: &DMatrix<f32>) -> f32 {
    let mut w1: DMatrix<f32> = DMatrix::zeros(3, 3);
    for i in 0..w1.nrows() {
        w1[(i, 2)] = w1.columns(2, 1).norm_squared().max(w1.column(i).norm_squared());
    }
    let mut acc2: DMatrix<f32> = DMatrix::zeros(3, 3);
    for i in 0..2_usize {
        let mut acc3: f32 = 1.0;
        for j in 0..acc2.ncols() {
            assert_eq!(x0.shape(), (3, 3));
            acc3 /= 2.0 + (0.5 * w1[(i, j)].max(x0[(j, 0)])).cos();
        }
        let mut w4: DMatrix<f32> =
            softmax(&tanh(&(0.02 * (x0.norm_squared() * DMatrix::identity(3, 1)))));
        for j in 0..w4.nrows() {
            w4[(j, 0)] = 0.2 * (w1.rows(0, 3).mean() + acc3);
        }
        acc2 *= (0.05
            * ((0.02
                * f010(
                    &(acc3 * DMatrix::identity(4, 4)),
                    &(DVector::from_column_slice(&[-0.25, 1.0]) * acc3),
                    &(acc3 * DMatrix::identity(5, 5)),
                ))
            .tanh()
                + w4.norm_squared()))
        .tanh()
        .tanh();
    }
    acc2.mean() + x0.sum()
}

#[test]
fn check_f022() {
    passes_at_random_points(22, "f022", |rng| f022::check(&rng.matrix(3, 3)));
}

#[differentiable]
fn f023(x0: f64, x1: &DMatrix<f64>, case: usize) -> f64 {
    let mut acc1: f64 = 0.5;
    if (1.0 + acc1.powi(2)).powf(0.5 * acc1.tanh()) > x0 {
        acc1 /= 1.0
            + (0.05
                * f012(
                    &(x0 * DMatrix::identity(5, 5)).component_mul(&(x0 * DMatrix::identity(5, 5))),
                    &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25, 1.25]) * x0)
                        .component_mul(
                            &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0, 0.25]) * x0),
                        ),
                    4,
                ))
            .sin()
            .powi(2);
    }
    let mut w2: DMatrix<f64> = DMatrix::zeros(3, 4);
    for i in 0..w2.nrows() {
        w2[(i, 3)] = (0.05
            * f019(
                &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * acc1),
                &w2,
                &(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * acc1),
                case,
            ))
        .tanh();
    }
    (0.02 * ((0.05 * x1.row(1).norm_squared()).tanh() + acc1 + w2.norm_squared())).sin()
        + (x0 + x1.sum())
}

#[test]
fn check_f023() {
    passes_at_random_points(23, "f023", |rng| {
        f023::check(rng.scalar(), &rng.matrix(3, 3), rng.int(0, 3))
    });
}

#[differentiable(wrt(x0, x1))]
fn f024(x0: &f64, x1: &DMatrix<f64>, x2: &DVector<f64>, p: &TwoLayer, flag: bool) -> f64 {
    let v2 = if flag {
        let m1 = add_bias(&add_bias(&DMatrix::zeros(3, 4), &p.first.b), &p.first.b)
            + (add_bias(&DMatrix::zeros(3, 4), &p.first.b)
                - add_bias(&DMatrix::zeros(3, 4), &p.second.b));
        sigmoid(&(0.5 * x2)) * (0.02 * m1.sum()).exp()
    } else {
        tanh(x2)
    };
    assert_eq!(p.first.b.len(), 3);
    let m3 = ln(&exp(&(0.2 * add_bias(&DMatrix::zeros(3, 3), &p.first.b))));
    (0.02 * (p.gain / (1.0 + p.first.b.norm_squared()) + *x0 + x1.norm_squared())).tanh()
        + v2.sum()
        + m3.mean()
        + (*x0
            + x1.sum()
            + x2.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f024() {
    passes_at_random_points(24, "f024", |rng| {
        f024::check(
            &rng.scalar(),
            &rng.matrix(3, 2),
            &rng.vector(4),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable(wrt(x0))]
fn f025(x0: f64, x1: &DVector<f64>) -> DMatrix<f64> {
    let m1 = x0 * DMatrix::identity(3, 3);
    let m2 = x0 * DMatrix::identity(3, 3) - &m1;
    softmax(&(0.02 * (&m2 * &m2))) * (0.02 * x1.norm_squared()).exp()
        + DMatrix::from_element(3, 3, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f025() {
    passes_at_random_points(25, "f025", |rng| f025::check(rng.scalar(), &rng.vector(4)));
}

#[differentiable(wrt(x0))]
fn f026(x0: &DVector<f32>, q: &TwoLayer32) -> f32 {
    let s1 = x0.sum();
    let v4 = {
        let v2 = &q.first.b * q.gain;
        q.second.b.map(|e| {
            let t3 = e;
            t3 + e
        }) + &v2
    };
    let mut acc5: DVector<f32> = DVector::zeros(4);
    for &e6 in x0.iter() {
        acc5 = acc5.map(|e| e.sin())
            + (0.2 * (q.second.w.columns(0, 2).into_owned().column_mean() * (0.2 * e6).exp()))
                .map(|e| e.tanh());
    }
    (1.0 + (0.05 * v4.sum()).tanh().powi(2)).powf(0.5 * (0.2 * s1).tanh())
        + acc5.mean()
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f026() {
    passes_at_random_points(26, "f026", |rng| {
        f026::check(
            &rng.vector(5),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine32 { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f027(x0: &DMatrix<f64>, x1: f64, flag: bool, case: usize) -> f64 {
    let c1: f64 = 0.5;
    let mut acc2 =
        (0.01 * mse(&ln(&x0.map(|e| e * e + 0.5)), &x0.component_div(&exp(&(0.2 * x0))))).sin();
    for i in 0..3_usize {
        let s3 = match case {
            0 => x1 / (2.0 + (0.5 * x1).sin()) - (x1 - (i as f64 + 0.5)),
            1 | 2 => (0.2 * x0.sum()).tanh(),
            _ => f015(
                &f011(
                    &(DVector::from_column_slice(&[0.3]) * x1),
                    x0.sum() * DMatrix::identity(2, 1),
                ),
                &(c1 * DMatrix::identity(1, 4)),
                &(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * c1 / (1.0 + x0.norm_squared())),
                flag,
            ),
        };
        acc2 *= (2.0 + s3.sin()).ln().sin();
    }
    c1 * x1 + acc2 + (x0.sum() + x1)
}

#[test]
fn check_f027() {
    passes_at_random_points(27, "f027", |rng| {
        f027::check(&rng.matrix(3, 3), rng.scalar(), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f028(x0: &DMatrix<f32>, x1: &DMatrix<f32>) -> f32 {
    let c1: DMatrix<f32> = DMatrix::from_element(3, 2, 1.25);
    let m2: DMatrix<f32> = x0.mean() * DMatrix::identity(1, 1);
    ((0.05 * (x0.norm_squared() - x0.mean())).tanh() + x1.mean()) * (0.1 * c1.norm_squared()).exp()
        + m2.mean()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f028() {
    passes_at_random_points(28, "f028", |rng| f028::check(&rng.matrix(2, 1), &rng.matrix(1, 3)));
}

#[differentiable]
fn f029(x0: f32, x1: &DMatrix<f32>, x2: &f32, flag: bool) -> f32 {
    let s2 = if x0 > *x2 {
        let mut acc1 = (0.5 * (x1[(1, 0)] / (1.0 + (0.5 * *x2).powi(2)))).tanh();
        for _ in 0..x1.nrows() {
            let x1 = x1 * 0.5 + log_softmax(x1);
            acc1 /= 1.0
                + (0.5
                    * mse(
                        &tanh(
                            &(0.05
                                * add_bias(
                                    &(x0 * DMatrix::identity(4, 5)),
                                    &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25])
                                        * x1.rows(1, 1).norm()),
                                )),
                        ),
                        &tanh(&(0.5 * (*x2 * DMatrix::identity(4, 5)))),
                    ))
                .powi(2);
        }
        x1.column(0).sum() + acc1
    } else if flag {
        f022(&(*x2 * DMatrix::identity(3, 3)))
    } else {
        x2.min(x0) * x1[(0, 0)]
    };
    let mut acc3: f32 = 0.0;
    for i in 0..3_usize {
        acc3 += (0.1 * (x0 * (i as f32 + 0.5))).tanh();
    }
    (0.01
        * ((0.05 * cross_entropy(&(s2 * DMatrix::identity(3, 5)), &[0, 1, 0, 2, 1])).tanh()
            + x1.norm_squared()))
    .tanh()
        + acc3
        + (x0 + x1.sum() + *x2)
}

#[test]
fn check_f029() {
    passes_at_random_points(29, "f029", |rng| {
        f029::check(rng.scalar(), &rng.matrix(3, 4), &rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f030(x0: DVector<f64>, x1: &f64, p: &TwoLayer, n: usize) -> f64 {
    let s1 = (1.0 + x1.powi(2)).powf(0.5 * (0.5 * p.gain).tanh());
    let v3 = if (0.5 * *x1).sin() < p.gain {
        p.second.b.clone()
    } else if n > 3 {
        tanh(&(0.05 * relu(&p.second.b).component_mul(&(&p.second.w * &p.first.b))))
    } else {
        tanh(&(0.05 * (x0.norm_squared() * DMatrix::identity(3, 2))))
            * p.first.b.map(|u| {
                let t2 = (0.5 * u).cos();
                t2 * u + *x1
            })
    };
    let c4: f64 = 0.75;
    (0.01 * (s1.max(c4) + x0.sum() + v3.norm_squared())).tanh()
        + (x0.sum()
            + *x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f030() {
    passes_at_random_points(30, "f030", |rng| {
        f030::check(
            rng.vector(3),
            &rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            4,
        )
    });
}

#[differentiable]
fn f031(x0: &DMatrix<f32>) -> f32 {
    let mut w1: DVector<f32> = DVector::zeros(2);
    for i in 0..w1.len() {
        w1[i] += 0.5 * x0.row(0).mean();
    }
    assert_eq!(w1.len(), 2);
    (x0.columns(0, 1).norm_squared().powi(2) + 0.5).sqrt() + x0.sum()
}

#[test]
fn check_f031() {
    passes_at_random_points(31, "f031", |rng| f031::check(&rng.matrix(1, 2)));
}

#[differentiable(wrt(x0))]
fn f032(x0: f32, x1: f32, labels: &[usize]) -> f32 {
    let s1 = x1 + x0;
    let s1 = s1 * 0.5;
    cross_entropy(&(s1 * DMatrix::identity(2, 4)), labels) + (x0 + x1)
}

#[test]
fn check_f032() {
    passes_at_random_points(32, "f032", |rng| {
        f032::check(rng.scalar(), rng.scalar(), &[0, 0, 1, 1])
    });
}

#[differentiable]
fn f033(x0: &DMatrix<f32>) -> f32 {
    let s1 = (0.01
        * mse(
            &(DVector::from_column_slice(&[0.25]) * x0.sum()),
            &(DVector::from_column_slice(&[1.0]) * x0.rows(1, 4).norm()),
        ))
    .tanh();
    let v2 = DVector::from_column_slice(&[0.3]) * s1;
    let c3: DVector<f32> = DVector::zeros(5);
    c3.mean() + v2.norm_squared() + x0.sum()
}

#[test]
fn check_f033() {
    passes_at_random_points(33, "f033", |rng| f033::check(&rng.matrix(5, 1)));
}

#[differentiable(wrt(x0))]
fn f034(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let m1 = tanh(&(0.5 * x1));
    let c2: f64 = 0.5;
    assert_eq!(m1.shape(), (2, 2));
    c2 * m1.norm_squared() + x0.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f034() {
    passes_at_random_points(34, "f034", |rng| f034::check(&rng.matrix(2, 2), &rng.matrix(2, 2)));
}

#[differentiable]
fn f035(x0: &DVector<f64>, x1: f64, x2: &DMatrix<f64>) -> f64 {
    let m1 = if (0.02 * (x1 * x0.norm_squared())).sin() < x0[0] {
        add_bias(x2, &x2.column(2).into_owned()).transpose()
    } else {
        tanh(
            &(0.05
                * (x1 * DMatrix::identity(4, 4) * (x1 * DMatrix::identity(4, 2))
                    + -(x1 * DMatrix::identity(4, 2)))),
        )
    };
    let mut w2: DVector<f64> = DVector::zeros(4);
    for i in 0..w2.len() {
        w2[i] = 0.1 * f034(&add_bias(&DMatrix::zeros(2, 2), x0), &DMatrix::from_element(2, 2, 2.0));
    }
    (0.02 * ((0.02 * mse(&m1, &add_bias(&DMatrix::zeros(4, 2), &w2))).tanh() + x2.norm_squared()))
        .sin()
        + (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f035() {
    passes_at_random_points(35, "f035", |rng| {
        f035::check(&rng.vector(2), rng.scalar(), &rng.matrix(2, 4))
    });
}

#[differentiable]
fn f036(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let x0 = x0 * 0.5;
    assert_eq!(x0.shape(), (4, 4));
    let s1 = (0.5 * (0.5 * x1.mean()).tanh()).tan();
    s1.tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f036() {
    passes_at_random_points(36, "f036", |rng| f036::check(&rng.matrix(4, 4), &rng.matrix(4, 4)));
}

#[differentiable]
fn f037(x0: &DMatrix<f64>, x1: &DMatrix<f64>, n: usize) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 4, 1.5);
    for _ in 0..n {
        acc1 = acc1.map(|e| e.sin()) + sigmoid(&(0.2 * (x0 * x0.mean())));
    }
    let m2 = sigmoid(&(0.05 * (x0.column(0).norm_squared() * DMatrix::identity(2, 2))));
    tanh(
        &(0.02
            * (log_softmax(&(0.5 * &acc1))
                * (0.02 * x1.norm_squared()).exp()
                * (0.2 * m2.norm_squared()).exp())),
    ) + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f037() {
    passes_at_random_points(37, "f037", |rng| f037::check(&rng.matrix(4, 4), &rng.matrix(2, 2), 3));
}

#[differentiable]
fn f038(x0: f64, x1: f64, labels: &[usize]) -> DMatrix<f64> {
    let x1 = x1 * 0.5;
    let x1 = x1.sin() + cross_entropy(&(x0 * DMatrix::identity(2, 2)), labels);
    x0 * DMatrix::identity(2, 2) * (0.1 * x1).exp() + DMatrix::from_element(2, 2, 1.0) * (x0 + x1)
}

#[test]
fn check_f038() {
    passes_at_random_points(38, "f038", |rng| f038::check(rng.scalar(), rng.scalar(), &[0, 0]));
}

#[differentiable]
fn f039(x0: DMatrix<f64>, x1: DMatrix<f64>) -> f64 {
    let mut acc1 =
        x1.transpose().component_div(&exp(&(0.2 * &x1))) * (0.1 * x0.columns(0, 5).norm()).tanh();
    for &e2 in &x0 {
        acc1 += softmax(&(0.1 * (e2 * DMatrix::identity(5, 4) * &x0)));
    }
    let c4: f64 = 0.25;
    (0.01 * (cross_entropy(&(c4 * DMatrix::identity(4, 4)), &[1, 0, 1, 1]) + acc1.norm_squared()))
        .sin()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f039() {
    passes_at_random_points(39, "f039", |rng| f039::check(rng.matrix(4, 5), rng.matrix(5, 5)));
}

#[differentiable]
fn f040(x0: &DMatrix<f32>, q: &TwoLayer32) -> f32 {
    assert_eq!(q.first.b.len(), 4);
    let c1: DVector<f32> = DVector::zeros(4);
    let v3 = if q.gain > c1.sum() {
        let x0 = tanh(&(0.5 * x0));
        x0.columns(3, 1).into_owned() * (DVector::from_column_slice(&[0.5]) * q.gain)
    } else {
        let c2: f32 = 1.5;
        x0.column(2).into_owned() * (0.5 * c2).exp()
    };
    (0.05 * f013(q.gain, q.first.clone())).tanh()
        + v3.sum()
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
            &rng.matrix(4, 4),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine32 { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f041(x0: &DVector<f64>, s: &Stack, flag: bool) -> f64 {
    let mut h1 = 0.2 * (s.layers[0].b.mean() * &s.layers[0].b);
    for layer2 in &s.layers {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    let v6 = {
        let m3 = add_bias(&add_bias(&DMatrix::zeros(4, 4), x0), x0);
        let mut h4 = 0.5 * h1.component_mul(&s.layers[0].b);
        for layer5 in s.layers.iter() {
            h4 = (&layer5.w * &h4 + &layer5.b).map(|e| e.tanh());
        }
        tanh(&(0.05 * (x0 * (0.02 * m3.sum()).exp() * (0.5 * h4.norm_squared()).exp())))
    };
    let mut acc7: DVector<f64> = DVector::zeros(4);
    for _ in 0..s.layers[1].b.len() {
        let m8 = if flag {
            tanh(&(0.5 * &s.layers[1].w))
        } else {
            s.layers[0].w.component_mul(&add_bias(&DMatrix::zeros(2, 2), &s.layers[1].b))
                + (&s.layers[1].w - &s.layers[0].w)
        };
        acc7 += (0.5
            * (-sigmoid(&(0.02 * (s.layers[0].b.norm_squared() * x0)))
                * (0.01 * m8.norm_squared()).exp()))
        .map(|e| e.tanh());
    }
    (0.05
        * mse(&(acc7[2] * DMatrix::identity(5, 4)), &(s.layers[0].b[0] * DMatrix::identity(5, 4))))
    .tanh()
        + v6.mean()
        + (x0.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f041() {
    passes_at_random_points(41, "f041", |rng| {
        f041::check(
            &rng.vector(4),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                ],
            },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f042(x0: &f64) -> f64 {
    let mut w1: DMatrix<f64> = DMatrix::zeros(3, 4);
    for i in 0..w1.nrows() {
        w1[(i, 2)] = (0.5 * (0.5 * *x0).tanh()).tan();
    }
    let mut acc2: DMatrix<f64> = DMatrix::zeros(3, 3);
    acc2 *= (0.05
        * (f036(&(*x0 * DMatrix::identity(4, 4)), &(*x0 * DMatrix::identity(4, 4)))
            - (w1.row(2).mean() + *x0)))
        .sin()
        .tanh();
    acc2 = tanh(&acc2)
        + ((*x0 * DMatrix::identity(3, 3)).map(|e| (1.0 + e.powi(2)).powf(0.5 * (0.5 * e).tanh()))
            - w1[(2, 3)] * DMatrix::identity(3, 3));
    let v6 = {
        let m4 = tanh(
            &(0.05
                * (*x0 * DMatrix::identity(4, 4)).transpose().component_mul(
                    &(*x0 * DMatrix::identity(4, 4)).map(|e| {
                        let t3 = f016(&e, &0.3);
                        f016(&t3, &0.75)
                    }),
                )),
        );
        for _ in 0..2_usize {
            let mut w5: DVector<f64> = -(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * *x0);
            for j in 0..w5.len() {
                w5[j] = (0.05 * acc2.sum()).tanh();
            }
            acc2 = &acc2 * 0.5
                + sigmoid(
                    &(0.05 * (f025(*x0, &DVector::from_element(4, 0.3)) * (0.1 * w5.sum()).exp())),
                );
        }
        m4.column(1).into_owned() + m4.column(0).into_owned()
    };
    (0.01 * (*x0 * x0.sin() + acc2.norm_squared())).tanh() + v6.mean() + *x0
}

#[test]
fn check_f042() {
    passes_at_random_points(42, "f042", |rng| f042::check(&rng.scalar()));
}

#[differentiable]
fn f043(x0: DMatrix<f64>, x1: &DVector<f64>, q: &TwoLayer) -> f64 {
    let v1 = q.second.b.clone();
    let mut w2: DVector<f64> = DVector::zeros(3);
    for i in 0..w2.len() {
        w2[i] = 0.5 * q.gain.min(q.gain.sin());
    }
    (0.05
        * ((0.05 * ((0.5 * q.gain).exp() + x0.mean() + x1.sum() + v1.norm_squared())).tanh()
            + w2.norm_squared()))
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
fn check_f043() {
    passes_at_random_points(43, "f043", |rng| {
        f043::check(
            rng.matrix(3, 4),
            &rng.vector(3),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f044(x0: f64, x1: &DMatrix<f64>, q: &TwoLayer, case: usize) -> f64 {
    let v1 = match case {
        0 => add_bias(&DMatrix::zeros(3, 3), &q.second.b) * &q.first.b,
        1 | 2 => softmax(
            &(0.05 * ((&q.second.w - add_bias(&DMatrix::zeros(3, 3), &q.first.b)) * &q.first.b)),
        ),
        _ => x1 * &q.first.b,
    };
    let mut w2: DVector<f64> = tanh(&q.first.b);
    for i in 0..w2.len() {
        w2[i] = (0.02
            * f005(&(x0 * DMatrix::identity(2, 4)), &(q.gain * DMatrix::identity(2, 2)), q))
        .tanh();
    }
    (0.01 * (x0 - q.gain + x1.mean() + v1.norm_squared())).tanh()
        + w2.norm_squared()
        + (x0
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f044() {
    passes_at_random_points(44, "f044", |rng| {
        f044::check(
            rng.scalar(),
            &rng.matrix(3, 3),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f045(x0: &f64, x1: DVector<f64>, case: usize) -> f64 {
    let m1 = *x0 * DMatrix::identity(5, 5);
    let mut acc2 = softmax(
        &(0.02
            * (m1.columns(4, 1).into_owned()
                * *x0
                * (*x0 * DMatrix::identity(1, 5)).component_mul(&(*x0 * DMatrix::identity(1, 5))))),
    );
    match case {
        0 => {
            acc2 = tanh(&acc2) + add_bias(&m1, &x1);
        }
        1 | 2 => {
            acc2 = &acc2 * 0.5 + add_bias(&DMatrix::zeros(5, 5), &x1) / (2.0 + (0.5 * *x0).cos());
        }
        _ => {
            let mut acc3: DVector<f64> = DVector::zeros(5);
            acc3 /= 2.0
                + (0.05
                    * mse(
                        &(*x0 * DMatrix::identity(1, 3)),
                        &(acc2.columns(1, 2).sum() * DMatrix::identity(1, 3)),
                    ))
                .sin()
                .cos();
            acc2 = tanh(&acc2) + add_bias(&m1.transpose(), &softmax(&acc3));
        }
    }
    let x0 = (0.5 * *x0).tanh();
    x1.mean() + acc2.mean() + x0 + (x0 + x1.sum())
}

#[test]
fn check_f045() {
    passes_at_random_points(45, "f045", |rng| {
        f045::check(&rng.scalar(), rng.vector(5), rng.int(0, 3))
    });
}

#[differentiable]
fn f046(x0: DMatrix<f32>, x1: &DVector<f32>, n: usize) -> f32 {
    let mut acc1: DVector<f32> = DVector::zeros(4);
    for i in 0..n {
        let mut acc2 = &x0 + tanh(&(0.5 * &x0));
        for _ in 0..x1.len() {
            acc1 += tanh(
                &(0.05
                    * (sigmoid(&(0.02 * (acc2.sum() * DMatrix::identity(4, 3))))
                        * acc2.column(i).into_owned())),
            );
            acc2 += tanh(&(0.5 * ln(&(&x0 + tanh(&(0.5 * &x0))).map(|e| e * e + 0.5))));
        }
        acc1 = (0.1 * &acc1).map(|e| e.tanh())
            + (0.2 * (x1 * (0.02 * acc2.sum()).exp())).map(|e| e.tanh());
    }
    let m4 = if n > 2 {
        let m3 = &x0 * &x0;
        tanh(
            &(0.05
                * ((log_softmax(&softmax(
                    &(0.05 * (x1.norm_squared() * DMatrix::identity(5, 4))),
                )) + (acc1[0] * DMatrix::identity(5, 4))
                    .component_div(&(acc1[0] * DMatrix::identity(5, 4)).map(|e| 2.0 + e.sin())))
                    * (0.05 * m3.mean()).exp())),
        )
    } else {
        sigmoid(&(0.5 * (x0.rows(1, 1).mean() * DMatrix::identity(5, 4))))
    };
    (0.05
        * ((0.02 * (f004(&x0, x0.columns(1, 2).into_owned()) + acc1.norm_squared())).tanh()
            + m4.norm_squared()))
    .tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f046() {
    passes_at_random_points(46, "f046", |rng| f046::check(rng.matrix(3, 3), &rng.vector(4), 3));
}

#[differentiable]
fn f047(x0: f32, x1: &DMatrix<f32>, case: usize) -> f32 {
    let mut acc1 = (x0 * DMatrix::identity(3, 4)).column_mean();
    match case {
        0 => {
            let m3 = if (0.01 * x1.norm_squared()).sin() > x0 {
                let c2: DMatrix<f32> = DMatrix::zeros(4, 4);
                c2.map(|e| e.max(e.tanh())) - c2.component_mul(x1)
            } else {
                softmax(x1)
            };
            acc1 = &acc1 * 0.5
                + DVector::from_column_slice(&[0.25, 1.25, -0.75])
                    * x0
                    * (0.05 * m3.norm_squared()).exp();
        }
        1 | 2 => {
            acc1 += softmax(&(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * x0));
        }
        _ => {
            assert_eq!(x1.shape(), (4, 4));
            acc1 /= 1.0
                + (0.1 * f032(f031(&(x0 * DMatrix::identity(1, 2))), 0.5, &[0, 0, 1, 1])).powi(2);
        }
    }
    let c4: DMatrix<f32> = DMatrix::zeros(4, 4);
    (0.01 * ((0.5 * x0).abs() + x1.sum() + acc1.norm_squared())).tanh() * c4.mean().exp()
        + (x0 + x1.sum())
}

#[test]
fn check_f047() {
    passes_at_random_points(47, "f047", |rng| {
        f047::check(rng.scalar(), &rng.matrix(4, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f048(x0: &DMatrix<f32>, x1: DMatrix<f32>, s: &Stack32, n: usize) -> f32 {
    let s2 = {
        let s1 = f031(&(s.layers[1].w.column(0).norm() * DMatrix::identity(1, 2)));
        (0.05 * (add_bias(&DMatrix::zeros(3, 3), &s.layers[1].b).sum() + s1)).tanh()
    };
    let v6 = {
        let v3 = sigmoid(&s.layers[0].b);
        let mut acc4: DVector<f32> = DVector::zeros(3);
        for _ in 0..n {
            let c5: DVector<f32> = DVector::zeros(3);
            acc4 = (0.5 * &acc4).map(|e| e.tanh())
                + (0.5
                    * (sigmoid(&(0.5 * x0))
                        * (s2 * DMatrix::identity(2, 2)).column_variance()
                        * c5.mean().exp()))
                .map(|e| e.tanh());
        }
        acc4.map(|e| e.sin()) + &v3
    };
    (0.02 * (f009(&s.layers[0].w.columns(0, 3).sum()) + x1.norm_squared())).tanh()
        + v6.mean()
        + (x0.sum()
            + x1.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f048() {
    passes_at_random_points(48, "f048", |rng| {
        f048::check(
            &rng.matrix(3, 2),
            rng.matrix(3, 3),
            &Stack32 {
                layers: vec![
                    Affine32 { w: rng.matrix(3, 3), b: rng.vector(3) },
                    Affine32 { w: rng.matrix(3, 3), b: rng.vector(3) },
                    Affine32 { w: rng.matrix(3, 3), b: rng.vector(3) },
                ],
            },
            4,
        )
    });
}

#[differentiable]
fn f049(x0: &DVector<f64>, x1: &DMatrix<f64>, n: usize) -> DMatrix<f64> {
    let x1 = x1 * 0.5 + add_bias(x1, &(DVector::from_column_slice(&[-1.0, 0.25]) * x1[(1, 1)]));
    let mut acc1 = DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x1[(0, 2)] - x0;
    acc1 /= 2.0
        + (0.05
            * f012(
                &(x1.column(1).sum() * DMatrix::identity(5, 5)),
                &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75, 0.4]) * x0.sum()),
                4,
            ))
        .tanh()
        .cos();
    acc1 -= x0 * ((0.01 * x1.norm_squared()).tanh() / (2.0 + (0.5 * x0.mean()).sin()));
    if n > 3 {
        acc1 = &acc1 * 0.5
            + (0.05 * (DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * x0.norm_squared()))
                .map(|e| e.tanh());
    } else if acc1[1] - (0.01 * x1.norm_squared()).tanh() > (0.01 * x1.norm_squared()).tanh() {
        acc1 = (0.1 * &acc1).map(|e| e.tanh())
            + tanh(
                &(0.05
                    * (ln(&add_bias(&DMatrix::zeros(3, 2), x0).map(|e| 2.0 + e.sin()))
                        * relu(&x1.column(2).into_owned()))),
            );
    } else {
        acc1 /= 2.0 + (0.1 * f018(x0[2], &add_bias(&DMatrix::zeros(3, 3), x0))).tanh();
        acc1 += x0;
    }
    sigmoid(&(0.05 * (x1.transpose() * (0.05 * acc1.mean()).exp())))
        + DMatrix::from_element(3, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f049() {
    passes_at_random_points(49, "f049", |rng| f049::check(&rng.vector(3), &rng.matrix(2, 3), 4));
}

#[differentiable]
fn f050(x0: f64, x1: f64, p: &TwoLayer) -> f64 {
    let x0 = x0.sin() + (x1 - x0);
    let s1 = if p.first.w.columns(0, 2).mean() < p.second.w.mean() {
        x1 - x0
    } else {
        (0.02 * f043(add_bias(&DMatrix::zeros(3, 4), &p.second.b), &p.second.b, p)).tanh().tanh()
    };
    (0.05 * (x0 * p.second.w.column(1).mean())).tanh()
        + s1
        + (x0
            + x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f050() {
    passes_at_random_points(50, "f050", |rng| {
        f050::check(
            rng.scalar(),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f051(x0: &DVector<f64>, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(3, 3, 0.25);
    for (&e2, &e3) in x0.iter().zip(x0.iter().skip(1)) {
        acc1 += sigmoid(&(0.2 * (tanh(&(0.5 * x1)) * (0.2 * e2).exp() * (0.2 * e3).exp())));
    }
    let m4 = x1 * &acc1;
    x1 + &m4 + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f051() {
    passes_at_random_points(51, "f051", |rng| f051::check(&rng.vector(1), &rng.matrix(3, 3)));
}

#[differentiable]
fn f052(x0: &DMatrix<f64>, x1: DMatrix<f64>, n: usize, flag: bool) -> DMatrix<f64> {
    let mut acc1 = (&x1 * &x1).transpose();
    for _ in 0..n {
        acc1 -= softmax(&(0.2 * log_softmax(&x1)));
    }
    let mut acc2 = tanh(&(0.01 * (relu(&acc1.transpose()) * (acc1.mean() + x0[(2, 0)]))));
    if flag {
        acc2 -= acc1.transpose();
        acc2 -= tanh(
            &(0.05
                * (&acc1 - &x1 + f038((0.05 * x1.norm_squared()).tanh(), acc1[(0, 0)], &[0, 0]))),
        );
    } else {
        acc2 *= (0.2 * (0.1 * acc1.columns(0, 2).mean()).exp()).cos();
    }
    sigmoid(&(0.1 * &acc1)) + &acc2 + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f052() {
    passes_at_random_points(52, "f052", |rng| {
        f052::check(&rng.matrix(4, 2), rng.matrix(2, 2), 2, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f053(x0: DVector<f64>, x1: &DVector<f64>, x2: &DMatrix<f64>) -> f64 {
    let m1 = if (0.5 * (0.5 * x1[0]).tanh()).tan() < x2.rows(0, 2).mean() {
        ln(&tanh(&(0.5 * (x0[1] * DMatrix::identity(4, 4)))).map(|e| e * e + 0.5))
    } else {
        exp(&(0.5 * x2))
    };
    let mut acc2: DMatrix<f64> = DMatrix::zeros(4, 4);
    acc2 += &m1 + x2;
    acc2 += add_bias(&DMatrix::zeros(4, 4), &x0) * (x0.mean() * DMatrix::identity(4, 4));
    acc2 *= (0.1
        * f034(
            &sigmoid(&(0.01 * (x2.norm_squared() * DMatrix::identity(2, 2)))),
            &DMatrix::from_element(2, 2, 0.25),
        ))
    .tanh();
    (0.01 * (x2.row(2).sum() + acc2.sum())).tanh() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f053() {
    passes_at_random_points(53, "f053", |rng| {
        f053::check(rng.vector(4), &rng.vector(4), &rng.matrix(4, 4))
    });
}

#[differentiable]
fn f054(x0: &f64, x1: f64) -> f64 {
    let s1 = x0.min(x1);
    let s2 = s1 + x1;
    let s3 = (x1.powi(2) + 1.0).ln() - (1.0 + x0.powi(2)).powf(0.5 * (0.5 * *x0).tanh());
    (0.01 * (s2 * DMatrix::identity(4, 2)).row_variance().norm_squared()).tanh() + s3 + (*x0 + x1)
}

#[test]
fn check_f054() {
    passes_at_random_points(54, "f054", |rng| f054::check(&rng.scalar(), rng.scalar()));
}

#[differentiable]
fn f055(x0: &DVector<f64>, x1: &DMatrix<f64>, x2: DVector<f64>) -> f64 {
    let c1: DMatrix<f64> = DMatrix::zeros(3, 3);
    let v2 = relu(x0);
    (0.05 * f039(x2[1] * DMatrix::identity(4, 5), c1.norm_squared() * DMatrix::identity(5, 5)))
        .tanh()
        + x1.sum()
        + v2.mean()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f055() {
    passes_at_random_points(55, "f055", |rng| {
        f055::check(&rng.vector(3), &rng.matrix(4, 3), rng.vector(4))
    });
}

#[differentiable]
fn f056(x0: f64, x1: &DVector<f64>, x2: &DMatrix<f64>, n: usize) -> f64 {
    let c1: DMatrix<f64> = DMatrix::zeros(3, 2);
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 4, 0.75);
    if n > 3 {
        acc2 = tanh(&acc2)
            + (x0 * DMatrix::identity(4, 4) + (x0 * DMatrix::identity(4, 4)).map(|e| e.sin()));
    } else {
        for _ in 0..n {
            acc2 = &acc2 * 0.5 + tanh(&(0.2 * (x2.sum() * DMatrix::identity(4, 4))));
        }
        acc2 += add_bias(
            &(x0 * DMatrix::identity(4, 4)),
            &(DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0),
        );
    }
    let c3: DVector<f64> = DVector::zeros(4);
    (0.02 * ((0.05 * (((0.5 * x1[1]).cos() + x2.sum()) * c1.sum().exp())).tanh() + acc2.sum()))
        .tanh()
        * c3.norm_squared().exp()
        + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f056() {
    passes_at_random_points(56, "f056", |rng| {
        f056::check(rng.scalar(), &rng.vector(2), &rng.matrix(3, 3), 4)
    });
}

#[differentiable]
fn f057(x0: f64, x1: &DMatrix<f64>, x2: f64, case: usize) -> f64 {
    let v2 = {
        let s1 = (x0 * DMatrix::identity(2, 4) * (x2 * DMatrix::identity(4, 2))).mean();
        (0.05 * (x1.column(1).into_owned() * x0 * (0.05 * s1).exp())).map(|e| e.tanh())
    };
    let mut acc3: f64 = 0.0;
    if f023(x1.sum(), &(x0 * DMatrix::identity(3, 3)), case) > 1.5 {
        acc3 += x1.columns(0, 1).sum();
        acc3 += (0.2 * (x0 * DMatrix::identity(4, 2)).norm()).abs();
    } else {
        acc3 = acc3 * 0.5 + ((1.0 + x2.powi(2)).powf(0.5 * (0.5 * x0).tanh()) + x1.variance());
    }
    (0.05 * (x0 * x1.mean() + v2.sum() + acc3)).tanh() + (x0 + x1.sum() + x2)
}

#[test]
fn check_f057() {
    passes_at_random_points(57, "f057", |rng| {
        f057::check(rng.scalar(), &rng.matrix(2, 2), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f058(x0: DMatrix<f64>) -> DMatrix<f64> {
    let mut w1: DMatrix<f64> = DMatrix::zeros(1, 3);
    for i in 0..w1.nrows() {
        w1[(i, 1)] = (0.5 * (0.5 * x0[(i, i)]).tanh()).tan();
    }
    let m3 = w1.map(|e| {
        let t2 = f016(&e, &0.75);
        e - t2
    });
    &m3 + DMatrix::from_element(1, 3, 1.0) * x0.sum()
}

#[test]
fn check_f058() {
    passes_at_random_points(58, "f058", |rng| f058::check(rng.matrix(4, 4)));
}

#[differentiable]
fn f059(x0: DMatrix<f64>, x1: f64) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(3, 3, 0.25);
    acc1 *= (0.5 * (0.5 * x1).powi(3)).tanh();
    let s2 = mse(&x0.column(2).into_owned(), &acc1.column(1).into_owned());
    softmax(&(0.02 * (&x0 * (x1 * DMatrix::identity(3, 2)) * (0.05 * s2).exp())))
        + DMatrix::from_element(3, 2, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f059() {
    passes_at_random_points(59, "f059", |rng| f059::check(rng.matrix(3, 3), rng.scalar()));
}

#[differentiable(wrt(x0, x1))]
fn f060(x0: DVector<f32>, x1: &DMatrix<f32>, x2: &f32, n: usize, labels: &[usize]) -> f32 {
    let s1 = (0.5 * *x2).exp();
    let mut acc2: DVector<f32> = DVector::zeros(4);
    if n > 2 {
        let s3 = if s1 > 0.25 { x1[(1, 0)] } else { s1 * *x2 };
        acc2 *= (0.1
            * ((0.01 * x1.norm_squared()).sin().min((0.01 * x1.norm_squared()).tanh()) + s3))
            .sin();
    } else if (0.5 * (0.5 * *x2).tanh()).tan() < s1 {
        let mut acc4: DVector<f32> = DVector::zeros(4);
        for i in 0..acc2.len() {
            acc2 = acc2.map(|e| e.sin())
                + (0.1
                    * (sigmoid(
                        &(0.05
                            * (x1.column(i).sum()
                                * DMatrix::identity(4, 4)
                                * (*x2 * DMatrix::identity(4, 3)))),
                    ) * x1
                        .column(i)
                        .into_owned()
                        .component_div(&x1.column(i).into_owned().map(|e| e * e + 0.5))))
                .map(|e| e.tanh());
            acc4 += (0.01 * f003(&(s1 * DMatrix::identity(3, 4)), x2).column_variance())
                .map(|e| e.tanh());
        }
        acc2 = &acc2 * 0.5
            + (s1
                * DMatrix::identity(4, 4)
                * (0.02
                    * (s1
                        * DMatrix::identity(4, 4)
                        * (DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * s1)))
                    .map(|e| e.tanh())
                + &acc4);
    } else {
        let s5 = cross_entropy(
            &softmax(&(0.01 * (x1.norm_squared() * DMatrix::identity(3, 3)))),
            labels,
        );
        acc2 /= 2.0 + (0.2 * (0.5 * s5).exp()).cos();
    }
    let s6 = (0.02
        * mse(&x1.column(2).into_owned(), &(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * s1)))
    .tanh();
    (0.01 * (s6 + *x2 + x0.mean() + acc2.norm_squared())).tanh() + (x0.sum() + x1.sum() + *x2)
}

#[test]
fn check_f060() {
    passes_at_random_points(60, "f060", |rng| {
        f060::check(rng.vector(4), &rng.matrix(3, 4), &rng.scalar(), 2, &[0, 0, 2])
    });
}

#[differentiable]
fn f061(x0: f64, x1: &DMatrix<f64>, n: usize) -> DMatrix<f64> {
    let s1 = (0.02
        * mse(
            &(x0 * DMatrix::identity(5, 5) * x0),
            &softmax(
                &(0.05 * (x0 * DMatrix::identity(5, 5) * (x1[(0, 0)] * DMatrix::identity(5, 5)))),
            ),
        ))
    .sin();
    let mut acc2: f64 = 0.5;
    if n > 3 {
        acc2 *= (0.2 * x1.sum()).cos();
    }
    acc2 * x1 * s1.exp() + DMatrix::from_element(5, 2, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f061() {
    passes_at_random_points(61, "f061", |rng| f061::check(rng.scalar(), &rng.matrix(5, 2), 3));
}

#[differentiable]
fn f062(x0: f32, n: usize, flag: bool) -> f32 {
    let s2 = if n > 2 {
        (0.05
            * mse(
                &(DVector::from_column_slice(&[0.25, 1.25]) * x0),
                &(DVector::from_column_slice(&[0.75, -0.5]) * x0),
            ))
        .sin()
    } else {
        let mut acc1: DMatrix<f32> = DMatrix::from_element(1, 2, 0.25);
        if flag {
            acc1 *= (0.01
                * (x0 * DMatrix::identity(4, 2))
                    .component_mul(&(x0 * DMatrix::identity(4, 2)))
                    .row_variance()
                    .norm_squared())
            .tanh()
            .cos();
        } else if (x0.powi(2) + 1.0).ln() > 0.25 {
            acc1 = acc1.map(|e| e.sin())
                + x0 * DMatrix::identity(1, 4) * (x0 * DMatrix::identity(4, 2));
        } else {
            acc1 -= (x0 * DMatrix::identity(1, 2) * x0).map(|e| (0.2 * e).tanh());
        }
        (0.05 * (x0 + acc1.sum())).tanh()
    };
    let x0 = x0.sin() + mse(&(x0 * DMatrix::identity(4, 2)), &(s2 * DMatrix::identity(4, 2)));
    let c3: DMatrix<f32> = DMatrix::from_element(1, 4, 0.4);
    (1.0 + c3[(0, 1)].powi(2)).powf(0.5 * (0.1 * x0).tanh()) + x0
}

#[test]
fn check_f062() {
    passes_at_random_points(62, "f062", |rng| f062::check(rng.scalar(), 4, rng.uniform() < 0.5));
}

#[differentiable(wrt(x0))]
fn f063(x0: f64, x1: DMatrix<f64>) -> f64 {
    let s1: f64 = x1.sum();
    let v3 = {
        let v2 = DVector::from_column_slice(&[0.25, 1.25]) * s1;
        tanh(&(0.02 * (v2[0] * DMatrix::identity(3, 2) * &v2)))
    };
    x1.column(0).into_owned().norm() + x0 + v3.norm_squared() + (x0 + x1.sum())
}

#[test]
fn check_f063() {
    passes_at_random_points(63, "f063", |rng| f063::check(rng.scalar(), rng.matrix(2, 2)));
}

#[differentiable]
fn f064(x0: &DMatrix<f64>, flag: bool) -> DMatrix<f64> {
    let mut acc1: f64 = 0.0;
    acc1 = acc1 * 0.5
        + (0.05
            * f053(
                (DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0.rows(2, 1).norm())
                    .map(|e| e - e * 0.5),
                &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75])
                    * x0.sum()
                    * (0.05 * x0.row(0).norm_squared()).tanh()),
                &log_softmax(&(0.2 * (x0.sum() * DMatrix::identity(4, 4)))),
            ))
        .tanh();
    let c2: DMatrix<f64> = DMatrix::zeros(2, 2);
    sigmoid(&(0.05 * f052(&(acc1 * DMatrix::identity(4, 2)), c2.clone(), 2, flag)))
        + DMatrix::from_element(2, 2, 1.0) * x0.sum()
}

#[test]
fn check_f064() {
    passes_at_random_points(64, "f064", |rng| f064::check(&rng.matrix(3, 4), rng.uniform() < 0.5));
}

#[differentiable]
fn f065(x0: DVector<f64>, x1: f64, x2: f64, n: usize) -> f64 {
    let s1 = x1 + x1 / (1.0 + x0.norm_squared());
    let mut acc2: f64 = 0.5;
    for _ in 0..n {
        acc2 *= (0.2 * (x2 * x1)).cos();
    }
    (0.5 * x0.mean()).powi(2) + s1 + acc2 + (x0.sum() + x1 + x2)
}

#[test]
fn check_f065() {
    passes_at_random_points(65, "f065", |rng| {
        f065::check(rng.vector(4), rng.scalar(), rng.scalar(), 3)
    });
}

#[differentiable]
fn f066(x0: &DMatrix<f32>, x1: &DMatrix<f32>, p: &TwoLayer32) -> f32 {
    let x1 = x1.map(|e| e.sin());
    let mut acc1: DVector<f32> = DVector::zeros(4);
    for (_, &e2) in p.first.b.iter().enumerate() {
        acc1 -=
            sigmoid(&(0.2 * (0.05 * exp(&p.second.b)).map(|e| e.tanh()).add_scalar(e2 + p.gain)));
    }
    (0.02 * (p.first.w.mean() + x0.norm_squared())).tanh()
        + x1.sum()
        + acc1.sum()
        + (x0.sum()
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
            &rng.matrix(2, 4),
            &rng.matrix(3, 4),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(4, 3), b: rng.vector(4) },
                second: Affine32 { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f067(x0: f64, x1: f64, n: usize) -> DMatrix<f64> {
    let mut acc1: DVector<f64> = DVector::zeros(4);
    for _ in 0..n {
        let s2 = x1 + acc1[1];
        acc1 = &acc1 * 0.5
            + tanh(
                &(0.2
                    * (DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * s2).add_scalar(x1)),
            );
    }
    let x1 = x1.sin();
    softmax(
        &(0.05
            * ((x0 * DMatrix::identity(4, 4)).map(|e| e * (e * (0.5 * e).tanh()))
                * (0.1 * acc1.sum()).exp())),
    ) * x1.exp()
        + DMatrix::from_element(4, 4, 1.0) * (x0 + x1)
}

#[test]
fn check_f067() {
    passes_at_random_points(67, "f067", |rng| f067::check(rng.scalar(), rng.scalar(), 4));
}

#[differentiable(wrt(x0))]
fn f068(x0: &DVector<f64>, x1: &DVector<f64>, x2: &DMatrix<f64>, s: &Stack, n: usize) -> f64 {
    let mut h2 = x2.rows(0, 2).into_owned().map(|e| {
        let t1 = e;
        (0.5 * t1).cos()
    });
    for layer3 in &s.layers {
        h2 = tanh(&add_bias(&(&layer3.w * &h2), &layer3.b));
    }
    let mut acc4 = sigmoid(
        &(0.05
            * (h2.column(1).into_owned()
                * s.layers[1].b.mean()
                * (s.layers[0].b.mean() * s.layers[2].b[1]))),
    );
    for i in 0..n {
        for _ in 0..s.layers[1].b.len() {
            acc4 = (0.2 * &acc4).map(|e| e.tanh())
                + (0.5 * s.layers[0].b.map(|e| -e)).map(|e| e.tanh());
        }
        acc4 -= sigmoid(
            &(0.2
                * (x0.component_mul(&s.layers[0].b)
                    / (2.0 + (0.5 * -s.layers[1].w.row(i).mean()).cos()))),
        );
    }
    let v5 = x2.column(0).into_owned() * (0.01 * x2.norm_squared()).tanh();
    let m6 =
        add_bias(&DMatrix::zeros(2, 2), &s.layers[0].b) / (2.0 + (0.1 * x1.norm_squared()).tanh());
    (0.05 * ((acc4.mean().powi(2) + 1.0).ln() + v5.norm_squared())).tanh()
        + m6.mean()
        + (x0.sum()
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
fn check_f068() {
    passes_at_random_points(68, "f068", |rng| {
        f068::check(
            &rng.vector(2),
            &rng.vector(2),
            &rng.matrix(4, 4),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                    Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                ],
            },
            2,
        )
    });
}

#[differentiable]
fn f069(x0: DMatrix<f64>, x1: &DMatrix<f64>, q: &TwoLayer) -> f64 {
    let mut w1: DMatrix<f64> = DMatrix::zeros(4, 2);
    for i in 0..w1.nrows() {
        w1[(i, 0)] = (0.02 * (q.gain * x1.column(1).norm_squared())).tanh();
    }
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 2, 0.5);
    acc2 /= 2.0 + ((2.0 + q.gain.sin()).ln() * (0.5 * (0.5 * q.gain).tanh()).tan()).cos();
    let s3 = (0.5 * (0.5 * (q.gain / (2.0 + (0.5 * q.gain).sin()))).tanh()).tan();
    s3.max(q.gain)
        + x0.sum()
        + w1.sum()
        + acc2.sum()
        + (x0.sum()
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f069() {
    passes_at_random_points(69, "f069", |rng| {
        f069::check(
            rng.matrix(2, 2),
            &rng.matrix(2, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f070(x0: DMatrix<f64>, x1: &DVector<f64>, case: usize) -> f64 {
    let mut acc1: f64 = 0.0;
    for i in 0..x0.nrows() {
        for _ in 0..x0.nrows() {
            assert_eq!(x0.shape(), (3, 3));
            acc1 /= 2.0 + (0.2 * ((0.02 * x0.norm_squared()).tanh() + (i as f64 + 0.5))).sin();
        }
        let s2 =
            (0.01 * (DVector::from_column_slice(&[0.25, 1.25, -0.75]) * acc1).variance()).sin();
        acc1 *= (0.5 * (x1.mean() + s2)).tanh();
    }
    let m6 = match case {
        0 => {
            let mut acc3 = (0.05 * x1.norm_squared()).tanh();
            for &e4 in x1.iter() {
                acc3 -= (0.02
                    * mse(
                        &(e4 * DMatrix::identity(2, 3)).map(|e| e * e.sin()),
                        &log_softmax(&(e4 * DMatrix::identity(2, 3))),
                    ))
                .tanh();
            }
            relu(&x0) * (0.2 * acc3).exp()
        }
        1 | 2 => {
            let acc1 = acc1 * 0.5 + x0.sum() / (2.0 + (0.5 * acc1).tanh());
            (acc1 * DMatrix::identity(3, 3)).transpose()
        }
        _ => ln(&exp(&(0.2 * &x0))),
    };
    (0.05 * m6.norm()).tanh() + acc1 + (x0.sum() + x1.sum())
}

#[test]
fn check_f070() {
    passes_at_random_points(70, "f070", |rng| {
        f070::check(rng.matrix(3, 3), &rng.vector(3), rng.int(0, 3))
    });
}

#[differentiable]
fn f071(x0: &DMatrix<f32>, n: usize, flag: bool) -> DVector<f32> {
    let mut acc1 = x0[(0, 2)] * DMatrix::identity(3, 2) * x0.column(1).into_owned();
    if acc1[2] > 0.75 {
        let v3 = if acc1[0] > 0.75 {
            &acc1 * (0.02 * x0.norm_squared()).tanh()
        } else {
            let m2 = acc1.mean() * DMatrix::identity(2, 3);
            log_softmax(
                &(0.01
                    * (DVector::from_column_slice(&[1.0, 0.75, -0.5])
                        * m2.columns(1, 1).norm_squared())),
            )
        };
        acc1 = &acc1 * 0.5 + &v3;
    } else if n > 2 {
        acc1 /= 2.0 + (0.5 * (0.2 * x0.variance()).powi(2)).sin();
    } else {
        acc1 *= (0.2
            * (((0.02 * x0.norm_squared()).tanh() - x0.rows(0, 1).sum())
                / (2.0 + (0.02 * x0.norm_squared()).tanh().powi(2).cos())))
        .tanh();
    }
    let v6 = if flag {
        for &e4 in x0.iter() {
            acc1 -= tanh(
                &(0.01
                    * (e4
                        * DMatrix::identity(3, 3)
                        * (e4 * DMatrix::identity(3, 2))
                        * (x0.column(1).into_owned() * e4))),
            );
        }
        sigmoid(&(0.05 * add_bias(&DMatrix::zeros(3, 2), &acc1)))
            .map(|e| e * (e * 0.5))
            .column_mean()
    } else {
        (0.05 * (&acc1 + (0.1 * &acc1).map(|e| e.tanh()))).map(|e| e.tanh())
    };
    sigmoid(&(0.05 * add_bias(&DMatrix::zeros(3, 3), &acc1))) * &v6
        + DVector::from_element(3, 1.0) * x0.sum()
}

#[test]
fn check_f071() {
    passes_at_random_points(71, "f071", |rng| {
        f071::check(&rng.matrix(2, 3), 3, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f072(x0: &f32) -> f32 {
    let mut w1: DMatrix<f32> = DMatrix::zeros(4, 3);
    for i in 0..w1.nrows() {
        w1[(i, 1)] = w1[(0, 2)];
    }
    let mut w2: DMatrix<f32> = add_bias(&w1, &w1.column(2).into_owned());
    for i in 0..w2.nrows() {
        w2[(i, 0)] += 0.5 * (0.5 * *x0).powi(3);
    }
    let w1 = tanh(&w1) + *x0 * DMatrix::identity(4, 3) * (*x0 * DMatrix::identity(3, 3));
    (0.01 * ((0.01 * w1.norm_squared()).tanh() + w2.norm_squared())).tanh() + *x0
}

#[test]
fn check_f072() {
    passes_at_random_points(72, "f072", |rng| f072::check(&rng.scalar()));
}

#[differentiable]
fn f073(x0: DMatrix<f32>, case: usize) -> f32 {
    let mut acc1 =
        log_softmax(&(0.05 * (DVector::from_column_slice(&[1.0, 0.75]) * x0.norm_squared())));
    for i in 0..x0.ncols() {
        let s3 = match case {
            0 => {
                let s2 = x0.rows(0, 1).sum();
                f004(&(x0.rows(1, 1).sum() * DMatrix::identity(3, 3)), s2 * DMatrix::identity(3, 2))
            }
            1 | 2 => {
                let x0 = x0.map(|e| e.sin()) + sigmoid(&(0.5 * &x0));
                (acc1.sum().powi(2) + 1.0).ln() + x0.mean()
            }
            _ => (DVector::from_column_slice(&[0.75]) * x0[(i, i)])
                .dot(&(DVector::from_column_slice(&[0.3]) * acc1[i]).map(|e| (0.2 * e).abs())),
        };
        acc1 = acc1.map(|e| e.sin())
            + softmax(&(0.2 * (x0.column(i).into_owned() * (0.05 * s3).exp())));
    }
    let c4 = acc1.len() as f32;
    let mut acc5 = (0.02 * acc1.norm_squared()).tanh().exp();
    acc5 /= 2.0 + (0.5 * (c4 - c4 * 0.5)).abs().tanh();
    x0.row_mean().sum() + acc5 + x0.sum()
}

#[test]
fn check_f073() {
    passes_at_random_points(73, "f073", |rng| f073::check(rng.matrix(2, 2), rng.int(0, 3)));
}

#[differentiable]
fn f074(x0: f64, x1: f64, s: &Stack, n: usize) -> f64 {
    let mut acc1: f64 = 1.0;
    if n > 3 {
        let m2 = s.layers[0].w.transpose();
        acc1 = acc1.tanh() + (s.layers[1].b.sum() + m2.mean());
    } else {
        acc1 *= (0.2
            * (s.layers[0].b.norm()
                / (2.0 + (0.2 * s.layers[0].w.column(0).into_owned().sum()).sin())))
        .cos();
    }
    let c3 = s.layers[1].w.ncols() as f64;
    (0.05
        * f065(
            DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * c3,
            (0.02 * s.layers[0].b.norm_squared()).tanh(),
            x1,
            3,
        ))
    .tanh()
        + x0
        + acc1
        + (x0
            + x1
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f074() {
    passes_at_random_points(74, "f074", |rng| {
        f074::check(
            rng.scalar(),
            rng.scalar(),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(5, 5), b: rng.vector(5) },
                    Affine { w: rng.matrix(5, 5), b: rng.vector(5) },
                ],
            },
            2,
        )
    });
}

#[differentiable(wrt(x0, x1))]
fn f075(x0: DVector<f64>, x1: DVector<f64>, q: &TwoLayer) -> f64 {
    assert_eq!(q.second.w.shape(), (1, 4));
    let mut w1: DMatrix<f64> = add_bias(&add_bias(&DMatrix::zeros(3, 3), &x0), &x1);
    for i in 0..w1.nrows() {
        w1[(i, 2)] = 0.2 * (q.gain * i as f64);
    }
    (0.01
        * ((0.05 * f055(&x1, &q.first.w.columns(0, 3).into_owned(), q.first.b.clone())).tanh()
            + w1.norm_squared()))
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
fn check_f075() {
    passes_at_random_points(75, "f075", |rng| {
        f075::check(
            rng.vector(3),
            rng.vector(3),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(1, 4), b: rng.vector(1) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f076(x0: DMatrix<f64>, x1: DVector<f64>) -> f64 {
    let x0 = &x0 * 0.5;
    let mut w1: DVector<f64> = DVector::zeros(3);
    for i in 0..w1.len() {
        w1[i] = (w1[i].powi(2) + 1.0).ln();
    }
    x0.column(0).mean() / (1.0 + w1.norm_squared()) + x1.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f076() {
    passes_at_random_points(76, "f076", |rng| f076::check(rng.matrix(3, 2), rng.vector(2)));
}

#[differentiable]
fn f077(x0: &DMatrix<f32>) -> f32 {
    let m1 = x0.row(0).sum() * DMatrix::identity(1, 1) * x0.sum();
    let mut acc2: DVector<f32> = DVector::zeros(4);
    for i in 0..m1.nrows() {
        let mut acc3: DMatrix<f32> = DMatrix::zeros(1, 1);
        for j in 0..m1.ncols() {
            let c4: DMatrix<f32> = DMatrix::zeros(4, 4);
            acc2 /= 2.0
                + (0.2
                    * ((m1[(j, 0)].powi(2) + 0.5).sqrt()
                        * (0.01
                            * mse(
                                &(m1.column(i).norm() * DMatrix::identity(1, 4)),
                                &(x0[(i, i)] * DMatrix::identity(1, 4)),
                            ))
                        .tanh()))
                .cos();
            acc3 -= tanh(&(0.5 * (tanh(&softmax(&(0.2 * &m1))) * c4.sum().exp())));
        }
        for _ in 0..m1.nrows() {
            let s5 = (x0[(i, i)].powi(2) + 0.5).sqrt();
            acc3 /= 1.0 + (0.5 * s5).sin().powi(2);
        }
        acc2 = &acc2 * 0.5
            + softmax(
                &(0.1
                    * (DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * m1.sum())
                        .map(|e| {
                            let t6 = e;
                            f062(t6, 4, true)
                        })
                        .add_scalar((0.02 * acc3.norm_squared()).tanh())),
            );
    }
    let s7 = x0.mean() + x0.columns(0, 1).mean();
    (0.5 * (0.2 * s7).tanh()).tan() + acc2.mean() + x0.sum()
}

#[test]
fn check_f077() {
    passes_at_random_points(77, "f077", |rng| f077::check(&rng.matrix(1, 1)));
}

#[differentiable]
fn f078(x0: DMatrix<f64>, x1: &f64, x2: &f64, flag: bool) -> f64 {
    let m1: DMatrix<f64> = (0.05
        * mse(
            &(DVector::from_column_slice(&[-1.0, 0.25]) * *x1),
            &(DVector::from_column_slice(&[-0.25, 1.0]) * x0.rows(0, 3).mean()),
        ))
    .sin()
        * (&x0 * x0.columns(0, 2).into_owned());
    let mut acc2 = tanh(&(0.01 * ((&x0 + tanh(&(0.5 * &x0))) * (&x0 * &x0))));
    acc2 = acc2.map(|e| e.sin()) + x0.component_mul(&x0);
    acc2 = &acc2 * 0.5 + x0.transpose();
    let s4 = if flag {
        let m3 = if (0.02 * m1.rows(0, 4).sum()).sin() > *x2 {
            let x2 = *x2 * 0.5;
            sigmoid(&(0.02 * (&m1 * (0.5 * x2).exp())))
        } else {
            tanh(&(0.01 * (&m1 * (x0.rows(1, 3).sum() * DMatrix::identity(2, 2)))))
        };
        (0.01 * m1.norm_squared()).tanh() * (0.5 * *x1).exp() + m3.sum()
    } else {
        assert_eq!(m1.shape(), (4, 2));
        x1.max(*x2)
    };
    (0.01 * ((0.1 * m1.mean()).powi(2) + acc2.norm_squared())).tanh() + s4 + (x0.sum() + *x1 + *x2)
}

#[test]
fn check_f078() {
    passes_at_random_points(78, "f078", |rng| {
        f078::check(rng.matrix(4, 4), &rng.scalar(), &rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f079(x0: &DMatrix<f64>, x1: &DVector<f64>, n: usize) -> DVector<f64> {
    let mut acc1: DVector<f64> = DVector::zeros(3);
    for i in 0..x0.nrows() {
        for _ in 0..n {
            acc1 += tanh(
                &(0.02
                    * ((x0.columns(0, 2).mean() * DMatrix::identity(3, 5)).component_div(
                        &tanh(&(0.02 * (x0.norm_squared() * DMatrix::identity(3, 5))))
                            .map(|e| 2.0 + e.sin()),
                    ) * (DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5, 0.3])
                        * x0.row(i).mean()
                        / (2.0 + (0.5 * x1.mean()).tanh())))),
            );
        }
        let x0 = x0 * 0.5;
        acc1 += tanh(&(0.5 * (sigmoid(x1) * (0.5 * x0.mean()).exp())));
    }
    let s3 = {
        let v2: DVector<f64> = x1.clone();
        (0.05 * ((0.2 * x1.sum()).cos() + v2.norm_squared())).tanh()
    };
    (0.05 * (acc1.component_div(&x0.column(0).into_owned().map(|e| 2.0 + e.sin())) * s3.exp()))
        .map(|e| e.tanh())
        + DVector::from_element(3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f079() {
    passes_at_random_points(79, "f079", |rng| f079::check(&rng.matrix(3, 2), &rng.vector(3), 4));
}

#[differentiable]
fn f080(x0: &DVector<f32>, x1: &DMatrix<f32>, n: usize, flag: bool) -> f32 {
    let mut acc1 = f071(&(x0.sum() * DMatrix::identity(2, 3)), 3, flag);
    for (_, &e2) in x1.iter().enumerate() {
        acc1 -= tanh(&(0.5 * (tanh(&(0.05 * exp(x0))) * (0.2 * e2).exp())));
    }
    let s4 = if n > 2 {
        (0.05 * &acc1).map(|e| e.tanh()).variance()
    } else if flag {
        x0.sum() + (0.05 * x0.norm_squared()).tanh()
    } else {
        (0.05
            * f029(
                (0.05 * acc1[2]).tanh(),
                &tanh(&(0.05 * add_bias(&DMatrix::zeros(3, 4), &acc1))),
                &(0.05 * acc1.mean()).tanh(),
                flag,
            ))
        .sin()
    };
    (0.01 * (s4 / (2.0 + (0.2 * s4).cos()) + acc1.norm_squared())).sin() + (x0.sum() + x1.sum())
}

#[test]
fn check_f080() {
    passes_at_random_points(80, "f080", |rng| {
        f080::check(&rng.vector(3), &rng.matrix(4, 4), 3, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f081(x0: &DVector<f64>, x1: &DMatrix<f64>, flag: bool, case: usize) -> DMatrix<f64> {
    let mut w1: DVector<f64> = x1 * x0;
    for i in 0..w1.len() {
        w1[i] = 0.2 * (x0[1] - x1[(i, 0)]);
    }
    let mut acc2: DMatrix<f64> = DMatrix::from_element(2, 3, 0.75);
    match case {
        0 => {
            acc2 = &acc2 * 0.5 + add_bias(&DMatrix::zeros(2, 3), x0);
        }
        1 | 2 => {
            acc2 = acc2.map(|e| e.sin())
                + sigmoid(
                    &(0.02
                        * ((x1.columns(0, 1).sum().powi(2) + 0.5).sqrt()
                            * (x1.transpose() * (x0[0] * DMatrix::identity(2, 3))))),
                );
        }
        _ => {
            if flag {
                let c3: DMatrix<f64> = DMatrix::from_element(3, 2, 2.0);
                acc2 *= (0.5
                    * ((0.05 * exp(&(0.5 * x1)).dot(&(x1 + x1.map(|e| e.sin())))).tanh()
                        * (0.02 * c3.norm_squared()).exp()))
                .tanh();
            } else if x1.sum() > x1.columns(0, 1).sum() {
                acc2 *= (0.5 * (x0[0] / (2.0 + (0.01 * w1.norm_squared()).tanh().sin()))).tanh();
            } else {
                acc2 =
                    acc2.map(|e| e.sin()) + relu(&add_bias(&(x0[0] * DMatrix::identity(2, 3)), x0));
                acc2 *= (0.5
                    * (cross_entropy(
                        &softmax(&(0.05 * (x1.norm_squared() * DMatrix::identity(2, 2)))),
                        &[0, 0],
                    ) * (0.01 * add_bias(&DMatrix::zeros(2, 3), &w1).row_sum().variance())
                        .tanh()))
                .tanh();
            }
            acc2 /= 2.0 + (0.2 * x1.row_sum().sum()).tanh();
        }
    }
    assert_eq!(x1.shape(), (2, 2));
    tanh(&(0.02 * (x1 * x0.norm_squared()))) * (0.05 * w1.sum()).exp() * (0.05 * acc2.sum()).exp()
        + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f081() {
    passes_at_random_points(81, "f081", |rng| {
        f081::check(&rng.vector(2), &rng.matrix(2, 2), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f082(x0: &DMatrix<f32>, x1: DMatrix<f32>) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::from_element(4, 3, 0.25);
    acc1 = &acc1 * 0.5
        + relu(&x1).component_div(
            &x1.map(|e| -(1.0 + e.powi(2)).powf(0.5 * (0.5 * e).tanh())).map(|e| 2.0 + e.sin()),
        );
    acc1 /=
        2.0 + (0.5 * (1.0 + x0.mean().powi(2)).powf(0.5 * (0.2 * x0.row(0).sum()).tanh())).sin();
    let mut w2: DMatrix<f32> =
        (x0.row(2).sum() * DMatrix::identity(2, 4)).component_div(&exp(&(0.2 * x0.transpose())));
    for i in 0..w2.nrows() {
        w2[(i, 0)] = 0.1
            * mse(
                &(DVector::from_column_slice(&[-1.0, 0.25]) * x0.mean()),
                &tanh(&(0.05 * (DVector::from_column_slice(&[0.75, -0.5]) * w2.sum()))),
            );
    }
    let s4 = {
        let m3 = (x0.column(1).mean() * DMatrix::identity(4, 3))
            .component_div(&acc1.map(|e| e * e + 0.5));
        (0.05 * ((0.05 * x0.rows(2, 2).norm_squared()).tanh().exp() + m3.sum())).sin()
    };
    (0.01 * (f073(s4 * DMatrix::identity(2, 2), 0) + w2.norm_squared())).tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f082() {
    passes_at_random_points(82, "f082", |rng| f082::check(&rng.matrix(4, 2), rng.matrix(4, 3)));
}

#[differentiable]
fn f083(x0: DMatrix<f32>, x1: f32) -> f32 {
    let mut acc1 = sigmoid(&(0.5 * &x0));
    for i in 0..x0.nrows() {
        acc1 /= 2.0 + (0.02 * mse(&x0, &(x0.row(i).norm() * DMatrix::identity(4, 4)))).tanh().cos();
    }
    let s4 = {
        let m2 = x1 * DMatrix::identity(4, 4) + &x0;
        let mut w3: DVector<f32> = DVector::zeros(4);
        for i in 0..w3.len() {
            w3[i] = 0.1 * f032(x1, 1.25, &[0, 0, 1, 1]);
        }
        x1 + (0.01 * acc1.norm_squared()).tanh() + m2.mean() + w3.mean()
    };
    (0.05 * (x0.columns(0, 2).sum() + s4)).tanh() + (x0.sum() + x1)
}

#[test]
fn check_f083() {
    passes_at_random_points(83, "f083", |rng| f083::check(rng.matrix(4, 4), rng.scalar()));
}

#[differentiable]
fn f084(x0: &DMatrix<f64>, x1: &f64, p: TwoLayer) -> f64 {
    assert_eq!(p.first.w.shape(), (2, 2));
    let v1 = p.gain * &p.first.b;
    (0.01 * ((*x1 * DMatrix::identity(2, 4)).variance() + x0.sum() + v1.norm_squared())).tanh()
        + (x0.sum()
            + *x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f084() {
    passes_at_random_points(84, "f084", |rng| {
        f084::check(
            &rng.matrix(2, 2),
            &rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f085(x0: &DMatrix<f64>, x1: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(2, 2);
    if (x1.row(1).mean().powi(2) + 0.5).sqrt() < (0.05 * x0.norm_squared()).sin() {
        let mut acc2: DVector<f64> = DVector::zeros(2);
        acc2 -= relu(&x0.column(0).into_owned());
        acc1 -= sigmoid(
            &(0.05
                * (x0.component_div(&x1.map(|e| e * e + 0.5)).map(|e| f016(&e, &0.25))
                    * (0.2 * acc2.mean()).exp())),
        );
    }
    if n > 3 {
        acc1 += x0.transpose();
    }
    acc1.sum().max(x1.rows(0, 2).mean()) + (x0.sum() + x1.sum())
}

#[test]
fn check_f085() {
    passes_at_random_points(85, "f085", |rng| f085::check(&rng.matrix(2, 2), &rng.matrix(2, 2), 3));
}

#[differentiable]
fn f086(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let mut acc1 = x0.rows(1, 2).sum() * DMatrix::identity(3, 5);
    for _ in 0..x1.nrows() {
        acc1 -= softmax(&(0.5 * ln(&x0.map(|e| e * e + 0.5))));
    }
    let acc1 = acc1.map(|e| e.sin());
    assert_eq!(x1.shape(), (3, 3));
    x1[(2, 0)] + acc1.norm_squared() + (x0.sum() + x1.sum())
}

#[test]
fn check_f086() {
    passes_at_random_points(86, "f086", |rng| f086::check(&rng.matrix(3, 5), &rng.matrix(3, 3)));
}

#[differentiable]
fn f087(x0: &DVector<f64>, q: &TwoLayer) -> DVector<f64> {
    let v1 = q.first.b.component_div(&q.first.b.map(|e| e * e + 0.5)) - -&q.first.b;
    let c2: DVector<f64> = DVector::zeros(4);
    softmax(
        &(0.05
            * (sigmoid(&q.second.w.column(0).into_owned())
                * (0.1 * x0.norm_squared()).exp()
                * (0.05 * v1.mean()).exp()
                * c2.mean().exp())),
    ) + DVector::from_element(3, 1.0)
        * (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f087() {
    passes_at_random_points(87, "f087", |rng| {
        f087::check(
            &rng.vector(1),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f088(x0: f64, x1: f64, q: &TwoLayer) -> DMatrix<f64> {
    let mut acc1: f64 = 0.0;
    for &e2 in &q.second.b {
        for i in 0..q.first.w.nrows() {
            assert_eq!(q.first.w.shape(), (2, 2));
            acc1 = (0.2 * acc1).tanh()
                + (0.2 * (q.second.w.mean() * q.first.w.column(i).into_owned().mean())).tanh();
        }
        acc1 -= (0.2 * ((q.second.b[1] / (2.0 + (0.5 * x0).cos())).min(x1.max(x0)) + e2)).tanh();
    }
    let s5 = {
        let m4 = sigmoid(
            &(0.1
                * (add_bias(&DMatrix::zeros(3, 4), &q.second.b) * (x1 * DMatrix::identity(4, 2)))),
        );
        assert_eq!(q.first.b.len(), 2);
        (0.02 * f043(add_bias(&DMatrix::zeros(3, 4), &q.second.b), &q.second.b, q)).tanh()
            + m4.mean()
    };
    let c6: DMatrix<f64> = DMatrix::zeros(2, 4);
    tanh(
        &(0.02
            * (ln(&exp(&(0.2 * add_bias(&DMatrix::zeros(2, 4), &q.first.b))))
                * (0.2 * acc1).exp()
                * (0.5 * s5).exp()
                * c6.sum().exp())),
    ) + DMatrix::from_element(2, 4, 1.0)
        * (x0
            + x1
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f088() {
    passes_at_random_points(88, "f088", |rng| {
        f088::check(
            rng.scalar(),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f089(x0: &f64, x1: f64, n: usize, flag: bool) -> f64 {
    let mut acc1: f64 = 0.0;
    if (*x0 * DMatrix::identity(3, 2)).sum() < x1 {
        let m2 = tanh(
            &(0.02
                * (f064(&(*x0 * DMatrix::identity(3, 4)), flag)
                    * (acc1 * DMatrix::identity(2, 2) - x1 * DMatrix::identity(2, 2)))),
        );
        acc1 += x1 + m2.mean();
    } else {
        let v4 = if n > 3 {
            let c3: f64 = 1.25;
            tanh(&(0.05 * exp(&(DVector::from_column_slice(&[1.0, 0.75]) * x1)))) * (0.5 * c3).exp()
        } else {
            (x1 + acc1) * relu(&(DVector::from_column_slice(&[1.0, 0.75]) * *x0))
        };
        acc1 += *x0 - v4.mean();
    }
    let mut acc5: f64 = 0.0;
    acc5 /= 2.0 + (0.1 * acc1).cos();
    f035(&(DVector::from_column_slice(&[0.3, -1.0]) * x1), acc5, &(acc5 * DMatrix::identity(2, 4)))
        + (*x0 + x1)
}

#[test]
fn check_f089() {
    passes_at_random_points(89, "f089", |rng| {
        f089::check(&rng.scalar(), rng.scalar(), 4, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f090(x0: &f64, x1: f64, x2: f64, q: &Affine, flag: bool) -> f64 {
    let mut acc1 = q.b[3];
    for _ in 0..3_usize {
        assert_eq!(q.b.len(), 4);
        acc1 = (0.2 * acc1).tanh()
            + (0.1 * (x2 * DMatrix::identity(2, 2)).dot(&(x1 * DMatrix::identity(2, 2)))).sin();
    }
    let s3 = if flag {
        let m2 = log_softmax(&(0.5 * ln(&q.w.transpose().map(|e| e * e + 0.5))));
        (0.02 * f017(&(&m2 + &q.w), m2.clone(), q.clone())).tanh()
    } else {
        x1 - *x0
    };
    (0.02 * (acc1 * q.w.sum())).sin() + *x0 + s3 + (*x0 + x1 + x2 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f090() {
    passes_at_random_points(90, "f090", |rng| {
        f090::check(
            &rng.scalar(),
            rng.scalar(),
            rng.scalar(),
            &Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f091(x0: &DMatrix<f64>, x1: DMatrix<f64>) -> f64 {
    let m1 = relu(&exp(&(0.5 * x0)));
    let mut acc2: f64 = 1.0;
    if acc2 > x0.row(3).sum() {
        acc2 = acc2 * 0.5
            + (0.5 * (0.2 * m1.mean().max((0.02 * m1.columns(0, 1).norm_squared()).tanh())).tanh())
                .tan();
    }
    (0.02 * (acc2 + x1.norm_squared())).tanh() + m1.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f091() {
    passes_at_random_points(91, "f091", |rng| f091::check(&rng.matrix(4, 2), rng.matrix(3, 3)));
}

#[differentiable]
fn f092(x0: f64, x1: &DMatrix<f64>, case: usize) -> f64 {
    let m1 = relu(&(x0 * DMatrix::identity(1, 4)));
    let mut acc2 = m1.clone();
    if x1.column(1).mean().min(x0) < x0 {
        let mut acc3: DVector<f64> = DVector::zeros(5);
        match case {
            0 => {
                let m4: DMatrix<f64> = log_softmax(&(0.2 * (x0 * &acc2)));
                acc2 *= (0.2
                    * (1.0 + (x0 * DMatrix::identity(1, 1)).row_sum().variance().powi(2))
                        .powf(0.5 * (0.5 * x0).tanh()))
                .sin();
                acc3 = acc3.map(|e| e.sin())
                    + tanh(
                        &(0.05
                            * f007(
                                &(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25, -0.75]) * x0),
                                &(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25, -0.75]) * x0),
                                x0 * DMatrix::identity(4, 4),
                            )),
                    ) * (0.2 * m4.mean()).exp();
            }
            1 | 2 => {
                acc2 *= (acc3[0] - acc3[1]).sin();
                acc3 *= (0.2
                    * f011(&acc2.column(3).into_owned(), x1.sum() * DMatrix::identity(2, 1)))
                .cos();
            }
            _ => {
                acc2 /= 1.0 + (0.5 * x0.max(acc3[4])).powi(2);
                acc3 = acc3.map(|e| e.tanh())
                    + (0.05
                        * exp(&(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4, -0.3]) * x0)))
                    .map(|e| e.tanh());
            }
        }
        acc2 =
            &acc2 * 0.5 + sigmoid(&(0.5 * m1.transpose())).transpose() * (0.1 * acc3.sum()).exp();
    } else {
        acc2 /= 2.0 + (0.5 * (0.5 * (x0 / (2.0 + (0.5 * x0).cos()))).powi(2)).tanh();
    }
    acc2 -= x1.map(|e| (2.0 + e.sin()).ln());
    (0.01 * (x0 / (2.0 + (0.5 * x0).sin()) + acc2.norm_squared())).tanh() + (x0 + x1.sum())
}

#[test]
fn check_f092() {
    passes_at_random_points(92, "f092", |rng| {
        f092::check(rng.scalar(), &rng.matrix(1, 4), rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f093(x0: &DMatrix<f64>, q: Affine, n: usize, flag: bool) -> DMatrix<f64> {
    let v5 = if flag {
        let mut acc1: DVector<f64> = DVector::zeros(3);
        if (0.01 * q.w.norm_squared()).sin() > q.b[3] {
            acc1 = acc1.map(|e| e.sin())
                + (q.b.sum()
                    * DMatrix::identity(3, 2)
                    * softmax(
                        &(0.02 * (DVector::from_column_slice(&[0.3, -1.0]) * x0.norm_squared())),
                    ))
                .component_mul(&sigmoid(&x0.column(0).into_owned()));
        }
        (DVector::from_column_slice(&[1.0, 0.75]) * q.b.mean()).map(|e| {
            let t2 = (0.05 * f089(&e, e, 4, false)).tanh();
            (0.5 * e).powi(3) + t2
        }) * (0.05 * acc1.sum()).exp()
    } else {
        let v4 = if q.w.column(1).mean() < q.b[0] {
            relu(&q.b)
        } else if n > 2 {
            q.w.rows(0, 3).into_owned().transpose().column_sum()
        } else {
            let v3 = (0.01
                * ((x0.rows(0, 2).sum().powi(2) + 0.5).sqrt()
                    * (add_bias(&DMatrix::zeros(4, 3), &q.b) * x0.column(2).into_owned())))
            .map(|e| e.tanh());
            &q.b + &v3
        };
        tanh(&(0.01 * (DVector::from_column_slice(&[0.75, -0.5]) * v4.norm_squared())))
    };
    let mut w6: DMatrix<f64> = DMatrix::zeros(3, 3);
    for i in 0..w6.nrows() {
        w6[(i, 1)] = (2.0 + q.b[i].sin()).ln();
    }
    let v5 = v5.map(|e| e.sin()) + &v5;
    tanh(&(0.02 * ((x0 * x0 + &w6) * (0.01 * v5.norm_squared()).exp())))
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f093() {
    passes_at_random_points(93, "f093", |rng| {
        f093::check(
            &rng.matrix(3, 3),
            Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
            3,
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f094(x0: f64, x1: &f64, x2: f64, case: usize) -> f64 {
    let v1 = match case {
        0 => softmax(&(0.05 * exp(&(DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * x0)))),
        1 | 2 => {
            let x0 = x0 * 0.5;
            tanh(
                &(0.05
                    * (*x1
                        * DMatrix::identity(4, 1)
                        * (DVector::from_column_slice(&[1.0]) * x2)
                        * (0.5 * x0).exp())),
            )
        }
        _ => sigmoid(&(DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * x2)),
    };
    let mut acc2: f64 = 0.5;
    for (_, &e3) in v1.iter().enumerate() {
        let s5 = cross_entropy(&(e3 * DMatrix::identity(2, 4)), &[0, 1, 0, 1])
            + (0.02 * (*x1 * DMatrix::identity(5, 1)).row_sum().norm_squared()).sin();
        acc2 -= (0.1
            * f018(
                (0.02 * mse(&(x0 * DMatrix::identity(1, 4)), &(s5 * DMatrix::identity(1, 4))))
                    .sin(),
                &exp(&(e3 * DMatrix::identity(3, 3))),
            ))
        .sin();
    }
    let s9 = if x2 * x0 > v1[1] {
        let mut acc6: f64 = 1.0;
        for &e7 in v1.iter() {
            acc2 /= 2.0 + (0.1 * (acc6 + x2 + (acc6 - v1[3]))).cos();
            acc6 = (0.2 * acc6).tanh() + ((v1[3].powi(2) + 1.0).ln() + e7).tanh();
        }
        f016(&x0, &1.5) + acc6
    } else {
        let x2 = x2.sin();
        (0.05
            * (f034(&(v1[0] * DMatrix::identity(2, 2) * *x1), &DMatrix::from_element(2, 2, 1.25))
                + x2))
            .sin()
    };
    (0.05 * (v1[1].cos() + acc2 + s9)).tanh() + (x0 + *x1 + x2)
}

#[test]
fn check_f094() {
    passes_at_random_points(94, "f094", |rng| {
        f094::check(rng.scalar(), &rng.scalar(), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f095(x0: &DMatrix<f64>, x1: f64, p: &TwoLayer, flag: bool) -> DVector<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 2, 1.25);
    for _ in 0..3_usize {
        acc1 = tanh(&(0.2 * &acc1)) + tanh(&(0.5 * -&p.first.w));
        acc1 -= softmax(
            &(0.05 * f052(&(p.gain * DMatrix::identity(4, 2)), p.first.w.clone(), 2, flag)),
        );
    }
    let x1 = x1.sin();
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 4, 0.25);
    for _ in 0..p.first.b.len() {
        let m4 = {
            let m3 = relu(&(&p.first.w + &acc1));
            f064(&(x1 * DMatrix::identity(3, 4)), flag) + &m3
        };
        acc2 = &acc2 * 0.5 + sigmoid(&(0.1 * (exp(&(0.5 * x0)) * (0.02 * m4.sum()).exp())));
    }
    (&p.first.b + p.first.w.column(0).into_owned()) * (0.2 * acc2.mean()).exp()
        + DVector::from_element(2, 1.0)
            * (x0.sum()
                + x1
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f095() {
    passes_at_random_points(95, "f095", |rng| {
        f095::check(
            &rng.matrix(4, 4),
            rng.scalar(),
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
fn f096(x0: DVector<f64>, x1: &DVector<f64>, n: usize) -> f64 {
    let m2 = {
        let v1 = f079(&(x1[0] * DMatrix::identity(3, 2)), &x0, 4);
        tanh(&(0.02 * (v1[0] * (x0.mean() * DMatrix::identity(3, 3)))))
    };
    let c3: DMatrix<f64> = DMatrix::from_element(3, 3, 0.4);
    let mut acc4: DVector<f64> = DVector::zeros(2);
    for _ in 0..n {
        let mut acc5 = ln(&acc4.add_scalar(c3[(1, 1)]).map(|e| e * e + 0.5));
        for _ in 0..n {
            assert_eq!(x0.len(), 3);
            acc5 += (0.2 * (x1 - c3[(2, 1)] * x1)).map(|e| e.tanh());
        }
        let mut acc6 = DVector::from_column_slice(&[0.25, 1.25]) * acc5[0];
        for _ in 0..3_usize {
            assert_eq!(x0.len(), 3);
            acc6 = acc6.map(|e| e.sin())
                + (0.2
                    * ((DVector::from_column_slice(&[0.75, -0.5]) * m2.norm_squared())
                        .map(|e| (0.2 * e).tanh())
                        + (DVector::from_column_slice(&[0.3, -1.0]) * c3.mean())
                            .add_scalar(m2.sum())))
                .map(|e| e.tanh());
        }
        acc4 /= 1.0 + (0.02 * (m2.mean().sin() + acc6.sum())).tanh().powi(2);
    }
    (0.05 * ((0.5 * x1[1]).powi(3) + acc4.norm_squared())).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f096() {
    passes_at_random_points(96, "f096", |rng| f096::check(rng.vector(3), &rng.vector(2), 4));
}

#[differentiable]
fn f097(x0: f64, x1: DMatrix<f64>) -> f64 {
    assert_eq!(x1.shape(), (4, 1));
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 1, 0.5);
    if x0 > 2.0 {
        acc1 += x0 * DMatrix::identity(4, 1);
    }
    (0.02
        * (mse(&(x0 * DMatrix::identity(4, 4)), &tanh(&(0.5 * (x0 * DMatrix::identity(4, 4)))))
            + acc1.norm_squared()))
    .tanh()
        + (x0 + x1.sum())
}

#[test]
fn check_f097() {
    passes_at_random_points(97, "f097", |rng| f097::check(rng.scalar(), rng.matrix(4, 1)));
}

#[differentiable]
fn f098(x0: f64, x1: DVector<f64>, s: &Stack) -> DMatrix<f64> {
    let mut h1 = 0.1 * (&s.layers[0].w * &s.layers[2].b);
    for layer2 in &s.layers {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    let x1 = (0.5 * &x1).map(|e| e.tanh()) + softmax(&x1);
    let v3 = &s.layers[2].b + DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x0;
    let m4 = s.layers[2].w.transpose();
    sigmoid(&(0.02 * (&s.layers[0].w * &s.layers[2].w * (0.5 * h1.sum()).exp())))
        * (0.2 * x1.norm_squared()).exp()
        * (0.05 * v3.sum()).exp()
        + &m4
        + DMatrix::from_element(4, 4, 1.0)
            * (x0
                + x1.sum()
                + s.layers[0].w.sum()
                + s.layers[0].b.sum()
                + s.layers[1].w.sum()
                + s.layers[1].b.sum()
                + s.layers[2].w.sum()
                + s.layers[2].b.sum())
}

#[test]
fn check_f098() {
    passes_at_random_points(98, "f098", |rng| {
        f098::check(
            rng.scalar(),
            rng.vector(1),
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

#[differentiable(wrt(x0, x1))]
fn f099(x0: &DVector<f64>, x1: &DVector<f64>, s: &Stack, flag: bool) -> f64 {
    let mut h1 = 0.1 * (add_bias(&DMatrix::zeros(4, 3), &s.layers[0].b) * x0);
    for (i, layer2) in s.layers.iter().enumerate() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh()) * (1.0 / (i as f64 + 1.0));
    }
    let mut acc3 = tanh(&(0.5 * ln(&s.layers[1].w.map(|e| e * e + 0.5))));
    acc3 = &acc3 * 0.5
        + add_bias(&DMatrix::zeros(4, 3), x1)
            / (1.0 + (0.05 * s.layers[0].b.norm_squared()).tanh().powi(2))
            * add_bias(&DMatrix::zeros(3, 4), x0);
    let c4 = s.layers[1].w.nrows() as f64;
    let v6 = if f056(
        c4,
        &(DVector::from_column_slice(&[-0.25, 1.0]) * c4),
        &(c4 * DMatrix::identity(3, 3)),
        4,
    ) < c4
    {
        let v5 = if h1.sum() > 1.5 {
            assert_eq!(acc3.shape(), (4, 4));
            s.layers[0].b.clone()
        } else if flag {
            acc3 /= 2.0 + (0.2 * add_bias(&DMatrix::zeros(3, 3), x0).variance()).cos();
            s.layers[1].b.clone()
        } else {
            sigmoid(&s.layers[1].b)
        };
        softmax(&s.layers[0].b) + &v5
    } else {
        s.layers[0].b.clone()
    };
    (0.01 * (c4.max(s.layers[0].b.sum()) + h1.sum() + acc3.norm_squared())).sin()
        + v6.sum()
        + (x0.sum()
            + x1.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f099() {
    passes_at_random_points(99, "f099", |rng| {
        f099::check(
            &rng.vector(3),
            &rng.vector(4),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                ],
            },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f100(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let m2 = {
        let m1 = tanh(
            &(0.05
                * (x0.columns(1, 1).norm()
                    * DMatrix::identity(3, 1)
                    * x0.mean()
                    * (x0.column(0).sum() * DMatrix::identity(1, 3)))),
        );
        tanh(&(0.5 * x0)) * m1.mean().exp()
    };
    let m3 = softmax(&(0.5 * add_bias(&m2, &x0.column(0).into_owned())));
    m2[(0, 0)] / (2.0 + (0.5 * x1.mean()).tanh()) + m3.norm_squared() + (x0.sum() + x1.sum())
}

#[test]
fn check_f100() {
    passes_at_random_points(100, "f100", |rng| f100::check(&rng.matrix(1, 2), &rng.matrix(3, 3)));
}

#[differentiable]
fn f101(x0: DMatrix<f64>) -> f64 {
    assert_eq!(x0.shape(), (3, 1));
    let m5 = {
        let m2 = x0.map(|e| {
            let t1 = e + (0.5 * e).tanh();
            f054(&t1, e)
        });
        let m4 = if m2.rows(1, 1).mean() < 0.25 {
            let mut w3: DVector<f64> = DVector::zeros(2);
            for i in 0..w3.len() {
                w3[i] = 0.1 * x0.dot(&x0);
            }
            tanh(
                &(0.5
                    * (&x0
                        * tanh(
                            &(0.05 * (x0.columns(0, 1).norm_squared() * DMatrix::identity(1, 1))),
                        ))),
            ) * (0.2 * w3.sum()).exp()
        } else {
            m2.map(|e| e.max(f063(e, DMatrix::from_element(2, 2, 0.4))))
        };
        ln(&m4.map(|e| 2.0 + e.sin()))
    };
    let mut w6: DMatrix<f64> = DMatrix::zeros(3, 2);
    for i in 0..w6.nrows() {
        w6[(i, 1)] = w6.norm_squared() / (1.0 + w6.norm_squared());
    }
    w6.rows(0, 3).sum().sin() + m5.sum() + x0.sum()
}

#[test]
fn check_f101() {
    passes_at_random_points(101, "f101", |rng| f101::check(rng.matrix(3, 1)));
}

#[differentiable]
fn f102(x0: DVector<f64>, flag: bool) -> f64 {
    let mut w1: DVector<f64> =
        tanh(&(0.05 * exp(&(DVector::from_column_slice(&[-1.0, 0.25]) * x0[2]))));
    for i in 0..w1.len() {
        w1[i] = w1[i];
    }
    let mut acc2: DVector<f64> = DVector::zeros(2);
    for i in 0..x0.len() {
        let mut acc3 = w1.map(|e| e * 0.5);
        if acc2.norm_squared() < (0.05 * x0.norm_squared()).tanh() {
            acc2 += (0.2
                * (add_bias(&DMatrix::zeros(2, 4), &acc3)
                    * (DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0[2])))
                .map(|e| e.tanh());
            acc3 = acc3.map(|e| e.tanh()) + softmax(&(0.5 * -&acc2));
        } else if flag {
            acc3 -= (0.1 * (x0[i] * DMatrix::identity(2, 2) * &w1 - &acc2)).map(|e| e.tanh());
        } else {
            acc3 *= (0.2 * acc2.sum()).tanh().cos();
        }
        acc2 += (-&acc3).map(|e| e.tanh());
    }
    acc2 /= 2.0
        + ((0.5 * w1[1].tanh()).tan()
            / (2.0
                + (0.2
                    * f011(
                        &(DVector::from_column_slice(&[-0.25]) * w1.mean()),
                        add_bias(&DMatrix::zeros(2, 1), &w1),
                    ))
                .sin()))
        .cos();
    x0[2] + w1[0] + acc2.sum() + x0.sum()
}

#[test]
fn check_f102() {
    passes_at_random_points(102, "f102", |rng| f102::check(rng.vector(3), rng.uniform() < 0.5));
}

#[differentiable(wrt(x0))]
fn f103(x0: &DMatrix<f32>, x1: f32) -> f32 {
    assert_eq!(x0.shape(), (5, 3));
    let m2 = {
        let s1 = x1 * x0.mean();
        exp(&(0.5 * (x1 * DMatrix::identity(3, 3)))) * (0.1 * s1).exp()
    };
    f072(&m2.mean()) + (x0.sum() + x1)
}

#[test]
fn check_f103() {
    passes_at_random_points(103, "f103", |rng| f103::check(&rng.matrix(5, 3), rng.scalar()));
}

#[differentiable]
fn f104(x0: &DMatrix<f32>, x1: &DVector<f32>, x2: DMatrix<f32>, n: usize) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::from_element(2, 2, 0.5);
    for &e2 in &x2 {
        let m5 = x0.map(|e| {
            let t4 = e - e.sin();
            (0.5 * (0.5 * t4).tanh()).tan()
        });
        acc1 *= (0.5
            * (-m5.columns(1, 3).norm()).max(
                (0.05 * f028(&x2.columns(1, 1).into_owned(), &(e2 * DMatrix::identity(1, 3))))
                    .tanh(),
            ))
        .sin();
    }
    let s7 = if n > 3 {
        let c6 = x2.nrows() as f32;
        (0.2 * (c6 * DMatrix::identity(3, 2)).norm()).abs()
    } else {
        acc1.columns(1, 1).sum()
    };
    (0.02 * ((0.05 * (s7 * x0.mean() + x1.norm_squared())).sin() + acc1.norm_squared())).tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f104() {
    passes_at_random_points(104, "f104", |rng| {
        f104::check(&rng.matrix(4, 4), &rng.vector(2), rng.matrix(2, 2), 4)
    });
}

#[differentiable]
fn f105(x0: &DVector<f64>, x1: &DVector<f64>) -> DMatrix<f64> {
    let s1 = x1.sum().min(x0.mean());
    let m3 = {
        let s2 = x1[0] + s1;
        s1 * DMatrix::identity(1, 4) * (0.1 * s2).exp()
    };
    softmax(
        &(0.05
            * ((s1 * DMatrix::identity(2, 2)).component_mul(&(x0[2] * DMatrix::identity(2, 2)))
                * (0.05 * m3.sum()).exp())),
    ) + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f105() {
    passes_at_random_points(105, "f105", |rng| f105::check(&rng.vector(4), &rng.vector(1)));
}

#[differentiable]
fn f106(x0: &DVector<f64>) -> DVector<f64> {
    let mut acc1: DVector<f64> = DVector::zeros(5);
    acc1 = acc1.map(|e| e.sin())
        + softmax(
            &(0.05
                * f007(
                    &ln(&x0.map(|e| 2.0 + e.sin())),
                    &x0.add_scalar(x0[3]),
                    x0[4] * DMatrix::identity(4, 4) - x0[2] * DMatrix::identity(4, 4),
                )),
        );
    acc1 -= (0.02
        * (DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5, 0.3]) * x0.norm_squared()))
    .map(|e| e.tanh())
    .component_mul(x0);
    assert_eq!(x0.len(), 5);
    x0.map(|e| e + e * e.sin()) + &acc1 + DVector::from_element(5, 1.0) * x0.sum()
}

#[test]
fn check_f106() {
    passes_at_random_points(106, "f106", |rng| f106::check(&rng.vector(5)));
}

#[differentiable]
fn f107(x0: &f32) -> DMatrix<f32> {
    let s1 = (*x0 * DMatrix::identity(4, 4)).sum();
    let x0 = *x0 * 0.5;
    softmax(&(0.2 * (s1 * DMatrix::identity(4, 4)))) * (0.5 * x0).exp()
        + DMatrix::from_element(4, 4, 1.0) * x0
}

#[test]
fn check_f107() {
    passes_at_random_points(107, "f107", |rng| f107::check(&rng.scalar()));
}

#[differentiable]
fn f108(x0: f64) -> f64 {
    let x0 = (0.5 * x0).tanh();
    let mut acc1 = f096(
        DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x0,
        &(DVector::from_column_slice(&[0.5, -0.25]) * x0),
        4,
    );
    for _ in 0..3_usize {
        let mut acc2: DMatrix<f64> = DMatrix::from_element(2, 2, 0.3);
        if acc1 > 0.5 {
            acc1 *= mse(
                &acc2.column(0).into_owned().map(|e| -(e + e * 0.5)),
                &(acc2.column(0).into_owned() - acc2.column(1).into_owned()),
            )
            .cos();
            acc2 -= softmax(
                &(0.1
                    * add_bias(
                        &(acc1 * DMatrix::identity(2, 2)),
                        &(DVector::from_column_slice(&[-1.0, 0.25]) * x0),
                    )),
            );
        } else {
            acc1 *= x0.tanh();
            acc2 /= 2.0 + (0.5 * (0.1 * (x0 + acc1)).tanh()).tan().sin();
        }
        acc1 += (0.1 * mse(&acc2.rows(1, 1).into_owned(), &(acc2.sum() * DMatrix::identity(1, 2))))
            .sin();
    }
    let m3 = relu(&(x0 * DMatrix::identity(1, 1)));
    (0.01
        * mse(&(acc1 * DMatrix::identity(1, 2)), &(m3.rows(0, 1).mean() * DMatrix::identity(1, 2))))
    .tanh()
        + x0
}

#[test]
fn check_f108() {
    passes_at_random_points(108, "f108", |rng| f108::check(rng.scalar()));
}

#[differentiable]
fn f109(x0: &f64, case: usize) -> f64 {
    let mut acc1 = sigmoid(&(0.5 * -(DVector::from_column_slice(&[0.5, -0.25]) * *x0)));
    match case {
        0 => {
            let s2 = (x0.powi(2) + 1.0).ln();
            acc1 = acc1.map(|e| e.tanh())
                + sigmoid(&(0.5 * (s2 * DMatrix::identity(2, 3)))).column_mean();
        }
        1 | 2 => {
            let mut acc3: f64 = 1.0;
            acc3 *= (0.2 * (acc1.sum() * *x0)).sin();
            acc3 = acc3 * 0.5 + acc1.norm_squared();
            acc1 /= 2.0 + (0.5 * (0.2 * (acc3 * *x0)).tanh()).tan().tanh();
        }
        _ => {
            acc1 = acc1.map(|e| e.tanh()) + *x0 * (DVector::from_column_slice(&[1.0, 0.75]) * *x0);
        }
    }
    let mut acc4 = (0.02 * acc1.component_mul(&acc1)).map(|e| e.tanh()).norm();
    for _ in 0..acc1.len() {
        acc1 -= tanh(
            &(0.5 * (DVector::from_column_slice(&[-1.0, 0.25]) * *x0 / (2.0 + (0.5 * *x0).tanh()))),
        );
        acc4 = acc4.sin() + (0.5 * (*x0 / (2.0 + (0.5 * *x0).cos()))).tanh();
    }
    if (DVector::from_column_slice(&[-0.5, 0.3]) * acc4).sum() > 1.25 {
        acc4 = (0.5 * acc4).tanh()
            + f101(
                (*x0 * DMatrix::identity(3, 1))
                    .component_div(&exp(&(0.2 * (*x0 * DMatrix::identity(3, 1))))),
            );
    }
    acc4 / (2.0 + (0.01 * acc1.norm_squared()).tanh().cos()) + *x0
}

#[test]
fn check_f109() {
    passes_at_random_points(109, "f109", |rng| f109::check(&rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f110(x0: DMatrix<f32>) -> f32 {
    let s1 = if (x0[(1, 0)].powi(2) + 1.0).ln() > (0.05 * x0.norm_squared()).tanh() {
        x0.column(0).mean() / (2.0 + (0.5 * x0[(0, 0)]).tanh())
    } else if x0.columns(1, 1).sum() < x0.column(0).sum() {
        (1.0 + (x0.mean() * x0.sum()).powi(2)).powf(0.5 * (0.5 * x0.column(0).mean()).tanh())
    } else {
        cross_entropy(&x0, &[1, 1]) / (2.0 + (0.5 * x0[(0, 1)]).sin())
    };
    let s2 = s1.min(s1 * 0.5);
    (0.05 * (s2 - s1)).tanh() + x0.sum()
}

#[test]
fn check_f110() {
    passes_at_random_points(110, "f110", |rng| f110::check(rng.matrix(2, 2)));
}

#[differentiable]
fn f111(x0: &DVector<f64>, x1: &DMatrix<f64>, q: &TwoLayer) -> f64 {
    let m2 = {
        let m1 = exp(&(0.5 * relu(&add_bias(&DMatrix::zeros(4, 4), x0))));
        x1.transpose() * (0.05 * m1.sum()).exp()
    };
    let s3 = -q.gain;
    (0.01 * (q.first.b.mean() + m2.norm_squared())).tanh()
        + s3
        + (x0.sum()
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f111() {
    passes_at_random_points(111, "f111", |rng| {
        f111::check(
            &rng.vector(4),
            &rng.matrix(1, 5),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(1, 4), b: rng.vector(1) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f112(x0: f64, x1: f64, flag: bool) -> f64 {
    let m1 = if flag {
        relu(&(x0 * DMatrix::identity(4, 4) * (x1 * DMatrix::identity(4, 2))))
    } else {
        add_bias(
            &(x1 * DMatrix::identity(4, 2)),
            &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0),
        ) * softmax(
            &(0.05 * f052(&(x0 * DMatrix::identity(4, 2)), x1 * DMatrix::identity(2, 2), 2, flag)),
        )
    };
    let mut acc2: DMatrix<f64> = DMatrix::zeros(4, 2);
    if (x0.powi(2) + 0.5).sqrt() > x0 {
        let mut acc3 = acc2.component_mul(&m1);
        for i in 0..2_usize {
            let x0 = x0.sin() + acc3.columns(1, 1).sum();
            acc3 +=
                softmax(&(0.02 * (add_bias(&m1, &acc2.column(i).into_owned()) * (0.2 * x0).exp())));
        }
        acc2 /= 1.0
            + (0.05
                * (f102(DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x1, flag) + acc3.sum()))
            .tanh()
            .powi(2);
    }
    acc2 -= relu(&m1.map(|u| f108(u / (2.0 + (0.5 * x1).tanh()))));
    x0 - x1 + acc2.mean() + (x0 + x1)
}

#[test]
fn check_f112() {
    passes_at_random_points(112, "f112", |rng| {
        f112::check(rng.scalar(), rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f113(x0: DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> DMatrix<f64> {
    let mut acc1 =
        tanh(&(0.02 * (x0.row(0).norm() * (x0.column(3).norm() * DMatrix::identity(4, 2)))));
    match case {
        0 => {
            acc1 =
                tanh(&acc1) + x0.mean() * DMatrix::identity(4, 2) * x1.columns(3, 2).into_owned();
        }
        1 | 2 => {
            let m2 = -x0.rows(0, 4).into_owned();
            acc1 *= (0.1
                * f015(
                    &m2.sum(),
                    &m2.rows(3, 1).into_owned(),
                    &(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * m2.sum()),
                    false,
                ))
            .tanh()
            .sin();
        }
        _ => {
            acc1 -= x1.mean() * DMatrix::identity(4, 2) + x0.mean() * DMatrix::identity(4, 2);
        }
    }
    let m3: DMatrix<f64> = tanh(&(0.02 * (&acc1 * x1)))
        * (&x0 * sigmoid(&(0.01 * (acc1.column(1).norm_squared() * DMatrix::identity(4, 4)))));
    let mut acc4 = m3.clone();
    acc4 /= 2.0 + (0.1 * -x0[(1, 1)].max(m3.mean())).cos();
    sigmoid(&(0.02 * (&x0 * &m3))) * (0.01 * acc4.norm_squared()).exp()
        + DMatrix::from_element(5, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f113() {
    passes_at_random_points(113, "f113", |rng| {
        f113::check(rng.matrix(5, 4), &rng.matrix(2, 5), rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f114(x0: &DMatrix<f64>, x1: DMatrix<f64>, x2: &DVector<f64>, n: usize, flag: bool) -> f64 {
    let mut acc1 = sigmoid(&(0.5 * x1.columns(0, 2).into_owned())).transpose();
    for i in 0..n {
        if !flag {
            let m2 = sigmoid(
                &(0.1 * (x1.mean() * DMatrix::identity(3, 3) + x1.sum() * DMatrix::identity(3, 3))),
            );
            acc1 /= 2.0 + (0.1 * (x2[i] + m2.norm_squared())).tanh();
        }
        acc1 +=
            tanh(&(0.5 * (add_bias(&DMatrix::zeros(2, 2), x2) / (1.0 + (0.2 * x0.sum()).powi(2)))));
    }
    acc1 = acc1.map(|e| e.sin())
        + f064(
            &add_bias(
                &tanh(&(0.05 * (x0.row(1).norm_squared() * DMatrix::identity(3, 4)))),
                &tanh(
                    &(0.02
                        * (DVector::from_column_slice(&[1.0, 0.75, -0.5])
                            * x1.columns(0, 3).norm_squared())),
                ),
            ),
            flag,
        );
    let mut acc3 = softmax(x0);
    for (&e4, &e5) in x2.iter().zip(x2.iter().skip(1)) {
        for i in 0..x2.len() {
            acc1 *= (0.2 * (x1[(i, i)] + e4)).cos();
        }
        acc3 -= sigmoid(&(0.2 * (x0 * (0.2 * e5).exp())));
    }
    (0.05 * ((0.01 * acc1.norm_squared()).tanh() - x1.column(0).norm_squared() + acc3.sum())).sin()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f114() {
    passes_at_random_points(114, "f114", |rng| {
        f114::check(&rng.matrix(2, 4), rng.matrix(2, 3), &rng.vector(2), 2, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f115(x0: &DVector<f64>, x1: f64) -> f64 {
    let mut w1: DVector<f64> = x0.clone();
    for i in 0..w1.len() {
        w1[i] = (0.05
            * f012(
                &(x1 * DMatrix::identity(5, 5)),
                &(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25, -0.75]) * x1),
                4,
            ))
        .tanh();
    }
    let w1 = &w1 * 0.5;
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 4, 1.25);
    for _ in 0..3_usize {
        acc2 = &acc2 * 0.5
            + tanh(
                &(0.2
                    * log_softmax(
                        &(0.2
                            * (x0.sum() * DMatrix::identity(4, 4))
                                .component_mul(&(x1 * DMatrix::identity(4, 4)))),
                    )),
            );
    }
    (0.01
        * ((0.05 * f014(&(x1 * DMatrix::identity(3, 3)), &(w1.sum() * DMatrix::identity(3, 3))))
            .tanh()
            + acc2.norm_squared()))
    .tanh()
        + (x0.sum() + x1)
}

#[test]
fn check_f115() {
    passes_at_random_points(115, "f115", |rng| f115::check(&rng.vector(2), rng.scalar()));
}

#[differentiable]
fn f116(x0: DMatrix<f64>, x1: &f64) -> DVector<f64> {
    let mut acc1 = (0.05 * x0.row(0).norm_squared()).tanh() * x0.column(1).into_owned();
    for _ in 0..2_usize {
        assert_eq!(x0.shape(), (2, 3));
        acc1 *= (0.2 * (*x1 / (1.0 + (0.5 * *x1).powi(2)) + x1.max(x1.sin()))).sin();
    }
    let m3 = {
        let v2 = ln(&acc1.map(|e| e * e + 0.5)) + relu(&acc1);
        let acc1 =
            (0.2 * &acc1).map(|e| e.tanh()) + (*x1 * DMatrix::identity(2, 4)).column_variance();
        tanh(&(0.05 * (exp(&(0.5 * &x0)) * (0.05 * v2.sum()).exp() * (0.1 * acc1.mean()).exp())))
    };
    softmax(&(0.5 * &acc1)) * m3.mean().exp() + DVector::from_element(2, 1.0) * (x0.sum() + *x1)
}

#[test]
fn check_f116() {
    passes_at_random_points(116, "f116", |rng| f116::check(rng.matrix(2, 3), &rng.scalar()));
}

#[differentiable]
fn f117(x0: &DMatrix<f64>, n: usize) -> DMatrix<f64> {
    let m1 = (x0.mean() * DMatrix::identity(5, 5)).component_mul(x0);
    let mut acc2 = exp(&(0.2 * exp(&(0.5 * x0))));
    for _ in 0..n {
        acc2 /= 2.0
            + (0.5
                * ((0.02 * m1.sum()).sin() / (1.0 + (0.2 * x0.rows(3, 2).norm()).powi(2))).tanh())
            .tan()
            .cos();
    }
    x0.transpose() + &acc2 + DMatrix::from_element(5, 5, 1.0) * x0.sum()
}

#[test]
fn check_f117() {
    passes_at_random_points(117, "f117", |rng| f117::check(&rng.matrix(5, 5), 2));
}

#[differentiable]
fn f118(x0: &DMatrix<f32>, x1: &DMatrix<f32>) -> DMatrix<f32> {
    let c1 = x1.nrows() as f32;
    let m2 = relu(x0);
    x0 * (0.2 * c1).exp() + &m2 + DMatrix::from_element(4, 5, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f118() {
    passes_at_random_points(118, "f118", |rng| f118::check(&rng.matrix(4, 5), &rng.matrix(5, 2)));
}

#[differentiable]
fn f119(x0: &DMatrix<f32>, x1: &DMatrix<f32>, x2: f32, case: usize) -> f32 {
    let mut acc1 = x2.min(x1.mean());
    acc1 *= (0.2 * x2.max(x0.row(1).norm_squared())).tanh();
    acc1 = acc1 * 0.5 + (0.2 * cross_entropy(x1, &[1, 1])).powi(2);
    let m2 = x1.map(|e| f009(&(e / (1.0 + (0.5 * e).powi(2)))));
    let mut acc3: f32 = 1.0;
    acc3 -= (0.5
        * (0.1
            * f080(
                &(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x1.mean()),
                &(acc1 * DMatrix::identity(4, 4)),
                3,
                false,
            ))
        .tanh())
    .tan();
    acc3 *= (0.5 * x0[(0, 0)]).cos();
    (0.01 * (f047(acc1, &(acc3 * DMatrix::identity(4, 4)), case) + m2.norm_squared())).tanh()
        + (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f119() {
    passes_at_random_points(119, "f119", |rng| {
        f119::check(&rng.matrix(2, 1), &rng.matrix(2, 2), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f120(x0: &DMatrix<f32>, x1: &DMatrix<f32>, flag: bool) -> DMatrix<f32> {
    let mut w1: DMatrix<f32> = DMatrix::zeros(3, 4);
    for i in 0..w1.nrows() {
        w1[(i, 1)] = (0.05
            * f104(
                x0,
                &(DVector::from_column_slice(&[0.25, 1.25]) * x0.columns(1, 1).norm()),
                x0.mean() * DMatrix::identity(2, 2),
                4,
            ))
        .sin();
    }
    let mut acc2: DVector<f32> = DVector::zeros(4);
    acc2 = acc2.map(|e| e.sin()) + x1.column(0).into_owned();
    acc2 = (0.5 * &acc2).map(|e| e.tanh())
        + tanh(
            &(0.01
                * (x1.row(1).sum()
                    * x1
                    * f071(&(w1.columns(0, 4).norm() * DMatrix::identity(2, 3)), 3, flag))),
        );
    x1.rows(0, 3).into_owned() * (0.05 * acc2.norm_squared()).exp()
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f120() {
    passes_at_random_points(120, "f120", |rng| {
        f120::check(&rng.matrix(4, 4), &rng.matrix(4, 3), rng.uniform() < 0.5)
    });
}

#[differentiable(wrt(x0))]
fn f121(x0: &f64, x1: f64, flag: bool, case: usize, labels: &[usize]) -> f64 {
    let mut w1: DVector<f64> = DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x1
        + DVector::from_column_slice(&[0.5, -0.25, 1.0]) * *x0;
    for i in 0..w1.len() {
        w1[i] = 0.5 * (*x0 / (1.0 + w1.norm_squared()));
    }
    let s6 = match case {
        0 => {
            let s2 = (0.02 * ln(&w1.map(|e| e * e + 0.5)).norm_squared()).tanh();
            (s2 / (2.0 + (0.5 * x1).tanh())).abs()
        }
        1 | 2 => {
            let s5 = if flag {
                f109(&f054(x0, x1), 2)
            } else {
                let v4 = {
                    let v3 = w1.clone();
                    DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x1 + &w1 + &v3
                };
                (0.05
                    * (f008(
                        &tanh(&(0.01 * (w1.norm_squared() * DMatrix::identity(1, 5)))),
                        0.25,
                        4,
                    ) + v4.mean()))
                .tanh()
            };
            (0.2 * cross_entropy(&(*x0 * DMatrix::identity(3, 3)), labels)).abs() + s5
        }
        _ => (0.2 * w1.mean()).cos(),
    };
    let v7 = (x1 * DMatrix::identity(3, 3)).column_mean();
    (0.01 * (v7.sum() + w1.norm_squared())).tanh() + s6 + (*x0 + x1)
}

#[test]
fn check_f121() {
    passes_at_random_points(121, "f121", |rng| {
        f121::check(&rng.scalar(), rng.scalar(), rng.uniform() < 0.5, rng.int(0, 3), &[2, 1, 0])
    });
}

#[differentiable]
fn f122(x0: f64, x1: &DMatrix<f64>, q: TwoLayer, case: usize) -> f64 {
    let mut w1: DVector<f64> = tanh(&(DVector::from_column_slice(&[0.5, -0.25]) * x0));
    for i in 0..w1.len() {
        w1[i] = (0.05 * mse(x1, &q.first.w)).tanh();
    }
    let mut acc2: f64 = 0.0;
    match case {
        0 => {
            acc2 -= f076(
                x1.rows(1, 3).into_owned() * (q.gain * DMatrix::identity(4, 2)),
                DVector::from_element(2, 0.5),
            );
        }
        1 | 2 => {
            acc2 = acc2.tanh()
                + f035(&w1, x0, &(x0 * DMatrix::identity(2, 4) / (1.0 + q.first.b.norm_squared())));
        }
        _ => {
            acc2 += f085(
                &exp(&add_bias(&DMatrix::zeros(2, 2), &w1)),
                &(x0 * DMatrix::identity(2, 2))
                    .component_div(&(x0 * DMatrix::identity(2, 2)).map(|e| e * e + 0.5)),
                3,
            );
        }
    }
    (0.05 * (q.gain + w1.norm_squared() + acc2)).tanh()
        + (x0
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f122() {
    passes_at_random_points(122, "f122", |rng| {
        f122::check(
            rng.scalar(),
            &rng.matrix(4, 4),
            TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(1, 4), b: rng.vector(1) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable(wrt(x0, x1))]
fn f123(x0: &DMatrix<f64>, x1: f64, q: &TwoLayer, n: usize, case: usize) -> DMatrix<f64> {
    let s4 = if q.gain + x1 < 1.25 {
        x1 + q.gain
    } else if x1 < 0.25 {
        let mut acc1: DMatrix<f64> = DMatrix::zeros(1, 2);
        for (&e2, &e3) in q.second.w.iter().zip(q.second.w.iter().skip(1)) {
            acc1 = tanh(&(0.2 * &acc1))
                + tanh(
                    &(0.05 * (x0.transpose().transpose() * (0.2 * e2).exp() * (0.2 * e3).exp())),
                );
        }
        q.gain - x0[(0, 0)] + (0.5 * (0.5 * q.gain).tanh()).tan() + acc1.sum()
    } else {
        (0.05 * f001(&(&q.first.b + &q.second.b), q)).sin()
    };
    let mut acc5: DMatrix<f64> = DMatrix::zeros(3, 3);
    if n > 2 {
        let mut acc6: DVector<f64> = DVector::zeros(3);
        acc6 = acc6.map(|e| e.sin())
            + &q.second.b
                / (1.0 + (0.02 * f044(q.second.b.mean(), &q.first.w, q, case)).tanh().powi(2));
        acc6 -= tanh(&(0.02 * f002(&(q.gain * DMatrix::identity(4, 1)), q)));
        acc5 -= tanh(
            &(0.01
                * ((add_bias(&DMatrix::zeros(3, 2), &q.second.b)
                    + q.second.w.columns(1, 2).into_owned())
                    * (q.gain * DMatrix::identity(2, 2) * (x1 * DMatrix::identity(2, 3))))),
        ) * (0.01 * acc6.norm_squared()).exp();
    }
    sigmoid(
        &(0.05
            * (q.first.w.component_div(&acc5.map(|e| e * e + 0.5))
                * (0.05 * x0.norm_squared()).exp())),
    ) * (0.05 * s4).exp()
        + DMatrix::from_element(3, 3, 1.0)
            * (x0.sum()
                + x1
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f123() {
    passes_at_random_points(123, "f123", |rng| {
        f123::check(
            &rng.matrix(1, 2),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            3,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f124(x0: &DVector<f64>, x1: DMatrix<f64>, flag: bool) -> DMatrix<f64> {
    let v1 = softmax(&(0.05 * exp(x0)));
    let m3 = {
        let m2 = x1.row(2).norm() * DMatrix::identity(4, 2);
        tanh(&(0.05 * (x1.component_mul(&x1) * (0.05 * m2.sum()).exp())))
    };
    let m5 = if flag {
        x1.transpose()
    } else {
        let mut acc4 = add_bias(&DMatrix::zeros(4, 2), x0).column_variance();
        acc4 /= 2.0 + (0.1 * f054(&m3[(3, 2)], x0[2])).cos();
        acc4 = (0.2 * &acc4).map(|e| e.tanh()) + log_softmax(x0);
        softmax(&(0.05 * (m3.map(|e| f054(&e, e).max(e)) * (0.1 * acc4.mean()).exp())))
    };
    &m5 * add_bias(&DMatrix::zeros(4, 2), &v1) * (0.05 * m3.norm_squared()).exp()
        + DMatrix::from_element(4, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f124() {
    passes_at_random_points(124, "f124", |rng| {
        f124::check(&rng.vector(4), rng.matrix(4, 4), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f125(x0: &DVector<f64>) -> DVector<f64> {
    let mut w1: DMatrix<f64> =
        tanh(&(0.05 * (x0[0] * DMatrix::identity(5, 5) * (x0[0] * DMatrix::identity(5, 4)))));
    for i in 0..w1.nrows() {
        w1[(i, 3)] = 0.1 * w1.norm_squared();
    }
    let v2 = log_softmax(
        &(0.5 * (DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5, 0.3]) * w1[(2, 3)])),
    );
    let v3 = v2.map(|e| e.sin());
    v3.component_div(&v3.map(|e| 2.0 + e.sin())) + DVector::from_element(5, 1.0) * x0.sum()
}

#[test]
fn check_f125() {
    passes_at_random_points(125, "f125", |rng| f125::check(&rng.vector(2)));
}

#[differentiable]
fn f126(x0: &DMatrix<f64>, x1: DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 2, 0.25);
    for _ in 0..x0.nrows() {
        acc1 += softmax(&(0.2 * x0.component_div(&exp(&(0.2 * &x1)))));
    }
    let m2 = -x0;
    (0.01 * (m2.sum() - x1.rows(0, 4).sum() + acc1.norm_squared())).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f126() {
    passes_at_random_points(126, "f126", |rng| f126::check(&rng.matrix(4, 2), rng.matrix(4, 2)));
}

#[differentiable]
fn f127(x0: &DVector<f64>, x1: DMatrix<f64>, n: usize) -> f64 {
    let m1 = ln(&(x0.sum() * DMatrix::identity(3, 3)
        / (2.0 + (0.5 * x1.columns(0, 2).mean()).sin()))
    .map(|e| e * e + 0.5));
    let mut acc2 = relu(x0);
    for _ in 0..n {
        acc2 += tanh(&(0.1 * (x0 * x0.sum())));
    }
    acc2 += f116(
        m1.rows(1, 2).into_owned().component_mul(&m1.rows(0, 2).into_owned()),
        &x0.norm_squared(),
    );
    (0.01 * ((x0.norm_squared().powi(2) + 0.5).sqrt() + acc2.norm_squared())).tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f127() {
    passes_at_random_points(127, "f127", |rng| f127::check(&rng.vector(2), rng.matrix(2, 2), 4));
}

#[differentiable(wrt(x0))]
fn f128(x0: &DVector<f32>, x1: &DMatrix<f32>, x2: &DMatrix<f32>) -> f32 {
    let s1 = x0[0] * (0.05 * x0.norm_squared()).tanh();
    let mut acc2: DMatrix<f32> = DMatrix::zeros(3, 4);
    for (_, &e3) in x0.iter().enumerate() {
        if s1 > e3 {
            acc2 += tanh(&(0.2 * ((s1.powi(2) + 1.0).ln() * ln(&x1.map(|e| e * e + 0.5)))));
        }
        acc2 = acc2.map(|e| e.sin()) + softmax(&(0.1 * (x1 * (e3 * DMatrix::identity(4, 4)))));
    }
    acc2 /= 2.0
        + (0.05
            * f104(
                &tanh(&(0.05 * (x0.norm_squared() * DMatrix::identity(4, 4)))),
                &(0.05 * (DVector::from_column_slice(&[-0.25, 1.0]) * x0.norm_squared()))
                    .map(|e| e.tanh()),
                s1 * DMatrix::identity(2, 2),
                4,
            ))
        .sin()
        .cos();
    (0.5 * (0.5 * s1).tanh()).tan() + x2.sum() + acc2.sum() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f128() {
    passes_at_random_points(128, "f128", |rng| {
        f128::check(&rng.vector(3), &rng.matrix(3, 4), &rng.matrix(3, 3))
    });
}

#[differentiable]
fn f129(x0: f64, x1: &DMatrix<f64>, x2: &DMatrix<f64>, s: &Stack) -> f64 {
    let mut h1 = 0.1 * (&s.layers[1].w * &s.layers[0].b);
    for (i, layer2) in s.layers.iter().enumerate() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh()) * (1.0 / (i as f64 + 1.0));
    }
    let c3: DMatrix<f64> = DMatrix::from_element(5, 5, 0.5);
    let mut h4 = 0.5 * (&s.layers[1].b / (2.0 + (0.5 * x0).tanh()));
    for layer5 in &s.layers {
        h4 = (&layer5.w * &h4 + &layer5.b).map(|e| e.tanh());
    }
    ((0.02 * x1.row_variance().variance()).tanh() + x2.mean() + h1.sum()) * c3.mean().exp()
        + h4.norm_squared()
        + (x0
            + x1.sum()
            + x2.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f129() {
    passes_at_random_points(129, "f129", |rng| {
        f129::check(
            rng.scalar(),
            &rng.matrix(5, 5),
            &rng.matrix(4, 2),
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
fn f130(x0: f32) -> f32 {
    let s1 = mse(&(x0 * DMatrix::identity(3, 3)), &(x0 * DMatrix::identity(3, 3)).map(|e| e.sin()));
    let mut acc2: DMatrix<f32> = DMatrix::zeros(4, 4);
    for _ in 0..3_usize {
        acc2 *= (0.5 * (1.0 + x0.powi(2)).powf(0.5 * (0.5 * x0).tanh())).sin();
    }
    assert_eq!(acc2.shape(), (4, 4));
    x0.min(s1) + x0
}

#[test]
fn check_f130() {
    passes_at_random_points(130, "f130", |rng| f130::check(rng.scalar()));
}

#[differentiable(wrt(x0))]
fn f131(x0: DMatrix<f64>, x1: &DMatrix<f64>, p: &TwoLayer, s: &Stack) -> DMatrix<f64> {
    let mut h1 = 0.5 * (p.first.w.mean() * DMatrix::identity(3, 4));
    for layer2 in &s.layers {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b));
    }
    let s3 = s.layers[0].w.columns(0, 1).sum();
    let mut acc4: f64 = 0.0;
    if s3 < 0.5 {
        let v5 = tanh(&(0.2 * (s3 * DMatrix::identity(2, 2)))).column_mean();
        acc4 /= 2.0 + (0.5 * ((0.02 * s.layers[1].w.norm_squared()).tanh() + v5.sum())).sin();
    }
    tanh(&(0.05 * (x0.transpose().transpose() * (0.05 * x1.sum()).exp() * (0.2 * h1.sum()).exp())))
        * acc4.exp()
        + DMatrix::from_element(3, 2, 1.0)
            * (x0.sum()
                + x1.sum()
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain
                + s.layers[0].w.sum()
                + s.layers[0].b.sum()
                + s.layers[1].w.sum()
                + s.layers[1].b.sum())
}

#[test]
fn check_f131() {
    passes_at_random_points(131, "f131", |rng| {
        f131::check(
            rng.matrix(3, 2),
            &rng.matrix(3, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
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
fn f132(x0: &DMatrix<f64>, x1: DMatrix<f64>, n: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(1, 1, 0.5);
    for i in 0..n {
        acc1 *= (0.05
            * f065(
                relu(&(DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * x0[(0, i)])),
                x1.mean() + x1.columns(0, 1).sum(),
                (0.05
                    * mse(
                        &(x0[(1, i)] * DMatrix::identity(1, 5)),
                        &(x1[(0, 0)] * DMatrix::identity(1, 5)),
                    ))
                .tanh(),
                3,
            ))
        .tanh()
        .tanh();
    }
    acc1 -= tanh(&(0.02 * (x0.sum() / (2.0 + (0.5 * x0.mean()).cos()) * (&x1 * &x1))));
    (0.05 * (x1.rows(0, 1).norm() + acc1.norm_squared())).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f132() {
    passes_at_random_points(132, "f132", |rng| f132::check(&rng.matrix(2, 5), rng.matrix(1, 1), 3));
}

#[differentiable]
fn f133(x0: DVector<f64>, x1: DVector<f64>, s: &Stack) -> f64 {
    let mut h1 = 0.2 * s.layers[1].w.component_div(&s.layers[1].w.map(|e| 2.0 + e.sin()));
    for layer2 in &s.layers {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b));
    }
    let v3 = x0[0] * -&x1;
    let mut acc4 = softmax(&(0.2 * &v3));
    for i in 0..x1.len() {
        let mut h5 = 0.5 * relu(&add_bias(&DMatrix::zeros(1, 1), &x0));
        for layer6 in &s.layers {
            h5 = tanh(&add_bias(&(&layer6.w * &h5), &layer6.b));
        }
        acc4 *= (0.1
            * (((s.layers[1].b.norm_squared() + i as f64).powi(2) + 0.5).sqrt() + h5.sum()))
        .tanh();
    }
    let mut w7: DVector<f64> = DVector::zeros(2);
    for i in 0..w7.len() {
        w7[i] += 0.1
            * f036(
                &(acc4.norm_squared() * DMatrix::identity(4, 4)),
                &(w7[i] * DMatrix::identity(4, 4)),
            );
    }
    (0.05 * ((s.layers[0].w.sum().powi(2) + 1.0).ln() + h1.norm_squared() + w7.norm_squared()))
        .tanh()
        + (x0.sum()
            + x1.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f133() {
    passes_at_random_points(133, "f133", |rng| {
        f133::check(
            rng.vector(1),
            rng.vector(2),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(1, 1), b: rng.vector(1) },
                    Affine { w: rng.matrix(1, 1), b: rng.vector(1) },
                ],
            },
        )
    });
}

#[differentiable]
fn f134(x0: &DMatrix<f64>, x1: f64) -> f64 {
    let s2 = {
        let m1 = x0.column(1).norm() * x0;
        (0.05 * (x1 - m1.column(0).sum())).tanh()
    };
    let mut acc3: f64 = 1.0;
    acc3 = acc3 * 0.5 + x1;
    if acc3 / (2.0 + (0.5 * acc3).sin()) < 0.25 {
        let c4 = x0.nrows() as f64;
        acc3 /= 1.0
            + (0.2
                * ((x0.mean() * DMatrix::identity(4, 2)).row_variance().mean()
                    / (2.0 + (0.2 * f094(c4, &x1, x1, 1)).tanh())))
            .powi(2);
    }
    x0.column(0).sum() + s2 + acc3 + (x0.sum() + x1)
}

#[test]
fn check_f134() {
    passes_at_random_points(134, "f134", |rng| f134::check(&rng.matrix(2, 2), rng.scalar()));
}

#[differentiable]
fn f135(x0: &DMatrix<f64>) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(4);
    for &e2 in x0.iter() {
        acc1 *= (0.1 * (x0.norm() + e2)).tanh();
    }
    let s4 = f011(
        &(x0[(0, 0)] * (DVector::from_column_slice(&[1.0]) * x0.mean())),
        sigmoid(&(0.01 * (acc1.norm_squared() * DMatrix::identity(2, 1))))
            * (0.01 * x0.norm_squared()).tanh(),
    );
    (0.05 * x0.row_mean().norm_squared()).tanh() + s4 + x0.sum()
}

#[test]
fn check_f135() {
    passes_at_random_points(135, "f135", |rng| f135::check(&rng.matrix(4, 4)));
}

#[differentiable]
fn f136(x0: &DMatrix<f64>, x1: DVector<f64>) -> f64 {
    let m3 = if x0.sum().min(x1[0]) > x1.norm_squared() {
        let mut acc1 = (x1.sum() * DMatrix::identity(1, 4)).transpose();
        if (0.05 * x0.column(2).norm_squared()).tanh() > x1[0] {
            let s2 = (0.05 * acc1.norm_squared()).tanh();
            acc1 *= (0.1
                * f127(
                    &(s2 * DMatrix::identity(2, 4) * x0.column(1).into_owned()),
                    s2 * DMatrix::identity(2, 2) - x1.norm_squared() * DMatrix::identity(2, 2),
                    4,
                ))
            .cos();
        } else {
            acc1 /= 2.0 + (0.1 * mse(x0, &tanh(&(0.5 * x0)))).cos();
        }
        acc1.rows(3, 1).into_owned() + add_bias(&DMatrix::zeros(1, 1), &x1)
    } else {
        assert_eq!(x0.shape(), (4, 4));
        sigmoid(
            &(0.02
                * (-(x0.column(3).mean() * DMatrix::identity(1, 1)))
                    .component_mul(&add_bias(&(x0.sum() * DMatrix::identity(1, 1)), &x1))),
        )
    };
    let mut acc4 = (0.5 * x1.mean()).cos();
    for &e5 in &x1 {
        let mut acc7: DVector<f64> = DVector::zeros(1);
        for &e8 in &m3 {
            acc7 /= 2.0 + (0.1 * (m3.mean() + e8)).tanh();
        }
        acc4 /= 2.0
            + (0.2 * ((0.5 * e5).powi(3).max(e5 / (1.0 + (0.5 * e5).powi(2))) + acc7.sum())).sin();
    }
    acc4 = (0.5 * acc4).tanh() + x1.sum();
    f015(
        &acc4,
        &add_bias(&DMatrix::zeros(1, 4), &x1),
        &(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * acc4),
        true,
    ) + (x0.sum() + x1.sum())
}

#[test]
fn check_f136() {
    passes_at_random_points(136, "f136", |rng| f136::check(&rng.matrix(4, 4), rng.vector(1)));
}

#[differentiable(wrt(x0))]
fn f137(x0: f64, x1: f64, p: TwoLayer) -> f64 {
    let v1 = add_bias(&DMatrix::zeros(4, 3), &p.first.b)
        * (DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x1);
    assert_eq!(v1.len(), 4);
    (DVector::from_column_slice(&[0.5, -0.25, 1.0]) * p.gain).norm()
        + x0
        + (x0
            + x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f137() {
    passes_at_random_points(137, "f137", |rng| {
        f137::check(
            rng.scalar(),
            rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(1, 4), b: rng.vector(1) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f138(x0: f64, n: usize) -> DVector<f64> {
    let mut acc1 = (x0.powi(2) + 0.5).sqrt();
    for _ in 0..3_usize {
        let mut acc2 = x0 / (2.0 + (0.2 * acc1).sin());
        for _ in 0..n {
            acc1 = (0.2 * acc1).tanh() + (0.5 * (0.5 * x0).powi(3)).tanh();
            acc2 = acc2 * 0.5 + acc1.sin();
        }
        for _ in 0..2_usize {
            acc1 = acc1.sin() + (0.2 * ((acc2 - x0).powi(2) + 1.0).ln()).tanh();
        }
        acc1 = acc1.sin()
            + (2.0
                + (0.05
                    * f000(
                        &(acc2 * DMatrix::identity(3, 4)),
                        &(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * acc2),
                        &(x0 * DMatrix::identity(4, 3)),
                    ))
                .sin()
                .sin())
            .ln()
            .sin();
    }
    let m4 = {
        let s3 = (acc1 / (2.0 + (0.5 * x0).tanh())).min((0.2 * acc1).powi(2));
        sigmoid(
            &(0.05
                * (add_bias(
                    &(acc1 * DMatrix::identity(4, 2)),
                    &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * x0),
                ) * (0.1 * s3).exp())),
        )
    };
    let mut w5: DVector<f64> =
        tanh(&(0.2 * (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * acc1)));
    for i in 0..w5.len() {
        w5[i] += 0.2 * x0.min(acc1);
    }
    f079(&m4.rows(0, 3).into_owned(), &(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * acc1), 4)
        + &w5
        + DVector::from_element(3, 1.0) * x0
}

#[test]
fn check_f138() {
    passes_at_random_points(138, "f138", |rng| f138::check(rng.scalar(), 2));
}

#[differentiable]
fn f139(x0: &DVector<f32>, n: usize) -> f32 {
    let m1 = softmax(&(x0.sum() * DMatrix::identity(4, 1)));
    let m2 = sigmoid(&m1);
    let v4 = if n > 3 {
        x0.sum() * x0
    } else if n > 2 {
        add_bias(&DMatrix::zeros(1, 3), x0)
            * (DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x0[0])
    } else {
        let v3: DVector<f32> = DVector::from_column_slice(&[0.3]) * x0.mean();
        relu(&add_bias(&DMatrix::zeros(1, 1), &v3)) * (x0 - &v3)
    };
    (0.01
        * ((0.05 * add_bias(&DMatrix::zeros(1, 3), x0).row_mean().norm_squared()).tanh()
            + m2.norm_squared()
            + v4.norm_squared()))
    .tanh()
        + x0.sum()
}

#[test]
fn check_f139() {
    passes_at_random_points(139, "f139", |rng| f139::check(&rng.vector(1), 4));
}

#[differentiable]
fn f140(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: &DMatrix<f64>) -> f64 {
    let s1 = ((0.01 * x1.norm_squared()).sin() - (0.01 * x0.norm_squared()).tanh())
        / (1.0 + (0.5 * (x0[(0, 0)] * (0.01 * x0.norm_squared()).tanh())).powi(2));
    let m3 = {
        let m2 = x0.map(|u| u + s1) * (s1 + s1 * 0.5);
        sigmoid(&(0.05 * (x1 * s1 + &m2)))
    };
    let m4 = softmax(&ln(&x0.map(|e| 2.0 + e.sin())));
    (0.05
        * ((1.0 + s1.powi(2)).powf(0.5 * s1.tanh())
            + x2.mean()
            + m3.norm_squared()
            + m4.norm_squared()))
    .tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f140() {
    passes_at_random_points(140, "f140", |rng| {
        f140::check(&rng.matrix(4, 3), &rng.matrix(4, 3), &rng.matrix(3, 3))
    });
}

#[differentiable]
fn f141(x0: &DMatrix<f64>, x1: f64, x2: &f64) -> DMatrix<f64> {
    assert_eq!(x0.shape(), (5, 4));
    let mut acc1 = x0.mean();
    for _ in 0..3_usize {
        acc1 /= 1.0 + (0.1 * x1.max(x0.sum())).powi(2);
    }
    tanh(&(0.05 * (*x2 * DMatrix::identity(5, 5) * x0))) * (0.1 * acc1).exp()
        + DMatrix::from_element(5, 4, 1.0) * (x0.sum() + x1 + *x2)
}

#[test]
fn check_f141() {
    passes_at_random_points(141, "f141", |rng| {
        f141::check(&rng.matrix(5, 4), rng.scalar(), &rng.scalar())
    });
}

#[differentiable]
fn f142(x0: DMatrix<f64>, x1: DMatrix<f64>, x2: f64, q: &TwoLayer) -> f64 {
    assert_eq!(q.second.b.len(), 3);
    let s6 = {
        let v1 = relu(&q.first.b);
        let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 4, 0.5);
        for (_, &e3) in x0.iter().enumerate() {
            let s5 = e3 * (0.05 * mse(&q.second.b, &q.first.b)).tanh();
            acc2 += tanh(&(0.1 * ((&x1 + &x0) * (0.2 * s5).exp())));
        }
        (0.05 * ((2.0 + q.gain.sin()).ln() + v1.mean() + acc2.mean())).tanh()
    };
    (2.0 + q.gain.sin()).ln()
        + x2
        + s6
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
fn check_f142() {
    passes_at_random_points(142, "f142", |rng| {
        f142::check(
            rng.matrix(4, 4),
            rng.matrix(4, 4),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f143(x0: DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(3, 3, 1.25);
    for i in 0..x0.nrows() {
        let s3 = if i > 0 {
            mse(
                &(x0[(0, i)] * DMatrix::identity(3, 5)),
                &-tanh(&(0.01 * (acc1.norm_squared() * DMatrix::identity(3, 5)))),
            )
        } else {
            let m2 = x0.transpose();
            (0.05 * x0.rows(1, 1).norm_squared()).tanh() + m2.sum()
        };
        acc1 = &acc1 * 0.5 + tanh(&(0.2 * (-&x0 * (0.05 * s3).exp())));
    }
    let m4 = exp(&(0.2 * &acc1)).map(|e| e.sin());
    (0.5 * x0.columns(0, 3).mean()).tanh() + m4.norm_squared() + x0.sum()
}

#[test]
fn check_f143() {
    passes_at_random_points(143, "f143", |rng| f143::check(rng.matrix(3, 3)));
}

#[differentiable]
fn f144(x0: &DVector<f64>, x1: DMatrix<f64>, x2: DVector<f64>, p: &TwoLayer) -> DVector<f64> {
    let v1 = &p.second.b + (&p.second.b + x1.column(0).into_owned());
    let v1 = (0.2 * &v1).map(|e| e.tanh()) + p.gain * &p.second.b;
    tanh(&(0.05 * (-&p.second.b * (0.2 * x0.mean()).exp() * (0.2 * x2.sum()).exp())))
        + &v1
        + DVector::from_element(5, 1.0)
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
fn check_f144() {
    passes_at_random_points(144, "f144", |rng| {
        f144::check(
            &rng.vector(4),
            rng.matrix(5, 4),
            rng.vector(1),
            &TwoLayer {
                first: Affine { w: rng.matrix(1, 5), b: rng.vector(1) },
                second: Affine { w: rng.matrix(5, 1), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f145(x0: &DMatrix<f64>, x1: &f64, s: &Stack) -> f64 {
    let mut h1 = 0.2 * (&s.layers[0].b + &s.layers[2].b);
    for layer2 in &s.layers {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    let c3: DVector<f64> = DVector::zeros(2);
    let m4 = if s.layers[1].w.column(0).norm() > 1.5 {
        sigmoid(
            &(0.05
                * ((*x1 * DMatrix::identity(3, 3)
                    - tanh(&(0.5 * (*x1 * DMatrix::identity(3, 3)))))
                    * (*x1 * DMatrix::identity(3, 3)))),
        )
    } else {
        sigmoid(
            &(0.02
                * ((*x1 * DMatrix::identity(3, 3))
                    .component_div(&(*x1 * DMatrix::identity(3, 3)).map(|e| 2.0 + e.sin()))
                    * (*x1 * DMatrix::identity(3, 3)))),
        )
    };
    (0.05 * (((x1.powi(2) + 1.0).ln() + x0.sum() + h1.norm_squared()) * c3.sum().exp())).tanh()
        + m4.mean()
        + (x0.sum()
            + *x1
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
            &rng.matrix(2, 2),
            &rng.scalar(),
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
fn f146(x0: &DMatrix<f64>) -> f64 {
    let m1 = sigmoid(
        &(0.05
            * (x0.norm_squared() * DMatrix::identity(2, 1) + x0.sum() * DMatrix::identity(2, 1))),
    );
    let mut acc2 = x0 - &m1;
    for _ in 0..x0.ncols() {
        acc2 += &m1;
    }
    x0.mean() + m1.mean() + acc2.sum() + x0.sum()
}

#[test]
fn check_f146() {
    passes_at_random_points(146, "f146", |rng| f146::check(&rng.matrix(2, 1)));
}

#[differentiable]
fn f147(x0: &f32, x1: &DMatrix<f32>) -> f32 {
    let mut w1: DMatrix<f32> = DMatrix::zeros(3, 3);
    for i in 0..w1.nrows() {
        w1[(i, 1)] = 0.5 * (0.5 * *x0).powi(3);
    }
    assert_eq!(x1.shape(), (4, 3));
    (0.01 * (x1.mean().max(*x0) + w1.norm_squared())).sin() + (*x0 + x1.sum())
}

#[test]
fn check_f147() {
    passes_at_random_points(147, "f147", |rng| f147::check(&rng.scalar(), &rng.matrix(4, 3)));
}

#[differentiable]
fn f148(x0: &DMatrix<f64>, x1: &f64, x2: f64) -> f64 {
    let mut w1: DVector<f64> = DVector::zeros(3);
    for i in 0..w1.len() {
        w1[i] = 0.5 * (x2.powi(2) + 1.0).ln();
    }
    let mut acc2: DVector<f64> = DVector::zeros(3);
    for _ in 0..w1.len() {
        for _ in 0..3_usize {
            let m3: DMatrix<f64> = (*x1 * DMatrix::identity(3, 3)).transpose();
            acc2 /= 2.0
                + (0.02 * (ln(&exp(&(0.2 * x0))).row_variance().variance() + m3.norm_squared()))
                    .tanh()
                    .sin();
        }
        let s4 = if *x1 < 0.4 { w1.sum() } else { *x1 * x2 };
        acc2 /= 2.0
            + (0.01
                * mse(
                    &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * s4),
                    &(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x2),
                ))
            .sin()
            .tanh();
    }
    let mut acc5: DVector<f64> = DVector::zeros(3);
    acc5 /= 2.0 + (0.1 * f008(&(*x1 * DMatrix::identity(1, 5)), 1.5, 4)).sin();
    acc5 -= ln(&x0.map(|e| 2.0 + e.sin())).column_mean();
    (0.05 * (*x1 - x2 + acc2.sum() + acc5.norm_squared())).tanh() + (x0.sum() + *x1 + x2)
}

#[test]
fn check_f148() {
    passes_at_random_points(148, "f148", |rng| {
        f148::check(&rng.matrix(3, 3), &rng.scalar(), rng.scalar())
    });
}

#[differentiable(wrt(x0))]
fn f149(x0: DMatrix<f32>, x1: &DVector<f32>, p: &Affine32, s: &Stack32) -> f32 {
    let c1: f32 = 0.4;
    let c1 = c1.sin() + f147(&c1, &s.layers[0].w.columns(1, 3).into_owned());
    (0.02 * ((c1.powi(2) + 0.5).sqrt() + x0.norm_squared())).tanh()
        + x1.norm_squared()
        + (x0.sum()
            + x1.sum()
            + p.w.sum()
            + p.b.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f149() {
    passes_at_random_points(149, "f149", |rng| {
        f149::check(
            rng.matrix(2, 2),
            &rng.vector(2),
            &Affine32 { w: rng.matrix(5, 4), b: rng.vector(5) },
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
fn f150(x0: DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 3, 2.0);
    if (0.02 * acc1.dot(&(acc1.sum() * DMatrix::identity(4, 3)))).sin() < 1.25 {
        acc1 += add_bias(&x0, &x0.column(1).into_owned());
    } else {
        let m2 =
            if acc1.mean() > (0.01 * x0.norm_squared()).tanh() { x0.clone() } else { relu(&acc1) };
        acc1 = acc1.map(|e| e.sin()) + add_bias(&x0.map(|e| (0.5 * e).tanh()), &m2.column_sum());
    }
    acc1 /= 2.0
        + (0.5 * (((0.01 * x0.norm_squared()).tanh().powi(2) + 0.5).sqrt().powi(2) + 0.5).sqrt())
            .sin();
    (0.01 * acc1.row(2).norm_squared()).tanh() + x0[(1, 1)] + x0.sum()
}

#[test]
fn check_f150() {
    passes_at_random_points(150, "f150", |rng| f150::check(rng.matrix(4, 3)));
}

#[differentiable]
fn f151(x0: f64, x1: f64, flag: bool, case: usize) -> f64 {
    let s1 = ((-x1).powi(2) + 0.5).sqrt();
    let s2 = (0.02 * mse(&(s1 * DMatrix::identity(3, 2)), &(x1 * DMatrix::identity(3, 2)))).tanh()
        - (0.05 * f089(&x0, x0, 4, false)).tanh();
    f027(&(s1 * DMatrix::identity(3, 3)), s2, flag, case) + (x0 + x1)
}

#[test]
fn check_f151() {
    passes_at_random_points(151, "f151", |rng| {
        f151::check(rng.scalar(), rng.scalar(), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f152(x0: f64, x1: &DVector<f64>, p: &TwoLayer, n: usize, case: usize) -> DVector<f64> {
    let mut acc1 = (0.5 * p.gain).powi(2);
    for _ in 0..n {
        let c2: DMatrix<f64> = DMatrix::from_element(4, 3, 0.4);
        acc1 *= (0.5
            * ((0.05
                * f030(
                    f079(&p.second.w, &p.second.b, 4),
                    &cross_entropy(&p.second.w, &[0, 2]),
                    p,
                    4,
                ))
            .tanh()
                * (0.5 * c2.norm_squared()).exp()))
        .sin();
    }
    let v3 = match case {
        0 => relu(&p.second.b),
        1 | 2 => sigmoid(&(0.05 * f087(&(DVector::from_column_slice(&[0.25]) * p.gain), p))),
        _ => add_bias(&DMatrix::zeros(3, 3), x1).column_mean(),
    };
    let x0 = x0.sin();
    (0.05
        * ((0.05 * (p.gain * DMatrix::identity(4, 2) * &p.first.b * (0.1 * x1.sum()).exp()))
            .map(|e| e.tanh())
            * (0.2 * acc1).exp()
            * (0.2 * v3.mean()).exp()
            * x0.exp()))
    .map(|e| e.tanh())
        + DVector::from_element(4, 1.0)
            * (x0
                + x1.sum()
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f152() {
    passes_at_random_points(152, "f152", |rng| {
        f152::check(
            rng.scalar(),
            &rng.vector(3),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            2,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f153(x0: &DMatrix<f64>, x1: DVector<f64>, q: &Affine, case: usize) -> f64 {
    let mut acc1 = softmax(
        &(0.05 * ((x1[1] - x1.sum()) * add_bias(&DMatrix::zeros(2, 3), &q.b).column_mean())),
    );
    for i in 0..q.b.len() {
        acc1 /= 2.0
            + (0.1
                * ((0.05 * mse(&q.b, &(DVector::from_column_slice(&[1.0, 0.75]) * q.b.mean())))
                    .sin()
                    - f023(q.w[(i, 3)], &(x0.mean() * DMatrix::identity(3, 3)), case)))
            .cos();
    }
    let mut acc2: f64 = 1.0;
    for (i, &e3) in q.w.iter().enumerate() {
        acc1 *= (0.1 * x0.variance().max(acc2 + q.b.mean())).tanh();
        acc2 =
            (0.1 * acc2).tanh() + (2.0 + (0.05 * (e3 * (i as f64 + 0.5))).tanh().sin()).ln().tanh();
    }
    (0.01
        * (f011(&(DVector::from_column_slice(&[0.5]) * acc2), acc2 * DMatrix::identity(2, 1))
            + acc1.norm_squared()))
    .tanh()
        + (x0.sum() + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f153() {
    passes_at_random_points(153, "f153", |rng| {
        f153::check(
            &rng.matrix(3, 5),
            rng.vector(5),
            &Affine { w: rng.matrix(2, 5), b: rng.vector(2) },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f154(x0: &DMatrix<f32>, p: &Affine32) -> f32 {
    let m1 = add_bias(&p.w, &p.b);
    let mut acc2: DMatrix<f32> = DMatrix::from_element(4, 4, 1.5);
    for _ in 0..2_usize {
        acc2 -= tanh(&(0.2 * (p.w.columns(2, 2).norm() * DMatrix::identity(4, 4)).transpose()));
    }
    (0.05
        * ((0.02
            * ((0.05
                * f060(
                    acc2.column(2).into_owned(),
                    &(p.w[(1, 1)] * DMatrix::identity(3, 4)),
                    &0.75,
                    2,
                    &[0, 0, 2],
                ))
            .tanh()
                + x0.norm_squared()))
        .tanh()
            + m1.sum()))
    .sin()
        + (x0.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f154() {
    passes_at_random_points(154, "f154", |rng| {
        f154::check(&rng.matrix(2, 5), &Affine32 { w: rng.matrix(5, 4), b: rng.vector(5) })
    });
}

#[differentiable]
fn f155(x0: DVector<f64>, x1: &DMatrix<f64>, x2: DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 2, 0.75);
    for i in 0..x1.ncols() {
        acc1 /= 2.0
            + (0.2 * cross_entropy(&(x1[(i, i)] * DMatrix::identity(2, 5)), &[1, 1, 0, 0, 1]))
                .tanh();
    }
    let m2 =
        ln(&exp(&(0.1 * (x2.columns(4, 1).into_owned() * (x1.mean() * DMatrix::identity(1, 5))))));
    x2.mean() - acc1.sum() + x0.mean() + m2.sum() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f155() {
    passes_at_random_points(155, "f155", |rng| {
        f155::check(rng.vector(5), &rng.matrix(5, 2), rng.matrix(2, 5))
    });
}

#[differentiable]
fn f156(x0: f64, x1: &f64, x2: f64, n: usize) -> f64 {
    let mut acc1: f64 = 0.0;
    for _ in 0..3_usize {
        for _ in 0..2_usize {
            acc1 = acc1.sin()
                + (0.5
                    * ((0.05
                        * f012(
                            &(x0 * DMatrix::identity(5, 5)),
                            &(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25, -0.75]) * x0),
                            4,
                        ))
                    .tanh()
                        - *x1 / (1.0 + (0.5 * x0).powi(2))))
                .tanh();
        }
        acc1 = (0.2 * acc1).tanh() + (0.5 * x1.min(x0)).tanh();
    }
    let s2 = if n > 3 {
        x2.max(x0)
            + f006(
                &(x2 * DMatrix::identity(3, 3)),
                &(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * x0),
            )
    } else {
        (x2.powi(2) + 1.0).ln()
    };
    let s3 = (0.5 * *x1).sin();
    (0.05 * (x0.min(acc1) + s2)).sin() + s3 + (x0 + *x1 + x2)
}

#[test]
fn check_f156() {
    passes_at_random_points(156, "f156", |rng| {
        f156::check(rng.scalar(), &rng.scalar(), rng.scalar(), 2)
    });
}

#[differentiable]
fn f157(x0: &f64, x1: &DMatrix<f64>, n: usize, flag: bool) -> f64 {
    let s3 = if flag {
        (*x0 * DMatrix::identity(2, 4)).norm()
    } else {
        let mut acc1 = exp(&(0.5 * (*x0 * DMatrix::identity(4, 3))));
        for i in 0..n {
            let s2 = f101(*x0 * DMatrix::identity(3, 1) / (2.0 + (0.5 * *x0).tanh()));
            acc1 = tanh(&(0.2 * &acc1))
                + softmax(
                    &(0.05
                        * (add_bias(
                            &(*x0 * DMatrix::identity(4, 3))
                                .component_div(&exp(&(0.2 * (*x0 * DMatrix::identity(4, 3))))),
                            &softmax(&x1.column(i).into_owned()),
                        ) * (0.1 * s2).exp())),
                );
        }
        (1.0 + (0.01 * acc1.norm_squared()).tanh().powi(2)).powf(0.5 * (0.5 * *x0).tanh())
    };
    let mut acc4 = *x0;
    for (&e5, &e6) in x1.iter().zip(x1.iter().skip(1)) {
        let v7 = f138(e5 / (1.0 + x1.norm_squared()), 2);
        acc4 *= (0.05 * (x0.min((0.2 * s3).cos()) + e6 + v7.mean())).tanh().sin();
    }
    x1.mean() + acc4 + (*x0 + x1.sum())
}

#[test]
fn check_f157() {
    passes_at_random_points(157, "f157", |rng| {
        f157::check(&rng.scalar(), &rng.matrix(4, 2), 2, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f158(x0: f32, x1: &DVector<f32>, n: usize, labels: &[usize]) -> f32 {
    let mut acc1: f32 = 0.5;
    for _ in 0..x1.len() {
        let mut acc2: f32 = 0.0;
        for _ in 0..x1.len() {
            let s3: f32 = (0.2 * acc2).tanh();
            acc1 -= (0.2
                * mse(
                    &tanh(&(0.5 * add_bias(&DMatrix::zeros(3, 3), x1))),
                    &ln(&(x1.mean() * DMatrix::identity(3, 3)).map(|e| 2.0 + e.sin())),
                ))
            .tanh();
            acc2 *= (0.2 * ((0.5 * x0).powi(3) + s3)).sin();
        }
        let m4 =
            tanh(&(0.02 * (acc1 * DMatrix::identity(3, 3) * add_bias(&DMatrix::zeros(3, 3), x1))));
        acc1 += (0.1 * (f022(&m4) + acc2)).tanh();
    }
    let mut acc5: f32 = 0.5;
    for _ in 0..n {
        acc5 /= 2.0
            + (0.1
                * (f110(tanh(&(0.05 * (x1.norm_squared() * DMatrix::identity(2, 2)))))
                    + cross_entropy(&add_bias(&DMatrix::zeros(3, 3), x1), labels)))
            .cos();
    }
    x0.max(acc1) + acc5 + (x0 + x1.sum())
}

#[test]
fn check_f158() {
    passes_at_random_points(158, "f158", |rng| {
        f158::check(rng.scalar(), &rng.vector(3), 2, &[2, 0, 0])
    });
}

#[differentiable]
fn f159(x0: DMatrix<f64>, x1: f64, labels: &[usize]) -> f64 {
    let mut acc1 = (x1 * DMatrix::identity(5, 2)).row_variance().sum();
    if x1 - x0.sum() > 0.25 {
        acc1 -= x1.max(x1 * 0.5) * (x1.powi(2) + 1.0).ln();
    } else if (0.05 * cross_entropy(&(acc1 * DMatrix::identity(5, 3)), labels)).tanh() > 1.25 {
        acc1 +=
            (0.05 * (f156(x1, &x1, x1, 2) - f148(&x0.columns(0, 3).into_owned(), &x1, x1))).tanh();
    } else {
        acc1 += (0.01 * x0.norm_squared()).tanh();
    }
    assert_eq!(x0.shape(), (3, 5));
    if x0.columns(0, 5).sum() / (2.0 + (0.1 * acc1).sin()) > 0.4 {
        let s2 = f101(-(x0.row(0).norm() * DMatrix::identity(3, 1)));
        acc1 /= 2.0
            + (0.1
                * ((0.05
                    * f055(
                        &(0.05 * exp(&x0.column(4).into_owned())).map(|e| e.tanh()),
                        &(x0.sum() * DMatrix::identity(4, 3)),
                        DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x1
                            - DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x1,
                    ))
                .tanh()
                    + s2))
                .cos();
    }
    (0.5 * (0.1 * acc1).tanh()).tan() + (x0.sum() + x1)
}

#[test]
fn check_f159() {
    passes_at_random_points(159, "f159", |rng| {
        f159::check(rng.matrix(3, 5), rng.scalar(), &[0, 2, 0])
    });
}

#[differentiable]
fn f160(x0: f32, x1: f32, x2: f32) -> f32 {
    let mut acc1 = (0.5 * x1).powi(3);
    for _ in 0..2_usize {
        acc1 += (0.5 * x1).tanh();
    }
    let s2: f32 = (x0.powi(2) + 1.0).ln();
    for _ in 0..2_usize {
        acc1 /= 2.0 + (0.1 * f047(x0, &(s2 * DMatrix::identity(4, 4)), 2)).sin();
    }
    acc1 - x1 + x2 + (x0 + x1 + x2)
}

#[test]
fn check_f160() {
    passes_at_random_points(160, "f160", |rng| {
        f160::check(rng.scalar(), rng.scalar(), rng.scalar())
    });
}

#[differentiable]
fn f161(x0: &DMatrix<f64>, x1: f64) -> f64 {
    let c1 = x0.ncols() as f64;
    let mut acc2 = tanh(&(0.2 * x0.map(|e| e + (1.0 + e.powi(2)).powf(0.5 * (0.5 * e).tanh()))));
    for _ in 0..x0.nrows() {
        for _ in 0..x0.ncols() {
            acc2 += tanh(&(0.5 * log_softmax(&tanh(&(0.5 * (x1 * DMatrix::identity(3, 3)))))));
        }
        assert_eq!(acc2.shape(), (3, 3));
        acc2 /= 1.0 + (0.2 * (x0.sum() / (2.0 + (0.5 * c1).sin()))).powi(2);
    }
    let s3 = (0.5 * c1.max(x1)).cos();
    x0.mean() - x1 + acc2.mean() + s3 + (x0.sum() + x1)
}

#[test]
fn check_f161() {
    passes_at_random_points(161, "f161", |rng| f161::check(&rng.matrix(3, 3), rng.scalar()));
}

#[differentiable]
fn f162(x0: &DMatrix<f64>, x1: f64, x2: &DMatrix<f64>, flag: bool) -> DMatrix<f64> {
    let x2 = x2 * 0.5;
    let s1 = (0.5 * x1).exp() - (1.0 + x1.powi(2)).powf(0.5 * (0.5 * x1).tanh());
    let mut acc2 = (x2.rows(0, 2).sum().powi(2) + 0.5).sqrt();
    if !flag {
        let c3: DVector<f64> = DVector::zeros(3);
        acc2 += (0.2 * s1).cos() / (2.0 + (0.5 * x2.row_mean().variance()).cos()) * c3.sum().exp();
    }
    tanh(&(0.05 * (&x2 * (x2.rows(1, 1).norm_squared() * DMatrix::identity(3, 3)) + x0)))
        * (0.1 * s1).exp()
        * (0.1 * acc2).exp()
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f162() {
    passes_at_random_points(162, "f162", |rng| {
        f162::check(&rng.matrix(3, 3), rng.scalar(), &rng.matrix(3, 3), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f163(x0: &DMatrix<f64>, x1: &f64, x2: &DMatrix<f64>) -> f64 {
    let mut acc1 = x2.mean();
    acc1 = acc1 * 0.5 + (*x1 * x1.sin() + (0.5 * *x1).cos());
    let m2 = exp(&(0.5 * x0)).component_mul(&sigmoid(&(0.5 * x0)));
    (0.01
        * (f020(&(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * *x1), 4)
            + acc1
            + m2.norm_squared()))
    .tanh()
        + (x0.sum() + *x1 + x2.sum())
}

#[test]
fn check_f163() {
    passes_at_random_points(163, "f163", |rng| {
        f163::check(&rng.matrix(5, 2), &rng.scalar(), &rng.matrix(2, 5))
    });
}

#[differentiable]
fn f164(x0: &f64, x1: f64, n: usize) -> f64 {
    let mut acc1 = (1.0 + (0.5 * (0.5 * x1).tanh()).tan().powi(2)).powf(0.5 * (0.5 * x1).tanh());
    for _ in 0..n {
        acc1 = (0.2 * acc1).tanh() + (0.5 * (x1 + x1.sin())).tanh();
    }
    let mut acc2: f64 = 0.0;
    acc2 += cross_entropy(
        &(x1 * DMatrix::identity(2, 5) - *x0 * DMatrix::identity(2, 5)),
        &[1, 1, 1, 1, 0],
    );
    acc2 *= (0.2 * x1.max(*x0).max(-acc1)).tanh();
    let acc2 = acc2.sin() + (0.01 * (acc1 * DMatrix::identity(5, 1)).norm_squared()).sin();
    f127(&(DVector::from_column_slice(&[1.0, 0.75]) * acc2), acc2 * DMatrix::identity(2, 2), 4)
        + (*x0 + x1)
}

#[test]
fn check_f164() {
    passes_at_random_points(164, "f164", |rng| f164::check(&rng.scalar(), rng.scalar(), 4));
}

#[differentiable]
fn f165(x0: &DVector<f64>) -> f64 {
    let s1 = (0.05
        * f039(
            x0.sum() * DMatrix::identity(4, 5) - x0.mean() * DMatrix::identity(4, 5),
            (x0[0] * DMatrix::identity(5, 5))
                .component_div(&(x0[0] * DMatrix::identity(5, 5)).map(|e| 2.0 + e.sin())),
        ))
    .tanh();
    let mut acc2 = s1.min(s1.sin());
    for i in 0..2_usize {
        let mut acc3: DMatrix<f64> = DMatrix::from_element(5, 2, 1.25);
        if (0.5 * x0.mean()).powi(2) < 0.75 {
            let s5 = {
                let m4 = s1 * DMatrix::identity(5, 4) * acc3.rows(1, 4).into_owned();
                (0.02 * (s1 / (2.0 + s1.cos()) + m4.norm_squared())).tanh()
            };
            acc3 *= (0.2 * (s1 + acc2 - s1.min(x0.sum()) + s5)).cos();
        } else {
            let x0 = (0.5 * x0).map(|e| e.tanh())
                + add_bias(&DMatrix::zeros(2, 4), x0)
                    * (DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * s1);
            acc3 -= softmax(
                &(0.1
                    * add_bias(
                        &(s1 * DMatrix::identity(5, 2)),
                        &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25, 1.25]) * x0.sum()),
                    )),
            );
        }
        acc2 = acc2.sin() + (0.5 * acc3[(i, 0)]).cos();
    }
    x0.mean() + acc2 + x0.sum()
}

#[test]
fn check_f165() {
    passes_at_random_points(165, "f165", |rng| f165::check(&rng.vector(2)));
}

#[differentiable]
fn f166(x0: &DMatrix<f64>) -> f64 {
    let m2 = {
        let s1 = (2.0 + (0.02 * x0.norm_squared()).sin().min(x0.sum()).sin()).ln();
        softmax(x0) * (0.5 * s1).exp()
    };
    let mut w3: DVector<f64> = DVector::from_column_slice(&[0.5, -0.25]) * x0.row(3).norm()
        + DVector::from_column_slice(&[1.0, 0.75]) * m2.row(0).norm_squared();
    for i in 0..w3.len() {
        w3[i] = 0.5 * (0.5 * x0[(i, i)]).powi(2);
    }
    let w3 = (0.05 * &w3).map(|e| e.tanh()) + tanh(&(0.05 * &w3)) * x0.sum();
    (0.01 * add_bias(&DMatrix::zeros(2, 4), &w3).row_sum().variance()).tanh() + x0.sum()
}

#[test]
fn check_f166() {
    passes_at_random_points(166, "f166", |rng| f166::check(&rng.matrix(4, 2)));
}

#[differentiable]
fn f167(x0: f64, x1: f64, q: TwoLayer) -> f64 {
    let s2 = {
        let v1 = log_softmax(&(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * x1));
        (0.02 * f021(&add_bias(&DMatrix::zeros(3, 3), &v1), &q.first.w, &q.first)).tanh()
    };
    let m3 = q.second.w.map(|u| u - x0);
    let s4 = m3[(3, 0)] / (2.0 + s2.cos());
    x0.max(s4)
        + (x0
            + x1
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f167() {
    passes_at_random_points(167, "f167", |rng| {
        f167::check(
            rng.scalar(),
            rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f168(x0: &DVector<f64>) -> f64 {
    let mut w1: DMatrix<f64> = DMatrix::zeros(2, 4);
    for i in 0..w1.nrows() {
        w1[(i, 2)] = w1.rows(1, 1).mean() * w1.row(i).mean();
    }
    let mut w2: DVector<f64> = DVector::zeros(2);
    for i in 0..w2.len() {
        w2[i] = (w1.columns(0, 1).sum() * DMatrix::identity(4, 4)).row_variance().variance();
    }
    let mut acc3 = (0.05
        * f012(
            &(w2[0] * DMatrix::identity(5, 5)),
            &(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25, -0.75]) * w2.sum()),
            4,
        ))
    .sin()
        * exp(&w1);
    if (0.02
        * f155(
            DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0, 0.25]) * acc3.norm_squared(),
            &(w2[0] * DMatrix::identity(5, 2)),
            add_bias(&DMatrix::zeros(2, 5), x0),
        ))
    .tanh()
        > 1.25
    {
        acc3 -= log_softmax(&w1);
    } else if cross_entropy(&w1.transpose(), &[3, 1]) < w2.sum() {
        let s4 = softmax(&acc3).norm_squared();
        acc3 = tanh(&acc3)
            + ln(&w1.map(|e| e * e + 0.5)).map(|e| {
                let t5 = e;
                e + t5
            }) * (0.1 * s4).exp();
    } else {
        acc3 -= &w1;
    }
    (0.01
        * mse(
            &(acc3.columns(0, 1).mean() * DMatrix::identity(3, 4)),
            &(acc3[(0, 2)] * DMatrix::identity(3, 4)),
        ))
    .tanh()
        + x0.sum()
}

#[test]
fn check_f168() {
    passes_at_random_points(168, "f168", |rng| f168::check(&rng.vector(2)));
}

#[differentiable]
fn f169(x0: &DVector<f32>, x1: f32, case: usize) -> f32 {
    let s1 = (0.05
        * f104(
            &(x1 * DMatrix::identity(4, 4)),
            &(DVector::from_column_slice(&[0.3, -1.0]) * x1),
            x1 * DMatrix::identity(2, 2),
            4,
        ))
    .sin();
    let s1 = s1.sin();
    let mut acc2: DMatrix<f32> = DMatrix::from_element(5, 3, 1.5);
    match case {
        0 => {
            let x1 = x1 * 0.5 + x1 / (1.0 + x0.norm_squared());
            acc2 /= 2.0 + (0.2 * (s1 / (1.0 + x0.norm_squared()) + x1)).tanh();
        }
        1 | 2 => {
            acc2 *= (s1
                / (2.0 + (0.5 * x1).cos())
                / (2.0
                    + (0.05
                        * mse(
                            &add_bias(&DMatrix::zeros(3, 3), x0),
                            &(x1 * DMatrix::identity(3, 3)),
                        ))
                    .tanh()
                    .tanh()))
            .tanh();
        }
        _ => {
            for i in 0..x0.len() {
                let mut w3: DVector<f32> = DVector::zeros(5);
                for j in 0..w3.len() {
                    w3[j] = 0.5 * (0.5 * x1).powi(2);
                }
                acc2 -= softmax(
                    &(0.5 * (w3[i] * DMatrix::identity(5, 3) + s1 * DMatrix::identity(5, 3))),
                );
            }
            acc2 += (x0[1] * DMatrix::identity(5, 3))
                .component_div(&(s1 * DMatrix::identity(5, 3)).map(|e| 2.0 + e.sin()))
                + (x0[0] * DMatrix::identity(3, 5)).transpose();
        }
    }
    (0.05 * f160(x1, x1, s1)).sin() + acc2.mean() + (x0.sum() + x1)
}

#[test]
fn check_f169() {
    passes_at_random_points(169, "f169", |rng| {
        f169::check(&rng.vector(3), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f170(x0: DMatrix<f64>, x1: DMatrix<f64>) -> f64 {
    let m1 = relu(&x1.transpose());
    let mut acc2: DMatrix<f64> = DMatrix::zeros(4, 4);
    for (_, &e3) in x1.iter().enumerate() {
        let m5 = sigmoid(&(0.1 * &acc2));
        acc2 += sigmoid(
            &(0.01
                * (e3
                    * DMatrix::identity(4, 2)
                    * (e3 * DMatrix::identity(2, 1))
                    * (e3 * DMatrix::identity(1, 4))
                        .component_div(&exp(&(0.2 * (e3 * DMatrix::identity(1, 4))))))),
        ) + &m5;
    }
    (0.02 * (-(0.01 * m1.norm_squared()).sin() + x0.mean() + acc2.sum())).tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f170() {
    passes_at_random_points(170, "f170", |rng| f170::check(rng.matrix(1, 2), rng.matrix(4, 4)));
}

#[differentiable]
fn f171(x0: f64) -> f64 {
    let s1 = (0.5 * (x0 / (2.0 + (0.5 * x0).cos()))).exp();
    let v2 = DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75, -0.5]) * s1;
    let s3 = (0.2 * s1).abs();
    s3 * v2[0] + x0
}

#[test]
fn check_f171() {
    passes_at_random_points(171, "f171", |rng| f171::check(rng.scalar()));
}

#[differentiable]
fn f172(x0: &DMatrix<f64>, x1: &DVector<f64>, p: &TwoLayer) -> f64 {
    let mut w1: DVector<f64> = DVector::zeros(2);
    for i in 0..w1.len() {
        w1[i] = 0.2 * (p.first.w.mean() + p.gain);
    }
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 4, 0.5);
    if p.first.w.mean() > (0.02 * p.second.w.norm_squared()).tanh() {
        acc2 *= (0.5 * (0.5 * (p.gain - (0.02 * x0.norm_squared()).tanh())).tanh()).tan().sin();
    }
    let v3 = -f116(add_bias(&DMatrix::zeros(2, 3), &w1), &p.gain);
    (0.01
        * ((0.02 * f050(p.gain, p.gain, p)).sin()
            + x0.mean()
            + x1.mean()
            + acc2.norm_squared()
            + v3.norm_squared()))
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
fn check_f172() {
    passes_at_random_points(172, "f172", |rng| {
        f172::check(
            &rng.matrix(4, 2),
            &rng.vector(2),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f173(x0: f64, x1: &DMatrix<f64>) -> f64 {
    let s1 = (0.01
        * mse(
            &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x0).component_div(
                &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0).map(|e| e * e + 0.5),
            ),
            &(x0 * DMatrix::identity(4, 4) * x1.column(1).into_owned()),
        ))
    .sin();
    let m2 = x1.row(0).sum()
        * DMatrix::identity(3, 3)
        * (s1 * DMatrix::identity(3, 4))
        * softmax(&(0.01 * (x1.norm_squared() * DMatrix::identity(4, 4))))
            .component_mul(&(s1 * DMatrix::identity(4, 4)));
    (0.05 * (x1.variance() + m2.mean())).sin() + (x0 + x1.sum())
}

#[test]
fn check_f173() {
    passes_at_random_points(173, "f173", |rng| f173::check(rng.scalar(), &rng.matrix(4, 3)));
}

#[differentiable]
fn f174(x0: DMatrix<f32>, x1: DMatrix<f32>, p: &Affine32) -> DMatrix<f32> {
    let s4 = if (0.5 * x0.mean()).cos() < 0.75 {
        let mut acc1 = (0.05 * f154(&(x1.sum() * DMatrix::identity(2, 5)), p)).tanh();
        for &e2 in &p.w {
            acc1 -= (0.05 * f154(&(e2 * DMatrix::identity(2, 5)), p)).sin();
        }
        ((x0[(3, 0)] - (0.05 * acc1).tanh()).powi(2) + 1.0).ln()
    } else {
        x0[(2, 1)]
    };
    let m5 = -&x0;
    (sigmoid(&(0.5 * &m5)) + &x1) * (0.2 * s4).exp()
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f174() {
    passes_at_random_points(174, "f174", |rng| {
        f174::check(
            rng.matrix(4, 4),
            rng.matrix(4, 4),
            &Affine32 { w: rng.matrix(5, 4), b: rng.vector(5) },
        )
    });
}

#[differentiable]
fn f175(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let m2 = {
        let v1 = (0.02 * ((0.2 * x0.sum()).exp() * x1.column_variance())).map(|e| e.tanh());
        x1.columns(1, 1).norm() * DMatrix::identity(2, 5) * (0.2 * v1.sum()).exp()
    };
    let mut w3: DVector<f64> = (0.05 * (x0 * x1.column(0).into_owned())).map(|e| e.tanh());
    for i in 0..w3.len() {
        w3[i] = f108((0.02 * m2.sum()).tanh());
    }
    (0.02 * x1.columns(0, 2).norm_squared()).sin() + w3.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f175() {
    passes_at_random_points(175, "f175", |rng| f175::check(&rng.matrix(2, 5), &rng.matrix(5, 2)));
}

#[differentiable(wrt(x0))]
fn f176(x0: &DMatrix<f32>, x1: &DMatrix<f32>, x2: &DVector<f32>, n: usize, flag: bool) -> f32 {
    let v2 = if n > 2 {
        DVector::from_column_slice(&[1.0, 0.75]) * x2.sum()
    } else {
        let m1 = if flag {
            tanh(&(0.5 * x1)).component_div(&relu(x1).map(|e| e * e + 0.5))
        } else if x0.rows(2, 3).norm() < 0.4 {
            sigmoid(&(0.5 * x1))
        } else {
            softmax(x1)
        };
        sigmoid(&(0.02 * (x1.mean() * DMatrix::identity(2, 4) * x2 * (0.2 * m1.mean()).exp())))
    };
    assert_eq!(v2.len(), 2);
    let mut acc3 = x1 / (1.0 + (x1.sum() * DMatrix::identity(5, 2)).norm_squared());
    acc3 *= (0.2 * v2[0]).cos();
    acc3 *= (0.1
        * (f004(
            &(v2.mean() * DMatrix::identity(3, 3)),
            x1.column(0).norm() * DMatrix::identity(3, 2),
        ) / (2.0 + (2.0 + x1[(3, 0)].sin()).ln().sin())))
    .cos();
    (0.01
        * ((0.02 * (v2.sum() / (2.0 + (0.5 * x1.rows(0, 1).mean()).tanh()) + x0.norm_squared()))
            .sin()
            + acc3.norm_squared()))
    .tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f176() {
    passes_at_random_points(176, "f176", |rng| {
        f176::check(&rng.matrix(5, 2), &rng.matrix(4, 5), &rng.vector(4), 4, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f177(x0: &f64, x1: DMatrix<f64>, s: &Stack) -> DMatrix<f64> {
    let mut w1: DVector<f64> = log_softmax(&(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * *x0));
    for i in 0..w1.len() {
        w1[i] = 0.5 * (x0.powi(2) + 1.0).ln();
    }
    let w1 = w1.map(|e| e.sin()) + w1.map(|e| f108(e));
    let m2 = f061(
        *x0,
        &softmax(&(0.05 * (s.layers[0].w.column(1).sum() * (w1.sum() * DMatrix::identity(5, 2))))),
        3,
    );
    sigmoid(
        &(0.05
            * (ln(&(*x0 * DMatrix::identity(5, 2)).map(|e| e * e + 0.5))
                * (0.01 * x1.norm_squared()).exp()
                + &m2)),
    ) + DMatrix::from_element(5, 2, 1.0)
        * (*x0
            + x1.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f177() {
    passes_at_random_points(177, "f177", |rng| {
        f177::check(
            &rng.scalar(),
            rng.matrix(5, 3),
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
fn f178(x0: f64, x1: &DMatrix<f64>, p: &TwoLayer) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 2, 0.4);
    for _ in 0..p.second.w.nrows() {
        assert_eq!(x1.shape(), (2, 2));
        acc1 += sigmoid(&(0.5 * x1.transpose()));
    }
    for _ in 0..p.second.b.len() {
        let s2 = (x0 - p.gain) * (2.0 + x0.sin()).ln();
        acc1 *= (0.2 * (x1.mean() + s2)).tanh();
    }
    for &e3 in &p.second.w {
        acc1 += tanh(
            &(0.05
                * (add_bias(
                    &add_bias(x1, &x1.column(1).into_owned()),
                    &-x1.column(1).into_owned(),
                ) * (0.2 * e3).exp())),
        );
    }
    (0.5 * x1.mean()).powi(2)
        + acc1.sum()
        + (x0
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f178() {
    passes_at_random_points(178, "f178", |rng| {
        f178::check(
            rng.scalar(),
            &rng.matrix(2, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(1, 4), b: rng.vector(1) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f179(x0: f64, x1: f64, n: usize) -> f64 {
    let mut acc1 = ((x1 - x0).powi(2) + 0.5).sqrt();
    if n > 3 {
        acc1 -=
            (0.05 * mse(&(x1 * DMatrix::identity(3, 4)), &(x0 * DMatrix::identity(3, 4)))).sin();
    }
    let m2 = -tanh(&(0.05 * (acc1 * (x0 * DMatrix::identity(3, 4)))));
    -x0 + m2.sum() + (x0 + x1)
}

#[test]
fn check_f179() {
    passes_at_random_points(179, "f179", |rng| f179::check(rng.scalar(), rng.scalar(), 2));
}

#[differentiable]
fn f180(x0: &DMatrix<f64>, p: &TwoLayer, flag: bool) -> f64 {
    let s1: f64 = f112(p.gain, p.gain, false);
    let s5 = if f156(s1, &p.first.b.mean(), p.gain, 2) > p.gain {
        let v3 = {
            let v2: DVector<f64> = (0.02 * f002(&(p.gain * DMatrix::identity(4, 1)), p))
                .map(|e| e.tanh())
                - &p.second.b;
            p.second.b.component_mul(&x0.column(0).into_owned()) + &v2
        };
        (0.05 * (tanh(&(0.5 * &p.second.w)).sum() + v3.sum())).tanh()
    } else if flag {
        p.gain.max(p.second.w.sum())
    } else {
        let s4 = (0.1 * s1).exp()
            * (0.01
                * mse(
                    &(DVector::from_column_slice(&[0.75, -0.5]) * s1),
                    &sigmoid(
                        &(0.05
                            * (DVector::from_column_slice(&[-0.5, 0.3])
                                * p.first.b.norm_squared())),
                    ),
                ))
            .tanh();
        -p.gain + s4
    };
    p.second.b[2]
        + x0.mean()
        + s5
        + (x0.sum()
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
            &rng.matrix(3, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f181(x0: f32) -> DMatrix<f32> {
    let s1 = x0.max(x0.sin());
    let s2 = (0.5 * x0).tanh();
    let v3 = sigmoid(&(DVector::from_column_slice(&[-0.5, 0.3]) * s2));
    add_bias(&DMatrix::zeros(2, 4), &v3) * (x0 * DMatrix::identity(4, 2)) * (0.2 * s1).exp()
        + DMatrix::from_element(2, 2, 1.0) * x0
}

#[test]
fn check_f181() {
    passes_at_random_points(181, "f181", |rng| f181::check(rng.scalar()));
}

#[differentiable]
fn f182(x0: f32, flag: bool) -> f32 {
    let mut acc1: f32 = 1.0;
    acc1 = acc1 * 0.5 + f031(&ln(&(x0 * DMatrix::identity(1, 2)).map(|e| 2.0 + e.sin())));
    let s3 = if flag {
        (2.0 + acc1.sin()).ln()
    } else if x0 > 0.3 {
        cross_entropy(
            &softmax(
                &(0.02
                    * (acc1 * DMatrix::identity(3, 3))
                        .component_div(&(acc1 * DMatrix::identity(3, 3)).map(|e| 2.0 + e.sin()))),
            ),
            &[0, 2, 0],
        )
    } else {
        let mut w2: DVector<f32> = DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5, 0.3])
            * acc1
            / (2.0 + (0.5 * x0).cos());
        for i in 0..w2.len() {
            w2[i] = 0.1 * (acc1 - (0.05 * w2.sum()).tanh());
        }
        (0.05 * w2.sum()).tanh() - x0
    };
    let s4 = acc1;
    (0.01 * (s4 * DMatrix::identity(5, 5)).row_mean().norm_squared()).tanh() + s3 + x0
}

#[test]
fn check_f182() {
    passes_at_random_points(182, "f182", |rng| f182::check(rng.scalar(), rng.uniform() < 0.5));
}

#[differentiable]
fn f183(x0: &DMatrix<f32>, x1: f32) -> f32 {
    let mut acc1 = (2.0 + x1.sin()).ln();
    acc1 = acc1.tanh()
        + (0.05 * cross_entropy(&(x1 * DMatrix::identity(2, 3) * x0), &[0, 1, 0])).sin();
    acc1 += x0.norm();
    let s2: f32 = (0.05 * (acc1 * x1)).sin();
    acc1 += tanh(&(0.5 * x0)).row_mean().mean();
    s2 + acc1 + (x0.sum() + x1)
}

#[test]
fn check_f183() {
    passes_at_random_points(183, "f183", |rng| f183::check(&rng.matrix(3, 3), rng.scalar()));
}

#[differentiable(wrt(x0))]
fn f184(x0: DVector<f64>, x1: &DVector<f64>, x2: &DVector<f64>, q: &TwoLayer) -> DVector<f64> {
    let x1 = (0.5 * x1).map(|e| e.tanh());
    let s1 = q.gain - q.gain * 0.5;
    tanh(&(0.02 * (((&q.first.b + &x0) * (0.2 * x2.mean()).exp() + &x1) * (0.2 * s1).exp())))
        + DVector::from_element(2, 1.0)
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
fn check_f184() {
    passes_at_random_points(184, "f184", |rng| {
        f184::check(
            rng.vector(2),
            &rng.vector(2),
            &rng.vector(5),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0, x1))]
fn f185(x0: &f32, x1: &DVector<f32>, x2: DMatrix<f32>, s: &Stack32) -> f32 {
    let mut h1 = 0.2 * add_bias(&DMatrix::zeros(3, 2), &s.layers[0].b).column_sum();
    for layer2 in s.layers.iter() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    let mut acc3: DVector<f32> = DVector::zeros(3);
    for (_, &e4) in h1.iter().enumerate() {
        acc3 = acc3.map(|e| e.sin()) + (0.5 * (softmax(&h1) * e4.exp())).map(|e| e.tanh());
    }
    let s6 = (0.05 * x1.dot(x1)).tanh();
    s6 * *x0
        + x2.mean()
        + acc3.sum()
        + (*x0
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
fn check_f185() {
    passes_at_random_points(185, "f185", |rng| {
        f185::check(
            &rng.scalar(),
            &rng.vector(5),
            rng.matrix(3, 3),
            &Stack32 {
                layers: vec![
                    Affine32 { w: rng.matrix(3, 3), b: rng.vector(3) },
                    Affine32 { w: rng.matrix(3, 3), b: rng.vector(3) },
                    Affine32 { w: rng.matrix(3, 3), b: rng.vector(3) },
                ],
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f186(x0: DMatrix<f32>, x1: f32) -> f32 {
    let mut w1: DMatrix<f32> =
        (x1 * DMatrix::identity(3, 4)).component_div(&exp(&(0.2 * (x1 * DMatrix::identity(3, 4)))));
    for i in 0..w1.nrows() {
        w1[(i, 0)] += (0.05 * (x1 * w1[(i, 1)])).tanh();
    }
    let s2 = x1 / (1.0 + (0.5 * x1).powi(2));
    let mut acc3 = x0.column(0).into_owned();
    if (0.5 * x1).tanh() < x0.columns(1, 1).norm() {
        acc3 -= x0.column(1).into_owned();
    } else if s2.max(x1) < s2 {
        acc3 += x0.column(1).into_owned();
    } else {
        let v4 = &acc3 / (1.0 + (0.5 * x1).powi(2));
        acc3 += ln(&relu(&v4).map(|e| 2.0 + e.sin()));
    }
    (0.01 * ((0.01 * w1.norm_squared()).tanh() + acc3.norm_squared())).sin() + (x0.sum() + x1)
}

#[test]
fn check_f186() {
    passes_at_random_points(186, "f186", |rng| f186::check(rng.matrix(4, 3), rng.scalar()));
}

#[differentiable]
fn f187(x0: f64, x1: &DMatrix<f64>, flag: bool, case: usize) -> f64 {
    let m2 = if flag {
        let mut acc1: DMatrix<f64> = DMatrix::zeros(5, 5);
        for _ in 0..x1.nrows() {
            acc1 = acc1.map(|e| e.sin())
                + sigmoid(
                    &(0.1
                        * (exp(&(0.5 * (x0 * DMatrix::identity(5, 5))))
                            - x0 * (x0 * DMatrix::identity(5, 5)))),
                );
        }
        add_bias(&(x0 * DMatrix::identity(5, 2)), &acc1.column(2).into_owned())
    } else {
        log_softmax(
            &(0.5
                * (x0 * DMatrix::identity(5, 2) - (x0 * DMatrix::identity(5, 2)).map(|e| e.sin()))),
        )
    };
    let m4 = {
        let m3 = x1.component_div(&x1.map(|e| 2.0 + e.sin()));
        tanh(
            &(0.05
                * (add_bias(&m2, &m2.column(1).into_owned()) * (0.01 * m3.norm_squared()).exp())),
        )
    };
    let mut acc5: DMatrix<f64> = DMatrix::zeros(5, 2);
    match case {
        0 => {
            let mut acc6 =
                (x1 + x0 * DMatrix::identity(2, 2)) / (1.0 + (0.2 * (0.5 * x0).exp()).powi(2));
            if x0 > x0.sin() {
                let c7: f64 = 0.3;
                acc6 -= softmax(&(0.05 * (x1 * x1 * c7.exp())));
            }
            acc5 -= sigmoid(&(0.02 * (f061(x0, &m2, 3) * (0.1 * acc6.mean()).exp())));
        }
        1 | 2 => {
            acc5 -= f061(x0, &softmax(&(0.5 * &m2)), 3);
        }
        _ => {
            acc5 = &acc5 * 0.5
                + log_softmax(&(0.5 * &m2)).map(|u| (0.05 * f089(&x0, u, 4, false)).tanh().exp());
        }
    }
    (0.05 * (x0 * (x0 * 0.5) + m4.mean() + acc5.mean())).tanh() + (x0 + x1.sum())
}

#[test]
fn check_f187() {
    passes_at_random_points(187, "f187", |rng| {
        f187::check(rng.scalar(), &rng.matrix(2, 2), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f188(x0: &f64, x1: &DVector<f64>) -> f64 {
    let s1 = x1.sum();
    assert_eq!(x1.len(), 4);
    s1 * *x0 + (*x0 + x1.sum())
}

#[test]
fn check_f188() {
    passes_at_random_points(188, "f188", |rng| f188::check(&rng.scalar(), &rng.vector(4)));
}

#[differentiable(wrt(x0))]
fn f189(x0: f64, s: &Stack, n: usize) -> f64 {
    let mut h1 = 0.2 * s.layers[1].b.component_div(&s.layers[2].b.map(|e| e * e + 0.5));
    for layer2 in s.layers.iter() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    let mut acc3: DVector<f64> = DVector::zeros(4);
    for _ in 0..n {
        acc3 += softmax(
            &(0.2
                * s.layers[0].b.map(|e| {
                    let t4 = e - e * 0.5;
                    e.min(t4)
                })),
        );
    }
    let s5 = (0.05
        * mse(&add_bias(&DMatrix::zeros(4, 2), &s.layers[2].b), &(x0 * DMatrix::identity(4, 2))))
    .tanh();
    let c6 = s.layers[0].b.len() as f64;
    ((0.02 * ((0.2 * s.layers[0].w.sum()).powi(3) + h1.mean() + acc3.norm_squared())).sin() + s5)
        * (0.2 * c6).exp()
        + (x0
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f189() {
    passes_at_random_points(189, "f189", |rng| {
        f189::check(
            rng.scalar(),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                    Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                ],
            },
            4,
        )
    });
}

#[differentiable(wrt(x0))]
fn f190(x0: &DMatrix<f64>, x1: &DVector<f64>, n: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(4, 4);
    for _ in 0..n {
        acc1 *= (2.0 + (0.05 * (x1[1] * x0.columns(1, 3).norm())).tanh().sin()).ln().cos();
    }
    for (_, &e2) in x1.iter().enumerate() {
        acc1 -= sigmoid(&(0.5 * (softmax(x0) * (0.2 * e2).exp())));
    }
    let mut acc4 = tanh(
        &(0.05 * (tanh(&(0.05 * acc1.component_div(&acc1.map(|e| e * e + 0.5)))) * (x0 * x0))),
    );
    if (0.01 * x0.norm_squared()).tanh() < (0.01 * acc1.norm_squared()).tanh() {
        acc4 += ln(&x0.map(|e| 2.0 + e.sin()));
        acc1 += f067(acc4[(3, 2)], x1[2], 4);
        acc4 /= 2.0 + (0.5 * x0[(0, 1)]).cos();
    } else if (0.05 * x0.column(3).norm_squared()).sin() < 1.25 {
        acc1 -= ln(&exp(&tanh(&acc4)));
        acc4 = &acc4 * 0.5 + softmax(&(0.05 * (x1.mean() * &acc1)));
    } else {
        let v6 = {
            let m5 = tanh(&(0.5 * (acc4.row(0).norm_squared() * DMatrix::identity(4, 4))));
            acc4.column_variance() * (0.2 * m5.sum()).exp()
        };
        acc1 /= 2.0 + (0.2 * x1.sum()).sin().sin();
        acc4 -= softmax(&(0.05 * ((&acc1 + acc1.transpose()) * (0.02 * v6.norm_squared()).exp())));
    }
    (0.05
        * ((0.05 * x0.columns(0, 1).norm_squared()).tanh()
            + x0[(1, 0)]
            + acc1.mean()
            + acc4.mean()))
    .tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f190() {
    passes_at_random_points(190, "f190", |rng| f190::check(&rng.matrix(4, 4), &rng.vector(4), 3));
}

#[differentiable]
fn f191(x0: DMatrix<f64>, x1: &f64, x2: &DVector<f64>, q: &TwoLayer) -> DMatrix<f64> {
    let v1 = q.first.b.component_mul(&q.first.b);
    let v2 = q.second.b.component_div(&(-&q.second.b).map(|e| e * e + 0.5));
    sigmoid(
        &(0.05
            * (softmax(&(0.05 * f141(&q.second.w, q.gain, x1)))
                * (0.01 * x0.norm_squared()).exp()
                * (0.2 * x2.mean()).exp()
                * (0.1 * v1.mean()).exp())),
    ) * (0.01 * v2.norm_squared()).exp()
        + DMatrix::from_element(5, 4, 1.0)
            * (x0.sum()
                + *x1
                + x2.sum()
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f191() {
    passes_at_random_points(191, "f191", |rng| {
        f191::check(
            rng.matrix(4, 5),
            &rng.scalar(),
            &rng.vector(4),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(5, 4), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0, x1))]
fn f192(x0: &DMatrix<f64>, x1: DMatrix<f64>, p: TwoLayer, n: usize) -> DMatrix<f64> {
    let mut acc1: f64 = 0.5;
    for _ in 0..n {
        let c2: f64 = 0.25;
        acc1 += (2.0 + c2.sin()).ln();
    }
    let x1 = tanh(&(0.5 * &x1));
    for i in 0..2_usize {
        acc1 = acc1 * 0.5 + (0.2 * (p.gain + i as f64)).tanh();
    }
    tanh(
        &(0.05
            * (exp(&(0.5 * &p.second.w)) * (0.01 * x0.norm_squared()).exp() * (0.2 * acc1).exp())),
    ) * x1.mean().exp()
        + DMatrix::from_element(3, 3, 1.0)
            * (x0.sum()
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
            &rng.matrix(3, 2),
            rng.matrix(2, 2),
            TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            2,
        )
    });
}

#[differentiable]
fn f193(x0: DMatrix<f64>, flag: bool, case: usize) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 2, 1.5);
    for _ in 0..3_usize {
        let mut acc2: DMatrix<f64> = DMatrix::from_element(2, 2, 0.5);
        acc2 /= 2.0
            + ((0.05 * f121(&(0.02 * acc1.norm_squared()).sin(), 0.75, flag, case, &[2, 1, 0]))
                .tanh()
                / (2.0 + (0.2 * (0.5 * x0[(1, 1)]).exp()).sin()))
            .tanh();
        acc2 = &acc2 * 0.5 + sigmoid(&(0.2 * &acc1));
        acc1 = acc1.map(|e| e.sin()) + softmax(&(0.5 * (sigmoid(&(0.5 * &x0)) + &acc2)));
    }
    assert_eq!(x0.shape(), (2, 2));
    x0.component_div(&exp(&(0.2 * &x0))) + &acc1 + DMatrix::from_element(2, 2, 1.0) * x0.sum()
}

#[test]
fn check_f193() {
    passes_at_random_points(193, "f193", |rng| {
        f193::check(rng.matrix(2, 2), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f194(x0: &DVector<f64>, x1: &DMatrix<f64>, x2: f64, q: &TwoLayer) -> f64 {
    let s4 = {
        let m1 = add_bias(&DMatrix::zeros(3, 2), &q.second.b);
        let m3 = {
            let s2 = (1.0 + x2.powi(2)).powf(0.5 * (0.5 * q.first.w.mean()).tanh())
                / (2.0 + (0.5 * x2).tanh());
            assert_eq!(q.first.w.shape(), (2, 2));
            softmax(x1) * (0.2 * s2).exp()
        };
        (0.02 * (x2 - q.gain + m1.norm_squared())).tanh() + m3.sum()
    };
    assert_eq!(q.first.w.shape(), (2, 2));
    q.second.w.sum()
        + x0.sum()
        + s4
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
fn check_f194() {
    passes_at_random_points(194, "f194", |rng| {
        f194::check(
            &rng.vector(2),
            &rng.matrix(2, 2),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f195(x0: &DVector<f64>, x1: DMatrix<f64>, x2: &f64, p: TwoLayer, flag: bool) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(3);
    if flag {
        acc1 += x0;
    } else if (0.02 * f142(x1.clone(), x1.clone(), p.gain, &p)).tanh() < x0.sum() {
        acc1 -= &p.second.b
            / (1.0 + p.second.w.norm_squared())
            / (2.0 + (0.2 * cross_entropy(&x1, &[3, 2, 2, 3])).tanh());
    } else {
        acc1 += (*x2 * DMatrix::identity(3, 4)).column_mean();
    }
    let m2 = p.first.w.map(|u| (0.5 * (0.5 * *x2).tanh()).tan() - u.min(*x2));
    let m3: DMatrix<f64> =
        tanh(&(0.05 * f051(&(DVector::from_column_slice(&[0.75]) * *x2), &p.second.w)));
    m2[(0, 1)]
        + acc1.mean()
        + m3.sum()
        + (x0.sum()
            + x1.sum()
            + *x2
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f195() {
    passes_at_random_points(195, "f195", |rng| {
        f195::check(
            &rng.vector(3),
            rng.matrix(4, 4),
            &rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f196(x0: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(3);
    if n > 3 {
        acc1 += x0.mean() / (2.0 + (0.5 * x0[(1, 1)]).tanh()) * softmax(&x0.column(2).into_owned());
    } else {
        let c2 = x0.ncols() as f64;
        acc1 += relu(&x0.column(1).into_owned()) * (0.2 * c2).exp();
    }
    let m3 = ln(&exp(&sigmoid(&(0.5 * x0))));
    acc1.sum().max((0.05 * m3.norm_squared()).sin()) + x0.sum()
}

#[test]
fn check_f196() {
    passes_at_random_points(196, "f196", |rng| f196::check(&rng.matrix(3, 3), 2));
}

#[differentiable]
fn f197(x0: DVector<f64>, x1: f64) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(2, 5);
    for _ in 0..2_usize {
        acc1 *= (0.5 * (0.5 * x1).powi(2)).sin();
    }
    let x0 = (0.5 * &x0).map(|e| e.tanh()) + x0.component_div(&x0.map(|e| e * e + 0.5));
    ((x1 * DMatrix::identity(2, 5))
        .map(|e| (0.5 * (1.0 + e.powi(2)).powf(0.5 * (0.5 * e).tanh())).powi(2))
        + &acc1)
        * (0.1 * x0.mean()).exp()
        + DMatrix::from_element(2, 5, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f197() {
    passes_at_random_points(197, "f197", |rng| f197::check(rng.vector(2), rng.scalar()));
}

#[differentiable]
fn f198(x0: DMatrix<f32>, x1: &DVector<f32>, p: TwoLayer32, n: usize) -> f32 {
    let v1 = &p.second.b - DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5, 0.3]) * p.gain;
    let v1 = (0.2 * &v1).map(|e| e.tanh()) + relu(&v1);
    let mut acc2 = (0.02 * p.second.b.norm_squared()).sin().min(p.gain);
    if n > 3 {
        acc2 = acc2 * 0.5 + (0.05 * (p.gain - x1.dot(x1))).sin();
    } else if p.gain > acc2 {
        acc2 *= (0.05 * mse(&p.first.w, &(p.gain * DMatrix::identity(4, 4)))).tanh().powi(2).cos();
    } else {
        acc2 /= 2.0 + (0.5 * p.gain.max(p.gain.sin())).tanh();
    }
    acc2 - p.gain
        + x0.mean()
        + x1.mean()
        + v1.mean()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f198() {
    passes_at_random_points(198, "f198", |rng| {
        f198::check(
            rng.matrix(4, 4),
            &rng.vector(4),
            TwoLayer32 {
                first: Affine32 { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine32 { w: rng.matrix(5, 4), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            4,
        )
    });
}

#[differentiable]
fn f199(x0: &DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> f64 {
    let mut acc1: f64 = 0.0;
    if acc1 < 1.25 {
        acc1 /= 2.0 + (0.2 * x1.sum()).sin();
    } else {
        let s2 = (0.05
            * f012(
                &(acc1 * DMatrix::identity(5, 5))
                    .component_div(&(x0.mean() * DMatrix::identity(5, 5)).map(|e| e * e + 0.5)),
                &(0.02
                    * (x0.column(1).norm_squared()
                        * DMatrix::identity(5, 2)
                        * x0.column(0).into_owned()))
                .map(|e| e.tanh()),
                4,
            ))
        .tanh();
        acc1 = acc1.tanh()
            + (f170(relu(&(x1.sum() * DMatrix::identity(1, 2))), DMatrix::from_element(4, 4, 2.0))
                + s2);
    }
    let m3 = x0.component_div(&x1.map(|e| 2.0 + e.sin()));
    let v6 = match case {
        0 => tanh(
            &(0.01
                * (x1.sum()
                    * DMatrix::identity(4, 3)
                    * (DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * acc1))),
        ),
        1 | 2 => {
            let mut w4: DVector<f64> = DVector::zeros(4);
            for i in 0..w4.len() {
                w4[i] = (0.5 * (0.1 * acc1).tanh()).tan();
            }
            w4.map(|u| (0.05 * (u + acc1)).tanh())
        }
        _ => {
            let c5: DMatrix<f64> = DMatrix::zeros(2, 4);
            (0.05
                * (DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * acc1
                    + DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * acc1))
                .map(|e| e.tanh())
                * c5.mean().exp()
        }
    };
    (0.02
        * ((0.05
            * f012(
                &(acc1 * DMatrix::identity(5, 5)),
                &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0, 0.25]) * acc1),
                4,
            ))
        .tanh()
            + m3.sum()
            + v6.norm_squared()))
    .tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f199() {
    passes_at_random_points(199, "f199", |rng| {
        f199::check(&rng.matrix(2, 2), &rng.matrix(2, 2), rng.int(0, 3))
    });
}

#[differentiable]
fn f200(x0: &DMatrix<f64>, x1: &DVector<f64>, x2: DMatrix<f64>, case: usize) -> f64 {
    let mut w1: DVector<f64> = sigmoid(&(0.05 * exp(&x2.column(1).into_owned())));
    for i in 0..w1.len() {
        w1[i] = w1.norm_squared().sin();
    }
    let c2: DMatrix<f64> = DMatrix::from_element(4, 2, 2.0);
    let m3 = x2.column(1).mean() * DMatrix::identity(1, 1) * x0 - x0;
    (0.01
        * ((0.05 * (f199(&x2, &x2, case) + x1.mean() + w1.norm_squared())).sin()
            * (0.1 * c2.sum()).exp()
            + m3.norm_squared()))
    .tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f200() {
    passes_at_random_points(200, "f200", |rng| {
        f200::check(&rng.matrix(1, 4), &rng.vector(1), rng.matrix(2, 2), rng.int(0, 3))
    });
}

#[differentiable]
fn f201(x0: &DMatrix<f64>, x1: &f64, s: &Stack, case: usize) -> f64 {
    let mut h1 = 0.1
        * (add_bias(&DMatrix::zeros(5, 2), &s.layers[0].b)
            * (DVector::from_column_slice(&[-1.0, 0.25]) * *x1));
    for layer2 in &s.layers {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    let mut acc3: DMatrix<f64> = DMatrix::zeros(4, 5);
    match case {
        0 => {
            let mut acc4 = x0.column(1).into_owned().map(|u| (u.min(*x1).powi(2) + 1.0).ln());
            for i in 0..s.layers[0].b.len() {
                acc4 /= 2.0 + (0.5 * x1.max(s.layers[1].b[i])).sin();
            }
            acc3 *= (0.1 * ((0.02 * s.layers[1].b.norm_squared()).sin() + acc4.sum())).cos();
        }
        1 | 2 => {
            assert_eq!(s.layers[0].w.shape(), (5, 5));
            acc3 = acc3.map(|e| e.sin())
                + ln(&exp(&(0.2 * (*x1 * DMatrix::identity(4, 5))))) * (*x1 * x1.sin());
        }
        _ => {
            assert_eq!(h1.len(), 5);
            acc3 = tanh(&acc3)
                + relu(&(*x1 * DMatrix::identity(4, 5) + s.layers[1].w.rows(1, 4).into_owned()));
        }
    }
    let x1 = x1.sin();
    (x1.powi(2) + 1.0).ln()
        + x0.sum()
        + h1.sum()
        + acc3.mean()
        + (x0.sum()
            + x1
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f201() {
    passes_at_random_points(201, "f201", |rng| {
        f201::check(
            &rng.matrix(4, 2),
            &rng.scalar(),
            &Stack {
                layers: vec![
                    Affine { w: rng.matrix(5, 5), b: rng.vector(5) },
                    Affine { w: rng.matrix(5, 5), b: rng.vector(5) },
                ],
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f202(x0: f64, x1: &DVector<f64>) -> f64 {
    let m1 = (x0 * DMatrix::identity(2, 4)).component_mul(&(x0 * DMatrix::identity(2, 4)));
    let m2 = m1.map(|e| (0.5 * (0.2 * e).tanh()).tan());
    (0.02 * (m1.mean().max(x0) + x1.norm_squared())).sin() + m2.mean() + (x0 + x1.sum())
}

#[test]
fn check_f202() {
    passes_at_random_points(202, "f202", |rng| f202::check(rng.scalar(), &rng.vector(4)));
}

#[differentiable]
fn f203(x0: &DMatrix<f32>, x1: &DMatrix<f32>, n: usize) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::from_element(4, 3, 0.75);
    for &e2 in x0.iter() {
        let mut acc4 = softmax(&(x1 / (1.0 + x1.norm_squared())));
        for _ in 0..n {
            acc1 *= ((0.5 * e2).abs() / (2.0 + (0.5 * e2).cos().tanh())).cos();
            acc4 += sigmoid(&(0.2 * (e2 * DMatrix::identity(4, 4) * softmax(&(0.02 * &acc1)))));
        }
        acc1 -= softmax(
            &(0.02
                * (sigmoid(&(0.5 * (e2 * DMatrix::identity(4, 3))))
                    * (x1.rows(0, 3).into_owned() - e2 * DMatrix::identity(3, 3))
                    + &acc4)),
        );
    }
    let acc1 = &acc1 * 0.5 + ln(&x1.map(|e| e * e + 0.5));
    (0.05
        * ((0.01 * x0.norm_squared()).tanh()
            + (0.01 * x1.rows(0, 4).norm_squared()).tanh()
            + acc1.sum()))
    .tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f203() {
    passes_at_random_points(203, "f203", |rng| {
        f203::check(&rng.matrix(3, 4), &rng.matrix(4, 3), 3)
    });
}

#[differentiable]
fn f204(x0: f32, x1: &DMatrix<f32>, x2: &DMatrix<f32>) -> DMatrix<f32> {
    let mut acc1 = x1.clone();
    for &e2 in x1.iter() {
        acc1 += softmax(
            &(0.2
                * x2.map(|u| {
                    (1.0 + (e2 - (0.5 * e2).tanh()).powi(2)).powf(0.5 * (0.5 * u).tanh())
                })),
        );
    }
    let mut acc4: DMatrix<f32> = DMatrix::from_element(3, 3, 0.5);
    for _ in 0..2_usize {
        acc4 -= tanh(&(0.2 * x2.component_div(&acc1.map(|e| 2.0 + e.sin()))));
    }
    sigmoid(
        &(0.05
            * f120(
                &(x1.column(0).norm() * DMatrix::identity(4, 4)),
                &(x0 * DMatrix::identity(4, 3)),
                true,
            )),
    ) + &acc4
        + DMatrix::from_element(3, 3, 1.0) * (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f204() {
    passes_at_random_points(204, "f204", |rng| {
        f204::check(rng.scalar(), &rng.matrix(3, 3), &rng.matrix(3, 3))
    });
}

#[differentiable]
fn f205(x0: DMatrix<f64>, x1: f64, p: &TwoLayer) -> f64 {
    let mut acc1: f64 = 0.5;
    for (_, &e2) in p.first.w.iter().enumerate() {
        acc1 = acc1 * 0.5
            + (0.02
                * f017(
                    &p.first.w.transpose(),
                    tanh(&(0.5 * (e2 * DMatrix::identity(4, 4)))),
                    p.second.clone(),
                ))
            .tanh();
    }
    let x1 = (0.5 * x1).tanh();
    (0.01 * (acc1 / (2.0 + (0.1 * acc1).cos()) + x0.norm_squared())).tanh()
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
fn check_f205() {
    passes_at_random_points(205, "f205", |rng| {
        f205::check(
            rng.matrix(4, 4),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f206(x0: DMatrix<f64>, x1: &DVector<f64>, case: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(3, 4, 0.25);
    match case {
        0 => {
            acc1 *= (0.5 * ((0.01 * x0.norm_squared()).tanh() * x1[0])).cos();
        }
        1 | 2 => {
            acc1 *= (0.5 * ((0.05 * x0.row(3).norm_squared()).sin() - x1[3])).tanh();
        }
        _ => {
            acc1 += softmax(
                &(0.2
                    * (tanh(&(0.05 * (x1.norm_squared() * DMatrix::identity(3, 4))))
                        + x0.sum() * DMatrix::identity(3, 4))),
            );
        }
    }
    let m2 = x0.rows(1, 3).into_owned() * &acc1;
    let m3 = softmax(
        &(0.02
            * ((acc1.norm_squared() * DMatrix::identity(3, 4) - &acc1)
                * ln(&(acc1[(2, 3)] * DMatrix::identity(4, 4)).map(|e| e * e + 0.5)))),
    );
    f156(x1[2], &m2.row(0).mean(), m3[(1, 0)], 2) + (x0.sum() + x1.sum())
}

#[test]
fn check_f206() {
    passes_at_random_points(206, "f206", |rng| {
        f206::check(rng.matrix(4, 3), &rng.vector(4), rng.int(0, 3))
    });
}

#[differentiable]
fn f207(x0: &DMatrix<f32>, x1: &DVector<f32>, p: &TwoLayer32, flag: bool) -> f32 {
    let x1 = x1 * 0.5 + softmax(x1);
    let mut acc1: DMatrix<f32> = DMatrix::zeros(5, 4);
    if !flag {
        acc1 = &acc1 * 0.5
            + (p.gain * DMatrix::identity(4, 5))
                .component_mul(&(p.gain * DMatrix::identity(4, 5)))
                .transpose();
    }
    let v3 = if flag {
        p.first.w.column(1).into_owned()
    } else {
        assert_eq!(x1.len(), 4);
        p.first.b.map(|e| {
            let t2 = e - e.sin();
            (1.0 + e.powi(2)).powf(0.5 * (0.5 * t2).tanh())
        })
    };
    (0.01 * ((0.01 * (x1[3] + x0.norm_squared())).tanh() + acc1.norm_squared())).tanh()
        + v3.sum()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f207() {
    passes_at_random_points(207, "f207", |rng| {
        f207::check(
            &rng.matrix(4, 4),
            &rng.vector(4),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(5, 4), b: rng.vector(5) },
                second: Affine32 { w: rng.matrix(2, 5), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f208(x0: &f64, s: &Stack) -> f64 {
    let mut h1 = 0.1 * f025(*x0, &DVector::from_element(4, 0.4));
    for layer2 in &s.layers {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b));
    }
    let mut h3 = 0.5 * ln(&s.layers[1].w.map(|e| e * e + 0.5));
    for layer4 in s.layers.iter() {
        h3 = tanh(&add_bias(&(&layer4.w * &h3), &layer4.b));
    }
    let v6 = {
        let m5 = exp(&(&h3 / (2.0 + (0.5 * *x0).sin())));
        (0.05 * (*x0 * &s.layers[0].b * (0.2 * m5.mean()).exp())).map(|e| e.tanh())
    };
    (x0.powi(2) + 0.5).sqrt()
        + h1.norm_squared()
        + v6.sum()
        + (*x0
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f208() {
    passes_at_random_points(208, "f208", |rng| {
        f208::check(
            &rng.scalar(),
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
fn f209(x0: f64, x1: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc1: f64 = 0.0;
    if x0 > (0.5 * x0).tanh() {
        acc1 = acc1.tanh() + x0 * (0.5 * x0).tanh();
    } else {
        let x0 = x0.sin();
        acc1 -= x1.variance() + x0;
    }
    let mut w2: DVector<f64> = DVector::zeros(1);
    for i in 0..w2.len() {
        w2[i] = 0.1 * (acc1 - (i as f64 + 0.5));
    }
    let mut acc3: f64 = 1.0;
    if n > 3 {
        acc3 -= (0.2 * cross_entropy(&(x0 * DMatrix::identity(3, 4)), &[2, 1, 1, 0])).cos();
    }
    w2[0] / (2.0 + acc3.tanh()) + x1.mean() + (x0 + x1.sum())
}

#[test]
fn check_f209() {
    passes_at_random_points(209, "f209", |rng| f209::check(rng.scalar(), &rng.matrix(4, 1), 2));
}

#[differentiable]
fn f210(x0: DVector<f64>, q: Affine) -> f64 {
    assert_eq!(q.b.len(), 3);
    let mut acc1: DVector<f64> = DVector::zeros(3);
    for i in 0..q.w.ncols() {
        let mut w2: DVector<f64> = DVector::from_column_slice(&[-0.5, 0.3]) * x0.sum();
        for j in 0..w2.len() {
            w2[j] = 0.5 * acc1[i];
        }
        acc1 = &acc1 * 0.5
            + tanh(
                &(0.1
                    * f079(
                        &(w2.sum() * DMatrix::identity(3, 2)),
                        &f079(&(x0.mean() * DMatrix::identity(3, 2)), &x0, 4),
                        4,
                    )),
            );
    }
    (0.05 * (q.b[2] * q.b.mean() + acc1.norm_squared())).tanh() + (x0.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f210() {
    passes_at_random_points(210, "f210", |rng| {
        f210::check(rng.vector(3), Affine { w: rng.matrix(3, 3), b: rng.vector(3) })
    });
}

#[differentiable]
fn f211(x0: DMatrix<f64>, flag: bool) -> f64 {
    let c1: DMatrix<f64> = DMatrix::from_element(3, 3, 1.5);
    assert_eq!(x0.shape(), (3, 3));
    let m4 = {
        let m2 = &x0 + &c1;
        let m3 = softmax(&(0.05 * f162(&c1, m2[(0, 0)], &x0, flag)))
            .map(|e| e / (2.0 + e.cos()) * (0.05 * f121(&e, 1.5, true, 2, &[2, 1, 0])).tanh());
        m2.mean() * &x0 + &m3
    };
    (0.01 * (c1.column(0).sum() - x0.row(0).sum() + m4.norm_squared())).sin() + x0.sum()
}

#[test]
fn check_f211() {
    passes_at_random_points(211, "f211", |rng| f211::check(rng.matrix(3, 3), rng.uniform() < 0.5));
}

#[differentiable]
fn f212(x0: f64) -> f64 {
    let mut acc1: f64 = 0.5;
    if (x0 * DMatrix::identity(2, 2)).row_sum().variance() < 0.25 {
        acc1 = acc1.tanh()
            + (DVector::from_column_slice(&[-0.5, 0.3]) * x0).norm_squared()
                / (1.0 + (0.5 * (x0 * (0.5 * x0).tanh())).powi(2));
    }
    let mut w2: DVector<f64> =
        (0.02 * (DVector::from_column_slice(&[0.25, 1.25]) * x0 * acc1)).map(|e| e.tanh());
    for i in 0..w2.len() {
        w2[i] = (0.02 * (x0 * acc1)).tanh();
    }
    f156(x0, &acc1, x0, 2) + w2.sum() + x0
}

#[test]
fn check_f212() {
    passes_at_random_points(212, "f212", |rng| f212::check(rng.scalar()));
}

#[differentiable(wrt(x0))]
fn f213(x0: f64, x1: f64, q: &TwoLayer, case: usize) -> DMatrix<f64> {
    let mut acc1: f64 = 0.0;
    match case {
        0 => {
            let mut acc2: DMatrix<f64> = DMatrix::zeros(3, 3);
            for &e3 in &q.first.b {
                acc1 *= (0.5 * q.gain).sin();
                acc2 /= 2.0
                    + (0.5 * ((0.05 * f210(q.first.b.clone(), q.second.clone())).tanh() + e3))
                        .cos();
            }
            acc1 = acc1 * 0.5 + (0.05 * acc2.dot(&q.second.w)).tanh();
        }
        1 | 2 => {
            acc1 *=
                (0.05 * f210(q.first.b.component_mul(&q.first.b), q.second.clone())).tanh().tanh();
        }
        _ => {
            for (&e5, &e6) in q.first.b.iter().zip(q.first.b.iter().skip(1)) {
                acc1 /= 2.0 + (0.2 * ((0.5 * e6).powi(3) + e5)).sin();
            }
            acc1 -= (0.5 * q.gain).cos();
        }
    }
    let s8 = {
        let s7 = f097(
            acc1 * q.gain,
            (acc1 * DMatrix::identity(4, 1))
                .component_div(&exp(&(0.2 * (q.gain * DMatrix::identity(4, 1))))),
        );
        (0.05 * (x1 * s7)).sin()
    };
    let mut acc9 = &q.second.b / (1.0 + sigmoid(&q.second.b).norm_squared());
    for _ in 0..q.second.w.nrows() {
        for _ in 0..acc9.len() {
            acc1 = acc1.sin() + (0.5 * s8.max(x0)).sin();
        }
        acc1 += (0.05 * f210(q.second.b.clone(), q.second.clone())).tanh();
        acc9 = (0.2 * &acc9).map(|e| e.tanh())
            + tanh(&(0.2 * (-q.second.w.mean() * (&q.first.b * s8))));
    }
    sigmoid(&(0.05 * (exp(&(0.5 * &q.second.w)) * (0.1 * acc1).exp() * (0.05 * acc9.sum()).exp())))
        + DMatrix::from_element(3, 3, 1.0)
            * (x0
                + x1
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f213() {
    passes_at_random_points(213, "f213", |rng| {
        f213::check(
            rng.scalar(),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f214(x0: f32, x1: &DMatrix<f32>, flag: bool) -> f32 {
    let mut w1: DVector<f32> = DVector::zeros(5);
    for i in 0..w1.len() {
        w1[i] = 0.5 * (x0.powi(2) + 1.0).ln();
    }
    let mut acc2 = x1 + tanh(&(0.5 * x1));
    if flag {
        acc2 -= sigmoid(&(0.05 * (x0 * DMatrix::identity(4, 4) * x1 - x1.transpose().transpose())));
    } else if cross_entropy(&(x0 * DMatrix::identity(4, 5)), &[0, 1, 1, 3, 2])
        > (0.02 * acc2.columns(4, 1).norm_squared()).tanh()
    {
        acc2 /= 2.0 + (0.5 * x0.min(w1[3])).cos();
    } else {
        for _ in 0..acc2.ncols() {
            let m3 = softmax(&(0.01 * (acc2.norm_squared() * DMatrix::identity(4, 4))))
                + x0 * DMatrix::identity(4, 4);
            acc2 += tanh(
                &(0.05 * ((x0 * DMatrix::identity(4, 5) - x1 + x1) * (0.05 * m3.sum()).exp())),
            );
        }
        acc2 += ln(&x1.map(|e| 2.0 + e.sin()));
    }
    (0.02 * (x1.sum() + w1.mean() + acc2.sum())).tanh() + (x0 + x1.sum())
}

#[test]
fn check_f214() {
    passes_at_random_points(214, "f214", |rng| {
        f214::check(rng.scalar(), &rng.matrix(4, 5), rng.uniform() < 0.5)
    });
}

#[differentiable(wrt(x0, x1))]
fn f215(x0: f64, x1: &DVector<f64>, q: Affine, flag: bool, case: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(3, 3, 0.75);
    for _ in 0..q.w.nrows() {
        let mut acc2 = softmax(&(0.2 * acc1.map(|u| u + x0)));
        for _ in 0..3_usize {
            let m4 = {
                let s3 = f045(
                    &x0.min(x0.sin()),
                    (0.05
                        * (DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0, 0.25])
                            * acc2.rows(0, 2).norm()))
                    .map(|e| e.tanh()),
                    case,
                );
                softmax(&(0.05 * (acc1.component_div(&exp(&(0.1 * &acc2))) * (0.05 * s3).exp())))
            };
            acc2 /= 2.0 + (0.05 * f210(&m4 * &q.b, q.clone())).tanh().tanh();
        }
        acc1 *= (0.1 * (x0 + q.w.mean() + acc2.mean())).sin();
    }
    let mut acc5: DMatrix<f64> = DMatrix::zeros(3, 3);
    acc5 = &acc5 * 0.5 + tanh(&(0.01 * ((&q.w - &acc1) * (x0 * &acc1))));
    let v6 = if flag {
        relu(&(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25, -0.75]) * x0))
    } else {
        (x0 * DMatrix::identity(5, 5)).column_variance()
    };
    (0.05
        * (add_bias(&DMatrix::zeros(3, 5), &q.b).row_mean().sum()
            + x1.mean()
            + acc5.norm_squared()
            + v6.sum()))
    .tanh()
        + (x0 + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f215() {
    passes_at_random_points(215, "f215", |rng| {
        f215::check(
            rng.scalar(),
            &rng.vector(2),
            Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f216(x0: DMatrix<f64>, x1: &DVector<f64>, case: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(4, 4);
    match case {
        0 => {
            acc1 -= ln(&exp(&(0.2 * x0.transpose())));
        }
        1 | 2 => {
            acc1 += add_bias(&x0, x1) + (&x0 + add_bias(&DMatrix::zeros(4, 4), x1));
        }
        _ => {
            acc1 =
                acc1.map(|e| e.sin()) + (f067((0.01 * x0.norm_squared()).tanh(), x1[1], 4) - &x0);
        }
    }
    let m2 = (0.01 * acc1.norm_squared()).tanh().cos()
        * (x1[0] * DMatrix::identity(4, 4)).component_div(&x0.map(|e| 2.0 + e.sin()));
    let m3 = f067(m2.row(3).mean(), x1[1], 4);
    x1[0] / (1.0 + (0.2 * m3.row(0).mean()).powi(2)) + (x0.sum() + x1.sum())
}

#[test]
fn check_f216() {
    passes_at_random_points(216, "f216", |rng| {
        f216::check(rng.matrix(4, 4), &rng.vector(4), rng.int(0, 3))
    });
}

#[differentiable]
fn f217(x0: f64, x1: &DVector<f64>) -> f64 {
    let m1 = add_bias(
        &add_bias(&DMatrix::zeros(3, 3), x1),
        &(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x1.mean()),
    );
    let s2 = x0 - m1.mean();
    s2 - x0 + (x0 + x1.sum())
}

#[test]
fn check_f217() {
    passes_at_random_points(217, "f217", |rng| f217::check(rng.scalar(), &rng.vector(3)));
}

#[differentiable]
fn f218(x0: DMatrix<f32>, x1: &DMatrix<f32>) -> DMatrix<f32> {
    let mut acc1 = softmax(&(0.02 * (x0.rows(1, 3).norm() * DMatrix::identity(5, 5) * &x0)));
    for (&e2, &e3) in x1.iter().zip(x1.iter().skip(1)) {
        let mut acc4: DMatrix<f32> = DMatrix::zeros(4, 4);
        for _ in 0..x1.nrows() {
            let s5 = e3.max(x0.rows(1, 3).mean());
            acc4 = &acc4 * 0.5
                + tanh(
                    &(0.5
                        * (sigmoid(
                            &(0.05
                                * add_bias(
                                    &-x1.columns(0, 4).into_owned(),
                                    &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * e3)
                                        .map(|e| f130(e)),
                                )),
                        ) * (0.2 * s5).exp())),
                );
        }
        acc1 = acc1.map(|e| e.sin())
            + tanh(
                &(0.5
                    * (softmax(
                        &(0.05 * (x0.component_div(&exp(&(0.2 * &x0))) * (0.2 * e2).exp())),
                    ) * (0.01 * acc4.mean()).exp())),
            );
    }
    for _ in 0..x0.ncols() {
        acc1 = tanh(&(0.05 * &acc1))
            + tanh(&(0.1 * (x1.mean() * DMatrix::identity(5, 4) * x1.columns(0, 2).into_owned())));
    }
    let s6 = (0.2 * x0.rows(2, 3).norm()).cos();
    softmax(&(0.05 * (x1 * (0.02 * acc1.mean()).exp() * s6.exp())))
        + DMatrix::from_element(4, 5, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f218() {
    passes_at_random_points(218, "f218", |rng| f218::check(rng.matrix(5, 2), &rng.matrix(4, 5)));
}

#[differentiable]
fn f219(x0: f64, x1: DMatrix<f64>, p: &TwoLayer) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 2, 1.5);
    acc1 = &acc1 * 0.5
        + (add_bias(&DMatrix::zeros(4, 2), &p.second.b) + x1.columns(0, 2).into_owned()
            - ln(&(p.gain * DMatrix::identity(4, 2)).map(|e| 2.0 + e.sin())));
    acc1 = tanh(&(0.2 * &acc1)) + x1.rows(0, 2).into_owned().transpose().map(|u| u + x0);
    let m2 = softmax(&(0.05 * (&acc1 * (p.gain * DMatrix::identity(2, 2))))).transpose();
    -x0 + m2.mean()
        + (x0
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f219() {
    passes_at_random_points(219, "f219", |rng| {
        f219::check(
            rng.scalar(),
            rng.matrix(4, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f220(x0: &DMatrix<f64>, x1: &DMatrix<f64>, q: TwoLayer, s: &Stack) -> DVector<f64> {
    let v1 = DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * q.gain;
    let c2: DVector<f64> = DVector::zeros(2);
    tanh(
        &(0.05
            * (s.layers[1].b.map(|e| e * 0.5)
                * (0.01 * x0.norm_squared()).exp()
                * (0.01 * x1.norm_squared()).exp()
                * (0.2 * v1.mean()).exp())),
    ) * c2.mean().exp()
        + DVector::from_element(2, 1.0)
            * (x0.sum()
                + x1.sum()
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain
                + s.layers[0].w.sum()
                + s.layers[0].b.sum()
                + s.layers[1].w.sum()
                + s.layers[1].b.sum())
}

#[test]
fn check_f220() {
    passes_at_random_points(220, "f220", |rng| {
        f220::check(
            &rng.matrix(2, 4),
            &rng.matrix(2, 4),
            TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
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
fn f221(x0: &DMatrix<f64>, flag: bool, case: usize) -> f64 {
    let x0 = x0.map(|e| e.sin()) + exp(&(0.5 * x0));
    let m1 = ln(&exp(&(0.1 * &x0)));
    (0.05 * ((0.05 * f121(&x0.sum(), 0.4, flag, case, &[2, 1, 0])).tanh() + m1.norm_squared()))
        .tanh()
        + x0.sum()
}

#[test]
fn check_f221() {
    passes_at_random_points(221, "f221", |rng| {
        f221::check(&rng.matrix(3, 3), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable(wrt(x0, x1))]
fn f222(x0: &DMatrix<f64>, x1: &DVector<f64>, p: &TwoLayer) -> f64 {
    assert_eq!(p.first.w.shape(), (4, 4));
    let x1 = x1 * 0.5 + x0.column(1).into_owned() * p.gain;
    let mut acc1: DVector<f64> = DVector::zeros(5);
    if p.gain + p.gain * 0.5 < p.gain {
        acc1 *= ((0.5 * p.gain).cos() / (2.0 + (0.5 * (p.gain - p.gain.sin())).cos())).sin();
    } else {
        let v3 = {
            let m2 = tanh(&(0.5 * x0));
            tanh(&(0.05 * (&x1 * (0.5 * m2.sum()).exp())))
        };
        acc1 = acc1.map(|e| e.tanh())
            + (p.gain * DMatrix::identity(5, 2)).column_sum() * (0.5 * v3.sum()).exp();
    }
    (0.02 * (p.gain.min((0.01 * p.second.w.norm_squared()).tanh()) + x1.sum() + acc1.sum())).tanh()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f222() {
    passes_at_random_points(222, "f222", |rng| {
        f222::check(
            &rng.matrix(2, 2),
            &rng.vector(2),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(5, 4), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f223(x0: f64, x1: &DMatrix<f64>, case: usize) -> f64 {
    let s2 = {
        let m1 = x1 + x0 * DMatrix::identity(3, 3);
        (0.5 * x0).tanh() + m1.mean()
    };
    let m6 = match case {
        0 => {
            let mut acc3 = sigmoid(&(0.5 * x1));
            acc3 /= 2.0 + (0.1 * (f112(s2, x0, false) - x1.mean())).cos();
            acc3.transpose()
        }
        1 | 2 => {
            let mut acc4: DVector<f64> = DVector::zeros(3);
            match case {
                0 => {
                    let c5: f64 = 0.4;
                    acc4 *= (0.2 * (s2 - c5)).sin();
                }
                1 | 2 => {
                    acc4 -= softmax(
                        &(0.05
                            * f138(s2, 2)
                                .add_scalar((0.01 * x1.row_variance().norm_squared()).sin())),
                    );
                }
                _ => {
                    acc4 *= (0.1
                        * f200(
                            &(s2 * DMatrix::identity(1, 4)),
                            &(DVector::from_column_slice(&[-0.25]) * s2),
                            s2 * DMatrix::identity(2, 2),
                            case,
                        ))
                    .sin();
                }
            }
            ln(&x1.map(|e| 2.0 + e.sin())) * acc4.mean().exp()
        }
        _ => x1.map(|e| f179(e, e, 2)),
    };
    let mut acc7: f64 = 1.0;
    for _ in 0..3_usize {
        for _ in 0..x1.ncols() {
            acc7 /= 1.0 + (0.5 * (x0.powi(2) + 1.0).ln()).powi(2);
        }
        acc7 -= (0.5 * (0.5 * x0).powi(2)).tanh();
    }
    (0.05 * ((1.0 + acc7.powi(2)).powf(0.5 * (0.5 * x0).tanh()) + s2 + m6.mean())).tanh()
        + (x0 + x1.sum())
}

#[test]
fn check_f223() {
    passes_at_random_points(223, "f223", |rng| {
        f223::check(rng.scalar(), &rng.matrix(3, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f224(x0: DMatrix<f64>, x1: f64) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(3, 3);
    acc1 = &acc1 * 0.5 + (&x0 / (1.0 + (0.5 * x1).powi(2))).transpose();
    acc1 = tanh(&(0.5 * &acc1)) + f025((x1.powi(2) + 0.5).sqrt(), &DVector::from_element(4, 0.75));
    acc1 = &acc1 * 0.5
        + sigmoid(
            &(0.05
                * f051(
                    &(DVector::from_column_slice(&[-0.25]) * x1)
                        .component_mul(&(DVector::from_column_slice(&[0.75]) * x1)),
                    &ln(&exp(&(0.2 * &x0))),
                )),
        );
    (0.05 * (x1 * (0.02 * x0.norm_squared()).tanh() + acc1.sum())).sin() + (x0.sum() + x1)
}

#[test]
fn check_f224() {
    passes_at_random_points(224, "f224", |rng| f224::check(rng.matrix(3, 3), rng.scalar()));
}

#[differentiable]
fn f225(x0: DMatrix<f64>, s: &Stack) -> f64 {
    let mut h1 = 0.2 * log_softmax(&s.layers[1].w);
    for (i, layer2) in s.layers.iter().enumerate() {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b)) * (1.0 / (i as f64 + 1.0));
    }
    let s3 = (s.layers[1].w.columns(1, 2).mean().powi(2) + 0.5).sqrt();
    let mut acc4: DVector<f64> = DVector::zeros(3);
    acc4 = acc4.map(|e| e.tanh())
        + (DVector::from_column_slice(&[1.0, 0.75, -0.5]) * s3).add_scalar(s.layers[1].b[2]);
    (0.01 * (s3 + x0[(2, 3)] + h1.sum() + acc4.norm_squared())).tanh()
        + (x0.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f225() {
    passes_at_random_points(225, "f225", |rng| {
        f225::check(
            rng.matrix(5, 4),
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
fn f226(x0: &DMatrix<f64>, x1: f64, case: usize) -> f64 {
    let mut acc1 = (0.5 * x1).sin().min(x1 - x0.row(0).sum());
    match case {
        0 => {
            acc1 = acc1 * 0.5 + (0.01 * x0.norm_squared()).tanh() * x1;
        }
        1 | 2 => {
            acc1 *= (0.05
                * mse(&(x1 * DMatrix::identity(4, 4)), &(x0[(1, 0)] * DMatrix::identity(4, 4))))
            .tanh()
            .cos();
        }
        _ => {
            let c2: DMatrix<f64> = DMatrix::from_element(3, 4, 0.75);
            acc1 *= (0.5 * ((0.5 * x1).sin() * c2.mean().exp())).sin();
        }
    }
    assert_eq!(x0.shape(), (3, 4));
    let s3 = acc1 / (2.0 + (0.2 * acc1).sin());
    acc1 - s3 + (x0.sum() + x1)
}

#[test]
fn check_f226() {
    passes_at_random_points(226, "f226", |rng| {
        f226::check(&rng.matrix(3, 4), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f227(x0: f64, x1: f64) -> f64 {
    let s1 = x1.min(x0);
    let s2 = x0 * x1;
    let m4 = {
        let v3: DVector<f64> =
            ln(&(DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0).map(|e| 2.0 + e.sin()));
        tanh(&(0.5 * add_bias(&DMatrix::zeros(4, 4), &v3)))
    };
    (0.2 * s2).exp() + s1 + m4.sum() + (x0 + x1)
}

#[test]
fn check_f227() {
    passes_at_random_points(227, "f227", |rng| f227::check(rng.scalar(), rng.scalar()));
}

#[differentiable(wrt(x0))]
fn f228(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: &DVector<f64>, case: usize) -> f64 {
    let c1 = x0.nrows() as f64;
    let s4 = match case {
        0 => (0.5 * (0.5 * c1).tanh()).tan(),
        1 | 2 => {
            let m3 = {
                let s2 = (1.0 + c1.powi(2)).powf(0.5 * (0.5 * c1).tanh())
                    / (1.0 + (c1 * x0).norm_squared());
                f067(s2, x1[(1, 2)], 4)
            };
            (0.05 * (x0.mean() / (2.0 + (0.5 * c1).tanh()) + m3.sum())).tanh()
        }
        _ => (0.1
            * f127(
                &(DVector::from_column_slice(&[1.0, 0.75]) * c1),
                c1 * DMatrix::identity(2, 2),
                4,
            ))
        .tanh(),
    };
    x2[1] + x1.mean() + s4 + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f228() {
    passes_at_random_points(228, "f228", |rng| {
        f228::check(&rng.matrix(4, 4), &rng.matrix(4, 4), &rng.vector(4), rng.int(0, 3))
    });
}

#[differentiable]
fn f229(x0: &DMatrix<f64>, x1: &DMatrix<f64>, n: usize) -> f64 {
    let c1: DMatrix<f64> = DMatrix::zeros(1, 1);
    assert_eq!(c1.shape(), (1, 1));
    let mut acc2: DMatrix<f64> = DMatrix::zeros(1, 1);
    if n > 2 {
        acc2 = acc2.map(|e| e.sin())
            + c1.map(|e| {
                let t3 = e / (1.0 + e.powi(2));
                t3 * 0.5
            });
    }
    (0.05 * (c1.columns(0, 1).mean().tanh() + x0.norm_squared() + x1.sum())).tanh()
        + acc2.mean()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f229() {
    passes_at_random_points(229, "f229", |rng| {
        f229::check(&rng.matrix(2, 1), &rng.matrix(2, 2), 4)
    });
}

#[differentiable(wrt(x0, x1))]
fn f230(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: &DMatrix<f64>, flag: bool) -> f64 {
    let m2 = if flag {
        x0.clone()
    } else {
        let m1: DMatrix<f64> =
            x1.map(|e| (0.5 * e).tanh()).component_div(&exp(&(0.05 * f193(x0.clone(), flag, 3))));
        &m1 + x1
    };
    let m3 = x1 * x1;
    (0.05
        * ((0.05
            * ((0.05
                * f114(
                    &(m2.column(0).sum() * DMatrix::identity(2, 4)),
                    DMatrix::from_element(2, 3, 0.4),
                    &DVector::from_element(2, 2.0),
                    2,
                    false,
                ))
            .tanh()
                + x2.norm_squared()))
        .tanh()
            + m3.sum()))
    .tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f230() {
    passes_at_random_points(230, "f230", |rng| {
        f230::check(&rng.matrix(2, 2), &rng.matrix(2, 2), &rng.matrix(2, 2), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f231(x0: &DMatrix<f64>, x1: &DVector<f64>, q: &TwoLayer, labels: &[usize]) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(3, 2);
    for (&e2, &e3) in x1.iter().zip(x1.iter().skip(1)) {
        let mut acc4 =
            cross_entropy(&(e2 * DMatrix::identity(4, 4)).map(|e| e * 0.5), &[2, 2, 0, 3]);
        for _ in 0..q.first.b.len() {
            acc1 /= 2.0 + (0.2 * (e3 - q.gain)).cos();
            acc4 = acc4 * 0.5 + (0.5 * (0.5 * e2).tanh()).tan();
        }
        acc1 -= tanh(
            &(0.5
                * (tanh(
                    &(0.05
                        * f049(
                            &q.second.b.map(|e| {
                                let t5 = e + e.sin();
                                t5 * e
                            }),
                            &q.second
                                .w
                                .transpose()
                                .component_div(&q.second.w.transpose().map(|e| e * e + 0.5)),
                            4,
                        )),
                ) * (0.05 * acc4).exp())),
        );
    }
    let x0 = x0.map(|e| e.sin());
    cross_entropy(&add_bias(&DMatrix::zeros(4, 4), x1), labels)
        + acc1.mean()
        + x0.sum()
        + (x0.sum()
            + x1.sum()
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
            &rng.matrix(3, 3),
            &rng.vector(4),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            &[0, 1, 0, 2],
        )
    });
}

#[differentiable]
fn f232(x0: &DMatrix<f32>, n: usize) -> DMatrix<f32> {
    let mut acc1 = relu(&sigmoid(&(0.5 * x0)));
    for i in 0..n {
        let mut acc2: DMatrix<f32> = DMatrix::zeros(5, 4);
        for _ in 0..2_usize {
            acc1 = acc1.map(|e| e.sin())
                + sigmoid(
                    &(0.2 * exp(&(0.5 * (x0[(i, 0)] * DMatrix::identity(4, 5)).transpose()))),
                );
            acc2 = acc2.map(|e| e.sin())
                + sigmoid(&(0.2 * acc1.component_div(&x0.map(|e| 2.0 + e.sin()))));
        }
        acc1 /= 2.0
            + (0.5
                * cross_entropy(
                    &sigmoid(&sigmoid(&(0.05 * (acc2.sum() * DMatrix::identity(4, 5))))),
                    &[2, 0, 3, 2, 2],
                ))
            .tanh();
    }
    acc1 -= x0 * ((0.05 * x0.row(3).norm_squared()).tanh() * (x0.mean() * DMatrix::identity(4, 4)));
    tanh(
        &(0.05
            * (x0.map(|e| {
                let t3 = e.max(e.sin());
                e - t3
            }) + &acc1)),
    ) + DMatrix::from_element(5, 4, 1.0) * x0.sum()
}

#[test]
fn check_f232() {
    passes_at_random_points(232, "f232", |rng| f232::check(&rng.matrix(5, 4), 3));
}

#[differentiable]
fn f233(x0: DVector<f64>, x1: DMatrix<f64>, q: &Affine) -> f64 {
    let m1: DMatrix<f64> = sigmoid(&(0.05 * (&q.w * &q.w - add_bias(&DMatrix::zeros(4, 4), &q.b))));
    let m2 = if (0.05 * q.b.norm_squared()).tanh() < q.w.sum() {
        &q.w / (2.0 + (0.5 * q.w.mean()).sin())
    } else {
        q.w.transpose() - x1[(2, 3)] * &q.w
    };
    (0.05 * ((0.05 * (m2.mean() + q.b[1] + x0.sum())).tanh() + x1.sum() + m1.norm_squared())).tanh()
        + (x0.sum() + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f233() {
    passes_at_random_points(233, "f233", |rng| {
        f233::check(
            rng.vector(4),
            rng.matrix(3, 4),
            &Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
        )
    });
}

#[differentiable(wrt(x0))]
fn f234(x0: &DMatrix<f64>, x1: &DMatrix<f64>, p: &TwoLayer, n: usize) -> DMatrix<f64> {
    let s1 = if n > 3 { (0.5 * p.gain).exp() } else { p.gain / (2.0 + (0.5 * p.gain).sin()) };
    assert_eq!(p.second.w.shape(), (4, 4));
    let mut w2: DMatrix<f64> = DMatrix::zeros(4, 2);
    for i in 0..w2.nrows() {
        w2[(i, 1)] = 0.1 * f008(&(p.gain * DMatrix::identity(1, 5)), 0.3, 4);
    }
    tanh(
        &(0.02
            * ((x0 + p.gain * DMatrix::identity(2, 2))
                * (0.1 * x1.sum()).exp()
                * (0.2 * s1).exp())),
    ) * (0.2 * w2.mean()).exp()
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
fn check_f234() {
    passes_at_random_points(234, "f234", |rng| {
        f234::check(
            &rng.matrix(2, 2),
            &rng.matrix(4, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
            4,
        )
    });
}

#[differentiable]
fn f235(x0: DMatrix<f64>, x1: DMatrix<f64>) -> f64 {
    assert_eq!(x0.shape(), (4, 2));
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 2, 2.0);
    acc1 *= (0.05
        * f217(
            -x0[(0, 1)],
            &(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * x1[(0, 1)]).component_div(
                &(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x0.sum()).map(|e| e * e + 0.5),
            ),
        ))
    .tanh()
    .cos();
    (0.01
        * mse(
            &(x1.sum() * DMatrix::identity(4, 4)),
            &(x1.column(0).sum() * DMatrix::identity(4, 4)),
        ))
    .tanh()
        + acc1.sum()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f235() {
    passes_at_random_points(235, "f235", |rng| f235::check(rng.matrix(4, 2), rng.matrix(2, 2)));
}

#[differentiable]
fn f236(x0: &DVector<f64>, x1: f64, case: usize) -> f64 {
    let mut acc1: f64 = 0.0;
    acc1 -= (x1 + (0.5 * x1).tanh()).max(x1 * (0.5 * x1).tanh());
    acc1 *= (0.2 * (x1 * DMatrix::identity(4, 4)).variance()).cos();
    let s2 = (0.2 * (acc1 + x1)).cos();
    match case {
        0 => {
            let s3 = (0.05
                * f053(
                    (DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * s2).map(|e| e.tanh()),
                    &(DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0[0]),
                    &(x1 * DMatrix::identity(4, 4)).map(|e| e * 0.5),
                ))
            .tanh();
            acc1 -= x0.sum() + s3;
        }
        1 | 2 => {
            acc1 += (2.0 + x1.sin()).ln();
        }
        _ => {
            acc1 /= 1.0 + (0.2 * x0.variance()).powi(2);
        }
    }
    x0.sum() + acc1 + s2 + (x0.sum() + x1)
}

#[test]
fn check_f236() {
    passes_at_random_points(236, "f236", |rng| {
        f236::check(&rng.vector(2), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f237(x0: DVector<f64>, q: &TwoLayer, n: usize, case: usize) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(2);
    for _ in 0..n {
        let mut acc2 = tanh(
            &(0.05
                * (q.gain
                    * DMatrix::identity(4, 5)
                    * (DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3, -1.0]) * q.gain))),
        );
        for _ in 0..q.first.w.ncols() {
            acc2 -= (0.5
                * (DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * q.first.b[0])
                    .map(|e| -e))
            .map(|e| e.tanh());
        }
        acc1 = acc1.map(|e| e.sin())
            + (0.2 * (relu(&q.first.b) * (0.1 * acc2.mean()).exp())).map(|e| e.tanh());
    }
    let v4 = if (q.gain * DMatrix::identity(2, 5)).variance() > q.gain {
        (q.gain * DMatrix::identity(5, 5)).column_mean()
    } else {
        let c3: DMatrix<f64> = DMatrix::from_element(5, 4, 0.5);
        DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4, -0.3])
            * q.gain
            * (0.2 * c3.norm_squared()).exp()
    };
    (0.05 * (f187(q.gain, &q.first.w, false, case) + x0.mean() + acc1.sum() + v4.mean())).tanh()
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f237() {
    passes_at_random_points(237, "f237", |rng| {
        f237::check(
            rng.vector(2),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            4,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f238(x0: &DMatrix<f32>, x1: DMatrix<f32>, x2: DMatrix<f32>, n: usize) -> DMatrix<f32> {
    let v4 = {
        let v1 = (0.01 * x2.norm_squared()).tanh() * x2.column(2).into_owned();
        let mut acc2 = x2.column(3).into_owned();
        if n > 2 {
            let m3 = add_bias(x0, &x0.column(1).into_owned());
            acc2 /= 1.0 + (0.1 * (x0.column(1).mean() - x2.row(2).mean() + m3.mean())).powi(2);
        } else {
            acc2 -= -&v1;
        }
        log_softmax(&(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x2.mean()))
            + &v1
            + &acc2
    };
    let m6 = if x0.sum() + x1[(3, 1)] > 0.25 {
        relu(&(tanh(&(0.01 * (x2.norm_squared() * DMatrix::identity(4, 4)))) * &x2))
    } else {
        let mut w5: DVector<f32> = DVector::zeros(4);
        for i in 0..w5.len() {
            w5[i] = ((0.01 * x1.norm_squared()).tanh().powi(2) + 0.5).sqrt();
        }
        ln(&exp(&(0.2 * &x2))) * (0.1 * w5.sum()).exp()
    };
    let m7 = sigmoid(&(0.5 * x0));
    (softmax(&(0.05 * (x2.mean() * &x2 * (0.05 * v4.mean()).exp()))) + &m6) * (0.2 * m7.sum()).exp()
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f238() {
    passes_at_random_points(238, "f238", |rng| {
        f238::check(&rng.matrix(5, 4), rng.matrix(4, 4), rng.matrix(4, 4), 2)
    });
}

#[differentiable]
fn f239(x0: DMatrix<f64>, x1: DMatrix<f64>) -> f64 {
    assert_eq!(x1.shape(), (2, 2));
    let mut acc1 = ln(&x0.map(|e| e * e + 0.5));
    for i in 0..x0.nrows() {
        let mut acc2 = add_bias(&acc1, &x0.column(i).into_owned());
        for _ in 0..x0.nrows() {
            let mut w3: DMatrix<f64> = DMatrix::zeros(2, 2);
            for k in 0..w3.nrows() {
                w3[(k, 1)] += acc2[(1, i)] * w3.column(k).norm_squared();
            }
            acc1 = acc1.map(|e| e.sin()) + sigmoid(&ln(&exp(&(0.2 * &x0))));
            acc2 -= w3.map(|e| {
                let t4 = e / (2.0 + e.sin());
                e + t4
            });
        }
        acc1 *= (0.1 * (acc2.columns(1, 1).mean().powi(2) + 0.5).sqrt()).tanh();
    }
    let s6 = {
        let m5: DMatrix<f64> = f105(
            &(DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * x1[(1, 0)]),
            &(DVector::from_column_slice(&[1.0]) * x1.column(0).sum()).add_scalar(x0.mean()),
        );
        (0.05 * (x0.sum() + m5.sum())).sin()
    };
    (0.5 * (0.01 * acc1.norm_squared()).tanh().tanh()).tan() + s6 + (x0.sum() + x1.sum())
}

#[test]
fn check_f239() {
    passes_at_random_points(239, "f239", |rng| f239::check(rng.matrix(2, 2), rng.matrix(2, 2)));
}

#[differentiable]
fn f240(x0: &DVector<f64>, x1: &DMatrix<f64>, x2: &DMatrix<f64>, flag: bool) -> f64 {
    let c1: DMatrix<f64> = DMatrix::zeros(2, 4);
    let mut w3: DVector<f64> = x2.column(1).into_owned().map(|e| {
        let t2 = e + (0.5 * e).tanh();
        (0.5 * e).cos() + t2
    });
    for i in 0..w3.len() {
        w3[i] = 0.5 * x0.mean();
    }
    (0.05 * f157(&x0.mean(), &(x1.rows(0, 1).norm() * DMatrix::identity(4, 2)), 2, flag)).sin()
        * c1.norm_squared().exp()
        + w3.sum()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f240() {
    passes_at_random_points(240, "f240", |rng| {
        f240::check(&rng.vector(4), &rng.matrix(2, 3), &rng.matrix(2, 2), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f241(x0: &DMatrix<f64>, x1: &f64, p: &TwoLayer, flag: bool, case: usize) -> f64 {
    let c1: f64 = 1.25;
    let mut acc2 = (p.first.w.column(3).into_owned() + &p.first.b)
        / (1.0 + ((0.02 * x0.norm_squared()).tanh().powi(2) + 0.5).sqrt().powi(2));
    match case {
        0 => {
            acc2 /=
                2.0 + (0.1 * (0.2 * f018(c1, &(p.gain * DMatrix::identity(3, 3)))).powi(3)).cos();
        }
        1 | 2 => {
            acc2 -= p.first.b.component_mul(&p.first.w.column(0).into_owned());
        }
        _ => {
            let m3 = p.second.w.clone();
            acc2 -= (0.01 * p.first.w.norm_squared()).tanh()
                * p.first.w.column(2).into_owned()
                * (0.05 * m3.sum()).exp();
        }
    }
    (0.01
        * (((0.05 * f090(&p.gain, p.gain, p.gain, &p.first, flag)).tanh() + *x1)
            * (0.5 * c1).exp()
            + acc2.norm_squared()))
    .tanh()
        + (x0.sum()
            + *x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f241() {
    passes_at_random_points(241, "f241", |rng| {
        f241::check(
            &rng.matrix(3, 2),
            &rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f242(x0: f32, x1: f32, case: usize) -> f32 {
    let mut acc1 = x1.min(x0);
    match case {
        0 => {
            for _ in 0..3_usize {
                let mut acc2: f32 = 1.0;
                acc2 = acc2 * 0.5 + (0.2 * (acc1 + x1)).tanh();
                acc2 += (0.5 * ((x1 / (2.0 + (0.5 * x0).sin())).powi(2) + 1.0).ln()).tanh();
                acc1 = acc1 * 0.5 + (0.2 * (x1.min(x0) - (0.5 * x1).powi(2) + acc2)).tanh();
            }
            acc1 = (0.2 * acc1).tanh() + f073(x1 * DMatrix::identity(2, 2), case);
        }
        1 | 2 => {
            acc1 /= 2.0
                + (0.5
                    * (0.5 * (DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * x1).mean())
                        .tanh())
                .tan()
                .cos();
        }
        _ => {
            acc1 = acc1 * 0.5 + (x0.powi(2) + 1.0).ln();
        }
    }
    let mut acc3 = (0.1 * f073(x0 * DMatrix::identity(2, 2), case)).exp();
    for i in 0..2_usize {
        acc1 *= (0.2 * (x1 + i as f32)).tanh();
        acc3 *= (0.5 * x0).sin();
    }
    acc3 = acc3 * 0.5 + x1 / (1.0 + (0.5 * x0).powi(2));
    (0.1 * acc1).exp() + acc3 + (x0 + x1)
}

#[test]
fn check_f242() {
    passes_at_random_points(242, "f242", |rng| {
        f242::check(rng.scalar(), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f243(x0: &DVector<f64>, x1: &DVector<f64>, n: usize) -> DVector<f64> {
    let mut acc1 = x1.component_div(&x1.map(|e| e * e + 0.5))
        / (2.0 + (0.5 * (x1.mean() * (0.05 * x1.norm_squared()).sin())).tanh());
    for i in 0..n {
        let mut acc2 = &acc1 - x1;
        for (_, &e3) in x1.iter().enumerate() {
            let mut acc5: DVector<f64> = DVector::zeros(3);
            acc5 *= (0.2
                * mse(
                    &softmax(&add_bias(&DMatrix::zeros(4, 4), x1)),
                    &(e3 * DMatrix::identity(4, 4)).map(|e| e * 0.5),
                ))
            .tanh();
            acc5 -= tanh(&(0.5 * add_bias(&DMatrix::zeros(3, 4), x0).column_mean()));
            acc2 = &acc2 * 0.5
                + (0.5
                    * (softmax(&(0.05 * (x1 * e3 + e3 * DMatrix::identity(4, 4) * x1)))
                        * acc5.mean().exp()))
                .map(|e| e.tanh());
        }
        acc1 *= (0.1
            * mse(
                &(x1[0] * DMatrix::identity(4, 4)),
                &softmax(&(0.05 * (acc2[i] * DMatrix::identity(4, 4)))),
            ))
        .sin();
    }
    let mut acc6 = tanh(
        &(0.01 * relu(&(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * acc1.norm_squared()))),
    );
    for _ in 0..x1.len() {
        let mut acc7: DMatrix<f64> = DMatrix::from_element(4, 4, 0.4);
        for _ in 0..2_usize {
            let v8 = (0.01 * (&acc7 * &acc1)).map(|e| e.tanh());
            acc7 *= (0.1
                * (cross_entropy(&add_bias(&DMatrix::zeros(3, 4), x0), &[0, 2, 2, 1])
                    + v8.norm_squared()))
            .tanh();
        }
        acc6 += (0.2 * (x0 * (0.1 * acc7.mean()).exp())).map(|e| e.tanh());
    }
    let s9 = (x1[3].powi(2) + 0.5).sqrt();
    (0.05 * (f079(&add_bias(&DMatrix::zeros(3, 2), &acc6), x0, 4) * (0.2 * s9).exp()))
        .map(|e| e.tanh())
        + DVector::from_element(3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f243() {
    passes_at_random_points(243, "f243", |rng| f243::check(&rng.vector(3), &rng.vector(4), 2));
}

#[differentiable]
fn f244(x0: DMatrix<f64>, x1: &DVector<f64>, case: usize) -> f64 {
    let v1 = match case {
        0 => x1.clone(),
        1 | 2 => ln(&x1.map(|e| e * e + 0.5)),
        _ => (0.05
            * tanh(
                &(0.02
                    * (DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25, 1.25])
                        * x1.norm_squared())),
            )
            .map(|e| e + e.tanh())
            .add_scalar(f056(
                x1[2],
                &x0.column(1).into_owned(),
                &(x1[3] * DMatrix::identity(3, 3)),
                4,
            )))
        .map(|e| e.tanh()),
    };
    let mut acc2: f64 = 0.0;
    acc2 = acc2.sin() + (0.02 * v1.norm_squared()).tanh();
    acc2 /=
        1.0 + (0.05 * mse(&x0.column(1).into_owned(), &x0.column(0).into_owned())).sin().powi(2);
    acc2 - v1.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f244() {
    passes_at_random_points(244, "f244", |rng| {
        f244::check(rng.matrix(2, 3), &rng.vector(5), rng.int(0, 3))
    });
}

#[differentiable]
fn f245(x0: f64, x1: f64, p: &TwoLayer) -> DMatrix<f64> {
    assert_eq!(p.first.b.len(), 4);
    let s1 = (0.5 * p.gain).cos() - x0 * x1;
    let x1 = x1.sin();
    tanh(&(0.02 * (&p.second.w * &p.first.w * (0.1 * s1).exp()))) * x1.exp()
        + DMatrix::from_element(4, 4, 1.0)
            * (x0
                + x1
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f245() {
    passes_at_random_points(245, "f245", |rng| {
        f245::check(
            rng.scalar(),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f246(x0: &DMatrix<f32>, s: &Stack32) -> f32 {
    let mut h1 = 0.2 * (&s.layers[0].b - s.layers[2].w.column(2).into_owned());
    for layer2 in s.layers.iter() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    assert_eq!(s.layers[0].w.shape(), (4, 4));
    let mut h3 = 0.2 * f107(&(0.01 * s.layers[0].w.norm_squared()).tanh());
    for (i, layer4) in s.layers.iter().enumerate() {
        h3 = tanh(&add_bias(&(&layer4.w * &h3), &layer4.b)) * (1.0 / (i as f32 + 1.0));
    }
    (0.01 * ((0.5 * (0.5 * s.layers[1].w[(0, 3)]).tanh()).tan() + x0.norm_squared())).tanh()
        + h1.mean()
        + h3.norm_squared()
        + (x0.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f246() {
    passes_at_random_points(246, "f246", |rng| {
        f246::check(
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
fn f247(x0: &DVector<f64>) -> f64 {
    let mut acc1 = tanh(
        &(0.02
            * (x0.norm_squared() * DMatrix::identity(2, 2) * add_bias(&DMatrix::zeros(2, 5), x0))),
    );
    for (_, &e2) in x0.iter().enumerate() {
        assert_eq!(acc1.shape(), (2, 5));
        acc1 *= (0.01 * (e2 * DMatrix::identity(2, 5)).row_variance().norm_squared()).tanh().cos();
    }
    let v4 = x0.clone();
    (0.05 * (v4.sum() + x0.norm_squared())).tanh() + acc1.sum() + x0.sum()
}

#[test]
fn check_f247() {
    passes_at_random_points(247, "f247", |rng| f247::check(&rng.vector(2)));
}

#[differentiable]
fn f248(x0: f32, n: usize) -> f32 {
    let mut w1: DMatrix<f32> = sigmoid(&(0.5 * (x0 * DMatrix::identity(1, 2))));
    for i in 0..w1.nrows() {
        w1[(i, 0)] = 0.5 * (x0 - x0.sin());
    }
    let mut acc2: DMatrix<f32> = DMatrix::zeros(1, 2);
    if x0 < 1.25 {
        for _ in 0..n {
            acc2 *= (0.01 * w1.component_div(&w1.map(|e| 2.0 + e.sin())).variance()).sin().sin();
        }
        acc2 = tanh(&(0.5 * &acc2)) + exp(&(0.5 * ln(&w1.map(|e| 2.0 + e.sin()))));
    } else {
        acc2 +=
            x0 * DMatrix::identity(1, 1) / (2.0 + (0.5 * x0).cos()) * w1.map(|e| (0.5 * e).tanh());
    }
    acc2 *= (0.2 * (0.5 * w1[(0, 1)]).exp()).sin();
    x0 + acc2.column(0).sum() + x0
}

#[test]
fn check_f248() {
    passes_at_random_points(248, "f248", |rng| f248::check(rng.scalar(), 3));
}

#[differentiable]
fn f249(x0: &DVector<f32>, x1: DMatrix<f32>, flag: bool) -> f32 {
    let v3 = if x0[1] < 0.5 {
        let c1: DVector<f32> = DVector::zeros(4);
        tanh(
            &(0.05
                * (f071(&(x0.sum() * DMatrix::identity(2, 3)), 3, flag) * c1.norm_squared().exp())),
        )
    } else {
        let mut acc2 = tanh(&(0.05 * (x1.sum() * x0)));
        for _ in 0..x0.len() {
            acc2 =
                &acc2 * 0.5 + tanh(&(0.2 * relu(&x1.columns(2, 2).into_owned()).column_variance()));
        }
        (0.05
            * (-&x1
                * (x0[1]
                    * DMatrix::identity(4, 2)
                    * (0.02 * (DVector::from_column_slice(&[-0.25, 1.0]) * acc2.norm_squared()))
                        .map(|e| e.tanh()))))
        .map(|e| e.tanh())
    };
    assert_eq!(x1.shape(), (3, 4));
    (0.05 * x0.norm_squared()).tanh() + v3[0] + (x0.sum() + x1.sum())
}

#[test]
fn check_f249() {
    passes_at_random_points(249, "f249", |rng| {
        f249::check(&rng.vector(3), rng.matrix(3, 4), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f250(x0: f64, x1: &DMatrix<f64>, q: &Affine) -> f64 {
    let mut acc1 = (0.02 * q.w.rows(1, 2).norm_squared()).tanh();
    acc1 /= 2.0 + (0.5 * (x0.powi(2) + 1.0).ln()).tanh();
    acc1 = acc1 * 0.5 + (0.05 * f210(q.b.clone(), q.clone())).tanh();
    assert_eq!(x1.shape(), (4, 3));
    acc1 = acc1 * 0.5 + (x0 + q.b.mean());
    acc1.min((0.01 * x1.norm_squared()).tanh()) + (x0 + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f250() {
    passes_at_random_points(250, "f250", |rng| {
        f250::check(
            rng.scalar(),
            &rng.matrix(4, 3),
            &Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
        )
    });
}

#[differentiable(wrt(x0, x1))]
fn f251(x0: &DMatrix<f64>, x1: DMatrix<f64>, q: &TwoLayer) -> f64 {
    let c1 = q.first.b.len() as f64;
    let mut acc2: DMatrix<f64> = DMatrix::zeros(2, 2);
    for (_, &e3) in q.second.w.iter().enumerate() {
        let x0 = tanh(&(0.5 * x0)) + add_bias(x0, &x1.column(1).into_owned());
        acc2 += tanh(
            &(0.02
                * (exp(&(0.2 * x1.component_div(&x1.map(|e| 2.0 + e.sin()))))
                    * (0.2 * e3).exp()
                    * (0.01 * x0.norm_squared()).exp())),
        );
    }
    (0.02 * (x1.row_mean().norm_squared() * (0.2 * c1).exp())).tanh()
        + acc2.mean()
        + (x0.sum()
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f251() {
    passes_at_random_points(251, "f251", |rng| {
        f251::check(
            &rng.matrix(2, 3),
            rng.matrix(2, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f252(x0: f64, x1: &DMatrix<f64>, x2: &DMatrix<f64>, flag: bool) -> DMatrix<f64> {
    assert_eq!(x1.shape(), (2, 2));
    let m1: DMatrix<f64> = log_softmax(&(x0 * DMatrix::identity(2, 4)))
        * tanh(
            &(0.05
                * f124(
                    &(DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0),
                    x0 * DMatrix::identity(4, 4),
                    flag,
                )),
        );
    let m2 = &m1 - x1;
    tanh(&(0.05 * (x1 + x2 + &m2))) + DMatrix::from_element(2, 2, 1.0) * (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f252() {
    passes_at_random_points(252, "f252", |rng| {
        f252::check(rng.scalar(), &rng.matrix(2, 2), &rng.matrix(2, 2), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f253(x0: f64, x1: f64) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(1, 4);
    acc1 = acc1.map(|e| e.sin())
        + x1 * (x0 * DMatrix::identity(1, 2)) * softmax(&(x1 * DMatrix::identity(2, 4)));
    acc1 = &acc1 * 0.5 + softmax(&(x0 * DMatrix::identity(1, 4)));
    let c2 = acc1.nrows() as f64;
    let m3 = softmax(&(0.05 * (x1 * &acc1)));
    (0.05 * (m3.row(0).norm().exp() * c2.exp())).tanh() + (x0 + x1)
}

#[test]
fn check_f253() {
    passes_at_random_points(253, "f253", |rng| f253::check(rng.scalar(), rng.scalar()));
}

#[differentiable]
fn f254(x0: &DMatrix<f64>, s: &Stack) -> f64 {
    let mut h1 = 0.5 * s.layers[1].w.column(1).into_owned();
    for layer2 in s.layers.iter() {
        h1 = (&layer2.w * &h1 + &layer2.b).map(|e| e.tanh());
    }
    let mut acc3: DMatrix<f64> = DMatrix::from_element(2, 2, 0.4);
    for &e4 in s.layers[1].b.iter() {
        acc3 -= softmax(&(0.2 * (&s.layers[1].w * (0.2 * e4).exp())));
    }
    let mut acc6: f64 = 1.0;
    for &e7 in x0.iter() {
        let x0 = x0.map(|e| e.sin()) + x0.transpose();
        acc3 -= sigmoid(&(0.2 * s.layers[0].w.component_mul(&s.layers[0].w)));
        acc6 /= 2.0
            + (0.01
                * (mse(&s.layers[1].w.column(0).into_owned(), &h1).min(f016(&e7, &2.0))
                    + x0.norm_squared()))
            .sin()
            .tanh();
    }
    let s9 = (&s.layers[1].w / (2.0 + (0.5 * s.layers[0].w.mean()).tanh())).sum();
    (0.05 * ((0.01 * (acc6 * DMatrix::identity(2, 4)).variance()).tanh() + acc3.mean() + s9)).sin()
        + (x0.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f254() {
    passes_at_random_points(254, "f254", |rng| {
        f254::check(
            &rng.matrix(4, 4),
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
fn f255(x0: &DMatrix<f64>) -> DMatrix<f64> {
    let mut acc1: f64 = 0.0;
    for _ in 0..2_usize {
        acc1 += (0.5 * x0.mean()).tanh();
    }
    let acc1 = acc1.sin();
    let s2: f64 =
        f170((acc1 * DMatrix::identity(1, 2)).map(|u| acc1 + u), DMatrix::from_element(4, 4, 1.5));
    sigmoid(&(0.02 * (x0 * s2))) + DMatrix::from_element(3, 2, 1.0) * x0.sum()
}

#[test]
fn check_f255() {
    passes_at_random_points(255, "f255", |rng| f255::check(&rng.matrix(3, 2)));
}

#[differentiable]
fn f256(x0: &DVector<f64>, x1: &DVector<f64>) -> f64 {
    let s1 = (0.05 * (x1[0] * DMatrix::identity(4, 2)).dot(&(x1.mean() * DMatrix::identity(4, 2))))
        .tanh()
        / (1.0 + (0.5 * x1.mean()).powi(2));
    let mut acc2 = x0.clone();
    if (s1 * DMatrix::identity(4, 4)).row_mean().mean() < acc2[1] {
        acc2 = acc2.map(|e| e.sin())
            + (add_bias(&DMatrix::zeros(2, 2), x1) * x1).map(|e| {
                let t3 = (0.1 * e).sin();
                t3 * e
            });
    }
    let m4 = add_bias(
        &ln(&(s1 * DMatrix::identity(4, 4)).map(|e| 2.0 + e.sin())),
        &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * s1
            + DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * s1),
    );
    (0.05 * (s1 - m4.sum() + acc2.mean())).sin() + (x0.sum() + x1.sum())
}

#[test]
fn check_f256() {
    passes_at_random_points(256, "f256", |rng| f256::check(&rng.vector(2), &rng.vector(2)));
}

#[differentiable]
fn f257(x0: f64, x1: &DMatrix<f64>, x2: f64, p: TwoLayer, n: usize) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(2, 2);
    for _ in 0..n {
        acc1 = tanh(&acc1) + sigmoid(&(0.5 * &p.first.w));
    }
    acc1 /= 2.0
        + (0.02
            * f231(
                &(x1.columns(0, 1).sum() * DMatrix::identity(3, 3)),
                &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x0),
                &p,
                &[0, 1, 0, 2],
            ))
        .tanh()
        .sin()
        .cos();
    let s2 = (0.5 * (0.5 * x2).tanh()).tan()
        * (0.05 * (p.first.w.row(1).norm_squared() - p.gain)).tanh();
    (&acc1 + &p.first.w) * s2.exp()
        + DMatrix::from_element(2, 2, 1.0)
            * (x0
                + x1.sum()
                + x2
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f257() {
    passes_at_random_points(257, "f257", |rng| {
        f257::check(
            rng.scalar(),
            &rng.matrix(2, 2),
            rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            2,
        )
    });
}

#[differentiable]
fn f258(x0: &DMatrix<f64>, x1: &DMatrix<f64>, p: TwoLayer) -> DMatrix<f64> {
    let mut w1: DVector<f64> = (DVector::from_column_slice(&[-0.5]) * p.gain)
        .component_div(&x0.column(0).into_owned().map(|e| 2.0 + e.sin()));
    for i in 0..w1.len() {
        w1[i] += (2.0 + p.gain.sin()).ln();
    }
    let mut acc2: DMatrix<f64> = DMatrix::zeros(1, 3);
    for _ in 0..x0.nrows() {
        acc2 = &acc2 * 0.5 + sigmoid(&(0.1 * (x0 - add_bias(&DMatrix::zeros(1, 3), &w1))));
    }
    softmax(
        &(0.05
            * ((&p.second.w - p.second.w.map(|e| e.sin()))
                * (0.2 * x1.mean()).exp()
                * (0.05 * acc2.norm_squared()).exp())),
    ) + DMatrix::from_element(3, 2, 1.0)
        * (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f258() {
    passes_at_random_points(258, "f258", |rng| {
        f258::check(
            &rng.matrix(1, 3),
            &rng.matrix(4, 3),
            TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f259(x0: &DVector<f64>, x1: &f64, x2: &DMatrix<f64>, flag: bool, case: usize) -> f64 {
    let m4 = {
        let s1 = (0.05 * mse(&add_bias(&DMatrix::zeros(2, 2), x0), &x2.rows(0, 2).into_owned()))
            .tanh()
            .tanh();
        let m3 = match case {
            0 => {
                let s2 = (2.0 + s1.tanh().sin()).ln();
                (s1 * DMatrix::identity(3, 3) + *x1 * DMatrix::identity(3, 3)) * (0.5 * s2).exp()
            }
            1 | 2 => {
                let x0 = x0.map(|e| e.sin()) + x0;
                sigmoid(
                    &(0.05
                        * f162(
                            &(s1 * DMatrix::identity(3, 3)),
                            s1,
                            &(x2[(2, 1)] * DMatrix::identity(3, 3)),
                            flag,
                        )),
                ) * (0.02 * x0.norm_squared()).exp()
            }
            _ => {
                *x1 * DMatrix::identity(3, 3)
                    - x0[0] * DMatrix::identity(3, 3)
                    - (*x1 * DMatrix::identity(3, 3)).transpose()
            }
        };
        sigmoid(&(0.02 * (m3.columns(0, 2).into_owned() * add_bias(&DMatrix::zeros(2, 2), x0))))
            * s1.exp()
    };
    let m5 = add_bias(&DMatrix::zeros(2, 2), x0).map(|e| (0.5 * e).tanh());
    x2.variance() + *x1 + m4.sum() + m5.mean() + (x0.sum() + *x1 + x2.sum())
}

#[test]
fn check_f259() {
    passes_at_random_points(259, "f259", |rng| {
        f259::check(
            &rng.vector(2),
            &rng.scalar(),
            &rng.matrix(3, 2),
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f260(x0: f64, x1: f64, x2: f64, n: usize) -> f64 {
    let mut w1: DVector<f64> = -(DVector::from_column_slice(&[0.75, -0.5]) * x2);
    for i in 0..w1.len() {
        w1[i] += 0.2 * cross_entropy(&(x0 * DMatrix::identity(2, 3)), &[1, 1, 1]);
    }
    let mut acc2: f64 = 1.0;
    for _ in 0..n {
        acc2 -= (0.2 * w1[1]).sin();
    }
    acc2 * x2 + x1 + (x0 + x1 + x2)
}

#[test]
fn check_f260() {
    passes_at_random_points(260, "f260", |rng| {
        f260::check(rng.scalar(), rng.scalar(), rng.scalar(), 4)
    });
}

#[differentiable]
fn f261(x0: &DMatrix<f64>, x1: f64, x2: &DMatrix<f64>, n: usize, flag: bool) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 2, 2.0);
    if n > 2 {
        acc1 -= relu(x2);
    } else if x0[(0, 1)] < 1.25 {
        let mut acc2: DMatrix<f64> = DMatrix::from_element(1, 2, 0.5);
        acc2 *= (0.5 * x1).cos();
        acc1 = tanh(&acc1)
            + softmax(
                &(0.02
                    * (add_bias(
                        &ln(&x2.map(|e| e * e + 0.5)),
                        &(x0.rows(0, 1).norm() * x2.column(1).into_owned()),
                    ) * acc2.sum().exp())),
            );
    } else {
        let m4 = if flag {
            let mut w3: DVector<f64> = DVector::from_column_slice(&[0.75, -0.5]) * x2.sum();
            for i in 0..w3.len() {
                w3[i] = 0.1 * (w3.mean() * x1);
            }
            ln(&exp(&(0.2 * (x1 * DMatrix::identity(1, 2))))) * (0.1 * w3.mean()).exp()
        } else if x1 < 2.0 {
            sigmoid(&(0.02 * (add_bias(x0, &x0.column(1).into_owned()) * (x2 + &acc1))))
        } else {
            ln(&x0.map(|e| e * e + 0.5))
        };
        acc1 *= (0.1 * (x1.max(x1 * 0.5) + m4.sum())).tanh();
    }
    acc1 *= (0.5 * (x1 / (2.0 + (0.5 * x2.mean()).cos()))).tanh();
    let acc1 =
        tanh(&(0.2 * &acc1)) + add_bias(x2, &(DVector::from_column_slice(&[0.25, 1.25]) * x1));
    (0.01 * (x1 * x1.sin() + acc1.norm_squared())).tanh() + (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f261() {
    passes_at_random_points(261, "f261", |rng| {
        f261::check(&rng.matrix(1, 2), rng.scalar(), &rng.matrix(2, 2), 2, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f262(x0: f64, s: &Stack) -> DVector<f64> {
    let mut h1 = 0.1 * s.layers[0].w.map(|e| f112((0.5 * e).cos(), e, false));
    for layer2 in s.layers.iter() {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b));
    }
    let c3 = s.layers[0].w.ncols() as f64;
    let mut h4 = 0.1 * (&s.layers[0].w * &s.layers[0].b);
    for layer5 in s.layers.iter() {
        h4 = (&layer5.w * &h4 + &layer5.b).map(|e| e.tanh());
    }
    (0.05 * (tanh(&s.layers[1].b) * (0.2 * x0).exp() * (0.2 * h1.sum()).exp() * (0.2 * c3).exp()))
        .map(|e| e.tanh())
        + &h4
        + DVector::from_element(4, 1.0)
            * (x0
                + s.layers[0].w.sum()
                + s.layers[0].b.sum()
                + s.layers[1].w.sum()
                + s.layers[1].b.sum())
}

#[test]
fn check_f262() {
    passes_at_random_points(262, "f262", |rng| {
        f262::check(
            rng.scalar(),
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
fn f263(x0: &DMatrix<f64>, x1: f64, s: &Stack) -> f64 {
    let mut acc1 = s.layers[1].b.dot(&s.layers[0].b).min(s.layers[1].b.sum());
    for &e2 in &s.layers[1].b {
        let m4 = sigmoid(
            &(0.02
                * ((add_bias(&DMatrix::zeros(2, 3), &s.layers[1].b)
                    - e2 * DMatrix::identity(2, 3))
                    * exp(&(0.5 * x0)))),
        );
        acc1 /= 2.0 + (0.2 * ((1.0 + x1.powi(2)).powf(0.5 * (0.5 * x1).tanh()) + m4.sum())).tanh();
    }
    let mut h5 = 0.5 * s.layers[0].w.column(0).into_owned();
    for (i, layer6) in s.layers.iter().enumerate() {
        h5 = (&layer6.w * &h5 + &layer6.b).map(|e| e.tanh()) * (1.0 / (i as f64 + 1.0));
    }
    let mut h7 = 0.1 * (&s.layers[1].w * add_bias(&DMatrix::zeros(2, 3), &s.layers[1].b));
    for (i, layer8) in s.layers.iter().enumerate() {
        h7 = tanh(&add_bias(&(&layer8.w * &h7), &layer8.b)) * (1.0 / (i as f64 + 1.0));
    }
    (x1.powi(2) + 1.0).ln()
        + acc1
        + h5.mean()
        + h7.mean()
        + (x0.sum()
            + x1
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum())
}

#[test]
fn check_f263() {
    passes_at_random_points(263, "f263", |rng| {
        f263::check(
            &rng.matrix(3, 2),
            rng.scalar(),
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
fn f264(x0: f32) -> f32 {
    let m1 = if x0 > x0 * 0.5 {
        sigmoid(&(0.05 * (x0 * DMatrix::identity(4, 5) * (x0 * DMatrix::identity(5, 4)))))
    } else {
        sigmoid(
            &(0.2
                * add_bias(
                    &(x0 * DMatrix::identity(4, 4)),
                    &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x0),
                )),
        )
    };
    let m3 = {
        let m2 = m1.transpose();
        &m1 * &m2
    };
    x0 - x0.sin() + m3.sum() + x0
}

#[test]
fn check_f264() {
    passes_at_random_points(264, "f264", |rng| f264::check(rng.scalar()));
}

#[differentiable]
fn f265(x0: &DMatrix<f32>, x1: DMatrix<f32>, x2: DMatrix<f32>, flag: bool) -> f32 {
    let m1 = add_bias(x0, &x1.column(1).into_owned());
    let v2 = if flag {
        DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25, 1.25]) * x1.mean()
            + DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75, -0.5]) * m1.mean()
    } else if x0.column(1).mean() < (0.01 * m1.norm_squared()).tanh() {
        softmax(
            &(0.01
                * (DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0, 0.25]) * x0.norm_squared())),
        ) - DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4, -0.3]) * x0[(1, 4)]
    } else {
        tanh(
            &(0.05
                * (DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25, -0.75])
                    * x1.rows(0, 2).norm_squared())),
        )
    };
    x2.row(2).mean() / (2.0 + (0.2 * m1[(1, 0)]).tanh())
        + v2.mean()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f265() {
    passes_at_random_points(265, "f265", |rng| {
        f265::check(&rng.matrix(4, 5), rng.matrix(4, 2), rng.matrix(4, 4), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f266(x0: &DVector<f64>, x1: &DMatrix<f64>, n: usize, flag: bool) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 2, 1.25);
    for (_, &e2) in x1.iter().enumerate() {
        acc1 = acc1.map(|e| e.sin()) + softmax(&(0.5 * (sigmoid(&(0.5 * x1)) * (0.2 * e2).exp())));
    }
    let mut w4: DVector<f64> = acc1.column(1).into_owned() + x0;
    for i in 0..w4.len() {
        w4[i] = (0.2 * w4.mean()).abs();
    }
    let mut acc5 = log_softmax(&(0.2 * &w4));
    for _ in 0..n {
        let mut acc6: f64 = 1.0;
        for _ in 0..n {
            acc6 -= (0.1 * w4.sum()).sin();
        }
        acc1 *= (0.1
            * f015(
                &acc6,
                &(acc6 * DMatrix::identity(1, 4)),
                &(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * acc6),
                flag,
            ))
        .cos();
        acc5 = acc5.map(|e| e.sin()) + softmax(&(0.05 * (x1.mean() * &w4)));
    }
    (0.05 * (acc5[1].min(x1.row(0).norm()) + acc1.sum())).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f266() {
    passes_at_random_points(266, "f266", |rng| {
        f266::check(&rng.vector(2), &rng.matrix(2, 2), 2, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f267(x0: &DVector<f64>, x1: DMatrix<f64>) -> f64 {
    let mut w1: DVector<f64> = DVector::zeros(3);
    for i in 0..w1.len() {
        w1[i] = 0.5 * (x1[(1, 1)] + w1[i]);
    }
    let mut acc2 =
        ln(&x1.map(|e| e * e + 0.5)) * (w1[0] + (0.05 * x1.rows(1, 1).norm_squared()).sin());
    for i in 0..x1.ncols() {
        let v5 = {
            let m3 = add_bias(
                &ln(&acc2.map(|e| 2.0 + e.sin())),
                &(0.02 * (acc2.columns(1, 2).into_owned() * x0)).map(|e| e.tanh()),
            );
            let mut w4: DMatrix<f64> =
                sigmoid(&(0.02 * (x1.norm_squared() * DMatrix::identity(3, 3))))
                    .map(|e| -e.powi(2));
            for j in 0..w4.nrows() {
                w4[(j, 2)] = 0.1 * x0.norm_squared().max(w1[i]);
            }
            sigmoid(
                &(0.05
                    * ((DVector::from_column_slice(&[0.5, -0.25, 1.0]) * w4[(0, i)])
                        .component_div(&w1.map(|e| e * e + 0.5))
                        * (0.1 * m3.sum()).exp())),
            )
        };
        acc2 += tanh(&(0.1 * ((&x1 + x1.map(|e| e.sin())) * (0.2 * v5.norm_squared()).exp())));
    }
    (0.05 * (x1.columns(0, 2).norm() + acc2.mean())).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f267() {
    passes_at_random_points(267, "f267", |rng| f267::check(&rng.vector(2), rng.matrix(2, 3)));
}

#[differentiable]
fn f268(x0: &DVector<f64>, x1: &DMatrix<f64>) -> f64 {
    let m1 = if x0[0] * x1[(4, 1)] < x1.sum() {
        tanh(
            &(0.05 * (f061(x0.mean(), x1, 3) * tanh(&(0.5 * add_bias(&DMatrix::zeros(2, 2), x0))))),
        )
    } else {
        x1 * (x0[1] * DMatrix::identity(2, 2))
    };
    let mut acc2: f64 = 0.5;
    for i in 0..m1.nrows() {
        let mut acc3 = softmax(&(0.01 * (m1.column(0).into_owned() * (acc2 - acc2 * 0.5))));
        for _ in 0..2_usize {
            acc3 /= 2.0 + (0.1 * m1.mean()).sin();
        }
        acc2 *= (0.05
            * f260(
                (0.05 * cross_entropy(&(acc3[i] * DMatrix::identity(2, 2)), &[0, 0])).tanh(),
                (0.05 * cross_entropy(&(acc3[i] * DMatrix::identity(2, 2)), &[0, 0])).tanh(),
                (0.05 * cross_entropy(&m1.rows(0, 2).into_owned(), &[1, 1])).sin(),
                4,
            ))
        .sin()
        .cos();
        acc2 = (0.2 * acc2).tanh()
            + (0.1
                * f100(
                    &softmax(&(0.01 * (m1.norm_squared() * DMatrix::identity(1, 2)))),
                    &(x0[0] * DMatrix::identity(3, 3)),
                ))
            .tanh();
    }
    assert_eq!(x1.shape(), (5, 2));
    acc2 * x0.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f268() {
    passes_at_random_points(268, "f268", |rng| f268::check(&rng.vector(2), &rng.matrix(5, 2)));
}

#[differentiable]
fn f269(x0: &DVector<f32>, case: usize) -> DVector<f32> {
    let c1: DMatrix<f32> = DMatrix::zeros(5, 3);
    let v4 = match case {
        0 => (x0[1] * DMatrix::identity(2, 2)).column_variance(),
        1 | 2 => {
            assert_eq!(x0.len(), 2);
            sigmoid(&(0.05 * x0.add_scalar(x0.norm_squared())))
        }
        _ => {
            let s3 = if (x0.norm_squared() * DMatrix::identity(5, 3))
                .dot(&(c1.norm_squared() * DMatrix::identity(5, 3)))
                < c1.columns(0, 3).norm_squared()
            {
                let c2: f32 = 0.3;
                f242(c2, c2, case)
            } else {
                (0.05 * mse(x0, &(DVector::from_column_slice(&[0.75, -0.5]) * x0[0])))
                    .tanh()
                    .max(c1.column(1).mean() * c1.column(0).norm_squared())
            };
            x0 * (0.05 * s3).exp()
        }
    };
    let m6 = {
        let m5 = &c1 * (c1.sum() * DMatrix::identity(3, 3));
        c1.component_mul(&c1) + &m5
    };
    exp(&(0.2 * &v4)) * m6.norm_squared().exp() + DVector::from_element(2, 1.0) * x0.sum()
}

#[test]
fn check_f269() {
    passes_at_random_points(269, "f269", |rng| f269::check(&rng.vector(2), rng.int(0, 3)));
}

#[differentiable]
fn f270(x0: f32, x1: &DMatrix<f32>, x2: f32, flag: bool) -> DVector<f32> {
    let s2 = if flag {
        let c1: DMatrix<f32> = DMatrix::from_element(3, 4, 0.5);
        ((0.5 * x2).abs()
            - (0.05
                * f104(
                    &(x2 * DMatrix::identity(4, 4)),
                    &(DVector::from_column_slice(&[0.75, -0.5]) * x0),
                    x0 * DMatrix::identity(2, 2),
                    4,
                ))
            .tanh())
            * (0.2 * c1.norm_squared()).exp()
    } else {
        (0.02
            * f128(
                &x1.column(1).into_owned(),
                &DMatrix::from_element(3, 4, 0.25),
                &DMatrix::from_element(3, 3, 2.0),
            ))
        .tanh()
            * x1.sum()
    };
    let mut w3: DMatrix<f32> = DMatrix::zeros(4, 3);
    for i in 0..w3.nrows() {
        w3[(i, 2)] = (0.1 * s2).abs();
    }
    let mut acc4 = (0.01 * ln(&w3.map(|e| 2.0 + e.sin())).dot(&f003(x1, &x0))).tanh();
    if x2 > x0 {
        let v5 = x1.column(2).into_owned();
        acc4 -= (0.05 * f203(x1, &w3, 3)).sin() + v5.mean();
    }
    softmax(&(0.05 * (w3.rows(1, 3).into_owned() * x1.column(2).into_owned() * (0.2 * acc4).exp())))
        + DVector::from_element(3, 1.0) * (x0 + x1.sum() + x2)
}

#[test]
fn check_f270() {
    passes_at_random_points(270, "f270", |rng| {
        f270::check(rng.scalar(), &rng.matrix(3, 4), rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f271(x0: &DMatrix<f64>, x1: f64, x2: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc1 = x0.mean();
    for _ in 0..n {
        let mut w2: DMatrix<f64> = f025(x1, &DVector::from_element(4, 0.3));
        for j in 0..w2.nrows() {
            w2[(j, 2)] =
                (0.05 * f140(&(acc1 * DMatrix::identity(4, 3)), &x2.transpose(), &w2)).sin();
        }
        acc1 /= 2.0 + (0.1 * x1.max(w2.mean())).tanh();
    }
    let c3: DVector<f64> = DVector::zeros(3);
    ((0.01 * mse(&x2.transpose(), &(x0.sum() * DMatrix::identity(4, 3)))).tanh() + acc1)
        * c3.mean().exp()
        + (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f271() {
    passes_at_random_points(271, "f271", |rng| {
        f271::check(&rng.matrix(4, 4), rng.scalar(), &rng.matrix(3, 4), 3)
    });
}

#[differentiable]
fn f272(x0: DVector<f64>, n: usize, flag: bool) -> DVector<f64> {
    assert_eq!(x0.len(), 3);
    let s2 = if n > 3 {
        x0[1] / (1.0 + x0.norm_squared())
    } else if flag {
        (0.05 * ((x0[0] + x0.sum()) * (0.2 * x0.sum()).exp())).sin()
    } else {
        let mut w1: DVector<f64> = DVector::zeros(3);
        for i in 0..w1.len() {
            w1[i] = 0.2 * (x0.sum() - x0[i]);
        }
        (0.05 * (x0[0] + w1.norm_squared())).tanh()
    };
    tanh(&(0.5 * &x0)) * (0.2 * s2).exp() + DVector::from_element(3, 1.0) * x0.sum()
}

#[test]
fn check_f272() {
    passes_at_random_points(272, "f272", |rng| f272::check(rng.vector(3), 3, rng.uniform() < 0.5));
}

#[differentiable]
fn f273(x0: DVector<f32>, x1: DMatrix<f32>, x2: &DVector<f32>, n: usize) -> f32 {
    let mut acc1 = x2.clone();
    if n > 2 {
        acc1 = acc1.map(|e| e.sin()) + &x1 * x2;
    } else if n > 3 {
        let c2: DMatrix<f32> = DMatrix::from_element(2, 1, 1.5);
        acc1 /= 2.0
            + (0.01
                * mse(
                    &(x1.transpose() * c2.norm_squared()),
                    &(&x1 - add_bias(&DMatrix::zeros(2, 2), x2)),
                ))
            .tanh()
            .cos();
    } else {
        for i in 0..n {
            acc1 += softmax(&(0.1 * (x2[i] * x2 + x2.component_div(&x2.map(|e| e * e + 0.5)))));
        }
        acc1 *= (0.5 * -x1.mean()).abs().cos();
    }
    let mut acc3: DVector<f32> = DVector::zeros(2);
    for (&e4, &e5) in x1.iter().zip(x1.iter().skip(1)) {
        acc3 *= (0.2 * ((0.1 * acc1[1]).powi(2) - e4.max(e5))).cos();
    }
    let v8 = {
        let v6 = add_bias(&DMatrix::zeros(2, 1), &acc3) * &x0;
        let c7: DVector<f32> = DVector::zeros(2);
        (0.05 * (relu(&acc1) + &v6)).map(|e| e.tanh()) * c7.sum().exp()
    };
    x2.mean() + v8.norm_squared() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f273() {
    passes_at_random_points(273, "f273", |rng| {
        f273::check(rng.vector(1), rng.matrix(2, 2), &rng.vector(2), 2)
    });
}

#[differentiable]
fn f274(x0: DMatrix<f32>, x1: &DMatrix<f32>, case: usize) -> f32 {
    let m1 = x1.clone();
    let m7 = match case {
        0 => {
            let mut acc2 = (0.5 * m1[(0, 3)]).sin();
            for (&e3, &e4) in m1.iter().zip(m1.iter().skip(1)) {
                acc2 = acc2.sin() + (0.2 * ((2.0 + e3.sin()).ln() + e4)).sin();
            }
            softmax(x1) * (0.05 * acc2).exp()
        }
        1 | 2 => -(m1.column(3).mean() * DMatrix::identity(2, 5)),
        _ => {
            let m6 = {
                let s5 = f264(x0.mean());
                let x1 = tanh(&(0.5 * x1));
                softmax(&(0.02 * (s5 * DMatrix::identity(2, 2) * m1.columns(1, 3).into_owned())))
                    * x1.mean().exp()
            };
            ln(&exp(&(0.1 * log_softmax(&m1)))) * (0.1 * m6.sum()).exp()
        }
    };
    assert_eq!(x0.shape(), (2, 3));
    (0.01 * (m1.rows(0, 1).mean() + m7.norm_squared())).sin() + (x0.sum() + x1.sum())
}

#[test]
fn check_f274() {
    passes_at_random_points(274, "f274", |rng| {
        f274::check(rng.matrix(2, 3), &rng.matrix(2, 5), rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f275(x0: f64, x1: &DMatrix<f64>, x2: f64, s: &Stack) -> f64 {
    let s1 = (0.5 * x2).abs();
    let mut acc2: DMatrix<f64> = DMatrix::zeros(3, 3);
    acc2 /= 2.0
        + (0.05 * s.layers[0].b.component_div(&s.layers[0].b.map(|e| e * e + 0.5)).sum())
            .sin()
            .cos();
    (0.01 * (f054(&x2, x2) + x0 + x1.norm_squared())).tanh()
        + s1
        + acc2.mean()
        + (x0
            + x1.sum()
            + x2
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
            rng.scalar(),
            &rng.matrix(5, 3),
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
fn f276(x0: &DVector<f64>, x1: &DMatrix<f64>) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(2);
    for &e2 in x1.iter() {
        acc1 *= (0.05
            * mse(&(e2 * DMatrix::identity(4, 4)).transpose(), &(e2 * DMatrix::identity(4, 4))))
        .tanh()
        .cos();
    }
    let v5 = {
        let v4 = sigmoid(
            &(0.01
                * (x1.sum()
                    * DMatrix::identity(2, 4)
                    * (DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * acc1[0]))),
        )
        .map(|e| f212(e - e.sin()));
        &acc1 / (2.0 + (0.05 * v4.sum()).tanh().sin())
    };
    (0.5 * x0[1]).powi(3) + v5.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f276() {
    passes_at_random_points(276, "f276", |rng| f276::check(&rng.vector(2), &rng.matrix(3, 4)));
}

#[differentiable]
fn f277(x0: &DVector<f64>) -> f64 {
    let v2 = {
        let v1 = x0.component_div(&x0.map(|e| 2.0 + e.sin()));
        tanh(&(0.01 * (DVector::from_column_slice(&[0.5, -0.25, 1.0]) * v1.norm_squared())))
            / (2.0 + (0.5 * x0[1]).cos())
    };
    let mut w3: DMatrix<f64> = sigmoid(&(0.5 * add_bias(&DMatrix::zeros(3, 5), x0)));
    for i in 0..w3.nrows() {
        w3[(i, 1)] =
            0.1 * f239(w3.sum() * DMatrix::identity(2, 2), x0[i] * DMatrix::identity(2, 2));
    }
    let m5 = {
        let m4 = v2[1]
            * DMatrix::identity(5, 5)
            * softmax(&sigmoid(&(0.01 * (w3.norm_squared() * DMatrix::identity(5, 5)))));
        let x0 = x0.map(|e| e.sin());
        sigmoid(&(0.05 * (w3.component_div(&w3.map(|e| 2.0 + e.sin())) * (0.05 * m4.sum()).exp())))
            * x0.mean().exp()
    };
    f159(m5.clone(), w3[(1, 0)], &[0, 2, 0]) + x0.sum()
}

#[test]
fn check_f277() {
    passes_at_random_points(277, "f277", |rng| f277::check(&rng.vector(3)));
}

#[differentiable]
fn f278(x0: DMatrix<f64>, x1: DVector<f64>) -> f64 {
    let mut w1: DMatrix<f64> = DMatrix::zeros(4, 4);
    for i in 0..w1.nrows() {
        w1[(i, 3)] = 0.1 * f173(x1[0], &w1.columns(1, 3).into_owned());
    }
    let x0 = x0.map(|e| e.sin());
    (0.01 * (x1.sum() + x0.mean() + w1.norm_squared())).sin() + (x0.sum() + x1.sum())
}

#[test]
fn check_f278() {
    passes_at_random_points(278, "f278", |rng| f278::check(rng.matrix(4, 4), rng.vector(4)));
}

#[differentiable]
fn f279(x0: f32, flag: bool, case: usize) -> f32 {
    let s1 = x0 - (0.5 * x0).tanh();
    let mut acc2 = ((x0.powi(2) + 1.0).ln().powi(2) + 1.0).ln();
    match case {
        0 => {
            acc2 += (0.5 * s1).sin();
        }
        1 | 2 => {
            acc2 -= (0.2 * (s1 + x0)).exp();
        }
        _ => {
            let x0 = x0.sin() + acc2 * (acc2 * 0.5);
            acc2 = acc2 * 0.5 + cross_entropy(&(x0 * DMatrix::identity(4, 4)), &[3, 3, 1, 3]);
        }
    }
    let mut acc3: f32 = 0.0;
    if !flag {
        acc3 = acc3.sin()
            + (0.01
                * add_bias(
                    &(acc2 * DMatrix::identity(4, 4)),
                    &(DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * acc2),
                )
                .variance())
            .tanh();
    }
    s1 / (2.0 + acc3.cos()) + acc2 + x0
}

#[test]
fn check_f279() {
    passes_at_random_points(279, "f279", |rng| {
        f279::check(rng.scalar(), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f280(x0: DMatrix<f32>, x1: &DVector<f32>, s: &Stack32) -> f32 {
    let mut h1 = 0.5 * s.layers[2].w.transpose();
    for layer2 in &s.layers {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b));
    }
    let v3 = s.layers[2].b.clone();
    assert_eq!(s.layers[2].w.shape(), (5, 5));
    (0.05 * (f032(x1[2], 2.0, &[0, 0, 1, 1]) + x0.mean() + h1.sum())).tanh()
        + v3.sum()
        + (x0.sum()
            + x1.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f280() {
    passes_at_random_points(280, "f280", |rng| {
        f280::check(
            rng.matrix(4, 2),
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
fn f281(x0: f64, x1: &f64, x2: f64, case: usize) -> f64 {
    let mut acc1: f64 = 0.5;
    if x2 > acc1 {
        let x1 = (0.5 * *x1).tanh() + f159(*x1 * DMatrix::identity(3, 5), acc1, &[0, 2, 0]);
        acc1 +=
            (0.01 * mse(&(x1 * DMatrix::identity(2, 4)), &(x2 * DMatrix::identity(2, 4)))).tanh();
    }
    let s2 = acc1.max(x2).max((0.5 * x2).abs());
    let mut acc3: f64 = 0.5;
    if acc3 < *x1 {
        acc3 = acc3 * 0.5 + acc1.powi(3);
    } else if s2 > 2.0 {
        acc3 = acc3.tanh() + ((2.0 + x0.sin()).ln() - x2);
    } else {
        let mut acc4 = (0.5 * acc3.tanh()).tan();
        match case {
            0 => {
                acc4 *= (0.5 * (s2.powi(2) + 1.0).ln()).tanh();
            }
            1 | 2 => {
                acc4 = acc4 * 0.5 + ((x0 + *x1).powi(2) + 1.0).ln();
            }
            _ => {
                let c5: f64 = 0.75;
                acc4 *= (0.5 * ((2.0 + acc1.tanh().sin()).ln() * c5.exp())).cos();
            }
        }
        acc3 /= 1.0
            + (0.1 * f085(&(x2 * DMatrix::identity(2, 2)), &(acc4 * DMatrix::identity(2, 2)), 3))
                .powi(2);
    }
    *x1 * x2 + x0 + acc3 + (x0 + *x1 + x2)
}

#[test]
fn check_f281() {
    passes_at_random_points(281, "f281", |rng| {
        f281::check(rng.scalar(), &rng.scalar(), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f282(x0: f64, x1: f64, flag: bool, case: usize) -> f64 {
    let s2 = match case {
        0 => (1.0 + x0.powi(2)).powf(0.5 * (0.5 * x0).tanh()),
        1 | 2 => {
            let x1 = x1 * 0.5 + (2.0 + x0.sin()).ln();
            x1 / (2.0 + (0.5 * x0).sin())
        }
        _ => {
            let mut w1: DVector<f64> = (0.05
                * exp(&(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x1)))
            .map(|e| e.tanh());
            for i in 0..w1.len() {
                w1[i] = w1[i];
            }
            w1[0] / (2.0 + (0.2 * (x0 * x1)).tanh())
        }
    };
    let mut acc3: DMatrix<f64> = DMatrix::zeros(1, 4);
    if s2 < 1.25 {
        let s4 = s2;
        acc3 /= 2.0 + (0.05 * f161(&(s4 * DMatrix::identity(3, 3)), x1)).tanh().powi(2).tanh();
    } else {
        let s5 = if (0.5 * x1).cos() > 1.5 {
            x1 / (1.0 + acc3.norm_squared())
        } else {
            (0.05 * f089(&x0, acc3.norm_squared(), 4, flag)).tanh()
        };
        acc3 *=
            (0.2 * (sigmoid(&(0.5 * (x1 * DMatrix::identity(3, 4)))).row_sum().sum() + s5)).tanh();
    }
    if s2 - x1 > s2 {
        acc3 += (x1 * DMatrix::identity(4, 1)).transpose();
    }
    x1 * x0 + acc3.mean() + (x0 + x1)
}

#[test]
fn check_f282() {
    passes_at_random_points(282, "f282", |rng| {
        f282::check(rng.scalar(), rng.scalar(), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f283(x0: &DVector<f32>, x1: &DMatrix<f32>, x2: &DMatrix<f32>, case: usize) -> DMatrix<f32> {
    let m1 = add_bias(&DMatrix::zeros(4, 4), x0) * (0.05 * x0.norm_squared()).sin();
    let mut acc2: DMatrix<f32> = DMatrix::zeros(4, 4);
    match case {
        0 => {
            acc2 = &acc2 * 0.5 + x2 * x2;
        }
        1 | 2 => {
            acc2 -= tanh(&(0.5 * x2));
        }
        _ => {
            let mut w3: DVector<f32> = x1.transpose() * x0;
            for i in 0..w3.len() {
                w3[i] = (2.0 + (0.01 * m1.norm_squared()).tanh().sin()).ln();
            }
            acc2 = &acc2 * 0.5 + f107(&(0.2 * x2.column(1).sum()).abs()) * (0.02 * w3.sum()).exp();
        }
    }
    softmax(&(0.05 * (f107(&x1.sum()) + &m1 + &acc2)))
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f283() {
    passes_at_random_points(283, "f283", |rng| {
        f283::check(&rng.vector(4), &rng.matrix(4, 4), &rng.matrix(4, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f284(x0: DMatrix<f64>, x1: &DVector<f64>, x2: f64) -> DMatrix<f64> {
    let mut acc1 = (x2 * DMatrix::identity(2, 4)).component_mul(&(x2 * DMatrix::identity(2, 4)));
    acc1 = acc1.map(|e| e.sin()) + x2 * DMatrix::identity(2, 4) * (x2 * DMatrix::identity(4, 4));
    assert_eq!(acc1.shape(), (2, 4));
    let acc1 = acc1.map(|e| e.sin());
    softmax(
        &(0.05 * (log_softmax(&(x2 * DMatrix::identity(4, 2))) * (0.01 * x0.norm_squared()).exp())),
    ) * (0.02 * x1.norm_squared()).exp()
        * acc1.mean().exp()
        + DMatrix::from_element(4, 2, 1.0) * (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f284() {
    passes_at_random_points(284, "f284", |rng| {
        f284::check(rng.matrix(3, 4), &rng.vector(3), rng.scalar())
    });
}

#[differentiable(wrt(x0))]
fn f285(x0: &DMatrix<f64>, q: &Affine) -> f64 {
    let m1 = sigmoid(&(0.5 * add_bias(&DMatrix::zeros(3, 3), &q.b))).map(|e| (2.0 + e.sin()).ln());
    let mut acc2: f64 = 0.0;
    for _ in 0..3_usize {
        acc2 = (0.5 * acc2).tanh()
            + (0.2 * ((0.05 * x0.column(3).into_owned().norm_squared()).tanh() + q.w.sum())).tanh();
    }
    assert_eq!(x0.shape(), (4, 5));
    q.b.norm() + m1.norm_squared() + acc2 + (x0.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f285() {
    passes_at_random_points(285, "f285", |rng| {
        f285::check(&rng.matrix(4, 5), &Affine { w: rng.matrix(3, 3), b: rng.vector(3) })
    });
}

#[differentiable]
fn f286(x0: f64, x1: DVector<f64>, flag: bool, case: usize) -> DVector<f64> {
    let c1: DVector<f64> = DVector::zeros(4);
    let mut acc2: f64 = 1.0;
    for _ in 0..x1.len() {
        acc2 /= 2.0 + (2.0 + c1.mean().sin()).ln().cos().tanh();
    }
    let mut acc3 = (0.5 * x0).powi(3);
    if acc3 < x0 {
        acc3 += x0.max((0.05 * f121(&x0, 0.4, true, case, &[2, 1, 0])).tanh());
    } else if acc3 > 0.5 {
        let m4 = -(acc2 * DMatrix::identity(4, 5));
        acc3 += (0.05
            * f114(
                &(acc2 * DMatrix::identity(2, 4)),
                DMatrix::from_element(2, 3, 0.75),
                &DVector::from_element(2, 0.5),
                2,
                flag,
            ))
        .sin()
            + m4.mean();
    } else {
        acc3 += acc2;
    }
    &c1 * (0.1 * acc2).exp() * (0.05 * acc3).exp() + DVector::from_element(4, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f286() {
    passes_at_random_points(286, "f286", |rng| {
        f286::check(rng.scalar(), rng.vector(5), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f287(x0: &DVector<f32>, s: &Stack32) -> f32 {
    let mut h1 = 0.2 * (&s.layers[1].w * &s.layers[2].w);
    for layer2 in &s.layers {
        h1 = tanh(&add_bias(&(&layer2.w * &h1), &layer2.b));
    }
    let mut acc3: DVector<f32> = DVector::zeros(3);
    for _ in 0..2_usize {
        let v5 = s.layers[0].b.map(|e| {
            let t4 = e;
            e + t4
        });
        acc3 *= (0.1 * (h1.mean() * s.layers[2].w.columns(0, 1).norm_squared() + v5.sum())).tanh();
    }
    let mut acc6: f32 = 0.0;
    acc6 *= (0.2 * (s.layers[2].w[(0, 0)] * &s.layers[1].b).sum()).cos();
    acc6 /= 2.0
        + (0.2 * cross_entropy(&(s.layers[0].w[(0, 0)] * DMatrix::identity(2, 3)), &[1, 0, 0]))
            .sin();
    acc6 - acc6 * 0.5
        + x0.mean()
        + acc3.mean()
        + (x0.sum()
            + s.layers[0].w.sum()
            + s.layers[0].b.sum()
            + s.layers[1].w.sum()
            + s.layers[1].b.sum()
            + s.layers[2].w.sum()
            + s.layers[2].b.sum())
}

#[test]
fn check_f287() {
    passes_at_random_points(287, "f287", |rng| {
        f287::check(
            &rng.vector(3),
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
fn f288(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: &DMatrix<f64>, case: usize) -> f64 {
    let m3 = match case {
        0 => {
            let mut acc1 = sigmoid(&(0.5 * x1));
            acc1 = &acc1 * 0.5 + tanh(&(0.5 * x1));
            sigmoid(
                &(0.05
                    * ((x0.row(3).mean() * DMatrix::identity(3, 3)).map(|e| {
                        let t2 = e / (2.0 + (0.5 * e).sin());
                        e + t2
                    }) * relu(&(acc1.rows(0, 2).sum() * DMatrix::identity(3, 3))))),
            )
        }
        1 | 2 => tanh(
            &(0.05
                * f051(
                    &softmax(&(DVector::from_column_slice(&[0.25]) * x2[(0, 2)])),
                    &add_bias(
                        &x0.rows(0, 3).into_owned(),
                        &(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * x1.column(1).norm()),
                    ),
                )),
        ),
        _ => add_bias(
            &(x0.rows(0, 3).into_owned() + x1.mean() * DMatrix::identity(3, 3)),
            &(x2.row(1).sum() * DMatrix::identity(3, 2)).column_mean(),
        ),
    };
    let mut acc4 =
        (0.01 * mse(&m3, &m3.transpose())).tanh() / (2.0 + (0.1 * (x0[(0, 0)] + x2.sum())).tanh());
    for &e5 in x2.iter() {
        let mut acc7 = exp(&(0.5 * x1));
        acc7 += tanh(&(0.2 * (acc4 * DMatrix::identity(2, 3) - e5 * DMatrix::identity(2, 3))));
        acc4 -= (0.05 * (f212(f020(&m3.column(2).into_owned(), 4)) + acc7.sum())).tanh();
    }
    (acc4 * DMatrix::identity(4, 2)).mean() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f288() {
    passes_at_random_points(288, "f288", |rng| {
        f288::check(&rng.matrix(4, 3), &rng.matrix(2, 3), &rng.matrix(2, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f289(x0: f64, x1: DMatrix<f64>, x2: f64, q: &TwoLayer) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(4, 4);
    for _ in 0..q.second.b.len() {
        acc1 += ln(&exp(&(0.2 * &q.first.w)));
    }
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 4, 2.0);
    for i in 0..3_usize {
        for _ in 0..x1.nrows() {
            let s3 = q.second.w.variance();
            acc1 = tanh(&(0.1 * &acc1))
                + tanh(&(0.05 * (log_softmax(&q.second.w) * (0.1 * s3).exp())));
        }
        acc2 *= (0.5 * (x2.max(q.first.w[(i, i)]) + (0.5 * x0).tanh())).tanh();
    }
    (0.05 * ((0.5 * q.gain).sin() + acc1.mean() + acc2.sum())).tanh()
        + (x0
            + x1.sum()
            + x2
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f289() {
    passes_at_random_points(289, "f289", |rng| {
        f289::check(
            rng.scalar(),
            rng.matrix(3, 5),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f290(x0: &DMatrix<f64>, x1: &f64, x2: f64, q: TwoLayer) -> f64 {
    let mut acc1 = add_bias(&DMatrix::zeros(4, 2), &q.first.b) * x0.column(0).into_owned();
    for _ in 0..x0.ncols() {
        let m2 = *x1 * DMatrix::identity(1, 5);
        acc1 = acc1.map(|e| e.sin())
            + (0.2
                * (-&q.first.b / (2.0 + (0.2 * (q.gain + x2)).cos())
                    * (0.02 * m2.norm_squared()).exp()))
            .map(|e| e.tanh());
    }
    for _ in 0..2_usize {
        acc1 +=
            tanh(&(0.05 * (&q.second.b / (1.0 + (0.5 * *x1).powi(2)) * (*x1 * q.second.b.mean()))));
    }
    (0.01 * (q.gain + q.first.w.column(1).mean() + acc1.norm_squared())).tanh()
        + (x0.sum()
            + *x1
            + x2
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f290() {
    passes_at_random_points(290, "f290", |rng| {
        f290::check(
            &rng.matrix(2, 1),
            &rng.scalar(),
            rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f291(x0: &DVector<f32>, x1: &DMatrix<f32>, case: usize) -> f32 {
    let mut acc1 = x1.columns(0, 3).into_owned() * x1 - x1;
    match case {
        0 => {
            let mut w2: DMatrix<f32> =
                sigmoid(&(0.01 * (x1.norm_squared() * DMatrix::identity(4, 4))))
                    + x0.sum() * DMatrix::identity(4, 4);
            for i in 0..w2.nrows() {
                w2[(i, 0)] = 0.2 * (w2.rows(0, 2).norm().powi(2) + 1.0).ln();
            }
            acc1 *= (0.1 * (x0[2] + w2.mean())).tanh();
        }
        1 | 2 => {
            acc1 /= 1.0
                + (((0.05 * x0.norm_squared()).tanh().powi(2) + 1.0).ln()
                    - (0.01 * (x1.sum() * DMatrix::identity(5, 4)).row_sum().variance()).tanh())
                .powi(2);
        }
        _ => {
            acc1 = acc1.map(|e| e.sin()) + x0[1] * DMatrix::identity(3, 4);
        }
    }
    let m3 = x1.map(|e| (0.5 * (e + e.sin())).powi(3));
    (0.01 * ((0.5 * x0[1]).tanh() + acc1.mean() + m3.norm_squared())).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f291() {
    passes_at_random_points(291, "f291", |rng| {
        f291::check(&rng.vector(3), &rng.matrix(3, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f292(x0: f32, x1: &DVector<f32>, x2: f32) -> f32 {
    let x0 = x0 * 0.5 + (x0 * DMatrix::identity(3, 2)).mean();
    let mut acc1: f32 = 0.5;
    if x1.mean() > 0.25 {
        acc1 = acc1 * 0.5 + x1.map(|u| (0.2 * x0).tanh() + u).variance();
    } else if x2 < x0 {
        acc1 = acc1 * 0.5
            + (cross_entropy(&(x2 * DMatrix::identity(2, 4)), &[0, 0, 1, 0]).powi(2) + 1.0).ln();
    } else {
        acc1 *= (0.05
            * f203(&(x1[2] * DMatrix::identity(3, 4)), &(x1.sum() * DMatrix::identity(4, 3)), 3))
        .tanh()
        .cos();
    }
    (x2.powi(2) + 1.0).ln() + acc1 + (x0 + x1.sum() + x2)
}

#[test]
fn check_f292() {
    passes_at_random_points(292, "f292", |rng| {
        f292::check(rng.scalar(), &rng.vector(3), rng.scalar())
    });
}

#[differentiable]
fn f293(x0: f64, x1: f64, q: &TwoLayer) -> DMatrix<f64> {
    let s2 = {
        let v1 = &q.first.b - &q.second.b;
        (q.gain * DMatrix::identity(4, 4)).sum() + v1.mean()
    };
    let s3 = (0.05 * f276(&q.second.b, &(q.first.b[0] * DMatrix::identity(3, 4)))).tanh();
    assert_eq!(q.second.b.len(), 2);
    tanh(&(0.02 * (log_softmax(&q.second.w) * (0.2 * x0).exp() * (0.2 * x1).exp())))
        * (0.05 * s2).exp()
        * s3.exp()
        + DMatrix::from_element(2, 2, 1.0)
            * (x0
                + x1
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f293() {
    passes_at_random_points(293, "f293", |rng| {
        f293::check(
            rng.scalar(),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f294(x0: &DMatrix<f64>) -> f64 {
    let m1 = x0.mean() * (x0.row(1).mean() * DMatrix::identity(3, 4));
    assert_eq!(m1.shape(), (3, 4));
    assert_eq!(m1.shape(), (3, 4));
    (0.01 * x0.norm_squared()).tanh() + x0.sum()
}

#[test]
fn check_f294() {
    passes_at_random_points(294, "f294", |rng| f294::check(&rng.matrix(3, 4)));
}

#[differentiable]
fn f295(x0: DMatrix<f64>, x1: f64, case: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 3, 2.0);
    if x1 - x0.sum() < x1 {
        let c2 = x0.nrows() as f64;
        acc1 = tanh(&acc1) + x0.transpose() * (0.2 * c2).exp();
    }
    let mut acc3: DMatrix<f64> = DMatrix::from_element(2, 2, 1.5);
    if x1 < 0.3 {
        let mut acc4 = (0.5 * x1).sin();
        for (&e5, &e6) in x0.iter().zip(x0.iter().skip(1)) {
            acc4 =
                acc4.sin() + (0.2 * ((0.02 * acc1.transpose().dot(&x0)).tanh() + e5 + e6)).tanh();
        }
        acc3 = tanh(&acc3) + tanh(&(0.02 * (acc4 * DMatrix::identity(2, 2) * acc4)));
    } else {
        let mut acc7: f64 = 0.5;
        match case {
            0 => {
                let s8 = (0.05 * f260(acc7, x1, x1, 4)).tanh();
                acc1 -= x0.transpose() + acc7 * DMatrix::identity(2, 3);
                acc7 /= 1.0 + ((0.5 * (0.5 * x1).tanh()).tan() + s8).powi(2);
            }
            1 | 2 => {
                acc1 *= (0.2 * (x1 + x0[(0, 1)])).sin();
                acc7 *= (0.5 * x1).tanh().tanh();
            }
            _ => {
                acc1 = &acc1 * 0.5
                    + (&acc3 * (acc7 * DMatrix::identity(2, 3))).component_mul(&x0.transpose());
                acc7 *= (0.5 * (1.0 + x1.powi(2)).powf(0.5 * (0.5 * x1).tanh())).sin();
            }
        }
        acc3 -=
            exp(&softmax(&(0.02 * (x0.norm_squared() * DMatrix::identity(2, 2)))).map(|e| e.sin()))
                * acc7.exp();
    }
    let m9: DMatrix<f64> = x1 * DMatrix::identity(2, 3) * &x0;
    (0.05
        * ((0.01 * ((0.05 * (x0.norm() + acc1.mean())).tanh() + acc3.norm_squared())).sin()
            + m9.sum()))
    .sin()
        + (x0.sum() + x1)
}

#[test]
fn check_f295() {
    passes_at_random_points(295, "f295", |rng| {
        f295::check(rng.matrix(3, 2), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f296(x0: DMatrix<f64>, x1: DMatrix<f64>, p: &TwoLayer) -> f64 {
    let v1 = -&p.first.b
        / (1.0 + (0.2 * (p.gain * DMatrix::identity(4, 4)).row_variance().mean()).powi(2));
    let mut w2: DMatrix<f64> = x1.clone();
    for i in 0..w2.nrows() {
        w2[(i, 0)] = 0.5 * (p.gain - (0.5 * p.gain).tanh());
    }
    (0.01
        * ((0.02 * f043(add_bias(&DMatrix::zeros(3, 4), &p.second.b), &p.second.b, p)).tanh()
            + x0.norm_squared()))
    .sin()
        + v1.mean()
        + w2.mean()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f296() {
    passes_at_random_points(296, "f296", |rng| {
        f296::check(
            rng.matrix(4, 4),
            rng.matrix(4, 1),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f297(x0: DVector<f32>, x1: &DMatrix<f32>, x2: f32, n: usize, case: usize) -> DMatrix<f32> {
    let v3 = match case {
        0 => {
            let mut acc1: f32 = 0.0;
            if n > 3 {
                let mut acc2: f32 = 1.0;
                acc2 *= acc1.powi(2).tanh();
                acc2 = acc2.tanh() + x2;
                acc1 -= (0.01
                    * (acc2 * DMatrix::identity(5, 5) + x1.sum() * DMatrix::identity(5, 5))
                        .row_mean()
                        .norm_squared())
                .tanh();
            }
            ln(&(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x2).map(|e| e * e + 0.5))
                * acc1.exp()
        }
        1 | 2 => softmax(&x0).map(|e| e.max(e.sin()) / (2.0 + (e / (2.0 + e.tanh())).tanh())),
        _ => &x0 - DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x2,
    };
    let m4 = x1.component_div(&x1.map(|e| e * e + 0.5));
    tanh(&(0.05 * ((&m4 - x1) * (0.02 * x0.norm_squared()).exp())))
        * (0.2 * x2).exp()
        * (0.01 * v3.norm_squared()).exp()
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f297() {
    passes_at_random_points(297, "f297", |rng| {
        f297::check(rng.vector(3), &rng.matrix(4, 4), rng.scalar(), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f298(x0: DMatrix<f64>, p: &TwoLayer, case: usize) -> DMatrix<f64> {
    let v2 = {
        let m1 = tanh(&(0.5 * &p.second.w));
        p.gain * (DVector::from_column_slice(&[0.25, 1.25]) * m1.row(1).mean())
    };
    let v5 = match case {
        0 => tanh(&p.first.b).map(|e| {
            let t3 = e.min(e.sin());
            (e.powi(2) + 0.5).sqrt() + t3
        }),
        1 | 2 => {
            let mut acc4: DMatrix<f64> = DMatrix::from_element(4, 4, 0.5);
            acc4 /= 2.0 + (0.1 * (p.second.w.sum() - p.gain)).sin();
            tanh(
                &(0.5
                    * (acc4.rows(0, 3).into_owned()
                        * (DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * p.gain))),
            )
        }
        _ => softmax(&p.first.b),
    };
    sigmoid(&(0.05 * (&p.first.w * (0.2 * x0.mean()).exp() * (0.05 * v2.norm_squared()).exp())))
        * (0.02 * v5.norm_squared()).exp()
        + DMatrix::from_element(3, 3, 1.0)
            * (x0.sum()
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f298() {
    passes_at_random_points(298, "f298", |rng| {
        f298::check(
            rng.matrix(5, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f299(x0: &DMatrix<f32>, x1: DMatrix<f32>, n: usize) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::zeros(4, 3);
    for _ in 0..n {
        acc1 /= 2.0 + (2.0 + (0.01 * x1.columns(0, 3).norm_squared()).tanh().sin()).ln().cos();
    }
    let m3 = acc1.map(|e| {
        let t2 = e.powi(3);
        (0.2 * t2).sin()
    });
    m3.columns(2, 1).mean() / (2.0 + m3[(0, 0)].cos()) + x0.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f299() {
    passes_at_random_points(299, "f299", |rng| f299::check(&rng.matrix(4, 3), rng.matrix(4, 3), 2));
}
