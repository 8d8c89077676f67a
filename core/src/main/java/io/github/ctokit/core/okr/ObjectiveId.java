package io.github.ctokit.core.okr;

import io.github.ctokit.core.Identifier;

/**
 * Identifies an objective, such as {@code O-2027Q1-eng}.
 *
 * <p>Rules and ordering: see {@link Identifier}.
 */
public final class ObjectiveId extends Identifier<ObjectiveId> {

  private ObjectiveId(String value) {
    super(KIND, value);
  }

  private static final String KIND = "objective id";

  /** Checks a value without creating the id: the same rule and message as {@link #of}. */
  static String requireValid(String value) {
    return Identifier.requireValid(KIND, value);
  }

  /**
   * Returns the id with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static ObjectiveId of(String value) {
    return new ObjectiveId(value);
  }
}
