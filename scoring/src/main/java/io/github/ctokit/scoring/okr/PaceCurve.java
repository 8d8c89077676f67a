package io.github.ctokit.scoring.okr;

import io.github.ctokit.core.internal.Checks;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The progress expected at each point of a cycle, as a function of the elapsed fraction
 * {@code e ∈ [0, 1]}: linear ({@code e}), or a step function through milestones. Immutable.
 *
 * <pre>{@code
 * PaceCurve.linear().expected(0.5);                                          // 0.5
 * PaceCurve.milestones(new double[] {0.25, 0.5, 1}, new double[] {0.1, 0.4, 1}).expected(0.6);  // 0.4
 * }</pre>
 */
public final class PaceCurve {

  private static final PaceCurve LINEAR = new PaceCurve(new double[0], new double[0]);

  private final double[] at;
  private final double[] expected;

  private PaceCurve(double[] at, double[] expected) {
    this.at = at;
    this.expected = expected;
  }

  /**
   * Returns the linear curve: expected progress equals elapsed time.
   *
   * @return the curve
   */
  public static PaceCurve linear() {
    return LINEAR;
  }

  /**
   * Returns a step curve: before the first milestone 0 is expected; from milestone {@code i} on,
   * {@code expected[i]}.
   *
   * @param at elapsed fractions within [0, 1], strictly increasing
   * @param expected expected progress at each, within [0, 1], non-decreasing
   * @return the curve
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the arrays differ in length, are empty, or break the rules
   */
  public static PaceCurve milestones(double[] at, double[] expected) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(expected, "expected");
    if (at.length == 0 || at.length != expected.length) {
      throw new IllegalArgumentException("milestones must be non-empty with one expected value each (was "
          + at.length + " and " + expected.length + ")");
    }
    for (int i = 0; i < at.length; i++) {
      Checks.requireWithin("milestones.at[" + i + "]", at[i], 0, 1);
      Checks.requireWithin("milestones.expected[" + i + "]", expected[i], 0, 1);
      if (i > 0 && (at[i] <= at[i - 1] || expected[i] < expected[i - 1])) {
        throw new IllegalArgumentException("milestones must have increasing at and non-decreasing expected values (index " + i + ")");
      }
    }
    return new PaceCurve(at.clone(), expected.clone());
  }

  /**
   * Returns the expected progress.
   *
   * @param elapsed the elapsed fraction of the cycle, within [0, 1]
   * @return the expected progress, within [0, 1]
   */
  public double expected(double elapsed) {
    if (at.length == 0) {
      return elapsed;
    }
    double e = 0;
    for (int i = 0; i < at.length && at[i] <= elapsed; i++) {
      e = expected[i];
    }
    return e;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PaceCurve other && Arrays.equals(other.at, at) && Arrays.equals(other.expected, expected);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(at) * 31 + Arrays.hashCode(expected);
  }

  /** Returns {@code LINEAR} or the milestones. */
  @Override
  public String toString() {
    return at.length == 0 ? "LINEAR" : "MILESTONES" + Arrays.toString(at) + "→" + Arrays.toString(expected);
  }
}
