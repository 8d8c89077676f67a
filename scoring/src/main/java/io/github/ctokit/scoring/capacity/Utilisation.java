package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.internal.Checks;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Hours wanted (or allocated) over hours available, with zero capacity as an explicit state: the
 * ratio is {@linkplain #isDefined() undefined} when capacity is zero (Runn prints "--"), never NaN
 * or infinite. A group's utilisation is {@code Σ load / Σ capacity}, never the mean of ratios.
 *
 * <pre>{@code
 * Utilisation u = Utilisation.of(32, 40);   // 0.8
 * Utilisation.of(8, 0).isDefined();         // false
 * }</pre>
 */
public final class Utilisation {

  private final double load;
  private final double capacity;

  private Utilisation(double load, double capacity) {
    this.load = load;
    this.capacity = capacity;
  }

  /**
   * Returns the utilisation of a load on a capacity.
   *
   * @param load hours wanted or allocated, zero or more
   * @param capacity hours available, zero or more
   * @return the utilisation
   * @throws IllegalArgumentException if a value is negative or not finite
   */
  public static Utilisation of(double load, double capacity) {
    return new Utilisation(Checks.requireNonNegative("load", load), Checks.requireNonNegative("capacity", capacity));
  }

  /**
   * Returns the load.
   *
   * @return hours, zero or more
   */
  public double load() {
    return load;
  }

  /**
   * Returns the capacity.
   *
   * @return hours, zero or more
   */
  public double capacity() {
    return capacity;
  }

  /**
   * Tells whether the ratio is defined.
   *
   * @return false exactly when capacity is zero
   */
  public boolean isDefined() {
    return capacity > 0;
  }

  /**
   * Returns {@code load / capacity}.
   *
   * @return the ratio, zero or more (above 1 when over-allocated); empty when capacity is zero
   */
  public OptionalDouble ratio() {
    return capacity > 0 ? OptionalDouble.of(load / capacity) : OptionalDouble.empty();
  }

  /**
   * Tells whether the load exceeds the capacity, including any load on zero capacity.
   *
   * @return true if {@code load > capacity}
   */
  public boolean isOverAllocated() {
    return load > capacity;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Utilisation other && other.load == load && other.capacity == capacity;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(load) * 31 + Double.hashCode(capacity);
  }

  /** Returns {@code 80 %}, or {@code --} when capacity is zero. */
  @Override
  public String toString() {
    if (!isDefined()) {
      return "--";
    }
    return Checks.format(Math.round(load / capacity * 1000) / 10.0) + " %";
  }
}
