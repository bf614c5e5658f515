package fi.register.query.compliance;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The event store as the compliance replay reads it: every event up to the store's head when the replay starts, in
 * the order recorded or subject by subject (each subject's events in its own order), one at a time, nothing kept. Events recorded meanwhile are for the next replay.
 */
interface RecordedHistory extends StoredEventPages {

    /**
     * Hands each subject's event to {@code subjectEvents}, in the order recorded.
     *
     * @return how many events were read, those that are no subject's included
     */
    default long replay(Consumer<ReplayedEvent> subjectEvents) {
        return replay(null, subjectEvents);
    }

    /**
     * The history as it stood at {@code asOf}: events recorded after it are neither handed on nor counted.
     *
     * @param asOf null for the whole history up to the head
     */
    default long replay(Instant asOf, Consumer<ReplayedEvent> subjectEvents) {
        return replay(asOf, subjectEvents, subject -> {
        });
    }

    /**
     * As {@link #replay(Instant, Consumer)}, also saying when a subject's history is complete: none of its events
     * follows in this replay. A history read in the order recorded says so of no subject (any may have more events
     * until the end); one read subject by subject says so as it reaches the next.
     */
    long replay(Instant asOf, Consumer<ReplayedEvent> subjectEvents, Consumer<UUID> subjectComplete);

    /** Whether an event recorded at {@code recordedAt} belongs to the history as of {@code asOf}. */
    static boolean recordedBy(Instant asOf, Instant recordedAt) {
        return asOf == null || !recordedAt.isAfter(asOf);
    }
}
