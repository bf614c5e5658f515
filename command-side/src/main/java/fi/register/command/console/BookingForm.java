package fi.register.command.console;

import fi.register.command.booking.BookServiceRequest;
import fi.register.events.booking.BookingChannel;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The booking form as posted: the service, the time as the browser's date-time field gives it (a local time, read in
 * the clinic's time zone, register.bookings.time-zone) and the channel. A time that cannot be read is a time not given.
 */
record BookingForm(String service, String startsAt, String channel) {

    static BookingForm blank() {
        return new BookingForm("", "", "PHONE");
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("service", service);
        values.put("startsAt", startsAt);
        values.put("channel", channel);
        return values;
    }

    BookingForm without(java.util.Set<String> fields) {
        Map<String, String> values = values();
        fields.forEach(field -> values.replace(field, ""));
        return new BookingForm(values.get("service"), values.get("startsAt"), values.get("channel"));
    }

    BookServiceRequest toRequest(ZoneId clinicZone) {
        return new BookServiceRequest(service == null || service.isBlank() ? null : service.strip(), time(clinicZone),
                Arrays.stream(BookingChannel.values()).filter(known -> known.name().equals(channel)).findFirst()
                        .orElse(null));
    }

    private java.time.OffsetDateTime time(ZoneId clinicZone) {
        if (startsAt == null || startsAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(startsAt.strip()).atZone(clinicZone).toOffsetDateTime();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
