package io.github.ctokit.scoring.risk.cvss;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * CVSS v4.0 scoring: macro vector lookup and interpolation (specification, section 8.2), in exact
 * integer arithmetic or in the double arithmetic of FIRST's calculator. Not API.
 *
 * <p>Severity levels are in tenths (AV N=0, A=1, L=2, P=3 and so on), so every distance is an
 * integer number of steps, every score an integer number of tenths, and the exact interpolated
 * score a fraction with denominator {@code 840 × n} (840 = lcm of the depths 1, 2, 4, 5, 6, 7, 8, 10).
 */
final class V4Scoring {

  // Positions in the effective-level array.
  static final int AV = 0;
  static final int PR = 1;
  static final int UI = 2;
  static final int AC = 3;
  static final int AT = 4;
  static final int VC = 5;
  static final int VI = 6;
  static final int VA = 7;
  static final int SC = 8;
  static final int SI = 9;
  static final int SA = 10;
  static final int CR = 11;
  static final int IR = 12;
  static final int AR = 13;
  static final int LEVELS = 14;

  private static final String[] LEVEL_NAMES = {"AV", "PR", "UI", "AC", "AT", "VC", "VI", "VA", "SC", "SI", "SA", "CR", "IR", "AR"};

  /** Value letters by level (tenths) for each position, for explanations. */
  private static final String[][] LEVEL_LETTERS = {
    {"N", "A", "L", "P"}, {"N", "L", "H"}, {"N", "P", "A"}, {"L", "H"}, {"N", "P"},
    {"H", "L", "N"}, {"H", "L", "N"}, {"H", "L", "N"},
    {"S", "H", "L", "N"}, {"S", "H", "L", "N"}, {"S", "H", "L", "N"},
    {"H", "M", "L"}, {"H", "M", "L"}, {"H", "M", "L"}
  };

  /** The doubles FIRST's calculator uses for levels 0 to 3. */
  private static final double[] LEVEL_DOUBLE = {0.0, 0.1, 0.2, 0.3};

  private static final int LCM = 840;

  /** Score in tenths by macro index, -1 where no macro vector exists. */
  static final int[] LOOKUP = new int[324];

  private static final int[][][] CAND_EQ1 = candidates(V4Data.MAX_EQ1, AV, PR, UI);
  private static final int[][][] CAND_EQ2 = candidates(V4Data.MAX_EQ2, AC, AT);
  private static final int[][][] CAND_EQ4 = candidates(V4Data.MAX_EQ4, SC, SI, SA);
  private static final int[][][][] CAND_EQ36 = new int[3][2][][];

  static {
    java.util.Arrays.fill(LOOKUP, -1);
    for (String entry : V4Data.MACRO_SCORES) {
      int[] eq = new int[6];
      for (int i = 0; i < 6; i++) {
        eq[i] = entry.charAt(i) - '0';
      }
      LOOKUP[index(eq[0], eq[1], eq[2], eq[3], eq[4], eq[5])] = Integer.parseInt(entry.substring(7));
    }
    for (int eq3 = 0; eq3 < 3; eq3++) {
      CAND_EQ36[eq3] = candidates(V4Data.MAX_EQ3_EQ6[eq3], VC, VI, VA, CR, IR, AR);
    }
  }

  private V4Scoring() {}

  /**
   * The score of the next lower macro vector along the joint EQ3/EQ6 axis, or -1 when there is
   * none: 00 takes the higher of 01 and 10; 01 → 11; 10 → 11; 11 → 21; 21 has none.
   */
  private static int lowerEq3Eq6(int e1, int e2, int e3, int e4, int eq5, int e6) {
    if (e3 == 0 && e6 == 0) {
      int left = LOOKUP[index(e1, e2, e3, e4, eq5, 1)];
      int right = LOOKUP[index(e1, e2, 1, e4, eq5, 0)];
      return left > right ? left : right;
    }
    if (e3 == 1 && e6 == 0) {
      return LOOKUP[index(e1, e2, 1, e4, eq5, 1)];
    }
    if (e6 == 1 && e3 < 2) {
      return LOOKUP[index(e1, e2, e3 + 1, e4, eq5, 1)];
    }
    return -1;
  }

  static int index(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {
    return ((((eq1 * 2 + eq2) * 3 + eq3) * 3 + eq4) * 3 + eq5) * 2 + eq6;
  }

  /**
   * Parses FIRST's partial vectors such as {@code "AV:N/PR:N/UI:N/"} into arrays of levels; each
   * candidate holds the levels at {@code positions} in the given order.
   */
  private static int[][][] candidates(String[][] byLevel, int... positions) {
    int[][][] out = new int[byLevel.length][][];
    for (int level = 0; level < byLevel.length; level++) {
      out[level] = new int[byLevel[level].length][];
      for (int c = 0; c < byLevel[level].length; c++) {
        String[] parts = byLevel[level][c].split("/");
        int[] levels = new int[positions.length];
        for (int p = 0; p < positions.length; p++) {
          String[] kv = parts[p].split(":");
          if (!kv[0].equals(LEVEL_NAMES[positions[p]])) {
            throw new IllegalStateException("unexpected metric order in FIRST max vector " + byLevel[level][c]);
          }
          levels[p] = java.util.Arrays.asList(LEVEL_LETTERS[positions[p]]).indexOf(kv[1]);
          if (levels[p] < 0) {
            throw new IllegalStateException("unexpected value in FIRST max vector " + byLevel[level][c]);
          }
        }
        out[level][c] = levels;
      }
    }
    return out;
  }

  /**
   * Fills {@code lv} with the effective levels of a vector and returns the EQ5 level (E).
   *
   * @param threat whether to use the threat metric (else E is taken as not defined)
   * @param environmental whether to use environmental metrics (else they are taken as not defined)
   */
  static int effectiveLevels(CvssVector v, boolean threat, boolean environmental, int[] lv) {
    // CvssV4Metric ordinals: AV0 AC1 AT2 PR3 UI4 VC5 VI6 VA7 SC8 SI9 SA10 E11 CR12 IR13 AR14
    // MAV15 MAC16 MAT17 MPR18 MUI19 MVC20 MVI21 MVA22 MSC23 MSI24 MSA25
    lv[AV] = modified(v, environmental, 15, v.index(0));
    lv[AC] = modified(v, environmental, 16, v.index(1));
    lv[AT] = modified(v, environmental, 17, v.index(2));
    lv[PR] = modified(v, environmental, 18, v.index(3));
    lv[UI] = modified(v, environmental, 19, v.index(4));
    lv[VC] = environmental && v.index(20) != 0 ? 3 - v.index(20) : v.index(5);
    lv[VI] = environmental && v.index(21) != 0 ? 3 - v.index(21) : v.index(6);
    lv[VA] = environmental && v.index(22) != 0 ? 3 - v.index(22) : v.index(7);
    lv[SC] = environmental && v.index(23) != 0 ? 4 - v.index(23) : v.index(8) + 1;
    lv[SI] = environmental && v.index(24) != 0 ? 4 - v.index(24) : v.index(9) + 1;
    lv[SA] = environmental && v.index(25) != 0 ? 4 - v.index(25) : v.index(10) + 1;
    lv[CR] = environmental && v.index(12) != 0 ? v.index(12) - 1 : 0;
    lv[IR] = environmental && v.index(13) != 0 ? v.index(13) - 1 : 0;
    lv[AR] = environmental && v.index(14) != 0 ? v.index(14) - 1 : 0;
    return threat && v.index(11) != 0 ? v.index(11) - 1 : 0;
  }

  private static int modified(CvssVector v, boolean environmental, int modifiedOrdinal, int base) {
    int m = v.index(modifiedOrdinal);
    return environmental && m != 0 ? m - 1 : base;
  }

  static boolean noImpact(int[] lv) {
    return lv[VC] == 2 && lv[VI] == 2 && lv[VA] == 2 && lv[SC] == 3 && lv[SI] == 3 && lv[SA] == 3;
  }

  static int eq1(int[] lv) {
    if (lv[AV] == 0 && lv[PR] == 0 && lv[UI] == 0) {
      return 0;
    }
    return (lv[AV] == 0 || lv[PR] == 0 || lv[UI] == 0) && lv[AV] != 3 ? 1 : 2;
  }

  static int eq2(int[] lv) {
    return lv[AC] == 0 && lv[AT] == 0 ? 0 : 1;
  }

  static int eq3(int[] lv) {
    if (lv[VC] == 0 && lv[VI] == 0) {
      return 0;
    }
    return lv[VC] == 0 || lv[VI] == 0 || lv[VA] == 0 ? 1 : 2;
  }

  static int eq4(int[] lv) {
    if (lv[SI] == 0 || lv[SA] == 0) {
      return 0;
    }
    return lv[SC] == 1 || lv[SI] == 1 || lv[SA] == 1 ? 1 : 2;
  }

  static int eq6(int[] lv) {
    return (lv[CR] == 0 && lv[VC] == 0) || (lv[IR] == 0 && lv[VI] == 0) || (lv[AR] == 0 && lv[VA] == 0) ? 0 : 1;
  }

  static CvssMacroVector macroVector(int[] lv, int eq5) {
    return CvssMacroVector.of(eq1(lv), eq2(lv), eq3(lv), eq4(lv), eq5, eq6(lv));
  }

  /**
   * Scores effective levels.
   *
   * @param steps where to record the explanation, or null on the fast path
   * @return the score in tenths
   */
  static int score(int[] lv, int eq5, boolean exact, @Nullable List<CvssExplanation.Step> steps) {
    if (noImpact(lv)) {
      if (steps != null) {
        steps.add(new CvssExplanation.Step("Score", "VC, VI, VA, SC, SI and SA all None: no impact", Tenths.of(0)));
      }
      return 0;
    }
    int e1 = eq1(lv);
    int e2 = eq2(lv);
    int e3 = eq3(lv);
    int e4 = eq4(lv);
    int e6 = eq6(lv);
    int macro = index(e1, e2, e3, e4, eq5, e6);
    int value = LOOKUP[macro];

    // Lower macro vectors: -1 when there is none.
    int lower1 = e1 < 2 ? LOOKUP[index(e1 + 1, e2, e3, e4, eq5, e6)] : -1;
    int lower2 = e2 < 1 ? LOOKUP[index(e1, e2 + 1, e3, e4, eq5, e6)] : -1;
    int lower36 = lowerEq3Eq6(e1, e2, e3, e4, eq5, e6);
    int lower4 = e4 < 2 ? LOOKUP[index(e1, e2, e3, e4 + 1, eq5, e6)] : -1;
    int lower5 = eq5 < 2 ? LOOKUP[index(e1, e2, e3, e4, eq5 + 1, e6)] : -1;

    // The first highest-severity vector that the vector does not exceed on any metric; FIRST's
    // calculator keeps the last candidate when none qualifies, and so does this.
    int[][] c1s = CAND_EQ1[e1];
    int[][] c2s = CAND_EQ2[e2];
    int[][] c36s = CAND_EQ36[e3][e6];
    int[][] c4s = CAND_EQ4[e4];
    int[] c1 = c1s[0];
    int[] c2 = c2s[0];
    int[] c36 = c36s[0];
    int[] c4 = c4s[0];
    search:
    for (int[] a : c1s) {
      for (int[] b : c2s) {
        for (int[] c : c36s) {
          for (int[] d : c4s) {
            c1 = a;
            c2 = b;
            c36 = c;
            c4 = d;
            if (lv[AV] >= a[0] && lv[PR] >= a[1] && lv[UI] >= a[2] && lv[AC] >= b[0] && lv[AT] >= b[1]
                && lv[VC] >= c[0] && lv[VI] >= c[1] && lv[VA] >= c[2] && lv[CR] >= c[3] && lv[IR] >= c[4]
                && lv[AR] >= c[5] && lv[SC] >= d[0] && lv[SI] >= d[1] && lv[SA] >= d[2]) {
              break search;
            }
          }
        }
      }
    }
    int depth1 = V4Data.DEPTH_EQ1[e1];
    int depth2 = V4Data.DEPTH_EQ2[e2];
    int depth36 = V4Data.DEPTH_EQ3_EQ6[e3][e6];
    int depth4 = V4Data.DEPTH_EQ4[e4];
    int n = (lower1 >= 0 ? 1 : 0) + (lower2 >= 0 ? 1 : 0) + (lower36 >= 0 ? 1 : 0) + (lower4 >= 0 ? 1 : 0)
        + (lower5 >= 0 ? 1 : 0);

    int result;
    if (exact) {
      int s1 = lv[AV] - c1[0] + lv[PR] - c1[1] + lv[UI] - c1[2];
      int s2 = lv[AC] - c2[0] + lv[AT] - c2[1];
      int s36 = lv[VC] - c36[0] + lv[VI] - c36[1] + lv[VA] - c36[2] + lv[CR] - c36[3] + lv[IR] - c36[4]
          + lv[AR] - c36[5];
      int s4 = lv[SC] - c4[0] + lv[SI] - c4[1] + lv[SA] - c4[2];
      // score × 10 = value − Σ (available_i × steps_i / depth_i) / n, over the common denominator LCM × n
      long sum = 0;
      if (lower1 >= 0) {
        sum += (long) (value - lower1) * s1 * (LCM / depth1);
      }
      if (lower2 >= 0) {
        sum += (long) (value - lower2) * s2 * (LCM / depth2);
      }
      if (lower36 >= 0) {
        sum += (long) (value - lower36) * s36 * (LCM / depth36);
      }
      if (lower4 >= 0) {
        sum += (long) (value - lower4) * s4 * (LCM / depth4);
      }
      if (n == 0) {
        result = value;
      } else {
        long den = (long) LCM * n;
        long num = (long) value * den - sum;
        if (num <= 0) {
          result = 0;
        } else if (num >= 100 * den) {
          result = 100;
        } else {
          result = (int) ((2 * num + den) / (2 * den));
        }
      }
      if (steps != null) {
        explainExact(steps, e1, e2, e3, e4, eq5, e6, value, new int[] {lower1, lower2, lower36, lower4, lower5},
            new int[] {s1, s2, s36, s4}, new int[] {depth1, depth2, depth36, depth4}, c1, c2, c36, c4, n, sum, result);
      }
    } else {
      double dAV = LEVEL_DOUBLE[lv[AV]] - LEVEL_DOUBLE[c1[0]];
      double dPR = LEVEL_DOUBLE[lv[PR]] - LEVEL_DOUBLE[c1[1]];
      double dUI = LEVEL_DOUBLE[lv[UI]] - LEVEL_DOUBLE[c1[2]];
      double dAC = LEVEL_DOUBLE[lv[AC]] - LEVEL_DOUBLE[c2[0]];
      double dAT = LEVEL_DOUBLE[lv[AT]] - LEVEL_DOUBLE[c2[1]];
      double dVC = LEVEL_DOUBLE[lv[VC]] - LEVEL_DOUBLE[c36[0]];
      double dVI = LEVEL_DOUBLE[lv[VI]] - LEVEL_DOUBLE[c36[1]];
      double dVA = LEVEL_DOUBLE[lv[VA]] - LEVEL_DOUBLE[c36[2]];
      double dSC = LEVEL_DOUBLE[lv[SC]] - LEVEL_DOUBLE[c4[0]];
      double dSI = LEVEL_DOUBLE[lv[SI]] - LEVEL_DOUBLE[c4[1]];
      double dSA = LEVEL_DOUBLE[lv[SA]] - LEVEL_DOUBLE[c4[2]];
      double dCR = LEVEL_DOUBLE[lv[CR]] - LEVEL_DOUBLE[c36[3]];
      double dIR = LEVEL_DOUBLE[lv[IR]] - LEVEL_DOUBLE[c36[4]];
      double dAR = LEVEL_DOUBLE[lv[AR]] - LEVEL_DOUBLE[c36[5]];
      double d1 = dAV + dPR + dUI;
      double d2 = dAC + dAT;
      double d36 = dVC + dVI + dVA + dCR + dIR + dAR;
      double d4 = dSC + dSI + dSA;
      double v = value / 10.0;
      double step = 0.1;
      double n1 = 0;
      double n2 = 0;
      double n36 = 0;
      double n4 = 0;
      double n5 = 0;
      if (lower1 >= 0) {
        n1 = (v - lower1 / 10.0) * (d1 / (depth1 * step));
      }
      if (lower2 >= 0) {
        n2 = (v - lower2 / 10.0) * (d2 / (depth2 * step));
      }
      if (lower36 >= 0) {
        n36 = (v - lower36 / 10.0) * (d36 / (depth36 * step));
      }
      if (lower4 >= 0) {
        n4 = (v - lower4 / 10.0) * (d4 / (depth4 * step));
      }
      if (lower5 >= 0) {
        n5 = (v - lower5 / 10.0) * 0;
      }
      double mean = meanDistance(n1 + n2 + n36 + n4 + n5, n);
      double unrounded = clampToScale(v - mean);
      result = (int) Math.round(unrounded * 10);
      if (steps != null) {
        explainFloat(steps, e1, e2, e3, e4, eq5, e6, v, new int[] {lower1, lower2, lower36, lower4, lower5},
            new double[] {d1, d2, d36, d4}, new double[] {n1, n2, n36, n4, n5}, c1, c2, c36, c4, n, mean, unrounded,
            result);
      }
    }
    return result;
  }

  // ------------------------------------------------------------------------ fast path
  //
  // Each metric belongs to exactly one equivalence set, so "the first highest-severity vector (in
  // FIRST's product order) that the vector does not exceed" is the first qualifying candidate of
  // each set, and the severity distances split per set. These tables hold, for every state of each
  // set, its level, the steps and FIRST's double distance to its first qualifying candidate, and
  // the same for its last candidate (used, as FIRST's loop does, when some set has none). score()
  // above stays the reference the tests compare this path with.

  private static final int[] T1_EQ = new int[36];
  private static final int[] T1_STEPS = new int[36];
  private static final int[] T1_LAST_STEPS = new int[36];
  private static final double[] T1_D = new double[36];
  private static final double[] T1_LAST_D = new double[36];
  private static final boolean[] T1_FOUND = new boolean[36];
  private static final int[] T2_EQ = new int[4];
  private static final int[] T2_STEPS = new int[4];
  private static final int[] T2_LAST_STEPS = new int[4];
  private static final double[] T2_D = new double[4];
  private static final double[] T2_LAST_D = new double[4];
  private static final boolean[] T2_FOUND = new boolean[4];
  private static final int[] T36_EQ3 = new int[729];
  private static final int[] T36_EQ6 = new int[729];
  private static final int[] T36_STEPS = new int[729];
  private static final int[] T36_LAST_STEPS = new int[729];
  private static final double[] T36_D = new double[729];
  private static final double[] T36_LAST_D = new double[729];
  private static final boolean[] T36_FOUND = new boolean[729];
  private static final int[] T4_EQ = new int[64];
  private static final int[] T4_STEPS = new int[64];
  private static final int[] T4_LAST_STEPS = new int[64];
  private static final double[] T4_D = new double[64];
  private static final double[] T4_LAST_D = new double[64];
  private static final boolean[] T4_FOUND = new boolean[64];

  static {
    int[] lv = new int[LEVELS];
    for (int av = 0; av < 4; av++) {
      for (int pr = 0; pr < 3; pr++) {
        for (int ui = 0; ui < 3; ui++) {
          lv[AV] = av;
          lv[PR] = pr;
          lv[UI] = ui;
          int i = (av * 3 + pr) * 3 + ui;
          T1_EQ[i] = eq1(lv);
          fill(CAND_EQ1[T1_EQ[i]], lv, new int[] {AV, PR, UI}, i, T1_STEPS, T1_LAST_STEPS, T1_D, T1_LAST_D, T1_FOUND);
        }
      }
    }
    for (int ac = 0; ac < 2; ac++) {
      for (int at = 0; at < 2; at++) {
        lv[AC] = ac;
        lv[AT] = at;
        int i = ac * 2 + at;
        T2_EQ[i] = eq2(lv);
        fill(CAND_EQ2[T2_EQ[i]], lv, new int[] {AC, AT}, i, T2_STEPS, T2_LAST_STEPS, T2_D, T2_LAST_D, T2_FOUND);
      }
    }
    for (int i = 0; i < 729; i++) {
      int r = i;
      lv[AR] = r % 3;
      r /= 3;
      lv[IR] = r % 3;
      r /= 3;
      lv[CR] = r % 3;
      r /= 3;
      lv[VA] = r % 3;
      r /= 3;
      lv[VI] = r % 3;
      lv[VC] = r / 3;
      T36_EQ3[i] = eq3(lv);
      T36_EQ6[i] = eq6(lv);
      fill(CAND_EQ36[T36_EQ3[i]][T36_EQ6[i]], lv, new int[] {VC, VI, VA, CR, IR, AR}, i, T36_STEPS, T36_LAST_STEPS,
          T36_D, T36_LAST_D, T36_FOUND);
    }
    for (int sc = 1; sc < 4; sc++) {
      for (int si = 0; si < 4; si++) {
        for (int sa = 0; sa < 4; sa++) {
          lv[SC] = sc;
          lv[SI] = si;
          lv[SA] = sa;
          int i = (sc * 4 + si) * 4 + sa;
          T4_EQ[i] = eq4(lv);
          fill(CAND_EQ4[T4_EQ[i]], lv, new int[] {SC, SI, SA}, i, T4_STEPS, T4_LAST_STEPS, T4_D, T4_LAST_D, T4_FOUND);
        }
      }
    }
  }

  private static void fill(int[][] candidates, int[] lv, int[] positions, int i, int[] steps, int[] lastSteps,
      double[] d, double[] lastD, boolean[] found) {
    int[] last = candidates[candidates.length - 1];
    lastSteps[i] = steps(lv, positions, last);
    lastD[i] = doubleDistance(lv, positions, last);
    for (int[] c : candidates) {
      boolean ok = true;
      for (int p = 0; p < positions.length; p++) {
        ok &= lv[positions[p]] >= c[p];
      }
      if (ok) {
        found[i] = true;
        steps[i] = steps(lv, positions, c);
        d[i] = doubleDistance(lv, positions, c);
        return;
      }
    }
  }

  private static int steps(int[] lv, int[] positions, int[] c) {
    int sum = 0;
    for (int p = 0; p < positions.length; p++) {
      sum += lv[positions[p]] - c[p];
    }
    return sum;
  }

  /** FIRST's per-metric double differences, summed left to right in FIRST's order. */
  private static double doubleDistance(int[] lv, int[] positions, int[] c) {
    double sum = LEVEL_DOUBLE[lv[positions[0]]] - LEVEL_DOUBLE[c[0]];
    for (int p = 1; p < positions.length; p++) {
      sum = sum + (LEVEL_DOUBLE[lv[positions[p]]] - LEVEL_DOUBLE[c[p]]);
    }
    return sum;
  }

  /** The same result as {@link #score} without an explanation, from the per-set tables. */
  static int fastScore(int[] lv, int eq5, boolean exact) {
    return fastScoreAndMacro(lv, eq5, exact) & 0xFF;
  }

  /** The score in tenths in the low byte and the macro-vector index above it. */
  static int fastScoreAndMacro(int[] lv, int eq5, boolean exact) {
    int i1 = (lv[AV] * 3 + lv[PR]) * 3 + lv[UI];
    int i2 = lv[AC] * 2 + lv[AT];
    int i36 = ((((lv[VC] * 3 + lv[VI]) * 3 + lv[VA]) * 3 + lv[CR]) * 3 + lv[IR]) * 3 + lv[AR];
    int i4 = (lv[SC] * 4 + lv[SI]) * 4 + lv[SA];
    int e1 = T1_EQ[i1];
    int e2 = T2_EQ[i2];
    int e3 = T36_EQ3[i36];
    int e6 = T36_EQ6[i36];
    int e4 = T4_EQ[i4];
    int macro = index(e1, e2, e3, e4, eq5, e6);
    if (noImpact(lv)) {
      return macro << 8;
    }
    int value = LOOKUP[macro];
    int lower1 = e1 < 2 ? LOOKUP[index(e1 + 1, e2, e3, e4, eq5, e6)] : -1;
    int lower2 = e2 < 1 ? LOOKUP[index(e1, e2 + 1, e3, e4, eq5, e6)] : -1;
    int lower36 = lowerEq3Eq6(e1, e2, e3, e4, eq5, e6);
    int lower4 = e4 < 2 ? LOOKUP[index(e1, e2, e3, e4 + 1, eq5, e6)] : -1;
    int lower5 = eq5 < 2 ? LOOKUP[index(e1, e2, e3, e4, eq5 + 1, e6)] : -1;
    int n = (lower1 >= 0 ? 1 : 0) + (lower2 >= 0 ? 1 : 0) + (lower36 >= 0 ? 1 : 0) + (lower4 >= 0 ? 1 : 0)
        + (lower5 >= 0 ? 1 : 0);
    boolean found = T1_FOUND[i1] && T2_FOUND[i2] && T36_FOUND[i36] && T4_FOUND[i4];
    int depth1 = V4Data.DEPTH_EQ1[e1];
    int depth2 = V4Data.DEPTH_EQ2[e2];
    int depth36 = V4Data.DEPTH_EQ3_EQ6[e3][e6];
    int depth4 = V4Data.DEPTH_EQ4[e4];
    if (exact) {
      if (n == 0) {
        return value | macro << 8;
      }
      long sum = 0;
      if (lower1 >= 0) {
        sum += (long) (value - lower1) * (found ? T1_STEPS[i1] : T1_LAST_STEPS[i1]) * (LCM / depth1);
      }
      if (lower2 >= 0) {
        sum += (long) (value - lower2) * (found ? T2_STEPS[i2] : T2_LAST_STEPS[i2]) * (LCM / depth2);
      }
      if (lower36 >= 0) {
        sum += (long) (value - lower36) * (found ? T36_STEPS[i36] : T36_LAST_STEPS[i36]) * (LCM / depth36);
      }
      if (lower4 >= 0) {
        sum += (long) (value - lower4) * (found ? T4_STEPS[i4] : T4_LAST_STEPS[i4]) * (LCM / depth4);
      }
      long den = (long) LCM * n;
      long num = (long) value * den - sum;
      if (num <= 0) {
        return macro << 8;
      }
      return (num >= 100 * den ? 100 : (int) ((2 * num + den) / (2 * den))) | macro << 8;
    }
    double v = value / 10.0;
    double step = 0.1;
    double n1 = 0;
    double n2 = 0;
    double n36 = 0;
    double n4 = 0;
    double n5 = 0;
    if (lower1 >= 0) {
      n1 = (v - lower1 / 10.0) * ((found ? T1_D[i1] : T1_LAST_D[i1]) / (depth1 * step));
    }
    if (lower2 >= 0) {
      n2 = (v - lower2 / 10.0) * ((found ? T2_D[i2] : T2_LAST_D[i2]) / (depth2 * step));
    }
    if (lower36 >= 0) {
      n36 = (v - lower36 / 10.0) * ((found ? T36_D[i36] : T36_LAST_D[i36]) / (depth36 * step));
    }
    if (lower4 >= 0) {
      n4 = (v - lower4 / 10.0) * ((found ? T4_D[i4] : T4_LAST_D[i4]) / (depth4 * step));
    }
    if (lower5 >= 0) {
      n5 = (v - lower5 / 10.0) * 0;
    }
    return (int) Math.round(clampToScale(v - meanDistance(n1 + n2 + n36 + n4 + n5, n)) * 10) | macro << 8;
  }

  // ---------------------------------------------------------------- explanations (slow path)

  private static final String[] EQ_NAMES = {"EQ1", "EQ2", "EQ3+EQ6", "EQ4", "EQ5"};
  private static final String[] EQ_METRICS = {"AV+PR+UI", "AC+AT", "VC+VI+VA+CR+IR+AR", "SC+SI+SA", "E"};

  private static String maxVector(int[] c1, int[] c2, int[] c36, int[] c4) {
    StringBuilder sb = new StringBuilder();
    appendLevels(sb, c1, AV, PR, UI);
    appendLevels(sb, c2, AC, AT);
    appendLevels(sb, c36, VC, VI, VA, CR, IR, AR);
    appendLevels(sb, c4, SC, SI, SA);
    return sb.substring(0, sb.length() - 1);
  }

  private static void appendLevels(StringBuilder sb, int[] levels, int... positions) {
    for (int i = 0; i < positions.length; i++) {
      sb.append(LEVEL_NAMES[positions[i]]).append(':').append(LEVEL_LETTERS[positions[i]][levels[i]]).append('/');
    }
  }

  private static String macroText(int e1, int e2, int e3, int e4, int e5, int e6) {
    return "" + e1 + e2 + e3 + e4 + e5 + e6;
  }

  private static String lowerText(int eq, int e1, int e2, int e3, int e4, int e5, int e6) {
    switch (eq) {
      case 0:
        return macroText(e1 + 1, e2, e3, e4, e5, e6);
      case 1:
        return macroText(e1, e2 + 1, e3, e4, e5, e6);
      case 2:
        if (e3 == 0 && e6 == 0) {
          return "higher of " + macroText(e1, e2, e3, e4, e5, 1) + " and " + macroText(e1, e2, 1, e4, e5, 0);
        }
        return e3 == 1 && e6 == 0 ? macroText(e1, e2, 1, e4, e5, 1) : macroText(e1, e2, e3 + 1, e4, e5, 1);
      case 3:
        return macroText(e1, e2, e3, e4 + 1, e5, e6);
      default:
        return macroText(e1, e2, e3, e4, e5 + 1, e6);
    }
  }

  private static void explainExact(List<CvssExplanation.Step> steps, int e1, int e2, int e3, int e4, int e5, int e6,
      int value, int[] lower, int[] stepsDist, int[] depth, int[] c1, int[] c2, int[] c36, int[] c4, int n, long sum,
      int result) {
    steps.add(new CvssExplanation.Step("Macro vector score",
        "macro vector " + macroText(e1, e2, e3, e4, e5, e6) + " in FIRST's lookup table", Tenths.of(value)));
    steps.add(new CvssExplanation.Step("Severity distance",
        "steps from the first of FIRST's highest-severity vectors of the macro vector that the vector does not exceed, "
            + maxVector(c1, c2, c36, c4), BigDecimal.valueOf(stepsDist[0] + stepsDist[1] + stepsDist[2] + stepsDist[3], 1)));
    for (int i = 0; i < 5; i++) {
      if (lower[i] < 0) {
        steps.add(new CvssExplanation.Step(EQ_NAMES[i] + " proportional distance",
            "no lower macro vector: left out of the mean", BigDecimal.ZERO));
        continue;
      }
      BigDecimal available = Tenths.of(value).subtract(BigDecimal.valueOf(lower[i], 1));
      if (i == 4) {
        steps.add(new CvssExplanation.Step(EQ_NAMES[i] + " proportional distance",
            "lower macro vector " + lowerText(i, e1, e2, e3, e4, e5, e6) + " exists; E always adds 0 but counts in n",
            BigDecimal.ZERO));
        continue;
      }
      BigDecimal distance = BigDecimal.valueOf(stepsDist[i], 1);
      BigDecimal part = available.multiply(distance).divide(BigDecimal.valueOf(depth[i], 1), 12, RoundingMode.HALF_EVEN)
          .stripTrailingZeros();
      steps.add(new CvssExplanation.Step(EQ_NAMES[i] + " proportional distance",
          "available " + available.toPlainString() + " (" + Tenths.of(value).toPlainString() + " − lookup "
              + lowerText(i, e1, e2, e3, e4, e5, e6) + " " + BigDecimal.valueOf(lower[i], 1).toPlainString()
              + ") × severity distance " + EQ_METRICS[i] + " " + distance.toPlainString() + " / depth "
              + BigDecimal.valueOf(depth[i], 1).toPlainString() + " (12 places shown)",
          part.scale() < 0 ? part.setScale(0) : part));
    }
    BigDecimal mean = n == 0 ? BigDecimal.ZERO
        : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf((long) LCM * n * 10), 12, RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    steps.add(new CvssExplanation.Step("Mean distance",
        "sum of proportional distances / " + n + " lower macro vectors (exact: " + sum + " / " + ((long) LCM * n * 10)
            + "; 12 places shown)", mean.scale() < 0 ? mean.setScale(0) : mean));
    BigDecimal unrounded = Tenths.of(value).subtract(mean);
    steps.add(new CvssExplanation.Step("Unrounded score", "macro vector score − mean distance (12 places shown)",
        unrounded.scale() < 0 ? unrounded.setScale(0) : unrounded));
    steps.add(new CvssExplanation.Step("Score",
        "exact value clamped to [0, 10], rounded half up to one decimal (EXACT_HALF_UP)", Tenths.of(result)));
  }

  private static void explainFloat(List<CvssExplanation.Step> steps, int e1, int e2, int e3, int e4, int e5, int e6,
      double v, int[] lower, double[] dist, double[] norm, int[] c1, int[] c2, int[] c36, int[] c4, int n,
      double mean, double unrounded, int result) {
    steps.add(new CvssExplanation.Step("Macro vector score",
        "macro vector " + macroText(e1, e2, e3, e4, e5, e6) + " in FIRST's lookup table", BigDecimal.valueOf(v)));
    steps.add(new CvssExplanation.Step("Severity distance",
        "double: steps from the first of FIRST's highest-severity vectors of the macro vector that the vector does not "
            + "exceed, " + maxVector(c1, c2, c36, c4), BigDecimal.valueOf(dist[0] + dist[1] + dist[2] + dist[3])));
    for (int i = 0; i < 5; i++) {
      if (lower[i] < 0) {
        steps.add(new CvssExplanation.Step(EQ_NAMES[i] + " proportional distance",
            "no lower macro vector: left out of the mean", BigDecimal.ZERO));
        continue;
      }
      String rule = i == 4
          ? "lower macro vector " + lowerText(i, e1, e2, e3, e4, e5, e6) + " exists; E always adds 0 but counts in n"
          : "double: (" + v + " − lookup " + lowerText(i, e1, e2, e3, e4, e5, e6) + " " + lower[i] / 10.0
              + ") × (severity distance " + EQ_METRICS[i] + " " + dist[i] + " / (depth × 0.1))";
      steps.add(new CvssExplanation.Step(EQ_NAMES[i] + " proportional distance", rule, BigDecimal.valueOf(norm[i])));
    }
    steps.add(new CvssExplanation.Step("Mean distance", "double: sum of proportional distances / " + n,
        BigDecimal.valueOf(mean)));
    steps.add(new CvssExplanation.Step("Unrounded score", "double: macro vector score − mean distance, clamped to [0, 10]",
        BigDecimal.valueOf(unrounded)));
    steps.add(new CvssExplanation.Step("Score", "Math.round(score × 10) / 10 on doubles (FIRST_2024_FLOAT)",
        Tenths.of(result)));
  }

  /** Effective values for an explanation, by metric abbreviation. */
  static Map<String, String> effectiveValues(int[] lv, int eq5) {
    Map<String, String> map = new LinkedHashMap<>();
    int[] order = {AV, AC, AT, PR, UI, VC, VI, VA, SC, SI, SA};
    for (int p : order) {
      map.put(LEVEL_NAMES[p], LEVEL_LETTERS[p][lv[p]]);
    }
    map.put("E", new String[] {"A", "P", "U"}[eq5]);
    map.put("CR", LEVEL_LETTERS[CR][lv[CR]]);
    map.put("IR", LEVEL_LETTERS[IR][lv[IR]]);
    map.put("AR", LEVEL_LETTERS[AR][lv[AR]]);
    return map;
  }

  static List<CvssExplanation.Step> newSteps() {
    return new ArrayList<>();
  }

  /** The FIRST calculator's mean of {@code n} proportional distances (0 when there are none). */
  private static double meanDistance(double sumOfDistances, int n) {
    return n == 0 ? 0 : sumOfDistances / n;
  }

  /** A binary floating-point score clamped to [0, 10], as the FIRST calculator does. */
  private static double clampToScale(double score) {
    return score < 0 ? 0.0 : score > 10 ? 10.0 : score;
  }
}
