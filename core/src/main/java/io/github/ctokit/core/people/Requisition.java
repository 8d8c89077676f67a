package io.github.ctokit.core.people;

import io.github.ctokit.core.Estimate;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.TeamId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An open role: a hire wanted for a team, with a skill at a level, a wanted start, an uncertain
 * time to fill and a ramp-up curve. Time to fill runs from opening the requisition to the hire's
 * first day (it includes the notice period, so it is longer than time to hire: REFERENCES §5.2
 * quotes 36–41 days to hire and 51 days to fill for IT, weak evidence).
 *
 * <pre>{@code
 * Requisition req = Requisition.builder()
 *     .id(RequisitionId.of("REQ-42")).team(TeamId.of("payments")).role(Role.DEVELOPER.id())
 *     .skill(SkillId.of("backend")).level(3).wantedStart(LocalDate.of(2027, 4, 1))
 *     .timeToFillDays(Estimate.threePoint(40, 51, 90)).rampUp(RampUp.linear(90, 0.2))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Requisition implements WithRequisition {

  /** The longest time to fill accepted, in days. */
  public static final double MAX_TIME_TO_FILL_DAYS = 3_653;

  Requisition() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Requisition}; every attribute but the ramp-up is required. */
  public static final class Builder extends ImmutableRequisition.Builder {
    Builder() {}
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract RequisitionId id();

  /**
   * Returns the team the hire joins.
   *
   * @return the team
   */
  public abstract TeamId team();

  /**
   * Returns the hire's role.
   *
   * @return the role
   */
  public abstract RoleId role();

  /**
   * Returns the skill wanted.
   *
   * @return the skill
   */
  public abstract SkillId skill();

  /**
   * Returns the proficiency wanted.
   *
   * @return 1 to 4
   */
  public abstract int level();

  /**
   * Returns the wanted first day.
   *
   * @return the date
   */
  public abstract LocalDate wantedStart();

  /**
   * Returns the time from opening to the hire's first day.
   *
   * @return an estimate in days, within [0, 3,653]
   */
  public abstract Estimate timeToFillDays();

  /**
   * Returns the hire's ramp-up.
   *
   * @return the curve; {@link RampUp#none()} by default
   */
  @Value.Default
  public RampUp rampUp() {
    return RampUp.none();
  }

  @Value.Check
  final void check() {
    if (level() < Skill.BEGINNER || level() > Skill.AUTHORITY) {
      throw new IllegalArgumentException("level must be within [1, 4] for requisition " + id() + " (was " + level() + ")");
    }
    if (timeToFillDays().low() < 0 || timeToFillDays().high() > MAX_TIME_TO_FILL_DAYS) {
      throw new IllegalArgumentException("timeToFillDays must be within [0, 3653] for requisition " + id()
          + " (was " + timeToFillDays() + ")");
    }
  }
}
