package io.github.ctokit.scoring.risk.cvss;

/**
 * Which metric orders the parser accepts, a policy set per version with
 * {@link CvssParser#withOrder(CvssVersion, CvssOrder)}.
 *
 * <p>Defaults follow the specifications: v2.0 lists its metrics "in a predetermined order" (v2.0
 * guide, section 2.4), so {@link #CANONICAL}; the v3.1 specification (section 6) says "programs
 * reading CVSS v3.1 vector strings must accept metrics in any order", so {@link #ANY} for v3.0 and
 * v3.1; the v4.0 specification (section 7) says "a vector string must contain metrics in the
 * order shown in Table 23, every other ordering is invalid", so {@link #CANONICAL}.
 */
public enum CvssOrder {

  /**
   * Metrics must appear in the canonical order of their version; optional metrics may be left
   * out, but those present keep their relative order.
   */
  CANONICAL,

  /** Metrics may appear in any order. Duplicates, unknown metrics and missing base metrics are still errors. */
  ANY
}
