package io.github.ctokit.testkit;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.continuity.BackupCopy;
import io.github.ctokit.core.continuity.BackupPolicy;
import io.github.ctokit.core.continuity.BusinessProcess;
import io.github.ctokit.core.continuity.Dependency;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.DrStrategy;
import io.github.ctokit.core.continuity.DrillRecord;
import io.github.ctokit.core.continuity.DrillResult;
import io.github.ctokit.core.continuity.DrillType;
import io.github.ctokit.core.continuity.FailureDomain;
import io.github.ctokit.core.continuity.RemediationItem;
import io.github.ctokit.core.continuity.ImpactCurve;
import io.github.ctokit.core.continuity.ImpactPoint;
import io.github.ctokit.core.continuity.MediaType;
import io.github.ctokit.core.continuity.Placement;
import io.github.ctokit.core.continuity.ProcessId;
import io.github.ctokit.core.continuity.RecoveryTargets;
import io.github.ctokit.core.continuity.Replication;
import io.github.ctokit.core.continuity.RunbookStep;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.ServiceId;
import io.github.ctokit.core.continuity.Tier;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik {@link Arbitrary} generators for {@code io.github.ctokit.core.continuity}: DR plans over
 * random dependency DAGs, valid by construction ({@code DrPlan.validator()} reports nothing).
 *
 * <p>A plan is drawn from a size and a seed, so jqwik shrinks towards fewer services and smaller
 * seeds. Every service may depend only on services listed before it (acyclic); tiers 1 and 2
 * always state an RTO and an RPO; RTO never exceeds the MTPD (stated or from the impact curve);
 * processes state an MTPD and sometimes an RTO, RPO and WRT; drills of every type name services of
 * the plan and carry remediation items and evidence references; a quarter of the services are
 * placed in one of three regions and six zones (see {@link #failureDomains()}); some services
 * state a minimum business continuity objective and a recovered capacity, some crews a limit. Durations are whole minutes; dates lie in 2026
 * and 2027.
 *
 * <pre>{@code
 * @Property
 * void assessmentNeverThrows(@ForAll("plans") DrPlan plan) {
 *   ContinuityAssessment.of(plan).assess(DisruptionType.REGION, LocalDate.of(2027, 6, 30));
 * }
 *
 * @Provide
 * Arbitrary<DrPlan> plans() { return ContinuityArbitraries.drPlans(40); }
 * }</pre>
 */
public final class ContinuityArbitraries {

  private static final LocalDate EPOCH = LocalDate.of(2026, 1, 1);
  private static final LevelScale IMPACT = LevelScale.fourLevel();

  private ContinuityArbitraries() {}

  /**
   * Generates service ids such as {@code svc-7}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ServiceId> serviceIds() {
    return Arbitraries.integers().between(0, 9_999).map(i -> ServiceId.of("svc-" + i));
  }

  /**
   * Generates disruption types.
   *
   * @return the arbitrary
   */
  public static Arbitrary<DisruptionType> disruptionTypes() {
    return Arbitraries.of(DisruptionType.class);
  }

  /**
   * Generates valid DR plans of 1 to 30 services.
   *
   * @return the arbitrary
   */
  public static Arbitrary<DrPlan> drPlans() {
    return drPlans(30);
  }

  /**
   * Generates valid DR plans of 1 to {@code maxServices} services over random DAGs, with
   * processes, drills, backups, replication, impact curves, runbooks and redundancy.
   *
   * @param maxServices the largest plan, 1 to 100,000
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code maxServices} is out of range
   */
  public static Arbitrary<DrPlan> drPlans(int maxServices) {
    if (maxServices < 1 || maxServices > 100_000) {
      throw new IllegalArgumentException("maxServices must be within [1, 100000] (was " + maxServices + ")");
    }
    return Combinators.combine(Arbitraries.integers().between(1, maxServices), Arbitraries.longs())
        .as(ContinuityArbitraries::plan);
  }

  /**
   * Builds the plan of a given size and seed: the same arguments give the same plan on any machine.
   *
   * @param services the number of services, 1 or more
   * @param seed the seed
   * @return a valid plan
   * @throws IllegalArgumentException if {@code services} is less than 1
   */
  public static DrPlan plan(int services, long seed) {
    if (services < 1) {
      throw new IllegalArgumentException("services must be 1 or more (was " + services + ")");
    }
    SplittableRandom r = new SplittableRandom(seed);
    List<Service> list = new ArrayList<>(services);
    RoleId[] owners = {RoleId.of("ROLE-sre"), RoleId.of("ROLE-dba"), RoleId.of("ROLE-platform-lead")};
    for (int i = 0; i < services; i++) {
      Tier tier = Tier.values()[r.nextInt(4)];
      Service.Builder b = Service.builder().id(ServiceId.of("svc-" + i)).tier(tier).owner(owners[r.nextInt(owners.length)]);
      b.targets(targets(r, tier.requiresTargets() || r.nextBoolean()));
      if (r.nextInt(4) == 0) {
        b.placement(Placement.builder().region("region-" + r.nextInt(3)).zone("zone-" + r.nextInt(6)).build());
      }
      if (r.nextInt(5) == 0) {
        b.strategy(DrStrategy.values()[r.nextInt(DrStrategy.values().length)]);
      }
      for (DisruptionType type : DisruptionType.values()) {
        if (r.nextInt(4) > 0) {
          b.putRecoveryEstimate(type, Duration.ofMinutes(r.nextInt(0, 480)));
        }
      }
      if (r.nextInt(3) == 0) {
        int steps = r.nextInt(1, 5);
        for (int s = 0; s < steps; s++) {
          b.addRunbook(RunbookStep.of("step " + s, Duration.ofMinutes(r.nextInt(0, 120)))
              .withParallelWithPrevious(r.nextInt(3) == 0));
        }
      }
      int maxDeps = Math.min(i, 4);
      int deps = maxDeps == 0 ? 0 : r.nextInt(maxDeps + 1);
      boolean[] used = new boolean[i];
      for (int d = 0; d < deps; d++) {
        int t = r.nextInt(i);
        if (!used[t]) {
          used[t] = true;
          ServiceId target = ServiceId.of("svc-" + t);
          b.addDependencies(r.nextInt(4) == 0 ? Dependency.coupled(target) : Dependency.on(target));
        }
      }
      if (r.nextInt(3) > 0) {
        b.addBackups(backup(r));
      }
      if (r.nextInt(3) == 0) {
        b.replication(r.nextBoolean() ? Replication.synchronous() : Replication.asynchronous(Duration.ofSeconds(r.nextInt(0, 900))));
      }
      if (r.nextInt(4) > 0) {
        int n = r.nextInt(1, 4);
        b.availability(Probability.of(0.99 + r.nextInt(0, 1000) / 100_000.0)).instances(n).required(r.nextInt(1, n + 1));
      }
      if (r.nextInt(5) == 0) {
        b.minimumCapacity(Probability.of(r.nextInt(0, 101) / 100.0)).recoveredCapacity(Probability.of(r.nextInt(0, 101) / 100.0));
      }
      list.add(b.build());
    }
    DrPlan.Builder plan = DrPlan.builder().addAllServices(list);
    for (RoleId owner : owners) {
      if (r.nextBoolean()) {
        plan.putCrewLimit(owner, r.nextInt(1, 4));
      }
    }
    int processes = r.nextInt(0, 3);
    for (int p = 0; p < processes; p++) {
      int mtpdHours = r.nextInt(1, 72);
      RecoveryTargets.Builder t = RecoveryTargets.builder().mtpd(Duration.ofHours(mtpdHours));
      if (r.nextBoolean()) {
        t.rto(Duration.ofMinutes(r.nextInt(0, mtpdHours * 60 + 1)));
      }
      if (r.nextBoolean()) {
        t.rpo(Duration.ofMinutes(r.nextInt(0, 24 * 60)));
      }
      if (r.nextInt(4) == 0) {
        t.wrt(Duration.ofMinutes(r.nextInt(0, 120)));
      }
      BusinessProcess.Builder bp = BusinessProcess.builder().id(ProcessId.of("proc-" + p))
          .tier(Tier.values()[r.nextInt(4)]).owner(owners[0]).targets(t.build());
      int used = r.nextInt(1, 3);
      for (int k = 0; k < used; k++) {
        ServiceId s = ServiceId.of("svc-" + r.nextInt(services));
        if (k == 0 || !bp.build().services().contains(s)) {
          bp.addServices(s);
        }
      }
      plan.addProcesses(bp.build());
    }
    int drills = r.nextInt(0, services + 1);
    for (int d = 0; d < drills; d++) {
      DrillRecord.Builder dr = DrillRecord.builder().type(DrillType.values()[r.nextInt(DrillType.values().length)])
          .date(EPOCH.plusDays(r.nextInt(0, 730))).disruption(DisruptionType.values()[r.nextInt(4)]);
      if (r.nextBoolean()) {
        dr.scenario("scenario " + d);
      }
      int scope = r.nextInt(1, Math.min(services, 3) + 1);
      int first = r.nextInt(services);
      for (int k = 0; k < scope; k++) {
        DrillResult.Builder result = DrillResult.builder().service(ServiceId.of("svc-" + (first + k) % services))
            .passed(r.nextInt(4) > 0);
        if (r.nextBoolean()) {
          result.achievedRecoveryTime(Duration.ofMinutes(r.nextInt(0, 600)));
        }
        if (r.nextBoolean()) {
          result.achievedRecoveryPoint(Duration.ofMinutes(r.nextInt(0, 120)));
        }
        dr.addResults(result.build());
      }
      int items = r.nextInt(0, 3);
      for (int k = 0; k < items; k++) {
        RemediationItem.Builder item = RemediationItem.builder().title("remediation " + k)
            .due(EPOCH.plusDays(r.nextInt(0, 800)));
        if (r.nextBoolean()) {
          item.closed(EPOCH.plusDays(r.nextInt(0, 800)));
        }
        dr.addRemediation(item.build());
      }
      if (r.nextBoolean()) {
        dr.addEvidence("DR-" + r.nextInt(1000));
      }
      plan.addDrills(dr.build());
    }
    return plan.build();
  }

  private static RecoveryTargets targets(SplittableRandom r, boolean stated) {
    RecoveryTargets.Builder t = RecoveryTargets.builder();
    if (!stated) {
      return t.build();
    }
    int rto = r.nextInt(0, 24 * 60);
    t.rto(Duration.ofMinutes(rto)).rpo(Duration.ofMinutes(r.nextInt(0, 24 * 60)));
    if (r.nextBoolean()) {
      t.wrt(Duration.ofMinutes(r.nextInt(0, 240)));
    }
    if (r.nextBoolean()) {
      t.mtpd(Duration.ofMinutes(rto + r.nextInt(0, 48 * 60)));
    }
    return t.build();
  }

  private static BackupPolicy backup(SplittableRandom r) {
    BackupPolicy.Builder b = BackupPolicy.builder().frequency(Duration.ofMinutes(r.nextInt(5, 24 * 60)))
        .jobDuration(Duration.ofMinutes(r.nextInt(0, 60))).retention(Duration.ofDays(r.nextInt(1, 400)));
    int copies = r.nextInt(0, 5);
    for (int c = 0; c < copies; c++) {
      BackupCopy.Builder copy = BackupCopy.builder().media(MediaType.values()[r.nextInt(MediaType.values().length)])
          .offSite(r.nextBoolean()).immutable(r.nextInt(3) == 0).airGapped(r.nextInt(4) == 0)
          .verificationErrors(r.nextInt(5) == 0 ? r.nextInt(1, 4) : 0);
      if (r.nextInt(4) > 0) {
        copy.lastVerifiedRestore(EPOCH.plusDays(r.nextInt(0, 730)));
      }
      b.addCopies(copy.build());
    }
    return b.build();
  }

  /**
   * Generates the failure domains the generated plans place services in: zones {@code zone-0} to
   * {@code zone-5} and regions {@code region-0} to {@code region-2}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<FailureDomain> failureDomains() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 5).map(i -> FailureDomain.zone("zone-" + i)),
        Arbitraries.integers().between(0, 2).map(i -> FailureDomain.region("region-" + i)));
  }

  /**
   * Generates impact curves on the four-level scale, "Critical" unacceptable, with 1 to 4 points
   * in strictly increasing time.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ImpactCurve> impactCurves() {
    return Arbitraries.integers().between(1, 4).flatMap(n -> Arbitraries.integers().between(0, 3).list().ofSize(n)
        .map(levels -> {
          ImpactCurve.Builder b = ImpactCurve.builder().scale(IMPACT).unacceptable(IMPACT.level("Critical"));
          for (int k = 0; k < levels.size(); k++) {
            b.addPoints(ImpactPoint.of(Duration.ofHours(4L * k), IMPACT.level(levels.get(k))));
          }
          return b.build();
        }));
  }
}
