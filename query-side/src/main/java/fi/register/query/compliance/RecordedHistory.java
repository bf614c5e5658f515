package fi.register.query.compliance;

import java.util.function.Consumer;

/**
 * The event store as the compliance replay reads it: every event up to the store's head when the replay starts, in
 * the order recorded, one at a time, nothing kept. Events recorded meanwhile are for the next replay.
 */
interface RecordedHistory {

    /**
     * Hands each subject's event to {@code subjectEvents}, in the order recorded.
     *
     * @return how many events were read, those that are no subject's included
     */
    long replay(Consumer<ReplayedEvent> subjectEvents);
}
