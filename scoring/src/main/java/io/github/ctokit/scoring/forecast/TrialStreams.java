package io.github.ctokit.scoring.forecast;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * One independent xoshiro128++ stream per Monte Carlo trial, seeded from the forecast seed and
 * the trial number by SplitMix64 mixing. Trial {@code i} therefore draws the same numbers whatever
 * the other trials do: forecasts for N and N + k items share their random numbers trial by trial
 * (so more items never finish earlier, trial by trial), and the result does not depend on the
 * order or the thread in which trials run.
 */
final class TrialStreams {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private TrialStreams() {}

  static UniformRandomProvider forTrial(long seed, int trial) {
    long base = mix(seed);
    long a = mix(base + (2L * trial + 1) * GOLDEN_GAMMA);
    long b = mix(base + (2L * trial + 2) * GOLDEN_GAMMA);
    if (a == 0 && b == 0) {
      b = GOLDEN_GAMMA; // the all-zero state is the one xoroshiro cannot leave
    }
    return new XoRoShiRo128PlusPlus(a, b);
  }

  /** SplitMix64's finaliser (Stafford variant 13). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
