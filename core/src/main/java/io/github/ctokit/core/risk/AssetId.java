package io.github.ctokit.core.risk;

import io.github.ctokit.core.Identifier;

/**
 * Identifies an asset (an application, a data set, a service, a site) within a {@link RiskRegister}.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code AssetId.of("A-crm")}.
 */
public final class AssetId extends Identifier<AssetId> {

  private AssetId(String value) {
    super("asset id", value);
  }

  /**
   * Returns the identifier with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static AssetId of(String value) {
    return new AssetId(value);
  }
}
