package fi.register.autoconfigure.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The clinic's time zone ({@code register.clinic.time-zone}, Europe/Helsinki by default) and how a time is shown to a
 * person in it: the register stores instants in UTC, staff and customers read 30.11.2026 10.15 (fi), 30 nov. 2026
 * 10:15 (sv), Nov 30, 2026 10:15 AM (en). The one place both sides' console pages and the access copy take it from.
 */
public final class ClinicTime {

    private static final String NONE = "—";

    private final ZoneId zone;

    public ClinicTime(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The instant in the clinic's zone, the date and the time as the language writes them; a dash for none. */
    public String at(Instant time, Locale language) {
        if (time == null) {
            return NONE;
        }
        var local = time.atZone(zone);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language).format(local) + " "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(local);
    }
}
