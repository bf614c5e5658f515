package fi.register.query.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The reporting feed's settings (query side; docs/architecture.md, "Reporting feed").
 *
 * @param maxLimit             the most items one page may ask for
 * @param defaultLimit         a page's size when {@code limit} is not given
 * @param gapTimeout           a missing position younger than this may still be a transaction committing: the feed
 *                             stops before it, so no consumer passes an event that commits later under a lower position
 * @param pollInterval         how often a live tail looks for events after the last one it sent
 * @param heartbeat            a live tail that sent nothing this long sends a comment, so proxies keep it open
 * @param tailTimeout          a live tail ends after this long; the client reconnects with {@code Last-Event-ID}
 * @param maxTails             live tails open at once; one more is answered 503
 * @param pseudonymKey         base64 of the key the booking and consent pseudonyms derive from (shared by every
 *                             instance serving the feed); unset: the file
 * @param pseudonymKeyFile     the file holding that key
 * @param generatePseudonymKey whether a missing key file is generated (the embedded default); elsewhere the feed
 *                             answers 503 until a key is configured
 */
@ConfigurationProperties("register.feed")
record FeedSettings(int maxLimit, int defaultLimit, Duration gapTimeout, Duration pollInterval, Duration heartbeat,
                    Duration tailTimeout, int maxTails, String pseudonymKey, Path pseudonymKeyFile,
                    boolean generatePseudonymKey) {
}
