package fi.register.query.reporting;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.query.problem.QueryRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

@RestController
@Tag(name = "Reports", description = "Statistics of service use (management, DPO): counts only, never personal data")
class ServiceUseReportController {

    /** Ten years: enough for any trend, and a bound on the work one request can cause. */
    static final int MAX_MONTHS = 120;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private final ServiceUseReportReader reader;

    ServiceUseReportController(ServiceUseReportReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/reports/service-use")
    @Operation(summary = "Counts per month (UTC) from 'from' to 'to' (yyyy-MM, both included, at most 120 months) and "
            + "their totals: customers registered, services completed, bookings made and cancelled, orders, consents "
            + "given and withdrawn, erasures, interviews by chosen service. Counts below register.reporting.min-cell "
            + "are suppressed (count null, suppressed true).")
    ServiceUseReport serviceUse(@RequestParam String from, @RequestParam String to) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (first.isAfter(last)) {
            throw new QueryRefusedException(Refusal.INVALID_FIELD, "'from' must not be after 'to'.");
        }
        if (ChronoUnit.MONTHS.between(first, last) + 1 > MAX_MONTHS) {
            throw new QueryRefusedException(Refusal.INVALID_FIELD,
                    "A report covers at most " + MAX_MONTHS + " months: narrow 'from' and 'to'.");
        }
        return reader.read(first, last);
    }

    /** The message names the parameter and the form, never the value sent. */
    private static YearMonth month(String name, String value) {
        if (!MONTH.matcher(value).matches()) {
            throw new QueryRefusedException(Refusal.INVALID_FIELD, "'" + name + "' must be a month, yyyy-MM.");
        }
        return YearMonth.parse(value);
    }
}
