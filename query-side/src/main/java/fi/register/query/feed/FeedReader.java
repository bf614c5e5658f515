package fi.register.query.feed;

import fi.register.query.compliance.StoredEventPages;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.UnknownSerializedType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a page of the feed from the event store itself, through the compliance replay's reading
 * ({@link StoredEventPages}: keyset pages in global order, personal fields left sealed).
 * <p>
 * Two bounds keep it honest. A request reads at most {@link #ROWS_PER_LIMIT} rows of the store per item asked for,
 * so a stretch of events the feed does not carry (reads of personal data) costs a bounded amount and the consumer
 * moves on by {@link FeedPage#next()}. And it stops before a missing position younger than the gap timeout: a
 * transaction that took a lower position may still be committing, and a consumer that had passed it would never see it.
 */
final class FeedReader {

    /** Rows of the store one request may read per item it may return. */
    static final int ROWS_PER_LIMIT = 10;

    private final StoredEventPages store;
    private final FeedSettings settings;
    private final Clock clock;

    FeedReader(StoredEventPages store, FeedSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    FeedPage page(long after, int limit, FeedPseudonyms.OfConsumer pseudonyms) {
        List<FeedItem> items = new ArrayList<>();
        long next = after;
        long budget = (long) limit * ROWS_PER_LIMIT;
        while (items.size() < limit && budget > 0) {
            List<TrackedEventMessage<?>> rows = store.after(next, (int) Math.min(budget, settings.maxLimit()));
            if (rows.isEmpty()) {
                break;
            }
            budget -= rows.size();
            for (TrackedEventMessage<?> row : rows) {
                long position = row.trackingToken().position().orElseThrow();
                if (position > next + 1 && mayStillCommitBelow(row)) {
                    return new FeedPage(items, next);
                }
                next = position;
                item(position, row, pseudonyms).ifPresent(items::add);
                if (items.size() == limit) {
                    break;
                }
            }
        }
        return new FeedPage(items, next);
    }

    long head() {
        return store.head();
    }

    private boolean mayStillCommitBelow(TrackedEventMessage<?> row) {
        return row.getTimestamp().plus(settings.gapTimeout()).isAfter(clock.instant());
    }

    private static Optional<FeedItem> item(long position, TrackedEventMessage<?> row,
                                           FeedPseudonyms.OfConsumer pseudonyms) {
        Class<?> type = row.getPayloadType();
        if (type == null || UnknownSerializedType.class.equals(type) || !FeedAllowList.fields().containsKey(type)) {
            return Optional.empty(); // not carried: decoded no further
        }
        return FeedAllowList.item(position, row.getTimestamp(), row.getPayload(), pseudonyms);
    }
}
