package io.github.ctokit.scoring.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every v3.1 base vector (2,592) and every v4.0 base vector (104,976), checked against the
 * properties the specifications promise: range, severity bands, monotonicity and round trips.
 */
class CvssExhaustiveTest {

  /** All combinations of the base metrics of a version, in canonical order. */
  static List<CvssVector> allBaseVectors(CvssVersion version) {
    List<CvssMetric> base = new ArrayList<>();
    for (CvssMetric m : metricsOf(version)) {
      if (m.isMandatory()) {
        base.add(m);
      }
    }
    List<CvssVector> out = new ArrayList<>();
    int[] idx = new int[base.size()];
    while (true) {
      CvssVector.Builder b = CvssVector.builder(version);
      for (int i = 0; i < idx.length; i++) {
        b.set(base.get(i), base.get(i).allowedValues().get(idx[i]));
      }
      out.add(b.build());
      int k = idx.length - 1;
      while (k >= 0 && ++idx[k] == base.get(k).allowedValues().size()) {
        idx[k] = 0;
        k--;
      }
      if (k < 0) {
        return out;
      }
    }
  }

  private static List<CvssMetric> metricsOf(CvssVersion v) {
    switch (v) {
      case V2_0:
        return List.of(CvssV2Metric.values());
      case V4_0:
        return List.of(CvssV4Metric.values());
      default:
        return List.of(CvssV3Metric.values());
    }
  }

  private static int tenths(java.math.BigDecimal d) {
    assertThat(d.scale()).isEqualTo(1);
    return d.unscaledValue().intValueExact();
  }

  private static void assertSeverity(CvssScores s) {
    int t = tenths(s.overall());
    CvssSeverity expected = t == 0 ? CvssSeverity.NONE : t < 40 ? CvssSeverity.LOW : t < 70 ? CvssSeverity.MEDIUM
        : t < 90 ? CvssSeverity.HIGH : CvssSeverity.CRITICAL;
    assertThat(s.severity()).isEqualTo(expected);
  }

  @Test
  void allV31BaseVectors() {
    List<CvssVector> all = allBaseVectors(CvssVersion.V3_1);
    assertThat(all).hasSize(2592).doesNotHaveDuplicates();
    String[] cia = {"N", "L", "H"};
    for (CvssVector v : all) {
      CvssScores s = v.scores();
      int base = tenths(s.base());
      assertThat(base).isBetween(0, 100);
      assertSeverity(s);
      assertThat(s.temporal()).isEqualTo(s.base());
      assertThat(Cvss.parse(v.toString())).isEqualTo(v);
      assertThat(Cvss.parse(v.format(CvssFormat.KEEP_NOT_DEFINED))).isEqualTo(v);
      // Impact zero exactly when C, I and A are all None.
      boolean noImpact = v.get(CvssV3Metric.C).equals("N") && v.get(CvssV3Metric.I).equals("N")
          && v.get(CvssV3Metric.A).equals("N");
      assertThat(base == 0).as(v.toString()).isEqualTo(noImpact);
      // Raising one of C, I, A never lowers the base score.
      for (CvssV3Metric m : new CvssV3Metric[] {CvssV3Metric.C, CvssV3Metric.I, CvssV3Metric.A}) {
        int level = List.of(cia).indexOf(v.get(m));
        if (level < 2) {
          assertThat(tenths(v.with(m, cia[level + 1]).scores().base())).as("%s raise %s", v, m).isGreaterThanOrEqualTo(base);
        }
      }
      // Temporal metrics never raise the score; environmental requirements all High never lower it.
      assertThat(tenths(v.with(CvssV3Metric.E, "U").with(CvssV3Metric.RL, "O").with(CvssV3Metric.RC, "U")
          .scores().temporal())).isLessThanOrEqualTo(base);
      // v3.0 and v3.1 agree on base scores except where a Roundup boundary separates them.
      CvssScores v30 = v.withVersion(CvssVersion.V3_0).scores();
      assertThat(Math.abs(tenths(v30.base()) - base)).isLessThanOrEqualTo(1);
    }
  }

  /**
   * The v3.0 policies agree on every base score and differ on 228 of the 259,200 base × temporal
   * combinations, always where FIRST's double product lands just above a tenth (4.6000000000000005).
   */
  @Test
  void v30PoliciesOnAllBaseAndTemporalCombinations() {
    CvssScorer exact = Cvss.scorer().withV30Roundup(CvssV30Roundup.EXACT);
    int differ = 0;
    for (CvssVector v31 : allBaseVectors(CvssVersion.V3_1)) {
      CvssVector base = v31.withVersion(CvssVersion.V3_0);
      assertThat(exact.score(base).base()).isEqualTo(base.scores().base());
      for (String e : CvssV3Metric.E.allowedValues()) {
        for (String rl : CvssV3Metric.RL.allowedValues()) {
          for (String rc : CvssV3Metric.RC.allowedValues()) {
            CvssVector v = base.toBuilder().set(CvssV3Metric.E, e).set(CvssV3Metric.RL, rl).set(CvssV3Metric.RC, rc).build();
            int first = tenths(v.scores().temporal());
            int exactTemporal = tenths(exact.score(v).temporal());
            assertThat(first - exactTemporal).as(v.toString()).isBetween(0, 1);
            differ += first - exactTemporal;
          }
        }
      }
    }
    assertThat(differ).isEqualTo(228);
  }

  @Test
  void allV40BaseVectors() {
    List<CvssVector> all = allBaseVectors(CvssVersion.V4_0);
    assertThat(all).hasSize(104_976);
    CvssScorer first = Cvss.scorer().withRounding(CvssRounding.FIRST_2024_FLOAT);
    int differ = 0;
    CvssV4Metric[] impacts = {CvssV4Metric.VC, CvssV4Metric.VI, CvssV4Metric.VA, CvssV4Metric.SC, CvssV4Metric.SI,
        CvssV4Metric.SA};
    for (CvssVector v : all) {
      CvssScores s = v.scores();
      int score = tenths(s.overall());
      assertThat(score).isBetween(0, 100);
      assertSeverity(s);
      assertThat(s.nomenclature()).contains(CvssNomenclature.CVSS_B);
      assertThat(s.base()).isEqualTo(s.overall());
      String text = v.toString();
      assertThat(Cvss.parse(text)).isEqualTo(v);
      assertThat(Cvss.parse(v.format(CvssFormat.KEEP_NOT_DEFINED))).isEqualTo(v);
      int f = tenths(first.score(v).overall());
      // The profiles differ only where a double lands just below an exact tie: by one tenth, FIRST lower.
      assertThat(score - f).as(text).isBetween(0, 1);
      differ += score - f;
      // Score zero exactly when no impact metric is above None.
      boolean noImpact = true;
      for (CvssV4Metric m : impacts) {
        noImpact &= v.get(m).equals("N");
      }
      assertThat(score == 0).as(text).isEqualTo(noImpact);
      // The table-driven fast path equals the reference computation for every E, in both profiles.
      int[] lv = new int[V4Scoring.LEVELS];
      V4Scoring.effectiveLevels(v, false, false, lv);
      for (int eq5 = 0; eq5 < 3; eq5++) {
        for (boolean exact : new boolean[] {true, false}) {
          assertThat(V4Scoring.fastScore(lv, eq5, exact)).as("%s eq5 %d exact %s", text, eq5, exact)
              .isEqualTo(V4Scoring.score(lv, eq5, exact, null));
        }
      }
      // Threat lowers or keeps the score.
      assertThat(tenths(v.with(CvssV4Metric.E, "U").scores().overall())).as(text).isLessThanOrEqualTo(score);
    }
    // FIRSTdotorg/cvss-v4-calculator#4 reports 522 base vectors that move up a tenth under half-up rounding.
    assertThat(differ).isEqualTo(522);
  }
}
