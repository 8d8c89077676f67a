package io.github.ctokit.scoring.risk.cvss;

/**
 * How {@link CvssVector#format(CvssFormat)} writes metrics whose value is "Not Defined".
 *
 * <p>Either way the output is canonical (version prefix, then metrics in canonical order) and
 * {@code Cvss.parse(vector.format(f))} equals {@code vector}: a vector does not remember whether
 * its text spelled out a not-defined metric.
 */
public enum CvssFormat {

  /**
   * Leave out metrics that are not defined, as FIRST's calculators do:
   * {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P}. The default.
   */
  DROP_NOT_DEFINED,

  /**
   * Write every metric of the version, with {@code X} ({@code ND} in v2.0) for those not
   * defined, as NVD's calculators do:
   * {@code CVSS:3.1/AV:N/…/A:H/E:P/RL:X/RC:X/CR:X/…/MA:X}.
   */
  KEEP_NOT_DEFINED
}
