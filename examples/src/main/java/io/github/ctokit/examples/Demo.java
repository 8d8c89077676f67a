package io.github.ctokit.examples;

import io.github.ctokit.examples.continuity.ContinuityDemo;
import io.github.ctokit.examples.cvss.CvssDemo;
import io.github.ctokit.examples.fair.FairDemo;
import io.github.ctokit.examples.forecast.ForecastDemo;
import io.github.ctokit.examples.foundation.FoundationDemo;
import io.github.ctokit.examples.okr.OkrDemo;
import io.github.ctokit.examples.people.CapacityDemo;
import io.github.ctokit.examples.risk.RiskRegisterDemo;
import java.io.PrintStream;
import java.util.List;

/**
 * The ctokit demo: every area of the library at work on realistic inputs, printed as a short
 * report. Run it from a fresh clone with {@code ./mvnw -q -pl examples -am compile exec:java} (see README.md).
 */
public final class Demo {

  /** The sections, in the order they print. Each area adds its own. */
  static final List<DemoSection> SECTIONS = List.of(
      new FoundationDemo(),
      new RiskRegisterDemo(),
      new CvssDemo(),
      new FairDemo(),
      new OkrDemo(),
      new CapacityDemo(),
      new ForecastDemo(),
      new ContinuityDemo());

  private Demo() {}

  /**
   * Prints every section to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints every section.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    out.println("ctokit demo — the technology office, computed");
    out.println("=".repeat(72));
    for (DemoSection section : SECTIONS) {
      out.println();
      out.println("## " + section.title());
      out.println();
      section.run(out);
    }
  }
}
