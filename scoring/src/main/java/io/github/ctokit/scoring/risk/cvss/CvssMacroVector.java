package io.github.ctokit.scoring.risk.cvss;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CVSS v4.0 macro vector: the levels of the six equivalence sets EQ1 to EQ6, written as six
 * digits such as {@code "000200"} (specification, section 8.2).
 *
 * <p>Levels: EQ1 0–2, EQ2 0–1, EQ3 0–2, EQ4 0–2, EQ5 0–2, EQ6 0–1, and EQ3 = 2 only with EQ6 = 1,
 * which leaves the 270 macro vectors of FIRST's lookup table.
 */
public final class CvssMacroVector {

  private final int eq1;
  private final int eq2;
  private final int eq3;
  private final int eq4;
  private final int eq5;
  private final int eq6;

  private CvssMacroVector(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {
    this.eq1 = eq1;
    this.eq2 = eq2;
    this.eq3 = eq3;
    this.eq4 = eq4;
    this.eq5 = eq5;
    this.eq6 = eq6;
  }

  /**
   * Returns the macro vector with the given levels.
   *
   * @param eq1 EQ1 level, 0 to 2
   * @param eq2 EQ2 level, 0 to 1
   * @param eq3 EQ3 level, 0 to 2
   * @param eq4 EQ4 level, 0 to 2
   * @param eq5 EQ5 level, 0 to 2
   * @param eq6 EQ6 level, 0 to 1
   * @return the macro vector
   * @throws IllegalArgumentException if a level is out of range, or EQ3 is 2 while EQ6 is 0
   */
  public static CvssMacroVector of(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {
    check("eq1", eq1, 2);
    check("eq2", eq2, 1);
    check("eq3", eq3, 2);
    check("eq4", eq4, 2);
    check("eq5", eq5, 2);
    check("eq6", eq6, 1);
    if (eq3 == 2 && eq6 == 0) {
      throw new IllegalArgumentException("eq6 must be 1 when eq3 is 2 (was 0): macro vector x x 2 x x 0 cannot exist");
    }
    return new CvssMacroVector(eq1, eq2, eq3, eq4, eq5, eq6);
  }

  /**
   * Parses six digits such as {@code "000200"}.
   *
   * @param text the digits
   * @return the macro vector
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not six digits forming a valid macro vector
   */
  public static CvssMacroVector parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (s.length() != 6) {
      throw new IllegalArgumentException(
          "macro vector must be six digits such as 000200 (was " + io.github.ctokit.core.internal.Checks.quote(s) + ")");
    }
    int[] d = new int[6];
    for (int i = 0; i < 6; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException(
            "macro vector must be six digits such as 000200 (was " + io.github.ctokit.core.internal.Checks.quote(s) + ")");
      }
      d[i] = c - '0';
    }
    return of(d[0], d[1], d[2], d[3], d[4], d[5]);
  }

  private static void check(String name, int value, int max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(name + " must be within [0, " + max + "] (was " + value + ")");
    }
  }

  /**
   * Returns the EQ1 level (AV, PR, UI).
   *
   * @return 0 to 2, 0 the most severe
   */
  public int eq1() {
    return eq1;
  }

  /**
   * Returns the EQ2 level (AC, AT).
   *
   * @return 0 or 1
   */
  public int eq2() {
    return eq2;
  }

  /**
   * Returns the EQ3 level (VC, VI, VA).
   *
   * @return 0 to 2
   */
  public int eq3() {
    return eq3;
  }

  /**
   * Returns the EQ4 level (SC, SI, SA and Safety).
   *
   * @return 0 to 2
   */
  public int eq4() {
    return eq4;
  }

  /**
   * Returns the EQ5 level (E).
   *
   * @return 0 to 2
   */
  public int eq5() {
    return eq5;
  }

  /**
   * Returns the EQ6 level (CR, IR, AR with VC, VI, VA).
   *
   * @return 0 or 1
   */
  public int eq6() {
    return eq6;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof CvssMacroVector)) {
      return false;
    }
    CvssMacroVector o = (CvssMacroVector) obj;
    return eq1 == o.eq1 && eq2 == o.eq2 && eq3 == o.eq3 && eq4 == o.eq4 && eq5 == o.eq5 && eq6 == o.eq6;
  }

  @Override
  public int hashCode() {
    return ((((eq1 * 3 + eq2) * 3 + eq3) * 3 + eq4) * 3 + eq5) * 3 + eq6;
  }

  /** Returns the six digits, such as {@code "000200"}. */
  @Override
  public String toString() {
    return "" + eq1 + eq2 + eq3 + eq4 + eq5 + eq6;
  }
}
