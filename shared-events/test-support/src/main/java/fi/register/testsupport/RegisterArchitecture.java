package fi.register.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import fi.register.rules.NoticeRules;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The register's boundaries as rules a test checks on the compiled classes, so a wrong import fails the build
 * instead of waiting for a review: the two sides meet only in what they share, the published language stays plain
 * Java, no feature package leans on another that leans back, and each rule of the privacy notice is one class that
 * both the command side and the compliance replay use.
 */
public final class RegisterArchitecture {

    static final String COMMAND_SIDE = "fi.register.command..";
    static final String QUERY_SIDE = "fi.register.query..";
    /** Where the query side re-checks the history against the notice's rules. */
    static final String COMPLIANCE_REPLAY = "fi.register.query.compliance..";
    /** The notice's rules, one class each, listed in {@link NoticeRules}. */
    static final String NOTICE_RULES = "fi.register.rules..";
    /** The published language and what travels with it: records, the crypto-shredding, the input guards, the rules. */
    static final String[] PUBLISHED_LANGUAGE = {"fi.register.events..", "fi.register.crypto..", "fi.register.guard..",
            "fi.register.evidence..",
            NOTICE_RULES};

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

    public static final ArchRule NOTICE_RULES_KNOW_NO_FRAMEWORK_AND_NEITHER_SIDE = noClasses()
            .that().resideInAPackage(NOTICE_RULES)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                    "com.mongodb..", "org.bson..", "jakarta.persistence..", "fi.register.autoconfigure..",
                    COMMAND_SIDE, QUERY_SIDE)
            .because("a rule decides from events and values alone, so the aggregate and the replay can both run it");

    public static final ArchRule EVERY_NOTICE_RULE_IS_LISTED = classes()
            .that().resideInAPackage(NOTICE_RULES).and().areTopLevelClasses()
            .and().doNotHaveFullyQualifiedName(NoticeRules.class.getName())
            .should(beListedIn(Stream.of(NoticeRules.DECIDED_AND_REPLAYED, NoticeRules.DECIDED_ONLY,
                    NoticeRules.REPLAYED_ONLY, NoticeRules.INPUTS)
                    .flatMap(Collection::stream).toList()))
            .because("NoticeRules is the one place that lists the notice's rules, and says which side applies each");

    public static final ArchRule NOTICE_RULES_ARE_DECIDED_AND_REPLAYED_BY_THE_SAME_CLASS = classes()
            .that(areListedIn(NoticeRules.DECIDED_AND_REPLAYED))
            .should(beUsedBy(COMMAND_SIDE)).andShould(beUsedBy(COMPLIANCE_REPLAY))
            .because("a rule the aggregate decides by and the replay re-derived on its own could drift apart unseen");

    /**
     * The exclusion, explicit: a rule only the command side can apply, for the reason {@link NoticeRules#DECIDED_ONLY}
     * gives (the replay decides on nothing personal, and the date of birth is personal). Should the replay ever use
     * one, it belongs in {@link NoticeRules#DECIDED_AND_REPLAYED} instead, so this fails to say so.
     */
    public static final ArchRule RULES_ONLY_THE_COMMAND_SIDE_CAN_APPLY_ARE_DECIDED_THERE = classes()
            .that(areListedIn(NoticeRules.DECIDED_ONLY))
            .should(beUsedBy(COMMAND_SIDE)).andShould(notBeUsedBy(QUERY_SIDE))
            .because("a rule listed as the command side's alone must be applied there, and only there");

    /** A rule only the replay can apply ({@link NoticeRules#REPLAYED_ONLY}) must be applied by it. */
    public static final ArchRule RULES_ONLY_THE_REPLAY_APPLIES_ARE_APPLIED_THERE = classes()
            .that(areListedIn(NoticeRules.REPLAYED_ONLY))
            .should(beUsedBy(COMPLIANCE_REPLAY))
            .because("a rule listed for the replay that the replay does not use checks nothing");

    private RegisterArchitecture() {
    }

    private static DescribedPredicate<JavaClass> areListedIn(List<Class<?>> rules) {
        List<String> names = rules.stream().map(Class::getName).toList();
        return DescribedPredicate.describe("are listed in NoticeRules " + names,
                javaClass -> names.contains(javaClass.getName()));
    }

    private static ArchCondition<JavaClass> beListedIn(List<Class<?>> listed) {
        List<String> names = listed.stream().map(Class::getName).toList();
        return new ArchCondition<>("be listed in NoticeRules") {
            @Override
            public void check(JavaClass rule, ConditionEvents events) {
                boolean isListed = names.contains(rule.getName());
                events.add(new SimpleConditionEvent(rule, isListed, rule.getName()
                        + (isListed ? " is" : " is not") + " listed in NoticeRules"));
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedBy(String packages) {
        return new ArchCondition<>("be used by classes in " + packages) {
            @Override
            public void check(JavaClass rule, ConditionEvents events) {
                boolean used = isUsedBy(rule, packages);
                events.add(new SimpleConditionEvent(rule, used, rule.getName()
                        + (used ? " is" : " is not") + " used by any class in " + packages));
            }
        };
    }

    private static ArchCondition<JavaClass> notBeUsedBy(String packages) {
        return new ArchCondition<>("not be used by classes in " + packages) {
            @Override
            public void check(JavaClass rule, ConditionEvents events) {
                boolean used = isUsedBy(rule, packages);
                events.add(new SimpleConditionEvent(rule, !used, rule.getName()
                        + (used ? " is" : " is not") + " used by a class in " + packages));
            }
        };
    }

    private static boolean isUsedBy(JavaClass rule, String packages) {
        PackageMatcher matcher = PackageMatcher.of(packages);
        return rule.getDirectDependenciesToSelf().stream()
                .map(Dependency::getOriginClass)
                .anyMatch(origin -> matcher.matches(origin.getPackageName()));
    }
}
