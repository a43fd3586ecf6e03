//! What to check: every element within the budget, else a stratified sample and directions.
//!
//! In: the tensors of the point (names, offsets, shapes), the budget, a seeded generator. Out:
//! the elements to check (every tensor represented, its first and last element included, the
//! rest spread evenly over it) and random directions over all elements, scaled per element so
//! that each moves by its own step.

use super::rng::Rng;
use crate::{Shape, Tensor};

/// The point's tensors, checked to tile the flat view so that every element has a name.
pub(super) struct Layout {
    tensors: Vec<Tensor>,
}

impl Layout {
    /// `tensors` as given when they tile `0..count` in order; otherwise (a hand-written
    /// `Params` that lists them differently) one unnamed vector, so that nothing is skipped.
    pub(super) fn new(tensors: Vec<Tensor>, count: usize) -> Self {
        let mut next = 0;
        let tiles = tensors.iter().all(|tensor| {
            let fits = tensor.offset == next;
            next = tensor.offset.saturating_add(tensor.shape.len());
            fits
        }) && next == count;
        if tiles {
            Layout { tensors }
        } else {
            Layout {
                tensors: vec![Tensor {
                    name: String::new(),
                    offset: 0,
                    shape: Shape::Vector(count),
                }],
            }
        }
    }

    pub(super) fn tensors(&self) -> &[Tensor] {
        &self.tensors
    }

    /// Index (into [`Layout::tensors`]) of the tensor holding element `i`.
    pub(super) fn tensor_of(&self, i: usize) -> usize {
        // Offsets are sorted; the holder is the last nonempty tensor starting at or before `i`.
        let after = self.tensors.partition_point(|tensor| tensor.offset <= i);
        (0..after).rev().find(|&t| !self.tensors[t].shape.is_empty()).unwrap_or(0)
    }

    /// The readable name of element `i`: `w[3,2]`, `first.b[0]`, `x[1]`.
    pub(super) fn element_name(&self, i: usize) -> String {
        let tensor = &self.tensors[self.tensor_of(i)];
        format!("{}{}", tensor.name, tensor.shape.index_name(i - tensor.offset))
    }

    /// The name a diagnosis uses for tensor `t`.
    pub(super) fn tensor_name(&self, t: usize) -> &str {
        let name = &self.tensors[t].name;
        if name.is_empty() { "gradient" } else { name }
    }
}

/// The elements to check, in increasing order.
///
/// All of them when there are at most `budget`. Otherwise a stratified sample of about
/// `budget`: each nonempty tensor gets its first and last element (even past the budget, so that
/// no tensor goes unchecked), and the rest of the budget is shared in proportion to the tensors'
/// sizes, each share spread over its tensor by picking one random element in each of that many
/// equal strata (so rows and columns all get visited).
pub(super) fn choose_elements(
    layout: &Layout,
    count: usize,
    budget: usize,
    rng: &mut Rng,
) -> Vec<usize> {
    if count <= budget {
        return (0..count).collect();
    }
    let tensors: Vec<&Tensor> = layout.tensors().iter().filter(|t| !t.shape.is_empty()).collect();
    let mut chosen = Vec::with_capacity(budget.max(2 * tensors.len()));
    for tensor in &tensors {
        chosen.push(tensor.offset);
        if tensor.shape.len() > 1 {
            chosen.push(tensor.offset + tensor.shape.len() - 1);
        }
    }

    // Share the rest by largest remainders (Hamilton's method), so the shares sum to exactly
    // what is left and each stays within its tensor's interior.
    let interiors: Vec<usize> = tensors.iter().map(|t| t.shape.len().saturating_sub(2)).collect();
    let interior_total: usize = interiors.iter().sum();
    let spare = budget.saturating_sub(chosen.len()).min(interior_total);
    if spare > 0 {
        let product = |k: usize| spare as u128 * interiors[k] as u128;
        let total = interior_total as u128;
        let mut shares: Vec<usize> =
            (0..tensors.len()).map(|k| usize::try_from(product(k) / total).unwrap_or(0)).collect();
        let mut by_remainder: Vec<usize> = (0..tensors.len()).collect();
        by_remainder.sort_by_key(|&k| std::cmp::Reverse(product(k) % total));
        let left = spare - shares.iter().sum::<usize>();
        for &k in by_remainder.iter().take(left) {
            shares[k] += 1;
        }
        for (k, tensor) in tensors.iter().enumerate() {
            let start = tensor.offset + 1;
            for stratum in 0..shares[k] {
                let low = start + stratum * interiors[k] / shares[k];
                let high = start + (stratum + 1) * interiors[k] / shares[k];
                chosen.push(low + rng.below(high - low));
            }
        }
    }
    chosen.sort_unstable();
    chosen.dedup();
    chosen
}

/// A random direction over every element with a finite analytic component: dⱼ = zⱼ·max(|xⱼ|, 1)
/// with zⱼ standard normal, so that each element moves by about its own step (the scaling keeps
/// large-valued elements from dwarfing the rest).
pub(super) fn direction(centre: &[f64], analytic: &[f64], rng: &mut Rng) -> Vec<(usize, f64)> {
    centre
        .iter()
        .zip(analytic)
        .enumerate()
        .filter(|(_, (_, g))| g.is_finite())
        .map(|(j, (x, _))| (j, rng.normal() * x.abs().max(1.0)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::rng::Stream;
    use super::*;

    fn layout() -> Layout {
        Layout::new(
            vec![
                Tensor {
                    name: "w".into(),
                    offset: 0,
                    shape: Shape::Matrix { rows: 30, cols: 100 },
                },
                Tensor { name: "b".into(), offset: 3000, shape: Shape::Vector(30) },
                Tensor { name: "s".into(), offset: 3030, shape: Shape::Scalar },
            ],
            3031,
        )
    }

    #[test]
    fn within_budget_every_element_is_checked() {
        let mut rng = Rng::new(0, Stream::Sample);
        assert_eq!(choose_elements(&layout(), 3031, 5000, &mut rng).len(), 3031);
    }

    #[test]
    fn a_sample_covers_every_tensor_and_its_ends() {
        let mut rng = Rng::new(0, Stream::Sample);
        let chosen = choose_elements(&layout(), 3031, 100, &mut rng);
        assert_eq!(chosen.len(), 100);
        for end in [0, 2999, 3000, 3029, 3030] {
            assert!(chosen.contains(&end), "{end} missing");
        }
        assert!(chosen.iter().filter(|&&i| (3000..3030).contains(&i)).count() >= 2);
        // Strata spread the matrix's share over all of it.
        assert!(chosen.iter().any(|&i| (1000..2000).contains(&i)));
    }

    #[test]
    fn names_and_holders() {
        let layout = layout();
        assert_eq!(layout.element_name(31), "w[1,1]");
        assert_eq!(layout.element_name(3005), "b[5]");
        assert_eq!(layout.element_name(3030), "s");
        assert_eq!(layout.tensor_of(3030), 2);
    }

    #[test]
    fn tensors_that_do_not_tile_fall_back_to_one_vector() {
        let gappy = vec![Tensor { name: "w".into(), offset: 1, shape: Shape::Vector(2) }];
        let layout = Layout::new(gappy, 3);
        assert_eq!(layout.element_name(0), "[0]");
    }
}
