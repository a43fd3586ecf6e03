//! The recorder behind `f::graph`: the generated code declares the graph's shape once, then
//! reports each value and adjoint as it computes them.
//!
//! In: a [`Spec`] (nodes, loops, branches) from the macro, then `value`, `adjoint` and `taken`
//! calls from the instrumented forward and backward pass. Out: the [`Graph`], without the
//! nodes of the arms that did not run. Recordings live in a thread-local stack, so the
//! instrumented code needs no extra parameter and a callee's own code records nothing.

use std::cell::RefCell;

use super::{Graph, Node, NodeKind, Summary};
use crate::params::Params;

/// One node as the macro declares it.
#[derive(Debug)]
pub struct NodeSpec {
    /// The source's name of the value.
    pub name: &'static str,
    /// Its forward line.
    pub label: &'static str,
    /// What it stands for.
    pub kind: NodeKind,
    /// The name comes from the source.
    pub named: bool,
    /// The nodes it reads.
    pub inputs: &'static [usize],
    /// The loop it is in.
    pub cluster: Option<usize>,
    /// The arm it is in: (branch, `true` for the `then` arm).
    pub arm: Option<(usize, bool)>,
}

/// A function's graph as the macro declares it.
#[derive(Debug)]
pub struct Spec {
    /// The function's name.
    pub name: &'static str,
    /// Its nodes.
    pub nodes: &'static [NodeSpec],
    /// Its loops' labels.
    pub clusters: &'static [&'static str],
    /// For each branch, the arm it is in itself.
    pub branches: &'static [Option<(usize, bool)>],
    /// The node holding the function's value.
    pub output: Option<usize>,
}

struct Recording {
    graph: Graph,
    spec: &'static Spec,
    taken: Vec<Option<bool>>,
    backward: bool,
}

thread_local! {
    static RECORDINGS: RefCell<Vec<Recording>> = const { RefCell::new(Vec::new()) };
}

/// A recording in progress; dropping it without [`Session::finish`] (a panic in the user's
/// code) discards it.
#[derive(Debug)]
pub struct Session {
    depth: usize,
}

/// Starts recording the graph declared by `spec`.
#[must_use]
pub fn start(spec: &'static Spec) -> Session {
    let mut graph = Graph::new(spec.name);
    for node in spec.nodes {
        graph.nodes.push(Node {
            name: node.name.to_owned(),
            label: node.label.to_owned(),
            kind: node.kind,
            named: node.named,
            inputs: node.inputs.to_vec(),
            cluster: node.cluster,
            value: None,
            adjoint: None,
        });
    }
    graph.clusters = spec.clusters.iter().map(|label| (*label).to_owned()).collect();
    graph.output = spec.output;
    let recording =
        Recording { graph, spec, taken: vec![None; spec.branches.len()], backward: false };
    let depth = RECORDINGS.with_borrow_mut(|recordings| {
        recordings.push(recording);
        recordings.len()
    });
    Session { depth }
}

fn with_current(action: impl FnOnce(&mut Recording)) {
    RECORDINGS.with_borrow_mut(|recordings| {
        if let Some(recording) = recordings.last_mut() {
            action(recording);
        }
    });
}

/// The forward pass computed node `node`'s value (a loop's later iterations overwrite it; a
/// value reported once the backward pass has begun does not). Generic, so that a value whose float type is
/// still being inferred where it is reported (`let mut acc = 0.0;`) compiles.
pub fn value<P: Params>(node: usize, value: &P) {
    with_current(|recording| {
        if !recording.backward {
            recording.graph.record_value(node, Some(Summary::of(value)));
        }
    });
}

/// The backward pass completed node `node`'s adjoint.
pub fn adjoint<P: Params>(node: usize, adjoint: &P) {
    with_current(|recording| recording.graph.record_adjoint(node, Some(Summary::of(adjoint))));
}

/// The forward pass took branch `branch`'s `then` arm (`flag`) or its `else` arm.
pub fn taken(branch: usize, flag: bool) {
    with_current(|recording| {
        if !recording.backward
            && let Some(slot) = recording.taken.get_mut(branch)
        {
            *slot = Some(flag);
        }
    });
}

/// The output adjoint `f::graph` seeds the backward pass with: 1 for a scalar, all ones for a
/// matrix (the gradient of the sum of its entries).
#[must_use]
pub fn seed<P: Params>(value: &P) -> P {
    let mut seed = value.zeros_like();
    for i in 0..seed.element_count() {
        seed.set_element(i, 1.0);
    }
    seed
}

impl Session {
    /// From here on the code runs the backward pass.
    pub fn backward(&self) {
        with_current(|recording| recording.backward = true);
    }

    /// The recorded graph, without the nodes of arms that did not run.
    #[must_use]
    pub fn finish(self) -> Graph {
        let recording = RECORDINGS.with_borrow_mut(|recordings| {
            (recordings.len() == self.depth).then(|| recordings.pop()).flatten()
        });
        std::mem::forget(self);
        recording.map_or_else(Graph::default, prune)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        RECORDINGS.with_borrow_mut(|recordings| recordings.truncate(self.depth - 1));
    }
}

/// Arm `arm` ran: its branch ran and took it.
fn ran(recording: &Recording, arm: Option<(usize, bool)>) -> bool {
    let mut arm = arm;
    while let Some((branch, side)) = arm {
        if recording.taken.get(branch).copied().flatten() != Some(side) {
            return false;
        }
        arm = recording.spec.branches.get(branch).copied().flatten();
    }
    true
}

/// Drops the nodes of arms that did not run and renumbers the rest.
fn prune(recording: Recording) -> Graph {
    let keep: Vec<bool> =
        recording.spec.nodes.iter().map(|node| ran(&recording, node.arm)).collect();
    let mut renumbered = vec![None; keep.len()];
    let mut graph = recording.graph;
    let mut nodes = Vec::with_capacity(graph.nodes.len());
    for (index, mut node) in graph.nodes.into_iter().enumerate() {
        if !keep[index] {
            continue;
        }
        node.inputs = node.inputs.iter().filter_map(|&input| renumbered[input]).collect();
        renumbered[index] = Some(nodes.len());
        nodes.push(node);
    }
    graph.nodes = nodes;
    graph.output = graph.output.and_then(|output| renumbered.get(output).copied().flatten());
    graph
}

/// What `f::graph` requires of its first argument when the function's attribute did not ask
/// for the graph (`#[differentiable]` without `graph`): no type has it, so a call of that
/// stand-in fails to compile with this message instead of "cannot find function `graph`".
#[diagnostic::on_unimplemented(
    message = "`graph` is generated only when the function's attribute asks for it",
    label = "this function's `#[differentiable]` did not ask for `graph`",
    note = "write `#[differentiable(graph)]` on the function to generate its `graph`, the \
            drawing of its computational graph (with `wrt`: `#[differentiable(wrt(…), graph)]`)"
)]
pub trait Requested: requested::Sealed {}

mod requested {
    /// Keeps [`Requested`](super::Requested) unimplemented outside this module.
    pub trait Sealed {}
}

/// The body of the stand-in `f::graph`, which no call can reach: its bound, [`Requested`], has
/// no implementation.
///
/// # Panics
///
/// Never: a call of it does not compile.
#[must_use]
pub fn not_requested<A: Requested>(_: A) -> Graph {
    unreachable!("`Requested` has no implementation, so no call of `f::graph` compiles")
}
