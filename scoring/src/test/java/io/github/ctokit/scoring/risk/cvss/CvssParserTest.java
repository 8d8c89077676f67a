package io.github.ctokit.scoring.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctokit.scoring.risk.cvss.CvssParseException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CvssParserTest {

  private static final String V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
  private static final String V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

  private static CvssParseException fail(String text) {
    try {
      Cvss.parse(text);
    } catch (CvssParseException e) {
      return e;
    }
    throw new AssertionError("parsed: " + text);
  }

  // REFERENCES 2.6 and 2.7 "Reject" list; invalid samples of the v4.0 specification, section 7.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | MALFORMED_PREFIX | 0",
    "' CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' | MALFORMED_PREFIX | 0",
    "CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | UNSUPPORTED_VERSION | 0",
    "CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P | UNSUPPORTED_VERSION | 0",
    "CVSS:3.1 | MALFORMED_PREFIX | 0",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/ | EMPTY_SEGMENT | 9",
    "CVSS:3.1//AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | EMPTY_SEGMENT | 1",
    "/AV:N/AC:L/Au:N/C:P/I:P/A:P | EMPTY_SEGMENT | 0",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L | DUPLICATE_METRIC | 9",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/E:A/E:X | DUPLICATE_METRIC | 13",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AT:N | UNKNOWN_METRIC | 9",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/ui:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N | UNKNOWN_METRIC | 5",
    "AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N | UNKNOWN_METRIC | 2",
    "CVSS:4.0/AV:F/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N | INVALID_VALUE | 1",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSC:S | INVALID_VALUE | 12",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/U:A | INVALID_VALUE | 12",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/U:red | INVALID_VALUE | 12",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:F | INVALID_VALUE | 12",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:X | INVALID_VALUE | 8",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:h | INVALID_VALUE | 8",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H /E:P | INVALID_VALUE | 8",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A | MALFORMED_SEGMENT | 8",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A: | MALFORMED_SEGMENT | 8",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H:H | MALFORMED_SEGMENT | 8",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/:H | MALFORMED_SEGMENT | 8",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/SC:N/SI:N/SA:N | MISSING_BASE_METRIC | -1",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H | MISSING_BASE_METRIC | -1",
    "AV:N/AC:L/Au:N/C:P/I:P | MISSING_BASE_METRIC | -1",
    "CVSS:4.0/AC:L/AV:N/PR:H/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N/CR:L/IR:X/AR:L/RE:H/MAV:A/MAC:H/MAT:N/MPR:N/MUI:P/AT:N/MVC:X/MVI:N/MVA:H/MSC:N/MSI:L/MSA:S/E:U/S:N/AU:N/R:I/V:C/U:Green | OUT_OF_ORDER | 2",
    "AC:L/AV:N/Au:N/C:P/I:P/A:P | OUT_OF_ORDER | 1",
    "AV:N/AC:L/Au:N/C:P/I:P/A:P/RL:OF/E:F | OUT_OF_ORDER | 7",
    // The canonical fast path (one int read of NAME:) must hand these to the general path.
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/AR:H | MISSING_BASE_METRIC | -1",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:HH | INVALID_VALUE | 8",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P:/RL:O | MALFORMED_SEGMENT | 9",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A/CR:X/IR:X/AR:X/MAV:X/E:U | DUPLICATE_METRIC | 17",
  })
  void rejectsWithKindAndSegment(String text, Kind kind, int segment) {
    CvssParseException e = fail(text);
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
    assertThat(e.segmentIndex()).as(e.getMessage()).isEqualTo(segment);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyAndTooLongAndNull() {
    assertThat(fail("").kind()).isEqualTo(Kind.EMPTY);
    assertThat(fail(V31 + "/E:P".repeat(200)).kind()).isEqualTo(Kind.TOO_LONG);
    assertThatThrownBy(() -> Cvss.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void messagesSayWhatAndWhereAndGiveAdvice() {
    CvssParseException dup = fail(V31 + "/AV:L");
    assertThat(dup.token()).isEqualTo("AV:L");
    assertThat(dup.position()).isEqualTo(V31.length() + 1);
    assertThat(dup.getMessage()).contains("must not repeat metric AV").contains("segment 9").contains("first given in segment 1");

    assertThat(fail(V31 + "/AT:N").getMessage()).contains("CVSS 3.1 has no metric \"AT\"").contains("Maybe this is a CVSS 4.0 vector");
    assertThat(fail(V40 + "/U:A").getMessage()).contains("must be one of X, Clear, Green, Amber, Red").contains("Maybe U:Amber");
    assertThat(fail("cvss:3.1/AV:N").getMessage()).contains("Maybe CVSS:3.1/");
    assertThat(fail("CVSS:3.2/AV:N").getMessage()).contains("CVSS version 3.2 is not supported");
    assertThat(fail("CVSS:2.0/AV:N").getMessage()).contains("Maybe drop the prefix");
    assertThat(fail("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").getMessage()).contains("Maybe this is a CVSS 3.0 vector");
    assertThat(fail("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H").getMessage()).contains("missing: I (Integrity), A (Availability)");
  }

  @Test
  void orderPolicies() {
    String shuffled = "CVSS:3.1/A:H/AC:L/PR:N/UI:N/S:U/C:H/I:H/AV:N";
    assertThat(Cvss.parse(shuffled)).isEqualTo(Cvss.parse(V31));
    assertThatThrownBy(() -> Cvss.parser().withOrder(CvssVersion.V3_1, CvssOrder.CANONICAL).parse(shuffled))
        .isInstanceOfSatisfying(CvssParseException.class, e -> assertThat(e.kind()).isEqualTo(Kind.OUT_OF_ORDER));
    String v4Shuffled = "CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    assertThat(Cvss.parser().withOrder(CvssVersion.V4_0, CvssOrder.ANY).parse(v4Shuffled)).isEqualTo(Cvss.parse(V40));
    assertThat(Cvss.parser().order(CvssVersion.V2_0)).isEqualTo(CvssOrder.CANONICAL);
    assertThat(Cvss.parser().order(CvssVersion.V3_0)).isEqualTo(CvssOrder.ANY);
    assertThat(Cvss.parser().order(CvssVersion.V4_0)).isEqualTo(CvssOrder.CANONICAL);
  }

  @Test
  void notDefinedValuesAreAcceptedAndFormattingIsCanonical() {
    CvssVector v = Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:X/RL:O/CR:X");
    assertThat(v).isEqualTo(Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/RL:O"));
    assertThat(v.toString()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/RL:O");
    assertThat(v.format(CvssFormat.KEEP_NOT_DEFINED)).isEqualTo(
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:X/RL:O/RC:X/CR:X/IR:X/AR:X/MAV:X/MAC:X/MPR:X/MUI:X/MS:X/MC:X/MI:X/MA:X");
    CvssVector v2 = Cvss.parse("AV:N/AC:L/Au:N/C:P/I:P/A:P/E:ND/CDP:LM");
    assertThat(v2.toString()).isEqualTo("AV:N/AC:L/Au:N/C:P/I:P/A:P/CDP:LM");
    assertThat(Cvss.parse(v2.format(CvssFormat.KEEP_NOT_DEFINED))).isEqualTo(v2);
    assertThat(v.isDefined(CvssV3Metric.E)).isFalse();
    assertThat(v.isDefined(CvssMetricGroup.TEMPORAL)).isTrue();
    assertThat(v.get(CvssV3Metric.RL)).isEqualTo("O");
    assertThat(v.definedValues()).hasSize(9);
  }

  @Test
  void builderAndCopies() {
    CvssVector log4shell = CvssVector.builder(CvssVersion.V3_1)
        .set(CvssV3Metric.AV, "N").set(CvssV3Metric.AC, "L").set(CvssV3Metric.PR, "N").set(CvssV3Metric.UI, "N")
        .set(CvssV3Metric.S, "C").set(CvssV3Metric.C, "H").set(CvssV3Metric.I, "H").set(CvssV3Metric.A, "H")
        .build();
    assertThat(log4shell.toString()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");
    assertThat(log4shell.scores().base()).isEqualByComparingTo("10.0");
    assertThat(log4shell.with(CvssV3Metric.E, "P").toString()).endsWith("/E:P");
    assertThat(log4shell.with(CvssV3Metric.E, "P").toBuilder().clear(CvssV3Metric.E).build()).isEqualTo(log4shell);
    assertThat(log4shell.withVersion(CvssVersion.V3_0).toString()).startsWith("CVSS:3.0/");
    assertThatThrownBy(() -> CvssVector.builder(CvssVersion.V3_1).set(CvssV3Metric.AV, "N").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base metric AC");
    assertThatThrownBy(() -> log4shell.with(CvssV4Metric.AT, "N"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a metric of CVSS 3.1");
    assertThatThrownBy(() -> log4shell.with(CvssV3Metric.AV, "Q"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AV must be one of [N, A, L, P]");
    assertThatThrownBy(() -> log4shell.withVersion(CvssVersion.V4_0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CvssVector.builder(CvssVersion.V4_0).clear(CvssV4Metric.AV))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void metricEnumsDescribeTheirVersions() {
    assertThat(CvssV4Metric.MSI.allowedValues()).containsExactly("X", "N", "L", "H", "S");
    assertThat(CvssV4Metric.MSC.allowedValues()).doesNotContain("S");
    assertThat(CvssV2Metric.AU.abbreviation()).isEqualTo("Au");
    assertThat(CvssV2Metric.E.notDefinedValue()).contains("ND");
    assertThat(CvssV3Metric.AV.notDefinedValue()).isEmpty();
    assertThat(CvssV4Metric.of("U")).contains(CvssV4Metric.U);
    assertThat(CvssV4Metric.of("u")).isEmpty();
    assertThat(CvssMacroVector.parse("000200").eq4()).isEqualTo(2);
    assertThatThrownBy(() -> CvssMacroVector.parse("002000")).isInstanceOf(IllegalArgumentException.class);
  }
}
