package fi.register.command.consent;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;

import java.util.UUID;

/**
 * GDPR Art. 9(2)(a): health data (the interview, feedback on a program's effects) is processed only while the
 * subject's explicit consent to it is in force at that moment. The consent's id goes into the event's metadata, so
 * the compliance replay can prove which consent each use rested on.
 */
public final class HealthDataNeedsConsent {

    private HealthDataNeedsConsent() {
    }

    /** @return the HEALTH_DATA consent in force, the basis of the processing */
    public static UUID requireConsentInForce(ConsentsInForce consents) {
        return consents.healthDataConsent().orElseThrow(() -> new CommandRefusedException(
                Refusal.HEALTH_DATA_CONSENT_REQUIRED,
                "Health data is recorded only while the customer's explicit HEALTH_DATA consent is in force: "
                        + "record the consent first."));
    }
}
