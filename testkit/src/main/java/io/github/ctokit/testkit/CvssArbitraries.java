package io.github.ctokit.testkit;

import io.github.ctokit.scoring.risk.cvss.CvssFormat;
import io.github.ctokit.scoring.risk.cvss.CvssMetric;
import io.github.ctokit.scoring.risk.cvss.CvssV2Metric;
import io.github.ctokit.scoring.risk.cvss.CvssV3Metric;
import io.github.ctokit.scoring.risk.cvss.CvssV4Metric;
import io.github.ctokit.scoring.risk.cvss.CvssVector;
import io.github.ctokit.scoring.risk.cvss.CvssVersion;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for CVSS vectors: valid vectors of each version, their vector strings, and
 * deliberately invalid vector strings that {@code Cvss.parse} must reject with a
 * {@code CvssParseException}.
 *
 * <pre>{@code
 * @Property
 * void myImportAcceptsEveryValidVector(@ForAll("cvss") String vector) { ... }
 *
 * @Provide
 * Arbitrary<String> cvss() { return CvssArbitraries.validVectorStrings(); }
 * }</pre>
 */
public final class CvssArbitraries {

  private CvssArbitraries() {}

  /**
   * Returns valid vectors of one version: every base metric set, each optional metric defined
   * or not, all values drawn uniformly from the version's value sets.
   *
   * @param version the version
   * @return an arbitrary of vectors
   * @throws NullPointerException if {@code version} is null
   */
  public static Arbitrary<CvssVector> vectors(CvssVersion version) {
    Objects.requireNonNull(version, "version");
    List<CvssMetric> metrics = metricsOf(version);
    return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofSize(metrics.size()).map(picks -> {
      CvssVector.Builder b = CvssVector.builder(version);
      for (int i = 0; i < metrics.size(); i++) {
        List<String> values = metrics.get(i).allowedValues();
        b.set(metrics.get(i), values.get(picks.get(i) % values.size()));
      }
      return b.build();
    });
  }

  /**
   * Returns valid vectors of any version.
   *
   * @return an arbitrary of vectors of v2.0, v3.0, v3.1 and v4.0
   */
  public static Arbitrary<CvssVector> vectors() {
    return Arbitraries.of(CvssVersion.values()).flatMap(CvssArbitraries::vectors);
  }

  /**
   * Returns valid v3.1 vectors.
   *
   * @return an arbitrary of v3.1 vectors
   */
  public static Arbitrary<CvssVector> v31Vectors() {
    return vectors(CvssVersion.V3_1);
  }

  /**
   * Returns valid v4.0 vectors.
   *
   * @return an arbitrary of v4.0 vectors
   */
  public static Arbitrary<CvssVector> v40Vectors() {
    return vectors(CvssVersion.V4_0);
  }

  /**
   * Returns valid vector strings of any version, in canonical order, with not-defined metrics
   * either dropped or written out.
   *
   * @return an arbitrary of strings that {@code Cvss.parse} accepts
   */
  public static Arbitrary<String> validVectorStrings() {
    return Combinators.combine(vectors(), Arbitraries.of(CvssFormat.values())).as(CvssVector::format);
  }

  /**
   * Returns vector strings that break exactly one strict-parsing rule: a wrong-case or unsupported
   * prefix, an empty segment, a duplicate, unknown or foreign metric, a value outside the
   * version's set, a missing base metric, or (v2.0, v4.0) a metric out of canonical order.
   *
   * @return an arbitrary of strings that {@code Cvss.parse} rejects with a {@code CvssParseException}
   */
  public static Arbitrary<String> invalidVectorStrings() {
    return Combinators.combine(vectors(), Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 1_000))
        .as(CvssArbitraries::breakOneRule);
  }

  private static String breakOneRule(CvssVector v, int rule, int pick) {
    String text = v.toString();
    String prefix = v.version().prefix();
    String body = text.substring(prefix.length());
    String[] segments = body.split("/");
    String some = segments[pick % segments.length];
    switch (rule) {
      case 0: // wrong-case prefix, or a v2.0 vector given a prefix
        return v.version() == CvssVersion.V2_0 ? "CVSS:2.0/" + body : prefix.toLowerCase(java.util.Locale.ROOT) + body;
      case 1: // unsupported version
        return "CVSS:3.2/" + body;
      case 2: // trailing slash
        return text + "/";
      case 3: // doubled slash
        return prefix + body.replaceFirst("/", "//");
      case 4: // duplicate metric, even with the same value
        return text + "/" + some;
      case 5: // unknown metric
        return text + "/ZZ:" + (pick % 2 == 0 ? "X" : "N");
      case 6: // foreign metric: AT is v4.0 only, Au v2.0 only
        return v.version() == CvssVersion.V4_0 ? text + "/Au:N" : text + "/AT:N";
      case 7: { // a value outside the set
        String name = some.substring(0, some.indexOf(':'));
        return prefix + body.replace(some, name + ":Q");
      }
      case 8: { // a missing base metric (the first segment is always a base metric)
        return prefix + body.substring(body.indexOf('/') + 1);
      }
      default: // out of order where order is enforced, else lower-case metric name
        if (v.version() == CvssVersion.V3_0 || v.version() == CvssVersion.V3_1) {
          return prefix + body.replaceFirst("AV:", "av:");
        }
        return prefix + segments[1] + "/" + segments[0] + body.substring(segments[0].length() + segments[1].length() + 1);
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
}
