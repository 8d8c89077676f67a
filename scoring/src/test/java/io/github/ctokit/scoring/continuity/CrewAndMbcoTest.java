package io.github.ctokit.scoring.continuity;

import static io.github.ctokit.scoring.continuity.Plans.id;
import static io.github.ctokit.scoring.continuity.Plans.min;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.continuity.Dependency;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.Tier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Crew limits make a resource-constrained warning; MBCO is a capacity check. */
class CrewAndMbcoTest {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);
  static final RoleId DBA = RoleId.of("ROLE-dba");

  static Service.Builder svc(String name, RoleId owner, double minutes, String... deps) {
    Service.Builder b = Service.builder().id(id(name)).tier(Tier.TIER_3).owner(owner)
        .putRecoveryEstimate(DisruptionType.REGION, min(minutes));
    for (String d : deps) {
      b.addDependencies(Dependency.on(id(d)));
    }
    return b;
  }

  @Test
  void oneDbaCannotRestoreTwoDatabasesAtOnce() {
    DrPlan plan = DrPlan.builder().addServices(
            svc("ledger-db", DBA, 40).build(),
            svc("orders-db", DBA, 30).build(),
            svc("search-db", DBA, 20, "orders-db").build(), // starts at 30m, when orders-db is done
            svc("app", Plans.OWNER, 10, "ledger-db", "search-db").build())
        .putCrewLimit(DBA, 1).build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    assertThat(r.findings(FindingKind.RESOURCE_CONSTRAINED)).singleElement().satisfies(f -> {
      assertThat(f.service()).isEqualTo(id("ledger-db"));
      assertThat(f.path()).containsExactly(id("ledger-db"), id("orders-db"));
      assertThat(f.figures()).containsEntry("peakAt", min(0));
      assertThat(f.message()).isEqualTo("crew ROLE-dba would recover 2 services at once 0s into the disruption "
          + "(ledger-db, orders-db) but can run 1; the achievable times assume enough hands");
      assertThat(f.isBreach()).isFalse();
    });
    // two DBAs suffice: at most two restores overlap (ledger-db with orders-db, then with search-db)
    ContinuityReport two = ContinuityAssessment.of(plan.withCrewLimits(java.util.Map.of(DBA, 2)))
        .assess(DisruptionType.REGION, AS_OF);
    assertThat(two.findings(FindingKind.RESOURCE_CONSTRAINED)).isEmpty();
  }

  @Test
  void aChainNeverOverlapsAndBackToBackRecoveriesDoNotCount() {
    DrPlan plan = DrPlan.builder().addServices(svc("a", DBA, 30).build(), svc("b", DBA, 30, "a").build())
        .putCrewLimit(DBA, 1).build();
    assertThat(ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF)
        .findings(FindingKind.RESOURCE_CONSTRAINED)).isEmpty();
    assertThatThrownBy(() -> DrPlan.builder().putCrewLimit(DBA, 0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("crewLimits[ROLE-dba] must be within [1, 10000] (was 0)");
  }

  @Test
  void recoveredCapacityBelowTheMbcoIsABreach() {
    DrPlan plan = DrPlan.builder().addServices(
        svc("checkout", Plans.OWNER, 30).minimumCapacity(Probability.of(.5)).recoveredCapacity(Probability.of(.3)).build(),
        svc("catalog", Plans.OWNER, 30).minimumCapacity(Probability.of(.25)).recoveredCapacity(Probability.of(.5)).build())
        .build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    assertThat(r.breaches()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.MBCO_BREACH);
      assertThat(f.service()).isEqualTo(id("checkout"));
      assertThat(f.rule()).isEqualTo("recoveredCapacity ≥ minimumCapacity");
      assertThat(f.message()).isEqualTo("recovered capacity 30.0 % is below the minimum business continuity objective 50.0 %");
    });
  }
}
