package io.github.ctokit.core.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.RoleId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ModelTest {

  static final LevelScale SCALE = LevelScale.fourLevel();

  static ImpactCurve curve() {
    return ImpactCurve.builder().scale(SCALE).unacceptable(SCALE.level("High"))
        .addPoints(ImpactPoint.of(Duration.ofHours(1), SCALE.level("Low")),
            ImpactPoint.of(Duration.ofHours(4), SCALE.level("Medium")),
            ImpactPoint.of(Duration.ofHours(24), SCALE.level("Critical")))
        .build();
  }

  @Test
  void impactCurveIsAStepFunctionAndGivesTheMtpd() {
    ImpactCurve c = curve();
    assertThat(c.levelAt(Duration.ofMinutes(59))).isEmpty(); // not rated before the first point
    assertThat(c.levelAt(Duration.ofHours(1))).contains(SCALE.level("Low"));
    assertThat(c.levelAt(Duration.ofHours(23))).contains(SCALE.level("Medium"));
    assertThat(c.levelAt(Duration.ofDays(30))).contains(SCALE.level("Critical"));
    // "High" is never a point, but "Critical" is at or above it: MTPD = 24h
    assertThat(c.mtpd()).contains(Duration.ofHours(24));
    assertThat(c.withUnacceptable(SCALE.level("Low")).mtpd()).contains(Duration.ofHours(1));
  }

  @Test
  void impactCurveRules() {
    assertThatThrownBy(() -> ImpactCurve.builder().from(curve()).points(java.util.List.of(
            ImpactPoint.of(Duration.ofHours(2), SCALE.level("Low")), ImpactPoint.of(Duration.ofHours(2), SCALE.level("High"))))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points must be in strictly increasing order of after (points[1] at PT2H follows PT2H)");
    LevelScale other = LevelScale.threeLevel();
    assertThatThrownBy(() -> curve().withUnacceptable(other.level("High")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unacceptable must be a level of scale '4-level'");
  }

  @Test
  void serviceMtpdIsTheShorterOfStatedAndCurve() {
    Service s = Service.builder().id(ServiceId.of("erp")).tier(Tier.TIER_2).owner(RoleId.of("r"))
        .impact(curve()).targets(RecoveryTargets.builder().mtpd(Duration.ofHours(12)).build()).build();
    assertThat(s.mtpd()).contains(Duration.ofHours(12));
    assertThat(s.withTargets(RecoveryTargets.builder().mtpd(Duration.ofHours(48)).build()).mtpd()).contains(Duration.ofHours(24));
    assertThat(s.withImpact(java.util.Optional.empty()).withTargets(RecoveryTargets.none()).mtpd()).isEmpty();
  }

  @Test
  void runbookGroupsParallelSteps() {
    Service.Builder b = Service.builder().id(ServiceId.of("x")).tier(Tier.TIER_3).owner(RoleId.of("r"));
    assertThat(b.build().runbookDuration()).isEmpty();
    Service s = b.addRunbook(
            RunbookStep.of("a", Duration.ofMinutes(5)).withParallelWithPrevious(true), // first flag ignored
            RunbookStep.of("b", Duration.ofMinutes(30)).withParallelWithPrevious(true),
            RunbookStep.of("c", Duration.ofMinutes(10)),
            RunbookStep.of("d", Duration.ofMinutes(20)).withParallelWithPrevious(true),
            RunbookStep.of("e", Duration.ofMinutes(15)).withParallelWithPrevious(true))
        .build();
    assertThat(s.runbookDuration()).contains(Duration.ofMinutes(30 + 20));
    assertThat(s.ownRecovery(DisruptionType.REGION)).contains(Duration.ofMinutes(50));
    assertThat(s.withRecoveryEstimates(java.util.Map.of(DisruptionType.REGION, Duration.ofMinutes(7)))
        .ownRecovery(DisruptionType.REGION)).contains(Duration.ofMinutes(7));
  }

  @Test
  void strategyEnvelopes() {
    assertThat(DrStrategy.PILOT_LIGHT.isTypical(Duration.ofMinutes(5))).isFalse();
    assertThat(DrStrategy.PILOT_LIGHT.isTypical(Duration.ofMinutes(10))).isTrue();
    assertThat(DrStrategy.BACKUP_AND_RESTORE.isTypical(Duration.ofDays(3))).isTrue();
    assertThat(DrStrategy.BACKUP_AND_RESTORE.typicalMaximum()).isEmpty();
    assertThat(DrStrategy.ACTIVE_ACTIVE.isTypical(Duration.ZERO)).isTrue();
    assertThat(DrStrategy.ACTIVE_ACTIVE.isTypical(Duration.ofMinutes(30))).isFalse();
    // the enum names are AWS Resilience Hub's DisasterRecoveryApproach values
    assertThat(DrStrategy.values()).extracting(Enum::name).containsExactlyInAnyOrder(
        "ACTIVE_ACTIVE", "HOT_STANDBY", "WARM_STANDBY", "PILOT_LIGHT", "BACKUP_AND_RESTORE");
  }

  @Test
  void tiers() {
    assertThat(Tier.TIER_1.rank()).isEqualTo(1);
    assertThat(Tier.TIER_1.isMoreCriticalThan(Tier.TIER_3)).isTrue();
    assertThat(Tier.TIER_2.requiresTargets()).isTrue();
    assertThat(Tier.TIER_3.requiresTargets()).isFalse();
  }

  @Test
  void backupWorstCaseRecoveryPoint() {
    BackupPolicy p = BackupPolicy.builder().frequency(Duration.ofHours(24)).jobDuration(Duration.ofHours(1))
        .retention(Duration.ofDays(35)).build();
    assertThat(p.worstCaseRecoveryPoint()).isEqualTo(Duration.ofHours(25));
    assertThat(Replication.synchronous().lag()).isZero();
    assertThat(Replication.asynchronous(Duration.ofSeconds(30)).toString()).isEqualTo("ASYNCHRONOUS lag PT30S");
  }
}
