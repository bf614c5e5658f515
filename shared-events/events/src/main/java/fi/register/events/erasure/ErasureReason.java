package fi.register.events.erasure;

public enum ErasureReason {
    /** The subject asked for erasure (GDPR Art. 17), handled by the data protection officer. */
    SUBJECT_REQUEST,
    /** The retention period after the last service event passed. */
    RETENTION_EXPIRED
}
