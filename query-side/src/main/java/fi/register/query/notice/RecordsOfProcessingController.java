package fi.register.query.notice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The records of processing activities for the data protection officer (QuerySideAccessRules). Not recorded in the
 * read audit: they hold the controller's configuration, nothing of any customer.
 */
@RestController
@Tag(name = "Privacy notice")
class RecordsOfProcessingController {

    static final String PATH = "/api/records-of-processing";

    private final RecordsOfProcessingSource records;

    RecordsOfProcessingController(RecordsOfProcessingSource records) {
        this.records = records;
    }

    @GetMapping(PATH)
    @Operation(summary = "The records of processing activities (GDPR Art. 30): controller, contact, purposes with "
            + "their legal bases, data categories, recipients and what each receives, retention, security measures. "
            + "Generated from the same configuration as GET /privacy-notice (data protection officer).")
    RecordsOfProcessing records() {
        return records.records();
    }
}
