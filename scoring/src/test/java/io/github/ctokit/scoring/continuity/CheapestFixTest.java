package io.github.ctokit.scoring.continuity;

import static io.github.ctokit.scoring.continuity.Plans.h;
import static io.github.ctokit.scoring.continuity.Plans.id;
import static io.github.ctokit.scoring.continuity.Plans.min;
import static io.github.ctokit.scoring.continuity.Plans.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.RecoveryTargets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The exact what-if: minimum weighted reduction, with floors, on hand-worked graphs. */
class CheapestFixTest {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  static ContinuityReport reference() {
    return ContinuityAssessment.of(ContinuityAssessmentTest.referenceExample()).assess(DisruptionType.REGION, AS_OF);
  }

  @Test
  void aDearServiceIsSparedWhenACheaperOneOnItsPathDoesTheSame() {
    // ledger (2h, RTO 2h) waits for idp (1h): 3h. Cutting idp by 1h clears it as well as cutting ledger by 1h.
    RecoveryFix fix = reference().cheapestFix(ReductionTerms.uniform().withCostPerMinute(id("ledger"), 5));
    assertThat(fix.exact()).isTrue();
    assertThat(fix.reductions()).extracting(Reduction::service, Reduction::from, Reduction::to).containsExactly(
        tuple(id("idp"), h(1), h(0)), tuple(id("search"), min(15), h(0)));
  }

  @Test
  void aFloorSplitsTheReductionAlongThePath() {
    // idp can only go down to 30m: the other 30m must come off the dear ledger (cost 30 + 5 · 30 = 180 < 5 · 60)
    RecoveryFix fix = reference().cheapestFix(ReductionTerms.uniform().withCostPerMinute(id("ledger"), 5)
        .withFloor(id("idp"), min(30)));
    assertThat(fix.reductions()).extracting(Reduction::service, Reduction::to).containsExactly(
        tuple(id("idp"), min(30)), tuple(id("ledger"), min(90)), tuple(id("search"), h(0)));
    assertThat(fix.totalReduction()).isEqualTo(min(75));
  }

  @Test
  void aBreachBelowTheFloorsIsUnclearableAndTheRestIsStillFixed() {
    // search (15m, RTO 1h) waits for index (1h): with index floored at 1h and search at 15m nothing helps
    RecoveryFix fix = reference().cheapestFix(ReductionTerms.uniform().withFloor(id("index"), h(1))
        .withFloor(id("search"), min(15)));
    assertThat(fix.unclearable()).containsExactly(id("search"));
    assertThat(fix.clearsAllBreaches()).isFalse();
    assertThat(fix.reductions()).extracting(Reduction::service).containsExactly(id("ledger"));
    assertThat(fix.toString()).isEqualTo("1 reduction, total 1h: ledger: 2h → 1h (−1h); cannot clear [search]");
  }

  @Test
  void aSharedDependencyIsCutOnceForAllItsDependents() {
    // db (2h) is shared by a (1h, RTO 2h) and b (1h, RTO 2h): one cut of db by 1h (total 1h)
    // clears both; cutting a and b (total 2h) does too, at twice the cost.
    DrPlan plan = DrPlan.builder().addServices(
        service("db", 2, -1).build(), service("a", 1, 2, "db").build(), service("b", 1, 2, "db").build()).build();
    RecoveryFix fix = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF).cheapestFix();
    assertThat(fix.reductions()).extracting(Reduction::service, Reduction::by).containsExactly(tuple(id("db"), h(1)));
  }

  @Test
  void timesBeyondExactArithmeticFallBackToTheMinimalHeuristic() {
    DrPlan plan = DrPlan.builder().addServices(
        service("archive", 24 * 1000, -1).build(),
        service("vault", 24, -1, "archive").targets(RecoveryTargets.builder().rto(Duration.ofDays(900)).build()).build())
        .build();
    RecoveryFix fix = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF).cheapestFix();
    assertThat(fix.exact()).isFalse();
    assertThat(fix.clearsAllBreaches()).isTrue();
    assertThat(fix.totalReduction()).isEqualTo(Duration.ofDays(101));
    assertThat(fix.toString()).endsWith("(heuristic, not proven minimum)");
  }

  @Test
  void termsAreCheckedAgainstThePlan() {
    assertThatThrownBy(() -> reference().cheapestFix(ReductionTerms.uniform().withFloor(id("nope"), min(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
    assertThatThrownBy(() -> ReductionTerms.uniform().withCostPerMinute(id("a"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("costPerMinute must be within [1, 1000000] for service a (was 0)");
    assertThatThrownBy(() -> ReductionTerms.uniform().withFloor(id("a"), Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("floor must be within [0, 36525 days] for service a (was PT-1M)");
    assertThat(ReductionTerms.uniform().costPerMinute(id("a"))).isEqualTo(1);
    assertThat(ReductionTerms.uniform().floor(id("a"))).isZero();
  }
}
