package io.github.ctokit.core.continuity;

import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
    int m = 0;
    for (Service s : services) {
      m += s.dependencies().size();
    }
    int[] depStart = new int[n + 1];
    int[] dep = new int[m];
    int e = 0;
    for (int i = 0; i < n; i++) {
      depStart[i] = e;
      Service s = services.get(i);
      List<Dependency> list = s.dependencies();
      Integer firstIndex = index.get(s.id());
      boolean first = firstIndex != null && firstIndex == i;
      @Nullable Set<ServiceId> seen = list.size() > 8 ? new HashSet<>() : null;
      for (int j = 0; j < list.size(); j++) {
        ServiceId target = list.get(j).service();
        Integer t = index.get(target);
        if (t == null) {
          found.error(servicesPath.index(i).field("dependencies").index(j), "continuity.unknown-service",
              "dependency must name a service of the plan (was '" + target + "' in service " + s.id() + ")");
        } else if (seen != null ? !seen.add(target) : repeats(list, j)) {
          found.warning(servicesPath.index(i).field("dependencies").index(j), "continuity.duplicate-dependency",
              "dependency must be listed once (service " + s.id() + " lists '" + target + "' again)");
        } else if (first) {
          dep[e++] = t;
        }
      }
    }
    depStart[n] = e;
    reportCycles(services, depStart, dep, found);
    for (int i = 0; i < n; i++) {
      Service s = services.get(i);
      checkRtoWithinMtpd(s.targets().rto(), s.mtpd(), servicesPath, i, "service " + s.id(), found);
      if (s.tier().requiresTargets()) {
        ModelPath targets = servicesPath.index(i).field("targets");
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
      checkRtoWithinMtpd(p.targets().rto(), p.mtpd(), processesPath, i, "process " + p.id(), found);
    }
    for (int i = 0; i < plan.drills().size(); i++) {
      List<DrillResult> results = plan.drills().get(i).results();
      for (int j = 0; j < results.size(); j++) {
        ServiceId drilled = results.get(j).service();
        if (!index.containsKey(drilled)) {
          found.error(ModelPath.of("drills").index(i).field("results").index(j).field("service"), "continuity.unknown-service",
              "service must name a service of the plan (was '" + drilled + "')");
        }
      }
    }
    return found.build();
  }

  private static boolean repeats(List<Dependency> list, int j) {
    ServiceId target = list.get(j).service();
    for (int k = 0; k < j; k++) {
      if (list.get(k).service().equals(target)) {
        return true;
      }
    }
    return false;
  }

  private static void checkRtoWithinMtpd(
      Optional<Duration> rto, Optional<Duration> mtpd, ModelPath list, int i, String what, ValidationResult.Builder found) {
    if (rto.isPresent() && mtpd.isPresent() && rto.get().compareTo(mtpd.get()) > 0) {
      found.error(list.index(i).field("targets").field("rto"), "continuity.rto-exceeds-mtpd",
          "rto must not exceed mtpd for " + what + " (was " + rto.get() + " > " + mtpd.get() + ")");
    }
  }

  /**
   * Kahn's algorithm removes every service whose dependencies can all be recovered; each service
   * left has a dependency left, so walking from it along remaining dependencies must revisit a
   * service: that closes a cycle. Each service is walked at most once.
   */
  private static void reportCycles(List<Service> services, int[] depStart, int[] dep, ValidationResult.Builder found) {
    int n = services.size();
    int[] remaining = new int[n];
    int[] dependentCount = new int[n];
    for (int i = 0; i < n; i++) {
      remaining[i] = depStart[i + 1] - depStart[i];
    }
    for (int k = 0; k < depStart[n]; k++) {
      dependentCount[dep[k]]++;
    }
    int[] rdepStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      rdepStart[i + 1] = rdepStart[i] + dependentCount[i];
    }
    int[] rdep = new int[depStart[n]];
    int[] fill = new int[n];
    for (int s = 0; s < n; s++) {
      for (int k = depStart[s]; k < depStart[s + 1]; k++) {
        int t = dep[k];
        rdep[rdepStart[t] + fill[t]++] = s;
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
      for (int k = rdepStart[d]; k < rdepStart[d + 1]; k++) {
        int s = rdep[k];
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
        for (int k = depStart[cur]; k < depStart[cur + 1]; k++) {
          if (remaining[dep[k]] > 0) {
            step = dep[k];
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
