package io.github.ctokit.core.people;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;

/** The whole-model rules of {@link Organisation}; see its documentation. */
final class OrganisationValidator implements Validator<Organisation> {

  static final OrganisationValidator INSTANCE = new OrganisationValidator();

  private static final double ALLOCATION_TOLERANCE = 1e-9;

  private OrganisationValidator() {}

  @Override
  public ValidationResult validate(Organisation org) {
    Objects.requireNonNull(org, "org");
    ValidationResult.Builder found = ValidationResult.builder();
    Set<SkillId> skills = unique(org.skills(), s -> s, "skills", null, found);
    Set<RoleId> roles = unique(org.roles(), Role::id, "roles", null, found);
    Set<CalendarId> calendars = unique(org.calendars(), HolidayCalendar::id, "calendars", "id", found);
    Set<TeamId> teams = unique(org.teams(), Team::id, "teams", "id", found);
    Map<PersonId, Integer> people = new HashMap<>(org.people().size() * 2);
    ModelPath peoplePath = ModelPath.of("people");
    for (int i = 0; i < org.people().size(); i++) {
      Person p = org.people().get(i);
      Integer first = people.putIfAbsent(p.id(), i);
      if (first != null) {
        found.error(peoplePath.index(i).field("id"), "people.duplicate-id",
            "id must be unique within the organisation (was '" + p.id() + "', also at people[" + first + "])");
      }
    }
    for (int i = 0; i < org.calendars().size(); i++) {
      HolidayCalendar c = org.calendars().get(i);
      if (c.holidays().isEmpty()) {
        found.warning(ModelPath.of("calendars").index(i), "people.empty-calendar",
            "calendar " + c.id() + " lists no holiday\nMaybe the import missed its dates");
      }
    }
    for (int i = 0; i < org.people().size(); i++) {
      Person p = org.people().get(i);
      ModelPath at = peoplePath.index(i);
      if (!roles.contains(p.role())) {
        found.error(at.field("role"), "people.unknown-role",
            "role must be in the role catalogue (was '" + p.role() + "' for person " + p.id() + ")");
      }
      for (int j = 0; j < p.skills().size(); j++) {
        SkillId s = p.skills().get(j).skill();
        if (!skills.contains(s)) {
          found.error(at.field("skills").index(j), "people.unknown-skill",
              "skill must be in the skill catalogue (was '" + s + "' for person " + p.id() + ")");
        }
      }
      if (p.calendar().isPresent() && !calendars.contains(p.calendar().get())) {
        found.error(at.field("calendar"), "people.unknown-calendar",
            "calendar must be one of the organisation (was '" + p.calendar().get() + "' for person " + p.id() + ")");
      }
      if (p.mentor().isPresent() && !people.containsKey(p.mentor().get())) {
        found.error(at.field("mentor"), "people.unknown-person",
            "mentor must be a person of the organisation (was '" + p.mentor().get() + "' for person " + p.id() + ")");
      }
      for (int j = 0; j < p.timeOff().size(); j++) {
        LocalDateRange off = p.timeOff().get(j).period();
        if (!within(p, off)) {
          found.error(at.field("timeOff").index(j), "people.time-off-outside-employment",
              "timeOff must lie within the employment period of person " + p.id() + " (was " + off + ")");
        }
      }
    }
    Map<PersonId, List<Membership>> byPerson = new HashMap<>();
    ModelPath teamsPath = ModelPath.of("teams");
    for (int i = 0; i < org.teams().size(); i++) {
      Team t = org.teams().get(i);
      for (int j = 0; j < t.memberships().size(); j++) {
        Membership m = t.memberships().get(j);
        Integer pi = people.get(m.person());
        ModelPath at = teamsPath.index(i).field("memberships").index(j);
        if (pi == null) {
          found.error(at, "people.unknown-person",
              "membership must name a person of the organisation (was '" + m.person() + "' in team " + t.id() + ")");
          continue;
        }
        if (!within(org.people().get(pi), m.period())) {
          found.warning(at, "people.membership-outside-employment",
              "membership must lie within the employment period of person " + m.person() + " (was " + m.period()
                  + " in team " + t.id() + ")");
        }
        byPerson.computeIfAbsent(m.person(), k -> new ArrayList<>()).add(m);
      }
    }
    for (int i = 0; i < org.people().size(); i++) {
      Person p = org.people().get(i);
      List<Membership> ms = byPerson.get(p.id());
      Integer first = people.get(p.id());
      if (ms != null && ms.size() > 1 && first != null && first == i) {
        checkAllocation(p.id(), ms, peoplePath.index(i), found);
      }
    }
    ModelPath reqPath = ModelPath.of("requisitions");
    unique(org.requisitions(), Requisition::id, "requisitions", "id", found);
    for (int i = 0; i < org.requisitions().size(); i++) {
      Requisition r = org.requisitions().get(i);
      if (!teams.contains(r.team())) {
        found.error(reqPath.index(i).field("team"), "people.unknown-team",
            "team must be a team of the organisation (was '" + r.team() + "' in requisition " + r.id() + ")");
      }
      if (!skills.contains(r.skill())) {
        found.error(reqPath.index(i).field("skill"), "people.unknown-skill",
            "skill must be in the skill catalogue (was '" + r.skill() + "' in requisition " + r.id() + ")");
      }
      if (!roles.contains(r.role())) {
        found.error(reqPath.index(i).field("role"), "people.unknown-role",
            "role must be in the role catalogue (was '" + r.role() + "' in requisition " + r.id() + ")");
      }
    }
    return found.build();
  }

  private static boolean within(Person p, LocalDateRange range) {
    if (range.getStart().isBefore(p.employmentStart())) {
      return false;
    }
    return p.employmentEnd().map(end -> !range.getEnd().isAfter(end)).orElse(true);
  }

  /** Sweeps the membership boundaries in date order; reports the first range above 100 %. */
  private static void checkAllocation(PersonId person, List<Membership> ms, ModelPath at, ValidationResult.Builder found) {
    TreeMap<LocalDate, Double> delta = new TreeMap<>();
    for (Membership m : ms) {
      delta.merge(m.period().getStart(), m.allocationPercent(), Double::sum);
      delta.merge(m.period().getEnd(), -m.allocationPercent(), Double::sum);
    }
    double level = 0;
    LocalDate overFrom = null;
    double peak = 0;
    for (Map.Entry<LocalDate, Double> e : delta.entrySet()) {
      level += e.getValue();
      if (overFrom == null && level > 100 + ALLOCATION_TOLERANCE) {
        overFrom = e.getKey();
        peak = level;
      } else if (overFrom != null) {
        if (level > peak) {
          peak = level;
        }
        if (level <= 100 + ALLOCATION_TOLERANCE) {
          found.error(at, "people.over-allocated", "memberships of person " + person + " must add up to at most 100 %"
              + " (was " + Checks.format(Math.round(peak * 1e6) / 1e6) + " % from " + overFrom + " to " + e.getKey() + ")");
          return;
        }
      }
    }
  }

  private interface Key<T, K> {
    K of(T value);
  }

  private static <T, K> Set<K> unique(List<T> list, Key<T, K> key, String field, @Nullable String idField,
      ValidationResult.Builder found) {
    Map<K, Integer> seen = new HashMap<>(list.size() * 2);
    for (int i = 0; i < list.size(); i++) {
      K k = key.of(list.get(i));
      Integer first = seen.putIfAbsent(k, i);
      if (first != null) {
        ModelPath at = ModelPath.of(field).index(i);
        found.error(idField == null ? at : at.field(idField), "people.duplicate-id",
            "id must be unique within the organisation (was '" + k + "', also at " + field + "[" + first + "])");
      }
    }
    return new HashSet<>(seen.keySet());
  }
}
