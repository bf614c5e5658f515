package fi.register.command.idempotency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A key is 1 to 255 printable ASCII characters without blanks; anything else is refused, not trimmed or cut. */
class IdempotencyKeyTest {

    @Test
    void accepts_AUuidAndAnyPrintableToken() {
        assertThat(IdempotencyKey.parse("0b6f5a8e-2d1c-4c4e-9a51-8f1f0e2b7c3d")).isPresent();
        assertThat(IdempotencyKey.parse("k".repeat(255))).isPresent();
        assertThat(IdempotencyKey.parse("order:42/retry=1!~")).isPresent();
    }

    @Test
    void rejects_EmptyTooLongBlankOrNonAsciiKeys() {
        assertThat(IdempotencyKey.parse("")).isEmpty();
        assertThat(IdempotencyKey.parse("k".repeat(256))).isEmpty();
        assertThat(IdempotencyKey.parse("two words")).isEmpty();
        assertThat(IdempotencyKey.parse("tab\tkey")).isEmpty();
        assertThat(IdempotencyKey.parse("äiti")).isEmpty();
        assertThat(IdempotencyKey.isMalformed(null)).as("absent is not malformed").isFalse();
    }

    @Test
    void keeps_TheKeyOutOfItsOwnText_SoNoLogLineCarriesIt() {
        assertThat(IdempotencyKey.parse("secret-looking-key").orElseThrow().toString()).doesNotContain("secret");
    }
}
