package io.github.ctokit.core.risk.fair;

import io.github.ctokit.core.internal.Checks;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A square matrix of correlations between the scenarios of a {@link LossPortfolio}, in scenario
 * order, for a Gaussian copula. Built from any square matrix of finite numbers; whether it is a
 * correlation matrix (symmetric, unit diagonal, entries within [−1, 1], positive semi-definite,
 * one row per scenario) is a whole-model rule reported by {@link LossPortfolio#validator()}, so
 * that an import sees every problem at once. Immutable and thread-safe.
 *
 * <pre>{@code
 * CorrelationMatrix rho = CorrelationMatrix.of(new double[][] {{1, 0.6}, {0.6, 1}});
 * }</pre>
 */
public final class CorrelationMatrix {

  private final double[][] rows;

  private CorrelationMatrix(double[][] rows) {
    this.rows = rows;
  }

  /**
   * Returns the matrix with the given rows; copied.
   *
   * @param rows 1 to 10,000 rows of as many finite numbers each
   * @return the matrix
   * @throws NullPointerException if {@code rows} or a row is null
   * @throws IllegalArgumentException if the matrix is empty, not square, too large or holds a
   *     non-finite number
   */
  public static CorrelationMatrix of(double[][] rows) {
    Objects.requireNonNull(rows, "rows");
    int n = rows.length;
    if (n == 0 || n > 10_000) {
      throw new IllegalArgumentException("correlation must have 1 to 10000 rows (was " + n + ")");
    }
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      Objects.requireNonNull(rows[i], "rows[" + i + "]");
      if (rows[i].length != n) {
        throw new IllegalArgumentException(
            "correlation must be square: row " + i + " must have " + n + " entries (was " + rows[i].length + ")");
      }
      copy[i] = rows[i].clone();
      for (int j = 0; j < n; j++) {
        copy[i][j] = Checks.requireFinite("correlation[" + i + "][" + j + "]", copy[i][j]);
      }
    }
    return new CorrelationMatrix(copy);
  }

  /**
   * Returns the identity matrix: independent scenarios.
   *
   * @param size the number of scenarios, 1 to 10,000
   * @return the matrix
   * @throws IllegalArgumentException if the size is out of range
   */
  public static CorrelationMatrix identity(int size) {
    if (size < 1 || size > 10_000) {
      throw new IllegalArgumentException("size must be within [1, 10000] (was " + size + ")");
    }
    double[][] rows = new double[size][size];
    for (int i = 0; i < size; i++) {
      rows[i][i] = 1;
    }
    return new CorrelationMatrix(rows);
  }

  /**
   * Returns the matrix with the same correlation between every pair of scenarios.
   *
   * @param size the number of scenarios, 1 to 10,000
   * @param rho the correlation, within [0, 1] (a constant negative correlation is not positive
   *     semi-definite for more than a few scenarios)
   * @return the matrix
   * @throws IllegalArgumentException if a value is out of range
   */
  public static CorrelationMatrix uniform(int size, double rho) {
    double r = Checks.requireWithin("rho", rho, 0, 1);
    CorrelationMatrix m = identity(size);
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        if (i != j) {
          m.rows[i][j] = r;
        }
      }
    }
    return m;
  }

  /**
   * Returns the number of rows.
   *
   * @return one or more
   */
  public int size() {
    return rows.length;
  }

  /**
   * Returns one entry.
   *
   * @param row the row, 0-based
   * @param column the column, 0-based
   * @return the entry
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public double get(int row, int column) {
    return rows[row][column];
  }

  /**
   * Returns the rows.
   *
   * @return a copy
   */
  public double[][] toArray() {
    double[][] copy = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      copy[i] = rows[i].clone();
    }
    return copy;
  }

  /**
   * Returns the lower-triangular Cholesky factor L with {@code L·Lᵀ} equal to this matrix,
   * tolerating a positive semi-definite matrix (a pivot within 1e-10 of 0 gives a zero column).
   *
   * @return the factor, or null if the matrix is not symmetric positive semi-definite within 1e-10
   */
  public double @Nullable [][] choleskyOrNull() {
    int n = rows.length;
    double[][] l = new double[n][n];
    for (int j = 0; j < n; j++) {
      double d = rows[j][j];
      for (int k = 0; k < j; k++) {
        d -= l[j][k] * l[j][k];
      }
      if (d < -1e-10) {
        return null;
      }
      double pivot = d <= 1e-10 ? 0 : Math.sqrt(d);
      l[j][j] = pivot;
      for (int i = j + 1; i < n; i++) {
        double s = rows[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (pivot == 0) {
          if (Math.abs(s) > 1e-8) {
            return null;
          }
          l[i][j] = 0;
        } else {
          l[i][j] = s / pivot;
        }
      }
    }
    return l;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CorrelationMatrix other && Arrays.deepEquals(rows, other.rows);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(rows);
  }

  /** Returns the rows, such as {@code [[1, 0.6], [0.6, 1]]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < rows.length; i++) {
      sb.append(i == 0 ? "[" : ", [");
      for (int j = 0; j < rows.length; j++) {
        sb.append(j == 0 ? "" : ", ").append(Checks.format(rows[i][j]));
      }
      sb.append(']');
    }
    return sb.append(']').toString();
  }
}
