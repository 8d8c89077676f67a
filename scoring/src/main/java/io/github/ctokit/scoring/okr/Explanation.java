package io.github.ctokit.scoring.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * How one number was produced, as data: the subject (an objective or key result id), its value,
 * the rule applied, the computation with its numbers, and the explanations of its inputs. In an
 * alignment DAG a shared child's explanation is one shared object, so a tree is never copied.
 *
 * <pre>{@code
 * okrs.explain(ObjectiveId.of("O-eng")).text();
 * // O-eng 0.49 = mean(O-platform 0.64, O-product 0.78, O-data 0.06)
 * // O-platform 0.64 = mean(KR-1 0.8, KR-2 0.48)
 * // KR-1 0.8 = (40 − 0) / (50 − 0); value of check-in on 2027-02-10
 * }</pre>
 */
public final class Explanation {

  private final String subject;
  private final double value;
  private final String rule;
  private final String detail;
  private final List<Explanation> inputs;

  Explanation(String subject, double value, String rule, String detail, List<Explanation> inputs) {
    this.subject = subject;
    this.value = value;
    this.rule = rule;
    this.detail = detail;
    this.inputs = Collections.unmodifiableList(inputs);
  }

  /**
   * Returns what the number belongs to: an objective or key result id.
   *
   * @return the id's text
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the number explained.
   *
   * @return the value, or empty when there is no data
   */
  public OptionalDouble value() {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Returns the rule's name, such as {@code "mean"}, {@code "weighted mean"},
   * {@code "(current − start) / (target − start)"} or {@code "no data"}.
   *
   * @return the rule
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the computation with its numbers, such as {@code "mean(KR-1 0.8, KR-2 0.48)"}.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the explanations of the inputs, in the order used.
   *
   * @return an unmodifiable list, empty for a key result
   */
  public List<Explanation> inputs() {
    return inputs;
  }

  /**
   * Renders the explanation, one line per distinct subject, breadth first:
   * {@code subject value = detail}. Values print with up to 4 decimals, {@link RoundingMode#HALF_UP}.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String text() {
    StringBuilder sb = new StringBuilder();
    Map<Explanation, Boolean> seen = new IdentityHashMap<>();
    ArrayDeque<Explanation> queue = new ArrayDeque<>();
    queue.add(this);
    seen.put(this, Boolean.TRUE);
    while (!queue.isEmpty()) {
      Explanation e = queue.poll();
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(e.subject).append(' ').append(number(e.value)).append(" = ").append(e.detail);
      for (Explanation in : e.inputs) {
        if (seen.put(in, Boolean.TRUE) == null) {
          queue.add(in);
        }
      }
    }
    return sb.toString();
  }

  static String number(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(subject) * 31 + Double.hashCode(value);
  }

  /** Returns the first line of {@link #text()}. */
  @Override
  public String toString() {
    return subject + " " + number(value) + " = " + detail;
  }
}
