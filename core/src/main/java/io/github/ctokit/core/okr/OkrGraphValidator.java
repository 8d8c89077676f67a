package io.github.ctokit.core.okr;

import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.internal.IdIndex;
import io.github.ctokit.core.kpi.KpiDefinition;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.KpiSeries;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The whole-graph rules of {@link OkrGraph#validator()}; iterative, O(V + E). */
final class OkrGraphValidator implements Validator<OkrGraph> {

  static final OkrGraphValidator INSTANCE = new OkrGraphValidator();

  /** How many ids of a cycle a message lists before eliding the rest. */
  private static final int CYCLE_IDS_SHOWN = 12;

  private OkrGraphValidator() {}

  @Override
  public ValidationResult validate(OkrGraph graph) {
    Objects.requireNonNull(graph, "model");
    ValidationResult.Builder found = ValidationResult.builder();
    List<Objective> objectives = graph.objectives();
    int n = objectives.size();
    ModelPath root = ModelPath.of("objectives");

    Map<KpiId, KpiDefinition> kpis = new HashMap<>();
    for (int i = 0; i < graph.kpis().size(); i++) {
      KpiDefinition k = graph.kpis().get(i);
      if (kpis.putIfAbsent(k.id(), k) != null) {
        found.error(ModelPath.of("kpis").index(i).field("id"), "kpi.duplicate-id", "kpi id must be unique (was " + k.id() + ")");
      }
    }
    Map<KpiId, Integer> seriesSeen = new HashMap<>();
    for (int i = 0; i < graph.kpiSeries().size(); i++) {
      KpiSeries s = graph.kpiSeries().get(i);
      ModelPath at = ModelPath.of("kpiSeries").index(i);
      if (!kpis.containsKey(s.kpi())) {
        found.error(at, "kpi.dangling-series", "series must belong to a defined kpi (was " + s.kpi() + ")");
      }
      Integer before = seriesSeen.putIfAbsent(s.kpi(), i);
      if (before != null) {
        found.error(at, "kpi.duplicate-series", "kpi must have at most one series (was " + s.kpi() + ", also at kpiSeries[" + before + "])");
      }
    }

    IdIndex index = new IdIndex(n);
    boolean[] duplicate = new boolean[n];
    for (int i = 0; i < n; i++) {
      ObjectiveId id = objectives.get(i).id();
      int first = index.putIfAbsent(id, i);
      if (first >= 0) {
        duplicate[i] = true;
        found.error(root.index(i).field("id"), "okr.duplicate-objective-id",
            "objective id must be unique (was " + id + ", also at objectives[" + first + "])");
      }
    }

    int krCount = 0;
    int parentCount = 0;
    for (Objective o : objectives) {
      krCount += o.keyResults().size();
      parentCount += o.parents().size();
    }
    // Alignment edges resolved once, in CSR form, for the cycle search (a duplicate's edges are left out).
    int[] edgeStart = new int[n + 1];
    int[] edgeTarget = new int[parentCount];
    int fill = 0;
    IdIndex krSeen = new IdIndex(krCount);
    int[] krObjective = new int[krCount];
    int[] krPosition = new int[krCount];
    double[] incomingWeight = new double[n];
    int[] incomingEdges = new int[n];
    for (int i = 0; i < n; i++) {
      Objective o = objectives.get(i);
      edgeStart[i] = fill;
      checkKeyResults(i, o, root, kpis, krSeen, krObjective, krPosition, found);
      for (int e = 0; e < o.parents().size(); e++) {
        Alignment a = o.parents().get(e);
        if (a.weight() < 0) {
          found.error(edgePath(root, i, e).field("weight"), "okr.negative-weight",
              "alignment weight must be zero or more (was " + Checks.format(a.weight()) + ")");
        }
        for (int f = 0; f < e; f++) {
          if (o.parents().get(f).parent().equals(a.parent())) {
            found.error(edgePath(root, i, e), "okr.duplicate-alignment",
                "parent must appear once per objective (was " + a.parent() + ", also at parents[" + f + "])");
            break;
          }
        }
        int p = index.get(a.parent());
        if (p < 0) {
          found.error(edgePath(root, i, e).field("parent"), "okr.dangling-parent",
              "parent must be an objective of the graph (was " + a.parent() + ")");
        } else {
          if (a.weight() >= 0) { // a negative weight is reported above, not again as all-zero
            incomingEdges[p]++;
            incomingWeight[p] += a.weight();
          }
          if (!duplicate[i]) {
            edgeTarget[fill++] = p;
          }
        }
      }
    }
    for (int p = 0; p < n; p++) {
      if (incomingEdges[p] > 0 && incomingWeight[p] == 0) {
        found.error(root.index(p), "okr.zero-weights",
            "aligned children must not all have weight 0 (objective " + objectives.get(p).id() + ", "
                + incomingEdges[p] + " children)");
      }
    }
    edgeStart[n] = fill;
    findCycles(objectives, edgeStart, edgeTarget, root, found);
    return found.build();
  }

  private static ModelPath edgePath(ModelPath root, int i, int e) {
    return root.index(i).field("parents").index(e);
  }

  private static ModelPath krPath(ModelPath root, long location) {
    return root.index((int) (location >>> 32)).field("keyResults").index((int) location);
  }

  private static void checkKeyResults(int i, Objective o, ModelPath root, Map<KpiId, KpiDefinition> kpis,
      IdIndex krSeen, int[] krObjective, int[] krPosition, ValidationResult.Builder found) {
    List<KeyResult> krs = o.keyResults();
    double total = 0;
    for (int j = 0; j < krs.size(); j++) {
      KeyResult kr = krs.get(j);
      long location = ((long) i << 32) | j;
      // Paths are built only for violations: a million objectives must validate without a million paths.
      int slot = krSeen.size();
      int prior = krSeen.putIfAbsent(kr.id(), slot);
      if (prior >= 0) {
        long priorLocation = ((long) krObjective[prior] << 32) | krPosition[prior];
        found.error(krPath(root, location).field("id"), "okr.duplicate-key-result-id",
            "key result id must be unique in the graph (was " + kr.id() + ", also at " + krPath(root, priorLocation) + ")");
      } else {
        krObjective[slot] = i;
        krPosition[slot] = j;
      }
      if (kr.weight() < 0) {
        found.error(krPath(root, location).field("weight"), "okr.negative-weight",
            "key result weight must be zero or more (was " + Checks.format(kr.weight()) + ")");
      }
      total += Math.max(0, kr.weight());
      if (kr.kind() == KeyResultKind.INCREASE || kr.kind() == KeyResultKind.DECREASE) {
        if (kr.start() == kr.target()) {
          found.warning(krPath(root, location), "okr.start-equals-target",
              "start must differ from target for kind " + kr.kind() + " (both " + Checks.format(kr.start())
                  + "); the scoring policy's start-equals-target rule applies");
        } else if ((kr.kind() == KeyResultKind.INCREASE) != (kr.target() > kr.start())) {
          found.error(krPath(root, location).field("target"), "okr.direction-mismatch",
              "target must be " + (kr.kind() == KeyResultKind.INCREASE ? "above" : "below") + " start for kind "
                  + kr.kind() + " (was start " + Checks.format(kr.start()) + ", target " + Checks.format(kr.target()) + ")");
        }
      }
      for (int c = 0; c < kr.checkIns().size(); c++) {
        CheckIn ci = kr.checkIns().get(c);
        if (!o.cycle().containsEpochDay(ci.epochDay())) {
          found.error(krPath(root, location).field("checkIns").index(c).field("date"), "okr.check-in-outside-cycle",
              "check-in date must be within the cycle " + o.cycle() + " (was " + ci.date() + ")");
        }
      }
      kr.measuredBy().ifPresent(kpi -> {
        KpiDefinition def = kpis.get(kpi);
        if (def == null) {
          found.error(krPath(root, location).field("measuredBy"), "okr.dangling-kpi", "measuredBy must name a kpi of the graph (was " + kpi + ")");
        } else if (!def.unit().equals(kr.unit())) {
          found.error(krPath(root, location).field("unit"), "okr.unit-mismatch", "unit must equal the unit of kpi " + kpi
              + " (was " + Checks.quote(kr.unit()) + ", kpi " + Checks.quote(def.unit()) + ")");
        }
      });
    }
    if (!krs.isEmpty() && total == 0) {
      found.error(root.index(i).field("keyResults"), "okr.zero-weights",
          "key result weights must not all be 0 (objective " + o.id() + ", " + krs.size() + " key results)");
    }
  }

  /** Iterative depth-first search over child → parent edges; reports every back edge's cycle. */
  private static void findCycles(List<Objective> objectives, int[] start, int[] targets, ModelPath root,
      ValidationResult.Builder found) {
    int n = objectives.size();
    byte[] colour = new byte[n];
    int[] stack = new int[n];
    int[] next = new int[n];
    int[] depthOf = new int[n];
    for (int r = 0; r < n; r++) {
      if (colour[r] != 0) {
        continue;
      }
      int sp = 0;
      stack[sp] = r;
      next[sp] = start[r];
      depthOf[r] = 0;
      colour[r] = 1;
      sp++;
      while (sp > 0) {
        int top = stack[sp - 1];
        int end = start[top + 1];
        if (next[sp - 1] < end) {
          int p = targets[next[sp - 1]++];
          if (colour[p] == 0) {
            colour[p] = 1;
            depthOf[p] = sp;
            stack[sp] = p;
            next[sp] = start[p];
            sp++;
          } else if (colour[p] == 1) {
            reportCycle(objectives, stack, depthOf[p], sp, p, root, found);
          }
        } else {
          colour[top] = 2;
          sp--;
        }
      }
    }
  }

  private static void reportCycle(List<Objective> objectives, int[] stack, int from, int sp, int closing,
      ModelPath root, ValidationResult.Builder found) {
    int length = sp - from;
    StringBuilder path = new StringBuilder();
    for (int d = from; d < sp; d++) {
      if (d - from == CYCLE_IDS_SHOWN && length > CYCLE_IDS_SHOWN + 1) {
        path.append("… → ");
        d = sp - 1;
      }
      path.append(objectives.get(stack[d]).id()).append(" → ");
    }
    path.append(objectives.get(closing).id());
    found.error(root.index(stack[sp - 1]).field("parents"), "okr.alignment-cycle",
        "alignment must not form a cycle (was " + path + ", " + length + (length == 1 ? " objective" : " objectives") + ")");
  }
}
