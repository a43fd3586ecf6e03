//! The dot-product test of every linear rule: `⟨J·v, w⟩ = ⟨v, Jᵀ·w⟩` for random `v` and `w`.
//!
//! For a map linear in one argument (the others fixed) the adjoint must be its exact transpose,
//! so the two inner products agree to rounding, here 1e-12 of the sum of the magnitudes of their
//! terms in f64. Affine rules (`add`, `sub`, `add_bias`) are tested with the other argument zero.
//! Shapes include a batch of one column and a product with every dimension above 5, so both of
//! nalgebra's product paths (and the transposed views) are covered.

mod support;

use backprop::Params;
use backprop::nalgebra::{DMatrix, DVector};
use backprop::ops::add_bias;
use backprop::ops::arith::{add, div, mul, neg, sub};
use backprop::ops::matrix::{dot, mean, sum, transpose};
use backprop::ops::parts::{column, columns, row, rows};
use support::Rng;

const SHAPES: [(usize, usize, usize); 6] =
    [(3, 4, 1), (1, 1, 1), (2, 3, 5), (5, 5, 5), (7, 6, 8), (6, 9, 1)];

/// `(Σ aᵢbᵢ, Σ |aᵢbᵢ|)`.
fn inner<P: Params>(a: &P, b: &P) -> (f64, f64) {
    (0..a.element_count())
        .map(|i| a.element(i) * b.element(i))
        .fold((0.0, 0.0), |(sum, magnitude), term| (sum + term, magnitude + term.abs()))
}

/// Asserts `⟨linear(v), w⟩ = ⟨v, adjoint(linear(v), w)⟩` to 1e-12 relative.
fn assert_transposes<P: Params, O: Params>(
    rule: &str,
    v: &P,
    w: &O,
    linear: impl Fn(&P) -> O,
    adjoint: impl Fn(&P, &O, &O) -> P,
) {
    let out = linear(v);
    let (lhs, lhs_magnitude) = inner(&out, w);
    let (rhs, rhs_magnitude) = inner(v, &adjoint(v, &out, w));
    let tolerance = 1e-12 * (lhs_magnitude + rhs_magnitude) + f64::MIN_POSITIVE;
    assert!(
        (lhs - rhs).abs() <= tolerance,
        "{rule}: ⟨J·v, w⟩ = {lhs:e} but ⟨v, Jᵀ·w⟩ = {rhs:e} (v = {v:?})"
    );
}

#[test]
fn sums_and_differences_are_transposed_by_their_adjoints() {
    let mut rng = Rng::new(1);
    for (m, _, n) in SHAPES {
        let (v, w): (DMatrix<f64>, DMatrix<f64>) = (rng.matrix(m, n), rng.matrix(m, n));
        let zero = DMatrix::zeros(m, n);
        assert_transposes(
            "add M ∂a",
            &v,
            &w,
            |a| add(a, &zero),
            |a, y, d| add::back_0(a, &zero, y, d),
        );
        assert_transposes(
            "add M ∂b",
            &v,
            &w,
            |b| add(&zero, b),
            |b, y, d| add::back_1(&zero, b, y, d),
        );
        assert_transposes(
            "sub M ∂a",
            &v,
            &w,
            |a| sub(a, &zero),
            |a, y, d| sub::back_0(a, &zero, y, d),
        );
        assert_transposes(
            "sub M ∂b",
            &v,
            &w,
            |b| sub(&zero, b),
            |b, y, d| sub::back_1(&zero, b, y, d),
        );
        assert_transposes("neg M", &v, &w, neg, neg::back_0);

        let (v, w): (DVector<f64>, DVector<f64>) = (rng.vector(m), rng.vector(m));
        let zero = DVector::zeros(m);
        assert_transposes(
            "add V ∂a",
            &v,
            &w,
            |a| add(a, &zero),
            |a, y, d| add::back_0(a, &zero, y, d),
        );
        assert_transposes(
            "add V ∂b",
            &v,
            &w,
            |b| add(&zero, b),
            |b, y, d| add::back_1(&zero, b, y, d),
        );
        assert_transposes(
            "sub V ∂a",
            &v,
            &w,
            |a| sub(a, &zero),
            |a, y, d| sub::back_0(a, &zero, y, d),
        );
        assert_transposes(
            "sub V ∂b",
            &v,
            &w,
            |b| sub(&zero, b),
            |b, y, d| sub::back_1(&zero, b, y, d),
        );
        assert_transposes("neg V", &v, &w, neg, neg::back_0);
    }
    let (v, w): (f64, f64) = (rng.scalar(), rng.scalar());
    assert_transposes("add T ∂a", &v, &w, |a| add(a, &0.0), |a, y, d| add::back_0(a, &0.0, y, d));
    assert_transposes("add T ∂b", &v, &w, |b| add(&0.0, b), |b, y, d| add::back_1(&0.0, b, y, d));
    assert_transposes("sub T ∂a", &v, &w, |a| sub(a, &0.0), |a, y, d| sub::back_0(a, &0.0, y, d));
    assert_transposes("sub T ∂b", &v, &w, |b| sub(&0.0, b), |b, y, d| sub::back_1(&0.0, b, y, d));
    assert_transposes("neg T", &v, &w, neg, neg::back_0);
}

#[test]
fn products_are_transposed_in_each_argument() {
    let mut rng = Rng::new(2);
    for (m, k, n) in SHAPES {
        let (a, b): (DMatrix<f64>, DMatrix<f64>) = (rng.matrix(m, k), rng.matrix(k, n));
        let (d_a, d_b, d_c): (DMatrix<f64>, DMatrix<f64>, DMatrix<f64>) =
            (rng.matrix(m, k), rng.matrix(k, n), rng.matrix(m, n));
        assert_transposes(
            "mul A·B ∂A",
            &d_a,
            &d_c,
            |a| mul(a, &b),
            |a, y, d| mul::back_0(a, &b, y, d),
        );
        assert_transposes(
            "mul A·B ∂B",
            &d_b,
            &d_c,
            |b| mul(&a, b),
            |b, y, d| mul::back_1(&a, b, y, d),
        );

        let (x, d_x, d_y): (DVector<f64>, DVector<f64>, DVector<f64>) =
            (rng.vector(k), rng.vector(k), rng.vector(m));
        assert_transposes(
            "mul A·x ∂A",
            &d_a,
            &d_y,
            |a| mul(a, &x),
            |a, y, d| mul::back_0(a, &x, y, d),
        );
        assert_transposes(
            "mul A·x ∂x",
            &d_x,
            &d_y,
            |x| mul(&a, x),
            |x, y, d| mul::back_1(&a, x, y, d),
        );

        let s: f64 = rng.away_from_zero();
        let (v, w): (DMatrix<f64>, DMatrix<f64>) = (rng.matrix(m, n), rng.matrix(m, n));
        let d_s: f64 = rng.scalar();
        assert_transposes("mul s·M ∂M", &v, &w, |a| mul(&s, a), |a, y, d| mul::back_1(&s, a, y, d));
        assert_transposes(
            "mul s·M ∂s",
            &d_s,
            &w,
            |t| mul(t, &v),
            |t, y, d| mul::back_0(t, &v, y, d),
        );
        assert_transposes("mul M·s ∂M", &v, &w, |a| mul(a, &s), |a, y, d| mul::back_0(a, &s, y, d));
        assert_transposes(
            "mul M·s ∂s",
            &d_s,
            &w,
            |t| mul(&v, t),
            |t, y, d| mul::back_1(&v, t, y, d),
        );
        assert_transposes("div M/s ∂M", &v, &w, |a| div(a, &s), |a, y, d| div::back_0(a, &s, y, d));

        let (u, z): (DVector<f64>, DVector<f64>) = (rng.vector(m), rng.vector(m));
        assert_transposes("mul s·V ∂V", &u, &z, |a| mul(&s, a), |a, y, d| mul::back_1(&s, a, y, d));
        assert_transposes(
            "mul s·V ∂s",
            &d_s,
            &z,
            |t| mul(t, &u),
            |t, y, d| mul::back_0(t, &u, y, d),
        );
        assert_transposes("mul V·s ∂V", &u, &z, |a| mul(a, &s), |a, y, d| mul::back_0(a, &s, y, d));
        assert_transposes(
            "mul V·s ∂s",
            &d_s,
            &z,
            |t| mul(&u, t),
            |t, y, d| mul::back_1(&u, t, y, d),
        );
        assert_transposes("div V/s ∂V", &u, &z, |a| div(a, &s), |a, y, d| div::back_0(a, &s, y, d));
    }
    let (a, b, w): (f64, f64, f64) = (rng.scalar(), rng.scalar(), rng.scalar());
    assert_transposes("mul T ∂a", &a, &w, |x| mul(x, &b), |x, y, d| mul::back_0(x, &b, y, d));
    assert_transposes("mul T ∂b", &b, &w, |x| mul(&a, x), |x, y, d| mul::back_1(&a, x, y, d));
}

#[test]
fn reshaping_and_reducing_rules_are_transposed() {
    let mut rng = Rng::new(3);
    for (m, _, n) in SHAPES {
        let (v, w): (DMatrix<f64>, DMatrix<f64>) = (rng.matrix(m, n), rng.matrix(n, m));
        assert_transposes("transpose", &v, &w, transpose, transpose::back_0);

        let (v, b, d_s): (DMatrix<f64>, DMatrix<f64>, f64) =
            (rng.matrix(m, n), rng.matrix(m, n), rng.scalar());
        assert_transposes("sum M", &v, &d_s, sum, sum::back_0);
        assert_transposes("mean M", &v, &d_s, mean, mean::back_0);
        assert_transposes("dot M ∂a", &v, &d_s, |a| dot(a, &b), |a, y, d| dot::back_0(a, &b, y, d));
        assert_transposes("dot M ∂b", &v, &d_s, |x| dot(&b, x), |x, y, d| dot::back_1(&b, x, y, d));

        let (u, c): (DVector<f64>, DVector<f64>) = (rng.vector(m), rng.vector(m));
        assert_transposes("sum V", &u, &d_s, sum, sum::back_0);
        assert_transposes("mean V", &u, &d_s, mean, mean::back_0);
        assert_transposes("dot V ∂a", &u, &d_s, |a| dot(a, &c), |a, y, d| dot::back_0(a, &c, y, d));
        assert_transposes("dot V ∂b", &u, &d_s, |x| dot(&c, x), |x, y, d| dot::back_1(&c, x, y, d));

        let (j, i) = (rng.int(0, n - 1), rng.int(0, m - 1));
        let (k, l) = (rng.int(1, n - j), rng.int(1, m - i));
        let (w_column, w_row): (DVector<f64>, DMatrix<f64>) = (rng.vector(m), rng.matrix(1, n));
        let (w_columns, w_rows): (DMatrix<f64>, DMatrix<f64>) =
            (rng.matrix(m, k), rng.matrix(l, n));
        assert_transposes(
            "column",
            &v,
            &w_column,
            |x| column(x, &j),
            |x, y, d| column::back_0(x, &j, y, d),
        );
        assert_transposes("row", &v, &w_row, |x| row(x, &i), |x, y, d| row::back_0(x, &i, y, d));
        assert_transposes(
            "columns",
            &v,
            &w_columns,
            |x| columns(x, &j, &k),
            |x, y, d| columns::back_0(x, &j, &k, y, d),
        );
        assert_transposes(
            "rows",
            &v,
            &w_rows,
            |x| rows(x, &i, &l),
            |x, y, d| rows::back_0(x, &i, &l, y, d),
        );

        let w: DMatrix<f64> = rng.matrix(m, n);
        let (zero_m, zero_b) = (DMatrix::zeros(m, n), DVector::zeros(m));
        assert_transposes(
            "add_bias ∂m",
            &v,
            &w,
            |x| add_bias(x, &zero_b),
            |x, y, d| add_bias::back_0(x, &zero_b, y, d),
        );
        assert_transposes(
            "add_bias ∂b",
            &u,
            &w,
            |b| add_bias(&zero_m, b),
            |b, y, d| add_bias::back_1(&zero_m, b, y, d),
        );
    }
}
