package io.github.ctokit.scoring.continuity;

import static io.github.ctokit.scoring.continuity.Plans.id;
import static io.github.ctokit.scoring.continuity.Plans.min;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctokit.core.continuity.Dependency;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.DrStrategy;
import io.github.ctokit.core.continuity.FailureDomain;
import io.github.ctokit.core.continuity.Placement;
import io.github.ctokit.core.continuity.RecoveryTargets;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.Tier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A zone or region outage hits only the services placed in it. */
class FailureDomainTest {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  static Service.Builder zonal(String name, String zone, double ownMinutes, double rtoMinutes, String... deps) {
    Service.Builder b = Service.builder().id(id(name)).tier(Tier.TIER_3).owner(Plans.OWNER)
        .putRecoveryEstimate(DisruptionType.ZONE, min(ownMinutes));
    if (zone != null) {
      b.placement(Placement.builder().region("eu-west-1").zone(zone).build());
    }
    if (rtoMinutes >= 0) {
      b.targets(RecoveryTargets.builder().rto(min(rtoMinutes)).build());
    }
    for (String d : deps) {
      b.addDependencies(Dependency.on(id(d)));
    }
    return b;
  }

  /** db and web in zone a, cache and api in zone b, batch unplaced. */
  static DrPlan plan() {
    return DrPlan.builder().addServices(
        zonal("db", "eu-west-1a", 60, -1).build(),
        zonal("cache", "eu-west-1b", 30, -1).strategy(DrStrategy.BACKUP_AND_RESTORE).build(),
        zonal("api", "eu-west-1b", 20, 45, "db", "cache").build(),
        zonal("web", "eu-west-1a", 30, 10).build(),
        zonal("batch", null, 180, 120).build()).build();
  }

  @Test
  void aZoneOutageHitsOnlyItsServicesAndTheirDependents() {
    ContinuityAssessment engine = ContinuityAssessment.of(plan());
    ContinuityReport a = engine.assessOutage(FailureDomain.zone("eu-west-1a"), AS_OF);
    assertThat(a.failureDomain()).contains(FailureDomain.zone("eu-west-1a"));
    assertThat(a.disrupted()).containsExactly(id("db"), id("web"), id("batch")); // batch: unplaced, assumed hit
    // api is not hit but waits for db: 0 + max(db 60, cache 0)
    assertThat(a.recovery(id("api")).disrupted()).isFalse();
    assertThat(a.recovery(id("api")).achievable()).contains(min(60));
    assertThat(a.recovery(id("api")).criticalPath()).containsExactly(id("db"), id("api"));
    assertThat(a.recovery(id("cache")).achievable()).contains(min(0));
    assertThat(a.breaches()).extracting(Finding::service).containsExactly(id("api"), id("web"), id("batch"));
    // a spared cache is not a strategy claim of zero: no STRATEGY_MISMATCH for an unhit service
    assertThat(a.findings(FindingKind.STRATEGY_MISMATCH)).isEmpty();
    assertThat(a.explain()).startsWith("ZONE eu-west-1a outage (3 of 5 services hit) as of 2027-03-31: 5 services, 3 breaches");

    ContinuityReport b = engine.assessOutage(FailureDomain.zone("eu-west-1b"), AS_OF);
    // api hit: 20 + max(db 0, cache 30)
    assertThat(b.recovery(id("api")).achievable()).contains(min(50));
    assertThat(b.breaches()).extracting(Finding::service).containsExactly(id("api"), id("batch"));
  }

  @Test
  void everyZoneInTurnAndTheWorst() {
    FailureDomainAssessment each = ContinuityAssessment.of(plan()).assessEachOutage(DisruptionType.ZONE, AS_OF);
    assertThat(each.reports()).extracting(r -> r.failureDomain().orElseThrow().name())
        .containsExactly("eu-west-1a", "eu-west-1b");
    assertThat(each.worst().orElseThrow().failureDomain()).contains(FailureDomain.zone("eu-west-1a"));
    assertThat(each.explain()).isEqualTo(
        "ZONE eu-west-1a: 3 of 5 services hit, 3 breaches, longest recovery 3h (worst)\n"
            + "ZONE eu-west-1b: 3 of 5 services hit, 2 breaches, longest recovery 3h");
    assertThat(each.report(FailureDomain.zone("eu-west-1c"))).isEmpty();
  }

  @Test
  void unplacedServicesCanBeSpared() {
    ContinuityReport r = ContinuityAssessment.of(plan()).withUnplacedServices(UnplacedServices.SPARED)
        .assessOutage(FailureDomain.zone("eu-west-1b"), AS_OF);
    assertThat(r.disrupted()).containsExactly(id("cache"), id("api"));
    assertThat(r.breaches()).extracting(Finding::service, Finding::kind)
        .containsExactly(tuple(id("api"), FindingKind.RTO_BREACH));
  }

  @Test
  void aRegionOutageMatchesOnRegionAndTheUnscopedAssessmentIsTheUpperBound() {
    ContinuityAssessment engine = ContinuityAssessment.of(plan());
    assertThat(engine.failureDomains(DisruptionType.REGION)).containsExactly(FailureDomain.region("eu-west-1"));
    ContinuityReport region = engine.assessOutage(FailureDomain.region("eu-west-1"), AS_OF);
    assertThat(region.disrupted()).hasSize(5);
    ContinuityReport all = engine.assess(DisruptionType.ZONE, AS_OF);
    for (FailureDomain d : engine.failureDomains(DisruptionType.ZONE)) {
      ContinuityReport one = engine.assessOutage(d, AS_OF);
      for (ServiceRecovery s : one.recoveries()) {
        assertThat(s.achievable().orElseThrow()).isLessThanOrEqualTo(all.recovery(s.service()).achievable().orElseThrow());
      }
    }
  }

  @Test
  void badArgumentsAreRejected() {
    ContinuityAssessment engine = ContinuityAssessment.of(plan());
    assertThatThrownBy(() -> engine.failureDomains(DisruptionType.APPLICATION))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("type must be ZONE or REGION for failure domains (was APPLICATION)");
    assertThatThrownBy(() -> FailureDomain.zone(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("zone must be non-blank and at most 128 characters (had 1)");
    assertThatThrownBy(() -> engine.assessOutage(null, AS_OF)).isInstanceOf(NullPointerException.class)
        .hasMessage("domain");
  }
}
