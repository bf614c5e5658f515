package fi.register.query.search;

import fi.register.crypto.PersonalDataProtection;
import fi.register.events.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Finding customers as the API and the console both do: the index asked, the erased left out, and every customer
 * shown recorded in the read audit ({@code SEARCH_HIT}, or {@code RECENTLY_ACTIVE_LIST} without a query); what was
 * searched for is recorded nowhere.
 */
@Service
public class CustomerSearch {

    /** Longer than any name, address or number a person types into a search box. */
    public static final int LONGEST_QUERY = 200;
    public static final int MOST_TERMS = 10;

    private final CustomerSearchIndex index;
    private final PersonalDataReads reads;
    private final PersonalDataProtection protection;

    CustomerSearch(CustomerSearchIndex index, PersonalDataReads reads, PersonalDataProtection protection) {
        this.index = index;
        this.reads = reads;
        this.protection = protection;
    }

    public static boolean isListing(String query) {
        return query == null || query.isBlank();
    }

    public static boolean hasTooManyTerms(String query) {
        return !isListing(query) && query.strip().split("\\s+").length > MOST_TERMS;
    }

    /** This page of the customers found (the most recently active without a query), each one recorded as read. */
    public CustomerSearchPage find(String query, int offset, int limit, String reader) {
        boolean listing = isListing(query);
        SearchResult found = listing ? index.recent(offset, limit) : index.search(query, offset, limit);
        List<CustomerSearchHit> shown = notErased(found.hits());
        reads.recordAll(shown.stream().map(CustomerSearchHit::customerId).toList(), reader,
                listing ? PersonalDataRead.RECENTLY_ACTIVE_LIST : PersonalDataRead.SEARCH_HIT);
        int end = offset + found.hits().size();
        return new CustomerSearchPage(shown, offset, limit, found.total(), end < found.total() ? end : null);
    }

    /**
     * The key store decides, not the index: a subject erased by the command side a moment ago, whose erasure event the
     * view has not handled yet, is not shown (and leaves the index now).
     */
    private List<CustomerSearchHit> notErased(List<CustomerSearchHit> hits) {
        List<CustomerSearchHit> shown = new ArrayList<>(hits.size());
        for (CustomerSearchHit hit : hits) {
            UUID id = hit.customerId();
            if (protection.keyStore().isDestroyed(id)) {
                index.remove(id);
            } else {
                shown.add(hit);
            }
        }
        return shown;
    }
}
