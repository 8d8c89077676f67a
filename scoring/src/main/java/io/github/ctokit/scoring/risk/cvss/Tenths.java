package io.github.ctokit.scoring.risk.cvss;

import java.math.BigDecimal;

/** Cached scores 0.0 to 10.0 as BigDecimals with scale 1. Not API. */
final class Tenths {

  private static final BigDecimal[] CACHE = new BigDecimal[101];

  static {
    for (int i = 0; i <= 100; i++) {
      CACHE[i] = BigDecimal.valueOf(i, 1);
    }
  }

  private Tenths() {}

  static BigDecimal of(int tenths) {
    return CACHE[tenths];
  }
}
