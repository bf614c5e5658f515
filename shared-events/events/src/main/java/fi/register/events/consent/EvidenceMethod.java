package fi.register.events.consent;

/** How the consent was given; the privacy notice requires {@link #WRITTEN} for disclosure. */
public enum EvidenceMethod {
    WRITTEN,
    ELECTRONIC,
    IN_PERSON
}
