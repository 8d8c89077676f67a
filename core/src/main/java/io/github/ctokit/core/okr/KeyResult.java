package io.github.ctokit.core.okr;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.kpi.KpiId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A measurable result of an objective: its {@link KeyResultKind}, start and target values, unit,
 * weight within its objective, dated {@link CheckIn}s, and optionally the KPI that measures it
 * (then its current value is the KPI's latest observation instead of a check-in).
 *
 * <p>Single-value rules are checked at construction ({@link IllegalArgumentException}): finite
 * numbers; check-ins in strictly increasing date order; a band for {@link KeyResultKind#WITHIN_BAND}
 * with {@code bandLow ≤ bandHigh}; stages for {@link KeyResultKind#ORDINAL}, whose check-in values
 * are stage ordinals; check-in values 0 or 1 for {@link KeyResultKind#MILESTONE}. Rules that need
 * the whole graph (duplicate ids, a direction that contradicts start and target, start equal to
 * target, negative weights, check-ins outside the cycle) are reported by {@link OkrGraph#validator()}.
 *
 * <pre>{@code
 * KeyResult latency = KeyResult.builder()
 *     .id(KeyResultId.of("KR-p95")).title("p95 latency below 200 ms")
 *     .kind(KeyResultKind.DECREASE).unit("ms").start(340).target(200)
 *     .addCheckIns(CheckIn.of(LocalDate.of(2027, 1, 15), 310))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class KeyResult implements WithKeyResult {

  KeyResult() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KeyResult}; {@code id}, {@code title} and {@code kind} are required. */
  public static final class Builder extends ImmutableKeyResult.Builder {
    Builder() {}
  }

  /**
   * Returns the id, unique across the graph.
   *
   * @return the id
   */
  public abstract KeyResultId id();

  /**
   * Returns the title. Free text: never put in messages or {@code toString}.
   *
   * @return the title
   */
  @Value.Redacted
  public abstract String title();

  /**
   * Returns how the key result is measured.
   *
   * @return the kind
   */
  public abstract KeyResultKind kind();

  /**
   * Returns the unit of start, target and check-in values, such as {@code "ms"}.
   *
   * @return the unit; empty when unitless
   */
  @Value.Default
  public String unit() {
    return "";
  }

  /**
   * Returns the value at the start of the cycle (baseline).
   *
   * @return a finite number; 0 by default
   */
  @Value.Default
  public double start() {
    return 0;
  }

  /**
   * Returns the target value: the goal of an increase or decrease, the threshold of a maintain
   * key result, 1 for a milestone, the last stage's ordinal for an ordinal key result, and the
   * band's midpoint for a band.
   *
   * @return a finite number
   * @throws IllegalArgumentException (at build) if it is required by the kind and not set
   */
  @Value.Default
  public double target() {
    return defaultTarget(id().value(), kind(), stages().map(LevelScale::size).orElse(0),
        bandLow().isPresent() && bandHigh().isPresent(), bandLow().orElse(0), bandHigh().orElse(0));
  }

  /** The target of a key result that sets none (shared with {@link OkrTable}); stages 0 = none. */
  static double defaultTarget(String id, KeyResultKind kind, int stages, boolean band, double low, double high) {
    switch (kind) {
      case MILESTONE:
        return 1;
      case ORDINAL:
        return stages > 0 ? stages - 1 : 1;
      case WITHIN_BAND:
        if (band) {
          return (low + high) / 2;
        }
        throw new IllegalArgumentException("bandLow and bandHigh must be set for kind WITHIN_BAND (key result " + id + ")");
      default:
        throw new IllegalArgumentException("target must be set for kind " + kind + " (key result " + id + ")");
    }
  }

  /**
   * Returns the lower end of the band of a {@link KeyResultKind#WITHIN_BAND} key result.
   *
   * @return the inclusive lower bound, or empty for other kinds
   */
  public abstract OptionalDouble bandLow();

  /**
   * Returns the upper end of the band of a {@link KeyResultKind#WITHIN_BAND} key result.
   *
   * @return the inclusive upper bound, or empty for other kinds
   */
  public abstract OptionalDouble bandHigh();

  /**
   * Returns the stages of an {@link KeyResultKind#ORDINAL} key result, lowest first.
   *
   * @return the scale, or empty for other kinds
   */
  public abstract Optional<LevelScale> stages();

  /**
   * Returns the key result's weight within its objective.
   *
   * @return a finite number, 1 by default; valid graphs have it zero or more
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  /**
   * Returns the check-ins, in strictly increasing date order.
   *
   * @return the check-ins, possibly empty
   */
  public abstract List<CheckIn> checkIns();

  /**
   * Returns the KPI whose observations give this key result's current value, if any.
   *
   * @return the KPI id, or empty when check-ins give the value
   */
  public abstract Optional<KpiId> measuredBy();

  /**
   * Tells whether the key result is scored period by period (maintain and band kinds).
   *
   * @return true for {@code MAINTAIN_ABOVE}, {@code MAINTAIN_BELOW}, {@code WITHIN_BAND}
   */
  public final boolean isMaintain() {
    return kind() == KeyResultKind.MAINTAIN_ABOVE || kind() == KeyResultKind.MAINTAIN_BELOW
        || kind() == KeyResultKind.WITHIN_BAND;
  }

  /**
   * Tells whether a value meets a maintain or band key result's condition.
   *
   * @param value a measured value
   * @return for maintain-above {@code value ≥ target}, maintain-below {@code value ≤ target}, band
   *     {@code bandLow ≤ value ≤ bandHigh}; for other kinds {@code value} reaches the target
   */
  public final boolean meets(double value) {
    switch (kind()) {
      case MAINTAIN_ABOVE:
        return value >= target();
      case MAINTAIN_BELOW:
        return value <= target();
      case WITHIN_BAND:
        return value >= bandLow().orElse(target()) && value <= bandHigh().orElse(target());
      default:
        return target() >= start() ? value >= target() : value <= target();
    }
  }

  @Value.Check
  final void check() {
    int stageCount = stages().map(LevelScale::size).orElse(0);
    checkShape(id().value(), kind(), start(), target(), weight(), bandLow().isPresent(), bandLow().orElse(0),
        bandHigh().isPresent(), bandHigh().orElse(0), stageCount);
    List<CheckIn> checkIns = checkIns();
    for (int i = 0; i < checkIns.size(); i++) {
      CheckIn c = checkIns.get(i);
      checkCheckIn(id().value(), kind(), stageCount, i, c.epochDay(), i > 0 ? checkIns.get(i - 1).epochDay() : Long.MIN_VALUE,
          c.value());
    }
  }

  /**
   * The rules of one key result apart from its check-ins (shared with {@link OkrTable}, so that
   * both inputs refuse the same key results with the same messages); stages 0 = none.
   */
  static void checkShape(String id, KeyResultKind kind, double start, double target, double weight, boolean hasLow,
      double low, boolean hasHigh, double high, int stages) {
    String kr = " (key result " + id + ")";
    Checks.requireFinite("start" + kr, start);
    Checks.requireFinite("target" + kr, target);
    Checks.requireFinite("weight" + kr, weight);
    if (kind == KeyResultKind.WITHIN_BAND) {
      if (!hasLow || !hasHigh) {
        throw new IllegalArgumentException("bandLow and bandHigh must be set for kind WITHIN_BAND" + kr);
      }
      double lo = Checks.requireFinite("bandLow" + kr, low);
      double hi = Checks.requireFinite("bandHigh" + kr, high);
      if (lo > hi) {
        throw new IllegalArgumentException("bandLow must be at most bandHigh" + kr
            + " (was " + Checks.format(lo) + " > " + Checks.format(hi) + ")");
      }
    } else if (hasLow || hasHigh) {
      throw new IllegalArgumentException("bandLow and bandHigh must be empty for kind " + kind + kr);
    }
    if (kind == KeyResultKind.ORDINAL && stages == 0) {
      throw new IllegalArgumentException("stages must be set for kind ORDINAL" + kr);
    }
    if (kind != KeyResultKind.ORDINAL && stages > 0) {
      throw new IllegalArgumentException("stages must be empty for kind " + kind + kr);
    }
  }

  /**
   * The rules of check-in {@code i} of a key result (shared with {@link OkrTable}); {@code
   * previousDay} is {@link Long#MIN_VALUE} for the first.
   */
  static void checkCheckIn(String id, KeyResultKind kind, int stages, int i, long day, long previousDay, double v) {
    if (i > 0 && day <= previousDay) {
      throw new IllegalArgumentException("checkIns must be in strictly increasing date order (key result " + id
          + ") (checkIns[" + i + "] on " + LocalDate.ofEpochDay(day) + " after " + LocalDate.ofEpochDay(previousDay) + ")");
    }
    if (kind == KeyResultKind.MILESTONE && v != 0 && v != 1) {
      throw new IllegalArgumentException("checkIns[" + i + "].value must be 0 or 1 for kind MILESTONE (key result "
          + id + ") (was " + Checks.format(v) + ")");
    }
    if (kind == KeyResultKind.ORDINAL && (v != Math.rint(v) || v < 0 || v >= stages)) {
      throw new IllegalArgumentException("checkIns[" + i + "].value must be a stage ordinal within [0, "
          + (stages - 1) + "] (key result " + id + ") (was " + Checks.format(v) + ")");
    }
  }
}
