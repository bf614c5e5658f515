package fi.register.query.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One term of a query, folded as the field it is compared with is folded. A query written as a number ("+358 40 123
 * 4567", "040-123 4567", "0737546-2") is one number term, spaces and all; otherwise every space-separated piece is a
 * term of its own: an e-mail address if it holds an @, a number if it is one, else the words of a name.
 */
record SearchTerm(String text, Kind kind) {

    /** Fewer digits than this are not searched as a phone number or business id. */
    static final int LEAST_DIGITS = 3;

    enum Kind {
        /** A word of a name, also compared with the start of e-mail addresses. */
        WORD,
        EMAIL,
        /** A phone number or business id, as its digits. */
        NUMBER
    }

    static List<SearchTerm> of(String query) {
        String text = query.strip();
        if (SearchText.isNumber(text, LEAST_DIGITS)) {
            return List.of(new SearchTerm(SearchText.digits(text).text(), Kind.NUMBER));
        }
        Set<SearchTerm> terms = new LinkedHashSet<>();
        for (String piece : text.split("\\s+")) {
            if (piece.indexOf('@') >= 0) {
                terms.add(new SearchTerm(SearchText.foldWhole(piece).text(), Kind.EMAIL));
            } else if (SearchText.isNumber(piece, LEAST_DIGITS)) {
                terms.add(new SearchTerm(SearchText.digits(piece).text(), Kind.NUMBER));
            } else {
                SearchText.words(piece).forEach(word -> terms.add(new SearchTerm(word.text(), Kind.WORD)));
            }
        }
        return new ArrayList<>(terms);
    }

    /** A term is what someone typed to find a customer: personal data, never printed. */
    @Override
    public String toString() {
        return "SearchTerm[" + kind + "]";
    }
}
