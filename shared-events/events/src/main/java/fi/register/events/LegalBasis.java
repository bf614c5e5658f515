package fi.register.events;

/** GDPR Art. 6 (and Art. 9 for health data) bases the register processes data on. */
public enum LegalBasis {
    /** Art. 6(1)(a) / 9(2)(a): the subject's consent, named by {@link EventMetadata#CONSENT_ID}. */
    CONSENT,
    /** Art. 6(1)(b): providing the service the customer asked for. */
    CONTRACT,
    /** Art. 6(1)(c): what the controller must do by law (rectification, erasure, consent records). */
    LEGAL_OBLIGATION
}
