package io.github.ctokit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ExpProperties {

  private static void assertWithinTwoUlps(double x) {
    double exact = StrictMath.exp(x);
    if (Double.isInfinite(exact) || exact == 0) {
      assertThat(Exp.exp(x)).as("exp(%s)", x).isEqualTo(exact);
      return;
    }
    assertThat(Math.abs(Exp.exp(x) - exact)).as("exp(%s)", x).isLessThanOrEqualTo(2 * Math.ulp(exact));
  }

  @Property(tries = 10_000)
  void withinTwoUlpsOverTheWholeRange(@ForAll @DoubleRange(min = -746, max = 710) double x) {
    assertWithinTwoUlps(x);
  }

  @Property(tries = 10_000)
  void withinTwoUlpsWhereLossMagnitudesLive(@ForAll @DoubleRange(min = -5, max = 40) double x) {
    assertWithinTwoUlps(x);
  }

  @Test
  void edgesAndSpecialValues() {
    for (double x : new double[] {0, -0.0, 1, -1, 1e-300, -1e-300, 708.9999, 709, 709.78, 709.8, -707.9999, -708,
        -745.1, -746, Math.log(2) / 64, -Math.log(2) / 128, Math.log(2) / 128}) {
      assertWithinTwoUlps(x);
    }
    assertThat(Exp.exp(0)).isEqualTo(1.0);
    assertThat(Exp.exp(1000)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Exp.exp(-1000)).isZero();
    assertThat(Exp.exp(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(Exp.exp(Double.NaN)).isNaN();
  }

  @Test
  void worstCaseOverADenseGridIsAtMostTwoUlps() {
    double worst = 0;
    for (double x = -700; x < 700; x += 0.0137) {
      double exact = StrictMath.exp(x);
      worst = Math.max(worst, Math.abs(Exp.exp(x) - exact) / Math.ulp(exact));
    }
    assertThat(worst).isLessThanOrEqualTo(2);
  }
}
