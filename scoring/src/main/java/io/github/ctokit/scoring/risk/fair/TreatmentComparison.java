package io.github.ctokit.scoring.risk.fair;

import java.util.List;
import java.util.Objects;

/**
 * The baseline exposure and the effect of each treatment, ranked by net benefit (mean reduction
 * minus cost), highest first; ties keep the order given.
 *
 * @param baseline the untreated portfolio's exposure
 * @param ranked the effects, best first
 */
public record TreatmentComparison(LossExposure baseline, List<TreatmentEffect> ranked) {

  /**
   * Checks and copies the comparison.
   *
   * @param baseline the baseline
   * @param ranked the ranked effects
   * @throws NullPointerException if an argument is null
   */
  public TreatmentComparison {
    Objects.requireNonNull(baseline, "baseline");
    ranked = List.copyOf(ranked);
  }
}
