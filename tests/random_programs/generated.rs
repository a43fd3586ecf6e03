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
    clippy::redundant_closure_for_method_calls,
    reason = "`m.map(f64::tanh)` is not differentiated: `map` takes a closure"
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

#[differentiable]
fn f000(x0: &DMatrix<f64>, x1: &DVector<f64>, x2: &DMatrix<f64>) -> f64 {
    assert_eq!(x2.shape(), (4, 3));
    let m1 = x2.component_mul(x2)
        / (1.0 + add_bias(&DMatrix::zeros(3, 4), x1).transpose().norm_squared());
    (0.5 * x0.mean()).exp() + m1.mean() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f000() {
    passes_at_random_points(0, "f000", |rng| {
        f000::check(&rng.matrix(3, 4), &rng.vector(3), &rng.matrix(4, 3))
    });
}

#[differentiable]
fn f001(x0: &f64, x1: &DMatrix<f64>, n: usize, case: usize) -> DMatrix<f64> {
    let m6 = match case {
        0 => *x0 * DMatrix::identity(4, 4),
        1 | 2 => {
            let v2 = {
                let s1 = *x0 / (1.0 + (0.2 * x1.sum()).powi(2));
                sigmoid(
                    &(0.05
                        * ((DVector::from_column_slice(&[0.3, -1.0, 0.25]) * *x0)
                            .component_div(&x1.column(0).into_owned().map(|e| 2.0 + e.sin()))
                            * (0.2 * s1).exp())),
                )
            };
            tanh(
                &(0.05
                    * ((*x0 * DMatrix::identity(4, 4)).map(|e| {
                        let t3 = e * (e * 0.5);
                        (1.0 + e.powi(2)).powf(0.5 * (0.5 * e).tanh()) + t3
                    }) * (0.5 * v2.sum()).exp())),
            )
        }
        _ => {
            let mut acc4: f64 = 0.0;
            for _ in 0..n {
                acc4 -= (0.1 * (x0.min(x1.column(0).mean()) + x1.dot(x1))).tanh();
            }
            (acc4 * DMatrix::identity(4, 4)).transpose().map(|e| {
                let t5 = e;
                e + t5
            })
        }
    };
    let s7 = (0.05
        * f000(
            &m6.rows(1, 3).into_owned(),
            &x1.column(0).into_owned(),
            &m6.columns(0, 3).into_owned(),
        ))
    .tanh();
    softmax(&(0.02 * (add_bias(&m6, &m6.column(0).into_owned()) * s7.exp())))
        + DMatrix::from_element(4, 4, 1.0) * (*x0 + x1.sum())
}

#[test]
fn check_f001() {
    passes_at_random_points(1, "f001", |rng| {
        f001::check(&rng.scalar(), &rng.matrix(3, 1), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f002(x0: f64, x1: f64) -> f64 {
    let c1: DMatrix<f64> = DMatrix::from_element(5, 5, 0.4);
    assert_eq!(c1.shape(), (5, 5));
    (0.05
        * f000(
            &(x1 * DMatrix::identity(3, 4)),
            &(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * x0),
            &(x0 * DMatrix::identity(4, 3)),
        ))
    .tanh()
        + (x0 + x1)
}

#[test]
fn check_f002() {
    passes_at_random_points(2, "f002", |rng| f002::check(rng.scalar(), rng.scalar()));
}

#[differentiable]
fn f003(x0: f64, q: &Affine, case: usize) -> f64 {
    let mut acc1 = log_softmax(&q.w);
    match case {
        0 => {
            let c2: DMatrix<f64> = DMatrix::zeros(2, 2);
            acc1 = tanh(&(0.2 * &acc1)) + sigmoid(&(0.5 * &q.w)) * c2.sum().exp();
        }
        1 | 2 => {
            let mut acc3 = acc1.column_mean();
            for _ in 0..q.w.ncols() {
                acc1 -= sigmoid(&(0.2 * (&q.w - &q.w * 0.5)));
                acc3 += (0.02
                    * (ln(&acc1.columns(1, 1).into_owned().map(|e| e * e + 0.5))
                        * (DVector::from_column_slice(&[0.5]) * x0 * x0)))
                    .map(|e| e.tanh());
            }
            acc1 = acc1.map(|e| e.sin())
                + (add_bias(&DMatrix::zeros(5, 2), &q.b) + &q.w) * (0.1 * acc3.mean()).exp();
        }
        _ => {
            let m4 = q.w.component_div(&exp(&(0.2 * &q.w)));
            acc1 *= (0.01
                * ((0.02
                    * mse(
                        &(0.02 * (q.w.sum() * DMatrix::identity(1, 5) * &q.b)).map(|e| e.tanh()),
                        &(DVector::from_column_slice(&[0.25]) * x0)
                            .component_mul(&(DVector::from_column_slice(&[0.75]) * x0)),
                    ))
                .tanh()
                    + m4.norm_squared()))
            .sin()
            .tanh();
        }
    }
    let s5 = (0.5 * x0).cos();
    (0.02 * (s5 * x0 + acc1.sum())).sin() + (x0 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f003() {
    passes_at_random_points(3, "f003", |rng| {
        f003::check(rng.scalar(), &Affine { w: rng.matrix(5, 2), b: rng.vector(5) }, rng.int(0, 3))
    });
}

#[differentiable]
fn f004(x0: &DVector<f64>, x1: &DMatrix<f64>, n: usize) -> f64 {
    let v1 = log_softmax(x0);
    let v2 = if (0.01 * x1.rows(0, 3).norm_squared()).tanh() > v1[1] {
        ln(&sigmoid(&(0.02 * (v1[0] * DMatrix::identity(3, 4) * x1.column(2).into_owned())))
            .map(|e| e * e + 0.5))
    } else {
        add_bias(&DMatrix::zeros(3, 3), x0).column_mean()
    };
    let mut acc3 = (0.05 * x0.norm_squared()).tanh();
    for _ in 0..n {
        assert_eq!(v2.len(), 3);
        acc3 /= 2.0 + (0.5 * (x1.columns(3, 1).sum().powi(2) + 1.0).ln()).cos();
    }
    -acc3 + (x0.sum() + x1.sum())
}

#[test]
fn check_f004() {
    passes_at_random_points(4, "f004", |rng| f004::check(&rng.vector(3), &rng.matrix(4, 4), 3));
}

#[differentiable(wrt(x0))]
fn f005(x0: f64, q: &TwoLayer) -> f64 {
    let m1 = softmax(&tanh(&(0.5 * &q.second.w)));
    let m1 = tanh(&m1) + add_bias(&DMatrix::zeros(5, 4), &q.second.b) * q.first.w.transpose();
    let s2 = q.first.b[0].min((0.5 * q.gain).sin());
    (0.01
        * ((0.05
            * mse(
                &(q.second.w.mean() * DMatrix::identity(1, 4)),
                &q.first.w.rows(1, 1).into_owned(),
            ))
        .sin()
            + x0
            + m1.norm_squared()))
    .tanh()
        + s2
        + (x0 + q.first.w.sum() + q.first.b.sum() + q.second.w.sum() + q.second.b.sum() + q.gain)
}

#[test]
fn check_f005() {
    passes_at_random_points(5, "f005", |rng| {
        f005::check(
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f006(x0: &DMatrix<f64>, x1: &DMatrix<f64>, flag: bool) -> f64 {
    assert_eq!(x1.shape(), (5, 2));
    let m2 = if flag {
        let mut acc1 = tanh(
            &(0.05
                * ((x0.mean() * DMatrix::identity(2, 2)).component_div(&exp(&(0.2 * x0)))
                    - x0 * x0)),
        );
        for _ in 0..x0.nrows() {
            acc1 = &acc1 * 0.5 + softmax(&(0.2 * x0.map(|e| (0.5 * e).exp())));
            acc1 += softmax(&(0.2 * log_softmax(&x0.transpose())));
        }
        softmax(&softmax(&(0.05 * (acc1.row(1).mean() * DMatrix::identity(2, 5) * x1))))
    } else {
        let x1 = tanh(&(0.5 * x1)) + (x0.sum() * DMatrix::identity(5, 2) - x1);
        add_bias(
            &tanh(&(0.02 * (x0[(1, 0)] * DMatrix::identity(2, 5) * &x1))),
            &log_softmax(&x0.column(0).into_owned()),
        )
    };
    let mut acc3: DMatrix<f64> = DMatrix::from_element(5, 2, 0.3);
    acc3 = acc3.map(|e| e.sin())
        + sigmoid(&(0.01 * (m2.norm_squared() * DMatrix::identity(5, 5)))) * x1;
    (0.5 * x0.mean()).exp() + acc3.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f006() {
    passes_at_random_points(6, "f006", |rng| {
        f006::check(&rng.matrix(2, 2), &rng.matrix(5, 2), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f007(x0: f64, x1: &DVector<f64>) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(3);
    for _ in 0..x1.len() {
        let s2 = f002((1.0 + x0.powi(2)).powf(0.5 * (0.5 * x0).tanh()), (0.5 * x0).sin());
        acc1 += tanh(
            &(0.05
                * ((x1 + DVector::from_column_slice(&[1.0, 0.75, -0.5]) * x1.sum())
                    * (0.1 * s2).exp())),
        );
    }
    assert_eq!(acc1.len(), 3);
    (0.05 * f004(&acc1, &(x1[2] * DMatrix::identity(4, 4)), 3)).sin() + (x0 + x1.sum())
}

#[test]
fn check_f007() {
    passes_at_random_points(7, "f007", |rng| f007::check(rng.scalar(), &rng.vector(3)));
}

#[differentiable]
fn f008(x0: f64, x1: DVector<f64>, q: &Affine, n: usize) -> f64 {
    let s1 = x1.dot(&x1) - q.b[0];
    let mut acc2: DVector<f64> = DVector::zeros(1);
    for _ in 0..n {
        let s1 = s1.sin();
        acc2 -= tanh(
            &(0.2
                * -(x0
                    * DMatrix::identity(1, 4)
                    * (DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * s1))),
        );
    }
    let m5 = {
        let s3 = (0.5 * x0).abs();
        let c4: f64 = 0.75;
        tanh(&(0.05 * (exp(&(0.5 * &q.w)) * (0.5 * s3).exp() * c4.exp())))
    };
    (0.1 * s1).exp() + acc2.sum() + m5.norm_squared() + (x0 + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f008() {
    passes_at_random_points(8, "f008", |rng| {
        f008::check(
            rng.scalar(),
            rng.vector(2),
            &Affine { w: rng.matrix(1, 1), b: rng.vector(1) },
            2,
        )
    });
}

#[differentiable]
fn f009(x0: &DMatrix<f32>) -> DMatrix<f32> {
    let c1: DMatrix<f32> = DMatrix::from_element(4, 4, 0.75);
    let mut acc2: DMatrix<f32> = DMatrix::zeros(4, 4);
    acc2 /= 2.0 + (0.5 * x0.column(1).mean()).abs().tanh();
    x0.component_div(&exp(&c1)) + &acc2 + DMatrix::from_element(4, 4, 1.0) * x0.sum()
}

#[test]
fn check_f009() {
    passes_at_random_points(9, "f009", |rng| f009::check(&rng.matrix(4, 4)));
}

#[differentiable]
fn f010(x0: f64, x1: DMatrix<f64>, x2: DVector<f64>, case: usize) -> f64 {
    let mut acc1 =
        (0.05 * f004(&x1.column(1).into_owned(), &(x0 * DMatrix::identity(4, 4)), 3)).sin();
    if acc1 - x0 > 2.0 {
        let mut acc2: DVector<f64> = DVector::zeros(3);
        acc2 *= (0.02
            * mse(&(x0 * DMatrix::identity(2, 3)), &(x2.sum() * DMatrix::identity(2, 3))))
        .tanh()
        .cos();
        acc1 /= 2.0 + ((0.5 * (0.5 * x0).tanh()).tan() + acc2.sum()).cos();
    }
    let mut acc3: DMatrix<f64> = DMatrix::zeros(3, 3);
    match case {
        0 => {
            acc3 /= 2.0 + (0.2 * (0.5 * x0).exp()).cos();
        }
        1 | 2 => {
            let mut acc4 = acc1 + acc1 * acc3.sum();
            acc4 = acc4.sin() + x0 / (2.0 + (0.5 * x1.columns(0, 3).mean()).cos());
            acc3 /= 2.0
                + (0.2
                    * ((0.01
                        * mse(
                            &x1.component_div(&x1.map(|e| e * e + 0.5)),
                            &(&x1 / (2.0 + acc1.tanh())),
                        ))
                    .sin()
                        + acc4))
                    .cos();
        }
        _ => {
            acc3 /= 2.0 + (0.2 * (x0 + x2[1])).cos();
        }
    }
    (0.05 * ((2.0 + acc1.sin()).ln() + x2.norm_squared())).tanh()
        + acc3.mean()
        + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f010() {
    passes_at_random_points(10, "f010", |rng| {
        f010::check(rng.scalar(), rng.matrix(3, 3), rng.vector(3), rng.int(0, 3))
    });
}

#[differentiable]
fn f011(x0: f64, x1: &DVector<f64>, x2: f64, p: &TwoLayer) -> f64 {
    let mut acc1: f64 = 0.0;
    acc1 *= (0.1 * (p.gain / (2.0 + (0.5 * p.gain).tanh()) * (p.gain + x0))).sin();
    let c2: DMatrix<f64> = DMatrix::zeros(2, 4);
    let mut acc3: f64 = 0.0;
    acc3 = acc3.sin() + (1.0 + p.gain.min(x2).powi(2)).powf(0.5 * (0.5 * p.gain).tanh());
    acc3 += (0.05 * f003(p.second.w.variance(), &p.second, 2)).tanh();
    ((0.05 * ((1.0 + p.gain.powi(2)).powf(0.5 * (0.5 * p.gain).tanh()) + x1.norm_squared())).tanh()
        + acc1)
        * c2.mean().exp()
        + acc3
        + (x0
            + x1.sum()
            + x2
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f011() {
    passes_at_random_points(11, "f011", |rng| {
        f011::check(
            rng.scalar(),
            &rng.vector(2),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f012(x0: &DVector<f64>, x1: &f64) -> f64 {
    let s1 = x0[1];
    assert_eq!(x0.len(), 4);
    let s2 = x0[3];
    (0.5 * s2).sin() + *x1 + s1 + (x0.sum() + *x1)
}

#[test]
fn check_f012() {
    passes_at_random_points(12, "f012", |rng| f012::check(&rng.vector(4), &rng.scalar()));
}

#[differentiable]
fn f013(x0: DMatrix<f32>, n: usize, flag: bool) -> DMatrix<f32> {
    let m1 = x0.clone();
    let v2 = relu(&(DVector::from_column_slice(&[0.25, 1.25]) * x0[(0, 3)]));
    let m6 = if n > 3 {
        let mut acc3: DMatrix<f32> = DMatrix::zeros(4, 4);
        for _ in 0..x0.ncols() {
            let mut acc4: DMatrix<f32> = DMatrix::zeros(4, 4);
            acc4 = tanh(&acc4)
                + softmax(
                    &(0.1
                        * (v2[1] * DMatrix::identity(4, 2) * add_bias(&DMatrix::zeros(2, 4), &v2))),
                );
            acc4 -= tanh(
                &(0.5
                    * tanh(
                        &(0.01 * (acc3.columns(0, 3).norm_squared() * DMatrix::identity(4, 4))),
                    )
                    .map(|e| e.exp())),
            );
            acc3 += tanh(
                &(0.2
                    * (sigmoid(
                        &(0.05
                            * (acc4.sum() * DMatrix::identity(4, 3)).component_div(
                                &(x0.sum() * DMatrix::identity(4, 3)).map(|e| e * e + 0.5),
                            )),
                    ) * (acc4.mean() * DMatrix::identity(3, 4)
                        / (2.0 + (0.1 * v2.norm_squared()).cos())))),
            );
        }
        softmax(&(0.05 * f009(&(m1.mean() * DMatrix::identity(4, 4)))))
            / (2.0 + (0.2 * m1.transpose().variance()).tanh())
            + &acc3
    } else if flag {
        let s5 = (0.01 * x0.norm_squared()).tanh() * v2[0];
        add_bias(&m1, &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * s5))
    } else {
        -&m1
    };
    sigmoid(&(0.05 * (x0.component_div(&x0.map(|e| e * e + 0.5)) * (0.2 * v2.mean()).exp())))
        + &m6
        + DMatrix::from_element(4, 4, 1.0) * x0.sum()
}

#[test]
fn check_f013() {
    passes_at_random_points(13, "f013", |rng| {
        f013::check(rng.matrix(4, 4), 4, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f014(x0: &f64, x1: DMatrix<f64>, flag: bool) -> DMatrix<f64> {
    let s4 = if *x0 > 1.25 {
        let s2 = {
            let m1 = ln(&(*x0 * DMatrix::identity(4, 1)).map(|e| 2.0 + e.sin()));
            m1.row(2).sum().max(*x0)
        };
        f007(
            (0.05 * f006(&x1, &(s2 * DMatrix::identity(5, 2)), false)).tanh(),
            &(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * *x0)
                .map(|e| e.max(e * (0.5 * e).tanh())),
        )
    } else {
        let m3 = *x0 * DMatrix::identity(2, 1) * (*x0 * DMatrix::identity(1, 2))
            / (2.0
                + (0.05
                    * f006(
                        &(*x0 * DMatrix::identity(2, 2)),
                        &(*x0 * DMatrix::identity(5, 2)),
                        flag,
                    ))
                .tanh()
                .tanh());
        (0.05
            * (f012(
                &(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x1.sum()
                    + DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * *x0),
                &f007(*x0, &(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * *x0)),
            ) + m3.sum()))
        .sin()
    };
    let m5 = x1[(1, 0)] * DMatrix::identity(4, 1);
    tanh(
        &(0.05
            * ((m5.row(1).mean() * DMatrix::identity(1, 2))
                .component_div(&x1.rows(1, 1).into_owned().map(|e| e * e + 0.5))
                * (0.1 * s4).exp())),
    ) + DMatrix::from_element(1, 2, 1.0) * (*x0 + x1.sum())
}

#[test]
fn check_f014() {
    passes_at_random_points(14, "f014", |rng| {
        f014::check(&rng.scalar(), rng.matrix(2, 2), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f015(x0: &DMatrix<f32>, x1: &DMatrix<f32>, x2: f32) -> f32 {
    let mut acc1 = sigmoid(&(0.5 * x1));
    for _ in 0..x1.nrows() {
        for _ in 0..3_usize {
            acc1 = tanh(&(0.1 * &acc1)) + softmax(&(0.2 * log_softmax(x1)));
        }
        acc1 *= (0.2 * x0.variance()).cos().tanh();
    }
    acc1 = tanh(&(0.5 * &acc1)) + sigmoid(&(0.1 * (x1 * x1)));
    for _ in 0..3_usize {
        let m3 = {
            let m2 = -x1;
            log_softmax(x0) * (0.2 * m2.mean()).exp()
        };
        acc1 /= 2.0 + (0.05 * ((0.2 * x2.max(x1.sum())).powi(3) + m3.mean())).tanh().sin();
    }
    (1.0 + x2.powi(2)).powf(0.5 * (0.5 * x2).tanh()) + acc1.sum() + (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f015() {
    passes_at_random_points(15, "f015", |rng| {
        f015::check(&rng.matrix(2, 2), &rng.matrix(3, 3), rng.scalar())
    });
}

#[differentiable]
fn f016(
    x0: &DVector<f64>,
    x1: &DVector<f64>,
    x2: &DMatrix<f64>,
    q: &TwoLayer,
    case: usize,
    labels: &[usize],
) -> f64 {
    let mut acc1 = &q.second.w * x2 + (&q.second.w - tanh(&(0.5 * &q.second.w)));
    acc1 += exp(&(0.5 * &q.second.w));
    acc1 = acc1.map(|e| e.sin()) + (&q.second.w - q.gain * DMatrix::identity(5, 2));
    let v5 = match case {
        0 => {
            let s2: f64 = (0.5 * (0.5 * (q.gain.powi(2) + 0.5).sqrt()).tanh()).tan();
            relu(&q.second.w.column(0).into_owned()) * s2.exp()
        }
        1 | 2 => -&q.second.b,
        _ => {
            let m4 = {
                let m3: DMatrix<f64> = x2.clone();
                m3.transpose()
            };
            softmax(&q.second.b) * (0.2 * m4.mean()).exp()
        }
    };
    (0.05 * (cross_entropy(x2, labels) + x0.sum() + x1.mean() + acc1.mean())).tanh()
        + v5.mean()
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
fn check_f016() {
    passes_at_random_points(16, "f016", |rng| {
        f016::check(
            &rng.vector(2),
            &rng.vector(2),
            &rng.matrix(2, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
            &[0, 0],
        )
    });
}

#[differentiable(wrt(x0, x1))]
fn f017(x0: DMatrix<f64>, x1: &DMatrix<f64>, x2: DMatrix<f64>, case: usize) -> f64 {
    let mut acc1 = x0[(0, 2)];
    match case {
        0 => {
            acc1 *= (0.05
                * mse(
                    &(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * x0.mean()),
                    &x0.column(2).into_owned(),
                ))
            .tanh()
            .tanh();
        }
        1 | 2 => {
            acc1 *= (0.1 * (x1.columns(0, 2).sum() + x0.mean())).sin();
        }
        _ => {
            let x0 = x0.map(|e| e.sin()) + log_softmax(&(acc1 * DMatrix::identity(3, 3)));
            acc1 -= (0.05 * (x2[(1, 1)] + x2.columns(0, 3).norm() + x0.sum())).tanh();
        }
    }
    let mut acc2: DMatrix<f64> = DMatrix::zeros(3, 3);
    for _ in 0..x2.nrows() {
        for _ in 0..x2.nrows() {
            acc2 = acc2.map(|e| e.sin())
                + sigmoid(
                    &(0.2
                        * (sigmoid(&(0.5 * (acc1 * DMatrix::identity(3, 3))))
                            - exp(&(0.5 * (acc1 * DMatrix::identity(3, 3)))))),
                );
        }
        acc2 -= softmax(&(0.5 * &x0));
    }
    (0.02 * ((2.0 + acc1.sin()).ln() + x1.mean() + acc2.norm_squared())).tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f017() {
    passes_at_random_points(17, "f017", |rng| {
        f017::check(rng.matrix(3, 3), &rng.matrix(3, 3), rng.matrix(3, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f018(x0: &DMatrix<f64>, x1: DMatrix<f64>, n: usize) -> f64 {
    let c1: DVector<f64> = DVector::zeros(1);
    let m2 = ln(&exp(&(0.2 * (x0.mean() * DMatrix::identity(5, 1)))));
    let mut acc3 = m2.column(0).into_owned();
    for _ in 0..n {
        let mut acc4 = add_bias(&DMatrix::zeros(5, 2), &acc3).column_variance();
        for _ in 0..c1.len() {
            acc4 += DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75, 0.4]) * c1.norm_squared()
                / (1.0
                    + (0.01
                        * (m2.columns(0, 1).norm_squared() * DMatrix::identity(1, 5))
                            .row_sum()
                            .norm_squared())
                    .sin()
                    .powi(2));
        }
        acc3 *= (0.05 * ((x0.sum().powi(2) + 1.0).ln() + acc4.mean())).tanh().tanh();
    }
    (c1.mean().powi(2) + 1.0).ln() + x1.mean() + acc3.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f018() {
    passes_at_random_points(18, "f018", |rng| f018::check(&rng.matrix(2, 1), rng.matrix(5, 5), 2));
}

#[differentiable]
fn f019(x0: &DVector<f64>, n: usize) -> DVector<f64> {
    let x0 = x0.map(|e| e.sin()) + ln(&x0.map(|e| 2.0 + e.sin()));
    let s1 = f010(
        x0[0],
        (x0[0] * DMatrix::identity(3, 3)).map(|e| f002(e - e * 0.5, e - (0.5 * e).tanh())),
        (0.05
            * (x0[0]
                * DMatrix::identity(3, 4)
                * (DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x0.sum())))
        .map(|e| e.tanh()),
        1,
    );
    let mut acc2: f64 = 0.5;
    for _ in 0..n {
        let v3 = tanh(&(0.1 * (DVector::from_column_slice(&[-0.5, 0.3]) * s1)));
        acc2 = acc2 * 0.5 + (0.05 * (x0.norm_squared() + v3.mean())).tanh();
    }
    &x0 * (0.2 * acc2).exp() + DVector::from_element(2, 1.0) * x0.sum()
}

#[test]
fn check_f019() {
    passes_at_random_points(19, "f019", |rng| f019::check(&rng.vector(2), 4));
}

#[differentiable]
fn f020(x0: &f64, x1: &DMatrix<f64>, flag: bool) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 2, 1.5);
    acc1 /= 2.0 + (0.5 * *x0).tanh().sin();
    acc1 -= x1.transpose();
    let m2 = add_bias(
        &(*x0 * DMatrix::identity(2, 1) * (*x0 * DMatrix::identity(1, 2))),
        &x1.column(1).into_owned(),
    );
    let m3 = if flag {
        acc1 -= tanh(&(0.05 * x1.component_mul(&m2)));
        sigmoid(&(0.1 * add_bias(&m2, &(DVector::from_column_slice(&[-0.25, 1.0]) * *x0))))
    } else {
        (*x0 * DMatrix::identity(2, 2))
            .map(|e| (0.5 * (0.5 * e).tanh()).tan() - e / (1.0 + (0.5 * e).powi(2)))
            .component_div(&exp(&(0.05 * add_bias(&m2, &x1.column(0).into_owned()))))
    };
    (0.05
        * ((0.05 * f006(&m2, &(*x0 * DMatrix::identity(5, 2)), true)).tanh()
            + acc1.mean()
            + m3.sum()))
    .tanh()
        + (*x0 + x1.sum())
}

#[test]
fn check_f020() {
    passes_at_random_points(20, "f020", |rng| {
        f020::check(&rng.scalar(), &rng.matrix(2, 2), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f021(x0: &DMatrix<f32>, flag: bool) -> DMatrix<f32> {
    let m3 = if flag {
        add_bias(
            &(x0 * x0.rows(0, 2).mean()),
            &(sigmoid(&(0.01 * (x0.norm_squared() * DMatrix::identity(4, 4))))
                * (DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * x0.row(1).norm())),
        )
    } else {
        let m2 = {
            let s1 = (2.0 + x0.column(0).norm().sin()).ln();
            assert_eq!(x0.shape(), (4, 3));
            x0 * (0.5 * s1).exp()
        };
        exp(&tanh(&(0.05 * x0.component_mul(&m2))))
    };
    let x0 = x0 * 0.5
        + softmax(
            &(0.02
                * (m3[(1, 2)] * DMatrix::identity(4, 3))
                    .component_div(&(x0.mean() * DMatrix::identity(4, 3)).map(|e| e * e + 0.5))),
        );
    let m5 = {
        let m4 = sigmoid(&(0.01 * (m3.columns(0, 3).norm_squared() * DMatrix::identity(3, 2))))
            + sigmoid(&(0.01 * (m3.norm_squared() * DMatrix::identity(3, 2))));
        x0.transpose().transpose() * (0.02 * m4.norm_squared()).exp()
    };
    tanh(&(0.05 * (&x0 * (m5.mean() * DMatrix::identity(3, 3)))))
        + DMatrix::from_element(4, 3, 1.0) * x0.sum()
}

#[test]
fn check_f021() {
    passes_at_random_points(21, "f021", |rng| f021::check(&rng.matrix(4, 3), rng.uniform() < 0.5));
}

#[differentiable]
fn f022(x0: &DMatrix<f64>, x1: &f64) -> DVector<f64> {
    let mut acc1 = -x0.column(3).into_owned();
    for _ in 0..x0.ncols() {
        let c2 = x0.nrows() as f64;
        acc1 += softmax(&(0.5 * (DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * c2)));
    }
    let mut acc3 = (0.05 * f004(&(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * *x1), x0, 3))
        .tanh()
        * log_softmax(&(0.2 * &acc1));
    if (0.5 * *x1).cos() > 2.0 {
        acc1 += &acc3;
        acc3 /= 2.0 + (0.5 * *x1).tanh();
    }
    assert_eq!(x0.shape(), (4, 4));
    &acc1 + &acc3 + DVector::from_element(4, 1.0) * (x0.sum() + *x1)
}

#[test]
fn check_f022() {
    passes_at_random_points(22, "f022", |rng| f022::check(&rng.matrix(4, 4), &rng.scalar()));
}

#[differentiable]
fn f023(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut acc1 = (0.02
        * (x2 * DMatrix::identity(3, 3))
            .component_div(&(x0 * DMatrix::identity(3, 3)).map(|e| 2.0 + e.sin()))
            .variance())
    .tanh();
    if (1.0 + x2.powi(2)).powf(0.5 * (0.5 * x2).tanh()) < x1 {
        acc1 = acc1.sin() + (0.5 * (x1.powi(2) + 1.0).ln()).abs();
        acc1 /= 2.0 + (0.5 * x0).tanh().tanh();
    } else {
        acc1 = acc1 * 0.5 + (0.5 * (1.0 + x1.powi(2)).powf(0.5 * (0.5 * x1).tanh())).powi(3);
    }
    let s3 = {
        let s2 = (acc1 + x0).max((x1 * DMatrix::identity(2, 1)).sum());
        x1 / (2.0 + (0.2 * acc1).cos()) + s2
    };
    (0.01 * (acc1 * DMatrix::identity(3, 3)).row_variance().norm_squared()).tanh()
        + s3
        + (x0 + x1 + x2)
}

#[test]
fn check_f023() {
    passes_at_random_points(23, "f023", |rng| {
        f023::check(rng.scalar(), rng.scalar(), rng.scalar())
    });
}

#[differentiable]
fn f024(x0: f64, x1: f64, p: &Affine) -> DVector<f64> {
    assert_eq!(p.w.shape(), (5, 2));
    assert_eq!(p.w.shape(), (5, 2));
    tanh(&(0.05 * (log_softmax(&p.b) * (0.2 * x0).exp()))) * (0.2 * x1).exp()
        + DVector::from_element(5, 1.0) * (x0 + x1 + p.w.sum() + p.b.sum())
}

#[test]
fn check_f024() {
    passes_at_random_points(24, "f024", |rng| {
        f024::check(rng.scalar(), rng.scalar(), &Affine { w: rng.matrix(5, 2), b: rng.vector(5) })
    });
}

#[differentiable]
fn f025(x0: f32, n: usize, case: usize) -> f32 {
    let s2 = if n > 2 {
        let mut acc1 = x0 * DMatrix::identity(4, 4) * (x0 * DMatrix::identity(4, 4));
        if (0.01 * mse(&acc1.transpose(), &acc1)).tanh() < x0 {
            acc1 += x0 * DMatrix::identity(4, 4) + (x0 * DMatrix::identity(4, 4)).map(|e| e.sin());
        } else {
            acc1 *= (0.5 * x0.min((0.5 * x0).tanh())).tanh();
            acc1 -= x0 * DMatrix::identity(4, 4) * (x0 * DMatrix::identity(4, 4));
        }
        x0.max(cross_entropy(&tanh(&(0.05 * &acc1)), &[2, 0, 0, 3]))
    } else if x0 * (0.5 * x0).tanh() > x0 {
        (0.05 * (x0 * DMatrix::identity(4, 4)).row_mean().norm_squared()).sin()
    } else {
        (x0 * DMatrix::identity(4, 4)).norm()
    };
    let s4 = match case {
        0 => (x0.powi(2) + 0.5).sqrt(),
        1 | 2 => {
            let mut acc3 = (0.01 * (s2 * DMatrix::identity(4, 4)).row_variance().sum()).tanh();
            for _ in 0..3_usize {
                acc3 *= (0.01
                    * mse(
                        &(x0 * DMatrix::identity(4, 4) * (x0 * DMatrix::identity(4, 4))),
                        &softmax(&(0.01 * (s2 * (s2 * DMatrix::identity(4, 4))))),
                    ))
                .tanh()
                .sin();
            }
            (0.05 * f015(&(acc3 * DMatrix::identity(2, 2)), &(s2 * DMatrix::identity(3, 3)), s2))
                .tanh()
        }
        _ => (0.01 * (s2 * DMatrix::identity(4, 4)).row_variance().variance()).tanh().powi(2),
    };
    let mut acc5 = (s2.powi(2) + 1.0).ln();
    match case {
        0 => {
            acc5 -= (0.02 * ((0.2 * s2).powi(3) * (s4 - x0))).tanh();
        }
        1 | 2 => {
            let mut acc6: f32 = 1.0;
            match case {
                0 => {
                    acc6 -= (x0.powi(2) + 0.5).sqrt();
                    acc6 += -s2;
                }
                1 | 2 => {
                    acc5 = acc5 * 0.5 + (s2 - x0);
                    acc6 += cross_entropy(&(s4 * DMatrix::identity(4, 4)), &[1, 2, 1, 0]);
                }
                _ => {
                    acc6 += (0.05
                        * f015(
                            &ln(&exp(&(0.2 * (acc5 * DMatrix::identity(2, 2))))),
                            &tanh(&(0.05 * (s2 * DMatrix::identity(3, 3) * x0))),
                            (0.05
                                * f015(
                                    &(s2 * DMatrix::identity(2, 2)),
                                    &(s4 * DMatrix::identity(3, 3)),
                                    s2,
                                ))
                            .tanh(),
                        ))
                    .tanh();
                }
            }
            acc5 *= (0.1 * acc6.min(x0)).sin();
        }
        _ => {
            acc5 = (0.2 * acc5).tanh() + ((s2.powi(2) + 1.0).ln().powi(2) + 0.5).sqrt();
        }
    }
    (0.05 * ((0.5 * (0.5 * x0).tanh()).tan() + s4 + acc5)).tanh() + x0
}

#[test]
fn check_f025() {
    passes_at_random_points(25, "f025", |rng| f025::check(rng.scalar(), 4, rng.int(0, 3)));
}

#[differentiable]
fn f026(x0: &f32, n: usize) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::zeros(4, 2);
    for _ in 0..2_usize {
        acc1 = &acc1 * 0.5 + tanh(&(0.2 * exp(&(0.5 * (*x0 * DMatrix::identity(4, 2))))));
    }
    let m3 = {
        let s2 = acc1.sum();
        for _ in 0..n {
            acc1 -= tanh(&(0.1 * (*x0 * DMatrix::identity(4, 2) * s2)));
        }
        softmax(&(0.5 * &acc1))
    };
    let x0 = x0.sin() + (*x0 + (0.5 * *x0).tanh());
    x0 + m3.sum() + x0
}

#[test]
fn check_f026() {
    passes_at_random_points(26, "f026", |rng| f026::check(&rng.scalar(), 4));
}

#[differentiable]
fn f027(x0: f64, x1: &DVector<f64>, p: Affine, case: usize) -> f64 {
    let m1 = softmax(&(x0 * DMatrix::identity(5, 3)))
        * p.w.rows(2, 3).into_owned().component_mul(&(x0 * DMatrix::identity(3, 2)));
    let v2 = tanh(&(0.05 * ((x0 * DMatrix::identity(2, 3)).row_sum().sum() * &p.b)));
    let m4 = if x0 < 1.5 {
        sigmoid(
            &(0.01
                * ((x0 * DMatrix::identity(5, 4)).map(|e| {
                    let t3 = f002(e, e);
                    e / (2.0 + (0.5 * e).sin()) + t3
                }) * log_softmax(&(x0 * DMatrix::identity(4, 2))))),
        )
    } else {
        &p.w - &m1
    };
    (0.01
        * ((0.02 * ((0.05 * f003(x0, &p, case)).tanh() + x1.mean() + m1.sum())).tanh()
            + v2.sum()
            + m4.norm_squared()))
    .sin()
        + (x0 + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f027() {
    passes_at_random_points(27, "f027", |rng| {
        f027::check(
            rng.scalar(),
            &rng.vector(3),
            Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f028(x0: &DMatrix<f64>, x1: f64, x2: &DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(2, 5);
    acc1 *= (0.1 * (cross_entropy(x0, &[0, 0, 1, 1, 0]) + (x1.powi(2) + 0.5).sqrt())).tanh();
    let mut acc2: f64 = 1.0;
    if acc1[(1, 3)] - x1 > acc2 {
        assert_eq!(x2.shape(), (5, 5));
        acc2 *= (0.5 * x2.mean()).tanh();
    }
    (0.01 * (x1 * acc2 + x2.norm_squared())).tanh() + (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f028() {
    passes_at_random_points(28, "f028", |rng| {
        f028::check(&rng.matrix(2, 5), rng.scalar(), &rng.matrix(5, 5))
    });
}

#[differentiable(wrt(x0))]
fn f029(x0: DMatrix<f64>, x1: f64, p: TwoLayer, case: usize) -> f64 {
    let mut acc1 = (0.5 * p.gain).exp();
    acc1 /= 2.0 + (0.5 * (p.gain.powi(2) + 0.5).sqrt()).tanh();
    acc1 -= (0.02
        * f016(
            &p.second.w.rows(2, 2).into_owned().column_sum(),
            &x0.column_variance(),
            &(&x0 * &x0),
            &p,
            case,
            &[0, 0],
        ))
    .tanh();
    let s4 = match case {
        0 => ((0.05 * f003(p.gain, &p.second, case)).sin().powi(2) + 1.0).ln(),
        1 | 2 => {
            let m3 = &x0
                - x0.map(|e| {
                    let t2 = e * e.sin();
                    (e.powi(2) + 1.0).ln() + t2
                });
            (0.01 * (acc1 - p.gain + x1 / (1.0 + (0.2 * acc1).powi(2)) + m3.norm_squared())).tanh()
        }
        _ => x0.norm(),
    };
    (0.5 * (0.5 * p.gain).tanh()).tan()
        + x1
        + acc1
        + s4
        + (x0.sum()
            + x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f029() {
    passes_at_random_points(29, "f029", |rng| {
        f029::check(
            rng.matrix(2, 2),
            rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f030(x0: f64, flag: bool) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(3, 3, 1.5);
    for _ in 0..3_usize {
        acc1 = acc1.map(|e| e.sin())
            + sigmoid(&(0.2 * (x0 * DMatrix::identity(3, 3) + x0 * DMatrix::identity(3, 3) * 0.5)));
    }
    if flag {
        let s2 = (x0 - (0.5 * x0).tanh()).min((0.05 * acc1.transpose().variance()).sin());
        acc1 += ln(&(x0 * DMatrix::identity(3, 3)).map(|e| e * e + 0.5)) * (0.2 * s2).exp();
    } else if acc1[(0, 0)] > x0 {
        acc1 -= tanh(
            &(0.02 * (x0 * DMatrix::identity(3, 5) * log_softmax(&(x0 * DMatrix::identity(5, 3))))),
        );
        acc1 -= tanh(&(0.5 * (x0 * DMatrix::identity(3, 5)))) * -(x0 * DMatrix::identity(5, 3));
    } else {
        let c3: DMatrix<f64> = DMatrix::zeros(2, 5);
        acc1 =
            acc1.map(|e| e.sin()) + exp(&(0.5 * (x0 * DMatrix::identity(3, 3)))) * c3.sum().exp();
    }
    (0.02 * ((x0.powi(2) + 0.5).sqrt() + acc1.sum())).sin() + x0
}

#[test]
fn check_f030() {
    passes_at_random_points(30, "f030", |rng| f030::check(rng.scalar(), rng.uniform() < 0.5));
}

#[differentiable]
fn f031(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let mut acc1 = (0.02
        * mse(
            &(x1.column(0).into_owned() - x0.column(1).into_owned()),
            &(0.05 * (DVector::from_column_slice(&[0.25, 1.25]) * x1.norm_squared()))
                .map(|e| e.tanh())
                .map(|e| e - e.tanh()),
        ))
    .tanh();
    for _ in 0..x1.ncols() {
        let mut acc2 = x0.variance();
        for _ in 0..x1.ncols() {
            let m4 = {
                let m3 = acc1 * DMatrix::identity(3, 2);
                (x1 + x0) * (0.01 * m3.norm_squared()).exp()
            };
            acc1 -= (0.5 * x0.mean()).sin();
            acc2 *= (0.5 * cross_entropy(&tanh(&(0.02 * (&m4 * x1))), &[1, 1])).sin();
        }
        assert_eq!(x1.shape(), (2, 2));
        acc1 += (0.1
            * ((0.05 * x1.norm_squared()).tanh().powi(2)
                * acc2.max((0.05 * x0.norm_squared()).tanh())))
        .tanh();
    }
    let mut acc5 = add_bias(&x0.transpose(), &x1.column(1).into_owned());
    acc5 += x0;
    assert_eq!(x0.shape(), (2, 2));
    (acc1 * DMatrix::identity(2, 3) - (acc1 * DMatrix::identity(2, 3)).map(|e| e.sin()))
        * (0.05 * acc5.sum()).exp()
        + DMatrix::from_element(2, 3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f031() {
    passes_at_random_points(31, "f031", |rng| f031::check(&rng.matrix(2, 2), &rng.matrix(2, 2)));
}

#[differentiable]
fn f032(x0: &DMatrix<f32>, q: &TwoLayer32) -> f32 {
    let mut acc1: f32 = 1.0;
    for _ in 0..q.first.b.len() {
        for _ in 0..q.second.b.len() {
            let m2 = x0.map(|e| e - (0.5 * e).tanh());
            acc1 += (0.01
                * ((q.gain.powi(2) + 0.5).sqrt().max((0.5 * q.gain).sin()) + m2.norm_squared()))
            .sin();
        }
        acc1 = acc1 * 0.5 + (0.1 * q.first.b.norm_squared()).tanh();
    }
    let x0 = x0.map(|e| e.sin()) + softmax(&(0.05 * (x0 * (acc1 * DMatrix::identity(5, 5)))));
    q.gain * acc1
        + x0.sum()
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f032() {
    passes_at_random_points(32, "f032", |rng| {
        f032::check(
            &rng.matrix(4, 5),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f033(x0: f64, x1: f64, x2: &DMatrix<f64>, flag: bool, case: usize) -> f64 {
    let s1: f64 = x1;
    let m4 = match case {
        0 => {
            let s3 = {
                let s2: f64 = (0.05
                    * f000(
                        &(s1 * DMatrix::identity(3, 4)),
                        &(DVector::from_column_slice(&[0.3, -1.0, 0.25]) * s1),
                        &(x1 * DMatrix::identity(4, 3)),
                    ))
                .sin();
                s2 + x1
            };
            tanh(
                &(0.05
                    * ((x1 * DMatrix::identity(2, 4))
                        .component_div(&(s1 * DMatrix::identity(2, 4)).map(|e| e * e + 0.5))
                        * (0.2 * s3).exp())),
            )
        }
        1 | 2 => s1 * DMatrix::identity(2, 2) * (s1 * DMatrix::identity(2, 4)),
        _ => relu(&(x1 * DMatrix::identity(2, 4))),
    };
    let m5 = if flag {
        (x0 * DMatrix::identity(4, 4) * (x1 * DMatrix::identity(4, 2))).transpose()
    } else {
        log_softmax(&(0.2 * (&m4 + m4.map(|e| e.sin()))))
    };
    (0.01
        * ((0.01
            * ((0.05
                * f017(
                    x0 * DMatrix::identity(3, 3),
                    &(x1 * DMatrix::identity(3, 3)),
                    DMatrix::from_element(3, 3, 0.75),
                    case,
                ))
            .tanh()
                + x2.mean()
                + s1
                + m4.norm_squared()))
        .tanh()
            + m5.norm_squared()))
    .tanh()
        + (x0 + x1 + x2.sum())
}

#[test]
fn check_f033() {
    passes_at_random_points(33, "f033", |rng| {
        f033::check(
            rng.scalar(),
            rng.scalar(),
            &rng.matrix(3, 2),
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f034(x0: DMatrix<f64>, x1: &DMatrix<f64>, p: &TwoLayer) -> DMatrix<f64> {
    let m2 = {
        let s1 = p.gain - p.second.w.mean();
        (&p.second.w + p.second.w.map(|e| e.sin())) * (0.1 * s1).exp()
    };
    let x0 = tanh(&(0.5 * &x0)) + x0.map(|e| (e.powi(2) + 1.0).ln());
    (sigmoid(&(0.5 * &x0)) + x1) * (0.01 * m2.norm_squared()).exp()
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
fn check_f034() {
    passes_at_random_points(34, "f034", |rng| {
        f034::check(
            rng.matrix(2, 2),
            &rng.matrix(2, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f035(x0: DMatrix<f64>, x1: f64) -> DMatrix<f64> {
    let m1 = tanh(
        &(0.05 * (&x0 * x0.rows(0, 3).into_owned() + add_bias(&x0, &x0.column(2).into_owned()))),
    );
    let m3 = add_bias(
        &(x1 * DMatrix::identity(3, 3)).map(|e| {
            let t2 = e;
            (0.5 * t2).tanh()
        }),
        &(DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x1).component_div(
            &(DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x1).map(|e| e * e + 0.5),
        ),
    );
    let m4 = log_softmax(&(0.2 * &m3));
    softmax(
        &(0.02
            * (add_bias(
                &(x1 * DMatrix::identity(4, 5)),
                &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * x1),
            ) * m1.mean().exp()
                * (0.05 * m4.sum()).exp())),
    ) + DMatrix::from_element(4, 5, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f035() {
    passes_at_random_points(35, "f035", |rng| f035::check(rng.matrix(5, 3), rng.scalar()));
}

#[differentiable(wrt(x0))]
fn f036(x0: DMatrix<f64>, x1: f64, flag: bool) -> DMatrix<f64> {
    let mut acc1 = add_bias(
        &tanh(&(0.5 * &x0)),
        &(0.02 * (DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x0.norm_squared()))
            .map(|e| e.tanh()),
    );
    if flag {
        acc1 /= 2.0 + (0.2 * (x1 * DMatrix::identity(3, 3)).row_mean().variance()).sin();
    } else if x1 < 2.0 {
        let x0 = &x0 * 0.5 + tanh(&(0.5 * (x1 * DMatrix::identity(3, 2))));
        acc1 += &x0;
    } else {
        acc1 /= 2.0 + (0.5 * x1.max((2.0 + x1.sin()).ln())).cos();
    }
    for i in 0..x0.ncols() {
        acc1 = acc1.map(|e| e.sin())
            + tanh(
                &(0.02
                    * (add_bias(&(x1 * DMatrix::identity(3, 3)), &x0.column(i).into_owned())
                        * exp(&(0.5 * &x0)))),
            );
    }
    let s2 = (x1 / (1.0 + x0.norm_squared())).max(x1.max(x0.mean()));
    ln(&acc1.map(|e| 2.0 + e.sin())) * (0.2 * s2).exp()
        + DMatrix::from_element(3, 2, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f036() {
    passes_at_random_points(36, "f036", |rng| {
        f036::check(rng.matrix(3, 2), rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f037(x0: DVector<f64>, x1: &DMatrix<f64>) -> DVector<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(1, 1);
    if acc1.mean() < 0.5 {
        acc1 = &acc1 * 0.5
            + (tanh(&(0.05 * (x1 * x1.norm_squared())))
                - (x1 + x1.row(0).sum() * DMatrix::identity(1, 1)));
    } else if x1.norm_squared() > 0.25 {
        acc1 -= tanh(
            &(0.02
                * (x0.mean() * DMatrix::identity(1, 3) / (2.0 + (0.5 * x0[2]).tanh())
                    * (x0[0] * DMatrix::identity(3, 1))
                        .component_mul(&add_bias(&DMatrix::zeros(3, 1), &x0)))),
        );
    } else {
        acc1 -= log_softmax(x1);
    }
    let c2 = x0.len() as f64;
    let mut acc3 = tanh(&(0.5 * (c2 * DMatrix::identity(3, 4)))).mean();
    for i in 0..x1.nrows() {
        let mut acc4: DVector<f64> = DVector::zeros(3);
        for _ in 0..2_usize {
            acc1 += sigmoid(&(0.5 * x1.map(|e| e / (2.0 + (0.5 * e).tanh()))));
            acc4 = acc4.map(|e| e.sin()) + (0.05 * exp(&x0)).map(|e| e.tanh());
        }
        let mut acc5 = (acc3 * DMatrix::identity(4, 1)).row_mean().norm_squared();
        if acc5 < acc3 {
            acc3 += (0.05
                * f006(
                    &tanh(&(0.2 * (acc5 * DMatrix::identity(2, 2)))),
                    &tanh(
                        &(0.01
                            * (acc5 * DMatrix::identity(5, 3) * (acc5 * DMatrix::identity(3, 2)))),
                    ),
                    true,
                ))
            .tanh();
            acc5 = acc5 * 0.5 + (0.05 * (c2 / (2.0 + (0.5 * c2).sin()) * acc1.sum())).tanh();
        } else {
            let s6 = x1[(i, 0)];
            acc5 = acc5.sin() + (0.5 * ((0.5 * (2.0 + c2.sin()).ln().tanh()).tan() + s6)).tanh();
        }
        acc1 -= softmax(&(0.5 * x1));
        acc3 = acc3 * 0.5 + (0.1 * (x1.row(0).norm() + acc4.sum() + acc5)).tanh();
    }
    tanh(
        &(0.02
            * (acc3
                * DMatrix::identity(3, 4)
                * (DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * acc3)
                * (0.1 * acc1.sum()).exp())),
    ) + DVector::from_element(3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f037() {
    passes_at_random_points(37, "f037", |rng| f037::check(rng.vector(3), &rng.matrix(1, 1)));
}

#[differentiable]
fn f038(x0: f64, x1: &DMatrix<f64>) -> f64 {
    let x0 = x0 * 0.5 + x0;
    let c1: DMatrix<f64> = DMatrix::from_element(4, 4, 0.25);
    (0.01 * (f030(x0, true) + x1.norm_squared())).tanh() * c1.norm_squared().exp() + (x0 + x1.sum())
}

#[test]
fn check_f038() {
    passes_at_random_points(38, "f038", |rng| f038::check(rng.scalar(), &rng.matrix(4, 4)));
}

#[differentiable]
fn f039(x0: &DMatrix<f32>) -> f32 {
    let m1 = x0.component_mul(x0);
    let c2: DVector<f32> = DVector::zeros(3);
    (0.05 * (m1.row(0).mean() * c2.mean().exp())).sin() + x0.sum()
}

#[test]
fn check_f039() {
    passes_at_random_points(39, "f039", |rng| f039::check(&rng.matrix(2, 3)));
}

#[differentiable(wrt(x0))]
fn f040(x0: &DMatrix<f32>, x1: &DMatrix<f32>, q: &TwoLayer32) -> f32 {
    assert_eq!(q.second.b.len(), 5);
    let v1: DVector<f32> = relu(&q.second.b);
    (0.05 * (q.gain - (0.02 * q.second.w.rows(0, 3).norm_squared()).tanh() + x0.sum() + x1.sum()))
        .tanh()
        + v1.mean()
        + (x0.sum()
            + x1.sum()
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
            &rng.matrix(3, 3),
            &rng.matrix(5, 5),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f041(x0: &DVector<f64>, q: &Affine) -> f64 {
    let v1 = q.b.clone();
    let v3 = {
        let v2 = v1.add_scalar(q.b.mean());
        x0 * (0.1 * v2.mean()).exp()
    };
    let mut acc4 = &v1 - &q.b;
    for _ in 0..3_usize {
        acc4 = &acc4 * 0.5 + (0.5 * q.w.column(0).into_owned()).map(|e| e.tanh());
    }
    (0.01 * (q.w.norm_squared() / (1.0 + (0.2 * acc4.sum()).powi(2)) + v3.norm_squared())).sin()
        + (x0.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f041() {
    passes_at_random_points(41, "f041", |rng| {
        f041::check(&rng.vector(4), &Affine { w: rng.matrix(1, 1), b: rng.vector(1) })
    });
}

#[differentiable]
fn f042(x0: &f64, x1: &DMatrix<f64>) -> f64 {
    let mut acc1 =
        softmax(&(0.05 * (*x0 * DMatrix::identity(2, 5) * (*x0 * DMatrix::identity(5, 2)))))
            * (*x0 * DMatrix::identity(2, 2)).column_sum();
    for _ in 0..x1.nrows() {
        acc1 /= 2.0 + (0.2 * (0.5 * *x0).exp()).cos();
    }
    acc1 = (0.1 * &acc1).map(|e| e.tanh())
        + (0.05 * exp(&(DVector::from_column_slice(&[-0.25, 1.0]) * *x0))).map(|e| e.tanh());
    let x0 = x0.sin();
    x0.min(x0 * 0.5) + acc1.norm_squared() + (x0 + x1.sum())
}

#[test]
fn check_f042() {
    passes_at_random_points(42, "f042", |rng| f042::check(&rng.scalar(), &rng.matrix(5, 5)));
}

#[differentiable]
fn f043(x0: DMatrix<f64>) -> DMatrix<f64> {
    let m3 = {
        let m1 = softmax(&(x0[(2, 0)] * DMatrix::identity(2, 2)));
        let mut acc2 = add_bias(&x0.component_div(&exp(&(0.2 * &x0))), &x0.column(0).into_owned());
        for _ in 0..x0.nrows() {
            acc2 *= m1[(1, 0)].cos();
        }
        acc2.map(|e| (0.1 * e).abs() + f030(e, false))
    };
    let mut acc4: DMatrix<f64> = DMatrix::zeros(3, 2);
    for _ in 0..2_usize {
        acc4 -= sigmoid(&(0.2 * log_softmax(&x0)));
    }
    -&x0 + &m3 + &acc4 + DMatrix::from_element(3, 2, 1.0) * x0.sum()
}

#[test]
fn check_f043() {
    passes_at_random_points(43, "f043", |rng| f043::check(rng.matrix(3, 2)));
}

#[differentiable]
fn f044(x0: &DMatrix<f64>, x1: &DVector<f64>, case: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(4, 3);
    acc1 = &acc1 * 0.5
        + (x0 - x1[0] * DMatrix::identity(4, 3)).component_div(&exp(&tanh(&(0.5 * x0))));
    acc1 += x0.columns(1, 2).mean() * DMatrix::identity(4, 2) * add_bias(&DMatrix::zeros(2, 3), x1);
    let c2 = x0.ncols() as f64;
    match case {
        0 => {
            acc1 *= (-(0.05
                * f017(
                    c2 * DMatrix::identity(3, 3),
                    &(x0.mean() * DMatrix::identity(3, 3)),
                    DMatrix::from_element(3, 3, 0.75),
                    case,
                ))
            .tanh())
            .sin();
        }
        1 | 2 => {
            let m3 = if (0.01 * x0.norm_squared()).tanh() < c2 {
                c2 * DMatrix::identity(4, 4) * (c2 * DMatrix::identity(4, 3))
            } else {
                tanh(
                    &(0.05
                        * ((c2 * DMatrix::identity(4, 4)
                            + (c2 * DMatrix::identity(4, 4)).map(|e| e.sin()))
                            * exp(&tanh(&(0.05 * &acc1))))),
                )
            };
            acc1 = acc1.map(|e| e.sin())
                + tanh(&(0.02 * (m3.sum() * DMatrix::identity(3, 4)))).transpose();
        }
        _ => {
            let m4 = softmax(&(0.05 * &acc1)) - x0;
            acc1 = acc1.map(|e| e.sin())
                + m4.component_div(&(c2 * DMatrix::identity(4, 3)).map(|e| e * e + 0.5));
        }
    }
    (0.01 * (-c2 + acc1.sum())).sin() + (x0.sum() + x1.sum())
}

#[test]
fn check_f044() {
    passes_at_random_points(44, "f044", |rng| {
        f044::check(&rng.matrix(4, 3), &rng.vector(2), rng.int(0, 3))
    });
}

#[differentiable]
fn f045(x0: &DMatrix<f64>, x1: &DMatrix<f64>, flag: bool) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(5, 3, 0.4);
    for i in 0..2_usize {
        for _ in 0..x1.nrows() {
            acc1 += tanh(&(0.1 * (exp(&(0.5 * x1)) * tanh(&(0.05 * (x1 * x0))))));
            acc1 -= softmax(&(0.2 * (x0 * (0.5 * x0.columns(0, 1).mean()).abs())));
        }
        let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 5, 0.4);
        if (0.05
            * f006(
                &softmax(&(0.01 * (acc1.row(0).norm_squared() * DMatrix::identity(2, 2)))),
                &tanh(&(0.05 * (acc1.columns(0, 2).norm() * DMatrix::identity(5, 2)))),
                flag,
            ))
        .tanh()
            < acc1[(i, i)]
        {
            acc2 = acc2.map(|e| e.sin()) + (x0[(i, 1)] * DMatrix::identity(4, 5)).map(|e| e.sin());
        } else {
            let s3 = (0.02 * (x1.rows(0, 5).sum() * acc2.norm_squared())).tanh()
                * (x1.columns(1, 2).norm() - (0.02 * x0.columns(0, 2).norm_squared()).sin());
            acc2 = tanh(&acc2)
                + softmax(&ln(
                    &sigmoid(&(0.1 * (s3 * DMatrix::identity(4, 5)))).map(|e| e * e + 0.5)
                ));
        }
        acc1 = acc1.map(|e| e.sin())
            + tanh(
                &(0.05
                    * (((0.01 * x0.norm_squared()).sin() * x0)
                        .component_mul(&((0.02 * x0.columns(0, 2).norm_squared()).sin() * x0))
                        * (0.01 * acc2.norm_squared()).exp())),
            );
    }
    let m5 = if flag {
        exp(&(0.5 * -x1))
    } else {
        let c4: DVector<f64> = DVector::zeros(5);
        (add_bias(&DMatrix::zeros(5, 5), &c4) - x1).transpose()
    };
    ln(&acc1.map(|e| 2.0 + e.sin())) * (0.2 * m5.mean()).exp()
        + DMatrix::from_element(5, 3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f045() {
    passes_at_random_points(45, "f045", |rng| {
        f045::check(&rng.matrix(5, 3), &rng.matrix(5, 5), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f046(x0: DVector<f64>, x1: f64, flag: bool) -> DVector<f64> {
    let s1 = x0[0];
    let s3 = {
        let v2 = &x0 * x1;
        (0.05 * (f030(x1, flag) + v2.sum())).sin()
    };
    (0.05 * (log_softmax(&x0) * (0.2 * s1).exp())).map(|e| e.tanh()) * s3.exp()
        + DVector::from_element(4, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f046() {
    passes_at_random_points(46, "f046", |rng| {
        f046::check(rng.vector(4), rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable(wrt(x0))]
fn f047(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let m1 = if x1.row(1).sum() < 0.75 { x0 - x1 } else { x0 * x1 };
    let m2 = add_bias(&x0.map(|e| (0.5 * e).sin() + e), &m1.column(0).into_owned());
    let m3 = exp(&sigmoid(&(0.02 * m2.component_mul(x0))));
    tanh(&(0.05 * (-&m2 + &m3))) + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f047() {
    passes_at_random_points(47, "f047", |rng| f047::check(&rng.matrix(3, 3), &rng.matrix(3, 3)));
}

#[differentiable]
fn f048(x0: &DMatrix<f32>, p: &TwoLayer32) -> f32 {
    let v1 = DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4, -0.3]) * p.gain;
    let c2: DVector<f32> = DVector::zeros(3);
    p.gain * c2[0]
        + x0.mean()
        + v1.mean()
        + (x0.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f048() {
    passes_at_random_points(48, "f048", |rng| {
        f048::check(
            &rng.matrix(3, 3),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f049(x0: &DMatrix<f64>, x1: f64, n: usize) -> DMatrix<f64> {
    let s1 = x1;
    let s3 = {
        let s2 = (1.0 + x1.powi(2)).powf(0.5 * (0.5 * x1).tanh()) * s1.min(x1);
        s2.min(x1)
    };
    let mut acc4: f64 = 0.5;
    for _ in 0..n {
        for _ in 0..x0.ncols() {
            let s5 = (0.1 * acc4).sin();
            acc4 *= (0.1
                * (s5 * DMatrix::identity(4, 2)
                    / (1.0
                        + tanh(&(0.02 * (x0.norm_squared() * DMatrix::identity(4, 2))))
                            .norm_squared()))
                .dot(&(x0 - x0.map(|e| e.sin()))))
            .cos();
        }
        acc4 += (0.02 * x0.rows(0, 3).norm_squared()).tanh().powi(2);
    }
    sigmoid(
        &(0.05
            * ((s1 * DMatrix::identity(2, 4)).transpose() * (0.1 * s3).exp() * (0.2 * acc4).exp())),
    ) + DMatrix::from_element(4, 2, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f049() {
    passes_at_random_points(49, "f049", |rng| f049::check(&rng.matrix(4, 2), rng.scalar(), 4));
}

#[differentiable]
fn f050(x0: &DMatrix<f64>, case: usize) -> f64 {
    let m2 = match case {
        0 => {
            let mut acc1 = x0.component_div(&x0.map(|e| 2.0 + e.sin()));
            if acc1.sum() > 0.3 {
                acc1 = &acc1 * 0.5 + softmax(&sigmoid(&(0.5 * x0)));
            }
            tanh(
                &(0.05
                    * (x0.mean()
                        * DMatrix::identity(2, 4)
                        * (x0.row(1).sum() * DMatrix::identity(4, 2)))),
            ) + &acc1
        }
        1 | 2 => x0.transpose(),
        _ => x0 + x0.transpose().transpose(),
    };
    let mut acc3: DMatrix<f64> = DMatrix::zeros(2, 2);
    acc3 *= (0.5 * (0.2 * m2.row(1).mean()).tanh())
        .tan()
        .min(
            (0.05 * f023(x0.columns(0, 1).norm(), (0.05 * x0.norm_squared()).tanh(), m2[(1, 1)]))
                .tanh(),
        )
        .tanh();
    acc3.column(1).norm().max(x0.mean()) + x0.sum()
}

#[test]
fn check_f050() {
    passes_at_random_points(50, "f050", |rng| f050::check(&rng.matrix(2, 2), rng.int(0, 3)));
}

#[differentiable]
fn f051(x0: &DMatrix<f64>, x1: f64, case: usize) -> f64 {
    let mut acc1: f64 = 0.0;
    acc1 /= 2.0 + (0.5 * x1.max(x1.sin())).tanh();
    acc1 /= 1.0
        + (0.05
            * f018(
                &relu(&(x1 * DMatrix::identity(2, 1))),
                ln(&(x1 * DMatrix::identity(5, 5)).map(|e| e * e + 0.5)),
                2,
            ))
        .tanh()
        .powi(2);
    acc1 = acc1 * 0.5
        + f038(
            x1 * x0.column(0).sum(),
            &(x1 * DMatrix::identity(4, 1) * (x1 * DMatrix::identity(1, 4))),
        );
    (0.05
        * (f044(
            &(x1 * DMatrix::identity(4, 3)),
            &(DVector::from_column_slice(&[-1.0, 0.25]) * x1),
            case,
        ) + acc1))
        .tanh()
        + (x0.sum() + x1)
}

#[test]
fn check_f051() {
    passes_at_random_points(51, "f051", |rng| {
        f051::check(&rng.matrix(4, 2), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f052(x0: DVector<f64>, x1: DMatrix<f64>, x2: &DVector<f64>, case: usize) -> f64 {
    let mut acc1: f64 = 0.0;
    for i in 0..x0.len() {
        match case {
            0 => {
                acc1 = acc1 * 0.5 + (0.5 * x2[i]).tanh();
            }
            1 | 2 => {
                acc1 += (0.1
                    * f044(
                        &(x1.mean() * DMatrix::identity(4, 3) / (1.0 + x0.norm_squared())),
                        &(DVector::from_column_slice(&[-0.25, 1.0]) * x2[2]),
                        case,
                    ))
                .tanh();
            }
            _ => {
                acc1 = (0.5 * acc1).tanh()
                    + (0.2 * (x0.sum() / (1.0 + (0.02 * x1.norm_squared()).sin().powi(2)))).sin();
            }
        }
        acc1 += (0.5 * (0.5 * x0[i]).powi(3)).tanh();
    }
    for _ in 0..2_usize {
        let c2: f64 = 0.4;
        acc1 *= (0.1 * (cross_entropy(&x1, &[2, 2, 0]) * c2.exp())).tanh();
    }
    (0.05 * (acc1 * x0.sum())).tanh() + x2.mean() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f052() {
    passes_at_random_points(52, "f052", |rng| {
        f052::check(rng.vector(3), rng.matrix(3, 3), &rng.vector(3), rng.int(0, 3))
    });
}

#[differentiable]
fn f053(x0: &DMatrix<f32>, x1: &DVector<f32>, case: usize) -> f32 {
    let mut acc1: DVector<f32> = DVector::zeros(3);
    acc1 = acc1.map(|e| e.sin())
        + DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x1[0] / (2.0 + (0.5 * x1[1]).sin());
    acc1 *= (2.0
        + (0.05
            * mse(&(x0.mean() * DMatrix::identity(3, 4)), &add_bias(&DMatrix::zeros(3, 4), x1)))
        .tanh()
        .sin())
    .ln()
    .tanh();
    let v6 = match case {
        0 => {
            let v4 = {
                let m3 = x0.map(|e| {
                    let t2 = (0.5 * e).cos();
                    f025(t2, 4, 2)
                });
                log_softmax(&(0.5 * &acc1)) * (0.2 * m3.mean()).exp()
            };
            softmax(
                &(0.05
                    * (exp(&(0.5 * x0.rows(0, 3).into_owned()))
                        * softmax(&x0.column(0).into_owned())
                        + &v4)),
            )
        }
        1 | 2 => (0.05
            * (x0.sum() * DMatrix::identity(3, 3)).column_mean().component_div(
                &softmax(
                    &(0.01 * (DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x0.norm_squared())),
                )
                .map(|e| {
                    let t5 = e / (2.0 + e.tanh());
                    t5 * e
                })
                .map(|e| e * e + 0.5),
            ))
        .map(|e| e.tanh()),
        _ => softmax(&(0.05 * exp(x1))),
    };
    acc1 = (0.5 * &acc1).map(|e| e.tanh()) + x1;
    x1[1] + x0.mean() + acc1.mean() + v6.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f053() {
    passes_at_random_points(53, "f053", |rng| {
        f053::check(&rng.matrix(4, 4), &rng.vector(3), rng.int(0, 3))
    });
}

#[differentiable]
fn f054(x0: f64, x1: &DMatrix<f64>) -> f64 {
    let mut acc1 = x1.mean();
    for i in 0..3_usize {
        let mut acc3 = tanh(
            &(0.2
                * x1.map(|e| {
                    let t2 = e * (0.5 * e).tanh();
                    e + t2
                })),
        );
        for j in 0..2_usize {
            let v4 = DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x0;
            acc1 *= (0.02
                * (add_bias(&DMatrix::zeros(3, 2), &v4)
                    * (DVector::from_column_slice(&[-1.0, 0.25]) * x0))
                    .dot(&v4))
            .sin()
            .tanh();
            acc3 *= (0.2 * (x0 * j as f64)).tanh();
        }
        acc1 += (0.2 * acc3.row(i).mean()).sin();
    }
    for _ in 0..x1.ncols() {
        acc1 /= 2.0 + (0.5 * (x0 / (2.0 + (0.5 * x0).sin()))).sin();
    }
    let s5 = if (0.01 * mse(&(acc1 * DMatrix::identity(4, 4)), &(x0 * DMatrix::identity(4, 4))))
        .sin()
        < x1[(3, 0)]
    {
        (0.05
            * f018(
                &(x0 * DMatrix::identity(2, 1)),
                softmax(&(0.02 * (x1.norm_squared() * DMatrix::identity(5, 5)))).map(|e| e.exp()),
                2,
            ))
        .tanh()
    } else {
        x0 / (2.0 + (0.5 * x0).tanh())
    };
    (0.5 * s5).cos() + (x0 + x1.sum())
}

#[test]
fn check_f054() {
    passes_at_random_points(54, "f054", |rng| f054::check(rng.scalar(), &rng.matrix(4, 2)));
}

#[differentiable]
fn f055(x0: &DMatrix<f32>, x1: &DVector<f32>, flag: bool) -> f32 {
    let m1: DMatrix<f32> = (x1[2] * DMatrix::identity(4, 5)).transpose();
    let v2 = sigmoid(
        &(0.02
            * x1.component_mul(
                &(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * m1.sum()),
            )),
    );
    let s4 = if flag {
        v2[2]
    } else {
        let mut acc3 = v2.norm_squared();
        acc3 = acc3 * 0.5
            + (0.05
                * f053(
                    &(v2[2] * DMatrix::identity(4, 4)),
                    &(m1.mean() * DMatrix::identity(3, 3)).column_variance(),
                    3,
                ))
            .tanh();
        (x0.sum() * DMatrix::identity(3, 3) / (1.0 + x0.norm_squared())).row_mean().mean() + acc3
    };
    (0.05 * cross_entropy(&(s4 * DMatrix::identity(3, 3)), &[2, 0, 0])).tanh()
        + x0.mean()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f055() {
    passes_at_random_points(55, "f055", |rng| {
        f055::check(&rng.matrix(5, 4), &rng.vector(4), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f056(
    x0: &DMatrix<f64>,
    x1: DMatrix<f64>,
    x2: &DMatrix<f64>,
    q: &Affine,
    flag: bool,
) -> DMatrix<f64> {
    let c1: DVector<f64> = DVector::zeros(1);
    let mut acc2: DVector<f64> = DVector::zeros(1);
    if !flag {
        acc2 /= 2.0
            + (0.1
                * f044(
                    &(q.b[0] * DMatrix::identity(4, 3)).map(|e| (0.5 * e).abs().sin()),
                    &(DVector::from_column_slice(&[1.0, 0.75]) * q.w[(0, 1)]
                        - DVector::from_column_slice(&[-0.5, 0.3]) * c1.sum()),
                    2,
                ))
            .sin();
    }
    acc2.mean()
        * &q.w
        * (0.2 * x0.mean()).exp()
        * (0.1 * x1.sum()).exp()
        * (0.1 * x2.sum()).exp()
        * c1.sum().exp()
        + DMatrix::from_element(1, 3, 1.0)
            * (x0.sum() + x1.sum() + x2.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f056() {
    passes_at_random_points(56, "f056", |rng| {
        f056::check(
            &rng.matrix(3, 3),
            rng.matrix(3, 1),
            &rng.matrix(3, 3),
            &Affine { w: rng.matrix(1, 3), b: rng.vector(1) },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable(wrt(x0))]
fn f057(x0: &DMatrix<f32>, x1: &DMatrix<f32>, case: usize) -> f32 {
    let m1 =
        x1.row(0).norm() * DMatrix::identity(5, 3) * (x1.row(0).norm() * DMatrix::identity(3, 5));
    let mut acc2: DMatrix<f32> = DMatrix::from_element(1, 3, 0.75);
    match case {
        0 => {
            acc2 -= (x0.rows(0, 1).mean() * DMatrix::identity(3, 1)
                - x0[(0, 1)] * DMatrix::identity(3, 1))
            .transpose();
        }
        1 | 2 => {
            let mut acc3 = m1.transpose();
            acc3 = &acc3 * 0.5 + &m1;
            acc2 = &acc2 * 0.5
                + ln(&(x0.row(0).sum() * DMatrix::identity(1, 3)).map(|e| 2.0 + e.sin()))
                    * (0.01 * acc3.norm_squared()).exp();
        }
        _ => {
            acc2 = tanh(&acc2)
                + add_bias(
                    &(x1.rows(0, 1).sum() * DMatrix::identity(3, 1)).transpose(),
                    &-x1.column(0).into_owned(),
                );
        }
    }
    let mut acc4 = tanh(&tanh(
        &(0.02 * (x0.sum() * DMatrix::identity(1, 3) * (x0.sum() * DMatrix::identity(3, 1)))),
    ));
    if (0.05
        * f015(
            &(x0.column(4).norm() * DMatrix::identity(2, 2)),
            &(x1.norm_squared() * DMatrix::identity(3, 3)),
            x0[(0, 0)],
        ))
    .tanh()
        > 1.5
    {
        acc4 = tanh(&acc4)
            + tanh(&(0.01 * (acc2.rows(0, 1).norm_squared() * DMatrix::identity(1, 1)))) * x1;
    } else {
        acc4 = tanh(&acc4) + sigmoid(&(0.5 * x1));
        acc4 *= (0.2 * ((0.01 * m1.norm_squared()).tanh() * acc2.mean())).tanh();
    }
    (0.05 * (x1.dot(x1) + m1.mean())).sin() + acc4.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f057() {
    passes_at_random_points(57, "f057", |rng| {
        f057::check(&rng.matrix(1, 5), &rng.matrix(1, 1), rng.int(0, 3))
    });
}

#[differentiable]
fn f058(x0: &DMatrix<f32>, n: usize, flag: bool, case: usize) -> f32 {
    let mut acc1: f32 = 0.5;
    if acc1 < 0.75 {
        let mut acc2: f32 = 0.0;
        if acc1 > x0.sum() {
            let x0 = x0.map(|e| e.sin());
            acc1 = acc1.sin() + x0.mean() / (1.0 + acc2.powi(2));
            acc2 *= (0.5 * ((acc1 * DMatrix::identity(2, 3)).row_mean().sum() * x0[(0, 0)])).sin();
        }
        acc1 = acc1.sin()
            + mse(
                &exp(&(DVector::from_column_slice(&[-0.25, 1.0]) * acc2)),
                &(acc2
                    * DMatrix::identity(2, 4)
                    * (DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * acc2)),
            );
    } else {
        acc1 = acc1.tanh() + x0[(0, 1)].max((0.05 * x0.norm_squared()).tanh());
    }
    let m3 = f021(&(acc1 * DMatrix::identity(4, 3)), true);
    if (0.05 * x0.norm_squared()).tanh() < acc1 {
        acc1 = (0.5 * acc1).tanh()
            + (0.05
                * f015(
                    &softmax(&(0.02 * (m3.row(2).norm() * DMatrix::identity(2, 2) * x0))),
                    &(x0.mean() * DMatrix::identity(3, 3)).transpose(),
                    f025(x0.columns(1, 1).norm_squared(), 4, case),
                ))
            .tanh();
    } else if flag {
        acc1 /= 1.0
            + (0.1 * ((x0.column(0).sum() + x0.sum()) / (2.0 + (0.2 * x0.sum()).tanh()))).powi(2);
    } else {
        if flag {
            let m5 = {
                let m4: DMatrix<f32> = f021(&m3, flag);
                tanh(&(0.2 * &m4))
            };
            acc1 += f057(
                &(m5.rows(2, 1).into_owned() * (m3.row(1).mean() * DMatrix::identity(3, 5))),
                &DMatrix::from_element(1, 1, 0.3),
                0,
            );
        } else if n > 3 {
            acc1 *= ((0.05 * cross_entropy(&(m3[(2, 2)] * DMatrix::identity(4, 2)), &[2, 2]))
                .tanh()
                * (0.05 * m3.row_sum().sum()).tanh())
            .cos();
        } else {
            acc1 /=
                1.0 + (0.2 * (x0[(0, 1)] * DMatrix::identity(4, 2)).row_variance().mean()).powi(2);
        }
        acc1 += x0.rows(0, 1).sum() + (0.05 * x0.norm_squared()).tanh();
    }
    (0.05
        * ((0.05
            * f055(
                &(m3.row(1).sum() * DMatrix::identity(5, 4)),
                &m3.column(0).into_owned(),
                flag,
            ))
        .tanh()
            + acc1))
        .tanh()
        + x0.sum()
}

#[test]
fn check_f058() {
    passes_at_random_points(58, "f058", |rng| {
        f058::check(&rng.matrix(2, 2), 2, rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f059(x0: f64, x1: &DMatrix<f64>) -> f64 {
    let s1 = x0 - x0 * 0.5;
    let x0 = (0.5 * x0).tanh() + x1[(0, 1)].min(s1);
    let mut acc2: f64 = 0.5;
    for i in 0..x1.nrows() {
        acc2 += (0.01 * (x0 * DMatrix::identity(2, 2)).norm_squared()).tanh() * i as f64;
    }
    mse(x1, &softmax(&(0.02 * (x1.norm_squared() * DMatrix::identity(2, 5)))))
        + acc2
        + (x0 + x1.sum())
}

#[test]
fn check_f059() {
    passes_at_random_points(59, "f059", |rng| f059::check(rng.scalar(), &rng.matrix(2, 5)));
}

#[differentiable]
fn f060(x0: &DMatrix<f64>, x1: &DVector<f64>, x2: DMatrix<f64>) -> f64 {
    let mut acc2 = x0.map(|e| {
        let t1 = e.min(e.sin());
        t1 + e
    });
    for _ in 0..x0.nrows() {
        let m3 = exp(&(0.5 * x0));
        acc2 += softmax(&(0.5 * &m3));
    }
    let mut acc4 = x0.map(|e| e * 0.5);
    if (0.05 * acc2.sum()).tanh() < x1.mean() {
        let mut acc5: f64 = 1.0;
        acc5 -= x1.mean();
        acc5 += (0.02 * x0.rows(2, 2).norm_squared()).tanh().exp();
        acc4 *= (0.05 * f059(acc5, &tanh(&(0.01 * (x0.norm_squared() * DMatrix::identity(2, 5))))))
            .tanh()
            .tanh();
    } else {
        acc4 -= &acc2;
    }
    (0.02 * ((0.01 * mse(&x2, &(x2.sum() * DMatrix::identity(4, 4)))).sin() + acc4.sum())).tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f060() {
    passes_at_random_points(60, "f060", |rng| {
        f060::check(&rng.matrix(4, 3), &rng.vector(3), rng.matrix(4, 4))
    });
}

#[differentiable]
fn f061(x0: &DMatrix<f32>, x1: &DVector<f32>, p: TwoLayer32) -> f32 {
    let mut acc1 = p.gain / (1.0 + p.first.b.norm_squared()) * x1;
    for _ in 0..p.first.w.nrows() {
        let mut acc2: f32 = 0.0;
        for j in 0..3_usize {
            acc2 /= 1.0 + (0.1 * (p.gain * (j as f32 + 0.5))).powi(2);
        }
        acc1 = acc1.map(|e| e.sin())
            + (0.5
                * ((0.02 * (&p.first.b * x1.norm_squared())).map(|e| e.tanh())
                    * (0.1 * acc2).exp()))
            .map(|e| e.tanh());
    }
    assert_eq!(x0.shape(), (4, 4));
    (0.01 * (p.second.b[0] - p.gain + acc1.norm_squared())).tanh()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f061() {
    passes_at_random_points(61, "f061", |rng| {
        f061::check(
            &rng.matrix(4, 4),
            &rng.vector(2),
            TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f062(x0: f64, x1: DMatrix<f64>) -> f64 {
    let m1 = tanh(
        &(0.05
            * x1.component_div(&x1.map(|e| e * e + 0.5))
                .component_div(&log_softmax(&x1).map(|e| 2.0 + e.sin()))),
    );
    let x0 = x0.sin() + (m1.rows(1, 2).norm() + x1.sum());
    f020(&x0, &(x0 * DMatrix::identity(2, 2)), true) + (x0 + x1.sum())
}

#[test]
fn check_f062() {
    passes_at_random_points(62, "f062", |rng| f062::check(rng.scalar(), rng.matrix(3, 3)));
}

#[differentiable]
fn f063(x0: &f64, x1: DVector<f64>, x2: f64, q: &Affine, flag: bool) -> DMatrix<f64> {
    let mut acc1 = (0.5 * (0.5 * x2).tanh()).tan();
    if f041(&x1, q) > 0.25 {
        acc1 = acc1.tanh() + x1[3] * (*x0 * DMatrix::identity(5, 2)).row_mean().mean();
    } else if flag {
        acc1 /= 2.0
            + (0.01
                * f049(&add_bias(&DMatrix::zeros(4, 2), &x1), x2, 4).row_variance().norm_squared())
            .tanh()
            .cos();
    } else {
        acc1 = acc1.tanh()
            + (0.05 * mse(&x1, &(DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * *x0)))
                .tanh();
        acc1 /= 2.0 + (0.5 * -(*x0)).sin();
    }
    acc1 *= (0.2 * (*x0 + x2)).sin();
    softmax(
        &(0.05
            * (add_bias(&DMatrix::zeros(1, 2), &q.b)
                * (q.w.sum() * DMatrix::identity(2, 1))
                * (0.1 * acc1).exp())),
    ) + DMatrix::from_element(1, 1, 1.0) * (*x0 + x1.sum() + x2 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f063() {
    passes_at_random_points(63, "f063", |rng| {
        f063::check(
            &rng.scalar(),
            rng.vector(4),
            rng.scalar(),
            &Affine { w: rng.matrix(1, 1), b: rng.vector(1) },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f064(x0: &DMatrix<f64>, x1: f64, flag: bool) -> f64 {
    let mut acc1 = tanh(
        &(0.01
            * (x1
                * DMatrix::identity(4, 1)
                * (x1 * DMatrix::identity(1, 4))
                * f001(&x0[(0, 1)], &(x1 * DMatrix::identity(3, 1)), 4, 3))),
    );
    if x1 < 2.0 {
        acc1 -= log_softmax(
            &(0.1
                * (x0.column(0).mean() * DMatrix::identity(4, 4) * (x1 * DMatrix::identity(4, 4)))),
        );
    } else if x1 > x0.mean() {
        for _ in 0..acc1.ncols() {
            acc1 = tanh(&(0.2 * &acc1))
                + sigmoid(
                    &(0.5
                        * (x1 * DMatrix::identity(4, 4)
                            - (x1 * DMatrix::identity(4, 4)).map(|e| e.sin()))),
                );
        }
        acc1 = acc1.map(|e| e.sin())
            + (x0.row(0).sum() * DMatrix::identity(4, 4)).map(|e| (0.2 * (e + e.sin())).tanh());
    } else {
        acc1 += x0.sum() * DMatrix::identity(4, 4);
    }
    let s2 = if flag { (0.1 * mse(x0, &x0.map(|e| e.sin()))).cos() } else { x1 * (x1 * 0.5) };
    (0.01 * (x0[(0, 3)] + acc1.norm_squared())).tanh() + s2 + (x0.sum() + x1)
}

#[test]
fn check_f064() {
    passes_at_random_points(64, "f064", |rng| {
        f064::check(&rng.matrix(1, 4), rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f065(x0: &DMatrix<f64>, x1: &DVector<f64>, x2: f64, case: usize) -> DMatrix<f64> {
    let c1: f64 = 2.0;
    let m4 = if x2 < 0.75 {
        tanh(&(0.5 * -add_bias(&DMatrix::zeros(3, 3), x1)))
    } else {
        let mut acc2: DMatrix<f64> = DMatrix::zeros(3, 3);
        match case {
            0 => {
                let s3 = (2.0 + c1.sin()).ln() - -x1.mean();
                acc2 += tanh(
                    &(0.02
                        * (x2 * DMatrix::identity(3, 3) * (x1[0] * DMatrix::identity(3, 3) * s3))),
                );
            }
            1 | 2 => {
                acc2 /= 2.0 + (c1.powi(2) + 1.0).ln().cos();
                acc2 += relu(&f047(
                    &(c1 * DMatrix::identity(3, 3)),
                    &DMatrix::from_element(3, 3, 1.25),
                ));
            }
            _ => {
                acc2 = &acc2 * 0.5
                    + add_bias(
                        &relu(&add_bias(&DMatrix::zeros(3, 3), x1)),
                        &f037(x1.clone(), &(c1 * DMatrix::identity(1, 1))),
                    );
            }
        }
        &acc2
            / (2.0 + (0.02 * acc2.sum()).sin().tanh())
            / (2.0
                + (0.01 * mse(&acc2.rows(1, 1).into_owned(), &(x2 * DMatrix::identity(1, 3))))
                    .tanh()
                    .sin())
    };
    tanh(&(0.05 * (c1 * &m4))) * (0.02 * x0.norm_squared()).exp() * (0.1 * x1.sum()).exp()
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f065() {
    passes_at_random_points(65, "f065", |rng| {
        f065::check(&rng.matrix(3, 1), &rng.vector(3), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f066(x0: &DMatrix<f64>, x1: &DMatrix<f64>, p: &TwoLayer, n: usize, labels: &[usize]) -> f64 {
    let v1 = p.gain * &p.second.b;
    let mut acc2: DVector<f64> = DVector::zeros(3);
    for _ in 0..n {
        acc2 /= 2.0
            + (0.1
                * f041(
                    &(DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * p.gain * p.gain),
                    &p.first,
                ))
            .sin();
    }
    let m3 = if n > 3 {
        add_bias(&add_bias(&DMatrix::zeros(3, 3), &acc2), &x0.column(1).into_owned())
    } else {
        f047(&add_bias(&DMatrix::zeros(3, 3), &v1), &DMatrix::from_element(3, 3, 1.5))
    };
    (0.01 * ((0.05 * cross_entropy(&m3, labels)).tanh() + x0.norm_squared())).tanh()
        + x1.mean()
        + v1.mean()
        + acc2.sum()
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
            &rng.matrix(3, 5),
            &rng.matrix(3, 5),
            &TwoLayer {
                first: Affine { w: rng.matrix(1, 1), b: rng.vector(1) },
                second: Affine { w: rng.matrix(3, 1), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            2,
            &[2, 1, 2],
        )
    });
}

#[differentiable]
fn f067(x0: f64, x1: &f64, q: &TwoLayer, case: usize) -> DMatrix<f64> {
    let mut acc1 = ln(&q.second.b.map(|e| 2.0 + e.sin()))
        / (1.0
            + (0.05
                * f027(
                    x0,
                    &(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * q.gain),
                    q.first.clone(),
                    case,
                ))
            .tanh()
            .powi(2));
    for _ in 0..2_usize {
        let mut acc2: f64 = 1.0;
        for _ in 0..2_usize {
            assert_eq!(q.first.w.shape(), (5, 2));
            acc2 *= (0.5 * ((0.5 * (0.5 * x0).tanh()).tan() * acc1.sum())).sin();
        }
        assert_eq!(q.second.b.len(), 2);
        acc1 = &acc1 * 0.5
            + (0.1
                * (ln(&exp(&(0.2 * add_bias(&DMatrix::zeros(2, 4), &q.second.b))))
                    * tanh(&(0.05 * f022(&(x0 * DMatrix::identity(4, 4)), &q.gain)))
                    * (0.2 * acc2).exp()))
            .map(|e| e.tanh());
    }
    let v3 = q.first.b.add_scalar(*x1);
    tanh(
        &(0.05
            * (exp(&(0.5 * (x0 * DMatrix::identity(4, 2))))
                * (0.2 * acc1.mean()).exp()
                * (0.1 * v3.mean()).exp())),
    ) + DMatrix::from_element(4, 2, 1.0)
        * (x0
            + *x1
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f067() {
    passes_at_random_points(67, "f067", |rng| {
        f067::check(
            rng.scalar(),
            &rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                second: Affine { w: rng.matrix(2, 5), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f068(x0: &DMatrix<f32>, q: TwoLayer32, n: usize) -> DMatrix<f32> {
    let mut acc1: DVector<f32> = DVector::zeros(3);
    acc1 -= DVector::from_column_slice(&[0.75, -0.5, 0.3]) * q.gain;
    acc1 /= 2.0 + (0.2 * q.gain.max(q.gain - q.first.w[(0, 0)])).sin();
    for _ in 0..n {
        let mut acc2: DMatrix<f32> = DMatrix::zeros(3, 3);
        for _ in 0..q.first.b.len() {
            let x0 = x0 * 0.5;
            acc2 = acc2.map(|e| e.sin())
                + softmax(
                    &(0.02
                        * ((q.gain * DMatrix::identity(3, 3) * q.gain
                            - add_bias(&DMatrix::zeros(3, 3), &acc1))
                            * (0.1 * x0.sum()).exp())),
                );
        }
        if (0.5 * q.gain).exp() < 1.5 {
            acc1 = acc1.map(|e| e.sin())
                + (0.1
                    * (acc2.column(0).into_owned()
                        + DVector::from_column_slice(&[0.3, -1.0, 0.25]) * q.gain))
                    .map(|e| e.tanh());
        }
        acc1 = &acc1 * 0.5 + softmax(&(0.1 * acc2.column(2).into_owned().add_scalar(q.gain)));
    }
    (&q.second.w + q.gain * DMatrix::identity(5, 2)) * (0.05 * acc1.sum()).exp()
        + DMatrix::from_element(5, 2, 1.0)
            * (x0.sum()
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f068() {
    passes_at_random_points(68, "f068", |rng| {
        f068::check(
            &rng.matrix(4, 3),
            TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            4,
        )
    });
}

#[differentiable]
fn f069(x0: f64, x1: &f64, flag: bool) -> f64 {
    let s1 = x0 + *x1;
    let s4 = if flag {
        let s2 = x1.min(x0).max((0.2 * s1).powi(2));
        (2.0 + (0.5 * *x1).tanh().sin()).ln() + s2
    } else {
        let mut acc3: DMatrix<f64> = DMatrix::from_element(2, 5, 0.75);
        if !flag {
            acc3 -= (x0 * DMatrix::identity(2, 5))
                .component_div(&(x0 * DMatrix::identity(2, 5)).map(|e| e * e + 0.5));
            acc3 = tanh(&(0.2 * &acc3)) + ln(&exp(&(0.1 * (s1 * DMatrix::identity(2, 5)))));
        }
        (0.01
            * mse(
                &(x0 * DMatrix::identity(5, 5))
                    .component_div(&exp(&(0.2 * (x0 * DMatrix::identity(5, 5))))),
                &(x0 * DMatrix::identity(5, 5)).transpose(),
            ))
        .tanh()
            + acc3.sum()
    };
    let s5 = if *x1 > 0.5 { s1 - s4 } else { (*x1 * DMatrix::identity(5, 2)).row_mean().sum() };
    (0.01 * (s1 * DMatrix::identity(5, 5)).dot(&(s5 * DMatrix::identity(5, 5)))).sin()
        + s4
        + (x0 + *x1)
}

#[test]
fn check_f069() {
    passes_at_random_points(69, "f069", |rng| {
        f069::check(rng.scalar(), &rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f070(x0: &DVector<f64>, x1: &DMatrix<f64>, case: usize) -> DMatrix<f64> {
    let v2 = {
        let m1 = x0[0] * DMatrix::identity(4, 2) * x1[(1, 1)];
        softmax(
            &(0.05
                * ((x1.sum() * DMatrix::identity(2, 4)).column_sum()
                    * (0.01 * m1.norm_squared()).exp())),
        )
    };
    let m3 = exp(&add_bias(&DMatrix::zeros(2, 2), &v2));
    let mut acc4 = x1 / (2.0 + v2.sum().sin());
    match case {
        0 => {
            let x1 = x1.map(|e| e.sin()) + x1.transpose() * &m3;
            acc4 *= (0.2
                * ((0.05 * x1.sum()).tanh() * m3.sum()
                    + (0.05 * (m3[(0, 0)] + x0.norm_squared())).sin()))
            .sin();
        }
        1 | 2 => {
            acc4 += sigmoid(&(0.5 * &m3));
        }
        _ => {
            acc4 = &acc4 * 0.5 + (log_softmax(x1) + x1.component_div(&exp(&(0.2 * &m3))));
        }
    }
    sigmoid(&(0.5 * &m3)) + &acc4 + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f070() {
    passes_at_random_points(70, "f070", |rng| {
        f070::check(&rng.vector(2), &rng.matrix(2, 2), rng.int(0, 3))
    });
}

#[differentiable]
fn f071(x0: &DMatrix<f32>, n: usize, flag: bool, case: usize) -> f32 {
    let m1 = ln(&exp(&(0.2 * x0)));
    let mut acc2 =
        (x0 + tanh(&(0.05 * (m1.norm_squared() * DMatrix::identity(2, 4))))).map(|e| e * e.sin());
    if x0.rows(0, 2).norm() < m1[(0, 0)] {
        acc2 -= tanh(&(0.2 * (x0.row(1).sum() * DMatrix::identity(4, 2)))).transpose();
    } else {
        acc2 = &acc2 * 0.5
            + add_bias(
                &x0.transpose(),
                &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * m1[(1, 3)]),
            )
            .transpose();
    }
    if flag {
        let mut acc3 = tanh(
            &(0.02
                * (m1.rows(0, 1).sum()
                    * DMatrix::identity(2, 2)
                    * sigmoid(&(0.01 * (acc2.norm_squared() * DMatrix::identity(2, 4))))
                    * -(acc2[(0, 3)] * DMatrix::identity(4, 4)))),
        );
        acc3 -= exp(&(0.5 * x0));
        acc2 = &acc2 * 0.5 + acc3.component_mul(&ln(&acc3.map(|e| 2.0 + e.sin())));
    } else if n > 3 {
        acc2 *= (0.2 * m1.sum()).cos();
    } else {
        let m4 = tanh(
            &(0.02
                * (acc2.mean()
                    * DMatrix::identity(2, 2)
                    * (x0.columns(1, 2).norm() * DMatrix::identity(2, 2)))),
        );
        acc2 = tanh(&(0.2 * &acc2)) + relu(x0) / (2.0 + (0.5 * f025(m4.mean(), 4, case)).sin());
    }
    (0.02 * acc2.norm()).sin() + x0.sum()
}

#[test]
fn check_f071() {
    passes_at_random_points(71, "f071", |rng| {
        f071::check(&rng.matrix(2, 4), 2, rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f072(x0: f64, x1: DVector<f64>, case: usize) -> f64 {
    let s1 = (DVector::from_column_slice(&[-0.25, 1.0]) * x0).norm_squared();
    let m2 = tanh(
        &(0.02
            * (s1
                * DMatrix::identity(2, 2)
                * ln(&exp(&(0.2 * add_bias(&DMatrix::zeros(2, 2), &x1)))))),
    );
    let mut acc3: f64 = 1.0;
    if x1[0] > 0.75 {
        let m4 = if s1 < acc3 {
            tanh(&(0.05 * f070(&x1.add_scalar(acc3), &tanh(&(0.05 * f070(&x1, &m2, 1))), case)))
        } else {
            &m2 + m2.map(|e| e.sin())
        };
        acc3 += (0.05 * (x1.norm_squared() + m4.sum())).tanh();
    }
    m2.row(1).norm() + acc3 + (x0 + x1.sum())
}

#[test]
fn check_f072() {
    passes_at_random_points(72, "f072", |rng| {
        f072::check(rng.scalar(), rng.vector(2), rng.int(0, 3))
    });
}

#[differentiable]
fn f073(x0: &DMatrix<f64>, x1: f64, flag: bool, case: usize) -> f64 {
    let m1 = sigmoid(
        &(0.05
            * f070(
                &(DVector::from_column_slice(&[0.3, -1.0]) * x1 * x1),
                &sigmoid(&(0.5 * (x1 * DMatrix::identity(2, 2)))),
                case,
            )),
    );
    let mut acc2: DMatrix<f64> = DMatrix::zeros(4, 4);
    acc2 /= 2.0 + (0.1 * f012(&x0.column(3).into_owned(), &x1)).sin();
    let v4 = match case {
        0 => {
            acc2.column(3).into_owned() + DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x1
        }
        1 | 2 => {
            let m3 = if flag {
                acc2 = tanh(&acc2) + relu(x0);
                add_bias(&(&acc2 + x0), &tanh(&(0.05 * exp(&x0.column(1).into_owned()))))
            } else {
                exp(&(0.5 * x0))
            };
            sigmoid(&(0.2 * m3.column(3).into_owned()))
        }
        _ => {
            let m1 = &m1 * 0.5 + &m1;
            (acc2.column(3).into_owned()
                + DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x1)
                * (0.5 * m1.mean()).exp()
        }
    };
    (0.01 * ((2.0 + x1.sin()).ln() + m1.sum() + acc2.norm_squared())).tanh()
        + v4.sum()
        + (x0.sum() + x1)
}

#[test]
fn check_f073() {
    passes_at_random_points(73, "f073", |rng| {
        f073::check(&rng.matrix(4, 4), rng.scalar(), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f074(x0: &f32, x1: &DMatrix<f32>, x2: &DVector<f32>) -> DMatrix<f32> {
    let v1 = (*x0 * DMatrix::identity(2, 2)).column_variance();
    let mut acc2: f32 = 0.5;
    acc2 = acc2.sin() + (0.02 * v1.variance()).tanh();
    acc2 = acc2 * 0.5 + (x0.powi(2) + 1.0).ln();
    assert_eq!(x1.shape(), (2, 3));
    softmax(&(0.05 * (*x0 * DMatrix::identity(2, 2) * add_bias(&DMatrix::zeros(2, 2), &v1))))
        * (0.05 * x2.norm_squared()).exp()
        * (0.2 * acc2).exp()
        + DMatrix::from_element(2, 2, 1.0) * (*x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f074() {
    passes_at_random_points(74, "f074", |rng| {
        f074::check(&rng.scalar(), &rng.matrix(2, 3), &rng.vector(2))
    });
}

#[differentiable]
fn f075(x0: f64, x1: &DMatrix<f64>, p: &TwoLayer) -> f64 {
    let m1 = ln(&p.second.w.map(|e| e * e + 0.5))
        / (1.0 + p.second.w.column(1).into_owned().norm_squared());
    let m2 = &m1 - p.gain * DMatrix::identity(5, 2);
    (0.05 * (p.gain - x0 + x1.mean() + m2.sum())).sin()
        + (x0
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f075() {
    passes_at_random_points(75, "f075", |rng| {
        f075::check(
            rng.scalar(),
            &rng.matrix(5, 1),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 5), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f076(x0: &DVector<f32>, x1: f32, q: &TwoLayer32, n: usize, case: usize) -> DVector<f32> {
    let s1 = x1 * q.gain;
    let mut acc2 = q.second.b.mean().min(x0[2])
        + (0.02 * f048(&add_bias(&DMatrix::zeros(3, 3), x0), q)).tanh();
    for i in 0..q.second.b.len() {
        let mut acc3: DMatrix<f32> = DMatrix::zeros(2, 4);
        for j in 0..n {
            acc2 += (0.1 * (q.first.b.sum() * j as f32 + i as f32)).tanh();
            acc3 += tanh(&(0.2 * (&q.first.w + add_bias(&DMatrix::zeros(2, 4), &q.first.b))));
        }
        acc2 += (0.01 * (x0.sum() - (0.5 * x1).sin() + acc3.norm_squared())).sin();
    }
    let mut acc4: f32 = 0.5;
    match case {
        0 => {
            acc4 /= 2.0
                + (0.2 * softmax(&add_bias(&DMatrix::zeros(2, 4), &q.first.b)).norm_squared())
                    .tanh();
        }
        1 | 2 => {
            let s5 = (0.02 * f048(&(q.gain * DMatrix::identity(3, 3)), q)).tanh();
            acc4 += q.gain.min(s1) + s5;
        }
        _ => {
            let mut acc6: f32 = 0.5;
            if n > 3 {
                acc2 -= (x1.powi(2) + 0.5).sqrt()
                    / (1.0
                        + q.second
                            .w
                            .map(|e| {
                                let t7 = e.min(e.sin());
                                f026(&t7, 4)
                            })
                            .norm_squared());
                acc6 = acc6.tanh()
                    + cross_entropy(&(q.first.w.mean() * DMatrix::identity(5, 3)), &[4, 1, 2]);
            }
            acc4 /= 2.0 + (0.2 * ((0.02 * q.second.w.norm_squared()).tanh() + acc6)).tanh();
        }
    }
    (0.05 * (relu(&q.first.b) * (0.1 * s1).exp() * (0.05 * acc2).exp())).map(|e| e.tanh())
        * (0.05 * acc4).exp()
        + DVector::from_element(2, 1.0)
            * (x0.sum()
                + x1
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f076() {
    passes_at_random_points(76, "f076", |rng| {
        f076::check(
            &rng.vector(3),
            rng.scalar(),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            2,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f077(x0: DVector<f32>, x1: DMatrix<f32>) -> f32 {
    let m1 = x0.sum() * DMatrix::identity(5, 2);
    let c2 = m1.ncols() as f32;
    (m1[(2, 1)] + x1.mean()) * (0.5 * c2).exp() + (x0.sum() + x1.sum())
}

#[test]
fn check_f077() {
    passes_at_random_points(77, "f077", |rng| f077::check(rng.vector(2), rng.matrix(2, 2)));
}

#[differentiable(wrt(x0, x1))]
fn f078(x0: DMatrix<f64>, x1: &DVector<f64>, x2: &DMatrix<f64>, case: usize) -> DMatrix<f64> {
    let c1: DMatrix<f64> = DMatrix::from_element(1, 3, 1.25);
    let m2 = match case {
        0 => ln(&exp(&(0.2 * ln(&x0.map(|e| e * e + 0.5))))),
        1 | 2 => tanh(&(0.2 * (c1.norm_squared() * DMatrix::identity(5, 1)))).transpose(),
        _ => (x2.mean() * DMatrix::identity(5, 1)).transpose() - ln(&x2.map(|e| e * e + 0.5)),
    };
    (tanh(&(0.05 * (&x0 * x0.row(0).mean() * (0.2 * x1.mean()).exp()))) + x2)
        * (0.2 * c1.norm_squared()).exp()
        + &m2
        + DMatrix::from_element(1, 5, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f078() {
    passes_at_random_points(78, "f078", |rng| {
        f078::check(rng.matrix(1, 5), &rng.vector(3), &rng.matrix(1, 5), rng.int(0, 3))
    });
}

#[differentiable]
fn f079(x0: &DVector<f64>, x1: &DMatrix<f64>, x2: DMatrix<f64>) -> f64 {
    let mut acc1: f64 = 1.0;
    acc1 = acc1.tanh()
        + (0.1
            * f012(
                &sigmoid(
                    &(0.05
                        * (DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3])
                            * x1.norm_squared())),
                ),
                &x1.mean(),
            ))
        .tanh();
    let x0 = x0 * 0.5;
    acc1.min(acc1.sin()) + x2.mean() + x0.sum() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f079() {
    passes_at_random_points(79, "f079", |rng| {
        f079::check(&rng.vector(2), &rng.matrix(2, 2), rng.matrix(3, 2))
    });
}

#[differentiable]
fn f080(x0: &DMatrix<f64>, x1: DVector<f64>, n: usize, case: usize) -> f64 {
    let m2 = {
        let v1 = relu(&x1);
        exp(&(0.5 * x0.columns(0, 2).into_owned())) * (0.1 * v1.sum()).exp()
    };
    let mut acc3: f64 = 0.0;
    match case {
        0 => {
            acc3 = acc3.tanh() + m2.row(1).norm() / (1.0 + (0.1 * m2.row(2).mean()).powi(2));
        }
        1 | 2 => {
            let m4 = ln(&exp(&(0.2 * x0)));
            acc3 /= 2.0 + (0.1 * (m2.mean().min(x1.sum()) + m4.mean())).sin();
        }
        _ => {
            acc3 /= 2.0
                + (0.1
                    * ((0.01 * m2.rows(2, 2).norm_squared()).tanh()
                        * m2.mean()
                        * (0.05 * x1.norm_squared()).sin()))
                .sin();
        }
    }
    for i in 0..n {
        let mut acc5 = softmax(&(0.05 * (DVector::from_column_slice(&[1.0, 0.75]) * acc3)));
        for _ in 0..3_usize {
            assert_eq!(x1.len(), 4);
            acc5 += (0.1 * (x0.rows(0, 2).into_owned() * &x1)).map(|e| e.tanh());
        }
        assert_eq!(acc5.len(), 2);
        acc3 = acc3.sin() + (0.5 * ((0.01 * (x0.sum() * acc5[1])).tanh() * i as f64)).tanh();
    }
    (0.05 * acc3).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f080() {
    passes_at_random_points(80, "f080", |rng| {
        f080::check(&rng.matrix(4, 4), rng.vector(4), 4, rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f081(x0: f64, x1: f64, case: usize) -> f64 {
    let mut acc1: f64 = 0.5;
    acc1 /= 1.0
        + (0.1
            * f044(
                &(x1 * DMatrix::identity(4, 3)),
                &(DVector::from_column_slice(&[0.5, -0.25]) * x1),
                case,
            )
            .min(x0 + x1))
        .powi(2);
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 4, 0.3);
    acc2 *= (0.5 * (0.5 * x1.min(x0)).powi(3)).sin();
    let c3 = acc2.nrows() as f64;
    (0.02 * (c3 * DMatrix::identity(2, 2)).row_sum().norm_squared()).tanh() + acc1 + (x0 + x1)
}

#[test]
fn check_f081() {
    passes_at_random_points(81, "f081", |rng| {
        f081::check(rng.scalar(), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f082(x0: &DMatrix<f32>, q: &TwoLayer32) -> f32 {
    let x0 = x0.map(|e| e.sin());
    let m1 = x0.clone();
    -q.gain
        + m1.mean()
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f082() {
    passes_at_random_points(82, "f082", |rng| {
        f082::check(
            &rng.matrix(3, 3),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f083(x0: &DMatrix<f64>, x1: &DMatrix<f64>, n: usize) -> DMatrix<f64> {
    let c1: DVector<f64> = DVector::zeros(5);
    let v2 = c1.component_mul(&c1) + x1.transpose().column_sum();
    let mut acc3 = exp(&(0.1 * (x0 * x1)));
    for _ in 0..3_usize {
        let s5 = if n > 3 {
            let v4 = c1.clone();
            x0.column(1).mean() + v4.mean()
        } else {
            f038(x0.mean(), &(v2[1] * DMatrix::identity(4, 4)))
        };
        acc3 = tanh(&(0.2 * &acc3))
            + tanh(
                &(0.5
                    * (sigmoid(&(0.2 * (v2.mean() * DMatrix::identity(5, 2)))).transpose()
                        * (0.05 * s5).exp())),
            );
    }
    &acc3 + x1 + DMatrix::from_element(2, 5, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f083() {
    passes_at_random_points(83, "f083", |rng| f083::check(&rng.matrix(2, 2), &rng.matrix(2, 5), 3));
}

#[differentiable]
fn f084(x0: &DMatrix<f64>, case: usize) -> DMatrix<f64> {
    let mut acc1 = sigmoid(
        &(0.05
            * f070(
                &f019(&x0.column(1).into_owned(), 4),
                &(x0.rows(1, 1).sum()
                    * DMatrix::identity(2, 1)
                    * tanh(&(0.05 * (x0.norm_squared() * DMatrix::identity(1, 2))))),
                case,
            )),
    );
    for _ in 0..3_usize {
        let mut acc2 = relu(x0);
        for _ in 0..2_usize {
            let m3 = log_softmax(&(0.5 * &acc1));
            acc2 -= tanh(&(0.5 * exp(&(0.2 * &m3))));
        }
        acc1 = &acc1 * 0.5 + softmax(&(0.05 * (x0 * &acc2)));
    }
    let m4 = ln(&exp(&(0.2 * acc1.columns(0, 1).into_owned())));
    let s5 = (0.5 * acc1[(1, 1)]).powi(3);
    add_bias(x0, &m4.column(0).into_owned()) * (0.1 * s5).exp()
        + DMatrix::from_element(2, 2, 1.0) * x0.sum()
}

#[test]
fn check_f084() {
    passes_at_random_points(84, "f084", |rng| f084::check(&rng.matrix(2, 2), rng.int(0, 3)));
}

#[differentiable]
fn f085(x0: DMatrix<f32>, x1: DMatrix<f32>) -> DMatrix<f32> {
    let m2 = {
        let m1 = x0.clone();
        m1.component_mul(&x0)
    };
    let m4 = {
        let v3 = (x0[(1, 1)] * DMatrix::identity(5, 5)).column_variance();
        &x1 * (0.02 * v3.sum()).exp()
    };
    let v6 = {
        let m5 = m2.clone();
        (0.05 * (DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * m4.sum())).map(|e| e.tanh())
            * (0.01 * m5.norm_squared()).exp()
    };
    ln(&tanh(&(0.05 * (m2.sum() * DMatrix::identity(4, 5)))).map(|e| e * e + 0.5))
        * (0.02 * v6.norm_squared()).exp()
        + DMatrix::from_element(4, 5, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f085() {
    passes_at_random_points(85, "f085", |rng| f085::check(rng.matrix(3, 5), rng.matrix(3, 4)));
}

#[differentiable]
fn f086(x0: &DMatrix<f64>, x1: &DVector<f64>) -> f64 {
    let m1 = x0.clone();
    let m2: DMatrix<f64> =
        add_bias(&add_bias(&DMatrix::zeros(3, 1), x1), &x0.column(0).into_owned());
    (0.02
        * mse(
            &(DVector::from_column_slice(&[-0.25]) * x0[(2, 0)]),
            &(DVector::from_column_slice(&[-1.0]) * m2[(1, 0)]),
        ))
    .sin()
        + m1.mean()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f086() {
    passes_at_random_points(86, "f086", |rng| f086::check(&rng.matrix(3, 1), &rng.vector(3)));
}

#[differentiable]
fn f087(x0: &DMatrix<f64>, x1: f64, x2: f64, n: usize, case: usize) -> f64 {
    let mut acc1 = (x2 * DMatrix::identity(4, 5)).column_sum();
    for _ in 0..n {
        acc1 = (0.1 * &acc1).map(|e| e.tanh())
            + softmax(&(0.2 * exp(&(0.5 * (x0[(3, 1)] * DMatrix::identity(4, 4)))).column_mean()));
        acc1 = acc1.map(|e| e.sin())
            + (0.02 * (x0.sum() * DMatrix::identity(4, 5) * x0.column(1).into_owned()))
                .map(|e| e.tanh());
    }
    let s3 = if x2 < 1.25 {
        let v2 = match case {
            0 => tanh(&(0.05 * (&acc1 - add_bias(&DMatrix::zeros(4, 3), &acc1).column_mean()))),
            1 | 2 => {
                let x0 = x0.map(|e| e.sin());
                -(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x1)
                    * (0.05 * x0.norm_squared()).exp()
            }
            _ => sigmoid(&(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x2)),
        };
        (1.0 + x2.powi(2)).powf(0.5 * (0.5 * x1).tanh()) + v2.sum()
    } else {
        x1 / (1.0 + (0.5 * x2).powi(2))
    };
    (0.05 * ((0.05 * acc1.sum()).sin() + s3)).tanh() + (x0.sum() + x1 + x2)
}

#[test]
fn check_f087() {
    passes_at_random_points(87, "f087", |rng| {
        f087::check(&rng.matrix(5, 3), rng.scalar(), rng.scalar(), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f088(x0: &f64, case: usize) -> f64 {
    let s1 = (0.05
        * cross_entropy(
            &(*x0 * DMatrix::identity(4, 4) * (*x0 * DMatrix::identity(4, 4))),
            &[1, 3, 2, 2],
        ))
    .tanh();
    let s3 = {
        let s2 = f069(*x0 / (2.0 + (0.5 * *x0).sin()), &(0.5 * *x0).abs(), false);
        (0.05
            * f017(
                *x0 * DMatrix::identity(3, 3),
                &(*x0 * DMatrix::identity(3, 3)),
                DMatrix::from_element(3, 3, 0.5),
                case,
            ))
        .tanh()
            + s2
    };
    let c4: DMatrix<f64> = DMatrix::from_element(5, 5, 0.5);
    (0.05 * ((s1 * DMatrix::identity(4, 2)).row_variance().norm_squared() + s3)).tanh()
        * (0.2 * c4.sum()).exp()
        + *x0
}

#[test]
fn check_f088() {
    passes_at_random_points(88, "f088", |rng| f088::check(&rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f089(x0: DMatrix<f32>, x1: &DVector<f32>) -> f32 {
    assert_eq!(x0.shape(), (2, 2));
    let mut acc1: DMatrix<f32> = DMatrix::zeros(2, 2);
    for _ in 0..x1.len() {
        acc1 = &acc1 * 0.5
            + tanh(
                &(0.1
                    * (&x0
                        * tanh(&(0.05 * (x1.norm_squared() * DMatrix::identity(2, 2))))
                        * x0.transpose())),
            );
    }
    let c2: DVector<f32> = DVector::zeros(4);
    (0.05 * (((2.0 + x1[3].sin()).ln() + acc1.sum()) * c2.mean().exp())).sin()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f089() {
    passes_at_random_points(89, "f089", |rng| f089::check(rng.matrix(2, 2), &rng.vector(4)));
}

#[differentiable]
fn f090(x0: &DMatrix<f32>, flag: bool, case: usize) -> f32 {
    let x0 = x0.map(|e| e.sin()) + x0.row(1).sum() * x0;
    let s1 = f058(&softmax(&(0.01 * (x0.norm_squared() * DMatrix::identity(2, 2)))), 2, flag, case);
    let mut acc2 = tanh(
        &(0.02
            * (s1
                * DMatrix::identity(4, 4)
                * (DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * s1))),
    );
    acc2 *= (0.01 * mse(&(s1 * DMatrix::identity(4, 4)), &(x0[(3, 0)] * DMatrix::identity(4, 4))))
        .tanh()
        .cos();
    acc2 *= (0.5
        * sigmoid(&(0.02 * (s1 * DMatrix::identity(4, 4) * (s1 * DMatrix::identity(4, 4))))).sum())
    .cos();
    (0.05 * cross_entropy(&x0, &[3, 0, 0])).tanh() + acc2.sum() + x0.sum()
}

#[test]
fn check_f090() {
    passes_at_random_points(90, "f090", |rng| {
        f090::check(&rng.matrix(4, 3), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f091(x0: &DMatrix<f64>, case: usize) -> f64 {
    let s4 = {
        let m2 = add_bias(x0, &x0.column(1).into_owned()).map(|e| {
            let t1 = e / (1.0 + (0.2 * e).powi(2));
            -t1
        });
        let mut acc3: DMatrix<f64> = DMatrix::from_element(2, 2, 2.0);
        for i in 0..m2.ncols() {
            acc3 = acc3.map(|e| e.sin())
                + sigmoid(
                    &(0.1
                        * x0.component_mul(&m2).component_mul(&tanh(
                            &(0.01
                                * (x0.row(i).norm_squared()
                                    * DMatrix::identity(2, 3)
                                    * (x0.sum() * DMatrix::identity(3, 2)))),
                        ))),
                );
        }
        (acc3.sum() * DMatrix::identity(3, 2)).row_sum().sum()
    };
    let m8 = match case {
        0 => {
            let mut acc5: DMatrix<f64> = DMatrix::from_element(2, 2, 0.75);
            acc5 -= tanh(&(0.02 * (x0 * (s4 * DMatrix::identity(2, 2)))))
                .component_div(&exp(&x0.map(|e| (0.5 * e).tanh())));
            acc5 *= ((0.05 * (s4 + s4.sin())).tanh() + (0.1 * s4).cos()).cos();
            relu(&ln(&x0.map(|e| e * e + 0.5))) + &acc5
        }
        1 | 2 => {
            let m6: DMatrix<f64> =
                softmax(&(0.02 * (s4 * DMatrix::identity(2, 2)).component_mul(x0)));
            &m6 * s4
        }
        _ => (s4 * DMatrix::identity(2, 2))
            .map(|e| {
                let t7 = e;
                (0.1 * t7).tanh()
            })
            .transpose(),
    };
    (0.01 * (s4 / (1.0 + (0.1 * s4).powi(2)) + m8.norm_squared())).tanh() + x0.sum()
}

#[test]
fn check_f091() {
    passes_at_random_points(91, "f091", |rng| f091::check(&rng.matrix(2, 2), rng.int(0, 3)));
}

#[differentiable]
fn f092(x0: &DMatrix<f64>, x1: &DVector<f64>, x2: &DMatrix<f64>) -> f64 {
    let v2 = {
        let v1 = x1 / (1.0 + x2.norm_squared());
        x2.column(0).into_owned() * (0.2 * v1.mean()).exp()
    };
    let v3 = tanh(&(0.2 * &v2));
    let x1 = x1 * 0.5;
    (0.01 * (x1[0].min(v3.sum()) + x0.norm_squared())).tanh() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f092() {
    passes_at_random_points(92, "f092", |rng| {
        f092::check(&rng.matrix(4, 4), &rng.vector(1), &rng.matrix(4, 1))
    });
}

#[differentiable]
fn f093(x0: &DMatrix<f64>, x1: DMatrix<f64>, n: usize, case: usize) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(3, 3);
    acc1 += sigmoid(
        &(0.05
            * f065(
                &tanh(
                    &(0.05
                        * (x1.rows(0, 1).mean()
                            * DMatrix::identity(3, 3)
                            * (x0.sum() * DMatrix::identity(3, 1)))),
                ),
                &tanh(
                    &(0.02
                        * (x0.sum()
                            * DMatrix::identity(3, 3)
                            * (DVector::from_column_slice(&[-0.25, 1.0, 0.75])
                                * x0.column(1).sum()))),
                ),
                x0.rows(0, 1).sum() * x1.columns(1, 1).mean(),
                case,
            )),
    );
    let m2 = -&acc1;
    match case {
        0 => {
            let mut acc3 = tanh(
                &(0.01 * (f043(m2.norm_squared() * DMatrix::identity(3, 2)) * log_softmax(x0))),
            );
            for _ in 0..n {
                acc3 += sigmoid(
                    &(0.05
                        * f065(
                            &acc1.columns(1, 1).into_owned(),
                            &acc1.column(1).into_owned(),
                            (0.02 * x0.norm_squared()).tanh(),
                            0,
                        )),
                );
                acc3 /= 2.0 + (0.5 * cross_entropy(&m2, &[0, 1, 2])).tanh();
            }
            acc1 = &acc1 * 0.5 + (&m2 + &acc3);
        }
        1 | 2 => {
            let m6 = {
                let m4 = tanh(&(0.05 * (x1.norm_squared() * DMatrix::identity(2, 2))))
                    .component_mul(&x1);
                let m5 = acc1.mean() * DMatrix::identity(3, 3);
                m4.rows(0, 1).norm_squared() * DMatrix::identity(3, 3) + acc1.transpose() + &m5
            };
            acc1 = &acc1 * 0.5 + tanh(&(0.05 * (log_softmax(&m2) + &m6)));
        }
        _ => {
            acc1 = &acc1 * 0.5
                + sigmoid(
                    &(0.05
                        * f065(
                            &(x0[(0, 0)] * DMatrix::identity(3, 1))
                                .map(|e| (0.2 * f088(&e, 2)).sin()),
                            &m2.column(0).into_owned().map(|e| f002(f088(&e, 0), f002(e, e))),
                            x0[(1, 0)] + m2.columns(1, 2).norm_squared(),
                            case,
                        )),
                );
        }
    }
    &x1 / (1.0 + (acc1[(2, 1)] * DMatrix::identity(2, 3)).norm_squared())
        + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f093() {
    passes_at_random_points(93, "f093", |rng| {
        f093::check(&rng.matrix(2, 3), rng.matrix(2, 2), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f094(x0: f64, n: usize, case: usize) -> f64 {
    let mut acc1 =
        ln(&(x0 * DMatrix::identity(5, 3)).map(|e| e * e + 0.5)) * (0.5 * (0.5 * x0).tanh()).tan();
    if n > 2 {
        acc1 -= (x0 * DMatrix::identity(5, 3))
            .component_div(&(x0 * DMatrix::identity(5, 3)).map(|e| e * e + 0.5));
    } else {
        acc1 *= (0.1
            * f054(
                (x0.powi(2) + 0.5).sqrt(),
                &add_bias(
                    &(x0 * DMatrix::identity(4, 2)),
                    &(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0),
                ),
            ))
        .cos();
    }
    let s2 = match case {
        0 => acc1[(3, 2)] / (2.0 + (0.5 * x0).sin()),
        1 | 2 => x0 / (2.0 + (0.5 * x0).tanh()),
        _ => {
            acc1 *= (0.5 * x0).cos().abs().tanh();
            (2.0 + mse(
                &sigmoid(
                    &(0.05
                        * (DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25])
                            * acc1.column(1).norm())),
                ),
                &(DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0),
            )
            .sin())
            .ln()
        }
    };
    (0.05 * ((0.5 * (0.5 * x0).tanh()).tan() + acc1.mean() + s2)).tanh() + x0
}

#[test]
fn check_f094() {
    passes_at_random_points(94, "f094", |rng| f094::check(rng.scalar(), 4, rng.int(0, 3)));
}

#[differentiable]
fn f095(x0: &DVector<f32>, x1: &DMatrix<f32>, x2: &DVector<f32>, n: usize) -> DMatrix<f32> {
    let m4 = {
        let m1 =
            x1.rows(1, 2).into_owned().map(|e| (e / (2.0 + (0.5 * e).tanh())).min(f026(&e, 4)));
        let mut acc2: DMatrix<f32> = DMatrix::zeros(2, 2);
        for _ in 0..n {
            acc2 = &acc2 * 0.5
                + sigmoid(
                    &(0.1
                        * (x2.sum() * DMatrix::identity(2, 2)).map(|e| {
                            let t3 = e.min(e.sin());
                            f026(&e, 4) + t3
                        })),
                );
        }
        softmax(
            &(0.05
                * (x1.transpose().transpose()
                    * (0.01 * m1.norm_squared()).exp()
                    * (0.05 * acc2.norm_squared()).exp())),
        )
    };
    let m4 = &m4 * 0.5;
    let x2 = x2.map(|e| e.sin());
    (x2.sum() * DMatrix::identity(2, 2) - x0.mean() * DMatrix::identity(2, 2)) * m4.mean().exp()
        + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f095() {
    passes_at_random_points(95, "f095", |rng| {
        f095::check(&rng.vector(5), &rng.matrix(5, 2), &rng.vector(2), 2)
    });
}

#[differentiable(wrt(x0, x1))]
fn f096(x0: f64, x1: &DMatrix<f64>, p: &Affine) -> f64 {
    let mut acc1: f64 = 1.0;
    acc1 /= 1.0 + (2.0 + p.b[3].sin()).ln().powi(2);
    assert_eq!(p.w.shape(), (5, 2));
    f091(&(acc1 * DMatrix::identity(2, 2)), 3)
        + x0
        + x1.mean()
        + (x0 + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f096() {
    passes_at_random_points(96, "f096", |rng| {
        f096::check(
            rng.scalar(),
            &rng.matrix(4, 4),
            &Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
        )
    });
}

#[differentiable]
fn f097(x0: &DMatrix<f64>, x1: DMatrix<f64>, n: usize) -> DMatrix<f64> {
    let m1 = log_softmax(&(x0.column(1).mean() * DMatrix::identity(1, 3)));
    let c2: DMatrix<f64> = DMatrix::zeros(3, 4);
    let mut acc3: DMatrix<f64> = DMatrix::zeros(4, 1);
    for i in 0..n {
        acc3 *= c2[(i, i)].sin();
    }
    tanh(&(0.05 * (x0[(0, 1)] * DMatrix::identity(3, 1) * &m1 + &x1))) * (0.2 * acc3.mean()).exp()
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f097() {
    passes_at_random_points(97, "f097", |rng| f097::check(&rng.matrix(1, 3), rng.matrix(3, 3), 3));
}

#[differentiable(wrt(x0))]
fn f098(x0: DVector<f64>, x1: DVector<f64>) -> f64 {
    let x0 = x0.map(|e| e.sin()) + (x1.mean() * DMatrix::identity(3, 3)).column_sum();
    let v1 = (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x0[0])
        .component_div(&x1.map(|e| e * e + 0.5))
        / (2.0 + (0.2 * (0.01 * x0.norm_squared()).tanh().min(x0[1])).sin());
    v1[0] - (0.05 * v1.sum()).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f098() {
    passes_at_random_points(98, "f098", |rng| f098::check(rng.vector(3), rng.vector(3)));
}

#[differentiable]
fn f099(x0: &DVector<f64>, q: Affine, n: usize, case: usize) -> f64 {
    let mut acc1: f64 = 0.5;
    for i in 0..x0.len() {
        for _ in 0..q.w.nrows() {
            let mut acc2: DVector<f64> = DVector::zeros(4);
            acc2 -= tanh(x0);
            acc1 /= 1.0 + (0.5 * (acc2.sum() + (0.02 * q.w.norm_squared()).tanh())).tanh().powi(2);
        }
        let mut acc3: DVector<f64> = DVector::zeros(4);
        if n > 3 {
            acc3 += (0.1 * f046((0.05 * acc1).sin() * x0, (0.05 * acc1).tanh() * q.b[i], true))
                .map(|e| e.tanh());
        } else {
            acc3 *= (0.02 * q.w.norm_squared()).tanh().sin();
            acc3 += (0.1 * (add_bias(&DMatrix::zeros(4, 4), x0) * x0)).map(|e| e.tanh());
        }
        acc1 /= 1.0
            + ((0.02
                * mse(&(x0.sum() * DMatrix::identity(2, 4)), &(q.b[i] * DMatrix::identity(2, 4))))
            .sin()
                * (0.05
                    * f027(
                        q.w.row(i).norm(),
                        &(DVector::from_column_slice(&[0.5, -0.25, 1.0]) * acc3.sum()),
                        q.clone(),
                        case,
                    ))
                .tanh())
            .powi(2);
    }
    assert_eq!(x0.len(), 4);
    let c4: DMatrix<f64> = DMatrix::zeros(4, 2);
    (0.05 * ((x0.sum() + acc1) * c4.mean().exp())).tanh() + (x0.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f099() {
    passes_at_random_points(99, "f099", |rng| {
        f099::check(
            &rng.vector(4),
            Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
            3,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f100(x0: f32, x1: f32, q: &TwoLayer32) -> f32 {
    let s1 = x0;
    let mut acc2: DMatrix<f32> = DMatrix::zeros(4, 4);
    acc2 *= (0.2 * q.second.b.sum()).sin();
    acc2 *= (0.5 * x1).sin().min((0.5 * x0).tanh()).tanh();
    acc2 /= 1.0 + (0.5 * -q.gain).cos().powi(2);
    (x0.powi(2) + 1.0).ln()
        + s1
        + acc2.mean()
        + (x0
            + x1
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f100() {
    passes_at_random_points(100, "f100", |rng| {
        f100::check(
            rng.scalar(),
            rng.scalar(),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(4, 3), b: rng.vector(4) },
                second: Affine32 { w: rng.matrix(3, 4), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f101(x0: &DMatrix<f64>, x1: &DMatrix<f64>, n: usize) -> f64 {
    let m1 = softmax(&(0.2 * (x0.rows(2, 2).norm() * DMatrix::identity(5, 5))));
    let mut acc2: DMatrix<f64> = DMatrix::zeros(5, 5);
    if acc2.norm_squared() < 0.3 {
        acc2 -= m1.columns(3, 1).into_owned() * x1.rows(1, 1).into_owned() * x1[(1, 1)];
    } else if (0.05
        * mse(&(x1.columns(0, 5).mean() * DMatrix::identity(5, 1)), &x0.columns(3, 1).into_owned()))
    .tanh()
        < (0.02 * x0.column(4).norm_squared()).tanh()
    {
        acc2 -= x0.transpose();
        acc2 *= (0.1
            * ((0.01 * (DVector::from_column_slice(&[-0.5]) * x0.norm_squared()))
                .map(|e| e.tanh())
                - DVector::from_column_slice(&[-0.5]) * x0.columns(2, 3).norm())
            .mean())
        .tanh();
    } else {
        let m5 = {
            let m4 = ln(&x0
                .map(|e| {
                    let t3 = e;
                    t3 + e
                })
                .map(|e| 2.0 + e.sin()));
            acc2 /= 2.0 + (0.5 * -x1[(0, 0)]).cos();
            relu(&(acc2.rows(0, 5).norm() * DMatrix::identity(5, 5))) + &m4
        };
        acc2 -= ln(&m1.map(|e| e * e + 0.5)) + &m5;
    }
    let s6 = if n > 3 {
        acc2[(1, 2)]
    } else {
        f081(acc2.column(4).mean() * (0.05 * m1.columns(0, 5).norm_squared()).sin(), 0.3, 2)
    };
    (0.05 * (s6 - x1.mean() + m1.norm_squared())).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f101() {
    passes_at_random_points(101, "f101", |rng| {
        f101::check(&rng.matrix(5, 5), &rng.matrix(2, 5), 2)
    });
}

#[differentiable]
fn f102(x0: f64, x1: &DVector<f64>, x2: DMatrix<f64>, case: usize) -> f64 {
    let v1 = if f051(&(x0 * DMatrix::identity(4, 2)), x0, case) < 0.3 {
        let x2 = tanh(&(0.5 * &x2)) + x2.map(|e| -e);
        softmax(&(0.01 * (DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x2.norm_squared())))
    } else {
        DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x0
    };
    let s2 = x0 * x0.sin();
    let v3 = x1.add_scalar(s2);
    (0.02 * ((1.0 + x1.mean().powi(2)).powf(0.5 * (0.5 * s2).tanh()) + x2.norm_squared())).sin()
        + v1.sum()
        + v3.sum()
        + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f102() {
    passes_at_random_points(102, "f102", |rng| {
        f102::check(rng.scalar(), &rng.vector(2), rng.matrix(3, 3), rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f103(x0: f64, x1: &DMatrix<f64>, flag: bool, case: usize) -> f64 {
    let m2 = {
        let m1 = add_bias(&(x1 / (2.0 + (0.5 * x0).tanh())), &(x0 * x1.column(0).into_owned()));
        x0 * DMatrix::identity(1, 2) * (0.05 * m1.sum()).exp()
    };
    let s6 = if m2.mean() > 0.5 {
        (0.05 * f006(&(x0 * DMatrix::identity(2, 2)), &(x0 * DMatrix::identity(5, 2)), flag))
            .tanh()
            .min(x0 + m2.columns(0, 2).sum())
    } else if flag {
        let s3 = -(2.0 + x0.sin()).ln();
        x0 - m2.sum() + s3
    } else {
        let m5 = match case {
            0 => {
                let m4 = x0 * DMatrix::identity(2, 1) * x1;
                add_bias(x1, &x1.column(0).into_owned()) * (0.01 * m4.norm_squared()).exp()
            }
            1 | 2 => x1.transpose() * x0.max((0.01 * m2.row(0).norm_squared()).sin()),
            _ => x1.clone(),
        };
        (1.0 + x0.powi(2)).powf(0.5 * (0.5 * x0).tanh()) + m5.mean()
    };
    let m8 = m2.map(|e| {
        let t7 = e;
        t7 + (0.2 * t7).tanh()
    });
    (0.01 * mse(&x1.column(0).into_owned(), &(DVector::from_column_slice(&[0.5]) * s6))).tanh()
        + m8.sum()
        + (x0 + x1.sum())
}

#[test]
fn check_f103() {
    passes_at_random_points(103, "f103", |rng| {
        f103::check(rng.scalar(), &rng.matrix(1, 1), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f104(x0: &DVector<f64>, x1: f64, p: TwoLayer) -> f64 {
    let c1: DMatrix<f64> = DMatrix::from_element(2, 2, 0.75);
    let m2 = if x1 * p.gain < x1 {
        relu(&(p.gain * DMatrix::identity(2, 3)))
    } else {
        softmax(&(0.05 * f031(&c1.transpose(), &add_bias(&c1, &p.first.b))))
    };
    (0.05 * ((x1 - p.gain + x0.mean()) * c1.mean().exp())).tanh()
        + m2.sum()
        + (x0.sum()
            + x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f104() {
    passes_at_random_points(104, "f104", |rng| {
        f104::check(
            &rng.vector(2),
            rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(2, 5), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f105(x0: f32, flag: bool, case: usize) -> DMatrix<f32> {
    let mut acc1: DMatrix<f32> = DMatrix::from_element(4, 4, 1.5);
    for _ in 0..3_usize {
        match case {
            0 => {
                acc1 = &acc1 * 0.5
                    + tanh(&(0.5 * (x0 * DMatrix::identity(4, 4) / (1.0 + (0.5 * x0).powi(2)))));
            }
            1 | 2 => {
                let m3 = {
                    let m2 = tanh(&(0.2 * &acc1));
                    tanh(
                        &(0.05
                            * (f021(&(x0 * DMatrix::identity(4, 3)), flag)
                                * (0.05 * m2.norm_squared()).exp())),
                    )
                };
                acc1 *= (0.1 * (x0 * m3.sum())).cos();
            }
            _ => {
                acc1 *= (0.2 * (0.5 * x0).exp()).sin();
            }
        }
        acc1 -= sigmoid(&(0.5 * relu(&(x0 * DMatrix::identity(4, 4)).transpose())));
    }
    let x0 = (0.5 * x0).tanh()
        + (0.05 * f055(&(x0 * DMatrix::identity(5, 4)), &acc1.column(0).into_owned(), flag)).tanh();
    tanh(&(0.2 * &acc1)) * (0.5 * x0).exp() + DMatrix::from_element(4, 4, 1.0) * x0
}

#[test]
fn check_f105() {
    passes_at_random_points(105, "f105", |rng| {
        f105::check(rng.scalar(), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f106(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let x1 = tanh(&(0.5 * x1)) + x0;
    let mut acc1 = ln(&(&x1 + x0).map(|e| 2.0 + e.sin()));
    acc1 = tanh(&(0.5 * &acc1)) + (x0 + &x1);
    acc1 = &acc1 * 0.5 + sigmoid(&softmax(&(0.5 * &x1)));
    (0.02 * x1.column(1).norm_squared()).tanh() + x0[(1, 0)] + acc1.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f106() {
    passes_at_random_points(106, "f106", |rng| f106::check(&rng.matrix(4, 2), &rng.matrix(4, 2)));
}

#[differentiable(wrt(x0))]
fn f107(x0: f32, x1: f32) -> f32 {
    let mut acc1: f32 = 0.0;
    if f058(&(acc1 * DMatrix::identity(2, 2)), 2, true, 3) < x1 {
        let v2 = (acc1 * DMatrix::identity(4, 4)).column_variance();
        acc1 /= 2.0 + (x1 * v2[1]).cos();
    }
    let m3 = log_softmax(&(acc1 * DMatrix::identity(2, 4)));
    acc1 = acc1.sin() + (x0 + x1 - x1);
    acc1 * m3.column(0).sum() + (x0 + x1)
}

#[test]
fn check_f107() {
    passes_at_random_points(107, "f107", |rng| f107::check(rng.scalar(), rng.scalar()));
}

#[differentiable]
fn f108(x0: f64, n: usize, case: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 3, 2.0);
    match case {
        0 => {
            acc1 = acc1.map(|e| e.sin()) + softmax(&(x0 * DMatrix::identity(4, 3)));
        }
        1 | 2 => {
            let mut acc2 = (x0.powi(2) + 0.5).sqrt();
            if n > 3 {
                acc2 += ((acc1.rows(3, 1).mean() - x0).powi(2) + 1.0).ln();
            } else if n > 2 {
                acc2 -= (0.05
                    * mse(
                        &(x0 * DMatrix::identity(4, 4)),
                        &(acc1[(2, 0)] * DMatrix::identity(4, 4)),
                    ))
                .sin();
            } else {
                acc2 /= 2.0 + (0.2 * f091(&(x0 * DMatrix::identity(2, 2)), 0).max(x0)).tanh();
                acc2 += (0.5 * x0).cos() / (2.0 + (0.5 * (x0 / (2.0 + (0.5 * x0).sin()))).tanh());
            }
            acc1 = acc1.map(|e| e.sin())
                + ln(&(x0 * DMatrix::identity(4, 3) + acc2 * DMatrix::identity(4, 3))
                    .map(|e| 2.0 + e.sin()));
        }
        _ => {
            acc1 += x0 * DMatrix::identity(4, 3) - x0 * DMatrix::identity(4, 3) * 0.5;
            acc1 *= (0.5 * (0.5 * x0).powi(2)).sin();
        }
    }
    match case {
        0 => {
            acc1 /= 2.0 + (0.5 * (0.5 * (x0 - x0.sin())).powi(2)).sin();
        }
        1 | 2 => {
            let s5 = {
                let m3 = x0 * DMatrix::identity(4, 2) * (x0 * DMatrix::identity(2, 3));
                let v4 = (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x0)
                    .map(|e| f088(&(e / (2.0 + (0.5 * e).sin())), 3))
                    + (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x0
                        - DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x0);
                (0.01 * (x0 + m3.norm_squared())).sin() + v4.mean()
            };
            acc1 += s5 * DMatrix::identity(4, 3) / (2.0 + (0.5 * x0).cos());
        }
        _ => {
            let mut acc6 = x0
                * DMatrix::identity(2, 3)
                * sigmoid(
                    &(0.05
                        * (acc1.mean() * DMatrix::identity(3, 2) * (x0 * DMatrix::identity(2, 4)))),
                );
            for _ in 0..acc1.ncols() {
                acc6 *= (0.5 * (x0 / (2.0 + (0.2 * acc1.mean()).sin()))).cos();
            }
            acc1 /= 2.0 + (0.05 * (x0.min(x0 * 0.5) + acc6.sum())).tanh().cos();
        }
    }
    (0.05 * ((0.5 * x0).exp() + acc1.mean())).tanh() + x0
}

#[test]
fn check_f108() {
    passes_at_random_points(108, "f108", |rng| f108::check(rng.scalar(), 2, rng.int(0, 3)));
}

#[differentiable]
fn f109(x0: &DMatrix<f32>, p: &TwoLayer32, flag: bool, case: usize) -> f32 {
    let mut acc1 =
        (0.02 * f090(&f021(&(p.gain * DMatrix::identity(4, 3)), flag), flag, case)).tanh();
    for i in 0..x0.nrows() {
        let mut acc2: DMatrix<f32> = DMatrix::zeros(3, 5);
        for _ in 0..p.second.b.len() {
            assert_eq!(p.second.b.len(), 5);
            acc2 = &acc2 * 0.5 + tanh(&(0.2 * log_softmax(x0)));
        }
        if p.gain < x0.row(i).mean() {
            acc2 *= (0.2 * p.second.b.norm()).tanh();
            acc1 /= 2.0 + (0.5 * (p.gain / (1.0 + (0.5 * p.gain).powi(2)))).abs().cos();
        } else {
            acc2 *= (0.2 * (p.gain - i as f32)).tanh();
            acc1 +=
                (0.2 * (p.gain / (2.0 + (0.5 * p.gain).cos())).min(p.gain * (p.gain * 0.5))).tanh();
        }
        acc1 /= 2.0 + (0.02 * (x0.columns(0, 3).sum() - p.gain + acc2.sum())).tanh().tanh();
    }
    let v4 = {
        let m3 = &p.second.w * p.second.w.rows(1, 2).into_owned();
        &p.second.b + m3.column(1).into_owned()
    };
    let acc1 = (0.5 * acc1).tanh();
    (0.01 * (p.gain + v4.norm_squared())).tanh()
        + acc1
        + (x0.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f109() {
    passes_at_random_points(109, "f109", |rng| {
        f109::check(
            &rng.matrix(3, 5),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f110(x0: &DMatrix<f32>) -> f32 {
    let c1: DMatrix<f32> = DMatrix::from_element(3, 5, 2.0);
    let m2 = softmax(x0);
    (0.02 * (m2.norm_squared() * (0.01 * c1.norm_squared()).exp())).tanh() + x0.sum()
}

#[test]
fn check_f110() {
    passes_at_random_points(110, "f110", |rng| f110::check(&rng.matrix(5, 3)));
}

#[differentiable(wrt(x0))]
fn f111(x0: f64, x1: DMatrix<f64>, case: usize) -> DMatrix<f64> {
    let s3 = if x0 > 1.5 {
        let s2 = if x0 > (0.5 * x0).tanh() {
            let mut acc1: f64 = 0.5;
            acc1 *= (0.2 * cross_entropy(&x1, &[1, 0, 3, 3])).cos();
            acc1 *= (0.2 * (0.5 * x0).exp()).sin();
            acc1 * 0.5
        } else {
            x1.mean().max(x0)
        };
        (0.5 * s2).sin().exp()
    } else {
        f087(
            &relu(&(x0 * DMatrix::identity(5, 3))),
            (0.05 * f106(&(x0 * DMatrix::identity(4, 2)), &(x0 * DMatrix::identity(4, 2)))).sin(),
            x0 * (0.02 * x1.columns(2, 2).norm_squared()).sin(),
            4,
            3,
        )
    };
    let m4 = x1.clone();
    let s6 = if (0.01 * mse(&(x0 * DMatrix::identity(4, 5)), &(s3 * DMatrix::identity(4, 5))))
        .tanh()
        < 0.75
    {
        f088(&(0.02 * (x0 * s3)).tanh(), case)
    } else {
        let s5 = m4.sum() / (2.0 + (0.1 * s3).cos());
        s5 * 0.5
    };
    tanh(&(0.01 * (s3 * DMatrix::identity(5, 4) * s3))) * (0.05 * m4.sum()).exp() * (0.1 * s6).exp()
        + DMatrix::from_element(5, 4, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f111() {
    passes_at_random_points(111, "f111", |rng| {
        f111::check(rng.scalar(), rng.matrix(4, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f112(x0: &DMatrix<f64>) -> f64 {
    let mut acc1 = add_bias(
        &sigmoid(&(0.02 * (x0.rows(1, 2).norm_squared() * DMatrix::identity(3, 4)))),
        &(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * x0.row(0).mean()),
    )
    .transpose();
    if acc1.mean() - acc1.sum() > 0.4 {
        let mut acc2: DMatrix<f64> = DMatrix::zeros(4, 3);
        if (0.01 * acc1.norm_squared()).tanh() > acc2.columns(0, 3).norm() {
            acc1 -= x0.mean() * DMatrix::identity(4, 4) * (&acc2 * x0.columns(0, 3).mean());
            acc2 = &acc2 * 0.5 + &acc1;
        } else {
            acc1 *=
                (0.05 * (x0.mean() * DMatrix::identity(3, 3)).row_sum().variance()).tanh().cos();
            acc2 /= 2.0
                + (0.5
                    * (x0.mean()
                        + (0.01 * (x0.sum() * DMatrix::identity(3, 3)).row_variance().sum())
                            .tanh()))
                .sin();
        }
        acc1 -= &acc2;
    }
    let m3 = tanh(&(0.5 * exp(&softmax(&(0.01 * (x0.norm_squared() * DMatrix::identity(3, 4)))))));
    (0.05 * ((0.01 * x0.norm_squared()).tanh() + acc1.sum())).tanh() + m3.mean() + x0.sum()
}

#[test]
fn check_f112() {
    passes_at_random_points(112, "f112", |rng| f112::check(&rng.matrix(4, 3)));
}

#[differentiable]
fn f113(x0: f64, q: Affine) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(5, 2, 1.5);
    for _ in 0..q.b.len() {
        acc1 -= sigmoid(&(0.5 * &q.w));
    }
    let v2 = log_softmax(&q.b);
    (0.01 * ((0.5 * (0.5 * x0).tanh()).tan() + acc1.mean() + v2.norm_squared())).tanh()
        + (x0 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f113() {
    passes_at_random_points(113, "f113", |rng| {
        f113::check(rng.scalar(), Affine { w: rng.matrix(5, 2), b: rng.vector(5) })
    });
}

#[differentiable]
fn f114(x0: f64) -> f64 {
    let s1 = (0.05 * f023(x0, x0, x0)).tanh() * (x0 * (x0 * 0.5));
    let s2 = (0.02 * mse(&(s1 * DMatrix::identity(3, 3)), &(x0 * DMatrix::identity(3, 3)))).tanh();
    f081(s1, 0.5, 2) + s2 + x0
}

#[test]
fn check_f114() {
    passes_at_random_points(114, "f114", |rng| f114::check(rng.scalar()));
}

#[differentiable]
fn f115(x0: &DMatrix<f64>, x1: &DMatrix<f64>, n: usize, case: usize) -> f64 {
    let mut acc1: f64 = 0.0;
    for i in 0..n {
        let mut acc2 = (2.0 + acc1.sin()).ln();
        for _ in 0..n {
            let s3 = (0.05 * (acc2 * i as f64)).tanh() * i as f64;
            acc2 -= (0.5 * (s3 / (2.0 + (0.5 * x0[(0, i)]).sin()))).tanh();
        }
        let mut acc4: DMatrix<f64> = DMatrix::zeros(4, 2);
        if n > 3 {
            acc4 = acc4.map(|e| e.sin())
                + tanh(&(0.5 * exp(&(0.1 * (acc2 * DMatrix::identity(4, 2))))));
        } else if acc2 < 0.5 {
            acc4 -= softmax(&(x1[(0, 1)] * DMatrix::identity(4, 2)));
            acc4 *= (0.05
                * f017(
                    acc1 * DMatrix::identity(3, 3),
                    &(acc2 * DMatrix::identity(3, 3)),
                    DMatrix::from_element(3, 3, 0.75),
                    case,
                ))
            .tanh()
            .tanh();
        } else {
            let mut acc5: DMatrix<f64> = DMatrix::from_element(2, 2, 0.3);
            acc5 = tanh(&acc5) + tanh(&(0.5 * x1));
            acc4 = &acc4 * 0.5
                + sigmoid(&(0.2 * (x0.transpose() * (0.05 * acc5.norm_squared()).exp())));
        }
        acc1 = acc1 * 0.5 + (0.1 * ((x1.variance().powi(2) + 0.5).sqrt() + acc4.mean())).tanh();
    }
    let m8 = match case {
        0 => {
            let m6: DMatrix<f64> = (x1 + x0.columns(2, 2).into_owned())
                .component_div(&(x1 * x1).map(|e| 2.0 + e.sin()));
            softmax(
                &(0.02
                    * (x0
                        * (acc1 * DMatrix::identity(4, 4))
                        * (acc1 * (0.02 * x0.norm_squared()).tanh()))),
            ) * (0.02 * m6.sum()).exp()
        }
        1 | 2 => exp(&(0.5 * x0)),
        _ => {
            let s7 = acc1.max(x1.mean());
            x0 * (0.2 * s7).exp()
        }
    };
    (0.01 * ((0.5 * acc1).sin() + m8.norm_squared())).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f115() {
    passes_at_random_points(115, "f115", |rng| {
        f115::check(&rng.matrix(2, 4), &rng.matrix(2, 2), 3, rng.int(0, 3))
    });
}

#[differentiable]
fn f116(x0: f32, x1: DMatrix<f32>, n: usize, flag: bool) -> f32 {
    let c1: f32 = 2.0;
    let mut acc2: DVector<f32> = DVector::zeros(3);
    if flag {
        acc2 -= (DVector::from_column_slice(&[1.0, 0.75, -0.5]) * c1).map(|e| e.sin());
    } else if n > 3 {
        acc2 = &acc2 * 0.5 + DVector::from_column_slice(&[1.0, 0.75, -0.5]) * c1;
    } else {
        acc2 /= 2.0 + (0.2 * x1.variance()).cos();
    }
    let mut acc3 = (&x1 * &x1).map(|e| (0.1 * e).tanh().tanh());
    for _ in 0..n {
        let mut acc4 = x1.mean();
        for _ in 0..n {
            acc4 += (0.02 * f090(&(c1 * DMatrix::identity(4, 3)), flag, 0)).tanh();
        }
        acc3 /= 1.0
            + (0.1
                * ((x0 + c1)
                    .max((0.05 * f015(&(x1.mean() * DMatrix::identity(2, 2)), &x1, x0)).sin())
                    + acc4))
                .powi(2);
    }
    c1 * x0 + acc2.sum() + acc3.mean() + (x0 + x1.sum())
}

#[test]
fn check_f116() {
    passes_at_random_points(116, "f116", |rng| {
        f116::check(rng.scalar(), rng.matrix(3, 3), 3, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f117(x0: f64, x1: &DMatrix<f64>, x2: &DMatrix<f64>) -> f64 {
    let mut acc1 = (x0 * DMatrix::identity(2, 1)).transpose().row_sum().mean();
    acc1 = acc1.sin() + ((0.01 * x2.columns(1, 3).norm_squared()).tanh() - x0);
    acc1 += x2.mean() * x0;
    let c2 = x1.ncols() as f64;
    (0.1 * acc1).sin() * (0.5 * c2).exp() + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f117() {
    passes_at_random_points(117, "f117", |rng| {
        f117::check(rng.scalar(), &rng.matrix(1, 2), &rng.matrix(4, 4))
    });
}

#[differentiable]
fn f118(x0: f64, case: usize) -> f64 {
    let s1 = x0 - x0 * 0.5;
    let s2 = match case {
        0 => ((0.5 * x0).tanh().powi(2) + 0.5).sqrt(),
        1 | 2 => (0.2 * s1).sin(),
        _ => {
            let s1 = s1 * 0.5 + x0 / (1.0 + (0.5 * x0).powi(2));
            (0.02
                * mse(
                    &tanh(
                        &(0.05 * (s1 * DMatrix::identity(4, 3) * (x0 * DMatrix::identity(3, 4)))),
                    ),
                    &log_softmax(&(0.5 * (s1 * DMatrix::identity(4, 4)))),
                ))
            .tanh()
        }
    };
    let s2 = s2.tanh() + (1.0 + s1.powi(2)).powf(0.5 * s2.tanh());
    x0 + s2 + x0
}

#[test]
fn check_f118() {
    passes_at_random_points(118, "f118", |rng| f118::check(rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f119(x0: &DMatrix<f32>, n: usize) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::from_element(2, 2, 1.25);
    acc1 += ln(&x0.map(|e| 2.0 + e.sin())).transpose();
    let m2 = if x0.column(1).norm_squared() > 0.75 {
        ln(&acc1.map(|e| e * e + 0.5))
    } else if n > 2 {
        tanh(
            &(0.02
                * (x0 * x0).component_mul(&add_bias(
                    &acc1,
                    &(DVector::from_column_slice(&[0.5, -0.25]) * x0.row(0).sum()),
                ))),
        )
    } else {
        assert_eq!(x0.shape(), (2, 2));
        exp(&(0.5 * &acc1))
    };
    (0.05 * (f107(acc1.row(0).norm(), 0.25) + m2.sum())).tanh() + x0.sum()
}

#[test]
fn check_f119() {
    passes_at_random_points(119, "f119", |rng| f119::check(&rng.matrix(2, 2), 3));
}

#[differentiable]
fn f120(x0: &DVector<f64>, x1: &DVector<f64>) -> DVector<f64> {
    let v1 = DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x1[0];
    let v2 = sigmoid(&(0.05 * (x1.norm_squared() * DMatrix::identity(4, 2))))
        * (DVector::from_column_slice(&[1.0, 0.75]) * v1.mean());
    (v1.sum() * DMatrix::identity(4, 3)).column_mean()
        + x0
        + &v2
        + DVector::from_element(4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f120() {
    passes_at_random_points(120, "f120", |rng| f120::check(&rng.vector(4), &rng.vector(3)));
}

#[differentiable]
fn f121(x0: &DMatrix<f64>, case: usize) -> DMatrix<f64> {
    let m1 = relu(&(x0[(1, 0)] * DMatrix::identity(2, 5)))
        * ln(&exp(&(0.2 * (x0.columns(0, 1).norm() * DMatrix::identity(5, 2)))));
    let m2 = tanh(&(0.01 * (exp(&(0.1 * &m1)) * f084(&m1, case))));
    assert_eq!(m2.shape(), (2, 2));
    x0.map(|e| (e - e * 0.5) / (2.0 + (0.5 * e).cos()))
        + DMatrix::from_element(2, 2, 1.0) * x0.sum()
}

#[test]
fn check_f121() {
    passes_at_random_points(121, "f121", |rng| f121::check(&rng.matrix(2, 2), rng.int(0, 3)));
}

#[differentiable]
fn f122(x0: &DVector<f64>, x1: DMatrix<f64>, case: usize) -> DVector<f64> {
    let x0 = x0 * 0.5 + &x1 * x0;
    let v1 = (0.02 * (&x1 * &x0)).map(|e| e.tanh());
    let mut acc2 = exp(&v1);
    match case {
        0 => {
            acc2 -= DVector::from_column_slice(&[1.0, 0.75, -0.5]) * x1.sum()
                / (2.0 + (0.1 * x0.mean()).cos());
        }
        1 | 2 => {
            let mut acc3: DVector<f64> = DVector::zeros(4);
            for i in 0..v1.len() {
                acc3 /= 2.0 + (0.1 * x0.mean().min(x1[(i, i)])).tanh();
                acc3 = &acc3 * 0.5
                    + sigmoid(
                        &(0.1
                            * relu(
                                &(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0[2]),
                            )),
                    );
            }
            acc2 += (0.02 * (&x0 * (0.02 * acc3.norm_squared()).exp())).map(|e| e.tanh());
        }
        _ => {
            acc2 = &acc2 * 0.5 + &x0;
        }
    }
    (0.05 * (x1.column_variance() + &acc2)).map(|e| e.tanh())
        + DVector::from_element(3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f122() {
    passes_at_random_points(122, "f122", |rng| {
        f122::check(&rng.vector(3), rng.matrix(3, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f123(x0: &DMatrix<f64>, x1: &DVector<f64>, x2: &DMatrix<f64>, q: &Affine) -> DMatrix<f64> {
    let m1 = (q.w.column(0).norm() * DMatrix::identity(1, 1)).map(|e| (0.5 * e).tanh());
    let mut acc2 = tanh(
        &(0.1
            * (add_bias(&DMatrix::zeros(1, 4), &q.b)
                * (q.w.column(0).sum() * DMatrix::identity(4, 1)))),
    );
    for i in 0..x1.len() {
        for _ in 0..x2.nrows() {
            let s4 = {
                let m3 = tanh(
                    &(0.02
                        * (x2.column(i).norm()
                            * DMatrix::identity(1, 4)
                            * x0.columns(0, 1).into_owned())),
                )
                .transpose();
                (0.01 * x0.row_variance().norm_squared()).tanh() + m3.norm_squared()
            };
            acc2 /= 2.0 + (0.1 * (s4 * s4.sin() * (s4 - (i as f64 + 0.5)))).tanh();
        }
        acc2 /= 2.0
            + (0.02
                * mse(
                    &x1.map(|e| e.min(e * 0.5)),
                    &ln(&(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0.row(i).sum())
                        .map(|e| e * e + 0.5)),
                ))
            .sin()
            .tanh();
    }
    ln(&m1.map(|e| e * e + 0.5))
        + &acc2
        + DMatrix::from_element(1, 1, 1.0)
            * (x0.sum() + x1.sum() + x2.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f123() {
    passes_at_random_points(123, "f123", |rng| {
        f123::check(
            &rng.matrix(4, 4),
            &rng.vector(4),
            &rng.matrix(5, 4),
            &Affine { w: rng.matrix(1, 1), b: rng.vector(1) },
        )
    });
}

#[differentiable]
fn f124(x0: DMatrix<f64>, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let m1 = -x1.transpose();
    let c2: DMatrix<f64> = DMatrix::from_element(4, 3, 2.0);
    let m3 = m1.component_mul(&m1) + relu(&m1);
    sigmoid(
        &(0.05
            * ((x1 + c2.columns(1, 2).into_owned())
                * (0.05 * x0.sum()).exp()
                * (0.02 * m3.sum()).exp())),
    ) + DMatrix::from_element(4, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f124() {
    passes_at_random_points(124, "f124", |rng| f124::check(rng.matrix(4, 3), &rng.matrix(4, 2)));
}

#[differentiable]
fn f125(x0: &DMatrix<f64>, x1: f64) -> DVector<f64> {
    let m1 = tanh(
        &(0.05
            * ((x0.mean() * DMatrix::identity(3, 4)).transpose()
                * (x0.sum() / (2.0 + (0.5 * x1).sin())))),
    );
    let v2: DVector<f64> = x1 * x0.column(0).into_owned();
    v2.map(|e| (0.2 * e).tanh()) * (0.2 * m1.sum()).exp()
        + DVector::from_element(4, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f125() {
    passes_at_random_points(125, "f125", |rng| f125::check(&rng.matrix(4, 3), rng.scalar()));
}

#[differentiable]
fn f126(x0: DMatrix<f64>, x1: f64, p: &TwoLayer) -> f64 {
    let v1 = (0.02 * p.second.w.norm_squared()).sin() * p.gain * &p.first.b;
    let v1 = v1.map(|e| e.sin()) + &p.first.b / (2.0 + (0.5 * p.gain).tanh());
    let x1 = x1.sin();
    (0.05 * ((0.01 * ((0.5 * p.gain).cos() + x0.norm_squared())).tanh() + v1.norm_squared())).tanh()
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
fn check_f126() {
    passes_at_random_points(126, "f126", |rng| {
        f126::check(
            rng.matrix(3, 5),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 5), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f127(x0: f32, x1: f32, x2: &DMatrix<f32>, n: usize, flag: bool, case: usize) -> f32 {
    let s2 = {
        let m1 = tanh(&(0.5 * x2));
        (1.0 + x1.powi(2)).powf(0.5 * m1.mean().tanh())
    };
    let s3 = x0 + s2;
    let mut acc4: DMatrix<f32> = DMatrix::zeros(2, 2);
    for i in 0..n {
        let mut acc5 = exp(&sigmoid(&(0.5 * x2)));
        for _ in 0..2_usize {
            acc5 *= (0.05 * x2.dot(x2)).tanh().tanh();
            acc5 -= softmax(&(0.2 * exp(&(0.1 * (s2 * DMatrix::identity(4, 4) * x2)))));
        }
        let x2 = tanh(&(0.5 * x2)) + relu(x2);
        acc4 *= (0.05
            * (((0.02 * (x2.columns(0, 2).norm() * (i as f32 + 0.5))).tanh().powi(2) + 0.5)
                .sqrt()
                + acc5.sum()))
        .tanh()
        .sin();
    }
    (0.02 * f090(&(acc4.columns(0, 1).sum() * DMatrix::identity(4, 3)), flag, case)).tanh()
        + s3
        + (x0 + x1 + x2.sum())
}

#[test]
fn check_f127() {
    passes_at_random_points(127, "f127", |rng| {
        f127::check(
            rng.scalar(),
            rng.scalar(),
            &rng.matrix(4, 2),
            4,
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f128(x0: &DMatrix<f64>, x1: &DMatrix<f64>, n: usize, case: usize) -> f64 {
    let m1 = -x0;
    let mut acc2 = ln(&exp(&(0.05
        * (x0.rows(1, 2).mean()
            * DMatrix::identity(4, 4)
            * (x1.mean() * DMatrix::identity(4, 4))))));
    match case {
        0 => {
            let m3 = tanh(&(0.02 * (x0.transpose() * (x0 * &acc2))));
            acc2 = acc2.map(|e| e.sin()) + m3.map(|e| (1.0 + e.powi(2)).powf(0.5 * e.tanh()));
        }
        1 | 2 => {
            if acc2.row(2).norm_squared() > (0.01 * m1.norm_squared()).sin() {
                let m1 = m1.map(|e| e.sin())
                    + m1.component_mul(&(acc2.row(2).sum() * DMatrix::identity(3, 4)));
                acc2 = acc2.map(|e| e.sin())
                    + ln(&ln(&exp(&(0.2 * (x1.mean() * DMatrix::identity(4, 4)))))
                        .map(|e| e * e + 0.5))
                        * (0.01 * m1.norm_squared()).exp();
            } else if n > 3 {
                acc2 /= 2.0 + (0.1 * x1.sum()).sin();
            } else {
                acc2 += sigmoid(&(0.05 * (x0.column(2).norm_squared() * DMatrix::identity(4, 4))))
                    + x1.row(0).sum() * DMatrix::identity(4, 4);
                acc2 *= (0.5 * (0.5 * (m1[(2, 1)] + (0.01 * m1.norm_squared()).sin())).tanh())
                    .tan()
                    .cos();
            }
            acc2 /= 2.0 + (0.01 * x1.norm_squared()).tanh().abs().sin();
        }
        _ => {
            acc2 -= (-tanh(&(0.01 * (x0.norm_squared() * DMatrix::identity(4, 4)))))
                .component_mul(&(x1 * x0));
        }
    }
    let c4: f64 = 2.0;
    (0.05 * (acc2.row(1).mean() / (2.0 + c4.tanh()) + m1.mean())).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f128() {
    passes_at_random_points(128, "f128", |rng| {
        f128::check(&rng.matrix(3, 4), &rng.matrix(4, 3), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f129(x0: &DMatrix<f32>, x1: &DVector<f32>, n: usize, case: usize) -> DMatrix<f32> {
    let m3 = match case {
        0 => {
            let mut acc1: DVector<f32> = DVector::zeros(2);
            match case {
                0 => {
                    acc1 -= x1 + (0.5 * x1).map(|e| e.tanh());
                }
                1 | 2 => {
                    let x1 = x1 * 0.5
                        + log_softmax(
                            &(0.02
                                * (DVector::from_column_slice(&[-0.5, 0.3]) * x0.norm_squared())),
                        );
                    acc1 = acc1.map(|e| e.tanh())
                        + x0.columns(0, 2).norm()
                            * DMatrix::identity(2, 3)
                            * (0.02
                                * (DVector::from_column_slice(&[-0.5, 0.3, -1.0])
                                    * x1.norm_squared()))
                            .map(|e| e.tanh())
                            / (2.0
                                + (0.1 * x0.rows(0, 2).into_owned().row_sum().variance()).tanh());
                }
                _ => {
                    acc1 += x1;
                }
            }
            x0.map(|e| e.min(e * 0.5)) * (0.01 * acc1.norm_squared()).exp()
        }
        1 | 2 => {
            let mut acc2: DVector<f32> = DVector::zeros(3);
            acc2 -= x0.column(1).into_owned();
            x0.transpose() * (0.1 * acc2.sum()).exp()
        }
        _ => relu(x0),
    };
    let mut acc4: DVector<f32> = DVector::zeros(2);
    for _ in 0..n {
        let s5 = (0.5 * (0.5 * x0.mean()).tanh()).tan();
        acc4 = acc4.map(|e| e.sin())
            + sigmoid(
                &(0.5
                    * (add_bias(&DMatrix::zeros(2, 3), x1)
                        * (DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * s5)
                        / (2.0 + (0.2 * f119(&(s5 * DMatrix::identity(2, 2)), 3)).tanh()))),
            );
    }
    assert_eq!(x1.len(), 2);
    tanh(&(0.02 * (x0.row(0).norm() * &m3))) * (0.2 * acc4.sum()).exp()
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f129() {
    passes_at_random_points(129, "f129", |rng| {
        f129::check(&rng.matrix(3, 3), &rng.vector(2), 2, rng.int(0, 3))
    });
}

#[differentiable]
fn f130(x0: &DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> f64 {
    let m1 = softmax(&(0.05 * f111(x1[(2, 1)], DMatrix::from_element(4, 4, 0.25), case)));
    let mut acc2 = sigmoid(&(0.01 * (x0.norm_squared() * DMatrix::identity(4, 5)))).transpose();
    acc2 /= 2.0 + (0.1 * x0.rows(0, 5).sum()).tanh();
    acc2 = tanh(&acc2)
        + m1.map(|e| {
            let t3 = e;
            e + t3
        });
    (0.05 * (m1.norm_squared() / (2.0 + (0.1 * x0.sum()).tanh()) + acc2.sum())).sin()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f130() {
    passes_at_random_points(130, "f130", |rng| {
        f130::check(&rng.matrix(5, 4), &rng.matrix(4, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f131(x0: f64, x1: &DVector<f64>) -> DMatrix<f64> {
    let m2 = {
        let s1: f64 = cross_entropy(
            &(x0 * DMatrix::identity(2, 2) + add_bias(&DMatrix::zeros(2, 2), x1)),
            &[1, 1],
        );
        s1 * DMatrix::identity(4, 2)
    };
    let mut acc3 = (x0 * DMatrix::identity(2, 4)).mean();
    for _ in 0..m2.ncols() {
        let mut acc4 = f049(
            &add_bias(&m2, &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * acc3)),
            x0 / (1.0 + m2.norm_squared()),
            4,
        );
        for _ in 0..x1.len() {
            acc3 *= (0.5 * (x0.powi(2) + 0.5).sqrt()).tanh();
            acc4 = acc4.map(|e| e.sin()) + softmax(&(0.2 * &m2));
        }
        acc3 *= (0.01 * (x0 + x0 * 0.5 + acc4.norm_squared())).tanh().tanh();
    }
    ln(&exp(&(0.2 * (acc3 * DMatrix::identity(4, 4)))))
        + DMatrix::from_element(4, 4, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f131() {
    passes_at_random_points(131, "f131", |rng| f131::check(rng.scalar(), &rng.vector(2)));
}

#[differentiable]
fn f132(x0: &DMatrix<f64>, x1: &DMatrix<f64>, q: &TwoLayer) -> f64 {
    let v1 = add_bias(&DMatrix::zeros(5, 2), &q.second.b).column_sum();
    let m2 = x1 * x1;
    let v3 = &q.second.w * &q.first.b;
    (0.01
        * ((0.01
            * ((0.02 * ((0.5 * q.gain).exp() + x0.norm_squared())).tanh()
                + v1.mean()
                + m2.norm_squared()))
        .sin()
            + v3.norm_squared()))
    .sin()
        + (x0.sum()
            + x1.sum()
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
            &rng.matrix(2, 2),
            &rng.matrix(2, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f133(x0: f64, x1: f64, x2: f64) -> f64 {
    let x2 = (0.5 * x2).tanh() + x0 / (1.0 + (0.5 * x2).powi(2));
    let s1 = (1.0 + x1.powi(2)).powf(0.5 * (0.5 * x0).tanh());
    (0.5 * x1).powi(3) + x2 + s1 + (x0 + x1 + x2)
}

#[test]
fn check_f133() {
    passes_at_random_points(133, "f133", |rng| {
        f133::check(rng.scalar(), rng.scalar(), rng.scalar())
    });
}

#[differentiable]
fn f134(x0: f64, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let v1 = tanh(&(0.05 * (x1.column(3).into_owned() * x0 * x0.min((0.5 * x0).tanh()))));
    let s2 = x0;
    add_bias(&DMatrix::zeros(3, 4), &v1).component_mul(x1) * (0.2 * s2).exp()
        + DMatrix::from_element(3, 4, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f134() {
    passes_at_random_points(134, "f134", |rng| f134::check(rng.scalar(), &rng.matrix(3, 4)));
}

#[differentiable]
fn f135(x0: &DMatrix<f32>, x1: &DMatrix<f32>, x2: &DMatrix<f32>, p: &Affine32) -> f32 {
    assert_eq!(x2.shape(), (4, 5));
    let mut acc1: DVector<f32> = DVector::zeros(4);
    for _ in 0..x0.ncols() {
        acc1 -= tanh(
            &(0.1
                * p.b.component_mul(
                    &(&p.b
                        - DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3])
                            * p.w.rows(0, 3).mean()),
                )),
        );
    }
    let v2 = p.b.clone();
    (0.02 * ((0.05 * x1.row_variance().sum()).tanh() + acc1.sum() + v2.norm_squared())).tanh()
        + (x0.sum() + x1.sum() + x2.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f135() {
    passes_at_random_points(135, "f135", |rng| {
        f135::check(
            &rng.matrix(3, 3),
            &rng.matrix(4, 5),
            &rng.matrix(4, 5),
            &Affine32 { w: rng.matrix(4, 3), b: rng.vector(4) },
        )
    });
}

#[differentiable]
fn f136(x0: &DVector<f64>, x1: DVector<f64>) -> f64 {
    let v1 = (0.05
        * (add_bias(&DMatrix::zeros(2, 3), &x1) * (x0[0] * DMatrix::identity(3, 3))).column_sum())
    .map(|e| e.tanh());
    let v3 = add_bias(&DMatrix::zeros(2, 3), &x1).column_sum().map(|e| {
        let t2 = (e.powi(2) + 1.0).ln();
        f118(e, 0) + t2
    });
    v3[1] + v1.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f136() {
    passes_at_random_points(136, "f136", |rng| f136::check(&rng.vector(3), rng.vector(2)));
}

#[differentiable]
fn f137(x0: f32, x1: f32, x2: DVector<f32>, n: usize, case: usize) -> f32 {
    let s1 = x2.norm();
    let s3 = {
        let v2 = &x2 - DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * x1;
        (0.01
            * (f057(&(x2[0] * DMatrix::identity(1, 5)), &DMatrix::from_element(1, 1, 1.5), case)
                + v2.norm_squared()))
        .sin()
    };
    let mut acc4 = x0 * DMatrix::identity(4, 4) - add_bias(&DMatrix::zeros(4, 4), &x2);
    for _ in 0..n {
        acc4 = tanh(&(0.2 * &acc4)) + s3 * DMatrix::identity(4, 4);
    }
    (0.01 * (x2[3] / (2.0 + (0.5 * x0).tanh()) + s1 + acc4.norm_squared())).tanh()
        + (x0 + x1 + x2.sum())
}

#[test]
fn check_f137() {
    passes_at_random_points(137, "f137", |rng| {
        f137::check(rng.scalar(), rng.scalar(), rng.vector(4), 2, rng.int(0, 3))
    });
}

#[differentiable]
fn f138(x0: f64, x1: f64, case: usize) -> f64 {
    let s2 = {
        let m1 = x0 * DMatrix::identity(1, 3);
        x0 / (2.0 + (0.5 * x0).cos()) + m1.sum()
    };
    let s3: f64 = f118(x0, case);
    let mut acc4: f64 = 0.0;
    acc4 /= 2.0
        + (0.05
            * (x0 * DMatrix::identity(1, 1) + s2 * DMatrix::identity(1, 1))
                .dot(&(x1 * DMatrix::identity(1, 1)).transpose()))
        .sin()
        .tanh();
    acc4 + s3 + (x0 + x1)
}

#[test]
fn check_f138() {
    passes_at_random_points(138, "f138", |rng| {
        f138::check(rng.scalar(), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f139(x0: DMatrix<f64>, x1: DMatrix<f64>, x2: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc1 = (0.02 * x1.norm_squared()).sin().exp()
        / (2.0 + (0.2 * (x0.mean() + x1.rows(1, 1).mean())).sin());
    for i in 0..x2.ncols() {
        let mut acc2: f64 = 0.0;
        for _ in 0..n {
            let x1 = tanh(&(0.5 * &x1));
            acc1 = acc1 * 0.5 + softmax(&(0.05 * (acc2 * &x0))).variance();
            acc2 = acc2.sin()
                + ((0.05 * (acc1.min(x0[(0, 1)]) - acc1 / (1.0 + x0.norm_squared()))).tanh()
                    + x1.mean())
                .tanh();
        }
        let s3: f64 = (0.01 * add_bias(x2, &x2.column(i).into_owned()).norm_squared()).sin();
        acc1 *= (0.1 * ((-&x1).mean() + acc2 + s3)).sin();
    }
    let s4 = f002(x1.sum(), acc1);
    let s5 = f091(&exp(&(0.5 * &x0)), 0);
    (0.05 * (s5 - acc1 + s4)).sin() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f139() {
    passes_at_random_points(139, "f139", |rng| {
        f139::check(rng.matrix(2, 2), rng.matrix(2, 4), &rng.matrix(2, 4), 3)
    });
}

#[differentiable]
fn f140(x0: &DMatrix<f64>, x1: &DVector<f64>, n: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 2, 0.25);
    for _ in 0..n {
        acc1 = acc1.map(|e| e.sin())
            + tanh(
                &(0.02
                    * (add_bias(&DMatrix::zeros(2, 2), x1)
                        .component_div(&exp(&(0.2 * add_bias(&DMatrix::zeros(2, 2), x1))))
                        * add_bias(
                            &add_bias(&DMatrix::zeros(2, 2), x1),
                            &(DVector::from_column_slice(&[-0.25, 1.0]) * x1.sum()),
                        ))),
            );
    }
    acc1 *= (0.2 * (x0[(0, 0)] * DMatrix::identity(1, 2)).sum()).cos();
    let c2: DMatrix<f64> = DMatrix::from_element(2, 1, 0.25);
    acc1.column(1).norm() / (1.0 + (0.5 * acc1.mean()).powi(2)) * c2.norm_squared().exp()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f140() {
    passes_at_random_points(140, "f140", |rng| f140::check(&rng.matrix(1, 2), &rng.vector(2), 2));
}

#[differentiable]
fn f141(x0: f64, q: &TwoLayer) -> f64 {
    let v1 = q.first.b.clone();
    let mut acc2: DVector<f64> = DVector::zeros(5);
    if x0 > v1.norm_squared() {
        acc2 -= (x0 * DMatrix::identity(5, 3) - add_bias(&DMatrix::zeros(5, 3), &q.second.b))
            .column_mean();
    } else if x0 > q.gain {
        acc2 *= (0.5 * q.second.b[0]).tanh();
    } else {
        acc2 = &acc2 * 0.5 + q.second.b.add_scalar(q.gain);
    }
    (0.01 * (q.first.w.variance() + acc2.norm_squared())).tanh()
        + (x0 + q.first.w.sum() + q.first.b.sum() + q.second.w.sum() + q.second.b.sum() + q.gain)
}

#[test]
fn check_f141() {
    passes_at_random_points(141, "f141", |rng| {
        f141::check(
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f142(x0: f64) -> DVector<f64> {
    let x0 = x0 * 0.5;
    let s2 = {
        let m1 = relu(&(x0 * DMatrix::identity(4, 4)));
        (0.05 * m1.norm_squared()).tanh() + x0
    };
    tanh(&(DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * s2))
        + DVector::from_element(4, 1.0) * x0
}

#[test]
fn check_f142() {
    passes_at_random_points(142, "f142", |rng| f142::check(rng.scalar()));
}

#[differentiable]
fn f143(x0: DMatrix<f32>) -> f32 {
    let c1: DVector<f32> = DVector::zeros(4);
    let x0 = tanh(&(0.5 * &x0)) + (x0.sum() * DMatrix::identity(4, 1)).transpose();
    x0.row(0).mean() * c1[0] + x0.sum()
}

#[test]
fn check_f143() {
    passes_at_random_points(143, "f143", |rng| f143::check(rng.matrix(1, 4)));
}

#[differentiable(wrt(x0))]
fn f144(x0: &DMatrix<f64>, x1: &DVector<f64>) -> f64 {
    let c1: DMatrix<f64> = DMatrix::zeros(4, 2);
    let m4 = if x0.columns(0, 4).sum() < x0.mean() {
        let v3 = {
            let v2 = x0.columns(0, 3).into_owned().column_sum();
            DVector::from_column_slice(&[0.5, -0.25, 1.0])
                * c1[(1, 1)]
                * c1.columns(0, 2).sum()
                * (0.1 * v2.sum()).exp()
        };
        log_softmax(&(v3.mean() * DMatrix::identity(3, 3)))
            / (2.0 + (0.1 * f112(&(c1.column(0).norm() * DMatrix::identity(4, 3)))).tanh())
    } else {
        tanh(&(c1.rows(0, 3).into_owned() * (x1[1] * DMatrix::identity(2, 3))))
    };
    let mut acc5: DMatrix<f64> = DMatrix::zeros(2, 4);
    for _ in 0..x0.nrows() {
        acc5 = acc5.map(|e| e.sin()) + c1.transpose().component_mul(x0);
    }
    (m4[(1, 2)].powi(2) + 1.0).ln() + x1.sum() + acc5.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f144() {
    passes_at_random_points(144, "f144", |rng| f144::check(&rng.matrix(2, 4), &rng.vector(2)));
}

#[differentiable]
fn f145(x0: DVector<f64>, x1: DMatrix<f64>) -> f64 {
    let m1 = -&x1;
    let mut acc2: DMatrix<f64> = DMatrix::from_element(3, 3, 0.75);
    for _ in 0..m1.ncols() {
        acc2 += tanh(&(0.5 * &m1));
    }
    let v3: DVector<f64> = x0.mean()
        * DMatrix::identity(3, 4)
        * sigmoid(
            &(0.02 * (DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * x1.norm_squared())),
        );
    (0.01
        * ((0.01
            * mse(&(x0.mean() * DMatrix::identity(2, 2)), &(v3.sum() * DMatrix::identity(2, 2))))
        .sin()
            + acc2.norm_squared()))
    .tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f145() {
    passes_at_random_points(145, "f145", |rng| f145::check(rng.vector(3), rng.matrix(3, 3)));
}

#[differentiable]
fn f146(x0: &DMatrix<f64>) -> f64 {
    let m1 = x0.map(|e| f118(e, 0)) / (2.0 + (0.2 * x0.norm()).cos());
    let m2 = sigmoid(&(0.05 * m1.component_mul(x0)));
    let m3 = exp(&m2);
    m3[(0, 0)].max((0.05 * m1.sum()).tanh()) + x0.sum()
}

#[test]
fn check_f146() {
    passes_at_random_points(146, "f146", |rng| f146::check(&rng.matrix(2, 2)));
}

#[differentiable]
fn f147(x0: &DMatrix<f64>, x1: &f64, flag: bool) -> f64 {
    let m1 = if flag {
        relu(&(*x1 * DMatrix::identity(3, 3) * (*x1 * DMatrix::identity(3, 3))))
    } else {
        (*x1 * DMatrix::identity(3, 3)).map(|e| e * (0.5 * e).tanh())
    };
    let m2 = tanh(&(0.01 * m1.component_mul(&m1)));
    let c3: DMatrix<f64> = DMatrix::from_element(3, 3, 1.25);
    ((0.02 * ((0.5 * *x1).abs() + x0.norm_squared())).tanh() + m2.sum()) * (0.2 * c3.sum()).exp()
        + (x0.sum() + *x1)
}

#[test]
fn check_f147() {
    passes_at_random_points(147, "f147", |rng| {
        f147::check(&rng.matrix(3, 2), &rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f148(x0: &DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 2, 0.25);
    for _ in 0..3_usize {
        for j in 0..2_usize {
            acc1 = &acc1 * 0.5
                + softmax(
                    &(0.2
                        * add_bias(
                            x0,
                            &(DVector::from_column_slice(&[0.5, -0.25]) * x0.column(j).mean()),
                        )),
                );
        }
        acc1 /= 2.0 + (0.2 * x0.norm()).cos();
    }
    let mut acc2: DMatrix<f64> = DMatrix::zeros(2, 2);
    for _ in 0..x0.ncols() {
        for j in 0..2_usize {
            acc2 = tanh(&(0.2 * &acc2))
                + sigmoid(
                    &(0.05
                        * f070(
                            &((0.05 * x0.norm_squared()).tanh() * x0.column(0).into_owned()),
                            &(acc1.row(j).norm() * x0),
                            3,
                        )),
                );
        }
        acc2 -= sigmoid(&(0.5 * acc1.transpose().map(|e| e / (2.0 + (0.5 * e).cos()))));
    }
    (0.02 * mse(&(x0.sum() * DMatrix::identity(4, 3)), &(acc2.sum() * DMatrix::identity(4, 3))))
        .tanh()
        + x0.sum()
}

#[test]
fn check_f148() {
    passes_at_random_points(148, "f148", |rng| f148::check(&rng.matrix(2, 2)));
}

#[differentiable]
fn f149(x0: &DVector<f64>, n: usize) -> DMatrix<f64> {
    let s4 = if x0[1] > x0.mean() {
        let c1: DMatrix<f64> = DMatrix::zeros(4, 4);
        c1.norm()
    } else {
        let s3 = {
            let v2 = tanh(&(0.05 * f022(&(x0[2] * DMatrix::identity(4, 4)), &x0.sum())));
            x0[1] / (1.0 + v2[3].powi(2))
        };
        ln(&add_bias(&DMatrix::zeros(4, 4), x0).map(|e| e * e + 0.5)).row_mean().sum() + s3
    };
    let v6 = if (0.05 * f106(&(s4 * DMatrix::identity(4, 2)), &(s4 * DMatrix::identity(4, 2))))
        .tanh()
        < 0.3
    {
        x0.clone()
    } else if s4 < s4.sin() {
        DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * s4
    } else {
        let mut acc5: f64 = 0.0;
        for _ in 0..n {
            acc5 /= 2.0 + (0.1 * (x0.sum().max(s4).powi(2) + 0.5).sqrt()).cos();
        }
        (0.01
            * (s4
                * DMatrix::identity(4, 3)
                * acc5
                * (DVector::from_column_slice(&[0.25, 1.25, -0.75]) * s4)))
            .map(|e| e.tanh())
    };
    -add_bias(&DMatrix::zeros(4, 4), x0) * (0.05 * v6.sum()).exp()
        + DMatrix::from_element(4, 4, 1.0) * x0.sum()
}

#[test]
fn check_f149() {
    passes_at_random_points(149, "f149", |rng| f149::check(&rng.vector(4), 2));
}

#[differentiable]
fn f150(x0: f64, case: usize) -> f64 {
    let s2 = match case {
        0 => {
            let s1 = x0.max(x0.sin()) / (2.0 + (0.5 * (0.5 * x0).powi(3)).sin());
            x0 + s1
        }
        1 | 2 => f146(&relu(&(x0 * DMatrix::identity(2, 2)))),
        _ => x0,
    };
    let mut acc3: f64 = 0.0;
    acc3 /= 2.0
        + (0.5
            * ((0.01
                * mse(
                    &(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * x0),
                    &(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * s2),
                ))
            .tanh()
                - (2.0 + s2.sin()).ln()))
        .cos();
    acc3 -= (0.5 * x0).sin();
    (0.01 * (s2 * DMatrix::identity(3, 3)).row_variance().sum()).tanh() + acc3 + x0
}

#[test]
fn check_f150() {
    passes_at_random_points(150, "f150", |rng| f150::check(rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f151(x0: f64, x1: f64, n: usize, flag: bool, labels: &[usize]) -> f64 {
    let m2 = if n > 2 {
        ln(&exp(&(0.1 * (x0 * DMatrix::identity(1, 2) + x1 * DMatrix::identity(1, 2)))))
    } else {
        let s1: f64 = (DVector::from_column_slice(&[0.25, 1.25]) * x0).variance();
        tanh(&(0.05 * (x1 * DMatrix::identity(1, 1) * (s1 * DMatrix::identity(1, 2)))))
    };
    let mut acc3 = ln(&exp(&(0.5 * &m2)));
    for _ in 0..n {
        acc3 = acc3.map(|e| e.sin())
            + tanh(&(0.5 * (x0 / (2.0 + (0.5 * m2.columns(0, 2).sum()).tanh()) * sigmoid(&m2))));
    }
    let mut acc4 =
        (1.0 + cross_entropy(&m2.transpose(), labels).powi(2)).powf(0.5 * (0.5 * x0).tanh());
    if acc3.sum() > 1.25 {
        for _ in 0..2_usize {
            let mut acc5: f64 = 0.5;
            acc5 *= (0.1
                * mse(
                    &sigmoid(&(0.02 * (acc3.norm_squared() * DMatrix::identity(1, 5)))),
                    &(x1 * DMatrix::identity(1, 5)),
                ))
            .tanh();
            acc5 = acc5.tanh() + (0.5 * m2.row(0).norm()).cos();
            acc3 = tanh(&(0.2 * &acc3))
                + tanh(&(0.1 * (log_softmax(&(0.5 * log_softmax(&m2))) * (0.5 * acc5).exp())));
        }
        acc4 = acc4 * 0.5 + m2.column(1).norm() * x1;
    } else if flag {
        let m6 = softmax(&(0.2 * f014(&x0, x0 * DMatrix::identity(2, 2), flag)));
        acc4 += x1.max(x0) + m6.norm_squared();
    } else {
        let c7: DMatrix<f64> = DMatrix::from_element(2, 5, 0.4);
        acc4 = (0.2 * acc4).tanh() + mse(&c7, &tanh(&c7));
    }
    (0.05 * ((0.5 * x1).abs() + acc3.sum() + acc4)).tanh() + (x0 + x1)
}

#[test]
fn check_f151() {
    passes_at_random_points(151, "f151", |rng| {
        f151::check(rng.scalar(), rng.scalar(), 3, rng.uniform() < 0.5, &[1])
    });
}

#[differentiable]
fn f152(x0: &f64, x1: &DVector<f64>) -> f64 {
    let mut acc1 = add_bias(&DMatrix::zeros(2, 3), x1).transpose().transpose();
    acc1 *= (0.5 * (0.5 * x1[1]).powi(3)).sin();
    acc1 /= 2.0 + (0.2 * (0.5 * *x0).exp().max(*x0 * x1[0])).tanh();
    let s2 = ((*x0 * acc1.row(1).mean()).powi(2) + 0.5).sqrt();
    let c3: DMatrix<f64> = DMatrix::from_element(3, 3, 0.5);
    (0.05 * (*x0 * s2)).tanh() * c3.mean().exp() + (*x0 + x1.sum())
}

#[test]
fn check_f152() {
    passes_at_random_points(152, "f152", |rng| f152::check(&rng.scalar(), &rng.vector(2)));
}

#[differentiable]
fn f153(x0: &DMatrix<f64>, x1: &DVector<f64>, x2: f64, case: usize) -> f64 {
    let x0 = x0 * 0.5;
    assert_eq!(x0.shape(), (4, 4));
    let v2 = match case {
        0 => DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75, -0.5]) * x2,
        1 | 2 => x2 * DMatrix::identity(5, 4) * x0.column(0).into_owned(),
        _ => {
            let mut acc1 = (0.05 * exp(&(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x2)))
                .map(|e| e.tanh());
            acc1 *= (0.2 * x0.dot(&x0)).sin();
            DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75, -0.5]) * x2 * acc1.mean().exp()
        }
    };
    (0.5 * x2).powi(3) + x1.mean() + v2.mean() + (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f153() {
    passes_at_random_points(153, "f153", |rng| {
        f153::check(&rng.matrix(4, 4), &rng.vector(3), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f154(x0: f64, x1: DMatrix<f64>, n: usize) -> f64 {
    let s1 = (0.5 * x0).abs();
    let mut acc2 = relu(&x1).map(|e| e * (0.5 * e).tanh());
    if n > 3 {
        let x0 = (0.5 * x0).tanh() + (s1 * DMatrix::identity(2, 2)).row_mean().mean();
        acc2 = &acc2 * 0.5
            + tanh(
                &(0.02
                    * (x0
                        * DMatrix::identity(5, 2)
                        * (x0 * DMatrix::identity(2, 2))
                        * ln(&x1.rows(1, 2).into_owned().map(|e| e * e + 0.5)))),
            );
    } else if s1 < 0.4 {
        acc2 += softmax(&(0.5 * (&x1 - tanh(&(0.5 * &x1)))));
    } else {
        let x1 = tanh(&(0.5 * &x1)) + (&x1 + &acc2);
        acc2 -= ln(&x1.map(|e| 2.0 + e.sin()));
    }
    let m3 = exp(&(0.2 * acc2.transpose()));
    s1 + x1.sum() + m3.mean() + (x0 + x1.sum())
}

#[test]
fn check_f154() {
    passes_at_random_points(154, "f154", |rng| f154::check(rng.scalar(), rng.matrix(5, 5), 4));
}

#[differentiable]
fn f155(x0: &DVector<f32>, x1: &DMatrix<f32>, x2: &DVector<f32>) -> DVector<f32> {
    let mut acc1: DVector<f32> = DVector::zeros(3);
    for _ in 0..3_usize {
        acc1 = &acc1 * 0.5 + x2.map(|e| e * 0.5).map(|e| e.tanh());
    }
    let v3 = {
        let v2 = log_softmax(&acc1);
        x0 * (0.1 * v2.mean()).exp()
    };
    tanh(&(0.02 * (x1 * &v3))) + DVector::from_element(3, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f155() {
    passes_at_random_points(155, "f155", |rng| {
        f155::check(&rng.vector(4), &rng.matrix(3, 4), &rng.vector(3))
    });
}

#[differentiable]
fn f156(
    x0: &DVector<f64>,
    x1: &DMatrix<f64>,
    x2: &DMatrix<f64>,
    q: &TwoLayer,
    case: usize,
) -> DMatrix<f64> {
    let s2 = {
        let v1 = q.second.w.column(2).into_owned().component_mul(&q.first.b);
        (0.05 * (cross_entropy(x2, &[2, 0, 2]) + v1.sum())).tanh()
    };
    let m3 = match case {
        0 => softmax(&add_bias(&DMatrix::zeros(3, 5), x0)),
        1 | 2 => softmax(&(0.02 * ((&q.first.w + &q.second.w) * x1.component_mul(x1)))),
        _ => x1.clone(),
    };
    let m4 = tanh(&(0.02 * (log_softmax(&q.first.w) * (&q.first.w - x2))));
    (tanh(
        &(0.05
            * (((q.gain * DMatrix::identity(5, 3)).transpose() * (0.1 * x0.sum()).exp() + x1)
                * s2.exp())),
    ) + &m3)
        * (0.2 * m4.sum()).exp()
        + DMatrix::from_element(3, 5, 1.0)
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
fn check_f156() {
    passes_at_random_points(156, "f156", |rng| {
        f156::check(
            &rng.vector(3),
            &rng.matrix(3, 5),
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
fn f157(x0: &DMatrix<f32>, p: &TwoLayer32, n: usize, flag: bool) -> DVector<f32> {
    let s3 = if n > 3 {
        let m2 = if flag {
            let x0 = tanh(&(0.5 * x0));
            (&p.first.w - p.gain * DMatrix::identity(2, 4)) * (0.2 * x0.sum()).exp()
        } else {
            let v1 = softmax(&p.first.b);
            softmax(&(0.5 * (&p.first.w + add_bias(&DMatrix::zeros(2, 4), &v1))))
        };
        (0.05 * ((p.gain.powi(2) + 0.5).sqrt() + m2.mean())).tanh()
    } else if p.gain.min(p.second.b[4]) < 0.25 {
        (0.05 * (p.gain * p.second.w.sum())).tanh()
    } else {
        p.gain.min((0.5 * p.gain).tanh())
    };
    assert_eq!(p.second.b.len(), 5);
    let m4 = s3 * DMatrix::identity(4, 3) * x0.columns(1, 2).into_owned();
    (p.second.w.column(1).into_owned() + &p.second.b) * (0.05 * m4.mean()).exp()
        + DVector::from_element(5, 1.0)
            * (x0.sum()
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f157() {
    passes_at_random_points(157, "f157", |rng| {
        f157::check(
            &rng.matrix(3, 3),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            4,
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f158(x0: f64, x1: &DMatrix<f64>, n: usize, case: usize) -> f64 {
    let mut acc1: f64 = 0.5;
    if n > 3 {
        let mut acc2: DMatrix<f64> = DMatrix::from_element(1, 3, 1.5);
        acc2 = tanh(&acc2) + relu(&(x1 - x1 * 0.5));
        acc1 += cross_entropy(&(x0 * DMatrix::identity(2, 2)), &[0, 1]) + acc2.mean();
    } else {
        acc1 -= (0.5 * x0).exp()
            / (1.0
                + x1.map(|e| {
                    let t3 = e + (0.5 * e).tanh();
                    e.max(t3)
                })
                .norm_squared());
    }
    let mut acc4: f64 = 1.0;
    match case {
        0 => {
            let m5 = x1.clone();
            acc1 /= 2.0 + (0.5 * x0).tanh().sin().sin();
            acc4 += (0.05 * (-(0.5 * (0.1 * acc1).tanh()).tan() + m5.norm_squared())).tanh();
        }
        1 | 2 => {
            acc1 = acc1 * 0.5
                + f010(
                    x0,
                    acc4 * DMatrix::identity(3, 3),
                    DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x1.rows(0, 1).mean(),
                    3,
                );
            acc4 -= x1.sum();
        }
        _ => {
            acc1 += (0.05 * f042(&x0, &(x0 * DMatrix::identity(5, 5)))).tanh();
            acc4 *= (0.1 * acc1).sin();
        }
    }
    let s6 = (x0.powi(2) + 1.0).ln();
    (0.05 * ((DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x1.sum()).mean() + acc1)).tanh()
        + acc4
        + s6
        + (x0 + x1.sum())
}

#[test]
fn check_f158() {
    passes_at_random_points(158, "f158", |rng| {
        f158::check(rng.scalar(), &rng.matrix(1, 3), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f159(x0: &f32, x1: DMatrix<f32>, x2: &DMatrix<f32>, flag: bool, case: usize) -> f32 {
    let mut acc1 = ((*x0 + x1.mean()).powi(2) + 0.5).sqrt();
    match case {
        0 => {
            acc1 *= (0.5 * (*x0 / (2.0 + (0.5 * *x0).sin()))).cos();
        }
        1 | 2 => {
            acc1 /= 2.0 + (0.5 * x2.row(2).mean()).sin().sin();
        }
        _ => {
            acc1 /= 2.0
                + (0.5 * (x1.mean() * DMatrix::identity(4, 3)).transpose().row_mean().mean()).cos();
        }
    }
    let m3 = if flag {
        let m2 = *x0 * DMatrix::identity(4, 2);
        sigmoid(
            &(0.05
                * ((m2[(0, 1)] * DMatrix::identity(2, 4)).transpose()
                    * f137(x2.columns(0, 3).norm(), acc1, m2.column(0).into_owned(), 2, case))),
        )
    } else {
        x2.columns(1, 2).into_owned() * (*x0 * DMatrix::identity(2, 2))
    };
    let mut acc4 = m3.clone();
    acc4 += relu(&ln(&m3.map(|e| 2.0 + e.sin())));
    (0.02
        * ((0.01 * (*x0 * DMatrix::identity(2, 4)).row_variance().norm_squared()).sin()
            + acc1
            + acc4.sum()))
    .tanh()
        + (*x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f159() {
    passes_at_random_points(159, "f159", |rng| {
        f159::check(
            &rng.scalar(),
            rng.matrix(2, 3),
            &rng.matrix(4, 3),
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable(wrt(x0))]
fn f160(x0: &DMatrix<f32>, x1: DVector<f32>) -> DVector<f32> {
    let c1: f32 = 0.4;
    let c2: DVector<f32> = DVector::zeros(4);
    (0.02 * ((x0.column(2).into_owned() + &x1) * c1.exp() * c2.sum().exp())).map(|e| e.tanh())
        + DVector::from_element(4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f160() {
    passes_at_random_points(160, "f160", |rng| f160::check(&rng.matrix(4, 4), rng.vector(4)));
}

#[differentiable]
fn f161(x0: &f64, x1: &DMatrix<f64>, case: usize) -> f64 {
    assert_eq!(x1.shape(), (3, 3));
    let mut acc1: DMatrix<f64> = DMatrix::zeros(2, 2);
    match case {
        0 => {
            acc1 = tanh(&acc1)
                + (log_softmax(&(*x0 * DMatrix::identity(2, 2)))
                    - (*x0 * DMatrix::identity(2, 2)).transpose());
        }
        1 | 2 => {
            let x1 = tanh(&(0.5 * x1)) + (*x0 * DMatrix::identity(3, 3) - x1);
            acc1 += (softmax(&(0.01 * (x1.column(2).norm_squared() * DMatrix::identity(2, 2))))
                * *x0)
                .map(|e| e.sin());
        }
        _ => {
            acc1 -= ln(&exp(&(0.2 * (*x0 * DMatrix::identity(2, 2)))));
        }
    }
    let m2 = tanh(&(0.05 * (acc1.transpose() - &acc1))).map(|e| f108(e, 2, 0) * (e - e.tanh()));
    (0.01 * ((0.05 * acc1.sum()).tanh() * *x0 + m2.norm_squared())).tanh() + (*x0 + x1.sum())
}

#[test]
fn check_f161() {
    passes_at_random_points(161, "f161", |rng| {
        f161::check(&rng.scalar(), &rng.matrix(3, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f162(x0: &DMatrix<f64>, n: usize, flag: bool) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(3, 3);
    for i in 0..x0.ncols() {
        for _ in 0..n {
            let s2 = (1.0 + (0.05 * acc1.sum()).tanh().powi(2))
                .powf(0.5 * (0.02 * x0.norm_squared()).tanh().tanh())
                .max(acc1.column(i).mean() / (2.0 + (0.02 * x0.norm_squared()).tanh().tanh()));
            acc1 *= (0.2 * (s2.powi(2) + 1.0).ln()).sin();
        }
        let m3 = sigmoid(&(0.2 * relu(&(acc1.columns(1, 1).mean() * DMatrix::identity(2, 3)))));
        acc1 /= 1.0
            + (0.2 * f151(-m3.norm_squared(), x0.rows(1, 2).mean() - m3.mean(), 3, flag, &[1]))
                .powi(2);
    }
    let c4 = acc1.ncols() as f64;
    c4 + (0.5 * c4).tanh() + x0.sum()
}

#[test]
fn check_f162() {
    passes_at_random_points(162, "f162", |rng| {
        f162::check(&rng.matrix(3, 2), 4, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f163(x0: &DVector<f64>, x1: &f64, n: usize) -> f64 {
    let v1 = x0 / (1.0 + (0.5 * *x1).powi(2));
    let mut acc2 = log_softmax(&v1);
    for _ in 0..n {
        acc2 *= (0.1
            * mse(
                &softmax(&add_bias(&DMatrix::zeros(2, 2), x0)),
                &(add_bias(&DMatrix::zeros(2, 2), &v1) / (1.0 + (0.5 * *x1).powi(2))),
            ))
        .cos();
    }
    acc2 -= &v1 - x0;
    acc2[1] + *x1 + (x0.sum() + *x1)
}

#[test]
fn check_f163() {
    passes_at_random_points(163, "f163", |rng| f163::check(&rng.vector(2), &rng.scalar(), 2));
}

#[differentiable]
fn f164(x0: &DMatrix<f64>, x1: f64, n: usize) -> f64 {
    let mut acc1 = softmax(&x0.transpose());
    for _ in 0..n {
        acc1 = tanh(&(0.5 * &acc1)) + tanh(&(0.5 * -x0));
    }
    acc1 /= 1.0
        + (0.05 * ((x1 * DMatrix::identity(4, 2)).variance() * (0.5 * x1).powi(2))).tanh().powi(2);
    let s3 = {
        let s2 = cross_entropy(x0, &[1, 1]);
        x0.columns(0, 1).sum() + s2
    };
    x1 + acc1.mean() + s3 + (x0.sum() + x1)
}

#[test]
fn check_f164() {
    passes_at_random_points(164, "f164", |rng| f164::check(&rng.matrix(2, 2), rng.scalar(), 3));
}

#[differentiable]
fn f165(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let m1 = x0.transpose();
    let m2 = softmax(&m1);
    let m1 = tanh(&(0.5 * &m1));
    (m1.norm_squared().powi(2) + 0.5).sqrt() + x1.sum() + m2.norm_squared() + (x0.sum() + x1.sum())
}

#[test]
fn check_f165() {
    passes_at_random_points(165, "f165", |rng| f165::check(&rng.matrix(1, 5), &rng.matrix(5, 1)));
}

#[differentiable]
fn f166(x0: f64, x1: &DVector<f64>, case: usize) -> f64 {
    let v1 = x1.component_div(&x1.map(|e| e * e + 0.5));
    let mut acc2: f64 = 0.5;
    match case {
        0 => {
            acc2 /= 1.0 + (0.5 * x0).cos().powi(2);
        }
        1 | 2 => {
            let x1 = x1 * 0.5 + x1.map(|e| (0.5 * e).tanh());
            acc2 += (0.05 * (x0 * v1[2])).tanh().cos() + x1.mean();
        }
        _ => {
            let mut acc3: f64 = 0.5;
            for _ in 0..x1.len() {
                let m5 = {
                    let s4 = (1.0 + acc2.sin().powi(2)).powf(0.5 * (0.2 * x1.sum()).tanh());
                    exp(&(0.5 * (x0 * DMatrix::identity(4, 3)))) * (0.5 * s4).exp()
                };
                acc3 = (0.5 * acc3).tanh() + (0.1 * (x0 + m5.mean())).tanh();
            }
            acc2 = acc2.tanh()
                + ((0.05 * (x0 * DMatrix::identity(2, 4)).dot(&(x0 * DMatrix::identity(2, 4))))
                    .tanh()
                    + acc3);
        }
    }
    let s6 = x0;
    (0.01
        * ((0.02
            * mse(
                &(DVector::from_column_slice(&[-0.5, 0.3]) * acc2),
                &(DVector::from_column_slice(&[0.3, -1.0]) * s6),
            ))
        .tanh()
            + v1.norm_squared()))
    .tanh()
        + (x0 + x1.sum())
}

#[test]
fn check_f166() {
    passes_at_random_points(166, "f166", |rng| {
        f166::check(rng.scalar(), &rng.vector(3), rng.int(0, 3))
    });
}

#[differentiable]
fn f167(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(3, 3);
    acc1 *= (0.5 * (x0.columns(0, 2).mean() + (0.02 * x0.norm_squared()).tanh())).tanh();
    acc1 += x1;
    let acc1 = &acc1 * 0.5;
    (0.05 * (x0.norm() + acc1.norm_squared())).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f167() {
    passes_at_random_points(167, "f167", |rng| f167::check(&rng.matrix(3, 3), &rng.matrix(3, 3)));
}

#[differentiable]
fn f168(x0: f64, x1: f64, x2: &DVector<f64>, p: &Affine) -> DVector<f64> {
    let x0 = x0 * 0.5 + -x0;
    let x0 = x0 * 0.5;
    let v1 = add_bias(&DMatrix::zeros(5, 4), &p.b) * x2;
    (0.05
        * (softmax(&(0.02 * (p.w.column(1).sum() * DMatrix::identity(5, 4)).column_variance()))
            * (0.2 * x1).exp()
            * (0.2 * x0).exp()
            + &v1))
        .map(|e| e.tanh())
        + DVector::from_element(5, 1.0) * (x0 + x1 + x2.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f168() {
    passes_at_random_points(168, "f168", |rng| {
        f168::check(
            rng.scalar(),
            rng.scalar(),
            &rng.vector(4),
            &Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
        )
    });
}

#[differentiable(wrt(x0, x1, x2))]
fn f169(x0: f64, x1: f64, x2: DMatrix<f64>, p: &TwoLayer) -> f64 {
    let v1 = sigmoid(&p.first.b);
    let c2 = p.second.b.len() as f64;
    let mut acc3 = add_bias(&DMatrix::zeros(2, 4), &p.first.b).map(|e| e.min((0.5 * e).tanh()));
    acc3 += relu(&p.first.w);
    (0.02 * ((x0 * x1 + x2.sum() + v1.norm_squared()) * (0.2 * c2).exp())).tanh()
        + acc3.sum()
        + (x0
            + x1
            + x2.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f169() {
    passes_at_random_points(169, "f169", |rng| {
        f169::check(
            rng.scalar(),
            rng.scalar(),
            rng.matrix(2, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f170(x0: &DMatrix<f64>) -> f64 {
    let m2 = {
        let m1 = x0 * x0[(2, 0)] - x0 / (2.0 + (0.5 * x0[(2, 0)]).tanh());
        tanh(&(0.01 * (m1.norm_squared() * DMatrix::identity(5, 5))))
            * (x0.mean() * DMatrix::identity(5, 2))
    };
    assert_eq!(x0.shape(), (5, 2));
    ((0.01 * m2.rows(0, 4).norm_squared()).tanh().powi(2) + 1.0).ln() + x0.sum()
}

#[test]
fn check_f170() {
    passes_at_random_points(170, "f170", |rng| f170::check(&rng.matrix(5, 2)));
}

#[differentiable]
fn f171(x0: &f64, x1: &DMatrix<f64>) -> f64 {
    let s2 = {
        let m1 = x1 * x1;
        (0.05 * m1.sum()).tanh()
    };
    let s2 = s2.tanh() + *x0 / (2.0 + (0.5 * *x0).tanh());
    s2.max(*x0) + (*x0 + x1.sum())
}

#[test]
fn check_f171() {
    passes_at_random_points(171, "f171", |rng| f171::check(&rng.scalar(), &rng.matrix(2, 2)));
}

#[differentiable]
fn f172(x0: &DMatrix<f64>, x1: DMatrix<f64>, p: &TwoLayer) -> f64 {
    let m1 = log_softmax(&(p.gain * DMatrix::identity(4, 3)));
    let c2: DMatrix<f64> = DMatrix::zeros(4, 4);
    assert_eq!(x1.shape(), (4, 4));
    (0.05 * (p.gain + p.gain.sin() + x0.sum() + m1.mean())).tanh() * c2.norm_squared().exp()
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
            &rng.matrix(3, 3),
            rng.matrix(4, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f173(x0: DMatrix<f32>, flag: bool, case: usize) -> f32 {
    let x0 = &x0 * 0.5;
    let v1 = DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x0.norm_squared()
        / (2.0 + x0[(1, 1)].cos());
    f058(&(v1[1] * DMatrix::identity(2, 2)), 2, flag, case) + x0.sum()
}

#[test]
fn check_f173() {
    passes_at_random_points(173, "f173", |rng| {
        f173::check(rng.matrix(2, 2), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f174(x0: DMatrix<f64>) -> f64 {
    assert_eq!(x0.shape(), (4, 4));
    let c1: f64 = 1.25;
    x0[(2, 1)] / (2.0 + c1.tanh()) + x0.sum()
}

#[test]
fn check_f174() {
    passes_at_random_points(174, "f174", |rng| f174::check(rng.matrix(4, 4)));
}

#[differentiable(wrt(x0))]
fn f175(x0: f64, x1: &f64, q: &TwoLayer) -> f64 {
    let v3 = {
        let v1 = &q.first.b / (2.0 + (0.5 * q.gain).sin());
        v1.map(|e| {
            let t2 = (e.powi(2) + 0.5).sqrt();
            t2 / (2.0 + (0.5 * e).sin())
        })
    };
    let mut acc4: DMatrix<f64> = DMatrix::zeros(4, 4);
    for _ in 0..q.first.b.len() {
        acc4 *= (0.2 * (*x1 + x0)).cos();
        acc4 /= 1.0 + (0.5 * (0.2 * (*x1 + q.first.b.mean())).exp()).powi(2);
    }
    (0.05 * ((0.05 * f113(q.gain, q.second.clone())).sin() + v3.norm_squared())).sin()
        + acc4.mean()
        + (x0
            + *x1
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f175() {
    passes_at_random_points(175, "f175", |rng| {
        f175::check(
            rng.scalar(),
            &rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f176(x0: &DMatrix<f32>, x1: f32) -> DMatrix<f32> {
    let s1 = x1;
    let c2: f32 = 0.75;
    let x0 = tanh(&(0.5 * x0)) + -(x0.columns(0, 4).sum() * DMatrix::identity(4, 5));
    tanh(
        &(0.05
            * ((&x0 - softmax(&(0.01 * (x0.norm_squared() * DMatrix::identity(4, 5)))))
                * (0.2 * s1).exp())),
    ) * c2.exp()
        + DMatrix::from_element(4, 5, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f176() {
    passes_at_random_points(176, "f176", |rng| f176::check(&rng.matrix(4, 5), rng.scalar()));
}

#[differentiable]
fn f177(x0: f64, x1: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc1: f64 = 1.0;
    for _ in 0..n {
        let x1 = tanh(&(0.5 * x1));
        acc1 = acc1.sin() + (0.1 * x1.norm_squared()).tanh();
    }
    let mut acc2 = x0 * DMatrix::identity(3, 4);
    for i in 0..3_usize {
        let mut acc3 = add_bias(x1, &x1.column(i).into_owned());
        for _ in 0..2_usize {
            acc3 *= (0.5 * x0).tanh();
        }
        let m4 = -tanh(
            &(0.05 * (tanh(&(0.01 * (x1.norm_squared() * DMatrix::identity(4, 4)))) * &acc3)),
        );
        acc1 /= 2.0 + (0.1 * m4.norm_squared()).tanh();
        acc2 *= (0.5
            * cross_entropy(
                &sigmoid(&(0.01 * (acc3.norm_squared() * DMatrix::identity(4, 4)))),
                &[0, 1, 0, 3],
            ))
        .tanh();
    }
    let m5 = softmax(
        &(0.05
            * f134(
                f086(&acc2.columns(2, 1).into_owned(), &acc2.column(2).into_owned()),
                &add_bias(&acc2, &acc2.column(3).into_owned()),
            )),
    );
    acc1.min(x0) + m5.norm_squared() + (x0 + x1.sum())
}

#[test]
fn check_f177() {
    passes_at_random_points(177, "f177", |rng| f177::check(rng.scalar(), &rng.matrix(4, 3), 2));
}

#[differentiable]
fn f178(x0: f64, x1: DVector<f64>, n: usize) -> DMatrix<f64> {
    let s1 = x1[0];
    let mut acc2: DVector<f64> = DVector::zeros(2);
    if (1.0 + x1.sum().powi(2)).powf(0.5 * (0.5 * s1).tanh()) > x0 {
        let s3 = if n > 2 {
            add_bias(&DMatrix::zeros(2, 2), &acc2).row_sum().sum().exp()
        } else {
            (0.5 * (0.5 * x0).tanh()).tan()
        };
        acc2 *= (0.5 * (s3 * s1)).tanh();
    } else {
        assert_eq!(x1.len(), 2);
        acc2 /= 2.0 + (0.5 * x0).tanh();
    }
    let mut acc4: DMatrix<f64> = DMatrix::zeros(3, 3);
    for _ in 0..2_usize {
        acc4 += sigmoid(
            &(0.2
                * log_softmax(
                    &(0.5 * (x0 * DMatrix::identity(3, 3) + s1 * DMatrix::identity(3, 3))),
                )),
        );
    }
    acc4.map(|e| f094(e, 4, 0)) * acc2.norm_squared().exp()
        + DMatrix::from_element(3, 3, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f178() {
    passes_at_random_points(178, "f178", |rng| f178::check(rng.scalar(), rng.vector(2), 2));
}

#[differentiable]
fn f179(
    x0: &DMatrix<f64>,
    x1: &DMatrix<f64>,
    x2: &DMatrix<f64>,
    n: usize,
    flag: bool,
) -> DMatrix<f64> {
    let mut acc1: f64 = 0.5;
    acc1 = acc1 * 0.5 + (x2.mean() + x2.rows(0, 4).sum());
    let mut acc2: DMatrix<f64> = DMatrix::zeros(4, 3);
    if n > 2 {
        let s4 = if n > 2 {
            let s3 = (0.05 * (acc1 + x0.columns(0, 3).sum())).tanh();
            acc2.columns(0, 3).norm() + s3
        } else {
            (0.05
                * f006(&(acc1 * DMatrix::identity(2, 2)), &(acc1 * DMatrix::identity(5, 2)), flag))
            .tanh()
        };
        acc1 -= (0.02
            * x1.component_div(&(s4 * DMatrix::identity(3, 3)).map(|e| 2.0 + e.sin())).variance())
        .sin();
        acc2 = &acc2 * 0.5 + (add_bias(x2, &x2.column(1).into_owned()) - x0);
    } else if n > 3 {
        let s6 = {
            let m5 = relu(&(&acc2 - x2));
            acc1 * acc2.sum() + m5.mean()
        };
        acc1 -= x1.mean();
        acc2 *= (0.05 * f062(s6 / (2.0 + (0.5 * s6).sin()), tanh(&(0.5 * x1)))).sin().sin();
    } else {
        acc1 = acc1.sin() + (0.05 * x1.row(1).norm_squared()).tanh();
        acc2 -= add_bias(x2, &x2.column(0).into_owned());
    }
    for _ in 0..x1.ncols() {
        acc1 = acc1 * 0.5 + (0.5 * x2.mean()).tanh();
    }
    sigmoid(&(0.05 * (x1.component_mul(x1) * (0.05 * x0.sum()).exp())))
        * (0.05 * acc1).exp()
        * (0.02 * acc2.sum()).exp()
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f179() {
    passes_at_random_points(179, "f179", |rng| {
        f179::check(&rng.matrix(4, 3), &rng.matrix(3, 3), &rng.matrix(4, 3), 2, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f180(x0: f64, x1: f64, x2: &DMatrix<f64>, case: usize) -> f64 {
    assert_eq!(x2.shape(), (2, 2));
    let mut acc1 = x2.rows(0, 1).sum();
    if x2.variance() > 1.5 {
        acc1 = (0.2 * acc1).tanh() + (2.0 + x1.sin()).ln();
    } else if x1 > 0.4 {
        acc1 -= (0.01
            * mse(
                &(x0 * DMatrix::identity(3, 3) * (x0 * DMatrix::identity(3, 3))),
                &f047(&(x1 * DMatrix::identity(3, 3)), &DMatrix::from_element(3, 3, 0.25)),
            ))
        .tanh();
    } else {
        let x0 = x0.sin();
        acc1 += f118(f138(x1, x2.sum(), case), 2) + x0;
    }
    let mut acc2: f64 = 0.5;
    acc2 /= 1.0 + (0.1 * acc1).powi(2);
    acc2 /= 2.0 + (0.5 * (DVector::from_column_slice(&[-1.0, 0.25]) * x0).mean()).sin();
    (0.05 * f147(&(x0 * DMatrix::identity(3, 2)), &x0, false)).tanh() + acc2 + (x0 + x1 + x2.sum())
}

#[test]
fn check_f180() {
    passes_at_random_points(180, "f180", |rng| {
        f180::check(rng.scalar(), rng.scalar(), &rng.matrix(2, 2), rng.int(0, 3))
    });
}

#[differentiable]
fn f181(x0: &f32, x1: DMatrix<f32>) -> DMatrix<f32> {
    let s1 = f058(&(*x0 * DMatrix::identity(2, 2)), 2, false, 3);
    let s2 = x1.mean();
    let s3 = s1 / (2.0 + (0.5 * *x0).sin());
    relu(&(s3 * DMatrix::identity(4, 3))) * (0.2 * s2).exp()
        + DMatrix::from_element(4, 3, 1.0) * (*x0 + x1.sum())
}

#[test]
fn check_f181() {
    passes_at_random_points(181, "f181", |rng| f181::check(&rng.scalar(), rng.matrix(4, 4)));
}

#[differentiable]
fn f182(x0: f64, p: &TwoLayer) -> DMatrix<f64> {
    let m2 = if p.gain * x0 < 2.0 {
        x0 * DMatrix::identity(3, 2)
    } else if p.gain > p.first.b[0] {
        x0 * p.second.w.rows(0, 3).into_owned()
    } else {
        let v1 = relu(&p.second.b);
        (x0 * DMatrix::identity(2, 3)).transpose() * (0.02 * v1.norm_squared()).exp()
    };
    let c3 = p.first.b.len() as f64;
    let m4 = if (0.02 * p.second.w.rows(1, 4).norm_squared()).tanh() < 2.0 {
        softmax(&(0.2 * &m2)) * (c3 / (1.0 + p.first.b.norm_squared()))
    } else {
        -&m2
    };
    softmax(&(0.2 * &m2)) * (0.5 * c3).exp()
        + &m4
        + DMatrix::from_element(3, 2, 1.0)
            * (x0
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f182() {
    passes_at_random_points(182, "f182", |rng| {
        f182::check(
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f183(x0: f64, x1: &DVector<f64>, q: &TwoLayer, case: usize) -> DMatrix<f64> {
    let c1: f64 = 0.4;
    let s3 = match case {
        0 => (0.5 * c1.tanh()).tan(),
        1 | 2 => (0.02
            * mse(
                &-q.first.w.columns(0, 2).into_owned(),
                &(add_bias(&DMatrix::zeros(2, 2), &q.first.b) - q.gain * DMatrix::identity(2, 2)),
            ))
        .tanh(),
        _ => {
            let mut acc2 = softmax(&q.first.w).norm_squared();
            for _ in 0..2_usize {
                acc2 = acc2 * 0.5 + (0.2 * (c1 - q.first.b.sum()).min(c1.abs())).tanh();
            }
            (0.5 * (0.5 * q.gain).tanh()).tan() + acc2
        }
    };
    tanh(
        &(0.05
            * (softmax(
                &(0.05 * (log_softmax(&(q.gain * DMatrix::identity(5, 2))) * (0.2 * x0).exp())),
            ) * (0.05 * x1.norm_squared()).exp()
                * c1.exp()
                * (0.05 * s3).exp())),
    ) + DMatrix::from_element(5, 2, 1.0)
        * (x0
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f183() {
    passes_at_random_points(183, "f183", |rng| {
        f183::check(
            rng.scalar(),
            &rng.vector(2),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f184(x0: DMatrix<f64>) -> f64 {
    let m2 = {
        let m1: DMatrix<f64> = ln(&exp(&(0.2 * (x0[(0, 0)] * DMatrix::identity(3, 2)))))
            * tanh(&(0.5 * x0.rows(1, 2).into_owned()));
        m1.map(|e| e.sin())
    };
    let m3 = softmax(&(m2.rows(2, 1).norm_squared() * DMatrix::identity(2, 2)));
    x0[(2, 1)] + x0.sum() + m3.norm_squared() + x0.sum()
}

#[test]
fn check_f184() {
    passes_at_random_points(184, "f184", |rng| f184::check(rng.matrix(3, 3)));
}

#[differentiable]
fn f185(x0: &DVector<f64>, x1: &DMatrix<f64>, q: &TwoLayer, labels: &[usize]) -> f64 {
    let s1 = cross_entropy(x1, labels);
    let m2 = &q.second.w + q.gain * DMatrix::identity(5, 2);
    let mut acc3: f64 = 0.5;
    acc3 = acc3 * 0.5 + (0.2 * s1.max(q.gain)).abs();
    (0.01 * (x1.row_sum().mean() + x0.norm_squared() + m2.norm_squared())).tanh()
        + acc3
        + (x0.sum()
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f185() {
    passes_at_random_points(185, "f185", |rng| {
        f185::check(
            &rng.vector(1),
            &rng.matrix(3, 3),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 3), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            &[0, 1, 0],
        )
    });
}

#[differentiable]
fn f186(x0: &DMatrix<f32>, x1: &DMatrix<f32>, n: usize, flag: bool, case: usize) -> DMatrix<f32> {
    let mut acc1 = x1 + tanh(&(0.5 * x1));
    for _ in 0..x0.nrows() {
        acc1 /= 2.0
            + (0.01 * mse(&(x1.sum() * DMatrix::identity(4, 2)), &x0.columns(1, 2).into_owned()))
                .tanh()
                .sin();
    }
    let s3 = match case {
        0 => -(0.05
            * f053(x0, &(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x1.mean()), case))
        .tanh(),
        1 | 2 => f107(
            (0.05
                * f053(
                    x0,
                    &(DVector::from_column_slice(&[0.75, -0.5, 0.3]) * acc1.row(2).norm()),
                    case,
                ))
            .sin(),
            0.5,
        ),
        _ => {
            let mut acc2: f32 = 0.0;
            if n > 3 {
                acc2 += (f107((0.05 * acc1.sum()).tanh(), 0.5).powi(2) + 1.0).ln();
                acc2 *= (0.05 * (acc1.mean() * DMatrix::identity(2, 4)).sum()).tanh().tanh();
            } else if flag {
                acc2 -= (0.02 * x1.norm_squared()).tanh()
                    * (0.01 * acc1.rows(1, 4).norm_squared()).sin()
                    - x0[(0, 2)] / (2.0 + (0.2 * x1.sum()).sin());
                acc2 += x0.sum();
            } else {
                acc2 += x0[(3, 1)] / (2.0 + (0.5 * x0[(0, 2)]).cos());
                acc2 *= (0.02 * x1.columns(0, 1).norm_squared()).tanh().cos().tanh();
            }
            (0.01
                * (DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4, -0.3]) * acc2)
                    .norm_squared())
            .sin()
        }
    };
    let c4: f32 = 0.75;
    tanh(&(0.05 * ((x0 - tanh(&(0.5 * x0))) * (0.1 * acc1.mean()).exp() * (0.05 * s3).exp())))
        * c4.exp()
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f186() {
    passes_at_random_points(186, "f186", |rng| {
        f186::check(&rng.matrix(4, 4), &rng.matrix(5, 2), 4, rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f187(x0: &DMatrix<f32>, x1: &DMatrix<f32>, case: usize) -> f32 {
    let c1 = x1.nrows() as f32;
    assert_eq!(x0.shape(), (2, 3));
    let m3 = if c1 < c1 * 0.5 {
        x1.component_div(&x1.map(|e| 2.0 + e.sin()))
    } else if x1[(0, 2)] > c1 {
        let s2 = match case {
            0 => {
                assert_eq!(x1.shape(), (3, 4));
                (0.5 * c1).sin()
            }
            1 | 2 => x1.sum(),
            _ => {
                let x1 = x1.map(|e| e.sin());
                softmax(&x1).norm()
            }
        };
        softmax(
            &(0.1
                * add_bias(
                    &(x0.sum() * DMatrix::identity(3, 4)),
                    &(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * s2),
                )),
        )
    } else {
        x1.clone()
    };
    (0.05
        * (f089(
            c1 * DMatrix::identity(2, 2),
            &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * c1),
        ) + m3.mean()))
    .sin()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f187() {
    passes_at_random_points(187, "f187", |rng| {
        f187::check(&rng.matrix(2, 3), &rng.matrix(3, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f188(x0: &DVector<f64>, x1: DMatrix<f64>) -> f64 {
    let m1 = &x1 - x1.transpose();
    assert_eq!(x1.shape(), (4, 4));
    let mut acc2: DMatrix<f64> = DMatrix::zeros(4, 4);
    for _ in 0..2_usize {
        acc2 += tanh(&(0.2 * x1.component_mul(&x1)));
    }
    (0.01 * m1.rows(1, 3).norm_squared()).tanh() - (0.01 * m1.norm_squared()).tanh()
        + x0.sum()
        + acc2.sum()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f188() {
    passes_at_random_points(188, "f188", |rng| f188::check(&rng.vector(4), rng.matrix(4, 4)));
}

#[differentiable]
fn f189(x0: &DMatrix<f32>, x1: &DMatrix<f32>, p: &Affine32) -> DMatrix<f32> {
    let m1 = x1 / (1.0 + p.w.norm_squared());
    let m2 = ln(&exp(&(0.2 * x0)));
    let s3 = (0.5 * x0.row(0).mean()).sin();
    tanh(&(0.02 * (&p.w * &m1 * (0.05 * m2.norm_squared()).exp()))) * s3.exp()
        + DMatrix::from_element(4, 1, 1.0) * (x0.sum() + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f189() {
    passes_at_random_points(189, "f189", |rng| {
        f189::check(
            &rng.matrix(1, 4),
            &rng.matrix(4, 1),
            &Affine32 { w: rng.matrix(4, 4), b: rng.vector(4) },
        )
    });
}

#[differentiable]
fn f190(x0: DMatrix<f32>) -> f32 {
    let c1: DMatrix<f32> = DMatrix::zeros(4, 3);
    let mut acc2: DMatrix<f32> = DMatrix::zeros(4, 3);
    for _ in 0..c1.nrows() {
        acc2 = &acc2 * 0.5
            + (c1.norm_squared() * DMatrix::identity(4, 4)).map(|e| {
                let t3 = e + e * 0.5;
                t3.sin()
            }) * (&c1 * &x0);
    }
    let m5 = {
        let m4 = -&c1;
        tanh(&(0.02 * (&x0 * &x0 * m4.norm_squared().exp())))
    };
    (0.01
        * (c1.columns(0, 2).norm_squared()
            + (0.02 * x0.norm_squared()).tanh()
            + acc2.norm_squared()))
    .tanh()
        + m5.sum()
        + x0.sum()
}

#[test]
fn check_f190() {
    passes_at_random_points(190, "f190", |rng| f190::check(rng.matrix(3, 3)));
}

#[differentiable]
fn f191(x0: &DMatrix<f64>, x1: DMatrix<f64>, case: usize) -> f64 {
    let m1 = x0[(1, 1)] * DMatrix::identity(4, 3)
        - ln(&tanh(&(0.01 * (x0.norm_squared() * DMatrix::identity(4, 3)))).map(|e| e * e + 0.5));
    let m5 = match case {
        0 => {
            let v3 = {
                let m2 =
                    tanh(&(0.05 * (x0 * &x1 - x0 / (2.0 + (0.5 * x1.rows(0, 4).mean()).tanh()))));
                DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * m1[(2, 0)]
                    / (2.0 + (0.01 * m1.norm_squared()).tanh().sin())
                    * m2.mean().exp()
            };
            sigmoid(&(0.5 * &x1)) * (0.02 * v3.sum()).exp()
        }
        1 | 2 => f149(&m1.column(1).into_owned(), 2).transpose(),
        _ => {
            let s4 = (0.05
                * (f138(x1.mean(), x0.row(2).mean(), case) + mse(&x1, &x1.map(|e| e.sin()))))
            .tanh();
            add_bias(
                &(s4 * DMatrix::identity(4, 4)),
                &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * s4),
            )
        }
    };
    (0.05 * (x0.columns(3, 1).norm() + x1.sum() + m1.mean())).tanh()
        + m5.mean()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f191() {
    passes_at_random_points(191, "f191", |rng| {
        f191::check(&rng.matrix(3, 4), rng.matrix(4, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f192(x0: DMatrix<f64>) -> f64 {
    let m1 = &x0 * (0.05 * x0.row(0).norm_squared()).tanh()
        / (1.0
            + sigmoid(
                &(0.05
                    * (x0.mean()
                        * DMatrix::identity(3, 4)
                        * (x0.row(1).sum() * DMatrix::identity(4, 3)))),
            )
            .norm_squared());
    let s2 = (0.2 * (x0.sum().powi(2) + 0.5).sqrt()).exp();
    let m4 = {
        let s3 = (s2 - s2.sin()) / (2.0 + (0.2 * x0.norm()).sin());
        ln(&x0.map(|e| e * e + 0.5)) * (0.1 * s3).exp()
    };
    (0.01
        * ((0.05
            * f000(
                &(s2 * DMatrix::identity(3, 4)),
                &(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * s2),
                &(s2 * DMatrix::identity(4, 3)),
            ))
        .tanh()
            + m1.sum()
            + m4.norm_squared()))
    .tanh()
        + x0.sum()
}

#[test]
fn check_f192() {
    passes_at_random_points(192, "f192", |rng| f192::check(rng.matrix(3, 3)));
}

#[differentiable]
fn f193(x0: f64, x1: DMatrix<f64>, p: &TwoLayer, case: usize) -> DMatrix<f64> {
    let m1 = softmax(&(0.1 * f124(x1.columns(0, 3).into_owned(), &x1.columns(0, 2).into_owned())));
    let s3 = if (0.05 * f099(&m1.column(1).into_owned(), p.second.clone(), 3, case)).tanh() < 1.25 {
        (0.5 * p.first.w[(1, 3)]).exp()
    } else if x1.columns(0, 4).mean() < x0 {
        let c2: DMatrix<f64> = DMatrix::zeros(4, 2);
        ln(&p.second.w.map(|e| 2.0 + e.sin())).mean() * c2.mean().exp()
    } else {
        (0.2 * (m1.norm_squared() / (1.0 + x1.norm_squared()))).cos()
    };
    let m5 = {
        let s4 = m1.norm_squared();
        tanh(&(0.05 * (x0 * &p.first.w * (0.1 * s4).exp())))
    };
    x0 * &m5 * (0.1 * s3).exp()
        + DMatrix::from_element(2, 5, 1.0)
            * (x0
                + x1.sum()
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
            rng.scalar(),
            rng.matrix(4, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 5), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f194(x0: &DVector<f64>, x1: &DMatrix<f64>, q: &Affine, n: usize, flag: bool) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(1, 4, 0.4);
    for _ in 0..n {
        acc1 -= tanh(
            &(0.2
                * exp(&(softmax(&(0.05 * (x1.norm_squared() * DMatrix::identity(1, 4))))
                    + tanh(&(0.01 * (q.w.norm_squared() * DMatrix::identity(1, 4))))))),
        );
    }
    let mut acc2 = q.b.clone();
    if flag {
        acc2 = &acc2 * 0.5 + q.w.column_variance();
    } else if n > 2 {
        let m3 = add_bias(&DMatrix::zeros(4, 4), x0);
        acc2 /= 2.0
            + (0.05 * (-f146(&(x1.columns(0, 1).mean() * DMatrix::identity(2, 2))) + m3.sum()))
                .tanh()
                .tanh();
    } else {
        let c4 = acc1.ncols() as f64;
        acc2 -= f125(&(c4 * DMatrix::identity(4, 3)), c4);
    }
    let x0 = x0.map(|e| e.sin());
    softmax(
        &(0.05
            * (x1.transpose().transpose()
                * (0.2 * acc1.mean()).exp()
                * (0.01 * acc2.norm_squared()).exp())),
    ) * (0.5 * x0.sum()).exp()
        + DMatrix::from_element(4, 1, 1.0) * (x0.sum() + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f194() {
    passes_at_random_points(194, "f194", |rng| {
        f194::check(
            &rng.vector(4),
            &rng.matrix(4, 1),
            &Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
            3,
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f195(x0: f64, x1: DMatrix<f64>, q: &Affine, flag: bool) -> f64 {
    let mut acc1 = (0.5 * f030(x0, flag)).abs();
    for _ in 0..2_usize {
        let m2 = if x0 > 0.25 {
            (&x1 + &q.w) / (2.0 + (0.5 * acc1).tanh())
        } else {
            acc1 = (0.5 * acc1).tanh()
                + (0.2 * (q.w.row_mean().mean() * x0.max((0.5 * x0).tanh()))).sin();
            relu(&add_bias(&x1, &q.b))
        };
        acc1 += (0.02 * mse(&log_softmax(&q.w), &sigmoid(&(0.05 * (&x1 * &m2))))).sin();
    }
    acc1 /= 1.0 + (0.5 * q.w.rows(1, 2).mean()).powi(2);
    let s3 = q.w.row_variance().mean();
    (0.5 * x0).cos() + acc1 + s3 + (x0 + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f195() {
    passes_at_random_points(195, "f195", |rng| {
        f195::check(
            rng.scalar(),
            rng.matrix(4, 4),
            &Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f196(x0: &f64, n: usize) -> DVector<f64> {
    let mut acc1 = (0.01
        * mse(
            &(DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * *x0).add_scalar(*x0),
            &(*x0 * DMatrix::identity(4, 4)).column_sum(),
        ))
    .tanh();
    if acc1 > 2.0 {
        acc1 /= 2.0 + (0.2 * (*x0 * DMatrix::identity(2, 2)).sum()).powi(2).cos();
    } else if n > 2 {
        acc1 *= (0.05 * f106(&(*x0 * DMatrix::identity(4, 2)), &(*x0 * DMatrix::identity(4, 2))))
            .tanh()
            .sin();
    } else {
        acc1 = acc1.sin() + (*x0 * DMatrix::identity(2, 2)).row_sum().sum();
    }
    let x0 = *x0 * 0.5;
    let s2 =
        (0.5 * (0.1 * (x0 * DMatrix::identity(4, 3)).row_variance().norm_squared()).tanh()).tan();
    (x0 * DMatrix::identity(2, 2)).column_sum() * (0.1 * acc1).exp() * s2.exp()
        + DVector::from_element(2, 1.0) * x0
}

#[test]
fn check_f196() {
    passes_at_random_points(196, "f196", |rng| f196::check(&rng.scalar(), 4));
}

#[differentiable]
fn f197(x0: &DMatrix<f64>, x1: &DMatrix<f64>, p: &Affine, case: usize) -> f64 {
    assert_eq!(p.w.shape(), (2, 2));
    let m2 = {
        let m1 = f084(&p.w, case);
        (x1 + x1 * 0.5) * (0.02 * m1.sum()).exp()
    };
    let mut acc3: DMatrix<f64> = DMatrix::from_element(2, 2, 0.3);
    acc3 = acc3.map(|e| e.sin()) + p.w.transpose();
    acc3 = tanh(&(0.5 * &acc3)) + ln(&exp(&(0.2 * &p.w)));
    (0.05 * ((0.05 * mse(&p.w, &acc3)).sin() + x0.mean() + m2.sum())).tanh()
        + (x0.sum() + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f197() {
    passes_at_random_points(197, "f197", |rng| {
        f197::check(
            &rng.matrix(3, 3),
            &rng.matrix(2, 3),
            &Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f198(x0: &DVector<f64>, x1: f64, q: &Affine, n: usize, labels: &[usize]) -> f64 {
    let x0 = (0.5 * x0).map(|e| e.tanh());
    let s3 = if n > 2 {
        let s1 = cross_entropy(&(x1 * DMatrix::identity(4, 4)), labels) - x1 * x1.sin();
        (0.5 * x1).exp() + s1
    } else {
        let s2 = if (0.5 * x1).cos() < x1 {
            assert_eq!(x0.len(), 4);
            add_bias(&DMatrix::zeros(4, 2), &x0).row_variance().norm_squared()
        } else if x1 < 1.25 {
            x1 * (0.5 * x1).tanh()
        } else {
            x0.sum()
        };
        f030(x0[0], true) + s2
    };
    (s3.powi(2) + 1.0).ln() + x0.sum() + (x0.sum() + x1 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f198() {
    passes_at_random_points(198, "f198", |rng| {
        f198::check(
            &rng.vector(4),
            rng.scalar(),
            &Affine { w: rng.matrix(4, 2), b: rng.vector(4) },
            2,
            &[1, 2, 2, 1],
        )
    });
}

#[differentiable]
fn f199(x0: DMatrix<f64>, x1: f64) -> f64 {
    let c1: DMatrix<f64> = DMatrix::from_element(2, 3, 0.75);
    assert_eq!(x0.shape(), (1, 2));
    (x0.norm() + x1) * (0.5 * c1.sum()).exp() + (x0.sum() + x1)
}

#[test]
fn check_f199() {
    passes_at_random_points(199, "f199", |rng| f199::check(rng.matrix(1, 2), rng.scalar()));
}

#[differentiable]
fn f200(x0: &DMatrix<f64>, x1: &f64, p: &TwoLayer, case: usize) -> DVector<f64> {
    let mut acc1 = p.first.b.map(|e| e.sin());
    if *x1 > p.gain {
        let v2 = exp(&acc1);
        acc1 += (p.first.w.columns(1, 1).into_owned() * (p.gain * DMatrix::identity(1, 2)))
            .column_sum()
            + &v2;
    } else if x0.mean() < 0.4 {
        acc1 /= 1.0 + (0.2 * (*x1 - p.gain)).powi(2);
    } else {
        acc1 /= 2.0 + (0.05 * f003(*x1, &p.first, case)).sin().cos();
    }
    if p.gain < p.second.w.row(0).norm() {
        let c3: f64 = 0.5;
        acc1 -=
            softmax(&(0.05 * (log_softmax(&p.first.w.column(0).into_owned()) * p.gain))) * c3.exp();
    } else {
        let x0 = tanh(&(0.5 * x0)) + x0 * x0;
        acc1 = &acc1 * 0.5 + sigmoid(&p.first.b) * (0.01 * x0.norm_squared()).exp();
    }
    &acc1
        + DVector::from_element(5, 1.0)
            * (x0.sum()
                + *x1
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f200() {
    passes_at_random_points(200, "f200", |rng| {
        f200::check(
            &rng.matrix(2, 2),
            &rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                second: Affine { w: rng.matrix(2, 5), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable(wrt(x0))]
fn f201(x0: &DMatrix<f64>, x1: f64, x2: &DMatrix<f64>) -> DMatrix<f64> {
    let mut acc1 = x1;
    for _ in 0..x0.nrows() {
        let mut acc2 = tanh(&(0.05 * (acc1 * DMatrix::identity(3, 3) * x2)));
        for _ in 0..x0.nrows() {
            acc2 /= 1.0 + (0.2 * x2.rows(1, 1).norm()).powi(2);
        }
        acc1 = acc1.sin()
            + (0.01 * (x2.variance() / (1.0 + (0.5 * x1).powi(2)) + acc2.norm_squared())).tanh();
    }
    let m3 = f035(acc1 * DMatrix::identity(5, 3), acc1);
    let s5 = {
        let s4 = (x2.row_mean().sum().powi(2) + 0.5).sqrt();
        (0.01 * x0.dot(&m3)).tanh() + s4
    };
    sigmoid(&(0.02 * (x2.columns(1, 3).into_owned() * x2 * (0.1 * s5).exp())))
        + DMatrix::from_element(3, 4, 1.0) * (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f201() {
    passes_at_random_points(201, "f201", |rng| {
        f201::check(&rng.matrix(4, 5), rng.scalar(), &rng.matrix(3, 4))
    });
}

#[differentiable]
fn f202(x0: f64) -> f64 {
    let mut acc1: f64 = 0.0;
    acc1 = acc1 * 0.5
        + (0.05
            * f060(
                &(x0 * DMatrix::identity(4, 3)),
                &(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * x0),
                x0 * DMatrix::identity(4, 4),
            ))
        .tanh();
    for i in 0..2_usize {
        let c2: DVector<f64> = DVector::zeros(4);
        acc1 += (0.1 * (x0 * i as f64 * c2.sum().exp())).tanh();
    }
    (DVector::from_column_slice(&[0.75, -0.5]) * x0).sum() + acc1 + x0
}

#[test]
fn check_f202() {
    passes_at_random_points(202, "f202", |rng| f202::check(rng.scalar()));
}

#[differentiable]
fn f203(x0: f64, flag: bool, case: usize) -> f64 {
    let mut acc1 = (0.05
        * f004(
            &(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x0),
            &(x0 * DMatrix::identity(4, 4)),
            3,
        ))
    .tanh();
    for _ in 0..2_usize {
        let mut acc2: f64 = 0.0;
        match case {
            0 => {
                acc1 = acc1.sin() + acc2.abs();
                acc2 = acc2.tanh()
                    + (0.1
                        * mse(&(acc1 * DMatrix::identity(4, 4)), &(x0 * DMatrix::identity(4, 4))))
                    .sin();
            }
            1 | 2 => {
                acc1 = acc1 * 0.5
                    + (0.2
                        * mse(&(acc2 * DMatrix::identity(2, 4)), &(x0 * DMatrix::identity(2, 4))))
                    .tanh();
                acc2 -= (0.1
                    * f115(
                        &(x0 * DMatrix::identity(2, 4)),
                        &(acc1 * DMatrix::identity(2, 2)),
                        3,
                        case,
                    ))
                .tanh();
            }
            _ => {
                acc1 /= 2.0 + (0.2 * (x0.min(acc2) - (acc2 - x0))).cos();
                acc2 *= (0.5 * acc1).sin();
            }
        }
        acc1 *= (0.2 * ((x0.powi(2) + 1.0).ln() + acc2)).tanh();
    }
    match case {
        0 => {
            if (0.05 * f117(x0, &(acc1 * DMatrix::identity(1, 2)), &(x0 * DMatrix::identity(4, 4))))
                .tanh()
                > x0
            {
                acc1 /= 2.0 + (0.5 * ((0.5 * x0).cos() + x0 / (2.0 + (0.5 * x0).cos()))).cos();
            } else if flag {
                acc1 -= mse(
                    &(x0 * DMatrix::identity(4, 2)),
                    &(x0 * DMatrix::identity(4, 2)).map(|e| e.sin()),
                )
                .min(
                    (0.05 * f106(&(x0 * DMatrix::identity(4, 2)), &(x0 * DMatrix::identity(4, 2))))
                        .tanh(),
                );
                acc1 += (x0 * DMatrix::identity(4, 4)).row_sum().mean();
            } else {
                acc1 = acc1 * 0.5 + (x0 * DMatrix::identity(4, 4)).row_variance().mean();
            }
            acc1 += f150(x0, case);
        }
        1 | 2 => {
            let x0 = (0.5 * x0).tanh();
            acc1 -= x0;
        }
        _ => {
            let s3 = (0.5 * acc1).exp();
            acc1 /= 1.0 + (0.2 * ((x0 - s3).powi(2) + 1.0).ln()).powi(2);
        }
    }
    (0.05 * acc1).tanh().exp() + x0
}

#[test]
fn check_f203() {
    passes_at_random_points(203, "f203", |rng| {
        f203::check(rng.scalar(), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f204(x0: DMatrix<f64>, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let m2 = {
        let m1 = f124(
            x0[(1, 0)] * DMatrix::identity(4, 3),
            &x0.map(|e| f151(e * e.sin(), e, 3, true, &[1])),
        );
        m1.mean() * DMatrix::identity(4, 2)
    };
    let mut acc3: DMatrix<f64> = DMatrix::from_element(4, 2, 1.25);
    if x0[(1, 0)] < m2.mean() {
        acc3 *= (0.05
            * f079(
                &tanh(&(0.01 * (DVector::from_column_slice(&[0.3, -1.0]) * m2.norm_squared()))),
                &softmax(&(0.05 * (x1 + m2.row(2).mean() * DMatrix::identity(2, 2)))),
                (x1[(1, 0)] * DMatrix::identity(3, 2)).map(|e| e.min((0.5 * e).tanh())),
            ))
        .tanh()
        .cos();
    } else {
        assert_eq!(x0.shape(), (4, 2));
        acc3 *= (0.2 * cross_entropy(&((0.02 * m2.sum()).tanh() * x1.transpose()), &[0, 0])).cos();
    }
    let m4 = -sigmoid(&(0.5 * &x0));
    &m4 + &acc3 + DMatrix::from_element(4, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f204() {
    passes_at_random_points(204, "f204", |rng| f204::check(rng.matrix(4, 2), &rng.matrix(2, 2)));
}

#[differentiable]
fn f205(x0: &DMatrix<f64>, x1: f64) -> f64 {
    let s1 = x0.transpose().column_sum().sum();
    let s2 = (s1.powi(2) + 1.0).ln();
    (s2.powi(2) + 0.5).sqrt() + x1 + (x0.sum() + x1)
}

#[test]
fn check_f205() {
    passes_at_random_points(205, "f205", |rng| f205::check(&rng.matrix(4, 3), rng.scalar()));
}

#[differentiable]
fn f206(x0: f64, x1: &DMatrix<f64>, x2: DMatrix<f64>) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(3, 3);
    acc1 *= (0.2 * x2.variance()).tanh();
    acc1 = &acc1 * 0.5 + (ln(&x1.map(|e| 2.0 + e.sin())) + x1.map(|e| e.sin()));
    let c2: DMatrix<f64> = DMatrix::zeros(5, 5);
    let acc1 = acc1.map(|e| e.sin());
    sigmoid(
        &(0.02
            * (f178(x0, DVector::from_column_slice(&[0.3, -1.0]) * x0, 2)
                * c2.norm_squared().exp())),
    ) + &acc1
        + DMatrix::from_element(3, 3, 1.0) * (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f206() {
    passes_at_random_points(206, "f206", |rng| {
        f206::check(rng.scalar(), &rng.matrix(3, 3), rng.matrix(3, 3))
    });
}

#[differentiable(wrt(x0, x1))]
fn f207(x0: &DMatrix<f64>, x1: DMatrix<f64>, p: &TwoLayer) -> DVector<f64> {
    let c1: DMatrix<f64> = DMatrix::from_element(3, 2, 0.4);
    let v2 = x0 * x0.column(1).into_owned();
    (0.02 * (&x1 * &v2)).map(|e| e.tanh()) * c1.sum().exp()
        + DVector::from_element(2, 1.0)
            * (x0.sum()
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
            &rng.matrix(3, 3),
            rng.matrix(2, 3),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f208(x0: f64, x1: f64, n: usize) -> f64 {
    let mut acc1: f64 = 0.0;
    for _ in 0..n {
        acc1 -= (0.2 * (x0 + x1)).tanh();
    }
    let mut acc2: f64 = 0.0;
    if n > 3 {
        acc2 *= (0.2 * cross_entropy(&(acc1 * DMatrix::identity(5, 4)), &[1, 2, 2, 2])).tanh();
    }
    x0 - acc2 + acc1 + (x0 + x1)
}

#[test]
fn check_f208() {
    passes_at_random_points(208, "f208", |rng| f208::check(rng.scalar(), rng.scalar(), 3));
}

#[differentiable]
fn f209(x0: DVector<f32>, x1: &DMatrix<f32>, q: &TwoLayer32) -> f32 {
    let v2 = x0.map(|e| {
        let t1 = e;
        (t1.powi(2) + 0.5).sqrt()
    });
    let m4 = {
        let s3 = (0.02 * f032(&(q.gain * DMatrix::identity(4, 5)), q)).tanh();
        let s3 = s3 * 0.5 + mse(&q.first.w.transpose(), &(s3 * DMatrix::identity(4, 2)));
        softmax(&(0.02 * (&q.first.w * add_bias(&DMatrix::zeros(4, 4), &x0) * (0.05 * s3).exp())))
    };
    let m5 = x1 * (q.gain * DMatrix::identity(4, 4));
    (0.02
        * ((0.02 * q.first.w.norm_squared()).tanh() * q.gain
            + v2.mean()
            + m4.norm_squared()
            + m5.sum()))
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
fn check_f209() {
    passes_at_random_points(209, "f209", |rng| {
        f209::check(
            rng.vector(4),
            &rng.matrix(2, 4),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f210(x0: &DMatrix<f64>, x1: DVector<f64>) -> f64 {
    assert_eq!(x0.shape(), (4, 4));
    let mut acc1: DVector<f64> = DVector::zeros(2);
    for _ in 0..x1.len() {
        let m2 = x0.clone();
        acc1 -= tanh(
            &(0.1
                * (ln(&m2.rows(2, 2).into_owned().map(|e| e * e + 0.5))
                    * ln(&x1.map(|e| 2.0 + e.sin())))),
        );
    }
    let m3 = if acc1[1] > (0.01 * x0.norm_squared()).tanh() {
        x0.columns(0, 2).into_owned() * x0.rows(2, 2).into_owned()
    } else {
        x0.clone()
    };
    m3[(3, 2)] + (x0.sum() + x1.sum())
}

#[test]
fn check_f210() {
    passes_at_random_points(210, "f210", |rng| f210::check(&rng.matrix(4, 4), rng.vector(4)));
}

#[differentiable]
fn f211(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let m1 = tanh(&(0.2 * (x1 * softmax(&(0.02 * (x1.norm_squared() * DMatrix::identity(4, 4)))))));
    let c2: DMatrix<f64> = DMatrix::from_element(4, 4, 0.25);
    assert_eq!(x0.shape(), (5, 2));
    (0.05
        * (((0.05
            * f136(
                &(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x0.mean()),
                x1.column(2).into_owned(),
            ))
        .sin()
            + m1.norm_squared())
            * c2.sum().exp()))
    .sin()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f211() {
    passes_at_random_points(211, "f211", |rng| f211::check(&rng.matrix(5, 2), &rng.matrix(2, 4)));
}

#[differentiable]
fn f212(x0: f64, x1: &f64) -> DMatrix<f64> {
    let mut acc1 = relu(&(x0 * DMatrix::identity(2, 4)))
        / (2.0
            + (0.05 * mse(&(*x1 * DMatrix::identity(2, 2)), &(x0 * DMatrix::identity(2, 2))))
                .tanh()
                .sin());
    if *x1 < acc1.mean() {
        acc1 = acc1.map(|e| e.sin()) + (x0 * DMatrix::identity(4, 2)).transpose();
    } else if x0 < *x1 {
        let x1 = *x1 * 0.5;
        acc1 *= (0.05
            * mse(
                &(DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x0),
                &(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x1),
            ))
        .tanh()
        .tanh();
    } else {
        acc1 /= 2.0 + (0.5 * (x0 / (1.0 + (0.5 * x0).powi(2)))).tanh();
    }
    let m2 = (x0 * DMatrix::identity(4, 2)).transpose();
    softmax(&m2) + &acc1 + DMatrix::from_element(2, 4, 1.0) * (x0 + *x1)
}

#[test]
fn check_f212() {
    passes_at_random_points(212, "f212", |rng| f212::check(rng.scalar(), &rng.scalar()));
}

#[differentiable(wrt(x0))]
fn f213(x0: &DMatrix<f64>, x1: f64, case: usize) -> f64 {
    let x0 = x0 * 0.5 + x1 * x0;
    let m3 = if x0.mean() / (2.0 + (0.5 * x1).tanh()) > x0[(2, 1)] {
        sigmoid(
            &(0.02
                * (x0.map(|e| {
                    let t1 = (1.0 + e.powi(2)).powf(0.5 * (0.1 * e).tanh());
                    t1 * 0.5
                }) * (x1 * (x1 * DMatrix::identity(2, 2))))),
        )
    } else {
        let mut acc2: DVector<f64> = DVector::zeros(2);
        match case {
            0 => {
                let x1 = x1 * 0.5
                    + (0.05
                        * f117(
                            x1,
                            &(x1 * DMatrix::identity(1, 2)),
                            &(x1 * DMatrix::identity(4, 4)),
                        ))
                    .tanh();
                acc2 = acc2.map(|e| e.tanh())
                    + tanh(
                        &(0.05
                            * (softmax(&(0.01 * (x0.norm_squared() * DMatrix::identity(2, 4))))
                                * &x0)),
                    )
                    .column_variance()
                        * (0.2 * x1).exp();
            }
            1 | 2 => {
                acc2 = acc2.map(|e| e.tanh()) + DVector::from_column_slice(&[-0.5, 0.3]) * x1;
            }
            _ => {
                acc2 -= tanh(&(DVector::from_column_slice(&[-0.5, 0.3]) * x1));
            }
        }
        tanh(
            &(0.05
                * (ln(&exp(&(0.05 * &x0)))
                    * x0.rows(0, 2).into_owned().map(|e| e / (1.0 + (0.1 * e).powi(2))))),
        ) * (0.2 * acc2.mean()).exp()
    };
    x1 + m3.sum() + (x0.sum() + x1)
}

#[test]
fn check_f213() {
    passes_at_random_points(213, "f213", |rng| {
        f213::check(&rng.matrix(4, 2), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f214(x0: &DMatrix<f64>, x1: &DVector<f64>) -> f64 {
    let m2 = if (0.05 * x0.rows(1, 2).norm_squared()).tanh() < 2.0 {
        sigmoid(&(0.5 * x0))
    } else {
        let v1: DVector<f64> = ln(&x1.map(|e| e * e + 0.5));
        exp(&(0.1 * f204(x0.clone(), &add_bias(&DMatrix::zeros(2, 2), &v1))))
    };
    let mut acc3: f64 = 1.0;
    for i in 0..2_usize {
        acc3 /= 2.0 + (0.05 * (x1.norm_squared() + x1[i])).tanh().cos();
    }
    (0.5 * acc3).exp() + m2.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f214() {
    passes_at_random_points(214, "f214", |rng| f214::check(&rng.matrix(4, 2), &rng.vector(2)));
}

#[differentiable]
fn f215(x0: f64, x1: DMatrix<f64>) -> DMatrix<f64> {
    assert_eq!(x1.shape(), (4, 4));
    let s3 = {
        let m2 = tanh(
            &(0.05
                * (x1.variance()
                    * (x0 * DMatrix::identity(4, 1)).map(|e| {
                        let t1 = (0.5 * (0.5 * e).tanh()).tan();
                        e + t1
                    }))),
        );
        (0.5 * x0).tanh() + m2.mean()
    };
    let s4 =
        if (0.5 * x0).powi(3) < 2.0 { (s3 * DMatrix::identity(2, 4)).row_sum().sum() } else { x0 };
    (&x1 - s3 * DMatrix::identity(4, 4)) * (0.1 * s4).exp()
        + DMatrix::from_element(4, 4, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f215() {
    passes_at_random_points(215, "f215", |rng| f215::check(rng.scalar(), rng.matrix(4, 4)));
}

#[differentiable(wrt(x0))]
fn f216(x0: DMatrix<f64>, p: &TwoLayer) -> f64 {
    let c1: DVector<f64> = DVector::zeros(4);
    let x0 = x0.map(|e| e.sin()) + ln(&x0.map(|e| e * e + 0.5));
    (p.gain.powi(2) + 1.0).ln() * c1.mean().exp()
        + x0.mean()
        + (x0.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f216() {
    passes_at_random_points(216, "f216", |rng| {
        f216::check(
            rng.matrix(4, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f217(x0: f64, x1: &DMatrix<f64>, flag: bool) -> f64 {
    let s3 = if flag {
        let mut acc1: f64 = 0.5;
        if x1[(0, 0)] < 2.0 {
            let s2 = (0.05
                * mse(&(x0 * DMatrix::identity(2, 1)), &(x1[(0, 0)] * DMatrix::identity(2, 1))))
            .sin()
            .max(x1.sum() / (2.0 + acc1.tanh()));
            acc1 *= (0.05
                * f028(&(x0 * DMatrix::identity(2, 5)), s2, &(x0 * DMatrix::identity(5, 5))))
            .sin()
            .tanh();
        } else {
            acc1 = acc1.sin() + x1.transpose().sum();
        }
        x1.sum() + acc1
    } else if (0.5 * x1.mean()).exp() > 0.75 {
        (x0 + x1.sum()) / (2.0 + (0.2 * x1.norm_squared()).cos())
    } else {
        x0
    };
    let c4: f64 = 2.0;
    (0.05 * ((s3 + x0) * (0.5 * c4).exp())).tanh() + (x0 + x1.sum())
}

#[test]
fn check_f217() {
    passes_at_random_points(217, "f217", |rng| {
        f217::check(rng.scalar(), &rng.matrix(1, 1), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f218(x0: f64, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let m2 = {
        let m1 = softmax(x1);
        f121(x1, 1) + &m1
    };
    assert_eq!(x1.shape(), (2, 2));
    sigmoid(&(0.01 * (&m2 * &m2))) * (0.2 * x0).exp()
        + DMatrix::from_element(2, 2, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f218() {
    passes_at_random_points(218, "f218", |rng| f218::check(rng.scalar(), &rng.matrix(2, 2)));
}

#[differentiable]
fn f219(x0: &DMatrix<f64>, case: usize) -> f64 {
    let m4 = {
        let m1 = x0 * sigmoid(&(0.02 * (x0.norm_squared() * DMatrix::identity(3, 3))));
        let m3 = match case {
            0 => sigmoid(&(0.2 * &m1)),
            1 | 2 => x0.transpose(),
            _ => {
                let c2 = m1.ncols() as f64;
                c2 * DMatrix::identity(3, 3)
                    + c2 * DMatrix::identity(3, 2) * x0.rows(1, 2).into_owned()
            }
        };
        sigmoid(&(0.05 * (x0.transpose() + &m1 + &m3)))
    };
    let m5 = -m4.rows(1, 2).into_owned().map(|e| (1.0 + e.powi(2)).powf(0.5 * e.tanh()));
    assert_eq!(m4.shape(), (3, 3));
    x0[(1, 2)].max(x0.columns(0, 3).sum()) + m5.sum() + x0.sum()
}

#[test]
fn check_f219() {
    passes_at_random_points(219, "f219", |rng| f219::check(&rng.matrix(3, 3), rng.int(0, 3)));
}

#[differentiable]
fn f220(x0: DMatrix<f64>) -> f64 {
    let s1 = (x0.rows(0, 1).sum() * DMatrix::identity(1, 4)
        - x0.row(0).mean() * DMatrix::identity(1, 4))
    .row_sum()
    .sum();
    let x0 = &x0 * 0.5;
    x0.norm_squared().max(s1) + x0.sum()
}

#[test]
fn check_f220() {
    passes_at_random_points(220, "f220", |rng| f220::check(rng.matrix(1, 1)));
}

#[differentiable]
fn f221(x0: DMatrix<f64>, p: &Affine) -> f64 {
    let x0 = tanh(&(0.5 * &x0));
    let s1 = if (0.5 * p.b[3]).exp() < x0.row(2).sum() {
        x0[(2, 1)]
    } else {
        (0.2 * f146(&p.w.rows(0, 2).into_owned())).abs()
    };
    let c2: DMatrix<f64> = DMatrix::zeros(3, 3);
    (0.05 * ((s1 - x0.norm_squared()) * c2.norm_squared().exp())).tanh()
        + (x0.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f221() {
    passes_at_random_points(221, "f221", |rng| {
        f221::check(rng.matrix(4, 2), &Affine { w: rng.matrix(4, 2), b: rng.vector(4) })
    });
}

#[differentiable]
fn f222(x0: &DMatrix<f32>, x1: DMatrix<f32>, n: usize, flag: bool) -> DMatrix<f32> {
    let m1 = x1.map(|e| e.sin());
    let m2 = sigmoid(&(0.2 * (x1.columns(1, 2).norm() * DMatrix::identity(3, 3))));
    let mut acc4 = m2.transpose().map(|e| {
        let t3 = e;
        e + t3
    });
    for _ in 0..n {
        let mut acc5: DMatrix<f32> = DMatrix::zeros(3, 3);
        for _ in 0..m2.nrows() {
            let c6: f32 = 2.0;
            acc5 = &acc5 * 0.5 + tanh(&(0.05 * (relu(x0) * x0.transpose() * (0.5 * c6).exp())));
        }
        acc4 /= 2.0
            + (0.01 * (f173(x0.mean() * DMatrix::identity(2, 2), flag, 1) + acc5.norm_squared()))
                .sin()
                .sin();
    }
    sigmoid(&(0.05 * (x0.component_div(&x0.map(|e| e * e + 0.5)) * (0.2 * m1.sum()).exp())))
        * (0.05 * acc4.sum()).exp()
        + DMatrix::from_element(3, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f222() {
    passes_at_random_points(222, "f222", |rng| {
        f222::check(&rng.matrix(3, 2), rng.matrix(2, 3), 4, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f223(x0: &DMatrix<f64>, x1: &DVector<f64>) -> f64 {
    let c1 = x1.len() as f64;
    let m2 = ln(&(x0.row(1).norm() * DMatrix::identity(5, 5)).map(|e| e * e + 0.5));
    let m4 = tanh(
        &(0.05
            * (add_bias(&DMatrix::zeros(3, 5), x1)
                * c1
                * m2.columns(2, 3).into_owned().map(|e| {
                    let t3 = e * (e * 0.5);
                    (0.02 * (t3 * e)).tanh()
                }))),
    );
    (0.05 * f144(&(x1[2] * DMatrix::identity(2, 4)), &DVector::from_element(2, 2.0))).sin()
        + m4.norm_squared()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f223() {
    passes_at_random_points(223, "f223", |rng| f223::check(&rng.matrix(3, 3), &rng.vector(3)));
}

#[differentiable]
fn f224(x0: &DMatrix<f32>) -> DVector<f32> {
    let mut acc2 = sigmoid(
        &(0.2
            * x0.map(|e| {
                let t1 = e;
                e + t1
            })),
    );
    for _ in 0..x0.nrows() {
        acc2 -= softmax(&(0.5 * x0.transpose()));
    }
    let m3: DMatrix<f32> =
        x0.transpose() * tanh(&(0.01 * (acc2.norm_squared() * DMatrix::identity(3, 3))));
    let v4 = ln(&x0.column(0).into_owned().map(|e| e * e + 0.5));
    tanh(&(0.05 * (&m3 * &v4))) + DVector::from_element(3, 1.0) * x0.sum()
}

#[test]
fn check_f224() {
    passes_at_random_points(224, "f224", |rng| f224::check(&rng.matrix(3, 3)));
}

#[differentiable]
fn f225(x0: DVector<f64>, x1: &f64, q: &Affine, flag: bool) -> DMatrix<f64> {
    let v1 = add_bias(&DMatrix::zeros(3, 3), &x0) * &x0;
    let v2 = tanh(
        &(0.05
            * (tanh(
                &(0.05
                    * f045(
                        &add_bias(&DMatrix::zeros(5, 3), &q.b),
                        &add_bias(&DMatrix::zeros(5, 5), &q.b),
                        flag,
                    )),
            ) * add_bias(&DMatrix::zeros(3, 1), &v1).column_sum())),
    );
    softmax(
        &(0.05
            * (add_bias(&DMatrix::zeros(3, 3), &x0)
                * (0.2 * *x1).exp()
                * (0.2 * v2.norm_squared()).exp())),
    ) + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + *x1 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f225() {
    passes_at_random_points(225, "f225", |rng| {
        f225::check(
            rng.vector(3),
            &rng.scalar(),
            &Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f226(x0: &DMatrix<f64>, x1: &DMatrix<f64>, n: usize, flag: bool) -> f64 {
    let mut acc1 = x0.component_div(&x1.transpose().map(|e| 2.0 + e.sin()));
    if !flag {
        acc1 += x0 - x1.transpose();
    }
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 4, 0.3);
    acc2 -= add_bias(
        &(x0 * (0.01 * x1.norm_squared()).sin()),
        &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x0[(3, 1)] * x1.mean()),
    );
    acc2 /= 1.0 + (0.01 * x0.norm_squared()).sin().powi(2);
    for i in 0..x0.nrows() {
        let mut acc3: f64 = 1.0;
        for _ in 0..x0.nrows() {
            acc3 /= 1.0
                + tanh(&(0.02 * (DVector::from_column_slice(&[0.5, -0.25, 1.0]) * acc1.sum())))
                    .mean()
                    .powi(2);
        }
        let m5 = if n > 2 {
            acc2 -= softmax(&(0.1 * &acc1));
            sigmoid(&(0.01 * (acc3 * DMatrix::identity(4, 3) * (acc3 * DMatrix::identity(3, 4)))))
        } else {
            let m4 = ln(&exp(&(0.05 * relu(&acc2))));
            tanh(&(0.01 * (acc1[(i, i)] * DMatrix::identity(4, 3) * acc3)))
                * tanh(&(0.02 * (x1.rows(1, 3).into_owned() * acc3)))
                + &m4
        };
        acc1 = tanh(&(0.1 * &acc1)) + tanh(&(0.2 * (relu(x1) + &m5)));
    }
    (0.01 * (acc1.mean() + acc2.norm_squared())).sin() + (x0.sum() + x1.sum())
}

#[test]
fn check_f226() {
    passes_at_random_points(226, "f226", |rng| {
        f226::check(&rng.matrix(4, 4), &rng.matrix(4, 4), 4, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f227(x0: &f64, case: usize) -> DVector<f64> {
    let s1 = sigmoid(&(0.5 * (*x0 * DMatrix::identity(3, 2)))).row_variance().norm_squared();
    let mut acc2 = (DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * *x0)
        .component_div(&(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * s1).map(|e| e * e + 0.5));
    for _ in 0..3_usize {
        acc2 = (0.1 * &acc2).map(|e| e.tanh())
            + tanh(
                &(0.2
                    * (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * *x0
                        - DVector::from_column_slice(&[0.75, -0.5, 0.3]) * s1)),
            );
    }
    let m4 = match case {
        0 => f047(&(s1 * DMatrix::identity(3, 3)), &DMatrix::from_element(3, 3, 0.5)),
        1 | 2 => add_bias(
            &tanh(
                &(0.02
                    * (add_bias(&DMatrix::zeros(3, 2), &acc2) * (*x0 * DMatrix::identity(2, 3)))),
            ),
            &acc2.map(|e| {
                let t3 = e / (2.0 + (0.1 * e).cos());
                (0.05 * (e + t3)).tanh()
            }),
        ),
        _ => {
            sigmoid(&(0.02 * (*x0 * DMatrix::identity(3, 2) * (acc2[0] * DMatrix::identity(2, 3)))))
        }
    };
    softmax(&(0.05 * (relu(&acc2) * (0.01 * m4.sum()).exp()))) + DVector::from_element(3, 1.0) * *x0
}

#[test]
fn check_f227() {
    passes_at_random_points(227, "f227", |rng| f227::check(&rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f228(x0: f64, x1: DMatrix<f64>, p: &TwoLayer, n: usize) -> f64 {
    let mut acc1 = x1.columns(2, 2).into_owned();
    for _ in 0..n {
        acc1 += sigmoid(&(0.2 * exp(&(0.5 * x1.columns(2, 2).into_owned()))));
        acc1 = tanh(&(0.2 * &acc1)) + sigmoid(&(0.5 * add_bias(&DMatrix::zeros(2, 2), &p.first.b)));
    }
    for _ in 0..n {
        for _ in 0..p.first.w.ncols() {
            let m2: DMatrix<f64> = tanh(&(0.05 * &acc1));
            acc1 -= sigmoid(&(0.2 * (&m2 - add_bias(&m2, &p.first.b))));
        }
        acc1 = acc1.map(|e| e.sin())
            + sigmoid(&(0.2 * add_bias(&(x0 * DMatrix::identity(2, 2)), &p.first.b)));
    }
    (0.01 * ((1.0 + x0.powi(2)).powf(0.5 * (0.5 * x0).tanh()) + acc1.norm_squared())).sin()
        + (x0
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f228() {
    passes_at_random_points(228, "f228", |rng| {
        f228::check(
            rng.scalar(),
            rng.matrix(2, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            4,
        )
    });
}

#[differentiable]
fn f229(x0: DMatrix<f64>, x1: &DMatrix<f64>, p: Affine, flag: bool) -> DMatrix<f64> {
    let c1: DMatrix<f64> = DMatrix::zeros(4, 4);
    let m2 = if flag {
        tanh(&c1).component_mul(&f131(
            c1.rows(1, 2).norm(),
            &(DVector::from_column_slice(&[-0.5, 0.3]) * x1.sum()),
        ))
    } else {
        p.w.clone()
    };
    softmax(&(0.02 * ((x1 * x1.transpose() + &x0) * c1.sum().exp())))
        + &m2
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f229() {
    passes_at_random_points(229, "f229", |rng| {
        f229::check(
            rng.matrix(4, 4),
            &rng.matrix(4, 2),
            Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f230(x0: &DVector<f32>, n: usize) -> f32 {
    let mut acc1: DVector<f32> = DVector::zeros(3);
    if acc1[2].min(x0.sum()) < 2.0 {
        let s2 = (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x0.mean()).mean();
        acc1 += softmax(
            &(0.05
                * ((x0[2] * DMatrix::identity(3, 4) - add_bias(&DMatrix::zeros(3, 4), x0))
                    * (DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * s2))),
        );
    } else if acc1[1] < 0.4 {
        acc1 += tanh(&(0.05 * (x0.sum() * DMatrix::identity(3, 2)).column_variance())).map(|e| {
            let t3 = e;
            t3.sin()
        });
    } else {
        let mut acc4: DVector<f32> = DVector::zeros(3);
        for i in 0..n {
            let s5 = f107(acc1[i], 0.3);
            acc4 /= 2.0 + (0.1 * s5).cos().cos();
        }
        acc1 /= 2.0 + (0.1 * (x0[0] + acc4.norm_squared())).sin();
    }
    let acc1 = acc1.map(|e| e.sin()) + sigmoid(&acc1);
    x0[2] - (0.05 * x0.norm_squared()).tanh() + acc1.norm_squared() + x0.sum()
}

#[test]
fn check_f230() {
    passes_at_random_points(230, "f230", |rng| f230::check(&rng.vector(3), 2));
}

#[differentiable]
fn f231(x0: &DMatrix<f32>, x1: DMatrix<f32>, x2: &DVector<f32>) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::zeros(5, 4);
    acc1 -= add_bias(&x1, x2);
    acc1 = tanh(&(0.2 * &acc1)) + relu(&x1);
    for i in 0..x0.nrows() {
        for j in 0..3_usize {
            let s3 = {
                let m2 = x2[j] * DMatrix::identity(4, 5);
                (0.05 * cross_entropy(&(x0.sum() * DMatrix::identity(4, 4)), &[0, 1, 3, 3])).tanh()
                    + m2.sum()
            };
            acc1 = acc1.map(|e| e.sin())
                + softmax(
                    &(0.2
                        * (ln(&exp(&(0.2 * x1.map(|e| (0.5 * (0.5 * e).powi(3)).powi(2)))))
                            * (0.05 * s3).exp())),
                );
        }
        let mut acc4: DMatrix<f32> = DMatrix::from_element(5, 4, 0.5);
        acc4 /= 2.0 + (0.01 * (x1.sum() * x1.columns(2, 2).norm())).tanh().cos();
        acc4 *= (0.05 * x0.column(i).norm_squared()).tanh().powi(3).cos();
        acc1 -= tanh(
            &(0.2
                * (add_bias(&(x0[(0, i)] * DMatrix::identity(4, 5)).transpose(), &tanh(x2))
                    + &acc4)),
        );
    }
    (0.05 * (DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x0.row(2).sum()).variance())
        .tanh()
        + acc1.mean()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f231() {
    passes_at_random_points(231, "f231", |rng| {
        f231::check(&rng.matrix(4, 4), rng.matrix(5, 4), &rng.vector(5))
    });
}

#[differentiable(wrt(x0, x1))]
fn f232(x0: DMatrix<f64>, x1: DMatrix<f64>, q: &Affine, case: usize) -> f64 {
    let mut acc1 = sigmoid(&(0.2 * q.w.map(|e| f088(&e, 1))));
    acc1 /= 2.0 + (0.5 * q.w.mean()).cos();
    let mut acc2: DVector<f64> = DVector::zeros(2);
    for _ in 0..q.w.nrows() {
        acc1 = &acc1 * 0.5 + tanh(&(0.05 * f070(&x1.column(1).into_owned(), &x0, case)));
        acc2 = acc2.map(|e| e.tanh()) + (0.5 * &q.b).map(|e| e.tanh());
    }
    let x1 = tanh(&(0.5 * &x1)) + f121(&acc1, case);
    (0.05 * ((0.5 * acc2[0].tanh()).tan() + x1.sum())).tanh()
        + (x0.sum() + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f232() {
    passes_at_random_points(232, "f232", |rng| {
        f232::check(
            rng.matrix(2, 2),
            rng.matrix(2, 2),
            &Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f233(x0: f64, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let s1 = (0.02 * x1.norm_squared()).tanh();
    let c2 = x1.nrows() as f64;
    tanh(&(0.02 * ((x1 + x0 * DMatrix::identity(4, 2)) * s1.exp() * (0.2 * c2).exp())))
        + DMatrix::from_element(4, 2, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f233() {
    passes_at_random_points(233, "f233", |rng| f233::check(rng.scalar(), &rng.matrix(4, 2)));
}

#[differentiable]
fn f234(x0: &DVector<f64>, n: usize) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(3);
    for _ in 0..n {
        let x0 = x0.map(|e| e.sin());
        acc1 /= 2.0 + x0[1].max(x0[0]).min((2.0 + x0[2].sin()).ln()).sin();
    }
    let mut acc2: DVector<f64> = DVector::zeros(3);
    for _ in 0..x0.len() {
        acc2 /= 2.0 + (0.05 * (x0.sum() * DMatrix::identity(3, 2)).variance()).tanh().sin();
    }
    (0.05 * acc2.dot(&acc1)).sin() + x0.sum()
}

#[test]
fn check_f234() {
    passes_at_random_points(234, "f234", |rng| f234::check(&rng.vector(3), 4));
}

#[differentiable]
fn f235(x0: DMatrix<f32>) -> f32 {
    let s2 = {
        let m1 = sigmoid(&(0.5 * x0.transpose()));
        (m1[(2, 3)] * DMatrix::identity(4, 4)).row_sum().variance()
    };
    let s3 = s2.min(x0[(0, 0)]);
    let mut acc4: DMatrix<f32> = DMatrix::zeros(2, 4);
    for _ in 0..x0.ncols() {
        acc4 = tanh(&(0.5 * &acc4)) + tanh(&(0.5 * (s2 * DMatrix::identity(2, 4))));
    }
    (0.05 * (f026(&s2, 4) + s3 + acc4.mean())).tanh() + x0.sum()
}

#[test]
fn check_f235() {
    passes_at_random_points(235, "f235", |rng| f235::check(rng.matrix(4, 4)));
}

#[differentiable]
fn f236(x0: &f64, x1: f64, q: &TwoLayer) -> DMatrix<f64> {
    let mut acc1: DVector<f64> = DVector::zeros(5);
    if x1 > q.gain {
        acc1 = &acc1 * 0.5 + q.second.w.column(0).into_owned();
    }
    let mut acc2 = &q.first.w + q.first.w.map(|e| e.sin());
    acc2 *= (0.2 * q.first.w.columns(0, 3).into_owned().sum()).tanh().cos();
    softmax(&(0.05 * (&q.first.w * (0.2 * *x0).exp() * (0.1 * acc1.sum()).exp())))
        + &acc2
        + DMatrix::from_element(2, 4, 1.0)
            * (*x0
                + x1
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
            &rng.scalar(),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f237(x0: &DVector<f64>, n: usize, case: usize) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(1);
    acc1 *= (0.2
        * ((x0[0] + x0.mean())
            * (0.05
                * mse(&add_bias(&DMatrix::zeros(1, 1), x0), &(x0[0] * DMatrix::identity(1, 1))))
            .sin()))
    .cos();
    let mut acc2: f64 = 1.0;
    for _ in 0..n {
        let m3: DMatrix<f64> =
            acc2 * DMatrix::identity(1, 2) + add_bias(&DMatrix::zeros(1, 2), &acc1);
        acc1 = acc1.map(|e| e.sin()) + tanh(&(0.5 * x0));
        acc2 = acc2.sin()
            + (0.1
                * f115(
                    &(m3.mean() * DMatrix::identity(2, 4)),
                    &(m3.rows(0, 1).sum() * DMatrix::identity(2, 2)),
                    3,
                    case,
                ))
            .cos();
    }
    acc2 + acc1.norm_squared() + x0.sum()
}

#[test]
fn check_f237() {
    passes_at_random_points(237, "f237", |rng| f237::check(&rng.vector(1), 2, rng.int(0, 3)));
}

#[differentiable]
fn f238(x0: DMatrix<f64>, x1: &DVector<f64>, flag: bool, case: usize) -> f64 {
    let v2 = match case {
        0 => {
            let mut acc1: DVector<f64> = DVector::zeros(2);
            if !flag {
                acc1 /= 1.0 + (0.5 * x1[0]).cos().powi(2);
                acc1 += softmax(
                    &(0.05 * (add_bias(&DMatrix::zeros(2, 5), x1) * x0.column(1).into_owned())),
                ) + f019(x1, 4);
            }
            softmax(&(0.05 * (x0.transpose() * x0.column(1).into_owned()))) + &acc1
        }
        1 | 2 => exp(&(0.2 * (DVector::from_column_slice(&[0.5, -0.25]) * x1.mean() - x1))),
        _ => x1 - DVector::from_column_slice(&[-0.25, 1.0]) * x0.column(0).mean(),
    };
    let mut acc3: DMatrix<f64> = DMatrix::zeros(2, 5);
    for _ in 0..x1.len() {
        acc3 += sigmoid(&(0.5 * ln(&add_bias(&DMatrix::zeros(2, 5), x1).map(|e| e * e + 0.5))));
    }
    for i in 0..2_usize {
        let mut acc4: f64 = 1.0;
        for _ in 0..acc3.nrows() {
            let x1 = x1.map(|e| e.sin());
            acc4 /= 1.0 + (0.1 * (v2[i] / (2.0 + x1[i].cos()))).powi(2);
        }
        acc3 += sigmoid(&(0.2 * (x0.transpose() * (0.2 * acc4).exp())));
    }
    f150(x0.mean(), case) + acc3.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f238() {
    passes_at_random_points(238, "f238", |rng| {
        f238::check(rng.matrix(5, 2), &rng.vector(2), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f239(x0: DMatrix<f64>, x1: f64, p: &Affine, n: usize, case: usize) -> f64 {
    let mut acc1 = log_softmax(&x0);
    match case {
        0 => {
            acc1 += softmax(&x0);
        }
        1 | 2 => {
            acc1 *= (0.5 * x1).tanh();
        }
        _ => {
            acc1 *= (0.05 * mse(&p.w.column(0).into_owned(), &p.b)).tanh().cos();
            acc1 += f212(
                -p.b[1],
                &(0.05 * f106(&(x1 * DMatrix::identity(4, 2)), &(x1 * DMatrix::identity(4, 2))))
                    .sin(),
            );
        }
    }
    for _ in 0..n {
        acc1 -= sigmoid(&(0.2 * (&x0 + &x0 * 0.5)));
    }
    let m2 = x1 * DMatrix::identity(2, 4)
        - x0.columns(1, 2).into_owned() * (x1 * DMatrix::identity(2, 4));
    (0.01 * (x1 / (2.0 + (0.5 * x1).tanh()) + acc1.norm_squared())).sin()
        + m2.mean()
        + (x0.sum() + x1 + p.w.sum() + p.b.sum())
}

#[test]
fn check_f239() {
    passes_at_random_points(239, "f239", |rng| {
        f239::check(
            rng.matrix(2, 4),
            rng.scalar(),
            &Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
            4,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f240(x0: &DVector<f64>, x1: &DVector<f64>, case: usize) -> f64 {
    let s1 = (0.05 * f205(&(x0[1] * DMatrix::identity(4, 3)), x0.mean()))
        .sin()
        .min(x0.mean() / (1.0 + x0.norm_squared()));
    let s2 = s1 / (2.0 + (0.5 * s1).cos())
        + (0.05 * f147(&(s1 * DMatrix::identity(3, 2)), &s1, true)).sin();
    let mut acc3 = x0 * s2;
    if x1[0] > 0.75 {
        let mut acc4: DVector<f64> = DVector::zeros(2);
        match case {
            0 => {
                acc3 -= tanh(
                    &(0.05
                        * (s2 * DMatrix::identity(2, 2) * x0
                            + s1 * (DVector::from_column_slice(&[0.75, -0.5]) * s2))),
                );
                acc4 -= x1.map(|e| {
                    let t5 = f118(e, 2);
                    t5 * 0.5
                });
            }
            1 | 2 => {
                acc3 += f019(x1, 4).map(|e| (0.1 * e).tanh());
                acc4 += (s2 * DMatrix::identity(2, 2))
                    .component_div(&exp(&(0.2 * (s2 * DMatrix::identity(2, 2)))))
                    .column_mean();
            }
            _ => {
                assert_eq!(acc4.len(), 2);
                acc3 = (0.1 * &acc3).map(|e| e.tanh())
                    + (0.5 * s1).abs()
                        * (DVector::from_column_slice(&[0.75, -0.5]) * s1
                            / (2.0 + (0.5 * s2).sin()));
                acc4 -= add_bias(&DMatrix::zeros(2, 2), x1).column_sum();
            }
        }
        acc3 *= (0.05 * (s1.min(s2).min((0.5 * s2).sin()) + acc4.sum())).tanh().tanh();
    } else {
        acc3 -= x1.add_scalar(s2);
    }
    (0.05 * mse(x1, &(DVector::from_column_slice(&[0.3, -1.0]) * s1))).tanh()
        + acc3.mean()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f240() {
    passes_at_random_points(240, "f240", |rng| {
        f240::check(&rng.vector(2), &rng.vector(2), rng.int(0, 3))
    });
}

#[differentiable]
fn f241(x0: f32, x1: &DVector<f32>, x2: &DMatrix<f32>) -> f32 {
    let x0 = x0 * 0.5 + x0 / (2.0 + (0.5 * x0).sin());
    let v1 = if x0 < 1.25 {
        (DVector::from_column_slice(&[0.25, 1.25]) * x0)
            .component_div(&(DVector::from_column_slice(&[-0.5, 0.3]) * x0).map(|e| 2.0 + e.sin()))
    } else {
        let x1 = x1 * 0.5 + ln(&x1.map(|e| e * e + 0.5));
        (0.02 * (DVector::from_column_slice(&[0.3, -1.0]) * x2.norm_squared())).map(|e| e.tanh())
            * (0.1 * x1.sum()).exp()
    };
    (0.05 * (x0 + v1.mean() + x1.sum())).sin() + x2.sum() + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f241() {
    passes_at_random_points(241, "f241", |rng| {
        f241::check(rng.scalar(), &rng.vector(4), &rng.matrix(4, 2))
    });
}

#[differentiable(wrt(x0))]
fn f242(x0: &f64, x1: DMatrix<f64>, n: usize, case: usize) -> f64 {
    let v1 = match case {
        0 => *x0 * x1.column(1).into_owned(),
        1 | 2 => x1.column(1).into_owned(),
        _ => relu(&x1.column(0).into_owned()),
    };
    let mut acc2: f64 = 0.5;
    for _ in 0..n {
        acc2 -= (0.1
            * ((0.01 * v1.norm_squared()).sin().powi(3)
                + f007(*x0, &(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * *x0))))
        .tanh();
    }
    let v1 = v1.map(|e| e.sin()) + &v1;
    (0.2 * acc2).tanh() + v1.mean() + (*x0 + x1.sum())
}

#[test]
fn check_f242() {
    passes_at_random_points(242, "f242", |rng| {
        f242::check(&rng.scalar(), rng.matrix(2, 2), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f243(x0: &DMatrix<f64>, q: TwoLayer, n: usize, case: usize) -> f64 {
    let m1: DMatrix<f64> = add_bias(
        &ln(&q.second.w.map(|e| 2.0 + e.sin())),
        &(q.gain * DMatrix::identity(2, 2) * &q.first.b),
    );
    let m2 = q.first.w.transpose();
    let mut acc3 =
        m2.column(1).into_owned().add_scalar(q.gain) + q.gain * m2.column(1).into_owned();
    match case {
        0 => {
            acc3 = &acc3 * 0.5
                + (q.gain * DMatrix::identity(5, 5)).column_mean().map(|e| (0.5 * e).tanh());
        }
        1 | 2 => {
            let mut acc4: f64 = 1.0;
            if n > 3 {
                acc4 += (0.05
                    * f101(
                        &(q.gain * DMatrix::identity(5, 5)),
                        &DMatrix::from_element(2, 5, 2.0),
                        2,
                    ))
                .tanh();
            } else {
                acc4 -= (q.gain.powi(2) + 1.0).ln().min(q.gain / (1.0 + x0.norm_squared()));
            }
            acc3 = acc3.map(|e| e.sin())
                + (0.05
                    * (log_softmax(
                        &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75, 0.4]) * q.gain),
                    ) * (0.2 * acc4).exp()))
                .map(|e| e.tanh());
        }
        _ => {
            acc3 /= 1.0
                + (0.05 * f219(&softmax(&(q.gain * DMatrix::identity(3, 3))), 1)).tanh().powi(2);
        }
    }
    (0.01
        * ((0.01 * ((0.5 * q.gain).cos() + x0.sum() + m1.norm_squared())).tanh()
            + acc3.norm_squared()))
    .tanh()
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f243() {
    passes_at_random_points(243, "f243", |rng| {
        f243::check(
            &rng.matrix(2, 2),
            TwoLayer {
                first: Affine { w: rng.matrix(2, 5), b: rng.vector(2) },
                second: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            3,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f244(x0: DMatrix<f32>, x1: &DMatrix<f32>) -> f32 {
    let s1 = (2.0 + (0.05 * x0.row(1).norm_squared()).tanh().sin()).ln();
    let m2 = s1 * &x0;
    (0.02 * x1.norm_squared()).tanh() + m2.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f244() {
    passes_at_random_points(244, "f244", |rng| f244::check(rng.matrix(5, 4), &rng.matrix(3, 3)));
}

#[differentiable(wrt(x0))]
fn f245(x0: f32, q: &TwoLayer32, n: usize, case: usize) -> f32 {
    let mut acc1: f32 = 1.0;
    match case {
        0 => {
            acc1 /= 2.0 + (0.5 * ((x0.powi(2) + 0.5).sqrt().powi(2) + 1.0).ln()).tanh();
        }
        1 | 2 => {
            acc1 += cross_entropy(&(x0 * DMatrix::identity(2, 2)), &[0, 0]);
        }
        _ => {
            acc1 *= (0.5 * (q.gain / (2.0 + (0.5 * x0).sin()))).sin();
        }
    }
    for i in 0..n {
        let mut acc2: DMatrix<f32> = DMatrix::from_element(4, 2, 2.0);
        for _ in 0..n {
            let m3 = tanh(
                &(0.02
                    * (acc1
                        * DMatrix::identity(3, 2)
                        * add_bias(&DMatrix::zeros(2, 3), &q.first.b))),
            );
            acc2 = acc2.map(|e| e.sin())
                + tanh(
                    &(0.2
                        * (x0 * DMatrix::identity(4, 2)
                            / (1.0 + (0.5 * q.second.w[(i, 1)]).powi(2))
                            * (0.1 * m3.norm_squared()).exp())),
                );
        }
        let mut acc4 = q.gain / (1.0 + q.second.w.norm_squared());
        for j in 0..q.first.b.len() {
            acc2 = acc2.map(|e| e.sin())
                + softmax(
                    &(0.02
                        * (q.second.w.sum()
                            * tanh(
                                &(0.05
                                    * (q.first.w.row(j).norm_squared() * DMatrix::identity(4, 2))),
                            )
                            * add_bias(&q.second.w.rows(0, 2).into_owned(), &q.first.b))),
                );
            acc4 = acc4 * 0.5 + (0.02 * q.second.w.norm_squared()).tanh();
        }
        acc1 += (0.2 * ((0.05 * ((0.5 * x0).exp() + acc2.norm_squared())).tanh() + acc4)).sin();
    }
    acc1 = acc1 * 0.5
        + (0.05
            * mse(
                &(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0),
                &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0),
            ))
        .tanh();
    (acc1.powi(2) + 0.5).sqrt()
        + (x0 + q.first.w.sum() + q.first.b.sum() + q.second.w.sum() + q.second.b.sum() + q.gain)
}

#[test]
fn check_f245() {
    passes_at_random_points(245, "f245", |rng| {
        f245::check(
            rng.scalar(),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            3,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f246(x0: &DMatrix<f64>, x1: DMatrix<f64>, p: &TwoLayer, case: usize) -> DMatrix<f64> {
    let m1 = (x0.rows(0, 2).into_owned() * (p.gain * DMatrix::identity(3, 4)))
        .map(|e| e.max((0.1 * e).tanh()));
    let v3 = match case {
        0 => {
            let m2 = match case {
                0 => sigmoid(&(0.5 * &x1)),
                1 | 2 => x0.rows(0, 2).into_owned() * (p.gain * DMatrix::identity(3, 4)),
                _ => softmax(&(0.02 * f236(&p.gain, p.gain, p))),
            };
            tanh(
                &(0.02
                    * (add_bias(&DMatrix::zeros(5, 4), &p.second.b)
                        * (m1.mean() * DMatrix::identity(4, 4)))),
            ) * (DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * p.gain)
                * (0.01 * m2.norm_squared()).exp()
        }
        1 | 2 => tanh(&p.second.b),
        _ => exp(&(0.2 * (&p.second.b + &p.second.b * 0.5))),
    };
    assert_eq!(p.first.w.shape(), (2, 4));
    sigmoid(
        &(0.05
            * (&p.second.w / (2.0 + (0.5 * p.gain).tanh())
                * (0.1 * x1.sum()).exp()
                * (0.05 * m1.mean()).exp())),
    ) * (0.02 * v3.sum()).exp()
        + DMatrix::from_element(5, 2, 1.0)
            * (x0.sum()
                + x1.sum()
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f246() {
    passes_at_random_points(246, "f246", |rng| {
        f246::check(
            &rng.matrix(3, 3),
            rng.matrix(2, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f247(x0: &DMatrix<f64>, x1: DVector<f64>, x2: &DMatrix<f64>) -> f64 {
    let mut acc1 = sigmoid(&(0.02 * (x2.columns(0, 3).norm_squared() * DMatrix::identity(5, 3))))
        .column_variance();
    for i in 0..x2.ncols() {
        acc1 += (0.1
            * (add_bias(&DMatrix::zeros(5, 3), &x1) * x2.column(i).into_owned()).map(|e| {
                f242(
                    &f103(e, &DMatrix::from_element(1, 1, 0.25), true, 3),
                    DMatrix::from_element(2, 2, 1.5),
                    4,
                    2,
                )
            }))
        .map(|e| e.tanh());
        acc1 /= 1.0 + (0.5 * x1[i].min((0.01 * x0.norm_squared()).tanh())).powi(2);
    }
    assert_eq!(x2.shape(), (3, 3));
    let v2 = softmax(
        &(0.05
            * tanh(&(0.02 * (x1.norm_squared() * DMatrix::identity(5, 3))))
                .component_mul(&(x2.row(2).norm() * DMatrix::identity(5, 3)))
                .column_variance()),
    );
    (0.02 * (v2.norm_squared().max(x2.mean()) + acc1.norm_squared())).tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f247() {
    passes_at_random_points(247, "f247", |rng| {
        f247::check(&rng.matrix(3, 5), rng.vector(5), &rng.matrix(3, 3))
    });
}

#[differentiable]
fn f248(x0: f64, x1: f64, p: &TwoLayer, case: usize) -> f64 {
    let v1 = -&p.second.b;
    let mut acc2: f64 = 0.0;
    match case {
        0 => {
            let s3 = if acc2.tanh() < 0.3 {
                acc2 /= 2.0 + (0.5 * (0.5 * x0).tanh()).tan().sin().cos();
                p.second.b.mean() - x1 - (0.5 * x0).powi(2)
            } else {
                (0.05
                    * f117(
                        x1,
                        &(x1 * DMatrix::identity(1, 2)),
                        &(p.gain * DMatrix::identity(4, 4)),
                    ))
                .tanh()
            };
            acc2 -= p.first.w.norm() + s3;
        }
        1 | 2 => {
            let s4 = cross_entropy(
                &(acc2 * DMatrix::identity(2, 2) - p.first.w.columns(0, 2).into_owned()),
                &[1, 0],
            );
            acc2 += p.second.w.row_mean().mean() + s4;
        }
        _ => {
            acc2 += (1.0 + x0.powi(2)).powf(0.5 * (0.5 * x1).tanh()) + p.second.b[4] * x1;
        }
    }
    let s5 = (0.5 * (0.5 * x0).tanh()).tan();
    (0.02 * (p.first.w.columns(0, 3).into_owned().sum() + x1 + v1.norm_squared())).tanh()
        + acc2
        + s5
        + (x0
            + x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f248() {
    passes_at_random_points(248, "f248", |rng| {
        f248::check(
            rng.scalar(),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 5), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f249(x0: f64, x1: &f64, x2: &DVector<f64>) -> DVector<f64> {
    let x2 = x2 * 0.5 + (x2[2] * DMatrix::identity(3, 3)).column_sum();
    let mut acc1: DVector<f64> = DVector::zeros(3);
    for _ in 0..x2.len() {
        acc1 /= 2.0 + ((0.5 * x0).sin() * (0.5 * (0.5 * x0).tanh()).tan()).tanh();
    }
    let x1 = x1.sin();
    x0 * DMatrix::identity(3, 2) * (DVector::from_column_slice(&[-1.0, 0.25]) * x1)
        + &acc1
        + DVector::from_element(3, 1.0) * (x0 + x1 + x2.sum())
}

#[test]
fn check_f249() {
    passes_at_random_points(249, "f249", |rng| {
        f249::check(rng.scalar(), &rng.scalar(), &rng.vector(3))
    });
}

#[differentiable]
fn f250(x0: &DMatrix<f32>) -> DMatrix<f32> {
    let c1: DMatrix<f32> = DMatrix::zeros(5, 2);
    assert_eq!(c1.shape(), (5, 2));
    assert_eq!(x0.shape(), (5, 2));
    &c1 * x0.mean() + DMatrix::from_element(5, 2, 1.0) * x0.sum()
}

#[test]
fn check_f250() {
    passes_at_random_points(250, "f250", |rng| f250::check(&rng.matrix(5, 2)));
}

#[differentiable]
fn f251(x0: &DMatrix<f64>, x1: DMatrix<f64>, x2: &DMatrix<f64>, n: usize, case: usize) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(4);
    for i in 0..n {
        acc1 /= 2.0
            + (0.1
                * mse(
                    &sigmoid(
                        &(0.05
                            * (DVector::from_column_slice(&[-0.5, 0.3, -1.0])
                                * x1.column(i).norm_squared())),
                    ),
                    &x0.column(1).into_owned(),
                ))
            .sin();
    }
    let v4 = match case {
        0 => x1.columns(1, 2).into_owned().column_variance(),
        1 | 2 => {
            let s3 = {
                let v2 = tanh(&acc1);
                (0.5 * x1[(3, 1)]).powi(3) + v2.mean()
            };
            &acc1 * (0.2 * s3).exp()
        }
        _ => &acc1 - DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * acc1.mean(),
    };
    for _ in 0..n {
        let x0 = x0 * 0.5 + x2[(3, 0)] * x0;
        acc1 /= 2.0 + (0.01 * x0.norm_squared()).tanh().cos();
    }
    (0.05
        * f165(
            &sigmoid(&(0.02 * (x2.norm_squared() * DMatrix::identity(1, 5)))),
            &tanh(&(0.01 * (v4.norm_squared() * DMatrix::identity(5, 1)))),
        ))
    .tanh()
        + acc1.sum()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f251() {
    passes_at_random_points(251, "f251", |rng| {
        f251::check(&rng.matrix(3, 3), rng.matrix(4, 3), &rng.matrix(4, 2), 3, rng.int(0, 3))
    });
}

#[differentiable]
fn f252(x0: &DMatrix<f64>, n: usize, case: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 2, 1.25);
    for i in 0..x0.nrows() {
        for _ in 0..n {
            acc1 = &acc1 * 0.5
                + tanh(
                    &(0.5
                        * (x0
                            - tanh(
                                &(0.02
                                    * (x0.columns(0, 2).norm_squared() * DMatrix::identity(4, 2))),
                            ))),
                );
        }
        acc1 -= softmax(
            &(0.1
                * add_bias(
                    &add_bias(x0, &x0.column(0).into_owned()),
                    &(x0.column(0).into_owned()
                        - DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75])
                            * x0.row(i).norm()),
                )),
        );
    }
    let m3 = match case {
        0 => x0.transpose().transpose(),
        1 | 2 => exp(&(0.2 * &acc1)),
        _ => {
            let m2 = if x0.rows(3, 1).mean() < 2.0 {
                x0.mean() * DMatrix::identity(4, 2) - x0
            } else {
                f233(acc1.row(1).sum(), x0)
            };
            acc1.column(0).sum() / (1.0 + (0.01 * acc1.rows(0, 4).norm_squared()).tanh().powi(2))
                * m2.map(|e| (0.1 * e.min(e.sin())).cos())
        }
    };
    let m3 = m3.map(|e| e.sin()) + x0;
    (0.01 * ((0.5 * m3[(0, 1)]).tanh() + acc1.norm_squared())).tanh() + x0.sum()
}

#[test]
fn check_f252() {
    passes_at_random_points(252, "f252", |rng| f252::check(&rng.matrix(4, 2), 4, rng.int(0, 3)));
}

#[differentiable]
fn f253(x0: &DMatrix<f64>, x1: DMatrix<f64>, flag: bool) -> DMatrix<f64> {
    let m1 = x0[(0, 1)] * DMatrix::identity(3, 3) * (x0.mean() * DMatrix::identity(3, 3));
    let m2 = add_bias(&(x1.mean() * DMatrix::identity(2, 3)), &x0.column(2).into_owned());
    let mut acc3 = relu(&m2);
    if !flag {
        let c4 = x0.nrows() as f64;
        acc3 = tanh(&(0.2 * &acc3)) + relu(&(c4 * DMatrix::identity(2, 3)));
    }
    sigmoid(&(0.05 * acc3.component_mul(&m2))) * (0.02 * m1.sum()).exp()
        + DMatrix::from_element(2, 3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f253() {
    passes_at_random_points(253, "f253", |rng| {
        f253::check(&rng.matrix(2, 3), rng.matrix(2, 2), rng.uniform() < 0.5)
    });
}

#[differentiable(wrt(x0, x1))]
fn f254(x0: &DMatrix<f32>, x1: &DMatrix<f32>, x2: &f32, flag: bool) -> f32 {
    let mut acc1: DVector<f32> = DVector::zeros(4);
    acc1 = &acc1 * 0.5
        + (0.05 * exp(&(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * *x2)))
            .map(|e| e.tanh());
    let m4 = if flag {
        let m3 = {
            let s2 = (0.05
                * f077(
                    DVector::from_column_slice(&[0.75, -0.5]) * *x2,
                    *x2 * DMatrix::identity(2, 2),
                ))
            .tanh();
            x0 * s2.exp()
        };
        (ln(&exp(&add_bias(&DMatrix::zeros(4, 2), &acc1))) + *x2 * DMatrix::identity(4, 2))
            * (0.02 * m3.sum()).exp()
    } else if *x2 > 0.3 {
        ln(&add_bias(&DMatrix::zeros(4, 2), &acc1).map(|e| e * e + 0.5))
            .component_mul(&(*x2 * DMatrix::identity(4, 2)).map(|e| e.sin()))
    } else {
        x1 * (*x2 * DMatrix::identity(4, 2))
    };
    let acc1 = acc1.map(|e| e.tanh()) + tanh(&acc1);
    (0.01
        * ((0.05 * f116(*x2, *x2 * DMatrix::identity(3, 3), 3, true)).tanh()
            + x0.mean()
            + x1.sum()
            + m4.norm_squared()))
    .tanh()
        + acc1.norm_squared()
        + (x0.sum() + x1.sum() + *x2)
}

#[test]
fn check_f254() {
    passes_at_random_points(254, "f254", |rng| {
        f254::check(&rng.matrix(4, 4), &rng.matrix(4, 4), &rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f255(x0: DMatrix<f64>, case: usize) -> f64 {
    let x0 = x0.map(|e| e.sin())
        + sigmoid(&(0.02 * (x0.columns(0, 2).norm_squared() * DMatrix::identity(3, 3))));
    let m3 = match case {
        0 => {
            let c1: DVector<f64> = DVector::zeros(5);
            &x0 * c1.sum().exp()
        }
        1 | 2 => add_bias(&x0, &x0.column(2).into_owned()),
        _ => {
            let m2 = relu(&(&x0 + x0.sum() * DMatrix::identity(3, 3)));
            add_bias(&(m2.column(2).mean() * DMatrix::identity(3, 3)), &m2.column(2).into_owned())
        }
    };
    (0.02 * ((0.2 * x0.rows(0, 3).norm()).cos() + m3.sum())).sin() + x0.sum()
}

#[test]
fn check_f255() {
    passes_at_random_points(255, "f255", |rng| f255::check(rng.matrix(3, 3), rng.int(0, 3)));
}

#[differentiable]
fn f256(x0: DMatrix<f64>, x1: f64, flag: bool) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(4, 4);
    if !flag {
        acc1 += x1 * DMatrix::identity(4, 1) * (x1 * DMatrix::identity(1, 4));
    }
    let m2 = sigmoid(&(0.01 * (acc1.column(0).norm_squared() * DMatrix::identity(4, 3))))
        + x1 * DMatrix::identity(4, 3);
    x0.rows(0, 1).mean() + m2.sum() + (x0.sum() + x1)
}

#[test]
fn check_f256() {
    passes_at_random_points(256, "f256", |rng| {
        f256::check(rng.matrix(4, 4), rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f257(x0: f32, x1: DMatrix<f32>, x2: &DVector<f32>) -> f32 {
    let m1 = ln(&x1.transpose().map(|e| e * e + 0.5));
    let x0 = (0.5 * x0).tanh() + f110(&add_bias(&DMatrix::zeros(5, 3), x2));
    let x1 = x1.map(|e| e.sin());
    (0.05 * (x0.max((0.1 * x0).tanh()) + m1.sum())).tanh() + x1.mean() + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f257() {
    passes_at_random_points(257, "f257", |rng| {
        f257::check(rng.scalar(), rng.matrix(4, 4), &rng.vector(5))
    });
}

#[differentiable]
fn f258(x0: f64, x1: f64, x2: &DVector<f64>) -> f64 {
    let c1: DMatrix<f64> = DMatrix::zeros(4, 4);
    assert_eq!(c1.shape(), (4, 4));
    let m2 = log_softmax(&c1);
    c1.column(3).norm_squared() * x1 + x0 + x2.sum() + m2.sum() + (x0 + x1 + x2.sum())
}

#[test]
fn check_f258() {
    passes_at_random_points(258, "f258", |rng| {
        f258::check(rng.scalar(), rng.scalar(), &rng.vector(4))
    });
}

#[differentiable]
fn f259(x0: f32, x1: &f32) -> f32 {
    let mut acc1: f32 = 0.0;
    for _ in 0..2_usize {
        acc1 *= (0.5 * (0.5 * x0).tanh()).tan().sin();
        acc1 *=
            (0.05 * f230(&(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * *x1), 2)).tanh().cos();
    }
    let s2 = acc1.cos();
    s2.max(x0) + (x0 + *x1)
}

#[test]
fn check_f259() {
    passes_at_random_points(259, "f259", |rng| f259::check(rng.scalar(), &rng.scalar()));
}

#[differentiable]
fn f260(x0: &DVector<f32>) -> f32 {
    let s1 = (x0.mean().powi(2) + 1.0).ln();
    let c2: DMatrix<f32> = DMatrix::zeros(1, 1);
    (0.05
        * f257(
            s1,
            s1 * DMatrix::identity(4, 4),
            &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25, 1.25]) * s1),
        ))
    .tanh()
        * c2.mean().exp()
        + x0.sum()
}

#[test]
fn check_f260() {
    passes_at_random_points(260, "f260", |rng| f260::check(&rng.vector(3)));
}

#[differentiable(wrt(x0))]
fn f261(x0: &DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> f64 {
    let m2 = {
        let m1: DMatrix<f64> = x0 * x0;
        relu(x1) * (0.05 * m1.mean()).exp()
    };
    let m3: DMatrix<f64> = tanh(&(0.05 * (m2.rows(1, 3).norm() * DMatrix::identity(4, 2))))
        * tanh(&(0.05 * (x0.norm_squared() * DMatrix::identity(2, 4))));
    f108(m3[(2, 0)], 2, case) + (x0.sum() + x1.sum())
}

#[test]
fn check_f261() {
    passes_at_random_points(261, "f261", |rng| {
        f261::check(&rng.matrix(2, 2), &rng.matrix(4, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f262(x0: &f64, x1: &DMatrix<f64>) -> f64 {
    let mut acc1 = exp(&(0.5 * (x1.transpose() / (1.0 + (0.5 * *x0).powi(2)))));
    acc1 -= tanh(&(0.5 * (*x0 * DMatrix::identity(2, 4))));
    let s2 = *x0 * x1.column(0).mean();
    (0.01 * acc1.norm_squared()).tanh() + s2 + (*x0 + x1.sum())
}

#[test]
fn check_f262() {
    passes_at_random_points(262, "f262", |rng| f262::check(&rng.scalar(), &rng.matrix(4, 2)));
}

#[differentiable]
fn f263(x0: &DMatrix<f64>, n: usize, case: usize) -> f64 {
    let v1 = if x0[(0, 3)] < (0.02 * x0.norm_squared()).tanh() {
        softmax(&x0.columns(2, 2).into_owned())
            * x0.column(2).into_owned().component_div(
                &(DVector::from_column_slice(&[1.0, 0.75]) * x0.mean()).map(|e| e * e + 0.5),
            )
    } else {
        assert_eq!(x0.shape(), (2, 4));
        (0.02 * (DVector::from_column_slice(&[0.3, -1.0]) * x0.norm_squared())).map(|e| e.tanh())
    };
    let v4 = match case {
        0 => tanh(&(0.02 * (x0 * (DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * v1[0])))),
        1 | 2 => {
            let c2 = v1.len() as f64;
            sigmoid(&(0.2 * &v1)) * (0.5 * c2).exp()
        }
        _ => {
            let mut acc3: DMatrix<f64> = DMatrix::from_element(4, 4, 2.0);
            for _ in 0..x0.nrows() {
                acc3 = acc3.map(|e| e.sin())
                    + sigmoid(&(0.2 * relu(&(x0.sum() * DMatrix::identity(4, 4)).transpose())));
            }
            softmax(&(0.02 * (f196(&x0.mean(), 4) * (0.2 * acc3.mean()).exp())))
        }
    };
    let mut acc5: DVector<f64> = DVector::zeros(4);
    if n > 3 {
        let mut acc6: DVector<f64> = DVector::zeros(4);
        for i in 0..3_usize {
            acc5 = (0.5 * &acc5).map(|e| e.tanh())
                + (0.05 * (&acc6 + DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * v1.sum()))
                    .map(|e| e.tanh());
            acc6 -= softmax(
                &(0.05
                    * f120(
                        &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * acc5[i]),
                        &(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * v4[0]),
                    )),
            );
        }
        acc5 /= 2.0 + (0.1 * v1[1].min(acc6[2])).tanh();
    } else {
        acc5 /= 2.0
            + (0.02 * (x0[(0, 0)] * DMatrix::identity(2, 2) * &v1)).map(|e| e.tanh()).norm().tanh();
    }
    (0.01 * mse(&acc5, &(DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * x0.sum()))).sin()
        + v4.norm_squared()
        + x0.sum()
}

#[test]
fn check_f263() {
    passes_at_random_points(263, "f263", |rng| f263::check(&rng.matrix(2, 4), 3, rng.int(0, 3)));
}

#[differentiable]
fn f264(x0: &DMatrix<f32>) -> f32 {
    let mut acc1 = sigmoid(&(0.5 * x0));
    acc1 = acc1.map(|e| e.sin())
        + tanh(
            &(0.02
                * (x0.mean() * x0).component_mul(&x0.map(|e| e.max(e.sin()).min((0.5 * e).exp())))),
        );
    let m2 = add_bias(x0, &(DVector::from_column_slice(&[1.0, 0.75]) * acc1[(0, 1)]));
    let m6 = {
        let m4 = m2.map(|e| {
            let t3 = e + e.sin();
            e + t3
        });
        let m5 =
            sigmoid(&(0.01 * m4.component_mul(&(m2.rows(0, 2).sum() * DMatrix::identity(2, 4)))));
        m5.component_mul(&m5)
    };
    (0.05
        * f244(
            tanh(&(0.05 * (acc1.norm_squared() * DMatrix::identity(5, 4)))),
            &(m2[(1, 2)] * DMatrix::identity(3, 3)),
        ))
    .tanh()
        + m6.sum()
        + x0.sum()
}

#[test]
fn check_f264() {
    passes_at_random_points(264, "f264", |rng| f264::check(&rng.matrix(2, 4)));
}

#[differentiable]
fn f265(x0: f64, p: &TwoLayer) -> f64 {
    let c1: DMatrix<f64> = DMatrix::from_element(3, 2, 1.5);
    let m3 = {
        let s2 = (0.02
            * p.first
                .w
                .column(0)
                .into_owned()
                .component_div(&p.first.b.map(|e| e * e + 0.5))
                .dot(&log_softmax(&p.first.b)))
        .tanh();
        (&p.first.w + p.second.w.transpose()) * s2.exp()
    };
    (0.05 * (f054(p.gain, &(x0 * DMatrix::identity(4, 2))) * (0.05 * c1.norm_squared()).exp()))
        .tanh()
        + m3.mean()
        + (x0 + p.first.w.sum() + p.first.b.sum() + p.second.w.sum() + p.second.b.sum() + p.gain)
}

#[test]
fn check_f265() {
    passes_at_random_points(265, "f265", |rng| {
        f265::check(
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 5), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f266(x0: &f64, p: Affine) -> DVector<f64> {
    assert_eq!(p.b.len(), 4);
    let mut acc1: f64 = 0.0;
    for _ in 0..p.w.nrows() {
        acc1 -= (0.5 * *x0).tanh();
    }
    let c2: f64 = 0.3;
    softmax(&(0.02 * (f125(&p.w.columns(0, 3).into_owned(), *x0) * (0.2 * acc1).exp()))) * c2.exp()
        + DVector::from_element(4, 1.0) * (*x0 + p.w.sum() + p.b.sum())
}

#[test]
fn check_f266() {
    passes_at_random_points(266, "f266", |rng| {
        f266::check(&rng.scalar(), Affine { w: rng.matrix(4, 4), b: rng.vector(4) })
    });
}

#[differentiable(wrt(x0))]
fn f267(x0: &DVector<f64>, x1: f64) -> f64 {
    assert_eq!(x0.len(), 3);
    let mut acc1 = (x1 * DMatrix::identity(2, 2))
        .component_div(&(x1 * DMatrix::identity(2, 2)).map(|e| 2.0 + e.sin()))
        * softmax(&(0.05 * exp(&(DVector::from_column_slice(&[0.25, 1.25]) * x1))));
    acc1 = &acc1 * 0.5 + ln(&(DVector::from_column_slice(&[0.25, 1.25]) * x1).map(|e| e * e + 0.5));
    x0.variance() + acc1.mean() + (x0.sum() + x1)
}

#[test]
fn check_f267() {
    passes_at_random_points(267, "f267", |rng| f267::check(&rng.vector(3), rng.scalar()));
}

#[differentiable]
fn f268(x0: DMatrix<f64>, x1: &DVector<f64>, x2: &f64) -> f64 {
    let mut acc1: f64 = 0.5;
    for _ in 0..x0.nrows() {
        acc1 = acc1.sin() + (0.5 * (0.5 * (*x2 / (2.0 + (0.5 * *x2).tanh()))).tanh()).tan();
    }
    assert_eq!(x0.shape(), (5, 5));
    x0.columns(1, 3).mean() + x1.sum() + acc1 + (x0.sum() + x1.sum() + *x2)
}

#[test]
fn check_f268() {
    passes_at_random_points(268, "f268", |rng| {
        f268::check(rng.matrix(5, 5), &rng.vector(5), &rng.scalar())
    });
}

#[differentiable]
fn f269(x0: DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let s1 = (x1.column(1).sum() * DMatrix::identity(2, 3)).row_variance().sum();
    let mut acc2 = softmax(
        &(0.05
            * add_bias(
                &(s1 * DMatrix::identity(3, 1)),
                &(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * s1),
            )),
    );
    for _ in 0..x1.nrows() {
        let mut acc3: DMatrix<f64> = DMatrix::from_element(1, 1, 0.3);
        for _ in 0..acc2.nrows() {
            acc3 = &acc3 * 0.5 + x0.map(|e| (0.5 * e).tanh());
        }
        acc2 = tanh(&(0.5 * &acc2))
            + softmax(&(0.2 * (x1.transpose() * (0.02 * acc3.norm_squared()).exp())));
    }
    s1 + (0.1 * s1).tanh() + acc2.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f269() {
    passes_at_random_points(269, "f269", |rng| f269::check(rng.matrix(1, 1), &rng.matrix(1, 3)));
}

#[differentiable]
fn f270(x0: DVector<f64>, n: usize) -> f64 {
    let c1: DMatrix<f64> = DMatrix::from_element(4, 2, 1.5);
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 2, 0.75);
    for i in 0..c1.ncols() {
        let m3 = if f054(x0[1], &(x0.mean() * DMatrix::identity(4, 2)))
            < (0.02 * acc2.norm_squared()).tanh()
        {
            acc2 = acc2.map(|e| e.sin()) + tanh(&c1);
            (x0[i] * DMatrix::identity(2, 4)).transpose()
        } else if n > 2 {
            tanh(
                &(0.01
                    * (f204(acc2.clone(), &acc2.rows(0, 2).into_owned())
                        * (x0.sum() * (i as f64 + 0.5)))),
            )
        } else {
            acc2.clone()
        };
        acc2 += softmax(&m3);
    }
    c1.columns(0, 2).sum() * c1.mean() + acc2.mean() + x0.sum()
}

#[test]
fn check_f270() {
    passes_at_random_points(270, "f270", |rng| f270::check(rng.vector(2), 2));
}

#[differentiable]
fn f271(x0: f64, x1: f64, x2: &DMatrix<f64>, case: usize, labels: &[usize]) -> f64 {
    let s4 = match case {
        0 => {
            let mut acc1 = x0 + x1;
            if x2.transpose().row_variance().sum() < x0 {
                acc1 *= (0.5 * x1).tanh().tanh();
                acc1 /= 1.0 + (0.5 * (x1 + (0.05 * x2.norm_squared()).tanh())).powi(2);
            }
            acc1.max(mse(x2, &tanh(&(0.5 * x2))))
        }
        1 | 2 => {
            let s3 = if x1 > 0.4 {
                (0.5 * x1).exp()
            } else {
                let m2: DMatrix<f64> = sigmoid(
                    &(0.01
                        * (x1
                            * DMatrix::identity(2, 3)
                            * (x1 * DMatrix::identity(3, 2))
                            * (x2 - x2.transpose()))),
                );
                (0.02
                    * (x0
                        * mse(
                            &(x1 * DMatrix::identity(3, 3)),
                            &(m2.row(1).sum() * DMatrix::identity(3, 3)),
                        )))
                .tanh()
            };
            x0.max(s3)
        }
        _ => x0 + x2.column(1).sum() + (x0 + x1),
    };
    let s5 = if (0.05 * f144(&(s4 * DMatrix::identity(2, 4)), &DVector::from_element(2, 1.25)))
        .sin()
        > 0.25
    {
        f171(&x2[(1, 1)], x2)
    } else {
        cross_entropy(&sigmoid(&(0.1 * (s4 * DMatrix::identity(2, 2)))), labels)
    };
    (0.05
        * (mse(
            &x2.column(1).into_owned(),
            &softmax(&(0.05 * (DVector::from_column_slice(&[0.5, -0.25]) * x2.norm_squared()))),
        ) + s5))
        .sin()
        + (x0 + x1 + x2.sum())
}

#[test]
fn check_f271() {
    passes_at_random_points(271, "f271", |rng| {
        f271::check(rng.scalar(), rng.scalar(), &rng.matrix(2, 2), rng.int(0, 3), &[1, 0])
    });
}

#[differentiable]
fn f272(x0: f32, n: usize, case: usize) -> f32 {
    let mut acc1 = (0.05
        * (f039(&(x0 * DMatrix::identity(2, 3))) + f264(&(x0 * DMatrix::identity(2, 4)))))
    .tanh();
    for _ in 0..n {
        acc1 = acc1.sin() + (0.5 * f025((x0 * DMatrix::identity(4, 2)).variance(), 4, case)).sin();
    }
    let c2: DMatrix<f32> = DMatrix::from_element(4, 3, 0.4);
    for i in 0..c2.ncols() {
        for _ in 0..c2.ncols() {
            acc1 = (0.1 * acc1).tanh() + c2.variance();
            acc1 = acc1.tanh() + (0.5 * c2.columns(1, 1).norm_squared().min(x0 - c2.mean())).tanh();
        }
        assert_eq!(c2.shape(), (4, 3));
        acc1 = acc1.sin()
            + (0.2
                * mse(
                    &(&c2 * (DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x0)),
                    &relu(&c2.column(i).into_owned()),
                ))
            .sin();
    }
    (0.5 * x0).abs() + acc1 + x0
}

#[test]
fn check_f272() {
    passes_at_random_points(272, "f272", |rng| f272::check(rng.scalar(), 3, rng.int(0, 3)));
}

#[differentiable]
fn f273(x0: &DMatrix<f64>, x1: f64, n: usize) -> DMatrix<f64> {
    let mut acc1: f64 = 0.0;
    if acc1 < x1 {
        acc1 -= x1.min(x0.column(0).sum());
    } else {
        acc1 -= f192((x1 * DMatrix::identity(3, 3)).transpose());
    }
    let s3 = if n > 2 {
        let mut acc2: DMatrix<f64> = DMatrix::from_element(1, 4, 1.5);
        for _ in 0..2_usize {
            acc2 = tanh(&(0.5 * &acc2))
                + tanh(
                    &(0.1
                        * add_bias(
                            &(x0.norm_squared() * DMatrix::identity(1, 4)),
                            &x0.column(0).into_owned(),
                        )),
                );
        }
        (0.02
            * ((0.01 * ((acc1 + x1) * (x0.columns(0, 1).norm() * x1))).tanh()
                + acc2.norm_squared()))
        .tanh()
    } else {
        (0.05
            * f133(
                (0.01 * mse(&(acc1 * DMatrix::identity(3, 4)), &(x1 * DMatrix::identity(3, 4))))
                    .sin(),
                x1.min(acc1),
                acc1 + x1,
            ))
        .tanh()
    };
    ln(&exp(&(0.2 * x0))) * s3.exp() + DMatrix::from_element(1, 1, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f273() {
    passes_at_random_points(273, "f273", |rng| f273::check(&rng.matrix(1, 1), rng.scalar(), 4));
}

#[differentiable]
fn f274(x0: &f64, x1: &DVector<f64>) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(2);
    for i in 0..3_usize {
        let mut acc2 =
            (*x0 * DMatrix::identity(3, 3) * (*x0 * DMatrix::identity(3, 3))).column_mean();
        for _ in 0..x1.len() {
            acc2 = (0.05 * &acc2).map(|e| e.tanh())
                + tanh(
                    &(0.2 * log_softmax(&(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * *x0))),
                );
            acc2 += (0.01
                * (*x0
                    * DMatrix::identity(3, 3)
                    * (*x0 * DMatrix::identity(3, 3))
                    * (DVector::from_column_slice(&[0.75, -0.5, 0.3]) * *x0).component_div(
                        &(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * *x0)
                            .map(|e| e * e + 0.5),
                    )))
            .map(|e| e.tanh());
        }
        let v5 = {
            let s3 = *x0;
            let s4 = (0.01
                * (sigmoid(&(0.05 * add_bias(&DMatrix::zeros(3, 2), &acc2)))
                    * (s3 * DMatrix::identity(2, 3)))
                .row_sum()
                .norm_squared())
            .sin();
            softmax(&(0.05 * (add_bias(&DMatrix::zeros(2, 2), &acc1).column_variance() * s4.exp())))
        };
        acc1 += (0.05
            * f019(&v5, 4)
                .component_div(&v5.add_scalar((0.05 * acc2[i]).tanh()).map(|e| e * e + 0.5)))
        .map(|e| e.tanh());
    }
    acc1 += DVector::from_column_slice(&[0.5, -0.25]) * *x0;
    let s6: f64 = ((x1[0] / (2.0 + (0.2 * acc1.sum()).tanh())).powi(2) + 0.5).sqrt();
    x1.mean() - *x0 + s6 + (*x0 + x1.sum())
}

#[test]
fn check_f274() {
    passes_at_random_points(274, "f274", |rng| f274::check(&rng.scalar(), &rng.vector(2)));
}

#[differentiable]
fn f275(x0: DMatrix<f64>, x1: DMatrix<f64>, p: &TwoLayer) -> f64 {
    let mut acc1: f64 = 0.0;
    for _ in 0..x0.ncols() {
        let s2 = x1.row_sum().mean();
        acc1 = acc1 * 0.5
            + (0.2 * (1.0 + s2.max(p.gain).powi(2)).powf(0.5 * (0.2 * s2).tanh())).tanh();
    }
    let s4 = {
        let v3 = tanh(&(0.05 * (&x1 * (DVector::from_column_slice(&[0.25, 1.25, -0.75]) * acc1))));
        (0.2 * acc1).sin() + v3.mean()
    };
    (0.05 * f003(p.gain, &p.second, 2)).tanh()
        + s4
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f275() {
    passes_at_random_points(275, "f275", |rng| {
        f275::check(
            rng.matrix(3, 5),
            rng.matrix(3, 3),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f276(x0: DMatrix<f64>, x1: DVector<f64>) -> f64 {
    let v1 = sigmoid(&(0.02 * (x0.norm_squared() * DMatrix::identity(2, 5)))).column_sum();
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 4, 0.4);
    if (0.05 * mse(&(x1[0] * DMatrix::identity(2, 2)), &add_bias(&DMatrix::zeros(2, 2), &v1)))
        .tanh()
        < x0[(1, 1)]
    {
        let v4 = {
            let v3 = &v1 / (2.0 + (0.5 * x1[0]).tanh());
            f019(&v1, 4) + &v3
        };
        acc2 -= add_bias(&DMatrix::zeros(4, 4), &x1).map(|e| (0.5 * e.min((0.5 * e).tanh())).abs())
            - add_bias(&DMatrix::zeros(4, 4), &x1)
                * sigmoid(&(0.01 * (v4.norm_squared() * DMatrix::identity(4, 4))));
    } else if v1[0] > v1[1] {
        acc2 = &acc2 * 0.5 + -add_bias(&DMatrix::zeros(4, 4), &x1);
    } else {
        acc2 = acc2.map(|e| e.sin()) + -(x1.mean() * DMatrix::identity(4, 4));
    }
    (0.05
        * f136(
            &sigmoid(
                &(0.05
                    * (DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * acc2.rows(1, 3).norm())),
            ),
            v1.clone(),
        ))
    .tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f276() {
    passes_at_random_points(276, "f276", |rng| f276::check(rng.matrix(4, 2), rng.vector(4)));
}

#[differentiable]
fn f277(x0: f32) -> f32 {
    let s2 = {
        let s1 = x0 - (0.5 * x0).tanh();
        s1 * x0
    };
    let c3: f32 = 0.75;
    c3 / (1.0 + c3.powi(2)) + s2 + x0
}

#[test]
fn check_f277() {
    passes_at_random_points(277, "f277", |rng| f277::check(rng.scalar()));
}

#[differentiable]
fn f278(x0: f64, x1: &DMatrix<f64>) -> f64 {
    assert_eq!(x1.shape(), (3, 3));
    let mut acc1: DMatrix<f64> = DMatrix::from_element(3, 3, 0.25);
    acc1 += x1;
    (0.02 * x1.norm_squared()).tanh() + x0 + acc1.sum() + (x0 + x1.sum())
}

#[test]
fn check_f278() {
    passes_at_random_points(278, "f278", |rng| f278::check(rng.scalar(), &rng.matrix(3, 3)));
}

#[differentiable]
fn f279(x0: &DVector<f64>, x1: DVector<f64>) -> f64 {
    assert_eq!(x1.len(), 5);
    let v2 = {
        let m1 = sigmoid(
            &(0.05 * (x1[3] * DMatrix::identity(5, 5) * add_bias(&DMatrix::zeros(5, 3), &x1))),
        );
        x0 * (0.02 * x1.norm_squared()).tanh() * (0.2 * m1.sum()).exp()
    };
    v2.norm() + (x0.sum() + x1.sum())
}

#[test]
fn check_f279() {
    passes_at_random_points(279, "f279", |rng| f279::check(&rng.vector(3), rng.vector(5)));
}

#[differentiable]
fn f280(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: &DVector<f64>, p: &Affine) -> f64 {
    let mut acc1 = x1.mean() / (1.0 + x1.norm_squared());
    for i in 0..3_usize {
        acc1 += (0.5 * (p.w[(0, i)].powi(2) + 1.0).ln()).sin();
    }
    let mut acc2: DVector<f64> = DVector::zeros(2);
    acc2 *= (0.2 * acc1).tanh();
    let s3 = mse(x2, &acc2);
    (0.2 * acc1).cos() + x0.mean() + s3 + (x0.sum() + x1.sum() + x2.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f280() {
    passes_at_random_points(280, "f280", |rng| {
        f280::check(
            &rng.matrix(4, 2),
            &rng.matrix(2, 2),
            &rng.vector(2),
            &Affine { w: rng.matrix(1, 3), b: rng.vector(1) },
        )
    });
}

#[differentiable]
fn f281(x0: f64, x1: &DVector<f64>, x2: &DMatrix<f64>, case: usize) -> f64 {
    let m1 = ln(&sigmoid(&(0.5 * (x0 * DMatrix::identity(2, 4)))).map(|e| e * e + 0.5));
    let v3 = match case {
        0 => x1.clone(),
        1 | 2 => x1 / (1.0 + x2.norm_squared()) / (2.0 + (0.5 * x2[(0, 0)]).tanh()),
        _ => {
            let v2 = if f276(
                x2.mean() * DMatrix::identity(4, 2),
                DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0,
            ) > x0
            {
                (DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x0).map(|e| e * (e * 0.5))
                    - (DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0).component_div(
                        &(DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x0)
                            .map(|e| e * e + 0.5),
                    )
            } else {
                DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0
            };
            DVector::from_column_slice(&[-0.5, 0.3]) * x0 * (0.01 * v2.norm_squared()).exp()
        }
    };
    let c4: DMatrix<f64> = DMatrix::zeros(4, 2);
    (0.01 * (cross_entropy(x2, &[0, 1]) + x1.mean() + m1.sum() + v3.norm_squared())).sin()
        * c4.mean().exp()
        + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f281() {
    passes_at_random_points(281, "f281", |rng| {
        f281::check(rng.scalar(), &rng.vector(2), &rng.matrix(2, 2), rng.int(0, 3))
    });
}

#[differentiable]
fn f282(x0: &DMatrix<f64>, x1: f64, labels: &[usize]) -> DMatrix<f64> {
    let s1 = (0.02 * (x0.sum() * x0[(1, 2)])).tanh()
        / (2.0 + (0.2 * cross_entropy(&(x1 * DMatrix::identity(3, 5)), labels)).sin());
    let c2 = x0.nrows() as f64;
    tanh(&(0.05 * ((x0 - c2 * DMatrix::identity(5, 5)) * s1.exp())))
        + DMatrix::from_element(5, 5, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f282() {
    passes_at_random_points(282, "f282", |rng| {
        f282::check(&rng.matrix(5, 5), rng.scalar(), &[2, 2, 1, 0, 0])
    });
}

#[differentiable]
fn f283(x0: DMatrix<f32>) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::zeros(2, 3);
    if acc1.row(1).mean() > x0.mean() {
        let mut acc2 = DVector::from_column_slice(&[0.75, -0.5]) * acc1.mean()
            / (2.0 + (0.2 * x0.sum()).cos());
        acc2 += &acc1 * (DVector::from_column_slice(&[0.5, -0.25, 1.0]) * acc1.row(0).norm());
        acc2 -= x0.column(1).into_owned() / (1.0 + (0.5 * x0.mean()).powi(2));
        acc1 -= add_bias(&DMatrix::zeros(2, 3), &acc2);
    } else if x0[(1, 1)] * acc1.norm_squared() < 1.25 {
        let mut acc3: DMatrix<f32> = DMatrix::zeros(2, 3);
        for _ in 0..acc1.ncols() {
            let c4: DMatrix<f32> = DMatrix::zeros(3, 3);
            acc3 = &acc3 * 0.5 + sigmoid(&(0.2 * (-&x0 * c4.norm_squared().exp())));
        }
        acc1 = acc1.map(|e| e.sin())
            + acc3.map(|e| {
                let t5 = e;
                t5 / (2.0 + (0.5 * e).tanh())
            });
    } else {
        acc1 += &x0 * x0[(0, 1)] - (x0[(1, 0)] * DMatrix::identity(3, 2)).transpose();
    }
    acc1 -= (x0.rows(1, 1).mean() * DMatrix::identity(3, 2)).transpose();
    let mut acc6: DMatrix<f32> = DMatrix::zeros(2, 3);
    for _ in 0..x0.ncols() {
        acc6 = acc6.map(|e| e.sin()) + softmax(&(0.5 * exp(&(0.2 * log_softmax(&x0)))));
    }
    (0.02
        * (mse(
            &sigmoid(&(0.01 * (acc1.norm_squared() * DMatrix::identity(5, 5)))),
            &tanh(&(0.01 * (acc1.norm_squared() * DMatrix::identity(5, 5)))),
        ) + acc6.norm_squared()))
    .tanh()
        + x0.sum()
}

#[test]
fn check_f283() {
    passes_at_random_points(283, "f283", |rng| f283::check(rng.matrix(2, 3)));
}

#[differentiable]
fn f284(x0: f32, p: &TwoLayer32) -> DVector<f32> {
    let m2 = {
        let m1 = add_bias(
            &add_bias(&DMatrix::zeros(2, 5), &p.first.b),
            &p.first.w.column(1).into_owned(),
        );
        (&p.second.w + add_bias(&DMatrix::zeros(5, 2), &p.second.b))
            * (0.01 * m1.norm_squared()).exp()
    };
    let v3 = (0.02 * p.first.w.norm_squared()).tanh() * &p.second.b;
    tanh(&(0.05 * (p.first.b.component_mul(&p.first.b) * (0.2 * x0).exp())))
        * (0.05 * m2.mean()).exp()
        * (0.2 * v3.mean()).exp()
        + DVector::from_element(2, 1.0)
            * (x0
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f284() {
    passes_at_random_points(284, "f284", |rng| {
        f284::check(
            rng.scalar(),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f285(x0: f64, x1: &f64, flag: bool, case: usize) -> f64 {
    let mut acc1 = softmax(&(*x1 * DMatrix::identity(3, 3)).transpose());
    for _ in 0..3_usize {
        let mut acc2 = (0.05 * (x0 * DMatrix::identity(2, 2)).row_sum().norm_squared()).tanh();
        for _ in 0..2_usize {
            acc2 -= ((0.05
                * mse(
                    &(DVector::from_column_slice(&[-1.0, 0.25]) * x0),
                    &(DVector::from_column_slice(&[0.25, 1.25]) * *x1),
                ))
            .tanh()
            .powi(2)
                + 0.5)
                .sqrt();
        }
        acc1 *= (0.05
            * f226(&(acc2 * DMatrix::identity(4, 4)), &(acc2 * DMatrix::identity(4, 4)), 4, flag))
        .sin()
        .sin();
    }
    assert_eq!(acc1.shape(), (3, 3));
    f087(&(x0 * DMatrix::identity(5, 3)), *x1, x0, 4, case) + (x0 + *x1)
}

#[test]
fn check_f285() {
    passes_at_random_points(285, "f285", |rng| {
        f285::check(rng.scalar(), &rng.scalar(), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f286(x0: DMatrix<f32>) -> f32 {
    let s2 = {
        let m1 = ln(&(x0[(0, 1)] * DMatrix::identity(4, 4)).map(|e| e * e + 0.5));
        m1.row(0).sum()
    };
    let s2 = s2 * 0.5 + (0.2 * s2).cos();
    assert_eq!(x0.shape(), (3, 2));
    f264(&(s2 * DMatrix::identity(2, 4))) + x0.sum()
}

#[test]
fn check_f286() {
    passes_at_random_points(286, "f286", |rng| f286::check(rng.matrix(3, 2)));
}

#[differentiable]
fn f287(x0: f64, x1: &DMatrix<f64>) -> f64 {
    let s1 = (1.0 + x0.powi(2)).powf(0.5 * (0.05 * x1.norm_squared()).tanh().tanh());
    let s2 = (0.05 * (x1[(3, 0)] * DMatrix::identity(4, 1)).norm_squared()).tanh();
    (0.05 * x1.norm_squared()).sin() - s2 + s1 + (x0 + x1.sum())
}

#[test]
fn check_f287() {
    passes_at_random_points(287, "f287", |rng| f287::check(rng.scalar(), &rng.matrix(4, 1)));
}

#[differentiable]
fn f288(x0: &DVector<f64>, x1: f64, case: usize) -> DVector<f64> {
    let mut acc1: f64 = 1.0;
    match case {
        0 => {
            let v2 = match case {
                0 => x0.component_div(
                    &(DVector::from_column_slice(&[-0.25, 1.0]) * acc1).map(|e| e * e + 0.5),
                ),
                1 | 2 => {
                    ln(&(DVector::from_column_slice(&[0.25, 1.25]) * x0[0]).map(|e| e * e + 0.5))
                        .component_div(&(x0 + x0 * 0.5).map(|e| e * e + 0.5))
                }
                _ => sigmoid(
                    &(0.05
                        * (x0 + DVector::from_column_slice(&[0.3, -1.0]) * x1).component_mul(
                            &(DVector::from_column_slice(&[1.0, 0.75]) * x1).add_scalar(acc1),
                        )),
                ),
            };
            acc1 = acc1.tanh() + ((0.5 * x1).exp() + v2.sum());
        }
        1 | 2 => {
            acc1 -= (x1 - x0.sum()) / (2.0 + (0.5 * (x0[1].powi(2) + 0.5).sqrt()).tanh());
        }
        _ => {
            acc1 += x1 + (0.5 * x1).tanh();
            acc1 += (0.05
                * f106(
                    &(x1 * DMatrix::identity(2, 4)).transpose(),
                    &(x1 * DMatrix::identity(2, 4)).transpose(),
                ))
            .tanh();
        }
    }
    let v3 = -x0.map(|e| e * 0.5);
    v3.component_mul(x0) * (0.05 * acc1).exp() + DVector::from_element(2, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f288() {
    passes_at_random_points(288, "f288", |rng| {
        f288::check(&rng.vector(2), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f289(x0: &DMatrix<f64>, x1: &DMatrix<f64>, p: &TwoLayer, n: usize, labels: &[usize]) -> f64 {
    let mut acc1 = add_bias(
        &(p.first.w.columns(0, 4).into_owned()
            * tanh(&(0.02 * (p.second.b.norm_squared() * DMatrix::identity(4, 2))))),
        &(&p.first.b + &p.first.b * 0.5),
    );
    for _ in 0..n {
        let mut acc2: DMatrix<f64> = DMatrix::zeros(2, 4);
        acc2 = tanh(&acc2) + softmax(&(0.5 * (p.gain * DMatrix::identity(4, 2)).transpose()));
        acc2 /= 2.0 + (0.2 * p.gain.min(x1.sum())).cos();
        acc1 /= 1.0
            + (0.2
                * ((0.02 * f075(p.gain, &add_bias(&DMatrix::zeros(5, 1), &p.second.b), p)).sin()
                    + acc2.sum()))
            .powi(2);
    }
    let s3 =
        ((0.01 * p.second.w.rows(0, 4).into_owned().row_variance().norm_squared()).sin().powi(2)
            + 1.0)
            .ln();
    cross_entropy(&(s3 * DMatrix::identity(4, 4)), labels)
        + x0.mean()
        + acc1.mean()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f289() {
    passes_at_random_points(289, "f289", |rng| {
        f289::check(
            &rng.matrix(2, 4),
            &rng.matrix(2, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 5), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            3,
            &[2, 0, 2, 1],
        )
    });
}

#[differentiable]
fn f290(x0: DVector<f64>, x1: &DMatrix<f64>, p: &TwoLayer) -> f64 {
    let m1 = p.first.w.transpose().transpose();
    let v2 = (p.gain * DMatrix::identity(5, 3)).column_variance();
    (0.01
        * ((0.02
            * ((0.02 * ((p.gain.powi(2) + 1.0).ln() + x0.mean() + x1.norm_squared())).tanh()
                + m1.norm_squared()))
        .tanh()
            + v2.norm_squared()))
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
fn check_f290() {
    passes_at_random_points(290, "f290", |rng| {
        f290::check(
            rng.vector(2),
            &rng.matrix(2, 5),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0, x1))]
fn f291(x0: &DVector<f32>, x1: f32, q: &TwoLayer32, n: usize, flag: bool, case: usize) -> f32 {
    let m3 = if n > 2 {
        q.first.w.columns(2, 2).into_owned() * &q.first.w
    } else {
        let s2 = if flag {
            x1 - q.gain
        } else if x1 > 0.3 {
            let m1 = ln(&exp(&(0.2 * &q.first.w)));
            x1 / (1.0 + (0.5 * q.gain).powi(2)) + m1.mean()
        } else {
            (0.5 * q.gain).powi(3)
        };
        q.first.w.map(|e| (0.5 * (0.5 * e).tanh()).tan().tanh()) * (0.1 * s2).exp()
    };
    let s5 = if (q.gain * DMatrix::identity(2, 2)).variance() < 0.75 {
        let c4: DMatrix<f32> = DMatrix::zeros(2, 2);
        f173(log_softmax(&c4), flag, case)
    } else {
        assert_eq!(q.first.w.shape(), (2, 4));
        q.gain
    };
    let m6 = sigmoid(&(0.5 * &q.first.w));
    (0.05 * ((0.05 * (s5 * q.gain)).tanh() + x0.mean() + x1 + m3.mean() + m6.mean())).tanh()
        + (x0.sum()
            + x1
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f291() {
    passes_at_random_points(291, "f291", |rng| {
        f291::check(
            &rng.vector(2),
            rng.scalar(),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(5, 2), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            4,
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f292(x0: DMatrix<f64>, x1: f64) -> f64 {
    let m1 = x0.transpose();
    let mut acc2: DMatrix<f64> = DMatrix::zeros(3, 3);
    for _ in 0..3_usize {
        let m3 = acc2.map(|e| (0.5 * e).tanh()).transpose();
        acc2 = acc2.map(|e| e.sin()) + tanh(&(0.5 * (-&x0 + &m3)));
    }
    (0.05
        * mse(&acc2.column(1).into_owned(), &(DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x1)))
    .tanh()
        + m1.sum()
        + (x0.sum() + x1)
}

#[test]
fn check_f292() {
    passes_at_random_points(292, "f292", |rng| f292::check(rng.matrix(3, 3), rng.scalar()));
}

#[differentiable]
fn f293(x0: &f64, x1: DMatrix<f64>) -> f64 {
    assert_eq!(x1.shape(), (2, 2));
    let s1 = *x0 - x1.mean();
    (0.5 * *x0).cos() + s1 + (*x0 + x1.sum())
}

#[test]
fn check_f293() {
    passes_at_random_points(293, "f293", |rng| f293::check(&rng.scalar(), rng.matrix(2, 2)));
}

#[differentiable(wrt(x0))]
fn f294(x0: &DVector<f64>, x1: f64, x2: f64, flag: bool) -> f64 {
    let x1 = x1 * 0.5;
    let v2 = {
        let s1 = (0.05 * mse(x0, &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x2)))
            .tanh()
            .tanh();
        (x0[3] * DMatrix::identity(4, 3)).column_mean() * s1.exp()
    };
    let mut acc3 =
        (0.05 * (DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x2).norm_squared()).sin();
    if v2.mean() - acc3 > 2.0 {
        acc3 = acc3 * 0.5 + f002(x2, x1);
    } else if cross_entropy(&add_bias(&DMatrix::zeros(4, 3), x0), &[0, 1, 2]) < x1 {
        let mut acc4: DVector<f64> = DVector::zeros(4);
        for _ in 0..3_usize {
            acc4 /= 2.0
                + (0.05 * f073(&add_bias(&DMatrix::zeros(4, 4), &v2), x1, flag, 1)).tanh().cos();
        }
        acc3 = acc3.tanh() + (x0.sum() * x1 + acc4.mean());
    } else {
        let s6 = if v2[2] < 0.25 {
            let c5: DMatrix<f64> = DMatrix::from_element(4, 3, 0.5);
            c5.column_mean().norm()
        } else {
            -(0.05 * f285(x2, &(0.01 * v2.norm_squared()).tanh(), flag, 1)).tanh()
        };
        acc3 /=
            2.0 + (-(0.05 * f147(&(x2 * DMatrix::identity(3, 2)), &v2[3], false)).sin() + s6).cos();
    }
    x2.max(acc3) + (x0.sum() + x1 + x2)
}

#[test]
fn check_f294() {
    passes_at_random_points(294, "f294", |rng| {
        f294::check(&rng.vector(4), rng.scalar(), rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f295(
    x0: &DMatrix<f32>,
    x1: &DMatrix<f32>,
    x2: &f32,
    q: &Affine32,
    flag: bool,
    case: usize,
) -> f32 {
    let x1 = tanh(&(0.5 * x1));
    let mut acc1: f32 = 0.0;
    for i in 0..q.w.ncols() {
        let v2 = if *x2 - i as f32 > *x2 {
            acc1 += (0.5 * (*x2 / (2.0 + (0.5 * *x2).sin()))).tanh();
            f224(x0)
        } else if flag {
            &q.b / (1.0 + q.w.norm_squared())
        } else {
            acc1 *= (0.2 * (q.b.norm().powi(2) + 0.5).sqrt()).sin();
            *x2 * &q.b
        };
        acc1 /= 2.0 + (0.1 * (x2.min(x0[(i, i)]) + v2.mean())).sin();
    }
    f173(*x2 * DMatrix::identity(2, 2), flag, case)
        + x1.mean()
        + acc1
        + (x0.sum() + x1.sum() + *x2 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f295() {
    passes_at_random_points(295, "f295", |rng| {
        f295::check(
            &rng.matrix(3, 3),
            &rng.matrix(3, 3),
            &rng.scalar(),
            &Affine32 { w: rng.matrix(3, 3), b: rng.vector(3) },
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f296(x0: f64, x1: &DVector<f64>, flag: bool) -> f64 {
    let mut acc1 = (0.5 * x0).cos().min(x1.dot(x1));
    for _ in 0..x1.len() {
        acc1 *= (0.5 * x0).sin();
    }
    for i in 0..2_usize {
        acc1 /= 1.0
            + (0.05
                * f294(
                    &(DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x0).component_mul(
                        &(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x1[i]),
                    ),
                    0.75,
                    0.3,
                    flag,
                ))
            .sin()
            .powi(2);
    }
    (0.05 * ((2.0 + x0.sin()).ln() + acc1)).sin() + (x0 + x1.sum())
}

#[test]
fn check_f296() {
    passes_at_random_points(296, "f296", |rng| {
        f296::check(rng.scalar(), &rng.vector(3), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f297(x0: f32) -> f32 {
    let s1 = (0.5 * x0).powi(3);
    let s2: f32 = (0.05
        * f053(
            &(s1 * DMatrix::identity(4, 4)),
            &(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x0),
            3,
        ))
    .tanh();
    f283(s1 * DMatrix::identity(2, 3)) + s2 + x0
}

#[test]
fn check_f297() {
    passes_at_random_points(297, "f297", |rng| f297::check(rng.scalar()));
}

#[differentiable]
fn f298(x0: DMatrix<f64>, n: usize) -> DMatrix<f64> {
    let mut acc2 = x0.map(|e| {
        let t1 = (0.05 * f133(e, e, e)).tanh();
        t1 + e
    });
    for _ in 0..n {
        acc2 /= 1.0 + (0.1 * (x0.sum() / (2.0 + (0.5 * x0.mean()).cos()))).powi(2);
        acc2 += softmax(
            &(0.05 * x0.component_div(&exp(&(0.2 * &x0))).component_div(&exp(&(0.2 * relu(&x0))))),
        );
    }
    let mut acc3: DMatrix<f64> = DMatrix::zeros(4, 3);
    acc3 += exp(&(0.2 * (acc2[(1, 0)] * DMatrix::identity(3, 4)))).transpose();
    acc3 = &acc3 * 0.5
        + (acc2[(0, 0)] * DMatrix::identity(4, 3) - x0.sum() * DMatrix::identity(4, 3))
            * ((0.01 * acc2.norm_squared()).tanh()
                / (2.0 + (0.05 * x0.column(3).norm_squared()).tanh().cos()));
    add_bias(&x0, &x0.column(2).into_owned()) * (0.01 * acc3.sum()).exp()
        + DMatrix::from_element(3, 4, 1.0) * x0.sum()
}

#[test]
fn check_f298() {
    passes_at_random_points(298, "f298", |rng| f298::check(rng.matrix(3, 4), 2));
}

#[differentiable]
fn f299(x0: &DMatrix<f32>, x1: f32, p: &TwoLayer32) -> f32 {
    let s1 = sigmoid(&(0.05 * (p.second.w.rows(0, 2).norm_squared() * DMatrix::identity(5, 5))))
        .row_sum()
        .sum();
    let mut acc2: DVector<f32> = DVector::zeros(4);
    acc2 = &acc2 * 0.5
        + f160(
            &tanh(&(0.05 * (s1 * DMatrix::identity(4, 5) * (p.gain * DMatrix::identity(5, 4))))),
            DVector::from_element(4, 1.5),
        );
    let v3 = sigmoid(&(0.05 * acc2.add_scalar(p.gain)));
    f119(&x0.rows(0, 2).into_owned(), 3)
        + x1
        + v3.mean()
        + (x0.sum()
            + x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f299() {
    passes_at_random_points(299, "f299", |rng| {
        f299::check(
            &rng.matrix(4, 2),
            rng.scalar(),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                second: Affine32 { w: rng.matrix(4, 2), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}
