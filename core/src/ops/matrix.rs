//! Rules on `DMatrix<T>` and `DVector<T>`: the operators, the methods, and `add_bias`.
//!
//! Operators (`+ - * /`, unary `-`) implement the traits of [`arith`](super::arith) for matrices,
//! vectors and their mixes with scalars. A method call `m.sum()` lowers to `sum(&m)`, generic over
//! [`MatrixRule`] (both matrices and vectors). Adjoints borrow their inputs and make one pass
//! over the data; the adjoints of the matrix product multiply by transposed views instead of
//! transposed copies where nalgebra's blocked GEMM takes them safely.

use nalgebra::{DMatrix, DVector, Dyn, MatrixView, RowDVector};

use super::arith::{AddRule, DivRule, MulRule, NegRule, SubRule};
use crate::Float;

/// What the matrix method rules need from a `DMatrix<T>` or a `DVector<T>`.
///
/// Implemented for both, and for the `RowDVector<T>` that `m.row_sum()` and the other row
/// reductions return, so `sum`, `dot`, `component_mul` and the rest are written once.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a matrix or vector that backprop can differentiate",
    label = "expected `DMatrix<T>` or `DVector<T>`",
    note = "the differentiable matrix methods `component_mul component_div sum mean variance dot norm norm_squared add_scalar` take `DMatrix<T>`, `DVector<T>` or `RowDVector<T>` with `T` = `f64` or `f32`"
)]
pub trait MatrixRule: Clone {
    /// The element type.
    type Elem: Float;
    /// `(rows, columns)`; a vector has one column.
    fn shape(&self) -> (usize, usize);
    /// The shape in words, for panic messages: "a 3×4 matrix", "a vector of length 3".
    fn describe(&self) -> String;
    /// `f` applied to every element.
    #[must_use]
    fn map(&self, f: impl FnMut(Self::Elem) -> Self::Elem) -> Self;
    /// `f` applied to the elements of `self` and `other` pairwise; the shapes must agree.
    #[must_use]
    fn zip_map(&self, other: &Self, f: impl FnMut(Self::Elem, Self::Elem) -> Self::Elem) -> Self;
    /// `f` applied to the elements of `self`, `b` and `c`; the shapes must agree.
    #[must_use]
    fn zip_zip_map(
        &self,
        b: &Self,
        c: &Self,
        f: impl FnMut(Self::Elem, Self::Elem, Self::Elem) -> Self::Elem,
    ) -> Self;
    /// A value of the same shape with every element `value`.
    #[must_use]
    fn filled_like(&self, value: Self::Elem) -> Self;
    /// `Σᵢ xᵢ`.
    fn sum(&self) -> Self::Elem;
    /// `Σᵢ xᵢ·yᵢ` (the Frobenius inner product for matrices).
    fn dot(&self, other: &Self) -> Self::Elem;
    /// `Σᵢ xᵢ²`.
    fn norm_squared(&self) -> Self::Elem;
    /// `√(Σᵢ xᵢ²)`.
    fn norm(&self) -> Self::Elem;
    /// nalgebra's `variance`: `(1/n)·Σᵢ (xᵢ − μ)²`, 0 when empty.
    fn variance(&self) -> Self::Elem;
    /// The elements in column-major order: each column is `shape().0` consecutive elements.
    fn as_slice(&self) -> &[Self::Elem];
    /// The elements in column-major order, to write.
    fn as_mut_slice(&mut self) -> &mut [Self::Elem];
}

macro_rules! matrix_rule {
    ($ty:ident, |$m:ident| $describe:expr) => {
        impl<T: Float> MatrixRule for $ty<T> {
            type Elem = T;
            fn shape(&self) -> (usize, usize) {
                nalgebra::Matrix::shape(self)
            }
            fn describe(&self) -> String {
                let $m = self;
                $describe
            }
            fn map(&self, f: impl FnMut(T) -> T) -> Self {
                nalgebra::Matrix::map(self, f)
            }
            fn zip_map(&self, other: &Self, f: impl FnMut(T, T) -> T) -> Self {
                nalgebra::Matrix::zip_map(self, other, f)
            }
            fn zip_zip_map(&self, b: &Self, c: &Self, f: impl FnMut(T, T, T) -> T) -> Self {
                nalgebra::Matrix::zip_zip_map(self, b, c, f)
            }
            fn filled_like(&self, value: T) -> Self {
                let (rows, cols) = self.shape_generic();
                Self::from_element_generic(rows, cols, value)
            }
            fn sum(&self) -> T {
                nalgebra::Matrix::sum(self)
            }
            fn dot(&self, other: &Self) -> T {
                nalgebra::Matrix::dot(self, other)
            }
            fn norm_squared(&self) -> T {
                nalgebra::Matrix::norm_squared(self)
            }
            fn norm(&self) -> T {
                nalgebra::Matrix::norm(self)
            }
            fn variance(&self) -> T {
                nalgebra::Matrix::variance(self)
            }
            fn as_slice(&self) -> &[T] {
                nalgebra::Matrix::as_slice(self)
            }
            fn as_mut_slice(&mut self) -> &mut [T] {
                nalgebra::Matrix::as_mut_slice(self)
            }
        }
    };
}

matrix_rule!(DMatrix, |m| format!("a {}×{} matrix", m.nrows(), m.ncols()));
matrix_rule!(DVector, |v| format!("a vector of length {}", v.len()));
matrix_rule!(RowDVector, |r| format!("a row vector of length {}", r.len()));

/// Panics unless `a` and `b` have the same shape, naming both.
pub(crate) fn assert_same_shape<M: MatrixRule>(rule: &str, a: &M, b: &M) {
    assert!(
        a.shape() == b.shape(),
        "{rule}: {} and {} differ in shape",
        a.describe(),
        b.describe()
    );
}

/// `+ - * /` and unary `-` for one of `DMatrix` and `DVector`, alone and with a scalar.
macro_rules! operators_on {
    ($ty:ident) => {
        impl<T: Float> AddRule<$ty<T>> for $ty<T> {
            type Output = $ty<T>;
            fn forward(&self, b: &Self) -> Self {
                assert_same_shape("add", self, b);
                self + b
            }
            fn adjoint_0(d_out: &Self) -> Self {
                d_out.clone()
            }
            fn adjoint_1(d_out: &Self) -> Self {
                d_out.clone()
            }
        }

        impl<T: Float> SubRule<$ty<T>> for $ty<T> {
            type Output = $ty<T>;
            fn forward(&self, b: &Self) -> Self {
                assert_same_shape("sub", self, b);
                self - b
            }
            fn adjoint_0(d_out: &Self) -> Self {
                d_out.clone()
            }
            fn adjoint_1(d_out: &Self) -> Self {
                -d_out
            }
        }

        impl<T: Float> NegRule for $ty<T> {
            fn forward(&self) -> Self {
                -self
            }
            fn back_0(&self, _: &Self, d_out: &Self) -> Self {
                -d_out
            }
        }

        /// `C = s·M ⇒ ds = ⟨dC, M⟩, dM = s·dC`.
        impl<T: Float> MulRule<$ty<T>> for T {
            type Output = $ty<T>;
            fn forward(&self, m: &$ty<T>) -> $ty<T> {
                m * *self
            }
            fn back_0(&self, m: &$ty<T>, _: &$ty<T>, d_out: &$ty<T>) -> T {
                d_out.dot(m)
            }
            fn back_1(&self, _: &$ty<T>, _: &$ty<T>, d_out: &$ty<T>) -> $ty<T> {
                d_out * *self
            }
        }

        /// `C = M·s ⇒ dM = s·dC, ds = ⟨dC, M⟩`.
        impl<T: Float> MulRule<T> for $ty<T> {
            type Output = $ty<T>;
            fn forward(&self, s: &T) -> $ty<T> {
                self * *s
            }
            fn back_0(&self, s: &T, _: &$ty<T>, d_out: &$ty<T>) -> $ty<T> {
                d_out * *s
            }
            fn back_1(&self, _: &T, _: &$ty<T>, d_out: &$ty<T>) -> T {
                d_out.dot(self)
            }
        }

        /// `C = M / s ⇒ dM = dC / s, ds = −⟨dC, C⟩ / s`.
        impl<T: Float> DivRule<T> for $ty<T> {
            type Output = $ty<T>;
            fn forward(&self, s: &T) -> $ty<T> {
                self / *s
            }
            fn pull_0(s: &T, d_out: &$ty<T>) -> $ty<T> {
                d_out / *s
            }
            fn pull_1(s: &T, out: &$ty<T>, d_out: &$ty<T>) -> T {
                -d_out.dot(out) / *s
            }
        }
    };
}

operators_on!(DMatrix);
operators_on!(DVector);
operators_on!(RowDVector);

/// `C = A·B ⇒ dA = dC·Bᵀ, dB = Aᵀ·dC`.
impl<T: Float> MulRule<DMatrix<T>> for DMatrix<T> {
    type Output = DMatrix<T>;

    fn forward(&self, b: &DMatrix<T>) -> DMatrix<T> {
        assert!(
            self.ncols() == b.nrows(),
            "mul: cannot multiply {} by {}",
            self.describe(),
            b.describe()
        );
        let (m, k, n) = (self.nrows(), self.ncols(), b.ncols());
        if takes_transposed_views(m, k, n) {
            self * b
        } else {
            let b = b.as_slice();
            DMatrix::from_vec(m, n, by_columns(self.as_slice(), m, k, n, |l, j| b[l + j * k]))
        }
    }

    fn back_0(&self, b: &DMatrix<T>, _: &DMatrix<T>, d_out: &DMatrix<T>) -> DMatrix<T> {
        // dC·Bᵀ: an `m×n` by an `n×k` matrix.
        let (m, k, n) = (self.nrows(), self.ncols(), b.ncols());
        if takes_transposed_views(m, k, n) {
            d_out * transposed_view(b)
        } else {
            let b = b.as_slice();
            if n == 1 {
                // A batch of one: the outer product dc·bᵀ.
                DMatrix::from_vec(m, k, outer(d_out.as_slice(), b))
            } else {
                // (Bᵀ)[j, l] = B[l, j]: read in place, no transposed copy.
                DMatrix::from_vec(m, k, by_columns(d_out.as_slice(), m, n, k, |j, l| b[l + j * k]))
            }
        }
    }

    fn back_1(&self, b: &DMatrix<T>, _: &DMatrix<T>, d_out: &DMatrix<T>) -> DMatrix<T> {
        if takes_transposed_views(self.nrows(), self.ncols(), b.ncols()) {
            transposed_view(self) * d_out
        } else {
            // One dot product per element of dB over contiguous columns of A and dC: what a
            // small product costs anyway, and no copy of A.
            self.tr_mul(d_out)
        }
    }
}

/// Whether the product of an `m×k` and a `k×n` matrix, or of their transposes, may take a
/// transposed (strided) view as operand.
///
/// nalgebra 0.35's `gemm` hands `Dyn` matrices to matrixmultiply's blocked GEMM, which accepts any
/// strides, only when every dimension exceeds `SMALL_DIM = 5` (`gemm_uninit` in
/// `src/base/blas_uninit.rs`). Below that it falls back to `gemv`/`axcpy`, which walk a strided
/// operand by its slice length instead of its row count and write out of bounds
/// (dimforge/nalgebra#1616): a panic in debug builds, heap corruption in release. The adjoints
/// `dC·Bᵀ` (`m×n` by `n×k`) and `Aᵀ·dC` (`k×m` by `m×n`) involve the same three dimensions.
fn takes_transposed_views(m: usize, k: usize, n: usize) -> bool {
    const SMALL_DIM: usize = 5;
    m > SMALL_DIM && k > SMALL_DIM && n > SMALL_DIM
}

/// The product of the `rows×inner` column-major matrix `lhs` and an `inner×cols` matrix `R`
/// read through `rhs(l, j) = R[l, j]`, as a column-major buffer of `rows×cols`: column `j` is
/// `Σₗ R[l, j]·lhs[:, l]`, summed in the order of `l`.
///
/// This is what a product costs below nalgebra's GEMM threshold (see
/// [`takes_transposed_views`]), where nalgebra runs one `gemv` per column of the product and each
/// `gemv` one `axpy` per column of `lhs`: the same sums in the same order, so the same bits, but
/// a column of the product is loaded and stored once per two columns of `lhs` instead of once per
/// column, each column is written once into memory that was never zeroed, and a right operand
/// read transposed is not copied. At batch 1 this is a layer's `W·x` (a GEMV); its weights'
/// adjoint `dz·xᵀ` there is an [`outer`] product, which has a loop of its own (through this one
/// the RNN of `examples/bench_calls.rs` took 5 % longer per step). Two columns per pass, not
/// four: four interleaved read streams made the GEMV slower than nalgebra's when `W` is not in
/// cache.
fn by_columns<T: Float>(
    lhs: &[T],
    rows: usize,
    inner: usize,
    cols: usize,
    rhs: impl Fn(usize, usize) -> T,
) -> Vec<T> {
    let column = |l: usize| &lhs[l * rows..(l + 1) * rows];
    let mut out = Vec::with_capacity(rows * cols);
    for j in 0..cols {
        let start = out.len();
        if inner == 0 {
            out.resize(start + rows, T::zero());
            continue;
        }
        let first = rhs(0, j);
        out.extend(column(0).iter().map(|&a| a * first));
        let sum = &mut out[start..];
        let mut l = 1;
        while l + 2 <= inner {
            let (x0, x1) = (rhs(l, j), rhs(l + 1, j));
            for (s, (&a0, &a1)) in sum.iter_mut().zip(column(l).iter().zip(column(l + 1))) {
                // Left to right, `(s + a0·x0) + a1·x1`, as nalgebra's two `axpy`s add them.
                *s = *s + a0 * x0 + a1 * x1;
            }
            l += 2;
        }
        if l < inner {
            let x = rhs(l, j);
            for (s, &a) in sum.iter_mut().zip(column(l)) {
                *s += a * x;
            }
        }
    }
    out
}

/// The outer product `u·vᵀ` as a column-major buffer of `u.len()×v.len()`: each column `vⱼ·u`
/// written once, into memory that was never zeroed (the same products as nalgebra's, which runs a
/// `gemv` per column for it).
fn outer<T: Float>(u: &[T], v: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(u.len() * v.len());
    for &x in v {
        out.extend(u.iter().map(|&a| a * x));
    }
    out
}

/// `mᵀ` without a copy: the same column-major buffer read with the strides swapped.
fn transposed_view<T: Float>(m: &DMatrix<T>) -> MatrixView<'_, T, Dyn, Dyn, Dyn, Dyn> {
    let (rows, cols) = m.shape();
    MatrixView::from_slice_with_strides_generic(
        m.as_slice(),
        Dyn(cols),
        Dyn(rows),
        Dyn(rows),
        Dyn(1),
    )
}

/// `y = A·x ⇒ dA = dy·xᵀ, dx = Aᵀ·dy`.
impl<T: Float> MulRule<DVector<T>> for DMatrix<T> {
    type Output = DVector<T>;

    fn forward(&self, x: &DVector<T>) -> DVector<T> {
        assert!(
            self.ncols() == x.len(),
            "mul: cannot multiply {} by {}",
            self.describe(),
            x.describe()
        );
        let x = x.as_slice();
        DVector::from_vec(by_columns(self.as_slice(), self.nrows(), x.len(), 1, |l, _| x[l]))
    }

    fn back_0(&self, x: &DVector<T>, _: &DVector<T>, d_out: &DVector<T>) -> DMatrix<T> {
        // The outer product dy·xᵀ, each column written once (no zeroed matrix to write over).
        let (m, k) = (self.nrows(), self.ncols());
        let x = x.as_slice();
        DMatrix::from_vec(m, k, outer(d_out.as_slice(), x))
    }

    fn back_1(&self, _: &DVector<T>, _: &DVector<T>, d_out: &DVector<T>) -> DVector<T> {
        // `gemv` with a transposed view would hit dimforge/nalgebra#1616 (one column is below
        // nalgebra's GEMM threshold); `tr_mul` reads contiguous columns of A instead.
        self.tr_mul(d_out)
    }
}

/// The rule behind `m.transpose()`: `B = Aᵀ ⇒ dA = dBᵀ`.
#[diagnostic::on_unimplemented(
    message = "`transpose` is not differentiable for `{Self}`",
    label = "expected `DMatrix<T>`",
    note = "`transpose` is differentiable for `DMatrix<T>` with `T` = `f64` or `f32`; a vector `v` enters products as a one-column `DMatrix` or through `dot`"
)]
pub trait TransposeRule: Sized {
    /// `Aᵀ`.
    #[must_use]
    fn forward(&self) -> Self;
    /// `dA = dBᵀ`.
    #[must_use]
    fn back_0(&self, out: &Self, d_out: &Self) -> Self;
}

impl<T: Float> TransposeRule for DMatrix<T> {
    fn forward(&self) -> Self {
        self.transpose()
    }
    fn back_0(&self, _: &Self, d_out: &Self) -> Self {
        d_out.transpose()
    }
}

/// `B = Aᵀ ⇒ dA = dBᵀ`.
///
/// # Example
/// ```
/// use backprop::ops::matrix::transpose;
/// use nalgebra::dmatrix;
///
/// let a = dmatrix![1.0, 2.0, 3.0];
/// let b = transpose(&a);
/// assert_eq!(transpose::back_0(&a, &b, &dmatrix![4.0; 5.0; 6.0]), dmatrix![4.0, 5.0, 6.0]);
/// ```
pub fn transpose<A: TransposeRule>(a: &A) -> A {
    a.forward()
}

/// The adjoint of [`transpose()`](fn@transpose).
pub mod transpose {
    use super::TransposeRule;

    /// `dA = dBᵀ`.
    pub fn back_0<A: TransposeRule>(a: &A, out: &A, d_out: &A) -> A {
        a.back_0(out, d_out)
    }
}

/// `C = A ⊙ B ⇒ dA = dC ⊙ B, dB = dC ⊙ A` (elementwise product).
///
/// # Panics
/// When `a` and `b` differ in shape; the message names both shapes.
///
/// # Example
/// ```
/// use backprop::ops::matrix::component_mul;
/// use nalgebra::dvector;
///
/// let (a, b) = (dvector![1.0, 2.0], dvector![3.0, 4.0]);
/// let c = component_mul(&a, &b);
/// assert_eq!(c, dvector![3.0, 8.0]);
/// assert_eq!(component_mul::back_0(&a, &b, &c, &dvector![1.0, -1.0]), dvector![3.0, -4.0]);
/// ```
pub fn component_mul<M: MatrixRule>(a: &M, b: &M) -> M {
    assert_same_shape("component_mul", a, b);
    a.zip_map(b, |x, y| x * y)
}

/// The adjoints of [`component_mul()`](fn@component_mul).
pub mod component_mul {
    use super::MatrixRule;

    /// `dA = dC ⊙ B`.
    pub fn back_0<M: MatrixRule>(_a: &M, b: &M, _out: &M, d_out: &M) -> M {
        d_out.zip_map(b, |d, y| d * y)
    }

    /// `dB = dC ⊙ A`.
    pub fn back_1<M: MatrixRule>(a: &M, _b: &M, _out: &M, d_out: &M) -> M {
        d_out.zip_map(a, |d, x| d * x)
    }
}

/// `C = A ⊘ B ⇒ dA = dC ⊘ B, dB = −dC ⊙ C ⊘ B` (elementwise quotient).
///
/// # Panics
/// When `a` and `b` differ in shape; the message names both shapes.
pub fn component_div<M: MatrixRule>(a: &M, b: &M) -> M {
    assert_same_shape("component_div", a, b);
    a.zip_map(b, |x, y| x / y)
}

/// The adjoints of [`component_div()`](fn@component_div).
pub mod component_div {
    use super::MatrixRule;

    /// `dA = dC ⊘ B`.
    pub fn back_0<M: MatrixRule>(_a: &M, b: &M, _out: &M, d_out: &M) -> M {
        d_out.zip_map(b, |d, y| d / y)
    }

    /// `dB = −dC ⊙ C ⊘ B`.
    pub fn back_1<M: MatrixRule>(_a: &M, b: &M, out: &M, d_out: &M) -> M {
        d_out.zip_zip_map(out, b, |d, c, y| -d * c / y)
    }
}

/// `s = Σᵢ aᵢ ⇒ dA = ds·𝟙` (every element gets `ds`).
///
/// # Example
/// ```
/// use backprop::ops::matrix::sum;
/// use nalgebra::dmatrix;
///
/// let a = dmatrix![1.0, 2.0; 3.0, 4.0];
/// assert_eq!(sum(&a), 10.0);
/// assert_eq!(sum::back_0(&a, &10.0, &0.5), dmatrix![0.5, 0.5; 0.5, 0.5]);
/// ```
pub fn sum<M: MatrixRule>(a: &M) -> M::Elem {
    a.sum()
}

/// The adjoint of [`sum()`](fn@sum).
pub mod sum {
    use super::MatrixRule;

    /// `dA = ds·𝟙`.
    pub fn back_0<M: MatrixRule>(a: &M, _out: &M::Elem, d_out: &M::Elem) -> M {
        a.filled_like(*d_out)
    }
}

/// `s = (1/n)·Σᵢ aᵢ ⇒ dA = (ds/n)·𝟙`, over all `n` elements; 0 for an empty matrix.
pub fn mean<M: MatrixRule>(a: &M) -> M::Elem {
    let (rows, cols) = a.shape();
    if rows * cols == 0 { nalgebra::zero() } else { a.sum() / count::<M::Elem>(rows * cols) }
}

/// The adjoint of [`mean()`](fn@mean).
pub mod mean {
    use super::{MatrixRule, count};

    /// `dA = (ds/n)·𝟙`.
    pub fn back_0<M: MatrixRule>(a: &M, _out: &M::Elem, d_out: &M::Elem) -> M {
        let (rows, cols) = a.shape();
        a.filled_like(*d_out / count::<M::Elem>(rows * cols))
    }
}

/// `n` as a float, for means.
pub(crate) fn count<T: Float>(n: usize) -> T {
    T::of(n as f64)
}

/// `s = ⟨A, B⟩ = Σᵢ aᵢ·bᵢ ⇒ dA = ds·B, dB = ds·A`.
///
/// For matrices this is the Frobenius inner product, as nalgebra's `dot` defines it.
///
/// # Panics
/// When `a` and `b` differ in shape; the message names both shapes.
pub fn dot<M: MatrixRule>(a: &M, b: &M) -> M::Elem {
    assert_same_shape("dot", a, b);
    a.dot(b)
}

/// The adjoints of [`dot()`](fn@dot).
pub mod dot {
    use super::MatrixRule;

    /// `dA = ds·B`.
    pub fn back_0<M: MatrixRule>(_a: &M, b: &M, _out: &M::Elem, d_out: &M::Elem) -> M {
        let d = *d_out;
        b.map(|y| d * y)
    }

    /// `dB = ds·A`.
    pub fn back_1<M: MatrixRule>(a: &M, _b: &M, _out: &M::Elem, d_out: &M::Elem) -> M {
        let d = *d_out;
        a.map(|x| d * x)
    }
}

/// `s = ‖A‖ = √(Σᵢ aᵢ²) ⇒ dA = ds·A/s` (the Frobenius norm for matrices).
///
/// At `A = 0`, where the norm has a kink, the adjoint is 0 (the subgradient of least magnitude).
/// For a single element the norm is `|a|`, so the rule records the sign for the checker, as
/// `abs` does; with more elements the kink is the single point `A = 0`.
pub fn norm<M: MatrixRule>(a: &M) -> M::Elem {
    let (rows, cols) = a.shape();
    if rows * cols == 1 {
        crate::check::trace::record(u64::from(a.sum() >= nalgebra::zero()));
    }
    a.norm()
}

/// The adjoint of [`norm()`](fn@norm).
pub mod norm {
    use super::MatrixRule;

    /// `dA = ds·A/s`, and 0 where `s = 0`.
    pub fn back_0<M: MatrixRule>(a: &M, out: &M::Elem, d_out: &M::Elem) -> M {
        let scale = if *out == nalgebra::zero() { nalgebra::zero() } else { *d_out / *out };
        a.map(|x| scale * x)
    }
}

/// `s = ‖A‖² = Σᵢ aᵢ² ⇒ dA = 2·ds·A`.
pub fn norm_squared<M: MatrixRule>(a: &M) -> M::Elem {
    a.norm_squared()
}

/// The adjoint of [`norm_squared()`](fn@norm_squared).
pub mod norm_squared {
    use super::MatrixRule;

    /// `dA = 2·ds·A`.
    pub fn back_0<M: MatrixRule>(a: &M, _out: &M::Elem, d_out: &M::Elem) -> M {
        let scale = *d_out + *d_out;
        a.map(|x| scale * x)
    }
}

/// `C = M + b·𝟙ᵀ` (the column vector `b` added to every column) `⇒ dM = dC, db = dC·𝟙`
/// (the row sums of `dC`).
///
/// With samples as columns this is the bias of a dense layer, `z = W·x + b`.
///
/// # Panics
/// When the length of `b` differs from the number of rows of `m`; the message names both.
///
/// # Example
/// ```
/// use backprop::ops::add_bias;
/// use nalgebra::{dmatrix, dvector};
///
/// let m = dmatrix![1.0, 2.0, 3.0; 4.0, 5.0, 6.0];
/// let b = dvector![10.0, 20.0];
/// let z = add_bias(&m, &b);
/// assert_eq!(z, dmatrix![11.0, 12.0, 13.0; 24.0, 25.0, 26.0]);
/// let d_z = dmatrix![1.0, 1.0, 1.0; 0.5, 0.0, -1.0];
/// assert_eq!(add_bias::back_1(&m, &b, &z, &d_z), dvector![3.0, -0.5]);
/// ```
#[must_use]
pub fn add_bias<T: Float>(m: &DMatrix<T>, b: &DVector<T>) -> DMatrix<T> {
    assert_bias_fits(m, b);
    let mut out = m.clone();
    for mut column in out.column_iter_mut() {
        column += b;
    }
    out
}

/// Panics unless `b` has one element per row of `m`, naming both.
fn assert_bias_fits<T: Float>(m: &DMatrix<T>, b: &DVector<T>) {
    assert!(
        b.len() == m.nrows(),
        "add_bias: cannot add {} to the columns of {}",
        b.describe(),
        m.describe()
    );
}

/// The adjoints of [`add_bias()`](fn@add_bias).
pub mod add_bias {
    use nalgebra::{DMatrix, DVector};

    use crate::Float;

    /// `dM = dC`.
    #[must_use]
    pub fn back_0<T: Float>(
        _m: &DMatrix<T>,
        _b: &DVector<T>,
        _out: &DMatrix<T>,
        d_out: &DMatrix<T>,
    ) -> DMatrix<T> {
        d_out.clone()
    }

    /// `db = dC·𝟙`, the row sums of `dC`.
    #[must_use]
    pub fn back_1<T: Float>(
        _m: &DMatrix<T>,
        _b: &DVector<T>,
        _out: &DMatrix<T>,
        d_out: &DMatrix<T>,
    ) -> DVector<T> {
        d_out.column_sum()
    }

    /// [`back_1`] from what it reads, `dC` alone: the generated backward pass calls this, so it
    /// keeps neither `M` nor `C` (and takes `dM = dC` as `dC` itself, moved when it is its last
    /// use).
    #[must_use]
    pub fn pull_1<T: Float>(d_out: &DMatrix<T>) -> DVector<T> {
        d_out.column_sum()
    }

    /// [`add_bias()`](fn@super::add_bias) adding into `m` instead of a copy of it: what the
    /// generated forward pass calls when nothing else reads `m` (the hand-written `m += b` per
    /// column, no allocation).
    ///
    /// # Panics
    /// When the length of `b` differs from the number of rows of `m`; the message names both.
    #[must_use]
    pub fn in_place<T: Float>(mut m: DMatrix<T>, b: &DVector<T>) -> DMatrix<T> {
        super::assert_bias_fits(&m, b);
        for mut column in m.column_iter_mut() {
            column += b;
        }
        m
    }
}
