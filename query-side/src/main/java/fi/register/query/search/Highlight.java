package fi.register.query.search;

/**
 * Where a search matched: in the named field of the hit, the characters from {@code start} (inclusive) to {@code end}
 * (exclusive), counted in UTF-16 units as Java and JavaScript count them, in the value as the hit shows it.
 */
public record Highlight(String field, int start, int end) {
}
