package io.github.ctokit.scoring.okr;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A progress rounded for people to compare by eye, with its colour; the rounding is the policy's
 * {@code gradeScale} and {@code gradeRounding}. Immutable.
 */
public final class Grade {

  private final BigDecimal value;
  private final GradeColour colour;

  Grade(BigDecimal value, GradeColour colour) {
    this.value = value;
    this.colour = colour;
  }

  /**
   * Returns the rounded value, such as {@code 0.70}.
   *
   * @return the grade
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the colour band of the rounded value.
   *
   * @return the colour
   */
  public GradeColour colour() {
    return colour;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Grade other && other.value.equals(value) && other.colour == colour;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, colour);
  }

  /** Returns {@code 0.70 GREEN}. */
  @Override
  public String toString() {
    return value.toPlainString() + " " + colour;
  }
}
