//! Rules that read a part of a matrix: a column, a row, a block of columns or of rows.
//!
//! What `m.column(j)`, `m.row(i)`, `m.columns(j, k)` and `m.rows(i, k)` lower to inside a
//! `#[differentiable]` function. Each returns an owned copy of the part (a column as a
//! `DVector`, a row as a one-row `DMatrix`), and its adjoint puts the part's adjoint back in
//! place: `P = A[part] ⇒ dA = 0 everywhere but dA[part] = dP`. The index arguments are
//! constants. Reading elements (`v[i]`, `m[(i, j)]`) needs no rule: the generated code adds into
//! the element of the adjoint directly.

use nalgebra::{DMatrix, DVector};

use crate::Float;

fn check_column<T: Float>(rule: &str, m: &DMatrix<T>, first: usize, count: usize) {
    assert!(
        first + count <= m.ncols(),
        "{rule}: columns {first}..{} are out of range for a {}×{} matrix",
        first + count,
        m.nrows(),
        m.ncols()
    );
}

fn check_row<T: Float>(rule: &str, m: &DMatrix<T>, first: usize, count: usize) {
    assert!(
        first + count <= m.nrows(),
        "{rule}: rows {first}..{} are out of range for a {}×{} matrix",
        first + count,
        m.nrows(),
        m.ncols()
    );
}

/// `c = A[:, j] ⇒ dA[:, j] = dc`, zero elsewhere.
///
/// # Panics
/// When `j` is not a column of `m`; the message names the index and the shape.
///
/// # Example
/// ```
/// use backprop::ops::parts::column;
/// use nalgebra::{dmatrix, dvector};
///
/// let m = dmatrix![1.0, 2.0; 3.0, 4.0];
/// let c = column(&m, &1);
/// assert_eq!(c, dvector![2.0, 4.0]);
/// assert_eq!(column::back_0(&m, &1, &c, &dvector![5.0, 6.0]), dmatrix![0.0, 5.0; 0.0, 6.0]);
/// ```
#[must_use]
pub fn column<T: Float>(m: &DMatrix<T>, j: &usize) -> DVector<T> {
    check_column("column", m, *j, 1);
    m.column(*j).into_owned()
}

/// The adjoint of [`column()`](fn@column).
pub mod column {
    use super::{DMatrix, DVector, Float, check_column};

    /// `dA[:, j] = dc`, zero elsewhere.
    #[must_use]
    pub fn back_0<T: Float>(
        m: &DMatrix<T>,
        j: &usize,
        _out: &DVector<T>,
        d_out: &DVector<T>,
    ) -> DMatrix<T> {
        check_column("column", m, *j, 1);
        let mut d_m = DMatrix::zeros(m.nrows(), m.ncols());
        d_m.set_column(*j, d_out);
        d_m
    }

    /// `dA[:, j] += dc` in place: what generated code does when `dA` already exists, so that a
    /// loop over the columns costs no full-size temporary per step.
    pub fn accumulate_0<T: Float>(
        d_m: &mut DMatrix<T>,
        m: &DMatrix<T>,
        j: &usize,
        _out: &DVector<T>,
        d_out: &DVector<T>,
    ) {
        check_column("column", m, *j, 1);
        let mut part = d_m.column_mut(*j);
        part += d_out;
    }
}

/// `r = A[i, :] ⇒ dA[i, :] = dr`, zero elsewhere. The row comes back as a one-row `DMatrix`.
///
/// # Panics
/// When `i` is not a row of `m`; the message names the index and the shape.
///
/// # Example
/// ```
/// use backprop::ops::parts::row;
/// use nalgebra::dmatrix;
///
/// let m = dmatrix![1.0, 2.0; 3.0, 4.0];
/// let r = row(&m, &0);
/// assert_eq!(r, dmatrix![1.0, 2.0]);
/// assert_eq!(row::back_0(&m, &0, &r, &dmatrix![5.0, 6.0]), dmatrix![5.0, 6.0; 0.0, 0.0]);
/// ```
#[must_use]
pub fn row<T: Float>(m: &DMatrix<T>, i: &usize) -> DMatrix<T> {
    check_row("row", m, *i, 1);
    m.rows(*i, 1).into_owned()
}

/// The adjoint of [`row()`](fn@row).
pub mod row {
    use super::{DMatrix, Float, check_row};

    /// `dA[i, :] = dr`, zero elsewhere.
    #[must_use]
    pub fn back_0<T: Float>(
        m: &DMatrix<T>,
        i: &usize,
        _out: &DMatrix<T>,
        d_out: &DMatrix<T>,
    ) -> DMatrix<T> {
        check_row("row", m, *i, 1);
        let mut d_m = DMatrix::zeros(m.nrows(), m.ncols());
        d_m.rows_mut(*i, 1).copy_from(d_out);
        d_m
    }

    /// `dA[i, :] += dr` in place (see [`column::accumulate_0`](super::column::accumulate_0)).
    pub fn accumulate_0<T: Float>(
        d_m: &mut DMatrix<T>,
        m: &DMatrix<T>,
        i: &usize,
        _out: &DMatrix<T>,
        d_out: &DMatrix<T>,
    ) {
        check_row("row", m, *i, 1);
        let mut part = d_m.rows_mut(*i, 1);
        part += d_out;
    }
}

/// `B = A[:, j..j+k] ⇒ dA[:, j..j+k] = dB`, zero elsewhere.
///
/// # Panics
/// When the columns are out of range; the message names them and the shape.
///
/// # Example
/// ```
/// use backprop::ops::parts::columns;
/// use nalgebra::dmatrix;
///
/// let m = dmatrix![1.0, 2.0, 3.0; 4.0, 5.0, 6.0];
/// let b = columns(&m, &1, &2);
/// assert_eq!(b, dmatrix![2.0, 3.0; 5.0, 6.0]);
/// let d_m = columns::back_0(&m, &1, &2, &b, &dmatrix![1.0, 1.0; 1.0, 1.0]);
/// assert_eq!(d_m, dmatrix![0.0, 1.0, 1.0; 0.0, 1.0, 1.0]);
/// ```
#[must_use]
pub fn columns<T: Float>(m: &DMatrix<T>, first: &usize, count: &usize) -> DMatrix<T> {
    check_column("columns", m, *first, *count);
    m.columns(*first, *count).into_owned()
}

/// The adjoint of [`columns()`](fn@columns).
pub mod columns {
    use super::{DMatrix, Float, check_column};

    /// `dA[:, j..j+k] = dB`, zero elsewhere.
    #[must_use]
    pub fn back_0<T: Float>(
        m: &DMatrix<T>,
        first: &usize,
        count: &usize,
        _out: &DMatrix<T>,
        d_out: &DMatrix<T>,
    ) -> DMatrix<T> {
        check_column("columns", m, *first, *count);
        let mut d_m = DMatrix::zeros(m.nrows(), m.ncols());
        d_m.columns_mut(*first, *count).copy_from(d_out);
        d_m
    }

    /// `dA[:, j..j+k] += dB` in place (see [`column::accumulate_0`](super::column::accumulate_0)).
    pub fn accumulate_0<T: Float>(
        d_m: &mut DMatrix<T>,
        m: &DMatrix<T>,
        first: &usize,
        count: &usize,
        _out: &DMatrix<T>,
        d_out: &DMatrix<T>,
    ) {
        check_column("columns", m, *first, *count);
        let mut part = d_m.columns_mut(*first, *count);
        part += d_out;
    }
}

/// `B = A[i..i+k, :] ⇒ dA[i..i+k, :] = dB`, zero elsewhere.
///
/// # Panics
/// When the rows are out of range; the message names them and the shape.
///
/// # Example
/// ```
/// use backprop::ops::parts::rows;
/// use nalgebra::dmatrix;
///
/// let m = dmatrix![1.0, 2.0; 3.0, 4.0; 5.0, 6.0];
/// let b = rows(&m, &1, &2);
/// assert_eq!(b, dmatrix![3.0, 4.0; 5.0, 6.0]);
/// let d_m = rows::back_0(&m, &1, &2, &b, &dmatrix![1.0, 2.0; 3.0, 4.0]);
/// assert_eq!(d_m, dmatrix![0.0, 0.0; 1.0, 2.0; 3.0, 4.0]);
/// ```
#[must_use]
pub fn rows<T: Float>(m: &DMatrix<T>, first: &usize, count: &usize) -> DMatrix<T> {
    check_row("rows", m, *first, *count);
    m.rows(*first, *count).into_owned()
}

/// The adjoint of [`rows()`](fn@rows).
pub mod rows {
    use super::{DMatrix, Float, check_row};

    /// `dA[i..i+k, :] = dB`, zero elsewhere.
    #[must_use]
    pub fn back_0<T: Float>(
        m: &DMatrix<T>,
        first: &usize,
        count: &usize,
        _out: &DMatrix<T>,
        d_out: &DMatrix<T>,
    ) -> DMatrix<T> {
        check_row("rows", m, *first, *count);
        let mut d_m = DMatrix::zeros(m.nrows(), m.ncols());
        d_m.rows_mut(*first, *count).copy_from(d_out);
        d_m
    }

    /// `dA[i..i+k, :] += dB` in place (see [`column::accumulate_0`](super::column::accumulate_0)).
    pub fn accumulate_0<T: Float>(
        d_m: &mut DMatrix<T>,
        m: &DMatrix<T>,
        first: &usize,
        count: &usize,
        _out: &DMatrix<T>,
        d_out: &DMatrix<T>,
    ) {
        check_row("rows", m, *first, *count);
        let mut part = d_m.rows_mut(*first, *count);
        part += d_out;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check;

    #[test]
    fn each_part_passes_the_checker() {
        let m = DMatrix::from_fn(4, 5, |i, j| ((i * 5 + j) as f64 * 0.37).sin());
        let report = check::params(
            |m: &DMatrix<f64>| column(m, &2),
            &m,
            |d| column::back_0(&m, &2, &column(&m, &2), d),
        );
        assert!(report.passed(), "{report}");
        let report = check::params(
            |m: &DMatrix<f64>| row(m, &3),
            &m,
            |d| row::back_0(&m, &3, &row(&m, &3), d),
        );
        assert!(report.passed(), "{report}");
        let report = check::params(
            |m: &DMatrix<f64>| columns(m, &1, &3),
            &m,
            |d| columns::back_0(&m, &1, &3, &columns(&m, &1, &3), d),
        );
        assert!(report.passed(), "{report}");
        let report = check::params(
            |m: &DMatrix<f64>| rows(m, &0, &2),
            &m,
            |d| rows::back_0(&m, &0, &2, &rows(&m, &0, &2), d),
        );
        assert!(report.passed(), "{report}");
    }

    #[test]
    #[should_panic(expected = "columns 3..5 are out of range for a 2×4 matrix")]
    fn out_of_range_parts_name_the_shape() {
        let _ = columns(&DMatrix::<f64>::zeros(2, 4), &3, &2);
    }
}
