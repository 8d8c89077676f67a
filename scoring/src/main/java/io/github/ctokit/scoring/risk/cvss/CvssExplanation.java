package io.github.ctokit.scoring.risk.cvss;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a {@link CvssScores} was computed, as data: the vector, the profile, the effective value
 * of every metric that took part (after defaults and modified metrics were applied), and each
 * step with the rule it applied and the number it produced.
 *
 * <p>Step values are exact decimals where the profile computes exactly; the few v4.0 quotients
 * that do not terminate are shown to 12 decimal places (the score itself is decided on the exact
 * rational, and the step's rule says so). Under a floating-point profile the values are the
 * doubles the reference calculator produced, written in their shortest decimal form.
 *
 * <pre>{@code
 * CvssExplanation why = Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").scores().explain();
 * why.step("Impact").get().value();   // 5.87311872 (6.42 × ISS)
 * String report = why.toString();     // one line per step
 * }</pre>
 */
@Value.Immutable
public abstract class CvssExplanation {

  CvssExplanation() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CvssExplanation}; vector, profile and at least one step are required. */
  public static final class Builder extends ImmutableCvssExplanation.Builder {
    Builder() {}
  }

  /**
   * One step of a computation.
   *
   * @param name the quantity computed, such as {@code "ISS"} or {@code "Base score"}
   * @param rule the formula or lookup applied, with the numbers substituted
   * @param value the result
   */
  public record Step(String name, String rule, BigDecimal value) {

    /**
     * Creates a step.
     *
     * @param name the quantity computed
     * @param rule the formula or lookup applied
     * @param value the result
     * @throws NullPointerException if an argument is null
     */
    public Step {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(value, "value");
    }

    /** Returns {@code name = value   [rule]}. */
    @Override
    public String toString() {
      return name + " = " + value.toPlainString() + "   [" + rule + "]";
    }
  }

  /**
   * Returns the canonical vector string that was scored.
   *
   * @return the vector, not-defined metrics dropped
   */
  public abstract String vector();

  /**
   * Returns the profile the scores were computed under.
   *
   * @return the profile
   */
  public abstract CvssProfile profile();

  /**
   * Returns the effective value of each metric that takes part in the computation, after
   * not-defined values were replaced by their defaults and modified base metrics were applied.
   *
   * @return an unmodifiable map from metric abbreviation to value, in canonical order
   */
  public abstract Map<String, String> effectiveValues();

  /**
   * Returns the steps in the order they were computed.
   *
   * @return an unmodifiable, non-empty list
   */
  public abstract List<Step> steps();

  /**
   * Finds the first step that computed a quantity.
   *
   * @param name the step's name, such as {@code "Impact"}
   * @return the step, or empty if no step has that name
   */
  public final Optional<Step> step(String name) {
    Objects.requireNonNull(name, "name");
    for (Step s : steps()) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Returns a multi-line text: the vector and profile, the effective values, then one line per step. */
  @Override
  public final String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(vector()).append(" (").append(profile()).append(")\n");
    sb.append("  effective: ");
    boolean first = true;
    for (Map.Entry<String, String> e : effectiveValues().entrySet()) {
      sb.append(first ? "" : "/").append(e.getKey()).append(':').append(e.getValue());
      first = false;
    }
    for (Step s : steps()) {
      sb.append("\n  ").append(s);
    }
    return sb.toString();
  }

  @Value.Check
  final void check() {
    if (steps().isEmpty()) {
      throw new IllegalArgumentException("steps must not be empty");
    }
  }
}
