package io.github.ctokit.core.internal;

/**
 * The hash of a typed identifier, computed from its class and text without creating it: columnar
 * inputs index millions of id strings so that lookups by the typed id find them.
 *
 * <p>Not API: ctokit modules use it; users should not.
 */
public final class Identifiers {

  private Identifiers() {}

  /**
   * Returns the hash code an identifier of the given class and text has.
   *
   * @param type the identifier's class
   * @param value the identifier's text
   * @return the same value as {@code type}'s instance's {@code hashCode()}
   */
  public static int hash(Class<?> type, String value) {
    return type.hashCode() * 31 + value.hashCode();
  }
}
