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

#[cfg(test)]
mod tests {
    use super::{finish, phase, start};

    #[test]
    fn a_phase_run_twice_is_reported_once_with_its_total_and_only_while_switched_on() {
        assert_eq!(phase("off", || 1), 1);
        start();
        phase("a", || ());
        phase("b", || ());
        phase("a", || ());
        let line = finish();
        let words: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(words.len(), 4, "`{line}`");
        assert_eq!((words[0], words[2]), ("a", "b"), "`{line}`");
        assert!(words[1].parse::<u128>().is_ok() && words[3].parse::<u128>().is_ok(), "`{line}`");
        assert_eq!(finish(), "", "the record stays on after finish");
    }
}
