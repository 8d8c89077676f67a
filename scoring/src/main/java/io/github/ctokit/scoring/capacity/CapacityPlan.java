package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.people.Demand;
import io.github.ctokit.core.people.InitiativeId;
import io.github.ctokit.core.people.Need;
import io.github.ctokit.core.people.Person;
import io.github.ctokit.core.people.RampUp;
import io.github.ctokit.core.people.Requisition;
import io.github.ctokit.core.people.RequisitionId;
import io.github.ctokit.core.people.Skill;
import io.github.ctokit.core.people.SkillId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;

/**
 * The result of {@link CapacityPlanner#plan(Demand)}: capacity, the exact allocation of people to
 * demand week by week, every unmet demand explained, gaps, supply and demand per skill, bus
 * factors, key-person risks and the hiring plan. Immutable and thread-safe.
 *
 * <p>The allocation is optimal: no other allocation that respects skills, levels, roles and
 * every person's weekly limit ({@code effective hours × maximum utilisation}) covers more
 * priority-weighted hours ({@link #weightedCoverage()}). Hours are allocated in whole minutes.
 *
 * <pre>{@code
 * CapacityPlan plan = CapacityPlanner.of(org).over(YearQuarter.of(2027, 1)).plan(roadmap);
 * plan.gaps();                       // unmet hours per need and week
 * plan.unmetDemand().get(0).explain();
 * plan.hiringPlan();                 // latest requisition dates
 * }</pre>
 */
public final class CapacityPlan {

  private final CapacityPlanner planner;
  private final Capacity capacity;
  private final Demand demand;
  private final Allocator allocation;
  private final List<Gap> gaps;

  CapacityPlan(CapacityPlanner planner, Capacity capacity, Demand demand, Allocator allocation) {
    this.planner = planner;
    this.capacity = capacity;
    this.demand = demand;
    this.allocation = allocation;
    this.gaps = computeGaps();
  }

  /**
   * Returns the plan period.
   *
   * @return the half-open period
   */
  public LocalDateRange plan() {
    return capacity.plan();
  }

  /**
   * Returns the effective capacity the plan allocates.
   *
   * @return the capacity
   */
  public Capacity capacity() {
    return capacity;
  }

  /**
   * Returns the demand planned.
   *
   * @return the demand
   */
  public Demand demand() {
    return demand;
  }

  /**
   * Returns the weeks of the plan, cut at its edges.
   *
   * @return the weeks, in order
   */
  public List<LocalDateRange> weeks() {
    return allocation.weeks;
  }

  /**
   * Returns every assignment: by week, then person id order of the organisation, then effort line.
   *
   * @return the assignments
   */
  public List<Assignment> assignments() {
    return Collections.unmodifiableList(allocation.assignments);
  }

  /**
   * Returns every effort line and week the allocation left partly or wholly uncovered, explained.
   *
   * @return the unmet demand, by week then effort line
   */
  public List<UnmetDemand> unmetDemand() {
    return Collections.unmodifiableList(allocation.unmet);
  }

  /**
   * Returns the gaps: unmet hours per need and week.
   *
   * @return the gaps, by need then week
   */
  public List<Gap> gaps() {
    return gaps;
  }

  /**
   * Returns the objective the allocation maximises: {@code Σ weight × covered hours}, with the
   * weights of the planner's {@link PriorityWeighting}.
   *
   * @return zero or more
   */
  public double weightedCoverage() {
    return allocation.weightedMinutes / 60.0;
  }

  /**
   * Returns the hours an initiative wanted within the plan.
   *
   * @param initiative the initiative
   * @return hours, zero or more
   * @throws IllegalArgumentException if the initiative is not in the demand
   */
  public double wantedHours(InitiativeId initiative) {
    return sum(initiative, true);
  }

  /**
   * Returns the hours allocated to an initiative.
   *
   * @param initiative the initiative
   * @return hours, zero or more, at most {@link #wantedHours(InitiativeId)}
   * @throws IllegalArgumentException if the initiative is not in the demand
   */
  public double coveredHours(InitiativeId initiative) {
    return sum(initiative, false);
  }

  private double sum(InitiativeId initiative, boolean wanted) {
    Objects.requireNonNull(initiative, "initiative");
    long total = 0;
    boolean found = false;
    for (Allocator.Line line : allocation.lines) {
      if (line.initiative.equals(initiative)) {
        found = true;
        for (long m : wanted ? line.wanted : line.covered) {
          total += m;
        }
      }
    }
    if (!found && demand.initiatives().stream().noneMatch(i -> i.id().equals(initiative))) {
      throw new IllegalArgumentException("initiative must be in the demand (was '" + initiative + "')");
    }
    return total / 60.0;
  }

  /**
   * Returns the hours allocated to a person over the plan.
   *
   * @param person the person
   * @return hours, zero or more, at most their effective hours times the maximum utilisation
   * @throws IllegalArgumentException if the person is unknown
   */
  public double allocatedHours(PersonId person) {
    return allocation.allocatedHours(capacity.personIndex(person));
  }

  /**
   * Returns a person's allocated hours over their effective hours; undefined at zero capacity.
   *
   * @param person the person
   * @return the utilisation
   * @throws IllegalArgumentException if the person is unknown
   */
  public Utilisation utilisation(PersonId person) {
    return Utilisation.of(allocatedHours(person), capacity.person(person, Granularity.QUARTER).total());
  }

  /**
   * Returns the organisation's utilisation: total demand within the plan over total effective
   * capacity ({@code Σ/Σ}, never a mean of ratios); undefined at zero capacity.
   *
   * @return the utilisation
   */
  public Utilisation utilisation() {
    long wanted = 0;
    for (Allocator.Line line : allocation.lines) {
      for (long m : line.wanted) {
        wanted += m;
      }
    }
    return Utilisation.of(wanted / 60.0, capacity.totalHours());
  }

  /**
   * Returns supply and demand per skill per week, for every skill of the catalogue.
   *
   * @return the balances, by skill (catalogue order) then week
   */
  public List<SkillBalance> skillBalances() {
    List<SkillBalance> out = new ArrayList<>();
    List<LocalDateRange> weeks = allocation.weeks;
    for (SkillId skill : planner.organisation().skills()) {
      HoursSeries supply = capacity.skill(skill, Granularity.WEEK);
      for (int k = 0; k < weeks.size(); k++) {
        long wanted = 0;
        long covered = 0;
        for (Allocator.Line line : allocation.lines) {
          if (line.need.skill().filter(skill::equals).isPresent()) {
            wanted += line.wanted[k];
            covered += line.covered[k];
          }
        }
        out.add(new SkillBalance(skill, weeks.get(k), wanted / 60.0, supply.hours(k), covered / 60.0));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns supply and demand of one skill over the whole plan.
   *
   * @param skill the skill
   * @return the balance over the plan period
   * @throws NullPointerException if {@code skill} is null
   */
  public SkillBalance skillBalance(SkillId skill) {
    Objects.requireNonNull(skill, "skill");
    long wanted = 0;
    long covered = 0;
    for (Allocator.Line line : allocation.lines) {
      if (line.need.skill().filter(skill::equals).isPresent()) {
        for (int k = 0; k < line.wanted.length; k++) {
          wanted += line.wanted[k];
          covered += line.covered[k];
        }
      }
    }
    return new SkillBalance(skill, plan(), wanted / 60.0, capacity.skill(skill, Granularity.QUARTER).total(),
        covered / 60.0);
  }

  /**
   * Returns the bus factor of every skill of the catalogue.
   *
   * @return one per skill, in catalogue order
   */
  public List<BusFactor> busFactors() {
    List<BusFactor> out = new ArrayList<>();
    for (SkillId skill : planner.organisation().skills()) {
      List<PersonId> experts = new ArrayList<>();
      for (Person p : planner.organisation().people()) {
        if (p.proficiency(skill).orElse(0) >= Skill.EXPERT && employedDuringPlan(p)) {
          experts.add(p.id());
        }
      }
      Collections.sort(experts);
      out.add(new BusFactor(skill, experts, skillBalance(skill).demandHours()));
    }
    return Collections.unmodifiableList(out);
  }

  private boolean employedDuringPlan(Person p) {
    return p.employmentStart().isBefore(plan().getEnd())
        && p.employmentEnd().map(end -> end.isAfter(plan().getStart())).orElse(true);
  }

  /**
   * Returns the people whose loss would leave a demanded skill with no more than the planner's
   * key-person threshold of experts minus one: by default, the only expert of a skill the demand
   * needs.
   *
   * @return the risks, by skill then person
   */
  public List<KeyPersonRisk> keyPersonRisks() {
    List<KeyPersonRisk> out = new ArrayList<>();
    for (BusFactor b : busFactors()) {
      if (b.demandHours() > 0 && b.value() >= 1 && b.value() <= planner.keyPersonThreshold()) {
        for (PersonId p : b.experts()) {
          out.add(new KeyPersonRisk(p, b.skill(), b.value(), b.demandHours()));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  private List<Gap> computeGaps() {
    Map<Need, Map<Integer, long[]>> byNeed = new TreeMap<>();
    Map<Need, Map<Integer, Set<Allocator.Line>>> who = new TreeMap<>();
    for (Allocator.Line line : allocation.lines) {
      for (int k = 0; k < line.wanted.length; k++) {
        long missing = line.wanted[k] - line.covered[k];
        if (missing > 0) {
          byNeed.computeIfAbsent(line.need, x -> new TreeMap<>()).computeIfAbsent(k, x -> new long[1])[0] += missing;
          who.computeIfAbsent(line.need, x -> new TreeMap<>()).computeIfAbsent(k, x -> new LinkedHashSet<>()).add(line);
        }
      }
    }
    List<Gap> out = new ArrayList<>();
    for (Map.Entry<Need, Map<Integer, long[]>> e : byNeed.entrySet()) {
      for (Map.Entry<Integer, long[]> w : e.getValue().entrySet()) {
        List<Allocator.Line> lines = new ArrayList<>(
            Objects.requireNonNull(Objects.requireNonNull(who.get(e.getKey()), "need").get(w.getKey()), "week"));
        lines.sort((a, b) -> a.priority != b.priority ? Integer.compare(a.priority, b.priority)
            : a.initiative.compareTo(b.initiative));
        Set<InitiativeId> ids = new LinkedHashSet<>();
        for (Allocator.Line l : lines) {
          ids.add(l.initiative);
        }
        out.add(new Gap(e.getKey(), allocation.weeks.get(w.getKey()), w.getValue()[0] / 60.0, new ArrayList<>(ids)));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the hiring plan: for every need whose gap totals at least the planner's hiring
   * threshold, the hires that close its worst week and
   * the latest date to open the requisition. A requisition of the organisation matching the need
   * (same skill at the level or above, or same role) supplies the time to fill and ramp-up;
   * otherwise the planner's hiring assumptions apply. Time to fill is read from its estimate by the
   * planner's {@link TimeToFillConvention}, rounded up to whole days.
   *
   * @return one need per line, in need order
   */
  public List<HiringNeed> hiringPlan() {
    Map<Need, List<Gap>> byNeed = new LinkedHashMap<>();
    for (Gap g : gaps) {
      byNeed.computeIfAbsent(g.need(), x -> new ArrayList<>()).add(g);
    }
    double weekly = planner.hireWeek().weeklyHours() * planner.focusFactor() * planner.maxUtilisation();
    List<HiringNeed> out = new ArrayList<>();
    for (Map.Entry<Need, List<Gap>> e : byNeed.entrySet()) {
      Need need = e.getKey();
      double sumUnmet = 0;
      for (Gap g : e.getValue()) {
        sumUnmet += g.unmetHours();
      }
      if (sumUnmet < planner.hiringThreshold() || sumUnmet == 0) {
        continue;
      }
      LocalDate first = e.getValue().get(0).week().getStart();
      double peak = 0;
      double total = 0;
      for (Gap g : e.getValue()) {
        peak = Math.max(peak, g.unmetHours());
        total += g.unmetHours();
      }
      Optional<Requisition> req = matching(need);
      RampUp ramp = req.map(Requisition::rampUp).orElse(planner.hireRampUp());
      double ttf = planner.timeToFillConvention().days(
          req.map(Requisition::timeToFillDays).orElse(planner.hireTimeToFillDays()));
      int hires = weekly > 0 ? (int) Math.min(Integer.MAX_VALUE, Math.ceil(peak / weekly - 1e-9)) : 0;
      LocalDate latestStart = first.minusDays(ramp.days());
      LocalDate latestOpening = latestStart.minusDays((long) Math.ceil(ttf));
      Optional<RequisitionId> reqId = req.map(Requisition::id);
      out.add(new HiringNeed(need, first, peak, total, Math.max(1, hires), latestStart, latestOpening, ttf, ramp,
          reqId, latestOpening.isBefore(planner.asOf())));
    }
    return Collections.unmodifiableList(out);
  }

  private Optional<Requisition> matching(Need need) {
    for (Requisition r : planner.organisation().requisitions()) {
      boolean skill = need.skill().filter(r.skill()::equals).isPresent() && r.level() >= need.minProficiency();
      boolean role = need.role().filter(r.role()::equals).isPresent();
      if (skill || role) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a short report: utilisation, coverage, gaps and unmet demand, one line each.
   *
   * @return the text
   */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append("Plan ").append(plan()).append(": capacity ").append(h(capacity.totalHours()))
        .append(", demand/capacity ").append(utilisation()).append(", weighted coverage ")
        .append(h(weightedCoverage())).append('\n');
    for (UnmetDemand u : allocation.unmet) {
      sb.append("  ").append(u.explain()).append('\n');
    }
    return sb.toString();
  }

  private static String h(double hours) {
    return Checks.format(Math.round(hours * 10) / 10.0) + " h";
  }

  /** Returns {@code CapacityPlan[plan, n assignments, n unmet]}. */
  @Override
  public String toString() {
    return "CapacityPlan[" + plan() + ", " + allocation.assignments.size() + " assignments, "
        + allocation.unmet.size() + " unmet]";
  }
}
