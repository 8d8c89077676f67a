package io.github.ctokit.scoring.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Planned capacity: later settings replace earlier ones; unplanned days keep the baseline. */
class CapacityOutlookTest {

  private static final LocalDate DAY = LocalDate.of(2027, 12, 20);

  @Test
  void laterSettingsWinAndUnplannedDaysKeepTheBaseline() {
    CapacityOutlook outlook = CapacityOutlook.baseline(30).withPlanned(DAY, DAY.plusDays(11), 12)
        .withDaily(DAY.plusDays(10), 18, 24, 36);
    assertThat(outlook.factor(DAY)).isEqualTo(0.4);
    assertThat(outlook.plannedHours(DAY.plusDays(10))).isEqualTo(18);
    assertThat(outlook.plannedHours(DAY.plusDays(12))).isEqualTo(36);
    assertThat(outlook.plannedHours(DAY.plusDays(13))).isEqualTo(30);
    assertThat(outlook.plannedHours(DAY.minusDays(1))).isEqualTo(30);
    assertThat(outlook.plannedDays()).isEqualTo(13);
    assertThat(outlook.isFlat()).isFalse();
    assertThat(outlook.toString()).isEqualTo("baseline 30 h/day, 13 planned days");
  }

  @Test
  void rejectsBadValues() {
    assertThatThrownBy(() -> CapacityOutlook.baseline(0)).hasMessageStartingWith("hoursPerDay must be more than 0 (was 0)");
    assertThatThrownBy(() -> CapacityOutlook.baseline(8).withPlanned(DAY, DAY.minusDays(1), 4))
        .hasMessage("from must be on or before toInclusive (was 2027-12-20 > 2027-12-19)");
    assertThatThrownBy(() -> CapacityOutlook.baseline(8).withDaily(DAY, 4, -1))
        .hasMessage("hoursPerDay[1] must be within [0, 10000000] (was -1)");
  }
}
