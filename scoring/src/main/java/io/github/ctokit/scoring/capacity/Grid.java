package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.internal.IdIndex;
import io.github.ctokit.core.people.CalendarId;
import io.github.ctokit.core.people.HolidayCalendar;
import io.github.ctokit.core.people.Membership;
import io.github.ctokit.core.people.Organisation;
import io.github.ctokit.core.people.Person;
import io.github.ctokit.core.people.RampUp;
import io.github.ctokit.core.people.Team;
import io.github.ctokit.core.people.TimeOff;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * Effective hours per person and per team per day of a plan, over primitive arrays: holidays are
 * resolved once per calendar into a day bitmap, memberships into per-person index ranges, and every
 * person-day is a handful of multiplications. No object is created per day.
 */
final class Grid {

  /** The most person-days one grid holds (2 GB of doubles would be far beyond any sane plan). */
  static final long MAX_CELLS = 200_000_000L;

  final LocalDateRange plan;
  final int days;
  final long startEpoch;
  final int dow0;
  final List<Person> people;
  final IdIndex personIndex;
  final TeamId[] teamIds;
  final IdIndex teamIndex;
  /** Effective hours, person-major: {@code effective[p * days + i]}. */
  final double[] effective;
  /** Effective hours per team, team-major. */
  final double[] team;
  final boolean[][] holidayByPerson;
  private static final boolean[] NO_HOLIDAYS = new boolean[0];
  // memberships in CSR form, clamped to [0, days)
  final int[] mStart;
  final int[] mTeam;
  final double[] mShare;
  final int[] mFrom;
  final int[] mTo;

  Grid(Organisation org, LocalDateRange plan, Settings s) {
    this.plan = plan;
    this.days = plan.lengthInDays();
    this.startEpoch = plan.getStart().toEpochDay();
    this.dow0 = plan.getStart().getDayOfWeek().getValue() - 1;
    this.people = org.people();
    int n = people.size();
    if ((long) n * days > MAX_CELLS) {
      throw new IllegalArgumentException("people × plan days must be at most " + MAX_CELLS + " (was " + n + " × "
          + days + ")\nMaybe plan a shorter period, or part of the organisation at a time");
    }
    personIndex = new IdIndex(n);
    for (int p = 0; p < n; p++) {
      personIndex.putIfAbsent(people.get(p).id(), p);
    }
    List<Team> teams = org.teams();
    teamIds = new TeamId[teams.size()];
    teamIndex = new IdIndex(teams.size());
    for (int t = 0; t < teams.size(); t++) {
      teamIds[t] = teams.get(t).id();
      teamIndex.putIfAbsent(teamIds[t], t);
    }
    // holidays: one bitmap per calendar
    Map<CalendarId, boolean[]> calendars = new HashMap<>();
    for (HolidayCalendar c : org.calendars()) {
      boolean[] bits = new boolean[days];
      for (LocalDate d : c.holidays().keySet()) {
        long i = d.toEpochDay() - startEpoch;
        if (i >= 0 && i < days) {
          bits[(int) i] = true;
        }
      }
      calendars.putIfAbsent(c.id(), bits);
    }
    holidayByPerson = new boolean[n][];
    for (int p = 0; p < n; p++) {
      CalendarId calendar = people.get(p).calendar().orElse(null);
      boolean[] bits = calendar == null ? null : calendars.get(calendar);
      // No calendar (or an unknown one, which validation reports): no holidays.
      holidayByPerson[p] = bits == null ? NO_HOLIDAYS : bits;
    }
    // memberships per person
    mStart = new int[n + 1];
    int total = 0;
    for (Team t : teams) {
      for (Membership m : t.memberships()) {
        int p = personIndex.get(m.person());
        if (p >= 0) {
          mStart[p + 1]++;
          total++;
        }
      }
    }
    for (int p = 0; p < n; p++) {
      mStart[p + 1] += mStart[p];
    }
    mTeam = new int[total];
    mShare = new double[total];
    mFrom = new int[total];
    mTo = new int[total];
    int[] fill = new int[n];
    for (int t = 0; t < teams.size(); t++) {
      for (Membership m : teams.get(t).memberships()) {
        int p = personIndex.get(m.person());
        if (p < 0) {
          continue;
        }
        int k = mStart[p] + fill[p]++;
        mTeam[k] = t;
        mShare[k] = m.allocationPercent() / 100;
        mFrom[k] = clamp(m.period().getStart());
        mTo[k] = clamp(m.period().getEnd());
      }
    }
    double[] survival = null;
    if (!s.attrition().annualRate().isZero()) {
      survival = new double[days];
      for (int i = 0; i < days; i++) {
        survival[i] = s.attrition().survival(i);
      }
    }
    int[] headcount = s.overhead().isNone() ? null : headcounts(n, teams.size());
    Map<Integer, double[]> drag = s.drag().isNone() ? Map.of() : drag(s.drag());
    effective = new double[n * days];
    team = new double[teams.size() * days];
    double[] off = new double[days];
    double[] unit = new double[days];
    double focus = s.focusFactor();
    for (int p = 0; p < n; p++) {
      Person person = people.get(p);
      int from = clamp(person.employmentStart());
      int to = person.employmentEnd().map(this::clamp).orElse(days);
      if (from >= to) {
        continue;
      }
      double[] week = person.workWeek().toArray();
      boolean[] holiday = holidayByPerson[p];
      Arrays.fill(off, from, to, 0);
      for (TimeOff t : person.timeOff()) {
        int a = Math.max(from, clamp(t.period().getStart()));
        int b = Math.min(to, clamp(t.period().getEnd()));
        double h = t.wholeDays() ? Double.POSITIVE_INFINITY : t.hoursPerDay().getAsDouble();
        for (int i = a; i < b; i++) {
          off[i] += h;
        }
      }
      RampUp ramp = person.rampUp().orElse(s.defaultRampUp());
      long sinceStart0 = startEpoch - person.employmentStart().toEpochDay();
      int rampEnd = (int) Math.max(from, Math.min(to, ramp.days() - sinceStart0));
      double @Nullable [] mentorDrag = drag.get(p);
      int base = p * days;
      for (int i = from; i < to; i++) {
        double c = week[(dow0 + i) % 7];
        double u = 0;
        if (c > 0 && (holiday.length == 0 || !holiday[i])) {
          double available = c - Math.min(c, off[i]);
          if (available > 0) {
            u = available * focus;
            if (i < rampEnd) {
              u *= ramp.productivity(i + sinceStart0);
            }
            if (survival != null) {
              u *= survival[i];
            }
            if (mentorDrag != null) {
              u *= 1 - Math.min(1, mentorDrag[i]);
            }
          }
        }
        unit[i] = u;
      }
      int m0 = mStart[p];
      int m1 = mStart[p + 1];
      if (m0 == m1) {
        System.arraycopy(unit, from, effective, base + from, to - from);
        continue;
      }
      for (int k = m0; k < m1; k++) {
        int a = Math.max(from, mFrom[k]);
        int b = Math.min(to, mTo[k]);
        double share = mShare[k];
        int tb = mTeam[k] * days;
        for (int i = a; i < b; i++) {
          double h = unit[i] * share;
          if (headcount != null) {
            h *= 1 - s.overhead().share(headcount[tb + i]);
          }
          effective[base + i] += h;
          team[tb + i] += h;
        }
      }
    }
  }

  int clamp(LocalDate date) {
    long i = date.toEpochDay() - startEpoch;
    return (int) Math.max(0, Math.min(days, i));
  }

  private int employedFrom(int p) {
    return clamp(people.get(p).employmentStart());
  }

  private int employedTo(int p) {
    return people.get(p).employmentEnd().map(this::clamp).orElse(days);
  }

  private int[] headcounts(int n, int teamCount) {
    int[] diff = new int[teamCount * (days + 1)];
    for (int p = 0; p < n; p++) {
      int from = employedFrom(p);
      int to = employedTo(p);
      for (int k = mStart[p]; k < mStart[p + 1]; k++) {
        int a = Math.max(from, mFrom[k]);
        int b = Math.min(to, mTo[k]);
        if (a < b) {
          diff[mTeam[k] * (days + 1) + a]++;
          diff[mTeam[k] * (days + 1) + b]--;
        }
      }
    }
    int[] counts = new int[teamCount * days];
    for (int t = 0; t < teamCount; t++) {
      int run = 0;
      for (int i = 0; i < days; i++) {
        run += diff[t * (days + 1) + i];
        counts[t * days + i] = run;
      }
    }
    return counts;
  }

  private Map<Integer, double[]> drag(OnboardingDrag policy) {
    Map<Integer, double[]> byMentor = new HashMap<>();
    for (int q = 0; q < people.size(); q++) {
      Person mentee = people.get(q);
      if (mentee.mentor().isEmpty()) {
        continue;
      }
      int m = personIndex.get(mentee.mentor().get());
      if (m < 0) {
        continue;
      }
      int a = employedFrom(q);
      int b = Math.min(employedTo(q), clamp(mentee.employmentStart().plusDays(policy.days())));
      if (a >= b) {
        continue;
      }
      double[] d = byMentor.computeIfAbsent(m, k -> new double[days]);
      for (int i = a; i < b; i++) {
        d[i] += policy.fraction();
      }
    }
    return byMentor;
  }

  /** Contracted hours of one person per day: the week pattern on employed days. */
  double[] contracted(int p) {
    double[] c = new double[days];
    double[] week = people.get(p).workWeek().toArray();
    for (int i = employedFrom(p); i < employedTo(p); i++) {
      c[i] = week[(dow0 + i) % 7];
    }
    return c;
  }
}
