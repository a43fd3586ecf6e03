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
fn f001(x0: &f64, x1: &DMatrix<f64>, case: usize, labels: &[usize]) -> f64 {
    let m6 = match case {
        0 => *x0 * DMatrix::identity(4, 4),
        1 | 2 => {
            let v3 = {
                let s1 = cross_entropy(&(x1.sum() * DMatrix::identity(3, 3)), labels);
                let mut acc2: f64 = 1.0;
                acc2 *= (0.5 * *x0).cos();
                (0.05 * (-x1.column(0).into_owned() * (0.05 * s1).exp() * acc2.exp()))
                    .map(|e| e.tanh())
            };
            (*x0 * DMatrix::identity(4, 4)).transpose() * (0.2 * v3.norm_squared()).exp()
        }
        _ => {
            let m5 = (*x0 * DMatrix::identity(4, 3)).map(|e| {
                let t4 = e;
                (0.5 * t4).tanh()
            });
            sigmoid(
                &(0.05
                    * (m5.sum()
                        * DMatrix::identity(4, 3)
                        * (m5.column(1).mean() * DMatrix::identity(3, 4))
                        * ln(&exp(&(0.2 * (*x0 * DMatrix::identity(4, 4))))))),
            )
        }
    };
    let mut acc7: DMatrix<f64> = DMatrix::zeros(3, 3);
    for _ in 0..m6.ncols() {
        let c8 = acc7.nrows() as f64;
        acc7 += tanh(
            &(0.2
                * add_bias(
                    &(*x0 * DMatrix::identity(3, 3)),
                    &(DVector::from_column_slice(&[0.75, -0.5, 0.3]) * c8),
                )),
        );
    }
    (0.01 * (x1.column(0).sum() / (2.0 + (0.5 * *x0).cos()) + acc7.norm_squared())).tanh()
        + (*x0 + x1.sum())
}

#[test]
fn check_f001() {
    passes_at_random_points(1, "f001", |rng| {
        f001::check(&rng.scalar(), &rng.matrix(3, 1), rng.int(0, 3), &[0, 1, 0])
    });
}

#[differentiable]
fn f002(x0: f64, x1: f64, n: usize) -> f64 {
    let mut acc1 = (0.05
        * f000(
            &(x1 * DMatrix::identity(3, 4)),
            &(DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x0),
            &(x0 * DMatrix::identity(4, 3)),
        ))
    .tanh();
    for _ in 0..n {
        acc1 = acc1.sin() + (0.5 * (x1.powi(2) + 1.0).ln()).sin();
    }
    let s2 = acc1 - x0;
    (0.5 * acc1).exp() + s2 + (x0 + x1)
}

#[test]
fn check_f002() {
    passes_at_random_points(2, "f002", |rng| f002::check(rng.scalar(), rng.scalar(), 3));
}

#[differentiable(wrt(x0, x1))]
fn f003(x0: DVector<f64>, x1: f64, x2: f64, case: usize) -> DVector<f64> {
    let v2 = match case {
        0 => {
            x2 * &x0
                * (0.05
                    * f000(&(x1 * DMatrix::identity(3, 4)), &x0, &(x1 * DMatrix::identity(4, 3))))
                .sin()
        }
        1 | 2 => {
            let mut acc1: f64 = 1.0;
            for i in 0..x0.len() {
                acc1 = (0.5 * acc1).tanh()
                    + (0.2
                        * cross_entropy(
                            &ln(&add_bias(&DMatrix::zeros(3, 4), &x0).map(|e| e * e + 0.5)),
                            &[1, 1, 2, 2],
                        ))
                    .tanh();
                acc1 += (0.2 * x0[i].min(x0.mean() + x2)).tanh();
            }
            (0.05 * (-&x0).component_mul(&(&x0 * x1))).map(|e| e.tanh()) * (0.2 * acc1).exp()
        }
        _ => x0.clone(),
    };
    let mut acc3 = (0.02 * (x1 * &x0 * (x1 * x2))).map(|e| e.tanh());
    for _ in 0..v2.len() {
        let mut acc4: DVector<f64> = DVector::zeros(3);
        for _ in 0..x0.len() {
            let mut acc5: DVector<f64> = DVector::zeros(3);
            acc5 += (0.5 * &x0).map(|e| e.tanh());
            acc4 = &acc4 * 0.5 + (0.2 * (&acc5 - &acc3)).map(|e| e.tanh());
        }
        acc3 = (0.5 * &acc3).map(|e| e.tanh())
            + (0.1
                * (add_bias(&DMatrix::zeros(3, 3), &x0) * &x0
                    + (0.05 * acc4.component_div(&v2.map(|e| e * e + 0.5))).map(|e| e.tanh())))
            .map(|e| e.tanh());
    }
    &v2 + &acc3 + DVector::from_element(3, 1.0) * (x0.sum() + x1 + x2)
}

#[test]
fn check_f003() {
    passes_at_random_points(3, "f003", |rng| {
        f003::check(rng.vector(3), rng.scalar(), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f004(x0: DMatrix<f64>, x1: &DVector<f64>, x2: DMatrix<f64>, n: usize) -> DMatrix<f64> {
    assert_eq!(x2.shape(), (4, 4));
    let m4 = if n > 2 {
        add_bias(&x2, x1)
    } else if x1[0] + (0.02 * x0.norm_squared()).tanh() < (0.02 * x0.norm_squared()).tanh() {
        x2.transpose()
    } else {
        let mut acc1: DMatrix<f64> = DMatrix::from_element(3, 3, 0.4);
        if acc1.sum() > 0.5 {
            let m3 = {
                let m2 = ln(&(x2.columns(1, 3).into_owned()
                    * (x2[(0, 1)] * DMatrix::identity(3, 4)))
                .map(|e| e * e + 0.5));
                tanh(&(0.5 * &x0)) * (0.1 * m2.mean()).exp()
            };
            acc1 *= (0.1 * (x0.mean() + x1.sum() + m3.mean())).cos();
        } else {
            acc1 *= (0.5 * x2[(3, 0)]).tanh();
        }
        (x1.mean() * DMatrix::identity(4, 4)).transpose() * acc1.mean().exp()
    };
    tanh(&(0.5 * &x0)) * (0.01 * m4.norm_squared()).exp()
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f004() {
    passes_at_random_points(4, "f004", |rng| {
        f004::check(rng.matrix(3, 3), &rng.vector(4), rng.matrix(4, 4), 4)
    });
}

#[differentiable(wrt(x0))]
fn f005(x0: &DVector<f32>, x1: &DVector<f32>, flag: bool, case: usize) -> f32 {
    assert_eq!(x0.len(), 3);
    let mut acc1: DVector<f32> = DVector::zeros(3);
    if flag {
        acc1 -= x0 - (x0 - x1);
    } else {
        let mut acc2 = ln(&exp(&add_bias(&add_bias(&DMatrix::zeros(3, 3), &acc1), &acc1)));
        match case {
            0 => {
                let v3 = acc1.clone();
                acc1 /= 2.0
                    + ((0.05 * acc2.norm_squared()).tanh().sin()
                        + (0.05 * x1.norm_squared()).tanh().sin())
                    .tanh();
                acc2 *= (0.5 * (v3[0] / (1.0 + v3.norm_squared()) + (0.5 * x0[1]).powi(2))).cos();
            }
            1 | 2 => {
                acc2 *= (0.2 * (x1.sum() / (1.0 + (0.5 * x1[0]).powi(2)))).sin();
                acc1 = acc1.map(|e| e.sin()) + acc2.column(0).into_owned();
                acc2 = tanh(&acc2) + -tanh(&(0.5 * add_bias(&DMatrix::zeros(3, 3), x0)));
            }
            _ => {
                let v4 = x0 * x1[1];
                acc1 = acc1.map(|e| e.tanh())
                    + (0.05
                        * x0.component_div(&x1.map(|e| e * e + 0.5))
                            .component_div(&x0.map(|e| e * e + 0.5)))
                    .map(|e| e.tanh());
                acc2 = &acc2 * 0.5
                    + (x1.mean() * DMatrix::identity(3, 3)
                        - add_bias(&DMatrix::zeros(3, 3), &acc1)
                            .map(|e| e / (2.0 + (0.5 * e.tanh()).tan().cos())))
                        * (0.05 * v4.sum()).exp();
            }
        }
        acc1 = &acc1 * 0.5 + -x1 * (0.05 * acc2.mean()).exp();
    }
    let m6 = {
        let s5 = (1.0 + x0.mean().powi(2)).powf(0.5 * (0.2 * x0.sum()).tanh());
        add_bias(&DMatrix::zeros(3, 3), x0).transpose() * (0.2 * s5).exp()
    };
    (0.05 * ((0.05 * x0.norm_squared()).tanh() + acc1.sum() + m6.mean())).sin()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f005() {
    passes_at_random_points(5, "f005", |rng| {
        f005::check(&rng.vector(3), &rng.vector(3), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f006(x0: &DVector<f64>, x1: f64, x2: f64) -> f64 {
    let m1 = softmax(&(x0.mean() * DMatrix::identity(5, 3)));
    let c2: DMatrix<f64> = DMatrix::from_element(4, 3, 1.5);
    (0.05 * ((DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x1).mean() + x2 + m1.norm_squared()))
        .tanh()
        * (0.5 * c2.mean()).exp()
        + (x0.sum() + x1 + x2)
}

#[test]
fn check_f006() {
    passes_at_random_points(6, "f006", |rng| {
        f006::check(&rng.vector(3), rng.scalar(), rng.scalar())
    });
}

#[differentiable]
fn f007(x0: &DVector<f64>, x1: f64, x2: f64, case: usize, labels: &[usize]) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 3, 0.75);
    match case {
        0 => {
            acc1 /= 2.0 + (0.2 * cross_entropy(&(x1 * DMatrix::identity(4, 3)), labels)).cos();
        }
        1 | 2 => {
            let mut acc2: DMatrix<f64> = DMatrix::zeros(4, 3);
            for _ in 0..3_usize {
                acc2 -= &acc1 - &acc1 * 0.5;
            }
            acc1 += acc2.transpose().transpose();
        }
        _ => {
            let m3 = exp(&acc1).component_mul(&(&acc1 - &acc1 * 0.5));
            acc1 /= 1.0 + (0.02 * (x2 + x1 + m3.norm_squared())).sin().powi(2);
        }
    }
    acc1 = tanh(&(0.5 * &acc1))
        + softmax(&(0.02 * (x1 * (x2 * DMatrix::identity(4, 4) * (x2 * DMatrix::identity(4, 3))))));
    acc1.mean() + x0.mean() + (x0.sum() + x1 + x2)
}

#[test]
fn check_f007() {
    passes_at_random_points(7, "f007", |rng| {
        f007::check(&rng.vector(3), rng.scalar(), rng.scalar(), rng.int(0, 3), &[0, 1, 0])
    });
}

#[differentiable]
fn f008(x0: &DMatrix<f64>, x1: DVector<f64>, p: Affine) -> DMatrix<f64> {
    let v1 =
        (0.05 * (&p.b * p.w.row(0).norm() - &p.w * x0.column(0).into_owned())).map(|e| e.tanh());
    let mut acc2 =
        relu(&add_bias(&softmax(&(0.05 * (p.b.norm_squared() * DMatrix::identity(3, 3)))), &x1));
    for i in 0..x0.ncols() {
        for _ in 0..3_usize {
            let m3 = tanh(&(0.5 * x0.transpose()));
            acc2 *= (0.5 * (x1.mean() + m3.mean())).sin();
        }
        let s4 = (0.1 * x0.sum()).abs() / (1.0 + acc2.transpose().norm_squared());
        acc2 = &acc2 * 0.5
            + softmax(
                &(0.05
                    * f004(
                        (x1.mean() * DMatrix::identity(3, 3))
                            .component_div(&p.w.columns(0, 3).into_owned().map(|e| e * e + 0.5)),
                        &x0.column(i)
                            .into_owned()
                            .component_div(&x0.column(i).into_owned().map(|e| e * e + 0.5)),
                        (s4 * DMatrix::identity(4, 4)).transpose(),
                        4,
                    )),
            );
    }
    let c5: DVector<f64> = DVector::zeros(2);
    softmax(
        &(0.05
            * (ln(&p.w.map(|e| e * e + 0.5))
                * (0.5 * v1.sum()).exp()
                * (0.01 * acc2.norm_squared()).exp())),
    ) * c5.sum().exp()
        + DMatrix::from_element(3, 4, 1.0) * (x0.sum() + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f008() {
    passes_at_random_points(8, "f008", |rng| {
        f008::check(
            &rng.matrix(4, 4),
            rng.vector(3),
            Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
        )
    });
}

#[differentiable]
fn f009(x0: &DMatrix<f32>, x1: &DVector<f32>, p: &Affine32) -> f32 {
    let v1 = -&p.b;
    let c2: DVector<f32> = DVector::zeros(2);
    let c3: DVector<f32> = DVector::zeros(4);
    (0.05
        * (((0.01 * (x1.mean() + x0.norm_squared())).tanh() + v1.mean())
            * c2.norm_squared().exp()
            * c3.norm_squared().exp()))
    .tanh()
        + (x0.sum() + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f009() {
    passes_at_random_points(9, "f009", |rng| {
        f009::check(
            &rng.matrix(5, 4),
            &rng.vector(4),
            &Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
        )
    });
}

#[differentiable]
fn f010(x0: &DMatrix<f64>, x1: &DMatrix<f64>, n: usize) -> f64 {
    let x0 = tanh(&(0.5 * x0));
    let mut acc1: f64 = 1.0;
    for i in 0..x0.ncols() {
        for _ in 0..n {
            let x0 = tanh(&x0);
            acc1 = acc1 * 0.5 + (0.2 * ((0.02 * x1.norm_squared()).sin().abs() + x0.sum())).tanh();
        }
        acc1 = (0.1 * acc1).tanh() + (0.5 * x0[(i, i)].abs().tanh()).tan();
    }
    (0.5 * acc1).exp() + (x0.sum() + x1.sum())
}

#[test]
fn check_f010() {
    passes_at_random_points(10, "f010", |rng| f010::check(&rng.matrix(5, 3), &rng.matrix(3, 2), 4));
}

#[differentiable]
fn f011(x0: DMatrix<f64>, x1: f64) -> f64 {
    let mut acc1: f64 = 1.0;
    acc1 -= (x1.powi(2) + 0.5).sqrt();
    acc1 += -x1;
    (0.2 * acc1).tanh() + x0.mean() + (x0.sum() + x1)
}

#[test]
fn check_f011() {
    passes_at_random_points(11, "f011", |rng| f011::check(rng.matrix(4, 2), rng.scalar()));
}

#[differentiable]
fn f012(x0: DVector<f64>, x1: &DMatrix<f64>, x2: DMatrix<f64>) -> f64 {
    assert_eq!(x2.shape(), (2, 2));
    let m1 = -&x2;
    (0.02 * (m1.sum() + x0.sum() + x1.norm_squared())).tanh() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f012() {
    passes_at_random_points(12, "f012", |rng| {
        f012::check(rng.vector(2), &rng.matrix(1, 5), rng.matrix(2, 2))
    });
}

#[differentiable]
fn f013(x0: f64, x1: DVector<f64>, x2: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 4, 0.3);
    for _ in 0..n {
        acc1 = acc1.map(|e| e.sin())
            + tanh(
                &(0.2
                    * add_bias(
                        &(x0 * DMatrix::identity(4, 4)),
                        &(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x0),
                    )),
            );
    }
    let acc1 = acc1.map(|e| e.sin());
    let x1 = &x1 * 0.5;
    (0.05 * (f011(x0 * DMatrix::identity(4, 2), x0) + x2.sum())).tanh()
        + acc1.norm_squared()
        + x1.mean()
        + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f013() {
    passes_at_random_points(13, "f013", |rng| {
        f013::check(rng.scalar(), rng.vector(2), &rng.matrix(5, 4), 3)
    });
}

#[differentiable]
fn f014(x0: &DMatrix<f32>, flag: bool, case: usize) -> f32 {
    let c1: DMatrix<f32> = DMatrix::zeros(3, 1);
    let mut acc2 = exp(&exp(&c1));
    for _ in 0..c1.nrows() {
        let mut acc3: DMatrix<f32> = DMatrix::zeros(1, 3);
        for j in 0..acc2.ncols() {
            let m4 = &acc2 - c1[(j, j)] * DMatrix::identity(3, 1);
            acc3 += sigmoid(&(0.2 * ((x0 - c1.transpose()) * (0.1 * m4.mean()).exp())));
        }
        acc2 = &acc2 * 0.5 + tanh(&(0.2 * (ln(&exp(&c1)) * (0.01 * acc3.norm_squared()).exp())));
    }
    f005(&acc2.column(0).into_owned(), &DVector::from_element(3, 0.75), flag, case) + x0.sum()
}

#[test]
fn check_f014() {
    passes_at_random_points(14, "f014", |rng| {
        f014::check(&rng.matrix(1, 3), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f015(x0: &DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> f64 {
    let m1 = if x0.row(1).norm() > (0.05 * x1.column(2).norm_squared()).tanh() {
        relu(&sigmoid(&(0.5 * x1)))
    } else if x1.columns(0, 3).norm() - x1[(3, 1)] < 0.4 {
        softmax(&(0.1 * (x1 * (x0[(1, 2)] * DMatrix::identity(3, 3)))))
    } else {
        ln(&(-x1).map(|e| 2.0 + e.sin()))
    };
    let s4 = match case {
        0 => {
            let s3 = {
                let m2 = sigmoid(
                    &(0.05
                        * (&m1 * (m1.rows(0, 2).norm() * DMatrix::identity(3, 3))
                            - (m1.mean() * DMatrix::identity(4, 3)).component_mul(&m1))),
                );
                (0.2 * m2.norm_squared()).powi(3)
            };
            (0.05
                * (DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * s3
                    - x0.column(0).into_owned())
                .norm())
            .tanh()
        }
        1 | 2 => f010(
            &(x1[(0, 0)] * DMatrix::identity(5, 3)),
            &(x1.columns(0, 3).mean() * DMatrix::identity(3, 2)),
            4,
        ),
        _ => {
            let m1 = tanh(&(0.5 * &m1));
            (sigmoid(&(0.01 * (x0.norm_squared() * DMatrix::identity(4, 3))))
                * x0.rows(1, 3).into_owned())
            .mean()
                + m1.norm_squared()
        }
    };
    (0.05 * (m1.mean() + s4)).tanh() + (x0.sum() + x1.sum())
}

#[test]
fn check_f015() {
    passes_at_random_points(15, "f015", |rng| {
        f015::check(&rng.matrix(4, 4), &rng.matrix(4, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f016(x0: &DMatrix<f64>, x1: f64, n: usize, flag: bool) -> f64 {
    let mut acc1 = x0.columns(1, 1).into_owned() * (x1 * DMatrix::identity(1, 5));
    if flag {
        acc1 -= x0.component_div(&(x1 * DMatrix::identity(4, 5)).map(|e| 2.0 + e.sin()));
    } else {
        acc1 = &acc1 * 0.5 + (x0 - x0.transpose().transpose());
    }
    let m3 = if x1 < 2.0 {
        let acc1 = acc1.map(|e| e.sin()) + log_softmax(&(0.1 * &acc1));
        (x1 * DMatrix::identity(5, 1)).map(|e| (2.0 + e.sin()).ln()).map(|e| {
            let t2 = e;
            (0.05 * f002(e, t2, 3)).tanh()
        }) * (0.01 * acc1.norm_squared()).exp()
    } else if n > 2 {
        relu(&add_bias(
            &(x1 * DMatrix::identity(5, 1)),
            &(DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5, 0.3]) * x1),
        ))
    } else {
        (0.01 * acc1.norm_squared()).tanh() * (x1 * DMatrix::identity(5, 1))
    };
    let acc1 = acc1.map(|e| e.sin());
    (0.05 * ((0.5 * x1).exp() + m3.sum() + acc1.sum())).tanh() + (x0.sum() + x1)
}

#[test]
fn check_f016() {
    passes_at_random_points(16, "f016", |rng| {
        f016::check(&rng.matrix(4, 5), rng.scalar(), 2, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f017(x0: &DMatrix<f64>, p: Affine, case: usize) -> DVector<f64> {
    let mut acc1: f64 = 1.0;
    match case {
        0 => {
            acc1 +=
                f006(&p.b, (0.02 * x0.norm_squared()).tanh(), x0.sum()) * (0.5 * p.b.mean()).tanh();
        }
        1 | 2 => {
            acc1 = acc1 * 0.5 + ((0.05 * p.b.norm_squared()).sin() - p.b.mean());
        }
        _ => {
            let mut acc2 = add_bias(
                &softmax(&(acc1 * DMatrix::identity(2, 2))),
                &(DVector::from_column_slice(&[0.5, -0.25]) * acc1),
            );
            acc2 -= (acc1 * DMatrix::identity(2, 2)).map(|e| e * (e * 0.5));
            acc2 /= 2.0 + (0.5 * (0.5 * p.b.mean()).powi(3)).cos();
            acc1 *= (0.05
                * f002((0.01 * p.w.norm_squared()).tanh(), acc2.rows(1, 1).norm_squared(), 3))
            .tanh()
            .sin();
        }
    }
    let c3: f64 = 0.4;
    (0.02 * (DVector::from_column_slice(&[-1.0, 0.25]) * acc1 * (0.01 * x0.norm_squared()).exp()))
        .map(|e| e.tanh())
        * c3.exp()
        + DVector::from_element(2, 1.0) * (x0.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f017() {
    passes_at_random_points(17, "f017", |rng| {
        f017::check(
            &rng.matrix(3, 3),
            Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f018(x0: &DVector<f64>, x1: &DMatrix<f64>, x2: f64, p: &TwoLayer, n: usize) -> DVector<f64> {
    let mut acc1: f64 = 0.5;
    for i in 0..n {
        acc1 /= 1.0 + (0.5 * x1[(i, i)]).powi(2);
    }
    let v2 = x1 * x0;
    (0.02 * v2.component_mul(x0)).map(|e| e.tanh()) * (0.2 * x2).exp() * (0.2 * acc1).exp()
        + DVector::from_element(4, 1.0)
            * (x0.sum()
                + x1.sum()
                + x2
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
            &rng.vector(4),
            &rng.matrix(4, 4),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
            2,
        )
    });
}

#[differentiable]
fn f019(x0: f64, x1: &f64, q: &TwoLayer) -> f64 {
    let mut acc1 =
        (-(q.gain * DMatrix::identity(4, 5))).map(|e| (e * (e * 0.5)).max(e.min(e * 0.5)));
    for _ in 0..q.second.b.len() {
        let s2 = *x1 + q.gain;
        acc1 -= sigmoid(
            &(0.2
                * (exp(&add_bias(&DMatrix::zeros(4, 5), &q.first.b).map(|e| e.sin()))
                    * (0.1 * s2).exp())),
        );
    }
    let v3: DVector<f64> = (0.02
        * (q.second.b[2] * DMatrix::identity(5, 4) * &q.first.b).component_div(
            &(DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75, -0.5]) * q.gain * q.gain)
                .map(|e| e * e + 0.5),
        ))
    .map(|e| e.tanh());
    acc1 += q.second.w.transpose() * add_bias(&DMatrix::zeros(3, 5), &q.second.b);
    (0.01 * acc1.norm_squared()).tanh().cos()
        + x0
        + v3.norm_squared()
        + (x0
            + *x1
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f019() {
    passes_at_random_points(19, "f019", |rng| {
        f019::check(
            rng.scalar(),
            &rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f020(x0: &DVector<f32>, case: usize) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::zeros(2, 4);
    match case {
        0 => {
            acc1 = &acc1 * 0.5
                + log_softmax(&tanh(&(0.05 * (x0.norm_squared() * DMatrix::identity(2, 4)))));
        }
        1 | 2 => {
            acc1 /= 2.0 + (0.05 * x0.norm_squared()).tanh().sin();
        }
        _ => {
            acc1 /= 2.0 + (0.2 * (x0.sum() / (1.0 + x0.norm_squared()))).sin();
        }
    }
    let x0 = x0 * 0.5;
    (0.02 * acc1.norm_squared()).tanh() / (2.0 + (0.5 * acc1[(0, 0)]).tanh()) + x0.mean() + x0.sum()
}

#[test]
fn check_f020() {
    passes_at_random_points(20, "f020", |rng| f020::check(&rng.vector(4), rng.int(0, 3)));
}

#[differentiable]
fn f021(x0: f32, x1: f32, case: usize) -> f32 {
    let s1 = (2.0 + x0.sin()).ln();
    let c2: DMatrix<f32> = DMatrix::from_element(4, 4, 1.25);
    let s3 = f020(&c2.column(2).into_owned(), case);
    x1 + s1 + s3 + (x0 + x1)
}

#[test]
fn check_f021() {
    passes_at_random_points(21, "f021", |rng| {
        f021::check(rng.scalar(), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f022(x0: f64, x1: DMatrix<f64>, q: &Affine, case: usize) -> f64 {
    let s1 = (0.5 * (0.5 * x0).tanh()).tan();
    let m2 = match case {
        0 => &x1 - tanh(&(0.5 * &x1)),
        1 | 2 => sigmoid(
            &(0.05
                * f004(&x1 * x0, &(&q.b * s1), softmax(&add_bias(&DMatrix::zeros(4, 4), &q.b)), 4)),
        ),
        _ => (&x1 + tanh(&(0.5 * &x1))).transpose(),
    };
    let mut acc3 = s1.exp();
    acc3 -= f011(x0 * DMatrix::identity(4, 3) * (s1 * DMatrix::identity(3, 2)), x0 * s1);
    acc3 = acc3 * 0.5 + (s1 - x0);
    s1 + m2.mean() + acc3 + (x0 + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f022() {
    passes_at_random_points(22, "f022", |rng| {
        f022::check(
            rng.scalar(),
            rng.matrix(3, 3),
            &Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f023(x0: &DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 3, 0.75);
    for _ in 0..3_usize {
        acc1 = acc1.map(|e| e.sin()) + softmax(&(0.5 * x0));
        acc1 *= (0.1 * x0.sum()).sin();
    }
    let mut acc2 = log_softmax(x0) - (acc1.mean() * DMatrix::identity(4, 3)).map(|e| e * e.sin());
    acc2 -= -ln(&x0.map(|e| e * e + 0.5));
    (0.01 * acc2.norm_squared()).sin() + x0.sum()
}

#[test]
fn check_f023() {
    passes_at_random_points(23, "f023", |rng| f023::check(&rng.matrix(4, 3)));
}

#[differentiable]
fn f024(x0: &DMatrix<f64>, x1: DVector<f64>, p: &TwoLayer) -> f64 {
    let s1 = (p.second.w.sum().powi(2) + 1.0).ln();
    let m2 = &p.second.w - add_bias(&DMatrix::zeros(3, 4), &p.second.b);
    (0.05 * ((0.05 * ((0.5 * p.gain).powi(2) + x0.sum() + x1.mean() + s1)).tanh() + m2.sum()))
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
fn check_f024() {
    passes_at_random_points(24, "f024", |rng| {
        f024::check(
            &rng.matrix(4, 4),
            rng.vector(4),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f025(x0: &DVector<f64>, x1: f64) -> f64 {
    assert_eq!(x0.len(), 3);
    let mut acc1 =
        (0.05 * (cross_entropy(&(x1 * DMatrix::identity(3, 3)), &[2, 1, 2]) * x1)).tanh();
    for _ in 0..x0.len() {
        let s4 = if acc1.max(x1) < x1 {
            acc1 = acc1.sin() + (0.2 * x0.sum()).tanh();
            acc1.max(x1)
        } else {
            let s3 = {
                let v2: DVector<f64> = (0.05
                    * (x0 * x1).component_div(&x0.component_mul(x0).map(|e| e * e + 0.5)))
                .map(|e| e.tanh());
                acc1 - (0.05 * x0.norm_squared()).tanh() + v2.norm_squared()
            };
            f023(&tanh(&(0.05 * (acc1 * DMatrix::identity(4, 3) * (x1 * DMatrix::identity(3, 3))))))
                + s3
        };
        acc1 *= (0.05 * (x1 / (2.0 + (0.5 * x1).cos()) + s4)).tanh().sin();
    }
    x1 + acc1 + (x0.sum() + x1)
}

#[test]
fn check_f025() {
    passes_at_random_points(25, "f025", |rng| f025::check(&rng.vector(3), rng.scalar()));
}

#[differentiable]
fn f026(x0: DMatrix<f64>) -> DVector<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(5, 2, 1.25);
    for _ in 0..x0.nrows() {
        acc1 -= tanh(&(0.2 * (&x0 - x0.rows(0, 5).mean() * DMatrix::identity(5, 2))));
    }
    let mut acc2 = acc1.mean() * DMatrix::identity(5, 2);
    if acc1.mean() + acc2.column(1).mean() > 0.4 {
        let c3: DMatrix<f64> = DMatrix::zeros(3, 5);
        acc2 *= (0.5 * ((0.02 * (x0.sum() * acc1[(2, 0)])).tanh() * c3.sum().exp())).cos();
    } else {
        acc2 /= 1.0 + (0.5 * x0.mean()).powi(2);
    }
    for _ in 0..acc2.nrows() {
        assert_eq!(acc1.shape(), (5, 2));
        acc2 /= 2.0
            + (0.1
                * f025(
                    &(DVector::from_column_slice(&[0.5, -0.25, 1.0]) * acc1.column(1).sum()),
                    0.25,
                ))
            .sin();
    }
    (DVector::from_column_slice(&[0.5, -0.25]) * x0.sum()).component_mul(
        &(0.05 * (DVector::from_column_slice(&[-1.0, 0.25]) * acc2.rows(1, 2).norm()))
            .map(|e| e.tanh()),
    ) + DVector::from_element(2, 1.0) * x0.sum()
}

#[test]
fn check_f026() {
    passes_at_random_points(26, "f026", |rng| f026::check(rng.matrix(5, 2)));
}

#[differentiable]
fn f027(x0: &DMatrix<f32>, x1: &DMatrix<f32>) -> DMatrix<f32> {
    let m1 = x1 * x1;
    let s2 = x0.mean() + x0[(0, 1)];
    let mut acc3: DMatrix<f32> = DMatrix::zeros(2, 2);
    if s2 * s2.sin() < acc3.column(1).norm_squared() {
        let mut acc4 = sigmoid(&-&acc3);
        for _ in 0..m1.nrows() {
            acc4 /= 2.0 + (0.2 * (s2 / (1.0 + (0.1 * m1.row(1).norm()).powi(2)))).cos();
        }
        acc3 = acc3.map(|e| e.sin())
            + (ln(&exp(&(0.2 * x1))).component_mul(&relu(&(s2 * DMatrix::identity(2, 2)))) + &acc4);
    } else if s2 > 0.75 {
        acc3 -= tanh(&(0.05 * add_bias(&m1, &m1.column(1).into_owned()))).transpose();
    } else {
        acc3 /= 2.0 + (0.05 * (x0 - s2 * DMatrix::identity(1, 2)).dot(&relu(x0))).tanh().tanh();
    }
    tanh(&(0.05 * (log_softmax(&(0.2 * &m1)) + &acc3)))
        + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f027() {
    passes_at_random_points(27, "f027", |rng| f027::check(&rng.matrix(1, 2), &rng.matrix(2, 2)));
}

#[differentiable]
fn f028(x0: DMatrix<f32>, x1: f32, flag: bool, case: usize) -> DMatrix<f32> {
    let mut acc1 = tanh(&(0.5 * &x0));
    match case {
        0 => {
            assert_eq!(x0.shape(), (1, 4));
            acc1 *= (0.2 * (x1 * x0[(0, 0)]).min(x0.row(0).sum())).sin();
        }
        1 | 2 => {
            let s3 = {
                let s2 = f014(&x0.columns(0, 3).into_owned(), flag, case);
                let x0 = &x0 * 0.5 + &acc1;
                (0.05 * ((0.02 * (x1 * s2)).sin() + x0.norm_squared())).sin()
            };
            acc1 *= (0.5
                * mse(
                    &softmax(&(s3 * DMatrix::identity(1, 1))),
                    &tanh(&(0.05 * (x0.norm_squared() * DMatrix::identity(1, 1)))),
                ))
            .tanh();
        }
        _ => {
            let c4: f32 = 0.5;
            acc1 -= &x0 * c4.exp();
        }
    }
    for _ in 0..acc1.nrows() {
        acc1 = acc1.map(|e| e.sin()) + softmax(&(0.5 * &x0));
    }
    sigmoid(&(0.1 * &acc1)) * (0.2 * x1).exp() + DMatrix::from_element(1, 4, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f028() {
    passes_at_random_points(28, "f028", |rng| {
        f028::check(rng.matrix(1, 4), rng.scalar(), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f029(x0: f64, x1: f64) -> f64 {
    let s1 = x0 - x1;
    let x1 = x1 * 0.5;
    let c2: f64 = 2.0;
    (0.02
        * (((x0 * DMatrix::identity(2, 2)).dot(&(x1 * DMatrix::identity(2, 2))) + s1)
            * (0.5 * c2).exp()))
    .tanh()
        + (x0 + x1)
}

#[test]
fn check_f029() {
    passes_at_random_points(29, "f029", |rng| f029::check(rng.scalar(), rng.scalar()));
}

#[differentiable]
fn f030(x0: DMatrix<f64>, x1: DMatrix<f64>) -> DMatrix<f64> {
    let v1 = (0.02
        * ((x0.sum() - x0.mean()) * (x0.column(1).into_owned() + x0.column(0).into_owned())))
    .map(|e| e.tanh());
    let m5 = if (0.01 * x1.norm_squared()).sin() > v1[1] {
        let s3 = {
            let s2 = (0.01 * log_softmax(&x1).norm_squared()).sin();
            x0.norm() + s2
        };
        (x0.row(1).sum() * &x1).map(|e| {
            let t4 = (e.powi(2) + 0.5).sqrt();
            (0.1 * t4).tanh()
        }) * (0.1 * s3).exp()
    } else {
        add_bias(&x1, &x1.column(3).into_owned())
    };
    let c6: DMatrix<f64> = DMatrix::zeros(2, 2);
    softmax(
        &(0.05
            * (x0[(1, 0)]
                * DMatrix::identity(2, 2)
                * (0.01 * m5.norm_squared()).exp()
                * c6.sum().exp())),
    ) + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f030() {
    passes_at_random_points(30, "f030", |rng| f030::check(rng.matrix(2, 4), rng.matrix(4, 4)));
}

#[differentiable]
fn f031(x0: &DVector<f64>, x1: &DMatrix<f64>, p: &TwoLayer, case: usize) -> f64 {
    let c1: f64 = 1.25;
    let mut acc2: DVector<f64> = DVector::zeros(4);
    match case {
        0 => {
            acc2 /= 2.0
                + (0.5
                    * ((0.02
                        * f022(c1, add_bias(&DMatrix::zeros(3, 3), &p.second.b), &p.first, case))
                    .tanh()
                        + p.first.w[(2, 0)]))
                    .sin();
        }
        1 | 2 => {
            acc2 /= 2.0
                + (0.5
                    * ((p.gain.powi(2) + 0.5).sqrt()
                        * (0.02 * f024(&p.first.w, x0.clone(), p)).tanh()))
                .cos();
            acc2 /= 1.0 + (0.5 * p.gain).cos().powi(2);
        }
        _ => {
            let v3 = x0 - &p.first.b;
            acc2 += sigmoid(&(0.01 * (p.first.w.norm_squared() * DMatrix::identity(4, 5))))
                * x1.column(0).into_owned()
                + &v3;
        }
    }
    acc2 = (0.1 * &acc2).map(|e| e.tanh()) + x0;
    (0.02 * ((0.01 * (c1 / (1.0 + c1.powi(2)) + x1.norm_squared())).sin() + acc2.norm_squared()))
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
fn check_f031() {
    passes_at_random_points(31, "f031", |rng| {
        f031::check(
            &rng.vector(4),
            &rng.matrix(5, 3),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable(wrt(x0))]
fn f032(x0: f64, x1: f64) -> f64 {
    let s1 = (2.0 + (x1 * x0).sin()).ln();
    let x1 = (0.5 * x1).tanh();
    (0.5 * s1.tanh()).tan() + x1 + (x0 + x1)
}

#[test]
fn check_f032() {
    passes_at_random_points(32, "f032", |rng| f032::check(rng.scalar(), rng.scalar()));
}

#[differentiable]
fn f033(x0: &DMatrix<f64>, x1: &f64) -> DMatrix<f64> {
    let mut acc1: f64 = 0.0;
    for i in 0..x0.nrows() {
        let mut acc2: f64 = 1.0;
        for _ in 0..2_usize {
            acc1 -= (0.02 * (x1.max(acc2) * (i as f64 + 0.5))).tanh();
            acc2 -= (0.1 * ((0.2 * acc1).exp() - acc1 * x0.mean())).tanh();
        }
        acc1 = acc1 * 0.5
            + (0.2
                * ((x0.row(1).sum() + (i as f64 + 0.5))
                    / (1.0
                        + (0.2 * f001(x1, &(acc2 * DMatrix::identity(3, 1)), 3, &[0, 1, 0]))
                            .powi(2))))
            .tanh();
    }
    acc1 /= 2.0 + (0.5 * *x1).cos();
    x0.transpose() - acc1 * DMatrix::identity(2, 4)
        + DMatrix::from_element(2, 4, 1.0) * (x0.sum() + *x1)
}

#[test]
fn check_f033() {
    passes_at_random_points(33, "f033", |rng| f033::check(&rng.matrix(4, 2), &rng.scalar()));
}

#[differentiable]
fn f034(x0: &DVector<f64>, x1: f64, x2: &DVector<f64>, q: &Affine) -> f64 {
    let s1 = (0.5 * (0.5 * x1).tanh()).tan();
    let s1 = s1.tanh() + q.w[(2, 1)];
    let x2 = x2.map(|e| e.sin())
        + x0.map(|e| f032((1.0 + e.powi(2)).powf(0.5 * (0.5 * e).tanh()), 0.75));
    (0.05 * (f011(x1 * DMatrix::identity(4, 2), x1) + s1 + x2.sum())).tanh()
        + (x0.sum() + x1 + x2.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f034() {
    passes_at_random_points(34, "f034", |rng| {
        f034::check(
            &rng.vector(2),
            rng.scalar(),
            &rng.vector(2),
            &Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
        )
    });
}

#[differentiable]
fn f035(x0: f32, case: usize) -> f32 {
    let s1 = x0;
    let s2 = f014(&(x0 * DMatrix::identity(1, 3)), true, case);
    (0.05 * ((x0.powi(2) + 0.5).sqrt() + s1 + s2)).tanh() + x0
}

#[test]
fn check_f035() {
    passes_at_random_points(35, "f035", |rng| f035::check(rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f036(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let m1 = softmax(
        &(0.02
            * (add_bias(x0, &(DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0[(1, 0)]))
                * (x1 + x0))),
    );
    assert_eq!(m1.shape(), (4, 4));
    let m5 = {
        let m2 = (m1.norm_squared() * &m1).transpose();
        let m4 = if (x0.sum().powi(2) + 0.5).sqrt() > m2[(3, 0)] {
            ln(&x1.map(|e| 2.0 + e.sin())) + m1.map(|e| e + e * e.tanh())
        } else if m1.columns(1, 2).norm_squared() > 0.4 {
            let mut acc3: f64 = 1.0;
            acc3 -= (0.01 * mse(&m2, &(x0.row(3).sum() * DMatrix::identity(4, 4)))).tanh()
                + x0.rows(1, 3).sum();
            acc3 /= 2.0 + (0.5 * x1[(3, 3)]).sin();
            tanh(
                &(0.05
                    * ((log_softmax(x1) - ln(&m1.map(|e| 2.0 + e.sin()))) * (0.05 * acc3).exp())),
            )
        } else {
            relu(
                &tanh(&(0.05 * (x0.columns(2, 1).norm_squared() * DMatrix::identity(4, 4))))
                    .map(|e| f032(e, 0.25) * e),
            )
        };
        softmax(&(0.05 * (&m4 * x0)))
    };
    (m1.norm_squared().powi(2) + 1.0).ln() + m5.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f036() {
    passes_at_random_points(36, "f036", |rng| f036::check(&rng.matrix(4, 4), &rng.matrix(4, 4)));
}

#[differentiable]
fn f037(x0: f32, case: usize) -> DMatrix<f32> {
    let mut acc1: f32 = 1.0;
    for _ in 0..3_usize {
        let mut acc2: f32 = 0.5;
        for _ in 0..3_usize {
            acc2 *= (0.1
                * f021(
                    (0.02
                        * mse(&(acc1 * DMatrix::identity(3, 3)), &(x0 * DMatrix::identity(3, 3))))
                    .sin(),
                    (0.02
                        * mse(&(x0 * DMatrix::identity(4, 4)), &(acc1 * DMatrix::identity(4, 4))))
                    .tanh(),
                    case,
                ))
            .cos();
        }
        acc1 = (0.5 * acc1).tanh() + (0.2 * (0.2 * acc2).exp()).tanh();
    }
    let s5 = {
        let s3 = x0 + acc1;
        let s4 = (2.0 + s3.sin()).ln();
        f035(x0, case) + s4
    };
    let s6 =
        (0.02 * mse(&(acc1 * DMatrix::identity(3, 3)), &(x0 * DMatrix::identity(3, 3)))).tanh();
    (s6 * DMatrix::identity(3, 4)).transpose() * (0.1 * s5).exp()
        + DMatrix::from_element(4, 3, 1.0) * x0
}

#[test]
fn check_f037() {
    passes_at_random_points(37, "f037", |rng| f037::check(rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f038(x0: &DVector<f32>) -> f32 {
    assert_eq!(x0.len(), 2);
    let s1 = (1.0 + x0.mean().powi(2)).powf(0.5 * (0.5 * x0[0]).tanh());
    f035(s1, 2) + x0.sum()
}

#[test]
fn check_f038() {
    passes_at_random_points(38, "f038", |rng| f038::check(&rng.vector(2)));
}

#[differentiable(wrt(x0))]
fn f039(x0: f64, p: &TwoLayer) -> f64 {
    let m2 = {
        let s1 = (x0 * DMatrix::identity(4, 4)).mean();
        sigmoid(&(0.5 * &p.second.w)) * (0.2 * s1).exp()
    };
    let c3: DMatrix<f64> = DMatrix::from_element(4, 4, 1.5);
    p.gain / (2.0 + c3[(1, 0)].tanh())
        + m2.sum()
        + (x0 + p.first.w.sum() + p.first.b.sum() + p.second.w.sum() + p.second.b.sum() + p.gain)
}

#[test]
fn check_f039() {
    passes_at_random_points(39, "f039", |rng| {
        f039::check(
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f040(x0: &DMatrix<f64>, x1: f64, q: TwoLayer) -> DMatrix<f64> {
    let m1 = x0.clone();
    let v3 = {
        let v2 = DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * q.gain;
        (0.05 * (add_bias(&DMatrix::zeros(5, 5), &q.second.b) * &q.second.b)).map(|e| e.tanh())
            * (0.02 * v2.norm_squared()).exp()
    };
    softmax(
        &(0.05
            * (tanh(
                &(0.05
                    * f008(
                        &(q.gain * DMatrix::identity(4, 4)),
                        q.first.b.clone(),
                        q.first.clone(),
                    )),
            ) * (0.2 * x1).exp()
                * (0.02 * m1.norm_squared()).exp()
                * (0.2 * v3.mean()).exp())),
    ) + DMatrix::from_element(3, 4, 1.0)
        * (x0.sum()
            + x1
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
            &rng.matrix(2, 2),
            rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(5, 3), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f041(x0: f32, x1: DMatrix<f32>, case: usize) -> f32 {
    let s1 = x0 - (0.5 * x0).tanh();
    let mut acc2: DVector<f32> = DVector::zeros(3);
    acc2 += DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * s1;
    (0.02 * (f021(s1, x0, case) + x1.mean() + acc2.norm_squared())).tanh() + (x0 + x1.sum())
}

#[test]
fn check_f041() {
    passes_at_random_points(41, "f041", |rng| {
        f041::check(rng.scalar(), rng.matrix(4, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f042(x0: f32, flag: bool) -> f32 {
    let s2 = if flag {
        let s1 = x0 / (2.0 + (0.5 * x0).sin());
        (0.5 * (0.5 * x0).tanh().tanh()).tan() + s1
    } else if x0 < 2.0 {
        x0 + x0 * 0.5
    } else {
        cross_entropy(&(x0 * DMatrix::identity(4, 4)), &[2, 3, 1, 2])
    };
    let c3: DVector<f32> = DVector::zeros(4);
    (0.02
        * ((f038(&(DVector::from_column_slice(&[-1.0, 0.25]) * x0)) + s2)
            * c3.norm_squared().exp()))
    .tanh()
        + x0
}

#[test]
fn check_f042() {
    passes_at_random_points(42, "f042", |rng| f042::check(rng.scalar(), rng.uniform() < 0.5));
}

#[differentiable(wrt(x0))]
fn f043(x0: &DMatrix<f32>, x1: &DMatrix<f32>, flag: bool, case: usize) -> f32 {
    assert_eq!(x0.shape(), (1, 2));
    let x0 = x0 * 0.5 + x0.component_div(&x0.map(|e| e * e + 0.5));
    let mut acc1 = x1.rows(1, 1).into_owned();
    acc1 /= 2.0 + (0.1 * f014(&(x0[(0, 1)] * DMatrix::identity(1, 3)), flag, case)).tanh();
    ((0.02 * acc1.norm_squared()).tanh().powi(2) + 0.5).sqrt() + (x0.sum() + x1.sum())
}

#[test]
fn check_f043() {
    passes_at_random_points(43, "f043", |rng| {
        f043::check(&rng.matrix(1, 2), &rng.matrix(5, 5), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable(wrt(x0, x1))]
fn f044(x0: &DVector<f64>, x1: f64, x2: &f64, q: &TwoLayer, flag: bool) -> f64 {
    let x1 = (0.5 * x1).tanh();
    let v1 = x0.clone();
    (0.05 * (f016(&(q.first.b[2] * DMatrix::identity(4, 5)), x1, 2, flag) + *x2)).tanh()
        + v1.sum()
        + (x0.sum()
            + x1
            + *x2
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
            &rng.vector(2),
            rng.scalar(),
            &rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(2, 3), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable(wrt(x0))]
fn f045(x0: DVector<f64>, x1: f64) -> f64 {
    let v1 = add_bias(&DMatrix::zeros(2, 2), &x0) * &x0;
    let mut acc2: DVector<f64> = DVector::zeros(2);
    for _ in 0..x0.len() {
        let s4 = {
            let v3 = -(&v1 / (1.0 + (0.1 * v1.mean()).powi(2)));
            (0.01 * ((1.0 + x1.powi(2)).powf(0.5 * (0.5 * x1).tanh()) + v3.norm_squared())).tanh()
        };
        acc2 += (0.1
            * (x0.map(|e| {
                let t5 = e;
                e + t5
            }) * s4.exp()))
        .map(|e| e.tanh());
    }
    (0.05 * cross_entropy(&add_bias(&DMatrix::zeros(2, 2), &v1), &[0, 1])).tanh()
        + acc2.mean()
        + (x0.sum() + x1)
}

#[test]
fn check_f045() {
    passes_at_random_points(45, "f045", |rng| f045::check(rng.vector(2), rng.scalar()));
}

#[differentiable]
fn f046(x0: &DMatrix<f64>) -> f64 {
    let m1 = x0.clone();
    let m2 = ln(&(x0.sum() * DMatrix::identity(5, 3)).map(|e| 2.0 + e.sin()));
    (0.05 * mse(x0, &(m2.rows(3, 2).mean() * DMatrix::identity(3, 5)))).sin() + m1.sum() + x0.sum()
}

#[test]
fn check_f046() {
    passes_at_random_points(46, "f046", |rng| f046::check(&rng.matrix(3, 5)));
}

#[differentiable]
fn f047(x0: &DMatrix<f32>, x1: &DMatrix<f32>, x2: DVector<f32>) -> f32 {
    let v1 = x2.clone();
    let v3 = {
        let v2 = DVector::from_column_slice(&[0.3, -1.0]) * x2[0];
        (0.05 * (x1 * (DVector::from_column_slice(&[0.25]) * v1[1]) * (0.2 * v2.mean()).exp()))
            .map(|e| e.tanh())
    };
    let v4 = -&v3;
    x2[0] + x0[(1, 0)] + v4.sum() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f047() {
    passes_at_random_points(47, "f047", |rng| {
        f047::check(&rng.matrix(3, 1), &rng.matrix(1, 1), rng.vector(3))
    });
}

#[differentiable]
fn f048(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    assert_eq!(x0.shape(), (3, 3));
    let m1 = x0 * x0;
    let s3 = {
        let m2 = &m1 / (1.0 + x0.norm_squared());
        (0.05 * ((0.5 * x0.mean()).exp() + m2.mean())).sin()
    };
    f029(s3, s3) + x1.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f048() {
    passes_at_random_points(48, "f048", |rng| f048::check(&rng.matrix(3, 3), &rng.matrix(2, 2)));
}

#[differentiable]
fn f049(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: f64) -> f64 {
    let s1 = (0.05
        * f015(&(x2 * DMatrix::identity(4, 4)), &(x1[(0, 2)] * DMatrix::identity(4, 3)), 2))
    .sin()
        / (2.0 + (0.2 * x1.sum()).tanh());
    let s2 = x0.rows(0, 2).norm() + x2;
    (2.0 + s2.sin()).ln() + s1 + (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f049() {
    passes_at_random_points(49, "f049", |rng| {
        f049::check(&rng.matrix(3, 3), &rng.matrix(1, 4), rng.scalar())
    });
}

#[differentiable]
fn f050(x0: &DMatrix<f32>) -> f32 {
    let mut acc1 = (x0[(1, 1)] * DMatrix::identity(4, 4) * x0).map(|e| (2.0 + e.sin()).ln());
    acc1 /= 2.0
        + (1.0 + (0.01 * x0.norm_squared()).sin().powi(2))
            .powf(0.5 * (0.01 * x0.norm_squared()).tanh().tanh())
            .sin();
    let m2: DMatrix<f32> = log_softmax(&acc1);
    let v3 = x0.columns(1, 2).mean()
        * DMatrix::identity(3, 3)
        * (DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * acc1.sum());
    (0.01 * (acc1.column(2).sum() + m2.mean() + v3.norm_squared())).tanh() + x0.sum()
}

#[test]
fn check_f050() {
    passes_at_random_points(50, "f050", |rng| f050::check(&rng.matrix(4, 3)));
}

#[differentiable]
fn f051(x0: &DMatrix<f64>, case: usize) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(2);
    for _ in 0..2_usize {
        acc1 -= (0.02 * (DVector::from_column_slice(&[0.5, -0.25]) * x0.sum() * x0.sum()))
            .map(|e| e.tanh());
    }
    let m3 = match case {
        0 => {
            let acc1 = &acc1 * 0.5;
            ln(&(acc1[1] * DMatrix::identity(5, 5)).map(|e| 2.0 + e.sin()))
        }
        1 | 2 => {
            let m2 = ln(&x0.map(|e| 2.0 + e.sin()));
            softmax(&(acc1.mean() * DMatrix::identity(5, 5)))
                * add_bias(
                    &(x0.columns(0, 1).norm() * DMatrix::identity(5, 5)),
                    &m2.column(0).into_owned(),
                )
        }
        _ => sigmoid(&(0.2 * (x0.rows(0, 3).norm() * DMatrix::identity(5, 5)))),
    };
    (0.01 * m3.norm_squared()).tanh().min(x0.column(1).norm()) + acc1.norm_squared() + x0.sum()
}

#[test]
fn check_f051() {
    passes_at_random_points(51, "f051", |rng| f051::check(&rng.matrix(5, 2), rng.int(0, 3)));
}

#[differentiable]
fn f052(x0: &DMatrix<f32>, x1: DVector<f32>, n: usize) -> f32 {
    let mut acc1 = tanh(&(0.1 * (x0 * x1.sum())));
    for i in 0..2_usize {
        for _ in 0..n {
            let c2: DMatrix<f32> = DMatrix::zeros(3, 3);
            acc1 /= 2.0 + c2[(i, 0)].tanh();
        }
        acc1 *= (0.5 * x0.mean()).cos();
    }
    let v3 = x1.component_div(&x1.map(|e| e * e + 0.5));
    (0.02 * (x1.sum() * v3[1])).tanh() + acc1.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f052() {
    passes_at_random_points(52, "f052", |rng| f052::check(&rng.matrix(3, 3), rng.vector(3), 4));
}

#[differentiable]
fn f053(x0: DMatrix<f64>, n: usize) -> DMatrix<f64> {
    let m1 = softmax(
        &(0.2
            * (x0.columns(0, 1).norm()
                * DMatrix::identity(4, 3)
                * tanh(&(0.05 * (x0.row(3).norm_squared() * DMatrix::identity(3, 4)))))),
    );
    let c2 = m1.nrows() as f64;
    let mut acc3: f64 = 0.5;
    if m1.rows(0, 4).norm_squared() + c2 < 2.0 {
        let mut acc4: DMatrix<f64> = DMatrix::from_element(4, 4, 2.0);
        for _ in 0..n {
            acc4 -= acc3 * DMatrix::identity(4, 1) * x0.rows(3, 1).into_owned();
        }
        acc3 = acc3.tanh()
            + (0.01
                * ((2.0 + c2.sin()).ln().max((DVector::from_column_slice(&[-0.25]) * c2).norm())
                    + acc4.norm_squared()))
            .tanh();
    }
    add_bias(&m1.transpose(), &m1.column(2).into_owned()) * (0.5 * acc3).exp()
        + DMatrix::from_element(4, 4, 1.0) * x0.sum()
}

#[test]
fn check_f053() {
    passes_at_random_points(53, "f053", |rng| f053::check(rng.matrix(4, 4), 2));
}

#[differentiable]
fn f054(x0: DVector<f32>, x1: &DMatrix<f32>, x2: &f32, case: usize) -> f32 {
    let v1: DVector<f32> = *x2
        * (0.05 * (DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * x0.norm_squared()))
            .map(|e| e.tanh());
    let s2 = f021(*x2, *x2, 0);
    (0.02 * (f035(s2, case) + x1.sum() + v1.norm_squared())).tanh() + (x0.sum() + x1.sum() + *x2)
}

#[test]
fn check_f054() {
    passes_at_random_points(54, "f054", |rng| {
        f054::check(rng.vector(4), &rng.matrix(3, 4), &rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f055(x0: &DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> DMatrix<f64> {
    let s3 = match case {
        0 => (0.01 * x1.norm_squared()).tanh(),
        1 | 2 => {
            let m1 = x0[(2, 2)] * DMatrix::identity(4, 4) * x1;
            (0.05
                * (m1.mean()
                    - (0.05 * m1.column(0).sum()).tanh()
                    - (0.2 * x1.column(1).sum()).powi(2)))
            .sin()
        }
        _ => {
            let s2 = (0.02
                * (x0.sum() / (1.0 + (0.5 * x0.rows(1, 3).mean()).powi(2))
                    * cross_entropy(
                        &(x0.column(2).mean() * DMatrix::identity(2, 4)),
                        &[1, 0, 0, 1],
                    )))
            .sin();
            (0.05 * f051(&(s2 * DMatrix::identity(5, 2)), 3)).tanh()
        }
    };
    assert_eq!(x1.shape(), (4, 4));
    sigmoid(&(0.05 * (x1 * x1 + x0))) * s3.exp()
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f055() {
    passes_at_random_points(55, "f055", |rng| {
        f055::check(&rng.matrix(4, 4), &rng.matrix(4, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f056(x0: f64, q: &TwoLayer) -> f64 {
    let v1 = add_bias(&DMatrix::zeros(2, 4), &q.first.b)
        * (DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * q.gain);
    let mut acc2 = (q.second.w.columns(1, 1).mean() * x0)
        .max((0.05 * f002(q.gain, q.first.w.rows(0, 1).norm(), 3)).tanh());
    acc2 = acc2 * 0.5 + (0.5 * x0).abs().tanh();
    acc2 /= 2.0 + (0.5 * q.gain).sin().cos();
    let v3 = &q.first.b * acc2;
    (0.01
        * ((0.01 * (x0 / (1.0 + (0.5 * x0).powi(2)) + v1.norm_squared())).sin()
            + v3.norm_squared()))
    .tanh()
        + (x0 + q.first.w.sum() + q.first.b.sum() + q.second.w.sum() + q.second.b.sum() + q.gain)
}

#[test]
fn check_f056() {
    passes_at_random_points(56, "f056", |rng| {
        f056::check(
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
fn f057(x0: f64, x1: DMatrix<f64>, p: &TwoLayer, n: usize) -> DVector<f64> {
    let c1: DVector<f64> = DVector::zeros(4);
    let mut acc2: DVector<f64> = DVector::zeros(3);
    for _ in 0..n {
        acc2 /= 2.0 + (0.5 * x0).sin().sin();
    }
    for i in 0..p.first.b.len() {
        let x1 = tanh(&(0.5 * &x1)) + f053(x1.clone(), 2);
        acc2 = (0.5 * &acc2).map(|e| e.tanh())
            + (0.05
                * (p.second
                    .w
                    .column(i)
                    .into_owned()
                    .component_div(&p.second.b.map(|e| e * e + 0.5))
                    * (0.01 * x1.sum()).exp()))
            .map(|e| e.tanh());
    }
    &c1 * (0.2 * acc2.mean()).exp()
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
fn check_f057() {
    passes_at_random_points(57, "f057", |rng| {
        f057::check(
            rng.scalar(),
            rng.matrix(4, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            2,
        )
    });
}

#[differentiable]
fn f058(x0: &DMatrix<f64>, x1: &DMatrix<f64>, n: usize, flag: bool) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 4, 0.5);
    if acc1.sum() < 2.0 {
        for _ in 0..n {
            acc1 = acc1.map(|e| e.sin()) + tanh(&(0.5 * x1)).transpose();
        }
        acc1 = tanh(&(0.5 * &acc1)) + x0;
    } else if flag {
        acc1 = &acc1 * 0.5 + softmax(x1);
    } else {
        let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 4, 0.4);
        acc2 -= softmax(&(0.2 * (x0 * x1.mean())));
        acc2 = &acc2 * 0.5 + &acc1;
        acc1 +=
            softmax(&(0.05 * (x1.mean() * DMatrix::identity(4, 4) * x0 - f053(acc2.clone(), 2))));
    }
    let mut acc3: f64 = 1.0;
    if flag {
        acc3 = acc3.tanh()
            + (f032((0.01 * x1.norm_squared()).sin(), 1.25)
                + (0.5 * (0.05 * x1.columns(3, 1).norm_squared()).sin().tanh()).tan());
    } else if n > 2 {
        acc3 = acc3 * 0.5 + (acc1.sum().powi(2) + 0.5).sqrt();
    } else {
        if acc1.mean() > 0.5 {
            assert_eq!(x1.shape(), (4, 4));
            acc3 = acc3 * 0.5 + (0.1 * acc1.sum()).exp();
        }
        acc3 = acc3.sin() + x0.rows(0, 4).norm();
    }
    let acc1 = acc1.map(|e| e.sin());
    tanh(&(0.02 * (x1 * acc3)))
        + x0
        + &acc1
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f058() {
    passes_at_random_points(58, "f058", |rng| {
        f058::check(&rng.matrix(4, 4), &rng.matrix(4, 4), 3, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f059(x0: &DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> f64 {
    assert_eq!(x0.shape(), (4, 4));
    let x1 = tanh(&(0.5 * x1));
    assert_eq!(x1.shape(), (3, 3));
    f001(&x1.mean(), &(x1.mean() * DMatrix::identity(3, 1)), case, &[0, 1, 0])
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f059() {
    passes_at_random_points(59, "f059", |rng| {
        f059::check(&rng.matrix(4, 4), &rng.matrix(3, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f060(x0: f32, x1: &DMatrix<f32>, flag: bool, case: usize) -> f32 {
    let m2 = match case {
        0 => softmax(&(0.2 * (x0 * (x0 * DMatrix::identity(5, 5))))),
        1 | 2 => relu(&(x0 * DMatrix::identity(5, 5))),
        _ => {
            let s1 = match case {
                0 => {
                    let x0 = x0.sin();
                    x0 - x1.mean()
                }
                1 | 2 => {
                    assert_eq!(x1.shape(), (5, 4));
                    x1.mean()
                }
                _ => f005(
                    &(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x0)
                        .map(|e| -(0.5 * e).powi(2)),
                    &DVector::from_element(3, 1.25),
                    flag,
                    case,
                ),
            };
            softmax(&(0.01 * (x1.norm_squared() * DMatrix::identity(5, 5)))) * (0.05 * s1).exp()
        }
    };
    assert_eq!(m2.shape(), (5, 5));
    let mut acc3: DMatrix<f32> = DMatrix::from_element(5, 4, 0.25);
    if x0 < (0.5 * x0).tanh() {
        let mut acc4: DMatrix<f32> = DMatrix::zeros(5, 4);
        for i in 0..x1.ncols() {
            acc4 *= acc3[(2, i)].tanh();
        }
        acc3 = &acc3 * 0.5
            + (softmax(&(0.5 * x1.map(|e| f042(e / (2.0 + (0.5 * e).tanh()), true)))) + &acc4);
    } else if x0 > (0.5 * x0).tanh() {
        let m5: DMatrix<f32> = x1.transpose().transpose();
        acc3 = &acc3 * 0.5 + (x1.mean() * &m5).component_mul(&sigmoid(&(0.5 * &m5)));
    } else {
        acc3 = tanh(&acc3) + add_bias(x1, &x1.column(3).into_owned());
    }
    (0.05
        * f052(
            &(x0 * DMatrix::identity(3, 3)),
            DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * x0,
            4,
        ))
    .tanh()
        + acc3.mean()
        + (x0 + x1.sum())
}

#[test]
fn check_f060() {
    passes_at_random_points(60, "f060", |rng| {
        f060::check(rng.scalar(), &rng.matrix(5, 4), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f061(x0: DVector<f64>, x1: &DMatrix<f64>, case: usize) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(3);
    for i in 0..x0.len() {
        for j in 0..x0.len() {
            acc1 += (0.2 * (DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x0[j] + &x0))
                .map(|e| e.tanh());
        }
        assert_eq!(acc1.len(), 3);
        acc1 = (0.1 * &acc1).map(|e| e.tanh()) + (0.1 * (x1.row(i).norm() * &x0)).map(|e| e.tanh());
    }
    let m4 = {
        let v2 = (0.05 * f051(&(x0[0] * DMatrix::identity(5, 2)), case)).tanh()
            * (0.05 * f003(x0.clone(), (0.01 * x1.norm_squared()).sin(), 1.5, case))
                .map(|e| e.tanh());
        let v3 = match case {
            0 => &acc1 * v2[1],
            1 | 2 => {
                acc1 -= (&x0 / (1.0 + (0.2 * x1.rows(3, 1).sum()).powi(2))).component_mul(
                    &(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x1.rows(0, 3).mean() - &x0),
                );
                (0.05
                    * f003(
                        DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x0.sum(),
                        (0.05 * acc1[0]).tanh(),
                        1.5,
                        case,
                    ))
                .map(|e| e.tanh())
            }
            _ => acc1.mean() * &v2 + -&acc1,
        };
        tanh(&(0.05 * (x1.component_div(&x1.map(|e| 2.0 + e.sin())) * (0.5 * v2.sum()).exp())))
            * (0.05 * v3.sum()).exp()
    };
    let m5 = add_bias(&x1.rows(1, 3).into_owned(), &x0);
    (0.01
        * mse(
            &add_bias(&DMatrix::zeros(3, 3), &x0),
            &(m5.columns(1, 1).sum() * DMatrix::identity(3, 3)),
        ))
    .sin()
        + m4.sum()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f061() {
    passes_at_random_points(61, "f061", |rng| {
        f061::check(rng.vector(3), &rng.matrix(4, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f062(x0: f64, x1: &DVector<f64>, x2: DMatrix<f64>) -> f64 {
    let mut acc1: f64 = 0.5;
    for _ in 0..2_usize {
        let mut acc2: DVector<f64> = DVector::zeros(3);
        for _ in 0..3_usize {
            acc2 += x1.map(|e| (0.5 * e).tanh());
            acc2 += (0.02
                * (add_bias(&DMatrix::zeros(3, 3), x1) * x1).component_div(
                    &x1.component_div(&x1.map(|e| e * e + 0.5)).map(|e| 2.0 + e.sin()),
                ))
            .map(|e| e.tanh());
        }
        acc1 *= (0.1
            * f016(
                &sigmoid(&(0.05 * (&x2 * add_bias(&DMatrix::zeros(3, 5), &acc2)))),
                (0.5 * (0.5 * x0).tanh()).tan(),
                2,
                true,
            ))
        .tanh();
    }
    let m3 = x0 * DMatrix::identity(4, 4) * &x2;
    (0.01
        * ((0.05 * mse(&(acc1 * DMatrix::identity(3, 3)), &x2.rows(0, 3).into_owned())).sin()
            + m3.norm_squared()))
    .tanh()
        + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f062() {
    passes_at_random_points(62, "f062", |rng| {
        f062::check(rng.scalar(), &rng.vector(3), rng.matrix(4, 3))
    });
}

#[differentiable]
fn f063(x0: DVector<f64>, x1: f64, p: &TwoLayer) -> DMatrix<f64> {
    let v1 = p
        .first
        .w
        .column(0)
        .into_owned()
        .map(|e| (0.05 * f002(e, (0.05 * f002(e, e, 3)).tanh(), 3)).tanh());
    let s3 = if x1 > 0.5 {
        p.first.b[0]
    } else if (x1.powi(2) + 0.5).sqrt() > 0.75 {
        let m2 = ln(&p.first.w.map(|e| e * e + 0.5));
        (0.5 * x1).powi(3) + m2.sum()
    } else {
        (0.05
            * f034(
                &(DVector::from_column_slice(&[0.5, -0.25]) * x1),
                x1,
                &(DVector::from_column_slice(&[0.75, -0.5]) * x1),
                &p.first,
            ))
        .tanh()
    };
    tanh(
        &(0.05
            * ((x1 * DMatrix::identity(2, 2)).transpose()
                * (0.02 * x0.norm_squared()).exp()
                * (0.2 * v1.norm_squared()).exp())),
    ) * (0.05 * s3).exp()
        + DMatrix::from_element(2, 2, 1.0)
            * (x0.sum()
                + x1
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f063() {
    passes_at_random_points(63, "f063", |rng| {
        f063::check(
            rng.vector(4),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f064(x0: DVector<f64>, x1: f64, q: &TwoLayer, n: usize, case: usize) -> f64 {
    let m1 = (q.gain * DMatrix::identity(3, 3) + q.second.b[0] * DMatrix::identity(3, 3))
        * tanh(&(0.5 * &q.first.w));
    let m3 = match case {
        0 => sigmoid(&(0.02 * (x1 * DMatrix::identity(3, 3) * &m1))),
        1 | 2 => {
            let c2: DMatrix<f64> = DMatrix::zeros(3, 3);
            tanh(
                &(0.05
                    * (q.second.w.map(|e| (e.powi(2) + 1.0).ln().powi(3)).transpose()
                        * c2.norm_squared().exp())),
            )
        }
        _ => softmax(&add_bias(&DMatrix::zeros(3, 2), &x0)),
    };
    let mut acc4 = x0.clone();
    for _ in 0..q.first.w.nrows() {
        for _ in 0..n {
            acc4 /= 2.0 + (0.5 * x1.min(q.gain)).tanh();
        }
        acc4 = acc4.map(|e| e.sin()) + (0.2 * (&q.first.b - &x0)).map(|e| e.tanh());
    }
    (0.05 * (x1 + x0[0] + m1.sum())).tanh()
        + m3.mean()
        + acc4.mean()
        + (x0.sum()
            + x1
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f064() {
    passes_at_random_points(64, "f064", |rng| {
        f064::check(
            rng.vector(3),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(2, 3), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            4,
            rng.int(0, 3),
        )
    });
}

#[differentiable(wrt(x0))]
fn f065(x0: &DVector<f32>, p: TwoLayer32) -> f32 {
    let v1: DVector<f32> =
        DVector::from_column_slice(&[-1.0]) * p.gain - DVector::from_column_slice(&[0.3]) * p.gain;
    let c2: f32 = 1.25;
    ((0.05 * (cross_entropy(&p.first.w.rows(0, 3).into_owned(), &[2]) + x0.norm_squared())).tanh()
        + v1.mean())
        * (0.5 * c2).exp()
        + (x0.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f065() {
    passes_at_random_points(65, "f065", |rng| {
        f065::check(
            &rng.vector(3),
            TwoLayer32 {
                first: Affine32 { w: rng.matrix(4, 1), b: rng.vector(4) },
                second: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f066(x0: DVector<f32>, x1: &DMatrix<f32>, x2: DMatrix<f32>) -> f32 {
    let s1 = (0.05 * x1.norm_squared()).sin().min(x1.columns(0, 2).norm());
    let mut acc2: DVector<f32> = DVector::zeros(2);
    for _ in 0..x0.len() {
        let s1 = s1 * 0.5 + x0[1];
        acc2 /= 2.0
            + (0.05
                * cross_entropy(
                    &(s1 * DMatrix::identity(3, 3) + x0.sum() * DMatrix::identity(3, 3)),
                    &[0, 1, 0],
                ))
            .tanh()
            .tanh();
    }
    assert_eq!(x0.len(), 2);
    s1 + x1.mean() + x2.mean() + acc2.mean() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f066() {
    passes_at_random_points(66, "f066", |rng| {
        f066::check(rng.vector(2), &rng.matrix(2, 2), rng.matrix(2, 2))
    });
}

#[differentiable]
fn f067(x0: f32, x1: &DMatrix<f32>) -> DMatrix<f32> {
    let c1 = x1.nrows() as f32;
    let mut acc2 = ((c1 / (1.0 + c1.powi(2))).powi(2) + 1.0).ln();
    for i in 0..3_usize {
        for _ in 0..x1.ncols() {
            acc2 *= (0.05 * (x0 - c1 + mse(x1, &tanh(&(0.5 * x1))))).tanh().sin();
        }
        let m3 = x1 / (1.0 + x1.norm_squared());
        acc2 /= 2.0 + (0.2 * ((0.2 * (c1 * (i as f32 + 0.5))).powi(2) + m3.mean())).cos();
    }
    add_bias(&x1.transpose(), &x1.column(1).into_owned()) * (0.2 * acc2).exp()
        + DMatrix::from_element(2, 2, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f067() {
    passes_at_random_points(67, "f067", |rng| f067::check(rng.scalar(), &rng.matrix(2, 2)));
}

#[differentiable]
fn f068(x0: &DMatrix<f64>, x1: DMatrix<f64>, x2: &DMatrix<f64>, q: &Affine, flag: bool) -> f64 {
    let c1: DVector<f64> = DVector::zeros(3);
    let mut acc2: DVector<f64> = DVector::zeros(3);
    if !flag {
        acc2 /=
            2.0 + (0.1 * ((x0.columns(0, 3).mean() - x0[(0, 1)]) * (c1[0] - q.b.mean()))).tanh();
    }
    (0.05 * ((acc2[0] * x0.column(2).norm() + x1.sum() + x2.mean()) * c1.mean().exp())).tanh()
        + (x0.sum() + x1.sum() + x2.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f068() {
    passes_at_random_points(68, "f068", |rng| {
        f068::check(
            &rng.matrix(3, 3),
            rng.matrix(3, 3),
            &rng.matrix(3, 3),
            &Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f069(x0: &DMatrix<f64>, x1: &DVector<f64>) -> f64 {
    let s1 = x1.sum() / (2.0 + (0.5 * x1[0]).tanh());
    let v2 = f026(s1 * DMatrix::identity(5, 2));
    (0.05 * ((0.02 * (x1.mean() + s1 + x0.norm_squared())).tanh() + v2.sum())).tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f069() {
    passes_at_random_points(69, "f069", |rng| f069::check(&rng.matrix(2, 4), &rng.vector(2)));
}

#[differentiable(wrt(x0))]
fn f070(x0: &DVector<f64>, x1: &DVector<f64>, n: usize) -> f64 {
    let v1 = x1.component_mul(x1);
    let mut acc2: DVector<f64> = DVector::zeros(2);
    for i in 0..v1.len() {
        for _ in 0..n {
            acc2 += (0.05
                * (DVector::from_column_slice(&[-1.0, 0.25]) * v1.mean()).component_mul(x1))
            .map(|e| e.tanh());
            acc2 = (0.2 * &acc2).map(|e| e.tanh()) + (0.1 * (x0 - x1 * x0[i])).map(|e| e.tanh());
        }
        acc2 /= 1.0
            + (0.05
                * f049(
                    &(v1.mean() * DMatrix::identity(3, 3)),
                    &(v1.mean() * DMatrix::identity(1, 4)),
                    v1.sum(),
                ))
            .sin()
            .powi(2);
    }
    v1[0] + acc2.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f070() {
    passes_at_random_points(70, "f070", |rng| f070::check(&rng.vector(2), &rng.vector(2), 3));
}

#[differentiable]
fn f071(x0: &DMatrix<f64>, n: usize) -> f64 {
    let v1 = (0.05 * (x0.rows(0, 3).sum() * DMatrix::identity(4, 3) * x0.column(1).into_owned()))
        .map(|e| e.tanh());
    let m3 = if n > 2 {
        x0 * (0.02 * x0.norm_squared()).tanh()
    } else {
        let mut acc2: DMatrix<f64> = DMatrix::zeros(4, 3);
        for _ in 0..x0.nrows() {
            acc2 += ln(&tanh(&add_bias(&DMatrix::zeros(4, 3), &v1)).map(|e| e * e + 0.5));
        }
        sigmoid(&(0.2 * (acc2.row(3).norm() * DMatrix::identity(3, 2))))
    };
    let v4 = if x0.mean() < 1.25 {
        &v1 / (1.0 + m3.norm_squared())
    } else if x0[(0, 0)] < 1.5 {
        &v1 + &v1 * 0.5
    } else {
        v1.map(|e| e.min(e.sin()))
    };
    (0.05 * (f011(add_bias(&DMatrix::zeros(4, 2), &v1), x0[(0, 1)]) + m3.sum())).sin()
        + v4.mean()
        + x0.sum()
}

#[test]
fn check_f071() {
    passes_at_random_points(71, "f071", |rng| f071::check(&rng.matrix(3, 2), 2));
}

#[differentiable]
fn f072(x0: DMatrix<f64>) -> DMatrix<f64> {
    assert_eq!(x0.shape(), (3, 2));
    let m2 = {
        let m1: DMatrix<f64> = x0.clone();
        x0[(1, 0)] * DMatrix::identity(3, 3) * &x0 + &m1
    };
    &x0 * sigmoid(&(0.01 * (m2.columns(0, 1).norm_squared() * DMatrix::identity(2, 2))))
        + DMatrix::from_element(3, 2, 1.0) * x0.sum()
}

#[test]
fn check_f072() {
    passes_at_random_points(72, "f072", |rng| f072::check(rng.matrix(3, 2)));
}

#[differentiable]
fn f073(x0: &DMatrix<f64>) -> f64 {
    let v1 = x0 * x0.column(3).into_owned();
    let mut acc2 = relu(&(x0 + tanh(&(0.5 * x0))));
    acc2 = acc2.map(|e| e.sin()) + x0.transpose().map(|e| e / (2.0 + (0.5 * e).sin()));
    acc2 -= x0 * (0.01 * x0.norm_squared()).tanh();
    let v3 = v1.clone();
    (0.05 * ((0.02 * mse(&acc2, x0)).tanh() + v3.sum())).tanh() + x0.sum()
}

#[test]
fn check_f073() {
    passes_at_random_points(73, "f073", |rng| f073::check(&rng.matrix(4, 4)));
}

#[differentiable]
fn f074(x0: &DMatrix<f64>, x1: f64) -> f64 {
    let s2 = if x1 < x0.mean() {
        assert_eq!(x0.shape(), (4, 4));
        x1.min(x1 * 0.5) / (1.0 + f053(x0.clone(), 2).norm_squared())
    } else if x0.norm() < x1 {
        let c1: DMatrix<f64> = DMatrix::from_element(4, 4, 1.25);
        (x1 - x1 * 0.5) * (0.2 * c1.sum()).exp()
    } else {
        (0.5 * x1).cos()
    };
    let x0 = tanh(&(0.5 * x0)) + (x1 * DMatrix::identity(4, 4)).component_div(&exp(&(0.2 * x0)));
    let mut acc3: DMatrix<f64> = DMatrix::zeros(4, 4);
    for _ in 0..x0.nrows() {
        acc3 -= tanh(&(0.2 * -relu(&x0.transpose())));
    }
    (0.01 * mse(&x0, &acc3)).sin() + s2 + (x0.sum() + x1)
}

#[test]
fn check_f074() {
    passes_at_random_points(74, "f074", |rng| f074::check(&rng.matrix(4, 4), rng.scalar()));
}

#[differentiable]
fn f075(x0: DMatrix<f64>) -> f64 {
    let mut acc1: f64 = 1.0;
    if acc1 < 0.5 {
        acc1 = acc1.sin()
            + (0.05 * x0.norm_squared()).sin().min(x0[(0, 1)])
                / (1.0
                    + tanh(&(0.05 * (&x0 * (x0.row(0).norm() * DMatrix::identity(3, 3)))))
                        .norm_squared());
    }
    assert_eq!(x0.shape(), (1, 3));
    let v2 = (0.02
        * ((acc1 * DMatrix::identity(1, 5) + (acc1 * DMatrix::identity(1, 5)).map(|e| e.sin()))
            * (DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75, 0.4]) * acc1)))
        .map(|e| e.tanh());
    (0.02 * f074(&(acc1 * DMatrix::identity(4, 4)), x0.mean())).tanh() + v2.sum() + x0.sum()
}

#[test]
fn check_f075() {
    passes_at_random_points(75, "f075", |rng| f075::check(rng.matrix(1, 3)));
}

#[differentiable]
fn f076(x0: &DMatrix<f64>) -> f64 {
    let c1: f64 = 2.0;
    let mut acc2: DMatrix<f64> = DMatrix::zeros(5, 5);
    if (0.05 * (c1 * x0.sum())).tanh() > 0.75 {
        acc2 -= x0.map(|e| {
            let t3 = e;
            t3 * 0.5
        });
    } else if c1.max(x0[(3, 3)]) > c1 {
        let m4 = softmax(&acc2);
        acc2 = tanh(&acc2) + (-x0 + &m4);
    } else {
        acc2 *= (0.5 * (c1 - (0.01 * x0.norm_squared()).tanh())).abs().cos();
    }
    c1 * x0.mean() + acc2.mean() + x0.sum()
}

#[test]
fn check_f076() {
    passes_at_random_points(76, "f076", |rng| f076::check(&rng.matrix(5, 5)));
}

#[differentiable]
fn f077(x0: &DMatrix<f64>, x1: DVector<f64>, n: usize, flag: bool) -> f64 {
    let m1 = x0 * x0.rows(0, 2).into_owned();
    let m3 = if flag {
        x0 * (x1[3] * DMatrix::identity(2, 2))
    } else {
        let m2 = if n > 3 {
            &m1 + x0
        } else {
            &m1 * sigmoid(&(0.02 * (x0.norm_squared() * DMatrix::identity(2, 2))))
                / (2.0 + (0.1 * (m1[(2, 0)].powi(2) + 0.5).sqrt()).sin())
        };
        softmax(
            &(0.05
                * add_bias(
                    &m2.transpose(),
                    &(DVector::from_column_slice(&[-0.25, 1.0]) * m1[(2, 1)]),
                )),
        )
        .transpose()
    };
    let mut acc4 = log_softmax(&(0.2 * (m3[(1, 1)] * DMatrix::identity(2, 4))));
    for i in 0..x1.len() {
        for _ in 0..n {
            acc4 *= (0.5
                * ((x1[i] - (0.05 * x1.norm_squared()).tanh())
                    * (0.05 * m1.columns(1, 1).sum()).tanh()))
            .tanh();
        }
        for j in 0..n {
            acc4 = acc4.map(|e| e.sin())
                + tanh(
                    &(0.5
                        * (x0.row(i).mean() * DMatrix::identity(2, 4) / (1.0 + m3.norm_squared()))),
                );
            acc4 += tanh(
                &(0.1
                    * add_bias(
                        &(x0[(j, 0)] * DMatrix::identity(2, 4)),
                        &(DVector::from_column_slice(&[-1.0, 0.25]) * m1.mean()),
                    )),
            );
        }
        acc4 = acc4.map(|e| e.sin())
            + softmax(
                &(0.02 * (x0.rows(1, 2).into_owned() * (m3[(i, 0)] * DMatrix::identity(2, 4)))),
            ) * ((0.01 * m3.norm_squared()).tanh()
                / (2.0 + (0.05 * m1.column(0).sum()).tanh().sin()));
    }
    (0.2 * acc4.row(1).mean()).abs() + (x0.sum() + x1.sum())
}

#[test]
fn check_f077() {
    passes_at_random_points(77, "f077", |rng| {
        f077::check(&rng.matrix(4, 2), rng.vector(4), 4, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f078(x0: DVector<f64>, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let m1 = if (0.01 * x1.norm_squared()).sin() - x0.mean() > x1.column(0).sum() {
        tanh(&(0.5 * x1))
    } else {
        f053(x1 * x1, 2)
    };
    let m2: DMatrix<f64> = log_softmax(&(x1.mean() * DMatrix::identity(5, 5)));
    tanh(
        &(0.02
            * ((ln(&exp(&(0.2 * add_bias(&DMatrix::zeros(4, 4), &x0)))) + &m1)
                * (0.02 * m2.sum()).exp())),
    ) + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f078() {
    passes_at_random_points(78, "f078", |rng| f078::check(rng.vector(4), &rng.matrix(4, 4)));
}

#[differentiable]
fn f079(x0: &f64, x1: f64, case: usize, labels: &[usize]) -> f64 {
    let v3 = match case {
        0 => {
            let s1 = if x1 * *x0 > 2.0 {
                let x0 = x0.sin();
                (0.05 * f046(&(x1 * DMatrix::identity(3, 5)))).tanh()
                    + (x0 * DMatrix::identity(3, 2)).dot(&(x1 * DMatrix::identity(3, 2)))
            } else {
                f071(&-(x1 * DMatrix::identity(3, 2)), 2)
            };
            (0.05
                * f003(
                    x1 * DMatrix::identity(3, 2) * (DVector::from_column_slice(&[-0.5, 0.3]) * x1),
                    *x0 / (2.0 + (0.5 * x1).tanh()),
                    1.5,
                    2,
                ))
            .map(|e| e.tanh())
                * (0.1 * s1).exp()
        }
        1 | 2 => {
            DVector::from_column_slice(&[0.5, -0.25, 1.0]) * *x0
                + DVector::from_column_slice(&[0.75, -0.5, 0.3]) * *x0
        }
        _ => {
            let mut acc2: f64 = 0.0;
            match case {
                0 => {
                    acc2 += (0.05
                        * f015(
                            &(*x0 * DMatrix::identity(4, 4)),
                            &(*x0 * DMatrix::identity(4, 3)),
                            0,
                        ))
                    .tanh();
                    acc2 *= (0.2 * (*x0 * DMatrix::identity(2, 2)).sum()).cos();
                }
                1 | 2 => {
                    acc2 /= 1.0 + (0.5 * (x1 * DMatrix::identity(3, 2)).mean()).powi(2);
                }
                _ => {
                    acc2 = acc2 * 0.5 + cross_entropy(&(*x0 * DMatrix::identity(3, 2)), labels);
                }
            }
            DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * *x0 * (0.1 * acc2).exp()
        }
    };
    let c4: DMatrix<f64> = DMatrix::zeros(2, 2);
    (0.02 * ((x1 / (2.0 + (0.5 * x1).tanh()) + v3.sum()) * c4.norm_squared().exp())).tanh()
        + (*x0 + x1)
}

#[test]
fn check_f079() {
    passes_at_random_points(79, "f079", |rng| {
        f079::check(&rng.scalar(), rng.scalar(), rng.int(0, 3), &[0, 2])
    });
}

#[differentiable]
fn f080(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: &DMatrix<f64>, n: usize) -> f64 {
    let m2 = if n > 2 {
        x1 + x0
    } else {
        let m1 = -x2;
        tanh(
            &(0.02
                * ((-(x0.row(0).norm_squared() * DMatrix::identity(2, 4))).transpose()
                    * (0.01 * m1.norm_squared()).exp())),
        )
    };
    let m3: DMatrix<f64> = x0.component_mul(x0);
    (0.01
        * ((0.05
            * (f023(&sigmoid(&(0.01 * (x2.norm_squared() * DMatrix::identity(4, 3)))))
                + x1.mean()
                + m2.mean()))
        .tanh()
            + m3.norm_squared()))
    .tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f080() {
    passes_at_random_points(80, "f080", |rng| {
        f080::check(&rng.matrix(4, 2), &rng.matrix(4, 2), &rng.matrix(4, 4), 4)
    });
}

#[differentiable]
fn f081(x0: DMatrix<f64>, x1: f64, q: TwoLayer) -> DMatrix<f64> {
    assert_eq!(x0.shape(), (2, 2));
    let c1 = q.first.b.len() as f64;
    sigmoid(&(0.05 * (x0.component_div(&x0.map(|e| e * e + 0.5)) * (0.2 * x1).exp())))
        * (0.2 * c1).exp()
        + DMatrix::from_element(2, 2, 1.0)
            * (x0.sum()
                + x1
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f081() {
    passes_at_random_points(81, "f081", |rng| {
        f081::check(
            rng.matrix(2, 2),
            rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f082(x0: &DMatrix<f32>, x1: &DMatrix<f32>) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::zeros(2, 3);
    acc1 = acc1.map(|e| e.sin()) + add_bias(x1, &x1.column(1).into_owned());
    acc1 *= (0.5 * (0.02 * x1.norm_squared()).tanh().tanh()).tan().sin();
    let m2 = x1.clone();
    let mut acc3: DMatrix<f32> = DMatrix::zeros(1, 2);
    if x1.column(1).sum() < 0.3 {
        let x0 = tanh(&(0.5 * x0));
        acc1 -= add_bias(&(x1[(1, 2)] * DMatrix::identity(2, 1)), &m2.column(1).into_owned())
            * softmax(&(acc3.norm_squared() * DMatrix::identity(1, 3)));
        acc3 += add_bias(&x0, &x0.column(1).into_owned())
            / (2.0
                + (0.05
                    * f066(
                        DVector::from_column_slice(&[1.0, 0.75]) * x0[(0, 0)],
                        &(x0.row(0).norm_squared() * DMatrix::identity(2, 2)),
                        acc1.column(0).norm() * DMatrix::identity(2, 2),
                    ))
                .sin()
                .tanh());
    }
    (0.02
        * ((0.05 * ((0.05 * (x0.row(0).norm_squared() + x1[(1, 1)])).tanh() + acc1.sum())).tanh()
            + m2.norm_squared()))
    .tanh()
        + acc3.norm_squared()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f082() {
    passes_at_random_points(82, "f082", |rng| f082::check(&rng.matrix(1, 2), &rng.matrix(2, 3)));
}

#[differentiable]
fn f083(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: f64, p: &TwoLayer) -> f64 {
    let m1 = x2 * DMatrix::identity(1, 5);
    let m2 = p.first.w.clone();
    assert_eq!(m2.shape(), (2, 2));
    (0.05 * (x2 - p.gain + x0.mean() + x1.sum())).sin()
        + m1.mean()
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
fn check_f083() {
    passes_at_random_points(83, "f083", |rng| {
        f083::check(
            &rng.matrix(4, 4),
            &rng.matrix(4, 4),
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
fn f084(x0: f64, x1: f64, n: usize, case: usize, labels: &[usize]) -> DMatrix<f64> {
    let mut acc1 = (0.5 * x0).powi(3);
    match case {
        0 => {
            let c2: DVector<f64> = DVector::zeros(3);
            acc1 = acc1.sin() + cross_entropy(&(c2[2] * DMatrix::identity(2, 3)), labels);
        }
        1 | 2 => {
            acc1 /= 2.0 + (0.5 * (x1 / (1.0 + (0.5 * x1).powi(2)))).sin().sin();
        }
        _ => {
            acc1 += (2.0 + x1.sin()).ln();
        }
    }
    let s4 = if n > 2 {
        acc1 -= (1.0 + (DVector::from_column_slice(&[1.0, 0.75]) * x1).mean().powi(2))
            .powf(0.5 * (0.5 * x1).tanh());
        cross_entropy(&(x0 * DMatrix::identity(3, 3)), &[1, 1, 1]) / (2.0 + (0.5 * x0).abs().cos())
    } else if x0 - acc1 < 1.5 {
        let mut acc3: f64 = 0.0;
        acc3 = acc3.tanh() + (acc1.powi(2) + 0.5).sqrt();
        acc3 -= (0.2 * acc1).tanh().abs();
        acc1 + x0 + acc3
    } else {
        acc1 / (1.0 + (0.5 * x0).powi(2))
    };
    let mut acc5: f64 = 0.5;
    acc5 /= 2.0 + (0.1 * s4).sin();
    acc5 *= (0.5 * x0).tanh().powi(2).cos();
    sigmoid(
        &(0.05
            * (ln(&(acc1 * DMatrix::identity(2, 2)).map(|e| e * e + 0.5))
                * (0.2 * x1).exp()
                * acc5.exp())),
    ) + DMatrix::from_element(2, 2, 1.0) * (x0 + x1)
}

#[test]
fn check_f084() {
    passes_at_random_points(84, "f084", |rng| {
        f084::check(rng.scalar(), rng.scalar(), 4, rng.int(0, 3), &[1, 1, 1])
    });
}

#[differentiable]
fn f085(x0: &DMatrix<f64>, x1: f64, x2: &DMatrix<f64>, flag: bool, case: usize) -> f64 {
    let s1 = match case {
        0 => x2.rows(0, 4).norm(),
        1 | 2 => x1 / (2.0 + (0.1 * x0.columns(0, 4).sum()).cos()),
        _ => {
            (x1 + x1 * 0.5)
                / (1.0 + (0.1 * f007(&x0.column(2).into_owned(), x1, x1, case, &[0, 1, 0])).powi(2))
        }
    };
    let s3 = if flag {
        let s2: f64 = (1.0 + s1.powi(2)).powf(0.5 * (0.1 * x2.columns(0, 3).norm()).tanh())
            - (0.5 * (0.1 * s1).tanh()).tan();
        (0.01 * x0.norm_squared()).tanh().min(
            (0.05
                * f000(
                    x0,
                    &(DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x1),
                    &(x1 * DMatrix::identity(4, 3)),
                ))
            .tanh(),
        ) + s2
    } else {
        (s1 / (2.0 + (0.1 * s1).cos())).min(s1 / (1.0 + x2.norm_squared()))
    };
    (0.01 * (s1 / (2.0 + (0.1 * s1).cos()) + x0.norm_squared())).tanh()
        + x1
        + s3
        + (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f085() {
    passes_at_random_points(85, "f085", |rng| {
        f085::check(
            &rng.matrix(3, 4),
            rng.scalar(),
            &rng.matrix(4, 3),
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f086(x0: f64, x1: DMatrix<f64>, x2: &DMatrix<f64>, n: usize) -> f64 {
    let x0 = (0.5 * x0).tanh() + x0;
    assert_eq!(x1.shape(), (2, 4));
    let mut acc1 = (1.0 + x0.powi(2)).powf(0.5 * (0.5 * x0).tanh()).max((0.5 * x0).abs());
    for _ in 0..n {
        acc1 /= 2.0 + (0.5 * -x0).tanh();
    }
    (0.05 * ((0.2 * acc1).abs() + x2.norm_squared())).tanh() + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f086() {
    passes_at_random_points(86, "f086", |rng| {
        f086::check(rng.scalar(), rng.matrix(2, 4), &rng.matrix(2, 2), 3)
    });
}

#[differentiable]
fn f087(x0: f64) -> f64 {
    let s1 = (2.0 + x0.sin()).ln();
    let s1 = s1 * 0.5 + s1 / (2.0 + s1.sin());
    let s2 = s1.powi(2);
    (s1.powi(2) + 0.5).sqrt() + s2 + x0
}

#[test]
fn check_f087() {
    passes_at_random_points(87, "f087", |rng| f087::check(rng.scalar()));
}

#[differentiable]
fn f088(x0: DVector<f64>, case: usize) -> f64 {
    let v1 = if (0.05
        * f085(
            &add_bias(&DMatrix::zeros(3, 4), &x0),
            x0[2],
            &(x0[0] * DMatrix::identity(4, 3)),
            true,
            case,
        ))
    .tanh()
        < x0[2]
    {
        x0.component_div(
            &(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x0[2]
                - DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x0[2])
                .map(|e| 2.0 + e.sin()),
        )
    } else {
        x0.component_div(
            &(0.05 * (DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x0.norm_squared()))
                .map(|e| e.tanh())
                .map(|e| 2.0 + e.sin()),
        )
    };
    let m2 = relu(&add_bias(&DMatrix::zeros(3, 3), &x0)).map(|e| e - e.sin());
    (0.01
        * (f077(
            &softmax(&(0.01 * (v1.norm_squared() * DMatrix::identity(4, 2)))),
            DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * v1[2],
            4,
            false,
        ) + m2.norm_squared()))
    .sin()
        + x0.sum()
}

#[test]
fn check_f088() {
    passes_at_random_points(88, "f088", |rng| f088::check(rng.vector(3), rng.int(0, 3)));
}

#[differentiable]
fn f089(x0: DMatrix<f64>, x1: DMatrix<f64>, x2: &DMatrix<f64>) -> DMatrix<f64> {
    assert_eq!(x1.shape(), (5, 2));
    assert_eq!(x0.shape(), (2, 2));
    tanh(&(0.05 * (x1.transpose() * &x1))) * (0.2 * x2.mean()).exp()
        + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f089() {
    passes_at_random_points(89, "f089", |rng| {
        f089::check(rng.matrix(2, 2), rng.matrix(5, 2), &rng.matrix(5, 2))
    });
}

#[differentiable]
fn f090(x0: &DVector<f64>, x1: &DMatrix<f64>, p: &TwoLayer) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(1, 1, 0.3);
    if f086(p.gain, p.gain * DMatrix::identity(2, 4), &(x1.mean() * DMatrix::identity(2, 2)), 3)
        < x0.sum()
    {
        acc1 = tanh(&acc1)
            + (p.gain * DMatrix::identity(1, 1)).transpose().component_mul(
                &(p.gain * DMatrix::identity(1, 1)).map(|e| (0.05 * f002(e, e, 3)).tanh()),
            );
    }
    let m2 =
        add_bias(&softmax(&(0.01 * (p.second.w.norm_squared() * DMatrix::identity(3, 3)))), x0);
    let m4 = {
        let v3 = DVector::from_column_slice(&[0.25, 1.25]) * p.gain
            + DVector::from_column_slice(&[0.75, -0.5]) * p.gain;
        softmax(&(0.05 * (exp(&(0.5 * &m2)) * (0.01 * v3.norm_squared()).exp())))
    };
    p.gain.max(p.gain.sin())
        + acc1.sum()
        + m4.sum()
        + (x0.sum()
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
            &rng.vector(3),
            &rng.matrix(3, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                second: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f091(x0: &DMatrix<f32>, x1: &DVector<f32>, x2: &DMatrix<f32>, p: &TwoLayer32) -> f32 {
    let v1 = p.gain * x1;
    let s2 = p.gain + x2[(3, 0)];
    (0.02 * (p.gain / (2.0 + (0.2 * s2).cos()) + x0.norm_squared())).tanh()
        + v1.sum()
        + (x0.sum()
            + x1.sum()
            + x2.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f091() {
    passes_at_random_points(91, "f091", |rng| {
        f091::check(
            &rng.matrix(2, 5),
            &rng.vector(2),
            &rng.matrix(5, 2),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(4, 5), b: rng.vector(4) },
                second: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f092(
    x0: &DVector<f32>,
    x1: f32,
    q: &Affine32,
    n: usize,
    flag: bool,
    case: usize,
) -> DMatrix<f32> {
    let mut acc1 = x1 + x1.sin();
    acc1 += q.b[1];
    acc1 = acc1 * 0.5
        + f005(
            &(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * q.w.columns(0, 1).norm()),
            &DVector::from_element(3, 2.0),
            flag,
            case,
        );
    let mut acc2 = f041(acc1, add_bias(&DMatrix::zeros(4, 3), &q.b), 0);
    if (0.05 * mse(&(x1 * DMatrix::identity(4, 4)), &add_bias(&DMatrix::zeros(4, 4), x0))).sin()
        > x1
    {
        assert_eq!(x0.len(), 4);
        acc2 *= (0.1 * (acc1 * DMatrix::identity(1, 4)).mean()).cos();
    } else if flag {
        acc2 -= (0.02 * (x1 * acc1)).tanh();
    } else {
        let mut acc3: f32 = 0.5;
        for _ in 0..q.b.len() {
            assert_eq!(x0.len(), 4);
            acc3 *= (0.2 * q.b.sum()).cos();
        }
        acc2 -= (0.05 * ((x1 * DMatrix::identity(4, 4) * &q.w).mean() + acc3)).tanh();
    }
    let m6 = if n > 2 {
        let mut acc4: f32 = 0.5;
        acc4 = acc4.sin() + (acc2.powi(2) + 0.5).sqrt();
        &q.w * (0.05 * acc4).exp()
    } else {
        let v5: DVector<f32> = x1 * DMatrix::identity(4, 4) * q.w.column(0).into_owned();
        relu(&softmax(&q.w)) * (0.05 * v5.mean()).exp()
    };
    &q.w * (0.05 * acc2).exp()
        + &m6
        + DMatrix::from_element(4, 1, 1.0) * (x0.sum() + x1 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f092() {
    passes_at_random_points(92, "f092", |rng| {
        f092::check(
            &rng.vector(4),
            rng.scalar(),
            &Affine32 { w: rng.matrix(4, 1), b: rng.vector(4) },
            3,
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f093(x0: f64, x1: &DMatrix<f64>, case: usize) -> f64 {
    let v1 = match case {
        0 => {
            x0 * DMatrix::identity(4, 3)
                * (0.05
                    * (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x1.row(1).norm_squared()))
                .map(|e| e.tanh())
        }
        1 | 2 => -(DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * x0),
        _ => {
            x0 * DMatrix::identity(4, 3) * x1.column(2).into_owned()
                + DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x0
        }
    };
    let c2 = x1.ncols() as f64;
    (0.05 * (c2 / (2.0 + (0.5 * x0).cos()) + v1.mean())).tanh() + (x0 + x1.sum())
}

#[test]
fn check_f093() {
    passes_at_random_points(93, "f093", |rng| {
        f093::check(rng.scalar(), &rng.matrix(3, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f094(x0: &DMatrix<f64>, x1: &DVector<f64>, p: &Affine) -> DVector<f64> {
    let m1: DMatrix<f64> = x0.column(1).mean() * DMatrix::identity(4, 3);
    let mut acc2: DVector<f64> = DVector::zeros(1);
    acc2 = &acc2 * 0.5 + &p.b;
    let v3 = &p.b * (p.w.columns(0, 4).norm() / (1.0 + acc2.norm_squared()));
    (0.05
        * (((0.05 * (&p.b * acc2.norm_squared())).map(|e| e.tanh()) + x1)
            * (0.05 * m1.sum()).exp()
            + &v3))
        .map(|e| e.tanh())
        + DVector::from_element(1, 1.0) * (x0.sum() + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f094() {
    passes_at_random_points(94, "f094", |rng| {
        f094::check(
            &rng.matrix(1, 4),
            &rng.vector(1),
            &Affine { w: rng.matrix(1, 4), b: rng.vector(1) },
        )
    });
}

#[differentiable]
fn f095(x0: DMatrix<f64>, x1: DVector<f64>, q: &TwoLayer, n: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 4, 0.25);
    for _ in 0..n {
        acc1 -= softmax(&x0);
    }
    let v2 = x1.map(|e| (e.powi(2) + 0.5).sqrt());
    (0.05 * ((0.05 * f056(q.second.w.row(0).sum(), q)).tanh() + acc1.sum() + v2.sum())).sin()
        + (x0.sum()
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f095() {
    passes_at_random_points(95, "f095", |rng| {
        f095::check(
            rng.matrix(4, 4),
            rng.vector(4),
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
fn f096(x0: &DMatrix<f64>, x1: &DMatrix<f64>, p: TwoLayer) -> f64 {
    let c1: DVector<f64> = DVector::zeros(4);
    assert_eq!(p.first.w.shape(), (1, 4));
    (0.02 * (f073(&(c1[2] * DMatrix::identity(4, 4))) + x0.norm_squared())).tanh()
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
fn check_f096() {
    passes_at_random_points(96, "f096", |rng| {
        f096::check(
            &rng.matrix(2, 4),
            &rng.matrix(2, 2),
            TwoLayer {
                first: Affine { w: rng.matrix(1, 4), b: rng.vector(1) },
                second: Affine { w: rng.matrix(5, 1), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f097(x0: DMatrix<f64>, x1: f64, n: usize) -> f64 {
    let s1 = cross_entropy(&x0, &[0, 1, 1, 0]);
    let x0 = &x0 * 0.5;
    let s3 = if n > 2 {
        let c2: DMatrix<f64> = DMatrix::zeros(4, 2);
        (0.05
            * (f006(&(DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x1), x1, x1)
                * c2.sum().exp()))
        .tanh()
    } else {
        let x1 = x1 * 0.5;
        x1 / (2.0 + (0.1 * cross_entropy(&(s1 * DMatrix::identity(4, 2)), &[0, 3])).tanh())
    };
    (0.5 * x1).sin() + s1 + x0.sum() + s3 + (x0.sum() + x1)
}

#[test]
fn check_f097() {
    passes_at_random_points(97, "f097", |rng| f097::check(rng.matrix(2, 4), rng.scalar(), 2));
}

#[differentiable]
fn f098(x0: &DMatrix<f32>, x1: f32, x2: DMatrix<f32>, n: usize) -> f32 {
    let x1 = (0.5 * x1).tanh();
    let mut acc1: DMatrix<f32> = DMatrix::from_element(3, 4, 1.5);
    if n > 2 {
        assert_eq!(acc1.shape(), (3, 4));
        acc1 = &acc1 * 0.5 + x2.transpose();
    }
    for i in 0..n {
        let s3 = {
            let s2 = x1 + i as f32;
            (2.0 + s2.sin()).ln()
        };
        acc1 /= 2.0 + (0.5 * ((s3 - x1) / (1.0 + (x1.powi(2) + 1.0).ln().powi(2)))).tanh();
    }
    (0.05 * (x1 + x1.sin() + x0.mean() + x2.sum() + acc1.sum())).tanh() + (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f098() {
    passes_at_random_points(98, "f098", |rng| {
        f098::check(&rng.matrix(3, 4), rng.scalar(), rng.matrix(4, 3), 2)
    });
}

#[differentiable(wrt(x0))]
fn f099(x0: &DMatrix<f64>, x1: &f64, q: &TwoLayer) -> DVector<f64> {
    let v3 = {
        let s1 = *x1;
        let mut acc2: f64 = 0.5;
        for i in 0..x0.nrows() {
            acc2 *= (0.05
                * mse(
                    &(s1 * DMatrix::identity(1, 1)),
                    &(q.second.w[(i, 0)] * DMatrix::identity(1, 1)),
                ))
            .tanh()
            .min(-(0.05 * x0.columns(1, 1).norm_squared()).tanh())
            .cos();
        }
        (DVector::from_column_slice(&[0.25]) * acc2)
            .component_div(&(DVector::from_column_slice(&[0.75]) * s1).map(|e| e * e + 0.5))
    };
    let v4 = add_bias(&DMatrix::zeros(2, 4), &q.first.b)
        * (DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * *x1);
    let s5 = (2.0 + (1.0 + q.gain.powi(2)).powf(0.5 * (0.5 * *x1).tanh()).sin()).ln();
    (0.05 * (&q.second.b * (0.01 * v3.norm_squared()).exp() * (0.05 * v4.mean()).exp()))
        .map(|e| e.tanh())
        * (0.5 * s5).exp()
        + DVector::from_element(3, 1.0)
            * (x0.sum()
                + *x1
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f099() {
    passes_at_random_points(99, "f099", |rng| {
        f099::check(
            &rng.matrix(3, 4),
            &rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f100(x0: &DMatrix<f64>, q: TwoLayer) -> f64 {
    let m1: DMatrix<f64> = ln(&x0.map(|e| e * e + 0.5));
    let v4 = {
        let m2 = log_softmax(&q.first.w);
        let mut acc3 = sigmoid(
            &(0.05
                * (add_bias(&DMatrix::zeros(2, 5), &q.second.b)
                    * (q.gain * DMatrix::identity(5, 3)))),
        );
        acc3 /= 2.0
            + ((0.1 * m2.sum()).abs()
                / (1.0 + softmax(&(q.gain * DMatrix::identity(3, 2))).norm_squared()))
            .tanh();
        (0.02 * (m1.sum() * &q.first.b * (0.2 * acc3.sum()).exp())).map(|e| e.tanh())
    };
    assert_eq!(v4.len(), 3);
    (0.5 * q.gain).exp()
        + (x0.sum()
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
            &rng.matrix(2, 2),
            TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(2, 3), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f101(x0: f64, flag: bool, case: usize, labels: &[usize]) -> DMatrix<f64> {
    let mut acc1: f64 = 0.5;
    if x0 < acc1 {
        let s3 = {
            let s2 = f007(
                &(DVector::from_column_slice(&[0.5, -0.25, 1.0]) * x0),
                acc1,
                acc1,
                case,
                &[0, 1, 0],
            );
            acc1 /= 2.0 + (0.1 * (s2 - x0)).tanh();
            (0.5 * acc1.tanh()).tan()
        };
        acc1 /= 2.0
            + (0.5
                * (0.05
                    * f049(&(x0 * DMatrix::identity(3, 3)), &(s3 * DMatrix::identity(1, 4)), s3))
                .tanh()
                .min(x0 / (2.0 + s3.cos())))
            .cos();
    } else if acc1 < x0 {
        let mut acc4: f64 = 1.0;
        if !flag {
            acc4 /= 1.0 + (0.5 * x0).abs().max((0.5 * (0.5 * x0).tanh()).tan()).powi(2);
            acc1 /= 2.0 + (0.5 * (x0 / (2.0 + (0.5 * x0).cos()))).sin();
            acc4 = acc4 * 0.5 + acc1.powi(2);
        }
        acc1 = acc1.tanh() + (f071(&(x0 * DMatrix::identity(3, 2)), 2) + acc4);
    } else {
        let mut acc5 = acc1;
        acc5 *= (0.5 * (x0.powi(2) + 0.5).sqrt()).sin();
        acc1 *= (0.2 * (cross_entropy(&-(x0 * DMatrix::identity(2, 4)), labels) + acc5)).tanh();
    }
    let s8 = if x0 + acc1 > 0.4 {
        let s6 = if x0 - acc1 > acc1 {
            acc1 *= (0.5 * ((0.05 * f097(x0 * DMatrix::identity(2, 4), 0.5, 2)).tanh() * x0)).sin();
            (0.5 * x0).exp()
        } else {
            -acc1 / (2.0 + (0.05 * (x0 * acc1)).sin().sin())
        };
        (0.05 * (x0 * s6)).tanh() + (acc1 - x0)
    } else {
        let s7 = acc1 / (2.0 + (0.1 * acc1).sin());
        (0.05 * (x0 + acc1 + s7)).sin()
    };
    s8 * DMatrix::identity(2, 4) + DMatrix::from_element(2, 4, 1.0) * x0
}

#[test]
fn check_f101() {
    passes_at_random_points(101, "f101", |rng| {
        f101::check(rng.scalar(), rng.uniform() < 0.5, rng.int(0, 3), &[0, 0, 0, 1])
    });
}

#[differentiable]
fn f102(x0: f64, x1: &DMatrix<f64>, x2: DMatrix<f64>, n: usize, case: usize) -> f64 {
    let s2 = {
        let m1 = (x0 * DMatrix::identity(4, 4) * (x0 * DMatrix::identity(4, 3))).transpose();
        (0.02 * (x0 / (2.0 + (0.5 * x0).cos()) + m1.sum())).tanh()
    };
    let s3 = match case {
        0 => s2.max(x0),
        1 | 2 => {
            assert_eq!(x2.shape(), (2, 3));
            (0.05 * x1.row(1).norm_squared()).tanh() * s2
        }
        _ => s2,
    };
    let v4 = if n > 3 {
        DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * s2
            - DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x0
    } else {
        DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * x1.sum()
            + DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * s2
    };
    (0.01
        * ((0.02
            * ((0.01 * ((2.0 + s2.sin()).ln() + x1.norm_squared())).sin() + x2.norm_squared()))
        .tanh()
            + s3
            + v4.norm_squared()))
    .sin()
        + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f102() {
    passes_at_random_points(102, "f102", |rng| {
        f102::check(rng.scalar(), &rng.matrix(3, 4), rng.matrix(2, 3), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f103(x0: &DVector<f64>, x1: f64, n: usize, labels: &[usize]) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(3, 3, 1.5);
    for i in 0..x0.len() {
        let mut acc2: DMatrix<f64> = DMatrix::zeros(3, 2);
        for _ in 0..x0.len() {
            acc1 = &acc1 * 0.5 + softmax(&(0.5 * add_bias(&DMatrix::zeros(3, 3), x0)));
            acc2 = acc2.map(|e| e.sin())
                + sigmoid(&(0.2 * (x1 * DMatrix::identity(2, 3) * x1).transpose()));
        }
        let mut acc4 = acc1.map(|e| {
            let t3 = f087(e);
            f079(&e, t3, 0, &[0, 2])
        });
        if n > 3 {
            acc4 /= 2.0
                + (0.2
                    * (cross_entropy(&(x1 * DMatrix::identity(4, 4)), labels)
                        / (2.0 + (0.5 * x0[i]).cos())))
                .cos();
            acc2 *= (0.1 * acc1[(i, i)]).cos();
            acc4 = acc4.map(|e| e.sin()) + sigmoid(&(0.1 * &acc1));
        }
        acc1 = acc1.map(|e| e.sin())
            + tanh(
                &(0.5
                    * (ln(&tanh(&(0.02 * (&acc4 * &acc4))).map(|e| e * e + 0.5))
                        * (0.1 * acc2.mean()).exp())),
            );
    }
    let mut acc5: DMatrix<f64> = DMatrix::from_element(3, 3, 0.75);
    acc5 -= acc1.transpose() * x1;
    let m8 = if n > 2 {
        let c6: DVector<f64> = DVector::zeros(3);
        (x1 * DMatrix::identity(4, 2) - tanh(&(0.5 * (x1 * DMatrix::identity(4, 2)))))
            * c6.sum().exp()
    } else if f032(x1, 0.3) < x1 {
        x0[2] * DMatrix::identity(4, 2)
    } else {
        let s7 = cross_entropy(&(x1 * DMatrix::identity(4, 4)), labels);
        x1 * DMatrix::identity(4, 2)
            - s7 * DMatrix::identity(4, 2)
            - softmax(
                &(0.05
                    * (s7 * DMatrix::identity(4, 2))
                        .component_div(&(s7 * DMatrix::identity(4, 2)).map(|e| 2.0 + e.sin()))),
            )
    };
    (0.02 * (m8.mean() + acc5.sum())).tanh() + (x0.sum() + x1)
}

#[test]
fn check_f103() {
    passes_at_random_points(103, "f103", |rng| {
        f103::check(&rng.vector(3), rng.scalar(), 3, &[3, 2, 2, 1])
    });
}

#[differentiable]
fn f104(x0: &DMatrix<f32>) -> DMatrix<f32> {
    assert_eq!(x0.shape(), (3, 3));
    let x0 = tanh(&(0.5 * x0));
    tanh(&x0) + DMatrix::from_element(3, 3, 1.0) * x0.sum()
}

#[test]
fn check_f104() {
    passes_at_random_points(104, "f104", |rng| f104::check(&rng.matrix(3, 3)));
}

#[differentiable]
fn f105(x0: f64, x1: f64) -> f64 {
    let m1 = exp(&(0.5 * (x0 * DMatrix::identity(4, 2)))) * (x1 * DMatrix::identity(2, 4));
    assert_eq!(m1.shape(), (4, 4));
    x1 / (2.0 + (0.5 * x0).sin()) + (x0 + x1)
}

#[test]
fn check_f105() {
    passes_at_random_points(105, "f105", |rng| f105::check(rng.scalar(), rng.scalar()));
}

#[differentiable]
fn f106(x0: &DMatrix<f64>, x1: f64, n: usize) -> f64 {
    let s1 = -(x1 * (0.5 * x1).tanh());
    let mut acc2 = (0.2 * (s1 + x0.mean())).tanh();
    acc2 /= 2.0 + (0.05 * x0.row(1).norm_squared()).sin().sin();
    acc2 *= (0.05
        * f080(
            &(x1 * DMatrix::identity(4, 2)),
            &(s1 * DMatrix::identity(4, 2)),
            &(x1 * DMatrix::identity(4, 4)),
            4,
        ))
    .tanh()
    .cos();
    let s4 = {
        let s3 = f073(&add_bias(
            &(s1 * DMatrix::identity(4, 4)),
            &(DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * s1),
        ));
        for _ in 0..n {
            acc2 = acc2.sin() + (0.5 * x0.mean()).tanh();
        }
        s3.sin()
    };
    -x0.sum() + acc2 + s4 + (x0.sum() + x1)
}

#[test]
fn check_f106() {
    passes_at_random_points(106, "f106", |rng| f106::check(&rng.matrix(3, 3), rng.scalar(), 2));
}

#[differentiable]
fn f107(x0: f64, x1: &DMatrix<f64>, q: &TwoLayer, n: usize) -> f64 {
    let m3 = {
        let v2 = q.second.b.map(|e| {
            let t1 = (0.5 * e).abs();
            e + t1
        });
        relu(&(q.gain * DMatrix::identity(3, 2))) * (0.2 * v2.mean()).exp()
    };
    let mut acc4 = DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * q.gain;
    for _ in 0..n {
        acc4 -= (0.5
            * (DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0
                / (1.0 + (0.5 * q.gain).powi(2)))
            .map(|e| e - (0.5 * e).tanh()))
        .map(|e| e.tanh());
    }
    (0.05
        * ((0.05 * f013(x0, q.second.b.clone(), &(q.gain * DMatrix::identity(5, 4)), 3)).sin()
            + x1.sum()
            + m3.sum()))
    .sin()
        + acc4.mean()
        + (x0
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f107() {
    passes_at_random_points(107, "f107", |rng| {
        f107::check(
            rng.scalar(),
            &rng.matrix(3, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                second: Affine { w: rng.matrix(2, 3), b: rng.vector(2) },
                gain: rng.scalar(),
            },
            4,
        )
    });
}

#[differentiable]
fn f108(x0: &DMatrix<f64>, x1: f64) -> DMatrix<f64> {
    assert_eq!(x0.shape(), (4, 4));
    assert_eq!(x0.shape(), (4, 4));
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 4, 2.0);
    acc1 = &acc1 * 0.5
        + softmax(
            &(0.05 * (f053(x1 * DMatrix::identity(4, 4), 2) + (x0 - x1 * DMatrix::identity(4, 4)))),
        );
    acc1 += (x1 * DMatrix::identity(4, 4) / (1.0 + x0.norm_squared())).transpose();
    acc1.component_div(&acc1.map(|e| e * e + 0.5))
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f108() {
    passes_at_random_points(108, "f108", |rng| f108::check(&rng.matrix(4, 4), rng.scalar()));
}

#[differentiable(wrt(x0))]
fn f109(x0: &f64, q: &TwoLayer) -> f64 {
    let c1: f64 = 0.4;
    let s3 = {
        let m2: DMatrix<f64> = sigmoid(
            &(0.05 * f008(&q.first.w, q.second.w.column(2).into_owned(), q.second.clone())),
        );
        q.gain - c1 + m2.sum()
    };
    s3 / (2.0 + (0.5 * *x0).tanh())
        + (*x0 + q.first.w.sum() + q.first.b.sum() + q.second.w.sum() + q.second.b.sum() + q.gain)
}

#[test]
fn check_f109() {
    passes_at_random_points(109, "f109", |rng| {
        f109::check(
            &rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f110(x0: DVector<f64>, x1: &DMatrix<f64>) -> f64 {
    let v1 = x1.column(0).into_owned();
    let v2 = (0.05 * f046(&add_bias(&DMatrix::zeros(3, 5), &x0))).tanh() * &x0;
    let x1 = x1 * 0.5;
    x1[(1, 0)] + (0.05 * v2.norm_squared()).tanh() + v1.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f110() {
    passes_at_random_points(110, "f110", |rng| f110::check(rng.vector(3), &rng.matrix(3, 3)));
}

#[differentiable]
fn f111(x0: &DMatrix<f32>, x1: f32, n: usize) -> f32 {
    let mut acc1: f32 = 0.5;
    for i in 0..n {
        let m3 = {
            let v2 =
                (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x1).map(|e| e * (0.5 * e).tanh());
            sigmoid(&(0.05 * (log_softmax(x0) * (0.1 * v2.sum()).exp())))
        };
        acc1 = acc1.sin()
            + (0.1
                * ((1.0 + x1.powi(2)).powf(0.5 * (0.2 * x0.row(i).norm()).tanh())
                    + m3.norm_squared()))
            .tanh();
    }
    let m4 = f104(&x0.rows(1, 3).into_owned());
    (0.01 * ((0.5 * acc1).abs() + m4.norm_squared())).tanh() + (x0.sum() + x1)
}

#[test]
fn check_f111() {
    passes_at_random_points(111, "f111", |rng| f111::check(&rng.matrix(4, 3), rng.scalar(), 3));
}

#[differentiable]
fn f112(x0: &DMatrix<f64>, p: &Affine, flag: bool) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(3, 3);
    for _ in 0..p.b.len() {
        let m2 = if x0.sum() < 0.5 {
            tanh(
                &(0.05
                    * f004(
                        p.w.component_div(&p.w.map(|e| e * e + 0.5)),
                        &(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4])
                            * x0.column(1).mean()
                            * p.b[2]),
                        softmax(&(0.02 * (x0.norm_squared() * DMatrix::identity(4, 4))))
                            * acc1.sum(),
                        4,
                    )),
            )
        } else if flag {
            &p.w - relu(&p.w)
        } else {
            softmax(
                &(0.05
                    * (x0.columns(0, 2).sum() * DMatrix::identity(3, 3))
                        .component_div(&x0.map(|e| e * e + 0.5))),
            ) + softmax(&(0.02 * (x0.norm_squared() * DMatrix::identity(3, 3)))) * p.w.transpose()
        };
        acc1 = &acc1 * 0.5
            + softmax(
                &(0.2 * (softmax(&(0.2 * x0.component_div(&x0.map(|e| e * e + 0.5)))) + &m2)),
            );
    }
    if (0.02 * f068(x0, acc1.clone(), &p.w, p, flag)).tanh() > 0.3 {
        acc1 += x0.map(|e| e * 0.5);
    } else {
        acc1 *= (0.05
            * ((0.02 * f068(&p.w, x0.clone(), x0, p, flag)).sin()
                + f070(
                    &(DVector::from_column_slice(&[-0.25, 1.0]) * p.b[1]),
                    &DVector::from_element(2, 0.25),
                    3,
                )))
        .tanh()
        .tanh();
    }
    acc1.mean() + (x0.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f112() {
    passes_at_random_points(112, "f112", |rng| {
        f112::check(
            &rng.matrix(3, 3),
            &Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f113(x0: &DMatrix<f32>, x1: &DMatrix<f32>, case: usize) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::from_element(3, 3, 0.25);
    match case {
        0 => {
            acc1 += x0;
        }
        1 | 2 => {
            acc1 = acc1.map(|e| e.sin()) + (f104(x1) - softmax(x0));
        }
        _ => {
            acc1 /= 2.0
                + (0.2
                    * (1.0 + (x0.mean() - x0.column(2).sum()).powi(2))
                        .powf(0.5 * (0.2 * x0.rows(0, 3).sum()).tanh()))
                .sin();
        }
    }
    let mut acc2 = (0.05 * mse(x0, x1)).tanh();
    acc2 -= (x0[(1, 1)] - (0.02 * x1.columns(0, 3).norm_squared()).tanh())
        * (0.01 * acc1.norm_squared()).tanh();
    let mut acc3: DMatrix<f32> = DMatrix::from_element(3, 3, 0.3);
    acc3 += f104(&acc1).component_mul(&softmax(&(0.05 * (x1 * (acc2 * DMatrix::identity(3, 3))))));
    (0.01 * acc3.norm_squared()).sin() + (x0.sum() + x1.sum())
}

#[test]
fn check_f113() {
    passes_at_random_points(113, "f113", |rng| {
        f113::check(&rng.matrix(3, 3), &rng.matrix(3, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f114(x0: &f64, case: usize) -> DVector<f64> {
    let v1 = match case {
        0 => (DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * *x0).map(|e| e.min(e * 0.5)),
        1 | 2 => -(DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * *x0).map(|e| e * 0.5),
        _ => DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * *x0,
    };
    let mut acc2: DVector<f64> = DVector::zeros(3);
    for _ in 0..v1.len() {
        let mut acc3 = acc2.component_mul(&(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * *x0));
        for _ in 0..acc2.len() {
            let s4 = (2.0 + x0.sin()).ln();
            acc3 *= (0.1
                * f070(
                    &(DVector::from_column_slice(&[-0.25, 1.0]) * s4),
                    &DVector::from_element(2, 1.25),
                    3,
                ))
            .cos();
        }
        acc2 /= 2.0 + (0.1 * f006(&(0.05 * &acc3).map(|e| e.tanh()), *x0, *x0)).tanh();
    }
    (0.05
        * (v1.map(|e| {
            let t5 = e * (e * 0.5);
            (e.powi(2) + 0.5).sqrt() + t5
        }) * (0.1 * acc2.sum()).exp()))
    .map(|e| e.tanh())
        + DVector::from_element(4, 1.0) * *x0
}

#[test]
fn check_f114() {
    passes_at_random_points(114, "f114", |rng| f114::check(&rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f115(x0: DMatrix<f64>, x1: &DMatrix<f64>, n: usize) -> f64 {
    let m2 = {
        let m1: DMatrix<f64> = add_bias(
            &softmax(&(0.05 * (x1.norm_squared() * DMatrix::identity(1, 1)))),
            &x1.column(3).into_owned(),
        ) * x1;
        &x0 + softmax(&(0.05 * (m1.row(0).sum() * DMatrix::identity(4, 4))))
    };
    let mut acc3 = (2.0 + (0.05 * x1.norm_squared()).sin().sin()).ln();
    for _ in 0..n {
        let mut acc4: f64 = 0.0;
        for _ in 0..x0.nrows() {
            let m6 = {
                let m5 = x1.clone();
                softmax(&(0.05 * (x1 * &x0 + &m5)))
            };
            acc3 *= (0.5 * m6.rows(0, 1).norm_squared()).tanh();
            acc4 *= (0.5 * (0.05 * acc3).sin().min(x1.mean())).sin();
        }
        acc3 = (0.05 * acc3).tanh() + (0.1 * (acc4.powi(2) + 0.5).sqrt()).sin();
    }
    (0.01 * (x1.columns(0, 3).mean() + m2.norm_squared())).tanh() + acc3 + (x0.sum() + x1.sum())
}

#[test]
fn check_f115() {
    passes_at_random_points(115, "f115", |rng| f115::check(rng.matrix(4, 4), &rng.matrix(1, 4), 4));
}

#[differentiable]
fn f116(x0: &DVector<f64>, x1: &DMatrix<f64>, flag: bool) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(2, 2);
    if !flag {
        acc1 += -exp(&(0.5 * x1));
    }
    let v4 = if (0.05 * x1.norm_squared()).sin() / (2.0 + (0.2 * acc1.mean()).tanh()) < 1.5 {
        let acc1 = &acc1 * 0.5;
        (0.05
            * (x0.map(|e| {
                let t2 = e;
                e / (1.0 + (0.5 * e).powi(2)) + t2
            }) + x0.sum() * x0))
            .map(|e| e.tanh())
            * (0.2 * acc1.mean()).exp()
    } else {
        x0.map(|e| {
            let t3 = e - e.sin();
            e.max(t3)
        })
    };
    let v5 = (0.01
        * f026(acc1.sum() * DMatrix::identity(5, 2))
            .component_mul(&x1.column(0).into_owned().component_mul(&x1.column(1).into_owned())))
    .map(|e| e.tanh());
    sigmoid(&(0.02 * (&acc1 * x1.transpose() * (0.01 * v4.norm_squared()).exp())))
        * (0.5 * v5.norm_squared()).exp()
        + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f116() {
    passes_at_random_points(116, "f116", |rng| {
        f116::check(&rng.vector(4), &rng.matrix(2, 2), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f117(x0: f64, x1: &DVector<f64>) -> f64 {
    let s1 = (0.5 * (0.2 * x1.sum()).tanh()).tan();
    let s2 = s1.exp();
    x0 / (2.0 + (0.5 * x0).cos()) + s2 + (x0 + x1.sum())
}

#[test]
fn check_f117() {
    passes_at_random_points(117, "f117", |rng| f117::check(rng.scalar(), &rng.vector(2)));
}

#[differentiable]
fn f118(x0: &DVector<f64>, x1: &f64, case: usize, labels: &[usize]) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(5, 4, 1.25);
    match case {
        0 => {
            let mut acc2: DMatrix<f64> = DMatrix::from_element(5, 5, 1.25);
            for _ in 0..3_usize {
                let x0 = (0.5 * x0).map(|e| e.tanh());
                acc2 -= softmax(
                    &(0.1
                        * (log_softmax(&(0.5 * exp(&(0.5 * (*x1 * DMatrix::identity(5, 5))))))
                            * (0.2 * x0.norm_squared()).exp())),
                );
            }
            acc1 /= 1.0 + (2.0 + acc2.mean().sin()).ln().powi(2);
        }
        1 | 2 => {
            let v3 = acc1.column(3).into_owned();
            acc1 /= 1.0
                + (0.05
                    * (f062(
                        x0.norm(),
                        &(x0 / (2.0 + (0.5 * *x1).sin())),
                        (*x1 * DMatrix::identity(4, 3)).map(|e| (0.5 * e).tanh()),
                    ) + v3.norm_squared()))
                .tanh()
                .powi(2);
        }
        _ => {
            let x0 = x0 * 0.5;
            acc1 /= 1.0
                + (0.1 * (cross_entropy(&(*x1 * DMatrix::identity(3, 4)), labels) * x0.mean()))
                    .powi(2);
        }
    }
    assert_eq!(x0.len(), 3);
    *x1 * DMatrix::identity(5, 4) + &acc1 + DMatrix::from_element(5, 4, 1.0) * (x0.sum() + *x1)
}

#[test]
fn check_f118() {
    passes_at_random_points(118, "f118", |rng| {
        f118::check(&rng.vector(3), &rng.scalar(), rng.int(0, 3), &[1, 0, 1, 2])
    });
}

#[differentiable]
fn f119(x0: f32, x1: DVector<f32>, n: usize, flag: bool) -> f32 {
    let mut acc1 = x1.norm() * &x1;
    for _ in 0..n {
        let mut acc2: DVector<f32> = DVector::zeros(3);
        for _ in 0..n {
            acc2 = acc2.map(|e| e.sin()) + (0.5 * &x1).map(|e| e.tanh());
            acc2 = acc2.map(|e| e.tanh())
                + (0.2
                    * (-(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * x0)).map(|e| {
                        let t3 = f042(e, true);
                        e + t3
                    }))
                .map(|e| e.tanh());
        }
        acc1 -= (0.05
            * (add_bias(&DMatrix::zeros(3, 2), &x1)
                * (DVector::from_column_slice(&[-0.5, 0.3]) * x0)
                + &acc2))
            .map(|e| e.tanh());
    }
    let mut acc4: DMatrix<f32> = DMatrix::zeros(4, 2);
    if mse(
        &(x0 * DMatrix::identity(4, 3)),
        &(acc4.columns(0, 1).norm_squared() * DMatrix::identity(4, 3)),
    ) > 0.4
    {
        acc4 *= (0.1 * f050(&exp(&(0.5 * (x0 * DMatrix::identity(4, 3)))))).cos();
    } else if flag {
        let m6 = {
            let v5 = add_bias(&DMatrix::zeros(3, 3), &x1) * &x1;
            (&acc4 - x0 * DMatrix::identity(4, 2)) * (0.05 * v5.mean()).exp()
        };
        acc4 -= &m6;
    } else {
        acc4 = tanh(&acc4) + x0 * DMatrix::identity(4, 2);
    }
    let v7 = -&x1;
    (0.05
        * ((0.01
            * (f038(&(DVector::from_column_slice(&[-0.25, 1.0]) * x0)) + acc1.norm_squared()))
        .tanh()
            + acc4.sum()))
    .tanh()
        + v7.sum()
        + (x0 + x1.sum())
}

#[test]
fn check_f119() {
    passes_at_random_points(119, "f119", |rng| {
        f119::check(rng.scalar(), rng.vector(3), 3, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f120(x0: DVector<f32>, x1: DMatrix<f32>, x2: f32) -> f32 {
    let v3 = {
        let v1: DVector<f32> = x1.column(0).into_owned().component_mul(&x0);
        let c2: DVector<f32> = DVector::zeros(1);
        (&c2 + DVector::from_column_slice(&[-0.5]) * x0.mean()) * (0.05 * v1.sum()).exp()
    };
    assert_eq!(v3.len(), 1);
    let c4: f32 = 2.0;
    c4 * (0.05 * x1.columns(0, 1).norm_squared()).tanh() + x2 + (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f120() {
    passes_at_random_points(120, "f120", |rng| {
        f120::check(rng.vector(3), rng.matrix(3, 1), rng.scalar())
    });
}

#[differentiable]
fn f121(x0: DMatrix<f64>, q: &TwoLayer, case: usize) -> f64 {
    let c1: f64 = 0.3;
    let mut acc2: DMatrix<f64> = DMatrix::zeros(3, 4);
    for _ in 0..x0.nrows() {
        let v3 = (0.05 * f003(q.first.b.clone(), c1, 0.4, case)).map(|e| e.tanh())
            / (1.0
                + (0.05
                    * mse(
                        &(q.gain * DMatrix::identity(2, 3)),
                        &q.second.w.rows(1, 2).into_owned(),
                    ))
                .sin()
                .powi(2));
        acc2 =
            tanh(&acc2) + softmax(&(0.02 * (-(&q.second.w * &q.first.w) * (0.5 * v3.sum()).exp())));
    }
    (0.02 * (x0[(0, 1)] + acc2.norm_squared())).tanh()
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f121() {
    passes_at_random_points(121, "f121", |rng| {
        f121::check(
            rng.matrix(2, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f122(x0: f64, x1: DMatrix<f64>, case: usize) -> f64 {
    let mut acc1: f64 = 1.0;
    match case {
        0 => {
            let x0 = x0 * 0.5 + (1.0 + x0.powi(2)).powf(0.5 * (0.5 * x0).tanh());
            acc1 = acc1.sin() + (0.05 * (x0 * x1.column(0).mean() + x1.transpose().norm())).tanh();
        }
        1 | 2 => {
            acc1 += (0.02 * (x0.min(x1.rows(0, 1).sum()) * x1.sum())).tanh();
        }
        _ => {
            acc1 /= 2.0
                + (0.05
                    * (x0 * DMatrix::identity(4, 2))
                        .component_div(&x1.columns(2, 2).into_owned().map(|e| e * e + 0.5))
                        .norm())
                .tanh()
                .sin();
        }
    }
    let s3 = if x0 < acc1 {
        (0.2 * (x0 + acc1)).abs()
    } else if acc1 > 1.5 {
        let m2 = if x0 < 2.0 {
            tanh(
                &(0.2
                    * (x0 * DMatrix::identity(4, 5))
                        .component_mul(&(x0 * DMatrix::identity(4, 5)))),
            )
        } else {
            tanh(&(acc1 * DMatrix::identity(4, 5))).component_mul(
                &(acc1
                    * DMatrix::identity(4, 5)
                    * tanh(&(0.01 * (x1.norm_squared() * DMatrix::identity(5, 5))))),
            )
        };
        (0.05 * (acc1 + m2.sum())).tanh()
    } else {
        x1.rows(0, 3).mean()
    };
    cross_entropy(&(s3 * DMatrix::identity(4, 5)), &[3, 0, 0, 3, 2]) + (x0 + x1.sum())
}

#[test]
fn check_f122() {
    passes_at_random_points(122, "f122", |rng| {
        f122::check(rng.scalar(), rng.matrix(4, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f123(x0: DVector<f64>, x1: DMatrix<f64>, n: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(2, 4);
    for _ in 0..n {
        acc1 *= (0.5 * (0.2 * (0.5 * x1.column(0).sum()).powi(3)).powi(2)).tanh();
    }
    assert_eq!(x0.len(), 4);
    if n > 3 {
        acc1 = &acc1 * 0.5
            + (&x1 * (x1[(0, 1)] * DMatrix::identity(2, 4))
                - ln(&(x0.mean() * DMatrix::identity(2, 4)).map(|e| 2.0 + e.sin())));
    } else {
        let v2 = x0.clone();
        acc1 = &acc1 * 0.5
            + tanh(&(0.02 * (&x1 * &x1 * add_bias(&DMatrix::zeros(4, 2), &x0).transpose())))
                * (0.02 * v2.norm_squared()).exp();
    }
    (0.1 * acc1.rows(1, 1).mean()).sin() + (x0.sum() + x1.sum())
}

#[test]
fn check_f123() {
    passes_at_random_points(123, "f123", |rng| f123::check(rng.vector(4), rng.matrix(2, 2), 3));
}

#[differentiable]
fn f124(x0: f64, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let m1 = exp(&(0.5 * x1));
    assert_eq!(m1.shape(), (3, 4));
    exp(&(0.2 * &m1)) * (0.2 * x0).exp() + DMatrix::from_element(3, 4, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f124() {
    passes_at_random_points(124, "f124", |rng| f124::check(rng.scalar(), &rng.matrix(3, 4)));
}

#[differentiable]
fn f125(x0: &DMatrix<f64>, x1: f64) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(5, 3);
    if (0.5 * x1).powi(3) > 0.75 {
        acc1 = &acc1 * 0.5 + (x1 * DMatrix::identity(3, 5)).transpose();
    } else if x1 < (0.01 * x0.norm_squared()).sin() {
        acc1 += log_softmax(&softmax(x0));
    } else {
        acc1 = acc1.map(|e| e.sin()) + x0 / (2.0 + (0.5 * x1).cos());
    }
    let v3 = {
        let v2 = DVector::from_column_slice(&[0.75, -0.5]) * x1
            / (2.0 + (0.01 * acc1.norm_squared()).tanh().sin());
        add_bias(&DMatrix::zeros(2, 2), &v2) * &v2
    };
    x1 - x1.sin() + v3.mean() + (x0.sum() + x1)
}

#[test]
fn check_f125() {
    passes_at_random_points(125, "f125", |rng| f125::check(&rng.matrix(5, 3), rng.scalar()));
}

#[differentiable]
fn f126(x0: f64, x1: &DMatrix<f64>, x2: f64) -> f64 {
    assert_eq!(x1.shape(), (3, 1));
    let c1: DMatrix<f64> = DMatrix::zeros(3, 1);
    ((0.5 * (0.5 * x0).tanh()).tan() + x2) * c1.mean().exp() + (x0 + x1.sum() + x2)
}

#[test]
fn check_f126() {
    passes_at_random_points(126, "f126", |rng| {
        f126::check(rng.scalar(), &rng.matrix(3, 1), rng.scalar())
    });
}

#[differentiable]
fn f127(x0: f32, x1: f32, q: &TwoLayer32, case: usize) -> DMatrix<f32> {
    let s1 = x0 / (2.0 + (0.5 * x0).cos());
    let mut acc2 = tanh(
        &(0.05
            * (q.gain * &q.second.w)
                .component_div(&add_bias(&q.second.w, &q.second.b).map(|e| 2.0 + e.sin()))),
    );
    for i in 0..q.first.b.len() {
        let m5 = if (s1.powi(2) + 1.0).ln() < x0 {
            sigmoid(&(0.05 * add_bias(&acc2, &(&q.second.w * &q.first.b))))
        } else if i > 0 {
            let s3 = q.gain * s1;
            (&q.second.w + add_bias(&DMatrix::zeros(3, 4), &q.second.b)) * (0.1 * s3).exp()
        } else {
            let c4 = acc2.ncols() as f32;
            tanh(&(0.05 * (log_softmax(&q.second.w.transpose()).transpose() * (0.2 * c4).exp())))
        };
        acc2 /= 2.0
            + (0.01
                * (f020(
                    &q.first.b.map(|e| {
                        let t6 = e / (2.0 + (0.5 * e).sin());
                        e + t6
                    }),
                    case,
                ) + m5.norm_squared()))
            .tanh()
            .sin();
    }
    let s1 = (0.5 * s1).tanh();
    sigmoid(&(0.05 * (add_bias(&acc2, &q.second.b) * (0.2 * x1).exp()))) * s1.exp()
        + DMatrix::from_element(3, 4, 1.0)
            * (x0
                + x1
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f127() {
    passes_at_random_points(127, "f127", |rng| {
        f127::check(
            rng.scalar(),
            rng.scalar(),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(4, 3), b: rng.vector(4) },
                second: Affine32 { w: rng.matrix(3, 4), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f128(x0: f64, x1: &DMatrix<f64>, p: &TwoLayer, n: usize) -> DMatrix<f64> {
    let mut acc1 = p.second.b.component_mul(&p.second.b);
    for _ in 0..n {
        let mut acc2: DMatrix<f64> = DMatrix::zeros(5, 2);
        acc2 *= (0.5 * x0.min(p.gain)).cos();
        acc1 /= 2.0
            + (0.2
                * ((DVector::from_column_slice(&[-0.5, 0.3]) * x0
                    - DVector::from_column_slice(&[1.0, 0.75]) * p.gain)
                    .sum()
                    + acc2.mean()))
            .cos();
    }
    let c3: DMatrix<f64> = DMatrix::zeros(2, 3);
    tanh(
        &(0.05
            * ((&p.first.w + tanh(&(0.5 * &p.first.w)))
                * (0.01 * x1.norm_squared()).exp()
                * (0.05 * acc1.mean()).exp())),
    ) * c3.sum().exp()
        + DMatrix::from_element(3, 4, 1.0)
            * (x0
                + x1.sum()
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f128() {
    passes_at_random_points(128, "f128", |rng| {
        f128::check(
            rng.scalar(),
            &rng.matrix(5, 3),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
            4,
        )
    });
}

#[differentiable]
fn f129(x0: f64, x1: DMatrix<f64>) -> f64 {
    assert_eq!(x1.shape(), (5, 5));
    let s1: f64 = (0.05 * f046(&ln(&(x0 * DMatrix::identity(3, 5)).map(|e| 2.0 + e.sin())))).tanh();
    s1 - x0 + (x0 + x1.sum())
}

#[test]
fn check_f129() {
    passes_at_random_points(129, "f129", |rng| f129::check(rng.scalar(), rng.matrix(5, 5)));
}

#[differentiable(wrt(x0, x1))]
fn f130(x0: f64, x1: &DMatrix<f64>, q: &TwoLayer) -> DVector<f64> {
    let s1 = (2.0 + x0.sin()).ln().exp();
    let s2 = (0.5 * (0.5 * (x0 + (0.02 * x1.norm_squared()).tanh())).tanh()).tan();
    let m3 = sigmoid(&softmax(&(0.05 * (x0 * DMatrix::identity(5, 5) * x1))));
    (0.05 * (&q.first.b * (0.2 * s1).exp() * s2.exp())).map(|e| e.tanh()) * m3.mean().exp()
        + DVector::from_element(3, 1.0)
            * (x0
                + x1.sum()
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f130() {
    passes_at_random_points(130, "f130", |rng| {
        f130::check(
            rng.scalar(),
            &rng.matrix(5, 1),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f131(x0: &DMatrix<f64>, x1: f64, n: usize, case: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(2, 2);
    for _ in 0..n {
        let s2: f64 = x1 / (1.0 + acc1.norm_squared());
        acc1 -= (s2 * DMatrix::identity(2, 2)).map(|e| e * 0.5);
    }
    let m4 = match case {
        0 => {
            match case {
                0 => {
                    acc1 -= x0.component_mul(x0);
                }
                1 | 2 => {
                    acc1 *= (0.05
                        * f059(
                            &ln(&(x1 * DMatrix::identity(4, 4)).map(|e| e * e + 0.5)),
                            &tanh(&(0.5 * (x1 * DMatrix::identity(3, 3)))),
                            1,
                        ))
                    .tanh()
                    .tanh();
                    acc1 -= x1 * DMatrix::identity(2, 2) * (x1 * DMatrix::identity(2, 2));
                }
                _ => {
                    assert_eq!(x0.shape(), (2, 2));
                    acc1 += tanh(
                        &(0.05
                            * add_bias(
                                &(x0 * (x1 * DMatrix::identity(2, 2))),
                                &(x1 * x0.column(0).into_owned()),
                            )),
                    );
                }
            }
            x1 * DMatrix::identity(2, 2) / (2.0 + (0.1 * acc1[(1, 0)]).cos())
        }
        1 | 2 => x0 * &acc1,
        _ => {
            let m3: DMatrix<f64> =
                sigmoid(&(0.05 * (-x0 * add_bias(x0, &acc1.column(1).into_owned()))));
            sigmoid(&(0.2 * (&acc1 * &m3)))
        }
    };
    let v5 = (0.01 * m4.column(1).into_owned().component_mul(&m4.column(0).into_owned()))
        .map(|e| e.tanh());
    (0.05 * (cross_entropy(&add_bias(&DMatrix::zeros(2, 2), &v5), &[1, 1]) + x0.norm_squared()))
        .tanh()
        + (x0.sum() + x1)
}

#[test]
fn check_f131() {
    passes_at_random_points(131, "f131", |rng| {
        f131::check(&rng.matrix(2, 2), rng.scalar(), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f132(x0: DMatrix<f32>, x1: &DMatrix<f32>) -> f32 {
    let mut acc1 = x0.clone();
    for i in 0..3_usize {
        acc1 *= (0.2 * (x1[(i, i)] * x1.mean())).sin();
    }
    let x1 = x1.map(|e| e.sin()) + ln(&acc1.map(|e| 2.0 + e.sin()));
    x1[(0, 1)].max(x1[(3, 3)]) + (x0.sum() + x1.sum())
}

#[test]
fn check_f132() {
    passes_at_random_points(132, "f132", |rng| f132::check(rng.matrix(4, 4), &rng.matrix(4, 4)));
}

#[differentiable]
fn f133(x0: DMatrix<f32>, x1: f32, x2: &DVector<f32>) -> f32 {
    let mut acc1 = x2.clone();
    for _ in 0..x0.ncols() {
        acc1 *=
            (0.2 * -f020(&(DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x1), 1)).tanh();
    }
    let mut acc2 = add_bias(
        &sigmoid(&(0.5 * (x1 * DMatrix::identity(2, 3)))),
        &(DVector::from_column_slice(&[1.0, 0.75]) * x1),
    );
    acc2 -= x1 * DMatrix::identity(2, 3);
    acc2 += sigmoid(&(0.5 * (x1 * DMatrix::identity(2, 3)))) * add_bias(&DMatrix::zeros(3, 3), x2);
    let v4 = if x1 > 0.75 {
        let s3 = x1 + x1.sin();
        (0.05 * ((&acc1 + x2) * (0.2 * s3).exp())).map(|e| e.tanh())
    } else {
        x2.component_mul(&acc1) / (1.0 + (0.5 * (x2[0] / (2.0 + (0.5 * x1).cos()))).powi(2))
    };
    (0.05 * ((0.01 * (x1 + acc2.norm_squared())).tanh() + v4.sum())).sin()
        + (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f133() {
    passes_at_random_points(133, "f133", |rng| {
        f133::check(rng.matrix(3, 2), rng.scalar(), &rng.vector(3))
    });
}

#[differentiable]
fn f134(x0: &DMatrix<f64>, p: &TwoLayer) -> f64 {
    let v1 = &p.first.b + (0.5 * &p.first.b).map(|e| e.tanh());
    let mut acc2: DMatrix<f64> = DMatrix::zeros(4, 4);
    acc2 -= ln(&(&p.first.w + x0).map(|e| 2.0 + e.sin()));
    p.second.b[2]
        + v1.mean()
        + acc2.mean()
        + (x0.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f134() {
    passes_at_random_points(134, "f134", |rng| {
        f134::check(
            &rng.matrix(4, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f135(x0: &DVector<f64>, x1: &DMatrix<f64>, q: &Affine) -> DMatrix<f64> {
    assert_eq!(q.b.len(), 3);
    let x0 = (0.5 * x0).map(|e| e.tanh())
        + (0.05 * f003(x0.clone(), q.w.row(2).norm(), 2.0, 3)).map(|e| e.tanh());
    let x0 = x0.map(|e| e.tanh()) + &q.w * x1.column(2).into_owned();
    ln(&exp(&(0.2 * &q.w))) * (0.05 * x0.mean()).exp()
        + DMatrix::from_element(3, 4, 1.0) * (x0.sum() + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f135() {
    passes_at_random_points(135, "f135", |rng| {
        f135::check(
            &rng.vector(3),
            &rng.matrix(4, 4),
            &Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
        )
    });
}

#[differentiable]
fn f136(x0: f64, x1: f64, q: &Affine, case: usize) -> f64 {
    let s1 = (0.02 * f022(x1, x0 * DMatrix::identity(3, 3), q, case)).tanh()
        / (2.0 + (0.2 * (q.b[0] + x1)).tanh());
    let v2 = DVector::from_column_slice(&[-0.5, 0.3]) * x1
        + DVector::from_column_slice(&[-0.5, 0.3]) * x0;
    v2.mean() + s1 + (x0 + x1 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f136() {
    passes_at_random_points(136, "f136", |rng| {
        f136::check(
            rng.scalar(),
            rng.scalar(),
            &Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f137(x0: &DVector<f64>, q: &Affine) -> f64 {
    let m2 = {
        let s1 = x0[3];
        assert_eq!(q.w.shape(), (2, 4));
        softmax(
            &(0.05 * (q.w.transpose() * add_bias(&DMatrix::zeros(2, 2), &q.b) * (0.2 * s1).exp())),
        )
    };
    let mut acc3 = x0.component_mul(x0);
    for i in 0..x0.len() {
        let mut acc4 = m2.transpose() * x0.component_div(&x0.map(|e| 2.0 + e.sin()));
        for j in 0..2_usize {
            acc4 += (0.5 * (&q.b / (1.0 + m2[(j, 0)].powi(2)))).map(|e| e.tanh());
        }
        acc4 /= 2.0 + (0.5 * ((0.05 * acc3.sum()).tanh() * i as f64)).tanh();
        acc3 -= (0.05
            * ((x0 + m2.column(0).into_owned() - (m2.column(1).into_owned() + x0))
                * (0.02 * acc4.sum()).exp()))
        .map(|e| e.tanh());
    }
    for _ in 0..2_usize {
        acc3 = (0.1 * &acc3).map(|e| e.tanh()) + (0.5 * (x0 * m2.mean())).map(|e| e.tanh());
    }
    (0.01 * (q.w.mean() + x0.mean() + acc3.norm_squared())).tanh()
        + (x0.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f137() {
    passes_at_random_points(137, "f137", |rng| {
        f137::check(&rng.vector(4), &Affine { w: rng.matrix(2, 4), b: rng.vector(2) })
    });
}

#[differentiable]
fn f138(x0: &DMatrix<f32>, x1: &DMatrix<f32>, x2: &DVector<f32>) -> f32 {
    let mut acc1: DMatrix<f32> = DMatrix::zeros(4, 3);
    for i in 0..2_usize {
        let mut acc2 = x1.transpose();
        for _ in 0..acc1.nrows() {
            let m3 = tanh(&(0.01 * (x1.columns(0, 4).norm_squared() * DMatrix::identity(4, 4))))
                + x1[(0, i)] * DMatrix::identity(4, 4);
            acc2 -= tanh(
                &(0.05 * (log_softmax(&(0.5 * (x0.mean() * &acc1))) * (0.05 * m3.sum()).exp())),
            );
        }
        let c4 = x1.ncols() as f32;
        acc1 += sigmoid(
            &(0.02 * ((&acc2 + x0.transpose() + ln(&exp(&(0.05 * &acc2)))) * (0.2 * c4).exp())),
        );
    }
    let mut acc5: DVector<f32> = DVector::zeros(3);
    for i in 0..2_usize {
        let m6 = add_bias(&acc1, &acc1.column(i).into_owned());
        acc5 /= 2.0 + (0.01 * (x2[i] + m6.norm_squared())).sin().sin();
    }
    let m7 = x1[(0, 0)] * DMatrix::identity(3, 4);
    (0.01 * (x1.row(0).mean() + x2.sum() + acc5.sum() + m7.norm_squared())).tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f138() {
    passes_at_random_points(138, "f138", |rng| {
        f138::check(&rng.matrix(3, 4), &rng.matrix(3, 4), &rng.vector(3))
    });
}

#[differentiable]
fn f139(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: &f64, case: usize) -> f64 {
    let m5 = if x0.mean() > *x2 {
        let m3 = match case {
            0 => {
                let s1 = f001(x2, &(x0.mean() * DMatrix::identity(3, 1)), 2, &[0, 1, 0]);
                add_bias(x1, &x0.column(0).into_owned()) * (0.1 * s1).exp()
            }
            1 | 2 => relu(x1),
            _ => {
                let c2 = x0.ncols() as f64;
                tanh(&(0.5 * x0.transpose())) * (0.2 * c2).exp()
            }
        };
        x0 + &m3
    } else if *x2 < 1.5 {
        let mut acc4 = x0 + x1;
        for _ in 0..3_usize {
            assert_eq!(acc4.shape(), (4, 4));
            acc4 = tanh(&(0.2 * &acc4)) + sigmoid(&(0.2 * (*x2 * x1)));
        }
        tanh(&(0.05 * (x1 * x0 + &acc4)))
    } else {
        tanh(&(0.05 * f055(&add_bias(x0, &x1.column(2).into_owned()), &exp(&(0.5 * x1)), case)))
    };
    let m5 = &m5 * 0.5 + (*x2 * DMatrix::identity(4, 4) + x0);
    let mut acc6 = x0.clone();
    acc6 = acc6.map(|e| e.sin()) + exp(&(0.5 * x1));
    acc6 = &acc6 * 0.5 + ln(&x1.map(|e| e * e + 0.5));
    (0.05 * (x2.max(acc6.row(2).mean()) + m5.mean())).tanh() + (x0.sum() + x1.sum() + *x2)
}

#[test]
fn check_f139() {
    passes_at_random_points(139, "f139", |rng| {
        f139::check(&rng.matrix(4, 4), &rng.matrix(4, 4), &rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f140(x0: DMatrix<f64>, x1: DMatrix<f64>, x2: &DVector<f64>) -> f64 {
    assert_eq!(x1.shape(), (3, 3));
    let mut acc1: DMatrix<f64> = DMatrix::from_element(3, 3, 1.25);
    if (0.02 * x1.norm_squared()).tanh() < x1.column(0).mean() {
        assert_eq!(x0.shape(), (3, 3));
        acc1 -= sigmoid(&(0.02 * (x1.mean().min(x2[1]) * (&x1 * &x0))));
    } else if acc1.mean() / (2.0 + (0.2 * x0.column(2).norm()).sin()) < acc1[(1, 0)] {
        let x0 = &x0 * 0.5;
        acc1 = &acc1 * 0.5 + (x0.transpose() * &x0 - exp(&x0));
    } else {
        acc1 += sigmoid(&(0.01 * (x0.columns(0, 3).mean() * &x0 * x1.component_mul(&x1))));
    }
    let c2 = x1.ncols() as f64;
    (0.01 * (cross_entropy(&x1, &[0, 0, 1]) + x2.mean() + acc1.norm_squared())).sin()
        * (0.2 * c2).exp()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f140() {
    passes_at_random_points(140, "f140", |rng| {
        f140::check(rng.matrix(3, 3), rng.matrix(3, 3), &rng.vector(3))
    });
}

#[differentiable]
fn f141(x0: &DMatrix<f64>, x1: f64, case: usize) -> f64 {
    assert_eq!(x0.shape(), (5, 3));
    let mut acc1: DMatrix<f64> = DMatrix::from_element(5, 3, 0.3);
    match case {
        0 => {
            acc1 += softmax(x0);
        }
        1 | 2 => {
            let c2: f64 = 0.25;
            acc1 = tanh(&acc1) + exp(&(0.1 * (x0 * (x1 * DMatrix::identity(3, 3))))) * c2.exp();
        }
        _ => {
            let m4 = {
                let s3 = (2.0 + x1.sin()).ln();
                add_bias(
                    &acc1,
                    &(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25, -0.75])
                        * x0.columns(0, 1).sum()),
                ) * (0.5 * s3).exp()
            };
            acc1 *= (0.1 * -m4[(4, 0)]).sin();
        }
    }
    (0.5 * x1).powi(3) + acc1.mean() + (x0.sum() + x1)
}

#[test]
fn check_f141() {
    passes_at_random_points(141, "f141", |rng| {
        f141::check(&rng.matrix(5, 3), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f142(x0: &DVector<f32>, x1: f32, q: &TwoLayer32) -> f32 {
    let x0 = (0.5 * x0).map(|e| e.tanh()) + x0;
    let x0 = (0.5 * &x0).map(|e| e.tanh());
    (0.02
        * f091(
            &add_bias(&DMatrix::zeros(2, 5), &q.second.b),
            &q.second.b,
            &(q.gain * DMatrix::identity(5, 2)),
            q,
        ))
    .sin()
        + x1
        + x0.norm_squared()
        + (x0.sum()
            + x1
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
            &rng.vector(4),
            rng.scalar(),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(4, 5), b: rng.vector(4) },
                second: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f143(x0: &f64, x1: f64, x2: f64, case: usize) -> f64 {
    let s3 = match case {
        0 => {
            let s1 = *x0 / (2.0 + (0.5 * x2).cos());
            (x2 * DMatrix::identity(2, 2)).norm() + s1
        }
        1 | 2 => {
            let s2 = (0.5 * *x0).exp();
            (0.5 * x2).exp() + s2
        }
        _ => x2 - x1,
    };
    let s4 = match case {
        0 => (0.5 * x2).powi(2),
        1 | 2 => {
            (0.01 * mse(&(x1 * DMatrix::identity(2, 2)), &(s3 * DMatrix::identity(2, 2)))).tanh()
        }
        _ => (0.01
            * mse(
                &(*x0 * DMatrix::identity(2, 2) * (x1 * DMatrix::identity(2, 2))),
                &sigmoid(
                    &(0.05
                        * f089(
                            *x0 * DMatrix::identity(2, 2),
                            s3 * DMatrix::identity(5, 2),
                            &(*x0 * DMatrix::identity(5, 2)),
                        )),
                ),
            ))
        .tanh(),
    };
    let s5 = (DVector::from_column_slice(&[-0.5, 0.3]) * x2).mean() - x1;
    (0.05 * ((s5 * DMatrix::identity(2, 2)).sum() + *x0 + s3)).sin() + s4 + (*x0 + x1 + x2)
}

#[test]
fn check_f143() {
    passes_at_random_points(143, "f143", |rng| {
        f143::check(&rng.scalar(), rng.scalar(), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f144(x0: f64, x1: f64, x2: &DVector<f64>) -> f64 {
    let mut acc1: f64 = 0.0;
    if acc1 < 2.0 {
        acc1 = acc1 * 0.5 + (x0 + x1);
    } else {
        acc1 = acc1 * 0.5
            + f023(&(x0 * DMatrix::identity(4, 3)))
                / (2.0 + (0.5 * (x0.powi(2) + 0.5).sqrt()).sin());
    }
    assert_eq!(x2.len(), 2);
    let mut acc2: f64 = 1.0;
    acc2 /= 2.0 + (0.1 * -acc1).sin();
    acc2 += x2[0] - x1;
    x2.mean() + acc2 + (x0 + x1 + x2.sum())
}

#[test]
fn check_f144() {
    passes_at_random_points(144, "f144", |rng| {
        f144::check(rng.scalar(), rng.scalar(), &rng.vector(2))
    });
}

#[differentiable]
fn f145(x0: &DVector<f64>, x1: &DMatrix<f64>, p: &TwoLayer, flag: bool, case: usize) -> f64 {
    let v2 = {
        let s1 = p.gain - p.first.b[2];
        (&p.second.b - &p.first.b) * (0.1 * s1).exp()
    };
    let m3 = match case {
        0 => add_bias(&p.first.w, &(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * p.gain)),
        1 | 2 => &p.second.w / (2.0 + (0.5 * p.gain).sin()),
        _ => &p.first.w + &p.second.w,
    };
    (0.01
        * ((0.05 * f112(&p.second.w, &p.second, flag)).tanh()
            + x0.mean()
            + x1.mean()
            + v2.norm_squared()))
    .tanh()
        + m3.mean()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f145() {
    passes_at_random_points(145, "f145", |rng| {
        f145::check(
            &rng.vector(4),
            &rng.matrix(3, 3),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f146(x0: &f64, x1: DMatrix<f64>) -> f64 {
    let m1 = -x1.map(|e| (0.5 * e).tanh());
    let c2: f64 = 0.25;
    ((0.02 * x1.norm_squared()).tanh() + *x0 + m1.mean()) * c2.exp() + (*x0 + x1.sum())
}

#[test]
fn check_f146() {
    passes_at_random_points(146, "f146", |rng| f146::check(&rng.scalar(), rng.matrix(2, 4)));
}

#[differentiable]
fn f147(x0: &DVector<f64>, x1: f64, q: Affine, n: usize) -> f64 {
    let mut acc1 = exp(&(0.5 * &q.w));
    for _ in 0..q.w.ncols() {
        let mut acc2 = (0.05 * acc1.sum()).tanh() * x1;
        for _ in 0..n {
            let m4 = {
                let s3 = (0.05
                    * mse(
                        &ln(&(acc2 * DMatrix::identity(2, 3)).map(|e| 2.0 + e.sin())),
                        &q.w.columns(1, 2).into_owned().transpose(),
                    ))
                .tanh();
                tanh(&(0.05 * (&acc1 * s3.exp())))
            };
            acc2 =
                acc2 * 0.5 + (0.2 * ((0.01 * acc1.norm_squared()).tanh() + x1 + m4.mean())).tanh();
        }
        acc1 = acc1.map(|e| e.sin())
            + sigmoid(&(0.2 * (ln(&q.w.map(|e| 2.0 + e.sin())) * (0.05 * acc2).exp())));
    }
    acc1 += (q.w.transpose() * &q.w).transpose();
    assert_eq!(x0.len(), 3);
    (0.02 * (x1 / (2.0 + (0.5 * q.w.column(2).mean()).cos()) + acc1.sum())).tanh()
        + (x0.sum() + x1 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f147() {
    passes_at_random_points(147, "f147", |rng| {
        f147::check(
            &rng.vector(3),
            rng.scalar(),
            Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
            3,
        )
    });
}

#[differentiable]
fn f148(x0: DVector<f64>, x1: f64, x2: f64) -> DVector<f64> {
    let mut acc1 = (x2 * x1).max(x1 + x0.mean());
    for _ in 0..x0.len() {
        let mut acc2: DVector<f64> = DVector::zeros(5);
        for j in 0..2_usize {
            let mut acc3 = add_bias(&DMatrix::zeros(2, 5), &x0);
            acc3 /= 1.0 + (0.5 * ((0.5 * x2).cos() * (j as f64 + 0.5))).powi(2);
            acc2 /= 2.0 + (0.2 * (x1 / (2.0 + (0.5 * x1).cos()) + acc3.mean())).sin();
        }
        acc1 /= 2.0 + (0.02 * (x0.mean() + acc2.norm_squared())).tanh().sin();
    }
    let v4 = if x2 < 0.75 {
        f026(acc1 * DMatrix::identity(5, 2))
    } else if x1 / (2.0 + (0.1 * acc1).cos()) > x2 {
        x0.map(|e| e + (0.5 * e).tanh())
    } else {
        x0.map(|e| e * 0.5) - (DVector::from_column_slice(&[0.75, -0.5]) * x1 - &x0)
    };
    let v5 = (&x0 - DVector::from_column_slice(&[0.3, -1.0]) * x2) * x1;
    (0.05 * (&x0 + &v4)).map(|e| e.tanh())
        + &v5
        + DVector::from_element(2, 1.0) * (x0.sum() + x1 + x2)
}

#[test]
fn check_f148() {
    passes_at_random_points(148, "f148", |rng| {
        f148::check(rng.vector(2), rng.scalar(), rng.scalar())
    });
}

#[differentiable]
fn f149(x0: DVector<f32>, p: &Affine32, case: usize) -> f32 {
    let mut acc1: f32 = 1.0;
    match case {
        0 => {
            acc1 = acc1.tanh() + (0.5 * p.b[3]).cos();
        }
        1 | 2 => {
            acc1 = acc1 * 0.5 + x0[0];
        }
        _ => {
            match case {
                0 => {
                    acc1 *=
                        (0.5 * (0.5 * (x0.mean() / (1.0 + (0.5 * x0[0]).powi(2)))).powi(2)).tanh();
                    acc1 = acc1 * 0.5
                        + (1.0 + p.b.sum().powi(2)).powf(0.5 * (0.5 * p.w[(3, 0)]).tanh());
                }
                1 | 2 => {
                    acc1 -= f020(
                        &(DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * p.b[0]),
                        case,
                    );
                    acc1 -= (0.5 * (0.5 * p.b[1]).tanh()).tan();
                }
                _ => {
                    acc1 = acc1 * 0.5 + (0.2 * (x0[0] - p.b.mean())).sin();
                }
            }
            acc1 += (0.5 * p.w[(1, 0)]).sin();
        }
    }
    let mut acc2 = (0.05 * (&x0 * acc1)).map(|e| e.tanh()) + &x0;
    acc2 /= 2.0 + (0.2 * (acc1 / (2.0 + (0.2 * acc1).tanh()))).tanh();
    (0.05
        * f047(
            &(acc1 * DMatrix::identity(3, 1)),
            &add_bias(&DMatrix::zeros(1, 1), &x0),
            DVector::from_column_slice(&[1.0, 0.75, -0.5]) * acc1,
        ))
    .sin()
        + acc2.mean()
        + (x0.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f149() {
    passes_at_random_points(149, "f149", |rng| {
        f149::check(
            rng.vector(1),
            &Affine32 { w: rng.matrix(4, 1), b: rng.vector(4) },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f150(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 4, 0.3);
    acc1 -= -x1 * relu(x1);
    acc1 *= (0.5 * (0.5 * x1.mean()).powi(3)).tanh();
    let mut acc2: DMatrix<f64> = DMatrix::zeros(3, 3);
    acc2 = acc2.map(|e| e.sin())
        + sigmoid(&(0.01 * (x1.norm_squared() * DMatrix::identity(3, 3))))
            * (x0.sum() * DMatrix::identity(3, 3));
    for i in 0..x0.ncols() {
        acc2 = &acc2 * 0.5
            + softmax(
                &(0.05
                    * f004(
                        tanh(&(0.02 * (acc1.sum() * DMatrix::identity(3, 3)))),
                        &acc1.column(i).into_owned(),
                        x1.transpose(),
                        4,
                    )),
            );
    }
    tanh(&(0.1 * &acc1)) * (0.01 * acc2.sum()).exp()
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f150() {
    passes_at_random_points(150, "f150", |rng| f150::check(&rng.matrix(2, 4), &rng.matrix(4, 4)));
}

#[differentiable]
fn f151(x0: &DVector<f32>, x1: f32, flag: bool, case: usize) -> DMatrix<f32> {
    let mut acc1: DMatrix<f32> = DMatrix::zeros(1, 3);
    match case {
        0 => {
            acc1 -= softmax(&(0.02 * ((x1 - x0[0]) * (x1 * (x1 * DMatrix::identity(1, 3))))));
        }
        1 | 2 => {
            assert_eq!(x0.len(), 5);
            acc1 += x0[4] * DMatrix::identity(1, 3) * (x1 * DMatrix::identity(3, 3));
        }
        _ => {
            for _ in 0..x0.len() {
                acc1 = acc1.map(|e| e.sin())
                    + tanh(
                        &(0.2
                            * (x1 * DMatrix::identity(1, 3)).component_div(
                                &(x1 * DMatrix::identity(1, 3)).map(|e| e * e + 0.5),
                            )),
                    );
                acc1 += tanh(&(0.5 * (x1 * DMatrix::identity(1, 3))));
            }
            acc1 -= x1 * DMatrix::identity(1, 1) * (x1 * DMatrix::identity(1, 3));
        }
    }
    acc1 += add_bias(&(x1 * DMatrix::identity(1, 3)), &(DVector::from_column_slice(&[0.3]) * x1))
        - (x1 * DMatrix::identity(1, 3) + x1 * DMatrix::identity(1, 3) * 0.5);
    if x1 < (0.5 * x1).tanh() {
        let mut acc2: f32 = 0.5;
        if flag {
            acc1 -= tanh(
                &(0.2
                    * (x1 * DMatrix::identity(1, 3))
                        .component_div(&(x1 * DMatrix::identity(1, 3)).map(|e| e * e + 0.5))),
            );
            acc2 = acc2 * 0.5 + x0.sum();
        } else {
            acc1 = &acc1 * 0.5 + acc2 * (acc2 * DMatrix::identity(1, 3));
            acc2 += x1 - x1 * 0.5
                + (0.05
                    * add_bias(&DMatrix::zeros(5, 3), x0)
                        .dot(&add_bias(&DMatrix::zeros(5, 3), x0)))
                .tanh();
        }
        acc1 = &acc1 * 0.5 + relu(&(acc2 * DMatrix::identity(1, 3)));
    }
    softmax(&add_bias(&DMatrix::zeros(5, 1), x0)) * (0.01 * acc1.norm_squared()).exp()
        + DMatrix::from_element(5, 1, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f151() {
    passes_at_random_points(151, "f151", |rng| {
        f151::check(&rng.vector(5), rng.scalar(), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f152(x0: &DVector<f64>, x1: &DMatrix<f64>) -> f64 {
    let c1: DMatrix<f64> = DMatrix::zeros(3, 4);
    let v3 = {
        let m2: DMatrix<f64> =
            x1[(0, 3)] * DMatrix::identity(4, 3) * (c1.mean() * DMatrix::identity(3, 3));
        x0.map(|e| e * 0.5) * m2.mean().exp()
    };
    let m6 = {
        let m5 = (x0.mean() * x1).map(|e| {
            let t4 = f105(e, e);
            (0.2 * t4).tanh()
        });
        add_bias(&DMatrix::zeros(3, 3), x0) * m5.columns(1, 3).into_owned()
    };
    (0.01 * ((0.02 * (x1[(1, 1)] - x1.sum() + v3.norm_squared())).tanh() + m6.norm_squared()))
        .tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f152() {
    passes_at_random_points(152, "f152", |rng| f152::check(&rng.vector(3), &rng.matrix(3, 4)));
}

#[differentiable]
fn f153(x0: f64, x1: &f64, x2: &DVector<f64>, q: &Affine, case: usize) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(4);
    acc1 -= q.b.component_mul(&q.b);
    acc1 = acc1.map(|e| e.sin()) + &q.b;
    let s4 = {
        let s2 = (0.5 * acc1[2]).sin();
        let v3 = f114(&x0, case);
        (0.02 * ((x2[0].powi(2) + 1.0).ln() + s2 + v3.norm_squared())).sin()
    };
    add_bias(&DMatrix::zeros(4, 3), x2).sum()
        + *x1
        + s4
        + (x0 + *x1 + x2.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f153() {
    passes_at_random_points(153, "f153", |rng| {
        f153::check(
            rng.scalar(),
            &rng.scalar(),
            &rng.vector(4),
            &Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
            rng.int(0, 3),
        )
    });
}

#[differentiable(wrt(x0))]
fn f154(x0: &DMatrix<f64>, x1: &DVector<f64>, x2: &DMatrix<f64>) -> f64 {
    let v1 = (0.02 * (f073(&(x1[0] * DMatrix::identity(4, 4))) * (x1 - x1.map(|e| e.sin()))))
        .map(|e| e.tanh());
    let c2: DMatrix<f64> = DMatrix::zeros(3, 3);
    (0.05
        * ((cross_entropy(
            &tanh(&(0.02 * (x0.norm_squared() * DMatrix::identity(2, 3)))),
            &[0, 1, 0],
        ) + x2.sum()
            + v1.mean())
            * c2.mean().exp()))
    .tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f154() {
    passes_at_random_points(154, "f154", |rng| {
        f154::check(&rng.matrix(2, 3), &rng.vector(3), &rng.matrix(2, 2))
    });
}

#[differentiable]
fn f155(x0: &f32) -> f32 {
    let x0 = (0.5 * *x0).tanh()
        + (DVector::from_column_slice(&[1.0, 0.75]) * *x0)
            .dot(&(DVector::from_column_slice(&[0.5, -0.25]) * *x0));
    let s2 = {
        let v1 = (0.05
            * (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x0
                + DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x0))
            .map(|e| e.tanh());
        x0.min(v1.sum())
    };
    (0.01 * mse(&(x0 * DMatrix::identity(2, 4)), &(s2 * DMatrix::identity(2, 4)))).tanh() + x0
}

#[test]
fn check_f155() {
    passes_at_random_points(155, "f155", |rng| f155::check(&rng.scalar()));
}

#[differentiable]
fn f156(x0: f32, x1: DMatrix<f32>, n: usize, flag: bool, case: usize, labels: &[usize]) -> f32 {
    let s2 = if flag {
        let x0 = x0 * 0.5;
        -(x1.sum() / (2.0 + x0.tanh()))
    } else {
        let m1 = add_bias(&x1, &(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * x0));
        (0.05 * (f119(x0, x1.column(1).into_owned(), 3, flag) + m1.mean())).tanh()
    };
    let v8 = if n > 2 {
        DVector::from_column_slice(&[0.25, 1.25, -0.75]) * s2
            + DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * s2
    } else if s2 > x0 {
        let mut acc3 = (0.5 * x0).tanh().cos();
        if flag {
            let c4: f32 = 0.3;
            acc3 = acc3 * 0.5
                + (c4.powi(2) + 1.0).ln()
                    * f041(x0, x1.rows(2, 1).norm() * DMatrix::identity(4, 3), case);
        } else {
            acc3 *= (0.1 * (s2 + x0)).tanh();
            acc3 /= 2.0
                + (0.2
                    * (s2
                        / (1.0 + (0.5 * x0).powi(2))
                        / (2.0
                            + (0.05
                                * f054(
                                    DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * x0,
                                    &(x0 * DMatrix::identity(3, 4)),
                                    &s2,
                                    case,
                                ))
                            .tanh()
                            .cos())))
                .sin();
        }
        DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x0 * (0.5 * acc3).exp()
    } else {
        let s7 = if x0 > s2 {
            s2 / (1.0 + x1.norm_squared())
        } else if x0 > x1[(1, 0)] {
            let m6 = {
                let s5: f32 = (0.2 * s2).abs();
                ln(&exp(&(0.2 * &x1))) * (0.5 * s5).exp()
            };
            (0.01 * ((0.2 * s2).powi(3) + m6.norm_squared())).sin()
        } else {
            (0.5 * (0.2 * s2).tanh()).tan()
        };
        (0.05 * (x1.column(2).into_owned() * x0 * (0.1 * s7).exp())).map(|e| e.tanh())
    };
    (0.05 * (cross_entropy(&x1, labels) + v8.sum())).tanh() + (x0 + x1.sum())
}

#[test]
fn check_f156() {
    passes_at_random_points(156, "f156", |rng| {
        f156::check(
            rng.scalar(),
            rng.matrix(3, 3),
            4,
            rng.uniform() < 0.5,
            rng.int(0, 3),
            &[0, 0, 1],
        )
    });
}

#[differentiable]
fn f157(x0: &DVector<f64>, x1: DMatrix<f64>) -> f64 {
    let v1 = sigmoid(
        &(0.05
            * add_bias(
                &(x1[(1, 0)] * DMatrix::identity(2, 2)),
                &(DVector::from_column_slice(&[0.3, -1.0]) * x0.norm_squared()),
            )),
    ) * x0.component_div(&x0.map(|e| 2.0 + e.sin()));
    let mut acc2: DMatrix<f64> = DMatrix::zeros(2, 2);
    for i in 0..x1.ncols() {
        for _ in 0..2_usize {
            let mut acc3 = cross_entropy(&exp(&(0.2 * &acc2)), &[1, 0]);
            acc3 -= (0.01 * acc2.norm_squared()).tanh().cos();
            acc3 = acc3.sin() + (0.1 * v1[i]).tanh();
            acc2 += sigmoid(&(0.2 * (acc3 * &x1)));
        }
        acc2 -=
            tanh(&(0.5 * x1.transpose().map(|e| -(1.0 + e.powi(2)).powf(0.5 * (0.5 * e).tanh()))));
    }
    let acc2 = &acc2 * 0.5;
    mse(&acc2, &x1) + (x0.sum() + x1.sum())
}

#[test]
fn check_f157() {
    passes_at_random_points(157, "f157", |rng| f157::check(&rng.vector(2), rng.matrix(2, 2)));
}

#[differentiable]
fn f158(x0: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(3, 3);
    for i in 0..n {
        let mut acc2 = exp(&tanh(&(0.5 * acc1.rows(0, 2).into_owned())));
        for _ in 0..2_usize {
            let m4 = {
                let m3 = &acc1 + tanh(&(0.05 * (acc2.sum() * DMatrix::identity(3, 3))));
                exp(&(0.2 * &acc2)) * (0.01 * m3.norm_squared()).exp()
            };
            acc2 -= tanh(
                &(0.1 * (ln(&(acc1.sum() * DMatrix::identity(2, 3)).map(|e| 2.0 + e.sin())) + &m4)),
            );
        }
        let mut acc5: DMatrix<f64> = DMatrix::zeros(2, 3);
        for _ in 0..acc1.ncols() {
            acc2 = acc2.map(|e| e.sin())
                + tanh(
                    &(0.5
                        * (acc1.rows(0, 2).into_owned()
                            / (1.0
                                + softmax(
                                    &(0.05
                                        * (acc1.row(i).norm_squared() * DMatrix::identity(3, 4))),
                                )
                                .norm_squared()))),
                );
            acc5 += acc2.map(|e| e.max(e * 0.5));
        }
        acc1 += tanh(
            &(0.5
                * (tanh(
                    &(0.05
                        * ((x0.columns(0, 3).into_owned() - x0.sum() * DMatrix::identity(3, 3))
                            * (0.02 * acc2.sum()).exp())),
                ) * (0.02 * acc5.sum()).exp())),
        );
    }
    let mut acc6 = ln(&acc1.transpose().map(|e| 2.0 + e.sin()));
    for i in 0..n {
        let mut acc7 = exp(&(0.2 * &acc6));
        for _ in 0..acc6.ncols() {
            let m8 = acc6.columns(0, 3).mean().max((0.05 * x0.column(i).norm_squared()).tanh())
                * tanh(&(0.02 * (&acc7 * &acc1)));
            acc7 += softmax(&(0.1 * (&acc6 - &acc1 + &m8)));
        }
        acc6 = &acc6 * 0.5
            + sigmoid(
                &(0.1
                    * (softmax(
                        &(0.05
                            * f004(
                                add_bias(&acc1, &x0.column(i).into_owned()),
                                &(DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * x0[(i, i)])
                                    .component_div(
                                        &(DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5])
                                            * acc1[(i, i)])
                                            .map(|e| e * e + 0.5),
                                    ),
                                relu(&(acc1.columns(1, 1).mean() * DMatrix::identity(4, 4))),
                                4,
                            )),
                    ) + &acc7)),
            );
    }
    let m10 = {
        let m9 = sigmoid(
            &(0.05
                * f004(
                    acc6.clone(),
                    &(0.01
                        * (DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75])
                            * acc6.norm_squared()))
                    .map(|e| e.tanh()),
                    tanh(&(0.01 * (x0.norm_squared() * DMatrix::identity(4, 4)))),
                    4,
                )),
        );
        acc1.transpose() + &m9
    };
    (0.01 * ((0.5 * (0.5 * x0.mean()).tanh()).tan() + m10.norm_squared())).tanh() + x0.sum()
}

#[test]
fn check_f158() {
    passes_at_random_points(158, "f158", |rng| f158::check(&rng.matrix(3, 4), 3));
}

#[differentiable]
fn f159(x0: &DVector<f64>, x1: &f64, p: Affine, labels: &[usize]) -> f64 {
    let s1 = p.w.mean() / (2.0 + (0.05 * f146(x1, *x1 * DMatrix::identity(2, 4))).tanh().sin());
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 3, 0.75);
    if *x1 + s1 < *x1 {
        let mut acc3: f64 = 1.0;
        acc3 *= (0.5 * (&acc2 - &acc2 * 0.5).norm()).sin();
        acc3 *= (0.1 * add_bias(&DMatrix::zeros(3, 4), x0).transpose().norm()).tanh();
        acc2 /= 2.0 + (0.5 * (s1 * acc3)).sin();
    }
    cross_entropy(&add_bias(&DMatrix::zeros(5, 5), &p.b), labels)
        + x0.sum()
        + acc2.norm_squared()
        + (x0.sum() + *x1 + p.w.sum() + p.b.sum())
}

#[test]
fn check_f159() {
    passes_at_random_points(159, "f159", |rng| {
        f159::check(
            &rng.vector(3),
            &rng.scalar(),
            Affine { w: rng.matrix(5, 3), b: rng.vector(5) },
            &[1, 2, 0, 2, 0],
        )
    });
}

#[differentiable]
fn f160(x0: &DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 2, 0.4);
    for i in 0..x0.ncols() {
        let mut acc2: DMatrix<f64> = DMatrix::from_element(2, 2, 0.4);
        for _ in 0..x0.nrows() {
            acc1 += tanh(&(0.2 * log_softmax(&(0.2 * &acc2))));
            acc2 /= 2.0 + (2.0 + (0.2 * acc1.sum()).powi(2).sin()).ln().tanh();
        }
        let m5 = {
            let m3 = x0 - acc1.mean() * DMatrix::identity(3, 3);
            let m4: DMatrix<f64> = (m3.mean() * DMatrix::identity(3, 3) + &m3)
                / (2.0 + (0.5 * x0.column(i).mean().min(x0[(0, i)])).cos());
            softmax(&(0.05 * (add_bias(x0, &m3.column(i).into_owned()) + &m4)))
        };
        acc1 /= 2.0 + (0.1 * (acc2.sum() + m5.mean())).tanh();
    }
    let m7 = acc1.map(|e| {
        let t6 = e;
        t6.sin()
    }) + ln(&acc1.map(|e| e * e + 0.5));
    (0.02 * x0.norm_squared()).tanh() * (0.02 * acc1.rows(0, 2).norm_squared()).tanh()
        + m7.mean()
        + x0.sum()
}

#[test]
fn check_f160() {
    passes_at_random_points(160, "f160", |rng| f160::check(&rng.matrix(3, 3)));
}

#[differentiable(wrt(x0))]
fn f161(x0: &f64, p: &Affine) -> f64 {
    assert_eq!(p.w.shape(), (2, 2));
    let s1 = *x0 * p.w.sum();
    let mut acc2: f64 = 0.5;
    acc2 -= (0.5 * *x0).sin();
    (0.05 * (f032(*x0, 1.25) + s1)).sin() + acc2 + (*x0 + p.w.sum() + p.b.sum())
}

#[test]
fn check_f161() {
    passes_at_random_points(161, "f161", |rng| {
        f161::check(&rng.scalar(), &Affine { w: rng.matrix(2, 2), b: rng.vector(2) })
    });
}

#[differentiable]
fn f162(x0: &DMatrix<f32>, x1: &DVector<f32>) -> DVector<f32> {
    let v3 = {
        let m2 = x0.map(|e| {
            let t1 = e / (1.0 + (0.5 * e).powi(2));
            (t1.powi(2) + 1.0).ln()
        });
        x1 / (2.0 + (0.5 * x1.sum()).cos()) * (0.1 * m2.norm_squared()).exp()
    };
    let mut acc4 = x1 * (0.02 * v3.norm_squared()).tanh();
    for _ in 0..3_usize {
        acc4 -= (0.05 * (&v3 * x0.row(0).mean())).map(|e| e.tanh());
    }
    (0.05 * (x1 * x0.rows(0, 1).norm_squared())).map(|e| e.tanh())
        + &acc4
        + DVector::from_element(1, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f162() {
    passes_at_random_points(162, "f162", |rng| f162::check(&rng.matrix(1, 1), &rng.vector(1)));
}

#[differentiable(wrt(x0, x1))]
fn f163(x0: &f32, x1: &DMatrix<f32>, x2: &DMatrix<f32>) -> DVector<f32> {
    let v1 = DVector::from_column_slice(&[0.25, 1.25]) * x2.mean() + x1.column(1).into_owned();
    let v2 = v1.clone();
    let mut acc3 = relu(&softmax(&(0.02 * (v2.norm_squared() * DMatrix::identity(2, 2)))));
    if *x0 < v1[0] {
        acc3 += ln(&x1.columns(1, 2).into_owned().map(|e| e * e + 0.5));
    }
    (0.05 * (x2[(1, 0)] * x2.column(0).into_owned() * (0.01 * acc3.norm_squared()).exp()))
        .map(|e| e.tanh())
        + DVector::from_element(3, 1.0) * (*x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f163() {
    passes_at_random_points(163, "f163", |rng| {
        f163::check(&rng.scalar(), &rng.matrix(2, 3), &rng.matrix(3, 3))
    });
}

#[differentiable]
fn f164(x0: f64, x1: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc1: f64 = 1.0;
    if acc1 < 0.4 {
        acc1 -= (0.01 * (x1 * x1).norm_squared()).tanh();
    } else {
        let mut acc2: f64 = 1.0;
        for _ in 0..n {
            assert_eq!(x1.shape(), (3, 3));
            acc2 *= (0.5 * x0).sin();
        }
        acc1 = acc1.sin() + (-(0.05 * (x0 * x1.sum())).tanh() + acc2);
    }
    let mut acc3 = (0.05
        * (softmax(&(0.05 * (x1.columns(0, 1).norm_squared() * DMatrix::identity(5, 5))))
            * (x0 * DMatrix::identity(5, 3) * x1.column(2).into_owned())))
    .map(|e| e.tanh());
    for _ in 0..2_usize {
        acc3 = (0.5 * &acc3).map(|e| e.tanh())
            + (0.02
                * (DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4, -0.3]) * x1.sum() * acc1))
                .map(|e| e.tanh());
    }
    let c4 = acc3.len() as f64;
    c4 + (0.02 * acc3.norm_squared()).sin() + (x0 + x1.sum())
}

#[test]
fn check_f164() {
    passes_at_random_points(164, "f164", |rng| f164::check(rng.scalar(), &rng.matrix(3, 3), 2));
}

#[differentiable(wrt(x0, x1))]
fn f165(x0: &DMatrix<f64>, x1: &f64, p: &Affine) -> f64 {
    assert_eq!(x0.shape(), (2, 2));
    let mut acc1 = (0.05
        * f034(
            &(DVector::from_column_slice(&[0.75, -0.5]) * *x1),
            x0[(0, 0)],
            &x0.column(0)
                .into_owned()
                .component_div(&x0.column(0).into_owned().map(|e| e * e + 0.5)),
            p,
        ))
    .tanh();
    if acc1 > 0.5 {
        acc1 = acc1 * 0.5 + ((0.05 * x0.columns(0, 2).norm_squared()).sin() - p.b[1]);
    } else if (1.0 + x0[(0, 0)].powi(2)).powf(0.5 * (0.5 * *x1).tanh()) < 2.0 {
        acc1 = acc1 * 0.5 + (f006(&p.b, *x1, *x1) + ((0.05 * p.b.norm_squared()).tanh() - *x1));
    } else {
        acc1 *= (0.5
            * (*x1 + (0.01 * p.w.norm_squared()).sin())
                .min((0.05 * mse(&p.w, &(*x1 * DMatrix::identity(3, 4)))).sin()))
        .cos();
        acc1 = acc1.tanh() + x0.rows(0, 2).norm();
    }
    (0.05 * (acc1 + *x1)).tanh() + (x0.sum() + *x1 + p.w.sum() + p.b.sum())
}

#[test]
fn check_f165() {
    passes_at_random_points(165, "f165", |rng| {
        f165::check(
            &rng.matrix(2, 2),
            &rng.scalar(),
            &Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
        )
    });
}

#[differentiable]
fn f166(x0: &DMatrix<f64>, p: TwoLayer) -> f64 {
    let s1 = if p.gain < 0.4 {
        (0.5 * p.gain).exp() - (0.5 * (0.2 * p.second.b.sum()).tanh()).tan()
    } else if p.gain + p.first.b.sum() < p.gain {
        (0.05
            * f034(
                &(DVector::from_column_slice(&[-1.0, 0.25]) * p.gain),
                (0.05 * p.first.b.norm_squared()).tanh(),
                &(DVector::from_column_slice(&[-1.0, 0.25]) * p.gain),
                &p.second,
            ))
        .sin()
    } else {
        assert_eq!(p.second.w.shape(), (3, 4));
        (p.gain.powi(2) + 0.5).sqrt()
    };
    let c2: f64 = 1.5;
    (0.05 * ((p.gain + x0.columns(0, 1).mean() + s1) * (0.5 * c2).exp())).tanh()
        + (x0.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f166() {
    passes_at_random_points(166, "f166", |rng| {
        f166::check(
            &rng.matrix(3, 2),
            TwoLayer {
                first: Affine { w: rng.matrix(4, 2), b: rng.vector(4) },
                second: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f167(x0: f64, x1: &DVector<f64>, q: &TwoLayer, n: usize) -> f64 {
    let mut acc1: f64 = 1.0;
    acc1 *= (0.05
        * f034(
            &(DVector::from_column_slice(&[-0.25, 1.0]) * q.first.b[0]),
            x0,
            &(DVector::from_column_slice(&[-0.5, 0.3]) * x0),
            &q.first,
        ))
    .tanh()
    .cos();
    acc1 -= q.gain * x1.mean();
    let mut acc2 = q.first.w[(2, 1)].max(x0);
    for _ in 0..n {
        acc2 /= 2.0 + (0.5 * (x0 / (1.0 + (0.2 * q.first.b.sum()).powi(2)))).cos();
    }
    let m4 = {
        let v3 = x1 * q.gain;
        (acc2 * DMatrix::identity(5, 4)).transpose() * (0.1 * v3.mean()).exp()
    };
    (0.02
        * ((0.05
            * f034(
                &(DVector::from_column_slice(&[0.3, -1.0]) * q.gain),
                acc2,
                &(DVector::from_column_slice(&[-1.0, 0.25]) * acc1),
                &q.first,
            ))
        .tanh()
            + m4.sum()))
    .tanh()
        + (x0
            + x1.sum()
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
            &rng.vector(5),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
            3,
        )
    });
}

#[differentiable]
fn f168(x0: &DVector<f64>, x1: f64, p: TwoLayer, case: usize) -> f64 {
    let m4 = match case {
        0 => {
            let m2 = (p.first.w.mean()
                * DMatrix::identity(2, 2)
                * (0.05 * p.second.b.norm_squared()).tanh())
            .map(|e| {
                let t1 = -e;
                t1 * e
            });
            ln(&(x1 * p.second.w.rows(1, 2).into_owned()).map(|e| 2.0 + e.sin())) + &m2
        }
        1 | 2 => {
            let v3 = p.first.b.clone();
            &p.first.w / (2.0 + (0.5 * p.gain).tanh()) * (0.05 * v3.norm_squared()).exp()
        }
        _ => {
            let x1 = x1.sin();
            ln(&p.first.w.map(|e| e * e + 0.5)) * x1.exp()
        }
    };
    let mut acc5: f64 = 0.0;
    acc5 -= p.first.w.sum();
    acc5 /= 2.0 + (0.5 * (0.5 * x1).powi(2)).tanh();
    (0.05 * ((0.05 * f002(x1, x0.norm_squared(), 3)).sin() + m4.sum())).tanh()
        + acc5
        + (x0.sum()
            + x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f168() {
    passes_at_random_points(168, "f168", |rng| {
        f168::check(
            &rng.vector(2),
            rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(4, 2), b: rng.vector(4) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f169(x0: &DMatrix<f64>, case: usize) -> f64 {
    let m2 = {
        let m1 = add_bias(
            x0,
            &(0.01 * (DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0.norm_squared()))
                .map(|e| e.tanh()),
        );
        ln(&exp(&(0.2 * &m1)))
    };
    let m3 = if x0.sum() > 0.5 {
        tanh(&sigmoid(&(0.05 * f150(&m2.rows(2, 2).into_owned(), &m2))))
    } else {
        &m2 - x0
    };
    assert_eq!(x0.shape(), (4, 4));
    (0.05
        * f102(
            m3.mean(),
            &(m2.mean() * DMatrix::identity(3, 4)),
            m2.sum() * DMatrix::identity(2, 3),
            4,
            case,
        ))
    .sin()
        + x0.sum()
}

#[test]
fn check_f169() {
    passes_at_random_points(169, "f169", |rng| f169::check(&rng.matrix(4, 4), rng.int(0, 3)));
}

#[differentiable]
fn f170(x0: f32, flag: bool, case: usize) -> f32 {
    let m1: DMatrix<f32> =
        (x0 * DMatrix::identity(5, 3)).map(|e| (0.5 * (0.5 * (e * (0.5 * e).tanh())).tanh()).tan());
    let mut acc2 = ln(&exp(&m1)).component_div(
        &add_bias(
            &m1,
            &(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25, -0.75]) * m1.norm_squared()),
        )
        .map(|e| e * e + 0.5),
    );
    acc2 =
        &acc2 * 0.5 + x0 * DMatrix::identity(5, 5) * m1.component_div(&m1.map(|e| 2.0 + e.sin()));
    acc2 = acc2.map(|e| e.sin()) + (x0 * DMatrix::identity(5, 3) - &m1);
    f156(x0, m1.rows(0, 3).into_owned(), 4, flag, case, &[0, 0, 1]) + acc2.mean() + x0
}

#[test]
fn check_f170() {
    passes_at_random_points(170, "f170", |rng| {
        f170::check(rng.scalar(), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f171(x0: &DVector<f32>, x1: &DMatrix<f32>, p: &Affine32) -> f32 {
    let m1 = (p.w[(0, 0)] * DMatrix::identity(2, 2)).component_div(&exp(&(0.2 * &p.w)));
    let c2 = x0.len() as f32;
    let m3 = x1.clone();
    (1.0 + c2.powi(2)).powf(0.5 * (0.1 * m1.sum()).tanh())
        + m3.sum()
        + (x0.sum() + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f171() {
    passes_at_random_points(171, "f171", |rng| {
        f171::check(
            &rng.vector(2),
            &rng.matrix(2, 2),
            &Affine32 { w: rng.matrix(2, 2), b: rng.vector(2) },
        )
    });
}

#[differentiable]
fn f172(x0: DVector<f32>, x1: DMatrix<f32>, q: &Affine32) -> f32 {
    let v1: DVector<f32> = x0.clone();
    let v2 = (0.05
        * (v1.sum()
            * DMatrix::identity(2, 3)
            * (DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * q.b.mean())))
    .map(|e| e.tanh());
    (0.05 * mse(&add_bias(&DMatrix::zeros(4, 4), &v1), &add_bias(&DMatrix::zeros(4, 4), &x0)))
        .tanh()
        + x1.mean()
        + v2.mean()
        + (x0.sum() + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f172() {
    passes_at_random_points(172, "f172", |rng| {
        f172::check(
            rng.vector(4),
            rng.matrix(4, 3),
            &Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
        )
    });
}

#[differentiable]
fn f173(x0: f64, x1: &DVector<f64>, case: usize) -> f64 {
    let mut acc1: f64 = 0.0;
    match case {
        0 => {
            acc1 = acc1.sin() + (DVector::from_column_slice(&[0.5]) * x0).norm_squared();
        }
        1 | 2 => {
            match case {
                0 => {
                    let x0 = (0.5 * x0).tanh();
                    acc1 = acc1.tanh() + x0.tanh();
                }
                1 | 2 => {
                    acc1 = acc1 * 0.5 + x1[0];
                    acc1 -= ((0.5 * x0).powi(2).powi(2) + 1.0).ln();
                }
                _ => {
                    acc1 -= x1.sum();
                }
            }
            acc1 += (0.5 * x1.sum()).abs() + x0;
        }
        _ => {
            acc1 = acc1 * 0.5 + (0.5 * (2.0 + x0.sin()).ln().tanh()).tan();
        }
    }
    let v3 = {
        let s2 = cross_entropy(&(x0 * DMatrix::identity(2, 2)), &[0, 1]) - x1.norm();
        (0.05 * (DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x1.sum() * x1.norm_squared()))
            .map(|e| e.tanh())
            * (0.1 * s2).exp()
    };
    (0.05 * (acc1 * x0)).tanh() + v3.sum() + (x0 + x1.sum())
}

#[test]
fn check_f173() {
    passes_at_random_points(173, "f173", |rng| {
        f173::check(rng.scalar(), &rng.vector(1), rng.int(0, 3))
    });
}

#[differentiable]
fn f174(x0: &f64, x1: &DVector<f64>, x2: &DVector<f64>, n: usize) -> DVector<f64> {
    let c1: DMatrix<f64> = DMatrix::from_element(1, 1, 0.4);
    let mut acc2 = *x0 * x1;
    for _ in 0..n {
        let m4 = {
            let m3 = softmax(&(0.5 * exp(&(0.5 * add_bias(&DMatrix::zeros(2, 1), x1)))));
            *x0 * DMatrix::identity(5, 1) * (0.5 * m3.norm_squared()).exp()
        };
        acc2 = (0.1 * &acc2).map(|e| e.tanh())
            + (0.05
                * (add_bias(&DMatrix::zeros(2, 1), x2)
                    .component_div(&m4.rows(2, 2).into_owned().map(|e| 2.0 + e.sin()))
                    * (DVector::from_column_slice(&[0.5]) * *x0)))
                .map(|e| e.tanh());
    }
    x1.map(|e| -e) * c1.norm_squared().exp()
        + &acc2
        + DVector::from_element(2, 1.0) * (*x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f174() {
    passes_at_random_points(174, "f174", |rng| {
        f174::check(&rng.scalar(), &rng.vector(2), &rng.vector(2), 2)
    });
}

#[differentiable]
fn f175(x0: &DVector<f32>, x1: &DMatrix<f32>) -> f32 {
    let m1 = ln(&exp(&(0.2 * x1)));
    assert_eq!(x0.len(), 4);
    let m1 = &m1 * 0.5 + ln(&x1.map(|e| 2.0 + e.sin()));
    (0.05 * m1.norm_squared()).tanh() + m1.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f175() {
    passes_at_random_points(175, "f175", |rng| f175::check(&rng.vector(4), &rng.matrix(1, 3)));
}

#[differentiable]
fn f176(x0: f64, x1: f64, p: &TwoLayer) -> f64 {
    let c1: f64 = 1.25;
    let v3 = (DVector::from_column_slice(&[0.75, -0.5]) * x1).map(|e| {
        let t2 = e - e * 0.5;
        -t2
    });
    assert_eq!(p.second.w.shape(), (5, 1));
    (0.05 * (x0 * x1 * (0.5 * c1).exp())).sin()
        + v3.mean()
        + (x0
            + x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f176() {
    passes_at_random_points(176, "f176", |rng| {
        f176::check(
            rng.scalar(),
            rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(1, 4), b: rng.vector(1) },
                second: Affine { w: rng.matrix(5, 1), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f177(x0: &DMatrix<f32>, n: usize, case: usize) -> f32 {
    let m2 = if n > 2 {
        x0.clone()
    } else if x0.mean() > (0.01 * x0.norm_squared()).tanh() {
        x0.transpose()
    } else {
        let mut acc1 = DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x0.sum();
        if acc1[3] > 1.25 {
            acc1 = acc1.map(|e| e.sin()) + x0.column(0).into_owned();
            acc1 -= x0.column(3).into_owned();
        }
        (x0 + add_bias(&DMatrix::zeros(4, 4), &acc1)) * (2.0 + acc1[3].sin()).ln()
    };
    let mut acc3 = (x0.rows(2, 2).mean() * DMatrix::identity(4, 4)).transpose();
    match case {
        0 => {
            let m4 = if n > 2 {
                ln(&exp(&(0.05 * (&acc3 + &m2))))
            } else {
                acc3 /=
                    2.0 + ln(&exp(&(0.05 * (x0.sum() * DMatrix::identity(4, 4))))).mean().tanh();
                x0.component_mul(&(acc3.rows(2, 1).mean() * DMatrix::identity(4, 4)))
            };
            acc3 -= (0.01 * m4.norm_squared()).tanh() * (x0[(2, 3)] * DMatrix::identity(4, 4));
        }
        1 | 2 => {
            let m5 = x0.clone();
            acc3 -= tanh(&(0.05 * (m2.column(1).sum() * DMatrix::identity(4, 4)))) + &m5;
        }
        _ => {
            acc3 *= (0.1
                * f111(&(x0.mean() * DMatrix::identity(4, 3)), x0.sum(), 3)
                    .min((0.01 * m2.norm_squared()).tanh()))
            .tanh();
        }
    }
    let m6 = tanh(&(0.05 * (&acc3 + &m2)));
    (0.05 * (m2[(2, 3)].min((0.01 * x0.norm_squared()).tanh()) + m6.norm_squared())).sin()
        + x0.sum()
}

#[test]
fn check_f177() {
    passes_at_random_points(177, "f177", |rng| f177::check(&rng.matrix(4, 4), 3, rng.int(0, 3)));
}

#[differentiable]
fn f178(x0: f64, x1: &DVector<f64>, case: usize) -> DVector<f64> {
    let s1: f64 = x0 + x1[1];
    let v2: DVector<f64> = (0.05
        * f003(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * s1, x0, 0.25, case))
    .map(|e| e.tanh())
    .component_mul(
        &(DVector::from_column_slice(&[1.0, 0.75, -0.5]) * x0
            + DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x0),
    );
    &v2 + DVector::from_column_slice(&[0.5, -0.25, 1.0]) * s1
        + DVector::from_element(3, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f178() {
    passes_at_random_points(178, "f178", |rng| {
        f178::check(rng.scalar(), &rng.vector(4), rng.int(0, 3))
    });
}

#[differentiable]
fn f179(x0: f64, x1: &DMatrix<f64>) -> f64 {
    let s1 = x0 * x0.sin();
    let m2 = exp(&(0.5 * (s1 * DMatrix::identity(5, 3))));
    let c3: DVector<f64> = DVector::zeros(3);
    (0.01 * (x1.mean() + m2.norm_squared())).tanh() * c3.norm_squared().exp() + (x0 + x1.sum())
}

#[test]
fn check_f179() {
    passes_at_random_points(179, "f179", |rng| f179::check(rng.scalar(), &rng.matrix(5, 5)));
}

#[differentiable]
fn f180(x0: &DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> f64 {
    assert_eq!(x0.shape(), (4, 2));
    let m2 = match case {
        0 => {
            let m1 = softmax(
                &(0.02
                    * x1.component_div(&x1.map(|e| e * e + 0.5))
                        .component_mul(&add_bias(x1, &x1.column(0).into_owned()))),
            );
            x0.map(|e| (0.5 * (0.5 * e).tanh()).tan() / (1.0 + (0.5 * e).sin().powi(2)))
                * (0.2 * m1.norm_squared()).exp()
        }
        1 | 2 => {
            (x0[(3, 1)] * DMatrix::identity(2, 4) + x0.sum() * DMatrix::identity(2, 4)).transpose()
        }
        _ => (x1.sum() * DMatrix::identity(2, 4))
            .component_div(
                &softmax(&(0.05 * (x1.norm_squared() * DMatrix::identity(2, 4))))
                    .map(|e| e * e + 0.5),
            )
            .transpose(),
    };
    (0.05 * m2.columns(1, 1).sum()).tanh().tanh() + x1.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f180() {
    passes_at_random_points(180, "f180", |rng| {
        f180::check(&rng.matrix(4, 2), &rng.matrix(2, 2), rng.int(0, 3))
    });
}

#[differentiable]
fn f181(x0: &DVector<f64>) -> f64 {
    let c1: DVector<f64> = DVector::zeros(4);
    let v2: DVector<f64> =
        c1.component_div(&c1.map(|e| 2.0 + e.sin())) * (c1.mean() / (2.0 + c1[0].sin()));
    let mut acc3: DVector<f64> = DVector::zeros(4);
    acc3 += (0.05
        * ((x0[1] * DMatrix::identity(4, 2)).map(|e| {
            let t4 = e * (0.5 * e).tanh();
            t4 - e
        }) * (DVector::from_column_slice(&[0.75, -0.5]) * x0[0])))
        .map(|e| e.tanh());
    v2.norm_squared().min(c1.mean()) + acc3.mean() + x0.sum()
}

#[test]
fn check_f181() {
    passes_at_random_points(181, "f181", |rng| f181::check(&rng.vector(3)));
}

#[differentiable]
fn f182(x0: f64, x1: f64, x2: &f64, case: usize) -> f64 {
    let c1: DVector<f64> = DVector::zeros(3);
    let x1 = (0.5 * x1).tanh() + f131(&(x1 * DMatrix::identity(2, 2)), x0, 4, case);
    (0.05 * (((0.5 * x0).cos() + *x2) * c1.norm_squared().exp() + x1)).tanh() + (x0 + x1 + *x2)
}

#[test]
fn check_f182() {
    passes_at_random_points(182, "f182", |rng| {
        f182::check(rng.scalar(), rng.scalar(), &rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f183(x0: DVector<f32>) -> DVector<f32> {
    assert_eq!(x0.len(), 2);
    let x0 = x0.map(|e| e.sin()) + x0.component_mul(&x0);
    -&x0 + DVector::from_element(2, 1.0) * x0.sum()
}

#[test]
fn check_f183() {
    passes_at_random_points(183, "f183", |rng| f183::check(rng.vector(2)));
}

#[differentiable(wrt(x0))]
fn f184(x0: &DMatrix<f64>, x1: &DVector<f64>, flag: bool, case: usize) -> DVector<f64> {
    let s2 = match case {
        0 => (x1.sum().powi(2) + 1.0).ln() - (0.05 * (x0[(0, 2)] * x0.sum())).tanh(),
        1 | 2 => cross_entropy(
            &(x1.sum() * DMatrix::identity(4, 2) * (0.02 * x0.norm_squared()).tanh()),
            &[3, 1],
        ),
        _ => {
            let v1 = if flag {
                DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x1[0]
            } else {
                x1 * x0[(0, 2)]
            };
            (0.5 * (0.05 * (x0.sum() + v1.sum())).sin().tanh()).tan()
        }
    };
    assert_eq!(x1.len(), 4);
    (0.02 * (s2 * x1)).map(|e| e.tanh()) + DVector::from_element(4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f184() {
    passes_at_random_points(184, "f184", |rng| {
        f184::check(&rng.matrix(2, 3), &rng.vector(4), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f185(x0: &DVector<f64>, x1: &DVector<f64>) -> f64 {
    let x0 = (0.5 * x0).map(|e| e.tanh());
    let v1: DVector<f64> =
        DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x0[0] / (1.0 + (0.5 * x1[0]).powi(2));
    v1[0] - x1[1] + (x0.sum() + x1.sum())
}

#[test]
fn check_f185() {
    passes_at_random_points(185, "f185", |rng| f185::check(&rng.vector(1), &rng.vector(3)));
}

#[differentiable]
fn f186(x0: &DMatrix<f64>, p: &TwoLayer) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(3, 3, 0.3);
    if p.gain > (0.5 * p.gain).tanh() {
        acc1 += tanh(&(0.05 * (x0.transpose() * x0)));
    }
    let s3 = {
        let m2 = p.first.w.component_mul(&p.first.w);
        (0.05 * ((0.01 * p.first.w.norm_squared()).sin().sin() + m2.sum())).tanh()
    };
    (0.01
        * ((0.02 * f090(&acc1.column(2).into_owned(), &(s3 * DMatrix::identity(3, 2)), p)).sin()
            + x0.norm_squared()))
    .sin()
        + (x0.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f186() {
    passes_at_random_points(186, "f186", |rng| {
        f186::check(
            &rng.matrix(5, 3),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                second: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f187(x0: f32, case: usize) -> DMatrix<f32> {
    let s1 = x0 - x0 * 0.5;
    let m5 = match case {
        0 => {
            let s3 = if x0 / (1.0 + (0.5 * x0).powi(2)) < x0 {
                let s2 = (1.0 + x0.powi(2)).powf(0.5 * (0.2 * s1).tanh());
                (0.5 * s2).powi(2)
                    + (0.02 * mse(&(s1 * DMatrix::identity(4, 4)), &(x0 * DMatrix::identity(4, 4))))
                        .sin()
            } else {
                (0.5 * x0).tanh()
            };
            tanh(&(0.02 * (s1 * DMatrix::identity(3, 4) * (s1 * DMatrix::identity(4, 3)))))
                .map(|e| (e - e * 0.5) / (2.0 + e.min(e.tanh()).cos()))
                * (0.2 * s3).exp()
        }
        1 | 2 => x0 * DMatrix::identity(3, 3) * (x0 * DMatrix::identity(3, 3)),
        _ => add_bias(
            &(x0 * DMatrix::identity(3, 3) - s1 * DMatrix::identity(3, 3)),
            &(DVector::from_column_slice(&[0.3, -1.0, 0.25]) * s1).map(|e| {
                let t4 = (0.05 * f170(e, false, 3)).tanh();
                t4 * 0.5
            }),
        ),
    };
    softmax(&(0.05 * ((x0 * DMatrix::identity(3, 3)).transpose() * (0.2 * s1).exp() + &m5)))
        + DMatrix::from_element(3, 3, 1.0) * x0
}

#[test]
fn check_f187() {
    passes_at_random_points(187, "f187", |rng| f187::check(rng.scalar(), rng.int(0, 3)));
}

#[differentiable]
fn f188(x0: &DMatrix<f64>, x1: &DMatrix<f64>, flag: bool) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::zeros(4, 2);
    for _ in 0..x0.ncols() {
        let x1 = tanh(&(0.5 * x1));
        acc1 -= sigmoid(&(0.2 * ((x0 + x0.map(|e| e.sin())) * relu(&x1))));
    }
    let m2 = f116(&(x0.column(0).into_owned() * x0.column(1).norm()), x1, flag);
    let m3 =
        sigmoid(&(0.02 * (&m2 * x1))) - tanh(&(0.05 * (x0.sum() * DMatrix::identity(2, 2) + &m2)));
    m3.transpose().mean() + acc1.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f188() {
    passes_at_random_points(188, "f188", |rng| {
        f188::check(&rng.matrix(4, 2), &rng.matrix(2, 2), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f189(x0: &DMatrix<f64>) -> f64 {
    let m1 = x0.clone();
    let s2 = x0.sum()
        / (2.0
            + (0.01
                * mse(
                    &(m1.sum() * DMatrix::identity(2, 2)),
                    &(x0.mean() * DMatrix::identity(2, 2)),
                ))
            .sin()
            .sin());
    (0.05 * (f169(&m1, 0) + s2)).sin() + x0.sum()
}

#[test]
fn check_f189() {
    passes_at_random_points(189, "f189", |rng| f189::check(&rng.matrix(4, 4)));
}

#[differentiable]
fn f190(x0: &DMatrix<f64>, x1: f64, case: usize) -> f64 {
    let s1 = (0.5 * x1).sin();
    let mut acc2 = f072((x1 * DMatrix::identity(2, 3)).transpose());
    match case {
        0 => {
            acc2 *= (0.5 * x1).tanh();
        }
        1 | 2 => {
            let v3 =
                x0.column(1).into_owned() - DVector::from_column_slice(&[-0.5, 0.3]) * acc2.mean();
            acc2 -= s1
                * DMatrix::identity(3, 2)
                * (x1 * DMatrix::identity(2, 2))
                * (0.01 * v3.norm_squared()).exp();
        }
        _ => {
            acc2 -= log_softmax(&(s1 * DMatrix::identity(3, 2)));
        }
    }
    (0.05 * (s1 + (0.05 * acc2[(2, 1)]).tanh() + x0.norm_squared())).tanh() + (x0.sum() + x1)
}

#[test]
fn check_f190() {
    passes_at_random_points(190, "f190", |rng| {
        f190::check(&rng.matrix(2, 2), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f191(x0: f64, x1: f64) -> f64 {
    let s1 = (1.0
        + (0.05 * f048(&(x1 * DMatrix::identity(3, 3)), &(x0 * DMatrix::identity(2, 2))))
            .tanh()
            .powi(2))
    .powf(0.5 * (0.5 * x1).tanh());
    let s2 = (0.01
        * (DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * x1
            + DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * x0)
            .norm_squared())
    .tanh();
    let s3 = x0 / (1.0 + s1.powi(2));
    s2 / (2.0 + s2.cos()) + s3 + (x0 + x1)
}

#[test]
fn check_f191() {
    passes_at_random_points(191, "f191", |rng| f191::check(rng.scalar(), rng.scalar()));
}

#[differentiable]
fn f192(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: f64, labels: &[usize]) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 4, 2.0);
    if (0.05 * f157(&x1.column(0).into_owned(), x0.columns(0, 2).into_owned())).sin() > 0.4 {
        acc1 -= ln(&x0.transpose().map(|e| e * e + 0.5)).transpose();
    } else if x2 > 1.25 {
        let x2 = (0.5 * x2).tanh();
        acc1 *= (0.1 * (f160(&(x0.sum() * DMatrix::identity(3, 3))) + x2)).cos();
    } else {
        let m2 = sigmoid(
            &(0.05
                * ((x2 * DMatrix::identity(2, 4)).component_div(&acc1.map(|e| 2.0 + e.sin()))
                    * x0.mean())),
        );
        acc1 = acc1.map(|e| e.sin()) + (exp(&(0.5 * x0)) + &m2);
    }
    let s3 = (0.05
        * (cross_entropy(&(x2 * DMatrix::identity(4, 4)), labels)
            - f025(&(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x2), 0.4)))
    .sin();
    (0.01 * (x2 + s3 + acc1.norm_squared())).tanh() + (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f192() {
    passes_at_random_points(192, "f192", |rng| {
        f192::check(&rng.matrix(2, 4), &rng.matrix(2, 3), rng.scalar(), &[3, 2, 3, 1])
    });
}

#[differentiable]
fn f193(x0: &DMatrix<f64>, x1: f64) -> f64 {
    let s1 = x1.min(x0.columns(2, 2).norm());
    let s2 = (0.05 * f076(&(s1 * DMatrix::identity(5, 5)))).tanh();
    let c3: DMatrix<f64> = DMatrix::zeros(4, 5);
    ((0.05 * f036(x0, x0)).tanh() + s2) * c3.norm_squared().exp() + (x0.sum() + x1)
}

#[test]
fn check_f193() {
    passes_at_random_points(193, "f193", |rng| f193::check(&rng.matrix(4, 4), rng.scalar()));
}

#[differentiable]
fn f194(x0: &DMatrix<f32>) -> DMatrix<f32> {
    let mut acc1: DMatrix<f32> = DMatrix::zeros(2, 4);
    if f133(
        x0.sum() * DMatrix::identity(3, 2),
        acc1.sum(),
        &(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * acc1.mean()),
    ) < x0.column(3).norm_squared()
    {
        let mut acc2: DVector<f32> = DVector::zeros(2);
        for i in 0..x0.nrows() {
            acc2 += (0.1
                * (x0.column(i).into_owned()
                    - DVector::from_column_slice(&[0.75, -0.5]) * acc1.column(3).norm_squared()))
            .map(|e| e.tanh());
            acc1 += sigmoid(&(0.5 * x0));
            acc2 = acc2.map(|e| e.sin())
                + (0.2
                    * ((0.02
                        * (&acc1
                            * (DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0.sum())))
                    .map(|e| e.tanh())
                        - (acc1.column(i).into_owned()
                            - DVector::from_column_slice(&[-0.25, 1.0]) * x0.mean())))
                .map(|e| e.tanh());
        }
        acc1 /= 1.0
            + (0.1 * (acc2.norm_squared() - acc2[1] - (0.2 * acc2.norm_squared()).tanh())).powi(2);
    }
    let mut acc3 = x0[(0, 1)] * DMatrix::identity(4, 4);
    acc3 = acc3.map(|e| e.sin())
        + (acc1.row(1).mean() * DMatrix::identity(4, 4)).map(|e| (2.0 + e.sin()).ln());
    (0.02 * x0.norm_squared()).sin() * &acc3 + DMatrix::from_element(4, 4, 1.0) * x0.sum()
}

#[test]
fn check_f194() {
    passes_at_random_points(194, "f194", |rng| f194::check(&rng.matrix(2, 4)));
}

#[differentiable]
fn f195(x0: &DMatrix<f64>, x1: f64) -> DMatrix<f64> {
    let mut acc1 = cross_entropy(&ln(&x0.map(|e| e * e + 0.5)), &[2, 0, 2, 3]);
    acc1 *= (0.02 * (x0.sum() * (x1 + (0.05 * x0.row(3).norm_squared()).tanh()))).sin().tanh();
    acc1 /= 1.0
        + (0.2
            * f071(
                &add_bias(
                    &(x1 * DMatrix::identity(3, 2)),
                    &(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x1),
                ),
                2,
            ))
        .powi(2);
    let x0 = tanh(&(0.5 * x0));
    let m3 = {
        let m2 = add_bias(&x0, &x0.column(2).into_owned()).transpose();
        tanh(&(0.05 * (&m2 * (acc1 * DMatrix::identity(4, 4)))))
    };
    relu(&m3) + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f195() {
    passes_at_random_points(195, "f195", |rng| f195::check(&rng.matrix(4, 4), rng.scalar()));
}

#[differentiable(wrt(x0))]
fn f196(x0: &DMatrix<f64>, x1: &f64, p: TwoLayer, flag: bool) -> f64 {
    let s1 = p.gain * *x1;
    let mut acc2 = p.second.b.mean();
    if *x1 + acc2 < 1.5 {
        acc2 /= 2.0 + (0.5 * x1.min((0.05 * p.first.b.norm_squared()).tanh())).cos();
    } else if flag {
        acc2 = acc2.sin() + (0.05 * (x0.column(1).norm_squared() + p.first.b.mean())).tanh();
    } else {
        let c3: f64 = 0.5;
        acc2 += mse(&softmax(x0), &tanh(&(0.05 * (s1 * x0)))) * c3.exp();
    }
    let v5: DVector<f64> = p.first.b.map(|e| {
        let t4 = e;
        e + t4
    }) - (&p.first.b - p.first.w.column(1).into_owned());
    (0.05 * ((0.02 * (p.gain - acc2 + x0.norm_squared())).tanh() + s1 + v5.mean())).tanh()
        + (x0.sum()
            + *x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f196() {
    passes_at_random_points(196, "f196", |rng| {
        f196::check(
            &rng.matrix(2, 3),
            &rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                second: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f197(x0: &DVector<f64>, x1: f64, q: TwoLayer) -> f64 {
    let mut acc1 = cross_entropy(&add_bias(&DMatrix::zeros(4, 4), x0), &[1, 3, 2, 0]);
    for i in 0..x0.len() {
        acc1 += (0.2 * (x1 - q.gain)).tanh();
        acc1 /= 2.0 + (0.2 * (q.second.b[i] * x1)).sin();
    }
    let c2: DVector<f64> = DVector::zeros(4);
    (0.02 * (((q.gain.powi(2) + 0.5).sqrt() + acc1) * c2.norm_squared().exp())).tanh()
        + (x0.sum()
            + x1
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f197() {
    passes_at_random_points(197, "f197", |rng| {
        f197::check(
            &rng.vector(4),
            rng.scalar(),
            TwoLayer {
                first: Affine { w: rng.matrix(1, 4), b: rng.vector(1) },
                second: Affine { w: rng.matrix(5, 1), b: rng.vector(5) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f198(x0: DMatrix<f32>, x1: f32) -> f32 {
    let s3 = {
        let m1 = relu(&(x1 * DMatrix::identity(2, 2)));
        let m2 = exp(&(0.5 * &m1));
        x1 / (1.0 + x0.norm_squared()) + m2.sum()
    };
    let m5 = {
        let m4 = (s3 * DMatrix::identity(4, 2)).map(|e| e + (2.0 + e.sin()).ln());
        tanh(&(0.1 * (s3 * DMatrix::identity(2, 4)))) * (0.05 * m4.mean()).exp()
    };
    let mut acc6: DMatrix<f32> = DMatrix::from_element(2, 4, 0.25);
    acc6 -= softmax(
        &(0.05
            * (x1 * DMatrix::identity(2, 2) * &x0).component_div(&exp(&(0.1
                * (x1 * DMatrix::identity(2, 4)).component_mul(&(x1 * DMatrix::identity(2, 4))))))),
    );
    acc6 -= exp(&(0.5 * &x0));
    (0.01 * ((0.1 * s3).cos() + m5.mean() + acc6.norm_squared())).tanh() + (x0.sum() + x1)
}

#[test]
fn check_f198() {
    passes_at_random_points(198, "f198", |rng| f198::check(rng.matrix(2, 4), rng.scalar()));
}

#[differentiable]
fn f199(x0: &DMatrix<f64>) -> f64 {
    let x0 = x0.map(|e| e.sin());
    let mut acc1: DMatrix<f64> = DMatrix::zeros(3, 3);
    acc1 *= x0.mean().tanh();
    acc1 = tanh(&acc1)
        + (x0.column(3).mean() * DMatrix::identity(3, 3) + x0[(1, 2)] * DMatrix::identity(3, 3));
    x0[(0, 2)] + acc1.mean() + x0.sum()
}

#[test]
fn check_f199() {
    passes_at_random_points(199, "f199", |rng| f199::check(&rng.matrix(4, 4)));
}

#[differentiable]
fn f200(x0: f64, x1: &DVector<f64>, x2: f64, flag: bool) -> DVector<f64> {
    let mut acc1: f64 = 0.5;
    for i in 0..3_usize {
        if flag {
            acc1 = acc1.sin()
                + (0.1
                    * (x0 + x1[i]).max(f192(
                        &(x1[i] * DMatrix::identity(2, 4)),
                        &(x2 * DMatrix::identity(2, 3)),
                        x2,
                        &[3, 2, 3, 1],
                    )))
                .sin();
        } else {
            let x0 = x0.sin()
                + f110(
                    DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * acc1,
                    &(acc1 * DMatrix::identity(3, 3)),
                );
            acc1 = acc1.sin() + (0.1 * (x0 + x1[3])).tanh();
        }
        acc1 /= 2.0 + (0.5 * x2).tanh();
    }
    let s2 = x2 / (1.0 + x1.norm_squared());
    (0.05 * (x1 * x2 * (0.2 * acc1).exp())).map(|e| e.tanh()) * (0.2 * s2).exp()
        + DVector::from_element(4, 1.0) * (x0 + x1.sum() + x2)
}

#[test]
fn check_f200() {
    passes_at_random_points(200, "f200", |rng| {
        f200::check(rng.scalar(), &rng.vector(4), rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f201(x0: &DMatrix<f32>, p: &Affine32) -> f32 {
    let x0 = x0 * 0.5;
    let m2 = (x0.columns(1, 1).sum() * DMatrix::identity(4, 1)).map(|e| {
        let t1 = e - e * 0.5;
        e + t1
    });
    (0.1 * m2.sum()).abs() + (x0.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f201() {
    passes_at_random_points(201, "f201", |rng| {
        f201::check(&rng.matrix(4, 2), &Affine32 { w: rng.matrix(4, 1), b: rng.vector(4) })
    });
}

#[differentiable]
fn f202(x0: &DMatrix<f32>, x1: &DMatrix<f32>, x2: f32, n: usize, case: usize) -> f32 {
    let m1 = add_bias(
        &(x2 * DMatrix::identity(3, 3)),
        &(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * x2),
    );
    let mut acc2 = ln(&exp(&(0.2 * x0)));
    if n > 3 {
        acc2 -= exp(&(0.5 * x1));
    } else if x2 < x2.sin() {
        acc2 *= (0.5 * x2.min(x1.mean())).tanh();
    } else {
        acc2 -= (x0 - x1).component_div(&exp(&(0.1 * (x0 + x1))));
    }
    let m3 = match case {
        0 => {
            assert_eq!(acc2.shape(), (3, 5));
            add_bias(&m1, &x0.column(4).into_owned())
        }
        1 | 2 => {
            let acc2 = tanh(&(0.1 * &acc2)) + acc2.map(|e| (0.1 * e).powi(3));
            tanh(&(0.2 * add_bias(&m1, &x1.column(2).into_owned()))) * (0.02 * acc2.sum()).exp()
        }
        _ => &m1 - &m1 * 0.5,
    };
    (0.05 * ((0.05 * ((0.5 * x2).tanh() + acc2.mean())).sin() + m3.sum())).tanh()
        + (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f202() {
    passes_at_random_points(202, "f202", |rng| {
        f202::check(&rng.matrix(3, 5), &rng.matrix(3, 5), rng.scalar(), 3, rng.int(0, 3))
    });
}

#[differentiable]
fn f203(x0: &DMatrix<f64>, x1: f64, q: &Affine) -> DMatrix<f64> {
    let m1 = -x0;
    let x1 = (0.5 * x1).tanh() + (x1.powi(2) + 1.0).ln();
    softmax(&(0.05 * ((exp(&(0.5 * x0)) + &m1) * (0.2 * x1).exp())))
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f203() {
    passes_at_random_points(203, "f203", |rng| {
        f203::check(
            &rng.matrix(3, 3),
            rng.scalar(),
            &Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
        )
    });
}

#[differentiable(wrt(x0))]
fn f204(x0: &DMatrix<f32>, x1: f32, flag: bool) -> f32 {
    let m1 = (x1 * DMatrix::identity(4, 4)).component_mul(&(x1 * DMatrix::identity(4, 4)));
    let m2 = x0 / (2.0 + (0.5 * x0.row(0).norm()).tanh());
    let mut acc3 = exp(&(0.5 * &m2));
    if x1 > 0.3 {
        for _ in 0..2_usize {
            acc3 -= tanh(&(0.5 * ln(&m2.map(|e| 2.0 + e.sin()))));
        }
        acc3 *= (0.2 * (x1 * (0.05 * m2.norm_squared()).tanh() * (x1 / (2.0 + (0.5 * x1).sin()))))
            .sin();
    } else {
        let m4 = if flag {
            x1 * DMatrix::identity(2, 4) - m1.rows(0, 2).into_owned()
        } else {
            x1 * DMatrix::identity(2, 4) + x0.sum() * DMatrix::identity(2, 4)
        };
        acc3 += m2.map(|e| (0.5 * e).tanh()) * (0.02 * m4.sum()).exp();
    }
    (0.01 * (acc3.mean() + m1.norm_squared())).tanh() + (x0.sum() + x1)
}

#[test]
fn check_f204() {
    passes_at_random_points(204, "f204", |rng| {
        f204::check(&rng.matrix(4, 1), rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f205(x0: DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> DMatrix<f64> {
    let m2 = {
        let s1 = (2.0
            + f173(x0.sum(), &(DVector::from_column_slice(&[0.5]) * x0.mean()), case).sin())
        .ln();
        ln(&x0.map(|e| e * e + 0.5)) * (0.5 * s1).exp()
    };
    let c3 = x0.ncols() as f64;
    let m4 = log_softmax(&(c3 * DMatrix::identity(3, 5)));
    tanh(&(0.05 * (m4.columns(0, 4).into_owned() * x0.mean())))
        * (0.2 * x1.mean()).exp()
        * (0.02 * m2.sum()).exp()
        + DMatrix::from_element(3, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f205() {
    passes_at_random_points(205, "f205", |rng| {
        f205::check(rng.matrix(5, 3), &rng.matrix(4, 5), rng.int(0, 3))
    });
}

#[differentiable]
fn f206(x0: &DVector<f64>, n: usize, flag: bool, case: usize) -> DVector<f64> {
    let m5 = if flag {
        let v2 = {
            let v1 = (0.05
                * f003(
                    x0 - (0.5 * x0).map(|e| e.tanh()),
                    f182((0.05 * x0.norm_squared()).tanh(), x0.sum(), &x0[1], case),
                    2.0,
                    2,
                ))
            .map(|e| e.tanh());
            let v1 = &v1 * 0.5;
            (0.05 * f003(x0.clone(), x0.mean(), 2.0, case)).map(|e| e.tanh()) + &v1
        };
        sigmoid(
            &(0.02
                * ((relu(&(x0[1] * DMatrix::identity(1, 1)))
                    - x0[1] * DMatrix::identity(1, 3) * add_bias(&DMatrix::zeros(3, 1), x0))
                    * (0.5 * v2.mean()).exp())),
        )
    } else {
        let m4 = match case {
            0 => {
                let c3: DMatrix<f64> = DMatrix::zeros(1, 3);
                exp(&(c3.rows(0, 1).norm_squared() * DMatrix::identity(3, 3)))
            }
            1 | 2 => (-tanh(&(0.05 * (x0.norm_squared() * DMatrix::identity(3, 3)))))
                .component_div(&exp(&(0.2 * -add_bias(&DMatrix::zeros(3, 3), x0)))),
            _ => tanh(
                &(0.05
                    * f004(
                        add_bias(&DMatrix::zeros(3, 3), x0),
                        &(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x0.mean()),
                        sigmoid(&(0.05 * (x0.norm_squared() * DMatrix::identity(4, 4)))),
                        4,
                    )),
            ),
        };
        sigmoid(&(0.5 * (m4.mean() * DMatrix::identity(1, 1)).transpose()))
    };
    let v9 = if n > 3 {
        let mut acc6: DVector<f64> = DVector::zeros(3);
        for _ in 0..n {
            acc6 = (0.5 * &acc6).map(|e| e.tanh())
                + (0.2 * (DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x0[2] * x0[1]))
                    .map(|e| e.tanh());
        }
        (acc6.sum().powi(2) + 1.0).ln() * (&acc6 * m5[(0, 0)])
    } else {
        let mut acc7 = ln(&m5.map(|e| 2.0 + e.sin()));
        match case {
            0 => {
                acc7 /= 2.0
                    + (0.05 * f193(&(x0.sum() * DMatrix::identity(4, 4)), m5.sum()))
                        .sin()
                        .min((0.2 * x0.sum()).sin())
                        .tanh();
            }
            1 | 2 => {
                let m8 = softmax(&add_bias(&DMatrix::zeros(3, 3), x0)).map(|e| e.sin());
                acc7 *= (0.2
                    * (m5[(0, 0)] * m8.norm_squared()
                        / (2.0 + (m5.sum() / (2.0 + m5.norm_squared().tanh())).tanh())))
                .cos();
            }
            _ => {
                acc7 *= (0.05
                    * f102(
                        m5.sum(),
                        &(x0[1] * DMatrix::identity(3, 4)),
                        m5[(0, 0)] * DMatrix::identity(2, 3),
                        4,
                        case,
                    ))
                .sin()
                .cos();
            }
        }
        add_bias(&DMatrix::zeros(3, 1), x0) * acc7.column(0).into_owned() - x0
    };
    assert_eq!(v9.len(), 3);
    DVector::from_column_slice(&[0.75, -0.5, 0.3]) * m5[(0, 0)] / (2.0 + (0.5 * x0.mean()).cos())
        + DVector::from_element(3, 1.0) * x0.sum()
}

#[test]
fn check_f206() {
    passes_at_random_points(206, "f206", |rng| {
        f206::check(&rng.vector(3), 4, rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable(wrt(x0))]
fn f207(x0: DMatrix<f64>, x1: &f64, case: usize, labels: &[usize]) -> DMatrix<f64> {
    assert_eq!(x0.shape(), (1, 5));
    let mut acc1: DMatrix<f64> = DMatrix::from_element(3, 1, 2.0);
    if *x1 * x1.sin() < *x1 {
        let s5 = match case {
            0 => {
                let m3 = {
                    let m2 = ln(&exp(&(0.1 * log_softmax(&(*x1 * DMatrix::identity(3, 3))))));
                    tanh(
                        &(0.05
                            * (acc1.columns(0, 1).sum()
                                * DMatrix::identity(1, 1)
                                * &x0
                                * (0.5 * m2.mean()).exp())),
                    )
                };
                cross_entropy(&tanh(&(0.5 * (*x1 * DMatrix::identity(2, 5)))), labels) + m3.sum()
            }
            1 | 2 => *x1 + x0.mean(),
            _ => {
                let s4: f64 = x0[(0, 1)];
                x0.columns(0, 1).norm_squared() + s4
            }
        };
        acc1 -= *x1 * DMatrix::identity(3, 1) * (0.05 * s5).exp();
    } else if -(*x1) < 0.25 {
        let m6 =
            add_bias(&(&x0 - &x0 * 0.5), &(x0.column(3).into_owned() - x0.column(2).into_owned()));
        acc1 /= 2.0
            + (0.05
                * (f105(
                    f006(&(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * *x1), *x1, *x1),
                    x1.min(*x1 * 0.5),
                ) + m6.sum()))
            .tanh()
            .sin();
    } else {
        acc1 += add_bias(
            &(*x1 * DMatrix::identity(3, 1)),
            &(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * *x1),
        );
    }
    let m7 = exp(&tanh(&(0.1 * &acc1)));
    ln(&m7.map(|e| e * e + 0.5)) + DMatrix::from_element(3, 1, 1.0) * (x0.sum() + *x1)
}

#[test]
fn check_f207() {
    passes_at_random_points(207, "f207", |rng| {
        f207::check(rng.matrix(1, 5), &rng.scalar(), rng.int(0, 3), &[0, 0, 0, 1, 1])
    });
}

#[differentiable]
fn f208(x0: &f32, x1: &DMatrix<f32>) -> f32 {
    let mut acc1 = x1[(4, 1)].max(x1.row(1).norm_squared());
    if (0.05 * (*x0 - acc1)).tanh() < 0.4 {
        acc1 += (2.0 + x0.sin()).ln();
    }
    let s2 = (0.1 * acc1).cos();
    x1.rows(0, 4).norm() - *x0 + s2 + (*x0 + x1.sum())
}

#[test]
fn check_f208() {
    passes_at_random_points(208, "f208", |rng| f208::check(&rng.scalar(), &rng.matrix(5, 2)));
}

#[differentiable]
fn f209(x0: &DMatrix<f64>, x1: f64) -> DMatrix<f64> {
    let m2 = {
        let s1 = f011(
            (x1 * DMatrix::identity(4, 2)).component_mul(&(x1 * DMatrix::identity(4, 2))),
            (x1.powi(2) + 0.5).sqrt(),
        );
        tanh(&(0.02 * (x0 * x0 * (0.05 * s1).exp())))
    };
    let m3 = log_softmax(&(0.1 * f053(x0.clone(), 2)));
    add_bias(&m3, &m2.column(3).into_owned()) + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f209() {
    passes_at_random_points(209, "f209", |rng| f209::check(&rng.matrix(4, 4), rng.scalar()));
}

#[differentiable(wrt(x0))]
fn f210(x0: DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 4, 1.25);
    acc1 *= (0.2 * (0.5 * x0.mean()).exp()).cos();
    acc1 -= (x1 + x1 * 0.5)
        / (2.0 + (0.2 * (0.02 * x0.norm_squared()).tanh().min(x1.columns(0, 4).norm())).cos());
    acc1 = acc1.map(|e| e.sin()) + add_bias(x1, &x1.column(0).into_owned());
    (0.05 * ((0.5 * (0.5 * x1.row(0).mean()).tanh()).tan() + acc1.sum())).tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f210() {
    passes_at_random_points(210, "f210", |rng| f210::check(rng.matrix(3, 3), &rng.matrix(2, 4)));
}

#[differentiable]
fn f211(x0: f64, x1: DVector<f64>, n: usize) -> f64 {
    let s1 = (0.5 * x0).sin();
    let mut acc2: DVector<f64> = DVector::zeros(2);
    if (s1 * DMatrix::identity(2, 3)).mean() > 0.3 {
        let s3 = ((x0 * s1).powi(2) + 0.5).sqrt();
        acc2 += s1 * DMatrix::identity(2, 2) * &x1 * (0.2 * s3).exp();
    } else {
        if n > 3 {
            acc2 -= -&x1 * x0;
        } else if s1 > x0 {
            let v4 = (DVector::from_column_slice(&[1.0, 0.75]) * x0)
                .map(|e| e.sin())
                .map(|e| e + e.sin());
            acc2 *= (0.1 * ((0.5 * x0).exp() + v4.norm_squared())).tanh();
        } else {
            acc2 *= (0.5 * x1[0]).tanh();
        }
        acc2 = acc2.map(|e| e.sin()) + &x1;
    }
    for i in 0..n {
        let v5 =
            s1 * DMatrix::identity(2, 2) * &x1 / (1.0 + (0.01 * acc2.norm_squared()).sin().powi(2));
        acc2 /= 2.0 + (0.02 * (x0 * s1 + (i as f64 + 0.5) + v5.norm_squared())).tanh().cos();
    }
    (0.01 * (x0 - x1.sum() + acc2.norm_squared())).sin() + (x0 + x1.sum())
}

#[test]
fn check_f211() {
    passes_at_random_points(211, "f211", |rng| f211::check(rng.scalar(), rng.vector(2), 2));
}

#[differentiable]
fn f212(x0: DMatrix<f64>, x1: DVector<f64>) -> f64 {
    let v2 = (0.05 * (&x1 * x0.sum())).map(|e| e.tanh()).map(|e| {
        let t1 = e;
        e + t1
    });
    let v4 = {
        let s3 = (-&v2).mean();
        s3 * &x1
    };
    (0.1 * v2.norm_squared()).abs() + v4.sum() + (x0.sum() + x1.sum())
}

#[test]
fn check_f212() {
    passes_at_random_points(212, "f212", |rng| f212::check(rng.matrix(4, 4), rng.vector(4)));
}

#[differentiable]
fn f213(x0: &f64) -> f64 {
    let m1 = (*x0 * DMatrix::identity(3, 3)).map(|e| e * 0.5);
    let m1 = tanh(&m1);
    m1.rows(0, 3).norm_squared() + *x0
}

#[test]
fn check_f213() {
    passes_at_random_points(213, "f213", |rng| f213::check(&rng.scalar()));
}

#[differentiable]
fn f214(x0: DVector<f32>, flag: bool, case: usize) -> DVector<f32> {
    let mut acc1: DVector<f32> = DVector::zeros(2);
    for _ in 0..x0.len() {
        for _ in 0..acc1.len() {
            acc1 -= (0.1 * (add_bias(&DMatrix::zeros(2, 2), &x0) * &x0 - x0.map(|e| e * 0.5)))
                .map(|e| e.tanh());
        }
        acc1 *= (0.05 * f060(x0.sum(), &(x0.norm_squared() * DMatrix::identity(5, 4)), flag, case))
            .tanh()
            .tanh();
    }
    let mut acc2: DVector<f32> = DVector::zeros(2);
    acc2 = &acc2 * 0.5 + ((0.05 * f183(x0.clone())).map(|e| e.tanh()) + &x0);
    acc2 *= (0.2 * (x0.mean() + acc1.mean())).sin();
    &acc2 + DVector::from_element(2, 1.0) * x0.sum()
}

#[test]
fn check_f214() {
    passes_at_random_points(214, "f214", |rng| {
        f214::check(rng.vector(2), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f215(x0: &DMatrix<f64>, x1: &DMatrix<f64>) -> f64 {
    let m1 = softmax(&(0.01 * (x1.norm_squared() * DMatrix::identity(4, 5))));
    let mut acc2 =
        (0.05 * (x1.sum() * (x0.mean() / (2.0 + (0.01 * x0.norm_squared()).tanh().tanh())))).tanh();
    acc2 -= (0.05 * f076(&ln(&x0.map(|e| 2.0 + e.sin())))).tanh();
    acc2 = acc2 * 0.5 + (0.05 * (m1.norm_squared() - m1.columns(0, 4).norm_squared())).sin();
    for i in 0..x0.nrows() {
        for _ in 0..x1.ncols() {
            let s3 = (0.05 * acc2).sin().sin();
            acc2 *= s3.sin();
        }
        let s6 = {
            let m4 = m1.map(|e| e - e.sin());
            let mut acc5: DMatrix<f64> = DMatrix::from_element(4, 5, 0.75);
            acc5 /= 2.0 + (0.2 * m4.sum().min((0.05 * acc2).tanh())).tanh();
            acc5 /= 1.0
                + (0.05
                    * (f062(
                        (0.05 * acc2).tanh(),
                        &x1.column(i).into_owned(),
                        sigmoid(&(0.05 * (acc2 * DMatrix::identity(4, 3)))),
                    ) - ((0.05 * acc2).tanh().powi(2) + 1.0).ln()))
                .tanh()
                .powi(2);
            (0.05 * acc2).tanh().exp() + acc5.sum()
        };
        acc2 /= 2.0
            + (0.05 * (x0.columns(1, 2).norm() + (i as f64 + 0.5) + s6 * x1.rows(0, 2).mean()))
                .tanh()
                .sin();
    }
    (0.05 * (acc2 * x1.columns(2, 3).mean())).sin() + (x0.sum() + x1.sum())
}

#[test]
fn check_f215() {
    passes_at_random_points(215, "f215", |rng| f215::check(&rng.matrix(5, 5), &rng.matrix(3, 5)));
}

#[differentiable]
fn f216(x0: &DMatrix<f32>, p: TwoLayer32, flag: bool, case: usize) -> f32 {
    let m3 = if flag {
        relu(x0)
    } else if (0.05 * p.first.w.rows(2, 1).norm_squared()).tanh() > 0.5 {
        let mut acc1: DMatrix<f32> = DMatrix::zeros(4, 3);
        match case {
            0 => {
                let s2 = (0.5 * (0.5 * p.gain).tanh()).tan();
                acc1 += f037(
                    (0.05
                        * f208(
                            &(0.01 * p.second.w.norm_squared()).tanh(),
                            &(p.gain * DMatrix::identity(5, 2)),
                        ))
                    .tanh(),
                    case,
                ) * s2.exp();
            }
            1 | 2 => {
                acc1 = &acc1 * 0.5
                    + add_bias(&DMatrix::zeros(4, 3), &p.first.b)
                        .map(|e| e / (2.0 + (0.5 * e).sin()) + (e - e * 0.5));
                acc1 = &acc1 * 0.5 + log_softmax(&p.first.w);
            }
            _ => {
                acc1 = &acc1 * 0.5
                    + (&p.first.w + p.first.w.map(|e| e.sin())).component_div(
                        &(p.first.w.columns(1, 2).into_owned()
                            * (p.gain * DMatrix::identity(2, 3)))
                        .map(|e| 2.0 + e.sin()),
                    );
            }
        }
        x0 * (0.05 * acc1.mean()).exp()
    } else {
        x0.map(|e| e * e.sin())
    };
    let mut acc4 = softmax(&(0.05 * x0.component_mul(&m3))).component_mul(&log_softmax(x0));
    for _ in 0..p.second.b.len() {
        let m6 = {
            let m5 = tanh(&(0.5 * &p.second.w));
            add_bias(&p.second.w, &p.second.b) + &m5
        };
        acc4 -= softmax(&(0.05 * ((x0 + &m3) * sigmoid(&(0.2 * &m3)) * (0.02 * m6.sum()).exp())));
    }
    let m7 = x0.transpose();
    (0.05 * ((0.5 * p.gain).exp() + acc4.sum() + m7.norm_squared())).tanh()
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
            &rng.matrix(1, 1),
            TwoLayer32 {
                first: Affine32 { w: rng.matrix(4, 3), b: rng.vector(4) },
                second: Affine32 { w: rng.matrix(3, 4), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f217(x0: &DMatrix<f64>, x1: &DVector<f64>) -> DMatrix<f64> {
    let m1 = softmax(&(0.5 * -(x1.sum() * DMatrix::identity(3, 4))));
    let mut acc2 = sigmoid(
        &(0.05
            * f205(
                m1.row(2).norm_squared() * DMatrix::identity(5, 4) * m1.transpose(),
                &(x0[(0, 0)] * DMatrix::identity(5, 4)).transpose(),
                0,
            )),
    );
    if acc2.rows(0, 3).norm() < 0.25 {
        acc2 += add_bias(&m1, &x0.column(2).into_owned());
    } else if (m1.columns(0, 4).norm_squared().powi(2) + 1.0).ln() > 0.3 {
        acc2 *= (0.2 * (x0.rows(1, 2).norm() - m1[(1, 2)])).sin();
    } else {
        let x0 = x0 * 0.5 + log_softmax(&(0.2 * (m1.norm_squared() * DMatrix::identity(3, 3))));
        acc2 -= add_bias(&m1, &m1.column(3).into_owned()) * (0.1 * x0.mean()).exp();
    }
    -&acc2 + DMatrix::from_element(3, 4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f217() {
    passes_at_random_points(217, "f217", |rng| f217::check(&rng.matrix(3, 3), &rng.vector(4)));
}

#[differentiable]
fn f218(x0: &DMatrix<f64>, x1: &DMatrix<f64>, q: &TwoLayer) -> f64 {
    assert_eq!(q.first.w.shape(), (2, 2));
    let m1 = exp(&(0.5 * &q.first.w));
    let s2 = q.gain.min((0.5 * q.gain).tanh());
    (0.02
        * ((0.02 * ((0.02 * (s2 + x0.norm_squared())).tanh() + x1.norm_squared())).sin()
            + m1.norm_squared()))
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
fn check_f218() {
    passes_at_random_points(218, "f218", |rng| {
        f218::check(
            &rng.matrix(2, 5),
            &rng.matrix(5, 2),
            &TwoLayer {
                first: Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
                second: Affine { w: rng.matrix(3, 2), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f219(x0: &DMatrix<f32>, x1: f32, x2: DVector<f32>, case: usize) -> f32 {
    let s1 = x1;
    let s2 = match case {
        0 => x2.norm(),
        1 | 2 => s1 / (2.0 + (0.5 * x1).cos()),
        _ => f111(&(x2[0] * DMatrix::identity(4, 3)), x1, 3).min((0.5 * x1).abs()),
    };
    (0.05 * ((0.05 * (s2 - x1 + x0.mean())).tanh() + x2.norm_squared())).tanh()
        + s1
        + (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f219() {
    passes_at_random_points(219, "f219", |rng| {
        f219::check(&rng.matrix(2, 2), rng.scalar(), rng.vector(3), rng.int(0, 3))
    });
}

#[differentiable]
fn f220(x0: &DMatrix<f64>, x1: &DVector<f64>) -> DMatrix<f64> {
    let mut acc1 = (0.05 * x1.norm_squared()).tanh() * x1;
    acc1 /= 2.0 + (0.02 * x0.norm_squared()).tanh().tanh();
    acc1 -= x1;
    add_bias(x0, &x0.column(0).into_owned()) * (0.1 * acc1.mean()).exp()
        + DMatrix::from_element(5, 1, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f220() {
    passes_at_random_points(220, "f220", |rng| f220::check(&rng.matrix(5, 1), &rng.vector(4)));
}

#[differentiable]
fn f221(x0: &DVector<f64>, n: usize, labels: &[usize]) -> f64 {
    let v3 = {
        let v1 = (x0 - x0 * 0.5) / (1.0 + (0.2 * (x0.sum() - x0[1])).powi(2));
        let mut acc2 = v1.clone();
        for i in 0..2_usize {
            acc2 /= 1.0 + (0.2 * ((0.01 * v1.norm_squared()).tanh() * v1.mean())).powi(2);
            acc2 = &acc2 * 0.5
                + (0.5
                    * (softmax(
                        &(0.02
                            * (v1.mean()
                                * DMatrix::identity(5, 5)
                                * (v1.mean() * DMatrix::identity(5, 1)))),
                    ) * (DVector::from_column_slice(&[0.25]) * x0[i])))
                    .map(|e| e.tanh());
        }
        (0.02 * (&acc2 * acc2[0])).map(|e| e.tanh())
    };
    let mut acc4: DVector<f64> = DVector::zeros(5);
    if n > 2 {
        acc4 = acc4.map(|e| e.tanh()) + x0;
    } else if x0.mean() > v3.mean() {
        acc4 = &acc4 * 0.5
            + (0.05
                * (x0[4]
                    * DMatrix::identity(5, 3)
                    * (DVector::from_column_slice(&[0.25, 1.25, -0.75]) * v3[2])
                    * cross_entropy(&(v3.sum() * DMatrix::identity(2, 5)), labels)))
            .map(|e| e.tanh());
    } else {
        acc4 = acc4.map(|e| e.sin()) + v3.component_div(&v3.map(|e| e * e + 0.5));
    }
    acc4 /= 1.0 + (0.2 * (x0.sum() * DMatrix::identity(1, 1)).mean()).powi(2);
    cross_entropy(&(v3[2] * DMatrix::identity(2, 5)), labels) + acc4.sum() + x0.sum()
}

#[test]
fn check_f221() {
    passes_at_random_points(221, "f221", |rng| f221::check(&rng.vector(5), 4, &[0, 0, 1, 1, 1]));
}

#[differentiable(wrt(x0))]
fn f222(x0: DVector<f64>, x1: DMatrix<f64>) -> f64 {
    let mut acc1 = (0.05
        * (&x0 - DVector::from_column_slice(&[-0.5, 0.3]) * x1.sum()).component_div(
            &(x1.mean()
                * DMatrix::identity(2, 4)
                * (DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x0[0]))
                .map(|e| e * e + 0.5),
        ))
    .map(|e| e.tanh());
    for _ in 0..x1.ncols() {
        acc1 = (0.5 * &acc1).map(|e| e.tanh())
            + (0.05
                * ((&x1 + add_bias(&DMatrix::zeros(2, 2), &x0))
                    * (&x0 * (0.05 * x1.norm_squared()).tanh())))
            .map(|e| e.tanh());
    }
    let c2: DMatrix<f64> = DMatrix::zeros(5, 5);
    let x0 = x0.map(|e| e.sin()) + &x1 * x1.column(0).into_owned();
    (0.01
        * ((0.02 * add_bias(&DMatrix::zeros(2, 5), &acc1).norm_squared()).tanh()
            * c2.norm_squared().exp()
            + x0.norm_squared()))
    .tanh()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f222() {
    passes_at_random_points(222, "f222", |rng| f222::check(rng.vector(2), rng.matrix(2, 2)));
}

#[differentiable]
fn f223(x0: &f32, n: usize) -> f32 {
    let x0 = *x0 * 0.5 + (*x0 + (0.5 * *x0).tanh());
    let mut acc1: f32 = 0.0;
    for _ in 0..n {
        acc1 = acc1 * 0.5 + (0.2 * (x0 - x0 * 0.5)).tanh();
        acc1 = acc1.tanh() + (0.2 * x0.min((0.2 * x0).tanh())).tanh();
    }
    let x0 = x0.sin();
    (0.05 * (acc1 * DMatrix::identity(5, 2)).norm_squared()).tanh() + x0 + x0
}

#[test]
fn check_f223() {
    passes_at_random_points(223, "f223", |rng| f223::check(&rng.scalar(), 2));
}

#[differentiable]
fn f224(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: &f64, flag: bool) -> f64 {
    let m1: DMatrix<f64> = softmax(&tanh(
        &(0.05
            * f217(
                &(*x2 * DMatrix::identity(3, 3)),
                &(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0[(0, 0)]),
            )),
    ));
    let m3 = if flag {
        ln(&softmax(x0).map(|e| 2.0 + e.sin()))
    } else {
        let mut acc2 = *x2 * DMatrix::identity(1, 4) * (*x2 * DMatrix::identity(4, 3));
        if x0.dot(x0) > *x2 {
            acc2 = &acc2 * 0.5 + ln(&x0.map(|e| 2.0 + e.sin()));
        } else {
            acc2 /= 1.0
                + (0.05
                    * f049(&m1.columns(0, 3).into_owned(), &(*x2 * DMatrix::identity(1, 4)), *x2))
                .tanh()
                .sin()
                .powi(2);
        }
        -&acc2
    };
    let c4 = x0.ncols() as f64;
    (0.02
        * (((0.05
            * (cross_entropy(&(*x2 * DMatrix::identity(4, 3)), &[3, 2, 3])
                + x1.sum()
                + m1.norm_squared()))
        .sin()
            + m3.mean())
            * (0.2 * c4).exp()))
    .tanh()
        + (x0.sum() + x1.sum() + *x2)
}

#[test]
fn check_f224() {
    passes_at_random_points(224, "f224", |rng| {
        f224::check(&rng.matrix(1, 3), &rng.matrix(3, 1), &rng.scalar(), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f225(x0: &DMatrix<f64>, x1: DMatrix<f64>, flag: bool, case: usize, labels: &[usize]) -> f64 {
    let m1 = sigmoid(
        &(0.05
            * (x0.row(3).mean()
                * DMatrix::identity(2, 4)
                * (x1.row(1).norm() * DMatrix::identity(4, 2)))),
    );
    let m4 = match case {
        0 => x0.rows(1, 2).into_owned().component_mul(&(m1.sum() * DMatrix::identity(2, 4))),
        1 | 2 => {
            let s2 = m1.columns(0, 2).sum()
                / (1.0 + (x1[(0, 0)] * DMatrix::identity(4, 4)).norm_squared());
            f101(s2 + m1[(1, 1)], flag, case, labels)
        }
        _ => {
            let c3 = x1.ncols() as f64;
            &x1 * (c3 * DMatrix::identity(2, 4))
        }
    };
    let m6 = {
        let m5 = x0.clone();
        log_softmax(&(0.1 * &m4)) * (0.01 * m5.norm_squared()).exp()
    };
    (0.01 * m4.column(3).norm_squared()).tanh().exp() + m1.sum() + m6.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f225() {
    passes_at_random_points(225, "f225", |rng| {
        f225::check(
            &rng.matrix(4, 4),
            rng.matrix(2, 2),
            rng.uniform() < 0.5,
            rng.int(0, 3),
            &[1, 0, 1, 1],
        )
    });
}

#[differentiable]
fn f226(x0: f64, case: usize, labels: &[usize]) -> f64 {
    let mut acc1 = (DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0)
        .component_mul(&(DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x0))
        / (2.0 + (0.2 * cross_entropy(&(x0 * DMatrix::identity(2, 3)), labels)).cos());
    for i in 0..3_usize {
        let mut acc2 = acc1[i];
        for _ in 0..acc1.len() {
            acc1 = (0.05 * &acc1).map(|e| e.tanh())
                + ((0.05 * (DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * acc2))
                    .map(|e| e.tanh())
                    - (0.05 * (DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75]) * acc2))
                        .map(|e| e.tanh()))
                .map(|e| e.tanh());
            acc2 = acc2.sin() + (0.5 * acc1[i].powi(2)).tanh();
        }
        acc1 = acc1.map(|e| e.sin())
            + (0.5 * f114(&((0.05 * acc2).tanh() / (2.0 + (0.05 * acc2).tanh().tanh())), case))
                .map(|e| e.tanh());
    }
    acc1 += DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0;
    (0.01 * mse(&add_bias(&DMatrix::zeros(4, 3), &acc1), &(x0 * DMatrix::identity(4, 3)))).tanh()
        + x0
}

#[test]
fn check_f226() {
    passes_at_random_points(226, "f226", |rng| {
        f226::check(rng.scalar(), rng.int(0, 3), &[0, 1, 0])
    });
}

#[differentiable]
fn f227(x0: DMatrix<f32>, x1: f32, case: usize) -> DMatrix<f32> {
    let mut acc1: DMatrix<f32> = DMatrix::zeros(4, 5);
    for _ in 0..x0.nrows() {
        acc1 = acc1.map(|e| e.sin())
            + softmax(
                &(0.2 * ((x1.powi(2) + 1.0).ln() * relu(&(x0.mean() * DMatrix::identity(4, 5))))),
            );
    }
    if x1 < 0.3 {
        acc1 = &acc1 * 0.5
            + add_bias(
                &(x1 * DMatrix::identity(4, 5)),
                &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0.row(4).mean()),
            );
    }
    let s2 = (0.05
        * f202(&(x1 * DMatrix::identity(3, 5)), &x0.rows(0, 3).into_owned(), x1, 3, case))
    .tanh();
    sigmoid(&(0.05 * (&x0 * (0.01 * acc1.norm_squared()).exp() * s2.exp())))
        + DMatrix::from_element(5, 5, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f227() {
    passes_at_random_points(227, "f227", |rng| {
        f227::check(rng.matrix(5, 5), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f228(x0: f32, x1: &DMatrix<f32>, x2: &DMatrix<f32>, case: usize) -> f32 {
    let s1 = f041(x0, x0 * DMatrix::identity(4, 3), 0);
    let s3 = {
        let s2 = (0.5 * (0.5 * x2[(0, 2)]).tanh()).tan();
        s2 * 0.5
    };
    let mut acc4: f32 = 0.0;
    match case {
        0 => {
            acc4 =
                acc4.sin() + f020(&(DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0), 0);
            acc4 = (0.2 * acc4).tanh()
                + cross_entropy(&(x2.columns(2, 1).into_owned() + x1.transpose()), &[2]);
        }
        1 | 2 => {
            acc4 -= x0 - s3;
        }
        _ => {
            let s5: f32 = x0.min(s3);
            acc4 /= 1.0 + (0.2 * (x2.row(2).norm() + s5)).powi(2);
        }
    }
    (0.05 * (x0.max(s1) + x1.mean() + s3 + acc4)).tanh() + (x0 + x1.sum() + x2.sum())
}

#[test]
fn check_f228() {
    passes_at_random_points(228, "f228", |rng| {
        f228::check(rng.scalar(), &rng.matrix(1, 3), &rng.matrix(3, 3), rng.int(0, 3))
    });
}

#[differentiable]
fn f229(x0: &DMatrix<f64>, q: &TwoLayer) -> f64 {
    let m1: DMatrix<f64> = q.second.w.clone();
    let m3 = if q.gain > 1.25 {
        tanh(&(0.1 * (add_bias(&DMatrix::zeros(4, 4), &q.second.b) * &q.second.w)))
    } else {
        let s2 = cross_entropy(&log_softmax(&q.first.w), &[0, 1, 0, 1]);
        softmax(&m1) * m1.rows(1, 3).into_owned().transpose() * (0.05 * s2).exp()
    };
    (0.02 * (m1.sum() + x0.norm_squared())).tanh()
        + m3.mean()
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f229() {
    passes_at_random_points(229, "f229", |rng| {
        f229::check(
            &rng.matrix(2, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f230(x0: f32) -> f32 {
    let v1 = -(DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * x0);
    let x0 = x0 * 0.5
        + (0.05 * mse(&(x0 * DMatrix::identity(4, 4)), &(v1[1] * DMatrix::identity(4, 4)))).sin();
    let s2 = if x0 - v1.mean() > 0.5 {
        x0.min(v1.mean())
    } else {
        cross_entropy(&(v1.sum() * DMatrix::identity(2, 3)), &[0, 0, 0])
            + cross_entropy(&(x0 * DMatrix::identity(2, 4)), &[0, 0, 0, 1])
    };
    (0.1 * s2).powi(2) + x0
}

#[test]
fn check_f230() {
    passes_at_random_points(230, "f230", |rng| f230::check(rng.scalar()));
}

#[differentiable]
fn f231(x0: &DMatrix<f32>, n: usize, case: usize) -> f32 {
    let m1 = tanh(&(0.05 * (x0 * x0.sum())));
    let mut acc2: DMatrix<f32> = DMatrix::zeros(3, 3);
    match case {
        0 => {
            acc2 -= x0[(1, 0)] * DMatrix::identity(3, 2) * m1.rows(0, 2).into_owned();
        }
        1 | 2 => {
            acc2 -= ln(&x0.map(|e| e * e + 0.5));
        }
        _ => {
            let m3 = m1.transpose();
            acc2 =
                &acc2 * 0.5 + m3.columns(1, 2).into_owned() * (m3.mean() * DMatrix::identity(2, 3));
        }
    }
    for i in 0..n {
        acc2 *= (0.2 * x0.column(i).norm().min(m1.sum())).tanh();
    }
    (0.01 * (cross_entropy(&m1, &[2, 1, 2]) + acc2.norm_squared())).tanh() + x0.sum()
}

#[test]
fn check_f231() {
    passes_at_random_points(231, "f231", |rng| f231::check(&rng.matrix(3, 3), 2, rng.int(0, 3)));
}

#[differentiable]
fn f232(x0: f64, x1: f64, n: usize, case: usize) -> f64 {
    let s1 = (0.05
        * f140(
            x0 * DMatrix::identity(3, 3),
            x0 * DMatrix::identity(3, 3),
            &(DVector::from_column_slice(&[-1.0, 0.25, 1.25]) * x1),
        ))
    .tanh();
    let mut acc2: f64 = 0.0;
    for i in 0..3_usize {
        let mut acc3 = DVector::from_column_slice(&[0.3, -1.0, 0.25]) * x0
            / (2.0 + (0.5 * f226(acc2, case, &[0, 1, 0])).sin());
        for _ in 0..n {
            let s5 = {
                let s4 = acc3.norm()
                    + (0.01
                        * mse(
                            &(x0 * DMatrix::identity(3, 2)),
                            &(acc3[i] * DMatrix::identity(3, 2)),
                        ))
                    .tanh();
                (0.05 * (x0 - acc2 + s4)).sin()
            };
            acc3 *= ((0.5
                * (0.2 * cross_entropy(&(x0 * DMatrix::identity(3, 3)), &[1, 1, 0])).tanh())
            .tan()
                + s5)
                .cos();
        }
        acc2 = acc2.sin()
            + (0.01
                * (f173(
                    x1 - s1,
                    &(s1 * DMatrix::identity(1, 2)
                        * (DVector::from_column_slice(&[1.0, 0.75]) * x0)),
                    case,
                ) + acc3.norm_squared()))
            .tanh();
    }
    let mut acc6: f64 = 1.0;
    acc6 += (acc2.powi(2) + 0.5).sqrt();
    acc6 *=
        (0.05 * f129(-x0, ln(&(acc2 * DMatrix::identity(5, 5)).map(|e| e * e + 0.5)))).tanh().sin();
    x1 + acc6 + (x0 + x1)
}

#[test]
fn check_f232() {
    passes_at_random_points(232, "f232", |rng| {
        f232::check(rng.scalar(), rng.scalar(), 2, rng.int(0, 3))
    });
}

#[differentiable]
fn f233(x0: f32) -> f32 {
    let m1 = x0 * DMatrix::identity(4, 4) * (x0 * DMatrix::identity(4, 4));
    let x0 = (0.5 * x0).tanh();
    (0.02 * (x0.max(x0.sin()) + m1.sum())).sin() + x0
}

#[test]
fn check_f233() {
    passes_at_random_points(233, "f233", |rng| f233::check(rng.scalar()));
}

#[differentiable]
fn f234(x0: &DMatrix<f64>, x1: DVector<f64>, flag: bool, case: usize) -> f64 {
    let s5 = match case {
        0 => {
            let s4 = if flag {
                let s1 = (0.02 * x0.norm_squared()).tanh()
                    / (2.0 + (0.5 * x1[1]).tanh())
                    / (1.0 + softmax(x0).norm_squared());
                s1 + s1 * 0.5
            } else if x1[2] > x0.columns(2, 1).mean() {
                let m2 =
                    softmax(&(0.05 * (x0.row(2).norm_squared() * DMatrix::identity(3, 3)))) - x0;
                cross_entropy(
                    &add_bias(&DMatrix::zeros(3, 2), &x1).map(|e| (0.1 * f182(e, e, &e, 0)).abs()),
                    &[1, 2],
                ) + m2.sum()
            } else {
                let mut acc3: DMatrix<f64> = DMatrix::from_element(3, 2, 0.25);
                acc3 = tanh(&acc3) + tanh(&(0.1 * f072(add_bias(&DMatrix::zeros(3, 2), &x1))));
                acc3 /= 2.0 + (0.5 * x0[(2, 2)]).tanh().tanh();
                acc3.mean() + x0[(1, 0)] + -(0.02 * x0.norm_squared()).tanh()
            };
            (0.1 * (s4 + x1[0])).powi(3)
        }
        1 | 2 => softmax(&(x1[2] * DMatrix::identity(3, 2))).norm(),
        _ => {
            x1.mean().min(x0.mean())
                / (2.0 + (0.1 * f152(&x1, &(x0.mean() * DMatrix::identity(3, 4)))).sin())
        }
    };
    let c6 = x1.len() as f64;
    (0.05
        * (((0.02 * x0.rows(0, 3).norm_squared()).tanh() / (1.0 + x1.norm_squared()) + s5)
            * (0.2 * c6).exp()))
    .sin()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f234() {
    passes_at_random_points(234, "f234", |rng| {
        f234::check(&rng.matrix(3, 3), rng.vector(3), rng.uniform() < 0.5, rng.int(0, 3))
    });
}

#[differentiable]
fn f235(x0: f64) -> f64 {
    let mut acc1: DVector<f64> = DVector::zeros(5);
    acc1 = acc1.map(|e| e.sin())
        + (DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3, -1.0]) * x0 * x0)
            .map(|e| (0.2 * e).abs() * e);
    acc1 += (0.01
        * ((x0 * DMatrix::identity(5, 5)).map(|e| f182(e, e, &(e * (0.5 * e).tanh()), 3))
            * (x0
                * DMatrix::identity(5, 4)
                * (DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0))))
        .map(|e| e.tanh());
    let mut acc2 = (0.01
        * (add_bias(&DMatrix::zeros(5, 5), &acc1)
            * (x0
                * DMatrix::identity(5, 4)
                * (DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0))))
        .map(|e| e.tanh());
    for _ in 0..acc1.len() {
        let c3: f64 = 2.0;
        acc2 = &acc2 * 0.5
            + (0.05
                * (&acc1
                    + x0 * DMatrix::identity(5, 2)
                        * (DVector::from_column_slice(&[0.5, -0.25]) * c3)))
                .map(|e| e.tanh());
    }
    acc2 = &acc2 * 0.5
        + tanh(&(0.05 * (add_bias(&DMatrix::zeros(5, 4), &acc1) + x0 * DMatrix::identity(5, 4))))
            * (0.01 * (x0 * DMatrix::identity(4, 5) * &acc1)).map(|e| e.tanh());
    x0 * (0.02 * acc1.sum()).tanh() + acc2.sum() + x0
}

#[test]
fn check_f235() {
    passes_at_random_points(235, "f235", |rng| f235::check(rng.scalar()));
}

#[differentiable]
fn f236(x0: &DMatrix<f64>, x1: f64, x2: f64, case: usize) -> f64 {
    let x1 = x1.sin()
        + (0.05
            * f061(
                DVector::from_column_slice(&[1.0, 0.75, -0.5]) * x2,
                &(x2 * DMatrix::identity(4, 4)),
                2,
            ))
        .tanh();
    let s2 = match case {
        0 => (0.05
            * mse(&(x2 * DMatrix::identity(2, 4)).transpose(), &(x1 * DMatrix::identity(4, 2))))
        .tanh(),
        1 | 2 => (0.5 * x1.tanh()).tan(),
        _ => {
            let c1: f64 = 0.4;
            cross_entropy(&(c1 * DMatrix::identity(2, 4)), &[1, 0, 1, 0])
        }
    };
    s2 + x2 + x0.sum() + x1 + (x0.sum() + x1 + x2)
}

#[test]
fn check_f236() {
    passes_at_random_points(236, "f236", |rng| {
        f236::check(&rng.matrix(1, 2), rng.scalar(), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f237(x0: DMatrix<f64>, x1: DMatrix<f64>, x2: &DMatrix<f64>, flag: bool) -> DMatrix<f64> {
    let mut acc1: f64 = 1.0;
    for _ in 0..2_usize {
        for _ in 0..2_usize {
            acc1 = (0.2 * acc1).tanh()
                + (0.02 * (x2.mean() * DMatrix::identity(4, 2)).transpose().norm_squared()).sin();
        }
        acc1 = (0.2 * acc1).tanh()
            + (0.05
                * f036(
                    &softmax(&(0.2 * (x0.sum() * DMatrix::identity(4, 4)))),
                    &x2.map(|e| (1.0 + e.powi(2)).powf(0.5 * (0.5 * e).tanh())),
                ))
            .tanh();
    }
    let s5 = if x0.mean() / (2.0 + (0.5 * acc1).sin()) > 2.0 {
        let s3 = {
            let m2: DMatrix<f64> = softmax(&(&x0 / (2.0 + (0.5 * acc1).sin())));
            (0.02 * x1.rows(0, 2).norm_squared()).sin() + m2.norm_squared()
        };
        s3.max(acc1).max(
            (0.05 * f048(&(acc1 * DMatrix::identity(3, 3)), &(acc1 * DMatrix::identity(2, 2))))
                .sin(),
        )
    } else if flag {
        let mut acc4 = ln(&x2.component_div(&x0.map(|e| 2.0 + e.sin())).map(|e| 2.0 + e.sin()));
        acc4 += x2.component_div(&exp(&(0.2 * x2)));
        (0.01
            * ((0.05 * (&x0 + acc1 * DMatrix::identity(4, 4)).norm()).tanh() + acc4.norm_squared()))
        .tanh()
    } else {
        acc1 * (0.5 * acc1).tanh()
    };
    sigmoid(&(0.05 * (&x0 * (0.2 * x1.mean()).exp() * (0.05 * s5).exp())))
        + DMatrix::from_element(4, 4, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f237() {
    passes_at_random_points(237, "f237", |rng| {
        f237::check(rng.matrix(4, 4), rng.matrix(2, 4), &rng.matrix(4, 4), rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f238(x0: &DMatrix<f64>, x1: f64) -> DMatrix<f64> {
    assert_eq!(x0.shape(), (3, 3));
    let x0 = x0.map(|e| e.sin());
    &x0 * (0.2 * x1).exp() + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f238() {
    passes_at_random_points(238, "f238", |rng| f238::check(&rng.matrix(3, 3), rng.scalar()));
}

#[differentiable(wrt(x0, x1))]
fn f239(x0: &f64, x1: f64, x2: f64) -> DMatrix<f64> {
    let mut acc1: f64 = 0.0;
    for i in 0..3_usize {
        let c2: f64 = 0.3;
        acc1 = (0.5 * acc1).tanh() + (0.5 * (c2 * i as f64).exp()).sin();
    }
    let s3 = f001(x0, &(x2 * DMatrix::identity(3, 1)), 3, &[0, 1, 0]);
    let s5 = {
        let s4 = (0.2 * (0.5 * x2).exp()).sin();
        (s4 * DMatrix::identity(2, 3)).dot(&(x2 * DMatrix::identity(2, 3)))
    };
    tanh(
        &(0.02
            * ((*x0 * DMatrix::identity(2, 2) + acc1 * DMatrix::identity(2, 2))
                * (0.2 * x1).exp()
                * (0.1 * s3).exp())),
    ) * (0.1 * s5).exp()
        + DMatrix::from_element(2, 2, 1.0) * (*x0 + x1 + x2)
}

#[test]
fn check_f239() {
    passes_at_random_points(239, "f239", |rng| {
        f239::check(&rng.scalar(), rng.scalar(), rng.scalar())
    });
}

#[differentiable]
fn f240(x0: f32, x1: &DMatrix<f32>, q: &TwoLayer32, flag: bool, case: usize) -> f32 {
    assert_eq!(x1.shape(), (4, 4));
    let m2 = {
        let m1: DMatrix<f32> = ln(&q.first.w.map(|e| 2.0 + e.sin()));
        q.gain * DMatrix::identity(5, 3) * (0.2 * m1.mean()).exp()
    };
    let s3 = m2[(1, 2)];
    (0.05 * f216(&(x0 * DMatrix::identity(1, 1)), q.clone(), flag, case)).sin()
        + s3
        + (x0
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f240() {
    passes_at_random_points(240, "f240", |rng| {
        f240::check(
            rng.scalar(),
            &rng.matrix(4, 4),
            &TwoLayer32 {
                first: Affine32 { w: rng.matrix(4, 3), b: rng.vector(4) },
                second: Affine32 { w: rng.matrix(3, 4), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            rng.uniform() < 0.5,
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f241(x0: &DMatrix<f32>, n: usize, case: usize, labels: &[usize]) -> f32 {
    let s3 = match case {
        0 => {
            let x0 = x0 * 0.5;
            x0.column(2).mean()
        }
        1 | 2 => {
            let mut acc1: DMatrix<f32> = DMatrix::from_element(2, 4, 1.5);
            if n > 2 {
                acc1 *= (0.2 * x0.sum()).cos();
                acc1 /= 2.0
                    + (0.5
                        * cross_entropy(
                            &softmax(&(0.02 * (x0.norm_squared() * DMatrix::identity(4, 4)))),
                            labels,
                        ))
                    .tanh();
            } else if n > 3 {
                let m2 = acc1.component_mul(&acc1);
                acc1 += &m2;
            } else {
                acc1 /= 1.0 + (0.5 * x0.mean()).powi(2);
            }
            x0.row(1).sum() + acc1.sum()
        }
        _ => cross_entropy(&(x0.mean() * DMatrix::identity(4, 4)), labels),
    };
    assert_eq!(x0.shape(), (2, 4));
    (0.05 * (x0.sum() + s3)).tanh() + x0.sum()
}

#[test]
fn check_f241() {
    passes_at_random_points(241, "f241", |rng| {
        f241::check(&rng.matrix(2, 4), 4, rng.int(0, 3), &[0, 1, 1, 3])
    });
}

#[differentiable(wrt(x0))]
fn f242(x0: &DMatrix<f64>, q: &TwoLayer, n: usize) -> DVector<f64> {
    let m3 = if n > 3 {
        let mut acc1 = ln(&x0.map(|e| 2.0 + e.sin()));
        for _ in 0..q.first.w.ncols() {
            acc1 -= sigmoid(&(0.5 * &q.first.w));
            acc1 -= q.second.w.transpose().map(|e| e.sin());
        }
        softmax(
            &(0.05
                * f004(
                    acc1.clone(),
                    &(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * q.gain),
                    q.first.b.mean() * DMatrix::identity(4, 4),
                    4,
                )),
        )
    } else if x0.mean() - q.gain > 0.5 {
        let c2: DMatrix<f64> = DMatrix::zeros(3, 3);
        softmax(&(0.02 * (relu(&(&q.second.w * &q.first.w)) * c2.mean().exp())))
    } else {
        q.first.w.component_div(&q.second.w.transpose().map(|e| e * e + 0.5))
    };
    let c4: f64 = 0.4;
    (0.02 * ((&q.second.b - &q.first.b) * (0.01 * m3.norm_squared()).exp() * c4.exp()))
        .map(|e| e.tanh())
        + DVector::from_element(3, 1.0)
            * (x0.sum()
                + q.first.w.sum()
                + q.first.b.sum()
                + q.second.w.sum()
                + q.second.b.sum()
                + q.gain)
}

#[test]
fn check_f242() {
    passes_at_random_points(242, "f242", |rng| {
        f242::check(
            &rng.matrix(3, 3),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                second: Affine { w: rng.matrix(3, 3), b: rng.vector(3) },
                gain: rng.scalar(),
            },
            4,
        )
    });
}

#[differentiable]
fn f243(x0: f64, x1: DVector<f64>, n: usize, case: usize) -> f64 {
    let v1 = match case {
        0 => (0.05
            * (relu(&(x0 * DMatrix::identity(4, 2)))
                * (x1[0]
                    * DMatrix::identity(2, 1)
                    * (DVector::from_column_slice(&[0.75]) * x1[1]))))
            .map(|e| e.tanh()),
        1 | 2 => {
            DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x0
                - DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0
        }
        _ => {
            DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0
                - DVector::from_column_slice(&[-0.5, 0.3, -1.0, 0.25]) * x0
        }
    };
    let s2: f64 = cross_entropy(&add_bias(&DMatrix::zeros(2, 4), &x1), &[1, 0, 1, 0]);
    let mut acc3: f64 = 0.5;
    for _ in 0..n {
        let s2 = (0.2 * s2).tanh() + s2;
        acc3 = acc3 * 0.5
            + (0.1
                * ((f131(&add_bias(&DMatrix::zeros(2, 2), &x1), x0, 4, 2).powi(2) + 0.5).sqrt()
                    + s2))
                .tanh();
    }
    (0.05 * (cross_entropy(&(s2 * DMatrix::identity(2, 4)), &[1, 0, 1, 1]) + v1.mean())).tanh()
        + acc3
        + (x0 + x1.sum())
}

#[test]
fn check_f243() {
    passes_at_random_points(243, "f243", |rng| {
        f243::check(rng.scalar(), rng.vector(2), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f244(x0: &DMatrix<f64>, x1: f64, case: usize) -> f64 {
    let s1 = (0.2 * x0.sum()).abs();
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 2, 0.5);
    match case {
        0 => {
            acc2 += sigmoid(&(0.5 * x0));
        }
        1 | 2 => {
            let mut acc3: DVector<f64> = DVector::zeros(4);
            acc3 *= (0.2 * x0.row(0).norm()).cos();
            acc2 = tanh(&acc2)
                + x0.map(|e| {
                    let t4 = e - e * 0.5;
                    (2.0 + e.sin()).ln() + t4
                }) * acc3.sum().exp();
        }
        _ => {
            acc2 = acc2.map(|e| e.sin())
                + softmax(&(0.2 * x0.component_mul(&(x1 * DMatrix::identity(4, 2)))));
            acc2 += ln(&exp(&sigmoid(&(0.5 * x0))));
        }
    }
    (0.05 * ((s1.powi(2) + 1.0).ln() + x1 + acc2.mean())).tanh() + (x0.sum() + x1)
}

#[test]
fn check_f244() {
    passes_at_random_points(244, "f244", |rng| {
        f244::check(&rng.matrix(4, 2), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f245(x0: &DVector<f64>, x1: f64, x2: DMatrix<f64>) -> DMatrix<f64> {
    let mut acc1: f64 = 0.0;
    acc1 = acc1.sin()
        + f077(
            &(x1 * DMatrix::identity(4, 2) + (x1 * DMatrix::identity(4, 2)).map(|e| e.sin())),
            DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x1,
            4,
            false,
        );
    let s2 = f110(x0.clone(), &add_bias(&DMatrix::zeros(3, 3), x0));
    softmax(&(0.05 * (&x2 * (0.05 * acc1).exp() * (0.05 * s2).exp())))
        + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + x1 + x2.sum())
}

#[test]
fn check_f245() {
    passes_at_random_points(245, "f245", |rng| {
        f245::check(&rng.vector(3), rng.scalar(), rng.matrix(2, 2))
    });
}

#[differentiable]
fn f246(x0: f64, x1: &DMatrix<f64>) -> f64 {
    let m3 = {
        let m1 = log_softmax(&-x1);
        let m2 = ln(&exp(&(0.2 * x1)));
        add_bias(
            &(x0 * DMatrix::identity(2, 2)),
            &(0.01 * (DVector::from_column_slice(&[-0.5, 0.3]) * m1.norm_squared()))
                .map(|e| e.tanh()),
        ) * (0.1 * m2.sum()).exp()
    };
    let mut acc4: DMatrix<f64> = DMatrix::from_element(3, 3, 1.25);
    for _ in 0..x1.ncols() {
        acc4 = tanh(&(0.2 * &acc4)) + tanh(&(0.2 * (x0 * DMatrix::identity(3, 3) - x1)));
    }
    (0.01 * ((0.01 * m3.row(1).norm_squared()).tanh() + acc4.norm_squared())).tanh()
        + (x0 + x1.sum())
}

#[test]
fn check_f246() {
    passes_at_random_points(246, "f246", |rng| f246::check(rng.scalar(), &rng.matrix(3, 3)));
}

#[differentiable]
fn f247(x0: &DMatrix<f64>, x1: &f64, case: usize) -> f64 {
    let s1 = (x0[(0, 2)] - *x1)
        / (1.0
            + (0.1
                * f110(
                    DVector::from_column_slice(&[0.5, -0.25, 1.0]) * *x1,
                    &(*x1 * DMatrix::identity(3, 3)),
                ))
            .powi(2));
    let mut acc2: f64 = 1.0;
    match case {
        0 => {
            let mut acc3 = (0.2 * cross_entropy(&x0.transpose(), &[1, 2, 1, 2])).exp();
            for i in 0..x0.nrows() {
                let c4 = x0.nrows() as f64;
                acc2 -= (0.5 * (x0[(i, 1)].powi(2) + 1.0).ln()).sin();
                acc3 /= 2.0
                    + (0.1
                        * f006(
                            &(0.05 * (DVector::from_column_slice(&[0.5, -0.25, 1.0]) * acc2 * c4))
                                .map(|e| e.tanh()),
                            x0.sum(),
                            (0.5 * (0.1 * x0.sum()).tanh()).tan(),
                        ))
                    .cos();
            }
            acc2 += (0.02
                * mse(
                    &softmax(&(0.2 * (acc3 * DMatrix::identity(3, 4)))),
                    &(*x1 * DMatrix::identity(3, 4))
                        .component_div(&(acc3 * DMatrix::identity(3, 4)).map(|e| 2.0 + e.sin())),
                ))
            .tanh();
        }
        1 | 2 => {
            acc2 = acc2.tanh()
                + f185(
                    &(DVector::from_column_slice(&[0.25]) * s1),
                    &(DVector::from_column_slice(&[0.3, -1.0, 0.25]) * *x1),
                );
        }
        _ => {
            acc2 += (0.05 * mse(&x0.rows(1, 3).into_owned(), &x0.rows(0, 3).into_owned())).sin();
        }
    }
    (0.2 * s1).cos() + acc2 + (x0.sum() + *x1)
}

#[test]
fn check_f247() {
    passes_at_random_points(247, "f247", |rng| {
        f247::check(&rng.matrix(4, 3), &rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f248(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: &DVector<f64>) -> DMatrix<f64> {
    assert_eq!(x0.shape(), (2, 3));
    let mut acc1: DMatrix<f64> = DMatrix::from_element(2, 3, 0.5);
    for i in 0..x1.nrows() {
        let m2 = if f011(
            softmax(&(0.02 * (x0.norm_squared() * DMatrix::identity(4, 2)))),
            (0.02 * x0.norm_squared()).tanh(),
        ) > acc1.sum()
        {
            log_softmax(x0)
        } else {
            acc1 += tanh(&(0.5 * (x0 / (1.0 + (0.02 * x0.norm_squared()).tanh().powi(2)))));
            x0.map(|e| f213(&(0.5 * (0.5 * e).tanh()).tan()))
        };
        acc1 = acc1.map(|e| e.sin())
            + tanh(
                &(0.1
                    * (sigmoid(
                        &(0.05
                            * (add_bias(&DMatrix::zeros(2, 4), x2)
                                * (x1.rows(0, 2).norm() * DMatrix::identity(4, 3)))),
                    ) * x0[(i, i)].min(x1.mean())
                        + &m2)),
            );
    }
    relu(&acc1) + DMatrix::from_element(2, 3, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f248() {
    passes_at_random_points(248, "f248", |rng| {
        f248::check(&rng.matrix(2, 3), &rng.matrix(2, 2), &rng.vector(2))
    });
}

#[differentiable]
fn f249(x0: &DMatrix<f64>, x1: &f64, p: &TwoLayer) -> DVector<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 3, 1.5);
    acc1 += p.second.w.rows(1, 3).into_owned().transpose();
    let m2: DMatrix<f64> = p.first.w.transpose();
    (0.02 * ((&p.second.b - &p.first.b) * (0.2 * x0.mean()).exp() * (0.2 * *x1).exp()))
        .map(|e| e.tanh())
        * (0.05 * acc1.sum()).exp()
        * (0.01 * m2.norm_squared()).exp()
        + DVector::from_element(4, 1.0)
            * (x0.sum()
                + *x1
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f249() {
    passes_at_random_points(249, "f249", |rng| {
        f249::check(
            &rng.matrix(4, 3),
            &rng.scalar(),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f250(x0: f64, x1: DMatrix<f64>, n: usize, flag: bool) -> DMatrix<f64> {
    let mut acc1: DMatrix<f64> = DMatrix::from_element(4, 5, 2.0);
    if !flag {
        acc1 *= (0.5 * x1.column(4).into_owned().mean()).sin();
        acc1 += x0 * &x1;
    }
    let mut acc2 = softmax(&(0.2 * (x1.sum() * DMatrix::identity(4, 3))));
    for _ in 0..n {
        let mut acc3: DMatrix<f64> = DMatrix::zeros(3, 5);
        for _ in 0..2_usize {
            acc1 *= (0.05
                * (acc3.mean()
                    - f012(
                        DVector::from_column_slice(&[-1.0, 0.25]) * x0,
                        &sigmoid(&(0.01 * (x1.norm_squared() * DMatrix::identity(1, 5)))),
                        x0 * DMatrix::identity(2, 2),
                    )))
            .tanh()
            .tanh();
            acc3 -= tanh(&tanh(&(0.5 * (x0 * DMatrix::identity(3, 5)))));
        }
        let m4 = if flag {
            tanh(
                &(0.05
                    * acc2.component_mul(&acc2).component_div(
                        &(&acc2 * (x0 * DMatrix::identity(3, 3))).map(|e| e * e + 0.5),
                    )),
            )
        } else {
            acc2.clone()
        };
        acc2 += tanh(&(0.2 * (&m4 * (0.05 * acc3.sum()).exp())));
    }
    sigmoid(&(0.05 * x1.component_mul(&acc1))) * (0.01 * acc2.norm_squared()).exp()
        + DMatrix::from_element(4, 5, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f250() {
    passes_at_random_points(250, "f250", |rng| {
        f250::check(rng.scalar(), rng.matrix(4, 5), 2, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f251(x0: DMatrix<f32>, x1: DMatrix<f32>, x2: &DMatrix<f32>) -> DMatrix<f32> {
    assert_eq!(x0.shape(), (3, 4));
    let m1 = x0.transpose() - &x1;
    let mut acc2 = ((0.05 * m1.sum()).tanh().powi(2) + 1.0).ln();
    acc2 *= (0.01 * add_bias(&m1, &x1.column(0).into_owned()).norm_squared()).tanh().tanh();
    acc2 *=
        (0.1 * (1.0 + x0[(2, 2)].min(x0.sum()).powi(2)).powf(0.5 * (0.2 * x2.sum()).tanh())).sin();
    x2 * acc2.exp() + DMatrix::from_element(2, 4, 1.0) * (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f251() {
    passes_at_random_points(251, "f251", |rng| {
        f251::check(rng.matrix(3, 4), rng.matrix(4, 3), &rng.matrix(2, 4))
    });
}

#[differentiable]
fn f252(x0: f64, x1: f64, x2: &DMatrix<f64>, n: usize) -> DMatrix<f64> {
    let v1 = DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x2.columns(1, 1).sum()
        / (2.0 + (0.5 * x0).tanh());
    let mut acc2: DMatrix<f64> = DMatrix::from_element(3, 4, 1.5);
    for i in 0..n {
        acc2 /= 1.0
            + (0.02 * mse(&(v1[i] * DMatrix::identity(3, 3)), &(x0 * DMatrix::identity(3, 3))))
                .tanh()
                .powi(2);
    }
    exp(&(0.5 * x2)) * (0.2 * x1).exp()
        + &acc2
        + DMatrix::from_element(3, 4, 1.0) * (x0 + x1 + x2.sum())
}

#[test]
fn check_f252() {
    passes_at_random_points(252, "f252", |rng| {
        f252::check(rng.scalar(), rng.scalar(), &rng.matrix(3, 4), 3)
    });
}

#[differentiable]
fn f253(x0: DVector<f32>, x1: &DVector<f32>, q: TwoLayer32) -> DMatrix<f32> {
    let m1 = q.gain * DMatrix::identity(1, 2);
    let s3 = {
        let s2 = f201(&(q.gain * DMatrix::identity(4, 2)), &q.first);
        (0.05 * (q.first.b.mean() + s2)).tanh()
    };
    let v4 = &q.first.b / (2.0 + (0.5 * x0.sum()).tanh());
    softmax(
        &(0.05
            * (add_bias(&DMatrix::zeros(2, 2), x1)
                * s3
                * (0.05 * m1.norm_squared()).exp()
                * (0.02 * v4.norm_squared()).exp())),
    ) + DMatrix::from_element(2, 2, 1.0)
        * (x0.sum()
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f253() {
    passes_at_random_points(253, "f253", |rng| {
        f253::check(
            rng.vector(1),
            &rng.vector(2),
            TwoLayer32 {
                first: Affine32 { w: rng.matrix(4, 1), b: rng.vector(4) },
                second: Affine32 { w: rng.matrix(2, 4), b: rng.vector(2) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable(wrt(x0))]
fn f254(x0: f64, q: &Affine, case: usize, labels: &[usize]) -> DMatrix<f64> {
    let s1 = if x0 * q.b.mean() < 0.25 {
        assert_eq!(q.b.len(), 2);
        (0.05
            * f015(
                &ln(&(x0 * DMatrix::identity(4, 4)).map(|e| e * e + 0.5)),
                &(x0 * DMatrix::identity(4, 4) * (q.b.mean() * DMatrix::identity(4, 3))),
                case,
            ))
        .tanh()
    } else {
        cross_entropy(&(x0 * DMatrix::identity(2, 4)), labels)
    };
    let m2 = relu(&(s1 * DMatrix::identity(4, 4)));
    let s4 = {
        let m3 = softmax(&(0.02 * (&m2 * m2.columns(2, 2).into_owned())));
        let x0 = x0.sin() + f182(s1, m2.mean(), &s1, case);
        (0.05 * ((1.0 + x0.powi(2)).powf(0.5 * (0.1 * x0).tanh()) + m3.norm_squared())).tanh()
    };
    tanh(&(0.5 * &q.w)) * s4.exp() + DMatrix::from_element(2, 2, 1.0) * (x0 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f254() {
    passes_at_random_points(254, "f254", |rng| {
        f254::check(
            rng.scalar(),
            &Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
            rng.int(0, 3),
            &[1, 0, 0, 1],
        )
    });
}

#[differentiable]
fn f255(x0: DVector<f32>) -> f32 {
    let v1 = &x0 / (2.0 + (0.2 * x0.sum()).tanh());
    let v3 = {
        let v2 = (DVector::from_column_slice(&[-0.25, 1.0, 0.75]) * v1.norm_squared())
            .map(|e| (0.1 * e).tanh());
        DVector::from_column_slice(&[0.5, -0.25]) * v2.mean()
    };
    (0.5 * v1.mean()).powi(3) + v3.norm_squared() + x0.sum()
}

#[test]
fn check_f255() {
    passes_at_random_points(255, "f255", |rng| f255::check(rng.vector(2)));
}

#[differentiable]
fn f256(x0: f64, flag: bool) -> f64 {
    let mut acc1 = (0.5 * (0.5 * x0).tanh()).tan().exp();
    acc1 += (x0 * DMatrix::identity(4, 4)).mean() * (0.5 * x0).sin();
    acc1 /= 2.0 + (0.5 * (x0 - x0.sin())).cos();
    let s2 = if flag {
        acc1 / (1.0 + (0.5 * x0).powi(2))
    } else if x0 > 2.0 {
        x0.max(acc1)
    } else {
        (0.5 * x0).powi(2)
    };
    let mut acc3: f64 = 0.5;
    acc3 /= 2.0 + (0.2 * (x0 / (1.0 + (0.2 * acc1).powi(2)) + x0.min(acc1))).tanh();
    acc3 += (0.2 * s2).abs() / (2.0 + (0.2 * f032(s2, 0.5)).cos());
    x0 - acc3 + x0
}

#[test]
fn check_f256() {
    passes_at_random_points(256, "f256", |rng| f256::check(rng.scalar(), rng.uniform() < 0.5));
}

#[differentiable]
fn f257(x0: f64, x1: &DMatrix<f64>, n: usize) -> f64 {
    let mut acc1: f64 = 1.0;
    if n > 2 {
        acc1 += x0 + x0 * 0.5;
    }
    let mut acc2: DVector<f64> = DVector::zeros(3);
    acc2 = acc2.map(|e| e.sin()) + x1.column(1).into_owned() / (2.0 + (0.2 * acc1).cos());
    acc2 = (0.5 * &acc2).map(|e| e.tanh()) + DVector::from_column_slice(&[0.3, -1.0, 0.25]) * acc1;
    (0.01 * ((0.5 * x0).abs() + acc2.norm_squared())).tanh() + (x0 + x1.sum())
}

#[test]
fn check_f257() {
    passes_at_random_points(257, "f257", |rng| f257::check(rng.scalar(), &rng.matrix(3, 3), 3));
}

#[differentiable]
fn f258(x0: &DMatrix<f64>, q: &TwoLayer) -> f64 {
    let s1 = (q.first.w.transpose() - &q.first.w).mean();
    let m2 = x0.rows(2, 2).into_owned() / (2.0 + (0.2 * s1).sin());
    cross_entropy(&(s1 * DMatrix::identity(5, 3)), &[2, 1, 1])
        + m2.mean()
        + (x0.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f258() {
    passes_at_random_points(258, "f258", |rng| {
        f258::check(
            &rng.matrix(5, 5),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f259(x0: f64, x1: &DVector<f64>, p: &Affine, case: usize) -> f64 {
    let m1 = match case {
        0 => f195(&(x0 * DMatrix::identity(4, 4)), x0),
        1 | 2 => add_bias(
            &(x0 * DMatrix::identity(4, 3) * (x0 * DMatrix::identity(3, 4))),
            &(DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * x0)
                .map(|e| (2.0 + e.sin()).ln() * e),
        ),
        _ => log_softmax(&(0.5 * ln(&(x0 * DMatrix::identity(4, 4)).map(|e| e * e + 0.5)))),
    };
    let mut acc2: DMatrix<f64> = DMatrix::from_element(4, 4, 2.0);
    acc2 += sigmoid(&(0.05 * add_bias(&ln(&exp(&(0.05 * &m1))), &m1.column(1).into_owned())));
    (0.05 * (x0.max((0.5 * x0).tanh()) + x1.norm_squared())).sin()
        + acc2.sum()
        + (x0 + x1.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f259() {
    passes_at_random_points(259, "f259", |rng| {
        f259::check(
            rng.scalar(),
            &rng.vector(3),
            &Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f260(x0: &DMatrix<f64>, x1: &DMatrix<f64>, x2: f64, n: usize) -> DVector<f64> {
    let mut acc1: DVector<f64> = DVector::zeros(1);
    if x2 > 0.5 {
        for _ in 0..3_usize {
            acc1 =
                &acc1 * 0.5 + (0.5 * -(DVector::from_column_slice(&[-0.5]) * x2)).map(|e| e.tanh());
        }
        acc1 = acc1.map(|e| e.sin())
            + ((0.02 * (DVector::from_column_slice(&[-0.5]) * x1.norm_squared()))
                .map(|e| e.tanh())
                - (DVector::from_column_slice(&[0.75]) * x1.column(2).sum())
                    .map(|e| (0.5 * e).powi(3)));
    } else if n > 2 {
        let x2 = x2.sin();
        acc1 *= x2.min((0.02 * x1.norm_squared()).tanh()).tanh();
    } else {
        acc1 = acc1.map(|e| e.sin())
            + x2 * DMatrix::identity(1, 1) * (DVector::from_column_slice(&[-0.5]) * x2);
    }
    let mut acc2 = (0.02 * (&acc1 * x2)).map(|e| e.tanh());
    acc2 = acc2.map(|e| e.sin()) + x2 * DMatrix::identity(1, 3) * x0.column(0).into_owned();
    (0.05 * (&acc1 + &acc2)).map(|e| e.tanh()) * (0.2 * x1.mean()).exp()
        + DVector::from_element(1, 1.0) * (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f260() {
    passes_at_random_points(260, "f260", |rng| {
        f260::check(&rng.matrix(3, 1), &rng.matrix(3, 3), rng.scalar(), 4)
    });
}

#[differentiable]
fn f261(x0: &DMatrix<f64>, x1: &DVector<f64>) -> f64 {
    let m1 = x0.component_mul(x0);
    let m2 = f118(
        &(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * m1.row(1).norm()),
        &m1.row(4).mean(),
        3,
        &[1, 0, 1, 2],
    );
    (2.0 + (0.01 * m2.columns(2, 2).norm_squared()).tanh().sin()).ln()
        + x1.mean()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f261() {
    passes_at_random_points(261, "f261", |rng| f261::check(&rng.matrix(5, 4), &rng.vector(4)));
}

#[differentiable]
fn f262(x0: f64, x1: DMatrix<f64>) -> DVector<f64> {
    let x1 = tanh(&(0.5 * &x1));
    assert_eq!(x1.shape(), (5, 4));
    let mut acc1 = DVector::from_column_slice(&[-1.0, 0.25, 1.25])
        * x0
        * x1.sum()
        * (0.02 * mse(&(x0 * DMatrix::identity(5, 5)), &(x1.sum() * DMatrix::identity(5, 5))))
            .tanh();
    acc1 -= DVector::from_column_slice(&[0.75, -0.5, 0.3]) * x0;
    &acc1 / (1.0 + (0.5 * x0).powi(2)) + DVector::from_element(3, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f262() {
    passes_at_random_points(262, "f262", |rng| f262::check(rng.scalar(), rng.matrix(5, 4)));
}

#[differentiable(wrt(x0))]
fn f263(x0: f64, x1: &DVector<f64>, n: usize, case: usize) -> f64 {
    let s1 = if n > 2 { (0.5 * x0).cos() } else { (0.05 * x1.norm_squared()).sin().powi(3) };
    let mut acc2: DVector<f64> = DVector::zeros(3);
    for _ in 0..x1.len() {
        let s3 =
            if n > 2 { acc2.sum() + (x0 + s1) } else { (s1.powi(2) + 1.0).ln().max(s1.max(x0)) };
        acc2 -= (0.05 * f262(s1, s3 * DMatrix::identity(5, 4))).map(|e| e.tanh())
            + (DVector::from_column_slice(&[0.25, 1.25, -0.75]) * s3).map(|e| (0.2 * e).tanh());
    }
    acc2 = &acc2 * 0.5
        + (0.05
            * f003(x1 - DVector::from_column_slice(&[0.75, -0.5, 0.3]) * s1, x0 - s1, 0.75, case))
        .map(|e| e.tanh());
    (s1.powi(2) + 1.0).ln() + acc2.mean() + (x0 + x1.sum())
}

#[test]
fn check_f263() {
    passes_at_random_points(263, "f263", |rng| {
        f263::check(rng.scalar(), &rng.vector(3), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f264(x0: f64) -> DVector<f64> {
    let x0 = x0.sin();
    let s1 = x0 + x0 * 0.5 - (x0 - x0.sin());
    DVector::from_column_slice(&[0.3, -1.0]) * x0 / (1.0 + x0.powi(2)) * (0.2 * s1).exp()
        + DVector::from_element(2, 1.0) * x0
}

#[test]
fn check_f264() {
    passes_at_random_points(264, "f264", |rng| f264::check(rng.scalar()));
}

#[differentiable(wrt(x0))]
fn f265(x0: DMatrix<f64>, x1: DMatrix<f64>, q: &Affine, case: usize) -> f64 {
    let mut acc1 = tanh(&(0.2 * x1.map(|e| e * (e * e.sin()))));
    acc1 += softmax(&q.w) + &x1 * &x1;
    let m4 = match case {
        0 => (&x0 - x0.map(|e| e.sin())) * exp(&(0.5 * &x0)),
        1 | 2 => {
            let c2 = q.w.nrows() as f64;
            add_bias(&x0, &(x0.column(0).into_owned() / (1.0 + q.w.norm_squared())))
                * (0.5 * c2).exp()
        }
        _ => {
            let m3 = &x0 * &x0;
            tanh(&(0.2 * &m3))
        }
    };
    let m5 = tanh(&(0.05 * add_bias(&m4, &m4.column(0).into_owned())));
    x1.mean() / (2.0 + (0.2 * q.b.sum()).tanh())
        + acc1.mean()
        + m5.sum()
        + (x0.sum() + x1.sum() + q.w.sum() + q.b.sum())
}

#[test]
fn check_f265() {
    passes_at_random_points(265, "f265", |rng| {
        f265::check(
            rng.matrix(1, 1),
            rng.matrix(2, 2),
            &Affine { w: rng.matrix(2, 2), b: rng.vector(2) },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f266(x0: &DVector<f64>, x1: f64) -> f64 {
    let s1: f64 = x0.mean();
    let mut acc2: f64 = 0.5;
    for _ in 0..2_usize {
        acc2 /= 2.0 + (0.5 * s1).tanh();
    }
    (0.05 * (x0.norm_squared() + x1)).tanh() + acc2 + (x0.sum() + x1)
}

#[test]
fn check_f266() {
    passes_at_random_points(266, "f266", |rng| f266::check(&rng.vector(2), rng.scalar()));
}

#[differentiable]
fn f267(x0: DMatrix<f64>, x1: DMatrix<f64>, n: usize) -> f64 {
    let m2 = {
        let s1 = (0.05 * x1.rows(0, 1).norm_squared()).tanh().powi(2);
        softmax(&x1) * s1.exp()
    };
    let mut acc3 = tanh(&softmax(&(0.05 * (x1.row(0).norm_squared() * DMatrix::identity(4, 3)))));
    for _ in 0..n {
        let c4: f64 = 1.5;
        acc3 -= sigmoid(&(0.5 * &m2)) * tanh(&(c4 * DMatrix::identity(4, 3)));
    }
    (0.01 * (x1.mean().min(acc3[(0, 2)]) + x0.norm_squared())).sin() + (x0.sum() + x1.sum())
}

#[test]
fn check_f267() {
    passes_at_random_points(267, "f267", |rng| f267::check(rng.matrix(4, 3), rng.matrix(4, 4), 2));
}

#[differentiable]
fn f268(x0: DMatrix<f64>, x1: &DMatrix<f64>, x2: f64, case: usize) -> f64 {
    let s1: f64 = x1[(2, 1)] + (0.05 * (x2 - x0.row(1).norm_squared())).tanh();
    let s2 = match case {
        0 => (0.5 * s1).powi(2),
        1 | 2 => x2,
        _ => (2.0 + x2.sin()).ln() + s1.max(x2),
    };
    (0.05 * (f210(x1.clone(), &DMatrix::from_element(2, 4, 0.25)) + s1)).tanh()
        + s2
        + (x0.sum() + x1.sum() + x2)
}

#[test]
fn check_f268() {
    passes_at_random_points(268, "f268", |rng| {
        f268::check(rng.matrix(2, 2), &rng.matrix(3, 3), rng.scalar(), rng.int(0, 3))
    });
}

#[differentiable]
fn f269(x0: &DVector<f64>, x1: DVector<f64>, p: &TwoLayer) -> DMatrix<f64> {
    let c1: DMatrix<f64> = DMatrix::from_element(2, 2, 2.0);
    let x0 = x0 * 0.5;
    let m2 = (0.05 * x1.norm_squared()).tanh() * ln(&exp(&(0.2 * &p.second.w)));
    softmax(
        &(0.05
            * ((p.gain * DMatrix::identity(2, 4)).transpose()
                * (0.05 * c1.norm_squared()).exp()
                * (0.1 * x0.norm_squared()).exp())),
    ) * (0.5 * m2.mean()).exp()
        + DMatrix::from_element(4, 2, 1.0)
            * (x0.sum()
                + x1.sum()
                + p.first.w.sum()
                + p.first.b.sum()
                + p.second.w.sum()
                + p.second.b.sum()
                + p.gain)
}

#[test]
fn check_f269() {
    passes_at_random_points(269, "f269", |rng| {
        f269::check(
            &rng.vector(4),
            rng.vector(4),
            &TwoLayer {
                first: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                second: Affine { w: rng.matrix(4, 4), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f270(x0: &DMatrix<f64>) -> f64 {
    assert_eq!(x0.shape(), (5, 5));
    let mut acc1 = x0.sum().min(x0.column(4).sum());
    for _ in 0..x0.nrows() {
        let mut acc2: f64 = 0.5;
        acc2 += (0.05
            * f188(&(acc1 * DMatrix::identity(4, 2)), &(acc1 * DMatrix::identity(2, 2)), false))
        .tanh();
        acc1 /= 1.0 + (0.1 * (0.5 * (x0.mean() + acc2)).powi(3)).powi(2);
    }
    (0.05 * (1.0 + acc1.powi(2)).powf(0.5 * (0.1 * acc1).tanh())).tanh() + x0.sum()
}

#[test]
fn check_f270() {
    passes_at_random_points(270, "f270", |rng| f270::check(&rng.matrix(5, 5)));
}

#[differentiable]
fn f271(x0: DVector<f64>, p: &Affine, n: usize, flag: bool) -> DMatrix<f64> {
    let mut acc1: DVector<f64> = DVector::zeros(4);
    if !flag {
        if n > 3 {
            acc1 = &acc1 * 0.5 + p.w.column(1).into_owned();
        }
        acc1 = acc1.map(|e| e.sin()) + &p.b;
    }
    acc1 *= (0.05 * mse(&add_bias(&DMatrix::zeros(2, 4), &x0), &p.w.transpose())).tanh().sin();
    sigmoid(&(0.5 * add_bias(&DMatrix::zeros(2, 2), &x0))) * (0.01 * acc1.norm_squared()).exp()
        + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + p.w.sum() + p.b.sum())
}

#[test]
fn check_f271() {
    passes_at_random_points(271, "f271", |rng| {
        f271::check(
            rng.vector(2),
            &Affine { w: rng.matrix(4, 2), b: rng.vector(4) },
            2,
            rng.uniform() < 0.5,
        )
    });
}

#[differentiable]
fn f272(x0: &f64, x1: &DVector<f64>, x2: DMatrix<f64>, p: &TwoLayer) -> f64 {
    let m1 = exp(&(0.5 * relu(&p.second.w.transpose())));
    let m2 = &p.second.w - p.gain * DMatrix::identity(4, 3);
    (0.01
        * ((0.05 * (p.gain / (2.0 + (0.5 * *x0).cos()) + x1.mean() + x2.sum() + m1.mean())).tanh()
            + m2.norm_squared()))
    .tanh()
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
fn check_f272() {
    passes_at_random_points(272, "f272", |rng| {
        f272::check(
            &rng.scalar(),
            &rng.vector(2),
            rng.matrix(3, 4),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f273(x0: DVector<f64>, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let mut acc1 =
        tanh(&(0.02 * (x1.norm_squared() * DMatrix::identity(2, 3)))) / (1.0 + x0.norm_squared());
    if acc1.norm_squared() > 2.0 {
        let mut acc2: DMatrix<f64> = DMatrix::zeros(2, 2);
        for _ in 0..acc1.ncols() {
            acc1 *= (0.5 * (0.5 * x1.mean()).powi(2)).cos();
            acc2 -= &acc1 * (acc1.mean() * DMatrix::identity(3, 2));
        }
        acc1 -= sigmoid(
            &(0.05
                * f248(
                    &tanh(&sigmoid(&(0.02 * (x1.norm_squared() * DMatrix::identity(2, 3))))),
                    &(&acc2 + x1.mean() * DMatrix::identity(2, 2)),
                    &(acc2.column(1).into_owned()
                        - DVector::from_column_slice(&[-0.25, 1.0]) * acc2[(1, 1)]),
                )),
        );
    } else if acc1.rows(1, 1).norm() < 2.0 {
        acc1 -= sigmoid(&(0.5 * (x1[(2, 0)] * DMatrix::identity(2, 3))));
    } else {
        acc1 -=
            exp(&(0.2
                * (x1.mean() * DMatrix::identity(2, 3) - x1[(1, 1)] * DMatrix::identity(2, 3))));
    }
    acc1 = acc1.map(|e| e.sin())
        + ln(&exp(&(0.1
            * (x1.transpose()
                * sigmoid(&(0.05 * (x0.norm_squared() * DMatrix::identity(3, 3))))))));
    softmax(&(0.05 * (f072(x1.clone()) * (0.01 * acc1.norm_squared()).exp())))
        + DMatrix::from_element(3, 2, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f273() {
    passes_at_random_points(273, "f273", |rng| f273::check(rng.vector(3), &rng.matrix(3, 2)));
}

#[differentiable]
fn f274(x0: f64, case: usize, labels: &[usize]) -> f64 {
    let s1 = (1.0 + f160(&(x0 * DMatrix::identity(3, 3))).powi(2)).powf(0.5 * (0.5 * x0).tanh());
    let s4 = match case {
        0 => {
            let mut acc2 = (0.05 * cross_entropy(&(s1 * DMatrix::identity(5, 5)), labels)).tanh();
            for _ in 0..2_usize {
                let s1 = s1 * 0.5;
                acc2 = (0.5 * acc2).tanh()
                    + (0.1 * ((0.5 * (x0 * DMatrix::identity(3, 3)).mean()).powi(3) + s1)).sin();
            }
            (0.05
                * f212(
                    acc2 * DMatrix::identity(4, 4),
                    DVector::from_column_slice(&[0.25, 1.25, -0.75, 0.4]) * x0,
                ))
            .sin()
                + (0.05 * (x0 * DMatrix::identity(5, 2)).dot(&(x0 * DMatrix::identity(5, 2))))
                    .tanh()
        }
        1 | 2 => {
            let s3 = (0.02 * (s1 * x0)).sin();
            (2.0 + (x0.powi(2) + 1.0).ln().sin()).ln() + s3
        }
        _ => s1,
    };
    (0.05 * (s1 + s4)).sin() + x0
}

#[test]
fn check_f274() {
    passes_at_random_points(274, "f274", |rng| {
        f274::check(rng.scalar(), rng.int(0, 3), &[1, 2, 3, 4, 4])
    });
}

#[differentiable]
fn f275(x0: &DVector<f32>) -> f32 {
    let v1 = x0.component_div(&x0.map(|e| 2.0 + e.sin()));
    let mut acc2 = v1[1] * DMatrix::identity(2, 3) - x0[1] * DMatrix::identity(2, 3);
    if v1.mean() > x0.sum() {
        acc2 /= 2.0 + (0.1 * v1.sum()).tanh();
    } else {
        acc2 /= 2.0 + (0.01 * (x0.norm_squared() * (v1[1] + v1.mean()))).tanh().sin();
    }
    (0.01 * ((0.2 * v1[0]).powi(3) + acc2.norm_squared())).tanh() + x0.sum()
}

#[test]
fn check_f275() {
    passes_at_random_points(275, "f275", |rng| f275::check(&rng.vector(2)));
}

#[differentiable]
fn f276(x0: f64, x1: f64, p: &TwoLayer) -> f64 {
    let m1 = (0.5 * x1).tanh() * relu(&(x0 * DMatrix::identity(3, 3)));
    let m3 = {
        let s2: f64 = p.gain;
        softmax(&(0.05 * (x1 * (p.gain * DMatrix::identity(4, 4)) * (0.2 * s2).exp())))
    };
    x0 / (1.0 + m3[(1, 2)].powi(2))
        + m1.sum()
        + (x0
            + x1
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f276() {
    passes_at_random_points(276, "f276", |rng| {
        f276::check(
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
fn f277(x0: DVector<f64>) -> DVector<f64> {
    let v1 = x0.clone();
    let v1 = (0.5 * &v1).map(|e| e.tanh());
    &v1 + &v1 * 0.5 + DVector::from_element(3, 1.0) * x0.sum()
}

#[test]
fn check_f277() {
    passes_at_random_points(277, "f277", |rng| f277::check(rng.vector(3)));
}

#[differentiable]
fn f278(x0: &DVector<f64>, x1: &DMatrix<f64>, x2: &f64, q: Affine) -> f64 {
    let mut acc1: f64 = 0.5;
    for _ in 0..q.b.len() {
        acc1 += (0.2 * (&q.b - (0.5 * &q.b).map(|e| e.tanh())).norm()).tanh();
    }
    let m2 = if x0.mean() > *x2 {
        x1 / (1.0 + x0.norm_squared())
    } else {
        ln(&x1.map(|e| 2.0 + e.sin()))
    };
    cross_entropy(&m2, &[2, 2, 2, 1]) + acc1 + (x0.sum() + x1.sum() + *x2 + q.w.sum() + q.b.sum())
}

#[test]
fn check_f278() {
    passes_at_random_points(278, "f278", |rng| {
        f278::check(
            &rng.vector(2),
            &rng.matrix(4, 4),
            &rng.scalar(),
            Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
        )
    });
}

#[differentiable(wrt(x0))]
fn f279(x0: DVector<f64>, x1: f64) -> f64 {
    let mut acc1 = (0.01
        * (add_bias(&DMatrix::zeros(2, 2), &x0)
            .component_div(&(x1 * DMatrix::identity(2, 2)).map(|e| e * e + 0.5))
            * x0.map(|e| f263(f079(&e, e, 2, &[0, 2]), &DVector::from_element(3, 0.75), 4, 1))))
    .map(|e| e.tanh());
    acc1 = acc1.map(|e| e.sin()) + x1 * (DVector::from_column_slice(&[0.25, 1.25]) * x1);
    let v2: DVector<f64> = (0.05
        * (add_bias(&DMatrix::zeros(2, 2), &x0) * &x0
            - (&acc1 - DVector::from_column_slice(&[-0.25, 1.0]) * x1)))
        .map(|e| e.tanh());
    v2[0] + (x0.sum() + x1)
}

#[test]
fn check_f279() {
    passes_at_random_points(279, "f279", |rng| f279::check(rng.vector(2), rng.scalar()));
}

#[differentiable]
fn f280(x0: DMatrix<f64>, x1: &DMatrix<f64>) -> DMatrix<f64> {
    let x0 = &x0 * 0.5 + softmax(&(0.02 * (&x0 * (x0.sum() * DMatrix::identity(3, 3)))));
    let m1 = ln(&exp(&tanh(&(0.5 * x0.transpose()))));
    let s3 = if (0.05 * x0.columns(1, 2).norm_squared()).sin() > m1.mean() {
        (x0[(2, 2)] - x0.mean())
            / (2.0 + (0.1 * f246((0.05 * m1.norm_squared()).tanh(), &x0)).cos())
    } else {
        let m2 = x1.map(|e| (0.5 * e).abs());
        (0.05
            * f002(
                (0.2 * m2.sum()).cos(),
                cross_entropy(&(x1.rows(0, 2).mean() * DMatrix::identity(5, 3)), &[1, 2, 0]),
                3,
            ))
        .tanh()
    };
    sigmoid(&(0.05 * ((&m1 - &x0) * (0.2 * x1.mean()).exp() * (0.2 * s3).exp())))
        + DMatrix::from_element(3, 3, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f280() {
    passes_at_random_points(280, "f280", |rng| f280::check(rng.matrix(3, 3), &rng.matrix(5, 3)));
}

#[differentiable]
fn f281(x0: &DMatrix<f64>, x1: &DVector<f64>, x2: DMatrix<f64>) -> f64 {
    let x1 = (0.5 * x1).map(|e| e.tanh()) + (x1 + DVector::from_column_slice(&[0.3, -1.0]) * x1[0]);
    let s1 = (0.05
        * ((0.02 * x2.columns(2, 2).norm_squared()).tanh() / (2.0 + (0.1 * x2.sum()).sin())
            + f062(
                x0.sum(),
                &(DVector::from_column_slice(&[0.25, 1.25, -0.75]) * x1[0]),
                x0.columns(0, 3).into_owned(),
            )))
    .tanh();
    s1 + s1.tanh() + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f281() {
    passes_at_random_points(281, "f281", |rng| {
        f281::check(&rng.matrix(4, 4), &rng.vector(2), rng.matrix(5, 4))
    });
}

#[differentiable]
fn f282(x0: DMatrix<f64>, x1: &DVector<f64>, p: &TwoLayer, case: usize) -> f64 {
    let mut acc1 = (DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3]) * p.gain
        - DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * p.gain)
        / (1.0 + (&p.second.w + p.gain * DMatrix::identity(5, 3)).norm_squared());
    acc1 /= 2.0
        + (0.05
            * f034(
                &-(DVector::from_column_slice(&[0.25, 1.25]) * p.gain),
                p.gain - x1.mean(),
                &(x0.column(3).into_owned() * p.gain),
                &p.first,
            ))
        .tanh()
        .cos();
    let m3 = match case {
        0 => log_softmax(&x0),
        1 | 2 => p.second.w.rows(2, 2).into_owned() * &p.first.w,
        _ => {
            let m2 = -p.first.w.transpose();
            log_softmax(&x0) * (0.05 * m2.sum()).exp()
        }
    };
    (0.05 * (p.first.w.sum() / (2.0 + (0.5 * p.gain).sin()) + acc1.sum())).tanh()
        + m3.mean()
        + (x0.sum()
            + x1.sum()
            + p.first.w.sum()
            + p.first.b.sum()
            + p.second.w.sum()
            + p.second.b.sum()
            + p.gain)
}

#[test]
fn check_f282() {
    passes_at_random_points(282, "f282", |rng| {
        f282::check(
            rng.matrix(2, 4),
            &rng.vector(3),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(5, 3), b: rng.vector(5) },
                gain: rng.scalar(),
            },
            rng.int(0, 3),
        )
    });
}

#[differentiable]
fn f283(x0: DMatrix<f64>, x1: &DMatrix<f64>, case: usize) -> f64 {
    let mut acc1 = x0.column(4).into_owned().map(|e| e * (e * 0.5));
    for i in 0..2_usize {
        let v4 = if (0.01 * x1.norm_squared()).sin() < 0.5 {
            let v2 = f260(
                &softmax(
                    &(0.02
                        * (x1.row(2).mean()
                            * DMatrix::identity(3, 5)
                            * (x1.row(i).norm() * DMatrix::identity(5, 1)))),
                ),
                &(x1.mean() * DMatrix::identity(3, 3))
                    .map(|e| (0.5 * e).powi(2).min(e / (2.0 + (0.5 * e).sin()))),
                (0.02 * acc1.norm_squared()).tanh(),
                4,
            );
            (0.05 * (&acc1 + &v2)).map(|e| e.tanh())
        } else {
            (0.02 * (acc1[0] * &acc1)).map(|e| e.tanh())
                + acc1.map(|e| {
                    let t3 = (0.5 * (0.2 * e).tanh()).tan();
                    f087(t3)
                })
        };
        acc1 /= 1.0
            + (0.1 * ((0.1 * (x1.sum() / (2.0 + (0.1 * x1.sum()).tanh()))).tanh() + v4.sum()))
                .powi(2);
    }
    let mut acc5 = acc1[0] * DMatrix::identity(4, 5) - x1;
    acc5 += (x1.sum() * DMatrix::identity(4, 4)).map(|e| {
        let t6 = f263(e, &DVector::from_element(3, 0.3), 4, 1);
        (0.05 * (f191(e, e) + t6)).tanh()
    }) * (x1 - x1 * 0.5);
    let mut acc7 = tanh(&(0.5 * &x0));
    acc7 = &acc7 * 0.5 + exp(&(0.2 * add_bias(&DMatrix::zeros(1, 5), &acc1)));
    acc7 *= (0.01 * (acc1.mean() * (x0.mean() + x1.sum()))).sin().cos();
    (0.02
        * ((0.05
            * f180(
                &(x1.row(2).sum() * DMatrix::identity(4, 2)),
                &(acc1[0] * DMatrix::identity(2, 2)),
                case,
            ))
        .sin()
            + acc5.sum()))
    .tanh()
        + acc7.sum()
        + (x0.sum() + x1.sum())
}

#[test]
fn check_f283() {
    passes_at_random_points(283, "f283", |rng| {
        f283::check(rng.matrix(1, 5), &rng.matrix(4, 5), rng.int(0, 3))
    });
}

#[differentiable]
fn f284(x0: DMatrix<f64>, n: usize, case: usize) -> f64 {
    let m2 = match case {
        0 => {
            let mut acc1: f64 = 1.0;
            for _ in 0..n {
                acc1 *=
                    (0.5 * (0.5 * (x0[(3, 2)] + (0.01 * x0.norm_squared()).tanh())).powi(2)).sin();
            }
            (acc1 * DMatrix::identity(3, 4) - x0.transpose()).transpose()
        }
        1 | 2 => softmax(&x0).component_div(&x0.map(|e| 2.0 + e.sin())),
        _ => {
            assert_eq!(x0.shape(), (4, 3));
            tanh(&(0.01 * (x0.norm_squared() * DMatrix::identity(4, 4)))) * &x0
        }
    };
    let mut acc3: DMatrix<f64> = DMatrix::zeros(4, 3);
    for _ in 0..x0.nrows() {
        acc3 += softmax(&x0);
    }
    acc3.columns(0, 3).mean() * (0.05 * m2.sum()).sin() + x0.sum()
}

#[test]
fn check_f284() {
    passes_at_random_points(284, "f284", |rng| f284::check(rng.matrix(4, 3), 4, rng.int(0, 3)));
}

#[differentiable]
fn f285(x0: &DMatrix<f64>, x1: &DVector<f64>, n: usize, case: usize) -> DVector<f64> {
    let mut acc1 = x1.mean() / (2.0 + (0.2 * x1.sum()).tanh()) / (2.0 + (0.2 * x1.sum()).cos());
    for _ in 0..x0.nrows() {
        assert_eq!(x0.shape(), (2, 2));
        acc1 /= 2.0
            + (0.1
                * cross_entropy(
                    &(tanh(&(0.05 * (x0.norm_squared() * DMatrix::identity(2, 4))))
                        * add_bias(&DMatrix::zeros(4, 2), x1)),
                    &[0, 1],
                ))
            .tanh();
    }
    if n > 2 {
        let v3 = match case {
            0 => x1 + sigmoid(&(0.05 * (x1.norm_squared() * DMatrix::identity(4, 4)))) * x1,
            1 | 2 => {
                (0.02 * (x1 * acc1 * (x0[(0, 0)] / (2.0 + (0.2 * acc1).tanh())))).map(|e| e.tanh())
            }
            _ => {
                let s2 = acc1;
                (0.02
                    * (log_softmax(&add_bias(&DMatrix::zeros(4, 4), x1))
                        * (0.05
                            * (add_bias(&DMatrix::zeros(4, 2), x1)
                                * (DVector::from_column_slice(&[0.25, 1.25]) * acc1)))
                            .map(|e| e.tanh())
                        * (0.2 * s2).exp()))
                .map(|e| e.tanh())
            }
        };
        acc1 *= (0.1 * f143(&v3.mean(), x1.sum(), x1.sum(), case)).tanh();
    }
    (0.05 * (x0.mean() * DMatrix::identity(4, 2) * x0.column(1).into_owned() * (0.2 * acc1).exp()))
        .map(|e| e.tanh())
        + DVector::from_element(4, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f285() {
    passes_at_random_points(285, "f285", |rng| {
        f285::check(&rng.matrix(2, 2), &rng.vector(4), 4, rng.int(0, 3))
    });
}

#[differentiable]
fn f286(x0: &DMatrix<f64>, x1: &DVector<f64>, case: usize) -> f64 {
    let x0 = x0.map(|e| e.sin()) + (x0 + x1.mean() * DMatrix::identity(3, 3));
    let v1 = match case {
        0 => {
            x1.component_div(
                &(DVector::from_column_slice(&[-0.5, 0.3, -1.0]) * x1.mean()).map(|e| e * e + 0.5),
            ) - (0.01 * x0.columns(0, 3).norm_squared()).sin() * x1
        }
        1 | 2 => (0.02
            * (f103(&x0.column(1).into_owned(), x0[(1, 1)], 3, &[3, 2, 2, 1])
                * (x1 + x0.column(1).into_owned())))
        .map(|e| e.tanh()),
        _ => x1 + x1.map(|e| e.sin()),
    };
    (0.5 * (0.01 * x0.norm_squared()).tanh().tanh()).tan() + v1.mean() + (x0.sum() + x1.sum())
}

#[test]
fn check_f286() {
    passes_at_random_points(286, "f286", |rng| {
        f286::check(&rng.matrix(3, 3), &rng.vector(3), rng.int(0, 3))
    });
}

#[differentiable]
fn f287(x0: f32, x1: DMatrix<f32>) -> f32 {
    let x0 = x0.sin();
    let m2 = {
        let m1: DMatrix<f32> = &x1 * &x1;
        ln(&m1.map(|e| 2.0 + e.sin()))
    };
    let mut acc3 = exp(&(0.5 * &x1));
    if x0 > x0.tanh() {
        let m4 = if (x0.powi(2) + 1.0).ln() < 0.25 {
            acc3 = tanh(&(0.2 * &acc3)) + relu(&x1);
            &acc3 - &m2
        } else {
            relu(&(x0 * DMatrix::identity(2, 3))) * (x0 * DMatrix::identity(3, 2) * x0)
        };
        acc3 /= 1.0
            + (0.1 * (x0 / (1.0 + (x0 * DMatrix::identity(2, 2)).norm_squared()) + m4.sum()))
                .powi(2);
    }
    x0 - m2[(1, 1)] + acc3.sum() + (x0 + x1.sum())
}

#[test]
fn check_f287() {
    passes_at_random_points(287, "f287", |rng| f287::check(rng.scalar(), rng.matrix(2, 2)));
}

#[differentiable]
fn f288(x0: &f32, x1: &DMatrix<f32>) -> DMatrix<f32> {
    let m3 = if *x0 < 0.25 {
        x1.transpose()
    } else if *x0 < *x0 * 0.5 {
        let s1 = (0.05 * (*x0 * x1.norm_squared())).tanh();
        ln(&x1.map(|e| 2.0 + e.sin())) * x1.transpose() * s1.exp()
    } else {
        x1.map(|e| {
            let t2 = e * (0.5 * e).tanh();
            (0.5 * e).exp() + t2
        })
    };
    let m4 = x1 * x1;
    tanh(&(0.05 * (&m4 + &m3))) + DMatrix::from_element(1, 1, 1.0) * (*x0 + x1.sum())
}

#[test]
fn check_f288() {
    passes_at_random_points(288, "f288", |rng| f288::check(&rng.scalar(), &rng.matrix(1, 1)));
}

#[differentiable(wrt(x0))]
fn f289(x0: &DMatrix<f64>, x1: DMatrix<f64>, flag: bool, labels: &[usize]) -> DVector<f64> {
    let mut acc1: DVector<f64> = DVector::zeros(5);
    for _ in 0..x0.ncols() {
        acc1 += (0.1
            * (x1.columns(0, 1).sum()
                * (DVector::from_column_slice(&[1.0, 0.75, -0.5, 0.3, -1.0]) * x1.mean())))
        .map(|e| e.tanh());
    }
    let m5 = if x1.mean() > 0.5 {
        ln(&exp(&(0.1 * (x0.row(3).norm() * DMatrix::identity(5, 4)))))
            - x0.map(|e| (0.5 * e).tanh())
    } else {
        let m4 = if flag {
            acc1 = &acc1 * 0.5 + (x0.column(0).into_owned() - x0.column(3).into_owned());
            ln(&x1.map(|e| 2.0 + e.sin()))
        } else if acc1[4] < 0.3 {
            ln(&exp(&(0.5 * &x1)).map(|e| 2.0 + e.sin()))
        } else {
            acc1 -= DVector::from_column_slice(&[-1.0, 0.25, 1.25, -0.75, 0.4]) * x1[(2, 2)];
            add_bias(
                &x1.map(|e| {
                    let t2 = e - e.sin();
                    t2 * 0.5
                }),
                &x1.column(0).into_owned().map(|e| {
                    let t3 = e;
                    e.min(t3)
                }),
            )
        };
        sigmoid(&(0.05 * (add_bias(x0, &acc1) * (0.01 * m4.norm_squared()).exp())))
    };
    let mut acc6 = (0.02 * acc1.component_mul(&acc1)).map(|e| e.tanh());
    if cross_entropy(&x1, labels) > 2.0 {
        acc6 -= (0.05
            * (m5.sum() * DMatrix::identity(5, 5) / (1.0 + (0.5 * m5.mean()).powi(2))
                * (0.02 * acc1.component_mul(&acc1)).map(|e| e.tanh())))
        .map(|e| e.tanh());
    } else {
        let s7: f64 = (0.01 * acc1.norm_squared()).tanh();
        acc6 -= (0.02 * (add_bias(&DMatrix::zeros(5, 4), &acc1) * x1.column(1).into_owned()))
            .map(|e| e.tanh())
            * s7.exp();
    }
    -m5.column(2).into_owned() + &acc6 + DVector::from_element(5, 1.0) * (x0.sum() + x1.sum())
}

#[test]
fn check_f289() {
    passes_at_random_points(289, "f289", |rng| {
        f289::check(&rng.matrix(5, 4), rng.matrix(4, 4), rng.uniform() < 0.5, &[1, 0, 1, 0])
    });
}

#[differentiable]
fn f290(x0: &DMatrix<f64>) -> DVector<f64> {
    let c1: DVector<f64> = DVector::zeros(2);
    let x0 = tanh(&(0.5 * x0)) + x0.component_mul(x0);
    c1.map(|e| {
        let t2 = e;
        e.min(t2)
    }) * (0.01 * x0.norm_squared()).exp()
        + DVector::from_element(2, 1.0) * x0.sum()
}

#[test]
fn check_f290() {
    passes_at_random_points(290, "f290", |rng| f290::check(&rng.matrix(3, 3)));
}

#[differentiable(wrt(x0))]
fn f291(x0: &DMatrix<f64>, x1: f64) -> DMatrix<f64> {
    let m1: DMatrix<f64> = x0 * x0;
    let s2: f64 = (0.05 * (x0.dot(x0) - x1.min(x1 * 0.5))).tanh();
    let s3 = (0.05 * cross_entropy(&m1, &[1, 0])).tanh().exp();
    tanh(&(0.01 * (&m1 * &m1))) * s2.exp() * (0.2 * s3).exp()
        + DMatrix::from_element(2, 2, 1.0) * (x0.sum() + x1)
}

#[test]
fn check_f291() {
    passes_at_random_points(291, "f291", |rng| f291::check(&rng.matrix(2, 2), rng.scalar()));
}

#[differentiable]
fn f292(x0: f64, x1: f64) -> DVector<f64> {
    let mut acc1: DVector<f64> = DVector::zeros(4);
    if acc1[2] < 2.0 {
        acc1 = acc1.map(|e| e.tanh())
            + (DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x0)
                .component_div(
                    &(DVector::from_column_slice(&[0.75, -0.5, 0.3, -1.0]) * x1)
                        .map(|e| e * e + 0.5),
                )
                .map(|e| {
                    let t2 = (0.5 * (0.2 * e).tanh()).tan();
                    t2.powi(3)
                });
    } else if acc1.mean() < 0.3 {
        let s4 = if x1 < 0.5 {
            let v3 = &acc1 + acc1.map(|e| e.sin());
            mse(&(x0 * DMatrix::identity(4, 4)), &add_bias(&DMatrix::zeros(4, 4), &v3))
                + (0.5 * x1).tanh()
        } else {
            x1 / (2.0 + (0.5 * x1).cos().sin())
        };
        acc1 = acc1.map(|e| e.tanh())
            + (DVector::from_column_slice(&[0.5, -0.25, 1.0, 0.75]) * x1).map(|e| {
                let t5 = e / (2.0 + (0.5 * e).sin());
                t5 * 0.5
            }) * (0.05 * s4).exp();
    } else {
        let mut acc6 = acc1.component_mul(&acc1);
        acc6 = acc6.map(|e| e.sin()) + acc1.map(|e| e.max(e.sin()));
        acc6 += acc1.component_div(
            &(DVector::from_column_slice(&[0.3, -1.0, 0.25, 1.25]) * x0).map(|e| e * e + 0.5),
        );
        acc1 = &acc1 * 0.5 + &acc6;
    }
    let c7: DMatrix<f64> = DMatrix::from_element(2, 4, 0.75);
    let c8: DVector<f64> = DVector::zeros(4);
    (0.05 * (&acc1 * (0.2 * x0).exp() * (0.2 * x1).exp())).map(|e| e.tanh())
        * (0.2 * c7.sum()).exp()
        * c8.norm_squared().exp()
        + DVector::from_element(4, 1.0) * (x0 + x1)
}

#[test]
fn check_f292() {
    passes_at_random_points(292, "f292", |rng| f292::check(rng.scalar(), rng.scalar()));
}

#[differentiable]
fn f293(x0: DVector<f64>, x1: DMatrix<f64>, x2: &f64) -> f64 {
    let s1 = softmax(&x1.rows(1, 3).into_owned()).norm_squared();
    let s4 = {
        let m2 = tanh(
            &(0.05 * f150(&(*x2 * DMatrix::identity(2, 4)), &add_bias(&DMatrix::zeros(4, 4), &x0))),
        );
        let s3 = m2.norm_squared();
        (0.05 * ((m2.norm_squared().powi(2) + 1.0).ln() + s3)).tanh()
    };
    let mut acc5 = f075(s1 * DMatrix::identity(1, 3) * s4);
    acc5 -= f210(x0[1] * DMatrix::identity(3, 3), &DMatrix::from_element(2, 4, 0.75));
    acc5 /= 2.0 + s4.abs().sin();
    (0.05 * (x1.mean() + acc5)).tanh() + (x0.sum() + x1.sum() + *x2)
}

#[test]
fn check_f293() {
    passes_at_random_points(293, "f293", |rng| {
        f293::check(rng.vector(4), rng.matrix(4, 4), &rng.scalar())
    });
}

#[differentiable(wrt(x0))]
fn f294(x0: DVector<f64>, x1: &DVector<f64>, x2: &DMatrix<f64>, case: usize) -> f64 {
    assert_eq!(x2.shape(), (5, 4));
    let m2 = match case {
        0 => add_bias(&DMatrix::zeros(5, 5), &x0) / (2.0 + (0.5 * x0[0]).cos()),
        1 | 2 => add_bias(&DMatrix::zeros(5, 5), &x0)
            .component_mul(&add_bias(&DMatrix::zeros(5, 5), &x0)),
        _ => add_bias(&DMatrix::zeros(5, 5), &x0).map(|e| {
            let t1 = (e.powi(2) + 0.5).sqrt();
            e - t1
        }),
    };
    (0.01
        * (x2.row(0).norm() / (2.0 + (0.2 * x2.rows(1, 2).norm()).cos())
            + x1.mean()
            + m2.norm_squared()))
    .tanh()
        + (x0.sum() + x1.sum() + x2.sum())
}

#[test]
fn check_f294() {
    passes_at_random_points(294, "f294", |rng| {
        f294::check(rng.vector(5), &rng.vector(2), &rng.matrix(5, 4), rng.int(0, 3))
    });
}

#[differentiable]
fn f295(x0: f64, x1: &DMatrix<f64>, n: usize, flag: bool) -> DMatrix<f64> {
    let mut acc1 = x1.map(|e| e * 0.5);
    if flag {
        let m2 = x0 * DMatrix::identity(4, 2)
            - acc1.sum() * DMatrix::identity(4, 2)
            - (x0 * DMatrix::identity(4, 2))
                .map(|e| f274(e + (0.5 * e).tanh(), 1, &[1, 2, 3, 4, 4]));
        acc1 /=
            2.0 + (0.05 * (x1.rows(2, 2).norm().min(x1[(2, 3)].min(x0)) + m2.mean())).sin().cos();
    } else if n > 2 {
        acc1 = &acc1 * 0.5 + tanh(&(0.05 * (exp(&(0.5 * (x0 * DMatrix::identity(4, 4)))) * x1)));
    } else {
        let c3: f64 = 2.0;
        acc1 += softmax(
            &(0.05
                * ((x1[(0, 1)] * DMatrix::identity(4, 2) * (x0 * DMatrix::identity(2, 4)))
                    .transpose()
                    * (0.5 * c3).exp())),
        );
    }
    let mut acc4 = relu(&(&acc1 * &acc1));
    for _ in 0..n {
        acc1 /= 2.0 + (0.5 * x0).sin().tanh();
        acc4 *= (0.1 * x1.sum()).tanh();
    }
    -&acc1 + &acc4 + DMatrix::from_element(4, 4, 1.0) * (x0 + x1.sum())
}

#[test]
fn check_f295() {
    passes_at_random_points(295, "f295", |rng| {
        f295::check(rng.scalar(), &rng.matrix(4, 4), 2, rng.uniform() < 0.5)
    });
}

#[differentiable]
fn f296(x0: f64, x1: &DMatrix<f64>, q: &TwoLayer) -> f64 {
    let v2 = {
        let v1 = &q.first.b + (0.5 * &q.first.b).map(|e| e.tanh());
        assert_eq!(x1.shape(), (3, 3));
        (0.05 * (x1 * &v1)).map(|e| e.tanh())
    };
    let s3 = mse(x1, &x1.map(|e| e.sin()))
        / (1.0 + x1.map(|e| (0.5 * (e.powi(2) + 1.0).ln()).sin()).norm_squared());
    x0.min(s3)
        + v2.sum()
        + (x0
            + x1.sum()
            + q.first.w.sum()
            + q.first.b.sum()
            + q.second.w.sum()
            + q.second.b.sum()
            + q.gain)
}

#[test]
fn check_f296() {
    passes_at_random_points(296, "f296", |rng| {
        f296::check(
            rng.scalar(),
            &rng.matrix(3, 3),
            &TwoLayer {
                first: Affine { w: rng.matrix(3, 4), b: rng.vector(3) },
                second: Affine { w: rng.matrix(4, 3), b: rng.vector(4) },
                gain: rng.scalar(),
            },
        )
    });
}

#[differentiable]
fn f297(x0: f64, x1: f64, x2: f64) -> f64 {
    let c1: f64 = 0.3;
    let c2: DMatrix<f64> = DMatrix::zeros(3, 2);
    let m4 = c2.component_mul(&c2).map(|e| {
        let t3 = (e.powi(2) + 0.5).sqrt();
        e.max(t3)
    });
    (0.05 * ((m4[(2, 0)] + x0 + x1 + x2) * c1.exp())).tanh() + (x0 + x1 + x2)
}

#[test]
fn check_f297() {
    passes_at_random_points(297, "f297", |rng| {
        f297::check(rng.scalar(), rng.scalar(), rng.scalar())
    });
}

#[differentiable]
fn f298(x0: &f64, x1: f64, n: usize) -> f64 {
    let s1: f64 = (1.0 + x0.powi(2)).powf(0.5 * (0.5 * *x0).tanh());
    let mut acc2: DMatrix<f64> = DMatrix::from_element(2, 4, 1.25);
    if n > 2 {
        acc2 += softmax(&(0.5 * (s1 * DMatrix::identity(2, 4))));
    } else if s1 > 0.4 {
        acc2 -= tanh(
            &(0.05
                * (f033(&(s1 * DMatrix::identity(4, 2)), &s1)
                    - log_softmax(&(x1 * DMatrix::identity(2, 4))))),
        );
    } else {
        acc2 /= 2.0
            + (0.05
                * f080(
                    &(*x0 * DMatrix::identity(4, 2)),
                    &(*x0 * DMatrix::identity(4, 2)),
                    &(*x0 * DMatrix::identity(4, 4)),
                    4,
                ))
            .tanh()
            .cos();
    }
    acc2.norm() + x1 + (*x0 + x1)
}

#[test]
fn check_f298() {
    passes_at_random_points(298, "f298", |rng| f298::check(&rng.scalar(), rng.scalar(), 4));
}

#[differentiable]
fn f299(x0: &DMatrix<f32>, n: usize, case: usize) -> f32 {
    let mut acc1 = f175(
        &(tanh(&(0.05 * (x0.norm_squared() * DMatrix::identity(4, 2))))
            * x0.column(1).into_owned()),
        &(x0.mean() * DMatrix::identity(1, 3)
            + tanh(&(0.05 * (x0.norm_squared() * DMatrix::identity(1, 3))))),
    );
    for i in 0..n {
        let m2 = if i > 0 {
            sigmoid(&(0.05 * (acc1 * DMatrix::identity(4, 2))))
                .component_div(&(x0[(1, 0)] * DMatrix::identity(4, 2)).map(|e| 2.0 + e.sin()))
        } else {
            softmax(&(0.05 * (acc1 * DMatrix::identity(4, 2))))
        };
        acc1 *= (0.5 * (x0.mean() / (2.0 + (0.2 * m2.sum()).cos()))).tanh();
    }
    let s3 = (0.05
        * f054(
            (0.05 * (DVector::from_column_slice(&[-0.25, 1.0, 0.75, -0.5]) * acc1))
                .map(|e| e.tanh()),
            &tanh(&(0.05 * (acc1 * DMatrix::identity(3, 4)))),
            &(0.05 * acc1).sin(),
            case,
        ))
    .sin();
    let v4 = x0 * x0.column(0).into_owned();
    (0.01 * ((0.05 * acc1).tanh() + s3 + v4.norm_squared())).tanh() + x0.sum()
}

#[test]
fn check_f299() {
    passes_at_random_points(299, "f299", |rng| f299::check(&rng.matrix(2, 2), 4, rng.int(0, 3)));
}
