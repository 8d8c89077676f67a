package io.github.ctokit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The architecture rules of ctokit (DESIGN.md), as ArchUnit rules. {@code ArchitectureTest} checks
 * the production classes against them; {@code ArchitectureRulesTest} proves each rule catches a
 * planted violation.
 */
final class CtokitArchitecture {

  private static final String CORE = "io.github.ctokit.core..";
  private static final String SCORING = "io.github.ctokit.scoring..";
  private static final String INTERNAL = "..internal..";

  private CtokitArchitecture() {}

  /** Data flows one way: core never imports scoring. */
  static final ArchRule CORE_DOES_NOT_DEPEND_ON_SCORING = noClasses()
      .that().resideInAPackage(CORE)
      .should().dependOnClassesThat().resideInAPackage(SCORING)
      .because("core holds the model and scoring the algorithms over it; dependencies point one way")
      .allowEmptyShould(true);

  /** The library does no I/O: no files, no network, no console. */
  static final ArchRule NO_IO_IN_LIBRARY = noClasses()
      .that().resideInAnyPackage(CORE, SCORING)
      .should().dependOnClassesThat().belongToAnyOf(
          File.class, FileInputStream.class, FileOutputStream.class, FileReader.class, FileWriter.class,
          RandomAccessFile.class, FileDescriptor.class)
      .orShould().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
      .orShould().accessField(System.class, "out")
      .orShould().accessField(System.class, "err")
      .orShould().callMethod(Throwable.class, "printStackTrace")
      .orShould().callMethod(Throwable.class, "printStackTrace", PrintStream.class)
      .because("ctokit is embedded in other people's services: callers own files, sockets and the console")
      .allowEmptyShould(true);

  /** Public API signatures expose neither Guava nor ctokit-internal types. */
  static final ArchRule NO_GUAVA_OR_INTERNAL_TYPES_IN_PUBLIC_METHODS = codeUnits()
      .that(areApi())
      .should(exposeOnlyApiTypes())
      .because("Guava is an implementation detail and internal packages may change in any release")
      .allowEmptyShould(true);

  /** Public fields follow the same rule as methods. */
  static final ArchRule NO_GUAVA_OR_INTERNAL_TYPES_IN_PUBLIC_FIELDS = fields()
      .that(areApiFields())
      .should(haveOnlyApiTypes())
      .because("Guava is an implementation detail and internal packages may change in any release")
      .allowEmptyShould(true);

  /** Public classes extend and implement only API types. */
  static final ArchRule NO_GUAVA_OR_INTERNAL_SUPERTYPES = noClasses()
      .that().arePublic().and().resideOutsideOfPackage(INTERNAL)
      .and().resideInAnyPackage(CORE, SCORING)
      .should().beAssignableTo(DescribedPredicate.describe("a Guava or internal type", CtokitArchitecture::isForbidden))
      .because("a supertype is part of a class's signature")
      .allowEmptyShould(true);

  static List<ArchRule> all() {
    return List.of(CORE_DOES_NOT_DEPEND_ON_SCORING, NO_IO_IN_LIBRARY, NO_GUAVA_OR_INTERNAL_TYPES_IN_PUBLIC_METHODS,
        NO_GUAVA_OR_INTERNAL_TYPES_IN_PUBLIC_FIELDS, NO_GUAVA_OR_INTERNAL_SUPERTYPES);
  }

  private static boolean isForbidden(JavaClass type) {
    String name = type.getName();
    return name.startsWith("com.google.common.") || (name.startsWith("io.github.ctokit.") && name.contains(".internal."));
  }

  private static boolean isApiClass(JavaClass owner) {
    return owner.getModifiers().contains(JavaModifier.PUBLIC)
        && !owner.getPackageName().contains(".internal")
        && (owner.getPackageName().startsWith("io.github.ctokit.core") || owner.getPackageName().startsWith("io.github.ctokit.scoring"))
        && (!owner.isNestedClass() || owner.getEnclosingClass().map(CtokitArchitecture::isApiClass).orElse(false));
  }

  private static boolean isVisible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static DescribedPredicate<JavaCodeUnit> areApi() {
    return DescribedPredicate.describe("are public or protected members of public API classes",
        unit -> isVisible(unit.getModifiers()) && isApiClass(unit.getOwner()) && !unit.getModifiers().contains(JavaModifier.SYNTHETIC));
  }

  private static DescribedPredicate<JavaField> areApiFields() {
    return DescribedPredicate.describe("are public or protected fields of public API classes",
        field -> isVisible(field.getModifiers()) && isApiClass(field.getOwner()));
  }

  private static ArchCondition<JavaCodeUnit> exposeOnlyApiTypes() {
    return new ArchCondition<>("expose no Guava or internal type in their signature") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaType> types = new ArrayList<>();
        types.add(unit.getReturnType());
        types.addAll(unit.getParameterTypes());
        types.addAll(unit.getThrowsClause().getTypes());
        for (JavaType type : types) {
          for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            if (isForbidden(involved)) {
              events.add(SimpleConditionEvent.violated(unit,
                  unit.getFullName() + " exposes " + involved.getName() + " in its signature"));
            }
          }
        }
      }
    };
  }

  private static ArchCondition<JavaField> haveOnlyApiTypes() {
    return new ArchCondition<>("have no Guava or internal type") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        for (JavaClass involved : field.getType().getAllInvolvedRawTypes()) {
          if (isForbidden(involved)) {
            events.add(SimpleConditionEvent.violated(field, field.getFullName() + " has type " + involved.getName()));
          }
        }
      }
    };
  }
}
