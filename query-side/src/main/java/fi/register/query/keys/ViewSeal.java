package fi.register.query.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.register.crypto.PersonalDataCipher;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals every view's personal values under the subject's own data key before they reach the projection store, and
 * opens them on the way out: destroying the key erases the views' copies too, even in bytes a log-structured file
 * keeps after a delete. Each value is bound to its place (the context, which names the view and the document), so a
 * sealed value copied elsewhere is refused instead of read there. One seal for every view, so the sealed format is
 * decided once.
 */
public final class ViewSeal {

    /** Its own mapper: the sealed format must not change with the web layer's JSON settings. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final PersonalDataCipher cipher;

    public ViewSeal(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /** Null stays null: there is nothing to hide in an absent value. */
    public String seal(UUID subjectId, String context, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return cipher.encrypt(subjectId, context, JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            // the cause could quote a value: say only what failed
            throw new IllegalStateException("Cannot encode a personal value of a view (" + context + ")");
        }
    }

    /** Empty when nothing was sealed, or once the subject's key was destroyed. */
    public <T> Optional<T> open(UUID subjectId, String context, String sealed, Class<T> type) {
        if (sealed == null) {
            return Optional.empty();
        }
        return cipher.decrypt(subjectId, context, sealed).map(json -> decode(json, type, context));
    }

    /**
     * A single text sealed as its UTF-8 bytes rather than as JSON: the register view has sealed consent evidence
     * references this way from the start, and entries already stored must stay readable without a replay.
     */
    public String sealText(UUID subjectId, String context, String text) {
        return text == null ? null : cipher.encryptString(subjectId, context, text);
    }

    /** Empty when nothing was sealed, or once the subject's key was destroyed. */
    public Optional<String> openText(UUID subjectId, String context, String sealed) {
        return sealed == null ? Optional.empty() : cipher.decryptString(subjectId, context, sealed);
    }

    /**
     * As {@link #openText}, for a field that an earlier build stored in clear (a disclosure recipient before issue 10):
     * such a value is not shown, and the view answers instead of failing; rebuilding the views seals it
     * (docs/crypto-shredding.md).
     */
    public Optional<String> openTextSealedSince(UUID subjectId, String context, String sealed) {
        try {
            return openText(subjectId, context, sealed);
        } catch (IllegalArgumentException storedInClearByAnEarlierBuild) {
            return Optional.empty();
        }
    }

    private static <T> T decode(byte[] json, Class<T> type, String context) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot decode a personal value of a view (" + context + ")");
        }
    }
}
