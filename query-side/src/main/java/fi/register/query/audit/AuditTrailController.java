package fi.register.query.audit;

import fi.register.autoconfigure.openapi.Refuses;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.query.problem.QueryRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The data protection officer's audit-trail review: who did what (every event's metadata), who read what (the read
 * audit) and who was refused what about a subject, in time order, filtered and paged, as JSON or as CSV for a
 * spreadsheet. Not itself recorded in the read audit: it shows ids, types, times, actors and legal bases, never
 * personal data.
 */
@RestController
@Tag(name = "Audit trail", description = "Who did what, who read what, who was refused what (data protection officer)")
class AuditTrailController {

    static final MediaType CSV = MediaType.parseMediaType(AuditTrailCsv.MEDIA_TYPE);

    private final AuditTrail trail;
    private final RecordedEventTypes eventTypes;

    AuditTrailController(AuditTrail trail, RecordedEventTypes eventTypes) {
        this.trail = trail;
        this.eventTypes = eventTypes;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "The audit trail, oldest first, filtered by any of customerId, actor, eventType, legalBasis, "
            + "kind and a time window (from inclusive, to exclusive), all combined; paged by offset and limit (default "
            + "100, at most 1000). JSON, or CSV with Accept: text/csv. An unknown or repeated parameter is refused.",
            responses = @ApiResponse(responseCode = "200", description = "A page of the trail",
                    content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AuditPage.class)),
                            @Content(mediaType = AuditTrailCsv.MEDIA_TYPE, schema = @Schema(type = "string"))}))
    @Parameter(name = "customerId", in = ParameterIn.QUERY, description = "One subject's trail (a customer's id)")
    @Parameter(name = "actor", in = ParameterIn.QUERY, description = "Who did it, read it or was refused (a user name, or system)")
    @Parameter(name = "eventType", in = ParameterIn.QUERY, description = "An event type's simple name, e.g. CustomerRegisteredEvent")
    @Parameter(name = "legalBasis", in = ParameterIn.QUERY, description = "CONSENT, CONTRACT or LEGAL_OBLIGATION")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "EVENT, READ or DENIED")
    @Parameter(name = "from", in = ParameterIn.QUERY, example = "2026-11-30T10:00:00+02:00",
            description = "ISO-8601 with an offset, inclusive; an unencoded + is read as such")
    @Parameter(name = "to", in = ParameterIn.QUERY, example = "2026-11-30T18:00:00Z", description = "ISO-8601 with an offset, exclusive")
    @Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "100"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
    @Refuses({Refusal.INVALID_FIELD, Refusal.UNKNOWN_PARAMETER, Refusal.NOT_ACCEPTABLE})
    ResponseEntity<?> trail(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
                            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        MediaType format = formatFor(accept);
        AuditTrailParameters.Read asked = AuditTrailParameters.read(parameters, eventTypes);
        AuditPage page = trail.page(asked.query(), asked.offset(), asked.limit());
        if (format.equals(MediaType.APPLICATION_JSON)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(page);
        }
        ResponseEntity.BodyBuilder csv = ResponseEntity.ok()
                .contentType(new MediaType(CSV, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("audit-trail.csv").build().toString())
                .header("X-Total-Count", String.valueOf(page.total()));
        if (page.nextOffset() != null) {
            // rebuilt from the checked filters, not copied from the request: the caller's own text is never echoed
            csv.header(HttpHeaders.LINK, "<" + next(asked, page.nextOffset()) + ">; rel=\"next\"");
        }
        return csv.body(AuditTrailCsv.write(page.entries()));
    }

    /** JSON unless the client prefers CSV; JSON also for no Accept or a wildcard. Neither acceptable: 406. */
    static MediaType formatFor(String accept) {
        if (accept == null || accept.isBlank()) {
            return MediaType.APPLICATION_JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            throw notAcceptable();
        }
        MediaType best = null;
        double bestQuality = 0;
        int bestSpecificity = -1;
        for (MediaType range : accepted) {
            double quality = range.getQualityValue();
            int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            for (MediaType offered : List.of(MediaType.APPLICATION_JSON, CSV)) {
                if (quality > 0 && range.includes(offered) && (quality > bestQuality
                        || (quality == bestQuality && specificity > bestSpecificity))) {
                    best = offered;
                    bestQuality = quality;
                    bestSpecificity = specificity;
                }
            }
        }
        if (best == null) {
            throw notAcceptable();
        }
        return best;
    }

    private static QueryRefusedException notAcceptable() {
        return new QueryRefusedException(Refusal.NOT_ACCEPTABLE,
                "The audit trail is written as application/json or text/csv: ask for one of them in Accept.");
    }

    private static String next(AuditTrailParameters.Read asked, int nextOffset) {
        AuditTrailQuery query = asked.query();
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/audit");
        addIfGiven(uri, "customerId", query.customerId());
        addIfGiven(uri, "actor", query.actor());
        addIfGiven(uri, "eventType", query.eventType());
        addIfGiven(uri, "legalBasis", query.legalBasis());
        addIfGiven(uri, "kind", query.kind());
        addIfGiven(uri, "from", query.from());
        addIfGiven(uri, "to", query.to());
        return uri.queryParam("limit", asked.limit()).queryParam("offset", nextOffset).encode().build().toUriString();
    }

    private static void addIfGiven(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value.toString());
        }
    }
}
