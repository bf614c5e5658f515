package fi.register.query.export;

import fi.register.events.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import fi.register.query.audit.SubjectReads;
import fi.register.query.registerview.RegisterView;
import fi.register.query.registerview.RegisterViewReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.UUID;

/**
 * The copy of all their data that a customer may ask for; only the data protection officer hands it out. One address,
 * three forms chosen by the {@code Accept} header: the machine-readable JSON (Art. 20, the default, as before), and
 * the human-readable access copy (Art. 15) as HTML or PDF, in the customer's language. Every form is a read of the
 * subject's data, recorded as {@code ACCESS_EXPORT}, and none may be kept by a cache on the way.
 */
@RestController
@Tag(name = "Access export", description = "Everything held about a subject (data protection officer)")
class CustomerExportController {

    static final String PATH = "/api/customers/{customerId}/export";

    private final RegisterViewReader registerView;
    private final EventHistory eventHistory;
    private final PersonalDataReads reads;
    private final SubjectReads readLog;
    private final AccessCopyResponses copies;
    private final Clock clock;

    CustomerExportController(RegisterViewReader registerView, EventHistory eventHistory, PersonalDataReads reads,
                             SubjectReads readLog, AccessCopyResponses copies, Clock clock) {
        this.registerView = registerView;
        this.eventHistory = eventHistory;
        this.reads = reads;
        this.readLog = readLog;
        this.copies = copies;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @Operation(summary = "Right of access and portability (GDPR Art. 15, 20): register view with every wellness service, "
            + "consent history, the decrypted event history and when what of the data was read and why (not by whom); "
            + "404 for an unknown id, 410 once erased. The read is recorded in the audit trail. By the Accept header: "
            + "application/json (default) the machine-readable export; text/html or application/pdf the access copy "
            + "written for the customer in their language (fi, sv, en; ?lang= overrides), with purposes, categories, "
            + "recipients, sources, the retention deadline, rights and every consultation with its purpose.",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CustomerExport.class)),
                    @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
                    @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))}))
    ResponseEntity<?> export(@PathVariable UUID customerId,
                             @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                             @Parameter(description = "the access copy's language (fi, sv, en) instead of the customer's")
                             @RequestParam(name = "lang", required = false) String lang,
                             Authentication reader) {
        return switch (AccessCopyFormat.chosenBy(accept)) {
            case JSON -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                    .contentType(MediaType.APPLICATION_JSON).body(json(customerId, reader));
            case HTML -> copies.html(customerId, lang, reader);
            case PDF -> copies.pdf(customerId, lang, reader);
        };
    }

    private CustomerExport json(UUID customerId, Authentication reader) {
        // the view first: it answers 404 or 410, and nothing is read from the event store for those
        RegisterView view = registerView.read(customerId);
        CustomerExport export = new CustomerExport(customerId, clock.instant(), reader.getName(), view,
                view.customer().consentHistory(), eventHistory.of(customerId), readLog.of(customerId));
        reads.record(customerId, reader.getName(), PersonalDataRead.ACCESS_EXPORT);
        return export;
    }
}
