package io.github.ctokit.core.continuity;

import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The whole-model rules of {@link DrPlan}; see its documentation. Iterative: no recursion. */
final class PlanValidator implements Validator<DrPlan> {

  static final PlanValidator INSTANCE = new PlanValidator();

  private static final int CYCLE_IDS_SHOWN = 12;

  private PlanValidator() {}

  @Override
  public ValidationResult validate(DrPlan plan) {
    Objects.requireNonNull(plan, "plan");
    ValidationResult.Builder found = ValidationResult.builder();
    List<Service> services = plan.services();
    ModelPath servicesPath = ModelPath.of("services");
    Map<ServiceId, Integer> index = new HashMap<>(services.size() * 2);
    for (int i = 0; i < services.size(); i++) {
      Integer first = index.putIfAbsent(services.get(i).id(), i);
      if (first != null) {
        found.error(servicesPath.index(i).field("id"), "continuity.duplicate-id",
            "id must be unique within the plan (was '" + services.get(i).id() + "', also at services[" + first + "])");
      }
    }
    int n = services.size();
    int[] outDegree = new int[n];
    List<List<Integer>> deps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Service s = services.get(i);
      List<Integer> mine = new ArrayList<>(s.dependencies().size());
      Set<ServiceId> seen = new HashSet<>();
      for (int j = 0; j < s.dependencies().size(); j++) {
        ServiceId target = s.dependencies().get(j).service();
        ModelPath at = servicesPath.index(i).field("dependencies").index(j);
        Integer t = index.get(target);
        if (t == null) {
          found.error(at, "continuity.unknown-service",
              "dependency must name a service of the plan (was '" + target + "' in service " + s.id() + ")");
        } else if (!seen.add(target)) {
          found.warning(at, "continuity.duplicate-dependency",
              "dependency must be listed once (service " + s.id() + " lists '" + target + "' again)");
        } else if (index.get(s.id()) == i) {
          mine.add(t);
        }
      }
      deps.add(mine);
      outDegree[i] = mine.size();
    }
    reportCycles(services, deps, outDegree, found);
    for (int i = 0; i < n; i++) {
      Service s = services.get(i);
      ModelPath targets = servicesPath.index(i).field("targets");
      checkRtoWithinMtpd(s.targets().rto(), s.mtpd(), targets, "service " + s.id(), found);
      if (s.tier().requiresTargets()) {
        if (s.targets().rto().isEmpty()) {
          found.error(targets.field("rto"), "continuity.missing-target",
              "rto must be stated for " + s.tier() + " service " + s.id());
        }
        if (s.targets().rpo().isEmpty()) {
          found.error(targets.field("rpo"), "continuity.missing-target",
              "rpo must be stated for " + s.tier() + " service " + s.id());
        }
      }
    }
    Map<ProcessId, Integer> processIndex = new HashMap<>();
    ModelPath processesPath = ModelPath.of("processes");
    for (int i = 0; i < plan.processes().size(); i++) {
      BusinessProcess p = plan.processes().get(i);
      Integer first = processIndex.putIfAbsent(p.id(), i);
      if (first != null) {
        found.error(processesPath.index(i).field("id"), "continuity.duplicate-id",
            "id must be unique within the plan (was '" + p.id() + "', also at processes[" + first + "])");
      }
      for (int j = 0; j < p.services().size(); j++) {
        if (!index.containsKey(p.services().get(j))) {
          found.error(processesPath.index(i).field("services").index(j), "continuity.unknown-service",
              "service must name a service of the plan (was '" + p.services().get(j) + "' in process " + p.id() + ")");
        }
      }
      checkRtoWithinMtpd(p.targets().rto(), p.mtpd(), processesPath.index(i).field("targets"), "process " + p.id(), found);
    }
    for (int i = 0; i < plan.drills().size(); i++) {
      ServiceId drilled = plan.drills().get(i).service();
      if (!index.containsKey(drilled)) {
        found.error(ModelPath.of("drills").index(i).field("service"), "continuity.unknown-service",
            "service must name a service of the plan (was '" + drilled + "')");
      }
    }
    return found.build();
  }

  private static void checkRtoWithinMtpd(
      Optional<Duration> rto, Optional<Duration> mtpd, ModelPath targets, String what, ValidationResult.Builder found) {
    if (rto.isPresent() && mtpd.isPresent() && rto.get().compareTo(mtpd.get()) > 0) {
      found.error(targets.field("rto"), "continuity.rto-exceeds-mtpd",
          "rto must not exceed mtpd for " + what + " (was " + rto.get() + " > " + mtpd.get() + ")");
    }
  }

  /**
   * Kahn's algorithm removes every service whose dependencies can all be recovered; each service
   * left has a dependency left, so walking from it along remaining dependencies must revisit a
   * service: that closes a cycle. Each service is walked at most once.
   */
  private static void reportCycles(
      List<Service> services, List<List<Integer>> deps, int[] outDegree, ValidationResult.Builder found) {
    int n = services.size();
    int[] remaining = outDegree.clone();
    int[] dependentCount = new int[n];
    for (List<Integer> d : deps) {
      for (int t : d) {
        dependentCount[t]++;
      }
    }
    int[][] dependents = new int[n][];
    for (int i = 0; i < n; i++) {
      dependents[i] = new int[dependentCount[i]];
    }
    int[] fill = new int[n];
    for (int s = 0; s < n; s++) {
      for (int t : deps.get(s)) {
        dependents[t][fill[t]++] = s;
      }
    }
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (remaining[i] == 0) {
        queue[tail++] = i;
      }
    }
    while (head < tail) {
      int d = queue[head++];
      for (int s : dependents[d]) {
        if (--remaining[s] == 0) {
          queue[tail++] = s;
        }
      }
    }
    if (tail == n) {
      return;
    }
    int[] walk = new int[n];
    int[] next = new int[n];
    for (int start = 0; start < n; start++) {
      if (remaining[start] == 0 || walk[start] != 0) {
        continue;
      }
      int mark = start + 1;
      int cur = start;
      while (true) {
        walk[cur] = mark;
        int step = -1;
        for (int t : deps.get(cur)) {
          if (remaining[t] > 0) {
            step = t;
            break;
          }
        }
        next[cur] = step;
        if (step < 0) {
          break; // unreachable: a service left by Kahn's algorithm has a dependency left
        }
        if (walk[step] == mark) {
          report(services, next, step, found);
          break;
        }
        if (walk[step] != 0) {
          break;
        }
        cur = step;
      }
    }
  }

  private static void report(List<Service> services, int[] next, int entry, ValidationResult.Builder found) {
    int first = entry;
    int length = 0;
    int cur = entry;
    do {
      first = Math.min(first, cur);
      length++;
      cur = next[cur];
    } while (cur != entry);
    StringBuilder path = new StringBuilder();
    cur = first;
    for (int shown = 0; shown < Math.min(length, CYCLE_IDS_SHOWN); shown++) {
      path.append(services.get(cur).id()).append(" → ");
      cur = next[cur];
    }
    if (length > CYCLE_IDS_SHOWN) {
      path.append("… → ");
    }
    path.append(services.get(first).id());
    found.error(ModelPath.of("services").index(first), "continuity.dependency-cycle",
        "dependencies must not form a cycle (" + path + ", " + length + (length == 1 ? " service" : " services") + ")");
  }
}
