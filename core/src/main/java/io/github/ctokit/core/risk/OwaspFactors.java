package io.github.ctokit.core.risk;

import java.util.Map;
import org.immutables.value.Value;

/**
 * The factor values of one OWASP Risk Rating: eight likelihood factors, four technical impact
 * factors and, when the business is understood, four business impact factors.
 *
 * <p>Values are whole numbers. Negative values are rejected when built; values above 9 are
 * reported by the register's validator (code {@code risk.input-out-of-scale}), and values that are
 * not among a factor's listed {@link OwaspFactor#options() options} are accepted, because the
 * methodology's own worked example uses such values; the scoring method can be made strict.
 *
 * <pre>{@code
 * OwaspFactors example = OwaspFactors.builder()     // the methodology's worked example
 *     .threatAgent(5, 2, 7, 1).vulnerability(3, 6, 9, 2)
 *     .technicalImpact(9, 7, 5, 8).businessImpact(1, 2, 1, 5)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class OwaspFactors implements Assessment {

  /** The kind name of this assessment. */
  public static final String KIND = "owasp";

  OwaspFactors() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link OwaspFactors}. The eight likelihood factors and the four technical impact
   * factors are required; the four business impact factors are all given or all omitted.
   */
  public static final class Builder extends ImmutableOwaspFactors.Builder {
    Builder() {}

    /**
     * Sets the four threat agent factors.
     *
     * @param skillLevel skill level, 0 to 9
     * @param motive motive, 0 to 9
     * @param opportunity opportunity, 0 to 9
     * @param size size of the group, 0 to 9
     * @return this builder
     */
    public Builder threatAgent(int skillLevel, int motive, int opportunity, int size) {
      putValue(OwaspFactor.SKILL_LEVEL, skillLevel);
      putValue(OwaspFactor.MOTIVE, motive);
      putValue(OwaspFactor.OPPORTUNITY, opportunity);
      putValue(OwaspFactor.SIZE, size);
      return this;
    }

    /**
     * Sets the four vulnerability factors.
     *
     * @param easeOfDiscovery ease of discovery, 0 to 9
     * @param easeOfExploit ease of exploit, 0 to 9
     * @param awareness awareness, 0 to 9
     * @param intrusionDetection intrusion detection, 0 to 9
     * @return this builder
     */
    public Builder vulnerability(int easeOfDiscovery, int easeOfExploit, int awareness, int intrusionDetection) {
      putValue(OwaspFactor.EASE_OF_DISCOVERY, easeOfDiscovery);
      putValue(OwaspFactor.EASE_OF_EXPLOIT, easeOfExploit);
      putValue(OwaspFactor.AWARENESS, awareness);
      putValue(OwaspFactor.INTRUSION_DETECTION, intrusionDetection);
      return this;
    }

    /**
     * Sets the four technical impact factors.
     *
     * @param confidentiality loss of confidentiality, 0 to 9
     * @param integrity loss of integrity, 0 to 9
     * @param availability loss of availability, 0 to 9
     * @param accountability loss of accountability, 0 to 9
     * @return this builder
     */
    public Builder technicalImpact(int confidentiality, int integrity, int availability, int accountability) {
      putValue(OwaspFactor.LOSS_OF_CONFIDENTIALITY, confidentiality);
      putValue(OwaspFactor.LOSS_OF_INTEGRITY, integrity);
      putValue(OwaspFactor.LOSS_OF_AVAILABILITY, availability);
      putValue(OwaspFactor.LOSS_OF_ACCOUNTABILITY, accountability);
      return this;
    }

    /**
     * Sets the four business impact factors.
     *
     * @param financial financial damage, 0 to 9
     * @param reputation reputation damage, 0 to 9
     * @param nonCompliance non-compliance, 0 to 9
     * @param privacy privacy violation, 0 to 9
     * @return this builder
     */
    public Builder businessImpact(int financial, int reputation, int nonCompliance, int privacy) {
      putValue(OwaspFactor.FINANCIAL_DAMAGE, financial);
      putValue(OwaspFactor.REPUTATION_DAMAGE, reputation);
      putValue(OwaspFactor.NON_COMPLIANCE, nonCompliance);
      putValue(OwaspFactor.PRIVACY_VIOLATION, privacy);
      return this;
    }
  }

  /**
   * Returns every factor value given.
   *
   * @return an unmodifiable map, in {@link OwaspFactor} order
   */
  public abstract Map<OwaspFactor, Integer> values();

  /**
   * Returns one factor's value.
   *
   * @param factor the factor
   * @return its value
   * @throws IllegalArgumentException if the factor was not given (a business factor when
   *     {@link #hasBusinessImpact()} is false)
   */
  public final int value(OwaspFactor factor) {
    Integer v = values().get(factor);
    if (v == null) {
      throw new IllegalArgumentException("factor " + factor + " was not rated");
    }
    return v;
  }

  /**
   * Tells whether the business impact factors were rated.
   *
   * @return true if all four business factors are present
   */
  public final boolean hasBusinessImpact() {
    return values().containsKey(OwaspFactor.FINANCIAL_DAMAGE);
  }

  /**
   * Returns {@value #KIND}.
   *
   * @return the kind name
   */
  @Override
  public final String kind() {
    return KIND;
  }

  @Value.Check
  final void check() {
    int business = 0;
    for (OwaspFactor f : OwaspFactor.values()) {
      Integer v = values().get(f);
      if (v == null) {
        if (f.group() != OwaspFactor.Group.BUSINESS_IMPACT) {
          throw new IllegalArgumentException("factor " + f + " must be rated (was missing)");
        }
        continue;
      }
      if (v < OwaspFactor.MIN_VALUE) {
        throw new IllegalArgumentException("factor " + f + " must be zero or more (was " + v + ")");
      }
      if (f.group() == OwaspFactor.Group.BUSINESS_IMPACT) {
        business++;
      }
    }
    if (business != 0 && business != 4) {
      throw new IllegalArgumentException(
          "business impact factors must be all four or none (had " + business + ")");
    }
  }
}
