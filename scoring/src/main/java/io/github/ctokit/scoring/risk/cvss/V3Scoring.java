package io.github.ctokit.scoring.risk.cvss;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * CVSS v3.0 and v3.1 scoring (v3.1 specification, section 7 and Appendix A). Not API.
 *
 * <p>Weights are integers in hundredths, so the base, temporal and exploitability quantities are
 * exact integers at a fixed scale. The only non-terminating-looking terms, {@code (ISS − 0.02)^15}
 * and {@code (MISS × 0.9731 − 0.02)^13}, are exact decimals too; they are precomputed with
 * {@link BigDecimal} for every possible ISS and MISS. Base scores are tabulated for all 2,592 base
 * vectors. The environmental score is decided with 64-bit integers bracketing the exact value,
 * and with the exact {@link BigDecimal} computation in the rare case the bracket straddles a
 * rounding boundary. The v3.0 {@link CvssV30Roundup#FIRST_CALCULATOR} profile reproduces FIRST's
 * v3.0 JavaScript calculator in doubles instead.
 */
final class V3Scoring {

  // CvssV3Metric ordinals
  static final int AV = 0;
  static final int AC = 1;
  static final int PR = 2;
  static final int UI = 3;
  static final int S = 4;
  static final int C = 5;
  static final int I = 6;
  static final int A = 7;
  static final int E = 8;
  static final int RL = 9;
  static final int RC = 10;
  static final int CR = 11;
  static final int IR = 12;
  static final int AR = 13;
  static final int MAV = 14;
  static final int MAC = 15;
  static final int MPR = 16;
  static final int MUI = 17;
  static final int MS = 18;
  static final int MC = 19;
  static final int MI = 20;
  static final int MA = 21;

  // Weights in hundredths, indexed by value index in CvssV3Metric.allowedValues() order.
  static final int[] W_AV = {85, 62, 55, 20};
  static final int[] W_AC = {77, 44};
  static final int[][] W_PR = {{85, 62, 27}, {85, 68, 50}};
  static final int[] W_UI = {85, 62};
  static final int[] W_CIA = {56, 22, 0};
  static final int[] W_E = {100, 100, 97, 94, 91};
  static final int[] W_RL = {100, 95, 96, 97, 100};
  static final int[] W_RC = {100, 92, 96, 100};
  /** Security requirement weight classes: 0 = High 1.5, 1 = Medium or not defined 1, 2 = Low 0.5. */
  static final int[] W_REQ_CLASS = {150, 100, 50};
  /** Requirement value index (X, H, M, L) to weight class. */
  static final int[] REQ_CLASS = {1, 0, 1, 2};

  private static final String[] AV_L = {"N", "A", "L", "P"};
  private static final String[] AC_L = {"L", "H"};
  private static final String[] PR_L = {"N", "L", "H"};
  private static final String[] UI_L = {"N", "R"};
  private static final String[] S_L = {"U", "C"};
  private static final String[] CIA_L = {"H", "L", "N"};
  private static final String[] REQ_L = {"H", "M", "L"};

  static final int BASE_COUNT = 2592;
  private static final byte[] BASE_31 = new byte[BASE_COUNT];
  private static final byte[] BASE_30_EXACT = new byte[BASE_COUNT];
  private static final byte[] BASE_30_FLOAT = new byte[BASE_COUNT];

  /** [formula 0 = v3.0, 1 = v3.1][modified scope][MISS combination] */
  private static final long[][][] MI_FLOOR = new long[2][2][729];
  private static final boolean[][][] MI_EXACT = new boolean[2][2][729];
  private static final boolean[][][] MI_POSITIVE = new boolean[2][2][729];

  private static final long SCALE_12 = 1_000_000_000_000L;
  private static final long TEN_AT_17 = 1_000_000_000_000_000_000L;

  private static final BigDecimal B_0_029 = new BigDecimal("0.029");
  private static final BigDecimal B_0_02 = new BigDecimal("0.02");
  private static final BigDecimal B_3_25 = new BigDecimal("3.25");
  private static final BigDecimal B_6_42 = new BigDecimal("6.42");
  private static final BigDecimal B_7_52 = new BigDecimal("7.52");
  private static final BigDecimal B_8_22 = new BigDecimal("8.22");
  private static final BigDecimal B_1_08 = new BigDecimal("1.08");
  private static final BigDecimal B_0_9731 = new BigDecimal("0.9731");
  private static final BigDecimal B_0_915 = new BigDecimal("0.915");

  static {
    int[] eff = new int[8];
    for (int idx = 0; idx < BASE_COUNT; idx++) {
      decodeBase(idx, eff);
      BASE_31[idx] = (byte) baseExact(eff, true, null, null);
      BASE_30_EXACT[idx] = (byte) baseExact(eff, false, null, null);
      BASE_30_FLOAT[idx] = (byte) tenthsOfCeil(baseFloat(eff, null));
    }
    for (int m = 0; m < 729; m++) {
      BigDecimal miss = BigDecimal.valueOf(missTwelve(m), 12);
      for (int f = 0; f < 2; f++) {
        for (int ms = 0; ms < 2; ms++) {
          BigDecimal mi = modifiedImpact(miss, ms == 1, f == 1);
          BigDecimal scaled = mi.movePointRight(15);
          MI_POSITIVE[f][ms][m] = mi.signum() > 0;
          MI_FLOOR[f][ms][m] = scaled.setScale(0, RoundingMode.FLOOR).longValueExact();
          MI_EXACT[f][ms][m] = scaled.signum() == 0 || scaled.stripTrailingZeros().scale() <= 0;
        }
      }
    }
  }

  private V3Scoring() {}

  static int baseIndex(int av, int ac, int pr, int ui, int s, int c, int i, int a) {
    return ((((((av * 2 + ac) * 3 + pr) * 2 + ui) * 2 + s) * 3 + c) * 3 + i) * 3 + a;
  }

  private static void decodeBase(int idx, int[] eff) {
    eff[7] = idx % 3;
    idx /= 3;
    eff[6] = idx % 3;
    idx /= 3;
    eff[5] = idx % 3;
    idx /= 3;
    eff[4] = idx % 2;
    idx /= 2;
    eff[3] = idx % 2;
    idx /= 2;
    eff[2] = idx % 3;
    idx /= 3;
    eff[1] = idx % 2;
    eff[0] = idx / 2;
  }

  static int missIndex(int crClass, int mc, int irClass, int mi, int arClass, int ma) {
    return ((((crClass * 3 + mc) * 3 + irClass) * 3 + mi) * 3 + arClass) * 3 + ma;
  }

  /** MISS × 10^12 for a MISS combination, capped at 0.915. */
  static long missTwelve(int m) {
    int ma = m % 3;
    m /= 3;
    int ar = m % 3;
    m /= 3;
    int mi = m % 3;
    m /= 3;
    int ir = m % 3;
    m /= 3;
    int mc = m % 3;
    int cr = m / 3;
    long p = (10_000L - (long) W_REQ_CLASS[cr] * W_CIA[mc]) * (10_000L - (long) W_REQ_CLASS[ir] * W_CIA[mi])
        * (10_000L - (long) W_REQ_CLASS[ar] * W_CIA[ma]);
    return Math.min(SCALE_12 - p, 915_000_000_000L);
  }

  /** The environmental Modified Impact, exactly. */
  static BigDecimal modifiedImpact(BigDecimal miss, boolean changed, boolean v31) {
    if (!changed) {
      return B_6_42.multiply(miss);
    }
    BigDecimal inner = v31 ? miss.multiply(B_0_9731).subtract(B_0_02) : miss.subtract(B_0_02);
    return B_7_52.multiply(miss.subtract(B_0_029)).subtract(B_3_25.multiply(inner.pow(v31 ? 13 : 15)));
  }

  static int roundupAppendixA(BigDecimal x) {
    long i = x.movePointRight(5).setScale(0, RoundingMode.HALF_UP).longValueExact();
    return (int) (i % 10_000 == 0 ? i / 10_000 : i / 10_000 + 1);
  }

  static int roundupCeiling(BigDecimal x) {
    return x.movePointRight(1).setScale(0, RoundingMode.CEILING).intValueExact();
  }

  private static int roundup(BigDecimal x, boolean v31) {
    return v31 ? roundupAppendixA(x) : roundupCeiling(x);
  }

  /** Roundup(tenths/10 × E × RL × RC), exactly: the product is an integer at scale 10^7. */
  static int roundupProduct(int tenths, int e, int rl, int rc, boolean v31) {
    long p = (long) tenths * W_E[e] * W_RL[rl] * W_RC[rc];
    if (v31) {
      long i = (p + 50) / 100; // round half up to 5 decimals
      return (int) (i % 10_000 == 0 ? i / 10_000 : i / 10_000 + 1);
    }
    return (int) ((p + 999_999) / 1_000_000);
  }

  /** Exact base score of effective base values {av, ac, pr, ui, s, c, i, a}; fills sub-scores and steps if asked. */
  static int baseExact(int[] b, boolean v31, @Nullable Map<CvssSubScore, BigDecimal> sub,
      @Nullable List<CvssExplanation.Step> steps) {
    boolean changed = b[4] == 1;
    long product = (100L - W_CIA[b[5]]) * (100L - W_CIA[b[6]]) * (100L - W_CIA[b[7]]);
    BigDecimal iss = BigDecimal.valueOf(1_000_000L - product, 6);
    BigDecimal impact = changed
        ? B_7_52.multiply(iss.subtract(B_0_029)).subtract(B_3_25.multiply(iss.subtract(B_0_02).pow(15)))
        : B_6_42.multiply(iss);
    long expl10 = 822L * W_AV[b[0]] * W_AC[b[1]] * W_PR[b[4]][b[2]] * W_UI[b[3]];
    BigDecimal exploitability = BigDecimal.valueOf(expl10, 10);
    int base;
    BigDecimal inner = null;
    if (impact.signum() <= 0) {
      base = 0;
    } else {
      BigDecimal sum = impact.add(exploitability);
      inner = changed ? sum.multiply(B_1_08) : sum;
      inner = inner.min(BigDecimal.TEN);
      base = roundup(inner, v31);
    }
    if (sub != null) {
      sub.put(CvssSubScore.ISS, plain(iss));
      sub.put(CvssSubScore.IMPACT, plain(impact));
      sub.put(CvssSubScore.EXPLOITABILITY, plain(exploitability));
    }
    if (steps != null) {
      steps.add(new CvssExplanation.Step("ISS",
          "1 − (1 − C)(1 − I)(1 − A) = 1 − (1 − " + w(W_CIA[b[5]]) + ")(1 − " + w(W_CIA[b[6]]) + ")(1 − "
              + w(W_CIA[b[7]]) + ")", plain(iss)));
      steps.add(new CvssExplanation.Step("Impact", changed
          ? "S:C: 7.52 × (ISS − 0.029) − 3.25 × (ISS − 0.02)^15"
          : "S:U: 6.42 × ISS", plain(impact)));
      steps.add(new CvssExplanation.Step("Exploitability",
          "8.22 × AV × AC × PR × UI = 8.22 × " + w(W_AV[b[0]]) + " × " + w(W_AC[b[1]]) + " × "
              + w(W_PR[b[4]][b[2]]) + " × " + w(W_UI[b[3]]), plain(exploitability)));
      steps.add(new CvssExplanation.Step("Base score", impact.signum() <= 0
          ? "Impact ≤ 0: 0"
          : (changed ? "Roundup(min(1.08 × (Impact + Exploitability), 10))" : "Roundup(min(Impact + Exploitability, 10))")
              + " with " + (v31 ? "the Roundup of v3.1 Appendix A" : "the exact ceiling to one decimal")
              + "; before rounding " + plain(inner).toPlainString(), Tenths.of(base)));
    }
    return base;
  }

  /** FIRST's v3.0 calculator base score, as a double (already rounded up). */
  private static double baseFloat(int[] b, double @Nullable [] sub) {
    boolean changed = b[4] == 1;
    double exploitability = 8.22 * d(W_AV[b[0]]) * d(W_AC[b[1]]) * d(W_PR[b[4]][b[2]]) * d(W_UI[b[3]]);
    double iss = 1 - ((1 - d(W_CIA[b[5]])) * (1 - d(W_CIA[b[6]])) * (1 - d(W_CIA[b[7]])));
    double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * StrictMath.pow(iss - 0.02, 15) : 6.42 * iss;
    if (sub != null) {
      sub[0] = iss;
      sub[1] = impact;
      sub[2] = exploitability;
    }
    if (impact <= 0) {
      return 0;
    }
    return changed
        ? roundUp1(Math.min((exploitability + impact) * 1.08, 10))
        : roundUp1(Math.min(exploitability + impact, 10));
  }

  private static double roundUp1(double x) {
    return Math.ceil(x * 10) / 10;
  }

  private static int tenthsOfCeil(double roundedUp) {
    return (int) Math.round(roundedUp * 10);
  }

  private static double d(int hundredths) {
    switch (hundredths) {
      case 0:
        return 0;
      case 100:
        return 1;
      case 150:
        return 1.5;
      case 50:
        return 0.5;
      default:
        return hundredths / 100.0;
    }
  }

  private static BigDecimal w(int hundredths) {
    return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
  }

  private static BigDecimal plain(@Nullable BigDecimal x) {
    if (x == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = x.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  // ------------------------------------------------------------------------------ scoring

  /** Effective values of a vector: base (8), temporal (3), requirement classes (3), modified (8). */
  static int[] effective(CvssVector v) {
    int[] e = new int[22];
    for (int i = 0; i < 8; i++) {
      e[i] = v.index(i);
    }
    e[E] = v.index(E);
    e[RL] = v.index(RL);
    e[RC] = v.index(RC);
    e[CR] = REQ_CLASS[v.index(CR)];
    e[IR] = REQ_CLASS[v.index(IR)];
    e[AR] = REQ_CLASS[v.index(AR)];
    e[MAV] = v.index(MAV) == 0 ? e[AV] : v.index(MAV) - 1;
    e[MAC] = v.index(MAC) == 0 ? e[AC] : v.index(MAC) - 1;
    e[MPR] = v.index(MPR) == 0 ? e[PR] : v.index(MPR) - 1;
    e[MUI] = v.index(MUI) == 0 ? e[UI] : v.index(MUI) - 1;
    e[MS] = v.index(MS) == 0 ? e[S] : v.index(MS) - 1;
    e[MC] = v.index(MC) == 0 ? e[C] : 3 - v.index(MC);
    e[MI] = v.index(MI) == 0 ? e[I] : 3 - v.index(MI);
    e[MA] = v.index(MA) == 0 ? e[A] : 3 - v.index(MA);
    return e;
  }

  /** Scores a vector: returns base | temporal << 8 | environmental << 16, each in tenths. */
  static int score(CvssVector v, CvssProfile profile) {
    if (profile == CvssProfile.V3_0_FIRST_CALCULATOR) {
      int[] out = new int[3];
      scoreFloat(effective(v), out, null);
      return out[0] | out[1] << 8 | out[2] << 16;
    }
    boolean v31 = profile == CvssProfile.V3_1_APPENDIX_A;
    int av = v.index(AV);
    int ac = v.index(AC);
    int pr = v.index(PR);
    int ui = v.index(UI);
    int s = v.index(S);
    int c = v.index(C);
    int i = v.index(I);
    int a = v.index(A);
    int e = v.index(E);
    int rl = v.index(RL);
    int rc = v.index(RC);
    int bi = baseIndex(av, ac, pr, ui, s, c, i, a);
    int base = v31 ? BASE_31[bi] : BASE_30_EXACT[bi];
    int temporal = roundupProduct(base, e, rl, rc, v31);
    int ms = v.index(MS) == 0 ? s : v.index(MS) - 1;
    int m = missIndex(REQ_CLASS[v.index(CR)], v.index(MC) == 0 ? c : 3 - v.index(MC),
        REQ_CLASS[v.index(IR)], v.index(MI) == 0 ? i : 3 - v.index(MI),
        REQ_CLASS[v.index(AR)], v.index(MA) == 0 ? a : 3 - v.index(MA));
    int f = v31 ? 1 : 0;
    int environmental = 0;
    if (MI_POSITIVE[f][ms][m]) {
      long me10 = 822L * W_AV[v.index(MAV) == 0 ? av : v.index(MAV) - 1] * W_AC[v.index(MAC) == 0 ? ac : v.index(MAC) - 1]
          * W_PR[ms][v.index(MPR) == 0 ? pr : v.index(MPR) - 1] * W_UI[v.index(MUI) == 0 ? ui : v.index(MUI) - 1];
      int inner = envInnerFast(MI_FLOOR[f][ms][m], MI_EXACT[f][ms][m], me10, ms == 1, v31);
      if (inner < 0) {
        inner = envInnerExact(m, ms == 1, me10, v31);
      }
      environmental = roundupProduct(inner, e, rl, rc, v31);
    }
    return base | temporal << 8 | environmental << 16;
  }

  /**
   * Roundup(min(k × (MI + ME), 10)) from a bracket of the exact value; -1 when the bracket does
   * not decide the result.
   */
  static int envInnerFast(long miFloor15, boolean miExact, long me10, boolean changed, boolean v31) {
    long low15 = miFloor15 + me10 * 100_000L;
    long k = changed ? 108 : 100;
    long lo = k * low15;
    long hi = miExact ? lo : lo + k;
    if (lo >= TEN_AT_17 || hi > TEN_AT_17) {
      // At or within 1.08e-15 of 10: the minimum with 10 rounds up to 10.0 either way.
      return 100;
    }
    if (v31) {
      long iLo = (lo + 500_000_000_000L) / 1_000_000_000_000L;
      long iHi = (hi + 500_000_000_000L) / 1_000_000_000_000L;
      if (iLo != iHi) {
        return -1;
      }
      return (int) (iLo % 10_000 == 0 ? iLo / 10_000 : iLo / 10_000 + 1);
    }
    long cLo = ceilDiv(lo, 10_000_000_000_000_000L);
    long cHi = miExact ? cLo : ceilDiv(hi, 10_000_000_000_000_000L);
    return cLo == cHi ? (int) cLo : -1;
  }

  private static long ceilDiv(long x, long d) {
    return (x + d - 1) / d;
  }

  /** The exact environmental inner Roundup, with BigDecimal. */
  static int envInnerExact(int missCombination, boolean changed, long me10, boolean v31) {
    BigDecimal miss = BigDecimal.valueOf(missTwelve(missCombination), 12);
    BigDecimal sum = modifiedImpact(miss, changed, v31).add(BigDecimal.valueOf(me10, 10));
    BigDecimal inner = (changed ? sum.multiply(B_1_08) : sum).min(BigDecimal.TEN);
    return roundup(inner, v31);
  }

  /** FIRST's v3.0 calculator, operation by operation; fills sub-scores if asked. */
  private static void scoreFloat(int[] e, int[] out, double @Nullable [] sub) {
    int[] b = {e[AV], e[AC], e[PR], e[UI], e[S], e[C], e[I], e[A]};
    double base = baseFloat(b, sub);
    double we = d(W_E[e[E]]);
    double wrl = d(W_RL[e[RL]]);
    double wrc = d(W_RC[e[RC]]);
    double temporal = roundUp1(base * we * wrl * wrc);
    boolean changed = e[MS] == 1;
    double me = 8.22 * d(W_AV[e[MAV]]) * d(W_AC[e[MAC]]) * d(W_PR[e[MS]][e[MPR]]) * d(W_UI[e[MUI]]);
    double miss = Math.min(1 - ((1 - d(W_CIA[e[MC]]) * d(W_REQ_CLASS[e[CR]]))
        * (1 - d(W_CIA[e[MI]]) * d(W_REQ_CLASS[e[IR]]))
        * (1 - d(W_CIA[e[MA]]) * d(W_REQ_CLASS[e[AR]]))), 0.915);
    double mi;
    double env;
    if (!changed) {
      mi = 6.42 * miss;
      env = roundUp1(roundUp1(Math.min(mi + me, 10)) * we * wrl * wrc);
    } else {
      mi = 7.52 * (miss - 0.029) - 3.25 * StrictMath.pow(miss - 0.02, 15);
      env = roundUp1(roundUp1(Math.min(1.08 * (mi + me), 10)) * we * wrl * wrc);
    }
    if (mi <= 0) {
      env = 0;
    }
    out[0] = tenthsOfCeil(base);
    out[1] = tenthsOfCeil(temporal);
    out[2] = tenthsOfCeil(env);
    if (sub != null) {
      sub[3] = miss;
      sub[4] = mi;
      sub[5] = me;
    }
  }

  // ---------------------------------------------------------------------------- explanations

  static Detail detail(CvssVector v, CvssProfile profile, int[] scores) {
    int[] e = effective(v);
    Map<CvssSubScore, BigDecimal> sub = new EnumMap<>(CvssSubScore.class);
    List<CvssExplanation.Step> steps = new java.util.ArrayList<>();
    String temporalRule = "Roundup(Base × E × RL × RC) = Roundup(" + Tenths.of(scores[0]).toPlainString() + " × "
        + w(W_E[e[E]]) + " × " + w(W_RL[e[RL]]) + " × " + w(W_RC[e[RC]]) + ")";
    if (profile == CvssProfile.V3_0_FIRST_CALCULATOR) {
      double[] s = new double[6];
      scoreFloat(e, new int[3], s);
      sub.put(CvssSubScore.ISS, BigDecimal.valueOf(s[0]));
      sub.put(CvssSubScore.IMPACT, BigDecimal.valueOf(s[1]));
      sub.put(CvssSubScore.EXPLOITABILITY, BigDecimal.valueOf(s[2]));
      sub.put(CvssSubScore.MISS, BigDecimal.valueOf(s[3]));
      sub.put(CvssSubScore.MODIFIED_IMPACT, BigDecimal.valueOf(s[4]));
      sub.put(CvssSubScore.MODIFIED_EXPLOITABILITY, BigDecimal.valueOf(s[5]));
      steps.add(new CvssExplanation.Step("ISS", "double: 1 − ((1 − C) × (1 − I) × (1 − A))", BigDecimal.valueOf(s[0])));
      steps.add(new CvssExplanation.Step("Impact", e[S] == 1
          ? "double: 7.52 × (ISS − 0.029) − 3.25 × (ISS − 0.02)^15" : "double: 6.42 × ISS", BigDecimal.valueOf(s[1])));
      steps.add(new CvssExplanation.Step("Exploitability", "double: 8.22 × AV × AC × PR × UI", BigDecimal.valueOf(s[2])));
      steps.add(new CvssExplanation.Step("Base score",
          "Math.ceil(min(" + (e[S] == 1 ? "1.08 × " : "") + "(Impact + Exploitability), 10) × 10) / 10 on doubles",
          Tenths.of(scores[0])));
      steps.add(new CvssExplanation.Step("Temporal score", temporalRule + ", on doubles with Math.ceil(x × 10) / 10",
          Tenths.of(scores[1])));
      steps.add(new CvssExplanation.Step("MISS",
          "double: min(1 − (1 − MC × CR)(1 − MI × IR)(1 − MA × AR), 0.915)", BigDecimal.valueOf(s[3])));
      steps.add(new CvssExplanation.Step("Modified impact", e[MS] == 1
          ? "double: 7.52 × (MISS − 0.029) − 3.25 × (MISS − 0.02)^15" : "double: 6.42 × MISS", BigDecimal.valueOf(s[4])));
      steps.add(new CvssExplanation.Step("Modified exploitability", "double: 8.22 × MAV × MAC × MPR × MUI",
          BigDecimal.valueOf(s[5])));
      steps.add(new CvssExplanation.Step("Environmental score", "Modified impact ≤ 0: 0, else Roundup(Roundup(min("
          + (e[MS] == 1 ? "1.08 × " : "") + "(MI + ME), 10)) × E × RL × RC), on doubles with Math.ceil(x × 10) / 10",
          Tenths.of(scores[2])));
    } else {
      boolean v31 = profile == CvssProfile.V3_1_APPENDIX_A;
      int[] b = {e[AV], e[AC], e[PR], e[UI], e[S], e[C], e[I], e[A]};
      baseExact(b, v31, sub, steps);
      steps.add(new CvssExplanation.Step("Temporal score", temporalRule, Tenths.of(scores[1])));
      int m = missIndex(e[CR], e[MC], e[IR], e[MI], e[AR], e[MA]);
      BigDecimal miss = BigDecimal.valueOf(missTwelve(m), 12);
      BigDecimal mi = modifiedImpact(miss, e[MS] == 1, v31);
      long me10 = 822L * W_AV[e[MAV]] * W_AC[e[MAC]] * W_PR[e[MS]][e[MPR]] * W_UI[e[MUI]];
      BigDecimal me = BigDecimal.valueOf(me10, 10);
      sub.put(CvssSubScore.MISS, plain(miss));
      sub.put(CvssSubScore.MODIFIED_IMPACT, plain(mi));
      sub.put(CvssSubScore.MODIFIED_EXPLOITABILITY, plain(me));
      steps.add(new CvssExplanation.Step("MISS",
          "min(1 − (1 − MC × CR)(1 − MI × IR)(1 − MA × AR), 0.915) = min(1 − (1 − " + w(W_CIA[e[MC]]) + " × "
              + w(W_REQ_CLASS[e[CR]]) + ")(1 − " + w(W_CIA[e[MI]]) + " × " + w(W_REQ_CLASS[e[IR]]) + ")(1 − "
              + w(W_CIA[e[MA]]) + " × " + w(W_REQ_CLASS[e[AR]]) + "), 0.915)", plain(miss)));
      steps.add(new CvssExplanation.Step("Modified impact", e[MS] == 1
          ? (v31 ? "MS:C: 7.52 × (MISS − 0.029) − 3.25 × (MISS × 0.9731 − 0.02)^13"
              : "MS:C: 7.52 × (MISS − 0.029) − 3.25 × (MISS − 0.02)^15")
          : "MS:U: 6.42 × MISS", plain(mi)));
      steps.add(new CvssExplanation.Step("Modified exploitability",
          "8.22 × MAV × MAC × MPR × MUI = 8.22 × " + w(W_AV[e[MAV]]) + " × " + w(W_AC[e[MAC]]) + " × "
              + w(W_PR[e[MS]][e[MPR]]) + " × " + w(W_UI[e[MUI]]), plain(me)));
      String envRule;
      if (mi.signum() <= 0) {
        envRule = "Modified impact ≤ 0: 0";
      } else {
        int inner = envInnerExact(m, e[MS] == 1, me10, v31);
        envRule = "Roundup(Roundup(min(" + (e[MS] == 1 ? "1.08 × " : "") + "(MI + ME), 10)) × E × RL × RC) = Roundup("
            + Tenths.of(inner).toPlainString() + " × " + w(W_E[e[E]]) + " × " + w(W_RL[e[RL]]) + " × "
            + w(W_RC[e[RC]]) + ")";
      }
      steps.add(new CvssExplanation.Step("Environmental score", envRule, Tenths.of(scores[2])));
    }
    Map<String, String> effective = new LinkedHashMap<>();
    effective.put("AV", AV_L[e[AV]]);
    effective.put("AC", AC_L[e[AC]]);
    effective.put("PR", PR_L[e[PR]]);
    effective.put("UI", UI_L[e[UI]]);
    effective.put("S", S_L[e[S]]);
    effective.put("C", CIA_L[e[C]]);
    effective.put("I", CIA_L[e[I]]);
    effective.put("A", CIA_L[e[A]]);
    effective.put("E", v.get(CvssV3Metric.E));
    effective.put("RL", v.get(CvssV3Metric.RL));
    effective.put("RC", v.get(CvssV3Metric.RC));
    effective.put("CR", REQ_L[e[CR]]);
    effective.put("IR", REQ_L[e[IR]]);
    effective.put("AR", REQ_L[e[AR]]);
    effective.put("MAV", AV_L[e[MAV]]);
    effective.put("MAC", AC_L[e[MAC]]);
    effective.put("MPR", PR_L[e[MPR]]);
    effective.put("MUI", UI_L[e[MUI]]);
    effective.put("MS", S_L[e[MS]]);
    effective.put("MC", CIA_L[e[MC]]);
    effective.put("MI", CIA_L[e[MI]]);
    effective.put("MA", CIA_L[e[MA]]);
    CvssExplanation explanation = CvssExplanation.builder()
        .vector(v.toString())
        .profile(profile)
        .putAllEffectiveValues(effective)
        .addAllSteps(steps)
        .build();
    return new Detail(explanation, java.util.Collections.unmodifiableMap(sub));
  }
}
