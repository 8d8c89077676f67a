package io.github.ctokit.core;

import io.github.ctokit.core.internal.Identifiers;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Base class of ctokit's typed identifiers ({@link RoleId}, {@link TeamId}, {@link PersonId}, and
 * one per area such as a risk or a service id). A typed identifier keeps a team id from being
 * passed where a role id is expected, at compile time.
 *
 * <p>An identifier's value is 1 to {@value #MAX_LENGTH} ASCII characters: letters, digits and
 * {@code - _ . : /}, starting with a letter or digit ({@code "R-042"}, {@code "team:payments"},
 * {@code "okr/2027-Q1/3"}). Identifiers are case-sensitive and compare by their value in
 * {@link String#compareTo} order, which ctokit uses to break ties deterministically.
 *
 * <p>Identifiers are not personal data by contract: do not use e-mail addresses or national ids
 * as values. Error messages therefore may name an identifier; a rejected value is never echoed in
 * full, only the offending character and its position.
 *
 * <p>Two identifiers are equal when they are of the same class and have the same value.
 *
 * @param <T> the concrete identifier type
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {

  /** The maximum length of an identifier, in characters. */
  public static final int MAX_LENGTH = 128;

  private final String value;

  /**
   * Creates an identifier after checking its value.
   *
   * @param kind what is identified, for messages (for example {@code "role id"})
   * @param value the identifier's text
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the rules above
   */
  protected Identifier(String kind, String value) {
    this.value = requireValid(kind, value);
  }

  /**
   * Checks an identifier's text without creating the identifier (for bulk loads of millions of
   * ids, such as {@link io.github.ctokit.core.okr.OkrTable}).
   *
   * @param kind what is identified, for messages (for example {@code "role id"})
   * @param value the identifier's text
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the rules above
   */
  protected static String requireValid(String kind, String value) {
    Objects.requireNonNull(value, kind);
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          kind + " must have 1 to " + MAX_LENGTH + " characters (had " + value.length() + ")");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      boolean allowed = alphanumeric || (i > 0 && (c == '-' || c == '_' || c == '.' || c == ':' || c == '/'));
      if (!allowed) {
        throw new IllegalArgumentException(
            kind + " must be ASCII letters, digits and - _ . : / starting with a letter or digit"
                + " (found " + describe(c) + " at index " + i + ")");
      }
    }
    return value;
  }

  private static String describe(char c) {
    return c >= 0x21 && c < 0x7f ? "'" + c + "'" : String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
  }

  /**
   * Returns the identifier's text.
   *
   * @return the value it was created with
   */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  @Override
  @SuppressWarnings("EqualsGetClass") // a RoleId and a TeamId with the same text are different ids
  public final boolean equals(@Nullable Object obj) {
    return obj != null && obj.getClass() == getClass() && ((Identifier<?>) obj).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return Identifiers.hash(getClass(), value);
  }

  /** Returns the value, so identifiers print as themselves in messages and logs. */
  @Override
  public final String toString() {
    return value;
  }
}
