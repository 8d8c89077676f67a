package io.github.ctokit.examples.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.scoring.risk.fair.Contribution;
import io.github.ctokit.scoring.risk.fair.LossExposure;
import io.github.ctokit.scoring.risk.fair.TreatmentComparison;
import io.github.ctokit.scoring.risk.fair.TreatmentEffect;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the FAIR demo and checks that what it prints is what the engine computed. */
class FairDemoTest {

  private static String output;
  private static TreatmentComparison comparison;

  @BeforeAll
  static void run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new FairDemo().run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
    comparison = FairDemo.simulation().compare(FairDemo.treatments());
  }

  @Test
  void portfolioIsValidAndExplained() {
    assertThat(FairDemo.portfolio().validate().isEmpty()).isTrue();
    assertThat(FairDemo.portfolio().scenarios()).hasSize(8);
    assertThat(output).startsWith("100000 years (of 100000 requested), seed 2027, frequency model POISSON")
        .contains("Gaussian copula on annual loss");
  }

  @Test
  void printedFiguresAreTheComputedOnes() {
    LossExposure e = comparison.baseline();
    assertThat(output).contains("Portfolio: ALE " + FairDemo.eur(e.total().mean()) + " ± ")
        .contains("P99 " + FairDemo.eur(e.total().percentile(0.99)));
    for (double amount : FairDemo.LEC_AMOUNTS) {
      assertThat(output).contains(String.format(java.util.Locale.ROOT, "  %-14s %8.2f %%", FairDemo.eur(amount),
          100 * e.total().exceedanceProbability(amount)));
    }
  }

  @Test
  void contributionsAddUpToThePortfolio() {
    LossExposure e = comparison.baseline();
    double mean = e.contributions().stream().mapToDouble(Contribution::mean).sum();
    double tail = e.contributions().stream().mapToDouble(c -> c.tail(0.99)).sum();
    assertThat(mean).isCloseTo(e.total().mean(), within(1e-6 * mean));
    assertThat(tail).isCloseTo(e.total().expectedShortfall(0.99), within(1e-6 * tail));
    // the analytic ALE of each scenario agrees with the simulation (no caps bind often enough to matter
    // except for the capped ones, which may only be lower)
    e.explanation().scenarios().forEach(s -> assertThat(s.simulatedMean())
        .isLessThanOrEqualTo(s.analyticAnnualLoss() + 5 * s.standardError()));
  }

  @Test
  void treatmentsAreRankedByNetBenefit() {
    assertThat(comparison.ranked()).hasSize(3);
    for (int i = 1; i < 3; i++) {
      assertThat(comparison.ranked().get(i - 1).netBenefit()).isGreaterThanOrEqualTo(comparison.ranked().get(i).netBenefit());
    }
    for (TreatmentEffect t : comparison.ranked()) {
      assertThat(t.meanReduction()).isPositive();
      assertThat(output).contains(t.treatment());
      assertThat(t.rosi()).isCloseTo((t.meanReduction() - t.annualCost()) / t.annualCost(), within(1e-12));
    }
  }
}
