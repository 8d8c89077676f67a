package io.github.ctokit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

class PercentileConventionProperties {

  @Property
  void staysWithinTheSampleAndRisesWithTheLevel(
      @ForAll @Size(min = 1, max = 200) List<@DoubleRange(min = -1e6, max = 1e6) Double> values,
      @ForAll @DoubleRange(min = 0, max = 1) @Scale(6) double p,
      @ForAll @DoubleRange(min = 0, max = 1) double q,
      @ForAll PercentileConvention convention) {
    double[] sorted = sorted(values);
    double atP = convention.of(sorted, Math.min(p, q));
    double atQ = convention.of(sorted, Math.max(p, q));
    assertThat(atP).isBetween(sorted[0], sorted[sorted.length - 1]);
    assertThat(atQ).isGreaterThanOrEqualTo(atP);
    assertThat(convention.of(sorted, 0)).isEqualTo(sorted[0]);
    assertThat(convention.of(sorted, 1)).isEqualTo(sorted[sorted.length - 1]);
  }

  @Property
  void nearestRankAgreesWithCountingDefinition(
      @ForAll @Size(min = 1, max = 200) List<@DoubleRange(min = -1e6, max = 1e6) Double> values,
      @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(6) double p) {
    double[] sorted = sorted(values);
    double x = PercentileConvention.NEAREST_RANK.of(sorted, p);
    // The smallest sample value with at least a share p of the sample at or below it
    // (comparing counts with a tolerance that matches the documented rank rounding).
    long atOrBelow = Arrays.stream(sorted).filter(v -> v <= x).count();
    long below = Arrays.stream(sorted).filter(v -> v < x).count();
    assertThat(atOrBelow).isGreaterThanOrEqualTo((long) Math.ceil(p * sorted.length - 1e-9 * sorted.length));
    assertThat((double) below).isLessThan(p * sorted.length + 1e-9 * sorted.length);
  }

  @Property
  void lowerAndNearestRankReturnSampleValues(
      @ForAll @Size(min = 1, max = 100) List<@DoubleRange(min = -1e3, max = 1e3) Double> values,
      @ForAll @DoubleRange(min = 0, max = 1) double p) {
    double[] sorted = sorted(values);
    assertThat(sorted).contains(PercentileConvention.LOWER.of(sorted, p), PercentileConvention.NEAREST_RANK.of(sorted, p));
    assertThat(PercentileConvention.LOWER.of(sorted, p)).isLessThanOrEqualTo(PercentileConvention.LINEAR.of(sorted, p));
  }

  @Property
  void selectionAgreesExactlyWithSorting(
      @ForAll @Size(min = 1, max = 3000) List<@DoubleRange(min = -5, max = 5) @Scale(1) Double> values,
      @ForAll @Size(min = 1, max = 9) List<@DoubleRange(min = 0, max = 1) @Scale(4) Double> levels,
      @ForAll PercentileConvention convention) {
    // Scale 1 over [-5, 5] gives at most 101 distinct values: many ties, as in loss samples.
    double[] sample = values.stream().mapToDouble(Double::doubleValue).toArray();
    double[] ps = levels.stream().mapToDouble(Double::doubleValue).toArray();
    assertThat(convention.ofUnsorted(sample, ps)).containsExactly(convention.of(sorted(values), ps));
  }

  private static double[] sorted(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }
}
