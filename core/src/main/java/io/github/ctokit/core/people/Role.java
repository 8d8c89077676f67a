package io.github.ctokit.core.people;

import io.github.ctokit.core.RoleId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A role in the open role catalogue: an id and a display name. The standard roles of a technology
 * organisation are constants ({@link #standard()} lists them); vendors add their own with
 * {@link #of(RoleId, String)}.
 *
 * <pre>{@code
 * Role sre = Role.SRE;                                          // id "ROLE-sre"
 * Role dpo = Role.of(RoleId.of("ROLE-dpo"), "Data protection officer");
 * }</pre>
 */
public final class Role implements Comparable<Role> {

  /** Engineering manager, id {@code ROLE-engineering-manager}. */
  public static final Role ENGINEERING_MANAGER = standard("engineering-manager", "Engineering manager");
  /** Project or delivery manager, id {@code ROLE-project-manager}. */
  public static final Role PROJECT_MANAGER = standard("project-manager", "Project manager");
  /** Product manager, id {@code ROLE-product-manager}. */
  public static final Role PRODUCT_MANAGER = standard("product-manager", "Product manager");
  /** Architect, id {@code ROLE-architect}. */
  public static final Role ARCHITECT = standard("architect", "Architect");
  /** Software developer, id {@code ROLE-developer}. */
  public static final Role DEVELOPER = standard("developer", "Developer");
  /** Site reliability engineer, id {@code ROLE-sre}. */
  public static final Role SRE = standard("sre", "Site reliability engineer");
  /** Quality assurance or test engineer, id {@code ROLE-qa}. */
  public static final Role QA = standard("qa", "QA engineer");
  /** Data engineer or scientist, id {@code ROLE-data}. */
  public static final Role DATA = standard("data", "Data engineer");
  /** Security engineer, id {@code ROLE-security}. */
  public static final Role SECURITY = standard("security", "Security engineer");
  /** Designer, id {@code ROLE-designer}. */
  public static final Role DESIGNER = standard("designer", "Designer");

  private static final List<Role> STANDARD = List.of(ENGINEERING_MANAGER, PROJECT_MANAGER, PRODUCT_MANAGER,
      ARCHITECT, DEVELOPER, SRE, QA, DATA, SECURITY, DESIGNER);

  private static final int MAX_NAME = 100;

  private final RoleId id;
  private final String name;

  private Role(RoleId id, String name) {
    this.id = id;
    this.name = name;
  }

  private static Role standard(String key, String name) {
    return new Role(RoleId.of("ROLE-" + key), name);
  }

  /**
   * Returns a role of the caller's catalogue.
   *
   * @param id the role id
   * @param name the display name: non-blank, at most 100 characters, without surrounding spaces
   * @return the role
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} breaks its rule
   */
  public static Role of(RoleId id, String name) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || !name.strip().equals(name) || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("name must be non-blank, without surrounding spaces and at most "
          + MAX_NAME + " characters for role " + id + " (had " + name.length() + " characters)");
    }
    return new Role(id, name);
  }

  /**
   * Returns the standard catalogue: engineering manager, project manager, product manager,
   * architect, developer, SRE, QA, data, security, designer.
   *
   * @return the ten standard roles, in that order
   */
  public static List<Role> standard() {
    return STANDARD;
  }

  /**
   * Returns the id.
   *
   * @return the role id
   */
  public RoleId id() {
    return id;
  }

  /**
   * Returns the display name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /** Orders by id. */
  @Override
  public int compareTo(Role other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Role other && other.id.equals(id) && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + name.hashCode();
  }

  /** Returns the id. */
  @Override
  public String toString() {
    return id.toString();
  }
}
