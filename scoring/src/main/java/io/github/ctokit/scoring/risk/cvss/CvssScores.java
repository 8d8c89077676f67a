package io.github.ctokit.scoring.risk.cvss;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The scores of one {@link CvssVector} under one {@link CvssProfile}.
 *
 * <p>Immutable and thread-safe. Every score is a {@link BigDecimal} with scale 1 within
 * [0.0, 10.0]. What the scores mean per version:
 *
 * <table>
 *   <caption>Scores by version</caption>
 *   <tr><th>method</th><th>v2.0, v3.x</th><th>v4.0</th></tr>
 *   <tr><td>{@link #base()}</td><td>base score</td><td>CVSS-B: base metrics only, threat and
 *       environmental metrics taken as not defined</td></tr>
 *   <tr><td>{@link #temporal()}</td><td>temporal score</td><td>CVSS-BT: base and threat metrics
 *       (also {@link #threat()})</td></tr>
 *   <tr><td>{@link #environmental()}</td><td>environmental score (which includes the temporal
 *       metrics)</td><td>the score of the whole vector: base, threat and environmental metrics</td></tr>
 *   <tr><td>{@link #overall()}</td><td>the environmental score if an environmental metric is
 *       defined, else the temporal score if a temporal metric is defined, else the base score</td>
 *       <td>the score of the whole vector, labelled by {@link #nomenclature()}</td></tr>
 * </table>
 *
 * <p>Sub-scores ({@link #subScores()}), the explanation ({@link #explain()}) and, for v4.0
 * vectors with threat or environmental metrics, the CVSS-B and CVSS-BT scores are computed on
 * first request and then kept; the results are the same whenever they are computed.
 */
public final class CvssScores {

  private final CvssVector vector;
  private final CvssProfile profile;
  /** In tenths; -1 until computed (v4.0 computes CVSS-B and CVSS-BT on first request). */
  private int base;
  private int temporal;
  private final int environmental;
  private final int overall;
  private final @Nullable CvssNomenclature nomenclature;
  /** v4.0 macro-vector index into the lookup table, -1 for other versions. */
  private final int macroIndex;
  private volatile @Nullable Detail detail;

  CvssScores(
      CvssVector vector,
      CvssProfile profile,
      int base,
      int temporal,
      int environmental,
      int overall,
      @Nullable CvssNomenclature nomenclature,
      int macroIndex) {
    this.vector = vector;
    this.profile = profile;
    this.base = base;
    this.temporal = temporal;
    this.environmental = environmental;
    this.overall = overall;
    this.nomenclature = nomenclature;
    this.macroIndex = macroIndex;
  }

  /**
   * Returns the vector that was scored.
   *
   * @return the vector
   */
  public CvssVector vector() {
    return vector;
  }

  /**
   * Returns the vector's version.
   *
   * @return the version
   */
  public CvssVersion version() {
    return vector.version();
  }

  /**
   * Returns the arithmetic and rounding the scores were computed under.
   *
   * @return the profile
   */
  public CvssProfile profile() {
    return profile;
  }

  /**
   * Returns the base score (v4.0: CVSS-B).
   *
   * @return a score within [0.0, 10.0], scale 1
   */
  public BigDecimal base() {
    return Tenths.of(baseTenths());
  }

  private int baseTenths() {
    int b = base;
    if (b < 0) {
      b = CvssScorer.v4Part(vector, profile, false);
      base = b;
    }
    return b;
  }

  private int temporalTenths() {
    int t = temporal;
    if (t < 0) {
      t = CvssScorer.v4Part(vector, profile, true);
      temporal = t;
    }
    return t;
  }

  /**
   * Returns the temporal score (v2.0, v3.x), or the CVSS-BT score of base and threat metrics (v4.0).
   * Equals {@link #base()} in v3.x and v4.0 when no temporal or threat metric is defined; in v2.0
   * as well.
   *
   * @return a score within [0.0, 10.0], scale 1
   */
  public BigDecimal temporal() {
    return Tenths.of(temporalTenths());
  }

  /**
   * Returns the same number as {@link #temporal()}, under its v4.0 name: the CVSS-BT score.
   *
   * @return a score within [0.0, 10.0], scale 1
   */
  public BigDecimal threat() {
    return Tenths.of(temporalTenths());
  }

  /**
   * Returns the environmental score (v2.0, v3.x), or the score of the whole vector (v4.0).
   *
   * @return a score within [0.0, 10.0], scale 1
   */
  public BigDecimal environmental() {
    return Tenths.of(environmental);
  }

  /**
   * Returns the most specific score the vector supports (see the class documentation).
   *
   * @return a score within [0.0, 10.0], scale 1
   */
  public BigDecimal overall() {
    return Tenths.of(overall);
  }

  /**
   * Returns the severity rating of {@link #overall()}.
   *
   * @return the rating; v2.0 uses NVD's three bands, see {@link CvssSeverity}
   */
  public CvssSeverity severity() {
    return CvssSeverity.ofTenths(version(), overall);
  }

  /**
   * Returns the severity rating of {@link #base()}.
   *
   * @return the rating
   */
  public CvssSeverity baseSeverity() {
    return CvssSeverity.ofTenths(version(), baseTenths());
  }

  /**
   * Returns the severity rating of {@link #temporal()}.
   *
   * @return the rating
   */
  public CvssSeverity temporalSeverity() {
    return CvssSeverity.ofTenths(version(), temporalTenths());
  }

  /**
   * Returns the severity rating of {@link #environmental()}.
   *
   * @return the rating
   */
  public CvssSeverity environmentalSeverity() {
    return CvssSeverity.ofTenths(version(), environmental);
  }

  /**
   * Returns the v4.0 nomenclature of {@link #overall()}: which metric groups it used.
   *
   * @return CVSS-B, CVSS-BT, CVSS-BE or CVSS-BTE for v4.0; empty for other versions, whose
   *     specifications define no nomenclature
   */
  public Optional<CvssNomenclature> nomenclature() {
    return Optional.ofNullable(nomenclature);
  }

  /**
   * Returns the v4.0 macro vector of the whole vector (the one {@link #overall()} was computed from).
   *
   * @return the macro vector for v4.0; empty for other versions
   */
  public Optional<CvssMacroVector> macroVector() {
    if (macroIndex < 0) {
      return Optional.empty();
    }
    int i = macroIndex;
    int eq6 = i % 2;
    i /= 2;
    int eq5 = i % 3;
    i /= 3;
    int eq4 = i % 3;
    i /= 3;
    int eq3 = i % 3;
    i /= 3;
    int eq2 = i % 2;
    return Optional.of(CvssMacroVector.of(i / 2, eq2, eq3, eq4, eq5, eq6));
  }

  /**
   * Returns the intermediate numbers of the computation, such as the v3.x impact and
   * exploitability sub-scores.
   *
   * @return an unmodifiable map in {@link CvssSubScore} order, with the entries the version defines
   */
  public Map<CvssSubScore, BigDecimal> subScores() {
    return detail().subScores();
  }

  /**
   * Returns one intermediate number.
   *
   * @param subScore which number
   * @return the value, or empty if the version does not define it
   * @throws NullPointerException if {@code subScore} is null
   */
  public Optional<BigDecimal> subScore(CvssSubScore subScore) {
    Objects.requireNonNull(subScore, "subScore");
    return Optional.ofNullable(detail().subScores().get(subScore));
  }

  /**
   * Returns how the scores were computed, as data.
   *
   * @return the explanation
   */
  public CvssExplanation explain() {
    return detail().explanation();
  }

  private Detail detail() {
    Detail d = detail;
    if (d == null) {
      d = CvssScorer.detail(vector, profile, baseTenths(), temporalTenths(), environmental);
      detail = d;
    }
    return d;
  }

  /** Equal when the vectors and profiles are equal (the scores then are equal too). */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof CvssScores)) {
      return false;
    }
    CvssScores o = (CvssScores) obj;
    return vector.equals(o.vector) && profile == o.profile;
  }

  @Override
  public int hashCode() {
    return vector.hashCode() * 31 + profile.hashCode();
  }

  /** Returns one line such as {@code CVSS:3.1/AV:N/… base 9.8 temporal 9.8 environmental 9.8 (CRITICAL)}. */
  @Override
  public String toString() {
    String head = nomenclature == null ? "" : nomenclature.label() + " ";
    return vector + " " + head + "base " + base().toPlainString() + " temporal " + temporal().toPlainString()
        + " environmental " + environmental().toPlainString() + " (" + severity() + ")";
  }
}
