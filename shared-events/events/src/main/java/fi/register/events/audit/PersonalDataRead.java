package fi.register.events.audit;

/** What of a subject's personal data a user read; the read audit records one of these per read. */
public enum PersonalDataRead {
    /** The register view of one subject, looked up by id. */
    REGISTER_VIEW,
    /** A subject's register view returned as a hit of a search by e-mail address. */
    EMAIL_SEARCH_HIT,
    /** A subject returned as a hit of a search by name, phone, e-mail or business id (the terms are not recorded). */
    SEARCH_HIT,
    /** A subject shown in the list of the most recently active customers. */
    RECENTLY_ACTIVE_LIST,
    /** Everything held about the subject, for a request of access or portability (GDPR Art. 15, 20). */
    ACCESS_EXPORT,
    /** The subject's list of bookings. */
    BOOKINGS,
    /** The subject's list of orders, with their delivery addresses. */
    ORDERS,
    /** The order confirmation document that went to a recipient. */
    ORDER_CONFIRMATION,
    /** The subject's program recommendations. */
    RECOMMENDATIONS,
    /** The subject's feedback on programs (health data). */
    PROGRAM_FEEDBACK
}
