package io.github.ctokit.scoring.risk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a score came about, as data: the method, its inputs, the intermediate numbers, the rule or
 * cell that decided the level, and the outcome. {@link #toText()} renders it for people.
 *
 * <p>Values are text in {@link java.util.Locale#ROOT} form (exact decimals in plain notation), in
 * the order the method produced them. Immutable.
 *
 * <pre>{@code
 * Explanation e = score.explanation();
 * e.inputs().get("likelihood");       // "4 (Very likely)"
 * e.rule();                           // "cell grid[3][2] of 5x5 ISO-27005"
 * }</pre>
 */
public final class Explanation {

  private final String method;
  private final Map<String, String> inputs;
  private final Map<String, String> intermediates;
  private final String rule;
  private final String outcome;

  private Explanation(Builder b) {
    this.method = b.method;
    this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(b.inputs));
    this.intermediates = Collections.unmodifiableMap(new LinkedHashMap<>(b.intermediates));
    this.rule = Objects.requireNonNull(b.rule, "rule");
    this.outcome = Objects.requireNonNull(b.outcome, "outcome");
  }

  /**
   * Returns a builder, for implementations of {@link RiskMethod}.
   *
   * @param method the method's id and version, such as {@code "owasp-rrm 2024"}
   * @return an empty builder
   */
  public static Builder builder(String method) {
    return new Builder(Objects.requireNonNull(method, "method"));
  }

  /**
   * Returns the method's id and version.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the inputs by name.
   *
   * @return an unmodifiable map in the order given
   */
  public Map<String, String> inputs() {
    return inputs;
  }

  /**
   * Returns the intermediate numbers by name.
   *
   * @return an unmodifiable map in the order computed
   */
  public Map<String, String> intermediates() {
    return intermediates;
  }

  /**
   * Returns the rule, cell or threshold that decided the level.
   *
   * @return a short description
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the outcome: the level and the scores.
   *
   * @return a short description
   */
  public String outcome() {
    return outcome;
  }

  /**
   * Renders the explanation for people, one fact a line.
   *
   * @return multi-line text
   */
  public String toText() {
    StringBuilder sb = new StringBuilder(method).append('\n');
    inputs.forEach((k, v) -> sb.append("  input  ").append(k).append(" = ").append(v).append('\n'));
    intermediates.forEach((k, v) -> sb.append("  step   ").append(k).append(" = ").append(v).append('\n'));
    sb.append("  rule   ").append(rule).append('\n');
    sb.append("  result ").append(outcome);
    return sb.toString();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Explanation)) {
      return false;
    }
    Explanation o = (Explanation) obj;
    return method.equals(o.method) && inputs.equals(o.inputs) && intermediates.equals(o.intermediates)
        && rule.equals(o.rule) && outcome.equals(o.outcome);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, inputs, intermediates, rule, outcome);
  }

  /** Returns {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }

  /** Collects an {@link Explanation}. Not thread-safe. */
  public static final class Builder {
    private final String method;
    private final Map<String, String> inputs = new LinkedHashMap<>();
    private final Map<String, String> intermediates = new LinkedHashMap<>();
    private @Nullable String rule;
    private @Nullable String outcome;

    private Builder(String method) {
      this.method = method;
    }

    /**
     * Records an input.
     *
     * @param name the input's name
     * @param value its value, as text
     * @return this builder
     */
    public Builder input(String name, String value) {
      inputs.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Records an intermediate number.
     *
     * @param name the step's name
     * @param value its value, as text
     * @return this builder
     */
    public Builder step(String name, String value) {
      intermediates.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets the deciding rule.
     *
     * @param rule the rule, cell or threshold
     * @return this builder
     */
    public Builder rule(String rule) {
      this.rule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets the outcome.
     *
     * @param outcome the level and scores
     * @return this builder
     */
    public Builder outcome(String outcome) {
      this.outcome = Objects.requireNonNull(outcome, "outcome");
      return this;
    }

    /**
     * Returns the explanation.
     *
     * @return the explanation
     * @throws NullPointerException if the rule or the outcome was not set
     */
    public Explanation build() {
      return new Explanation(this);
    }
  }
}
