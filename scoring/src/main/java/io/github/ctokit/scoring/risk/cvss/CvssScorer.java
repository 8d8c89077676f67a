package io.github.ctokit.scoring.risk.cvss;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores {@link CvssVector}s under configurable rounding policies.
 *
 * <p>Immutable, thread-safe and reusable; {@code with…} methods return configured copies. Obtain
 * the default with {@link Cvss#scorer()}: {@link CvssRounding#EXACT_HALF_UP} for v4.0 and
 * {@link CvssV30Roundup#FIRST_CALCULATOR} for v3.0 (each class explains why); v2.0 and v3.1
 * have no policy.
 *
 * <pre>{@code
 * CvssScorer first = Cvss.scorer().withRounding(CvssRounding.FIRST_2024_FLOAT);
 * first.score(Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H")).base(); // 8.5
 * Cvss.scorer().score(Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H")).base(); // 8.6
 * }</pre>
 */
public final class CvssScorer {

  static final CvssScorer DEFAULT = new CvssScorer(CvssRounding.EXACT_HALF_UP, CvssV30Roundup.FIRST_CALCULATOR);

  private final CvssRounding rounding;
  private final CvssV30Roundup v30Roundup;

  private CvssScorer(CvssRounding rounding, CvssV30Roundup v30Roundup) {
    this.rounding = rounding;
    this.v30Roundup = v30Roundup;
  }

  /**
   * Returns a scorer that rounds v4.0 scores with a policy.
   *
   * @param rounding the v4.0 rounding policy
   * @return the configured scorer
   * @throws NullPointerException if {@code rounding} is null
   */
  public CvssScorer withRounding(CvssRounding rounding) {
    return new CvssScorer(Objects.requireNonNull(rounding, "rounding"), v30Roundup);
  }

  /**
   * Returns a scorer that rounds v3.0 scores up with a policy.
   *
   * @param v30Roundup the v3.0 policy
   * @return the configured scorer
   * @throws NullPointerException if {@code v30Roundup} is null
   */
  public CvssScorer withV30Roundup(CvssV30Roundup v30Roundup) {
    return new CvssScorer(rounding, Objects.requireNonNull(v30Roundup, "v30Roundup"));
  }

  /**
   * Returns the v4.0 rounding policy.
   *
   * @return the policy
   */
  public CvssRounding rounding() {
    return rounding;
  }

  /**
   * Returns the v3.0 Roundup policy.
   *
   * @return the policy
   */
  public CvssV30Roundup v30Roundup() {
    return v30Roundup;
  }

  /**
   * Returns the profile this scorer applies to vectors of a version.
   *
   * @param version the version
   * @return the profile
   * @throws NullPointerException if {@code version} is null
   */
  public CvssProfile profile(CvssVersion version) {
    switch (Objects.requireNonNull(version, "version")) {
      case V2_0:
        return CvssProfile.V2_0_EXACT_HALF_UP;
      case V3_0:
        return v30Roundup == CvssV30Roundup.EXACT ? CvssProfile.V3_0_EXACT_ROUNDUP : CvssProfile.V3_0_FIRST_CALCULATOR;
      case V3_1:
        return CvssProfile.V3_1_APPENDIX_A;
      default:
        return rounding == CvssRounding.EXACT_HALF_UP ? CvssProfile.V4_0_EXACT_HALF_UP : CvssProfile.V4_0_FIRST_2024_FLOAT;
    }
  }

  /**
   * Scores a vector.
   *
   * @param vector the vector
   * @return its scores, which record this scorer's profile for the vector's version
   * @throws NullPointerException if {@code vector} is null
   */
  public CvssScores score(CvssVector vector) {
    Objects.requireNonNull(vector, "vector");
    CvssProfile profile = profile(vector.version());
    switch (vector.version()) {
      case V2_0:
        return scoreV2(vector, profile);
      case V3_0:
      case V3_1:
        return scoreV3(vector, profile);
      default:
        return scoreV4(vector, profile);
    }
  }

  /**
   * Parses and scores a vector string with the default parser.
   *
   * @param text the vector string
   * @return its scores
   * @throws NullPointerException if {@code text} is null
   * @throws CvssParseException if the text is not a valid vector string
   */
  public CvssScores score(CharSequence text) {
    return score(Cvss.parse(text));
  }

  private static CvssScores scoreV2(CvssVector v, CvssProfile profile) {
    int[] s = new int[3];
    V2Scoring.score(v, s, null, null);
    // CvssV2Metric ordinals: temporal 6..8, environmental 9..13
    int overall = anyDefined(v, 9, 13) ? s[2] : anyDefined(v, 6, 8) ? s[1] : s[0];
    return new CvssScores(v, profile, s[0], s[1], s[2], overall, null, -1);
  }

  private static CvssScores scoreV3(CvssVector v, CvssProfile profile) {
    int packed = V3Scoring.score(v, profile);
    int base = packed & 0xFF;
    int temporal = (packed >>> 8) & 0xFF;
    int environmental = packed >>> 16;
    // CvssV3Metric ordinals: temporal 8..10, environmental 11..21
    int overall = anyDefined(v, 11, 21) ? environmental : anyDefined(v, 8, 10) ? temporal : base;
    return new CvssScores(v, profile, base, temporal, environmental, overall, null, -1);
  }

  private static boolean anyDefined(CvssVector v, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (v.index(i) != 0) {
        return true;
      }
    }
    return false;
  }

  private static CvssScores scoreV4(CvssVector v, CvssProfile profile) {
    boolean exact = profile == CvssProfile.V4_0_EXACT_HALF_UP;
    // CvssV4Metric ordinals: E 11, environmental 12..25
    boolean threat = v.index(11) != 0;
    boolean environmental = anyDefined(v, 12, 25);
    int[] lv = new int[V4Scoring.LEVELS];
    int eq5 = V4Scoring.effectiveLevels(v, true, true, lv);
    // The macro vector is defined even without impact, where only the score short-cuts to 0.
    int packed = V4Scoring.fastScoreAndMacro(lv, eq5, exact);
    int all = packed & 0xFF;
    int macro = packed >>> 8;
    // CVSS-B and CVSS-BT equal the whole score when the groups they leave out are not defined;
    // otherwise CvssScores computes them on first request (v4Part).
    int withThreat = environmental ? -1 : all;
    int base = threat || environmental ? -1 : all;
    return new CvssScores(v, profile, base, withThreat, all, all, CvssNomenclature.of(threat, environmental), macro);
  }

  /** CVSS-B ({@code threat} false) or CVSS-BT ({@code threat} true) of a v4.0 vector, in tenths. */
  static int v4Part(CvssVector v, CvssProfile profile, boolean threat) {
    int[] lv = new int[V4Scoring.LEVELS];
    int eq5 = V4Scoring.effectiveLevels(v, threat, false, lv);
    return V4Scoring.fastScore(lv, eq5, profile == CvssProfile.V4_0_EXACT_HALF_UP);
  }

  /** Computes the explanation and sub-scores of scores already computed (slow path). */
  static Detail detail(CvssVector v, CvssProfile profile, int base, int temporal, int environmental) {
    switch (v.version()) {
      case V2_0:
        return V2Scoring.detail(v);
      case V3_0:
      case V3_1:
        return V3Scoring.detail(v, profile, new int[] {base, temporal, environmental});
      default:
        return detailV4(v, profile, profile == CvssProfile.V4_0_EXACT_HALF_UP, base, temporal);
    }
  }

  private static Detail detailV4(CvssVector v, CvssProfile profile, boolean exact, int base, int withThreat) {
    int[] lv = new int[V4Scoring.LEVELS];
    int eq5 = V4Scoring.effectiveLevels(v, true, true, lv);
    List<CvssExplanation.Step> steps = V4Scoring.newSteps();
    V4Scoring.score(lv, eq5, exact, steps);
    steps.add(new CvssExplanation.Step("CVSS-B score",
        "the same computation with threat and environmental metrics not defined", Tenths.of(base)));
    steps.add(new CvssExplanation.Step("CVSS-BT score", "the same computation with environmental metrics not defined",
        Tenths.of(withThreat)));
    Map<CvssSubScore, BigDecimal> sub = new EnumMap<>(CvssSubScore.class);
    if (!V4Scoring.noImpact(lv)) {
      CvssMacroVector m = V4Scoring.macroVector(lv, eq5);
      int value = V4Scoring.LOOKUP[V4Scoring.index(m.eq1(), m.eq2(), m.eq3(), m.eq4(), m.eq5(), m.eq6())];
      sub.put(CvssSubScore.MACRO_VECTOR_SCORE, Tenths.of(value));
      for (CvssExplanation.Step s : steps) {
        if (s.name().equals("Mean distance")) {
          sub.put(CvssSubScore.MEAN_DISTANCE, s.value());
        }
      }
    }
    CvssExplanation explanation = CvssExplanation.builder()
        .vector(v.toString())
        .profile(profile)
        .putAllEffectiveValues(V4Scoring.effectiveValues(lv, eq5))
        .addAllSteps(steps)
        .build();
    return new Detail(explanation, Collections.unmodifiableMap(sub));
  }
}
