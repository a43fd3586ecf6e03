//! What a node shows of a value: a number for a scalar, the shape, a few entries and the norm
//! for a vector or a matrix, the element count and norm for a struct of parameters.
//!
//! In: any [`Params`] value (a float, a vector, a matrix, a struct of them). Out: a [`Summary`].

use std::fmt;

use crate::params::{Params, Shape};

/// How many entries of a vector or matrix a summary keeps.
const SHOWN_ENTRIES: usize = 3;

/// A value as a node of a [`Graph`](super::Graph) shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Summary {
    /// A single number.
    Scalar(f64),
    /// A vector or a matrix: its shape, its first entries (column by column) and its norm.
    Tensor {
        /// Rows.
        rows: usize,
        /// Columns (1 for a vector).
        cols: usize,
        /// The first few entries in storage order (column by column).
        first: Vec<f64>,
        /// The Euclidean (Frobenius) norm of all entries.
        norm: f64,
    },
    /// A struct of parameters: how many numbers it holds and their norm.
    Struct {
        /// Number of elements of all its tensors.
        elements: usize,
        /// The Euclidean norm of all of them.
        norm: f64,
    },
}

impl Summary {
    /// The summary of any [`Params`] value: one tensor shows its shape, a struct its size.
    pub fn of<P: Params>(value: &P) -> Summary {
        let tensors = value.tensors();
        let count = value.element_count();
        let norm = (0..count).map(|i| value.element(i).powi(2)).sum::<f64>().sqrt();
        match tensors.as_slice() {
            [tensor] if tensor.name.is_empty() => match tensor.shape {
                Shape::Scalar => Summary::Scalar(value.element(0)),
                Shape::Vector(rows) => Summary::tensor(value, rows, 1, norm),
                Shape::Matrix { rows, cols } => Summary::tensor(value, rows, cols, norm),
            },
            _ => Summary::Struct { elements: count, norm },
        }
    }

    fn tensor<P: Params>(value: &P, rows: usize, cols: usize, norm: f64) -> Summary {
        let shown = (rows * cols).min(SHOWN_ENTRIES);
        Summary::Tensor { rows, cols, first: (0..shown).map(|i| value.element(i)).collect(), norm }
    }
}

/// A number in at most about eight characters: four decimals, or scientific notation when it
/// is very large or very small.
pub(crate) fn number(value: f64) -> String {
    let magnitude = value.abs();
    if value == 0.0 || (1e-3..1e5).contains(&magnitude) || !value.is_finite() {
        let text = format!("{value:.4}");
        if text == "-0.0000" { "0.0000".to_owned() } else { text }
    } else {
        format!("{value:.3e}")
    }
}

impl fmt::Display for Summary {
    /// `-5.0907`; `2×3 [0.1000, -0.2000, 0.3000, …] ‖1.2845‖`; `struct of 12 ‖3.0000‖`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Summary::Scalar(value) => f.write_str(&number(*value)),
            Summary::Tensor { rows, cols, first, norm } => {
                let entries: Vec<String> = first.iter().map(|&v| number(v)).collect();
                let more = if rows * cols > first.len() { ", …" } else { "" };
                write!(f, "{rows}×{cols} [{}{more}] ‖{}‖", entries.join(", "), number(*norm))
            }
            Summary::Struct { elements, norm } => {
                write!(f, "struct of {elements} ‖{}‖", number(*norm))
            }
        }
    }
}
