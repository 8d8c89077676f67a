package io.github.ctokit.core.kpi;

import io.github.ctokit.core.Identifier;

/**
 * Identifies a key performance indicator, such as {@code KPI-deploy-frequency}.
 *
 * <p>Rules and ordering: see {@link Identifier}.
 */
public final class KpiId extends Identifier<KpiId> {

  private KpiId(String value) {
    super("kpi id", value);
  }

  /**
   * Returns the KPI id with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static KpiId of(String value) {
    return new KpiId(value);
  }
}
