package io.github.ctokit.core.okr;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.internal.Identifiers;
import io.github.ctokit.core.internal.OkrColumns;
import io.github.ctokit.core.kpi.KpiDefinition;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.KpiSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The same graph as an {@link OkrGraph}, held as columns: ids as strings and every number in a
 * primitive array, with no object per objective, key result, alignment or check-in. For bulk
 * loads (hundreds of thousands of objectives read from a database or a file), where building
 * the object model would cost more memory and time than scoring it: {@code OkrRollup} compiles a
 * table without copying its columns or walking any object.
 *
 * <p>Rows are appended in order: an owner, alignment or key result belongs to the objective row
 * before it, a start, target, band or check-in to the key-result row before it. Evaluate the table
 * with {@code OkrRollup.using(policy).evaluate(table, asOf)}.
 *
 * <pre>{@code
 * OkrTable table = OkrTable.builder()
 *     .objective("O-eng", "Ship faster", ObjectiveLevel.DEPARTMENT, Commitment.COMMITTED, q1)
 *         .ownerTeam(TeamId.of("engineering"))
 *         .parent("O-company", 2)
 *         .keyResult("KR-lead-time", "Lead time under a day", KeyResultKind.DECREASE)
 *             .start(72).target(24).unit("h")
 *             .checkIn(LocalDate.of(2027, 1, 15), 60)
 *             .checkIn(LocalDate.of(2027, 2, 12), 41)
 *     .build();
 * }</pre>
 *
 * <p>Every rule a single {@link Objective}, {@link KeyResult}, {@link Alignment} or
 * {@link CheckIn} enforces is enforced when the row is appended or closed, with the same message;
 * the graph rules (duplicate ids, dangling parents, cycles, check-ins outside the cycle …) are
 * those of {@link OkrGraph#validator()}, reported for {@link #toGraph()} with the same paths
 * ({@code objectives[i].keyResults[j]} in table order). {@link #of(OkrGraph)} and
 * {@link #toGraph()} convert both ways without loss.
 *
 * <p>Immutable once built, and safe to share between threads. Two tables are equal only when they
 * are the same instance (compare {@link #toGraph()} for equal content). Memory: about 50 bytes per
 * key result, 40 per objective, 16 per alignment or check-in (24 once a check-in carries a
 * confidence), plus the id, title and unit strings the caller passes in (shared, not copied).
 */
public final class OkrTable {

  static {
    OkrColumns.register(t -> t.columns);
  }

  private static final KeyResultKind[] KINDS = KeyResultKind.values();

  private final OkrColumns columns;
  private final String[] titles;
  private final String[] keyResultTitles;
  private final ObjectiveLevel[] levels;
  private final @Nullable TeamId[] ownerTeams;
  private final @Nullable RoleId[] ownerRoles;
  private final List<KpiDefinition> kpis;
  private final List<KpiSeries> kpiSeries;

  private OkrTable(Builder b) {
    int n = b.n;
    int m = b.m;
    int e = b.e;
    int c = b.c;
    columns = new OkrColumns(Arrays.copyOf(b.objectiveIds, n), Arrays.copyOf(b.objectiveIdHashes, n),
        Arrays.copyOf(b.cycles, n), Arrays.copyOf(b.committed, n), Arrays.copyOf(b.keyResultStart, n + 1),
        Arrays.copyOf(b.parentStart, n + 1), Arrays.copyOf(b.parentIds, e), Arrays.copyOf(b.parentIdHashes, e),
        Arrays.copyOf(b.parentWeights, e), Arrays.copyOf(b.keyResultIds, m), Arrays.copyOf(b.keyResultIdHashes, m),
        Arrays.copyOf(b.kinds, m), Arrays.copyOf(b.starts, m), Arrays.copyOf(b.targets, m),
        Arrays.copyOf(b.weights, m), Arrays.copyOf(b.units, m),
        b.bandLows.length == 0 ? b.bandLows : Arrays.copyOf(b.bandLows, m),
        b.bandHighs.length == 0 ? b.bandHighs : Arrays.copyOf(b.bandHighs, m),
        b.stages.length == 0 ? b.stages : Arrays.copyOf(b.stages, m),
        b.measuredBy.length == 0 ? b.measuredBy : Arrays.copyOf(b.measuredBy, m),
        Arrays.copyOf(b.checkInStart, m + 1), Arrays.copyOf(b.days, c), Arrays.copyOf(b.values, c),
        b.confidences.length == 0 ? b.confidences : Arrays.copyOf(b.confidences, c));
    titles = Arrays.copyOf(b.titles, n);
    keyResultTitles = Arrays.copyOf(b.keyResultTitles, m);
    levels = Arrays.copyOf(b.levels, n);
    ownerTeams = Arrays.copyOf(b.ownerTeams, n);
    ownerRoles = Arrays.copyOf(b.ownerRoles, n);
    kpis = List.copyOf(b.kpis);
    kpiSeries = List.copyOf(b.kpiSeries);
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the table of a graph: the same objectives, key results, alignments, check-ins, KPIs
   * and series, in the same order.
   *
   * @param graph the graph
   * @return its table
   * @throws NullPointerException if {@code graph} is null
   */
  public static OkrTable of(OkrGraph graph) {
    Objects.requireNonNull(graph, "graph");
    Builder b = builder();
    for (Objective o : graph.objectives()) {
      b.objective(o.id().value(), o.title(), o.level(), o.commitment(), o.cycle());
      o.ownerTeam().ifPresent(b::ownerTeam);
      o.ownerRole().ifPresent(b::ownerRole);
      for (Alignment a : o.parents()) {
        b.parent(a.parent().value(), a.weight());
      }
      for (KeyResult r : o.keyResults()) {
        b.keyResult(r.id().value(), r.title(), r.kind()).start(r.start()).target(r.target()).weight(r.weight())
            .unit(r.unit());
        if (r.kind() == KeyResultKind.WITHIN_BAND) {
          b.band(r.bandLow().orElseThrow(), r.bandHigh().orElseThrow());
        }
        r.stages().ifPresent(b::stages);
        r.measuredBy().ifPresent(b::measuredBy);
        for (CheckIn c : r.checkIns()) {
          if (c.hasConfidence()) {
            b.checkIn(c.date(), c.value(), c.confidence().orElseThrow());
          } else {
            b.checkIn(c.date(), c.value());
          }
        }
      }
    }
    graph.kpis().forEach(b::kpi);
    graph.kpiSeries().forEach(b::kpiSeries);
    return b.build();
  }

  /**
   * Returns the number of objectives.
   *
   * @return zero or more
   */
  public int objectiveCount() {
    return columns.objectiveIds.length;
  }

  /**
   * Returns the number of key results.
   *
   * @return zero or more
   */
  public int keyResultCount() {
    return columns.keyResultIds.length;
  }

  /**
   * Returns the number of check-ins.
   *
   * @return zero or more
   */
  public int checkInCount() {
    return columns.checkInDays.length;
  }

  /**
   * Returns the id of an objective.
   *
   * @param index the objective's row, from 0
   * @return its id
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public ObjectiveId objectiveId(int index) {
    return ObjectiveId.of(columns.objectiveIds[Objects.checkIndex(index, objectiveCount())]);
  }

  /**
   * Returns the id of a key result.
   *
   * @param index the key result's row, from 0, across all objectives
   * @return its id
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public KeyResultId keyResultId(int index) {
    return KeyResultId.of(columns.keyResultIds[Objects.checkIndex(index, keyResultCount())]);
  }

  /**
   * Returns an objective as an object, with its key results, check-ins and alignments (built on
   * each call).
   *
   * @param index the objective's row, from 0
   * @return the objective
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public Objective objective(int index) {
    Objects.checkIndex(index, objectiveCount());
    OkrColumns c = columns;
    Objective.Builder o = Objective.builder().id(ObjectiveId.of(c.objectiveIds[index])).title(titles[index])
        .level(levels[index]).commitment(c.committed[index] ? Commitment.COMMITTED : Commitment.ASPIRATIONAL)
        .cycle(c.cycles[index]);
    TeamId team = ownerTeams[index];
    RoleId role = ownerRoles[index];
    if (team != null) {
      o.ownerTeam(team);
    }
    if (role != null) {
      o.ownerRole(role);
    }
    for (int k = c.keyResultStart[index]; k < c.keyResultStart[index + 1]; k++) {
      o.addKeyResults(keyResult(k));
    }
    for (int q = c.parentStart[index]; q < c.parentStart[index + 1]; q++) {
      o.addParents(Alignment.to(ObjectiveId.of(c.parentIds[q]), c.parentWeights[q]));
    }
    return o.build();
  }

  /**
   * Returns a key result as an object, with its check-ins (built on each call).
   *
   * @param index the key result's row, from 0, across all objectives
   * @return the key result
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public KeyResult keyResult(int index) {
    Objects.checkIndex(index, keyResultCount());
    OkrColumns c = columns;
    KeyResultKind kind = KINDS[c.kinds[index]];
    KeyResult.Builder r = KeyResult.builder().id(KeyResultId.of(c.keyResultIds[index])).title(keyResultTitles[index])
        .kind(kind).start(c.starts[index]).target(c.targets[index]).weight(c.weights[index]).unit(c.units[index]);
    if (kind == KeyResultKind.WITHIN_BAND) {
      r.bandLow(c.bandLows[index]).bandHigh(c.bandHighs[index]);
    }
    LevelScale stages = c.stages.length == 0 ? null : c.stages[index];
    if (stages != null) {
      r.stages(stages);
    }
    KpiId kpi = c.measuredBy.length == 0 ? null : c.measuredBy[index];
    if (kpi != null) {
      r.measuredBy(kpi);
    }
    for (int i = c.checkInStart[index]; i < c.checkInStart[index + 1]; i++) {
      CheckIn checkIn = CheckIn.of(LocalDate.ofEpochDay(c.checkInDays[i]), c.checkInValues[i]);
      if (c.checkInConfidences.length > 0 && !Double.isNaN(c.checkInConfidences[i])) {
        checkIn = checkIn.withConfidence(Probability.of(c.checkInConfidences[i]));
      }
      r.addCheckIns(checkIn);
    }
    return r.build();
  }

  /**
   * Returns the KPI definitions.
   *
   * @return an unmodifiable list
   */
  public List<KpiDefinition> kpis() {
    return kpis;
  }

  /**
   * Returns the KPI observation series.
   *
   * @return an unmodifiable list
   */
  public List<KpiSeries> kpiSeries() {
    return kpiSeries;
  }

  /**
   * Returns the same graph as objects (built on each call; for a million objectives this costs
   * about what building the graph directly does). Its {@link OkrGraph#validate()} reports the
   * table's graph-rule violations.
   *
   * @return the graph
   */
  public OkrGraph toGraph() {
    List<Objective> objectives = new ArrayList<>(objectiveCount());
    for (int i = 0; i < objectiveCount(); i++) {
      objectives.add(objective(i));
    }
    return OkrGraph.builder().addAllObjectives(objectives).addAllKpis(kpis).addAllKpiSeries(kpiSeries).build();
  }

  /** Returns the sizes, such as {@code OkrTable[objectives=3, keyResults=7, checkIns=20]}. */
  @Override
  public String toString() {
    return "OkrTable[objectives=" + objectiveCount() + ", keyResults=" + keyResultCount() + ", checkIns="
        + checkInCount() + "]";
  }

  /**
   * Appends rows to a table. {@link #objective} starts an objective row; the owner, parent and
   * key-result calls that follow belong to it. {@link #keyResult} starts a key-result row; the
   * start, target, weight, unit, band, stages, KPI and check-in calls that follow belong to it. A
   * row's rules are checked when the next row of its kind (or {@link #build()}) closes it. Not
   * thread-safe; {@link #build()} may be called again after more rows.
   */
  public static final class Builder {
    private static final double UNSET = Double.NaN; // set values are finite

    private int n;
    private int m;
    private int e;
    private int c;
    private String[] objectiveIds = new String[16];
    private int[] objectiveIdHashes = new int[16];
    private String[] titles = new String[16];
    private ObjectiveLevel[] levels = new ObjectiveLevel[16];
    private boolean[] committed = new boolean[16];
    private OkrCycle[] cycles = new OkrCycle[16];
    private @Nullable TeamId[] ownerTeams = new TeamId[16];
    private @Nullable RoleId[] ownerRoles = new RoleId[16];
    private int[] keyResultStart = new int[17];
    private int[] parentStart = new int[17];
    private String[] parentIds = new String[16];
    private int[] parentIdHashes = new int[16];
    private double[] parentWeights = new double[16];
    private String[] keyResultIds = new String[16];
    private int[] keyResultIdHashes = new int[16];
    private String[] keyResultTitles = new String[16];
    private byte[] kinds = new byte[16];
    private double[] starts = new double[16];
    private double[] targets = new double[16];
    private double[] weights = new double[16];
    private String[] units = new String[16];
    private double[] bandLows = new double[0];
    private double[] bandHighs = new double[0];
    private @Nullable LevelScale[] stages = new LevelScale[0];
    private @Nullable KpiId[] measuredBy = new KpiId[0];
    private int[] checkInStart = new int[17];
    private long[] days = new long[16];
    private double[] values = new double[16];
    private double[] confidences = new double[0];
    private final List<KpiDefinition> kpis = new ArrayList<>();
    private final List<KpiSeries> kpiSeries = new ArrayList<>();
    /** The open key result's band, set by {@link #band} (the columns hold it only for bands). */
    private boolean bandSet;
    private double bandLow;
    private double bandHigh;
    private @Nullable LevelScale openStages;
    private boolean keyResultOpen;

    Builder() {}

    /**
     * Starts an objective row (and closes the previous one).
     *
     * @param id the objective's id (the {@link ObjectiveId} rules)
     * @param title its title
     * @param level its level
     * @param commitment committed or aspirational
     * @param cycle its cycle
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code id} breaks the id rules, or the previous row
     *     breaks a rule of its own
     */
    public Builder objective(String id, String title, ObjectiveLevel level, Commitment commitment, OkrCycle cycle) {
      ObjectiveId.requireValid(id);
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(commitment, "commitment");
      Objects.requireNonNull(cycle, "cycle");
      closeObjective();
      if (n == objectiveIds.length) {
        int cap = n * 2;
        objectiveIds = Arrays.copyOf(objectiveIds, cap);
        objectiveIdHashes = Arrays.copyOf(objectiveIdHashes, cap);
        titles = Arrays.copyOf(titles, cap);
        levels = Arrays.copyOf(levels, cap);
        committed = Arrays.copyOf(committed, cap);
        cycles = Arrays.copyOf(cycles, cap);
        ownerTeams = Arrays.copyOf(ownerTeams, cap);
        ownerRoles = Arrays.copyOf(ownerRoles, cap);
        keyResultStart = Arrays.copyOf(keyResultStart, cap + 1);
        parentStart = Arrays.copyOf(parentStart, cap + 1);
      }
      objectiveIds[n] = id;
      objectiveIdHashes[n] = Identifiers.hash(ObjectiveId.class, id);
      titles[n] = title;
      levels[n] = level;
      committed[n] = commitment == Commitment.COMMITTED;
      cycles[n] = cycle;
      ownerTeams[n] = null;
      ownerRoles[n] = null;
      keyResultStart[n] = m;
      parentStart[n] = e;
      n++;
      keyResultStart[n] = m;
      parentStart[n] = e;
      return this;
    }

    /**
     * Sets the open objective's owning team.
     *
     * @param team the team
     * @return this builder
     * @throws NullPointerException if {@code team} is null
     * @throws IllegalStateException if no objective row is open
     */
    public Builder ownerTeam(TeamId team) {
      Objects.requireNonNull(team, "team");
      ownerTeams[openObjective()] = team;
      return this;
    }

    /**
     * Sets the open objective's owning role.
     *
     * @param role the role
     * @return this builder
     * @throws NullPointerException if {@code role} is null
     * @throws IllegalStateException if no objective row is open
     */
    public Builder ownerRole(RoleId role) {
      Objects.requireNonNull(role, "role");
      ownerRoles[openObjective()] = role;
      return this;
    }

    /**
     * Aligns the open objective to a parent with weight 1.
     *
     * @param parentId the parent objective's id
     * @return this builder
     * @throws NullPointerException if {@code parentId} is null
     * @throws IllegalArgumentException if {@code parentId} breaks the id rules
     * @throws IllegalStateException if no objective row is open
     */
    public Builder parent(String parentId) {
      return parent(parentId, 1);
    }

    /**
     * Aligns the open objective to a parent.
     *
     * @param parentId the parent objective's id
     * @param weight the edge's weight (the {@link Alignment} rules)
     * @return this builder
     * @throws NullPointerException if {@code parentId} is null
     * @throws IllegalArgumentException if {@code parentId} breaks the id rules or {@code weight}
     *     is not finite
     * @throws IllegalStateException if no objective row is open
     */
    public Builder parent(String parentId, double weight) {
      ObjectiveId.requireValid(parentId);
      double w = Checks.requireFinite("alignment weight", weight);
      openObjective();
      if (e == parentIds.length) {
        parentIds = Arrays.copyOf(parentIds, e * 2);
        parentIdHashes = Arrays.copyOf(parentIdHashes, e * 2);
        parentWeights = Arrays.copyOf(parentWeights, e * 2);
      }
      parentIds[e] = parentId;
      parentIdHashes[e] = Identifiers.hash(ObjectiveId.class, parentId);
      parentWeights[e++] = w;
      parentStart[n] = e;
      return this;
    }

    /**
     * Starts a key-result row of the open objective (and closes the previous key result). Start
     * defaults to 0, weight to 1, unit to {@code ""} and target as in {@link KeyResult#target()}.
     *
     * @param id the key result's id (the {@link KeyResultId} rules)
     * @param title its title
     * @param kind its kind
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code id} breaks the id rules, or the previous key
     *     result breaks a rule of its own
     * @throws IllegalStateException if no objective row is open
     */
    public Builder keyResult(String id, String title, KeyResultKind kind) {
      KeyResultId.requireValid(id);
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(kind, "kind");
      openObjective();
      closeKeyResult();
      if (m == keyResultIds.length) {
        int cap = m * 2;
        keyResultIds = Arrays.copyOf(keyResultIds, cap);
        keyResultIdHashes = Arrays.copyOf(keyResultIdHashes, cap);
        keyResultTitles = Arrays.copyOf(keyResultTitles, cap);
        kinds = Arrays.copyOf(kinds, cap);
        starts = Arrays.copyOf(starts, cap);
        targets = Arrays.copyOf(targets, cap);
        weights = Arrays.copyOf(weights, cap);
        units = Arrays.copyOf(units, cap);
        bandLows = bandLows.length == 0 ? bandLows : Arrays.copyOf(bandLows, cap);
        bandHighs = bandHighs.length == 0 ? bandHighs : Arrays.copyOf(bandHighs, cap);
        stages = stages.length == 0 ? stages : Arrays.copyOf(stages, cap);
        measuredBy = measuredBy.length == 0 ? measuredBy : Arrays.copyOf(measuredBy, cap);
        checkInStart = Arrays.copyOf(checkInStart, cap + 1);
      }
      keyResultIds[m] = id;
      keyResultIdHashes[m] = Identifiers.hash(KeyResultId.class, id);
      keyResultTitles[m] = title;
      kinds[m] = (byte) kind.ordinal();
      starts[m] = 0;
      targets[m] = UNSET;
      weights[m] = 1;
      units[m] = "";
      bandSet = false;
      openStages = null;
      keyResultOpen = true;
      if (measuredBy.length > 0) {
        measuredBy[m] = null;
      }
      checkInStart[m] = c;
      m++;
      checkInStart[m] = c;
      keyResultStart[n] = m;
      return this;
    }

    /**
     * Sets the open key result's start value.
     *
     * @param start a finite number
     * @return this builder
     * @throws IllegalArgumentException if {@code start} is not finite
     * @throws IllegalStateException if no key-result row is open
     */
    public Builder start(double start) {
      int k = openKeyResult();
      Checks.requireFinite("start (key result " + keyResultIds[k] + ")", start);
      starts[k] = start; // kept as given, like KeyResult (-0.0 included)
      return this;
    }

    /**
     * Sets the open key result's target value.
     *
     * @param target a finite number
     * @return this builder
     * @throws IllegalArgumentException if {@code target} is not finite
     * @throws IllegalStateException if no key-result row is open
     */
    public Builder target(double target) {
      int k = openKeyResult();
      Checks.requireFinite("target (key result " + keyResultIds[k] + ")", target);
      targets[k] = target;
      return this;
    }

    /**
     * Sets the open key result's weight within its objective.
     *
     * @param weight a finite number (negative weights are graph-rule violations)
     * @return this builder
     * @throws IllegalArgumentException if {@code weight} is not finite
     * @throws IllegalStateException if no key-result row is open
     */
    public Builder weight(double weight) {
      int k = openKeyResult();
      Checks.requireFinite("weight (key result " + keyResultIds[k] + ")", weight);
      weights[k] = weight;
      return this;
    }

    /**
     * Sets the open key result's unit.
     *
     * @param unit the unit, such as {@code "ms"}; {@code ""} for none
     * @return this builder
     * @throws NullPointerException if {@code unit} is null
     * @throws IllegalStateException if no key-result row is open
     */
    public Builder unit(String unit) {
      Objects.requireNonNull(unit, "unit");
      units[openKeyResult()] = unit;
      return this;
    }

    /**
     * Sets the open key result's band (kind {@link KeyResultKind#WITHIN_BAND} only).
     *
     * @param low the lowest value that meets the band
     * @param high the highest value that meets the band
     * @return this builder
     * @throws IllegalStateException if no key-result row is open
     */
    public Builder band(double low, double high) {
      openKeyResult();
      bandSet = true;
      bandLow = low;
      bandHigh = high;
      return this;
    }

    /**
     * Sets the open key result's stages (kind {@link KeyResultKind#ORDINAL} only).
     *
     * @param scale the stages, in order
     * @return this builder
     * @throws NullPointerException if {@code scale} is null
     * @throws IllegalStateException if no key-result row is open
     */
    public Builder stages(LevelScale scale) {
      Objects.requireNonNull(scale, "stages");
      openKeyResult();
      openStages = scale;
      return this;
    }

    /**
     * Measures the open key result by a KPI's observations instead of its check-ins.
     *
     * @param kpi the KPI
     * @return this builder
     * @throws NullPointerException if {@code kpi} is null
     * @throws IllegalStateException if no key-result row is open
     */
    public Builder measuredBy(KpiId kpi) {
      Objects.requireNonNull(kpi, "kpi");
      int k = openKeyResult();
      if (measuredBy.length == 0) {
        measuredBy = new KpiId[keyResultIds.length];
      }
      measuredBy[k] = kpi;
      return this;
    }

    /**
     * Adds a check-in to the open key result (dates strictly increasing).
     *
     * @param date the day
     * @param value the measured value
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if {@code value} is not finite
     * @throws IllegalStateException if no key-result row is open
     */
    public Builder checkIn(LocalDate date, double value) {
      Objects.requireNonNull(date, "date");
      addCheckIn(date.toEpochDay(), Checks.requireFinite("check-in value", value), Double.NaN);
      return this;
    }

    /**
     * Adds a check-in with the owner's confidence to the open key result.
     *
     * @param date the day
     * @param value the measured value
     * @param confidence the owner's confidence of reaching the target
     * @return this builder
     * @throws NullPointerException if {@code date} or {@code confidence} is null
     * @throws IllegalArgumentException if {@code value} is not finite
     * @throws IllegalStateException if no key-result row is open
     */
    public Builder checkIn(LocalDate date, double value, Probability confidence) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(confidence, "confidence");
      double v = Checks.requireFinite("check-in value", value);
      if (confidences.length == 0) {
        confidences = new double[days.length];
        Arrays.fill(confidences, Double.NaN);
      }
      addCheckIn(date.toEpochDay(), v, confidence.value());
      return this;
    }

    private void addCheckIn(long day, double value, double confidence) {
      openKeyResult();
      if (c == days.length) {
        int cap = c * 2;
        days = Arrays.copyOf(days, cap);
        values = Arrays.copyOf(values, cap);
        if (confidences.length > 0) {
          confidences = Arrays.copyOf(confidences, cap);
          Arrays.fill(confidences, c, cap, Double.NaN);
        }
      }
      days[c] = day;
      values[c] = value;
      if (confidences.length > 0) {
        confidences[c] = confidence;
      }
      c++;
      checkInStart[m] = c;
    }

    /**
     * Adds a KPI definition.
     *
     * @param definition the KPI
     * @return this builder
     * @throws NullPointerException if {@code definition} is null
     */
    public Builder kpi(KpiDefinition definition) {
      kpis.add(Objects.requireNonNull(definition, "definition"));
      return this;
    }

    /**
     * Adds a KPI's observation series.
     *
     * @param series the series
     * @return this builder
     * @throws NullPointerException if {@code series} is null
     */
    public Builder kpiSeries(KpiSeries series) {
      kpiSeries.add(Objects.requireNonNull(series, "series"));
      return this;
    }

    /**
     * Closes the open rows and returns the table.
     *
     * @return the table
     * @throws IllegalArgumentException if the open rows break a rule of their own
     */
    public OkrTable build() {
      closeObjective();
      return new OkrTable(this);
    }

    private int openObjective() {
      if (n == 0) {
        throw new IllegalStateException("an objective row must be started first (call objective(...))");
      }
      return n - 1;
    }

    private int openKeyResult() {
      if (!keyResultOpen) {
        throw new IllegalStateException(
            "a key-result row of the open objective must be started first (call keyResult(...))");
      }
      return m - 1;
    }

    /** Checks the open objective's own rules (once its rows are complete). */
    private void closeObjective() {
      closeKeyResult();
      if (n > 0) {
        int i = n - 1;
        Objective.checkOwner(objectiveIds[i], ownerTeams[i] != null, ownerRoles[i] != null);
      }
    }

    /**
     * Applies the defaults and checks the open key result's own rules, as {@link KeyResult} does.
     * A row that breaks one stays open, unchanged, so that it can still be corrected.
     */
    private void closeKeyResult() {
      if (!keyResultOpen) {
        return;
      }
      int k = m - 1;
      String id = keyResultIds[k];
      KeyResultKind kind = KINDS[kinds[k]];
      int stageCount = openStages == null ? 0 : openStages.size();
      double target = Double.isNaN(targets[k])
          ? KeyResult.defaultTarget(id, kind, stageCount, bandSet, bandLow, bandHigh) : targets[k];
      KeyResult.checkShape(id, kind, starts[k], target, weights[k], bandSet, bandLow, bandSet, bandHigh, stageCount);
      for (int i = checkInStart[k]; i < checkInStart[k + 1]; i++) {
        int at = i - checkInStart[k];
        KeyResult.checkCheckIn(id, kind, stageCount, at, days[i], at > 0 ? days[i - 1] : Long.MIN_VALUE, values[i]);
      }
      targets[k] = target;
      if (bandSet) {
        if (bandLows.length == 0) {
          bandLows = new double[keyResultIds.length];
          bandHighs = new double[keyResultIds.length];
        }
        bandLows[k] = bandLow;
        bandHighs[k] = bandHigh;
      }
      if (openStages != null) {
        if (stages.length == 0) {
          stages = new LevelScale[keyResultIds.length];
        }
        stages[k] = openStages;
      }
      keyResultOpen = false;
      bandSet = false;
      openStages = null;
    }
  }
}
