package io.github.ctokit.scoring.risk.cvss;

/**
 * The entry point for CVSS: parse vector strings strictly and score them exactly.
 *
 * <pre>{@code
 * CvssScores scores = Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").scores();
 * scores.base();                   // 9.8
 * scores.severity();               // CRITICAL
 *
 * CvssScores v4 = Cvss.scorer()
 *     .withRounding(CvssRounding.FIRST_2024_FLOAT)                // reproduce FIRST's calculator
 *     .score(Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P"));
 * v4.overall();                    // 8.9
 * v4.nomenclature();               // CVSS-BT
 *
 * CvssVector lenient = Cvss.parser().withOrder(CvssVersion.V4_0, CvssOrder.ANY).parse(text);
 * }</pre>
 *
 * <p>Versions: v2.0, v3.0, v3.1 and v4.0. Every method is thread-safe and free of I/O.
 */
public final class Cvss {

  private Cvss() {}

  /**
   * Parses a vector string with the default, strict parser.
   *
   * @param text the vector string, such as {@code "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}
   *     or, for v2.0, {@code "AV:N/AC:L/Au:N/C:P/I:P/A:P"}
   * @return the vector
   * @throws NullPointerException if {@code text} is null
   * @throws CvssParseException if the text is not a valid vector string; it says what is wrong and where
   */
  public static CvssVector parse(CharSequence text) {
    return CvssParser.DEFAULT.parse(text);
  }

  /**
   * Parses and scores a vector string with the default parser and scorer.
   *
   * @param text the vector string
   * @return its scores
   * @throws NullPointerException if {@code text} is null
   * @throws CvssParseException if the text is not a valid vector string
   */
  public static CvssScores score(CharSequence text) {
    return CvssScorer.DEFAULT.score(CvssParser.DEFAULT.parse(text));
  }

  /**
   * Returns the default parser: metric order enforced in v2.0 and v4.0, any order in v3.x.
   *
   * @return the parser; configure copies with {@link CvssParser#withOrder(CvssVersion, CvssOrder)}
   */
  public static CvssParser parser() {
    return CvssParser.DEFAULT;
  }

  /**
   * Returns the default scorer: {@link CvssRounding#EXACT_HALF_UP} for v4.0,
   * {@link CvssV30Roundup#FIRST_CALCULATOR} for v3.0.
   *
   * @return the scorer; configure copies with {@code withRounding} and {@code withV30Roundup}
   */
  public static CvssScorer scorer() {
    return CvssScorer.DEFAULT;
  }
}
