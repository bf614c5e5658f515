package fi.register.query.feed;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * Pseudonyms of the random booking and consent ids, so a consumer can link a cancellation to its booking without
 * ever holding an id the register uses elsewhere (the booking system receives booking ids, for one). Keyed HMAC:
 * one key for the feed, from which each consumer's own key derives by its user name, so two consumers' pseudonyms
 * cannot be joined, and neither can reverse one without the key. Stable over time and over erasure: the feed holds
 * nothing personal, so an erased subject's bookings keep their pseudonyms and still link to nothing outside them.
 */
final class FeedPseudonyms {

    private static final String HMAC = "HmacSHA256";
    /** 128 bits of the HMAC: no collision among any register's bookings, and short in the JSON. */
    private static final int BYTES = 16;

    private final byte[] feedKey;

    FeedPseudonyms(byte[] feedKey) {
        this.feedKey = feedKey.clone();
    }

    OfConsumer forConsumer(String consumer) {
        return new OfConsumer(mac(feedKey, "feed-consumer/" + consumer));
    }

    /** One consumer's pseudonyms. */
    static final class OfConsumer {

        private final byte[] key;

        private OfConsumer(byte[] key) {
            this.key = key;
        }

        String of(String idName, UUID id) {
            byte[] pseudonym = Arrays.copyOf(mac(key, idName + "/" + id), BYTES);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(pseudonym);
        }
    }

    private static byte[] mac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
