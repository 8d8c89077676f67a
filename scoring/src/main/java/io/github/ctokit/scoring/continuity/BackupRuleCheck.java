package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.ServiceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One backup policy checked against the 3-2-1-1-0 rule, clause by clause:
 * at least 3 copies, on at least 2 distinct media, at least 1 off-site, at least 1 immutable or
 * offline (air-gapped), and 0 errors: every copy restore-verified within the verification
 * window, with no errors. Immutable.
 */
public final class BackupRuleCheck {

  private final ServiceId service;
  private final int policyIndex;
  private final int copies;
  private final int distinctMedia;
  private final boolean offSite;
  private final boolean immutableOrOffline;
  private final boolean verifiedWithoutErrors;

  BackupRuleCheck(ServiceId service, int policyIndex, int copies, int distinctMedia, boolean offSite,
      boolean immutableOrOffline, boolean verifiedWithoutErrors) {
    this.service = service;
    this.policyIndex = policyIndex;
    this.copies = copies;
    this.distinctMedia = distinctMedia;
    this.offSite = offSite;
    this.immutableOrOffline = immutableOrOffline;
    this.verifiedWithoutErrors = verifiedWithoutErrors;
  }

  /**
   * Returns the service whose policy this is.
   *
   * @return the service id
   */
  public ServiceId service() {
    return service;
  }

  /**
   * Returns the policy's position in {@code Service.backups()}.
   *
   * @return a 0-based index
   */
  public int policyIndex() {
    return policyIndex;
  }

  /**
   * Returns the number of copies.
   *
   * @return zero or more
   */
  public int copies() {
    return copies;
  }

  /**
   * Returns the number of distinct media among the copies.
   *
   * @return zero or more
   */
  public int distinctMedia() {
    return distinctMedia;
  }

  /**
   * Clause "3": at least three copies.
   *
   * @return true if {@code copies() ≥ 3}
   */
  public boolean threeCopies() {
    return copies >= 3;
  }

  /**
   * Clause "2": at least two distinct media.
   *
   * @return true if {@code distinctMedia() ≥ 2}
   */
  public boolean twoMedia() {
    return distinctMedia >= 2;
  }

  /**
   * Clause "1": at least one copy off-site.
   *
   * @return true if a copy is off-site
   */
  public boolean oneOffSite() {
    return offSite;
  }

  /**
   * Clause "1": at least one copy immutable or offline.
   *
   * @return true if a copy is immutable or air-gapped
   */
  public boolean oneImmutableOrOffline() {
    return immutableOrOffline;
  }

  /**
   * Clause "0": every copy restore-verified within the window, with zero errors (and at least one copy).
   *
   * @return true if the clause holds
   */
  public boolean zeroErrors() {
    return verifiedWithoutErrors;
  }

  /**
   * Tells whether all five clauses hold.
   *
   * @return true if the policy meets 3-2-1-1-0
   */
  public boolean passed() {
    return threeCopies() && twoMedia() && offSite && immutableOrOffline && verifiedWithoutErrors;
  }

  /**
   * Returns the clauses that fail, by name: {@code "3 copies"}, {@code "2 media"},
   * {@code "1 off-site"}, {@code "1 immutable or offline"}, {@code "0 errors"}.
   *
   * @return the failing clauses in rule order; empty if the policy passes
   */
  public List<String> failedClauses() {
    List<String> failed = new ArrayList<>(5);
    if (!threeCopies()) {
      failed.add("3 copies");
    }
    if (!twoMedia()) {
      failed.add("2 media");
    }
    if (!offSite) {
      failed.add("1 off-site");
    }
    if (!immutableOrOffline) {
      failed.add("1 immutable or offline");
    }
    if (!verifiedWithoutErrors) {
      failed.add("0 errors");
    }
    return Collections.unmodifiableList(failed);
  }

  /** Returns {@code "orders-db backups[0]: 3-2-1-1-0 fails 1 off-site, 0 errors"}. */
  @Override
  public String toString() {
    return service + " backups[" + policyIndex + "]: 3-2-1-1-0 "
        + (passed() ? "passes" : "fails " + String.join(", ", failedClauses()));
  }
}
