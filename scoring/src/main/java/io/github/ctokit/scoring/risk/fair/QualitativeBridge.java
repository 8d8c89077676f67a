package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.Estimate;
import io.github.ctokit.core.risk.LikelihoodImpact;
import io.github.ctokit.core.risk.NistLevel;
import io.github.ctokit.core.risk.NistRating;
import io.github.ctokit.core.risk.Risk;
import io.github.ctokit.core.risk.fair.Distribution;
import io.github.ctokit.core.risk.fair.LossScenario;
import io.github.ctokit.core.risk.fair.ScenarioId;
import io.github.ctokit.scoring.risk.NistSp80030;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;

/**
 * Upgrades a qualitative register risk by risk: maps a likelihood level to a loss event frequency
 * range and an impact level to a loss magnitude range, and builds the {@link LossScenario} of a
 * {@link Risk} from its assessment.
 *
 * <p>The mapping is the organisation's calibration, given as one {@link Estimate} per level: a
 * three-point estimate becomes a {@linkplain Distribution#pert(double, double, double) PERT}, a
 * confidence interval a {@linkplain Distribution#lognormalFromQuantiles lognormal} through its
 * bounds. Ranges are per level rank, lowest first: the ranks of a {@link LikelihoodImpact} on the
 * register's scales, or the five {@link NistLevel}s of NIST SP 800-30 (the overall likelihood
 * derived from initiation and adverse impact by Table G-5 when not given directly).
 *
 * <p>{@link #nistDefaultFrequencies()} offers ctokit's default frequency ranges for the five NIST
 * levels (90 % intervals, events a year): very low 0.01–0.1, low 0.1–0.5, moderate 0.5–2, high 2–10,
 * very high 10–50. They are a starting point, not part of NIST SP 800-30, which states no
 * frequencies; magnitudes are always the caller's, since they depend on the organisation's size.
 *
 * <pre>{@code
 * QualitativeBridge bridge = QualitativeBridge.of(QualitativeBridge.nistDefaultFrequencies(), List.of(
 *     Estimate.ninetyPercent(1_000, 20_000), Estimate.ninetyPercent(10_000, 200_000),
 *     Estimate.ninetyPercent(100_000, 2_000_000), Estimate.ninetyPercent(1e6, 2e7),
 *     Estimate.ninetyPercent(1e7, 2e8)));
 * LossScenario s = bridge.scenario(risk, CurrencyUnit.EUR);   // from its current or inherent rating
 * }</pre>
 */
public final class QualitativeBridge {

  private final List<Estimate> frequencies;
  private final List<Estimate> magnitudes;

  private QualitativeBridge(List<Estimate> frequencies, List<Estimate> magnitudes) {
    this.frequencies = frequencies;
    this.magnitudes = magnitudes;
  }

  /**
   * Returns the bridge with the given ranges per level rank.
   *
   * @param frequencies loss event frequency (events a year, low end zero or more) per likelihood
   *     rank, lowest first; 1 to 64 entries
   * @param magnitudes loss of one event (low end zero or more; intervals above 0) per impact rank,
   *     lowest first; 1 to 64 entries
   * @return the bridge
   * @throws NullPointerException if an argument or an entry is null
   * @throws IllegalArgumentException if a list is empty or too long, or an estimate is negative
   */
  public static QualitativeBridge of(List<Estimate> frequencies, List<Estimate> magnitudes) {
    List<Estimate> f = List.copyOf(frequencies);
    List<Estimate> m = List.copyOf(magnitudes);
    check("frequencies", f);
    check("magnitudes", m);
    return new QualitativeBridge(f, m);
  }

  private static void check(String field, List<Estimate> list) {
    if (list.isEmpty() || list.size() > 64) {
      throw new IllegalArgumentException(field + " must hold 1 to 64 ranges (was " + list.size() + ")");
    }
    for (int i = 0; i < list.size(); i++) {
      Estimate e = list.get(i);
      if (e.low() < 0 || e.kind() == Estimate.Kind.CONFIDENCE_INTERVAL && e.low() <= 0) {
        throw new IllegalArgumentException(field + "[" + i + "] must not be negative, and an interval must start "
            + "above 0 (was " + e + ")");
      }
    }
  }

  /**
   * Returns ctokit's default frequency ranges for the five NIST SP 800-30 levels, very low first.
   *
   * @return five 90 % intervals, events a year
   */
  public static List<Estimate> nistDefaultFrequencies() {
    return List.of(Estimate.ninetyPercent(0.01, 0.1), Estimate.ninetyPercent(0.1, 0.5), Estimate.ninetyPercent(0.5, 2),
        Estimate.ninetyPercent(2, 10), Estimate.ninetyPercent(10, 50));
  }

  /**
   * Returns the distribution of an estimate: PERT for three points (a constant when all three
   * are equal), lognormal through the bounds of an interval.
   *
   * @param estimate the estimate
   * @return the distribution
   * @throws NullPointerException if {@code estimate} is null
   * @throws IllegalArgumentException if an interval's lower bound is not above 0
   */
  public static Distribution distributionOf(Estimate estimate) {
    Objects.requireNonNull(estimate, "estimate");
    if (estimate.kind() == Estimate.Kind.THREE_POINT) {
      double mode = estimate.mostLikely().orElse(estimate.low());
      return estimate.width() == 0 ? Distribution.constant(mode)
          : Distribution.pert(estimate.low(), mode, estimate.high());
    }
    double c = estimate.confidence().value();
    return Distribution.lognormalFromQuantiles((1 - c) / 2, estimate.low(), (1 + c) / 2, estimate.high());
  }

  /**
   * Returns the loss event frequency of a likelihood rank.
   *
   * @param rank 1-based, lowest first
   * @return the distribution, events a year
   * @throws IllegalArgumentException if the rank has no range
   */
  public Distribution frequency(int rank) {
    return distributionOf(at("likelihood", frequencies, rank));
  }

  /**
   * Returns the loss magnitude of an impact rank.
   *
   * @param rank 1-based, lowest first
   * @return the distribution, amount per event
   * @throws IllegalArgumentException if the rank has no range
   */
  public Distribution magnitude(int rank) {
    return distributionOf(at("impact", magnitudes, rank));
  }

  private static Estimate at(String field, List<Estimate> list, int rank) {
    if (rank < 1 || rank > list.size()) {
      throw new IllegalArgumentException(field + " rank must be within [1, " + list.size() + "] (was " + rank + ")");
    }
    return list.get(rank - 1);
  }

  /**
   * Returns the rank of a NIST level: very low 1 … very high 5.
   *
   * @param level the level
   * @return 1 to 5
   */
  public static int rankOf(NistLevel level) {
    return Objects.requireNonNull(level, "level").ordinal() + 1;
  }

  /**
   * Returns a scenario builder with the frequency and magnitude of a likelihood and impact rank,
   * its id and currency set; add caps, secondary loss or a title before building.
   *
   * @param id the scenario id
   * @param currency the currency
   * @param likelihood the likelihood rank, 1-based
   * @param impact the impact rank, 1-based
   * @return the builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a rank has no range
   */
  public LossScenario.Builder scenario(ScenarioId id, CurrencyUnit currency, int likelihood, int impact) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(currency, "currency");
    LossScenario.Builder b = LossScenario.builder();
    b.id(id).currency(currency).lossEventFrequency(frequency(likelihood)).primaryLoss(magnitude(impact));
    return b;
  }

  /**
   * Returns the scenario of a register risk, from its current assessment (or its inherent one
   * when there is no current): a {@link LikelihoodImpact} by its ranks, a {@link NistRating} by its
   * overall likelihood (Table G-5 from initiation and adverse impact when not given) and impact.
   *
   * @param risk the risk
   * @param currency the currency
   * @return the scenario, with id and risk link equal to the risk's id
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the risk has no assessment of those kinds, or a rank has no range
   */
  public LossScenario scenario(Risk risk, CurrencyUnit currency) {
    Objects.requireNonNull(risk, "risk");
    Object a = risk.current().or(risk::inherent).orElse(null);
    int likelihood;
    int impact;
    if (a instanceof LikelihoodImpact li) {
      likelihood = li.likelihood();
      impact = li.impact();
    } else if (a instanceof NistRating nist) {
      NistLevel overall = nist.overallLikelihood().orElseGet(() -> NistSp80030.standard()
          .overallLikelihood(nist.initiation().orElseThrow(), nist.adverseImpact().orElseThrow()));
      likelihood = rankOf(overall);
      impact = rankOf(nist.impact());
    } else {
      throw new IllegalArgumentException("risk " + risk.id()
          + " assessment must be likelihood-impact or nist-800-30 to be quantified (was "
          + (a == null ? "none" : ((io.github.ctokit.core.risk.Assessment) a).kind()) + ")");
    }
    return scenario(ScenarioId.of(risk.id().value()), currency, likelihood, impact).risk(risk.id()).build();
  }

  /**
   * Returns the frequency ranges by NIST level.
   *
   * @return level → estimate, for the levels that have one
   */
  public Map<NistLevel, Estimate> nistFrequencies() {
    Map<NistLevel, Estimate> out = new EnumMap<>(NistLevel.class);
    for (NistLevel l : NistLevel.values()) {
      if (rankOf(l) <= frequencies.size()) {
        out.put(l, frequencies.get(rankOf(l) - 1));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    List<String> f = new ArrayList<>();
    frequencies.forEach(e -> f.add(e.toString()));
    return "QualitativeBridge[frequencies " + f + ", magnitudes " + magnitudes + "]";
  }
}
