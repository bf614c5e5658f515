package fi.register.query.compliance;

import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.List;

/**
 * The event store read a page at a time after a position, in the store's global order: what the compliance replay
 * reads the whole history with, open to whoever else must read the store itself rather than a projection (the
 * reporting feed). Each message's tracking token is a {@code GlobalSequenceTrackingToken} holding its position.
 * <p>
 * Positions are the store's global index, 1 for the first event (the JPA table's {@code global_index}; Axon's
 * stream position plus one elsewhere), so {@code after(0, n)} starts at the beginning. Where the events are in a
 * table this process reads, personal fields are left sealed (they read as erased) and no key is opened.
 */
public interface StoredEventPages {

    /** At most {@code rows} events recorded after {@code position}, in global order; empty at the head. */
    List<TrackedEventMessage<?>> after(long position, int rows);

    /** The position of the newest event recorded, 0 while the store is empty. */
    long head();
}
