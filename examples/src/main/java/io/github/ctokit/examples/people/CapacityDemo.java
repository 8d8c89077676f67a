package io.github.ctokit.examples.people;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.delivery.DeliveryPlan;
import io.github.ctokit.core.delivery.Feature;
import io.github.ctokit.core.delivery.FeatureId;
import io.github.ctokit.core.delivery.ScopeGrowth;
import io.github.ctokit.core.delivery.ThroughputHistory;
import io.github.ctokit.core.delivery.WorkingCalendar;
import io.github.ctokit.core.people.Demand;
import io.github.ctokit.core.people.HolidayCalendar;
import io.github.ctokit.core.people.Initiative;
import io.github.ctokit.core.people.Need;
import io.github.ctokit.core.people.Organisation;
import io.github.ctokit.core.people.SkillId;
import io.github.ctokit.examples.DemoSection;
import io.github.ctokit.scoring.capacity.BusFactor;
import io.github.ctokit.scoring.capacity.Capacity;
import io.github.ctokit.scoring.capacity.CapacityPlan;
import io.github.ctokit.scoring.capacity.CapacityPlanner;
import io.github.ctokit.scoring.capacity.Gap;
import io.github.ctokit.scoring.capacity.Granularity;
import io.github.ctokit.scoring.capacity.HiringNeed;
import io.github.ctokit.scoring.capacity.HoursSeries;
import io.github.ctokit.scoring.capacity.KeyPersonRisk;
import io.github.ctokit.scoring.capacity.OnboardingDrag;
import io.github.ctokit.scoring.capacity.SkillBalance;
import io.github.ctokit.scoring.capacity.UnmetDemand;
import io.github.ctokit.scoring.capacity.WhatIf;
import io.github.ctokit.scoring.forecast.CapacityOutlook;
import io.github.ctokit.scoring.forecast.DeliveryForecast;
import io.github.ctokit.scoring.forecast.DeliveryForecaster;
import io.github.ctokit.scoring.forecast.FeatureForecast;
import io.github.ctokit.scoring.forecast.RoadmapForecast;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threeten.extra.YearQuarter;

/**
 * Capacity planning for {@link ExampleOrganisation}: effective capacity per team and per skill
 * over the first quarter of 2027, the optimal allocation of the 40 people to the ten initiatives
 * of the roadmap, every gap with the reason it is unmet, key-person risks, the hiring plan with the
 * latest date to open each requisition, and a what-if (the machine-learning expert leaves).
 */
public final class CapacityDemo implements DemoSection {

  static final PersonId ML_EXPERT = PersonId.of("P-25");

  /** The quarter before the plan, when the checkout team's throughput history was recorded. */
  static final YearQuarter HISTORY_QUARTER = ExampleOrganisation.QUARTER.minusQuarters(1);

  /** The checkout team's items finished per working day in the last quarter of 2026, in order. */
  private static final String CHECKOUT_ITEMS =
      "21 01302 21320 03122 42103 10241 20312 13021 01402 31120 23011 12302 30210 21030";
  static final LocalDate ML_EXPERT_LEAVES = LocalDate.of(2027, 2, 1);

  /**
   * Returns the planner the demo uses: focus factor 0.8, at most 90 % of anyone's hours allocated,
   * Madachy onboarding drag on mentors, the organisation's 13.2 % attrition.
   *
   * @param org the organisation
   * @return the planner over {@link ExampleOrganisation#QUARTER}
   */
  public static CapacityPlanner planner(Organisation org) {
    return CapacityPlanner.of(org).over(ExampleOrganisation.QUARTER).withFocusFactor(0.8).withMaxUtilisation(0.9)
        .withOnboardingDrag(OnboardingDrag.madachy());
  }

  /**
   * Returns the plan of the quarter.
   *
   * @return the plan
   */
  public static CapacityPlan plan() {
    return planner(ExampleOrganisation.organisation()).plan(ExampleOrganisation.roadmap());
  }

  /**
   * Returns the checkout team's working days: Monday to Friday minus England's bank holidays, the
   * calendar most of the team works to, so that the history's holidays are not read as days
   * without throughput.
   *
   * @param org the organisation
   * @return the calendar
   */
  public static WorkingCalendar checkoutCalendar(Organisation org) {
    HolidayCalendar england = org.calendars().stream().filter(c -> c.id().value().equals("GB-ENG")).findFirst()
        .orElseThrow();
    return WorkingCalendar.mondayToFriday().withHolidays(england.holidays().keySet());
  }

  /**
   * Returns the checkout team's daily throughput over {@link #HISTORY_QUARTER}.
   *
   * @param calendar the team's working days
   * @return the history, weekends and holidays as zero
   */
  public static ThroughputHistory checkoutHistory(WorkingCalendar calendar) {
    LocalDate first = HISTORY_QUARTER.atDay(1);
    int days = HISTORY_QUARTER.lengthOfQuarter();
    int[] daily = new int[days];
    String digits = CHECKOUT_ITEMS.replace(" ", "");
    int next = 0;
    for (int d = 0; d < days; d++) {
      if (calendar.isWorkingDay(first.plusDays(d)) && next < digits.length()) {
        daily[d] = digits.charAt(next++) - '0';
      }
    }
    return ThroughputHistory.daily(first, calendar, daily);
  }

  /**
   * Returns the checkout team's roadmap of the quarter in items: the redesign first, then two
   * smaller features, one not yet broken down.
   *
   * @param history the team's throughput history
   * @return the delivery plan
   */
  public static DeliveryPlan checkoutRoadmap(ThroughputHistory history) {
    TeamId team = ExampleOrganisation.CHECKOUT;
    return DeliveryPlan.builder().putThroughput(team, history)
        .addFeature(Feature.of(FeatureId.of("checkout-redesign"), 1, team, 48))
        .addFeature(Feature.of(FeatureId.of("saved-addresses"), 2, team, 14))
        .addFeature(Feature.builder().id(FeatureId.of("express-pay")).priority(3).putWork(team, 20)
            .scopeGrowth(ScopeGrowth.between(1, 1.4)).build())
        .build();
  }

  @Override
  public String title() {
    return "People and capacity: a 40-person organisation plans its first quarter";
  }

  @Override
  public void run(PrintStream out) {
    Organisation org = ExampleOrganisation.organisation();
    Demand roadmap = ExampleOrganisation.roadmap();
    CapacityPlan plan = planner(org).plan(roadmap);
    Capacity capacity = plan.capacity();
    out.printf(Locale.ROOT, "%d people in %d teams, plan %s; focus factor 0.8, max utilisation 90 %%, "
        + "Madachy onboarding drag, attrition %s%n", org.people().size(), org.teams().size(), plan.plan(),
        org.attrition().annualRate());
    out.println();
    out.println("Effective hours per team        Jan      Feb      Mar       Q1");
    for (TeamId team : capacity.teams()) {
      HoursSeries months = capacity.team(team, Granularity.MONTH);
      out.printf(Locale.ROOT, "  %-24s %8.1f %8.1f %8.1f %8.1f%n", team, months.hours(0), months.hours(1),
          months.hours(2), months.total());
    }
    out.printf(Locale.ROOT, "  %-24s %8.1f %8.1f %8.1f %8.1f%n", "organisation", capacity.total(Granularity.MONTH).hours(0),
        capacity.total(Granularity.MONTH).hours(1), capacity.total(Granularity.MONTH).hours(2), capacity.totalHours());
    out.println();
    out.println("Supply and demand per skill (holders' hours; a person counts under each skill)");
    out.println("  skill              supply   demand  demand/supply  allocated      gap  bus factor");
    Map<SkillId, BusFactor> bus = new LinkedHashMap<>();
    for (BusFactor b : plan.busFactors()) {
      bus.put(b.skill(), b);
    }
    for (SkillId skill : org.skills()) {
      SkillBalance b = plan.skillBalance(skill);
      out.printf(Locale.ROOT, "  %-17s %7.1f  %7.1f  %13s  %9.1f  %7.1f  %d%n", skill, b.supplyHours(), b.demandHours(),
          b.utilisation(), b.allocatedHours(), b.gapHours(), bus.get(skill).value());
    }
    out.println();
    out.printf(Locale.ROOT, "Allocation (exact, priority-weighted): demand/capacity %s, weighted coverage %.1f%n",
        plan.utilisation(), plan.weightedCoverage());
    for (Initiative i : roadmap.initiatives()) {
      double wanted = plan.wantedHours(i.id());
      double covered = plan.coveredHours(i.id());
      out.printf(Locale.ROOT, "  P%d %-26s %7.1f of %7.1f h  %5.1f %%%n", i.priority(), i.name(), covered, wanted,
          wanted > 0 ? 100 * covered / wanted : 100.0);
    }
    out.println();
    out.println("Gaps, with the first unmet week of each explained");
    Map<Need, double[]> totals = new LinkedHashMap<>();
    for (Gap g : plan.gaps()) {
      double[] t = totals.computeIfAbsent(g.need(), x -> new double[2]);
      t[0] += g.unmetHours();
      t[1]++;
    }
    for (Map.Entry<Need, double[]> e : totals.entrySet()) {
      out.printf(Locale.ROOT, "  %-22s %7.1f h unmet over %2d weeks%n", e.getKey(), e.getValue()[0], (int) e.getValue()[1]);
      for (UnmetDemand u : plan.unmetDemand()) {
        if (u.need().equals(e.getKey())) {
          out.println("      " + u.explain());
          break;
        }
      }
    }
    out.println();
    out.println("Key-person risks (the only expert of a skill the roadmap needs)");
    for (KeyPersonRisk k : plan.keyPersonRisks()) {
      out.printf(Locale.ROOT, "  %s is the only %s expert; %.0f h of %s demanded this quarter%n", k.person(), k.skill(),
          k.demandHours(), k.skill());
    }
    out.println();
    out.println("Hiring plan (hire fully ramped when the gap opens; time to fill read at its high end)");
    List<HiringNeed> hiring = plan.hiringPlan();
    for (HiringNeed h : hiring) {
      out.printf(Locale.ROOT, "  %-22s %d hire%s  gap from %s  start by %s  open by %s%s%s%n", h.need(), h.hires(),
          h.hires() == 1 ? " " : "s", h.firstGap(), h.latestStart(), h.latestOpening(),
          h.requisition().map(r -> "  (" + r + ")").orElse(""), h.late() ? "  LATE" : "");
    }
    out.println();
    Organisation without = WhatIf.losing(org, ML_EXPERT, ML_EXPERT_LEAVES);
    CapacityPlan after = planner(without).plan(roadmap);
    Initiative fraud = roadmap.initiatives().stream().filter(i -> i.id().value().equals("fraud-ml")).findFirst()
        .orElseThrow();
    out.printf(Locale.ROOT, "What if %s (machine learning 4) leaves on %s: %s covered %.1f → %.1f h, "
        + "weighted coverage %.1f → %.1f%n", ML_EXPERT, ML_EXPERT_LEAVES, fraud.name(), plan.coveredHours(fraud.id()),
        after.coveredHours(fraud.id()), plan.weightedCoverage(), after.weightedCoverage());
    out.println();
    forecastCheckout(out, org, capacity);
  }

  /**
   * The checkout roadmap forecast from the team's throughput, scaled by the capacity the planner
   * computed: holidays, Katie's two weeks off and the focus factor move the dates.
   */
  private static void forecastCheckout(PrintStream out, Organisation org, Capacity planned) {
    WorkingCalendar calendar = checkoutCalendar(org);
    ThroughputHistory history = checkoutHistory(calendar);
    Capacity past = CapacityPlanner.of(org).over(HISTORY_QUARTER).withFocusFactor(0.8).capacity();
    CapacityOutlook outlook = CapacityOutlook.of(past, planned, ExampleOrganisation.CHECKOUT, calendar);
    LocalDate asOf = ExampleOrganisation.PLAN.getStart();
    DeliveryForecaster forecaster = DeliveryForecaster.forPlan(checkoutRoadmap(history)).withSeed(7);
    RoadmapForecast flat = forecaster.roadmap(asOf);
    RoadmapForecast scaled = forecaster.withCapacity(ExampleOrganisation.CHECKOUT, outlook).roadmap(asOf);
    out.printf(Locale.ROOT, "Checkout roadmap as of %s from its %s throughput (%s), scaled by planned capacity: %s%n",
        asOf, HISTORY_QUARTER, history, outlook);
    out.println("  feature               items   50 %        85 %        95 %        85 % if the team were as in Q4");
    for (int i = 0; i < scaled.features().size(); i++) {
      FeatureForecast f = scaled.features().get(i);
      DeliveryForecast d = f.forecast();
      out.printf(Locale.ROOT, "  %-20s %6d   %s  %s  %s  %s%n", f.id(), d.itemsLow(), date(d, 0.5), date(d, 0.85),
          date(d, 0.95), date(flat.features().get(i).forecast(), 0.85));
    }
  }

  private static String date(DeliveryForecast forecast, double p) {
    return forecast.dateAt(p).map(LocalDate::toString).orElse("beyond    ");
  }
}
