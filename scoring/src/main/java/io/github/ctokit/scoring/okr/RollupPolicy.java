package io.github.ctokit.scoring.okr;

import io.github.ctokit.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Every semantic choice of OKR scoring where tools disagree, as one named value, with presets that
 * reproduce the documented rules of well-known tools. Start from a preset and adjust with
 * {@code withX}:
 *
 * <pre>{@code
 * RollupPolicy policy = RollupPolicy.googleGrading().withStaleAfterDays(14);
 * }</pre>
 *
 * <p>Defaults ({@link #defaults()}): overshoot clamped to 1, wrong direction floored at 0, start =
 * target gives 0, no check-in means the start value, carry-forward, weighted mean of key results
 * with children as peers, linear pace curve with BurningOKR bands, worst-wins status, grades to 2
 * decimals {@link RoundingMode#HALF_UP}, yellow from 0.35 and green from 0.65.
 */
@Value.Immutable
public abstract class RollupPolicy implements WithRollupPolicy {

  RollupPolicy() {}

  /**
   * Returns a builder whose every attribute starts at its default.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RollupPolicy}; {@code name} is required, everything else has a default. */
  public static final class Builder extends ImmutableRollupPolicy.Builder {
    Builder() {}
  }

  /**
   * ctokit's defaults, described on the class.
   *
   * @return the policy named {@code ctokit}
   */
  public static RollupPolicy defaults() {
    return builder().name("ctokit").build();
  }

  /**
   * Google's OKR grading: key results graded 0.0–1.0 (clamped), objective = mean of its key results
   * (children only when it has none), grades to 1 decimal HALF_UP as Google grades (0.0 to 1.0),
   * colours red below 0.35, yellow below 0.65, green from 0.65: on one-decimal grades exactly
   * Google's 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green (re:Work "Grade OKRs"; Google's OKR
   * playbook). Committed objectives are missed below 1.0. Google defines no pace rule; the
   * BurningOKR bands are used during the cycle.
   *
   * @return the policy named {@code google}
   */
  public static RollupPolicy googleGrading() {
    return builder().name("google").keyResultRollup(KeyResultRollup.MEAN)
        .childRollup(ChildRollup.CHILDREN_IF_NO_KEY_RESULTS).gradeScale(1).build();
  }

  /**
   * Perdoo: mean of key results, children only for objectives with children, negative progress
   * floored only in the rollup, overshoot kept, weakest status excluding no data.
   *
   * @return the policy named {@code perdoo}
   */
  public static RollupPolicy perdoo() {
    return builder().name("perdoo").overshoot(Overshoot.none()).wrongDirection(WrongDirection.CLAMP_0_IN_ROLLUP)
        .keyResultRollup(KeyResultRollup.MEAN).childRollup(ChildRollup.CHILDREN_ONLY).statusRollup(StatusRollup.WEAKEST)
        .build();
  }

  /**
   * Quantive (Gtmhub): mean of key results with each aligned child as one more item, shown as
   * whole percentages (grade scale 2).
   *
   * @return the policy named {@code quantive}
   */
  public static RollupPolicy quantive() {
    return builder().name("quantive").keyResultRollup(KeyResultRollup.MEAN).childRollup(ChildRollup.AS_PEERS).build();
  }

  /**
   * Lattice: weighted mean of key results (a weight of 0 removes a key result), overshoot kept.
   *
   * @return the policy named {@code lattice}
   */
  public static RollupPolicy lattice() {
    return builder().name("lattice").overshoot(Overshoot.none()).keyResultRollup(KeyResultRollup.WEIGHTED_MEAN)
        .childRollup(ChildRollup.OWN_KEY_RESULTS_ONLY).build();
  }

  /**
   * Leapsome: weighted mean of key results; an objective without key results is the weighted mean
   * of its aligned children.
   *
   * @return the policy named {@code leapsome}
   */
  public static RollupPolicy leapsome() {
    return builder().name("leapsome").keyResultRollup(KeyResultRollup.WEIGHTED_MEAN)
        .childRollup(ChildRollup.CHILDREN_IF_NO_KEY_RESULTS).build();
  }

  /**
   * operately: clamped to [0, 1], start = target gives 0, mean of key results.
   *
   * @return the policy named {@code operately}
   */
  public static RollupPolicy operately() {
    return builder().name("operately").keyResultRollup(KeyResultRollup.MEAN)
        .childRollup(ChildRollup.OWN_KEY_RESULTS_ONLY).build();
  }

  /**
   * BurningOKR: clamped to [0, 1], start = target gives 0, key results without a check-in excluded,
   * carry-forward between check-ins, mean of key results, BurningOKR pace bands.
   *
   * @return the policy named {@code burningokr}
   */
  public static RollupPolicy burningOkr() {
    return builder().name("burningokr").missingCheckIn(MissingCheckIn.EXCLUDE).keyResultRollup(KeyResultRollup.MEAN)
        .childRollup(ChildRollup.OWN_KEY_RESULTS_ONLY).paceRule(PaceRule.burningOkr()).build();
  }

  /**
   * puzzle/okr: progress {@code |v−b|/|s−b|} floored at 0 on the wrong side, overshoot kept.
   *
   * @return the policy named {@code puzzle}
   */
  public static RollupPolicy puzzleOkr() {
    return builder().name("puzzle").overshoot(Overshoot.none()).wrongDirection(WrongDirection.CLAMP_0)
        .keyResultRollup(KeyResultRollup.MEAN).childRollup(ChildRollup.OWN_KEY_RESULTS_ONLY).build();
  }

  /**
   * ServiceNow goals and targets: overshoot kept, a missing period not met (0), maintain targets
   * scored as the share of periods met, weighted mean with children as peers, achievement bands
   * 90 % / 75 %, worst-wins status.
   *
   * @return the policy named {@code servicenow}
   */
  public static RollupPolicy serviceNow() {
    return builder().name("servicenow").overshoot(Overshoot.none()).missingCheckIn(MissingCheckIn.ZERO)
        .maintainRule(MaintainRule.SHARE_OF_CHECK_INS_MET).keyResultRollup(KeyResultRollup.WEIGHTED_MEAN)
        .childRollup(ChildRollup.AS_PEERS).paceRule(PaceRule.achievement9075()).statusRollup(StatusRollup.WORST_WINS)
        .build();
  }

  /**
   * Engagedly: Engagedly's pace gaps, elapsed counted at the end of the as-of day.
   *
   * @return the policy named {@code engagedly}
   */
  public static RollupPolicy engagedly() {
    return builder().name("engagedly").paceRule(PaceRule.engagedly()).dayCount(DayCount.END_OF_DAY).build();
  }

  /**
   * Viva Goals: on track when actual ≥ expected, else behind.
   *
   * @return the policy named {@code viva}
   */
  public static RollupPolicy viva() {
    return builder().name("viva").keyResultRollup(KeyResultRollup.MEAN).paceRule(PaceRule.viva()).build();
  }

  /**
   * Returns the policy's name, shown in explanations.
   *
   * @return a non-blank name
   */
  public abstract String name();

  /**
   * Returns the overshoot rule for key results.
   *
   * @return {@link Overshoot#clampToOne()} by default
   */
  @Value.Default
  public Overshoot overshoot() {
    return Overshoot.clampToOne();
  }

  /**
   * Returns the wrong-direction rule for key results.
   *
   * @return {@link WrongDirection#CLAMP_0} by default
   */
  @Value.Default
  public WrongDirection wrongDirection() {
    return WrongDirection.CLAMP_0;
  }

  /**
   * Returns the rule for increase and decrease key results whose start equals their target.
   *
   * @return {@link StartEqualsTarget#ZERO} by default
   */
  @Value.Default
  public StartEqualsTarget startEqualsTarget() {
    return StartEqualsTarget.ZERO;
  }

  /**
   * Returns the rule for key results without a value on or before the as-of date.
   *
   * @return {@link MissingCheckIn#START_VALUE} by default
   */
  @Value.Default
  public MissingCheckIn missingCheckIn() {
    return MissingCheckIn.START_VALUE;
  }

  /**
   * Returns how values are read between check-ins.
   *
   * @return {@link Interpolation#STEP} by default
   */
  @Value.Default
  public Interpolation interpolation() {
    return Interpolation.STEP;
  }

  /**
   * Returns the rule for maintain and band key results.
   *
   * @return {@link MaintainRule#SHARE_OF_CHECK_INS_MET} by default
   */
  @Value.Default
  public MaintainRule maintainRule() {
    return MaintainRule.SHARE_OF_CHECK_INS_MET;
  }

  /**
   * Returns after how many days without a check-in a key result is stale: stale when
   * {@code asOf − (latest value's date, or the cycle start) > staleAfterDays}.
   *
   * @return the number of days, zero or more; empty for never
   */
  public abstract OptionalInt staleAfterDays();

  /**
   * Returns how key results combine into an objective.
   *
   * @return {@link KeyResultRollup#WEIGHTED_MEAN} by default
   */
  @Value.Default
  public KeyResultRollup keyResultRollup() {
    return KeyResultRollup.WEIGHTED_MEAN;
  }

  /**
   * Returns how key results and aligned children combine.
   *
   * @return {@link ChildRollup#AS_PEERS} by default
   */
  @Value.Default
  public ChildRollup childRollup() {
    return ChildRollup.AS_PEERS;
  }

  /**
   * Returns the children's share under {@link ChildRollup#SHARE}.
   *
   * @return within [0, 1]; 0.5 by default
   */
  @Value.Default
  public double childShare() {
    return 0.5;
  }

  /**
   * Returns the expected-progress curve.
   *
   * @return {@link PaceCurve#linear()} by default
   */
  @Value.Default
  public PaceCurve paceCurve() {
    return PaceCurve.linear();
  }

  /**
   * Returns how elapsed time is counted.
   *
   * @return {@link DayCount#START_OF_DAY} by default
   */
  @Value.Default
  public DayCount dayCount() {
    return DayCount.START_OF_DAY;
  }

  /**
   * Returns the pace rule (status from actual and expected progress).
   *
   * @return {@link PaceRule#burningOkr()} by default
   */
  @Value.Default
  public PaceRule paceRule() {
    return PaceRule.burningOkr();
  }

  /**
   * Returns how statuses roll up the alignment DAG.
   *
   * @return {@link StatusRollup#WORST_WINS} by default
   */
  @Value.Default
  public StatusRollup statusRollup() {
    return StatusRollup.WORST_WINS;
  }

  /**
   * Returns the number of decimals of grades.
   *
   * @return within [0, 6]; 2 by default
   */
  @Value.Default
  public int gradeScale() {
    return 2;
  }

  /**
   * Returns the rounding mode of grades.
   *
   * @return {@link RoundingMode#HALF_UP} by default
   */
  @Value.Default
  public RoundingMode gradeRounding() {
    return RoundingMode.HALF_UP;
  }

  /**
   * Tells whether every progress is rounded to the grade scale before it is rolled up, as tools
   * that average the numbers they display do. Off by default: ctokit rolls up exact values and
   * rounds only the grade.
   *
   * @return false by default
   */
  @Value.Default
  public boolean roundBeforeRollup() {
    return false;
  }

  /**
   * Returns the lowest yellow grade.
   *
   * @return 0.35 by default
   */
  @Value.Default
  public BigDecimal yellowFrom() {
    return new BigDecimal("0.35");
  }

  /**
   * Returns the lowest green grade.
   *
   * @return 0.65 by default
   */
  @Value.Default
  public BigDecimal greenFrom() {
    return new BigDecimal("0.65");
  }

  /**
   * Returns how objective confidences combine.
   *
   * @return the rule; {@link ConfidenceRollup#MEAN} by default
   */
  @Value.Default
  public ConfidenceRollup confidenceRollup() {
    return ConfidenceRollup.MEAN;
  }

  /**
   * Returns when a manual {@link StatusOverride} stops applying.
   *
   * @return the rule; {@link OverrideExpiry#ON_NEWER_CHECK_IN} by default
   */
  @Value.Default
  public OverrideExpiry overrideExpiry() {
    return OverrideExpiry.ON_NEWER_CHECK_IN;
  }

  @Value.Check
  final void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    Checks.requireWithin("childShare", childShare(), 0, 1);
    if (gradeScale() < 0 || gradeScale() > 6) {
      throw new IllegalArgumentException("gradeScale must be within [0, 6] (was " + gradeScale() + ")");
    }
    if (gradeRounding() == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("gradeRounding must not be UNNECESSARY");
    }
    if (staleAfterDays().isPresent() && staleAfterDays().getAsInt() < 0) {
      throw new IllegalArgumentException("staleAfterDays must be zero or more (was " + staleAfterDays().getAsInt() + ")");
    }
    if (childRollup() == ChildRollup.SUM_OF_VALUES && keyResultRollup() != KeyResultRollup.VALUE_ROLLUP) {
      throw new IllegalArgumentException("childRollup SUM_OF_VALUES requires keyResultRollup VALUE_ROLLUP (was "
          + keyResultRollup() + ")");
    }
    if (yellowFrom().compareTo(greenFrom()) > 0) {
      throw new IllegalArgumentException("yellowFrom must be at most greenFrom (was " + yellowFrom().toPlainString()
          + " > " + greenFrom().toPlainString() + ")");
    }
  }
}
