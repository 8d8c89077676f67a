package io.github.ctokit.core.continuity;

import com.google.common.testing.NullPointerTester;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.RoleId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every public method of the continuity model rejects null with a NullPointerException. */
class ContinuityNullnessTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(Duration.class, Duration.ofMinutes(1))
      .setDefault(ServiceId.class, ServiceId.of("x"))
      .setDefault(DisruptionType.class, DisruptionType.REGION)
      .setDefault(io.github.ctokit.core.Level.class, LevelScale.fourLevel().lowest())
      .setDefault(String.class, "x")
      .setDefault(Placement.class, Placement.unspecified())
      .setDefault(FailureDomain.class, FailureDomain.zone("z"));

  @Test
  void staticFactories() {
    for (Class<?> type : new Class<?>[] {ServiceId.class, ProcessId.class, Dependency.class, Replication.class,
        ImpactPoint.class, RunbookStep.class, DrPlan.class, Placement.class, RecoveryTargets.class,
        FailureDomain.class}) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void instanceMethods() {
    Service s = Service.builder().id(ServiceId.of("a")).tier(Tier.TIER_3).owner(RoleId.of("r")).build();
    tester.testAllPublicInstanceMethods(s);
    tester.testAllPublicInstanceMethods(DrPlan.builder().addServices(s).build());
    tester.testAllPublicInstanceMethods(ModelTest.curve());
    tester.testAllPublicInstanceMethods(DrStrategy.PILOT_LIGHT);
    tester.testAllPublicInstanceMethods(Service.builder());
    tester.testAllPublicInstanceMethods(FailureDomain.region("eu-west-1"));
    tester.testAllPublicInstanceMethods(DrillRecordTest.drill());
    tester.testAllPublicInstanceMethods(DrillRecordTest.drill().remediation().get(0));
  }
}
