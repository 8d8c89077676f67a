package io.github.ctokit.testkit;

import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.delivery.DeliveryPlan;
import io.github.ctokit.core.delivery.Feature;
import io.github.ctokit.core.delivery.FeatureId;
import io.github.ctokit.core.delivery.ScopeGrowth;
import io.github.ctokit.core.delivery.ThroughputHistory;
import io.github.ctokit.core.delivery.ThroughputPeriod;
import io.github.ctokit.core.delivery.WorkingCalendar;
import io.github.ctokit.scoring.staffing.QueueStaffing;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik {@link Arbitrary} generators for delivery forecasting ({@code io.github.ctokit.core.delivery})
 * and queue staffing: working calendars, throughput histories, features, roadmap plans and queues,
 * valid by construction.
 *
 * <p>Histories are drawn from a size and a seed, so jqwik shrinks towards shorter histories and
 * smaller seeds. Every generated history passes {@code ThroughputHistory.validate()} without
 * errors and meets the default data-sufficiency thresholds of {@code DeliveryForecaster} (at least
 * 10 usable periods, 5 of them non-zero), so a forecast from it never refuses for lack of data.
 * Dates lie in 2026 and 2027; histories start on a Monday.
 *
 * <pre>{@code
 * @Property
 * void forecastsNeverThrow(@ForAll("histories") ThroughputHistory history) {
 *   DeliveryForecaster.fromThroughput(history).when(50, history.endExclusive());
 * }
 *
 * @Provide
 * Arbitrary<ThroughputHistory> histories() { return ForecastArbitraries.throughputHistories(); }
 * }</pre>
 */
public final class ForecastArbitraries {

  private static final LocalDate EPOCH = LocalDate.of(2026, 1, 5); // a Monday

  private ForecastArbitraries() {}

  /**
   * Generates working calendars: Monday to Friday, six days, every day, or Sunday to Thursday,
   * with up to 10 holidays in 2026–2027.
   *
   * @return the arbitrary
   */
  public static Arbitrary<WorkingCalendar> workingCalendars() {
    return Arbitraries.longs().map(ForecastArbitraries::calendar);
  }

  private static WorkingCalendar calendar(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    WorkingCalendar base = switch (r.nextInt(4)) {
      case 0 -> WorkingCalendar.mondayToFriday();
      case 1 -> WorkingCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
      case 2 -> WorkingCalendar.everyDay();
      default -> WorkingCalendar.of(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
    };
    List<LocalDate> holidays = new ArrayList<>();
    int count = r.nextInt(11);
    for (int i = 0; i < count; i++) {
      holidays.add(EPOCH.plusDays(r.nextInt(700)));
    }
    return base.withHolidays(holidays);
  }

  /**
   * Generates daily and weekly throughput histories of up to 104 weeks.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ThroughputHistory> throughputHistories() {
    return Combinators.combine(Arbitraries.of(ThroughputPeriod.class), Arbitraries.integers().between(0, 90),
        Arbitraries.longs()).as((period, extra, seed) ->
            throughputHistory(period, period == ThroughputPeriod.DAY ? 28 + extra * 5 : 12 + extra, seed));
  }

  /**
   * Builds the history of a given period, length and seed: the same arguments give the same
   * history on any machine. Counts follow a team-like mix (a quarter of the working periods empty,
   * occasional bursts); non-working days have none; at least 5 usable periods are non-zero.
   *
   * @param period day or week
   * @param periods the number of periods, enough for 10 usable ones: at least 14 days or 12 weeks
   * @param seed the seed
   * @return a valid, sufficient history
   * @throws IllegalArgumentException if {@code periods} is too small or above 100,000
   */
  public static ThroughputHistory throughputHistory(ThroughputPeriod period, int periods, long seed) {
    int min = period == ThroughputPeriod.DAY ? 28 : 12;
    if (periods < min || periods > ThroughputHistory.MAX_PERIODS) {
      throw new IllegalArgumentException("periods must be within [" + min + ", " + ThroughputHistory.MAX_PERIODS
          + "] for " + period + " (was " + periods + ")");
    }
    SplittableRandom r = new SplittableRandom(seed);
    WorkingCalendar calendar = calendar(r.nextLong());
    LocalDate start = EPOCH.plusWeeks(r.nextInt(20));
    int scale = period == ThroughputPeriod.DAY ? 1 + r.nextInt(4) : 3 + r.nextInt(15);
    int[] counts = new int[periods];
    int nonZero = 0;
    for (int i = 0; i < periods; i++) {
      LocalDate day = start.plusDays((long) i * period.days());
      boolean usable = period == ThroughputPeriod.DAY ? calendar.isWorkingDay(day)
          : calendar.workingDays(day, day.plusDays(7)) > 0;
      if (!usable) {
        continue;
      }
      int c = r.nextInt(4) == 0 ? 0 : r.nextInt(scale + 1) + (r.nextInt(20) == 0 ? 2 * scale : 0);
      if (c == 0 && nonZero < 5) {
        c = 1 + r.nextInt(scale);
      }
      counts[i] = c;
      nonZero += c > 0 ? 1 : 0;
    }
    return ThroughputHistory.of(period, start, calendar, counts);
  }

  /**
   * Generates team ids such as {@code team-3}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<TeamId> teamIds() {
    return Arbitraries.integers().between(0, 999).map(i -> TeamId.of("team-" + i));
  }

  /**
   * Generates scope growths with rates between 1 and 2.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ScopeGrowth> scopeGrowths() {
    return Combinators.combine(Arbitraries.doubles().between(1, 2), Arbitraries.doubles().between(0, 1))
        .as((low, span) -> ScopeGrowth.between(low, Math.min(2, low + span)));
  }

  /**
   * Generates valid roadmap plans of 1 to {@code maxTeams} teams and 1 to {@code maxFeatures}
   * features; each feature needs one to three of the teams.
   *
   * @param maxTeams the most teams, 1 to 20
   * @param maxFeatures the most features, 1 to 500
   * @return the arbitrary
   * @throws IllegalArgumentException if a bound is out of range
   */
  public static Arbitrary<DeliveryPlan> deliveryPlans(int maxTeams, int maxFeatures) {
    if (maxTeams < 1 || maxTeams > 20 || maxFeatures < 1 || maxFeatures > 500) {
      throw new IllegalArgumentException("maxTeams must be within [1, 20] and maxFeatures within [1, 500] (were "
          + maxTeams + ", " + maxFeatures + ")");
    }
    return Combinators.combine(Arbitraries.integers().between(1, maxTeams), Arbitraries.integers().between(1, maxFeatures),
        Arbitraries.longs()).as(ForecastArbitraries::deliveryPlan);
  }

  /**
   * Builds the plan of a given size and seed: the same arguments give the same plan.
   *
   * @param teams the number of teams, 1 or more
   * @param features the number of features, 1 or more
   * @param seed the seed
   * @return a valid plan
   * @throws IllegalArgumentException if a count is less than 1
   */
  public static DeliveryPlan deliveryPlan(int teams, int features, long seed) {
    if (teams < 1 || features < 1) {
      throw new IllegalArgumentException("teams and features must be 1 or more (were " + teams + ", " + features + ")");
    }
    SplittableRandom r = new SplittableRandom(seed);
    DeliveryPlan.Builder plan = DeliveryPlan.builder();
    List<TeamId> ids = new ArrayList<>();
    for (int t = 0; t < teams; t++) {
      TeamId id = TeamId.of("team-" + t);
      ids.add(id);
      ThroughputPeriod period = r.nextBoolean() ? ThroughputPeriod.DAY : ThroughputPeriod.WEEK;
      plan.putThroughput(id, throughputHistory(period, period == ThroughputPeriod.DAY ? 28 + r.nextInt(200) : 12 + r.nextInt(40),
          r.nextLong()));
    }
    for (int f = 0; f < features; f++) {
      Feature.Builder feature = Feature.builder().id(FeatureId.of("F-" + f)).priority(1 + r.nextInt(features));
      int needs = 1 + r.nextInt(Math.min(3, teams));
      int first = r.nextInt(teams);
      for (int k = 0; k < needs; k++) {
        feature.putWork(ids.get((first + k) % teams), r.nextInt(40));
      }
      if (r.nextInt(4) == 0) {
        feature.scopeGrowth(ScopeGrowth.between(1, 1 + r.nextInt(6) / 10.0));
      }
      plan.addFeature(feature.build());
    }
    if (r.nextBoolean()) {
      plan.scopeGrowth(ScopeGrowth.between(1, 1.25));
    }
    return plan.build();
  }

  /**
   * Generates support and on-call queues: 0.1 to 5,000 arrivals an hour, handle times of 30
   * seconds to 2 hours, offered loads up to 2,000 Erlangs.
   *
   * @return the arbitrary
   */
  public static Arbitrary<QueueStaffing> queues() {
    return Combinators.combine(Arbitraries.doubles().between(0.1, 5_000), Arbitraries.integers().between(30, 7_200))
        .as((rate, seconds) -> QueueStaffing.of(Math.min(rate, 2_000 * 3600.0 / seconds), Duration.ofSeconds(seconds)));
  }
}
