package io.github.ctokit.core.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FailureDomainTest {

  @Test
  void coversMatchesTheLabelOfItsTypeAndSaysNothingForUnplacedServices() {
    Placement a = Placement.builder().region("eu-west-1").zone("eu-west-1a").build();
    Placement regionOnly = Placement.builder().region("eu-west-1").build();
    assertThat(FailureDomain.zone("eu-west-1a").covers(a)).contains(true);
    assertThat(FailureDomain.zone("eu-west-1b").covers(a)).contains(false);
    assertThat(FailureDomain.zone("eu-west-1a").covers(regionOnly)).isEmpty();
    assertThat(FailureDomain.region("eu-west-1").covers(regionOnly)).contains(true);
    assertThat(FailureDomain.region("us-east-1").covers(Placement.unspecified())).isEmpty();
  }

  @Test
  void valueSemanticsAndOrder() {
    assertThat(FailureDomain.of(DisruptionType.ZONE, "a")).isEqualTo(FailureDomain.zone("a"))
        .hasSameHashCodeAs(FailureDomain.zone("a")).isNotEqualTo(FailureDomain.region("a"));
    assertThat(FailureDomain.region("z")).isLessThan(FailureDomain.zone("a"));
    assertThat(FailureDomain.zone("a")).isLessThan(FailureDomain.zone("b"));
    assertThat(FailureDomain.zone("eu-west-1a")).hasToString("ZONE eu-west-1a");
    assertThatThrownBy(() -> FailureDomain.of(DisruptionType.APPLICATION, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type must be ZONE or REGION for a failure domain (was APPLICATION)");
    assertThatThrownBy(() -> FailureDomain.region("x".repeat(129))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region must be non-blank and at most 128 characters (had 129)");
  }
}
