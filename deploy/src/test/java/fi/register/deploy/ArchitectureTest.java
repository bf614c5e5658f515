package fi.register.deploy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fi.register.testsupport.RegisterArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(register.containPackage("fi.register.rules")).isTrue();
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

    @Test
    void rejects_WhenTheNoticesRulesImportAFrameworkOrASide() {
        RegisterArchitecture.NOTICE_RULES_KNOW_NO_FRAMEWORK_AND_NEITHER_SIDE.check(register);
    }

    @Test
    void rejects_WhenARuleOfTheNoticeIsNotListedInNoticeRules() {
        RegisterArchitecture.EVERY_NOTICE_RULE_IS_LISTED.check(register);
    }

    @Test
    void rejects_WhenARuleOfTheNoticeIsNotUsedByBothTheAggregateAndTheReplay() {
        RegisterArchitecture.NOTICE_RULES_ARE_DECIDED_AND_REPLAYED_BY_THE_SAME_CLASS.check(register);
    }

    @Test
    void rejects_WhenARuleOnlyTheCommandSideCanApplyIsNotAppliedThereOrIsAppliedByTheQuerySide() {
        RegisterArchitecture.RULES_ONLY_THE_COMMAND_SIDE_CAN_APPLY_ARE_DECIDED_THERE.check(register);
    }

    @Test
    void rejects_WhenARuleOnlyTheReplayAppliesIsNotAppliedByIt() {
        RegisterArchitecture.RULES_ONLY_THE_REPLAY_APPLIES_ARE_APPLIED_THERE.check(register);
    }

    @Test
    void rejects_WhenTheReplayIsMissing() {
        // the rule is not vacuous: without the query side, no rule is replayed, and it says so
        JavaClasses withoutTheQuerySide = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.register.rules", "fi.register.command");

        assertThatThrownBy(() -> RegisterArchitecture.NOTICE_RULES_ARE_DECIDED_AND_REPLAYED_BY_THE_SAME_CLASS
                .check(withoutTheQuerySide))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fi.register.rules.HealthDataNeedsConsent is not used by any class in "
                        + "fi.register.query.compliance..");
    }
}
