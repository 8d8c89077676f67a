package io.github.ctokit.scoring.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.continuity.Dependency;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.ServiceId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ContinuityProperties {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  static ContinuityReport assess(DrPlan plan) {
    return ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
  }

  static Set<String> timeBreaches(ContinuityReport r) {
    Set<String> out = new HashSet<>();
    for (Finding f : r.breaches()) {
      if (f.kind() == FindingKind.RTO_BREACH || f.kind() == FindingKind.MTPD_BREACH) {
        out.add(f.service() + "/" + f.kind());
      }
    }
    return out;
  }

  @Property
  void addingADependencyNeverShortensAchievableRecovery(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int n, @ForAll @IntRange(min = 0, max = 1000) int pick) {
    DrPlan plan = RandomPlans.plan(seed, n);
    int from = 1 + pick % (n - 1);
    int to = pick % from;
    List<Service> services = new ArrayList<>(plan.services());
    Service s = services.get(from);
    Assume.that(s.dependencies().stream().noneMatch(d -> d.service().equals(ServiceId.of("s" + to))));
    services.set(from, Service.builder().from(s).addDependencies(Dependency.on(ServiceId.of("s" + to))).build());
    ContinuityReport before = assess(plan);
    ContinuityReport after = assess(plan.withServices(services));
    for (int i = 0; i < n; i++) {
      ServiceId id = ServiceId.of("s" + i);
      Optional<Duration> b = before.recovery(id).achievable();
      Optional<Duration> a = after.recovery(id).achievable();
      if (b.isPresent() && a.isPresent()) {
        assertThat(a.get()).isGreaterThanOrEqualTo(b.get());
      } else if (b.isEmpty()) {
        assertThat(a).isEmpty(); // an unknown never becomes known by adding a dependency
      }
    }
  }

  @Property
  void shorteningARecoveryNeverAddsABreach(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 0, max = 1000) int pick,
      @ForAll @DoubleRange(min = 0, max = 1) double factor) {
    DrPlan plan = RandomPlans.plan(seed, n);
    int index = pick % n;
    Optional<Duration> own = plan.services().get(index).ownRecovery(DisruptionType.REGION);
    Assume.that(own.isPresent());
    Duration shorter = Duration.ofMillis((long) (own.get().toMillis() * factor));
    Set<String> before = timeBreaches(assess(plan));
    Set<String> after = timeBreaches(assess(RandomPlans.withOwnRecovery(plan, index, shorter)));
    assertThat(before).containsAll(after);
  }

  @Property
  void theFixClearsEveryBreachAndEachReductionIsTight(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int n) {
    DrPlan plan = RandomPlans.plan(seed, n);
    ContinuityReport report = assess(plan);
    RecoveryFix fix = report.cheapestFix();
    assertThat(fix.exact()).isTrue();
    DrPlan fixed = plan;
    for (Reduction r : fix.reductions()) {
      fixed = RandomPlans.withOwnRecovery(fixed, index(r.service()), r.to());
      assertThat(r.to()).isLessThan(r.from());
      assertThat(r.to()).isGreaterThanOrEqualTo(Duration.ZERO);
    }
    Set<String> remaining = timeBreaches(assess(fixed));
    if (fix.clearsAllBreaches()) {
      assertThat(remaining).isEmpty();
      for (Reduction r : fix.reductions()) {
        DrPlan looser = RandomPlans.withOwnRecovery(fixed, index(r.service()), r.to().plusMillis(1));
        assertThat(timeBreaches(assess(looser))).as("lengthening %s brings a breach back", r.service()).isNotEmpty();
      }
    } else {
      for (ServiceId id : fix.unclearable()) {
        assertThat(report.recovery(id).deadline().orElseThrow()).isNegative();
      }
    }
  }

  /**
   * A small plan in whole minutes (own 0..5, RTO 0..12, sometimes WRT and MTPD), services in
   * topological order, so that a brute force over every integer reduction is cheap; the LP has an
   * integral optimum on integral data (its matrix is a network matrix).
   */
  static DrPlan smallPlan(long seed, int n) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    List<Service> services = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Service.Builder b = Service.builder().id(ServiceId.of("s" + i)).tier(io.github.ctokit.core.continuity.Tier.TIER_3)
          .owner(Plans.OWNER).putRecoveryEstimate(DisruptionType.REGION, Duration.ofMinutes(r.nextInt(0, 6)));
      io.github.ctokit.core.continuity.RecoveryTargets.Builder t = io.github.ctokit.core.continuity.RecoveryTargets.builder();
      int rto = r.nextBoolean() ? r.nextInt(0, 13) : -1;
      if (rto >= 0) {
        t.rto(Duration.ofMinutes(rto));
      }
      if (r.nextInt(4) == 0) {
        t.wrt(Duration.ofMinutes(r.nextInt(0, 4)));
        t.mtpd(Duration.ofMinutes(Math.max(rto, 0) + r.nextInt(0, 6)));
      }
      b.targets(t.build());
      for (int j = 0; j < i; j++) {
        if (r.nextInt(3) == 0) {
          b.addDependencies(Dependency.on(ServiceId.of("s" + j)));
        }
      }
      services.add(b.build());
    }
    return DrPlan.builder().addAllServices(services).build();
  }

  @Property(tries = 300)
  void theExactFixHasTheMinimumWeightedTotalOfABruteForce(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int n, @ForAll long termsSeed) {
    DrPlan plan = smallPlan(seed, n);
    ContinuityReport report = assess(plan);
    java.util.SplittableRandom r = new java.util.SplittableRandom(termsSeed);
    ReductionTerms terms = ReductionTerms.uniform();
    long[] own = new long[n];
    long[] floor = new long[n];
    long[] weight = new long[n];
    long[] deadline = new long[n];
    for (int i = 0; i < n; i++) {
      ServiceId id = ServiceId.of("s" + i);
      own[i] = plan.services().get(i).ownRecovery(DisruptionType.REGION).orElseThrow().toMinutes();
      weight[i] = r.nextInt(1, 4);
      floor[i] = r.nextInt(3) == 0 ? r.nextInt(0, 3) : 0;
      terms = terms.withCostPerMinute(id, weight[i]).withFloor(id, Duration.ofMinutes(floor[i]));
      floor[i] = Math.min(floor[i], own[i]);
      deadline[i] = report.recovery(id).deadline().map(Duration::toMinutes).orElse(Long.MAX_VALUE);
    }
    RecoveryFix fix = report.cheapestFix(terms);
    assertThat(fix.exact()).isTrue();
    // brute force: every own time from its floor to its current value, in whole minutes
    long best = Long.MAX_VALUE;
    long[] x = floor.clone();
    while (true) {
      long[] a = new long[n];
      boolean ok = true;
      long cost = 0;
      for (int i = 0; i < n; i++) {
        long wait = 0;
        for (Dependency d : plan.services().get(i).dependencies()) {
          wait = Math.max(wait, a[index(d.service())]);
        }
        a[i] = x[i] + wait;
        ok &= a[i] <= deadline[i];
        cost += weight[i] * (own[i] - x[i]);
      }
      if (ok) {
        best = Math.min(best, cost);
      }
      int k = 0;
      while (k < n && x[k] == own[k]) {
        x[k] = floor[k];
        k++;
      }
      if (k == n) {
        break;
      }
      x[k]++;
    }
    if (best == Long.MAX_VALUE) {
      assertThat(fix.clearsAllBreaches()).isFalse();
      return;
    }
    assertThat(fix.clearsAllBreaches()).isTrue();
    long total = 0;
    DrPlan fixed = plan;
    for (Reduction red : fix.reductions()) {
      int i = index(red.service());
      assertThat(red.to().toMinutes()).isGreaterThanOrEqualTo(floor[i]);
      total += weight[i] * red.by().toMillis();
      fixed = RandomPlans.withOwnRecovery(fixed, i, red.to());
    }
    assertThat(total).isEqualTo(best * 60_000);
    assertThat(timeBreaches(assess(fixed))).isEmpty();
  }

  @Property
  void aProcessRtoBoundsExactlyItsDependencyClosure(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 0, max = 1000) int pick,
      @ForAll @IntRange(min = 0, max = 600) int rtoMinutes) {
    DrPlan plan = RandomPlans.plan(seed, n);
    ServiceId used = ServiceId.of("s" + pick % n);
    DrPlan withProcess = plan.withProcesses(io.github.ctokit.core.continuity.BusinessProcess.builder()
        .id(io.github.ctokit.core.continuity.ProcessId.of("p")).tier(io.github.ctokit.core.continuity.Tier.TIER_1)
        .owner(Plans.OWNER).targets(io.github.ctokit.core.continuity.RecoveryTargets.builder()
            .rto(Duration.ofMinutes(rtoMinutes)).build()).addServices(used).build());
    ContinuityReport before = assess(plan);
    ContinuityReport after = assess(withProcess);
    Set<ServiceId> closure = new HashSet<>();
    List<ServiceId> todo = new ArrayList<>(List.of(used));
    while (!todo.isEmpty()) {
      ServiceId s = todo.remove(todo.size() - 1);
      if (closure.add(s)) {
        plan.service(s).orElseThrow().dependencies().forEach(d -> todo.add(d.service()));
      }
    }
    for (Service s : plan.services()) {
      Optional<Duration> b = before.recovery(s.id()).deadline();
      Optional<Duration> a = after.recovery(s.id()).deadline();
      if (closure.contains(s.id())) {
        Duration bound = Duration.ofMinutes(rtoMinutes);
        assertThat(a).contains(b.filter(d -> d.compareTo(bound) < 0).orElse(bound));
      } else {
        assertThat(a).isEqualTo(b);
      }
    }
    assertThat(timeBreaches(after)).containsAll(timeBreaches(before));
  }

  @Property
  void aRedundantPairIsNeverLessAvailableThanEitherMember(
      @ForAll @DoubleRange(min = 0, max = 1) double a, @ForAll @DoubleRange(min = 0, max = 1) double b) {
    double pair = Availability.parallel(Probability.of(a), Probability.of(b)).value();
    assertThat(pair).isGreaterThanOrEqualTo(Math.max(a, b) - 1e-15).isLessThanOrEqualTo(1.0);
    assertThat(Availability.kOfN(1, 2, Probability.of(a)).value()).isGreaterThanOrEqualTo(a - 1e-15);
  }

  @Property
  void kOfNAgreesWithTheBinomialSumAndIsMonotoneInK(
      @ForAll @IntRange(min = 1, max = 20) int n, @ForAll @IntRange(min = 1, max = 20) int k,
      @ForAll @DoubleRange(min = 0, max = 1) double a) {
    Assume.that(k <= n);
    double naive = 0;
    for (int i = k; i <= n; i++) {
      naive += binomial(n, i) * Math.pow(a, i) * Math.pow(1 - a, n - i);
    }
    double v = Availability.kOfN(k, n, Probability.of(a)).value();
    assertThat(v).isCloseTo(Math.min(1, naive), org.assertj.core.api.Assertions.within(1e-9));
    if (k < n) {
      assertThat(Availability.kOfN(k, n, Probability.of(a)).value())
          .isGreaterThanOrEqualTo(Availability.kOfN(k + 1, n, Probability.of(a)).value() - 1e-15);
    }
  }

  @Property
  void achievableEqualsANaiveLongestPath(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n) {
    DrPlan plan = RandomPlans.plan(seed, n);
    ContinuityReport r = assess(plan);
    // services are in topological order by construction: a naive recomputation in index order
    long[] naive = new long[n];
    for (int i = 0; i < n; i++) {
      Service s = plan.services().get(i);
      Optional<Duration> own = s.ownRecovery(DisruptionType.REGION);
      long v = own.map(Duration::toMillis).orElse(-1L);
      for (Dependency d : s.dependencies()) {
        int j = index(d.service());
        v = v < 0 || naive[j] < 0 ? -1 : Math.max(v, own.orElseThrow().toMillis() + naive[j]);
      }
      naive[i] = v;
      assertThat(r.recovery(s.id()).achievable().map(Duration::toMillis).orElse(-1L)).isEqualTo(v);
      if (v >= 0) {
        List<ServiceId> path = r.criticalPath(s.id());
        long sum = 0;
        for (ServiceId p : path) {
          sum += plan.services().get(index(p)).ownRecovery(DisruptionType.REGION).orElseThrow().toMillis();
        }
        assertThat(sum).isEqualTo(v);
      }
    }
  }

  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }

  private static int index(ServiceId id) {
    return Integer.parseInt(id.value().substring(1));
  }
}
