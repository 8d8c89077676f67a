package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.FailureDomain;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The loss of each zone (or region) of a plan in turn: one {@link ContinuityReport} per failure
 * domain, in domain order, and the {@link #worst()} of them. Immutable.
 *
 * <p>The worst domain is the one whose loss causes the most breaches; ties go to the longer
 * longest achievable recovery among the services, then to the first domain in label order.
 */
public final class FailureDomainAssessment {

  private final DisruptionType type;
  private final List<ContinuityReport> reports;

  FailureDomainAssessment(DisruptionType type, List<ContinuityReport> reports) {
    this.type = type;
    this.reports = List.copyOf(reports);
  }

  /**
   * Returns the kind of failure domain assessed.
   *
   * @return {@link DisruptionType#ZONE} or {@link DisruptionType#REGION}
   */
  public DisruptionType type() {
    return type;
  }

  /**
   * Returns one report per failure domain, in label order.
   *
   * @return the reports; empty if no service states a zone (or region)
   */
  public List<ContinuityReport> reports() {
    return reports;
  }

  /**
   * Returns the report for one failure domain.
   *
   * @param domain a domain of this assessment
   * @return its report, or empty if no service names it
   * @throws NullPointerException if {@code domain} is null
   */
  public Optional<ContinuityReport> report(FailureDomain domain) {
    Objects.requireNonNull(domain, "domain");
    for (ContinuityReport r : reports) {
      if (r.failureDomain().orElseThrow().equals(domain)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the worst failure domain's report: most breaches, then the longest achievable
   * recovery, then the first in label order.
   *
   * @return the report, or empty if there is no domain
   */
  public Optional<ContinuityReport> worst() {
    @Nullable ContinuityReport best = null;
    int bestBreaches = -1;
    long bestLongest = -1;
    for (ContinuityReport r : reports) {
      int breaches = r.breaches().size();
      long longest = longest(r);
      if (breaches > bestBreaches || (breaches == bestBreaches && longest > bestLongest)) {
        best = r;
        bestBreaches = breaches;
        bestLongest = longest;
      }
    }
    return Optional.ofNullable(best);
  }

  private static long longest(ContinuityReport r) {
    long max = -1;
    for (ServiceRecovery s : r.recoveries()) {
      if (s.achievable().isPresent()) {
        max = Math.max(max, s.achievable().get().toMillis());
      }
    }
    return max;
  }

  /**
   * Returns one line per failure domain: the services hit, the breaches, the longest achievable
   * recovery; the worst domain is marked.
   *
   * @return several lines of English; a single line if there is no domain
   */
  public String explain() {
    if (reports.isEmpty()) {
      return "no service states a " + type.name().toLowerCase(java.util.Locale.ROOT);
    }
    ContinuityReport worst = worst().orElseThrow();
    StringBuilder sb = new StringBuilder();
    for (ContinuityReport r : reports) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      int breaches = r.breaches().size();
      long longest = longest(r);
      sb.append(r.failureDomain().orElseThrow()).append(": ").append(r.disrupted().size()).append(" of ")
          .append(r.recoveries().size()).append(" services hit, ").append(breaches)
          .append(breaches == 1 ? " breach" : " breaches").append(", longest recovery ")
          .append(longest < 0 ? "unknown" : Times.format(Duration.ofMillis(longest)));
      if (r == worst) {
        sb.append(" (worst)");
      }
    }
    return sb.toString();
  }

  /** Returns {@link #explain()}. */
  @Override
  public String toString() {
    return explain();
  }
}
