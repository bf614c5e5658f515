package fi.register.events.consent;

public enum ConsentPurpose {
    /** Explicit consent to process health data (GDPR Art. 9(2)(a)): interviews, program feedback. */
    HEALTH_DATA,
    /** Newsletters and advertising, per channel. */
    MARKETING,
    /** Disclosure to a named recipient that the register description does not name; needs written evidence. */
    DISCLOSURE
}
