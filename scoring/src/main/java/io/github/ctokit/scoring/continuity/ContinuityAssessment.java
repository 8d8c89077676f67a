package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.DrillType;
import io.github.ctokit.core.continuity.FailureDomain;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.Tier;
import io.github.ctokit.core.validation.ValidationException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The entry point of DR assessment: what a {@link DrPlan} can really deliver in a disruption.
 *
 * <p>{@link #of(DrPlan)} validates the plan (throwing {@link ValidationException} with every
 * error) and indexes its dependency graph once; the engine is then immutable, thread-safe and
 * reusable; {@code withX} methods return configured copies. {@link #assess(DisruptionType, LocalDate)}
 * returns a {@link ContinuityReport}.
 *
 * <p>Policies and their defaults:
 *
 * <ul>
 *   <li>{@link #withWrtConvention(WrtConvention)}: {@link WrtConvention#RTO_PLUS_WRT_WITHIN_MTPD};
 *   <li>{@link #withDrillValidity(Tier, Period)}: how long a drill stays fresh, per tier:
 *       30 days for tier 1, 90 for tier 2, 365 for tiers 3 and 4;
 *   <li>{@link #withRestoreVerificationWindow(Period)}: how recent a verified restore must be for
 *       the "0 errors" clause of 3-2-1-1-0: 90 days;
 *   <li>{@link #withScoreRounding(RoundingMode)}: how readiness components round to whole points:
 *       {@link RoundingMode#HALF_UP};
 *   <li>{@link #withMinimumDrillType(DrillType)}: the weakest drill type that counts as evidence:
 *       {@link DrillType#PARALLEL} (a drill that really recovers systems);
 *   <li>{@link #withDrillFreshness(DrillFreshness)}: whether a process's evidence needs any or all
 *       services of its closure fresh: {@link DrillFreshness#ALL_FRESH};
 *   <li>{@link #withUnplacedServices(UnplacedServices)}: whether a zone or region outage hits a
 *       service whose placement does not say where it runs: {@link UnplacedServices#DISRUPTED}.
 * </ul>
 *
 * <pre>{@code
 * ContinuityReport report = ContinuityAssessment.of(plan)
 *     .withWrtConvention(WrtConvention.RTO_PLUS_WRT_WITHIN_MTPD)
 *     .assess(DisruptionType.REGION, LocalDate.of(2027, 3, 31));
 * report.breaches();                        // findings with path, figures and rule
 * report.recovery(ServiceId.of("web")).criticalPath();
 * report.cheapestFix().reductions();
 * }</pre>
 */
public final class ContinuityAssessment {

  private final DrPlan plan;
  private final Graph graph;
  private final WrtConvention wrtConvention;
  private final Map<Tier, Period> drillValidity;
  private final Period restoreWindow;
  private final RoundingMode scoreRounding;
  private final UnplacedServices unplaced;
  private final DrillType minimumDrillType;
  private final DrillFreshness drillFreshness;

  private ContinuityAssessment(DrPlan plan, Graph graph, WrtConvention wrtConvention, Map<Tier, Period> drillValidity,
      Period restoreWindow, RoundingMode scoreRounding, UnplacedServices unplaced, DrillType minimumDrillType,
      DrillFreshness drillFreshness) {
    this.unplaced = unplaced;
    this.minimumDrillType = minimumDrillType;
    this.drillFreshness = drillFreshness;
    this.plan = plan;
    this.graph = graph;
    this.wrtConvention = wrtConvention;
    this.drillValidity = drillValidity;
    this.restoreWindow = restoreWindow;
    this.scoreRounding = scoreRounding;
  }

  /**
   * Returns an engine for a plan, with the default policies.
   *
   * @param plan the plan
   * @return the engine
   * @throws NullPointerException if {@code plan} is null
   * @throws ValidationException if {@link DrPlan#validator()} finds errors (all of them are carried)
   */
  public static ContinuityAssessment of(DrPlan plan) {
    Objects.requireNonNull(plan, "plan");
    DrPlan.validator().requireValid(plan);
    Map<Tier, Period> validity = new EnumMap<>(Tier.class);
    validity.put(Tier.TIER_1, Period.ofDays(30));
    validity.put(Tier.TIER_2, Period.ofDays(90));
    validity.put(Tier.TIER_3, Period.ofDays(365));
    validity.put(Tier.TIER_4, Period.ofDays(365));
    return new ContinuityAssessment(plan, new Graph(plan), WrtConvention.RTO_PLUS_WRT_WITHIN_MTPD, validity,
        Period.ofDays(90), RoundingMode.HALF_UP, UnplacedServices.DISRUPTED, DrillType.PARALLEL,
        DrillFreshness.ALL_FRESH);
  }

  /**
   * Returns a copy using another WRT convention.
   *
   * @param convention the convention
   * @return the configured engine
   * @throws NullPointerException if {@code convention} is null
   */
  public ContinuityAssessment withWrtConvention(WrtConvention convention) {
    Objects.requireNonNull(convention, "convention");
    return new ContinuityAssessment(plan, graph, convention, drillValidity, restoreWindow, scoreRounding, unplaced, minimumDrillType, drillFreshness);
  }

  /**
   * Returns a copy in which drills of services of one tier stay fresh for another period.
   *
   * @param tier the tier
   * @param validity how long a drill counts as fresh: non-negative parts, at most 100 years and 36,525 days
   * @return the configured engine
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code validity} is negative or too long
   */
  public ContinuityAssessment withDrillValidity(Tier tier, Period validity) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(validity, "validity");
    requirePeriod("validity", validity);
    Map<Tier, Period> copy = new EnumMap<>(drillValidity);
    copy.put(tier, validity);
    return new ContinuityAssessment(plan, graph, wrtConvention, copy, restoreWindow, scoreRounding, unplaced, minimumDrillType, drillFreshness);
  }

  /**
   * Returns a copy with another verification window for the "0 errors" clause of 3-2-1-1-0.
   *
   * @param window how recent a verified restore must be: non-negative parts, at most 100 years and 36,525 days
   * @return the configured engine
   * @throws NullPointerException if {@code window} is null
   * @throws IllegalArgumentException if {@code window} is negative or too long
   */
  public ContinuityAssessment withRestoreVerificationWindow(Period window) {
    Objects.requireNonNull(window, "window");
    requirePeriod("window", window);
    return new ContinuityAssessment(plan, graph, wrtConvention, drillValidity, window, scoreRounding, unplaced, minimumDrillType, drillFreshness);
  }

  /**
   * Returns a copy that rounds readiness components with another mode.
   *
   * @param rounding the rounding mode; not {@link RoundingMode#UNNECESSARY}
   * @return the configured engine
   * @throws NullPointerException if {@code rounding} is null
   * @throws IllegalArgumentException if {@code rounding} is UNNECESSARY
   */
  public ContinuityAssessment withScoreRounding(RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("rounding must not be UNNECESSARY");
    }
    return new ContinuityAssessment(plan, graph, wrtConvention, drillValidity, restoreWindow, rounding, unplaced, minimumDrillType, drillFreshness);
  }

  /**
   * Returns a copy that treats services whose placement does not say whether they lie in a failed
   * zone or region according to another policy.
   *
   * @param policy the policy
   * @return the configured engine
   * @throws NullPointerException if {@code policy} is null
   */
  public ContinuityAssessment withUnplacedServices(UnplacedServices policy) {
    Objects.requireNonNull(policy, "policy");
    return new ContinuityAssessment(plan, graph, wrtConvention, drillValidity, restoreWindow, scoreRounding, policy, minimumDrillType, drillFreshness);
  }

  /**
   * Returns a copy in which only drills of a given type or a stronger one (later in
   * {@link DrillType}'s order, from tabletop to full interruption) count as evidence.
   *
   * @param type the weakest drill type that counts
   * @return the configured engine
   * @throws NullPointerException if {@code type} is null
   */
  public ContinuityAssessment withMinimumDrillType(DrillType type) {
    Objects.requireNonNull(type, "type");
    return new ContinuityAssessment(plan, graph, wrtConvention, drillValidity, restoreWindow, scoreRounding, unplaced, type,
        drillFreshness);
  }

  /**
   * Returns a copy that judges a business process's drill evidence by another rule.
   *
   * @param freshness whether any or all services of a process's dependency closure must have fresh evidence
   * @return the configured engine
   * @throws NullPointerException if {@code freshness} is null
   */
  public ContinuityAssessment withDrillFreshness(DrillFreshness freshness) {
    Objects.requireNonNull(freshness, "freshness");
    return new ContinuityAssessment(plan, graph, wrtConvention, drillValidity, restoreWindow, scoreRounding, unplaced,
        minimumDrillType, freshness);
  }

  /**
   * Returns the weakest drill type that counts as evidence.
   *
   * @return the drill type
   */
  public DrillType minimumDrillType() {
    return minimumDrillType;
  }

  /**
   * Returns the rule for a business process's drill evidence.
   *
   * @return the rule
   */
  public DrillFreshness drillFreshness() {
    return drillFreshness;
  }

  private static void requirePeriod(String field, Period p) {
    if (p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0 || p.toTotalMonths() > 1_200 || p.getDays() > 36_525) {
      throw new IllegalArgumentException(
          field + " must have non-negative parts and be at most 100 years and 36525 days (was " + p + ")");
    }
  }

  /**
   * Returns the WRT convention in force.
   *
   * @return the convention
   */
  public WrtConvention wrtConvention() {
    return wrtConvention;
  }

  /**
   * Returns the drill validity of a tier.
   *
   * @param tier the tier
   * @return the period
   * @throws NullPointerException if {@code tier} is null
   */
  public Period drillValidity(Tier tier) {
    Objects.requireNonNull(tier, "tier");
    Period p = drillValidity.get(tier);
    return p == null ? Period.ZERO : p;
  }

  /**
   * Returns the restore verification window.
   *
   * @return the window
   */
  public Period restoreVerificationWindow() {
    return restoreWindow;
  }

  /**
   * Returns the rounding of readiness components.
   *
   * @return the rounding mode
   */
  public RoundingMode scoreRounding() {
    return scoreRounding;
  }

  /**
   * Returns the policy for services whose placement does not locate them in or out of a failed domain.
   *
   * @return the policy
   */
  public UnplacedServices unplacedServices() {
    return unplaced;
  }

  /**
   * Assesses the plan for one disruption type, as of a date: every service is assumed disrupted
   * by a disruption of that type, and recovers by its estimate for that type (or its runbook).
   * For {@link DisruptionType#ZONE} and {@link DisruptionType#REGION} this is the upper bound of
   * every failure domain's outage (each service only gets slower when hit);
   * {@link #assessOutage(FailureDomain, LocalDate)} scopes the disruption to one zone or region.
   *
   * @param disruption the disruption type
   * @param asOf the date drills and restore verifications are judged at
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public ContinuityReport assess(DisruptionType disruption, LocalDate asOf) {
    Objects.requireNonNull(disruption, "disruption");
    Objects.requireNonNull(asOf, "asOf");
    return new ContinuityReport(plan, graph, this, disruption, null, asOf);
  }

  /**
   * Assesses the loss of one zone or region, as of a date. Only the services inside its blast
   * radius are disrupted: those placed in the domain, and those whose placement does not say,
   * under {@link #withUnplacedServices(UnplacedServices)} ({@link UnplacedServices#DISRUPTED} by
   * default). A hit service recovers by its estimate for the domain's {@link FailureDomain#type()}
   * (or its runbook); a service outside the radius loses nothing and needs no recovery (own time
   * 0, recovery point 0), so it is back at 0 unless it waits for a hit dependency.
   *
   * @param domain the zone or region lost
   * @param asOf the date drills and restore verifications are judged at
   * @return the report, with {@link ContinuityReport#failureDomain()} set
   * @throws NullPointerException if an argument is null
   */
  public ContinuityReport assessOutage(FailureDomain domain, LocalDate asOf) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(asOf, "asOf");
    return new ContinuityReport(plan, graph, this, domain.type(), domain, asOf);
  }

  /**
   * Returns the failure domains of a type that the plan's placements name: every distinct zone
   * (or region) label, in label order.
   *
   * @param type {@link DisruptionType#ZONE} or {@link DisruptionType#REGION}
   * @return the domains; empty if no service states one
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalArgumentException if {@code type} is not ZONE or REGION
   */
  public List<FailureDomain> failureDomains(DisruptionType type) {
    Objects.requireNonNull(type, "type");
    if (type != DisruptionType.ZONE && type != DisruptionType.REGION) {
      throw new IllegalArgumentException("type must be ZONE or REGION for failure domains (was " + type + ")");
    }
    TreeSet<String> labels = new TreeSet<>();
    for (Service s : plan.services()) {
      (type == DisruptionType.ZONE ? s.placement().zone() : s.placement().region()).ifPresent(labels::add);
    }
    List<FailureDomain> out = new ArrayList<>(labels.size());
    for (String label : labels) {
      out.add(FailureDomain.of(type, label));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Assesses the loss of each zone (or region) in turn: one report per failure domain of
   * {@link #failureDomains(DisruptionType)}, and the worst of them.
   *
   * @param type {@link DisruptionType#ZONE} or {@link DisruptionType#REGION}
   * @param asOf the date drills and restore verifications are judged at
   * @return the reports per domain
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code type} is not ZONE or REGION
   */
  public FailureDomainAssessment assessEachOutage(DisruptionType type, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<ContinuityReport> reports = new ArrayList<>();
    for (FailureDomain d : failureDomains(type)) {
      reports.add(assessOutage(d, asOf));
    }
    return new FailureDomainAssessment(type, reports);
  }
}
