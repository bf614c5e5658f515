package fi.register.crypto;

import java.util.UUID;

/**
 * Another transaction created the subject's key first; this transaction's key was never stored, so it fails, and
 * the events it would have encrypted with it go nowhere. Sending the command again uses the winner's key.
 */
public class ConcurrentKeyCreationException extends IllegalStateException {

    public ConcurrentKeyCreationException(UUID subjectId, Throwable cause) {
        super("Another transaction created the data key of subject " + subjectId + " first", cause);
    }
}
