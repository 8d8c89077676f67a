package io.github.ctokit.core.risk;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a risk is being dealt with: a {@link TreatmentStrategy} and, for {@link TreatmentStrategy#ACCEPT},
 * the {@link Acceptance} record.
 *
 * <p>An acceptance record on any other strategy is rejected when built. An {@code ACCEPT}
 * treatment without a record is allowed to be built, and reported by the register's validator
 * (code {@code risk.acceptance-missing}), so that an import sees it with every other problem.
 *
 * <pre>{@code
 * Treatment mitigate = Treatment.of(TreatmentStrategy.MITIGATE);
 * Treatment accept = Treatment.accepted(acceptance);
 * }</pre>
 */
@Value.Immutable
public abstract class Treatment {

  Treatment() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Treatment}; {@code strategy} is required. */
  public static final class Builder extends ImmutableTreatment.Builder {
    Builder() {}
  }

  /**
   * Returns a treatment with a strategy and nothing else.
   *
   * @param strategy the strategy
   * @return the treatment
   */
  public static Treatment of(TreatmentStrategy strategy) {
    return builder().strategy(strategy).build();
  }

  /**
   * Returns an {@link TreatmentStrategy#ACCEPT} treatment with its record.
   *
   * @param acceptance the acceptance record
   * @return the treatment
   */
  public static Treatment accepted(Acceptance acceptance) {
    return builder().strategy(TreatmentStrategy.ACCEPT).acceptance(acceptance).build();
  }

  /**
   * Returns the strategy.
   *
   * @return the strategy
   */
  public abstract TreatmentStrategy strategy();

  /**
   * Returns the acceptance record.
   *
   * @return the record; present only for {@link TreatmentStrategy#ACCEPT}
   */
  public abstract Optional<Acceptance> acceptance();

  /**
   * Returns the day the treatment is due to be complete.
   *
   * @return the due date, or empty
   */
  public abstract Optional<LocalDate> due();

  @Value.Check
  final void check() {
    if (acceptance().isPresent() && strategy() != TreatmentStrategy.ACCEPT) {
      throw new IllegalArgumentException(
          "acceptance must only be recorded for strategy ACCEPT (was " + strategy() + ")");
    }
  }
}
