package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.Level;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.risk.DreadFactors;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * DREAD: the mean of damage potential, reproducibility, exploitability, affected users and
 * discoverability, each on 0 to 10, rounded HALF_UP to two places (as SimpleRisk computes it).
 *
 * <p>The native and the normalised score are that mean; levels come from
 * {@link ScoreThresholds#simpleRisk()} unless {@link #withThresholds(ScoreThresholds) replaced}.
 * Sources differ on the factor range (Microsoft's original 1–10, OpenStack's 0–10, some 1–3);
 * 0 to 10 covers the first two, and a 1–3 rating must be rescaled by the caller.
 *
 * <pre>{@code
 * Dread.standard().score(DreadFactors.of(7, 5, 9, 3, 6)).normalisedScore();   // 6.00
 * }</pre>
 */
public final class Dread implements RiskMethod<DreadFactors> {

  private static final Dread STANDARD = new Dread(ScoreThresholds.simpleRisk());
  private static final String[] NAMES = {"damage", "reproducibility", "exploitability", "affectedUsers", "discoverability"};

  private final ScoreThresholds thresholds;

  private Dread(ScoreThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * Returns DREAD with SimpleRisk's level thresholds.
   *
   * @return the method
   */
  public static Dread standard() {
    return STANDARD;
  }

  /**
   * Returns a copy with other level thresholds.
   *
   * @param thresholds the bands of the mean
   * @return the copy
   */
  public Dread withThresholds(ScoreThresholds thresholds) {
    return new Dread(Objects.requireNonNull(thresholds, "thresholds"));
  }

  @Override
  public String id() {
    return "dread";
  }

  @Override
  public String version() {
    return "mean of five 0-10 factors, 2 dp HALF_UP";
  }

  @Override
  public Class<DreadFactors> inputType() {
    return DreadFactors.class;
  }

  @Override
  public LevelScale levels() {
    return thresholds.scale();
  }

  @Override
  public ValidationResult check(DreadFactors input) {
    Objects.requireNonNull(input, "input");
    int[] v = input.values();
    ValidationResult.Builder found = ValidationResult.builder();
    for (int k = 0; k < v.length; k++) {
      if (v[k] > DreadFactors.MAX_VALUE) {
        found.error(ModelPath.of(NAMES[k]), "dread.factor-out-of-range",
            NAMES[k] + " must be within [0, 10] (was " + v[k] + ")");
      }
    }
    return found.build();
  }

  @Override
  public RiskScore score(DreadFactors input) {
    check(input).orThrow();
    int[] v = input.values();
    Explanation.Builder e = Explanation.builder(id() + " " + version());
    int sum = 0;
    for (int k = 0; k < v.length; k++) {
      e.input(NAMES[k], Integer.toString(v[k]));
      sum += v[k];
    }
    BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
    Level level = thresholds.levelOf(mean);
    e.step("sum", Integer.toString(sum)).step("mean", sum + " / 5 = " + mean.toPlainString());
    e.rule("threshold: " + thresholds.describe(level.ordinal()));
    e.outcome(level.label() + ", native " + mean.toPlainString() + ", normalised " + mean.toPlainString());
    return RiskScore.of(this, level, mean, mean, e.build());
  }

  @Override
  public Level levelOf(BigDecimal normalisedScore) {
    Objects.requireNonNull(normalisedScore, "normalisedScore");
    if (!ScoreThresholds.isNormalised(normalisedScore)) {
      throw new IllegalArgumentException("normalisedScore must be within [0, 10] (was " + normalisedScore.toPlainString() + ")");
    }
    return thresholds.levelOf(normalisedScore);
  }

  /** Returns {@code "dread (version)"}. */
  @Override
  public String toString() {
    return id() + " (" + version() + ")";
  }
}
