package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.ProcessId;
import io.github.ctokit.core.continuity.ServiceId;
import io.github.ctokit.core.validation.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One verdict of a {@link ContinuityReport}, explained as data: which {@link #kind()} of rule,
 * about which {@link #service()}, along which {@link #path()} of services, with which
 * {@link #figures()}, under which {@link #rule()}, plus a readable {@link #message()}.
 *
 * <p>{@link Severity#ERROR} findings are breaches (the plan cannot deliver what it promises);
 * {@link Severity#WARNING} findings are inconsistencies or missing evidence. Immutable.
 */
public final class Finding {

  private final FindingKind kind;
  private final Severity severity;
  private final ServiceId service;
  private final List<ServiceId> path;
  private final Figures collected;
  private volatile @Nullable Map<String, Duration> figures;
  private final String rule;
  private final Supplier<String> text;
  private volatile @Nullable String message;
  private final @Nullable ProcessId process;

  Finding(FindingKind kind, Severity severity, ServiceId service, List<ServiceId> path,
      Figures figures, String rule, Supplier<String> text) {
    this(kind, severity, service, null, path, figures, rule, text);
  }

  Finding(FindingKind kind, Severity severity, ServiceId service, @Nullable ProcessId process, List<ServiceId> path,
      Figures figures, String rule, Supplier<String> text) {
    this.process = process;
    this.kind = kind;
    this.severity = severity;
    this.service = service;
    this.path = path; // immutable: List.of or LazyPath
    this.collected = figures;
    this.rule = rule;
    this.text = text;
  }

  /**
   * Returns what the finding is about.
   *
   * @return the kind
   */
  public FindingKind kind() {
    return kind;
  }

  /**
   * Returns how serious it is: {@link Severity#ERROR} for breaches.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Tells whether this finding is a breach.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isBreach() {
    return severity == Severity.ERROR;
  }

  /**
   * Returns the service the finding is about.
   *
   * @return the service id
   */
  public ServiceId service() {
    return service;
  }

  /**
   * Returns the business process whose target the verdict is about, when the limit breached is a
   * process's (its RTO, RPO or MTPD, which bound every service in its dependency closure) rather
   * than the service's own.
   *
   * @return the process, or empty when the service's own target (or a dependent service's MTPD) applies
   */
  public Optional<ProcessId> process() {
    return Optional.ofNullable(process);
  }

  /**
   * Returns the services involved, in recovery order: for a breach the critical path from the
   * deepest dependency to {@link #service()}; for an inversion the service and its dependency.
   *
   * @return the path; may hold only {@link #service()}
   */
  public List<ServiceId> path() {
    return path;
  }

  /**
   * Returns the numbers behind the verdict, by name ("achievable", "rto", "wrt", "mtpd", "excess", …),
   * in the order the rule uses them.
   *
   * @return an unmodifiable, ordered map
   */
  public Map<String, Duration> figures() {
    Map<String, Duration> f = figures;
    if (f == null) {
      f = collected.toMap();
      figures = f;
    }
    return f;
  }

  /**
   * Returns the rule applied, as a formula such as {@code "achievable ≤ rto"}.
   *
   * @return the rule
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the verdict in English, with the numbers.
   *
   * @return one line
   */
  public String message() {
    String m = message;
    if (m == null) {
      m = text.get(); // built on first use: a report over 100,000 services may hold 500,000 findings
      message = m;
    }
    return m;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Finding other && other.kind == kind && other.severity == severity
        && other.service.equals(service) && Objects.equals(other.process, process) && other.path.equals(path) && other.figures().equals(figures())
        && other.rule.equals(rule) && other.message().equals(message());
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, severity, service, process, path, figures(), rule);
  }

  /** Returns {@code "ERROR RTO_BREACH ledger: …"}. */
  @Override
  public String toString() {
    return severity + " " + kind + " " + service + ": " + message();
  }
}
