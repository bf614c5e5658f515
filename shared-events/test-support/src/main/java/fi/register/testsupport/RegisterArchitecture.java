package fi.register.testsupport;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The register's boundaries as rules a test checks on the compiled classes, so a wrong import fails the build
 * instead of waiting for a review: the two sides meet only in what they share, the published language stays plain
 * Java, and no feature package leans on another that leans back.
 */
public final class RegisterArchitecture {

    static final String COMMAND_SIDE = "fi.register.command..";
    static final String QUERY_SIDE = "fi.register.query..";
    /** The published language and what travels with it: records, the crypto-shredding and the input guards. */
    static final String[] PUBLISHED_LANGUAGE = {"fi.register.events..", "fi.register.crypto..", "fi.register.guard.."};

    public static final ArchRule COMMAND_SIDE_NEVER_IMPORTS_THE_QUERY_SIDE = noClasses()
            .that().resideInAPackage(COMMAND_SIDE)
            .should().dependOnClassesThat().resideInAPackage(QUERY_SIDE)
            .because("the sides meet only in shared-events, so each can be deployed and scaled alone");

    public static final ArchRule QUERY_SIDE_NEVER_IMPORTS_THE_COMMAND_SIDE = noClasses()
            .that().resideInAPackage(QUERY_SIDE)
            .should().dependOnClassesThat().resideInAPackage(COMMAND_SIDE)
            .because("the sides meet only in shared-events, so each can be deployed and scaled alone");

    public static final ArchRule SHARED_WIRING_KNOWS_NEITHER_SIDE = noClasses()
            .that().resideInAPackage("fi.register.autoconfigure..")
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND_SIDE, QUERY_SIDE)
            .because("each side contributes its own rules to the shared wiring, never the other way round");

    public static final ArchRule PUBLISHED_LANGUAGE_IMPORTS_NO_SPRING = noClasses()
            .that().resideInAnyPackage(PUBLISHED_LANGUAGE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "fi.register.autoconfigure..")
            .because("auditors and downstream systems read the published language without the register's framework");

    public static final ArchRule MESSAGES_ARE_RECORDS = classes()
            .that().haveNameMatching("fi\\.register\\.events\\..*(Event|Command)")
            .and().areNotInterfaces()
            .should().beRecords()
            .because("a message is an immutable value, one per file");

    public static final ArchRule FEATURE_PACKAGES_HAVE_NO_CYCLES = slices()
            .matching("fi.register.(*).(*)..")
            .should().beFreeOfCycles()
            .because("a feature that leans on one leaning back cannot be understood, tested or moved alone");

    private RegisterArchitecture() {
    }
}
