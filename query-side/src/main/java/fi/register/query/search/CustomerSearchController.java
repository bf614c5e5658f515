package fi.register.query.search;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import fi.register.query.problem.QueryRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Finding a customer the way the clinic's staff do: by a name, a phone number however written, an e-mail address or a
 * business id; without a query, the customers most recently active. Every customer shown is a read of personal data
 * and recorded as one; what was searched for is not recorded anywhere.
 */
@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customer register view", description = "Read a customer's register entry, consents and services (staff, DPO)")
class CustomerSearchController {

    /** Longer than any name, address or number a person types into a search box. */
    static final int LONGEST_QUERY = 200;
    static final int MOST_TERMS = 10;
    static final int LARGEST_PAGE = 100;
    /** Paging deeper than this is a bulk export, not a search. */
    static final int DEEPEST_OFFSET = 10_000;

    private final CustomerSearchIndex index;
    private final PersonalDataReads reads;
    private final PersonalDataProtection protection;

    CustomerSearchController(CustomerSearchIndex index, PersonalDataReads reads, PersonalDataProtection protection) {
        this.index = index;
        this.reads = reads;
        this.protection = protection;
    }

    @GetMapping(params = "!email")
    @Operation(summary = "Search customers by any word of a first, last or company name (its beginning), a phone number "
            + "(any formatting), an e-mail address or a business id, ignoring case and accents (q, at most "
            + LONGEST_QUERY + " characters and " + MOST_TERMS + " words). Ranked: more terms matched first, then whole "
            + "words before beginnings, then the most recently active. Each hit says where it matched (highlights: "
            + "field, start, end in UTF-16 units). Without q, the most recently active customers. Paged by offset (at most "
            + DEEPEST_OFFSET + ") and limit (default 20, at most " + LARGEST_PAGE + "). Every customer shown is recorded "
            + "in the audit trail; the query is not.")
    ResponseEntity<CustomerSearchPage> search(@RequestParam(required = false) @Size(max = LONGEST_QUERY) String q,
                                              @RequestParam(defaultValue = "20") @Min(1) @Max(LARGEST_PAGE) int limit,
                                              @RequestParam(defaultValue = "0") @Min(0) @Max(DEEPEST_OFFSET) int offset,
                                              Authentication reader) {
        boolean listing = q == null || q.isBlank();
        if (!listing && q.strip().split("\\s+").length > MOST_TERMS) {
            throw new QueryRefusedException(Refusal.INVALID_FIELD, "q: at most " + MOST_TERMS + " words.");
        }
        SearchResult found = listing ? index.recent(offset, limit) : index.search(q, offset, limit);
        List<CustomerSearchHit> shown = notErased(found.hits());
        reads.recordAll(shown.stream().map(CustomerSearchHit::customerId).toList(), reader.getName(),
                listing ? PersonalDataRead.RECENTLY_ACTIVE_LIST : PersonalDataRead.SEARCH_HIT);
        int end = offset + found.hits().size();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new CustomerSearchPage(shown, offset, limit, found.total(), end < found.total() ? end : null));
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
