package io.github.ctokit.examples.foundation;

import io.github.ctokit.core.Estimate;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import io.github.ctokit.core.validation.Violation;
import io.github.ctokit.examples.DemoSection;
import io.github.ctokit.scoring.PercentileConvention;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The shared vocabulary and the validation model at work: a vendor imports a team roster from an
 * HR system and sees every problem in one pass; a cycle-time sample read under three percentile
 * conventions shows why ctokit names the convention of every percentile it reports.
 */
public final class FoundationDemo implements DemoSection {

  /**
   * One row of a roster export, as strings, the way an HR or ERP system hands it over. The name is
   * personal data: it is never put in a message.
   */
  record RosterRow(String personId, String name, String teamId, String allocation, double[] estimateDays) {}

  static final List<RosterRow> ROSTER = List.of(
      new RosterRow("P-1001", "Amira Haddad", "team:payments", "100%", new double[] {3, 5, 9}),
      new RosterRow("P-1002", "Jonas Berg", "team:payments", "0.5", new double[] {2, 3, 4}),
      new RosterRow("P-1003", "Li Wei", "team:platform", "120%", new double[] {5, 8, 13}),
      new RosterRow("P-1004", "Sofia Marques", "team platform", "80%", new double[] {8, 5, 13}),
      new RosterRow("jane.doe@corp.example", "Jane Doe", "team:data", "60%", new double[] {1, 2, 3}),
      new RosterRow("P-1006", "Tomás Ruiz", "team:data", "sixty", new double[] {4, 4, 4}));

  /** Validates one row; every rule that fails is reported, nothing is thrown. */
  static final Validator<RosterRow> ROW_RULES = row -> {
    ValidationResult.Builder found = ValidationResult.builder();
    check(found, ModelPath.of("personId"), "people.invalid-id", () -> PersonId.of(row.personId()));
    check(found, ModelPath.of("teamId"), "people.invalid-id", () -> TeamId.of(row.teamId()));
    check(found, ModelPath.of("allocation"), "people.invalid-allocation", () -> Probability.parse(row.allocation()));
    check(found, ModelPath.of("estimateDays"), "people.invalid-estimate",
        () -> Estimate.threePoint(row.estimateDays()[0], row.estimateDays()[1], row.estimateDays()[2]));
    return found.build();
  };

  private static void check(ValidationResult.Builder found, ModelPath path, String code, Runnable parse) {
    try {
      parse.run();
    } catch (IllegalArgumentException e) {
      found.error(path, code, e.getMessage().lines().findFirst().orElse(code));
    }
  }

  /** Cycle times of the last 20 items a team finished, in days. */
  static final double[] CYCLE_TIME_DAYS = {1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 8, 9, 11, 12, 15, 21, 34};

  @Override
  public String title() {
    return "Foundation: validated values, every problem at once";
  }

  @Override
  public void run(PrintStream out) {
    ValidationResult result = Validator.forEach("roster", ROW_RULES).validate(ROSTER);
    out.printf(Locale.ROOT, "Roster import: %d rows, %s.%n", ROSTER.size(), result.summary());
    for (Violation v : result.violations()) {
      out.printf(Locale.ROOT, "  %-22s %-27s %s%n", v.path(), v.code(), v.message());
    }
    out.println("  (names are personal data: they appear in no message)");

    LevelScale nist = LevelScale.fiveLevel();
    out.println();
    out.printf(Locale.ROOT, "Scale '%s': %s; 'High' is rank %d of %d, %.2f on a 0-1 axis.%n",
        nist.name(), nist.labels(), nist.level("High").rank(), nist.size(), nist.level("High").normalised());

    Probability outage = Probability.parse("2%");
    Probability breach = Probability.of(0.05);
    out.printf(Locale.ROOT, "P(outage or breach this month) = %.1f %%, for independent risks of %s and %s.%n",
        outage.or(breach).percent(), outage, breach);

    double[] sorted = CYCLE_TIME_DAYS.clone();
    Arrays.sort(sorted);
    out.println();
    out.println("85th percentile of 20 cycle times, by convention:");
    for (PercentileConvention convention : PercentileConvention.values()) {
      out.printf(Locale.ROOT, "  %-13s %5.2f days%n", convention, convention.of(sorted, 0.85));
    }
  }
}
