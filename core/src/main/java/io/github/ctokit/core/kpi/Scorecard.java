package io.github.ctokit.core.kpi;

import io.github.ctokit.core.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A weighted KPI scorecard: {@code score = Σ wᵢ·fᵢ(valueᵢ) / Σ wᵢ} over the entries whose KPI has
 * data, with each {@code fᵢ} an {@link AchievementCurve}. KPI ids are unique and at least one
 * weight is positive (checked at construction).
 *
 * <pre>{@code
 * Scorecard engineering = Scorecard.builder().name("Engineering Q1")
 *     .addEntries(deploys, leadTime, changeFailureRate).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Scorecard implements WithScorecard {

  Scorecard() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scorecard}; a name and at least one entry are required. */
  public static final class Builder extends ImmutableScorecard.Builder {
    Builder() {}
  }

  /**
   * Returns the scorecard's name, for reports.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract String name();

  /**
   * Returns the entries.
   *
   * @return one or more entries with distinct KPIs
   */
  public abstract List<ScorecardEntry> entries();

  /**
   * Returns the weights of the balanced-scorecard perspectives. When set, the score is
   * {@code Σ Wₚ·scoreₚ / Σ Wₚ} over the perspectives with data, where {@code scoreₚ} is the
   * weighted mean of that perspective's entries; every entry must then name one of these
   * perspectives. When empty, the score is the weighted mean over all entries and perspectives
   * are only reported.
   *
   * @return finite weights, zero or more, not all 0; empty by default
   */
  public abstract Map<Perspective, Double> perspectiveWeights();

  @Value.Check
  final void check() {
    if (entries().isEmpty()) {
      throw new IllegalArgumentException("entries must not be empty");
    }
    Set<KpiId> seen = new HashSet<>();
    double total = 0;
    for (int i = 0; i < entries().size(); i++) {
      ScorecardEntry e = entries().get(i);
      if (!seen.add(e.kpi())) {
        throw new IllegalArgumentException("entries must have distinct kpis (entries[" + i + "] repeats " + e.kpi() + ")");
      }
      total += e.weight();
    }
    if (total == 0) {
      throw new IllegalArgumentException("entries must not all have weight 0");
    }
    if (!perspectiveWeights().isEmpty()) {
      double sum = 0;
      for (Map.Entry<Perspective, Double> w : perspectiveWeights().entrySet()) {
        sum += Checks.requireNonNegative("perspectiveWeights[" + w.getKey() + "]", w.getValue());
      }
      if (sum == 0) {
        throw new IllegalArgumentException("perspectiveWeights must not all be 0");
      }
      for (int i = 0; i < entries().size(); i++) {
        ScorecardEntry e = entries().get(i);
        if (e.perspective().isEmpty() || !perspectiveWeights().containsKey(e.perspective().get())) {
          throw new IllegalArgumentException("entries[" + i + "] (kpi " + e.kpi() + ") must name a weighted perspective (was "
              + e.perspective().map(Perspective::name).orElse("none") + ")");
        }
      }
    }
  }
}
