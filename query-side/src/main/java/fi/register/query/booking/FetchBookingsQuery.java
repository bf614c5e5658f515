package fi.register.query.booking;

import fi.register.events.personal.DataSubjectId;

import java.util.UUID;

/** Asks the query side for a subject's bookings; answered with a list of {@link BookingResponse}, by start time. */
public record FetchBookingsQuery(@DataSubjectId UUID customerId) {
}
