package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The share of each team member's time lost to coordination, as a function of the team's
 * headcount {@code n} on the day (policy). A person in several teams loses the allocation-weighted
 * mean of their teams' overheads. The share is capped at 1.
 *
 * <ul>
 *   <li>{@link #none()} (the default): nothing is lost;
 *   <li>{@link #madachy()}: {@code 0.0006·n²} (Madachy's "0.06·n² %", REFERENCES §5.2): 6 % at 10
 *       people, 24 % at 20;
 *   <li>{@link #perColleague(double)}: {@code c·(n − 1)}, Brooks's linear cost per colleague (each of
 *       the {@code n(n−1)/2} channels costs both ends {@code c}).
 * </ul>
 */
public final class CommunicationOverhead {

  private enum Kind { NONE, QUADRATIC, PER_COLLEAGUE }

  private static final CommunicationOverhead NONE = new CommunicationOverhead(Kind.NONE, 0);
  private static final CommunicationOverhead MADACHY = new CommunicationOverhead(Kind.QUADRATIC, 0.0006);

  private final Kind kind;
  private final double coefficient;

  private CommunicationOverhead(Kind kind, double coefficient) {
    this.kind = kind;
    this.coefficient = coefficient;
  }

  /**
   * Returns no overhead (the default).
   *
   * @return the zero policy
   */
  public static CommunicationOverhead none() {
    return NONE;
  }

  /**
   * Returns Madachy's quadratic overhead, {@code 0.0006·n²}.
   *
   * @return the policy
   */
  public static CommunicationOverhead madachy() {
    return MADACHY;
  }

  /**
   * Returns Brooks's linear overhead per colleague.
   *
   * @param share the share of a person's time each colleague costs, within [0, 1]
   * @return the policy {@code share·(n − 1)}
   * @throws IllegalArgumentException if {@code share} is outside [0, 1]
   */
  public static CommunicationOverhead perColleague(double share) {
    return new CommunicationOverhead(Kind.PER_COLLEAGUE, Checks.requireWithin("share", share, 0, 1));
  }

  /**
   * Returns the share of time lost in a team of a given headcount.
   *
   * @param headcount people in the team, zero or more
   * @return within [0, 1]
   */
  public double share(int headcount) {
    if (headcount <= 0 || kind == Kind.NONE) {
      return 0;
    }
    double s = kind == Kind.QUADRATIC ? coefficient * headcount * (double) headcount : coefficient * (headcount - 1);
    return Math.min(1, s);
  }

  boolean isNone() {
    return kind == Kind.NONE || coefficient == 0;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CommunicationOverhead other && other.kind == kind && other.coefficient == coefficient;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, coefficient);
  }

  /** Returns {@code CommunicationOverhead[QUADRATIC 0.0006]}. */
  @Override
  public String toString() {
    return "CommunicationOverhead[" + kind + " " + Checks.format(coefficient) + "]";
  }
}
