package io.github.ctokit.core.people;

import io.github.ctokit.core.Identifier;

/**
 * Identifies a requisition.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code RequisitionId.of("requisition:REQ-0042")}.
 */
public final class RequisitionId extends Identifier<RequisitionId> {

  private RequisitionId(String value) {
    super("requisition id", value);
  }

  /**
   * Returns the requisition id with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static RequisitionId of(String value) {
    return new RequisitionId(value);
  }
}
