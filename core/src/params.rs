//! `Params`: anything a gradient can have the shape of.
//!
//! A scalar, a matrix, a vector, or a struct of them (`#[derive(Params)]`). The trait gives the
//! checker and the optimizers a flat view of the elements (count, read, write), a readable name
//! for each element (`w1[3,2]`, `first.b[0]`), zeros of the same shape, and `self += scale·other`.
//! Elements are read and written as `f64` whatever the element type; matrices are flattened in
//! nalgebra's column-major order.

use std::fmt::Debug;
use std::ops::AddAssign;

use nalgebra::{DMatrix, DVector};

use crate::Float;

/// The shape of one tensor inside a [`Params`] value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A single number.
    Scalar,
    /// A column vector of this length.
    Vector(usize),
    /// A matrix, stored column by column.
    Matrix {
        /// Number of rows.
        rows: usize,
        /// Number of columns.
        cols: usize,
    },
}

impl Shape {
    /// Number of elements.
    #[must_use]
    pub fn len(self) -> usize {
        match self {
            Shape::Scalar => 1,
            Shape::Vector(n) => n,
            Shape::Matrix { rows, cols } => rows * cols,
        }
    }

    /// True when the tensor has no elements.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The index suffix of flat element `k`: `""`, `"[k]"` or `"[row,col]"`.
    #[must_use]
    pub fn index_name(self, k: usize) -> String {
        match self {
            Shape::Scalar => String::new(),
            Shape::Vector(_) => format!("[{k}]"),
            Shape::Matrix { rows, .. } => format!("[{},{}]", k % rows.max(1), k / rows.max(1)),
        }
    }
}

/// One tensor of a [`Params`] value: where its elements start in the flat view, and its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tensor {
    /// Dotted path of struct fields leading to the tensor (`""` for a plain matrix, `"first.w"`).
    pub name: String,
    /// Index of the tensor's first element in the flat view.
    pub offset: usize,
    /// The tensor's shape.
    pub shape: Shape,
}

/// Anything a gradient can have the shape of.
///
/// Implemented for `f64`, `f32`, `DMatrix<T>` and `DVector<T>`, and derived with
/// `#[derive(Params)]` for structs whose fields are all `Params` (the derive also implements
/// `AddAssign`, so gradients of a struct add up field by field). The gradient of a `&Mlp`
/// argument is an `Mlp`.
///
/// # Example
/// ```
/// use backprop::prelude::*;
///
/// #[derive(Params, Clone, Debug)]
/// struct Dense {
///     w: DMatrix<f64>,
///     b: DVector<f64>,
/// }
///
/// let layer = Dense { w: DMatrix::from_element(2, 3, 0.5), b: DVector::zeros(2) };
/// assert_eq!(layer.element_count(), 8);
/// assert_eq!(layer.element_name(5), "w[1,2]");
/// assert_eq!(layer.element_name(6), "b[0]");
///
/// let mut step = layer.zeros_like();
/// step.add_scaled(&layer, -0.1);
/// assert_eq!(step.w[(0, 0)], -0.05);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a differentiable parameter type (it does not implement `Params`)",
    label = "taken as a differentiable parameter",
    note = "derive it: `#[derive(Params, Clone, Debug)]` on a struct of `f64`/`f32`/`DMatrix`/`DVector`/`Params` fields",
    note = "or, if it is not meant to be differentiated, list the parameters that are: `#[differentiable(wrt(w, b))]`"
)]
pub trait Params: Clone + Debug + AddAssign {
    /// Number of scalar elements.
    fn element_count(&self) -> usize;

    /// Element `i` of the flat view, as `f64`.
    ///
    /// # Panics
    /// When `i >= self.element_count()`.
    fn element(&self, i: usize) -> f64;

    /// Sets element `i` of the flat view (rounded to the element type).
    ///
    /// # Panics
    /// When `i >= self.element_count()`.
    fn set_element(&mut self, i: usize, value: f64);

    /// The tensors making up the value, in flat-view order.
    fn tensors(&self) -> Vec<Tensor>;

    /// A value of the same shape filled with zeros.
    #[must_use]
    fn zeros_like(&self) -> Self;

    /// `self += scale · other`, element by element.
    ///
    /// # Panics
    /// When the two values differ in shape.
    fn add_scaled(&mut self, other: &Self, scale: f64);

    /// The machine epsilon of the element type (the largest one, for a struct mixing types).
    fn epsilon(&self) -> f64;

    /// A readable name for element `i`: the tensor's path and index, as in `w[3,2]`.
    fn element_name(&self, i: usize) -> String {
        for tensor in self.tensors() {
            if i >= tensor.offset && i < tensor.offset + tensor.shape.len() {
                return format!("{}{}", tensor.name, tensor.shape.index_name(i - tensor.offset));
            }
        }
        format!("[{i}]")
    }
}

fn check_index(i: usize, count: usize) {
    assert!(i < count, "element {i} is out of range: the value has {count} elements");
}

macro_rules! scalar_params {
    ($($t:ty),*) => {$(
        impl Params for $t {
            fn element_count(&self) -> usize {
                1
            }

            fn element(&self, i: usize) -> f64 {
                check_index(i, 1);
                self.as_f64()
            }

            fn set_element(&mut self, i: usize, value: f64) {
                check_index(i, 1);
                *self = <$t>::of(value);
            }

            fn tensors(&self) -> Vec<Tensor> {
                vec![Tensor { name: String::new(), offset: 0, shape: Shape::Scalar }]
            }

            fn zeros_like(&self) -> Self {
                0.0
            }

            fn add_scaled(&mut self, other: &Self, scale: f64) {
                *self += *other * <$t>::of(scale);
            }

            fn epsilon(&self) -> f64 {
                <$t>::EPSILON_F64
            }
        }
    )*};
}

scalar_params!(f64, f32);

impl<T: Float> Params for DMatrix<T> {
    fn element_count(&self) -> usize {
        self.len()
    }

    fn element(&self, i: usize) -> f64 {
        check_index(i, self.len());
        self.as_slice()[i].as_f64()
    }

    fn set_element(&mut self, i: usize, value: f64) {
        check_index(i, self.len());
        self.as_mut_slice()[i] = T::of(value);
    }

    fn tensors(&self) -> Vec<Tensor> {
        let shape = Shape::Matrix { rows: self.nrows(), cols: self.ncols() };
        vec![Tensor { name: String::new(), offset: 0, shape }]
    }

    fn zeros_like(&self) -> Self {
        DMatrix::zeros(self.nrows(), self.ncols())
    }

    fn add_scaled(&mut self, other: &Self, scale: f64) {
        assert_eq!(self.shape(), other.shape(), "add_scaled: shapes differ");
        let scale = T::of(scale);
        for (mine, theirs) in self.iter_mut().zip(other.iter()) {
            *mine += *theirs * scale;
        }
    }

    fn epsilon(&self) -> f64 {
        T::EPSILON_F64
    }
}

impl<T: Float> Params for DVector<T> {
    fn element_count(&self) -> usize {
        self.len()
    }

    fn element(&self, i: usize) -> f64 {
        check_index(i, self.len());
        self[i].as_f64()
    }

    fn set_element(&mut self, i: usize, value: f64) {
        check_index(i, self.len());
        self[i] = T::of(value);
    }

    fn tensors(&self) -> Vec<Tensor> {
        vec![Tensor { name: String::new(), offset: 0, shape: Shape::Vector(self.len()) }]
    }

    fn zeros_like(&self) -> Self {
        DVector::zeros(self.len())
    }

    fn add_scaled(&mut self, other: &Self, scale: f64) {
        assert_eq!(self.shape(), other.shape(), "add_scaled: shapes differ");
        let scale = T::of(scale);
        for (mine, theirs) in self.iter_mut().zip(other.iter()) {
            *mine += *theirs * scale;
        }
    }

    fn epsilon(&self) -> f64 {
        T::EPSILON_F64
    }
}

#[cfg(test)]
#[allow(clippy::float_cmp, reason = "the values compared are exact in binary")]
mod tests {
    use super::*;

    #[test]
    fn matrix_elements_are_column_major_and_named_row_col() {
        let mut m = DMatrix::from_row_slice(2, 3, &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
        assert_eq!(m.element_count(), 6);
        assert_eq!(m.element(1), 4.0);
        assert_eq!(m.element_name(1), "[1,0]");
        assert_eq!(m.element_name(5), "[1,2]");
        m.set_element(2, 9.0);
        assert_eq!(m[(0, 1)], 9.0);
    }

    #[test]
    fn f32_elements_round_on_write() {
        let mut v = DVector::<f32>::zeros(2);
        v.set_element(1, 0.1);
        assert_eq!(v.element(1), f64::from(0.1_f32));
        assert_eq!(v.epsilon(), f64::from(f32::EPSILON));
    }

    #[test]
    fn add_scaled_and_zeros_like() {
        let mut a = DVector::from_vec(vec![1.0, 2.0]);
        let b = DVector::from_vec(vec![10.0, 20.0]);
        a.add_scaled(&b, 0.5);
        assert_eq!(a.as_slice(), &[6.0, 12.0]);
        assert_eq!(a.zeros_like().as_slice(), &[0.0, 0.0]);
        let mut s = 1.5_f64;
        s.add_scaled(&2.0, -1.0);
        assert_eq!(s, -0.5);
    }

    #[test]
    #[should_panic(expected = "element 3 is out of range: the value has 2 elements")]
    fn out_of_range_element_names_the_count() {
        let _ = DVector::<f64>::zeros(2).element(3);
    }
}
