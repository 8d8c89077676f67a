package io.github.ctokit.core.delivery;

import io.github.ctokit.core.Identifier;

/**
 * Identifies a feature or backlog item of a roadmap, such as an epic.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code FeatureId.of("EPIC-42")}.
 */
public final class FeatureId extends Identifier<FeatureId> {

  private FeatureId(String value) {
    super("feature id", value);
  }

  /**
   * Returns the feature id with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static FeatureId of(String value) {
    return new FeatureId(value);
  }
}
