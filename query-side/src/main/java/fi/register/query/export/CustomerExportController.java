package fi.register.query.export;

import fi.register.events.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import fi.register.query.audit.SubjectReads;
import fi.register.query.registerview.RegisterView;
import fi.register.query.registerview.RegisterViewReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.UUID;

/** The copy of all their data that a customer may ask for; only the data protection officer hands it out. */
@RestController
@Tag(name = "Access export", description = "Everything held about a subject (data protection officer)")
class CustomerExportController {

    private final RegisterViewReader registerView;
    private final EventHistory eventHistory;
    private final PersonalDataReads reads;
    private final SubjectReads readLog;
    private final Clock clock;

    CustomerExportController(RegisterViewReader registerView, EventHistory eventHistory, PersonalDataReads reads,
                             SubjectReads readLog, Clock clock) {
        this.registerView = registerView;
        this.eventHistory = eventHistory;
        this.reads = reads;
        this.readLog = readLog;
        this.clock = clock;
    }

    @GetMapping("/api/customers/{customerId}/export")
    @Operation(summary = "Right of access and portability (GDPR Art. 15, 20): register view with every wellness service, "
            + "consent history, the decrypted event history and when what of the data was read (not by whom); 404 for an unknown id, 410 once erased. The read is recorded in the audit trail.")
    CustomerExport export(@PathVariable UUID customerId, Authentication reader) {
        // the view first: it answers 404 or 410, and nothing is read from the event store for those
        RegisterView view = registerView.read(customerId);
        CustomerExport export = new CustomerExport(customerId, clock.instant(), reader.getName(), view,
                view.customer().consentHistory(), eventHistory.of(customerId), readLog.of(customerId));
        reads.record(customerId, reader.getName(), PersonalDataRead.ACCESS_EXPORT);
        return export;
    }
}
