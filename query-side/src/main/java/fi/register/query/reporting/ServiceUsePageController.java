package fi.register.query.reporting;

import fi.register.autoconfigure.console.ConsoleWords;
import fi.register.query.problem.QueryRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Management's service-use report (and the data protection officer's, as the API allows): {@code GET
 * /api/reports/service-use} as tables, one per measure, a row per combination of codes (service, kind, channel…) and a
 * column per month with the total last; a suppressed count is shown as suppressed, never as a number or a zero. The
 * months are the only parameters, nothing personal, so the page and its CSV are plain GETs. Counts only: not recorded
 * in the read audit. Under {@code ConsoleAccess.MANAGEMENT_PAGES}.
 */
@Controller
class ServiceUsePageController {

    static final String PATH = "/console/management/service-use";
    static final String CSV_PATH = PATH + "/csv";
    /** Shown when no months are asked for: this month and the eleven before it (UTC, as the report's months). */
    static final int DEFAULT_MONTHS = 12;
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader("measure", "dimensions", "month", "count", "suppressed").get();

    private final ServiceUseReportReader reader;
    private final Clock clock;
    private final ConsoleWords words;

    ServiceUsePageController(ServiceUseReportReader reader, Clock clock, ConsoleWords words) {
        this.words = words;
        this.reader = reader;
        this.clock = clock;
    }

    /** One count as shown: a number, or suppressed (a zero is a count no event made, and is not listed by the API). */
    record Shown(Long count, boolean suppressed) {
        static final Shown ZERO = new Shown(0L, false);

        static Shown of(ReportCell cell) {
            return cell == null ? ZERO : new Shown(cell.count(), cell.suppressed());
        }
    }

    /**
     * A row of a measure's table: the codes it is counted by in the page's words (the CSV keeps the codes), a count
     * per month, and the range's total.
     */
    record Row(String codes, List<Shown> months, Shown total) {
    }

    record Table(String measure, List<Row> rows) {
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
                HttpServletResponse response, Locale language) {
        String first = from == null || from.isBlank() ? defaultFrom() : from;
        String last = to == null || to.isBlank() ? thisMonth().toString() : to;
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        ServiceUseRange range;
        try {
            range = ServiceUseRange.of(first, last);
        } catch (QueryRefusedException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refused", true);
            model.addAttribute("maxMonths", ServiceUseRange.MAX_MONTHS);
            return "console/service-use";
        }
        ServiceUseReport report = reader.read(range.from(), range.to());
        model.addAttribute("refused", false);
        model.addAttribute("report", report);
        model.addAttribute("tables", tables(report, (measure, cell) -> worded(measure, cell, language)));
        return "console/service-use";
    }

    /** The same counts as the page, one line per cell and month (and "total"), for a spreadsheet. */
    @GetMapping(CSV_PATH)
    ResponseEntity<String> csv(@RequestParam String from, @RequestParam String to) {
        ServiceUseRange range = ServiceUseRange.of(from, to);
        ServiceUseReport report = reader.read(range.from(), range.to());
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
            for (ServiceUseMonth month : report.months()) {
                print(csv, month.month(), month.counts());
            }
            print(csv, "total", report.totals());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType("text/csv"), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("service-use-" + range.from() + "-" + range.to() + ".csv").build().toString())
                .body(out.toString());
    }

    private static void print(CSVPrinter csv, String month, Map<String, List<ReportCell>> counts) throws IOException {
        for (var measure : counts.entrySet()) {
            for (ReportCell cell : measure.getValue()) {
                // codes of the published language only (a service, an enum name), never a typed value: no formula
                csv.printRecord(measure.getKey(), codes(cell), month, cell.suppressed() ? "" : cell.count(),
                        cell.suppressed());
            }
        }
    }

    static List<Table> tables(ServiceUseReport report, BiFunction<String, ReportCell, String> rowName) {
        List<Table> tables = new ArrayList<>();
        report.totals().forEach((measure, totals) -> {
            List<Row> rows = new ArrayList<>();
            for (ReportCell total : totals) {
                List<Shown> months = report.months().stream()
                        .map(month -> Shown.of(month.counts().getOrDefault(measure, List.of()).stream()
                                .filter(cell -> cell.dimensions().equals(total.dimensions())).findFirst().orElse(null)))
                        .toList();
                rows.add(new Row(rowName.apply(measure, total), months, Shown.of(total)));
            }
            tables.add(new Table(measure, rows));
        });
        return tables;
    }

    private static String codes(ReportCell cell) {
        Map<String, String> given = new LinkedHashMap<>(cell.dimensions());
        given.values().removeIf(java.util.Objects::isNull);
        return given.entrySet().stream().map(code -> code.getKey() + "=" + code.getValue())
                .collect(Collectors.joining(", "));
    }

    /** A row's codes in the page's language: Yksityishenkilö, Neurosonic-rentoutushoito. */
    private String worded(String measure, ReportCell cell, Locale language) {
        return cell.dimensions().entrySet().stream().filter(code -> code.getValue() != null)
                .map(code -> words.of(wordKindOf(measure, code.getKey()), code.getValue(), language))
                .collect(Collectors.joining(", "));
    }

    /** Which codes a dimension holds: "kind" and "channel" mean different codes in different measures. */
    static String wordKindOf(String measure, String dimension) {
        return switch (dimension) {
            case "service", "customerGroup" -> "group";
            case "kind" -> Measure.SERVICES_COMPLETED.key().equals(measure) ? "serviceKind" : "kind";
            case "channel" -> Measure.CONSENTS_GIVEN.key().equals(measure) || Measure.CONSENTS_WITHDRAWN.key().equals(measure)
                    ? "marketingChannel" : "bookingChannel";
            case "purpose" -> "consentPurpose";
            case "reason" -> "erasureReason";
            default -> dimension; // product, terms
        };
    }

    private YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }

    private String defaultFrom() {
        return thisMonth().minusMonths(DEFAULT_MONTHS - 1).toString();
    }
}
