//! A small seeded random number generator: `SplitMix64` integers and Box–Muller normals.
//!
//! The checker draws the output cotangent, the sampled elements and the random directions from
//! it, each from its own stream of the one printed seed, so a report can be reproduced exactly
//! and changing the budget does not change the cotangent. Written here rather than taken from a
//! crate so that the sequence behind a printed seed never changes with a dependency update.

/// Which draws a generator is for: separate streams keep them independent of each other.
#[derive(Clone, Copy, Debug)]
pub(super) enum Stream {
    Cotangent = 1,
    Sample = 2,
    Directions = 3,
}

/// `SplitMix64` (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014; constants from Vigna's reference `splitmix64.c`).
pub(super) struct Rng {
    state: u64,
}

impl Rng {
    /// A generator for one stream of `seed`.
    pub(super) fn new(seed: u64, stream: Stream) -> Self {
        // Streams start far apart in SplitMix64's sequence: the odd multiplier moves the start
        // by a different multiple of the golden-ratio increment for each stream.
        let mut rng = Rng { state: seed ^ (stream as u64).wrapping_mul(0xd1b5_4a32_d192_ed03) };
        rng.next_u64();
        rng
    }

    pub(super) fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in (0, 1]: the top 53 bits, shifted off zero so that `ln` below stays finite.
    fn unit(&mut self) -> f64 {
        ((self.next_u64() >> 11) + 1) as f64 / (1_u64 << 53) as f64
    }

    /// Uniform in `0..n` (`n > 0`), by Lemire's multiply-shift; its bias of at most n/2⁶⁴ is far
    /// below anything a sample of elements could show.
    pub(super) fn below(&mut self, n: usize) -> usize {
        let wide = (u128::from(self.next_u64()) * n as u128) >> 64;
        usize::try_from(wide).unwrap_or(0)
    }

    /// A standard normal draw (Box and Muller, "A note on the generation of random normal
    /// deviates", Ann. Math. Statist. 1958). Only the cosine half is used: simpler, and speed
    /// does not matter next to the function evaluations.
    pub(super) fn normal(&mut self) -> f64 {
        let radius = (-2.0 * self.unit().ln()).sqrt();
        let angle = std::f64::consts::TAU * self.unit();
        radius * angle.cos()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence_and_streams_differ() {
        let draw = |stream| {
            let mut rng = Rng::new(7, stream);
            (0..4).map(|_| rng.next_u64()).collect::<Vec<_>>()
        };
        assert_eq!(draw(Stream::Sample), draw(Stream::Sample));
        assert_ne!(draw(Stream::Sample), draw(Stream::Directions));
    }

    #[test]
    fn normals_have_mean_zero_and_variance_one() {
        let mut rng = Rng::new(1, Stream::Cotangent);
        let draws: Vec<f64> = (0..20_000).map(|_| rng.normal()).collect();
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        let variance = draws.iter().map(|z| (z - mean).powi(2)).sum::<f64>() / draws.len() as f64;
        assert!(mean.abs() < 0.03, "mean {mean}");
        assert!((variance - 1.0).abs() < 0.05, "variance {variance}");
    }

    #[test]
    fn below_stays_in_range_and_reaches_both_ends() {
        let mut rng = Rng::new(3, Stream::Sample);
        let draws: Vec<usize> = (0..1000).map(|_| rng.below(5)).collect();
        assert!(draws.iter().all(|&k| k < 5));
        assert!(draws.contains(&0) && draws.contains(&4));
    }
}
