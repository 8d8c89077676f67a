package io.github.ctokit.scoring.continuity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A 0–100 readiness score in the style of AWS Resilience Hub: the sum of whole-point
 * {@link ReadinessComponent components}, each {@code weight · met / total} rounded with a stated
 * {@link RoundingMode}. The components and their weights (25 each by default):
 *
 * <ul>
 *   <li>recovery time: services with an RTO whose achievable recovery meets it (and, where it
 *       applies, the MTPD);
 *   <li>recovery point: services with an RPO whose achievable recovery point meets it;
 *   <li>drills: services whose drill evidence is {@link DrillStatus#PASSED};
 *   <li>backups: backup policies that pass 3-2-1-1-0.
 * </ul>
 *
 * <p>An unknown recovery or recovery point counts as not met. Immutable.
 */
public final class ReadinessScore {

  private final List<ReadinessComponent> components;
  private final RoundingMode rounding;

  ReadinessScore(List<ReadinessComponent> components, RoundingMode rounding) {
    this.components = List.copyOf(components);
    this.rounding = rounding;
  }

  /**
   * Returns the points of one component: {@code weight · met / total} rounded to a whole number.
   * With weight 20, 2 of 3 gives 13.33… → 13; with weight 100, 1 of 8 gives 12.5 → 12 under
   * {@link RoundingMode#HALF_EVEN} and 13 under {@link RoundingMode#HALF_UP}.
   *
   * @param met items meeting the rule, 0 to {@code total}
   * @param total items counted, zero or more; 0 gives 0 points
   * @param weight points the component is worth, zero or more
   * @param rounding how to round to a whole number; not {@link RoundingMode#UNNECESSARY}
   * @return the points
   * @throws NullPointerException if {@code rounding} is null
   * @throws IllegalArgumentException if a count is out of range or the rounding is UNNECESSARY
   */
  public static int points(int met, int total, int weight, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("rounding must not be UNNECESSARY");
    }
    if (total < 0 || met < 0 || met > total) {
      throw new IllegalArgumentException("met must be within [0, total] and total zero or more (was " + met + " of " + total + ")");
    }
    if (weight < 0) {
      throw new IllegalArgumentException("weight must be zero or more (was " + weight + ")");
    }
    if (total == 0) {
      return 0;
    }
    return BigDecimal.valueOf((long) weight * met).divide(BigDecimal.valueOf(total), 0, rounding).intValueExact();
  }

  /**
   * Returns the components, in the order listed above.
   *
   * @return the components
   */
  public List<ReadinessComponent> components() {
    return components;
  }

  /**
   * Returns the rounding mode applied to each component.
   *
   * @return the mode
   */
  public RoundingMode rounding() {
    return rounding;
  }

  /**
   * Returns the score.
   *
   * @return the sum of the components' points, 0 to 100
   */
  public int value() {
    int sum = 0;
    for (ReadinessComponent c : components) {
      sum += c.points();
    }
    return sum;
  }

  /** Returns {@code "62/100 (recovery time 2/3 → 17/25, …)"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(value()).append("/100 (");
    for (int i = 0; i < components.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(components.get(i));
    }
    return sb.append(')').toString();
  }
}
