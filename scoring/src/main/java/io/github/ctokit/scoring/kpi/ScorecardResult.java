package io.github.ctokit.scoring.kpi;

import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.Perspective;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A scored scorecard: the weighted score, one line per entry, the exclusions and an explanation.
 * Immutable.
 */
public final class ScorecardResult {

  /** One scorecard entry's contribution. */
  public static final class Line {

    private final KpiId kpi;
    private final double value;
    private final double payout;
    private final double weight;

    Line(KpiId kpi, double value, double payout, double weight) {
      this.kpi = kpi;
      this.value = value;
      this.payout = payout;
      this.weight = weight;
    }

    /**
     * Returns the KPI.
     *
     * @return the id
     */
    public KpiId kpi() {
      return kpi;
    }

    /**
     * Returns the value used.
     *
     * @return the latest value, or empty when excluded
     */
    public OptionalDouble value() {
      return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * Returns the achievement curve's payout for the value.
     *
     * @return the payout, or empty when excluded
     */
    public OptionalDouble payout() {
      return Double.isNaN(payout) ? OptionalDouble.empty() : OptionalDouble.of(payout);
    }

    /**
     * Returns the entry's weight as declared.
     *
     * @return zero or more
     */
    public double weight() {
      return weight;
    }

    /**
     * Tells whether the entry was left out (no data, stale, or weight 0).
     *
     * @return true if excluded
     */
    public boolean isExcluded() {
      return Double.isNaN(payout);
    }

    /** Returns {@code kpi value → payout ×weight}, or {@code kpi excluded}. */
    @Override
    public String toString() {
      return isExcluded() ? kpi + " excluded (no data)"
          : kpi + " " + Checks.format(value) + " → " + number(payout) + " ×" + Checks.format(weight);
    }
  }

  /** One balanced-scorecard perspective of the result: its achievement and weight. Immutable. */
  public static final class PerspectiveLine {

    private final Perspective perspective;
    private final double score;
    private final double weight;

    PerspectiveLine(Perspective perspective, double score, double weight) {
      this.perspective = perspective;
      this.score = score;
      this.weight = weight;
    }

    /**
     * Returns the perspective.
     *
     * @return the perspective
     */
    public Perspective perspective() {
      return perspective;
    }

    /**
     * Returns the perspective's achievement: the weighted mean of its entries' payouts over those
     * with data.
     *
     * @return the achievement, or empty when none of its entries has data
     */
    public OptionalDouble score() {
      return Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    /**
     * Returns the perspective's weight in the overall score.
     *
     * @return the weight, or empty when the scorecard does not weight perspectives
     */
    public OptionalDouble weight() {
      return Double.isNaN(weight) ? OptionalDouble.empty() : OptionalDouble.of(weight);
    }

    /** Returns such as {@code financial 0.85 ×2}. */
    @Override
    public String toString() {
      return perspective + " " + (Double.isNaN(score) ? "no data" : number(score))
          + (Double.isNaN(weight) ? "" : " ×" + Checks.format(weight));
    }
  }

  private final LocalDate asOf;
  private final double score;
  private final double weightUsed;
  private final List<Line> lines;
  private final List<PerspectiveLine> perspectives;
  private final boolean byPerspective;

  ScorecardResult(LocalDate asOf, double score, double weightUsed, List<Line> lines, List<PerspectiveLine> perspectives,
      boolean byPerspective) {
    this.asOf = asOf;
    this.score = score;
    this.weightUsed = weightUsed;
    this.lines = Collections.unmodifiableList(new ArrayList<>(lines));
    this.perspectives = Collections.unmodifiableList(new ArrayList<>(perspectives));
    this.byPerspective = byPerspective;
  }

  /**
   * Returns the balanced-scorecard perspectives of the entries, in order of first appearance,
   * with their achievements (and weights when the scorecard weights them).
   *
   * @return an unmodifiable list, empty when no entry names a perspective
   */
  public List<PerspectiveLine> perspectives() {
    return perspectives;
  }

  /**
   * Returns one perspective's achievement.
   *
   * @param perspective the perspective
   * @return the weighted mean of its entries' payouts, or empty when it has no entry with data
   * @throws NullPointerException if {@code perspective} is null
   */
  public OptionalDouble score(Perspective perspective) {
    Objects.requireNonNull(perspective, "perspective");
    for (PerspectiveLine p : perspectives) {
      if (p.perspective.equals(perspective)) {
        return p.score();
      }
    }
    return OptionalDouble.empty();
  }

  static String number(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /**
   * Returns the evaluation date.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns {@code Σ wᵢ·payoutᵢ / Σ wᵢ} over the entries with data.
   *
   * @return the score, within the curves' payout range; empty when no entry has data
   */
  public OptionalDouble score() {
    return Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score);
  }

  /**
   * Returns the lines, in scorecard order.
   *
   * @return an unmodifiable list
   */
  public List<Line> lines() {
    return lines;
  }

  /**
   * Returns the KPIs left out for lack of data, whose weight was spread over the others.
   *
   * @return the excluded KPIs, in scorecard order
   */
  public List<KpiId> excluded() {
    List<KpiId> out = new ArrayList<>();
    for (Line l : lines) {
      if (l.isExcluded()) {
        out.add(l.kpi());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the computation as text, such as
   * {@code "0.875 = (2×1 + 1×0.625) / 3; KPI-x excluded (no data)"}.
   *
   * @return the explanation
   */
  public String explanation() {
    if (Double.isNaN(score)) {
      return "no score: no entry has data";
    }
    StringBuilder terms = new StringBuilder();
    StringBuilder excluded = new StringBuilder();
    for (Line l : lines) {
      if (l.isExcluded()) {
        excluded.append("; ").append(l);
      } else {
        if (terms.length() > 0) {
          terms.append(" + ");
        }
        terms.append(Checks.format(l.weight)).append('×').append(number(l.payout));
      }
    }
    if (byPerspective) {
      StringBuilder parts = new StringBuilder();
      StringBuilder each = new StringBuilder();
      for (PerspectiveLine p : perspectives) {
        each.append("; ").append(p);
        if (!Double.isNaN(p.score) && p.weight > 0) {
          if (parts.length() > 0) {
            parts.append(" + ");
          }
          parts.append(Checks.format(p.weight)).append('×').append(number(p.score));
        }
      }
      return number(score) + " = (" + parts + ") / " + Checks.format(weightUsed) + " by perspective" + each
          + "; entries " + terms + excluded;
    }
    return number(score) + " = (" + terms + ") / " + Checks.format(weightUsed) + excluded;
  }

  /** Returns the explanation. */
  @Override
  public String toString() {
    return explanation();
  }
}
