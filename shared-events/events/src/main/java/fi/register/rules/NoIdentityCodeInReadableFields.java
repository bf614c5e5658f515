package fi.register.rules;

import fi.register.guard.PersonalIdentityCodeDetector;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * docs/requirements.md, "Minimisation": a personal identity code is never collected or stored. The HTTP screen
 * ({@link fi.register.guard.PersonalIdentityCodeScreen}) refuses one at the door; this rule judges what got past it
 * anyway (an intruder writing the store, a past version without the screen): no readable field of an event, i.e. one
 * that is not sealed under the subject's key, holds a code, by the very detector the screen uses.
 * <p>
 * The event is given as a reader that leaves personal fields sealed decodes it: a sealed field reads as erased, so
 * every text still there is readable to anyone holding the store. Only field names are reported, never a value.
 */
public final class NoIdentityCodeInReadableFields {

    /** A field holding a phone number is judged as the screen judges one (ten digits alone are a phone number). */
    private static final String PHONE = "phone";

    private NoIdentityCodeInReadableFields() {
    }

    /** The paths ({@code address.street}, {@code services[]}) of the event's readable texts that hold a code. */
    public static List<String> fieldsHoldingACode(Object event) {
        List<String> found = new ArrayList<>();
        visit(event, "", found, 0);
        return found;
    }

    private static void visit(Object value, String path, List<String> found, int depth) {
        if (value == null || depth > 8) {
            return; // the published language nests two or three deep; deeper is no event of the register's
        }
        if (value instanceof CharSequence text) {
            boolean code = path.endsWith(PHONE)
                    ? PersonalIdentityCodeDetector.containsPersonalIdentityCodeInPhoneNumber(text.toString())
                    : PersonalIdentityCodeDetector.containsPersonalIdentityCode(text.toString());
            if (code) {
                found.add(path.isEmpty() ? "(value)" : path);
            }
        } else if (value instanceof Collection<?> elements) {
            elements.forEach(element -> visit(element, path + "[]", found, depth + 1));
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, element) -> {
                visit(key, path + "{}", found, depth + 1);
                visit(element, path + "{}", found, depth + 1);
            });
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
                visit(read(component, value), name, found, depth + 1);
            }
        }
        // numbers, enums, times, ids: nothing a person could read a code from
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException unreadable) {
            return null;
        }
    }
}
