package io.github.ctokit.core.okr;

import io.github.ctokit.core.Identifier;

/**
 * Identifies a key result, such as {@code KR-eng-1}; unique across the whole graph.
 *
 * <p>Rules and ordering: see {@link Identifier}.
 */
public final class KeyResultId extends Identifier<KeyResultId> {

  private KeyResultId(String value) {
    super(KIND, value);
  }

  private static final String KIND = "key result id";

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
  public static KeyResultId of(String value) {
    return new KeyResultId(value);
  }
}
