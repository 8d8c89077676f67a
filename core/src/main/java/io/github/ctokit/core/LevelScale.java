package io.github.ctokit.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ordered qualitative scale, lowest level first: "very low … very high", "low, medium, high",
 * or any list of 2 to {@value #MAX_LEVELS} labels. Risk matrices, impact curves and statuses are
 * built on scales.
 *
 * <p>Labels are non-blank, without surrounding spaces, at most 64 characters, and distinct ignoring case
 * ({@code "High"} and {@code "high"} cannot both appear). Two scales are equal when their names
 * and labels are equal; {@link Level}s are only comparable within one scale.
 *
 * <pre>{@code
 * LevelScale nist = LevelScale.fiveLevel();                 // Very low … Very high
 * LevelScale custom = LevelScale.builder()
 *     .name("Impact")
 *     .addLabels("Minor", "Moderate", "Major", "Severe")
 *     .build();
 * Level major = custom.level("Major");                       // ordinal 2, rank 3
 * }</pre>
 */
@Value.Immutable
public abstract class LevelScale implements WithLevelScale {

  /** The largest number of levels a scale may have. */
  public static final int MAX_LEVELS = 64;

  private static final int MAX_LABEL_LENGTH = 64;

  LevelScale() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LevelScale}; {@code name} and at least two labels are required. */
  public static final class Builder extends ImmutableLevelScale.Builder {
    Builder() {}
  }

  /**
   * Returns a scale with the given name and labels, lowest first.
   *
   * @param name the scale's name
   * @param labels 2 to 64 distinct labels, lowest first
   * @return the scale
   * @throws IllegalArgumentException if a label rule is broken
   */
  public static LevelScale of(String name, String... labels) {
    return builder().name(name).addLabels(labels).build();
  }

  /**
   * Returns the three-level scale Low, Moderate, High.
   *
   * @return the scale named {@code "3-level"}
   */
  public static LevelScale threeLevel() {
    return Presets.THREE;
  }

  /**
   * Returns the four-level scale Low, Medium, High, Critical.
   *
   * @return the scale named {@code "4-level"}
   */
  public static LevelScale fourLevel() {
    return Presets.FOUR;
  }

  /**
   * Returns the five-level scale Very low, Low, Moderate, High, Very high, with the qualitative
   * values of NIST SP 800-30 Rev. 1, Appendices G to I.
   *
   * @return the scale named {@code "5-level"}
   */
  public static LevelScale fiveLevel() {
    return Presets.FIVE;
  }

  /**
   * Returns the scale's name, used in messages and explanations.
   *
   * @return a non-blank name
   */
  public abstract String name();

  /**
   * Returns the labels, lowest level first.
   *
   * @return 2 to 64 distinct labels
   */
  public abstract List<String> labels();

  /**
   * Returns the number of levels.
   *
   * @return {@code labels().size()}
   */
  public final int size() {
    return labels().size();
  }

  /**
   * Returns the levels, lowest first.
   *
   * @return one {@link Level} per label, in order
   */
  @Value.Derived
  @Value.Auxiliary // computed once at construction: no lazy-init check on the scoring hot paths
  public List<Level> levels() {
    List<Level> levels = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      levels.add(new Level(this, i));
    }
    return Collections.unmodifiableList(levels);
  }

  /**
   * Returns the level at a 0-based position.
   *
   * @param ordinal 0 for the lowest level, {@code size() - 1} for the highest
   * @return the level
   * @throws IllegalArgumentException if {@code ordinal} is outside {@code [0, size())}
   */
  public final Level level(int ordinal) {
    if (ordinal < 0 || ordinal >= size()) {
      throw new IllegalArgumentException(
          "ordinal must be within [0, " + (size() - 1) + "] for scale '" + name() + "' (was " + ordinal + ")");
    }
    return levels().get(ordinal);
  }

  /**
   * Returns the level with a label, ignoring case.
   *
   * @param label the label
   * @return the level
   * @throws IllegalArgumentException if no level has that label
   */
  public final Level level(String label) {
    return find(label)
        .orElseThrow(() -> new IllegalArgumentException(
            "label must be one of " + labels() + " for scale '" + name() + "' (was '" + label + "')"));
  }

  /**
   * Finds the level with a label, ignoring case.
   *
   * @param label the label
   * @return the level, or empty if no level has that label
   */
  public final Optional<Level> find(String label) {
    String key = label.toLowerCase(Locale.ROOT);
    for (int i = 0; i < size(); i++) {
      if (labels().get(i).toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(levels().get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the lowest level.
   *
   * @return {@code level(0)}
   */
  public final Level lowest() {
    return levels().get(0);
  }

  /**
   * Returns the highest level.
   *
   * @return {@code level(size() - 1)}
   */
  public final Level highest() {
    return levels().get(size() - 1);
  }

  /**
   * Returns the level at an ordinal clamped into the scale: below 0 gives the lowest level, at
   * or above {@code size()} the highest. Use it only where clamping is the documented policy.
   *
   * @param ordinal any ordinal
   * @return the level at {@code min(max(ordinal, 0), size() - 1)}
   */
  public final Level clamp(int ordinal) {
    return levels().get(Math.min(Math.max(ordinal, 0), size() - 1));
  }

  @Value.Check
  final void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (size() < 2 || size() > MAX_LEVELS) {
      throw new IllegalArgumentException(
          "labels must have 2 to " + MAX_LEVELS + " entries for scale '" + name() + "' (had " + size() + ")");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < size(); i++) {
      String label = labels().get(i);
      if (label.isBlank() || !label.strip().equals(label) || label.length() > MAX_LABEL_LENGTH) {
        throw new IllegalArgumentException(
            "labels[" + i + "] must be non-blank, without surrounding spaces and at most "
                + MAX_LABEL_LENGTH + " characters (was '" + label + "')");
      }
      if (!seen.add(label.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "labels must be distinct ignoring case (labels[" + i + "] repeats '" + label + "')");
      }
    }
  }

  /** Holder of the presets, created on first use. */
  private static final class Presets {
    static final LevelScale THREE = of("3-level", "Low", "Moderate", "High");
    static final LevelScale FOUR = of("4-level", "Low", "Medium", "High", "Critical");
    static final LevelScale FIVE = of("5-level", "Very low", "Low", "Moderate", "High", "Very high");
  }
}
