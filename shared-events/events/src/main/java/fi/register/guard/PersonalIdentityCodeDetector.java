package fi.register.guard;

import java.util.regex.Pattern;

/**
 * Finds Finnish personal identity codes (<i>henkilötunnus</i>, HETU) in input, so that the
 * register can refuse them wherever they appear (docs/requirements.md, "Minimisation": they are never
 * collected or stored).
 *
 * <p>The detector is deliberately wider than a HETU validator: it does not check the check
 * character, accepts every century sign (including the 2023 additions), lower case, and dash
 * look-alikes, and finds the code inside longer text with no word boundary. It is narrow only
 * where the register legitimately stores look-alike values: ISO dates and times, phone numbers,
 * postal codes, business IDs, e-invoice addresses, IBANs and UUIDs.
 *
 * <p>It never reports, logs or puts into an exception the text that matched.
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
}
