package fi.register.rules;

import fi.register.events.erasure.ErasureReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionErasureOnlyWhenDueTest {

    private static final Instant DEADLINE = Instant.parse("2026-05-20T10:00:00Z");

    @Test
    void allows_WhenARetentionErasureComesAtOrAfterTheDeadline() {
        assertThat(RetentionErasureOnlyWhenDue.allows(ErasureReason.RETENTION_EXPIRED, DEADLINE, DEADLINE)).isTrue();
        assertThat(RetentionErasureOnlyWhenDue.allows(ErasureReason.RETENTION_EXPIRED, DEADLINE, DEADLINE.plusSeconds(1)))
                .isTrue();
    }

    @Test
    void refuses_WhenARetentionErasureComesBeforeTheDeadline() {
        assertThat(RetentionErasureOnlyWhenDue.allows(ErasureReason.RETENTION_EXPIRED, DEADLINE, DEADLINE.minusNanos(1)))
                .isFalse();
    }

    @Test
    void allows_WhenTheSubjectAsksForErasureWithinThePeriod() {
        for (ErasureReason reason : ErasureReason.values()) {
            if (reason != ErasureReason.RETENTION_EXPIRED) {
                assertThat(RetentionErasureOnlyWhenDue.allows(reason, DEADLINE, DEADLINE.minusSeconds(86_400))).as(reason.name())
                        .isTrue();
            }
        }
    }
}
