package io.github.ctokit.examples.forecast;

import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.delivery.DeliveryPlan;
import io.github.ctokit.core.delivery.Feature;
import io.github.ctokit.core.delivery.FeatureId;
import io.github.ctokit.core.delivery.ScopeGrowth;
import io.github.ctokit.core.delivery.ThroughputHistory;
import io.github.ctokit.core.delivery.WorkingCalendar;
import io.github.ctokit.examples.DemoSection;
import io.github.ctokit.scoring.forecast.Backtest;
import io.github.ctokit.scoring.forecast.CapacityOutlook;
import io.github.ctokit.scoring.forecast.DataQuality;
import io.github.ctokit.scoring.forecast.DeliveryForecast;
import io.github.ctokit.scoring.forecast.DeliveryForecaster;
import io.github.ctokit.scoring.forecast.FeatureForecast;
import io.github.ctokit.scoring.forecast.ForecastMethod;
import io.github.ctokit.scoring.forecast.ItemsForecast;
import io.github.ctokit.scoring.forecast.RoadmapForecast;
import io.github.ctokit.scoring.staffing.QueueStaffing;
import io.github.ctokit.scoring.staffing.StaffingPlan;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A checkout team's roadmap forecast from 26 weeks of daily throughput: four epics shared in
 * priority order, forecast at 50 / 85 / 95 %, then again with the planned year-end dip (public
 * holidays, two of five engineers on leave) and a new hire ramping up in January; the exact
 * method beside Monte Carlo; "how many by the end of January"; a backtest of the 85 % forecasts;
 * and the staffing of the team's on-call rotation and of the support desk by Erlang C. Every
 * figure printed is computed.
 */
public final class ForecastDemo implements DemoSection {

  /** The day the forecast is made: the Sunday after the history. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

  static final TeamId TEAM = TeamId.of("team:checkout");

  /** Items finished Monday to Friday over 26 weeks from 2026-06-01; holidays show as 0. */
  private static final int[][] WEEKDAY_COUNTS = {
      {2, 5, 2, 5, 4}, {2, 2, 2, 5, 2}, {1, 0, 4, 2, 2}, {3, 2, 4, 0, 0}, {2, 1, 0, 0, 2}, {4, 3, 3, 0, 2},
      {1, 2, 3, 3, 2}, {3, 0, 2, 0, 5}, {2, 0, 0, 0, 1}, {1, 2, 0, 4, 2}, {1, 2, 2, 5, 1}, {2, 1, 3, 1, 2},
      {0, 3, 0, 2, 3}, {1, 1, 2, 5, 0}, {0, 1, 1, 4, 1}, {2, 1, 0, 0, 2}, {4, 0, 1, 0, 5}, {1, 1, 0, 0, 5},
      {3, 0, 1, 1, 0}, {2, 1, 3, 1, 1}, {0, 2, 3, 1, 4}, {3, 1, 1, 0, 1}, {1, 0, 1, 4, 0}, {0, 1, 3, 0, 0},
      {0, 2, 4, 2, 0}, {3, 2, 1, 0, 0}};

  /** US public holidays of the history and the projection (Labor Day, Thanksgiving, year end). */
  static final WorkingCalendar CALENDAR = WorkingCalendar.mondayToFriday().withHolidays(List.of(
      LocalDate.of(2026, 9, 7), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27),
      LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)));

  /** Five engineers at 6 effective hours a day while the history was made. */
  static final double BASELINE_HOURS = 30;

  /**
   * Returns the team's daily throughput history, weekends included as 0.
   *
   * @return the history
   */
  public static ThroughputHistory history() {
    int[] daily = new int[WEEKDAY_COUNTS.length * 7];
    for (int w = 0; w < WEEKDAY_COUNTS.length; w++) {
      System.arraycopy(WEEKDAY_COUNTS[w], 0, daily, w * 7, 5);
    }
    return ThroughputHistory.daily(LocalDate.of(2026, 6, 1), CALENDAR, daily);
  }

  /**
   * Returns the roadmap: four epics of the checkout team with their remaining items.
   *
   * @return the plan
   */
  public static DeliveryPlan plan() {
    return DeliveryPlan.builder()
        .putThroughput(TEAM, history())
        .addFeature(Feature.of(FeatureId.of("EPIC-checkout-v2"), 1, TEAM, 24))
        .addFeature(Feature.of(FeatureId.of("EPIC-saved-cards"), 2, TEAM, 18))
        .addFeature(Feature.builder().id(FeatureId.of("EPIC-fraud-rules")).priority(3).putWork(TEAM, 30)
            .scopeGrowth(ScopeGrowth.between(1, 1.3)).build()) // not broken down yet: it will split
        .addFeature(Feature.of(FeatureId.of("EPIC-invoice-pdf"), 4, TEAM, 12))
        .build();
  }

  /**
   * Returns the planned capacity: two of five on leave from 21 December to 3 January, and a
   * sixth engineer from 11 January ramping up linearly to 6 hours a day over 12 weeks.
   *
   * @return the outlook
   */
  public static CapacityOutlook outlook() {
    CapacityOutlook outlook = CapacityOutlook.baseline(BASELINE_HOURS)
        .withPlanned(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 3), 18);
    LocalDate start = LocalDate.of(2027, 1, 11);
    double[] ramp = new double[84];
    for (int d = 0; d < ramp.length; d++) {
      ramp[d] = BASELINE_HOURS + 6.0 * d / ramp.length;
    }
    return outlook.withDaily(start, ramp);
  }

  /**
   * Returns the roadmap engine: seed 7, 10,000 trials, the whole 26-week history.
   *
   * @return the forecaster
   */
  public static DeliveryForecaster forecaster() {
    return DeliveryForecaster.forPlan(plan()).withSeed(7);
  }

  /**
   * Forecasts the roadmap without and with the planned capacity.
   *
   * @param withCapacity whether to scale by {@link #outlook()}
   * @return the forecast
   */
  public static RoadmapForecast roadmap(boolean withCapacity) {
    DeliveryForecaster f = forecaster();
    return (withCapacity ? f.withCapacity(TEAM, outlook()) : f).roadmap(AS_OF);
  }

  @Override
  public String title() {
    return "Delivery forecast: a checkout team's roadmap, its year-end dip and its on-call rotation";
  }

  @Override
  public void run(PrintStream out) {
    ThroughputHistory history = history();
    out.println("History: " + history + ", " + history.validate().summary());
    out.println("Data quality: " + DataQuality.of(history));
    RoadmapForecast plain = roadmap(false);
    RoadmapForecast dipped = roadmap(true);
    out.println();
    out.println("Roadmap as of " + AS_OF + " (features share the team's throughput in priority order):");
    out.println("  feature               items   50 %        85 %        95 %        85 % with the dip and the new hire");
    for (int i = 0; i < plain.features().size(); i++) {
      FeatureForecast f = plain.features().get(i);
      DeliveryForecast d = f.forecast();
      DeliveryForecast withDip = dipped.features().get(i).forecast();
      out.printf(Locale.ROOT, "  %-20s %6d   %s  %s  %s  %s (%+d d)%n", f.id(), d.itemsLow(), date(d, 0.5),
          date(d, 0.85), date(d, 0.95), date(withDip, 0.85), shift(d, withDip, 0.85));
    }
    out.println("  " + plain.explanation().toString().replace("\n", "\n  "));
    out.println();
    DeliveryForecaster single = DeliveryForecaster.fromThroughput(history).withSeed(7);
    DeliveryForecast exact = single.when(42, AS_OF);
    DeliveryForecast simulated = single.withMethod(ForecastMethod.MONTE_CARLO).when(42, AS_OF);
    LocalDate p85 = exact.dateAt(0.85).orElseThrow();
    out.printf(Locale.ROOT, "The first two epics (42 items, no growth): exact 85 %% %s; Monte Carlo gives P(done by it) "
        + "%.1f %% ± %.1f pp against exactly %.1f %%%n", p85, 100 * simulated.likelihoodBy(p85),
        100 * simulated.standardErrorBy(p85), 100 * exact.likelihoodBy(p85));
    ItemsForecast january = single.howMany(AS_OF, LocalDate.of(2027, 1, 31));
    out.printf(Locale.ROOT, "How many by 2027-01-31 (%d working days): 50 %% ≥ %d, 85 %% ≥ %d, 95 %% ≥ %d items "
        + "(\"85 %%\" is the 15th percentile)%n", january.periods(), january.itemsAt(0.5), january.itemsAt(0.85),
        january.itemsAt(0.95));
    Backtest backtest = single.withWindow(91).backtestRolling(14, 7);
    out.println("Backtest, every week, the next two weeks from the 13 weeks before: " + backtest.explain());
    out.println();
    StaffingPlan onCall = QueueStaffing.of(1.5, Duration.ofMinutes(40)).withShrinkage(0.3)
        .staffFor(0.9, Duration.ofMinutes(5));
    out.println("On-call (1.5 pages an hour, 40 min each), 90 % answered within 5 min: " + onCall.explain());
    StaffingPlan desk = QueueStaffing.of(120, Duration.ofMinutes(6)).withShrinkage(0.3)
        .staffFor(0.8, Duration.ofSeconds(20));
    out.println("Support desk (120 tickets an hour, 6 min each), 80 % within 20 s: " + desk.explain());
  }

  private static String date(DeliveryForecast d, double p) {
    return d.dateAt(p).map(LocalDate::toString).orElse("beyond    ");
  }

  private static long shift(DeliveryForecast before, DeliveryForecast after, double p) {
    return after.dateAt(p).orElseThrow().toEpochDay() - before.dateAt(p).orElseThrow().toEpochDay();
  }
}
