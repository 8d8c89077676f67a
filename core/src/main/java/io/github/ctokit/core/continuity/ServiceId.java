package io.github.ctokit.core.continuity;

import io.github.ctokit.core.Identifier;

/**
 * Identifies a service or system that can be disrupted and recovered, such as a payments API or an orders database.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code ServiceId.of("svc:payments")}.
 */
public final class ServiceId extends Identifier<ServiceId> {

  private ServiceId(String value) {
    super("service id", value);
  }

  /**
   * Returns the service id with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static ServiceId of(String value) {
    return new ServiceId(value);
  }
}
