package io.github.ctokit.core.people;

import java.util.List;
import org.immutables.value.Value;

/**
 * An initiative of the roadmap: what it needs ({@link #efforts()}) and how much it matters
 * ({@link #priority()}, 1 the most important).
 *
 * <pre>{@code
 * Initiative checkout = Initiative.builder()
 *     .id(InitiativeId.of("checkout-v2")).name("Checkout v2").priority(1)
 *     .addEfforts(Effort.ofSkill(SkillId.of("backend"), 2, q1, 480))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Initiative implements WithInitiative {

  /** The lowest priority rank accepted. */
  public static final int MAX_PRIORITY = 1_000;

  Initiative() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Initiative}; id and name are required. */
  public static final class Builder extends ImmutableInitiative.Builder {
    Builder() {}
  }

  /**
   * Returns the id.
   *
   * @return the id, unique within a demand
   */
  public abstract InitiativeId id();

  /**
   * Returns the display name (not personal data).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the priority rank: 1 is the most important; ranks may repeat.
   *
   * @return 1 to {@value #MAX_PRIORITY}; 1 by default
   */
  @Value.Default
  public int priority() {
    return 1;
  }

  /**
   * Returns the effort needed.
   *
   * @return the effort lines; may be empty
   */
  public abstract List<Effort> efforts();

  /**
   * Returns the total hours of every effort line.
   *
   * @return zero or more
   */
  public final double totalHours() {
    double sum = 0;
    for (Effort e : efforts()) {
      sum += e.hours();
    }
    return sum;
  }

  @Value.Check
  final void check() {
    if (priority() < 1 || priority() > MAX_PRIORITY) {
      throw new IllegalArgumentException(
          "priority must be within [1, " + MAX_PRIORITY + "] for initiative " + id() + " (was " + priority() + ")");
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException("name must not be blank for initiative " + id());
    }
  }
}
