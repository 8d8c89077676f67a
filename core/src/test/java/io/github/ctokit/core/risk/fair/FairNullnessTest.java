package io.github.ctokit.core.risk.fair;

import com.google.common.testing.NullPointerTester;
import io.github.ctokit.core.Probability;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Every public method of the FAIR model rejects null with a NullPointerException. */
class FairNullnessTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(Distribution.class, Distribution.constant(1))
      .setDefault(Probability.class, Probability.of(0.5))
      .setDefault(CurrencyUnit.class, CurrencyUnit.EUR)
      .setDefault(ScenarioId.class, ScenarioId.of("s"))
      .setDefault(double[][].class, new double[][] {{1}})
      .setDefault(double[].class, new double[] {1});

  @Test
  void staticFactoriesAndInstanceMethods() {
    tester.testAllPublicStaticMethods(Distribution.class);
    tester.testAllPublicStaticMethods(CorrelationMatrix.class);
    tester.testAllPublicStaticMethods(ScenarioId.class);
    tester.testAllPublicInstanceMethods(Distribution.pert(1, 2, 3));
    tester.testAllPublicInstanceMethods(CorrelationMatrix.identity(2));
    LossScenario s = LossScenario.builder().id(ScenarioId.of("s")).currency(CurrencyUnit.EUR)
        .lossEventFrequency(Distribution.constant(1)).primaryLoss(Distribution.constant(1)).build();
    tester.testAllPublicInstanceMethods(LossPortfolio.builder().currency(CurrencyUnit.EUR).addScenarios(s).build());
  }
}
