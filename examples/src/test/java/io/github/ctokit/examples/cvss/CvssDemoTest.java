package io.github.ctokit.examples.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CvssDemoTest {

  @Test
  void printsRealScores() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new CvssDemo().run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(new CvssDemo().title()).contains("CVSS");
    assertThat(out)
        .contains("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H\n  10.0 CRITICAL   base 10.0")
        .contains("impact 6.0477…")
        .contains("AV:N/AC:L/Au:N/C:P/I:N/A:N\n  5.0 MEDIUM   base 5.0")
        .contains("CVSS-BTE")
        .contains("unrounded 8.55 (exact) vs 8.549999999999999 (double)")
        .contains("V4_0_EXACT_HALF_UP 8.6, V4_0_FIRST_2024_FLOAT 8.5")
        .contains("DUPLICATE_METRIC at segment 9");
    System.out.print(out);
  }
}
