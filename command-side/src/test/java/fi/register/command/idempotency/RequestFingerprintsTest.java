package fi.register.command.idempotency;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyed hashes: equal only for the same user and key, or the same method, path and body bytes. */
class RequestFingerprintsTest {

    private final RequestFingerprints fingerprints = RequestFingerprints.derivedFrom(new byte[32]);
    private final IdempotencyKey key = IdempotencyKey.parse("k-1").orElseThrow();

    @Test
    void keeps_EachUsersKeysApart() {
        assertThat(fingerprints.keyOf("staff", key)).isEqualTo(fingerprints.keyOf("staff", key))
                .isNotEqualTo(fingerprints.keyOf("dpo", key));
    }

    @Test
    void tellsApart_RequestsThatDifferInCaseOrByAMovedBoundary() {
        assertThat(fingerprints.requestOf("POST", "/api/customers", utf8("{\"n\":\"Anna\"}")))
                .isNotEqualTo(fingerprints.requestOf("POST", "/api/customers", utf8("{\"n\":\"anna\"}")));
        assertThat(fingerprints.requestOf("POST", "/api/a", utf8("b")))
                .isNotEqualTo(fingerprints.requestOf("POST", "/api/ab", utf8("")));
    }

    @Test
    void holds_NothingOfWhatItHashes() {
        String hash = fingerprints.requestOf("POST", "/api/customers", utf8("kahdesti@example.test"));
        assertThat(hash).hasSize(43).doesNotContain("kahdesti");
        assertThat(RequestFingerprints.derivedFrom(new byte[32]).requestOf("POST", "/api/customers",
                utf8("kahdesti@example.test"))).as("deterministic under one key").isEqualTo(hash);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
