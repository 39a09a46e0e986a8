package dev.entente.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one-way data flow of DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.entente");
  }

  @Test
  void theDomainDependsOnNothingElseOfEntente() {
    noClasses().that().resideInAPackage("dev.entente.domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.entente.io..", "dev.entente.store..", "dev.entente.analysis..", "dev.entente.error..",
            "dev.entente.cli..")
        .check(classes);
  }

  @Test
  void theDomainDoesNoIo() {
    noClasses().that().resideInAPackage("dev.entente.domain..")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.sql..", "java.net..")
        .check(classes);
  }

  @Test
  void analysesReadThroughTheDomainNeverTheDuckDbStoreOrImporters() {
    noClasses().that().resideInAPackage("dev.entente.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.entente.store.duckdb..", "dev.entente.io..",
            "java.sql..", "org.duckdb..")
        .check(classes);
  }

  @Test
  void nothingInTheCorePrintsToTheConsole() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .check(classes);
  }
}
