package io.github.ctokit.core.internal;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.okr.OkrCycle;
import io.github.ctokit.core.okr.OkrTable;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The columns of an {@link OkrTable}, shared with the scoring module without a copy: a compiled
 * graph reads (never writes) them in place. Rows are numbered in table order: objectives
 * 0..n-1, key results 0..m-1 (objective i owns {@code keyResultStart[i] .. keyResultStart[i+1]}),
 * parent edges (objective i's are {@code parentStart[i] .. parentStart[i+1]}), check-ins (key
 * result k's are {@code checkInStart[k] .. checkInStart[k+1]}).
 *
 * <p>Not API: ctokit modules use it; users should not.
 */
public final class OkrColumns {

  private static volatile @Nullable Function<OkrTable, OkrColumns> reader;

  public final String[] objectiveIds;
  /** {@code ObjectiveId.of(objectiveIds[i]).hashCode()}, kept so that compiling need not read the strings. */
  public final int[] objectiveIdHashes;
  /** The cycle of each objective (shared instances). */
  public final OkrCycle[] cycles;
  public final boolean[] committed;
  public final int[] keyResultStart;
  public final int[] parentStart;
  public final String[] parentIds;
  /** {@code ObjectiveId.of(parentIds[q]).hashCode()}. */
  public final int[] parentIdHashes;
  public final double[] parentWeights;
  public final String[] keyResultIds;
  /** {@code KeyResultId.of(keyResultIds[k]).hashCode()}. */
  public final int[] keyResultIdHashes;
  /** {@code KeyResultKind.ordinal()}. */
  public final byte[] kinds;
  public final double[] starts;
  public final double[] targets;
  public final double[] weights;
  public final String[] units;
  /** Band ends of {@code WITHIN_BAND} rows (0 elsewhere); empty when the table has none. */
  public final double[] bandLows;
  public final double[] bandHighs;
  /** Stages of {@code ORDINAL} rows (null elsewhere); empty when the table has none. */
  public final @Nullable LevelScale[] stages;
  /** The KPI measuring each key result, or null; empty when no key result is measured. */
  public final @Nullable KpiId[] measuredBy;
  public final int[] checkInStart;
  public final long[] checkInDays;
  public final double[] checkInValues;
  /** Confidence of each check-in, NaN when none; empty when no check-in has one. */
  public final double[] checkInConfidences;

  /**
   * Creates the holder (called by {@link OkrTable} only).
   *
   * @param objectiveIds objective ids
   * @param objectiveIdHashes their hashes
   * @param cycles cycles
   * @param committed commitments
   * @param keyResultStart key-result ranges
   * @param parentStart parent-edge ranges
   * @param parentIds parent ids
   * @param parentIdHashes their hashes
   * @param parentWeights parent weights
   * @param keyResultIds key-result ids
   * @param keyResultIdHashes their hashes
   * @param kinds kinds
   * @param starts starts
   * @param targets targets
   * @param weights weights
   * @param units units
   * @param bandLows band lows
   * @param bandHighs band highs
   * @param stages stages
   * @param measuredBy measuring KPIs
   * @param checkInStart check-in ranges
   * @param checkInDays check-in epoch days
   * @param checkInValues check-in values
   * @param checkInConfidences check-in confidences
   */
  public OkrColumns(String[] objectiveIds, int[] objectiveIdHashes, OkrCycle[] cycles, boolean[] committed, int[] keyResultStart,
      int[] parentStart, String[] parentIds, int[] parentIdHashes, double[] parentWeights, String[] keyResultIds,
      int[] keyResultIdHashes, byte[] kinds,
      double[] starts, double[] targets, double[] weights, String[] units, double[] bandLows, double[] bandHighs,
      @Nullable LevelScale[] stages, @Nullable KpiId[] measuredBy, int[] checkInStart, long[] checkInDays,
      double[] checkInValues, double[] checkInConfidences) {
    this.objectiveIds = objectiveIds;
    this.objectiveIdHashes = objectiveIdHashes;
    this.cycles = cycles;
    this.committed = committed;
    this.keyResultStart = keyResultStart;
    this.parentStart = parentStart;
    this.parentIds = parentIds;
    this.parentIdHashes = parentIdHashes;
    this.parentWeights = parentWeights;
    this.keyResultIds = keyResultIds;
    this.keyResultIdHashes = keyResultIdHashes;
    this.kinds = kinds;
    this.starts = starts;
    this.targets = targets;
    this.weights = weights;
    this.units = units;
    this.bandLows = bandLows;
    this.bandHighs = bandHighs;
    this.stages = stages;
    this.measuredBy = measuredBy;
    this.checkInStart = checkInStart;
    this.checkInDays = checkInDays;
    this.checkInValues = checkInValues;
    this.checkInConfidences = checkInConfidences;
  }

  /**
   * Registers how to read a table's columns (called once, by {@link OkrTable}'s initialiser).
   *
   * @param tableReader the reader
   * @throws IllegalStateException if a reader is already registered
   */
  public static synchronized void register(Function<OkrTable, OkrColumns> tableReader) {
    if (reader != null) {
      throw new IllegalStateException("the table reader is registered once, by OkrTable");
    }
    reader = Objects.requireNonNull(tableReader, "tableReader");
  }

  /**
   * Returns a table's columns (the table's own arrays, not copies).
   *
   * @param table the table
   * @return its columns
   */
  public static OkrColumns of(OkrTable table) {
    Objects.requireNonNull(table, "table"); // an instance exists, so OkrTable's initialiser has run
    Function<OkrTable, OkrColumns> r = reader;
    if (r == null) {
      throw new IllegalStateException("OkrTable registers its reader when it is initialised");
    }
    return r.apply(table);
  }
}
