package io.github.ctokit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.ctokit.core.Probability;
import io.github.ctokit.scoring.PercentileConvention;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production classes of core and scoring obey every architecture rule. */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    // Import exactly the two modules' class roots (a directory in the reactor, a jar otherwise)
    // instead of scanning the whole classpath for the package.
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importUrls(List.of(codeSource(Probability.class), codeSource(PercentileConvention.class)));
  }

  @Test
  void importsBothModules() {
    // Guards against a silently empty import that would make every rule pass.
    assertThat(production.containPackage("io.github.ctokit.core")).isTrue();
    assertThat(production.containPackage("io.github.ctokit.scoring")).isTrue();
  }

  @Test
  void coreDoesNotDependOnScoring() {
    check(CtokitArchitecture.CORE_DOES_NOT_DEPEND_ON_SCORING);
  }

  @Test
  void noIoInTheLibrary() {
    check(CtokitArchitecture.NO_IO_IN_LIBRARY);
  }

  @Test
  void publicSignaturesExposeOnlyApiTypes() {
    check(CtokitArchitecture.NO_GUAVA_OR_INTERNAL_TYPES_IN_PUBLIC_METHODS);
    check(CtokitArchitecture.NO_GUAVA_OR_INTERNAL_TYPES_IN_PUBLIC_FIELDS);
    check(CtokitArchitecture.NO_GUAVA_OR_INTERNAL_SUPERTYPES);
  }

  private static URL codeSource(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  private static void check(ArchRule rule) {
    rule.check(production);
  }
}
