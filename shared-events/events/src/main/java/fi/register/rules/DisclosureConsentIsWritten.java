package fi.register.rules;

import fi.register.events.consent.EvidenceMethod;

/**
 * The notice: nothing goes outside the named parties without the customer's <em>written</em> permission
 * (kirjallinen lupa). A DISCLOSURE consent is therefore accepted only with written evidence, and a disclosure on
 * consent rests only on a written one.
 */
public final class DisclosureConsentIsWritten {

    public static final EvidenceMethod REQUIRED_EVIDENCE = EvidenceMethod.WRITTEN;

    private DisclosureConsentIsWritten() {
    }

    public static boolean isWritten(EvidenceMethod evidence) {
        return evidence == REQUIRED_EVIDENCE;
    }
}
