package io.github.ctokit.core.people;

import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The demand on an organisation: the {@link Initiative}s of a roadmap.
 *
 * <p>{@link #validate(Organisation, LocalDateRange)} checks the demand against an organisation's
 * catalogues and a plan period, reporting every problem at once:
 *
 * <table>
 *   <caption>Validation rules</caption>
 *   <tr><th>code</th><th>severity</th><th>path</th><th>rule</th></tr>
 *   <tr><td>{@code people.duplicate-id}</td><td>error</td><td>{@code initiatives[i].id}</td><td>ids are unique</td></tr>
 *   <tr><td>{@code people.unknown-skill}</td><td>error</td><td>{@code initiatives[i].efforts[j]}</td><td>skills are in the catalogue</td></tr>
 *   <tr><td>{@code people.unknown-role}</td><td>error</td><td>{@code initiatives[i].efforts[j]}</td><td>roles are in the catalogue</td></tr>
 *   <tr><td>{@code people.demand-outside-plan}</td><td>error</td><td>{@code initiatives[i].efforts[j]}</td><td>the effort's period overlaps the plan</td></tr>
 *   <tr><td>{@code people.demand-partly-outside-plan}</td><td>warning</td><td>{@code initiatives[i].efforts[j]}</td><td>the period lies within the plan; planners count only the share of hours inside</td></tr>
 * </table>
 *
 * <pre>{@code
 * Demand roadmap = Demand.builder().addInitiatives(checkout, search).build();
 * roadmap.validate(org, LocalDateRange.of(q1Start, q2Start)).orThrow();
 * }</pre>
 */
@Value.Immutable
public abstract class Demand implements WithDemand {

  Demand() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Demand}; the list may be empty. */
  public static final class Builder extends ImmutableDemand.Builder {
    Builder() {}
  }

  /**
   * Returns the initiatives.
   *
   * @return the initiatives, in the order given
   */
  public abstract List<Initiative> initiatives();

  /**
   * Returns the total hours of every initiative.
   *
   * @return zero or more
   */
  public final double totalHours() {
    double sum = 0;
    for (Initiative i : initiatives()) {
      sum += i.totalHours();
    }
    return sum;
  }

  /**
   * Validates this demand against an organisation and a plan period.
   *
   * @param organisation the organisation whose catalogues apply
   * @param plan the plan period, half-open and finite
   * @return every violation found
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code plan} is unbounded
   */
  public final ValidationResult validate(Organisation organisation, LocalDateRange plan) {
    Objects.requireNonNull(organisation, "organisation");
    Checks.requireBounded("plan", plan);
    Set<SkillId> skills = new HashSet<>(organisation.skills());
    Set<RoleId> roles = new HashSet<>();
    for (Role r : organisation.roles()) {
      roles.add(r.id());
    }
    ValidationResult.Builder found = ValidationResult.builder();
    Map<InitiativeId, Integer> ids = new HashMap<>();
    ModelPath list = ModelPath.of("initiatives");
    for (int i = 0; i < initiatives().size(); i++) {
      Initiative init = initiatives().get(i);
      Integer first = ids.putIfAbsent(init.id(), i);
      if (first != null) {
        found.error(list.index(i).field("id"), "people.duplicate-id",
            "id must be unique within the demand (was '" + init.id() + "', also at initiatives[" + first + "])");
      }
      for (int j = 0; j < init.efforts().size(); j++) {
        Effort e = init.efforts().get(j);
        ModelPath at = list.index(i).field("efforts").index(j);
        if (e.need().skill().isPresent() && !skills.contains(e.need().skill().get())) {
          found.error(at, "people.unknown-skill", "skill must be in the skill catalogue (was '" + e.need().skill().get()
              + "' in initiative " + init.id() + ")");
        }
        if (e.need().role().isPresent() && !roles.contains(e.need().role().get())) {
          found.error(at, "people.unknown-role", "role must be in the role catalogue (was '" + e.need().role().get()
              + "' in initiative " + init.id() + ")");
        }
        if (!e.period().overlaps(plan)) {
          found.error(at, "people.demand-outside-plan", "effort period must overlap the plan " + plan + " (was "
              + e.period() + " in initiative " + init.id() + ")");
        } else if (!plan.encloses(e.period())) {
          found.warning(at, "people.demand-partly-outside-plan", "effort period lies partly outside the plan " + plan
              + " (was " + e.period() + " in initiative " + init.id() + "); only the hours inside count");
        }
      }
    }
    return found.build();
  }
}
