package fi.register.query.audit;

import fi.register.events.LegalBasis;
import fi.register.query.problem.QueryRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data protection officer's audit-trail screen: {@code GET /api/audit} with its filters, paged, and its CSV. The
 * filters are posted and kept in the session, as the staff's search terms are: an actor is a person's user name, so
 * no filter goes into a URL; the page's GET carries the offset only, the CSV link nothing. The filters are checked by
 * the API's own {@link AuditTrailParameters}, and a refusal is shown next to the filter it names. Not recorded in the
 * read audit, as the API's trail is not: ids, types, times, actors and legal bases, never personal data.
 * Under {@code ConsoleAccess.DPO_PAGES} (the DPO's alone), written out here because the console package reads this one.
 */
@Controller
class AuditTrailPageController {

    static final String PATH = "/console/dpo/audit";
    static final String CSV_PATH = PATH + "/csv";
    static final String FILTERS = AuditTrailPageController.class.getName() + ".filters";
    static final int PAGE_SIZE = 50;
    /** The download's bound: a trail longer than this is narrowed by the filters first (the API pages on). */
    static final int MOST_CSV_ROWS = 100_000;
    /** The form's fields; dates are whole days in UTC, {@code to} included. */
    static final List<String> FIELDS = List.of("customerId", "actor", "eventType", "legalBasis", "kind", "from", "to");

    private final AuditTrail trail;
    private final RecordedEventTypes eventTypes;

    AuditTrailPageController(AuditTrail trail, RecordedEventTypes eventTypes) {
        this.trail = trail;
        this.eventTypes = eventTypes;
    }

    @GetMapping(PATH)
    String page(@RequestParam(defaultValue = "0") int offset, HttpSession session, Model model) {
        Map<String, String> filters = filtersIn(session);
        MultiValueMap<String, String> asked = apiParameters(filters);
        asked.add("limit", String.valueOf(PAGE_SIZE));
        asked.add("offset", String.valueOf(Math.max(0, offset)));
        AuditTrailParameters.Read read = AuditTrailParameters.read(asked, eventTypes);
        AuditPage page = trail.page(read.query(), read.offset(), read.limit());
        model.addAttribute("entries", page.entries());
        model.addAttribute("total", page.total());
        model.addAttribute("nextOffset", page.nextOffset());
        model.addAttribute("previousOffset", read.offset() > 0 ? Math.max(0, read.offset() - PAGE_SIZE) : null);
        return form(filters, Map.of(), model);
    }

    /** Accepted filters are kept and shown by the GET (303); refused ones are drawn here (422), nothing kept. */
    @PostMapping(PATH)
    Object filter(@RequestParam Map<String, String> posted, HttpSession session, Model model,
                  HttpServletResponse response) {
        Map<String, String> filters = new LinkedHashMap<>();
        FIELDS.forEach(field -> {
            String value = posted.getOrDefault(field, "").strip();
            if (!value.isEmpty()) {
                filters.put(field, value);
            }
        });
        try {
            AuditTrailParameters.read(apiParameters(filters), eventTypes);
        } catch (QueryRefusedException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("entries", List.of());
            return form(filters, Map.of(fieldNamedIn(refused), "audit.refused." + fieldNamedIn(refused)), model);
        }
        session.setAttribute(FILTERS, filters);
        RedirectView page = new RedirectView(PATH, true);
        page.setStatusCode(HttpStatus.SEE_OTHER);
        page.setExposeModelAttributes(false);
        return page;
    }

    /** The whole filtered trail (up to {@link #MOST_CSV_ROWS}) as the API's CSV, for a spreadsheet. */
    @GetMapping(CSV_PATH)
    ResponseEntity<String> csv(HttpSession session) {
        AuditTrailParameters.Read read = AuditTrailParameters.read(apiParameters(filtersIn(session)), eventTypes);
        List<AuditEntry> entries = new ArrayList<>();
        Integer offset = 0;
        while (offset != null && entries.size() < MOST_CSV_ROWS) {
            AuditPage page = trail.page(read.query(), offset, AuditTrailParameters.MAX_LIMIT);
            entries.addAll(page.entries());
            offset = page.nextOffset();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(AuditTrailController.CSV, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("audit-trail.csv").build().toString())
                .body(AuditTrailCsv.write(entries.subList(0, Math.min(entries.size(), MOST_CSV_ROWS))));
    }

    private String form(Map<String, String> filters, Map<String, String> refusals, Model model) {
        model.addAttribute("filters", filters);
        model.addAttribute("refusals", refusals);
        model.addAttribute("eventTypes", eventTypes.names());
        model.addAttribute("legalBases", LegalBasis.values());
        model.addAttribute("kinds", AuditEntry.Kind.values());
        return "console/audit";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> filtersIn(HttpSession session) {
        Map<String, String> filters = (Map<String, String>) session.getAttribute(FILTERS);
        return filters == null ? Map.of() : filters;
    }

    /** The form's values as the API's query: a day's {@code from} at its start, a day's {@code to} at the next one's. */
    private static MultiValueMap<String, String> apiParameters(Map<String, String> filters) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        filters.forEach((field, value) -> parameters.add(field, switch (field) {
            case "from" -> day(value, "from").atStartOfDay(ZoneOffset.UTC).toOffsetDateTime().toString();
            case "to" -> day(value, "to").plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime().toString();
            default -> value;
        }));
        return parameters;
    }

    private static LocalDate day(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADay) {
            throw new QueryRefusedException(fi.register.autoconfigure.problem.Refusal.INVALID_FIELD,
                    field + " must be a day, yyyy-MM-dd.");
        }
    }

    /** The API's details begin with the parameter they concern; any other refusal is the form's. */
    private static String fieldNamedIn(QueryRefusedException refused) {
        String detail = refused.getMessage() == null ? "" : refused.getMessage();
        return FIELDS.stream().filter(field -> detail.startsWith(field + " ")).findFirst().orElse("form");
    }
}
