package io.github.ctokit.examples;

import java.io.PrintStream;

/**
 * One section of the ctokit demo: an area of the library shown at work on realistic inputs.
 *
 * <p>Each area adds one implementation and lists it in {@link Demo#SECTIONS}. A section prints
 * real outputs computed by the library, never text written by hand to look like them.
 */
public interface DemoSection {

  /**
   * Returns the section's heading.
   *
   * @return a short title, such as "Risk register"
   */
  String title();

  /**
   * Computes and prints the section.
   *
   * @param out where to print
   */
  void run(PrintStream out);
}
