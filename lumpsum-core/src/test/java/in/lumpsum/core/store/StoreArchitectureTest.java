package in.lumpsum.core.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Layering of the portfolio, investor, goal and store packages, checked on the compiled classes. */
class StoreArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("in.lumpsum.core.portfolio", "in.lumpsum.core.investor", "in.lumpsum.core.goal",
            "in.lumpsum.core.store");
  }

  @Test
  public void publicMethods_exposeNoGeneratedImmutablesType() {
    ArchCondition<JavaMethod> exposeNoGenerated = new ArchCondition<>("expose no generated Immutable* type") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>(method.getRawParameterTypes());
        types.add(method.getRawReturnType());
        for (JavaClass t : types) {
          if (t.getSimpleName().startsWith("Immutable") || t.getName().contains(".Immutable")) {
            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes " + t.getName()));
          }
        }
      }
    };

    methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .should(exposeNoGenerated).check(classes);
  }

  @Test
  public void domain_doesNotDependOnStores() {
    noClasses().that().resideInAnyPackage("in.lumpsum.core.portfolio..", "in.lumpsum.core.investor..",
        "in.lumpsum.core.goal..")
        .should().dependOnClassesThat().resideInAPackage("in.lumpsum.core.store..")
        .check(classes);
  }

  @Test
  public void spi_doesNotDependOnItsImplementations() {
    noClasses().that().resideInAPackage("in.lumpsum.core.store.spi..")
        .should().dependOnClassesThat().resideInAPackage("in.lumpsum.core.store.memory..")
        .check(classes);
  }

  @Test
  public void domainAndStores_useNoJacksonAndNoClock() {
    noClasses().should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
        .check(classes);
    noClasses().should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(classes);
  }
}
