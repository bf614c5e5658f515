package fi.register.autoconfigure.problem;

import org.springframework.http.HttpStatus;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every reason the register refuses a request, on either side, each with a stable problem type
 * ({@code urn:register:problem:<slug>}) that clients may rely on. One list, so a slug means the same thing
 * wherever it is answered and the API documentation can name them all.
 */
public enum Refusal {
    PERSONAL_IDENTITY_CODE("personal-identity-code", HttpStatus.BAD_REQUEST),
    MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST),
    /** A body or URL part that is not valid UTF-8, or holds raw control characters. */
    NOT_UTF8("not-utf-8", HttpStatus.BAD_REQUEST),
    /** A body declared in a charset other than UTF-8: JSON is read as UTF-8 only. */
    UNSUPPORTED_CHARSET("unsupported-charset", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** A malformed percent escape, or unencoded characters, in the path or the query string. */
    MALFORMED_URL("malformed-url", HttpStatus.BAD_REQUEST),
    UNKNOWN_PROPERTY("unknown-property", HttpStatus.BAD_REQUEST),
    /** A query parameter the endpoint does not take, or one given twice: refused, never silently ignored. */
    UNKNOWN_PARAMETER("unknown-parameter", HttpStatus.BAD_REQUEST),
    /** An {@code Accept} header that names none of the formats the endpoint writes. */
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    INVALID_FIELD("invalid-field", HttpStatus.BAD_REQUEST),
    INVALID_BUSINESS_ID("invalid-business-id", HttpStatus.BAD_REQUEST),
    UNKNOWN_CUSTOMER_GROUP("unknown-customer-group", HttpStatus.BAD_REQUEST),
    FIELD_NOT_FOR_KIND("field-not-for-kind", HttpStatus.BAD_REQUEST),
    NOTHING_TO_RECTIFY("nothing-to-rectify", HttpStatus.BAD_REQUEST),
    INVALID_CONSENT("invalid-consent", HttpStatus.BAD_REQUEST),
    WRITTEN_EVIDENCE_REQUIRED("written-evidence-required", HttpStatus.BAD_REQUEST),
    // wellness services: interviews, bookings, service events, orders, disclosures, programs
    UNKNOWN_SERVICE("unknown-service", HttpStatus.BAD_REQUEST),
    /** A service event whose kind its service does not have (register.service-event-kinds). */
    KIND_NOT_FOR_SERVICE("kind-not-for-service", HttpStatus.BAD_REQUEST),
    DATE_OF_BIRTH_REQUIRED("date-of-birth-required", HttpStatus.BAD_REQUEST),
    DATE_OF_BIRTH_NOT_NEEDED("date-of-birth-not-needed", HttpStatus.BAD_REQUEST),
    BOOKING_IN_THE_PAST("booking-in-the-past", HttpStatus.BAD_REQUEST),
    /** A booked time beyond the clinic's horizon (register.bookings.horizon): year 2286 is a typo, not a booking. */
    BOOKING_BEYOND_HORIZON("booking-beyond-horizon", HttpStatus.BAD_REQUEST),
    FIELD_NOT_DISCLOSABLE("field-not-disclosable", HttpStatus.BAD_REQUEST),
    HEALTH_DATA_CONSENT_REQUIRED("health-data-consent-required", HttpStatus.CONFLICT),
    DISCLOSURE_CONSENT_REQUIRED("disclosure-consent-required", HttpStatus.CONFLICT),
    BOOKING_CLOSED("booking-closed", HttpStatus.CONFLICT),
    /**
     * What was asked needs an address the customer's entry does not have (an order is billed to it): staff add it by
     * rectification. The detail names the field, as a field's validation does.
     */
    ADDRESS_REQUIRED("address-required", HttpStatus.CONFLICT),
    /** A completion before the booked day (register.bookings): it would restart retention for what has not happened. */
    BOOKING_NOT_STARTED("booking-not-started", HttpStatus.CONFLICT),
    BOOKING_NOT_FOUND("booking-not-found", HttpStatus.NOT_FOUND),
    /** A rectification of an interview, recommendation or feedback the customer does not have (issue 12). */
    INTERVIEW_NOT_FOUND("interview-not-found", HttpStatus.NOT_FOUND),
    RECOMMENDATION_NOT_FOUND("recommendation-not-found", HttpStatus.NOT_FOUND),
    FEEDBACK_NOT_FOUND("feedback-not-found", HttpStatus.NOT_FOUND),
    EMAIL_TAKEN("email-taken", HttpStatus.CONFLICT),
    CONSENT_ALREADY_IN_FORCE("consent-already-in-force", HttpStatus.CONFLICT),
    CONSENT_NOT_IN_FORCE("consent-not-in-force", HttpStatus.CONFLICT),
    SUBJECT_NOT_FOUND("subject-not-found", HttpStatus.NOT_FOUND),
    SUBJECT_ERASED("subject-erased", HttpStatus.GONE),
    /** An erasure for the retention period, sent before the subject's period had passed. */
    RETENTION_NOT_DUE("retention-not-due", HttpStatus.CONFLICT),
    // a data subject's requests (issue 12): recorded on arrival, answered by the data protection officer
    SUBJECT_REQUEST_NOT_FOUND("subject-request-not-found", HttpStatus.NOT_FOUND),
    SUBJECT_REQUEST_ANSWERED("subject-request-answered", HttpStatus.CONFLICT),
    /** A request id the subject already has (a request is recorded once). */
    SUBJECT_REQUEST_EXISTS("subject-request-exists", HttpStatus.CONFLICT),
    /** An erasure request answered as fulfilled without the erasure (which answers it), or CLOSED_BY_ERASURE given by hand. */
    ANSWERED_BY_ERASURE("answered-by-erasure", HttpStatus.CONFLICT),
    // telling recipients of a rectification or erasure (GDPR Art. 19): the data protection officer's record
    /** No change of the subject reached the data of that disclosure (or no such disclosure or change). */
    NOTHING_TO_TELL("nothing-to-tell", HttpStatus.NOT_FOUND),
    /** The recipient is already recorded as told of that change. */
    RECIPIENT_ALREADY_TOLD("recipient-already-told", HttpStatus.CONFLICT),
    /** An {@code Idempotency-Key} header that is empty, too long, or not printable ASCII. */
    INVALID_IDEMPOTENCY_KEY("invalid-idempotency-key", HttpStatus.BAD_REQUEST),
    /** An {@code Idempotency-Key} the same user already sent with another request (method, path or body). */
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_ENTITY),
    /** The first request with this {@code Idempotency-Key} is still being decided: ask again shortly. */
    REQUEST_IN_PROGRESS("request-in-progress", HttpStatus.CONFLICT),
    /** An order the customer does not have: a confirmation asked for (query side) or a delivery address corrected. */
    ORDER_NOT_FOUND("order-not-found", HttpStatus.NOT_FOUND),
    // the query side's own
    /** The order exists but no confirmation went out for it (only Neurosonic device orders have one). */
    NO_ORDER_CONFIRMATION("no-order-confirmation", HttpStatus.NOT_FOUND),
    /**
     * The views are still catching up with the event store after a start (in the embedded default, a rebuild: the
     * projections live in memory): a read now could miss what exists. Sent with {@code Retry-After}.
     */
    CATCHING_UP("catching-up", HttpStatus.SERVICE_UNAVAILABLE),
    /** A processing group that keeps no dead letters (register.dead-letters.processing-groups). */
    UNKNOWN_PROJECTION("unknown-projection", HttpStatus.NOT_FOUND),
    /** A retry of a sequence the projection holds no dead letter of. */
    NO_DEAD_LETTERS("no-dead-letters", HttpStatus.NOT_FOUND),
    /**
     * The event store's or the projections' database cannot be reached (stopped, restarting, the network gone): nothing
     * was written, ask again. Sent with {@code Retry-After}; the register recovers by itself when the database returns.
     */
    STORAGE_UNAVAILABLE("storage-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    // written by the security chain, before any controller runs
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
    /** Repeated failed logins for the user name or from the address: the answer says when to try again. */
    TOO_MANY_FAILED_LOGINS("too-many-failed-logins", HttpStatus.TOO_MANY_REQUESTS),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN);

    private final String slug;
    private final HttpStatus status;

    Refusal(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    public URI type() {
        return URI.create("urn:register:problem:" + slug);
    }

    public HttpStatus status() {
        return status;
    }

    /**
     * The refusal a remote handler named in its exception's details (another instance answered), if it is one:
     * the one parser of a refusal's name.
     */
    public static Optional<Refusal> named(String name) {
        return Arrays.stream(values()).filter(refusal -> refusal.name().equals(name)).findFirst();
    }
}
