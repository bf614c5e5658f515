package fi.register.query.compliance;

/** The register's promises the compliance replay re-checks (docs/requirements.md, the data protection officer's duties). */
enum ComplianceRule {
    /** Health data (interview, program recommendation, program feedback) recorded without the subject's HEALTH_DATA consent in force. */
    HEALTH_DATA_WITHOUT_CONSENT,
    /** Data held, or erased, later than the retention deadline plus the grace the enforcer needs. */
    KEPT_PAST_RETENTION,
    /** A disclosure that neither a named party's role nor a written DISCLOSURE consent for that recipient covers. */
    DISCLOSURE_WITHOUT_BASIS,
    /** A RETENTION_EXPIRED erasure before the retention deadline: data erased that the customer could still need. */
    ERASED_BEFORE_RETENTION_DUE,
    /** A readable (not sealed) field of a stored event holds a personal identity code, which is never to be stored. */
    PERSONAL_IDENTITY_CODE_STORED,
    /** The stored history no longer hashes to the signed checkpoint: an event it covered was changed, dropped or moved. */
    HISTORY_DOES_NOT_VERIFY,
    /** A subject's request answered after its deadline (one month, GDPR Art. 12(3)), or still open past it. */
    SUBJECT_REQUEST_NOT_ANSWERED_IN_TIME
}
