package io.github.ctokit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentileConventionTest {

  private static final double[] TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  @Test
  void nearestRankIsTheCeilingRank() {
    assertThat(PercentileConvention.NEAREST_RANK.of(TEN, 0.85)).isEqualTo(9); // ⌈8.5⌉ = 9
    assertThat(PercentileConvention.NEAREST_RANK.of(TEN, 0.80)).isEqualTo(8); // ⌈8⌉ = 8
    assertThat(PercentileConvention.NEAREST_RANK.of(TEN, 0.5)).isEqualTo(5);
    assertThat(PercentileConvention.NEAREST_RANK.of(TEN, 0)).isEqualTo(1);
    assertThat(PercentileConvention.NEAREST_RANK.of(TEN, 1)).isEqualTo(10);
  }

  @Test
  void nearestRankReproducesPublishedExamples() {
    // Wikipedia "Percentile", nearest-rank method, sample {15, 20, 35, 40, 50}.
    double[] five = {15, 20, 35, 40, 50};
    assertThat(PercentileConvention.NEAREST_RANK.of(five, 0.05, 0.30, 0.40, 0.50, 1.0)).containsExactly(15, 20, 20, 35, 50);
    // Lighthouse "When" forecast (REFERENCES §5.7): days-to-done histogram {3:1, 4:2, 5:3, 6:2, 7:1, 9:1}
    // read at 8/30/50/70/85/95 % gives 3/4/5/6/7/9 days.
    double[] days = {3, 4, 4, 5, 5, 5, 6, 6, 7, 9};
    assertThat(PercentileConvention.NEAREST_RANK.of(days, 0.08, 0.30, 0.50, 0.70, 0.85, 0.95)).containsExactly(3, 4, 5, 6, 7, 9);
  }

  @Test
  void nearestRankIgnoresTheLastBinaryDigit() {
    double[] hundred = new double[100];
    for (int i = 0; i < 100; i++) {
      hundred[i] = i + 1;
    }
    // 0.07 * 100 == 7.000000000000001 in double: the rank is still 7.
    assertThat(0.07 * 100).isGreaterThan(7);
    assertThat(PercentileConvention.NEAREST_RANK.of(hundred, 0.07)).isEqualTo(7);
    assertThat(PercentileConvention.NEAREST_RANK.of(hundred, 0.071)).isEqualTo(8);
  }

  @Test
  void linearMatchesExcelPercentileInc() {
    // Excel PERCENTILE.INC({1..10}, 0.85) = 8.65; Wikipedia "Percentile", C = 1 variant,
    // {15, 20, 35, 40, 50} at 40 % = 29.
    assertThat(PercentileConvention.LINEAR.of(TEN, 0.85)).isEqualTo(8.65);
    assertThat(PercentileConvention.LINEAR.of(new double[] {15, 20, 35, 40, 50}, 0.4)).isEqualTo(29);
    assertThat(PercentileConvention.LINEAR.of(TEN, 0.5)).isEqualTo(5.5);
    assertThat(PercentileConvention.LINEAR.of(TEN, 1)).isEqualTo(10);
    assertThat(PercentileConvention.LINEAR.of(new double[] {42}, 0.3)).isEqualTo(42);
  }

  @Test
  void lowerGivesTheLowerMedian() {
    assertThat(PercentileConvention.LOWER.of(TEN, 0.5)).isEqualTo(5);
    assertThat(PercentileConvention.LOWER.of(new double[] {1, 2, 3}, 0.5)).isEqualTo(2);
    assertThat(PercentileConvention.LOWER.of(TEN, 0.85)).isEqualTo(8);
  }

  @Test
  void severalLevelsAtOnce() {
    assertThat(PercentileConvention.NEAREST_RANK.of(TEN, 0.1, 0.5, 0.95)).containsExactly(1, 5, 10);
  }

  @Test
  void unsortedSamplesGiveTheSameAnswerWithoutSorting() {
    double[] shuffled = {7, 3, 10, 1, 9, 2, 8, 4, 6, 5};
    double[] copy = shuffled.clone();
    assertThat(PercentileConvention.LINEAR.ofUnsorted(shuffled, 0.85, 0.5, 0)).containsExactly(8.65, 5.5, 1.0);
    assertThat(PercentileConvention.NEAREST_RANK.ofUnsorted(shuffled, 0.85)).containsExactly(9);
    assertThat(shuffled).containsExactly(copy);
  }

  @Test
  void adversarialOrdersStayFastAndShallow() {
    // Sorted, reversed, constant and organ-pipe inputs defeat naive pivots; the depth limit falls
    // back to sorting, so these finish without deep recursion.
    int n = 200_000;
    double[] ascending = new double[n];
    double[] descending = new double[n];
    double[] constant = new double[n];
    double[] organPipe = new double[n];
    for (int i = 0; i < n; i++) {
      ascending[i] = i;
      descending[i] = n - i;
      constant[i] = 42;
      organPipe[i] = Math.min(i, n - i);
    }
    double[] levels = {0.05, 0.5, 0.95, 0.999};
    for (double[] sample : new double[][] {ascending, descending, constant, organPipe}) {
      double[] sorted = sample.clone();
      java.util.Arrays.sort(sorted);
      for (PercentileConvention convention : PercentileConvention.values()) {
        assertThat(convention.ofUnsorted(sample, levels)).containsExactly(convention.of(sorted, levels));
      }
    }
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> PercentileConvention.LINEAR.ofUnsorted(new double[] {2, Double.NaN}, 0.5))
        .hasMessage("sample[1] must be a finite number (was NaN)");
    assertThatThrownBy(() -> PercentileConvention.LINEAR.ofUnsorted(new double[0], 0.5)).hasMessage("sample must not be empty");
    assertThatThrownBy(() -> PercentileConvention.LINEAR.of(new double[0], 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sample must not be empty");
    assertThatThrownBy(() -> PercentileConvention.LINEAR.of(new double[] {3, 1}, 0.5))
        .hasMessage("sample must be sorted ascending (sample[1] = 1 < sample[0] = 3)\nMaybe use ofUnsorted, which needs no sorting");
    assertThatThrownBy(() -> PercentileConvention.LINEAR.of(new double[] {1, Double.NaN}, 0.5))
        .hasMessage("sample[1] must be a finite number (was NaN)");
    assertThatThrownBy(() -> PercentileConvention.LINEAR.of(new double[] {1, Double.POSITIVE_INFINITY}, 0.5))
        .hasMessage("sample[1] must be a finite number (was Infinity)");
    assertThatThrownBy(() -> PercentileConvention.LINEAR.of(new double[] {Double.NEGATIVE_INFINITY, 1}, 0.5))
        .hasMessage("sample[0] must be a finite number (was -Infinity)");
    assertThatThrownBy(() -> PercentileConvention.LINEAR.of(TEN, 1.5)).hasMessage("p must be within [0, 1] (was 1.5)");
    assertThatThrownBy(() -> PercentileConvention.LINEAR.of(TEN, 0.5, -1)).hasMessage("levels[1] must be within [0, 1] (was -1)");
    assertThatThrownBy(() -> PercentileConvention.LINEAR.of(null, 0.5))
        .isInstanceOf(NullPointerException.class).hasMessage("sortedAscending");
  }
}
