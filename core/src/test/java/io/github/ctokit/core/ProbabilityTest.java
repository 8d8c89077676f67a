package io.github.ctokit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProbabilityTest {

  @Test
  void acceptsTheClosedUnitInterval() {
    assertThat(Probability.of(0).value()).isZero();
    assertThat(Probability.of(1).value()).isEqualTo(1.0);
    assertThat(Probability.of(0.3).value()).isEqualTo(0.3);
    assertThat(Probability.of(0)).isSameAs(Probability.ZERO);
    assertThat(Probability.of(1)).isSameAs(Probability.ONE);
  }

  @Test
  void negativeZeroIsZero() {
    assertThat(Probability.of(-0.0)).isEqualTo(Probability.ZERO);
    assertThat(Double.doubleToRawLongBits(Probability.of(-0.0).value())).isZero();
  }

  @Test
  void rejectionNamesFieldRuleAndValue() {
    assertThatThrownBy(() -> Probability.of(1.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability must be within [0, 1] (was 1.3)\nMaybe it is a percentage: use Probability.ofPercent(1.3)");
    assertThatThrownBy(() -> Probability.of(-0.2))
        .hasMessage("probability must be within [0, 1] (was -0.2)");
    assertThatThrownBy(() -> Probability.of(250))
        .hasMessage("probability must be within [0, 1] (was 250)");
    assertThatThrownBy(() -> Probability.of(Double.NaN))
        .hasMessage("probability must be a finite number (was NaN)");
    assertThatThrownBy(() -> Probability.of(Double.POSITIVE_INFINITY))
        .hasMessage("probability must be a finite number (was Infinity)");
  }

  @Test
  void percentages() {
    assertThat(Probability.ofPercent(25)).isEqualTo(Probability.of(0.25));
    assertThat(Probability.ofPercent(100)).isSameAs(Probability.ONE);
    assertThat(Probability.of(0.125).percent()).isEqualTo(12.5);
    assertThatThrownBy(() -> Probability.ofPercent(101))
        .hasMessage("probability percentage must be within [0, 100] (was 101)");
  }

  @Test
  void parsesDecimalsAndPercentages() {
    assertThat(Probability.parse("0.25")).isEqualTo(Probability.of(0.25));
    assertThat(Probability.parse("1")).isSameAs(Probability.ONE);
    assertThat(Probability.parse(".5")).isEqualTo(Probability.of(0.5));
    assertThat(Probability.parse("12.5%")).isEqualTo(Probability.of(0.125));
    assertThat(Probability.parse("100%")).isSameAs(Probability.ONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "%", "abc", " 0.5", "0.5 ", "0,5", "1e-3", "+0.5", "-0.5", "0.5.1", "50 %", "NaN", "Infinity"})
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> Probability.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("probability text must be a decimal such as 0.25 or a percentage such as 25% (was \"");
  }

  @Test
  void parseReportsOutOfRangeValues() {
    assertThatThrownBy(() -> Probability.parse("1.5")).hasMessageStartingWith("probability must be within [0, 1] (was 1.5)");
    assertThatThrownBy(() -> Probability.parse("120%")).hasMessage("probability percentage must be within [0, 100] (was 120)");
  }

  @Test
  void longTextIsNotEchoedInFull() {
    String text = "9".repeat(500);
    assertThatThrownBy(() -> Probability.parse(text))
        .hasMessageContaining("(500 characters)")
        .message()
        .hasSizeLessThan(200);
  }

  @Test
  void independentEvents() {
    Probability p = Probability.of(0.3);
    Probability q = Probability.of(0.25);
    assertThat(p.and(q).value()).isCloseTo(0.075, within(1e-15));
    assertThat(p.or(q).value()).isCloseTo(0.475, within(1e-15));
    assertThat(p.complement().value()).isCloseTo(0.7, within(1e-15));
    assertThat(Probability.ONE.complement()).isSameAs(Probability.ZERO);
  }

  @Test
  void predicatesAndOrder() {
    assertThat(Probability.ZERO.isZero()).isTrue();
    assertThat(Probability.ONE.isCertain()).isTrue();
    assertThat(Probability.of(0.5).isZero()).isFalse();
    assertThat(Probability.of(0.2)).isLessThan(Probability.of(0.3));
  }

  @Test
  void printsAPlainDecimal() {
    assertThat(Probability.of(0.25)).hasToString("0.25");
    assertThat(Probability.of(1e-7)).hasToString("0.0000001");
    assertThat(Probability.ZERO).hasToString("0");
    assertThat(Probability.ONE).hasToString("1");
  }
}
