package io.github.ctokit.scoring.risk.fair;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A re-seedable xoshiro256++ generator (Blackman and Vigna), the algorithm of commons-rng's
 * {@code XO_SHI_RO_256_PP}, kept mutable so that a worker re-seeds one instance per block instead
 * of allocating one: the samplers bound to it are reused. The state is filled from one 64-bit
 * key by SplitMix64, as commons-rng does for short seeds.
 */
final class Stream implements UniformRandomProvider {

  private long s0;
  private long s1;
  private long s2;
  private long s3;

  Stream() {
    reseed(0);
  }

  /** Mixes a 64-bit value (SplitMix64's finaliser, Stafford variant 13). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** The key of a stream: a hash of the simulation seed, the scenario key, the block and a purpose. */
  static long key(long seed, long scenario, long block, int purpose) {
    long h = mix(seed + 0x9e3779b97f4a7c15L);
    h = mix(h ^ scenario);
    h = mix(h ^ (block * 0x632be59bd9b4e019L));
    return mix(h ^ (purpose * 0x9e3779b97f4a7c15L));
  }

  void reseed(long key) {
    long x = key;
    x += 0x9e3779b97f4a7c15L;
    s0 = mix(x);
    x += 0x9e3779b97f4a7c15L;
    s1 = mix(x);
    x += 0x9e3779b97f4a7c15L;
    s2 = mix(x);
    x += 0x9e3779b97f4a7c15L;
    s3 = mix(x);
    if ((s0 | s1 | s2 | s3) == 0) {
      s0 = 1;
    }
  }

  @Override
  public long nextLong() {
    long result = Long.rotateLeft(s0 + s3, 23) + s0;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  @Override
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** A uniform in (0, 1], never 0, for logarithms. */
  double nextOpenDouble() {
    return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
  }
}
