package io.github.ctokit.scoring.continuity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One visible part of a {@link ReadinessScore}: {@code met} of {@code total} items, worth
 * {@code weight} points; its points are {@code weight · met / total} rounded to a whole number
 * with the score's rounding mode, and 0 when {@code total} is 0 (no evidence, no credit). Immutable.
 */
public final class ReadinessComponent {

  private final String name;
  private final int met;
  private final int total;
  private final int weight;
  private final int points;

  ReadinessComponent(String name, int met, int total, int weight, RoundingMode rounding) {
    this.name = name;
    this.met = met;
    this.total = total;
    this.weight = weight;
    this.points = ReadinessScore.points(met, total, weight, rounding);
  }

  /**
   * Returns the component's name: {@code "recovery time"}, {@code "recovery point"},
   * {@code "drills"} or {@code "backups"}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns how many items meet the component's rule.
   *
   * @return 0 to {@link #total()}
   */
  public int met() {
    return met;
  }

  /**
   * Returns how many items the component counts.
   *
   * @return zero or more
   */
  public int total() {
    return total;
  }

  /**
   * Returns the points the component is worth.
   *
   * @return the weight
   */
  public int weight() {
    return weight;
  }

  /**
   * Returns the points earned.
   *
   * @return 0 to {@link #weight()}
   */
  public int points() {
    return points;
  }

  /**
   * Returns the share met, exactly as a percentage with two decimals (half up).
   *
   * @return {@code met / total · 100}, or 0 when {@code total} is 0
   */
  public BigDecimal percent() {
    if (total == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
  }

  /** Returns {@code "drills 3/7 → 11/25"}. */
  @Override
  public String toString() {
    return name + " " + met + "/" + total + " → " + points + "/" + weight;
  }
}
