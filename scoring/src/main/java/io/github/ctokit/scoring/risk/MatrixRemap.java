package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.risk.Assessment;
import io.github.ctokit.core.risk.LikelihoodImpact;
import io.github.ctokit.core.risk.Risk;
import io.github.ctokit.core.risk.RiskId;
import io.github.ctokit.core.risk.RiskRegister;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Moves a register's {@link LikelihoodImpact} ratings from its scales to the axes of another
 * matrix, by an explicit map or a named policy, and records every change.
 *
 * <pre>{@code
 * MatrixRemap.Result moved = MatrixRemap.remap(register, RiskMatrix.threeByThree(), MatrixRemap.Policy.proportional());
 * moved.register();   // the same risks, rated on the 3×3 axes
 * moved.changes();    // R-001 INHERENT likelihood 4, impact 5 → likelihood 3, impact 3
 * }</pre>
 */
public final class MatrixRemap {

  private MatrixRemap() {}

  /** How a rank on a scale of m levels becomes a rank on a scale of n levels. */
  public static final class Policy {
    private final String name;
    private final @Nullable List<Integer> likelihoodMap;
    private final @Nullable List<Integer> impactMap;

    private Policy(String name, @Nullable List<Integer> likelihoodMap, @Nullable List<Integer> impactMap) {
      this.name = name;
      this.likelihoodMap = likelihoodMap;
      this.impactMap = impactMap;
    }

    /**
     * Keeps the ordinal and clamps it into the target scale, {@code clamp(q, 0, n − 1)}, as CISO
     * Assistant does when a matrix changes.
     *
     * @return the policy
     */
    public static Policy clamp() {
      return new Policy("clamp", null, null);
    }

    /**
     * Keeps the relative position: ordinal {@code round(q × (n − 1) / (m − 1))}, HALF_UP.
     *
     * @return the policy
     */
    public static Policy proportional() {
      return new Policy("proportional", null, null);
    }

    /**
     * Maps each source rank to a target rank given explicitly.
     *
     * @param likelihood target likelihood ranks, 1-based, one per source rank in order
     * @param impact target impact ranks, 1-based, one per source rank in order
     * @return the policy
     * @throws IllegalArgumentException if a map is empty, has a rank below 1 or decreases
     */
    public static Policy explicit(List<Integer> likelihood, List<Integer> impact) {
      return new Policy("explicit", checkMap("likelihood", likelihood), checkMap("impact", impact));
    }

    private static List<Integer> checkMap(String axis, List<Integer> map) {
      Objects.requireNonNull(map, axis);
      List<Integer> copy = List.copyOf(map);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException(axis + " map must have one target rank per source rank (was empty)");
      }
      for (int k = 0; k < copy.size(); k++) {
        if (copy.get(k) < 1 || (k > 0 && copy.get(k) < copy.get(k - 1))) {
          throw new IllegalArgumentException(axis + " map must hold ranks of 1 or more that never decrease (entry "
              + k + " was " + copy.get(k) + ")");
        }
      }
      return copy;
    }

    /**
     * Returns the policy's name.
     *
     * @return {@code "clamp"}, {@code "proportional"} or {@code "explicit"}
     */
    public String name() {
      return name;
    }

    int map(boolean likelihood, int rank, int sourceSize, int targetSize) {
      int q = Math.min(rank, sourceSize) - 1;
      switch (name) {
        case "clamp":
          return Math.min(Math.max(q, 0), targetSize - 1) + 1;
        case "proportional":
          return (int) ((2L * q * (targetSize - 1) + (sourceSize - 1)) / (2L * (sourceSize - 1))) + 1;
        default:
          List<Integer> map = Objects.requireNonNull(likelihood ? likelihoodMap : impactMap);
          return map.get(Math.min(q, map.size() - 1));
      }
    }

    /** Returns the name and, for an explicit policy, the maps. */
    @Override
    public String toString() {
      return likelihoodMap == null ? name : name + " likelihood " + likelihoodMap + ", impact " + impactMap;
    }
  }

  /** One rating moved. */
  public static final class Change {
    private final RiskId risk;
    private final Tier tier;
    private final LikelihoodImpact from;
    private final LikelihoodImpact to;

    Change(RiskId risk, Tier tier, LikelihoodImpact from, LikelihoodImpact to) {
      this.risk = risk;
      this.tier = tier;
      this.from = from;
      this.to = to;
    }

    /**
     * Returns the risk.
     *
     * @return its id
     */
    public RiskId risk() {
      return risk;
    }

    /**
     * Returns the tier whose rating moved.
     *
     * @return the tier
     */
    public Tier tier() {
      return tier;
    }

    /**
     * Returns the rating before.
     *
     * @return the ranks on the register's old scales
     */
    public LikelihoodImpact from() {
      return from;
    }

    /**
     * Returns the rating after.
     *
     * @return the ranks on the target's axes
     */
    public LikelihoodImpact to() {
      return to;
    }

    /** Returns {@code "R-001 INHERENT likelihood 4, impact 5 → likelihood 3, impact 3"}. */
    @Override
    public String toString() {
      return risk + " " + tier + " " + from + " → " + to;
    }
  }

  /** The remapped register and the record of what moved. */
  public static final class Result {
    private final RiskRegister register;
    private final Policy policy;
    private final RiskMatrix target;
    private final List<Change> changes;

    Result(RiskRegister register, Policy policy, RiskMatrix target, List<Change> changes) {
      this.register = register;
      this.policy = policy;
      this.target = target;
      this.changes = Collections.unmodifiableList(changes);
    }

    /**
     * Returns the remapped register: same risks, ratings on the target's axes, and the target's
     * axes as the register's scales.
     *
     * @return the register
     */
    public RiskRegister register() {
      return register;
    }

    /**
     * Returns the policy used.
     *
     * @return the policy
     */
    public Policy policy() {
      return policy;
    }

    /**
     * Returns the target matrix.
     *
     * @return the matrix
     */
    public RiskMatrix target() {
      return target;
    }

    /**
     * Returns every rating, one per risk and directly rated tier, in register order.
     *
     * @return an unmodifiable list, including ratings that kept their ranks
     */
    public List<Change> changes() {
      return changes;
    }

    /**
     * Describes the remap for an audit trail.
     *
     * @return multi-line text
     */
    public String describe() {
      StringBuilder sb = new StringBuilder("remapped to ").append(target.id()).append(" by ").append(policy)
          .append(": ").append(changes.size()).append(" ratings");
      for (Change c : changes) {
        sb.append('\n').append(c);
      }
      return sb.toString();
    }
  }

  /**
   * Remaps a register onto a matrix's axes.
   *
   * @param register the register, rated on its own scales
   * @param target the matrix whose axes the ratings move to
   * @param policy how ranks move
   * @return the remapped register and the record
   * @throws IllegalArgumentException if an explicit map's length differs from the register's
   *     scale or holds a rank beyond the target's axis
   */
  public static Result remap(RiskRegister register, RiskMatrix target, Policy policy) {
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(policy, "policy");
    LevelScale fromL = register.likelihoodScale();
    LevelScale fromI = register.impactScale();
    if (policy.likelihoodMap != null) {
      checkExplicit("likelihood", policy.likelihoodMap, fromL, target.likelihood());
      checkExplicit("impact", Objects.requireNonNull(policy.impactMap), fromI, target.impact());
    }
    List<Change> changes = new ArrayList<>();
    List<Risk> moved = new ArrayList<>(register.risks().size());
    for (Risk risk : register.risks()) {
      Optional<Assessment> inherent = move(risk, Tier.INHERENT, risk.inherent(), register, target, policy, changes);
      Optional<Assessment> current = move(risk, Tier.CURRENT, risk.current(), register, target, policy, changes);
      Optional<Assessment> residual = move(risk, Tier.RESIDUAL, risk.residual(), register, target, policy, changes);
      moved.add(Risk.builder().from(risk).inherent(inherent).current(current).residual(residual).build());
    }
    RiskRegister result = RiskRegister.builder().from(register).risks(moved)
        .likelihoodScale(target.likelihood()).impactScale(target.impact()).build();
    return new Result(result, policy, target, changes);
  }

  private static void checkExplicit(String axis, List<Integer> map, LevelScale from, LevelScale to) {
    if (map.size() != from.size() || map.get(map.size() - 1) > to.size()) {
      throw new IllegalArgumentException(axis + " map must have " + from.size() + " ranks within [1, " + to.size()
          + "] (had " + map.size() + " up to " + map.get(map.size() - 1) + ")");
    }
  }

  private static Optional<Assessment> move(Risk risk, Tier tier, Optional<Assessment> rating, RiskRegister register,
      RiskMatrix target, Policy policy, List<Change> changes) {
    if (rating.isEmpty() || !(rating.get() instanceof LikelihoodImpact)) {
      return rating;
    }
    LikelihoodImpact from = (LikelihoodImpact) rating.get();
    LikelihoodImpact to = LikelihoodImpact.of(
        policy.map(true, from.likelihood(), register.likelihoodScale().size(), target.likelihood().size()),
        policy.map(false, from.impact(), register.impactScale().size(), target.impact().size()));
    changes.add(new Change(risk.id(), tier, from, to));
    return Optional.of(to);
  }
}
