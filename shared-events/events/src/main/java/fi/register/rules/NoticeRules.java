package fi.register.rules;

import java.util.List;

/**
 * Every rule of the privacy notice the register decides by, in one place. Each is one class in this package, plain
 * Java deciding from events and values, so the command side decides by it and the compliance replay checks the
 * history against the very same code: a rule changed here changes both, and the two cannot drift apart. An
 * architecture test proves each rule below is used by the side(s) it is listed for.
 */
public final class NoticeRules {

    /** Rules the command side decides by and the compliance replay re-checks the whole history against. */
    public static final List<Class<?>> DECIDED_AND_REPLAYED = List.of(
            HealthDataNeedsConsent.class,
            DisclosureNeedsBasis.class,
            DisclosureConsentIsWritten.class,
            NamedParty.class,
            NeurosonicOrderConfirmation.class,
            RetentionPeriod.class,
            RetentionErasureOnlyWhenDue.class,
            OpenBookingKeepsTheCustomer.class,
            SubjectRequestAnsweredWithinOneMonth.class);

    /**
     * Rules only the command side can apply. {@link DateOfBirthOnlyForServicesThatNeedIt}: whether an interview holds
     * a date of birth is a personal field, which reads as erased after an erasure, and the replay is built to decide on
     * nothing personal; and which services need it is a command-side setting. So the command side refuses at the door.
     */
    public static final List<Class<?>> DECIDED_ONLY = List.of(DateOfBirthOnlyForServicesThatNeedIt.class);

    /**
     * Rules only the compliance replay applies, over the stored history: what no command can cause but an intruder or
     * a broken past version writing the store could. {@link NoIdentityCodeInReadableFields}: the command side's
     * requests are screened at the door (fi.register.guard), the rule judges what is stored.
     * {@link MerkleLogVerifies}: the events still hash to a signed checkpoint.
     */
    public static final List<Class<?>> REPLAYED_ONLY = List.of(NoIdentityCodeInReadableFields.class,
            MerkleLogVerifies.class);

    /** What the rules decide over, not rules themselves. */
    public static final List<Class<?>> INPUTS = List.of(ConsentScope.class, PartyNames.class);

    private NoticeRules() {
    }
}
