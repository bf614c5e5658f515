package fi.register.query.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the search reads text: lower case, accents and other marks folded away ({@code Mäkelä} reads {@code makela},
 * {@code Åsa} reads {@code asa}), a phone number as its national digits ({@code +358 40 123 4567}, {@code 040-123 4567}
 * and {@code 0401234567} all read {@code 0401234567}). Every folded character remembers where its original character
 * lies in the text as written, so a match found in the folded form is highlighted in the original.
 */
final class SearchText {

    /** The Latin letters that do not decompose into a base letter and a mark. */
    private static final String[][] LETTERS_OF_THEIR_OWN = {
            {"ß", "ss"}, {"æ", "ae"}, {"ø", "o"}, {"œ", "oe"}, {"đ", "d"}, {"ð", "d"}, {"ł", "l"}, {"þ", "th"}, {"ı", "i"}};
    /** Folded forms of the Latin blocks, worked out once: the index folds every name of every customer. */
    private static final String[] LATIN = new String[0x250];
    private static final String FINNISH_COUNTRY_CODE = "358";

    static {
        for (char c = 0; c < LATIN.length; c++) {
            LATIN[c] = decompose(c);
        }
        for (String[] letter : LETTERS_OF_THEIR_OWN) {
            char lower = letter[0].charAt(0);
            LATIN[lower] = letter[1];
            LATIN[Character.toUpperCase(lower)] = letter[1];
        }
    }

    private SearchText() {
    }

    /**
     * A folded piece of text and, for each of its characters, where the original character it came from starts and
     * ends in the original text (UTF-16 units, as Java and JavaScript count).
     */
    record Folded(String text, int[] starts, int[] ends) {

        /** The original [start, end) of the first {@code length} folded characters. */
        Highlight highlight(String field, int length) {
            return new Highlight(field, starts[0], ends[length - 1]);
        }

        @Override
        public String toString() {
            return "Folded[" + text.length() + " characters]"; // the text is personal data
        }
    }

    /** The whole text folded as one piece: an e-mail address, where dots and @ belong to it. */
    static Folded foldWhole(String text) {
        Builder folded = new Builder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(foldChar(text.charAt(i)), i);
        }
        return folded.build();
    }

    /** The words of a name (letters and digits, marks with their letter), each folded: "Mäkelä-Virtanen" is two. */
    static List<Folded> words(String text) {
        List<Folded> words = new ArrayList<>(4);
        Builder word = new Builder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPartOfWord(c)) {
                word.append(foldChar(c), i);
            } else if (!word.isEmpty()) {
                words.add(word.build());
                word = new Builder(text.length() - i);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.build());
        }
        return words;
    }

    /**
     * A phone number as its national digits: the Finnish country code (+358, 00358) becomes the trunk prefix 0, so the
     * number reads the same however it was written; any other country code stays as written. Also a business id as its
     * digits ({@code 0737546-2} reads {@code 07375462}), which has no country code.
     */
    static Folded digits(String text) {
        Builder digits = new Builder(text.length());
        int plus = text.indexOf('+');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(String.valueOf(c), i);
            }
        }
        Folded all = digits.build();
        String number = all.text();
        boolean international = plus >= 0 && (all.starts().length == 0 || plus < all.starts()[0]);
        String countryCode = international ? FINNISH_COUNTRY_CODE : "00" + FINNISH_COUNTRY_CODE;
        if ((international || number.startsWith("00")) && number.startsWith(countryCode)
                && number.length() > countryCode.length()) {
            // the country code reads as the trunk prefix 0, and a match on it highlights the whole code
            int code = countryCode.length();
            Builder national = new Builder(number.length());
            national.appendSpan('0', international ? plus : all.starts()[0], all.ends()[code - 1]);
            for (int i = code; i < number.length(); i++) {
                national.appendSpan(number.charAt(i), all.starts()[i], all.ends()[i]);
            }
            return national.build();
        }
        return all;
    }

    /** Whether the text is written as a number (digits, spaces, + ( ) . / -) with at least {@code least} digits. */
    static boolean isNumber(String text, int least) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                count++;
            } else if ("+()./- \t".indexOf(c) < 0) {
                return false;
            }
        }
        return count >= least;
    }

    private static boolean isPartOfWord(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static String foldChar(char c) {
        return c < LATIN.length ? LATIN[c] : decompose(c);
    }

    /** Lower case, decomposed, marks dropped: a combining mark on its own folds to nothing. */
    private static String decompose(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char part = decomposed.charAt(i);
            if (Character.getType(part) != Character.NON_SPACING_MARK) {
                kept.append(part);
            }
        }
        return kept.toString();
    }

    /** Folded characters with where each came from. */
    private static final class Builder {

        private final StringBuilder text;
        private int[] starts;
        private int[] ends;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            starts = new int[Math.max(4, capacity)];
            ends = new int[Math.max(4, capacity)];
        }

        void append(String folded, int original) {
            for (int j = 0; j < folded.length(); j++) {
                appendSpan(folded.charAt(j), original, original + 1);
            }
        }

        void appendSpan(char folded, int start, int end) {
            if (text.length() == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            starts[text.length()] = start;
            ends[text.length()] = end;
            text.append(folded);
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        Folded build() {
            return new Folded(text.toString(), Arrays.copyOf(starts, text.length()), Arrays.copyOf(ends, text.length()));
        }
    }
}
