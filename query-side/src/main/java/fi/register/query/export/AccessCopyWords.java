package fi.register.query.export;

import org.springframework.context.MessageSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The copy's words for what the register stores as codes, and its times, in the copy's language: a customer reads
 * "Peruttu", not CANCELLED, and 2.3.2026 klo 11.15 in the clinic's time zone, not 2026-03-02T09:15:00Z. A code without a
 * word (a customer group added by settings) is shown as it is rather than hidden.
 */
public final class AccessCopyWords {

    private static final String NONE = "—";

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter times;
    private final DateTimeFormatter dates;

    AccessCopyWords(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The word for a code of a kind ({@code word.<kind>.<code>}), the code itself when there is none. */
    public String of(String kind, Object code) {
        if (code == null) {
            return NONE;
        }
        String name = code instanceof Enum<?> constant ? constant.name() : code.toString();
        return messages.getMessage("word." + kind + "." + name, null, name, locale);
    }

    /** The words for several codes of a kind, joined by commas. */
    public String all(String kind, Collection<?> codes) {
        if (codes == null || codes.isEmpty()) {
            return NONE;
        }
        return codes.stream().map(code -> of(kind, code)).collect(Collectors.joining(", "));
    }

    public String at(Instant time) {
        return time == null ? NONE : times.format(time);
    }

    public String on(LocalDate date) {
        return date == null ? NONE : dates.format(date);
    }

    /** A value that may be missing. */
    public String text(Object value) {
        return value == null || value.toString().isBlank() ? NONE : value.toString();
    }
}
