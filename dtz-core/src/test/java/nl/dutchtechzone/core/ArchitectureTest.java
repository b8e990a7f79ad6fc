package nl.dutchtechzone.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static JavaClasses core;

  /** One slice per package, the root package of the model included. */
  private static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      return SliceIdentifier.of(javaClass.getPackageName());
    }

    @Override
    public String getDescription() {
      return "packages of dtz-core";
    }
  };

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.dutchtechzone.core");
  }

  @Test
  void importsTheWholeModel() {
    org.assertj.core.api.Assertions.assertThat(core.stream().map(c -> c.getPackageName()))
        .contains("nl.dutchtechzone.core", "nl.dutchtechzone.core.money",
            "nl.dutchtechzone.core.plan", "nl.dutchtechzone.core.report",
            "nl.dutchtechzone.core.reference");
  }

  @Test
  void packagesHaveNoCycles() {
    slices()
        .assignedFrom(BY_PACKAGE)
        .should().beFreeOfCycles()
        .check(core);
  }

  @Test
  void moneyDependsOnNothingElseInTheModel() {
    noClasses().that().resideInAPackage("nl.dutchtechzone.core.money")
        .should().dependOnClassesThat().resideInAnyPackage(
            "nl.dutchtechzone.core", "nl.dutchtechzone.core.plan",
            "nl.dutchtechzone.core.report", "nl.dutchtechzone.core.reference")
        .check(core);
  }

  @Test
  void onlyTheReferenceDataKnowsTheReferenceData() {
    noClasses().that().resideOutsideOfPackage("nl.dutchtechzone.core.reference")
        .should().dependOnClassesThat().resideInAPackage("nl.dutchtechzone.core.reference")
        .check(core);
  }

  @Test
  void coreUsesOnlyTheJdkGuavaAndCompileTimeAnnotations() {
    noClasses().should().dependOnClassesThat().resideOutsideOfPackages(
            "java..", "javax.annotation..", "com.google.common..", "com.google.errorprone..",
            "org.immutables..", "org.jspecify..", "nl.dutchtechzone.core..")
        .check(core);
  }

  @Test
  void libraryCodeNeverPrints() {
    noClasses().should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(core);
  }
}
