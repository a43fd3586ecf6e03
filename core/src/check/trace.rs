//! Branch traces: how the checker tells a kink from a bug.
//!
//! Non-smooth rules (`relu`, `abs`, `max`, `min`) and the branches of generated code record which
//! side they took. While the checker evaluates a function it collects these decisions into a
//! fingerprint; when two points of a finite-difference stencil have different fingerprints, the
//! stencil crossed a kink and the difference quotient says nothing about the derivative there.
//! Outside the checker, recording costs one read of a thread-local flag per decision (inlined; the
//! recording itself is out of line).

use std::cell::Cell;

thread_local! {
    static TRACE: Cell<Option<u64>> = const { Cell::new(None) };
    /// `TRACE.is_some()`, kept apart so that the hot path (no checker) reads one flag. Derived
    /// state, kept for a measured reason: reading `TRACE` instead made the per-element `if` in a
    /// `map` closure (`bench_calls 100 learner`, the Huber `map` row) 4–7 % slower, five
    /// interleaved runs each.
    static RECORDING: Cell<bool> = const { Cell::new(false) };
}

/// True while the checker is recording decisions on this thread.
///
/// Rules that would record one decision per matrix element test this first.
#[must_use]
#[inline]
pub fn is_recording() -> bool {
    RECORDING.with(Cell::get)
}

/// Records one decision (which side of a kink, which arm of a branch) when recording.
///
/// Outside the checker this is one read of a thread-local flag; the recording itself is out of
/// line.
#[inline]
pub fn record(decision: u64) {
    if is_recording() {
        record_cold(decision);
    }
}

#[cold]
#[inline(never)]
fn record_cold(decision: u64) {
    TRACE.with(|trace| {
        if let Some(fingerprint) = trace.get() {
            trace.set(Some(mix(fingerprint, decision)));
        }
    });
}

/// Records the value of a branch condition and returns it unchanged.
///
/// Generated code wraps each data-dependent condition in it: `if branch(x < 1.0) { … }`.
#[must_use]
#[inline]
pub fn branch(condition: bool) -> bool {
    record(u64::from(condition));
    condition
}

/// Sets the trace, and the flag that says whether there is one; returns the trace before.
fn set_trace(trace: Option<u64>) -> Option<u64> {
    RECORDING.with(|recording| recording.set(trace.is_some()));
    TRACE.with(|current| current.replace(trace))
}

/// Runs `f` while recording, and returns its result with the fingerprint of its decisions.
///
/// Nested calls each get their own fingerprint; the outer recording resumes afterwards.
pub fn traced<R>(f: impl FnOnce() -> R) -> (R, u64) {
    struct Restore(Option<u64>);
    impl Drop for Restore {
        fn drop(&mut self) {
            set_trace(self.0);
        }
    }
    let _restore = Restore(set_trace(Some(SEED)));
    let result = f();
    let fingerprint = TRACE.with(Cell::get).unwrap_or(SEED);
    (result, fingerprint)
}

const SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// One round of the `SplitMix64` finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom
/// number generators", OOPSLA 2014), so that the order of decisions matters.
fn mix(fingerprint: u64, decision: u64) -> u64 {
    let mut z = fingerprint.rotate_left(5) ^ decision.wrapping_add(SEED);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_change_the_fingerprint_only_while_recording() {
        record(1);
        assert!(!is_recording());
        let ((), same_a) = traced(|| {
            let _ = branch(true);
        });
        let ((), same_b) = traced(|| {
            let _ = branch(true);
        });
        let ((), other) = traced(|| {
            let _ = branch(false);
        });
        assert_eq!(same_a, same_b);
        assert_ne!(same_a, other);
        assert!(!is_recording());
    }

    #[test]
    fn the_flag_follows_the_trace_through_nesting_and_panics() {
        assert!(!is_recording());
        let ((), _) = traced(|| {
            assert!(is_recording());
            let ((), _) = traced(|| assert!(is_recording()));
            assert!(is_recording());
        });
        assert!(!is_recording());
        let unwound = std::panic::catch_unwind(|| traced(|| panic!("inside the checker")));
        assert!(unwound.is_err());
        assert!(!is_recording());
        // After the panic, decisions are recorded again only inside `traced`.
        let ((), a) = traced(|| record(3));
        let ((), b) = traced(|| record(4));
        assert_ne!(a, b);
    }

    #[test]
    fn order_of_decisions_matters() {
        let ((), ab) = traced(|| {
            record(1);
            record(2);
        });
        let ((), ba) = traced(|| {
            record(2);
            record(1);
        });
        assert_ne!(ab, ba);
    }

    #[test]
    fn nested_traces_restore_the_outer_one() {
        let (inner, outer) = traced(|| {
            record(7);
            let ((), inner) = traced(|| record(8));
            record(9);
            inner
        });
        let ((), expected_outer) = traced(|| {
            record(7);
            record(9);
        });
        assert_eq!(outer, expected_outer);
        assert_ne!(inner, outer);
    }
}
