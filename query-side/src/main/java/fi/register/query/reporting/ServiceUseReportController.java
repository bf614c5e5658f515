package fi.register.query.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


@RestController
@Tag(name = "Reports", description = "Statistics of service use (management, DPO): counts only, never personal data")
class ServiceUseReportController {

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
        ServiceUseRange range = ServiceUseRange.of(from, to);
        return reader.read(range.from(), range.to());
    }
}
