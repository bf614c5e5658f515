package fi.register.rules;

import fi.register.events.LegalBasis;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.interview.InterviewRectifiedEvent;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramFeedbackRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendationRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * GDPR Art. 9(2)(a) and the notice: health data (the interview, a program recommended for the subject, feedback on a
 * program's effects) is processed only
 * on the subject's explicit HEALTH_DATA consent, in force at that moment. The processing records CONSENT as its basis
 * and names the consent, so the history proves which consent each use rested on.
 */
public final class HealthDataNeedsConsent {

    /** The only basis health data is recorded on: never the contract, which the subject cannot withdraw from alone. */
    public static final LegalBasis BASIS = LegalBasis.CONSENT;

    /**
     * The events that record health data: the notice's item 10 (the interview), a program recommended for the subject
     * (item 9: chosen for, and with a rationale about, one person's wellbeing) and the feedback on a program's effects;
     * and their corrections (issue 12), which write health data anew.
     */
    private static final Set<Class<?>> HEALTH_DATA = Set.of(InterviewRecordedEvent.class,
            ProgramRecommendedEvent.class, ProgramFeedbackRecordedEvent.class, InterviewRectifiedEvent.class,
            ProgramRecommendationRectifiedEvent.class, ProgramFeedbackRectifiedEvent.class);

    private HealthDataNeedsConsent() {
    }

    /** Whether the event records health data, and so must rest on a HEALTH_DATA consent in force. */
    public static boolean recordsHealthData(Object event) {
        return event != null && HEALTH_DATA.contains(event.getClass());
    }

    /** Whether a consent in force allows recording health data: only one given for that very purpose. */
    public static boolean allowedBy(ConsentScope consentInForce) {
        return consentInForce.purpose() == ConsentPurpose.HEALTH_DATA;
    }

    /**
     * The consent a processing of health data rests on now: the first given of those in force that allows it, so the
     * same one however often the subject's history is read.
     *
     * @param inForce the subject's consents in force, by id, in the order they were given
     */
    public static Optional<UUID> consentAmong(Map<UUID, ConsentScope> inForce) {
        return inForce.entrySet().stream()
                .filter(consent -> allowedBy(consent.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Whether a recorded legal basis (as the metadata spells it) is the one health data needs. */
    public static boolean restsOnItsBasis(String legalBasis) {
        return BASIS.name().equals(legalBasis);
    }
}
