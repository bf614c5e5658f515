package fi.register.crypto;

/** Refuses to encrypt new personal data for a subject whose key was destroyed. Carries no personal data. */
public class SubjectErasedException extends RuntimeException {

    public SubjectErasedException(String message) {
        super(message);
    }
}
