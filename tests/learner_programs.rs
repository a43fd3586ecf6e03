//! Whole programs in the form a learner types first: a neuron whose `map` closure captures the
//! bias, a variance whose closure captures the mean, Huber with a captured threshold, batch and
//! layer normalization written element by element (`out[(i, j)] = …`), polynomial features
//! written into a vector (`powers[k] = …`), an MLP whose layers live in a `Vec` looped over, and
//! an RNN whose steps read the columns of a sequence.
//!
//! Each is verified by its generated `check` at three random points; the `SOURCE` of each new
//! construct is pinned by a named snapshot.

#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap,
    clippy::assign_op_pattern,
    clippy::redundant_closure,
    clippy::redundant_closure_for_method_calls,
    clippy::explicit_iter_loop,
    reason = "the programs are written in the form a learner types first, on purpose"
)]
#![allow(clippy::float_cmp, reason = "an overwritten element's adjoint is exactly zero")]

mod support;

use backprop::prelude::*;
use support::Rng;

const SEEDS: [u64; 3] = [5, 23, 41];

fn passes_at_random_points(name: &str, mut check: impl FnMut(&mut Rng) -> backprop::check::Report) {
    for seed in SEEDS {
        let report = check(&mut Rng::new(seed));
        assert!(report.passed(), "{name} at seed {seed}:\n{report}");
    }
}

// ---- closures that capture a differentiable value ----------------------------------------

/// One sigmoid neuron over a batch, the bias added inside `map`.
#[differentiable]
fn neuron(w: &DMatrix<f64>, b: f64, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    let z = (w * x).map(|v| v + b);
    let p = z.map(|v| 1.0 / (1.0 + (-v).exp()));
    mse(&p, y)
}

#[test]
fn a_closure_captures_the_bias() {
    passes_at_random_points("neuron", |rng| {
        neuron::check(&rng.matrix(1, 3), rng.scalar(), &rng.matrix(3, 5), &rng.matrix(1, 5))
    });
    insta::assert_snapshot!("capture_bias", neuron::SOURCE);
}

/// The variance of a column about its mean: the closure captures the mean, itself a function
/// of every element.
#[differentiable]
fn variance(col: &DVector<f64>) -> f64 {
    let mu = col.mean();
    col.map(|v| (v - mu).powi(2)).mean()
}

#[test]
fn a_closure_captures_a_value_computed_from_the_same_vector() {
    passes_at_random_points("variance", |rng| variance::check(&rng.vector(6)));
    insta::assert_snapshot!("capture_mean", variance::SOURCE);
}

/// Huber loss with a learnable threshold: the closure's branch reads `delta` on both arms.
#[differentiable]
fn huber(pred: &DMatrix<f64>, target: &DMatrix<f64>, delta: f64) -> f64 {
    let r = pred - target;
    r.map(|v| if v.abs() <= delta { 0.5 * v * v } else { delta * (v.abs() - 0.5 * delta) }).mean()
}

#[test]
fn a_closure_branches_on_a_captured_threshold() {
    passes_at_random_points("huber", |rng| {
        huber::check(&rng.matrix(2, 4), &rng.matrix(2, 4), rng.between(0.3, 1.5))
    });
    insta::assert_snapshot!("capture_branch", huber::SOURCE);
}

/// A capture inside a loop: each row of `m` is shifted by its own learnable offset.
#[differentiable]
fn shifted_rows(m: &DMatrix<f64>, offsets: &DVector<f64>) -> f64 {
    let mut total = 0.0;
    for i in 0..m.nrows() {
        let shift = offsets[i];
        let row = m.row(i).into_owned();
        total += row.map(|v| (v - shift).tanh()).sum();
    }
    total
}

#[test]
fn a_closure_inside_a_loop_captures_the_iteration_s_value() {
    passes_at_random_points("shifted_rows", |rng| {
        shifted_rows::check(&rng.matrix(3, 4), &rng.vector(3))
    });
}

// ---- writes into elements and parts -------------------------------------------------------

/// Batch normalization by hand: each feature (row) is normalized over the batch (columns).
#[differentiable]
fn batch_norm(x: &DMatrix<f64>, gamma: &DVector<f64>, beta: &DVector<f64>) -> DMatrix<f64> {
    let (d, n) = (x.nrows(), x.ncols());
    let mut out = DMatrix::zeros(d, n);
    for i in 0..d {
        let row = x.row(i).into_owned();
        let mu = row.mean();
        let var = row.map(|v| (v - mu).powi(2)).mean();
        for j in 0..n {
            out[(i, j)] = gamma[i] * (x[(i, j)] - mu) / (var + 1e-5).sqrt() + beta[i];
        }
    }
    out
}

#[test]
fn batch_norm_writes_each_element() {
    passes_at_random_points("batch_norm", |rng| {
        batch_norm::check(&rng.matrix(3, 5), &rng.vector(3), &rng.vector(3))
    });
    insta::assert_snapshot!("element_write", batch_norm::SOURCE);
}

/// Layer normalization by hand, summed into a loss: a column at a time, each written back.
#[differentiable]
fn layer_norm_loss(x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    let mut out = x.clone();
    for j in 0..x.ncols() {
        let col = x.column(j).into_owned();
        let mu = col.mean();
        let sd = (col.map(|v| (v - mu).powi(2)).mean() + 1e-5).sqrt();
        for i in 0..x.nrows() {
            out[(i, j)] = (x[(i, j)] - mu) / sd;
        }
    }
    mse(&out, y)
}

#[test]
fn layer_norm_overwrites_a_copy_of_its_input() {
    passes_at_random_points("layer_norm_loss", |rng| {
        layer_norm_loss::check(&rng.matrix(4, 3), &rng.matrix(4, 3))
    });
}

/// Polynomial regression: the features are written into a vector, one power at a time.
#[differentiable]
fn polynomial(c: &DVector<f64>, x: f64) -> f64 {
    let mut powers = DVector::zeros(c.len());
    for k in 0..c.len() {
        powers[k] = x.powi(k as i32);
    }
    c.dot(&powers)
}

#[test]
fn polynomial_features_are_written_into_a_vector() {
    passes_at_random_points("polynomial", |rng| polynomial::check(&rng.vector(4), rng.scalar()));
    insta::assert_snapshot!("vector_write", polynomial::SOURCE);
}

/// An element overwritten twice, the second write reading the first: the first value's adjoint
/// must be taken out when the second write is reversed.
#[differentiable]
fn overwritten(x: &DVector<f64>) -> f64 {
    let mut v = x.clone();
    v[0] = v[0] * v[1];
    v[0] = v[0].sin() + v[2];
    v[1] = 2.0 * v[0];
    v.norm_squared()
}

#[test]
fn an_overwritten_element_loses_its_old_adjoint() {
    passes_at_random_points("overwritten", |rng| overwritten::check(&rng.vector(3)));
    insta::assert_snapshot!("overwrite", overwritten::SOURCE);
}

/// A column of a matrix written whole: `out.set_column(j, …)` as a learner writes it by index.
#[differentiable]
fn softmax_by_hand(z: &DMatrix<f64>) -> DMatrix<f64> {
    let mut out = z.clone();
    for j in 0..z.ncols() {
        let col = z.column(j).into_owned();
        let e = col.map(|v| v.exp());
        let total = e.sum();
        for i in 0..z.nrows() {
            out[(i, j)] = e[i] / total;
        }
    }
    out
}

#[test]
fn softmax_by_hand_matches_its_check() {
    passes_at_random_points("softmax_by_hand", |rng| softmax_by_hand::check(&rng.matrix(3, 4)));
}

// ---- layers in a Vec ------------------------------------------------------------------------

#[derive(Params, Clone, Debug)]
struct Layer {
    w: DMatrix<f64>,
    b: DVector<f64>,
}

#[derive(Params, Clone, Debug)]
struct Net {
    layers: Vec<Layer>,
}

fn random_net(rng: &mut Rng, sizes: &[usize]) -> Net {
    let layers = sizes
        .windows(2)
        .map(|pair| Layer { w: rng.matrix(pair[1], pair[0]) * 0.7, b: rng.vector(pair[1]) })
        .collect();
    Net { layers }
}

/// A three-layer MLP as a learner writes it: `tanh` after every layer, looped over `&net.layers`.
#[differentiable]
fn mlp(net: &Net, x: &DMatrix<f64>, y: &DMatrix<f64>) -> f64 {
    let mut h = x.clone();
    for layer in &net.layers {
        h = tanh(&add_bias(&(&layer.w * &h), &layer.b));
    }
    mse(&h, y)
}

/// The same with a linear last layer, told apart by its position.
#[differentiable]
fn mlp_linear_output(net: &Net, x: &DMatrix<f64>, labels: &[usize]) -> f64 {
    let mut h = x.clone();
    for (i, layer) in net.layers.iter().enumerate() {
        let z = add_bias(&(&layer.w * &h), &layer.b);
        h = if i + 1 < net.layers.len() { relu(&z) } else { z };
    }
    cross_entropy(&h, labels)
}

/// The weights' squared norm, for weight decay: a loop over `.iter()` reading a field.
#[differentiable]
fn weight_decay(net: &Net) -> f64 {
    let mut total = 0.0;
    for layer in net.layers.iter() {
        total += layer.w.norm_squared();
    }
    total
}

/// The input's gradient through fixed layers: the loop reads each layer, a constant, in place.
#[differentiable(wrt(x))]
fn through_fixed_layers(net: &Net, x: &DMatrix<f64>) -> f64 {
    let mut h = x.clone();
    for layer in &net.layers {
        h = tanh(&add_bias(&(&layer.w * &h), &layer.b));
    }
    h.sum()
}

#[test]
fn an_mlp_loops_over_its_layers() {
    passes_at_random_points("through_fixed_layers", |rng| {
        through_fixed_layers::check(&random_net(rng, &[3, 4, 2]), &rng.matrix(3, 2))
    });
    passes_at_random_points("mlp", |rng| {
        mlp::check(&random_net(rng, &[3, 5, 4, 2]), &rng.matrix(3, 4), &rng.matrix(2, 4))
    });
    passes_at_random_points("mlp_linear_output", |rng| {
        mlp_linear_output::check(&random_net(rng, &[3, 5, 4, 3]), &rng.matrix(3, 4), &[0, 2, 1, 2])
    });
    passes_at_random_points("weight_decay", |rng| {
        weight_decay::check(&random_net(rng, &[2, 3, 2]))
    });
    let mut rng = Rng::new(7);
    let net = random_net(&mut rng, &[3, 5, 4, 2]);
    let (_, grad) = mlp::grad(&net, &rng.matrix(3, 4), &rng.matrix(2, 4));
    assert_eq!(grad.net.layers.len(), 3);
    assert_eq!(backprop::Params::element_name(&grad.net, 15 + 5 + 20 + 4), "layers[2].w[0,0]");
    insta::assert_snapshot!("vec_of_layers", mlp::SOURCE);
}

// ---- a recurrent network -------------------------------------------------------------------

#[derive(Params, Clone, Debug)]
struct Cell {
    input: DMatrix<f64>,
    recurrent: DMatrix<f64>,
    bias: DVector<f64>,
    readout: DMatrix<f64>,
}

/// An Elman RNN over the columns of `xs`, every state's readout compared with its target.
#[differentiable]
fn rnn(cell: &Cell, xs: &DMatrix<f64>, ys: &DMatrix<f64>) -> f64 {
    let mut h = DVector::zeros(cell.recurrent.nrows());
    let mut loss = 0.0;
    for t in 0..xs.ncols() {
        let x = xs.column(t).into_owned();
        h = (&cell.input * &x + &cell.recurrent * &h + &cell.bias).map(|v| v.tanh());
        let y = &cell.readout * &h;
        loss += (y - ys.column(t)).norm_squared();
    }
    loss / xs.ncols() as f64
}

#[test]
fn an_rnn_reads_a_column_per_step() {
    passes_at_random_points("rnn", |rng| {
        let cell = Cell {
            input: rng.matrix(4, 2) * 0.5,
            recurrent: rng.matrix(4, 4) * 0.5,
            bias: rng.vector(4),
            readout: rng.matrix(1, 4),
        };
        rnn::check(&cell, &rng.matrix(2, 5), &rng.matrix(1, 5))
    });
}

// ---- the corners of the new forms ------------------------------------------------------------

/// Centred by a mean the closure computes from the very matrix it maps: the closure's steps and
/// the elementwise adjoint both add into `d_x`.
#[differentiable]
fn centred_inside(x: &DVector<f64>) -> f64 {
    x.map(|v| (v - x.mean()).powi(2)).sum()
}

/// A prefix sum written element by element, each element reading the one written before it.
#[differentiable]
fn prefix_sums(x: &DVector<f64>) -> f64 {
    let mut c = x.clone();
    for i in 1..c.len() {
        c[i] = c[i - 1] + x[i].sin();
    }
    c.norm_squared()
}

/// A constant written over a differentiable element: nothing flows back through it. An element
/// written or not by a branch: the branch chooses the value, the write is unconditional.
#[differentiable]
fn masked(x: &DVector<f64>) -> f64 {
    let mut y = x.map(|v| v * v);
    y[1] = 0.5;
    y[2] = if y[0] > 0.0 { y[2] * x[0] } else { y[2] };
    y.sum()
}

/// A constant matrix read by a differentiable product before a write changes it: the product's
/// backward pass must see the matrix as it was.
#[differentiable]
fn read_then_written(w: &DMatrix<f64>) -> f64 {
    let mut m = DMatrix::from_element(2, 2, 1.0);
    let before = (w * &m).norm_squared();
    m[(0, 1)] = 3.0;
    before + (w * &m).norm_squared()
}

#[test]
fn the_corners_of_captures_and_writes() {
    passes_at_random_points("centred_inside", |rng| centred_inside::check(&rng.vector(5)));
    passes_at_random_points("prefix_sums", |rng| prefix_sums::check(&rng.vector(5)));
    passes_at_random_points("masked", |rng| masked::check(&rng.vector(3)));
    passes_at_random_points("read_then_written", |rng| read_then_written::check(&rng.matrix(2, 2)));
    let (_, grad) = masked::grad(&DVector::from_column_slice(&[0.5, 2.0, 0.0]));
    assert_eq!(grad.x[1], 0.0, "the element overwritten by a constant has no gradient");
    insta::assert_snapshot!("capture_of_itself", centred_inside::SOURCE);
}

/// A `map` over a constant matrix whose closure reads a differentiable value: the matrix gets no
/// adjoint, and the closure's backward pass still runs for the captured value's (found by the
/// random programs, where it was dropped).
#[differentiable]
fn shifted_constant(shift: f64) -> f64 {
    let grid = DMatrix::from_row_slice(2, 3, &[0.3, -0.2, 0.1, 0.5, -0.6, 0.0]);
    let moved = grid.map(|u| (u + shift).tanh());
    moved.sum()
}

#[test]
fn a_map_over_a_constant_matrix_differentiates_what_it_captures() {
    for shift in [-0.4, 0.1, 0.7] {
        let report = shifted_constant::check(shift);
        assert!(report.passed(), "{report}");
    }
}

/// The same inside a loop, where the captured value's adjoint is declared before the loop.
#[differentiable]
fn shifted_in_a_loop(shift: f64, scale: f64) -> f64 {
    let grid = DMatrix::from_row_slice(2, 2, &[0.3, -0.2, 0.1, 0.5]);
    let mut total = scale * 0.5;
    for _ in 0..3 {
        let moved = grid.map(|u| (u * 0.7 + shift).tanh());
        total = (0.5 * total).tanh() + moved.sum() * scale;
    }
    total + shift
}

#[test]
fn a_map_over_a_constant_matrix_in_a_loop_differentiates_what_it_captures() {
    for (shift, scale) in [(-0.4, 0.9), (0.1, -0.3), (0.7, 1.2)] {
        let report = shifted_in_a_loop::check(shift, scale);
        assert!(report.passed(), "{report}");
    }
}
