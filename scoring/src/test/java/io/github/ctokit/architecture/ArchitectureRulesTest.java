package io.github.ctokit.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.ctokit.core.archfixture.PlantedViolations;
import io.github.ctokit.scoring.archfixture.PlantedSignatures;
import org.junit.jupiter.api.Test;

/** Each architecture rule fails the build when a violation of it is planted. */
class ArchitectureRulesTest {

  private static final JavaClasses PLANTED = new ClassFileImporter()
      .importClasses(PlantedViolations.class, PlantedSignatures.class, PlantedSignatures.GuavaSubclass.class);

  @Test
  void catchesCoreDependingOnScoring() {
    assertThatThrownBy(() -> CtokitArchitecture.CORE_DOES_NOT_DEPEND_ON_SCORING.check(PLANTED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PlantedViolations.dependsOnScoring()")
        .hasMessageContaining("PercentileConvention");
  }

  @Test
  void catchesEveryKindOfIo() {
    assertThatThrownBy(() -> CtokitArchitecture.NO_IO_IN_LIBRARY.check(PLANTED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("printsToTheConsole()")
        .hasMessageContaining("printsToStandardError()")
        .hasMessageContaining("readsAFile()")
        .hasMessageContaining("java.nio.file")
        .hasMessageContaining("java.net.URI");
  }

  @Test
  void catchesGuavaAndInternalTypesInSignatures() {
    assertThatThrownBy(() -> CtokitArchitecture.NO_GUAVA_OR_INTERNAL_TYPES_IN_PUBLIC_METHODS.check(PLANTED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("guavaReturn() exposes com.google.common.collect.ImmutableList")
        .hasMessageContaining("guavaTypeArgument(java.util.Map) exposes com.google.common.collect.ImmutableList")
        .hasMessageContaining("internalParameter(io.github.ctokit.core.internal.Checks) exposes io.github.ctokit.core.internal.Checks")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("notApi()"));
    assertThatThrownBy(() -> CtokitArchitecture.NO_GUAVA_OR_INTERNAL_TYPES_IN_PUBLIC_FIELDS.check(PLANTED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("GUAVA_FIELD has type com.google.common.collect.ImmutableList");
    assertThatThrownBy(() -> CtokitArchitecture.NO_GUAVA_OR_INTERNAL_SUPERTYPES.check(PLANTED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("GuavaSubclass");
  }
}
