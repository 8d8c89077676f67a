package io.github.ctokit.core;

/**
 * Identifies a person. The value is an opaque key from the caller's HR system, never a name, e-mail address or national id.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code PersonId.of("P-000123")}.
 */
public final class PersonId extends Identifier<PersonId> {

  private PersonId(String value) {
    super("person id", value);
  }

  /**
   * Returns the person id with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }
}
