package fi.register.events.booking;

/** How the booking reached the clinic: the booking system, e-mail or phone (the register description's three). */
public enum BookingChannel {
    BOOKING_SYSTEM,
    EMAIL,
    PHONE
}
