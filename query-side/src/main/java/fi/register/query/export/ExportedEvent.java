package fi.register.query.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One recorded event about the subject: when, what, by whom, on which legal basis, and its decrypted payload. */
record ExportedEvent(long sequenceNumber, Instant timestamp, String type, Metadata metadata, JsonNode payload) {

    /** The event's metadata that says who acted and why; see {@code fi.register.events.EventMetadata}. */
    record Metadata(String actor, String correlationId, String legalBasis, String consentId) {
    }
}
