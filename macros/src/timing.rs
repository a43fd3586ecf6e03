//! How long each phase of one expansion takes, for finding where the macro's time goes.
//!
//! In: the phases of an expansion, each run through [`phase`] while [`start`] has switched the
//! record on (only when `BACKPROP_TIME_EXPANSION` is set). Out: [`finish`]'s line of
//! `name nanoseconds` pairs, which `differentiable` prints beside its total. When the record is
//! off, [`phase`] just runs its closure.

use std::cell::RefCell;
use std::fmt::Write;
use std::time::Instant;

thread_local! {
    /// The phases timed so far in this thread's expansion: name and wall-clock nanoseconds.
    static PHASES: RefCell<Option<Vec<(&'static str, u128)>>> = const { RefCell::new(None) };
}

/// Switches the record on for the expansion about to run, empty.
pub fn start() {
    PHASES.with(|phases| *phases.borrow_mut() = Some(Vec::new()));
}

/// Runs `run` and, when the record is on, adds its wall-clock time to `name`'s total (a phase
/// that runs several times, or inside another, is counted in each).
pub fn phase<T>(name: &'static str, run: impl FnOnce() -> T) -> T {
    if PHASES.with(|phases| phases.borrow().is_none()) {
        return run();
    }
    let started = Instant::now();
    let value = run();
    let nanos = started.elapsed().as_nanos();
    PHASES.with(|phases| {
        if let Some(phases) = phases.borrow_mut().as_mut() {
            match phases.iter_mut().find(|(seen, _)| *seen == name) {
                Some((_, total)) => *total += nanos,
                None => phases.push((name, nanos)),
            }
        }
    });
    value
}

/// Switches the record off and returns it as `name nanoseconds` pairs, in the order first run.
pub fn finish() -> String {
    let phases = PHASES.with(|phases| phases.borrow_mut().take()).unwrap_or_default();
    let mut line = String::new();
    for (name, nanos) in phases {
        let _ = write!(line, " {name} {nanos}");
    }
    line
}
