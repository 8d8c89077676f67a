package io.github.ctokit.scoring.kpi;

import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.kpi.Direction;
import io.github.ctokit.core.kpi.KpiDefinition;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.KpiSeries;
import io.github.ctokit.core.kpi.Scorecard;
import io.github.ctokit.core.kpi.ScorecardEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import io.github.ctokit.core.kpi.Perspective;
import io.github.ctokit.core.kpi.ScorecardEntry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The KPI engine: colours a KPI as of a date and scores weighted scorecards. Immutable,
 * thread-safe, reusable; configure with {@code withX}.
 *
 * <pre>{@code
 * KpiEvaluation cfr = KpiScoring.standard().withTrendWindowDays(28).evaluate(definition, series, asOf);
 * cfr.status();        // KpiStatus.AMBER
 * cfr.trendPerDay();   // OptionalDouble[-0.001]
 * ScorecardResult card = KpiScoring.standard().score(scorecard, allSeries, asOf);
 * card.score();        // OptionalDouble[0.87]
 * }</pre>
 *
 * <p>Colour rules: see {@link KpiDefinition}. With a hysteresis margin {@code h} the observations
 * up to the date are walked in order: the colour improves only when the value clears the better
 * threshold by {@code h}, and worsens only when it falls below the current colour's threshold by
 * more than {@code h}; the first observation takes its plain colour. Cost: O(observations).
 */
public final class KpiScoring {

  private static final KpiScoring STANDARD = new KpiScoring(90, -1);

  private final int trendWindowDays;
  private final int staleAfterDays;

  private KpiScoring(int trendWindowDays, int staleAfterDays) {
    this.trendWindowDays = trendWindowDays;
    this.staleAfterDays = staleAfterDays;
  }

  /**
   * Returns the engine with a 90-day trend window and no staleness limit.
   *
   * @return the engine
   */
  public static KpiScoring standard() {
    return STANDARD;
  }

  /**
   * Returns an engine whose trend uses the observations of the last {@code days} days up to and
   * including the as-of date.
   *
   * @param days 1 to 36,500
   * @return a new engine
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public KpiScoring withTrendWindowDays(int days) {
    if (days < 1 || days > 36_500) {
      throw new IllegalArgumentException("trendWindowDays must be within [1, 36500] (was " + days + ")");
    }
    return new KpiScoring(days, staleAfterDays);
  }

  /**
   * Returns an engine that reports {@link KpiStatus#NO_DATA} when the latest observation is more
   * than {@code days} days before the as-of date.
   *
   * @param days zero or more
   * @return a new engine
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public KpiScoring withStaleAfterDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("staleAfterDays must be zero or more (was " + days + ")");
    }
    return new KpiScoring(trendWindowDays, days);
  }

  /**
   * Evaluates one KPI as of a date.
   *
   * @param definition the KPI
   * @param series its observations
   * @param asOf the date; later observations are ignored
   * @return the evaluation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the series belongs to another KPI
   */
  public KpiEvaluation evaluate(KpiDefinition definition, KpiSeries series, LocalDate asOf) {
    return evaluate(definition, series, asOf, -1);
  }

  /**
   * Evaluates one KPI as of a date, continuing from a state the caller kept: the series then
   * holds only the observations since that state was reported (for systems that do not keep the
   * whole history), and the first observation does not take its plain colour but must leave the
   * previous state by the hysteresis rules ({@link KpiDefinition#hysteresis()} margin,
   * {@link KpiDefinition#confirmAfter()} periods).
   *
   * @param definition the KPI
   * @param series its observations since the previous state
   * @param asOf the date; later observations are ignored
   * @param previous the state before the series: {@code GREEN}, {@code AMBER} or {@code RED}
   * @return the evaluation; its streak counts observations of the series only
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the series belongs to another KPI or {@code previous} is
   *     not a colour
   */
  public KpiEvaluation evaluate(KpiDefinition definition, KpiSeries series, LocalDate asOf, KpiStatus previous) {
    Objects.requireNonNull(previous, "previous");
    if (previous != KpiStatus.GREEN && previous != KpiStatus.AMBER && previous != KpiStatus.RED) {
      throw new IllegalArgumentException("previous must be GREEN, AMBER or RED (was " + previous + ")");
    }
    return evaluate(definition, series, asOf, previous.ordinal());
  }

  private KpiEvaluation evaluate(KpiDefinition definition, KpiSeries series, LocalDate asOf, int previous) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(asOf, "asOf");
    if (!series.kpi().equals(definition.id())) {
      throw new IllegalArgumentException("series must belong to kpi " + definition.id() + " (was " + series.kpi() + ")");
    }
    KpiId id = definition.id();
    int last = series.indexAtOrBefore(asOf);
    long day = asOf.toEpochDay();
    if (last < 0 || (staleAfterDays >= 0 && day - series.epochDay(last) > staleAfterDays)) {
      String why = last < 0 ? "no observation on or before " + asOf
          : "latest observation on " + series.date(last) + " is older than " + staleAfterDays + " days";
      return new KpiEvaluation(id, asOf, KpiStatus.NO_DATA, last < 0 ? Double.NaN : series.value(last),
          last < 0 ? Long.MIN_VALUE : series.epochDay(last), 0, Double.NaN, id + ": NO_DATA (" + why + ")");
    }
    double value = series.value(last);
    double slope = slope(series, last, day - trendWindowDays + 1);
    String trend = Double.isNaN(slope) ? "" : "; trend " + signed(slope) + "/day over " + trendWindowDays + " days";
    if (!definition.hasTarget()) {
      return new KpiEvaluation(id, asOf, KpiStatus.NO_TARGET, value, series.epochDay(last), 0, slope,
          id + " " + Checks.format(value) + " on " + series.date(last) + ": NO_TARGET" + trend);
    }
    double sign = definition.direction() == Direction.LOWER_IS_BETTER ? -1 : 1;
    double green = goodnessThreshold(definition, true);
    double amber = goodnessThreshold(definition, false);
    double h = definition.hysteresis().orElse(0);
    // Shifted thresholds in decimal, so that 0.14 clears 0.15 − 0.01 exactly (in doubles −0.14 − 0.01 < −0.15).
    double greenUp = shift(green, h);
    double amberUp = shift(amber, h);
    double greenDown = shift(green, -h);
    double amberDown = shift(amber, -h);
    int confirm = definition.confirmAfter();
    int state = previous;
    int streak = 0;
    int candidate = -1;
    int pending = 0;
    for (int i = 0; i <= last; i++) {
      double g = goodness(definition, sign, series.value(i));
      int next;
      if (state < 0) {
        next = colour(g, green, amber);
      } else {
        int up = colour(g, greenUp, amberUp);
        int down = colour(g, greenDown, amberDown);
        next = up < state ? up : down > state ? down : state;
      }
      if (state >= 0 && next != state) {
        // A new colour must be seen confirmAfter times in a row before the state changes.
        pending = next == candidate ? pending + 1 : 1;
        candidate = next;
        if (pending < confirm) {
          streak++;
          continue;
        }
        streak = pending;
        state = next;
        candidate = -1;
        pending = 0;
        continue;
      }
      candidate = -1;
      pending = 0;
      streak = next == state ? streak + 1 : 1;
      state = next;
    }
    KpiStatus status = KpiStatus.values()[state];
    String rule = describe(definition);
    return new KpiEvaluation(id, asOf, status, value, series.epochDay(last), streak, slope,
        id + " " + Checks.format(value) + " on " + series.date(last) + ": " + status + " (" + rule
            + (h > 0 ? "; hysteresis " + Checks.format(h) : "") + (confirm > 1 ? "; confirm after " + confirm : "")
            + (previous >= 0 ? "; from " + KpiStatus.values()[previous] : "") + "); " + streak + " in a row" + trend);
  }

  private static String signed(double v) {
    String s = Checks.format(Math.round(v * 1e6) / 1e6);
    return v >= 0 ? "+" + s : s;
  }

  private static String describe(KpiDefinition d) {
    switch (d.direction()) {
      case WITHIN_RANGE:
        double lo = d.rangeLow().orElse(0);
        double hi = d.rangeHigh().orElse(0);
        return "within range; green [" + Checks.format(lo - d.green().amount()) + ", " + Checks.format(hi + d.green().amount())
            + "], amber [" + Checks.format(lo - d.amber().amount()) + ", " + Checks.format(hi + d.amber().amount()) + "]";
      case LOWER_IS_BETTER:
        return "lower is better; green ≤ " + Checks.format(d.greenThreshold()) + ", amber ≤ " + Checks.format(d.amberThreshold());
      default:
        return "higher is better; green ≥ " + Checks.format(d.greenThreshold()) + ", amber ≥ " + Checks.format(d.amberThreshold());
    }
  }

  private static double shift(double threshold, double by) {
    return by == 0 ? threshold : java.math.BigDecimal.valueOf(threshold).add(java.math.BigDecimal.valueOf(by)).doubleValue();
  }

  /** 0 green, 1 amber, 2 red. */
  private static int colour(double goodness, double green, double amber) {
    return goodness >= green ? 0 : goodness >= amber ? 1 : 2;
  }

  private static double goodness(KpiDefinition d, double sign, double v) {
    if (d.direction() == Direction.WITHIN_RANGE) {
      double lo = d.rangeLow().orElse(0);
      double hi = d.rangeHigh().orElse(0);
      return -Math.max(0, Math.max(lo - v, v - hi));
    }
    return sign * v;
  }

  private static double goodnessThreshold(KpiDefinition d, boolean green) {
    if (d.direction() == Direction.WITHIN_RANGE) {
      return -(green ? d.green() : d.amber()).amount();
    }
    double t = green ? d.greenThreshold() : d.amberThreshold();
    return d.direction() == Direction.LOWER_IS_BETTER ? -t : t;
  }

  /** Least-squares slope per day over observations with day ≥ fromDay, up to index last. */
  private static double slope(KpiSeries s, int last, long fromDay) {
    int first = last;
    while (first > 0 && s.epochDay(first - 1) >= fromDay) {
      first--;
    }
    if (s.epochDay(first) < fromDay || last - first < 1) {
      return Double.NaN;
    }
    int n = last - first + 1;
    long x0 = s.epochDay(first);
    double mx = 0;
    double my = 0;
    for (int i = first; i <= last; i++) {
      mx += s.epochDay(i) - x0;
      my += s.value(i);
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = first; i <= last; i++) {
      double dx = (s.epochDay(i) - x0) - mx;
      sxy += dx * (s.value(i) - my);
      sxx += dx * dx;
    }
    double b = sxy / sxx;
    return Double.isFinite(b) ? b + 0.0 : Double.NaN;
  }

  /**
   * Scores a scorecard as of a date: each entry's latest value (not stale) through its achievement
   * curve, weighted; entries without data are excluded and the other weights renormalised, and
   * the result lists the exclusions.
   *
   * @param scorecard the scorecard
   * @param series the observation series; at most the first one per KPI is used
   * @param asOf the date
   * @return the result
   * @throws NullPointerException if an argument or element is null
   */
  public ScorecardResult score(Scorecard scorecard, List<KpiSeries> series, LocalDate asOf) {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(asOf, "asOf");
    Map<KpiId, KpiSeries> byKpi = new HashMap<>();
    for (KpiSeries s : series) {
      byKpi.putIfAbsent(Objects.requireNonNull(s, "series element").kpi(), s);
    }
    long day = asOf.toEpochDay();
    List<ScorecardResult.Line> lines = new ArrayList<>();
    double weighted = 0;
    double weights = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (ScorecardEntry e : scorecard.entries()) {
      KpiSeries s = byKpi.get(e.kpi());
      int last = s == null ? -1 : s.indexAtOrBefore(asOf);
      boolean stale = s != null && last >= 0 && staleAfterDays >= 0 && day - s.epochDay(last) > staleAfterDays;
      if (s == null || last < 0 || stale || e.weight() == 0) {
        lines.add(new ScorecardResult.Line(e.kpi(), Double.NaN, Double.NaN, e.weight()));
        continue;
      }
      double value = s.value(last);
      double payout = e.curve().payout(value);
      lines.add(new ScorecardResult.Line(e.kpi(), value, payout, e.weight()));
      weighted += e.weight() * payout;
      weights += e.weight();
      min = Math.min(min, payout);
      max = Math.max(max, payout);
    }
    // A weighted mean lies between its smallest and largest term; clamp away floating-point drift.
    double score = weights == 0 ? Double.NaN : Math.max(min, Math.min(max, weighted / weights));
    // Balanced-scorecard perspectives, in order of first appearance.
    Map<Perspective, double[]> byPerspective = new LinkedHashMap<>(); // weighted, weights, min, max
    List<ScorecardEntry> entries = scorecard.entries();
    for (int i = 0; i < entries.size(); i++) {
      ScorecardEntry e = entries.get(i);
      if (e.perspective().isEmpty()) {
        continue;
      }
      double[] acc = byPerspective.computeIfAbsent(e.perspective().get(),
          p -> new double[] {0, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
      ScorecardResult.Line line = lines.get(i);
      if (!line.isExcluded()) {
        double payout = line.payout().getAsDouble();
        acc[0] += e.weight() * payout;
        acc[1] += e.weight();
        acc[2] = Math.min(acc[2], payout);
        acc[3] = Math.max(acc[3], payout);
      }
    }
    List<ScorecardResult.PerspectiveLine> perspectives = new ArrayList<>();
    Map<Perspective, Double> weightsOf = scorecard.perspectiveWeights();
    double pWeighted = 0;
    double pWeights = 0;
    double pMin = Double.POSITIVE_INFINITY;
    double pMax = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Perspective, double[]> p : byPerspective.entrySet()) {
      double[] acc = p.getValue();
      double pScore = acc[1] == 0 ? Double.NaN : Math.max(acc[2], Math.min(acc[3], acc[0] / acc[1]));
      double w = weightsOf.isEmpty() ? Double.NaN : weightsOf.getOrDefault(p.getKey(), 0.0);
      perspectives.add(new ScorecardResult.PerspectiveLine(p.getKey(), pScore, w));
      if (!Double.isNaN(pScore) && w > 0) {
        pWeighted += w * pScore;
        pWeights += w;
        pMin = Math.min(pMin, pScore);
        pMax = Math.max(pMax, pScore);
      }
    }
    if (!weightsOf.isEmpty()) {
      score = pWeights == 0 ? Double.NaN : Math.max(pMin, Math.min(pMax, pWeighted / pWeights));
      weights = pWeights;
    }
    return new ScorecardResult(asOf, score, weights, lines, perspectives, !weightsOf.isEmpty());
  }
}
