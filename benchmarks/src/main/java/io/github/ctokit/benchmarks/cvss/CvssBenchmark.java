package io.github.ctokit.benchmarks.cvss;

import io.github.ctokit.scoring.risk.cvss.Cvss;
import io.github.ctokit.scoring.risk.cvss.CvssFormat;
import io.github.ctokit.scoring.risk.cvss.CvssMetric;
import io.github.ctokit.scoring.risk.cvss.CvssV2Metric;
import io.github.ctokit.scoring.risk.cvss.CvssV3Metric;
import io.github.ctokit.scoring.risk.cvss.CvssV4Metric;
import io.github.ctokit.scoring.risk.cvss.CvssVector;
import io.github.ctokit.scoring.risk.cvss.CvssVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse + score throughput of ctokit against {@code us.springett:cvss-calculator} 1.5.1, in the
 * same JMH run on the same vector strings.
 *
 * <p>Vector sets ({@link #set}): {@code v31} (v3.1 vectors, a quarter with temporal and
 * environmental metrics), {@code v40} (v4.0 vectors, a quarter with threat and environmental
 * metrics), {@code mix} (a realistic feed: 55% v3.1 base, 10% v3.1 with temporal metrics, 5%
 * v3.0, 20% v4.0 base, 5% v4.0 with threat metrics, 5% v2.0). Each set holds {@value #BATCH}
 * strings generated from a fixed seed. {@code *One} methods parse and score one string per call;
 * {@code *Batch} methods process the whole set per call (ops counted per vector).
 *
 * <p>Both libraries do the same work per vector: ctokit's {@code Cvss.score(text).overall()}
 * parses strictly and computes the v3 base, temporal and environmental scores (v4.0: the
 * vector's score, plus CVSS-B and CVSS-BT when threat or environmental metrics are present);
 * springett's {@code Cvss.fromVector(text).calculateScore()} computes its scores for the vector.
 *
 * <pre>
 * ./mvnw -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar CvssBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CvssBenchmark {

  static final int BATCH = 4096;

  /** Which vector strings to process. */
  @Param({"v31", "v40", "mix"})
  public String set;

  private String[] vectors;
  private int next;

  /** Generates the vector set. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    List<String> out = new ArrayList<>(BATCH);
    while (out.size() < BATCH) {
      String v;
      switch (set) {
        case "v31":
          v = vector(random, CvssVersion.V3_1, random.nextInt(4) == 0);
          break;
        case "v40":
          v = vector(random, CvssVersion.V4_0, random.nextInt(4) == 0);
          break;
        default:
          int r = random.nextInt(100);
          if (r < 55) {
            v = vector(random, CvssVersion.V3_1, false);
          } else if (r < 65) {
            v = vector(random, CvssVersion.V3_1, true);
          } else if (r < 70) {
            v = vector(random, CvssVersion.V3_0, false);
          } else if (r < 90) {
            v = vector(random, CvssVersion.V4_0, false);
          } else if (r < 95) {
            v = vector(random, CvssVersion.V4_0, true);
          } else {
            v = vector(random, CvssVersion.V2_0, random.nextBoolean());
          }
      }
      // Keep only strings both libraries accept, so both do the same work.
      if (us.springett.cvss.Cvss.fromVector(v) != null) {
        out.add(v);
      }
    }
    vectors = out.toArray(new String[0]);
  }

  private static String vector(SplittableRandom random, CvssVersion version, boolean optional) {
    List<CvssMetric> metrics = version == CvssVersion.V2_0 ? List.of(CvssV2Metric.values())
        : version == CvssVersion.V4_0 ? List.of(CvssV4Metric.values()) : List.of(CvssV3Metric.values());
    CvssVector.Builder b = CvssVector.builder(version);
    for (CvssMetric m : metrics) {
      List<String> values = m.allowedValues();
      if (m.isMandatory()) {
        b.set(m, values.get(random.nextInt(values.size())));
      } else if (optional && random.nextInt(3) == 0) {
        b.set(m, values.get(random.nextInt(values.size())));
      }
    }
    return b.build().format(CvssFormat.DROP_NOT_DEFINED);
  }

  private String nextVector() {
    String v = vectors[next];
    next = (next + 1) & (BATCH - 1);
    return v;
  }

  /**
   * Parses and scores one vector with ctokit.
   *
   * @return the overall score
   */
  @Benchmark
  public Object ctokitOne() {
    return Cvss.score(nextVector()).overall();
  }

  /**
   * Parses one vector with ctokit, without scoring it (how the time splits).
   *
   * @return the vector
   */
  @Benchmark
  public Object ctokitParseOnly() {
    return Cvss.parse(nextVector());
  }

  /**
   * Parses and scores one vector with springett.
   *
   * @return springett's scores
   */
  @Benchmark
  public Object springettOne() {
    return us.springett.cvss.Cvss.fromVector(nextVector()).calculateScore();
  }

  /**
   * Parses and scores the whole set with ctokit.
   *
   * @param bh consumes the results
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void ctokitBatch(Blackhole bh) {
    for (String v : vectors) {
      bh.consume(Cvss.score(v).overall());
    }
  }

  /**
   * Parses and scores the whole set with springett.
   *
   * @param bh consumes the results
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void springettBatch(Blackhole bh) {
    for (String v : vectors) {
      bh.consume(us.springett.cvss.Cvss.fromVector(v).calculateScore());
    }
  }
}
