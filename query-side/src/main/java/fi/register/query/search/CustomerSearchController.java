package fi.register.query.search;

import fi.register.autoconfigure.problem.Refusal;
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


/**
 * Finding a customer the way the clinic's staff do: by a name, a phone number however written, an e-mail address or a
 * business id; without a query, the customers most recently active. Every customer shown is a read of personal data
 * and recorded as one; what was searched for is not recorded anywhere.
 */
@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customer register view", description = "Read a customer's register entry, consents and services (staff, DPO)")
class CustomerSearchController {

    static final int LONGEST_QUERY = CustomerSearch.LONGEST_QUERY;
    static final int MOST_TERMS = CustomerSearch.MOST_TERMS;
    static final int LARGEST_PAGE = 100;
    /** Paging deeper than this is a bulk export, not a search. */
    static final int DEEPEST_OFFSET = 10_000;

    private final CustomerSearch customers;

    CustomerSearchController(CustomerSearch customers) {
        this.customers = customers;
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
        if (CustomerSearch.hasTooManyTerms(q)) {
            throw new QueryRefusedException(Refusal.INVALID_FIELD, "q: at most " + MOST_TERMS + " words.");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(customers.find(q, offset, limit, reader.getName()));
    }
}
