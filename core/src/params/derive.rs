//! What `#[derive(Params)]` expands to implement: [`Struct`], from which every struct gets
//! [`Params`].
//!
//! In: a derived struct's [`Struct`] impl, which hands its fields one by one to a visitor, in
//! declaration order, with their names (and builds a copy of itself field by field). Out: the
//! `Params` methods of the struct, laid end to end field by field, for every [`Struct`] at once.
//!
//! Why not an `impl Params` per struct: rustc type- and borrow-checks each method of each impl,
//! and a crate with hundreds of `#[differentiable]` functions derives hundreds of `Grad`s. Twelve
//! `Params` methods per struct cost about 3 ms of `cargo check` each; the four short
//! [`Struct`] methods, generic over the visitor (checked once, not per visitor), about 1 ms.
//! The visitors and the loops live here, written once.

use std::fmt::{Debug, Display};

use super::{Params, Tensor};

/// A [`Params`] value as the checker sees it: `Params` without `Self` in argument or return
/// position, so that values of different types share one compiled function (`&dyn Field`). A
/// type that is not `Params` gets `Params`'s own message.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a differentiable parameter type (it does not implement `Params`)",
    label = "taken as a differentiable parameter",
    note = "derive it: `#[derive(Params, Clone, Debug)]` on a struct of `f64`/`f32`/`DMatrix`/`DVector`/`Params` fields"
)]
pub trait Field {
    /// [`Params::element_count`].
    fn element_count(&self) -> usize;
    /// [`Params::element`].
    fn element(&self, i: usize) -> f64;
    /// [`Params::set_element`].
    fn set_element(&mut self, i: usize, value: f64);
    /// [`Params::tensors`].
    fn tensors(&self) -> Vec<Tensor>;
    /// [`Params::epsilon`].
    fn epsilon(&self) -> f64;
    /// [`Params::visit_tensors`].
    fn visit_tensors(&self, visit: &mut dyn FnMut(&[f64]));
}

impl<P: Params> Field for P {
    fn element_count(&self) -> usize {
        Params::element_count(self)
    }

    fn element(&self, i: usize) -> f64 {
        Params::element(self, i)
    }

    fn set_element(&mut self, i: usize, value: f64) {
        Params::set_element(self, i, value);
    }

    fn tensors(&self) -> Vec<Tensor> {
        Params::tensors(self)
    }

    fn epsilon(&self) -> f64 {
        Params::epsilon(self)
    }

    fn visit_tensors(&self, visit: &mut dyn FnMut(&[f64])) {
        Params::visit_tensors(self, visit);
    }
}

/// A struct whose fields are all [`Params`], as `#[derive(Params)]` describes it: the struct
/// is then `Params` itself (its fields' elements end to end, named by field path).
pub trait Struct: Clone + Debug {
    /// Calls `visit.field(name, &field)` for each field, in declaration order.
    fn fields<V: Visit>(&self, visit: &mut V);

    /// Calls `visit.field(&mut field)` for each field, in declaration order.
    fn fields_mut<V: VisitMut>(&mut self, visit: &mut V);

    /// Calls `visit.field(&mut field, &other's field)` for each field, in declaration order.
    fn pairs<V: VisitPair>(&mut self, other: &Self, visit: &mut V);

    /// The struct with each field [`Params::empty_like`] (`empty`) or [`Params::zeros_like`].
    #[must_use]
    fn like(&self, empty: bool) -> Self;
}

/// What [`Struct::fields`] hands each field to.
pub trait Visit {
    /// One field, by name.
    fn field<P: Params>(&mut self, name: &'static str, field: &P);
}

/// What [`Struct::fields_mut`] hands each field to.
pub trait VisitMut {
    /// One field.
    fn field<P: Params>(&mut self, field: &mut P);
}

/// What [`Struct::pairs`] hands each field to, beside the same field of another value.
pub trait VisitPair {
    /// One field and the other value's.
    fn field<P: Params>(&mut self, mine: &mut P, theirs: &P);
}

/// A field for [`Struct::like`]: its [`Params::empty_like`] or [`Params::zeros_like`].
#[must_use]
pub fn like<P: Params>(field: &P, empty: bool) -> P {
    if empty { field.empty_like() } else { field.zeros_like() }
}

/// `AddAssign` of a derived struct: [`Params::add_scaled`] by 1.
pub fn add_assign<S: Struct>(mine: &mut S, theirs: &S) {
    mine.add_scaled(theirs, 1.0);
}

/// The number of elements of all the fields.
struct Count(usize);

impl Visit for Count {
    fn field<P: Params>(&mut self, _: &'static str, field: &P) {
        self.0 += field.element_count();
    }
}

/// The number of elements of all the fields of `value`.
fn count<S: Struct>(value: &S) -> usize {
    let mut count = Count(0);
    value.fields(&mut count);
    count.0
}

/// Flat element `i`: found in the field that holds it, `rest` counting down the fields before.
struct Element {
    rest: usize,
    found: Option<f64>,
}

impl Visit for Element {
    fn field<P: Params>(&mut self, _: &'static str, field: &P) {
        if self.found.is_some() {
            return;
        }
        let count = field.element_count();
        if self.rest < count {
            self.found = Some(field.element(self.rest));
        } else {
            self.rest -= count;
        }
    }
}

/// Sets flat element `rest` (counted down the fields before the one that holds it).
struct SetElement {
    rest: usize,
    value: f64,
    done: bool,
}

impl VisitMut for SetElement {
    fn field<P: Params>(&mut self, field: &mut P) {
        if self.done {
            return;
        }
        let count = field.element_count();
        if self.rest < count {
            field.set_element(self.rest, self.value);
            self.done = true;
        } else {
            self.rest -= count;
        }
    }
}

/// The fields' tensors, named by field path: `w`, `first.w`, `layers[2].w`.
struct Tensors {
    tensors: Vec<Tensor>,
    offset: usize,
}

impl Visit for Tensors {
    fn field<P: Params>(&mut self, label: &'static str, field: &P) {
        for tensor in field.tensors() {
            let name = if tensor.name.is_empty() {
                label.to_owned()
            } else if tensor.name.starts_with('[') {
                format!("{label}{}", tensor.name)
            } else {
                format!("{label}.{}", tensor.name)
            };
            self.tensors.push(Tensor {
                name,
                offset: self.offset + tensor.offset,
                shape: tensor.shape,
            });
        }
        self.offset += field.element_count();
    }
}

/// The largest machine epsilon of the fields' element types.
struct Epsilon(f64);

impl Visit for Epsilon {
    fn field<P: Params>(&mut self, _: &'static str, field: &P) {
        self.0 = self.0.max(field.epsilon());
    }
}

/// Hands each field's tensors to `visit`.
struct VisitTensors<'v>(&'v mut dyn FnMut(&[f64]));

impl Visit for VisitTensors<'_> {
    fn field<P: Params>(&mut self, _: &'static str, field: &P) {
        field.visit_tensors(self.0);
    }
}

/// Completes each field from the same field of `like`.
struct FillEmpty;

impl VisitPair for FillEmpty {
    fn field<P: Params>(&mut self, mine: &mut P, theirs: &P) {
        mine.fill_empty(theirs);
    }
}

/// `field += scale · other's field`.
struct AddScaled(f64);

impl VisitPair for AddScaled {
    fn field<P: Params>(&mut self, mine: &mut P, theirs: &P) {
        mine.add_scaled(theirs, self.0);
    }
}

/// Updates each field's tensors beside the same field of `other`.
struct UpdateTensors<'u>(&'u mut dyn FnMut(&mut [f64], &[f64]));

impl VisitPair for UpdateTensors<'_> {
    fn field<P: Params>(&mut self, mine: &mut P, theirs: &P) {
        mine.update_tensors(theirs, self.0);
    }
}

/// The panic of an element index past the end (the documented contract of
/// [`Params::element`]).
fn out_of_range(i: usize, count: impl Display) -> ! {
    panic!("element {i} is out of range: the value has {count} elements")
}

/// Every derived struct is `Params`: its fields' elements end to end. Not recommended in
/// errors: a type that is not `Params` is reported as such, not as a missing `Struct`. Hidden
/// from the docs: the derive is how a struct gets `Params`.
#[doc(hidden)]
#[diagnostic::do_not_recommend]
impl<S: Struct> Params for S {
    fn element_count(&self) -> usize {
        count(self)
    }

    fn element(&self, i: usize) -> f64 {
        let mut element = Element { rest: i, found: None };
        self.fields(&mut element);
        match element.found {
            Some(value) => value,
            None => out_of_range(i, count(self)),
        }
    }

    fn set_element(&mut self, i: usize, value: f64) {
        let mut set = SetElement { rest: i, value, done: false };
        self.fields_mut(&mut set);
        if !set.done {
            out_of_range(i, count(self));
        }
    }

    fn tensors(&self) -> Vec<Tensor> {
        let mut tensors = Tensors { tensors: Vec::new(), offset: 0 };
        self.fields(&mut tensors);
        tensors.tensors
    }

    fn zeros_like(&self) -> Self {
        self.like(false)
    }

    fn empty_like(&self) -> Self {
        self.like(true)
    }

    fn fill_empty(&mut self, like: &Self) {
        self.pairs(like, &mut FillEmpty);
    }

    fn add_scaled(&mut self, other: &Self, scale: f64) {
        self.pairs(other, &mut AddScaled(scale));
    }

    /// The largest machine epsilon of the fields' element types (`f64`'s for no fields).
    fn epsilon(&self) -> f64 {
        let mut epsilon = Epsilon(0.0);
        self.fields(&mut epsilon);
        if epsilon.0 == 0.0 { f64::EPSILON } else { epsilon.0 }
    }

    fn visit_tensors(&self, visit: &mut dyn FnMut(&[f64])) {
        self.fields(&mut VisitTensors(visit));
    }

    fn update_tensors(&mut self, other: &Self, update: &mut dyn FnMut(&mut [f64], &[f64])) {
        self.pairs(other, &mut UpdateTensors(update));
    }
}

#[cfg(test)]
#[allow(clippy::float_cmp, reason = "the values compared are exact in binary")]
mod tests {
    //! Every `Params` method of a derived struct, against values worked out by hand: the
    //! blanket impl over `Struct` must lay the fields end to end exactly as the per-struct impls
    //! it replaced did.

    use nalgebra::{DMatrix, DVector, RowDVector};

    use crate::Params;

    #[derive(crate::Params, Clone, Debug, PartialEq)]
    struct Inner {
        w: DMatrix<f64>,
        s: f32,
    }

    #[derive(crate::Params, Clone, Debug, PartialEq)]
    struct Outer {
        first: Inner,
        b: DVector<f64>,
        layers: Vec<DVector<f64>>,
    }

    #[derive(crate::Params, Clone, Debug, PartialEq)]
    struct Empty {}

    fn outer() -> Outer {
        Outer {
            first: Inner { w: DMatrix::from_row_slice(2, 2, &[1.0, 2.0, 3.0, 4.0]), s: 5.0 },
            b: DVector::from_vec(vec![6.0, 7.0]),
            layers: vec![DVector::from_vec(vec![8.0]), DVector::from_vec(vec![9.0, 10.0])],
        }
    }

    #[test]
    fn elements_are_the_fields_end_to_end_named_by_path() {
        let mut value = outer();
        assert_eq!(value.element_count(), 10);
        // `w` is column-major: 1, 3, 2, 4.
        let elements: Vec<f64> = (0..10).map(|i| value.element(i)).collect();
        assert_eq!(elements, [1.0, 3.0, 2.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]);
        let names: Vec<String> = (0..10).map(|i| value.element_name(i)).collect();
        assert_eq!(
            names,
            [
                "first.w[0,0]",
                "first.w[1,0]",
                "first.w[0,1]",
                "first.w[1,1]",
                "first.s",
                "b[0]",
                "b[1]",
                "layers[0][0]",
                "layers[1][0]",
                "layers[1][1]"
            ]
        );
        let offsets: Vec<usize> = value.tensors().iter().map(|tensor| tensor.offset).collect();
        assert_eq!(offsets, [0, 4, 5, 7, 8]);
        value.set_element(2, -2.0);
        value.set_element(4, 0.5);
        value.set_element(9, -10.0);
        assert_eq!((value.first.w[(0, 1)], value.first.s, value.layers[1][1]), (-2.0, 0.5, -10.0));
    }

    #[test]
    fn zeros_empty_fill_and_add_work_field_by_field() {
        let value = outer();
        let zeros = value.zeros_like();
        assert_eq!(zeros.element_count(), 10);
        assert!((0..10).all(|i| zeros.element(i) == 0.0));
        let mut empty = value.empty_like();
        assert_eq!(empty.first.w.len(), 0, "empty_like allocates no matrix");
        empty.fill_empty(&value);
        assert_eq!(empty, zeros);
        let mut sum = value.clone();
        sum.add_scaled(&value, -0.5);
        assert_eq!(sum.first.w[(1, 0)], 1.5);
        assert_eq!(sum.layers[1][0], 4.5);
        sum += value.clone();
        assert_eq!(sum.b[1], 10.5);
        assert_eq!(sum.first.s, 7.5);
    }

    #[derive(crate::Params, Clone, Debug, PartialEq)]
    struct Cell {
        w: DMatrix<f32>,
        u: DMatrix<f64>,
        b: RowDVector<f32>,
        layers: Vec<DVector<f64>>,
    }

    fn cell(scale: f64) -> Cell {
        let tenths = |n: u8| f64::from(n) * 0.1 * scale;
        #[allow(clippy::cast_possible_truncation, reason = "an f32 field, rounded on purpose")]
        let short = |n: u8| tenths(n) as f32;
        Cell {
            w: DMatrix::from_fn(3, 5, |i, j| short(u8::try_from(i * 5 + j).unwrap())),
            u: DMatrix::from_fn(5, 3, |i, j| tenths(u8::try_from(i + 7 * j).unwrap())),
            b: RowDVector::from_fn(9, |_, j| short(u8::try_from(j).unwrap())),
            layers: vec![DVector::from_fn(3, |i, _| tenths(u8::try_from(i).unwrap()))],
        }
    }

    #[test]
    fn a_struct_adds_up_exactly_as_its_fields_do_with_nalgebra() {
        let (a, b) = (cell(1.0), cell(-2.3));
        let mut sum = a.clone();
        sum += b.clone();
        let expected = Cell {
            w: &a.w + &b.w,
            u: &a.u + &b.u,
            b: &a.b + &b.b,
            layers: vec![&a.layers[0] + &b.layers[0]],
        };
        assert_eq!(sum, expected);
        let mut scaled = a.clone();
        scaled.add_scaled(&b, 0.1);
        assert_eq!(scaled.w, &a.w + &b.w * 0.1_f32);
        assert_eq!(scaled.u, &a.u + &b.u * 0.1);
        assert_eq!(scaled.b, &a.b + &b.b * 0.1_f32);
        assert_eq!(scaled.layers[0], &a.layers[0] + &b.layers[0] * 0.1);
    }

    #[test]
    fn tensors_are_visited_and_updated_in_order_with_the_widest_epsilon() {
        let mut value = outer();
        let mut seen = Vec::new();
        value.visit_tensors(&mut |tensor| seen.push(tensor.to_vec()));
        assert_eq!(
            seen,
            [vec![1.0, 3.0, 2.0, 4.0], vec![5.0], vec![6.0, 7.0], vec![8.0], vec![9.0, 10.0]]
        );
        let other = value.clone();
        value.update_tensors(&other, &mut |mine, theirs| {
            for (m, t) in mine.iter_mut().zip(theirs) {
                *m += 2.0 * t;
            }
        });
        assert_eq!(value.element(3), 12.0);
        assert_eq!(value.element(9), 30.0);
        assert_eq!(value.epsilon(), f64::from(f32::EPSILON));
        assert_eq!(value.first.w.epsilon(), f64::EPSILON);
        assert_eq!(Empty {}.epsilon(), f64::EPSILON);
        assert_eq!(Empty {}.element_count(), 0);
    }

    #[test]
    #[should_panic(expected = "element 10 is out of range: the value has 10 elements")]
    fn reading_past_the_end_names_the_count() {
        let _ = outer().element(10);
    }

    #[test]
    #[should_panic(expected = "element 12 is out of range: the value has 10 elements")]
    fn writing_past_the_end_names_the_count() {
        outer().set_element(12, 1.0);
    }
}
