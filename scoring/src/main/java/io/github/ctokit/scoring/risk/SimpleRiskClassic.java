package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.Level;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.risk.LikelihoodImpact;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SimpleRisk's "classic" scoring: one of five likelihood × impact formulas, or a custom table,
 * normalised to 0–10 (simplerisk/code, {@code includes/functions.php}, {@code calculate_risk}).
 *
 * <p>With 1-based ranks L and I and the highest ranks maxL and maxI:
 *
 * <pre>
 *   raw        = formula(L, I)                          (the native score)
 *   normalised = round(raw × 10 / formula(maxL, maxI), 2 places, HALF_UP)
 * </pre>
 *
 * <p>The division is exact decimal arithmetic; PHP's {@code round} rounds half away from zero,
 * which is HALF_UP for these non-negative numbers. Current SimpleRisk rounds to two places; releases
 * before its {@code need_risk_score_normalization} setting rounded to one ({@link #withDecimals(int)}).
 * For a custom table the cell value is the score. Levels come from {@link ScoreThresholds#simpleRisk()}
 * unless {@link #withThresholds(ScoreThresholds) replaced}.
 *
 * <p>Where SimpleRisk silently sets a custom score above 10 to 10 and defaults an out-of-range
 * rank, this class rejects them: {@link #customTable(List)} throws, {@link #check(LikelihoodImpact)}
 * reports. {@link #customTableClamped(List)} clamps explicitly.
 *
 * <pre>{@code
 * SimpleRiskClassic m1 = SimpleRiskClassic.of(SimpleRiskClassic.Formula.LIKELIHOOD_TIMES_IMPACT_PLUS_TWO_IMPACT);
 * m1.score(LikelihoodImpact.of(3, 4)).normalisedScore();   // 5.71 = round(20 × 10 / 35, 2)
 * }</pre>
 */
public final class SimpleRiskClassic implements RiskMethod<LikelihoodImpact> {

  /** The five classic formulas, numbered as SimpleRisk's {@code risk_model} setting 1 to 5. */
  public enum Formula {
    /** Model 1: {@code L × I + 2I}. */
    LIKELIHOOD_TIMES_IMPACT_PLUS_TWO_IMPACT(1, "L × I + 2I"),
    /** Model 2: {@code L × I + I}. */
    LIKELIHOOD_TIMES_IMPACT_PLUS_IMPACT(2, "L × I + I"),
    /** Model 3: {@code L × I}. */
    LIKELIHOOD_TIMES_IMPACT(3, "L × I"),
    /** Model 4: {@code L × I + L}. */
    LIKELIHOOD_TIMES_IMPACT_PLUS_LIKELIHOOD(4, "L × I + L"),
    /** Model 5: {@code L × I + 2L}. */
    LIKELIHOOD_TIMES_IMPACT_PLUS_TWO_LIKELIHOOD(5, "L × I + 2L");

    private final int model;
    private final String text;

    Formula(int model, String text) {
      this.model = model;
      this.text = text;
    }

    /**
     * Returns SimpleRisk's number for the formula.
     *
     * @return 1 to 5
     */
    public int model() {
      return model;
    }

    /**
     * Returns the raw score.
     *
     * @param likelihood the 1-based likelihood rank
     * @param impact the 1-based impact rank
     * @return the formula's value
     */
    public long raw(long likelihood, long impact) {
      switch (this) {
        case LIKELIHOOD_TIMES_IMPACT_PLUS_TWO_IMPACT:
          return likelihood * impact + 2 * impact;
        case LIKELIHOOD_TIMES_IMPACT_PLUS_IMPACT:
          return likelihood * impact + impact;
        case LIKELIHOOD_TIMES_IMPACT:
          return likelihood * impact;
        case LIKELIHOOD_TIMES_IMPACT_PLUS_LIKELIHOOD:
          return likelihood * impact + likelihood;
        default:
          return likelihood * impact + 2 * likelihood;
      }
    }

    /** Returns the formula, such as {@code "L × I + 2I"}. */
    @Override
    public String toString() {
      return text;
    }
  }

  private static final BigDecimal TEN = BigDecimal.TEN;

  private final Formula formula;
  private final int likelihoodLevels;
  private final int impactLevels;
  private final BigDecimal[][] table;
  private final boolean clamped;
  private final int decimals;
  private final ScoreThresholds thresholds;

  private SimpleRiskClassic(Formula formula, int likelihoodLevels, int impactLevels, BigDecimal[][] table,
      boolean clamped, int decimals, ScoreThresholds thresholds) {
    this.formula = formula;
    this.likelihoodLevels = likelihoodLevels;
    this.impactLevels = impactLevels;
    this.table = table;
    this.clamped = clamped;
    this.decimals = decimals;
    this.thresholds = thresholds;
  }

  /**
   * Returns a formula on SimpleRisk's default 5 × 5 scales.
   *
   * @param formula the formula
   * @return the method
   */
  public static SimpleRiskClassic of(Formula formula) {
    return of(formula, 5, 5);
  }

  /**
   * Returns a formula on scales of other sizes.
   *
   * @param formula the formula
   * @param likelihoodLevels the number of likelihood levels, 2 to 64
   * @param impactLevels the number of impact levels, 2 to 64
   * @return the method
   * @throws IllegalArgumentException if a size is outside 2 to 64
   */
  public static SimpleRiskClassic of(Formula formula, int likelihoodLevels, int impactLevels) {
    Objects.requireNonNull(formula, "formula");
    checkSize("likelihoodLevels", likelihoodLevels);
    checkSize("impactLevels", impactLevels);
    return new SimpleRiskClassic(formula, likelihoodLevels, impactLevels, new BigDecimal[0][], false, 2,
        ScoreThresholds.simpleRisk());
  }

  /**
   * Returns SimpleRisk's custom model 6: a table of scores, rows lowest likelihood first.
   *
   * @param rows one row per likelihood level, each with one score within [0, 10] per impact level
   * @return the method
   * @throws IllegalArgumentException if the table is not rectangular, smaller than 2 × 2, or has a
   *     score outside [0, 10]
   */
  public static SimpleRiskClassic customTable(List<List<BigDecimal>> rows) {
    return table(rows, false);
  }

  /**
   * Returns a custom table whose scores are clamped into [0, 10], as SimpleRisk does silently; the
   * method's version and every explanation say so.
   *
   * @param rows one row per likelihood level, each with one score per impact level
   * @return the method
   * @throws IllegalArgumentException if the table is not rectangular or smaller than 2 × 2
   */
  public static SimpleRiskClassic customTableClamped(List<List<BigDecimal>> rows) {
    return table(rows, true);
  }

  private static SimpleRiskClassic table(List<List<BigDecimal>> rows, boolean clamp) {
    Objects.requireNonNull(rows, "rows");
    checkSize("table rows", rows.size());
    int width = rows.get(0).size();
    checkSize("table columns", width);
    BigDecimal[][] table = new BigDecimal[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      List<BigDecimal> row = Objects.requireNonNull(rows.get(r), "rows[" + r + "]");
      if (row.size() != width) {
        throw new IllegalArgumentException("table rows must all have " + width + " cells (row " + r + " had " + row.size() + ")");
      }
      table[r] = new BigDecimal[width];
      for (int c = 0; c < width; c++) {
        BigDecimal v = Objects.requireNonNull(row.get(c), "rows[" + r + "][" + c + "]");
        if (!ScoreThresholds.isNormalised(v)) {
          if (!clamp) {
            throw new IllegalArgumentException("table score [" + r + "][" + c + "] must be within [0, 10] (was "
                + v.toPlainString() + ")\nMaybe use customTableClamped to clamp as SimpleRisk does");
          }
          v = v.signum() < 0 ? BigDecimal.ZERO : TEN;
        }
        table[r][c] = v;
      }
    }
    return new SimpleRiskClassic(Formula.LIKELIHOOD_TIMES_IMPACT, rows.size(), width, table, clamp, 2,
        ScoreThresholds.simpleRisk());
  }

  private static void checkSize(String field, int size) {
    if (size < 2 || size > LevelScale.MAX_LEVELS) {
      throw new IllegalArgumentException(field + " must be within [2, " + LevelScale.MAX_LEVELS + "] (was " + size + ")");
    }
  }

  /**
   * Returns a copy rounding normalised scores to another number of places.
   *
   * @param places 1 (SimpleRisk releases before score normalisation became a setting) or 2 (now)
   * @return the copy
   * @throws IllegalArgumentException if {@code places} is not 1 or 2
   */
  public SimpleRiskClassic withDecimals(int places) {
    if (places != 1 && places != 2) {
      throw new IllegalArgumentException("places must be 1 or 2 (was " + places + ")");
    }
    return new SimpleRiskClassic(formula, likelihoodLevels, impactLevels, table, clamped, places, thresholds);
  }

  /**
   * Returns a copy with other level thresholds.
   *
   * @param thresholds the bands of the normalised score
   * @return the copy
   */
  public SimpleRiskClassic withThresholds(ScoreThresholds thresholds) {
    return new SimpleRiskClassic(formula, likelihoodLevels, impactLevels, table, clamped, decimals,
        Objects.requireNonNull(thresholds, "thresholds"));
  }

  /**
   * Tells whether this is a custom table (SimpleRisk model 6).
   *
   * @return true for a custom table
   */
  public boolean isCustomTable() {
    return table.length > 0;
  }

  /**
   * Returns the formula.
   *
   * @return the formula; meaningless for a custom table
   */
  public Formula formula() {
    return formula;
  }

  /**
   * Returns the number of likelihood levels.
   *
   * @return 2 to 64
   */
  public int likelihoodLevels() {
    return likelihoodLevels;
  }

  /**
   * Returns the number of impact levels.
   *
   * @return 2 to 64
   */
  public int impactLevels() {
    return impactLevels;
  }

  @Override
  public String id() {
    return isCustomTable() ? "simplerisk.classic.custom" : "simplerisk.classic.m" + formula.model();
  }

  @Override
  public String version() {
    return likelihoodLevels + "x" + impactLevels + ", " + decimals + " dp HALF_UP" + (clamped ? ", clamped table" : "");
  }

  @Override
  public Class<LikelihoodImpact> inputType() {
    return LikelihoodImpact.class;
  }

  @Override
  public LevelScale levels() {
    return thresholds.scale();
  }

  /**
   * Returns the level thresholds.
   *
   * @return the thresholds
   */
  public ScoreThresholds thresholds() {
    return thresholds;
  }

  @Override
  public ValidationResult check(LikelihoodImpact input) {
    Objects.requireNonNull(input, "input");
    if (input.likelihood() <= likelihoodLevels && input.impact() <= impactLevels) {
      return ValidationResult.valid();
    }
    ValidationResult.Builder found = ValidationResult.builder();
    if (input.likelihood() > likelihoodLevels) {
      found.error(ModelPath.of("likelihood"), "simplerisk.input-out-of-range",
          "likelihood rank must be within [1, " + likelihoodLevels + "] (was " + input.likelihood() + ")");
    }
    if (input.impact() > impactLevels) {
      found.error(ModelPath.of("impact"), "simplerisk.input-out-of-range",
          "impact rank must be within [1, " + impactLevels + "] (was " + input.impact() + ")");
    }
    return found.build();
  }

  @Override
  public RiskScore score(LikelihoodImpact input) {
    check(input).orThrow();
    Explanation.Builder e = Explanation.builder(id() + " " + version())
        .input("likelihood", Integer.toString(input.likelihood()))
        .input("impact", Integer.toString(input.impact()));
    BigDecimal nativeScore;
    BigDecimal normalised;
    if (isCustomTable()) {
      nativeScore = table[input.likelihood() - 1][input.impact() - 1];
      normalised = nativeScore.setScale(decimals, RoundingMode.HALF_UP);
      e.step("table cell", "[" + (input.likelihood() - 1) + "][" + (input.impact() - 1) + "] = " + Decimals.plain(nativeScore));
    } else {
      long raw = formula.raw(input.likelihood(), input.impact());
      long max = formula.raw(likelihoodLevels, impactLevels);
      nativeScore = BigDecimal.valueOf(raw);
      normalised = BigDecimal.valueOf(raw * 10).divide(BigDecimal.valueOf(max), decimals, RoundingMode.HALF_UP);
      e.step("raw", formula + " = " + raw).step("max", formula + " at (" + likelihoodLevels + ", " + impactLevels + ") = " + max)
          .step("normalised", "round(" + raw + " × 10 / " + max + ", " + decimals + ") = " + normalised.toPlainString());
    }
    Level level = thresholds.levelOf(normalised);
    e.rule("threshold: " + thresholds.describe(level.ordinal()))
        .outcome(level.label() + ", native " + Decimals.plain(nativeScore) + ", normalised " + normalised.toPlainString());
    return RiskScore.of(this, level, nativeScore, normalised, e.build());
  }

  @Override
  public Level levelOf(BigDecimal normalisedScore) {
    Objects.requireNonNull(normalisedScore, "normalisedScore");
    if (!ScoreThresholds.isNormalised(normalisedScore)) {
      throw new IllegalArgumentException("normalisedScore must be within [0, 10] (was " + normalisedScore.toPlainString() + ")");
    }
    return thresholds.levelOf(normalisedScore);
  }

  /**
   * Returns the derived table of normalised scores for every rank pair, rows lowest likelihood
   * first, as SimpleRisk's configuration page shows it.
   *
   * @return a new list of rows
   */
  public List<List<BigDecimal>> normalisedTable() {
    List<List<BigDecimal>> rows = new ArrayList<>();
    for (int l = 1; l <= likelihoodLevels; l++) {
      List<BigDecimal> row = new ArrayList<>();
      for (int i = 1; i <= impactLevels; i++) {
        row.add(score(LikelihoodImpact.of(l, i)).normalisedScore());
      }
      rows.add(List.copyOf(row));
    }
    return List.copyOf(rows);
  }

  /** Returns {@code "simplerisk.classic.m1 (5x5, 2 dp HALF_UP)"}. */
  @Override
  public String toString() {
    return id() + " (" + version() + ")";
  }
}
