package fi.register.guard;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Text as a person reading it would see it, in one canonical form, so that a personal identity code cannot slip past
 * the screen in a disguise that looks the same on screen or on paper:
 * <ul>
 *     <li>compatibility forms become their plain letters and digits (full-width {@code １３１０５２}, mathematical
 *     bold digits, superscripts, ligatures): Unicode NFKD;</li>
 *     <li>combining marks are dropped ({@code 1̶3̲1}), and with them the accents of letters;</li>
 *     <li>invisible format characters are dropped: zero-width space and joiners, word joiner, byte-order mark, soft
 *     hyphen, direction marks;</li>
 *     <li>every run of white space or line or paragraph separators becomes one space;</li>
 *     <li>every decimal digit of any script becomes its ASCII digit (Arabic-Indic, Devanagari, ...);</li>
 *     <li>every dash, hyphen and minus sign becomes {@code -};</li>
 *     <li>Cyrillic and Greek capitals and small letters that look like Latin ones become those (the century signs and
 *     check characters are Latin letters);</li>
 *     <li>and letters are upper case.</li>
 * </ul>
 * Only the screen reads this form: what is stored is the text as sent.
 */
final class VisibleText {

    /** Letters of other scripts drawn like the Latin letters that century signs and check characters use. */
    private static final Map<Integer, Character> LOOK_ALIKES = lookAlikes(
            // Cyrillic capitals, then small letters
            "АA", "ВB", "СC", "ЕE", "НH", "ІI", "ЈJ", "КK", "МM", "ОO", "РP", "ЅS", "ТT", "ХX", "УY", "ҮY", "ԜW", "ԚQ",
            "аA", "вB", "сC", "еE", "һH", "іI", "јJ", "кK", "мM", "оO", "рP", "ѕS", "тT", "хX", "уY", "үY", "ԝW", "ԛQ",
            // Greek capitals, then small letters
            "ΑA", "ΒB", "ΕE", "ΖZ", "ΗH", "ΙI", "ΚK", "ΜM", "ΝN", "ΟO", "ΡP", "ΤT", "ΥY", "ΧX",
            "αA", "βB", "εE", "ιI", "κK", "νV", "οO", "ρP", "τT", "υY", "χX");

    private VisibleText() {
    }

    /** The canonical form of {@code text}; plain ASCII text without runs of white space comes back as it is, upper-cased. */
    static String of(String text) {
        if (isPlainAscii(text)) {
            return text.toUpperCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder seen = new StringBuilder(decomposed.length());
        boolean lastWasSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                if (!lastWasSpace) {
                    seen.append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            seen.append(fold(c));
        }
        return seen.toString();
    }

    private static boolean isPlainAscii(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7F || (c < 0x20) || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.CONTROL && !Character.isWhitespace(c) && c != 0x85
                // drawn as nothing, though not classed as format characters
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x180E;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static String fold(int c) {
        if (Character.isDigit(c)) {
            return String.valueOf((char) ('0' + Character.digit(c, 10)));
        }
        if (isDashLike(c)) {
            return "-";
        }
        Character latin = LOOK_ALIKES.get(c);
        if (latin != null) {
            return String.valueOf(latin);
        }
        return new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
    }

    private static boolean isDashLike(int c) {
        return Character.getType(c) == Character.DASH_PUNCTUATION
                // minus signs and hyphen-like symbols that Unicode does not class as dashes
                || c == 0x2212 || c == 0x2796 || c == 0x2043 || c == 0x02D7 || c == 0x2E3A || c == 0x2E3B
                || c == 0x10EAD || c == 0x2011;
    }

    private static Map<Integer, Character> lookAlikes(String... pairs) {
        Map<Integer, Character> map = new java.util.HashMap<>();
        for (String pair : pairs) {
            map.put(pair.codePointAt(0), pair.charAt(pair.length() - 1));
        }
        return Map.copyOf(map);
    }
}
