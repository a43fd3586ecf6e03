//! Reductions along one axis and the scalar broadcast, as nalgebra names them: a matrix (or a
//! vector) in, a vector, a row vector or a matrix of the same shape out.
//!
//! `m.column_sum()`, `column_mean()`, `column_variance()` reduce each row over the columns (one
//! entry per row, a `DVector`); `row_sum()`, `row_mean()`, `row_variance()` reduce each column
//! over the rows (one entry per column, a `RowDVector`); `variance()` reduces everything to a
//! scalar; `add_scalar(s)` adds `s` to every element. Each forward calls nalgebra's own method, so
//! a generated forward pass gives exactly what the function as written gives. Variances are
//! population variances (divided by `n`, not `n − 1`), as in nalgebra.

use nalgebra::{DMatrix, DVector, RowDVector};

use super::matrix::{MatrixRule, count};
use crate::Float;

/// A matrix whose rows can be reduced over its columns: `DMatrix<T>`, or a `DVector<T>` (one
/// column, so `v.column_sum()` is `v` itself).
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no differentiable `column_sum`, `column_mean` or `column_variance`",
    label = "expected `DMatrix<T>` or `DVector<T>`",
    note = "these reduce each row of a `DMatrix<T>` or `DVector<T>` (`T` = `f64` or `f32`) to one entry of a `DVector`; for a whole row vector `r` write `r.sum()`, `r.mean()` or `r.variance()`"
)]
pub trait ColumnReduceRule: MatrixRule {
    /// nalgebra's `column_sum`: `cᵢ = Σⱼ aᵢⱼ`.
    fn column_sum(&self) -> DVector<Self::Elem>;
    /// nalgebra's `column_mean`: `cᵢ = (1/n)·Σⱼ aᵢⱼ` over the `n` columns.
    fn column_mean(&self) -> DVector<Self::Elem>;
    /// nalgebra's `column_variance`: `cᵢ = (1/n)·Σⱼ (aᵢⱼ − μᵢ)²` over the `n` columns.
    fn column_variance(&self) -> DVector<Self::Elem>;
}

/// A matrix whose columns can be reduced over its rows: `DMatrix<T>`, or a `RowDVector<T>`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no differentiable `row_sum`, `row_mean` or `row_variance`",
    label = "expected `DMatrix<T>`",
    note = "these reduce each column of a `DMatrix<T>` (`T` = `f64` or `f32`) to one entry of a `RowDVector`; a `DVector` is one column, so write `v.sum()`, `v.mean()` or `v.variance()` for the scalar"
)]
pub trait RowReduceRule: MatrixRule {
    /// nalgebra's `row_sum`: `rⱼ = Σᵢ aᵢⱼ`.
    fn row_sum(&self) -> RowDVector<Self::Elem>;
    /// nalgebra's `row_mean`: `rⱼ = (1/m)·Σᵢ aᵢⱼ` over the `m` rows.
    fn row_mean(&self) -> RowDVector<Self::Elem>;
    /// nalgebra's `row_variance`: `rⱼ = (1/m)·Σᵢ (aᵢⱼ − μⱼ)²` over the `m` rows.
    fn row_variance(&self) -> RowDVector<Self::Elem>;
}

macro_rules! column_reduce_rule {
    ($ty:ident) => {
        impl<T: Float> ColumnReduceRule for $ty<T> {
            fn column_sum(&self) -> DVector<T> {
                nalgebra::Matrix::column_sum(self)
            }
            fn column_mean(&self) -> DVector<T> {
                nalgebra::Matrix::column_mean(self)
            }
            fn column_variance(&self) -> DVector<T> {
                nalgebra::Matrix::column_variance(self)
            }
        }
    };
}

macro_rules! row_reduce_rule {
    ($ty:ident) => {
        impl<T: Float> RowReduceRule for $ty<T> {
            fn row_sum(&self) -> RowDVector<T> {
                nalgebra::Matrix::row_sum(self)
            }
            fn row_mean(&self) -> RowDVector<T> {
                nalgebra::Matrix::row_mean(self)
            }
            fn row_variance(&self) -> RowDVector<T> {
                nalgebra::Matrix::row_variance(self)
            }
        }
    };
}

column_reduce_rule!(DMatrix);
column_reduce_rule!(DVector);
row_reduce_rule!(DMatrix);
row_reduce_rule!(RowDVector);

/// The adjoint of a reduction along one axis: element `(i, j)` of `a` gets `f(i, j, d_i or d_j)`.
///
/// `per_row` says whether the output has one entry per row of `a` (the column reductions) or one
/// per column (the row reductions).
fn spread<M: MatrixRule>(
    a: &M,
    d_out: &[M::Elem],
    per_row: bool,
    mut f: impl FnMut(M::Elem, usize, M::Elem) -> M::Elem,
) -> M {
    let rows = a.shape().0.max(1);
    let mut d_a = a.clone();
    for (k, x) in d_a.as_mut_slice().iter_mut().enumerate() {
        let entry = if per_row { k % rows } else { k / rows };
        *x = f(*x, entry, d_out[entry]);
    }
    d_a
}

/// Per row `cᵢ = Σⱼ aᵢⱼ` (nalgebra's `column_sum`, a `DVector`) `⇒ dA = dc·𝟙ᵀ` (`dcᵢ` in every
/// column of row `i`).
///
/// # Example
/// ```
/// use backprop::ops::reduce::column_sum;
/// use nalgebra::{dmatrix, dvector};
///
/// let a = dmatrix![1.0, 2.0, 3.0; 4.0, 5.0, 6.0];
/// let c = column_sum(&a);
/// assert_eq!(c, dvector![6.0, 15.0]);
/// assert_eq!(column_sum::back_0(&a, &c, &dvector![1.0, -2.0]), dmatrix![1.0, 1.0, 1.0; -2.0, -2.0, -2.0]);
/// ```
pub fn column_sum<M: ColumnReduceRule>(a: &M) -> DVector<M::Elem> {
    a.column_sum()
}

/// The adjoint of [`column_sum()`](fn@column_sum).
pub mod column_sum {
    use nalgebra::DVector;

    use super::{ColumnReduceRule, spread};

    /// `dA = dc·𝟙ᵀ`.
    pub fn back_0<M: ColumnReduceRule>(
        a: &M,
        _out: &DVector<M::Elem>,
        d_out: &DVector<M::Elem>,
    ) -> M {
        spread(a, d_out.as_slice(), true, |_, _, d| d)
    }
}

/// Per row `cᵢ = (1/n)·Σⱼ aᵢⱼ` over the `n` columns (nalgebra's `column_mean`, a `DVector` of
/// row means) `⇒ dA = (1/n)·dc·𝟙ᵀ`.
///
/// # Example
/// ```
/// use backprop::ops::reduce::column_mean;
/// use nalgebra::{dmatrix, dvector};
///
/// let a = dmatrix![1.0, 2.0, 3.0; 4.0, 5.0, 6.0];
/// let c = column_mean(&a);
/// assert_eq!(c, dvector![2.0, 5.0]);
/// assert_eq!(column_mean::back_0(&a, &c, &dvector![3.0, 0.0]), dmatrix![1.0, 1.0, 1.0; 0.0, 0.0, 0.0]);
/// ```
pub fn column_mean<M: ColumnReduceRule>(a: &M) -> DVector<M::Elem> {
    a.column_mean()
}

/// The adjoint of [`column_mean()`](fn@column_mean).
pub mod column_mean {
    use nalgebra::DVector;

    use super::{ColumnReduceRule, count, spread};

    /// `dA = (1/n)·dc·𝟙ᵀ`.
    pub fn back_0<M: ColumnReduceRule>(
        a: &M,
        _out: &DVector<M::Elem>,
        d_out: &DVector<M::Elem>,
    ) -> M {
        let n = count::<M::Elem>(a.shape().1);
        spread(a, d_out.as_slice(), true, |_, _, d| d / n)
    }
}

/// Per row `cᵢ = (1/n)·Σⱼ (aᵢⱼ − μᵢ)²` with `μ = column_mean(A)` (nalgebra's `column_variance`:
/// population variance, a `DVector` of row variances) `⇒ dA = (2/n)·diag(dc)·(A − μ·𝟙ᵀ)`.
///
/// The terms through `μ` cancel: `Σⱼ (aᵢⱼ − μᵢ) = 0`.
///
/// # Example
/// ```
/// use backprop::ops::reduce::column_variance;
/// use nalgebra::{dmatrix, dvector};
///
/// let a = dmatrix![1.0, 3.0; 2.0, 2.0];
/// let c = column_variance(&a);
/// assert_eq!(c, dvector![1.0, 0.0]);
/// assert_eq!(column_variance::back_0(&a, &c, &dvector![1.0, 1.0]), dmatrix![-1.0, 1.0; 0.0, 0.0]);
/// ```
pub fn column_variance<M: ColumnReduceRule>(a: &M) -> DVector<M::Elem> {
    a.column_variance()
}

/// The adjoint of [`column_variance()`](fn@column_variance).
pub mod column_variance {
    use nalgebra::DVector;

    use super::{ColumnReduceRule, count, spread};

    /// `dA = (2/n)·diag(dc)·(A − μ·𝟙ᵀ)`.
    pub fn back_0<M: ColumnReduceRule>(
        a: &M,
        _out: &DVector<M::Elem>,
        d_out: &DVector<M::Elem>,
    ) -> M {
        let n = count::<M::Elem>(a.shape().1);
        let mean = a.column_mean();
        spread(a, d_out.as_slice(), true, |x, i, d| (d + d) * (x - mean[i]) / n)
    }
}

/// Per column `rⱼ = Σᵢ aᵢⱼ` (nalgebra's `row_sum`, a `RowDVector`) `⇒ dA = 𝟙·dr` (`drⱼ` in
/// every row of column `j`).
///
/// # Example
/// ```
/// use backprop::ops::reduce::row_sum;
/// use nalgebra::{dmatrix, RowDVector};
///
/// let a = dmatrix![1.0, 2.0, 3.0; 4.0, 5.0, 6.0];
/// let r = row_sum(&a);
/// assert_eq!(r, RowDVector::from_row_slice(&[5.0, 7.0, 9.0]));
/// let d_r = RowDVector::from_row_slice(&[1.0, 0.0, -1.0]);
/// assert_eq!(row_sum::back_0(&a, &r, &d_r), dmatrix![1.0, 0.0, -1.0; 1.0, 0.0, -1.0]);
/// ```
pub fn row_sum<M: RowReduceRule>(a: &M) -> RowDVector<M::Elem> {
    a.row_sum()
}

/// The adjoint of [`row_sum()`](fn@row_sum).
pub mod row_sum {
    use nalgebra::RowDVector;

    use super::{RowReduceRule, spread};

    /// `dA = 𝟙·dr`.
    pub fn back_0<M: RowReduceRule>(
        a: &M,
        _out: &RowDVector<M::Elem>,
        d_out: &RowDVector<M::Elem>,
    ) -> M {
        spread(a, d_out.as_slice(), false, |_, _, d| d)
    }
}

/// Per column `rⱼ = (1/m)·Σᵢ aᵢⱼ` over the `m` rows (nalgebra's `row_mean`, a `RowDVector` of
/// column means) `⇒ dA = (1/m)·𝟙·dr`.
///
/// # Example
/// ```
/// use backprop::ops::reduce::row_mean;
/// use nalgebra::{dmatrix, RowDVector};
///
/// let a = dmatrix![1.0, 2.0; 3.0, 6.0];
/// let r = row_mean(&a);
/// assert_eq!(r, RowDVector::from_row_slice(&[2.0, 4.0]));
/// let d_r = RowDVector::from_row_slice(&[2.0, 4.0]);
/// assert_eq!(row_mean::back_0(&a, &r, &d_r), dmatrix![1.0, 2.0; 1.0, 2.0]);
/// ```
pub fn row_mean<M: RowReduceRule>(a: &M) -> RowDVector<M::Elem> {
    a.row_mean()
}

/// The adjoint of [`row_mean()`](fn@row_mean).
pub mod row_mean {
    use nalgebra::RowDVector;

    use super::{RowReduceRule, count, spread};

    /// `dA = (1/m)·𝟙·dr`.
    pub fn back_0<M: RowReduceRule>(
        a: &M,
        _out: &RowDVector<M::Elem>,
        d_out: &RowDVector<M::Elem>,
    ) -> M {
        let m = count::<M::Elem>(a.shape().0);
        spread(a, d_out.as_slice(), false, |_, _, d| d / m)
    }
}

/// Per column `rⱼ = (1/m)·Σᵢ (aᵢⱼ − μⱼ)²` with `μ = row_mean(A)` (nalgebra's `row_variance`:
/// population variance, a `RowDVector` of column variances) `⇒ dA = (2/m)·(A − 𝟙·μ)·diag(dr)`.
///
/// # Example
/// ```
/// use backprop::ops::reduce::row_variance;
/// use nalgebra::{dmatrix, RowDVector};
///
/// let a = dmatrix![1.0, 2.0; 3.0, 2.0];
/// let r = row_variance(&a);
/// assert_eq!(r, RowDVector::from_row_slice(&[1.0, 0.0]));
/// let d_r = RowDVector::from_row_slice(&[1.0, 1.0]);
/// assert_eq!(row_variance::back_0(&a, &r, &d_r), dmatrix![-1.0, 0.0; 1.0, 0.0]);
/// ```
pub fn row_variance<M: RowReduceRule>(a: &M) -> RowDVector<M::Elem> {
    a.row_variance()
}

/// The adjoint of [`row_variance()`](fn@row_variance).
pub mod row_variance {
    use nalgebra::RowDVector;

    use super::{RowReduceRule, count, spread};

    /// `dA = (2/m)·(A − 𝟙·μ)·diag(dr)`.
    pub fn back_0<M: RowReduceRule>(
        a: &M,
        _out: &RowDVector<M::Elem>,
        d_out: &RowDVector<M::Elem>,
    ) -> M {
        let m = count::<M::Elem>(a.shape().0);
        let mean = a.row_mean();
        spread(a, d_out.as_slice(), false, |x, j, d| (d + d) * (x - mean[j]) / m)
    }
}

/// `s = (1/n)·Σᵢ (aᵢ − μ)²` over all `n` elements, `μ` their mean (nalgebra's `variance`,
/// population variance; 0 for an empty matrix) `⇒ dA = (2·ds/n)·(A − μ)`.
///
/// # Example
/// ```
/// use backprop::ops::reduce::variance;
/// use nalgebra::dvector;
///
/// let v = dvector![1.0, 3.0];
/// assert_eq!(variance(&v), 1.0);
/// assert_eq!(variance::back_0(&v, &1.0, &1.0), dvector![-1.0, 1.0]);
/// ```
pub fn variance<M: MatrixRule>(a: &M) -> M::Elem {
    a.variance()
}

/// The adjoint of [`variance()`](fn@variance).
pub mod variance {
    use super::{MatrixRule, count};

    /// `dA = (2·ds/n)·(A − μ)`.
    pub fn back_0<M: MatrixRule>(a: &M, _out: &M::Elem, d_out: &M::Elem) -> M {
        let n = count::<M::Elem>(a.as_slice().len());
        let mean = a.sum() / n;
        let scale = (*d_out + *d_out) / n;
        a.map(|x| scale * (x - mean))
    }
}

/// `C = A + s·𝟙` (nalgebra's `add_scalar`: `s` added to every element) `⇒ dA = dC, ds = Σ dC`.
///
/// # Example
/// ```
/// use backprop::ops::reduce::add_scalar;
/// use nalgebra::dvector;
///
/// let v = dvector![1.0, 2.0];
/// let c = add_scalar(&v, &0.5);
/// assert_eq!(c, dvector![1.5, 2.5]);
/// assert_eq!(add_scalar::back_1(&v, &0.5, &c, &dvector![1.0, 2.0]), 3.0);
/// ```
pub fn add_scalar<M: MatrixRule>(a: &M, s: &M::Elem) -> M {
    let s = *s;
    a.map(|x| x + s)
}

/// The adjoints of [`add_scalar()`](fn@add_scalar).
pub mod add_scalar {
    use super::MatrixRule;

    /// `dA = dC`.
    pub fn back_0<M: MatrixRule>(_a: &M, _s: &M::Elem, _out: &M, d_out: &M) -> M {
        d_out.clone()
    }

    /// `ds = Σ dC`.
    pub fn back_1<M: MatrixRule>(_a: &M, _s: &M::Elem, _out: &M, d_out: &M) -> M::Elem {
        d_out.sum()
    }
}
