package fi.register.query.search;

import java.util.List;

/** The hits of one page, best first, and how many customers matched in all. */
public record SearchResult(List<CustomerSearchHit> hits, int total) {
}
