package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.people.Demand;
import io.github.ctokit.core.people.Effort;
import io.github.ctokit.core.people.Initiative;
import io.github.ctokit.core.people.InitiativeId;
import io.github.ctokit.core.people.Need;
import io.github.ctokit.core.people.Person;
import io.github.ctokit.core.people.Skill;
import io.github.ctokit.core.people.SkillId;
import io.github.ctokit.scoring.internal.MinCostFlow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * The exact allocation: one min-cost flow per week on a small network, built backwards so that the
 * source fans out to few arcs: {@code source → (skill, min level) → (skill, higher level) … → profile → sink}
 * and {@code source → role → profile → sink}. The source arcs carry the demand of a group of
 * effort lines with the same need and weight (interchangeable, so grouping keeps the optimum) at
 * cost {@code −weight} per minute, so the min-cost flow maximises priority-weighted coverage. A
 * profile groups the people of a week who can do the same things (their levels counted only up to
 * the thresholds wanted that week); profile arcs to the sink carry their weekly limit. The flow is
 * then split back onto people in organisation order and onto lines in demand order,
 * deterministically.
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

  Allocator(Grid grid, Demand demand, double maxUtilisation, PriorityWeighting weighting, DemandSpread spread) {
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
        cap[p * w + k] = (long) Math.floor(h * maxUtilisation * 60 + 1e-9); // absorbs rounding noise only
      }
    }
    double[] dayTotal = new double[grid.days];
    if (spread == DemandSpread.CAPACITY) {
      for (int p = 0; p < n; p++) {
        for (int i = 0; i < grid.days; i++) {
          dayTotal[i] += grid.effective[p * grid.days + i];
        }
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
        if (e.need().skill().isPresent()) {
          s = skillIndex.computeIfAbsent(e.need().skill().get(), k -> {
            skills.add(k);
            return skills.size() - 1;
          });
        } else {
          r = roleIndex.computeIfAbsent(e.need().role().orElseThrow(), k -> {
            roles.add(k);
            return roles.size() - 1;
          });
        }
        Line line = new Line(lines.size(), init.id(), init.priority(), e.need(), weight, s, e.need().minProficiency(), r, w);
        spread(e, line.wanted, spread, dayTotal);
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

  /**
   * Spreads an effort's hours over the weeks. The share inside the plan is pro rata to weekdays
   * (calendar days if the period has none); within the plan it is spread by the policy: pro rata to
   * weekdays, or to the organisation's effective hours of each day (falling back to weekdays when the
   * organisation has no capacity in the period). Cumulative rounding keeps the total in whole minutes.
   */
  private void spread(Effort e, long[] wanted, DemandSpread policy, double[] dayTotal) {
    long ps = e.period().getStart().toEpochDay();
    long pe = e.period().getEnd().toEpochDay();
    long a0 = Math.max(ps, grid.startEpoch);
    long b0 = Math.min(pe, grid.startEpoch + grid.days);
    if (a0 >= b0) {
      return;
    }
    boolean hasWeekdays = weekdays(ps, pe) > 0;
    double inside = hasWeekdays ? e.hours() * weekdays(a0, b0) / weekdays(ps, pe) : e.hours() * (b0 - a0) / (pe - ps);
    double capacityTotal = 0;
    if (policy == DemandSpread.CAPACITY) {
      for (long d = a0; d < b0; d++) {
        capacityTotal += dayTotal[(int) (d - grid.startEpoch)];
      }
    }
    boolean byCapacity = capacityTotal > 0;
    boolean byWeekdays = !byCapacity && weekdays(a0, b0) > 0;
    double total = byCapacity ? capacityTotal : byWeekdays ? weekdays(a0, b0) : b0 - a0;
    double cumulative = 0;
    long previous = 0;
    for (int k = 0; k < wanted.length; k++) {
      long a = Math.max(a0, grid.startEpoch + weekFrom[k]);
      long b = Math.min(b0, grid.startEpoch + weekTo[k]);
      if (a >= b) {
        continue;
      }
      double share;
      if (byCapacity) {
        share = 0;
        for (long d = a; d < b; d++) {
          share += dayTotal[(int) (d - grid.startEpoch)];
        }
      } else {
        share = byWeekdays ? weekdays(a, b) : b - a;
      }
      cumulative += inside * share / total;
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
    // groups: effort lines with the same need and weight are interchangeable; one source arc each
    Map<String, List<Line>> groupOf = new LinkedHashMap<>();
    boolean[][] threshold = new boolean[sCount][5];
    boolean[] roleWanted = new boolean[roles.size()];
    for (Line line : lines) {
      if (line.wanted[k] > 0) {
        groupOf.computeIfAbsent(line.skill + ":" + line.level + ":" + line.role + ":" + line.weight,
            x -> new ArrayList<>()).add(line);
        if (line.skill >= 0) {
          threshold[line.skill][line.level] = true;
        } else {
          roleWanted[line.role] = true;
        }
      }
    }
    if (groupOf.isEmpty()) {
      return;
    }
    List<List<Line>> groups = new ArrayList<>(groupOf.values());
    // a person's level in a skill only matters up to the thresholds wanted this week
    int[] bucket = new int[n * sCount];
    Map<String, Integer> profileOf = new HashMap<>();
    List<int[]> members = new ArrayList<>();
    List<Integer> memberCount = new ArrayList<>();
    List<Long> profileCap = new ArrayList<>();
    int[] profileOfPerson = new int[n];
    StringBuilder key = new StringBuilder();
    for (int p = 0; p < n; p++) {
      profileOfPerson[p] = -1;
      long c = cap[p * w + k];
      if (c <= 0) {
        continue;
      }
      key.setLength(0);
      boolean relevant = roleOf[p] >= 0 && roleWanted[roleOf[p]];
      key.append(relevant ? roleOf[p] : -1);
      for (int s = 0; s < sCount; s++) {
        int level = prof[p * sCount + s];
        int b = 0;
        for (int t = Math.min(level, 4); t >= 1; t--) {
          if (threshold[s][t]) {
            b = t;
            break;
          }
        }
        bucket[p * sCount + s] = b;
        if (b > 0) {
          key.append(',').append(s).append('@').append(b);
          relevant = true;
        }
      }
      if (!relevant) {
        continue;
      }
      Integer idx = profileOf.get(key.toString());
      if (idx == null) {
        idx = members.size();
        profileOf.put(key.toString(), idx);
        members.add(new int[4]);
        memberCount.add(0);
        profileCap.add(0L);
      }
      int count = memberCount.get(idx);
      int[] list = members.get(idx);
      if (count == list.length) {
        list = Arrays.copyOf(list, count * 2);
        members.set(idx, list);
      }
      list[count] = p;
      memberCount.set(idx, count + 1);
      profileCap.set(idx, profileCap.get(idx) + c);
      profileOfPerson[p] = idx;
    }
    // reversed network: source → need (one arc per group, −weight) → higher levels → profile → sink
    int profiles = members.size();
    int skillBase = 2;
    int roleBase = skillBase + 4 * sCount;
    int profileBase = roleBase + roles.size();
    MinCostFlow flow = new MinCostFlow(profileBase + profiles);
    int[] groupArc = new int[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      Line first = groups.get(g).get(0);
      long wanted = 0;
      for (Line line : groups.get(g)) {
        wanted += line.wanted[k];
      }
      int to = first.skill >= 0 ? skillBase + 4 * first.skill + first.level - 1 : roleBase + first.role;
      groupArc[g] = flow.addArc(0, to, wanted, -first.weight);
    }
    for (int s = 0; s < sCount; s++) {
      for (int level = 1; level <= 3; level++) {
        flow.addArc(skillBase + 4 * s + level - 1, skillBase + 4 * s + level, UNBOUNDED, 0);
      }
    }
    int[][] profileArcs = new int[profiles][];
    int[][] profileSources = new int[profiles][];
    for (int q = 0; q < profiles; q++) {
      int p = members.get(q)[0];
      List<Integer> sources = new ArrayList<>();
      for (int s = 0; s < sCount; s++) {
        int b = bucket[p * sCount + s];
        if (b > 0) {
          sources.add(skillBase + 4 * s + b - 1);
        }
      }
      if (roleOf[p] >= 0 && roleWanted[roleOf[p]]) {
        sources.add(roleBase + roleOf[p]);
      }
      profileArcs[q] = new int[sources.size()];
      profileSources[q] = new int[sources.size()];
      for (int j = 0; j < sources.size(); j++) {
        profileSources[q][j] = sources.get(j);
        profileArcs[q][j] = flow.addArc(sources.get(j), profileBase + q, UNBOUNDED, 0);
      }
      flow.addArc(profileBase + q, 1, Math.min(UNBOUNDED, profileCap.get(q)), 0);
    }
    MinCostFlow.Solution solution = flow.solveMinCost(0, 1);
    // split each profile's flow onto its members, in person order: portions {person, minutes} per need node
    int nodes = profileBase;
    List<List<long[]>> atNode = new ArrayList<>(nodes);
    for (int v = 0; v < nodes; v++) {
      atNode.add(null);
    }
    for (int q = 0; q < profiles; q++) {
      int[] ms = members.get(q);
      int size = memberCount.get(q);
      int m = 0;
      long left = cap[ms[0] * w + k];
      for (int j = 0; j < profileArcs[q].length; j++) {
        long f = solution.flow(profileArcs[q][j]);
        while (f > 0 && m < size) {
          long take = Math.min(f, left);
          if (take > 0) {
            List<long[]> list = atNode.get(profileSources[q][j]);
            if (list == null) {
              list = new ArrayList<>();
              atNode.set(profileSources[q][j], list);
            }
            list.add(new long[] {ms[m], take});
            f -= take;
            left -= take;
          }
          if (left == 0 && ++m < size) {
            left = cap[ms[m] * w + k];
          }
        }
      }
    }
    for (List<long[]> list : atNode) {
      if (list != null) {
        list.sort((x, y) -> Long.compare(x[0], y[0]));
      }
    }
    // what each group received, and the lines of each group covered in demand order
    long[] groupFlow = new long[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      groupFlow[g] = solution.flow(groupArc[g]);
      long left = groupFlow[g];
      for (Line line : groups.get(g)) {
        long c = Math.min(left, line.wanted[k]);
        line.covered[k] = c;
        left -= c;
      }
    }
    // match people's portions to groups: per skill from the lowest level up (demand can move up), then roles
    Map<Long, Long> given = new HashMap<>(); // person * L + line -> minutes
    List<List<long[]>> servedBy = new ArrayList<>(groups.size()); // per group: {person, minutes} in order
    for (int g = 0; g < groups.size(); g++) {
      servedBy.add(new ArrayList<>());
    }
    for (int s = 0; s < sCount; s++) {
      List<long[]> pending = new ArrayList<>(); // {group, minutes}
      int head = 0;
      for (int level = 1; level <= 4; level++) {
        for (int g = 0; g < groups.size(); g++) {
          Line first = groups.get(g).get(0);
          if (first.skill == s && first.level == level && groupFlow[g] > 0) {
            pending.add(new long[] {g, groupFlow[g]});
          }
        }
        List<long[]> portions = atNode.get(skillBase + 4 * s + level - 1);
        if (portions == null) {
          continue;
        }
        for (long[] portion : portions) {
          long amount = portion[1];
          while (amount > 0 && head < pending.size()) {
            long[] d = pending.get(head);
            long take = Math.min(amount, d[1]);
            servedBy.get((int) d[0]).add(new long[] {portion[0], take});
            d[1] -= take;
            amount -= take;
            if (d[1] == 0) {
              head++;
            }
          }
        }
      }
    }
    long[] open = groupFlow.clone();
    for (int r = 0; r < roles.size(); r++) {
      List<long[]> portions = atNode.get(roleBase + r);
      if (portions == null) {
        continue;
      }
      int g = 0;
      for (long[] portion : portions) {
        long amount = portion[1];
        while (amount > 0) {
          while (g < groups.size() && (groups.get(g).get(0).role != r || open[g] == 0)) {
            g++;
          }
          if (g == groups.size()) {
            break;
          }
          long take = Math.min(amount, open[g]);
          servedBy.get(g).add(new long[] {portion[0], take});
          open[g] -= take;
          amount -= take;
        }
      }
    }
    int lineCount = lines.size();
    for (int g = 0; g < groups.size(); g++) {
      List<long[]> portions = servedBy.get(g);
      int head = 0;
      long headLeft = portions.isEmpty() ? 0 : portions.get(0)[1];
      for (Line line : groups.get(g)) {
        long need = line.covered[k];
        while (need > 0 && head < portions.size()) {
          long take = Math.min(need, headLeft);
          given.merge(portions.get(head)[0] * lineCount + line.index, take, Long::sum);
          need -= take;
          headLeft -= take;
          if (headLeft == 0 && ++head < portions.size()) {
            headLeft = portions.get(head)[1];
          }
        }
      }
    }
    List<Long> keys = new ArrayList<>(given.keySet());
    Collections.sort(keys);
    Map<Integer, List<long[]>> byPerson = new HashMap<>();
    for (long pair : keys) {
      int p = (int) (pair / lineCount);
      int l = (int) (pair % lineCount);
      long minutes = Objects.requireNonNull(given.get(pair), "pair");
      Line line = lines.get(l);
      used[p * w + k] += minutes;
      byPerson.computeIfAbsent(p, x -> new ArrayList<>()).add(new long[] {l, minutes});
      assignments.add(new Assignment(grid.people.get(p).id(), line.initiative, line.need, weeks.get(k), minutes / 60.0));
    }
    for (Line line : lines) {
      if (line.wanted[k] > 0) {
        weightedMinutes += line.covered[k] * line.weight;
        if (line.covered[k] < line.wanted[k]) {
          unmet.add(explain(line, k, line.covered[k], byPerson));
        }
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
