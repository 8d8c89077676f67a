package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.Level;
import io.github.ctokit.core.risk.Assessment;
import io.github.ctokit.core.risk.Control;
import io.github.ctokit.core.risk.ControlId;
import io.github.ctokit.core.risk.ControlStatus;
import io.github.ctokit.core.risk.Risk;
import io.github.ctokit.core.risk.RiskId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One risk of a {@link RegisterAssessment}: its three tiers, its appetite check, its rank, and an
 * explanation of all of them. Immutable; tier objects and the method's full explanation are built
 * on first request.
 */
public final class AssessedRisk {

  private final Risk risk;
  private final @Nullable RiskMethod<?> method;
  private final @Nullable String notRatedReason;
  // The whole register's levels and scores, three per risk from index `at`: one pair of arrays
  // per assessment rather than two small arrays per risk.
  private final Level[] levels;
  private final long[] hundredths;
  private final int at;
  private final boolean currentAssessed;
  private final boolean residualAssessed;
  private final long currentRemaining;
  private final long residualRemaining;
  private final AppetiteCheck appetite;
  private final Map<ControlId, Control> controls;
  int rank;

  AssessedRisk(Risk risk, @Nullable RiskMethod<?> method, @Nullable String notRatedReason, Level[] levels,
      long[] hundredths, int at, boolean currentAssessed, boolean residualAssessed, long currentRemaining,
      long residualRemaining, AppetiteCheck appetite, Map<ControlId, Control> controls) {
    this.risk = risk;
    this.method = method;
    this.notRatedReason = notRatedReason;
    this.levels = levels;
    this.hundredths = hundredths;
    this.at = at;
    this.currentAssessed = currentAssessed;
    this.residualAssessed = residualAssessed;
    this.currentRemaining = currentRemaining;
    this.residualRemaining = residualRemaining;
    this.appetite = appetite;
    this.controls = controls;
  }

  /**
   * Returns the risk.
   *
   * @return the risk as given
   */
  public Risk risk() {
    return risk;
  }

  /**
   * Returns the risk's id.
   *
   * @return the id
   */
  public RiskId id() {
    return risk.id();
  }

  /**
   * Tells whether the risk was scored.
   *
   * @return false if it has no inherent rating, no method for its kind, or inputs the method
   *     cannot score
   */
  public boolean isRated() {
    return notRatedReason == null;
  }

  /**
   * Returns why the risk was not scored.
   *
   * @return the reason, or empty if it was scored
   */
  public Optional<String> notRatedReason() {
    return Optional.ofNullable(notRatedReason);
  }

  /**
   * Returns the id of the method that scored the risk.
   *
   * @return the method id, or empty if none applied
   */
  public Optional<String> methodId() {
    return method == null ? Optional.empty() : Optional.of(method.id());
  }

  /**
   * Returns the position in {@link RegisterAssessment#ranked()}.
   *
   * @return 1 for the highest risk; 0 when not rated
   */
  public int rank() {
    return rank;
  }

  /**
   * Returns one tier.
   *
   * @param tier the tier
   * @return its score, or empty when not rated
   */
  public Optional<TierScore> tier(Tier tier) {
    if (!isRated()) {
      return Optional.empty();
    }
    int t = tier.ordinal();
    boolean assessed = t == 0 || (t == 1 ? currentAssessed : residualAssessed);
    List<ControlId> applied = assessed ? List.of()
        : appliedControls(t == 1 ? ControlStatus.IMPLEMENTED : ControlStatus.PLANNED);
    long remaining = assessed ? Decimals.MICROS : (t == 1 ? currentRemaining : residualRemaining);
    return Optional.of(new TierScore(tier, level(t), Decimals.ofHundredths(hundredths[at + t]), assessed, applied,
        BigDecimal.valueOf(remaining, 6)));
  }

  /**
   * Returns the inherent tier.
   *
   * @return its score, or empty when not rated
   */
  public Optional<TierScore> inherent() {
    return tier(Tier.INHERENT);
  }

  /**
   * Returns the current tier.
   *
   * @return its score, or empty when not rated
   */
  public Optional<TierScore> current() {
    return tier(Tier.CURRENT);
  }

  /**
   * Returns the residual tier.
   *
   * @return its score, or empty when not rated
   */
  public Optional<TierScore> residual() {
    return tier(Tier.RESIDUAL);
  }

  /**
   * Returns the appetite check.
   *
   * @return the check; {@link AppetiteStatus#NOT_RATED} when not rated or without appetite
   */
  public AppetiteCheck appetite() {
    return appetite;
  }

  /**
   * Returns the method's full score of the inherent rating, with its structured explanation.
   *
   * @return the score, or empty when not rated
   */
  public Optional<RiskScore> inherentScore() {
    if (!isRated() || method == null || risk.inherent().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(scoreWith(method, risk.inherent().get()));
  }

  static <A extends Assessment> RiskScore scoreWith(RiskMethod<A> method, Assessment input) {
    return method.score(method.inputType().cast(input));
  }

  long hundredths(int tier) {
    return hundredths[at + tier];
  }

  private List<ControlId> appliedControls(ControlStatus status) {
    List<ControlId> applied = new ArrayList<>();
    for (ControlId id : risk.controls()) {
      Control c = controls.get(id);
      if (c != null && c.status() == status && !applied.contains(id)) {
        applied.add(id);
      }
    }
    return applied;
  }

  /**
   * Explains the risk for people: rank, the method's explanation of the inherent rating, how the
   * current and residual tiers were obtained, and the appetite check.
   *
   * @return multi-line text
   */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append("Risk ").append(risk.id()).append(" (").append(risk.category().code()).append(", owner ")
        .append(risk.owner()).append(")");
    if (!isRated()) {
      return sb.append(": not rated: ").append(notRatedReason).toString();
    }
    sb.append(", rank ").append(rank).append('\n');
    sb.append(inherentScore().map(RiskScore::explain).orElse("")).append('\n');
    for (Tier t : Tier.values()) {
      TierScore s = tier(t).orElseThrow();
      sb.append(t).append(": ").append(s.level().label()).append(' ').append(s.score().toPlainString());
      if (t != Tier.INHERENT) {
        if (s.isAssessed()) {
          sb.append(" (rated directly)");
        } else {
          String previous = Decimals.hundredths(hundredths[at + t.ordinal() - 1]);
          sb.append(" = ").append(previous).append(" × ").append(Decimals.plain(s.remaining()))
              .append(" (controls ").append(s.controls()).append(", reduction ").append(Decimals.plain(s.reduction()))
              .append(")");
        }
      }
      sb.append('\n');
    }
    sb.append("appetite: ").append(appetite);
    return sb.toString();
  }

  /** Returns {@code "#3 R-007 CURRENT High 6.00"} or {@code "R-009 not rated"}. */
  @Override
  public String toString() {
    if (!isRated()) {
      return risk.id() + " not rated";
    }
    return "#" + rank + " " + risk.id() + " " + level(0).label() + "/" + level(1).label() + "/" + level(2).label()
        + " " + Decimals.hundredths(hundredths[at]) + "/" + Decimals.hundredths(hundredths[at + 1]) + "/"
        + Decimals.hundredths(hundredths[at + 2]);
  }

  /** The level of a tier of a rated risk. */
  private Level level(int tier) {
    Level level = levels[at + tier];
    if (level == null) {
      throw new IllegalStateException("risk " + risk.id() + " is not rated");
    }
    return level;
  }
}
