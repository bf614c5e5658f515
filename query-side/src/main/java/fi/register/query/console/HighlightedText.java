package fi.register.query.console;

import fi.register.query.search.Highlight;

import java.util.ArrayList;
import java.util.List;

/**
 * A field's value cut into the parts the search matched ({@code marked}, drawn as {@code <mark>}) and the rest, so
 * the page can show where a hit matched without building HTML from personal data.
 */
public record HighlightedText(List<Part> parts) {

    public record Part(String text, boolean marked) {
    }

    static HighlightedText of(String value, String field, List<Highlight> highlights) {
        if (value == null) {
            return new HighlightedText(List.of());
        }
        boolean[] marked = new boolean[value.length()];
        for (Highlight highlight : highlights) {
            if (highlight.field().equals(field)) {
                for (int i = Math.max(0, highlight.start()); i < Math.min(value.length(), highlight.end()); i++) {
                    marked[i] = true;
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= value.length(); i++) {
            if (i == value.length() || marked[i] != marked[start]) {
                parts.add(new Part(value.substring(start, i), marked[start]));
                start = i;
            }
        }
        return new HighlightedText(parts);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
