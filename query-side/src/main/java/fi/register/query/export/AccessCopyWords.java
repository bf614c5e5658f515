package fi.register.query.export;

import fi.register.autoconfigure.console.ClinicTime;
import fi.register.autoconfigure.console.ConsoleWords;
import org.springframework.context.MessageSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;

/**
 * The copy's words for what the register stores as codes, and its times, in the copy's language (the words and the
 * clinic's time are the console's, console/words*.properties and {@link ClinicTime}): a customer reads
 * "Peruttu", not CANCELLED, and 2.3.2026 11.15 in the clinic's time zone, not 2026-03-02T09:15:00Z. A code without a
 * word (a customer group added by settings) is shown as it is rather than hidden.
 */
public final class AccessCopyWords {

    private static final String NONE = "—";

    private final ConsoleWords words;
    private final Locale locale;
    private final ClinicTime clinicTime;
    private final DateTimeFormatter dates;

    AccessCopyWords(MessageSource messages, Locale locale, ClinicTime clinicTime) {
        this.words = new ConsoleWords(messages);
        this.locale = locale;
        this.clinicTime = clinicTime;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The word for a code of a kind ({@code word.<kind>.<code>}), the code itself when there is none. */
    public String of(String kind, Object code) {
        return words.of(kind, code, locale);
    }

    /** The words for several codes of a kind, joined by commas. */
    public String all(String kind, Collection<?> codes) {
        return words.all(kind, codes, locale);
    }

    public String at(Instant time) {
        return clinicTime.at(time, locale);
    }

    public String on(LocalDate date) {
        return date == null ? NONE : dates.format(date);
    }

    /** A value that may be missing. */
    public String text(Object value) {
        return value == null || value.toString().isBlank() ? NONE : value.toString();
    }
}
