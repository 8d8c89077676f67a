package io.github.ctokit.scoring.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.risk.fair.CorrelationMatrix;
import io.github.ctokit.core.risk.fair.DependenceTarget;
import io.github.ctokit.core.risk.fair.Distribution;
import io.github.ctokit.core.risk.fair.FrequencyModel;
import io.github.ctokit.core.risk.fair.LossPortfolio;
import io.github.ctokit.core.risk.fair.LossScenario;
import io.github.ctokit.core.risk.fair.ScenarioId;
import io.github.ctokit.core.validation.ValidationException;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Worked examples from riskquant and CISO Assistant, and the engine's promises. */
class FairSimulationTest {

  static LossScenario lef(String id, Distribution frequency, Distribution magnitude) {
    return LossScenario.builder().id(ScenarioId.of(id)).currency(CurrencyUnit.EUR)
        .lossEventFrequency(frequency).primaryLoss(magnitude).build();
  }

  static LossPortfolio portfolio(LossScenario... scenarios) {
    return LossPortfolio.builder().currency(CurrencyUnit.EUR).addScenarios(scenarios).build();
  }

  @Test
  void riskquantSimpleLossAnnualisedLoss() {
    // riskquant tests/test_simpleloss.py: Poisson 0.1, 5/95 % = (1, 10) → ALE ≈ 0.4040012826945718
    LossScenario s = lef("simple", Distribution.constant(0.1), Distribution.lognormal90(1, 10));
    assertThat(s.meanLossEventFrequency() * s.meanLossMagnitude()).isCloseTo(0.4040012826945718, within(1e-12));
    LossExposure e = FairSimulation.of(portfolio(s)).withYears(2_000_000).withSeed(7).simulate();
    assertThat(e.total().mean()).isCloseTo(0.4040012826945718, within(4 * e.total().standardError()));
    assertThat(e.total().probabilityOfNoLoss()).isCloseTo(Math.exp(-0.1), within(0.001));
    // rate 3.0 → ≈ 12.120038480837177
    LossScenario three = lef("three", Distribution.constant(3.0), Distribution.lognormal90(1, 10));
    LossExposure e3 = FairSimulation.of(portfolio(three)).withYears(500_000).withSeed(7).simulate();
    assertThat(e3.total().mean()).isCloseTo(12.120038480837177, within(4 * e3.total().standardError()));
  }

  @Test
  void riskquantReadmeExample() {
    // riskquant README: 0.10, (1e5, 1e6) → 40400.128269457266
    LossScenario s = lef("readme", Distribution.constant(0.1), Distribution.lognormal90(1e5, 1e6));
    assertThat(s.meanLossEventFrequency() * s.meanLossMagnitude()).isCloseTo(40400.128269457266, within(1e-6));
  }

  @Test
  void pertRateIsDrawnPerYear() {
    // riskquant test_pertloss.py: rate PERT(.1, .3, .7), (1, 10) → ALE ≈ 1.2120038 (E[λ] = 0.3333…)
    LossScenario s = lef("pert", Distribution.pert(0.1, 0.3, 0.7), Distribution.lognormal90(1, 10));
    LossExposure e = FairSimulation.of(portfolio(s)).withYears(1_000_000).withSeed(3)
        .withFrequencyModel(FrequencyModel.DRAWN_RATE_POISSON).simulate();
    double expected = (0.1 + 4 * 0.3 + 0.7) / 6 * Distribution.lognormal90(1, 10).mean();
    assertThat(e.total().mean()).isCloseTo(expected, within(4 * e.total().standardError()));
  }

  @Test
  void bernoulliModelAtMostOneEvent() {
    LossScenario s = lef("b", Distribution.constant(0.3), Distribution.lognormal90(1_000, 50_000));
    LossExposure e = FairSimulation.of(portfolio(s)).withYears(300_000).withSeed(1)
        .withFrequencyModel(FrequencyModel.BERNOULLI).simulate();
    assertThat(e.total().eventCounts().keySet()).containsExactly(0, 1);
    assertThat(e.total().probabilityOfNoLoss()).isCloseTo(0.7, within(0.004));
    double ale = 0.3 * Distribution.lognormal90(1_000, 50_000).mean();
    assertThat(e.total().mean()).isCloseTo(ale, within(4 * e.total().standardError()));
  }

  @Test
  void bernoulliRejectsRatesAboveOne() {
    LossScenario s = lef("b", Distribution.constant(2), Distribution.constant(10));
    assertThatThrownBy(() -> FairSimulation.of(portfolio(s)).withFrequencyModel(FrequencyModel.BERNOULLI).simulate())
        .isInstanceOf(ValidationException.class).hasMessageContaining("fair.bernoulli-rate");
  }

  @Test
  void toleranceCurveMatchesCisoAssistant() {
    ToleranceCurve t = ToleranceCurve.lognormal(0.1, 1e6, 0.01, 1e7);
    assertThat(t.mu()).isCloseTo(10.991149956065383, within(1e-9));
    assertThat(t.sigma()).isCloseTo(2.2038602876651843, within(1e-9));
    assertThat(t.tolerated(1e6)).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void lognormalFromNinetyPercentIntervalMatchesCisoAssistant() {
    Distribution d = Distribution.lognormal90(1e5, 1e6);
    assertThat(d.parameter("mu")).isCloseTo(12.664218011467252, within(1e-12));
    assertThat(d.parameter("sigma")).isCloseTo(0.6999361691719639, within(1e-12));
  }

  @Test
  void identicalForAnyThreadCountAndSeedMatters() {
    LossPortfolio p = portfolio(
        lef("a", Distribution.constant(0.7), Distribution.lognormal90(1e3, 1e5)),
        lef("b", Distribution.pert(0.1, 0.5, 2), Distribution.pert(1e4, 3e4, 2e5)),
        lef("c", Distribution.constant(0.05), Distribution.lognormal90(1e5, 1e7)));
    FairSimulation sim = FairSimulation.of(p).withYears(50_000).withSeed(11);
    LossExposure one = sim.sequential().simulate();
    for (int threads : new int[] {2, 8}) {
      LossExposure many = sim.withThreads(threads).simulate();
      assertThat(many.total().mean()).isEqualTo(one.total().mean());
      assertThat(many.total().percentiles()).isEqualTo(one.total().percentiles());
      assertThat(many.total().expectedShortfall(0.99)).isEqualTo(one.total().expectedShortfall(0.99));
      assertThat(many.contributions()).isEqualTo(one.contributions());
      assertThat(many.total().eventCounts()).isEqualTo(one.total().eventCounts());
    }
    assertThat(sim.withSeed(12).simulate().total().mean()).isNotEqualTo(one.total().mean());
  }

  @Test
  void contributionsAddUp() {
    LossPortfolio p = portfolio(
        lef("a", Distribution.constant(0.7), Distribution.lognormal90(1e3, 1e5)),
        lef("b", Distribution.constant(0.2), Distribution.lognormal90(1e4, 1e6)));
    for (StatisticsMode mode : StatisticsMode.values()) {
      LossExposure e = FairSimulation.of(p).withYears(100_000).withSeed(5).withStatistics(mode).simulate();
      double mean = e.contributions().stream().mapToDouble(Contribution::mean).sum();
      assertThat(mean).isCloseTo(e.total().mean(), within(1e-9 * e.total().mean()));
      double tail = e.contributions().stream().mapToDouble(c -> c.tail(0.99)).sum();
      assertThat(tail).isCloseTo(e.total().expectedShortfall(0.99), within(1e-9 * tail));
    }
  }

  @Test
  void streamingAgreesWithExact() {
    LossPortfolio p = portfolio(lef("a", Distribution.constant(0.9), Distribution.lognormal90(1e3, 1e5)));
    LossExposure s = FairSimulation.of(p).withYears(200_000).withSeed(5).simulate();
    LossExposure x = FairSimulation.of(p).withYears(200_000).withSeed(5).withStatistics(StatisticsMode.EXACT).simulate();
    assertThat(s.total().mean()).isEqualTo(x.total().mean());
    for (double q : new double[] {0.5, 0.9, 0.99, 0.999}) {
      assertThat(s.total().percentile(q)).isCloseTo(x.total().percentile(q), within(0.004 * x.total().percentile(q)));
    }
    assertThat(s.total().expectedShortfall(0.99)).isCloseTo(x.total().expectedShortfall(0.99),
        within(0.005 * x.total().expectedShortfall(0.99)));
  }

  @Test
  void streamingTailFiguresAgreeWithExact() {
    // one frequent small scenario, one medium, one rare and heavy
    LossPortfolio p = portfolio(
        lef("a", Distribution.constant(0.9), Distribution.lognormal90(1e3, 1e5)),
        lef("b", Distribution.constant(0.3), Distribution.lognormal90(1e4, 1e6)),
        lef("c", Distribution.constant(0.02), Distribution.lognormal90(1e5, 1e7)));
    FairSimulation sim = FairSimulation.of(p).withYears(200_000).withSeed(9);
    LossExposure s = sim.simulate();
    LossExposure x = sim.withStatistics(StatisticsMode.EXACT).simulate();
    for (double q : new double[] {0.95, 0.99, 0.999}) {
      double es = x.total().expectedShortfall(q);
      assertThat(s.total().expectedShortfall(q)).as("ES %s", q).isCloseTo(es, within(0.005 * es));
      for (int i = 0; i < 3; i++) {
        Contribution streaming = s.contributions().get(i);
        Contribution exact = x.contributions().get(i);
        assertThat(streaming.tail(q)).as("%s at %s", exact.scenario(), q).isCloseTo(exact.tail(q), within(0.01 * es));
        LossStatistics own = x.scenario(exact.scenario());
        // 1 %: at 0.999 a scenario's tail is a few hundred years, and a year more or less near the
        // value at risk (which streaming reads within 0.4 %) moves its mean by about 0.3 %
        assertThat(s.scenario(exact.scenario()).expectedShortfall(q)).as("own ES of %s at %s", exact.scenario(), q)
            .isCloseTo(own.expectedShortfall(q), within(0.01 * own.expectedShortfall(q)));
      }
    }
  }

  @Test
  void aCoTailFloorAboveTheValueAtRiskReRunsToTheSameResults() {
    LossPortfolio p = portfolio(
        lef("a", Distribution.constant(0.9), Distribution.lognormal90(1e3, 1e5)),
        lef("b", Distribution.constant(0.3), Distribution.lognormal90(1e4, 1e6)));
    FairSimulation sim = FairSimulation.of(p).withYears(50_000).withSeed(4).sequential();
    LossExposure normal = sim.simulate();
    Compiled[] compiled = p.scenarios().stream().map(c -> new Compiled(c, sim.model())).toArray(Compiled[]::new);
    Engine engine = new Engine(compiled, 4, 50_000, 1, false, Double.NaN, sim.tailLevels(), null,
        DependenceTarget.ANNUAL_LOSS);
    engine.coTailFloor = Integer.MAX_VALUE; // as if every worker's first block had been far above the rest
    engine.run();
    assertThat(engine.coTailFloor).as("re-ran recording every bucket").isZero();
    LossExposure rerun = Results.build(sim, p, engine);
    assertThat(rerun.contributions()).isEqualTo(normal.contributions());
    assertThat(rerun.total().percentiles()).isEqualTo(normal.total().percentiles());
    assertThat(rerun.total().expectedShortfall(0.99)).isEqualTo(normal.total().expectedShortfall(0.99));
  }

  @Test
  void zeroTruncatedPoissonTableIsTheConditionalCdf() {
    for (double rate : new double[] {1e-9, 1e-3, 0.05, 0.1, Engine.DENSE_RATE * 0.999}) {
      double[] cdf = Engine.Bound.zeroTruncatedPoissonCdf(rate);
      double any = -Math.expm1(-rate);
      assertThat(cdf[0]).as("P(K = 1 | K ≥ 1) at %s", rate).isCloseTo(rate * Math.exp(-rate) / any, within(1e-15));
      if (cdf.length > 1) {
        assertThat(cdf[1] - cdf[0]).as("P(K = 2 | K ≥ 1) at %s", rate)
            .isCloseTo(rate * rate / 2 * Math.exp(-rate) / any, within(1e-15));
      }
      assertThat(cdf[cdf.length - 1]).isEqualTo(1.0);
      for (int k = 1; k < cdf.length; k++) {
        assertThat(cdf[k]).isGreaterThanOrEqualTo(cdf[k - 1]);
      }
    }
  }

  @Test
  void sparseAndDensePoissonCountsFollowPoisson() {
    // one rate on each side of the switch from geometric gaps to counting into years
    for (double rate : new double[] {0.1, 0.5}) {
      long years = 1_000_000;
      LossStatistics t = FairSimulation.of(portfolio(lef("a", Distribution.constant(rate), Distribution.constant(1))))
          .withYears(years).withSeed(17).sequential().simulate().total();
      for (int k = 0; k <= 3; k++) {
        double p = Math.exp(-rate) * Math.pow(rate, k) / List.of(1, 1, 2, 6).get(k);
        long observed = t.eventCounts().getOrDefault(k, 0L);
        // 5 standard errors plus the Wilson allowance for rare counts
        double tolerance = 5 * Math.sqrt(p * (1 - p) / years) + 25.0 / years;
        assertThat((double) observed / years).as("P(K = %s) at rate %s", k, rate).isCloseTo(p, within(tolerance));
      }
    }
  }

  @Test
  void aSingleScenarioIsItsOwnPortfolioAsTheGeneralPathComputesIt() {
    LossScenario a = lef("a", Distribution.constant(0.5), Distribution.lognormal90(1e4, 1e6));
    LossScenario never = lef("never", Distribution.constant(0), Distribution.constant(1e6));
    FairSimulation one = FairSimulation.of(portfolio(a)).withYears(60_000).withSeed(8);
    LossExposure alone = one.simulate(); // the single-scenario path: no per-year totals
    LossExposure general = FairSimulation.of(portfolio(a, never)).withYears(60_000).withSeed(8).simulate();
    assertThat(alone.total().mean()).isCloseTo(general.total().mean(), within(1e-12 * general.total().mean()));
    assertThat(alone.total().percentiles()).isEqualTo(general.total().percentiles());
    assertThat(alone.total().eventCounts()).isEqualTo(general.total().eventCounts());
    assertThat(alone.total().maximum()).isEqualTo(general.total().maximum());
    for (double q : new double[] {0.95, 0.99, 0.999}) {
      double es = general.total().expectedShortfall(q);
      assertThat(alone.total().expectedShortfall(q)).isCloseTo(es, within(1e-9 * es));
      assertThat(alone.contributions().get(0).tail(q)).isCloseTo(es, within(1e-9 * es));
      assertThat(general.contributions().get(0).tail(q)).isCloseTo(es, within(1e-9 * es));
    }
    assertThat(alone.scenario(ScenarioId.of("a")).percentiles()).isEqualTo(alone.total().percentiles());
    assertThat(one.withStatistics(StatisticsMode.EXACT).simulate().total().mean()).isEqualTo(alone.total().mean());
  }

  @Test
  void stoppingRuleStopsEarlyAndDeterministically() {
    LossPortfolio p = portfolio(lef("a", Distribution.constant(0.9), Distribution.lognormal90(1e3, 1e4)));
    FairSimulation sim = FairSimulation.of(p).withYears(10_000_000).withSeed(2).withStoppingRule(0.01);
    LossExposure e = sim.simulate();
    assertThat(e.explanation().stoppedEarly()).isTrue();
    assertThat(e.explanation().relativeHalfWidth95()).isLessThanOrEqualTo(0.01);
    assertThat(sim.sequential().simulate().total().mean()).isEqualTo(e.total().mean());
  }

  @Test
  void copulaCorrelatesAnnualLosses() {
    LossScenario a = lef("a", Distribution.constant(2), Distribution.lognormal90(1e3, 1e5));
    LossScenario b = lef("b", Distribution.constant(2), Distribution.lognormal90(1e3, 1e5));
    LossPortfolio independent = portfolio(a, b);
    LossPortfolio correlated = independent.withCorrelation(CorrelationMatrix.uniform(2, 0.9));
    LossExposure ei = FairSimulation.of(independent).withYears(100_000).withSeed(9).simulate();
    LossExposure ec = FairSimulation.of(correlated).withYears(100_000).withSeed(9).simulate();
    // marginals unchanged, portfolio tail fatter
    double mean = ei.scenario(ScenarioId.of("a")).mean();
    assertThat(ec.scenario(ScenarioId.of("a")).mean()).isCloseTo(mean, within(1e-12 * mean)); // summed in another order
    assertThat(ec.total().standardDeviation()).isGreaterThan(1.2 * ei.total().standardDeviation());
    LossExposure ef = FairSimulation.of(correlated.withDependenceTarget(DependenceTarget.FREQUENCY))
        .withYears(100_000).withSeed(9).simulate();
    assertThat(ef.total().standardDeviation()).isGreaterThan(ei.total().standardDeviation());
  }

  @Test
  void treatmentsAreRankedWithCommonRandomNumbers() {
    LossScenario a = lef("a", Distribution.constant(0.5), Distribution.lognormal90(1e4, 1e6));
    LossScenario b = lef("b", Distribution.constant(0.2), Distribution.lognormal90(1e5, 1e7));
    FairSimulation sim = FairSimulation.of(portfolio(a, b)).withYears(100_000).withSeed(4);
    Treatment halveA = Treatment.of("halve-a", 10_000, a.withLossEventFrequency(Distribution.constant(0.25)));
    Treatment capB = Treatment.of("cap-b", 50_000, b.withPerEventCap(1e6));
    TreatmentComparison c = sim.compare(List.of(halveA, capB));
    assertThat(c.ranked()).hasSize(2);
    assertThat(c.ranked().get(0).netBenefit()).isGreaterThanOrEqualTo(c.ranked().get(1).netBenefit());
    TreatmentEffect cap = c.ranked().stream().filter(t -> t.treatment().equals("cap-b")).findFirst().orElseThrow();
    // same frequency stream: capping can only lower each year's loss
    assertThat(cap.meanReduction()).isPositive();
    assertThat(cap.exposure().scenario(ScenarioId.of("a")).mean()).isEqualTo(c.baseline().scenario(ScenarioId.of("a")).mean());
    assertThat(cap.rosi()).isEqualTo((cap.meanReduction() - 50_000) / 50_000);
    // the paired difference is far more precise than either mean (common random numbers)
    TreatmentEffect halve = c.ranked().stream().filter(t -> t.treatment().equals("halve-a")).findFirst().orElseThrow();
    double paired = halve.meanReductionStandardError().orElseThrow();
    assertThat(paired).isPositive().isLessThan(c.baseline().total().standardError());
    assertThat(cap.meanReductionStandardError().orElseThrow()).isLessThan(c.baseline().total().standardError());
    // the difference run reproduces the reduction exactly up to summation order
    double direct = c.baseline().scenario(ScenarioId.of("a")).mean() - halve.exposure().scenario(ScenarioId.of("a")).mean();
    assertThat(halve.meanReduction()).isCloseTo(direct, within(1e-6 * Math.abs(direct) + 1e-9));
  }

  @Test
  void secondaryLossAndCaps() {
    LossScenario s = LossScenario.builder().id(ScenarioId.of("breach")).currency(CurrencyUnit.EUR)
        .lossEventFrequency(Distribution.constant(1)).primaryLoss(Distribution.constant(100))
        .secondaryLossProbability(Probability.of(0.25)).secondaryLoss(Distribution.constant(400))
        .perYearCap(450).build();
    LossExposure e = FairSimulation.of(portfolio(s)).withYears(200_000).withSeed(1).simulate();
    assertThat(e.total().maximum()).isEqualTo(450);
    assertThat(s.meanLossMagnitude()).isEqualTo(200);
  }

  @Test
  void perEventModelTestsEachThreatEvent() {
    // TEF 4 a year; TC uniform on [0, 1] against RS constant 0.75 → susceptibility 0.25, LEF 1
    LossScenario s = LossScenario.builder().id(ScenarioId.of("per-event")).currency(CurrencyUnit.EUR)
        .threatEventFrequency(Distribution.constant(4)).threatCapability(Distribution.uniform(0, 1))
        .resistanceStrength(Distribution.constant(0.75)).primaryLoss(Distribution.constant(1000)).build();
    LossExposure e = FairSimulation.of(portfolio(s)).withYears(200_000).withSeed(8)
        .withFrequencyModel(FrequencyModel.PER_EVENT).simulate();
    assertThat(e.total().meanEvents()).isCloseTo(1.0, within(0.01));
    // thinning a Poisson process keeps it Poisson: P(no loss) = e^−1
    assertThat(e.total().probabilityOfNoLoss()).isCloseTo(Math.exp(-1), within(0.005));
    assertThat(e.explanation().scenarios().get(0).frequencyModel()).isEqualTo(FrequencyModel.PER_EVENT);
    assertThat(e.explanation().scenarios().get(0).susceptibility()).isCloseTo(0.25, within(1e-3));
  }

  @Test
  void contactFrequencyTimesActionUnderDrawnRates() {
    LossScenario s = LossScenario.builder().id(ScenarioId.of("phishing")).currency(CurrencyUnit.EUR)
        .contactFrequency(Distribution.uniform(100, 300)).probabilityOfAction(Distribution.constant(0.01))
        .susceptibility(Distribution.pert(0.1, 0.25, 0.7)).primaryLoss(Distribution.constant(500)).build();
    LossExposure e = FairSimulation.of(portfolio(s)).withYears(200_000).withSeed(8)
        .withFrequencyModel(FrequencyModel.DRAWN_RATE_POISSON).simulate();
    double lef = 200 * 0.01 * (0.1 + 4 * 0.25 + 0.7) / 6;
    assertThat(s.meanLossEventFrequency()).isCloseTo(lef, within(1e-12));
    assertThat(e.total().meanEvents()).isCloseTo(lef, within(0.01));
  }

  @Test
  void explanationNamesEveryInput() {
    LossScenario s = lef("simple", Distribution.constant(0.1), Distribution.lognormal90(1, 10));
    LossExposure e = FairSimulation.of(portfolio(s)).withYears(20_000).withSeed(42).withThreads(2).simulate();
    SimulationExplanation x = e.explanation();
    assertThat(x.seed()).isEqualTo(42);
    assertThat(x.years()).isEqualTo(20_000);
    assertThat(x.frequencyModel()).isEqualTo(FrequencyModel.POISSON);
    assertThat(x.scenarios().get(0).analyticAnnualLoss()).isCloseTo(0.4040012826945718, within(1e-12));
    assertThat(x.toString()).startsWith("20000 years (of 20000 requested), seed 42, frequency model POISSON, "
        + "streaming statistics, independent scenarios, 2 thread(s)")
        .contains("simple: POISSON, LEF 0.1000/yr (susceptibility 1.0000) × LM 4.04 = 0.40 analytic");
  }

  @Test
  void exceedanceCurveAndTolerance() {
    LossScenario s = lef("a", Distribution.constant(0.5), Distribution.lognormal90(1e4, 1e6));
    LossStatistics t = FairSimulation.of(portfolio(s)).withYears(100_000).withSeed(3).simulate().total();
    List<ExceedancePoint> curve = t.exceedanceCurve();
    assertThat(curve).isNotEmpty();
    for (int i = 1; i < curve.size(); i++) {
      assertThat(curve.get(i).amount()).isGreaterThan(curve.get(i - 1).amount());
      assertThat(curve.get(i).probability()).isLessThanOrEqualTo(curve.get(i - 1).probability());
    }
    List<ExceedancePoint> ends = t.exceedanceCurve(0, 1e12);
    assertThat(ends.get(0).probability()).isCloseTo(1 - t.probabilityOfNoLoss(), within(1e-12));
    assertThat(ends.get(1).probability()).isZero();
    assertThat(t.toleranceBreaches(ToleranceCurve.lognormal(0.5, 1, 0.4, 10))).isNotEmpty();
    assertThat(t.toleranceBreaches(ToleranceCurve.lognormal(0.9, 1e3, 0.8, 1e8))).isEmpty();
  }

  @Test
  void bridgeFromTheQualitativeRegister() {
    QualitativeBridge bridge = QualitativeBridge.of(QualitativeBridge.nistDefaultFrequencies(), List.of(
        io.github.ctokit.core.Estimate.ninetyPercent(1_000, 20_000),
        io.github.ctokit.core.Estimate.ninetyPercent(10_000, 200_000),
        io.github.ctokit.core.Estimate.ninetyPercent(100_000, 2_000_000),
        io.github.ctokit.core.Estimate.ninetyPercent(1e6, 2e7),
        io.github.ctokit.core.Estimate.threePoint(1e7, 3e7, 2e8)));
    io.github.ctokit.core.risk.Risk risk = io.github.ctokit.core.risk.Risk.builder()
        .id(io.github.ctokit.core.risk.RiskId.of("R-7")).title("Ransomware on the ERP")
        .category(io.github.ctokit.core.risk.StandardRiskCategory.SECURITY)
        .owner(io.github.ctokit.core.RoleId.of("ROLE-ciso")).identified(java.time.LocalDate.of(2026, 1, 5))
        .inherent(io.github.ctokit.core.risk.NistRating.of(io.github.ctokit.core.risk.NistLevel.HIGH,
            io.github.ctokit.core.risk.NistLevel.MODERATE, io.github.ctokit.core.risk.NistLevel.HIGH))
        .build();
    LossScenario s = bridge.scenario(risk, CurrencyUnit.EUR);
    assertThat(s.id()).isEqualTo(ScenarioId.of("R-7"));
    assertThat(s.risk()).contains(risk.id());
    io.github.ctokit.core.risk.NistLevel overall = io.github.ctokit.scoring.risk.NistSp80030.standard()
        .overallLikelihood(io.github.ctokit.core.risk.NistLevel.HIGH, io.github.ctokit.core.risk.NistLevel.MODERATE);
    assertThat(s.lossEventFrequency()).contains(bridge.frequency(QualitativeBridge.rankOf(overall)));
    assertThat(s.primaryLoss()).contains(Distribution.lognormal90(1e6, 2e7));
    assertThat(QualitativeBridge.distributionOf(io.github.ctokit.core.Estimate.threePoint(1, 2, 3)))
        .isEqualTo(Distribution.pert(1, 2, 3));
  }

  @Test
  void edgeCasesNeverThrow() {
    LossExposure empty = FairSimulation.of(LossPortfolio.builder().currency(CurrencyUnit.EUR).build())
        .withYears(10).simulate();
    assertThat(empty.total().mean()).isZero();
    assertThat(empty.total().percentile(0.99)).isZero();
    assertThat(empty.contributions()).isEmpty();
    LossScenario frequent = lef("frequent", Distribution.constant(1000), Distribution.constant(1));
    LossScenario never = lef("never", Distribution.constant(0), Distribution.constant(1e6));
    LossScenario certain = lef("certain", Distribution.constant(1), Distribution.uniform(0, 10))
        .withFrequencyModel(FrequencyModel.BERNOULLI);
    for (StatisticsMode mode : StatisticsMode.values()) {
      for (long years : new long[] {1, 2, 16_385}) {
        LossExposure e = FairSimulation.of(portfolio(frequent, never, certain)).withYears(years).withSeed(1)
            .withStatistics(mode).simulate();
        assertThat(e.total().years()).isEqualTo(years);
        assertThat(e.scenario(ScenarioId.of("never")).maximum()).isZero();
        assertThat(e.scenario(ScenarioId.of("certain")).probabilityOfNoLoss()).isZero();
        assertThat(e.total().expectedShortfall(0.999)).isGreaterThanOrEqualTo(e.total().valueAtRisk(0.999) * 0.99);
      }
    }
    LossExposure big = FairSimulation.of(portfolio(frequent)).withYears(20_000).simulate();
    assertThat(big.total().mean()).isCloseTo(1000, within(4 * big.total().standardError()));
  }
}
