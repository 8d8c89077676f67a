package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.continuity.Dependency;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.RecoveryTargets;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.ServiceId;
import io.github.ctokit.core.continuity.Tier;
import java.time.Duration;

/** Small builders for hand-worked test graphs; times in minutes. */
final class Plans {

  static final RoleId OWNER = RoleId.of("ROLE-sre");

  private Plans() {}

  static ServiceId id(String s) {
    return ServiceId.of(s);
  }

  static Duration min(double minutes) {
    return Duration.ofMillis(Math.round(minutes * 60_000));
  }

  static Duration h(double hours) {
    return min(hours * 60);
  }

  /** A tier-3 service with an own REGION recovery (hours), an optional RTO (hours, negative for none) and dependencies. */
  static Service.Builder service(String name, double recoveryHours, double rtoHours, String... deps) {
    Service.Builder b = Service.builder().id(id(name)).tier(Tier.TIER_3).owner(OWNER)
        .putRecoveryEstimate(DisruptionType.REGION, h(recoveryHours));
    if (rtoHours >= 0) {
      b.targets(RecoveryTargets.builder().rto(h(rtoHours)).build());
    }
    for (String d : deps) {
      b.addDependencies(Dependency.on(id(d)));
    }
    return b;
  }
}
