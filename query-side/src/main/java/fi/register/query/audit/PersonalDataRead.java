package fi.register.query.audit;

/** What of a subject's personal data a user read; the read audit records one of these per read. */
public enum PersonalDataRead {
    /** The register view of one subject, looked up by id. */
    REGISTER_VIEW,
    /** A subject's register view returned as a hit of a search by e-mail address. */
    EMAIL_SEARCH_HIT,
    /** Everything held about the subject, for a request of access or portability (GDPR Art. 15, 20). */
    ACCESS_EXPORT
}
