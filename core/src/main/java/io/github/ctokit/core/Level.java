package io.github.ctokit.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One level of a {@link LevelScale}, such as "High" on the five-level scale.
 *
 * <p>Levels of the same scale are ordered by position; comparing levels of different scales
 * throws, because "High" on a three-level scale and "High" on a five-level scale mean different
 * things. Obtain levels from their scale: {@code scale.level("High")}, {@code scale.level(3)}.
 */
public final class Level implements Comparable<Level> {

  private final LevelScale scale;
  private final int ordinal;

  Level(LevelScale scale, int ordinal) {
    this.scale = scale;
    this.ordinal = ordinal;
  }

  /**
   * Returns the scale this level belongs to.
   *
   * @return the scale
   */
  public LevelScale scale() {
    return scale;
  }

  /**
   * Returns the 0-based position.
   *
   * @return 0 for the lowest level, {@code scale().size() - 1} for the highest
   */
  public int ordinal() {
    return ordinal;
  }

  /**
   * Returns the 1-based position, as risk matrices print it.
   *
   * @return {@code ordinal() + 1}
   */
  public int rank() {
    return ordinal + 1;
  }

  /**
   * Returns the label.
   *
   * @return the label at this position of the scale
   */
  public String label() {
    return scale.labels().get(ordinal);
  }

  /**
   * Returns the position mapped onto [0, 1], so that levels of scales of different sizes can be
   * placed on one axis.
   *
   * @return {@code ordinal() / (scale().size() - 1)}: 0 for the lowest level, 1 for the highest
   */
  public double normalised() {
    return (double) ordinal / (scale.size() - 1);
  }

  /**
   * Returns the next higher level.
   *
   * @return the level above, or empty for the highest level
   */
  public Optional<Level> higher() {
    return ordinal + 1 < scale.size() ? Optional.of(scale.level(ordinal + 1)) : Optional.empty();
  }

  /**
   * Returns the next lower level.
   *
   * @return the level below, or empty for the lowest level
   */
  public Optional<Level> lower() {
    return ordinal > 0 ? Optional.of(scale.level(ordinal - 1)) : Optional.empty();
  }

  /**
   * Tells whether this level is strictly above another of the same scale.
   *
   * @param other a level of the same scale
   * @return true if this level's ordinal is greater
   * @throws IllegalArgumentException if the levels belong to different scales
   */
  public boolean isAbove(Level other) {
    return compareTo(other) > 0;
  }

  /**
   * Tells whether this level is at or above another of the same scale.
   *
   * @param other a level of the same scale
   * @return true if this level's ordinal is greater or equal
   * @throws IllegalArgumentException if the levels belong to different scales
   */
  public boolean isAtLeast(Level other) {
    return compareTo(other) >= 0;
  }

  /**
   * Compares positions within one scale.
   *
   * @throws IllegalArgumentException if the levels belong to different scales
   */
  @Override
  public int compareTo(Level other) {
    Objects.requireNonNull(other, "other");
    if (!scale.equals(other.scale)) {
      throw new IllegalArgumentException(
          "levels of different scales cannot be compared ('" + scale.name() + "' vs '" + other.scale.name() + "')\n"
              + "Maybe compare normalised() values, or map one scale onto the other first");
    }
    return Integer.compare(ordinal, other.ordinal);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Level other && other.ordinal == ordinal && other.scale.equals(scale);
  }

  @Override
  public int hashCode() {
    return scale.hashCode() * 31 + ordinal;
  }

  /** Returns the label. */
  @Override
  public String toString() {
    return label();
  }
}
