package io.github.ctokit.scoring.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import us.springett.cvss.Score;

/**
 * Differential test against {@code us.springett:cvss-calculator} 1.5.1. Every disagreement is
 * either asserted away by a named, justified rule below or fails the test; docs/CONFORMANCE.md
 * explains each rule.
 */
class CvssSpringettDifferentialTest {

  private static Score springett(String vector) {
    return us.springett.cvss.Cvss.fromVector(vector).calculateScore();
  }

  private static BigDecimal d(double x) {
    return BigDecimal.valueOf(x).setScale(1, RoundingMode.UNNECESSARY);
  }

  /** Rule 1: springett shows a negative impact sub-score (S:C, C:N/I:N/A:N: 7.52 × −0.029 …) as 0.0. */
  private static BigDecimal impactAsSpringettShowsIt(CvssScores s) {
    BigDecimal impact = s.subScore(CvssSubScore.IMPACT).orElseThrow();
    return impact.signum() < 0 ? BigDecimal.ZERO.setScale(1) : impact.setScale(1, RoundingMode.HALF_UP);
  }

  @Test
  void everyV31BaseVectorAgrees() {
    List<String> disagreements = new ArrayList<>();
    int negativeImpact = 0;
    for (CvssVector v : CvssExhaustiveTest.allBaseVectors(CvssVersion.V3_1)) {
      String text = v.toString();
      CvssScores s = v.scores();
      Score sp = springett(text);
      if (!s.base().equals(d(sp.getBaseScore())) || !s.temporal().equals(d(sp.getTemporalScore()))
          || !s.environmental().equals(d(sp.getEnvironmentalScore()))
          || !s.subScore(CvssSubScore.EXPLOITABILITY).orElseThrow().setScale(1, RoundingMode.HALF_UP)
              .equals(d(sp.getExploitabilitySubScore()))
          || !impactAsSpringettShowsIt(s).equals(d(sp.getImpactSubScore()))) {
        disagreements.add(text);
      }
      if (s.subScore(CvssSubScore.IMPACT).orElseThrow().signum() < 0) {
        negativeImpact++;
      }
    }
    assertThat(disagreements).isEmpty();
    // Rule 1 applies to the 48 scope-changed vectors without impact (4 AV × 2 AC × 3 PR × 2 UI).
    assertThat(negativeImpact).isEqualTo(48);
  }

  @Test
  void everyV30BaseVectorAgreesOnBaseAndTemporal() {
    for (CvssVector v : CvssExhaustiveTest.allBaseVectors(CvssVersion.V3_1)) {
      CvssVector v30 = v.withVersion(CvssVersion.V3_0);
      CvssScores s = v30.scores();
      Score sp = springett(v30.toString());
      assertThat(s.base()).as(v30.toString()).isEqualTo(d(sp.getBaseScore()));
      assertThat(s.temporal()).as(v30.toString()).isEqualTo(d(sp.getTemporalScore()));
      // Rule 2: springett 1.5.1 computes no v3.0 environmental score; it reports -1.0.
      assertThat(sp.getEnvironmentalScore()).isEqualTo(-1.0);
    }
  }

  @Test
  void randomCompleteV31VectorsAgree() {
    SplittableRandom random = new SplittableRandom(20_261_127L);
    for (int n = 0; n < 20_000; n++) {
      CvssVector.Builder b = CvssVector.builder(CvssVersion.V3_1);
      for (CvssV3Metric m : CvssV3Metric.values()) {
        b.set(m, m.allowedValues().get(random.nextInt(m.allowedValues().size())));
      }
      CvssVector v = b.build();
      CvssScores s = v.scores();
      Score sp = springett(v.toString());
      assertThat(new BigDecimal[] {s.base(), s.temporal(), s.environmental()}).as(v.toString())
          .containsExactly(d(sp.getBaseScore()), d(sp.getTemporalScore()), d(sp.getEnvironmentalScore()));
    }
  }

  @Test
  void everyV40BaseVectorAgreesUnderFirst2024Float() {
    CvssScorer first = Cvss.scorer().withRounding(CvssRounding.FIRST_2024_FLOAT);
    int roundingCorrections = 0;
    for (CvssVector v : CvssExhaustiveTest.allBaseVectors(CvssVersion.V4_0)) {
      String text = v.toString();
      BigDecimal theirs = d(springett(text).getBaseScore());
      assertThat(first.score(v).overall()).as(text).isEqualTo(theirs);
      CvssScores exact = v.scores();
      if (!exact.overall().equals(theirs)) {
        // Rule 3: the default EXACT_HALF_UP rounds exact ties x.x5 up, where springett's doubles land
        // one unit in the last place below the tie and round down.
        BigDecimal unrounded = exact.explain().step("Unrounded score").orElseThrow().value();
        assertThat(unrounded.remainder(new BigDecimal("0.1")).stripTrailingZeros()).as(text)
            .isEqualByComparingTo("0.05");
        assertThat(exact.overall().subtract(theirs)).isEqualByComparingTo("0.1");
        roundingCorrections++;
      }
    }
    assertThat(roundingCorrections).isEqualTo(522);
  }
}
