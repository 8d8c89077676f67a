package io.github.ctokit.scoring.risk.cvss;

import io.github.ctokit.core.internal.Checks;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Parses CVSS vector strings strictly.
 *
 * <p>Immutable, thread-safe and reusable; {@link #withOrder(CvssVersion, CvssOrder)} returns a
 * configured copy. The default ({@link Cvss#parser()}) enforces the metric order of v2.0 and
 * v4.0 and accepts any order in v3.x (see {@link CvssOrder}). Whatever the policy, a text is
 * accepted only when:
 *
 * <ol>
 *   <li>it starts with the exact, case-sensitive prefix {@code CVSS:3.0/}, {@code CVSS:3.1/} or
 *       {@code CVSS:4.0/}, or has no prefix and is a v2.0 vector; any other {@code CVSS:x.y/}
 *       is an unsupported version;
 *   <li>it is a sequence of {@code NAME:VALUE} segments joined by {@code /}, with no empty
 *       segment (no leading, trailing or doubled slash) and no whitespace;
 *   <li>every name is a metric of the version (case-sensitive; a metric of another version is
 *       an error) and appears at most once (never "last one wins");
 *   <li>every value is one of the version's values for that metric ({@code MSC:S} and the
 *       abbreviations {@code U:A}, {@code U:R} are errors in v4.0);
 *   <li>every base metric is present; absent optional metrics are not defined.
 * </ol>
 *
 * <p>The first broken rule, scanning from the left, is reported as a {@link CvssParseException}.
 * Parsing allocates the resulting {@link CvssVector} and nothing else on the normal path.
 */
public final class CvssParser {

  /** Longer than any valid vector string of any version, even with every metric spelled out. */
  static final int MAX_LENGTH = 512;

  static final CvssParser DEFAULT =
      new CvssParser(new CvssOrder[] {CvssOrder.CANONICAL, CvssOrder.ANY, CvssOrder.ANY, CvssOrder.CANONICAL});

  /** Reads four bytes of the text as one little-endian int. */
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  private final CvssOrder[] orders;

  private CvssParser(CvssOrder[] orders) {
    this.orders = orders;
  }

  /**
   * Returns a parser with a different metric order policy for one version.
   *
   * @param version the version the policy applies to
   * @param order the policy
   * @return the configured parser
   * @throws NullPointerException if an argument is null
   */
  public CvssParser withOrder(CvssVersion version, CvssOrder order) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(order, "order");
    CvssOrder[] copy = orders.clone();
    copy[version.ordinal()] = order;
    return new CvssParser(copy);
  }

  /**
   * Returns the metric order policy for a version.
   *
   * @param version the version
   * @return the policy
   * @throws NullPointerException if {@code version} is null
   */
  public CvssOrder order(CvssVersion version) {
    return orders[Objects.requireNonNull(version, "version").ordinal()];
  }

  /**
   * Parses a vector string.
   *
   * @param text the vector string
   * @return the vector
   * @throws NullPointerException if {@code text} is null
   * @throws CvssParseException if the text breaks a rule; the exception says which, where and
   *     with which token
   */
  public CvssVector parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int length = s.length();
    if (length == 0) {
      throw error(CvssParseException.Kind.EMPTY, -1, -1, "", "CVSS vector must not be empty", null);
    }
    if (length > MAX_LENGTH) {
      throw error(CvssParseException.Kind.TOO_LONG, -1, -1, s,
          "CVSS vector must be at most " + MAX_LENGTH + " characters (had " + length + ")", null);
    }
    CvssVersion version;
    int pos;
    int segment;
    if (s.startsWith("CVSS:3.1/")) {
      version = CvssVersion.V3_1;
      pos = 9;
      segment = 1;
    } else if (s.startsWith("CVSS:4.0/")) {
      version = CvssVersion.V4_0;
      pos = 9;
      segment = 1;
    } else if (s.startsWith("CVSS:3.0/")) {
      version = CvssVersion.V3_0;
      pos = 9;
      segment = 1;
    } else if (s.startsWith("CVSS:")) {
      int slash = s.indexOf('/');
      String prefix = slash < 0 ? s : s.substring(0, slash);
      throw prefixError(prefix, slash);
    } else {
      int slash = s.indexOf('/');
      String first = slash < 0 ? s : s.substring(0, slash);
      if (first.strip().regionMatches(true, 0, "CVSS:", 0, 5)) {
        String fixed = "CVSS:" + first.strip().substring(5);
        throw error(CvssParseException.Kind.MALFORMED_PREFIX, 0, 0, first,
            "CVSS vector prefix must be exactly CVSS:<version>/, case-sensitive and without spaces (was "
                + Checks.quote(first) + ")",
            "Maybe " + fixed + "/");
      }
      version = CvssVersion.V2_0;
      pos = 0;
      segment = 0;
    }
    return parseMetrics(s, version, pos, segment);
  }

  /** The error for a text that starts with {@code CVSS:} but not with a supported prefix. */
  private static CvssParseException prefixError(String prefix, int slash) {
    boolean known = prefix.equals("CVSS:3.0") || prefix.equals("CVSS:3.1") || prefix.equals("CVSS:4.0");
    if (known && slash < 0) {
      return error(CvssParseException.Kind.MALFORMED_PREFIX, 0, 0, prefix,
          "CVSS vector prefix must be followed by '/' and the metrics (was " + Checks.quote(prefix) + ")", null);
    }
    if (isVersionNumber(prefix, 5)) {
      String hint = prefix.equals("CVSS:2.0") || prefix.equals("CVSS:2")
          ? "Maybe drop the prefix: CVSS v2.0 vectors have none, such as AV:N/AC:L/Au:N/C:P/I:P/A:P"
          : "Maybe CVSS:3.1/ or CVSS:4.0/";
      return error(CvssParseException.Kind.UNSUPPORTED_VERSION, 0, 0, prefix,
          "CVSS version " + prefix.substring(5) + " is not supported; supported are CVSS:3.0/, CVSS:3.1/, "
              + "CVSS:4.0/ and v2.0 vectors without prefix (was " + Checks.quote(prefix) + ")", hint);
    }
    return error(CvssParseException.Kind.MALFORMED_PREFIX, 0, 0, prefix,
        "CVSS vector prefix must be CVSS:<major>.<minor>/ such as CVSS:3.1/ (was " + Checks.quote(prefix) + ")",
        null);
  }

  private static boolean isVersionNumber(String s, int from) {
    int dots = 0;
    int digits = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c >= '0' && c <= '9') {
        digits++;
      } else {
        return false;
      }
    }
    return digits > 0 && dots <= 1 && s.charAt(from) != '.' && s.charAt(s.length() - 1) != '.';
  }

  private CvssVector parseMetrics(String s, CvssVersion version, int start, int firstSegment) {
    Spec spec = Spec.of(version);
    byte[] values = new byte[spec.size()];
    long seen = 0; // bit i set when metric i has been given (every version has at most 64 metrics)
    boolean canonical = orders[version.ordinal()] == CvssOrder.CANONICAL;
    int length = s.length();
    int pos = start;
    int segment = firstSegment;
    int last = -1;
    // Latin-1 bytes of the text: characters above U+00FF become '?', which is in no metric name or
    // value, so they still fail; messages quote the original text.
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    while (true) {
      // Fast path: most vectors are canonical and use one-character values, so the segment is
      // usually "NAME:V" for the metric after the last one seen. One int read checks the name
      // and colon; a table maps the value. Such a metric is after every metric seen so far, so it
      // is neither a duplicate nor out of order. Anything else takes the general path below.
      int next = last + 1;
      if (next < spec.nameColonWords.length && pos + 4 <= length) {
        int word = (int) INT_LE.get(b, pos);
        if ((word & spec.nameColonMasks[next]) == spec.nameColonWords[next]) {
          int at = pos + spec.nameColonLengths[next];
          int after = at + 1;
          if (after == length || (after < length && b[after] == '/')) {
            int value = spec.oneCharValues[next][b[at] & 0xFF] - 1;
            if (value >= 0) {
              values[next] = (byte) value;
              seen |= 1L << next;
              last = next;
              segment++;
              if (after == length) {
                break;
              }
              pos = after + 1;
              continue;
            }
          }
        }
      }
      // The name: pack up to 7 bytes into a key (Spec.key) until ':' or '/'.
      int end = pos;
      long nameKey = 0;
      int shift = 8;
      while (end < length) {
        int c = b[end] & 0xFF;
        if (c == ':' || c == '/') {
          break;
        }
        if (shift <= 56) {
          nameKey |= (long) c << shift;
        }
        shift += 8;
        end++;
      }
      int colon = end < length && b[end] == ':' ? end : -1;
      boolean nameOk = end - pos <= 7;
      // The value: the same, until '/'.
      long valueKey = 0;
      boolean extraColon = false;
      if (colon >= 0) {
        end++;
        shift = 8;
        while (end < length) {
          int c = b[end] & 0xFF;
          if (c == '/') {
            break;
          }
          if (c == ':') {
            extraColon = true;
          }
          if (shift <= 56) {
            valueKey |= (long) c << shift;
          }
          shift += 8;
          end++;
        }
      } else {
        while (end < length && b[end] != '/') {
          end++;
        }
      }
      boolean valueOk = colon >= 0 && end - colon - 1 <= 7;
      if (end == pos) {
        throw error(CvssParseException.Kind.EMPTY_SEGMENT, segment, pos, "",
            "CVSS vector must not have an empty segment (segment " + segment + " at position " + pos
                + ": a leading, trailing or doubled '/')", null);
      }
      if (colon <= pos) {
        String token = s.substring(pos, end);
        throw error(CvssParseException.Kind.MALFORMED_SEGMENT, segment, pos, token,
            "CVSS vector segment " + segment + " must be NAME:VALUE (was " + Checks.quote(token) + ")", null);
      }
      int metric = spec.metricIndex(nameOk ? nameKey | (colon - pos) : -1, last + 1);
      if (metric < 0) {
        throw unknownMetric(s, version, spec, segment, pos, colon, end);
      }
      if ((seen & (1L << metric)) != 0) {
        String token = s.substring(pos, end);
        throw error(CvssParseException.Kind.DUPLICATE_METRIC, segment, pos, token,
            "CVSS vector must not repeat metric " + spec.names[metric] + " (segment " + segment + " "
                + Checks.quote(token) + "; first given in segment " + firstSegmentOf(s, spec, start, firstSegment, metric)
                + ")",
            "Maybe remove one of them: ctokit never lets the last one win");
      }
      if (colon + 1 == end || extraColon) {
        String token = s.substring(pos, end);
        throw error(CvssParseException.Kind.MALFORMED_SEGMENT, segment, pos, token,
            "CVSS vector segment " + segment + " must be NAME:VALUE with one colon and a value (was "
                + Checks.quote(token) + ")", null);
      }
      int value = spec.valueIndex(metric, valueOk ? valueKey | (end - colon - 1) : -1);
      if (value < 0) {
        throw invalidValue(s, version, spec, metric, segment, pos, colon, end);
      }
      if (canonical && metric < last) {
        String token = s.substring(pos, end);
        throw error(CvssParseException.Kind.OUT_OF_ORDER, segment, pos, token,
            "CVSS " + version.number() + " metrics must be in canonical order: " + spec.names[metric]
                + " (segment " + segment + ") must come before " + spec.names[last],
            "Maybe write " + orderHint(spec));
      }
      values[metric] = (byte) value;
      seen |= 1L << metric;
      if (metric > last) {
        last = metric;
      }
      segment++;
      if (end == length) {
        break;
      }
      pos = end + 1;
    }
    long base = (1L << spec.baseCount) - 1;
    if ((seen & base) != base) {
      StringBuilder missing = new StringBuilder();
      int first = -1;
      for (int j = 0; j < spec.baseCount; j++) {
        if ((seen & (1L << j)) == 0) {
          first = first < 0 ? j : first;
          missing.append(missing.length() == 0 ? "" : ", ").append(spec.names[j]).append(" (")
              .append(spec.metrics[j].displayName()).append(')');
        }
      }
      throw error(CvssParseException.Kind.MISSING_BASE_METRIC, -1, -1, spec.names[first],
          "CVSS " + version.number() + " vector must contain every base metric; missing: " + missing, null);
    }
    return new CvssVector(version, values);
  }

  /** The segment index where a metric first appears (error path only). */
  private static int firstSegmentOf(String s, Spec spec, int start, int firstSegment, int metric) {
    int segment = firstSegment;
    int pos = start;
    while (pos < s.length()) {
      int end = s.indexOf('/', pos);
      end = end < 0 ? s.length() : end;
      int colon = s.indexOf(':', pos);
      if (colon > pos && colon < end && spec.metricIndex(s, pos, colon, metric) == metric) {
        return segment;
      }
      segment++;
      pos = end + 1;
    }
    return -1;
  }

  private static String orderHint(Spec spec) {
    StringBuilder sb = new StringBuilder("the metrics in this order: ");
    for (int i = 0; i < spec.size(); i++) {
      sb.append(i == 0 ? "" : " ").append(spec.names[i]);
    }
    return sb.toString();
  }

  private static CvssParseException unknownMetric(String s, CvssVersion version, Spec spec, int segment, int pos,
      int colon, int end) {
    String name = s.substring(pos, colon);
    String token = s.substring(pos, end);
    String hint = null;
    for (String known : spec.names) {
      if (known.equalsIgnoreCase(name)) {
        hint = "Maybe " + known + ": metric names are case-sensitive";
      }
    }
    if (hint == null) {
      for (CvssVersion other : CvssVersion.values()) {
        Spec otherSpec = Spec.of(other);
        if (otherSpec != spec && otherSpec.metricIndex(name, 0, name.length(), -1) >= 0) {
          hint = "Maybe this is a CVSS " + other.number() + " vector: " + name + " is a metric of CVSS "
              + other.number() + ", not of " + version.number()
              + (other == CvssVersion.V2_0 ? "" : "; its prefix is " + other.prefix());
          break;
        }
      }
    }
    if (hint == null && version == CvssVersion.V2_0) {
      hint = "Maybe a CVSS v3 or v4 vector without its prefix, such as CVSS:3.1/ or CVSS:4.0/";
    }
    return error(CvssParseException.Kind.UNKNOWN_METRIC, segment, pos, token,
        "CVSS " + version.number() + " has no metric " + Checks.quote(name) + " (segment " + segment + " "
            + Checks.quote(token) + ")", hint);
  }

  private static CvssParseException invalidValue(String s, CvssVersion version, Spec spec, int metric, int segment,
      int pos, int colon, int end) {
    String value = s.substring(colon + 1, end);
    String token = s.substring(pos, end);
    String hint = null;
    for (String allowed : spec.values[metric]) {
      if (allowed.length() > 1 && allowed.startsWith(value) && !value.isEmpty()) {
        hint = "Maybe " + spec.names[metric] + ":" + allowed + ": these values are written in full";
        break;
      }
      if (allowed.equalsIgnoreCase(value)) {
        hint = "Maybe " + spec.names[metric] + ":" + allowed + ": values are case-sensitive";
        break;
      }
    }
    return error(CvssParseException.Kind.INVALID_VALUE, segment, pos, token,
        "CVSS " + version.number() + " metric " + spec.names[metric] + " must be one of "
            + String.join(", ", spec.values[metric]) + " (was " + Checks.quote(value) + " in segment " + segment
            + ")", hint);
  }

  private static CvssParseException error(CvssParseException.Kind kind, int segment, int position, String token,
      String message, @Nullable String hint) {
    String cut = token.length() <= 64 ? token : token.substring(0, 64);
    return new CvssParseException(kind, segment, position, cut, hint == null ? message : message + "\n" + hint);
  }
}
