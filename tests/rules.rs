//! Every rule of `backprop::ops`, every impl of every operator, against the finite-difference
//! checker: each adjoint `back_i` at several random points, in f64 and in f32.
//!
//! The checker perturbs one argument while the others stay fixed and compares the adjoint for a
//! random output cotangent with central differences. Point 0 is a batch of one column with every
//! dimension ≤ 5, point 1 has every dimension > 5, points 2 and 3 have wide layers and a batch of
//! 1 or of 2 to 5 columns, so both paths of the product rules run (see `dims`).

mod support;

use backprop::nalgebra::{DMatrix, DVector, RowDVector};
use backprop::ops::arith::{add, div, mul, neg, sub};
use backprop::ops::matrix::{
    component_div, component_mul, dot, mean, norm, norm_squared, sum, transpose,
};
use backprop::ops::parts::{column, columns, row, rows};
use backprop::ops::reduce::{
    add_scalar, column_mean, column_sum, column_variance, row_mean, row_sum, row_variance, variance,
};
use backprop::ops::scalar::{abs, cos, exp, ln, max, min, powf, powi, sin, sqrt, tan, tanh};
use backprop::ops::{
    self, MatrixRule, add_bias, cross_entropy, log_softmax, mse, relu, sigmoid, softmax,
};
use backprop::{Float, Params};
use support::{Rng, check_arg};

const POINTS: usize = 6;

/// `(m, k, n)` for point `point`: a batch of one column, then all dimensions above nalgebra's
/// small-matrix threshold of 5, then a batch of one column with a wide layer and a batch of 2 to 5
/// columns with wide layers (the product's own loop below the threshold takes two columns of its
/// left operand at a time, and `dC·Bᵀ` sums over the batch: both at even and odd lengths), then
/// small random shapes.
fn dims(rng: &mut Rng, point: usize) -> (usize, usize, usize) {
    match point {
        0 => (3, 4, 1),
        1 => (rng.int(6, 8), rng.int(6, 8), rng.int(6, 8)),
        2 => (rng.int(6, 9), rng.int(9, 12), 1),
        3 => (rng.int(6, 9), rng.int(6, 9), rng.int(2, 5)),
        _ => (rng.int(1, 5), rng.int(1, 5), rng.int(1, 5)),
    }
}

fn scalar_operators<T: Float + Params>(seed: u64) {
    let mut rng = Rng::new(seed);
    for _ in 0..POINTS {
        let (a, b): (T, T) = (rng.scalar(), rng.away_from_zero());
        check_arg("add ∂a", &a, |a| add(a, &b), |a, y, d| add::back_0(a, &b, y, d));
        check_arg("add ∂b", &b, |b| add(&a, b), |b, y, d| add::back_1(&a, b, y, d));
        check_arg("sub ∂a", &a, |a| sub(a, &b), |a, y, d| sub::back_0(a, &b, y, d));
        check_arg("sub ∂b", &b, |b| sub(&a, b), |b, y, d| sub::back_1(&a, b, y, d));
        check_arg("mul ∂a", &a, |a| mul(a, &b), |a, y, d| mul::back_0(a, &b, y, d));
        check_arg("mul ∂b", &b, |b| mul(&a, b), |b, y, d| mul::back_1(&a, b, y, d));
        check_arg("div ∂a", &a, |a| div(a, &b), |a, y, d| div::back_0(a, &b, y, d));
        check_arg("div ∂b", &b, |b| div(&a, b), |b, y, d| div::back_1(&a, b, y, d));
        check_arg("neg", &a, neg, neg::back_0);
    }
}

fn matrix_operators<T: Float + Params>(seed: u64) {
    let mut rng = Rng::new(seed);
    for point in 0..POINTS {
        let (m, k, n) = dims(&mut rng, point);
        let (a, b): (DMatrix<T>, DMatrix<T>) = (rng.matrix(m, n), rng.matrix(m, n));
        let (u, v): (DVector<T>, DVector<T>) = (rng.vector(m), rng.vector(m));
        let s: T = rng.away_from_zero();

        check_arg("add M ∂a", &a, |a| add(a, &b), |a, y, d| add::back_0(a, &b, y, d));
        check_arg("add M ∂b", &b, |b| add(&a, b), |b, y, d| add::back_1(&a, b, y, d));
        check_arg("add V ∂a", &u, |u| add(u, &v), |u, y, d| add::back_0(u, &v, y, d));
        check_arg("add V ∂b", &v, |v| add(&u, v), |v, y, d| add::back_1(&u, v, y, d));
        check_arg("sub M ∂a", &a, |a| sub(a, &b), |a, y, d| sub::back_0(a, &b, y, d));
        check_arg("sub M ∂b", &b, |b| sub(&a, b), |b, y, d| sub::back_1(&a, b, y, d));
        check_arg("sub V ∂a", &u, |u| sub(u, &v), |u, y, d| sub::back_0(u, &v, y, d));
        check_arg("sub V ∂b", &v, |v| sub(&u, v), |v, y, d| sub::back_1(&u, v, y, d));
        check_arg("neg M", &a, neg, neg::back_0);
        check_arg("neg V", &u, neg, neg::back_0);

        check_arg("mul s·M ∂s", &s, |s| mul(s, &a), |s, y, d| mul::back_0(s, &a, y, d));
        check_arg("mul s·M ∂M", &a, |a| mul(&s, a), |a, y, d| mul::back_1(&s, a, y, d));
        check_arg("mul M·s ∂M", &a, |a| mul(a, &s), |a, y, d| mul::back_0(a, &s, y, d));
        check_arg("mul M·s ∂s", &s, |s| mul(&a, s), |s, y, d| mul::back_1(&a, s, y, d));
        check_arg("mul s·V ∂s", &s, |s| mul(s, &u), |s, y, d| mul::back_0(s, &u, y, d));
        check_arg("mul s·V ∂V", &u, |u| mul(&s, u), |u, y, d| mul::back_1(&s, u, y, d));
        check_arg("mul V·s ∂V", &u, |u| mul(u, &s), |u, y, d| mul::back_0(u, &s, y, d));
        check_arg("mul V·s ∂s", &s, |s| mul(&u, s), |s, y, d| mul::back_1(&u, s, y, d));
        check_arg("div M/s ∂M", &a, |a| div(a, &s), |a, y, d| div::back_0(a, &s, y, d));
        check_arg("div M/s ∂s", &s, |s| div(&a, s), |s, y, d| div::back_1(&a, s, y, d));
        check_arg("div V/s ∂V", &u, |u| div(u, &s), |u, y, d| div::back_0(u, &s, y, d));
        check_arg("div V/s ∂s", &s, |s| div(&u, s), |s, y, d| div::back_1(&u, s, y, d));

        let (w, x): (DMatrix<T>, DMatrix<T>) = (rng.matrix(m, k), rng.matrix(k, n));
        check_arg("mul A·B ∂A", &w, |w| mul(w, &x), |w, y, d| mul::back_0(w, &x, y, d));
        check_arg("mul A·B ∂B", &x, |x| mul(&w, x), |x, y, d| mul::back_1(&w, x, y, d));
        let z: DVector<T> = rng.vector(k);
        check_arg("mul A·x ∂A", &w, |w| mul(w, &z), |w, y, d| mul::back_0(w, &z, y, d));
        check_arg("mul A·x ∂x", &z, |z| mul(&w, z), |z, y, d| mul::back_1(&w, z, y, d));
    }
}

fn scalar_methods<T: Float + Params>(seed: u64) {
    let mut rng = Rng::new(seed);
    for _ in 0..POINTS {
        let x: T = rng.scalar();
        let positive = T::of(rng.between(0.2, 3.0));
        let angle = T::of(rng.between(-1.2, 1.2));
        check_arg("sin", &x, sin, sin::back_0);
        check_arg("cos", &x, cos, cos::back_0);
        check_arg("tan", &angle, tan, tan::back_0);
        check_arg("exp", &x, exp, exp::back_0);
        check_arg("ln", &positive, ln, ln::back_0);
        check_arg("sqrt", &positive, sqrt, sqrt::back_0);
        check_arg("tanh", &x, tanh, tanh::back_0);
        check_arg("abs", &x, abs, abs::back_0);
        // Away from 0: a negative power has a pole there.
        let base: T = rng.away_from_zero();
        for n in [-2, 0, 1, 3] {
            check_arg("powi", &base, |x| powi(x, &n), |x, y, d| powi::back_0(x, &n, y, d));
        }
        let p: T = rng.scalar();
        check_arg("powf ∂x", &positive, |x| powf(x, &p), |x, y, d| powf::back_0(x, &p, y, d));
        check_arg(
            "powf ∂p",
            &p,
            |p| powf(&positive, p),
            |p, y, d| powf::back_1(&positive, p, y, d),
        );
        let b: T = rng.scalar();
        check_arg("max ∂a", &x, |a| max(a, &b), |a, y, d| max::back_0(a, &b, y, d));
        check_arg("max ∂b", &b, |b| max(&x, b), |b, y, d| max::back_1(&x, b, y, d));
        check_arg("min ∂a", &x, |a| min(a, &b), |a, y, d| min::back_0(a, &b, y, d));
        check_arg("min ∂b", &b, |b| min(&x, b), |b, y, d| min::back_1(&x, b, y, d));
    }
}

/// The methods shared by matrices and vectors, for one type `M`.
fn shared_methods<M>(a: &M, b: &M, divisor: &M)
where
    M: Params + MatrixRule<Elem: Params>,
{
    check_arg(
        "component_mul ∂a",
        a,
        |a| component_mul(a, b),
        |a, y, d| component_mul::back_0(a, b, y, d),
    );
    check_arg(
        "component_mul ∂b",
        b,
        |b| component_mul(a, b),
        |b, y, d| component_mul::back_1(a, b, y, d),
    );
    check_arg(
        "component_div ∂a",
        a,
        |a| component_div(a, divisor),
        |a, y, d| component_div::back_0(a, divisor, y, d),
    );
    check_arg(
        "component_div ∂b",
        divisor,
        |b| component_div(a, b),
        |b, y, d| component_div::back_1(a, b, y, d),
    );
    check_arg("sum", a, sum, sum::back_0);
    check_arg("mean", a, mean, mean::back_0);
    check_arg("dot ∂a", a, |a| dot(a, b), |a, y, d| dot::back_0(a, b, y, d));
    check_arg("dot ∂b", b, |b| dot(a, b), |b, y, d| dot::back_1(a, b, y, d));
    check_arg("norm", a, norm, norm::back_0);
    check_arg("norm_squared", a, norm_squared, norm_squared::back_0);
}

fn matrix_methods<T: Float + Params>(seed: u64) {
    let mut rng = Rng::new(seed);
    for point in 0..POINTS {
        let (m, _, n) = dims(&mut rng, point);
        let (a, b): (DMatrix<T>, DMatrix<T>) = (rng.matrix(m, n), rng.matrix(m, n));
        shared_methods(&a, &b, &rng.matrix_away_from_zero(m, n));
        check_arg("transpose", &a, transpose, transpose::back_0);
        let (u, v): (DVector<T>, DVector<T>) = (rng.vector(m), rng.vector(m));
        shared_methods(&u, &v, &rng.vector_away_from_zero(m));

        let (j, i) = (rng.int(0, n - 1), rng.int(0, m - 1));
        check_arg("column", &a, |a| column(a, &j), |a, y, d| column::back_0(a, &j, y, d));
        check_arg("row", &a, |a| row(a, &i), |a, y, d| row::back_0(a, &i, y, d));
        let (k, l) = (rng.int(1, n - j), rng.int(1, m - i));
        check_arg(
            "columns",
            &a,
            |a| columns(a, &j, &k),
            |a, y, d| columns::back_0(a, &j, &k, y, d),
        );
        check_arg("rows", &a, |a| rows(a, &i, &l), |a, y, d| rows::back_0(a, &i, &l, y, d));

        let bias: DVector<T> = rng.vector(m);
        check_arg(
            "add_bias ∂m",
            &a,
            |a| add_bias(a, &bias),
            |a, y, d| add_bias::back_0(a, &bias, y, d),
        );
        check_arg(
            "add_bias ∂b",
            &bias,
            |b| add_bias(&a, b),
            |b, y, d| add_bias::back_1(&a, b, y, d),
        );
    }
}

/// The reductions along one axis and the scalar broadcast, on a matrix, on a vector (the column
/// reductions, `variance`, `add_scalar`) and on a row vector (the row reductions, `variance`,
/// `add_scalar`).
fn reductions<T: Float + Params>(seed: u64) {
    let mut rng = Rng::new(seed);
    for point in 0..POINTS {
        let (m, _, n) = dims(&mut rng, point);
        let a: DMatrix<T> = rng.matrix(m, n);
        let v: DVector<T> = rng.vector(m);
        let r: RowDVector<T> = rng.vector(n).transpose();
        check_arg("column_sum", &a, column_sum, column_sum::back_0);
        check_arg("column_mean", &a, column_mean, column_mean::back_0);
        check_arg("column_variance", &a, column_variance, column_variance::back_0);
        check_arg("row_sum", &a, row_sum, row_sum::back_0);
        check_arg("row_mean", &a, row_mean, row_mean::back_0);
        check_arg("row_variance", &a, row_variance, row_variance::back_0);
        check_arg("variance M", &a, variance, variance::back_0);
        check_arg("column_sum V", &v, column_sum, column_sum::back_0);
        check_arg("column_mean V", &v, column_mean, column_mean::back_0);
        check_arg("column_variance V", &v, column_variance, column_variance::back_0);
        check_arg("variance V", &v, variance, variance::back_0);
        check_arg("row_sum R", &r, row_sum, row_sum::back_0);
        check_arg("row_mean R", &r, row_mean, row_mean::back_0);
        check_arg("row_variance R", &r, row_variance, row_variance::back_0);
        check_arg("variance R", &r, variance, variance::back_0);

        let s: T = rng.scalar();
        check_arg(
            "add_scalar M ∂a",
            &a,
            |a| add_scalar(a, &s),
            |a, y, d| add_scalar::back_0(a, &s, y, d),
        );
        check_arg(
            "add_scalar M ∂s",
            &s,
            |s| add_scalar(&a, s),
            |s, y, d| add_scalar::back_1(&a, s, y, d),
        );
        check_arg(
            "add_scalar V ∂s",
            &s,
            |s| add_scalar(&v, s),
            |s, y, d| add_scalar::back_1(&v, s, y, d),
        );
        check_arg(
            "add_scalar R ∂s",
            &s,
            |s| add_scalar(&r, s),
            |s, y, d| add_scalar::back_1(&r, s, y, d),
        );
        check_arg("sum R", &r, sum, sum::back_0);
        let other: RowDVector<T> = rng.vector(n).transpose();
        check_arg("dot R ∂a", &r, |r| dot(r, &other), |r, y, d| dot::back_0(r, &other, y, d));
        check_arg("sub R ∂b", &other, |o| sub(&r, o), |o, y, d| sub::back_1(&r, o, y, d));
    }
}

fn activations<T: Float + Params>(seed: u64) {
    let mut rng = Rng::new(seed);
    for point in 0..POINTS {
        let (m, _, n) = dims(&mut rng, point);
        let z: DMatrix<T> = rng.matrix(m, n);
        check_arg("sigmoid", &z, sigmoid, sigmoid::back_0);
        check_arg("relu", &z, relu, relu::back_0);
        check_arg("tanh", &z, ops::tanh, ops::tanh::back_0);
        check_arg("exp", &z, ops::exp, ops::exp::back_0);
        let positive: DMatrix<T> = rng.matrix_between(m, n, 0.2, 3.0);
        check_arg("ln", &positive, ops::ln, ops::ln::back_0);
        check_arg("softmax", &z, softmax, softmax::back_0);
        check_arg("log_softmax", &z, log_softmax, log_softmax::back_0);

        // One sample as a vector: the same rules through `DVector`.
        let v: DVector<T> = rng.vector(m);
        check_arg("sigmoid V", &v, sigmoid, sigmoid::back_0);
        check_arg("relu V", &v, relu, relu::back_0);
        check_arg("tanh V", &v, ops::tanh, ops::tanh::back_0);
        check_arg("exp V", &v, ops::exp, ops::exp::back_0);
        let positive: DVector<T> = rng.matrix_between(m, 1, 0.2, 3.0).column(0).into_owned();
        check_arg("ln V", &positive, ops::ln, ops::ln::back_0);
        check_arg("softmax V", &v, softmax, softmax::back_0);
        check_arg("log_softmax V", &v, log_softmax, log_softmax::back_0);
        check_arg("leaky_relu V", &v, ops::leaky_relu, ops::leaky_relu::back_0);
        check_arg("softplus V", &v, ops::softplus, ops::softplus::back_0);
    }
}

fn losses<T: Float + Params>(seed: u64) {
    let mut rng = Rng::new(seed);
    for point in 0..POINTS {
        let (m, _, n) = dims(&mut rng, point);
        let (pred, target): (DMatrix<T>, DMatrix<T>) = (rng.matrix(m, n), rng.matrix(m, n));
        check_arg("mse ∂pred", &pred, |p| mse(p, &target), |p, y, d| mse::back_0(p, &target, y, d));
        check_arg("mse ∂target", &target, |t| mse(&pred, t), |t, y, d| mse::back_1(&pred, t, y, d));
        let (p, t): (DVector<T>, DVector<T>) = (rng.vector(m), rng.vector(m));
        check_arg("mse V ∂pred", &p, |p| mse(p, &t), |p, y, d| mse::back_0(p, &t, y, d));
        check_arg("mse V ∂target", &t, |t| mse(&p, t), |t, y, d| mse::back_1(&p, t, y, d));
        let labels: Vec<usize> = (0..n).map(|_| rng.int(0, m - 1)).collect();
        check_arg(
            "cross_entropy",
            &pred,
            |z| cross_entropy(z, &labels),
            |z, y, d| cross_entropy::back_0(z, &labels, y, d),
        );
    }
}

macro_rules! in_both_precisions {
    ($($name:ident),* $(,)?) => {
        mod f64_rules {
            $(#[test] fn $name() { super::$name::<f64>(0x5eed_0064) })*
        }
        mod f32_rules {
            $(#[test] fn $name() { super::$name::<f32>(0x5eed_0032) })*
        }
    };
}

in_both_precisions!(
    scalar_operators,
    matrix_operators,
    scalar_methods,
    matrix_methods,
    reductions,
    activations,
    losses
);
