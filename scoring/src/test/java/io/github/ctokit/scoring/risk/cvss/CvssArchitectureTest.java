package io.github.ctokit.scoring.risk.cvss;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The CVSS package does no I/O and keeps Guava out of its public signatures (DESIGN.md, "Tests"). */
class CvssArchitectureTest {

  private static JavaClasses CLASSES;

  /** Imports only this package's classes; the rules need names of dependencies, not their bytecode. */
  @org.junit.jupiter.api.BeforeAll
  static void importPackage() {
    com.tngtech.archunit.ArchConfiguration config = com.tngtech.archunit.ArchConfiguration.get();
    boolean resolve = config.resolveMissingDependenciesFromClassPath();
    config.setResolveMissingDependenciesFromClassPath(false);
    try {
      CLASSES = new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("io.github.ctokit.scoring.risk.cvss");
    } finally {
      config.setResolveMissingDependenciesFromClassPath(resolve);
    }
  }

  @Test
  void noIo() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(CLASSES);
  }

  @Test
  void noGuavaInPublicSignatures() {
    noMethods().that().arePublic().should().haveRawReturnType(
            com.tngtech.archunit.base.DescribedPredicate.describe("a Guava type",
                (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("com.google.common")))
        .check(CLASSES);
    noClasses().should().dependOnClassesThat().resideInAPackage("com.google.common..").check(CLASSES);
  }
}
