package fi.register.guard;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Finds Finnish personal identity codes (<i>henkilötunnus</i>, HETU) in input, so that the
 * register can refuse them wherever they appear (DOMAIN.md, "Minimisation": they are never
 * collected or stored).
 *
 * <p>The detector is deliberately wider than a HETU validator: it does not check the check
 * character, accepts every century sign (including the 2023 additions), lower case, and dash
 * look-alikes, and finds the code inside longer text with no word boundary. It is narrow only
 * where the register legitimately stores look-alike values: ISO dates and times, phone numbers,
 * postal codes, business IDs, e-invoice addresses, IBANs and UUIDs.
 *
 * <p>Neither method ever reports, logs or puts into an exception the text that matched.
 */
public final class PersonalIdentityCodeDetector {

    /*
     * DDMMYY C NNN Q, where C is the century sign and Q the check character.
     * Each part, and why it is there:
     */
    private static final Pattern HETU = Pattern.compile(
            // Not preceded by a digit: the six date digits must start a digit run. Without this,
            // any long run of digits (an OVT e-invoice address "003721009981", an IBAN, a phone
            // number) would be searched for a date-shaped window inside it. Letters before the
            // code are allowed on purpose ("asiakas131052-308T").
            "(?<![0-9])"
            // Not preceded by a basic-format ISO 8601 date and 'T': "20261201T101000+0200" is a
            // timestamp whose time-of-day HHMMSS and offset +HHMM happen to have the HETU shape.
            // (The extended format "10:10:00+02:00" never does, because of its colons.)
            + "(?<![0-9]{8}T)"
            // DD, day 01-31. Not checked against the month: the goal is refusing, not validating.
            + "(?:0[1-9]|[12][0-9]|3[01])"
            // MM, month 01-12. Day and month ranges are what keep most digit strings out.
            + "(?:0[1-9]|1[0-2])"
            // YY, any two digits; the century comes from the sign.
            + "[0-9]{2}"
            // Century sign: '+' 1800s; '-' and Y X W V U 1900s; A and B C D E F 2000s (the
            // letters since 2023). Also what a word processor or a copy-paste makes of the
            // minus sign: U+2010..U+2015 (hyphen, non-breaking hyphen, figure dash, en dash,
            // em dash, horizontal bar), U+2212 (minus sign), and the small/full-width
            // hyphen-minus and plus (U+FE63, U+FF0D, U+FE62, U+FF0B).
            + "[+\\-YXWVUABCDEF\\u2010-\\u2015\\u2212\\uFE63\\uFF0D\\uFE62\\uFF0B]"
            // NNN, the individual number: three digits (002-899, 900-999 temporary; all refused).
            + "[0-9]{3}"
            // Q, the check character: a digit or a letter A-Y. Not verified, so a mistyped or
            // made-up code ("131052-308X") is refused just the same. Nothing is required after it:
            // the code may run straight into the next word ("131052-308Tkävi").
            + "[0-9A-Y]",
            // Lower-case signs and check characters ("131052a308t") are the same code.
            Pattern.CASE_INSENSITIVE);

    /*
     * A UUID in its canonical 8-4-4-4-12 hex form, not glued to more hex. A random UUID has the
     * HETU shape inside it about once in two thousand ("ab131052-3084-..." where the '-' between
     * groups reads as the century sign, or "...-131052a308fc" where the hex letter does), so
     * UUIDs are blanked out before a second look. A HETU only escapes this if it sits exactly
     * inside a well-formed UUID, which no one types by accident.
     */
    private static final Pattern UUID_TEXT = Pattern.compile(
            "(?<![0-9A-F])[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}(?![0-9A-F])",
            Pattern.CASE_INSENSITIVE);

    /** The shortest text that can hold a code: six date digits, sign, three digits, check. */
    private static final int MIN_LENGTH = 11;

    /** Record accessors, looked up and made accessible once per record class. */
    private static final ClassValue<Method[]> RECORD_ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                // Records nested privately (or declared in non-public classes) need this; if the
                // module system refuses, invoke() below fails and we refuse to guess.
                accessor.trySetAccessible();
                accessors[i] = accessor;
            }
            return accessors;
        }
    };

    private PersonalIdentityCodeDetector() {
    }

    /**
     * Whether the text contains something shaped like a Finnish personal identity code, anywhere
     * in it. {@code null} contains none.
     */
    public static boolean containsPersonalIdentityCode(String text) {
        if (text == null || text.length() < MIN_LENGTH) {
            return false;
        }
        if (!HETU.matcher(text).find()) {
            return false; // the common case: one pass, no allocation beyond the matcher
        }
        if (text.indexOf('-') < 0) {
            return true; // no hyphen, so no UUID to excuse the match
        }
        String withoutUuids = UUID_TEXT.matcher(text).replaceAll(" ");
        return HETU.matcher(withoutUuids).find();
    }

    /**
     * Whether the value, or anything reachable inside it, contains a Finnish personal identity
     * code. Walks character sequences, records (every component, via its accessor), collections,
     * maps (keys and values), map entries, arrays ({@code char[]} read as text) and optionals.
     * Skips values that cannot hold text: enums, numbers, booleans, characters, UUIDs,
     * {@code java.time} values, and primitive arrays other than {@code char[]} ({@code byte[]}
     * is opaque binary, such as ciphertext, and is not decoded). Any other type is judged by its
     * {@code toString()}, so that an unknown carrier of text is not waved through.
     *
     * @throws IllegalStateException if a record's components cannot be read (the message names
     *                               the record type, never a value)
     */
    public static boolean containsPersonalIdentityCode(Object value) {
        return walk(value, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean walk(Object value, Set<Object> visiting) {
        if (value == null || isTextFree(value)) {
            return false;
        }
        if (value instanceof CharSequence text) {
            return containsPersonalIdentityCode(text.toString());
        }
        if (value instanceof char[] chars) {
            return containsPersonalIdentityCode(new String(chars));
        }
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() && walk(optional.get(), visiting);
        }
        Class<?> type = value.getClass();
        boolean container = type.isRecord() || value instanceof Collection<?> || value instanceof Map<?, ?>
                || value instanceof Map.Entry<?, ?> || value instanceof Object[];
        if (!container) {
            return containsPersonalIdentityCode(String.valueOf(value));
        }
        if (!visiting.add(value)) {
            return false; // a cycle (a collection that contains itself): already being looked at
        }
        try {
            if (type.isRecord()) {
                return walkRecord(value, type, visiting);
            }
            if (value instanceof Collection<?> collection) {
                for (Object element : collection) {
                    if (walk(element, visiting)) {
                        return true;
                    }
                }
                return false;
            }
            if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (walk(entry.getKey(), visiting) || walk(entry.getValue(), visiting)) {
                        return true;
                    }
                }
                return false;
            }
            if (value instanceof Map.Entry<?, ?> entry) {
                return walk(entry.getKey(), visiting) || walk(entry.getValue(), visiting);
            }
            for (Object element : (Object[]) value) {
                if (walk(element, visiting)) {
                    return true;
                }
            }
            return false;
        } finally {
            visiting.remove(value);
        }
    }

    private static boolean walkRecord(Object record, Class<?> type, Set<Object> visiting) {
        for (Method accessor : RECORD_ACCESSORS.get(type)) {
            Object component;
            try {
                component = accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                // Deliberately without the cause: its message could quote a value.
                throw new IllegalStateException("cannot read component '" + accessor.getName()
                        + "' of record " + type.getName() + " to check it for personal identity codes");
            }
            if (walk(component, visiting)) {
                return true;
            }
        }
        return false;
    }

    /** Types that cannot carry free text, so there is nothing to look for in them. */
    private static boolean isTextFree(Object value) {
        return value instanceof Enum<?>
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Character
                || value instanceof UUID
                || value instanceof TemporalAccessor
                || value instanceof TemporalAmount
                || value instanceof ZoneId
                || value instanceof Class<?>
                || isNonCharPrimitiveArray(value);
    }

    private static boolean isNonCharPrimitiveArray(Object value) {
        Class<?> component = value.getClass().getComponentType();
        return component != null && component.isPrimitive() && component != char.class;
    }
}
