package fi.register.events.booking;

/** Where a booking stands. Only a {@link #BOOKED} booking can still be rescheduled, cancelled or completed. */
public enum BookingStatus {
    BOOKED,
    CANCELLED,
    COMPLETED
}
