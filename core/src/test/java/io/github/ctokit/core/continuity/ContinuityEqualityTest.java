package io.github.ctokit.core.continuity;

import com.google.common.testing.EqualsTester;
import io.github.ctokit.core.LevelScale;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** equals and hashCode of the hand-written continuity values. */
class ContinuityEqualityTest {

  @Test
  void smallValues() {
    LevelScale scale = LevelScale.threeLevel();
    new EqualsTester()
        .addEqualityGroup(Dependency.on(ServiceId.of("a")), Dependency.on(ServiceId.of("a")))
        .addEqualityGroup(Dependency.coupled(ServiceId.of("a")))
        .addEqualityGroup(Dependency.on(ServiceId.of("b")))
        .addEqualityGroup(Replication.synchronous(), Replication.synchronous())
        .addEqualityGroup(Replication.asynchronous(Duration.ZERO), Replication.asynchronous(Duration.ZERO))
        .addEqualityGroup(Replication.asynchronous(Duration.ofSeconds(1)))
        .addEqualityGroup(ImpactPoint.of(Duration.ZERO, scale.lowest()), ImpactPoint.of(Duration.ZERO, scale.lowest()))
        .addEqualityGroup(ImpactPoint.of(Duration.ZERO, scale.highest()))
        .addEqualityGroup(ServiceId.of("a"), ServiceId.of("a"))
        .addEqualityGroup(ProcessId.of("a"))
        .testEquals();
  }
}
