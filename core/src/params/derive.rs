//! What `#[derive(Params)]` expands to calls: the struct-wide methods, written once.
//!
//! In: a derived struct's fields as a slice of `&dyn Field` (or of pairs for the methods that
//! take a second value), in declaration order, with their names. Out: the `Params` methods of
//! the struct, laid end to end field by field. The derive only lists the fields; the loops live
//! here, compiled once for every struct instead of once per struct (a crate with hundreds of
//! `#[differentiable]` functions derives hundreds of `Grad`s).

use std::fmt::Display;

use super::{Params, Tensor};

/// A field of a derived struct, as the struct-wide methods see it: [`Params`] without `Self`
/// in argument or return position, so that fields of different types share one slice. A field
/// that is not `Params` gets `Params`'s own message.
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

/// A field of the struct beside the same field of another value of the struct: the methods
/// that take `other: &Self` (`(&mut self.w, &other.w)`).
pub trait Pair {
    /// [`Params::fill_empty`].
    fn fill_empty(&mut self);
    /// [`Params::add_scaled`].
    fn add_scaled(&mut self, scale: f64);
    /// [`Params::update_tensors`].
    fn update_tensors(&mut self, update: &mut dyn FnMut(&mut [f64], &[f64]));
}

impl<P: Params> Pair for (&mut P, &P) {
    fn fill_empty(&mut self) {
        self.0.fill_empty(self.1);
    }

    fn add_scaled(&mut self, scale: f64) {
        self.0.add_scaled(self.1, scale);
    }

    fn update_tensors(&mut self, update: &mut dyn FnMut(&mut [f64], &[f64])) {
        self.0.update_tensors(self.1, update);
    }
}

/// The number of elements of all the fields.
pub fn element_count(fields: &[&dyn Field]) -> usize {
    fields.iter().map(|field| field.element_count()).sum()
}

/// The field holding flat element `i`, and the element's index within it.
fn locate(counts: impl Iterator<Item = usize>, i: usize) -> Option<(usize, usize)> {
    let mut rest = i;
    for (k, count) in counts.enumerate() {
        if rest < count {
            return Some((k, rest));
        }
        rest -= count;
    }
    None
}

/// The panic of an element index past the end (the documented contract of
/// [`Params::element`]).
fn out_of_range(i: usize, count: impl Display) -> ! {
    panic!("element {i} is out of range: the value has {count} elements")
}

/// Flat element `i`: the fields' elements end to end.
pub fn element(fields: &[&dyn Field], i: usize) -> f64 {
    match locate(fields.iter().map(|field| field.element_count()), i) {
        Some((k, rest)) => fields[k].element(rest),
        None => out_of_range(i, element_count(fields)),
    }
}

/// Sets flat element `i`.
pub fn set_element(fields: &mut [&mut dyn Field], i: usize, value: f64) {
    match locate(fields.iter().map(|field| field.element_count()), i) {
        Some((k, rest)) => fields[k].set_element(rest, value),
        None => out_of_range(i, fields.iter().map(|field| field.element_count()).sum::<usize>()),
    }
}

/// The fields' tensors, named by field path: `w`, `first.w`, `layers.[2].w`.
pub fn tensors(fields: &[(&str, &dyn Field)]) -> Vec<Tensor> {
    let mut tensors = Vec::new();
    let mut offset = 0;
    for (label, field) in fields {
        for tensor in field.tensors() {
            let name = if tensor.name.is_empty() {
                (*label).to_owned()
            } else if tensor.name.starts_with('[') {
                format!("{label}{}", tensor.name)
            } else {
                format!("{label}.{}", tensor.name)
            };
            tensors.push(Tensor { name, offset: offset + tensor.offset, shape: tensor.shape });
        }
        offset += field.element_count();
    }
    tensors
}

/// The largest machine epsilon of the fields' element types (`f64`'s for no fields).
pub fn epsilon(fields: &[&dyn Field]) -> f64 {
    let epsilon = fields.iter().map(|field| field.epsilon()).fold(0.0, f64::max);
    if epsilon == 0.0 { f64::EPSILON } else { epsilon }
}

/// Visits the fields' tensors in order.
pub fn visit_tensors(fields: &[&dyn Field], visit: &mut dyn FnMut(&[f64])) {
    for field in fields {
        field.visit_tensors(visit);
    }
}

/// Completes each field from the same field of `like`.
pub fn fill_empty(pairs: &mut [&mut dyn Pair]) {
    for pair in pairs {
        pair.fill_empty();
    }
}

/// `field += scale · other's field`, field by field.
pub fn add_scaled(pairs: &mut [&mut dyn Pair], scale: f64) {
    for pair in pairs {
        pair.add_scaled(scale);
    }
}

/// Updates each field's tensors beside the same field of `other`.
pub fn update_tensors(pairs: &mut [&mut dyn Pair], update: &mut dyn FnMut(&mut [f64], &[f64])) {
    for pair in pairs {
        pair.update_tensors(update);
    }
}
