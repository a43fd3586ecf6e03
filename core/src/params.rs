//! `Params`: anything a gradient can have the shape of.
//!
//! A scalar, a matrix, a (row) vector, or a struct of them (`#[derive(Params)]`). The trait gives the
//! checker and the optimizers a flat view of the elements (count, read, write), a readable name
//! for each element (`w1[3,2]`, `first.b[0]`), zeros of the same shape, and `self += scale·other`.
//! Elements are read and written as `f64` whatever the element type; matrices are flattened in
//! nalgebra's column-major order. A `Vec` of `Params` values is one too, its items named by
//! position (`[2].w[3,1]`; in a derived struct's field `layers`, `layers[2].w[3,1]`), and
//! optimizers visit the tensors as contiguous slices ([`Params::update_tensors`]).

use std::fmt::Debug;

use nalgebra::{DMatrix, DVector, RowDVector};

use crate::Float;

pub mod derive;

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
/// Implemented for `f64`, `f32`, `DMatrix<T>`, `DVector<T>`, `RowDVector<T>` and `Vec<P>` of
/// any `P: Params` (a stack of layers), and derived with `#[derive(Params)]` for structs whose
/// fields are all `Params` (the derive also implements `AddAssign`, so gradients of a struct add
/// up field by field). The gradient of a `&Mlp` argument is an `Mlp`.
///
/// `AddAssign` is not a supertrait: Rust's orphan rule forbids implementing it for `Vec<P>`,
/// so `Params` values add up through [`add_scaled`](Params::add_scaled).
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
///
/// A type of your own can implement it by hand instead (seven methods; the others have
/// defaults):
/// ```
/// use backprop::prelude::*;
/// use backprop::{Shape, Tensor};
///
/// /// A point in the plane, read as a vector of two elements.
/// #[derive(Clone, Debug)]
/// struct Point(f64, f64);
///
/// impl Params for Point {
///     fn element_count(&self) -> usize {
///         2
///     }
///     fn element(&self, i: usize) -> f64 {
///         [self.0, self.1][i]
///     }
///     fn set_element(&mut self, i: usize, value: f64) {
///         *[&mut self.0, &mut self.1][i] = value;
///     }
///     fn tensors(&self) -> Vec<Tensor> {
///         vec![Tensor { name: String::new(), offset: 0, shape: Shape::Vector(2) }]
///     }
///     fn zeros_like(&self) -> Self {
///         Point(0.0, 0.0)
///     }
///     fn add_scaled(&mut self, other: &Self, scale: f64) {
///         self.0 += scale * other.0;
///         self.1 += scale * other.1;
///     }
///     fn epsilon(&self) -> f64 {
///         f64::EPSILON
///     }
/// }
///
/// let mut p = Point(1.0, 2.0);
/// p.add_scaled(&Point(1.0, 1.0), 0.5);
/// assert_eq!((p.element(0), p.element_name(1)), (1.5, "[1]".to_string()));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a differentiable parameter type (it does not implement `Params`)",
    label = "taken as a differentiable parameter",
    note = "derive it: `#[derive(Params, Clone, Debug)]` on a struct of `f64`/`f32`/`DMatrix`/`DVector`/`Params` fields",
    note = "or, if it is not meant to be differentiated, list the parameters that are: `#[differentiable(wrt(w, b))]`"
)]
pub trait Params: Clone + Debug {
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

    /// A value of the same type to be filled in tensor by tensor, then completed by
    /// [`fill_empty`](Params::fill_empty): its matrices and vectors are empty (no allocation),
    /// where [`zeros_like`](Params::zeros_like) allocates and zeroes each. The default is
    /// `zeros_like`. Generated backward passes start a parameter struct's adjoint with this when
    /// every tensor of it is assigned, never added to, before it is complete.
    #[must_use]
    fn empty_like(&self) -> Self {
        self.zeros_like()
    }

    /// Makes every tensor that [`empty_like`](Params::empty_like) left empty, and nothing wrote
    /// since, zeros shaped like `like`'s. The default does nothing (for `empty_like` =
    /// `zeros_like`).
    fn fill_empty(&mut self, like: &Self) {
        let _ = like;
    }

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

    /// Calls `visit` once per tensor, in flat-view order, with its elements as one contiguous
    /// `f64` slice (column-major for a matrix).
    ///
    /// The built-in types lend their storage (an `f32` tensor, a converted copy); the default,
    /// which `#[derive(Params)]` structs use until the derive forwards this method field by
    /// field, copies each tensor out element by element.
    fn visit_tensors(&self, visit: &mut dyn FnMut(&[f64])) {
        for tensor in self.tensors() {
            let values: Vec<f64> = (tensor.offset..tensor.offset + tensor.shape.len())
                .map(|i| self.element(i))
                .collect();
            visit(&values);
        }
    }

    /// Calls `update(mine, theirs)` once per tensor, in flat-view order, with this value's
    /// elements as a mutable contiguous `f64` slice and the same tensor of `other` beside it:
    /// how an optimizer applies its rule tensor by tensor (`other` is the gradient).
    ///
    /// # Panics
    /// When the two values differ in shape.
    fn update_tensors(&mut self, other: &Self, update: &mut dyn FnMut(&mut [f64], &[f64])) {
        assert_eq!(self.element_count(), other.element_count(), "update_tensors: shapes differ");
        for tensor in self.tensors() {
            let range = tensor.offset..tensor.offset + tensor.shape.len();
            let mut mine: Vec<f64> = range.clone().map(|i| self.element(i)).collect();
            let theirs: Vec<f64> = range.clone().map(|i| other.element(i)).collect();
            update(&mut mine, &theirs);
            for (i, value) in range.zip(mine) {
                self.set_element(i, value);
            }
        }
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

            fn visit_tensors(&self, visit: &mut dyn FnMut(&[f64])) {
                visit(&[self.as_f64()]);
            }

            fn update_tensors(&mut self, other: &Self, update: &mut dyn FnMut(&mut [f64], &[f64])) {
                let mut mine = [self.as_f64()];
                update(&mut mine, &[other.as_f64()]);
                *self = <$t>::of(mine[0]);
            }
        }
    )*};
}

scalar_params!(f64, f32);

/// The three nalgebra types a tensor comes as. All three keep their elements in one contiguous,
/// column-major buffer; they differ only in the [`Shape`] they report (a row vector is a matrix of
/// one row: its elements are named `[0,j]`) and in how an empty one of the same type is made.
macro_rules! matrix_params {
    ($($t:ident: |$m:ident| $shape:expr, empty $empty:expr;)*) => {$(
        impl<T: Float> Params for $t<T> {
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
                let $m = self;
                vec![Tensor { name: String::new(), offset: 0, shape: $shape }]
            }

            fn zeros_like(&self) -> Self {
                let (rows, cols) = self.shape_generic();
                Self::zeros_generic(rows, cols)
            }

            fn empty_like(&self) -> Self {
                $empty
            }

            fn fill_empty(&mut self, like: &Self) {
                if self.is_empty() && !like.is_empty() {
                    *self = like.zeros_like();
                }
            }

            fn add_scaled(&mut self, other: &Self, scale: f64) {
                assert_eq!(self.shape(), other.shape(), "add_scaled: shapes differ");
                add_scaled_slice(self.as_mut_slice(), other.as_slice(), scale);
            }

            fn epsilon(&self) -> f64 {
                T::EPSILON_F64
            }

            fn visit_tensors(&self, visit: &mut dyn FnMut(&[f64])) {
                visit_slice(self.as_slice(), visit);
            }

            fn update_tensors(&mut self, other: &Self, update: &mut dyn FnMut(&mut [f64], &[f64])) {
                assert_eq!(self.shape(), other.shape(), "update_tensors: shapes differ");
                update_slice(self.as_mut_slice(), other.as_slice(), update);
            }
        }
    )*};
}

matrix_params! {
    DMatrix: |m| Shape::Matrix { rows: m.nrows(), cols: m.ncols() }, empty DMatrix::from_vec(0, 0, Vec::new());
    DVector: |v| Shape::Vector(v.len()), empty DVector::from_vec(Vec::new());
    RowDVector: |r| Shape::Matrix { rows: 1, cols: r.len() }, empty RowDVector::from_vec(Vec::new());
}

/// `mine += scale · theirs` over two slices of one length. Slices rather than nalgebra's
/// element iterators, which step through rows and columns and do not vectorize: this loop does
/// (about 10× as fast on a 32×32 `f64` matrix, the size a struct gradient's `+=` adds once per
/// step of an RNN's loop). A scale of 1 adds without multiplying; `x · 1 = x` exactly, so the result is the same.
#[allow(clippy::float_cmp, reason = "only a scale of exactly 1 may skip the multiplication")]
fn add_scaled_slice<T: Float>(mine: &mut [T], theirs: &[T], scale: f64) {
    debug_assert_eq!(mine.len(), theirs.len(), "add_scaled: the caller checks the shapes");
    if scale == 1.0 {
        for (mine, theirs) in mine.iter_mut().zip(theirs) {
            *mine += *theirs;
        }
    } else {
        let scale = T::of(scale);
        for (mine, theirs) in mine.iter_mut().zip(theirs) {
            *mine += *theirs * scale;
        }
    }
}

/// Lends `f64` elements as they are; copies any other element type into `f64`s first.
fn visit_slice<T: Float>(values: &[T], visit: &mut dyn FnMut(&[f64])) {
    if let Some(values) = T::as_f64_slice(values) {
        visit(values);
    } else {
        let copy: Vec<f64> = values.iter().map(|v| v.as_f64()).collect();
        visit(&copy);
    }
}

/// Lends `f64` elements as they are; other element types go through `f64` copies, rounded back.
fn update_slice<T: Float>(
    mine: &mut [T],
    theirs: &[T],
    update: &mut dyn FnMut(&mut [f64], &[f64]),
) {
    if let (Some(theirs), Some(mine)) = (T::as_f64_slice(theirs), T::as_f64_slice_mut(mine)) {
        update(mine, theirs);
        return;
    }
    let mut copy: Vec<f64> = mine.iter().map(|v| v.as_f64()).collect();
    let other: Vec<f64> = theirs.iter().map(|v| v.as_f64()).collect();
    update(&mut copy, &other);
    for (value, new) in mine.iter_mut().zip(copy) {
        *value = T::of(new);
    }
}

/// A stack of `Params` values, such as the layers of a network: element names start with the
/// position, `[2].w[3,1]`.
impl<P: Params> Params for Vec<P> {
    fn element_count(&self) -> usize {
        self.iter().map(Params::element_count).sum()
    }

    fn element(&self, i: usize) -> f64 {
        let (item, rest) = self.locate(i);
        self[item].element(rest)
    }

    fn set_element(&mut self, i: usize, value: f64) {
        let (item, rest) = self.locate(i);
        self[item].set_element(rest, value);
    }

    fn tensors(&self) -> Vec<Tensor> {
        let mut tensors = Vec::new();
        let mut offset = 0;
        for (k, item) in self.iter().enumerate() {
            for tensor in item.tensors() {
                let name = if tensor.name.is_empty() {
                    format!("[{k}]")
                } else {
                    format!("[{k}].{}", tensor.name)
                };
                tensors.push(Tensor { name, offset: offset + tensor.offset, shape: tensor.shape });
            }
            offset += item.element_count();
        }
        tensors
    }

    fn zeros_like(&self) -> Self {
        self.iter().map(Params::zeros_like).collect()
    }

    fn add_scaled(&mut self, other: &Self, scale: f64) {
        assert_eq!(self.len(), other.len(), "add_scaled: shapes differ");
        for (mine, theirs) in self.iter_mut().zip(other) {
            mine.add_scaled(theirs, scale);
        }
    }

    fn epsilon(&self) -> f64 {
        self.iter().map(Params::epsilon).fold(0.0, f64::max).max(if self.is_empty() {
            f64::EPSILON
        } else {
            0.0
        })
    }

    fn visit_tensors(&self, visit: &mut dyn FnMut(&[f64])) {
        for item in self {
            item.visit_tensors(visit);
        }
    }

    fn update_tensors(&mut self, other: &Self, update: &mut dyn FnMut(&mut [f64], &[f64])) {
        assert_eq!(self.len(), other.len(), "update_tensors: shapes differ");
        for (mine, theirs) in self.iter_mut().zip(other) {
            mine.update_tensors(theirs, update);
        }
    }
}

/// Where flat element `i` of a stack lives: which item, and which element of it.
trait Locate {
    fn locate(&self, i: usize) -> (usize, usize);
}

impl<P: Params> Locate for Vec<P> {
    fn locate(&self, i: usize) -> (usize, usize) {
        let mut rest = i;
        for (k, item) in self.iter().enumerate() {
            let count = item.element_count();
            if rest < count {
                return (k, rest);
            }
            rest -= count;
        }
        check_index(i, self.element_count());
        unreachable!("check_index panics past the end")
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

    /// Values whose sums round: thirds, tenths, a negative zero, an infinity, a number of
    /// elements (21) that is no multiple of a SIMD width, so the loop's tail is covered too.
    fn awkward<T: Float>(rows: usize, cols: usize, seed: f64) -> DMatrix<T> {
        let float = |n: usize| f64::from(u32::try_from(n).unwrap());
        DMatrix::from_fn(rows, cols, |i, j| match (i + 2 * j) % 7 {
            0 => T::of(-0.0),
            5 if seed > 1.0 => T::of(f64::INFINITY),
            k => T::of(seed * (float(k) / 3.0 - 0.1 * float(j))),
        })
    }

    /// `add_scaled` is `+=` of nalgebra's `a + b · scale`, bit for bit: by 1 without the
    /// multiplication, by anything else with the scale rounded to the element type first.
    fn add_scaled_matches_nalgebra<T: Float>() {
        let a = awkward::<T>(3, 7, 1.0);
        let b = awkward::<T>(3, 7, 3.7);
        for scale in [1.0, 0.5, -0.1, 2.0 / 3.0, 0.0] {
            let mut sum = a.clone();
            sum.add_scaled(&b, scale);
            let expected = if scale == 1.0 { &a + &b } else { &a + &b * T::of(scale) };
            let bits = |m: &DMatrix<T>| m.iter().map(|v| v.as_f64().to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&sum), bits(&expected), "scale {scale}");
        }
    }

    #[test]
    fn add_scaled_matches_nalgebra_in_f64_and_f32() {
        add_scaled_matches_nalgebra::<f64>();
        add_scaled_matches_nalgebra::<f32>();
    }

    #[test]
    fn add_scaled_by_one_is_plain_addition_for_each_tensor_type() {
        let mut v = DVector::from_vec(vec![0.1_f32, -0.0, 3.0]);
        v.add_scaled(&DVector::from_vec(vec![0.2, -0.0, f32::INFINITY]), 1.0);
        assert_eq!(v.as_slice(), &[0.1_f32 + 0.2, -0.0, f32::INFINITY]);
        assert!(v[1].is_sign_negative(), "-0 + -0 stays -0");
        let mut r = RowDVector::from_row_slice(&[0.1, 0.2, 0.3]);
        r.add_scaled(&RowDVector::from_row_slice(&[0.2, 0.1, 1e-17]), 1.0);
        assert_eq!(r.as_slice(), &[0.1 + 0.2, 0.2 + 0.1, 0.3 + 1e-17]);
        let mut stack = vec![DVector::from_vec(vec![1.0, 2.0]), DVector::from_vec(vec![3.0])];
        stack.add_scaled(&stack.clone(), -0.25);
        assert_eq!((stack[0].as_slice(), stack[1][0]), (&[0.75, 1.5][..], 2.25));
    }

    #[test]
    #[should_panic(expected = "add_scaled: shapes differ")]
    fn add_scaled_of_a_transposed_matrix_panics_though_the_lengths_agree() {
        let mut m = DMatrix::<f64>::zeros(2, 3);
        m.add_scaled(&DMatrix::zeros(3, 2), 1.0);
    }

    #[test]
    #[should_panic(expected = "add_scaled: shapes differ")]
    fn add_scaled_of_row_vectors_of_different_lengths_panics() {
        let mut r = RowDVector::<f32>::zeros(3);
        r.add_scaled(&RowDVector::zeros(4), 0.5);
    }

    #[test]
    #[should_panic(expected = "add_scaled: shapes differ")]
    fn add_scaled_of_an_empty_vector_to_a_full_one_panics() {
        let mut v = DVector::<f64>::zeros(2);
        v.add_scaled(&v.empty_like(), 1.0);
    }

    #[test]
    #[should_panic(expected = "add_scaled: shapes differ")]
    fn add_scaled_of_stacks_of_different_lengths_panics() {
        let mut stack = vec![DVector::<f64>::zeros(1)];
        stack.add_scaled(&Vec::new(), 1.0);
    }

    #[test]
    fn a_vec_names_its_items_by_position_and_lends_slices() {
        let mut stack = vec![DVector::from_vec(vec![1.0, 2.0]), DVector::from_vec(vec![3.0])];
        assert_eq!(stack.element_count(), 3);
        assert_eq!(stack.element(2), 3.0);
        assert_eq!(stack.element_name(1), "[0][1]");
        assert_eq!(stack.element_name(2), "[1][0]");
        stack.set_element(0, -1.0);
        let step = vec![DVector::from_vec(vec![10.0, 10.0]), DVector::from_vec(vec![10.0])];
        let mut lengths = Vec::new();
        stack.update_tensors(&step, &mut |mine, theirs| {
            lengths.push(mine.len());
            for (m, t) in mine.iter_mut().zip(theirs) {
                *m += t;
            }
        });
        assert_eq!(lengths, [2, 1]);
        assert_eq!((stack[0].as_slice(), stack[1][0]), (&[9.0, 12.0][..], 13.0));
        let mut total = 0.0;
        stack.visit_tensors(&mut |values| total += values.iter().sum::<f64>());
        assert_eq!(total, 34.0);
    }

    #[test]
    fn a_row_vector_is_a_matrix_of_one_row() {
        let mut r = RowDVector::from_row_slice(&[1.0, 2.0, 3.0]);
        assert_eq!((r.element_count(), r.element(2)), (3, 3.0));
        assert_eq!(r.element_name(2), "[0,2]");
        r.set_element(0, 5.0);
        r.add_scaled(&RowDVector::from_element(3, 1.0), 2.0);
        assert_eq!(r.as_slice(), &[7.0, 4.0, 5.0]);
        let mut copied = Vec::new();
        r.visit_tensors(&mut |values| copied.extend_from_slice(values));
        assert_eq!(copied, [7.0, 4.0, 5.0]);
        let mut empty = r.empty_like();
        assert_eq!(empty.len(), 0);
        empty.fill_empty(&r);
        assert_eq!(empty, RowDVector::zeros(3));
        r.update_tensors(&RowDVector::from_element(3, 1.0), &mut |mine, theirs| {
            mine[1] -= theirs[1];
        });
        assert_eq!(r.as_slice(), &[7.0, 3.0, 5.0]);
    }

    #[test]
    fn f64_tensors_are_lent_not_copied() {
        let v = DVector::from_vec(vec![1.0, 2.0]);
        let mut lent = std::ptr::null();
        v.visit_tensors(&mut |values| lent = values.as_ptr());
        assert_eq!(lent, v.as_slice().as_ptr());
        let w = DVector::<f32>::from_vec(vec![1.0, 2.0]);
        w.visit_tensors(&mut |values| lent = values.as_ptr());
        assert_ne!(lent.cast::<f32>(), w.as_slice().as_ptr());
    }

    #[test]
    fn f32_tensors_update_through_f64_copies() {
        let mut m = DMatrix::<f32>::from_element(2, 2, 1.0);
        m.update_tensors(&m.clone(), &mut |mine, theirs| mine[3] = theirs[0] + 0.5);
        assert_eq!(m[(1, 1)], 1.5);
    }

    #[test]
    #[should_panic(expected = "element 3 is out of range: the value has 2 elements")]
    fn out_of_range_element_names_the_count() {
        let _ = DVector::<f64>::zeros(2).element(3);
    }
}
