package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.Dependency;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.RecoveryTargets;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.ServiceId;
import io.github.ctokit.core.continuity.Tier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random acyclic plans from a seed: edges only go from a later service to an earlier one. */
final class RandomPlans {

  private RandomPlans() {}

  static DrPlan plan(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Service> services = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Service.Builder b = Service.builder().id(ServiceId.of("s" + i)).tier(Tier.TIER_3).owner(Plans.OWNER);
      if (r.nextInt(10) > 0) {
        b.putRecoveryEstimate(DisruptionType.REGION, Duration.ofMinutes(r.nextInt(0, 240)));
      }
      RecoveryTargets.Builder t = RecoveryTargets.builder();
      int rto = r.nextBoolean() ? r.nextInt(0, 600) : -1;
      if (rto >= 0) {
        t.rto(Duration.ofMinutes(rto));
      }
      if (r.nextInt(4) == 0) {
        t.wrt(Duration.ofMinutes(r.nextInt(0, 120)));
      }
      if (r.nextInt(4) == 0) {
        t.mtpd(Duration.ofMinutes(Math.max(rto, 0) + r.nextInt(0, 300))); // RTO ≤ MTPD keeps the plan valid
      }
      b.targets(t.build());
      for (int j = 0; j < i; j++) {
        if (r.nextInt(n) < 2) {
          b.addDependencies(r.nextInt(3) == 0 ? Dependency.coupled(ServiceId.of("s" + j)) : Dependency.on(ServiceId.of("s" + j)));
        }
      }
      services.add(b.build());
    }
    return DrPlan.builder().addAllServices(services).build();
  }

  static DrPlan withOwnRecovery(DrPlan plan, int index, Duration recovery) {
    List<Service> services = new ArrayList<>(plan.services());
    services.set(index, services.get(index).withRecoveryEstimates(
        java.util.Map.of(DisruptionType.REGION, recovery)));
    return plan.withServices(services);
  }
}
