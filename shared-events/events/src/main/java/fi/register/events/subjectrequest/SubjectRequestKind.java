package fi.register.events.subjectrequest;

/** Which of the data subject's rights a request uses (GDPR Art. 15-17). */
public enum SubjectRequestKind {
    /** A copy of the data and what is done with it (Art. 15). */
    ACCESS,
    /** Inaccurate data corrected, incomplete data completed (Art. 16). */
    RECTIFICATION,
    /** The data erased (Art. 17): fulfilled by the erasure itself, never by an answer alone. */
    ERASURE
}
