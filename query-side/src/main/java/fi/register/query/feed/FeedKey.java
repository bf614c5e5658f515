package fi.register.query.feed;

import fi.register.crypto.MasterKey;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.nio.file.Files;
import java.util.Base64;

/**
 * The key the feed's pseudonyms derive from: {@code register.feed.pseudonym-key}, else its file, generated beside the
 * master key in the embedded default only (with the master key's own code: a 256-bit random key in an owner-only
 * file, never overwritten). Elsewhere, without one the feed answers 503 and the register runs on, as the checkpoints
 * do without their signing key. Every instance serving the feed must share it, or a consumer's pseudonyms change.
 */
final class FeedKey {

    private final FeedSettings settings;
    private volatile FeedPseudonyms pseudonyms;

    FeedKey(FeedSettings settings) {
        this.settings = settings;
    }

    FeedPseudonyms pseudonyms() {
        FeedPseudonyms known = pseudonyms;
        if (known == null) {
            synchronized (this) {
                if (pseudonyms == null) {
                    pseudonyms = new FeedPseudonyms(resolve());
                }
                known = pseudonyms;
            }
        }
        return known;
    }

    private byte[] resolve() {
        boolean configured = settings.pseudonymKey() != null && !settings.pseudonymKey().isBlank();
        boolean onFile = settings.pseudonymKeyFile() != null && Files.exists(settings.pseudonymKeyFile());
        if (!configured && !onFile && !settings.generatePseudonymKey()) {
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE, "The feed is not available: configure "
                            + "register.feed.pseudonym-key or register.feed.pseudonym-key-file."), null);
        }
        MasterKey key = MasterKey.resolve(settings.pseudonymKey(), settings.pseudonymKeyFile(),
                settings.generatePseudonymKey());
        return Base64.getDecoder().decode(key.toBase64());
    }
}
