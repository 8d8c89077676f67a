package io.github.ctokit.scoring.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctokit.core.Estimate;
import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.people.Demand;
import io.github.ctokit.core.people.Effort;
import io.github.ctokit.core.people.Initiative;
import io.github.ctokit.core.people.InitiativeId;
import io.github.ctokit.core.people.Membership;
import io.github.ctokit.core.people.Need;
import io.github.ctokit.core.people.Organisation;
import io.github.ctokit.core.people.Person;
import io.github.ctokit.core.people.RampUp;
import io.github.ctokit.core.people.Requisition;
import io.github.ctokit.core.people.RequisitionId;
import io.github.ctokit.core.people.Role;
import io.github.ctokit.core.people.Skill;
import io.github.ctokit.core.people.SkillId;
import io.github.ctokit.core.people.Team;
import io.github.ctokit.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** A hand-computed allocation: who does what, what is left, why, and when to hire. */
class AllocationTest {

  static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
  static final LocalDateRange WEEK = LocalDateRange.of(MONDAY, MONDAY.plusDays(7));
  static final SkillId BACKEND = SkillId.of("backend");
  static final SkillId FRONTEND = SkillId.of("frontend");
  static final InitiativeId I1 = InitiativeId.of("I1");
  static final InitiativeId I2 = InitiativeId.of("I2");
  static final InitiativeId I3 = InitiativeId.of("I3");

  static Person person(String id, Role role, Skill... skills) {
    return Person.builder().id(PersonId.of(id)).name("Name " + id).role(role.id())
        .employmentStart(LocalDate.of(2022, 1, 3)).addSkills(skills).build();
  }

  static Organisation org() {
    return Organisation.builder().addSkills(BACKEND, FRONTEND)
        .addPeople(person("A", Role.DEVELOPER, Skill.of(BACKEND, 4)),
            person("B", Role.DEVELOPER, Skill.of(BACKEND, 2), Skill.of(FRONTEND, 3)),
            person("C", Role.QA))
        .addTeams(Team.builder().id(TeamId.of("core")).name("Core")
            .addMemberships(Membership.of(PersonId.of("A"), 100, WEEK), Membership.of(PersonId.of("B"), 100, WEEK),
                Membership.of(PersonId.of("C"), 100, WEEK))
            .build())
        .build();
  }

  static Demand demand() {
    return Demand.builder()
        .addInitiatives(Initiative.builder().id(I1).name("Ledger").priority(1)
            .addEfforts(Effort.ofSkill(BACKEND, 3, WEEK, 50)).build())
        .addInitiatives(Initiative.builder().id(I2).name("Checkout").priority(2)
            .addEfforts(Effort.ofSkill(FRONTEND, 1, WEEK, 30), Effort.ofSkill(BACKEND, 1, WEEK, 20)).build())
        .addInitiatives(Initiative.builder().id(I3).name("Search").priority(3)
            .addEfforts(Effort.ofSkill(BACKEND, 1, WEEK, 20), Effort.ofRole(Role.QA.id(), WEEK, 10),
                Effort.ofRole(Role.SECURITY.id(), WEEK, 5)).build())
        .build();
  }

  @Test
  void allocatesByPriorityWithinSkillsAndLimits() {
    CapacityPlan plan = CapacityPlanner.of(org()).over(WEEK).plan(demand());
    // weights 3/2/1: A (only backend@3+) → I1 40 h; B → I2 40 of 50 h; C → I3 QA 10 h
    assertThat(plan.weightedCoverage()).isEqualTo(40 * 3 + 40 * 2 + 10 * 1);
    assertThat(plan.coveredHours(I1)).isEqualTo(40.0);
    assertThat(plan.coveredHours(I2)).isEqualTo(40.0);
    assertThat(plan.coveredHours(I3)).isEqualTo(10.0);
    assertThat(plan.wantedHours(I3)).isEqualTo(35.0);
    assertThat(plan.allocatedHours(PersonId.of("A"))).isEqualTo(40.0);
    assertThat(plan.allocatedHours(PersonId.of("C"))).isEqualTo(10.0);
    assertThat(plan.utilisation(PersonId.of("C")).ratio()).hasValue(0.25);
    // demand 135 h on capacity 120 h
    assertThat(plan.utilisation().ratio().getAsDouble()).isEqualTo(135.0 / 120);
    assertThat(plan.assignments()).contains(new Assignment(PersonId.of("A"), I1, Need.skill(BACKEND, 3), WEEK, 40));
  }

  @Test
  void explainsEveryUnmetDemand() {
    CapacityPlan plan = CapacityPlanner.of(org()).over(WEEK).plan(demand());
    List<UnmetDemand> unmet = plan.unmetDemand();
    UnmetDemand ledger = unmet.stream().filter(u -> u.initiative().equals(I1)).findFirst().orElseThrow();
    assertThat(ledger.reason()).isEqualTo(UnmetReason.QUALIFIED_CAPACITY_EXHAUSTED);
    assertThat(ledger.unmetHours()).isEqualTo(10.0);
    assertThat(ledger.qualifiedPeople()).isEqualTo(1);
    assertThat(ledger.qualifiedHours()).isEqualTo(40.0);
    assertThat(ledger.competing()).isEmpty();
    UnmetDemand search = unmet.stream().filter(u -> u.initiative().equals(I3) && u.need().equals(Need.skill(BACKEND, 1)))
        .findFirst().orElseThrow();
    assertThat(search.reason()).isEqualTo(UnmetReason.QUALIFIED_CAPACITY_EXHAUSTED);
    assertThat(search.qualifiedPeople()).isEqualTo(2);
    assertThat(search.competing()).containsOnlyKeys(I2, I1);
    assertThat(search.explain()).startsWith("I3 (priority 3) misses 20 h of 20 h backend@1+ in week 2027-03-01: "
        + "2 qualified people had 80 h, all allocated");
    UnmetDemand security = unmet.stream().filter(u -> u.need().equals(Need.role(Role.SECURITY.id()))).findFirst()
        .orElseThrow();
    assertThat(security.reason()).isEqualTo(UnmetReason.NO_QUALIFIED_PEOPLE);
    assertThat(security.explain()).endsWith("no one holds role ROLE-security");
    double unmetTotal = unmet.stream().mapToDouble(UnmetDemand::unmetHours).sum();
    assertThat(unmetTotal).isEqualTo(135.0 - 90.0);
  }

  @Test
  void unavailablePeopleAreTheReasonWhenAllAreOff() {
    Organisation org = org().withPeople(List.of(
        person("A", Role.DEVELOPER, Skill.of(BACKEND, 4)).withEmploymentStart(MONDAY.plusDays(7)),
        person("B", Role.DEVELOPER), person("C", Role.QA)));
    Demand demand = Demand.builder().addInitiatives(Initiative.builder().id(I1).name("Ledger")
        .addEfforts(Effort.ofSkill(BACKEND, 3, WEEK, 50)).build()).build();
    CapacityPlan plan = CapacityPlanner.of(org.withTeams(List.of())).over(WEEK).plan(demand);
    assertThat(plan.unmetDemand()).singleElement().extracting(UnmetDemand::reason)
        .isEqualTo(UnmetReason.QUALIFIED_PEOPLE_UNAVAILABLE);
  }

  @Test
  void gapsBusFactorsAndKeyPeople() {
    CapacityPlan plan = CapacityPlanner.of(org()).over(WEEK).plan(demand());
    // B's 40 h go to I2 (weight 2); how they split between I2's two lines is a tie the solver breaks
    assertThat(plan.gaps()).extracting(Gap::need).containsExactly(Need.skill(BACKEND, 1), Need.skill(BACKEND, 3),
        Need.skill(FRONTEND, 1), Need.role(Role.SECURITY.id()));
    assertThat(plan.gaps().stream().mapToDouble(Gap::unmetHours).sum()).isEqualTo(45.0);
    assertThat(plan.gaps().get(0).initiatives()).contains(I3);
    assertThat(plan.gaps().get(1).unmetHours()).isEqualTo(10.0);
    assertThat(plan.busFactors()).extracting(BusFactor::value).containsExactly(1, 1);
    assertThat(plan.keyPersonRisks()).extracting(KeyPersonRisk::person, KeyPersonRisk::skill).containsExactly(
        org.assertj.core.groups.Tuple.tuple(PersonId.of("A"), BACKEND),
        org.assertj.core.groups.Tuple.tuple(PersonId.of("B"), FRONTEND));
    SkillBalance backend = plan.skillBalance(BACKEND);
    assertThat(backend.demandHours()).isEqualTo(90.0);
    assertThat(backend.supplyHours()).isEqualTo(80.0);
    assertThat(backend.allocatedHours() + plan.skillBalance(FRONTEND).allocatedHours()).isEqualTo(80.0);
    assertThat(backend.gapHours()).isEqualTo(90.0 - backend.allocatedHours());
    assertThat(backend.utilisation().toString()).isEqualTo("112.5 %");
  }

  @Test
  void hiringPlanWorksBackFromTheFirstGap() {
    CapacityPlan plan = CapacityPlanner.of(org()).over(WEEK).withHiringThreshold(0).plan(demand());
    // the default threshold (40 h) leaves these small gaps out
    assertThat(CapacityPlanner.of(org()).over(WEEK).plan(demand()).hiringPlan()).isEmpty();
    HiringNeed expert = plan.hiringPlan().stream().filter(h -> h.need().equals(Need.skill(BACKEND, 3))).findFirst()
        .orElseThrow();
    // default hire: 90-day linear ramp, time to fill threePoint(36, 51, 62) read HIGH = 62 days
    assertThat(expert.firstGap()).isEqualTo(MONDAY);
    assertThat(expert.hires()).isEqualTo(1);
    assertThat(expert.latestStart()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(expert.latestOpening()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(expert.late()).isTrue();
    // a matching requisition supplies its own time to fill and ramp-up
    Requisition req = Requisition.builder().id(RequisitionId.of("REQ-1")).team(TeamId.of("core"))
        .role(Role.DEVELOPER.id()).skill(BACKEND).level(4).wantedStart(MONDAY)
        .timeToFillDays(Estimate.threePoint(20, 30, 40)).rampUp(RampUp.step(30, 0)).build();
    CapacityPlan withReq = CapacityPlanner.of(org().withRequisitions(List.of(req))).over(WEEK)
        .withAsOf(LocalDate.of(2026, 11, 1)).withHiringThreshold(0).plan(demand());
    HiringNeed viaReq = withReq.hiringPlan().stream().filter(h -> h.need().equals(Need.skill(BACKEND, 3)))
        .findFirst().orElseThrow();
    assertThat(viaReq.requisition()).isEqualTo(Optional.of(RequisitionId.of("REQ-1")));
    assertThat(viaReq.latestStart()).isEqualTo(LocalDate.of(2027, 1, 30));
    assertThat(viaReq.latestOpening()).isEqualTo(LocalDate.of(2026, 12, 21));
    assertThat(viaReq.late()).isFalse();
  }

  @Test
  void whatIfAddingMovingLosingAndFilling() {
    Organisation base = org();
    Person expert = person("D", Role.DEVELOPER, Skill.of(BACKEND, 3));
    CapacityPlan added = CapacityPlanner.of(WhatIf.adding(base, expert, TeamId.of("core"), 100)).over(WEEK)
        .plan(demand());
    assertThat(added.coveredHours(I1)).isEqualTo(50.0);
    CapacityPlan lost = CapacityPlanner.of(WhatIf.losing(base, PersonId.of("A"), MONDAY.plusDays(2))).over(WEEK)
        .plan(demand());
    assertThat(lost.coveredHours(I1)).isEqualTo(16.0);
    Organisation gone = WhatIf.losing(base, PersonId.of("A"), MONDAY.minusYears(10));
    assertThat(gone.person(PersonId.of("A"))).isEmpty();
    assertThat(gone.validate().isValid()).isTrue();
    Organisation moved = WhatIf.moving(base.withTeams(List.of(base.teams().get(0),
        Team.builder().id(TeamId.of("edge")).name("Edge").build())), PersonId.of("B"), TeamId.of("edge"), MONDAY.plusDays(3));
    Capacity c = CapacityPlanner.of(moved).over(WEEK).capacity();
    assertThat(c.team(TeamId.of("edge"), Granularity.WEEK).hours(0)).isEqualTo(16.0);
    assertThat(c.team(TeamId.of("core"), Granularity.WEEK).hours(0)).isEqualTo(40 + 24 + 40);
    Requisition req = Requisition.builder().id(RequisitionId.of("REQ-1")).team(TeamId.of("core"))
        .role(Role.SECURITY.id()).skill(BACKEND).level(3).wantedStart(MONDAY)
        .timeToFillDays(Estimate.exactly(30)).build();
    Organisation filled = WhatIf.fillingRequisitions(base.withRequisitions(List.of(req)));
    assertThat(filled.requisitions()).isEmpty();
    CapacityPlan hired = CapacityPlanner.of(filled).over(WEEK).plan(demand());
    // the placeholder's 40 h close I1 (10 h, weight 3) and I2 (10 h, weight 2); 20 h more go to I3 (weight 1)
    assertThat(hired.weightedCoverage()).isEqualTo(210 + 10 * 3 + 10 * 2 + 20 * 1);
    assertThat(hired.capacity().people()).contains(PersonId.of("req:REQ-1"));
  }

  @Test
  void invalidDemandIsReportedAllAtOnce() {
    Demand bad = Demand.builder().addInitiatives(Initiative.builder().id(I1).name("x")
            .addEfforts(Effort.ofSkill(SkillId.of("cobol"), 1, WEEK, 1),
                Effort.ofSkill(BACKEND, 1, LocalDateRange.of(MONDAY.plusYears(1), MONDAY.plusYears(1).plusDays(1)), 1))
            .build(),
        Initiative.builder().id(I1).name("y").build()).build();
    assertThatThrownBy(() -> CapacityPlanner.of(org()).over(WEEK).plan(bad))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.code()).containsExactly("people.unknown-skill", "people.demand-outside-plan",
                "people.duplicate-id"));
    assertThatThrownBy(() -> CapacityPlanner.of(org()).capacity()).isInstanceOf(IllegalStateException.class);
  }
}
