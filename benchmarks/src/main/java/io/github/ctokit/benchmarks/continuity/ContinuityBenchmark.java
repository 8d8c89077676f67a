package io.github.ctokit.benchmarks.continuity;

import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.continuity.BackupCopy;
import io.github.ctokit.core.continuity.BackupPolicy;
import io.github.ctokit.core.continuity.Dependency;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.MediaType;
import io.github.ctokit.core.continuity.Placement;
import io.github.ctokit.core.continuity.RecoveryTargets;
import io.github.ctokit.core.continuity.Replication;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.ServiceId;
import io.github.ctokit.core.continuity.Tier;
import io.github.ctokit.scoring.continuity.ContinuityAssessment;
import io.github.ctokit.scoring.continuity.ContinuityReport;
import io.github.ctokit.scoring.continuity.FailureDomainAssessment;
import io.github.ctokit.scoring.continuity.RecoveryFix;
import io.github.ctokit.scoring.continuity.ReductionTerms;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DR assessment of plans of three shapes: a realistic estate of 1,000 services (about 3
 * dependencies each), a large synthetic one of 100,000 services and 500,000 dependencies, and a
 * chain of 1,000,000 services (the worst case for recursion). {@code assess} measures the report
 * on an engine built once (graph indexed, plan validated): the graph passes, drill and backup
 * evidence and the readiness score; {@code assessAndListFindings} adds building every finding
 * object (the large plan has about 590,000); {@code validateIndexAndAssess} includes
 * {@code ContinuityAssessment.of} (whole-model validation with cycle detection, graph indexing).
 * {@code whatIf} measures the exact fix (the project-crashing LP solved as a min-cost flow) on the
 * realistic estate, {@code whatIfWeighted} the same with a cost per minute and a floor on every
 * tenth service; {@code assessEachZone} the loss of each of six zones in turn on the realistic
 * estate. Target: under 500 ms for the large plan on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ContinuityBenchmark {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  /** The plan's shape. */
  @Param({"realistic-1000", "large-100000", "chain-1000000"})
  public String shape;

  private DrPlan plan;
  private ContinuityAssessment engine;

  /** Builds the plan and the engine once per trial. */
  @Setup
  public void setUp() {
    switch (shape) {
      case "realistic-1000" -> plan = randomDag(1_000, 3, 42);
      case "large-100000" -> plan = randomDag(100_000, 5, 42);
      case "chain-1000000" -> plan = chain(1_000_000);
      default -> throw new IllegalArgumentException("shape must be one of the @Param values (was " + shape + ")");
    }
    engine = ContinuityAssessment.of(plan);
  }

  /**
   * Assesses a region loss with a prepared engine.
   *
   * @return the report
   */
  @Benchmark
  public ContinuityReport assess() {
    return engine.assess(DisruptionType.REGION, AS_OF);
  }

  /**
   * Assesses and builds every finding object (messages and figure maps stay lazy until read).
   *
   * @return the findings
   */
  @Benchmark
  public List<io.github.ctokit.scoring.continuity.Finding> assessAndListFindings() {
    return engine.assess(DisruptionType.REGION, AS_OF).findings();
  }

  /**
   * Validates, indexes and assesses.
   *
   * @return the report
   */
  @Benchmark
  public ContinuityReport validateIndexAndAssess() {
    return ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
  }

  /** The realistic estate for the what-if and the zone outages. */
  @State(Scope.Benchmark)
  public static class Realistic {
    ContinuityAssessment engine;
    ContinuityReport report;
    ReductionTerms terms;

    /** Assesses the realistic estate once. */
    @Setup
    public void setUp() {
      DrPlan plan = randomDag(1_000, 3, 42);
      engine = ContinuityAssessment.of(plan);
      report = engine.assess(DisruptionType.REGION, AS_OF);
      ReductionTerms t = ReductionTerms.uniform();
      for (int i = 0; i < plan.services().size(); i += 10) {
        ServiceId id = plan.services().get(i).id();
        t = t.withCostPerMinute(id, 1 + i % 7).withFloor(id, Duration.ofMinutes(i % 30));
      }
      terms = t;
    }
  }

  /**
   * Computes the exact weighted fix with floors on the realistic estate.
   *
   * @param realistic the prepared report
   * @return the fix
   */
  @Benchmark
  public RecoveryFix whatIfWeighted(Realistic realistic) {
    return realistic.report.cheapestFix(realistic.terms);
  }

  /**
   * Assesses the loss of each zone of the realistic estate in turn.
   *
   * @param realistic the prepared engine
   * @return the reports per zone
   */
  @Benchmark
  public FailureDomainAssessment assessEachZone(Realistic realistic) {
    return realistic.engine.assessEachOutage(DisruptionType.ZONE, AS_OF);
  }

  /**
   * Computes the fix for every breach of the realistic estate.
   *
   * @param realistic the prepared report
   * @return the fix
   */
  @Benchmark
  public RecoveryFix whatIf(Realistic realistic) {
    return realistic.report.cheapestFix();
  }

  /**
   * A random DAG: service i depends on up to {@code deps} distinct earlier services, so the
   * dependencies total about {@code n · deps}; a third of the services have an RTO.
   *
   * @param n services
   * @param deps dependencies per service
   * @param seed the seed
   * @return the plan
   */
  static DrPlan randomDag(int n, int deps, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    RoleId owner = RoleId.of("ROLE-sre");
    BackupPolicy backup = BackupPolicy.builder().frequency(Duration.ofHours(24)).retention(Duration.ofDays(30))
        .addCopies(BackupCopy.builder().media(MediaType.DISK).lastVerifiedRestore(AS_OF.minusDays(10)).build()).build();
    List<Service> services = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Tier tier = Tier.values()[r.nextInt(4)];
      Service.Builder b = Service.builder().id(ServiceId.of("svc-" + i)).tier(tier).owner(owner)
          .putRecoveryEstimate(DisruptionType.REGION, Duration.ofMinutes(r.nextInt(1, 240)))
          .putRecoveryEstimate(DisruptionType.ZONE, Duration.ofMinutes(r.nextInt(1, 120)))
          .placement(Placement.builder().region("eu-west-1").zone("eu-west-1" + (char) ('a' + r.nextInt(6))).build());
      if (tier.requiresTargets() || r.nextInt(3) == 0) {
        b.targets(RecoveryTargets.builder().rto(Duration.ofMinutes(r.nextInt(60, 24 * 60)))
            .rpo(Duration.ofMinutes(r.nextInt(1, 24 * 60))).build());
      }
      if (r.nextBoolean()) {
        b.addBackups(backup);
      } else {
        b.replication(Replication.asynchronous(Duration.ofSeconds(r.nextInt(0, 600))));
      }
      if (i > 0) {
        int k = Math.min(i, deps);
        int added = 0;
        int[] chosen = new int[k];
        while (added < k) {
          // prefer recent services so that chains are long, as in layered architectures
          int t = r.nextInt(2) == 0 ? Math.max(0, i - 1 - r.nextInt(Math.min(i, 50))) : r.nextInt(i);
          boolean dup = false;
          for (int c = 0; c < added; c++) {
            dup |= chosen[c] == t;
          }
          if (!dup) {
            chosen[added++] = t;
            ServiceId target = ServiceId.of("svc-" + t);
            b.addDependencies(r.nextInt(5) == 0 ? Dependency.coupled(target) : Dependency.on(target));
          }
        }
      }
      services.add(b.build());
    }
    return DrPlan.builder().addAllServices(services).build();
  }

  /**
   * A chain in which each service depends on the one before it.
   *
   * @param n services
   * @return the plan
   */
  static DrPlan chain(int n) {
    RoleId owner = RoleId.of("ROLE-sre");
    List<Service> services = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Service.Builder b = Service.builder().id(ServiceId.of("svc-" + i)).tier(Tier.TIER_3).owner(owner)
          .putRecoveryEstimate(DisruptionType.REGION, Duration.ofSeconds(30));
      if (i > 0) {
        b.addDependencies(Dependency.on(ServiceId.of("svc-" + (i - 1))));
      }
      services.add(b.build());
    }
    return DrPlan.builder().addAllServices(services).build();
  }
}
