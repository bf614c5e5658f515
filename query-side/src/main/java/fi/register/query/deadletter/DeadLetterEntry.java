package fi.register.query.deadletter;

import java.time.Instant;

/**
 * One dead letter as the DPO sees it: where it waits and why, never what it carries.
 *
 * @param sequence    the aggregate whose later events wait behind it (a subject's or its booking's id)
 * @param causeType   the exception's class; its message is not kept (WithheldCause)
 * @param lastTouched when it was last tried
 */
record DeadLetterEntry(String processingGroup, String sequence, String eventType, String eventId, Instant eventTime,
                       Instant enqueuedAt, Instant lastTouched, String causeType) {
}
