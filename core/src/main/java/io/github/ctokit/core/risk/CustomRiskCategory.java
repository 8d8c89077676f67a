package io.github.ctokit.core.risk;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A vendor-defined {@link RiskCategory}; obtain it with {@link RiskCategory#custom(String)}.
 * Two custom categories are equal when their codes are equal.
 */
public final class CustomRiskCategory implements RiskCategory {

  private static final int MAX_LENGTH = 64;

  private final String code;

  CustomRiskCategory(String code) {
    Objects.requireNonNull(code, "code");
    if (code.isEmpty() || code.length() > MAX_LENGTH || !isCode(code)) {
      throw new IllegalArgumentException(
          "category code must be 1 to 64 lower-case ASCII letters, digits and dashes starting with a letter (had "
              + code.length() + " characters)");
    }
    for (StandardRiskCategory standard : StandardRiskCategory.values()) {
      if (standard.code().equals(code)) {
        throw new IllegalArgumentException(
            "category code must not repeat a standard category (was '" + code + "')\n"
                + "Maybe use StandardRiskCategory." + standard.name());
      }
    }
    this.code = code;
  }

  private static boolean isCode(String s) {
    if (s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CustomRiskCategory && ((CustomRiskCategory) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
