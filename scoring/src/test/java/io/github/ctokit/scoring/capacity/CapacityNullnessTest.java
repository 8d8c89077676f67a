package io.github.ctokit.scoring.capacity;

import com.google.common.testing.NullPointerTester;
import io.github.ctokit.core.Estimate;
import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.people.AttritionAssumption;
import io.github.ctokit.core.people.Effort;
import io.github.ctokit.core.people.InitiativeId;
import io.github.ctokit.core.people.Membership;
import io.github.ctokit.core.people.Need;
import io.github.ctokit.core.people.Organisation;
import io.github.ctokit.core.people.Person;
import io.github.ctokit.core.people.RampUp;
import io.github.ctokit.core.people.Role;
import io.github.ctokit.core.people.Skill;
import io.github.ctokit.core.people.SkillId;
import io.github.ctokit.core.people.TimeOff;
import io.github.ctokit.core.people.WorkWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/** Every public method of the people model and the capacity engine rejects null with a NullPointerException. */
class CapacityNullnessTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(PersonId.class, PersonId.of("A"))
      .setDefault(TeamId.class, TeamId.of("core"))
      .setDefault(SkillId.class, AllocationTest.BACKEND)
      .setDefault(RoleId.class, Role.DEVELOPER.id())
      .setDefault(InitiativeId.class, AllocationTest.I1)
      .setDefault(LocalDate.class, AllocationTest.MONDAY)
      .setDefault(LocalDateRange.class, AllocationTest.WEEK)
      .setDefault(YearQuarter.class, YearQuarter.of(2027, 1))
      .setDefault(Organisation.class, AllocationTest.org())
      .setDefault(io.github.ctokit.core.people.Demand.class, AllocationTest.demand())
      .setDefault(Person.class, AllocationTest.person("Z", Role.DEVELOPER))
      .setDefault(Estimate.class, Estimate.exactly(30))
      .setDefault(RampUp.class, RampUp.none())
      .setDefault(WorkWeek.class, WorkWeek.standard())
      .setDefault(AttritionAssumption.class, AttritionAssumption.none())
      .setDefault(Granularity.class, Granularity.WEEK);

  @Test
  void staticMethods() {
    tester.testAllPublicStaticMethods(CapacityPlanner.class);
    tester.testAllPublicStaticMethods(WhatIf.class);
    tester.testAllPublicStaticMethods(Utilisation.class);
    tester.testAllPublicStaticMethods(OnboardingDrag.class);
    tester.testAllPublicStaticMethods(CommunicationOverhead.class);
    tester.testAllPublicStaticMethods(Skill.class);
    tester.testAllPublicStaticMethods(Role.class);
    tester.testAllPublicStaticMethods(TimeOff.class);
    tester.testAllPublicStaticMethods(Membership.class);
    tester.testAllPublicStaticMethods(RampUp.class);
    tester.testAllPublicStaticMethods(Effort.class);
    tester.testAllPublicStaticMethods(Need.class);
    tester.testAllPublicStaticMethods(AttritionAssumption.class);
  }

  @Test
  void instanceMethods() {
    CapacityPlanner planner = CapacityPlanner.of(AllocationTest.org()).over(AllocationTest.WEEK);
    tester.testAllPublicInstanceMethods(planner);
    tester.testAllPublicInstanceMethods(planner.capacity());
    tester.testAllPublicInstanceMethods(planner.plan(AllocationTest.demand()));
    tester.testAllPublicInstanceMethods(AllocationTest.org());
    tester.testAllPublicInstanceMethods(AllocationTest.demand());
    tester.testAllPublicInstanceMethods(WorkWeek.standard());
  }
}
