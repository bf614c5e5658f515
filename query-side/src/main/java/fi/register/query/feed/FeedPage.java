package fi.register.query.feed;

import java.util.List;

/**
 * A page of the feed. {@code next} is the position to ask after for the following page: the last position this page
 * looked at, which may lie beyond its last item (events the feed does not carry are passed over, not shown).
 * {@code next} equal to the {@code after} asked for means nothing more is there yet.
 */
record FeedPage(List<FeedItem> items, long next) {
}
