package fi.register.command.idempotency;

/**
 * The answer given to the first request with a key, as it is given again: status, the headers that matter to a
 * client (where the created resource is, and what the body is) and the body. The command side's successful POSTs
 * answer ids only (a {@code Location} and {@code {"bookingId": ...}} or no body), never personal data, so this holds
 * none either.
 */
record StoredAnswer(int status, String location, String contentType, String body) {
}
