package fi.register.events.disclosure;

/** Which kind of change a recipient of the subject's data is to be told of (GDPR Art. 19). */
public enum RecipientChange {
    /** Disclosed data was rectified (Art. 16): the recipient holds a value that is no longer right. */
    RECTIFICATION,
    /** The subject was erased (Art. 17): the recipient holds data the register no longer does. */
    ERASURE
}
