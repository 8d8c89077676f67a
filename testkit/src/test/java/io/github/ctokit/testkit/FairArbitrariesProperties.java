package io.github.ctokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctokit.core.risk.fair.Distribution;
import io.github.ctokit.core.risk.fair.LossPortfolio;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.scoring.risk.fair.FairSimulation;
import io.github.ctokit.scoring.risk.fair.LossExposure;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated portfolios are valid and simulate; every malformed distribution is rejected clearly. */
class FairArbitrariesProperties {

  @Property(tries = 200)
  void generatedPortfoliosValidateClean(@ForAll("portfolios") LossPortfolio portfolio) {
    ValidationResult result = portfolio.validate();
    assertThat(result.isEmpty()).as(result.toString()).isTrue();
  }

  @Property(tries = 60)
  void generatedPortfoliosSimulate(@ForAll("portfolios") LossPortfolio portfolio) {
    LossExposure e = FairSimulation.of(portfolio).withYears(3_000).withSeed(1).withThreads(2).simulate();
    assertThat(e.total().mean()).isFinite().isGreaterThanOrEqualTo(0);
    assertThat(e.total().percentile(0.99)).isBetween(e.total().minimum(), e.total().maximum());
    double sum = e.contributions().stream().mapToDouble(c -> c.mean()).sum();
    assertThat(sum).isCloseTo(e.total().mean(), org.assertj.core.api.Assertions.within(1e-6 * (1 + e.total().mean())));
  }

  @Property(tries = 300)
  void generatedDistributionsHaveFiniteMoments(@ForAll("magnitudes") Distribution d) {
    assertThat(d.mean()).isFinite();
    assertThat(d.variance()).isFinite().isGreaterThanOrEqualTo(0);
    assertThat(d.lowerBound()).isGreaterThanOrEqualTo(0);
    assertThat(d.cdf(d.mean())).isBetween(0.0, 1.0);
  }

  @Property(tries = 500)
  void malformedDistributionsAreRejectedWithTheirField(@ForAll("malformed") FairArbitraries.Malformed bad) {
    assertThatThrownBy(() -> bad.attempt().get())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(bad.field())
        .hasMessageContaining("(was ");
  }

  @Provide
  Arbitrary<LossPortfolio> portfolios() {
    return FairArbitraries.portfolios(6);
  }

  @Provide
  Arbitrary<Distribution> magnitudes() {
    return FairArbitraries.magnitudes();
  }

  @Provide
  Arbitrary<FairArbitraries.Malformed> malformed() {
    return FairArbitraries.malformedDistributions();
  }
}
