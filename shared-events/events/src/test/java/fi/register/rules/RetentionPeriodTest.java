package fi.register.rules;

import fi.register.events.service.ServiceEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionPeriodTest {

    private final RetentionPeriod notices = new RetentionPeriod(Period.ofMonths(24));

    private static ServiceEvent servedAt(Instant at) {
        UUID customerId = UUID.randomUUID();
        return new ServiceEvent() {
            @Override
            public UUID customerId() {
                return customerId;
            }

            @Override
            public Instant serviceProvidedAt() {
                return at;
            }
        };
    }

    @Test
    void allows_WhenMonthsAreCountedOnTheUtcCalendar() {
        assertThat(notices.eraseAfter(Instant.parse("2024-05-20T10:00:00Z"))).isEqualTo(Instant.parse("2026-05-20T10:00:00Z"));
        // 23:30 in UTC is already the next day in Helsinki: the deadline follows UTC, not the server's zone
        assertThat(notices.eraseAfter(Instant.parse("2024-01-31T23:30:00Z"))).isEqualTo(Instant.parse("2026-01-31T23:30:00Z"));
    }

    @Test
    void allows_WhenAMonthEndHasNoSameDayTheDeadlineIsThatMonthsLastDay() {
        assertThat(notices.eraseAfter(Instant.parse("2024-02-29T10:00:00Z"))).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
        assertThat(notices.eraseAfter(Instant.parse("2025-08-31T23:59:59Z"))).isEqualTo(Instant.parse("2027-08-31T23:59:59Z"));
        assertThat(new RetentionPeriod(Period.ofMonths(1)).eraseAfter(Instant.parse("2025-01-31T12:00:00Z")))
                .isEqualTo(Instant.parse("2025-02-28T12:00:00Z"));
        assertThat(new RetentionPeriod(Period.ofMonths(1)).eraseAfter(Instant.parse("2024-01-31T12:00:00Z")))
                .as("a leap year's February").isEqualTo(Instant.parse("2024-02-29T12:00:00Z"));
    }

    @Test
    void refuses_WhenThePeriodIsNotWholeMonthsAsATypoCouldTurnItIntoMassErasure() {
        for (String typo : new String[]{"P24D", "P0M", "P-24M", "P2Y3D", "P0Y", "P1M1D"}) {
            assertThatThrownBy(() -> new RetentionPeriod(Period.parse(typo))).as(typo)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(typo);
        }
        assertThat(new RetentionPeriod(Period.parse("P2Y"))).hasToString("P2Y");
        assertThat(new RetentionPeriod(Period.parse("P24M")).text()).isEqualTo("P24M");
    }

    @Test
    void allows_WhenAServiceEventRestartsThePeriodFromTheTimeOfService() {
        Instant registered = Instant.parse("2024-01-10T09:00:00Z");
        Instant served = Instant.parse("2024-05-20T10:00:00Z");

        assertThat(RetentionPeriod.runsFrom(registered, servedAt(served), served.plusSeconds(3600))).isEqualTo(served);
        assertThat(RetentionPeriod.runsFrom(null, servedAt(served), served)).as("nothing known yet").isEqualTo(served);
    }

    @Test
    void refuses_WhenALateServiceEventDatedEarlierWouldMoveThePeriodBack() {
        Instant last = Instant.parse("2025-05-20T10:00:00Z");
        Instant enteredLate = Instant.parse("2025-01-02T10:00:00Z");

        assertThat(RetentionPeriod.runsFrom(last, servedAt(enteredLate), last.plusSeconds(60))).isEqualTo(last);
        assertThat(RetentionPeriod.later(last, null)).isEqualTo(last);
        assertThat(RetentionPeriod.later(last, last)).isSameAs(last);
    }

    @Test
    void allows_WhenAServiceEventLacksItsTimeTheRecordTimeIsUsed() {
        Instant registered = Instant.parse("2024-01-10T09:00:00Z");
        Instant recorded = Instant.parse("2024-06-01T08:00:00Z");

        assertThat(RetentionPeriod.runsFrom(registered, servedAt(null), recorded)).isEqualTo(recorded);
    }
}
