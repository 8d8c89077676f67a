package io.github.ctokit.scoring.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CvssProperties {

  @Provide
  Arbitrary<CvssVector> vectors() {
    return Arbitraries.of(CvssVersion.values()).flatMap(version -> {
      List<CvssMetric> metrics = metricsOf(version);
      return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofSize(metrics.size()).map(picks -> {
        CvssVector.Builder b = CvssVector.builder(version);
        for (int i = 0; i < metrics.size(); i++) {
          List<String> values = metrics.get(i).allowedValues();
          b.set(metrics.get(i), values.get(picks.get(i) % values.size()));
        }
        return b.build();
      });
    });
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

  /** Valid vector strings with one random edit: an inserted, deleted or replaced character, or a swap. */
  @Provide
  Arbitrary<String> mutatedVectors() {
    Arbitrary<String> valid = vectors().flatMap(v ->
        Arbitraries.of(CvssFormat.values()).map(v::format));
    Arbitrary<Character> chars = Arbitraries.of('/', ':', 'X', 'N', 'H', 'S', 'A', 'E', 'M', ' ', '.', '4', 'ç', '\u0000');
    return Combinators.combine(valid, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 10_000), chars)
        .as((s, op, at, c) -> {
          int p = at % (s.length() + 1);
          switch (op) {
            case 0:
              return s.substring(0, p) + c + s.substring(p);
            case 1:
              return p < s.length() ? s.substring(0, p) + s.substring(p + 1) : s;
            case 2:
              return p < s.length() ? s.substring(0, p) + c + s.substring(p + 1) : s + c;
            default:
              String[] parts = s.split("/");
              int a = p % parts.length;
              int b = (p / 7) % parts.length;
              String tmp = parts[a];
              parts[a] = parts[b];
              parts[b] = tmp;
              return String.join("/", parts);
          }
        });
  }

  @Property
  void anyStringScoresOrThrowsCvssParseException(@ForAll String text) {
    scoreOrParseError(text);
  }

  @Property(tries = 3000)
  void mutatedVectorsScoreOrThrowCvssParseException(@ForAll("mutatedVectors") String text) {
    scoreOrParseError(text);
  }

  private static void scoreOrParseError(String text) {
    try {
      CvssScores s = Cvss.score(text);
      assertThat(s.overall().signum()).isGreaterThanOrEqualTo(0);
      assertThat(s.overall()).isLessThanOrEqualTo(BigDecimal.TEN);
      assertThat(s.explain().steps()).isNotEmpty();
    } catch (CvssParseException e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.token().length()).isLessThanOrEqualTo(64);
    }
  }

  @Property
  void roundTripInEveryFormat(@ForAll("vectors") CvssVector v) {
    for (CvssFormat f : CvssFormat.values()) {
      assertThat(Cvss.parse(v.format(f))).isEqualTo(v);
    }
    assertThat(Cvss.parser().withOrder(v.version(), CvssOrder.CANONICAL).parse(v.toString())).isEqualTo(v);
  }

  @Property
  void scoringIsDeterministicAndInRange(@ForAll("vectors") CvssVector v) {
    for (CvssScorer scorer : List.of(Cvss.scorer(), Cvss.scorer().withRounding(CvssRounding.FIRST_2024_FLOAT)
        .withV30Roundup(CvssV30Roundup.EXACT))) {
      CvssScores a = scorer.score(v);
      CvssScores b = scorer.score(Cvss.parse(v.toString()));
      assertThat(a).isEqualTo(b);
      assertThat(List.of(a.base(), a.temporal(), a.environmental(), a.overall()))
          .isEqualTo(List.of(b.base(), b.temporal(), b.environmental(), b.overall()))
          .allSatisfy(x -> assertThat(x).isBetween(BigDecimal.ZERO, BigDecimal.TEN).hasScaleOf(1));
      assertThat(a.explain()).isEqualTo(b.explain());
      assertThat(a.subScores()).isEqualTo(b.subScores());
    }
  }

  /** The v4.0 exact profile against a naive BigDecimal recomputation from the explanation's inputs. */
  @Property(tries = 2000)
  void v4ExactAgreesWithNaiveDecimalComputation(@ForAll("vectors") CvssVector v) {
    if (v.version() != CvssVersion.V4_0) {
      return;
    }
    int[] lv = new int[V4Scoring.LEVELS];
    int eq5 = V4Scoring.effectiveLevels(v, true, true, lv);
    if (V4Scoring.noImpact(lv)) {
      assertThat(v.scores().overall()).isEqualByComparingTo("0");
      return;
    }
    List<CvssExplanation.Step> steps = V4Scoring.newSteps();
    V4Scoring.score(lv, eq5, true, steps);
    assertThat(V4Scoring.fastScore(lv, eq5, false)).isEqualTo(V4Scoring.score(lv, eq5, false, null));
    // Rebuild the mean from the steps' exact inputs: available × distance / depth per EQ.
    BigDecimal value = steps.get(0).value();
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    for (CvssExplanation.Step s : steps) {
      if (s.name().endsWith("proportional distance") && !s.rule().startsWith("no lower")) {
        n++;
        if (s.rule().startsWith("available ")) {
          String[] w = s.rule().split(" ");
          BigDecimal available = new BigDecimal(w[1]);
          BigDecimal distance = new BigDecimal(w[w.length - 7]);
          BigDecimal depth = new BigDecimal(w[w.length - 4]);
          sum = sum.add(available.multiply(distance).divide(depth, MathContext.DECIMAL128));
        }
      }
    }
    BigDecimal naive = n == 0 ? value : value.subtract(sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128));
    naive = naive.max(BigDecimal.ZERO).min(BigDecimal.TEN).setScale(1, RoundingMode.HALF_UP);
    assertThat(v.scores().overall()).as(v.toString()).isEqualTo(naive);
  }

  /** The fast v3.x environmental path equals the exact BigDecimal path for every input it can see. */
  @Test
  void v3EnvironmentalFastPathEqualsExactForAllCombinations() {
    int fallbacks = 0;
    for (int m = 0; m < 729; m++) {
      BigDecimal miss = BigDecimal.valueOf(V3Scoring.missTwelve(m), 12);
      for (int f = 0; f < 2; f++) {
        for (int ms = 0; ms < 2; ms++) {
          BigDecimal mi = V3Scoring.modifiedImpact(miss, ms == 1, f == 1);
          if (mi.signum() <= 0) {
            continue;
          }
          BigDecimal scaled = mi.movePointRight(15);
          long floor = scaled.setScale(0, RoundingMode.FLOOR).longValueExact();
          boolean exact = scaled.stripTrailingZeros().scale() <= 0;
          for (int av = 0; av < 4; av++) {
            for (int ac = 0; ac < 2; ac++) {
              for (int pr = 0; pr < 3; pr++) {
                for (int ui = 0; ui < 2; ui++) {
                  long me10 = 822L * V3Scoring.W_AV[av] * V3Scoring.W_AC[ac] * V3Scoring.W_PR[ms][pr] * V3Scoring.W_UI[ui];
                  int fast = V3Scoring.envInnerFast(floor, exact, me10, ms == 1, f == 1);
                  int slow = V3Scoring.envInnerExact(m, ms == 1, me10, f == 1);
                  if (fast < 0) {
                    fallbacks++;
                  } else {
                    assertThat(fast).as("miss %d f %d ms %d me %d", m, f, ms, me10).isEqualTo(slow);
                  }
                }
              }
            }
          }
        }
      }
    }
    assertThat(fallbacks).isLessThan(100);
  }
}
