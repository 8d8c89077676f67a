package io.github.ctokit.core.risk;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A safeguard that reduces one or more risks: multi-factor authentication, immutable backups, a
 * second supplier.
 *
 * <p>Two numbers describe how much it reduces a risk it is mapped to, both probabilities in
 * [0, 1]: its <em>effectiveness</em> e (the share of the risk it removes where it applies) and its
 * <em>coverage</em> c (the share of the exposure it applies to). The scoring layer combines the
 * controls mapped to one risk as {@code 1 − Π(1 − e·c)}; a control only reduces the risks that
 * list it (no credit across risks). {@link ControlStatus#IMPLEMENTED Implemented} controls reduce
 * the current risk, {@link ControlStatus#PLANNED planned} ones only the residual risk.
 *
 * <pre>{@code
 * Control mfa = Control.builder().id(ControlId.of("C-mfa")).name("MFA for all staff")
 *     .type(ControlType.PREVENTIVE).status(ControlStatus.IMPLEMENTED)
 *     .effectiveness(Probability.of(0.6)).coverage(Probability.of(0.9))
 *     .cost(Money.parse("EUR 12000.00")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Control {

  Control() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Control}; {@code id}, {@code name}, {@code type}, {@code status},
   * {@code effectiveness} and {@code coverage} are required.
   */
  public static final class Builder extends ImmutableControl.Builder {
    Builder() {}
  }

  /**
   * Returns the identifier, unique within a register.
   *
   * @return the id
   */
  public abstract ControlId id();

  /**
   * Returns the name. Free text: redacted from {@code toString()}.
   *
   * @return a non-blank name
   */
  @Value.Redacted
  public abstract String name();

  /**
   * Returns how the control acts.
   *
   * @return the type
   */
  public abstract ControlType type();

  /**
   * Returns whether the control is planned or in place.
   *
   * @return the status
   */
  public abstract ControlStatus status();

  /**
   * Returns the share of a risk the control removes where it applies.
   *
   * @return e, within [0, 1]
   */
  public abstract Probability effectiveness();

  /**
   * Returns the share of the exposure the control applies to.
   *
   * @return c, within [0, 1]
   */
  public abstract Probability coverage();

  /**
   * Returns what the control costs a year, in one currency.
   *
   * @return the cost, zero or more, or empty if unknown
   */
  public abstract Optional<Money> cost();

  /**
   * Returns the role that operates the control.
   *
   * @return the owner, or empty
   */
  public abstract Optional<RoleId> owner();

  /**
   * Returns the product {@code e·c}: the share of a risk this control alone removes.
   *
   * @return {@code effectiveness().value() * coverage().value()}, within [0, 1]
   */
  public final double reduction() {
    return effectiveness().value() * coverage().value();
  }

  @Value.Check
  final void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("name must not be blank (control " + id() + ")");
    }
    cost().ifPresent(c -> Checks.requireNonNegative("cost", c));
  }
}
