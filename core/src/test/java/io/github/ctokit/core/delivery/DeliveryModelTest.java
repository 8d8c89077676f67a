package io.github.ctokit.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctokit.core.TeamId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The delivery model's single-value rules, calendar arithmetic and history views. */
class DeliveryModelTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

  @Test
  void calendarCountsHolidaysOnceAndOnlyOnWorkingDays() {
    // Productive: 20 working days; two bank holidays on working days remove 2, one on a Sunday none.
    WorkingCalendar calendar = WorkingCalendar.mondayToFriday()
        .withHolidays(List.of(MONDAY.plusDays(7), MONDAY.plusDays(7), MONDAY.plusDays(14), MONDAY.plusDays(6)));
    assertThat(WorkingCalendar.mondayToFriday().workingDays(MONDAY, MONDAY.plusDays(28))).isEqualTo(20);
    assertThat(calendar.workingDays(MONDAY, MONDAY.plusDays(28))).isEqualTo(18);
    assertThat(calendar.holidays()).containsExactly(MONDAY.plusDays(7), MONDAY.plusDays(14));
    assertThat(calendar.isWorkingDay(MONDAY.plusDays(7))).isFalse();
    assertThat(calendar.isWorkingDay(MONDAY.plusDays(8))).isTrue();
    assertThat(calendar.workingDays(MONDAY.plusDays(5), MONDAY)).isZero();
    assertThat(WorkingCalendar.of(EnumSet.of(DayOfWeek.SUNDAY)).workingDaysPerWeek()).isEqualTo(1);
    assertThat(WorkingCalendar.everyDay().workingDays(MONDAY, MONDAY.plusDays(10))).isEqualTo(10);
    assertThatThrownBy(() -> WorkingCalendar.of(EnumSet.noneOf(DayOfWeek.class)))
        .hasMessage("workingDays must hold at least one day of the week (was empty)");
    assertThat(calendar).isEqualTo(WorkingCalendar.mondayToFriday().withHolidays(List.of(MONDAY.plusDays(14), MONDAY.plusDays(7))));
    assertThat(calendar.toString()).isEqualTo("[MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY] − 2 holidays");
  }

  @Test
  void historyFromFinishDatesKeepsZeroPeriods() {
    ThroughputHistory h = ThroughputHistory.fromFinishDates(ThroughputPeriod.WEEK, MONDAY, MONDAY.plusDays(30),
        WorkingCalendar.mondayToFriday(), List.of(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(20), MONDAY.plusDays(29)));
    // 4 whole weeks (the partial fifth is dropped), the empty second week kept as 0.
    assertThat(h.counts()).containsExactly(2, 0, 1, 0);
    assertThat(h.total()).isEqualTo(3);
    assertThat(h.endExclusive()).isEqualTo(MONDAY.plusDays(28));
    assertThat(h.until(MONDAY.plusDays(15)).counts()).containsExactly(2, 0);
    assertThat(h.last(2).start()).isEqualTo(MONDAY.plusDays(14));
    assertThat(h.workingDays(0)).isEqualTo(5);
    assertThat(h.toString()).isEqualTo("4 WEEK periods from 2027-01-04, 3 items");
    assertThatThrownBy(() -> ThroughputHistory.fromFinishDates(ThroughputPeriod.DAY, MONDAY, MONDAY.plusDays(3),
        WorkingCalendar.mondayToFriday(), List.of(MONDAY.plusDays(3))))
        .hasMessage("finished dates must lie within [2027-01-04, 2027-01-07) (was 2027-01-07)");
  }

  @Test
  void historyRejectsBadCountsAndReportsWholeHistoryRules() {
    assertThatThrownBy(() -> ThroughputHistory.daily(MONDAY, WorkingCalendar.mondayToFriday(), 1, -2))
        .hasMessage("counts[1] must be within [0, 1000000] (was -2)");
    assertThat(ThroughputHistory.weekly(MONDAY, WorkingCalendar.mondayToFriday()).validate().errors())
        .extracting(v -> v.code()).containsExactly("delivery.empty-history");
    WorkingCalendar shutdown = WorkingCalendar.mondayToFriday().withHolidays(
        List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4)));
    assertThat(ThroughputHistory.weekly(MONDAY, shutdown, 0, 4).validate().warnings())
        .extracting(v -> v.code() + " " + v.path()).containsExactly("delivery.no-working-day counts[0]");
  }

  @Test
  void scopeGrowthRoundsUpExactly() {
    assertThat(ScopeGrowth.grow(20, 1.1)).isEqualTo(22); // 20 × 1.1 = 22.000000000000004 in binary
    assertThat(ScopeGrowth.grow(20, 1.12)).isEqualTo(23);
    assertThat(ScopeGrowth.grow(0, 3)).isZero();
    assertThat(ScopeGrowth.between(1, 1.5).toString()).isEqualTo("split 1–1.5");
    assertThat(ScopeGrowth.none().isNone()).isTrue();
    assertThatThrownBy(() -> ScopeGrowth.between(1.5, 1.2)).hasMessage("high must be at least low (was 1.2 < 1.5)");
    assertThatThrownBy(() -> ScopeGrowth.between(0.5, 1.2)).hasMessage("low must be within [1, 10] (was 0.5)");
  }

  @Test
  void featureRules() {
    TeamId team = TeamId.of("team:web");
    Feature f = Feature.builder().id(FeatureId.of("EPIC-1")).priority(1).putWork(team, 10)
        .putWork(TeamId.of("team:api"), 4).build();
    assertThat(f.totalItems()).isEqualTo(14);
    assertThatThrownBy(() -> Feature.of(FeatureId.of("EPIC-2"), 0, team, 3))
        .hasMessage("priority must be 1 or more for feature EPIC-2 (was 0)");
    assertThatThrownBy(() -> Feature.of(FeatureId.of("EPIC-2"), 1, team, -3))
        .hasMessage("work[team:web] must be within [0, 1000000] for feature EPIC-2 (was -3)");
  }
}
