package io.github.ctokit.scoring.risk.cvss;

import java.util.Objects;

/**
 * Thrown when a text is not a valid CVSS vector string: says what is wrong ({@link #kind()}),
 * where ({@link #segmentIndex()}, {@link #position()}) and which text ({@link #token()}).
 *
 * <p>Segments are the parts of the text between slashes, counted from 0; the version prefix
 * ({@code CVSS:3.1}) is segment 0 when present. Errors about the vector as a whole (a missing base
 * metric, an empty text) have segment index {@code -1}. The message is English, names the rule and
 * the offending token (quoted and cut to a bounded length), and may carry advice on a second line
 * starting with "Maybe".
 *
 * <pre>{@code
 * try {
 *   Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L");
 * } catch (CvssParseException e) {
 *   e.kind();          // DUPLICATE_METRIC
 *   e.segmentIndex();  // 9
 *   e.token();         // "AV:L"
 * }
 * }</pre>
 */
public final class CvssParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What kind of rule a vector string breaks. */
  public enum Kind {
    /** The text is empty. */
    EMPTY,
    /** The text is longer than any valid vector string can be. */
    TOO_LONG,
    /** The prefix is not exactly {@code CVSS:<major>.<minor>/} (wrong case, spaces, no slash). */
    MALFORMED_PREFIX,
    /** The prefix names a version ctokit does not support, such as {@code CVSS:3.2/} or {@code CVSS:2.0/}. */
    UNSUPPORTED_VERSION,
    /** A segment is empty: a leading, trailing or doubled slash. */
    EMPTY_SEGMENT,
    /** A segment is not of the form {@code NAME:VALUE}. */
    MALFORMED_SEGMENT,
    /** A metric name is not a metric of the vector's version (unknown, foreign or wrongly cased). */
    UNKNOWN_METRIC,
    /** A metric appears more than once. */
    DUPLICATE_METRIC,
    /** A metric value is not one of the values the version allows for that metric. */
    INVALID_VALUE,
    /** A metric appears after one that the ordering policy says must follow it. */
    OUT_OF_ORDER,
    /** A mandatory base metric is absent. */
    MISSING_BASE_METRIC
  }

  /** The kind of rule broken. */
  private final Kind kind;

  /** The 0-based segment index, or -1. */
  private final int segmentIndex;

  /** The 0-based character offset of the segment, or -1. */
  private final int position;

  /** The offending text, at most 64 characters. */
  private final String token;

  CvssParseException(Kind kind, int segmentIndex, int position, String token, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.segmentIndex = segmentIndex;
    this.position = position;
    this.token = Objects.requireNonNull(token, "token");
  }

  /**
   * Returns the kind of rule the text breaks.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the 0-based index of the offending slash-separated segment.
   *
   * @return an index of at least 0, or {@code -1} when the error concerns the whole text
   */
  public int segmentIndex() {
    return segmentIndex;
  }

  /**
   * Returns the 0-based character offset in the text where the offending segment starts.
   *
   * @return an offset of at least 0, or {@code -1} when the error concerns the whole text
   */
  public int position() {
    return position;
  }

  /**
   * Returns the offending text: the segment, the prefix, or the name of a missing metric.
   *
   * @return the token, at most 64 characters (longer tokens are cut); empty for an empty text
   */
  public String token() {
    return token;
  }
}
