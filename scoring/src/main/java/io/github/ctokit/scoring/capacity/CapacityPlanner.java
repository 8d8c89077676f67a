package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.Estimate;
import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.people.AttritionAssumption;
import io.github.ctokit.core.people.Demand;
import io.github.ctokit.core.people.Organisation;
import io.github.ctokit.core.people.RampUp;
import io.github.ctokit.core.people.WorkWeek;
import io.github.ctokit.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The entry point of capacity planning: effective capacity of an {@link Organisation} over a plan
 * period ({@link #capacity()}), and the exact allocation of its people to a {@link Demand} with
 * gaps, explanations and a hiring plan ({@link #plan(Demand)}).
 *
 * <p>{@link #of(Organisation)} validates the organisation (throwing {@link ValidationException}
 * with every error); {@link #over(YearQuarter)} or {@link #over(LocalDateRange)} sets the period.
 * Engines are immutable, thread-safe and reusable; {@code withX} methods return configured copies.
 *
 * <p>Policies and their defaults (REFERENCES §5.1, §5.2):
 *
 * <ul>
 *   <li>{@link #withFocusFactor(double)}: the share of available hours that goes to planned work:
 *       1 (tools quote 0.6–0.8; ctokit fabricates nothing);
 *   <li>{@link #withMaxUtilisation(double)}: the cap on each person's allocated share of effective
 *       hours per week: 1;
 *   <li>{@link #withDefaultRampUp(RampUp)}: the ramp-up of people without their own:
 *       {@link RampUp#none()};
 *   <li>{@link #withOnboardingDrag(OnboardingDrag)}: {@link OnboardingDrag#none()};
 *   <li>{@link #withCommunicationOverhead(CommunicationOverhead)}: {@link CommunicationOverhead#none()};
 *   <li>{@link #withAttrition(AttritionAssumption)}: the organisation's assumption (itself
 *       {@link AttritionAssumption#none()} by default); capacity is multiplied by the expected share
 *       still employed, counted from the plan's first day;
 *   <li>{@link #withPriorityWeighting(PriorityWeighting)}: {@link PriorityWeighting#RANK_LINEAR};
 *   <li>{@link #withDemandSpread(DemandSpread)}: {@link DemandSpread#CAPACITY};
 *   <li>{@link #withHiringThreshold(double)}: needs whose gap totals under 40 hours (a week of a
 *       full-time hire) stay out of the hiring plan;
 *   <li>{@link #withHiringAssumptions(WorkWeek, Estimate, RampUp)}: a hire works
 *       {@link WorkWeek#standard()}, takes {@code Estimate.threePoint(36, 51, 62)} days to fill
 *       (time to hire 36–41 days, IT time to fill 51, senior up to 62: REFERENCES §5.2, weak) and
 *       ramps up linearly over 90 days from 25 %;
 *   <li>{@link #withTimeToFillConvention(TimeToFillConvention)}: {@link TimeToFillConvention#HIGH};
 *   <li>{@link #withKeyPersonThreshold(int)}: 1 (the only expert of a demanded skill);
 *   <li>{@link #withAsOf(LocalDate)}: the date a hiring need counts as late against: the plan's first day.
 * </ul>
 *
 * <pre>{@code
 * CapacityPlan plan = CapacityPlanner.of(org)
 *     .over(YearQuarter.of(2027, 1))
 *     .withFocusFactor(0.8)
 *     .plan(roadmap);
 * plan.gaps();
 * plan.hiringPlan();
 * }</pre>
 */
public final class CapacityPlanner {

  /** The longest plan accepted, in days (ten years). */
  public static final int MAX_PLAN_DAYS = 3_660;

  private static final Estimate DEFAULT_TIME_TO_FILL = Estimate.threePoint(36, 51, 62);
  private static final RampUp DEFAULT_HIRE_RAMP = RampUp.linear(90, 0.25);
  private static final double DEFAULT_HIRING_THRESHOLD = 40;

  private final Organisation organisation;
  private final Config c;

  /** The settings; never changed once a planner holds them (each withX works on a copy). */
  private static final class Config implements Cloneable {
    @Nullable LocalDateRange plan;
    double focusFactor = 1;
    double maxUtilisation = 1;
    RampUp defaultRampUp = RampUp.none();
    OnboardingDrag drag = OnboardingDrag.none();
    CommunicationOverhead overhead = CommunicationOverhead.none();
    AttritionAssumption attrition = AttritionAssumption.none();
    PriorityWeighting weighting = PriorityWeighting.RANK_LINEAR;
    DemandSpread spread = DemandSpread.CAPACITY;
    WorkWeek hireWeek = WorkWeek.standard();
    Estimate hireTimeToFill = DEFAULT_TIME_TO_FILL;
    RampUp hireRampUp = DEFAULT_HIRE_RAMP;
    TimeToFillConvention timeToFill = TimeToFillConvention.HIGH;
    double hiringThresholdHours = DEFAULT_HIRING_THRESHOLD;
    int keyPersonThreshold = 1;
    @Nullable LocalDate asOf;

    Config copy() {
      try {
        return (Config) clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private CapacityPlanner(Organisation organisation, Config config) {
    this.organisation = organisation;
    this.c = config;
  }

  private CapacityPlanner with(java.util.function.Consumer<Config> change) {
    Config copy = c.copy();
    change.accept(copy);
    return new CapacityPlanner(organisation, copy);
  }

  /**
   * Returns a planner for an organisation, with the default policies and no period yet.
   *
   * @param organisation the organisation
   * @return the planner
   * @throws NullPointerException if {@code organisation} is null
   * @throws ValidationException if {@link Organisation#validator()} finds errors (all of them are carried)
   */
  public static CapacityPlanner of(Organisation organisation) {
    Objects.requireNonNull(organisation, "organisation");
    Organisation.validator().requireValid(organisation);
    Config config = new Config();
    config.attrition = organisation.attrition();
    return new CapacityPlanner(organisation, config);
  }

  /**
   * Returns a copy planning over a calendar quarter.
   *
   * @param quarter the quarter
   * @return the configured planner
   * @throws NullPointerException if {@code quarter} is null
   */
  public CapacityPlanner over(YearQuarter quarter) {
    Objects.requireNonNull(quarter, "quarter");
    return over(LocalDateRange.of(quarter.atDay(1), quarter.plusQuarters(1).atDay(1)));
  }

  /**
   * Returns a copy planning over a period.
   *
   * @param period the half-open period, finite, 1 to {@value #MAX_PLAN_DAYS} days
   * @return the configured planner
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalArgumentException if the period is unbounded, empty or too long
   */
  public CapacityPlanner over(LocalDateRange period) {
    Checks.requireBounded("period", period);
    if (period.isEmpty() || period.lengthInDays() > MAX_PLAN_DAYS) {
      throw new IllegalArgumentException(
          "period must have 1 to " + MAX_PLAN_DAYS + " days (was " + period + ")");
    }
    return with(x -> x.plan = period);
  }

  /**
   * Returns a copy with another focus factor.
   *
   * @param factor the share of available hours spent on planned work, within (0, 1]
   * @return the configured planner
   * @throws IllegalArgumentException if {@code factor} is outside (0, 1]
   */
  public CapacityPlanner withFocusFactor(double factor) {
    double f = Checks.requireWithin("focusFactor", factor, 0, 1);
    if (f == 0) {
      throw new IllegalArgumentException("focusFactor must be within (0, 1] (was 0)");
    }
    return with(x -> x.focusFactor = f);
  }

  /**
   * Returns a copy with another maximum utilisation.
   *
   * @param share the largest share of a person's effective hours allocated in a week, within [0, 1]
   * @return the configured planner
   * @throws IllegalArgumentException if {@code share} is outside [0, 1]
   */
  public CapacityPlanner withMaxUtilisation(double share) {
    double m = Checks.requireWithin("maxUtilisation", share, 0, 1);
    return with(x -> x.maxUtilisation = m);
  }

  /**
   * Returns a copy with another default ramp-up for people without their own.
   *
   * @param rampUp the curve
   * @return the configured planner
   * @throws NullPointerException if {@code rampUp} is null
   */
  public CapacityPlanner withDefaultRampUp(RampUp rampUp) {
    Objects.requireNonNull(rampUp, "rampUp");
    return with(x -> x.defaultRampUp = rampUp);
  }

  /**
   * Returns a copy with another onboarding-drag policy.
   *
   * @param policy the policy
   * @return the configured planner
   * @throws NullPointerException if {@code policy} is null
   */
  public CapacityPlanner withOnboardingDrag(OnboardingDrag policy) {
    Objects.requireNonNull(policy, "policy");
    return with(x -> x.drag = policy);
  }

  /**
   * Returns a copy with another communication-overhead policy.
   *
   * @param policy the policy
   * @return the configured planner
   * @throws NullPointerException if {@code policy} is null
   */
  public CapacityPlanner withCommunicationOverhead(CommunicationOverhead policy) {
    Objects.requireNonNull(policy, "policy");
    return with(x -> x.overhead = policy);
  }

  /**
   * Returns a copy with another attrition assumption: an attrition scenario.
   *
   * @param assumption the assumption
   * @return the configured planner
   * @throws NullPointerException if {@code assumption} is null
   */
  public CapacityPlanner withAttrition(AttritionAssumption assumption) {
    Objects.requireNonNull(assumption, "assumption");
    return with(x -> x.attrition = assumption);
  }

  /**
   * Returns a copy with another priority weighting.
   *
   * @param policy the weighting
   * @return the configured planner
   * @throws NullPointerException if {@code policy} is null
   */
  public CapacityPlanner withPriorityWeighting(PriorityWeighting policy) {
    Objects.requireNonNull(policy, "policy");
    return with(x -> x.weighting = policy);
  }

  /**
   * Returns a copy with other assumptions about hires without a matching requisition.
   *
   * @param week the hire's working week
   * @param timeToFillDays days from opening the requisition to the first day, within [0, 3,653]
   * @param rampUp the hire's ramp-up
   * @return the configured planner
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the time to fill is outside [0, 3,653] days
   */
  public CapacityPlanner withHiringAssumptions(WorkWeek week, Estimate timeToFillDays, RampUp rampUp) {
    Objects.requireNonNull(week, "week");
    Objects.requireNonNull(timeToFillDays, "timeToFillDays");
    Objects.requireNonNull(rampUp, "rampUp");
    if (timeToFillDays.low() < 0 || timeToFillDays.high() > 3_653) {
      throw new IllegalArgumentException("timeToFillDays must be within [0, 3653] (was " + timeToFillDays + ")");
    }
    return with(x -> {
      x.hireWeek = week;
      x.hireTimeToFill = timeToFillDays;
      x.hireRampUp = rampUp;
    });
  }

  /**
   * Returns a copy reading time-to-fill estimates by another convention.
   *
   * @param convention the convention
   * @return the configured planner
   * @throws NullPointerException if {@code convention} is null
   */
  public CapacityPlanner withTimeToFillConvention(TimeToFillConvention convention) {
    Objects.requireNonNull(convention, "convention");
    return with(x -> x.timeToFill = convention);
  }

  /**
   * Returns a copy with another key-person threshold.
   *
   * @param experts a demanded skill with 1 to this many experts makes each of them a key person, 1 to 100
   * @return the configured planner
   * @throws IllegalArgumentException if {@code experts} is outside [1, 100]
   */
  public CapacityPlanner withKeyPersonThreshold(int experts) {
    if (experts < 1 || experts > 100) {
      throw new IllegalArgumentException("keyPersonThreshold must be within [1, 100] (was " + experts + ")");
    }
    return with(x -> x.keyPersonThreshold = experts);
  }

  /**
   * Returns a copy judging hiring lateness as of a date.
   *
   * @param date the date ("today"); ctokit never reads the clock
   * @return the configured planner
   * @throws NullPointerException if {@code date} is null
   */
  public CapacityPlanner withAsOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(x -> x.asOf = date);
  }

  /**
   * Returns a copy spreading effort over the weeks of its period by another policy.
   *
   * @param policy the policy
   * @return the configured planner
   * @throws NullPointerException if {@code policy} is null
   */
  public CapacityPlanner withDemandSpread(DemandSpread policy) {
    Objects.requireNonNull(policy, "policy");
    return with(x -> x.spread = policy);
  }

  /**
   * Returns a copy that leaves needs with fewer unmet hours out of the hiring plan.
   *
   * @param hours the smallest total gap over the plan worth a hire, within [0, 10 million]
   * @return the configured planner
   * @throws IllegalArgumentException if {@code hours} is out of range
   */
  public CapacityPlanner withHiringThreshold(double hours) {
    double h = Checks.requireWithin("hiringThreshold", hours, 0, 1e7);
    return with(x -> x.hiringThresholdHours = h);
  }

  /**
   * Returns the demand-spread policy.
   *
   * @return the policy
   */
  public DemandSpread demandSpread() {
    return c.spread;
  }

  /**
   * Returns the hiring threshold.
   *
   * @return hours, zero or more
   */
  public double hiringThreshold() {
    return c.hiringThresholdHours;
  }

  /**
   * Returns the organisation.
   *
   * @return the validated organisation
   */
  public Organisation organisation() {
    return organisation;
  }

  /**
   * Returns the focus factor.
   *
   * @return within (0, 1]
   */
  public double focusFactor() {
    return c.focusFactor;
  }

  /**
   * Returns the maximum utilisation.
   *
   * @return within [0, 1]
   */
  public double maxUtilisation() {
    return c.maxUtilisation;
  }

  /**
   * Returns the default ramp-up.
   *
   * @return the curve
   */
  public RampUp defaultRampUp() {
    return c.defaultRampUp;
  }

  /**
   * Returns the onboarding-drag policy.
   *
   * @return the policy
   */
  public OnboardingDrag onboardingDrag() {
    return c.drag;
  }

  /**
   * Returns the communication-overhead policy.
   *
   * @return the policy
   */
  public CommunicationOverhead communicationOverhead() {
    return c.overhead;
  }

  /**
   * Returns the attrition assumption.
   *
   * @return the assumption
   */
  public AttritionAssumption attrition() {
    return c.attrition;
  }

  /**
   * Returns the priority weighting.
   *
   * @return the weighting
   */
  public PriorityWeighting priorityWeighting() {
    return c.weighting;
  }

  /**
   * Returns the working week of a planned hire.
   *
   * @return the week
   */
  public WorkWeek hireWeek() {
    return c.hireWeek;
  }

  /**
   * Returns the time to fill of a planned hire without a matching requisition.
   *
   * @return the estimate, in days
   */
  public Estimate hireTimeToFillDays() {
    return c.hireTimeToFill;
  }

  /**
   * Returns the ramp-up of a planned hire without a matching requisition.
   *
   * @return the curve
   */
  public RampUp hireRampUp() {
    return c.hireRampUp;
  }

  /**
   * Returns the time-to-fill convention.
   *
   * @return the convention
   */
  public TimeToFillConvention timeToFillConvention() {
    return c.timeToFill;
  }

  /**
   * Returns the key-person threshold.
   *
   * @return 1 to 100
   */
  public int keyPersonThreshold() {
    return c.keyPersonThreshold;
  }

  /**
   * Returns the as-of date.
   *
   * @return the date set, else the plan's first day
   * @throws IllegalStateException if neither is set
   */
  public LocalDate asOf() {
    return c.asOf != null ? c.asOf : period().getStart();
  }

  /**
   * Returns the plan period.
   *
   * @return the period
   * @throws IllegalStateException if no period was set with {@code over}
   */
  public LocalDateRange period() {
    LocalDateRange plan = c.plan;
    if (plan == null) {
      throw new IllegalStateException("period must be set first\nMaybe call over(YearQuarter.of(2027, 1))");
    }
    return plan;
  }

  /**
   * Computes effective capacity over the period.
   *
   * @return the capacity
   * @throws IllegalStateException if no period was set
   * @throws IllegalArgumentException if people × plan days exceeds 200 million
   */
  public Capacity capacity() {
    return new Capacity(new Grid(organisation, period(),
        new Settings(c.focusFactor, c.defaultRampUp, c.drag, c.overhead, c.attrition)));
  }

  /**
   * Allocates the organisation's people to a demand over the period, exactly, and derives gaps,
   * explanations, bus factors and the hiring plan.
   *
   * @param demand the demand
   * @return the plan
   * @throws NullPointerException if {@code demand} is null
   * @throws IllegalStateException if no period was set
   * @throws ValidationException if {@link Demand#validate(Organisation, LocalDateRange)} finds errors
   * @throws IllegalArgumentException if people × plan days exceeds 200 million
   */
  public CapacityPlan plan(Demand demand) {
    Objects.requireNonNull(demand, "demand");
    demand.validate(organisation, period()).orThrow();
    Capacity capacity = capacity();
    return new CapacityPlan(this, capacity, demand, new Allocator(capacity.grid, demand, c.maxUtilisation, c.weighting, c.spread));
  }

  /** Returns {@code CapacityPlanner[period, people]}. */
  @Override
  public String toString() {
    return "CapacityPlanner[" + (c.plan == null ? "no period" : String.valueOf(c.plan)) + ", "
        + organisation.people().size() + " people]";
  }
}
