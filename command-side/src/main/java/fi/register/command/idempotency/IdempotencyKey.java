package fi.register.command.idempotency;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A caller's {@code Idempotency-Key}: 1 to 255 printable ASCII characters without blanks (a UUID fits, as does any
 * opaque token a client generates). Never stored, logged or echoed: only its keyed hash is kept.
 */
record IdempotencyKey(String value) {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;
    private static final Pattern ACCEPTED = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    /** Empty when the header is well-formed nowhere: absent is not the same as malformed, see {@link #isMalformed}. */
    static Optional<IdempotencyKey> parse(String header) {
        return header != null && ACCEPTED.matcher(header).matches() ? Optional.of(new IdempotencyKey(header))
                : Optional.empty();
    }

    static boolean isMalformed(String header) {
        return header != null && parse(header).isEmpty();
    }

    @Override
    public String toString() {
        return "IdempotencyKey[redacted]";
    }
}
