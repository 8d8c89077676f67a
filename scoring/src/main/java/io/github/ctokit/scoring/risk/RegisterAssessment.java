package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.risk.RiskId;
import io.github.ctokit.core.validation.ValidationResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link RiskScoring#assess}: every risk scored at three tiers, ranked, judged
 * against appetite and placed on a heat map, with every problem found on the way.
 *
 * <p>Ranking order (documented, stable): the {@linkplain #basis() basis tier}'s normalised score,
 * highest first; then the inherent score, highest first; then the risk id in
 * {@link String#compareTo} order. Unrated risks are not ranked; they are in {@link #notRated()}.
 */
public final class RegisterAssessment {

  private final LocalDate asOf;
  private final Tier basis;
  private final ReductionRule reductionRule;
  private final List<AssessedRisk> all;
  private final List<AssessedRisk> ranked;
  private final List<AssessedRisk> notRated;
  private final List<AssessedRisk> breaches;
  private final @Nullable HeatMap heatMap;
  private final ValidationResult violations;

  RegisterAssessment(LocalDate asOf, Tier basis, ReductionRule reductionRule, List<AssessedRisk> all,
      List<AssessedRisk> ranked, @Nullable HeatMap heatMap, ValidationResult violations) {
    this.asOf = asOf;
    this.basis = basis;
    this.reductionRule = reductionRule;
    this.all = Collections.unmodifiableList(all);
    this.ranked = Collections.unmodifiableList(ranked);
    List<AssessedRisk> unrated = new ArrayList<>();
    for (AssessedRisk r : all) {
      if (!r.isRated()) {
        unrated.add(r);
      }
    }
    this.notRated = Collections.unmodifiableList(unrated);
    List<AssessedRisk> breached = new ArrayList<>();
    for (AssessedRisk r : ranked) {
      if (r.appetite().isBreach()) {
        breached.add(r);
      }
    }
    this.breaches = Collections.unmodifiableList(breached);
    this.heatMap = heatMap;
    this.violations = violations;
  }

  /**
   * Returns the day the register was judged on.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the tier that ranking and appetite use.
   *
   * @return the basis tier
   */
  public Tier basis() {
    return basis;
  }

  /**
   * Returns how controls were combined.
   *
   * @return the rule
   */
  public ReductionRule reductionRule() {
    return reductionRule;
  }

  /**
   * Returns every risk in register order.
   *
   * @return an unmodifiable list
   */
  public List<AssessedRisk> all() {
    return all;
  }

  /**
   * Returns the rated risks, highest first, in the order described above.
   *
   * @return an unmodifiable list
   */
  public List<AssessedRisk> ranked() {
    return ranked;
  }

  /**
   * Returns the risks that could not be scored.
   *
   * @return an unmodifiable list, in register order
   */
  public List<AssessedRisk> notRated() {
    return notRated;
  }

  /**
   * Returns the risks above their appetite limit.
   *
   * @return an unmodifiable list, in rank order
   */
  public List<AssessedRisk> breaches() {
    return breaches;
  }

  /**
   * Returns the heat-map data.
   *
   * @return the map of the likelihood-impact method, or empty if no such method applied
   */
  public Optional<HeatMap> heatMap() {
    return Optional.ofNullable(heatMap);
  }

  /**
   * Returns every problem found: the register's validation followed by scoring findings
   * (unscorable inputs, tier invariants broken, appetite limits on the wrong scale).
   *
   * @return the violations
   */
  public ValidationResult violations() {
    return violations;
  }

  /**
   * Finds a risk by id.
   *
   * @param id the id
   * @return the first risk with that id, or empty
   */
  public Optional<AssessedRisk> find(RiskId id) {
    for (AssessedRisk r : all) {
      if (r.id().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return "RegisterAssessment as of " + asOf + ": " + all.size() + " risks, " + ranked.size() + " rated, "
        + breaches.size() + " breaches, basis " + basis + ", " + violations.summary();
  }
}
