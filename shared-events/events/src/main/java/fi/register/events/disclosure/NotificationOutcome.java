package fi.register.events.disclosure;

/**
 * What became of telling a recipient about a rectification or erasure (GDPR Art. 19). Codes only: why it was
 * impossible, in words, is kept where the clinic keeps its letters, since words could be personal and the record must
 * stay readable after the subject's key is gone.
 */
public enum NotificationOutcome {
    /** The recipient was told. */
    TOLD,
    /** Telling the recipient proved impossible (it no longer exists, cannot be reached). */
    IMPOSSIBLE,
    /** Telling the recipient would take a disproportionate effort (Art. 19's other exception). */
    DISPROPORTIONATE_EFFORT
}
