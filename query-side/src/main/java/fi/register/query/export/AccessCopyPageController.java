package fi.register.query.export;

import fi.register.query.console.ConsoleAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/**
 * The access copy from the customer card, for the data protection officer only (under {@link ConsoleAccess#DPO_PAGES},
 * as the export is the officer's in the API): a browser's link cannot choose the form by the Accept header, so the
 * page and the PDF have an address each. The same copy as the API's, recorded as read the same way.
 */
@Controller
class AccessCopyPageController {

    static final String PAGE = ConsoleAccess.DPO_PAGES + "/customers/{customerId}/access-copy";
    static final String PDF = PAGE + "/pdf";

    private final AccessCopyResponses copies;

    AccessCopyPageController(AccessCopyResponses copies) {
        this.copies = copies;
    }

    @GetMapping(PAGE)
    ResponseEntity<String> page(@PathVariable UUID customerId, @RequestParam(name = "lang", required = false) String lang,
                                Authentication reader) {
        return copies.html(customerId, lang, reader);
    }

    @GetMapping(PDF)
    ResponseEntity<byte[]> pdf(@PathVariable UUID customerId, @RequestParam(name = "lang", required = false) String lang,
                               Authentication reader) {
        return copies.pdf(customerId, lang, reader);
    }
}
