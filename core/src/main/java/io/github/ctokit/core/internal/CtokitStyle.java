package io.github.ctokit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of ctokit, applied in the {@code package-info.java} of every package
 * that declares value types.
 *
 * <p>It implements the "sandwich" pattern: the user-facing type is a public abstract class with
 * the plain noun name and a package-private constructor; the generated {@code Immutable*} class
 * and its builder are package-private; a public nested {@code Builder} extends the generated one
 * so the generated fluent methods return it. The abstract class implements the generated
 * package-private {@code WithNoun} interface so that the {@code withX} copy methods are callable on
 * {@code Noun} itself. User code therefore only ever sees {@code Noun}, {@code Noun.builder()} and
 * {@code Noun.Builder}.
 *
 * <pre>{@code
 * @Value.Immutable
 * public abstract class LevelScale implements WithLevelScale {
 *   LevelScale() {}
 *   public static Builder builder() { return new Builder(); }
 *   public static final class Builder extends ImmutableLevelScale.Builder {
 *     Builder() {}
 *   }
 *   public abstract String name();
 * }
 * }</pre>
 *
 * <p>Choices, each for a reason: JDK collections only (Guava stays an implementation detail, see
 * docs/adr/0001); {@code withX} copy methods; depluralised collection builders
 * ({@code addRisk}/{@code addAllRisks}); a fixed mask for {@code @Value.Redacted} personal data.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jdk9Collections = true,
    depluralize = true,
    depluralizeDictionary = {"process:processes", "status:statuses", "analysis:analyses"},
    redactedMask = "<redacted>",
    defaults = @Value.Immutable(copy = true))
public @interface CtokitStyle {}
