package fi.register.events.subjectrequest;

/** How a subject's request was answered. Codes only: the answer's wording is kept where the clinic keeps letters. */
public enum SubjectRequestOutcome {
    FULFILLED,
    /** Fulfilled in part: for instance data an exception keeps (docs/architecture.md, "Subject requests"). */
    PARTLY_FULFILLED,
    /** Refused, for instance as manifestly unfounded (Art. 12(5)); the subject was told why. */
    REFUSED,
    /**
     * The subject was erased while the request was open: nothing is left to give or correct. Recorded by the erasure
     * itself, never by the data protection officer (an open erasure request is FULFILLED by the erasure).
     */
    CLOSED_BY_ERASURE
}
