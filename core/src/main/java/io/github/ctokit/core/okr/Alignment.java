package io.github.ctokit.core.okr;

import io.github.ctokit.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An edge of the alignment DAG: the objective holding it contributes to {@code parent} with a
 * weight. A parent's progress from its children is {@code Σ wᵢ·pᵢ / Σ wᵢ} over its incoming edges,
 * so weights 6 and 4 mean 60 % and 40 %. Immutable.
 *
 * <p>The weight must be finite here; a negative weight is reported by
 * {@link OkrGraph#validator()} (code {@code okr.negative-weight}) so that an import sees every
 * problem at once.
 */
public final class Alignment {

  private final ObjectiveId parent;
  private final double weight;

  private Alignment(ObjectiveId parent, double weight) {
    this.parent = parent;
    this.weight = weight;
  }

  /**
   * Returns an edge of weight 1.
   *
   * @param parent the objective contributed to
   * @return the edge
   * @throws NullPointerException if {@code parent} is null
   */
  public static Alignment to(ObjectiveId parent) {
    return to(parent, 1);
  }

  /**
   * Returns a weighted edge.
   *
   * @param parent the objective contributed to
   * @param weight the finite weight
   * @return the edge
   * @throws NullPointerException if {@code parent} is null
   * @throws IllegalArgumentException if {@code weight} is NaN or infinite
   */
  public static Alignment to(ObjectiveId parent, double weight) {
    return new Alignment(Objects.requireNonNull(parent, "parent"), Checks.requireFinite("alignment weight", weight));
  }

  /**
   * Returns the objective contributed to.
   *
   * @return the parent id
   */
  public ObjectiveId parent() {
    return parent;
  }

  /**
   * Returns the edge's weight.
   *
   * @return a finite number; valid graphs have it zero or more
   */
  public double weight() {
    return weight;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Alignment other && other.parent.equals(parent) && other.weight == weight;
  }

  @Override
  public int hashCode() {
    return parent.hashCode() * 31 + Double.hashCode(weight);
  }

  /** Returns {@code parent×weight}, such as {@code O-eng×2}. */
  @Override
  public String toString() {
    return parent + "×" + Checks.format(weight);
  }
}
