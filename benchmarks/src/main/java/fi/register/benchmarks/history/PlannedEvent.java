package fi.register.benchmarks.history;

import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.UUID;

/** One event of a generated history, before it is sealed: the subject's aggregate, its place there, and its time. */
record PlannedEvent(UUID subject, long sequence, Instant at, Object payload, MetaData metadata) {
}
