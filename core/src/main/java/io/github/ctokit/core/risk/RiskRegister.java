package io.github.ctokit.core.risk;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk register: the risks, the assets and controls they refer to, and the scales their
 * likelihood and impact ranks are given on.
 *
 * <p>Building a register checks nothing across its parts; {@link #validate(LocalDate)} reports every
 * whole-model problem at once, each with a stable code and a path such as
 * {@code risks[3].controls[1]}:
 *
 * <table>
 *   <caption>Rules and codes</caption>
 *   <tr><th>code</th><th>severity</th><th>rule</th></tr>
 *   <tr><td>{@code risk.duplicate-id}, {@code asset.duplicate-id}, {@code control.duplicate-id}</td><td>error</td>
 *       <td>ids are unique within their list</td></tr>
 *   <tr><td>{@code risk.unknown-asset}, {@code risk.unknown-control}</td><td>error</td>
 *       <td>every referenced asset and control is in the register</td></tr>
 *   <tr><td>{@code risk.duplicate-control}</td><td>error</td><td>a risk lists a control once</td></tr>
 *   <tr><td>{@code risk.acceptance-missing}</td><td>error</td><td>an ACCEPT treatment has an acceptance record</td></tr>
 *   <tr><td>{@code risk.acceptance-no-expiry}</td><td>error</td><td>an acceptance has an expiry date</td></tr>
 *   <tr><td>{@code risk.acceptance-expired}</td><td>error</td><td>the acceptance has not lapsed as of the date</td></tr>
 *   <tr><td>{@code risk.input-out-of-scale}</td><td>error</td><td>ranks within the register's scales, OWASP
 *       factors within [0, 9], DREAD factors within [0, 10]</td></tr>
 *   <tr><td>{@code risk.assessment-kind-mismatch}</td><td>error</td><td>the tiers of one risk use one kind of assessment</td></tr>
 *   <tr><td>{@code risk.current-above-inherent}, {@code risk.residual-above-inherent},
 *       {@code risk.residual-above-current}</td><td>error</td><td>no directly rated tier rates any axis higher
 *       than the tier before it</td></tr>
 *   <tr><td>{@code risk.not-assessed}</td><td>warning</td><td>the risk has an inherent rating</td></tr>
 *   <tr><td>{@code risk.review-overdue}</td><td>warning</td><td>the next review is not before the date</td></tr>
 * </table>
 *
 * <pre>{@code
 * RiskRegister register = RiskRegister.builder()
 *     .addAllRisks(risks).addAllAssets(assets).addAllControls(controls).build();
 * ValidationResult found = register.validate(LocalDate.of(2027, 3, 31));
 * found.orThrow();   // ValidationException listing every problem
 * }</pre>
 */
@Value.Immutable
public abstract class RiskRegister {

  RiskRegister() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskRegister}; every attribute may be left empty or default. */
  public static final class Builder extends ImmutableRiskRegister.Builder {
    Builder() {}
  }

  /**
   * Returns the risks.
   *
   * @return the risks, in the order given
   */
  public abstract List<Risk> risks();

  /**
   * Returns the assets.
   *
   * @return the assets, in the order given
   */
  public abstract List<Asset> assets();

  /**
   * Returns the controls.
   *
   * @return the controls, in the order given
   */
  public abstract List<Control> controls();

  /**
   * Returns the scale that {@link LikelihoodImpact} likelihood ranks are given on.
   *
   * @return the scale; {@link LevelScale#fiveLevel()} unless set
   */
  @Value.Default
  public LevelScale likelihoodScale() {
    return LevelScale.fiveLevel();
  }

  /**
   * Returns the scale that {@link LikelihoodImpact} impact ranks are given on.
   *
   * @return the scale; {@link LevelScale#fiveLevel()} unless set
   */
  @Value.Default
  public LevelScale impactScale() {
    return LevelScale.fiveLevel();
  }

  @Value.Lazy
  Map<ControlId, Control> controlIndex() {
    Map<ControlId, Control> index = new HashMap<>();
    for (Control c : controls()) {
      index.putIfAbsent(c.id(), c);
    }
    return Collections.unmodifiableMap(index);
  }

  @Value.Lazy
  Map<AssetId, Asset> assetIndex() {
    Map<AssetId, Asset> index = new HashMap<>();
    for (Asset a : assets()) {
      index.putIfAbsent(a.id(), a);
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * Finds a control by id.
   *
   * @param id the id
   * @return the first control with that id, or empty
   */
  public final Optional<Control> control(ControlId id) {
    return Optional.ofNullable(controlIndex().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Finds an asset by id.
   *
   * @param id the id
   * @return the first asset with that id, or empty
   */
  public final Optional<Asset> asset(AssetId id) {
    return Optional.ofNullable(assetIndex().get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the validator of the rules listed above, judging dates as of a day.
   *
   * @param asOf the day acceptances and reviews are judged on
   * @return a validator; it never throws for a non-null register
   */
  public static Validator<RiskRegister> validator(LocalDate asOf) {
    return new RegisterValidator(Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Validates this register as of a day.
   *
   * @param asOf the day acceptances and reviews are judged on
   * @return every violation found, in register order
   */
  public final ValidationResult validate(LocalDate asOf) {
    return validator(asOf).validate(this);
  }
}
