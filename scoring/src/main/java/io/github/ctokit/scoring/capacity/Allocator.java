package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.people.Demand;
import io.github.ctokit.core.people.Effort;
import io.github.ctokit.core.people.Initiative;
import io.github.ctokit.core.people.InitiativeId;
import io.github.ctokit.core.people.Person;
import io.github.ctokit.core.people.Skill;
import io.github.ctokit.core.people.SkillId;
import io.github.ctokit.scoring.internal.MinCostFlow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;

/**
 * The exact allocation: one min-cost flow per week on a small network,
 * {@code source → profile → (skill, level) → … → (skill, lower level) → effort line → sink} and
 * {@code profile → role → effort line}. A profile groups the people of a week with the same
 * relevant skills, levels and role (they are interchangeable, so grouping keeps the optimum). Line
 * arcs cost {@code −weight} per minute, so the min-cost flow maximises priority-weighted coverage.
 * The flow is then split back onto people in id order, deterministically.
 */
final class Allocator {

  private static final long UNBOUNDED = MinCostFlow.MAX_CAPACITY;

  /** One effort line of one initiative. */
  static final class Line {
    final int index;
    final InitiativeId initiative;
    final int priority;
    final Need need;
    final long weight;
    final int skill;
    final int level;
    final int role;
    final long[] wanted;
    final long[] covered;

    Line(int index, InitiativeId initiative, int priority, Need need, long weight, int skill, int level, int role,
        int weeks) {
      this.index = index;
      this.initiative = initiative;
      this.priority = priority;
      this.need = need;
      this.weight = weight;
      this.skill = skill;
      this.level = level;
      this.role = role;
      this.wanted = new long[weeks];
      this.covered = new long[weeks];
    }
  }

  final Grid grid;
  final List<LocalDateRange> weeks;
  final int[] weekFrom;
  final int[] weekTo;
  final long[] cap; // minutes, person-major: cap[p * W + w]
  final List<Line> lines = new ArrayList<>();
  final List<SkillId> skills = new ArrayList<>();
  final List<RoleId> roles = new ArrayList<>();
  final int[] prof; // prof[p * S + s], 0 when below 1 or absent
  final int[] roleOf;
  final long[] used; // minutes, person-major
  final List<Assignment> assignments = new ArrayList<>();
  final List<UnmetDemand> unmet = new ArrayList<>();
  long weightedMinutes;

  Allocator(Grid grid, Demand demand, double maxUtilisation, PriorityWeighting weighting) {
    this.grid = grid;
    this.weeks = HoursSeries.buckets(grid.plan, Granularity.WEEK);
    int w = weeks.size();
    weekFrom = new int[w];
    weekTo = new int[w];
    for (int k = 0; k < w; k++) {
      weekFrom[k] = (int) (weeks.get(k).getStart().toEpochDay() - grid.startEpoch);
      weekTo[k] = (int) (weeks.get(k).getEnd().toEpochDay() - grid.startEpoch);
    }
    int n = grid.people.size();
    cap = new long[n * w];
    used = new long[n * w];
    for (int p = 0; p < n; p++) {
      for (int k = 0; k < w; k++) {
        double h = 0;
        for (int i = weekFrom[k]; i < weekTo[k]; i++) {
          h += grid.effective[p * grid.days + i];
        }
        cap[p * w + k] = (long) Math.floor(h * maxUtilisation * 60 + 1e-6);
      }
    }
    Map<SkillId, Integer> skillIndex = new HashMap<>();
    Map<RoleId, Integer> roleIndex = new HashMap<>();
    int maxRank = 1;
    for (Initiative init : demand.initiatives()) {
      maxRank = Math.max(maxRank, init.priority());
    }
    for (Initiative init : demand.initiatives()) {
      long weight = weighting.weight(init.priority(), maxRank);
      for (Effort e : init.efforts()) {
        int s = -1;
        int r = -1;
        if (e.skill().isPresent()) {
          s = skillIndex.computeIfAbsent(e.skill().get(), k -> {
            skills.add(k);
            return skills.size() - 1;
          });
        } else {
          r = roleIndex.computeIfAbsent(e.role().orElseThrow(), k -> {
            roles.add(k);
            return roles.size() - 1;
          });
        }
        Line line = new Line(lines.size(), init.id(), init.priority(), Need.of(e), weight, s, e.minProficiency(), r, w);
        spread(e, line.wanted);
        lines.add(line);
      }
    }
    int sCount = skills.size();
    prof = new int[n * sCount];
    roleOf = new int[n];
    for (int p = 0; p < n; p++) {
      Person person = grid.people.get(p);
      for (Skill sk : person.skills()) {
        Integer s = skillIndex.get(sk.skill());
        if (s != null) {
          prof[p * sCount + s] = sk.proficiency();
        }
      }
      Integer r = roleIndex.get(person.role());
      roleOf[p] = r == null ? -1 : r;
    }
    for (int k = 0; k < w; k++) {
      solveWeek(k);
    }
  }

  /** Spreads an effort's hours over the weeks, pro rata to weekdays (calendar days if it has none). */
  private void spread(Effort e, long[] wanted) {
    long ps = e.period().getStart().toEpochDay();
    long pe = e.period().getEnd().toEpochDay();
    boolean weekdays = weekdays(ps, pe) > 0;
    double total = weekdays ? weekdays(ps, pe) : pe - ps;
    double cumulative = 0;
    long previous = 0;
    for (int k = 0; k < wanted.length; k++) {
      long a = Math.max(ps, grid.startEpoch + weekFrom[k]);
      long b = Math.min(pe, grid.startEpoch + weekTo[k]);
      if (a >= b) {
        continue;
      }
      cumulative += e.hours() * (weekdays ? weekdays(a, b) : b - a) / total;
      long rounded = Math.round(cumulative * 60);
      wanted[k] = rounded - previous;
      previous = rounded;
    }
  }

  /** Mondays to Fridays in {@code [a, b)}, epoch days. */
  static long weekdays(long a, long b) {
    if (b <= a) {
      return 0;
    }
    long len = b - a;
    long count = len / 7 * 5;
    long dow = Math.floorMod(a + 3, 7); // epoch day 0 is a Thursday: 0 = Monday
    for (long i = 0; i < len % 7; i++) {
      if ((dow + i) % 7 < 5) {
        count++;
      }
    }
    return count;
  }

  private boolean qualified(int p, Line line) {
    return line.skill >= 0 ? prof[p * skills.size() + line.skill] >= line.level : roleOf[p] == line.role;
  }

  private void solveWeek(int k) {
    int w = weeks.size();
    int n = grid.people.size();
    int sCount = skills.size();
    List<Line> active = new ArrayList<>();
    for (Line line : lines) {
      if (line.wanted[k] > 0) {
        active.add(line);
      }
    }
    if (active.isEmpty()) {
      return;
    }
    // profiles: people with capacity and a relevant skill or role, grouped by what they can do
    Map<String, Integer> profileOf = new LinkedHashMap<>();
    List<List<Integer>> members = new ArrayList<>();
    List<Long> profileCap = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    for (int p = 0; p < n; p++) {
      long c = cap[p * w + k];
      if (c <= 0) {
        continue;
      }
      key.setLength(0);
      boolean relevant = roleOf[p] >= 0;
      key.append(roleOf[p]);
      for (int s = 0; s < sCount; s++) {
        int level = prof[p * sCount + s];
        key.append(',').append(level);
        relevant |= level >= 1;
      }
      if (!relevant) {
        continue;
      }
      String profileKey = key.toString();
      Integer idx = profileOf.get(profileKey);
      if (idx == null) {
        idx = members.size();
        profileOf.put(profileKey, idx);
        members.add(new ArrayList<>());
        profileCap.add(0L);
      }
      members.get(idx).add(p);
      profileCap.set(idx, profileCap.get(idx) + c);
    }
    int profiles = members.size();
    int skillBase = 2 + profiles;
    int roleBase = skillBase + 4 * sCount;
    MinCostFlow flow = new MinCostFlow(roleBase + roles.size());
    int[][] profileArcs = new int[profiles][];
    int[][] profileTargets = new int[profiles][];
    for (int q = 0; q < profiles; q++) {
      flow.addArc(0, 2 + q, Math.min(UNBOUNDED, profileCap.get(q)), 0);
      int p = members.get(q).get(0);
      List<Integer> targets = new ArrayList<>();
      for (int s = 0; s < sCount; s++) {
        int level = prof[p * sCount + s];
        if (level >= 1) {
          targets.add(skillBase + 4 * s + level - 1);
        }
      }
      if (roleOf[p] >= 0) {
        targets.add(roleBase + roleOf[p]);
      }
      profileArcs[q] = new int[targets.size()];
      profileTargets[q] = new int[targets.size()];
      for (int j = 0; j < targets.size(); j++) {
        profileTargets[q][j] = targets.get(j);
        profileArcs[q][j] = flow.addArc(2 + q, targets.get(j), UNBOUNDED, 0);
      }
    }
    for (int s = 0; s < sCount; s++) {
      for (int level = 4; level >= 2; level--) {
        flow.addArc(skillBase + 4 * s + level - 1, skillBase + 4 * s + level - 2, UNBOUNDED, 0);
      }
    }
    int[] lineArc = new int[active.size()];
    for (int j = 0; j < active.size(); j++) {
      Line line = active.get(j);
      int from = line.skill >= 0 ? skillBase + 4 * line.skill + line.level - 1 : roleBase + line.role;
      lineArc[j] = flow.addArc(from, 1, line.wanted[k], -line.weight);
    }
    MinCostFlow.Solution solution = flow.solveMinCost(0, 1);
    // split each profile's flow onto its members, in person order
    int nodes = roleBase + roles.size();
    List<List<long[]>> atNode = new ArrayList<>(nodes);
    for (int v = 0; v < nodes; v++) {
      atNode.add(null);
    }
    for (int q = 0; q < profiles; q++) {
      List<Integer> ms = members.get(q);
      int m = 0;
      long left = cap[ms.get(0) * w + k];
      for (int j = 0; j < profileArcs[q].length; j++) {
        long f = solution.flow(profileArcs[q][j]);
        while (f > 0 && m < ms.size()) {
          long take = Math.min(f, left);
          if (take > 0) {
            List<long[]> list = atNode.get(profileTargets[q][j]);
            if (list == null) {
              list = new ArrayList<>();
              atNode.set(profileTargets[q][j], list);
            }
            list.add(new long[] {ms.get(m), take});
            f -= take;
            left -= take;
          }
          if (left == 0 && ++m < ms.size()) {
            left = cap[ms.get(m) * w + k];
          }
        }
      }
    }
    for (List<long[]> list : atNode) {
      if (list != null) {
        list.sort((x, y) -> Long.compare(x[0], y[0]));
      }
    }
    // hand the people's minutes to the lines: skill chains from level 4 down, then roles
    Map<Long, Long> given = new LinkedHashMap<>(); // person * L + line -> minutes
    int lineCount = lines.size();
    for (int s = 0; s < sCount; s++) {
      List<long[]> pool = new ArrayList<>();
      int head = 0;
      for (int level = 4; level >= 1; level--) {
        List<long[]> arriving = atNode.get(skillBase + 4 * s + level - 1);
        if (arriving != null) {
          for (long[] a : arriving) {
            pool.add(a.clone());
          }
        }
        for (int j = 0; j < active.size(); j++) {
          Line line = active.get(j);
          if (line.skill != s || line.level != level) {
            continue;
          }
          long f = solution.flow(lineArc[j]);
          while (f > 0 && head < pool.size()) {
            long[] portion = pool.get(head);
            long take = Math.min(f, portion[1]);
            given.merge(portion[0] * lineCount + line.index, take, Long::sum);
            portion[1] -= take;
            f -= take;
            if (portion[1] == 0) {
              head++;
            }
          }
        }
      }
    }
    for (int r = 0; r < roles.size(); r++) {
      List<long[]> pool = atNode.get(roleBase + r);
      if (pool == null) {
        continue;
      }
      int head = 0;
      for (int j = 0; j < active.size(); j++) {
        Line line = active.get(j);
        if (line.role != r) {
          continue;
        }
        long f = solution.flow(lineArc[j]);
        while (f > 0 && head < pool.size()) {
          long[] portion = pool.get(head);
          long take = Math.min(f, portion[1]);
          given.merge(portion[0] * lineCount + line.index, take, Long::sum);
          portion[1] -= take;
          f -= take;
          if (portion[1] == 0) {
            head++;
          }
        }
      }
    }
    List<Long> keys = new ArrayList<>(given.keySet());
    Collections.sort(keys);
    Map<Integer, List<long[]>> byPerson = new HashMap<>();
    for (long key2 : keys) {
      int p = (int) (key2 / lineCount);
      int l = (int) (key2 % lineCount);
      long minutes = given.get(key2);
      Line line = lines.get(l);
      used[p * w + k] += minutes;
      byPerson.computeIfAbsent(p, x -> new ArrayList<>()).add(new long[] {l, minutes});
      assignments.add(new Assignment(grid.people.get(p).id(), line.initiative, line.need, weeks.get(k), minutes / 60.0));
    }
    for (int j = 0; j < active.size(); j++) {
      Line line = active.get(j);
      long covered = solution.flow(lineArc[j]);
      line.covered[k] = covered;
      weightedMinutes += covered * line.weight;
      if (covered < line.wanted[k]) {
        unmet.add(explain(line, k, covered, byPerson));
      }
    }
  }

  private UnmetDemand explain(Line line, int k, long covered, Map<Integer, List<long[]>> byPerson) {
    int w = weeks.size();
    int n = grid.people.size();
    boolean anyone = false;
    int count = 0;
    long minutes = 0;
    Map<InitiativeId, Long> competing = new HashMap<>();
    for (int p = 0; p < n; p++) {
      if (!qualified(p, line)) {
        continue;
      }
      anyone = true;
      long c = cap[p * w + k];
      if (c <= 0) {
        continue;
      }
      count++;
      minutes += c;
      for (long[] a : byPerson.getOrDefault(p, List.of())) {
        if (a[0] != line.index) {
          competing.merge(lines.get((int) a[0]).initiative, a[1], Long::sum);
        }
      }
    }
    UnmetReason reason = !anyone ? UnmetReason.NO_QUALIFIED_PEOPLE
        : count == 0 ? UnmetReason.QUALIFIED_PEOPLE_UNAVAILABLE : UnmetReason.QUALIFIED_CAPACITY_EXHAUSTED;
    List<Map.Entry<InitiativeId, Long>> entries = new ArrayList<>(competing.entrySet());
    entries.sort((a, b) -> {
      int c = Long.compare(b.getValue(), a.getValue());
      return c != 0 ? c : a.getKey().compareTo(b.getKey());
    });
    Map<InitiativeId, Double> ordered = new LinkedHashMap<>();
    for (Map.Entry<InitiativeId, Long> e : entries) {
      ordered.put(e.getKey(), e.getValue() / 60.0);
    }
    return new UnmetDemand(line.initiative, line.priority, line.need, weeks.get(k), line.wanted[k] / 60.0,
        covered / 60.0, reason, count, minutes / 60.0, Collections.unmodifiableMap(ordered));
  }

  double allocatedHours(int p) {
    int w = weeks.size();
    long sum = 0;
    for (int k = 0; k < w; k++) {
      sum += used[p * w + k];
    }
    return sum / 60.0;
  }

  @Override
  public String toString() {
    return "Allocator[" + lines.size() + " lines, " + weeks.size() + " weeks]";
  }
}
