package io.github.ctokit.scoring.archfixture;

import com.google.common.collect.ImmutableList;
import io.github.ctokit.core.internal.Checks;
import java.util.List;
import java.util.Map;

/**
 * Public signatures that leak Guava or internal types, so that {@code ArchitectureRulesTest} can
 * prove the signature rules catch them.
 */
public final class PlantedSignatures {

  /** A Guava type as a public field. */
  public static final ImmutableList<String> GUAVA_FIELD = ImmutableList.of();

  private PlantedSignatures() {}

  /** A Guava return type. */
  public static ImmutableList<String> guavaReturn() {
    return ImmutableList.of();
  }

  /** A Guava type hidden in a type argument. */
  public static void guavaTypeArgument(Map<String, List<ImmutableList<String>>> values) {}

  /** An internal type as a parameter. */
  public static void internalParameter(Checks checks) {}

  /** The same, package-private: allowed. */
  static ImmutableList<String> notApi() {
    return ImmutableList.of();
  }

  /** A public class extending a Guava type. */
  public abstract static class GuavaSubclass extends com.google.common.collect.ForwardingList<String> {}
}
