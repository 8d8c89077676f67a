package io.github.ctokit.scoring.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares ctokit's transcription of FIRST's v4.0 reference data (V4Data) with the JSON copy in
 * {@code shared/data/cvss-v4} when that folder exists next to (or above) the build directory.
 */
class CvssV4ReferenceDataTest {

  private static Path locate() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/data/cvss-v4/cvss-v4-reference-data.json");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void tableMatchesFirstReferenceData() throws IOException {
    Path file = locate();
    assumeTrue(file != null, "shared/data/cvss-v4 not found above " + System.getProperty("user.dir")
        + ": reference-data comparison skipped");
    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) new TinyJson(Files.readString(file, StandardCharsets.UTF_8)).value();

    @SuppressWarnings("unchecked")
    Map<String, Object> scores = (Map<String, Object>) json.get("macroVectorScores");
    assertThat(scores).hasSize(270);
    int defined = 0;
    for (int i : V4Scoring.LOOKUP) {
      defined += i >= 0 ? 1 : 0;
    }
    assertThat(defined).isEqualTo(270);
    for (Map.Entry<String, Object> e : scores.entrySet()) {
      String k = e.getKey();
      int index = V4Scoring.index(k.charAt(0) - '0', k.charAt(1) - '0', k.charAt(2) - '0', k.charAt(3) - '0',
          k.charAt(4) - '0', k.charAt(5) - '0');
      assertThat(V4Scoring.LOOKUP[index]).as(k).isEqualTo(Math.round(((Number) e.getValue()).doubleValue() * 10));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> composed = (Map<String, Object>) json.get("maxComposed");
    assertThat(levels(composed.get("eq1"))).isEqualTo(lists(V4Data.MAX_EQ1));
    assertThat(levels(composed.get("eq2"))).isEqualTo(lists(V4Data.MAX_EQ2));
    assertThat(levels(composed.get("eq4"))).isEqualTo(lists(V4Data.MAX_EQ4));
    @SuppressWarnings("unchecked")
    Map<String, Object> eq3 = (Map<String, Object>) composed.get("eq3");
    for (int a = 0; a < 3; a++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> byEq6 = (Map<String, Object>) eq3.get(Integer.toString(a));
      for (int b = 0; b < 2; b++) {
        Object list = byEq6.get(Integer.toString(b));
        assertThat(list == null ? List.of() : list).as("eq3 %d eq6 %d", a, b).isEqualTo(List.of(V4Data.MAX_EQ3_EQ6[a][b]));
      }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> severity = (Map<String, Object>) json.get("maxSeverity");
    assertThat(ints(severity.get("eq1"))).containsExactly(toObjects(V4Data.DEPTH_EQ1));
    assertThat(ints(severity.get("eq2"))).containsExactly(toObjects(V4Data.DEPTH_EQ2));
    assertThat(ints(severity.get("eq4"))).containsExactly(toObjects(V4Data.DEPTH_EQ4));
    @SuppressWarnings("unchecked")
    Map<String, Object> eq36 = (Map<String, Object>) severity.get("eq3eq6");
    for (int a = 0; a < 3; a++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> byEq6 = (Map<String, Object>) eq36.get(Integer.toString(a));
      for (int b = 0; b < 2; b++) {
        Object depth = byEq6.get(Integer.toString(b));
        assertThat(depth == null ? 0 : ((Number) depth).intValue()).isEqualTo(V4Data.DEPTH_EQ3_EQ6[a][b]);
      }
    }
  }

  private static List<List<String>> lists(String[][] levels) {
    List<List<String>> out = new ArrayList<>();
    for (String[] l : levels) {
      out.add(List.of(l));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> levels(Object byLevel) {
    Map<String, Object> map = (Map<String, Object>) byLevel;
    List<Object> out = new ArrayList<>();
    for (int i = 0; map.containsKey(Integer.toString(i)); i++) {
      out.add(map.get(Integer.toString(i)));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> ints(Object byLevel) {
    List<Integer> out = new ArrayList<>();
    for (Object o : levels(byLevel)) {
      out.add(((Number) o).intValue());
    }
    return out;
  }

  private static Integer[] toObjects(int[] values) {
    Integer[] out = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  /** A minimal JSON reader for this file: objects, arrays, strings without escapes, numbers. */
  private static final class TinyJson {
    private final String s;
    private int i;

    TinyJson(String s) {
      this.s = s;
    }

    Object value() {
      skip();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        skip();
        if (s.charAt(i) == '}') {
          i++;
          return map;
        }
        while (true) {
          skip();
          String key = (String) value();
          skip();
          expect(':');
          map.put(key, value());
          skip();
          if (s.charAt(i) == ',') {
            i++;
          } else {
            expect('}');
            return map;
          }
        }
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        i++;
        skip();
        if (s.charAt(i) == ']') {
          i++;
          return list;
        }
        while (true) {
          list.add(value());
          skip();
          if (s.charAt(i) == ',') {
            i++;
          } else {
            expect(']');
            return list;
          }
        }
      }
      if (c == '"') {
        int end = s.indexOf('"', i + 1);
        String str = s.substring(i + 1, end);
        i = end + 1;
        return str;
      }
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      return Double.parseDouble(s.substring(start, i));
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private void expect(char c) {
      if (s.charAt(i) != c) {
        throw new IllegalStateException("expected " + c + " at " + i);
      }
      i++;
    }
  }
}
