package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.Level;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.risk.LikelihoodImpact;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A risk matrix of any size: an ordered likelihood scale (rows), an ordered impact scale
 * (columns), an ordered scale of risk levels, and a grid assigning a level to every cell. As a
 * {@link RiskMethod} it scores {@link LikelihoodImpact} ranks.
 *
 * <p>Numbers: the native score is the cell level's rank (1 for the lowest level); the normalised
 * score is {@code 10 × ordinal / (levels − 1)}, two places HALF_UP, so the lowest level scores 0
 * and the highest 10. A derived score (reduced by controls) gets the level whose normalised value
 * is nearest, ties going up.
 *
 * <p>A matrix is built by a {@link Builder}; {@link Builder#validate()} runs the authoring checks
 * without building ({@code matrix.*} codes): errors for a missing scale, a wrong shape, an
 * unassigned cell, a level outside the scale and a grid that is not monotone (raising likelihood
 * or impact must never lower the level); warnings for asymmetry (a square matrix whose grid is not
 * its own transpose), unused levels and constant rows. {@link Builder#build()} refuses errors;
 * {@link #authoringCheck()} returns the warnings of a built matrix.
 *
 * <pre>{@code
 * RiskMatrix iso = RiskMatrix.iso27005FiveByFive();
 * iso.cell(4, 4).label();                               // "High"
 * RiskMatrix custom = RiskMatrix.builder().id("matrix.acme-3x3").name("Acme 3x3")
 *     .likelihood(LevelScale.threeLevel()).impact(LevelScale.threeLevel()).levels(LevelScale.threeLevel())
 *     .row("Low", "Low", "Moderate").row("Low", "Moderate", "High").row("Moderate", "High", "High")
 *     .build();
 * }</pre>
 */
public final class RiskMatrix implements RiskMethod<LikelihoodImpact> {

  private final String id;
  private final String name;
  private final String version;
  private final String source;
  private final LevelScale likelihood;
  private final LevelScale impact;
  private final LevelScale levels;
  private final int[][] grid;
  private final long[] normalised;

  private RiskMatrix(Builder b, int[][] grid) {
    this.id = Objects.requireNonNull(b.id);
    this.name = Objects.requireNonNull(b.name);
    this.version = b.version;
    this.source = b.source;
    this.likelihood = Objects.requireNonNull(b.likelihood);
    this.impact = Objects.requireNonNull(b.impact);
    this.levels = Objects.requireNonNull(b.levels);
    this.grid = grid;
    int l = levels.size();
    this.normalised = new long[l];
    for (int k = 0; k < l; k++) {
      normalised[k] = Decimals.scaleToTen(k, l - 1);
    }
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the 3×3 matrix of NIST SP 800-30 (July 2002), Table 3-7: likelihood weights 0.1, 0.5
   * and 1.0 times impact values 10, 50 and 100, banded Low 1–10, Medium above 10 to 50, High above
   * 50 to 100. Its lowest row is constant (a warning of the authoring checks).
   *
   * @return the matrix {@code matrix.nist-800-30-2002-3x3}
   */
  public static RiskMatrix threeByThree() {
    return Presets.THREE;
  }

  /**
   * Returns the 4×4 matrix of the EBIOS Risk Manager guide, as CISO Assistant's library
   * {@code risk-matrix-4x4-ebios-rm} encodes it: likelihood V1–V4, gravity G1–G4, levels Low,
   * Medium, High. It is asymmetric (a warning of the authoring checks).
   *
   * @return the matrix {@code matrix.ebios-rm-4x4}
   */
  public static RiskMatrix fourByFour() {
    return Presets.FOUR;
  }

  /**
   * Returns the 5×5 matrix of ISO/IEC 27005 Annex A as CISO Assistant's library
   * {@code risk-matrix-5x5-iso-27005} (version 2) encodes it, rows from likelihood 1 to 5:
   * {@code 0 0 1 1 1 | 0 1 1 2 2 | 1 1 2 3 3 | 1 2 3 3 4 | 2 3 3 4 4}. It is monotone and
   * asymmetric (a warning of the authoring checks).
   *
   * @return the matrix {@code matrix.iso27005-5x5}
   */
  public static RiskMatrix iso27005FiveByFive() {
    return Presets.ISO;
  }

  /**
   * Returns NIST SP 800-30 Rev. 1 Table I-2, level of risk from likelihood (rows) and level of
   * impact (columns), all on {@link LevelScale#fiveLevel()}. It is asymmetric (a warning).
   *
   * @return the matrix {@code matrix.nist-800-30-i2}
   */
  public static RiskMatrix nist80030() {
    return Presets.NIST_I2;
  }

  /**
   * Returns NIST SP 800-30 Rev. 1 Table G-5, overall likelihood from the likelihood of threat event
   * initiation or occurrence (rows) and the likelihood that it results in adverse impacts
   * (columns), all on {@link LevelScale#fiveLevel()}.
   *
   * @return the matrix {@code matrix.nist-800-30-g5}
   */
  public static RiskMatrix nist80030OverallLikelihood() {
    return Presets.NIST_G5;
  }

  /**
   * Returns the overall risk severity table of the OWASP Risk Rating Methodology (step 4):
   * likelihood and impact LOW, MEDIUM, HIGH; severities Note, Low, Medium, High, Critical.
   *
   * @return the matrix {@code matrix.owasp-severity}
   */
  public static RiskMatrix owaspSeverity() {
    return Presets.OWASP;
  }

  /**
   * Returns every preset.
   *
   * @return the presets, smallest first
   */
  public static List<RiskMatrix> presets() {
    return List.of(threeByThree(), owaspSeverity(), fourByFour(), iso27005FiveByFive(), nist80030(),
        nist80030OverallLikelihood());
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String version() {
    return version;
  }

  /**
   * Returns the display name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns where the matrix comes from.
   *
   * @return the source citation, or an empty string for a matrix of one's own
   */
  public String source() {
    return source;
  }

  @Override
  public Class<LikelihoodImpact> inputType() {
    return LikelihoodImpact.class;
  }

  /**
   * Returns the likelihood scale (rows, lowest first).
   *
   * @return the scale
   */
  public LevelScale likelihood() {
    return likelihood;
  }

  /**
   * Returns the impact scale (columns, lowest first).
   *
   * @return the scale
   */
  public LevelScale impact() {
    return impact;
  }

  @Override
  public LevelScale levels() {
    return levels;
  }

  /**
   * Returns the level of a cell.
   *
   * @param likelihoodOrdinal the row, 0 for the lowest likelihood
   * @param impactOrdinal the column, 0 for the lowest impact
   * @return the cell's level
   * @throws IllegalArgumentException if an ordinal is outside its scale
   */
  public Level cell(int likelihoodOrdinal, int impactOrdinal) {
    checkOrdinal("likelihood", likelihoodOrdinal, likelihood);
    checkOrdinal("impact", impactOrdinal, impact);
    return levels.level(grid[likelihoodOrdinal][impactOrdinal]);
  }

  /**
   * Returns the level of a cell given by levels of the matrix's axes.
   *
   * @param likelihoodLevel a level of {@link #likelihood()}
   * @param impactLevel a level of {@link #impact()}
   * @return the cell's level
   * @throws IllegalArgumentException if a level belongs to another scale
   */
  public Level cell(Level likelihoodLevel, Level impactLevel) {
    if (!likelihoodLevel.scale().equals(likelihood) || !impactLevel.scale().equals(impact)) {
      throw new IllegalArgumentException("levels must be on the matrix's axes ('" + likelihood.name() + "', '"
          + impact.name() + "'; were on '" + likelihoodLevel.scale().name() + "', '" + impactLevel.scale().name() + "')");
    }
    return levels.level(grid[likelihoodLevel.ordinal()][impactLevel.ordinal()]);
  }

  /**
   * Returns the grid as level ordinals, rows lowest likelihood first.
   *
   * @return a new array {@code [likelihood][impact]}
   */
  public int[][] grid() {
    int[][] copy = new int[grid.length][];
    for (int r = 0; r < grid.length; r++) {
      copy[r] = grid[r].clone();
    }
    return copy;
  }

  private static void checkOrdinal(String axis, int ordinal, LevelScale scale) {
    if (ordinal < 0 || ordinal >= scale.size()) {
      throw new IllegalArgumentException(axis + " ordinal must be within [0, " + (scale.size() - 1) + "] (was " + ordinal + ")");
    }
  }

  @Override
  public ValidationResult check(LikelihoodImpact input) {
    Objects.requireNonNull(input, "input");
    if (input.likelihood() <= likelihood.size() && input.impact() <= impact.size()) {
      return ValidationResult.valid();
    }
    ValidationResult.Builder found = ValidationResult.builder();
    if (input.likelihood() > likelihood.size()) {
      found.error(ModelPath.of("likelihood"), "matrix.input-out-of-range", "likelihood rank must be within [1, "
          + likelihood.size() + "] of matrix " + id + " (was " + input.likelihood() + ")");
    }
    if (input.impact() > impact.size()) {
      found.error(ModelPath.of("impact"), "matrix.input-out-of-range", "impact rank must be within [1, "
          + impact.size() + "] of matrix " + id + " (was " + input.impact() + ")");
    }
    return found.build();
  }

  @Override
  public RiskScore score(LikelihoodImpact input) {
    check(input).orThrow();
    int p = input.likelihood() - 1;
    int i = input.impact() - 1;
    int k = grid[p][i];
    Level level = levels.level(k);
    BigDecimal norm = Decimals.ofHundredths(normalised[k]);
    Explanation e = Explanation.builder(id + " " + version)
        .input("likelihood", input.likelihood() + " (" + likelihood.level(p).label() + ")")
        .input("impact", input.impact() + " (" + impact.level(i).label() + ")")
        .step("cell", "grid[" + p + "][" + i + "]")
        .step("level ordinal", Integer.toString(k))
        .step("normalised", "10 × " + k + " / " + (levels.size() - 1) + " = " + norm.toPlainString())
        .rule("cell grid[" + p + "][" + i + "] of " + name + " → " + level.label())
        .outcome(level.label() + ", native " + level.rank() + " of " + levels.size() + ", normalised " + norm.toPlainString())
        .build();
    return RiskScore.of(this, level, BigDecimal.valueOf(level.rank()), norm, e);
  }

  @Override
  public Level levelOf(BigDecimal normalisedScore) {
    Objects.requireNonNull(normalisedScore, "normalisedScore");
    if (!ScoreThresholds.isNormalised(normalisedScore)) {
      throw new IllegalArgumentException("normalisedScore must be within [0, 10] (was " + normalisedScore.toPlainString() + ")");
    }
    return levels.level(ordinalOfHundredths(Decimals.toHundredths(normalisedScore)));
  }

  int ordinalOfHundredths(long hundredths) {
    long k = (hundredths * (levels.size() - 1) + 500) / 1000;
    return (int) Math.max(0, Math.min(levels.size() - 1, k));
  }

  int cellOrdinal(int likelihoodRank, int impactRank) {
    return grid[likelihoodRank - 1][impactRank - 1];
  }

  long normalisedHundredths(int levelOrdinal) {
    return normalised[levelOrdinal];
  }

  /**
   * Runs the authoring checks on this matrix.
   *
   * @return the warnings (asymmetry, unused levels, constant rows); never an error
   */
  public ValidationResult authoringCheck() {
    return Authoring.check(likelihood, impact, levels, grid);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof RiskMatrix)) {
      return false;
    }
    RiskMatrix o = (RiskMatrix) obj;
    return id.equals(o.id) && name.equals(o.name) && version.equals(o.version) && source.equals(o.source)
        && likelihood.equals(o.likelihood) && impact.equals(o.impact) && levels.equals(o.levels)
        && Arrays.deepEquals(grid, o.grid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, likelihood, impact, levels) * 31 + Arrays.deepHashCode(grid);
  }

  /** Returns {@code "5x5 ISO-27005 (matrix.iso27005-5x5, 5×5, 5 levels)"}. */
  @Override
  public String toString() {
    return name + " (" + id + ", " + likelihood.size() + "×" + impact.size() + ", " + levels.size() + " levels)";
  }

  /**
   * Collects a {@link RiskMatrix}: id, name, the three scales, and one row per likelihood level,
   * lowest first, each with one cell per impact level given as a level ordinal or label. Not
   * thread-safe.
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private String version = "1";
    private String source = "";
    private @Nullable LevelScale likelihood;
    private @Nullable LevelScale impact;
    private @Nullable LevelScale levels;
    private final List<Object[]> rows = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id lower-case words joined by dots and dashes, such as {@code "matrix.acme-3x3"}
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the display name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the version; {@code "1"} unless set.
     *
     * @param version the version
     * @return this builder
     */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Sets the source citation.
     *
     * @param source where the matrix comes from
     * @return this builder
     */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the likelihood scale (rows).
     *
     * @param scale the scale, lowest first
     * @return this builder
     */
    public Builder likelihood(LevelScale scale) {
      this.likelihood = Objects.requireNonNull(scale, "scale");
      return this;
    }

    /**
     * Sets the impact scale (columns).
     *
     * @param scale the scale, lowest first
     * @return this builder
     */
    public Builder impact(LevelScale scale) {
      this.impact = Objects.requireNonNull(scale, "scale");
      return this;
    }

    /**
     * Sets the scale of risk levels.
     *
     * @param scale the scale, lowest first
     * @return this builder
     */
    public Builder levels(LevelScale scale) {
      this.levels = Objects.requireNonNull(scale, "scale");
      return this;
    }

    /**
     * Adds the next row (the next higher likelihood level) as level ordinals.
     *
     * @param cells one ordinal per impact level, lowest impact first
     * @return this builder
     */
    public Builder row(int... cells) {
      Objects.requireNonNull(cells, "cells");
      Object[] row = new Object[cells.length];
      for (int c = 0; c < cells.length; c++) {
        row[c] = cells[c];
      }
      rows.add(row);
      return this;
    }

    /**
     * Adds the next row (the next higher likelihood level) as level labels, matched ignoring case.
     *
     * @param cells one label per impact level, lowest impact first
     * @return this builder
     */
    public Builder row(String... cells) {
      Objects.requireNonNull(cells, "cells");
      rows.add(cells.clone());
      return this;
    }

    /**
     * Runs the authoring checks without building.
     *
     * @return every error and warning, with paths such as {@code grid[2][3]}
     */
    public ValidationResult validate() {
      ValidationResult.Builder found = ValidationResult.builder();
      int[][] grid = resolve(found);
      if (grid != null && found.isValidSoFar()) {
        found.addAll(Authoring.check(Objects.requireNonNull(likelihood), Objects.requireNonNull(impact),
            Objects.requireNonNull(levels), grid));
      }
      return found.build();
    }

    /**
     * Builds the matrix.
     *
     * @return the matrix
     * @throws io.github.ctokit.core.validation.ValidationException carrying every authoring error,
     *     if there is one
     */
    public RiskMatrix build() {
      ValidationResult.Builder found = ValidationResult.builder();
      int[][] grid = resolve(found);
      if (grid != null && found.isValidSoFar()) {
        found.addAll(Authoring.check(Objects.requireNonNull(likelihood), Objects.requireNonNull(impact),
            Objects.requireNonNull(levels), grid));
      }
      found.build().orThrow();
      return new RiskMatrix(this, Objects.requireNonNull(grid));
    }

    private int @Nullable [][] resolve(ValidationResult.Builder found) {
      if (id == null || id.isBlank()) {
        found.error(ModelPath.of("id"), "matrix.missing-id", "id must be set (was missing)");
      }
      if (name == null || name.isBlank()) {
        found.error(ModelPath.of("name"), "matrix.missing-name", "name must be set (was missing)");
      }
      if (likelihood == null || impact == null || levels == null) {
        found.error(ModelPath.root(), "matrix.missing-scale",
            "likelihood, impact and levels scales must all be set (likelihood " + (likelihood != null) + ", impact "
                + (impact != null) + ", levels " + (levels != null) + ")");
        return null;
      }
      ModelPath gridPath = ModelPath.of("grid");
      if (rows.size() != likelihood.size()) {
        found.error(gridPath, "matrix.shape", "grid must have one row per likelihood level (expected "
            + likelihood.size() + ", had " + rows.size() + ")");
      }
      int[][] grid = new int[rows.size()][];
      for (int r = 0; r < rows.size(); r++) {
        Object[] row = rows.get(r);
        if (row.length != impact.size()) {
          found.error(gridPath.index(r), "matrix.shape", "row must have one cell per impact level (expected "
              + impact.size() + ", had " + row.length + ")");
        }
        grid[r] = new int[row.length];
        for (int c = 0; c < row.length; c++) {
          grid[r][c] = resolveCell(row[c], gridPath.index(r).index(c), found);
        }
      }
      return grid;
    }

    private int resolveCell(@Nullable Object cell, ModelPath at, ValidationResult.Builder found) {
      LevelScale scale = Objects.requireNonNull(levels);
      if (cell instanceof Integer) {
        int k = (Integer) cell;
        if (k < 0 || k >= scale.size()) {
          found.error(at, "matrix.cell-out-of-range", "cell must be a level ordinal within [0, " + (scale.size() - 1)
              + "] (was " + k + ")");
          return -1;
        }
        return k;
      }
      if (cell == null) {
        found.error(at, "matrix.cell-unassigned", "cell must be assigned a level (was empty)");
        return -1;
      }
      Optional<Level> level = scale.find((String) cell);
      if (level.isEmpty()) {
        found.error(at, "matrix.cell-unassigned", "cell must name a level of '" + scale.name() + "' (was '" + cell + "')");
        return -1;
      }
      return level.get().ordinal();
    }
  }

  /** The grid rules shared by the builder and built matrices. */
  static final class Authoring {
    private Authoring() {}

    static ValidationResult check(LevelScale likelihood, LevelScale impact, LevelScale levels, int[][] grid) {
      ValidationResult.Builder found = ValidationResult.builder();
      ModelPath gridPath = ModelPath.of("grid");
      for (int r = 0; r < grid.length; r++) {
        for (int c = 0; c < grid[r].length; c++) {
          if (r + 1 < grid.length && c < grid[r + 1].length && grid[r + 1][c] < grid[r][c]) {
            found.error(gridPath.index(r + 1).index(c), "matrix.not-monotone-likelihood",
                "level must not fall as likelihood rises (grid[" + (r + 1) + "][" + c + "] = " + grid[r + 1][c]
                    + " < grid[" + r + "][" + c + "] = " + grid[r][c] + ")");
          }
          if (c + 1 < grid[r].length && grid[r][c + 1] < grid[r][c]) {
            found.error(gridPath.index(r).index(c + 1), "matrix.not-monotone-impact",
                "level must not fall as impact rises (grid[" + r + "][" + (c + 1) + "] = " + grid[r][c + 1]
                    + " < grid[" + r + "][" + c + "] = " + grid[r][c] + ")");
          }
        }
      }
      if (!found.isValidSoFar()) {
        return found.build();
      }
      if (likelihood.size() == impact.size()) {
        outer:
        for (int r = 0; r < grid.length; r++) {
          for (int c = r + 1; c < grid[r].length; c++) {
            if (grid[r][c] != grid[c][r]) {
              found.warning(ModelPath.root(), "matrix.asymmetric",
                  "grid is not symmetric: likelihood and impact weigh differently (first at grid[" + r + "][" + c + "] = "
                      + grid[r][c] + " vs grid[" + c + "][" + r + "] = " + grid[c][r] + ")");
              break outer;
            }
          }
        }
      }
      boolean[] used = new boolean[levels.size()];
      for (int[] row : grid) {
        for (int k : row) {
          used[k] = true;
        }
      }
      for (int k = 0; k < used.length; k++) {
        if (!used[k]) {
          found.warning(ModelPath.of("levels").index(k), "matrix.unused-level",
              "level is assigned to no cell (was '" + levels.level(k).label() + "')");
        }
      }
      for (int r = 0; r < grid.length; r++) {
        boolean constant = grid[r].length > 1;
        for (int c = 1; c < grid[r].length; c++) {
          constant &= grid[r][c] == grid[r][0];
        }
        if (constant) {
          found.warning(gridPath.index(r), "matrix.constant-row",
              "row gives one level whatever the impact (likelihood '" + likelihood.level(r).label() + "' → '"
                  + levels.level(grid[r][0]).label() + "')");
        }
      }
      return found.build();
    }
  }

  private static final class Presets {
    static final RiskMatrix THREE = builder().id("matrix.nist-800-30-2002-3x3").name("NIST SP 800-30 (2002) 3x3")
        .version("2002").source("NIST SP 800-30 (July 2002), Table 3-7 Risk-Level Matrix")
        .likelihood(LevelScale.of("NIST 2002 likelihood", "Low", "Medium", "High"))
        .impact(LevelScale.of("NIST 2002 impact", "Low", "Medium", "High"))
        .levels(LevelScale.of("NIST 2002 risk", "Low", "Medium", "High"))
        .row(0, 0, 0).row(0, 1, 1).row(0, 1, 2).build();
    static final RiskMatrix FOUR = builder().id("matrix.ebios-rm-4x4").name("4x4 EBIOS RM")
        .version("CISO Assistant library v2")
        .source("EBIOS Risk Manager guide (ANSSI), as intuitem/ciso-assistant-community risk-matrix-4x4-ebios-rm.yaml")
        .likelihood(LevelScale.of("EBIOS RM likelihood", "Unlikely", "Likely", "Very likely", "Certain"))
        .impact(LevelScale.of("EBIOS RM gravity", "Minor", "Significant", "Important", "Critical"))
        .levels(LevelScale.of("EBIOS RM risk", "Low", "Medium", "High"))
        .row(0, 0, 1, 1).row(0, 0, 1, 2).row(0, 1, 2, 2).row(1, 1, 2, 2).build();
    static final RiskMatrix ISO = builder().id("matrix.iso27005-5x5").name("5x5 ISO-27005")
        .version("CISO Assistant library v2")
        .source("ISO/IEC 27005 Annex A, as intuitem/ciso-assistant-community risk-matrix-5x5-iso-27005.yaml")
        .likelihood(LevelScale.of("ISO 27005 likelihood", "Unlikely", "Rather unlikely", "Likely", "Very likely",
            "Almost certain"))
        .impact(LevelScale.of("ISO 27005 impact", "Minor", "Significant", "Serious", "Critical", "Catastrophic"))
        .levels(LevelScale.of("ISO 27005 risk", "Very low", "Low", "Medium", "High", "Very high"))
        .row(0, 0, 1, 1, 1).row(0, 1, 1, 2, 2).row(1, 1, 2, 3, 3).row(1, 2, 3, 3, 4).row(2, 3, 3, 4, 4).build();
    static final RiskMatrix NIST_I2 = builder().id("matrix.nist-800-30-i2").name("NIST SP 800-30 Table I-2")
        .version("Rev. 1 (2012)").source("NIST SP 800-30 Rev. 1, Table I-2 Assessment scale - level of risk")
        .likelihood(LevelScale.fiveLevel()).impact(LevelScale.fiveLevel()).levels(LevelScale.fiveLevel())
        .row(0, 0, 0, 1, 1).row(0, 1, 1, 1, 2).row(0, 1, 2, 2, 3).row(0, 1, 2, 3, 4).row(0, 1, 2, 3, 4).build();
    static final RiskMatrix NIST_G5 = builder().id("matrix.nist-800-30-g5").name("NIST SP 800-30 Table G-5")
        .version("Rev. 1 (2012)").source("NIST SP 800-30 Rev. 1, Table G-5 Assessment scale - overall likelihood")
        .likelihood(LevelScale.fiveLevel()).impact(LevelScale.fiveLevel()).levels(LevelScale.fiveLevel())
        .row(0, 0, 1, 1, 1).row(0, 1, 1, 2, 2).row(1, 1, 2, 2, 3).row(1, 2, 2, 3, 4).row(1, 2, 3, 4, 4).build();
    static final RiskMatrix OWASP = builder().id("matrix.owasp-severity").name("OWASP overall risk severity")
        .version("www-community 2024").source("OWASP Risk Rating Methodology, step 4, Overall Risk Severity")
        .likelihood(LevelScale.of("OWASP likelihood", "LOW", "MEDIUM", "HIGH"))
        .impact(LevelScale.of("OWASP impact", "LOW", "MEDIUM", "HIGH"))
        .levels(LevelScale.of("OWASP severity", "Note", "Low", "Medium", "High", "Critical"))
        .row(0, 1, 2).row(1, 2, 3).row(2, 3, 4).build();

    private Presets() {}
  }
}
