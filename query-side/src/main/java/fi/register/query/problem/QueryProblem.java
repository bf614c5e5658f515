package fi.register.query.problem;

import org.springframework.http.HttpStatus;

import java.net.URI;

/**
 * Every reason the query side answers with a problem, each with a stable type ({@code urn:register:problem:<slug>})
 * that clients may rely on. Slugs shared with the command side mean the same thing on both sides.
 */
public enum QueryProblem {
    SUBJECT_NOT_FOUND("subject-not-found", HttpStatus.NOT_FOUND),
    /** The subject was erased: answered as gone, so a client can tell erasure from a wrong id. */
    SUBJECT_ERASED("subject-erased", HttpStatus.GONE),
    INVALID_FIELD("invalid-field", HttpStatus.BAD_REQUEST),
    ORDER_NOT_FOUND("order-not-found", HttpStatus.NOT_FOUND),
    /** The order exists but no confirmation went out for it (only Neurosonic device orders have one). */
    NO_ORDER_CONFIRMATION("no-order-confirmation", HttpStatus.NOT_FOUND),
    PERSONAL_IDENTITY_CODE("personal-identity-code", HttpStatus.BAD_REQUEST),
    /** Written by the security chain's access-denied handler, before any controller runs. */
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN);

    private final String slug;
    private final HttpStatus status;

    QueryProblem(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    public URI type() {
        return URI.create("urn:register:problem:" + slug);
    }

    public HttpStatus status() {
        return status;
    }
}
