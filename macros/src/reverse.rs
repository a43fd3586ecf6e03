//! The chain rule: from the forward IR to the adjoint IR.
//!
//! In: a lowered [`Function`] and the parameters to differentiate with respect to. Out: a
//! [`Backward`], the backward pass as a list of steps in reverse order of the forward pass.
//! Each step says which adjoint receives which contribution: `d_x += mul::back_1(…)`.
//!
//! Only adjoints that matter are computed: a variable needs one when a chosen parameter flows
//! into it *and* it flows into the output. Fan-out is summed (each use contributes). Nothing is
//! computed again: a branch reverses the arm that ran with what that arm's forward pass saved,
//! a `map` reverses each element with what its closure saved, and loops pop the values they
//! overwrote and the values the iteration's backward pass reads (its residuals) and run that
//! backward pass, last iteration first. Which values are saved is decided by emission, from
//! the names these steps read.

use std::collections::{HashMap, HashSet};

use crate::ir::{
    Block, For, Function, If, Map, Op, Operand, Projection, Stmt, Value, VarId, Write,
};

/// The backward pass of one function for one choice of parameters.
pub struct Backward<'f> {
    pub steps: Vec<Step<'f>>,
    /// How many contributions each adjoint receives (to decide `let` or `let mut`).
    pub contributions: HashMap<VarId, usize>,
    /// Loops whose forward pass must record a tape.
    pub taped: HashSet<String>,
    /// The contributions (`Contribution::Back`, by the address of its op and the position)
    /// that may move a loop's running adjoint instead of copying it (see [`running_moves`]).
    pub moved_running: HashSet<(usize, usize)>,
}

impl Backward<'_> {
    /// True when operand `position` of `op` takes its result's adjoint by moving a loop's
    /// running adjoint (see [`running_moves`]).
    pub fn moves_running(&self, op: &Op, position: usize) -> bool {
        self.moved_running.contains(&(std::ptr::from_ref(op) as usize, position))
    }
}

/// One step of the backward pass.
pub enum Step<'f> {
    /// `// <the forward statement being reversed>`
    Comment(&'f Stmt),
    /// `let mut d_v = zeros_like(v);`: an adjoint that collects contributions from inside a
    /// branch or loop, or into parts of the value.
    Declare(VarId),
    /// `let d_target = value` (when `first`), `d_target.field = value` (when `assign`: the
    /// first write into that field of a freshly zeroed adjoint, at the top level), or
    /// `d_target[.projections] += value`.
    Contribute {
        target: VarId,
        projections: &'f [Projection],
        value: Contribution<'f>,
        first: bool,
        assign: bool,
    },
    /// `let (d_a, d_b) = pullback_h(a, b, h, d_h, want_a, want_b);`: the backward pass of a
    /// called function, once for all of its arguments; `Part` contributions then hand each
    /// argument's adjoint on.
    Pull { op: &'f Op, out: VarId, d_out: VarId },
    /// `if branch { then } else { otherwise }`, or `match branch { Arm::Then(saved) => …, … }`
    /// when an arm's steps read values the arm computed.
    If { node: &'f If, then_steps: Vec<Step<'f>>, else_steps: Vec<Step<'f>> },
    /// The loop over the tape, last iteration first.
    For { node: &'f For, body: Vec<Step<'f>>, running: Vec<(VarId, VarId)> },
    /// `m[(i, j)] = m_before;`: puts back the element a write overwrote, so the steps after it
    /// read the storage as the forward pass did before the write.
    Restore(&'f Write),
    /// `d_m[(i, j)] = 0.0;`: the overwritten element never reached the written position's
    /// uses, so its adjoint starts afresh.
    Clear { target: VarId, index: &'f [Projection] },
    /// `let _ = …;`: a `map` over a constant matrix whose closure reads a differentiable value
    /// from outside: its elementwise backward pass runs for the captured values' adjoints only.
    Evaluate(Contribution<'f>),
}

/// What flows into an adjoint.
pub enum Contribution<'f> {
    /// `rule::back_<position>(args…, out, d_out)`
    Back { op: &'f Op, position: usize, out: VarId, d_out: VarId },
    /// Argument `position`'s adjoint from the `Pull` of `op` just before.
    Part { op: &'f Op, position: usize, d_out: VarId },
    /// The adjoint of another variable, passed on unchanged (copies, branch results).
    Adjoint(VarId),
    /// The elementwise backward pass of a `map`.
    Map { map: &'f Map, d_out: VarId, body: Vec<Step<'f>> },
    /// The adjoint of the element a write set, `d_m[(i, j)]`, for the value written.
    Element { adjoint: VarId, index: &'f [Projection] },
}

/// Computes the backward pass of `function` with respect to the parameters `wrt` (indices).
pub fn backward<'f>(function: &'f Function, wrt: &[usize]) -> Backward<'f> {
    let ids = construct_ids(function);
    let mut reverser = Reverser {
        needed: needed(function, wrt),
        home: homes(function, &ids),
        ids,
        declared: HashSet::new(),
        redirect: HashMap::new(),
        contributions: HashMap::new(),
        taped: HashSet::new(),
        constructs: Vec::new(),
        written: HashMap::new(),
        moved_running: HashSet::new(),
        _function: std::marker::PhantomData,
    };
    if let Some(root) = function.result.root() {
        reverser.declared.insert(root);
    }
    let mut steps = Vec::new();
    reverser.block(&function.body, &mut steps);
    Backward {
        steps,
        contributions: reverser.contributions,
        taped: reverser.taped,
        moved_running: reverser.moved_running,
    }
}

// ---- activity -----------------------------------------------------------------------------

/// Which variables need an adjoint: reached from a chosen parameter and reaching the output.
pub fn needed(function: &Function, wrt: &[usize]) -> Vec<bool> {
    let count = function.vars.len();
    let mut depends = vec![false; count];
    for (index, param) in function.params.iter().enumerate() {
        if wrt.contains(&index) {
            depends[param.var] = true;
        }
    }
    let mut edges = Vec::new();
    flow_edges(&function.body, &mut edges);
    // Forward closure: depends flows along edges (from → to) until nothing changes.
    loop {
        let mut changed = false;
        for &(from, to) in &edges {
            if depends[from] && !depends[to] {
                depends[to] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut reaches = vec![false; count];
    if let Some(root) = function.result.root() {
        reaches[root] = true;
    }
    loop {
        let mut changed = false;
        for &(from, to) in &edges {
            if reaches[to] && !reaches[from] {
                reaches[from] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    depends.iter().zip(&reaches).map(|(d, r)| *d && *r).collect()
}

/// Every (input → result) pair through which a gradient can flow.
fn flow_edges(block: &Block, edges: &mut Vec<(VarId, VarId)>) {
    for stmt in block {
        match stmt {
            Stmt::Let { var, value, .. } => match value {
                Value::Op(op) => {
                    for position in op.differentiable_positions() {
                        if let Some(root) = op.args[position].operand.root() {
                            edges.push((root, *var));
                        }
                    }
                }
                Value::Copy(operand) => {
                    if let Some(root) = operand.root() {
                        edges.push((root, *var));
                    }
                }
                Value::Map(map) => {
                    if let Some(root) = map.matrix.root() {
                        edges.push((root, *var));
                        edges.push((root, map.param));
                    }
                    flow_edges(&map.body, edges);
                    if let Some(result) = map.result.root() {
                        edges.push((result, *var));
                    }
                }
                Value::Const(_) => {}
            },
            Stmt::Assert(_) => {}
            Stmt::Write(node) => {
                if let Some(root) = node.value.root() {
                    edges.push((root, node.target));
                }
            }
            Stmt::If(node) => {
                flow_edges(&node.then_block, edges);
                flow_edges(&node.else_block, edges);
                for output in &node.outputs {
                    for value in [&output.then_value, &output.else_value] {
                        if let Some(root) = value.root() {
                            edges.push((root, output.var));
                        }
                    }
                }
            }
            Stmt::For(node) => {
                flow_edges(&node.body, edges);
                for carried in &node.carried {
                    // The end of one iteration is the start of the next, and the value after.
                    edges.push((carried.end, carried.storage));
                    edges.push((carried.end, carried.after));
                    edges.push((carried.storage, carried.after));
                }
            }
        }
    }
}

/// Where each variable is defined: 0 for the function body, else the id of the arm, loop body
/// or `map` closure that defines it. Constructs are numbered by [`construct_ids`].
fn homes(function: &Function, ids: &HashMap<usize, usize>) -> Vec<usize> {
    fn walk(block: &Block, ids: &HashMap<usize, usize>, home: &mut [usize]) {
        let id = ids.get(&block_key(block)).copied().unwrap_or(0);
        for stmt in block {
            match stmt {
                Stmt::Let { var, value, .. } => {
                    home[*var] = id;
                    if let Value::Map(map) = value {
                        home[map.param] = ids.get(&block_key(&map.body)).copied().unwrap_or(0);
                        walk(&map.body, ids, home);
                    }
                }
                Stmt::Assert(_) => {}
                Stmt::Write(node) => home[node.before] = id,
                Stmt::If(node) => {
                    home[node.flag] = id;
                    for output in &node.outputs {
                        home[output.var] = id;
                    }
                    walk(&node.then_block, ids, home);
                    walk(&node.else_block, ids, home);
                }
                Stmt::For(node) => {
                    let body = ids.get(&block_key(&node.body)).copied().unwrap_or(0);
                    home[node.index] = body;
                    for carried in &node.carried {
                        home[carried.after] = id;
                        home[carried.before] = body;
                    }
                    walk(&node.body, ids, home);
                }
            }
        }
    }
    let mut home = vec![0; function.vars.len()];
    walk(&function.body, ids, &mut home);
    home
}

/// Numbers every nested block (arms, loop bodies, closures) from 1; the function body is 0.
fn construct_ids(function: &Function) -> HashMap<usize, usize> {
    fn walk(block: &Block, ids: &mut HashMap<usize, usize>) {
        for stmt in block {
            let nested: Vec<&Block> = match stmt {
                Stmt::Let { value: Value::Map(map), .. } => vec![&map.body],
                Stmt::If(node) => vec![&node.then_block, &node.else_block],
                Stmt::For(node) => vec![&node.body],
                _ => Vec::new(),
            };
            for inner in nested {
                let next = ids.len() + 1;
                ids.insert(block_key(inner), next);
                walk(inner, ids);
            }
        }
    }
    let mut ids = HashMap::new();
    ids.insert(block_key(&function.body), 0);
    walk(&function.body, &mut ids);
    ids
}

/// A block's identity: its address, which is stable while the function is borrowed.
fn block_key(block: &Block) -> usize {
    std::ptr::from_ref(block) as usize
}

// ---- the backward pass --------------------------------------------------------------------

struct Reverser<'f> {
    needed: Vec<bool>,
    home: Vec<usize>,
    ids: HashMap<usize, usize>,
    declared: HashSet<VarId>,
    /// Adjoint slot to use instead of a variable's own (loops share one running adjoint).
    redirect: HashMap<VarId, VarId>,
    contributions: HashMap<VarId, usize>,
    taped: HashSet<String>,
    /// Open constructs, innermost last: their id and the outer adjoints they contribute to.
    constructs: Vec<(usize, Vec<VarId>)>,
    /// The field paths written so far into each adjoint (`[]` for the whole adjoint).
    written: HashMap<VarId, Vec<Vec<String>>>,
    /// See [`Backward::moved_running`].
    moved_running: HashSet<(usize, usize)>,
    _function: std::marker::PhantomData<&'f Function>,
}

impl<'f> Reverser<'f> {
    fn slot(&self, var: VarId) -> VarId {
        self.redirect.get(&var).copied().unwrap_or(var)
    }

    fn current(&self) -> usize {
        self.constructs.last().map_or(0, |(id, _)| *id)
    }

    fn id_of(&self, block: &Block) -> usize {
        self.ids.get(&block_key(block)).copied().unwrap_or(0)
    }

    /// Steps reversing `block`, appended to `steps`.
    fn block(&mut self, block: &'f Block, steps: &mut Vec<Step<'f>>) {
        self.redirect_loop_results(block);
        for stmt in block.iter().rev() {
            self.stmt(stmt, steps);
        }
    }

    /// Values after a loop in `block` share the loop's running adjoint. Set before anything
    /// contributes to them, such as the arm of an `if` whose value a loop computed. When the
    /// value after the loop already has a running adjoint (it ends an iteration of an enclosing
    /// loop), the inner loop runs that one, and so does every loop before it in `block` that
    /// shares its adjoint.
    fn redirect_loop_results(&mut self, block: &Block) {
        for stmt in block {
            if let Stmt::For(node) = stmt {
                for carried in &node.carried {
                    if let Some(&running) = self.redirect.get(&carried.after) {
                        let replaced = self.slot(carried.storage);
                        for slot in self.redirect.values_mut() {
                            if *slot == replaced {
                                *slot = running;
                            }
                        }
                        self.redirect.insert(replaced, running);
                        self.redirect.insert(carried.storage, running);
                    } else {
                        let running = self.slot(carried.storage);
                        self.redirect.insert(carried.after, running);
                    }
                }
            }
        }
    }

    fn stmt(&mut self, stmt: &'f Stmt, steps: &mut Vec<Step<'f>>) {
        match stmt {
            Stmt::Let { var, value, .. } if self.needed[*var] => match value {
                Value::Op(op) if op.calls_function() => {
                    steps.push(Step::Comment(stmt));
                    let d_out = self.slot(*var);
                    steps.push(Step::Pull { op, out: *var, d_out });
                    for position in op.differentiable_positions() {
                        let contribution = Contribution::Part { op, position, d_out };
                        self.contribute(&op.args[position].operand, contribution, steps);
                    }
                }
                Value::Op(op) => {
                    steps.push(Step::Comment(stmt));
                    let d_out = self.slot(*var);
                    // An adjoint passed on unchanged comes last: it can then be moved.
                    let mut positions = op.differentiable_positions();
                    positions.sort_by_key(|&position| op.moves_adjoint(position));
                    for position in positions {
                        let contribution = Contribution::Back { op, position, out: *var, d_out };
                        self.contribute(&op.args[position].operand, contribution, steps);
                    }
                }
                Value::Copy(operand) => {
                    steps.push(Step::Comment(stmt));
                    let contribution = Contribution::Adjoint(self.slot(*var));
                    self.contribute(operand, contribution, steps);
                }
                Value::Map(map) => self.map_stmt(stmt, *var, map, steps),
                Value::Const(_) => {}
            },
            Stmt::Write(node) => {
                steps.push(Step::Comment(stmt));
                steps.push(Step::Restore(node));
                if self.needed[node.target] {
                    let slot = self.slot(node.target);
                    if !self.declared.contains(&slot) {
                        self.declare_or_hoist(slot, steps);
                    }
                    let contribution = Contribution::Element { adjoint: slot, index: &node.index };
                    self.contribute(&node.value, contribution, steps);
                    *self.contributions.entry(slot).or_default() += 1;
                    steps.push(Step::Clear { target: slot, index: &node.index });
                }
            }
            // A branch or loop that writes elements is reversed whatever it computes: the
            // writes' overwritten values must be put back.
            Stmt::If(node)
                if node.outputs.iter().any(|output| self.needed[output.var])
                    || Write::any_in(&node.then_block)
                    || Write::any_in(&node.else_block) =>
            {
                steps.push(Step::Comment(stmt));
                let (then_steps, mut hoisted) = self.arm(&node.then_block, node, true);
                let (else_steps, else_hoisted) = self.arm(&node.else_block, node, false);
                hoisted.extend(else_hoisted);
                self.place_hoists(hoisted, steps);
                steps.push(Step::If { node, then_steps, else_steps });
            }
            Stmt::For(node)
                if node.carried.iter().any(|carried| self.needed[carried.after])
                    || Write::any_in(&node.body) =>
            {
                self.taped.insert(node.tape.to_string());
                steps.push(Step::Comment(stmt));
                let carries_adjoints =
                    node.carried.iter().any(|carried| self.needed[carried.after]);
                let mut running = Vec::new();
                for carried in node.carried.iter().filter(|_| carries_adjoints) {
                    let slot = self.slot(carried.storage);
                    if !self.declared.contains(&slot) {
                        self.declare_or_hoist(slot, steps);
                    }
                    // Each iteration hands the running adjoint on: it is reassigned.
                    *self.contributions.entry(slot).or_default() += 1;
                    running.push((slot, carried.before));
                }
                let saved = self.redirect.clone();
                for carried in &node.carried {
                    let slot = self.slot(carried.storage);
                    self.redirect.insert(carried.end, slot);
                    self.redirect.insert(carried.storage, carried.before);
                }
                self.constructs.push((self.id_of(&node.body), Vec::new()));
                // No recomputation: the tape keeps what the iteration's backward pass reads.
                let mut body = Vec::new();
                self.block(&node.body, &mut body);
                let hoisted = self.constructs.pop().map(|(_, hoisted)| hoisted).unwrap_or_default();
                self.redirect = saved;
                // The popped values' adjoints live for one iteration: each starts afresh.
                for carried in &node.carried {
                    self.declared.remove(&carried.before);
                }
                self.place_hoists(hoisted, steps);
                self.moved_running.extend(running_moves(&body, &running));
                steps.push(Step::For { node, body, running });
            }
            _ => {}
        }
    }

    /// One arm of an `if`: pass the outputs' adjoints in, reverse it (the values it reads that
    /// the arm computed are saved by the forward pass).
    fn arm(
        &mut self,
        block: &'f Block,
        node: &'f If,
        then_arm: bool,
    ) -> (Vec<Step<'f>>, Vec<VarId>) {
        self.constructs.push((self.id_of(block), Vec::new()));
        let mut steps = Vec::new();
        self.redirect_loop_results(block);
        for output in &node.outputs {
            if self.needed[output.var] {
                let value = if then_arm { &output.then_value } else { &output.else_value };
                let contribution = Contribution::Adjoint(self.slot(output.var));
                self.contribute(value, contribution, &mut steps);
            }
        }
        self.block(block, &mut steps);
        let hoisted = self.constructs.pop().map(|(_, hoisted)| hoisted).unwrap_or_default();
        (steps, hoisted)
    }

    /// Declares (zeroed) the outer adjoints a construct contributes to, before it, at the level
    /// that defines them; the others move up to the enclosing construct.
    fn place_hoists(&mut self, hoisted: Vec<VarId>, steps: &mut Vec<Step<'f>>) {
        let here = self.current();
        let mut placed = HashSet::new();
        for var in hoisted {
            if self.home[var] == here {
                if placed.insert(var) {
                    *self.contributions.entry(var).or_default() += 1;
                    steps.push(Step::Declare(var));
                }
            } else if let Some((_, outer)) = self.constructs.last_mut() {
                outer.push(var);
            }
        }
    }

    /// The reversal of `let var = matrix.map(|v| …)`: the closure's backward pass per element,
    /// into the matrix's adjoint, or only into the captured values' when the matrix is constant.
    fn map_stmt(&mut self, stmt: &'f Stmt, var: VarId, map: &'f Map, steps: &mut Vec<Step<'f>>) {
        steps.push(Step::Comment(stmt));
        let (body, captured) = self.map_body(map);
        self.place_hoists(captured, steps);
        let contribution = Contribution::Map { map, d_out: self.slot(var), body };
        let matrix_needed = map.matrix.root().is_some_and(|root| self.needed[root]);
        if matrix_needed {
            self.contribute(&map.matrix, contribution, steps);
        } else if self.needed[var] {
            // The result depends on the parameters only through what the closure captures.
            steps.push(Step::Evaluate(contribution));
        }
    }

    /// The backward pass of a `map` closure, for one element, and the outer adjoints its steps
    /// add into (the captured values', summed over the elements), to be declared before it.
    fn map_body(&mut self, map: &'f Map) -> (Vec<Step<'f>>, Vec<VarId>) {
        if let Some(result) = map.result.root() {
            self.declared.insert(result);
        }
        let id = self.id_of(&map.body);
        self.constructs.push((id, Vec::new()));
        let mut steps = Vec::new();
        self.block(&map.body, &mut steps);
        let captured = self.constructs.pop().map(|(_, hoisted)| hoisted).unwrap_or_default();
        // The closure's own adjoints live for one element.
        let home = &self.home;
        self.declared.retain(|var| home[*var] != id);
        (steps, captured)
    }

    /// Adds `contribution` to the adjoint of `operand`'s variable, if it has one.
    fn contribute(
        &mut self,
        operand: &'f Operand,
        contribution: Contribution<'f>,
        steps: &mut Vec<Step<'f>>,
    ) {
        let (root, projections): (VarId, &'f [Projection]) = match operand {
            Operand::Var(var) => (*var, &[]),
            Operand::Place(var, projections) => (*var, projections.as_slice()),
            Operand::Const(_) => return,
        };
        if !self.needed[root] {
            return;
        }
        let target = self.slot(root);
        *self.contributions.entry(target).or_default() += 1;
        let first = if self.declared.contains(&target) {
            false
        } else if self.home[target] != self.current() {
            // Defined outside this arm or loop: declared (zeroed) before the construct.
            if let Some((_, hoisted)) = self.constructs.last_mut() {
                hoisted.push(target);
            }
            self.declared.insert(target);
            false
        } else if projections.is_empty() {
            self.declared.insert(target);
            true
        } else {
            self.declare(target, steps);
            false
        };
        let fresh = self.first_write(target, projections);
        let assign = !first && fresh;
        steps.push(Step::Contribute { target, projections, value: contribution, first, assign });
    }

    /// Records a write into `projections` of `target`'s adjoint; true when it is the first write
    /// into a field path of an adjoint that the top level declared (zeroed), so that the
    /// contribution can replace the zeros instead of adding to them.
    fn first_write(&mut self, target: VarId, projections: &[Projection]) -> bool {
        let path: Vec<String> = projections
            .iter()
            .map_while(|projection| match projection {
                Projection::Field(member) => {
                    Some(quote::ToTokens::to_token_stream(member).to_string())
                }
                Projection::Index(_) => None,
            })
            .collect();
        let whole_fields = path.len() == projections.len();
        let written = self.written.entry(target).or_default();
        let overlaps = written.iter().any(|earlier| earlier.iter().zip(&path).all(|(a, b)| a == b));
        written.push(path.clone());
        whole_fields
            && !path.is_empty()
            && !overlaps
            && self.constructs.is_empty()
            && self.home[target] == 0
    }

    /// Declares the adjoint of `var` here when `var` is defined here, else before the enclosing
    /// construct, at the level that defines it.
    fn declare_or_hoist(&mut self, var: VarId, steps: &mut Vec<Step<'f>>) {
        if self.home[var] == self.current() {
            self.declare(var, steps);
        } else if let Some((_, hoisted)) = self.constructs.last_mut() {
            hoisted.push(var);
            self.declared.insert(var);
        }
    }

    fn declare(&mut self, var: VarId, steps: &mut Vec<Step<'f>>) {
        self.declared.insert(var);
        *self.contributions.entry(var).or_default() += 1;
        steps.push(Step::Declare(var));
    }
}

// ---- moving a loop's running adjoint ------------------------------------------------------

/// The contributions in one reversed iteration's steps `body` that may move a running adjoint
/// of the loop (`running`: each slot with the value its iteration began with) instead of
/// copying it: in `d_total_before = d_total` for `total_2 = total + …`, the left operand of `+`
/// or `-` takes the result's adjoint unchanged.
///
/// Why a move is right: the backward sweep of each iteration ends with the hand-off
/// `d_total = d_total_before;` (or `d_total = zeros_like(…)`), which assigns the running slot
/// again. A move is allowed only for the *last* step at the top level of `body` that mentions
/// the slot at all (as target, as `d_out`, or anywhere in a nested arm, loop or `map` body:
/// [`mentioned`] looks into them), and only when that step reads the slot as the adjoint it
/// passes on and does not also write it (its target is another adjoint). So between the move
/// and the hand-off nothing reads or writes the slot; the hand-off re-initialises it before the
/// next iteration reads it, and after the last iteration the slot holds the hand-off's value,
/// as before. A loop that runs no iteration moves nothing.
///
/// Nested loops share adjoints: an inner loop may run the enclosing loop's running slot, or
/// hand its own on into the enclosing iteration's `d_total_before`. Each loop decides from its
/// own body and its own hand-offs only: a move inside the inner body is followed by the inner
/// hand-off within the same inner iteration, whatever slot that is, so the slot is assigned
/// again before anything outside the inner iteration (the rest of the outer body, or the next
/// inner iteration) reads it. The enclosing loop sees the inner loop as one step that mentions
/// the shared slot (its body and hand-offs), so its own move can only come after it. The
/// operands of one operation are ordered so that the moving one comes last (see
/// `Reverser::stmt`), so the right operand's `pull_1(&d_total)` reads the slot before.
///
/// Rust checks the same thing again: a running adjoint that is not `Copy` and is read after
/// the move does not compile, and a `Copy` one (a scalar) is left unchanged by the move.
fn running_moves(body: &[Step], running: &[(VarId, VarId)]) -> Vec<(usize, usize)> {
    let mut moves = Vec::new();
    for &(slot, before) in running {
        if slot == before {
            continue;
        }
        let last = body.iter().rposition(|step| {
            let mut vars = HashSet::new();
            mentioned(std::slice::from_ref(step), &mut vars);
            vars.contains(&slot)
        });
        let Some(Step::Contribute {
            target,
            value: Contribution::Back { op, position, out, d_out },
            ..
        }) = last.map(|at| &body[at])
        else {
            continue;
        };
        if *d_out == slot && *target != slot && *out != slot && op.moves_adjoint(*position) {
            moves.push((std::ptr::from_ref(*op) as usize, *position));
        }
    }
    moves
}

// ---- wanted adjoints ----------------------------------------------------------------------

/// The variables whose adjoint only some of the parameters `wrt` need, each with the indices of
/// those parameters: the backward pass computes such an adjoint only when the caller wants one
/// of them, so a call whose argument is constant does no work for it (the first layer's `d_x`).
///
/// Only adjoints the top level of the backward pass computes by a rule or a called function are
/// guarded; an adjoint that a branch, a loop or a `map` touches, the adjoint of a called
/// function's value, and any adjoint that an unguarded one reads are always computed.
pub fn guards(
    function: &Function,
    wrt: &[usize],
    backward: &Backward,
) -> HashMap<VarId, Vec<usize>> {
    let per_param: Vec<(usize, Vec<bool>)> =
        wrt.iter().map(|&index| (index, needed(function, &[index]))).collect();
    let reached =
        per_param.iter().filter(|(index, needed)| needed[function.params[*index].var]).count();
    let mut guards = HashMap::new();
    for var in 0..function.vars.len() {
        let wanting: Vec<usize> =
            per_param.iter().filter(|(_, needed)| needed[var]).map(|(index, _)| *index).collect();
        if !wanting.is_empty() && wanting.len() < reached {
            guards.insert(var, wanting);
        }
    }
    let mut always = HashSet::new();
    let mut reads = Vec::new();
    for step in &backward.steps {
        match step {
            Step::Contribute {
                target,
                value: Contribution::Back { d_out, .. } | Contribution::Part { d_out, .. },
                ..
            } => reads.push((*target, *d_out)),
            Step::Contribute { .. }
            | Step::If { .. }
            | Step::For { .. }
            | Step::Clear { .. }
            | Step::Evaluate(_) => {
                mentioned(std::slice::from_ref(step), &mut always);
            }
            // A called function's pullback runs whenever its value's adjoint is needed.
            Step::Pull { out, d_out, .. } => {
                always.extend([*out, *d_out]);
            }
            Step::Comment(_) | Step::Declare(_) | Step::Restore(_) => {}
        }
    }
    guards.retain(|var, _| !always.contains(var));
    loop {
        let before = guards.len();
        for (target, d_out) in &reads {
            if !guards.contains_key(target) {
                guards.remove(d_out);
            }
        }
        if guards.len() == before {
            break;
        }
    }
    guards
}

/// Every variable whose adjoint `steps` read or write.
fn mentioned(steps: &[Step], vars: &mut HashSet<VarId>) {
    for step in steps {
        match step {
            Step::Declare(var) => {
                vars.insert(*var);
            }
            Step::Contribute { target, value, .. } => {
                vars.insert(*target);
                match value {
                    Contribution::Back { out, d_out, .. } => {
                        vars.extend([*out, *d_out]);
                    }
                    Contribution::Part { d_out, .. } => {
                        vars.insert(*d_out);
                    }
                    Contribution::Adjoint(var) => {
                        vars.insert(*var);
                    }
                    Contribution::Map { map, d_out, body } => {
                        vars.extend([*d_out, map.param]);
                        mentioned(body, vars);
                    }
                    Contribution::Element { adjoint, .. } => {
                        vars.insert(*adjoint);
                    }
                }
            }
            Step::Clear { target, .. } => {
                vars.insert(*target);
            }
            Step::Evaluate(Contribution::Map { map, d_out, body }) => {
                vars.extend([*d_out, map.param]);
                mentioned(body, vars);
            }
            Step::Pull { out, d_out, .. } => {
                vars.extend([*out, *d_out]);
            }
            Step::If { then_steps, else_steps, .. } => {
                mentioned(then_steps, vars);
                mentioned(else_steps, vars);
            }
            Step::For { node, body, running } => {
                for carried in &node.carried {
                    vars.extend([carried.storage, carried.end, carried.before, carried.after]);
                }
                for (slot, before) in running {
                    vars.extend([*slot, *before]);
                }
                mentioned(body, vars);
            }
            Step::Comment(_) | Step::Restore(_) | Step::Evaluate(_) => {}
        }
    }
}

#[cfg(test)]
mod tests;
