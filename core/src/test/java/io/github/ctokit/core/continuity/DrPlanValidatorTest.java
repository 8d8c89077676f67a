package io.github.ctokit.core.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.validation.Severity;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Violation;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DrPlanValidatorTest {

  static final RoleId OWNER = RoleId.of("ROLE-sre");

  static Service.Builder svc(String id, String... deps) {
    Service.Builder b = Service.builder().id(ServiceId.of(id)).tier(Tier.TIER_3).owner(OWNER);
    for (String d : deps) {
      b.addDependencies(Dependency.on(ServiceId.of(d)));
    }
    return b;
  }

  @Test
  void reportsEveryProblemAtOnceWithStableCodesAndPaths() {
    DrPlan plan = DrPlan.builder().addServices(
        svc("a", "b").build(),
        svc("b", "c").build(),
        svc("c", "a").build(),
        svc("d", "ghost", "a", "a").build(),
        svc("a").build(),
        svc("pay").tier(Tier.TIER_1).targets(RecoveryTargets.builder().rto(Duration.ofHours(5)).mtpd(Duration.ofHours(4)).build()).build())
        .addProcesses(BusinessProcess.builder().id(ProcessId.of("checkout")).tier(Tier.TIER_1).owner(OWNER)
            .addServices(ServiceId.of("pay"), ServiceId.of("nope")).build())
        .addDrills(DrillRecord.builder().type(DrillType.PARALLEL).date(LocalDate.of(2027, 1, 1))
            .disruption(DisruptionType.REGION)
            .addResults(DrillResult.builder().service(ServiceId.of("zzz")).passed(true).build()).build())
        .build();
    ValidationResult result = DrPlan.validator().validate(plan);
    assertThat(result.violations()).extracting(v -> v.path().toString(), Violation::code, Violation::severity)
        .containsExactly(
            tuple("services[4].id", "continuity.duplicate-id", Severity.ERROR),
            tuple("services[3].dependencies[0]", "continuity.unknown-service", Severity.ERROR),
            tuple("services[3].dependencies[2]", "continuity.duplicate-dependency", Severity.WARNING),
            tuple("services[0]", "continuity.dependency-cycle", Severity.ERROR),
            tuple("services[5].targets.rto", "continuity.rto-exceeds-mtpd", Severity.ERROR),
            tuple("services[5].targets.rpo", "continuity.missing-target", Severity.ERROR),
            tuple("processes[0].services[1]", "continuity.unknown-service", Severity.ERROR),
            tuple("drills[0].results[0].service", "continuity.unknown-service", Severity.ERROR));
    assertThat(result.violations().get(3).message())
        .isEqualTo("dependencies must not form a cycle (a → b → c → a, 3 services)");
    assertThat(result.violations().get(4).message())
        .isEqualTo("rto must not exceed mtpd for service pay (was PT5H > PT4H)");
  }

  @Test
  void selfDependencyAndTwoSeparateCyclesAreEachReported() {
    DrPlan plan = DrPlan.builder().addServices(
        svc("x", "x").build(), svc("p", "q").build(), svc("q", "p").build(), svc("ok").build(), svc("tail", "p").build())
        .build();
    assertThat(plan.validate().errors()).extracting(Violation::message).containsExactly(
        "dependencies must not form a cycle (x → x, 1 service)",
        "dependencies must not form a cycle (p → q → p, 2 services)");
  }

  @Test
  void longCycleIsShortenedInTheMessage() {
    DrPlan.Builder b = DrPlan.builder();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      b.addServices(svc("s" + i, "s" + ((i + 1) % n)).build());
    }
    ValidationResult result = b.build().validate();
    assertThat(result.errors()).singleElement().satisfies(v -> {
      assertThat(v.message()).startsWith("dependencies must not form a cycle (s0 → s1 → ").endsWith("→ … → s0, 200000 services)");
      assertThat(v.path().toString()).isEqualTo("services[0]");
    });
  }

  @Test
  void rtoAboveTheImpactCurvesMtpdIsAnError() {
    LevelScale scale = LevelScale.fourLevel();
    ImpactCurve curve = ImpactCurve.builder().scale(scale).unacceptable(scale.level("Critical"))
        .addPoints(ImpactPoint.of(Duration.ZERO, scale.level("Low")), ImpactPoint.of(Duration.ofHours(8), scale.level("Critical")))
        .build();
    DrPlan plan = DrPlan.builder().addServices(svc("erp").impact(curve)
        .targets(RecoveryTargets.builder().rto(Duration.ofHours(12)).build()).build()).build();
    assertThat(plan.validate().errors()).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo("continuity.rto-exceeds-mtpd"));
  }

  @Test
  void validPlanIsClean() {
    DrPlan plan = DrPlan.builder().addServices(svc("idp").build(), svc("app", "idp").build()).build();
    assertThat(plan.validate().isEmpty()).isTrue();
    assertThat(plan.service(ServiceId.of("app"))).isPresent();
    assertThat(plan.service(ServiceId.of("zzz"))).isEmpty();
  }

  @Test
  void negativeDurationsAreRejectedWhenTheValueIsBuilt() {
    assertThatThrownBy(() -> RecoveryTargets.builder().rto(Duration.ofMinutes(-5)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rto must be zero or more (was PT-5M)");
    assertThatThrownBy(() -> RunbookStep.of("restore", Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("duration must be zero or more (was PT-1S)");
    assertThatThrownBy(() -> Replication.asynchronous(Duration.ofDays(40_000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lag must be at most");
    assertThatThrownBy(() -> svc("a").putRecoveryEstimate(DisruptionType.ZONE, Duration.ofHours(-1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("recoveryEstimates[ZONE] must be zero or more (was PT-1H)");
    assertThatThrownBy(() -> BackupPolicy.builder().frequency(Duration.ZERO).retention(Duration.ofDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("frequency must be more than zero (was PT0S)");
  }

  @Test
  void redundancyMustBeKOfN() {
    assertThatThrownBy(() -> svc("a").instances(2).required(3).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("required must be within [1, instances] = [1, 2] for service a (was 3)");
    assertThatThrownBy(() -> svc("a").instances(0).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullsAreRejectedByName() {
    assertThatThrownBy(() -> Dependency.on(null)).isInstanceOf(NullPointerException.class).hasMessage("service");
    assertThatThrownBy(() -> svc("a").tier(null)).isInstanceOf(NullPointerException.class).hasMessage("tier");
    assertThatThrownBy(() -> DrPlan.validator().validate(null)).isInstanceOf(NullPointerException.class).hasMessage("plan");
    assertThatThrownBy(() -> ServiceId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("service id");
  }
}
