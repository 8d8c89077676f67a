package io.github.ctokit.core;

/**
 * Identifies a role: an open catalogue of responsibilities such as engineering manager, architect or SRE. Risks, services and objectives are owned by roles, so ownership survives people changing jobs.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code RoleId.of("ROLE-cto")}.
 */
public final class RoleId extends Identifier<RoleId> {

  private RoleId(String value) {
    super("role id", value);
  }

  /**
   * Returns the role id with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static RoleId of(String value) {
    return new RoleId(value);
  }
}
