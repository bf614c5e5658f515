package fi.register.events;

/**
 * Metadata keys every event carries, so that the audit trail and the compliance replay can be
 * built from the event history alone.
 */
public final class EventMetadata {

    /** The authenticated user who caused the event (a staff user name, never a customer's data). */
    public static final String ACTOR = "actor";
    /** The actor of what the register does by itself (retention), with no user behind it. */
    public static final String SYSTEM_ACTOR = "system";
    /** The id shared by everything one request caused. */
    public static final String CORRELATION_ID = "correlationId";
    /** The legal basis of the processing, one of {@link LegalBasis}. */
    public static final String LEGAL_BASIS = "legalBasis";
    /** With {@link LegalBasis#CONSENT}: the id of the consent in force that allowed the processing. */
    public static final String CONSENT_ID = "consentId";

    private EventMetadata() {
    }
}
