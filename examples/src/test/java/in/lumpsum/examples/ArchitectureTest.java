package in.lumpsum.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency directions between lumpsum's modules, and the libraries kept out of core's API.
 *
 * <p>This test lives in examples because examples sees every published module on its class path.
 * Each module owns its package root: core {@code in.lumpsum.core}, funds {@code in.lumpsum.funds},
 * calculators {@code in.lumpsum.calc}, recommend {@code in.lumpsum.recommend}, adapters
 * {@code in.lumpsum.store}, examples {@code in.lumpsum.examples}, benchmarks
 * {@code in.lumpsum.benchmarks}.
 */
class ArchitectureTest {

  private static final String CORE = "in.lumpsum.core..";
  private static final String FUNDS = "in.lumpsum.funds..";
  private static final String CALC = "in.lumpsum.calc..";
  private static final String RECOMMEND = "in.lumpsum.recommend..";
  private static final String ADAPTERS = "in.lumpsum.store..";
  private static final String EXAMPLES = "in.lumpsum.examples..";
  private static final String BENCHMARKS = "in.lumpsum.benchmarks..";

  /** Packages of libraries that must not appear in a public signature of core. */
  private static final List<String> FOREIGN = List.of(
      "okhttp3", "okio", "com.fasterxml.jackson", "com.github.benmanes.caffeine",
      "org.apache.commons.math3", "java.sql", "javax.sql", "io.lettuce", "org.postgresql");

  private static JavaClasses lumpsum;

  @BeforeAll
  static void importClasses() {
    lumpsum = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("in.lumpsum");
  }

  @Test
  void core_dependsOnNoOtherLumpsumModule() {
    check(noClasses().that().resideInAPackage(CORE).should().dependOnClassesThat()
        .resideInAnyPackage(FUNDS, CALC, RECOMMEND, ADAPTERS, EXAMPLES, BENCHMARKS));
  }

  @Test
  void fundsAndCalculators_dependOnCoreOnly() {
    check(noClasses().that().resideInAPackage(FUNDS).should().dependOnClassesThat()
        .resideInAnyPackage(CALC, RECOMMEND, ADAPTERS, EXAMPLES, BENCHMARKS));
    check(noClasses().that().resideInAPackage(CALC).should().dependOnClassesThat()
        .resideInAnyPackage(FUNDS, RECOMMEND, ADAPTERS, EXAMPLES, BENCHMARKS));
  }

  @Test
  void recommend_dependsOnCoreFundsAndCalculators() {
    check(noClasses().that().resideInAPackage(RECOMMEND).should().dependOnClassesThat()
        .resideInAnyPackage(ADAPTERS, EXAMPLES, BENCHMARKS));
  }

  @Test
  void adapters_dependOnCoreOnly() {
    check(noClasses().that().resideInAPackage(ADAPTERS).should().dependOnClassesThat()
        .resideInAnyPackage(FUNDS, CALC, RECOMMEND, EXAMPLES, BENCHMARKS));
  }

  @Test
  void nothing_dependsOnExamplesOrBenchmarks() {
    check(noClasses().that().resideOutsideOfPackages(EXAMPLES, BENCHMARKS).should()
        .dependOnClassesThat().resideInAnyPackage(EXAMPLES, BENCHMARKS));
  }

  @Test
  void core_onlyInternalPackagesTouchJackson() {
    check(noClasses().that().resideInAPackage(CORE).and().resideOutsideOfPackage("..internal..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.."));
  }

  @Test
  void core_publicSignaturesCarryNoForeignLibraryType() {
    check(classes().that().resideInAPackage(CORE).and().resideOutsideOfPackage("..internal..")
        .and().arePublic()
        .should(new ArchCondition<JavaClass>("expose no OkHttp, Jackson, Caffeine, Commons Math, "
            + "JDBC or Lettuce type in a public signature") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            for (JavaCodeUnit unit : c.getCodeUnits()) {
              if (!isExposed(unit.getModifiers())) {
                continue;
              }
              Set<JavaClass> types = new java.util.HashSet<>(unit.getParameterTypes().stream()
                  .map(t -> t.toErasure()).toList());
              types.add(unit.getReturnType().toErasure());
              types.addAll(unit.getThrowsClause().getTypes());
              for (JavaClass t : types) {
                if (isForeign(t)) {
                  events.add(SimpleConditionEvent.violated(unit,
                      unit.getFullName() + " exposes " + t.getName()));
                }
              }
            }
            for (JavaField f : c.getFields()) {
              if (isExposed(f.getModifiers()) && isForeign(f.getRawType())) {
                events.add(SimpleConditionEvent.violated(f,
                    f.getFullName() + " exposes " + f.getRawType().getName()));
              }
            }
            JavaClass superclass = c.getRawSuperclass().orElse(null);
            if (superclass != null && isForeign(superclass)) {
              events.add(SimpleConditionEvent.violated(c, c.getName() + " extends " + superclass.getName()));
            }
            for (JavaClass i : c.getRawInterfaces()) {
              if (isForeign(i)) {
                events.add(SimpleConditionEvent.violated(c, c.getName() + " implements " + i.getName()));
              }
            }
          }
        }));
  }

  private static boolean isExposed(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean isForeign(JavaClass type) {
    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
    String name = base.getName();
    return FOREIGN.stream().anyMatch(p -> name.startsWith(p + "."));
  }

  private static void check(ArchRule rule) {
    rule.allowEmptyShould(true).check(lumpsum);
  }
}
