package io.github.ctokit.benchmarks.cvss;

import io.github.ctokit.scoring.risk.cvss.Cvss;
import java.util.Arrays;
import java.util.Locale;

/**
 * A paired companion to {@link CvssBenchmark} for shared, noisy machines: it alternates short
 * slices of ctokit and springett on the same vector set and reports the median of the per-slice
 * speed-ups, so both libraries see the same background load. JMH's numbers remain the reference;
 * this only makes the ratio robust when the load changes between JMH runs.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.ctokit.benchmarks.cvss.CvssPairedRatio
 * </pre>
 */
public final class CvssPairedRatio {

  private static volatile Object sink;

  private CvssPairedRatio() {}

  /**
   * Runs the measurement and prints one line per vector set.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    for (String set : new String[] {"v31", "v40", "mix"}) {
      CvssBenchmark state = new CvssBenchmark();
      state.set = set;
      state.setUp();
      String[] vectors = vectorsOf(state);
      // Warm both up.
      for (int i = 0; i < 30; i++) {
        slice(vectors, true);
        slice(vectors, false);
      }
      int rounds = 60;
      double[] ratios = new double[rounds];
      double[] ctokit = new double[rounds];
      double[] springett = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        boolean first = r % 2 == 0;
        double a = slice(vectors, first);
        double b = slice(vectors, !first);
        ctokit[r] = first ? a : b;
        springett[r] = first ? b : a;
        ratios[r] = springett[r] / ctokit[r];
      }
      Arrays.sort(ratios);
      Arrays.sort(ctokit);
      Arrays.sort(springett);
      System.out.printf(Locale.ROOT, "%s: ctokit %.0f ns/op, springett %.0f ns/op (medians); speed-up median %.1fx,"
          + " quartiles %.1fx-%.1fx over %d paired slices%n", set, ctokit[rounds / 2], springett[rounds / 2],
          ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4], rounds);
    }
  }

  private static String[] vectorsOf(CvssBenchmark state) {
    try {
      java.lang.reflect.Field f = CvssBenchmark.class.getDeclaredField("vectors");
      f.setAccessible(true);
      return (String[]) f.get(state);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses and scores the set a few times; returns ns per vector. */
  private static double slice(String[] vectors, boolean ctokit) {
    long start = System.nanoTime();
    int n = 0;
    for (int rep = 0; rep < 3; rep++) {
      for (String v : vectors) {
        sink = ctokit ? Cvss.score(v).overall() : us.springett.cvss.Cvss.fromVector(v).calculateScore();
        n++;
      }
    }
    return (System.nanoTime() - start) / (double) n;
  }
}
