package fi.register.query.notice;

/**
 * The technical and organisational security measures of the records of processing (GDPR Art. 30(1)(g), 32): only
 * what the register itself does, each proven by its own tests (docs/architecture.md, docs/crypto-shredding.md).
 */
public enum SecurityMeasure {
    CRYPTO_SHREDDING("Every personal field is encrypted under a key of that customer alone; erasure destroys the key, "
            + "which makes the data unreadable throughout the history."),
    WRAPPED_DATA_KEYS("The customers' keys are stored wrapped under a master key kept apart from the data; the master "
            + "key can be rotated."),
    NO_IDENTITY_CODES("Personal identity codes are refused at the door, and the compliance replay looks for any in "
            + "the stored history."),
    ROLE_BASED_ACCESS("Each role sees only what its work needs; management sees counts only, small groups suppressed."),
    READ_AUDIT("Every read of a customer's data, and every refused request about a customer, is recorded with who "
            + "and when."),
    TAMPER_EVIDENT_HISTORY("The history is a Merkle tree with signed checkpoints: an edited, dropped, reordered or "
            + "forged event is found."),
    COMPLIANCE_REPLAY("The compliance replay re-checks the whole history against the rules of this notice."),
    AUTHENTICATION("Passwords are stored as strong hashes, failed sign-ins are throttled, idle console sessions are "
            + "signed out."),
    NO_PERSONAL_DATA_IN_LOGS("No personal data in logs, error messages or URLs.");

    private final String description;

    SecurityMeasure(String description) {
        this.description = description;
    }

    /** In English: the records of processing are the controller's own document, kept for the supervisory authority. */
    public String description() {
        return description;
    }
}
