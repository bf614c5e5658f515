package fi.register.guard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Finnish personal identity codes (<i>henkilötunnus</i>, HETU) in input, so that the register can refuse them
 * wherever they appear (docs/requirements.md, "Minimisation": they are never collected or stored).
 *
 * <p>It reads the text as a person would see it ({@link VisibleText}): full-width or other scripts' digits, dash
 * look-alikes, Cyrillic or Greek letters, invisible characters, combining marks and line breaks hide nothing.
 *
 * <p>Two rules, by how surely the text is a code:
 * <ol>
 *     <li><b>The classic form</b>: a date, {@code -} or {@code +}, three digits and any check character, at the start
 *     of a run of digits. Refused even with a wrong check character, because a mistyped code is still a code.</li>
 *     <li><b>Every other form</b>: a letter as the century sign, no sign at all, a space in its place, spaces beside
 *     it, or more digits in front. Refused when the date is a real calendar date and the check character is the
 *     right one for it (one chance in 31 for text that merely has the shape), so that such text as a phone number,
 *     a hexadecimal e-mail address or an account number is refused rarely. Without any sign, all ten characters must
 *     stand alone as a run of digits, or end in a letter: a long account or invoice number is not searched for
 *     ten-digit windows.</li>
 * </ol>
 * A code that sits exactly inside a well-formed UUID is not looked for, because a random UUID has the shape in it
 * about once in two thousand and the register's own identifiers are UUIDs. The rates measured on realistic values
 * are in {@code PersonalIdentityCodeDetectorCorpusTest} and the README.
 *
 * <p>It never reports, logs or puts into an exception the text that matched.
 */
public final class PersonalIdentityCodeDetector {

    /*
     * DDMMYY, an optional space, an optional century sign, an optional space, NNN, the check character. Looked for
     * at every position (the lookahead lets matches overlap), so "1131052-308T" is read both as 113105... and 131052...
     */
    private static final Pattern SHAPE = Pattern.compile(
            "(?=((?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])[0-9]{2})( ?)([-+A-FU-Y]?)( ?)([0-9]{3})([0-9A-Y]))");

    /** A UUID in its canonical 8-4-4-4-12 form, not glued to more hexadecimal digits. */
    private static final Pattern UUID_TEXT = Pattern.compile(
            "(?<![0-9A-F])[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}(?![0-9A-F])");

    /**
     * A basic-format ISO 8601 timestamp's date and 'T' ("20261201T101000+0200"): its time and offset have the classic
     * shape, so there the classic rule gives way to the check-character rule.
     */
    private static final Pattern BASIC_DATE_AND_T = Pattern.compile("[0-9]{8}T$");

    /** A code has nine digits (six of the date, three of the number), in any script and any compatibility form. */
    private static final int DIGITS_IN_A_CODE = 9;

    private PersonalIdentityCodeDetector() {
    }

    /** Whether the text contains a Finnish personal identity code, anywhere in it. {@code null} contains none. */
    public static boolean containsPersonalIdentityCode(String text) {
        return contains(text, false);
    }

    /**
     * The same for a value given as a phone number. A domestic number written without spaces is ten digits, and about
     * one in a hundred mobile numbers ({@code 040...}, {@code 050...}) is also a real code's digits without its century
     * sign: in a phone number, ten digits alone are read as the phone number they look like. Every other form of a
     * code is refused here as anywhere.
     */
    public static boolean containsPersonalIdentityCodeInPhoneNumber(String text) {
        return contains(text, true);
    }

    private static boolean contains(String text, boolean phoneNumber) {
        if (text == null || fewerDigitsThanACode(text)) {
            return false; // the common case, decided without allocating
        }
        String visible = VisibleText.of(text);
        if (visible.indexOf('-') >= 0) {
            visible = UUID_TEXT.matcher(visible).replaceAll(" ");
        }
        Matcher shape = SHAPE.matcher(visible);
        while (shape.find()) {
            if (isCode(visible, shape, phoneNumber)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCode(String text, Matcher shape, boolean phoneNumber) {
        int start = shape.start(1);
        boolean digitBefore = start > 0 && isDigit(text.charAt(start - 1));
        boolean spaced = !shape.group(2).isEmpty() || !shape.group(4).isEmpty();
        String sign = shape.group(3);
        String check = shape.group(6);
        if (!spaced && !digitBefore && (sign.equals("-") || sign.equals("+"))
                && !BASIC_DATE_AND_T.matcher(text.substring(Math.max(0, start - 9), start)).find()) {
            return true;
        }
        if (sign.isEmpty() && isDigit(check.charAt(0))) {
            int end = shape.end(6);
            boolean digitAfter = end < text.length() && isDigit(text.charAt(end));
            if (digitBefore || digitAfter || phoneNumber && text.charAt(start) == '0') {
                return false;
            }
        }
        return PersonalIdentityCodeCheck.isRealDate(shape.group(1))
                && PersonalIdentityCodeCheck.isCheckCharacterOf(shape.group(1) + shape.group(5), check.charAt(0));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean fewerDigitsThanACode(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= 0x80 && (Character.isDigit(c) || Character.isSurrogate(c)
                    || Character.getType(c) == Character.OTHER_NUMBER)) {
                if (++digits >= DIGITS_IN_A_CODE) {
                    return false;
                }
            }
        }
        return true;
    }
}
