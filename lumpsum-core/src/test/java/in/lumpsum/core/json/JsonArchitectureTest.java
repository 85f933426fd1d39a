package in.lumpsum.core.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Jackson stays behind the codec: only internal packages touch it, and no model is annotated for it. */
class JsonArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("in.lumpsum.core");

  @Test
  void onlyInternalPackages_dependOnJackson() {
    noClasses().that().resideOutsideOfPackage("in.lumpsum.core.internal..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
        .check(CORE);
  }
}
