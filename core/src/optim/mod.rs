//! Optimizers, gradient clipping and learning-rate schedules, on any [`Params`].
//!
//! In: parameters and their gradient, both the same `Params` type. Out: the parameters updated
//! in place. Every rule works tensor by tensor on contiguous slices
//! ([`Params::update_tensors`]), its state (velocities, moment estimates) kept as one `Vec<f64>`
//! per tensor.

mod clip;
mod schedule;

pub use clip::{clip_by_global_norm, clip_by_value, global_norm};
pub use schedule::Schedule;

use crate::Params;

/// An update rule and its hyper-parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Rule {
    /// `θ ← θ − η·g`.
    Sgd,
    /// `v ← μ·v + g`, then `θ ← θ − η·v`, or with `nesterov` `θ ← θ − η·(g + μ·v)`
    /// (Sutskever et al., 2013, in the form `PyTorch` uses).
    Momentum {
        /// `μ`, typically 0.9.
        momentum: f64,
        /// Look ahead along the velocity.
        nesterov: bool,
    },
    /// `s ← ρ·s + (1 − ρ)·g²`, `θ ← θ − η·g/(√s + ε)` (Hinton's lecture 6e, 2012).
    RmsProp {
        /// `ρ`, typically 0.9.
        decay: f64,
        /// `ε`, typically 1e-8.
        epsilon: f64,
    },
    /// `m ← β₁·m + (1 − β₁)·g`, `v ← β₂·v + (1 − β₂)·g²`, `m̂ = m/(1 − β₁ᵗ)`, `v̂ = v/(1 − β₂ᵗ)`,
    /// `θ ← θ − η·(m̂/(√v̂ + ε) + λ·θ)` (Kingma and Ba, 2015). With `weight_decay` λ > 0 this is
    /// `AdamW`, the decay decoupled from the gradient (Loshchilov and Hutter, 2019).
    Adam {
        /// `β₁`, typically 0.9.
        beta1: f64,
        /// `β₂`, typically 0.999.
        beta2: f64,
        /// `ε`, typically 1e-8.
        epsilon: f64,
        /// `λ`, 0 for plain Adam.
        weight_decay: f64,
    },
}

impl Rule {
    /// Momentum 0.9, optionally Nesterov.
    #[must_use]
    pub fn momentum(nesterov: bool) -> Rule {
        Rule::Momentum { momentum: 0.9, nesterov }
    }

    /// `RMSProp` with ρ = 0.9, ε = 1e-8.
    #[must_use]
    pub fn rms_prop() -> Rule {
        Rule::RmsProp { decay: 0.9, epsilon: 1e-8 }
    }

    /// Adam with β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
    #[must_use]
    pub fn adam() -> Rule {
        Rule::Adam { beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weight_decay: 0.0 }
    }

    /// `AdamW`: Adam with decoupled weight decay λ.
    #[must_use]
    pub fn adam_w(weight_decay: f64) -> Rule {
        Rule::Adam { beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weight_decay }
    }

    /// The rule named `name` (`sgd`, `momentum`, `nesterov`, `rmsprop`, `adam`, `adamw`) with
    /// its usual settings, or `None`.
    #[must_use]
    pub fn named(name: &str) -> Option<Rule> {
        Some(match name {
            "sgd" => Rule::Sgd,
            "momentum" => Rule::momentum(false),
            "nesterov" => Rule::momentum(true),
            "rmsprop" => Rule::rms_prop(),
            "adam" => Rule::adam(),
            "adamw" => Rule::adam_w(1e-4),
            _ => return None,
        })
    }
}

/// An update rule with its state.
///
/// # Example
/// ```
/// use backprop::optim::{Optimizer, Rule};
/// use backprop::nalgebra::DVector;
///
/// let mut theta = DVector::from_vec(vec![1.0, -2.0]);
/// let mut sgd = Optimizer::new(Rule::Sgd);
/// sgd.step(&mut theta, &DVector::from_vec(vec![0.5, 0.5]), 0.1);
/// assert_eq!(theta.as_slice(), &[0.95, -2.05]);
/// ```
#[derive(Clone, Debug)]
pub struct Optimizer {
    /// The rule.
    pub rule: Rule,
    /// Steps taken.
    pub steps: u64,
    /// First state per tensor (velocity, mean square or first moment).
    first: Vec<Vec<f64>>,
    /// Second state per tensor (Adam's second moment).
    second: Vec<Vec<f64>>,
}

impl Optimizer {
    /// An optimizer with empty state.
    #[must_use]
    pub fn new(rule: Rule) -> Self {
        Optimizer { rule, steps: 0, first: Vec::new(), second: Vec::new() }
    }

    /// One update of `params` against `grad` with learning rate `rate`.
    ///
    /// # Panics
    /// When `grad` differs in shape from `params`, or from the parameters of earlier steps.
    pub fn step<P: Params>(&mut self, params: &mut P, grad: &P, rate: f64) {
        self.steps += 1;
        let t = i32::try_from(self.steps).unwrap_or(i32::MAX);
        let rule = self.rule;
        let (first, second) = (&mut self.first, &mut self.second);
        let mut tensor = 0;
        params.update_tensors(grad, &mut |theta, g| {
            if first.len() == tensor {
                first.push(vec![0.0; theta.len()]);
                second.push(vec![0.0; theta.len()]);
            }
            let (m, v) = (&mut first[tensor], &mut second[tensor]);
            assert_eq!(m.len(), theta.len(), "optimizer: tensor {tensor} changed size");
            apply(rule, t, rate, theta, g, m, v);
            tensor += 1;
        });
    }
}

/// One rule on one tensor's slices.
fn apply(
    rule: Rule,
    t: i32,
    rate: f64,
    theta: &mut [f64],
    g: &[f64],
    m: &mut [f64],
    v: &mut [f64],
) {
    match rule {
        Rule::Sgd => {
            for (p, g) in theta.iter_mut().zip(g) {
                *p -= rate * g;
            }
        }
        Rule::Momentum { momentum, nesterov } => {
            for ((p, g), v) in theta.iter_mut().zip(g).zip(m) {
                *v = momentum * *v + g;
                *p -= rate * if nesterov { g + momentum * *v } else { *v };
            }
        }
        Rule::RmsProp { decay, epsilon } => {
            for ((p, g), s) in theta.iter_mut().zip(g).zip(m) {
                *s = decay * *s + (1.0 - decay) * g * g;
                *p -= rate * g / (s.sqrt() + epsilon);
            }
        }
        Rule::Adam { beta1, beta2, epsilon, weight_decay } => {
            let (correct1, correct2) = (1.0 - beta1.powi(t), 1.0 - beta2.powi(t));
            for (((p, g), m), v) in theta.iter_mut().zip(g).zip(m).zip(v) {
                *m = beta1 * *m + (1.0 - beta1) * g;
                *v = beta2 * *v + (1.0 - beta2) * g * g;
                let step = (*m / correct1) / ((*v / correct2).sqrt() + epsilon);
                *p -= rate * (step + weight_decay * *p);
            }
        }
    }
}
