package fi.register.query.console;

import fi.register.query.search.CustomerSearchHit;

import java.time.Instant;
import java.util.UUID;

/** One hit as the search page lists it: each field searched by, with its matched parts marked. */
public record ShownCustomer(UUID customerId, HighlightedText firstName, HighlightedText lastName,
                     HighlightedText companyName, HighlightedText businessId, HighlightedText email,
                     HighlightedText phone, Instant lastActiveAt) {

    static ShownCustomer of(CustomerSearchHit hit) {
        return new ShownCustomer(hit.customerId(),
                HighlightedText.of(hit.firstName(), "firstName", hit.highlights()),
                HighlightedText.of(hit.lastName(), "lastName", hit.highlights()),
                HighlightedText.of(hit.companyName(), "companyName", hit.highlights()),
                HighlightedText.of(hit.businessId(), "businessId", hit.highlights()),
                HighlightedText.of(hit.email(), "email", hit.highlights()),
                HighlightedText.of(hit.phone(), "phone", hit.highlights()),
                hit.lastActiveAt());
    }

    @Override
    public String toString() {
        return "ShownCustomer[" + customerId + "]";
    }
}
