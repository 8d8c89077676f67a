package io.github.ctokit.core.risk;

import io.github.ctokit.core.LevelScale;

/**
 * The five qualitative values of NIST SP 800-30 Rev. 1 (Appendices G to I), with their
 * semi-quantitative bins on 0 to 100 and representative values on 0 to 10 (Tables G-2, G-3,
 * G-4, H-3 and I-3).
 */
public enum NistLevel {
  /** Very low: 0 to 4, representative value 0. */
  VERY_LOW(0, 0),
  /** Low: 5 to 20, representative value 2. */
  LOW(5, 2),
  /** Moderate: 21 to 79, representative value 5. */
  MODERATE(21, 5),
  /** High: 80 to 95, representative value 8. */
  HIGH(80, 8),
  /** Very high: 96 to 100, representative value 10. */
  VERY_HIGH(96, 10);

  private final int binStart;
  private final int representative;

  NistLevel(int binStart, int representative) {
    this.binStart = binStart;
    this.representative = representative;
  }

  /**
   * Returns the level whose semi-quantitative bin holds a value.
   *
   * @param value a semi-quantitative value, 0 to 100 inclusive
   * @return the level: 0–4 very low, 5–20 low, 21–79 moderate, 80–95 high, 96–100 very high
   * @throws IllegalArgumentException if the value is outside 0 to 100
   */
  public static NistLevel fromSemiQuantitative(int value) {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("semi-quantitative value must be within [0, 100] (was " + value + ")");
    }
    NistLevel found = VERY_LOW;
    for (NistLevel level : values()) {
      if (value >= level.binStart) {
        found = level;
      }
    }
    return found;
  }

  /**
   * Returns the first value of the level's semi-quantitative bin.
   *
   * @return 0, 5, 21, 80 or 96
   */
  public int binStart() {
    return binStart;
  }

  /**
   * Returns the last value of the level's semi-quantitative bin.
   *
   * @return 4, 20, 79, 95 or 100
   */
  public int binEnd() {
    return this == VERY_HIGH ? 100 : values()[ordinal() + 1].binStart - 1;
  }

  /**
   * Returns the representative semi-quantitative value on 0 to 10.
   *
   * @return 0, 2, 5, 8 or 10
   */
  public int representativeValue() {
    return representative;
  }

  /**
   * Returns the matching level of {@link LevelScale#fiveLevel()}.
   *
   * @return the level with the same ordinal
   */
  public io.github.ctokit.core.Level toLevel() {
    return LevelScale.fiveLevel().level(ordinal());
  }
}
