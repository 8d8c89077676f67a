package io.github.ctokit.core.risk;

import java.util.Locale;
import java.util.Objects;

/**
 * What kind of harm a risk is about: one of the {@link StandardRiskCategory standard categories},
 * or a vendor's own category made with {@link #custom(String)}.
 *
 * <p>Every category has a stable lower-case {@link #code()}; appetite limits are keyed by
 * category. A custom code may not repeat a standard code, so {@link #parse(String)} is
 * unambiguous.
 *
 * <pre>{@code
 * RiskCategory security = StandardRiskCategory.SECURITY;
 * RiskCategory esg = RiskCategory.custom("esg");
 * RiskCategory.parse("privacy");   // StandardRiskCategory.PRIVACY
 * }</pre>
 */
public sealed interface RiskCategory permits StandardRiskCategory, CustomRiskCategory {

  /**
   * Returns the stable code, such as {@code "security"} or {@code "esg"}.
   *
   * @return 1 to 64 lower-case ASCII letters, digits and dashes, starting with a letter
   */
  String code();

  /**
   * Returns a vendor-defined category.
   *
   * @param code 1 to 64 lower-case ASCII letters, digits and dashes, starting with a letter, and
   *     not the code of a standard category
   * @return the category
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if the code is malformed or is a standard code
   */
  static RiskCategory custom(String code) {
    return new CustomRiskCategory(code);
  }

  /**
   * Returns the standard category with this code, or else a custom category.
   *
   * @param code a category code; upper case is accepted and folded to lower case
   * @return the category
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if the code is malformed
   */
  static RiskCategory parse(String code) {
    Objects.requireNonNull(code, "code");
    String folded = code.toLowerCase(Locale.ROOT);
    for (StandardRiskCategory c : StandardRiskCategory.values()) {
      if (c.code().equals(folded)) {
        return c;
      }
    }
    return new CustomRiskCategory(folded);
  }
}
