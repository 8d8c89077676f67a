package io.github.ctokit.core.continuity;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One zone or one region that fails as a unit: the blast radius of a {@link DisruptionType#ZONE}
 * or {@link DisruptionType#REGION} disruption. A service is inside a zone's blast radius when its
 * {@link Placement#zone()} carries the same label, inside a region's when its
 * {@link Placement#region()} does; labels are compared exactly (zone labels are taken to be unique
 * across regions, as cloud zone names such as {@code "eu-west-1a"} are). Immutable.
 *
 * <pre>{@code
 * FailureDomain az = FailureDomain.zone("eu-west-1a");
 * az.covers(service.placement());   // Optional[true], Optional[false], or empty if the placement has no zone
 * }</pre>
 */
public final class FailureDomain implements Comparable<FailureDomain> {

  private final DisruptionType type;
  private final String name;

  private FailureDomain(DisruptionType type, String name) {
    this.type = type;
    this.name = name;
  }

  /**
   * Returns the failure domain of one zone.
   *
   * @param zone the zone label: non-blank, at most 128 characters
   * @return the domain, of type {@link DisruptionType#ZONE}
   * @throws NullPointerException if {@code zone} is null
   * @throws IllegalArgumentException if the label is blank or too long
   */
  public static FailureDomain zone(String zone) {
    return new FailureDomain(DisruptionType.ZONE, label("zone", zone));
  }

  /**
   * Returns the failure domain of one region.
   *
   * @param region the region label: non-blank, at most 128 characters
   * @return the domain, of type {@link DisruptionType#REGION}
   * @throws NullPointerException if {@code region} is null
   * @throws IllegalArgumentException if the label is blank or too long
   */
  public static FailureDomain region(String region) {
    return new FailureDomain(DisruptionType.REGION, label("region", region));
  }

  /**
   * Returns the failure domain of a given type and label.
   *
   * @param type {@link DisruptionType#ZONE} or {@link DisruptionType#REGION}
   * @param name the label
   * @return the domain
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code type} is not ZONE or REGION, or the label is blank or too long
   */
  public static FailureDomain of(DisruptionType type, String name) {
    Objects.requireNonNull(type, "type");
    switch (type) {
      case ZONE:
        return zone(name);
      case REGION:
        return region(name);
      default:
        throw new IllegalArgumentException("type must be ZONE or REGION for a failure domain (was " + type + ")");
    }
  }

  private static String label(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank() || value.length() > 128) {
      throw new IllegalArgumentException(field + " must be non-blank and at most 128 characters (had "
          + value.length() + ")");
    }
    return value;
  }

  /**
   * Returns the kind of disruption that takes this domain down.
   *
   * @return {@link DisruptionType#ZONE} or {@link DisruptionType#REGION}
   */
  public DisruptionType type() {
    return type;
  }

  /**
   * Returns the zone or region label.
   *
   * @return the label
   */
  public String name() {
    return name;
  }

  /**
   * Tells whether a placement lies inside this domain.
   *
   * @param placement where a service runs
   * @return true or false, or empty when the placement states no zone (for a zone domain) or no
   *     region (for a region domain)
   * @throws NullPointerException if {@code placement} is null
   */
  public Optional<Boolean> covers(Placement placement) {
    Objects.requireNonNull(placement, "placement");
    Optional<String> label = type == DisruptionType.ZONE ? placement.zone() : placement.region();
    return label.map(name::equals);
  }

  /** Orders regions before zones, then by label. */
  @Override
  public int compareTo(FailureDomain other) {
    int c = other.type.compareTo(type);
    return c != 0 ? c : name.compareTo(other.name);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof FailureDomain other && other.type == type && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + name.hashCode();
  }

  /** Returns {@code "ZONE eu-west-1a"}. */
  @Override
  public String toString() {
    return type + " " + name;
  }
}
