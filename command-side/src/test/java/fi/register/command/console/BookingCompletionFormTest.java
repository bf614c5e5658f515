package fi.register.command.console;

import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingRescheduledEvent;
import fi.register.testsupport.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The card's "completed" button and the reschedule form: the API's rules (completed from the booked day on, a new
 * time still to come), the time read in the clinic's zone, refusals next to the field, nothing stored on a refusal.
 */
@Import(BookingCompletionFormTest.DayBeforeTheBooking.class)
class BookingCompletionFormTest extends StaffFormTestSupport {

    /** The day before the booking: within the horizon, and not yet completable. */
    static final Instant TODAY = Instant.parse("2026-11-30T08:00:00Z");
    static final String TOMORROW_AT_TEN = "2026-12-01T10:00:00+02:00";

    @TestConfiguration(proxyBeanMethods = false)
    static class DayBeforeTheBooking {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(TODAY);
        }
    }

    @Autowired
    MovableClock clock;

    @BeforeEach
    void today() {
        clock.set(TODAY);
    }

    private static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Toteutus","lastName":"Lomake","phone":"+358 40 000 0601",
             "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""";

    private String[] customerWithABooking() throws Exception {
        String id = registered(CUSTOMER);
        String bookingId = created("staff", post("/api/customers/" + id + "/bookings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"service\":\"NEUROSONIC_TREATMENT\",\"startsAt\":\"" + TOMORROW_AT_TEN + "\",\"channel\":\"PHONE\"}"),
                "bookingId");
        return new String[] {id, "/console/forms/customers/" + id + "/bookings/" + bookingId};
    }

    @Test
    void completes_WhenTheBookedDayHasCome_FromTheCardsButton_AndNotTwice() throws Exception {
        String[] booking = customerWithABooking();
        clock.set(Instant.parse("2026-12-01T06:00:00Z"));

        assertThat(accepted(booking[0], booking[1] + "/completion", Map.of()).getPayload()).isInstanceOf(BookingCompletedEvent.class);

        String again = refused(booking[1] + "/completion", Map.of());
        assertThat(refusalNextTo(again, "form")).isEqualTo("This booking is already cancelled or completed.");
    }

    @Test
    void rejects_Completion_BeforeTheBookedDay_SayingWhenItCanBe() throws Exception {
        String[] booking = customerWithABooking();

        assertThat(refusalNextTo(refused(booking[1] + "/completion", Map.of()), "form"))
                .isEqualTo("A booking can be marked completed from its booked day on, not before.");
    }

    @Test
    void reschedules_WhenTheNewTimeIsToCome_InTheClinicsTimeZone() throws Exception {
        String[] booking = customerWithABooking();
        MvcResult page = asStaff(get(booking[1] + "/rescheduling"));
        assertThat(page.getResponse().getStatus()).isEqualTo(200);

        Object moved = accepted(booking[0], booking[1] + "/rescheduling", Map.of("startsAt", "2026-12-02T12:30")).getPayload();

        assertThat(moved).isInstanceOf(BookingRescheduledEvent.class);
        assertThat(((BookingRescheduledEvent) moved).startsAt()).isEqualTo(Instant.parse("2026-12-02T10:30:00Z"));
    }

    @Test
    void rejects_Rescheduling_ToAPassedOrMissingTime_NextToTheTime() throws Exception {
        String[] booking = customerWithABooking();

        assertThat(refusalNextTo(refused(booking[1] + "/rescheduling", Map.of("startsAt", "2026-11-29T10:00")), "startsAt"))
                .isEqualTo("A booking must be for a time still to come.");
        assertThat(refusalNextTo(refused(booking[1] + "/rescheduling", Map.of("startsAt", "")), "startsAt"))
                .isEqualTo("Give the date and time.");
    }

    @Test
    void rejects_WhenPostedWithoutCsrf_OrByAnotherRoleThanStaff() throws Exception {
        String[] booking = customerWithABooking();
        clock.set(Instant.parse("2026-12-01T06:00:00Z"));

        provesOnlyStaffMayPost(booking[1] + "/completion", Map.of());
        provesOnlyStaffMayPost(booking[1] + "/rescheduling", Map.of("startsAt", "2026-12-02T12:30"));
    }
}
