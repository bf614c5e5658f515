package fi.register.query.feed;

import java.time.Instant;
import java.util.Map;

/**
 * One event of the store as the reporting feed shows it: its position in the store, its type (the published
 * language's record name), when it was recorded, and only the business fields its type's allow-list names
 * ({@link FeedAllowList}). Never the subject, never a personal field.
 */
record FeedItem(long position, String type, Instant time, Map<String, Object> fields) {
}
