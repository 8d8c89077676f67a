package io.github.ctokit.scoring.risk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Architecture rules of DESIGN.md, for the risk packages. */
class RiskArchitectureTest {

  private static final JavaClasses RISK = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.ctokit.core.risk", "io.github.ctokit.scoring.risk");

  @Test
  void coreDoesNotDependOnScoring() {
    noClasses().that().resideInAPackage("io.github.ctokit.core..")
        .should().dependOnClassesThat().resideInAPackage("io.github.ctokit.scoring..").check(RISK);
  }

  @Test
  void noInputOutput() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
        .orShould().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .check(RISK);
  }

  @Test
  void publicSignaturesExposeNoGuavaOrInternalTypes() {
    methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("not Guava or internal",
            (com.tngtech.archunit.core.domain.JavaClass c) -> !c.getPackageName().startsWith("com.google.common")
                && !c.getPackageName().contains(".internal")))
        .check(RISK);
    methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
            "take no Guava or internal parameter") {
          @Override
          public void check(com.tngtech.archunit.core.domain.JavaMethod m, com.tngtech.archunit.lang.ConditionEvents events) {
            for (com.tngtech.archunit.core.domain.JavaClass p : m.getRawParameterTypes()) {
              if (p.getPackageName().startsWith("com.google.common") || p.getPackageName().contains(".internal")) {
                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(m, m.getFullName() + " takes " + p.getName()));
              }
            }
          }
        })
        .check(RISK);
  }
}
