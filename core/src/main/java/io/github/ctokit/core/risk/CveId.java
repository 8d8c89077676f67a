package io.github.ctokit.core.risk;

import io.github.ctokit.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CVE identifier such as {@code CVE-2021-44228}: {@code CVE-}, a four-digit year from 1999, a
 * dash and a sequence number of four to nineteen digits (the MITRE CVE ID syntax).
 *
 * <p>Immutable; equal when the text is equal. Parsing is case-insensitive and the stored form is
 * upper case.
 */
public final class CveId implements Comparable<CveId> {

  private final String value;

  private CveId(String value) {
    this.value = value;
  }

  /**
   * Parses a CVE identifier.
   *
   * @param text such as {@code "CVE-2021-44228"}; {@code "cve-2021-44228"} is accepted
   * @return the identifier, in upper case
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text does not have the CVE ID syntax
   */
  public static CveId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (!wellFormed(s)) {
      throw new IllegalArgumentException(
          "CVE id must look like CVE-2021-44228 (was " + Checks.quote(s) + ")");
    }
    return new CveId("CVE" + s.substring(3));
  }

  private static boolean wellFormed(String s) {
    if (s.length() < 13 || s.length() > 28 || !s.regionMatches(true, 0, "CVE-", 0, 4) || s.charAt(8) != '-') {
      return false;
    }
    for (int i = 4; i < s.length(); i++) {
      if (i != 8 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
        return false;
      }
    }
    int year = Integer.parseInt(s.substring(4, 8));
    return year >= 1999;
  }

  /**
   * Returns the identifier's text.
   *
   * @return such as {@code "CVE-2021-44228"}
   */
  public String value() {
    return value;
  }

  /** Orders by text. */
  @Override
  public int compareTo(CveId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CveId && ((CveId) obj).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the text, such as {@code CVE-2021-44228}. */
  @Override
  public String toString() {
    return value;
  }
}
