package io.github.ctokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the whole demo, as the README's command does, and checks the numbers it prints. */
class DemoTest {

  private static String output;

  @BeforeAll
  static void runDemo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsEverySection() {
    for (DemoSection section : Demo.SECTIONS) {
      assertThat(output).contains("## " + section.title());
    }
  }

  @Test
  void rosterImportReportsEveryProblemAtOnce() {
    assertThat(output)
        .contains("Roster import: 6 rows, 5 errors, 0 warnings.")
        .contains("roster[2].allocation")
        .contains("probability percentage must be within [0, 100] (was 120)")
        .contains("roster[3].teamId")
        .contains("roster[3].estimateDays")
        .contains("estimate must satisfy minimum ≤ mostLikely ≤ maximum (was 8, 5, 13)")
        .contains("roster[4].personId")
        .contains("(found '@' at index 8)")
        .contains("roster[5].allocation");
  }

  @Test
  void noPersonalDataLeaks() {
    assertThat(output).doesNotContain("Amira").doesNotContain("jane.doe").doesNotContain("Jane Doe");
  }

  @Test
  void percentileConventionsDisagreeAsDocumented() {
    // 20 sorted values: nearest rank x(17) = 12; linear h = 17.15 → 12 + 0.15·3 = 12.45; lower x(17) = 12.
    assertThat(output).contains("NEAREST_RANK  12.00 days").contains("LINEAR        12.45 days").contains("LOWER         12.00 days");
    // 1 − 0.98 · 0.95 = 0.069
    assertThat(output).contains("P(outage or breach this month) = 6.9 %, for independent risks of 0.02 and 0.05.");
  }
}
