package io.github.ctokit.core.continuity;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a service runs: a site (data centre or cloud account), a region and a zone, each optional.
 * Names are free labels such as {@code "eu-west-1"} or {@code "eu-west-1a"}; they are not personal data.
 *
 * <pre>{@code
 * Placement p = Placement.builder().region("eu-west-1").zone("eu-west-1a").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Placement implements WithPlacement {

  Placement() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Placement}; every attribute is optional. */
  public static final class Builder extends ImmutablePlacement.Builder {
    Builder() {}
  }

  /**
   * Returns the placement with nothing stated.
   *
   * @return a placement without site, region or zone
   */
  public static Placement unspecified() {
    return builder().build();
  }

  /**
   * Returns the site: a data centre, building or cloud account.
   *
   * @return the site, or empty
   */
  public abstract Optional<String> site();

  /**
   * Returns the region.
   *
   * @return the region, or empty
   */
  public abstract Optional<String> region();

  /**
   * Returns the zone within the region.
   *
   * @return the zone, or empty
   */
  public abstract Optional<String> zone();

  @Value.Check
  final void check() {
    site().ifPresent(s -> requireLabel("site", s));
    region().ifPresent(s -> requireLabel("region", s));
    zone().ifPresent(s -> requireLabel("zone", s));
  }

  private static void requireLabel(String field, String label) {
    if (label.isBlank() || label.length() > 128) {
      throw new IllegalArgumentException(field + " must be non-blank and at most 128 characters (had "
          + label.length() + ")");
    }
  }
}
