package io.github.ctokit.core.risk;

import io.github.ctokit.core.RoleId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something of value that a risk threatens: an application, a data set, a service, a supplier's
 * product. Risks refer to assets by {@link AssetId}.
 *
 * <pre>{@code
 * Asset crm = Asset.builder().id(AssetId.of("A-crm")).name("Customer CRM")
 *     .type(AssetType.APPLICATION).owner(RoleId.of("ROLE-head-of-sales")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Asset {

  Asset() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Asset}; {@code id}, {@code name} and {@code type} are required. */
  public static final class Builder extends ImmutableAsset.Builder {
    Builder() {}
  }

  /**
   * Returns the identifier, unique within a register.
   *
   * @return the id
   */
  public abstract AssetId id();

  /**
   * Returns the name. Free text: redacted from {@code toString()}.
   *
   * @return a non-blank name
   */
  @Value.Redacted
  public abstract String name();

  /**
   * Returns the kind of asset.
   *
   * @return the type
   */
  public abstract AssetType type();

  /**
   * Returns the role accountable for the asset.
   *
   * @return the owner, or empty if none is recorded
   */
  public abstract Optional<RoleId> owner();

  @Value.Check
  final void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("name must not be blank (asset " + id() + ")");
    }
  }
}
