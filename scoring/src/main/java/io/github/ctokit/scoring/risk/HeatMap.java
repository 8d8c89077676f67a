package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.Level;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.risk.RiskId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Heat-map data for charts: for every cell of likelihood × impact, the level the method gives it,
 * how many risks sit there and which. Risks are placed by their <em>inherent</em>
 * {@link io.github.ctokit.core.risk.LikelihoodImpact} rating (controls move scores, not cells);
 * rated risks of other kinds are listed in {@link #offGrid()}.
 */
public final class HeatMap {

  /** One cell of the map. */
  public static final class Cell {
    private final Level likelihood;
    private final Level impact;
    private final Level level;
    private final List<RiskId> ids;

    Cell(Level likelihood, Level impact, Level level, List<RiskId> ids) {
      this.likelihood = likelihood;
      this.impact = impact;
      this.level = level;
      this.ids = Collections.unmodifiableList(ids);
    }

    /**
     * Returns the row.
     *
     * @return the likelihood level
     */
    public Level likelihood() {
      return likelihood;
    }

    /**
     * Returns the column.
     *
     * @return the impact level
     */
    public Level impact() {
      return impact;
    }

    /**
     * Returns the level the method gives the cell.
     *
     * @return the level
     */
    public Level level() {
      return level;
    }

    /**
     * Returns how many risks sit in the cell.
     *
     * @return zero or more
     */
    public int count() {
      return ids.size();
    }

    /**
     * Returns the risks in the cell.
     *
     * @return their ids, in register order
     */
    public List<RiskId> ids() {
      return ids;
    }

    /** Returns {@code "Likely × Serious: Medium (3)"}. */
    @Override
    public String toString() {
      return likelihood.label() + " × " + impact.label() + ": " + level.label() + " (" + ids.size() + ")";
    }
  }

  private final LevelScale likelihood;
  private final LevelScale impact;
  private final Cell[][] cells;
  private final List<RiskId> offGrid;

  HeatMap(LevelScale likelihood, LevelScale impact, Cell[][] cells, List<RiskId> offGrid) {
    this.likelihood = likelihood;
    this.impact = impact;
    this.cells = cells;
    this.offGrid = Collections.unmodifiableList(offGrid);
  }

  /**
   * Returns the row scale.
   *
   * @return the register's likelihood scale
   */
  public LevelScale likelihood() {
    return likelihood;
  }

  /**
   * Returns the column scale.
   *
   * @return the register's impact scale
   */
  public LevelScale impact() {
    return impact;
  }

  /**
   * Returns one cell.
   *
   * @param likelihoodOrdinal the row, 0 for the lowest likelihood
   * @param impactOrdinal the column, 0 for the lowest impact
   * @return the cell
   * @throws IllegalArgumentException if an ordinal is out of range
   */
  public Cell cell(int likelihoodOrdinal, int impactOrdinal) {
    if (likelihoodOrdinal < 0 || likelihoodOrdinal >= cells.length || impactOrdinal < 0
        || impactOrdinal >= cells[0].length) {
      throw new IllegalArgumentException("cell must be within the map's " + cells.length + "×" + cells[0].length
          + " grid (was [" + likelihoodOrdinal + "][" + impactOrdinal + "])");
    }
    return cells[likelihoodOrdinal][impactOrdinal];
  }

  /**
   * Returns every cell, row by row from the lowest likelihood, columns from the lowest impact.
   *
   * @return a new list
   */
  public List<Cell> cells() {
    List<Cell> all = new ArrayList<>();
    for (Cell[] row : cells) {
      Collections.addAll(all, row);
    }
    return all;
  }

  /**
   * Returns how many risks are on the map.
   *
   * @return the sum of the cell counts
   */
  public int total() {
    int n = 0;
    for (Cell[] row : cells) {
      for (Cell c : row) {
        n += c.count();
      }
    }
    return n;
  }

  /**
   * Returns the rated risks that could not be placed because they use another kind of rating.
   *
   * @return their ids, in register order
   */
  public List<RiskId> offGrid() {
    return offGrid;
  }

  /** Returns the counts, highest likelihood first, one row a line. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int r = cells.length - 1; r >= 0; r--) {
      for (Cell c : cells[r]) {
        sb.append(c.count()).append(' ');
      }
      sb.setLength(sb.length() - 1);
      sb.append(r == 0 ? "" : "\n");
    }
    return sb.toString();
  }
}
