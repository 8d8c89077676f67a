package io.github.ctokit.core.continuity;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * One step of a recovery runbook: what is done, how long it takes, and whether it runs in
 * parallel with the step before it.
 *
 * <p>Consecutive steps marked {@link #parallelWithPrevious()} form a group with the step before
 * them; a group takes as long as its longest step and groups run one after another (see
 * {@link Service#runbookDuration()}). The flag of the first step is ignored.
 *
 * <pre>{@code
 * RunbookStep restore = RunbookStep.of("restore database", Duration.ofMinutes(90));
 * RunbookStep warm = RunbookStep.of("warm caches", Duration.ofMinutes(20)).withParallelWithPrevious(true);
 * }</pre>
 */
@Value.Immutable
public abstract class RunbookStep implements WithRunbookStep {

  RunbookStep() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RunbookStep}; name and duration are required. */
  public static final class Builder extends ImmutableRunbookStep.Builder {
    Builder() {}
  }

  /**
   * Returns a sequential step.
   *
   * @param name what the step does
   * @param duration how long it takes, zero to 36,525 days
   * @return the step
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or the duration out of range
   */
  public static RunbookStep of(String name, Duration duration) {
    return builder().name(name).duration(duration).build();
  }

  /**
   * Returns what the step does, such as "restore database"; not personal data.
   *
   * @return a non-blank name
   */
  public abstract String name();

  /**
   * Returns how long the step takes.
   *
   * @return zero to 36,525 days
   */
  public abstract Duration duration();

  /**
   * Tells whether the step runs in parallel with the step before it.
   *
   * @return false by default
   */
  @Value.Default
  public boolean parallelWithPrevious() {
    return false;
  }

  @Value.Check
  final void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    Durations.check("duration", duration());
  }
}
