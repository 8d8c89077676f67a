package io.github.ctokit.core.archfixture;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Deliberate violations of the architecture rules, placed in a core package of the test sources
 * so that {@code ArchitectureRulesTest} can prove each rule fails on them. Never imported by the
 * production check, which excludes test classes.
 */
public final class PlantedViolations {

  private PlantedViolations() {}

  /** Core reaching into scoring. */
  public static Object dependsOnScoring() {
    return io.github.ctokit.scoring.PercentileConvention.LINEAR;
  }

  /** Console output. */
  public static void printsToTheConsole() {
    System.out.println("report");
  }

  /** Error output. */
  public static void printsToStandardError() {
    System.err.println("oops");
  }

  /** File I/O through java.io. */
  public static boolean readsAFile() {
    return new File("/tmp/x").exists();
  }

  /** File I/O through java.nio.file. */
  public static byte[] readsAPath() throws IOException {
    return Files.readAllBytes(Path.of("/tmp/x"));
  }

  /** Network. */
  public static String usesTheNetwork() {
    return URI.create("https://example.org").toString();
  }
}
