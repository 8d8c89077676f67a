package io.github.ctokit.core.kpi;

import io.github.ctokit.core.internal.Checks;
import java.math.BigDecimal;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a KPI measures and what counts as good: unit, {@link Direction}, target, the green and amber
 * tolerances and an optional hysteresis margin. The observations live in a {@link KpiSeries}.
 *
 * <p>Colours (higher is better; lower is better is mirrored): green when
 * {@code value ≥ target − green}, amber when {@code value ≥ target − amber}, red otherwise, with the
 * tolerances {@linkplain Tolerance#resolve(double) resolved} against the target. For
 * {@link Direction#WITHIN_RANGE} green is {@code [rangeLow − green, rangeHigh + green]} and amber
 * {@code [rangeLow − amber, rangeHigh + amber]}, and tolerances must be absolute. A KPI without a
 * target (and not a range) has no colour: scoring reports {@code NO_TARGET}.
 *
 * <p>Hysteresis: a state is left only once the value has crossed the threshold by more than the
 * margin (KPI units), so that a KPI hovering at a threshold does not flap.
 *
 * <pre>{@code
 * KpiDefinition cfr = KpiDefinition.builder()
 *     .id(KpiId.of("KPI-cfr")).name("Change failure rate").unit("ratio")
 *     .direction(Direction.LOWER_IS_BETTER).target(0.10)
 *     .amber(Tolerance.absolute(0.05))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class KpiDefinition implements WithKpiDefinition {

  KpiDefinition() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KpiDefinition}; {@code id}, {@code name} and {@code direction} are required. */
  public static final class Builder extends ImmutableKpiDefinition.Builder {
    Builder() {}
  }

  /**
   * Returns the KPI's id.
   *
   * @return the id
   */
  public abstract KpiId id();

  /**
   * Returns the KPI's display name. Free text: never put in messages.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract String name();

  /**
   * Returns the unit of the observations, such as {@code "deploys/week"}; empty when unitless.
   *
   * @return the unit
   */
  @Value.Default
  public String unit() {
    return "";
  }

  /**
   * Returns which values are good.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * Returns the target value, in the KPI's unit.
   *
   * @return the target; empty when the KPI is tracked without one
   */
  public abstract OptionalDouble target();

  /**
   * Returns the lower end of the green range, for {@link Direction#WITHIN_RANGE}.
   *
   * @return the inclusive lower bound; empty for other directions
   */
  public abstract OptionalDouble rangeLow();

  /**
   * Returns the upper end of the green range, for {@link Direction#WITHIN_RANGE}.
   *
   * @return the inclusive upper bound; empty for other directions
   */
  public abstract OptionalDouble rangeHigh();

  /**
   * Returns how far on the bad side of the target a value stays green.
   *
   * @return the green tolerance; {@link Tolerance#none()} by default
   */
  @Value.Default
  public Tolerance green() {
    return Tolerance.none();
  }

  /**
   * Returns how far on the bad side of the target a value stays amber; at least the green one.
   *
   * @return the amber tolerance; {@link Tolerance#none()} by default (no amber zone)
   */
  @Value.Default
  public Tolerance amber() {
    return Tolerance.none();
  }

  /**
   * Returns the hysteresis margin in KPI units: a state is left only after crossing its
   * threshold by more than this.
   *
   * @return the margin, zero or more; empty for none
   */
  public abstract OptionalDouble hysteresis();

  /**
   * Returns how many consecutive observations in a new colour it takes to change the KPI's state
   * (hysteresis by periods, REFERENCES §4.5): with 3, a KPI that is green and reads amber, amber,
   * amber turns amber on the third; a single green in between resets the count. Combines with the
   * {@link #hysteresis()} margin (an observation counts toward a new colour only once it clears
   * the margin).
   *
   * @return one or more; 1 by default (every observation may change the state)
   */
  @Value.Default
  public int confirmAfter() {
    return 1;
  }

  /**
   * Tells whether the KPI has a target or range to be coloured against.
   *
   * @return true if it has a target, or is a range KPI
   */
  public final boolean hasTarget() {
    return direction() == Direction.WITHIN_RANGE || target().isPresent();
  }

  /**
   * Returns the green threshold in KPI units: the lowest green value for higher is better, the
   * highest for lower is better, the lower green bound for a range.
   *
   * @return the threshold, computed in decimal arithmetic
   * @throws IllegalStateException if the KPI has no target
   */
  public final double greenThreshold() {
    return threshold(green());
  }

  /**
   * Returns the amber threshold in KPI units, as {@link #greenThreshold()} for amber.
   *
   * @return the threshold
   * @throws IllegalStateException if the KPI has no target
   */
  public final double amberThreshold() {
    return threshold(amber());
  }

  /** Thresholds are computed in decimal, so that target 0.1 with tolerance 0.05 gives 0.15, not 0.15000000000000002. */
  private double threshold(Tolerance tolerance) {
    BigDecimal amount = BigDecimal.valueOf(tolerance.amount());
    switch (direction()) {
      case WITHIN_RANGE:
        return BigDecimal.valueOf(rangeLow().orElse(0)).subtract(amount).doubleValue();
      case LOWER_IS_BETTER:
        return BigDecimal.valueOf(requireTarget()).add(resolve(tolerance, amount)).doubleValue();
      default:
        return BigDecimal.valueOf(requireTarget()).subtract(resolve(tolerance, amount)).doubleValue();
    }
  }

  private BigDecimal resolve(Tolerance tolerance, BigDecimal amount) {
    return tolerance.isRelative() ? amount.multiply(BigDecimal.valueOf(Math.abs(requireTarget()))) : amount;
  }

  private double requireTarget() {
    if (target().isEmpty()) {
      throw new IllegalStateException("kpi " + id() + " has no target");
    }
    return target().getAsDouble();
  }

  @Value.Check
  final void check() {
    String kpi = " (kpi " + id() + ")";
    target().ifPresent(t -> Checks.requireFinite("target" + kpi, t));
    hysteresis().ifPresent(h -> Checks.requireNonNegative("hysteresis" + kpi, h));
    if (confirmAfter() < 1) {
      throw new IllegalArgumentException("confirmAfter must be 1 or more" + kpi + " (was " + confirmAfter() + ")");
    }
    if (direction() == Direction.WITHIN_RANGE) {
      if (rangeLow().isEmpty() || rangeHigh().isEmpty()) {
        throw new IllegalArgumentException("rangeLow and rangeHigh must be set for direction WITHIN_RANGE" + kpi);
      }
      double lo = Checks.requireFinite("rangeLow" + kpi, rangeLow().getAsDouble());
      double hi = Checks.requireFinite("rangeHigh" + kpi, rangeHigh().getAsDouble());
      if (lo > hi) {
        throw new IllegalArgumentException(
            "rangeLow must be at most rangeHigh" + kpi + " (was " + Checks.format(lo) + " > " + Checks.format(hi) + ")");
      }
      if (green().isRelative() || amber().isRelative()) {
        throw new IllegalArgumentException("tolerances must be absolute for direction WITHIN_RANGE" + kpi
            + "\nMaybe use Tolerance.absolute(...)");
      }
    } else if (rangeLow().isPresent() || rangeHigh().isPresent()) {
      throw new IllegalArgumentException("rangeLow and rangeHigh must be empty for direction " + direction() + kpi);
    }
    if (target().isPresent() && target().getAsDouble() == 0 && (green().isRelative() || amber().isRelative())
        && (green().amount() > 0 || amber().amount() > 0)) {
      throw new IllegalArgumentException("relative tolerance must not be used with target 0" + kpi
          + "\nMaybe use Tolerance.absolute(...)");
    }
    double t = target().orElse(0);
    if (hasTarget() && green().resolve(t) > amber().resolve(t)) {
      throw new IllegalArgumentException("amber tolerance must be at least the green tolerance" + kpi
          + " (was " + amber() + " < " + green() + ")");
    }
  }
}
