package io.github.ctokit.core.risk;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What could cause the harm a risk describes: a ransomware crew, an operator's mistake, a
 * failing disk, a flood.
 *
 * <pre>{@code
 * Threat ransomware = Threat.of("Ransomware crew", ThreatSource.ADVERSARIAL);
 * }</pre>
 */
@Value.Immutable
public abstract class Threat {

  Threat() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Threat}; {@code name} and {@code source} are required. */
  public static final class Builder extends ImmutableThreat.Builder {
    Builder() {}
  }

  /**
   * Returns a threat with a name and a source type.
   *
   * @param name a short name; free text
   * @param source the source type
   * @return the threat
   * @throws IllegalArgumentException if the name is blank
   */
  public static Threat of(String name, ThreatSource source) {
    return builder().name(name).source(source).build();
  }

  /**
   * Returns the threat's name. Free text: redacted from {@code toString()}.
   *
   * @return a non-blank name
   */
  @Value.Redacted
  public abstract String name();

  /**
   * Returns the type of the threat source.
   *
   * @return the source type
   */
  public abstract ThreatSource source();

  /**
   * Returns a longer description. Free text: redacted from {@code toString()}.
   *
   * @return the description, or empty
   */
  @Value.Redacted
  public abstract Optional<String> description();

  @Value.Check
  final void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("threat name must not be blank");
    }
  }
}
