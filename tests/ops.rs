//! What the rules do besides derivatives: operator dispatch, float literals, panic messages, and
//! the two paths of the matrix product's adjoints.
//!
//! The macro emits `mul(&2.0, &m)` for `2.0 * m` without knowing the type of `m`, so the literal
//! must take its type from the other operand; these tests compile only if it does. Shape errors
//! must name both shapes, and labels out of range their column and the number of classes.
#![allow(clippy::float_cmp, reason = "the values compared are exact in binary")]

mod support;

use backprop::nalgebra::{DMatrix, DVector, dmatrix};
use backprop::ops::arith::{add, div, mul, sub};
use backprop::ops::matrix::{component_mul, dot};
use backprop::ops::scalar::{max, powf};
use backprop::ops::{add_bias, cross_entropy, mse};
use support::Rng;

#[test]
fn float_literals_take_the_type_of_the_other_operand() {
    let m = DMatrix::<f64>::from_element(2, 3, 1.5);
    let twice = mul(&2.0, &m);
    let d_scale = mul::back_0(&2.0, &m, &twice, &m);
    let halved = div(&m, &2.0);
    assert_eq!((twice[(1, 2)], halved[(0, 0)], d_scale), (3.0, 0.75, 13.5));

    let x = 1.5_f32;
    let y = mul(&x, &2.0);
    let d_x = mul::back_0(&x, &2.0, &y, &1.0);
    let shifted = sub(&add(&1.0, &x), &0.5);
    assert_eq!((y, d_x, shifted, max(&x, &0.0), powf(&x, &2.0)), (3.0, 2.0, 2.0, 1.5, 2.25));

    let v = DVector::<f32>::from_element(2, 4.0);
    assert_eq!(mul(&v, &0.5)[1], 2.0);
}

#[test]
#[should_panic(expected = "mul: cannot multiply a 3×4 matrix by a 5×2 matrix")]
fn a_product_of_mismatched_matrices_names_both_shapes() {
    let _ = mul(&DMatrix::<f64>::zeros(3, 4), &DMatrix::<f64>::zeros(5, 2));
}

#[test]
#[should_panic(expected = "mul: cannot multiply a 3×4 matrix by a vector of length 5")]
fn a_product_of_a_matrix_and_a_mismatched_vector_names_both_shapes() {
    let _ = mul(&DMatrix::<f64>::zeros(3, 4), &DVector::<f64>::zeros(5));
}

#[test]
#[should_panic(expected = "add: a 3×4 matrix and a 4×3 matrix differ in shape")]
fn a_sum_of_mismatched_matrices_names_both_shapes() {
    let _ = add(&DMatrix::<f64>::zeros(3, 4), &DMatrix::<f64>::zeros(4, 3));
}

#[test]
#[should_panic(
    expected = "component_mul: a vector of length 2 and a vector of length 3 differ in shape"
)]
fn an_elementwise_product_of_mismatched_vectors_names_both_shapes() {
    let _ = component_mul(&DVector::<f64>::zeros(2), &DVector::<f64>::zeros(3));
}

#[test]
#[should_panic(expected = "dot: a 2×2 matrix and a 1×4 matrix differ in shape")]
fn a_dot_product_of_mismatched_matrices_names_both_shapes() {
    let _ = dot(&DMatrix::<f32>::zeros(2, 2), &DMatrix::<f32>::zeros(1, 4));
}

#[test]
#[should_panic(expected = "mse: a 2×3 matrix and a 3×2 matrix differ in shape")]
fn mse_of_mismatched_matrices_names_both_shapes() {
    let _ = mse(&DMatrix::<f64>::zeros(2, 3), &DMatrix::<f64>::zeros(3, 2));
}

#[test]
#[should_panic(
    expected = "add_bias: cannot add a vector of length 3 to the columns of a 2×5 matrix"
)]
fn a_bias_of_the_wrong_length_names_both_shapes() {
    let _ = add_bias(&DMatrix::<f64>::zeros(2, 5), &DVector::<f64>::zeros(3));
}

#[test]
#[should_panic(expected = "cross_entropy: label 4 in column 1 is out of range for 3 classes")]
fn a_label_out_of_range_names_the_label_its_column_and_the_classes() {
    let _ = cross_entropy(&DMatrix::<f64>::zeros(3, 2), &[0, 4]);
}

#[test]
#[should_panic(expected = "cross_entropy: 3 labels for 2 columns of logits")]
fn a_label_count_differing_from_the_batch_is_named() {
    let _ = cross_entropy(&DMatrix::<f64>::zeros(3, 2), &[0, 1, 2]);
}

/// Below and above nalgebra's small-matrix threshold the adjoints take different code paths
/// (copies and `tr_mul`, or transposed views into the blocked GEMM); both must give the textbook
/// `dC·Bᵀ` and `Aᵀ·dC`.
#[test]
fn both_paths_of_the_product_adjoints_agree_with_the_textbook_formulas() {
    let mut rng = Rng::new(4);
    for (m, k, n) in [(3, 4, 1), (1, 1, 1), (5, 6, 7), (6, 6, 6), (9, 7, 8), (7, 6, 1), (8, 1, 9)] {
        let (a, b, d_c): (DMatrix<f64>, DMatrix<f64>, DMatrix<f64>) =
            (rng.matrix(m, k), rng.matrix(k, n), rng.matrix(m, n));
        let c = mul(&a, &b);
        let d_a = mul::back_0(&a, &b, &c, &d_c);
        let d_b = mul::back_1(&a, &b, &c, &d_c);
        assert!((d_a - &d_c * b.transpose()).amax() < 1e-12, "dA at {m}×{k}·{k}×{n}");
        assert!((d_b - a.transpose() * &d_c).amax() < 1e-12, "dB at {m}×{k}·{k}×{n}");
    }
}

/// Below nalgebra's GEMM threshold (a dimension ≤ 5, so batch 1) the product and the adjoint
/// `dC·Bᵀ` run the rules' own loops (column by column, two columns of the left operand per pass;
/// an outer product when the batch is one column) instead of nalgebra's `gemv` per column: the
/// same sums in the same order, so nalgebra's product must come out bit for bit, at even and odd
/// inner dimensions, at an inner dimension of 0, at batches of 1 to 5, and at the 784-128-10
/// network's first layer at batch 1.
#[test]
fn below_the_gemm_threshold_the_products_are_nalgebras_bit_for_bit() {
    fn agree<T: backprop::Float>(rng: &mut Rng, (m, k, n): (usize, usize, usize)) {
        let (a, b, d_c): (DMatrix<T>, DMatrix<T>, DMatrix<T>) =
            (rng.matrix(m, k), rng.matrix(k, n), rng.matrix(m, n));
        let c = mul(&a, &b);
        assert_eq!(c, &a * &b, "A·B at {m}×{k}·{k}×{n}");
        assert_eq!(mul::back_0(&a, &b, &c, &d_c), &d_c * b.transpose(), "dA at {m}×{k}·{k}×{n}");
        let (x, d_y): (DVector<T>, DVector<T>) = (rng.vector(k), rng.vector(m));
        let y = mul(&a, &x);
        assert_eq!(y, &a * &x, "A·x at {m}×{k}·{k}");
        assert_eq!(mul::back_0(&a, &x, &y, &d_y), &d_y * x.transpose(), "dA at {m}×{k}·{k}");
    }
    let mut rng = Rng::new(5);
    let shapes = [
        (1, 1, 1),
        (3, 4, 1),
        (7, 5, 1),
        (7, 6, 2),
        (9, 7, 3),
        (6, 8, 5),
        (13, 9, 1),
        (2, 13, 4),
        (8, 1, 9),
        (3, 0, 2),
        (0, 3, 2),
        (10, 128, 1),
    ];
    for shape in shapes {
        agree::<f64>(&mut rng, shape);
        agree::<f32>(&mut rng, shape);
    }
    agree::<f32>(&mut rng, (128, 784, 1));
}

#[test]
fn the_matrix_vector_adjoints_are_an_outer_product_and_a_transposed_product() {
    let a = dmatrix![1.0, 2.0, 3.0; 4.0, 5.0, 6.0];
    let x = DVector::from_vec(vec![1.0, 0.0, -1.0]);
    let y = mul(&a, &x);
    let d_y = DVector::from_vec(vec![2.0, -1.0]);
    assert_eq!(mul::back_0(&a, &x, &y, &d_y), dmatrix![2.0, 0.0, -2.0; -1.0, 0.0, 1.0]);
    assert_eq!(mul::back_1(&a, &x, &y, &d_y), DVector::from_vec(vec![-2.0, -1.0, 0.0]));
}
