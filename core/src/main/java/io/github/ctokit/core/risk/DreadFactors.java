package io.github.ctokit.core.risk;

import org.jspecify.annotations.Nullable;

/**
 * The five DREAD factor values: damage potential, reproducibility, exploitability, affected users
 * and discoverability, each a whole number on 0 to {@value #MAX_VALUE}.
 *
 * <p>Negative values are rejected when built; values above {@value #MAX_VALUE} are reported by
 * the register's validator. Immutable; equal when all five values are equal.
 *
 * <pre>{@code
 * DreadFactors rated = DreadFactors.of(7, 5, 9, 3, 6);   // mean 6.0
 * }</pre>
 */
public final class DreadFactors implements Assessment {

  /** The kind name of this assessment. */
  public static final String KIND = "dread";

  /** The largest factor value. */
  public static final int MAX_VALUE = 10;

  private final int damage;
  private final int reproducibility;
  private final int exploitability;
  private final int affectedUsers;
  private final int discoverability;

  private DreadFactors(int damage, int reproducibility, int exploitability, int affectedUsers, int discoverability) {
    this.damage = damage;
    this.reproducibility = reproducibility;
    this.exploitability = exploitability;
    this.affectedUsers = affectedUsers;
    this.discoverability = discoverability;
  }

  /**
   * Returns the five factor values.
   *
   * @param damage damage potential, 0 or more
   * @param reproducibility reproducibility, 0 or more
   * @param exploitability exploitability, 0 or more
   * @param affectedUsers affected users, 0 or more
   * @param discoverability discoverability, 0 or more
   * @return the factors
   * @throws IllegalArgumentException if a value is negative
   */
  public static DreadFactors of(int damage, int reproducibility, int exploitability, int affectedUsers, int discoverability) {
    return new DreadFactors(
        check("damage", damage), check("reproducibility", reproducibility), check("exploitability", exploitability),
        check("affectedUsers", affectedUsers), check("discoverability", discoverability));
  }

  private static int check(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be zero or more (was " + value + ")");
    }
    return value;
  }

  /**
   * Returns the damage potential.
   *
   * @return the value
   */
  public int damage() {
    return damage;
  }

  /**
   * Returns the reproducibility.
   *
   * @return the value
   */
  public int reproducibility() {
    return reproducibility;
  }

  /**
   * Returns the exploitability.
   *
   * @return the value
   */
  public int exploitability() {
    return exploitability;
  }

  /**
   * Returns the affected users.
   *
   * @return the value
   */
  public int affectedUsers() {
    return affectedUsers;
  }

  /**
   * Returns the discoverability.
   *
   * @return the value
   */
  public int discoverability() {
    return discoverability;
  }

  /**
   * Returns the five values in D, R, E, A, D order.
   *
   * @return a new array of five values
   */
  public int[] values() {
    return new int[] {damage, reproducibility, exploitability, affectedUsers, discoverability};
  }

  /**
   * Returns {@value #KIND}.
   *
   * @return the kind name
   */
  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof DreadFactors)) {
      return false;
    }
    DreadFactors o = (DreadFactors) obj;
    return damage == o.damage && reproducibility == o.reproducibility && exploitability == o.exploitability
        && affectedUsers == o.affectedUsers && discoverability == o.discoverability;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(values());
  }

  /** Returns {@code "DREAD 7/5/9/3/6"}. */
  @Override
  public String toString() {
    return "DREAD " + damage + "/" + reproducibility + "/" + exploitability + "/" + affectedUsers + "/" + discoverability;
  }
}
