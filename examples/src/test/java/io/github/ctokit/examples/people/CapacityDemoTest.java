package io.github.ctokit.examples.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.people.Need;
import io.github.ctokit.core.people.Organisation;
import io.github.ctokit.core.people.Person;
import io.github.ctokit.core.delivery.WorkingCalendar;
import io.github.ctokit.scoring.capacity.Capacity;
import io.github.ctokit.scoring.capacity.CapacityPlan;
import io.github.ctokit.scoring.capacity.CapacityPlanner;
import io.github.ctokit.scoring.capacity.Granularity;
import io.github.ctokit.scoring.capacity.HiringNeed;
import io.github.ctokit.scoring.capacity.KeyPersonRisk;
import io.github.ctokit.scoring.capacity.UnmetDemand;
import io.github.ctokit.scoring.capacity.UnmetReason;
import io.github.ctokit.scoring.forecast.CapacityOutlook;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the capacity demo and checks its figures against the model and hand computation. */
class CapacityDemoTest {

  private static String output;
  private static CapacityPlan plan;

  @BeforeAll
  static void run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new CapacityDemo().run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
    plan = CapacityDemo.plan();
  }

  @Test
  void theCheckoutForecastIsScaledByThePlannedCapacity() {
    Organisation org = ExampleOrganisation.organisation();
    WorkingCalendar calendar = CapacityDemo.checkoutCalendar(org);
    Capacity past = CapacityPlanner.of(org).over(CapacityDemo.HISTORY_QUARTER).withFocusFactor(0.8).capacity();
    Capacity planned = plan.capacity();
    CapacityOutlook outlook = CapacityOutlook.of(past, planned, ExampleOrganisation.CHECKOUT, calendar);

    // Baseline by hand: the team's hours on England's working days of Q4 2026, averaged.
    double total = 0;
    int days = 0;
    for (LocalDate d = LocalDate.of(2026, 10, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5 && !d.equals(LocalDate.of(2026, 12, 25))
          && !d.equals(LocalDate.of(2026, 12, 28))) {
        total += past.team(ExampleOrganisation.CHECKOUT, Granularity.DAY)
            .hours((int) (d.toEpochDay() - LocalDate.of(2026, 10, 1).toEpochDay()));
        days++;
      }
    }
    assertThat(days).isEqualTo(64);
    assertThat(outlook.factor(LocalDate.of(2027, 1, 4))).isCloseTo(
        planned.team(ExampleOrganisation.CHECKOUT, Granularity.DAY).hours(3) / (total / days), within(1e-9));
    assertThat(outlook.plannedHours(LocalDate.of(2027, 1, 1))).isZero(); // New Year's Day
    // Katie (GB, frontend) is off 1–12 March: the team's planned hours drop that fortnight.
    assertThat(outlook.plannedHours(LocalDate.of(2027, 3, 3))).isLessThan(outlook.plannedHours(LocalDate.of(2027, 2, 24)));
    assertThat(output).contains("Checkout roadmap as of 2027-01-01").contains("checkout-redesign");
  }

  @Test
  void theOrganisationIsFortyPeopleInSixTeamsAndValid() {
    Organisation org = ExampleOrganisation.organisation();
    assertThat(org.people()).hasSize(40);
    assertThat(org.teams()).hasSize(6);
    assertThat(org.validate().isEmpty()).as(org.validate().toString()).isTrue();
    assertThat(ExampleOrganisation.roadmap().validate(org, ExampleOrganisation.PLAN).isEmpty()).isTrue();
    assertThat(output).startsWith("40 people in 6 teams, plan 2027-01-01/2027-04-01");
    for (Person p : org.people()) {
      assertThat(output).doesNotContain(p.name());
    }
  }

  @Test
  void capacityFollowsTheCalendar() {
    // P-01 (Lisbon, full time): 63 weekdays in Q1 2027 minus New Year, Carnival and Good Friday = 60 days
    // × 8 h × focus 0.8, less Madachy drag (25 %) for mentee P-06's first 20 days (2027-01-11 .. 01-30: 15 workdays)
    // and the expected share still employed at 13.2 % a year, day by day
    double hours = plan.capacity().person(PersonId.of("P-01"), Granularity.QUARTER).total();
    double expected = 0;
    for (LocalDate d = LocalDate.of(2027, 1, 1); d.isBefore(LocalDate.of(2027, 4, 1)); d = d.plusDays(1)) {
      boolean weekday = d.getDayOfWeek().getValue() <= 5;
      boolean holiday = d.equals(LocalDate.of(2027, 1, 1)) || d.equals(LocalDate.of(2027, 2, 9))
          || d.equals(LocalDate.of(2027, 3, 26));
      if (weekday && !holiday) {
        boolean mentoring = !d.isBefore(LocalDate.of(2027, 1, 11)) && d.isBefore(LocalDate.of(2027, 1, 31));
        long day = d.toEpochDay() - LocalDate.of(2027, 1, 1).toEpochDay();
        expected += 8 * 0.8 * (mentoring ? 0.75 : 1) * Math.pow(1 - 0.132, day / 365.0);
      }
    }
    assertThat(hours).isCloseTo(expected, within(1e-9));
    // the leaver P-19 has no capacity from 2027-02-15
    assertThat(plan.capacity().hours(PersonId.of("P-19"), LocalDate.of(2027, 2, 15))).isZero();
    assertThat(plan.capacity().hours(PersonId.of("P-19"), LocalDate.of(2027, 2, 12))).isPositive();
  }

  @Test
  void gapsAreExplainedAndPriorityOneIsFullyCovered() {
    assertThat(plan.coveredHours(io.github.ctokit.core.people.InitiativeId.of("psd3"))).isEqualTo(1180.0);
    assertThat(plan.coveredHours(io.github.ctokit.core.people.InitiativeId.of("soc2"))).isEqualTo(480.0);
    for (UnmetDemand u : plan.unmetDemand()) {
      assertThat(u.reason()).isEqualTo(UnmetReason.QUALIFIED_CAPACITY_EXHAUSTED);
    }
    assertThat(output).contains("mobile-ios@2+            268.7 h unmet over 13 weeks");
    assertThat(output).contains("ios-wallet (priority 2) misses");
  }

  @Test
  void keyPeopleAndHiringPlan() {
    assertThat(plan.keyPersonRisks()).extracting(KeyPersonRisk::person)
        .contains(PersonId.of("P-25"), PersonId.of("P-29"));
    HiringNeed ios = plan.hiringPlan().stream().filter(h -> h.need().equals(Need.skill(ExampleOrganisation.IOS, 2)))
        .findFirst().orElseThrow();
    // REQ-ios-senior: 90-day linear ramp, time to fill threePoint(45, 60, 90) read high
    assertThat(ios.latestStart()).isEqualTo(ios.firstGap().minusDays(90));
    assertThat(ios.latestOpening()).isEqualTo(ios.latestStart().minusDays(90));
    assertThat(ios.late()).isTrue();
    assertThat(output).contains("(REQ-ios-senior)  LATE");
  }

  @Test
  void losingTheMachineLearningExpertCostsCoverage() {
    assertThat(output).containsPattern("What if P-25 \\(machine learning 4\\) leaves on 2027-02-01: Fraud scoring model covered "
        + "[0-9.]+ → [0-9.]+ h");
    CapacityPlan after = CapacityDemo.planner(io.github.ctokit.scoring.capacity.WhatIf.losing(
        ExampleOrganisation.organisation(), CapacityDemo.ML_EXPERT, CapacityDemo.ML_EXPERT_LEAVES))
        .plan(ExampleOrganisation.roadmap());
    assertThat(after.weightedCoverage()).isLessThan(plan.weightedCoverage());
  }
}
