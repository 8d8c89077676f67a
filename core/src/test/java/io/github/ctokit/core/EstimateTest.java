package io.github.ctokit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class EstimateTest {

  @Test
  void threePoint() {
    Estimate e = Estimate.threePoint(3, 5, 12);
    assertThat(e.kind()).isEqualTo(Estimate.Kind.THREE_POINT);
    assertThat(e.low()).isEqualTo(3);
    assertThat(e.mostLikely()).hasValue(5);
    assertThat(e.high()).isEqualTo(12);
    assertThat(e.confidence()).isSameAs(Probability.ONE);
    assertThat(e.width()).isEqualTo(9);
    assertThat(e.contains(3)).isTrue();
    assertThat(e.contains(12)).isTrue();
    assertThat(e.contains(12.5)).isFalse();
    assertThat(e).hasToString("Estimate[3, 5, 12]");
  }

  @Test
  void pointEstimateAndModeAtABound() {
    assertThat(Estimate.exactly(4)).isEqualTo(Estimate.threePoint(4, 4, 4));
    assertThat(Estimate.exactly(4).width()).isZero();
    assertThat(Estimate.threePoint(1, 1, 3).mostLikely()).hasValue(1);
    assertThat(Estimate.threePoint(1, 3, 3).mostLikely()).hasValue(3);
  }

  @Test
  void threePointOrderingIsEnforced() {
    assertThatThrownBy(() -> Estimate.threePoint(5, 3, 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("estimate must satisfy minimum ≤ mostLikely ≤ maximum (was 5, 3, 12)");
    assertThatThrownBy(() -> Estimate.threePoint(1, 13, 12))
        .hasMessage("estimate must satisfy minimum ≤ mostLikely ≤ maximum (was 1, 13, 12)");
    assertThatThrownBy(() -> Estimate.threePoint(1, Double.NaN, 12))
        .hasMessage("mostLikely must be a finite number (was NaN)");
  }

  @Test
  void ninetyPercentInterval() {
    Estimate e = Estimate.ninetyPercent(50_000, 2_000_000);
    assertThat(e.kind()).isEqualTo(Estimate.Kind.CONFIDENCE_INTERVAL);
    assertThat(e.confidence()).isEqualTo(Probability.of(0.9));
    assertThat(e.mostLikely()).isEmpty();
    assertThat(e).hasToString("Estimate[50000..2000000 @ 0.9]");
  }

  @Test
  void intervalRules() {
    assertThatThrownBy(() -> Estimate.ninetyPercent(5, 5))
        .hasMessage("interval must satisfy lower < upper (was 5, 5)");
    assertThatThrownBy(() -> Estimate.interval(1, 2, Probability.ONE))
        .hasMessage("confidence must be within (0, 1) (was 1)\nMaybe use Estimate.threePoint for hard minimum and maximum bounds");
    assertThatThrownBy(() -> Estimate.interval(1, 2, Probability.ZERO)).hasMessageStartingWith("confidence must be within (0, 1) (was 0)");
    assertThatThrownBy(() -> Estimate.interval(Double.NEGATIVE_INFINITY, 2, Probability.of(0.8)))
        .hasMessage("lower must be a finite number (was -Infinity)");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Estimate.threePoint(1, 2, 3), Estimate.threePoint(1, 2, 3))
        .addEqualityGroup(Estimate.threePoint(1, 2.5, 3))
        .addEqualityGroup(Estimate.ninetyPercent(1, 3), Estimate.interval(1, 3, Probability.of(0.9)))
        .addEqualityGroup(Estimate.interval(1, 3, Probability.of(0.8)))
        .addEqualityGroup(Estimate.exactly(0), Estimate.exactly(-0.0))
        .testEquals();
  }
}
