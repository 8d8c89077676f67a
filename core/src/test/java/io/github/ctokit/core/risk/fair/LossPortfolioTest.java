package io.github.ctokit.core.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.validation.Violation;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Scenario rules (thrown when built) and portfolio rules (collected as violations). */
class LossPortfolioTest {

  private static LossScenario.Builder base(String id) {
    LossScenario.Builder b = LossScenario.builder();
    b.id(ScenarioId.of(id)).currency(CurrencyUnit.EUR).primaryLoss(Distribution.lognormal90(1e3, 1e5));
    return b;
  }

  @Test
  void taxonomyDerivesTheLossEventFrequency() {
    LossScenario s = base("phishing").contactFrequency(Distribution.constant(200))
        .probabilityOfAction(Distribution.constant(0.05)).susceptibility(Distribution.pert(0.1, 0.2, 0.3)).build();
    assertThat(s.meanThreatEventFrequency()).isCloseTo(10, within(1e-12));
    assertThat(s.meanLossEventFrequency()).isCloseTo(2, within(1e-12));
    LossScenario strengths = base("strengths").threatEventFrequency(Distribution.constant(4))
        .threatCapability(Distribution.uniform(0, 1)).resistanceStrength(Distribution.constant(0.75)).build();
    assertThat(strengths.meanLossEventFrequency()).isCloseTo(1, within(1e-3));
    LossScenario byForm = LossScenario.builder().id(ScenarioId.of("forms")).currency(CurrencyUnit.EUR)
        .lossEventFrequency(Distribution.constant(1))
        .putPrimaryLossByForm(FormOfLoss.RESPONSE, Distribution.constant(100))
        .putPrimaryLossByForm(FormOfLoss.FINES_AND_JUDGMENTS, Distribution.constant(300))
        .secondaryLossProbability(Probability.of(0.5)).secondaryLoss(Distribution.constant(1000)).build();
    assertThat(byForm.meanLossMagnitude()).isEqualTo(900);
  }

  @Test
  void scenarioRulesNameTheField() {
    assertThatThrownBy(() -> base("x").build()).hasMessageContaining("must state exactly one frequency form");
    assertThatThrownBy(() -> base("x").lossEventFrequency(Distribution.constant(1))
        .threatEventFrequency(Distribution.constant(1)).build()).hasMessageContaining("(was 2)");
    assertThatThrownBy(() -> base("x").lossEventFrequency(Distribution.constant(1))
        .susceptibility(Distribution.constant(0.5)).build())
        .hasMessageContaining("susceptibility must not be given with a direct lossEventFrequency");
    assertThatThrownBy(() -> base("x").threatEventFrequency(Distribution.constant(1)).build())
        .hasMessageContaining("susceptibility must be given in exactly one form").hasMessageContaining("neither");
    assertThatThrownBy(() -> base("x").contactFrequency(Distribution.constant(1)).build())
        .hasMessageContaining("contactFrequency and probabilityOfAction must be given together");
    assertThatThrownBy(() -> base("x").threatEventFrequency(Distribution.constant(1))
        .threatCapability(Distribution.constant(1)).build())
        .hasMessageContaining("threatCapability and resistanceStrength must be given together");
    assertThatThrownBy(() -> base("x").lossEventFrequency(Distribution.normal(1, 1)).build())
        .hasMessageContaining("lossEventFrequency must not take negative values").hasMessageContaining("truncatedNormal");
    assertThatThrownBy(() -> base("x").threatEventFrequency(Distribution.constant(1))
        .susceptibility(Distribution.uniform(0, 2)).build())
        .hasMessageContaining("susceptibility must be a distribution on [0, 1]");
    assertThatThrownBy(() -> base("x").lossEventFrequency(Distribution.constant(1)).perEventCap(0).build())
        .hasMessageContaining("perEventCap must be greater than 0 (was 0)");
    assertThatThrownBy(() -> base("x").lossEventFrequency(Distribution.constant(1))
        .secondaryLoss(Distribution.constant(1)).build())
        .hasMessageContaining("secondaryLossProbability and secondaryLoss must be given together");
    assertThatThrownBy(() -> base("x").lossEventFrequency(Distribution.constant(1))
        .putPrimaryLossByForm(FormOfLoss.REPUTATION, Distribution.constant(1)).build())
        .hasMessageContaining("primary loss must be given in exactly one form");
  }

  @Test
  void portfolioRulesAreCollected() {
    LossScenario a = base("a").lossEventFrequency(Distribution.constant(2)).frequencyModel(FrequencyModel.BERNOULLI).build();
    LossScenario b = base("a").lossEventFrequency(Distribution.constant(0.1)).currency(CurrencyUnit.USD).build();
    LossPortfolio p = LossPortfolio.builder().currency(CurrencyUnit.EUR).addScenarios(a, b)
        .correlation(CorrelationMatrix.of(new double[][] {{1, 0.5, 0}, {0.4, 1, 0}, {0, 0, 2}})).build();
    assertThat(p.validate().violations()).extracting(Violation::code).containsExactly(
        "fair.bernoulli-rate", "fair.duplicate-id", "fair.currency-mismatch", "fair.correlation-size",
        "fair.correlation-asymmetric", "fair.correlation-diagonal", "fair.correlation-range");
    assertThat(p.validate().violations().get(1).toString())
        .isEqualTo("ERROR scenarios[1].id: id must be unique within the portfolio (was 'a', also at scenarios[0]) [fair.duplicate-id]");
    assertThat(p.validate().violations().get(5).path().toString()).isEqualTo("correlation[2][2]");
  }

  @Test
  void correlationMustBePositiveSemiDefinite() {
    LossPortfolio p = LossPortfolio.builder().currency(CurrencyUnit.EUR)
        .addScenarios(base("a").lossEventFrequency(Distribution.constant(1)).build(),
            base("b").lossEventFrequency(Distribution.constant(1)).build(),
            base("c").lossEventFrequency(Distribution.constant(1)).build())
        .correlation(CorrelationMatrix.of(new double[][] {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}})).build();
    assertThat(p.validate().violations()).extracting(Violation::code).containsExactly("fair.correlation-not-psd");
    assertThat(p.withCorrelation(CorrelationMatrix.uniform(3, 1)).validate().isEmpty()).isTrue();
  }
}
