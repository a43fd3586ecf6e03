//! Learning-rate schedules: the base rate and the step number in, the rate for that step out.

/// How the learning rate changes over training, after an optional linear warm-up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Schedule {
    /// The base rate throughout.
    Constant,
    /// Multiplied by `factor` every `every` steps.
    Step {
        /// Steps between drops.
        every: u64,
        /// The factor at each drop, such as 0.5.
        factor: f64,
    },
    /// Half a cosine from the base rate down to `floor` over `total` steps (Loshchilov and
    /// Hutter, 2017, without restarts), then `floor`.
    Cosine {
        /// Steps until the floor.
        total: u64,
        /// The final rate.
        floor: f64,
    },
}

impl Schedule {
    /// The rate at `step` (counted from 0): over the first `warmup` steps it rises linearly
    /// from `base/warmup` to `base`, then follows the schedule.
    ///
    /// # Example
    /// ```
    /// use backprop::optim::Schedule;
    ///
    /// let cosine = Schedule::Cosine { total: 100, floor: 0.0 };
    /// assert_eq!(cosine.rate(0.1, 0, 0), 0.1);
    /// assert!((cosine.rate(0.1, 50, 0) - 0.05).abs() < 1e-12);
    /// assert_eq!(Schedule::Constant.rate(0.1, 0, 4), 0.025);
    /// ```
    #[must_use]
    pub fn rate(self, base: f64, step: u64, warmup: u64) -> f64 {
        if step < warmup {
            return base * (step + 1) as f64 / warmup as f64;
        }
        let step = step - warmup;
        match self {
            Schedule::Constant => base,
            Schedule::Step { every, factor } => {
                let drops = i32::try_from(step / every.max(1)).unwrap_or(i32::MAX);
                base * factor.powi(drops)
            }
            Schedule::Cosine { total, floor } => {
                let progress = (step as f64 / total.max(1) as f64).min(1.0);
                floor + (base - floor) * 0.5 * (1.0 + (std::f64::consts::PI * progress).cos())
            }
        }
    }
}
