package io.github.ctokit.examples.cvss;

import io.github.ctokit.examples.DemoSection;
import io.github.ctokit.scoring.risk.cvss.Cvss;
import io.github.ctokit.scoring.risk.cvss.CvssParseException;
import io.github.ctokit.scoring.risk.cvss.CvssRounding;
import io.github.ctokit.scoring.risk.cvss.CvssScores;
import io.github.ctokit.scoring.risk.cvss.CvssSubScore;
import io.github.ctokit.scoring.risk.cvss.CvssVersion;
import io.github.ctokit.scoring.risk.cvss.CvssVector;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Map;

/**
 * CVSS at work: real vectors of each version scored with sub-scores, severity and (v4.0)
 * nomenclature, the two v4.0 rounding profiles side by side, and one strict-parse error.
 */
public final class CvssDemo implements DemoSection {

  /** Creates the section. */
  public CvssDemo() {}

  @Override
  public String title() {
    return "CVSS: strict parsing and exact scores";
  }

  @Override
  public void run(PrintStream out) {
    // NVD's vectors for Log4Shell (CVE-2021-44228, v3.1) and Heartbleed (CVE-2014-0160, v2.0).
    show(out, "Log4Shell, CVE-2021-44228", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");
    show(out, "Log4Shell with an official fix, in a low-confidentiality environment",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:H/RL:O/RC:C/CR:L/MAV:A");
    show(out, "Heartbleed, CVE-2014-0160 (v2.0)", "AV:N/AC:L/Au:N/C:P/I:N/A:N");
    // The CVSS-BTE sample vector of the FIRST v4.0 specification, section 7.
    show(out, "FIRST v4.0 specification sample (CVSS-BTE with supplemental metrics)",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N/E:U/CR:L/IR:X/AR:L/MAV:A/MAC:H/MAT:N/MPR:N"
            + "/MUI:P/MVC:X/MVI:N/MVA:H/MSC:N/MSI:L/MSA:S/S:N/AU:N/R:I/V:C/RE:H/U:Green");

    // A vector whose exact score is a tie: FIRST's 2024 calculator rounds its double down.
    CvssVector tie = Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H");
    CvssScores exact = tie.scores();
    CvssScores first = Cvss.scorer().withRounding(CvssRounding.FIRST_2024_FLOAT).score(tie);
    out.println("v4.0 rounding profiles for " + tie);
    out.println("  unrounded " + exact.explain().step("Unrounded score").orElseThrow().value().toPlainString()
        + " (exact) vs " + first.explain().step("Unrounded score").orElseThrow().value().toPlainString() + " (double)");
    out.println("  " + exact.profile() + " " + exact.overall().toPlainString() + ", " + first.profile() + " "
        + first.overall().toPlainString());

    String bad = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L";
    try {
      Cvss.parse(bad);
      out.println("unexpectedly parsed " + bad);
    } catch (CvssParseException e) {
      out.println("Strict parsing of " + bad);
      out.println("  " + e.kind() + " at segment " + e.segmentIndex() + ": " + e.getMessage().replace("\n", "\n  "));
    }
  }

  private static void show(PrintStream out, String label, String vector) {
    CvssScores s = Cvss.score(vector);
    out.println(label);
    out.println("  " + s.vector());
    StringBuilder line = new StringBuilder("  ");
    s.nomenclature().ifPresent(n -> line.append(n.label()).append(' '));
    line.append(s.overall().toPlainString()).append(' ').append(s.severity())
        .append("   base ").append(s.base().toPlainString())
        // v4.0 calls the middle score "threat" (CVSS-BT); v2 and v3.x call it "temporal".
        .append(s.version() == CvssVersion.V4_0 ? ", threat " : ", temporal ").append(s.temporal().toPlainString())
        .append(", environmental ").append(s.environmental().toPlainString())
        .append("   [").append(s.profile()).append(']');
    out.println(line);
    StringBuilder sub = new StringBuilder("  ");
    s.macroVector().ifPresent(m -> sub.append("macro vector ").append(m).append(", "));
    for (Map.Entry<CvssSubScore, BigDecimal> e : s.subScores().entrySet()) {
      BigDecimal v = e.getValue();
      sub.append(e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(' ')
          .append(v.scale() > 4 ? v.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString() + "…" : v.toPlainString())
          .append(", ");
    }
    out.println(sub.substring(0, sub.length() - 2));
  }
}
