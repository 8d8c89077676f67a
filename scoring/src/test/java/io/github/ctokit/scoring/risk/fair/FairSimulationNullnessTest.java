package io.github.ctokit.scoring.risk.fair;

import com.google.common.testing.NullPointerTester;
import io.github.ctokit.core.Estimate;
import io.github.ctokit.core.risk.fair.Distribution;
import io.github.ctokit.core.risk.fair.FrequencyModel;
import io.github.ctokit.core.risk.fair.LossPortfolio;
import io.github.ctokit.core.risk.fair.LossScenario;
import io.github.ctokit.core.risk.fair.ScenarioId;
import io.github.ctokit.scoring.PercentileConvention;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Every public method of the FAIR engine rejects null with a NullPointerException. */
class FairSimulationNullnessTest {

  @Test
  void publicMethodsRejectNull() {
    LossScenario s = LossScenario.builder().id(ScenarioId.of("s")).currency(CurrencyUnit.EUR)
        .lossEventFrequency(Distribution.constant(1)).primaryLoss(Distribution.constant(1)).build();
    LossPortfolio p = LossPortfolio.builder().currency(CurrencyUnit.EUR).addScenarios(s).build();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(LossPortfolio.class, p)
        .setDefault(LossScenario.class, s)
        .setDefault(ScenarioId.class, ScenarioId.of("s"))
        .setDefault(FrequencyModel.class, FrequencyModel.POISSON)
        .setDefault(StatisticsMode.class, StatisticsMode.STREAMING)
        .setDefault(PercentileConvention.class, PercentileConvention.LINEAR)
        .setDefault(Estimate.class, Estimate.threePoint(1, 2, 3))
        .setDefault(CurrencyUnit.class, CurrencyUnit.EUR)
        .setDefault(String.class, "t")
        .setDefault(io.github.ctokit.core.risk.Risk.class, io.github.ctokit.core.risk.Risk.builder()
            .id(io.github.ctokit.core.risk.RiskId.of("R-1")).title("t")
            .category(io.github.ctokit.core.risk.StandardRiskCategory.SECURITY)
            .owner(io.github.ctokit.core.RoleId.of("ROLE-x")).identified(java.time.LocalDate.of(2026, 1, 1))
            .inherent(io.github.ctokit.core.risk.LikelihoodImpact.of(1, 1)).build());
    tester.testAllPublicStaticMethods(FairSimulation.class);
    tester.testAllPublicStaticMethods(Treatment.class);
    tester.testAllPublicStaticMethods(ToleranceCurve.class);
    tester.testAllPublicStaticMethods(QualitativeBridge.class);
    FairSimulation sim = FairSimulation.of(p).withYears(100);
    tester.testAllPublicInstanceMethods(sim);
    LossExposure e = sim.simulate();
    tester.testAllPublicInstanceMethods(e);
    tester.testAllPublicInstanceMethods(e.total());
    tester.testAllPublicInstanceMethods(Treatment.of("t", 1, s));
    tester.testAllPublicInstanceMethods(QualitativeBridge.of(List.of(Estimate.exactly(1)), List.of(Estimate.exactly(1))));
  }
}
