package fi.register.benchmarks.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The identity-code screen as it was at commit 859a1b0 (raw UTF-8 text plus the JSON tree, ASCII patterns only), kept
 * here as the baseline that the current screen's cost is measured against. Not used by the register.
 */
final class PreviousIdentityCodeScreen {

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

    private static final Pattern UUID_TEXT = Pattern.compile(
            "(?<![0-9A-F])[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}(?![0-9A-F])",
            Pattern.CASE_INSENSITIVE);

    private static final ObjectMapper JSON = new ObjectMapper();

    private PreviousIdentityCodeScreen() {
    }

    static boolean inBody(byte[] body) {
        if (contains(new String(body, StandardCharsets.UTF_8))) {
            return true;
        }
        try {
            return anyTextCarriesCode(JSON.readTree(body));
        } catch (IOException | RuntimeException notJson) {
            return false;
        }
    }

    private static boolean contains(String text) {
        if (text == null || text.length() < 11 || !HETU.matcher(text).find()) {
            return false;
        }
        return text.indexOf('-') < 0 || HETU.matcher(UUID_TEXT.matcher(text).replaceAll(" ")).find();
    }

    private static boolean anyTextCarriesCode(JsonNode node) {
        if (node.isTextual()) {
            return contains(node.textValue());
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (contains(field.getKey()) || anyTextCarriesCode(field.getValue())) {
                return true;
            }
        }
        for (JsonNode element : node.isArray() ? node : JSON.createArrayNode()) {
            if (anyTextCarriesCode(element)) {
                return true;
            }
        }
        return false;
    }
}
