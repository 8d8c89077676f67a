package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.Level;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.internal.IdIndex;
import io.github.ctokit.core.risk.AppetiteLimit;
import io.github.ctokit.core.risk.Assessment;
import io.github.ctokit.core.risk.Control;
import io.github.ctokit.core.risk.ControlId;
import io.github.ctokit.core.risk.ControlStatus;
import io.github.ctokit.core.risk.LikelihoodImpact;
import io.github.ctokit.core.risk.Risk;
import io.github.ctokit.core.risk.RiskAppetite;
import io.github.ctokit.core.risk.RiskId;
import io.github.ctokit.core.risk.RiskRegister;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@link RiskScoring#assess}: a single pass over the risks with primitive arrays, then
 * one sort on precomputed keys. Not thread-safe; a new engine per call.
 */
final class RegisterEngine {

  private static final Logger LOG = LoggerFactory.getLogger(RiskScoring.class);
  private static final ModelPath RISKS = ModelPath.of("risks");
  private static final String[] TIER_FIELDS = {"inherent", "current", "residual"};
  private static final long SCORE_MAX = 1000;
  private static final int UNRATED = -1;
  private static final int OFF_GRID = -2;
  private static final long LEVEL_LIMIT = Long.MIN_VALUE;

  private final Map<Class<?>, RiskMethod<?>> methods;
  private final @Nullable RiskAppetite appetite;
  private final Tier basis;
  private final ReductionRule rule;
  private final ValidationResult.Builder found = ValidationResult.builder();
  private final AppetiteLimit[] cachedLimits = new AppetiteLimit[16];
  private final long[] cachedFloors = new long[16];
  private int cached;
  private final Set<String> appetiteWarnings = new HashSet<>();

  RegisterEngine(Map<Class<?>, RiskMethod<?>> methods, @Nullable RiskAppetite appetite, Tier basis, ReductionRule rule) {
    this.methods = methods;
    this.appetite = appetite;
    this.basis = basis;
    this.rule = rule;
  }

  RegisterAssessment run(RiskRegister register, LocalDate asOf) {
    found.addAll(register.validate(asOf));
    List<Control> controls = register.controls();
    IdIndex controlIndex = new IdIndex(controls.size());
    Map<ControlId, Control> controlById = new HashMap<>(controls.size() * 2);
    double[] reduction = new double[controls.size()];
    boolean[] implemented = new boolean[controls.size()];
    for (int c = 0; c < controls.size(); c++) {
      Control control = controls.get(c);
      if (controlIndex.putIfAbsent(control.id(), c) < 0) {
        controlById.put(control.id(), control);
      }
      reduction[c] = control.reduction();
      implemented[c] = control.status() == ControlStatus.IMPLEMENTED;
    }

    RiskMethod<?> li = RiskScoring.lookup(methods, LikelihoodImpact.class);
    boolean liUsable = li == null || axesMatch(li, register);
    RiskMatrix matrix = li instanceof RiskMatrix && liUsable ? (RiskMatrix) li : null;

    List<Risk> risks = register.risks();
    int n = risks.size();
    AssessedRisk[] out = new AssessedRisk[n];
    Level[] levels = new Level[3 * n];
    long[] h = new long[3 * n];
    Arrays.fill(h, -1);
    // Heat-map cell of each rated risk's inherent rating (row-major), OFF_GRID, or UNRATED.
    int[] cellOf = new int[n];
    Arrays.fill(cellOf, UNRATED);
    int impactColumns = register.impactScale().size();
    int[] rated = new int[n];
    int ratedCount = 0;
    Map<Class<?>, RiskMethod<?>> cache = new HashMap<>();
    @Nullable Assessment[] tiers = new Assessment[3];
    Class<?> lastClass = null;
    RiskMethod<?> lastMethod = null;

    for (int i = 0; i < n; i++) {
      Risk risk = risks.get(i);
      // Each Optional accessor is read once: a 100,000-risk register would otherwise allocate
      // hundreds of thousands of Optionals that escape analysis does not remove in a method this size.
      Assessment a0 = risk.inherent().orElse(null);
      if (a0 == null) {
        out[i] = unrated(risk, null, "no inherent rating", controlById, levels, h, 3 * i);
        continue;
      }
      RiskMethod<?> m = a0.getClass() == lastClass ? lastMethod : cache.get(a0.getClass());
      if (m == null) {
        m = RiskScoring.lookup(methods, a0.getClass());
        if (m == null) {
          found.error(RISKS.index(i).field("inherent"), "scoring.no-method",
              "assessment kind must have a registered method (was " + a0.kind() + ", risk " + risk.id() + ")");
          out[i] = unrated(risk, null, "no method for " + a0.kind(), controlById, levels, h, 3 * i);
          continue;
        }
        cache.put(a0.getClass(), m);
      }
      lastClass = a0.getClass();
      lastMethod = m;
      if (m == li && !liUsable) {
        out[i] = unrated(risk, m, "method " + m.id() + " does not match the register's scales", controlById, levels, h, 3 * i);
        continue;
      }
      tiers[0] = a0;
      tiers[1] = risk.current().orElse(null);
      tiers[2] = risk.residual().orElse(null);
      if (!scorable(m, matrix, tiers, i)) {
        out[i] = unrated(risk, m, "inputs the method cannot score", controlById, levels, h, 3 * i);
        continue;
      }
      int at = 3 * i;
      // The matrix itself scores likelihood × impact by table look-up, without building a RiskScore.
      RiskMatrix fast = m == matrix ? matrix : null;
      if (fast != null) {
        int k = fast.cellOrdinal(((LikelihoodImpact) a0).likelihood(), ((LikelihoodImpact) a0).impact());
        h[at] = fast.normalisedHundredths(k);
        levels[at] = fast.levels().level(k);
      } else {
        RiskScore s = AssessedRisk.scoreWith(m, a0);
        h[at] = Decimals.toHundredths(s.normalisedScore());
        levels[at] = s.level();
      }

      double remainingImplemented = 1;
      double remainingPlanned = 1;
      double strongestImplemented = 0;
      double strongestPlanned = 0;
      List<ControlId> refs = risk.controls();
      for (int j = 0; j < refs.size(); j++) {
        ControlId ref = refs.get(j);
        int c = controlIndex.get(ref);
        if (c < 0 || listedBefore(refs, j, ref)) {
          continue;
        }
        double r = reduction[c];
        if (implemented[c]) {
          remainingImplemented *= 1 - r;
          strongestImplemented = Math.max(strongestImplemented, r);
        } else {
          remainingPlanned *= 1 - r;
          strongestPlanned = Math.max(strongestPlanned, r);
        }
      }
      long currentMicros = micros(rule == ReductionRule.COMBINED ? remainingImplemented : 1 - strongestImplemented);
      long residualMicros = micros(rule == ReductionRule.COMBINED ? remainingPlanned : 1 - strongestPlanned);

      for (int t = 1; t <= 2; t++) {
        Assessment tier = tiers[t];
        if (tier != null) {
          if (fast != null) {
            LikelihoodImpact a = (LikelihoodImpact) tier;
            int k = fast.cellOrdinal(a.likelihood(), a.impact());
            h[at + t] = fast.normalisedHundredths(k);
            levels[at + t] = fast.levels().level(k);
          } else {
            RiskScore s = AssessedRisk.scoreWith(m, tier);
            h[at + t] = Decimals.toHundredths(s.normalisedScore());
            levels[at + t] = s.level();
          }
        } else {
          h[at + t] = Decimals.applyRemaining(h[at + t - 1], t == 1 ? currentMicros : residualMicros);
          levels[at + t] = fast != null ? fast.levels().level(fast.ordinalOfHundredths(h[at + t]))
              : m.levelOf(Decimals.ofHundredths(h[at + t]));
        }
      }
      if (h[at + 1] > h[at]) {
        found.error(RISKS.index(i).field("current"), "risk.current-score-above-inherent",
            "current score must not exceed inherent (was " + Decimals.hundredths(h[at + 1]) + " > " + Decimals.hundredths(h[at])
                + ", risk " + risk.id() + ")");
      }
      if (h[at + 2] > h[at + 1]) {
        found.error(RISKS.index(i).field("residual"), "risk.residual-score-above-current",
            "residual score must not exceed current (was " + Decimals.hundredths(h[at + 2]) + " > " + Decimals.hundredths(h[at + 1])
                + ", risk " + risk.id() + ")");
      }
      int b = basis.ordinal();
      AppetiteCheck check = appetiteCheck(risk, m, h[at + b], levels[at + b]);
      out[i] = new AssessedRisk(risk, m, null, levels, h, at, tiers[1] != null, tiers[2] != null, currentMicros,
          residualMicros, check, controlById);
      rated[ratedCount++] = i;
      cellOf[i] = a0 instanceof LikelihoodImpact && li != null && li.inputType().isInstance(a0)
          ? (((LikelihoodImpact) a0).likelihood() - 1) * impactColumns + ((LikelihoodImpact) a0).impact() - 1
          : OFF_GRID;
    }

    int[] order = Arrays.copyOf(rated, ratedCount);
    sort(order, risks, h, basis.ordinal());
    List<AssessedRisk> ranked = new ArrayList<>(ratedCount);
    for (int p = 0; p < order.length; p++) {
      AssessedRisk r = out[order[p]];
      r.rank = p + 1;
      ranked.add(r);
    }
    HeatMap heatMap = li != null && liUsable ? heatMap(li, matrix, register, out, cellOf) : null;
    ValidationResult violations = found.build();
    RegisterAssessment result = new RegisterAssessment(asOf, basis, rule, Arrays.asList(out), ranked, heatMap, violations);
    if (LOG.isDebugEnabled()) {
      LOG.debug("assessed risk register: {} risks, {} rated, {} breaches, {}", n, ratedCount,
          result.breaches().size(), violations.summary());
    }
    return result;
  }

  private boolean axesMatch(RiskMethod<?> li, RiskRegister register) {
    int p;
    int q;
    if (li instanceof RiskMatrix) {
      p = ((RiskMatrix) li).likelihood().size();
      q = ((RiskMatrix) li).impact().size();
    } else if (li instanceof SimpleRiskClassic) {
      p = ((SimpleRiskClassic) li).likelihoodLevels();
      q = ((SimpleRiskClassic) li).impactLevels();
    } else {
      return true;
    }
    LevelScale rl = register.likelihoodScale();
    LevelScale ri = register.impactScale();
    if (p == rl.size() && q == ri.size()) {
      return true;
    }
    found.error(ModelPath.root(), "scoring.scale-mismatch",
        "method " + li.id() + " must have the register's axes (method " + p + "×" + q + ", register " + rl.size() + "×"
            + ri.size() + ")\nMaybe remap the register with MatrixRemap first");
    return false;
  }

  private boolean scorable(RiskMethod<?> m, @Nullable RiskMatrix matrix, @Nullable Assessment[] tiers, int i) {
    boolean ok = true;
    for (int t = 0; t < 3; t++) {
      Assessment a = tiers[t];
      if (a == null) {
        continue;
      }
      if (!m.inputType().isInstance(a)) {
        ok = false;
        continue;
      }
      if (m == matrix) {
        LikelihoodImpact li = (LikelihoodImpact) a;
        if (li.likelihood() <= matrix.likelihood().size() && li.impact() <= matrix.impact().size()) {
          continue;
        }
      }
      ValidationResult r = check(m, a);
      if (!r.isEmpty()) {
        found.addAll(RISKS.index(i).field(TIER_FIELDS[t]), r);
      }
      ok &= r.isValid();
    }
    return ok;
  }

  private static <A extends Assessment> ValidationResult check(RiskMethod<A> method, Assessment input) {
    return method.check(method.inputType().cast(input));
  }

  private static boolean listedBefore(List<ControlId> refs, int j, ControlId ref) {
    for (int k = 0; k < j; k++) {
      if (refs.get(k).equals(ref)) {
        return true;
      }
    }
    return false;
  }

  private static long micros(double remaining) {
    double clamped = remaining < 0 ? 0 : remaining > 1 ? 1 : remaining;
    return Math.round(clamped * Decimals.MICROS);
  }

  private AssessedRisk unrated(Risk risk, @Nullable RiskMethod<?> m, String reason, Map<ControlId, Control> controls,
      Level[] levels, long[] hundredths, int at) {
    return new AssessedRisk(risk, m, reason, levels, hundredths, at, false, false, Decimals.MICROS,
        Decimals.MICROS, AppetiteCheck.notRated(basis, appetite == null ? null : appetite.limitFor(risk.category()),
            "risk not rated: " + reason), controls);
  }

  private AppetiteCheck appetiteCheck(Risk risk, RiskMethod<?> m, long value, Level level) {
    if (appetite == null) {
      return AppetiteCheck.notRated(basis, null, "no appetite configured");
    }
    AppetiteLimit limit = appetite.limitFor(risk.category());
    long maxMillionths = floor(limit);
    if (maxMillionths != LEVEL_LIMIT) {
      return AppetiteCheck.judged(value * 10_000 > maxMillionths, basis, limit, value, level);
    }
    Level max = limit.maxLevel().orElseThrow();
    if (max.scale() != m.levels() && !max.scale().equals(m.levels())) {
      String key = risk.category().code() + "|" + m.id();
      if (appetiteWarnings.add(key)) {
        found.warning(ModelPath.root(), "appetite.scale-mismatch",
            "level limit for category " + risk.category().code() + " must be on the scale of method " + m.id() + " ('"
                + m.levels().name() + "', was '" + max.scale().name() + "'); such risks are not rated against it");
      }
      return AppetiteCheck.notRated(basis, limit, "limit level is on scale '" + max.scale().name() + "', method "
          + m.id() + " reports on '" + m.levels().name() + "'");
    }
    return AppetiteCheck.judged(level.ordinal() > max.ordinal(), basis, limit, value, level);
  }

  /**
   * The limit's maximum score in millionths, rounded down, or {@link #LEVEL_LIMIT} for a limit on
   * levels; a few limits are cached by identity, so the per-risk path reads no Optional.
   */
  private long floor(AppetiteLimit limit) {
    for (int k = 0; k < cached; k++) {
      if (cachedLimits[k] == limit) {
        return cachedFloors[k];
      }
    }
    long floor = limit.maxScore()
        .map(max -> max.movePointRight(6).setScale(0, RoundingMode.FLOOR).longValueExact())
        .orElse(LEVEL_LIMIT);
    if (cached < cachedLimits.length) {
      cachedLimits[cached] = limit;
      cachedFloors[cached++] = floor;
    }
    return floor;
  }

  private static @Nullable HeatMap heatMap(RiskMethod<?> li, @Nullable RiskMatrix matrix, RiskRegister register,
      AssessedRisk[] out, int[] cellOf) {
    LevelScale rows = register.likelihoodScale();
    LevelScale columns = register.impactScale();
    Level[][] levels = new Level[rows.size()][columns.size()];
    for (int p = 0; p < rows.size(); p++) {
      for (int q = 0; q < columns.size(); q++) {
        LikelihoodImpact cell = LikelihoodImpact.of(p + 1, q + 1);
        if (matrix != null) {
          levels[p][q] = matrix.cell(p, q);
        } else if (check(li, cell).isValid()) {
          levels[p][q] = AssessedRisk.scoreWith(li, cell).level();
        } else {
          return null;
        }
      }
    }
    int cellCount = rows.size() * columns.size();
    int[] counts = new int[cellCount];
    int offGridCount = 0;
    for (int cell : cellOf) {
      if (cell >= 0) {
        counts[cell]++;
      } else if (cell == OFF_GRID) {
        offGridCount++;
      }
    }
    @SuppressWarnings("unchecked")
    List<RiskId>[] ids = new List[cellCount];
    for (int c = 0; c < cellCount; c++) {
      ids[c] = new ArrayList<>(counts[c]);
    }
    List<RiskId> offGrid = new ArrayList<>(offGridCount);
    for (int i = 0; i < out.length; i++) {
      int cell = cellOf[i];
      if (cell >= 0) {
        ids[cell].add(out[i].id());
      } else if (cell == OFF_GRID) {
        offGrid.add(out[i].id());
      }
    }
    HeatMap.Cell[][] cells = new HeatMap.Cell[rows.size()][columns.size()];
    for (int p = 0; p < rows.size(); p++) {
      for (int q = 0; q < columns.size(); q++) {
        cells[p][q] = new HeatMap.Cell(rows.level(p), columns.level(q), levels[p][q], ids[p * columns.size() + q]);
      }
    }
    return new HeatMap(rows, columns, cells, offGrid);
  }

  /**
   * Sorts risk indices by (basis desc, inherent desc, id asc, register index asc). Each risk gets
   * one primitive key, {@code scores (20 bits) | first six id characters (42 bits)}; keys and
   * indices are sorted together by a three-way quicksort over primitive arrays, then runs of equal
   * keys (same scores, same six-character prefix) are ordered by the full id and the index.
   */
  private static void sort(int[] order, List<Risk> risks, long[] hundredths, int basisTier) {
    int m = order.length;
    long[] keys = new long[m];
    for (int k = 0; k < m; k++) {
      int i = order[k];
      long scores = (SCORE_MAX - hundredths[3 * i + basisTier]) * 1024 + (SCORE_MAX - hundredths[3 * i]);
      String id = risks.get(i).id().value();
      long prefix = 0;
      for (int c = 0; c < 6; c++) {
        prefix = (prefix << 7) | (c < id.length() ? id.charAt(c) : 0);
      }
      keys[k] = (scores << 42) | prefix;
    }
    quicksort(keys, order, 0, m - 1);
    int runStart = 0;
    for (int k = 1; k <= m; k++) {
      if (k == m || keys[k] != keys[runStart]) {
        if (k - runStart > 1) {
          sortRunById(order, runStart, k, risks);
        }
        runStart = k;
      }
    }
  }

  private static void sortRunById(int[] order, int from, int to, List<Risk> risks) {
    if (to - from > 32) {
      sortLargeRun(order, from, to, risks);
      return;
    }
    for (int i = from + 1; i < to; i++) {
      int v = order[i];
      String id = risks.get(v).id().value();
      int j = i - 1;
      while (j >= from && byId(risks.get(order[j]).id().value(), order[j], id, v) > 0) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = v;
    }
  }

  private static void sortLargeRun(int[] order, int from, int to, List<Risk> risks) {
    Integer[] boxed = new Integer[to - from];
    for (int k = from; k < to; k++) {
      boxed[k - from] = order[k];
    }
    java.util.Arrays.sort(boxed, (x, y) -> byId(risks.get(x).id().value(), x, risks.get(y).id().value(), y));
    for (int k = from; k < to; k++) {
      order[k] = boxed[k - from];
    }
  }

  private static int byId(String a, int ia, String b, int ib) {
    int c = a.compareTo(b);
    return c != 0 ? c : Integer.compare(ia, ib);
  }

  /** Three-way quicksort of {@code keys} ascending, moving {@code values} along. */
  private static void quicksort(long[] keys, int[] values, int lo, int hi) {
    while (hi - lo > 24) {
      int mid = (lo + hi) >>> 1;
      long a = keys[lo];
      long b = keys[mid];
      long c = keys[hi];
      long pivot = a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i <= gt) {
        long k = keys[i];
        if (k < pivot) {
          swap(keys, values, lt++, i++);
        } else if (k > pivot) {
          swap(keys, values, i, gt--);
        } else {
          i++;
        }
      }
      if (lt - lo < hi - gt) {
        quicksort(keys, values, lo, lt - 1);
        lo = gt + 1;
      } else {
        quicksort(keys, values, gt + 1, hi);
        hi = lt - 1;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      long k = keys[i];
      int v = values[i];
      int j = i - 1;
      while (j >= lo && keys[j] > k) {
        keys[j + 1] = keys[j];
        values[j + 1] = values[j];
        j--;
      }
      keys[j + 1] = k;
      values[j + 1] = v;
    }
  }

  private static void swap(long[] keys, int[] values, int i, int j) {
    long k = keys[i];
    keys[i] = keys[j];
    keys[j] = k;
    int v = values[i];
    values[i] = values[j];
    values[j] = v;
  }
}
