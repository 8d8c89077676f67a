package io.github.ctokit.core.risk;

import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One technology risk: what could happen, to which assets, from which threat, how it was rated,
 * which controls reduce it and how it is treated.
 *
 * <p>A risk carries up to three {@link Assessment}s of one kind: {@link #inherent()} (rated as if
 * no control were in place), and optionally {@link #current()} and {@link #residual()} when the
 * assessor rated those tiers directly. When a tier is not rated directly, the scoring layer derives
 * it from the inherent score and the {@link #controls()}: implemented controls give the current
 * score, planned ones the residual score.
 *
 * <pre>{@code
 * Risk ransomware = Risk.builder()
 *     .id(RiskId.of("R-001")).title("Ransomware encrypts file servers")
 *     .category(StandardRiskCategory.SECURITY).owner(RoleId.of("ROLE-ciso"))
 *     .addAsset(AssetId.of("A-files")).threat(Threat.of("Ransomware crew", ThreatSource.ADVERSARIAL))
 *     .inherent(LikelihoodImpact.of(4, 5))
 *     .addControl(ControlId.of("C-edr")).addControl(ControlId.of("C-immutable-backup"))
 *     .treatment(Treatment.of(TreatmentStrategy.MITIGATE))
 *     .identified(LocalDate.of(2027, 1, 10))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Risk {

  private static final int MAX_TITLE_LENGTH = 500;

  Risk() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Risk}; {@code id}, {@code title}, {@code category}, {@code owner} and
   * {@code identified} are required.
   */
  public static final class Builder extends ImmutableRisk.Builder {
    Builder() {}
  }

  /**
   * Returns the identifier, unique within a register.
   *
   * @return the id
   */
  public abstract RiskId id();

  /**
   * Returns the title. Free text: redacted from {@code toString()} and never in messages.
   *
   * @return 1 to 500 characters, not blank
   */
  @Value.Redacted
  public abstract String title();

  /**
   * Returns the category, which selects the appetite limit.
   *
   * @return the category
   */
  public abstract RiskCategory category();

  /**
   * Returns the role accountable for the risk (ISO 31000: the risk owner).
   *
   * @return the owner
   */
  public abstract RoleId owner();

  /**
   * Returns the assets the risk threatens, by id.
   *
   * @return the asset ids, in the order given
   */
  public abstract List<AssetId> assets();

  /**
   * Returns the threat.
   *
   * @return the threat, or empty if not recorded
   */
  public abstract Optional<Threat> threat();

  /**
   * Returns the known vulnerabilities that make the risk more likely.
   *
   * @return the links, in the order given
   */
  public abstract List<LinkedVulnerability> vulnerabilities();

  /**
   * Returns the inherent rating: as if no control were in place.
   *
   * @return the assessment, or empty if the risk is not rated yet
   */
  public abstract Optional<Assessment> inherent();

  /**
   * Returns a direct rating of the current risk, with implemented controls in place.
   *
   * @return the assessment, or empty to derive the current score from the controls
   */
  public abstract Optional<Assessment> current();

  /**
   * Returns a direct rating of the residual risk, after planned treatment.
   *
   * @return the assessment, or empty to derive the residual score from the controls
   */
  public abstract Optional<Assessment> residual();

  /**
   * Returns the controls mapped to this risk, by id. Only these controls reduce it.
   *
   * @return the control ids, in the order given
   */
  public abstract List<ControlId> controls();

  /**
   * Returns the treatment decision.
   *
   * @return the treatment, or empty if none is decided
   */
  public abstract Optional<Treatment> treatment();

  /**
   * Returns where the risk stands in its life cycle.
   *
   * @return the status; {@link RiskStatus#OPEN} unless set
   */
  @Value.Default
  public RiskStatus status() {
    return RiskStatus.OPEN;
  }

  /**
   * Returns the day the risk was identified.
   *
   * @return the date
   */
  public abstract LocalDate identified();

  /**
   * Returns the day of the next review.
   *
   * @return the date, on or after {@link #identified()}, or empty
   */
  public abstract Optional<LocalDate> nextReview();

  @Value.Check
  final void check() {
    if (title().isBlank() || title().length() > MAX_TITLE_LENGTH) {
      throw new IllegalArgumentException(
          "title must be 1 to " + MAX_TITLE_LENGTH + " characters and not blank (risk " + id() + ", had "
              + title().length() + " characters)");
    }
    nextReview().ifPresent(r -> Checks.requireNotAfter("identified", identified(), "nextReview", r));
  }
}
