package fi.register.query.audit;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.LegalBasis;
import fi.register.query.problem.QueryRefusedException;
import org.springframework.util.MultiValueMap;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The audit trail's query string, checked whole: a parameter it does not know, or one given twice, is refused (a
 * misspelt filter must not quietly widen the answer to everyone), and so is every value it cannot read. Messages name
 * the parameter and the rule, never the value sent.
 */
final class AuditTrailParameters {

    static final List<String> NAMES = List.of("customerId", "actor", "eventType", "legalBasis", "kind", "from", "to",
            "limit", "offset");
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    /** The user names the register knows: printable, no spaces, as configured in register.security.users. */
    private static final Pattern ACTOR = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");
    /**
     * A time whose offset lost its {@code +}: in a query string an unencoded {@code +} is a space, so
     * {@code 2026-11-30T10:00:00+02:00} arrives as {@code 2026-11-30T10:00:00 02:00}. Only a space exactly where the
     * offset's sign belongs is read back as {@code +}; anything else stays as sent and fails to parse.
     */
    private static final Pattern PLUS_AS_SPACE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?) (\\d{2}:\\d{2})");

    private AuditTrailParameters() {
    }

    record Read(AuditTrailQuery query, int offset, int limit) {
    }

    static Read read(MultiValueMap<String, String> parameters, RecordedEventTypes eventTypes) {
        for (var parameter : parameters.entrySet()) {
            if (!NAMES.contains(parameter.getKey())) {
                // the unknown name is not repeated: it is whatever the client typed
                throw refused(Refusal.UNKNOWN_PARAMETER, "A parameter that is not documented was sent: remove it. "
                        + "Accepted here: " + NAMES + ".");
            }
            if (parameter.getValue().size() > 1) {
                throw refused(Refusal.UNKNOWN_PARAMETER, "Parameter '" + parameter.getKey() + "' was given more than "
                        + "once: give each filter once (filters combine with AND).");
            }
        }
        Instant from = time(parameters.getFirst("from"), "from");
        Instant to = time(parameters.getFirst("to"), "to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw refused(Refusal.INVALID_FIELD, "from must be before to.");
        }
        AuditTrailQuery query = new AuditTrailQuery(customerId(parameters.getFirst("customerId")),
                actor(parameters.getFirst("actor")), eventType(parameters.getFirst("eventType"), eventTypes),
                oneOf(LegalBasis.class, parameters.getFirst("legalBasis"), "legalBasis"),
                oneOf(AuditEntry.Kind.class, parameters.getFirst("kind"), "kind"), from, to);
        int limit = number(parameters.getFirst("limit"), "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = number(parameters.getFirst("offset"), "offset", 0, 0, Integer.MAX_VALUE);
        return new Read(query, offset, limit);
    }

    private static UUID customerId(String value) {
        if (value == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) {
                return id;
            }
        } catch (IllegalArgumentException notAnId) {
            // refused below
        }
        throw refused(Refusal.INVALID_FIELD, "customerId must be a customer's id (a UUID).");
    }

    private static String actor(String value) {
        if (value == null) {
            return null;
        }
        if (!ACTOR.matcher(value).matches()) {
            throw refused(Refusal.INVALID_FIELD, "actor must be a user name: 1 to 100 letters, digits or . _ @ -.");
        }
        return value;
    }

    private static String eventType(String value, RecordedEventTypes eventTypes) {
        if (value == null) {
            return null;
        }
        if (!eventTypes.isKnown(value)) {
            throw refused(Refusal.INVALID_FIELD, "eventType must be one of " + eventTypes.names()
                    + " (reads and refused requests: kind=READ, kind=DENIED).");
        }
        return value;
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, String value, String name) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
                .orElseThrow(() -> refused(Refusal.INVALID_FIELD, name + " must be one of "
                        + Arrays.toString(type.getEnumConstants()) + "."));
    }

    /** ISO-8601 with an offset ({@code Z} or {@code ±hh:mm}), within the four-digit years every store's date holds. */
    static Instant time(String value, String name) {
        if (value == null) {
            return null;
        }
        String restored = PLUS_AS_SPACE.matcher(value).matches()
                ? value.substring(0, value.lastIndexOf(' ')) + "+" + value.substring(value.lastIndexOf(' ') + 1)
                : value;
        Instant instant;
        try {
            instant = OffsetDateTime.parse(restored, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException notATime) {
            throw refused(Refusal.INVALID_FIELD, name + " must be an ISO-8601 date-time with an offset, e.g. "
                    + "2026-11-30T10:00:00+02:00 or 2026-11-30T08:00:00Z (encode + as %2B, or send it as is).");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw refused(Refusal.INVALID_FIELD,
                    "from and to must lie between 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z.");
        }
        return instant;
    }

    private static int number(String value, String name, int otherwise, int min, int max) {
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw refused(Refusal.INVALID_FIELD, name + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ".");
    }

    private static QueryRefusedException refused(Refusal refusal, String detail) {
        return new QueryRefusedException(refusal, detail);
    }
}
