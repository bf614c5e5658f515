package fi.register.query.export;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.query.metadata.RecordedMetadata;

import java.time.Instant;

/** One recorded event about the subject: when, what, by whom, on which legal basis, and its decrypted payload. */
record ExportedEvent(long sequenceNumber, Instant timestamp, String type, RecordedMetadata metadata, JsonNode payload) {
}
