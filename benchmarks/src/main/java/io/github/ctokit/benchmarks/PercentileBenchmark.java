package io.github.ctokit.benchmarks;

import io.github.ctokit.scoring.PercentileConvention;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The percentile read-out every simulation ends with: seven percentiles (P5 … P99.9) of a sample
 * of annual losses, from unsorted data. 10,000 years is the usual FAIR run (pyfair, evaluator);
 * 1,000,000 the large one. Side by side with Apache Commons Math 3 {@code Percentile} (R-7, the
 * same definition as {@link PercentileConvention#LINEAR}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PercentileBenchmark {

  private static final double[] LEVELS = {0.05, 0.10, 0.50, 0.90, 0.95, 0.99, 0.999};

  @Param({"10000", "1000000"})
  int size;

  private double[] losses;

  @Setup
  public void generate() {
    SplittableRandom random = new SplittableRandom(42);
    losses = new double[size];
    for (int i = 0; i < size; i++) {
      // Most years lose nothing; the others lose a heavy-tailed amount.
      losses[i] = random.nextDouble() < 0.7 ? 0 : Math.exp(11 + 1.5 * random.nextGaussian());
    }
  }

  @Benchmark
  public double[] ctokitSortThenLinear() {
    double[] sorted = losses.clone();
    Arrays.sort(sorted);
    return PercentileConvention.LINEAR.of(sorted, LEVELS);
  }

  @Benchmark
  public double[] ctokitSelectLinear() {
    return PercentileConvention.LINEAR.ofUnsorted(losses, LEVELS);
  }

  @Benchmark
  public double[] commonsMathPercentile() {
    Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    percentile.setData(losses);
    double[] result = new double[LEVELS.length];
    for (int i = 0; i < LEVELS.length; i++) {
      result[i] = percentile.evaluate(LEVELS[i] * 100);
    }
    return result;
  }
}
