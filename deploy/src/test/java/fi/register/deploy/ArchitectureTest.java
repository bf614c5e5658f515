package fi.register.deploy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fi.register.testsupport.RegisterArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundaries, checked where every module's main code is on the class path: here, beside the one-JVM register
 * that assembles them all.
 */
class ArchitectureTest {

    private static JavaClasses register;

    @BeforeAll
    static void importTheRegister() {
        register = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.register");
    }

    @Test
    void importedEveryModule() {
        // a rule over nothing passes: prove each module's classes are really in the import
        assertThat(register.containPackage("fi.register.command.customer")).isTrue();
        assertThat(register.containPackage("fi.register.query.customer")).isTrue();
        assertThat(register.containPackage("fi.register.autoconfigure.security")).isTrue();
        assertThat(register.containPackage("fi.register.events.customer")).isTrue();
        assertThat(register.containPackage("fi.register.crypto")).isTrue();
    }

    @Test
    void rejects_WhenTheCommandSideImportsTheQuerySide() {
        RegisterArchitecture.COMMAND_SIDE_NEVER_IMPORTS_THE_QUERY_SIDE.check(register);
    }

    @Test
    void rejects_WhenTheQuerySideImportsTheCommandSide() {
        RegisterArchitecture.QUERY_SIDE_NEVER_IMPORTS_THE_COMMAND_SIDE.check(register);
    }

    @Test
    void rejects_WhenTheSharedWiringImportsASide() {
        RegisterArchitecture.SHARED_WIRING_KNOWS_NEITHER_SIDE.check(register);
    }

    @Test
    void rejects_WhenThePublishedLanguageImportsSpring() {
        RegisterArchitecture.PUBLISHED_LANGUAGE_IMPORTS_NO_SPRING.check(register);
    }

    @Test
    void rejects_WhenAMessageIsNotARecord() {
        RegisterArchitecture.MESSAGES_ARE_RECORDS.check(register);
    }

    @Test
    void rejects_WhenFeaturePackagesFormACycle() {
        RegisterArchitecture.FEATURE_PACKAGES_HAVE_NO_CYCLES.check(register);
    }
}
