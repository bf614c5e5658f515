package fi.register.rules;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class OpenBookingKeepsTheCustomerTest {

    private static final Instant LAST_SERVICE = Instant.parse("2025-03-01T10:00:00Z");
    private final RetentionPeriod notices = new RetentionPeriod(Period.ofMonths(24));

    @Test
    void keeps_WhenAnOpenBookingIsLaterThanTheLastServiceEvent() {
        Instant booked = Instant.parse("2027-06-01T08:00:00Z");

        assertThat(OpenBookingKeepsTheCustomer.retentionRunsFrom(LAST_SERVICE, booked)).isEqualTo(booked);
        assertThat(notices.eraseAfter(OpenBookingKeepsTheCustomer.retentionRunsFrom(LAST_SERVICE, booked)))
                .isEqualTo(Instant.parse("2029-06-01T08:00:00Z"));
        assertThat(OpenBookingKeepsTheCustomer.keeps(LAST_SERVICE, booked)).isTrue();
    }

    @Test
    void keeps_NothingWhenNoBookingIsOpenOrItIsEarlier() {
        assertThat(OpenBookingKeepsTheCustomer.retentionRunsFrom(LAST_SERVICE, null)).isEqualTo(LAST_SERVICE);
        assertThat(OpenBookingKeepsTheCustomer.keeps(LAST_SERVICE, null)).isFalse();
        Instant earlier = LAST_SERVICE.minusSeconds(86_400);
        assertThat(OpenBookingKeepsTheCustomer.retentionRunsFrom(LAST_SERVICE, earlier)).isEqualTo(LAST_SERVICE);
        assertThat(OpenBookingKeepsTheCustomer.keeps(LAST_SERVICE, earlier)).isFalse();
    }

    @Test
    void keeps_UntilTheLatestHoldWhenAnOldHistoryHoldsABookingInYear999999999() {
        Instant absurd = Instant.parse("+999999999-01-01T00:00:00Z");

        Instant from = OpenBookingKeepsTheCustomer.retentionRunsFrom(LAST_SERVICE, absurd);
        assertThat(from).isEqualTo(OpenBookingKeepsTheCustomer.LATEST_HOLD);
        assertThat(notices.eraseAfter(from)).as("a deadline can still be computed").isAfter(from);
    }
}
