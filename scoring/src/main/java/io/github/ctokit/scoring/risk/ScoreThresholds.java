package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.Level;
import io.github.ctokit.core.LevelScale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Bands of a normalised 0 to 10 score: each level above the lowest starts at a threshold, and a
 * score gets the highest level whose threshold it reaches ({@code threshold ≤ score}); scores
 * below the first threshold get the lowest level.
 *
 * <pre>{@code
 * ScoreThresholds simple = ScoreThresholds.simpleRisk();   // Low 0, Medium 4, High 7, Very High 10.1
 * simple.levelOf(new BigDecimal("10.00"));                 // High: 10.1 is out of reach, as in SimpleRisk
 * }</pre>
 */
public final class ScoreThresholds {

  private static final BigDecimal TEN = BigDecimal.TEN;

  private final LevelScale scale;
  private final List<BigDecimal> thresholds;
  private final long[] tenThousandths;

  private ScoreThresholds(LevelScale scale, List<BigDecimal> thresholds) {
    this.scale = scale;
    this.thresholds = thresholds;
    this.tenThousandths = new long[thresholds.size()];
    for (int i = 0; i < tenThousandths.length; i++) {
      tenThousandths[i] = thresholds.get(i).setScale(4, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }
  }

  /**
   * Returns bands for a scale.
   *
   * @param scale the levels, lowest first
   * @param thresholds where levels 1 to {@code scale.size() - 1} start: strictly increasing, each
   *     within [0, 11) with at most four decimal places
   * @return the bands
   * @throws IllegalArgumentException if the count, order, range or precision is wrong
   */
  public static ScoreThresholds of(LevelScale scale, List<BigDecimal> thresholds) {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(thresholds, "thresholds");
    if (thresholds.size() != scale.size() - 1) {
      throw new IllegalArgumentException("thresholds must have " + (scale.size() - 1) + " entries for scale '"
          + scale.name() + "' (had " + thresholds.size() + ")");
    }
    List<BigDecimal> copy = new ArrayList<>(thresholds.size());
    for (int i = 0; i < thresholds.size(); i++) {
      BigDecimal t = Objects.requireNonNull(thresholds.get(i), "thresholds[" + i + "]");
      if (t.signum() < 0 || t.compareTo(BigDecimal.valueOf(11)) >= 0 || t.stripTrailingZeros().scale() > 4) {
        throw new IllegalArgumentException("thresholds[" + i + "] must be within [0, 11) with at most 4 decimals (was "
            + t.toPlainString() + ")");
      }
      if (i > 0 && t.compareTo(copy.get(i - 1)) <= 0) {
        throw new IllegalArgumentException("thresholds must be strictly increasing (thresholds[" + i + "] = "
            + t.toPlainString() + " after " + copy.get(i - 1).toPlainString() + ")");
      }
      copy.add(t);
    }
    return new ScoreThresholds(scale, Collections.unmodifiableList(copy));
  }

  /**
   * Returns SimpleRisk's default risk levels: Insignificant below 0, Low from 0, Medium from 4, High
   * from 7 and Very High from 10.1 (so that a score of 10.0 is High), from the {@code risk_levels}
   * table of simplerisk/code.
   *
   * @return the bands on the scale named {@code "SimpleRisk levels"}
   */
  public static ScoreThresholds simpleRisk() {
    return Presets.SIMPLE_RISK;
  }

  /**
   * Returns the NIST SP 800-30 Rev. 1 semi-quantitative bins (Table I-3, 0–100 divided by ten):
   * Very low below 0.5, Low from 0.5, Moderate from 2.1, High from 8.0, Very high from 9.6.
   *
   * @return the bands on {@link LevelScale#fiveLevel()}
   */
  public static ScoreThresholds nist80030() {
    return Presets.NIST;
  }

  /**
   * Returns the level scale.
   *
   * @return the scale
   */
  public LevelScale scale() {
    return scale;
  }

  /**
   * Returns where levels 1 and up start.
   *
   * @return an unmodifiable list of {@code scale().size() - 1} thresholds
   */
  public List<BigDecimal> thresholds() {
    return thresholds;
  }

  /**
   * Returns the level of a score.
   *
   * @param score a score
   * @return the highest level whose threshold is at most the score, or the lowest level
   */
  public Level levelOf(BigDecimal score) {
    Objects.requireNonNull(score, "score");
    return scale.level(ordinalOfTenThousandths(score.setScale(4, RoundingMode.HALF_UP).unscaledValue().longValueExact()));
  }

  int ordinalOfHundredths(long hundredths) {
    return ordinalOfTenThousandths(hundredths * 100);
  }

  private int ordinalOfTenThousandths(long value) {
    int ordinal = 0;
    for (int i = 0; i < tenThousandths.length; i++) {
      if (tenThousandths[i] <= value) {
        ordinal = i + 1;
      }
    }
    return ordinal;
  }

  String describe(int ordinal) {
    if (ordinal == 0) {
      return scale.level(0).label() + " below " + Decimals.plain(thresholds.get(0));
    }
    return scale.level(ordinal).label() + " from " + Decimals.plain(thresholds.get(ordinal - 1))
        + (ordinal < thresholds.size() ? " to below " + Decimals.plain(thresholds.get(ordinal)) : "");
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ScoreThresholds && ((ScoreThresholds) obj).scale.equals(scale)
        && ((ScoreThresholds) obj).thresholds.equals(thresholds);
  }

  @Override
  public int hashCode() {
    return scale.hashCode() * 31 + thresholds.hashCode();
  }

  /** Returns the levels and their thresholds. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(scale.name()).append(": ");
    for (int i = 0; i < scale.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(describe(i));
    }
    return sb.toString();
  }

  static boolean isNormalised(BigDecimal score) {
    return score.signum() >= 0 && score.compareTo(TEN) <= 0;
  }

  private static final class Presets {
    static final ScoreThresholds SIMPLE_RISK = of(
        LevelScale.of("SimpleRisk levels", "Insignificant", "Low", "Medium", "High", "Very High"),
        List.of(new BigDecimal("0"), new BigDecimal("4"), new BigDecimal("7"), new BigDecimal("10.1")));
    static final ScoreThresholds NIST = of(LevelScale.fiveLevel(),
        List.of(new BigDecimal("0.5"), new BigDecimal("2.1"), new BigDecimal("8.0"), new BigDecimal("9.6")));
  }
}
