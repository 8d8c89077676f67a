package io.github.ctokit.core.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.internal.SpecialFunctions;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Worked examples (REFERENCES §3.2, §3.5) and the validation of every factory. */
class DistributionTest {

  @Test
  void normalQuantileIsAccurate() {
    assertThat(SpecialFunctions.normalQuantile(0.95)).isCloseTo(1.6448536269514722, within(1e-14));
    assertThat(SpecialFunctions.normalQuantile(0.05)).isCloseTo(-1.6448536269514722, within(1e-14));
    assertThat(SpecialFunctions.normalQuantile(0.975)).isCloseTo(1.959963984540054, within(1e-14));
    assertThat(SpecialFunctions.normalCdf(1.959963984540054)).isCloseTo(0.975, within(1e-15));
    assertThat(SpecialFunctions.normalQuantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-9));
  }

  @Test
  void modifiedPertMean() {
    // Beta-PERT (5, 20, 50), γ = 2 → mean 23.75
    assertThat(Distribution.pert(5, 20, 50, 2).mean()).isCloseTo(23.75, within(1e-12));
  }

  @Test
  void pertVarianceVoseVersusMomentMatched() {
    // symmetric γ = 4: (b − a)²/28 (Vose) vs (b − a)²/36 (pyfair moments)
    Distribution vose = Distribution.pert(0, 5, 10);
    Distribution pyfair = Distribution.pertMomentMatched(0, 5, 10, 4);
    assertThat(vose.variance()).isCloseTo(100.0 / 28, within(1e-12));
    assertThat(pyfair.variance()).isCloseTo(100.0 / 36, within(1e-12));
    assertThat(pyfair.mean()).isEqualTo(vose.mean());
    assertThat(pyfair.kind()).isEqualTo(Distribution.Kind.PERT_MOMENT_MATCHED);
    // Vose variance formula (μ − a)(b − μ)/(γ + 3) for an asymmetric case
    Distribution skew = Distribution.pert(1, 2, 10, 3);
    double mu = (1 + 3 * 2 + 10) / 5.0;
    assertThat(skew.mean()).isCloseTo(mu, within(1e-12));
    assertThat(skew.variance()).isCloseTo((mu - 1) * (10 - mu) / 6, within(1e-12));
  }

  @Test
  void pertCdfIsTheBetaCdf() {
    // symmetric PERT: median at the mode; classic PERT(0, 0, 1) is Beta(1, 5): F(x) = 1 − (1 − x)⁵
    assertThat(Distribution.pert(0, 5, 10).cdf(5)).isCloseTo(0.5, within(1e-12));
    assertThat(Distribution.pert(0, 0, 1).cdf(0.3)).isCloseTo(1 - Math.pow(0.7, 5), within(1e-12));
  }

  @Test
  void lognormalExamplesFromRiskquant() {
    // tests/test_model_lognormal.py: (635000, 19000000) mean ≈ 5922706.83351131
    assertThat(Distribution.lognormal90(635_000, 19_000_000).mean()).isCloseTo(5922706.83351131, within(1e-4));
    Distribution d = Distribution.lognormal90(1, 10);
    assertThat(d.cdf(1)).isBetween(0.049, 0.051);
    assertThat(d.cdf(10)).isBetween(0.949, 0.951);
  }

  @Test
  void lognormalFromMomentsRoundTrips() {
    Distribution d = Distribution.lognormalFromMoments(1000, 2500);
    assertThat(d.mean()).isCloseTo(1000, within(1e-9));
    assertThat(d.standardDeviation()).isCloseTo(2500, within(1e-8));
    Distribution q = Distribution.lognormalFromQuantiles(0.1, 50, 0.99, 5000);
    assertThat(q.cdf(50)).isCloseTo(0.1, within(1e-12));
    assertThat(q.cdf(5000)).isCloseTo(0.99, within(1e-12));
  }

  @Test
  void truncatedNormalMoments() {
    // half-normal: mean σ√(2/π), variance σ²(1 − 2/π)
    Distribution d = Distribution.truncatedNormal(0, 2, 0, Double.POSITIVE_INFINITY);
    assertThat(d.mean()).isCloseTo(2 * Math.sqrt(2 / Math.PI), within(1e-12));
    assertThat(d.variance()).isCloseTo(4 * (1 - 2 / Math.PI), within(1e-12));
    assertThat(d.cdf(0)).isZero();
  }

  @Test
  void otherFamilies() {
    assertThat(Distribution.triangular(0, 1, 4).mean()).isCloseTo(5.0 / 3, within(1e-12));
    assertThat(Distribution.uniform(2, 8).variance()).isCloseTo(3, within(1e-12));
    assertThat(Distribution.poisson(2).cdf(1)).isCloseTo(3 * Math.exp(-2), within(1e-12));
    assertThat(Distribution.bernoulli(0.3).cdf(0)).isCloseTo(0.7, within(1e-12));
    Distribution e = Distribution.empirical(5, 1, 3, 3);
    assertThat(e.mean()).isEqualTo(3);
    assertThat(e.cdf(3)).isEqualTo(0.75);
    assertThat(e.samples()).containsExactly(1, 3, 3, 5);
    assertThat(Distribution.constant(7).toString()).isEqualTo("CONSTANT{value=7}");
  }

  @Test
  void susceptibilityFromStrengths() {
    // uniform TC on [0, 1] against a constant RS of 0.3: P(TC > RS) = 0.7
    assertThat(Distribution.uniform(0, 1).probabilityExceeds(Distribution.constant(0.3))).isCloseTo(0.7, within(1e-4));
    // equal independent continuous distributions: 1/2
    assertThat(Distribution.pert(0, 40, 100).probabilityExceeds(Distribution.pert(0, 40, 100))).isCloseTo(0.5, within(1e-4));
    assertThat(Distribution.constant(0.5).probabilityExceeds(Distribution.uniform(0, 1))).isCloseTo(0.5, within(1e-12));
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of((ThrowingCallable) () -> Distribution.constant(Double.NaN), "constant.value must be a finite number (was NaN)"),
        Arguments.of((ThrowingCallable) () -> Distribution.uniform(3, 3), "uniform.lower must be less than upper (was 3 ≥ 3)"),
        Arguments.of((ThrowingCallable) () -> Distribution.uniform(0, Double.POSITIVE_INFINITY), "uniform.upper must be a finite number (was Infinity)"),
        Arguments.of((ThrowingCallable) () -> Distribution.triangular(1, 5, 4), "triangular.mode must be within [minimum, maximum] = [1, 4] (was 5)"),
        Arguments.of((ThrowingCallable) () -> Distribution.pert(5, 60, 50), "pert.mode must be within [minimum, maximum] = [5, 50] (was 60)"),
        Arguments.of((ThrowingCallable) () -> Distribution.pert(5, 5, 5), "pert.minimum must be less than maximum (was 5 ≥ 5)"),
        Arguments.of((ThrowingCallable) () -> Distribution.pert(1, 2, 3, 0), "pert.shape must be within (0, 1000] (was 0)"),
        Arguments.of((ThrowingCallable) () -> Distribution.pertMomentMatched(1, 2, 3, -4), "pertMomentMatched.shape must be within (0, 1000] (was -4)"),
        Arguments.of((ThrowingCallable) () -> Distribution.normal(0, 0), "normal.sd must be greater than 0 (was 0)"),
        Arguments.of((ThrowingCallable) () -> Distribution.truncatedNormal(0, 1, 2, 1), "truncatedNormal.lower must be less than upper (was 2 ≥ 1)"),
        Arguments.of((ThrowingCallable) () -> Distribution.truncatedNormal(0, 1, 50, 60), "truncatedNormal bounds must hold at least 1e-9 of the normal mass"),
        Arguments.of((ThrowingCallable) () -> Distribution.truncatedNormal(0, 1, Double.NaN, 1), "truncatedNormal.lower must be a number or -Infinity (was NaN)"),
        Arguments.of((ThrowingCallable) () -> Distribution.lognormal(0, -1), "lognormal.sigma must be greater than 0 (was -1)"),
        Arguments.of((ThrowingCallable) () -> Distribution.lognormal(700, 5), "lognormal moments must be finite and at most 1e300 in magnitude"),
        Arguments.of((ThrowingCallable) () -> Distribution.lognormalFromMoments(0, 1), "lognormal.mean must be greater than 0 (was 0)"),
        Arguments.of((ThrowingCallable) () -> Distribution.lognormal90(0, 10), "lognormal.x1 must be greater than 0 (was 0)"),
        Arguments.of((ThrowingCallable) () -> Distribution.lognormal90(10, 1), "lognormal.x1 must be less than x2 (was 10 ≥ 1)"),
        Arguments.of((ThrowingCallable) () -> Distribution.lognormalFromQuantiles(0.9, 1, 0.1, 10), "lognormal.q1 must be less than q2 (was 0.9 ≥ 0.1)"),
        Arguments.of((ThrowingCallable) () -> Distribution.lognormalFromQuantiles(0, 1, 0.5, 10), "lognormal.q1 must be within (0, 1) (was 0)"),
        Arguments.of((ThrowingCallable) () -> Distribution.poisson(-0.5), "poisson.mean must be within [0, 1000000000] (was -0.5)"),
        Arguments.of((ThrowingCallable) () -> Distribution.bernoulli(1.5), "bernoulli.p must be within [0, 1] (was 1.5)"),
        Arguments.of((ThrowingCallable) () -> Distribution.empirical(), "empirical.samples must hold 1 to 10000000 values (was 0)"),
        Arguments.of((ThrowingCallable) () -> Distribution.empirical(1, Double.NaN), "empirical.samples[1] must be a finite number (was NaN)"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void rejectsMalformedParameters(ThrowingCallable attempt, String message) {
    assertThatThrownBy(attempt).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> Distribution.empirical((double[]) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("samples");
  }
}
