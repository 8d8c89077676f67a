package io.github.ctokit.testkit;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.risk.fair.CorrelationMatrix;
import io.github.ctokit.core.risk.fair.Distribution;
import io.github.ctokit.core.risk.fair.FormOfLoss;
import io.github.ctokit.core.risk.fair.FrequencyModel;
import io.github.ctokit.core.risk.fair.LossPortfolio;
import io.github.ctokit.core.risk.fair.LossScenario;
import io.github.ctokit.core.risk.fair.ScenarioId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;

/**
 * jqwik {@link Arbitrary} generators for {@code io.github.ctokit.core.risk.fair}: distributions,
 * loss scenarios in every frequency form, portfolios (valid by construction:
 * {@code LossPortfolio.validator()} reports nothing), and malformed distribution parameters for
 * validation tests.
 *
 * <p>Magnitudes are non-negative and at most about 1e9; frequencies at most 20 a year; a scenario
 * with its own {@link FrequencyModel#BERNOULLI} model has a mean frequency of at most 1.
 *
 * <pre>{@code
 * @Property
 * void simulationNeverThrows(@ForAll("portfolios") LossPortfolio portfolio) {
 *   FairSimulation.of(portfolio).withYears(10_000).simulate();
 * }
 *
 * @Provide
 * Arbitrary<LossPortfolio> portfolios() { return FairArbitraries.portfolios(8); }
 * }</pre>
 */
public final class FairArbitraries {

  private FairArbitraries() {}

  /**
   * A malformed input: a description, the parameter whose rule it breaks, and the attempt to build it.
   *
   * @param description what is wrong, such as {@code "pert mode above maximum"}
   * @param field the parameter named in the expected message, such as {@code "pert.mode"}
   * @param attempt builds the distribution; throws {@link IllegalArgumentException}
   */
  public record Malformed(String description, String field, Supplier<Distribution> attempt) {

    /**
     * Checks the record.
     *
     * @param description the description
     * @param field the field
     * @param attempt the attempt
     * @throws NullPointerException if an argument is null
     */
    public Malformed {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(attempt, "attempt");
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /**
   * Generates non-negative magnitude distributions of every kind.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Distribution> magnitudes() {
    Arbitrary<Double> low = Arbitraries.doubles().between(0, 1e6);
    Arbitrary<Double> width = Arbitraries.doubles().between(1, 1e7);
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    return Arbitraries.oneOf(
        low.map(Distribution::constant),
        Combinators.combine(low, width).as((a, w) -> Distribution.uniform(a, a + w)),
        Combinators.combine(low, width, at).as((a, w, m) -> Distribution.triangular(a, a + m * w, a + w)),
        Combinators.combine(low, width, at).as((a, w, m) -> Distribution.pert(a, a + m * w, a + w)),
        Combinators.combine(low, width, at, Arbitraries.doubles().between(0.5, 10))
            .as((a, w, m, g) -> Distribution.pert(a, a + m * w, a + w, g)),
        Combinators.combine(low, width, at).as((a, w, m) -> Distribution.pertMomentMatched(a, a + m * w, a + w, 4)),
        Combinators.combine(low, width).as((m, s) -> Distribution.truncatedNormal(m, s, 0, Double.POSITIVE_INFINITY)),
        Combinators.combine(Arbitraries.doubles().between(10, 1e6), Arbitraries.doubles().between(1.2, 200))
            .as((a, r) -> Distribution.lognormal90(a, a * r)),
        Combinators.combine(Arbitraries.doubles().between(1, 1e6), Arbitraries.doubles().between(0.1, 3))
            .as((m, cv) -> Distribution.lognormalFromMoments(m, m * cv)),
        Combinators.combine(Arbitraries.doubles().between(0, 14), Arbitraries.doubles().between(0.05, 2))
            .as(Distribution::lognormal),
        Arbitraries.doubles().between(0, 100).map(Distribution::poisson),
        Arbitraries.doubles().between(0, 1).map(Distribution::bernoulli),
        low.array(double[].class).ofMinSize(1).ofMaxSize(50).map(Distribution::empirical));
  }

  /**
   * Generates frequency distributions (events a year), within [0, 20].
   *
   * @return the arbitrary
   */
  public static Arbitrary<Distribution> frequencies() {
    Arbitrary<Double> rate = Arbitraries.doubles().between(0, 10);
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    return Arbitraries.oneOf(
        rate.map(Distribution::constant),
        Combinators.combine(rate, rate, at).as((a, w, m) -> pertAt(a, a + w + 0.01, m)),
        Combinators.combine(Arbitraries.doubles().between(0.01, 1), Arbitraries.doubles().between(1.5, 10))
            .as((a, r) -> Distribution.lognormal90(a, a * r)).filter(d -> d.mean() <= 20),
        Combinators.combine(rate, rate).as((a, w) -> Distribution.uniform(a, a + w + 0.01)));
  }

  /**
   * A PERT on [a, b] with its mode a share {@code m} of the way: {@code a + m·(b − a)} can round
   * past {@code b}, so the mode is kept within the range.
   */
  private static Distribution pertAt(double a, double b, double m) {
    return Distribution.pert(a, Math.min(b, Math.max(a, a + m * (b - a))), b);
  }

  /**
   * Generates probability distributions on [0, 1].
   *
   * @return the arbitrary
   */
  public static Arbitrary<Distribution> probabilities() {
    Arbitrary<Double> p = Arbitraries.doubles().between(0, 1);
    return Arbitraries.oneOf(
        p.map(Distribution::constant),
        Combinators.combine(p, p, p).as((x, y, m) -> {
          double a = Math.min(x, y);
          double b = Math.max(x, y) + 1e-3 > 1 ? 1 : Math.max(x, y) + 1e-3;
          a = Math.min(a, b - 1e-3);
          return pertAt(a, b, m);
        }),
        p.map(Distribution::bernoulli));
  }

  /**
   * Generates valid scenarios with the given id, in EUR, in every frequency form (LEF; TEF or
   * contact × action with direct susceptibility or strengths), with primary loss as one
   * distribution or by form, optional secondary loss, caps and frequency model.
   *
   * @param id the scenario id
   * @return the arbitrary
   */
  public static Arbitrary<LossScenario> scenarios(ScenarioId id) {
    Objects.requireNonNull(id, "id");
    Arbitrary<Integer> form = Arbitraries.integers().between(0, 4);
    Arbitrary<Distribution> strength = Combinators.combine(Arbitraries.doubles().between(0, 50),
        Arbitraries.doubles().between(1, 50), Arbitraries.doubles().between(0, 1))
        .as((a, w, m) -> Distribution.pert(a, a + m * w, a + w));
    Arbitrary<LossScenario.Builder> frequency = Combinators.combine(form, frequencies(), probabilities(), probabilities(),
        strength, strength).as((f, freq, p1, p2, tc, rs) -> {
          LossScenario.Builder b = LossScenario.builder();
          b.id(id).currency(CurrencyUnit.EUR);
          switch (f) {
            case 0:
              b.lossEventFrequency(freq);
              break;
            case 1:
              b.threatEventFrequency(freq).susceptibility(p1);
              break;
            case 2:
              b.threatEventFrequency(freq).threatCapability(tc).resistanceStrength(rs);
              break;
            case 3:
              b.contactFrequency(freq).probabilityOfAction(p1).susceptibility(p2);
              break;
            default:
              b.contactFrequency(freq).probabilityOfAction(p1).threatCapability(tc).resistanceStrength(rs);
          }
          return b;
        });
    Arbitrary<Boolean> byForm = Arbitraries.of(true, false);
    Arbitrary<Double> secondary = Arbitraries.doubles().between(-0.5, 1).map(p -> p < 0 ? -1 : p);
    Arbitrary<Double> cap = Arbitraries.doubles().between(-1e6, 1e8);
    Arbitrary<Optional<FrequencyModel>> model = Arbitraries.of(FrequencyModel.class).optional(0.5);
    return Combinators.combine(frequency, byForm, magnitudes(), magnitudes(), secondary, cap, cap, model)
        .as((b, forms, m1, m2, p2, eventCap, yearCap, fm) -> {
          if (forms) {
            b.putPrimaryLossByForm(FormOfLoss.RESPONSE, m1).putPrimaryLossByForm(FormOfLoss.FINES_AND_JUDGMENTS, m2);
          } else {
            b.primaryLoss(m1);
          }
          if (p2 >= 0) {
            b.secondaryLossProbability(Probability.of(p2)).secondaryLoss(m2);
          }
          if (eventCap > 0) {
            b.perEventCap(eventCap);
          }
          if (yearCap > 0) {
            b.perYearCap(yearCap);
          }
          LossScenario built = b.build();
          if (fm.isPresent() && !(fm.get() == FrequencyModel.BERNOULLI && built.meanLossEventFrequency() > 1)) {
            built = built.withFrequencyModel(fm.get());
          }
          return built;
        });
  }

  /**
   * Generates valid portfolios in EUR of 1 to {@code maxScenarios} scenarios with unique ids
   * ({@code s-0}, {@code s-1}, …), sometimes with a uniform correlation.
   *
   * @param maxScenarios the largest number of scenarios, 1 to 100
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code maxScenarios} is out of range
   */
  public static Arbitrary<LossPortfolio> portfolios(int maxScenarios) {
    if (maxScenarios < 1 || maxScenarios > 100) {
      throw new IllegalArgumentException("maxScenarios must be within [1, 100] (was " + maxScenarios + ")");
    }
    return Arbitraries.integers().between(1, maxScenarios).flatMap(n -> {
      Arbitrary<LossScenario>[] each = new Arbitrary[n];
      for (int i = 0; i < n; i++) {
        each[i] = scenarios(ScenarioId.of("s-" + i));
      }
      Arbitrary<List<LossScenario>> all = Combinators.combine(List.of(each)).as(list -> list);
      Arbitrary<Double> rho = Arbitraries.doubles().between(-0.5, 0.95);
      return Combinators.combine(all, rho).as((list, r) -> {
        LossPortfolio.Builder b = LossPortfolio.builder();
        b.currency(CurrencyUnit.EUR).addAllScenarios(list);
        if (r > 0) {
          b.correlation(CorrelationMatrix.uniform(list.size(), r));
        }
        return b.build();
      });
    });
  }

  /**
   * Generates malformed distribution parameters, one broken rule each, for every factory.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Malformed> malformedDistributions() {
    Arbitrary<Double> x = Arbitraries.doubles().between(-1e6, 1e6);
    Arbitrary<Double> positive = Arbitraries.doubles().between(0.01, 1e6);
    Arbitrary<Double> bad = Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    return Arbitraries.oneOf(
        bad.map(v -> new Malformed("constant " + v, "constant.value", () -> Distribution.constant(v))),
        Combinators.combine(x, positive).as((a, w) -> new Malformed("uniform reversed", "uniform.lower",
            () -> Distribution.uniform(a + w, a))),
        Combinators.combine(x, positive, positive).as((a, w, d) -> new Malformed("triangular mode above maximum",
            "triangular.mode", () -> Distribution.triangular(a, a + w + d, a + w))),
        Combinators.combine(x, positive, positive).as((a, w, d) -> new Malformed("pert mode below minimum",
            "pert.mode", () -> Distribution.pert(a, a - d, a + w))),
        x.map(a -> new Malformed("pert without width", "pert.minimum", () -> Distribution.pert(a, a, a))),
        Combinators.combine(x, positive, Arbitraries.doubles().between(-100, 0)).as((a, w, g) -> new Malformed(
            "pert shape " + g, "pert.shape", () -> Distribution.pert(a, a, a + w, g))),
        Combinators.combine(x, positive, Arbitraries.doubles().between(1001, 1e6)).as((a, w, g) -> new Malformed(
            "moment-matched pert shape " + g, "pertMomentMatched.shape", () -> Distribution.pertMomentMatched(a, a, a + w, g))),
        Combinators.combine(x, Arbitraries.doubles().between(-1e6, 0)).as((m, s) -> new Malformed("normal sd " + s,
            "normal.sd", () -> Distribution.normal(m, s))),
        Combinators.combine(x, positive).as((m, s) -> new Malformed("truncated normal reversed bounds",
            "truncatedNormal.lower", () -> Distribution.truncatedNormal(m, s, 1, 0))),
        Combinators.combine(x, Arbitraries.doubles().between(-10, 0)).as((m, s) -> new Malformed("lognormal sigma " + s,
            "lognormal.sigma", () -> Distribution.lognormal(m, s))),
        Combinators.combine(Arbitraries.doubles().between(-1e6, 0), positive).as((m, s) -> new Malformed(
            "lognormal mean " + m, "lognormal.mean", () -> Distribution.lognormalFromMoments(m, s))),
        Combinators.combine(Arbitraries.doubles().between(-1e6, 0), positive).as((lo, hi) -> new Malformed(
            "lognormal 90 % low " + lo, "lognormal.x1", () -> Distribution.lognormal90(lo, hi))),
        Combinators.combine(positive, positive).as((lo, d) -> new Malformed("lognormal 90 % reversed", "lognormal.x1",
            () -> Distribution.lognormal90(lo + d, lo))),
        Arbitraries.doubles().between(1, 100).map(q -> new Malformed("lognormal level " + q, "lognormal.q2",
            () -> Distribution.lognormalFromQuantiles(0.5, 1, q, 10))),
        Arbitraries.doubles().between(-1e6, -0.01).map(m -> new Malformed("poisson mean " + m, "poisson.mean",
            () -> Distribution.poisson(m))),
        Arbitraries.oneOf(Arbitraries.doubles().between(-10, -0.01), Arbitraries.doubles().between(1.01, 10))
            .map(p -> new Malformed("bernoulli p " + p, "bernoulli.p", () -> Distribution.bernoulli(p))),
        bad.map(v -> new Malformed("empirical sample " + v, "empirical.samples[1]",
            () -> Distribution.empirical(1, v, 3))));
  }
}
