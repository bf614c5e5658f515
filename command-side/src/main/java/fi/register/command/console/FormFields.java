package fi.register.command.console;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * How the staff forms read what a browser posts: an empty field is a field not given, a choice the API does not know
 * a missing one, a time a local time in the clinic's zone. What cannot be read is not given, and the API's own rules
 * then refuse it next to its field.
 */
final class FormFields {

    private FormFields() {
    }

    static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
                .orElse(null);
    }

    static Integer number(String value) {
        try {
            return given(value) == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    static OffsetDateTime localTime(String value, ZoneId clinicZone) {
        if (given(value) == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(clinicZone).toOffsetDateTime();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** A multiple choice (checkboxes) as one value, for the screen and the refusals. */
    static String joined(List<String> values) {
        return values == null ? "" : String.join(",", values);
    }

    static List<String> chosen(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> given(value) != null).map(String::strip).toList();
    }
}
