package io.github.ctokit.core.kpi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A balanced-scorecard perspective (Kaplan and Norton): the four standard ones, financial,
 * customer, internal process, and learning and growth, or a custom one such as
 * {@code "sustainability"}. Immutable; equal by name.
 *
 * <pre>{@code
 * ScorecardEntry revenue = ScorecardEntry.builder().kpi(KpiId.of("KPI-arr"))
 *     .curve(AchievementCurve.of(0.8, 1, 1.2)).perspective(Perspective.FINANCIAL).build();
 * }</pre>
 */
public final class Perspective {

  /** How the organisation looks to its shareholders or funders. */
  public static final Perspective FINANCIAL = new Perspective("financial");
  /** How customers see the organisation. */
  public static final Perspective CUSTOMER = new Perspective("customer");
  /** What the organisation must excel at internally. */
  public static final Perspective INTERNAL_PROCESS = new Perspective("internal-process");
  /** How the organisation keeps improving: people, systems, culture. */
  public static final Perspective LEARNING_AND_GROWTH = new Perspective("learning-and-growth");

  private final String name;

  private Perspective(String name) {
    this.name = name;
  }

  /**
   * Returns a perspective by name: one of the four standard ones for their names, else a custom one.
   *
   * @param name 1 to 64 characters of lower-case ASCII letters, digits and {@code -}, starting with a letter
   * @return the perspective
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} breaks the rule
   */
  public static Perspective of(String name) {
    Objects.requireNonNull(name, "name");
    for (Perspective p : new Perspective[] {FINANCIAL, CUSTOMER, INTERNAL_PROCESS, LEARNING_AND_GROWTH}) {
      if (p.name.equals(name)) {
        return p;
      }
    }
    boolean ok = !name.isEmpty() && name.length() <= 64 && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
    for (int i = 0; ok && i < name.length(); i++) {
      char c = name.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }
    if (!ok) {
      throw new IllegalArgumentException("perspective name must be 1 to 64 lower-case ASCII letters, digits and -,"
          + " starting with a letter (had " + name.length() + " characters)");
    }
    return new Perspective(name);
  }

  /**
   * Returns the name.
   *
   * @return such as {@code "financial"}
   */
  public String name() {
    return name;
  }

  /**
   * Tells whether this is one of the four standard perspectives.
   *
   * @return true for financial, customer, internal process, learning and growth
   */
  public boolean isStandard() {
    return this == FINANCIAL || this == CUSTOMER || this == INTERNAL_PROCESS || this == LEARNING_AND_GROWTH;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Perspective other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
