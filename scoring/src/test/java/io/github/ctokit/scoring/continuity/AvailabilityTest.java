package io.github.ctokit.scoring.continuity;

import static io.github.ctokit.scoring.continuity.Plans.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.continuity.Dependency;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.Tier;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** REFERENCES §6.3 formulas and §6.6 worked examples. */
class AvailabilityTest {

  private static Probability p(double v) {
    return Probability.of(v);
  }

  @Test
  void azureCompositeSla() {
    assertThat(Availability.series(p(.9995), p(.9999)).value()).isCloseTo(.99940005, within(1e-12));
  }

  @Test
  void reliableWebAppDevAndSingleRegionProd() {
    Probability dev = Availability.series(p(.9999), p(.9999), p(.9995), p(.999), p(.99995), p(.999), p(.9999), p(.999));
    assertThat(Availability.percent(dev, 3)).isEqualTo("99.616");
    assertThat(dev.value()).isCloseTo(.996156, within(5e-7));
    Probability prod = Availability.series(dev, p(1.0), p(.9999), p(.9999), p(.9999), p(.9999), p(.9999), p(.9999), p(.9999));
    assertThat(Availability.percent(prod, 3)).isEqualTo("99.546");
    assertThat(prod.value()).isCloseTo(.995459, within(5e-7));
  }

  @Test
  void twoRegionsWithSharedServicesCountedOnce() {
    Probability shared = Availability.series(p(.9999), p(.9999), p(1.0));
    Probability twoRegions = Availability.sharedWithRegions(shared, p(.9956578), 2);
    assertThat(Availability.percent(twoRegions, 4)).isEqualTo("99.9781");
  }

  @Test
  void doubleCountingTrapIsNotReproduced() {
    // The published 99.9779 % multiplies a per-region figure that already includes the shared
    // services (.995459) by the shared factor again. Computed on the graph, shared services count once.
    DrPlan plan = DrPlan.builder().addServices(
        node("dns", 1.0, 1, 1).build(),
        node("frontdoor", .9999, 1, 1).build(),
        node("identity", .9999, 1, 1).build(),
        node("regional", .9956578, 2, 1).addDependencies(
            Dependency.on(id("dns")), Dependency.on(id("frontdoor")), Dependency.on(id("identity"))).build())
        .build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, LocalDate.of(2027, 1, 1));
    CompositeAvailability a = r.availability(id("regional")).orElseThrow();
    assertThat(Availability.percent(a.value(), 4)).isEqualTo("99.9781");
    double doubleCounted = Availability.parallel(p(.9954586658883984), p(.9954586658883984)).value() * .9999 * .9999;
    assertThat(Availability.percent(p(doubleCounted), 4)).isEqualTo("99.9779");
    assertThat(Availability.percent(a.value(), 4)).isNotEqualTo(Availability.percent(p(doubleCounted), 4));
    assertThat(a.factors()).hasSize(4);
  }

  @Test
  void diamondCountsTheSharedDependencyOnce() {
    DrPlan plan = DrPlan.builder().addServices(
        node("idp", .99, 1, 1).build(),
        node("a", .999, 1, 1).addDependencies(Dependency.on(id("idp"))).build(),
        node("b", .999, 1, 1).addDependencies(Dependency.on(id("idp"))).build(),
        node("web", .9999, 1, 1).addDependencies(Dependency.on(id("a")), Dependency.on(id("b"))).build())
        .build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, LocalDate.of(2027, 1, 1));
    double expected = .9999 * .999 * .999 * .99; // not × .99 twice
    assertThat(r.availability(id("web")).orElseThrow().value().value()).isCloseTo(expected, within(1e-15));
  }

  @Test
  void kOfNWorkedExamples() {
    assertThat(Availability.kOfN(2, 3, p(.99)).value()).isCloseTo(.999702, within(1e-12));
    // exactly 0.999994007997, which the reference prints to 9 decimals as .999994008
    assertThat(Availability.kOfN(3, 4, p(.999)).value()).isCloseTo(.999994007997, within(1e-12));
    assertThat(Availability.percent(Availability.kOfN(3, 4, p(.999)), 7)).isEqualTo("99.9994008");
    assertThat(Availability.kOfN(1, 2, p(.9)).value()).isCloseTo(.99, within(1e-12));
    assertThat(Availability.kOfN(500, 1000, p(.5)).value()).isBetween(0.5, 0.52);
    assertThatThrownBy(() -> Availability.kOfN(4, 3, p(.9))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be within [1, n] = [1, 3] (was 4)");
  }

  @Test
  void downtimePerYearAndMonth() {
    assertThat(Availability.downtimePerYear(p(.999))).isEqualTo(Duration.ofMillis(31_536_000)); // 525.6 min
    assertThat(Availability.downtimePerYear(p(.9995))).isEqualTo(Duration.ofMillis(15_768_000)); // 262.8 min
    assertThat(Availability.downtimePerYear(p(.9999))).isEqualTo(Duration.ofMillis(3_153_600)); // 52.56 min
    assertThat(Availability.downtimePerMonth(p(.999))).isEqualTo(Duration.ofMillis(2_628_000)); // 43.8 min
    assertThat(Availability.errorBudget(p(.999), Duration.ofDays(30))).isEqualTo(Duration.ofMillis(2_592_000)); // 43.2 min
  }

  @Test
  void availabilityBelowObjectiveIsAWarningWithBudgetFigures() {
    DrPlan plan = DrPlan.builder().addServices(
        node("db", .999, 1, 1).build(),
        node("app", .999, 1, 1).availabilityTarget(p(.999)).addDependencies(Dependency.on(id("db"))).build()).build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, LocalDate.of(2027, 1, 1));
    CompositeAvailability a = r.availability(id("app")).orElseThrow();
    assertThat(a.meetsTarget()).isFalse();
    assertThat(a.errorBudgetPerYear()).contains(Duration.ofMillis(31_536_000));
    assertThat(a.budgetConsumed().orElseThrow()).isEqualByComparingTo("1.9990");
    assertThat(r.findings(FindingKind.AVAILABILITY_BELOW_TARGET)).singleElement()
        .satisfies(f -> assertThat(f.figures()).containsEntry("errorBudgetPerYear", Duration.ofMillis(31_536_000)));
  }

  @Test
  void unknownAvailabilityStaysUnknown() {
    DrPlan plan = DrPlan.builder().addServices(
        Service.builder().id(id("x")).tier(Tier.TIER_3).owner(Plans.OWNER).build(),
        node("y", .99, 1, 1).addDependencies(Dependency.on(id("x"))).build()).build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, LocalDate.of(2027, 1, 1));
    assertThat(r.availability(id("y"))).isEmpty();
  }

  static Service.Builder node(String name, double availability, int instances, int required) {
    return Service.builder().id(id(name)).tier(Tier.TIER_3).owner(Plans.OWNER).availability(p(availability))
        .instances(instances).required(required);
  }
}
