package fi.register.query.search;

import java.util.List;

/**
 * A page of customers found, best first (or the most recently active first, without a query).
 *
 * @param nextOffset the offset of the next page, null on the last one
 */
public record CustomerSearchPage(List<CustomerSearchHit> hits, int offset, int limit, int total, Integer nextOffset) {
}
