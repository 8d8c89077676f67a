package io.github.ctokit.core.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DrillRecordTest {

  static DrillRecord drill() {
    return DrillRecord.builder().scenario("eu-west-1 lost").type(DrillType.FULL_INTERRUPTION)
        .date(LocalDate.of(2027, 1, 15)).disruption(DisruptionType.REGION)
        .addResults(DrillResult.builder().service(ServiceId.of("db")).achievedRecoveryTime(Duration.ofMinutes(50))
                .passed(true).build(),
            DrillResult.builder().service(ServiceId.of("api")).passed(false).build())
        .addRemediation(RemediationItem.builder().title("script the promotion").due(LocalDate.of(2027, 3, 1))
            .closed(LocalDate.of(2027, 3, 5)).build())
        .addEvidence("JIRA:DR-118").build();
  }

  @Test
  void scopeResultsAndRemediationDates() {
    DrillRecord d = drill();
    assertThat(d.scope()).containsExactly(ServiceId.of("db"), ServiceId.of("api"));
    assertThat(d.result(ServiceId.of("api")).orElseThrow().passed()).isFalse();
    assertThat(d.result(ServiceId.of("web"))).isEmpty();
    RemediationItem item = d.remediation().get(0);
    assertThat(item.isOverdue(LocalDate.of(2027, 3, 1))).isFalse(); // due today
    assertThat(item.isOverdue(LocalDate.of(2027, 3, 2))).isTrue();
    assertThat(item.isOverdue(LocalDate.of(2027, 3, 5))).isFalse(); // closed that day
    assertThat(DrillType.PARALLEL.recoversSystems()).isTrue();
    assertThat(DrillType.SIMULATION.recoversSystems()).isFalse();
  }

  @Test
  void invalidRecordsAreRejected() {
    DrillRecord.Builder empty = DrillRecord.builder().type(DrillType.TABLETOP).date(LocalDate.of(2027, 1, 1))
        .disruption(DisruptionType.ZONE);
    assertThatThrownBy(empty::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("results must not be empty (a drill covers at least one service)");
    DrillResult r = DrillResult.builder().service(ServiceId.of("db")).passed(true).build();
    assertThatThrownBy(() -> DrillRecord.builder().from(drill()).addResults(r).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("results must name each service once (was 'db' twice)");
    assertThatThrownBy(() -> DrillRecord.builder().from(drill()).addEvidence(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("evidence[1] must be non-blank and at most 500 characters (had 1)");
    assertThatThrownBy(() -> RemediationItem.builder().title("").due(LocalDate.of(2027, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("title must be non-blank and at most 500 characters (had 0)");
    assertThatThrownBy(() -> DrillResult.builder().service(ServiceId.of("db")).passed(true)
        .achievedRecoveryTime(Duration.ofMinutes(-1)).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("achievedRecoveryTime must be zero or more (was PT-1M)");
  }
}
