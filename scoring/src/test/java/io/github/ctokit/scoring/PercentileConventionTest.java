package io.github.ctokit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
    // Excel: PERCENTILE.INC({1..10}, 0.85) = 8.65; PERCENTILE.INC({15,20,35,40,50}, 0.4) = 29
    assertThat(PercentileConvention.LINEAR.of(TEN, 0.85)).isCloseTo(8.65, within(1e-12));
    assertThat(PercentileConvention.LINEAR.of(new double[] {15, 20, 35, 40, 50}, 0.4)).isCloseTo(29, within(1e-12));
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
  void rejectsBadInput() {
    assertThatThrownBy(() -> PercentileConvention.LINEAR.of(new double[0], 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sample must not be empty");
    assertThatThrownBy(() -> PercentileConvention.LINEAR.of(new double[] {3, 1}, 0.5))
        .hasMessage("sample must be sorted ascending (sample[1] = 1 < sample[0] = 3)\nMaybe sort a copy first: Arrays.sort(values.clone())");
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
