package io.github.ctokit.core.validation;

import io.github.ctokit.core.internal.Checks;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where in a model a {@link Violation} was found, such as {@code risks[3].controls[1].coverage}.
 *
 * <p>A path is a sequence of field names and 0-based list indices. Field names are Java
 * identifiers; indices are zero or more. {@link #toString()} gives the familiar dotted form, and
 * {@link #parse(CharSequence)} reads it back. The empty path, {@link #root()}, denotes the model
 * itself and prints as the empty string. Immutable and thread-safe.
 *
 * <pre>{@code
 * ModelPath path = ModelPath.of("risks").index(3).field("controls").index(1);
 * path.toString();   // "risks[3].controls[1]"
 * }</pre>
 */
public final class ModelPath {

  private static final ModelPath ROOT = new ModelPath(new Object[0]);

  /** Each element is a String (field name) or an Integer (index). */
  private final Object[] segments;

  private ModelPath(Object[] segments) {
    this.segments = segments;
  }

  /**
   * Returns the empty path, which denotes the whole model.
   *
   * @return the root path
   */
  public static ModelPath root() {
    return ROOT;
  }

  /**
   * Returns the path of one top-level field.
   *
   * @param field a Java identifier
   * @return the path {@code field}
   * @throws IllegalArgumentException if {@code field} is not a Java identifier
   */
  public static ModelPath of(String field) {
    return ROOT.field(field);
  }

  /**
   * Parses the dotted form, such as {@code risks[3].controls[1]}; the empty string is the root.
   *
   * @param text the path text
   * @return the path
   * @throws IllegalArgumentException if the text is not a valid path
   */
  public static ModelPath parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    ModelPath path = ROOT;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '[') {
        int close = s.indexOf(']', i);
        if (close < 0 || close == i + 1) {
          throw invalidPath(s, i);
        }
        String digits = s.substring(i + 1, close);
        boolean canonical = digits.length() <= 9 && (digits.length() == 1 || digits.charAt(0) != '0');
        if (!canonical || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
          throw invalidPath(s, i);
        }
        path = path.index(Integer.parseInt(digits));
        i = close + 1;
      } else {
        if (c == '.') {
          if (i == 0) {
            throw invalidPath(s, i);
          }
          i++;
        } else if (i != 0) {
          throw invalidPath(s, i);
        }
        int end = i;
        while (end < s.length() && s.charAt(end) != '.' && s.charAt(end) != '[') {
          end++;
        }
        if (end == i || !isJavaIdentifier(s.substring(i, end))) {
          throw invalidPath(s, i);
        }
        path = path.field(s.substring(i, end));
        i = end;
      }
    }
    return path;
  }

  private static IllegalArgumentException invalidPath(String text, int index) {
    return new IllegalArgumentException(
        "path must be fields and [indices] such as risks[3].controls[1] (invalid at index " + index
            + " of " + Checks.quote(text) + ")");
  }

  /**
   * Returns this path followed by a field.
   *
   * @param name a Java identifier
   * @return the longer path
   * @throws IllegalArgumentException if {@code name} is not a Java identifier
   */
  public ModelPath field(String name) {
    Objects.requireNonNull(name, "name");
    if (!isJavaIdentifier(name)) {
      throw new IllegalArgumentException("field must be a Java identifier (was " + Checks.quote(name) + ")");
    }
    return append(name);
  }

  /**
   * Returns this path followed by a list index.
   *
   * @param index a 0-based index
   * @return the longer path
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public ModelPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be zero or more (was " + index + ")");
    }
    return append(index);
  }

  /**
   * Returns this path followed by another, as when a nested model's violations are reported
   * within an enclosing model.
   *
   * @param relative the path relative to this one
   * @return the concatenation
   */
  public ModelPath resolve(ModelPath relative) {
    Objects.requireNonNull(relative, "relative");
    if (relative.isRoot()) {
      return this;
    }
    if (isRoot()) {
      return relative;
    }
    Object[] joined = Arrays.copyOf(segments, segments.length + relative.segments.length);
    System.arraycopy(relative.segments, 0, joined, segments.length, relative.segments.length);
    return new ModelPath(joined);
  }

  private ModelPath append(Object segment) {
    Object[] longer = Arrays.copyOf(segments, segments.length + 1);
    longer[segments.length] = segment;
    return new ModelPath(longer);
  }

  /**
   * Tells whether this is the root path.
   *
   * @return true if the path has no segments
   */
  public boolean isRoot() {
    return segments.length == 0;
  }

  /**
   * Returns the number of segments (fields and indices).
   *
   * @return zero or more
   */
  public int depth() {
    return segments.length;
  }

  private static boolean isJavaIdentifier(String s) {
    if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!Character.isJavaIdentifierPart(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ModelPath other && Arrays.equals(segments, other.segments);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(segments);
  }

  /** Returns the dotted form, such as {@code risks[3].controls[1]}; the root is {@code ""}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        sb.append('[').append(segment).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(segment);
      }
    }
    return sb.toString();
  }
}
