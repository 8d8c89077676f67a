package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.Level;
import io.github.ctokit.core.risk.ControlId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The score of one tier of one risk, and how it was obtained: {@linkplain #isAssessed() assessed}
 * directly, or derived from the tier before it by the listed controls.
 *
 * <p>Derived: {@code score = previous × remaining}, two places HALF_UP, where {@code remaining} is
 * {@code Π(1 − e·c)} (or {@code 1 − max(e·c)}) over {@link #controls()}, six places HALF_UP; the
 * level is the method's {@link RiskMethod#levelOf(BigDecimal)}.
 */
public final class TierScore {

  private final Tier tier;
  private final Level level;
  private final BigDecimal score;
  private final boolean assessed;
  private final List<ControlId> controls;
  private final BigDecimal remaining;

  TierScore(Tier tier, Level level, BigDecimal score, boolean assessed, List<ControlId> controls, BigDecimal remaining) {
    this.tier = tier;
    this.level = level;
    this.score = score;
    this.assessed = assessed;
    this.controls = List.copyOf(controls);
    this.remaining = remaining;
  }

  /**
   * Returns the tier.
   *
   * @return the tier
   */
  public Tier tier() {
    return tier;
  }

  /**
   * Returns the level on the method's scale.
   *
   * @return the level
   */
  public Level level() {
    return level;
  }

  /**
   * Returns the normalised score.
   *
   * @return within [0, 10], two places
   */
  public BigDecimal score() {
    return score;
  }

  /**
   * Tells whether the tier was rated directly rather than derived.
   *
   * @return true for the inherent tier and for directly rated current or residual tiers
   */
  public boolean isAssessed() {
    return assessed;
  }

  /**
   * Returns the controls that derived this tier from the one before.
   *
   * @return the control ids, in the risk's order; empty for an assessed tier
   */
  public List<ControlId> controls() {
    return controls;
  }

  /**
   * Returns the share of the previous tier's score that remains.
   *
   * @return within [0, 1], six places; 1 for an assessed tier
   */
  public BigDecimal remaining() {
    return remaining;
  }

  /**
   * Returns the share of the previous tier's score that the controls removed.
   *
   * @return {@code 1 − remaining()}
   */
  public BigDecimal reduction() {
    return BigDecimal.ONE.subtract(remaining);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof TierScore)) {
      return false;
    }
    TierScore o = (TierScore) obj;
    return tier == o.tier && level.equals(o.level) && score.equals(o.score) && assessed == o.assessed
        && controls.equals(o.controls) && remaining.equals(o.remaining);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tier, level, score, assessed, controls, remaining);
  }

  /** Returns {@code "CURRENT High 6.00 (derived, remaining 0.8)"}. */
  @Override
  public String toString() {
    return tier + " " + level.label() + " " + score.toPlainString()
        + (assessed ? " (assessed)" : " (derived by " + controls + ", remaining " + Decimals.plain(remaining) + ")");
  }
}
